"""Table-driven tests of quote finding from quotation marks (quotes.extract.marks.find_quotes).

Every sentence here is invented for the test. Expected values are the quoted
words as written, marks excluded, one string per paragraph span.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.marks import STYLES, find_quotes, house_marks, split_turns, styles
from tests.extract.helpers import who_said_what

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
        # a quote continues only into a paragraph reopened with its own kind of mark: a
        # paragraph of an excerpt opened with a straight mark never runs into the next
        # paragraph's curly quote (issue 9), nor a curly one into a straight one
        (
            'The memo read:\n\n"Ben walked onto the stage.\n\n“That’s right,” Ann Lee said.',
            [["Ben walked onto the stage."], ["That’s right,"]],
        ),
        (
            'The memo read:\n\n“Ben walked onto the stage.\n\n"That is right," Ann Lee said.',
            [["Ben walked onto the stage."], ["That is right,"]],
        ),
        (
            'The memo read:\n\n"Ben waved.\n\n"Kim sat down.\n\n“We love you,” she said. “We do.”',
            [["Ben waved.", "Kim sat down."], ["We love you,"], ["We do."]],
        ),
        # a straight mark after a space inside straight marks opens a quote within the quote;
        # one right after a comma closes the quote (its writer left out the space)
        (
            'Ann Lee said: "He told me "no" twice," she said. "Twice."',
            [['He told me "no" twice,'], ["Twice."]],
        ),
        (
            'Ann Lee wrote: "Voters told us "Save the mill!" at every door."',
            [['Voters told us "Save the mill!" at every door.']],
        ),
        (
            '"We will not back down,"Ann Lee said in a statement. "Not now."',
            [["We will not back down,"], ["Not now."]],
        ),
        # ... only when a close for it and then one for the outer quote follow in the
        # paragraph; with the outer close missing, the quote ends before the mark, which
        # opens the next one (after a sentence's end: issue 9, as for curly marks), so the
        # attribution is not swallowed into it
        ('"We are done. "It is over," he said.', [["We are done."], ["It is over,"]]),
        ('"We are done. "It is over," he said. "Yes."', [["We are done."], ["It is over,"], ["Yes."]]),
        ('"We are done and "it is over," he said.', [["We are done and "]]),
        ('Ann Lee said: "Vote "yes" and "no" today," she said.', [['Vote "yes" and "no" today,']]),
        # a curly quote closed by a single mark after a stop ends there, not at the paragraph
        # end; a single quote nested in it, a plural's apostrophe, and a later quote's own
        # close change nothing
        (
            "Ann Lee tweeted: “Let’s go. The voters’ mood is grim.’ Ann Lee was in “Trainwreck.”",
            [["Let’s go. The voters’ mood is grim."], ["Trainwreck."]],
        ),
        ("“He told me ‘get out.’ Then he left.”", [["He told me ‘get out.’ Then he left."]]),
        # ... with a no-break space after it too (issue 9)
        (
            "Ann Lee tweeted: “Let’s go.’\u00a0Ann Lee was in “Trainwreck.”",
            [["Let’s go."], ["Trainwreck."]],
        ),
        # a straight mark wrapping a copied paragraph that opens with a curly quote: the curly
        # quote is the quote, and the narration after it stays out
        (
            'Ada Lee spoke on Monday.\n\n"“We won,” Ada Lee said before adding that the count goes on."',
            [["We won,"]],
        ),
        # but a straight-quoted quote that only starts with a curly one, its straight close
        # before the attribution or its curly quote a term and not a quote with narration
        # after it, is one quote, the curly one nested in it
        (
            '"“Fake news” is what he called it," Ada Lee said.',
            [["“Fake news” is what he called it,"]],
        ),
        (
            'Ada Lee said: "“Fake news,” he called it," and left.',
            [["“Fake news,” he called it,"]],
        ),
        (
            'Ada Lee spoke on Monday.\n\n"“Fake news” is what he called it."',
            [["“Fake news” is what he called it."]],
        ),
        (
            '"“We won,” Ada said before adding that the count goes on," Kim Bell wrote.',
            [["“We won,” Ada said before adding that the count goes on,"]],
        ),
        # a wrapping straight mark with no close of its own, around a curly quote that ends the
        # paragraph or has narration after it, is a stray: the curly quote is the quote
        (
            'Ada Lee spoke on Monday.\n\n"“If I were a donor, I’d want answers.”',
            [["If I were a donor, I’d want answers."]],
        ),
        (
            'Ada Lee spoke on Monday.\n\n"“We won,” Ada Lee said before adding that the count goes on.',
            [["We won,"]],
        ),
        # issue 9: a curly opening mark after a sentence's end inside a curly quote, with too
        # few closes left in the paragraph for both, opens the next quote: the writer left the
        # first one unclosed (it ends before the mark), so the attribution after the second
        # and the next paragraph's quote stay out of it
        (
            "Ann Lee said Bo Holm met her “and said it was nice. I froze. “And she said, ‘You know,’” "
            "Ann Lee said.\n\n“She took my hand,” Ann Lee said.",
            [["and said it was nice. I froze."], ["And she said, ‘You know,’"], ["She took my hand,"]],
        ),
        ("“They see that. “", [["They see that."]]),
        # ... with closes for both it nests, and a curly mark not after a stop nests as before
        ("“He said: “No.” Then he left,” Ann Lee said.", [["He said: “No.” Then he left,"]]),
        ("“The sign read “closed” all week,” Ann Lee said.", [["The sign read “closed” all week,"]]),
        ("Ann Lee said the sign read “closed “all week.", [["closed “all week."]]),
        # issue 9: a height's inch mark inside a quote is no close ('6’2”', "5'11\"")
        ("“He is like 6’2”, and I am not,” Ann Lee said.", [["He is like 6’2”, and I am not,"]]),
        (
            '"At 5\'11" he was the shortest," Ann Lee said. "Fine."',
            [["At 5'11\" he was the shortest,"], ["Fine."]],
        ),
        ("“He is 6’2”,” Ann Lee said.", [["He is 6’2”,"]]),
        ("“He is 6′2” and fast,” Ann Lee said.", [["He is 6′2” and fast,"]]),
        # ... but when it is the only close the open quote has, it is the close too
        ("Reed said: “He is 6’2”. Smith said: “He is not.”", [["He is 6’2"], ["He is not."]]),
        (
            'Police said the suspect is "about 5\'10". Ann Lee, a neighbour, said: "I saw him."',
            [["about 5'10"], ["I saw him."]],
        ),
        ('"We won 3\'2" said Ann Lee.', [["We won 3'2"]]),
        # ... and it closes a quote within a quote when the paragraph holds no other close for it
        (
            "“He is tall. “He is 6’2” and fast,” Ann Lee said.\n\n“Go Leafs,” said Tom Reed.",
            [["He is tall. “He is 6’2” and fast,"], ["Go Leafs,"]],
        ),
        (
            '"He is tall. "He is 6\'2" and fast," Ann Lee said.\n\n"Go Leafs," said Tom Reed.',
            [['He is tall. "He is 6\'2" and fast,'], ["Go Leafs,"]],
        ),
        # issue 9: a quote left open at its paragraph's end that the next paragraph continues
        # keeps a quote within it, with its attribution and more of its own words after it
        (
            "“I called my brother. “Are you safe?” Tom asked. I said yes.\n\n"
            "“Then the lines went dead,” Maria Ortiz said.",
            [["I called my brother. “Are you safe?” Tom asked. I said yes.", "Then the lines went dead,"]],
        ),
        (
            '"I called my brother. "Are you safe?" Tom asked. I said yes.\n\n'
            '"Then the lines went dead," Maria Ortiz said.',
            [['I called my brother. "Are you safe?" Tom asked. I said yes.', "Then the lines went dead,"]],
        ),
        (
            "“We drove all night,” Ann Lee said. “It was dark.\n\n“Then my phone rang. “Where are you?” "
            "Tom asked. I told him.\n\n“He hung up,” she said.",
            [
                ["We drove all night,"],
                [
                    "It was dark.",
                    "Then my phone rang. “Where are you?” Tom asked. I told him.",
                    "He hung up,",
                ],
            ],
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
        # issue 9: a quote within a quote that runs on into the next paragraph keeps the whole
        # quote's speaker, not the inner quote's
        (
            "“I called my brother. “Are you safe?” Tom asked. I said yes.\n\n"
            "“Then the lines went dead,” Maria Ortiz said.",
            [
                (
                    "I called my brother. “Are you safe?” Tom asked. I said yes.\nThen the lines went dead,",
                    "Maria Ortiz",
                )
            ],
        ),
        (
            "“The night was cold. “Get in the truck,” Sgt. Paul Grant ordered. We did.\n\n"
            "“Nobody argued,” said Ann Lee, a survivor.",
            [
                (
                    "The night was cold. “Get in the truck,” Sgt. Paul Grant ordered. We did.\n"
                    "Nobody argued,",
                    "Ann Lee",
                )
            ],
        ),
        (
            '"I called my brother. "Are you safe?" Tom asked. I said yes.\n\n'
            '"Then the lines went dead," Maria Ortiz said.',
            [
                (
                    'I called my brother. "Are you safe?" Tom asked. I said yes.\nThen the lines went dead,',
                    "Maria Ortiz",
                )
            ],
        ),
        # ... but a paragraph that ends on the inner quote's attribution ends the quote before
        # it, and that attribution is the inner quote's alone (the cut one keeps only an
        # attribution before it)
        (
            '"We are done. "It is over," Tom Reed said.\n\n"More," Ann Lee said.',
            [("We are done.", None), ("It is over,", "Tom Reed"), ("More,", "Ann Lee")],
        ),
        (
            "“I waited… “Are you there?” Tom asked, Ann Lee recalled.",
            [("I waited…", None), ("Are you there?", "Tom")],
        ),
        ("“No! “Yes,” Tom said, and Ann Lee laughed.", [("No!", None), ("Yes,", "Tom")]),
        ('"No! "Yes," Tom said, and Ann Lee laughed.', [("No!", None), ("Yes,", "Tom")]),
        (
            "Ann Lee said Bo Holm met her “and said it was nice. I froze. “And she said, ‘You know,’” "
            "Tom Reed said.",
            [("and said it was nice. I froze.", "Ann Lee"), ("And she said, ‘You know,’", "Tom Reed")],
        ),
        ("Ann Lee said: “We waited. “Go,” Tom said.", [("We waited.", "Ann Lee"), ("Go,", "Tom")]),
        # a height's inch mark that is the quote's only close ends it, before the next speaker
        (
            "Reed said: “He is 6’2”. Smith said: “He is not.”",
            [("He is 6’2", "Reed"), ("He is not.", "Smith")],
        ),
        (
            'Police said the suspect is "about 5\'10". Ann Lee, a neighbour, said: "I saw him."',
            [("about 5'10", "Police"), ("I saw him.", "Ann Lee")],
        ),
        (
            "Police described the man as “about 5’10”. Anyone with information should call Crime "
            "Stoppers, Const. Ann Lee said. “We need help,” she said.",
            [("about 5’10", "Police"), ("We need help,", "Ann Lee")],
        ),
        ('"We won 3\'2" said Ann Lee.', [("We won 3'2", "Ann Lee")]),
        (
            "“He is tall. “He is 6’2” and fast,” Ann Lee said.\n\n“Go Leafs,” said Tom Reed.",
            [("He is tall. “He is 6’2” and fast,", "Ann Lee"), ("Go Leafs,", "Tom Reed")],
        ),
    ],
)
def test_speakers_of_quotes_within_quotes_and_heights(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


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
        # a short item whose one quote is in singles, no double mark anywhere (a newcomer's
        # trial, 2026-12-01: it found nothing)
        (
            "Union votes to strike\n\n‘We have been left with no choice,’ said Mick Lynn.",
            [["We have been left with no choice,"]],
        ),
        ("‘It’s over,’ said Ann Vale's lawyer, Tom Berg.", [["It’s over,"]]),
        # ... but not a word in singles, nor a title without its sentence's punctuation
        ("Fans of rock ‘n’ roll met in Leeds on Sunday.", []),
        ("He called it his ‘best year yet’ in an interview.", []),
        ("Tom Berg starred in ‘The Long Road Home’ last year.", []),
        ("Tom Weller read ‘War and Peace,’ then slept.", []),
        ("The crowd sang ‘O Canada, our home!’ before the game, said Ann Holm.", []),
        ("Tom Weller told Ann Holm: ‘You are fired.’", [["You are fired."]]),
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
        # a wrapping straight mark with no words in the curly quote after it
        'The text ends on marks: "“"',
        'The text ends on marks: "“ ”"',
        # inch marks, then a lone mark of the other kind opening a paragraph
        "The guard stands 6'1\" and weighs 190.\n\n“",
        # ... in curly marks and primes too
        "The guard stands 6’1” and weighs 190; the centre is 6′11”.",
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
        ('Kim Bell wrote: "The sign read "closed" all week."', ["closed"]),
        ('"“Fake news” is what he called it," Kim Bell said.', ["Fake news"]),
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


def test_an_excerpts_narration_is_not_the_next_speakers_quote() -> None:
    # issue 9: an excerpt's paragraph opened by a straight mark and never closed stays
    # apart from the curly quote after it, so the narration is not Ann Lee's
    text = 'The memo read:\n\n"Ben walked onto the stage.\n\n“That’s right,” Ann Lee said.'
    first, second = extract_quotes(text)
    assert (first.text, first.speaker) == ("Ben walked onto the stage.", None)
    assert (second.text, second.speaker) == ("That’s right,", "Ann Lee")


def test_a_quote_opening_with_a_nested_curly_quote_is_whole() -> None:
    # a straight mark before a curly one wraps a copied paragraph only when its close ends
    # the paragraph; closed before the attribution, it opens the quote, the curly one nested
    text = '"“Fake news” is what he called it," Ada Lee said.'
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.speaker) == ("“Fake news” is what he called it,", "Ada Lee")


def test_a_lone_straight_mark_does_not_swallow_the_attribution() -> None:
    # a straight mark after a space opens no quote within the quote when nothing is left
    # to close the outer one: the quote ends before it, and "he said" stays narration; after
    # a sentence's end the mark opens the next quote (issue 9), the one "he said" attributes
    text = 'Ann Lee told reporters: "We are done. "It is over," he said.'
    first, second = extract_quotes(text)
    assert (first.text, first.speaker) == ("We are done.", "Ann Lee")
    assert second.text == "It is over,"
    text = 'Ann Lee told reporters: "We are done and "it is over," he said.'
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.speaker) == ("We are done and ", "Ann Lee")


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # British house style: single marks
        (
            "Judge Ann Pryce said the firm showed ‘a cynical disregard’. ‘It was warned,’ she told us.",
            [("a cynical disregard", "Ann Pryce"), ("It was warned,", "Ann Pryce")],
        ),
        # straight singles in an article with no double mark
        (
            "'It was warned,' Judge Ann Pryce said. 'It did nothing.'",
            [("It was warned,", "Ann Pryce"), ("It did nothing.", "Ann Pryce")],
        ),
        # two curly singles closing a double-marked quote
        (
            "“It was warned,’’ Judge Ann Pryce said. “It did nothing.”",
            [("It was warned,", "Ann Pryce"), ("It did nothing.", "Ann Pryce")],
        ),
    ],
)
def test_speakers_in_house_styles(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Quotes in British single marks get their speakers as double-marked ones do."""
    assert who_said_what(text) == expected


