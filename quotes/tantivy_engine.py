"""The tantivy search engine: the only module that imports tantivy (a compiled Rust library).

``TantivyEngine`` implements ``quotes.search.Engine`` over a tantivy index
directory, with the same documents, analysis and search plans as the Whoosh
engine, so a store answers the same whichever of the two it was created with.
Text is indexed pre-tokenized by ``quotes.analysis`` (tantivy's own analysers
stem and fold differently); filters are clauses that must match and score
nothing; a date is an integer day in a fast field; the oldest-first order is a
fast text field; speakers and outlets are listed from the term dictionary.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import uuid
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import starmap
from pathlib import Path
from typing import Any

import tantivy

from quotes import analysis
from quotes import query as q
from quotes.errors import StoreError
from quotes.model import Record
from quotes.search import (
    NO_FILTERS,
    SEP,
    Filters,
    Hit,
    Plan,
    Prepared,
    SpeakerStats,
    documents,
    in_outlet,
    outlet_words,
    plan,
    speaker_stats,
)

# Index format of this module: a directory written by another is rebuilt, not misread.
FORMAT = "quotes-tantivy-1"
_FORMAT_FILE = "quotes-format"
_WRITER_HEAP = 128 * 1024 * 1024
_TEXT_FIELDS = ("text", "title")
_NAME_FIELDS = ("speaker", "speaker_title", "source")
_KEY_FIELDS = ("speaker_exact", "source_exact", "kind", "speaker_key", "speaker_article", "speaker_title_key")


def _schema() -> Any:
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("article_id", stored=True, tokenizer_name="raw", index_option="basic")
    for name in (*_TEXT_FIELDS, *_NAME_FIELDS):
        b.add_text_field(name, stored=True)
    b.add_text_field("cue", stored=True, index_option="freq")
    for name in _KEY_FIELDS:
        b.add_text_field(name, stored=name == "kind", tokenizer_name="raw", index_option="basic")
    b.add_text_field("order", tokenizer_name="raw", fast=True, index_option="basic")
    b.add_integer_field("day", stored=True, indexed=True, fast=True)
    b.add_integer_field("start", stored=True)
    b.add_integer_field("end", stored=True)
    return b.build()


SCHEMA = _schema()


def _pre(text: str, tokens: Iterable[tuple[str, int, int, int]]) -> Any:
    return tantivy.PreTokenizedString(
        text,
        # (text, position, start, end), positional: cheaper than by keyword
        list(starmap(tantivy.Token, tokens)),
    )


@lru_cache(maxsize=4096)
def _pre_title(title: str) -> Any:
    # an article's title and outlet go with each of its quotes: analyse them once
    return _pre(title, analysis.text_tokens(title))


@lru_cache(maxsize=4096)
def _pre_name(name: str) -> Any:
    return _pre(name, analysis.name_tokens(name))


@lru_cache(maxsize=4096)
def _pre_cue(cue: str) -> Any:
    # a few cues ("said", "told") make most quotes': each analysed once, not once a quote
    words = cue.lower().split()
    return _pre(cue, ((w, i, 0, len(cue)) for i, w in enumerate(words)))


#: Between a quote text's terms in ``_compact`` (no term holds it: terms are words).
_TERM_SEP = "\0"
#: The fields of a ``_compact`` document, in the order of its values (``search.documents``'s).
_FIELDS = (
    "id",
    "article_id",
    "text",
    "kind",
    "start",
    "end",
    "speaker",
    "speaker_exact",
    "speaker_title",
    "cue",
    "source",
    "source_exact",
    "title",
    "day",
    "order",
    "speaker_key",
    "speaker_article",
    "speaker_title_key",
)
_TEXT_AT = _FIELDS.index("text")

#: a document as ``_compact`` makes it and ``_document`` takes it: its fields' values in
#: ``_FIELDS`` order, its quote text's terms joined by ``_TERM_SEP``, their character spans
#: (start, end, start, end...) -- plain values that cross a worker's pipe cheaply
Compact = tuple[tuple[Any, ...], str, "array[int]"]


def _compact(fields: dict[str, Any]) -> Compact:
    """One document as the writer adds it, made where its record is (an ingest worker): its
    fields' values in ``_FIELDS`` order (None for an empty one: no field names), and its quote
    text's terms (the analysis in Python) as one string and their character spans as one array
    of ints. Few objects to pickle and unpickle: the same terms as tuples of tuples cost the
    hand-off between a worker and the writer more than making them; tantivy's own documents do
    not cross a pipe for less than they cost to make (pickled, a document is its fields in
    Python objects, one dict a token)."""
    terms: list[str] = []
    spans: array[int] = array("I")
    text = fields.get("text")
    if text:
        # ``analysis.text_tokens`` without a Token tuple a term (most of its cost here); the
        # positions run 0, 1, 2...: not sent. A test holds the two to the same terms.
        add_term, add_span, term_of = terms.append, spans.extend, analysis.text_term
        for m in analysis.WORD.finditer(text):
            term = term_of(m[0])
            if term is not None:
                add_term(term)
                add_span(m.span())
    values = tuple(v if v != "" else None for v in map(fields.get, _FIELDS))
    return values, _TERM_SEP.join(terms), spans


def _document(values: tuple[Any, ...], terms: str, spans: array[int]) -> Any:
    """The tantivy document of a ``_compact`` one: each field added by the call its kind
    needs, chosen once for all documents (``_ADDERS``), not by name for each field."""
    doc = tantivy.Document()
    for name, add, value in zip(_FIELDS, _ADDERS, values, strict=True):
        if value is not None:
            add(doc, name, value)
    text = values[_TEXT_AT]
    if text is not None:
        words = terms.split(_TERM_SEP) if terms else []
        tokens = map(tantivy.Token, words, range(len(words)), spans[::2], spans[1::2])
        doc.add_pre_tokenized_text("text", tantivy.PreTokenizedString(text, list(tokens)))
    return doc


def _analysed(analyse: Any) -> Any:
    """The adder of a field whose value ``analyse`` turns into its pre-tokenized text (the
    analysis in Python, so search and index agree on the terms)."""

    def add(doc: Any, name: str, value: str) -> None:
        doc.add_pre_tokenized_text(name, analyse(value))

    return add


def _skip(doc: Any, name: str, value: Any) -> None:
    """The quote's text: added after the loop, from its terms and spans."""


