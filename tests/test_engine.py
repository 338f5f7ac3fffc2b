"""Both engines, Whoosh and tantivy, under the same tests: query syntax, filters,
highlighting, paging, speakers, rebuild. Each test runs once per engine."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotes import engine as whoosh_engine
from quotes.engine import WhooshEngine, _MappedFile, _storage
from quotes.errors import QueryError, StoreError
from quotes.model import Record
from quotes.search import Engine, Filters
from quotes.tantivy_engine import TantivyEngine
from tests.conftest import DATE1, DATE2, LATER_TEXT, PESKOV_TEXT, make_record


@pytest.fixture
def records() -> list[Record]:
    return [
        make_record(PESKOV_TEXT, title="Putin and Trump", source="Newsweek", date=DATE1),
        make_record(LATER_TEXT, title="Later", source="The Wall Street Journal", date=DATE2),
    ]


ENGINES = {"whoosh": WhooshEngine, "tantivy": TantivyEngine}


@pytest.fixture(params=sorted(ENGINES))
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Engine]:
    return lambda: ENGINES[request.param](tmp_path / request.param)


@pytest.fixture
def engine(make: Callable[[], Engine], records: list[Record]) -> Engine:
    engine = make()
    engine.add(records)
    return engine


def texts(hits: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(h.text for h in hits)


MOSCOW = "I am going to hit you right in the middle of fricking Moscow."
CONCLUSIONS = "We will draw conclusions from concrete actions."
PLANNED = "Congratulations are not planned."
LOW = "Relations are at a low."


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Moscow", [MOSCOW]),
        ("moscow", [MOSCOW]),
        ("conclusion", [CONCLUSIONS]),  # stemmed
        ('"fricking Moscow"', [MOSCOW]),
        ('"Moscow fricking"', []),
        ("relations OR conclusions", [LOW, CONCLUSIONS]),
        ("draw NOT Moscow", [CONCLUSIONS]),
        ("speaker:peskov", [PLANNED, CONCLUSIONS]),
        ('speaker:"dmitry peskov"', [PLANNED, CONCLUSIONS]),
        ("speaker:matviyenko", [LOW]),  # accents folded
        ("source:newsweek", [MOSCOW, CONCLUSIONS]),
        ("date:2024-12-01", [PLANNED, LOW]),
        ("date:[2024-11-01 to 2024-11-30]", [MOSCOW, CONCLUSIONS]),
        ("date:[2024-12-01 to]", [PLANNED, LOW]),
        ("date:2024-11", [MOSCOW, CONCLUSIONS]),
        ("date:2024", [PLANNED, LOW, MOSCOW, CONCLUSIONS]),
        ("cue:said hit", [MOSCOW]),
        ("", [PLANNED, LOW, MOSCOW, CONCLUSIONS]),
        ("War", []),  # a title-kind quote is hidden by default
    ],
)
def test_query_syntax(engine: Engine, query: str, expected: list[str]) -> None:
    assert texts(engine.search(query)) == sorted(expected)


def test_terms_and_titles_only_when_asked(engine: Engine) -> None:
    hits = engine.search("War", Filters(include_terms=True))
    assert [(h.text, h.kind, h.speaker) for h in hits] == [("War", "term", None)]


def test_asking_for_a_kind_finds_it(engine: Engine) -> None:
    assert [h.kind for h in engine.search("kind:term")] == ["term"]
    assert [h.kind for h in engine.search("kind:TERM")] == ["term"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("foo:bar", "unknown field 'foo'"),
        ("Moscow spekaer:Peskov", "unknown field 'spekaer'"),
        ("date:2016-13-45", "cannot read a date"),
        ("date:[2016-01-01 to 2016-13-01]", "cannot read a date range"),
        ("date:[garbage to 2016]", "cannot read a date range"),
        ("date:[2016-10-01 to 2016-09-01]", "ends before it starts"),
        ("kind:bogus", "unknown kind 'bogus'"),
        # nothing but common words or operators: say so, rather than blame a date
        ("it's", "nothing to search for"),
        ("the", "nothing to search for"),
        ("AND", "nothing to search for"),
        ("((((", "unbalanced parentheses"),
    ],
)
def test_queries_it_cannot_use_are_errors_not_empty_results(engine: Engine, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        engine.search(query)


def test_a_colon_inside_a_phrase_is_no_field(engine: Engine) -> None:
    assert list(engine.search('"note: nothing"')) == []


def test_matches_are_offsets_of_matched_words(engine: Engine) -> None:
    (hit,) = engine.search("fricking moscow")
    assert [hit.text[s:e] for s, e in hit.matches] == ["fricking", "Moscow"]
    (hit,) = engine.search("conclusion")
    assert [hit.text[s:e] for s, e in hit.matches] == ["conclusions"]


def test_hit_carries_article_fields(engine: Engine, records: list[Record]) -> None:
    (hit,) = engine.search("Moscow")
    assert (hit.speaker, hit.source, hit.title, hit.date, hit.article_id, hit.kind, hit.cue) == (
        "Trump",
        "Newsweek",
        "Putin and Trump",
        DATE1,
        records[0].id,
        "full",
        "said",
    )
    assert hit.id == records[0].quote_ids()[1]
    assert PESKOV_TEXT[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(speakers=("Dmitry Peskov",)), [PLANNED, CONCLUSIONS]),
        (Filters(speakers=("DMITRY PESKOV", "Trump")), [PLANNED, MOSCOW, CONCLUSIONS]),
        (Filters(since=DATE2), [PLANNED, LOW]),
        (Filters(until=DATE1), [MOSCOW, CONCLUSIONS]),
        (Filters(since=DATE1, until=DATE1), [MOSCOW, CONCLUSIONS]),
        (Filters(until=dt.date(2024, 1, 1)), []),
        (Filters(source="wall street journal"), [PLANNED, LOW]),
        (Filters(source="Newsweek", speakers=("Trump",)), [MOSCOW]),
    ],
)
def test_filters(engine: Engine, filters: Filters, expected: list[str]) -> None:
    assert texts(engine.search("", filters)) == sorted(expected)


def test_dates_filter_out_the_undated(engine: Engine) -> None:
    engine.add([make_record('Ann Undated said: "Moscow is far."', title="No date")])
    assert "Moscow is far." in texts(engine.search("moscow"))
    for filters in (Filters(since=DATE1), Filters(until=DATE2), Filters(since=DATE1, until=DATE2)):
        # a query's filters (tested per document) and a listing's alike
        assert texts(engine.search("moscow", filters)) == [MOSCOW]
        assert "Moscow is far." not in texts(engine.search("", filters))


def test_limit(engine: Engine) -> None:
    assert len(list(engine.search("", Filters(limit=1)))) == 1
    assert len(list(engine.search("", Filters(limit=None)))) == 4
    with pytest.raises(QueryError):
        engine.search("", Filters(limit=0))


@pytest.mark.parametrize(
    "filters",
    [Filters(since=DATE2, until=DATE1), Filters(source="  ...  ")],
)
def test_bad_filters(engine: Engine, filters: Filters) -> None:
    with pytest.raises(QueryError):
        engine.search("", filters)


def test_add_replaces_an_articles_quotes(engine: Engine) -> None:
    shorter = make_record(PESKOV_TEXT, title="Putin and Trump", source="Newsweek", date=DATE1)
    shorter = Record(shorter.article, shorter.quotes[:1])
    engine.add([shorter])
    engine.add([shorter])
    assert texts(engine.search("")) == sorted([PLANNED, LOW, CONCLUSIONS])


def test_delete(engine: Engine, records: list[Record]) -> None:
    engine.delete([records[1].id])
    assert texts(engine.search("")) == sorted([MOSCOW, CONCLUSIONS])


def test_speakers(engine: Engine) -> None:
    stats = engine.speakers()
    assert [(s.name, s.quotes, s.articles) for s in stats] == [
        ("Dmitry Peskov", 2, 2),
        ("Trump", 1, 1),
        ("Valentina Matviyénko", 1, 1),
    ]


def test_rebuild_replaces_everything(engine: Engine, records: list[Record], tmp_path: Path) -> None:
    assert engine.rebuild([records[1]]) == 2
    assert texts(engine.search("")) == sorted([PLANNED, LOW])
    # Nothing left behind beside the index from the swap.
    assert sorted(p.name for p in tmp_path.iterdir()) == [engine.path.name]  # type: ignore[attr-defined]


def test_failed_rebuild_keeps_old_index(engine: Engine, records: list[Record], tmp_path: Path) -> None:
    def broken() -> object:
        yield records[0]
        raise StoreError("bad record")

    with pytest.raises(StoreError):
        engine.rebuild(broken())  # type: ignore[arg-type]
    assert len(list(engine.search(""))) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == [engine.path.name]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "damage"), [("whoosh", "_MAIN_1.toc"), ("tantivy", "meta.json")])
def test_missing_or_damaged_index(tmp_path: Path, name: str, damage: str) -> None:
    engine = ENGINES[name](tmp_path / name)
    assert not engine.exists()
    with pytest.raises(StoreError, match=r"no search index in .*run quotes check --repair"):
        list(engine.search("Moscow"))
    # the missing index is what to fix first: said before an error in the query or filters
    with pytest.raises(StoreError, match="no search index"):
        engine.search("foo:bar", Filters(limit=0))
    (tmp_path / name).mkdir()
    (tmp_path / name / damage).write_bytes(b"garbage")
    with pytest.raises(StoreError, match="run quotes check --repair"):
        list(engine.search("Moscow"))


def test_paging_and_date_order(engine: Engine) -> None:
    oldest = [h.text for h in engine.search("", Filters(order="date", limit=None))]
    assert oldest == [CONCLUSIONS, MOSCOW, PLANNED, LOW]  # by date, then place in the article
    assert [h.text for h in engine.search("", Filters(limit=2, offset=1))] == oldest[1:3]
    assert list(engine.search("", Filters(offset=9))) == []
    with pytest.raises(QueryError):
        engine.search("", Filters(offset=-1))


def test_no_highlights_without_words(engine: Engine) -> None:
    assert all(h.matches == () for h in engine.search("", Filters(speakers=("Trump",))))
    (hit,) = engine.search("fric*")
    assert [hit.text[s:e] for s, e in hit.matches] == ["fricking"]


def test_speaker_names_by_surname(engine: Engine) -> None:
    assert engine.speaker_names() == ["Dmitry Peskov", "Trump", "Valentina Matviyénko"]
    assert engine.speaker_names("peskov") == ["Dmitry Peskov"]
    assert engine.speaker_names("matviyenko") == ["Valentina Matviyénko"]
    assert engine.speaker_names("nobody") == []
    assert engine.sources() == {"Newsweek", "The Wall Street Journal"}


def test_speakers_and_sources_forget_deleted_articles(engine: Engine, records: list[Record]) -> None:
    engine.delete([records[1].id])
    assert [(s.name, s.quotes, s.articles) for s in engine.speakers()] == [
        ("Dmitry Peskov", 1, 1),
        ("Trump", 1, 1),
    ]
    assert engine.sources() == {"Newsweek"}
    assert engine.speaker_names("matviyenko") == []


def test_pages_after_an_article_is_indexed_again(engine: Engine, records: list[Record]) -> None:
    engine.add([records[0]])  # the same keys again: the old documents are deleted, not merged yet
    peskov = Filters(speakers=("Dmitry Peskov",), order="date", limit=5)
    assert [h.text for h in engine.search("", peskov)] == [CONCLUSIONS, PLANNED]
    assert [h.text for h in engine.search("", Filters(limit=5))] == [CONCLUSIONS, MOSCOW, PLANNED, LOW]
    # a query's filters (here the hidden kinds) see the live documents only
    assert texts(engine.search("moscow OR relations")) == sorted([MOSCOW, LOW])
    assert texts(engine.search("War", Filters(include_terms=True))) == ["War"]


def test_a_damaged_segment_names_the_index_and_the_remedy(tmp_path: Path, records: list[Record]) -> None:
    # issue 10: "internal error: EOFError: Ran out of input", naming nothing, before
    engine = WhooshEngine(tmp_path / "whoosh")
    engine.add(records)
    (segment,) = engine.path.glob("*.seg")
    segment.write_bytes(segment.read_bytes()[:100])
    with pytest.raises(StoreError, match=r"whoosh.*run quotes check --repair"):
        engine.contents()


def test_add_streams_and_keeps_what_came_before_an_error(
    make: Callable[[], Engine], records: list[Record]
) -> None:
    engine = make()

    def failing() -> object:
        yield records[0]
        raise StoreError("bad record")

    with pytest.raises(StoreError):
        engine.add(failing())  # type: ignore[arg-type]
    assert engine.contents() == {records[0].id: set(records[0].quote_ids())}


def test_contents(engine: Engine, records: list[Record]) -> None:
    assert engine.contents() == {r.id: set(r.quote_ids()) for r in records if r.quotes}


def test_whoosh_interrupted_inside_a_document_is_not_committed(
    tmp_path: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C during ingest landed inside whoosh's add_document; committing that writer
    # left a segment no reader could open ("damaged search index" until check --repair).
    engine = WhooshEngine(tmp_path / "whoosh")
    engine.add(records[:1])
    make_writer = WhooshEngine._writer

    def interrupting(self: WhooshEngine, ix: Any) -> Any:
        writer = make_writer(self, ix)
        finish_doc, calls = writer.perdocwriter.finish_doc, itertools.count()

        def finish(*args: object) -> object:
            if next(calls) == 1:  # the second document, its fields given, not finished
                raise KeyboardInterrupt
            return finish_doc(*args)

        writer.perdocwriter.finish_doc = finish
        return writer

    monkeypatch.setattr(WhooshEngine, "_writer", interrupting)
    with pytest.raises(KeyboardInterrupt):
        engine.add(records[1:])
    monkeypatch.undo()
    assert engine.contents() == {records[0].id: set(records[0].quote_ids())}
    assert {h.article_id for h in engine.search("", Filters(limit=100))} == {records[0].id}


# --- Whoosh read from memory maps (quotes.engine._MappedFile and the lexicon's reads) ---------------


@pytest.mark.parametrize(
    ("position", "length"),
    [(0, 4), (3, 10), (90, 10), (99, 1), (100, 5), (120, 3), (0, 0), (40, 0)],
)
def test_a_mapped_file_reads_as_whooshs_own(tmp_path: Path, position: int, length: int) -> None:
    data = bytes(range(200))
    (tmp_path / "f").write_bytes(data)
    mapped = _storage(tmp_path).open_file("f").subset(50, 100)
    plain = whoosh_engine.StructFile(io.BytesIO(data)).subset(50, 100)  # whoosh's own
    assert mapped.get(position, length) == plain.get(position, length)
    assert mapped.tell() == plain.tell()  # left where whoosh leaves it
    assert mapped.read(3) == plain.read(3)


def test_the_lexicon_read_from_the_map_is_whooshs(tmp_path: Path, records: list[Record]) -> None:
    engine = WhooshEngine(tmp_path / "whoosh")
    engine.add(records)
    ours = _storage(engine.path).open_index().reader()
    theirs = whoosh_engine.FileStorage(str(engine.path), supports_mmap=False).open_index().reader()
    mapped, plain = ours._terms._tindex, theirs._terms._tindex
    assert isinstance(mapped.dbfile, _MappedFile) and not isinstance(plain.dbfile, _MappedFile)
    keys = [k for k, _ in plain.items()]
    assert len(keys) > 50
    for key in [b"", b"\xff\xff", *keys, *(k + b"\0" for k in keys), *(k[:-1] for k in keys)]:
        assert mapped.closest_key_pos(key) == plain.closest_key_pos(key)
        assert list(itertools.islice(mapped.items_from(key), 5)) == list(
            itertools.islice(plain.items_from(key), 5)
        )
    assert list(mapped.items_from(b"")) == list(plain.items_from(b""))
    ours.close()
    theirs.close()


def test_whoosh_loads_without_what_it_never_calls_which_works_after(tmp_path: Path) -> None:
    # quotes.engine defers whoosh's imports of urllib.request, html and whoosh.lang.morph_en (a
    # quarter of a search process): a fresh process has none after loading whoosh, then
    # gets the real modules, and whoosh's functions from them still work.
    import subprocess
    import sys

    (tmp_path / "page.txt").write_text("fetched")
    code = (
        "import sys, quotes.engine, whoosh.compat, whoosh.query.terms, whoosh.highlight\n"
        "print(*(m in sys.modules for m in ('urllib.request', 'ssl', 'html', 'whoosh.lang.morph_en')))\n"
        "import urllib.request, html\n"
        "print(callable(urllib.request.urlopen), html.unescape('&amp;') == '&')\n"
        f"whoosh.compat.urlretrieve({(tmp_path / 'page.txt').as_uri()!r}, {str(tmp_path / 'copy.txt')!r})\n"
        "print('ran' in whoosh.query.terms.variations('running'))\n"
        "print(whoosh.highlight.HtmlFormatter()._text('<a & b>') == '&lt;a &amp; b&gt;')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False", "False", "True", "True", "True", "True"]
    assert (tmp_path / "copy.txt").read_text() == "fetched"


def _whoosh_index_as_read(path: Path) -> dict[str, Any]:
    """Everything a reader of the one-segment index at ``path`` gives: terms with their postings'
    documents, weights and values, stored fields, columns and field lengths."""
    ix = _storage(path).open_index()
    with ix.searcher() as s:
        reader = s.reader()
        postings = {}
        for name, term in reader.all_terms():
            m = reader.postings(name, term)
            found = []
            while m.is_active():
                found.append((m.id(), m.weight(), m.value()))
                m.next()
            info = reader.term_info(name, term)
            # with what each term's info keeps of them (the shortest and longest document, ...)
            found.append(
                (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight())
            )
            postings[(name, term)] = found
        columns = {
            name: list(reader.column_reader(name))
            for name in whoosh_engine.SCHEMA.names()
            if reader.has_column(name)
        }
        return {
            "postings": postings,
            "stored": list(reader.all_stored_fields()),
            "columns": columns,
            "lengths": {
                name: [reader.doc_field_length(d, name) for d in range(reader.doc_count_all())]
                for name in whoosh_engine.SCHEMA.names()
            },
            "totals": {name: reader.field_length(name) for name in whoosh_engine.SCHEMA.names()},
        }


def test_whoosh_documents_made_ahead_index_as_add_document_does(
    tmp_path: Path, records: list[Record]
) -> None:
    # Ingest workers make each document's postings, lengths, columns and stored bytes
    # (``_indexed``); the writer adds them as they are. The index must be the one whoosh's own
    # add_document writes from the same documents: quotes with repeated words and repeated
    # titles, speakers with titles, undated and unsourced quotes.
    more = make_record(
        '"The tax is a tax on tax," said Senator Jane Doe. "No," said Doe, the senator.\n',
        title="Tax, tax and Tax",
    )
    everything = [*records, more]
    ours = WhooshEngine(tmp_path / "ours")
    ours.rebuild(everything)
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    ix = _storage(theirs).create_index(whoosh_engine.SCHEMA)
    with ix.writer() as w:
        for record in everything:
            for doc in whoosh_engine._documents(record):
                w.add_document(**doc)
    ix.close()
    assert _whoosh_index_as_read(tmp_path / "ours") == _whoosh_index_as_read(theirs)
    assert sum(len(r.quotes) for r in everything) == len(_whoosh_index_as_read(theirs)["stored"]) > 4


@pytest.mark.parametrize(
    "text",
    [
        "The tax is a tax on tax.",  # stop words and repeats: positions renumbered
        "Matviyénko's reply: «нет» — 2,000.5 ½",  # accents, other scripts, numbers
        "a I to",  # no term at all
    ],
)
def test_tantivy_documents_cross_compact_with_the_analysis_terms(text: str) -> None:
    # Ingest workers send each document as its fields' values, its terms in one string and their
    # spans in one array (issue 11); the writer's tantivy document holds the analysis's tokens.
    from quotes import analysis
    from quotes.tantivy_engine import _compact, _document

    values, terms, spans = _compact({"id": "x-1", "text": text, "speaker": None, "cue": ""})
    assert values[:3] == ("x-1", None, text) and set(values[3:]) == {None}  # "" is no value
    tokens = list(analysis.text_tokens(text))
    assert (terms.split("\0") if terms else []) == [t.text for t in tokens]
    assert list(spans) == [offset for t in tokens for offset in (t.start, t.end)]
    assert all(t.position == i for i, t in enumerate(tokens))  # what the writer assumes
    assert sorted(_document(values, terms, spans).to_dict()) == ["id", "text"]  # no empty field


def _segment_files(path: Path) -> dict[str, bytes]:
    """The files inside the one (compound) segment of the index at ``path``, by extension (the
    segment's name is random, and the compound file's directory holds times)."""
    ix = _storage(path).open_index()
    (segment,) = ix._segments()
    parts = segment.open_compound_file(ix.storage)
    found = {}
    for name in parts.list():
        with parts.open_file(name) as f:
            found[name.split(".", 1)[-1]] = f.read()
    parts.close()
    ix.close()
    return found


def _many_postings() -> Record:
    """A record whose words are in more quotes than whoosh puts in a block (128)."""
    return make_record(
        "".join(f'"The tax is a tax on tax number {i}," said Senator Jane Doe{i % 3}.\n' for i in range(300)),
        title="Tax, tax and Tax",
        source="The Tax Times",
        date=DATE1,
    )


def test_whoosh_postings_written_a_term_at_a_time_are_whooshs_bytes(
    tmp_path: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An index commit writes each term's postings at once (``_add_postings``), a term of one
    # posting without whoosh's objects, rather than calling whoosh's writer for each posting: the
    # segment's files must be the bytes whoosh's own ``add_postings`` writes, for terms of one
    # posting and of several blocks, repeated words (weights, positions), fields with lengths.
    everything = [*records, _many_postings()]
    assert sum(len(r.quotes) for r in everything) > 2 * 128
    written = {}
    for fast in (True, False):
        monkeypatch.setattr(whoosh_engine, "_FAST_POSTINGS", fast)
        path = tmp_path / f"fast-{fast}"
        WhooshEngine(path).rebuild(everything)
        written[fast] = _segment_files(path)
    assert written[True] == written[False]
    assert {"trm", "pst"} <= set(written[True]) and all(written[True].values())


_PLAIN_WHOOSH_READS = """
import sys
from whoosh.filedb.filestore import FileStorage
ix = FileStorage(sys.argv[1]).open_index()
with ix.searcher() as s:
    r = s.reader()
    for name, term in r.all_terms():
        m = r.postings(name, term)
        found = []
        while m.is_active():
            found.append((m.id(), m.weight(), m.value()))
            m.next()
        i = r.term_info(name, term)
        info = (i.weight(), i.doc_frequency(), i.min_length(), i.max_length(), i.max_weight())
        print(name, term, found, info)
    print(list(r.all_stored_fields()))
