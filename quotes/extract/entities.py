"""Who the article talks about: name mentions, the people and organisations
they refer to, and what a pronoun, a surname or "the senator" points back to.

Reading order matters here as it does for a reader: an entity is registered
when its name is met, with the titles the article gives it ("Kremlin spokesman
Dmitry Peskov", "Dmitry Peskov, a spokesperson for the Kremlin"), and a later
short mention resolves to it. Where two entities could fit ("Clinton" when
both Bill and Hillary were named) the short mention is left as written rather
than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from itertools import accumulate, pairwise, takewhile
from typing import ClassVar, NamedTuple

from quotes.extract.document import Document
from quotes.extract.lexicon import (
    BUSINESS_NOUNS,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMPANY_NOUNS,
    CONJUNCTIONS,
    CORPORATE_SUFFIXES,
    CUE_FORMS,
    DETERMINERS,
    EMPHATIC_PRONOUNS,
    FIRM_SUFFIXES,
    FIRST_NAME_GENDER,
    FUNCTION_WORDS,
    GENDERED_ROLES,
    GROUPS,
    HEADING_SMALL_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    NAME_FINAL_ABBREVIATIONS,
    NAME_PARTICLES,
    NATIONAL_ADJECTIVES,
    NOT_NAMES,
    OPENER_WORDS,
    ORG_HEADS,
    ORG_LINKS,
    ORG_NAME_HEADS,
    ORG_ROLES,
    ORG_WORDS,
    PARTICLE_NAME,
    PARTY_TAG,
    PAST_ROLE_MARKS,
    PERSON_ROLES,
    PLACE_PREPOSITIONS,
    PLACES,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    PREPOSITIONS_BUT_AS,
    ROLES,
    SUBORDINATORS,
    SURNAME_PLACE_HEADS,
    TEAM_NOUNS,
    THE_OUTLETS,
    TIME_OPENERS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VENUE_HEADS,
    role_key,
)
from quotes.extract.words import placed_verb, title_before, title_link

# The only words a name run is made of: capitalised ones, and the small words that can
# sit inside a name ("Bill de Blasio", "Association of Flight Attendants"). Scanning
# for these alone, not every word, keeps entity reading fast.
_RUN_TOKEN = re.compile(
    r"(?<![\w'’.\-])(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|" + PARTICLE_NAME.pattern + r"[\w'’.\-]*"
    r"|(?:"
    + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    + r"|and(?= [A-Z])|(?:of|for|on)(?: the)?)\b)"
)
# The capitalised words of _RUN_TOKEN alone, its capital first so that the search skips to
# the next capital letter (a pattern opening with a look-behind is tried at every
# character): the look-behind, two characters wide, asks of the one before the capital.
# No word a run is made of starts inside another, so this finds the capitalised words
# _RUN_TOKEN does.
_CAPITAL_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’.\-].)[\w'’.\-]*")
# Subject pronouns, and "His" or "Her" opening a sentence ("Kwame Adjei told us. His son
# ..."; there "her" is a possessive, never the object): elsewhere "his" and "her" are as
# often about someone else.
# (each alternative opens with a letter or mark of its own, the word boundary before "he" a
# look-behind: so the search skips to the letters and stops that can start one, "\b" and a
# class at the head of an alternative are tried at every character)
_MALE_SUBJECT = re.compile(r"h(?<!\w.)e\b|\.\s+his\b|!\s+his\b|\?\s+his\b")
_FEMALE_SUBJECT = re.compile(r"s(?<!\w.)he\b|\.\s+her\b|!\s+her\b|\?\s+her\b")
# a comma or a closing mark (two apostrophes in archive copies) before the cue verb
_INVERTED_CUE = re.compile(r"(?:[,\"”’]|'')\s*([a-z]+)\s+(?:[A-Z][\w.]*(?:'s|’s)\s+)?$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_VERB_AFTER = re.compile(r"(?:,[^,]{1,100},)?\s+(?:[a-z]+ly\s+)?([a-z]+)")  # past an appositive
# where a name's bearer is from: "Rep. Lee Zeldin of New York", "Ada Holm of the Sierra Club"
# a relative clause after a name up to the speech verb after its last comma (checked by the caller)
_RELATIVE_TO_CUE = re.compile(
    r", who [^.;:\"“”]{1,180}?,\s+(?:[a-z]+ly\s+)?((?:said|says|told|tells|added|adds)\b)"
)
# ", who lost her daughter": a possessive of the relative clause's own subject, before a
# kinship noun (whose owner it is beyond doubt)
_WHO_HIS = re.compile(
    r",\s+who\s+(?:[a-z]+\s+){1,2}?(his|her)\s+(?:[a-z]+\s+)?"
    r"(?:son|daughter|wife|husband|father|mother|brother|sister|child|children|sons|daughters)\b"
)
# ", Colorado", ", Colo.", ", Mass.": the state or region after a town
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=[,.;:\s])")


def _state_after(text: str, end: int) -> bool:
    """Whether a place of :data:`PLACES` follows ``end`` in commas, closed by a comma or a
    stop: "Dayton, Ohio," (not "Warren, Massachusetts senator", "Holm, Sanders said")."""
    m = _STATE_AFTER.match(text, end)
    if m is None:
        return False
    place = m.group(1)
    closed = place.endswith(".") or text[m.end() : m.end() + 1] in (",", ".")
    return closed and place.rstrip(".").lower() in PLACES


_FROM_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'’&\-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&\-]*){0,4}"
)
_APPOSED_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# a verb that agrees with a plural subject only: the "-s" word before it is a noun, no verb
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have)\b")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z.&\-]{1,9})\)")
_FIRST_WORD = re.compile(r"[\s)]*([A-Za-z][\w’'\-]*)")
_ROLE_AFTER_NAME = re.compile(r",\s+((?:a|an|the)\s+)?([^,.;:()]{2,70}?)(?=[,.;:(])")
# the words before a name that make the word after it a noun ("of Facebook posts", "for Twitter
# posts", "a Twitter post", "his Facebook posts"), not a verb: a preposition (not one that
# opens a clause or a comparison: "as Ada Holm says", "like Ada Holm says"), an article or a
# possessive determiner
_NOUN_SLOT_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (PREPOSITIONS - SUBORDINATORS - {"like", "than", "including"})
            | POSSESSIVE_DETERMINERS
            | {"a", "an"}
        )
    )
    + r")\s+$",
    re.IGNORECASE,
)
_NAME_ADJECTIVE = re.compile(r"-(?:based|like|led|backed|style|era)$")
_ALNUM = re.compile(r"[^\W_]")
# the words after a name's "'s" that make it "has" or "is": "Christie's been", "Trump's got"
_CONTRACTED = re.compile(r"\s+(?:been|got|gotten|going|gone|never|already|always|still)\b")
# lower-case words of a title before a name, besides its role: "former presidential candidate"
# (set differences and unions asked inside a test are built anew at each word: built once here)
_ROLE_MODIFIERS = frozenset("former then presidential vice deputy acting interim longtime".split())
_PAREN_AFTER = re.compile(r"\s*\([^()]{0,40}\)")
_APPOSITIVE_BEFORE = re.compile(  # "His daughter, Kim Lowe,", "Lumera's chief executive, Priya Raghu,"
    # (also the second of two joined: "his brother, Ed Holt, and the former first lady, Ann Holt,";
    # one after a clause's conjunction: '"...," while Ottawa's mayor, Jim Vale, said'; and an
    # owner with "the" or "its": "The board's chair, Ann Roy,", "Its vice-president, Ann Roy,")
    r"(?:^|[.;!?]\s+|[,.]?[”\"]\s+|(?:,|[,.]?[”\"])\s+(?:and|but|while|whereas)\s+)"
    r"(?:[Tt]he\s+(?:[\w\-]+\s+)?[\w\-]+['’]s|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w\-]*['’]s)"
    r"\s+(\w[\w\- ]{1,40}),\s+$"
)
# "Morris's wife, " right before a lone first name: a relative named for the owner's sake
_KIN_NOUNS = "(?:" + "|".join(sorted(KIN_NOUNS)) + ")"
_KIN_OF_OWNER = re.compile(r"\b([A-Z][\w\-]*)['’]s\s+(?:[a-z]+\s+)?" + _KIN_NOUNS + r",\s+$")
# "His wife, ": the same, the owner a pronoun (the person last named of its sex)
_KIN_OF_PRONOUN = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?" + _KIN_NOUNS + r",\s+$")
# After a name, up to its quoted nickname, past up to two asides: ", whom everyone calls",
# ", a center from Gary, Indiana, known to teammates as"
_NICKNAMED = re.compile(
    r"\s*(?:\([^()]*\))?(?:,[^,;.]{1,60}){0,2},\s*"
    r"(?:(?:whom|who)\b[^,;.]*?\b(?:calls?|called|dubbed|nicknamed)|(?:known|nicknamed|dubbed|called)\b[^,;.]*?)\s*$"
)
_PREDICATE = re.compile(  # ", 52, was the prosecution's ninth witness in the trial"
    r"(?:,\s*\d{1,3},)?\s+(?:is|was)\s+(?:the|a|an)\s+([\w’'\- ]{1,50}?)"
    r"(?=\s+(?:in|at|of|for|on|to|who|and)\b|[,.;])"
)
# A subject's role later in its clause: "Clinton delivered her speech as the Democratic
# nominee"; not an object's ("described him as the ..."), a nickname's ("known as the ...")
# nor a likeness ("such as the", "as well as the")
_AS_ROLE = re.compile(
    r"([\w’']+)\s+as\s+the\s+((?:[\w.’'\-]+\s+){0,3}?[a-z][\w\-]*)"
    r"(?=[,.;:()]|\s+(?:in|at|of|for|on|to|who|and|with|from|by)\b)"
)
_AS_ROLE_REACH = 120
# what _AS_ROLE holds, looked for first: its search tries a word at every character
_AS_THE = re.compile(r"\sas\s+the\s")
# What may follow that role inside its clause before a verb shows "as" meant "while" ("as the
# mayor, visibly angry, walked out", "as the senator from the state of Ohio took the stage"):
# an aside in commas or brackets, and a prepositional phrase of names or one noun
_AS_ROLE_ASIDE = re.compile(r"\s*(?:,[^,;.()]{1,60},|\([^()]{0,60}\))")
_AS_ROLE_PHRASE = re.compile(
    r"\s+(?:"
    + "|".join(sorted(PREPOSITIONS, key=len, reverse=True))
    + r")\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.’'\-]*\s*)+|[a-z][\w\-]*\b)"
)
_CAPITALISED = re.compile(r"\b[A-Z]")
_NOT_THE_SUBJECT_AS = frozenset(
    "him her them it me us such same well known dubbed called nicknamed so just much many".split()
)
# A relative clause after a name whose verb names a role: "Earl Pettibone, who has coached
# the Ospreys since 2019" is "the coach"; "who founded", "who owns", "who chairs" ...
_DOER_OF = {
    **dict.fromkeys(("coached", "coaches"), "coach"),
    **dict.fromkeys(("founded", "co-founded", "founds"), "founder"),
    **dict.fromkeys(("owns", "owned"), "owner"),
    **dict.fromkeys(("chairs", "chaired"), "chair"),
    **dict.fromkeys(("directs", "directed"), "director"),
    **dict.fromkeys(("manages", "managed"), "manager"),
    **dict.fromkeys(("leads", "led"), "leader"),
    **dict.fromkeys(("heads", "headed"), "head"),
    **dict.fromkeys(("organized", "organised", "organizes", "organises"), "organizer"),
    **dict.fromkeys(("edits", "edited"), "editor"),
    **dict.fromkeys(("teaches", "taught"), "teacher"),
    **dict.fromkeys(("hosts", "hosted"), "host"),
    **dict.fromkeys(("prosecuted", "prosecutes"), "prosecutor"),
}
# ... but "leads" and "owns" only before a name: "who leads the race" is no leader, "who
# owned a dog" no owner, "who owns the Ospreys" is
_DOER_OF_A_NAME = frozenset({"leads", "led", "owns", "owned"})
_WHO_DOES = re.compile(
    r",\s+who\s+(?:(?:has|had|have)\s+)?(?:(?:long|also|once|now|still|since)\s+)?(?:("
    + "|".join(sorted(set(_DOER_OF) - _DOER_OF_A_NAME, key=len, reverse=True))
    + r")\s+(?:the|a|an|his|her|their|its|[A-Z])|("
    + "|".join(sorted(_DOER_OF_A_NAME, key=len, reverse=True))
    + r")\s+(?:the\s+)?[A-Z])"
)
# an appositive's head noun after a name, up to what ends it: ", the fast-growing
# infrastructure provider that ...", ", a shipbuilder based in Oslo,"
_BUSINESS_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?([a-z][\w\-]*)"
    r"(?=[,.;:(]|\s+(?:that|which|whose|of|for|in|at|on|with|from|based)\b)"
)
_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he $")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line, between paragraphs
_TWO_CAPITALS = re.compile(r" [A-Z][\w'’.\-]* [A-Z]")
_SHARED_SURNAME = re.compile(r" and ([A-Z][a-z]+) ([A-Z][\w'’\-]+)\b(?![ \-][A-Z])")
_PLAIN_WORD = re.compile(r"[\w\-’']+")
# (its first letter first, the word boundary before it a look-behind: a pattern that opens
# with a class lets the search skip to the next lower-case letter, "\b" is tried everywhere)
_LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z'’\-]+\b")
_LETTERS = re.compile(r"[^\W\d_]+")  # every letter, and a few other \w characters
# A text up to this long is searched for a word directly (_written_lower): cheaper than
# collecting its words first, which pays off, and bounds the work, only on a long one.
_SCANNED_TEXT = 50_000
_WORD_EDGES = "‘’'\".,:;!?"  # the marks around a word of a line (its quotation marks, its comma)


def _not_running_text(line: str) -> bool:
    """Whether the line above a title is no wrapped line of running text, so that the title
    starts on the next line: a line with no word in lower case (a heading, a byline "By Jo
    Hall", a time stamp "Updated March 4, 2026 At 9:26 AM ET"), or one that ends in a heading
    in title case, its trailing run of capitalised words holding a small word capitalised
    ("... 9:26PM Mayor Calls Out The Council For Backing Down"). A wrapped line of running
    text has words in lower case and no such run ("he told The Chronicle on Monday. Harbour
    Authority": "The" opens a name, "on" is lower case; "..., and Ontario Premier").
    (The run, not the whole line: a scraped page may run a caption and a heading together.)"""
    words = line.split()
    letters = [w.strip(_WORD_EDGES) for w in words]
    if not any(w[:1].islower() for w in letters):
        # (not a title wrapped alone, "Ontario Premier\nSandra Dube": a heading, a byline or
        # a time stamp has a small word or a number)
        return any(w.lower() in HEADING_SMALL_WORDS or w[:1].isdigit() for w in letters)
    run = list(takewhile(lambda w: w[:1].isupper(), reversed(letters)))
    # the run's first word is a sentence's or a name's opener ("The Chronicle"), unless a
    # number stands before it, where a heading's words go on ("Passes 7-2 After Long Debate")
    before = words[-len(run) - 1][:1] if len(run) < len(words) else ""
    counted = run if before.isdigit() else run[:-1]
    return any(w.lower() in HEADING_SMALL_WORDS for w in counted)


def _descriptive(word: str) -> bool:
    """Whether a capitalised word before a first name describes the person rather than
    being part of the name: a demonym, a party, a place, an organisation word."""
    low = word.lower().strip(".")
    demonym = low.endswith(("an", "ese"))  # "Russian", "Chinese"
    return demonym or any(low in table for table in (NOT_NAMES, ORG_WORDS, PLACES, GROUPS))


def clip_title(title: str) -> str:
    """An appositive as a title: "a chief of staff to Bill Clinton whom Mr. Obama ..."
    ends before its relative clause ("... and whose ..." too); a relative clause alone
    ("who runs the effort") is no title and gives ""."""
    head = re.split(r"(?:^|\s+)(?:who|whom|whose|which|that)\b", title.strip())[0]
    return re.sub(r"\s+(?:and|but|or)$", "", head)


# Words before a month: "in May", "since Jan"; a first name does not follow them.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|since|by|until|last|next|early|late|this|that|of|from|to)\s+$", re.IGNORECASE
)


class Token(NamedTuple):
    """A word of a run of capitalised words, with its possessive "'s" cut off."""

    start: int
    end: int
    text: str
    possessive: bool


# A NamedTuple's own constructor is a Python function around this one; _runs makes a
# token of every capitalised word of the article, and builds them directly.
_new_token = tuple.__new__


@dataclass(eq=False)
class Entity:
    """A person or organisation of the article: filled in while the article is read,
    read-only once it is (:meth:`seal`)."""

    name: str
    kind: str  # "person", "org", "place", "group" or "unknown"
    gender: str | None = None
    roles: AbstractSet[str] = field(default_factory=set)
    title: str | None = None
    # the title a name of it was given ("Sen." of "Sen. Maria Lopez"): its quotes' title when
    # neither the words read nor a description give one (see ``title_of``)
    name_title: str | None = None
    speaks: bool = False  # met as the subject of a speech verb ("McLenney said")
    _sealed: ClassVar[bool] = False  # True for a _SealedEntity

    def seal(self) -> None:
        """Reading is over: from now on the entity cannot change. It becomes a
        :class:`_SealedEntity`, which refuses every attribute set: an Entity has no
        __setattr__ of its own, as building one and filling it in while reading set its
        attributes hundreds of times an article (a guard there was a Python call
        each time)."""
        if self._sealed:
            return
        self.roles = frozenset(self.roles)
        self.__class__ = _SealedEntity

    def __eq__(self, other: object) -> bool:
        # as the dataclass's own: by every field, sealed or not (and, as with it, no hash)
        if not isinstance(other, Entity):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _ENTITY_FIELDS)

    def __post_init__(self) -> None:
        # the name's words in lower case, read at once: the name never changes, and nearly
        # every entity is asked for them (a cached_property's first read costs more)
        self.words: list[str] = self.name.lower().split()

    @property
    def title_of(self) -> str | None:
        """The title of the person for a quote whose words give none: a description's, else
        a name's; an organisation's name ("Major League Baseball", "the Judge Rotenberg
        Center") gives none."""
        if self.title is not None or self.kind not in ("person", "unknown"):
            return self.title
        return self.name_title

    @property
    def surname(self) -> str:
        return self.words[-1]

    @property
    def first(self) -> str:
        return self.words[0]


# Where a clause ends before a name: a comma, a colon, a line's end, a sentence's stop (after
# a lower-case word: not the dots of "U.S.").
_CLAUSE_CUT = re.compile(r"[,;:!?\n]|(?<=[a-z]{2})\.\s")


def _past_title(low: str) -> bool:
    """Whether a lower-case word is a title held before, joined by a hyphen: "then-gov.",
    "ex-sen.", "former-mayor" (not "long-term", "co-founder": no past-role word first)."""
    mark, _, title = low.partition("-")
    return mark in PAST_ROLE_MARKS and title in TITLE_WORDS


# (read from the dataclass, so that a field added later is compared too)
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


class _SealedEntity(Entity):
    """An entity once its article is read (:meth:`Entity.seal`): read-only."""

    _sealed: ClassVar[bool] = True

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{self.name!r} is read-only once the article is read")


def _surname_place(entity: Entity) -> str:
    """The kind of a name of unknown kind, first met as no clause's subject and no speaker,
    by its head: "place" for a head that is a surname too after no known first name ("drained
    Kessock Lake", "closed Oakmere Street"); "Ricki Lake spoke", the subject, and "Ava
    Street", a first name, stay "unknown" (maybe a person)."""
    words = entity.words
    if len(words) > 1 and words[-1] in SURNAME_PLACE_HEADS and words[0] not in FIRST_NAME_GENDER:
        return "place"
    return entity.kind


class _Aliases(dict[str, Entity]):
    """Entities by the names they are known by, keeping each entity's names too, so that a
    merge moves only the merged entity's names instead of scanning every name."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_of: dict[int, list[str]] = {}  # by entity id; a name given away since is checked

    def __setitem__(self, key: str, value: Entity) -> None:
        if self.get(key) is not value:
            self.keys_of.setdefault(id(value), []).append(key)
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Entity) -> Entity:
        if key not in self:
            self[key] = default
        return self[key]


class NameMention(NamedTuple):
    """A name where the article writes it. (A NamedTuple, immutable as a frozen dataclass
    is, but built several times faster: the reading makes one for every name of the
    article.)"""

    start: int
    end: int
    text: str
    possessive: bool
    subject: bool  # the subject of its sentence's main clause, as far as word order shows
    sentence: int
    modifier: bool = False  # "the Clinton campaign", "a Trump tweet": the name qualifies a noun
    speaker: bool = False  # "Chinni said", "noted NBC's Dante Chinni": the subject of a speech verb
    first: bool = False  # the entity's first mention: a newcomer to the article
    clause_subject: bool = False  # "Although the IMF did not ...": the subject of a subordinate clause


# (built directly, every field given, as _new_token: the reading makes one for every name)
_new_mention = tuple.__new__


@lru_cache(maxsize=4096)
def _clean(tok: str) -> tuple[str, bool]:
    """A capitalised word as a name's token, and whether it was possessive ("Trump's"):
    asked of every capitalised word of the article, most of them words met before (cached)."""
    possessive = tok.endswith(("'s", "’s"))
    if possessive:
        tok = tok[:-2]
    elif tok.endswith(("'", "’")):
        tok = tok[:-1]
    if tok.endswith(".") and not (len(tok) == 2 or tok.lower() in TITLE_ABBREVIATIONS or tok.count(".") > 1):
        tok = tok[:-1]
    return tok, possessive


def _verb_first(rest: str) -> bool:
    """Whether the first word of ``rest`` can be a verb: in lower case, and not a preposition,
    a determiner, a conjunction or a role ("campaign" in "Trump campaign spokesman")."""
    nxt = _FIRST_WORD.match(rest)
    if nxt is None:
        return False
    word = nxt.group(1)
    low = word.lower()
    return word.islower() and not (
        low in PREPOSITIONS
        or low in DETERMINERS
        or low in CONJUNCTIONS
        or role_key(low) in PERSON_ROLES
        or role_key(low) in ORG_ROLES
    )


def _key(name: str) -> str:
    """How a name is looked up: case and the apostrophe's shape never matter."""
    return name.replace("’", "'").lower()


def _initials(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


def _alpha_runs(text: str) -> set[str]:
    """Every maximal run of letters (``str.isalpha``) in ``text``."""
    runs = set(_LETTERS.findall(text))
    for odd in [w for w in runs if not w.isalpha()]:  # "x²": \w letters that are not alpha
        runs.discard(odd)
        runs.update("".join(c if c.isalpha() else " " for c in odd).split())
    return runs


def _next_in_run(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """The token after a run's last word, which ends at ``pos``, as far as :meth:`Entities._runs`
    can tell it from ``_RUN_TOKEN.search(text, pos, hi)``: that token when it may join the run
    (right after one space); else the next capitalised word, which ends the run as any token
    before it would and starts the next (a lower-case link or particle before it joins
    nothing and is read past). The search of _RUN_TOKEN, a look-behind tried at every
    character up to the next token, was most of the time of reading names; it is made only
    when a particle name ("al-Assad") comes before that capital: the first token after the
    run, it starts a run of its own."""
    if text.startswith(" ", pos):
        joining = _RUN_TOKEN.match(text, pos + 1, hi)
        if joining is not None:
            return joining
    capital = _CAPITAL_TOKEN.search(text, pos, hi)
    end = hi if capital is None else capital.start()
    # (a particle name has a hyphen: str.find looks for it faster than the pattern's search)
    if text.find("-", pos, end) >= 0 and PARTICLE_NAME.search(text, pos, end) is not None:
        return _RUN_TOKEN.search(text, pos, hi)
    return capital


def _after_comma(text: str, pos: int) -> bool:
    """Whether a comma and nothing but white space (some) come right before ``pos``: ", "."""
    return text[pos - 1 : pos].isspace() and text[max(0, pos - 50) : pos].rstrip().endswith(",")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or PARTICLE_NAME.match(tok) is not None  # "al-Mansouri"


class Entities:
    """The article's entities, and the mentions that refer to them, in reading order."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self.mentions: list[tuple[NameMention, Entity]] = []
        self._by_full = _Aliases()
        # Words the article also writes in lower case are words, not names, when a
        # sentence opens with them ("Ultimately", "Following the meeting").
        self._lower: dict[str, bool] = {}
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        # The entities mentioned so far, by id; holding them keeps a merged-away entity's id
        # from being reused by a new one, which would then pass for one already met.
        self._seen: dict[int, Entity] = {}
        self._reading = True
        # names first met after reading: never joined to the article's indexes
        self._strangers: dict[str, Entity] = {}
        self.nicknames: set[int] = set()  # where the quoted nicknames start: nobody's statement
        self._quote_starts = [q.outer[0][0] for q in doc.quotes]
        self._company_firsts: set[str] = set()  # first words of the companies met ("halvorsen")
        # the entities by the initials of their name ("the IMF"), and each entity's mentions by
        # their place in reading order: kept as reading goes, so that no look-up scans them all
        self._by_initials: dict[str, list[Entity]] = {}
        self._mentions_of: dict[int, list[int]] = {}
        self._words_lower: set[str] | None = None  # the words of the masked text (_written_lower)
        headings = {p.index for p in doc.paragraphs if self._is_heading(p.index)}
        for sentence in doc.sentences:
            if sentence.paragraph in headings:
                continue  # "Retired General Reveals ...": title case says nothing about names
            first_mention = len(self.mentions)
            for run in self._runs(sentence.start, sentence.end):
                self._register(run, sentence.index)
            self._nicknames(sentence.start, sentence.end, first_mention)
        self._learn_genders()
        self._untitle_namesakes()
        # Reading is over: from here on nothing registers or merges an entity, so an index
        # built now (the mentions by sentence) can never go stale.
        self._reading = False
        by_sentence: dict[int, list[tuple[NameMention, Entity]]] = {}
        for m, e in self.mentions:
            by_sentence.setdefault(m.sentence, []).append((m, e))
        self._by_sentence = {k: tuple(v) for k, v in by_sentence.items()}
        # the mentions by where they start (with their place in reading order), for name_at
        self._by_start = sorted((m.start, k) for k, (m, _) in enumerate(self.mentions))
        # for by_role: the furthest start so far (never decreasing, so bisecting it finds the
        # first mention in reading order at or after a position), and each role's and each
        # entity's mentions by their place in reading order
        self._start_reach = list(accumulate((m.start for m, _ in self.mentions), max))
        self._with_role: dict[str, list[int]] = {}
        for k, (_, e) in enumerate(self.mentions):
            for role in e.roles:
                self._with_role.setdefault(role, []).append(k)
        # where a role's mentions first name a second bearer
        self._second_bearer = {
            role: next(
                (j for j, k in enumerate(ks) if self.mentions[k][1] is not self.mentions[ks[0]][1]), len(ks)
            )
            for role, ks in self._with_role.items()
        }
        for entity in [*self._seen.values(), *self.entities, *self._by_full.values()]:
            entity.seal()

    def _untitle_namesakes(self) -> None:
        """A title read before a surname alone is nobody's to carry when the article names
        another person of that surname ("Ben Fry, the defendant, ... Judge Fry, no relation,
        ..."): which of them a later "Fry said" means is a guess, and so would the title be."""
        for entity in self.entities:
            if entity.name_title is None or len(entity.words) > 1:
                continue
            namesakes = self._by_last.get(entity.words[0], [])
            if any(e is not entity and e.kind in ("person", "unknown") for e in namesakes):
                entity.name_title = None

    def _nicknames(self, lo: int, hi: int, first_mention: int) -> None:
        """ "Darnell Ames, whom everyone calls "Bucket"", "Marcus Whit, known as "Deuce"": the
        nickname names that person from then on ("Bucket said"). ``first_mention`` indexes
        the sentence's first mention."""
        quotes = self.doc.quotes
        first = bisect_left(self._quote_starts, lo)
        if first == len(quotes) or self._quote_starts[first] >= hi:
            return  # no quote in this sentence, the usual case
        for k in range(first, bisect_left(self._quote_starts, hi)):
            q = quotes[k]
            nick = self.doc.text[q.start : q.end].strip(" .,!?")
            if not nick or len(nick.split()) > 3 or not all(w[:1].isupper() for w in nick.split()):
                continue
            named = [(m, e) for m, e in self.mentions[first_mention:] if m.end <= q.outer[0][0]]
            people = [(m, e) for m, e in named if e.kind in ("person", "unknown") and len(e.words) > 1]
            if people and _NICKNAMED.match(self.doc.masked, people[-1][0].end, q.outer[0][0]):
                self._by_full.setdefault(_key(nick), people[-1][1])
                self.nicknames.add(q.start)

    def may_be_person(self, e: Entity) -> bool:
        """Whether ``e`` may be a person: one read as a person, or a name of unknown kind whose
        last word the article does not also write in lower case: "Berhanu Tadesse", "Maddow",
        "Intelligence Ranking Democrat Dianne Feinstein"; not "Social Security", "the Field
        Poll", "Brooks Brothers", "Aides"."""
        if e.kind != "unknown":
            return e.kind == "person"
        return not self._written_lower(e.words[-1])

    def written_lower(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case ("People should ..." opens a
        sentence with a common noun the article writes as "people" elsewhere)."""
        return self._written_lower(word)

    def _written_lower(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case, as a word of its own."""
        if word not in self._lower:
            text, found = self.doc.masked, False
            if self._words_lower is None and len(text) > _SCANNED_TEXT:
                self._words_lower = _alpha_runs(text)
            lead = next((i for i, c in enumerate(word) if not c.isalpha()), len(word))
            # a word found with no letter either side starts with a maximal run of letters:
            # when the text has no such run, there is no need to look (a scan per word of the
            # whole text is quadratic); a word of letters only is found when it is one
            if self._words_lower is not None and lead and word[:lead] not in self._words_lower:
                self._lower[word] = False
                return False
            if self._words_lower is not None and lead == len(word):
                self._lower[word] = True
                return True
            at = text.find(word)
            while at >= 0 and not found:
                end = at + len(word)
                found = (at == 0 or not text[at - 1].isalpha()) and (
                    end == len(text) or not text[end].isalpha()
                )
                at = text.find(word, at + 1)
            self._lower[word] = found
        return self._lower[word]

    def _is_heading(self, paragraph: int) -> bool:
        p = self.doc.paragraphs[paragraph]
        for m in _LOWER_WORD.finditer(self.doc.masked, p.start, p.end):
            if m.group() not in HEADING_SMALL_WORDS:
                return False  # the common case, decided at the first lower-case word
        words = [w.strip("‘’'\".,:;!?") for w in self.doc.masked[p.start : p.end].split()]
        words = [w for w in words if w[:1].isalpha()]
        return len(words) >= 3 and all(w[:1].isupper() or w in HEADING_SMALL_WORDS for w in words)

    def _learn_genders(self) -> None:
        """Read a gender the first-name table lacks from the pronouns that follow a name.

        Only a name that is its sentence's subject (or its speaker, "said 9/11 widow
        Terry Strada"), and only a subject pronoun
        of the same or the next sentence before another person's name ("Ham made it clear
        he had ...", "Mr. Clarke says ... He is hoping ..."): a pronoun further
        on may already be about someone else.
        """
        votes: dict[int, list[int]] = {}
        # where each mention's window stops: the next name that could be a "he" or "she" itself;
        # not a place, an organisation or a name that qualifies a noun ("Obama departs the UK
        # for Germany, where he will ...", "Giles joined the Carson campaign and said he ...")
        stops = [len(self.doc.masked)] * (len(self.mentions) + 1)
        for k in range(len(self.mentions) - 1, -1, -1):
            m, e = self.mentions[k]
            personal = e.kind in ("person", "unknown") and not m.modifier
            stops[k] = m.start if personal else stops[k + 1]
        for k, (m, e) in enumerate(self.mentions):
            if e.gender is not None or e.kind not in ("person", "unknown") or not (m.subject or m.speaker):
                continue
            # (past a place or an organisation only for a name that reads as a person's: a lone
            # unknown word, "Gannett", "EgyptAir", stops at the next name of any kind)
            person = e.kind == "person" or (
                len(e.words) > 1
                and self.may_be_person(e)
                and not ORG_WORDS & set(e.words)
                and not any(w in TIME_WORDS and w not in FIRST_NAME_GENDER for w in e.words)  # "Election Day"
            )
            stop = (
                stops[k + 1]
                if person
                else self.mentions[k + 1][0].start
                if k + 1 < len(self.mentions)
                else len(self.doc.masked)
            )
            nxt = m.sentence + 1
            end = self.doc.sentences[nxt].end if nxt < len(self.doc.sentences) else len(self.doc.masked)
            window = self.doc.masked[m.end : min(stop, end)].lower()
            tally = votes.setdefault(id(e), [0, 0])
            tally[0] += len(_MALE_SUBJECT.findall(window))
            tally[1] += len(_FEMALE_SUBJECT.findall(window))
        for e in self.entities:
            male, female = votes.get(id(e), [0, 0])
            if male and not female:
                e.gender = "m"
            elif female and not male:
                e.gender = "f"

    # -- reading names ---------------------------------------------------------------

    def _runs(self, lo: int, hi: int) -> list[list[Token]]:
        """Runs of capitalised tokens (with particles) in masked text."""
        runs: list[list[Token]] = []
        cur: list[Token] = []
        links: list[Token] = []  # "of the" in "Association of the Bar"
        last_end = -1
        masked = self.doc.masked
        pos = lo
        while True:
            # between runs only a capitalised word can start one: the next is searched for
            # by its capital alone ("of", "de" with no name before them join nothing)
            m = _next_in_run(masked, pos, hi) if cur else _CAPITAL_TOKEN.search(masked, pos, hi)
            if m is None:
                break
            pos = m.end()
            raw = m.group()
            tok, poss = _clean(raw)
            start = m.start()
            end = start + len(tok)
            joined = cur and masked[last_end:start] == " " and not cur[-1].possessive
            # "Association of Flight Attendants", and titles: "Secretary of State John Kerry"
            # "Department of Health and Human Services": "and" only inside an organisation's name
            if tok == "and" and not (
                joined
                and not links
                and any(t.text in ORG_LINKS for t in cur)
                and any(t.text.lower() in ORG_HEADS for t in cur)
                and _TWO_CAPITALS.match(masked, m.end())  # not "... of Justice and FBI agents"
            ):
                if cur:
                    runs.append(cur)
                cur, links = [], []
                continue
            if (
                joined
                and (tok in ORG_LINKS or tok == "and")
                and (
                    links
                    or tok == "and"
                    or cur[-1].text.lower() in ORG_HEADS
                    or role_key(cur[-1].text.lower()) in PERSON_ROLES
                )
            ):
                links.append(_new_token(Token, (start, end, tok, poss)))
                last_end = m.end()
                continue
            cap = _is_cap(tok)
            if links:
                if joined and cap and tok.lower() not in NOT_NAMES:
                    cur.extend(links)
                else:
                    runs.append(cur)  # "the Security Council on Friday": the link was no link
                    cur, joined = [], False
                links = []
            if ("-" in tok and PARTY_TAG.match(tok)) or (joined and tok.lower() in FUNCTION_WORDS and cap):
                # "Experience Of Serving Under Obama" is title case, not one name.
                if cur:
                    runs.append(cur)
                cur = []
                continue
            if cap or (joined and tok in NAME_PARTICLES):
                if not joined:
                    if cur:
                        runs.append(cur)
                    cur = []
                cur.append(_new_token(Token, (start, end, tok, poss)))
                last_end = m.end()
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        # (one pass over the runs, not a list built per step: asked of every sentence)
        out = []
        for r in runs:
            # "CONGRESS HAS INVESTIGATED HIM": a capitalised kicker, not a name.
            if len(r) > 1 and sum(len(t.text) > 1 and t.text.isupper() for t in r) >= 2:
                continue
            # "Washington-based", "Trump-like": adjectives made from a name
            r = [t for t in r if "-" not in t.text or not _NAME_ADJECTIVE.search(t.text)]
            trimmed = self.trim(r, common=True)
            if trimmed:
                out.append(trimmed)
        return out

    def trim(self, run: list[Token], common: bool = False) -> list[Token]:
        """Drop the words a capitalised run starts with that are not part of the name.

        With ``common``, also a sentence's first word that the article writes in
        lower case elsewhere ("Ultimately", "Outrage"); a speaker read from an
        attribution ("Police said") keeps it.
        """
        # "American Civil Liberties Union": an organisation's name keeps its national adjective
        org_name = len(run) > 1 and run[-1].text.lower() in ORG_NAME_HEADS
        while run:
            low = run[0].text.lower()
            if org_name and low in NATIONAL_ADJECTIVES:
                break
            # "Mr Mabey": the honorific stays, for split_title to read as a title
            honorific = low in HONORIFICS and len(run) > 1
            # "Jan Ober", "Will Hurd", "May Lee": a first name that is also a month or a
            # word, before another name; not "in May Trump said" nor "Jan. 5"
            first_name = (
                low in FIRST_NAME_GENDER
                and len(run) > 1
                and run[0].text[-1:].isalpha()
                and self.doc.text[run[0].end : run[0].end + 1] == " "
                and not _AFTER_PREPOSITION.search(self.doc.masked, max(0, run[0].start - 12), run[0].start)
            )
            word = (
                (low in NOT_NAMES and not honorific and not first_name)
                or run[0].text in NAME_PARTICLES
                # "Given Sanders' success", "Within Iowa" (whether the word opens its sentence is
                # asked last, here and below: most words are settled before it)
                or (low in OPENER_WORDS and self._opens_sentence(run[0].start))
            )
            opener = (
                not word
                and low not in FIRST_NAME_GENDER
                and low not in self._by_last  # "Everly said" after "Sheriff Lamont Everly"
                and self._opens_sentence(run[0].start)
                and (
                    (common and self._written_lower(low))
                    or low.endswith("ly")
                    # "Injecting Clinton", "Asked Trump", "Following a meeting": a sentence-initial
                    # verb is not part of a name.
                    or (len(low) > 5 and low.endswith("ing"))
                    or (len(run) > 1 and len(low) > 5 and low.endswith("ed"))
                )
            )
            if not (word or opener):
                break
            run = run[1:]
        while run and run[-1].text in NAME_PARTICLES:
            run = run[:-1]
        return run

    def opens_sentence(self, pos: int) -> bool:
        """Whether the word at ``pos`` opens its sentence (or follows a heading's colon)."""
        return self._opens_sentence(pos)

    def _opens_sentence(self, pos: int) -> bool:
        sent = self.doc.sentence_at(pos)
        if self.doc.masked[max(sent.start, pos - 2) : pos].strip() == ":":
            return True  # "Peace Efforts: Eliminating ..."
        return _ALNUM.search(self.doc.masked, sent.start, pos) is None

    def written(self, tokens: list[Token]) -> list[str]:
        """The words of ``tokens`` with the full stop a token leaves out ("Inc" of "Acme Foods
        Inc. CEO", as a name ends): a title's words as the article writes them."""
        m = self.doc.masked
        return [t.text + "." if m.startswith(".", t.end) and t.text[-1:] != "." else t.text for t in tokens]

    def split_title(self, run: list[Token]) -> tuple[list[str], list[Token]]:
        """Split "Russian President Vladimir Putin" into its title words and its name."""
        cut = 0
        # What the loop asks of the words after, before or between two positions, counted
        # once (suffix and prefix sums): asking it anew at every word is quadratic in a
        # long run of capitalised words.
        n = len(run)
        if n < 2:
            return [], run[:]  # a single word is a name
        lows = [t.text.lower() for t in run]
        org_after = [0] * (n + 1)  # words of run[j:] that are organisation words or links
        not_org_after = [0] * (n + 1)  # words of run[j:] that are neither organisation words nor heads
        of_before = [0] * (n + 1)  # words of run[:k] that start with "of"
        for j in range(n - 1, -1, -1):
            org_after[j] = org_after[j + 1] + (lows[j] in ORG_WORDS or run[j].text in ORG_LINKS)
            not_org_after[j] = not_org_after[j + 1] + (lows[j] not in ORG_WORDS and lows[j] not in ORG_HEADS)
        for k, t in enumerate(run):
            of_before[k + 1] = of_before[k] + t.text.startswith("of")
        # a run that ends on a company's suffix names no person: "Atlantic Fibre Holdings",
        # "State Farm Insurance" keep their first word (not an outlet's reporter, "CNN Ann Vale")
        company = lows[-1].strip(".") in CORPORATE_SUFFIXES or lows[-1] in FIRM_SUFFIXES
        # run[plain_from:plain] are descriptive words, read only when asked and never twice
        plain_from = plain = 0
        for i in range(n - 1):
            low = lows[i]
            rest = n - i - 1  # the words after this one, run[i + 1 :]
            if cut == i and i and low.split()[0] in {"of", "the"} and rest > 1:  # "of", "of the"
                # "Leader of Opposition Meenakshi Dubey", "Secretary of the Navy Ray Mabus":
                # "of" after a title and the word after it belong to the title
                cut = i + 2 if lows[i + 1] != "the" else i + 3
                continue
            # "Security Council Dmitry Medvedev" splits, "the Daily Beast" and
            # "Government Accountability Office" do not.
            person_after = (
                (rest > 1 or lows[i + 1] in FIRST_NAME_GENDER) and not org_after[i + 1] and not company
            )
            titled = (
                low in TITLE_WORDS
                or low in HONORIFICS
                or (low in ORG_WORDS and person_after)
                or _past_title(low)  # "then-Gov. Ann Roy", "ex-Sen. Bo Lee"
            )
            # "shipped grain to the U.S. Mara Quill said": a country's dotted acronym after an
            # article, before a person's name, is nobody's initials (as "J.R." may be); before
            # an organisation it is its name ("the U.S. Justice Department", "U.S. Steel")
            titled = titled or (
                i == 0 and not org_after[1] and not company and self._acronym_before_person(run)
            )
            # "the Dravonian Foreign Ministry": a title word before an organisation word is its name
            if titled and not_org_after[i + 1]:
                cut = i + 1
            # (a place that is a first name too before a first name is the place: "Premier of
            # Alberta Jason Kenney", "Governor of Virginia Glenn Youngkin")
            elif (
                i > 0
                and low in FIRST_NAME_GENDER
                and (lows[i - 1] not in FIRST_NAME_GENDER or lows[i - 1] in PLACES)
            ):
                if not plain_from <= cut <= plain:
                    plain_from = plain = cut
                while plain < i and _descriptive(run[plain].text):
                    plain += 1
                if plain >= i or of_before[cut] > 0:  # "Chairman of the Joint Chiefs Joe"
                    cut = i  # "Democrat Tim Kaine", "Kremlin Dmitry Peskov"; not "Ramesh Chandra Bhatnagar"
        return [t.text for t in run[:cut]], run[cut:]

    def _acronym_before_person(self, run: list[Token]) -> bool:
        """Whether ``run`` opens with a place's dotted acronym right after a determiner ("the
        U.S.") and goes on with a person's name: a known first name ("the U.S. Mara Quill") or
        a person the article has named already ("Tom Smith ... the U.S. Smith said"). Not an
        unknown word ("the U.S. Smith", which may be a firm's), nor an organisation's words
        (the caller asks that)."""
        token, rest = run[0], run[1:]
        low = token.text.lower()
        before = self.doc.masked[max(0, token.start - 12) : token.start].split()[-1:]
        if "." not in low or low not in PLACES or not before or before[0].lower() not in DETERMINERS:
            return False
        if rest[0].text.lower() in FIRST_NAME_GENDER:
            return True
        known = self._match(" ".join(t.text for t in rest), [])
        return known is not None and known.kind == "person"

    def _register(self, run: list[Token], sentence: int) -> None:
        titles, name_run = self.split_title(run)
        if not name_run:
            return
        masked = self.doc.masked  # (read ~20 times a name below)
        start, end = name_run[0].start, name_run[-1].end
        text = " ".join([t.text for t in name_run])  # (a list: join makes one of a generator anyway)
        possessive = name_run[-1].possessive
        # "Christie's been making the case": the "'s" is "has" or "is", and the name the subject
        contracted = possessive and _CONTRACTED.match(masked, end + 2) is not None
        possessive = possessive and not contracted
        if text.lower() in THE_OUTLETS and masked[max(0, start - 4) : start].lower() == "the ":
            text = f"The {text}"  # the outlet is "The Hill", not a Mr. Hill
        lone_first = len(name_run) == 1 and not possessive and text.lower() in FIRST_NAME_GENDER
        shared = _SHARED_SURNAME.match(masked, end) if lone_first else None
        if shared and shared.group(1).lower() in FIRST_NAME_GENDER and text.lower() not in self._by_last:
            text = f"{text} {shared.group(2)}"  # "Derek and Sheila Mabey": Derek Mabey
        # "Corkum Seafoods Ltd. announced", "Ed Vale Jr. said": the abbreviation's full stop,
        # which ends no sentence, is read past to the verb
        dot = int(
            not possessive
            and masked.startswith(".", end)
            and name_run[-1].text.lower() in NAME_FINAL_ABBREVIATIONS
        )
        reach = run[-1].end + 2 * contracted + dot
        role = None if possessive else self._subject_of(run[0].start, reach, sentence)
        subject, clause_subject = role == "main", role == "clause"
        # the word after the name (after its "'s"): "the Clinton campaign", "Trump's campaign"
        past = end + (2 if possessive else 0)
        nxt = _NEXT_WORD.match(masked, past, past + 30)
        modifier = (
            not possessive
            and nxt is not None
            and (role_key(nxt.group(1)) in ORG_ROLES or role_key(nxt.group(1)) in PERSON_ROLES)
        )
        # the subject of a speech verb after it, or before it in inverted order: asked only
        # of a name that is no possessive, and before it only when after it says no
        speaker = False
        if not possessive:
            home = _FROM_AFTER.match(masked, end, end + 60) if subject else None
            verb_from = home.end() if home is not None else end + dot
            after = _VERB_AFTER.match(masked, verb_from, verb_from + 140)
            if after is not None and after.group().startswith(",") and not subject:
                # only the sentence's subject reaches past an appositive to its verb
                after = _VERB_NEXT.match(masked, end, end + 40)
            speaker = after is not None and after.group(1) in CUE_FORMS
            if speaker and after is not None and _PLURAL_VERB.match(masked, after.end(1)):
                speaker = False  # "Harsh comments are earning ...": a plural noun, then its verb
            if (
                speaker
                and after is not None
                and not subject
                and after.start(1) == end + 1
                and after.group(1).endswith("s")
                and _NOUN_SLOT_BEFORE.search(masked, max(0, start - 12), start)
            ):
                # "a series of Facebook posts in which he called": a name that modifies a plural
                # noun after "of", "a" or a possessive is no speaker of the verb the noun spells
                speaker = False
        if not possessive and not speaker and not subject:
            # "His spokesman, Sam Lowe, said": a name in apposition to the phrase that opens its
            # sentence, right before that phrase's speech verb, is the sentence's subject and
            # the verb's speaker
            verb = _APPOSED_VERB.match(masked, end, end + 40)
            if (
                verb is not None
                and verb.group(1) in CUE_FORMS
                and masked.endswith(", ", 0, run[0].start)
                and _APPOSITIVE_BEFORE.search(masked, max(0, run[0].start - 60), run[0].start)
            ):
                speaker = subject = True
        if not possessive and not speaker:
            # inverted order only ("..., noted NBC's Dante Chinni"): "accusing Alicia Machado"
            # names no speaker
            lead = masked[max(0, start - 40) : start]
            # the marks _INVERTED_CUE needs, looked for first: most names have none in the 40
            # characters before them, and the end-anchored search is slow to fail (looked for
            # with str's "in", faster than a pattern of alternatives that tries each at every
            # character; written out, as a generator over them costs more than the tests)
            marked = "," in lead or '"' in lead or "”" in lead or "’" in lead or "''" in lead
            prev = _INVERTED_CUE.search(lead) if marked else None
            speaker = prev is not None and prev.group(1) in CUE_FORMS
        # both kin patterns end on a comma and a space right before the name: asked first, so
        # that most names (few follow a comma) need neither search
        kin_lead = len(text.split()) == 1 and _after_comma(masked, run[0].start)
        kin = _KIN_OF_OWNER.search(masked, max(0, run[0].start - 50), run[0].start) if kin_lead else None
        kin_of = kin.group(1) if kin is not None else None
        of_pronoun = False
        if kin is None and kin_lead:
            pronoun_kin = _KIN_OF_PRONOUN.search(masked, max(0, run[0].start - 50), run[0].start)
            if pronoun_kin is not None:
                # "Tom Berg arrived. His wife, Ellen, said": Berg's relative, not another Ellen
                of_pronoun = True
                kin_of = self._last_person_named(POSSESSIVE_GENDERS.get(pronoun_kin.group(1).lower()))
        entity = self._entity_for(text, titles, kin_of=kin_of, of_pronoun=of_pronoun)
        first = id(entity) not in self._seen
        self._seen[id(entity)] = entity
        mention = _new_mention(
            NameMention,
            (start, end, text, possessive, subject, sentence, modifier, speaker, first, clause_subject),
        )
        if entity.kind == "unknown" and not possessive and self._is_place(run[0].start):
            entity.kind = "place"
        elif entity.kind == "unknown" and first and not (subject or clause_subject or speaker) and not titles:
            entity.kind = _surname_place(entity)
        elif (
            first
            and entity.kind == "person"
            and len(name_run) == 1
            and not titles
            and not entity.roles
            and not possessive
            and (
                (self._is_place(run[0].start) and _STATE_AFTER.match(masked, end))
                or _state_after(masked, end)
            )
        ):
            # "the shooting in Aurora, Colorado", "Dayton, Ohio, was quiet": a town that is
            # also a first name
            entity.kind, entity.gender = "place", None
        if (
            entity.kind == "unknown"
            and (len(name_run) > 1 or (speaker and first and role_key(text) not in PERSON_ROLES))
            and not titles
            and _THE_BEFORE.search(masked[max(0, start - 5) : start])
        ):
            # "the Northern Arc", "the Sierra Club", "The Ledger reported": no person goes with
            # "the" (a lone word only as a speech verb's subject where the article first names
            # it: "the Bush years", "the Sanders rapid-response director" are a person's)
            entity.kind = "org"
        if speaker:
            entity.speaks = True
        reflexive = nxt.group(1) if nxt is not None and not possessive else None
        if reflexive in EMPHATIC_PRONOUNS and entity.kind in ("unknown", "person"):
            # "Ruiz himself, campaigning Tuesday, ...": only a person is, and the word says
            # which sex (a lone surname is otherwise no antecedent until it speaks)
            entity.kind = "person"
            entity.gender = entity.gender or EMPHATIC_PRONOUNS[reflexive]
        own = _WHO_HIS.match(masked, end) if entity.gender is None and not possessive else None
        if own is not None and entity.kind in ("unknown", "person") and len(name_run) > 1:
            # "Sandy Phillips, who lost her daughter": a person, of the sex of the word
            entity.kind = "person"
            entity.gender = "m" if own.group(1) == "his" else "f"
        for i, word in enumerate(titles):
            self._add_role(entity, word, head=i == len(titles) - 1)
        if entity.kind == "org":
            # "The commission says" after "the Commission on Presidential Debates"
            entity.roles |= {role_key(t) for t in text.lower().split() if role_key(t) in ORG_ROLES}
            if entity.words[-1].rstrip(".") in CORPORATE_SUFFIXES:
                entity.roles |= COMPANY_NOUNS  # "the company said" after "Halvorsen Foods Inc"
                self._company_firsts.add(entity.words[0])
            elif len(entity.words) > 1 and entity.words[-1] in FIRM_SUFFIXES:
                # "the firm said" after "Norquay Capital": else the one company met before
                # ("Borealis Midstream Corp.", the story's subject) is "the firm"; an
                # analyst's firm is not the story's "company"
                entity.roles |= {"firm"}
        acronym = _ACRONYM.match(masked, end, end + 14) if "(" in masked[end : end + 3] else None
        if acronym and len(name_run) > 1:
            # "International Monetary Fund (IMF)": the acronym is another name of it
            self._by_full.setdefault(acronym.group(1).lower(), entity)
        self._descriptors(entity, run[0].start, end)
        carries = titles and self._title_carries(run[0].start, titles, name_run, subject, entity)
        if carries and entity.name_title is None:
            # "Sen. Maria Lopez said ...": the title a name is given is the person's, for the
            # quotes read from "she" or "the senator" too
            entity.name_title = title_before(self.written(run[: len(titles)]))
        if subject and len(name_run) > 1 and entity.kind in ("person", "unknown"):
            self._role_as(entity, end, sentence)
        self._mentions_of.setdefault(id(entity), []).append(len(self.mentions))
        self.mentions.append((mention, entity))
        if nxt is not None:
            self._team(entity, run[0].start, nxt, sentence)

    def _title_carries(
        self, start: int, titles: list[str], name_run: list[Token], subject: bool, entity: Entity
    ) -> bool:
        """Whether the title before a name is the person's for all the article's quotes: not
        a past one ("former Sen. Dan Holt", "the late Mayor Ed Ng", "then-Gov. Ann Roy"); and
        before a surname alone only when that name is its sentence's subject, no possessive,
        and the surname's own entity ("President Holt said"): "Gov. Reed's office", "no
        relation to Mayor Holt", "wrote to Sen. Lopez" may name another of the surname than
        the one the article met (see also ``_untitle_namesakes``)."""
        if len(name_run) == 1 and (not subject or name_run[0].possessive or len(entity.words) > 1):
            return False
        # (the words right before it in its clause: "Late Tuesday, Sen. Dan Holt" is no late
        # senator, and a plain "then" is a time, "And then Sen. Dan Holt": only "then-Gov.")
        window = _CLAUSE_CUT.split(self.doc.masked[max(0, start - 24) : start])[-1]
        for word in [*_PLAIN_WORD.findall(window)[-2:], *titles]:
            low = word.lower().rstrip(".")
            if (low in PAST_ROLE_MARKS and low != "then") or (
                "-" in low and low.split("-")[0] in PAST_ROLE_MARKS
            ):
                return False
        return True

    def _team(self, owner: Entity, start: int, noun: re.Match[str], sentence: int) -> None:
        """ "Donald Trump's campaign", "the Clinton campaign": an organisation of its own,
        so that "It's denouncing ..." has something to refer to."""
        if noun.group(1) not in TEAM_NOUNS or owner.kind not in ("person", "unknown"):
            return
        name = f"{owner.name} {noun.group(1)}"
        team = self._by_full.get(name.lower())
        if team is None:
            team = Entity(name=name, kind="org", roles={noun.group(1)})
            self._add(team)
            self._by_full[name.lower()] = team
        role = self._subject_of(start, noun.end(1), sentence)
        first = id(team) not in self._seen
        self._seen[id(team)] = team
        self._mentions_of.setdefault(id(team), []).append(len(self.mentions))
        self.mentions.append(
            (
                NameMention(
                    start,
                    noun.end(1),
                    name,
                    False,
                    role == "main",
                    sentence,
                    False,
                    False,
                    first,
                    role == "clause",
                ),
                team,
            )
        )

    def _subject_of(self, start: int, end: int, sentence: int) -> str | None:
        """Whether a name at [start, end) is the subject of its sentence's main clause
        ("main") or of a clause opening with "although", "while" ... ("clause").

        Word order is all there is to go on: nothing before the name but an
        opening phrase closed by a comma, or "and"/"but"; and after it (and after
        an appositive in commas) a word that can be a verb, not "campaign" as in
        "Trump campaign spokesman".
        """
        m = self.doc.masked
        # the last few words are all the rule reads
        # (rsplit: only the last twelve words are split off, not the whole window's)
        opening = m[max(self.doc.sentences[sentence].start, start - 160) : start].rsplit(None, 12)[-12:]
        # the words with a letter or digit, read back from the name only as far as needed
        # (most names stop at the first): filtering all twelve was most of this test's time
        # (a word of letters and digits only, most of them, has one without the pattern's search)
        before = (w for w in reversed(opening) if w.isalnum() or _ALNUM.search(w))
        last = next(before, None)
        # Title words and determiners are part of the subject: "Former Pennsylvania Gov. Ed Rendell".
        # So are a role and its modifiers in lower case: "Former Democratic candidate Bernie
        # Sanders, who ..., said", "former senator Ada Holm said".
        while (
            last is not None
            and not last.endswith(",")
            and (
                (last[:1].isupper() and last.lower() not in CLAUSE_OPENERS)
                or last.lower() in DETERMINERS
                or (last.islower() and (role_key(last) in PERSON_ROLES or last in _ROLE_MODIFIERS))
            )
        ):
            last = next(before, None)
        role = "main"
        if last is not None and last.lower() in SUBORDINATORS:
            role = "clause"
        elif last is not None and not (last.endswith(",") or last.lower() in {"and", "but"}):
            # "On Thursday evening Hillary Clinton delivered": a time phrase with no comma that
            # opens the sentence is no subject of its own
            # (split four times at most: a longer lead is no time phrase, whatever its words)
            lead = m[self.doc.sentences[sentence].start : start].split(None, 4)
            if not (
                1 < len(lead) <= 4
                and lead[0].lower() in TIME_OPENERS
                and all(w.lower() in TIME_WORDS or w.isdigit() for w in lead[1:])
            ):
                return None
        rest = m[end : min(end + 200, self.doc.sentences[sentence].end)]
        paren = _PAREN_AFTER.match(rest)  # "Claire McCaskill (D-Mo.) scolded"
        if paren:
            rest = rest[paren.end() :]
        home = _FROM_AFTER.match(rest)  # "Rep. Lee Zeldin of New York, a Trump supporter, said"
        if home:
            rest = rest[home.end() :]
        placed = placed_verb(rest, 0)
        if placed is not None:
            rest = rest[placed - 1 :]  # "the Security Council on Friday made", "Trump at the time said"
        relative = _RELATIVE_TO_CUE.match(rest) if rest.startswith(", who ") else None
        if relative is not None:
            # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said": a
            # relative clause with commas of its own, up to a speech verb after a comma
            rest = rest[relative.start(1) :]
        elif rest.startswith(","):
            close = rest.find(",", 1)
            if close < 0 or close > 120:
                return None
            age = rest[1:close].strip().isdigit()
            rest = rest[close + 1 :]
            if age and not _verb_first(rest):
                # an age before a role or a home ("Jenna Morales, 29, a nursing student, said",
                # "Carol Mertz, 67, of Lancaster, said"): the appositive goes on past the age
                close = rest.find(",")
                if close < 0 or close > 100:
                    return None
                rest = rest[close + 1 :]
        return role if _verb_first(rest) else None

    def _is_place(self, start: int) -> bool:
        """ "in Chelsea", "from Tulsa": a name after a place preposition, never its sentence's subject."""
        before = self.doc.masked[max(0, start - 6) : start].split()
        return bool(before) and before[-1].lower() in PLACE_PREPOSITIONS

    def _role_as(self, entity: Entity, end: int, sentence: int) -> None:
        """ "Hillary Clinton delivered her speech as the Democratic nominee": the role its
        clause gives a sentence's subject after "as the", before any other name, with the
        description's words as the title (so that "said the Democratic nominee" is hers)."""
        text = self.doc.masked
        reach = min(self.doc.sentences[sentence].end, end + _AS_ROLE_REACH)
        found = _AS_ROLE.search(text, end, reach) if _AS_THE.search(text, end, reach) else None
        if found is None or found.group(1).lower() in _NOT_THE_SUBJECT_AS:
            return
        if _CAPITALISED.search(text, end, found.start()):
            return  # another name between: the clause may be its
        if self._verb_follows(found.end(), self.doc.sentences[sentence].end):
            return  # "nodded as the mayor walked out": the role of the clause's own subject
        words = found.group(2).split()
        if role_key(words[-1]) not in PERSON_ROLES:
            return
        if not all(w[:1].isupper() or w.lower() in _ROLE_MODIFIERS for w in words[:-1]):
            return
        # the roles alone: a sex from the head ("listed as the chairman") outweighs no first name
        entity.roles |= {role_key(w) for w in words if role_key(w) in PERSON_ROLES}
        entity.kind = "person"
        entity.title = entity.title or " ".join(words)

    def _verb_follows(self, pos: int, limit: int) -> bool:
        """Whether a verb follows the words that end at ``pos`` in their clause, past asides
        and prepositional phrases: "as the governor, Ada Holm, spoke" is a clause of its own."""
        text = self.doc.masked
        for _ in range(4):
            step = _AS_ROLE_ASIDE.match(text, pos, limit) or _AS_ROLE_PHRASE.match(text, pos, limit)
            if step is None:
                break
            pos = step.end()
        nxt = _FIRST_WORD.match(text, pos, limit)
        if nxt is None or text[pos : nxt.start(1)].strip():
            return False  # the clause ends here (a stop, a colon, a comma with no aside)
        low = nxt.group(1).lower()
        return nxt.group(1).islower() and not (
            low in CLAUSE_BREAKS
            or low in DETERMINERS
            or role_key(low) in PERSON_ROLES
            or role_key(low) in ORG_ROLES
        )

    def _add_role(self, entity: Entity, word: str, head: bool = True) -> None:
        """Note a title word; only the head of a title ("campaign manager") says person or org."""
        key = role_key(word)
        low = word.lower()
        if low in HONORIFICS:
            entity.gender = entity.gender or HONORIFICS[low]
            entity.kind = "person"
        if key in PERSON_ROLES or key in ORG_ROLES:
            entity.roles |= {key}
            if head and key in PERSON_ROLES and entity.kind in ("unknown", "place"):
                entity.kind = "person"
            if head and key in ORG_ROLES and entity.kind == "unknown":
                entity.kind = "org"
            gender = GENDERED_ROLES.get(low)
            if gender:
                entity.gender = gender  # "widow Terry Strada": the title outweighs the first name

    def _in_opening_phrase(self, start: int) -> bool:
        """Whether the name at ``start`` is the object of a preposition that opens its
        sentence ("In Oslo, ..."; not "As", which opens a clause: "As Ivo Brandt, an expert
        on ports, noted")."""
        lead = self.doc.masked[self.doc.sentence_at(start).start : start].split()
        return (
            1 <= len(lead) <= 2
            and lead[0].lower() in PREPOSITIONS_BUT_AS
            and all(w.lower() in DETERMINERS for w in lead[1:])
        )

    def _descriptors(self, entity: Entity, run_start: int, end: int) -> None:
        """Roles from the words just before the name and from an appositive after it; none
        for a place ("a meeting in New Hampshire, a young woman asked": no role "woman"; "The
        Union Leader, New Hampshire's largest newspaper": the paper's)."""
        if entity.kind == "place":
            return
        m = self.doc.masked
        # (within the name's paragraph: a headline's or the paragraph before's last words,
        # "... splits the council" above "Sen. Maria Lopez said", describe nobody in it; a
        # line wrapped inside a paragraph, "Ontario Premier\nSandra Dube", is still one, but
        # not after a heading in title case: "Mayor Calls Out Council For Backing Down\nHarbour
        # council member Ann Roy")
        window = m[max(0, run_start - 60) : run_start]
        if "\n" in window:  # (a blank line has one: most windows need no split)
            window = _PARAGRAPH_BREAK.split(window)[-1]
        _, wrapped, line = window.rpartition("\n")
        if wrapped:
            # (the line above's whole last run, not the window's cut of it)
            line_end = run_start - len(line) - 1
            if _not_running_text(m[m.rfind("\n", 0, line_end) + 1 : line_end]):
                window = line
        words: list[str] = []
        # six words for a title with its "of" ("Friends of the Earth campaigner"), all title
        # words; else four, as words further back are rarely the name's title (the "of" asked
        # first: most names have no such title before them)
        linked = " of " in window
        most = 6 if linked else 4
        near = window.rsplit(None, most)[-most:] if window[-1:].isspace() else []
        if linked:
            titled = len(near)
            while titled and (
                near[titled - 1][:1].isupper()
                or near[titled - 1] in ("of", "the")
                or role_key(near[titled - 1]) in ROLES
            ):
                titled -= 1
            linked = any(title_link(near, j) for j in range(titled, len(near)))
            near = near[titled:] if linked else near[-4:]
        # only a role or a capitalised word right before the name makes a title of the words
        # before it (see ``adjacent``): asked first, as most names follow a verb or a preposition
        if near and (near[-1][:1].isupper() or role_key(near[-1]) in ROLES):
            for w in reversed(near):
                if not _PLAIN_WORD.fullmatch(w):
                    break
                words.insert(0, w)
        if words:
            desc: list[str] = []
            for k in range(len(words) - 1, -1, -1):
                w = words[k]
                low = w.lower()
                if linked and title_link(words, k):
                    desc.insert(0, w)  # "Bank of England Governor", "Friends of the Earth campaigner"
                    continue
                if low in DETERMINERS or low in PREPOSITIONS or low in NOT_NAMES or low.endswith("ly"):
                    break
                if low.endswith("ed") and "-" not in low:
                    break
                desc.insert(0, w)
            # "Kremlin spokesman Dmitry Peskov", but not "the district court upheld Husted's"
            adjacent = bool(desc) and (role_key(desc[-1]) in ROLES or desc[-1][:1].isupper())
            if adjacent and any(role_key(w) in PERSON_ROLES or role_key(w) in ORG_ROLES for w in desc):
                for i, w in enumerate(desc):
                    self._add_role(entity, w, head=i == len(desc) - 1)
                entity.title = entity.title or " ".join(desc)
        ahead = m.endswith(", ", 0, run_start) and _APPOSITIVE_BEFORE.search(
            m, max(0, run_start - 60), run_start
        )
        if ahead:
            # "His daughter, Kim Threlkeld, told ...": an appositive before the name; its head
            # is before any preposition ("The man at the centre of the case, Ray Lee," is no
            # centre, an organisation)
            head_words = list(takewhile(lambda w: w.lower() not in PREPOSITIONS, ahead.group(1).split()))
            roles = [w for w in head_words if role_key(w) in ROLES]
            for i, w in enumerate(roles):
                self._add_role(entity, w, head=i == len(roles) - 1)
        predicate = _PREDICATE.match(m, end, end + 120)
        if predicate:
            # "Yvette Sandoval, 52, was the prosecution's ninth witness": a role, for "the witness said"
            head = [w for w in predicate.group(1).split() if role_key(w) in PERSON_ROLES]
            if head:
                entity.roles |= {role_key(head[-1])}
        after = _ROLE_AFTER_NAME.match(m, end, end + 120)
        if after and self._in_opening_phrase(run_start):
            after = None  # "In Oslo, the mayor said": the sentence's subject, no appositive
        said = after.group(2).split() if after else []
        # (the cue asked first: role_key is the dearer test, and most words are no cue)
        # (a pair only in two words or more: most names have no appositive, and no pair)
        if len(said) > 1 and any(
            nxt.lower() in CUE_FORMS and role_key(w) in ROLES for w, nxt in pairwise(said)
        ):
            # "... a rally for Lyle Vance, the city's police chief said.": the role is the
            # subject of its own speech verb, someone else, not an appositive of the name
            after = None
        if after:
            words = after.group(2).split()
            # ", the spokesman,", ", Maddox's lawyer,", ", CEO of the fund,"
            owner = words and words[0][:1].isupper() and words[0].endswith(("'s", "’s"))
            if words and (after.group(1) or owner or role_key(words[0]) in ROLES or words[0].isupper()):
                roles = [w for w in words[:4] if role_key(w) in PERSON_ROLES or role_key(w) in ORG_ROLES]
                if roles:
                    for i, w in enumerate(roles):
                        self._add_role(entity, w, head=i == len(roles) - 1)
                    entity.title = entity.title or clip_title((after.group(1) or "") + after.group(2))
        doer = _WHO_DOES.match(m, end, end + 60) if entity.kind in ("person", "unknown") else None
        if doer is not None:
            # "Earl Pettibone, who has coached the Ospreys since 2019": "the coach" later
            self._add_role(entity, _DOER_OF[doer.group(1) or doer.group(2)])
        business = _BUSINESS_AFTER.match(m, end, end + 80) if entity.kind != "person" else None
        if business is not None and business.group(1).lower() in BUSINESS_NOUNS:
            # "Kestrel Cloud, the fast-growing infrastructure provider that ...": a company,
            # which "the company said" refers back to
            entity.kind = "org"
            entity.roles |= COMPANY_NOUNS

    # -- entities ----------------------------------------------------------------------

    def _match(self, name: str, titles: list[str]) -> Entity | None:
        """The entity already read that ``name`` (with these title words) refers to, if one."""
        key = _key(name)
        known = self._by_full.get(key)
        tokens = name.split()
        roles = {role_key(t) for t in titles} & PERSON_ROLES if titles else set()  # (most have none)
        lone = roles and len(tokens) == 1
        people = [e for e in self._short_matches(key) if e.kind != "org"] if lone else []
        if len(people) > 1:
            # "Jeb Bush ... his brother, George W. Bush ... President Bush": a surname two
            # people bear, with a title, is the one of them given that title, or nobody the
            # text has joined it to (not the one met first, nor the one with no role yet)
            own = [known] if known is not None and len(known.words) == 1 else []
            bearers = [e for e in people + own if roles <= e.roles]
            if len(bearers) == 1:
                return bearers[0]
            return own[0] if own and self._fits_titles(own[0], titles) else None
        if known is not None and (not titles or self._fits_titles(known, titles)):
            return known  # not "Mrs Mabey" for the "Mr Mabey" met before
        if len(tokens) == 1:
            matches = [e for e in self._short_matches(key) if self._fits_titles(e, titles)]
            if len(matches) > 1:
                # "Team Ortiz ... Victor Ortiz ... Ortiz said": the person, not what is named for them
                people = [e for e in matches if e.kind == "person"]
                named_for = all(e.kind in ("org", "place", "group") for e in matches if e.kind != "person")
                matches = people if len(people) == 1 and named_for else matches
            if len(matches) == 1:
                return matches[0]
            if name.isupper() and len(name) > 1:
                # "the IMF" after "the International Monetary Fund"
                spelled = self._by_initials.get(name.replace(".", ""), [])
                if len(spelled) == 1:
                    return spelled[0]
        else:
            low = [t.lower() for t in tokens]
            for e in self._by_last.get(low[-1], []):
                et = e.words
                # "John F. Kerry" and "John Kerry"; "Aung San Suu Kyi" and "Suu Kyi"
                if (et[0] == low[0] and et[-1] == low[-1]) or (len(et) > len(low) and et[-len(low) :] == low):
                    return e
        return self._company(tokens)

    def _new_entity(self, name: str, titles: list[str]) -> Entity:
        tokens = name.split()
        entity = Entity(name=name, kind=self._kind(tokens, titles))
        first = tokens[0].lower()
        if (
            entity.kind == "person"
            and first in FIRST_NAME_GENDER
            and (len(tokens) > 1 or FIRST_NAME_GENDER[first] == "f")
        ):
            # A first name says the sex. A lone word is more likely a surname ("Clinton",
            # "Warren", "Scott"), unless it is a woman's name: those are seldom surnames.
            entity.gender = FIRST_NAME_GENDER[first]
        return entity

    def _surname_before(self, entity: Entity, titles: list[str]) -> Entity | None:
        """A surname met before its full name ("Trump ... Donald Trump") that the full name
        joins, unless it was already someone with a title of their own: "President Obama"
        said twice, then "Michelle Obama"."""
        if len(entity.words) < 2:
            return None
        prior = self._by_full.get(entity.words[-1])
        if prior is None or prior is entity or len(prior.words) != 1:
            return None
        if entity.kind == "org" and prior.kind != "org" and entity.words[0] not in FIRST_NAME_GENDER:
            return None  # "Trump ... Team Trump": an organisation named after a person is not that person
        titled = prior.roles & PERSON_ROLES - {role_key(t) for t in titles}
        said = len(self._mentions_of.get(id(prior), ()))
        return None if titled and said >= 2 else prior

    def _last_person_named(self, gender: str | None) -> str | None:
        """The surname of the person named last so far whose sex is not known to differ from
        ``gender`` ("His" skips a woman named since), None if none: a pronoun owner's name."""
        person = next(
            (
                e
                for _, e in reversed(self.mentions)
                if e.kind == "person" and (gender is None or e.gender in (None, gender))
            ),
            None,
        )
        return person.surname if person is not None else None

    def _surname_named(self, entity: Entity) -> bool:
        """Whether a person named so far other than ``entity`` bears its surname."""
        return any(
            e is not entity and e.kind == "person" and e.surname == entity.surname for _, e in self.mentions
        )

    def _entity_for(
        self, name: str, titles: list[str], kin_of: str | None = None, of_pronoun: bool = False
    ) -> Entity:
        """While reading: the entity a name refers to, registering a new one for a new full name.
        ``kin_of``: the owner's name before a relative's lone first name ("Morris's wife, Ellen");
        ``of_pronoun``: the owner is a pronoun ("His wife, Ellen") and ``kin_of`` the surname of
        the person it most likely stands for (None: nobody fits).
        """
        if not self._reading:
            raise RuntimeError("entities are only registered while the article is read")
        name = name.replace("’", "'")  # "O’Neill" and "O'Neill" are one name
        key = _key(name)
        found = self._match(name, titles)
        if (
            found is not None
            and (kin_of is not None or of_pronoun)
            and len(found.words) > 1
            and (kin_of is None or found.surname != _key(kin_of))
            and not (of_pronoun and self._surname_named(found))
        ):
            # "Ellen Park ... Morris's wife, Ellen,": the first name the two share says
            # nothing of who she is; she is someone else, unless her name is the owner's (for
            # a pronoun owner, that of anyone named so far: "Ellen Berg ... Tom Berg thanked
            # Ray Moss. His wife, Ellen,")
            found = None
        if found is not None:
            if self._by_full.get(key) is not found:  # (most names are met again by the same key)
                self._by_full[key] = found
            return found
        entity = self._new_entity(name, titles)
        self._add(entity)
        self._by_full[key] = entity
        prior = self._surname_before(entity, titles)
        if prior is not None:
            self._merge(prior, entity)
        return entity

    def _merge(self, old: Entity, new: Entity) -> None:
        if id(old) in self._seen:
            self._seen[id(new)] = new
        new.roles |= old.roles
        new.title = new.title or old.title
        new.name_title = new.name_title or old.name_title
        new.gender = new.gender or old.gender
        new.speaks = new.speaks or old.speaks
        for k in self._by_full.keys_of.pop(id(old), []):
            if self._by_full.get(k) is old:
                self._by_full[k] = new
        moved = self._mentions_of.pop(id(old), [])
        for at in moved:
            self.mentions[at] = (self.mentions[at][0], new)
        if moved:
            self._mentions_of[id(new)] = sorted([*self._mentions_of.get(id(new), []), *moved])
        self.entities = [e for e in self.entities if e is not old]
        spelled = self._by_initials.get(_initials(old.name), [])
        spelled[:] = [e for e in spelled if e is not old]
        self._by_last[old.words[-1]].remove(old)
        self._by_first[old.words[0]].remove(old)

    def _company(self, tokens: list[str]) -> Entity | None:
        """The one company whose name starts with these words: "Halvorsen" is "Halvorsen Foods Inc"."""
        if tokens[0].lower() not in self._company_firsts:
            return None  # (asked of most names: the list below only for a company's first word)
        low = [t.lower() for t in tokens]
        found = [
            e
            for e in self._by_first.get(low[0], [])
            if e.kind == "org"
            and len(e.words) > len(low)
            and e.words[: len(low)] == low
            and e.words[-1].rstrip(".") in CORPORATE_SUFFIXES
        ]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _fits_titles(entity: Entity, titles: list[str]) -> bool:
        """Whether "President Obama" can be the "Michelle Obama" met before: not when the
        titles give another gender or a role the full name was never given."""
        for word in titles:
            low = word.lower()
            if low in HONORIFICS and entity.gender not in (None, HONORIFICS[low]):
                return False
            key = role_key(word)
            if key in PERSON_ROLES and entity.roles and key not in entity.roles:
                return False
        return True

    def _add(self, entity: Entity) -> None:
        self.entities.append(entity)
        self._by_initials.setdefault(_initials(entity.name), []).append(entity)
        # indexes by last and first word, so that matching a name never scans every entity
        self._by_last.setdefault(entity.words[-1], []).append(entity)
        self._by_first.setdefault(entity.words[0], []).append(entity)

    def _short_matches(self, key: str) -> list[Entity]:
        # "Ohio" is not the "Civil Liberties Union of Ohio"
        by_surname = [
            e for e in self._by_last.get(key, []) if len(e.words) > 1 and not ORG_LINKS & set(e.words)
        ]
        if by_surname:
            return by_surname
        # "Kerry said" after "Kerry Tuffnell": a first name, when no one has it as a surname
        return [
            e for e in self._by_first.get(key, []) if len(e.words) > 1 and e.kind in ("person", "unknown")
        ]

    @staticmethod
    def _kind(tokens: list[str], titles: list[str]) -> str:
        low = [t.lower().strip(".") for t in tokens]
        if "-".join(tokens).lower() in PLACES:
            return "place"
        if low[-1] in GROUPS:
            return "group"
        if len(low) > 1 and (low[-1] in CORPORATE_SUFFIXES or low[-1] in FIRM_SUFFIXES):
            return "org"  # "Merrow Chemical Co.", "Birch Capital"
        # "Secretary of State John Kerry": a title ending in an organisation word before a
        # full name is the person's title; before a lone word ("House Republicans") it is not.
        org_title = bool(titles) and titles[-1].lower() in ORG_WORDS and len(tokens) == 1
        if any(t in ORG_WORDS for t in low) or org_title:
            return "org"
        if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1 and role_key(low[0]) not in ROLES:
            return "org"  # "CBC", "TSX"; not "CEO", a role on its own ("president and CEO, Ann Vale")
        if len(low) > 1 and low[-1] in VENUE_HEADS and not titles:
            return "place"  # "Madison Square Garden": no Madison who speaks
        if low[0] in FIRST_NAME_GENDER or any(t.lower() in HONORIFICS for t in titles):
            return "person"
        if titles and role_key(titles[-1]) in PERSON_ROLES:
            return "person"
        return "unknown"

    def name_at(self, start: int, end: int) -> tuple[NameMention, Entity] | None:
        """The registered mention inside [start, end), the last one if several."""
        # only the mentions starting in the span can be inside it: bisect to the first
        by_start, last = self._by_start, -1
        k = bisect_left(by_start, (start, -1))
        while k < len(by_start) and by_start[k][0] <= end:
            i = by_start[k][1]
            if i > last and self.mentions[i][0].end <= end:
                last = i
            k += 1
        return self.mentions[last] if last >= 0 else None

    def lookup(self, name: str) -> Entity | None:
        """The entity already known by this name or alias, registering nothing."""
        return self._by_full.get(_key(name))

    def resolve_name(self, name: str, titles: Sequence[str] = ()) -> Entity:
        """The entity a name found after reading refers to (a speaker read from a transcript
        tag, a signature, a nested quote). A name the reading never met is an entity of its
        own, kept apart from the article's: reading is over, so nothing it built changes."""
        name = name.replace("’", "'")
        key = _key(name)
        found = self._by_full.get(key) or self._match(name, list(titles))
        if found is not None:
            return found
        if key not in self._strangers:
            stranger = self._new_entity(name, list(titles))
            prior = self._surname_before(stranger, list(titles))
            if prior is not None:
                # what the reading knew of the surname is the full name's too
                stranger.roles |= prior.roles
                stranger.title = prior.title
                stranger.name_title = prior.name_title
                stranger.gender = stranger.gender or prior.gender
                stranger.speaks = prior.speaks
            for i, word in enumerate(titles):
                self._add_role(stranger, word, head=i == len(titles) - 1)
            stranger.seal()
            self._strangers[key] = stranger
        return self._strangers[key]

    def by_role(
        self, head: str, before: int, learned: Mapping[int, AbstractSet[str]] | None = None
    ) -> Entity | None:
        """The one bearer of a role met before ``before``; of several, only one named in
        that sentence or the two before ("Whitford's office ... the senator said").
        ``learned`` adds roles found after reading, by entity id."""
        learned = learned or {}
        key = role_key(head)
        # the mentions read are those before the first (in reading order) at or after ``before``
        read = bisect_left(self._start_reach, before)
        with_role = self._with_role.get(key, [])
        n = bisect_left(with_role, read)  # how many of the role's mentions were read
        last = with_role[n - 1] if n else -1
        bearers = {id(self.mentions[with_role[0]][1])} if n else set()
        several = n > self._second_bearer.get(key, 0)
        for owner, roles in learned.items():
            mine = self._mentions_of.get(owner, []) if key in roles else []
            k = bisect_left(mine, read)
            if k:
                last = max(last, mine[k - 1])
                bearers.add(owner)
        if last < 0:
            return None
        m, e = self.mentions[last]
        if several or len(bearers) > 1:
            if m.sentence < self.doc.sentence_at(before).index - 2:
                return None
            # "Corkum Seafoods Ltd. announced the sale to Nordhavn Group. The company said": of
            # two bearers in one sentence, its subject, not the last named
            for k in reversed(with_role[:n]):
                mk, ek = self.mentions[k]
                if mk.sentence != m.sentence:
                    break
                if mk.subject and not m.subject:
                    return ek
        return e

    def mentions_of(self, entity: Entity) -> list[NameMention]:
        """Every mention of ``entity`` in the article, in reading order."""
        return [self.mentions[k][0] for k in self._mentions_of.get(id(entity), ())]

    def in_sentence(self, sentence: int) -> Sequence[tuple[NameMention, Entity]]:
        """The mentions of one sentence."""
        return self._by_sentence.get(sentence, ())

    def orgs_named(self, words: Sequence[str], before: int) -> list[Entity]:
        """The organisations mentioned before ``before`` (a mention ending there at the
        latest) whose name holds every one of ``words``, as written."""
        first = self._org_words.get(words[0], []) if words else []
        return [
            e for e in first if self._first_end[id(e)] <= before and all(w in e.name.split() for w in words)
        ]

    @cached_property
    def _org_words(self) -> dict[str, list[Entity]]:
        """The organisations mentioned, by each word of their name (for orgs_named)."""
        found: dict[str, list[Entity]] = {}
        for e in {id(e): e for _, e in self.mentions if e.kind == "org"}.values():
            for w in set(e.name.split()):
                found.setdefault(w, []).append(e)
        return found

    @cached_property
    def _first_end(self) -> dict[int, int]:
        """Where each entity's earliest-ending mention ends, by entity id (for orgs_named and
        named_with)."""
        ends: dict[int, int] = {}
        for m, e in self.mentions:
            ends[id(e)] = min(m.end, ends.get(id(e), m.end))
        return ends

    def named_with(self, word: str, before: int) -> list[Entity]:
        """The entities mentioned before ``before`` (a mention ending there at the latest)
        with ``word`` (lower case) among the capitalised words of their name, in the order
        first met: looked up in an index, since a scan of every earlier mention for each
        description is quadratic in a long article."""
        return [e for end, e in self._by_name_word.get(word, ()) if end <= before]

    @cached_property
    def _by_name_word(self) -> dict[str, list[tuple[int, Entity]]]:
        """The entities by each capitalised word of their name (lower case), each with where
        its earliest-ending mention ends (for named_with)."""
        ends = self._first_end
        met = {id(e): e for _, e in self.mentions}
        found: dict[str, list[tuple[int, Entity]]] = {}
        for k, e in met.items():
            for w in dict.fromkeys(w.lower() for w in e.name.split() if w[:1].isupper()):
                found.setdefault(w, []).append((ends[k], e))
        return found
