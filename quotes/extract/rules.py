"""Candidate speakers: the rules that find, per quote, the words naming its speaker.

Each rule is an object with a ``name``, the ``confidence`` of what it finds and one
method, ``find``; :data:`RULES` lists them once, in the order they are tried, and the
first that finds an attribution wins. The rules of a quote's own (:class:`OwnRule`)
read the reporter's words around it; a quote none of them gives a speaker to, and
whose sentence does not go on to a speech verb of its own (``"..." to drive up the
price, she said``, see :func:`said_after`), borrows one (:class:`BorrowingRule`).
What they find is an :class:`~quotes.extract.words.Attribution`: the speaker's words
(a name, a pronoun or a noun phrase such as "the Kremlin spokesman"), the cue verb and
the rule's name; :mod:`quotes.extract.resolve` turns the words into a speaker.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from quotes.extract.entities import Token
from quotes.extract.kind import decide
from quotes.extract.lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CARRIER_NOUNS,
    CARRIER_PREPOSITIONS,
    CLAUSE_BREAKS,
    CLAUSE_STARTS,
    CONJUNCTIONS,
    COPULAS,
    CUE_FORMS,
    DEADLINE_NOUNS,
    DETERMINERS,
    DISPLAY_CUES,
    DISPLAY_NOUNS,
    FINDING_VERBS,
    HOLIDAYS,
    HONORIFICS,
    INVERTED_CUES,
    INVERTING_CUES,
    NON_FINAL_ABBREVIATIONS,
    NOT_NAMES,
    NP_STOP,
    OBJECT_PRONOUNS,
    OWNED_WORDS,
    PASSIVE_AUXILIARIES,
    PERCEIVING_PARTICIPLES,
    PERSON_OBJECTS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    PHRASAL_PAST,
    PLACING,
    PLEDGE_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLISHING_VERBS,
    QUOTE_NOUNS,
    RELATIVE_PRONOUNS,
    ROLES,
    SENTENCE_ADVERBS,
    SPEECH_NOUNS,
    SPOKEN_SOURCES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THIRD_PERSON_POSSESSIVES,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    UNMARKED_PLURALS,
    WEAK_CUES,
    WRITTEN_SOURCES,
)
from quotes.extract.marks import TURN_TAG, Found, Paragraph
from quotes.extract.phrases import owned_noun
from quotes.extract.subjects import Subjects, lone_name
from quotes.extract.words import (
    Attribution,
    Word,
    Words,
    alternation,
    names_antecedent,
    role_head,
    state_adjective,
    strip_possessive,
)

_SIGNATURE = re.compile(r"\s*[―—–]\s*([A-Z][^,;:!?()\n]{1,60}?)[.\s]*$")
# A line that signs the quote paragraph above it: "— Lena Marsh, The Daily Ledger", "- Clinton."
_SIGNATURE_LINE = re.compile(r"\s*[―—–-]{1,2}\s*([A-Z][^,;:!?()\n]{1,60}?)(?:\s*,\s*[^\n]{1,80}?)?[.\s]*$")
_HEADED = re.compile(
    r"\s[-–—]\s*(?:More from\s+|From\s+)?([A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,6})\s*:$"
)
# "Here's Clinton in December 1992:": a name presented, with a colon before the quote
_PRESENTED = re.compile(r"(?:Here[’']s|Here is|Here are)\s+(?=[A-Z])")
# "Rep. Ada Holm (R-S.C.):" a party tag between the name and its colon
_TAG_COLON = re.compile(r"\s*\([^()]{1,12}\)\s*:$")
_ORIGIN = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,.]")
# "Transcript as follows:", "Her statement reads as follows:": what follows is what it names
_AS_FOLLOWS = re.compile(r"\s+(?:(?:is|are|was|were|reads|read|goes|went|runs|ran)\s+)?as\s+follows\s*:$")
_TO_WHOM = re.compile(r"\bto (" + alternation(PERSON_OBJECTS) + r")\s*,\s*$")
_LEAD = re.compile(r"[\s,—–-]*")
# a clause that follows a speech verb as its object: "argued that ...", "said he was ..."
# (the subject pronouns but "it": "as the memo put it bluntly"; not a demonstrative "that"
# before a time that no verb follows: "as Tom Berg said that night on the radio")
_DEMONSTRATIVE_TIMES = "day night morning afternoon evening week weekend month year time season".split()
_OWN_CLAUSE_AFTER = re.compile(
    r"\s+(?:that(?!\s+(?:"
    + "|".join(_DEMONSTRATIVE_TIMES)
    + r")(?:\s*[,.;:)]|\s+(?:"
    + "|".join(sorted(PREPOSITIONS))
    + r")\b))|"
    + "|".join(sorted("I" if p == "i" else p for p in SUBJECT_PRONOUNS - {"it"}))
    + r")\s"
)
# subordinators that are prepositions of time too: "since March", "until Tuesday"
_TIME_SUBORDINATORS = frozenset({"since", "until", "till", "before", "after"})
# subordinators that open a clause before the main one ("After", "When"; not "As ... put it")
_OPENING_SUBORDINATORS = frozenset(SUBORDINATORS - {"as", "where"})
# The first word of a phrase or clause that opens a sentence before its subject.
_PHRASE_OPENERS = frozenset(PREPOSITIONS | _OPENING_SUBORDINATORS)
_DISPLAY_VERB = re.compile(rf"\b({'|'.join(sorted(DISPLAY_CUES, key=len, reverse=True))})\s*[,:]?\s*$")
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
# "in the words of a senior adviser, '...'": the same attribution as "according to", said as
# the quote's own words
_BARE_SOURCE_WORDS = 5  # "senior administration officials", "multiple intelligence sources"
# Adjectives that open what a bare source knows: "people familiar with", "officials close to"
_SOURCE_COMPLEMENTS = frozenset("familiar close knowledgeable aware briefed involved".split())
_BY_AUTHOR = re.compile(r"\s+(?:by|from)\s+")
# Nouns after "according to" that are a way, not a source: "went according to plan"
_NO_SOURCES = frozenset("plan plans schedule script tradition custom form design".split())
_IN_THE_WORDS_OF = re.compile(r"\bin the (?:words|phrase) of\s+", re.I)
# Words that end a display noun's modifiers going back: 'held up signs', 'wore a hat'
_NOT_MODIFIERS = frozenset(
    PREPOSITIONS
    | CLAUSE_STARTS
    | PRONOUNS.keys()
    | {"up", "out", "off", "down", "wore", "held", "carried", "waved"}
)
_LEAD_ADVERB = re.compile(r"\s+[a-z]+ly$")
# the possessive pronouns of a person and the sex each names ("his" m, "her" f)
_OWNER_SEX = {w: PRONOUNS[OBJECT_PRONOUNS[w]] for w in ("his", "her")}
# A person a name after a dash may stand for: "his rival - Ada Holm:"
_NAMED_PERSONS = frozenset(PERSON_ROLES | {"rival", "opponent", "foe", "enemy", "successor", "predecessor"})
_DASH_BEFORE = re.compile(r"\s[-–—]+\s*(?:More from\s+|From\s+)?$")
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s")
# A preposition of means or time right before a participle: "by saying", "before adding",
# "without saying" (not the idiom "it goes without saying that ...", whose "it" says nothing)
_MEANS_OR_TIME = re.compile(r"\b(?:by|in|before|after|upon|while|when|(?<!goes )(?<!go )(?<!went )without)$")
# "In an address", "During his testimony to the panel": an opening phrase about someone's words
_SPEECH_FRAME = re.compile(
    r"(?:In|During)\s+(?:a|an|the|" + alternation(THIRD_PERSON_POSSESSIVES) + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|address|interview|statement|letter|op-ed|memo|remarks|essay|column|testimony|"
    r"news conference|press conference)\b"
)
# the relative pronouns that open a clause about a person ("who", "whose")
_PERSON_RELATIVES = RELATIVE_PRONOUNS - {"which", "whom"}
_WHO_CLAUSE = re.compile(rf"\s*,\s*(?:{'|'.join(sorted(_PERSON_RELATIVES))})\s")
# A relative clause set in commas or dashes ("the plan, which Ada Holm announced, ...") and
# the comma or dash that may close it
_RELATIVE_ASIDE = re.compile(rf"([,—–]|\s-)\s*({'|'.join(sorted(RELATIVE_PRONOUNS))})\b")
# A dash that opens or closes an aside: a spaced hyphen, an en dash or an em dash; not one
# between two numbers, a range ("the 2019–20 season", "pages 10 - 12"), which has a digit
# on both sides (past a space at most)
_DASH = r"(?<!\d)(?<!\d\s)(?:\s-\s|—|–)|(?:\s-\s|—|–)(?!\s?\d)"
_ASIDE_CLOSE = re.compile(rf",|{_DASH}")
# The auxiliaries and modals that take up a main clause after such a clause
_MAIN_VERBS = AUXILIARIES - {"do"}
# (set differences and unions asked inside a test are built anew at each word: built once here)
_SUBORDINATORS_BUT_AS = frozenset(SUBORDINATORS - {"as"})
# The full stop of an honorific, a title or an initial inside a name ("Mr. Hedge", "Sen. J.D.
# Vance", "the Rev. Al Sharpton", "King Jr."): an abbreviation whose dot ends no sentence (as
# the sentence splitter has it), or a single capital; not any short word ("Iowa.", "Ada.")
_ABBREVIATION_DOT = (
    r"(?:(?<=\b[A-Z])"
    + "".join(f"|(?<=\\b{re.escape(a.capitalize())})" for a in sorted(NON_FINAL_ABBREVIATIONS))
    + r")\."
)
# Verbs whose object the quote names, what :data:`_WHAT_VERB` and :class:`Agent` read: "what
# Holm called \"a disaster\"", "was dubbed \"the Iron Lady\" by"; those of the second kind
# only with "as" ("what it describes as \"...\"", "was characterized as \"...\" by").
_NAMING_VERBS = "calls called call terms termed dubs dubbed labels labeled labelled brands branded".split()
_NAMING_AS_VERBS = [
    *"describes described characterizes characterized characterises characterised".split(),
    "refers to",
    "referred to",
    *"sees saw views viewed".split(),
]


def _alternatives(forms: list[str]) -> str:
    """A regex alternation of ``forms``, any whitespace between the words of one."""
    return "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)


# "what Sroka called a", "what it calls", "what the writers described as", "what Bay Buchanan,
# the campaign's treasurer, has called": a free relative whose verb names the quoted words; its
# subject (the words between "what" and the verb) said them, also before another's possessive
# ("what opponents call his \"scorched earth\" policy": the opponents' label of his policy).
# Not "what is called", "what's known as": nobody says them there.
_WHAT_VERB = re.compile(
    r"\bwhat\s+(?P<who>(?!(?:is|was|are|were|has|had|have|some|many|one)\b)"
    rf"(?:[^.;:!?()]|{_ABBREVIATION_DOT}){{1,100}}?)"
    r"\s+(?:(?:has|have|had|once|long|later|then|now|also|often|still|\w+ly)\s+){0,2}"
    rf"(?P<verb>{_alternatives(_NAMING_VERBS)}|(?:{_alternatives(_NAMING_AS_VERBS)})\s+as)"
    r"(?:\s+(?:a|an|the|his|her|its|their))?\s*$"
)


# the last word before a quote, a verb in lower case, and its comma or colon: 'Berg asked, "'
_INTRODUCING_VERB = re.compile(r"\b([a-z]+)\s*[,:]\s*$")
# or its object, then a colon: 'Tom Berg asked Ada Holm: "Will it pass?" She said no.'
_INTRODUCING_VERB_OBJECT = re.compile(r"\b([a-z]+)(?:\s+(?:the\s+)?[A-Z][\w.'’-]*){1,3}\s*:\s*$")
# What follows a cue verb that has words of its own, not the quote before it: '... He replied
# to him that ...', '... He answered, "..."' (the next quote; the masked text is blank to it)
_OWN_WORDS = re.compile(r"\s*(?:(?:back|to\s+\w+)\s+)?(?:that\b|[,:]?\s*$)")
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "its", "their", "my", "our"})
# A word that may stand between a quote and its agent's "by": "was uttered once, by"
_TIME_OR_ADVERB = frozenset(TIME_WORDS | ADVERBS)
# What may stand between a passive speech verb and its quote: "described as a", "labeled the"
_PARTICIPLE_TAIL = frozenset({"as", "a", "an", "the"})
_AS_COMPLEMENT = re.compile(r"\s+as\s")  # "described the governor as weak"
# verbs before a participle that make it no progressive of their subject's: "had answering"
_NOT_PROGRESSIVE = frozenset({"had", "has", "have", "having"})


class Rule(ABC):
    """A rule: its ``name`` (what :attr:`Attribution.rule` says) and the ``confidence`` of
    the attributions it finds."""

    name: ClassVar[str]
    confidence: ClassVar[float]

    @property
    def description(self) -> str:
        """What the rule reads, on one line (its docstring)."""
        return " ".join((self.__doc__ or "").split())


class OwnRule(Rule):
    """A rule that reads a quote's attribution from the reporter's words around it."""

    @abstractmethod
    def find(self, read: Subjects, q: Found) -> Attribution | None:
        """The attribution of ``q`` this rule reads, or None."""


@dataclass(frozen=True)
class Quotes:
    """What a borrowing rule sees: the article's quotes, the attribution each found by
    the rules of its own (``own``), and those settled for the quotes before it (``settled``)."""

    found: Sequence[Found]
    own: Sequence[Attribution | None]
    settled: Sequence[Attribution | None]


@dataclass(frozen=True)
class Borrowed:
    """A borrowed attribution, and the quote whose speaker it is (None: resolve its words)."""

    attribution: Attribution
    source: int | None


class BorrowingRule(Rule):
    """A rule for a quote with no attribution of its own, and no speech verb later in its
    sentence: it takes the speaker of another quote or of the prose before it."""

    @abstractmethod
    def find(self, read: Subjects, quotes: Quotes, i: int) -> Borrowed | None:
        """The attribution quote ``i`` borrows, or None."""


class Transcript(OwnRule):
    """A turn of a transcript in quotes, ``"PENCE: Well, look, ...``: the tag names the speaker."""

    name = "transcript"
    confidence = 0.9

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        s, e = q.spans[0]
        tag = TURN_TAG.match(read.doc.text, s, e)
        if tag is None:
            return None
        tokens = [
            Token(m.start(), m.end(), m.group().title(), False)
            for m in re.finditer(r"[^\s]+", read.doc.text[tag.start(1) : tag.end(1)])
        ]
        titles, name = read.entities.split_title(tokens)  # "SEN. ADA HOLM": Ada Holm
        if not name:
            return None
        base = tag.start(1)
        words = Words(
            base + name[0].start,
            base + name[-1].end,
            " ".join(t.text for t in name),
            "name",
            " ".join(titles) or None,
        )
        return Attribution(words, None, self.name)


class After(OwnRule):
    """The attribution that follows the quote: ``"...," said Peskov``, ``"...," he added``,
    ``"...," Dmitriev, the fund's CEO, told ...``, or closes its sentence: ``... "steals $20s"
    ..., Warren said.``"""

    name = "after"
    confidence = 0.95

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        if _owned_quote(read, q) is not None:
            return None  # 'Holm's "I will not resign" statement came ...': the owner's (Owner)
        att = self._find(read, q)
        if att is not None and _introduced(read, q) and att.words.start >= q.outer[-1][1]:
            # 'When Tom Berg asked, "Would you run?" Ada Holm laughed.': a speech verb and its
            # comma or colon right before the quote introduce it; a sentence after it that
            # the quote closed is another's
            return None
        if att is not None and (att.cue or "").lower() not in CUE_FORMS and _perceived_in_opening(read, q):
            # 'Watching "Meet the Press," Ada Holm laughed.': the quote is what the opening
            # phrase's subject watched or heard, not words the verb after it reports (a speech
            # verb reports them: 'Reading "has never been safer," Mayor Ann Bell said')
            return None
        if att is not None and _introduces_next(read, q, att):
            # 'Ada Holm wrote to Tom Berg, "Why now?" Tom Berg then writes back, "..."': the
            # words after the quote introduce the next one, and this one has its own speaker
            return None
        if att is not None and _coordinated_after(read, q, att):
            # 'the Guild wrote that the freeze would "hurt schools," and its president, Ada
            # Holm, said': a clause of its own after "and", whose speaker says something else;
            # the quote is the verb's before it (Before reads it)
            return None
        if att is not None and _in_leading_clause(read, q, att):
            # 'After Scalia said that ... do better at "less advanced schools," Trump said:
            # "..."': the quote is in the clause that opens the sentence, and the speaker after
            # it is the main clause's; the clause's own verb tells whose the quote is
            return None
        return att

    def _find(self, read: Subjects, q: Found) -> Attribution | None:
        close = q.outer[-1][1]
        open_mark = q.outer[0][0]
        if _what_called(read, read.doc.sentence_at(open_mark).start, open_mark) is not None:
            return None  # 'under what Mr. Hedge called "the old model," the club charged': his words
        # The paragraph, not the sentence: '“...?” Trump said' splits after the question mark.
        hi = read.doc.paragraph_at(max(close - 1, 0)).end
        nxt = read.next_quote_start(q, hi)
        hi = min(hi, nxt)
        lead = _LEAD.match(read.m, close, hi)
        pos = lead.end() if lead else close
        words = read.words(pos, min(hi, pos + 400))  # the attribution is near, if anywhere
        if not words:
            return None
        if len(words) > 1 and words[0].text.lower() in DETERMINERS and words[1].text.lower() in QUOTE_NOUNS:
            return None  # '"...," a phrase residents repeated': words about the quote, no attribution
        signed = _SIGNATURE.match(read.m, close, hi)
        if signed:
            # A letter or vox-pop signed after the quote: '“...” ― Carla Sanchez.'
            name = read.name_only(signed.start(1), signed.end(1))
            if name is not None:
                return Attribution(name, None, self.name)
        w0 = words[0].text
        if w0.lower() in CUE_FORMS and w0.islower() and not w0.endswith("ing"):
            # (a participle never inverts: '"...," describing the team as' has no subject after it)
            # "referencing the large number", "described the impact": the verb's object
            who = read.subject_following(words[0].end, hi, cue_slot=w0 in INVERTING_CUES)
            inverts = w0 in INVERTING_CUES
            if who is not None and (inverts or _AS_COMPLEMENT.match(read.m, who.end) is None):
                # (not '"racially toxic," portrayed his party's nominee as ...': the verb's
                # object and its complement; the sentence's subject before the quote said it.
                # '"...," said board President Alan Tsai as the meeting opened' inverts)
                return Attribution(who, w0.lower(), self.name)
        unlisted = _unlisted_verb(read, q, words)
        if unlisted is not None:
            return unlisted
        last = _last_span(read, q)
        asked = last.endswith(("?", "!")) and w0[:1].isupper()
        # '"... long run!" Her reply was ...': a capitalised determiner opens a new sentence
        ended = last.endswith(".") or (asked and w0.lower() in DETERMINERS)
        # '"...?" He answered, "..."': a capitalised pronoun too, when its verb has words of its own
        asked = asked and w0.lower() in SUBJECT_PRONOUNS and w0 != "I"
        bare = ended and _opens_its_sentence(read, open_mark) and _bare_attribution(read, pos, words)
        for i, (s, e, w) in enumerate(words[:45]):  # (a long appositive: 40 words before "said")
            if ended and read.doc.sentence_at(s).start >= pos and not bare:
                break  # '“... meltdown.” She says ...' starts a new sentence and a new statement
            put_it = w in {"put", "puts"} and i + 1 < len(words) and words[i + 1].text == "it"
            # "he points out": the verb's present, before its particle only ("points" is a noun too)
            put_it = put_it or (
                w in {"point", "points"} and i + 1 < len(words) and words[i + 1].text == "out"
            )
            cue = (
                w in CUE_FORMS
                and not state_adjective(words, i)
                and not owned_noun(words, i)
                and not (w == CUE_FORMS[w] and read.after_determined_name(words, i))
                # '"..." who has won twice in the state, the board writes': a noun after an
                # article or a possessive ("the state", "his reports"), no verb
                and not (i > 0 and words[i - 1].text.lower() in _NOUN_DETERMINERS)
                # 'the "kind of problems" Sanders had answering questions': a participle after
                # a verb that is no auxiliary of it is no verb of the name's
                and not (w.endswith("ing") and i > 1 and words[i - 1].text in _NOT_PROGRESSIVE)
            )
            if (put_it or cue) and i > 0:
                if asked and _OWN_WORDS.match(read.m, e, hi):
                    break
                if w.endswith("ing") and words[0].text.lower() == "without":
                    break  # 'said she "cannot leave" without neighbours asking her': nobody says it
                who = read.subject_ending(pos, s)
                # '"...," the neighbours were told.': a passive's subject is no speaker
                before_verb = read.m[max(pos, s - 8) : s].split()[-1:]
                passive = bool(before_verb) and before_verb[0].lower() in PASSIVE_AUXILIARIES
                if (
                    w in INVERTING_CUES
                    and read.m[pos:s].rstrip().endswith(",")
                    and (who is None or who.start > pos)
                    and not read.only_title(pos, s)
                ):
                    # '"..." that Sanders can catch Clinton, said Steve Elmendorf.': after a
                    # comma the verb comes first, its subject after it; the words before the
                    # comma finish the quoted sentence (not '"...," Rhodes, an adviser, said')
                    inverted = read.subject_following(e, hi)
                    if inverted is not None and inverted.kind != "pronoun":
                        # (not the subject of the verb's own clause: '"...," while the mayor,
                        # Jim Vale, said he was "pleased"' is no inverted "said he")
                        return Attribution(inverted, w.lower(), self.name)
                by = i + 1 < len(words) and words[i + 1].text == "by"
                if who is None and i <= 7 and read.m[e:nxt].strip() and not by:
                    # '"...," the investor said': any noun phrase right between the quote and
                    # its verb; not 'a gnome called "Big Len"', a verb that quotes a name, nor
                    # '"...," a biography written by ...'
                    who = read.subject_ending(pos, s, cue_slot=True)
                    who = who if who is not None and who.start == pos else None
                if who is None and i == 1 and lone_name(words[0].text) and not by:
                    # '"...," From said.': one capitalised word between the quote and its verb
                    # is a name, even a word that is common elsewhere (From, Will, Cuban)
                    w0_ = words[0]
                    who = Words(w0_.start, w0_.end, strip_possessive(w0_.text), "name")
                if who is not None and read.m[who.start : who.end].lower() in {"who", "which"}:
                    # '"...," and Sanders, who says it's ...': a relative clause after the quote
                    # attributes the words that follow it, not these
                    who = None
                between = read.m[pos : who.start].split() if who is not None else []
                as_said = who is not None and [x.lower() for x in between[:1]] == ["as"]
                as_said = as_said and who is not None and read.only_title(pos + 3, who.start)
                # ... and no clause of its own follows its verb ("as the memo put it", "as Vale
                # said on Monday"), not '"...," as his rival, Ed Vale, argued that the race was
                # open': a statement of the rival's own, beside the quote
                as_said = as_said and _OWN_CLAUSE_AFTER.match(read.m, e) is None
                # ('"kind of riding the fence" until Haley said ...': a subordinate clause after
                # the quote has its own speaker, not the quote's)
                subordinate = words[0].text.lower() in _SUBORDINATORS_BUT_AS
                # (not a time phrase: '"in the queue" since March, she says')
                timed = (
                    len(words) > 1
                    and words[0].text.lower() in _TIME_SUBORDINATORS
                    and (words[1].text.lower() in TIME_WORDS or words[1].text.isdigit())
                )
                if subordinate and not timed:
                    break
                if (
                    who is not None
                    and who.start >= pos
                    and not passive
                    and (read.only_title(pos, who.start) or as_said)
                ):
                    # '"...," as a Homeland Security memo put it' too
                    return Attribution(who, w.lower(), self.name)
                named_at = who.start if who is not None else pos
                comma = read.m.rfind(",", pos, named_at if who is not None else s)
                if who is None and comma >= 0 and not by and not passive:
                    # '"..." of the case, the unsigned opinion said.': the words between the
                    # sentence's last comma and its closing verb are that verb's subject, whatever
                    # their head (a cue slot, as right after a quote)
                    slot = read.subject_ending(comma + 1, s, cue_slot=True)
                    if slot is not None and not read.m[comma + 1 : slot.start].strip():
                        who, named_at = slot, slot.start
                titled = who is not None and who.kind == "name" and who.title is not None
                # (an honorific the name does not keep: "..., Mr. Oppenheim noted.")
                honorific = (
                    comma >= 0  # (never the words from the article's start: read once per quote)
                    and who is not None
                    and who.kind == "name"
                    and all(
                        w.text.lower() in HONORIFICS or w.text.lower() in TITLE_ABBREVIATIONS
                        for w in read.words(comma + 1, named_at)
                    )
                )
                if (titled or honorific) and comma >= 0 and read.only_title(comma + 1, named_at):
                    named_at = comma + 1  # "..., DFA spokesman Neil Sroka said.": the title too
                if (
                    who is not None
                    and who.start >= pos
                    and not passive
                    and read.closes_sentence(pos, named_at, e)
                ):
                    # 'A cashier who "steals $20" is held accountable, Warren said.'
                    return Attribution(who, w.lower(), self.name)
                break
            if ";" in read.m[pos:s] or read.quote_between(pos, s) or read.doc.sentence_at(s).start > pos:
                break
        return None


class Signature(OwnRule):
    """A quote that closes its paragraph, signed by the next paragraph alone: a round-up's
    ``"..."`` then ``— Lena Marsh, The Daily Ledger``."""

    name = "signature"
    confidence = 0.85

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        para = read.doc.paragraphs[q.last_paragraph]
        if (
            not read.opens_paragraph(q)  # a quote paragraph, not a sentence quoting a phrase
            or read.m[q.outer[-1][1] : para.end].strip()
            or q.last_paragraph + 1 >= len(read.doc.paragraphs)
        ):
            return None
        nxt = read.doc.paragraphs[q.last_paragraph + 1]
        signed = _SIGNATURE_LINE.match(read.m, nxt.start, nxt.end)
        if signed is None:
            return None
        name = read.name_only(signed.start(1), signed.end(1))
        return Attribution(name, None, self.name) if name is not None else None


class Display(OwnRule):
    """What shows the words is their source: 'One held a sign reading "..."', 'a chalk
    message that read "..."', 'wore a hat saying "..."' (the sign, not who holds it, as the
    unseen corpora's gold and most of PolNeAR's have it)."""

    name = "display"
    confidence = 0.85

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        # the verb right before the quote, read off the text (no cue list to build per quote)
        verb = _DISPLAY_VERB.search(read.m, max(sent.start, open_mark - 12), open_mark)
        if verb is None:
            return None
        if _ACCORDING.search(read.m, sent.start, sent.end):
            return None  # 'According to The Federalist, ... shirts that read "..."': the report's
        shown = _displayed_by(read, sent.start, verb.start(1), verb.group(1), open_mark)
        return Attribution(shown, verb.group(1), self.name) if shown is not None else None


BEFORE_NAME = "before"


# The auxiliaries that leave a phrase the subject of the speech verb after them, active: "The
# inquiry has concluded that" (a perfect tense)
_PERFECT = frozenset({"has", "have", "had"})
# What never stands between a speaker and its verb: a be-form makes it a passive ("The jury was
# told that": the jury hears, not speaks), a negation or a modal says nothing was said ("The
# report did not say", "The inquiry will conclude")
_NOT_SPOKEN_BETWEEN = frozenset({"not", "never", "been", "being"}) | (AUXILIARIES - _PERFECT)


def _adjoins(read: Subjects, end: int, s: int) -> bool:
    """Whether nothing but up to two words, "has"/"have"/"had" or adverbs (no punctuation: an
    aside), stands between a subject ending at ``end`` and its verb at ``s``."""
    between = read.m[end:s].split()
    return len(between) <= 2 and all(
        x.isalpha()
        and x.islower()
        and (x in _PERFECT or x in ADVERBS or x.endswith("ly"))
        and x not in _NOT_SPOKEN_BETWEEN
        for x in between
    )


class Before(OwnRule):
    """The nearest cue verb before the quote in its sentence, and that verb's subject:
    ``Peskov said: "..."``, ``Dmitriev ... told Politico that ... "..."``, ``X said A, but added
    that the "..."``; a colon after a speech noun (``a new campaign message: "..."``)."""

    name = BEFORE_NAME
    confidence = 0.9

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        if _owned_quote(read, q) is not None:
            return None  # 'Critics mocked Holm's "I will not resign" statement': the owner's (Owner)
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        opening = read.words(sent.start, min(open_mark, sent.start + 40))[:1]
        if opening and opening[0].text in INVERTED_CUES:
            # "Said Ellis: '...'": the inverted order, at the head of the sentence
            who = read.subject_following(opening[0].end, open_mark)
            if who is not None:
                return Attribution(who, opening[0].text.lower(), self.name)
        what = _what_called(read, sent.start, open_mark)
        if what is not None:
            return what
        headed = _headed_name(read, sent.start, open_mark)
        if (
            headed is not None
            and not _head_speaker(read, sent.start, headed.start)
            and not _person_before_dash(read, sent.start, headed.start)
        ):
            # 'Pollsters agree - Carl Bialik: "..."': the round-up's source, right before its
            # colon, not the head's own verb, which names nobody who could say it
            return Attribution(headed, None, self.name)
        framed = _SPEECH_FRAME.match(read.m, sent.start)
        comma = read.m.find(",", sent.start, sent.end)
        if q.outer[0][0] < comma < q.outer[-1][1] or (
            comma < 0 and read.doc.text.endswith(",", 0, q.spans[-1][1])
        ):
            comma = q.outer[-1][1] - 1  # 'about the "missing funds," Dana Kirk': the quote's own comma
        if framed is not None and comma >= q.outer[-1][1] - 1:
            # 'In an address that spoke to the "frustration" of voters, Mrs. Clinton struck ...':
            # the quote is in an opening phrase about the words of the main clause's subject
            main = read.words(comma + 1, sent.end)
            k = next((i for i, x in enumerate(main) if not x.text[:1].isupper()), len(main))
            who = read.name_only(main[0].start, main[k - 1].end) if 0 < k < len(main) else None
            if who is not None and main[k].text not in PREPOSITIONS and who.end == main[k - 1].end:
                return Attribution(who, None, self.name)
        cues = read.cues(sent.start, open_mark)
        fallback: Attribution | None = None
        for s, _, w in reversed(cues):
            lemma = CUE_FORMS.get(w.lower(), "put")
            if lemma in WEAK_CUES and len(read.words(s, open_mark)) > 12:
                continue
            opener = read.m[sent.start : s].split()
            if _AND_THAT.search(read.m, s + len(w), open_mark) and any(
                c < s and "that" in read.m[c:s].split() for c, _, _ in cues
            ):
                # "The agency said that it posts closures online, and that residents '...'": the
                # second "that" clause is the earlier verb's, as the first is, not the nearer verb's
                continue
            if _in_opening_clause(read, sent.start, s, open_mark):
                # "After Kirk criticized him, Moss shot back: '...'": the verb is the opening
                # clause's; the quote belongs to the main clause and its subject
                who = read.main_subject(sent.start, open_mark)
                nxt = read.words(who.end, open_mark)[:1] if who is not None else []
                if (
                    who is not None
                    and nxt
                    and nxt[0].text.islower()  # its verb, not "Queens, the enclave"
                    and nxt[0].text not in PREPOSITIONS
                    and not read.m[who.end : nxt[0].start].strip()
                ):
                    return Attribution(who, None, self.name)
                break
            if w.endswith("ing") and len(opener) <= 2 and all(x.lower() in CLAUSE_STARTS for x in opener):
                # "After saying her foot was '...', she was taken ...": the main clause's subject
                who = read.main_subject(q.spans[-1][0], sent.end)
                if who is not None:
                    return Attribution(who, w.lower(), self.name)
            lead_in = _before_cue(read, s)
            linked = re.search(r",\s*(?:before|after|while|when)$", lead_in)
            if w.endswith("ing") and linked:
                # '"...," said Calloway, before adding: "..."': the quote before it in the
                # sentence, and its attribution, are the same speaker's
                earlier = read.doc.quotes_within(sent.start, s)
                att = AFTER.find(read, earlier[-1]) if earlier else None
                if att is not None:
                    return Attribution(att.words, w.lower(), self.name)
            # 'needled the CNN "reporter," saying': the comma inside the quote before it
            after_quote = read.doc.text[max(0, s - 8) : s].rstrip().endswith((',"', ",”", ",''", ",’"))
            if _shares_subject(read, s, w) or (w.endswith("ing") and after_quote):
                # "..., arguing that": the participle shares a subject with the clause before it,
                # the nearest earlier speech verb's ("Peskov said, adding:") or the sentence's.
                who = _participle_subject(read, sent.start, s)
                if who is None and lead_in.endswith(","):
                    # '"...," said Burr, adding that he did not think it "will get there."': the
                    # sentence opens with a quote; the participle is its speaker's
                    earlier = read.doc.quotes_within(sent.start, s)
                    att = AFTER.find(read, earlier[-1]) if earlier else None
                    who = att.words if att is not None and att.words.end <= s else None
                if who is not None and fallback is None:
                    fallback = Attribution(who, w.lower(), self.name)
                continue
            if _in_opening_phrase_quote(read, sent.start, s + len(w), open_mark):
                continue
            if _in_closed_relative(read, sent.start, s, open_mark) or _in_dashed_aside(
                read, sent.start, s, open_mark
            ):
                continue
            if _reduced_passive(read, s, w):
                # "Exxon contended in its letter, written by Ken Cohen, that ...": the participle's
                # noun is what was written, by its agent; the verb before it speaks
                continue
            if fallback is not None and w.endswith("ing") and w.islower():
                # 'The office slammed a lawsuit filed by a fired staffer alleging that ..., calling
                # it "meritless"': a participle with no comma of its own describes the noun before
                # it, inside the clause whose subject the later participle shares
                continue
            aside = _parenthetical_speaker(read, sent.start, s, w, open_mark)
            if aside is not None:
                return Attribution(aside, w.lower(), self.name)
            who = read.subject_ending(sent.start, s)
            if (
                who is not None
                and who.kind != "name"
                and not w.endswith("ing")  # (a participle's own reading follows)
                and _object_of_to(read, sent.start, who)
            ):
                # "Ada Holm's fundraising email to her supporters notes that": a preposition's
                # object is no subject of the verb after it
                return fallback
            if who is not None and _possessed_noun(read, who, s, w):
                # "While Sanders's clarion call for a \"revolution\" draws crowds": "call" is a
                # noun the possessive owns, no verb with a subject; Owner gives the quote to him
                continue
            if who is not None and _passive(read.words(who.end, s), w):
                # "Ada Holm, who was told the plan was \"...\"", "Holm has been told that": a
                # passive speech verb's subject is spoken to or of, and says nothing
                return fallback
            # a participle's nearest noun phrase that _carrier_subject finds is no speaker (a
            # preposition's object: "answered the question on Facebook writing,"): none of
            # the readings below makes it one
            rejected = False
            if who is not None and w.endswith("ing") and w.islower():
                who = _carrier_subject(read, sent.start, who)
                rejected = who is None
            # (", which said" as "that said": the comma sets off the relative clause after a
            # published document, whose publisher speaks all the same)
            elif (
                who is not None and who.kind == "np" and read.m[who.end : s].strip(" ,") in {"that", "which"}
            ):
                who = _published_by(read, sent.start, who)
            if who is None and w.islower() and read.m[sent.start : s].rstrip().endswith(","):
                # "Because of how the schedule fell, explained Rosenberg, "...": an inverted
                # cue after a comma, its subject and a comma or colon before the quote
                after = read.subject_following(s + len(w), open_mark)
                rest = read.m[after.end : open_mark].strip() if after is not None else ""
                if rest in {",", ":"} or re.fullmatch(r",[^,;:]{1,80},", rest):
                    who = after  # (past an aside: ", the city's mayor,")
            # "a snappy retort:": the word is a noun there, unless its subject is plural
            before_cue = read.m[max(0, s - 4) : s].rstrip()
            # (an infinitive is a verb: "The email went on to say,")
            verb = w.lower() != CUE_FORMS.get(w.lower()) or before_cue.endswith(("s", " to"))
            if who is None and verb and not w.endswith("ing"):
                # "A White House official who spoke anonymously said, ...": the phrase a
                # relative clause describes, up to the verb
                who = read.relative_subject(sent.start, s)
            if (
                who is None
                and verb
                and not w.endswith("ing")
                and read.m[sent.start : s].rstrip().endswith(",")
            ):
                # "Marco Rubio, whose hometown, Miami, may be underwater, argues that": a relative
                # clause with commas of its own between the name and its verb
                rel = _WHO_CLAUSE.search(read.m, sent.start, s)
                head = read.name_only(sent.start, rel.start()) if rel is not None else None
                if (
                    head is not None
                    and rel is not None
                    and head.end == rel.start()
                    and read.only_title(sent.start, head.start)
                    and not read.quote_between(sent.start, s)
                ):
                    who = head
            if who is None and verb and not rejected and read.m[s + len(w) : open_mark].strip() in {",", ":"}:
                # 'Another commenter said, "..."': the verb introduces the quote, so any noun
                # phrase right before it is the speaker
                who = read.subject_ending(sent.start, s, cue_slot=True)
            elif who is None and verb and not w.endswith("ing"):
                # "The radioman pointed out that ...": a noun phrase with any head that opens
                # the sentence right before its speech verb is that verb's subject
                phrase = read.subject_ending(sent.start, s, cue_slot=True)
                lead_words = read.words(sent.start, phrase.start) if phrase is not None else []
                # past the sentence's opening, only a verb that takes the quote as its object
                # ("when many viewers called him '...'", "the crowd chanted '...'")
                taken = read.m[s + len(w) : open_mark].strip() in {"", "him", "her", "them", "it"}
                opens = not lead_words or (taken and _opens_clause(lead_words))
                if phrase is not None and _adjoins(read, phrase.end, s) and opens:
                    who = phrase
            if who is not None:
                return Attribution(who, w.lower(), self.name)
            if read.governed_subject(sent.start, s):
                # 'a nurse at the clinic under Tom Berg said': the verb's subject is the phrase,
                # unread; no earlier verb's subject nor the sentence's says what it says
                return fallback
            if _relative_verb(read, sent.start, s) and _INTRODUCES.fullmatch(read.m, s + len(w), open_mark):
                # 'Tom Berg says to Ada Holm on camera, who responds: "..."': the verb of an open
                # relative clause whose antecedent was not read; no earlier verb nor the
                # sentence's subject says what that clause's subject does
                return fallback
        lead = read.m[sent.start : open_mark].rstrip()
        to_whom = _TO_WHOM.search(read.m, max(sent.start, open_mark - 25), open_mark)
        if fallback is None and to_whom:
            # "because to her, '...'": the quote is how it seems to her
            pron = Words(to_whom.start(1), to_whom.end(1), to_whom.group(1), "pronoun")
            return Attribution(pron, None, self.name)
        if fallback is None and lead.endswith(":"):
            if headed is not None and not _person_before_dash(read, sent.start, headed.start):
                # a round-up's item after a head with a speaker of its own: "Tom Berg
                # weighed in on the race - Carl Bialik:" (not "about his rival - Ada Holm:")
                return Attribution(headed, None, self.name)
            who = read.noun_colon(sent.start, open_mark) or read.subject_verb_colon(sent.start, open_mark)
            # (a quoted title in the subject's aside is no quote the colon follows: 'Ada Holm, host
            # of the show "Open Doors," listed a film as her guilty pleasure: "..."')
            subject = read.sentence_subject(sent.start) if who is None else None
            quoted_from = read.past_aside(subject.end) if subject is not None else sent.start
            if who is None and not read.quote_between(quoted_from, open_mark):
                # "Perez lobbies for a higher minimum wage:", "a familiar voice celebrated the
                # attacks on Twitter:": the sentence's subject introduces what follows the colon
                colon = sent.start + len(lead) - 1
                tagged = _TAG_COLON.search(lead)
                if tagged is not None:
                    colon = sent.start + tagged.start()
                presented = _PRESENTED.match(read.m, sent.start, colon)
                if presented is not None:
                    # "Here's Clinton in December 1992:": her name, then anything but a verb
                    run = read.words(presented.end(), colon)
                    k = next((i for i, x in enumerate(run) if not x.text[:1].isupper()), len(run))
                    named = read.name_only(run[0].start, run[k - 1].end) if k else None
                    if named is not None and (k == len(run) or run[k].text in PREPOSITIONS):
                        return Attribution(named, None, self.name)
                named = read.name_only(sent.start, colon)
                if named is not None and not read.m[named.end : colon].strip():
                    who = named  # a speaker's name and a colon: 'Ada Holm: "We learned that."'
                else:
                    who = read.sentence_subject(sent.start)
                    # the subject, its verb and more before the colon; not 'Key quote:'
                    if who is not None and (
                        who.text.endswith(("'s", "’s")) or len(read.words(who.end, colon)) < 2
                    ):
                        who = None
            if who is not None:
                return Attribution(who, None, self.name)
        if fallback is None and lead.endswith(",") and not read.opens_sentence(q):
            # "Trump issued a statement, "...": a speech noun and a comma introduce it as a colon does
            last = read.words(max(sent.start, open_mark - 60), open_mark)[-2:]
            if (
                len(last) == 2
                and last[1].text.lower() in SPEECH_NOUNS
                and read.m[last[1].end : open_mark].strip() == ","
            ):
                # "in Forbes' words,": the owner of the words; else the clause's subject
                who = read.owner_of(last[0]) or read.noun_colon(sent.start, last[1].end)
                if who is not None:
                    return Attribution(who, None, self.name)
            quoted = read.doc.text[q.spans[0][0] : q.spans[-1][1]]
            ends = not read.m[q.outer[-1][1] : sent.end].strip(" .")
            if (
                ends
                and quoted[:1].isupper()
                and len(quoted.split()) >= 4
                and not read.quote_between(sent.start, open_mark)
            ):
                # 'Clinton shared her worry with donors in the Hamptons, "I do not know which
                # Trump will show up."': a full sentence after a comma closes a sentence whose
                # subject, a name, introduces it as a colon would
                who = read.sentence_subject(sent.start)
                # (past an aside that describes the name: "Jo Brandt, who chairs the panel,
                # shrugged, "...""; "Filippo Okafor, the agency's director, reacted coolly, "..."")
                at = read.past_aside(who.end) if who is not None else 0
                verb_words = read.words(at, open_mark) if who is not None else []
                if (
                    who is not None
                    and _name_then_its_verb(read, who, verb_words, at)
                    # not 'Police found a note in her car, "..."': another's words, come upon
                    and not _found_writing(verb_words)
                    # not 'Trump was asked, "..."': the passive's subject is who was spoken to
                    and not (
                        verb_words[0].text in PASSIVE_AUXILIARIES
                        and any(x.text.endswith("ed") for x in verb_words[1:3])
                    )
                ):
                    return Attribution(who, None, self.name)
        return fallback


class According(OwnRule):
    """``according to Interfax`` anywhere in the quote's sentence, or ``in the words of a
    senior adviser`` before the quote."""

    name = "according"
    confidence = 0.8

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        for m in read.doc.matches(_ACCORDING, sent):
            pos = m.end()
            who = read.subject_following(pos, sent.end) or _bare_source(read, pos, sent.end)
            if who is not None:
                return Attribution(who, "according to", self.name)
        words_of = _IN_THE_WORDS_OF.search(read.m, sent.start, open_mark)
        if words_of is not None and not read.quote_between(words_of.end(), open_mark):
            who = read.subject_following(words_of.end(), open_mark)
            if who is not None:
                return Attribution(who, "in the words of", self.name)
        return None


def _bare_source(read: Subjects, pos: int, hi: int) -> Words | None:
    """The unnamed source of "according to" with no determiner: "according to officials",
    "according to people familiar with the talks", "according to court documents" (the noun
    phrase up to its first function word or punctuation); None for a name, a pronoun or a
    determiner (read by ``subject_following``), or no lower-case noun there."""
    words = read.words(pos, hi)[:_BARE_SOURCE_WORDS]
    end = 0
    for i, w in enumerate(words):
        gap = read.m[words[i - 1].end : w.start] if i else ""
        low = w.text.lower()
        if i and (gap.strip() or read.quote_between(words[i - 1].end, w.start)):
            break
        if low in NP_STOP or low in PRONOUNS or low in DETERMINERS or low in ADVERBS or not w.text.islower():
            break
        if i and low in _SOURCE_COMPLEMENTS:
            break  # "people familiar with the talks": the people
        end = i + 1
    if end == 0:
        return None
    head = words[end - 1].text
    if not head.isalpha() or head.endswith(("ly", "ing", "ed")) or len(head) < 3 or head in _NO_SOURCES:
        return None  # "according to plan": a way, not a source
    by = _BY_AUTHOR.match(read.m, words[end - 1].end)
    if by is not None:
        # "according to calculations by Amy Glasmeier of MIT": whose calculations
        author = read.subject_following(by.end(), hi)
        if author is not None and author.kind == "name" and author.start == by.end():
            return author
    return Words(words[0].start, words[end - 1].end, read.m[words[0].start : words[end - 1].end], "np")


# The first word of a quote that goes on from the noun phrase before it as its predicate
_PREDICATE_OPENERS = frozenset("are is was were have has had will would could should may might".split())
_PREDICATE_STARTS = frozenset(COPULAS | _PREDICATE_OPENERS)  # (built once, not per quote)


# the possessive pronouns that own a speech noun in the reporter's words ("my" and "our"
# are the reporter's own, or a quote's)
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "His", "Her", "Their", "Its"})

# The first word of a phrase of time or place between a speech noun and its "that" ("his
# statement on Wednesday that", "his claim last week that"): the words of lexicon.TIME_OPENERS
# that were tried here first; all of it ("before", "after", "later" ...) fixed one train
# speaker in-sample but cost train CV (0.912 -> 0.911 with the ranker refitted per fold).
_WHEN_OR_WHERE = PLACING | {"last", "earlier", "this"}


def _pledge_noun(word: str) -> str | None:
    """The word that opens what ``word`` (a noun of :data:`PLEDGE_NOUNS`, or its plural)
    pledges or calls for, or None for any other word."""
    low = word.lower()
    return PLEDGE_NOUNS.get(low) or (PLEDGE_NOUNS.get(low[:-1]) if low.endswith("s") else None)


_THAT_COMMA = re.compile(r"(?<=\bthat),\s*$")


class Owner(OwnRule):
    """The owner of a speech noun before the quote: ``Trump's claim that there have been "..."``,
    ``her claim that she "..."`` (a possessive pronoun)."""

    name = "owner"
    confidence = 0.7

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        owned = _owned_quote(read, q)
        if owned is not None:
            return owned
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        words = read.words(sent.start, open_mark)[-14:]
        for i in range(len(words) - 2, -1, -1):
            _, e, w = words[i]
            pronoun = w in _OWNER_PRONOUNS
            if not (pronoun or (w.endswith(("'s", "’s")) and w[:1].isupper())):
                continue
            nouns = [
                j
                for j in range(i + 1, min(i + 4, len(words)))
                if words[j].text.lower() in SPEECH_NOUNS or _pledge_noun(words[j].text) is not None
            ]
            if not nouns:
                continue
            # the quote must be what was claimed ("claim that ..."), not said of it ("statement was")
            between = [x.text.lower() for x in words[nouns[0] + 1 :]]
            opens = _pledge_noun(words[nouns[0]].text)
            # (its opening word and at most two more, "to be", "for an": the quote opens what was
            # pledged; farther in, it is a phrase inside the pledge that may be anyone's words,
            # "her call for a review of what the mayor named \"a scandal\"")
            if opens is not None and between[:1] == [opens] and len(between) <= 3:
                # "his promise to be \"neutral\"", "Holm's call for \"a total ban\"": what was
                # pledged or called for, right after its noun; not after a speech verb, whose
                # subject reports it ("the rally denounced Holm's call for \"...\"")
                if "," in read.m[words[nouns[0]].end : open_mark] or read.cues(sent.start, words[i].start):
                    continue
                between = []
            if between and between[0] in _WHEN_OR_WHERE:
                # "his statement on Wednesday that", "Obama's suggestion at a similarly timed
                # debate that": a phrase of time or place before the "that" of its content
                t = next((j for j, x in enumerate(between[:7]) if x == "that"), None)
                if t is not None and "," not in read.m[words[nouns[0]].end : words[nouns[0] + 1 + t].start]:
                    between = between[t:]
            opening = read.doc.text[q.spans[0][0] : q.spans[0][1]].split()[:1]
            if (
                not between
                and opening
                and (opening[0].lower() in _PREDICATE_STARTS or opening[0] in PREPOSITIONS)
            ):
                # 'saying Holm's comments "are based on opinion"': said of the comments; 'asked
                # the crowd to keep their comments "on the substance"': a phrase in lower case
                # that opens with a preposition says what the words are about (another's words
                # for them), not what they were
                continue
            if (
                between
                and between[0] != "that"
                and (between[0] not in {"of", "about"} or COPULAS & set(between))
            ):
                continue
            if pronoun:
                # 'over her remark that "...": the pronoun, resolved as any speaker's "she" is;
                # not 'paper over his statements about it, promising "..."': words said after
                # (a comma right after "that" and before the quote is the quote's own: 'her
                # comment that, "We're going to ..."')
                lead = _THAT_COMMA.sub("", read.m[words[nouns[0]].end : open_mark])
                if between and (between[0] != "that" or "," in lead):
                    continue
                return Attribution(Words(words[i].start, e, w, "pronoun"), None, self.name)
            k = i
            while k > 0 and words[k - 1].text[:1].isupper():
                k -= 1
            who = read.name_only(words[k].start, e - 2)
            if who is not None:
                return Attribution(who, None, self.name)
        return None


class Colon(OwnRule):
    """A paragraph ending ``Caddell continued:`` introduces the quote opening the next one."""

    name = "colon"
    confidence = 0.85

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        para = q.paragraph
        if para == 0 or not read.opens_paragraph(q):
            return None
        prev = read.doc.paragraphs[para - 1]
        if not read.m[prev.start : prev.end].rstrip().endswith(":"):
            return None
        att = _lead_in(read, prev, self.name)
        sent = read.doc.sentence_at(prev.end - 1)
        colon = read.m.rfind(":", sent.start, prev.end)
        if att is None:
            opening = read.words(sent.start, colon)[:1]
            if opening and opening[0].text in INVERTED_CUES:
                # "Stated Stone:", "Added the senator:": the inverted order, the subject after the verb
                who = read.subject_following(opening[0].end, colon)
                att = Attribution(who, opening[0].text.lower(), self.name) if who is not None else None
        if att is None:
            # "Sanders made the following comment:"
            who = read.noun_colon(sent.start, prev.end)
            att = Attribution(who, None, self.name) if who is not None else None
        if att is None and not read.quote_between(sent.start, colon):
            # "Jared Potts echoed:", "17-year-old Dana Kirk chimed in:": a name, its verb, the colon
            who = read.sentence_subject(sent.start)
            rest = read.words(who.end, colon) if who is not None else []
            if (
                who is not None
                and len(rest) <= 2
                and _name_then_its_verb(read, who, rest)  # not "Wait, it gets better:"
                and read.only_title(sent.start, who.start)  # the name opens the sentence
            ):
                att = Attribution(who, None, self.name)
        follows = _AS_FOLLOWS.search(read.m, sent.start, colon + 1) if att is None else None
        whole = not read.m[q.outer[-1][1] : read.doc.paragraphs[q.last_paragraph].end].strip()
        if follows is not None and whole and not read.quote_between(sent.start, colon):
            # "Transcript as follows:", "The statement reads as follows:": the quote paragraph
            # that follows holds the words of what the sentence names, whatever its head (a
            # cue slot); not 'The results were as follows: "Yes" 52 percent, ...'
            who = read.subject_ending(sent.start, follows.start(), cue_slot=True)
            if who is not None and not read.m[sent.start : who.start].strip():
                att = Attribution(who, None, self.name)
        return att


class Subject(OwnRule):
    """A quote woven into a sentence with no speech verb takes the sentence's subject:
    ``Reid has gone after Trump as a "spoiled brat"``; not one that is only spoken of
    (``has been called a "charlatan" by ...``) or described (``is a "con artist"``). In a
    participle phrase that opens the sentence, the main clause's subject when the participle
    speaks or names (``Calling the plan "a disaster," Holm walked out``); not past a refusal
    (``Refusing to call it "..."``) or another speaker (``Answering critics who called her
    "..."``), nor for a name or title (``Reading "The Long Road,"``). A subordinate clause
    opening the sentence gives none (``When Holm got the "all clear,"``: its verb need not
    speak)."""

    name = "subject"
    confidence = 0.5

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        if not read.embedded(q):
            return None
        open_mark = q.outer[0][0]
        who = read.sentence_subject(open_mark)
        if who is not None and who.end > open_mark:
            # the main clause's subject after the quote: the phrase before shares it only if it
            # opens with a participle that speaks or names
            return Attribution(who, None, self.name) if _opening_participle(read, q, who) else None
        if who is None:
            return None
        low = strip_possessive(who.text).lower()
        if (
            who.kind == "name"
            and " " not in who.text
            and who.text == strip_possessive(who.text)  # "State's reviewers" is a phrase
            and role_head(low) not in ROLES
            and read.entities.written_lower(low)
        ):
            # "Embryonic stem cells ...", "Tunnels are ...": a common word opening the sentence,
            # not a name (a role, "Officials", "Protesters", still speaks)
            return None
        between = read.words(who.end, open_mark)
        if not between:
            return None  # 'Tea Party "super PACs"': no verb, the name only qualifies the words
        if len(between) == 1 and between[0].text in ("and", "or"):
            # 'Ada Holm, Ben Berg and "The Squad," a group of four, met': the quote is one of
            # the subject's nouns, no words of its
            return None
        clause = max(who.end, read.m.rfind(",", who.end, open_mark))
        plain = [w.text.lower() for w in read.words(clause, open_mark) if not w.text.lower().endswith("ly")]
        if len(plain) == 2 and plain[0] in COPULAS and plain[1] in DETERMINERS:
            return None  # 'Reid is a "con artist"' says what Reid is, not what he said
        owner = who.text.endswith(("'s", "’s"))  # "Bornsten's missive was ridiculed for"
        for i, (_, _, w) in enumerate(between):
            back = [x.text.lower() for x in between[max(0, i - 2) : i] if not x.text.lower().endswith("ly")]
            if (
                not owner
                and _past_participle(w)  # "called", "told"
                and back
                and back[-1] in PASSIVE_AUXILIARIES
            ):
                return (
                    None  # "has been called a charlatan by ...", "was told": the subject is spoken of or to
                )
        if any(read.governed_subject(who.end, c.start) for c in read.cues(who.end, open_mark)):
            # 'Holm spoke after a nurse at the clinic under Tom Berg said the ward was "..."':
            # a speech verb of its own whose subject is a phrase (unread), not the sentence's
            return None
        inner = _inner_clause_subject(read, between, open_mark)
        if inner is not None:
            # "Christie calls him 'Mr. Trump,' while Trump calls the governor 'Chris'": the
            # quote is in a clause of its own, and that clause's subject is its source
            return Attribution(inner, None, self.name)
        rel = _open_relative(read, who.end, open_mark)
        if (
            rel is not None
            and rel.group(2) != "which"
            and not names_antecedent(read.m[who.end : rel.end(1)])
            and not _described_as_person(read, who.end, rel.end(1))
            and not _owned_by_subject(read, who, rel.end(), open_mark)
        ):
            # "Clinton's tone was milder than that of her campaign's leadership, who, on a call
            # Friday, criticized Sanders for '...'": the quote is in a clause about another
            # person (not about a thing: "his plan, which includes ... '...'" is still his)
            return None
        return Attribution(who, None, self.name)


# The determiners that open a noun phrase: an agent's ("by the mayor", "by his aide"), a
# subject's after an opening phrase ('Dismissing the report as "fake," the mayor's spokesman')
_NP_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
# What may stand between the comma closing an opening participle phrase and the main clause's
# subject: 'Acknowledging that Berg "...," though, Holm did suggest' (a sentence adverb in commas)
_AFTER_OPENING_PHRASE = re.compile(
    rf"\s*,?\s*(?:(?:{'|'.join(sorted(SENTENCE_ADVERBS | {'though', 'too'}))}),\s*)?"
    rf"(?:(?:{'|'.join(sorted(_NP_DETERMINERS))})\s+)?"
)

# The -ing forms that open a phrase whose subject, the main clause's, says or names what it
# quotes: the speech cues' ("Calling", "Describing", "Acknowledging", "Dismissing"), which hold
# the naming verbs' (_NAMING_VERBS, _NAMING_AS_VERBS: "Labeling", "Characterizing"; not
# "Seeing", "Viewing": what one sees is no words); not "Reading", which shows a text
# ("Reading "The Long Road,"": a display cue). The -ing words that open a phrase as a
# preposition does ("According to", "Including", "Following the vote") are no cue forms.
_SPEAKING_PARTICIPLES = frozenset(f for f in CUE_FORMS if f.endswith("ing") and f not in DISPLAY_CUES)
# A refusal or negation before a cue: "Tom Berg declined to comment", "did not respond"
_REFUSALS = frozenset({"not", "never", "no", "declined", "refused", "nothing"})
# A refusal or rejection in the opening phrase before the quote: the quoted words are what its
# subject would not say ("Refusing to call the plan "a disaster,"", "Holm rejected the label")
_REFUSAL_WORDS = frozenset(
    {
        *_REFUSALS,
        *"refuse refuses refusing decline declines declining reject rejects rejected rejecting".split(),
        *"deny denies denied denying ignore ignores ignored ignoring".split(),
    }
)


def _another_speaker(words: list[Word]) -> bool:
    """Whether ``words``, an opening participle phrase after its participle, bring in a speaker
    of their own before the quote: a speech verb of another clause ('Answering critics who
    called her "weak,"'), a speech or written noun and its "that" ('Responding to Berg's claim
    that she was "weak,"'), a speech participle after a noun ('Citing a letter calling her');
    not the subject's own words, a noun after "her" ("her remarks calling")."""
    low = [w.text.lower() for w in words]
    for i, w in enumerate(low):
        if _past_participle(w):
            return True
        if w == "that" and i >= 1 and low[i - 1] in SPOKEN_SOURCES:
            return True
        if (
            w.endswith("ing")
            and w in CUE_FORMS
            and i >= 1
            and not (i >= 2 and low[i - 2] in POSSESSIVE_DETERMINERS)
        ):
            return True
    return False


def _named_thing(read: Subjects, q: Found) -> bool:
    """Whether the base reads ``q`` as a title or a term of its own (no speaker weighed), or
    its words are all capitalised: a work's or a group's name ("The Long Road", "War and
    Peace", the "Dreamers"), not words the subject of an opening phrase said. (The base's
    "scare quotes" is what a short quote with no speaker falls back to, so not counted.)"""
    kind = decide(read, q, None)
    if kind.kind == "title" or (kind.kind == "term" and kind.reason != "scare quotes"):
        return True
    words = read.doc.text[q.start : q.end].strip(" .,;:!?\"'“”‘’").split()
    return (
        bool(words)
        and all(w[:1].isupper() or w[:1].isdigit() or (len(w) <= 3 and w.isalpha()) for w in words)
        and any(w[:1].isupper() for w in words)
    )


def _opening_participle(read: Subjects, q: Found, who: Words) -> bool:
    """Whether ``q`` is inside a participle phrase that opens its sentence and whose subject
    is the main clause's, ``who`` right after the phrase's comma: 'Calling the plan "a
    disaster," Holm walked out', 'Dismissing the report as "fake," the mayor's spokesman
    left'; not 'Including "...",' or 'Being called "..."' (no subject shared, or a passive)."""
    open_mark, close = q.outer[0][0], q.outer[-1][1]
    sent = read.doc.sentence_at(open_mark)
    lead = read.words(sent.start, open_mark)
    if not lead or len(lead) > 12:
        return False
    first = lead[0].text
    if not (len(first) > 5 and first.endswith("ing") and first[:1].isupper() and first[1:].islower()):
        return False
    if first.lower() not in _SPEAKING_PARTICIPLES or any(w.text in {"been", "being"} for w in lead):
        # 'Reading "The Long Road,"', 'Awaiting the "final verdict,"': a phrase that does not
        # speak or name holds words its subject did not say
        return False
    if _another_speaker(lead[1:]):
        return False
    if any(w.text.lower() in _REFUSAL_WORDS for w in lead) or _named_thing(read, q):
        # 'Refusing to call the plan "a disaster,"': words its subject would not say
        return False
    if re.search(r"[,;:()—–]", read.m[sent.start : open_mark]):
        return False  # the phrase closed before the quote: the quote is the main clause's
    if read.entities.name_at(lead[0].start, lead[0].end) is not None:
        return False  # "Fleming" opening the sentence is a name, not a participle
    rest = _AFTER_OPENING_PHRASE.fullmatch(read.m, close, who.start)
    closed = "," in read.m[close : who.start] or _last_span(read, q).endswith(",")
    if rest is None or not closed:
        return False
    verb = read.words(who.end, sent.end)[:1]
    return bool(verb) and verb[0].text.islower() and verb[0].text not in PREPOSITIONS


class Agent(OwnRule):
    """The agent of a passive naming verb (:data:`_NAMING_VERBS`) right before the quote: ``The
    plan was called "a disaster" by the mayor``, ``The inquiry, labeled a "witch hunt" by the
    mayor, ended``; not ``"Long Winter" was written by`` (the verb after the quote: a work and
    its author), not ``The plan was announced "with fanfare" by`` (no name for the plan)."""

    name = "agent"
    confidence = 0.8

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        if not read.embedded(q):
            return None
        open_mark, close = q.outer[0][0], q.outer[-1][1]
        sent = read.doc.sentence_at(open_mark)
        words = read.words(sent.start, open_mark)
        before = [w.text for w in words[-4:]]
        # the participle, then at most "as" and an article: "called", "described as", "labeled a"
        k = next((i for i in range(len(before) - 1, -1, -1) if before[i] not in _PARTICIPLE_TAIL), None)
        if k is None:
            return None
        verb = before[k]
        if verb == "to" and k:
            verb = f"{before[k - 1]} to"  # "referred to as"
        # a verb that names what it takes ("called", "dubbed", "described as"), so the quote is
        # the agent's name for it; not 'announced "with fanfare" by', 'reported "in error" by'
        named = verb in _NAMING_VERBS or (verb in _NAMING_AS_VERBS and before[k + 1 : k + 2] == ["as"])
        if not (named and verb.islower() and verb.split()[0].endswith("ed")):
            return None
        # a passive: an auxiliary before the participle ("was called", "has been described as",
        # "was once dubbed"), or a participle opening an aside or the sentence (", labeled a");
        # not an active past ('Holm called "foul" by ...')
        at = len(words) - len(before) + k - (" " in verb)
        aux = next(
            (
                w.text
                for w in reversed(words[:at])
                if w.text in PASSIVE_AUXILIARIES or not (w.text in ADVERBS or w.text.endswith("ly"))
            ),
            "",
        )
        lead = read.m[sent.start : words[at].start].rstrip()
        if not (aux in PASSIVE_AUXILIARIES or not lead.strip(" ,") or lead.endswith(",")):
            return None
        # "by" right after the quote, past a word of time at most ("was uttered once, by")
        after = read.words(close, min(sent.end, close + 40))[:2]
        by = next((i for i, w in enumerate(after) if w.text == "by"), None)
        if by is None or (by and after[0].text.lower() not in _TIME_OR_ADVERB):
            return None
        who = read.subject_following(after[by].end, sent.end)
        if who is None or read.m[after[by].end : who.start].strip():
            return None
        return Attribution(who, CUE_FORMS.get(verb.split()[0]), self.name)


# "Asked by", "was asked by", "when asked by": the question's asker follows "by"
_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+$")
# words that open what was asked: "Asked by Berg whether ...", "about the bill"
_QUESTION_CONTENT = frozenset({"whether", "if", "about", "to", "what", "why", "how", "when", "for"})


class AskedBy(OwnRule):
    """A question whose asker a passive "asked by" names right before it: ``Asked by Tom
    Berg, "Will it pass?" Ada Holm said no``, ``Holm was asked by host Piet Vos, who backs
    her, "Why now?"``: the asker's, not the one who answers after it. Not ``Asked by Berg
    whether it would pass, Holm said, "..."``: a clause of its own between them says what
    was asked, and the quote is the answer."""

    name = "asked-by"
    confidence = 0.85

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        lo = max(sent.start, open_mark - 300)
        at = read.m.rfind(" by ", lo, open_mark)
        if at < 0:
            return None
        by_end = at + len(" by ")
        if _ASKED_BY.search(read.m, max(lo, at - 20), by_end) is None:
            return None
        who = read.subject_following(by_end, open_mark)
        if who is None or not (read.only_title(by_end, who.start) or not read.m[by_end : who.start].strip()):
            return None  # (a title before the name: "asked by host Piet Vos")
        between = read.m[who.end : open_mark].strip()
        if not between.endswith((",", ":")):
            return None
        relative = False
        for aside in (a.split() for a in between.rstrip(",:").split(",")):
            if not aside:
                continue
            # an aside about the asker ("who backs her") may say anything; what was asked
            # ("whether he would run") or a clause with a speech verb of its own ("Ada Holm
            # said") makes the quote an answer
            relative = aside[0].lower() in _PERSON_RELATIVES or (
                relative and aside[0].lower() in {"and", "but"}
            )
            if relative:
                continue  # (and its coordinated verbs: "who backs her, but has dismissed ...")
            if aside[0].lower() in _QUESTION_CONTENT or any(w.lower().strip(".") in CUE_FORMS for w in aside):
                return None
        return Attribution(who, "asked", self.name)


class WhoClause(OwnRule):
    """A quote woven into a relative clause whose verb speaks or thinks takes the relative
    pronoun, which stands for its antecedent: ``Ervin, who thinks the mayor "needs to
    listen"``, ``critics who say he should call it "..."`` (see :func:`_relative_source`)."""

    name = "who-clause"
    confidence = 0.5

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        if not read.embedded(q):
            return None
        relative = _relative_source(read, q.outer[0][0])
        return Attribution(relative, None, self.name) if relative is not None else None


class Continued(OwnRule):
    """A quote that closes a sentence with no speech verb and no speaker of its own, right
    after the sentence of an attributed quote of its paragraph, goes on in that speaker's
    words: ``"...," said Jo Brandt. Unless rivals quit, "it's very hard to see how he is
    stopped."``; not a phrase of a few words (a term the reporter uses)."""

    name = "continued"
    confidence = 0.6

    def find(self, read: Subjects, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = read.doc.sentence_at(open_mark)
        if read.opens_sentence(q) or read.quote_between(sent.start, open_mark):
            return None  # a quote opening its sentence borrows by the rules that follow
        if read.m[q.outer[-1][1] : sent.end].strip(" .,;!?\"”’'") or read.cues(sent.start, sent.end):
            return None
        if len(read.doc.text[q.spans[0][0] : q.spans[-1][1]].split()) < 4:
            return None
        para = read.doc.paragraphs[q.paragraph]
        earlier = read.doc.quotes_within(para.start, sent.start)
        if not earlier:
            return None
        prev = earlier[-1]
        att = AFTER.find(read, prev) or BEFORE.find(read, prev)
        if att is None:
            return None
        last = max(prev.outer[-1][1], att.words.end)
        if read.doc.sentence_at(last - 1).index != sent.index - 1:
            return None  # another sentence of the reporter's between them
        return Attribution(att.words, att.cue, self.name)


# Words that open a clause with a subject of its own inside a sentence: "..., while Trump
# refers to the governor as", "when many commentators called him". Not the prepositions
# among the subordinators ("after Trump as a 'spoiled brat'").
_INNER_CLAUSE_OPENERS = frozenset(
    {"while", "whereas", "when", "because", "although", "though", "but", "and", "yet"}
)
_COORDINATORS = frozenset({"and", "but", "yet"})
# Verbs of thought, whose object clause is what their subject holds: "Ervin, who thinks the
# mayor \"needs to listen\"" (speech verbs are CUE_FORMS)
_THOUGHT_VERBS = frozenset("think thinks thought believe believes believed feel feels felt".split())


def _name_then_its_verb(read: Subjects, who: Words, after: list[Word], at: int | None = None) -> bool:
    """Whether ``who`` is a name (not a possessive) followed at once (or at ``at``, past an
    aside) by a lower-case word that is no preposition, the first of ``after``: "Jared Potts
    echoed", "Clinton shared"."""
    return (
        who.kind == "name"
        and who.text == strip_possessive(who.text)
        and bool(after)
        and after[0].text.islower()
        and after[0].text not in PREPOSITIONS
        and not read.m[who.end if at is None else at : after[0].start].strip()
    )


def _relative_source(read: Subjects, open_mark: int) -> Words | None:
    """The one a relative clause is about, when the quote is in that clause: "Ervin, who
    thinks the mayor \"needs to listen,\"", "their editors, who once called these stories
    \"spinach\"", "critics who say he should call it \"...\"" (the words are the relative
    pronoun's, read as its antecedent). The clause runs from "who" and its verb to the quote
    with no punctuation and no quote between; not "Holm, who Dunn called \"...\"" (the
    pronoun is the verb's object there)."""
    sent = read.doc.sentence_at(open_mark)
    if read.m.find("who", sent.start, open_mark) < 0:
        return None
    words = read.words(sent.start, open_mark)
    k = next((i for i in range(len(words) - 2, 0, -1) if words[i].text == "who"), None)
    if k is None:
        return None
    # its verb, past adverbs and auxiliaries ("who once called", "who has long said"): a
    # speech verb or one of thought ("who thinks"); not "who gave checks to \"super PACs\""
    v = k + 1
    while v < len(words) - 1 and (
        words[v].text in ADVERBS or words[v].text.endswith("ly") or words[v].text in _PERFECT
    ):
        v += 1
    verb = words[v].text
    if not verb.islower() or not (verb in CUE_FORMS or verb in _THOUGHT_VERBS):
        return None
    if (
        any(w.text in PASSIVE_AUXILIARIES for w in words[k + 1 : v])
        and not verb.endswith("ing")
        and CUE_FORMS.get(verb) != verb
    ):
        # "Ada Holm, who was called \"a hero\" by Tom Berg", "who was told the plan was
        # \"...\"": a passive speech verb's subject is spoken of or to; it says nothing
        return None
    if any(c in read.m[words[k].end : open_mark] for c in ",;:()—–") or read.quote_between(
        words[k].end, open_mark
    ):
        return None
    who = read.subject_ending(sent.start, words[k + 1].start)
    if who is not None and who.start == words[k].start:
        return who  # the antecedent's name, given at the pronoun ("Ervin, who")
    # a noun phrase right before it ("their editors, who", "critics who"), in a cue slot
    back = words[max(0, k - 6) : k]
    cut = max((i + 1 for i, w in enumerate(back) if w.text.lower() in CLAUSE_BREAKS), default=0)
    # past an infinitive's verb: "to meet farmers who said" (not the noun "meet farmers")
    cut = max(cut, _past_infinitive(back))
    np = read.noun_phrase(back[cut:], cue_slot=True) if back[cut:] else None
    # (one word, or one a determiner opens: not "Holm rebuked critics who")
    opened = np is not None and (" " not in np.text or np.text.split()[0].lower() in _NOUN_DETERMINERS)
    # (not a preposition's object: "remarks made by a campaign aide who said", "appeal to a
    # candidate who has called for": the sentence is about what was said to or by them; but
    # an aside in commas is about the one it follows: "a lecture from the mayor, who said")
    before = read.m[max(0, np.start - 8) : np.start].split()[-1:] if np is not None else []
    aside = np is not None and "," in read.m[np.end : words[k].start]
    governed = bool(before) and before[0].lower() in PREPOSITIONS and not aside
    if np is not None and opened and not governed and np.end == words[k - 1].end:
        return Words(words[k].start, words[k].end, np.text, "np")
    return None


def _past_infinitive(words: list[Word]) -> int:
    """Where the words after the last infinitive's verb begin ("to meet | farmers"), 0 if
    none: "to" and a lower-case word that is no determiner, with a word after them."""
    k = next(
        (i for i in range(len(words) - 3, -1, -1) if words[i].text == "to"),
        None,
    )
    if k is None:
        return 0
    verb = words[k + 1].text
    return k + 2 if verb.islower() and verb not in DETERMINERS else 0


def _inner_clause_subject(read: Subjects, between: list[Word], hi: int) -> Words | None:
    """The subject of the last clause that opens between a sentence's subject and its quote
    at ``hi``: a pronoun, a name (with its title) or a noun phrase right after the opener,
    followed by a lower-case word that is no preposition, conjunction or determiner (its
    verb), with no comma between that verb and the quote ("when he does, he feels '...'"
    closes the clause). "and", "but" and "yet" open a clause after a comma or before a
    pronoun only ("Jeb Bush and Marco Rubio's protestations", "David and Jeanne Heidler
    wrote")."""
    j = max((i for i, w in enumerate(between) if w.text.lower() in _INNER_CLAUSE_OPENERS), default=-1)
    words = between[j + 1 :] if j >= 0 else []
    if len(words) < 2:
        return None
    pronoun = words[0].text.lower() in SUBJECT_PRONOUNS and words[1].text.islower()
    opener = between[j]
    if (
        opener.text.lower() in _COORDINATORS
        and not pronoun
        # (a dash breaks the clause as a comma does: "... on April 4 - but the Sanders campaign")
        and not read.m[max(0, opener.start - 8) : opener.start].rstrip().endswith((",", "-", "–", "—"))
    ):
        return None
    for k in range(1, min(len(words), 8)):
        low = words[k].text
        if not low.islower():
            continue
        if not pronoun and read.m[words[k - 1].end : words[k].start].strip() == ",":
            # "while Mike Huckabee, the former Arkansas governor, proposed we '...'": a name,
            # an aside in commas that describes it, then its verb
            return _aside_then_verb(read, words, k, hi)
        if (
            low in PREPOSITIONS
            or low in CLAUSE_BREAKS
            or low in DETERMINERS
            or "," in read.m[words[k].end : hi]
        ):
            return None
        end = words[k - 1].end
        if pronoun:
            who: Words | None = Words(words[0].start, words[0].end, words[0].text, "pronoun")
        else:
            who = read.name_only(words[0].start, end) or read.noun_phrase(words[:k])
        # (a title may open it: "Mayor Dana Kirk"; not "the Brandt campaign", read on)
        titled = who is not None and all(w.text[:1].isupper() for w in words[:k] if w.end <= who.start)
        if who is not None and titled and who.start >= words[0].start and who.end == end:
            return None if who.text.endswith(("'s", "’s")) else who
        if pronoun:
            return None
    return None


def _aside_then_verb(read: Subjects, words: list[Word], k: int, hi: int) -> Words | None:
    """The name ``words[:k]`` of an inner clause when an aside in commas that describes it
    follows, then a lower-case word that is no preposition, conjunction or determiner (its
    verb) with no comma between it and the quote at ``hi``."""
    who = read.name_only(words[0].start, words[k - 1].end)
    if who is None or who.end != words[k - 1].end or who.text.endswith(("'s", "’s")):
        return None
    if not all(w.text[:1].isupper() for w in words[:k] if w.end <= who.start):
        return None  # (a title may open it, not "the Brandt campaign")
    at = read.past_aside(who.end)
    verb = read.words(at, hi)[:1] if at > who.end else []
    if (
        not verb
        or not verb[0].text.islower()
        or verb[0].text in PREPOSITIONS
        or verb[0].text in CLAUSE_BREAKS
        or verb[0].text in DETERMINERS
        or "," in read.m[verb[0].end : hi]
    ):
        return None
    return who


class SameParagraph(BorrowingRule):
    """Another quote of the same paragraph that has a speaker: the last one before it, else
    the next one with an attribution of its own (not for a quote that one cut off:
    :attr:`~quotes.extract.marks.Found.cut`)."""

    name = "paragraph"
    confidence = 0.75

    def find(self, read: Subjects, quotes: Quotes, i: int) -> Borrowed | None:
        q = quotes.found[i]
        for j in range(i - 1, -1, -1):
            if quotes.found[j].last_paragraph != q.paragraph:
                break
            att = quotes.settled[j]
            if att is not None:
                if _new_speaker_between(read, att, quotes.found[j].outer[-1][1], q.outer[0][0]):
                    return None
                return Borrowed(Attribution(att.words, att.cue, self.name), j)
        if q.cut:
            return None  # the next quote cut it off: its attribution is that quote's alone
        for j in range(i + 1, len(quotes.found)):
            if quotes.found[j].paragraph != q.last_paragraph:
                break
            if j == i + 1 and asked_then_answered(read, q, quotes.found[j]):
                break
            att = quotes.own[j]
            if att is not None:
                return Borrowed(Attribution(att.words, att.cue, self.name), None)
        return None


def _past_participle(w: str) -> bool:
    """Whether ``w`` is a speech verb's past participle (or past tense: "called", "told"), the
    form a passive takes; not its base form nor an -ing participle."""
    low = w.lower()
    return not w.endswith("ing") and CUE_FORMS.get(low) not in (None, low)


def _last_span(read: Subjects, q: Found) -> str:
    """The text of ``q``'s last span, to see how it closes ('...,' or '...?')."""
    return read.doc.text[q.spans[-1][0] : q.spans[-1][1]].rstrip()


def asked_then_answered(read: Subjects, q: Found, nxt: Found) -> bool:
    """Whether ``q`` is a question that ``nxt`` follows with nothing of the reporter's between:
    '"Are you running?" "I am," she said.' is a question and its answer, two speakers."""
    asked = _last_span(read, q).endswith("?")
    return asked and not read.m[q.outer[-1][1] : nxt.outer[0][0]].strip()


# The cue ends its sentence, an adverb at most after it: "Tom Berg disagreed sharply."
_ENDS_ON_CUE = re.compile(r"(?:\s+[a-z]+ly)?\s*[.:]")


def _new_speaker_between(read: Subjects, att: Attribution, lo: int, hi: int) -> bool:
    """Whether a sentence of the reporter's between two quotes of a paragraph gives a speech
    verb to another name than the first quote's speaker ('"...," Holm said. Then Tom Berg
    interjected. "..."'): the second is not hers. (The first quote's own sentence is hers,
    whatever its asides name: '"...," said Holm, who said Berg was right. "..."'.)"""
    if att.words.kind != "name":
        return False
    said = att.words.text.split()
    lo = max(lo, read.doc.sentence_at(max(lo - 1, 0)).end, att.words.end)
    for s, e, _ in reversed(read.cues(lo, hi)):
        start = read.doc.sentence_at(s).start
        who = read.subject_ending(start, s)
        if who is None:
            continue
        # only a sentence that ends by introducing speech ('Then Tom Berg interjected.', 'Berg
        # added:'): not one that says what the other said or did not say ('Tom Berg called it a
        # bluff.', 'said last week that', 'did not respond to a request for comment.')
        introduces = _ENDS_ON_CUE.match(read.m, e) is not None
        refused = any(
            w.lower() in _REFUSALS or w.lower().endswith(("n't", "n’t")) for _, _, w in read.words(start, s)
        )
        return introduces and not refused and who.kind == "name" and not (set(who.text.split()) & set(said))
    return False


class LeadIn(BorrowingRule):
    """Prose just before the quote that names its speaker: a paragraph ending ``Trump told
    the Journal that``, or ``..., Schiff said. "..."``."""

    name = "lead-in"
    confidence = 0.6

    def find(self, read: Subjects, quotes: Quotes, i: int) -> Borrowed | None:
        q = quotes.found[i]
        att = _lead_in_paragraph(read, q) or _prose_lead(read, q)
        return Borrowed(att, None) if att is not None else None


class Floating(BorrowingRule):
    """A paragraph that is only a quote, right after a quote with a speaker, continues that speaker."""

    name = "floating"
    confidence = 0.6

    def find(self, read: Subjects, quotes: Quotes, i: int) -> Borrowed | None:
        q = quotes.found[i]
        follows = i > 0 and q.paragraph - quotes.found[i - 1].last_paragraph == 1
        att = quotes.settled[i - 1] if follows else None
        if read.opens_paragraph(q) and att is not None:
            return Borrowed(Attribution(att.words, att.cue, self.name), i - 1)
        return None


AFTER = After()
BEFORE = Before()
# Every rule, in the order they are tried: the first that finds an attribution wins.
RULES: tuple[Rule, ...] = (
    Transcript(),
    AskedBy(),
    AFTER,
    Signature(),
    Display(),
    Agent(),
    BEFORE,
    According(),
    Owner(),
    Colon(),
    WhoClause(),
    Subject(),
    Continued(),
    SameParagraph(),
    LeadIn(),
    Floating(),
)
BY_NAME = {rule.name: rule for rule in RULES}
OWN_RULES = tuple(rule for rule in RULES if isinstance(rule, OwnRule))
BORROWING_RULES = tuple(rule for rule in RULES if isinstance(rule, BorrowingRule))


def own_attribution(read: Subjects, q: Found) -> Attribution | None:
    """The attribution the first of the rules of its own finds for ``q``."""
    for rule in OWN_RULES:
        att = rule.find(read, q)
        if att is not None:
            return att
    return None


def borrowed_attribution(read: Subjects, quotes: Quotes, i: int) -> Borrowed | None:
    """The attribution the first borrowing rule finds for quote ``i``."""
    for rule in BORROWING_RULES:
        found = rule.find(read, quotes, i)
        if found is not None:
            return found
    return None


def _lead_in_paragraph(read: Subjects, q: Found) -> Attribution | None:
    """A quote paragraph after prose that ends on a speech cue ("Trump told the Journal that ...")."""
    if q.paragraph == 0 or not read.opens_paragraph(q):
        return None
    prev = read.doc.paragraphs[q.paragraph - 1]
    if read.doc.quote_over_paragraph(prev.index):
        return None
    return _lead_in(read, prev, LeadIn.name)


def _prose_lead(read: Subjects, q: Found) -> Attribution | None:
    """A quote opening a sentence after the reporter's sentence about its speaker.

    "..., Schiff said. "The other factor ..."" and "Lawrence Cummings called him a
    master at deals. "He showed again and again ..."" continue that speaker.
    """
    sent = read.doc.sentence_at(q.outer[0][0])
    if sent.index == 0 or not read.opens_sentence(q):
        return None
    prev = read.doc.sentences[sent.index - 1]
    if prev.paragraph != q.paragraph or read.doc.quote_over(prev.start, prev.end):
        return None
    for s, _, w in reversed(read.cues(prev.start, prev.end)):
        who = read.subject_ending(prev.start, s)
        if who is None and _shares_subject(read, s, w):
            who = read.sentence_subject(s, SUBJECT_PRONOUNS)  # "Holm hedged by saying ..."
        if who is not None:
            return Attribution(who, w.lower(), LeadIn.name)
        who = read.subject_following(s + len(w), prev.end)  # "..., noted NBC's Dante Chinni."
        if who is not None and read.m[prev.start : s].rstrip().endswith(","):
            return Attribution(who, w.lower(), LeadIn.name)
    return None


def _lead_in(read: Subjects, prev: Paragraph, rule: str) -> Attribution | None:
    sent = read.doc.sentence_at(prev.end - 1)
    cues = read.cues(sent.start, prev.end)
    for k in range(len(cues) - 1, -1, -1):
        s, _, w = cues[k]
        if rule != Colon.name and CUE_FORMS.get(w.lower(), "put") in WEAK_CUES:
            continue  # "Caddell continued:" introduces a quote; "continued to" prose does not
        who = read.subject_ending(sent.start, s)
        if who is None and _shares_subject(read, s, w):
            # "Kirk, clearly tired, answered by pointing at the budget, saying ...", "Brandt
            # distanced herself from the party by saying ...": the participle's subject is the
            # sentence's, as in :class:`Before`
            who = read.sentence_subject(s, SUBJECT_PRONOUNS)
        if who is None:
            continue
        for s0, e0, w0 in cues[:k]:
            # "Carter said that for decades some critics had been predicting ...": the later
            # verb is inside what the earlier one reports, and the earlier one's subject speaks
            head = [x.text.lower() for x in read.words(e0, who.start)[:3]]
            if "that" in head and not re.search(r";|,\s*but\b", read.m[e0 : who.start]):
                first = read.subject_ending(sent.start, s0)
                if first is not None and first.kind in ("name", "pronoun"):
                    return Attribution(first, w0.lower(), rule)
        return Attribution(who, w.lower(), rule)
    return None


# "by" and the word after it, then the next one ("by the mayor", "by Ken Cohen", "by Friday")
_BY_NEXT = re.compile(r"\s+by\s+([\w’'.-]+)(?:\s+([\w’'-]+))?")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
# What names a time, not an agent, after "by the": "by the deadline", "by the end of May"
_TIME_AFTER_BY = frozenset(TIME_WORDS) | DEADLINE_NOUNS


def _by_agent(read: Subjects, at: int) -> bool:
    """Whether "by" and its agent follow ``at``: a name the entities know ("by Ken Cohen") or a
    determined noun phrase ("by the mayor"); not a means ("said by telephone", "began by
    saying") nor a time ("said by Friday", "by Thanksgiving", "replied by the deadline")."""
    m = _BY_NEXT.match(read.m, at)
    if m is None:
        return False
    first, nxt = m.group(1), (m.group(2) or "").lower()
    if first.lower() in _NP_DETERMINERS:
        return bool(nxt) and nxt not in _TIME_AFTER_BY
    if not first[:1].isupper() or first.lower() in NOT_NAMES or first.lower() in HOLIDAYS:
        return False
    run = _CAPITALISED_RUN.match(read.m, m.start(1))  # "Kenneth P. Cohen"
    found = read.entities.name_at(m.start(1), run.end() if run else m.end(1))
    return found is not None and found[0].start == m.start(1)


def _reduced_passive(read: Subjects, s: int, w: str) -> bool:
    """Whether the cue ``w`` at ``s`` is a past participle that its agent's "by" follows, after
    a comma or a noun ("its letter, written by Ken Cohen,", "a memo sent by the mayor"): a
    passive with no auxiliary, whose noun says nothing."""
    return w.islower() and _past_participle(w) and _by_agent(read, s + len(w))


def _possessed_noun(read: Subjects, who: Words, s: int, w: str) -> bool:
    """Whether the cue ``w`` at ``s``, read with the subject ``who`` before it, is a noun that
    the possessive opening ``who`` owns: "Sanders's clarion call", "her repeated claim"; a bare
    form after a singular word, where a verb would take an -s ("Sanders's aides claim",
    "Holm's people say" are verbs after a plural)."""
    first = who.text.split()[0]
    owned = first.endswith(("'s", "’s")) or first.lower() in POSSESSIVE_DETERMINERS
    if not owned or read.m[who.end : s].strip() or " " not in who.text:
        return False
    low = w.lower()
    last = who.text.split()[-1]
    plural = last.lower().endswith("s") or last.lower() in UNMARKED_PLURALS
    return w.islower() and CUE_FORMS.get(low) == low and not plural


def _passive(between: list[Word], w: str) -> bool:
    """Whether the cue ``w`` is a past participle after ``between``, its subject's auxiliaries
    with a passive one among them ("was told", "has been asked", "were never told"), past a
    relative pronoun ("Critics who were told")."""
    between = between[1:] if between[:1] and between[0].text in {"who", "that", "which"} else between
    return (
        bool(between)
        and w.islower()
        and _past_participle(w)
        and any(x.text in PASSIVE_AUXILIARIES for x in between)
        and all(x.text in PASSIVE_AUXILIARIES or x.text in _PERFECT or x.text in ADVERBS for x in between)
    )


def _before_cue(read: Subjects, s: int) -> str:
    """The text before the cue at ``s``, past an adverb right before it (", recently telling")."""
    return _LEAD_ADVERB.sub("", read.m[max(0, s - 40) : s].rstrip())


def _shares_subject(read: Subjects, s: int, w: str) -> bool:
    """Whether the cue ``w`` at ``s`` is a participle that shares its clause's subject: after
    a comma ("..., saying") or a preposition of means or time ("She followed that by saying,",
    "deflected questions before saying,", "how to attack a friend without saying,"; not the
    idiom "it goes without saying that ...", whose "it" says nothing)."""
    if not (w.endswith("ing") and w.islower()):
        return False
    lead_in = _before_cue(read, s)
    return lead_in.endswith(",") or _MEANS_OR_TIME.search(lead_in) is not None


def _in_leading_clause(read: Subjects, q: Found, att: Attribution) -> bool:
    """Whether ``q`` is inside a clause that opens its sentence with a subordinator and has
    words of its own before the quote ("After Scalia said that ... at "...", Trump said",
    "Though he said it resulted in a "...", John said"), and ``att`` is past the comma that
    closes that clause: the main clause's speaker, not the quote's."""
    open_mark = q.outer[0][0]
    sent = read.doc.sentence_at(open_mark)
    lead = read.words(sent.start, open_mark)
    if len(lead) < 4 or lead[0].text.lower() not in _OPENING_SUBORDINATORS:
        return False
    # (past an aside that describes the clause's subject: "When Ada Holm, the mayor, called it")
    comma = read.m.find(",", lead[1].start, open_mark)
    name = read.entities.name_at(lead[1].start, comma) if comma > 0 else None
    lo = read.past_aside(comma) if name is not None and name[0].end == comma else sent.start
    if "," in read.m[lo:open_mark] or att.words.start < q.outer[-1][1]:
        return False
    # the comma that closes the clause, inside the quote's closing ("schools,\"") or after it
    return "," in read.doc.text[q.spans[-1][1] - 1 : att.words.start]


def _in_opening_phrase_quote(read: Subjects, lo: int, end: int, open_mark: int) -> bool:
    """Whether the cue ending at ``end`` takes a quote of its own in a phrase that opens the
    sentence and closes with that quote's comma, before the main clause's subject: 'In a clip
    that Judge Ann Lee called "distasteful," Tom Berg expressed a wish to "..."'."""
    # (past a conjunction that joins the sentence to the one before: "And, in a clip ...")
    first = [x for x in read.words(lo, end)[:2] if x.text.lower() not in _COORDINATORS][:1]
    if not first or first[0].text.lower() not in _PHRASE_OPENERS:
        return False
    within = read.doc.quotes_within(end, open_mark)
    if not within or read.m[end : within[0].outer[0][0]].strip():
        return False  # no quote right after the verb
    taken = within[0]
    if not _last_span(read, taken).endswith(","):
        return False
    main = read.words(taken.outer[-1][1], open_mark)[:6]
    k = next((i for i, x in enumerate(main) if not x.text[:1].isupper()), len(main))
    return 0 < k < len(main) and main[k].text.islower()  # a name, then its verb


def _parenthetical_speaker(read: Subjects, lo: int, cue: int, verb: str, open_mark: int) -> Words | None:
    """The name of an attribution set in commas inside the sentence, its verb first: "The
    paradox of Ada, says Tom Berg, a historian, is that she was "..."", "The voters, said Ada
    Holm, are "..."": the name speaks, not the noun phrase before the verb."""
    if verb not in INVERTING_CUES or not read.m[lo:cue].rstrip().endswith(","):
        return None
    first = read.words(lo, cue)[:1]
    if not first or first[0].text.lower() in PREPOSITIONS or first[0].text.lower() in SUBORDINATORS:
        return None  # (the subject's noun phrase before it; not "In the end, said Kirk, the city will")
    who = read.subject_following(cue + len(verb), open_mark)
    if who is None or who.kind != "name" or not read.m[who.end : open_mark].lstrip().startswith(","):
        return None
    return who


def _object_of_to(read: Subjects, lo: int, who: Words) -> bool:
    """Whether "to" stands right before ``who`` in [lo, ...) ("an email to her supporters");
    not "of", which a partitive's subject follows ("dozens of nursing students said")."""
    before = read.words(max(lo, who.start - 20), who.start)[-1:]
    return bool(before) and before[0].text == "to"


def _headed_name(read: Subjects, lo: int, open_mark: int) -> Words | None:
    """A round-up's item: the name after a dash and before the colon that introduces the
    quote at ``open_mark`` ("... in other states - Philip Bump: '...'", "- Pew Research:")."""
    lead = read.m[lo:open_mark].rstrip()
    if not lead.endswith(":"):
        return None
    headed = _HEADED.search(lead)
    if headed is None:
        return None
    base = lo + headed.start(1)
    # "- Frank Newport and Jim Harter:" the first of two authors
    joined = re.search(r"\s+and\s+", headed.group(1))
    end = base + joined.start() if joined else lo + headed.end(1)
    return read.name_only(base, end)


def _head_speaker(read: Subjects, lo: int, name_at: int) -> bool:
    """Whether the last cue verb before the dash that ends at ``name_at`` has a named or
    pronoun subject ("Tom Berg said this about his rival - Ada Holm:"), who may be the
    speaker; "Pollsters agree - Carl Bialik:", "polls did predict the caucus -
    HuffPollster:" have none."""
    cues = read.cues(lo, name_at)
    if not cues:
        return False
    who = read.subject_ending(lo, cues[-1].start)
    if who is None or who.kind not in {"name", "pronoun"}:
        return False
    # "Pollsters agree": a capitalised role word opening the sentence names nobody
    return who.kind == "pronoun" or " " in who.text or role_head(who.text) not in ROLES


def _person_before_dash(read: Subjects, lo: int, name_at: int) -> bool:
    """Whether the words before the dash that ends at ``name_at`` end on a person the name
    after it only names: "about his rival - Ada Holm:", "the new mayor - Ada Holm:", "the man
    who beat her - Tom Berg:"."""
    dash = _DASH_BEFORE.search(read.m, lo, name_at)
    head = read.words(lo, dash.start() if dash is not None else name_at)
    if head and role_head(strip_possessive(head[-1].text)) in _NAMED_PERSONS:
        return True
    # "the man who beat her": a person described by a relative clause right before the dash
    rel = next((i for i in range(len(head) - 1, 0, -1) if head[i].text.lower() in {"who", "whom"}), 0)
    return rel > 0 and role_head(head[rel - 1].text) in _NAMED_PERSONS


def _last_relative(read: Subjects, lo: int, hi: int) -> re.Match[str] | None:
    """The last relative pronoun in [lo, hi) that opens an aside (``_RELATIVE_ASIDE``), with
    no quote between it and ``hi``; None for none."""
    rel = max(_RELATIVE_ASIDE.finditer(read.m, lo, hi), key=lambda m: m.start(), default=None)
    return None if rel is None or read.quote_between(rel.start(), hi) else rel


def _in_closed_relative(read: Subjects, lo: int, cue: int, open_mark: int) -> bool:
    """Whether the cue at ``cue`` is the verb of a relative clause set in commas or dashes
    that closes before the quote at ``open_mark``: "Tom Berg said the plan, which Ada Holm
    announced on Monday, would be '...'" (what Ada Holm said is the clause's, not the quote)."""
    opened = _last_relative(read, lo, cue)
    if opened is None:
        return False
    # the first comma or dash after the opener closes it, after the cue, and the main clause
    # goes on with its verb ("..., would be"), not a list ("a generous, magnanimous ...")
    closer = _ASIDE_CLOSE.search(read.m, opened.end(), open_mark)
    if (
        closer is None
        or closer.start() < cue
        or closer.group(0).strip() not in {",", opened.group(1).strip()}
    ):
        return False
    after = read.words(closer.end(), open_mark)[:1]
    return bool(after) and after[0].text in _MAIN_VERBS


# (the dash of an aside, as :data:`_DASH` reads it)
_ASIDE_DASH = re.compile(_DASH)


# The words that open an aside of another's clause: "- and the judge agreed -"; not "as",
# whose aside is the attribution ("- as coach Tom Berg put it -")
_ASIDE_CONJUNCTIONS = frozenset(CONJUNCTIONS - {"as"})


def _in_dashed_aside(read: Subjects, lo: int, cue: int, open_mark: int) -> bool:
    """Whether the cue at ``cue`` is inside an aside set in dashes that closes before the
    quote at ``open_mark`` and that a conjunction opens: 'Ada Holm argued - and the judge
    agreed - that the deal was "void"' (the aside is another clause, not the quote's
    attribution). An aside with no conjunction is the attribution: 'The season - as coach
    Tom Berg put it - was "a grind"', 'His reply - Ada Holm later wrote - was "weak."'."""
    opened = [m for m in _ASIDE_DASH.finditer(read.m, lo, cue)]
    closed = _ASIDE_DASH.search(read.m, cue, open_mark)
    # one dash before the cue (a second would close an aside before it) and its pair after,
    # with words after it and no other dash: a third dash opens another aside, and which
    # dash closes which is then a guess ("- and Tom Berg said - as the fans knew - that")
    if len(opened) != 1 or closed is None or not read.words(closed.end(), open_mark):
        return False
    if _ASIDE_DASH.search(read.m, closed.end(), open_mark):
        return False
    first = read.words(opened[0].end(), cue)[:1]
    return bool(first) and first[0].text.lower() in _ASIDE_CONJUNCTIONS


def in_dashed_aside(read: Subjects, words: Words, open_mark: int) -> bool:
    """Whether ``words``, before the quote at ``open_mark`` in its sentence, stand inside an
    aside of another clause set in dashes (as :func:`_in_dashed_aside` reads a cue's): 'Ada
    Holm argued - and the judge agreed - that the deal was "void"'. They are no candidate
    speaker: "The Ospreys, winners again - and coach Tom Berg said it was deserved - called
    the result "a relief"" is the Ospreys', or nobody's where their verb is not read."""
    lo = read.doc.sentence_at(open_mark).start
    return lo <= words.start and words.end <= open_mark and _in_dashed_aside(read, lo, words.start, open_mark)


def _open_relative(read: Subjects, lo: int, hi: int) -> re.Match[str] | None:
    """The last relative clause set in commas or dashes in [lo, hi) that is still open at
    ``hi`` (no comma or dash closes it, past an aside in commas right after its pronoun:
    "who, on a press call Friday, criticized")."""
    rel = _last_relative(read, lo, hi)
    if rel is None:
        return None
    pos = rel.end()
    if read.m[pos:hi].lstrip().startswith(","):
        inner = read.m.find(",", read.m.find(",", pos, hi) + 1, hi)
        if inner < 0:
            return None
        pos = inner + 1
    return None if _ASIDE_CLOSE.search(read.m, pos, hi) else rel


# the object pronouns of persons, and the first persons'
_OBJECT_FORMS = PERSON_OBJECTS | {"us", "me"}
# What stands between a verb that introduces a quote and the quote: adverbs, an object
# pronoun, then a colon or a comma ("responds enthusiastically:", "told him:")
_INTRODUCES = re.compile(rf"(?:\s+(?:[a-z]+ly|{'|'.join(sorted(_OBJECT_FORMS))}))*\s*[:,]\s*")


# Subordinators whose clause may end a sentence with a participle of its own: "..., though
# Holm referred to it at a debate, calling it \"...\""
# (the concessive, contrastive and causal openers of an inner clause: not the coordinators,
# nor "when", a clause of time)
_PARTICIPLE_SUBORDINATORS = _INNER_CLAUSE_OPENERS - _COORDINATORS - {"when"}


# What a finder may come upon that carries someone else's words: a document, a note, a sign
# (of DISPLAY_NOUNS only the two that are writing itself: a hat or a bottle found is not)
_WRITINGS = WRITTEN_SOURCES | (DISPLAY_NOUNS & {"message", "sign"}) | {"diary", "text", "post", "card"}


def _found_writing(verb_words: list[Word]) -> bool:
    """Whether the verb that introduces the quote (the first of ``verb_words``, or the one
    after their last "and"/"but") finds a writing: 'Police found a note in her car, "..."'
    (another's words, come upon). Not 'Ada Holm found her voice at the rally, "..."', nor
    'Tom Berg spotted the reporters and waved, "..."': his own words."""
    cut = max((i for i, w in enumerate(verb_words) if w.text in CONJUNCTIONS), default=-1)
    clause = verb_words[cut + 1 :]
    if not clause or clause[0].text not in FINDING_VERBS:
        return False
    found = {w.text.lower() for w in clause[1:]}
    return bool(found & _WRITINGS or {w.removesuffix("s") for w in found} & _WRITINGS)


def _participle_subject(read: Subjects, lo: int, cue: int) -> Words | None:
    """The subject of the participle at ``cue`` after a comma: the sentence's, or the
    subordinate clause's (:func:`_subordinate_subject`) only when the sentence's is no
    person ("The council passed the budget, while Tom Berg voted against it, calling it":
    Berg's). A person's participle stays the sentence's: 'Ada Holm took the stage, while
    Tom Berg sat in the front row, telling the crowd' is Holm's."""
    main = read.sentence_subject(cue, SUBJECT_PRONOUNS)
    if main is not None and _personal(read, main):
        return main
    if _opens_with_person(read, lo, cue):
        # a person's sentence whose subject is misread ("the party" of "Ada Holm left the
        # party"): the participle is the person's, whom no words read here name; unless the
        # subject read is in the capitalised words that open the sentence, a name's phrase
        # ("Ada Holm's campaign shrugged it off, telling": "Holm's campaign")
        opening = main is not None and not any(w[:1].islower() for w in read.m[lo : main.start].split())
        return main if opening else None
    return _subordinate_subject(read, lo, cue) or main


def _opens_with_person(read: Subjects, lo: int, hi: int) -> bool:
    """Whether the words [lo, hi) open with a personal pronoun or a name that may be a
    person's, right before a lower-case word ("Ada Holm left the party, whereas": whatever
    :meth:`Subjects.sentence_subject` reads, the sentence is a person's)."""
    words = read.words(lo, hi)
    k = next((i for i, w in enumerate(words) if not w.text[:1].isupper()), len(words))
    if k == 0 or k == len(words):
        return False
    if k == 1 and words[0].text.lower() in PERSONAL_PRONOUNS:
        return True
    name = read.name_only(words[0].start, words[k - 1].end)
    return name is not None and name.start == words[0].start and _personal(read, name)


def _personal(read: Subjects, who: Words) -> bool:
    """Whether ``who`` may be a person: a personal pronoun, or a name not registered as a
    place's or an organisation's (not a common noun phrase, nor "it")."""
    if who.kind == "pronoun":
        return who.text.lower() in PERSONAL_PRONOUNS
    if who.kind != "name":
        return False
    found = read.entities.name_at(who.start, who.end)
    return found is None or found[1].kind not in {"place", "org"}


def _subordinate_subject(read: Subjects, lo: int, cue: int) -> Words | None:
    """The subject of a clause that a subordinator opens after a comma, the last before the
    participle at ``cue`` (a name, or a subject pronoun, then its lower-case verb): "The
    campaign did not run the ads, though Ada Holm referred to them at a debate, calling"
    is Holm's participle, not the sentence's subject's. None for no such clause."""
    words = read.words(lo, cue)
    j = max((i for i, w in enumerate(words) if w.text in _PARTICIPLE_SUBORDINATORS), default=-1)
    if j < 1 or not read.m[words[j - 1].end : words[j].start].strip().endswith(","):
        return None
    after = words[j + 1 :]
    if len(after) < 2:
        return None
    if after[0].text.lower() in SUBJECT_PRONOUNS and after[1].text.islower():
        return Words(after[0].start, after[0].end, after[0].text, "pronoun")
    k = next((i for i, w in enumerate(after) if not w.text[:1].isupper()), len(after))
    if k == 0 or k == len(after) or after[k].text in CLAUSE_BREAKS:  # (prepositions among them)
        return None
    name = read.name_only(after[0].start, after[k - 1].end)
    if name is None or name.start != after[0].start or name.end != after[k - 1].end:
        return None
    return name if read.m[name.end : after[k].start].strip() == "" else None


def _relative_verb(read: Subjects, lo: int, cue: int) -> bool:
    """Whether the cue at ``cue`` is the verb of a relative clause set in commas or dashes
    that is still open there, right after its pronoun "who" (past adverbs and
    auxiliaries): ", who responds", ", who later told"."""
    rel = _open_relative(read, lo, cue)
    if rel is None or rel.group(2) != "who":
        return False  # (not "which": a sign "which read," is its own source)
    between = read.m[rel.end() : cue].split()
    return len(between) <= 2 and all(x in ADVERBS or x.endswith("ly") or x in AUXILIARIES for x in between)


def _described_as_person(read: Subjects, lo: int, hi: int) -> bool:
    """Whether the words [lo, hi) after a subject say what person it is, up to the comma of
    a relative pronoun that then stands for the subject: "Ada Holm is a veteran mayor, who"."""
    found = read.words(lo, hi)
    words = [w.text for w in found]
    return (
        2 < len(words) <= 6
        and words[0].lower() in COPULAS
        and words[1].lower() in ARTICLES
        and not any(w.lower() in PREPOSITIONS for w in words[2:])
        and role_head(words[-1]) in PERSON_ROLES
        and read.m[found[-1].end : hi].strip() in {",", "—", "–", "-"}
    )


def _owned_by_subject(read: Subjects, who: Words, lo: int, open_mark: int) -> bool:
    """Whether the relative clause from ``lo`` to the quote at ``open_mark`` names the quote
    as the named subject's own, a possessive pronoun of its sex before the quote's noun:
    "Ada Holm addressed the crowd, who cheered her promise of '...'" (not "greeted her as")."""
    words = read.words(lo, open_mark)
    at = next(
        (i for i in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[i].text in _OWNER_SEX), None
    )
    if who.kind != "name" or at is None:
        return False
    rest = [w.text.lower() for w in words[at + 1 :]]
    if rest and rest[-1] in {"of", "that", "about"}:
        rest = rest[:-1]  # "her promise of '...'", "his claim that '...'"
    if not rest or any(w in PREPOSITIONS or w in DETERMINERS or w in PRONOUNS for w in rest):
        return False
    found = read.entities.name_at(who.start, who.end)
    return found is not None and found[1].gender == _OWNER_SEX[words[at].text]


def _introduces_next(read: Subjects, q: Found, att: Attribution) -> bool:
    """Whether the attribution ``att`` found after ``q`` ends in a comma or colon right before
    another quote that opens with a capital (its own full statement), while a speech verb in
    ``q``'s sentence before it names ``q``'s speaker."""
    close = q.outer[-1][1]
    if att.words.start < close:
        return False
    nxt = read.doc.next_quote(close)
    if nxt is None or nxt.paragraph != q.last_paragraph:
        return False
    opening = read.doc.text[nxt.spans[0][0] : nxt.spans[0][1]].lstrip()
    lead = read.m[att.words.end : nxt.outer[0][0]]
    if not opening[:1].isupper() or not lead.rstrip().endswith((",", ":")) or len(lead.split()) > 12:
        return False
    # (its one speech verb: not 'the source recalled, adding that Grayson said of her:')
    if sum(w.strip(",:").lower() in CUE_FORMS for w in lead.split()) != 1 or "." in lead:
        return False
    before = BEFORE.find(read, q)
    return before is not None and before.words.end <= q.outer[0][0]


def _coordinated_after(read: Subjects, q: Found, att: Attribution) -> bool:
    """Whether ``att``, after ``q``, opens a clause of its own with "and" or "but" right after
    the quote's comma, while a speech verb stands in the quote's sentence before it."""
    close = q.outer[-1][1]
    if att.words.start < close:
        return False
    between = read.m[close : att.words.start].split()
    if not between or between[0] not in {"and", "but"}:
        return False
    if not read.doc.text[q.spans[-1][0] : close].rstrip("\"'”’ ").endswith(","):
        return False
    open_mark = q.outer[0][0]
    return bool(read.cues(read.doc.sentence_at(open_mark).start, open_mark))


def _introduced(read: Subjects, q: Found) -> bool:
    """Whether a speech verb, then a comma or colon, stands right before ``q``, and ``q``
    closes on a full stop, a question or an exclamation mark (not a comma: '"...," she said')."""
    last = _last_span(read, q)
    if not last.endswith((".", "?", "!")):
        return False
    open_mark = q.outer[0][0]
    verb = _INTRODUCING_VERB.search(
        read.m, max(0, open_mark - 30), open_mark
    ) or _INTRODUCING_VERB_OBJECT.search(read.m, max(0, open_mark - 50), open_mark)
    return verb is not None and verb.group(1) in CUE_FORMS


# The nouns of words said that a quote may modify, between their owner and them: "Holm's
# "I will not resign" statement"; not an interview or a headline, which are others' too
_OWNED_UTTERANCES = OWNED_WORDS - {"interview", "headline"}
# (the same words for str.startswith: a test of the text after a quote, made before reading
# its words, that most quotes fail)
_OWNED_UTTERANCE_OPENINGS = tuple(sorted(_OWNED_UTTERANCES))


def _owned_quote(read: Subjects, q: Found) -> Attribution | None:
    """:func:`_read_owned_quote`, read once per quote: After, Before and Owner all ask it."""
    if q not in read.owned_quotes:
        read.owned_quotes[q] = _read_owned_quote(read, q)
    return read.owned_quotes[q]


def _read_owned_quote(read: Subjects, q: Found) -> Attribution | None:
    """The person whose words a quote modifies, between them: 'Ada Holm's "I will not
    resign" statement' (a person's possessive right before the quote, a noun of words said
    right after it). The verb of the sentence only speaks of those words ("Critics mocked
    ..."): whose they are is the owner's.

    Only words that read as said, not as a critic's label: three words or more, not in title
    case, not what :func:`kind.decide` reads as scare quotes or a title ('Critics blasted
    Holm's "offensive" remarks': the critics' word for them, not hers); and a person's name,
    not a pronoun ('its "final" statement') that may stand for anybody. (Not "his"/"her"
    either: the pronoun resolves to the sentence's subject, 'Critics mocked his "..."
    remark' gave the critics; reverted.)"""
    open_mark, close = q.outer[0][0], q.outer[-1][1]
    # the word right after the quote (past white space only) is one of those nouns only if
    # the text there opens with one: asked first, as ~4,000 quotes a pass over polnear-dev
    # are asked this and nearly every one fails it
    if not read.m[close : close + 30].lstrip().lower().startswith(_OWNED_UTTERANCE_OPENINGS):
        return None
    after = read.words(close, min(len(read.m), close + 30))[:1]
    if not after or after[0].text.lower() not in _OWNED_UTTERANCES or read.m[close : after[0].start].strip():
        return None
    before = read.words(max(0, open_mark - 60), open_mark)[-1:]
    if not before or read.m[before[0].end : open_mark].strip():
        return None
    w = before[0]
    owner = strip_possessive(w.text)
    if owner == w.text or not owner[:1].isupper() or not _said_words(read, q):
        return None
    name = read.entities.name_at(max(0, open_mark - 60), w.start + len(owner))
    if name is None or name[0].end != w.start + len(owner) or name[1].kind != "person":
        return None
    m = name[0]
    return Attribution(Words(m.start, m.end, read.m[m.start : m.end], "name"), None, Owner.name)


# Pronouns that make a quote a speaker's own sentence ('"I will not resign"', '"take it or
# leave it"') rather than a label another puts on it ('"racist and divisive" remarks')
_SPOKEN_PRONOUNS = SUBJECT_PRONOUNS | set(OBJECT_PRONOUNS) | {"you", "me", "us", "my", "our", "your"}


def _said_words(read: Subjects, q: Found) -> bool:
    """Whether ``q`` reads as words somebody said rather than a label or a title: three words
    or more with a pronoun among them ('"I will not resign"', not '"deeply offensive and
    cruel"', a critic's words), some longer word in lower case (not '"State of the Nation"'),
    and neither scare quotes nor a title to :func:`kind.decide`."""
    words = read.doc.text[q.start : q.end].split()
    if len(words) < 3 or all(x[:1].isupper() for x in words if len(x) > 3):
        return False
    if not any(x.lower().strip(",.;:!?'’\"“”") in _SPOKEN_PRONOUNS for x in words):
        return False
    return decide(read, q, None).kind not in {"term", "title"}


def _perceived_in_opening(read: Subjects, q: Found) -> bool:
    """Whether ``q`` is the object of a phrase that opens its sentence with a participle of
    seeing or hearing (``PERCEIVING_PARTICIPLES``), right after it or past a preposition or a
    determiner: 'Watching "Meet the Press,"', 'Listening to "Hail to the Chief,"'. Not a
    town of that name before a clause ('Reading Mayor Ann Bell said the town was "ready"')."""
    open_mark = q.outer[0][0]
    sent = read.doc.sentence_at(open_mark)
    lead = read.words(sent.start, open_mark)
    if not lead or len(lead) > 3 or re.search(r"[,;:()—–]", read.m[sent.start : open_mark]):
        return False
    first = lead[0].text
    linked = all(w.text.lower() in PREPOSITIONS or w.text.lower() in DETERMINERS for w in lead[1:])
    return linked and first[:1].isupper() and first.lower() in PERCEIVING_PARTICIPLES


def _opens_its_sentence(read: Subjects, open_mark: int) -> bool:
    """Whether the quote opening at ``open_mark`` opens its sentence: no words of the
    sentence stand before it but a lead-in with no verb of its own that a comma or colon
    closes ("Then,", "On the power play:", "Asked about the loss,": a participle opening it
    has the quote's speaker for subject). A quote inside a sentence of its own ('Ada Holm
    said the plan was "bold."', 'Ada Holm answered in French: "..."') ends a statement
    whose speaker that sentence gives; the bare sentence after the full stop ("Critics
    disagreed.") is a reply, not its attribution."""
    start = read.doc.sentence_at(open_mark).start
    lead = read.words(start, open_mark)
    if not lead:
        return True
    if read.m[lead[-1].end : open_mark].strip()[:1] not in {",", ":"} and lead[-1].text[-1:] not in ",:":
        return False
    return len(lead) <= 8 and not any(_finite_verb(w.text) for w in lead[1:])


def _finite_verb(word: str) -> bool:
    """Whether ``word`` may be a lead-in's own verb: a speech verb, an auxiliary, or a past
    form in lower case ("answered", "was", "says")."""
    low = word.strip(",:;").lower()
    return low in CUE_FORMS or low in AUXILIARIES or (word[:1].islower() and low.endswith("ed"))


def _bare_attribution(read: Subjects, pos: int, words: list[Word]) -> bool:
    """Whether the sentence after a quote that closed on a full stop is only its
    attribution: a name or pronoun of at most three words, a cue, then the stop
    ('"... missing." Trump said.'); not '"... meltdown." She says the ...'."""
    for s, e, w in words[1:4]:
        if w in CUE_FORMS and w.islower():
            return (
                read.m[e : e + 1] == "."
                and read.only_title(pos, s)
                and read.subject_ending(pos, s) is not None
            )
    return False


_CLAUSE_OPENERS = frozenset(CLAUSE_STARTS | {"where", "which", "who", "that"})


def _opens_clause(lead: list[Word]) -> bool:
    """Whether a phrase after ``lead`` opens its clause: it follows a subordinator or a
    relative ("..., when many viewers called him", "at which point the crowd chanted"), so
    the verb right after it is the phrase's own."""
    last = lead[-1].text.lower()
    return last in _CLAUSE_OPENERS or (len(lead) > 1 and lead[-2].text.lower() == "which")


def _in_opening_clause(read: Subjects, lo: int, cue: int, open_mark: int) -> bool:
    """Whether the cue at ``cue`` is in a clause that opens the sentence with a subordinator
    ("After", "When", "Because", not "As ... put it") and ends at a comma before the quote."""
    first = read.words(lo, min(cue, lo + 20))[:1]
    if not first or first[0].text.lower() not in _OPENING_SUBORDINATORS:
        return False
    comma = read.m.find(",", cue, open_mark)
    return (
        comma >= 0
        and read.m.find(",", lo, cue) < 0  # the clause's first comma closes it
        and not read.quote_between(lo, comma)
        and bool(read.words(comma, open_mark))
    )


def _displayed_by(read: Subjects, lo: int, cue: int, verb: str, open_mark: int) -> Words | None:
    """What shows the quote's words right after the verb, as its source: 'One held a sign
    reading "..."', 'a chalk message that read "..."' (the phrase and its relative pronoun,
    the words each corpus marks), 'wore a hat saying "..."'; None unless a display noun
    (or "one" after a relative pronoun) is the verb's subject. ``verb``, at ``cue``, is one of
    ``DISPLAY_CUES`` right before the quote (``_DISPLAY_VERB``, as ``Display`` reads it)."""
    words = read.words(max(lo, cue - 80), cue)
    relative = bool(words) and words[-1].text in {"that", "which"}
    if relative == verb.endswith("ing"):
        return None  # "a sign that reading", "a sign read": a subject's own verb, not a display
    head = words[:-1] if relative else words
    if not head:
        return None
    noun = head[-1].text.lower()
    if not (noun in DISPLAY_NOUNS or (relative and noun in {"one", "another"})):
        return None
    # back from the noun over its modifiers ("a Donald Trump campaign hat", "anti-war
    # signs") to its determiner, or to the verb that holds it ("held signs")
    k = len(head) - 1
    while k > 0 and len(head) - k <= 5:
        prev = head[k - 1].text
        low = prev.lower()
        if (
            low in DETERMINERS
            or low in {"one", "another", "some", "two", "three"}
            or prev.endswith(("'s", "’s"))
        ):
            k -= 1
            break
        if (
            low in _NOT_MODIFIERS
            or low in PUBLISHING_VERBS
            or (prev.islower() and low.endswith(("ing", "ed")))
            or read.m[head[k - 1].end : head[k].start].strip()
        ):
            break
        k -= 1
    start = head[k].start
    end = words[-1].end if relative else head[-1].end
    return Words(start, end, read.m[start : head[-1].end], "np")


def _what_called(read: Subjects, lo: int, open_mark: int) -> Attribution | None:
    """The subject of ``what X called "..."`` right before the quote (see :data:`_WHAT_VERB`):
    a name, pronoun or noun phrase right after "what", or the name before an appositive in
    commas ("what Bay Buchanan, the campaign's treasurer, called")."""
    start = max(lo, open_mark - 160)
    if read.m.find("what", start, open_mark) < 0:
        return None
    m = _WHAT_VERB.search(read.m, start, open_mark)
    if m is None:
        return None
    a, b = m.span("who")
    comma = read.m.find(",", a, b)
    who = read.name_only(a, comma) if comma > 0 else read.subject_ending(a, b)
    span = read.m[a:b]
    plural = span.endswith("s") and not span.endswith(("ss", "is", "us"))  # not "boss", "crisis", "virus"
    if who is None and span.isalpha() and span.islower() and plural and span not in DETERMINERS:
        # "what opponents call": a bare plural noun alone in the verb's slot is its subject
        who = Words(a, b, span, "np")
    if who is None or not read.only_title(a, who.start) or (comma > 0 and who.end != comma):
        return None
    verb = m.group("verb").split()[0].lower()
    return Attribution(who, verb, BEFORE_NAME)


# Past tenses of sending words to people, before those they went to: "emailed supporters saying"
_SENDING_VERBS = frozenset({"emailed", "texted", "messaged", "wrote", "tweeted", "mailed"})


def _sender(read: Subjects, lo: int, verb: Word) -> Words | None:
    """The subject right before a sending verb: "the senator" of "Aides said the senator
    emailed supporters saying"; None when there is none, or when a cue or "that" stands
    inside it (a reported clause whose subject could not be told apart: "Tom Berg said he").
    """
    sender = read.subject_ending(lo, verb.start)
    if sender is None or read.m[sender.end : verb.start].strip():
        return None
    inside = [w.text.lower() for w in read.words(sender.start, sender.end)]
    if any(w == "that" or (w in CUE_FORMS and w.islower()) for w in inside):
        return None
    return sender


def _carrier_subject(read: Subjects, lo: int, who: Words) -> Words | None:
    """The subject of a participle cue whose nearest noun phrase only carries the words:
    "The campaign put out a statement saying", "Moss posted a message on Twitter
    reading", "wrote a letter to Dana Kirk asking" are the subject's words, the one who
    put them out; not "found a report calling" (its author is someone else). A
    preposition's object is no speaker of a participle after it: None then, unless the
    subject can be read; ``who`` when the phrase is neither."""
    # the words before the phrase, past the title words that open it ("to Attorney General")
    lead = [w for w in read.words(max(lo, who.start - 60), who.start) if not w.text[:1].isupper()]
    if not lead:
        return who
    if lead[-1].end == who.start - 1 and lead[-1].text in _SENDING_VERBS:
        # "The senator emailed supporters saying": those the words were sent to are no speaker
        sender = _sender(read, lo, lead[-1])
        if sender is not None:
            return sender
    governed = lead[-1].text.lower() in CARRIER_PREPOSITIONS
    if governed:
        # "a message on Twitter", "an email to supporters": the noun before the preposition
        nouns = [w for w in lead[:-1] if w.text.lower() not in DETERMINERS][-1:]
        carried = bool(nouns) and nouns[0].text.lower() in CARRIER_NOUNS
    else:
        head = strip_possessive(who.text.split()[-1]).lower().strip(".,")
        carried = who.kind == "np" and head in CARRIER_NOUNS
    verb = next((w for w in reversed(lead[-6:]) if w.text.lower() in PUBLISHING_VERBS), None)
    subject = _clause_opening(read, lo, verb.end) if carried and verb is not None else None
    if subject is not None:
        return subject
    return None if governed else who


def _published_by(read: Subjects, lo: int, who: Words) -> Words:
    """The subject of a publishing verb whose object carries the words: "Trump released a
    video that said" is Trump's; "posted her message under a headline that said" is the
    headline's (not the verb's object)."""
    before = read.words(max(lo, who.start - 30), who.start)[-1:]
    if before and before[0].text.lower() in PUBLISHING_VERBS:
        subject = _clause_opening(read, lo, before[0].end)
        if subject is not None:
            return subject
    return who


def _clause_opening(read: Subjects, lo: int, hi: int) -> Words | None:
    """The subject opening the clause that runs up to ``hi``: a pronoun, a name or a noun
    phrase right after the last comma before it (or ``lo``), followed by a lower-case verb."""
    start = max(lo, read.m.rfind(",", lo, hi) + 1)
    words = read.words(start, hi)
    while words and words[0].text.lower() in CLAUSE_STARTS:
        words = words[1:]  # "and the campaign sent"
    if not words or (len(words) < 2 and start == lo):
        return None
    if len(words) > 1 and words[0].text.lower() in SUBJECT_PRONOUNS and words[1].text.islower():
        return Words(words[0].start, words[0].end, words[0].text, "pronoun")
    for k in range(len(words) - 1, 0, -1):
        if not words[k].text.islower():
            continue
        # (a noun phrase of any head: whoever puts out a statement speaks through it, "The town
        # released a statement saying", as a cue slot's subject speaks)
        who = read.name_only(words[0].start, words[k - 1].end) or read.noun_phrase(words[:k], cue_slot=True)
        if who is not None and who.start == words[0].start:
            return who
    if start == lo or len(words) == 1:
        # "The Harbour Authority in Halifax issued", "The RNC, in its daily summary, emailed":
        # the clause is the sentence's, its subject the sentence's (past a phrase or an aside)
        who = read.sentence_subject(lo)
        if who is not None and who.end <= hi:
            return who
    return None


def _unlisted_verb(read: Subjects, q: Found, words: list[Word]) -> Attribution | None:
    """ "'...,' Trump barked and ...", "'...?' reacted Trump.": a past-tense verb no cue list
    holds, right next to a quote whose sentence runs on, and a name or pronoun on its other
    side that ends the attribution."""
    last = _last_span(read, q)
    if not last.endswith((",", "?", "!")) or len(words) < 2:
        return None

    def verb(w: Word) -> bool:
        t = w.text
        return t.islower() and t.endswith("ed") and len(t) > 4 and t not in CUE_FORMS and t not in COPULAS

    def closes(end: int) -> bool:  # the attribution ends there: a stop, a comma, "and", "as"
        rest = read.m[end : end + 12]
        return (
            not rest.strip()
            or rest.lstrip()[:1] in ".,;"
            or rest.split()[0] in {"and", "as", "before", "after", "with", "while"}
        )

    # "'...,' Bennett shot back", "'...?' Trump went on,": a past tense and its particle
    phrasal = next(
        (
            i
            for i in range(1, min(5, len(words) - 1))
            if (words[i].text in PHRASAL_PAST or verb(words[i]))
            and words[i + 1].text in {"back", "on"}
            and closes(words[i + 1].end)
        ),
        None,
    )
    if phrasal is not None:
        who = read.name_only(words[0].start, words[phrasal - 1].end)
        if who is None and phrasal == 1 and words[0].text.lower() in PRONOUNS:
            who = Words(words[0].start, words[0].end, words[0].text, "pronoun")
        if who is not None and who.start == words[0].start and who.end == words[phrasal - 1].end:
            return Attribution(who, f"{words[phrasal].text} {words[phrasal + 1].text}", After.name)

    if verb(words[0]):  # inverted: "reacted Trump."
        who = read.subject_following(words[0].end, words[-1].end)
        # "beamed Donald Hartley of Madison, Alabama,": past the place the name is from
        origin = _ORIGIN.match(read.m, who.end) if who is not None else None
        if who is not None and who.kind in ("name", "pronoun") and (closes(who.end) or origin):
            return Attribution(who, words[0].text, After.name)
        return None
    k = next((i for i, w in enumerate(words[:5]) if verb(w)), None)
    if k is None or k == 0 or not closes(words[k].end):
        return None
    who = read.name_only(words[0].start, words[k - 1].end)
    if who is None and k == 1 and words[0].text.lower() in PRONOUNS:
        who = Words(words[0].start, words[0].end, words[0].text, "pronoun")
    # the name right before the verb, after nothing or an article and adjectives ("an angry Hollande")
    lead = [w for w in words[:k] if w.end <= (who.start if who is not None else 0)]
    described = (
        bool(lead) and lead[0].text.lower() in {"a", "an", "the"} and all(w.text.islower() for w in lead)
    )
    if who is None or who.end != words[k - 1].end or (lead and not described):
        return None
    return Attribution(who, words[k].text, After.name)


def said_after(read: Subjects, q: Found) -> tuple[bool, Attribution | None]:
    """Whether the sentence goes on after the quote to a speech verb, and its subject.

    '"You squeezed them" to drive up the price, she said': the words belong to
    that verb's subject, even when the rules could not read it, and so to nobody
    another quote would lend.
    """
    close = q.outer[-1][1]
    last = _last_span(read, q)
    after = read.words(close, min(read.doc.paragraph_at(max(close - 1, 0)).end, close + 120))[:12]
    if not after or not (last.endswith(",") or after[0].text[:1].islower()):
        return False, None
    stop = next((i for i, w in enumerate(after) if read.m[w.end : w.end + 1] in ".!?;"), len(after) - 1)
    cues = read.cues(after[0].start, after[stop].end)
    if not cues:
        return False, None
    s, _, w = cues[0]
    if last.endswith("?") and read.quote_between(close, s):
        return False, None  # '"Are you running?" "I am," she said.': the answer's verb
    who = read.subject_ending(after[0].start, s)
    return True, Attribution(who, w.lower(), After.name) if who is not None else None


def shared_after(
    read: Subjects, found: Sequence[Found], own: Sequence[Attribution | None], i: int
) -> Attribution | None:
    """The attribution after a later quote of the same sentence that quote ``i`` shares:
    'The agency found no "ties of any consequence," only a "casual" link, said its
    director': every quote before the trailing verb is its subject's, when none of them
    has an attribution of its own and no other speech verb or subordinate clause stands
    between them."""
    q = found[i]
    sentence = read.doc.sentence_at(q.outer[0][0])
    close = q.outer[-1][1]
    for j in range(i + 1, len(found)):
        later = found[j]
        if later.outer[0][0] >= sentence.end or read.cues(close, later.outer[0][0]):
            return None
        between = read.words(close, later.outer[0][0])
        if ";" in read.m[close : later.outer[0][0]] or any(w.text.lower() in SUBORDINATORS for w in between):
            return None  # 'that "...," as Ada Holm did, or that "...," said': a clause of its own
        if asked_then_answered(read, found[j - 1], later):
            return None  # '"Are you running?" "I am," she said.': a question and its answer
        att = own[j]
        if att is not None:
            trailing = att.rule == After.name and att.words.start >= later.outer[-1][1]
            return att if trailing else None
        close = later.outer[-1][1]
    return None
