"""Corrections: what a person said the extractor got wrong, kept apart from what it found.

A correction is data in the store (``corrections.yaml``), dated, never written into
the extractor's output by hand: ``apply`` lays the corrections over a freshly
extracted record on every ingest, re-extraction and reindex, so a fix survives
all of them, and a new version of the extractor too. Two families:

- quote corrections, keyed by quote id (``<article id>-<start>``, derived from the
  article text and the quote's offset): ``speaker`` (a name, or none), ``kind``
  (``term`` and ``title`` carry no speaker), ``delete`` (not a quote at all);
- ``merge``: every quote of one speaker name counts as another person's, and
  ``split``: a name the registry's rules joined to a person stays apart (both read
  by ``quotes.people``; ``quotes speakers split`` removes a merge or makes a split,
  ``quotes speakers merge`` replaces a split).

A quote correction whose quote the extractor no longer finds is reported by
``apply`` and stays in the file; it is never dropped silently. ``apply`` is a pure
function; ``load`` and ``save`` are the file I/O, written atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotes import yamlio
from quotes.errors import StoreError
from quotes.model import KINDS, STATEMENT_KINDS, Quote, Record
from quotes.names import fold
from quotes.store import atomic_write

FILENAME = "corrections.yaml"
#: What a correction does: quote corrections first, then the one about names.
ACTIONS = ("speaker", "kind", "delete", "merge", "split")

_HEADER = """\
# Corrections of this store, kept by `quotes fix` and `quotes speakers merge`, listed by
# `quotes fix --list`. They are applied over the extractor's output on every ingest and
# reindex. One entry per correction; a quote correction names the quote by id.
"""


@dataclass(frozen=True)
class Correction:
    """One correction. ``quote`` (an id) for ``speaker``, ``kind`` and ``delete``; ``name`` (the
    name merged) for ``merge``; ``speaker`` is the new speaker (None: no speaker) or the
    merge's person; ``text`` the quote's words when it was corrected, to recognise it by."""

    action: str
    date: str
    quote: str | None = None
    speaker: str | None = None
    kind: str | None = None
    name: str | None = None
    text: str | None = None

    @property
    def article_id(self) -> str | None:
        return self.quote.rsplit("-", 1)[0] if self.quote else None

    def describe(self) -> str:
        """What it does, in a few words: ``speaker: Hillary Clinton``, ``merge: A -> B``."""
        if self.action == "speaker":
            return f"speaker: {self.speaker}" if self.speaker else "no speaker"
        if self.action == "kind":
            return f"kind: {self.kind}"
        if self.action == "merge":
            return f"merge: {self.name} -> {self.speaker}"
        if self.action == "split":
            return f"split: {self.name} apart from {self.speaker}" if self.speaker else f"split: {self.name}"
        return "delete (not a quote)"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"action": self.action, "date": self.date}
        if self.action == "merge":
            return d | {"name": self.name, "into": self.speaker}
        if self.action == "split":
            return d | {"name": self.name, "from": self.speaker}
        d["quote"] = self.quote
        if self.action == "speaker":
            d["speaker"] = self.speaker
        if self.action == "kind":
            d["kind"] = self.kind
        return d | {"text": self.text}

    @classmethod
    def from_dict(cls, d: object, where: str) -> Correction:
        if not isinstance(d, dict) or d.get("action") not in ACTIONS:
            raise StoreError(f"{where}: malformed correction {d!r} (action: {', '.join(ACTIONS)})")
        action = str(d["action"])
        fields = {"merge": ("name", "into"), "split": ("name",), "kind": ("quote", "kind")}.get(
            action, ("quote",)
        )
        missing = [f for f in fields if not d.get(f)]
        if missing:
            raise StoreError(f"{where}: malformed {action} correction (missing {', '.join(missing)})")
        if action == "kind" and d["kind"] not in KINDS:
            kinds = ", ".join(KINDS)
            raise StoreError(f"{where}: unknown kind {d['kind']!r} in a correction (kinds: {kinds})")
        return cls(
            action=action,
            date=_date_text(d.get("date")),
            quote=_opt(d.get("quote")),
            speaker=_opt({"merge": d.get("into"), "split": d.get("from")}.get(action, d.get("speaker"))),
            kind=_opt(d.get("kind")),
            name=_opt(d.get("name")),
            text=_opt(d.get("text")),
        )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _date_text(value: object) -> str:
    """A correction's date as quotes writes it, also when a hand edit left it unquoted (YAML
    reads ``2026-11-30T12:05:32Z`` unquoted as a datetime): the same correction, the same
    text, so the record made with it is not taken for one made with another."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.replace(microsecond=0).isoformat() + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def now() -> str:
    """The date of a correction made now: UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Applied:
    """A record with its corrections applied, and the corrections whose quote it lacks."""

    record: Record
    missing: tuple[Correction, ...] = ()


def _correct(quote: Quote, c: Correction) -> Quote | None:
    if c.action == "delete":
        return None
    if c.action == "kind":
        kind = c.kind or quote.kind
        if kind not in STATEMENT_KINDS:  # titles and terms are nobody's statement
            return replace(
                quote, kind=kind, speaker=None, speaker_mention=None, speaker_title=None, speaker_sex=None
            )
        return replace(quote, kind=kind)
    if c.action == "speaker":
        if c.speaker is None:
            return replace(quote, speaker=None, speaker_mention=None, speaker_title=None, speaker_sex=None)
        title, name = titled(c.speaker)
        if quote.speaker == name:
            return (
                quote
                if title is None or quote.speaker_title == title
                else replace(quote, speaker_title=title)
            )
        if quote.speaker is not None and _same_person(quote.speaker, name):
            # the same person's name spelt better ("Alan Price" as "Alan B. Price"): the words
            # read and the title the article gives still are theirs
            return replace(quote, speaker=name, speaker_title=title or quote.speaker_title, confidence=1.0)
        # the words the extractor read name someone else: none of their evidence stays
        return replace(
            quote,
            speaker=name,
            speaker_mention=None,
            speaker_title=title,
            speaker_sex=None,
            confidence=1.0,
        )
    return quote


def _same_person(found: str, corrected: str) -> bool:
    """Whether a corrected name is the same person's as the one found, written with a middle
    name or initial more or less ("Alan Price", "Alan B. Price", "Alan Bryce Price"): the same
    first name and surname, and middle parts that agree where both have them (not "Alan K.
    Price" for "Alan B. Price", nor "Mary Price", "Ann-Marie Roy", "Alan Price Jr.", or a bare
    "Price", which may be anyone of the name)."""
    a = [fold(w) for w in found.split()]  # (word by word: "Ann-Marie" is one first name)
    b = [fold(w) for w in corrected.split()]
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    if not middle_a or not middle_b:
        return True
    return len(middle_a) == len(middle_b) and all(
        x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y)
        for x, y in zip(middle_a, middle_b, strict=True)
    )


def titled(speaker: str) -> tuple[str | None, str]:
    """A corrected speaker's title abbreviations and name: "Sen. Maria Lopez" is Maria Lopez,
    titled "Sen.", as the extractor reads "said Sen. Maria Lopez" (not a second person beside
    her). Only the abbreviations of ``TITLE_ABBREVIATIONS``, capitalised, and never the last
    word: a full title ("Senator") may be part of how a name is written."""
    # (imported here: the extractor's package is loaded with its lexicon, too slow for
    # `show` and `corrections`, which read corrections but never name a speaker)
    from quotes.extract.lexicon import TITLE_ABBREVIATIONS

    words = speaker.split()
    n = 0
    while n < len(words) - 1 and words[n][:1].isupper() and words[n].casefold() in TITLE_ABBREVIATIONS:
        n += 1
    return " ".join(words[:n]) or None, " ".join(words[n:])


def apply(record: Record, corrections: Iterable[Correction]) -> Applied:
    """``record`` with the quote corrections of its article applied in order (a later one of the
    same action wins). A correction whose quote is not in the record is returned in
    ``missing``, except a ``delete`` (its quote is gone because it was applied before)."""
    mine = [c for c in corrections if c.quote and c.article_id == record.id]
    if not mine:
        return Applied(record)
    by_id: dict[str, list[Correction]] = {}
    for c in mine:
        by_id.setdefault(str(c.quote), []).append(c)
    kept: list[Quote] = []
    for qid, quote in zip(record.quote_ids(), record.quotes, strict=True):
        fixed: Quote | None = quote
        for c in by_id.pop(qid, ()):
            if fixed is not None:
                fixed = _correct(fixed, c)
        if fixed is not None:
            kept.append(fixed)
    missing = tuple(c for cs in by_id.values() for c in cs if c.action != "delete")
    return Applied(replace(record, quotes=tuple(kept)), missing)


def add(corrections: Sequence[Correction], new: Correction) -> list[Correction]:
    """``corrections`` with ``new`` added, replacing an earlier one that it overrides (the same
    quote and action; a merge or split of the same name; the merge it reverses; but a split
    that a merge elsewhere leaves for when that merge is undone)."""

    def same(c: Correction) -> bool:
        if new.action == "merge" and c.action == "merge" and _fold(c.name) == _fold(new.speaker):
            # B into A after A into B: the newer says which name is the person's (both kept
            # would be a loop, which the registry reads as the later anyway)
            return _fold(c.speaker) == _fold(new.name)
        if new.action == "merge" and c.action == "split":
            # a merge back into the person the split kept the name from undoes the split; a merge
            # elsewhere keeps it, so that splitting the merge leaves the name apart again
            return _fold(c.name) == _fold(new.name) and _fold(c.speaker) == _fold(new.speaker)
        if new.action in ("merge", "split"):
            return c.action in ("merge", "split") and _fold(c.name) == _fold(new.name)
        if new.action == "delete":
            return c.quote == new.quote  # nothing else matters for a quote that is not one
        return c.quote == new.quote and c.action == new.action

    return [c for c in corrections if not same(c)] + [new]


def _fold(name: str | None) -> str:
    return fold(name or "")


def merges_of(corrections: Iterable[Correction]) -> list[Correction]:
    """The merges among ``corrections``, in order."""
    return [c for c in corrections if c.action == "merge"]


def merges(corrections: Iterable[Correction]) -> list[tuple[str, str]]:
    """The ``(name, into)`` pairs of the merges (``merges_of``), in order."""
    return [(str(c.name), str(c.speaker)) for c in merges_of(corrections)]


def splits(corrections: Iterable[Correction]) -> list[str]:
    """The names kept apart by splits, in order."""
    return [str(c.name) for c in corrections if c.action == "split"]


def path(root: Path) -> Path:
    return root / FILENAME


def load(root: Path) -> list[Correction]:
    """The corrections of store ``root`` (none when it has no file); StoreError for a bad file."""
    where = path(root)
    try:
        raw = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"{where}: cannot read corrections: {e}") from e
    try:
        data = yamlio.load(raw)
    except yamlio.YAMLError as e:
        raise StoreError(f"{where}: malformed corrections (bad YAML: {yamlio.first_line(e)})") from e
    if data is None:
        return []
    items = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise StoreError(f"{where}: malformed corrections (expected a 'corrections:' list)")
    return [Correction.from_dict(item, str(where)) for item in items]


def save(root: Path, corrections: Sequence[Correction]) -> None:
    where = path(root)
    body = yamlio.dump({"corrections": [c.to_dict() for c in corrections]})
    try:
        atomic_write(where, (_HEADER + body).encode("utf-8"))
    except OSError as e:
        raise StoreError(f"{where}: cannot write corrections: {e.strerror or e}") from e