"""


def test_whoosh_index_with_small_blocks_plain_reads_the_same_in_plain_whoosh(
    tmp_path: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A posting block of under 20 bytes is written uncompressed (whoosh 2.7.4 means to, and
    # compresses it anyway). A process of plain whoosh, without quotes' changes, must read that
    # index as the one whoosh's own block writer and posting loop make.
    import subprocess
    import sys

    everything = [*records, _many_postings()]
    printed = {}
    for ours in (True, False):
        if not ours:
            monkeypatch.setattr(whoosh_engine, "_FAST_POSTINGS", False)
            monkeypatch.setattr(
                whoosh_engine.whoosh3.W3PostingsWriter, "_write_block", whoosh_engine._write_block
            )
        path = tmp_path / f"ours-{ours}"
        WhooshEngine(path).rebuild(everything)
        done = subprocess.run(
            [sys.executable, "-c", _PLAIN_WHOOSH_READS, str(path)], capture_output=True, text=True, check=True
        )
        printed[ours] = done.stdout
    assert printed[True] == printed[False]
    assert printed[True].count("\n") > 100
    sizes = {
        ours: sum(f.stat().st_size for f in (tmp_path / f"ours-{ours}").iterdir()) for ours in (True, False)
    }
    assert sizes[True] < sizes[False]


def test_hidden_kinds_are_tested_with_cursors_that_agree_with_their_postings(
    tmp_path: Path, records: list[Record]
) -> None:
    # Issue 11: the titles and terms a search leaves out are followed, on a reader's first
    # query, with a cursor over their postings (documents asked in order), not read whole by
    # each process; a document asked out of order (a matcher copied or reset) starts the
    # cursor again. From a reader's second query on, their numbers are read once.
    engine = WhooshEngine(tmp_path / "whoosh")
    engine.add(records)
    engine.add(records[1:])  # a second segment, and deletions in the first
    searcher = whoosh_engine._storage(engine.path).open_index().searcher()
    readers = [r for r, _ in searcher.reader().leaf_readers()]
    assert len(readers) == 2
    reader = readers[0]
    hidden: set[int] = set()
    for kind in ("title", "term"):
        with contextlib.suppress(whoosh_engine.TermNotFound):
            hidden.update(reader.postings("kind", kind).all_ids())
    every = list(range(reader.doc_count_all()))
    assert hidden and set(every) - hidden
    hide = whoosh_engine._without_terms("kind", frozenset(("title", "term")))
    for order in (every, every[::-1], every[::2] + every[1::2], [0, 0, *every, *every]):
        whoosh_engine._COLUMNS.pop(reader, None)  # a reader's first query
        for test in (hide(reader), hide(reader)):  # with cursors, then with the numbers read
            assert [d for d in order if not test(d)] == [d for d in order if d in hidden]
    assert all(whoosh_engine._without_terms("kind", frozenset(("nothing",)))(reader)(d) for d in every)
    searcher.close()


def test_tantivy_compact_documents_name_every_field_of_the_documents() -> None:
    # A compact document is its values in a fixed order (no field names cross to the writer): a
    # field search.documents adds and that order lacked would never reach the index.
    from quotes.search import documents
    from quotes.tantivy_engine import _FIELDS, _compact, _document

    record = make_record(PESKOV_TEXT, title="Talks in Oakmere", source="Wire", date=DATE1)
    for fields in documents(record):
        assert set(_FIELDS) == set(fields)
        doc = _document(*_compact(fields)).to_dict()
        assert set(doc) == {name for name, value in fields.items() if value not in (None, "")}


OUTLETS = ("The New York Times", "New York Post", "Times Colonist", "York Daily News")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("New York", ["New York Post", "The New York Times"]),
        ("new york times", ["The New York Times"]),
        ("The New York", ["The New York Times"]),  # the start of an outlet's name
        ("times", ["The New York Times", "Times Colonist"]),
        ("York", ["New York Post", "The New York Times", "York Daily News"]),
        ("York New", []),  # its words in another order
        ("New Times", []),  # not next to each other
        ("Times New York", []),
        ("Daily York", []),
    ],
)
def test_source_filter_is_the_outlets_words_in_order(
    make: Callable[[], Engine], source: str, expected: list[str]
) -> None:
    engine = make()
    engine.add(
        [
            make_record(f'Ann Holm said: "The harbour opens in {i} weeks."', title=o, source=o, date=DATE1)
            for i, o in enumerate(OUTLETS)
        ]
    )
    # a listing, a page in date order (read from the lexicon) and a query (checked per document)
    for text, filters in (
        ("", Filters(source=source, limit=None)),
        ("", Filters(source=source, order="date", limit=10)),
        ("harbour", Filters(source=source)),
    ):
        assert sorted(h.source for h in engine.search(text, filters)) == expected, (text, filters)
