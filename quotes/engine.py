"""The Whoosh search engine: the only module that imports whoosh.

``WhooshEngine`` implements ``quotes.search.Engine`` over a Whoosh index
directory. Text is analysed by ``quotes.analysis`` (a Whoosh tokenizer wraps
it) and queries are planned by ``quotes.search``, so a Whoosh store answers as
a tantivy one does. How a plan runs here, step by step:

- the index is opened without copying it into memory (Whoosh 2.7's memory-mapped
  reads wrap the whole segment in a ``BytesIO``), its files are read as slices of
  memory maps (``_MappedFile``; the lexicon's binary search and walk too), and its
  searcher is kept while the index is unchanged;
- a query's filters (speakers, dates, outlet, hidden kinds) are tested for each
  document the query finds (``_Keep``): speakers, dates and outlet in columns, the
  hidden kinds (titles and terms, few) against their documents' numbers, read once
  for the reader; so they cost what the query finds, never a read of every
  document they name, and score nothing;
- a listing in date order (``by``, ``""``) reads its first pages from a lexicon
  of sort keys (``_Walk``); further pages, and filters in a listing, are terms
  (a date range: the fewest year, month and day terms covering it);
- speakers and outlets are listed from key terms in the lexicon, counted without
  the deleted documents.
"""

from __future__ import annotations

import array
import calendar
import contextlib
import datetime as dt
import functools
import heapq
import importlib
import itertools
import mmap
import operator
import os
import pickle
import shutil
import struct
import sys
import time
import types
import weakref
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any


def _forward(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for function ``name`` of ``module`` that imports the module when first called."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return call


# Modules whoosh 2.7.4 imports at load for functions no part of whoosh that quotes uses calls,
# and what it takes from them: ``whoosh.compat`` takes ``urlretrieve`` (and with
# ``urllib.request`` come ssl, http.client and email: about a fifth of the CPU of a `quotes
# search` process, 15-20 ms) and ``escape`` (for whoosh's HTML highlighter; ``html`` loads the
# table of every HTML entity: 1-1.5 ms), ``whoosh.query.terms`` takes ``variations`` (for a
# query kind quotes never makes; ``whoosh.lang.morph_en`` compiles large regular expressions:
# 3-4 ms).
# While whoosh loads they are placeholders whose functions import the real module when called;
# the placeholders are gone once whoosh is loaded, so anything importing those modules after
# (``quotes.sources.web``) gets the real ones. A module a process has already is left alone.
_DEFERRED = {
    "urllib.request": ("urlretrieve",),
    "html": ("escape",),
    "whoosh.lang.morph_en": ("variations",),
}
_placeholders = {}
for _module, _names in _DEFERRED.items():
    if _module not in sys.modules:
        _placeholders[_module] = sys.modules[_module] = types.ModuleType(_module)
        for _name in _names:
            setattr(_placeholders[_module], _name, _forward(_module, _name))
try:
    importlib.import_module("whoosh.compat")
    importlib.import_module("whoosh.query")
finally:
    for _module, _placeholder in _placeholders.items():
        if sys.modules.get(_module) is _placeholder:
            del sys.modules[_module]

from whoosh import analysis as wanalysis
from whoosh import columns, fields, matching, query
from whoosh.codec import whoosh3
from whoosh.filedb import filetables
from whoosh.filedb.compound import SubFile
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import LockError
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint as _pack_uint
from whoosh.system import pack_ushort as _pack_ushort
from whoosh.util.numeric import byte_to_length as _byte_to_length
from whoosh.util.numeric import length_to_byte as _length_to_byte
from whoosh.writing import SegmentWriter

from quotes import analysis
from quotes import query as q
from quotes.errors import StoreError
from quotes.query import QUERY_FIELDS
from quotes.search import (
    NO_FILTERS,
    NON_STATEMENT_KINDS,
    SEP,
    Engine,
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

if TYPE_CHECKING:
    from quotes.model import Record

__all__ = ["NON_STATEMENT_KINDS", "QUERY_FIELDS", "Engine", "Hit", "SpeakerStats", "WhooshEngine"]


class _Tokenizer(wanalysis.Tokenizer):
    """Whoosh tokens from a ``quotes.analysis`` pipeline (picklable: the schema is stored)."""

    def __init__(self, names: bool = False) -> None:
        self.names = names

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Tokenizer) and other.names == self.names

    def __hash__(self) -> int:
        return hash(self.names)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = wanalysis.Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        split = analysis.name_tokens if self.names else analysis.text_tokens
        for t in split(value):
            token.text = t.text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[t.start : t.end]
            if positions:
                token.pos = start_pos + t.position
            if chars:
                token.startchar = start_char + t.start
                token.endchar = start_char + t.end
            yield token


_TEXT = _Tokenizer()
_NAMES = _Tokenizer(names=True)

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    article_id=fields.ID(stored=True),
    text=fields.TEXT(stored=True, analyzer=_TEXT),
    speaker=fields.TEXT(stored=True, analyzer=_NAMES),
    speaker_exact=fields.ID(sortable=True),
    speaker_title=fields.TEXT(stored=True, analyzer=_NAMES),
    source=fields.TEXT(stored=True, analyzer=_NAMES),
    source_exact=fields.ID(sortable=True),
    title=fields.TEXT(stored=True, analyzer=_TEXT),
    day=fields.NUMERIC(int, bits=32, stored=True, sortable=True),  # signed: 2.7.4 misreads unsigned ranges
    # the article's year, month and day as terms: a date range is a few of them
    period=fields.KEYWORD(),
    cue=fields.KEYWORD(stored=True, lowercase=True),
    kind=fields.ID(stored=True, sortable=True),
    start=fields.STORED(),
    end=fields.STORED(),
    order=fields.ID(sortable=True),
    speaker_key=fields.ID(),
    # a statement's speaker (folded) and sort key: `by` reads its first pages from the lexicon
    speaker_order=fields.ID(),
    speaker_article=fields.ID(),
    speaker_title_key=fields.ID(),
)


def _scratch_dir(beside: Path, role: str) -> Path:
    """A new directory next to ``beside``, with the permissions the umask gives (mkdtemp's are 0700)."""
    import uuid  # for writers: a query need not load it

    path = beside.parent / f".{beside.name}-{role}-{uuid.uuid4().hex[:12]}"
    path.mkdir()
    return path