# Issue 8: quotation marks in every common style. Each style is read only when the
# article's marks say so; the expected values are the quoted words, marks excluded.
@pytest.mark.parametrize(
    "text, expected",
    [
        # two apostrophes for each double mark (archive copies of the New York Times)
        ("''Not now,'' he said.", [["Not now,"]]),
        (
            "''Not now,'' Ana Ruiz said. ''We wait for the audit.''",
            [["Not now,"], ["We wait for the audit."]],
        ),
        (
            "The plan is ''taking a close look'' at loopholes, and the ''Buffett rule'' stays.",
            [["taking a close look"], ["Buffett rule"]],
        ),
        (
            "Ann Lee said ''it is just a tax increase'' for the rich. ''Yes.''",
            [["it is just a tax increase"], ["Yes."]],
        ),
        # a quote continued over paragraphs, each reopened with two apostrophes
        (
            "Ana Ruiz said: ''The first count is dismissed.\n\n''The second goes to trial.''\n\nNo more.",
            [["The first count is dismissed.", "The second goes to trial."]],
        ),
        # three apostrophes: a single mark inside the double one, closed or opened together
        (
            "''He told me, 'We are done,''' Ann Lee said. ''Fine.''",
            [["He told me, 'We are done,'"], ["Fine."]],
        ),
        (
            "Ann Lee recalled: '''Sir,' he said, 'sit down.''' ''Fine.''",
            [["'Sir,' he said, 'sit down.'"], ["Fine."]],
        ),
        # apostrophes stay apostrophes in that style
        (
            "''Rock 'n' roll won't die in the '90s,'' Ann Lee said. ''It's o'clock.''",
            [["Rock 'n' roll won't die in the '90s,"], ["It's o'clock."]],
        ),
        # Penn Treebank and LaTeX: `` opens, '' closes (with or without spaces)
        ("``Not now,'' he said.", [["Not now,"]]),
        ("`` Not now , '' he said . `` We wait . ''", [["Not now ,"], ["We wait ."]]),
        ("``He said `never' twice,'' Ann Lee said.", [["He said `never' twice,"]]),
        # guillemets: « » (French spacing or none) and » « (German, Danish)
        ("« Pas maintenant », a-t-il dit.", [["Pas maintenant"]]),
        (
            "«\u00a0Pas maintenant\u00a0», a-t-il dit. «\u202fDemain.\u202f»",
            [["Pas maintenant"], ["Demain."]],
        ),
        (
            "«\u2009Pas maintenant\u2007», a-t-il dit. «\u2007Demain.\u2009»",
            [["Pas maintenant"], ["Demain."]],
        ),
        ("Er sagte «Nicht jetzt» und ging.", [["Nicht jetzt"]]),
        ("»Nicht jetzt«, sagte er. »Morgen.«", [["Nicht jetzt"], ["Morgen."]]),
        ("« Il a dit ‹ jamais › hier », dit-elle.", [["Il a dit ‹ jamais › hier"]]),
        ("« C'est l'été », dit-elle. « Aujourd'hui. »", [["C'est l'été"], ["Aujourd'hui."]]),
        # low-nine marks: „ “ (German) and „ ” (Polish, Hungarian, Romanian)
        ("„Nicht jetzt“, sagte er.", [["Nicht jetzt"]]),
        ("Er sagte: „Nicht jetzt.“ Dann: „Morgen.“", [["Nicht jetzt."], ["Morgen."]]),
        ("Powiedział: „Nie teraz”. Potem: „Jutro”.", [["Nie teraz"], ["Jutro"]]),
        ("„Ein ‚kleines‘ Problem“, sagte sie.", [["Ein ‚kleines‘ Problem"]]),
        # two curly singles for a double mark, and a stray '' closing a quote in wire copy
        ("“Not now,’’ Ana Ruiz said. “Later.”", [["Not now,"], ["Later."]]),
        ("‘‘Not now,’’ Ana Ruiz said.", [["Not now,"]]),
        ("“Not now,'' Ana Ruiz said. “Later.”", [["Not now,"], ["Later."]]),
        ('"Not now,\'\' Ana Ruiz said. "Later."', [["Not now,"], ["Later."]]),
        ("“She told me ‘never’’’ Ana Ruiz said.", [["She told me ‘never’"]]),
        ("A “temporary’’ bridge, Ana Ruiz said.", [["temporary"]]),
        # British style typed in straight singles, in an article with no double mark
        (
            "'We don't know,' Ana Ruiz said. 'The Joneses' dog knows.'\n\nShe called it 'a mess'.",
            [["We don't know,"], ["The Joneses' dog knows."], ["a mess"]],
        ),
    ],
)
def test_mark_styles(text: str, expected: list[list[str]]) -> None:
    assert spans_text(text) == expected


