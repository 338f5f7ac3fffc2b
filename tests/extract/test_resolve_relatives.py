"""Tests of quotes.extract.entities and resolve: people introduced by an appositive before
their name ("The man at the centre of the case, X,", "Her father, X,") and the pronouns that
stand for them later (issue 9, constructions the third fresh set showed).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # the head of an appositive before a name is before its preposition: "The man at
        # the centre of the case" is a man, not a centre (an organisation no "he" finds)
        (
            "The ruling was welcomed by lawyers.\n\n"
            "The man at the centre of the case, Darnell Wynn, 34, was not in court. In a statement "
            'released through his lawyer, he said he was "relieved."',
            [("relieved.", "Darnell Wynn")],
        ),
        (
            "The woman at the heart of the dispute, Nora Bell, was not at the hearing. "
            '"I just want my land back," she said later.',
            [("I just want my land back,", "Nora Bell")],
        ),
        # ... and an appositive with no preposition keeps its role: "the director said"
        (
            'The director, Monica Cyr, was in the gallery. "We were gutted," the director said.',
            [("We were gutted,", "Monica Cyr")],
        ),
        (
            "The director of the charity, Monica Cyr, was in the gallery. "
            '"We were gutted," the director said.',
            [("We were gutted,", "Monica Cyr")],
        ),
        # a centre's director is still no centre
        (
            "The director of the centre, Ivo Brandt, was not reached. "
            '"The centre will stay open," the centre said in a statement.',
            [("The centre will stay open,", None)],
        ),
    ],
)
def test_appositive_head(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative met through a pronoun of the other sex ("Her father, X,") is the one a
        # later pronoun of his own sex stands for: it cannot be the woman he was met for
        (
            'Kayleigh Doucet left for Alberta in June. "I didn\'t want to go," Ms. Doucet said.\n\n'
            "Her father, Ronald Doucet, worked at the mill for 34 years. He took the pension.\n\n"
            '"She\'s doing the right thing," he said.',
            [("I didn't want to go,", "Kayleigh Doucet"), ("She's doing the right thing,", "Ronald Doucet")],
        ),
        (
            "Ada Kirk runs the farm. Her husband, Paul Kirk, drove a truck for 20 years.\n\n"
            '"I miss the road," he said.',
            [("I miss the road,", "Paul Kirk")],
        ),
        # ... but a relative met through a pronoun of the same sex is still no antecedent:
        # "his son" is there for the father's sake
        (
            'Tom Ruel spoke at the rally. His son, Leo Ruel, is five.\n\n"It was a good day," he said.',
            [("It was a good day,", "Tom Ruel")],
        ),
        # ... and a pronoun of the owner's sex is still the owner's
        (
            "Ada Kirk runs the farm. Her husband, Paul Kirk, drove a truck for 20 years.\n\n"
            '"We are proud of him," she said.',
            [("We are proud of him,", "Ada Kirk")],
        ),
    ],
)
def test_relative_of_the_other_sex(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a definite description by age is someone the reader has met: the person in view
        (
            "Kevin Lund found out he had been traded on his phone.\n\n"
            '"I thought he was joking," the 28-year-old winger said Monday.',
            [("I thought he was joking,", "Kevin Lund")],
        ),
        (
            "Gerald Pokorny has pleaded not guilty.\n\n"
            '"I called a repairman," the 61-year-old told the court.',
            [("I called a repairman,", "Gerald Pokorny")],
        ),
        # ... of the sex its head says
        (
            'Ann Vale and her son Tom Vale ran the shop.\n\n"We never closed," the 70-year-old widow said.',
            [("We never closed,", "Ann Vale")],
        ),
        # ... and a description with no age is not guessed at
        (
            "Kevin Lund found out he had been traded on his phone.\n\n"
            '"I thought he was joking," the winger said Monday.',
            [("I thought he was joking,", None)],
        ),
    ],
)
def test_description_by_age(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
