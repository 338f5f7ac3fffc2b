"""Tests of quotes.extract.kind: statements (full, partial) against quoted words that are
nobody's statement (title, term).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mayor Linda Osei said: "The bridge will reopen in May."', ["full"]),
        ('"We will not raise taxes," said Governor Paul Hendry.', ["full"]),
        ('Rafael Ortiz told Reuters that the merger "will create thousands of jobs."', ["partial"]),
        ('Marta Lind said "no decision has been taken."', ["partial"]),
        ('Karin Holt said the budget was "balanced."', ["partial"]),
        (
            'Karin Holt said: "The budget is balanced," but added that the deficit "will grow."',
            ["full", "partial"],
        ),
        ('Critics called the plan "a mess."', ["partial"]),
        ("Ana Ruiz said: “We will rebuild.”", ["full"]),
        # titles of shows and works, and nicknames, whoever is near them
        ('Dana Brooks told MSNBC\'s "Morning Joe" that the race is close.', ["title"]),
        ('In her new documentary "13th," the director looks at prisons.', ["title"]),
        ('Tom Vance spoke at a "Commander-in-Chief" forum on Monday.', ["title"]),
        ('Watch the trailer for her documentary, "13th," below.', ["title"]),
        ('Ouisa Davis\' commentary, "Melania, tell your story," is thoughtful.', ["title"]),
        ('Rep. Robert C. "Bobby" Scott opened his yard to guests.', ["term"]),
        ('Mark Ruiz mocked him with the nickname "Lyin\' Ted."', ["title"]),
        # the noun right after the quote names a show; "the program" after it does not
        ('She watched the "Morning Joe" TV show.', ["title"]),
        ('They said people "may try to cheat" the program.', ["partial"]),
        # a title-case name after a work noun, or any words after "under the title"
        ('The agency\'s 2019 report, "Holding the Line: Coastal Defence to 2050", was wrong.', ["title"]),
        ('It ran under the title "Patterned skin activity during quiet rest in the cuttlefish."', ["title"]),
        ('Tessa Quinn, who created the drama "Low Water," will direct.', ["title"]),
        ('The report "found no evidence of fraud," officials said.', ["partial"]),
        # scare quotes with nobody behind them, unless a speech verb in the sentence says somebody said them
        ('In May, a "consultant" was hired.', ["term"]),
        ('A "temporary" bridge has stood there since 1990.', ["term"]),
        ('The checkers ended the dispute by announcing that the figure was "accurate."', ["partial"]),
        ('The remark described the strikers as "thugs."', ["partial"]),
        ('Unions complained that the raise was only "partial," and left.', ["partial"]),
    ],
)
def test_kind(text: str, expected: list[str]) -> None:
    assert [q.kind for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: a word, or a name in title case, between a determiner and a noun qualifies
        # the noun: the sentence's subject did not say it
        ('Supporters lined up for a three-day "Jeb Can Fix It" bus tour.', [("term", None)]),
        ('He was a favourite who crushed the GOP\'s "establishment" candidate.', [("term", None)]),
        ('Ada Holm threw a party at the "Red Neck Country Club" honkytonk.', [("term", None)]),
        # ... while words the subject is said to have said keep their speaker
        ('Governor Ada Holm called it "unheard of in this state."', [("partial", "Ada Holm")]),
        ('Ada Holm brushed off her remarks as "just venting," and left.', [("partial", "Ada Holm")]),
        # a title after "on" is a title, whoever the sentence's subject is
        ('Ivo Lund went on "The Late Hour" to defend the plan.', [("title", None)]),
    ],
)
def test_named_things_are_terms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == expected
