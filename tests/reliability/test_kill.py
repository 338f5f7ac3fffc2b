"""Issue 10: ``kill -9`` at random points of ``ingest`` and ``reindex``, into an empty store
and into one holding articles and an index. After each kill, the same ingest run again
(never a ``reindex``) must leave every record valid, the index consistent with the
records, and both identical to what an uninterrupted run makes.

QUOTES_KILL_RUNS sets the number of kills per test (default 30); the article sets are
small so that CI stays quick.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from quotes.library import Library
from quotes.search import Filters
from tests.reliability.conftest import article_set, quotes, records, start

RUNS = int(os.environ.get("QUOTES_KILL_RUNS", "30"))


def snapshot(store: Path) -> tuple[dict[str, bytes], dict[str, set[str]], list[tuple[object, ...]]]:
    """Records byte for byte, the index's quote ids per article and every indexed quote's fields;
    and a check that finds no problem."""
    lib = Library.open(store)
    report = lib.check()
    assert report.problems == (), report.problems
    assert lib.drift() is None
    hits = lib.engine.search("", Filters(include_terms=True, limit=None))
    fields = sorted(
        (h.id, h.text, h.speaker, h.kind, h.date, h.source, h.title, h.start, h.end) for h in hits
    )
    return records(store), lib.engine.contents(), fields  # type: ignore[return-value]


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory, names: list[str]) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("kill")
    base = article_set(root / "base", names[:5])
    extra = article_set(root / "extra", names[5:15])
    existing = root / "existing"
    assert quotes("--store", str(existing), "ingest", str(base)).returncode == 0
    return {"base": base, "extra": extra, "existing": existing, "root": root}


def _fresh(sets: dict[str, Path], kind: str, dest: Path) -> Path:
    if kind == "existing":
        shutil.copytree(sets["existing"], dest)
    return dest


def _kill_at_random(args: list[str], rng: random.Random, longest: float) -> None:
    proc = start(*args)
    time.sleep(rng.uniform(0, longest))
    proc.kill()
    try:
        # the pipes close when the process and its workers are gone (they die with it)
        proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # its group: the workers that outlived it
        proc.communicate()
        pytest.fail("an ingest worker outlived its killed parent, holding its pipes")


@pytest.mark.parametrize("kind", ["empty", "existing"])
def test_ingest_killed_then_run_again_converges(sets: dict[str, Path], kind: str, tmp_path: Path) -> None:
    reference = _fresh(sets, kind, tmp_path / "reference")
    began = time.monotonic()
    assert quotes("--store", str(reference), "ingest", str(sets["extra"])).returncode == 0
    took = time.monotonic() - began
    expected = snapshot(reference)
    rng = random.Random(f"ingest-{kind}")
    for run in range(RUNS // 2):
        store = _fresh(sets, kind, tmp_path / f"run{run}")
        _kill_at_random(["--store", str(store), "ingest", str(sets["extra"])], rng, took)
        again = quotes("--store", str(store), "ingest", str(sets["extra"]))
        assert again.returncode == 0, again.stderr
        assert "Error" not in again.stderr
        assert snapshot(store) == expected, f"run {run}"
        shutil.rmtree(store)


@pytest.mark.parametrize("kind", ["with index", "without index"])
def test_reindex_killed_then_ingest_converges(sets: dict[str, Path], kind: str, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    shutil.copytree(sets["existing"], reference)
    assert quotes("--store", str(reference), "ingest", str(sets["extra"])).returncode == 0
    if kind == "without index":
        shutil.rmtree(reference / "whoosh")
    began = time.monotonic()
    assert quotes("--store", str(reference), "reindex").returncode == 0
    took = time.monotonic() - began
    expected = snapshot(reference)
    rng = random.Random(f"reindex-{kind}")
    for run in range(RUNS // 2):
        store = tmp_path / f"run{run}"
        shutil.copytree(reference, store)
        if kind == "without index":
            shutil.rmtree(store / "whoosh")
        _kill_at_random(["--store", str(store), "reindex"], rng, took)
        again = quotes("--store", str(store), "ingest", str(sets["extra"]))
        assert again.returncode == 0, again.stderr
        assert snapshot(store) == expected, f"run {run}"
        shutil.rmtree(store)
