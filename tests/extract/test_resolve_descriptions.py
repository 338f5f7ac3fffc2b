"""Tests of quotes.extract.resolve on descriptions, organisations and documents as sources
(issue 9): the words that name an unnamed source stay its mention, and resolve to a named
person only when they can denote that person.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from tests.extract.helpers import who_said_what


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of ``text`` as (its text, its speaker, its speaker mention's words)."""
    out = []
    for q in extract_quotes(text):
        out.append((q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one X" is an unnamed source, someone new: not the person met before with that role
        (
            'Jake Sullivan, a senior adviser, spoke to reporters. "This is eerily similar to the '
            'first debate," said one longtime adviser to the governor.',
            [("This is eerily similar to the first debate,", None, "one longtime adviser")],
        ),
        (
            'Dana Whitlock ran the company for six years. Whitlock was not one for "shared '
            'decisions," said one former executive who asked not to be named.',
            [("shared decisions,", None, "one former executive")],
        ),
        (
            'Mara Quist toured a plant in Ohio on Monday. "That does not mean no response," one '
            "Quist aide said late last month.",
            [("That does not mean no response,", None, "one Quist aide")],
        ),
        # a role in the plural is a group, never the one person named before with it
        (
            "Senate leader Harold Penn blocked the bill in May. The party leaders have signaled their "
            'support for a two-year "pause" in the tax.',
            [("pause", None, "The party leaders")],
        ),
        (
            'Former mayor Tom Ridley spoke on Monday. Ridley supporters are crying "fraud" over the count.',
            [("fraud", None, "Ridley supporters")],
        ),
        # the singular still resolves to the one bearer of the role
        (
            'Pentagon spokesman Robert Lang spoke on Friday. "They are ready," the spokesman said.',
            [("They are ready,", "Robert Lang", "the spokesman")],
        ),
        (
            'Senator Ada Vance toured the port. "We will rebuild it," the senator said.',
            [("We will rebuild it,", "Ada Vance", "the senator")],
        ),
    ],
)
def test_unnamed_sources_stay_unnamed(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the statement" is the statement met before, and speaks for whoever put it out
        (
            'The Harbor League released a report on Monday. Its authors spoke to reporters. "Wages '
            'have stalled," the report said.',
            [("Wages have stalled,", "Harbor League", "the report")],
        ),
        (
            'In Ottawa, Premier Dana Kirk released a statement on Thursday night.\n\n"We stand with the '
            'families," the statement said.',
            [("We stand with the families,", "Dana Kirk", "the statement")],
        ),
        (
            'Norland Rail said in a statement that the line would reopen. "Safety comes first," the '
            "statement added.",
            [("Safety comes first,", "Norland Rail", "the statement")],
        ),
        (
            'In a statement, the Harbor Authority said it would review the decision. "We take this '
            'seriously," the statement said.',
            [("We take this seriously,", "Harbor Authority", "the statement")],
        ),
        (
            "A separate statement issued by the Ruiz campaign late Tuesday made no mention of the race. "
            'Instead, the statement spoke of "a movement that will go on."',
            [("a movement that will go on.", "Ruiz campaign", "the statement")],
        ),
        (
            'The Tidewater Museum\'s statement was blunt. "Refugees deserve our help," the statement said.',
            [("Refugees deserve our help,", "Tidewater Museum", "the statement")],
        ),
        # other documents that "the" refers back to: an email, an ad
        (
            'On Saturday, the Holm campaign sent out a fundraising email. "Our movement has already '
            'changed minds," read the email.',
            [("Our movement has already changed minds,", "Holm campaign", "the email")],
        ),
        (
            'Senator Ada Vance is releasing a new 30-second ad. The ad says "nothing will change" '
            "without new leaders.",
            [("nothing will change", "Ada Vance", "The ad")],
        ),
        # no document met before, or one whose issuer the article does not name: no name
        (
            'Senator Alma Reyes spoke on Monday. "We are ready," the statement said.',
            [("We are ready,", None, "the statement")],
        ),
        (
            'A statement was posted online on Friday. "We are ready," the statement said.',
            [("We are ready,", None, "the statement")],
        ),
        (
            'Mayor Lin Ortiz spoke on Tuesday.\n\nThe club sent an email to its members.\n\n"We are going '
            'to wind down," the email said.',
            [("We are going to wind down,", None, "the email")],
        ),
        # a document three paragraphs back is too far to be "the statement"
        (
            "Gale Energy issued a statement on Monday.\n\nThe storm moved east.\n\nRoads were closed.\n\n"
            'Crews worked overnight.\n\n"Power is back," the statement said.',
            [("Power is back,", None, "the statement")],
        ),
    ],
)
def test_a_document_speaks_for_its_issuer(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: "the coach" after "X, who has coached the team": X
        (
            "Earl Pike, who has coached the Ospreys since 2019, stayed late.\n\n"
            '"Some of those kids got us through," the coach said.',
            [("Some of those kids got us through,", "Earl Pike", "the coach")],
        ),
        # ... and nobody when the clause names no role
        (
            "Earl Pike, who has watched the Ospreys since 2019, stayed late.\n\n"
            '"Some of those kids got us through," the coach said.',
            [("Some of those kids got us through,", None, "the coach")],
        ),
    ],
)
def test_a_role_a_relative_clause_gave(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: a description and the only name it gives right after it
        (
            '"I heard glass breaking," said a neighbour, who gave only her first name, Marta.',
            [("I heard glass breaking,", "Marta", "a neighbour")],
        ),
        (
            '"I heard glass breaking," said a neighbour, identified only as Dana.',
            [("I heard glass breaking,", "Dana", "a neighbour")],
        ),
        (
            '"I heard glass," said a neighbour, who asked to be identified by his first name, Ivo, '
            "because he feared reprisals.",
            [("I heard glass,", "Ivo", "a neighbour")],
        ),
        # ... not a name the clause says something else of
        (
            '"I heard glass breaking," said a neighbour, who lives next to Ivo Brandt.',
            [("I heard glass breaking,", None, "a neighbour")],
        ),
    ],
)
def test_a_description_and_the_name_it_gives(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: "the book" refers back to the memoir its subject wrote; "the report" to a
        # study the institute published
        (
            "Dr. Ada Holm was the White House physician.\n\nHolm wrote a memoir of her time there.\n\n"
            '"Very few people knew," the book said.',
            [("Very few people knew,", "Ada Holm", "the book")],
        ),
        (
            "The Harbor Institute published a study on rents.\n\n"
            '"Rents are out of control," the report said.',
            [("Rents are out of control,", "Harbor Institute", "the report")],
        ),
        # ... not a book about someone, nor one two people sent
        (
            'Ed Lowe read a memoir about Ada Holm.\n\n"Very few people knew," the book said.',
            [("Very few people knew,", None, "the book")],
        ),
        (
            "Ed Lowe and Senator Ada Holm wrote a memoir of their time there.\n\n"
            '"Very few people knew," the book said.',
            [("Very few people knew,", None, "the book")],
        ),
    ],
)
def test_a_document_under_another_noun(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym before an organisation's own noun qualifies it: the body speaks, as
        # "the Ontario government" does, not the acronym alone
        (
            'The P.E.I. government said "the budget is balanced" on Friday.',
            [("the budget is balanced", "P.E.I. government")],
        ),
        (
            'The NDP government said "the budget is balanced."',
            [("the budget is balanced.", "NDP government")],
        ),
        (
            'The Ontario government said "the budget is balanced."',
            [("the budget is balanced.", "Ontario government")],
        ),
        # ... not before what a body puts out: the report's issuer speaks
        ('The IMF report said "the budget is balanced."', [("the budget is balanced.", "IMF")]),
    ],
)
def test_an_acronym_qualifying_a_body(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
