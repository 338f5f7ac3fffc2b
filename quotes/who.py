"""Who a name means: the people registry's entries, found by name, for queries.

``quotes.people`` builds the registry (``people.yaml``) from the records; this module
holds its entries (``Person``, ``Alias``), finds the people a name means (``find``) and
makes the engine filter of them (``filter_for``), without importing the extractor: a
query names someone, and must cost what that name's people cost, not what the whole
registry does. So ``people.save`` also writes ``.quotes/people.index``, the registry
keyed by surname (SQLite), and ``lookup`` reads from it only the people of the name's
surname (and of their other names' surnames), once it has checked that the index was
written with ``people.yaml`` as it is now (a hand edit of the file, or another
extractor lexicon, and the caller reads ``people.yaml`` instead). A name with a title
("President Obama") is weighed by the extractor's title rules, imported then.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shlex
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes import names
from quotes.errors import StoreError
from quotes.store import META_DIR, _file_mode

#: The registry keyed by surname, beside the store's other bookkeeping in ``.quotes/``.
INDEX_FILE = "people.index"
#: The registry's file, in the store's root (``quotes.people`` reads and writes it).
REGISTRY_FILE = "people.yaml"


@dataclass(frozen=True)
class Alias:
    """One speaker name as the records write it, and why it is this person's. ``articles``:
    only the quotes of these articles (a bare surname is decided article by article)."""

    name: str
    quotes: int
    rule: str
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """An entry of the registry. ``kind`` is ``person`` (a person or an organisation) or why
    it is not a speaker (``place``, ``word``, ``code``); ``ambiguous`` are the people a bare
    surname left apart could be: two or more, it is ambiguous; one, only not confirmed as that
    person's (see :meth:`note`). The key stays ``ambiguous`` in people.yaml for both: stores
    written before keep reading."""

    name: str
    kind: str
    quotes: int
    articles: int
    titles: tuple[str, ...]
    sex: str | None
    names: tuple[Alias, ...]
    ambiguous: tuple[str, ...] = ()
    article_ids: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def is_speaker(self) -> bool:
        return self.kind == "person"

    @property
    def aliases(self) -> tuple[str, ...]:
        """Its other names, each once."""
        own = names.fold(self.name)
        return tuple(dict.fromkeys(a.name for a in self.names if names.fold(a.name) != own))

    def full_names(self) -> list[str]:
        return [n for n in (self.name, *(a.name for a in self.names)) if len(n.split()) > 1]

    def note(self) -> str:
        if len(self.ambiguous) == 1:
            # one candidate is no ambiguity: the name is only not confirmed as that person's
            # (its article names no one in full); the user can confirm it
            (one,) = self.ambiguous
            merge = f"quotes speakers merge {_shell_word(self.name)} {_shell_word(one)}"
            return f"not confirmed as {one} ({merge} if it is)"
        if self.ambiguous:
            return f"ambiguous: could be {' or '.join(self.ambiguous)}"
        if not self.is_speaker:
            return f"not a speaker ({self.kind})"
        return ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kind": self.kind}
        if self.sex:
            d["sex"] = self.sex
        d |= {"quotes": self.quotes, "articles": self.articles, "titles": list(self.titles)}
        if self.ambiguous:
            d["ambiguous"] = list(self.ambiguous)
        d["names"] = [
            {"name": a.name, "quotes": a.quotes, "rule": a.rule}
            | ({"articles": list(a.articles)} if a.articles else {})
            for a in self.names
        ]
        return d

    @classmethod
    def from_dict(cls, d: object) -> Person:
        """The entry ``d`` of ``people.yaml``, as ``to_dict`` writes it or as a person edits it:
        what has an obvious default may be left out (a name's ``quotes``, 0, and ``rule``,
        ``hand edit``; a person's counts, from their names; a name given as a bare string).
        ValueError naming the entry and the key for what is truly malformed."""
        if not isinstance(d, dict):
            raise ValueError(f"an entry is {_shown(d)}, not a person (name:, names:)")
        name = _text(d, "name", "the person")
        who = f"person {name!r}"
        raw_names = d.get("names")
        if raw_names is None:
            raw_names = []  # a person added by hand with no names yet (names: left out, or empty)
        if not isinstance(raw_names, list):
            raise ValueError(f"{who}: names: must be a list of names, not {_shown(raw_names)}")
        aliases = tuple(_alias(a, who) for a in raw_names)
        return cls(
            name=name,
            kind=str(d.get("kind") or "person"),
            quotes=_count(d, "quotes", who, sum(a.quotes for a in aliases)),
            articles=_count(d, "articles", who, 0),
            titles=tuple(str(t) for t in _listed(d, "titles", who)),
            sex=None if d.get("sex") is None else str(d["sex"]),
            names=aliases,
            ambiguous=tuple(str(n) for n in _listed(d, "ambiguous", who)),
        )


#: The rule of a name added to a person by hand without one.
HAND_RULE = "hand edit"
#: The rule of a name a merge (``quotes speakers merge``) put under a person.
MERGE_RULE = "merge"


def _alias(a: object, who: str) -> Alias:
    if isinstance(a, str) and a.strip():
        return Alias(a.strip(), 0, HAND_RULE)  # "- Marcus Lee": a name written as a name
    if not isinstance(a, dict):
        raise ValueError(f"{who}: a name is {_shown(a)}, not a name (name:, quotes:, rule:)")
    name = _text(a, "name", f"{who}: a name")
    where = f"{who}, name {name!r}"
    return Alias(
        name,
        _count(a, "quotes", where, 0),
        str(a.get("rule") or HAND_RULE),
        tuple(map(str, _listed(a, "articles", where))),
    )


def _text(d: dict[Any, Any], key: str, who: str) -> str:
    value = d.get(key)
    if value is None or isinstance(value, (dict, list)) or not str(value).strip():
        raise ValueError(f"{who} has no {key}: (give it one)")
    return str(value).strip()


def _count(d: dict[Any, Any], key: str, who: str, default: int) -> int:
    value = d.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().isdigit():
        raise ValueError(f"{who}: {key}: must be a whole number, not {_shown(value)} (or leave it out)")
    return int(value)


def _listed(d: dict[Any, Any], key: str, who: str) -> list[Any]:
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{who}: {key}: must be a list, not {_shown(value)}")
    return value


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class Filter:
    """What the engine filters on for some people: exact speaker names, and for a name that is
    theirs only in some articles, those articles."""

    speakers: tuple[str, ...]
    only: dict[str, frozenset[str]] = field(default_factory=dict)

    def keeps(self, speaker: str | None, article_id: str) -> bool:
        if speaker is None or names.fold(speaker) not in {names.fold(s) for s in self.speakers}:
            return False
        allowed = self.only.get(names.fold(speaker))
        return allowed is None or article_id in allowed

    def __and__(self, other: Filter) -> Filter:
        mine = {names.fold(s) for s in self.speakers}
        both = tuple(s for s in other.speakers if names.fold(s) in mine)
        only: dict[str, frozenset[str]] = {}
        for key in {names.fold(s) for s in both}:
            limits = [f.only[key] for f in (self, other) if key in f.only]
            if limits:
                only[key] = frozenset.intersection(*limits)
        return Filter(both, only)


@functools.cache
def title_words() -> frozenset[str]:
    """The words a name may be preceded by as a title ("President", "Mrs."): the extractor's
    honorifics, roles and title abbreviations (its lexicon, imported on first use)."""
    from quotes.extract import lexicon

    return frozenset(lexicon.HONORIFICS).union(lexicon.PERSON_ROLES, lexicon.TITLE_ABBREVIATIONS)


def _query_title(words: list[str], is_title: Callable[[str], bool]) -> tuple[str, list[str]]:
    """("President", ["Obama"]) from "President Obama": the title words before a name."""
    title: list[str] = []
    while len(words) > 1:
        low = words[0].casefold()
        if is_title(low) or (title and low in {"former", "vice", "first", "of", "state"}):
            title.append(words.pop(0))
        else:
            break
    return " ".join(title), words


def find(query: str, people: Sequence[Person], is_title: Callable[[str], bool] | None = None) -> list[Person]:
    """The people ``query`` names: a full name (any spelling of one of their names, a middle
    name more or less), or a surname (everyone of it, and a bare surname left apart), with or
    without a title that narrows it ("President Obama", "Mrs. Clinton")."""
    title, words = _query_title(query.split(), is_title or title_words().__contains__)
    q = names.fold(" ".join(words)).split()
    if not q:
        return []
    found = []
    for p in people:
        fulls = p.full_names()
        if len(q) == 1:
            hit = any(q[0] in names.surnames(n) for n in fulls) or any(
                names.fold(a.name) == q[0] for a in (*p.names, Alias(p.name, 0, ""))
            )
        else:
            text = " ".join(q)
            hit = any(names.matches(text, n) for n in fulls) or any(
                names.fold(a.name) == text for a in p.names
            )
        if hit:
            found.append(p)
    found = names.prefer_whole_surname(" ".join(q), found, lambda p: p.full_names())
    if title:
        from quotes import canonical  # the extractor's title rules: only for a name with a title

        ev = canonical.Evidence(canonical.title_sex(title), canonical.title_words(title))
        fits = [(p, canonical.fits(canonical.Evidence(p.sex, _title_keys(p)), ev)) for p in found]
        found = [p for p, (no, _) in fits if not no]
        agreeing = [p for p, (no, yes) in fits if yes and not no]
        found = agreeing or found
    return found


def _title_keys(p: Person) -> frozenset[str]:
    from quotes import canonical

    return frozenset().union(*(canonical.title_words(t) for t in p.titles)) if p.titles else frozenset()


def filter_for(people: Sequence[Person], registry: Sequence[Person]) -> Filter:
    """The engine filter of ``people`` (some of ``registry``): all their speaker names, and for a
    name that is also another person's in ``registry`` (a bare surname decided article by
    article), the articles where it is theirs. Usually there is no such name, and the filter
    is the plain list of names an engine can page through."""
    chosen = {id(p) for p in people}
    elsewhere = {names.fold(a.name) for p in registry if id(p) not in chosen for a in p.names}
    speakers: dict[str, str] = {}
    only: dict[str, set[str] | None] = {}
    for p in people:
        for a in p.names:
            key = names.fold(a.name)
            speakers.setdefault(key, a.name)
            if key not in elsewhere or not a.articles:
                only[key] = None
            elif only.get(key, set()) is not None:
                only.setdefault(key, set()).update(a.articles)  # type: ignore[union-attr]
    restricted = {k: frozenset(v) for k, v in only.items() if v is not None}
    return Filter(tuple(sorted(speakers.values())), restricted)


def every_name(people: Iterable[Person]) -> list[str]:
    return sorted({n for p in people for n in (p.name, *(a.name for a in p.names))})


# --- the index ------------------------------------------------------------------------------


def _surnames(p: Person) -> set[str]:
    """The keys ``p`` is found under: the last word of each of its names, folded, and each part
    of a hyphenated one (``names.surnames``)."""
    return {k for n in (p.name, *(a.name for a in p.names)) for k in names.surnames(n)}


@functools.cache
@functools.cache
def _lexicon_digest() -> str:
    """A hash of the extractor's lexicon, which says what a title is (read, not imported).
    Once a process: the lexicon it runs with does not change under it, and every lookup
    checks the index's stamp."""
    path = Path(__file__).resolve().parent / "extract" / "lexicon.py"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _stamp(root: Path) -> str | None:
    """What the index must have been written with: ``people.yaml`` as it is now, this lexicon."""
    try:
        st = (root / REGISTRY_FILE).stat()
    except OSError:
        return None
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino} {_lexicon_digest()}"


