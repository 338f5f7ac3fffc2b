"""Issue 10: one writer at a time, the others wait; readers never wait.

Four ingests of different article sets started together all finish (each waited its
turn) and every article's quotes are searchable; a writer that waited longer than
``--wait`` gives up with a clear message having written nothing; an ingest started
during a ``reindex`` is indexed.
"""

from __future__ import annotations

import time
from pathlib import Path

from quotes.library import Library
from quotes.lock import store_lock
from quotes.store import Store
from tests.reliability.conftest import article_set, quotes, records, start


def _quote_ids(store: Path) -> dict[str, set[str]]:
    lib = Library.open(store)
    return {r.id: set(r.quote_ids()) for r in lib.store.records() if r.quotes}


def test_four_concurrent_ingests_all_land(tmp_path: Path, names: list[str]) -> None:
    store = tmp_path / "store"
    sets = [article_set(tmp_path / f"set{i}", names[i * 4 : i * 4 + 4]) for i in range(4)]
    procs = [start("--store", str(store), "ingest", str(s), "--wait", "120") for s in sets]
    outcomes = [(p.wait(timeout=180), p.communicate()) for p in procs]
    for code, (out, err) in outcomes:
        assert code == 0, err
        assert "ingested 4 articles" in out
    assert len(records(store)) == 16
    lib = Library.open(store)
    assert lib.engine.contents() == _quote_ids(store)
    assert lib.check().problems == ()


def test_a_writer_that_waited_too_long_writes_nothing(tmp_path: Path, names: list[str]) -> None:
    store = tmp_path / "store"
    first = article_set(tmp_path / "first", names[:2])
    assert quotes("--store", str(store), "ingest", str(first)).returncode == 0
    before = records(store)
    late = article_set(tmp_path / "late", names[2:4])
    with store_lock(Store(store).meta_dir / "lock", "a test holding the lock"):
        began = time.monotonic()
        result = quotes("--store", str(store), "ingest", str(late), "--wait", "0.5")
        assert time.monotonic() - began < 30
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "another quotes process (pid" in line
    assert "a test holding the lock" in line
    assert "before writing anything" in line and "--wait" in line
    assert records(store) == before
    # readers never wait for the lock
    with store_lock(Store(store).meta_dir / "lock", "a test holding the lock"):
        assert quotes("--store", str(store), "search", "", "--limit", "1", timeout=30).returncode == 0


def test_an_ingest_during_reindex_is_indexed(tmp_path: Path, names: list[str]) -> None:
    store = tmp_path / "store"
    many = article_set(tmp_path / "many", names[:30])
    one = article_set(tmp_path / "one", names[30:31])
    assert quotes("--store", str(store), "ingest", str(many)).returncode == 0
    reindex = start("--store", str(store), "reindex")
    lock = store / ".quotes" / "lock"
    deadline = time.monotonic() + 30
    while "reindex" not in lock.read_text() and reindex.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    ingest = start("--store", str(store), "ingest", str(one))
    assert ingest.wait(timeout=120) == 0, ingest.communicate()
    assert reindex.wait(timeout=120) == 0, reindex.communicate()
    (added,) = (
        r for r in Library.open(store).store.records() if r.article.path is None and r.id in _ids(one)
    )
    lib = Library.open(store)
    assert added.id in lib.engine.contents()
    assert lib.engine.contents() == _quote_ids(store)


def _ids(folder: Path) -> set[str]:
    from quotes.article import read_article

    return {read_article(p).id for p in folder.glob("*.txt")}


def test_readers_see_the_whole_index_all_through_a_reindex(tmp_path: Path, names: list[str]) -> None:
    store = tmp_path / "store"
    assert (
        quotes("--store", str(store), "ingest", str(article_set(tmp_path / "many", names[:30]))).returncode
        == 0
    )
    want = _quote_ids(store)
    reindex = start("--store", str(store), "reindex")
    reads = 0
    while reindex.poll() is None or reads == 0:
        assert Library.open(store).engine.contents() == want  # never empty, never half
        reads += 1
    assert reindex.returncode == 0
    assert reads > 1
