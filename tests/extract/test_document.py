"""Tests of quotes.extract.document: the reporter's words with the quotes masked out, cut
into paragraphs and sentences, every offset kept."""

from __future__ import annotations

import re

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
        # ... nor at a title joined by a hyphen (the lead's trial: "Critics said then-Gov. Ann
        # Roy was "absent."" split after "then-Gov." and gave the quote to Ann Roy), while a
        # hyphenated word that is no title still ends one
        ("Critics said then-Gov. Ann Roy was late.", ["Critics said then-Gov. Ann Roy was late."]),
        ("The ex-Sen. Bo Lee spoke.", ["The ex-Sen. Bo Lee spoke."]),
        ("It passed in the long-term. Bo left.", ["It passed in the long-term.", "Bo left."]),
        # a full stop inside a quote does not end the reporter's sentence after it
        ('"We are done," he said. Bo left.', ['"We are done," he said.', "Bo left."]),
        # issue 9: a stop after a party tag's parenthesis ends it; one inside does not
        ("Said Ada Holm (D-Md.). Bo left.", ["Said Ada Holm (D-Md.).", "Bo left."]),
        ("Ada Holm (D-Md.) spoke.", ["Ada Holm (D-Md.) spoke."]),
        # issue 9: a paragraph's first sentence opens after its dateline
        ("OAKMERE — The council met. Bo left.", ["The council met.", "Bo left."]),
        ("OAKMERE, Dec. 8 (Meridian Wire) — The council met.", ["The council met."]),
        # the typewriter's dash ("--") closes a dateline too
        ("OAKMERE, Ont. -- The council met.", ["The council met."]),
        # issue 9: a dotted word before a quoted sentence ends the sentence; before a
        # nickname, or a short phrase in lower case, it does not
        (
            'Said Sen. Ada Holm, R-S.C. "I get that. We all do."',
            ["Said Sen. Ada Holm, R-S.C.", '"I get that. We all do."'],
        ),
        ('Said Bo Lee of Vote.org. "That is the plan."', ["Said Bo Lee of Vote.org.", '"That is the plan."']),
        ('Gov. C.L. "Butch" Otter spoke.', ['Gov. C.L. "Butch" Otter spoke.']),
        ('It irked the U.S. "war hawks" in the capital.', ['It irked the U.S. "war hawks" in the capital.']),
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
        # issue 9: with a date ("OAKMERE, Dec. 8 (UPI) —"): the wire is no name either
        (
            "OAKMERE, Dec. 8 (UPI) — The council met.",
            " " * len("OAKMERE, Dec. 8 (UPI) —") + " The council met.",
        ),
        # the typewriter's dash ("--") closes a dateline too; a dash inside a sentence is
        # no dateline's
        ("OAKMERE (AP) -- The council met.", " " * len("OAKMERE (AP) --") + " The council met."),
        ("The COUNCIL -- it met.", "The COUNCIL -- it met."),
        # nothing to mask
        ("The council met.", "The council met."),
        # issue 9: a no-break or thin space reads as a plain one (one character each), so a
        # dateline typed with one is still blanked and a list of quotes still reads as a list
        ("OAKMERE\u00a0— The council met.", "          The council met."),
        ('Ada\u00a0Holm said "no."\u202fBo left.', 'Ada Holm said "  ." Bo left.'),
        ('"Big,"\u00a0"Splash"', '"   ," "      "'),
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


def test_every_dateline_is_blanked() -> None:
    text = "OAKMERE — The council met.\n\nHOLLIS CREEK — The mayor spoke."
    doc = document(text)
    assert doc.masked == "          The council met.\n\n               The mayor spoke."


