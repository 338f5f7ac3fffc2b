"""The records: quotes split by their attribution joined into one ("We are," she said,
"ready."), and each quote with its speaker made a :class:`~quotes.model.Quote`, with
its confidence and the quotes nested in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes.extract.document import Document
from quotes.extract.entities import Entity
from quotes.extract.kind import Kind
from quotes.extract.marks import Found
from quotes.extract.rank import Scored
from quotes.extract.resolve import Resolver
from quotes.extract.rules import Transcript
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution, Words
from quotes.model import Mention, Quote

_NESTED_CUE = re.compile(
    r"(?P<who>\b(?:I|he|she|we|they|He|She|We|They|[A-Z][a-z]+))\s+"
    r"(?P<cue>said|says|say|goes|go|told \w+|tells \w+|asked|asks|replied|added|wrote|yelled|shouted)"
    r"\s*[,:]?\s*$"
)


@dataclass(frozen=True)
class Explained:
    """A quote and how its speaker was found: the ``rule`` that proposed the words it was
    read from (a rule's name, or the sweep's source: "name", "pronoun", "relative", "np";
    None when it has no speaker), those words (``quote.speaker_mention``, with their
    ``reading``: "name", "pronoun" or "np"), why it is of its kind (``kind_reason``, one
    of :data:`~quotes.extract.kind.REASONS`), and every ``candidate`` the ranker weighed,
    with its score (none when a rule of high precision decided: its pick stands)."""

    quote: Quote
    rule: str | None
    reading: str | None
    kind_reason: str | None = None
    candidates: tuple[Scored, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The quote's dict with ``rule``, ``reading``, ``kind_reason``, ``decided_by``
        ("ranker", "rule" or None: nobody, or a title or term) and ``candidates`` added:
        those the ranker weighed, best first, or the rule's pick alone, with no score,
        where the rule decided."""
        candidates = [candidate_dict(s) for s in sorted(self.candidates, key=lambda s: -s.score)]
        decided_by = "ranker" if candidates else None
        mention = self.quote.speaker_mention
        if not candidates and self.rule is not None and mention is not None:
            decided_by = "rule"
            candidates = [
                {
                    "mention": mention.text,
                    "start": mention.start,
                    "end": mention.end,
                    "speaker": self.quote.speaker,
                    "sources": [self.rule],
                    "score": None,
                    "probability": None,
                }
            ]
        return {
            **self.quote.to_dict(),
            "rule": self.rule,
            "reading": self.reading,
            "kind_reason": self.kind_reason,
            "decided_by": decided_by,
            "candidates": candidates,
        }


def candidate_dict(s: Scored) -> dict[str, object]:
    """One candidate as ``--explain`` shows it: its words, who proposed them, its score."""
    c = s.candidate
    return {
        "mention": c.words.text if c.words else None,
        "start": c.words.start if c.words else None,
        "end": c.words.end if c.words else None,
        "speaker": c.entity.name if c.entity is not None else None,
        "sources": list(c.sources),
        "score": round(s.score, 3),
        "probability": round(s.probability, 3),
    }


def continues(
    read: Subjects, a: Found, b: Found, att_a: Attribution | None, att_b: Attribution | None
) -> bool:
    """ "We are," she said, "ready." : one quote split by its attribution.

    The second part may have no attribution of its own when a long one stands
    between ('"It's not enough," said Tom Birt, who chairs the group, "to say so."').
    """
    if att_a is None or a.last_paragraph != b.paragraph:
        return False
    if att_b is not None and att_a.words != att_b.words:
        return False
    text = read.doc.text
    first = text[a.spans[-1][0] : a.spans[-1][1]].rstrip()
    second = text[b.spans[0][0] : b.spans[0][1]].lstrip()
    between = read.doc.masked[a.outer[-1][1] : b.outer[0][0]].strip()
    return (
        first.endswith(",")
        and second[:1].islower()
        and between.endswith(",")
        and len(between.split()) <= (8 if att_b is not None else 30)
        and not any(c in between for c in ".;!?")
        and a.outer[-1][1] <= att_a.words.start < b.outer[0][0]
    )


def quote_record(
    read: Subjects,
    resolver: Resolver,
    group: list[Found],
    att: Attribution | None,
    entity: Entity | None,
    kind: Kind,
    confidence: float,
    candidates: list[Scored],
) -> Explained:
    doc = read.doc
    spans = tuple(span for q in group for span in q.spans)
    if att is not None and att.rule == Transcript.name:
        # the turn's words, without its "PENCE:" tag
        end = spans[0][1]
        start = att.words.end + 1
        while start < end and doc.text[start].isspace():
            start += 1
        spans = ((start, end), *spans[1:])
    pieces = [doc.text[s:e] for s, e in spans]
    text = (
        "\n".join(pieces)
        if group[0].paragraph != group[-1].last_paragraph or len(group[0].spans) > 1
        else " ".join(pieces)
    )
    words: Words | None = att.words if att else None
    title = None
    if entity is not None and words is not None:
        title = words.title or entity.title_of
    if words is not None and words.kind != "name":
        confidence *= 0.9  # a pronoun or noun phrase read: one step more to go wrong
    if att is not None and entity is None:
        confidence = min(confidence, 0.3)  # words read, nobody they refer to
    speaker = entity.name if entity is not None else None
    nested = tuple(n for q in group for n in nested_quotes(doc, resolver, q, speaker))
    quote = Quote(
        text=text,
        spans=spans,
        speaker=speaker,
        speaker_mention=Mention(doc.text[words.start : words.end], words.start, words.end) if words else None,
        speaker_title=title,
        cue=att.cue if att else None,
        kind=kind.kind,
        confidence=round(confidence, 2),
        paragraph=group[0].paragraph,
        nested=nested,
    )
    return Explained(
        quote, att.rule if att else None, words.kind if words else None, kind.reason, tuple(candidates)
    )


def nested_quotes(doc: Document, resolver: Resolver, q: Found, speaker: str | None) -> Iterator[Quote]:
    """Quotes inside a quote, with their speaker where the quoted speaker names one ("I said, 'Way.'")."""
    for s, e in q.nested:
        lead = doc.text[max(q.start, s - 40) : s - 1]
        m = _NESTED_CUE.search(lead)
        who: str | None = None
        mention = None
        if m:
            word = m.group("who")
            base = s - 1 - len(lead)
            mention = Mention(word, base + m.start("who"), base + m.end("who"))
            if word == "I" or word == "We":
                who = speaker
            elif word.lower() not in {"he", "she", "they"}:
                who = resolver.entities.resolve_name(word).name
        yield Quote(
            text=doc.text[s:e],
            spans=((s, e),),
            speaker=who,
            speaker_mention=mention,
            cue=m.group("cue").split()[0] if m else None,
            kind="full" if doc.text[s:e][:1].isupper() else "partial",
            confidence=0.8 if who else 0.0,
            paragraph=q.paragraph,
        )
