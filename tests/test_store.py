"""The YAML record store: round trips, idempotent atomic writes, damaged records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes import yamlio
from quotes.errors import NotFound, StoreError
from quotes.store import Store, atomic_write, dump_record
from tests.conftest import DATE1, PESKOV_TEXT, make_record


def test_put_get_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    record = make_record(PESKOV_TEXT, title="T", source="S", date=DATE1, authors=("A B",), url="u")
    assert store.put(record) is True
    assert store.get(record.id) == record
    assert store.ids() == [record.id]
    assert list(store.records()) == [record]


def test_same_record_twice_leaves_file_untouched(tmp_path: Path) -> None:
    store = Store(tmp_path)
    record = make_record(PESKOV_TEXT, title="T")
    store.put(record)
    path = store.record_path(record.id)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert store.put(make_record(PESKOV_TEXT, title="T")) is False
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in store.records_dir.iterdir()) == [path.name]


def test_record_yaml_is_readable(tmp_path: Path) -> None:
    record = make_record(PESKOV_TEXT, title="T", date=DATE1)
    text = dump_record(record)
    assert text.startswith(f"format: 2\nid: {record.id}\ntitle: T\n")
    assert "date: '2024-11-06'" in text
    assert "text: |" in text  # literal block, not an escaped one-liner
    assert f"- id: {record.quote_ids()[0]}\n  text: We will draw conclusions" in text
    assert "spans: [[" in text


@pytest.mark.parametrize(
    "text",
    [
        "trailing spaces  \nnext",
        "windows\r\nline\r\nends\r\n",
        "  indented first line\nx",
        "unicode “quotes” — and\u2028separators\n",
        "ends with blank lines\n\n\n",
        "tab\there\n",
    ],
)
def test_awkward_texts_round_trip(tmp_path: Path, text: str) -> None:
    store = Store(tmp_path)
    record = make_record(text)
    store.put(record)
    assert store.get(record.id).article.text == text


def _damage(store: Store, record_id: str, edit: object) -> Path:
    path = store.record_path(record_id)
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    return path


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: "text: [unclosed\n", "bad YAML"),
        (lambda t: "- a list\n", "not a YAML mapping"),
        (lambda t: t.replace("format: 2", "format: 9"), "unsupported record format"),
        (lambda t: t.replace("text: |", "body: |"), "missing field 'text'"),
        (lambda t: t.replace("We will draw", "We shall draw"), "does not match its text"),
        (lambda t: t.replace("start: 21", "start: x"), "malformed record"),
        (lambda t: t.replace("start: 21", "start: 22"), "disagree with spans"),
        (
            lambda t: t.replace("spans: [[21, 68]]", "spans: [[22, 68]]").replace("start: 21", "start: 22"),
            "quote ids do not match",
        ),
        (lambda t: t.replace("date: '2024-11-06'", "date: someday"), "malformed record"),
    ],
)
def test_malformed_record_names_the_file(tmp_path: Path, edit: object, message: str) -> None:
    store = Store(tmp_path)
    record = make_record(PESKOV_TEXT, date=DATE1)
    store.put(record)
    path = _damage(store, record.id, edit)
    with pytest.raises(StoreError, match=message) as info:
        store.get(record.id)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_offsets_outside_text_are_malformed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    record = make_record('X said: "y"')
    store.put(record)
    path = store.record_path(record.id)
    data = yamlio.load(path.read_text(encoding="utf-8"))
    data["quotes"][0].update(spans=[[9, 99]], start=9, end=99)
    from quotes.model import Quote, quote_ids

    data["quotes"][0]["id"] = quote_ids(record.id, [Quote(text="y", spans=((9, 99),))])[0]
    path.write_text(yamlio.dump(data), encoding="utf-8")
    with pytest.raises(StoreError, match="outside the text"):
        store.get(record.id)


def test_record_under_another_name_is_malformed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    a, b = make_record("one"), make_record("two")
    store.put(a)
    os.replace(store.record_path(a.id), store.record_path(b.id))
    with pytest.raises(StoreError, match=f"holds article {a.id}"):
        store.get(b.id)


@pytest.mark.parametrize("article_id", ["0123456789ab", "../../etc/pa", "nothex", ""])
def test_unknown_or_bad_id_is_not_found(tmp_path: Path, article_id: str) -> None:
    store = Store(tmp_path)
    store.create()
    with pytest.raises(NotFound, match=repr(article_id)):
        store.get(article_id)


def test_missing_store_names_the_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"no store at {tmp_path / 'nope'}"):
        Store(tmp_path / "nope").ids()
    assert not (tmp_path / "nope").exists()


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        Store(tmp_path / "f").check()


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    atomic_write(path, b"one")
    atomic_write(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["r.yaml"]


def test_atomic_write_takes_a_string_path_and_a_large_file(tmp_path: Path) -> None:
    # ingest writes records through string paths; a write of several megabytes is whole
    data = bytes(range(256)) * 40_000
    st = atomic_write(str(tmp_path / "big.yaml"), data)
    assert (tmp_path / "big.yaml").read_bytes() == data
    assert st.st_size == len(data)
    assert [p.name for p in tmp_path.iterdir()] == ["big.yaml"]


def test_stored_bytes_of_a_record_or_none(tmp_path: Path) -> None:
    # what ingest's pre-check and writer read (issue 11): the file's bytes, None without one
    store = Store(tmp_path)
    store.create()
    record = make_record(PESKOV_TEXT)
    assert store.stored(record.id) is None
    store.put(record)
    assert store.record_file(record.id) == str(store.record_path(record.id))
    stored = store.stored(record.id)
    assert stored == store.record_path(record.id).read_bytes() == dump_record(record).encode()


def test_the_ledger_survives_a_torn_line_and_compacts(tmp_path: Path) -> None:
    from quotes.store import Ledger

    path = tmp_path / "ledger.jsonl"
    path.write_bytes(b'{"id":"a","sha":"1","x":"v"}\n{"id":"a","sha":"2"')  # killed mid-line
    ledger = Ledger(path)
    assert ledger.owns("a", "1") and not ledger.owns("a", "2")
    ledger.log("b", "3", None)
    ledger.close()
    assert Ledger(path).owns("b", "3") and Ledger(path).extractor("a", "1") == "v"
    for n in range(2000):
        ledger.log("a", str(n), "v")
    ledger.close()
    again = Ledger(path)
    assert again.lines < 10 and list(again.entries["a"]) == ["1997", "1998", "1999"]


def test_the_ledger_keeps_where_each_record_came_from_through_compaction(tmp_path: Path) -> None:
    # issue s16n item 2: ingest names the stored article an added one replaces (same file or title)
    from quotes.store import Ledger

    path = tmp_path / "ledger.jsonl"
    path.write_bytes(b'{"id":"old","sha":"0","x":"v"}\n')  # a line written before origins were kept
    ledger = Ledger(path)
    assert ledger.sharing(["from:/a.txt"]) == set()
    ledger.log("a1", "1", "v", ("from:/a.txt", "title:2024-11-06 Vote"))
    assert ledger.sharing(["from:/a.txt"]) == {"a1"}  # the index built on first use follows new lines
    ledger.log("a2", "2", "v", ("from:/a.txt",))
    ledger.log("a1", "3", "v")  # rewritten without an origin (check --repair): the origin stays
    ledger.close()
    assert Ledger(path).sharing(["from:/a.txt"]) == {"a1", "a2"}
    assert Ledger(path).sharing(["title:2024-11-06 Vote", "from:/b.txt"]) == {"a1"}
    ledger.compact()
    again = Ledger(path)
    assert again.sharing(["from:/a.txt"]) == {"a1", "a2"} and again.owns("old", "0")


@pytest.mark.parametrize("fresh", [False, True], ids=["in-run", "reloaded"])
def test_the_ledger_replaces_a_records_title_keys_and_keeps_its_file_on_a_refresh(
    tmp_path: Path, fresh: bool
) -> None:
    # review of s17q: merged origins linked an unrelated article by a title the record no
    # longer has; a refresh with no file (quotes fix) must still keep the file
    from quotes.store import Ledger

    path = tmp_path / "ledger.jsonl"
    ledger = Ledger(path)
    assert ledger.sharing(["from:/e.txt"]) == set()  # the index built now follows the lines below
    ledger.log("a1", "1", "v", ("from:/e.txt", "title:2025-06-06 Storm day"))
    ledger.log("a1", "2", "v", ("from:/e.txt", "title:2025-06-06 Schools shut"))  # retitled
    ledger.log("a1", "3", "v", ("title:2025-06-06 Schools shut",))  # a fix: no file
    ledger.log("b1", "4", "v", ("from:/f.txt", "title:2025-06-06 Vote"))
    ledger.log("b1", "5", "v", ("from:/g.txt", "title:2025-06-06 Vote"))  # the same text, another file
    ledger.close()
    read = Ledger(path) if fresh else ledger
    assert read.sharing(["title:2025-06-06 Storm day"]) == set()
    assert read.sharing(["title:2025-06-06 Schools shut"]) == {"a1"}
    assert read.sharing(["from:/e.txt"]) == {"a1"}
    assert read.sharing(["from:/f.txt"]) == set() and read.sharing(["from:/g.txt"]) == {"b1"}


@pytest.mark.parametrize(
    ("spans", "ids"),
    [
        ([((5, 9),), ((20, 31),)], ["a1-5", "a1-20"]),  # each its own start: the usual case
        ([((5, 9),), ((5, 12),)], ["a1-5-9", "a1-5-12"]),  # one start: the end added
        (
            [((5, 9),), ((5, 9),), ((30, 33),)],
            ["a1-5-9-1", "a1-5-9-2", "a1-30"],
        ),  # the same envelope: counted
        ([((5, 9),), ((5, 9), (14, 20))], ["a1-5-9", "a1-5-20"]),
        ([], []),
    ],
)
def test_quote_ids_are_unique_within_an_article(
    spans: list[tuple[tuple[int, int], ...]], ids: list[str]
) -> None:
    from quotes.model import Quote, quote_ids

    assert quote_ids("a1", [Quote(text="x", spans=s) for s in spans]) == ids
