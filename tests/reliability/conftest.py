"""Helpers for the reliability tests (issue 10): the real ``quotes`` command run as a
subprocess (so it can be killed, raced and timed out) on articles of this repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INVENTED = REPO / "benchmarks" / "invented"
QUOTES = [sys.executable, "-c", "from quotes.cli import main; main()"]


def quotes(*args: str, timeout: float = 60, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run ``quotes ARGS`` to its end."""
    return subprocess.run(
        [*QUOTES, *args], capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )  # type: ignore[call-overload,no-any-return]


def start(*args: str) -> subprocess.Popen[str]:
    """Start ``quotes ARGS`` without waiting for it, in a session of its own (its process group:
    what it forks can be killed with it when a test must clean up)."""
    return subprocess.Popen(
        [*QUOTES, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def article_set(dest: Path, names: list[str]) -> Path:
    """A folder with these invented articles (text and sidecar)."""
    dest.mkdir(parents=True)
    for name in names:
        for suffix in (".txt", ".meta.yaml"):
            src = INVENTED / f"{name}{suffix}"
            if src.exists():
                shutil.copy(src, dest / src.name)
    return dest


def invented_names() -> list[str]:
    return sorted(p.stem for p in INVENTED.glob("*.txt"))


def records(store: Path) -> dict[str, bytes]:
    """Every record file of a store, by name, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted((store / "records").iterdir())}


def indexed(store: Path) -> list[dict[str, object]]:
    """Everything the index holds, as ``quotes search`` prints it (all kinds, sorted)."""
    result = quotes(
        "--store", str(store), "search", "", "--include-terms", "--limit", "100000", "--format", "jsonl"
    )
    assert result.returncode == 0, result.stderr
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda d: str(d["id"]))


def assert_consistent(store: Path) -> None:
    """``quotes check`` finds nothing wrong and no command warns of drift."""
    result = quotes("--store", str(store), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stderr


@pytest.fixture(scope="session")
def names() -> list[str]:
    return invented_names()
