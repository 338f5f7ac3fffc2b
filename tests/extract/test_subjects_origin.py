"""Tests of quotes.extract.subjects: a speaker named with where they are from ("Rep. Ada
Holm of Ohio", "Jo Park of Birch Capital") and described in an appositive after it
(issue 9, constructions the third fresh set showed).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


def mention_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Name of Place, an appositive, said": the name, past its place and its appositive
        ('Rep. Tom Cole of Oklahoma, a Republican, said "it is over."', [("it is over.", "Tom Cole")]),
        (
            "Sen. Ada Holm of Nebraska, the top Democrat on the panel, said on Thursday that "
            'the bill was "dead on arrival."',
            [("dead on arrival.", "Ada Holm")],
        ),
        (
            'Jo Park of Birch Capital, an analyst who covers the bank, said its results were "a clear miss."',
            [("a clear miss.", "Jo Park")],
        ),
        # ... as with no place, or with a relative clause, before
        ('Tom Cole, a Republican, said "it is over."', [("it is over.", "Tom Cole")]),
        (
            'Rep. Tom Cole of Oklahoma, who chairs the panel, said "it is over."',
            [("it is over.", "Tom Cole")],
        ),
        # ... and a body's name with "of" is no person's: the body speaks
        (
            'The University of Oakmere, a public school, said the fees were "under review."',
            [("under review.", "University of Oakmere")],
        ),
    ],
)
def test_name_of_place_then_appositive(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence's subject in apposition, "Name of Place," before a verb other than say:
        # past the place and the comma that closes the appositive, to the verb
        (
            "The committee's chairman, Sen. Abel Frost of Iowa, stepped in to defend the nominee, "
            'calling the line of questioning "a fishing expedition."',
            [("a fishing expedition.", "Abel Frost")],
        ),
        (
            "Sen. Lena Park of Oregon, a Democrat on the budget committee, backs a "
            '"wealth surtax" on the largest estates.',
            [("wealth surtax", "Lena Park")],
        ),
        # ... with no appositive before it, as before
        (
            'Senator Abel Frost of Iowa endorsed the plan, calling it "long overdue."',
            [("long overdue.", "Abel Frost")],
        ),
        # ... and a term in a sentence whose subject says nothing stays nobody's
        ('Residents of Ward 3, Riverdale, voted on the "road diet" plan.', [("road diet", None)]),
    ],
)
def test_subject_in_apposition_with_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quantified pronoun is a speaker, as "one of the officials" is
        (
            "Members of the caucus met on Monday. One of them told reporters the group was "
            '"done voting for the same thing."',
            [("done voting for the same thing.", "One of them")],
        ),
        (
            'Members of the caucus met on Monday. "We are done," one of them said.',
            [("We are done,", "one of them")],
        ),
        (
            'Three aides were in the room. "It was tense," two of them said later.',
            [("It was tense,", "two of them")],
        ),
        # ... but not where it is what someone else's verb is about
        (
            'Four workers were hurt. Two of them were "badly burned," the report said.',
            [("badly burned,", "the report")],
        ),
    ],
)
def test_quantified_pronoun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected
