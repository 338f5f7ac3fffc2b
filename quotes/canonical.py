"""One name per person within an article: a bare surname becomes the fullest name the article gives.

The extractor names a speaker as the sentence does; an article that says "Hillary
Clinton" in its headline and "Clinton" everywhere else leaves most quotes under a
bare "Clinton". This stage runs after extraction, on the extracted quotes, the
article text and its headline, in small steps:

1. ``mentions``: every place the article (headline included) writes the surname,
   with the given names before it ("Bill Clinton") and the title or honorific
   before those ("Former President", "Mrs.").
2. ``candidates``: the people of that surname the article names in full, one per
   person ("Paul Ryan" and "Paul D. Ryan" are one, under the fuller name), each
   with the sex and titles the article gives them (first name, honorific, title,
   the pronouns of their attributed quotes).
3. ``evidence``: for each quote left with a bare surname, what says who it is:
   the title or honorific before its mention ("Mrs. Clinton", "President Obama"),
   a pronoun mention ("she"), its ``speaker_title``; failing that, what the whole
   article says about the bare surname when it all agrees (every "Mr. Obama").
4. ``choose``: the one candidate that the evidence fits and no evidence
   contradicts; with a single candidate, it unless the evidence contradicts it.

A surname the article never completes, or cannot settle, stays a surname; its
evidence is kept on the quote (``speaker_sex``, and ``speaker_title`` when the
quote had none) for the people registry (``quotes.people``) to use across the
store. Pure: the same quotes, text and title give the same result.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quotes import names
from quotes.extract import lexicon
from quotes.model import Quote

_WORD = re.compile(r"[\w.'’\-]+")
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")

_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Words that stay with a title before a name: "Former President", "Vice President", "First Lady".
_TITLE_LINKS = {"former", "vice", "first", "deputy", "acting", "then", "then-", "ex"}
# First names that are also words opening a question or a clause: "Will Sanders win?"
_NOT_FIRST = lexicon.NOT_NAMES | {"will", "can", "did", "had", "has", "would", "should", "could", "must"}
_NOT_GIVEN = (
    lexicon.NOT_NAMES
    | lexicon.PERSON_ROLES
    | lexicon.ORG_ROLES
    | lexicon.ORG_WORDS
    | lexicon.GROUPS
    | lexicon.PLACES
    | set(lexicon.TITLE_ABBREVIATIONS)
    | set(lexicon.HONORIFICS)
    | _TITLE_LINKS
)


# One-word speakers that are no surname: "Office" must not become "County Office".
_NOT_SURNAMES = lexicon.PLACES | lexicon.ORG_WORDS | lexicon.ORG_ROLES | lexicon.ORG_HEADS | lexicon.GROUPS


@dataclass(frozen=True)
class Evidence:
    """What the article says about who a name is: a sex (``m``/``f``) and title words."""

    sex: str | None = None
    titles: frozenset[str] = frozenset()

    def __or__(self, other: Evidence) -> Evidence:
        """Both together; two different sexes make ``?`` (the article disagrees with itself)."""
        if self.sex is None or self.sex == other.sex:
            sex = other.sex
        elif other.sex is None:
            sex = self.sex
        else:
            sex = "?"
        return Evidence(sex, self.titles | other.titles)


@dataclass(frozen=True)
class Written:
    """The surname written at ``start`` with the given names and title words before it."""

    given: tuple[str, ...]
    evidence: Evidence
    start: int
    title: str = ""  # as written, honorific left out: "Former President"


def title_words(title: str | None) -> frozenset[str]:
    """The role words of a title, abbreviations spelled out: "the former secretary of State"
    gives {"secretary"}."""
    if not title:
        return frozenset()
    words = set()
    for raw in title.split():
        w = raw.casefold().strip(",;:()")
        w = lexicon.TITLE_ABBREVIATIONS.get(w, lexicon.TITLE_ABBREVIATIONS.get(w + ".", w))
        w = lexicon.ROLE_SYNONYMS.get(w, w)
        if w in lexicon.PERSON_ROLES and w not in ("person", "people", "source", "member"):
            words.add(w)
    return frozenset(words)


def title_sex(title: str | None) -> str | None:
    """``m`` or ``f`` when a title says it ("Mrs.", "spokeswoman", "First Lady")."""
    for raw in (title or "").split():
        w = raw.casefold().strip(",;:()")
        sex = lexicon.HONORIFICS.get(w) or lexicon.GENDERED_ROLES.get(w)
        if sex:
            return sex
    return None


def first_name_sex(name: str) -> str | None:
    words = names.fold(name).split()
    return lexicon.FIRST_NAME_GENDER.get(words[0]) if len(words) > 1 else None


@functools.lru_cache(maxsize=8192)
def word_pattern(word: str) -> re.Pattern[str]:
    """``word`` written as a word of its own (not inside a longer or hyphenated word), compiled
    once: names recur across articles, more of them than ``re``'s cache of 512 patterns holds."""
    return re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])")


