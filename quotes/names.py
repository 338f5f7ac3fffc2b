"""Speaker names: folding for comparison, and finding the speakers a name means.

``Peskov``, ``peskov``, ``PESKOV`` and ``Dmitry Peskov`` all mean the canonical
speaker ``Dmitry Peskov``; accents never matter (``Matviyenko`` = ``Matvïyenko``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[^\w]+")


def fold(name: str) -> str:
    """``name`` lowercased, accents removed, punctuation and spacing collapsed to single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", bare.casefold()).split())


def matches(query: str, canonical: str) -> bool:
    """Whether ``query`` names ``canonical``: the full name, or its last words (a surname)."""
    q, name = fold(query).split(), fold(canonical).split()
    return 0 < len(q) <= len(name) and name[-len(q) :] == q


def resolve(query: str, speakers: Iterable[str]) -> list[str]:
    """The canonical speakers ``query`` names. A full-name match wins over surname matches,
    so ``Donald Trump`` does not also bring in ``Melania Trump``."""
    names = sorted(set(speakers))
    exact = [n for n in names if fold(n) == fold(query)]
    return exact or [n for n in names if matches(query, n)]


def suggest(query: str, speakers: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` canonical speakers whose full name or surname is close to ``query``."""
    keys: dict[str, str] = {}
    for name in sorted(set(speakers)):
        folded = fold(name)
        keys.setdefault(folded, name)
        if folded:
            keys.setdefault(folded.split()[-1], name)
    close = difflib.get_close_matches(fold(query), list(keys), n=n * 2, cutoff=0.6)
    return list(dict.fromkeys(keys[k] for k in close))[:n]
