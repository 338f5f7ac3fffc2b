"""Issue 11, correctness only (no timings): on a small version of benchmarks/scale.py's
corpus (1,000 articles of PolNeAR-train paragraphs, the real extractor), every
query kind gives the same quotes on a Whoosh store and a tantivy store holding the
same records; in the same order wherever the order is by date."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from benchmarks import scale
from quotes.library import ENGINE_FILE, Library

pytestmark = pytest.mark.skipif(not scale.TRAIN.is_dir(), reason=f"no bench articles at {scale.TRAIN}")


@pytest.fixture(scope="module")
def libs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, Library]:
    root = tmp_path_factory.mktemp("scale")
    whoosh = Library.at(root / "whoosh", engine="whoosh")
    whoosh.ingest(scale.corpus(1000))
    # the same records, indexed by tantivy
    (root / "tantivy").mkdir()
    shutil.copytree(whoosh.store.records_dir, root / "tantivy" / "records")
    (root / "tantivy" / ENGINE_FILE).write_text("tantivy\n")
    tantivy = Library.open(root / "tantivy")
    tantivy.reindex()
    return whoosh, tantivy


def test_both_engines_index_the_same_quotes(libs: tuple[Library, Library]) -> None:
    whoosh, tantivy = libs
    assert tantivy.engine_name == "tantivy"
    ids = [[h.id for h in lib.search("", include_terms=True, limit=None)] for lib in libs]
    assert len(ids[0]) > 3000
    assert ids[0] == ids[1]  # "" lists oldest first, in the same order
    assert whoosh.speakers() == tantivy.speakers()
    assert whoosh.engine.sources() == tantivy.engine.sources()


@pytest.mark.parametrize("kind", sorted(scale.QUERIES))
def test_every_query_kind_finds_the_same_quotes(libs: tuple[Library, Library], kind: str) -> None:
    whoosh, tantivy = libs
    p = scale.probe(whoosh)
    assert p == scale.probe(tantivy)
    found = [scale.QUERIES[kind](lib, p) for lib in libs]
    assert found[0], f"{kind} finds nothing: the probe should pick what it finds"
    if kind.startswith("search WORD"):
        # best first: scores differ between engines, so compare every hit, not the order
        assert len(found[0]) == len(found[1])
        every = [{h.id for h in lib.search(p.word, limit=None)} for lib in libs]
        assert every[0] == every[1]
    else:
        assert found[0] == found[1]


@pytest.mark.parametrize(
    "query",
    [
        "tax OR taxes",
        '"health care"',
        "elect*",
        "speaker:clinton",
        "kind:title",
        "date:2016-01",
        "date:[2016-01-01 to 2016-03-31] vote",
        "date:2015",
        "campaign NOT trump",
        "source:nyt president",
    ],
)
def test_query_syntax_finds_the_same_quotes(libs: tuple[Library, Library], query: str) -> None:
    found = [{(h.id, h.matches) for h in lib.search(query, limit=None)} for lib in libs]
    assert found[0]
    assert found[0] == found[1]


def test_filters_and_pages_agree(libs: tuple[Library, Library]) -> None:
    p = scale.probe(libs[0])
    pages = [
        [h.id for h in lib.by(p.speaker, since=dt.date(p.year, 1, 1), source=p.source, offset=5, limit=7)]
        for lib in libs
    ]
    assert len(pages[0]) == 7
    assert pages[0] == pages[1]
