"""The words of the reporter's text as the speaker rules read them: the tokenizer, the
records of what a rule found (:class:`Words`, :class:`Attribution`), and small tests
on a word ("is it a role?", "does this chunk describe the name before it?").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from quotes.extract.lexicon import (
    ADVERBS,
    APPOSITIVE_STARTS,
    AUXILIARIES,
    CUE_FORMS,
    DOTTED_ABBREVIATIONS,
    FIRST_NAME_GENDER,
    HONORIFICS,
    NOT_PERSONS_TITLES,
    NP_STOP,
    ORG_HEADS,
    ORG_WORDS,
    PARTY_TAG,
    PERSON_ROLES,
    PLACES,
    PLACING,
    PREPOSITIONS,
    PRONOUNS,
    RELATIONAL_HEADS,
    ROLES,
    TIME_ASIDES,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    role_key,
)

# built once: a union built in the test is remade for every word asked
_TITLE_OF_HEADS = frozenset(PERSON_ROLES | {"the"})
# (a dotted acronym is one word, or its letters read as initials or stops: "Dr. Ada Holm,
# B.C.’s health officer, said" would end a sentence at "B." and lose the appositive)
# (the two alternatives' common first letter taken out of them, the acronym's a look-behind:
# a pattern that opens with a letter class lets the search skip to such a letter, where an
# alternation was tried at every character; the same matches on every bench text and
# 200,000 random strings)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9](?:(?<=[A-Z])\.(?:[A-Z]\.)+(?:['’]s\b)?|[\w'’\-]*\.?)")
_NEWLINE = re.compile("\n")
_LINES_KEPT = 256  # lines whose words LineWords keeps (an article is read in order)


class Word(NamedTuple):
    """A word of the masked text, at [start, end): a sentence's dot is not part of it,
    an abbreviation's ("Sen.", "Mr.") is."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Words:
    """The words a speaker was read from, before resolution."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "np"
    title: str | None = None


@dataclass(frozen=True)
class Attribution:
    words: Words
    cue: str | None
    rule: str


# A NamedTuple's own constructor is a Python function wrapped around this one; read_words
# makes tens of thousands of words an article, and builds them directly.
_new_word = tuple.__new__


def read_words(s: str, lo: int, hi: int) -> list[Word]:
    # the rules ask for thousands of short ranges an article: each match is read once
    out = []
    for m in _WORD.finditer(s, lo, hi):
        w = m.group()
        start = m.start()
        out.append(_dotted_word(start, w) if w[-1] == "." else _new_word(Word, (start, start + len(w), w)))
    return out


def _dotted_word(start: int, w: str) -> Word:
    """A word read with a full stop after it: the stop is the sentence's, not the word's,
    unless the word is an abbreviation ("Mr.", "U.S.")."""
    if len(w) > 2 and w.lower() not in DOTTED_ABBREVIATIONS and "." not in w[:-1]:
        w = w[:-1]  # (not a dotted acronym's last dot: it is the acronym's, "U.B.C" no spelling)
    return _new_word(Word, (start, start + len(w), w))


class LineWords:
    """``read_words`` of one text, each line tokenised once, when first asked.

    The rules ask for thousands of overlapping ranges an article, reading the same words
    again and again; here a range is cut from the words of its lines. A word never holds
    a newline, so a line's words are the text's words there; a range gives the same words
    as ``read_words``: the words inside it, and a word that ``hi`` cuts short cut there.
    A range that starts inside a word (rare) is read by ``read_words`` itself.
    """

    def __init__(self, s: str) -> None:
        self.s = s
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(s))]
        # per line: its words, and where each word's match starts and ends (a sentence's
        # dot, which the word drops, included)
        self._lines: dict[int, tuple[list[Word], list[int], list[int]]] = {}

    def _line(self, k: int) -> tuple[list[Word], list[int], list[int]]:
        line = self._lines.get(k)
        if line is None:
            starts = self._line_starts
            lo = starts[k]
            hi = starts[k + 1] - 1 if k + 1 < len(starts) else len(self.s)
            # (comprehensions, not a loop of appends: this reads every word of the article)
            found = list(_WORD.finditer(self.s, lo, hi))
            match_starts = [m.start() for m in found]
            match_ends = [m.end() for m in found]
            words = [
                _new_word(Word, (start, end, w)) if w[-1] != "." else _dotted_word(start, w)
                for start, end, w in zip(match_starts, match_ends, [m.group() for m in found], strict=True)
            ]
            if len(self._lines) >= _LINES_KEPT:
                # the oldest line goes: the rules read an article in order, and holding every
                # line of a long article only burdens memory and the collector
                del self._lines[next(iter(self._lines))]
            line = self._lines[k] = (words, match_starts, match_ends)
        return line

    def read(self, lo: int, hi: int) -> list[Word]:
        """``read_words(s, lo, hi)``."""
        s = self.s
        if lo >= hi:
            return []
        if lo < 0 or hi > len(s):
            return read_words(s, lo, hi)
        first = bisect_right(self._line_starts, lo) - 1
        last = bisect_right(self._line_starts, hi - 1) - 1
        out: list[Word] = []
        lines = self._lines
        for k in range(first, last + 1):
            # (a line read before looked up here; _line reads it the first time: most ranges
            # are asked of lines already read, and a call costs more than the look-up)
            words, starts, ends = lines.get(k) or self._line(k)
            i, j = 0, len(words)
            if k == first:
                i = bisect_left(starts, lo)
                if i and ends[i - 1] > lo:
                    return read_words(s, lo, hi)  # the range starts inside a word
            if k == last:
                j = bisect_left(starts, hi)
                if j > i and ends[j - 1] > hi:
                    # the last word runs past hi: read_words reads it cut there
                    out += words[i : j - 1]
                    out += read_words(s, starts[j - 1], hi)
                    break
            out += words[i:j]
        return out


def alternation(words: Iterable[str]) -> str:
    """A regular expression's alternation of ``words`` (lexicon sets), built once where a
    pattern is compiled: the longest first, so none stops at a shorter word that opens it."""
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


def strip_possessive(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


def role_head(word: str) -> str:
    """The role a role word names: "spokeswoman" is "spokesman", "founders" "founder",
    "co-founders" "founder" (the plural read first, then the role shared)."""
    w = role_key(word)
    for form in (w, role_key(w[:-1])) if w.endswith("s") else (w,):
        if form in ROLES:
            return form
        if form.startswith("co-") and role_key(form[3:]) in ROLES:
            return role_key(form[3:])  # "co-founder", "co-chair": the role shared
    return w


def title_link(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is the "of" (or the "the" after it) that links a capitalised
    title or organisation word to the capitalised words of what it is of, all one title:
    "Secretary of State", "Bank of England Governor", "Speaker of the House". Not when what
    it is of is a person ("the Mother of Tom Weller", "the Spokesman of Premier Tom Weller":
    a first name or a role after "of"), nor after a head who serves someone."""
    of = i - 1 if words[i].lower() == "the" else i
    if of < 1 or words[of] != "of":
        return False
    head = words[of - 1]
    after = of + 2 if of + 1 < len(words) and words[of + 1] == "the" else of + 1
    if after >= len(words) or not head[:1].isupper() or not words[after][:1].isupper():
        return False
    low, obj = role_head(head), words[after].lower()
    # (a role or an honorific before a capitalised word is a person's title: "of Premier
    # Kwame Obuya", "of Dr. Ann Roy"; not "of Justice", a portfolio, nor "of the Official
    # Opposition"; "of Alberta" is a place)
    named = after + 1 < len(words) and words[after + 1][:1].isupper()
    role = role_head(obj) in PERSON_ROLES and obj not in NOT_PERSONS_TITLES
    person = obj.rstrip(".") in HONORIFICS or (named and role)
    return (
        (low in ROLES or head.lower() in ORG_WORDS)
        and low not in RELATIONAL_HEADS
        and obj not in PRONOUNS
        and (obj not in FIRST_NAME_GENDER or obj in PLACES)
        and not person
    )


