"""The full-text search index behind ``quotes search`` and ``quotes by``.

``Engine`` is the small interface the rest of quotes uses; ``WhooshEngine`` is
its one implementation and this is the only module that imports whoosh, so the
search library can be swapped without touching anything else.

One index document per top-level quote. Queries use whoosh's syntax over the
quote text by default: words (stemmed: ``congratulate`` finds
``congratulated``), ``"phrases"``, ``AND``/``OR``/``NOT``, ``word*`` and
``field:value`` for the fields ``speaker``, ``speaker_title``, ``source``,
``title``, ``cue``, ``kind`` and ``date`` (``date:2024``, ``date:2024-11-06``,
``date:[2024-01-01 to 2024-06-30]``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from whoosh import analysis, fields, qparser, query
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.support.charset import accent_map

from quotes.errors import QueryError, StoreError
from quotes.model import KINDS, STATEMENT_KINDS, Record
from quotes.names import fold

#: Kinds hidden from search unless asked for: quoted words that are nobody's statement.
NON_STATEMENT_KINDS = ("title", "term")

# Names and outlets: every word counts (no stop words), accents folded.
_NAME_ANALYZER = analysis.StandardAnalyzer(stoplist=None) | analysis.CharsetFilter(accent_map)
_TEXT_ANALYZER = analysis.StemmingAnalyzer() | analysis.CharsetFilter(accent_map)

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    article_id=fields.ID(stored=True),
    text=fields.TEXT(stored=True, analyzer=_TEXT_ANALYZER),
    speaker=fields.TEXT(stored=True, analyzer=_NAME_ANALYZER),
    speaker_exact=fields.ID(),
    speaker_title=fields.TEXT(stored=True, analyzer=_NAME_ANALYZER),
    source=fields.TEXT(stored=True, analyzer=_NAME_ANALYZER),
    title=fields.TEXT(stored=True, analyzer=_TEXT_ANALYZER),
    date=fields.DATETIME(stored=True),
    cue=fields.KEYWORD(stored=True, lowercase=True),
    kind=fields.ID(stored=True),
    start=fields.STORED(),
    end=fields.STORED(),
)


@dataclass(frozen=True)
class Hit:
    """One quote found by a search, with what a listing shows about it.

    ``matches`` are the (start, end) offsets, into ``text``, of the words the
    query matched, for highlighting.
    """

    id: str
    article_id: str
    text: str
    speaker: str | None
    speaker_title: str | None
    cue: str | None
    kind: str
    source: str | None
    title: str | None
    date: dt.date | None
    start: int
    end: int
    score: float = 0.0
    matches: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SpeakerStats:
    """A canonical speaker: how many quotes in how many articles, and the titles given them
    (most frequent first)."""

    name: str
    quotes: int
    articles: int
    titles: tuple[str, ...]
    article_ids: frozenset[str] = frozenset()


class Engine(Protocol):
    """What quotes needs from a search index."""

    def exists(self) -> bool: ...

    def add(self, records: Iterable[Record]) -> None:
        """Index these records' quotes, replacing whatever the index had for those articles
        (a generator is read as it goes, into one commit)."""

    def delete(self, article_ids: Sequence[str]) -> None: ...

    def rebuild(self, records: Iterable[Record]) -> int:
        """Replace the whole index with these records' quotes; returns the number indexed."""

    def search(
        self,
        text: str,
        *,
        speakers: Sequence[str] = (),
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 20,
        include_terms: bool = False,
    ) -> list[Hit]:
        """Best-scoring quotes for query ``text`` ("" for all) within the filters."""

    def speakers(self) -> list[SpeakerStats]: ...

    def contents(self) -> dict[str, set[str]]:
        """The quote ids indexed for each article id (for ``quotes check``)."""

    def sources(self) -> set[str]:
        """The outlets of the indexed articles, as their metadata gives them."""


