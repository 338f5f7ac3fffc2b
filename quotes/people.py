"""The people registry: one entry per person across the store, built from the records by rules.

Records name speakers as their articles do ("Hillary Clinton" in one, a bare
"Clinton" in another); the registry says which names are one person, so that
``by``, ``search --speaker`` and ``speakers`` work on people, not strings. It is
built from the records and the merges of ``corrections.yaml`` by these rules,
in order (``RULES`` lists them back; each entry of ``people.yaml`` says which
joined each of its names):

1. ``not a speaker``: a place or country ("Japan"), a name made only of
   institution, role or group words ("Party", "Senate", "Police", "Committee
   Republicans"), one holding a digit ("EB-5", a programme), or one word that
   every article quoting it also writes in lowercase and capitalises only where a
   sentence starts ("Harsh", "Across") is kept apart and left out of ``speakers``.
2. ``merge``: ``quotes speakers merge A B`` puts every quote of the name A under B;
   ``split``: ``quotes speakers split A`` keeps the name A apart from the person
   the rules below would join it to.
3. ``same name``: names equal but for case, accents and punctuation are one person.
4. ``middle name``: "Paul Ryan" joins "Paul D. Ryan" when that is the only fuller
   name with that first name and surname ("George Bush" stays beside both
   "George W. Bush" and "George H. W. Bush").
5. ``surname``: a bare surname, article by article, joins the one person of that
   surname named in full in the store whom nothing in the article contradicts
   (the sex its pronouns and honorifics give, the titles it gives) and whom
   something supports: an agreeing sex or title, or the article naming them in
   full. Otherwise it stays apart under the surname, marked ambiguous when
   people of that surname are known ("could be Bill Clinton or Hillary Clinton").

The registry is a pure function of the records and the merges (``build``); the
store keeps it as ``people.yaml``, rewritten after every ingest, reindex and
correction (``rebuild``). Engine-facing, a person is a list of exact speaker
names, each either wholly theirs or theirs only in some articles (``Filter``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes import canonical, names, who, yamlio
from quotes.canonical import Evidence
from quotes.errors import StoreError
from quotes.extract import lexicon
from quotes.model import Record
from quotes.store import META_DIR, Fingerprint, atomic_write

# The registry's entries and finding people by name live in quotes.who, which queries import
# without the extractor; they are this module's API too.
from quotes.who import MERGE_RULE, Alias, Filter, Person, every_name, filter_for, find  # noqa: F401
from quotes.who import REGISTRY_FILE as FILENAME

#: The parts of the registry each record gives (``Parts``), kept so that a rebuild reads
#: only the records that changed since: a cache, made again from the records when lost.
PARTS_FILE = "people-parts.json"

RULES = (
    ("not a speaker", "a place or country, only institution, role or group words, a digit, a common word"),
    (MERGE_RULE, "a `quotes speakers merge A B` correction puts every quote of A under B"),
    ("split", "a `quotes speakers split A` correction keeps A apart from the person the rules join it to"),
    ("same name", "names equal but for case, accents and punctuation"),
    ("middle name", "a name without its middle name or initial joins the one fuller name"),
    (
        "surname",
        "a bare surname joins the one person of that surname its article's sex, title or "
        "context points to, and whom nothing in it contradicts",
    ),
)

# Words that name an institution, a body or a group of people, never one person.
INSTITUTION_WORDS = (
    lexicon.ORG_ROLES
    | lexicon.ORG_HEADS
    | lexicon.PERSON_ROLES
    | lexicon.GROUPS
    | set(
        """senate congress house police army navy military parliament cabinet government administration
        white kremlin pentagon officials authorities demonstrators protesters protestors activists
        residents voters critics supporters opponents lawmakers investigators prosecutors experts
        analysts economists scientists researchers officers workers parents students teachers
        republicans democrats gop national state federal city county public""".split()
    )
)


def not_a_speaker(name: str) -> str | None:
    """Why ``name`` is not a person's or an organisation's name ("place", "word", "code"), or None."""
    folded = names.fold(name)
    words = folded.split()
    if not words:
        return "word"
    if any(c.isdigit() for c in name):
        return "code"
    if "-".join(words) in lexicon.PLACES or folded.replace(" ", "") in lexicon.PLACES:
        return "place"
    if all(w in INSTITUTION_WORDS or (w.endswith("s") and w[:-1] in INSTITUTION_WORDS) for w in words):
        return "word"
    return None


def common_word(name: str, text: str) -> bool:
    """Whether the one-word ``name`` is a common word in ``text``: written there in lowercase,
    and capitalised only where a sentence starts ("Harsh words followed", "a harsh reply")."""
    lower = name.lower()
    # The substring first: the pattern, which starts with a look-behind, is tried at every
    # character of the article (most one-word names are not written in lowercase at all).
    if lower not in text or not canonical.word_pattern(lower).search(text):
        return False
    capitalised = canonical.word_pattern(name).finditer(text)
    return all(canonical.sentence_start(text, m.start()) for m in capitalised)


@dataclass
class _Seen:
    """The quotes of one speaker name in one article."""

    name: str
    article: str
    quotes: int = 0
    titles: Counter[str] = field(default_factory=Counter)
    evidence: Evidence = field(default_factory=Evidence)
    common: bool = False  # a word the article also writes in lowercase (see ``common_word``)


@dataclass(frozen=True)
class Part:
    """What one article gives the registry, computed from its record alone (``contribution``):
    each speaker name's quotes there (in the order the article first quotes them), and for
    each bare surname among them the people of that surname the article names in full.
    ``build_from`` needs nothing else, so a store keeps the parts of its records and reads
    again only the records that changed (``to_json``/``from_json``)."""

    article: str
    seen: tuple[_Seen, ...]
    named: dict[str, tuple[canonical.Candidate, ...]]

    def to_json(self) -> dict[str, Any]:
        return {
            "seen": [
                [
                    s.name,
                    s.quotes,
                    [[t, n] for t, n in s.titles.items()],
                    s.evidence.sex,
                    sorted(s.evidence.titles),
                    s.common,
                ]
                for s in self.seen
            ],
            "named": {
                k: [[c.name, c.evidence.sex, sorted(c.evidence.titles)] for c in v]
                for k, v in self.named.items()
            },
        }

    @classmethod
    def from_json(cls, article: str, d: dict[str, Any]) -> Part:
        seen = tuple(
            _Seen(
                str(name),
                article,
                int(quotes),
                Counter({str(t): int(n) for t, n in titles}),
                Evidence(sex, frozenset(map(str, ev_titles))),
                bool(common),
            )
            for name, quotes, titles, sex, ev_titles, common in d["seen"]
        )
        named = {
            str(k): tuple(
                canonical.Candidate(str(n), Evidence(sex, frozenset(map(str, t)))) for n, sex, t in v
            )
            for k, v in d["named"].items()
        }
        return cls(article, seen, named)


def contribution(record: Record) -> Part:
    """What ``record`` gives the registry (see ``Part``)."""
    seen: dict[str, _Seen] = {}
    text = record.article.text
    for q in record.quotes:
        if not q.speaker or not q.is_statement:
            continue
        s = seen.get(q.speaker)
        if s is None:
            s = seen[q.speaker] = _Seen(q.speaker, record.id)
            s.common = len(q.speaker.split()) == 1 and common_word(q.speaker, text)
        s.quotes += 1
        if q.speaker_title:
            s.titles[q.speaker_title] += 1
        s.evidence = s.evidence | canonical.quote_evidence(q, text) | Evidence(q.speaker_sex)
    # The people of that surname the article itself names in full, quoted elsewhere or not:
    # "Jeh Johnson" in the article keeps its bare "Johnson" from joining "Gary Johnson".
    named = {
        name: tuple(canonical.candidates(name, (), text, record.article.title or ""))
        for name in seen
        if len(name.split()) == 1
    }
    return Part(record.id, tuple(seen.values()), named)


@dataclass
class _Group:
    name: str
    seen: list[tuple[_Seen, str]] = field(default_factory=list)  # (occurrence, rule)
    pinned: bool = False  # the name a merge gave it
    ambiguous: set[str] = field(default_factory=set)
    kind: str = "person"
    # What ``evidence`` counts, kept as occurrences are added (it is asked once per bare
    # surname that could join, which would otherwise read every occurrence each time).
    _sexes: Counter[str] = field(default_factory=Counter)
    _first_names: Counter[str] = field(default_factory=Counter)
    _titles: set[str] = field(default_factory=set)
    _evidence: Evidence | None = None  # what ``evidence`` gave, until the next ``add``

    def add(self, s: _Seen, rule: str) -> None:
        self._evidence = None
        self.seen.append((s, rule))
        if s.evidence.sex in ("m", "f"):
            self._sexes[s.evidence.sex] += 1
        sex = canonical.first_name_sex(s.name)
        if sex:
            self._first_names[sex] += 1000  # a first name outweighs the odd misread pronoun
        self._titles |= s.evidence.titles

    def evidence(self) -> Evidence:
        if self._evidence is None:
            sexes = self._sexes.copy()
            sexes.update(self._first_names)
            sex = sexes.most_common(1)[0][0] if sexes else None
            self._evidence = Evidence(sex, frozenset(self._titles))
        return self._evidence


def build(
    records: Iterable[Record], merges: Sequence[tuple[str, str]] = (), splits: Sequence[str] = ()
) -> list[Person]:
    """The registry of ``records`` with the ``(name, into)`` merges and the names kept apart by
    ``splits``, by the rules above; people first by quotes, then by name."""
    return build_from([contribution(r) for r in records], merges, splits)


def followed(merges: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The person each merged name (folded) ends under: a merge into a name that is itself merged
    goes on to where that one went (A into B, then B into C: A is C's, not a person B alone). A
    merge that closes a loop (a store made before merges refused that) wins over the earlier
    merge it comes back through, as a later merge of the same name does."""
    into: dict[str, str] = {}
    for a, b in merges:
        key = names.fold(a)
        into[key] = b
        passed = {key}
        step = names.fold(b)
        while step in into and step not in passed:
            if names.fold(into[step]) == key:
                del into[step]  # the earlier merge that would come back to ``a``
                break
            passed.add(step)
            step = names.fold(into[step])
    ends = {}
    for a, b in into.items():
        passed = {a}
        while (key := names.fold(b)) in into and key not in passed:
            passed.add(key)
            b = into[key]
        ends[a] = b
    return ends


