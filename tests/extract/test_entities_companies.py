"""Tests of quotes.extract.entities (and the resolution that reads it): company names
and "the firm" in business news (issue 9, constructions the third fresh set showed).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the firm" is the analysts' firm named just before, not the company the story is about
        (
            "Borealis Midstream Corp. took a writedown on Thursday.\n\n"
            'Norquay Capital cut its target on the stock. "We see limited upside," the firm said.',
            [("We see limited upside,", "Norquay Capital")],
        ),
        (
            "Halvorsen Foods Inc. reported a loss on Tuesday. Ashgrove Securities cut its price target.\n\n"
            '"The loss was bigger than we feared," the firm wrote in a note.',
            [("The loss was bigger than we feared,", "Ashgrove Securities")],
        ),
        # ... but the story's company stays "the company": an analysts' firm is not it
        (
            "Halvorsen Foods Inc. reported a loss on Tuesday. Ashgrove Securities cut its price target.\n\n"
            '"We expect a better year," the company said.',
            [("We expect a better year,", "Halvorsen Foods Inc")],
        ),
        # ... and a firm with no suffix of its own gives "the firm" nobody
        (
            'Marlow and Finch cut its target on the stock. "We see limited upside," the firm said.',
            [("We see limited upside,", None)],
        ),
    ],
)
def test_the_firm(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first word that is also an outlet's ("Atlantic", "Post", "State") stays in a
        # company's name: no reporter "Fibre Holdings" of The Atlantic
        (
            'Atlantic Fibre Holdings said the closure was "painful but unavoidable."',
            [("painful but unavoidable.", "Atlantic Fibre Holdings")],
        ),
        (
            "The mill's owner, Atlantic Fibre Holdings of Montreal, closed it in March. In a news "
            'release, the company called the decision "painful but unavoidable."',
            [("painful but unavoidable.", "Atlantic Fibre Holdings")],
        ),
        (
            'State Ridge Insurance said the claims were "under review."',
            [("under review.", "State Ridge Insurance")],
        ),
        # ... while an outlet before a person's name is still the person's title
        ('"It is over," CNN Dana Kirk said.', [("It is over,", "Dana Kirk")]),
        # a company with its suffix is no person: "she" does not find it
        (
            'Atlantic Fibre Holdings will appeal. "We are disappointed," she said.',
            [("We are disappointed,", None)],
        ),
    ],
)
def test_company_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
