"""The read side of a store: its search engine, and what the read-only commands ask of it
(search, the quotes of a speaker, the speakers, whether the index reflects the records).

``Reader`` is what `quotes search`, `quotes by` and `quotes speakers` open;
``quotes.library.Library`` is a ``Reader`` that also writes (ingest, reindex, check,
corrections). They are apart so that a query loads nothing of the writing (issue 11: a
`quotes search` process is mostly its imports). It never prints and never imports click;
errors are ``QuotesError``s.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quotes import names
from quotes.errors import NotFound, QueryError, StoreError
from quotes.kinds import STATEMENT_KINDS
from quotes.search import Engine, Filters, Hit, in_outlet
from quotes.store import IndexState, Store

if TYPE_CHECKING:
    from quotes import people

#: The search engines a store can be created with; whoosh is the default.
ENGINES = ("whoosh", "tantivy")
#: The file of a store that names its engine, written when the store is created.
ENGINE_FILE = "engine"


#: Query limits, checked before the engine parses a query: whoosh's parser takes
#: seconds on a word of thousands of characters, and no real query needs either.
MAX_QUERY_CHARS = 1000
MAX_QUERY_WORD = 100


@dataclass(frozen=True)
class Reader:
    """A store and its search engine, read."""

    store: Store
    engine: Engine

    @classmethod
    def open(cls, root: Path) -> Reader:
        """The reader of an existing store; StoreError naming ``root`` when there is none."""
        store = Store(root)
        store.check()
        return cls(store, make_engine(store_engine(store) or "whoosh", store))

    def drift(self) -> str | None:
        """A one-line warning when the index may not reflect the records (for read-only
        commands: two stats and one short read, no lock), else None."""
        if self.store.unfinished_path.exists():
            return (
                "an ingest stopped after writing records (interrupted, or still running): search, by "
                "and speakers may not show them all yet; run quotes check --repair (or the same ingest again)"
            )
        return self.index_drift()

    def index_drift(self) -> str | None:
        """``drift()``'s warning when records/ changed since the index was brought up to date."""
        if not self.engine.exists():
            return None  # the engine's own error says so when it is needed
        indexed = IndexState.read_mtime(self.store.state_path)
        if indexed is not None and indexed == self.store.records_mtime_ns():
            return None
        if indexed is None and not self.store.owned():
            what = "this store was made by an earlier version of quotes"
        else:
            what = "records/ changed since the search index was last brought up to date"
        return f"{what}; results may be out of date: run quotes check --repair (or ingest)"

    def registry(self) -> list[people.Person]:
        """The people registry (``people.yaml``), built from the records when the store has none."""
        from quotes import people  # reads the extractor's lexicon: imported when needed

        found = people.load(self.store.root)
        return found if found is not None else self._rebuilt_people()

    def _rebuilt_people(self) -> list[people.Person]:
        """The registry rebuilt from the records (a write: the library's)."""
        from quotes.library import Library

        return Library(self.store, self.engine).rebuild_people()

    def speakers(self) -> list[people.Person]:
        """Every speaker (a person or an organisation) with quote counts and titles, most quoted
        first: one row per person of the registry, under all their names. Places, institution
        words and codes are left out (``registry()`` has them)."""
        return [p for p in self.registry() if p.is_speaker]

    def resolve_source(self, source: str) -> str:
        """The outlet to filter on: ``source`` when a stored outlet has its words next to each
        other in this order, "and" and "&" aside (the engines' test, ``search.in_outlet``), else
        the one outlet it spells without spaces or hyphens ("huffpost": "huff-post"); NotFound,
        with the closest outlets, when there is none."""
        from quotes import analysis

        words = [t.text for t in analysis.name_tokens(source)]
        if not words:
            return source  # the engine says there is nothing to match
        known = sorted(self.engine.sources())
        # "Globe & Mail" for "The Globe and Mail" and the reverse: ``in_outlet`` leaves "and" out
        if any(in_outlet(words, [t.text for t in analysis.name_tokens(k)]) for k in known):
            return source
        spelled = [k for k in known if names.compact(k) == names.compact(source)]
        if len(spelled) == 1:
            return spelled[0]
        close = names.suggest(source, known)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise NotFound(f"no source matches {source!r}{hint}")

    def resolve_speaker(self, name: str) -> list[str]:
        """The exact speaker names of the people ``name`` means (see ``speaker_filter``)."""
        return list(self.speaker_filter(name).speakers)

    def speaker_filter(self, name: str) -> people.Filter:
        """The people ``name`` means (``people_named``) as an engine filter."""
        from quotes import who

        return who.filter_for(*self.people_named(name))

    def people_named(self, name: str) -> tuple[list[people.Person], list[people.Person]]:
        """The people ``name`` means (a full name, a surname, with or without a title, in any
        case or accents; see ``people.find``), and the registry's entries around them (what
        ``people.filter_for`` needs); NotFound suggesting the closest names when there is none.
        ``by``, ``search --speaker`` and ``speakers merge/split`` all find people here."""
        from quotes import who

        # The people of the name's surname alone, from the registry's index, when it can say.
        looked = who.lookup(self.store.root, name)
        if looked is not None and looked[0]:
            return looked
        from quotes import people  # reads the extractor's lexicon: imported when needed

        known = self.registry()
        found = people.find(name, known)
        if not found:
            close = names.suggest(name, people.every_name(known))
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise NotFound(f"no speaker matches {name!r}{hint}")
        return found, known

    def search(
        self,
        text: str,
        *,
        speaker: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 20,
        offset: int = 0,
        include_terms: bool = False,
    ) -> Iterator[Hit]:
        """Quotes matching query ``text`` (see ``quotes.query``), best first, from the
        ``offset``-th on; read as they are taken. ``speaker`` and a ``speaker:NAME``
        clause of the query go through the people registry."""
        check_query(text)
        text, named = _speaker_clause(text)
        wanted = None
        for who in (speaker, named):
            if who:
                f = self.speaker_filter(who)
                wanted = f if wanted is None else wanted & f
        if wanted is not None and not wanted.speakers:
            return iter(())
        hits = self.engine.search(
            text,
            Filters(
                speakers=wanted.speakers if wanted else (),
                since=since,
                until=until,
                source=self.resolve_source(source) if source is not None else None,
                include_terms=include_terms,
                # a name that is someone's only in some articles is filtered here, after the engine
                limit=None if wanted and wanted.only else limit,
                offset=0 if wanted and wanted.only else offset,
            ),
        )
        return _only(hits, wanted, limit, offset) if wanted and wanted.only else hits

    def by(
        self,
        name: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[Hit]:
        """The quotes of the speaker(s) ``name`` means (through the people registry), oldest
        article first (undated last), within the filters (``kind``: full or partial quotes
        only; titles and terms are nobody's); read as they are taken."""
        if kind is not None and kind not in STATEMENT_KINDS:
            raise QueryError(f"a speaker's quotes are full or partial, not {kind!r}")
        wanted = self.speaker_filter(name)
        hits = self.engine.search(
            f"kind:{kind}" if kind else "",
            Filters(
                speakers=wanted.speakers,
                since=since,
                until=until,
                source=self.resolve_source(source) if source is not None else None,
                order="date",
                limit=None if wanted.only else limit,
                offset=0 if wanted.only else offset,
            ),
        )
        return _only(hits, wanted, limit, offset) if wanted.only else hits


def check_query(text: str) -> None:
    """QueryError when ``text`` is longer than MAX_QUERY_CHARS or has a word longer than MAX_QUERY_WORD."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(text):,} characters is longer than the {MAX_QUERY_CHARS:,} allowed")
    longest = max(text.split(), key=len, default="")
    if len(longest) > MAX_QUERY_WORD:
        raise QueryError(
            f"query word {longest[:20]!r}... of {len(longest):,} characters is longer than the "
            f"{MAX_QUERY_WORD} allowed"
        )


_CLAUSE = re.compile(r'(?<![\w.])speaker:("[^"]*"|[^\s()"]+)')


def _speaker_clause(text: str) -> tuple[str, str | None]:
    """``text`` without its one ``speaker:NAME`` clause, and NAME, when the clause is a plain
    condition of the query (ANDed with the rest: no OR, no NOT before it); else ``text``."""
    found = list(_CLAUSE.finditer(text))
    if len(found) != 1 or re.search(r"\bOR\b", text):
        return text, None
    m = found[0]
    before = text[: m.start()].rstrip()
    if before.endswith("NOT") or before.endswith("-") or before.endswith("("):
        return text, None
    rest = f"{before} {text[m.end() :]}".strip()
    rest = re.sub(r"^AND\s+|\s+AND$", "", rest).replace("AND AND", "AND").strip()
    return rest, m[1].strip('"')


def _only(hits: Iterator[Hit], wanted: people.Filter, limit: int | None, offset: int) -> Iterator[Hit]:
    """The page of ``hits`` that ``wanted`` keeps (a name that is someone's in some articles only)."""
    kept = (h for h in hits if wanted.keeps(h.speaker, h.article_id))
    return itertools.islice(kept, offset, None if limit is None else offset + limit)


def store_engine(store: Store) -> str | None:
    """The engine ``store`` was created with; None for a store not created yet."""
    try:
        return (store.root / ENGINE_FILE).read_text().strip()
    except FileNotFoundError:
        # stores made before engines could be chosen have whoosh/
        return "whoosh" if store.exists() else None
    except OSError as e:
        raise StoreError(f"{store.root / ENGINE_FILE}: cannot read: {e.strerror or e}") from e


def make_engine(name: str, store: Store) -> Engine:
    """The engine ``name`` over ``store``'s index, imported only when used."""
    if name == "tantivy":
        from quotes.tantivy_engine import TantivyEngine

        return TantivyEngine(store.root / "tantivy")
    if name == "whoosh":
        from quotes.engine import WhooshEngine

        return WhooshEngine(store.index_dir)
    raise StoreError(
        f"{store.root / ENGINE_FILE}: unknown search engine {name!r} (engines: {', '.join(ENGINES)})"
    )
