"""Within an article, a bare surname takes the fullest name the article gives (issue 12).

Invented names throughout. Quotes are built by hand, as the extractor would leave
them, so these tests say what the stage does with any extractor.
"""

from __future__ import annotations

import pytest

from quotes.canonical import Evidence, canonicalise, mentions, title_words
from quotes.model import Mention, Quote


def said(text: str, words: str, speaker: str, mention: str, occurrence: int = 0) -> Quote:
    """The quote ``words`` of ``text`` given to ``speaker``, read from the ``occurrence``-th ``mention``."""
    start = text.index(words)
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(mention, at + 1)
    return Quote(
        text=words,
        spans=((start, start + len(words)),),
        speaker=speaker,
        speaker_mention=Mention(mention, at, at + len(mention)),
        cue="said",
    )


def speakers_of(quotes: tuple[Quote, ...]) -> list[str | None]:
    return [q.speaker for q in quotes]


def test_the_headline_completes_a_surname() -> None:
    text = 'Quint spoke in Dorrow on Friday. "We will build the bridge," Quint said.'
    q = said(text, "We will build the bridge,", "Quint", "Quint", 1)
    assert speakers_of(canonicalise([q], text, "Marla Quint Wins Dorrow Seat")) == ["Marla Quint"]


def test_the_text_completes_a_surname_with_its_fullest_name() -> None:
    text = 'Senator Marla J. Quint arrived late. "Not now," Quint said. Marla Quint left.'
    q = said(text, "Not now,", "Quint", "Quint", 1)
    assert speakers_of(canonicalise([q], text, None)) == ["Marla J. Quint"]


CLINT_TEXT = (
    "Former President Robert Vell and his wife, Susan Vell, toured the plant.\n"
    '"Wages must rise," Mrs. Vell said.\n'
    '"I agree with her," Mr. Vell said.\n'
    '"The plant stays open," President Vell said.\n'
    '"We came to listen," Vell said.\n'
    '"It was a long day," she said.\n'
)


@pytest.mark.parametrize(
    "words, mention, occurrence, expected",
    [
        ("Wages must rise,", "Vell", 2, "Susan Vell"),  # Mrs.
        ("I agree with her,", "Vell", 3, "Robert Vell"),  # Mr.
        ("The plant stays open,", "Vell", 4, "Robert Vell"),  # President: his title in the text
        ("It was a long day,", "she", 0, "Susan Vell"),  # a pronoun gives the sex
        # Must find nothing: a bare "Vell" with nothing to say which; the article names
        # both Vells and uses "Mr." and "Mrs." alike.
        ("We came to listen,", "Vell", 5, "Vell"),
    ],
)
def test_title_and_sex_pick_among_the_articles_people(
    words: str, mention: str, occurrence: int, expected: str
) -> None:
    q = said(CLINT_TEXT, words, "Vell", mention, occurrence)
    assert speakers_of(canonicalise([q], CLINT_TEXT, "Vells Tour Plant")) == [expected]


def test_the_whole_article_decides_when_all_it_says_agrees() -> None:
    # Only "Mr. Vell" and "President Vell" besides the full names: the bare "Vell" is him.
    text = (
        "President Robert Vell met Susan Vell, a teacher, in 1980.\n"
        'Mr. Vell spoke first. "The plant stays open," Vell said.\n'
    )
    q = said(text, "The plant stays open,", "Vell", "Vell", 3)
    assert speakers_of(canonicalise([q], text, None)) == ["Robert Vell"]


def test_a_surname_never_completed_stays_with_its_evidence() -> None:
    text = 'President Orlan spoke. "No deal," Orlan said. Mr. Orlan then left.'
    q = said(text, "No deal,", "Orlan", "Orlan", 1)
    (out,) = canonicalise([q], text, "Talks Fail")
    assert (out.speaker, out.speaker_sex, out.speaker_title) == ("Orlan", "m", "President")


def test_evidence_against_the_only_candidate_keeps_the_surname() -> None:
    # "Mrs. Vell" is not Robert Vell, the only Vell named in full.
    text = 'Robert Vell was away. "We manage," Mrs. Vell said.'
    q = said(text, "We manage,", "Vell", "Vell", 1)
    (out,) = canonicalise([q], text, None)
    assert (out.speaker, out.speaker_sex) == ("Vell", "f")