def _documents(record: Record) -> Iterable[dict[str, Any]]:
    for doc in documents(record):
        if doc["speaker_key"]:
            doc["speaker_order"] = f"{doc['speaker_exact']}{SEP}{doc['order']}"
        if doc["day"]:
            day = dt.date.fromordinal(doc["day"])
            doc["period"] = f"{_year(day)} {_month(day)} {_day(day)}"
        # whoosh rejects None field values; leave unknown fields out instead.
        yield {k: v for k, v in doc.items() if v is not None and v != ""}


# --- documents indexed as whoosh's ``add_document`` would, at a fraction of its cost ----------
#
# ``_indexed`` makes, for each document of a record, what whoosh 2.7.4's
# ``SegmentWriter.add_document`` derives from it before writing anything: the postings of each
# indexed field (``FieldType.index``), the field lengths, the sortable columns' values and the
# stored fields, pickled and compressed as the stored column would. It runs where the record is
# made (an ingest worker), and ``_add_indexed`` gives the writer the lot with no analysis, no
# per-posting call and no per-field dispatch. The index written is the one ``add_document`` writes
# (tests/test_engine.py compares them). Text fields are analysed once per value (an article's
# title and outlet go with each of its quotes) and without whoosh's token objects.

#: The stored column's own compression (whoosh3 ``STORED_COLUMN``: zlib, level 3).
_STORED_LEVEL = 3


@dataclass(frozen=True)
class _Indexed:
    """One document as ``_add_indexed`` adds it (picklable: made on an ingest worker)."""

    postings: tuple[tuple[str, bytes, float, bytes], ...]  # (field, term, weight, value)
    size: int  # what whoosh's posting pool counts for them (when to spill to disk)
    fields: frozenset[str]
    lengths: tuple[tuple[str, int], ...]  # scorable fields' lengths
    columns: tuple[tuple[str, Any], ...]  # sortable fields' column values
    stored: bytes  # the stored fields, as the stored column writes them


def _positions(
    value: str, split: Callable[[str], Iterable[analysis.Token]]
) -> list[tuple[bytes, int, float, bytes]]:
    """``Positions.word_values`` of ``value`` for a field analysed by ``split``, as
    ``FieldType.index`` gives them."""
    where: dict[str, list[int]] = {}
    for t in split(value):
        where.setdefault(t.text, []).append(t.position)
    found = []
    for word, positions in where.items():
        deltas = [positions[0], *(b - a for a, b in itertools.pairwise(positions))]
        found.append(
            (
                word.encode("utf-8"),
                len(positions),
                float(len(positions)),
                _pack_uint(len(deltas)) + pickle.dumps(deltas, 2),
            )
        )
    return found


def _field_index(name: str, value: Any) -> list[tuple[bytes, int, float, bytes]]:
    """What ``SCHEMA[name].index(value)`` gives (term, frequency, weight, value), sooner."""
    field = SCHEMA[name]
    if field.analyzer is _TEXT or field.analyzer is _NAMES:
        return _positions(value, analysis.text_tokens if field.analyzer is _TEXT else analysis.name_tokens)
    if isinstance(field, fields.ID):
        return [(value.encode("utf-8"), 1, 1.0, b"")]
    return list(field.index(value))


def _field_postings(name: str, value: Any) -> tuple[tuple[tuple[str, bytes, float, bytes], ...], int, int]:
    """Field ``name``'s postings of ``value`` (field, term, weight, value), what whoosh's posting
    pool counts for them (``PostingPool.add``: an estimate of their memory, which says when to
    spill them to disk), and the field's length (0 for a field that is not scorable)."""
    items = _field_index(name, value)
    size = sum(150 + len(name) + len(term) * 2 + len(data) for term, _, _, data in items)
    length = sum(freq for _, freq, _, _ in items) if SCHEMA[name].scorable else 0
    return tuple((name, term, weight, data) for term, _, weight, data in items), size, length


# Fields whose value is one document's own (a quote's id, its sort keys): one exact term, made
# in line; every other field's postings are remembered for the values that recur (an article's
# title, outlet and date go with each of its quotes; speakers, cues and kinds recur across them).
_OWN = frozenset({"id", "order", "speaker_order", "speaker_article"})
_PLAN = tuple(
    (name, field.indexed, field.stored, field.column_type is not None)
    for name, field in sorted(SCHEMA.items())
)


@functools.lru_cache(maxsize=16384)
def _shared_postings(name: str, value: Any) -> tuple[tuple[tuple[str, bytes, float, bytes], ...], int, int]:
    return _field_postings(name, value)


def _indexed(record: Record) -> tuple[_Indexed, ...]:
    made: list[_Indexed] = []
    for doc in _documents(record):
        postings: list[tuple[str, bytes, float, bytes]] = []
        size = 0
        lengths = []
        column_values = []
        stored = {}
        for name, indexed, keep, column in _PLAN:
            value = doc.get(name)
            if value is None:
                continue
            if indexed:
                if name in _OWN:
                    term = value.encode("utf-8")
                    postings.append((name, term, 1.0, b""))
                    size += 150 + len(name) + len(term) * 2
                else:
                    found = _field_postings(name, value) if name == "text" else _shared_postings(name, value)
                    postings += found[0]
                    size += found[1]
                    if found[2]:
                        lengths.append((name, found[2]))
            if keep:
                stored[name] = value
            if column:
                column_values.append((name, SCHEMA[name].to_column_value(value)))
        made.append(
            _Indexed(
                tuple(postings),
                size,
                frozenset(doc),
                tuple(lengths),
                tuple(column_values),
                zlib.compress(pickle.dumps(stored, 2), _STORED_LEVEL) if stored else b"",
            )
        )
    return tuple(made)


def _add_indexed(w: Any, doc: _Indexed) -> None:
    """``w.add_document`` of the document ``doc`` was made from (``_indexed``)."""
    w._check_state()
    pool, perdoc = w.pool, w.perdocwriter
    docnum = w.docnum
    perdoc.start_doc(docnum)
    if pool.currentsize + doc.size > pool.limit:
        pool.save()
    pool.fieldnames.update(doc.fields)
    pool.current.extend([(name, term, docnum, weight, data) for name, term, weight, data in doc.postings])
    pool.currentsize += doc.size
    known = w.__dict__.setdefault("_quotes_lengths", defaultdict(dict))
    for name, length in doc.lengths:
        stored_length = _length_to_byte(length)
        perdoc.add_column_value(whoosh3._lenfield(name), whoosh3.LENGTHS_COLUMN, stored_length)
        perdoc._fieldlengths[name] += length
        known[name][docnum] = _byte_to_length(stored_length)
    for name, value in doc.columns:
        perdoc.add_column_value(name, SCHEMA[name].column_type, value)
    if doc.stored:
        # the stored column is a pickle column over a compressed one: the bytes go to the latter
        # (already compressed: written as the compressed column's own ``add`` would)
        columns.VarBytesColumn.Writer.add(perdoc._get_column("_stored")._child, docnum, doc.stored)
    perdoc.finish_doc()
    w._added = True
    w.docnum += 1


class _KnownLengths:
    """A new segment's per-document reader, answering the field lengths of the documents
    ``_add_indexed`` added from memory: whoosh asks for the length of every posting it writes
    (for each block's shortest and longest), each ask a read of the column just written."""

    def __init__(self, reader: Any, known: dict[str, dict[int, int]]) -> None:
        self.reader = reader
        self.known = known

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        if not SCHEMA[fieldname].scorable:
            return default  # no lengths kept: whoosh's reader has no column to read either
        found = self.known.get(fieldname, {}).get(docnum)
        return found if found is not None else self.reader.doc_field_length(docnum, fieldname, default)


def _add_postings(fieldwriter: Any, schema: Any, lengths: Any, items: Iterable[tuple[Any, ...]]) -> None:
    """Whoosh 2.7.4's ``FieldWriter.add_postings`` for its own ``W3FieldWriter``: the same
    postings file and terms table (tests/test_engine.py compares their bytes), written a term
    at a time, and a term of one posting without whoosh's per-term objects.

    An index commit runs when the ingest's workers are done, with nothing beside it, and most
    of it is whoosh's cost per term: four of a quote's terms are its own (its id and three sort
    keys), four fifths of a commit's terms, each of one posting, and whoosh made each a posting
    writer's block, a term info object and five method calls. Terms of several postings still
    go through whoosh's posting writer, a block at a time."""
    dfl: Callable[[int, str], int] = lengths.doc_field_length if lengths else _no_length
    known = getattr(lengths, "known", None) or {}
    live = (item for item in items if item[2] != -1)  # docnum -1: a spelling word, no posting
    for fieldname, in_field in itertools.groupby(live, key=_first):
        fieldobj = schema[fieldname]
        fieldwriter.start_field(fieldname, fieldobj)
        writer = fieldwriter._postwriter
        postfile = writer._postfile
        limit, compression = writer._blocklimit, writer._compression
        fieldkey = _pack_ushort(fieldwriter._fieldid)
        add_term = fieldwriter._tindex.add
        fmt = fieldobj.format
        fixed = fmt.fixed_value_size()
        scorable = bool(lengths) and fieldobj.scorable
        field_lengths = known.get(fieldname, {})
        for btext, in_term in itertools.groupby(in_field, key=_second):
            postings = list(in_term)
            if len(postings) == 1:
                _, _, docnum, weight, value = postings[0]
                size = 0
                if scorable:
                    size = field_lengths[docnum] if docnum in field_lengths else dfl(docnum, fieldname)
                add_term(
                    fieldkey + btext, _one_posting(postfile, compression, fixed, docnum, weight, value, size)
                )
                continue
            writer.start_postings(fmt, whoosh3.W3TermInfo())
            for at in range(0, len(postings), limit):
                block = postings[at : at + limit]
                if at:
                    writer._write_block()  # the one before: full, and not the last
                docnums = [p[2] for p in block]
                weights = [p[3] for p in block]
                writer._ids = array.array("I", docnums)
                writer._weights = array.array("f", weights)
                writer._values = [p[4] for p in block if p[4]] if fixed != 0 else []
                heaviest = max(weights)
                writer._maxweight = heaviest if heaviest > 0 else 0
                if scorable:
                    sizes = [
                        size
                        for size in (
                            field_lengths[d] if d in field_lengths else dfl(d, fieldname) for d in docnums
                        )
                        if size
                    ]
                    writer._minlength = min(sizes) if sizes else None
                    writer._maxlength = max(sizes) if sizes else 0
            fieldwriter._btext = btext
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _one_posting(
    postfile: Any,
    compression: int,
    fixed: int | None,
    docnum: int,
    weight: float,
    value: bytes | None,
    size: int,
) -> bytes:
    """Write the postings of a term of one posting as whoosh's ``W3PostingsWriter`` does (one
    block, the last: ``_write_small_block_plain``) and return its term info's bytes."""
    start = postfile.tell()
    weights = array.array("f", (weight,))
    values = (value,) if value else ()
    mini_values = tuple(values) if fixed is None or fixed < 0 else None if fixed == 0 else b"".join(values)
    data = pickle.dumps(((docnum,), None if weights[0] == 1.0 else weights[0], mini_values), 2)
    heaviest = weight if weight > 0 else 0
    shortest, longest = (size, size) if size else (None, 0)
    postfile.write(whoosh3.WHOOSH3_HEADER_MAGIC)
    _write_block_bytes(postfile, data, compression, (1, docnum, heaviest, shortest, longest), last=True)
    term = whoosh3.W3TermInfo(sum(weights), 1, shortest, longest, max(0, heaviest), docnum, docnum)
    term.set_extent(start, postfile.tell() - start)
    return bytes(term.to_bytes())


def _no_length(docnum: int, fieldname: str) -> int:
    return 0


_first = operator.itemgetter(0)
_second = operator.itemgetter(1)
#: Whether commits write postings with ``_add_postings`` (a test compares it with whoosh's own).
_FAST_POSTINGS = True


def _flush_segment(self: Any) -> None:
    """Whoosh 2.7.4's ``SegmentWriter._flush_segment``, with the lengths of the documents added
    by ``_add_indexed`` answered from memory (``_KnownLengths``)."""
    self.perdocwriter.close()
    reader = self.per_document_reader() if self.codec.length_stats else None
    known = self.__dict__.get("_quotes_lengths")
    lengths = _KnownLengths(reader, known) if reader is not None and known else reader
    if _FAST_POSTINGS and type(self.fieldwriter) is whoosh3.W3FieldWriter:
        _add_postings(self.fieldwriter, self.schema, lengths, self.pool.iter_postings())
    else:
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
    self.fieldwriter.close()
    if reader is not None:
        reader.close()


SegmentWriter._flush_segment = _flush_segment

