"""Tests of quotes.extract.entities: the names an article mentions and whom they mean."""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns


def read(text: str) -> Entities:
    return Entities(Document(text, split_turns(text, list(find_quotes(text)))))


def test_a_name_met_after_reading_changes_nothing_reading_built() -> None:
    # issue 8: a late full name used to merge the surname met before it, while the
    # mentions by sentence, built on first use, still held the merged-away entity
    entities = read("Pence spoke first. The hearing went on.\n")
    before = list(entities.mentions)
    (_, pence), *_ = entities.in_sentence(0)
    late = entities.resolve_name("Mike Pence")
    assert late.name == "Mike Pence"
    assert list(entities.mentions) == before
    assert pence in entities.entities
    assert [e for _, e in entities.in_sentence(0)] == [pence]
    assert entities.resolve_name("Mike Pence") is late  # one entity for one name


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Kremlin spokesman Dmitry Peskov spoke.\n", "Dmitry Peskov", "m"),
        ("Sen. Elizabeth Warren spoke.\n", "Elizabeth Warren", "f"),
        ("Mr. Mabey spoke.\n", "Mabey", "m"),
        ("His daughter, Kim Lowe, spoke.\n", "Kim Lowe", "f"),
        ("Terry Strada spoke at length. He was angry.\n", "Terry Strada", "m"),
        # a name worn by both with nothing that tells: no sex
        ("Terry Strada spoke.\n", "Terry Strada", None),
    ],
)
def test_the_sex_of_a_name(text: str, name: str, gender: str | None) -> None:
    entity = read(text).lookup(name)
    assert entity is not None
    assert entity.gender == gender


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dateline, a headline in title case and a sentence's opening verb are no names
        ("HOLLIS CREEK — The council met.\n", "Hollis Creek"),
        ("Retired General Reveals Plan For Border\n\nThe plan was new.\n", "Retired General Reveals Plan"),
        ("Asked about it, the mayor declined.\n", "Asked"),
    ],
)
def test_what_is_no_name(text: str, name: str) -> None:
    assert read(text).lookup(name) is None


def test_a_transcript_tag_title_gives_the_speaker_a_sex() -> None:
    # issue 8: "MR. PRICE" lost its title, so a later "she" could resolve to him
    text = (
        "Reporters pressed the State Department on the sanctions.\n\n"
        '"MR. PRICE: We will not comment on that."\n\n'
        '"That is a matter for the courts," she said.\n'
    )
    tagged, later = extract_quotes(text)
    assert (tagged.speaker, tagged.speaker_title) == ("Price", "Mr.")
    assert later.speaker is None