def _adder(name: str) -> Any:
    """The call that adds field ``name``'s value to a tantivy document (see ``_document``)."""
    # The fields other than a quote's text analysed in Python, by the (cached) analysis of
    # each: their values recur from quote to quote.
    if name == "title":
        return _analysed(_pre_title)
    if name == "cue":
        return _analysed(_pre_cue)
    if name in _NAME_FIELDS:
        return _analysed(_pre_name)
    if name == "text":
        return _skip
    if name in ("day", "start", "end"):
        return tantivy.Document.add_integer
    return tantivy.Document.add_text


_ADDERS = tuple(map(_adder, _FIELDS))


def _compile(node: q.Node) -> Any:
    """The tantivy query of a ``quotes.query`` tree."""
    Query, Occur = tantivy.Query, tantivy.Occur
    if isinstance(node, q.Term):
        return Query.term_query(SCHEMA, node.field, node.text)
    if isinstance(node, q.Phrase):
        if len(node.terms) == 1:  # an outlet filter of one word: tantivy's phrases have two or more
            return Query.term_query(SCHEMA, node.field, node.terms[0])
        return Query.phrase_query(SCHEMA, node.field, list(node.terms))
    if isinstance(node, q.Prefix):
        return Query.regex_query(SCHEMA, node.field, re.escape(node.prefix) + ".*")
    if isinstance(node, q.DayRange):
        return Query.range_query(
            SCHEMA, "day", tantivy.FieldType.Integer, node.first or 1, node.last or dt.date.max.toordinal()
        )
    if isinstance(node, q.And):
        return Query.boolean_query(
            [
                (Occur.MustNot, _compile(c.child)) if isinstance(c, q.Not) else (Occur.Must, _compile(c))
                for c in node.children
            ]
        )
    if isinstance(node, q.Or):
        return Query.boolean_query([(Occur.Should, _compile(c)) for c in node.children])
    if isinstance(node, q.Not):
        return Query.boolean_query([(Occur.Must, Query.all_query()), (Occur.MustNot, _compile(node.child))])
    return Query.all_query()