#: Posting blocks whose pickle is shorter than this are written as they are, not compressed
#: (what whoosh 2.7.4's ``_write_block`` means to do: its test is overwritten by the next line).
_COMPRESS_FROM = 20
_write_block = whoosh3.W3PostingsWriter._write_block


def _write_small_block_plain(self: Any, last: bool = False) -> None:
    """Whoosh 2.7.4's ``W3PostingsWriter._write_block``, leaving a block of fewer than
    ``_COMPRESS_FROM`` bytes uncompressed, as its comment says it should.

    Most terms of an index have one posting (a quote's id and three sort keys are each a term
    of one document: four fifths of the terms of a commit), and compressing their 15-19 byte
    block made it longer (zlib's 6 bytes of header and checksum) and cost a zlib stream each
    (3-20 microseconds, with the machine's load), to write and again to read: 40,000 of the
    56,000 blocks of a 2,000-article commit, a tenth of its CPU, which runs when the ingest's
    workers are done. A block says in its header whether it is compressed (whoosh reads
    either), so the index is one any whoosh 2.7.4 reads (tests/test_engine.py reads it with
    whoosh's own).
    """
    if not self._blockcount:
        self._postfile.write(whoosh3.WHOOSH3_HEADER_MAGIC)
    self._terminfo.add_block(self)
    databytes = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2)
    ids = self._ids
    head = (len(ids), ids[-1], self._maxweight, self._minlength, self._maxlength)
    _write_block_bytes(self._postfile, databytes, self._compression, head, last)
    self._blockcount += 1
    self._new_block()


whoosh3.W3PostingsWriter._write_block = _write_small_block_plain


def _write_block_bytes(
    postfile: Any,
    data: bytes,
    compression: int,
    head: tuple[int, int, float, int | None, int],
    last: bool,
) -> None:
    """Write one postings block as whoosh 2.7.4 lays it out: its length (negative for a
    term's last block), its info (``head``: the postings, the last document, the heaviest
    weight, the shortest and longest field length; with the compression used) and ``data``,
    compressed when at least ``_COMPRESS_FROM`` bytes long. For ``_write_small_block_plain``
    and ``_one_posting`` alike."""
    comp = compression if len(data) >= _COMPRESS_FROM else 0
    if comp:
        data = zlib.compress(data, comp)
    count, last_id, heaviest, shortest, longest = head
    info = pickle.dumps(
        (count, last_id, heaviest, comp, _length_to_byte(shortest), _length_to_byte(longest)), 2
    )
    length = len(info) + len(data)
    postfile.write_int(-length if last else length)
    postfile.write(info)
    postfile.write(data)


def _year(day: dt.date) -> str:
    return f"y{day.year:04d}"


def _month(day: dt.date) -> str:
    return f"m{day.year:04d}-{day.month:02d}"


def _day(day: dt.date) -> str:
    return f"d{day.isoformat()}"


def _periods(first: dt.date, last: dt.date) -> list[str]:
    """The fewest year, month and day terms of ``period`` that cover ``first`` to ``last``."""
    terms = []
    day = first
    while day <= last:
        year_end = dt.date(day.year, 12, 31)
        month_end = dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if (day.month, day.day) == (1, 1) and year_end <= last:
            terms.append(_year(day))
            end = year_end
        elif day.day == 1 and month_end <= last:
            terms.append(_month(day))
            end = month_end
        else:
            terms.append(_day(day))
            end = day
        if end == dt.date.max:
            break
        day = end + dt.timedelta(days=1)
    return terms


class _Unscored(query.WrappingQuery):
    """What ``child`` matches, scoring 0: a filter, which must not change the order of hits.

    Not ConstantScoreQuery, which reads every id its child matches before the search
    begins, nor a boost of 0, which whoosh's quality skipping reads as "nothing here".
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        m = self.child.matcher(searcher, context)
        return m if isinstance(m, matching.NullMatcherClass) else _ZeroMatcher(m)


class _ZeroMatcher(matching.WrappingMatcher):
    def _replacement(self, newchild: Any) -> Any:
        return _ZeroMatcher(newchild)

    def supports_block_quality(self) -> bool:
        return False

    def score(self) -> float:
        return 0.0


# A filter as a test of each document a query finds: made for a segment's reader, it says
# whether a document number passes.
_Test = Callable[[int], bool]
_Check = Callable[[Any], _Test]


class _Keep(query.WrappingQuery):
    """What ``child`` matches among documents that pass ``checks``.

    How a filter is applied to a query that finds few documents: each document the query
    finds is tested (a column read, or a step of a cursor over a few postings), never
    every document the filter names. Scores are the child's, and so is its skipping of
    blocks that cannot make the page.
    """

    def __init__(self, child: Any, checks: tuple[_Check, ...]) -> None:
        super().__init__(child)
        self.checks = checks

    def _rewrap(self, child: Any) -> Any:
        return _Keep(child, self.checks)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        m = self.child.matcher(searcher, context)
        if isinstance(m, matching.NullMatcherClass):
            return m
        reader = searcher.reader()
        return _KeepMatcher(m, tuple(check(reader) for check in self.checks))


# What the filters of each segment reader read once for as long as it lives: its column readers
# (opening one reads the offsets of every document of a variable-width column, which would make
# each query cost what the index holds) and, from its second query on, the documents of the
# hidden kinds.
_COLUMNS: weakref.WeakKeyDictionary[Any, dict[Any, Any]] = weakref.WeakKeyDictionary()


def _column(reader: Any, name: str, translate: bool = True) -> Any:
    """``reader``'s column ``name``, opened once for as long as the reader lives (``translate``:
    values as the field gives them, else the bytes stored)."""
    opened = _COLUMNS.setdefault(reader, {})
    key = name if translate else f"{name} raw"
    if key not in opened:
        opened[key] = reader.column_reader(name, translate=translate)
    return opened[key]


def _in_column(name: str, values: frozenset[str]) -> _Check:
    """Documents whose column ``name`` (of a text field) holds one of ``values``: its bytes
    compared, not decoded for each document."""
    wanted = frozenset(v.encode("utf-8") for v in values)

    def check(reader: Any) -> _Test:
        column = _column(reader, name, translate=False)
        return lambda docnum: column[docnum] in wanted

    return check


def _without_terms(field_name: str, texts: frozenset[str]) -> _Check:
    """Documents with none of ``texts`` in ``field_name``: for terms that few documents have (the
    hidden kinds). A reader's first query follows each term's postings with a cursor
    (``_Postings``), so that it costs what it finds: a `quotes search` process, whose reader is
    new, read every document of those terms before (4,600 at 10k articles). A reader asked again
    (kept in a process) reads their numbers once, and then tests each document with a lookup."""

    def check(reader: Any) -> _Test:
        opened = _COLUMNS.setdefault(reader, {})
        key = (field_name, texts)
        if key in opened:
            if opened[key] is None:
                found: set[int] = set()
                for text in texts:
                    with contextlib.suppress(TermNotFound):
                        found.update(reader.postings(field_name, text).all_ids())
                opened[key] = frozenset(found)
            excluded = opened[key]
            return lambda docnum: docnum not in excluded
        opened[key] = None  # asked once: read them if it is asked again
        cursors = []
        for text in texts:
            with contextlib.suppress(TermNotFound):
                cursors.append(_Postings(reader, field_name, text))
        if not cursors:
            return lambda docnum: True
        # The next document of any of the terms from the last asked on: a document before it
        # (most of them) is none of theirs without asking the cursors.
        span = [-1, min(c.at for c in cursors)]

        def test(docnum: int) -> bool:
            last, upcoming = span
            if last <= docnum < upcoming:
                span[0] = docnum
                return True
            hit = False
            for c in cursors:
                hit = c.has(docnum) or hit
            span[0], span[1] = docnum, min(c.at for c in cursors)
            return not hit

        return test

    return check


class _Postings:
    """Whether documents are among one term's postings, asked in increasing order (as a matcher
    finds them): the cursor moves on only past the term's own documents, skipping blocks; a
    document before the last asked (a matcher copied or reset) starts it again. ``at``: the
    term's first document from the last asked on."""

    def __init__(self, reader: Any, field_name: str, text: str) -> None:
        self.reader, self.field_name, self.text = reader, field_name, text
        self.cursor = reader.postings(field_name, text)
        self.at = self.cursor.id() if self.cursor.is_active() else _PAST
        self.last = -1

    def has(self, docnum: int) -> bool:
        if docnum < self.last:
            self.cursor = self.reader.postings(self.field_name, self.text)
            self.at = self.cursor.id() if self.cursor.is_active() else _PAST
        self.last = docnum
        if self.at < docnum:
            self.cursor.skip_to(docnum)
            self.at = self.cursor.id() if self.cursor.is_active() else _PAST
        return self.at == docnum