def build_from(
    parts: Sequence[Part], merges: Sequence[tuple[str, str]] = (), splits: Sequence[str] = ()
) -> list[Person]:
    """``build`` from the records' parts (``contribution``), in the records' order."""
    seen = [s for part in parts for s in part.seen]
    named = {part.article: part.named for part in parts}
    into = followed(merges)
    kept_apart = {names.fold(a) for a in splits} - set(into)
    groups: dict[str, _Group] = {}  # by the folded name of the group's home
    apart: dict[str, _Group] = {}

    def home(name: str) -> _Group:
        key = names.fold(name)
        return groups.setdefault(key, _Group(name))

    full = sorted(
        {
            s.name
            for s in seen
            if len(s.name.split()) > 1 and names.fold(s.name) not in into.keys() | kept_apart
        }
    )
    full = [n for n in full if not not_a_speaker(n)]
    variant_home: dict[str, str] = {}
    for members in names.variants(full):
        fullest = max(members, key=lambda n: (len(names.fold(n).split()), n))
        for m in members:
            variant_home[m] = fullest
    for b in into.values():
        g = home(b)
        g.name, g.pinned = b, True
    common: dict[str, bool] = {}
    for s in seen:  # a common word in every article that quotes it
        key = names.fold(s.name)
        common[key] = common.get(key, True) and s.common
    bare: list[_Seen] = []
    for s in seen:
        folded = names.fold(s.name)
        if folded in into:
            home(into[folded]).add(s, MERGE_RULE)
        elif folded in kept_apart:
            apart.setdefault(folded, _Group(s.name)).add(s, "split")
        elif (reason := not_a_speaker(s.name) or ("word" if common[folded] else None)) is not None:
            g = apart.setdefault(folded, _Group(s.name, kind=reason))
            g.add(s, "not a speaker")
        elif len(s.name.split()) > 1:
            target = variant_home[s.name]
            rule = "same name" if names.fold(target) == folded else "middle name"
            home(target).add(s, rule)
        else:
            bare.append(s)
    by_surname: dict[str, list[_Group]] = {}
    for g in groups.values():
        words = names.fold(g.name).split()
        if g.seen and len(words) > 1:
            by_surname.setdefault(words[-1], []).append(g)
    for s in bare:
        _join_surname(s, groups, by_surname, named[s.article].get(s.name, ()), apart)
    people = [_person(g) for g in (*groups.values(), *apart.values()) if g.seen]
    return sorted(people, key=lambda p: (-p.quotes, names.fold(p.name), p.name))


