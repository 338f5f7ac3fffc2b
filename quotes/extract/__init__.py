"""Extract quotes and their speakers from an article's text: the one place that tells
the stages, in the order the data flows through them, one module a stage.

1. :mod:`~quotes.extract.marks`: the quoted spans, from the quotation marks (a
   transcript quoted as one block becomes one quote per turn).
2. :mod:`~quotes.extract.document`: the masked document, the reporter's words with
   the quotes blanked out (offsets kept), cut into paragraphs and sentences.
3. :mod:`~quotes.extract.entities`: the names the article mentions, read in order,
   with their titles, and the people and organisations they refer to.
4. :mod:`~quotes.extract.rules`: candidate speakers, per quote the words that name
   its speaker, found by the first rule that fires; the rules are listed once, in
   order, in that module. They read the words through
   :mod:`~quotes.extract.subjects` (a cue verb's subject, a name, a noun phrase)
   and :mod:`~quotes.extract.words` (the tokens and what a rule returns).
5. :mod:`~quotes.extract.resolve`: resolution of those words ("he", "Peskov", "the
   Kremlin spokesman") to the entity they refer to, in reading order.
6. :mod:`~quotes.extract.kind`: the kind of each quote, a statement (``full`` or
   ``partial``) or a ``title`` or ``term`` that nobody said.
7. :mod:`~quotes.extract.records`: quotes split by their attribution joined, and
   each made a :class:`~quotes.model.Quote` with its confidence.

The word tables all stages read are in :mod:`~quotes.extract.lexicon` (first names
in :mod:`~quotes.extract.first_names`). ``extract_quotes`` is a pure function of the
text: no model, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotes.extract.document import Document
from quotes.extract.entities import Entities, Entity
from quotes.extract.marks import Found, find_quotes, split_turns
from quotes.extract.records import continues, quote_record
from quotes.extract.resolve import Resolver
from quotes.extract.rules import Rules
from quotes.extract.words import Attribution
from quotes.model import Quote


def extract_quotes(text: str) -> list[Quote]:
    """Every quote of ``text`` with its speaker, in reading order."""
    return list(iter_quotes(text))


def iter_quotes(text: str) -> Iterator[Quote]:
    found = split_turns(text, list(find_quotes(text)))
    if not found:
        return
    doc = Document(text, found)
    entities = Entities(doc)
    rules = Rules(doc, entities)
    resolver = Resolver(doc, entities)
    found_rules = [
        rules.transcript(q)
        or rules.after(q)
        or rules.before(q)
        or rules.according(q)
        or rules.owner(q)
        or rules.colon(q)
        or rules.subject(q)
        for q in found
    ]

    speakers: list[Entity | None] = []
    attributions: list[Attribution | None] = []
    for i, q in enumerate(found):
        att = found_rules[i]
        entity: Entity | None = None
        if att is None and rules.opens_sentence(q):
            # a speech verb later in the sentence is the quote's own attribution, even one
            # the rules could not read; only a quote without one borrows a speaker
            cued, late = rules.said_after(q)
            if late is not None:
                att, entity = late, resolver.resolve(late.words)[0]
            elif not cued:
                att, entity = _borrow(i, found, found_rules, attributions, speakers, rules, resolver)
        elif att is not None:
            entity, _ = resolver.resolve(att.words)
        if entity is not None:
            resolver.note_speaker(q.outer[0][0], entity)
        attributions.append(att)
        speakers.append(entity)

    i = 0
    while i < len(found):
        q, att, entity = found[i], attributions[i], speakers[i]
        group = [q]
        while i + 1 < len(found) and continues(rules, group[-1], found[i + 1], att, attributions[i + 1]):
            i += 1
            group.append(found[i])
        yield quote_record(doc, rules, resolver, group, att, entity)
        i += 1


def _borrow(
    i: int,
    found: list[Found],
    found_rules: list[Attribution | None],
    attributions: list[Attribution | None],
    speakers: list[Entity | None],
    rules: Rules,
    resolver: Resolver,
) -> tuple[Attribution | None, Entity | None]:
    """A quote with no attribution of its own takes one from its paragraph or the last speaker."""
    q = found[i]
    for j in range(i - 1, -1, -1):
        if found[j].last_paragraph != q.paragraph:
            break
        if attributions[j] is not None:
            return _borrowed(attributions[j], "paragraph"), speakers[j]
    for j in range(i + 1, len(found)):
        if found[j].paragraph != q.last_paragraph:
            break
        nxt = found_rules[j]
        if nxt is not None:
            entity, _ = resolver.resolve(nxt.words)
            return _borrowed(nxt, "paragraph"), entity
    lead = rules.lead_in(q) or rules.prose_lead(q)
    if lead is not None:
        return lead, resolver.resolve(lead.words)[0]
    follows = i > 0 and q.paragraph - found[i - 1].last_paragraph == 1
    if rules.opens_paragraph(q) and follows and attributions[i - 1] is not None:
        return _borrowed(attributions[i - 1], "floating"), speakers[i - 1]
    return None, None


def _borrowed(att: Attribution | None, rule: str) -> Attribution | None:
    return Attribution(att.words, att.cue, rule) if att is not None else None