# after every document number
_PAST = sys.maxsize


class _KeepMatcher(matching.WrappingMatcher):
    def __init__(self, child: Any, tests: tuple[_Test, ...]) -> None:
        super().__init__(child)
        self.tests = tests
        self._settle()

    def _passes(self, docnum: int) -> bool:
        return all(test(docnum) for test in self.tests)

    def _settle(self) -> None:
        child = self.child
        while child.is_active() and not self._passes(child.id()):
            child.next()

    def copy(self) -> Any:
        return _KeepMatcher(self.child.copy(), self.tests)

    def _replacement(self, newchild: Any) -> Any:
        return _KeepMatcher(newchild, self.tests)

    def all_ids(self) -> Iterator[int]:
        return (docnum for docnum in self.child.all_ids() if self._passes(docnum))

    def reset(self) -> None:
        self.child.reset()
        self._settle()

    def next(self) -> Any:
        result = self.child.next()
        self._settle()
        return result

    def skip_to(self, docnum: int) -> Any:
        result = self.child.skip_to(docnum)
        self._settle()
        return result

    def skip_to_quality(self, minquality: float) -> Any:
        result = self.child.skip_to_quality(minquality)
        self._settle()
        return result


def _check(f: q.Node, outlets: dict[str, tuple[str, ...]]) -> _Check | None:
    """The test of filter ``f`` for each document a query finds, when it has one."""
    if (
        isinstance(f, q.Or)
        and f.children
        and all(isinstance(c, q.Term) and c.field == "speaker_exact" for c in f.children)
    ):
        return _in_column("speaker_exact", frozenset(c.text for c in f.children if isinstance(c, q.Term)))
    if isinstance(f, q.DayRange):
        first, last = f.first or 1, f.last or dt.date.max.toordinal()

        def check(reader: Any) -> _Test:
            # the stored numbers compared, not each turned back into a day: whoosh keeps a
            # day as day + 2**31, the same order (an undated quote's is 2**32 - 1: after any)
            column = _column(reader, "day", translate=False)
            day = reader.schema["day"]
            low, high = day.to_column_value(first), day.to_column_value(last)
            return lambda docnum: low <= column[docnum] <= high

        return check
    if (words := outlet_words(f)) is not None:
        return _in_column(
            "source_exact", frozenset(o for o, have in outlets.items() if in_outlet(words, have))
        )
    if isinstance(f, q.Not) and _only_kinds(f.child) and isinstance(f.child, q.Or):
        return _without_terms("kind", frozenset(c.text for c in f.child.children if isinstance(c, q.Term)))
    return None


def _compile(node: q.Node, years: tuple[int, int] = (1, 9999)) -> Any:
    """The whoosh query of a ``quotes.query`` tree; ``years``: the first and last the index has,
    where an open date range ends."""
    if isinstance(node, q.Term):
        return query.Term(node.field, node.text)
    if isinstance(node, q.Phrase):
        if len(node.terms) == 1:  # an outlet filter of one word
            return query.Term(node.field, node.terms[0])
        return query.Phrase(node.field, list(node.terms))
    if isinstance(node, q.Prefix):
        return query.Prefix(node.field, node.prefix)
    if isinstance(node, q.DayRange):
        # Year, month and day terms rather than a NumericRange, whose tiers are many more terms
        # (and whose constant-score form reads every id in the range before the search).
        first = dt.date.fromordinal(node.first) if node.first else dt.date(years[0], 1, 1)
        last = dt.date.fromordinal(node.last) if node.last else dt.date(years[1], 12, 31)
        terms = _periods(max(first, dt.date(years[0], 1, 1)), min(last, dt.date(years[1], 12, 31)))
        if not terms:
            return query.NullQuery
        return (
            query.Or([query.Term("period", t) for t in terms])
            if len(terms) > 1
            else query.Term("period", terms[0])
        )
    if isinstance(node, q.And):
        return _and([_compile(c, years) for c in node.children])
    if isinstance(node, q.Or):
        return query.Or([_compile(c, years) for c in node.children])
    if isinstance(node, q.Not):
        return query.Not(_compile(node.child, years))
    return query.Every()


