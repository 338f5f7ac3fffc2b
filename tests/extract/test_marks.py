"""Table-driven tests of quote finding from quotation marks (quotes.extract.marks.find_quotes).

Every sentence here is invented for the test. Expected values are the quoted
words as written, marks excluded, one string per paragraph span.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.marks import find_quotes, split_turns

DOUBLE_MARKS = '"“”'


def spans_text(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in f.spans] for f in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight double quotes
        ('The mayor said "the bridge is safe" on Monday.', [["the bridge is safe"]]),
        ('Ana Ruiz said: "We will rebuild the school."', [["We will rebuild the school."]]),
        ('"Start of the text," she said.', [["Start of the text,"]]),
        ('Critics said "too little" and "too late."', [["too little"], ["too late."]]),
        # curly double quotes
        ("The mayor said “the bridge is safe” on Monday.", [["the bridge is safe"]]),
        ("“We will rebuild,” she said, “and soon.”", [["We will rebuild,"], ["and soon."]]),
        # curly apostrophe inside curly quotes
        ("He said: “It’s over.”", [["It’s over."]]),
        # punctuation and digits next to the marks
        ('The audit said "costs rose 7%" in 2022.', [["costs rose 7%"]]),
        ('A 6\'1" guard shouted "go!" twice.', [["go!"]]),
        # apostrophes inside a quote are not nested quotes
        (
            "Kim Bell wrote: \"I don't think Peskov's reading of the '90s is fair.\"",
            [["I don't think Peskov's reading of the '90s is fair."]],
        ),
        ('Kim Bell wrote: "The voters\' verdict is final."', [["The voters' verdict is final."]]),
        # nested single quotes stay inside the outer quote
        (
            "Kim Bell wrote: \"The word 'never' is not in my vocabulary.\"",
            [["The word 'never' is not in my vocabulary."]],
        ),
        (
            "Kim Bell wrote: “The word ‘never’ is not in my vocabulary.”",
            [["The word ‘never’ is not in my vocabulary."]],
        ),
        # a quote continued over paragraphs: one quote, one span per paragraph
        (
            'Judge Ruth Amos said: "The first count is dismissed.\n'
            '"The second count goes to trial.\n'
            '"The jury meets in March."\n'
            "The court then adjourned.",
            [
                [
                    "The first count is dismissed.",
                    "The second count goes to trial.",
                    "The jury meets in March.",
                ]
            ],
        ),
        (
            "Judge Ruth Amos said: “The first count is dismissed.\n\n"
            "“The second count goes to trial.”\n\nNo more.",
            [["The first count is dismissed.", "The second count goes to trial."]],
        ),
        # an unbalanced mark closes at the paragraph end and does not swallow the next paragraph
        (
            'Judge Ruth Amos said: "The first count is dismissed.\nThe court then adjourned.',
            [["The first count is dismissed."]],
        ),
        (
            'Judge Ruth Amos said: "The first count is dismissed.\nReporters called it "a surprise" later.',
            [["The first count is dismissed."], ["a surprise"]],
        ),
        (
            'He said "maybe.\n\nThe hearing resumed at noon.',
            [["maybe."]],
        ),
        # an author's "Follow X on Twitter" line ends a block quote and is no quote itself
        (
            '"We will win.\n\n"We will win again.\n\n"Follow Ann Lee on Twitter @annlee."',
            [["We will win.", "We will win again."]],
        ),
        ('"Follow us on Twitter," she said.', [["Follow us on Twitter,"]]),
    ],
)
def test_find_quotes(text: str, expected: list[list[str]]) -> None:
    assert spans_text(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # British house style: single marks quote, double marks nest inside
        (
            "Judge Ann Pryce said it showed ‘a cynical disregard’. ‘We did not stumble,’ she said. "
            "‘It was warned.’",
            [["a cynical disregard"], ["We did not stumble,"], ["It was warned."]],
        ),
        # a plural's apostrophe inside the quote is no close while a surer one follows
        (
            "‘The voters’ mood is grim,’ he said. They called them ‘thugs’ and left. ‘We go,’ she said.",
            [["The voters’ mood is grim,"], ["thugs"], ["We go,"]],
        ),
        # a quote over two paragraphs, reopened with a single mark
        (
            "‘We will fight.\n\n‘And we will win,’ she said. ‘Yes.’",
            [["We will fight.", "And we will win,"], ["Yes."]],
        ),
        # singles nested in a double-quoted article stay nested
        (
            '"He said ‘never’ twice," Ann Lee said. "And ‘no’ once." ‘Maybe’ was all.',
            [["He said ‘never’ twice,"], ["And ‘no’ once."]],
        ),
    ],
)
def test_single_mark_house_style(text: str, expected: list[list[str]]) -> None:
    assert spans_text(text) == expected


def test_double_marks_nest_in_single_style() -> None:
    text = "‘He told me “never again”,’ she said. ‘Yes.’"
    first = next(find_quotes(text))
    assert [text[s:e] for s, e in first.nested] == ["never again"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "No quotation marks appear in this sentence.",
        # apostrophes alone are never quotes
        "The voters' mood and Peskov's remarks don't matter in the '90s.",
        "Rock ’n’ roll never left the ’80s, the critics’ poll says.",
        "It's the team's best season since the '70s, fans' groups say.",
        # a mark with no words after it
        'The text ends on a mark.\n\n"',
        "The text ends on a mark: “",
        '"Follow Ann Lee on Twitter @annlee."',
    ],
)
def test_no_quotes(text: str) -> None:
    assert list(find_quotes(text)) == []
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text, expected_nested",
    [
        ("Kim Bell wrote: \"The word 'never' is not in my vocabulary.\"", ["never"]),
        ("Kim Bell wrote: “The word ‘never’ is not in my vocabulary.”", ["never"]),
        ("Kim Bell wrote: \"I don't think Peskov's reading of the '90s is fair.\"", []),
        ('Kim Bell wrote: "The voters\' verdict is final."', []),
        ("Kim Bell wrote: \"He said 'no' and then 'yes.'\"", ["no", "yes."]),
        ("Kim Bell wrote: “The sign read “closed” all week.”", ["closed"]),
    ],
)
def test_nested(text: str, expected_nested: list[str]) -> None:
    (found,) = find_quotes(text)
    assert [text[s:e] for s, e in found.nested] == expected_nested


@pytest.mark.parametrize(
    "text, expected",
    [
        # (paragraph, last_paragraph, closed) per quote
        ('Ana Ruiz said: "We will rebuild the school."', [(0, 0, True)]),
        ('Intro line.\nAna Ruiz said: "One.\n"Two.\n"Three."\nOutro.', [(1, 3, True)]),
        ('Intro line.\n\nAna Ruiz said: "One.\n\n"Two."\n\nOutro.', [(1, 2, True)]),
        ('Ana Ruiz said: "One.\nOutro with "two" inside.', [(0, 0, False), (1, 1, True)]),
        ('Ana Ruiz said: "One.', [(0, 0, False)]),
    ],
)
def test_paragraphs_and_closing(text: str, expected: list[tuple[int, int, bool]]) -> None:
    assert [(f.paragraph, f.last_paragraph, f.closed) for f in find_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz said: "We will rebuild the school."',
        "“We will rebuild,” she said, “and soon.”",
        'Judge Ruth Amos said: "The first count is dismissed.\n"The second count goes to trial."',
        "Kim Bell wrote: \"The word 'never' is not in my vocabulary.\"",
        '"Start of the text," she said.',
    ],
)
def test_offsets_exclude_marks(text: str) -> None:
    found = list(find_quotes(text))
    assert found
    for f in found:
        last = len(f.spans) - 1
        for k, ((s, e), (os_, oe)) in enumerate(zip(f.spans, f.outer, strict=True)):
            assert text[s - 1] in DOUBLE_MARKS  # the opening mark is just before the words
            assert text[s] not in DOUBLE_MARKS and text[e - 1] not in DOUBLE_MARKS
            if k == last and f.closed:
                assert text[e] in DOUBLE_MARKS  # the closing mark just after
                assert (os_, oe) == (s - 1, e + 1)
            else:
                assert text[e] == "\n"  # a paragraph left open ends at its line end
                assert (os_, oe) == (s - 1, e)
        assert (f.start, f.end) == (f.spans[0][0], f.spans[-1][1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ana Ruiz said: "We will rebuild the school."', "We will rebuild the school."),
        ("Ana Ruiz said: “We will rebuild the school.”", "We will rebuild the school."),
        ('"Start of the text," Ana Ruiz said.', "Start of the text,"),
    ],
)
def test_extracted_quote_offsets(text: str, expected: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.text == expected
    assert text[quote.start : quote.end] == expected
    assert quote.spans == ((quote.start, quote.end),)


def test_continued_quote_is_one_extracted_quote() -> None:
    text = (
        "Judge Ruth Amos spoke after the verdict.\n"
        'Amos said: "The first count is dismissed.\n'
        '"The second count goes to trial.\n'
        '"The jury meets in March."\n'
        "The court then adjourned."
    )
    (quote,) = extract_quotes(text)
    pieces = ["The first count is dismissed.", "The second count goes to trial.", "The jury meets in March."]
    assert [text[s:e] for s, e in quote.spans] == pieces
    assert quote.text == "\n".join(pieces)
    assert quote.speaker == "Ruth Amos"
    assert quote.paragraph == 1


TRANSCRIPT = (
    'Partial transcript as follows:\n\n"HOST: Will you be there?\n\n'
    '"SEN. ADA HOLM: Yes, I will.\n\n"And I will bring friends.\n\n'
    '"(CROSSTALK.)\n\n"HOST: Thank you."'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transcript quoted as one block: one quote per turn, stage directions apart
        (
            TRANSCRIPT,
            [
                ["HOST: Will you be there?"],
                ["SEN. ADA HOLM: Yes, I will.", "And I will bring friends."],
                ["(CROSSTALK.)"],
                ["HOST: Thank you."],
            ],
        ),
        # a quote continued over paragraphs with no tags stays one quote
        (
            'Gary Platt said: "The strike goes on.\n\n"We have the numbers."',
            [["The strike goes on.", "We have the numbers."]],
        ),
        # a tag in the first paragraph alone cuts nothing
        ('"HOST: Welcome back."', [["HOST: Welcome back."]]),
    ],
)
def test_split_turns(text: str, expected: list[list[str]]) -> None:
    turns = split_turns(text, list(find_quotes(text)))
    assert [[text[s:e] for s, e in f.spans] for f in turns] == expected


def test_transcript_turns_have_their_speakers() -> None:
    text = "Sen. Ada Holm spoke to Fox News Sunday.\n\n" + TRANSCRIPT
    quotes = [(q.text, q.speaker, q.kind) for q in extract_quotes(text)]
    assert quotes == [
        ("Will you be there?", "Host", "full"),
        ("Yes, I will.\nAnd I will bring friends.", "Ada Holm", "full"),
        ("(CROSSTALK.)", None, "term"),
        ("Thank you.", "Host", "full"),
    ]


def test_a_lone_mark_opening_the_last_paragraph_adds_nothing() -> None:
    text = 'Sara Moll said: "We are ready.\n\n"We are able.\n\n"'
    (found,) = find_quotes(text)
    assert [text[s:e] for s, e in found.spans] == ["We are ready.", "We are able."]
    assert (found.paragraph, found.last_paragraph) == (0, 1)


def who_said_what(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # British house style: single marks
        (
            "Judge Ann Pryce said the firm showed ‘a cynical disregard’. ‘It was warned,’ she told us.",
            [("a cynical disregard", "Ann Pryce"), ("It was warned,", "Ann Pryce")],
        ),
    ],
)
def test_speakers_in_house_styles(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Quotes in British single marks get their speakers as double-marked ones do."""
    assert who_said_what(text) == expected
