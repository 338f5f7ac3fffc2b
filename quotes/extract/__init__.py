"""Extract quotes and their speakers from an article's text.

This docstring is the one place that describes the stages, in the order the data
flows through them; each stage is one module:

1. :mod:`~quotes.extract.marks`: the quoted spans, from the quotation marks (a
   transcript quoted as one block becomes one quote per turn).
2. :mod:`~quotes.extract.document`: the masked document, the reporter's words with
   the quotes blanked out (every offset kept), cut into paragraphs and sentences.
3. :mod:`~quotes.extract.entities`: the names the article mentions, read in order
   with their titles, and the people and organisations they refer to; frozen once
   the article is read.
4. :mod:`~quotes.extract.rules`: candidate speakers, per quote the words that name
   its speaker, from the first rule that finds any; :data:`~quotes.extract.rules.RULES`
   lists the rules once, in the order they are tried. They read the words through
   :mod:`~quotes.extract.subjects` (a cue verb's subject), which builds on
   :mod:`~quotes.extract.phrases` (names, noun phrases, cues) over the tokens of
   :mod:`~quotes.extract.words`.
5. :mod:`~quotes.extract.resolve`: resolution of those words ("he", "Peskov", "the
   Kremlin spokesman") to the entity they refer to, in reading order.
6. :mod:`~quotes.extract.kind`: the kind of each quote, a statement (``full`` or
   ``partial``) or a ``title`` or ``term`` that nobody said.
7. :mod:`~quotes.extract.records`: quotes split by their attribution joined, and
   each made a :class:`~quotes.model.Quote` with its confidence.

Every word table the stages read is in :mod:`~quotes.extract.lexicon` (first names
in :mod:`~quotes.extract.first_names`). ``extract_quotes`` is a pure function of the
text: no model, no I/O; ``explain_quotes`` gives each quote with the rule that
found its speaker (``quotes extract FILE --explain``).
"""

from __future__ import annotations

from collections.abc import Iterator

from quotes.extract.document import Document
from quotes.extract.entities import Entities, Entity
from quotes.extract.marks import find_quotes, split_turns
from quotes.extract.records import Explained, continues, quote_record
from quotes.extract.resolve import Resolver
from quotes.extract.rules import Quotes, borrowed_attribution, own_attribution, said_after
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution
from quotes.model import Quote


def extract_quotes(text: str) -> list[Quote]:
    """Every quote of ``text`` with its speaker, in reading order."""
    return list(iter_quotes(text))


def iter_quotes(text: str) -> Iterator[Quote]:
    """The quotes of ``text`` one by one, in reading order."""
    return (explained.quote for explained in explain_quotes(text))


def explain_quotes(text: str) -> Iterator[Explained]:
    """The quotes of ``text`` in reading order, each with the rule that found its speaker."""
    found = split_turns(text, list(find_quotes(text)))
    if not found:
        return
    doc = Document(text, found)
    entities = Entities(doc)
    read = Subjects(doc, entities)
    resolver = Resolver(doc, entities)
    own = [own_attribution(read, q) for q in found]

    speakers: list[Entity | None] = []
    attributions: list[Attribution | None] = []
    for i, q in enumerate(found):
        att = own[i]
        entity: Entity | None = None
        if att is None and read.opens_sentence(q):
            # a speech verb later in the sentence is the quote's own attribution, even one
            # the rules could not read; only a quote without one borrows a speaker
            cued, late = said_after(read, q)
            if late is not None:
                att, entity = late, resolver.resolve(late.words)[0]
            elif not cued:
                borrowed = borrowed_attribution(read, Quotes(found, own, attributions), i)
                if borrowed is not None:
                    att = borrowed.attribution
                    source = borrowed.source
                    entity = speakers[source] if source is not None else resolver.resolve(att.words)[0]
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
        while i + 1 < len(found) and continues(read, group[-1], found[i + 1], att, attributions[i + 1]):
            i += 1
            group.append(found[i])
        yield quote_record(read, resolver, group, att, entity)
        i += 1
