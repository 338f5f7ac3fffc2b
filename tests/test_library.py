"""The library facade: ingest statuses, speaker lookup, show, reindex."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from quotes import corrections, people
from quotes.errors import CorrectionError, NotFound, StoreError
from quotes.library import ENGINES, Library
from quotes.model import Article, Quote
from quotes.reader import _speaker_clause
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
    assert lib.drift() is not None  # unsure whether that last commit held: say so
    lib.ingest([OLD])
    assert lib.drift() is None and lib.check().problems == ()


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
    with pytest.raises(StoreError, match="run quotes check --repair"):
        list(lib.search(""))
    calls: list[tuple[int, int]] = []
    done = lib.reindex(progress=lambda n, total: calls.append((n, total)))
    assert (done.articles, done.quotes) == (3, 6)  # quotes of every kind, terms included
    assert calls == [(1, 3), (2, 3), (3, 3)]  # for the command's progress line
    assert sorted(h.id for h in lib.search("")) == sorted(before)


def test_open_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"no store at {tmp_path / 'none'}"):
        Library.open(tmp_path / "none", fake_extract)
    assert not (tmp_path / "none").exists()


# Issue 12: people and corrections.

VELL_HIS = Article(
    text='Vell said: "The mill stays open."\nVell said: "Wages will rise."\n', title="Robert Vell Speaks"
)
VELL_HERS = Article(text='Susan Vell said: "I teach the children."\n', title="A Teacher")
VELL_BARE = Article(text='Vell said: "Nobody knows which of us."\n', title="Mill Town")


@pytest.fixture
def vells(tmp_path: Path) -> Library:
    lib = Library.at(tmp_path / "vells", fake_extract)
    lib.ingest([VELL_HIS, VELL_HERS, VELL_BARE])
    return lib


def test_by_a_person_finds_them_under_any_name_and_never_another(vells: Library) -> None:
    assert [h.text for h in vells.by("Robert Vell")] == ["The mill stays open.", "Wages will rise."]
    assert [h.text for h in vells.by("Susan Vell")] == ["I teach the children."]
    assert len(list(vells.by("Vell"))) == 4  # a surname: everyone of it
    ambiguous = next(p for p in vells.speakers() if p.name == "Vell")
    assert ambiguous.note() == "ambiguous: could be Robert Vell or Susan Vell"


def test_search_speaker_clause_and_option_go_through_the_registry(vells: Library) -> None:
    vells.merge("Vell", "Susan Vell")
    assert [h.text for h in vells.search('speaker:"Susan Vell" AND children')] == ["I teach the children."]
    assert [h.text for h in vells.search("nobody", speaker="Susan Vell")] == ["Nobody knows which of us."]
    assert list(vells.search("mill", speaker="Susan Vell")) == []


def test_merge_and_split(vells: Library) -> None:
    vells.merge("Vell", "Susan Vell")
    assert len(list(vells.by("Susan Vell"))) == 2
    assert [p.name for p in vells.speakers()] == ["Robert Vell", "Susan Vell"]
    with pytest.raises(NotFound, match="no speaker named 'Vel'; did you mean"):
        vells.merge("Vel", "Susan Vell")
    (undone,) = vells.split("Vell")
    assert (undone.name, undone.speaker) == ("Vell", "Susan Vell")
    assert len(list(vells.by("Susan Vell"))) == 1
    with pytest.raises(NotFound, match="nothing to split: 'Vell'"):
        vells.split("Vell")


def test_split_keeps_a_name_the_rules_joined_apart_and_merge_undoes_it(tmp_path: Path) -> None:
    lib = Library.at(tmp_path / "s", fake_extract)
    lib.ingest([VELL_HERS, Article(text='Robert Vell said: "Yes."'), Article(text='Mrs. Vell said: "No."')])
    assert len(list(lib.by("Susan Vell"))) == 2  # "Mrs.": the registry's surname rule
    (made,) = lib.split("Vell")
    assert (made.action, made.name, made.speaker) == ("split", "Vell", "Susan Vell")
    assert len(list(lib.by("Susan Vell"))) == 1
    assert [h.text for h in lib.by("Vell") if h.speaker == "Vell"] == ["No."]
    lib.ingest([VELL_HERS])
    lib.reindex()
    assert len(list(lib.by("Susan Vell"))) == 1  # kept over ingest and reindex
    lib.merge("Vell", "Susan Vell")
    assert len(list(lib.by("Susan Vell"))) == 2
    assert [c.action for c, _ in lib.list_corrections()] == ["merge"]


def test_a_correction_survives_ingest_reindex_and_a_new_extractor(vells: Library) -> None:
    (qid,) = [h.id for h in vells.by("Vell") if h.text == "Nobody knows which of us."]
    vells.fix(qid, speaker="Tomas Vell")
    assert [h.id for h in vells.by("Tomas Vell")] == [qid]
    vells.ingest([VELL_HIS, VELL_HERS, VELL_BARE])
    assert [h.id for h in vells.by("Tomas Vell")] == [qid]
    vells.reindex()
    assert [h.id for h in vells.by("Tomas Vell")] == [qid]

    def newer(text: str) -> list[Quote]:  # another version of the extractor: no speakers at all
        return [dataclasses.replace(q, speaker=None) for q in fake_extract(text)]

    relib = Library.at(vells.store.root, newer)
    relib.ingest([VELL_HIS, VELL_HERS, VELL_BARE])
    assert [h.id for h in relib.by("Tomas Vell")] == [qid]
    assert [(c.quote, c.describe(), state) for c, state in relib.list_corrections()] == [
        (qid, "speaker: Tomas Vell", "applied")
    ]


def test_fix_kind_delete_and_no_speaker(vells: Library) -> None:
    his = list(vells.by("Robert Vell"))
    vells.fix(his[0].id, kind="term")
    vells.fix(his[1].id, delete=True)
    with pytest.raises(NotFound):  # a term is nobody's; a deleted quote is gone
        vells.by("Robert Vell")
    with pytest.raises(NotFound, match=r"deleted by a correction \(undo: quotes fix .* --undo\)"):
        vells.show(his[1].id)
    term = vells.show(his[0].id).quote
    assert (term.speaker, term.speaker_mention) == (None, None)  # no evidence of a speaker left
    (hers,) = vells.by("Susan Vell")
    vells.fix(hers.id, no_speaker=True)
    assert vells.show(hers.id).quote.speaker is None
    states = [state for _, state in vells.list_corrections()]
    assert states == ["applied", "applied", "applied"]


@pytest.mark.parametrize(
    "options, message",
    [
        ({}, "give exactly one of"),
        ({"speaker": "A B", "delete": True}, "give exactly one of"),
        ({"kind": "quip"}, "unknown kind 'quip'"),
        ({"speaker": "  "}, "--speaker needs a name"),
    ],
)
def test_fix_refuses_what_it_cannot_do(vells: Library, options: dict[str, object], message: str) -> None:
    qid = next(vells.by("Susan Vell")).id
    with pytest.raises(CorrectionError, match=message):
        vells.fix(qid, **options)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="no quote with id"):
        vells.fix("0123456789ab-000000", delete=True)


def test_a_correction_whose_quote_is_gone_is_reported_and_kept(vells: Library) -> None:
    (hers,) = vells.by("Susan Vell")
    vells.fix(hers.id, speaker="Orla Vell")

    def blind(text: str) -> list[Quote]:  # finds nothing any more
        return []

    done = Library.at(vells.store.root, blind).ingest([VELL_HERS])
    assert [c.quote for d in done for c in d.missing] == [hers.id]
    assert [state for _, state in vells.list_corrections()] == ["quote not found"]
    vells.ingest([VELL_HERS])  # the old extractor finds it again: applied again
    assert [h.id for h in vells.by("Orla Vell")] == [hers.id]


def test_reindex_applies_corrections_added_by_hand(vells: Library) -> None:
    (hers,) = vells.by("Susan Vell")
    fix = corrections.Correction("speaker", "2026-11-30", quote=hers.id, speaker="Orla Vell")
    corrections.save(vells.store.root, [fix])
    vells.reindex()
    assert [h.id for h in vells.by("Orla Vell")] == [hers.id]
    assert vells.store.get(hers.article_id).quotes[0].speaker == "Orla Vell"


def test_a_hand_edit_of_people_yaml_is_kept_as_a_merge(vells: Library) -> None:
    path = people.path(vells.store.root)
    path.write_text(path.read_text().replace("- name: Vell\n", "- name: Robert Vell\n", 1))
    vells.reindex()
    assert corrections.merges(corrections.load(vells.store.root)) == [("Vell", "Robert Vell")]
    assert len(list(vells.by("Robert Vell"))) == 3


PEOPLE = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Invented articles about two couples that share a surname, with the real extractor."""
    from quotes import article

    lib = Library.at(tmp_path_factory.mktemp("people") / "store")
    lib.ingest(article.read_article(p) for p in sorted(PEOPLE.glob("*.txt")))
    return lib


@pytest.mark.parametrize(
    "name, expected",
    [
        (
            "Hillary Clinton",
            [
                "We stand together on Afghanistan,",  # "Secretary Clinton", Bill Clinton in the article
                "Our alliance has never been stronger,",
                "These jobs did not have to leave,",  # "Clinton said" in an article headlined with her
                "We can bring them back if we stop rewarding companies that ship them overseas.",
                "I am not taking a single vote in Ohio for granted,",
                "Tomorrow we choose what kind of country we want to be,",  # "Mrs. Clinton"
                "Bring a friend to the polls,",
            ],
        ),
        (
            "Bill Clinton",
            [
                "Malaria can be beaten in our lifetime,",  # "he", after "Mr. Clinton"
                "She has been the best changemaker I have ever known,",
                "I know what it takes to win this state,",
                "You knock on every door.",
                "I have watched her work for forty years,",  # "Mr. Clinton"
                "Nobody is better prepared.",
            ],
        ),
        ("Michelle Obama", ["When they go low, we go high, and we vote,"]),
        (
            "Barack Obama",
            [
                "Your vote is your voice,",
                "I am not on the ballot, but everything we did is,",
                # a lone "Obama" (never named in full), "President" and "Mr.": him
                "No single country can undo what nearly two hundred have agreed,",
                "The trend lines are clear,",
            ],
        ),
    ],
)
def test_people_who_share_a_surname_are_never_merged(
    invented: Library, name: str, expected: list[str]
) -> None:
    assert [h.text for h in invented.by(name)] == expected
    assert [h.text for h in invented.by("President Obama")] == [h.text for h in invented.by("Barack Obama")]
    assert {p.name for p in invented.speakers()} == {
        "Hillary Clinton",
        "Bill Clinton",
        "Barack Obama",
        "Michelle Obama",
    }


@pytest.mark.parametrize(
    "query, rest, name",
    [
        ('speaker:"Susan Vell" AND children', "children", "Susan Vell"),
        ("children speaker:Vell", "children", "Vell"),
        ('speaker:"Susan Vell"', "", "Susan Vell"),
        # must find nothing: a clause under OR or NOT, or two clauses, stays whoosh's
        ("speaker:Vell OR children", "speaker:Vell OR children", None),
        ("children NOT speaker:Vell", "children NOT speaker:Vell", None),
        ("speaker:Vell speaker:Quint", "speaker:Vell speaker:Quint", None),
        ("children", "children", None),
    ],
)
def test_speaker_clause(query: str, rest: str, name: str | None) -> None:
    assert _speaker_clause(query) == (rest, name)


def test_unfix_removes_a_quotes_corrections_and_extracts_again(vells: Library) -> None:
    (hers,) = vells.by("Susan Vell")
    vells.fix(hers.id, delete=True)
    with pytest.raises(NotFound):
        vells.show(hers.id)
    (removed,) = vells.unfix(hers.id)
    assert removed.action == "delete"
    assert vells.show(hers.id).quote.speaker == "Susan Vell"
    assert vells.list_corrections() == []
    with pytest.raises(NotFound, match="no correction of quote"):
        vells.unfix(hers.id)


# Issue 11: the people registry is rebuilt from each record's part, and only the records
# that changed are read again; the result is always the registry a full rebuild gives.


def _full_rebuild(lib: Library) -> str:
    """people.yaml as a rebuild from every record gives it (no part kept)."""
    fixes = corrections.load(lib.store.root)
    built = people.build(list(lib.store.records()), corrections.merges(fixes), corrections.splits(fixes))
    return people.dump(built)


