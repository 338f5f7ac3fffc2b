"""Tests of quotes.extract.subjects: constructions whose speaker words were another person's
or an organisation's (issue 9: a wrong speaker is worse than none), each with near misses
that must keep their speaker or give none.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions, who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause whose pronoun is its speech verb's object: the verb after "and"
        # shares the clause's subject, not the sentence's
        (
            'Ada Holm cited the treaty, which Tom Berg had called "a disaster" and promised to "rip up."',
            [("a disaster", "Tom Berg"), ("rip up.", "Tom Berg")],
        ),
        (
            'Ada Holm cited the pact, which Senator Tom Berg once called "a fraud" and vowed to "tear up."',
            [("a fraud", "Tom Berg"), ("tear up.", "Tom Berg")],
        ),
        # near misses: the relative pronoun is the subject ("which had called"), or the
        # clause's verb is no speech verb: the sentence's subject, as before
        (
            'Ada Holm visited the plant, which Tom Berg drafted and promised to "rip up."',
            [("rip up.", "Ada Holm")],
        ),
        (
            'Ada Holm cited the treaty, which she had called "a disaster" and promised to "rip up."',
            [("a disaster", "Ada Holm"), ("rip up.", "Ada Holm")],
        ),
        (
            'Ada Holm said the treaty was "a disaster" and promised to "rip it up."',
            [("a disaster", "Ada Holm"), ("rip it up.", "Ada Holm")],
        ),
    ],
)
def test_object_relative_clause_keeps_its_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organisation whose name holds "of", qualifying a role before a person's name:
        # the person speaks
        (
            'Bank of Montreal economist Priya Nandal said the economy was "slowing down."',
            [("slowing down.", "Priya Nandal")],
        ),
        (
            '"The economy is slowing down," said Bank of Montreal economist Priya Nandal.',
            [("The economy is slowing down,", "Priya Nandal")],
        ),
        (
            '"It was a mistake," said University of Oakmere chief economist Tom Berg.',
            [("It was a mistake,", "Tom Berg")],
        ),
        (
            'University of Oakmere professor Ada Holm said it was "a scandal."',
            [("a scandal.", "Ada Holm")],
        ),
        # near misses: the organisation alone speaks
        (
            'The Bank of Montreal said it would "hold rates."',
            [("hold rates.", "Bank of Montreal")],
        ),
        (
            'Royal Oakmere Bank economist Tom Berg said it was "a mistake."',
            [("a mistake.", "Tom Berg")],
        ),
    ],
)
def test_organisation_before_a_role_and_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name that is the object of a preposition inside the subject's phrase is not the
        # subject: the whole phrase is (no named speaker)
        (
            'A teacher at the school under Tom Berg told reporters: "We had no warning at all."',
            [("We had no warning at all.", "A teacher at the school under Tom Berg")],
        ),
        (
            'A student under Tom Berg said the course was "brutal but fair."',
            [("brutal but fair.", "A student under Tom Berg")],
        ),
        (
            'The workers under Ada Holm said the plant was "falling apart."',
            [("falling apart.", "The workers under Ada Holm")],
        ),
        # near misses: "by" names the sender of what speaks; a preposition opening the sentence
        (
            'A fundraising email sent out by Ada Holm warned: "The race is far from over."',
            [("The race is far from over.", "Ada Holm")],
        ),
        (
            'On Monday Tom Berg said the race was "far from over."',
            [("far from over.", "Tom Berg")],
        ),
    ],
)
def test_name_governed_by_a_preposition(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected
