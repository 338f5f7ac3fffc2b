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
   its speaker as each rule reads them; :data:`~quotes.extract.rules.RULES` lists the
   rules once, in the order the rule chain tries them (its first answer is "the
   chain's pick"). They read the words through :mod:`~quotes.extract.subjects` (a cue
   verb's subject), which builds on :mod:`~quotes.extract.phrases` (names, noun
   phrases, cues) over the tokens of :mod:`~quotes.extract.words`.
5. :mod:`~quotes.extract.resolve`: resolution of those words ("he", "Peskov", "the
   Kremlin spokesman") to the entity they refer to, in reading order.
6. :mod:`~quotes.extract.kind`: the kind of each quote, a statement (``full`` or
   ``partial``) or a ``title`` or ``term`` that nobody said (decided on the chain's pick).
7. :mod:`~quotes.extract.candidates`: for each statement the chain does not settle
   (see :func:`~quotes.extract.candidates.settles`: a transcript tag, a colon
   paragraph, ``according to X``, and a full quote's ``"...," said X``, ``X said: "..."``
   or earlier quote of its paragraph), every rule's proposal, the borrowed speakers and a sweep of the names,
   pronouns and noun phrases around it, plus NONE, each with its features.
8. :mod:`~quotes.extract.rank`: a conditional logit fitted on polnear-train
   (``scripts/train_ranker.py``, weights in ``ranker.json``) chooses among them; NONE,
   or a winner under the fitted threshold, leaves the quote without a speaker.
9. :mod:`~quotes.extract.records`: quotes split by their attribution joined, and
   each made a :class:`~quotes.model.Quote` with its confidence.

Every word table the stages read is in :mod:`~quotes.extract.lexicon` (first names
in :mod:`~quotes.extract.first_names`). ``extract_quotes`` is a pure function of the
text: no I/O but the package's own weights file; ``explain_quotes`` gives each quote
with the candidates weighed, the sources that proposed each and their scores
(``quotes extract FILE --explain``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from quotes.extract.candidates import Candidate, Sweep, gather, settles, weighed
from quotes.extract.document import Document
from quotes.extract.entities import Entities, Entity
from quotes.extract.kind import Kind, decide
from quotes.extract.marks import Found, find_quotes, split_turns
from quotes.extract.rank import Ranker, Scored, default_ranker
from quotes.extract.records import Explained, continues, quote_record
from quotes.extract.resolve import Resolver
from quotes.extract.rules import (
    BORROWING_RULES,
    BY_NAME,
    OWN_RULES,
    Quotes,
    asked_then_answered,
    borrowed_attribution,
    in_dashed_aside,
    own_attribution,
    said_after,
    shared_after,
)
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution
from quotes.model import Quote

# per rule of its own, the rules of its own after it in the chain (each name is one rule's):
# looked up for every weighed quote, not searched for
_LATER_OWN_RULES = {rule.name: OWN_RULES[k + 1 :] for k, rule in enumerate(OWN_RULES)}


def extract_quotes(text: str) -> list[Quote]:
    """Every quote of ``text`` with its speaker, in reading order."""
    with _collector_paused():  # (the ranking and the records too, not only the reading)
        return list(iter_quotes(text))


def iter_quotes(text: str) -> Iterator[Quote]:
    """The quotes of ``text`` one by one, in reading order."""
    return (explained.quote for explained in explain_quotes(text))


@dataclass(frozen=True)
class Read:
    """An article read up to the ranker: its quotes, and per quote its kind, the
    attribution the rule chain picks (``chain``, with its entity) and its candidates."""

    read: Subjects
    resolver: Resolver
    found: list[Found]
    kinds: list[Kind]
    chain: list[Attribution | None]
    chain_entities: list[Entity | None]
    candidates: list[list[Candidate]]
    own: list[Attribution | None]  # the first rule of its own's attribution, per quote
    borrows: list[bool]  # whether the quote may borrow a speaker (no attribution of its own)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while an article is read, on again after.

    Reading an article allocates ~100,000 short-lived tuples, lists and entities, and every
    700 of them the collector traverses the young ones: ~6% of the time, for nothing, as
    reading leaves no reference cycles (on every article of polnear-dev, ``gc.collect()``
    right after one found no object to free). Reference counting frees it all as before; a
    cycle a later change made would only wait for the next collection after the article.
    Re-enabled in ``finally``, and only when it was on: a caller that turned it off itself
    (or a nested read) keeps it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_article(text: str, every: bool = False) -> Read | None:
    """Stages 1 to 6 of ``text``: everything the ranker needs, nothing it decides.

    The rule chain runs as it always has; a statement gets candidates when the ranker
    decides its speaker (:func:`~quotes.extract.candidates.weighed`: the rules found
    nobody, or a pick of low precision found someone). With ``every``, every statement
    whose pick does not settle it (:func:`~quotes.extract.candidates.settles`) gets them:
    what ``scripts/train_ranker.py`` fits on.
    """
    with _collector_paused():
        return _read(text, every)


def _read(text: str, every: bool) -> Read | None:
    """``read_article``, the collector paused by the caller."""
    found = split_turns(text, list(find_quotes(text)))
    if not found:
        return None
    doc = Document(text, found)
    entities = Entities(doc)
    read = Subjects(doc, entities)
    resolver = Resolver(doc, entities)
    sweep = Sweep(read, resolver)
    own = [own_attribution(read, q) for q in found]

    speakers: list[Entity | None] = []
    attributions: list[Attribution | None] = []
    kinds: list[Kind] = []
    candidates: list[list[Candidate]] = []
    borrows: list[bool] = []
    for i, q in enumerate(found):
        # the rule chain: the first rule of its own; else a speech verb later in the
        # sentence; else the first borrowing rule. Its pick is resolved now, as reading
        # reaches it; other words after the quote only if the ranker picks them (resolving
        # "he" ahead of reading would fix it before the speakers in between are known).
        # a quote cut off by the next one's opening mark (marks.Found.cut): the words after
        # that quote are its attribution, so this one keeps only one before it
        mine = own[i]
        if q.cut and mine is not None and _after(q, mine):
            mine = None
        att = mine
        cued, late = (False, None)
        opens = read.opens_sentence(q)
        if opens and att is None:
            cued, late = said_after(read, q)
            att = late
        if (att is None and not cued) or (att is not None and att.rule == "subject"):
            # 'found "ties of any consequence," only a "casual" link, said its director': the
            # trailing verb's subject, before the sentence's own
            shared = shared_after(read, found, own, i)
            if shared is not None:
                cued, late, att = True, shared, shared
        if q.cut and att is not None and _after(q, att):
            cued, late, att = False, None, None
        may_borrow = mine is None and late is None and opens and not cued
        entity: Entity | None = None
        if may_borrow:
            borrowed = borrowed_attribution(read, Quotes(found, own, attributions), i)
            if borrowed is not None:
                att = borrowed.attribution
                source = borrowed.source
                entity = speakers[source] if source is not None else resolver.resolve(att.words)[0]
        elif att is not None:
            entity = resolver.resolve(att.words)[0]
        kind = decide(read, q, att)
        # a crowd's chant is a statement no attribution names: nobody to weigh
        statement = kind.kind not in ("title", "term") and not kind.anonymous
        settled = att is not None and settles(read, q, att)
        cands: list[Candidate] = []
        if statement and not settled and (every or weighed(att)):
            proposals = _proposals(read, resolver, found, own, attributions, speakers, i, att, entity, late)
            cands = gather(sweep, q, kind.kind, proposals, att)
            limit = _words_end_limit(read, found, i, att)
            if limit is not None:
                cands = [c for c in cands if c.words is None or c.words.end <= limit]
            # (not the words of another clause's aside in dashes, unless the rules picked them)
            open_mark = q.outer[0][0]
            cands = [
                c
                for c in cands
                if c.words is None or c.chain or not in_dashed_aside(read, c.words, open_mark)
            ]
        candidates.append(cands)
        if entity is not None:
            resolver.note_speaker(q.outer[0][0], entity)
            sweep.last_speaker = entity
        attributions.append(att)
        speakers.append(entity)
        kinds.append(kind)
        borrows.append(may_borrow)
    return Read(read, resolver, found, kinds, attributions, speakers, candidates, own, borrows)


def _words_end_limit(read: Subjects, found: list[Found], i: int, att: Attribution | None) -> int | None:
    """Where the words of quote ``i``'s candidates must end, if anywhere (one bound, so the
    candidates are filtered once): a quote cut off by the next one's opening mark keeps only
    words before it; a question the next quote answers ('"Will you run?" "No," Ada Holm
    said.'), with no attribution of its own, only words before the answer (who answers did not
    ask). The first bound is the tighter: the quote opens before the answer."""
    q = found[i]
    if q.cut:
        return q.outer[0][0]
    if att is None and i + 1 < len(found) and asked_then_answered(read, q, found[i + 1]):
        return found[i + 1].outer[0][0]
    return None


def _after(q: Found, att: Attribution) -> bool:
    """Whether the words of ``att`` come after the quote ``q``."""
    return att.words.start >= q.outer[-1][1]


def _proposals(
    read: Subjects,
    resolver: Resolver,
    found: list[Found],
    own: list[Attribution | None],
    attributions: list[Attribution | None],
    speakers: list[Entity | None],
    i: int,
    att: Attribution | None,
    entity: Entity | None,
    late: Attribution | None,
) -> list[tuple[Attribution, Entity | None, bool]]:
    """Every rule's proposal for quote ``i`` (each with its entity and whether it was
    resolved): the chain's pick ``att`` (resolved to ``entity``), the rules of its own after
    the first that answered, a speech verb later in the sentence (``late``) and every
    borrowing rule's."""
    q = found[i]
    qs = q.outer[0][0]
    proposals: list[tuple[Attribution, Entity | None, bool]] = []
    first = own[i]
    if first is not None:
        proposals.append((first, entity, True))
        # the rules after the first that answered (those before it found nothing)
        for rule in _LATER_OWN_RULES[first.rule]:
            if rule.name == "according":
                continue  # "X said ..., according to Interfax": X said it, whoever reports it
            p = rule.find(read, q)
            if p is not None:
                now = p.words.end <= qs
                proposals.append((p, resolver.resolve(p.words)[0] if now else None, now))
    if late is not None:
        proposals.append((Attribution(late.words, late.cue, "said-after"), entity, True))
    quotes = Quotes(found, own, attributions)
    for lender in BORROWING_RULES:
        b = lender.find(read, quotes, i)
        if b is None:
            continue
        if b.attribution == att:
            e = entity  # the chain's own pick, resolved once
        else:
            e = speakers[b.source] if b.source is not None else resolver.resolve(b.attribution.words)[0]
        proposals.append((b.attribution, e, True))
    return proposals


def explain_quotes(text: str, ranker: Ranker | None = None) -> Iterator[Explained]:
    """The quotes of ``text`` in reading order, each with how its speaker was chosen: the
    rule whose pick stands, or the candidates the ranker weighed, the sources that
    proposed each and their scores."""
    art = read_article(text)
    if art is None:
        return
    ranker = ranker or default_ranker()
    read, found = art.read, art.found
    attributions: list[Attribution | None] = []
    speakers: list[Entity | None] = []
    confidences: list[float] = []
    ranked: list[list[Scored]] = []
    for i in range(len(found)):
        chain = art.chain[i]
        scored = ranker.rank(art.candidates[i]) if art.candidates[i] else []
        ranked.append(scored)
        best = ranker.choose(scored) if scored else None
        kind = art.kinds[i]
        if kind.kind in ("title", "term") or kind.anonymous:
            att, entity, confidence = None, None, 0.0 if kind.anonymous else 0.7
        elif chain is not None and (not scored or (best is not None and best.candidate.chain)):
            # the rule's pick stands: a rule that is seldom wrong, or the ranker kept it
            att, entity, confidence = chain, art.chain_entities[i], BY_NAME[chain.rule].confidence
        else:
            lent = _lent(art, attributions, speakers, i) if best is None and chain is None else None
            if lent is not None:
                # the speaker the ranker gave the quote before, where the rules' chain had
                # none to lend: "...," the 46-year-old said. "Now, he will go to work."
                (att, entity), confidence = lent, 0.5 * BY_NAME[lent[0].rule].confidence
            elif best is None:
                att, entity, confidence = None, None, 0.0
            else:
                c = best.candidate
                assert c.words is not None
                att = Attribution(c.words, c.cue, c.rule or c.sources[0])
                # the rule's own confidence, as sure as the ranker is of it; the sweep's
                # words alone are half as sure as a rule
                prior = BY_NAME[c.rule].confidence if c.rule in BY_NAME else 0.5
                entity, confidence = c.entity, prior * best.probability
                if not c.resolved:
                    entity = art.resolver.resolve(c.words)[0]
        attributions.append(att)
        speakers.append(entity)
        confidences.append(confidence)

    i = 0
    while i < len(found):
        q, att, entity = found[i], attributions[i], speakers[i]
        group = [q]
        first = i
        # the second part of a split quote is known by the rules' reading (the chain's): the
        # ranker may lend it the first part's speaker, which makes it no less a continuation
        while i + 1 < len(found) and continues(read, group[-1], found[i + 1], att, art.chain[i + 1]):
            i += 1
            group.append(found[i])
        if att is not None and entity is not None:
            # the mention the quote's own clause names: "Trump, who has cast himself as ..."
            nearest = art.resolver.nearest_mention(att.words, entity, q.outer[0][0])
            nearest = art.resolver.outer_mention(nearest, entity, q.outer[0][0])
            if nearest is not att.words:
                att = Attribution(nearest, att.cue, att.rule)
        yield quote_record(
            read, art.resolver, group, att, entity, art.kinds[first], confidences[first], ranked[first]
        )
        i += 1


def _lent(
    art: Read, settled: list[Attribution | None], speakers: list[Entity | None], i: int
) -> tuple[Attribution, Entity | None] | None:
    """The attribution quote ``i`` borrows from the ranker's choices for the quotes before it
    (the borrowing rules, as the chain runs them on its own picks)."""
    if not art.borrows[i]:
        return None
    quotes = Quotes(art.found, art.own, settled)
    for rule in BORROWING_RULES:
        borrowed = rule.find(art.read, quotes, i)
        if borrowed is not None:
            b = borrowed.attribution
            source = borrowed.source
            entity = speakers[source] if source is not None else art.resolver.resolve(b.words)[0]
            return b, entity
    return None