def _join_surname(
    s: _Seen,
    groups: dict[str, _Group],
    by_surname: dict[str, list[_Group]],
    named: Sequence[canonical.Candidate],
    apart: dict[str, _Group],
) -> None:
    """Join bare surname ``s`` to a person, or keep it apart; ``named``: the people of that
    surname its article names in full (``contribution``)."""
    surname = names.fold(s.name)
    found = by_surname.get(surname, [])
    if not found and surname in groups:
        groups[surname].add(s, "same name")  # a merge's target that is a bare name
        return
    pool: list[tuple[str, Evidence, _Group | None]] = []
    for c in named:
        g = next((g for g in found if any(names.matches(c.name, n) for n in _names_of(g))), None)
        pool.append((c.name if g is None else g.name, c.evidence | (g.evidence() if g else Evidence()), g))
    if not named:
        pool = [(g.name, g.evidence(), g) for g in found]
    i = canonical.pick([p[1] for p in pool], s.evidence, named=bool(named))
    chosen = pool[i][2] if i is not None else None
    if chosen is not None:
        why = "the article names them in full" if named else "sex or title agree"
        chosen.add(s, f"surname ({why})")
        return
    g = apart.setdefault(surname, _Group(s.name))
    g.add(s, "same name")
    left = [p for p in pool if not canonical.fits(p[1], s.evidence)[0]]
    g.ambiguous |= {p[0] for p in (left or pool)}


