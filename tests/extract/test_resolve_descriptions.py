"""Tests of quotes.extract.resolve on descriptions, organisations and documents as sources
(issue 9): the words that name an unnamed source stay its mention, and resolve to a named
person only when they can denote that person.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


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
