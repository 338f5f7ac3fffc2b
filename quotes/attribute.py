"""Who said a quote: the sentence rules that find the speaker's words, and the
resolution of those words to a name.

For each quote, in reading order, the first rule that fires wins:

``transcript`` a turn of a transcript in quotes: ``"PENCE: Well, look, ...``
``after``      the attribution that follows the quote: ``"...," said Peskov``,
               ``"...," he added``, ``"...," Dmitriev, the fund's CEO, told ...``,
               or closes its sentence: ``... "steals $20s" ..., Warren said.``
``before``     the nearest cue verb before the quote in its sentence, and that
               verb's subject: ``Peskov said: "..."``, ``Dmitriev ... told
               Politico that ... "..."``, ``X said A, but added that the "..."``;
               a colon after a speech noun (``a new campaign message: "..."``)
``according``  ``according to Interfax`` anywhere in the sentence
``owner``      ``Trump's claim that there have been "..."``
``colon``      a paragraph ending ``Caddell continued:`` introduces the next one
``subject``    a quote woven into a sentence with no speech verb takes its subject

A quote none of these gives a speaker to, and whose sentence does not go on to a
speech verb of its own (``"..." to drive up the price, she said``), borrows one
(in :mod:`quotes.extract`):

``paragraph``  another quote of the same paragraph that has a speaker
``lead-in``    prose just before that names the speaker: a paragraph ending
               ``Trump told the Journal that``, or ``..., Schiff said. "..."``
``floating``   a paragraph that is only a quote continues the last speaker

The words found (a name, a pronoun or a noun phrase such as "the Kremlin
spokesman") become ``speaker_mention``; :class:`Resolver` turns them into the
canonical name through the article's :class:`~quotes.entities.Entities`, or
leaves the speaker unknown. It never guesses across a gender or number
mismatch, and an ambiguous surname stays a surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.document import Document
from quotes.entities import Entities, Entity, clip_title, role_key
from quotes.lexicon import (
    ADVERBS,
    CONJUNCTIONS,
    CUE_FORMS,
    DETERMINERS,
    GENDERED_ROLES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_LINKS,
    ORG_ROLES,
    PARTICLE_NAME,
    PARTY_TAG,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_NOUNS,
    SUBORDINATORS,
    TITLE_ABBREVIATIONS,
    WEAK_CUES,
)
from quotes.marks import TURN_TAG, Found, Paragraph

_SIGNATURE = re.compile(r"\s*[―—–]\s*([A-Z][^,;:!?()\n]{1,60}?)[.\s]*$")
_TRAILING_PARTY = re.compile(r",\s*[RDI]-[A-Z][\w.]*,?$")  # "Mitch McConnell, R-Ky., said"
_TRAILING_PAREN = re.compile(r"\s*\([^()]{0,40}\)$")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’\-]*\.?")
_ROLES = PERSON_ROLES | ORG_ROLES
_NP_STOP = PREPOSITIONS | CONJUNCTIONS | {"that", "who", "which", "when", "where", "whose", "if"}
_SUBORDINATORS = CONJUNCTIONS | SUBORDINATORS | {"then"}
_CLAUSE_BREAK = _SUBORDINATORS | PREPOSITIONS | {"which", "who", "whom", "that"}
_APPOSITIVE_START = {"a", "an", "the", "who", "which", "whose", "its", "his", "her", "their"}

CONFIDENCE = {
    "after": 0.95,
    "before": 0.9,
    "according": 0.8,
    "transcript": 0.9,
    "owner": 0.7,
    "colon": 0.85,
    "paragraph": 0.75,
    "floating": 0.6,
    "lead-in": 0.6,
    "subject": 0.5,
}


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


def _words(s: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(s, lo, hi):
        w = m.group()
        if w.endswith(".") and len(w) > 2 and w.lower() not in _ABBREVIATIONS:
            w = w[:-1]
        out.append((m.start(), m.start() + len(w), w))
    return out


def _strip_possessive(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _head(word: str) -> str:
    w = role_key(word)
    if w not in _ROLES and w.endswith("s") and role_key(w[:-1]) in _ROLES:
        return role_key(w[:-1])
    return w


# Modifiers of a definite description that identify someone already met.
_DESCRIPTIVE = {"former", "presidential", "vice-presidential", "outgoing", "incoming", "embattled", "retired"}
# Heads of a speaker phrase that name a share of people, never one of them: "63 percent said".
_SHARES = {"percent", "majority", "plurality", "minority"}
# Nouns for a quote itself, in an appositive right after it: '"...," a phrase he repeated'.
_QUOTE_NOUNS = {"phrase", "line", "remark", "refrain", "slogan", "expression", "sentiment", "quip", "words"}
_PARTY_MEMBERS = {"democrat", "republican"}  # "the Oregon Democrat": capitalised, yet a role
_BE = {"is", "was", "are", "were", "be", "been", "being", "get", "got", "gets"}
_INSERT = re.compile(r"[.)]*\s*,\s*([^,.;:()]{1,80}),\s*(\w+)")  # an aside in commas after a name
# Documents that speak for whoever put them out, and the verbs that put them out.
_DOCUMENTS = {"statement", "report", "document", "letter", "memo", "release", "filing", "complaint", "notice"}
_ISSUED = re.compile(r"\b(?:issued|released|published|posted|put out|sent|filed|circulated)\s+$")
_TO_WHOM = re.compile(r"\bto (him|her|them)\s*,\s*$")
_SENTENCE_ADVERBS = set(
    """meanwhile however still later earlier yesterday today tonight now then also instead indeed yet
    separately moreover furthermore nonetheless nevertheless again afterward afterwards""".split()
)
_ALL_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "it", "they", "we"})
_ABBREVIATIONS = set(TITLE_ABBREVIATIONS) | {"mr.", "mrs.", "ms.", "dr."}  # keep their dot
_PHRASE_PREPOSITIONS = {"in", "at", "from", "with", "on", "for"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "to her," before a quote
_COPULAS = {"is", "was", "are", "were", "be", "been"}
_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+[^,.;:]{2,80}?|[a-z][^,.;:]{2,80}?)(?=[,.;:]|$)")
_LEAD = re.compile(r"[\s,—–-]*")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _title(words: list[str]) -> str | None:
    """The title among the words before a name: "Kremlin spokesman", "Trump's
    communications director"; not "denounce what" before "Australian Prime
    Minister", not an honorific ("Mr."), not a dangling "Gov." after a title."""
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        if low in {"of", "the"} and keep and i and _head(words[i - 1]) in PERSON_ROLES | {"the"}:
            keep.insert(0, w)  # "Secretary of State", "Chairman of the Joint Chiefs"
            continue
        if (
            low in _NP_STOP
            or low in ADVERBS
            or low in {"what", "whom", "whose"}
            or (w.islower() and (low in CUE_FORMS or low.endswith(("ly", "ing"))))
        ):
            break
        keep.insert(0, w)
    keep = [w for w in keep if w.lower().rstrip(".") not in {"mr", "mrs", "ms", "miss"}]
    while len(keep) > 1 and keep[-1].endswith(".") and keep[-1].lower() in TITLE_ABBREVIATIONS:
        keep.pop()
    if not any(_head(w) in _ROLES or w.lower() in TITLE_ABBREVIATIONS for w in keep):
        return None
    return " ".join(keep)


def _in_title(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "of" (or "the") at ``i`` is inside a capitalised title or name: "Secretary of
    State", "Chairman of the Joint Chiefs", "Bank of America"."""
    k = i
    while k > 0 and words[k][2] in {"of", "the"}:
        k -= 1
    head = words[k][2]
    j = i + 1
    while j < len(words) and words[j][2] in {"of", "the"}:
        j += 1
    named = j < len(words) and words[j][2][:1].isupper()
    return (
        k < i and named and head[:1].isupper() and (_head(head) in PERSON_ROLES or head.lower() in ORG_HEADS)
    )


def _state_adjective(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "state" at ``i`` qualifies a title ("state Del. Marcia Price"), not "to state"."""
    return words[i][2] == "state" and i + 1 < len(words) and words[i + 1][2][:1].isupper()


def _aside(word: str, appositive: bool = False) -> bool:
    """Whether a comma-separated chunk opening with ``word`` describes the name before it.

    An appositive ("the Kremlin spokesman", "CEO of the fund", "one of the states")
    does and is a title; an age ("25") or a phrase of time or place ("at a later
    press gaggle") sits between a name and its verb too but is no title.
    """
    low = word.lower()
    if low in _APPOSITIVE_START or low in {"one", "ceo"} or _head(word) in _ROLES:
        return True
    if not appositive and PARTY_TAG.match(word):
        return True  # "Jim Jordan (R-Ohio), a panel member, said"
    if not appositive and low in {"now", "then", "once", "still", "formerly"}:
        return True  # "McConnell, now the Senate majority leader, who ..."
    if word.endswith(("'s", "’s")) and word[:1].isupper():
        return True  # "China, Pyongyang's only ally, said"
    if not appositive and word.islower() and low.endswith("ing") and len(low) > 5:
        return True  # "Lacasse-Morel, speaking by telephone from Amsard, called"
    return not appositive and (word.isdigit() or low in PREPOSITIONS)


# "Meenakshi Dubey, however, insisted": a sentence adverb in commas before the verb
_TRAILING_ASIDE = re.compile(
    r",\s*(?:however|though|meanwhile|instead|too|in turn|for (?:her|his|their) part),?$"
)
_TRAILING_ADVERB = re.compile(r"\s+(?:" + "|".join(sorted(ADVERBS, key=len, reverse=True)) + r"|[a-z]+ly)$")


class Rules:
    """The sentence rules, over one document's masked text."""

    def __init__(self, doc: Document, entities: Entities) -> None:
        self.doc = doc
        self.m = doc.masked
        self._word_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.entities = entities

    def _words(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """``_words`` of the masked text, each range read once (the rules ask again and again)."""
        key = (lo, hi)
        words = self._word_cache.get(key)
        if words is None:
            words = self._word_cache[key] = _words(self.m, lo, hi)
        return words

    # -- subjects ------------------------------------------------------------------------

    def subject_ending(self, lo: int, hi: int) -> Words | None:
        """The speaker words that end at ``hi`` (just before a cue verb)."""
        text = self.m[lo:hi].rstrip()
        while True:
            # only the end can change, and an end-anchored pattern is slow over a long text
            head, tail = text[:-60], text[-60:]
            trimmed = _TRAILING_ADVERB.sub("", _TRAILING_ASIDE.sub("", tail))
            trimmed = _TRAILING_PAREN.sub("", trimmed.rstrip(", "))  # "Marcia Price (D),"
            trimmed = _TRAILING_PARTY.sub("", trimmed)
            if trimmed == tail:
                break
            text = head + trimmed
        if text.endswith(","):
            text = text[:-1]
        hi = lo + len(text)
        if not text.strip():
            return None
        cuts = [lo] + [lo + i + 1 for i, ch in enumerate(text) if ch in ',;:(—–―"“”']
        chunks = [(a, b) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]
        last_lo, last_hi = chunks[-1][0], hi
        last_words = self._words(last_lo, last_hi)
        coordinated = bool(last_words) and last_words[0][2].lower() in {"and", "but"}
        if len(last_words) > 1 and last_words[-1][2].lower() in {"and", "but"}:
            # "I laughed and said": the clause's subject, and "after she attacked ... and
            # blamed" is hers, not the sentence's
            opener = max(
                (i for i, w in enumerate(last_words[:-1]) if w[2].lower() in _SUBORDINATORS - CONJUNCTIONS),
                default=-1,
            )
            w0 = last_words[0]
            if (
                opener < 0
                and w0[2].lower() in {"i", "he", "she", "we", "they"}
                and last_words[1][2].islower()
            ):
                return Words(w0[0], w0[1], w0[2], "pronoun")  # ", I laughed and said"
            if 0 <= opener < len(last_words) - 2:
                w = last_words[opener + 1]
                if w[2].lower() in PRONOUNS:
                    return Words(w[0], w[1], w[2], "pronoun")
                name = self._name_only(w[0], w[1])
                if name is not None:
                    return name
            return self.sentence_subject(lo)
        while last_words and last_words[0][2].lower() in _SUBORDINATORS:
            last_words = last_words[1:]
        if not last_words:
            return self.sentence_subject(lo) if coordinated else None
        first = last_words[0][2].lower()
        if len(last_words) == 1 and _strip_possessive(first) in PRONOUNS:
            # "He's claiming": the contraction is still the pronoun.
            w = last_words[0]
            return Words(w[0], w[0] + len(_strip_possessive(w[2])), _strip_possessive(w[2]), "pronoun")
        if len(last_words) == 1 and first in PRONOUNS:
            return Words(last_words[0][0], last_words[0][1], last_words[0][2], "pronoun")
        # "Sentencing Dunleavy, Judge Fiona McAllister said": a title and a name, not an aside
        titled_name = (
            len(last_words) > 1
            and all(w[2][:1].isupper() for w in last_words)
            and (_head(last_words[0][2]) in _ROLES or last_words[0][2].lower() in TITLE_ABBREVIATIONS)
            and _head(last_words[-1][2]) not in _ROLES
        )
        if _aside(last_words[0][2]) and not titled_name:
            # "Ayrault, the foreign minister of France, a permanent member of ..., said",
            # "Quina Jones, 25, said", "Clinton, at a later press gaggle, said": back over
            # the asides to the name they describe.
            k = len(chunks) - 2
            while k >= 0:
                prev = self._name_only(chunks[k][0], chunks[k][1] - 1)
                if prev is None and k == 0:
                    # "A spokesperson for Ardent Retail, which runs ..., said"; a later chunk
                    # ("the foreign minister of France") is an appositive, not the subject
                    prev = self._affiliated(self._words(chunks[k][0], chunks[k][1] - 1))
                if prev is None and (
                    first in {"who", "whose"} or (first == "which" and len(last_words) == 1)
                ):
                    # "... a frosty relationship with McConnell, now the majority leader, who said"
                    found = self.entities.name_at(chunks[k][0], chunks[k][1])
                    if found is not None and not self.m[found[0].end : chunks[k][1]].strip(" ,"):
                        m = found[0]
                        prev = Words(m.start, m.end, self.m[m.start : m.end], "name")
                if prev is not None:
                    if first in {"who", "which", "whose"} and len(last_words) == 1:
                        return prev
                    title_words = self._words(chunks[k + 1][0], chunks[k + 1][1] - 1)
                    title = None
                    if title_words and (
                        _aside(title_words[0][2], appositive=True)
                        or any(_head(w[2]) in _ROLES for w in title_words[1:3])
                    ):
                        # "the director ... and whose film ...": the title ends before a relative clause,
                        # and a relative clause alone ("who runs the effort") is none
                        title = clip_title(self.m[title_words[0][0] : title_words[-1][1]]) or None
                    return Words(prev.start, prev.end, prev.text, prev.kind, title or prev.title)
                lead = self._words(chunks[k][0], chunks[k][1] - 1)[:3]
                # "medical director of the Heart Alliance": a role among its first words
                if not lead or not (_aside(lead[0][2]) or any(_head(w[2]) in _ROLES for w in lead[1:])):
                    break
                k -= 1
        # "in which he called", "that Trump said": the subject follows the clause's opening words.
        of = next((i for i, w in enumerate(last_words) if w[2] in {"of", "at", "from"}), None)
        if of and last_words[-1][2][:1].isupper():
            # "Mr. Morgan of the Sierra Club", "Jane Doe at Reuters": a name and its affiliation
            name = self._name_only(last_words[0][0], last_words[of - 1][1])
            head = last_words[of - 1][2].lower()
            # not "the Association of Transit Pilots" nor "Secretary of State John Kerry"
            if name is not None and head not in ORG_HEADS and _head(head) not in _ROLES:
                title = self.m[last_words[of][0] : last_words[-1][1]]
                return Words(name.start, name.end, name.text, name.kind, name.title or title)
        affiliated = self._affiliated(last_words)
        if affiliated is not None:
            return affiliated
        cut = max(
            (
                i
                for i, w in enumerate(last_words[:-1])
                if w[2].lower() in _CLAUSE_BREAK and not _in_title(last_words, i)
            ),
            default=-1,
        )
        uncut, last_words = last_words, last_words[cut + 1 :]
        if 0 < cut < len(uncut) - 1 and uncut[cut][2].lower() in _PHRASE_PREPOSITIONS:
            # "a narrator in the Clinton ad", "officials at the agency": the phrase's head
            # comes before the preposition, and the whole phrase is the mention
            np = self._noun_phrase(uncut[:cut])
            if np is not None and np.start == uncut[0][0]:
                return Words(np.start, uncut[-1][1], self.m[np.start : uncut[-1][1]], "np")
            # A name right after the preposition is its object, not the subject: "Ms. Park
            # in Seoul said" is Ms. Park; "a software engineer in Denver describes" no name.
            obj = self._name_only(uncut[cut + 1][0], uncut[-1][1])
            if obj is not None and _strip_possessive(uncut[-1][2]).lower() not in PRONOUNS:
                start = max((i for i in range(cut) if uncut[i][2].lower() in _CLAUSE_BREAK), default=-1) + 1
                before = uncut[start:cut]
                name = self._name_only(before[0][0], before[-1][1]) if before else None
                if name is not None and name.end == before[-1][1]:
                    return name
                if before and before[0][2].lower() in DETERMINERS:
                    return Words(before[0][0], uncut[-1][1], self.m[before[0][0] : uncut[-1][1]], "np")
        tail = _strip_possessive(last_words[-1][2]).lower()
        if tail in {"who", "which", "that"} and len(last_words) > 1:
            # "the Chicago Police Department which reported": the name the clause hangs on
            name = self._name_only(last_words[0][0], last_words[-2][1])
            if name is not None:
                return name
        if tail in PRONOUNS and (len(last_words) == 1 or tail in {"he", "she", "they", "we", "i"}):
            # "... with the network RT he blasted": a subject pronoun right before the verb
            w = last_words[-1]
            return Words(w[0], w[0] + len(_strip_possessive(w[2])), _strip_possessive(w[2]), "pronoun")
        name = self._name_only(last_words[0][0], last_words[-1][1])
        if name is not None and cut > 0 and uncut[cut][2] == "and":
            other = self._name_only(uncut[0][0], uncut[cut - 1][1])
            if other is not None and other.start == uncut[0][0]:
                # "Smith and Jones said": both of them, which is neither name alone
                return Words(other.start, name.end, self.m[other.start : name.end], "np")
        if name is not None:
            return name
        np = self._noun_phrase(uncut)
        if (
            np is not None
            and np.text.lower().startswith(("a ", "an "))
            and _head(np.text.split()[-1]) in SPEECH_NOUNS
        ):
            # "the Security Council issued a statement calling ...": the statement's author
            return self.sentence_subject(lo) or np
        if np is None and coordinated:
            # "X has touted ..., and last month said": the verb shares the sentence's subject.
            return self.sentence_subject(lo)
        return np

    def _affiliated(self, words: list[tuple[int, int, str]]) -> Words | None:
        """ "a spokesperson for the Department of Energy", "officials at the agency": a role
        and whom it serves, one mention."""
        plural = bool(words) and words[0][2].lower().endswith("s") and _head(words[0][2].lower()) in _ROLES
        if not words or (words[0][2].lower() not in DETERMINERS and not plural):
            return None
        at = next(
            (i for i, w in enumerate(words) if i > 0 and w[2].lower() in _PHRASE_PREPOSITIONS | {"of"}), None
        )
        if at is None or at == len(words) - 1:
            return None
        rest = [w[2] for w in words[at + 1 :]]
        # one organisation after the preposition ("... for Environment and Coastal Affairs"),
        # not a clause ("... in Ohio who said") nor a second speaker ("... and Smith")
        if any(w.lower() in _CLAUSE_BREAK - {"and", "of", "for"} or w.lower() in PRONOUNS for w in rest):
            return None
        if any(w == "and" and not nxt[:1].isupper() for w, nxt in zip(rest, [*rest[1:], ""], strict=True)):
            return None
        np = self._noun_phrase(words[:at])
        if plural and at == 1:
            np = Words(words[0][0], words[0][1], words[0][2], "np")  # "Officials at ...", capitalised
        if np is None or np.start != words[0][0]:
            return None
        return Words(np.start, words[-1][1], self.m[np.start : words[-1][1]], "np")

    def sentence_subject(
        self, lo: int, pronouns: frozenset[str] = frozenset({"he", "she", "i"})
    ) -> Words | None:
        """The subject that opens the sentence at ``lo`` (after a leading "At the debate," if any).

        ``pronouns`` are the pronouns accepted as that subject: "it" and "they" only
        where a speech verb vouches for them ("Meanwhile, it attacked Trump, saying").
        """
        sent = self.doc.sentence_at(lo)
        start = sent.start
        opening = self._words(start, min(sent.end, start + 40))[:1]
        comma = self.m.find(",", start, min(sent.end, start + 80))
        first_word = opening[0][2].lower() if opening else ""
        adverb = first_word in _SENTENCE_ADVERBS or first_word.endswith("ly")
        if (first_word in _CLAUSE_BREAK or adverb) and comma > 0:
            start = comma + 1  # "At the debate, ...", "Meanwhile, ..."
        first = self._words(start, min(sent.end, start + 240))[:8]
        if first and first[0][2].lower() in pronouns and len(first) > 1 and first[1][2].islower():
            # "He then defended the remark, saying ...", "I laughed and said ..."
            w = first[0]
            return Words(w[0], w[1], w[2], "pronoun")
        # the subject ends at the first comma: "Roy Cooper (D), McCrory's opponent, called"
        clause = next(
            (i for i in range(1, len(first)) if "," in self.m[first[i - 1][1] : first[i][0]]), len(first)
        )
        # (and only a description before it lets it run on: "Another critic, Laurence Tribe, likened")
        for k in [*range(clause, 0, -1), *range(len(first), clause, -1)]:
            who = self._name_only(first[0][0], first[k - 1][1]) or self._noun_phrase(first[:k])
            if who is not None and who.start - start < 40:
                j = k
                while j < len(first) and PARTY_TAG.match(first[j][2]):
                    j += 1  # "Harry Reid (D-Nev.) has"
                nxt = first[j][2] if j < len(first) else ""
                aside = _INSERT.match(self.m, first[j - 1][1]) if j < len(first) else None
                if aside and _aside(aside.group(1).split()[0]):
                    nxt = aside.group(2)  # "Reid, in particular, has", "Cooper, McCrory's opponent, called"
                # "Calls men derogatory names, like ...": a verb opening a fragment
                verb = (
                    who.kind == "name"
                    and " " not in who.text
                    and who.start == first[0][0]
                    and who.text.lower() in CUE_FORMS
                )
                if (
                    nxt[:1].islower()
                    and nxt.lower() not in PREPOSITIONS
                    and self._only_title(start, who.start)
                    and not verb
                ):
                    return who
        return None

    def subject(self, q: Found) -> Attribution | None:
        """A quote woven into a sentence with no speech verb takes the sentence's subject.

        "Reid has gone after Trump as a “spoiled brat”" attributes the words to
        Reid; the rule is tried last and only for quotes inside the sentence.
        """
        if not self.embedded(q):
            return None
        open_mark = q.outer[0][0]
        who = self.sentence_subject(open_mark)
        if who is None or who.end > open_mark:
            return None
        between = self._words(who.end, open_mark)
        if not between:
            return None  # 'Tea Party "super PACs"': no verb, the name only qualifies the words
        clause = max(who.end, self.m.rfind(",", who.end, open_mark))
        plain = [w[2].lower() for w in self._words(clause, open_mark) if not w[2].lower().endswith("ly")]
        if len(plain) == 2 and plain[0] in _COPULAS and plain[1] in DETERMINERS:
            return None  # 'Reid is a "con artist"' says what Reid is, not what he said
        owner = who.text.endswith(("'s", "’s"))  # "Bornsten's missive was ridiculed for"
        for i, (_, _, w) in enumerate(between):
            back = [x[2].lower() for x in between[max(0, i - 2) : i] if not x[2].lower().endswith("ly")]
            if not owner and w.endswith("ed") and w.lower() in CUE_FORMS and back and back[-1] in _BE:
                return None  # "has been called a charlatan by ...": the subject is spoken of
        return Attribution(who, None, "subject")

    def _name_only(self, lo: int, hi: int) -> Words | None:
        """A name (with title words before it) filling [lo, hi), e.g. "Kremlin spokesman Dmitry Peskov"."""
        words = self._words(lo, hi)
        while words and (words[0][2].lower() in CONJUNCTIONS or words[0][2].lower() in ADVERBS):
            words = words[1:]  # "Even China", "And Peskov"
        while words and (
            (len(words[-1][2]) <= 2 and self.m[words[-1][0] - 1 : words[-1][0]] == "(")
            or PARTY_TAG.match(words[-1][2])
        ):
            words = words[:-1]  # "Roy Cooper (D", "Paul Ryan, R-Wis"
        if not words or not (words[-1][2][:1].isupper() or PARTICLE_NAME.match(words[-1][2])):
            return None
        k = len(words)
        while k > 0 and (
            words[k - 1][2][:1].isupper()
            or words[k - 1][2] in {"de", "van", "von", "bin", "al"}
            or PARTICLE_NAME.match(words[k - 1][2])
        ):
            k -= 1
            # "the Association of Flight Attendants": back over "of" to the organisation's head
            j = k
            while j > 1 and words[j - 1][2] in ORG_LINKS:
                j -= 1
            if j < k and words[j - 1][2][:1].isupper() and words[j - 1][2].lower() in ORG_HEADS:
                k = j
        for j in range(len(words) - 1, k, -1):
            if any(c in self.m[words[j - 1][1] : words[j][0]] for c in ":;,"):
                k = j  # "Peace Efforts: Eliminating": punctuation ends a name
                break
        run = words[k:]
        before = words[:k]
        # "Leader of Opposition Meenakshi Dubey", "Secretary of State John Kerry": a title with "of"
        titled_of = [  # capitalised, as titles are: not "the foreign minister of France"
            i
            for i, w in enumerate(before)
            if w[2] == "of"
            and i
            and before[i - 1][2][:1].isupper()
            and _head(before[i - 1][2]) in PERSON_ROLES
        ]
        if (
            any(
                (w[2].lower() in _NP_STOP and i not in titled_of) or w[2].lower() in ADVERBS
                for i, w in enumerate(before)
            )
            or len(before) > 5
        ):
            return None
        if titled_of and len(run) > 1:
            # "Leader of Opposition Meena Dube", "Chairman of the Joint Chiefs Joe Dunn": the
            # title runs on to the name the article's reading found
            found = self.entities.name_at(run[0][0], run[-1][1])
            start = found[0].start if found is not None else run[1][0]
            if titled_of[-1] == len(before) - 1 or found is not None:
                keep = [w for w in run if w[0] >= start]
                before, run = [*before, *run[: len(run) - len(keep)]], keep or run
        if any(w[2].lower().endswith(("ing", "ed")) for w in before) and not any(
            _head(w[2]) in _ROLES for w in [*before, *run]
        ):
            return None  # "Injecting Clinton", but "retired Air Force general Lloyd Newton"
        tokens = [(s, e, _strip_possessive(w), False) for s, e, w in run]
        titles, name_run = self.entities.split_title(self.entities.trim(tokens))
        if not name_run:
            return None
        if len(name_run) == 1 and name_run[0][2].lower() in NOT_NAMES:
            return None
        if name_run[-1][2].lower() in _PARTY_MEMBERS:
            return None  # "the Oregon Democrat": a description, read as a noun phrase
        start, end = name_run[0][0], name_run[-1][1]
        return Words(start, end, self.m[start:end], "name", _title([w[2] for w in before] + titles))

    def _noun_phrase(self, words: list[tuple[int, int, str]]) -> Words | None:
        """A speaker noun phrase ending the chunk: "the influential US daily", "Pentagon officials"."""
        head = words[-1][2]
        party = head.lower() in _PARTY_MEMBERS and not head.islower()
        if not head.islower() and not head.isupper() and not party:
            return None
        k = len(words) - 1
        while k > 0 and words[k - 1][2].lower() not in _NP_STOP and words[k - 1][2].lower() not in ADVERBS:
            k -= 1
            if words[k][2].lower() in DETERMINERS or words[k][2].endswith(("'s", "’s")):
                break
        np = words[k:]
        if party and np[0][2].lower() not in {"the", "a", "an"}:
            return None  # "the Oregon Democrat", not "Republican claims" nor "her Republican"
        if len(np) > 7 or (_head(head) not in _ROLES and head.lower() not in _SHARES | _PARTY_MEMBERS):
            return None
        if k > 1 and words[k - 1][2].lower() in {"and", "of"} and np[0][2].lower() not in DETERMINERS:
            # "the former secretary of state and current Democratic presidential nominee",
            # "The former first lady and U.S. senator": one description, coordinated
            j = k - 1
            while j > 0 and k - j < 8 and words[j - 1][2].lower() not in DETERMINERS:
                j -= 1
            if j > 0 and words[j - 1][2].lower() == "the":
                np = words[j - 1 :]
        plural = head.lower().endswith("s") and _head(head) != head.lower()  # "furious neighbours"
        if (
            np[0][2].lower() not in DETERMINERS
            and not np[0][2].endswith(("'s", "’s"))
            and not np[0][2][:1].isupper()
            and not np[0][2][:1].isdigit()
            and len(np) > 1
            and not plural
        ):
            return None
        return Words(np[0][0], np[-1][1], self.m[np[0][0] : np[-1][1]], "np")

    def subject_following(self, pos: int, hi: int) -> Words | None:
        """The speaker words right after an inverted cue: "said Peskov", "added the senator"."""
        words = self._words(pos, hi)
        while words and words[0][2].lower() in ADVERBS:
            words = words[1:]
        if not words:
            return None
        w0 = words[0][2]
        if w0.lower() in PRONOUNS:
            return Words(words[0][0], words[0][1], w0, "pronoun")
        end = len(words)
        for i, (s, _, w) in enumerate(words):
            gap = self.m[words[i - 1][1] : s] if i else ""
            if i and ("," in gap or any(c in gap for c in ';:"“”') or self.doc.sentence_at(s).start > pos):
                end = i
                break
            if i and w.lower() in _NP_STOP:
                end = i
                break
        span = words[:end]
        # Title words and a name: "said Kremlin spokesman Dmitry Peskov".
        name = self._name_only(span[0][0], span[-1][1]) if span else None
        if name is not None:
            title = name.title or self._appositive(name.end, hi)
            return Words(name.start, name.end, name.text, "name", title)
        if span and (span[0][2].lower() in DETERMINERS or span[0][2][:1].isupper()):
            # "a 52-count civil complaint filed by ...": the phrase ends at its head noun
            for k in range(len(span), 0, -1):
                np = self._noun_phrase(span[:k])
                if np is not None:
                    return np
        return None

    def _appositive(self, pos: int, hi: int) -> str | None:
        m = _APPOSITIVE.match(self.m[pos:hi])
        if m and any(_head(w) in _ROLES for w in m.group(1).split()[:5]):
            return clip_title(m.group(1))
        return None

    # -- rules -----------------------------------------------------------------------------

    def _cues(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        words = self._words(lo, hi)
        out = []
        for i, (s, e, w) in enumerate(words):
            nxt = words[i + 1][2] if i + 1 < len(words) else ""
            if w in {"put", "puts"} and nxt == "it":
                out.append((s, e, w))  # "as The New Yorker put it"
                continue
            if w.lower() not in CUE_FORMS or not w.islower():
                continue
            prev = words[i - 1][2].lower() if i else ""
            back = [x[2].lower() for x in words[max(0, i - 2) : i] if not x[2].lower().endswith("ly")]
            if w.endswith("ed") and back and back[-1] in _BE:
                continue  # "was widely ridiculed": passive, its subject is what was said
            if (
                prev in DETERMINERS
                or _state_adjective(words, i)
                or (nxt == "of" and prev in PREPOSITIONS)  # "greeted with chants of": the noun
                or prev in {"of", "his", "her", "my"}
                or (prev.endswith(("'s", "’s", "-night")) and _strip_possessive(prev) not in PRONOUNS)
                or (w == CUE_FORMS[w] and self._after_determined_name(words, i))
            ):
                continue  # "his tweets", "a flurry of posts": the noun, not the verb
            out.append((s, e, w))
        return out

    def speaks(self, lo: int, hi: int) -> bool:
        """Whether a speech verb (not a passive, not a noun) stands in the reporter's words [lo, hi)."""
        return bool(self._cues(lo, hi))

    @staticmethod
    def _after_determined_name(words: list[tuple[int, int, str]], i: int) -> bool:
        """ "a Donald Trump tweet", "the Clinton statement": a name between an article and the word."""
        k = i
        while k > 0 and words[k - 1][2][:1].isupper():
            k -= 1
        return k < i and k > 0 and words[k - 1][2].lower() in {"a", "an", "the"}

    def after(self, q: Found) -> Attribution | None:
        close = q.outer[-1][1]
        # The paragraph, not the sentence: '“...?” Trump said' splits after the question mark.
        hi = self.doc.paragraph_at(max(close - 1, 0)).end
        nxt = self._next_quote_start(q, hi)
        hi = min(hi, nxt)
        lead = _LEAD.match(self.m, close, hi)
        pos = lead.end() if lead else close
        words = self._words(pos, min(hi, pos + 400))  # the attribution is near, if anywhere
        if not words:
            return None
        if len(words) > 1 and words[0][2].lower() in DETERMINERS and words[1][2].lower() in _QUOTE_NOUNS:
            return None  # '"...," a phrase residents repeated': words about the quote, no attribution
        signed = _SIGNATURE.match(self.m, close, hi)
        if signed:
            # A letter or vox-pop signed after the quote: '“...” ― Carla Sanchez.'
            name = self._name_only(signed.start(1), signed.end(1))
            if name is not None:
                return Attribution(name, None, "after")
        w0 = words[0][2]
        if w0.lower() in CUE_FORMS and w0.islower():
            who = self.subject_following(words[0][1], hi)
            if who is not None:
                return Attribution(who, w0.lower(), "after")
        ended = self.doc.text[q.spans[-1][0] : q.spans[-1][1]].rstrip().endswith(".")
        for i, (s, e, w) in enumerate(words[:30]):
            if ended and self.doc.sentence_at(s).start >= pos:
                break  # '“... meltdown.” She says ...' starts a new sentence and a new statement
            put_it = w in {"put", "puts"} and i + 1 < len(words) and words[i + 1][2] == "it"
            cue = (
                w in CUE_FORMS
                and not _state_adjective(words, i)
                and not (w == CUE_FORMS[w] and self._after_determined_name(words, i))
            )
            if (put_it or cue) and i > 0:
                who = self.subject_ending(pos, s)
                between = self.m[pos : who.start].split() if who is not None else []
                as_said = who is not None and [x.lower() for x in between[:1]] == ["as"]
                as_said = as_said and who is not None and self._only_title(pos + 3, who.start)
                if who is not None and who.start >= pos and (self._only_title(pos, who.start) or as_said):
                    # '"...," as a Homeland Security memo put it' too
                    return Attribution(who, w.lower(), "after")
                if who is not None and who.start >= pos and self._closes_sentence(pos, who.start, e):
                    # 'A cashier who "steals $20" is held accountable, Warren said.'
                    return Attribution(who, w.lower(), "after")
                break
            if any(c in self.m[pos:s] for c in ';"“”') or self.doc.sentence_at(s).start > pos:
                break
        return None

    def _closes_sentence(self, lo: int, name: int, cue_end: int) -> bool:
        """Whether ", X said." ends the sentence: an attribution of the whole sentence."""
        sent = self.doc.sentence_at(lo)
        if not self.m[lo:name].rstrip().endswith(","):
            return False
        tail = self._words(cue_end, sent.end)
        return len(tail) <= 4 and not any(
            w.lower() in {"that", "what", "how", "why", "if"} for _, _, w in tail
        )

    def _only_title(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) holds nothing but a determiner and title words ("Tulsa police Chief")."""
        words = self._words(lo, hi)
        titled = any(_head(w) in _ROLES for _, _, w in words)  # "retired Air Force general"
        return len(words) <= 6 and not any(
            w.lower() in _NP_STOP
            or w.lower() in ADVERBS
            or (w.islower() and w in CUE_FORMS and w != "state")  # "state Sen. Teresa Vandermolen"
            or (w.islower() and (w.endswith("ly") or (w.endswith(("ed", "ing")) and not titled)))
            for _, _, w in words
        )

    def _next_quote_start(self, q: Found, default: int) -> int:
        for other in self.doc.quotes:
            if other.outer[0][0] >= q.outer[-1][1]:
                return other.outer[0][0]
        return default

    def before(self, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = self.doc.sentence_at(open_mark)
        opening = self._words(sent.start, min(open_mark, sent.start + 40))[:1]
        if opening and opening[0][2] in {"Said", "Says", "Added", "Asked", "Wrote", "Explained"}:
            # "Said Ellis: '...'": the inverted order, at the head of the sentence
            who = self.subject_following(opening[0][1], open_mark)
            if who is not None:
                return Attribution(who, opening[0][2].lower(), "before")
        cues = self._cues(sent.start, open_mark)
        fallback: Attribution | None = None
        for s, _, w in reversed(cues):
            lemma = CUE_FORMS.get(w.lower(), "put")
            if lemma in WEAK_CUES and len(self._words(s, open_mark)) > 12:
                continue
            opener = self.m[sent.start : s].split()
            if w.endswith("ing") and len(opener) <= 2 and all(x.lower() in _SUBORDINATORS for x in opener):
                # "After saying her foot was '...', she was taken ...": the main clause's subject
                who = self._main_subject(q.spans[-1][0], sent.end)
                if who is not None:
                    return Attribution(who, w.lower(), "before")
            lead_in = self.m[max(0, s - 30) : s].rstrip()
            linked = re.search(r",\s*(?:before|after|while|when)$", lead_in)
            if w.endswith("ing") and linked:
                # '"...," said Calloway, before adding: "..."': the quote before it in the
                # sentence, and its attribution, are the same speaker's
                earlier = [p for p in self.doc.quotes if sent.start <= p.outer[0][0] and p.outer[-1][1] <= s]
                att = self.after(earlier[-1]) if earlier else None
                if att is not None:
                    return Attribution(att.words, w.lower(), "before")
            if w.endswith("ing") and (lead_in.endswith(",") or linked):
                # "..., arguing that": the participle shares a subject with the clause before it,
                # the nearest earlier speech verb's ("Peskov said, adding:") or the sentence's.
                who = self.sentence_subject(s, _ALL_SUBJECT_PRONOUNS)
                if who is not None and fallback is None:
                    fallback = Attribution(who, w.lower(), "before")
                continue
            who = self.subject_ending(sent.start, s)
            if who is not None:
                return Attribution(who, w.lower(), "before")
        lead = self.m[sent.start : open_mark].rstrip()
        to_whom = _TO_WHOM.search(self.m, max(sent.start, open_mark - 25), open_mark)
        if fallback is None and to_whom:
            # "because to her, '...'": the quote is how it seems to her
            pron = Words(to_whom.start(1), to_whom.end(1), to_whom.group(1), "pronoun")
            return Attribution(pron, None, "before")
        if fallback is None and lead.endswith(":"):
            who = self._noun_colon(sent.start, open_mark) or self._subject_verb_colon(sent.start, open_mark)
            if who is not None:
                return Attribution(who, None, "before")
        return fallback

    def _subject_verb_colon(self, lo: int, hi: int) -> Words | None:
        """ "..., he grinned: '...'": a subject and its verb (and an adverb or two) just before
        the colon introduce the quote."""
        words = self._words(lo, hi)[-4:]
        for i in range(len(words) - 2, -1, -1):
            w = words[i][2]
            rest = [x[2] for x in words[i + 1 :]]
            if not all(x.islower() and x not in _NP_STOP and x not in DETERMINERS for x in rest):
                break
            if w.lower() in {"i", "he", "she", "we", "they"}:
                return Words(words[i][0], words[i][1], w, "pronoun")
            found = self.entities.name_at(lo, words[i][1])
            if found is not None and found[0].end == words[i][1]:
                m = found[0]
                return Words(m.start, m.end, self.m[m.start : m.end], "name")
        return None

    def _noun_colon(self, lo: int, hi: int) -> Words | None:
        """Whose words a colon after a speech noun introduces, in the clause [lo, hi).

        "Obama is rolling out a new campaign message:" gives the clause's subject;
        "this statement by Ada Brill on June 11:" gives the name after "by".
        """
        words = self._words(max(lo, hi - 100), hi)
        if any(_head(w[2]) in SPEECH_NOUNS or w[2].lower() in SPEECH_NOUNS for w in words[-3:]):
            return self._clause_subject(lo, hi)
        for i in range(max(0, len(words) - 8), len(words) - 2):
            if words[i][2].lower() in SPEECH_NOUNS and words[i + 1][2] == "by":
                k = i + 2
                while k < len(words) and words[k][2][:1].isupper():
                    k += 1
                return self._name_only(words[i + 2][0], words[k - 1][1]) if k > i + 2 else None
        return None

    def _main_subject(self, lo: int, hi: int) -> Words | None:
        """The subject opening the main clause after the comma that follows ``lo``."""
        comma = self.m.find(",", lo, hi)
        words = self._words(comma + 1, hi)[:4] if comma >= 0 else []
        if len(words) < 2 or (words[0][2].lower() in PRONOUNS and not words[1][2].islower()):
            return None
        if words[0][2].lower() in PRONOUNS:
            return Words(words[0][0], words[0][1], words[0][2], "pronoun")
        k = 0
        while k < len(words) and words[k][2][:1].isupper():
            k += 1
        return self._name_only(words[0][0], words[k - 1][1]) if k else None

    def _clause_subject(self, lo: int, hi: int) -> Words | None:
        """The last subject before ``hi``: a pronoun or a name followed by a verb.

        "... that I had to change my answer:" gives "I"; "President Obama is
        rolling out a new campaign message:" gives Obama.
        """
        words = self._words(lo, hi)
        for i in range(len(words) - 2, -1, -1):
            w, nxt = words[i][2], words[i + 1][2]
            if not nxt.islower() or nxt in PREPOSITIONS or nxt in DETERMINERS:
                continue
            if w.lower() in {"i", "he", "she", "we", "they"}:
                return Words(words[i][0], words[i][1], w, "pronoun")
            found = self.entities.name_at(lo, words[i][1])
            if w[:1].isupper() and found is not None and found[0].end == words[i][1]:
                m = found[0]
                return Words(m.start, m.end, self.m[m.start : m.end], "name")
        return self.sentence_subject(lo)  # "The piece used one of her quotes as its headline:"

    def according(self, q: Found) -> Attribution | None:
        sent = self.doc.sentence_at(q.outer[0][0])
        for m in re.finditer(r"\baccording to\s+", self.m[sent.start : sent.end], re.I):
            pos = sent.start + m.end()
            who = self.subject_following(pos, sent.end)
            if who is not None:
                return Attribution(who, "according to", "according")
        return None

    def transcript(self, q: Found) -> Attribution | None:
        """A transcript turn, '"PENCE: Well, look, ...': the tag names the speaker."""
        s, e = q.spans[0]
        tag = TURN_TAG.match(self.doc.text, s, e)
        if tag is None:
            return None
        tokens = [
            (m.start(), m.end(), m.group().title(), False)
            for m in re.finditer(r"[^\s]+", self.doc.text[tag.start(1) : tag.end(1)])
        ]
        titles, name = self.entities.split_title(tokens)  # "SEN. ADA HOLM": Ada Holm
        if not name:
            return None
        base = tag.start(1)
        words = Words(
            base + name[0][0],
            base + name[-1][1],
            " ".join(t[2] for t in name),
            "name",
            " ".join(titles) or None,
        )
        return Attribution(words, None, "transcript")

    def owner(self, q: Found) -> Attribution | None:
        """ "Trump's claim that there have been '...'": the owner of a speech noun before the quote."""
        open_mark = q.outer[0][0]
        sent = self.doc.sentence_at(open_mark)
        words = self._words(sent.start, open_mark)[-14:]
        for i in range(len(words) - 2, -1, -1):
            _, e, w = words[i]
            if not (w.endswith(("'s", "’s")) and w[:1].isupper()):
                continue
            nouns = [j for j in range(i + 1, min(i + 4, len(words))) if words[j][2].lower() in SPEECH_NOUNS]
            if not nouns:
                continue
            # the quote must be what was claimed ("claim that ..."), not said of it ("statement was")
            between = [x[2].lower() for x in words[nouns[0] + 1 :]]
            if (
                between
                and between[0] != "that"
                and (between[0] not in {"of", "about"} or _COPULAS & set(between))
            ):
                continue
            k = i
            while k > 0 and words[k - 1][2][:1].isupper():
                k -= 1
            who = self._name_only(words[k][0], e - 2)
            if who is not None:
                return Attribution(who, None, "owner")
        return None

    def colon(self, q: Found) -> Attribution | None:
        """A quote opening its paragraph after a paragraph that ends "Caddell continued:"."""
        para = q.paragraph
        if para == 0 or not self.opens_paragraph(q):
            return None
        prev = self.doc.paragraphs[para - 1]
        if not self.m[prev.start : prev.end].rstrip().endswith(":"):
            return None
        att = self._lead_in(prev, "colon")
        if att is None:
            # "Sanders made the following comment:"
            who = self._noun_colon(self.doc.sentence_at(prev.end - 1).start, prev.end)
            att = Attribution(who, None, "colon") if who is not None else None
        return att

    def prose_lead(self, q: Found) -> Attribution | None:
        """A quote opening a sentence after the reporter's sentence about its speaker.

        "..., Schiff said. "The other factor ..."" and "Lawrence Cummings called him a
        master at deals. "He showed again and again ..."" continue that speaker.
        """
        sent = self.doc.sentence_at(q.outer[0][0])
        if sent.index == 0 or not self.opens_sentence(q):
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph != q.paragraph or any(
            p.outer[0][0] < prev.end and p.end > prev.start for p in self.doc.quotes
        ):
            return None
        for s, _, w in reversed(self._cues(prev.start, prev.end)):
            who = self.subject_ending(prev.start, s)
            if who is not None:
                return Attribution(who, w.lower(), "lead-in")
            who = self.subject_following(s + len(w), prev.end)  # "..., noted NBC's Dante Chinni."
            if who is not None and self.m[prev.start : s].rstrip().endswith(","):
                return Attribution(who, w.lower(), "lead-in")
        return None

    def lead_in(self, q: Found) -> Attribution | None:
        """A quote paragraph after prose that ends on a speech cue ("Trump told the Journal that ...")."""
        if q.paragraph == 0 or not self.opens_paragraph(q):
            return None
        prev = self.doc.paragraphs[q.paragraph - 1]
        if any(p.paragraph <= prev.index <= p.last_paragraph for p in self.doc.quotes):
            return None
        return self._lead_in(prev, "lead-in")

    def _lead_in(self, prev: Paragraph, rule: str) -> Attribution | None:
        sent = self.doc.sentence_at(prev.end - 1)
        for s, _, w in reversed(self._cues(sent.start, prev.end)):
            if rule != "colon" and CUE_FORMS.get(w.lower(), "put") in WEAK_CUES:
                continue  # "Caddell continued:" introduces a quote; "continued to" prose does not
            who = self.subject_ending(sent.start, s)
            if who is not None:
                return Attribution(who, w.lower(), rule)
        return None

    def said_after(self, q: Found) -> tuple[bool, Attribution | None]:
        """Whether the sentence goes on after the quote to a speech verb, and its subject.

        '"You squeezed them" to drive up the price, she said': the words belong to
        that verb's subject, even when the rules could not read it, and so to nobody
        another quote would lend.
        """
        close = q.outer[-1][1]
        last = self.doc.text[q.spans[-1][0] : q.spans[-1][1]].rstrip()
        after = self._words(close, min(self.doc.paragraph_at(max(close - 1, 0)).end, close + 120))[:12]
        if not after or not (last.endswith(",") or after[0][2][:1].islower()):
            return False, None
        stop = next((i for i, w in enumerate(after) if self.m[w[1] : w[1] + 1] in ".!?;"), len(after) - 1)
        cues = self._cues(after[0][0], after[stop][1])
        if not cues:
            return False, None
        s, _, w = cues[0]
        who = self.subject_ending(after[0][0], s)
        return True, Attribution(who, w.lower(), "after") if who is not None else None

    def opens_paragraph(self, q: Found) -> bool:
        p = self.doc.paragraphs[q.paragraph]
        return not self.m[p.start : q.outer[0][0]].strip()

    def opens_sentence(self, q: Found) -> bool:
        sent = self.doc.sentence_at(q.outer[0][0])
        return not self.m[sent.start : q.outer[0][0]].strip()

    def embedded(self, q: Found) -> bool:
        """A quote woven into the reporter's sentence (not after a colon or at its start)."""
        sent = self.doc.sentence_at(q.outer[0][0])
        lead = self.m[sent.start : q.outer[0][0]].rstrip()
        return bool(lead) and not lead.endswith((":", ","))


class Resolver:
    """Turns speaker words into a canonical name, remembering who spoke where."""

    def __init__(self, doc: Document, entities: Entities) -> None:
        self.doc = doc
        self.entities = entities
        self.spoken: list[tuple[int, int, Entity]] = []  # (pos, sentence, speaker)
        # Every "he" and "she" of the reporter's text, resolved in reading order as
        # reading reaches it, so that "Fowler said ... he argued ... 'Quote,' he said"
        # follows the chain instead of jumping to a name met in between.
        self._pending = [(m.start(), m.group().lower()) for m in _SUBJECT_PRONOUN.finditer(doc.masked)]
        self._next = 0
        self._resolved: dict[int, Entity | None] = {}
        self.chain: list[tuple[int, int, Entity]] = []  # (pos, sentence, entity)

    def note_speaker(self, pos: int, entity: Entity) -> None:
        self.spoken.append((pos, self.doc.sentence_at(pos).index, entity))

    def resolve(self, words: Words) -> tuple[Entity | None, str | None]:
        if words.kind == "pronoun":
            return self.pronoun(words.text.lower(), words.start), None
        if words.kind == "name":
            found = self.entities.name_at(words.start, words.end)
            entity = found[1] if found else self.entities.resolve_name(words.text)
            return entity, words.title or entity.title
        return self.noun_phrase(words), None

    def noun_phrase(self, words: Words) -> Entity | None:
        tokens = words.text.split()
        for i, t in enumerate(tokens[1:], 1):
            if t.lower() in _PHRASE_PREPOSITIONS:
                tokens = tokens[:i]  # "a narrator in the Clinton ad": the narrator
                break
        head = _head(tokens[-1])
        if head in _SHARES:
            return None
        entity = self.entities.by_role(head, words.start)
        if entity is not None:
            return entity
        if head in {"company", "firm"} and tokens[0].lower() == "the" and len(tokens) == 2:
            # "the company said" about the organisation the story is about
            found = self._salient(words.start, "n", person=False)
            return found if found is not None and found.kind == "org" else None
        caps = [t for t in tokens if t[:1].isupper() and t.lower() not in DETERMINERS]
        if head in _DOCUMENTS and not caps:
            return self._issuer(words)
        if head in ORG_ROLES and caps:
            # "a Times article": the organisation already met whose name holds "Times"
            known = self.entities.lookup(" ".join(caps))  # "the IMF report"
            owners = {id(known): known} if known is not None and known.kind == "org" else {}
            owners = owners or {
                id(e): e
                for _, e in self.entities.mentions_before(words.start)
                if e.kind == "org" and all(c in e.name.split() for c in caps)
            }
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                owner.roles.add(head)  # so that "the article" later is the same Times article
                return owner
            text = " ".join(t for t in tokens if t.lower() not in DETERMINERS)
            return Entity(name=text, kind="org")
        modifiers = tokens[1:-1]
        described = any(t[:1].isupper() or t.lower() in _DESCRIPTIVE for t in modifiers)
        if (head in PERSON_ROLES or head in _PARTY_MEMBERS) and tokens[0].lower() == "the" and described:
            # "the New York businessman", "the former secretary of state": a definite
            # description of someone the reader already knows (not "the band leader").
            return self._salient(words.start, GENDERED_ROLES.get(head), person=True)
        return None

    def _issuer(self, words: Words) -> Entity | None:
        """Who put out the document that speaks: "the campaign's website", "X issued a statement"."""
        found = self.entities.name_at(words.start, words.end)
        if found is not None and self.doc.masked.startswith(("'s", "’s"), found[0].end):
            return found[1]  # "a document on the Trump campaign's website"
        sent = self.doc.sentence_at(words.start)
        issued = _ISSUED.search(self.doc.masked, sent.start, words.start)
        if issued is None:
            return None
        found = self.entities.name_at(sent.start, issued.start())
        if found is not None and found[0].subject and not found[0].possessive:
            return found[1]  # "the Security Council issued a statement calling ..."
        return None

    def pronoun(self, pron: str, pos: int) -> Entity | None:
        gender = PRONOUNS.get(_OBJECT_PRONOUNS.get(pron, pron))
        if gender in (None, "s"):
            return None
        self._read_to(pos)
        if pos in self._resolved:
            return self._resolved[pos]
        if gender in ("m", "f"):
            own = self._possessive_statement(pos, gender)
            found = own if own is not None else self._salient(pos, gender, person=True)
        else:
            # "it" is an organisation or a country, "they" an organisation or a group
            found = self._salient(pos, gender, person=False)
        self._resolved[pos] = found
        return found

    def _read_to(self, pos: int) -> None:
        """Resolve the reporter's "he" and "she" before ``pos``, each as the reader meets it."""
        while self._next < len(self._pending) and self._pending[self._next][0] < pos:
            at, pron = self._pending[self._next]
            self._next += 1
            entity = self.pronoun(pron, at)
            if entity is not None:
                self.chain.append((at, self.doc.sentence_at(at).index, entity))

    def _possessive_statement(self, pos: int, gender: str) -> Entity | None:
        """ "Trump's previous statement ..., where he said": the statement's owner."""
        sent = self.doc.sentence_at(pos)
        for m, e in reversed(self.entities.in_sentence(sent.index)):
            if m.end > pos:
                continue
            if m.possessive and e.kind != "org" and e.gender in (gender, None):
                after = _words(self.doc.masked, m.end + 2, min(pos, m.end + 40))[:3]
                if any(w[2].lower() in SPEECH_NOUNS for w in after):
                    return e
        return None

    def _salient(self, pos: int, gender: str | None, person: bool) -> Entity | None:
        """The most salient earlier speaker or subject that agrees in gender and kind."""
        here = self.doc.sentence_at(pos).index

        spoken = {id(e) for _, _, e in self.spoken}

        def fits(e: Entity) -> bool:
            if not person:
                return e.kind in ("org", "place") if gender == "n" else e.kind in ("org", "group")
            if gender is not None and e.gender not in (gender, None):
                return False
            if e.kind == "unknown":
                # a lone capitalised word ("Republican") is no antecedent unless it spoke
                return len(e.words) > 1 or e.speaks or id(e) in spoken
            return e.kind == "person"

        best: tuple[float, Entity] | None = None
        for sent in range(here, max(-1, here - 8), -1):
            distance = here - sent
            in_sent = [(m, e) for m, e in self.entities.in_sentence(sent) if m.end <= pos and fits(e)]
            speakers = [e for p, s, e in self.spoken if s == sent and p < pos and fits(e)]
            speakers += [e for m, e in in_sent if m.speaker and sent != here]
            subjects = sorted(
                [(m.start, e) for m, e in in_sent if m.subject or (m.clause_subject and sent == here)]
                + [(p, e) for p, s, e in self.chain if s == sent and p < pos and fits(e)],
                key=lambda pe: pe[0],
            )
            others = [e for m, e in in_sent if not (m.possessive or m.modifier)]
            if sent == here:
                # "Hale called Nora Bell a 'disgrace' after she ...": a name in the same
                # sentence only when its gender is known to agree
                others = [e for e in others if person and gender is not None and e.gender == gender]
            # a newcomer introduced in passing ("concerns Henry Crespo, president of ...")
            newcomers = [e for m, e in in_sent if m.first and e.kind == "person"] if sent != here else []
            groups = (speakers[-1:], [e for _, e in subjects[:1]], newcomers[-1:], others[-1:])
            for rank, group in enumerate(groups):
                for e in group:
                    unknown = person and gender is not None and e.gender != gender
                    if unknown and distance > 2:
                        continue  # a name of unknown gender is only a near antecedent
                    # a name met in passing ranks below a speaker or a subject one sentence further
                    score = distance + 1.0 * unknown + (0.0, 0.5, 0.75, 1.25)[rank]
                    if best is None or score < best[0]:
                        best = (score, e)
        return best[1] if best else None