def _names_of(g: _Group) -> set[str]:
    return {m.name for m, _ in g.seen if len(m.name.split()) > 1} | {g.name}


def _person(g: _Group) -> Person:
    quotes: Counter[str] = Counter()
    rules: dict[str, str] = {}
    articles: dict[str, set[str]] = {}
    titles: Counter[str] = Counter()
    for s, rule in g.seen:
        quotes[s.name] += s.quotes
        rules.setdefault(s.name, rule)
        articles.setdefault(s.name, set()).add(s.article)
        titles.update(s.titles)
    name = g.name
    if not g.pinned:
        name = min(quotes, key=lambda n: (-quotes[n], len(n.split()) == 1, -len(n), n))
        if len(name.split()) == 1 and len(g.name.split()) > 1:
            name = g.name  # never name a person by a bare surname when a full name is theirs
    per_article = {s.name for s, rule in g.seen if len(s.name.split()) == 1 or rule.startswith("surname")}
    aliases = tuple(
        Alias(n, quotes[n], rules[n], tuple(sorted(articles[n])) if n in per_article else ())
        for n in sorted(quotes, key=lambda n: (-quotes[n], n))
    )
    ids = frozenset().union(*articles.values())
    return Person(
        name=name,
        kind=g.kind,
        quotes=sum(quotes.values()),
        articles=len(ids),
        titles=_distinct(tuple(t for t, _ in titles.most_common())),
        sex=g.evidence().sex if g.kind == "person" else None,
        names=aliases,
        ambiguous=tuple(sorted(g.ambiguous)),
        article_ids=ids,
    )


