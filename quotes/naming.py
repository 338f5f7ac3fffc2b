"""The names ``speakers merge`` and ``split`` act on, found strictly.

A merge or a split WRITES a correction, so unlike ``by`` (which only reads, and finds
"Ellen K. Vos" or "Luc Moreau" loosely) a name here means only: a speaker name or a merged
name, equal but for case, accents and punctuation; or a bare surname, whole (never a part of
a hyphenated one), that exactly one person has. Anything looser could write a correction
about someone else: a wrong person is worse than an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from quotes import names
from quotes.errors import AmbiguousName, CorrectionError, NotFound
from quotes.extract.lexicon import ARTICLES, CONJUNCTIONS, PREPOSITIONS, TITLE_WORDS
from quotes.who import MERGE_RULE

if TYPE_CHECKING:
    from quotes.corrections import Correction
    from quotes.who import Person


#: Words that alone name nobody, folded: titles and honorifics ("Dr.", "Sen."), generation
#: suffixes ("Jr.", "III") and function words ("the", "of", "and").
_NAMELESS = frozenset(
    names.fold(w) for w in (*TITLE_WORDS, *names.GENERATIONS, *ARTICLES, *CONJUNCTIONS, *PREPOSITIONS)
)


def last_word(name: str) -> str:
    """``name``'s last word whole, folded: "Lena Okafor-Smith": ``okafor smith`` (not ``smith``)."""
    words = name.split()
    return names.fold(words[-1]) if words else ""


def _bare_surname(name: str) -> str | None:
    """The folded surname ``name`` is when it is one word with no hyphen; else None."""
    words = names.fold(name).split()
    return words[0] if len(words) == 1 and len(name.split()) == 1 else None


def _exact(name: str, known: Iterable[str]) -> str | None:
    key = names.fold(name)
    return next((n for n in known if names.fold(n) == key), None) if key else None


def _own_names(p: Person) -> list[str]:
    """The names that are ``p``'s own (not put under it by a merge), each once."""
    own = [a.name for a in p.names if a.rule != MERGE_RULE]
    return list(dict.fromkeys(own or [p.name]))


def merge_name(name: str, people: Sequence[Person], merges: Sequence[Correction]) -> str:
    """The speaker name ``speakers merge NAME`` moves: a speaker's or merged name spelled as
    ``name`` is, else the one name of the one person whose surname is ``name``. NotFound for
    nobody; AmbiguousName for several people, or for one person of several names (a merge
    moves one name: moving one of them would cut the person in two)."""
    found = _exact(name, [*(str(c.name) for c in merges), *(n for p in people for n in (p.name, *p.aliases))])
    if found is not None:
        return found
    word = _bare_surname(name)
    if word is None:
        raise NotFound(f"no speaker named {name!r}")
    # a merged name is its own candidate: it is not (yet) its target's own name
    candidates: dict[str, list[str]] = {}
    for p in people:
        if any(last_word(n) == word for n in _own_names(p)):
            candidates.setdefault(names.fold(p.name), _own_names(p))
        for a in p.names:
            if a.rule == MERGE_RULE and last_word(a.name) == word:
                candidates.setdefault(names.fold(a.name), [a.name])
    if not candidates:
        raise NotFound(f"no speaker named {name!r}")
    if len(candidates) > 1:
        raise AmbiguousName.of(name, [ns[0] for ns in candidates.values()])
    (own,) = candidates.values()
    if len(own) > 1:
        raise AmbiguousName(
            f"{name!r} is one person of {len(own)} names, {' and '.join(map(repr, own))}: merge each"
            " by its name (nothing was changed)"
        )
    return own[0]


def merge_target(into: str, people: Sequence[Person]) -> str:
    """The person ``speakers merge NAME PERSON`` puts quotes under: the person called ``into``
    or going by it (spelled as it is but for case, accents and punctuation), else the one
    person whose surname is ``into``, else ``into`` itself, a new name. AmbiguousName when it
    is several people's; CorrectionError for no name at all ("." or "Dr.", "Jr.", "the") and for a bare
    surname the registry left ambiguous."""
    key = names.fold(into)
    for p in people:
        if names.fold(p.name) == key and p.ambiguous:
            # a bare surname kept apart article by article: merging into it made a second
            # entry of that name beside it
            could = " or ".join(map(repr, p.ambiguous))
            raise CorrectionError(
                f"{into!r} is a bare surname kept apart (it could be {could}): merge into a full name"
            )
        if names.fold(p.name) == key:
            return p.name
    going = dict.fromkeys(p.name for p in people if any(names.fold(a.name) == key for a in p.names))
    word = _bare_surname(into)
    if not going and word is not None:
        going = dict.fromkeys(p.name for p in people if any(last_word(n) == word for n in _own_names(p)))
    if len(going) > 1:
        raise AmbiguousName.of(into, going)
    if going:
        return next(iter(going))
    if not [w for w in key.split() if w not in _NAMELESS]:
        raise CorrectionError(f"{into!r} is no name to merge into")
    return " ".join(into.split())


def merged_end(into: str, name: str, merges: Sequence[Correction]) -> str:
    """Where a merge of ``name`` into ``into`` lands: ``into``, or, when ``into`` is itself a
    merged name, the person its merges end under (what the registry puts it under), so the
    merge writes and says the person it really joins. ``name``'s own merge is left out: the
    new merge replaces it. CorrectionError when that end is ``name`` itself: the merge would
    close a loop (nothing is written)."""
    from quotes import corrections, people  # people reads the extractor's lexicon: imported when needed

    key = names.fold(name)
    ends = people.followed(corrections.merges(c for c in merges if names.fold(str(c.name)) != key))
    end = ends.get(names.fold(into), into)
    if names.fold(end) == key:
        if names.fold(into) == key:
            raise CorrectionError(f"{name!r} and {into!r} are the same name")
        raise CorrectionError(f"{into!r} is already merged into {name!r} (nothing was changed)")
    return end


def split_name(name: str, speakers: Iterable[str], merges: Sequence[Correction]) -> str:
    """The name ``speakers split NAME`` acts on: ``name`` itself when it is a speaker name, a
    merged name or a merge's target (as typed: the split decides), else, for a bare surname,
    the one merged or speaker name of that surname, unless it is a merge's target (which
    would undo every merge into that person); else ``name`` (nothing to split). AmbiguousName
    for several names of that surname. ``speakers``: the registry's names."""
    speakers = list(speakers)
    targets = {names.fold(str(c.speaker)) for c in merges}
    merged = [str(c.name) for c in merges]
    word = _bare_surname(name)
    if word is None or _exact(name, [*speakers, *merged, *(str(c.speaker) for c in merges)]) is not None:
        return name
    found = {names.fold(n): n for n in (*speakers, *merged) if last_word(n) == word}
    if len(found) > 1:
        raise AmbiguousName.of(name, sorted(found.values()))
    # the surname of a merge's target alone is nothing to split
    return next((n for k, n in found.items() if k not in targets), name)
