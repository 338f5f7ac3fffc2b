"""Tests of quotes.extract.words: the tokenizer the rules read the reporter's words with,
and the small tests on a word."""

from __future__ import annotations

import re

import pytest

from quotes.extract.words import (
    LineWords,
    Word,
    alternation,
    describes_name,
    names_antecedent,
    placed_end,
    placed_verb,
    read_words,
    role_head,
    title_before,
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ada said.", ["Ada", "said"]),
        # an abbreviation keeps its dot; a word that ends a sentence does not
        ("Sen. Holm said.", ["Sen.", "Holm", "said"]),
        ("Mr. Holm spoke", ["Mr.", "Holm", "spoke"]),
        ("Trump's aide, O'Neill-Smith", ["Trump's", "aide", "O'Neill-Smith"]),
        # issue 9: a dotted acronym is one word, its possessive too; an initial is still one
        ("Ada Holm, B.C.’s health officer, said", ["Ada", "Holm", "B.C.’s", "health", "officer", "said"]),
        ("the U.S. Senate and D.C. voters", ["the", "U.S.", "Senate", "and", "D.C.", "voters"]),
        ("Sen. J.D. Vance and John F. Kerry", ["Sen.", "J.D.", "Vance", "and", "John", "F.", "Kerry"]),
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


_LINES = 'Sen. Holm said it.\nMr. O\'Neill-Smith left the U.S. Senate.\n\n  Ada, 52, said: "no."\n'


@pytest.mark.parametrize(
    ("lo", "hi", "words"),
    [
        (
            0,
            len(_LINES),
            "Sen. Holm said it Mr. O'Neill-Smith left the U.S. Senate Ada 52 said no".split(),
        ),
        (5, 14, ["Holm", "said"]),
        (14, 40, ["it", "Mr.", "O'Neill-Smith", "lef"]),  # over a line's end, the last word cut
        (6, 16, ["olm", "said", "i"]),  # starting inside a word, ending inside one: both cut
        (19, 21, ["Mr"]),  # the abbreviation's dot left out of the range
        (61, 61, []),
        (61, 58, []),
        (58, 62, []),  # spaces and an empty line only
        (-3, 4, ["Sen."]),
        (60, 500, ["Ada", "52", "said", "no"]),
    ],
)
def test_line_words_reads_what_read_words_reads(lo: int, hi: int, words: list[str]) -> None:
    """Each line is tokenised once and ranges are cut from its words (issue 9's speed):
    any range gives exactly read_words' words, cut where the range cuts them."""
    lines = LineWords(_LINES)
    lines.read(0, len(_LINES))  # every line read before, so that the range is cut from them
    assert lines.read(lo, hi) == read_words(_LINES, lo, hi)
    assert [w.text for w in lines.read(lo, hi)] == words


def test_line_words_reads_a_line_again_after_it_was_let_go() -> None:
    """A long article's lines are not all kept: a line asked again is read again, the same."""
    text = "\n".join(f"Line {i} said Holm." for i in range(600))
    lines = LineWords(text)
    first = lines.read(0, 30)
    assert [w.text for w in first] == ["Line", "0", "said", "Holm", "Line", "1", "said"]
    for i in range(0, len(text), 20):
        lines.read(i, i + 20)
    assert lines.read(0, 30) == first == read_words(text, 0, 30)


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Spokeswoman", "spokesman"),
        ("Sen.", "senator"),
        ("officials", "official"),
        ("the", "the"),
        # a role shared is the role: "co-founder", "co-chair"
        ("co-founder", "founder"),
        ("Co-Chair", "chairman"),
        ("co-op", "co-op"),  # no role after "co-": the word as it is
        # ... in the plural too: the plural read first, then the role shared
        ("co-founders", "founder"),
        ("Co-Chairs", "chairman"),
        ("co-owners", "owner"),
        ("vice-presidents", "vice-president"),
        ("front-runners", "front-runner"),
        ("co-ops", "co-ops"),
        # a deputy's role is not the role: no "chair" from "vice-chairs"
        ("vice-chairs", "vice-chairs"),
    ],
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
        ("another", False, True),  # "Ivo Brandt (R), another early supporter,"
        ("both", False, True),  # "Tom Berg and Ada Holm, both members of the board,"
        ("however", False, False),
        ("Paris", False, False),
    ],
)
def test_describes_name(word: str, appositive: bool, describes: bool) -> None:
    assert describes_name(word, appositive=appositive) is describes


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # issue 9: a phrase of place or time between a subject and its verb
        (" in his announcement speech called them", "called"),
        (" at the time said", "said"),
        (" on Friday made a", "made"),  # after a time's head, any verb
        (" in Washington issued", "issued"),
        (" during a rally thanked", "thanked"),
        (" in Iowa, said", None),  # an aside in commas is another reading's
        (" in his speech and called", None),
        (" at the rally that said", None),
        (" of the party said", None),  # not a phrase of place or time
        (" on the issue", None),  # no verb
    ],
)
def test_placed_verb(text: str, verb: str | None) -> None:
    at = placed_verb(text, 0)
    assert (text[at:].split()[0] if at is not None else None) == verb


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("when Trump in his announcement speech", "when Trump"),
        ("Holm at the time", "Holm"),
        ("He in his speech", "He"),
        ("the rise in the rate", None),  # a common noun's own phrase
        ("the founder of the centre in Los Angeles", None),  # a capitalised place ends a title
    ],
)
def test_placed_end(text: str, subject: str | None) -> None:
    end = placed_end(text)
    assert (text[:end] if end is not None else None) == subject


@pytest.mark.parametrize(
    "gap, names",
    [
        (", ", True),  # "Tom Berg, who"
        (" — ", True),  # "Tom Berg — who"
        (", a strategist, ", True),  # "Scott Reed, a strategist, who"
        (", the mayor — ", True),
        ("'s campaign's leadership, ", False),  # "Clinton's campaign's leadership, who"
        (" and Democrats across the country, ", False),
        (" thanked the volunteers, ", False),
    ],
)
def test_names_antecedent(gap: str, names: bool) -> None:
    assert names_antecedent(gap) is names


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        # the longest first: a pattern with no boundary after it reads "hers", not "her"
        ({"he", "her", "hers"}, "hers", "hers"),
        ({"he", "her", "hers"}, "he said", "he"),
        ({"vs."}, "vs.", "vs."),  # escaped: the dot is a dot
        ({"vs."}, "vsx", None),
    ],
)
def test_alternation(words: set[str], text: str, found: str | None) -> None:
    m = re.match("(?:" + alternation(words) + ")", text)
    assert (m.group() if m else None) == found