@pytest.mark.parametrize(
    "title",
    [
        "Critics Slam Vell Report",  # "Slam" is no given name
        "Vell Says No",
        "Dorrow Police Question Vell",  # institution and place words are no given names
        "Hacker Vell Speaks",  # a word the first-name table does not know, in a headline
    ],
)
def test_a_headline_word_before_the_surname_is_not_a_given_name(title: str) -> None:
    text = '"No comment," Vell said.'
    q = said(text, "No comment,", "Vell", "Vell")
    assert speakers_of(canonicalise([q], text, title)) == ["Vell"]


def test_two_people_of_one_surname_both_named_and_no_evidence_stay_apart() -> None:
    text = 'Robert Vell and Tomas Vell own the mill. "It is sold," Vell said.'
    q = said(text, "It is sold,", "Vell", "Vell", 2)
    (out,) = canonicalise([q], text, None)
    assert (out.speaker, out.speaker_sex) == ("Vell", None)


def test_full_names_and_other_speakers_are_left_alone() -> None:
    text = 'Marla Quint said: "Yes." Robert Vell said: "No."'
    quotes = [
        said(text, "Yes.", "Marla Quint", "Marla Quint"),
        said(text, "No.", "Robert Vell", "Robert Vell"),
    ]
    assert canonicalise(quotes, text, "Quint Vell Debate") == tuple(quotes)


def test_mentions_read_given_names_and_titles() -> None:
    found = mentions("Vell", "Former President Robert Vell met Mrs. Vell, then Vell left.")
    assert [(m.given, m.title, m.evidence) for m in found] == [
        (("Robert",), "Former President", Evidence("m", frozenset({"president"}))),
        ((), "", Evidence("f", frozenset())),
        ((), "", Evidence()),
    ]


@pytest.mark.parametrize(
    "text, given",
    [
        # a country's dotted acronym after a determiner is no initial of the surname after it
        ("Grain went to the U.S. Vell said so.", ()),
        ("Grain went to the U.S. Robert Vell said so.", ("Robert",)),
        # ... as initials are: "J.R. Vell", and "U.S." that no determiner precedes
        ("Then J.R. Vell said so.", ("J.R.",)),
        ("Then U.S. Vell said so.", ("U.S.",)),
    ],
)
def test_a_country_acronym_is_no_given_name(text: str, given: tuple[str, ...]) -> None:
    assert [m.given for m in mentions("Vell", text)] == [given]


@pytest.mark.parametrize(
    "title, words",
    [
        ("the former secretary of State", {"secretary"}),
        ("Sen.", {"senator"}),
        ("Democratic presidential nominee", {"nominee"}),
        ("a source", set()),
        (None, set()),
    ],
)
def test_title_words(title: str | None, words: set[str]) -> None:
    assert title_words(title) == words


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        ('Had Vell won, the mill would stay. "No," Vell said.', "Vell", "Vell"),  # opens a sentence
        ('Quint\'s Vell project stalled. "No," Vell said.', "Vell", "Vell"),  # a possessive
        ('The County Office agreed. "No," Office said.', "Office", "Office"),  # no surname at all
        ('Secretary Jeh Vell spoke. "No," Vell said.', "Vell", "Jeh Vell"),  # unknown to the table
    ],
)
def test_given_names_in_the_text(text: str, speaker: str, expected: str) -> None:
    q = said(text, "No,", speaker, speaker, text.count(speaker) - 1)
    assert speakers_of(canonicalise([q], text, None)) == [expected]


@pytest.mark.parametrize(
    "a, b, sex",
    [
        (None, None, None),
        ("m", None, "m"),
        (None, "f", "f"),
        ("m", "m", "m"),
        ("m", "f", "?"),
        ("?", "m", "?"),
    ],
)
def test_evidence_together(a: str | None, b: str | None, sex: str | None) -> None:
    both = Evidence(a, frozenset({"president"})) | Evidence(b, frozenset({"senator"}))
    assert both == Evidence(sex, frozenset({"president", "senator"}))