@pytest.mark.parametrize(
    "text, expected_nested",
    [
        ("''The sign read 'closed' all week,'' she said.", ["closed"]),
        ("``The sign read `closed' all week,'' she said.", ["closed"]),
        ("« Le panneau disait “fermé” », dit-elle.", ["fermé"]),
        ("« Il a dit ‹ jamais › hier », dit-elle.", ["jamais"]),
        ("„Ein ‚kleines‘ Problem“, sagte sie.", ["kleines"]),
    ],
)
def test_mark_styles_nest(text: str, expected_nested: list[str]) -> None:
    (found,) = find_quotes(text)
    assert [text[s:e] for s, e in found.nested] == expected_nested


@pytest.mark.parametrize(
    "text, outer",
    [
        ("''Not now,'' he said.", "''Not now,''"),
        ("``Not now,'' he said.", "``Not now,''"),
        ("« Pas maintenant », a-t-il dit.", "« Pas maintenant »"),
        ("»Nicht jetzt«, sagte er.", "»Nicht jetzt«"),
        ("„Nicht jetzt“, sagte er.", "„Nicht jetzt“"),
    ],
)
def test_mark_styles_outer_spans_hold_the_whole_marks(text: str, outer: str) -> None:
    (found,) = find_quotes(text)
    ((s, e),) = found.outer
    assert text[s:e] == outer


