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


# issue 9, benchmarks/fresh5: in a "Q: ... / A: ..." interview, "I" in an answer is the one
# person the introduction (before the first question) names in full
QA_INTRO = (
    "Q&A with the minister\n\nFisheries Minister Rita Olsen has spent her first year fighting"
    " quotas. She spoke with us on Monday. This interview has been edited.\n\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            QA_INTRO + "Q: Will the quota rise?\n\n"
            'A: I told the fleet last month, "Get your nets ready." I meant it.',
            [("Get your nets ready.", "Rita Olsen")],
        ),
        # ... not when the introduction names two people in full, nor before any question
        (
            "Q&A\n\nFisheries Minister Rita Olsen spoke with host Tom Berg on Monday.\n\n"
            'Q: Will the quota rise?\n\nA: I told the fleet last month, "Get your nets ready."',
            [("Get your nets ready.", None)],
        ),
        (
            "Notes\n\nFisheries Minister Rita Olsen toured the harbour.\n\n"
            'A: I told the fleet last month, "Get your nets ready."',
            [("Get your nets ready.", None)],
        ),
        # (review of s14g) nor when the introduction describes someone unnamed who may be the
        # one answering, or does not open with the name as its subject
        (
            "Vote\n\nMayor Ann Roy announced the vote on Monday. We put questions to the city's"
            " lawyer, who asked not to be named.\n\nQ: Is the vote legal?\n\n"
            'A: Yes. "It is legal," I told the council.',
            [("It is legal,", None)],
        ),
        (
            "Vote\n\nAt a news conference, Mayor Ann Roy announced the vote. Reporters then"
            " questioned her staff.\n\nQ: Is the vote legal?\n\n"
            'A: I think so. "It is legal," I told the council last week.',
            [("It is legal,", None)],
        ),
        (
            "Vote\n\nMayor Ann Roy announced the vote on Monday. Her spokesman answered our"
            ' questions.\n\nQ: Is the vote legal?\n\nA: Yes. "It is legal," I told the council.',
            [("It is legal,", None)],
        ),
        (
            "Vote\n\nMayor Ann Roy announced the vote on Monday. A city official answered our"
            " questions on condition of anonymity.\n\nQ: Is the vote legal?\n\n"
            'A: Yes. "It is legal," I told the council.',
            [("It is legal,", None)],
        ),
        (
            "Vote\n\nMayor Ann Roy announced the vote on Monday.\n\nWe spoke with the city's"
            ' lawyer.\n\nQ: Is the vote legal?\n\nA: Yes. "It is legal," I told the council.',
            [("It is legal,", None)],
        ),
        # ... while an introduction that opens with the titled name, in apposition too, holds
        (
            "Vote\n\nMayor Ann Roy, a former lawyer, announced the vote on Monday. She spoke with"
            ' us.\n\nQ: Is the vote legal?\n\nA: Yes. "It is legal," I told the council.',
            [("It is legal,", "Ann Roy")],
        ),
    ],
)
def test_i_in_an_answer_is_the_interviewee(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