# Quotes by where they stand, answered by bisection: the same as asking every quote.
LOOKUP_TEXT = (
    'Ada said: "We won." Bo said "Go" and "Stop."\n'  # paragraph 0: three quotes
    "No quote here.\n"  # paragraph 1: none
    '"A quote that runs on\n'  # paragraphs 2-3: one quote over two paragraphs
    '"and closes here," Cy said.'
)


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        (0, len(LOOKUP_TEXT), ['"We won."', '"Go"', '"Stop."', '"A quote that runs on\n"and closes here,"']),
        (0, LOOKUP_TEXT.index("Bo"), ['"We won."']),
        (LOOKUP_TEXT.index("Bo"), LOOKUP_TEXT.index("No quote"), ['"Go"', '"Stop."']),
        # a quote cut by either end is not within
        (LOOKUP_TEXT.index("We won"), LOOKUP_TEXT.index("No quote"), ['"Go"', '"Stop."']),
        (0, LOOKUP_TEXT.index("won"), []),
        (LOOKUP_TEXT.index("No quote"), LOOKUP_TEXT.index('"A quote'), []),
    ],
)
def test_quotes_within(lo: int, hi: int, expected: list[str]) -> None:
    doc = document(LOOKUP_TEXT)
    assert [LOOKUP_TEXT[q.outer[0][0] : q.outer[-1][1]] for q in doc.quotes_within(lo, hi)] == expected


@pytest.mark.parametrize(
    ("start", "end", "over"),
    [
        (0, LOOKUP_TEXT.index("Ada said:") + 3, False),  # "Ada"
        (0, LOOKUP_TEXT.index('"We won') + 1, True),  # up to the opening mark
        (LOOKUP_TEXT.index("No quote"), LOOKUP_TEXT.index("here."), False),
        (LOOKUP_TEXT.index("runs on"), LOOKUP_TEXT.index("runs on") + 4, True),  # inside a quote
        (LOOKUP_TEXT.index("Cy said"), len(LOOKUP_TEXT), False),
    ],
)
def test_quote_over(start: int, end: int, over: bool) -> None:
    assert document(LOOKUP_TEXT).quote_over(start, end) is over


def test_quote_over_paragraph() -> None:
    doc = document(LOOKUP_TEXT)
    assert [doc.quote_over_paragraph(i) for i in range(5)] == [True, False, True, True, False]


def test_next_quote() -> None:
    doc = document(LOOKUP_TEXT)
    after = [doc.next_quote(pos) for pos in (0, LOOKUP_TEXT.index("Bo"), LOOKUP_TEXT.index("No quote"))]
    assert [LOOKUP_TEXT[slice(*q.spans[0])] if q else None for q in after] == [
        "We won.",
        "Go",
        "A quote that runs on",
    ]
    assert doc.next_quote(LOOKUP_TEXT.index("Cy said")) is None


@pytest.mark.parametrize(
    "text",
    [
        LOOKUP_TEXT,
        '"Hi," said Ada. Bo: "Go." "Stop," he said, "now."\n"Yes."\n\nAnd "no" and "maybe."',
        "Nothing is quoted here. Not a word.",
    ],
)
def test_quote_lookups_agree_with_asking_every_quote(text: str) -> None:
    doc = document(text)
    points = range(len(text) + 1)
    for pos in points:
        assert doc.next_quote(pos) == next((q for q in doc.quotes if q.outer[0][0] >= pos), None)
        for end in range(pos, len(text) + 1, 7):
            assert doc.quotes_within(pos, end) == [
                q for q in doc.quotes if pos <= q.outer[0][0] and q.outer[-1][1] <= end
            ]
            assert doc.quote_over(pos, end) == any(q.outer[0][0] < end and q.end > pos for q in doc.quotes)
    for index in range(len(doc.paragraphs) + 1):
        over = any(q.paragraph <= index <= q.last_paragraph for q in doc.quotes)
        assert doc.quote_over_paragraph(index) is over


def test_matches_are_the_sentences_own() -> None:
    text = "According to Ada, it rained. It was dry, according to Bo."
    doc = document(text)
    pattern = re.compile(r"according to\s+", re.I)
    found = [[text[m.end() : m.end() + 2] for m in doc.matches(pattern, s)] for s in doc.sentences]
    assert found == [["Ad"], ["Bo"]]
    assert doc.matches(pattern, doc.sentences[0]) is doc.matches(pattern, doc.sentences[0])  # searched once
