"""Issue 10: bounded work on any input. Each of these finishes or is refused, with one
clear line, well within 10 s (a subprocess timeout, not a timing assertion): a 5 MB
article (over the documented size limit), a FIFO, /dev/zero, and a 100 KB query word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes.article import MAX_ARTICLE_BYTES
from tests.conftest import SEED
from tests.reliability.conftest import quotes

LIMIT = 10  # seconds: the bound


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("bounded") / "store"
    assert quotes("--store", str(store), "ingest", str(SEED.parent)).returncode == 0
    return store


def _refused(result: object, *parts: str) -> None:
    assert result.returncode == 1, result.stderr  # type: ignore[attr-defined]
    (line,) = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert line.startswith("Error: ")
    assert len(line) < 500
    for part in parts:
        assert part in line


def test_a_5_mb_article_is_refused_naming_the_limit(store: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    paragraph = SEED.read_text(encoding="utf-8")
    big.write_text(paragraph * (5_000_000 // len(paragraph) + 1), encoding="utf-8")
    _refused(
        quotes("--store", str(store), "ingest", str(big), timeout=LIMIT),
        str(big),
        f"{MAX_ARTICLE_BYTES:,} bytes",
    )
    with big.open("rb") as stdin:
        _refused(
            quotes("--store", str(store), "ingest", "-", stdin=stdin, timeout=LIMIT), "<stdin>", "split it"
        )
    _refused(quotes("extract", str(big), timeout=LIMIT), "split it")


def test_an_article_at_the_limit_is_read(tmp_path: Path) -> None:
    text = "Words of a long article. " * (MAX_ARTICLE_BYTES // 25)
    path = tmp_path / "long.txt"
    path.write_text(text[:MAX_ARTICLE_BYTES], encoding="utf-8")
    assert quotes("extract", str(path), timeout=60).returncode == 0


def test_a_fifo_is_refused_not_waited_on(store: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _refused(
        quotes("--store", str(store), "ingest", str(fifo), timeout=LIMIT), str(fifo), "not a regular file"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_not_read(store: Path) -> None:
    _refused(
        quotes("--store", str(store), "ingest", "/dev/zero", timeout=LIMIT), "/dev/zero", "not a regular file"
    )
    with open("/dev/zero", "rb") as zero:
        _refused(quotes("--store", str(store), "ingest", "-", stdin=zero, timeout=LIMIT), "<stdin>")


@pytest.mark.parametrize(
    ("query", "message"),
    [("x" * 100_000, "query of 100,000 characters"), ("Moscow " + "y" * 500, "query word 'yyyy")],
)
def test_a_huge_query_is_refused_before_parsing(store: Path, query: str, message: str) -> None:
    _refused(quotes("--store", str(store), "search", query, timeout=LIMIT), message)


def test_huge_arguments_are_not_echoed_whole(store: Path) -> None:
    _refused(quotes("--store", str(store), "show", "a" * 100_000, timeout=LIMIT), "no quote with id")
    _refused(quotes("--store", str(store), "by", "Z" * 100_000, timeout=LIMIT), "characters")
