"""The records that flow through quotes: articles, the quotes found in them, and
the stored record that joins the two.

Everything here is a frozen dataclass with character offsets into the article
text, so a record can be checked against its text and nothing downstream can
mutate what the extractor saw. Ids are derived from content: the same article
ingested twice gets the same id (a hash of its text), and so do its quotes (the
article id and the quote's offset, which no other quote of the article shares).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.kinds import KINDS, STATEMENT_KINDS  # noqa: F401  (the kinds, kept there: re-exported)


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@dataclass(frozen=True)
class Mention:
    """The words of the article a speaker was read from, e.g. ``He`` at 2475..2477."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(text=str(d["text"]), start=int(d["start"]), end=int(d["end"]))


@dataclass(frozen=True)
class Quote:
    """One quotation: its words, where they are, and who said them.

    ``spans`` are the quoted pieces (quotation marks excluded, end exclusive):
    one per paragraph for a quote continued over paragraphs, two for a quote
    split by its attribution. ``start``/``end`` are their envelope.
    ``speaker`` is the canonical full name, or None when the text does not say.
    ``speaker_sex`` (``m`` or ``f``) is kept only for a speaker the article names by
    surname alone, as evidence of who it is (see ``quotes.canonical``).
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None = None
    speaker_mention: Mention | None = None
    speaker_title: str | None = None
    speaker_sex: str | None = None
    cue: str | None = None
    kind: str = "full"
    confidence: float = 0.0
    paragraph: int = 0
    nested: tuple[Quote, ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def is_statement(self) -> bool:
        return self.kind in STATEMENT_KINDS

    def to_dict(self) -> dict[str, Any]:
        """The JSON/YAML shape of a quote (what ``quotes extract`` prints)."""
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [[s, e] for s, e in self.spans],
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "speaker_title": self.speaker_title,
        }
        if self.speaker_sex:
            d["speaker_sex"] = self.speaker_sex  # only where it is evidence: a bare surname
        return d | {
            "cue": self.cue,
            "kind": self.kind,
            "confidence": round(self.confidence, 2),
            "paragraph": self.paragraph,
            "nested": [q.to_dict() for q in self.nested],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        spans = d.get("spans") or [[d["start"], d["end"]]]
        mention = d.get("speaker_mention")
        return cls(
            text=str(d["text"]),
            spans=tuple((int(s), int(e)) for s, e in spans),
            speaker=d.get("speaker"),
            speaker_mention=Mention.from_dict(mention) if mention else None,
            speaker_title=d.get("speaker_title"),
            speaker_sex=d.get("speaker_sex"),
            cue=d.get("cue"),
            kind=str(d.get("kind", "full")),
            confidence=float(d.get("confidence", 0.0)),
            paragraph=int(d.get("paragraph", 0)),
            nested=tuple(cls.from_dict(n) for n in d.get("nested") or ()),
        )


@dataclass(frozen=True)
class Article:
    """An article's text and metadata. ``text`` is the body (front matter removed)."""

    text: str
    title: str | None = None
    source: str | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    path: str | None = None
    #: The metadata fields whose values are guesses (a text's first line as its title, a web
    #: page's own title or site name), not given by the user (options, sidecar, front matter):
    #: a later ingest keeps a stored value over a guess (``quotes.library``). Not stored.
    guessed: frozenset[str] = field(default=frozenset(), compare=False)

    @functools.cached_property
    def id(self) -> str:
        """Derived from the text alone, so re-ingesting (even with fixed metadata) updates in place.
        Hashed once an article: a record asks for it at each of its quotes' ids and documents."""
        return _digest(self.text)[:12]

    def meta_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "authors": list(self.authors),
            "url": self.url,
        }


def legacy_quote_id(article_id: str, quote: Quote) -> str:
    """The id record format 1 gave a quote: 6 hex digits of a hash of its offsets, which
    can collide within a long article. Read only, to check format-1 records."""
    spans = ",".join(f"{s}-{e}" for s, e in quote.spans)
    return f"{article_id}-{_digest(article_id, spans)[:6]}"


def quote_ids(article_id: str, quotes: Sequence[Quote]) -> list[str]:
    """Stable ids for the quotes of one article that cannot collide: ``<article id>-<start>``
    (the quote's first character offset), ``-<end>`` added when two quotes start at one
    offset, and ``-<n>`` (the n-th of them, in record order) when their envelopes agree too."""
    first = [q.start for q in quotes]
    if len(set(first)) == len(first):
        # every quote starts at an offset of its own (almost every article): no counting
        return [f"{article_id}-{start}" for start in first]
    starts = Counter(first)
    envelopes = Counter((q.start, q.end) for q in quotes)
    seen: Counter[tuple[int, int]] = Counter()
    ids = []
    for q in quotes:
        qid = f"{article_id}-{q.start}"
        if starts[q.start] > 1:
            qid += f"-{q.end}"
            if envelopes[q.start, q.end] > 1:
                seen[q.start, q.end] += 1
                qid += f"-{seen[q.start, q.end]}"
        ids.append(qid)
    return ids


def article_of(quote_id: str) -> str:
    """The article id part of a quote id (either format)."""
    return quote_id.split("-", 1)[0]


@dataclass(frozen=True)
class Record:
    """What the store keeps per article: the article and its quotes."""

    article: Article
    quotes: tuple[Quote, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return self.article.id

    def quote_ids(self) -> list[str]:
        return quote_ids(self.id, self.quotes)