def mentions(surname: str, text: str, *, headline: bool = False) -> tuple[Written, ...]:
    """Where ``text`` writes ``surname`` as a word, with the given names and title before it.
    Kept for the last few (surname, text) asked: an article's bare surnames are looked up in
    it by ``canonicalise`` (twice) and again for the people registry (``people.contribution``).

    A given name is an initial or a first name of the census table; a word the
    table does not know ("Jeh", "Ammon") counts only nearest the surname, never
    at the start of a sentence ("Had Sanders won", "Given Sanders's record"), and
    never in a headline, where every word is capitalised ("Calls Hillary Clinton"
    gives "Hillary", never "Calls"; "Hacker Guccifer" gives nothing).
    """
    return _mentions(surname, text, headline)


@functools.lru_cache(maxsize=64)
def _mentions(surname: str, text: str, headline: bool) -> tuple[Written, ...]:
    found = []
    for m in word_pattern(surname).finditer(text):
        begin = max(0, m.start() - 120)
        before = text[begin : m.start()]
        words = list(_WORD.finditer(before))
        given: list[str] = []
        title: list[str] = []
        edge = len(before)
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            gap = before[w.end() : edge]
            edge = w.start()
            if gap != " ":
                break
            word, low = w.group(), w.group().casefold()
            if _determined_place(words, k):
                break  # "moved to the U.S. Smith said": a country, not a person's initials
            if low in lexicon.HONORIFICS:
                title.insert(0, word)
                break
            if low in lexicon.TITLE_ABBREVIATIONS or (word[0].isupper() and low in lexicon.PERSON_ROLES):
                title.insert(0, word)
                continue
            if title:
                if low in _TITLE_LINKS:
                    title.insert(0, word)
                    continue
                break
            if _INITIAL.fullmatch(word) or (low in lexicon.FIRST_NAME_GENDER and low not in _NOT_FIRST):
                if word[0].isupper():
                    given.insert(0, word)
                    continue
                break
            if given and not _INITIAL.fullmatch(given[0]):
                break  # nothing the table does not know stands before a first name
            strict = headline or sentence_start(text, begin + w.start())
            if _is_given(word, strict):
                given.insert(0, word)
                continue
            break
        label = " ".join(title)
        sex = title_sex(label) or (lexicon.FIRST_NAME_GENDER.get(given[0].casefold()) if given else None)
        written = " ".join(w for w in title if w.casefold() not in lexicon.HONORIFICS)
        found.append(Written(tuple(given), Evidence(sex, title_words(label)), m.start(), written))
    return tuple(found)


