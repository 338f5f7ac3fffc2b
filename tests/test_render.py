"""Output formats: JSON, JSON lines, CSV, YAML and the fitted table."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from quotes import yamlio
from quotes.render import BOLD, RESET, Column, csv_cell, display_width, marked, render, table

ROWS = [
    {
        "id": "a-1",
        "speaker": "Donald Trump",
        "text": "I'm going to hit you right in the middle of fricking Moscow, and then some more words.",
        "date": dt.date(2024, 11, 6),
        "matches": [[53, 59]],
    },
    {"id": "b-2", "speaker": None, "text": "short", "date": None, "matches": []},
]
COLUMNS = [
    Column("id", "ID", max_width=5),
    Column("speaker", "SPEAKER", max_width=8),
    Column("text", "QUOTE", wrap=True, marks="matches"),
]


def out(fmt: str, rows: list[dict] = ROWS, **kw: object) -> str:  # type: ignore[type-arg]
    buf = io.StringIO()
    render(rows, COLUMNS, fmt, buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue()


def test_json_is_one_array_with_every_key() -> None:
    data = json.loads(out("json"))
    assert data[0]["date"] == "2024-11-06"
    assert data[1] == {"id": "b-2", "speaker": None, "text": "short", "date": None, "matches": []}


def test_jsonl_one_object_per_line() -> None:
    lines = out("jsonl").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a-1", "b-2"]


def test_csv_header_and_plain_cells_for_lists() -> None:
    rows = list(csv.DictReader(io.StringIO(out("csv"))))
    assert rows[0]["matches"] == "53-59"  # issue 13: not JSON inside a column
    assert rows[1]["speaker"] == ""


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ([[16, 22], [30, 35]], "16-22; 30-35"),
        (["Jane Doe", "John Roe"], "Jane Doe; John Roe"),
        ([], ""),
        ({"text": "He", "start": 1}, '{"text": "He", "start": 1}'),
        (0.9, 0.9),
    ],
)
def test_csv_cells(value: object, cell: object) -> None:
    assert csv_cell(value) == cell


WIDE = [
    {
        "id": "c-3",
        "speaker": "习近平",
        "text": "我们要坚持和平发展道路，同时决不放弃正当权益。" * 2,
        "matches": [],
    },
    {"id": "d-4", "speaker": "Ann 🙂", "text": "Short and sweet 🙂 with an emoji.", "matches": []},
    {"id": "e-5", "speaker": "Bob", "text": "plain", "matches": []},
]


def test_wide_characters_align_by_display_width() -> None:
    # issue 13: CJK and emoji take two columns each; alignment must count columns
    lines = [line for line in out("table", WIDE, width=40).splitlines() if line]
    assert all(display_width(line) <= 40 for line in lines)
    speaker_col = display_width(lines[0][: lines[0].index("SPEAKER")])
    quote_col = display_width(lines[0][: lines[0].index("QUOTE")])
    for row in WIDE:
        first = next(line for line in lines if line.startswith(row["id"]))
        assert display_width(first[: first.index(row["speaker"][:2])]) == speaker_col
        assert display_width(first[: first.index(row["text"][:3])]) == quote_col
    # the wrapped CJK quote's next lines start in the QUOTE column too
    more = [line for line in lines[2:] if line.startswith(" ")]
    assert more and all(len(line) - len(line.lstrip(" ")) == quote_col for line in more)


def test_display_width() -> None:
    assert display_width("東京") == 4
    assert display_width("🙂") == 2
    assert display_width("é") == 1
    assert display_width(f"{BOLD}ab{RESET}") == 2


def test_widths_counted_without_wcwidth_are_wcwidth_s() -> None:
    """Issue 11: text of the characters render measures itself (so that a search's output
    need not import wcwidth) has the width wcwidth gives it, character by character."""
    import wcwidth

    from quotes import render

    mine = [chr(c) for c in range(0x30000) if render._NARROW.fullmatch(chr(c))]
    assert len(mine) > 700
    assert [c for c in mine if wcwidth.wcwidth(c) != 1] == []
    for text in ("“Tax cuts,” he said — twice…", "Ação déjà vu", "a\x02b\x03c", "日本 “x”", "e\u0301"):
        expected = sum(max(wcwidth.wcwidth(c), 0) for c in text)
        assert display_width(text) == expected, text


def test_csv_header_without_rows_when_fields_are_given() -> None:
    assert out("csv", [], fields=["id", "speaker"]) == "id,speaker\n"


def test_yaml() -> None:
    assert yamlio.load(out("yaml"))[0]["date"] == "2024-11-06"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "yaml"])
def test_empty(fmt: str) -> None:
    assert out(fmt, []) in ("", "[]\n")


def test_table_fits_width_truncates_and_wraps() -> None:
    text = out("table", width=40)
    lines = text.splitlines()
    assert lines[0].split() == ["ID", "SPEAKER", "QUOTE"]
    assert all(len(line) <= 40 for line in lines)
    assert "Donald…" in text  # 12 characters cut to the column's 8
    assert "**Moscow**" in text  # highlighted as plain text when not colouring
    col = lines[0].index("QUOTE")
    quote = " ".join(line[col:].strip() for line in lines[2:] if line[col:].strip())
    assert quote.replace("**", "") == ROWS[0]["text"] + " short"


SPEAKER_LIKE = (
    Column("name", "SPEAKER", max_width=30),
    Column("quotes", "QUOTES", max_width=6),
    Column("titles", "TITLES", wrap=True, hide_empty=True),
    Column("also", "ALSO", max_width=24, hide_empty=True),
    Column("note", "NOTE", wrap=True, hide_empty=True),
)


@pytest.mark.parametrize("width", [80, 100, 157])
def test_a_table_of_two_wrapped_columns_fits_and_leaves_out_an_empty_one(width: int) -> None:
    # issue s15a item 4: `quotes speakers` was 157 columns wide, 117 at 80, with an empty NOTE
    rows = [
        {
            "name": "Valentina Ivanovna Matviyenko-Smith",
            "quotes": 12,
            "titles": ["chair of the Federation Council", "senator"],
            "also": ["Matviyenko", "Valentina Matviyenko"],
            "note": "",
        },
        {"name": "Peskov", "quotes": 3, "titles": [], "also": [], "note": None},
    ]
    lines = table(rows, SPEAKER_LIKE, width=width, color=False).splitlines()
    assert lines[0].split() == ["SPEAKER", "QUOTES", "TITLES", "ALSO"]  # no NOTE: no row has one
    assert all(display_width(line) <= width for line in lines), lines
    titled = " ".join(lines[2:])
    assert "Federation" in titled and "senator" in titled  # wrapped, not cut
    # a note in one row brings the column back, and both wrapped columns still fit
    rows[1]["note"] = "ambiguous: could be Dmitry Peskov or Nikolai Peskov (give the full name)"
    lines = table(rows, SPEAKER_LIKE, width=width, color=False).splitlines()
    assert lines[0].split()[-1] == "NOTE"
    assert all(display_width(line) <= width for line in lines), lines
    # the last column of the row holds the whole note, wrapped
    at = lines[0].index("NOTE")
    assert " ".join(x[at:].strip() for x in lines[2:] if x[at:].strip()) == rows[1]["note"]


def test_table_colour_highlight_closes_at_line_end() -> None:
    rows = [{"id": "x", "speaker": "s", "text": "aaa bbb ccc ddd eee", "matches": [[4, 11]]}]
    lines = table(rows, COLUMNS, width=20, color=True).splitlines()[2:]
    assert f"{BOLD}bbb{RESET}" in lines[0] or f"{BOLD}bbb ccc{RESET}" in lines[0]
    for line in lines:
        assert line.count(BOLD) == line.count(RESET)


def test_table_of_nothing_is_empty() -> None:
    assert out("table", []) == ""


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([[0, 3]], "[abc] def"),
        ([[4, 7], [0, 3]], "[abc] [def]"),
        ([[0, 5], [2, 6]], "[abc d]ef"),  # overlapping span skipped
        ([[5, 99]], "abc def"),  # stale offsets skipped
    ],
)
def test_marked(spans: list[list[int]], expected: str) -> None:
    assert marked("abc def", spans, "[", "]") == expected


@pytest.mark.parametrize("width", [200, 100, 60, 30])
def test_a_never_cut_column_is_whole_at_any_width_and_a_whole_one_where_it_fits(width: int) -> None:
    columns = (
        Column("id", "ID", max_width=8, never_cut=True),
        Column("who", "WHO", max_width=10, whole=True),
        Column("text", "TEXT", wrap=True),
    )
    row = {"id": "abcdef012345-17", "who": "Ana-Lucia Brandywine de Soto", "text": "a few words here " * 4}
    first = table([row], columns, width=width, color=False).splitlines()[2]
    assert first.startswith("abcdef012345-17  ")
    # the name is whole where the table fits with it and a 24-column text; else cut
    assert ("Ana-Lucia Brandywine de Soto" in first) is (width >= 15 + 28 + 24 + 4)
    assert len(table([row], columns, width=width, color=False).splitlines()[1].split()[2]) >= 24
