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
from dataclasses import dataclass, field

from quotes.document import Document
from quotes.lexicon import (
    DETERMINERS,
    FIRST_NAME_GENDER,
    GENDERED_ROLES,
    HONORIFICS,
    NOT_NAMES,
    ORG_ROLES,
    ORG_WORDS,
    PERSON_ROLES,
    PREPOSITIONS,
    ROLE_SYNONYMS,
    TITLE_ABBREVIATIONS,
)

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’.\-]*")
_MALE_PRONOUN = re.compile(r"\b(?:he|him|his|himself)\b")
_FEMALE_PRONOUN = re.compile(r"\b(?:she|her|hers|herself)\b")
_PARTICLES = {"de", "van", "von", "der", "bin", "al", "la", "du", "del", "da", "le", "di"}
_TITLE_WORDS = {w for w in PERSON_ROLES if w not in {"member", "voter", "supporter", "father", "mother"}} | {
    "vice",
    "foreign",
    "deputy",
    "former",
    "first",
    "lady",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    *TITLE_ABBREVIATIONS,
}
_SPEECH_NOUNS = set(
    """statement statements remarks remark comments comment speech interview tweet tweets post words
    claim claims promise pledge vow answer response message letter op-ed""".split()
)


def role_key(word: str) -> str:
    w = word.lower().strip(".,")
    w = TITLE_ABBREVIATIONS.get(w, w)
    return ROLE_SYNONYMS.get(w, w)


@dataclass
class Entity:
    """A person or organisation of the article (mutable while the article is read)."""

    name: str
    kind: str  # "person", "org" or "unknown"
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    title: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    @property
    def first(self) -> str:
        return self.name.split()[0].lower()


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    possessive: bool
    subject: bool
    sentence: int


def _clean(tok: str) -> tuple[str, bool]:
    possessive = tok.endswith(("'s", "’s"))
    if possessive:
        tok = tok[:-2]
    elif tok.endswith(("'", "’")):
        tok = tok[:-1]
    if tok.endswith(".") and not (len(tok) == 2 or tok.lower() in TITLE_ABBREVIATIONS or tok.count(".") > 1):
        tok = tok[:-1]
    return tok, possessive


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


