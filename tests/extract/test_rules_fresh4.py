"""Tests of quotes.extract (subjects, entities, resolve, rules): constructions of local and
campaign news that the fourth blind set (benchmarks/fresh4) found the rules missing (issue
9), each table with sentences that must keep their old answer or give no speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # "who" after an appositive that ends on a place stands for the person it describes
        (
            "The award went to her mentor, Dana Kirk, a teacher in Moncton, who said the prize was "
            '"a team effort."',
            [("a team effort.", "Dana Kirk")],
        ),
        (
            "The fund was started by Leo Marsh, a baker from Truro, who told the board it was "
            '"the least we could do."',
            [("the least we could do.", "Leo Marsh")],
        ),
        # ... but a person after "from" is the one "who" stands for
        (
            'Cruz won an endorsement from Mike Lee, who declared, "It is time to unite."',
            [("It is time to unite.", "Mike Lee")],
        ),
        # ... while "which" may still stand for a place
        (
            'The plant is in Riverton, which said in a statement it was "ready to help."',
            [("ready to help.", "Riverton")],
        ),
        # ... and a place with no person before it gives nobody to "who"
        ('Flooding hit Moncton, who "never saw it coming," on Monday.', [("never saw it coming,", None)]),
    ],
)
def test_who_after_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
