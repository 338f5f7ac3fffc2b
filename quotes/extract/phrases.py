"""The phrases of the reporter's words that the speaker rules read: a name with its
title words ("Kremlin spokesman Dmitry Peskov"), a noun phrase ("the influential US
daily", "a spokesperson for the Department of Energy"), the speech verbs (cues), and
where a quote stands in its sentence and paragraph.

:class:`Phrases` reads one document's masked text, each stretch of words once;
:class:`~quotes.extract.subjects.Subjects` builds on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from quotes.extract.document import Document
from quotes.extract.entities import Entities, Token, clip_title
from quotes.extract.lexicon import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    ARTICLES,
    CLAUSE_BREAKS,
    CONJUNCTIONS,
    CUE_FORMS,
    DESCRIPTIVE_MODIFIERS,
    DETERMINERS,
    DISPLAY_CUES,
    FIRST_NAME_GENDER,
    GROUP_COUNTS,
    LONE_SPEAKERS,
    NOT_NAMES,
    NP_STOP,
    OPENER_WORDS,
    ORG_HEADS,
    ORG_LINKS,
    PARTICLE_NAME,
    PARTY_GROUPS,
    PARTY_MEMBERS,
    PARTY_TAG,
    PASSIVE_AUXILIARIES,
    PERSON_ROLES,
    PHRASE_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    ROLES,
    SENTENCE_ADVERBS,
    SHARE_NOUNS,
    SPOKEN_SOURCES,
    WRITTEN_SOURCES,
)
from quotes.extract.marks import Found
from quotes.extract.words import (
    Attribution,
    Word,
    Words,
    role_head,
    state_adjective,
    strip_possessive,
    title_before,
    title_link,
)

_WORD_CACHE_SIZE = 1024  # word ranges kept by Phrases.words (a 5 KB article asks ~100)
# Cue lemmas that are aspect before "to" ("continue to be", "began to"), not speech
_ASPECT_CUES = frozenset({"continue", "begin"})
# Words that open a speaker noun phrase whose head no word list knows: "one confidant"
_OPEN_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "some", "two", "three", "several", "many"})
_NOT_HEADS = (
    NP_STOP
    | ADVERBS
    | frozenset(PRONOUNS)
    | frozenset(CUE_FORMS)
    | DETERMINERS
    | frozenset(
        {"same", "other", "others", "more", "most", "less", "least", "time", "year", "day", "week", "way"}
    )
)


# Words that may stand, with a comma, before a quote that still opens its sentence
_QUOTE_OPENERS = frozenset(
    SENTENCE_ADVERBS | {"instead", "then", "still", "so", "and", "but", "now", "again"}
)
# Unions of word tables, built once here rather than anew in every test of a word.
_AFFILIATING = frozenset(PHRASE_PREPOSITIONS | {"of"})  # "a spokesperson for", "officials of"
# what ends the organisation after them: a clause (built once, not at each word)
_AFFILIATION_BREAKS = frozenset(CLAUSE_BREAKS - {"and", "of", "for"})
_BREAKS_BUT_PREPOSITIONS = frozenset(CLAUSE_BREAKS - PREPOSITIONS)  # (built once, not per word)
_SOURCE_NOUNS = frozenset(SHARE_NOUNS | PARTY_MEMBERS | PARTY_GROUPS | WRITTEN_SOURCES)
# Participles that modify a noun after a capitalised word: "Republican elected officials"
_MODIFYING_PARTICIPLES = frozenset({"elected", "appointed", "registered", "unnamed", "detained", "turned"})
# Irregular past tenses that take people as their object: "The mayor wrote residents"
_IRREGULAR_PASTS = frozenset({"told", "wrote", "heard", "saw", "met"})
AGED = re.compile(r"\d+-year-old")


def _verb_after_name(before: str, word: str, opener: str = "") -> bool:
    """Whether ``word``, right after ``before`` (capitalised, or a role), is a past tense that
    ends a subject ("Holm rallied", "the senator thanked"), not a modifier in a description ("retired",
    "Democratic elected officials", "Trump's fired campaign manager", "The Kremlin backed outlet",
    "The reporter turned activist"). ``opener`` is the word before ``before``."""
    if before[:1].isupper() and opener.lower() in DETERMINERS:
        return False  # "The Kremlin backed outlet", "A Texas based group": a compound modifier
    return (
        (before[:1].isupper() or role_head(before) in ROLES)  # "Holm rallied", "senator thanked"
        and not before.endswith(("'s", "’s"))  # "Trump's fired campaign manager"
        and before.lower() not in DETERMINERS  # "A leaked email"
        and word.islower()
        and (word.endswith("ed") or word in _IRREGULAR_PASTS)
        and word not in DESCRIPTIVE_MODIFIERS
        and word not in _MODIFYING_PARTICIPLES
    )


def _opens_clause(word: str) -> bool:
    """Whether ``word`` opens a clause a speech verb reports: "that", a determiner, a
    subject pronoun or a capitalised word ("say the suspect", "say they", "say Tom Berg")."""
    low = word.lower()
    return low == "that" or low in DETERMINERS or low in PRONOUNS or word[:1].isupper()


def _after_determined_modifier(words: list[Word], i: int) -> bool:
    """Whether word ``i`` follows an article and one lower-case modifier, so that its base
    form is a noun: "the caustic chant", "a loud cry" (not "the protesters chant", whose
    plural is the verb's subject, nor "the senator vow")."""
    if i < 2 or words[i - 2].text.lower() not in ARTICLES:
        return False
    if i + 1 < len(words) and _opens_clause(words[i + 1].text):
        return False  # "The police say Tom Berg was", "The jury say the evidence": the verb
    modifier = words[i - 1].text
    return (
        modifier.isalpha()
        and modifier.islower()
        and not modifier.endswith("s")
        and modifier not in CUE_FORMS
        and role_head(modifier) not in ROLES
    )


def _counted_plural(text: str, words: list[Word], i: int) -> bool:
    """Whether word ``i``, a cue's -s form, is a plural noun after a count and its modifiers:
    "the two lengthy investigative reports", "several statements", "the 12 tweets". A plural
    subject takes the base form ("the two report"), so the -s form is no verb there. Not past
    punctuation ("Ada Holm, 34, says": an aside, then the verb), and a digit only as the
    phrase's first word, no year ("CUPE Local 79 says", "the mayor since 2019 says")."""
    w = words[i].text
    if not w.endswith("s") or w == CUE_FORMS[w]:
        return False
    k = i - 1
    # ("the two lengthy investigative": up to two lower-case modifiers, none a verb form)
    while k >= 0 and i - k <= 2 and words[k].text.isalpha() and words[k].text.islower():
        modifier = words[k].text
        if modifier in GROUP_COUNTS or modifier in CUE_FORMS or modifier in NP_STOP or modifier in PRONOUNS:
            break
        k -= 1
    if k < 0:
        return False
    if any(not (c.isalnum() or c.isspace() or c == "-") for c in text[words[k].end : words[i].start]):
        return False  # "Ada Holm, 34, says": an age set off by commas, then the verb
    count = words[k].text.lower()
    if count.isdigit():
        opens = k == 0 or words[k - 1].text.lower() in DETERMINERS
        return opens and len(count) != 4
    return count in GROUP_COUNTS - {"other"}


def open_head(np: list[Word]) -> bool:
    """Whether ``np`` is a determiner or quantifier (a number too) and a plain lower-case noun
    that may name a speaker: "the investor", "one Trump confidant", "another commenter"."""
    head = np[-1].text
    first = np[0].text.lower()
    if head.lower() in SPOKEN_SOURCES:
        return len(np) > 1 and first in _OPEN_DETERMINERS  # "One tweet said:", "the post read"
    return (
        len(np) > 1
        and (first in _OPEN_DETERMINERS or first.isdigit() or first.endswith(("'s", "’s")))
        and (head.isalpha() or AGED.fullmatch(head) is not None)  # "the 43-year-old"
        and head.islower()
        and len(head) > 2
        and head not in _NOT_HEADS
        and not head.endswith(("ly", "ed"))
    )


_ROLE_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+[^,.;:]{2,80}?|[a-z][^,.;:]{2,80}?)(?=[,.;:]|$)")


# The endings of an adjective, a noun's modifier ("effusive", "repeated", "famous")


def owned_noun(words: list[Word], i: int) -> bool:
    """Whether the cue word ``words[i]`` is a noun after a possessive and an adjective:
    "Christie's effusive praise", "Trump's repeated claims"."""
    w, prev = words[i].text, words[i - 1].text if i else ""
    return (
        i > 1
        and words[i - 2].text.endswith(("'s", "’s"))
        and prev.islower()
        and prev.endswith(ADJECTIVE_ENDINGS)
        and role_head(prev) not in ROLES
        and (w == CUE_FORMS.get(w) or w.endswith("s"))
    )


# what links a document to its author: "a statement from (the) X", "a report by X"
_AUTHOR_LINKS = frozenset({"from", "by", "of"})
# words that open a clause of what was said after the verb: ", he said that ..."
_TAIL_CLAUSES = frozenset({"that", "what", "how", "why", "if"})


def role_of(words: list[Word], i: int) -> bool:
    """Whether the "of" at ``words[i]`` joins a lower-case role to one word that names no
    person, right before a capitalised word: "secretary of state Hillary Clinton", "chief
    of staff Dana Kirk", one title of the name after it (not "the widow of slain officer
    Dana Kirk", nor "a friend of Dana Kirk": there the name is another person's)."""
    if not (0 < i < len(words) - 2) or words[i].text != "of":
        return False
    head, noun, nxt = words[i - 1].text, words[i + 1].text, words[i + 2].text
    return (
        head.islower()
        and role_head(head) in PERSON_ROLES
        and noun.isalpha()
        and noun.islower()
        and role_head(noun) not in ROLES
        and noun not in NP_STOP
        and noun not in DETERMINERS  # "director of the House Majority PAC": its organisation
        and noun not in PRONOUNS
        and noun not in PREPOSITIONS
        and nxt[:1].isupper()
    )


