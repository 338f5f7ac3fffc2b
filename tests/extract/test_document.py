"""Tests of quotes.extract.document: the reporter's words with the quotes masked out, cut
into paragraphs and sentences, every offset kept."""

from __future__ import annotations

import pytest

from quotes.extract.document import Document
from quotes.extract.marks import find_quotes, split_turns


def document(text: str) -> Document:
    return Document(text, split_turns(text, list(find_quotes(text))))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Ada spoke. Bo left.", ["Ada spoke.", "Bo left."]),
        ('Ada said: "Go." Bo left.', ['Ada said: "Go."', "Bo left."]),
        ("First line.\nSecond line.", ["First line.", "Second line."]),
        # no sentence ends at an abbreviation, an initial or a dotted acronym
        ("Sen. Ada Holm spoke.", ["Sen. Ada Holm spoke."]),
        ("John F. Kerry spoke.", ["John F. Kerry spoke."]),
        ("The U.S. Army spoke.", ["The U.S. Army spoke."]),
        ("It was Jan. 5 when Dr. Lee spoke.", ["It was Jan. 5 when Dr. Lee spoke."]),
        # a full stop inside a quote does not end the reporter's sentence after it
        ('"We are done," he said. Bo left.', ['"We are done," he said.', "Bo left."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    doc = document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == sentences


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # quoted words become spaces, their last punctuation mark stays, offsets are kept
        ('Ada said "we won." Bo left.', 'Ada said "      ." Bo left.'),
        ('"We won," Ada said.', '"      ," Ada said.'),
        # a dateline is where the story was filed, not a name
        ("OAKMERE — The council met.", "          The council met."),
        # nothing to mask
        ("The council met.", "The council met."),
    ],
)
def test_masked(text: str, masked: str) -> None:
    doc = document(text)
    assert doc.masked == masked
    assert len(doc.masked) == len(text)


def test_positions() -> None:
    text = "One. Two.\n\nThree."
    doc = document(text)
    assert [p.index for p in doc.paragraphs] == [0, 1]
    assert doc.paragraph_at(text.index("Three")).index == 1
    assert doc.sentence_at(text.index("Two")).index == 1
    assert doc.sentence_at(0).index == 0