def title_before(words: list[str]) -> str | None:
    """The title among the words before a name: "Kremlin spokesman", "Trump's
    communications director"; not "denounce what" before "Australian Prime
    Minister", not an honorific ("Mr."), not a dangling "Gov." after a title."""
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        if low in {"of", "the"} and keep and i and role_head(words[i - 1]) in _TITLE_OF_HEADS:
            keep.insert(0, w)  # "Secretary of State", "Chairman of the Joint Chiefs"
            continue
        if (
            low in NP_STOP
            or low in ADVERBS
            or low in {"what", "whom", "whose"}
            or (w.islower() and (low in CUE_FORMS or low.endswith(("ly", "ing"))))
        ):
            break
        keep.insert(0, w)
    keep = [w for w in keep if w.lower().rstrip(".") not in HONORIFICS and w.lower().rstrip(".") != "miss"]
    while (
        len(keep) > 1
        and keep[-1].endswith(".")
        and keep[-1].lower() in TITLE_ABBREVIATIONS
        and not keep[-2].endswith(".")  # "Det. Sgt.", "Lt. Gov." are one title
    ):
        keep.pop()
    if not any(role_head(w) in ROLES or w.lower() in TITLE_ABBREVIATIONS for w in keep):
        return None
    return " ".join(keep)


