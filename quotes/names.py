"""Speaker names: folding for comparison, and finding the speakers a name means.

``Peskov``, ``peskov``, ``PESKOV`` and ``Dmitry Peskov`` all mean the canonical
speaker ``Dmitry Peskov``; accents never matter (``Matviyenko`` = ``Matvïyenko``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")  # a speaker (str) or a person: whatever carries the full names

_NON_WORD = re.compile(r"[^\w]+")


# Cached: the registry folds the same few thousand names hundreds of thousands of times.
@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """``name`` lowercased, accents removed, punctuation and spacing collapsed to single spaces."""
    # Remembered: a query folds the same names of its people many times over.
    if name.isascii():
        bare = name  # nothing to decompose
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("'", "").replace("’", "")  # O'Neill, O’Neill and ONeill are one name
    return " ".join(_NON_WORD.sub(" ", bare.casefold()).split())


# Hyphens a double-barrelled surname is written with: "Okafor-Smith", "Okafor‐Smith".
_HYPHENS = re.compile(r"[-\u2010\u2011]")


def surnames(name: str) -> frozenset[str]:
    """The folded words a bare surname query finds ``name`` by: its last word, and each part of
    a hyphenated last word ("Lena Okafor-Smith": ``smith`` and ``okafor``)."""
    folded = fold(name).split()
    if not folded:
        return frozenset()
    parts = _HYPHENS.split(name.split()[-1])
    return frozenset({folded[-1], *(w for part in parts[:-1] for w in fold(part).split()[-1:])})


def compact(name: str) -> str:
    """``name`` folded with its spaces and punctuation dropped: "Huff-Post" and "huffpost" are one."""
    return fold(name).replace(" ", "")


def matches(query: str, canonical: str) -> bool:
    """Whether ``query`` names ``canonical``.

    A surname names everyone of that surname (``Obama``: ``Barack Obama``,
    ``Michelle Obama`` and a speaker the article only called ``Obama``), and each part
    of a hyphenated one (``Okafor``: ``Lena Okafor-Smith``); a full
    name names that person however the article wrote it (``John Kerry``:
    ``John F. Kerry``; ``Barack Obama``: the bare ``Obama`` too; ``Lena Okafor``: ``Lena
    Okafor-Smith``, a part of the hyphenated surname), never another first name
    (``Donald Trump`` is not ``Melania Trump``) nor a longer surname (``Lena Okafor`` is
    not ``Lena Okaforson``).
    """
    q, name = fold(query).split(), fold(canonical).split()
    if not q or not name:
        return False
    if q == name or (len(q) <= len(name) and name[-len(q) :] == q):
        return True  # the full name, or its last words ("Peskov", "Suu Kyi")
    if len(q) == 1:
        return q[0] in surnames(canonical)  # a part of a hyphenated surname ("Okafor")
    if len(name) == 1:
        return name[0] == q[-1]  # the article gave only the surname
    # a middle name or initial more or less; the surname whole or a part of a hyphenated one
    return name[0] == q[0] and q[-1] in surnames(canonical)


def whole_surname(query: str, canonical: str) -> bool:
    """Whether ``canonical`` is a full name whose surname is the last word of ``query``
    whole, not one part of a hyphenated surname ("Ann Lee": "Ann Lee", "Ann B. Lee"; not
    "Ann Lee-Chin")."""
    q, name = fold(query).split(), fold(canonical).split()
    return len(q) > 1 and len(name) > 1 and name[-1] == q[-1]


def prefer_whole_surname(query: str, found: Sequence[T], full_names: Callable[[T], Iterable[str]]) -> list[T]:
    """``found`` (speakers or people ``query`` names, each with its ``full_names``) less those
    it names only by a part of a hyphenated surname when another has that surname whole: a
    whole surname beats a part of one ("Ann Lee" is Ann Lee, not also Ann Lee-Chin). One known
    by the bare surname alone (no full name) stays as it was."""
    names = [list(full_names(f)) for f in found]
    whole = [any(whole_surname(query, n) for n in ns) for ns in names]
    if not any(whole):
        return list(found)
    return [f for f, ns, w in zip(found, names, whole, strict=True) if w or not ns]


def resolve(query: str, speakers: Iterable[str]) -> list[str]:
    """The canonical speakers ``query`` names (see :func:`matches`), sorted.

    A full name takes in a speaker known by the bare surname only when nobody else
    of that surname is known: with Barack and Michelle Obama both quoted, a bare
    "Obama" could be either. A full name takes in a hyphenated surname by one of its
    parts only when no one it names has that surname whole: "Ann Lee" is Ann Lee, not
    also Ann Lee-Chin, when both are known.
    """
    known = sorted(set(speakers))
    found = [n for n in known if matches(query, n)]
    q = fold(query).split()
    found = prefer_whole_surname(query, found, lambda n: [n] if len(fold(n).split()) > 1 else [])
    if len(q) > 1:
        firsts = {w[0] for n in known if len(w := fold(n).split()) > 1 and q[-1] in surnames(n)}
        if len(firsts) > 1:
            found = [n for n in found if len(fold(n).split()) > 1]
    return found


def variants(speakers: Iterable[str]) -> list[list[str]]:
    """The speakers grouped by person: names equal but for case, accents and punctuation
    ("PolitiFact", "Politifact"), and a name without its middle initial beside the one
    name with it ("Paul Ryan", "Paul D. Ryan"). "George Bush" stays alone beside both
    "George W. Bush" and "George H. W. Bush"; a bare surname always stays alone."""
    by_fold: dict[str, list[str]] = {}
    for name in sorted(set(speakers)):
        by_fold.setdefault(fold(name), []).append(name)
    middles: dict[tuple[str, str], set[str]] = {}
    for key in by_fold:
        w = key.split()
        if len(w) > 2:
            middles.setdefault((w[0], w[-1]), set()).add(key)
    groups: dict[str, list[str]] = {}
    for key, names in by_fold.items():
        w = key.split()
        fuller = middles.get((w[0], w[-1]), set()) if len(w) == 2 else set()
        home = next(iter(fuller)) if len(fuller) == 1 else key
        groups.setdefault(home, []).extend(names)
    return list(groups.values())


#: How alike (difflib's ratio) a query's last word and a name's surname must be for the name
#: to be suggested for a query of two or more words: a typo ("Peskow", "Smyth") passes, another
#: surname of a similar full name ("Thomas Becker": "Tomás Ibarra") does not.
SURNAME_CUTOFF = 0.75


#: Generation suffixes after a surname ("Peter Lind Jr.", "Peter Lind III"), folded: never the
#: surname, and alone nobody. Kept here, not in the extractor's lexicon (which imports the
#: whole extractor); the lexicon's NAME_FINAL_ABBREVIATIONS takes the abbreviated ones from it.
GENERATION_ABBREVIATIONS = frozenset({"jr", "sr"})
GENERATIONS = GENERATION_ABBREVIATIONS | {"ii", "iii", "iv"}


def _as_written(query: str) -> list[str]:
    """``query``'s words (unfolded) in the order "First Surname", without a generation suffix:
    "Vos, Ellen" and "Ellen Vos Jr." are both ``Ellen Vos``."""
    head, comma, tail = query.partition(",")
    words = (tail.split() + head.split()) if comma and tail.strip() else head.split()
    return _ungenerational(words)


def _ungenerational(words: list[str]) -> list[str]:
    """``words`` without a trailing generation suffix: "Peter Lind Jr." is ``Peter Lind``."""
    words = list(words)
    while len(words) > 1 and fold(words[-1]) in GENERATIONS:
        words.pop()
    return words


def suggest(query: str, speakers: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` canonical speakers whose full name, first name or surname is close to ``query``.

    A query of two or more words names a surname (the last word but a generation suffix, or
    the first before a comma: "Vos, Ellen"): a name is suggested only when its surname is close
    to that word or to a part of it when hyphenated ("Ruth Ames-Brown": Ruth Ames), else nothing
    is (a close first name is no hint)."""
    keys: dict[str, list[str]] = {}
    for name in sorted(set(speakers)):
        words = fold(name).split()
        bare = " ".join(_ungenerational(name.split()))  # a known "Peter Lind Jr" is a Lind too
        # full name (with and without its suffix), first name, surname(s)
        for key in {" ".join(words), fold(bare), *words[:1], *surnames(bare)}:
            keys.setdefault(key, []).append(name)
    import difflib  # only when a name was not found

    written = _as_written(query)
    q = fold(" ".join(written)).split()
    close = difflib.get_close_matches(" ".join(q), list(keys), n=n * 2, cutoff=0.6)
    found = dict.fromkeys(name for k in close for name in keys[k])
    if len(written) > 1:
        last = written[-1]
        parts = {fold(last), *(fold(part) for part in _HYPHENS.split(last))} - {""}
        found = dict.fromkeys(name for name in found if any(_surname_close(w, name) for w in parts))
    return list(found)[:n]


def _surname_close(word: str, name: str) -> bool:
    """Whether folded ``word`` is ``name``'s surname (or a part of a hyphenated one) or a typo of it."""
    import difflib

    own = surnames(" ".join(_ungenerational(name.split())))  # "Peter Lind Jr": lind, not jr
    return any(difflib.SequenceMatcher(None, word, s).ratio() >= SURNAME_CUTOFF for s in own)