def write_index(root: Path, people: Sequence[Person]) -> None:
    """Write ``.quotes/people.index`` for ``people``, just saved as ``people.yaml`` (replacing
    the index whole, so a reader sees the old one or the new one)."""
    import sqlite3

    meta = root / META_DIR
    meta.mkdir(exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=meta, prefix=f".{INDEX_FILE}.", suffix=".tmp")
    try:
        os.fchmod(fd, _file_mode())
        os.close(fd)
        con = sqlite3.connect(tmp)
        try:
            con.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE meta(stamp TEXT);"
                "CREATE TABLE person(rank INTEGER PRIMARY KEY, data TEXT);"
                "CREATE TABLE surname(key TEXT, rank INTEGER);"
                "CREATE TABLE title(word TEXT PRIMARY KEY);"
            )
            con.execute("INSERT INTO meta VALUES (?)", (_stamp(root),))
            con.executemany(
                "INSERT INTO person VALUES (?, ?)",
                ((i, json.dumps(p.to_dict(), ensure_ascii=False)) for i, p in enumerate(people)),
            )
            con.executemany(
                "INSERT INTO surname VALUES (?, ?)",
                ((k, i) for i, p in enumerate(people) for k in _surnames(p)),
            )
            con.executemany("INSERT INTO title VALUES (?)", ((w,) for w in sorted(title_words())))
            con.execute("CREATE INDEX surname_key ON surname(key)")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, meta / INDEX_FILE)
    except sqlite3.Error as e:  # a full disk, say: the old index stays, and is not used
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"{meta / INDEX_FILE}: cannot write the people index ({e})") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def written(root: Path) -> list[Person] | None:
    """The registry as ``quotes`` last wrote it (``people.yaml`` then, kept in the index), however
    ``people.yaml`` was edited since: what a hand edit was made on. None when there is none
    that reads."""
    import sqlite3

    path = root / META_DIR / INDEX_FILE
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT data FROM person ORDER BY rank").fetchall()
        finally:
            con.close()
        return [Person.from_dict(json.loads(data)) for (data,) in rows]
    except (sqlite3.Error, ValueError, TypeError):
        return None


