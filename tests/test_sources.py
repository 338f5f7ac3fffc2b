"""Ingest inputs (issue 13): saved pages, URLs, WARC archives, JSON Lines, folders.

Each kind of input must give the same quotes and speakers as the plain text of the
same article (``tests/data/pages/harbour-bridge.txt``), read by the real extractor.
URLs are fetched from a local HTTP server on 127.0.0.1 that these tests start.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotes import sources
from quotes.article import Metadata
from quotes.errors import ArticleError
from quotes.library import extract_record
from quotes.model import Article
from tests.conftest import LocalPages

PAGES = Path(__file__).resolve().parent / "data" / "pages"
HTML = (PAGES / "harbour-bridge.html").read_bytes()  # served by conftest.LocalPages as /news/bridge
PLAIN = PAGES / "harbour-bridge.txt"
CANONICAL = "https://www.riverside-ledger.example/news/2024/03/12/harbour-street-bridge"

SECOND_TEXT = (
    "The school board approved a later start time for high schools on Monday.\n\n"
    '"Teenagers need the sleep," said board chair Ana Ruiz.\n'
)
SECOND_HTML = (
    "<html><head><title>Schools to start later</title>"
    '<meta property="og:site_name" content="Valley Times"></head><body><article>'
    "<h1>Schools to start later</h1>"
    + "".join(f"<p>{p}</p>" for p in SECOND_TEXT.strip().split("\n\n"))
    + "</article></body></html>"
).encode()


def said(art: Article) -> list[tuple[str, str | None, str]]:
    """What the extractor finds: (words, speaker, kind) of each quote."""
    return [(q.text, q.speaker, q.kind) for q in extract_record(art).quotes]


def only_articles(items: list[Article | ArticleError]) -> list[Article]:
    errors = [i for i in items if isinstance(i, ArticleError)]
    assert not errors, errors
    return [i for i in items if isinstance(i, Article)]


@pytest.fixture(scope="module")
def plain_quotes() -> list[tuple[str, str | None, str]]:
    (art,) = only_articles(list(sources.read_inputs([str(PLAIN)])))
    found = said(art)
    assert len(found) == 4 and {s for _, s, _ in found} == {"Linda Okafor", "Peter Vance", "Maria Delgado"}
    return found


# ---- saved pages --------------------------------------------------------------------------------------


def test_saved_page_gives_the_quotes_of_the_plain_text_and_its_metadata(
    plain_quotes: list[tuple[str, str | None, str]],
) -> None:
    (art,) = only_articles(list(sources.read_inputs([str(PAGES / "harbour-bridge.html")])))
    assert said(art) == plain_quotes
    # the offsets refer to the extracted text, which is the article's text
    assert art.text == PLAIN.read_text(encoding="utf-8")
    assert art.title == "Council votes to close Harbour Street bridge for a year"
    assert art.source == "The Riverside Ledger"
    assert art.date == dt.date(2024, 3, 12)
    assert art.url == CANONICAL
    assert art.authors == ("Ylan Q. Mui", "Jane Doe")


def test_sidecar_and_options_override_the_page(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(HTML)
    (tmp_path / "p.meta.yaml").write_text("source: Ledger\ntitle: Fixed title\n")
    (art,) = only_articles(list(sources.read_inputs([str(page)], Metadata(title="From options"))))
    assert (art.title, art.source, art.date) == ("From options", "Ledger", dt.date(2024, 3, 12))


def test_page_without_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><img src=a.png></body></html>")
    (item,) = list(sources.read_inputs([str(page)]))
    assert isinstance(item, ArticleError)
    assert str(item) == f"{page}: no article text found in the page"


@pytest.mark.parametrize(
    "body",
    [
        "<nav>Home</nav>",
        "<nav><ul><li>Home</li><li>News</li></ul></nav>\n<footer><p>(c) 2024 Ledger</p></footer>",
        "<header>The Ledger</header><aside>Most read</aside><script>var a = 1;</script>",
        "<div><nav>Home</nav><!-- ad --></div><menu><li>Share</li></menu>",
    ],
)
def test_page_with_only_navigation_is_an_error(tmp_path: Path, body: str) -> None:
    # trafilatura's fallback takes the page's whole text when it finds no main text
    page = tmp_path / "nav.html"
    page.write_text(f"<html><head><title>Ledger</title></head><body>{body}</body></html>")
    (item,) = list(sources.read_inputs([str(page)]))
    assert isinstance(item, ArticleError)
    assert str(item) == f"{page}: no article text found in the page"


@pytest.mark.parametrize(
    "body",
    [
        '<nav>Home</nav><article><p>"We will reopen it," the mayor said.</p></article>',
        '<nav>Home</nav><p>"We will reopen it," the mayor said.</p><footer>News</footer>',
        '<form id="site"><div><p>"We will reopen it," the mayor said.</p></div></form>',
        '<nav>Home</nav>"We will reopen it," the mayor said.',
    ],
)
def test_a_short_article_beside_navigation_is_kept(tmp_path: Path, body: str) -> None:
    page = tmp_path / "short.html"
    page.write_text(f"<html><head><title>Bridge</title></head><body>{body}</body></html>")
    (art,) = only_articles(list(sources.read_inputs([str(page)])))
    assert '"We will reopen it," the mayor said.' in art.text


SAID = '"Fares will rise in May," said harbour master Ivo Brandt.'
MENU = '<ul class="site-nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'


@pytest.mark.parametrize(
    "body",
    [
        # s17p item 4: trafilatura's rescues of a short text took these in with the article
        f'{MENU}<p>{SAID}</p><div id="footer">About us | Contact | Privacy policy</div>',
        pytest.param(
            '<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>'
            f'<div class="story"><p>{SAID}</p></div>',
            # a banner holding a whole sentence reads as article text, and a piece that may be
            # article text is never dropped: the banner stays rather than risk a lost paragraph
            marks=pytest.mark.xfail(reason="a banner's full sentence is kept as text", strict=True),
        ),
        '<header><a href="/">Harbour Times</a> <a href="/subscribe">Subscribe</a></header>'
        '<div class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Storm closes the bay road</a></li>'
        '<li><a href="/y">School board names new head</a></li></ul></div>'
        f'<div class="article-body">{SAID}</div>'
        '<div class="footer-links"><a href="/about">About us</a> <a href="/terms">Terms of use</a></div>',
        f'<div class="menu">{MENU}</div><nav><ul><li><a href="/a">Politics</a></li></ul></nav>'
        f"<p>{SAID}</p><footer><p>Contact us</p><p>Copyright 2024 Harbour Times</p></footer>",
        f"<div>{SAID}</div>",  # nothing else: the sentence still
    ],
)
def test_no_navigation_leaks_into_a_one_sentence_article(tmp_path: Path, body: str) -> None:
    page = tmp_path / "fares.html"
    page.write_text(f"<html><head><title>Ferry fares rise</title></head><body>{body}</body></html>")
    (art,) = only_articles(list(sources.read_inputs([str(page)])))
    assert art.text == SAID + "\n"


NAV = '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>'
FOOT = "<footer><p>© 2026 Lakeview Ledger.</p></footer>"
CLOSED = '"We have no choice," said Mayor Tom Reed, who voted for the closure.'
AGAINST = (
    "Coun. Priya Natt, who voted against, said the city had ignored the warnings. "
    '"This was avoidable," she said.'
)


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # the reviewer's pages: precision focus left out the second paragraph (many links; a
        # <div> beside another), which ends a sentence: the balanced text is kept, menu and all
        (
            f"{NAV}<div><p>{CLOSED}</p></div><div><p>Coun. Priya Natt, who voted against, said "
            '<a href="/d">the city</a> had <a href="/e">ignored</a> <a href="/f">the warnings</a>. '
            f'"This was avoidable," she said.</p></div>{FOOT}',
            [CLOSED, AGAINST],
        ),
        (
            f'{NAV}<div class="col"><p>"We were never asked," said Coun. Priya Natt.</p></div>'
            '<div class="col"><p>Mayor <a href="/r">Tom Reed</a> said <a href="/s">the plan</a> was '
            f'<a href="/t">fair</a>.</p></div>{FOOT}',
            ['"We were never asked," said Coun. Priya Natt.', "Mayor Tom Reed said the plan was fair."],
        ),
        # what precision leaves out ends no sentence (a menu, a related-links box, share
        # buttons): its text is kept
        (
            f"{NAV}<article><p>{CLOSED}</p><p>{AGAINST}</p><div class='related'><h3>Related</h3>"
            '<ul><li><a href="/a">Bridge shut</a></li><li><a href="/b">Council votes</a></li></ul>'
            "</div></article>",
            [CLOSED, AGAINST],
        ),
    ],
)
def test_a_precise_reading_is_kept_only_when_it_leaves_out_no_paragraph(
    tmp_path: Path, body: str, paragraphs: list[str]
) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(f"<html><head><title>Bridge closes</title></head><body>{body}</body></html>")
    (art,) = only_articles(list(sources.read_inputs([str(page)])))
    # (the balanced reading puts a link on a line of its own: the words are compared)
    text = re.sub(r"\s+(?=[.,])", "", " ".join(art.text.split()))
    assert all(p in text for p in paragraphs)
    if body.startswith(NAV) and "<article>" in body:
        assert art.text == "\n\n".join(paragraphs) + "\n"


# ---- URLs ---------------------------------------------------------------------------------------------


def test_url_gives_the_quotes_of_the_plain_text(
    server: str, plain_quotes: list[tuple[str, str | None, str]]
) -> None:
    (art,) = only_articles(list(sources.read_inputs([f"{server}/old-link"])))
    assert said(art) == plain_quotes
    assert art.url == CANONICAL  # the page's canonical link beats the address fetched
    assert art.source == "The Riverside Ledger"
    assert LocalPages.agents[-1].startswith("quotes/")


@pytest.mark.parametrize(
    ("path", "timeout", "message"),
    [
        ("/missing", 5.0, "HTTP 404 Not Found"),
        ("/report.pdf", 5.0, "not an HTML page (Content-Type application/pdf)"),
        ("/slow", 0.5, "timed out after 0.5 s"),
    ],
)
def test_url_errors_are_one_line(server: str, path: str, timeout: float, message: str) -> None:
    (item,) = list(sources.read_inputs([server + path], timeout=timeout))
    assert isinstance(item, ArticleError)
    assert str(item) == f"{server}{path}: {message}"


def test_refused_connection(server: str) -> None:
    # a port nothing listens on: take one from the OS, then close it
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (item,) = list(sources.read_inputs([f"http://127.0.0.1:{port}/x"], timeout=2))
    assert isinstance(item, ArticleError)
    assert str(item).startswith(f"http://127.0.0.1:{port}/x: cannot fetch (")


# ---- WARC ---------------------------------------------------------------------------------------------


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-03-13T08:00:00Z"},
    )
    writer.write_record(record)


def make_warc(path: Path, compressed: bool = True) -> None:
    """Two pages, an image, and between the pages one record whose bytes are damaged."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compressed)
    _response(writer, "https://ledger.example/bridge", HTML)
    broken_at = buf.tell()
    _response(writer, "https://ledger.example/broken", HTML)
    broken_end = buf.tell()
    _response(writer, "https://ledger.example/logo.png", b"\x89PNG....", ctype="image/png")
    _response(writer, "https://valley.example/schools", SECOND_HTML)
    data = bytearray(buf.getvalue())
    # damage the middle of the broken record: inside its gzip member, or its WARC header line
    middle = broken_at + (broken_end - broken_at) // 2 if compressed else broken_at
    data[middle : middle + 16] = b"\x00" * 16 if compressed else b"GARBAGE-NOT-WARC"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_pages_read_and_broken_record_skipped(
    tmp_path: Path, compressed: bool, plain_quotes: list[tuple[str, str | None, str]]
) -> None:
    warc = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    make_warc(warc, compressed)
    items = list(sources.read_inputs([str(warc)]))
    errors = [i for i in items if isinstance(i, ArticleError)]
    arts = [i for i in items if isinstance(i, Article)]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{warc}#") and "broken WARC record skipped" in str(errors[0])
    # the page's canonical link first; the record's address when the page has none
    assert [a.url for a in arts] == [CANONICAL, "https://valley.example/schools"]
    assert said(arts[0]) == plain_quotes
    assert said(arts[1]) == [("Teenagers need the sleep,", "Ana Ruiz", "full")]
    # the page's own date first; the record's date when the page has none
    assert [a.date for a in arts] == [dt.date(2024, 3, 12), dt.date(2024, 3, 13)]
    assert arts[1].source == "Valley Times"


