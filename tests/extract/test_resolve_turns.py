"""Tests of quotes.extract.resolve: "I" in the reporter's words of an interview transcript
("Name: ..." turns with no quotation marks), who is the turn's speaker (issue 9, a
construction the third fresh set showed).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import who_said_what

INTRO = "Finance Minister Bill Vale spoke with host Ann Roy. Here is part of their conversation.\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "I" in a turn is the person its tag names
        (
            INTRO + "Ann Roy: Is there a limit?\n\n"
            'Bill Vale: When we wrote the budget, I said to my officials, "Show me the path."',
            [("Show me the path.", "Bill Vale")],
        ),
        (
            INTRO + 'Ann Roy: Last week I called the deficit "a problem." Is it?\n\nBill Vale: It is not.',
            [("a problem.", "Ann Roy")],
        ),
        # ... and in the reporter's own words, outside any turn, "I" is nobody the article names
        (
            'Bill Vale spoke to me on Monday. I asked him about the plan. "It works," I was told.',
            [("It works,", None)],
        ),
        # ... nor is a tag that names nobody ("Note:") anyone's
        (
            'Note: I asked the office for comment. "No comment," I was told.',
            [("No comment,", None)],
        ),
    ],
)
def test_i_in_a_turn(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
