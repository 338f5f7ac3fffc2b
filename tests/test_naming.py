"""The strict lookup of the names ``speakers merge`` and ``split`` write corrections about."""

from __future__ import annotations

import pytest

from quotes import naming
from quotes.corrections import Correction
from quotes.errors import AmbiguousName, CorrectionError, NotFound
from quotes.who import Alias, Person


def person(name: str, *names: tuple[str, str]) -> Person:
    aliases = tuple(Alias(n, 1, rule) for n, rule in names) or (Alias(name, 1, "same name"),)
    return Person(name, "person", len(aliases), 1, (), None, aliases)


def merge(name: str, into: str) -> Correction:
    return Correction("merge", "2026-01-01T00:00:00Z", name=name, speaker=into)


#: Invented people: a person of two names, one whose surname is part of another's hyphenated
#: one, a hyphenated first name and surname, and two people of one surname.
PEOPLE = [
    person("Ellen M. Vos", ("Ellen M. Vos", "same name"), ("Ellen Vos", "middle name")),
    person("Ellen Vos-Hart"),
    person("Peter Lind", ("Peter Lind", "middle name"), ("Peter J. Lind", "same name")),
    person("Anna Kerr"),
    person("Mark Kerr"),
    person("Ruth Ames"),
    person("Lena Okafor-Smith"),
    person("Jean-Luc Moreau"),
    person("Tomas Brandt"),
]
# ... and after `merge "Anna Kerr" "Ruth Ames"`
MERGED = [p for p in PEOPLE if p.name not in ("Anna Kerr", "Ruth Ames")] + [
    person("Ruth Ames", ("Ruth Ames", "same name"), ("Anna Kerr", "merge"))
]


@pytest.mark.parametrize(
    ("name", "people", "merges", "meant"),
    [
        ("Ellen Vos", PEOPLE, [], "Ellen Vos"),  # a speaker name as it is
        ("ellen m vos", PEOPLE, [], "Ellen M. Vos"),  # case and punctuation folded
        ("Brandt", PEOPLE, [], "Tomas Brandt"),  # the one person of the surname, of one name
        ("Ames", PEOPLE, [], "Ruth Ames"),
        ("Anna Kerr", MERGED, [merge("Anna Kerr", "Ruth Ames")], "Anna Kerr"),  # a merged name
    ],
)
def test_merge_name_is_a_name_or_the_one_person_of_a_surname(
    name: str, people: list[Person], merges: list[Correction], meant: str
) -> None:
    assert naming.merge_name(name, people, merges) == meant


@pytest.mark.parametrize(
    ("name", "people", "error", "message"),
    [
        # never a different middle initial, part of a hyphenated name, a reversed name
        ("Ellen K. Vos", PEOPLE, NotFound, "no speaker named 'Ellen K. Vos'"),
        ("Peter K. Lind", PEOPLE, NotFound, "no speaker named"),
        ("Luc Moreau", PEOPLE, NotFound, "no speaker named"),
        ("Lena Smith-Okafor", PEOPLE, NotFound, "no speaker named"),
        ("Ellen Hart", PEOPLE, NotFound, "no speaker named"),
        ("Smith", PEOPLE, NotFound, "no speaker named"),  # a part of a hyphenated surname
        ("Hart", PEOPLE, NotFound, "no speaker named"),
        ("Moreau Jean-Luc", PEOPLE, NotFound, "no speaker named"),
        # a surname two people have, or one person of two names (one would be cut off)
        ("Kerr", PEOPLE, AmbiguousName, "'Kerr' could be 'Anna Kerr' or 'Mark Kerr'"),
        ("Kerr", MERGED, AmbiguousName, "'Kerr' could be 'Mark Kerr' or 'Anna Kerr'"),
        ("Lind", PEOPLE, AmbiguousName, "'Peter Lind' and 'Peter J. Lind'"),
        ("Vos", PEOPLE, AmbiguousName, "'Ellen M. Vos' and 'Ellen Vos'"),
    ],
)
def test_merge_name_refuses_what_is_not_exactly_one_name(
    name: str, people: list[Person], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        naming.merge_name(name, people, [merge("Anna Kerr", "Ruth Ames")] if people is MERGED else [])


@pytest.mark.parametrize(
    ("into", "meant"),
    [
        ("Ellen M. Vos", "Ellen M. Vos"),
        ("Ellen Vos", "Ellen M. Vos"),  # her other name: her, not a second person
        ("Brandt", "Tomas Brandt"),
        ("Lind", "Peter Lind"),  # one person, however many names: nothing of them moves
        # a name nobody has is a new name, never someone close to it
        ("Ellen K. Vos", "Ellen K. Vos"),
        ("Luc Moreau", "Luc Moreau"),
        ("Lena  Smith-Okafor", "Lena Smith-Okafor"),
        ("Ellen Hart", "Ellen Hart"),
        ("Smith", "Smith"),
        ("Nora Blom", "Nora Blom"),
        # near misses of "no name": a name with a suffix or a particle is a name
        ("Nora Blom Jr.", "Nora Blom Jr."),
        ("Anders of Lund", "Anders of Lund"),
        ("The Edge", "The Edge"),
    ],
)
def test_merge_target_is_a_person_or_a_new_name(into: str, meant: str) -> None:
    assert naming.merge_target(into, PEOPLE) == meant


@pytest.mark.parametrize(
    ("into", "error"),
    [
        ("Kerr", AmbiguousName),
        (".", CorrectionError),
        ("Dr.", CorrectionError),
        ("Sen. Mr.", CorrectionError),
        # the reviewer's: accepted as new names
        ("Jr.", CorrectionError),
        ("III", CorrectionError),
        ("the", CorrectionError),
        ("The of", CorrectionError),
    ],
)
def test_merge_target_refuses_several_people_or_no_name(into: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        naming.merge_target(into, PEOPLE)


def test_merge_target_refuses_a_bare_surname_left_ambiguous() -> None:
    # the reviewer's `merge "Anna Kerr" Kerr`: a second "Kerr" entry beside the bare one
    kerr = Person("Kerr", "person", 1, 1, (), None, (Alias("Kerr", 1, "same name"),), ("Mark Kerr",))
    with pytest.raises(CorrectionError, match=r"'Kerr' is a bare surname kept apart .*'Mark Kerr'"):
        naming.merge_target("Kerr", [*PEOPLE, kerr])
    holm = person("Holm")  # a bare name nobody else could be is a target as any
    assert naming.merge_target("holm", [*PEOPLE, holm]) == "Holm"


SPEAKERS = [n for p in PEOPLE for n in (p.name, *(a.name for a in p.names))]


@pytest.mark.parametrize(
    ("name", "merges", "meant"),
    [
        # a name nobody has stays itself: the split finds nothing to split
        ("Ellen K. Vos", [merge("Anna Kerr", "Ellen M. Vos")], "Ellen K. Vos"),
        ("Luc Moreau", [merge("Ruth Ames", "Jean-Luc Moreau")], "Luc Moreau"),
        ("Smith", [merge("Lena Okafor-Smith", "Ruth Ames")], "Smith"),
        # a merge's target by its surname is not every merge into it
        ("Ames", [merge("Anna Kerr", "Ruth Ames"), merge("Mark Kerr", "Ruth Ames")], "Ames"),
        # exactly a name: as typed
        ("Ruth Ames", [merge("Anna Kerr", "Ruth Ames")], "Ruth Ames"),
        # the one merged name of a surname
        ("Ames", [merge("Ruth Ames", "Ellen M. Vos")], "Ruth Ames"),
        ("Blom", [merge("Nora Blom", "Ruth Ames")], "Nora Blom"),
        ("Brandt", [], "Tomas Brandt"),
    ],
)
def test_split_name_is_a_name_or_the_one_merged_name_of_a_surname(
    name: str, merges: list[Correction], meant: str
) -> None:
    assert naming.split_name(name, SPEAKERS, merges) == meant


@pytest.mark.parametrize(
    ("name", "merges", "message"),
    [
        ("Kerr", [merge("Anna Kerr", "Ellen M. Vos")], "'Kerr' could be 'Anna Kerr' or 'Mark Kerr'"),
        ("Vos", [merge("Anna Kerr", "Ellen M. Vos")], "'Vos' could be 'Ellen M. Vos' or 'Ellen Vos'"),
        ("Lind", [], "'Lind' could be 'Peter J. Lind' or 'Peter Lind':"),
    ],
)
def test_split_name_of_a_shared_surname_asks(name: str, merges: list[Correction], message: str) -> None:
    with pytest.raises(AmbiguousName, match=message):
        naming.split_name(name, SPEAKERS, merges)


def test_ambiguity_lists_each_name_once() -> None:
    assert str(AmbiguousName.of("Blom", ["Nora Blom", "Nora Blom", "Ada Blom"])) == (
        "'Blom' could be 'Nora Blom' or 'Ada Blom': give one of these names (nothing was changed)"
    )
