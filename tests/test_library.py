"""The library facade: ingest statuses, speaker lookup, show, reindex."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from quotes.errors import NotFound, StoreError
from quotes.library import ENGINES, Library, _distinct
from quotes.model import Article
from tests.conftest import DATE1, DATE2, LATER_TEXT, PESKOV_TEXT, fake_extract

OLD = Article(text=PESKOV_TEXT, title="Old", source="Newsweek", date=DATE1)
NEW = Article(text=LATER_TEXT, title="New", source="WSJ", date=DATE2)
UNDATED = Article(text='Dmitry Peskov said: "Undated words."', title="Undated")


@pytest.fixture(params=ENGINES)
def lib(tmp_path: Path, request: pytest.FixtureRequest) -> Library:
    lib = Library.at(tmp_path / "store", fake_extract, engine=request.param)
    # Newest first on purpose: by() must sort, not rely on ingest order.
    lib.ingest([UNDATED, NEW, OLD])
    return lib


def test_ingest_statuses(tmp_path: Path) -> None:
    lib = Library.at(tmp_path / "s", fake_extract)
    assert [r.status for r in lib.ingest([OLD, NEW])] == ["added", "added"]
    assert [r.status for r in lib.ingest([OLD])] == ["unchanged"]
    assert [r.status for r in lib.ingest([dataclasses.replace(OLD, title="Fixed")])] == ["updated"]
    assert lib.store.get(OLD.id).article.title == "Fixed"
    assert next(lib.search("Moscow")).title == "Fixed"


def test_the_same_text_without_metadata_keeps_the_stored_metadata(tmp_path: Path) -> None:
    lib = Library.at(tmp_path / "s", fake_extract)
    lib.ingest([OLD])
    bare = dataclasses.replace(OLD, title=None, source=None, date=None, authors=(), url=None)
    assert [r.status for r in lib.ingest([bare])] == ["unchanged"]
    kept = lib.store.get(OLD.id).article
    assert (kept.title, kept.source, kept.date) == (OLD.title, OLD.source, OLD.date)
    # new metadata still wins field by field
    assert [r.status for r in lib.ingest([dataclasses.replace(bare, source="Reuters")])] == ["updated"]
    assert (lib.store.get(OLD.id).article.source, lib.store.get(OLD.id).article.title) == (
        "Reuters",
        OLD.title,
    )


def test_ingest_reports_progress(tmp_path: Path) -> None:
    seen: list[str] = []
    Library.at(tmp_path / "s", fake_extract).ingest([OLD, NEW], progress=lambda r: seen.append(r.status))
    assert seen == ["added", "added"]


def test_failing_extractor_leaves_index_in_step_with_records(tmp_path: Path) -> None:
    def flaky(text: str) -> list:  # type: ignore[type-arg]
        if text == LATER_TEXT:
            raise RuntimeError("extractor bug")
        return fake_extract(text)

    lib = Library.at(tmp_path / "s", flaky)
    with pytest.raises(RuntimeError):
        lib.ingest([OLD, NEW])
    assert lib.store.ids() == [OLD.id]
    assert [h.title for h in lib.search("Moscow")] == ["Old"]


def test_ingest_rebuilds_a_missing_index(lib: Library) -> None:
    shutil.rmtree(lib.engine.path)  # type: ignore[attr-defined]
    lib.ingest([OLD])
    assert len(list(lib.search(""))) == 5


@pytest.mark.parametrize("name", ["Peskov", "peskov", "Dmitry Peskov", "dmitry  PESKÓV", "PESKOV"])
def test_by_name_variants_oldest_first(lib: Library, name: str) -> None:
    hits = list(lib.by(name))
    assert [(h.speaker, h.title) for h in hits] == [
        ("Dmitry Peskov", "Old"),
        ("Dmitry Peskov", "New"),
        ("Dmitry Peskov", "Undated"),
    ]


def test_by_accent_insensitive(lib: Library) -> None:
    assert [h.speaker for h in lib.by("matviyenko")] == ["Valentina Matviyénko"]


@pytest.mark.parametrize(
    ("name", "hint"),
    [("Peskof", "did you mean Dmitry Peskov?"), ("Dmitry", "did you mean"), ("Zzyzx", "")],
)
def test_by_unknown_speaker_suggests(lib: Library, name: str, hint: str) -> None:
    with pytest.raises(NotFound, match=f"no speaker matches {name!r}") as info:
        lib.by(name)
    assert hint in str(info.value)
    if not hint:
        assert "did you mean" not in str(info.value)


def test_search_with_speaker_filter(lib: Library) -> None:
    assert [h.text for h in lib.search("", speaker="peskov", since=DATE2)] == [
        "Congratulations are not planned."
    ]
    with pytest.raises(NotFound):
        lib.search("", speaker="Nobody")


@pytest.mark.parametrize(
    ("source", "expected"),
    [("newsweek", "newsweek"), ("NEWS WEEK", "Newsweek"), ("news-week", "Newsweek"), ("WSJ", "WSJ")],
)
def test_a_source_spelled_another_way_is_found(lib: Library, source: str, expected: str) -> None:
    assert lib.resolve_source(source) == expected
    assert list(lib.search("", source=source))


def test_an_unknown_source_is_an_error_with_suggestions(lib: Library) -> None:
    with pytest.raises(NotFound, match="no source matches 'Newsweak'; did you mean Newsweek"):
        lib.search("", source="Newsweak")


def test_show(lib: Library) -> None:
    qid = next(lib.search("Moscow")).id
    found = lib.show(qid)
    assert (found.id, found.quote.speaker, found.record.id) == (qid, "Trump", OLD.id)


@pytest.mark.parametrize("qid", ["nope", f"{OLD.id}-000000", "0123456789ab-abcdef", "../x-1", ""])
def test_show_unknown_id_names_it(lib: Library, qid: str) -> None:
    with pytest.raises(NotFound, match=f"no quote with id {qid!r}"):
        lib.show(qid)


def test_speakers(lib: Library) -> None:
    assert [(s.name, s.quotes) for s in lib.speakers()] == [
        ("Dmitry Peskov", 3),
        ("Trump", 1),
        ("Valentina Matviyénko", 1),
    ]


def test_speakers_are_one_row_per_person(tmp_path: Path) -> None:
    lib = Library.at(tmp_path / "s", fake_extract)
    lib.ingest(
        [
            Article(text='Paul Davis Ryan said: "One."\nPaul Davis Ryan said: "Two."'),
            Article(text='Paul Ryan said: "Three."'),
            Article(text='PolitiFact said: "True."\nPolitifact said: "False."'),
        ]
    )
    assert [(s.name, s.quotes, s.articles) for s in lib.speakers()] == [
        ("Paul Davis Ryan", 3, 2),
        ("PolitiFact", 2, 1),
    ]


def test_reindex_from_records_alone(lib: Library) -> None:
    before = [h.id for h in lib.search("")]
    shutil.rmtree(lib.engine.path)  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="run reindex"):
        list(lib.search(""))
    assert lib.reindex() == (3, 6)  # quotes of every kind, terms included
    assert sorted(h.id for h in lib.search("")) == sorted(before)


def test_open_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"no store at {tmp_path / 'none'}"):
        Library.open(tmp_path / "none", fake_extract)
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    "titles, expected",
    [
        (("news outlet", "Russian news outlet"), ("Russian news outlet",)),
        (
            ("Kremlin spokesman", "a spokesperson for the Kremlin"),
            ("Kremlin spokesman", "a spokesperson for the Kremlin"),
        ),
        (("CEO", "ceo"), ("CEO", "ceo")),  # the same title twice is not one inside another
        ((), ()),
    ],
)
def test_speaker_titles_said_by_a_longer_one_are_left_out(
    titles: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert _distinct(titles) == expected
