"""Tests of quotes.extract.subjects, rules and resolve: constructions of news unlike the
development corpus (issue 9: city councils, wire copy, documents and signs), each table
with sentences that must keep their old answer or give no speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


def mention_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a council tag in parentheses, with a comma of its own, between the name and its verb
        (
            '"Ninety seconds is nothing," Coun. Dana Kirk (Ward 3, Riverdale) said during the debate.',
            [("Ninety seconds is nothing,", "Dana Kirk")],
        ),
        (
            "Coun. Ada Holm (Ward 11, Lakeshore), who chairs the works committee, shot back that "
            'Kirk was "playing to the cameras."',
            [("playing to the cameras.", "Ada Holm")],
        ),
        ('Ald. Ada Holm said the plan was "dead on arrival."', [("dead on arrival.", "Ada Holm")]),
        # the comma of a number is no clause break: the subject is before the relative clause
        (
            "The union that represents about 6,000 workers at the plant said it was "
            '"deeply concerned" about the cuts.',
            [("deeply concerned", "The union")],
        ),
        # ... and a party tag keeps its old answers, past an aside too
        (
            'Sen. Ivo Brandt (D-Ore.), in particular, has been calling the plan a "con job."',
            [("con job.", "Ivo Brandt")],
        ),
        (
            'Sen. Lena Park (Ore.), the bill\'s sponsor, said it was "long overdue."',
            [("long overdue.", "Lena Park")],
        ),
        # ... and the words of a parenthesis name nobody who speaks
        ('Residents of Ward 3 (Riverdale, Lakeshore) voted on the "road diet" plan.', [("road diet", None)]),
    ],
)
def test_tags_in_parentheses_and_numbers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive with a bare apostrophe opens an appositive, as "Holm's" does
        (
            'Dana Kirk, Ross\' senior media adviser, said the rivals were up to "mischief."',
            [("mischief.", "Dana Kirk")],
        ),
        ('"We won," said Ivo Brandt, Lars’ campaign manager.', [("We won,", "Ivo Brandt")]),
        ('Dana Kirk, Holm\'s chief of staff, said it was "a good night."', [("a good night.", "Dana Kirk")]),
        # ... and one that opens its sentence is still the subject's own
        (
            'The Veterans\' Affairs office said it was "a mess."',
            [("a mess.", "The Veterans' Affairs office")],
        ),
    ],
)
def test_possessive_appositives(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected
