"""Tests of quotes.extract.records: quotes split by their attribution joined into one,
nested quotes, and the records themselves.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import explain_quotes, extract_quotes
from tests.extract.helpers import who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote split by its attribution is one quote
        (
            '"Believe me," Victor Hale said, "this will work."',
            [("Believe me, this will work.", "Victor Hale")],
        ),
        (
            'Claire Dubois visited the plant. "We are," she said, "ready for the inspection."',
            [("We are, ready for the inspection.", "Claire Dubois")],
        ),
        (
            '"It is not enough," said Tom Birt, who chairs the flood action group, "to say it held."',
            [("It is not enough, to say it held.", "Tom Birt")],
        ),
    ],
)
def test_split_quotes_are_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A quote split by its attribution is one quote."""
    assert who_said_what(text) == expected


def test_split_quote_has_two_spans() -> None:
    text = '"We are," she said, "ready."'
    (quote,) = extract_quotes(text)
    assert quote.spans == ((1, 8), (21, 27))
    assert [text[s:e] for s, e in quote.spans] == ["We are,", "ready."]
    assert quote.text == "We are, ready."
    assert quote.speaker is None  # "she" has no antecedent
    assert quote.cue == "said"


def test_nested_quote_inside_a_quote() -> None:
    text = "Sara Moll said: \"He told me 'never again' and left.\""
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Sara Moll"
    assert quote.text == "He told me 'never again' and left."
    assert [n.text for n in quote.nested] == ["never again"]
    (nested,) = quote.nested
    assert text[nested.start : nested.end] == "never again"


def test_to_dict_round_trip() -> None:
    from quotes.model import Quote

    text = 'Claire Dubois visited the plant. "We are," she said, "ready for the inspection."'
    for quote in extract_quotes(text):
        assert Quote.from_dict(quote.to_dict()) == quote


def test_explained_adds_the_rule_to_the_quote() -> None:
    (explained,) = explain_quotes('"We will not raise taxes," said Governor Paul Hendry.')
    # a full quote with its attribution right after it is settled by the rule: nothing to
    # weigh, the rule's pick is the one candidate
    assert explained.to_dict() == {
        **explained.quote.to_dict(),
        "rule": "after",
        "reading": "name",
        "kind_reason": "statement",
        "decided_by": "rule",
        "candidates": [
            {
                "mention": "Paul Hendry",
                "start": 41,
                "end": 52,
                "speaker": "Paul Hendry",
                "sources": ["after"],
                "score": None,
                "probability": None,
            }
        ],
    }
    assert [e.quote for e in explain_quotes("No quotes here.")] == extract_quotes("No quotes here.") == []
