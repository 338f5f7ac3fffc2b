"""Tests of quotes.extract.rules for partial quotes whose sentence names their source and
that the rules left without a speaker (issue 9, the no-speaker errors of polnear-train
after the s9 helpers): each table holds sentences the rules now read, and sentences that
must still give nobody (or keep their old answer).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


def mentions(text: str) -> list[tuple[str, str | None]]:
    """Each statement's text and the words its speaker was read from (None: nobody); titles
    and terms are left out (nobody said them)."""
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
        if q.kind not in ("title", "term")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "what X called": the free relative's subject said the words its verb names
        (
            'A third group would be what Sroka called a "let a thousand flowers bloom" effort.',
            [("let a thousand flowers bloom", "Sroka")],
        ),
        (
            'The town hoped to shed what Mayor Ines Dalton has called "a perception problem."',
            [("a perception problem.", "Ines Dalton")],
        ),
        # past an appositive in commas, the name before it
        (
            'He fought for what Bay Tenner, treasurer of the campaign, called "hand-to-hand combat."',
            [("hand-to-hand combat.", "Bay Tenner")],
        ),
        (
            'The fight over what Amar Holt, author of "The Long Law," called "a compromise" goes on.',
            [("a compromise", "Amar Holt")],
        ),
        (
            'The council backs what it calls "sensible road rules."',
            [("sensible road rules.", "it")],
        ),
        ('The levy is what the union described as "a tax on work."', [("a tax on work.", "the union")]),
        # nobody: a passive, or "what is known as"
        ('The valley is what is called "the rust belt" by everyone.', []),
        ('The valley is what has long been known as "the rust belt."', []),
    ],
)
def test_what_someone_called(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected
