"""Where a speaker's words are, once a rule knows where to look: the subject that ends
right before a speech verb ("Kremlin spokesman Dmitry Peskov said", past asides and
appositives), the words after an inverted one ("said Peskov"), a sentence's or a
clause's subject, the subject a colon introduces.

:class:`Subjects` is what the rules (:mod:`quotes.extract.rules`) read through.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.extract.entities import Entity, clip_title
from quotes.extract.lexicon import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    ARTICLES,
    ASKED_PARTICIPLES,
    AUXILIARIES,
    CARRIER_NOUNS,
    CLAUSE_BREAKS,
    CLAUSE_STARTS,
    CONJUNCTIONS,
    COPULAS,
    CUE_FORMS,
    DESCRIPTIVE_MODIFIERS,
    DETERMINERS,
    FIRST_NAME_GENDER,
    GROUP_COUNTS,
    LONE_SPEAKERS,
    NOT_PERSONS_TITLES,
    NP_STOP,
    OBJECT_PREPOSITIONS,
    OPENER_WORDS,
    ORG_HEADS,
    ORG_ROLES,
    ORG_WORDS,
    PARTY_TAG,
    PERSON_OBJECTS,
    PERSON_POSSESSIVES,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    PHRASE_PREPOSITIONS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    PLACES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PREPOSITIONS_BUT_AS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLES,
    SENTENCE_ADVERBS,
    SPEECH_NOUNS,
    SPOKEN_SOURCES,
    SUBORDINATORS,
    THIRD_PERSON_POSSESSIVES,
    TIME_OPENERS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
)
from quotes.extract.phrases import AGED, Phrases, role_of
from quotes.extract.words import (
    PLACING,
    Word,
    Words,
    alternation,
    describes_name,
    inside_title,
    placed_end,
    placed_verb,
    role_head,
    strip_possessive,
    title_link,
)

# A verb and an object pronoun after it: "called it", "urged him"
_VERB_AND_OBJECT_PRONOUN = re.compile(r"\s*[a-z]+\s+(?:" + alternation(PERSON_OBJECTS | {"it"}) + r")\b")
_TRAILING_PARTY = re.compile(r",\s*[RDI]-[A-Z][\w.]*,?$")  # "Mitch McConnell, R-Ky., said"
# "she was quoted as saying", "he was heard telling": the subject is before the passive
_TRAILING_QUOTED_AS = re.compile(
    r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?:quoted|heard|overheard|recorded|filmed|caught on (?:tape|camera)|seen)(?:\s+as)?$"
)
# "Ada Holm on Tuesday said", "Priebus later Thursday told": a time phrase before the verb
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIME_HEADS = (
    _WEEKDAYS + "|morning|afternoon|evening|night|week|weekend|month|year|day|today|yesterday|tonight|\\d{4}"
)
# "released a statement Wednesday saying": a bare weekday after a lower-case word, the time
# of the verb before it (not "Joe Friday", whose word before is capitalised)
_TRAILING_DAY = re.compile(r"(\s[a-z][\w'’-]*)\s+(?i:" + _WEEKDAYS + r")$")
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on|in|at|during|last|this|next|early|late|earlier|later|the|that)\s+){1,3}"
    r"(?:(?:" + _TIME_HEADS + r")\s+)?(?:" + _TIME_HEADS + r")$",
    re.IGNORECASE,
)
# "Ada Holm went on to say", "... took to Twitter to say", "... interjected to say", "My dad
# used to say": the verb
# that carries the speech verb shares its subject
_TRAILING_CARRIER = re.compile(
    r"\s+(?:(?:went|goes|go|has gone|had gone) on|continued|proceeded|rose|stood up|stepped up|"
    r"interjected|chimed in|used|"
    r"(?:had|has|have) (?:this|that|these words|something|more|plenty|little|much)|"
    r"took to (?:Twitter|Facebook|Instagram|the floor|the stage|the airwaves)|"
    r"(?:was|were|is|are) (?:quick|careful|eager|happy|keen|sure)|"
    r"(?:was|were|is|are|felt) (?!(?:asked|told|urged)\b)[a-z]{3,}ed|"  # "was prompted to", not "told to"
    r"used (?:the|"
    + alternation(THIRD_PERSON_POSSESSIVES)
    + r") (?:occasion|opportunity|moment|speech|remarks))\s+to$"
)
# A state or country after a place and its comma: " Colo.,", " D.C.,", " Ohio,"
_OPENING_PREPOSITIONS = frozenset(
    "amid amidst despite throughout toward towards upon within without beyond across behind".split()
)
# Prepositions that make the name after them a place, no antecedent of a relative pronoun
_PLACES_GOVERNING = frozenset({"in", "from", "at"})
# Prepositions of place that open a sentence's phrase of where, and are also adjectives
# ("Outside groups", "Inside information"): a phrase only before a determiner or a name
_PLACE_OPENERS = frozenset({"outside", "inside"})
_PLACE_TAIL = re.compile(r"\s*([A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*,")
# "About four in 10", "three out of five", "nine in ten": a count of people asked
_COUNT_OF = re.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|more than|fewer than|less than|at least)\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:in|out of)\s+(?:\d+|ten|five|four|three)",
    re.IGNORECASE,
)
# Words that make a count approximate before its number: "About 200 protesters gathered",
# "Nearly 300 doctors signed" ("about" is read as a preposition, "nearly" as an adverb)
_APPROXIMATORS = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over"}
)
# Prepositions that tie an organisation to a speaker's role: "a spokesman for the firm"
_PHRASE_LINKS = frozenset(PHRASE_PREPOSITIONS | {"of"})
# Pronouns that open a relative clause whose verb may have a subject of its own.
_RELATIVES = RELATIVE_PRONOUNS - {"whose"} | {"that", "what"}
# the prepositions whose object is what a thing is about ("the documentary about Ada Holm"),
# not its maker ("a column by Tom Berg")
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "against"})
# the relative pronouns that may stand for a verb's object ("which Tom Berg called"); not
# "that", a complementizer too ("said that Tom Berg")
_OBJECT_RELATIVES = RELATIVE_PRONOUNS - {"whose"}
# the words of a plain noun phrase after a preposition ("to committee members", "to staff's
# families"), with no relative that opens a clause of its own
_PLAIN_NOUN_WORD = re.compile(r"[a-z][a-z'’\-]*")
_NOT_NOUNS = _RELATIVES | {"whose"}  # ("to staff whose families": "whose" opens a clause too)
# the determiners of the subject after a phrase of time or place (lexicon.TIME_OPENERS) that
# opens a sentence with no comma ("At one point the crowd chanted")
_SUBJECT_DETERMINERS = DETERMINERS | POSSESSIVE_DETERMINERS
_SENTENCE_OPENERS = frozenset(CLAUSE_STARTS | SENTENCE_ADVERBS)  # "But", "Meanwhile"
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# what opens an aside in commas between a subject and its verb: "who, after a spat ..., said"
_ASIDE_OPENERS = PREPOSITIONS | SUBORDINATORS
# prepositions whose object is never a verb's subject: not those that open a clause too
# ("as Holm said", "after Holm spoke", "than Holm said", "like Holm said")
_OBJECT_GOVERNING = frozenset(PREPOSITIONS - SUBORDINATORS - {"than", "like"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # the comma of "6,000"
# the marks after which _chunks cuts: found by the pattern's search, not a Python loop over
# every character of the text before a cue (~1,600 texts a pass over polnear-dev)
_CHUNK_MARK = re.compile("[" + re.escape(',;:(—–―"“”') + "]")
_COMPOUND_AFTER = re.compile(r"\.?-[a-z]")  # "St.-style", "Trump-like": a name inside a modifier
_SHORT_PAREN = re.compile(r"\([^()]{1,50}\)")
_TAG_AFTER = re.compile(r"\s*\([^()]{1,50}\)")  # " (D-Nev.)" after a name
_CLOSED_TAG = re.compile(r"[^(),]{1,20}\)\s*,?\s*$")  # "R)," after "(": a party or state tag
_TRAILING_PAREN = re.compile(r"\s*\([^()]{0,40}\)$")
# An aside in commas after a name; it may hold a short parenthesis ("the director of the Fund
# for Refugees (FFR),") and end in a quoted title whose closing mark follows its comma ('author
# of "The Long Road," put it'; not 'co-author of "Going Viral," about the spread of news,', where
# the title's own comma is no end of the aside)
_INSERT = re.compile(
    r"[.)]*\s*,\s*((?:[^,.;:()]|\([^(),.;:]{1,20}\)){1,80}),"
    rf"(?:[\"”’']{{1,2}}(?!\s*(?:{'|'.join(sorted(PREPOSITIONS))})\b))?\s*(\w+)"
)
# "Meenakshi Dubey, however, insisted": a sentence adverb in commas before the verb
_TRAILING_ASIDE = re.compile(
    r",\s*(?:however|though|meanwhile|instead|too|in turn|for (?:"
    + alternation(PERSON_POSSESSIVES)
    + r") part),?$"
)
_TRAILING_ADVERB = re.compile(r"\s+(?:" + "|".join(sorted(ADVERBS, key=len, reverse=True)) + r"|[a-z]+ly)$")
# The last word of a match of each trailing pattern above, where it has one word list:
# a text whose last word is none of them cannot match (see Subjects._trim_end)
_QUOTED_AS_ENDS = frozenset("quoted heard overheard recorded filmed tape camera seen as".split())
_ASIDE_ENDS = ("however", "though", "meanwhile", "instead", "too", "in turn", "part")
_TIME_ENDS = frozenset(_TIME_HEADS.split("|")) - {"\\d{4}"}


def _last_word(text: str) -> str:
    """The last word of ``text`` (split at white space), "" if none."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def _is_place(words: str) -> bool:
    """A state or country named alone: "Ohio", "New Hampshire", "Colo."."""
    return words.lower().replace(" ", "-") in PLACES or re.fullmatch(r"[A-Z][a-z]{1,4}\.", words) is not None


def _is_year(word: str) -> bool:
    """A year of the last two centuries: "1999", "2016" (a time word, no count)."""
    return _YEAR.fullmatch(word) is not None


def _time_word(word: str) -> bool:
    """A word of a time phrase: "on", "last", "Tuesday", "2011"."""
    return word.lower().strip(",") in TIME_WORDS or word.isdigit()


# (set differences and unions asked inside a test are built anew at each word: built once here)
_BREAKS_BUT_RELATIVES = frozenset(CLAUSE_BREAKS - {"that", "who", "which"})
_AUXILIARIES_BEEN_NOT = AUXILIARIES | {"been", "not"}
_CLAUSE_OR_RELATIVE = frozenset(CLAUSE_STARTS | _RELATIVES)
_CLAUSE_STARTS_BUT_CONJUNCTIONS = frozenset(CLAUSE_STARTS - CONJUNCTIONS)
# Words that open a sentence without a comma before its pronoun subject
_BARE_OPENERS = frozenset({"then", "and", "but", "so", "yet", "still", "later", "now", "instead", "also"})
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    hundreds thousand thousands million millions dozens couple half""".split()
)
_TIME_MODIFIERS = frozenset({"last", "next", "early", "late"})
# The numbers of a group of people named before, as a subject: "the two said", "the three wrote"
_GROUP_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
# Quantifiers that stand for a speaker after an inverted cue: "tweeted another", "said one of them"
_QUANTIFIERS = frozenset({"another", "others", "one", "some", "many", "several", "two", "three", "both"})

# Unions of word tables the rules test words against, built once here: built in the test,
# a union of a few hundred words was remade for every word asked.
_NOT_TIME_NOUNS = frozenset(PREPOSITIONS | DETERMINERS | _TIME_MODIFIERS)
_CLAUSE_PRONOUNS = frozenset(PERSONAL_PRONOUNS | {"it"})
_TIME_DETERMINERS = frozenset(DETERMINERS | {"this", "that"})
_NOT_SUBJECT_WORDS = frozenset(NP_STOP | PRONOUNS.keys() | set(CUE_FORMS) | AUXILIARIES)
_COUNT_WORDS = frozenset(DETERMINERS | _NUMBER_WORDS)


def _opens_with_count(words: list[Word]) -> bool:
    """Whether ``words`` open with an approximator, a number (not a year) and the people it
    counts: "About 200 protesters", "Nearly three hundred doctors", "About a dozen nurses"
    (not "About the plan", "About 10 minutes later", "In 2011")."""
    if len(words) < 3 or words[0].text.lower() not in _APPROXIMATORS:
        return False
    k = 2 if words[1].text.lower() == "a" else 1  # "About a dozen protesters"
    numbers = 0
    while k < len(words) and (
        words[k].text[:1].isdigit() or words[k].text.lower() in _NUMBER_WORDS or words[k].text == "dozen"
    ):
        if _is_year(words[k].text):
            return False  # "About 2015 officials": a year
        numbers += 1
        k += 1
    return numbers > 0 and k < len(words) and role_head(words[k].text) in ROLES


def _describes_person(word: str) -> bool:
    """Whether ``word`` heads a description of a person that may refer back to one named
    before: an age ("54-year-old") or a person's role ("veteran", "rookie")."""
    low = word.strip(",.").lower()
    return AGED.fullmatch(low) is not None or role_head(low) in PERSON_ROLES


def _time_noun(word: str) -> bool:
    """The head of a time phrase: "Tuesday", "week", "2011"; not "on", "the"."""
    return _time_word(word) and word.lower() not in _NOT_TIME_NOUNS


def _coordinated_modifier(text: str, words: list[Word], i: int) -> bool:
    """Whether "and" at ``i`` joins two lower-case modifiers of one title ("oil and gas
    worker Dana Kirk") rather than two speakers ("their friends and advisers, Mrs. X")."""
    if not all(w.text.islower() for w in words[:i]):
        return False
    j = i + 1
    while j < len(words) and j <= i + 4 and words[j].text.islower():
        if any(c in text[words[j - 1].end : words[j].start] for c in ",;:("):
            return False
        j += 1
    return (
        i + 1 < j < len(words)
        and words[j].text[:1].isupper()
        and not any(c in text[words[j - 1].end : words[j].start] for c in ",;:(")
    )


def _titled_of(words: list[Word], i: int) -> bool:
    """Whether the "of" at ``words[i]`` is a title's (``title_link``) after title or
    organisation words only: not the end of a name, "said Representative Peter King of New
    York" (his state), "said Clinton of Trump" (whom she spoke of)."""
    if words[i].text != "of":
        return False  # (asked of every preposition after an inverted verb: most are no "of")
    texts = [w.text for w in words[: i + 3]]
    return title_link(texts, i) and all(
        role_head(t) in ROLES or t.lower() in ORG_WORDS or (k < i - 1 and t.lower() in DETERMINERS)
        for k, t in enumerate(texts[:i])
    )


def _title_links(span: list[Word]) -> set[int]:
    """The positions in ``span`` of each title's "of", the "the" after it and the word it is
    of ("Secretary of State", "Speaker of the House": ``_titled_of``)."""
    linked: set[int] = set()
    if not any(w.text == "of" for w in span):
        return linked
    for k in range(len(span)):
        if _titled_of(span, k):
            after = k + 2 if span[k + 1].text == "the" and k + 2 < len(span) else k + 1
            linked.update(range(k, after + 1))
    return linked


def lone_name(word: str) -> bool:
    """Whether a capitalised word alone in a cue slot is a name: not a pronoun, a
    determiner, a place holder ("There", "This") or a conjunction."""
    low = strip_possessive(word).lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 1
        and low not in PRONOUNS
        and low not in DETERMINERS
        and low not in CLAUSE_STARTS
        and low not in {"there", "here", "it", "this", "that", "you", "we", "they", "everyone", "nobody"}
    )


# before a name, the prepositions of where someone is or comes from: "a baker from Truro"
_PLACING_BEFORE = frozenset(PLACE_PREPOSITIONS | {"from", "at"})


# A past participle that modifies the noun before it and names someone after its
# preposition: "a letter obtained by The Post", "a projection prepared for the council",
# "the memo, sent to Ada Holm, said": that someone is the participle's agent or
# addressee, never the subject of the speech verb after it. Before "for" and "to", only
# verbs whose past tense takes no such phrase ("a woman asked for a photo and said").
_AGENT_PREPOSITION = "by"
_ADDRESSED_PARTICIPLES = frozenset(
    """prepared drafted written sent forwarded addressed delivered leaked provided given shown
    submitted presented commissioned""".split()
)
# a document's release and when it was: "released after the hearing", "issued late Monday"
_ISSUED_PARTICIPLES = frozenset("released issued published posted distributed circulated signed".split())
_WHEN_PREPOSITIONS = frozenset("after before on during following late early earlier shortly".split())
# participles that open an aside about the subject before them, whatever follows: "Holm,
# asked about the strikes ordered by Mr. Berg, said", "Holm, speaking to Dana Kirk, said"
_ASIDE_PARTICIPLES = frozenset(
    """asked pressed questioned quizzed challenged speaking talking responding reacting referring
    appearing standing sitting campaigning flanked surrounded accompanied""".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "sent written given shown seen taken brought built paid led held made".split()
)
# past tenses with "by" of their own: "a neighbour stopped by and said"
_NOT_PARTICIPLES = frozenset("need needed speed seed bed red feed indeed stopped dropped passed".split())
_PARTY_MEMBERS_OF = frozenset({"democrat", "republican", "independent"})
_PLACE_PREPOSITIONS = frozenset("in on at inside outside within among".split())
_PARENTHETICAL_DETERMINERS = frozenset("a an one another both the".split())
_VERB_AND_COMMA = re.compile(r"[a-z]+,")
_MODIFIED_DETERMINERS = frozenset(
    "a an the this that these those its their his her one another some two three several".split()
)


# the modifiers that describe an unnamed source: "a person familiar with the talks", "people
# close to the campaign", "officials briefed on the plan" (the speaker is the phrase before them)
_SOURCE_MODIFIERS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("knowledgeable", "about"),
        # whom the source speaks for: "officials working for Holm", "a lawyer acting for her"
        ("working", "for"),
        ("speaking", "for"),
        ("acting", "for"),
    }
)
# A present participle whose object is whom the phrase's head acts for: "a lawyer
# representing Ada Holm told" (the lawyer speaks, not Holm).
_ACTING_FOR = frozenset({"representing"})


def _participle_phrase(word: str, preposition: str) -> bool:
    """A past participle and the preposition after it that open a modifier: "obtained by",
    "prepared for", "sent to", or an unnamed source's "familiar with", "close to", "working
    for", or "representing" and its object; not "asked for", "stopped by"."""
    if (word, preposition) in _SOURCE_MODIFIERS or word in _ACTING_FOR:
        return True
    if not word.islower() or word in _NOT_PARTICIPLES:
        return False
    if preposition == _AGENT_PREPOSITION:
        return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES
    if preposition in _WHEN_PREPOSITIONS:
        return word in _ISSUED_PARTICIPLES  # "A statement from the board, released after ..., read"
    return preposition in {"for", "to"} and word in _ADDRESSED_PARTICIPLES


def _relative_is_subject(relative: list[Word]) -> bool:
    """Whether the relative pronoun opening ``relative`` is its clause's subject: a verb's
    shape right after it (a speech verb's form, an -ed form, an auxiliary: "which described",
    "which signed", "which has"), not another subject ("which Tom Berg called", "which he
    called", "which analysts praised", "which voters call": the pronoun is the object)."""
    if len(relative) < 2:
        return False
    nxt = relative[1].text
    return nxt.islower() and (nxt in CUE_FORMS or nxt.endswith("ed") or nxt in AUXILIARIES)


def _modifier(word: str) -> bool:
    """Whether a lower-case ``word`` looks like a noun's modifier: hyphened ("soft-spoken",
    "71-year-old") or an adjective's ending ("bespectacled", "famous")."""
    return word.islower() and ("-" in word or word.endswith(ADJECTIVE_ENDINGS))


def _verb_and_object(before: list[Word]) -> bool:
    """Whether ``before`` holds a verb and its object: an article or possessive right after a
    lower-case word that is no determiner ("The union sent a letter": the union, not the
    letter). Not "The other letter", "The two letters", "Those three emails": one phrase."""
    return any(
        w.text.lower() in ARTICLES | POSSESSIVE_DETERMINERS
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.text not in DETERMINERS
        and prev.text not in GROUP_COUNTS
        and prev.text not in _NUMBER_WORDS
        and prev.text not in PREPOSITIONS  # "The note from a lawyer to Ada Holm": one phrase
        for prev, w in pairwise(before)
    )


def _before_verb(word: str) -> bool:
    """An auxiliary, an adverb or a time word: what stands between a subject and its verb."""
    w = word.lower()
    if not word.islower():
        return w in TIME_WORDS  # "on Monday", never a name ("which Will claims")
    return w in AUXILIARIES or w in ADVERBS or w in TIME_WORDS or w.endswith("ly")


class Subjects(Phrases):
    """The speaker words of one document's masked text."""

    # -- subjects ------------------------------------------------------------------------

    def subject_ending(self, lo: int, hi: int, cue_slot: bool = False) -> Words | None:
        """The speaker words that end at ``hi`` (just before a cue verb).

        ``cue_slot``: the verb stands right next to its quote ('"...," the investor
        said'), where a noun phrase with any head names the speaker (see
        :meth:`~quotes.extract.phrases.Phrases.noun_phrase`).

        Read from the end: past trailing asides and adverbs, the last chunk (after
        the last comma, colon or dash) holds the subject, unless it is a clause
        ("and said", "..., and whose ...") or an aside that describes a name before it.
        """
        titled = self._titled_aside(lo, hi)
        if titled is not None:
            return self.subject_ending(lo, titled, cue_slot)
        end = self._trim_end(lo, hi)
        if end is None:
            return None
        chunks = self._chunks(lo, end)
        last_words = self.words(chunks[-1][0], end)
        # (the raw words: "Mich." keeps its stop, which the words drop)
        if (
            len(chunks) > 1
            and last_words
            and (
                (
                    _is_place(self.m[last_words[0].start : end].strip(" ,"))
                    and (len(chunks) > 2 or self._ends_in_place(chunks[-2]))
                )
                or self._party_of_place(last_words, end)
            )
        ):
            # "Clinton, during a town hall in Columbus, Ohio, said", "Stacy Baker of Columbia,
            # South Carolina says": the state ends the aside or the name's origin; "Dana Kirk,
            # Democrat of Tennessee, said": the party and state describe the name before them
            end = chunks[-1][0] - 1
            chunks = chunks[:-1]
            last_words = self.words(chunks[-1][0], end)
        if len(chunks) > 1 and self._comma_between_modifiers(chunks[-2], last_words):
            # "the bespectacled, 71-year-old diplomat said": one phrase, its comma between two
            # modifiers of the same noun, not an appositive after a phrase of its own
            chunks = [*chunks[:-2], (chunks[-2][0], chunks[-1][1])]
            last_words = self.words(chunks[-1][0], end)
        coordinated = bool(last_words) and last_words[0].text.lower() in {"and", "but"}
        which = bool(last_words) and last_words[0].text.lower() == "which" and len(chunks) > 1
        if which and (
            len(last_words) == 1
            or (
                last_words[-1].text.lower() in {"and", "but"}
                and _relative_is_subject(last_words)
                and not self._object_pronoun_after(hi)
            )
        ):
            # "a statement from the ministry, which described ... and urged", ", which said":
            # the organisation or the document "which" follows speaks, not the sentence's subject
            # (", which said" after no such phrase: the relative pronoun, read as before)
            antecedent = self._which_antecedent(chunks[-2])
            if antecedent is not None or len(last_words) > 1:
                return antecedent
        if len(last_words) > 1 and last_words[-1].text.lower() in {"and", "but"}:
            if last_words[0].text.lower() == "who" and len(chunks) > 1:
                # "Fans booed Ada Holm, who shrugged and said": the relative's antecedent
                antecedent = self._name_ending(chunks[-2])
                if antecedent is not None:
                    rel = last_words[0]
                    return Words(rel.start, rel.end, antecedent.text, antecedent.kind, antecedent.title)
            antecedent = self._relative_antecedent(last_words)
            if antecedent is not None:
                return antecedent
            inner = self._object_relative_speaker(last_words)
            if inner is not None:
                return inner
            return self._coordinated_subject(lo, last_words)
        # "..., as an American diplomat put it,": a clause of its own that runs into its verb,
        # not an appositive ("Blunt, after a long pause, said")
        runs_into_verb = not self.m[lo:hi].rstrip().endswith(",")
        subordinated = bool(last_words) and last_words[0].text.lower() in SUBORDINATORS and runs_into_verb
        # "Clinton, a top aide said, 'is very confident'": a description that runs into its verb
        # and a comma after it is a parenthetical clause's subject, not the name's appositive
        parenthetical = (
            len(chunks) > 1
            and bool(last_words)
            and last_words[0].text.lower() in _PARENTHETICAL_DETERMINERS
            and runs_into_verb
            and _VERB_AND_COMMA.match(self.m, hi) is not None
        )
        subordinated = subordinated or parenthetical
        if last_words and last_words[0].text.lower() in _ASIDE_OPENERS and len(chunks) > 2:
            relative = self._relative_before_aside(chunks)
            if relative is not None:
                return relative
        if last_words and last_words[0].text.lower() in _ASIDE_OPENERS and len(chunks) > 1:
            # "charges that Ada Holm, for one, called": the relative clause's subject before the aside
            before = self.words(chunks[-2][0], chunks[-2][1] - 1)
            k = max(
                (i for i, w in enumerate(before) if w.text.lower() in {"that", "which", "whom"}), default=-1
            )
            inner = self._relative_clause_subject(before[k + 1 :]) if 0 <= k < len(before) - 1 else None
            if inner is not None and inner.kind == "name" and inner.end == before[-1].end:
                return inner
        if (
            len(last_words) > 1
            and last_words[-2].text.lower() == "and"
            and last_words[-1].text.lower() in {"another", "others"}
        ):
            # "with one councillor accused of ... and another calling": the other one
            w = last_words[-1]
            return Words(w.start, w.end, w.text, "np")
        while last_words and last_words[0].text.lower() in CLAUSE_STARTS:
            last_words = last_words[1:]
        if not last_words and coordinated:
            # '..., which called it "a farce" and urged': the relative clause the quote interrupts
            relative = None if self._object_pronoun_after(hi) else self._relative_across_quote(chunks)
            return relative or self.sentence_subject(lo)
        if not last_words:
            return None
        if (
            len(last_words) == 3
            and (last_words[0].text.lower() in LONE_SPEAKERS or last_words[0].text.lower() in _NUMBER_WORDS)
            and last_words[1].text == "of"
            and last_words[2].text in {"them", "us"}
        ):
            # "One of them said", "two of them told reporters": the quantified pronoun
            return Words(
                last_words[0].start, last_words[2].end, self.m[last_words[0].start : last_words[2].end], "np"
            )
        lone = last_words[0].text.lower()
        if len(last_words) == 1 and lone in LONE_SPEAKERS and (lone != "one" or coordinated):
            # "; most said", "Most said", "and some said", "met, and one said": a quantifier
            # alone is the subject (of the people just counted), never a name nor the
            # sentence's subject
            w = last_words[0]
            return Words(w.start, w.end, w.text, "np")
        if (
            len(chunks) > 1
            and len(last_words) > 2
            and (
                _participle_phrase(last_words[0].text, last_words[1].text)
                # (closed by a comma before the verb: not "referring to what he calls")
                or (last_words[0].text in _ASIDE_PARTICIPLES and self.m[end:hi].lstrip().startswith(","))
            )
            and self.m[chunks[-1][0] - 1] == ","
        ):
            # "A projection by Oxford Economics, prepared for the council, predicted", "Holm,
            # joined by Dunn, said": the aside describes the subject before it
            return self.subject_ending(lo, chunks[-1][0] - 1, cue_slot)
        if (
            len(chunks) > 1
            and len(last_words) > 2
            and last_words[2].text == _AGENT_PREPOSITION
            and _participle_phrase(last_words[0].text, "by")
            and self.m[chunks[-1][0] - 1] == ","
        ):
            # "Tom Berg, backed up by Ada Holm, said": a particle or adverb before the agent, an
            # aside of the person before it; not of a thing ("The sign, held up by Ada Holm,
            # said": the one who holds it speaks through it)
            described = self.subject_ending(lo, chunks[-1][0] - 1, cue_slot)
            if described is not None and self._person(described):
                return described
        first = last_words[0].text.lower()
        if first in _RELATIVES and len(last_words) > 1:
            # "Dana Kirk, who Beck on Wednesday called", "the treaty, which he had called",
            # "what it calls": the relative pronoun is the verb's object, the subject follows it
            inner = self._relative_clause_subject(last_words[1:])
            if inner is not None:
                return inner
        if len(last_words) == 1 and strip_possessive(first) in PRONOUNS:
            # "He's claiming": the contraction is still the pronoun.
            w = last_words[0]
            return Words(
                w.start, w.start + len(strip_possessive(w.text)), strip_possessive(w.text), "pronoun"
            )
        if len(last_words) == 1 and first in PRONOUNS:
            return Words(last_words[0].start, last_words[0].end, last_words[0].text, "pronoun")
        # "Sentencing Dunleavy, Judge Fiona McAllister said": a title and a name, not an aside
        titled_name = (
            len(last_words) > 1
            and all(w.text[:1].isupper() for w in last_words)
            and (role_head(last_words[0].text) in ROLES or last_words[0].text.lower() in TITLE_ABBREVIATIONS)
            and role_head(last_words[-1].text) not in ROLES
        )
        # "legal director for the Union of Oakmere": a role among its first words, the
        # appositive of the name before it, not a subject of its own
        # ("digital consultant Phil Musser" is a titled name: the role runs into it)
        role_at = next(
            (i for i in (1, 2) if i < len(last_words) and role_head(last_words[i].text) in PERSON_ROLES), 0
        )
        role_led = (
            len(chunks) > 1
            and last_words[0].text.islower()
            and 0 < role_at < len(last_words) - 1
            and last_words[role_at + 1].text.islower()
        )
        then = last_words[1].text if len(last_words) > 1 else ""
        if len(last_words) > 1 and last_words[0].text.lower() in {"which", "that", "whom"}:
            # ", which Will claims": a name right after an object's relative pronoun is its
            # clause's subject (the relative is the verb's object), not a description of the
            # name before the comma ("Dover, Delaware, which ...")
            inner = self.name_only(last_words[1].start, last_words[-1].end)
            if inner is not None and inner.start == last_words[1].start:
                return inner
            # (a lone name that is a word too, "Will", as the article's names read it: a
            # capital inside the sentence is no modal)
            found = self.entities.name_at(last_words[1].start, last_words[-1].end)
            if found is not None and found[1].kind == "person" and found[0].start == last_words[1].start:
                m = found[0]
                if m.end == last_words[-1].end:
                    return Words(m.start, m.end, self.m[m.start : m.end], "name")
        if (
            (describes_name(last_words[0].text, then=then) or role_led)
            and not titled_name
            and not subordinated
        ):
            described = self._described_name(chunks, last_words)
            if described is not None:
                return described
        named_noun = self._name_of_description(chunks, last_words)
        if named_noun is not None:
            return named_noun
        # "Voters surveyed by Gallup": the voters, before "a name and its affiliation" reads Gallup
        affiliated = (
            self._participle_modified(last_words)
            or self._name_and_affiliation(last_words)
            or self.affiliated(last_words)
        )
        if affiliated is not None:
            return affiliated
        return self._clause_subject_ending(lo, last_words, coordinated, cue_slot or subordinated)

    def _ends_in_place(self, chunk: tuple[int, int]) -> bool:
        """Whether ``chunk`` ends with a town after a place preposition ("of Columbia,")."""
        words = self.words(chunk[0], chunk[1] - 1)
        return len(words) > 1 and words[-2].text in {"of", "in", "from"} and words[-1].text[:1].isupper()

    def _party_of_place(self, words: list[Word], end: int) -> bool:
        """Whether ``words`` are a party member of a place: "Democrat of Tennessee",
        "Republican from New York"."""
        return (
            len(words) > 2
            and words[0].text.lower() in _PARTY_MEMBERS_OF
            and words[1].text in {"of", "from"}
            and _is_place(self.m[words[2].start : end].strip(" ,"))
        )

    def _relative_clause_subject(self, words: list[Word]) -> Words | None:
        """The subject opening a relative clause after its pronoun ("[who] he later
        described", "[which] Senator Ada Holm had called"): a personal pronoun, or a name
        followed by a lower-case word; None for "[who] has long called", "[which] runs"."""
        w0 = words[0]
        if w0.text in ARTICLES:
            # "[which] an FBI inquiry said", "[whom] the judge called": a noun phrase of its own
            k = next((i for i, w in enumerate(words) if _before_verb(w.text) and i), len(words))
            rest = words[k:]
            if (
                1 < k <= 5
                and words[k - 1].text.isalpha()
                and all(_before_verb(w.text) for w in rest)
                and len(rest) <= 3
            ):
                return Words(w0.start, words[k - 1].end, self.m[w0.start : words[k - 1].end], "np")
            return None
        pronoun = w0.text.lower() in _CLAUSE_PRONOUNS
        k = 1 if pronoun else 0
        while not pronoun and k < len(words) and words[k].text[:1].isupper():
            k += 1
        # only auxiliaries, adverbs and a time phrase between it and the verb: not the
        # clause of "that Sanders can catch Clinton, said"
        rest = words[k:]
        if k == 0 or len(rest) > 3 or not all(_before_verb(w.text) for w in rest):
            return None
        if pronoun:
            return Words(w0.start, w0.end, w0.text, "pronoun")
        name = self.name_only(w0.start, words[k - 1].end)
        return name if name is not None and name.end == words[k - 1].end else None

    def _titled_aside(self, lo: int, hi: int) -> int | None:
        """Where an aside that ends in a quoted title, its comma inside the closing mark, opens
        before ``hi`` ('Tom Berg, author of "The Long Road," put it'): the aside's opening
        comma, if the aside describes the name before it; else None."""
        inside = self.doc.quotes_within(lo, hi)
        if not inside or self.m[inside[-1].outer[-1][1] : hi].strip():
            return None
        title = inside[-1]
        if not self.doc.text[title.spans[-1][0] : title.spans[-1][1]].rstrip().endswith(","):
            return None
        comma = self.m.rfind(",", lo, title.outer[0][0])
        aside = self.words(comma + 1, title.outer[0][0])[:2] if comma > lo else []
        if not aside or not describes_name(aside[0].text, appositive=True, then=aside[-1].text):
            return None
        return comma

    def _trim_end(self, lo: int, hi: int) -> int | None:
        """Where the subject before ``hi`` ends: before trailing asides, adverbs, a party tag
        or a parenthesis ("Marcia Price (D), however,"); None when nothing is left."""
        text = self.m[lo:hi].rstrip()
        while True:
            # only the end can change, and an end-anchored pattern is slow over a long text
            head, tail = text[:-60], text[-60:]
            # each end-anchored pattern is tried only when the last word can end a match of
            # it: a pattern tried at every position of the tail is most of this loop's time
            trimmed = tail
            if _last_word(trimmed) in _QUOTED_AS_ENDS:
                trimmed = _TRAILING_QUOTED_AS.sub("", trimmed)
            if trimmed.rstrip().rstrip(",").endswith(_ASIDE_ENDS):
                trimmed = _TRAILING_ASIDE.sub("", trimmed)
            last = _last_word(trimmed)
            if last in ADVERBS or last.endswith("ly"):
                trimmed = _TRAILING_ADVERB.sub("", trimmed)
            trimmed = _TRAILING_PAREN.sub("", trimmed.rstrip(", "))  # "Marcia Price (D),"
            trimmed = _TRAILING_PARTY.sub("", trimmed)
            last = _last_word(trimmed)
            # (a word not in ASCII may still match a head, case ignored: "ſunday")
            if not last.isascii() or last.lower() in _TIME_ENDS or (len(last) == 4 and last.isdigit()):
                trimmed = _TRAILING_TIME.sub("", trimmed)
                trimmed = _TRAILING_DAY.sub(r"\1", trimmed)
            if _last_word(trimmed) == "to":
                trimmed = _TRAILING_CARRIER.sub("", trimmed)
            # "Trump in his announcement speech called", "Obama at the time said": the
            # subject before a phrase of place or time
            placed = placed_end(trimmed)
            trimmed = trimmed[:placed] if placed is not None else trimmed
            if trimmed == tail:
                break
            text = head + trimmed
        if text.endswith(","):
            text = text[:-1]
        if not text.strip():
            return None
        return lo + len(text)

    def _chunks(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """[lo, hi) cut after each comma, colon, dash or quotation mark (a chunk's end is one past it)."""
        text = self.m[lo:hi]
        cuts = [lo] + [
            lo + m.end()
            for m in _CHUNK_MARK.finditer(text)
            if not _THOUSANDS.match(text, m.start())  # not "6,000 workers"
        ]
        # a quote in any style of marks ('' too) cuts as its mark does
        cuts = sorted({*cuts, *(c + 1 for c in self.quote_cuts(lo, hi) if c + 1 > lo)})
        return [(a, b) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]

    def _place_or_body(self, name: Words) -> bool:
        """Whether ``name`` is registered as a place or an organisation ("Iowa", "the Iowa
        State Fair"), not a person nor a name of unknown kind."""
        found = self.entities.name_at(name.start, name.end)
        return found is not None and found[1].kind in {"place", "org"}

    def _person(self, name: Words) -> bool:
        """Whether ``name`` is registered as a person's name."""
        found = self.entities.name_at(name.start, name.end) if name.kind == "name" else None
        return found is not None and found[1].kind == "person"

    def _coordinated_names(self, chunk: tuple[int, int]) -> Words | None:
        """Two names joined by "and" that are the whole chunk: "Tom Berg and Ada Holm," of
        "Tom Berg and Ada Holm, both members of the board, said" (both of them)."""
        words = self.words(chunk[0], chunk[1] - 1)
        j = next((i for i, w in enumerate(words) if w.text == "and"), 0)
        if not 0 < j < len(words) - 1:
            return None
        left = self.name_only(words[0].start, words[j - 1].end)
        right = self.name_only(words[j + 1].start, words[-1].end)
        if (
            left is None
            or right is None
            or (left.start, left.end) != (words[0].start, words[j - 1].end)
            or right.end != words[-1].end
        ):
            return None
        return Words(left.start, right.end, self.m[left.start : right.end], "np")

    @staticmethod
    def _unknown_antecedent(rel: Word) -> Words:
        """The relative pronoun ``rel`` as the verb's subject, standing for nobody a reading
        found: "praised farmers in Brill, Ont., who said" (the pronoun is the subject, so no
        earlier verb's subject speaks; its antecedent is unknown, so the speaker is nobody)."""
        return Words(rel.start, rel.end, rel.text, "np")

    def _ends_chunk(self, name_end: int, chunk_end: int) -> bool:
        """Whether a name ending at ``name_end`` ends its chunk: nothing after it but the
        comma, and the dot of an abbreviation the name's words drop ("Tom Berg Jr., who")."""
        return not self.m[name_end:chunk_end].strip(" ,.")

    def _name_ending(self, chunk: tuple[int, int]) -> Words | None:
        """The name that ends ``chunk`` (up to its comma): "Ada Holm" of "Fans booed Ada
        Holm,"; None when the chunk ends in no name."""
        found = self.entities.name_at(chunk[0], chunk[1])
        if found is None or not self._ends_chunk(found[0].end, chunk[1]):
            return None
        m = found[0]
        return Words(m.start, m.end, self.m[m.start : m.end], "name")

    def _relative_across_quote(self, chunks: list[tuple[int, int]]) -> Words | None:
        """The antecedent of a ", which ..." clause that a quote interrupts before the "and" of
        the last chunk: '..., which described the plan as "a farce" and urged' (or the clause's
        own subject, the pronoun its verb's object: '..., which Tom Berg had called "a
        disaster" and promised'); None when no
        quote or no such clause comes before it, or a comma after the quote closes the clause
        ('which signed the deal on "good terms," and called': the sentence's subject again)."""
        k = len(chunks) - 2
        while k > 0 and not self.words(chunks[k][0], chunks[k][1]):
            k -= 1  # the blanked quote, and the space after its closing mark
        relative = self.words(chunks[k][0], chunks[k][1])
        first = relative[:1]
        if k < 1 or k == len(chunks) - 2 or not first or first[0].text.lower() not in _OBJECT_RELATIVES:
            return None
        # (the masked quote keeps its punctuation: a comma inside its closing mark or after it)
        tail = self.m[chunks[k][1] : chunks[-1][0]].rstrip()
        if tail.endswith(",") or tail.rstrip("\"'”’").rstrip().endswith(","):
            return None
        if first[0].text.lower() != "which" or not _relative_is_subject(relative):
            # '..., which Tom Berg had called "a disaster" and promised': the clause's own subject
            return self._object_relative_speaker(relative)
        return self._which_antecedent(chunks[k - 1]) if _relative_is_subject(relative) else None

    def _object_pronoun_after(self, hi: int) -> bool:
        """Whether the verb at ``hi`` takes an object pronoun ("and called it", "and urged him
        to"): the thing "which" stood for is the object, the sentence's subject the speaker."""
        return _VERB_AND_OBJECT_PRONOUN.match(self.m, hi) is not None

    def _which_antecedent(self, chunk: tuple[int, int]) -> Words | None:
        """The organisation, document or noun phrase that ends ``chunk`` right before its comma,
        what a ", which" after it refers to; None when the chunk ends in none ("Holm lost,
        which"), or in a person's name or a name of unknown kind ("which" stands for no person)."""
        words = self.words(chunk[0], chunk[1] - 1)
        if not words or self.m[words[-1].end : chunk[1]].strip() != ",":
            return None
        name = self._name_ending(chunk)
        if name is not None:
            found = self.entities.name_at(name.start, name.end)
            return name if found is not None and found[1].kind == "org" else None
        np = self.noun_phrase(words, cue_slot=True)
        return np if np is not None and np.end == words[-1].end else None

    def _comma_between_modifiers(self, chunk: tuple[int, int], last_words: list[Word]) -> bool:
        """Whether ``chunk`` is an article and one or two modifiers ending in a comma ("the
        bespectacled,", "a soft-spoken,") and ``last_words`` the rest of the phrase, another
        modifier and plain lower-case words ("71-year-old diplomat"): no noun before the comma
        ("the senator, visibly angry,"), no name, clause or attribution after it ("The wounded,
        police officers said, were": the officers speak, their phrase no modifier)."""
        before = self.words(chunk[0], chunk[1] - 1)
        if not 2 <= len(before) <= 3 or before[0].text.lower() not in ARTICLES:
            return False
        if not all(_modifier(w.text) and role_head(w.text) not in ROLES for w in before[1:]):
            return False
        return (
            1 < len(last_words) <= 4
            and all(w.text.islower() for w in last_words)
            and (_modifier(last_words[0].text) or last_words[0].text[:1].isdigit())
        )

    def _relative_antecedent(self, words: list[Word]) -> Words | None:
        """'"...," said a retired judge who followed the case and called it "a travesty"':
        the verb after "and" shares the relative clause's subject, the phrase "who" follows,
        not the sentence's subject before the quote (a quote's object). Only there, a speech
        verb then the phrase: an appositive ("Tom Berg, a farmer who lost ... and called") or
        a verb's object ("Tom Berg asked reporters who ... and called") leaves the sentence's
        subject. None unless a name or a noun phrase ends right before "who"."""
        k = next((i for i, w in enumerate(words) if w.text == "who"), 0)
        if k < 2 or self.m[words[k - 1].end : words[k].start].strip():
            return None
        verb, before = words[0].text, words[1:k]
        if not verb.islower() or verb not in CUE_FORMS:
            return None
        np = self.name_only(before[0].start, before[-1].end) or self.noun_phrase(before, cue_slot=True)
        if np is None or (np.start, np.end) != (before[0].start, before[-1].end):
            return None
        return np

    def _object_relative_speaker(self, words: list[Word]) -> Words | None:
        """'Holm cited the treaty, which Tom Berg had called "a disaster" and promised to':
        the relative pronoun opening ``words`` is the object of a speech verb whose subject
        follows it, and the verb after "and" shares that clause's subject, not the sentence's.
        Only a speech verb in the clause ("which Tom Berg drafted and said" may be either's:
        read as before)."""
        if words[0].text.lower() not in _OBJECT_RELATIVES or _relative_is_subject(words):
            return None
        v = next(
            (i for i in range(1, len(words)) if words[i].text.islower() and not _before_verb(words[i].text)),
            None,
        )
        if v == 1:
            # "[which] researchers at Oakmere University had called": a lower-case phrase
            v = self._speech_verb_past_phrase(words)
        if v is None or v < 2 or words[v].text not in CUE_FORMS:
            return None
        nxt = words[v + 1].text if v + 1 < len(words) else ""
        if nxt in AUXILIARIES or (nxt.islower() and nxt.endswith("ed")):
            # 'the farmers, who Tom Berg said were "fed up" and demanded': the pronoun is the
            # subject of the clause the speech verb takes, not its object; the verb after
            # "and" is the pronoun's (the farmers': nobody named), never the speech verb's
            # subject's nor the sentence's
            rel = words[0]
            return Words(rel.start, rel.end, rel.text, "np")
        inner = self._relative_clause_subject(words[1:v])
        if inner is None and words[1].text.islower() and words[1].text not in _CLAUSE_PRONOUNS:
            # "[which] researchers at Oakmere University had called \"...\" and said": the
            # phrase, unread (nobody named), not the sentence's subject
            k = v
            while k > 1 and _before_verb(words[k - 1].text):
                k -= 1
            return Words(words[1].start, words[k - 1].end, self.m[words[1].start : words[k - 1].end], "np")
        return inner

    def _speech_verb_past_phrase(self, words: list[Word]) -> int | None:
        """The index of the speech verb after a relative pronoun and a phrase of nouns, a
        preposition and names before it ("which researchers at Oakmere University had
        called"): None when any word of the phrase may be a verb or opens a clause."""
        v = next((i for i in range(2, len(words)) if words[i].text in CUE_FORMS), None)
        if v is None:
            return None
        k = v
        while k > 1 and _before_verb(words[k - 1].text):
            k -= 1
        phrase = words[1:k]
        if not phrase or not all(w.text.isalpha() for w in phrase):
            return None
        if any(w.text.endswith(("ed", "ing")) or w.text.lower() in CLAUSE_STARTS for w in phrase):
            return None
        return v

    def _own_subject_after_and(self, words: list[Word]) -> Words | None:
        """The noun phrase after a determiner that ends ``words``, a clause after "and" or
        "but", right before its verb (", and the crowd chanted"); not a time phrase (", and
        this week said"), whose verb shares the sentence's subject."""
        np = self.noun_phrase(words, cue_slot=True)
        if np is None:
            return None
        phrase = np.text.split()
        if phrase[0].lower() not in DETERMINERS or any(_time_noun(w) for w in phrase[1:]):
            return None
        if any(_describes_person(w) for w in phrase[1:]):
            # "Rod Tessier filed the suit, and the 54-year-old told reporters", "and the
            # veteran said": a description that refers back to the sentence's subject
            return None
        return np

    def _coordinated_subject(self, lo: int, last_words: list[Word]) -> Words | None:
        """ "I laughed and said": the clause's subject, and "after she attacked ... and
        blamed" is hers, not the sentence's."""
        opener = max(
            (i for i, w in enumerate(last_words[:-1]) if w.text.lower() in _CLAUSE_STARTS_BUT_CONJUNCTIONS),
            default=-1,
        )
        lead = 1 if last_words[0].text.lower() in {"and", "but"} and len(last_words) > 2 else 0
        w0 = last_words[lead]  # ", and he looked at my polling and said": the clause's own "he"
        if opener < 0 and w0.text.lower() in PERSONAL_PRONOUNS and last_words[lead + 1].text.islower():
            return Words(w0.start, w0.end, w0.text, "pronoun")  # ", I laughed and said"
        if 0 <= opener < len(last_words) - 2:
            w = last_words[opener + 1]
            if w.text.lower() in PRONOUNS:
                return Words(w.start, w.end, w.text, "pronoun")
            name = self.name_only(w.start, w.end)
            if name is not None:
                return name
        return self.sentence_subject(lo)

    def _opening_phrase(self, chunk: tuple[int, int]) -> bool:
        """Whether ``chunk`` is a phrase opening its sentence with a preposition ("In Oslo,");
        not "As", which opens a clause ("As John Cornyn, the No. 2 ..., put it:")."""
        first = self.words(chunk[0], chunk[1])[:1]
        return (
            bool(first)
            and first[0].text.lower() in PREPOSITIONS_BUT_AS
            and self.doc.sentence_at(chunk[0]).start == first[0].start
        )

    def _place_chunk(self, chunk: tuple[int, int]) -> bool:
        """Whether ``chunk`` is a state or country alone, with a time word or two after it
        ("New Hampshire", "Ohio on Friday", "New Hampshire Monday")."""
        words = [w.text for w in self.words(chunk[0], chunk[1])]
        while words and _time_word(words[-1]):
            words.pop()
        return bool(words) and bool(_is_place(" ".join(words)))

    def _relative_before_aside(self, chunks: list[tuple[int, int]]) -> Words | None:
        """ "Bret Stephens, who, after trading insults with Mr. Hannity over Mr. Trump, said":
        the verb's subject is "who", read as the name before it; the aside between them names
        nobody who speaks."""
        lone = self.words(chunks[-2][0], chunks[-2][1] - 1)
        if [w.text for w in lone] != ["who"]:
            return None
        found = self.entities.name_at(chunks[-3][0], chunks[-3][1])
        if found is None or not self._ends_chunk(found[0].end, chunks[-3][1]):
            return None
        m = found[0]
        return Words(lone[0].start, lone[0].end, self.m[m.start : m.end], "name")

    def _tag_opening(self, chunks: list[tuple[int, int]], k: int) -> int | None:
        """Where the short parenthesis after a name that chunk ``k`` closes opens: the index
        of the chunk that ends with its "(" ("R)," of "(R),", "Riverdale)," of "(Ward 3,
        Riverdale),"); None when chunk ``k`` closes none."""
        if _CLOSED_TAG.match(self.m, chunks[k][0], chunks[k][1]) is None:
            return None
        for j in range(k - 1, max(k - 4, -1), -1):
            if self.m[chunks[j][1] - 1] == "(":
                return j if chunks[k][1] - chunks[j][1] <= 50 else None
            if ")" in self.m[chunks[j][0] : chunks[j][1]]:
                return None
        return None

    def _described_name(self, chunks: list[tuple[int, int]], last_words: list[Word]) -> Words | None:
        """Back over the asides to the name they describe: "Ayrault, the foreign minister of
        France, a permanent member of ..., said", "Quina Jones, 25, said", "Clinton, at a
        later press gaggle, said"; the appositive next to the name is its title."""
        first = last_words[0].text.lower()
        first = "who" if first in {"who's", "who’s"} else first  # "who's thinking": "who is"
        k = len(chunks) - 2
        while k >= 0:
            opened = self._tag_opening(chunks, k) if k > 0 else None
            if opened is not None:
                # "Gov. Chris Christie (R), a staunch ally, said", "Coun. Ada Holm (Ward 3,
                # Riverdale), who chairs ..., said": back past the tag the parenthesis cut
                # off, to the name it closes
                k = opened
                continue
            described = k + 1
            closing = next(
                (j for j in range(k + 1, min(k + 4, len(chunks) - 1)) if self._tag_opening(chunks, j) == k),
                None,
            )
            if closing is not None:
                described = closing + 1
            prev = self.name_only(chunks[k][0], chunks[k][1] - 1) or self._coordinated_names(chunks[k])
            if prev is not None and k > 0 and _is_place(self.m[chunks[k][0] : chunks[k][1]].strip(" ,")):
                # "Ada Holm of Brill, Ont., who said": a state or province alone ends the town
                # before it, and describes nobody; the name is the person the town describes.
                # Any other town is no speaker: "praised farmers in Brill, Ont., who said",
                # "wrote to the mayor of Brill, Ont., who replied" name nobody
                if self._name_of_place(self.words(chunks[k - 1][0], chunks[k - 1][1] - 1)) is None:
                    return self._unknown_antecedent(last_words[0]) if first == "who" else None
                k -= 1
                continue
            if prev is not None and k == 0 and self._opening_phrase(chunks[0]):
                # "In Oslo, Mayor Lena Dahl released a statement": the place of the sentence's
                # opening phrase is described by nothing after it; the clause has its subject
                prev = None
            opening_place = k == 1 and self._opening_phrase(chunks[0]) and self._place_chunk(chunks[1])
            if prev is not None and opening_place:
                # "In Hudson, New Hampshire(, on Monday), the supporter said": the state ends the
                # opening phrase's town, and the description after it is the clause's subject
                prev = None
            if prev is None and first in PREPOSITIONS and k == len(chunks) - 2:
                # "... when Mrs. Clinton, in response to ..., accused": the name that ends the
                # clause before a phrase in commas
                words = self.words(chunks[k][0], chunks[k][1] - 1)
                ending = self._clause_subject_ending(chunks[k][0], words, False) if words else None
                # the last lower-case word before the name and its titles ("when Mrs. Clinton")
                before = [
                    w
                    for w in words
                    if w.end <= (ending.start if ending is not None else 0) and w.text.islower()
                ]
                if (
                    ending is not None
                    and ending.kind == "name"
                    and ending.end == words[-1].end
                    and (
                        not before or before[-1].text.lower() in CLAUSE_STARTS
                    )  # not "tie Bradley to Walker"
                ):
                    prev = ending
            if prev is None and k == 0:
                # "A spokesperson for Ardent Retail, which runs ..., said"; a later chunk
                # ("the foreign minister of France") is an appositive, not the subject
                opening = self.words(chunks[k][0], chunks[k][1] - 1)
                prev = self.affiliated(opening)
                if prev is None and opening and first in {"who", "which"}:
                    # "A Warren adviser, who spoke on the condition of anonymity, said"
                    np = self.noun_phrase(opening)
                    prev = np if np is not None and np.start == opening[0].start else None
            if prev is None:
                # "Sen. Ada Holm of Nebraska, who ..., said", "Ada Holm of the Sierra Club, who",
                # "Rep. Ada Holm of Ohio, a Republican, said": the name its affiliation follows,
                # not the place or body
                prev = self._name_of_place(self.words(chunks[k][0], chunks[k][1] - 1))
                body = self._body_described(chunks, k, described, prev) if prev is not None else None
                if body is not None:
                    return body
            if prev is None and first == "who" and k == len(chunks) - 2:
                prev = self._inverted_before_relative(chunks[k])
            if prev is None and (first in {"who", "whose"} or (first == "which" and len(last_words) == 1)):
                # "... a frosty relationship with McConnell, now the majority leader, who said"
                found = self.entities.name_at(chunks[k][0], chunks[k][1])
                if found is not None and first != "which" and self._placed(found[0].start, found[1]):
                    # "her daughter, Claire Vale, a pediatrician in Hartford, who described", "Leo
                    # Marsh, a baker from Truro, who told": a place ends the appositive; "who" is
                    # the person it describes
                    found = None
                thing = (
                    self._thing_about(chunks[k], found[0].start)
                    if found is not None and first == "which" and found[1].kind == "person"
                    else None
                )
                if thing is not None:
                    # "attacked the documentary about Ada Holm, which calls her": "which" stands
                    # for no person, but for the thing whose topic the name is (not after "by":
                    # 'a column by Tom Berg, which described' is the author's words)
                    rel = last_words[0]
                    return Words(rel.start, rel.end, thing.text, "np")
                if found is not None and self._ends_chunk(found[0].end, chunks[k][1]):
                    m = found[0]
                    prev = Words(m.start, m.end, self.m[m.start : m.end], "name")
                    # "An aide to Senator Tom Berg, who said": the aide, as above
                    before = [w for w in self.words(chunks[k][0], m.start) if w.end <= m.start]
                    role = self._role_after_object(before)
                    if role is not None:
                        prev = Words(role.start, m.end, self.m[role.start : m.end], "np")
            if prev is not None:
                if first in {"who", "which"} and all(_before_verb(w.text) for w in last_words[1:]):
                    # "Scott Reed, the Chamber's strategist, who added", "Beck, who has in the
                    # past described": the relative pronoun is the mention, read as the name it
                    # stands for
                    rel = last_words[0]
                    return Words(rel.start, rel.end, prev.text, prev.kind, prev.title)
                if first == "whose" and len(last_words) == 1:
                    return prev
                title_words = self.words(chunks[described][0], chunks[described][1] - 1)
                title = None
                if title_words and (
                    describes_name(
                        title_words[0].text,
                        appositive=True,
                        then=title_words[1].text if len(title_words) > 1 else "",
                    )
                    or any(role_head(w.text) in ROLES for w in title_words[1:3])
                ):
                    # "the director ... and whose film ...": the title ends before a relative clause,
                    # and a relative clause alone ("who runs the effort") is none
                    title = clip_title(self.m[title_words[0].start : title_words[-1].end]) or None
                return Words(prev.start, prev.end, prev.text, prev.kind, title or prev.title)
            lead = self.words(chunks[k][0], chunks[k][1] - 1)[:3]
            # "medical director of the Heart Alliance": a role among its first words
            if not lead or not (
                describes_name(lead[0].text, then=lead[1].text if len(lead) > 1 else "")
                or any(role_head(w.text) in ROLES for w in lead[1:])
            ):
                return None
            k -= 1
        return None

    def _name_of_description(self, chunks: list[tuple[int, int]], last_words: list[Word]) -> Words | None:
        """'Ada Holm, the editor of the official newspaper, Oakmere Courier, said': a name
        that is no person's (``last_words``, the last chunk) right after a description that
        a determiner opens, after a person's name that opens the sentence; the name names the
        description's noun, the person speaks (titled by the description). Or right after a
        role's phrase alone (:meth:`_role_of_named`): that phrase speaks."""
        if len(chunks) not in (2, 3) or not last_words:
            return None
        name = self.name_only(last_words[0].start, last_words[-1].end)
        if name is None or name.start != last_words[0].start or self._person(name):
            return None
        if len(chunks) == 2:
            return self._role_of_named(chunks[0])
        first = self.words(chunks[0][0], chunks[0][1] - 1)
        described = self.words(chunks[1][0], chunks[1][1] - 1)
        if not first or len(described) < 2 or described[0].text.lower() not in ARTICLES:
            return None
        if not all(w.text.islower() or w.text.endswith(("'s", "’s")) for w in described):
            return None  # (a plain description: no name of its own, as "the CEO of Acme")
        person = self.name_only(first[0].start, first[-1].end)
        if person is None or person.start != first[0].start or not self._person(person):
            return None
        title = clip_title(self.m[described[0].start : described[-1].end]) or None
        return Words(person.start, person.end, person.text, "name", title or person.title)

    def _role_of_named(self, chunk: tuple[int, int]) -> Words | None:
        """'A representative of his investment firm, Lindgren Capital Partners, said': the
        phrase of ``chunk`` (a determiner, a person's role, a preposition, lower-case words
        to its comma) whose last noun the name after it names; None for any other chunk."""
        words = self.words(chunk[0], chunk[1] - 1)
        if len(words) < 4 or words[0].text.lower() not in DETERMINERS:
            return None
        if not all(w.text.islower() for w in words[1:]):
            return None
        at = next((i for i, w in enumerate(words) if w.text in PREPOSITIONS), 0)
        if at < 2 or at == len(words) - 1 or role_head(words[at - 1].text) not in PERSON_ROLES:
            return None
        return Words(words[0].start, words[-1].end, self.m[words[0].start : words[-1].end], "np")

    def _thing_about(self, chunk: tuple[int, int], name_at: int) -> Words | None:
        """The noun phrase a determiner opens right before the preposition whose object is
        the name at ``name_at``: "the documentary" of "attacked the documentary about Ada
        Holm,"; None when no preposition governs the name."""
        words = [w for w in self.words(chunk[0], chunk[1]) if w.end <= name_at]
        if len(words) < 3 or words[-1].text.lower() not in _TOPIC_PREPOSITIONS:
            return None
        det = max((i for i, w in enumerate(words[:-1]) if w.text.lower() in ARTICLES), default=-1)
        head = words[det:-1] if det >= 0 else []
        if len(head) < 2 or not all(w.text.islower() for w in head):
            return None
        np = self.noun_phrase(head, cue_slot=True)
        return np if np is not None and (np.start, np.end) == (head[0].start, head[-1].end) else None

    def _placed(self, start: int, entity: Entity) -> bool:
        """Whether the name at ``start`` is a place: one the article reads as a place, or a
        name that is no person's after a place preposition, "from" or "at" ("a pediatrician in
        Hartford", "a baker from Truro"; not "an endorsement from Mike Lee, who declared")."""
        if entity.kind == "place":
            return True
        before = self.m[max(0, start - 6) : start].split()
        return entity.kind != "person" and bool(before) and before[-1] in _PLACING_BEFORE

    def _body_described(
        self, chunks: list[tuple[int, int]], k: int, described: int, person: Words
    ) -> Words | None:
        """The body after "of" in chunk ``k`` ("Ada Holm of the Daily Bugle") when the
        appositive after it names a body, not a person, and its relative pronoun is the cue's
        subject: "a conservative website that ran" describes the Daily Bugle; None otherwise,
        so the name stays the subject when the cue follows the appositive ("a group that she
        founded, said") or the relative clause has a subject of its own ("a group that Tom
        Berg called", "a group that she said was")."""
        if described != len(chunks) - 1:
            return None  # the cue is not in the appositive: its relative clause is an aside
        described_words = self.words(chunks[described][0], chunks[described][1] - 1)
        rel = next(
            (i for i, w in enumerate(described_words) if w.text.lower() in {"that", "which", "who"}),
            None,
        )
        if rel is None or not all(_before_verb(w.text) for w in described_words[rel + 1 :]):
            return None  # "a group that Tom Berg called": the clause's own subject speaks
        words = self.words(chunks[k][0], chunks[k][1] - 1)
        title = described_words[:5]
        head = [w.text.lower() for w in title if w.text.islower()]
        stop = next((i for i, w in enumerate(head) if w in {"that", "which", "who", "whose"}), len(head))
        nouns = head[:stop]
        if (
            not nouns
            or nouns[0] not in DETERMINERS
            or nouns[-1] not in ORG_ROLES
            or nouns[-1] in PERSON_ROLES
        ):
            return None
        # the words after ``person`` (whom :meth:`_name_of_place` found right before the
        # chunk's last "of" or "from"): "of the Daily Bugle"
        rest = [w for w in words if w.start >= person.end]
        body = self.name_only(rest[1].start, rest[-1].end) if len(rest) > 1 else None
        return body if body is not None and body.end == words[-1].end else None

    def _role_after_object(self, before: list[Word]) -> Words | None:
        """The person-role phrase ``before`` a name ends with, when a preposition and title
        words at most link them ("An aide to Senator", "the wife of"): see :meth:`_role_before`."""
        at = next((i for i in range(len(before) - 1, 0, -1) if before[i].text.lower() in PREPOSITIONS), None)
        if at is None or any(w.text[:1].islower() for w in before[at + 1 :]):
            return None
        return self._role_before(before[:at])

    def _role_before(self, words: list[Word]) -> Words | None:
        """The noun phrase ``words`` end with, when its head is a person's role after a
        determiner ("the aide", "a spokesman"): the antecedent of a relative "who" past the
        name that a preposition after the role governs ("the aide to Senator Tom Berg who
        said"); a thing ("a tweet from Ada Holm who wrote") leaves the name its antecedent."""
        if not words or role_head(words[-1].text.lower()) not in PERSON_ROLES or not words[-1].text.islower():
            return None
        np = self.noun_phrase(words, cue_slot=True)
        if np is None or np.end != words[-1].end or self._predicate(np.start):
            return None
        return np if self.m[np.start : np.end].split()[0].lower() in DETERMINERS else None

    def _predicate(self, start: int) -> bool:
        """Whether the phrase at ``start`` follows a copula whose subject is named ("Ada Holm is
        the sister of Tom Berg, who said"): it says what that subject is, and the relative
        after the name it governs is that name's; not a cleft ("It was the aide to Tom Berg
        who said"), where the phrase is the relative's antecedent."""
        before = self.words(max(0, start - 40), start)[-2:]
        if len(before) < 2 or before[-1].text.lower() not in COPULAS:
            return False
        # (a name's last word: not "It was", "There was", "They were")
        return self.name_only(before[0].start, before[0].end) is not None

    def _name_of_place(self, words: list[Word]) -> Words | None:
        """The person a chunk ending "Sen. Ada Holm of Nebraska" or "Ann Vale from Ohio"
        names, titled by where she is from; None unless a person's name ends right
        before the last "of" or "from"."""
        of = next((i for i in range(len(words) - 1, 0, -1) if words[i].text in {"of", "from"}), None)
        if of is None or not words[-1].text[:1].isupper():
            return None
        found = self.entities.name_at(words[0].start, words[of - 1].end)
        if found is None or found[0].end != words[of - 1].end or found[1].kind != "person":
            return None
        m = found[0]
        return Words(m.start, m.end, self.m[m.start : m.end], "name", self.m[words[of].start : words[-1].end])

    def _inverted_before_relative(self, chunk: tuple[int, int]) -> Words | None:
        """The noun phrase an inverted cue's subject is, ending the chunk before a relative
        "who": '"...," said one Democrat familiar with the talks, who added that'; not the
        object of "tell" or "ask" ("told a reporter, who asked")."""
        words = self.words(chunk[0], chunk[1] - 1)
        cues = [
            i
            for i, w in enumerate(words)
            if w.text in CUE_FORMS and w.text.islower() and CUE_FORMS[w.text] not in {"tell", "ask"}
        ]
        if not cues or cues[-1] >= len(words) - 1:
            return None
        inverted = self.subject_following(words[cues[-1]].end, chunk[1] - 1, cue_slot=True)
        if inverted is None or inverted.kind != "np":
            return None
        rest = [w for w in words if w.start >= inverted.end]
        # (the whole phrase, or the phrase and what describes an unnamed source)
        if rest and (len(rest) < 2 or (rest[0].text, rest[1].text) not in _SOURCE_MODIFIERS):
            return None
        return inverted

    def _name_and_affiliation(self, last_words: list[Word]) -> Words | None:
        """ "Mr. Morgan of the Sierra Club", "Jane Doe at Reuters": a name, titled by its affiliation."""
        of = next((i for i, w in enumerate(last_words) if w.text in {"of", "at", "from"}), None)
        if not of or not last_words[-1].text[:1].isupper():
            return None
        name = self.name_only(last_words[0].start, last_words[of - 1].end)
        head = last_words[of - 1].text.lower()
        title = self.m[last_words[of].start : last_words[-1].end]
        # not "the Association of Transit Pilots" nor "Secretary of State John Kerry"
        if name is not None and head not in ORG_HEADS and role_head(head) not in ROLES:
            return Words(name.start, name.end, name.text, name.kind, name.title or title)
        joined = next((i for i in range(1, of - 1) if last_words[i].text == "and"), None)
        if name is None and joined is not None and head not in ORG_HEADS and role_head(head) not in ROLES:
            # "experts Dana Kirk and Ola Berg of the Institute": both of them, as "Smith and
            # Jones said" is, and not the institute
            first = self.name_only(last_words[0].start, last_words[joined - 1].end)
            second = self.name_only(last_words[joined + 1].start, last_words[of - 1].end)
            if first is not None and second is not None and second.end == last_words[of - 1].end:
                return Words(first.start, second.end, self.m[first.start : second.end], "np", title)
        return None

    def _object_of_of(self, words: list[Word], cut: int, name: Words) -> bool:
        """Whether ``name``, ending ``words``, is the object of the "of" at ``cut`` (past its
        article): "the town of Brill told", "the staff of Ada Holm said"; not a gerund's
        subject ("an account of Ada Holm telling him", "footage of Holm saying"). Only the name
        right after the "of": "Bank of Montreal economist Ada Holm said" is not read here
        (and still gives the bank, a known wrong speaker)."""
        if cut <= 0 or cut + 1 >= len(words) or words[cut].text != "of":
            return False
        obj_at = cut + 2 if words[cut + 1].text.lower() in ARTICLES else cut + 1
        if obj_at >= len(words) or name.start != words[obj_at].start:
            return False
        after = self.m[words[-1].end : words[-1].end + 40].split()[:2]
        verb = [w for w in after if not w.endswith("ly")]
        return not (verb and verb[0].rstrip(",:;").endswith("ing"))

    def _subject_past_of(self, words: list[Word], name: Words, cue_slot: bool) -> Words | None:
        """The verb's subject when the name ending ``words`` is the object of "of", never
        the subject itself: the whole name it ends ("the University of Oakmere said"), the
        person the place describes ("when Speaker Ada Holm of Oregon lamented"), the noun
        phrase it ends ("A teacher from the school in the town of Brill told"), or None."""
        whole = self.name_only(words[0].start, words[-1].end)
        if whole is not None and whole.end == name.end and whole.start < name.start:
            return whole
        placed = self._name_of_place(words)
        if placed is not None:
            return placed
        np = self.noun_phrase(words, cue_slot=cue_slot)
        return np if np is not None and np.end == words[-1].end else None

    def _clause_subject_ending(
        self, lo: int, words: list[Word], coordinated: bool, cue_slot: bool = False
    ) -> Words | None:
        """The subject at the end of the last clause of ``words``: "in which he called",
        "that Trump said" (the subject follows the clause's opening words)."""
        if cue_slot:
            counted = self._counted(words)
            if counted is not None:
                return counted
        modified = self._participle_modified(words)
        if modified is not None:
            return modified
        cut = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if w.text.lower() in CLAUSE_BREAKS and not inside_title(words, i)
            ),
            default=-1,
        )
        last_words = words[cut + 1 :]
        if 0 < cut < len(words) - 1 and words[cut].text.lower() in PHRASE_PREPOSITIONS:
            phrase = self._phrase_subject(words, cut)
            if phrase is not None:
                return phrase
        if 0 < cut < len(words) - 1 and words[cut].text.lower() in OBJECT_PREPOSITIONS:
            held = self._name_held(words, cut)
            if held is not None:
                return held
        tail = strip_possessive(last_words[-1].text).lower()
        if tail in {"who", "which", "that"} and len(last_words) > 1:
            # "the Chicago Police Department which reported": the name the clause hangs on
            name = self.name_only(last_words[0].start, last_words[-2].end)
            if (
                name is not None
                and cut > 0
                and words[cut].text.lower() in _PLACES_GOVERNING
                and self._place_or_body(name)
            ):
                # "met voters in Iowa who told him": a place is no antecedent of "who"; the
                # noun before its preposition is ("voters"), or none ("a tweet from Rikkie
                # Wells who tweeted": a person is)
                head = words[cut - 1]
                before = self.name_only(words[0].start, head.end)
                before = before or self.noun_phrase(words[:cut], cue_slot=True)
                plain = head.text.isalpha() and head.text.islower()
                if (before is None or before.end != head.end) and plain:
                    # "visited families in Flint who": the plain noun the place follows
                    before = Words(head.start, head.end, head.text, "np")
                return before if before is not None and before.end == head.end else None
            if name is not None and cut > 0 and words[cut].text.lower() in PREPOSITIONS:
                role = self._role_before(words[:cut])
                if role is not None:
                    # "the aide to Senator Tom Berg who said": the person the phrase is
                    # about, not the name the preposition governs, is the relative's
                    return Words(role.start, name.end, self.m[role.start : name.end], "np")
            if name is not None:
                return name
            # "under a headline that said", "a sign that read": what carries the words
            carrier = self.noun_phrase(last_words[:-1], cue_slot=True)
            if carrier is not None and strip_possessive(last_words[-2].text).lower() in CARRIER_NOUNS:
                return carrier
        if tail in PRONOUNS and (len(last_words) == 1 or tail in PERSONAL_PRONOUNS):
            # "... with the network RT he blasted": a subject pronoun right before the verb
            w = last_words[-1]
            return Words(
                w.start, w.start + len(strip_possessive(w.text)), strip_possessive(w.text), "pronoun"
            )
        if 0 < cut < len(words) - 1 and self._governed_name(words, cut):
            # "A teacher at the school under Tom Berg told": the name is the object of a
            # preposition after a noun of the subject's phrase, never the subject; the whole
            # phrase is, when a determiner and its noun open it ("a narrator in the Clinton ad"
            # as :meth:`_phrase_subject` reads it), else none
            return self._phrase_before_prepositions(words)
        name = self.name_only(last_words[0].start, last_words[-1].end)
        if name is not None and self._object_of_of(words, cut, name):
            return self._subject_past_of(words, name, cue_slot)
        if name is not None and cut > 0 and words[cut].text == "and":
            other = self.name_only(words[0].start, words[cut - 1].end)
            if other is not None and other.start == words[0].start:
                # "Smith and Jones said": both of them, which is neither name alone
                return Words(other.start, name.end, self.m[other.start : name.end], "np")
        if name is not None:
            return name
        np = self.noun_phrase(words, cue_slot=cue_slot)
        if (
            np is not None
            and np.text.lower().startswith(("a ", "an "))
            and role_head(np.text.split()[-1]) in SPEECH_NOUNS
        ):
            # "the Security Council issued a statement calling ...": the statement's author
            return self.sentence_subject(lo) or np
        if np is None and coordinated:
            if self._own_subject_after_and(words) is not None:
                # "Holm said the plan was weak, and the crowd chanted": a clause of its own,
                # whose subject (a noun after a determiner, of no role read above: "the
                # house" is none) is not the sentence's
                return None
            # "X has touted ..., and last month said": the verb shares the sentence's subject.
            return self.sentence_subject(lo)
        if (
            np is None
            and cut == 0
            and words[0].text.lower() in TIME_OPENERS
            and words[0].start == self.doc.sentence_at(words[0].start).start
        ):
            np = self._after_opening_phrase(words)
        return np

    def _after_opening_phrase(self, words: list[Word]) -> Words | None:
        """The subject after an opening phrase with no comma of its own: "At one point the
        crowd chanted", "During the rally his supporters shouted": the last noun phrase
        opened by a determiner that runs up to the verb, past the phrase's object."""
        for j in range(len(words) - 2, 1, -1):
            if words[j].text.lower() not in _SUBJECT_DETERMINERS:
                continue
            np = self.noun_phrase(words[j:], cue_slot=True)
            if np is not None and np.start == words[j].start and np.end == words[-1].end:
                return np
            return None
        return None

    def relative_subject(self, lo: int, hi: int) -> Words | None:
        """A speaker phrase opening the sentence at ``lo`` and a relative clause about it
        that runs up to its speech verb at ``hi``: "A White House official who spoke
        anonymously said", "One attendee, who like others spoke on the condition of
        anonymity, said"; the phrase, read in a cue slot (any head after a determiner)."""
        words = self.words(lo, hi)
        rel = next((i for i, w in enumerate(words) if w.text == "who"), None)
        # (the clause has a verb of its own before ``hi``: not "An official who said")
        if (
            rel is None
            or rel == 0
            or not 2 <= len(words) - rel <= 25
            or not words[rel - 1].text[-1:].isalpha()
        ):
            return None
        # the phrase opens the sentence or follows an opening phrase and its comma:
        # "Although ... team, a White House official who ..."
        j = max(
            (i + 1 for i in range(rel - 1) if self.m[words[i].end : words[i + 1].start].strip() == ","),
            default=0,
        )
        while j < rel and words[j].text.lower() in _SENTENCE_OPENERS:
            j += 1  # "But a White House official who ..."
        if j >= rel or rel - j > 7:
            return None
        if self.m[words[rel - 1].end : words[rel].start].strip() not in {"", ","}:
            return None
        if ";" in self.m[words[rel].end : hi] or self.quote_between(words[j].start, hi):
            return None
        np = self.name_only(words[j].start, words[rel - 1].end) or self.noun_phrase(
            words[j:rel], cue_slot=True
        )
        if np is None or np.start != words[j].start or np.end != words[rel - 1].end:
            return None
        return np

    def _counted(self, words: list[Word]) -> Words | None:
        """People counted, not named, right before a speech verb: a lone quantifier
        ('"...," another said', "Some said"), a count ("About four in 10 said") or "those
        surveyed"; the whole of ``words``, so "the one he said" is not one."""
        text = self.m[words[0].start : words[-1].end]
        low = [w.text.lower() for w in words]
        verb = _NEXT_WORD.match(self.m, words[-1].end)
        form = verb.group(1) if verb is not None else ""
        if form not in CUE_FORMS or (form == CUE_FORMS[form] and low[-1] in {"one", "another"}):
            return None  # "one question that has emerged": a noun after a determiner
        if (
            (len(words) == 1 and low[0] in LONE_SPEAKERS)
            or (low[:1] == ["those"] and len(words) == 2 and low[1] in ASKED_PARTICIPLES)
            # "the two write", "the three said": the people just named, counted
            or (low[:1] == ["the"] and len(words) == 2 and low[1] in _GROUP_NUMBERS)
            or _COUNT_OF.fullmatch(text) is not None
        ):
            return Words(words[0].start, words[-1].end, text, "np")
        return None

    def _participle_modified(self, words: list[Word]) -> Words | None:
        """A subject noun phrase modified by a past participle and its object: "A March letter
        from the Harbor League obtained by The Ledger [warns]", "voters surveyed by Gallup",
        "an official who was briefed by Holm": the phrase up to the participle (its head is
        the letter, not whoever follows the participle); None when no such participle is there
        or no noun phrase of its own stands before it."""
        breaks = _CLAUSE_OR_RELATIVE
        # the participle of the last clause: not "an effort supported by Obama that Sanders said"
        at = next(
            (i for i in range(len(words) - 2, 0, -1) if _participle_phrase(words[i].text, words[i + 1].text)),
            None,
        )
        if at is None or any(w.text.lower() in breaks for w in words[at + 2 :]):
            return None
        start = max((i for i in range(at) if words[i].text.lower() in breaks), default=-1) + 1
        if 0 < start < at and all(w.text.lower() in AUXILIARIES for w in words[start:at]):
            # "an official who was briefed by Holm": a passive relative clause, about the
            # phrase before its pronoun
            at = start - 1
            start = max((i for i in range(at) if words[i].text.lower() in breaks), default=-1) + 1
        phrase = words[start:at]
        if not phrase or any(
            w.text.lower() in AUXILIARIES or w.text.lower() in PRONOUNS or w.text in {"being", "been"}
            for w in phrase
        ):
            return None  # "who was joined by", "Holm has been backed by", "the concerns being voiced by"
        if phrase[0].text.lower() in _MODIFIED_DETERMINERS:
            # led by a determiner and headed by a common noun: "a letter from the League"
            if len(phrase) < 2 or not any(w.text.islower() and w.text.isalpha() for w in phrase[1:]):
                return None
        elif (
            not all(w.text.isalpha() and w.text[1:].islower() for w in phrase)
            or not all(w.text.islower() for w in phrase[1:])
            or self.doc.sentence_at(phrase[0].start).start != phrase[0].start
        ):
            return None  # "Voters" opening a sentence; not "Holm", not "Mayor Ada Holm"
        elif self._named(phrase):
            return None  # "Holm joined by"
        end = phrase[-1].end
        if (words[at].text, words[at + 1].text) in _SOURCE_MODIFIERS:
            end = words[-1].end  # "a person familiar with the talks": all of it describes the source
        return Words(phrase[0].start, end, self.m[phrase[0].start : end], "np")

    def _named(self, phrase: list[Word]) -> bool:
        """Whether capitalised words without a determiner are a name: not a plural common
        noun that only opens its sentence ("Voters surveyed by ...")."""
        found = self.entities.name_at(phrase[0].start, phrase[-1].end)
        if found is None:
            return False
        plural_opener = (
            len(phrase) == 1
            and found[1].kind == "unknown"
            and phrase[0].text.endswith("s")
            and self.doc.sentence_at(phrase[0].start).start == phrase[0].start
        )
        return not plural_opener

    def _phrase_subject(self, words: list[Word], cut: int) -> Words | None:
        """A subject with a prepositional phrase (``words[cut]`` the preposition): "a narrator
        in the Clinton ad", "officials at the agency" are the whole phrase, its head before
        the preposition; "Ms. Park in Seoul" is Ms. Park."""
        np = self.noun_phrase(words[:cut])
        if np is not None and np.start == words[0].start:
            return Words(np.start, words[-1].end, self.m[np.start : words[-1].end], "np")
        # A name right after the preposition is its object, not the subject: "a software
        # engineer in Denver describes" names nobody.
        obj = self.name_only(words[cut + 1].start, words[-1].end)
        if obj is not None and strip_possessive(words[-1].text).lower() not in PRONOUNS:
            start = max((i for i in range(cut) if words[i].text.lower() in CLAUSE_BREAKS), default=-1) + 1
            before = words[start:cut]
            name = self.name_only(before[0].start, before[-1].end) if before else None
            if name is not None and name.end == before[-1].end:
                return name
            if before and before[0].text.lower() in DETERMINERS:
                return Words(before[0].start, words[-1].end, self.m[before[0].start : words[-1].end], "np")
        return None

    def _phrase_before_prepositions(self, words: list[Word]) -> Words | None:
        """The whole of ``words`` as one noun phrase when a determiner and lower-case words
        that are a noun phrase open it, up to its first preposition: "A teacher at the school
        under Tom Berg"; None otherwise ("Holm met a teacher at the school under Tom Berg")."""
        first = next((i for i, w in enumerate(words) if w.text.lower() in PREPOSITIONS), 0)
        head = words[:first]
        if (
            len(head) < 2
            or head[0].text.lower() not in DETERMINERS
            or not all(w.text.islower() for w in head[1:])
        ):
            return None
        np = self.noun_phrase(head)
        if np is None or (np.start, np.end) != (head[0].start, head[-1].end):
            return None
        return Words(np.start, words[-1].end, self.m[np.start : words[-1].end], "np")

    def governed_subject(self, lo: int, hi: int) -> bool:
        """Whether the words [lo, hi) before a verb (past its auxiliaries and adverbs) end
        on a name that a preposition after a noun governs ("a teacher at the school under Tom
        Berg had"): the verb's subject is a phrase with the name in it, never the name, and
        never a subject read elsewhere (an earlier verb's, the sentence's)."""
        words = self.words(lo, hi)
        verb = re.match(r"[a-z]+", self.m[hi : hi + 20])
        if verb is not None and verb.group().endswith("ing"):
            return False  # 'responded to her question on Facebook writing': a participle's
        while words and _before_verb(words[-1].text):
            words.pop()
        if not words or not all(c.isalnum() or c.isspace() for c in self.m[words[-1].end : hi]):
            return False  # "a teacher from Mount Pleasant - says": past an aside, not the subject
        cut = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if w.text.lower() in CLAUSE_BREAKS and not inside_title(words, i)
            ),
            default=-1,
        )
        return 0 < cut < len(words) - 1 and self._governed_name(words, cut)

    def _governed_name(self, words: list[Word], cut: int) -> bool:
        """Whether the words after the preposition ``words[cut]`` (one that governs an object
        and opens no clause; not "of", read by :meth:`_object_of_of`, nor "by", whose agent
        speaks through what it sends: "an email sent out by Ada Holm") are a name, all of them, right
        after a lower-case noun: "the school under Tom Berg", "a student under Ada Holm"; not
        "In Oakmere Tom Berg", nor "On Monday" (the preposition opens the sentence)."""
        prep, head = words[cut].text.lower(), words[cut - 1].text
        if prep not in _OBJECT_GOVERNING or prep in {"of", "by"} or not (head.isalpha() and head.islower()):
            return False
        if head in DETERMINERS or head in ADVERBS or head.endswith(("ed", "ly", "ing")):
            return False  # "was sworn in under", "spoke during": a verb's, not a noun's phrase
        obj = words[cut + 2 :] if words[cut + 1].text == "the" else words[cut + 1 :]
        if not obj or any(w.text.endswith(".") or self.m[w.end : w.end + 1] == "." for w in obj[:-1]):
            return False  # ("the move to the U.S. Smith said": a sentence the stop may end)
        name = self.name_only(obj[0].start, words[-1].end)
        return name is not None and name.start == obj[0].start and name.end == words[-1].end

    def _name_held(self, words: list[Word], cut: int) -> Words | None:
        """A name that is the object of a preposition (``words[cut]``) inside the subject
        noun phrase: "A letter to Senator Ann Vale said", "The case against Dana Kirk
        shows". The subject is the whole phrase (its head is the letter, not the name);
        None when the words before the preposition are no noun phrase of their own
        ("Speaking to Ann Vale", "according to Ann Vale")."""
        obj = words[cut + 1 :]
        if obj[0].text == "the":
            obj = obj[1:]
        # the name and its titles right after the preposition: not "language to denounce
        # what Prime Minister Malcolm Turnbull called"; or a noun phrase of plain words, as
        # the whole object ("A letter to committee members said", "The memo to staff called":
        # the letter, not the members)
        if not obj:
            return None
        plain = not all(w.text[:1].isupper() for w in obj)
        if not plain:
            name = self.name_only(words[cut + 1].start, words[-1].end)
            if name is None or name.end != words[-1].end:
                return None
        elif not all(_PLAIN_NOUN_WORD.fullmatch(w.text) and w.text.lower() not in _NOT_NOUNS for w in obj):
            return None
        else:
            np = self.noun_phrase(words[cut + 1 :])
            if np is None or np.start != words[cut + 1].start or np.end != words[-1].end:
                return None
        start = max((i for i in range(cut) if words[i].text.lower() in CLAUSE_BREAKS), default=-1) + 1
        before = words[start:cut]
        if (
            # the phrase is a subject, not a preposition's object: "wrote in a statement to Wired"
            (start > 0 and words[start - 1].text.lower() in PREPOSITIONS)
            or len(before) < 2
            or before[0].text.lower() not in DETERMINERS
            or not all(w.text.islower() for w in before[1:])
            or _verb_and_object(before)
        ):
            return None
        if plain:
            # the words before the preposition a noun phrase of their own, all of them: not "Her
            # campaign quickly blasted out an email to supporters", "a website linked to a group"
            head = self.noun_phrase(before)
            if head is None or (head.start, head.end) != (before[0].start, before[-1].end):
                return None
            if any(w.text.endswith("ed") or w.text.endswith("ly") for w in before[1:]):
                return None
        return Words(before[0].start, words[-1].end, self.m[before[0].start : words[-1].end], "np")

    def sentence_subject(
        self, lo: int, pronouns: frozenset[str] = frozenset({"he", "she", "i"})
    ) -> Words | None:
        """The subject that opens the sentence at ``lo`` (after a leading "At the debate," if any).

        ``pronouns`` are the pronouns accepted as that subject: "it" and "they" only
        where a speech verb vouches for them ("Meanwhile, it attacked Trump, saying").
        """
        sent = self.doc.sentence_at(lo)
        start = sent.start
        # "But Mr. Sanders showed ...", "And then Trump went ...": a conjunction with no comma
        # of its own opens no phrase; the sentence goes on after it
        lead = self.words(start, min(sent.end, start + 40))[:3]
        k = 0
        while (
            k < len(lead) - 1
            and k < 2
            and lead[k].text.lower() in _BARE_OPENERS
            and not self.m[lead[k].end : lead[k + 1].start].strip()
        ):
            k += 1
        if k and lead[k].text[:1].isupper():
            start = lead[k].start
        opening = self.words(start, min(sent.end, start + 40))[:1]
        comma = self.m.find(",", start, min(sent.end, start + 80))
        first_word = opening[0].text.lower() if opening else ""
        # "Thirteen years earlier, she ...", "Last year, he ...": a time phrase too
        timed = first_word in TIME_WORDS and first_word not in _TIME_DETERMINERS
        if first_word in OPENER_WORDS and comma > 0:
            # "Thirteen years earlier, she ...", not "One ad, ..., stars": a number opens a
            # time phrase only
            phrase = [w.text.lower() for w in self.words(start, comma)]
            timed = (
                timed
                or not (set(phrase[:1]) & _NUMBER_WORDS)
                or any(
                    _time_noun(w) or w in {"ago", "earlier", "later", "years", "months", "days"}
                    for w in phrase
                )
            )
        # ("Back in 1999, ...")
        adverb = first_word in SENTENCE_ADVERBS or timed or first_word.endswith("ly") or first_word == "back"
        # (an adverb's own comma follows it closely: "Then he cut into Bush, calling" is no opener)
        adverb = adverb and comma > 0 and len(self.words(start, comma)) <= 4
        # "Speaking at a rally,", "Asked about the vote,"
        participle = (len(first_word) > 5 and first_word.endswith(("ing", "ed"))) or first_word == "asked"
        # "Amid calls for a blacklist from some readers, Matt Walsh provided": a preposition
        # the lexicon lists among sentence openers opens a phrase too
        placed = first_word in _OPENING_PREPOSITIONS
        if first_word in _PLACE_OPENERS:
            # "Outside the arena in downtown Washington, about 200 protesters": a place, when a
            # determiner or a name follows (not "Outside groups have spent millions")
            then = self.words(start, min(sent.end, start + 40))[1:2]
            placed = bool(then) and (
                then[0].text.lower() in _SUBJECT_DETERMINERS or then[0].text[:1].isupper()
            )
        if (participle or placed) and comma < 0:
            comma = self.m.find(",", start, min(sent.end, start + 140))
        # "About 200 protesters gathered": a count, not a preposition's phrase
        counted = _opens_with_count(self.words(start, min(sent.end, start + 50))[:5])
        # ("Then he cut into Bush, calling": "then" with no comma of its own opens no phrase)
        opens_clause = placed or (
            first_word in CLAUSE_BREAKS and (first_word not in SENTENCE_ADVERBS or adverb) and not counted
        )
        if (opens_clause or adverb or participle) and comma > 0:
            start = comma + 1  # "At the debate, ...", "Meanwhile, ..."
            for _ in range(3):
                # "On Thursday, after remaining neutral for months, Warren endorsed": another
                # opening phrase after the first; "At a rally in Concord, N.H., on Tuesday,":
                # past the state that ends a place, and the phrase after it
                place = _PLACE_TAIL.match(self.m, start, sent.end)
                if place and (
                    place.group(1).endswith(".") or place.group(1).lower().replace(" ", "-") in PLACES
                ):
                    start = place.end()
                again = self.words(start, min(sent.end, start + 50))[:5]
                more = self.m.find(",", start, min(sent.end, start + 100))
                if (
                    not again
                    or more < 0
                    or again[0].text.lower() not in _BREAKS_BUT_RELATIVES
                    or _opens_with_count(again)  # "Outside the arena, about 200 protesters gathered"
                ):
                    break
                start = more + 1
            while participle:
                # "Preceded by Joe Arpaio, the Arizona sheriff, Trump launched": past the
                # appositives of the opening phrase to the subject
                nxt_comma = self.m.find(",", start, min(sent.end, start + 100))
                lead_word = self.words(start, min(sent.end, start + 30))[:1]
                if (
                    nxt_comma < 0
                    or not lead_word
                    or not lead_word[0].text.islower()  # "Mayor Ines Dalton shook ...": the subject
                    or not describes_name(lead_word[0].text, appositive=True)
                ):
                    break
                start = nxt_comma + 1
            place = _PLACE_TAIL.match(self.m, start, sent.end)
            if place and (place.group(1).endswith(".") or place.group(1).lower().replace(" ", "-") in PLACES):
                start = place.end()  # "In Aspen, Colo., the graduate ...": past the state too
        elif first_word in PREPOSITIONS and not counted:
            # "In 2011 she spoke out for ...": a time phrase without its comma
            lead = self.words(start, min(sent.end, start + 60))[:5]
            k = 1
            while k < len(lead) - 1 and _time_word(lead[k].text):
                k += 1
            if k > 1 and any(_time_noun(w.text) for w in lead[1:k]):
                start = lead[k].start
        first = self.words(start, min(sent.end, start + 240))
        # "Coun. Ada Holm (Ward 3, Riverdale), who ..., said": a short parenthesis after the
        # first word tags the words before it; its own words (and its comma) are no subject
        tags = [m.span() for m in _SHORT_PAREN.finditer(self.m, start, min(sent.end, start + 240))]
        if tags:
            first = [w for w in first if not any(a < w.start < b for a, b in tags) or w is first[0]]
        first = first[:12]
        if len(first) > 2 and first[0].text.lower() in _BARE_OPENERS and first[1].text.lower() in pronouns:
            first = first[1:]  # "Then he cut into Bush", "But he laid off 200 staffers"
        if first and first[0].text.lower() in pronouns and len(first) > 1 and first[1].text.islower():
            # "He then defended the remark, saying ...", "I laughed and said ..."
            w = first[0]
            return Words(w.start, w.end, w.text, "pronoun")
        # the subject ends at the first comma: "Roy Cooper (D), McCrory's opponent, called"
        clause = next(
            (i for i in range(1, len(first)) if "," in self.m[first[i - 1].end : first[i].start]), len(first)
        )
        # (and only a description before it lets it run on: "Another critic, Laurence Tribe, likened")
        for k in [*range(clause, 0, -1), *range(len(first), clause, -1)]:
            who = self.name_only(first[0].start, first[k - 1].end) or self.noun_phrase(first[:k])
            if who is not None and who.start > first[0].start and self._after_verb(first, who):
                continue  # "Mrs. Clinton shook her head and said": the verb's object, not its subject
            if who is not None and _COMPOUND_AFTER.match(self.m, who.end):
                continue  # "the King St.-style lane", "a Trump-like ad": a name in a modifier
            if who is not None and who.start - start < 40:
                j = k
                while j < len(first) and PARTY_TAG.match(first[j].text):
                    j += 1  # "Harry Reid (D-Nev.) has"
                if j + 1 < len(first) and first[j].text in {"of", "from"} and who.kind == "name":
                    # "Senator Bernie Sanders of Vermont endorsed": past the place he is from
                    t = j + 1
                    while t < len(first) and first[t].text[:1].isupper() and t - j <= 3:
                        t += 1
                    between = self.m[first[j].end : first[t].start] if t < len(first) else ","
                    # (or an appositive's closing comma after the place: "Another analyst, Jo
                    # Park of Birch Capital, was more upbeat")
                    closed = between.count(",") == 1 and between.rstrip().endswith(",") and who.start > start
                    if t > j + 1 and t < len(first) and (not between.count(",") or closed):
                        j = t
                if j < len(first) and first[j].text.lower() in TIME_WORDS and first[j].text.islower():
                    # "Governor Ada Holm on Tuesday accused": past a time phrase to the verb
                    t = j
                    while t < min(len(first), j + 4) and _time_word(first[t].text):
                        t += 1
                    if (
                        j + 1 < t < len(first)
                        and any(_time_noun(w.text) for w in first[j:t])
                        and first[t].text not in {"that", "which", "who"}
                    ):
                        j = t
                if j < len(first) and first[j].text in PLACING:
                    # "Trump in his announcement speech called", "Obama at the time said": past a
                    # phrase of place or time to the verb
                    verb_at = placed_verb(self.m, first[j - 1].end)
                    j = next((t for t in range(j + 1, len(first)) if first[t].start == verb_at), j)
                nxt = first[j].text if j < len(first) else ""
                after = first[j - 1].end
                tag = _TAG_AFTER.match(self.m, after)
                if tag is not None:
                    after = tag.end()  # "Harry Reid (D-Nev.), in particular, has"
                aside = _INSERT.match(self.m, after) if j < len(first) else None
                if aside and describes_name(aside.group(1).split()[0]):
                    nxt = aside.group(2)  # "Reid, in particular, has", "Cooper, McCrory's opponent, called"
                # "Calls men derogatory names, like ...": a verb opening a fragment
                verb = (
                    who.kind == "name"
                    and " " not in who.text
                    and who.start == first[0].start
                    and who.text.lower() in CUE_FORMS
                )
                # "Ryan's campaign shrugged off Trump's comments": a possessive before its noun
                # is no subject ("Trump's been" is "Trump has")
                owner = (
                    who.text.endswith(("'s", "’s"))
                    and nxt.lower() not in _AUXILIARIES_BEEN_NOT
                    and any(w.text.islower() for w in self.words(first[0].start, who.start))
                )
                counted = self._approximate_count(first, who)
                if (
                    nxt[:1].islower()
                    and nxt.lower() not in PREPOSITIONS
                    and (self.only_title(start, who.start) or self._own_title(start, who) or counted)
                    and not verb
                    and not owner
                ):
                    if counted:
                        # the count and its approximator: "About 200 protesters"
                        return Words(first[0].start, who.end, self.m[first[0].start : who.end], who.kind)
                    return who
        return self._subject_with_phrase(first)

    def _after_verb(self, first: list[Word], who: Words) -> bool:
        """Whether ``who``, found inside the sentence's opening words ``first``, is the object of
        a verb after a name ("Ada Holm endorsed the mayor", "Holm shook her head") rather than
        the subject ("retired surgeon Ben Carson", "the party's nominee")."""
        if who.text.split()[0].lower() in POSSESSIVE_DETERMINERS:
            return True
        before = [w for w in first if w.end <= who.start]
        return any(
            w.text.islower()
            and (w.text.endswith("ed") or w.text in CUE_FORMS)
            and (before[i - 1].text[:1].isupper() or self._determined_phrase(before[:i]))
            for i, w in enumerate(before)
            if i
        )

    def _determined_phrase(self, words: list[Word]) -> bool:
        """Whether ``words`` are one noun phrase opened by a determiner: "The company" of
        "The company slammed the lawsuit" (issue 9: the lawsuit is the verb's object), or
        by an approximate count: "Nearly 300 doctors" of "Nearly 300 doctors signed a letter"."""
        if len(words) < 2:
            return False
        np = self.noun_phrase(words)
        if np is not None and np.end == words[-1].end and np.text.split()[0].endswith(("'s", "’s")):
            # "Congressman Tom Berg's office slammed a lawsuit": a name's possessive opens it
            return all(w.text[:1].isupper() for w in words if w.end <= np.start)
        if words[0].text.lower() not in DETERMINERS:
            return np is not None and self._approximate_count(words, np)
        return np is not None and (np.start, np.end) == (words[0].start, words[-1].end)

    def _approximate_count(self, first: list[Word], who: Words) -> bool:
        """Whether ``who`` is a count of people that ends ``first`` or a part of it and that an
        approximator opens, or opens right after one: "About 200 protesters", "Nearly 300
        doctors" (not "About the plan", "Some say")."""
        if not _opens_with_count(first):
            return False
        return who.start in (first[0].start, first[1].start) and who.end > first[1].end

    def _subject_with_phrase(self, first: list[Word]) -> Words | None:
        """A speaker phrase whose head takes a prepositional phrase, up to the verb after it:
        "A spokesman for the firm declined ...", "Attorneys for Ada Holm appeared ..." (the
        whole phrase, as the gold marks it); None unless a verb follows the phrase closely."""
        p = next((i for i in range(1, min(len(first), 5)) if first[i].text.lower() in _PHRASE_LINKS), None)
        if p is None:
            return None
        head = self.noun_phrase(first[:p])
        owner = [w.text for w in first[p + 1 : p + 3] if w.text.lower() != "the"][:1]
        if (
            head is None
            and first[0].text[:1].isupper()
            and first[0].text[1:].islower()
            and owner
            and owner[0][:1].isupper()
        ):
            # "Attorneys for Clinton appeared", "Officials at the Pentagon said": the sentence's
            # first word, capitalised there, a role whose owner is named
            lowered = Word(first[0].start, first[0].end, first[0].text.lower())
            head = self.noun_phrase([lowered, *first[1:p]])
        if head is None or head.start != first[0].start or head.end != first[p - 1].end:
            return None
        if role_head(first[p - 1].text) not in PERSON_ROLES:
            return None  # a person's role: not "75 percent of voters" (of a poll), "a group of"
        for v in range(p + 2, min(len(first), p + 8)):
            if self.m[first[v - 1].end : first[v].start].strip():
                return None  # a comma or a mark: an aside, not the verb
            w = first[v].text
            if w.lower() in {"who", "which", "that"} or w.lower() in PREPOSITIONS:
                return None
            after_noun = first[v - 1].text.lower() not in DETERMINERS  # not "the report", "the embattled"
            if w.islower() and after_noun and (w.endswith("ed") or w in CUE_FORMS or w in AUXILIARIES):
                end = first[v - 1].end
                return Words(first[0].start, end, self.m[first[0].start : end], "np")
        return None

    def _own_title(self, start: int, who: Words) -> bool:
        """Whether the words from ``start`` to the name are the title it was read with
        ("Former Secretary of State Hillary Clinton")."""
        words = self.m[start : who.start].split()
        return (
            who.title is not None
            and " ".join(words) == who.title
            and all(w[:1].isupper() or w in {"of", "the", "and", "for"} for w in words)
        )

    def past_aside(self, end: int) -> int:
        """Where the words after a name that ends at ``end`` go on, past an aside in commas
        that describes it ("Jo Brandt, who chairs the panel, shrugged", "Kirk, the mayor,
        replied"): the word after the aside, else ``end``."""
        aside = _INSERT.match(self.m, end)
        if aside is not None and describes_name(aside.group(1).split()[0], appositive=True):
            return aside.start(2)
        return end

    def _title_without_name(self, span: list[Word], linked: set[int], words: list[Word], end: int) -> Words:
        """The speaker words of ``span``, a title and what it is of with nobody named in it
        ("said the Mayor of Brackton"): a description, never the mention "of Brackton" that
        a sweep of the sentence would find. A person's title stops at its head ("the
        Governor", whom the article may name, or the name in commas after it); an
        organisation is all of it ("the Department of Justice"), unless a person's title
        follows what it is of ("Court of Appeal Justice")."""
        head = span[min(linked) - 1]
        last = head if role_head(head.text) in PERSON_ROLES else span[-1]
        skip = 1 if span[0].text.lower() in DETERMINERS else 0
        person_after = role_head(last.text) in PERSON_ROLES and len(span) - 1 not in linked
        if (
            last is span[-1]
            and not person_after
            and all(w.text[:1].isupper() or k in linked for k, w in enumerate(span[skip:], skip))
        ):
            first = span[skip]
            return Words(first.start, last.end, self.m[first.start : last.end], "name")
        described = Words(span[0].start, last.end, self.m[span[0].start : last.end], "np")
        named = self._named_after(described, words, len(span), end)
        # (a person's name in commas, not a place's: "the Mayor of Flint, Michigan")
        return named if named is not None and self._a_persons_name(named) else described

    def _a_persons_name(self, name: Words) -> bool:
        """Whether ``name`` is a person's: two words or more, opening with a known first name
        that is no place, or a person the article's reading found."""
        parts = name.text.split()
        if len(parts) < 2 or parts[0].lower() in PLACES:
            return False
        if parts[0].lower() in FIRST_NAME_GENDER:
            return True
        found = self.entities.name_at(name.start, name.end)
        return found is not None and found[1].kind == "person" and found[0].start == name.start

    def _name_after_place(self, span: list[Word], linked: set[int], name: Words) -> Words | None:
        """The name after the one-word place a title is of, read again from the word after it
        when the reading ran the place into the name ("Premier of Alberta Jason Kenney": Jason
        Kenney, not "Alberta Jason Kenney"), with the title; else None."""
        place = max(linked)
        if (
            place + 1 >= len(span)
            or name.start != span[place].start
            or span[place].text.lower() not in PLACES
        ):
            return None
        again = self.name_only(span[place + 1].start, span[-1].end)
        if again is None or not self._names_after_title(span, linked, again):
            return None
        title = clip_title(self.m[span[0].start : again.start].strip()) or None
        return Words(again.start, again.end, again.text, "name", title)

    def _names_after_title(self, span: list[Word], linked: set[int], name: Words) -> bool:
        """Whether ``name``, read in ``span`` whose title "of" words are ``linked``, is a
        person's name after the title ("Secretary of State John Kerry", "Bank of England
        Governor Andrew Bailey") rather than part of what the title is of ("the Leader of the
        Official Opposition", "the Mayor of Port Hope", "Premier of Alberta Jason Kenney") or
        another person's title ("the Physician of Prime Minister X"): after a lower-case word,
        any name; within the capitalised words after "of", a person's name (``_a_persons_name``)
        after one word of what the title is of, or after a role ending it, never after a place's
        first word ("Saint John Donna Reardon")."""
        if not linked:
            return True
        first = max(linked)
        k = first + 1  # what the last title is of runs on over capitalised words
        while k < len(span) and span[k].start < name.start and span[k].text[:1].isupper():
            k += 1
        if k < len(span) and span[k].start < name.start:
            return True  # a lower-case word between: "University of Toronto economist Mia Chen"
        before = [w.text for w in span[first:k]]
        if name.start <= span[first].start or before[-1].lower() in PLACE_PREFIXES:
            # "Premier of Alberta Jason Kenney" is no "Alberta Jason Kenney"; "the Mayor of
            # Port Hope", "Mayor of Saint John Donna Reardon" name a place
            return False
        head = span[min(linked) - 1].text
        roles = [w for w in before if role_head(w) in PERSON_ROLES and w.lower() not in NOT_PERSONS_TITLES]
        if role_head(head) in PERSON_ROLES and roles:
            return False  # "the Physician of Prime Minister Naheed Qadri": the minister's physician
        if len(before) > 1 and role_head(before[-1]) not in ROLES:
            return False  # "Mayor of New York Bill Vale": where the place ends is unknown
        parts = [w.lower() for w in name.text.split()]
        if len(parts) > 2 and parts[0] in FIRST_NAME_GENDER and parts[1] in FIRST_NAME_GENDER:
            return False  # "President of Morgan Stanley Donna Reardon": where the firm ends is unknown
        return self._a_persons_name(name)  # (not "the President of Morgan Stanley": one word)

    def subject_following(self, pos: int, hi: int, cue_slot: bool = False) -> Words | None:
        """The speaker words right after an inverted cue: "said Peskov", "added the senator"
        (``cue_slot``: as in :meth:`subject_ending`)."""
        words = self.words(pos, hi)
        while words and words[0].text.lower() in ADVERBS and (words[0].text.islower() or len(words) > 1):
            words = words[1:]  # "said later", not "said Will."
        if not words:
            return None
        w0 = words[0].text
        if w0.lower() in PRONOUNS:
            return Words(words[0].start, words[0].end, w0, "pronoun")
        part = self._partitive(words)
        if part is not None:
            return part
        end = len(words)
        for i, (s, _, w) in enumerate(words):
            gap = self.m[words[i - 1].end : s] if i else ""
            if i and (
                any(c in gap for c in ',;:"“”(')
                or self.quote_between(words[i - 1].end, s)
                or self.doc.sentence_at(s).start > pos
            ):
                end = i
                break
            if i and w.lower() in {"and", "or"} and _coordinated_modifier(self.m, words, i):
                continue  # "said oil and gas worker Dana Kirk": one title
            if i and w.lower() in NP_STOP and not role_of(words, i) and not _titled_of(words, i):
                end = i
                break
        span = words[:end]
        # Title words and a name: "said Kremlin spokesman Dmitry Peskov".
        name = self.name_only(span[0].start, span[-1].end) if span else None
        # what a title is of is no name of its own: "the Secretary of State", "the Leader of the
        # Official Opposition" name nobody
        linked = _title_links(span)
        if name is not None and not self._names_after_title(span, linked, name):
            name = self._name_after_place(span, linked, name)
        link = max((i for i, x in enumerate(span) if x.text.lower() in {"and", "or"}), default=-1)
        if name is None and link > 0:
            # the name and the title words after the last "and"; the title is all of them
            name = self.name_only(span[link + 1].start, span[-1].end)
            if name is not None:
                joined = self.m[span[0].start : name.start].strip()
                name = Words(name.start, name.end, name.text, "name", joined)
        if name is None and 1 < len(span) <= 7 and span[-1].text[:1].isupper():
            # "said Oversight ranking Democrat Elijah Cummings": the name that ends the
            # phrase, after title words the lexicon does not know (no verb among them)
            j = len(span)
            while j > 0 and span[j - 1].text[:1].isupper():
                j -= 1
            # ("University of Toronto economist": "of" and what it is of are one title word)
            lead = [w for k, w in enumerate(span[:j]) if k not in linked]
            # ("retired", "embattled": a modifier of the title, not a verb)
            plain = all(
                not w.text.endswith(("ed", "ly")) or w.text[:1].isupper() or w.text in DESCRIPTIVE_MODIFIERS
                for w in lead
            )
            known = {w.text.lower() for w in lead} & _NOT_SUBJECT_WORDS
            if 0 < len(lead) <= 3 and plain and not known:
                found = self.name_only(span[j].start, span[-1].end)
                if (
                    found is not None
                    and found.end == span[-1].end
                    and self._names_after_title(span, linked, found)
                ):
                    title = clip_title(self.m[span[0].start : found.start].strip()) or None
                    name = Words(found.start, found.end, found.text, "name", title or found.title)
        if name is None and linked:
            return self._title_without_name(span, linked, words, end)
        if name is None and cue_slot and len(span) == 1 and lone_name(span[0].text):
            # '"...," said Will.': a capitalised word alone after the verb is a name, even
            # one that is a common word elsewhere
            name = Words(span[0].start, span[0].end, strip_possessive(span[0].text), "name")
        if name is not None:
            titled = name.title or self.appositive(name.end, hi)
            return Words(name.start, name.end, name.text, "name", titled)
        if span and (span[0].text.lower() in DETERMINERS or span[0].text[:1].isupper()):
            # "a 52-count civil complaint filed by ...": the phrase ends at its head noun
            for k in range(len(span), 0, -1):
                np = self.noun_phrase(span[:k])
                if np is not None and k < len(words) and words[k].text.lower() in AUXILIARIES:
                    return None  # "said the candidate could be ...": the subject of what was said
                if np is not None:
                    return self._issued_by(np, words, k) or self._named_after(np, words, k, end) or np
            # a head no word list knows: the phrase right after the verb, and all of it
            # ("said the investor", "said one Trump confidant in an interview")
            for k in range(len(span), 0, -1):
                np = self.noun_phrase(span[:k], cue_slot=cue_slot)
                if (
                    np is not None
                    and np.start == span[0].start
                    and (k == len(span) or not self._runs_on(span, k))
                ):
                    return self._named_after(np, words, k, end) or np
        return None

    def _named_after(self, np: Words, words: list[Word], k: int, end: int) -> Words | None:
        """The name in commas after a description that follows an inverted cue: "said the
        bureau's director, James B. Comey, on Monday" is Comey, titled by the description."""
        if k != end or end >= len(words) or self.m[words[end - 1].end : words[end].start].strip() != ",":
            return None
        stop = next(
            (i for i in range(end + 1, len(words)) if self.m[words[i - 1].end : words[i].start].strip()),
            len(words),
        )
        tail = self.m[words[stop - 1].end : words[stop].start].strip() if stop < len(words) else ""
        if tail not in {",", ""}:
            return None
        name = self.name_only(words[end].start, words[stop - 1].end)
        if name is None or name.start != words[end].start or name.end != words[stop - 1].end:
            return None
        return Words(name.start, name.end, name.text, "name", clip_title(np.text) or np.text)

    def _partitive(self, words: list[Word]) -> Words | None:
        """A quantifier after an inverted cue, alone ('"...," tweeted another.') or with
        "of" and its noun phrase ("said one of those advisers, who ..."): the speaker."""
        w0 = words[0]
        if w0.text.lower() not in _QUANTIFIERS:
            return None
        gap = self.m[w0.end : words[1].start] if len(words) > 1 else "."
        if any(c in gap for c in ".,;:"):
            return Words(w0.start, w0.end, w0.text, "np")
        if len(words) > 2 and words[1].text in _PLACE_PREPOSITIONS and w0.text.lower() != "one":
            # "according to some on Twitter", "said many in the crowd": the people there
            end = 2
            while end < min(len(words), 6) and not any(
                c in self.m[words[end - 1].end : words[end].start] for c in ',;:"“”('
            ):
                if end > 2 and words[end].text.lower() in NP_STOP:
                    break
                end += 1
            return Words(w0.start, words[end - 1].end, self.m[w0.start : words[end - 1].end], "np")
        if len(words) < 3 or words[1].text != "of" or words[2].text.lower() not in _COUNT_WORDS:
            return None
        end = 3
        while end < min(len(words), 9) and words[end].text.lower() not in NP_STOP:
            if any(c in self.m[words[end - 1].end : words[end].start] for c in ',;:"“”('):
                break
            end += 1
        if end == 3 or not words[end - 1].text.islower():
            return None  # "one of the" and nothing after it, or a name ("one of the Smiths")
        return Words(w0.start, words[end - 1].end, self.m[w0.start : words[end - 1].end], "np")

    def _issued_by(self, np: Words, words: list[Word], k: int) -> Words | None:
        """ "said a statement from the Harbor Authority", "read a letter by Ada Brill": a
        document and who issued it, one mention (the document speaks, for its author)."""
        if k + 1 >= len(words) or words[k].text not in {"from", "by"}:
            return None
        if role_head(np.text.split()[-1]) not in SPOKEN_SOURCES:
            return None
        end = k + 1  # the name after "from": capitalised words, "the", "of", "for"
        while end < len(words) and (words[end].text[:1].isupper() or words[end].text in {"the", "of", "for"}):
            if any(c in self.m[words[end - 1].end : words[end].start] for c in ",;:(") or self.quote_between(
                words[end - 1].end, words[end].start
            ):
                break
            end += 1
        if end == k + 1 or words[end - 1].text.endswith(("'s", "’s")):
            return None  # "a report from the State Department's inspector general"
        owner = self.name_only(words[k + 1].start, words[end - 1].end)
        if owner is None or owner.end != words[end - 1].end:
            return None
        return Words(np.start, owner.end, self.m[np.start : owner.end], "np")

    def _runs_on(self, span: list[Word], k: int) -> bool:
        """Whether the words after ``span[:k]`` go on as a clause of their own ("said Cordova's
        loyalty program was ..."): a noun phrase with a head no word list knows is a speaker
        only where its words end, or a phrase ("of", "at", ...) follows it."""
        known = role_head(span[k - 1].text) in ROLES
        return not known and span[k].text.lower() not in PREPOSITIONS

    def subject_verb_colon(self, lo: int, hi: int) -> Words | None:
        """ "..., he grinned: '...'": a subject and its verb (and an adverb or two) just before
        the colon introduce the quote."""
        words = self.words(lo, hi)[-4:]
        for i in range(len(words) - 2, -1, -1):
            w = words[i].text
            rest = [x.text for x in words[i + 1 :]]
            if not all(x.islower() and x not in NP_STOP and x not in DETERMINERS for x in rest):
                break
            if w.lower() in PERSONAL_PRONOUNS:
                return Words(words[i].start, words[i].end, w, "pronoun")
            found = self.entities.name_at(lo, words[i].end)
            if found is not None and found[0].end == words[i].end:
                m = found[0]
                if self._preposition_object(lo, m.start):
                    # "A teacher from the school in the town of Brill told reporters:": the
                    # name is a preposition's object, and the subject a phrase too long to read
                    return None
                return Words(m.start, m.end, self.m[m.start : m.end], "name")
        return None

    def _preposition_object(self, lo: int, start: int) -> bool:
        """Whether the name at ``start`` follows a preposition (and its article): "of
        Brill", "in the Oakmere Trust"."""
        before = [w.text.lower() for w in self.words(max(lo, start - 30), start)][-2:]
        if before[-1:] == ["the"]:
            before = before[:-1]
        return bool(before) and before[-1] in _OBJECT_GOVERNING

    def noun_colon(self, lo: int, hi: int) -> Words | None:
        """Whose words a colon after a speech noun introduces, in the clause [lo, hi).

        "Obama is rolling out a new campaign message:" gives the clause's subject;
        "this statement by Ada Brill on June 11:" gives the name after "by".
        """
        words = self.words(max(lo, hi - 100), hi)
        source = self._excerpt_source(words)
        if source is not None:
            return source
        if any(role_head(w.text) in SPEECH_NOUNS or w.text.lower() in SPEECH_NOUNS for w in words[-3:]):
            return self._clause_subject(lo, hi)
        for i in range(max(0, len(words) - 8), len(words) - 2):
            if words[i].text.lower() in SPEECH_NOUNS and words[i + 1].text == "by":
                k = i + 2
                while k < len(words) and words[k].text[:1].isupper():
                    k += 1
                return self.name_only(words[i + 2].start, words[k - 1].end) if k > i + 2 else None
        return None

    def owner_of(self, word: Word) -> Words | None:
        """The owner a possessive word names: "his" (a pronoun), "Forbes'", "Ada Holm's" (the
        name ending there); None for any other word."""
        low = word.text.lower()
        if low in {"his", "her", "their", "its", "my", "our"}:
            return Words(word.start, word.end, word.text, "pronoun")
        if word.text[:1].isupper() and word.text.endswith(("'s", "’s", "s'", "s’")):
            found = self.entities.name_at(max(0, word.start - 60), word.end)
            if found is not None and found[0].end >= word.end - 2:
                m = found[0]
                return Words(m.start, m.end, self.m[m.start : m.end], "name")
            return self.name_only(word.start, word.end)
        return None

    def _excerpt_source(self, words: list[Word]) -> Words | None:
        """ "an excerpt from her speech:", "From the email:", "from Holm's letter:": the owner
        of the speech, or the document itself, introduces the words after the colon."""
        at = next(
            (
                i
                for i in range(len(words) - 1, max(-1, len(words) - 6), -1)
                if words[i].text.lower() in {"from", "of"}
            ),
            None,
        )
        if at is None or at == len(words) - 1:
            return None
        phrase = words[at + 1 :]
        head = phrase[-1].text.lower()
        if head not in SPOKEN_SOURCES and role_head(head) not in SPOKEN_SOURCES:
            return None
        if len(phrase) > 4 or any(c in self.m[words[at].start : words[-1].end] for c in ",;"):
            return None
        owner = phrase[0]
        low = strip_possessive(owner.text).lower()
        if low in {"his", "her", "their", "its", "my", "our"}:
            return Words(owner.start, owner.end, owner.text, "pronoun")
        if owner.text.endswith(("'s", "’s")) and owner.text[:1].isupper():
            k = 0
            while (
                k + 1 < len(phrase)
                and phrase[k + 1].text[:1].isupper()
                and not phrase[k].text.endswith(("'s", "’s"))
            ):
                k += 1
            name = self.name_only(phrase[0].start, phrase[k].end)
            if name is not None:
                return name
        if low in {"the", "a", "an", "this", "that"}:
            return Words(owner.start, phrase[-1].end, self.m[owner.start : phrase[-1].end], "np")
        return None

    def main_subject(self, lo: int, hi: int) -> Words | None:
        """The subject opening the main clause after the comma that follows ``lo``."""
        comma = self.m.find(",", lo, hi)
        words = self.words(comma + 1, hi)[:4] if comma >= 0 else []
        if len(words) < 2 or (words[0].text.lower() in PRONOUNS and not words[1].text.islower()):
            return None
        if words[0].text.lower() in PRONOUNS:
            return Words(words[0].start, words[0].end, words[0].text, "pronoun")
        k = 0
        while k < len(words) and words[k].text[:1].isupper():
            k += 1
        return self.name_only(words[0].start, words[k - 1].end) if k else None

    def _clause_subject(self, lo: int, hi: int) -> Words | None:
        """The last subject before ``hi``: a pronoun or a name followed by a verb.

        "... that I had to change my answer:" gives "I"; "President Obama is
        rolling out a new campaign message:" gives Obama.
        """
        words = self.words(lo, hi)
        for i in range(len(words) - 2, -1, -1):
            w, nxt = words[i].text, words[i + 1].text
            if not nxt.islower() or nxt in PREPOSITIONS or nxt in DETERMINERS:
                continue
            if self.m[words[i].end : words[i + 1].start].strip():
                continue  # "Ivo Kask, Democrat of Maine, gave": a comma ends the aside, no subject
            if w.lower() in PERSONAL_PRONOUNS:
                return Words(words[i].start, words[i].end, w, "pronoun")
            found = self.entities.name_at(lo, words[i].end)
            if w[:1].isupper() and found is not None and found[0].end == words[i].end:
                m = found[0]
                if m.modifier or nxt.endswith(("'s", "’s")) or nxt in {"and", "or", "but", "nor"}:
                    # "the Berg campaign's office", "attacking Ray Moss and visiting": a name
                    # before a noun or a conjunction, no verb's subject
                    continue
                return Words(m.start, m.end, self.m[m.start : m.end], "name")
        return self.sentence_subject(lo)  # "The piece used one of her quotes as its headline:"
