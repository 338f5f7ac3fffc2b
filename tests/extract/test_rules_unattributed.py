"""Tests of quotes.extract.rules for constructions that left quotes without a speaker
(issue 9, the no-speaker errors of polnear-train): each table holds sentences the
rules now read, and sentences that must still give nobody (or keep their old answer).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes


def mentions(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and the words its speaker was read from (None: nobody)."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", X said." closing the sentence: whatever the head of the words between the last
        # comma and the verb, they are its subject (a cue slot, as right after a quote)
        (
            '"The court expresses no view on the merits" of the case, the unsigned opinion said.',
            [("The court expresses no view on the merits", "the unsigned opinion")],
        ),
        (
            'Sales were "flat for a month" as buyers waited for the rate decision, the trade association'
            " reported.",
            [("flat for a month", "the trade association")],
        ),
        # an honorific the name does not keep still stands between the comma and the name
        (
            'Her job involved "a very long night shift," long before the plant closed, Mr. Abara noted.',
            [("a very long night shift,", "Abara")],
        ),
        (
            'Her job involved "a very long night shift," long before the plant closed, Ms. Abara said.',
            [("a very long night shift,", "Abara")],
        ),
        # a speech verb's form after an article is a noun ("the state"), no cue of its own
        (
            'Holm is an "able manager" who has won twice in the state, the editorial board writes.',
            [("able manager", "the editorial board")],
        ),
        ('"We are fine," the statement said.', [("We are fine,", "the statement")]),
        # a passive's subject heard the words: nobody said them there
        ('The plan was a "temporary" fix, the neighbours were told.', [("temporary", None)]),
        ('The plan was a "temporary" fix, Ada Holm was told.', [("temporary", None)]),
        # ... but "was quoted as saying" names the speaker
        ('The plan was a "temporary" fix, Ada Holm was quoted as saying.', [("temporary", "Ada Holm")]),
        # a relative clause's subject is no subject of the sentence's closing verb
        (
            'Perez hammered the mayor, calling him an "outsourcer in chief," and contrasted the candidate,'
            ' whom he described as "volatile."',
            [("outsourcer in chief,", "Perez"), ("volatile.", "he")],
        ),
    ],
)
def test_a_closing_attribution_after_the_last_comma(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case role whose "of" takes one word that names no person: one title
        (
            '"We learned that from the department," said former secretary of state Ada Holm, who thanked'
            " the staff.",
            [("We learned that from the department,", "Ada Holm")],
        ),
        ('"Send them home," said chief of staff Dana Kirk.', [("Send them home,", "Dana Kirk")]),
        ('"Send them home," said director of communications Dana Kirk.', [("Send them home,", "Dana Kirk")]),
        # issue 9: "master of ceremonies" and "emcee" are roles, titles of the name after them
        (
            '"Welcome, everyone," said master of ceremonies Lena Marsh, a nurse who moved here in 1990.',
            [("Welcome, everyone,", "Lena Marsh")],
        ),
        ('"Welcome, everyone," said emcee Lena Marsh.', [("Welcome, everyone,", "Lena Marsh")]),
        ('"We are ready," said the master of Tom Berg\'s ship.', [("We are ready,", "the master")]),
        (
            'Former minister of finance Dana Kirk:"The budget is balanced."',
            [("The budget is balanced.", "Dana Kirk")],
        ),
        # ... not a person's relation to another, nor an organisation after "of the"
        ('"Send them home," said the widow of slain officer Dana Kirk.', [("Send them home,", "the widow")]),
        ('"Send them home," said a friend of Dana Kirk.', [("Send them home,", "a friend")]),
        (
            '"Send them home," said the mother of murdered teen Dana Kirk.',
            [("Send them home,", "the mother")],
        ),
        (
            'Ada Holm, executive director of the Harbor Action Fund, said the plan is "dead on arrival."',
            [("dead on arrival.", "Ada Holm")],
        ),
    ],
)
def test_lower_case_titles_with_of(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an unnamed source and what describes it ("familiar with", "close to", "briefed
        # on"): the whole phrase speaks, not the matter it knows of
        (
            'A source familiar with the inquiry said the intruders sought "economic intelligence."',
            [("economic intelligence.", "A source familiar with the inquiry")],
        ),
        (
            'One person close to the campaign said the staff was "exhausted."',
            [("exhausted.", "One person close to the campaign")],
        ),
        (
            '"It was all but done," one person familiar with the talks said.',
            [("It was all but done,", "one person familiar with the talks")],
        ),
        (
            '"It was all but done," said a person familiar with the talks.',
            [("It was all but done,", "a person")],
        ),
        (
            'A person familiar with the talks said: "It was all but done."',
            [("It was all but done.", "A person familiar with the talks")],
        ),
        # ... and a place close to something is no speaker
        ('The house close to the river was "a wreck," said Ada Holm.', [("a wreck,", "Ada Holm")]),
    ],
)
def test_unnamed_sources_and_what_they_know(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dotted word (a party tag, a web address) ends the sentence of the attribution:
        # the quote after it opens a sentence of its own and continues the speaker
        (
            '"I understand the voters," said Sen. Ada Holm, R-S.C. "I get that. But he is wrong."',
            [("I understand the voters,", "Ada Holm"), ("I get that. But he is wrong.", "Ada Holm")],
        ),
        (
            '"He was always on the calls," said Bo Lee, the director at Vote.org. "That will happen now."',
            [("He was always on the calls,", "Bo Lee"), ("That will happen now.", "Bo Lee")],
        ),
    ],
)
def test_a_quote_after_a_dotted_word_continues_its_speaker(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


def who_said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive pronoun before a speech noun owns the words, as "Trump's claim that"
        # does; the pronoun resolves as its personal pronoun would
        (
            'Mark Dunn toured the plant on Monday. The union doubts his promise that "every job will stay."',
            [("every job will stay.", "Mark Dunn", "his")],
        ),
        (
            'Ada Holm testified for hours. The questions turned to her claim that she "never sent classified'
            ' mail."',
            [("never sent classified mail.", "Ada Holm", "her")],
        ),
        # ... not when the quote is said of the statement
        (
            'The council met on Monday. Their statement was "final," a clerk said.',
            [("final,", None, "a clerk")],
        ),
    ],
)
def test_possessive_pronouns_own_speech_nouns(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert who_said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive participle and "to" before the cue: the subject of the passive speaks
        (
            'The debate was so calm that Mr. Reed was prompted to say, "I cannot believe how civil it is."',
            [("I cannot believe how civil it is.", "Reed")],
        ),
        ('Mark Dunn felt compelled to add: "It is over."', [("It is over.", "Mark Dunn")]),
        ('Mayor Ada Holm is reported to have called the plan "a fraud."', [("a fraud.", "Ada Holm")]),
        # ... not one asked or told to speak: they may not have
        ('Mark Dunn was asked to say, "I cannot believe it."', [("I cannot believe it.", None)]),
    ],
)
def test_passive_participles_before_an_infinitive_cue(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive with its apostrophe after the s ("Sanders'") opens an appositive as
        # "Holm's" does: the name before it speaks
        (
            'Tad Devine, Sanders\' senior media adviser, said rivals are in misguided "mischief."',
            [("mischief.", "Tad Devine")],
        ),
        ('"It is over," Ada Holm, Sanders’ press secretary, said.', [("It is over,", "Ada Holm")]),
    ],
)
def test_appositives_opening_with_a_plural_possessive(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative "who" after an inverted cue's noun phrase stands for that phrase, as it
        # does for a name ('"...," said Mark Dunn, who added that')
        (
            '"It was not convincing," said one Democrat, who added that the White House seemed "rattled."',
            [("It was not convincing,", "one Democrat"), ("rattled.", "who")],
        ),
        (
            '"It was not convincing," said one aide familiar with the talks, who added that the plan was'
            ' "dead."',
            [("It was not convincing,", "one aide"), ("dead.", "who")],
        ),
        (
            '"It was not convincing," said Mark Dunn, who added that the plan was "dead."',
            [("It was not convincing,", "Mark Dunn"), ("dead.", "who")],
        ),
    ],
)
def test_a_relative_pronoun_after_an_inverted_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected
