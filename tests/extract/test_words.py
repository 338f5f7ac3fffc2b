"""Tests of quotes.extract.words: the tokenizer the rules read the reporter's words with,
and the small tests on a word."""

from __future__ import annotations

import pytest

from quotes.extract.words import Word, describes_name, read_words, role_head, title_before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ada said.", ["Ada", "said"]),
        # an abbreviation keeps its dot; a word that ends a sentence does not
        ("Sen. Holm said.", ["Sen.", "Holm", "said"]),
        ("Mr. Holm spoke", ["Mr.", "Holm", "spoke"]),
        ("Trump's aide, O'Neill-Smith", ["Trump's", "aide", "O'Neill-Smith"]),
        # nothing but punctuation and spaces: no words
        (" -- , ; ", []),
    ],
)
def test_read_words(text: str, words: list[str]) -> None:
    found = read_words(text, 0, len(text))
    assert [w.text for w in found] == words
    assert all(isinstance(w, Word) and text[w.start : w.end] == w.text for w in found)


def test_read_words_within_bounds() -> None:
    text = "Ada said it. Bo left."
    assert [w.text for w in read_words(text, 4, 11)] == ["said", "it"]


@pytest.mark.parametrize(
    ("word", "head"),
    [("Spokeswoman", "spokesman"), ("Sen.", "senator"), ("officials", "official"), ("the", "the")],
)
def test_role_head(word: str, head: str) -> None:
    assert role_head(word) == head


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["Kremlin", "spokesman"], "Kremlin spokesman"),
        (["Secretary", "of", "State"], "Secretary of State"),
        (["Mr."], None),  # an honorific is no title
        (["denounced", "what", "Australian", "Prime", "Minister"], "Australian Prime Minister"),
        (["the", "big", "house"], None),  # no role: no title
    ],
)
def test_title_before(words: list[str], title: str | None) -> None:
    assert title_before(words) == title


@pytest.mark.parametrize(
    ("word", "appositive", "describes"),
    [
        ("the", False, True),  # "Peskov, the Kremlin spokesman,"
        ("25", False, True),  # "Quina Jones, 25,"
        ("25", True, False),  # an age is no title
        ("Pyongyang's", False, True),
        ("Sanders'", False, True),  # issue 9: "Tad Devine, Sanders' senior adviser,"
        ("Sanders’", False, True),
        ("speaking", False, True),  # "Lacasse-Morel, speaking by telephone,"
        ("however", False, False),
        ("Paris", False, False),
    ],
)
def test_describes_name(word: str, appositive: bool, describes: bool) -> None:
    assert describes_name(word, appositive=appositive) is describes