def _outlet_filter(words: Sequence[str], outlets: Iterable[str]) -> Any:
    """The outlets that have ``words`` (``in_outlet``: "and" and "&" alike, which a phrase of
    the source field cannot say), as exact terms, as the whoosh engine does."""
    Query, Occur = tantivy.Query, tantivy.Occur
    found = [
        (Occur.Should, Query.term_query(SCHEMA, "source_exact", o))
        for o in sorted(outlets)
        if in_outlet(words, [t.text for t in analysis.name_tokens(o)])
    ]
    return Query.boolean_query(found)  # none: matches nothing


def _whole(p: Plan, outlets: Iterable[str] = ()) -> Any:
    """The plan as one query: filters add no score, so the order is the main query's.
    ``outlets``: the index's outlets, for an outlet filter."""
    Query, Occur = tantivy.Query, tantivy.Occur
    if not p.filters:
        return _compile(p.main)

    def compile_filter(f: q.Node) -> Any:
        words = outlet_words(f)
        return _compile(f) if words is None else _outlet_filter(words, outlets)

    clauses = [
        (Occur.MustNot, _compile(f.child))
        if isinstance(f, q.Not)
        else (Occur.Must, Query.const_score_query(compile_filter(f), 0.0))
        for f in p.filters
    ]
    if not isinstance(p.main, q.Every) or all(o == Occur.MustNot for o, _ in clauses):
        clauses.insert(0, (Occur.Must, _compile(p.main)))
    return Query.boolean_query(clauses)


def _scratch_dir(beside: Path, role: str) -> Path:
    path = beside.parent / f".{beside.name}-{role}-{uuid.uuid4().hex[:12]}"
    path.mkdir()
    return path