def inside_title(words: list[Word], i: int) -> bool:
    """Whether the "of" (or "the") at ``i`` is inside a capitalised title or name: "Secretary of
    State", "Chairman of the Joint Chiefs", "Bank of America"."""
    k = i
    while k > 0 and words[k].text in {"of", "the"}:
        k -= 1
    head = words[k].text
    j = i + 1
    while j < len(words) and words[j].text in {"of", "the"}:
        j += 1
    named = j < len(words) and words[j].text[:1].isupper()
    return (
        k < i
        and named
        and head[:1].isupper()
        and (role_head(head) in PERSON_ROLES or head.lower() in ORG_HEADS)
    )


def state_adjective(words: list[Word], i: int) -> bool:
    """Whether the "state" at ``i`` qualifies a title ("state Del. Marcia Price"), not "to state"."""
    return words[i].text == "state" and i + 1 < len(words) and words[i + 1].text[:1].isupper()


def describes_name(word: str, appositive: bool = False, then: str = "") -> bool:
    """Whether a comma-separated chunk opening with ``word`` (then ``then``) describes the
    name before it.

    An appositive ("the Kremlin spokesman", "CEO of the fund", "one of the states")
    does and is a title; an age ("25") or a phrase of time or place ("at a later
    press gaggle") sits between a name and its verb too but is no title.
    """
    low = word.lower()
    if low in {"who's", "who’s"}:
        low = "who"  # "Bloomberg, who's thinking about running, said": the contraction is the pronoun
    if low in APPOSITIVE_STARTS or low in {"one", "another", "both", "ceo"} or role_head(word) in ROLES:
        return True
    if not appositive and PARTY_TAG.match(word):
        return True  # "Jim Jordan (R-Ohio), a panel member, said"
    if not appositive and low in TIME_ASIDES:
        return True  # "McConnell, now the Senate majority leader, who ..."
    if word.endswith(("'s", "’s", "s'", "s’")) and word[:1].isupper():
        return True  # "China, Pyongyang's only ally, said", "Weaver, Sanders' campaign manager, said"
    titled = low in HONORIFICS or low in TITLE_ABBREVIATIONS
    if titled and then.endswith(("'s", "’s", "s'", "s’")) and then[:1].isupper():
        return True  # "Tina Vale, Mrs. Holm's chief of staff, said"; not "Bush, Mr. Cruz and ..."
    if not appositive and word.islower() and low.endswith("ing") and len(low) > 5:
        return True  # "Lacasse-Morel, speaking by telephone from Amsard, called"
    return not appositive and (word.isdigit() or low in PREPOSITIONS)


# A relative pronoun's gap after the name it stands for: nothing but its comma, or an aside in
# commas that describes the name ("Scott Reed, a strategist, who")
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(\S+)[^,;:()]{0,80}[,—–]\s*")