def _reads(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The records the store parses from now on."""
    parsed: list[str] = []
    real = type(lib.store).parse

    def counting(store: object, article_id: str, raw: bytes) -> object:
        parsed.append(article_id)
        return real(store, article_id, raw)  # type: ignore[arg-type]

    monkeypatch.setattr(type(lib.store), "parse", counting)
    return parsed


def test_ingest_reads_no_stored_record_to_rebuild_the_registry(
    vells: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _reads(vells, monkeypatch)
    vells.ingest([Article(text='Robert Vell said: "The mill reopens."\n'), OLD])
    assert parsed == []  # the new records' parts come from the workers that made them
    assert people.path(vells.store.root).read_text() == _full_rebuild(vells)
    assert next(p for p in vells.speakers() if p.name == "Robert Vell").quotes == 3


def test_registry_reads_again_only_records_changed_outside_quotes(
    vells: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = vells.store.record_path(VELL_HERS.id)
    path.write_text(path.read_text().replace("speaker: Susan Vell", "speaker: Susan Q. Vell"))
    vells.store.record_path(VELL_BARE.id).unlink()
    parsed = _reads(vells, monkeypatch)
    vells.rebuild_people()
    assert parsed == [VELL_HERS.id]
    text = people.path(vells.store.root).read_text()
    assert text == _full_rebuild(vells)
    assert "Susan Q. Vell" in text and "ambiguous" not in text  # the bare Vell's record is gone


@pytest.mark.parametrize("damage", ["", "{not json", '{"format": 1, "articles": {"x": [1]}}', "null"])
def test_a_lost_or_damaged_parts_file_is_made_again_from_the_records(vells: Library, damage: str) -> None:
    kept = vells.store.meta_dir / people.PARTS_FILE
    assert kept.is_file()
    if damage:
        kept.write_text(damage)
    else:
        kept.unlink()
    vells.rebuild_people()
    assert people.path(vells.store.root).read_text() == _full_rebuild(vells)
    assert people.Parts.of_store(vells.store.root).known.keys() == set(vells.store.ids())


def test_a_part_kept_for_another_version_of_a_record_is_not_used(vells: Library) -> None:
    # the parts file says the record is what it was; the record is now another one of the same size
    path = vells.store.record_path(VELL_HIS.id)
    before = path.stat()
    path.write_text(path.read_text().replace("speaker: Robert Vell", "speaker: Robert Bell"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    vells.rebuild_people()
    # same size and time: taken for the same file (as the index state does) until its
    # time changes; then read again
    path.touch()
    vells.rebuild_people()
    assert people.path(vells.store.root).read_text() == _full_rebuild(vells)
    assert "name: Robert Bell" in people.path(vells.store.root).read_text()


def test_a_record_that_cannot_be_read_fails_a_strict_rebuild_and_is_left_out_by_ingest(
    vells: Library,
) -> None:
    vells.store.record_path(VELL_BARE.id).write_text("format: 2\nid: nope\n")
    with pytest.raises(StoreError, match="malformed record"):
        vells.rebuild_people()
    vells.ingest([OLD])
    assert "ambiguous" not in people.path(vells.store.root).read_text()


def _worker_signalled() -> None:
    from quotes import library

    library._worker_start(fake_extract, (), lambda record: None)  # type: ignore[arg-type, return-value]
    os.kill(os.getpid(), signal.SIGINT)
    os._exit(7)  # reached only when the worker let Ctrl-C go by


def _worker_of_a_gone_parent() -> None:
    from quotes import library

    # started for a parent that is not this process's: as if it had died before the worker ran
    library._worker_start(fake_extract, (), lambda record: None, parent=-1)  # type: ignore[arg-type, return-value]
    os._exit(7)  # reached only when the worker went on without its parent


def _worker_of_its_parent() -> None:
    from quotes import library

    library._worker_start(fake_extract, (), lambda record: None, parent=os.getppid())  # type: ignore[arg-type, return-value]
    os._exit(7)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
@pytest.mark.parametrize(("target", "exitcode"), [(_worker_of_a_gone_parent, 1), (_worker_of_its_parent, 7)])
def test_an_ingest_worker_whose_parent_is_gone_ends_at_once(
    target: Callable[[], None], exitcode: int
) -> None:
    # A parent killed between forking a worker and the worker asking to die with it left an
    # orphan holding the parent's pipes (tests/reliability/test_kill.py hung on one once).
    import multiprocessing

    worker = multiprocessing.get_context("fork").Process(target=target)
    worker.start()
    worker.join(60)
    assert worker.exitcode == exitcode


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_an_ingest_worker_leaves_ctrl_c_to_the_parent() -> None:
    # Ctrl-C reaches every process of the terminal's group; each worker printed a traceback
    # of the pool's internals (KeyboardInterrupt in call_queue.get) under the parent's error.
    import multiprocessing

    worker = multiprocessing.get_context("fork").Process(target=_worker_signalled)
    worker.start()
    worker.join(60)
    assert worker.exitcode == 7
