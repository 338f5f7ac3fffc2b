"""Which kind of quote it is: a statement of its speaker (``full`` or ``partial``), or
quoted words that are nobody's statement, the ``title`` of a work ('the show "Morning
Joe"') or a ``term`` (a nickname, scare quotes, markup, a stage direction).

:func:`decide` tries the reasons of :data:`REASONS` in their order and the first that
holds settles the kind (``quotes extract FILE --explain`` prints it as ``kind_reason``).
A ``term`` is kept for words that nobody in the sentence is said to have said: a speech
verb or somebody's speech noun before them (or one followed by what it says: 'a report by
Politico that he "fabricated"'), "called" ('what is called a "debate"'), a verb of attitude
before "as" ('brushed off her remarks as "just venting"'), slogans around them or words
introduced as words ('the phrase "tax reform"'), an attribution closing the sentence or a
crowd's chant keep them a statement, even where no rule names its speaker. A programme a
guest speaks on ('told "Fox and Friends"') is a title whoever speaks in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

from quotes.extract.lexicon import (
    ADVERBS,
    ARTICLES,
    ATTITUDE_VERBS,
    CHANT_NOUNS,
    CREDIT_NOUNS,
    CUE_FORMS,
    DETERMINERS,
    NAMING_WORDS,
    ON_AIR_NOUNS,
    OWNED_WORDS,
    POSSESSIVE_DETERMINERS,
    SAYING_NOUNS,
    TITLE_CUES,
    TITLE_NOUNS,
    TITLE_PLURALS,
    WEAK_CUES,
    WORD_NOUNS,
    WORK_NOUNS,
    WORK_VERBS,
)
from quotes.extract.marks import SPACES, STAGE_DIRECTION, Found
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution

_NAMING_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that"}
# What follows a quote that is the subject of its sentence: a verb of being or having, or an
# aside ('"Billions," on Showtime, is ...', '"Opening Belle," which will be in bookstores')
_SUBJECT_OF = re.compile(r"\s*(?:(?:is|was|has|had|have|are|were|will|would)\b|\()")
_ASIDE = re.compile(r"\s*,?\s*(?:which|whose|on)\b")
# Rules that lend a quote the speaker of another: the quote has no attribution of its own
_BORROWED = {"paragraph", "floating", "lead-in"}
# A byline right after a quote: ', by Times' Ben Sisario'
_BYLINE = re.compile(r"\s*,?\s*by\s+(?:the\s+)?[A-Z]")
# Words that name what follows them: 'a book called "Women Who Work"', 'the ad, titled "Scam"'
_NAMING_VERBS = {"titled", "entitled", "dubbed", "nicknamed", "headlined"}
# ... and after the noun of a work: 'a show called "Brokers"', 'the broadcast of "Fox News Sunday"'
_AFTER_WORK = _NAMING_VERBS | {"called", "named", "of"}
# Prepositions before a name in title case that make it a work's: 'went on "The View"'
_TITLE_PREPOSITIONS = {"on", "of", "in", "at", "for", "from", "with"}
# Prepositions of time or place before an article and an event's name: 'during a "Town Hall"'
_EVENT_PREPOSITIONS = {"during", "at", "before", "after", "since", "inside", "outside"}
# The last words of an event's name: 'a "Commander-in-Chief Forum"', 'the "Values Voter Summit"'
# (not 'at the "Fake News Media"', 'before the "House Oversight Committee"': no event)
_EVENT_NOUNS = frozenset(
    {
        "forum", "summit", "convention", "rally", "conference", "gala", "debate", "dinner",
        "festival", "hall", "fair", "caucus", "breakfast", "luncheon", "banquet", "parade",
        "ceremony", "expo", "concert", "celebration", "march", "vigil", "telethon", "tour",
    }
)  # fmt: skip
# ... and after a guest's time on the air: 'an interview with', 'an appearance on'
_ON_AIR_PREPOSITIONS = {"with", "on", "to"}
# Words after a quote that are no noun it could modify
_NOT_NOUNS = {
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "for",
    "of",
    "with",
    "as",
    "by",
    "from",
    "that",
    "which",
} | {"who", "is", "was", "are", "were", "has", "have", "will", "would", "can"}

# Short words a title in title case leaves in lower case besides those of three letters:
# 'The Lead with Jake Tapper', 'Midday with Charlie Sykes', 'Notes from the Field'
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon"})

# Unions of word tables, built once here rather than anew in every test of a word.
_TITLE_HEADS = frozenset(TITLE_NOUNS | WORK_NOUNS | TITLE_CUES)
_NOT_TRAIL_NOUNS = frozenset(_NOT_NOUNS | DETERMINERS | ADVERBS | {"all", "every", "each"})


def _trail_noun(trail: list[str]) -> str | None:
    """The first word after a quote when it opens in lower case and may be a noun the quote
    qualifies (no function word, adverb or determiner); None otherwise."""
    if not trail or not trail[0][:1].islower():
        return None
    word = trail[0].strip(",.;")
    return None if word in _NOT_TRAIL_NOUNS else word


def _qualifies_noun(trail: list[str]) -> bool:
    """Whether the words after a quote open with a lower-case noun it qualifies ('the "Still
    Sanders" rally'), not a participle ('"Town Hall" sponsored by') nor a function word."""
    word = _trail_noun(trail)
    return word is not None and word.islower() and not word.endswith(("ed", "ing"))


@dataclass(frozen=True)
class Kind:
    """A quote's kind and the ``reason`` that decided it (one of :data:`REASONS`); a statement
    whose words no attribution can name (a crowd's chant) has ``anonymous`` set."""

    kind: str
    reason: str
    anonymous: bool = False


# Every reason a kind is decided for, in the order they are tried
REASONS = (
    "markup",  # 'author="..."': markup that slipped into the text
    "stage direction",  # "(CROSSTALK.)"
    "nickname",  # 'Darnell Ames, whom everyone calls "Bucket"'
    "saying",  # 'ran on the slogan "Experience Counts"': somebody's words, not a work's title
    "titled work",  # 'the show "Morning Joe"', 'her documentary, "13th,"'
    "listed title",  # '"Apollo 13," "Big" and "Splash"' after a title
    "spoken of",  # '"Non-paper" is a diplomatic term': the sentence's subject, no statement
    "byline",  # '"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello'
    "qualifier",  # 'the GOP's "establishment" candidate'
    "placed title",  # 'on CBS's "Face the Nation"'
    "event title",  # 'spoke at the "Values Voter Summit"': an event's name, not words said
    "nickname in a name",  # 'Robert C. "Bobby" Scott'
    "chant",  # 'roused the crowd to chants of "Lock her up!"': the crowd's, not the subject's
    "scare quotes",  # 'a "temporary" bridge': nobody in the sentence said them
    "statement",
)


def _cued_title(before: list[str], text: str) -> bool:
    """Whether the words before a quote name what it is: 'the show "Morning Joe"', 'a book
    called "Women Who Work"', 'the film, "13th,"'. Not "Dr. Paul Song" (a name), not "play the
    'woman card'" (a verb), not 'the album is "nearly done"'; and a noun before words in lower
    case ('called the show "the news show of record"') introduces what they say of it."""
    if not before:
        return False
    last = before[-1].strip(",:")
    if last.lower() in _NAMING_VERBS:
        return True  # "Titled "A Very Clinton Christmas," the video ..."
    if last in TITLE_CUES:
        return not text[:1].islower()
    if len(before) < 2:
        return False
    second = before[-2].strip(",:")
    # 'a show called "Brokers"', 'the broadcast of "Fox News Sunday"', 'dubbed the "Never Arc"'
    return (second in TITLE_CUES and last in _AFTER_WORK) or (
        second in _NAMING_VERBS and last in {"the", "a", "an"}
    )


def _listed_after_title(read: Subjects, q: Found) -> bool:
    """Whether ``q`` follows a title in the same list: 'starred in "Parks and Recreation" and
    "Guardians of the Galaxy"', 'had roles in "Apollo 13," "Big," and "Splash"'."""
    i = bisect_left(read.doc.quotes, q.outer[0][0], key=lambda other: other.outer[0][0])
    if i == 0:
        return False
    prev = read.doc.quotes[i - 1]
    between = read.doc.masked[prev.outer[-1][1] : q.outer[0][0]].strip(" ,\"“”'‘’").lower()
    return (
        between in {"", "and", "or"}
        and prev.outer[-1][1] <= q.outer[0][0]
        and read.doc.sentence_at(prev.outer[0][0]) == read.doc.sentence_at(q.outer[0][0])
        and decide(read, prev, None).kind == "title"
    )


def _closing_attribution(read: Subjects, q: Found, end: int) -> bool:
    """Whether the sentence goes on from ``q`` to end on its attribution, after its last comma
    and before any other quote: ', DFA spokesman Neil Sroka said.', ', said Michael Kofman'."""
    end = min(end, read.next_quote_start(q, end))
    comma = read.m.rfind(",", q.outer[-1][1], end)
    if comma < 0 or not 0 < len(words := read.words(comma + 1, end)) <= 8:
        return False
    return any(
        CUE_FORMS.get(w.text, "say") not in WEAK_CUES
        and words.index(w) <= 5
        and (
            read.subject_ending(comma + 1, w.start) is not None
            or read.subject_following(w.end, end) is not None
        )
        for w in read.cues(comma + 1, end)
    )


def _among_sayings(read: Subjects, q: Found, head: list[str]) -> bool:
    """Whether a noun of a saying follows ``q`` as the head its words qualify ('the "Stronger
    Together" slogan') or comes before it in its sentence ('cycled through a half-dozen
    slogans, from championing "everyday Americans" to "fighting for us"')."""
    if _headed_by(head, SAYING_NOUNS):
        return True
    start = read.doc.sentence_at(q.outer[0][0]).start
    return any(w.text.lower().strip(",:") in SAYING_NOUNS for w in read.words(start, q.outer[0][0]))


def _headed_by(head: list[str], nouns: Collection[str]) -> bool:
    """Whether the words after a quote (``head``, its next two in lower case) are one of
    ``nouns``, or one after a modifier that is no determiner ('"Morning Joe" TV show')."""
    return bool(head) and (
        head[0] in nouns or (len(head) > 1 and head[0] not in DETERMINERS and head[1] in nouns)
    )


def _owner(word: str) -> bool:
    """Whether ``word`` makes the noun after it somebody's: "his", "Holm's"."""
    return word in POSSESSIVE_DETERMINERS or word.endswith(("'s", "’s"))


def _said_by_someone(read: Subjects, q: Found) -> bool:
    """Whether the sentence says, before ``q``, that somebody said its words: a speech verb
    ('announcing that the claim was "true"', 'described them as "predators"'), somebody's
    speech noun ('his promise to be "neutral"', 'her claim that people would "learn
    nothing"'), or a verb of attitude before "as" ('brushed off her remarks as "just
    venting"', 'referred to him as a "reformer"'; not 'a genre known as "chick lit"')."""
    sent = read.doc.sentence_at(q.outer[0][0])
    start = sent.start
    if read.speaks(start, q.outer[0][0]) or _closing_attribution(read, q, sent.end):
        return True
    words = [w.text.lower() for w in read.words(start, q.outer[0][0])]
    for i, w in enumerate(words):
        if w.strip(",") not in OWNED_WORDS:
            continue
        # somebody's, with one word between ('his keynote speech', 'by her own admission'), or
        # what it says after it, with its author between ('a message that', 'a report by the
        # Herald that'; not 'the request by CREW was sparked by the discovery that')
        after = words[i + 1 : i + 2] + (words[i + 2 : i + 6] if words[i + 1 : i + 2] == ["by"] else [])
        if any(_owner(x) for x in words[max(0, i - 2) : i]) or "that" in after:
            return True
    tail = words[-2:] if len(words) > 1 and words[-1] in {"a", "an", "the"} else words[-1:]
    if len(words) > 2 and words[-3] == "as" and words[-2] in {"a", "an", "the"}:
        tail = words[-3:]  # one word between: 'shrugging off her opinion as a mere "moan"'
    if tail[:1] == ["called"]:
        return True  # a name somebody gives them: 'what is called a "debate"', 'has been called "X" by Y'
    if tail[:1] != ["as"] or (len(words) > len(tail) and words[-len(tail) - 1] in {"known", "so-called"}):
        return False
    return any(ATTITUDE_VERBS.get(w.strip(",")) for w in words[: -len(tail)])


def kind_of(read: Subjects, q: Found, att: Attribution | None) -> str:
    """``full``, ``partial``, ``title`` or ``term``: see :func:`decide`."""
    return decide(read, q, att).kind


def decide(read: Subjects, q: Found, att: Attribution | None) -> Kind:
    """The kind of ``q``, given the attribution the rules found for it, and why."""
    text = read.doc.text[q.start : q.end].lstrip(SPACES + ".…[(-—'‘\"“")
    lead = read.doc.masked[max(0, q.outer[0][0] - 40) : q.outer[0][0]]
    if lead.endswith("="):
        return Kind("term", "markup")
    if STAGE_DIRECTION.fullmatch(read.doc.text, q.start, q.end):
        return Kind("term", "stage direction")
    if q.start in read.entities.nicknames:
        return Kind("term", "nickname")
    words = text.split()
    before = lead.split()
    after = read.doc.masked[q.outer[-1][1] : q.outer[-1][1] + 30]
    trail = after.split()
    # the noun right after it, or after one modifier ('"Morning Joe" TV show'), not "the program"
    # (within its sentence: not 'Bush said. "Libya is chaotic." ⏎ Polls show ...')
    closed = text.rstrip()[-1:] in ".!?" or "\n" in after.split(".")[0]
    head = [] if closed else [w.lower().strip(",.") for w in trail[:2]]
    named_after = _headed_by(head, TITLE_NOUNS)
    # 'chants of "Lock her up!"', 'cries of "Bitch!"': what a crowd shouted, no title
    # ... and 'the chants to "build the wall"' (not 'calls to "The Herald"')
    chanted = len(before) > 1 and (
        (before[-1] == "of" and before[-2].lower() in CHANT_NOUNS)
        or (before[-1] == "to" and before[-2].lower() in {"chant", "chants"})
    )
    # title case: every word but the short ones capitalised (or a number), one word at least;
    # read word by word, it stops at a statement's first lower-case word, which comes early
    titled = all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 or w in _TITLE_SMALL_WORDS for w in words
    ) and any(w[:1].isupper() or w[:1].isdigit() for w in words)
    if titled and head and not text.rstrip().endswith(","):
        named_after = named_after or head[0] in CREDIT_NOUNS  # '"Broad City" star Arturo Castro'
        named_after = named_after or head[0] in TITLE_PLURALS  # '"Sunday Night Baseball" broadcasts'
    if titled and (text.rstrip().endswith(",") or after.lstrip().startswith(",")):
        # an appositive names the work: '"Chi-Raq," a movie about Chicago violence'
        rest = [w.lower().strip(",.") for w in after.lstrip(" ,").split()[:5]]
        named_after = named_after or (
            rest[:1] in (["a"], ["an"], ["the"]) and any(w in _TITLE_HEADS for w in rest[1:])
        )
    worded = (
        len(before) > 1
        and before[-1].lower().strip(",:") in WORD_NOUNS
        and before[-2].lower() in {"the", "a", "an", "this", "that"}
    )
    if not chanted and (worded or any(w.lower().strip(",:") in SAYING_NOUNS for w in before[-2:])):
        # a slogan is words its owner says, not a work's title: 'ran on the slogan "Experience
        # Counts"', 'Trump's signature slogan, "Make America Great Again."'; so are words
        # introduced as words: 'the phrase "tax reform" was uttered once'
        return Kind("partial" if read.embedded(q) else "full", "saying")
    cued = not chanted and (named_after or _cued_title(before, text))
    work = any(w.lower().strip(",:") in WORK_NOUNS for w in before[-2:]) or (
        bool(before) and before[-1] in WORK_VERBS  # 'the network canceled "Minority Report"'
    )
    named = any(w.lower().strip(",:") in NAMING_WORDS for w in before[-2:])
    if (
        (len(words) <= 6 or titled or named)
        and (cued or (work and titled))
        and not lead.rstrip().endswith(":")
    ):
        # 'her documentary, "13th,"', 'the show "Morning Joe"', 'the report, "Holding the Line"'
        return Kind("title", "titled work")
    if titled and len(words) <= 8 and _listed_after_title(read, q):
        return Kind("title", "listed title")  # 'roles in "Apollo 13," "Big" and "Splash"'
    if (
        (att is None or att.rule in _BORROWED)
        and read.opens_sentence(q)
        and len(words) <= 5
        and text.rstrip()[-1:] not in ".!?"
        and (
            _SUBJECT_OF.match(after) is not None
            or (
                _ASIDE.match(after) is not None and (text.rstrip().endswith(",") or after.lstrip()[:1] == ",")
            )
        )
    ):
        # the words are what the sentence speaks of: '"Non-paper" is a diplomatic term',
        # '"The Big Short" was nominated for an Oscar', '"Billions," on Showtime, is a drama'
        return Kind("title" if titled and len(words) > 1 else "term", "spoken of")
    if text[:1].isupper() and (titled or text.rstrip().endswith(",")) and _BYLINE.match(after):
        # a headline or a work with its author: '"Met accused of whitewashing baby Jesus," by
        # Post's Kathianne Boniello', 'his recent read, "This Kind of War," by T.R. Fehrenbach'
        return Kind("title", "byline")
    if (
        att is not None
        and att.rule == "subject"
        and (len(words) == 1 or (len(words) <= 6 and titled))
        and before
        and (
            before[-1].lower() in _NAMING_DETERMINERS
            or before[-1].endswith(("'s", "’s"))
            or "-" in before[-1]
        )
        and text.rstrip()[-1:] not in ",.!?"
        and _trail_noun(trail) is not None
        and not (len(before) > 1 and before[-2].lower() == "as")  # 'hammering Lowe as a "fraud"'
    ):
        # 'a three-day "Jeb Can Fix It" bus tour', 'the GOP's "establishment" candidate': a
        # word, or a name in title case, between a determiner and a noun qualifies the noun;
        # the sentence's subject did not say it
        return Kind("term", "qualifier")
    if read.embedded(q) and len(words) <= 6:
        # 'on CBS's "Face the Nation"', 'MSNBC's "Morning Joe"', 'On "Meet the Press,"'
        owner = bool(before) and before[-1].endswith(("'s", "’s", "'", "’")) and before[-1][:1].isupper()
        # 'starred in "Parks and Recreation"', 'signed on for "The X-Files"'
        placed = bool(before) and before[-1].lower() in _TITLE_PREPOSITIONS
        # a guest's programme, whoever speaks in the sentence: 'Ada Holm told "Fox and Friends,"',
        # 'in an interview with "Fox News Sunday,"' (a quote is no addressee of "told")
        aired = bool(before) and (
            before[-1] == "told"
            or (
                before[-1].lower() in _ON_AIR_PREPOSITIONS
                and any(w.lower().strip(",") in ON_AIR_NOUNS for w in before[-4:-1])
            )
        )
        # (a subject the sentence has is no speaker of a title: 'Sanders went on "The View"')
        if titled and not chanted and (owner or aired or ((att is None or att.rule == "subject") and placed)):
            return Kind("title", "placed title")
        # the name of an event or place in title case, after an article after a preposition of
        # time or place: 'during a "Commander-in-Chief Forum" sponsored by', 'spoke at the
        # "Values Voter Summit"' (whoever speaks in the sentence did not say it)
        if (
            titled
            and not chanted
            and len(words) > 1
            and text.rstrip()[-1:] not in ",.!?"
            and len(before) > 1
            and before[-1].lower() in ARTICLES
            and before[-2].lower() in _EVENT_PREPOSITIONS
            and words[-1].strip(",.!?").lower() in _EVENT_NOUNS
            and not _qualifies_noun(trail)
        ):
            return Kind("title", "event title")
        # Robert C. "Bobby" Scott: a nickname inside a name
        if (
            len(words) <= 2
            and titled
            and before
            and before[-1][:1].isupper()
            and not before[-1].endswith(("'s", "’s"))
            and re.match(r" [A-Z]", after)
        ):
            return Kind("term", "nickname in a name")
    if chanted and att is not None and att.rule == "subject":
        return Kind("partial" if read.embedded(q) else "full", "chant", anonymous=True)
    if (
        att is None
        and read.embedded(q)
        and len(words) <= 3
        and not re.search(r"[.!?]", text.rstrip(".!?,"))
        and not chanted
        and not _said_by_someone(read, q)
    ):
        if _among_sayings(read, q, head):
            # 'The "Stronger Together" slogan', 'cycled through slogans, from "everyday Americans"'
            return Kind("partial", "saying")
        return Kind("term", "scare quotes")  # nobody behind them
    if text[:1].isupper() or text[:1].isdigit():
        return Kind("partial" if read.embedded(q) else "full", "statement")
    return Kind("partial", "statement")
