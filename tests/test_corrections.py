"""Corrections: applied over the extractor's output, reported when their quote is gone (issue 12)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quotes import corrections
from quotes.corrections import Correction, apply
from quotes.errors import StoreError
from quotes.model import Mention
from tests.conftest import make_record

TEXT = 'Marla Quint said: "We will build it."\nRobert Vell said: "Never."\nThe "so-called" bridge.\n'
REC = make_record(TEXT)
BUILD, NEVER, SO_CALLED = REC.quote_ids()
DATE = "2026-11-30T10:00:00Z"


@pytest.mark.parametrize(
    "correction, speakers, kinds",
    [
        (
            Correction("speaker", DATE, quote=NEVER, speaker="Tomas Vell"),
            ["Marla Quint", "Tomas Vell", None],
            None,
        ),
        (Correction("speaker", DATE, quote=NEVER), ["Marla Quint", None, None], None),
        (
            Correction("kind", DATE, quote=NEVER, kind="term"),
            ["Marla Quint", None, None],
            ["full", "term", "term"],
        ),
        (Correction("kind", DATE, quote=SO_CALLED, kind="partial"), None, ["full", "full", "partial"]),
        (Correction("delete", DATE, quote=SO_CALLED), ["Marla Quint", "Robert Vell"], None),
        # must change nothing: another article's quote, a merge
        (Correction("speaker", DATE, quote="0123456789ab-abcdef", speaker="X Y"), None, None),
        (Correction("merge", DATE, name="Vell", speaker="Robert Vell"), None, None),
    ],
)
def test_apply(correction: Correction, speakers: list[str | None] | None, kinds: list[str] | None) -> None:
    out = apply(REC, [correction]).record
    assert [q.speaker for q in out.quotes] == (speakers or [q.speaker for q in REC.quotes])
    assert [q.kind for q in out.quotes] == (kinds or [q.kind for q in out.quotes])
    assert out.quote_ids() == [
        qid for qid in REC.quote_ids() if correction.action != "delete" or qid != SO_CALLED
    ]


@pytest.mark.parametrize(
    "typed, title, name",
    [
        # a newcomer's trial: `fix ID --speaker "Sen. Maria Lopez"` made a second person beside
        # Maria Lopez; the abbreviation is her title, as the extractor reads "said Sen. Maria Lopez"
        ("Sen. Maria Lopez", "Sen.", "Maria Lopez"),
        ("Det. Sgt. Mike Carbone", "Det. Sgt.", "Mike Carbone"),
        ("Gov. Vell", "Gov.", "Vell"),
        # must keep the name whole: no title, a full word, a lower-case word, a title alone
        ("Maria Lopez", None, "Maria Lopez"),
        ("Senator Maria Lopez", None, "Senator Maria Lopez"),
        ("sen. Maria Lopez", None, "sen. Maria Lopez"),
        ("Sen.", None, "Sen."),
        ("Maria Sen.", None, "Maria Sen."),
    ],
)
def test_titled(typed: str, title: str | None, name: str) -> None:
    assert corrections.titled(typed) == (title, name)


def test_a_corrected_speakers_title_is_kept_as_the_title() -> None:
    out = apply(REC, [Correction("speaker", DATE, quote=NEVER, speaker="Sen. Tomas Vell")]).record
    assert [(q.speaker, q.speaker_title) for q in out.quotes[:2]] == [
        ("Marla Quint", None),
        ("Tomas Vell", "Sen."),
    ]
    # the speaker the extractor found, titled now
    out = apply(REC, [Correction("speaker", DATE, quote=NEVER, speaker="Rep. Robert Vell")]).record
    assert (out.quotes[1].speaker, out.quotes[1].speaker_title) == ("Robert Vell", "Rep.")
    assert out.quotes[1].speaker_mention == REC.quotes[1].speaker_mention


@pytest.mark.parametrize(
    "typed, expected",
    [
        # a newcomer's trial: the same person's name spelt fuller dropped the title and mention
        ("Robert K. Vell", ("Robert K. Vell", "Superintendent", True)),
        ("Rep. Robert K. Vell", ("Robert K. Vell", "Rep.", True)),
        # another person: none of the found speaker's evidence stays
        ("Tomas Vell", ("Tomas Vell", None, False)),
        ("Vell", ("Vell", None, False)),
        ("Robert Vellman", ("Robert Vellman", None, False)),
        # a review: not the same person when the middle parts disagree, or the first name or
        # the surname is another's
        ("Robert Vell Jr.", ("Robert Vell Jr.", None, False)),
        ("Roberta Vell", ("Roberta Vell", None, False)),
    ],
)
def test_a_corrected_name_of_the_same_person_keeps_the_title_and_mention(
    typed: str, expected: tuple[str, str | None, bool]
) -> None:
    quotes = list(REC.quotes)
    quotes[1] = replace(
        quotes[1], speaker_title="Superintendent", speaker_mention=Mention("Robert Vell", 38, 49)
    )
    rec = replace(REC, quotes=tuple(quotes))
    (_, fixed, _) = apply(rec, [Correction("speaker", DATE, quote=NEVER, speaker=typed)]).record.quotes
    assert (
        fixed.speaker,
        fixed.speaker_title,
        fixed.speaker_mention == quotes[1].speaker_mention,
    ) == expected


@pytest.mark.parametrize(
    "found, corrected, same",
    [
        ("Alan Price", "Alan B. Price", True),
        ("Alan B. Price", "Alan Bryce Price", True),
        ("Alan B. Price", "Alan K. Price", False),
        ("Alan Bryce Price", "Alan Brian Price", False),
        ("Ann Roy", "Ann-Marie Roy", False),
        ("Alan Price", "Alan Price Jr.", False),
        ("Alan Price", "Price", False),
    ],
)
def test_same_person(found: str, corrected: str, same: bool) -> None:
    from quotes.corrections import _same_person

    assert _same_person(found, corrected) is same


def test_apply_twice_is_applying_once() -> None:
    fixes = [
        Correction("speaker", DATE, quote=NEVER, speaker="Tomas Vell"),
        Correction("delete", DATE, quote=SO_CALLED),
    ]
    once = apply(REC, fixes)
    assert apply(once.record, fixes) == once


def test_a_correction_whose_quote_is_gone_is_reported() -> None:
    gone = Correction("speaker", DATE, quote=f"{REC.id}-000000", speaker="X Y", text="old words")
    deleted = Correction("delete", DATE, quote=f"{REC.id}-111111")
    applied = apply(REC, [gone, deleted])
    assert applied.record == REC
    assert applied.missing == (gone,)  # a delete's quote is gone because it was applied


def test_a_later_correction_of_the_same_quote_replaces_the_earlier() -> None:
    first = Correction("speaker", DATE, quote=NEVER, speaker="A B")
    kind = Correction("kind", DATE, quote=NEVER, kind="partial")
    later = Correction("speaker", DATE, quote=NEVER, speaker="C D")
    assert corrections.add(corrections.add([first, kind], later), later) == [kind, later]
    merge = Correction("merge", DATE, name="Vell", speaker="Robert Vell")
    again = Correction("merge", DATE, name="VELL", speaker="Susan Vell")
    assert corrections.add([merge], again) == [again]
    split = Correction("split", DATE, name="Vell", speaker="Susan Vell")
    assert corrections.add([again], split) == [split]  # a split replaces a merge of the name, and back


@pytest.mark.parametrize(
    ("earlier", "new", "kept"),
    [
        # the reviewer's trial: A into B, then B into A, swapped the two people
        (("Ada Brook", "Adaline Brook"), ("Adaline Brook", "Ada Brook"), [("Adaline Brook", "Ada Brook")]),
        (("Ada Brook", "Adaline Brook"), ("ADALINE BROOK", "ada brook"), [("ADALINE BROOK", "ada brook")]),
        # near misses: a merge into the name of another merge, and one from it: both kept
        (
            ("Ada Brook", "Adaline Brook"),
            ("Adaline Brook", "Ada M. Brook"),
            [("Ada Brook", "Adaline Brook"), ("Adaline Brook", "Ada M. Brook")],
        ),
        (
            ("Ada Brook", "Adaline Brook"),
            ("Brook", "Ada Brook"),
            [("Ada Brook", "Adaline Brook"), ("Brook", "Ada Brook")],
        ),
    ],
)
def test_a_merge_replaces_the_merge_it_reverses(
    earlier: tuple[str, str], new: tuple[str, str], kept: list[tuple[str, str]]
) -> None:
    first = Correction("merge", DATE, name=earlier[0], speaker=earlier[1])
    then = Correction("merge", DATE, name=new[0], speaker=new[1])
    assert corrections.merges(corrections.add([first], then)) == kept


def test_file_round_trip(tmp_path: Path) -> None:
    fixes = [
        Correction("speaker", DATE, quote=NEVER, speaker="Tomas Vell", text="Never."),
        Correction("speaker", DATE, quote=BUILD, text="We will build it."),
        Correction("kind", DATE, quote=SO_CALLED, kind="term", text="so-called"),
        Correction("delete", DATE, quote=BUILD, text="We will build it."),
        Correction("merge", DATE, name="Vell", speaker="Robert Vell"),
        Correction("split", DATE, name="Quint", speaker="Marla Quint"),
    ]
    assert corrections.load(tmp_path) == []
    corrections.save(tmp_path, fixes)
    assert corrections.load(tmp_path) == fixes
    assert corrections.merges(fixes) == [("Vell", "Robert Vell")]
    assert corrections.splits(fixes) == ["Quint"]
    assert corrections.path(tmp_path).read_text().startswith("# Corrections of this store")


@pytest.mark.parametrize(
    "content, message",
    [
        ("corrections: [", "bad YAML"),
        ("- 1\n", "expected a 'corrections:' list"),
        ("corrections:\n- action: rename\n", "malformed correction"),
        ("corrections:\n- action: kind\n  quote: x\n  kind: quip\n", "unknown kind 'quip'"),
        ("corrections:\n- action: merge\n  name: Vell\n", "missing into"),
    ],
)
def test_a_bad_file_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    corrections.path(tmp_path).write_text(content)
    with pytest.raises(StoreError, match=message):
        corrections.load(tmp_path)


def test_describe() -> None:
    assert Correction("speaker", DATE, quote=NEVER, speaker="A B").describe() == "speaker: A B"
    assert Correction("speaker", DATE, quote=NEVER).describe() == "no speaker"
    assert (
        Correction("merge", DATE, name="Vell", speaker="Robert Vell").describe()
        == "merge: Vell -> Robert Vell"
    )


@pytest.mark.parametrize(
    ("merge_into", "kept"),
    [
        ("Ruth Ames", ["split", "merge"]),  # a merge elsewhere leaves the split for its undoing
        ("Ellen M. Vos", ["merge"]),  # a merge back where the split took it from undoes the split
        ("ellen m vos", ["merge"]),
    ],
)
def test_a_merge_replaces_a_split_only_back_into_its_person(merge_into: str, kept: list[str]) -> None:
    # The reviewer's: split "Ellen Vos", merge it into Ruth Ames, split it: the first split was lost.
    split = Correction("split", "2026-01-01T00:00:00Z", name="Ellen Vos", speaker="Ellen M. Vos")
    merge = Correction("merge", "2026-01-02T00:00:00Z", name="Ellen Vos", speaker=merge_into)
    assert [c.action for c in corrections.add([split], merge)] == kept