def _distinct(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Titles with those a longer one already says left out ("news outlet" beside "Russian news outlet")."""
    spelled = {names.fold(t): t for t in reversed(titles)}  # one spelling each, the most frequent
    titles = tuple(dict.fromkeys(spelled[names.fold(t)] for t in titles))
    folded = [names.fold(t) for t in titles]
    return tuple(t for t, f in zip(titles, folded, strict=True) if not any(f != g and f in g for g in folded))


# --- the file in the store ---------------------------------------------------------------

_HEADER = """\
# The people registry of this store: who is who across its articles, built by `quotes`
# from records/ and corrections.yaml after every ingest, reindex and correction (the rules:
# quotes/people.py, README "People"). Each person lists the speaker names that are theirs
# and the rule that joined each. To change it, edit it (a name moved under another person,
# or a person renamed, becomes a `merge` correction at the next rebuild) or use
# `quotes speakers merge A B` / `quotes speakers split A`.
"""
_DIGEST = re.compile(r"^# digest: ([0-9a-f]{16})$", re.MULTILINE)


def path(root: Path) -> Path:
    return root / FILENAME


def dump(people: Sequence[Person]) -> str:
    body = yamlio.dump({"people": [p.to_dict() for p in people]})
    return f"{_HEADER}# digest: {_digest(body)}\n{body}"


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


#: How to mend a malformed people.yaml: deleting it is a way too, but it loses the hand edits
#: not yet taken into corrections.yaml, so that is said with it.
REMEDY = (
    "fix it in an editor; or delete it to rebuild it from records/ and corrections.yaml, "
    "losing its hand edits not yet taken (merges and splits already made are kept)"
)


def loads(text: str, where: str) -> list[Person] | None:
    """The people of registry text ``text`` (read from ``where``), or None for a file with no
    people list at all (empty, ``~``, ``[]``, ``{}``, ``people: []``, ``people:``, only comments):
    no registry, as if the file were missing, never a registry with every name deleted.
    StoreError saying which entry and which key is wrong, for a file no default mends
    (``Person.from_dict``)."""
    try:
        data = yamlio.load(text)
    except yamlio.YAMLError as e:
        raise StoreError(
            f"{where}: malformed people registry (bad YAML: {yamlio.described(e)}); {REMEDY}"
        ) from e
    # "", "~", "[]", "{}", "people:", "people: []", only comments: no people list
    nothing: tuple[object, ...] = (None, [], {})
    if data in nothing or (isinstance(data, dict) and set(data) == {"people"} and data["people"] in nothing):
        return None
    entries = data.get("people") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise StoreError(f"{where}: malformed people registry (expected a 'people:' list); {REMEDY}")
    people = []
    for n, d in enumerate(entries, 1):
        try:
            people.append(Person.from_dict(d))
        except ValueError as e:
            raise StoreError(f"{where}: malformed people registry (entry {n}: {e}); {REMEDY}") from e
    return people


def load(root: Path) -> list[Person] | None:
    """The registry of store ``root``, or None when it has none yet (no file, or one with no
    people list: ``loads``)."""
    where = path(root)
    try:
        return loads(where.read_text(encoding="utf-8"), str(where))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"{where}: cannot read the people registry: {e}; {REMEDY}") from e


def empty_note(root: Path) -> str | None:
    """The note on a ``people.yaml`` with no people list (``loads``), else None."""
    where = path(root)
    try:
        if loads(where.read_text(encoding="utf-8"), str(where)) is not None:
            return None
    except (OSError, UnicodeDecodeError, StoreError):
        return None  # missing (nothing to say), or malformed (said as such)
    return f"{where} is empty (no people list): taken as no file, rebuilt at the next write"


def hand_edits(
    root: Path, built: Sequence[Person], note: Callable[[str], None] = lambda _: None
) -> list[tuple[str, str | None]]:
    """What a hand edit of ``people.yaml`` asks for, as ``(name, person)`` merges and
    ``(name, None)`` splits: a name listed under a person that the registry the edit was made
    on (as last written, ``who.written``; else ``built``, the registry by the rules) puts under
    another one, or under a person renamed by hand, is a merge; a name made a person of its
    own, or taken out of the file, that it joins to someone else is a split. Nothing when the
    file is as ``quotes`` wrote it, or has no people list (``note`` says so: a missing file,
    never every name deleted). A name listed without its ``articles:`` is that name in every
    article; a name the registry does not know is left out, with a ``note`` (a typo, say), and
    so is a name listed under two people (which is meant is not said)."""
    where = path(root)
    text = _edited_text(where)
    if text is None:
        return []
    edited = loads(text, str(where))
    if edited is None:
        note(f"{where} is empty (no people list): taken as no file, not as every name deleted; rebuilt")
        return []
    written = who.written(root)
    base: Sequence[Person] = built if written is None else written
    owner = {(names.fold(a.name), a.articles): names.fold(p.name) for p in base for a in p.names}
    keys: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    conflicted: set[str] = set()  # names listed under two people
    for key in owner:
        keys.setdefault(key[0], []).append(key)
    asked: list[tuple[str, str | None]] = []
    listed: dict[tuple[str, tuple[str, ...]], str] = {}  # each entry of the registry: who lists it
    for p in edited:
        with_it = {names.fold(a.name) for a in p.names}  # the names listed beside this one
        for a in p.names:
            folded = names.fold(a.name)
            # the very entry, else the name wherever it is (its articles left out or changed)
            found = [(folded, a.articles)] if (folded, a.articles) in owner else keys.get(folded, [])
            if not found:
                note(f"{where}: {a.name!r} under {p.name!r} is no name of the registry (a typo?): left out")
                continue
            twice = {listed[k] for k in found if k in listed and names.fold(listed[k]) != names.fold(p.name)}
            listed.update(dict.fromkeys(found, p.name))
            if twice:  # which one is meant is not said: neither is taken
                first = sorted(twice)[0]
                note(f"{where}: {a.name!r} is listed under both {first!r} and {p.name!r}: left as it was")
                asked = [x for x in asked if names.fold(x[0]) != folded]
                conflicted.add(folded)
            elif folded not in conflicted and any(_moved(owner[k], k, p.name, with_it) for k in found):
                asked.append((a.name, None if folded == names.fold(p.name) else p.name))
    for p in base:
        for a in p.names:
            if (names.fold(a.name), a.articles) not in listed and names.fold(a.name) != names.fold(p.name):
                asked.append((a.name, None))
    return list(dict.fromkeys(asked))


def _moved(owner: str, key: tuple[str, tuple[str, ...]], person: str, with_it: set[str]) -> bool:
    """Whether the registry entry ``key`` (folded name, articles), of the person folded ``owner``,
    listed under ``person`` beside the names ``with_it``, was moved there by hand. A name of
    some articles only (a bare surname the rules joined there) listed beside its person's own
    name went with that person (renamed, or merged whole): the rules join it again, so it is
    no move, and merging it would take the name from everyone else in every article."""
    if owner == names.fold(person):
        return False
    # (a bare surname that is a person of its own, renamed, is moved: no rule joins it)
    return not (key[1] and key[0] != owner and owner in with_it)


def hand_edited(root: Path) -> bool:
    """Whether ``people.yaml`` was changed since ``quotes`` wrote it (its digest says)."""
    return _edited_text(path(root)) is not None


def _edited_text(where: Path) -> str | None:
    """The text of the registry file ``where`` when edited by hand, else None (none yet, or as
    ``quotes`` wrote it). A file that cannot be read is an error: rewriting it would lose the edit."""
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"{where}: cannot read the people registry: {e}; {REMEDY}") from e
    m = _DIGEST.search(text)
    if m and m[1] == _digest(text[m.end() + 1 :]):
        return None
    return text


def save(root: Path, people: Sequence[Person]) -> None:
    where = path(root)
    try:
        atomic_write(where, dump(people).encode("utf-8"))
        who.write_index(root, people)
    except OSError as e:
        raise StoreError(f"{where}: cannot write the people registry: {e.strerror or e}") from e


# --- the parts of the records, kept between rebuilds -------------------------------------


@dataclass
class Parts:
    """Every record's ``Part`` with the fingerprint of the record file it was computed from
    (``.quotes/people-parts.json``). A part is used again only for the very same file: the
    same size and modification time, or failing that the same sha256; any other record is
    read again. A missing or unreadable file is an empty cache, never an error."""

    path: Path
    known: dict[str, tuple[Fingerprint, dict[str, Any]]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def of_store(cls, root: Path) -> Parts:
        path = root / META_DIR / PARTS_FILE
        try:
            data = json.loads(path.read_bytes())
            known = {
                str(a): (Fingerprint(str(sha), int(size), int(mtime)), dict(part))
                for a, (sha, size, mtime, part) in data["articles"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(path, changed=True)
        return cls(path, known)

    def get(self, article_id: str, size: int, mtime_ns: int, sha: str | None = None) -> Part | None:
        """The part of the record whose file has this size and mtime (or ``sha``), if known."""
        entry = self.known.get(article_id)
        if entry is None:
            return None
        fp, part = entry
        if (fp.size, fp.mtime_ns) != (size, mtime_ns) and (sha is None or fp.sha != sha):
            return None
        try:
            found = Part.from_json(article_id, part)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        if (fp.size, fp.mtime_ns) != (size, mtime_ns):
            self.put(Fingerprint(fp.sha, size, mtime_ns), found)  # touched, not changed
        return found

    def put(self, fingerprint: Fingerprint, part: Part) -> None:
        self.put_json(part.article, fingerprint, part.to_json())

    def put_json(self, article_id: str, fingerprint: Fingerprint, part: dict[str, Any]) -> None:
        """``put`` of a part in its ``to_json`` form (as ingest's workers send it)."""
        self.known[article_id] = (fingerprint, part)
        self.changed = True

    def keep_only(self, article_ids: Iterable[str]) -> None:
        wanted = set(article_ids)
        gone = [a for a in self.known if a not in wanted]
        for a in gone:
            del self.known[a]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        if not self.changed:
            return
        articles = {a: [fp.sha, fp.size, fp.mtime_ns, part] for a, (fp, part) in sorted(self.known.items())}
        data = json.dumps({"format": 1, "articles": articles}, separators=(",", ":"))
        try:
            atomic_write(self.path, data.encode("utf-8"), durable=False)
        except OSError:
            return  # only a cache: the next rebuild reads the records again
        self.changed = False
