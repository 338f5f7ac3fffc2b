"""Extract quotes and their speakers from an article's text.

The pipeline, each step in its own module:

1. :mod:`quotes.marks` finds the quoted spans from the quotation marks (a
   transcript quoted as one block becomes one quote per turn).
2. :mod:`quotes.document` masks them out of the text and cuts the reporter's
   words into sentences.
3. :mod:`quotes.entities` reads the names the article mentions, with their titles.
4. :mod:`quotes.attribute` finds, per quote, the words that name its speaker
   and resolves them (pronouns, surnames, "the senator") to a canonical name.
5. This module puts it together: quotes that share a paragraph or continue a
   speaker get that speaker, quotes split by their attribution become one,
   quoted words that are nobody's statement are marked ``title`` or ``term``,
   and each quote becomes a :class:`~quotes.model.Quote`.

``extract_quotes`` is a pure function of the text: no model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.attribute import CONFIDENCE, Attribution, Resolver, Rules, Words
from quotes.document import Document
from quotes.entities import Entities, Entity
from quotes.lexicon import DETERMINERS
from quotes.marks import STAGE_DIRECTION, Found, find_quotes, split_turns
from quotes.model import Mention, Quote

_TITLE_CUES = set(
    """book books film movie show song album titled entitled title column article headline series
    documentary play novel program programme podcast memoir hashtag slogan nickname nicknamed dubbed
    broadcast commentary op-ed editorial drama sitcom""".split()
)
# Nouns before a quote in title case that make it a title: 'the agency's 2019 report, "Holding
# the Line"'; before other words they introduce what the report says.
_WORK_NOUNS = {"report", "study", "paper", "essay", "poem", "exhibition", "musical", "opera", "bill", "act"}
# Nouns that name a work or an event when they follow its quoted title: '"Morning Joe" show'.
_TITLE_NOUNS = set("""show program programme series documentary podcast broadcast special forum""".split())
_NESTED_CUE = re.compile(
    r"(?P<who>\b(?:I|he|she|we|they|He|She|We|They|[A-Z][a-z]+))\s+"
    r"(?P<cue>said|says|say|goes|go|told \w+|tells \w+|asked|asks|replied|added|wrote|yelled|shouted)"
    r"\s*[,:]?\s*$"
)


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
        while i + 1 < len(found) and _continues(rules, group[-1], found[i + 1], att, attributions[i + 1]):
            i += 1
            group.append(found[i])
        yield _quote(doc, rules, resolver, group, att, entity)
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


def _continues(
    rules: Rules, a: Found, b: Found, att_a: Attribution | None, att_b: Attribution | None
) -> bool:
    """ "We are," she said, "ready." : one quote split by its attribution.

    The second part may have no attribution of its own when a long one stands
    between ('"It's not enough," said Tom Birt, who chairs the group, "to say so."').
    """
    if att_a is None or a.last_paragraph != b.paragraph:
        return False
    if att_b is not None and att_a.words != att_b.words:
        return False
    text = rules.doc.text
    first = text[a.spans[-1][0] : a.spans[-1][1]].rstrip()
    second = text[b.spans[0][0] : b.spans[0][1]].lstrip()
    between = rules.doc.masked[a.outer[-1][1] : b.outer[0][0]].strip()
    return (
        first.endswith(",")
        and second[:1].islower()
        and between.endswith(",")
        and len(between.split()) <= (8 if att_b is not None else 30)
        and not any(c in between for c in ".;!?")
        and a.outer[-1][1] <= att_a.words.start < b.outer[0][0]
    )


def _kind(rules: Rules, q: Found, att: Attribution | None) -> str:
    text = rules.doc.text[q.start : q.end].lstrip(" .…[(-—'‘\"“")
    lead = rules.doc.masked[max(0, q.outer[0][0] - 40) : q.outer[0][0]]
    if lead.endswith("="):
        return "term"  # markup that slipped into the text: author="..."
    if STAGE_DIRECTION.fullmatch(rules.doc.text, q.start, q.end):
        return "term"  # a stage direction: "(CROSSTALK.)"
    if q.start in rules.entities.nicknames:
        return "term"  # 'Darnell Ames, whom everyone calls "Bucket"'
    words = text.split()
    before = lead.split()
    after = rules.doc.masked[q.outer[-1][1] : q.outer[-1][1] + 30]
    trail = after.split()
    # the noun right after it, or after one modifier ('"Morning Joe" TV show'), not "the program"
    head = [w.lower().strip(",.") for w in trail[:2]]
    named_after = bool(head) and (
        head[0] in _TITLE_NOUNS or (len(head) > 1 and head[0] not in DETERMINERS and head[1] in _TITLE_NOUNS)
    )
    cued = named_after or any(w.lower().strip(",:") in _TITLE_CUES for w in before[-2:])
    capital = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    titled = bool(capital) and all(w in capital or len(w) <= 3 for w in words)
    work = any(w.lower().strip(",:") in _WORK_NOUNS for w in before[-2:])
    named = any(w.lower().strip(",:") in {"titled", "entitled", "title", "headlined"} for w in before[-2:])
    if (
        (len(words) <= 6 or titled or named)
        and (cued or (work and titled))
        and not lead.rstrip().endswith(":")
    ):
        return (
            "title"  # 'her documentary, "13th,"', 'the show "Morning Joe"', 'the report, "Holding the Line"'
        )
    if rules.embedded(q) and len(words) <= 6:
        # 'on CBS's "Face the Nation"', 'MSNBC's "Morning Joe"', 'On "Meet the Press,"'
        owner = bool(before) and before[-1].endswith(("'s", "’s")) and before[-1][:1].isupper()
        placed = bool(before) and before[-1].lower() in {"on", "of"}
        if titled and (owner or (att is None and placed)):
            return "title"
        # Robert C. "Bobby" Scott: a nickname inside a name
        if (
            len(words) <= 2
            and titled
            and before
            and before[-1][:1].isupper()
            and not before[-1].endswith(("'s", "’s"))
            and re.match(r" [A-Z]", after)
        ):
            return "term"
    if (
        att is None
        and rules.embedded(q)
        and len(words) <= 3
        and not re.search(r"[.!?]", text.rstrip(".!?,"))
        # a speech verb anywhere before it in the sentence says somebody said them
        # ("announcing that the claim was "true"", "described them as "predators"")
        and not rules.speaks(rules.doc.sentence_at(q.outer[0][0]).start, q.outer[0][0])
    ):
        return "term"  # scare quotes with nobody behind them
    if text[:1].isupper() or text[:1].isdigit():
        return "partial" if rules.embedded(q) else "full"
    return "partial"


def _quote(
    doc: Document,
    rules: Rules,
    resolver: Resolver,
    group: list[Found],
    att: Attribution | None,
    entity: Entity | None,
) -> Quote:
    spans = tuple(span for q in group for span in q.spans)
    if att is not None and att.rule == "transcript":
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
    kind = _kind(rules, group[0], att)
    if kind in ("title", "term"):
        att, entity = None, None
    words: Words | None = att.words if att else None
    title = None
    if entity is not None and words is not None:
        title = words.title or entity.title
    confidence = 0.0
    if att is not None:
        confidence = CONFIDENCE[att.rule] * (1.0 if words and words.kind == "name" else 0.9)
        if entity is None:
            confidence = 0.3
    elif kind in ("title", "term"):
        confidence = 0.7
    speaker = entity.name if entity is not None else None
    nested = tuple(n for q in group for n in _nested_quotes(doc, resolver, q, speaker))
    return Quote(
        text=text,
        spans=spans,
        speaker=speaker,
        speaker_mention=Mention(doc.text[words.start : words.end], words.start, words.end) if words else None,
        speaker_title=title,
        cue=att.cue if att else None,
        kind=kind,
        confidence=round(confidence, 2),
        paragraph=group[0].paragraph,
        nested=nested,
    )


def _nested_quotes(doc: Document, resolver: Resolver, q: Found, speaker: str | None) -> Iterator[Quote]:
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
