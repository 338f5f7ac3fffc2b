"""The README's examples run on what the repository ships (a newcomer's trial: its export
examples used a page and a file that were not in it).

The ``$ ...`` lines of the code blocks of the sections named in ``RUN`` are run in
order, as a reader would in the repository (relative paths, the default store
``./index``, here in a temporary directory), with the real extractor: each must exit
as its shown output implies (0, or 1 where it shows ``Error: ...``) and print what is
shown, a line ``...`` standing for lines left out (trailing spaces aside). The quotes
found depend on the extractor of the day: when a change of the extractor changes what
an example prints, the README's example is updated with it. Commands that need the
network (a local web server in the README) are left out; ``cat`` and ``sqlite3`` are
read as Python.
"""

from __future__ import annotations

import difflib
import re
import shlex
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
#: The sections whose examples are run, in order: each builds on the store of those before.
RUN = ("Commands", "Inputs", "Exports")
#: Commands that need what the repository does not ship (a web server).
NEEDS_NETWORK = ("http://", "https://", "crawl.warc")


@dataclass(frozen=True)
class Example:
    section: str
    line: int  # of the README, 1-based, for the failure message
    command: str
    shown: tuple[str, ...]

    def __str__(self) -> str:
        return f"README.md:{self.line} {self.command}"


def examples(text: str) -> list[Example]:
    """Every ``$ command`` of a fenced code block, with the lines shown after it."""
    found: list[Example] = []
    section = ""
    fenced = False
    current: tuple[int, str] | None = None
    shown: list[str] = []
    indent = ""

    def close() -> None:
        nonlocal current
        if current is not None:
            found.append(Example(section, current[0], current[1], tuple(shown)))
        current = None

    for number, line in enumerate(text.splitlines(), 1):
        fence = re.match(r"(\s*)```", line)
        if fence:
            if fenced:
                close()
            fenced, indent = not fenced, fence.group(1)
            continue
        if not fenced:
            if line.startswith("## "):
                section = line[3:].strip()
            continue
        body = line.removeprefix(indent)
        if body.startswith("$ "):
            close()
            current, shown = (number, body[2:]), []
        elif current is not None:
            shown.append(body)
    return found


def _cut(output: str, spec: str) -> str:
    m = re.fullmatch(r"cut -c1-(\d+)", spec.strip())
    assert m, f"no such filter in this test: {spec}"
    return "".join(line[: int(m[1])] + "\n" for line in output.splitlines())


def run(example: Example) -> tuple[int, str]:
    """The exit status and output (stdout and stderr as a terminal shows them) of ``example``."""
    command, *filters = example.command.split(" | ")
    args = shlex.split(command)
    if args[0] == "cat":
        return 0, Path(args[1]).read_text(encoding="utf-8")
    if args[0] == "sqlite3":
        with sqlite3.connect(args[1]) as db:
            rows = db.execute(args[2]).fetchall()
        return 0, "".join("|".join(map(str, row)) + "\n" for row in rows)
    assert args[0] == "quotes", example
    result = CliRunner().invoke(cli, args[1:], env={"QUOTES_STORE": None, "COLUMNS": "100"})
    output = result.output
    for spec in filters:
        output = _cut(output, spec)
    return result.exit_code, output


def runnable() -> list[Example]:
    return [
        e
        for e in examples(README.read_text(encoding="utf-8"))
        if e.section in RUN and not any(n in e.command for n in NEEDS_NETWORK)
    ]


def test_the_examples_are_found() -> None:
    # the parser reads the blocks: the first command is the README's first, its output shown
    found = runnable()
    assert found[0].command == "quotes ingest seeds/" and found[0].shown[0].startswith("ingested 1 article")
    assert {e.section for e in found} == set(RUN)
    assert any(e.command.startswith("quotes export --format sqlite") for e in found)
    assert not any("http" in e.command for e in found)


def test_readme_examples_run_on_what_the_repository_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a reader's checkout: the shipped inputs where the README names them, the store ./index
    for name in ("seeds", "tests"):
        (tmp_path / name).symlink_to(REPO / name)
    monkeypatch.chdir(tmp_path)
    failures = []
    for example in runnable():
        status, output = run(example)
        expected = 1 if example.shown and example.shown[0].startswith("Error: ") else 0
        printed = [line.rstrip() for line in output.splitlines()]
        if status != expected or not shows(example.shown, printed):
            diff = "\n".join(difflib.unified_diff(example.shown, printed, "README", "printed", lineterm=""))
            failures.append(f"{example}: exit {status}\n{diff}")
    assert not failures, "\n".join(failures)


def shows(shown: Sequence[str], printed: Sequence[str]) -> bool:
    """Whether ``printed`` is what ``shown`` shows: its lines in order, each ``...`` line any
    number of lines (the README leaves a long listing's rest out)."""
    parts = re.split(r"\n\.\.\.(?:\n|$)", "\n".join(line.rstrip() for line in shown))
    pattern = ".*".join(re.escape(part) for part in parts)
    ends_open = bool(shown) and shown[-1].strip() == "..."
    text = "\n".join(line.rstrip() for line in printed)
    return re.fullmatch(pattern + (".*" if ends_open else ""), text, re.S) is not None


@pytest.mark.parametrize(
    ("shown", "printed", "ok"),
    [
        (["a", "b"], ["a", "b"], True),
        (["a", "b  "], ["a  ", "b"], True),  # trailing spaces aside
        (["a", "..."], ["a", "b", "c"], True),
        (["a", "...", "c"], ["a", "b", "c"], True),
        (["a", "b"], ["a", "b", "c"], False),
        (["a", "b"], ["a", "c"], False),
        (["a", "...", "d"], ["a", "b", "c"], False),
        ([], [], True),
        ([], ["a"], False),
    ],
)
def test_shows(shown: list[str], printed: list[str], ok: bool) -> None:
    assert shows(shown, printed) is ok