@pytest.mark.parametrize(
    "text, names",
    [
        ("“Not now,” he said.", ("curly",)),
        ('"Not now," he said.', ("straight",)),
        ("‘Not now,’ he said. ‘Later,’ she said.", ("curly", "british")),
        ("''Not now,'' he said.", ("straight", "doubled-apostrophes")),
        ("``Not now,'' he said.", ("curly", "latex")),
        ("« Pas maintenant », a-t-il dit.", ("curly", "guillemets")),
        ("»Nicht jetzt«, sagte er.", ("curly", "guillemets-reversed")),
        ("„Nicht jetzt“, sagte er.", ("curly", "low-nine")),
        # one stray '' among ordinary double marks changes nothing
        ('"Not now," he said of the \'\' key. "Later."', ("straight",)),
        ("“Not now,’’ he said.", ("curly", "doubled-singles")),
        ("“Not now,'' he said.", ("curly", "doubled-singles")),
        ("'Not now,' he said. 'Later.'", ("curly", "british", "straight-singles")),
        # straight singles in an article with double marks are nested quotes or apostrophes
        ("\"Not now,\" he said. 'Later,' she said. 'Fine.'", ("straight",)),
    ],
)
def test_styles(text: str, names: tuple[str, ...]) -> None:
    assert styles(text) == names
    assert {s.name for s in STYLES} >= set(names)