def _whole(p: Plan, years: tuple[int, int], outlets: dict[str, tuple[str, ...]]) -> Any:
    """The plan as one query: filters add no score, so the order is the main query's.

    ``outlets``: the index's outlets and their words. An outlet filter becomes the outlets
    that have its words (one term each, the rarer) rather than all of its words.
    """

    def compile_filter(f: q.Node) -> Any:
        if (words := outlet_words(f)) is not None:
            found = [
                query.Term("source_exact", o) for o, have in sorted(outlets.items()) if in_outlet(words, have)
            ]
            return query.Or(found) if len(found) > 1 else found[0] if found else query.NullQuery
        return _compile(f, years)

    if isinstance(p.main, q.Every):
        return _and([compile_filter(f) for f in p.filters]) if p.filters else query.Every()
    # A query that finds something is filtered by columns, document by document; a filter
    # with no column check is intersected as terms.
    checks = [(f, _check(f, outlets)) for f in p.filters]
    main = _compile(p.main, years)
    kept = [c for _, c in checks if c is not None]
    if kept:
        main = _Keep(main, tuple(kept))
    rest = [compile_filter(f) for f, c in checks if c is None]
    return _and([main, *(f if isinstance(f, query.Not) else _Unscored(f) for f in rest)])


# `by` pages read from the lexicon up to this far in; past it, a sorted search is cheaper.
_WALK_MAX = 2000


@dataclass(frozen=True)
class _Walk:
    """A page in date order read from a lexicon of sort keys: ``field``'s terms after each of
    ``prefixes`` (one stream each, merged), from date ``since`` up to date ``until``."""

    field: str
    prefixes: tuple[str, ...]
    since: str
    until: str
    source: tuple[str, ...]  # words the outlet must have, next to each other in this order
    hide_kinds: bool  # leave out titles and terms


def _walk_for(p: Plan) -> _Walk | None:
    """How to read ``p`` from a lexicon: a page, oldest first, of every quote or of some
    speakers' quotes, at most filtered by dates, an outlet and the hidden kinds."""
    if p.order != "date" or not isinstance(p.main, q.Every) or p.limit is None:
        return None
    if p.offset + p.limit > _WALK_MAX:
        return None
    speakers: list[str] = []
    since, until, source, hide = "", "\uffff", [], False
    for f in p.filters:
        if (
            isinstance(f, q.Or)
            and f.children
            and all(isinstance(c, q.Term) and c.field == "speaker_exact" for c in f.children)
        ):
            speakers = [c.text for c in f.children if isinstance(c, q.Term)]
        elif isinstance(f, q.DayRange):
            since = dt.date.fromordinal(f.first).isoformat() if f.first else ""
            # a date range leaves out the undated (whose key is after every date)
            until = dt.date.fromordinal(f.last or dt.date.max.toordinal()).isoformat()
        elif (words := outlet_words(f)) is not None:
            source = list(words)
        elif isinstance(f, q.Not) and _only_kinds(f.child):
            hide = True
        else:
            return None
    if speakers:
        # speaker_order has statements only: nothing to hide
        return _Walk(
            "speaker_order", tuple(f"{s}{SEP}" for s in speakers), since, until, tuple(source), False
        )
    return _Walk("order", ("",), since, until, tuple(source), hide)


def _live_id(reader: Any, field_name: str, term: str) -> int | None:
    """The document with unique ``term`` that is not deleted (an article indexed again has
    the same keys: the old document may still be in a segment not merged yet)."""
    try:
        docnum = reader.first_id(field_name, term)
        if docnum is not None and not reader.is_deleted(docnum):
            return int(docnum)
        return next(
            (d for d in reader.postings(field_name, term).all_ids() if not reader.is_deleted(d)), None
        )
    except TermNotFound:
        return None


def _only_kinds(node: q.Node) -> bool:
    return isinstance(node, q.Or) and all(isinstance(c, q.Term) and c.field == "kind" for c in node.children)


def _and(parts: list[Any]) -> Any:
    """All of ``parts``; the NOTs among them as one AndNot, which skips through what it excludes
    (whoosh's And would step through every document, and a NOT alone lists deleted ones)."""
    keep = [x for x in parts if not isinstance(x, query.Not)]
    drop = [x.query for x in parts if isinstance(x, query.Not)]
    positive = (keep[0] if len(keep) == 1 else query.And(keep)) if keep else query.Every()
    if not drop:
        return positive
    return query.AndNot(positive, drop[0] if len(drop) == 1 else query.Or(drop))


#: Whoosh's writer spills its postings to disk past this many megabytes of them, as Whoosh
#: counts them (about 190 bytes a posting, some 40 postings a quote: more than they take).
#: A spill is costly: each posting pickled to a run file, read back and merged in Python. At
#: 57,600 documents (a 10,000-article ingest) one spill at 256 took the commit from 6 s to 17 s
#: of CPU (the process's peak memory 264 MB with the spill, 366 MB without); at 1024 an ingest
#: or reindex spills only past about 140,000 quotes.
_LIMIT_MB = 1024


