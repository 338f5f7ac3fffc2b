"""Shared test helpers: a tiny stand-in extractor and article builders.

The stand-in finds straight-quoted text and takes the speaker from a preceding
``Name said: ``, so store, engine, library and CLI tests do not depend on how
well the real extractor does (the CLI tests run the real one on the seed too).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from quotes import library
from quotes.model import Article, Quote, Record

_QUOTED = re.compile(r'"([^"]+)"')
_SAID = re.compile(r"([A-Z][\w\u00C0-\u024F]+(?: [A-Z][\w\u00C0-\u024F]+)*) said: $")

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