class _Index:
    """An open index and the entries read from it so far (a process asking again reads no more)."""

    def __init__(self, con: Any, stamp: str) -> None:
        self.con = con
        self.stamp = stamp
        self.people: dict[int, Person] = {}
        self.buckets: dict[str, list[int]] = {}

    def is_title(self, word: str) -> bool:
        return self.con.execute("SELECT 1 FROM title WHERE word = ?", (word,)).fetchone() is not None

    def bucket(self, key: str) -> list[int]:
        """The ranks of the people found under surname ``key``, their entries read."""
        if key not in self.buckets:
            rows = self.con.execute(
                "SELECT p.rank, p.data FROM surname s JOIN person p ON p.rank = s.rank WHERE s.key = ?",
                (key,),
            ).fetchall()
            for rank, data in rows:
                if rank not in self.people:
                    self.people[rank] = Person.from_dict(json.loads(data))
            self.buckets[key] = sorted(rank for rank, _ in rows)
        return self.buckets[key]


# Open indexes by store, kept while the registry is the one they were written with.
_INDEXES: dict[Path, _Index] = {}


def _index(root: Path) -> _Index | None:
    import sqlite3

    stamp = _stamp(root)
    kept = _INDEXES.get(root)
    if kept is not None and kept.stamp == stamp:
        return kept
    _INDEXES.pop(root, None)
    path = root / META_DIR / INDEX_FILE
    if stamp is None or not path.is_file():
        return None
    try:
        # read only, and from any thread: nothing is written through it
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = con.execute("SELECT stamp FROM meta").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] != stamp:
        con.close()
        return None
    _INDEXES[root] = _Index(con, stamp)
    return _INDEXES[root]


def lookup(root: Path, query: str) -> tuple[list[Person], list[Person]] | None:
    """The people ``query`` names (as ``find`` over the whole registry) and the entries around
    them (every person sharing a surname with one of their names: what ``filter_for`` needs),
    read from the index; None when it cannot say (no index, or not the registry's as it is
    now, or a name with a title), and the caller then reads the registry itself."""
    import sqlite3

    index = _index(root)
    if index is None:
        return None
    try:
        title, words = _query_title(query.split(), index.is_title)
        if title:
            return None
        q = names.fold(" ".join(words)).split()
        if not q:
            return [], []
        found = find(query, [index.people[r] for r in index.bucket(q[-1])], index.is_title)
        around = {r for p in found for k in _surnames(p) for r in index.bucket(k)}
        return found, [index.people[r] for r in sorted(around)]
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        _INDEXES.pop(root, None)
        return None  # damaged: the registry itself answers


def _shell_word(name: str) -> str:
    """``name`` as one word of a shell command: bare, or in double quotes when it has spaces
    (as the README writes names), in single quotes when a double quote would not hold it."""
    if shlex.quote(name) == name:
        return name
    return f'"{name}"' if not set(name) & set('"$`\\!') else shlex.quote(name)
