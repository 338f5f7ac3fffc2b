"""Tests of quotes.extract (subjects, entities, resolve, rules): constructions of local and
campaign news that the fourth blind set (benchmarks/fresh4) found the rules missing (issue
9), each table with sentences that must keep their old answer or give no speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns
from tests.extract.helpers import who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # "who" after an appositive that ends on a place stands for the person it describes
        (
            "The award went to her mentor, Dana Kirk, a teacher in Moncton, who said the prize was "
            '"a team effort."',
            [("a team effort.", "Dana Kirk")],
        ),
        (
            "The fund was started by Leo Marsh, a baker from Truro, who told the board it was "
            '"the least we could do."',
            [("the least we could do.", "Leo Marsh")],
        ),
        # ... but a person after "from" is the one "who" stands for
        (
            'Cruz won an endorsement from Mike Lee, who declared, "It is time to unite."',
            [("It is time to unite.", "Mike Lee")],
        ),
        # ... while "which" may still stand for a place
        (
            'The plant is in Riverton, which said in a statement it was "ready to help."',
            [("ready to help.", "Riverton")],
        ),
        # ... and a place with no person before it gives nobody to "who"
        ('Flooding hit Moncton, who "never saw it coming," on Monday.', [("never saw it coming,", None)]),
    ],
)
def test_who_after_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name with an age and then a role or a home, in apposition, is its sentence's
        # subject: the "he" of the next paragraph is that person, not the speaker before
        (
            '"The ice is ready," said Ray Oduya, the arena manager.\n\n'
            "At the rink, Tomas Reyes, 41, a hockey dad, said he was relieved.\n\n"
            '"We waited all winter," he said.',
            [("The ice is ready,", "Ray Oduya"), ("We waited all winter,", "Tomas Reyes")],
        ),
        (
            '"The ice is ready," said Ray Oduya, the arena manager.\n\n'
            "Another parent, Tomas Reyes, 41, of Riverton, said he was relieved.\n\n"
            '"We waited all winter," he said.',
            [("The ice is ready,", "Ray Oduya"), ("We waited all winter,", "Tomas Reyes")],
        ),
        # ... as it was with the age alone
        (
            '"The ice is ready," said Ray Oduya, the arena manager.\n\n'
            "At the rink, Tomas Reyes, 41, said he was relieved.\n\n"
            '"We waited all winter," he said.',
            [("The ice is ready,", "Ray Oduya"), ("We waited all winter,", "Tomas Reyes")],
        ),
        # ... but a woman so introduced is no antecedent of "he"
        (
            '"The ice is ready," said Ray Oduya, the arena manager.\n\n'
            "At the rink, Mia Santos, 38, a hockey mom, said the wait was long.\n\n"
            '"We open Friday," he said.',
            [("The ice is ready,", "Ray Oduya"), ("We open Friday,", "Ray Oduya")],
        ),
    ],
)
def test_name_with_age_and_role_is_the_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, subject",
    [
        ("At the rink, Tomas Reyes, 41, a hockey dad, said he was relieved.", True),
        ("Another parent, Tomas Reyes, 41, of Riverton, said he was relieved.", True),
        # no verb after the appositive: a list, not the subject of a clause
        ("At the rink, Tomas Reyes, 41, a hockey dad, and two coaches cleared the snow.", False),
        ("The club thanked Tomas Reyes, 41, a hockey dad, for his help.", False),
    ],
)
def test_age_appositive_subject_flag(text: str, subject: bool) -> None:
    entities = Entities(Document(text, split_turns(text, list(find_quotes(text)))))
    (mention, _), *_ = [(m, e) for m, e in entities.mentions if m.text == "Tomas Reyes"]
    assert mention.subject is subject


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the company" after a sentence naming two companies is its subject, not the last named,
        # past the full stop of "Inc." and a relative clause
        (
            "Halvorsen Foods Inc. bought Tidewater Bakeries Ltd. for $40 million on Monday. "
            'The company said the deal would "double our reach."',
            [("double our reach.", "Halvorsen Foods Inc")],
        ),
        (
            "Halvorsen Foods Inc., which makes frozen pies, bought Tidewater Bakeries Ltd. on Monday. "
            'The company said the deal would "double our reach."',
            [("double our reach.", "Halvorsen Foods Inc")],
        ),
        # ... the one company named keeps it
        (
            'Tidewater Bakeries Ltd. opened a plant in Riverton. The company said it was "thrilled."',
            [("thrilled.", "Tidewater Bakeries Ltd")],
        ),
        # ... and where neither is the subject, the last named does, as before
        (
            "Regulators approved the sale of Tidewater Bakeries Ltd. to Halvorsen Foods Inc. on Monday. "
            'The company said the deal would "double our reach."',
            [("double our reach.", "Halvorsen Foods Inc")],
        ),
    ],
)
def test_the_company_is_the_subject_of_two(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Halvorsen Foods Inc. bought Tidewater Bakeries Ltd. on Monday.", True),
        ("Ed Vale Jr. told the board the plan was sound.", True),
        # ... and a name after its verb is still no subject
        ("The board thanked Halvorsen Foods Inc. on Monday.", False),
    ],
)
def test_abbreviation_dot_before_the_verb(text: str, subject: bool) -> None:
    entities = Entities(Document(text, split_turns(text, list(find_quotes(text)))))
    mention, _ = entities.mentions[0]
    assert mention.subject is subject


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Corkum Seafoods Ltd. said it was "proud of the deal."', True),
        ('Ed Vale Jr. said the plan was "sound."', True),
        # the full stop after a word that is no abbreviation ends the name's reach, even where
        # what follows starts in lower case (a caption's or a transcript's "said one worker")
        ('Halvorsen Foods sold its plant to Nordhavn Energy.\n\nsaid one worker: "We lost."', False),
        ('Regulators approved the sale to Nordhavn Group. said the union: "We lost."', False),
    ],
)
def test_abbreviation_dot_before_a_speech_verb(text: str, speaker: bool) -> None:
    entities = Entities(Document(text, split_turns(text, list(find_quotes(text)))))
    mention = next(m for m, _ in entities.mentions if m.text.startswith(("Corkum", "Ed", "Nordhavn")))
    assert mention.speaker is speaker


def mention_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second "that" clause is the verb's whose "that" clause came first, not the speech
        # verb inside the first clause
        (
            "The agency said in an email that it posts every closure online, and that residents "
            '"should call 911."',
            [("should call 911.", "The agency")],
        ),
        (
            'Ada Holm said that the board announced the budget and that teachers were "relieved."',
            [("relieved.", "Ada Holm")],
        ),
        # ... but a "that" clause of the nearer verb is that verb's subject's
        (
            'Ada Holm said the board told teachers that the cuts were final and that schools "would cope."',
            [("would cope.", "the board")],
        ),
        # ... and clauses with no speech verb inside keep the one verb there is
        (
            'Ada Holm told reporters that she was tired and that the plan was "a mess."',
            [("a mess.", "Ada Holm")],
        ),
    ],
)
def test_coordinated_that_clauses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "recommend" reports what a document or a body says, as "urge" does
        (
            'The panel recommended that the city "act before the next flood."',
            [("act before the next flood.", "The panel")],
        ),
        (
            'The memo called the spending "waste." It recommended the board "act now."',
            [("waste.", "The memo"), ("act now.", "It")],
        ),
        # ... but the participle as an adjective is no speech verb: a term stays nobody's
        ('The recommended "safe zone" is 50 metres from the shore.', [("safe zone", None)]),
        (
            'Ada Holm said the recommended "safe zone" was too small.',
            [("safe zone", "Ada Holm")],
        ),
    ],
)
def test_recommend_is_a_speech_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role that nobody bore before, and then a newcomer named bare as the next
        # paragraph's speaker: the role introduced that person
        (
            "Halden Mills will close its Riverton plant. "
            'Its chief executive blamed "a decade of uncertainty."\n\n'
            '"This was not an easy call," Dana Kirk said.',
            [("a decade of uncertainty.", "Dana Kirk"), ("This was not an easy call,", "Dana Kirk")],
        ),
        (
            'The board voted 9-5. The board\'s chair said the vote was "the hardest in years."'
            '\n\n"We had no choice," Ada Holm told the meeting.',
            [("the hardest in years.", "Ada Holm"), ("We had no choice,", "Ada Holm")],
        ),
        # ... not a newcomer given an appositive or a title of their own, nor one the next
        # paragraph names after another sentence
        (
            'The board voted 9-5. The board\'s chair said the vote was "the hardest in years."'
            '\n\n"We had no choice," said Ada Holm, a parent.',
            [("the hardest in years.", None), ("We had no choice,", "Ada Holm")],
        ),
        (
            'The board voted 9-5. The board\'s chair said the vote was "the hardest in years."'
            '\n\n"We had no choice," Coun. Ada Holm said.',
            [("the hardest in years.", None), ("We had no choice,", "Ada Holm")],
        ),
        (
            'The board voted 9-5. The board\'s chair said the vote was "the hardest in years."'
            '\n\nParents were angry. "We had no choice," Ada Holm said.',
            [("the hardest in years.", None), ("We had no choice,", "Ada Holm")],
        ),
        # ... nor a bare "the ..." description, which is someone met without the title
        # ("Sanders ... The senator said"), whom the next paragraph's speaker is not
        (
            'Bernie Sanders spoke at the rally. The senator said the race was "far from over."'
            '\n\n"We need him," Ada Holm said.',
            [("far from over.", None), ("We need him,", "Ada Holm")],
        ),
        (
            'Bernie Sanders spoke at the rally. The veteran senator said the race was "far from over."'
            '\n\n"We need him," Ada Holm said.',
            [("far from over.", None), ("We need him,", "Ada Holm")],
        ),
        # ... (a described one is the person met before, as it was: "the Vermont senator")
        (
            'Bernie Sanders spoke at the rally. The Vermont senator said the race was "far from over."'
            '\n\n"We need him," Ada Holm said.',
            [("far from over.", "Bernie Sanders"), ("We need him,", "Ada Holm")],
        ),
        (
            'Ana Ruiz toured the flooded street. The mayor called the damage "heartbreaking."'
            '\n\n"We lost everything," Tom Vale said.',
            [("heartbreaking.", None), ("We lost everything,", "Tom Vale")],
        ),
        (
            'Ana Ruiz toured the flooded street. The borough mayor called the damage "heartbreaking."'
            '\n\n"We lost everything," Tom Vale said.',
            [("heartbreaking.", None), ("We lost everything,", "Tom Vale")],
        ),
        # ... and a role borne before stays its bearer's
        (
            "Ada Holm, the board's chair, opened the meeting. The board's chair said the vote was "
            '"the hardest in years."\n\n"We had no choice," Tom Vale said.',
            [("the hardest in years.", "Ada Holm"), ("We had no choice,", "Tom Vale")],
        ),
    ],
)
def test_a_role_named_in_the_next_paragraph(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
