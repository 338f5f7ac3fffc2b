"""Tests of quotes.extract.phrases: names with their titles, noun phrases and speech verbs
in the masked text, and the stretches that hold none."""

from __future__ import annotations

import pytest

from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns
from quotes.extract.phrases import Phrases


def phrases(text: str) -> Phrases:
    doc = Document(text, split_turns(text, list(find_quotes(text))))
    return Phrases(doc, Entities(doc))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"),
        ("Secretary of State John Kerr", "John Kerr", "Secretary of State"),
        ("Mr. Mabey", "Mabey", None),
        ("Even China", "China", None),
        ("Roy Cooper (D", "Roy Cooper", None),
        ("Mohammed al-Mansouri", "Mohammed al-Mansouri", None),
    ],
)
def test_name_only(text: str, name: str, title: str | None) -> None:
    found = phrases(text + " spoke.").name_only(0, len(text))
    assert found is not None
    assert (found.text, found.kind, found.title) == (name, "name", title)


@pytest.mark.parametrize(
    "text",
    [
        "the mayor",  # no capitalised name
        "the rain in Spain",  # a name after a preposition is no name with its title
        "critics who slammed Lowe",  # a clause, not a name with its title
    ],
)
def test_name_only_finds_nothing(text: str) -> None:
    assert phrases(text + " spoke.").name_only(0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the influential US daily", "the influential US daily"),
        ("Pentagon officials", "Pentagon officials"),
        # one description, coordinated
        (
            "the former secretary of state and current Democratic presidential nominee",
            "the former secretary of state and current Democratic presidential nominee",
        ),
        ("the big house", None),  # no role
        # issue 9: a past tense after a name ends the subject; the phrase is its object only
        ("Ada Holm rallied supporters", "supporters"),
        ("The Vermont senator greeted voters", "voters"),
        # ... but a participle that modifies the noun stays in the phrase
        ("Democratic elected officials", "Democratic elected officials"),
        ("Trump's fired campaign manager", "Trump's fired campaign manager"),
        ("the retired Army general", "the retired Army general"),
        ("A leaked email", "A leaked email"),
        # ... as does one after a determiner and a capitalised word, and "turned"
        ("The Kremlin backed outlet", "The Kremlin backed outlet"),
        ("A Texas based group", "A Texas based group"),
        ("The reporter turned activist", "The reporter turned activist"),
    ],
)
def test_noun_phrase(text: str, phrase: str | None) -> None:
    read = phrases(text + " said.")
    found = read.noun_phrase(read.words(0, len(text)))
    assert (found.text if found else None) == phrase


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Ada said that Bo told her.", ["said", "told"]),
        # nouns and passives are no speech verbs
        ("His tweets were widely ridiculed.", []),
        ("The state Sen. Ada Holm left.", []),
        ("As The New Yorker put it,", ["put"]),
        # issue 9: a base form after an article and a modifier is a noun
        ("the crowd reprised the caustic chant", []),
        ("That is a far cry from it.", []),
        ("a loud shout went up", []),
        # ... not after a plural (its subject) nor a role
        ("The protesters chant every night.", ["chant"]),
        ("the fans yell and the players shout", ["yell", "shout"]),
        # ... nor before the clause the verb reports: a name, a determiner, a pronoun, "that"
        ("The police say Tom Berg was cooperative.", ["say"]),
        ("The police say the suspect was armed.", ["say"]),
        ("The police warn that the roads are icy.", ["warn"]),
        ("The women say they were never paid.", ["say"]),
        ("The jury say the evidence was overwhelming.", ["say"]),
        ("The media claim the plan is dead.", ["claim"]),
        ("The couple insist the house was never for sale.", ["insist"]),
        ("Those in the room say the mood was electric.", ["say"]),
        # issue 9: an -s form after a count and its modifiers is a plural noun (a plural
        # subject takes the base form)
        (
            "The firm wrote to Ivo Kask, calling the two lengthy investigative reports false.",
            ["wrote", "calling"],
        ),
        ("Several statements followed.", []),
        ("Both reports came out on Monday.", []),
        ("Aides read the 12 tweets aloud.", ["read"]),
        # ... not after a singular subject, nor after a pronoun
        ("The panel reports that the plan failed.", ["reports"]),
        ("Of the two, she reports that the plan failed.", ["reports"]),
        # ... nor past punctuation (an age in an aside), nor a digit inside a name or a year
        ("Ada Holm, 34, says she is done.", ["says"]),
        ("Tom Berg, 71, reports that the river is high.", ["reports"]),
        ("Ada Holm, a mother of 3, says the cuts are cruel.", ["says"]),
        ("CUPE Local 79 says the offer is an insult.", ["says"]),
        ("Channel 4 reports that the mayor was furious.", ["reports"]),
        ("Tom Berg, the mayor since 2019, says the budget is balanced.", ["says"]),
        ("The 2019 reports were false.", ["reports"]),
    ],
)
def test_cues(text: str, cues: list[str]) -> None:
    assert [w.text for w in phrases(text).cues(0, len(text))] == cues


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("The plan failed, she said.", True),
        ("The plan failed, she said on Monday.", True),
        # issue 9: where and how it was said, however long, still closes the sentence
        ("The plan failed, she said in a video message to the convention.", True),
        ("The plan failed, he told reporters at a news conference in Ohio.", True),
        # a clause after the verb is what was said, or someone else's: no attribution
        ("The plan failed, she said that the vote was lost.", False),
        ("The plan failed, she said in a speech in which Reed attacked the plan.", False),
        ("The plan failed, she said in a letter to voters and donors who had asked.", False),
        ("The plan failed, she said, but the governor said it had worked.", False),
        ("The plan failed, he told reporters the vote was lost in the Senate.", False),
        ("The plan failed, she said Reed was at fault for the loss.", False),
    ],
)
def test_closes_sentence(text: str, closes: bool) -> None:
    """Whether ", X said ..." after a comma attributes the whole sentence before it."""
    read = phrases(text)
    name = text.index(",") + 2
    verb = name + len(text[name:].split()[0]) + 1
    verb_end = verb + len(text[verb:].split()[0].rstrip(",."))
    assert read.closes_sentence(0, name, verb_end) is closes


def test_name_only_answers_each_range_as_asked_first() -> None:
    """The answers are kept per range (the rules ask the same ranges again): asked again,
    in any order, each range gives what a fresh reading gives, nothing of another range."""
    text = "Kremlin spokesman Dmitry Peskov met the mayor and Sen. Ada Holm spoke."
    ranges = [(0, 31), (36, 45), (50, 63), (18, 31), (0, 31), (50, 63), (36, 45)]
    read = phrases(text)
    asked = [read.name_only(lo, hi) for lo, hi in ranges]
    fresh = [phrases(text).name_only(lo, hi) for lo, hi in ranges]
    assert asked == fresh
    assert [w.text if w is not None else None for w in asked] == [
        "Dmitry Peskov",
        None,
        "Ada Holm",
        "Dmitry Peskov",
        "Dmitry Peskov",
        "Ada Holm",
        None,
    ]
