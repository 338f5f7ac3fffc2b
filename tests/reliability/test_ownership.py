"""Issue 10: the store owns only what it made. A ``whoosh/`` or ``records/`` folder that
quotes did not write makes the directory no store: every command refuses it (one line,
exit 1) and nothing in it is changed or deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotes import yamlio
from quotes.model import legacy_quote_id
from quotes.store import Store, record_to_dict
from tests.conftest import SEED
from tests.reliability.conftest import quotes


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("folder", ["whoosh", "records"])
@pytest.mark.parametrize(
    "command",
    [
        ["ingest", str(SEED.parent)],
        ["reindex"],
        ["check", "--repair"],
        ["search", "Moscow"],
        ["by", "Peskov"],
    ],
)
def test_a_users_folder_survives_and_the_store_is_refused(
    tmp_path: Path, folder: str, command: list[str]
) -> None:
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "IMPORTANT.txt").write_text("my notes\n")
    before = _tree(tmp_path)
    result = quotes("--store", str(tmp_path), *command)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {tmp_path}: not a quotes store")
    assert f"{folder} holds 'IMPORTANT.txt'" in line
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_a_store_of_an_earlier_quotes_is_adopted_and_upgraded(tmp_path: Path) -> None:
    """A store from before the marker (records/ and whoosh/ only, records of format 1)
    is no foreign folder: reading it warns, check --repair upgrades it."""
    store = tmp_path / "store"
    assert quotes("--store", str(store), "ingest", str(SEED.parent)).returncode == 0
    shutil.rmtree(store / ".quotes")
    (record,) = (store / "records").glob("*.yaml")
    rec = Store(store).get(record.stem)
    data = record_to_dict(rec)
    data["format"] = 1
    for q, raw in zip(rec.quotes, data["quotes"], strict=True):
        raw["id"] = legacy_quote_id(rec.id, q)
    record.write_text(yamlio.dump(data), encoding="utf-8")
    read = quotes("--store", str(store), "by", "Peskov")
    assert read.returncode == 0
    assert "earlier version of quotes" in read.stderr
    check = quotes("--store", str(store), "check")
    assert check.returncode == 1 and "record format 1" in check.stdout
    repair = quotes("--store", str(store), "check", "--repair")
    assert repair.returncode == 0, repair.stdout
    assert "rewrote 1 record(s) of format 1" in repair.stdout
    assert record.read_text(encoding="utf-8").startswith("format: 2\n")
    shown = quotes("--store", str(store), "show", f"{rec.id}-2396")
    assert shown.returncode == 0 and "Peskov" in shown.stdout


@pytest.mark.parametrize(
    "occupants, named",
    [
        # a newcomer's trial: `--store /etc` made a store among the system's files
        (["notes.txt"], "'notes.txt'"),
        (["a.txt", "b", "src"], "'a.txt' and 2 more"),
        ([".bashrc", "README.md"], "'.bashrc'"),
    ],
)
def test_a_new_store_is_not_made_among_other_files(tmp_path: Path, occupants: list[str], named: str) -> None:
    for name in occupants:
        (tmp_path / name).write_text("mine\n")
    before = _tree(tmp_path)
    result = quotes("--store", str(tmp_path), "ingest", str(SEED.parent))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line == (
        f"Error: {tmp_path}: holds {named} and no quotes store; refusing to make a store among "
        "other files (choose a new or empty --store directory)"
    )
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(occupants)


@pytest.mark.parametrize("placeholders", [[], ["README.md"], [".gitkeep", ".gitignore"]])
def test_a_new_store_is_made_in_an_empty_folder_or_beside_a_placeholder(
    tmp_path: Path, placeholders: list[str]
) -> None:
    # the repository's own index/ keeps a README.md: the README's first command stores there
    for name in placeholders:
        (tmp_path / name).write_text("kept for the store\n")
    assert quotes("--store", str(tmp_path), "ingest", str(SEED.parent)).returncode == 0
    assert quotes("--store", str(tmp_path), "by", "Peskov").returncode == 0
    for name in placeholders:
        assert (tmp_path / name).read_text() == "kept for the store\n"