def _determined_place(words: Sequence[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` is a place's dotted acronym after a determiner ("the U.S."), which
    the extractor reads as a country, never a person's initials, before a surname: see
    ``Entities.split_title``."""
    low = words[k].group().casefold()
    return (
        "." in low
        and low in lexicon.PLACES
        and k > 0
        and words[k - 1].group().casefold() in lexicon.DETERMINERS
    )


def sentence_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or a paragraph (after "Sen." it does not)."""
    prefix = text[:at].rstrip(" ")
    if not prefix or prefix[-1] in '\n!?"“”:—(':
        return True
    if prefix[-1] != ".":
        return False
    last = prefix.split()[-1].casefold()
    return not (
        last in lexicon.TITLE_ABBREVIATIONS or last in lexicon.HONORIFICS or _INITIAL.fullmatch(last.upper())
    )


def _is_given(word: str, strict: bool) -> bool:
    if _INITIAL.fullmatch(word):
        return True
    if not word[0].isupper() or word.endswith(".") or any(c.isdigit() for c in word):
        return False
    if (len(word) > 1 and word.isupper()) or any(p[:1].islower() for p in word.split("-")[1:]):
        return False  # "SEAL Ty Woods", "Oscar-winner Sarandon"
    if word.endswith(("'s", "’s", "'", "’")):
        return False  # "Trump's Virginia", "Bush's Facebook"
    low = word.casefold()
    if low in lexicon.FIRST_NAME_GENDER:
        return True
    return not strict and low not in _NOT_GIVEN and low.rstrip("'’s") not in _NOT_GIVEN


@dataclass(frozen=True)
class Candidate:
    """A person of the surname whom the article names in full."""

    name: str
    evidence: Evidence


def quote_evidence(quote: Quote, text: str) -> Evidence:
    """What one quote says about its speaker: a pronoun mention, the title before the mention, its title."""
    ev = Evidence(title_sex(quote.speaker_title), title_words(quote.speaker_title))
    mention = quote.speaker_mention
    if mention is None:
        return ev
    sex = _PRONOUN_SEX.get(mention.text.casefold())
    if sex:
        return ev | Evidence(sex)
    if len(mention.text.split()) == 1:
        # "Mrs. Clinton said": the mention is "Clinton", the title stands before it.
        begin = max(0, mention.start - 120)
        for m in mentions(mention.text, text[begin : mention.end]):
            if m.start == mention.start - begin:
                ev = ev | m.evidence
    return ev


def fits(candidate: Evidence, ev: Evidence) -> tuple[bool, bool]:
    """(contradicts, agrees): a known sex or shared title word agrees; a different known sex,
    or titles on both sides with none in common, contradicts."""
    contradicts = agrees = False
    if ev.sex in ("m", "f") and candidate.sex in ("m", "f"):
        contradicts |= ev.sex != candidate.sex
        agrees |= ev.sex == candidate.sex
    if ev.titles and candidate.titles:
        if ev.titles & candidate.titles:
            agrees = True
        else:
            contradicts = True
    return contradicts, agrees


def pick(known: Sequence[Evidence], ev: Evidence, *, named: bool) -> int | None:
    """Which of the people with evidence ``known`` the evidence ``ev`` means, or None.

    Those it contradicts are set aside. Of the rest, the only one left, when the
    article names them (``named``) or ``ev`` agrees with them; else the only one
    whose title ``ev`` gives ("President Vell": the Vell called president), the
    others having no title to rule them out. A sex alone never picks among people
    whose sex is not known: "he" is not Gary Johnson because Jeh is not known a man.
    """
    left = [i for i, k in enumerate(known) if not fits(k, ev)[0]]
    if len(left) == 1 and (named or fits(known[left[0]], ev)[1]):
        return left[0]
    titled = [i for i in left if ev.titles & known[i].titles]
    return titled[0] if len(titled) == 1 else None


def choose(candidates: Sequence[Candidate], ev: Evidence) -> Candidate | None:
    """The candidate (a person the article names in full) that ``ev`` means (see ``pick``)."""
    i = pick([c.evidence for c in candidates], ev, named=True)
    return None if i is None else candidates[i]


def candidates(surname: str, quotes: Sequence[Quote], text: str, title: str | None) -> list[Candidate]:
    """The people named in full with ``surname``, one per person, fullest name first in each."""
    full: dict[str, Evidence] = {}
    for m in mentions(surname, text) + mentions(surname, title or "", headline=True):
        if m.given:
            name = " ".join((*m.given, surname))
            full[name] = full.get(name, Evidence()) | m.evidence
    key = names.fold(surname)
    for q in quotes:
        if q.speaker and len(q.speaker.split()) > 1 and names.fold(q.speaker).split()[-1] == key:
            full[q.speaker] = full.get(q.speaker, Evidence()) | quote_evidence(q, text)
    found = []
    for group in names.variants(full):
        ev = Evidence()
        for name in group:
            ev = ev | full[name] | Evidence(first_name_sex(name))
        fullest = max(group, key=lambda n: (len(n.split()), len(n), n))
        found.append(Candidate(fullest, ev))
    return sorted(found, key=lambda c: c.name)


def canonicalise(quotes: Sequence[Quote], text: str, title: str | None = None) -> tuple[Quote, ...]:
    """``quotes`` with each bare-surname speaker given the fullest name the article (headline
    included) gives that person, where it can tell who; otherwise the evidence kept."""
    bare = {
        q.speaker
        for q in _attributed(quotes)
        if q.speaker and len(q.speaker.split()) == 1 and names.fold(q.speaker) not in _NOT_SURNAMES
    }
    if not bare:
        return tuple(quotes)
    known = {s: candidates(s, quotes, text, title) for s in bare}
    article_ev = {s: _article_evidence(s, quotes, text) for s in bare}
    out = []
    for q in quotes:
        out.append(_resolve(q, text, known, article_ev))
    return tuple(out)


def _attributed(quotes: Iterable[Quote]) -> Iterable[Quote]:
    for q in quotes:
        yield q
        yield from _attributed(q.nested)


def _article_evidence(surname: str, quotes: Sequence[Quote], text: str) -> Evidence:
    """What the article says of the bare surname: its titled mentions ("Mr. Obama") and its quotes."""
    ev = Evidence()
    for m in mentions(surname, text):
        if not m.given:
            ev = ev | m.evidence
    for q in _attributed(quotes):
        if q.speaker == surname:
            ev = ev | quote_evidence(q, text)
    return ev


def _resolve(
    q: Quote, text: str, known: dict[str, list[Candidate]], article_ev: dict[str, Evidence]
) -> Quote:
    nested = tuple(_resolve(n, text, known, article_ev) for n in q.nested)
    if not q.speaker or q.speaker not in known:
        return replace(q, nested=nested) if nested != q.nested else q
    found = known[q.speaker]
    own = quote_evidence(q, text)
    chosen = choose(found, own) if found else None
    whole = article_ev[q.speaker]
    if chosen is None and found and whole.sex != "?" and not _contradict(own, whole):
        chosen = choose(found, own | whole)
    if chosen is not None:
        return replace(q, speaker=chosen.name, nested=nested)
    ev = own if _contradict(own, whole) else own | whole
    sex = ev.sex if ev.sex in ("m", "f") else None
    title = q.speaker_title
    if title is None and ev.titles:
        # the title the article gives the bare surname most often: "President" of "President Obama"
        written = Counter(m.title for m in mentions(q.speaker, text) if m.title and not m.given)
        title = written.most_common(1)[0][0] if written else None
    return replace(q, speaker_sex=sex, speaker_title=title, nested=nested)


def _contradict(own: Evidence, whole: Evidence) -> bool:
    return own.sex in ("m", "f") and whole.sex in ("m", "f") and own.sex != whole.sex