@dataclass(frozen=True)
class WhooshEngine:
    """A whoosh index in directory ``path`` (created on the first ``add``)."""

    path: Path
    # The searcher of the index as last read, kept while the index is unchanged: opening
    # costs more than a query.
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def _searcher(self) -> Any:
        """A searcher of the index as it is now (StoreError when there is none or it is damaged)."""
        state = sorted((p.name, p.stat().st_ino, p.stat().st_mtime_ns) for p in self.path.glob("_MAIN_*.toc"))
        cached = self._cache.get("searcher")
        if cached is not None and self._cache.get("state") == state:
            return cached
        self._cache.clear()
        searcher = self._open().searcher()
        self._cache.update(searcher=searcher, state=state)
        return searcher

    def exists(self) -> bool:
        # Not whoosh's exists_in(): it opens the index and raises on a damaged one.
        return any(self.path.glob("_MAIN_*.toc"))

    def _open(self, create: bool = False) -> Any:
        if not self.exists():
            if create:
                self.path.mkdir(parents=True, exist_ok=True)
                return _storage(self.path).create_index(SCHEMA)
            # A reindex swaps a new index in with two renames: wait out that instant.
            for _ in range(50):
                if self.exists() or not any(self.path.parent.glob(f".{self.path.name}-old-*")):
                    break
                time.sleep(0.02)
            if not self.exists():
                raise StoreError(f"no search index in {self.path} (run quotes check --repair to build it)")
        try:
            ix = _storage(self.path).open_index()
        except Exception as e:  # whoosh raises assorted errors on a damaged index
            raise StoreError(
                f"{self.path}: damaged search index ({type(e).__name__}: {str(e)[:80]}); "
                "run quotes check --repair"
            ) from e
        if sorted(ix.schema.names()) != sorted(SCHEMA.names()) or ix.schema["text"].analyzer != _TEXT:
            raise StoreError(
                f"{self.path}: search index from another version of quotes; run quotes check --repair"
            )
        return ix

    def _writer(self, ix: Any) -> Any:
        try:
            return ix.writer(limitmb=_LIMIT_MB)
        except LockError as e:
            raise StoreError(f"{self.path}: search index is locked by another process") from e

    def prepare(self, record: Record) -> Prepared:
        return Prepared(record.id, _indexed(record))

    def add(self, records: Iterable[Record | Prepared]) -> None:
        """Index these records' quotes (or their prepared documents), replacing what the index
        had for those articles.

        ``records`` may be a generator: it is read as it goes, into one writer and one
        commit. When it raises, what it gave before is still committed (the index keeps
        up with records already written) and the error goes on; an error inside whoosh
        (Ctrl-C, say) commits nothing."""
        it = iter(records)
        first = next(it, None)
        if first is None:
            return
        ix = self._open(create=True)
        try:
            w = self._writer(ix)
            in_whoosh = False
            try:
                with w.searcher() as existing:  # one reader for every delete, not one each
                    record: Record | Prepared | None = first
                    while record is not None:
                        prepared = record if isinstance(record, Prepared) else self.prepare(record)
                        in_whoosh = True
                        w.delete_by_term("article_id", prepared.article_id, searcher=existing)
                        for doc in prepared.documents:
                            _add_indexed(w, doc)
                        in_whoosh = False
                        record = next(it, None)
                in_whoosh = True
                w.commit()
            except BaseException:
                # Commit what the records already written say, then let the error go on;
                # but a writer stopped half-way through a document (or its commit) would
                # write a segment no reader can open: that one is cancelled, and the next
                # writer indexes those articles again (the index state was not saved).
                with contextlib.suppress(Exception):
                    if in_whoosh:
                        w.cancel()
                    else:
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
            ix = _storage(fresh).create_index(SCHEMA)
            with ix.writer(limitmb=_LIMIT_MB) as w:
                for record in records:
                    for doc in _indexed(record):
                        _add_indexed(w, doc)
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

    def search(self, text: str, filters: Filters = NO_FILTERS) -> Iterator[Hit]:
        searcher = self._searcher()  # a missing index is said before a bad query
        p = plan(text, filters)
        return self._hits(searcher, p)

    def _hits(self, searcher: Any, p: Plan) -> Iterator[Hit]:
        walk = _walk_for(p)
        if walk is not None:
            yield from self._walk(searcher, p, walk)
            return
        results = searcher.search(
            _whole(p, self._years(searcher), self._outlets(searcher)),
            limit=None if p.limit is None else p.offset + p.limit,
            sortedby="order" if p.order == "date" else None,
            terms=False,
        )
        for i in range(p.offset, results.scored_length()):
            yield self._hit(results[i], p)

    def _hit(self, hit: Any, p: Plan) -> Hit:
        return self._hit_from(hit.fields(), float(hit.score or 0.0) if p.order == "score" else 0.0, p)

    def _hit_from(self, stored: dict[str, Any], score: float, p: Plan) -> Hit:
        text = stored["text"]
        day = stored.get("day")
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
            date=dt.date.fromordinal(day) if day else None,
            start=stored["start"],
            end=stored["end"],
            score=score,
            highlight=p.matches,
        )

    def _walk(self, searcher: Any, p: Plan, walk: _Walk) -> Iterator[Hit]:
        """A page in date order read from the lexicon of sort keys, so that its cost is the
        page's, not that of every quote it is drawn from."""
        reader = searcher.reader()
        # One segment, nothing deleted: a key's term info names its one document (no second
        # lookup of the term to find it).
        atomic = reader.is_atomic() and not reader.has_deletions()

        def keys(prefix: str) -> Iterator[tuple[str, str, int | None]]:
            for (field_name, term), info in reader.iter_from(walk.field, prefix + walk.since):
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                key = text[len(prefix) :]
                if (
                    field_name != walk.field
                    or not text.startswith(prefix)
                    or key[: len(walk.until)] > walk.until
                ):
                    return
                yield key, text, info.min_id() if atomic and info.doc_frequency() == 1 else None

        skip, taken = p.offset, 0
        need_stored = bool(walk.source) or walk.hide_kinds
        # Without deletions or checks, each key is one document that counts: skip by keys alone.
        blind = not need_stored and not reader.has_deletions()
        for _, term, known in heapq.merge(*(keys(prefix) for prefix in walk.prefixes), key=lambda k: k[0]):
            if blind and skip:
                skip -= 1
                continue
            docnum = known if known is not None else _live_id(reader, walk.field, term)
            if docnum is None:
                continue
            stored = reader.stored_fields(docnum) if need_stored or not skip else None
            if stored is not None and need_stored:
                if walk.hide_kinds and stored["kind"] in NON_STATEMENT_KINDS:
                    continue
                outlet = [t.text for t in analysis.name_tokens(stored.get("source") or "")]
                if walk.source and not in_outlet(walk.source, outlet):
                    continue
            if skip:
                skip -= 1
                continue
            yield self._hit_from(stored or reader.stored_fields(docnum), 0.0, p)
            taken += 1
            if taken == p.limit:
                return

    def _outlets(self, searcher: Any) -> dict[str, tuple[str, ...]]:
        """The outlets of the index and their words in order (kept with the searcher)."""
        if "outlets" not in self._cache:
            reader = searcher.reader()
            self._cache["outlets"] = {
                o: tuple(t.text for t in analysis.name_tokens(o))
                for o in (
                    t.decode("utf-8") if isinstance(t, bytes) else t
                    for t in reader.field_terms("source_exact")
                )
            }
        return dict(self._cache["outlets"])

    def _years(self, searcher: Any) -> tuple[int, int]:
        """The first and last year of the indexed articles' dates."""
        if "years" not in self._cache:
            years = [int(t[1:]) for t, _ in searcher.reader().iter_prefix("period", "y")]
            self._cache["years"] = (min(years), max(years)) if years else (1, 1)
        first, last = self._cache["years"]
        return int(first), int(last)

    def _terms(self, field: str, prefix: str = "") -> list[tuple[str, int]]:
        """The terms of ``field`` beginning with ``prefix``, with the number of live quotes of each."""
        if not self.exists():
            return []
        reader = self._searcher().reader()
        deletions = reader.has_deletions()
        found = []
        for term, info in reader.iter_prefix(field, prefix):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            if deletions:
                ids = reader.postings(field, term).all_ids()
                n = sum(1 for d in ids if not reader.is_deleted(d))
            else:
                n = info.doc_frequency()
            if n:
                found.append((text, n))
        return found

    def sources(self) -> set[str]:
        return {t for t, _ in self._terms("source_exact")}

    def speaker_names(self, surname: str | None = None) -> list[str]:
        prefix = f"{surname}{SEP}" if surname is not None else ""
        return sorted({t.split(SEP, 1)[1] for t, _ in self._terms("speaker_key", prefix)})

    def speakers(self) -> list[SpeakerStats]:
        return speaker_stats(
            self._terms("speaker_key"), self._terms("speaker_article"), self._terms("speaker_title_key")
        )


