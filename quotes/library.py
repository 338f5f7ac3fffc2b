"""The quotes library: what the command line does, as functions over a store.

``Library`` joins the pieces: it runs the extractor over articles, writes
records to the ``Store`` and keeps the search ``Engine`` in step with them, and
answers questions (search, quotes by a speaker, one quote by id, the speakers).
It never prints and never imports click; errors are ``QuotesError``s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quotes import names
from quotes.errors import NotFound, StoreError
from quotes.model import Article, Quote, Record
from quotes.search import Engine, Hit, SpeakerStats, surname
from quotes.store import Store, is_article_id

#: The search engines a store can be created with; whoosh is the default.
ENGINES = ("whoosh", "tantivy")
#: The file of a store that names its engine, written when the store is created.
ENGINE_FILE = "engine"

Extractor = Callable[[str], Sequence[Quote]]


def default_extractor(text: str) -> list[Quote]:
    """``quotes.extract.extract_quotes``, imported on first use so that read-only
    commands (search, show, cite) do not load the extractor's lexicons."""
    from quotes.extract import extract_quotes

    return extract_quotes(text)


def extract_record(article: Article, extractor: Extractor = default_extractor) -> Record:
    """The record of ``article``: it and the quotes the extractor finds in its text."""
    return Record(article=article, quotes=tuple(extractor(article.text)))


@dataclass(frozen=True)
class Ingested:
    """What ingesting one article did: ``status`` is ``added``, ``updated`` or ``unchanged``."""

    record: Record
    status: str


@dataclass(frozen=True)
class Found:
    """One stored quote with its id and the record it belongs to."""

    id: str
    quote: Quote
    record: Record