_DATE_FORMS = "use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or date:[YYYY-MM-DD to YYYY-MM-DD]"
_DATE_CLAUSE = re.compile(r"\bdate:(\[[^\]]*\]|\S+)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def _scratch_dir(beside: Path, role: str) -> Path:
    """A new directory next to ``beside``, with the permissions the umask gives (mkdtemp's are 0700)."""
    path = beside.parent / f".{beside.name}-{role}-{uuid.uuid4().hex[:12]}"
    path.mkdir()
    return path


def _compact_dates(text: str) -> str:
    """``date:[2024-11-01 to 2024-11-30]`` as ``date:[20241101 to 20241130]``: whoosh 2.7's
    date parser reads only the year of a hyphenated date inside a range."""
    return _DATE_CLAUSE.sub(
        lambda m: "date:" + _ISO.sub(lambda d: "".join(g or "" for g in d.groups()), m[1]), text
    )


def _documents(record: Record) -> Iterable[dict[str, Any]]:
    art = record.article
    for qid, q in zip(record.quote_ids(), record.quotes, strict=True):
        doc: dict[str, Any] = {
            "id": qid,
            "article_id": record.id,
            "text": q.text,
            "kind": q.kind,
            "start": q.start,
            "end": q.end,
        }
        # whoosh rejects None field values; leave unknown fields out instead.
        optional = {
            "speaker": q.speaker,
            "speaker_exact": fold(q.speaker) if q.speaker else None,
            "speaker_title": q.speaker_title,
            "cue": q.cue,
            "source": art.source,
            "title": art.title,
            "date": dt.datetime.combine(art.date, dt.time()) if art.date else None,
        }
        doc.update({k: v for k, v in optional.items() if v})
        yield doc


@dataclass(frozen=True)
class WhooshEngine:
    """A whoosh index in directory ``path`` (created on the first ``add``)."""

    path: Path

    def exists(self) -> bool:
        # Not whoosh's exists_in(): it opens the index and raises on a damaged one.
        return any(self.path.glob("_MAIN_*.toc"))

    def _open(self, create: bool = False) -> Any:
        if not self.exists():
            if create:
                self.path.mkdir(parents=True, exist_ok=True)
                return FileStorage(str(self.path), supports_mmap=False).create_index(SCHEMA)
            # A reindex swaps a new index in with two renames: wait out that instant.
            for _ in range(50):
                if self.exists() or not any(self.path.parent.glob(f".{self.path.name}-old-*")):
                    break
                time.sleep(0.02)
            if not self.exists():
                raise StoreError(f"no search index in {self.path} (run quotes check --repair to build it)")
        try:
            # Without mmap: whoosh 2.7 copies a memory-mapped segment into memory whole.
            ix = FileStorage(str(self.path), supports_mmap=False).open_index()
        except Exception as e:  # whoosh raises assorted errors on a damaged index
            raise StoreError(
                f"{self.path}: damaged search index ({type(e).__name__}: {str(e)[:80]}); "
                "run quotes check --repair"
            ) from e
        if sorted(ix.schema.names()) != sorted(SCHEMA.names()):
            raise StoreError(
                f"{self.path}: search index from another version of quotes; run quotes check --repair"
            )
        return ix

    def _writer(self, ix: Any) -> Any:
        try:
            # Large batches: whoosh spills to disk only past limitmb of postings.
            return ix.writer(limitmb=256)
        except LockError as e:
            raise StoreError(f"{self.path}: search index is locked by another process") from e

    def add(self, records: Iterable[Record]) -> None:
        """Index these records' quotes, replacing what the index had for those articles.

        ``records`` may be a generator: it is read as it goes, into one writer and one
        commit. When it raises, what it gave before is still committed (the index keeps
        up with records already written) and the error goes on."""
        it = iter(records)
        first = next(it, None)
        if first is None:
            return
        ix = self._open(create=True)
        try:
            w = self._writer(ix)
            try:
                with w.searcher() as existing:  # one reader for every delete, not one each
                    record: Record | None = first
                    while record is not None:
                        w.delete_by_term("article_id", record.id, searcher=existing)
                        for doc in _documents(record):
                            w.add_document(**doc)
                        record = next(it, None)
                w.commit()
            except BaseException:
                # Commit what the records already written say, then let the error go on.
                with contextlib.suppress(Exception):
                    w.commit()
                raise
        finally:
            ix.close()

    def delete(self, article_ids: Sequence[str]) -> None:
        if not article_ids or not self.exists():
            return
        ix = self._open()
        try:
            w = self._writer(ix)
            with w.searcher() as existing:
                for article_id in article_ids:
                    w.delete_by_term("article_id", article_id, searcher=existing)
            w.commit()
        finally:
            ix.close()

    def rebuild(self, records: Iterable[Record]) -> int:
        # Build beside the live index and swap it in, so a failure (say a malformed
        # record) or a kill leaves the old index working, and readers see the old index
        # or the new one, whole.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = _scratch_dir(self.path, "new")
        count = 0
        try:
            ix = FileStorage(str(fresh), supports_mmap=False).create_index(SCHEMA)
            with ix.writer(limitmb=256) as w:
                for record in records:
                    for doc in _documents(record):
                        w.add_document(**doc)
                        count += 1
            ix.close()
            old = None
            if self.path.exists():
                old = _scratch_dir(self.path, "old")
                os.replace(self.path, old / self.path.name)
            os.replace(fresh, self.path)
            if old:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        return count

    def contents(self) -> dict[str, set[str]]:
        """The quote ids indexed for each article (reading every stored document: for checks)."""
        found: defaultdict[str, set[str]] = defaultdict(set)
        ix = self._open()
        try:
            with ix.searcher() as searcher:
                for stored in searcher.all_stored_fields():
                    found[stored["article_id"]].add(stored["id"])
        except StoreError:
            raise
        except Exception as e:
            raise StoreError(
                f"{self.path}: damaged search index ({type(e).__name__}); run quotes check --repair"
            ) from e
        finally:
            ix.close()
        return dict(found)

    def _parse(self, text: str, schema: Any) -> Any:
        """The whoosh query for ``text``; QueryError for a field or a date it cannot use.

        Whoosh itself would read ``foo:bar`` as two words and a bad date as a query
        that matches nothing, which looks like "no quotes found".
        """
        if not text.strip():
            return query.Every()
        outside_phrases = re.sub(r'"[^"]*"', " ", text)
        for name in re.findall(r"(?<![\w.])([A-Za-z_]\w*):(?=\S)", outside_phrases):
            if name not in schema.names():
                known = ", ".join(QUERY_FIELDS)
                raise QueryError(f"unknown field {name!r} in query {text!r} (fields: {known})")
        for kind in re.findall(r"\bkind:(\S+)", outside_phrases):
            if kind.lower() not in KINDS:
                raise QueryError(f"unknown kind {kind!r} in query {text!r} (kinds: {', '.join(KINDS)})")
        text = re.sub(r"\bkind:(\S+)", lambda m: f"kind:{m[1].lower()}", text)  # kind:Title
        dated = _DATE_CLAUSE.search(outside_phrases) is not None
        for clause in _DATE_CLAUSE.finditer(outside_phrases):
            ends = ["".join(g or "" for g in d) for d in _ISO.findall(clause[1])]
            if len(ends) == 2 and ends[0] > ends[1]:
                raise QueryError(f"date range {clause[0]!r} ends before it starts")
        parser = qparser.QueryParser("text", schema)
        parser.add_plugin(DateParserPlugin(free=False))
        try:
            parsed = parser.parse(_compact_dates(text))
        except Exception as e:  # whoosh raises bare errors for impossible dates in ranges
            if dated:
                raise QueryError(f"cannot read a date range in query {text!r} ({_DATE_FORMS})") from e
            raise QueryError(f"cannot read query {text!r}: {e}") from e
        if any(isinstance(leaf, type(query.NullQuery)) for leaf in _leaves(parsed)):
            if dated:
                raise QueryError(f"cannot read a date in query {text!r} ({_DATE_FORMS})")
            # "it's", "the", "AND": nothing left once common words and operators are set aside
            raise QueryError(
                f"nothing to search for in {text!r}: common words such as 'the' or 'it' are not "
                "indexed; add a word that says what the quote is about"
            )
        return parsed

    def search(
        self,
        text: str,
        *,
        speakers: Sequence[str] = (),
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 20,
        include_terms: bool = False,
    ) -> list[Hit]:
        if limit is not None and limit < 1:
            raise QueryError(f"limit must be at least 1, not {limit}")
        if since and until and since > until:
            raise QueryError(f"--since {since} is after --until {until}")
        filters: list[Any] = []
        if speakers:
            filters.append(query.Or([query.Term("speaker_exact", fold(s)) for s in speakers]))
        if since or until:
            filters.append(
                query.DateRange(
                    "date",
                    dt.datetime.combine(since, dt.time.min) if since else None,
                    dt.datetime.combine(until, dt.time.max) if until else None,
                )
            )
        if source is not None:
            words = [t.text for t in _NAME_ANALYZER(source)]
            if not words:
                raise QueryError(f"--source {source!r} has no words to match")
            filters.append(query.And([query.Term("source", w) for w in words]))
        # asking for kind:term or kind:title means wanting them
        asked = any(f"kind:{k}" in text.lower() for k in NON_STATEMENT_KINDS)
        mask = (
            None if include_terms or asked else query.Or([query.Term("kind", k) for k in NON_STATEMENT_KINDS])
        )
        ix = self._open()
        try:
            q = self._parse(text, ix.schema)
            with ix.searcher() as searcher:
                results = searcher.search(
                    q,
                    limit=limit,
                    filter=query.And(filters) if filters else None,
                    mask=mask,
                    terms=True,
                )
                return [self._hit(hit) for hit in results]
        finally:
            ix.close()

    def _hit(self, hit: Any) -> Hit:
        stored = hit.fields()
        text = stored["text"]
        words = {term.decode("utf-8") for field, term in (hit.matched_terms() or ()) if field == "text"}
        # Re-analyse the stored text to find where the matched (stemmed) words occur.
        matches = tuple(
            (tok.startchar, tok.endchar) for tok in _TEXT_ANALYZER(text, chars=True) if tok.text in words
        )
        date = stored.get("date")
        return Hit(
            id=stored["id"],
            article_id=stored["article_id"],
            text=text,
            speaker=stored.get("speaker"),
            speaker_title=stored.get("speaker_title"),
            cue=stored.get("cue"),
            kind=stored["kind"],
            source=stored.get("source"),
            title=stored.get("title"),
            date=date.date() if date else None,
            start=stored["start"],
            end=stored["end"],
            score=float(hit.score or 0.0),
            matches=matches,
        )

    def sources(self) -> set[str]:
        ix = self._open()
        try:
            with ix.searcher() as searcher:
                return {stored["source"] for stored in searcher.all_stored_fields() if stored.get("source")}
        finally:
            ix.close()

    def speakers(self) -> list[SpeakerStats]:
        quotes: Counter[str] = Counter()
        articles: defaultdict[str, set[str]] = defaultdict(set)
        titles: defaultdict[str, Counter[str]] = defaultdict(Counter)
        ix = self._open()
        try:
            with ix.searcher() as searcher:
                for stored in searcher.all_stored_fields():
                    name = stored.get("speaker")
                    if not name or stored.get("kind") not in STATEMENT_KINDS:
                        continue
                    quotes[name] += 1
                    articles[name].add(stored["article_id"])
                    if stored.get("speaker_title"):
                        titles[name][stored["speaker_title"]] += 1
        finally:
            ix.close()
        return sorted(
            (
                SpeakerStats(
                    name=name,
                    quotes=n,
                    articles=len(articles[name]),
                    titles=tuple(t for t, _ in titles[name].most_common()),
                    article_ids=frozenset(articles[name]),
                )
                for name, n in quotes.items()
            ),
            key=lambda s: (-s.quotes, fold(s.name), s.name),
        )


# The fields a query may name, as the README lists them.
QUERY_FIELDS = ("speaker", "speaker_title", "source", "title", "cue", "kind", "date")


def _leaves(q: Any) -> Iterator[Any]:
    children = list(q.children()) if hasattr(q, "children") else []
    if not children:
        yield q
    for child in children:
        yield from _leaves(child)