class Entities:
    """The article's entities, and the mentions that refer to them, in reading order."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self.mentions: list[tuple[NameMention, Entity]] = []
        self._by_full: dict[str, Entity] = {}
        for sentence in doc.sentences:
            for run in self._runs(sentence.start, sentence.end):
                self._register(run, sentence.index)
        self._learn_genders()

    def _learn_genders(self) -> None:
        """Read a gender the first-name table lacks from the pronouns that follow a name.

        Only the reporter's words count (quotes are masked) and only up to the
        next name, so "Norman Ham ... he" marks Ham, not someone named later.
        """
        votes: dict[int, list[int]] = {}
        for k, (m, e) in enumerate(self.mentions):
            if e.gender is not None or e.kind == "org":
                continue
            stop = self.mentions[k + 1][0].start if k + 1 < len(self.mentions) else len(self.doc.masked)
            window = self.doc.masked[m.end : min(stop, m.end + 250)].lower()
            male = len(_MALE_PRONOUN.findall(window))
            female = len(_FEMALE_PRONOUN.findall(window))
            tally = votes.setdefault(id(e), [0, 0])
            tally[0] += male
            tally[1] += female
        for e in self.entities:
            male, female = votes.get(id(e), [0, 0])
            if male and not female:
                e.gender = "m"
            elif female and not male:
                e.gender = "f"

    # -- reading names ---------------------------------------------------------------

    def _runs(self, lo: int, hi: int) -> list[list[tuple[int, int, str, bool]]]:
        """Runs of capitalised tokens (with particles) in masked text."""
        runs: list[list[tuple[int, int, str, bool]]] = []
        cur: list[tuple[int, int, str, bool]] = []
        last_end = -1
        for m in _TOKEN.finditer(self.doc.masked, lo, hi):
            raw = m.group()
            tok, poss = _clean(raw)
            start, end = m.start(), m.start() + len(tok)
            joined = cur and self.doc.masked[last_end:start] == " " and not cur[-1][3]
            if _is_cap(tok) or (joined and tok in _PARTICLES):
                if not joined:
                    if cur:
                        runs.append(cur)
                    cur = []
                cur.append((start, end, tok, poss))
                last_end = m.end() if not raw.endswith(",") else -1
                if raw.endswith((",", ";", ":")):
                    runs.append(cur)
                    cur = []
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        return [self._trim(r) for r in runs if self._trim(r)]

    @staticmethod
    def _trim(run: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
        # "Injecting Clinton", "Asked Trump": a sentence-initial verb is not part of the name.
        while run and (
            run[0][2].lower() in NOT_NAMES
            or run[0][2] in _PARTICLES
            or (
                len(run) > 1
                and len(run[0][2]) > 5
                and run[0][2].lower().endswith(("ing", "ed"))
                and run[0][2].lower() not in FIRST_NAME_GENDER
            )
        ):
            run = run[1:]
        while run and run[-1][2] in _PARTICLES:
            run = run[:-1]
        return run

    def split_title(
        self, run: list[tuple[int, int, str, bool]]
    ) -> tuple[list[str], list[tuple[int, int, str, bool]]]:
        """Split "Russian President Vladimir Putin" into its title words and its name."""
        cut = 0
        for i, (_, _, tok, _) in enumerate(run[:-1]):
            low = tok.lower()
            rest = run[i + 1 :]
            # "Security Council Dmitry Medvedev" splits, "the Daily Beast" does not.
            person_after = len(rest) > 1 or rest[0][2].lower() in FIRST_NAME_GENDER
            if low in _TITLE_WORDS or low in HONORIFICS or (low in ORG_WORDS and person_after):
                cut = i + 1
            elif i > 0 and low in FIRST_NAME_GENDER and run[i - 1][2].lower() not in FIRST_NAME_GENDER:
                cut = i
        return [t[2] for t in run[:cut]], run[cut:]

    def _register(self, run: list[tuple[int, int, str, bool]], sentence: int) -> None:
        titles, name_run = self.split_title(run)
        if not name_run:
            return
        start, end = name_run[0][0], name_run[-1][1]
        text = " ".join(t[2] for t in name_run)
        possessive = name_run[-1][3]
        before = self.doc.masked[self.doc.sentences[sentence].start : run[0][0]].split()
        subject = not before or (before[-1].lower().strip(",") not in PREPOSITIONS and len(before) <= 3)
        mention = NameMention(start, end, text, possessive, subject, sentence)
        entity = self.entity_for(text, start, titles=titles)
        for word in titles:
            self._add_role(entity, word)
        self._descriptors(entity, run[0][0], end)
        self.mentions.append((mention, entity))

    def _add_role(self, entity: Entity, word: str) -> None:
        key = role_key(word)
        low = word.lower()
        if low in HONORIFICS:
            entity.gender = entity.gender or HONORIFICS[low]
            entity.kind = "person"
        if key in PERSON_ROLES or key in ORG_ROLES:
            entity.roles.add(key)
            if key in PERSON_ROLES and entity.kind == "unknown":
                entity.kind = "person"
            if key in ORG_ROLES and entity.kind == "unknown":
                entity.kind = "org"
            gender = GENDERED_ROLES.get(low)
            if gender and not entity.gender:
                entity.gender = gender

    def _descriptors(self, entity: Entity, run_start: int, end: int) -> None:
        """Roles from the words just before the name and from an appositive after it."""
        m = self.doc.masked
        before = re.search(r"((?:[\w\-’']+\s+){1,4})$", m[max(0, run_start - 60) : run_start])
        if before:
            words = before.group(1).split()
            desc: list[str] = []
            for w in reversed(words):
                low = w.lower()
                if low in DETERMINERS or low in PREPOSITIONS or low in NOT_NAMES or low.endswith("ly"):
                    break
                if low.endswith("ed") and "-" not in low:
                    break
                desc.insert(0, w)
            if desc and any(role_key(w) in PERSON_ROLES or role_key(w) in ORG_ROLES for w in desc):
                for w in desc:
                    self._add_role(entity, w)
                entity.title = entity.title or " ".join(desc)
        after = re.match(
            r",\s+((?:a|an|the)\s+)?([^,.;:()]{2,70}?)(?=[,.;:(]|\s+(?:said|says|told)\b)", m[end:]
        )
        if after:
            words = after.group(2).split()
            if words and (
                after.group(1) or role_key(words[0]) in PERSON_ROLES | ORG_ROLES or words[0].isupper()
            ):
                roles = [w for w in words[:4] if role_key(w) in PERSON_ROLES or role_key(w) in ORG_ROLES]
                if roles:
                    for w in roles:
                        self._add_role(entity, w)
                    entity.title = entity.title or ((after.group(1) or "") + after.group(2)).strip()

    # -- entities ----------------------------------------------------------------------

    def entity_for(self, name: str, pos: int, titles: list[str] | None = None) -> Entity:
        """The entity a name refers to, registering a new one for a new full name."""
        key = name.lower()
        if key in self._by_full:
            return self._by_full[key]
        tokens = name.split()
        if len(tokens) == 1:
            matches = self._short_matches(key)
            if len(matches) == 1:
                self._by_full[key] = matches[0]
                return matches[0]
        else:
            for e in self.entities:
                et = e.name.lower().split()
                if et[0] == tokens[0].lower() and et[-1] == tokens[-1].lower():
                    self._by_full[key] = e
                    return e
        entity = Entity(name=name, kind=self._kind(tokens, titles or []))
        first = tokens[0].lower()
        if entity.kind == "person" and first in FIRST_NAME_GENDER:
            entity.gender = FIRST_NAME_GENDER[first]
        self.entities.append(entity)
        self._by_full[key] = entity
        # A surname met before its full name ("Trump ... Donald Trump") joins it.
        if len(tokens) > 1:
            short = tokens[-1].lower()
            prior = self._by_full.get(short)
            if prior is not None and prior is not entity and len(prior.name.split()) == 1:
                self._merge(prior, entity)
        return entity

    def _merge(self, old: Entity, new: Entity) -> None:
        new.roles |= old.roles
        new.title = new.title or old.title
        new.gender = new.gender or old.gender
        for k, v in list(self._by_full.items()):
            if v is old:
                self._by_full[k] = new
        self.mentions = [(m, new if e is old else e) for m, e in self.mentions]
        self.entities = [e for e in self.entities if e is not old]

    def _short_matches(self, key: str) -> list[Entity]:
        by_surname = [e for e in self.entities if len(e.name.split()) > 1 and e.surname == key]
        if by_surname:
            return by_surname
        return [e for e in self.entities if len(e.name.split()) > 1 and e.first == key and e.kind == "person"]

    @staticmethod
    def _kind(tokens: list[str], titles: list[str]) -> str:
        low = [t.lower().strip(".") for t in tokens]
        if any(t in ORG_WORDS for t in low) or any(t.lower() in ORG_WORDS for t in titles[-1:]):
            return "org"
        if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
            return "org"
        if low[0] in FIRST_NAME_GENDER or any(t.lower() in HONORIFICS for t in titles):
            return "person"
        if titles and role_key(titles[-1]) in PERSON_ROLES:
            return "person"
        return "unknown"

    def name_at(self, start: int, end: int) -> tuple[NameMention, Entity] | None:
        """The registered mention inside [start, end), the last one if several."""
        found = None
        for m, e in self.mentions:
            if m.start >= start and m.end <= end:
                found = (m, e)
        return found

    def resolve_name(self, name: str) -> Entity:
        key = name.lower()
        if key in self._by_full:
            return self._by_full[key]
        return self.entity_for(name, 0)

    def by_role(self, head: str, before: int) -> Entity | None:
        key = role_key(head)
        best = None
        for m, e in self.mentions:
            if m.start >= before:
                break
            if key in e.roles:
                best = e
        return best

    def mentions_before(self, pos: int) -> list[tuple[NameMention, Entity]]:
        return [(m, e) for m, e in self.mentions if m.end <= pos]