@dataclass(frozen=True)
class Library:
    """A store, its search engine and the extractor used to fill it."""

    store: Store
    engine: Engine
    extractor: Extractor = default_extractor
    engine_name: str = "whoosh"

    @classmethod
    def at(cls, root: Path, extractor: Extractor = default_extractor, engine: str | None = None) -> Library:
        """The library of store directory ``root``, which ``ingest`` creates if needed.

        A store keeps the engine it was created with (``engine``, whoosh by default); asking
        an existing store for another is a StoreError.
        """
        store = Store(root)
        chosen = store_engine(store)
        if engine is not None and engine not in ENGINES:
            raise StoreError(f"unknown search engine {engine!r} (engines: {', '.join(ENGINES)})")
        if engine is not None and chosen is not None and engine != chosen:
            raise StoreError(
                f"{root} was created with the {chosen} engine, not {engine}; a store keeps its engine"
            )
        name = chosen or engine or "whoosh"
        return cls(store, make_engine(name, store), extractor, name)

    @classmethod
    def open(cls, root: Path, extractor: Extractor = default_extractor) -> Library:
        """The library of an existing store; StoreError naming ``root`` when there is none."""
        Store(root).check()
        return cls.at(root, extractor)

    def ingest(
        self, articles: Iterable[Article], progress: Callable[[Ingested], None] | None = None
    ) -> list[Ingested]:
        """Extract, store and index ``articles``; creates the store when needed.

        A record whose bytes do not change is neither rewritten nor re-indexed. The
        same text read again without some metadata keeps what the store already had
        (a copy of the file without its sidecar never erases title, source or date).
        """
        done: list[Ingested] = []
        changed: list[Record] = []
        try:
            for article in articles:
                existed = self.store.record_path(article.id).is_file()
                if existed:
                    article = self._keep_metadata(article)
                record = extract_record(article, self.extractor)
                if not self.store.exists():
                    self.create()
                wrote = self.store.put(record)
                result = Ingested(record, ("updated" if existed else "added") if wrote else "unchanged")
                if wrote:
                    changed.append(record)
                done.append(result)
                if progress:
                    progress(result)
        finally:
            # Index whatever was written, even when a later article failed, so the
            # index always agrees with records/.
            if self.store.exists() and not self.engine.exists():
                self.engine.rebuild(self.store.records())
            else:
                self.engine.add(changed)
        return done

    def create(self) -> None:
        """Create the store, recording the engine it keeps."""
        self.store.create()
        path = self.store.root / ENGINE_FILE
        try:
            path.write_text(self.engine_name + "\n")
        except OSError as e:
            raise StoreError(f"{path}: cannot write: {e.strerror or e}") from e

    def _keep_metadata(self, article: Article) -> Article:
        try:
            old = self.store.get(article.id).article
        except StoreError:
            return article  # a malformed record is replaced by the article read now
        return replace(
            article,
            title=article.title or old.title,
            source=article.source or old.source,
            date=article.date or old.date,
            authors=article.authors or old.authors,
            url=article.url or old.url,
        )

    def speakers(self) -> list[SpeakerStats]:
        """Every speaker with quote counts and titles, most quoted first.

        Names of one person ("PolitiFact" and "Politifact", "Paul Ryan" and "Paul D.
        Ryan") are one row, under the name quoted most. A title that a longer one
        already says ("news outlet" beside "Russian news outlet") is left out.
        """
        stats = {s.name: s for s in self.engine.speakers()}
        rows = []
        for group in names.variants(stats):
            members = sorted((stats[n] for n in group), key=lambda s: (-s.quotes, -len(s.name), s.name))
            ids = frozenset().union(*(m.article_ids for m in members))
            titles = tuple(dict.fromkeys(t for m in members for t in m.titles))
            rows.append(
                SpeakerStats(
                    name=members[0].name,
                    quotes=sum(m.quotes for m in members),
                    articles=len(ids),
                    titles=_distinct(titles),
                    article_ids=ids,
                )
            )
        return sorted(rows, key=lambda s: (-s.quotes, names.fold(s.name), s.name))

    def resolve_source(self, source: str) -> str:
        """The outlet to filter on: ``source`` when a stored outlet has its words, else the
        one outlet it spells without spaces or hyphens ("huffpost": "huff-post"); NotFound,
        with the closest outlets, when there is none."""
        words = names.fold(source).split()
        if not words:
            return source  # the engine says there is nothing to match
        known = sorted(self.engine.sources())
        if any(set(words) <= set(names.fold(k).split()) for k in known):
            return source
        spelled = [k for k in known if names.compact(k) == names.compact(source)]
        if len(spelled) == 1:
            return spelled[0]
        close = names.suggest(source, known)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise NotFound(f"no source matches {source!r}{hint}")

    def resolve_speaker(self, name: str) -> list[str]:
        """The canonical speakers ``name`` means (full name, or surname, any case or accents);
        NotFound suggesting the closest names when there is none."""
        # Every speaker a name can mean shares its last word: look up only those.
        key = surname(name)
        found = names.resolve(name, self.engine.speaker_names(key)) if key else []
        if not found:
            close = names.suggest(name, self.engine.speaker_names())
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise NotFound(f"no speaker matches {name!r}{hint}")
        return found

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
        ``offset``-th on; read as they are taken."""
        return self.engine.search(
            text,
            speakers=self.resolve_speaker(speaker) if speaker else (),
            since=since,
            until=until,
            source=self.resolve_source(source) if source is not None else None,
            limit=limit,
            offset=offset,
            include_terms=include_terms,
        )

    def by(
        self,
        name: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[Hit]:
        """The quotes of the speaker(s) ``name`` means, oldest article first (undated last),
        within the filters; read as they are taken."""
        return self.engine.search(
            "",
            speakers=self.resolve_speaker(name),
            since=since,
            until=until,
            source=self.resolve_source(source) if source is not None else None,
            limit=limit,
            offset=offset,
            order="date",
        )

    def show(self, quote_id: str) -> Found:
        """The stored quote with id ``quote_id`` (``<article id>-<6 hex>``)."""
        article_id = quote_id.rsplit("-", 1)[0]
        if not is_article_id(article_id):
            raise NotFound(f"no quote with id {quote_id!r}")
        try:
            record = self.store.get(article_id)
        except NotFound as e:
            raise NotFound(f"no quote with id {quote_id!r}") from e
        for qid, quote in zip(record.quote_ids(), record.quotes, strict=True):
            if qid == quote_id:
                return Found(qid, quote, record)
        raise NotFound(f"no quote with id {quote_id!r}")

    def reindex(self) -> tuple[int, int]:
        """Rebuild the search index from the records alone; returns (articles, quotes)."""
        self.store.check()
        count = 0

        def counted() -> Iterator[Record]:
            nonlocal count
            for record in self.store.records():
                count += 1
                yield record

        quotes = self.engine.rebuild(counted())
        return count, quotes


def _distinct(titles: tuple[str, ...]) -> tuple[str, ...]:
    folded = [names.fold(t) for t in titles]
    return tuple(t for t, f in zip(titles, folded, strict=True) if not any(f != g and f in g for g in folded))


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
