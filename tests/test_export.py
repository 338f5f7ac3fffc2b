"""Exports (issue 13): each format read back by the common parser of its field.

CSL-JSON by citeproc-py (rendered in the Harvard style it ships), BibTeX by
bibtexparser, RIS by rispy, JSON Lines as store records, and the SQLite file's
FTS5 table queried with sqlite3.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import (
    LatexDecodingMiddleware,
    MonthIntMiddleware,
    SeparateCoAuthors,
    SplitNameParts,
)
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from quotes import export
from quotes.article import split_authors
from quotes.errors import QuotesError
from quotes.export import Selection
from quotes.store import record_from_dict
from tests.conftest import DATE1, DATE2, LATER_TEXT, PESKOV_TEXT, make_record

FIRST = make_record(
    PESKOV_TEXT,
    title='Putin\'s 50% "win" & the {Kremlin}_desk',
    source="Newsweek",
    date=DATE1,
    authors=split_authors("byYlan Q. Mui and AP"),
    url="https://www.newsweek.com/putin-trump-1983?a=1&b=2#x",
)
SECOND = make_record(LATER_TEXT, title="Later", source="WSJ", date=DATE2, authors=("UPI",))
BARE = make_record('Jo Ames said: "bare"\n')


def everything() -> list[Selection]:
    return export.everything([SECOND, BARE, FIRST])


def test_selection_order_and_quotes() -> None:
    sels = everything()
    assert [s.record.id for s in sels] == [FIRST.id, SECOND.id, BARE.id]  # dated first, oldest first
    assert [qid for qid, _ in sels[0].quotes] == FIRST.quote_ids()
    only = Selection(FIRST, (FIRST.quote_ids()[1],))
    assert [q.speaker for _, q in only.quotes] == ["Trump"]


def test_csl_json_is_read_by_citeproc() -> None:
    items = json.loads(export.csl_json(everything()))
    first = items[0]
    assert first["type"] == "article-newspaper"
    assert first["author"] == [{"family": "Mui", "given": "Ylan Q."}, {"literal": "Associated Press"}]
    assert first["issued"] == {"date-parts": [[2024, 11, 6]]}
    assert first["container-title"] == "Newsweek"
    assert f"[{FIRST.quote_ids()[0]}]" in first["note"]
    assert "issued" not in items[2] and "author" not in items[2]

    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bib.bibliography()]
    assert len(rendered) == 3
    mui = next(r for r in rendered if "Mui" in r)
    assert "Mui, Y.Q. and Associated Press (2024)" in mui
    assert "Newsweek" in mui
    upi = next(r for r in rendered if "Later" in r)
    assert upi.startswith("United Press International")


def test_bibtex_is_read_by_bibtexparser() -> None:
    text = export.bibtex(everything())
    lib = bibtexparser.parse_string(
        text,
        append_middleware=[
            SeparateCoAuthors(),
            SplitNameParts(),
            LatexDecodingMiddleware(),
            MonthIntMiddleware(),
        ],
    )
    assert not lib.failed_blocks
    assert [e.key for e in lib.entries] == [FIRST.id, SECOND.id, BARE.id]
    first = lib.entries[0]
    assert first.entry_type == "article"
    assert first["title"] == 'Putin\'s 50% "win" & the {Kremlin}_desk'
    assert first["journal"] == "Newsweek"
    assert (first["year"], first["month"], first["date"]) == ("2024", 11, "2024-11-06")
    assert "  month = nov,\n" in text  # the macro, unbraced, that styles print as they like
    # url is verbatim in BibTeX (as Zotero writes it), so read it undecoded
    raw = bibtexparser.parse_string(text).entries[0]
    assert raw["url"] == "https://www.newsweek.com/putin-trump-1983?a=1&b=2#x"
    people = first["author"]
    assert (people[0].last, people[0].first) == (["Mui"], ["Ylan", "Q."])
    # the braces keep a corporate author whole: one family name, no given names
    assert people[1].last == ["{Associated Press}"] and not people[1].first
    assert "Dmitry Peskov: " in first["note"]


def test_ris_is_read_by_rispy() -> None:
    entries = rispy.loads(export.ris(everything()))
    assert len(entries) == 3
    first = entries[0]
    assert first["type_of_reference"] == "NEWS"
    assert first["id"] == FIRST.id
    assert first["authors"] == ["Mui, Ylan Q.", "Associated Press"]
    assert first["secondary_title"] == "Newsweek"
    assert first["date"] == "2024/11/06"
    assert first["urls"] == ["https://www.newsweek.com/putin-trump-1983?a=1&b=2#x"]
    assert len(first["notes"]) == len(FIRST.quotes)
    assert entries[1]["authors"] == ["United Press International"]


def test_jsonl_is_whole_records() -> None:
    lines = export.jsonl(everything()).splitlines()
    assert [record_from_dict(json.loads(line), "line") for line in lines] == [FIRST, SECOND, BARE]


def test_sqlite_fts_answers_a_query(tmp_path: Path) -> None:
    path = tmp_path / "quotes.db"
    export.sqlite(everything(), path)
    db = sqlite3.connect(path)
    found = db.execute(
        "SELECT quotes.id, quotes.speaker FROM quotes_fts JOIN quotes ON quotes.rowid = quotes_fts.rowid "
        "WHERE quotes_fts MATCH ? ORDER BY rank",
        ("moscow",),
    ).fetchall()
    assert found == [(FIRST.quote_ids()[1], "Trump")]
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (
        len(FIRST.quotes + SECOND.quotes + BARE.quotes),
    )
    assert db.execute("SELECT title, date, authors FROM articles WHERE id = ?", (FIRST.id,)).fetchone() == (
        FIRST.article.title,
        "2024-11-06",
        '["Ylan Q. Mui", "Associated Press"]',
    )
    people = dict(db.execute("SELECT name, quotes FROM people").fetchall())
    assert people == {"Dmitry Peskov": 2, "Trump": 1, "Valentina Matviyénko": 1, "Jo Ames": 1}
    # datasette finds an FTS table by its content= table
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
    assert "content=[quotes]" in sql
    db.close()
    # a second export replaces the file whole
    export.sqlite(export.everything([BARE]), path)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_nothing_selected_gives_empty_outputs(tmp_path: Path) -> None:
    assert json.loads(export.csl_json([])) == []
    assert export.bibtex([]) == export.ris([]) == export.jsonl([]) == ""
    export.sqlite([], tmp_path / "empty.db")
    assert sqlite3.connect(tmp_path / "empty.db").execute("SELECT count(*) FROM quotes").fetchone() == (0,)


def test_unknown_text_format() -> None:
    with pytest.raises(export.QuotesError, match="unknown export format 'docx'"):
        export.text([], "docx")


def test_date_unknown_is_left_out() -> None:
    (entry,) = rispy.loads(export.ris(export.everything([BARE])))
    assert "date" not in entry and "year" not in entry


def test_no_title_is_left_out_not_invented() -> None:
    # a newcomer's trial: 'TI  - Untitled article', read by a citation manager as the title
    bare = export.everything([BARE])
    (entry,) = rispy.loads(export.ris(bare))
    assert "title" not in entry and "primary_title" not in entry
    assert "TI  -" not in export.ris(bare)
    (item,) = json.loads(export.csl_json(bare))
    assert "title" not in item
    assert "title" not in export.bibtex(bare)
    assert "Untitled" not in export.ris(bare) + export.csl_json(bare) + export.bibtex(bare)


@pytest.mark.parametrize("write", ["text", "sqlite"])
def test_a_file_is_written_whole_with_the_umasks_mode_in_an_existing_folder(
    tmp_path: Path, write: str
) -> None:
    # a newcomer's trial: -o nowhere/x.db made the folder quietly (a text format said no such
    # file), and the database was 0600, unreadable to datasette run by another user
    def written(path: Path) -> None:
        if write == "text":
            export.write_text(path, export.text(everything(), "ris"))
        else:
            export.sqlite(everything(), path)

    with pytest.raises(QuotesError, match="no such directory"):
        written(tmp_path / "nowhere" / "out")
    assert not (tmp_path / "nowhere").exists()
    mask = os.umask(0o027)
    try:
        written(tmp_path / "out")
    finally:
        os.umask(mask)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left
