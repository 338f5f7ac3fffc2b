"""Table-driven tests of Markdown's emphasis marks taken off an article (quotes.markdown)."""

from __future__ import annotations

import pytest

from quotes.markdown import plain


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We were **never** consulted about the _new_ bridge",
            "We were never consulted about the new bridge",
        ),
        ("a *mistake*.", "a mistake."),
        ("***all*** and __both__", "all and both"),
        ("**bold *and* more**", "bold and more"),
        ("un*frigging*believable", "unfriggingbelievable"),  # a star may open inside a word
        ('"*We* will," she said', '"We will," she said'),
        ('*"We will,"* she said', '"We will," she said'),
        ("*across\na line*", "across\na line"),
        ("\\*not\\* emphasis", "*not* emphasis"),  # escaped: plain stars
    ],
)
def test_emphasis_marks_are_taken_off(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "snake_case_name and @some_user_name",  # an underscore inside a word is none
        "http://example.org/a_b_c",
        "2 * 3 * 4",  # a star between spaces
        "* item one\n* item two",  # a list
        "***\n",  # a rule
        "*open\n\nclose*",  # emphasis never spans paragraphs
        "A footnote* here and *there",
        "**a*",  # runs that do not pair
        "# A heading [with a link](http://example.org)",
    ],
)
def test_what_is_no_emphasis_is_kept(text: str) -> None:
    assert plain(text) == text