@pytest.mark.parametrize("data", [bytes(range(256)) * 2, b"<html>not an archive</html>"])
def test_a_file_that_is_no_web_archive_is_one_plain_error(tmp_path: Path, data: bytes) -> None:
    # Before: "broken WARC record skipped (Unknown archive format, first line: ['...", the
    # file's bytes, control characters and all.
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(data)
    assert [str(e) for e in sources.read_inputs([str(warc)])] == [
        f"{warc}: not a web archive (WARC, gzipped or not)"
    ]


def test_warc_on_stdin_is_sniffed(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    make_warc(warc)
    items = list(sources.read_inputs(["-"], stdin=io.BytesIO(warc.read_bytes())))
    assert [i.url for i in items if isinstance(i, Article)] == [CANONICAL, "https://valley.example/schools"]


# ---- JSON Lines ---------------------------------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps(
            {
                "text": PLAIN.read_text(encoding="utf-8"),
                "title": "Council votes to close bridge",
                "source": "The Riverside Ledger",
                "date": "2024-03-12",
                "url": CANONICAL,
                "authors": ["Ylan Q. Mui", "Jane Doe"],
                "section": "local",
            }
        ),
        "",
        json.dumps({"text": SECOND_TEXT, "authors": "By Ana Ruiz and Bo Li"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]


def test_jsonl_articles_and_bad_lines(
    tmp_path: Path, plain_quotes: list[tuple[str, str | None, str]]
) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    items = list(sources.read_inputs([str(path)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert [str(e) for e in items if isinstance(e, ArticleError)] == [
        f"{path}:4: bad JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:5: no article text (a 'text' string is required)",
    ]
    assert said(arts[0]) == plain_quotes
    assert (arts[0].title, arts[0].date, arts[0].authors, arts[0].url) == (
        "Council votes to close bridge",
        dt.date(2024, 3, 12),
        ("Ylan Q. Mui", "Jane Doe"),
        CANONICAL,
    )
    assert arts[1].authors == ("Ana Ruiz", "Bo Li")


def test_a_jsonl_line_not_in_utf8_says_how_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes(json.dumps({"text": "caf\u00e9"}, ensure_ascii=False).encode("latin-1") + b"\n")
    assert [str(e) for e in sources.read_inputs([str(path)])] == [
        f"{path}:1: not UTF-8; convert the file first, "
        f'e.g. f={path}; iconv -f windows-1252 -t utf-8 "$f" > "$f.utf8" && mv "$f.utf8" "$f"'
    ]


def test_jsonl_on_stdin() -> None:
    stdin = io.BytesIO("\n".join(jsonl_lines()[:3]).encode())
    assert len(only_articles(list(sources.read_inputs(["-"], stdin=stdin)))) == 2


# ---- folders, kinds, repair ---------------------------------------------------------------------------


def test_folder_takes_article_kinds_and_skips_readme_and_sidecars(tmp_path: Path) -> None:
    for name in [
        "a.txt",
        "b.md",
        "c.html",
        "d.htm",
        "e.warc",
        "f.warc.gz",
        "g.jsonl",
        "sub/h.txt",
        "README.md",
        "readme.txt",
        "a.meta.yaml",
        "notes.rst",
        "x.gold.yaml",
        ".hidden/i.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in sources.select_files(tmp_path)]
    assert names == ["a.txt", "b.md", "c.html", "d.htm", "e.warc", "f.warc.gz", "g.jsonl", "sub/h.txt"]
    assert [p.name for p in sources.select_files(tmp_path, ["*.html", "sub/*.txt"])] == ["c.html", "h.txt"]
    assert [p.name for p in sources.select_files(tmp_path, ["*.rst"])] == ["notes.rst"]


def test_folder_errors_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "only.meta.yaml").write_text("title: x\n")
    (tmp_path / "README.md").write_text("# about these articles\n")
    items = list(sources.read_inputs([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert [str(i) for i in items] == [
        f"{tmp_path}: no articles (.warc.gz .warc .html .htm .jsonl .txt .md files) in directory",
        f"{tmp_path / 'nope.txt'}: no such file or directory",
    ]
    (tmp_path / "a.txt").write_text("Some text.")
    assert len(list(sources.read_inputs([str(tmp_path), str(tmp_path / "a.txt")]))) == 1


def test_a_pipe_in_a_folder_is_reported_not_skipped_silently(tmp_path: Path) -> None:
    # a reviewer's trial: a FIFO named like an article was left out without a word (and never
    # waited on: it is not opened)
    (tmp_path / "a.txt").write_text("Some text.")
    os.mkfifo(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "notes")  # not named as an article: not one, as any such file
    items = list(sources.read_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError"]
    assert (
        str(items[1]) == f"{tmp_path / 'b.txt'}: not a regular file (a pipe, a device or a socket); skipped"
    )


def test_an_address_of_another_scheme_is_said_to_be_one() -> None:
    # the newcomer trial: "ftp://example.com/x" was "ftp:/example.com/x: no such file or directory"
    items = list(sources.read_inputs(["ftp://example.com/x"]))
    assert [str(i) for i in items] == [
        "ftp://example.com/x: not a web address quotes fetches (http:// or https://) nor a file"
    ]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<!DOCTYPE html><html>", "html"),
        (b"\n  <html lang='en'>", "html"),
        (b"WARC/1.0\r\n", "warc"),
        (gzip.compress(b"WARC/1.0\r\n"), "warc"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"---\ntitle: x\n---\nText.", "text"),
        (b'"We will," she said.', "text"),
        (b"<3 is a heart, she wrote.", "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sources.sniff(head) == kind


def test_kind_forced() -> None:
    stdin = io.BytesIO(b"<p>kept as text</p>\n")
    (art,) = only_articles(list(sources.read_inputs(["-"], kind="text", stdin=stdin)))
    assert art.text == "<p>kept as text</p>\n"


def test_mojibake_repaired_on_ingest(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: French President FranÃ§ois Hollande\n---\nFranÃ§ois Hollande said: “Non.”\n")
    (art,) = only_articles(list(sources.read_inputs([str(path)])))
    assert (art.title, art.text) == ("French President François Hollande", "François Hollande said: “Non.”\n")
    (raw,) = only_articles(list(sources.read_inputs([str(path)], repair=False)))
    assert raw.text.startswith("FranÃ§ois")


@pytest.mark.parametrize(
    ("options", "guessed"),
    [
        # what the page says of itself is a guess: a stored value outranks it on a re-ingest
        (Metadata(), {"title", "source"}),
        (Metadata(title="Given"), {"source"}),
        (Metadata(title="Given", source="Gazette"), set()),
    ],
)
def test_a_pages_own_metadata_is_a_guess(options: Metadata, guessed: set[str]) -> None:
    (art,) = only_articles(list(sources.read_inputs([str(PAGES / "harbour-bridge.html")], options)))
    assert {"title", "source"} & art.guessed == guessed


@pytest.mark.parametrize(
    "piece, furniture",
    [
        # what a precise reading may leave out as page furniture: no sentence ends in it
        ("Home News Sports", True),
        ("Related Deficit grows Budget day", True),
        ("Share on Facebook Tweet", True),
        # final review: article text the first version took for furniture (it looked at the
        # piece's end only, and at its length): a paragraph whose closing stop was paired
        # with the one kept before it, a quote's closing mark, a sentence before a menu, a cue
        (". Reed said the plan was fair", False),
        ('He said : " The plan is fair . "', False),
        ('the plan is fair . " Menu Home', False),
        ("said .", False),
    ],
)
def test_only_pieces_ending_no_sentence_are_furniture(piece: str, furniture: bool) -> None:
    from quotes.sources import html

    assert html._boilerplate(piece) is furniture


def _two_pages(compressed: bool) -> tuple[bytes, int]:
    """A sound archive of two pages, and the offset where its second record starts."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compressed)
    _response(writer, "https://ledger.example/bridge", HTML)
    second = buf.tell()
    _response(writer, "https://valley.example/schools", SECOND_HTML)
    return buf.getvalue(), second


def _cut_in_headers(data: bytes, second: int, marker: bytes) -> bytes:
    """``data`` cut just before ``marker`` in the headers of the record at ``second``."""
    return data[: data.index(marker, second)]


@pytest.mark.parametrize("error", [AttributeError, TypeError, KeyError])
def test_an_error_of_ours_reading_a_warc_page_is_no_broken_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    # warcio's own AttributeError, TypeError or KeyError is a record's headers cut short;
    # the same error from the page reader after it is a bug, raised, not "headers cut short"
    from quotes.sources import warc as warc_source

    def broken(*args: object, **kwargs: object) -> None:
        raise error("a bug of ours")

    data, _ = _two_pages(compressed=False)
    path = tmp_path / "sound.warc"
    path.write_bytes(data)
    monkeypatch.setattr(warc_source, "read_html", broken)
    with pytest.raises(error, match="a bug of ours"):
        list(sources.read_inputs([str(path)]))


@pytest.mark.parametrize(
    "marker",
    [
        b"WARC-Type",  # after the version line: warcio reads no type, no length
        b"WARC-Target-URI",  # no URI: warcio failed with an AttributeError (an internal error)
        b"Content-Type",
        b"Content-Length",  # warcio yields a record of nothing and stops quietly
        b"\r\n\r\n",  # every header but the blank line
    ],
)
def test_a_plain_archive_cut_in_a_records_headers_keeps_the_pages_before(
    tmp_path: Path, marker: bytes
) -> None:
    data, second = _two_pages(compressed=False)
    warc = tmp_path / "cut.warc"
    warc.write_bytes(_cut_in_headers(data, second, marker))
    items = list(sources.read_inputs([str(warc)]))
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert [a.url for a in items if isinstance(a, Article)] == [CANONICAL]
    assert errors == [f"{warc}#{second}: broken WARC record skipped (the file ends inside it: truncated?)"]


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize(
    ("trailer", "broken"),
    [
        # whitespace after the last record is no truncation
        (b"\n", 0),
        (b"\r\n", 0),
        (b"\n\n  \n", 0),
        # other bytes still are
        (b"x", 1),
        (b"\nWARC/1.0\r\n", 1),
    ],
)
def test_what_follows_the_last_record(tmp_path: Path, compressed: bool, trailer: bytes, broken: int) -> None:
    data, _ = _two_pages(compressed)
    warc = tmp_path / ("t.warc.gz" if compressed else "t.warc")
    warc.write_bytes(data + trailer)
    items = list(sources.read_inputs([str(warc)]))
    assert len([i for i in items if isinstance(i, ArticleError)]) == broken
    assert len([i for i in items if isinstance(i, Article)]) == 2
    assert len([i for i in items if isinstance(i, Article)]) == 2


@pytest.mark.parametrize("compressed", [True, False])
def test_every_cut_of_the_last_record_is_reported_never_an_internal_error(
    tmp_path: Path, compressed: bool
) -> None:
    data, second = _two_pages(compressed)
    warc = tmp_path / ("c.warc.gz" if compressed else "c.warc")
    # (a plain record cut in its closing blank lines has all its content: not reported)
    for end in range(second + 1, len(data) - (0 if compressed else 4), 7):
        warc.write_bytes(data[:end])
        items = list(sources.read_inputs([str(warc)]))
        errors = [str(i) for i in items if isinstance(i, ArticleError)]
        assert len(errors) == 1 and "broken WARC record skipped" in errors[0], (end, errors)
        assert [a.url for a in items if isinstance(a, Article)] == [CANONICAL], end