@pytest.mark.parametrize(
    "text",
    [
        # apostrophes that are only apostrophes: possessives, elisions, decades, o'clock
        "The Joneses' dog and Peskov's cat met at 5 o'clock.",
        "Rock 'n' roll was born in the '50s and lasted 'til the '90s.",
        "Rock ‘n’ roll was born in the ’50s and lasted ’til the ’90s.",
        "The fo'c'sle crew said y'all'd've liked it, ma'am.",
        # two apostrophes side by side inside words (typos) are not a doubled mark
        "The mayor''s office and the council''s clerk agreed.",
        "It''s rock 'n' roll, o''clock and the '90s, y''all.",
        # apostrophes next to each other around words, but no quote in any style
        "The players' 'n' fans' club.",
        "The bosses'' dinner and the ''70s show.",
        "The voters’’ mood and the ‘‘90s show.",
        "He is 5'11'' and she is 5’4’’ tall.",
        # straight singles: one quote is not enough to read an article in them
        "'Not now,' Ana Ruiz said of the rock 'n' roll band from the '90s.",
        "Rock 'n' roll, 'til the '90s, and the players' 'n' fans' club 'n' all.",
        # a lone mark of each style, with no words after it
        "The text ends on a mark: ''",
        "The text ends on a mark: ``",
        "The text ends on a mark: «",
        "The text ends on a mark: „",
    ],
)
def test_apostrophes_alone_find_no_quote(text: str) -> None:
    assert list(find_quotes(text)) == []
    assert extract_quotes(text) == []


def test_ordinary_text_is_read_as_it_is() -> None:
    text = "Ann Lee said \"never\" and Bo's '90s band played. ‘Fine,’ she said."
    assert house_marks(text) == (text, frozenset())


def test_doubled_apostrophe_quotes_have_their_speakers() -> None:
    text = "''Not now,'' said Ann Lee, the mayor. ''We wait for the audit,'' she added."
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Not now,", "Ann Lee"),
        ("We wait for the audit,", "Ann Lee"),
    ]
