"""Shared test helpers: a tiny stand-in extractor and article builders.

The stand-in finds straight-quoted text and takes the speaker from a preceding
``Name said: ``, so store, engine, library and CLI tests do not depend on how
well the real extractor does (the CLI tests run the real one on the seed too).
"""

from __future__ import annotations

import datetime as dt
import http.server
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from quotes import library
from quotes.model import Article, Quote, Record

_QUOTED = re.compile(r'"([^"]+)"')
_SAID = re.compile(r"([A-Z][\w\u00C0-\u024F]+(?: [A-Z][\w\u00C0-\u024F]+)*) said: $")

PAGE_HTML = (Path(__file__).resolve().parent / "data" / "pages" / "harbour-bridge.html").read_bytes()
SEED = Path(__file__).resolve().parent.parent / "seeds" / "newsweek-2024-11-06-putin-congratulated-trump.txt"


def fake_extract(text: str) -> list[Quote]:
    quotes = []
    for m in _QUOTED.finditer(text):
        said = _SAID.search(text, 0, m.start())
        if said:
            quotes.append(
                Quote(text=m.group(1), spans=((m.start(1), m.end(1)),), speaker=said.group(1), cue="said")
            )
        else:
            quotes.append(Quote(text=m.group(1), spans=((m.start(1), m.end(1)),), kind="term"))
    return quotes


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI use ``fake_extract``."""
    monkeypatch.setattr(library, "default_extractor", fake_extract)


def make_record(text: str, **meta: object) -> Record:
    article = Article(text=text, **meta)  # type: ignore[arg-type]
    return Record(article=article, quotes=tuple(fake_extract(text)))


PESKOV_TEXT = (
    'Dmitry Peskov said: "We will draw conclusions from concrete actions."\n'
    'Trump said: "I am going to hit you right in the middle of fricking Moscow."\n'
    'The book "War" was mentioned.\n'
)
LATER_TEXT = (
    'Dmitry Peskov said: "Congratulations are not planned."\n'
    'Valentina Matviyénko said: "Relations are at a low."\n'
)

DATE1 = dt.date(2024, 11, 6)
DATE2 = dt.date(2024, 12, 1)


class LocalPages(http.server.BaseHTTPRequestHandler):
    """The local web server of the URL tests (127.0.0.1 only): a news page, a redirect to
    it, a PDF, a page slower than a short timeout, and 404 for anything else."""

    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/news/bridge":
            self._send(200, "text/html; charset=utf-8", PAGE_HTML)
        elif self.path == "/old-link":
            self.send_response(301)
            self.send_header("Location", "/news/bridge")
            self.end_headers()
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", PAGE_HTML)
        else:
            self._send(404, "text/html", b"<html><body>not here</body></html>")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test): nothing to answer

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LocalPages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