def _role_after_org(words: list[Word], i: int) -> bool:
    """Whether the "of" at ``words[i]`` links an organisation's name (``title_link``: "Bank
    of Montreal", "University of Oakmere") that qualifies a lower-case role right before a
    capitalised word: "Bank of Montreal economist Priya Nandal", "University of Oakmere chief
    historian Tom Berg", one title of the name after it (the person speaks, not the
    organisation). Not "the Bank of Montreal said", nor "Friends of Tom Berg": no role after
    the organisation."""
    if not (0 < i < len(words) - 3) or not title_link([w.text for w in words], i):
        return False
    j = i + 1
    while j < len(words) and words[j].text[:1].isupper() and j - i <= 4:
        j += 1
    k = j
    while k < len(words) and words[k].text.islower() and k - j < 3:
        k += 1  # "economist", "chief economist", "senior research fellow"
    lower = words[j:k]
    return (
        bool(lower)
        and k < len(words)
        and words[k].text[:1].isupper()
        and role_head(lower[-1].text) in PERSON_ROLES
        and all(w.text.isalpha() and w.text not in NP_STOP for w in lower)
    )


class Phrases:
    """Names, noun phrases and cues in one document's masked text."""

    def __init__(self, doc: Document, entities: Entities) -> None:
        self.doc = doc
        self.m = doc.masked
        self._word_cache: dict[tuple[int, int], list[Word]] = {}
        self._names: dict[tuple[int, int], Words | None] = {}  # name_only's answers
        # whose words each quote modifies (rules._owned_quote's answers: After, Before and
        # Owner all ask it of a quote)
        self.owned_quotes: dict[Found, Attribution | None] = {}
        self.entities = entities
        # every quote's marks, in reading order: whether a quote stands between two words is
        # asked of these, not of the characters ('' in archive copies is a mark too)
        self._marks = sorted((s, e) for q in doc.quotes for s, e in q.outer)
        self._mark_starts = [s for s, _ in self._marks]

    def quote_between(self, lo: int, hi: int) -> bool:
        """Whether a quote (in any style of marks) stands in whole or in part in [lo, hi)."""
        # the marks of different quotes never overlap: only the last to open before hi can reach lo
        i = bisect_left(self._mark_starts, hi) - 1
        return i >= 0 and self._marks[i][1] > lo

    def quote_cuts(self, lo: int, hi: int) -> list[int]:
        """The positions in [lo, hi) where a quote opens or closes."""
        cuts: list[int] = []
        marks = self._marks
        # walked by index: a slice would copy every later mark of the article, each call
        for i in range(max(0, bisect_right(self._mark_starts, lo) - 1), len(marks)):
            s, e = marks[i]
            if s >= hi:
                break
            cuts += [p for p in (s, e) if lo <= p < hi]
        return cuts

    def words(self, lo: int, hi: int) -> list[Word]:
        """``read_words`` of the masked text, each range read once (the rules ask again and again)."""
        key = (lo, hi)
        words = self._word_cache.get(key)
        if words is None:
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                # the oldest range goes: the rules ask about the quotes in reading order, and
                # holding every range of a long article only burdens memory and the collector
                del self._word_cache[next(iter(self._word_cache))]
            words = self._word_cache[key] = self.doc.words.read(lo, hi)
        return words

    def affiliated(self, words: list[Word]) -> Words | None:
        """ "a spokesperson for the Department of Energy", "officials at the agency": a role
        and whom it serves, one mention."""
        plural = (
            bool(words) and words[0].text.lower().endswith("s") and role_head(words[0].text.lower()) in ROLES
        )
        if not words or (words[0].text.lower() not in DETERMINERS and not plural):
            return None
        at = next((i for i, w in enumerate(words) if i > 0 and w.text.lower() in _AFFILIATING), None)
        if at is None or at == len(words) - 1:
            return None
        rest = [w.text for w in words[at + 1 :]]
        # one organisation after the preposition ("... for Environment and Coastal Affairs"),
        # not a clause ("... in Ohio who said") nor a second speaker ("... and Smith")
        if any(w.lower() in _AFFILIATION_BREAKS or w.lower() in PRONOUNS for w in rest):
            return None
        if any(w == "and" and not nxt[:1].isupper() for w, nxt in zip(rest, [*rest[1:], ""], strict=True)):
            return None
        np = self.noun_phrase(words[:at])
        if plural and at == 1:
            np = Words(words[0].start, words[0].end, words[0].text, "np")  # "Officials at ...", capitalised
        if np is None or np.start != words[0].start:
            return None
        return Words(np.start, words[-1].end, self.m[np.start : words[-1].end], "np")

    def name_only(self, lo: int, hi: int) -> Words | None:
        """A name (with title words before it) filling [lo, hi), e.g. "Kremlin spokesman Dmitry Peskov"."""
        # asked again and again of the same range by the rules (a quarter of the asks on
        # polnear-dev): read once, the answer a frozen record of the read article
        key = (lo, hi)
        if key in self._names:
            return self._names[key]
        if len(self._names) >= _WORD_CACHE_SIZE:
            del self._names[next(iter(self._names))]  # the oldest, as in words()
        found = self._names[key] = self._name_only(lo, hi)
        return found

    def _name_only(self, lo: int, hi: int) -> Words | None:
        words = self.words(lo, hi)
        while words and (words[0].text.lower() in CONJUNCTIONS or words[0].text.lower() in ADVERBS):
            if len(words) > 1 and words[0].text.lower() in FIRST_NAME_GENDER and words[1].text[:1].isupper():
                break  # "Will Hurd": a first name
            words = words[1:]  # "Even China", "And Peskov"
        while words and (
            (len(words[-1].text) <= 2 and self.m[words[-1].start - 1 : words[-1].start] == "(")
            or PARTY_TAG.match(words[-1].text)
        ):
            words = words[:-1]  # "Roy Cooper (D", "Paul Ryan, R-Wis"
        if not words or not (words[-1].text[:1].isupper() or PARTICLE_NAME.match(words[-1].text)):
            return None
        k = len(words)
        while k > 0 and (
            words[k - 1].text[:1].isupper()
            or words[k - 1].text in {"de", "van", "von", "bin", "al"}
            or PARTICLE_NAME.match(words[k - 1].text)
        ):
            k -= 1
            # "the Association of Flight Attendants": back over "of" to the organisation's head
            j = k
            while j > 1 and words[j - 1].text in ORG_LINKS:
                j -= 1
            if j < k and words[j - 1].text[:1].isupper() and words[j - 1].text.lower() in ORG_HEADS:
                k = j
        for j in range(len(words) - 1, k, -1):
            if any(c in self.m[words[j - 1].end : words[j].start] for c in ":;,"):
                k = j  # "Peace Efforts: Eliminating": punctuation ends a name
                break
        run = words[k:]
        before = words[:k]
        # "Leader of Opposition Meenakshi Dubey", "Secretary of State John Kerry": a title with "of"
        titled_of = [  # capitalised, as titles are: not "the foreign minister of France"
            i
            for i, w in enumerate(before)
            if (
                w.text == "of"
                and i
                and before[i - 1].text[:1].isupper()
                and role_head(before[i - 1].text) in PERSON_ROLES
            )
            # "Bank of Montreal economist Priya Nandal": an organisation's name in the title
            or _role_after_org([*before, *run[:1]], i)
        ]
        # "former secretary of state Hillary Clinton": a lower-case title with "of" too
        if role_of([*before, *run[:1]], len(before) - 2):
            titled_of.append(len(before) - 2)
        if (
            any(
                (w.text.lower() in NP_STOP and i not in titled_of) or w.text.lower() in ADVERBS
                for i, w in enumerate(before)
            )
            or len(before) > 5
        ):
            return None
        if titled_of and len(run) > 1:
            # "Leader of Opposition Meena Dube", "Chairman of the Joint Chiefs Joe Dunn": the
            # title runs on to the name the article's reading found
            found = self.entities.name_at(run[0].start, run[-1].end)
            start = found[0].start if found is not None else run[1].start
            if titled_of[-1] == len(before) - 1 or found is not None:
                keep = [w for w in run if w.start >= start]
                before, run = [*before, *run[: len(run) - len(keep)]], keep or run
        verbal = [w for w in before if w.text.lower().endswith(("ing", "ed"))]
        if before and before[0].text.lower() in ARTICLES:
            verbal = []  # "A smiling Ada Holm", "the embattled Tom Berg": after an article, modifiers
        if any(w.text.lower() not in DESCRIPTIVE_MODIFIERS for w in verbal) and not any(
            role_head(w.text) in ROLES for w in [*before, *run]
        ):
            return None  # "Injecting Clinton", but "retired Air Force general Lloyd Newton"
        tokens = [Token(s, e, strip_possessive(w), False) for s, e, w in run]
        trimmed = self.entities.trim(tokens)
        titles, name_run = self.entities.split_title(trimmed)
        if not name_run:
            return None
        if len(name_run) == 1 and name_run[0].text.lower() in NOT_NAMES:
            return None
        if name_run[0].text.lower() in OPENER_WORDS and self.entities.opens_sentence(name_run[0].start):
            return None  # "Seven years earlier, she ...", "Good information can still ..."
        if name_run[-1].text.lower() in PARTY_MEMBERS:
            return None  # "the Oregon Democrat": a description, read as a noun phrase
        start, end = name_run[0].start, name_run[-1].end
        title = title_before([w.text for w in before] + self.entities.written(trimmed[: len(titles)]))
        org_at = next((i for i in titled_of if _role_after_org([*before, *run[:1]], i)), None)
        if org_at is not None and title is not None and title.split()[0] == before[org_at + 1].text:
            # "Bank of Montreal economist": title_before stops at the organisation's "of"
            # (no title's head before it); the organisation's name is the title's all the same
            a = org_at - 1
            while a > 0 and before[a - 1].text[:1].isupper():
                a -= 1
            title = " ".join([*(w.text for w in before[a : org_at + 1]), title])
        return Words(start, end, self.m[start:end], "name", title)

    def noun_phrase(self, words: list[Word], cue_slot: bool = False) -> Words | None:
        """A speaker noun phrase ending the chunk: "the influential US daily", "Pentagon officials".

        Its head is a role the lexicon knows, unless the phrase stands in a cue slot
        (``cue_slot``: right next to a speech verb, '"...," the investor said'), where
        any noun after a determiner or quantifier is a speaker ("one Trump confidant",
        "another commenter"): no word list holds every role.
        """
        head = words[-1].text
        group = head.lower() in PARTY_GROUPS and not head.islower()
        party = (head.lower() in PARTY_MEMBERS and not head.islower()) or group
        if not head.islower() and not head.isupper() and not party:
            return None
        k = len(words) - 1
        while k > 0 and words[k - 1].text.lower() not in NP_STOP and words[k - 1].text.lower() not in ADVERBS:
            opener = words[k - 3].text if k > 2 else ""
            if k > 1 and _verb_after_name(words[k - 2].text, words[k - 1].text, opener):
                break  # "Ada Holm rallied supporters": the verb's object, not "Holm rallied supporters"
            k -= 1
            if words[k].text.lower() in DETERMINERS or words[k].text.endswith(("'s", "’s")):
                break
        np = words[k:]
        first = np[0].text.lower()
        if group and (first in GROUP_COUNTS or first.isdigit() or (cue_slot and len(np) == 1)):
            # "some Republicans", "two Democrats"; "Republicans" alone next to its verb
            return Words(np[0].start, np[-1].end, self.m[np[0].start : np[-1].end], "np")
        if party and first not in {"the", "a", "an", "one", "another", "some"}:
            return None  # "the Oregon Democrat", not "Republican claims" nor "her Republican"
        # a document speaks too: "a leaked email said", "the study found"
        known = role_head(head) in ROLES or head.lower() in _SOURCE_NOUNS
        if len(np) > 7 or not (known or (cue_slot and open_head(np))):
            return None
        if k > 1 and words[k - 1].text.lower() in {"and", "of"} and np[0].text.lower() not in DETERMINERS:
            # "the former secretary of state and current Democratic presidential nominee",
            # "The former first lady and U.S. senator": one description, coordinated
            j = k - 1
            while j > 0 and k - j < 8 and words[j - 1].text.lower() not in DETERMINERS:
                j -= 1
            if j > 0 and words[j - 1].text.lower() == "the":
                np = words[j - 1 :]
        plural = head.lower().endswith("s") and role_head(head) != head.lower()  # "furious neighbours"
        if (
            np[0].text.lower() not in DETERMINERS
            and not np[0].text.endswith(("'s", "’s"))
            and not np[0].text[:1].isupper()
            and not np[0].text[:1].isdigit()
            and len(np) > 1
            and not plural
        ):
            return None
        return Words(np[0].start, np[-1].end, self.m[np[0].start : np[-1].end], "np")

    def appositive(self, pos: int, hi: int) -> str | None:
        m = _ROLE_APPOSITIVE.match(self.m[pos:hi])
        if m and any(role_head(w) in ROLES for w in m.group(1).split()[:5]):
            return clip_title(m.group(1))
        return None

    # -- cues ------------------------------------------------------------------------------

    def cues(self, lo: int, hi: int) -> list[Word]:
        words = self.words(lo, hi)
        out = []
        for i, (_, _, w) in enumerate(words):
            nxt = words[i + 1].text if i + 1 < len(words) else ""
            if w in {"put", "puts"} and nxt == "it":
                out.append(words[i])  # "as The New Yorker put it"
                continue
            if w.lower() not in CUE_FORMS or not w.islower():
                continue
            prev = words[i - 1].text.lower() if i else ""
            if nxt == "to" and CUE_FORMS[w.lower()] in _ASPECT_CUES:
                continue  # "will continue to be", "began to": an aspect verb, not speech
            back = [x.text.lower() for x in words[max(0, i - 2) : i] if not x.text.lower().endswith("ly")]
            if w.endswith("ed") and back and back[-1] in PASSIVE_AUXILIARIES:
                continue  # "was widely ridiculed": passive, its subject is what was said
            # "another said", "some wrote": a lone quantifier is the subject of a past tense
            counted = prev in LONE_SPEAKERS and w != CUE_FORMS[w] and not w.endswith("s")
            # "a headline that said", "the memo that warned": a relative pronoun, then a past tense
            # ("a sign that read", "a hat that says": a present tense too where it shows words)
            related = (
                prev == "that"
                and i > 1
                and words[i - 1].text == "that"
                and (w.endswith(("ed", "said")) or (w in DISPLAY_CUES and nxt == ""))
            )
            owned = owned_noun(words, i)
            if (
                (prev in DETERMINERS and not counted and not related)
                or state_adjective(words, i)
                or owned
                or (nxt == "of" and prev in PREPOSITIONS)  # "greeted with chants of": the noun
                or prev in {"of", "his", "her", "my"}
                or (
                    prev.endswith(("'s", "’s", "s'", "s’", "-night"))
                    and strip_possessive(prev) not in PRONOUNS
                )
                or (w == CUE_FORMS[w] and self.after_determined_name(words, i))
                or (w == CUE_FORMS[w] and _after_determined_modifier(words, i))
                or _counted_plural(self.m, words, i)
            ):
                continue  # "his tweets", "a flurry of posts": the noun, not the verb
            out.append(words[i])
        return out

    def speaks(self, lo: int, hi: int) -> bool:
        """Whether a speech verb (not a passive, not a noun) stands in the reporter's words [lo, hi)."""
        return bool(self.cues(lo, hi))

    @staticmethod
    def after_determined_name(words: list[Word], i: int) -> bool:
        """ "a Donald Trump tweet", "the Clinton statement": a name between an article and the word."""
        k = i
        while k > 0 and words[k - 1].text[:1].isupper():
            k -= 1
        # not "a statement from the Harbor Authority read": the name is the object of what
        # links a document to its author; "in a Trumpian post" is still a name and its noun
        after_preposition = k > 1 and words[k - 2].text.lower() in _AUTHOR_LINKS
        return k < i and k > 0 and words[k - 1].text.lower() in {"a", "an", "the"} and not after_preposition

    def closes_sentence(self, lo: int, name: int, cue_end: int) -> bool:
        """Whether ", X said." ends the sentence: an attribution of the whole sentence."""
        sent = self.doc.sentence_at(lo)
        if not self.m[lo:name].rstrip().endswith(","):
            return False
        tail = self.words(cue_end, sent.end)
        if any(w.lower() in _TAIL_CLAUSES for _, _, w in tail):
            return False
        if len(tail) <= 4:
            return True
        # ", she said in a video message to the convention.", ", he told reporters at a news
        # conference in Ohio.": a longer tail is only where and how it was said, phrases
        # after a preposition (after the one told, for "tell") with no clause in them
        verb = self.words(name, cue_end)[-1:]
        told = bool(verb) and CUE_FORMS.get(verb[0].text) == "tell"
        lead = 1 if told and len(tail) > 1 and tail[1].text.lower() in PREPOSITIONS else 0
        return (
            len(tail) <= 10
            and tail[lead].text.lower() in PREPOSITIONS
            and not any(w.lower() in _BREAKS_BUT_PREPOSITIONS or w in CUE_FORMS for _, _, w in tail)
        )

    def only_title(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) holds nothing but a determiner and title words ("Tulsa police Chief")."""
        words = self.words(lo, hi)
        titled = any(role_head(w) in ROLES for _, _, w in words)  # "retired Air Force general"
        return len(words) <= 6 and not any(
            w.lower() in NP_STOP
            or w.lower() in ADVERBS
            or (w.islower() and w in CUE_FORMS and w != "state")  # "state Sen. Teresa Vandermolen"
            or (
                w.islower()
                and (w.endswith("ly") or (w.endswith(("ed", "ing")) and not titled))
                and w not in DESCRIPTIVE_MODIFIERS  # "retired neurosurgeon Ben Carson"
            )
            for _, _, w in words
        )

    def next_quote_start(self, q: Found, default: int) -> int:
        other = self.doc.next_quote(q.outer[-1][1])
        return default if other is None else other.outer[0][0]

    # -- where a quote stands ------------------------------------------------------------

    def opens_paragraph(self, q: Found) -> bool:
        p = self.doc.paragraphs[q.paragraph]
        return not self.m[p.start : q.outer[0][0]].strip()

    def opens_sentence(self, q: Found) -> bool:
        """Whether nothing but a sentence adverb and its comma comes before ``q`` in its
        sentence ('Instead, "he just acts like ..."', 'Then, "I try to explain it."')."""
        sent = self.doc.sentence_at(q.outer[0][0])
        lead = self.m[sent.start : q.outer[0][0]].strip()
        return not lead or (lead.endswith(",") and lead[:-1].strip().lower() in _QUOTE_OPENERS)

    def embedded(self, q: Found) -> bool:
        """A quote woven into the reporter's sentence (not after a colon or at its start)."""
        sent = self.doc.sentence_at(q.outer[0][0])
        lead = self.m[sent.start : q.outer[0][0]].rstrip()
        return bool(lead) and not lead.endswith((":", ","))
