"""quotes/who.py (issue 11): finding the people a name means from the registry's surname index
gives what the whole registry gives, and the index is used only while it is the registry's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes import people, who
from quotes.who import Alias, Person

ARTICLES = ("a1", "a2", "a3")


def person(name: str, *aliases: Alias, sex: str | None = None, titles: tuple[str, ...] = ()) -> Person:
    own = aliases or (Alias(name, 2, "same name"),)
    return Person(name, "person", sum(a.quotes for a in own), 1, titles, sex, own)


REGISTRY = [
    person("Ada Holm", Alias("Ada Holm", 5, "same name"), Alias("Holm", 2, "surname", ARTICLES[:2]), sex="f"),
    person("Bo Holm", Alias("Bo Holm", 3, "same name"), Alias("Holm", 1, "surname", ARTICLES[2:]), sex="m"),
    person("Holm", Alias("Holm", 1, "same name", ("a4",))),
    person("Carl Mäki", Alias("Carl Mäki", 2, "same name"), Alias("Carl B. Maki", 1, "middle name")),
    person("Dee Roe", Alias("Dee Roe", 2, "same name"), Alias("The Dean", 1, "merge")),
    person("Eve Dean", titles=("senator",), sex="f"),
    Person("Oslo", "place", 1, 1, (), None, (Alias("Oslo", 1, "not a speaker"),)),
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    people.save(tmp_path, REGISTRY)
    return tmp_path


def whole(name: str) -> people.Filter | None:
    found = people.find(name, REGISTRY)
    return people.filter_for(found, REGISTRY) if found else None


@pytest.mark.parametrize(
    "name",
    ["Holm", "holm", "Ada Holm", "Bo Holm", "Carl Maki", "carl mäki", "Carl B. Maki", "Maki", "Dee Roe",
     "Roe", "Dean", "The Dean", "Eve Dean", "Oslo", "Nobody", "Zed Holm"],
)  # fmt: skip
def test_the_index_finds_what_the_whole_registry_finds(root: Path, name: str) -> None:
    looked = who.lookup(root, name)
    assert looked is not None
    found, around = looked
    assert found == people.find(name, REGISTRY)
    assert (who.filter_for(found, around) if found else None) == whole(name)


def test_a_surname_decided_by_article_stays_so(root: Path) -> None:
    looked = who.lookup(root, "Ada Holm")
    assert looked is not None
    f = who.filter_for(*looked)
    assert f.only == {"holm": frozenset(ARTICLES[:2])}
    assert f.keeps("Holm", "a1") and not f.keeps("Holm", "a3")


def test_a_name_with_a_title_is_left_to_the_registry(root: Path) -> None:
    assert who.lookup(root, "Senator Dean") is None
    assert [p.name for p in people.find("Senator Dean", REGISTRY)] == ["Eve Dean"]


def test_the_index_is_not_used_once_the_registry_changed(root: Path) -> None:
    assert who.lookup(root, "Holm") is not None
    path = root / people.FILENAME
    path.write_text(path.read_text().replace("Bo Holm", "Bob Holm"))  # a hand edit
    assert who.lookup(root, "Holm") is None
    people.save(root, REGISTRY)  # written again by quotes: in step again
    assert who.lookup(root, "Holm") is not None


def test_no_index_or_a_damaged_one_answers_nothing(root: Path) -> None:
    index = root / ".quotes" / who.INDEX_FILE
    stat = (root / people.FILENAME).stat()
    index.write_bytes(b"not a database")
    os.utime(root / people.FILENAME, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert who.lookup(root, "Holm") is None
    index.unlink()
    assert who.lookup(root, "Holm") is None