class _MappedStorage(FileStorage):
    """Whoosh's file storage with each file read through a memory map, copying nothing.

    Whoosh 2.7's own mmap path wraps each segment in a ``BytesIO``, a copy of the whole
    index at every open (what a query process would pay); without mmap each read of a
    term or a stored document is a seek and a read of the file. Here a segment is opened
    without mmap (so whoosh makes no copy) but the file under it is a memory map: reads
    are copies of the few bytes asked for, and only the pages read are loaded.
    """

    def open_file(self, name: str, **kwargs: Any) -> Any:
        with open(self._fpath(name), "rb") as f:
            try:
                mapped: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):  # an empty file, or no mmap here: read it plainly
                return super().open_file(name, **kwargs)
        return _MappedFile(mapped, mapped, 0, len(mapped), name=name, **kwargs)


class _MappedFile(StructFile):
    """A file of an index read from a memory map (``_MappedStorage``): ``file`` is the map, or
    a ``SubFile`` of it (a part of a compound segment file), at ``start`` to ``end`` in it.

    ``get`` (how whoosh reads a number, a key, a posting block or a stored document at a
    position) is a slice of the map, rather than a seek and a read through two or three file
    objects: the same bytes, the file left where whoosh's own ``get`` leaves it. Every other
    read is StructFile's.
    """

    def __init__(self, fileobj: Any, buf: mmap.mmap, start: int, end: int, **kwargs: Any) -> None:
        super().__init__(fileobj, **kwargs)
        self._buf = buf
        self._start = start
        self._end = end

    def subset(self, offset: int, length: int, name: str | None = None) -> Any:
        start = self._start + offset
        return _MappedFile(
            SubFile(self._buf, start, length), self._buf, start, start + length, name=name or self._name
        )

    def get(self, position: int, length: int) -> bytes:
        start = self._start + position
        stop = max(start, min(start + length, self._end))
        if isinstance(self.file, SubFile):
            self.file._pos = stop - self._start
        else:
            self.file.seek(stop)
        return self._buf[start:stop]


def _storage(path: Path) -> Any:
    # supports_mmap=False: whoosh's own mmap copies each segment (see _MappedStorage).
    return _MappedStorage(str(path), supports_mmap=False)


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    """Whoosh 2.7.4's ``W3PerDocReader._cached_reader``, remembering a column that is not
    there too. Whoosh asks for the length column of every posting it writes, and a field
    that keeps no lengths (every ID and KEYWORD field: most of ours) has none: each ask
    was a stat of the file that is not there (a fifth of an index commit). A segment's
    files never change once written, so the answer holds for the reader's life."""
    readers = self._readers
    if fieldname in readers:
        return readers[fieldname]
    reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
    readers[fieldname] = reader
    return reader


whoosh3.W3PerDocReader._cached_reader = _cached_reader


# Whoosh 2.7.4's reads of a segment's sorted terms, where they start from a key (a walk of
# the lexicon: ``by``'s pages, listing speakers and outlets, a prefix query), read straight
# from the memory map under the file (``_MappedStorage``) rather than through whoosh's file
# layers (a seek and a read through three objects for each number): the same bytes, the
# same order. ``by`` starts a walk for each name of a speaker (twenty for "Trump"), each a
# binary search of seventeen steps, and reads a key for each quote it pages past.
_closest_key_pos = filetables.OrderedHashReader.closest_key_pos
_items_from = filetables.OrderedHashReader.items_from
# a key's entry: its length and its value's (whoosh's ``filetables._lengths``), then the key
_LENGTHS = struct.Struct("!ii")


def _mapped(table: Any) -> tuple[mmap.mmap, int] | None:
    """The memory map under a hash table's file and where the file starts in it, if it is one."""
    f = table.dbfile
    return (f._buf, f._start) if isinstance(f, _MappedFile) else None


def _mapped_closest_key_pos(self: Any, key: bytes) -> int | None:
    """Where the first key from ``key`` on is (``OrderedHashReader.closest_key_pos``)."""
    mapped = _mapped(self)
    if mapped is None:
        return _closest_key_pos(self, key)
    buf, base = mapped
    position = struct.Struct("!" + self.extras["indextype"])
    index = base + self.indexbase
    size = position.size
    lo, hi = 0, self.indexlen
    while lo < hi:
        mid = (lo + hi) // 2
        at = base + position.unpack_from(buf, index + mid * size)[0]
        start = at + _LENGTHS.size
        if buf[start : start + _LENGTHS.unpack_from(buf, at)[0]] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo == self.indexlen:
        return None
    return int(position.unpack_from(buf, index + lo * size)[0])


def _mapped_items_from(self: Any, key: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The (key, value) pairs from ``key`` on, in order (``OrderedHashReader.items_from``)."""
    mapped = _mapped(self)
    if mapped is None:
        yield from _items_from(self, key)
        return
    buf, base = mapped
    pos = self.closest_key_pos(key)
    if pos is None:
        return
    end = base + self.endofdata
    at = base + pos
    while at < end:
        keylen, datalen = _LENGTHS.unpack_from(buf, at)
        start = at + _LENGTHS.size
        yield buf[start : start + keylen], buf[start + keylen : start + keylen + datalen]
        at = start + keylen + datalen


filetables.OrderedHashReader.closest_key_pos = _mapped_closest_key_pos
filetables.OrderedHashReader.items_from = _mapped_items_from