def names_antecedent(gap: str) -> bool:
    """Whether the words ``gap`` between a name and a relative pronoun after it leave the
    name its antecedent: not "Clinton's campaign," nor "Democrats across the country,",
    whose "who" stands for the noun phrase before it."""
    if gap.strip() in {",", "", "—", "–", "-"}:
        return True
    aside = _APPOSITIVE_GAP.fullmatch(gap)
    return aside is not None and describes_name(aside.group(1), appositive=True)


# A phrase of place or time between a subject and its verb: "Trump in his announcement speech
# called", "Obama at the time said", "the Security Council on Friday made", "the museum in
# Washington issued". Its preposition (lexicon.PLACING), then a determiner, a possessive, a
# number or a capital.
_PLACED_OPENERS = frozenset("his her its their a an the this that last one".split())
_PLACED_STOPS = frozenset("that who whom which and or but of to by for with".split())
_VERB_AUXILIARIES = AUXILIARIES
_TIME_HEADS = frozenset(TIME_WORDS - PREPOSITIONS - set("the a last this next early late past".split()))
_NOT_VERBS = frozenset(PREPOSITIONS | NP_STOP | _PLACED_STOPS | _PLACED_OPENERS)
_PLACED_HEAD = re.compile(r"\s+(?:in|at|during|on)\s")
_PLACED_TOKEN = re.compile(r"[^\s,;:()\[\]—–]+|[,;:()\[\]—–]")


def _verb_like(word: str) -> bool:
    """A lower-case word that can be a subject's verb: a past form, a cue or an auxiliary."""
    return word.islower() and (
        (word.endswith("ed") and len(word) > 4) or word in CUE_FORMS or word in _VERB_AUXILIARIES
    )


def _placed_words(words: list[str]) -> bool:
    """Whether ``words`` (after the preposition) can be a phrase of place or time."""
    first = words[0]
    if not (first.lower() in _PLACED_OPENERS or first[:1].isupper() or first[:1].isdigit()):
        return False
    return not any(
        w.lower() in _PLACED_STOPS or not w[:1].isalnum() or (w.islower() and _verb_like(w))
        for w in words[1:]
    )


def placed_verb(text: str, pos: int) -> int | None:
    """Where the verb starts after a phrase of place or time at ``pos`` (right after a
    subject): " in his announcement speech called" gives the offset of "called"; None when
    no such phrase (one to four words, no punctuation) runs into a verb there."""
    if _PLACED_HEAD.match(text, pos) is None:
        return None  # (asked after every name the article reads: the cheap test first)
    tokens = list(_PLACED_TOKEN.finditer(text, pos, min(len(text), pos + 80)))[:7]
    if len(tokens) < 3:
        return None
    for k in range(2, min(len(tokens), 6)):
        verb = tokens[k].group()
        last = tokens[k - 1].group()
        # after a time's head any verb ("on Friday made"), else a past form, a cue or an auxiliary
        timed = (last.lower() in _TIME_HEADS or last.isdigit()) and verb.islower() and verb not in _NOT_VERBS
        if _verb_like(verb) or timed:
            phrase = [t.group() for t in tokens[1:k]]
            return tokens[k].start() if _placed_words(phrase) else None
    return None


def placed_end(text: str) -> int | None:
    """Where a subject ends before a phrase of place or time that closes ``text`` (the
    words right before a verb): "... Trump in his announcement speech" gives the end of
    "Trump"; only after a capitalised word or a subject pronoun ("he at the time"), never a
    common noun's own phrase ("the rise in the rate"), and never a phrase that opens with a
    capital ("in Los Angeles", part of a title before it)."""
    if _PLACED_HEAD.search(text) is None:
        return None  # (asked of every subject read: the cheap test first)
    tokens = list(_PLACED_TOKEN.finditer(text, max(0, len(text) - 80)))[-7:]
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].group() not in PLACING:
            continue
        phrase = [t.group() for t in tokens[k + 1 :]]
        head = tokens[k - 1].group()
        if len(phrase) > 4 or not _placed_words(phrase) or phrase[0][:1].isupper():
            return None  # (a capitalised place ends a title: "the founder of the center in Los Angeles")
        if head[:1].isupper() or head in {"he", "she", "they", "it", "we", "i"}:
            return tokens[k - 1].end()
        return None
    return None