@dataclass(frozen=True)
class TantivyEngine:
    """A tantivy index in directory ``path`` (created on the first ``add``)."""

    path: Path
    # The index as last opened, kept while its meta.json is unchanged: opening costs more
    # than a query.
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def _searcher(self) -> Any:
        """A searcher of the index as it is now (StoreError when there is none or it is damaged)."""
        try:
            st = (self.path / "meta.json").stat()
            state: tuple[int, int] | None = (st.st_ino, st.st_mtime_ns)
        except OSError:
            state = None
        if state is None or self._cache.get("state") != state:
            self._cache.clear()
            self._cache.update(index=self._open(), state=state)
        return self._cache["index"].searcher()

    def exists(self) -> bool:
        return (self.path / "meta.json").is_file()

    def _open(self, create: bool = False) -> Any:
        if not self.exists():
            if not create:
                raise StoreError(f"no search index in {self.path} (run quotes check --repair to build it)")
            return _create(self.path)
        try:
            fmt = (self.path / _FORMAT_FILE).read_text().strip()
        except OSError:
            fmt = ""
        if fmt != FORMAT:
            raise StoreError(
                f"{self.path}: search index from another version of quotes; run quotes check --repair"
            )
        try:
            return tantivy.Index.open(str(self.path))
        except Exception as e:  # tantivy raises ValueError or OSError on a damaged index
            raise StoreError(f"{self.path}: damaged search index ({e}); run quotes check --repair") from e

    def _writer(self, ix: Any) -> Any:
        try:
            return ix.writer(_WRITER_HEAP, 1)
        except ValueError as e:
            raise StoreError(f"{self.path}: search index is locked by another process ({e})") from e

    def prepare(self, record: Record) -> Prepared:
        # ``_compact`` documents: the analysis in Python is done where the record is made,
        # not by the one writer.
        return Prepared(record.id, tuple(_compact(d) for d in documents(record)))

    def add(self, records: Iterable[Record | Prepared]) -> None:
        # A generator is read as it goes; what was read is committed even when it raises.
        writer = None
        try:
            for record in records:
                if writer is None:
                    writer = self._writer(self._open(create=True))
                prepared = record if isinstance(record, Prepared) else self.prepare(record)
                writer.delete_documents_by_term("article_id", prepared.article_id)
                for compact in prepared.documents:
                    writer.add_document(_document(*compact))
        finally:
            if writer is not None:
                writer.commit()
                writer.wait_merging_threads()

    def delete(self, article_ids: Sequence[str]) -> None:
        if not article_ids or not self.exists():
            return
        writer = self._writer(self._open())
        for article_id in article_ids:
            writer.delete_documents_by_term("article_id", article_id)
        writer.commit()
        writer.wait_merging_threads()

    def contents(self) -> dict[str, set[str]]:
        """The quote ids indexed for each article (reading every stored document: for checks)."""
        searcher = self._searcher()
        found: dict[str, set[str]] = {}
        everything = searcher.search(tantivy.Query.all_query(), max(searcher.num_docs, 1), count=False)
        for _, address in everything.hits:
            doc = searcher.doc(address)
            found.setdefault(doc.get_first("article_id"), set()).add(doc.get_first("id"))
        return found

    def rebuild(self, records: Iterable[Record]) -> int:
        # Build beside the live index and swap it in, so a failure leaves the old one working.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = _scratch_dir(self.path, "new")
        count = 0
        writer = None
        try:
            writer = _create(fresh).writer(_WRITER_HEAP, 1)
            for record in records:
                for fields in documents(record):
                    writer.add_document(_document(*_compact(fields)))
                    count += 1
            writer.commit()
            writer.wait_merging_threads()
            writer = None
            old = None
            if self.path.exists():
                old = _scratch_dir(self.path, "old")
                os.replace(self.path, old / self.path.name)
            os.replace(fresh, self.path)
            if old:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            if writer is not None:
                writer.rollback()
                writer = None  # let go of the directory's lock before removing it
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        return count

    def search(self, text: str, filters: Filters = NO_FILTERS) -> Iterator[Hit]:
        searcher = self._searcher()  # a missing index is said before a bad query
        p = plan(text, filters)
        whole = _whole(p, self.sources() if any(outlet_words(f) is not None for f in p.filters) else ())
        size = p.limit if p.limit is not None else max(searcher.num_docs - p.offset, 1)
        if p.order == "date":
            found = searcher.search(
                whole, size, count=False, order_by_field="order", offset=p.offset, order=tantivy.Order.Asc
            )
        else:
            found = searcher.search(whole, size, count=False, offset=p.offset)
        return self._hits(searcher, found.hits, p)

    def _hits(self, searcher: Any, hits: list[tuple[Any, Any]], p: Plan) -> Iterator[Hit]:
        for key, address in hits:
            doc = searcher.doc(address)
            text = doc.get_first("text")
            day = doc.get_first("day")
            yield Hit(
                id=doc.get_first("id"),
                article_id=doc.get_first("article_id"),
                text=text,
                speaker=doc.get_first("speaker"),
                speaker_title=doc.get_first("speaker_title"),
                cue=doc.get_first("cue"),
                kind=doc.get_first("kind"),
                source=doc.get_first("source"),
                title=doc.get_first("title"),
                date=dt.date.fromordinal(day) if day else None,
                start=doc.get_first("start"),
                end=doc.get_first("end"),
                score=float(key) if p.order == "score" else 0.0,
                highlight=p.matches,
            )

    def _terms(self, field: str, prefix: str = "") -> list[tuple[str, int]]:
        """The terms of ``field`` beginning with ``prefix``, with the number of live quotes of each."""
        if not self.exists():
            return []
        searcher = self._searcher()
        found = searcher.terms_with_prefix(field, prefix, filter_query=tantivy.Query.all_query())
        return [(t, n) for t, n in found if n]

    def sources(self) -> set[str]:
        return {t for t, _ in self._terms("source_exact")}

    def speaker_names(self, surname: str | None = None) -> list[str]:
        prefix = f"{surname}{SEP}" if surname is not None else ""
        return sorted({t.split(SEP, 1)[1] for t, _ in self._terms("speaker_key", prefix)})

    def speakers(self) -> list[SpeakerStats]:
        return speaker_stats(
            self._terms("speaker_key"), self._terms("speaker_article"), self._terms("speaker_title_key")
        )


def _create(path: Path) -> Any:
    path.mkdir(parents=True, exist_ok=True)
    (path / _FORMAT_FILE).write_text(FORMAT + "\n")
    return tantivy.Index(SCHEMA, path=str(path), reuse=False)
