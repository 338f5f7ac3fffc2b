"""How text becomes index terms, the same for every search engine.

Both engines index exactly the tokens made here (Whoosh through a tokenizer that
wraps :func:`text_tokens`, tantivy as pre-tokenized text), and queries are
analysed by the same functions, so a query finds the same quotes whichever
engine a store uses. Two pipelines of small steps:

- quote text and titles: words (``\\w+(\\.?\\w+)*``) -> lowercase -> drop stop
  words and one-character words -> English (Porter2) stem -> fold accents;
- names (speakers, titles given them, outlets): words -> lowercase -> fold accents.

Positions are renumbered after dropping words, so ``"Moscow the city"`` is the
phrase ``moscow city``. Tokens keep their character offsets, for highlighting.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import Stemmer  # PyStemmer: the Snowball stemmers in C

WORD = re.compile(r"\w+(?:\.?\w+)*")

#: Words too common to index (Whoosh's list, which the first indexes used).
STOP_WORDS = frozenset(
    "a an and are as at be by can for from have if in is it may not of on or tbd that the this "
    "to us we when will with yet you your".split()
)

# Letters NFKD does not decompose into a base letter and a mark.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
)
_STEMMER = Stemmer.Stemmer("english")


class Token(NamedTuple):
    """One index term: its text, its position among the kept words, and where it was read."""

    text: str
    position: int
    start: int
    end: int


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """``word`` without accents (``Matviyénko``: ``Matviyenko``)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def text_term(word: str) -> str | None:
    """The term one word of quote text is indexed as, or None for a word not indexed."""
    lower = word.lower()
    if len(lower) < 2 or lower in STOP_WORDS:
        return None
    return fold(_STEMMER.stemWord(lower))


def text_tokens(text: str) -> Iterator[Token]:
    """The terms of quote text (or a title), in order."""
    position = 0
    for m in WORD.finditer(text):
        term = text_term(m[0])
        if term is not None:
            yield Token(term, position, m.start(), m.end())
            position += 1


def name_tokens(text: str) -> Iterator[Token]:
    """The terms of a name or an outlet: every word counts."""
    for position, m in enumerate(WORD.finditer(text)):
        yield Token(fold(m[0].lower()), position, m.start(), m.end())


def prefix_term(prefix: str) -> str:
    """A ``word*`` prefix as it compares with indexed terms: lowercased, accents folded, not stemmed."""
    return fold(prefix.lower())
