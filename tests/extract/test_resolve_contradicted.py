"""Tests of quotes.extract.resolve on definite descriptions that what the article says of a
person contradicts (issue 9): "the Florida senator" is not the senator the article tags
R-Iowa, "the Russian leader" is not the last man met when the article calls another man
Russian. Such a description stays the speaker's mention, with no name; one that nothing
in the article contradicts still resolves.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of ``text`` as (its text, its speaker, its speaker mention's words)."""
    return [
        (q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the state the article gives the person (a party tag) is not the description's
        (
            "Ada Holm, who leads the polls, toured a factory with Sen. Ida Brandt, R-Iowa.\n\n"
            'The Florida senator told reporters, "We will see what it brings next week."',
            [("We will see what it brings next week.", None, "The Florida senator")],
        ),
        # the nationality the article gives another person who might be meant
        (
            "Russian President Oleg Marek held a news conference on Thursday.\n\n"
            "Tom Vance, a candidate in Ohio, won praise in remarks after it ended.\n\n"
            '"There is no doubt that he is a very talented man," the Russian leader said.',
            [("There is no doubt that he is a very talented man,", None, "the Russian leader")],
        ),
        # the party and role the article gives someone else (named too far back for "the
        # nominee" alone to mean him); the last man met is a consultant
        (
            "Republican nominee Carl Dorn lost in 2012. So did Democratic nominee Jan Roe in 2000.\n\n"
            "Turnout rose in 2008. It fell in 2004.\n\n"
            '"Hate alone will not win it," said Luis Pardo, president of Pardo Strategies.\n\n'
            'The GOP nominee said, "They are bringing crime."',
            [
                ("Hate alone will not win it,", "Luis Pardo", "Luis Pardo"),
                ("They are bringing crime.", None, "The GOP nominee"),
            ],
        ),
        # an office the person is never given, while holding another
        (
            'Gov. Rex Lund spoke in Tampa on Monday.\n\n"We have work to do," the former president said.',
            [("We have work to do,", None, "the former president")],
        ),
        # issue 9: the second of two appositives joined by "and" gives its role too, and a
        # first lady holds no other office: not "the former president"
        (
            "The rally drew his older brother, Gordon W. Holt, and the former first lady, Anita Holt.\n\n"
            '"Labels are for soup cans," the former president told the crowd.',
            [("Labels are for soup cans,", None, "the former president")],
        ),
    ],
)
def test_a_contradicted_description_names_nobody(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the article gives the person the description's state ("of Florida", a party tag)
        (
            "Sen. Ada Holm of Florida toured a factory on Monday.\n\n"
            '"We will win this state," the Florida senator said.',
            [("We will win this state,", "Ada Holm", "the Florida senator")],
        ),
        (
            "Sen. Ada Holm, R-Fla., toured a factory with Sen. Ida Brandt, R-Iowa.\n\n"
            '"We will win this state," the Florida senator said.',
            [("We will win this state,", "Ada Holm", "the Florida senator")],
        ),
        # the article says nothing of the kind: a reader's knowledge, not a contradiction
        (
            "Sen. Ada Holm toured a factory on Monday.\n\n"
            '"We will win this state," the Florida senator said.',
            [("We will win this state,", "Ada Holm", "the Florida senator")],
        ),
        # another Russian, but the one meant is named as Russian too
        (
            "Russian President Oleg Marek met Russian envoy Ivan Sokol.\n\n"
            '"The talks went well," the Russian leader said.',
            [("The talks went well,", "Oleg Marek", "the Russian leader")],
        ),
        # issue 9: the role its clause gives the sentence's subject after "as the": the
        # description is hers, not the man met after her in passing
        (
            "Mara Quist gave her acceptance speech as the Democratic nominee, painting her rival, "
            'Tom Vance, as unfit.\n\n"A man you can bait with a post is no man to trust," said the '
            "Democratic nominee.",
            [("A man you can bait with a post is no man to trust,", "Mara Quist", "the Democratic nominee")],
        ),
        # ... after a time phrase that opens the sentence with no comma
        (
            "On Thursday evening Mara Quist gave her acceptance speech as the Democratic nominee, "
            'painting her rival, Tom Vance, as unfit.\n\n"A man you can bait with a post is no man to '
            'trust," said the Democratic nominee.',
            [("A man you can bait with a post is no man to trust,", "Mara Quist", "the Democratic nominee")],
        ),
        # "New York Gov. Ray Pask" is not a rival of "the New Jersey governor"
        (
            "Gov. Chris Dale spoke in Concord. New York Gov. Ray Pask left early.\n\n"
            'Dale joked about the weather. "It starts to pay off," the New Jersey governor said.',
            [("It starts to pay off,", "Chris Dale", "the New Jersey governor")],
        ),
    ],
)
def test_a_description_nothing_contradicts_still_resolves(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert said(text) == expected
