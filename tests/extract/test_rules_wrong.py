"""Tests of quotes.extract.rules and quotes.extract.subjects: quotes the rule chain gave
the wrong speaker (issue 9: a wrong speaker is worse than none), each construction with
cases that must keep their speaker or give none.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import explain_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns
from tests.extract.helpers import mentions, who_said_what


def rules_of(text: str) -> list[str | None]:
    return [e.rule for e in explain_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive pronoun owns the speech noun whose content the quote is, as a name does
        # ("Holm's remark that"): not the sentence's subject, who only weighs the words
        (
            "Senator Lena Marsh brought up her rival Ada Holm. Ada Holm had drawn fire over her"
            ' remark that "the port is finished."',
            [("the port is finished.", "Ada Holm")],
        ),
        (
            "Governor Tom Berg has spoken often of Ada Holm. Nobody took up her claim that the port"
            ' was "finished for good."',
            [("finished for good.", "Ada Holm")],
        ),
    ],
)
def test_possessive_pronoun_owns_the_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the words come after a comma and another verb: the statements are only spoken of
        'Dana Kirk papered over his past statements about the port, promising "a new start for everyone."',
        # the speech noun is the subject the quote describes, not words it reports
        'Ada Holm spoke. Her statement was "a shock to everyone," Tom Berg said.',
        # no speech noun after the pronoun
        'Ada Holm defended her record on the port as "a fair one."',
    ],
)
def test_possessive_pronoun_without_its_words(text: str) -> None:
    assert "owner" not in rules_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside opened by a participle ("asked about ...") between a subject and its verb
        # describes that subject; a name at its end is no speaker
        (
            "The row began after Mr. Holm, asked about the strikes ordered by Mr. Berg, had said,"
            ' "We do plenty of that too."',
            [("We do plenty of that too.", "Holm")],
        ),
        (
            'Ms. Vale, speaking to reporters beside Governor Ada Holm, said, "We are ready."',
            [("We are ready.", "Vale")],
        ),
        (
            'Mr. Berg, pressed on the deal struck by Ada Holm, said it was "not my idea at all."',
            [("not my idea at all.", "Berg")],
        ),
        # ... but a participle whose own clause holds the verb is no aside: "she calls" is hers
        (
            'Ms. Vale was asked about Ada Holm, referring to what Ms. Kirk calls the "quiet years."',
            [("quiet years.", "Kirk")],
        ),
    ],
)
def test_participle_asides_before_the_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place after a name (its party's state, its home town) describes the name: the place
        # is no speaker
        (
            '"That was a good speech," Representative Dana Kirk, Democrat of Tennessee, told the mayor.',
            [("That was a good speech,", "Dana Kirk")],
        ),
        (
            'Representative Dana Kirk, Democrat of Tennessee, said the speech was "a good one."',
            [("a good one.", "Dana Kirk")],
        ),
        (
            'Stacy Baker of Columbia, South Carolina says she thinks Holm can "pull it off."',
            [("pull it off.", "Stacy Baker")],
        ),
        (
            'Senator Tom Berg of Florida, who mused on Thursday that Holm was "disqualified," spoke later.',
            [("disqualified,", "Tom Berg")],
        ),
        # "it" is no dateline: nobody rather than the city
        (
            'MOSCOW -- The union wrote to the board. "We will strike," it said.',
            [("We will strike,", None)],
        ),
        # ... but a country that speaks still does, and a place before the subject stays out
        (
            'Russia said the test was "a provocation." "We will respond in kind," it added.',
            [("a provocation.", "Russia"), ("We will respond in kind,", "Russia")],
        ),
        ('Meanwhile, Russia said the test was "a provocation."', [("a provocation.", "Russia")]),
        (
            'In Columbus, Ohio, Ada Holm said the plan was "dead on arrival."',
            [("dead on arrival.", "Ada Holm")],
        ),
    ],
)
def test_places_are_no_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case role before a name ("Former Democratic candidate Dan Kirk, who ...,
        # said") leaves the name its sentence's subject and speaker: a later "he" is his, not
        # the speaker of the paragraph before
        (
            'House Speaker Tom Berg told CNN on Tuesday that the ruling "shows bias to me."\n\n'
            "Former Democratic candidate Dan Kirk, who on Tuesday endorsed Ada Holm, said Wednesday"
            " he agrees with the ruling.\n\n"
            'The Vermont senator declined to say more. But he told ABC that Berg is a "total opportunist."',
            [("shows bias to me.", "Tom Berg"), ("total opportunist.", "Dan Kirk")],
        ),
        # ... while a name that is a verb's object stays no subject: "he" is still the governor
        (
            'Governor Tom Berg spoke on Monday. "We are ready," he said.\n\n'
            'On Tuesday, Berg met former senator Dan Kirk, who is retiring. "He is a good man," he said.',
            [("We are ready,", "Tom Berg"), ("He is a good man,", "Tom Berg")],
        ),
    ],
)
def test_lower_case_roles_before_a_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    ("text", "possessive", "subject"),
    [
        # "'s" before "been", "got", "going" ... is "has" or "is": the name is the subject
        ("Christie's been making the case for weeks.\n", False, True),
        ("Christie's going to win the state.\n", False, True),
        # ... before a noun it owns the noun
        ("Christie's campaign made the case for weeks.\n", True, False),
    ],
)
def test_a_contracted_has_is_no_possessive(text: str, possessive: bool, subject: bool) -> None:
    doc = Document(text, split_turns(text, list(find_quotes(text))))
    mentions = [m for m, e in Entities(doc).in_sentence(0) if e.name == "Christie"]
    assert [(m.possessive, m.subject) for m in mentions] == [(possessive, subject)]


def test_a_contracted_has_leaves_the_speaker_its_subject() -> None:
    text = (
        "Frank Kirk has attacked Tom Berg for weeks.\n\n"
        "Kirk's been making the case that Berg isn't ready. "
        '"You have never been held accountable," he said.'
    )
    assert who_said_what(text) == [("You have never been held accountable,", "Frank Kirk")]


@pytest.mark.parametrize(
    "text",
    [
        # a name in apposition to the phrase opening its sentence ("His spokesman, Sam Lowe,
        # said") is the speaker a later "he" refers to
        "Frank Kirk has attacked Tom Berg for weeks.\n\nHis spokesman, Sam Lowe, said Berg was not ready."
        ' "He has never been held accountable," he added.',
        "Frank Kirk has attacked Tom Berg for weeks.\n\nKirk's aide, Sam Lowe, says Berg is not ready."
        ' "He has never been held accountable," he said.',
    ],
)
def test_an_apposed_name_before_its_verb_speaks(text: str) -> None:
    assert who_said_what(text) == [("He has never been held accountable,", "Sam Lowe")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place takes no role from the words around it, so a description never resolves to
        # it: "a meeting in New Hampshire, a young woman asked" gives it no role "woman" ...
        (
            "At a town hall meeting in New Hampshire, a young woman asked Ada Holm about the port.\n\n"
            '"Why did you sell it?" the woman said.',
            [("Why did you sell it?", None)],
        ),
        # ... and "The Union Leader, New Hampshire's largest newspaper" no role "leader"
        (
            "The pro-Holm Union Leader, New Hampshire's largest newspaper, ran an editorial.\n\n"
            'Tom Berg blasted it in an interview. "It is a disgrace," the Senate minority leader said.',
            [("It is a disgrace,", "Tom Berg")],
        ),
    ],
)
def test_a_place_has_no_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "A Republican committee aide ..." introduces someone new: "the aide" after it is that
        # unnamed aide, not the aide named before
        (
            "Ben Berg, the White House aide, spoke on Monday.\n\n"
            'A Republican committee aide blasted the statement. "It is a stunt," the aide said.',
            [("It is a stunt,", None)],
        ),
        # ... unless the newcomer is named, after the phrase or right before it
        (
            '"We will publish it," said Tanya Ruiz, a spokeswoman for the county.\n\n'
            'The results "should be back soon," the spokeswoman said.',
            [("We will publish it,", "Tanya Ruiz"), ("should be back soon,", "Tanya Ruiz")],
        ),
        (
            "Ben Berg, the White House aide, spoke on Monday. A top aide to the senator, Sam Lowe,"
            ' spoke later. "It is a stunt," the aide said.',
            [("It is a stunt,", "Sam Lowe")],
        ),
    ],
)
def test_a_description_after_a_newcomer(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "it" and "they" stand for a body that spoke or was a subject, not for a name met in
        # passing: nobody rather than the university the students came from
        (
            "Hundreds of students from Temple University joined the march on Friday. As they made"
            ' their way down Broad Street, they chanted "stop the cuts."',
            [("stop the cuts.", None)],
        ),
        (
            "The study was led by economists at Harbor University."
            ' "These results should make us rethink trade," they argued.',
            [("These results should make us rethink trade,", None)],
        ),
        # ... while a company that spoke is still "it"
        (
            "Kestrel Systems said on Monday that the outage was over."
            ' "We are sorry for the trouble," it said.',
            [("We are sorry for the trouble,", "Kestrel Systems")],
        ),
    ],
)
def test_it_and_they_are_no_name_in_passing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase of time or place may stand between the owner's speech noun and its "that"
        (
            "Ada Holm won here in 2008 partly because of Tom Berg's suggestion at a debate that"
            ' she was "likable enough."',
            [("likable enough.", "Tom Berg")],
        ),
        (
            "Ada Holm spoke first. Even as she criticized Berg, she came under fire over her"
            ' assertion during the debate that "we are where we need to be."',
            [("we are where we need to be.", "Ada Holm")],
        ),
    ],
)
def test_owner_past_a_phrase_of_time_or_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
    assert rules_of(text) == ["owner"]


def test_owner_not_past_a_comma() -> None:
    assert "owner" not in rules_of(
        'Tom Berg\'s statement on Monday, which many called "long overdue," drew praise.'
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a venue whose name opens with a first name is a place, so "she" is no Madison
        ("She saw the fight at Madison Square Garden in 1971.\n", "Madison Square Garden", "place"),
        ("The rally at Harbor Arena drew a crowd.\n", "Harbor Arena", "place"),
        # ... but a person with a title keeps being one, whatever the surname
        ("Mrs. Ada Tower said so.\n", "Ada Tower", "person"),
    ],
)
def test_venues_are_places(text: str, name: str, kind: str) -> None:
    doc = Document(text, split_turns(text, list(find_quotes(text))))
    kinds = [e.kind for _, e in Entities(doc).in_sentence(0) if e.name == name]
    assert kinds == [kind]


def test_the_reporters_we_is_nobody_named() -> None:
    # "we" in the reporter's words is the writers, not the party the paragraph is about
    text = (
        "The Whig Party faced a dilemma in 1848. The Whig Party said it stood for growth and for"
        ' government-funded works of what we call "infrastructure."'
    )
    assert who_said_what(text) == [("infrastructure.", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: a quote inside the clause that opens the sentence ("After Holm said that
        # ..., Reyes said:") is that clause's speaker's, not the main clause's after the comma
        (
            'After Ada Holm said that small firms might do better at "local banks," Tom Reyes said: '
            '"I disagree with her."',
            [("local banks,", "Ada Holm"), ("I disagree with her.", "Tom Reyes")],
        ),
        (
            "Tom Reyes chairs the district party.\n\nThough he said the email brought in a "
            '"handful of unknown people" filing papers, Vale said none were added to the slate.',
            [("handful of unknown people", "Tom Reyes")],
        ),
        # ... and with no speaker in the clause, nobody (not the main clause's subject)
        (
            "After Victor Hale opened his campaign with a speech that compared migrants to "
            '"thieves", actress Ana Ruiz wrote an angry blog post.',
            [("thieves", None)],
        ),
        # must keep: a quote that only follows the subordinator, and one after the clause
        (
            'Because "we need the jobs," Tom Reyes said, the council should vote yes.',
            [("we need the jobs,", "Tom Reyes")],
        ),
        (
            'When the vote ended, "We won," Tom Reyes said.',
            [("We won,", "Tom Reyes")],
        ),
    ],
)
def test_quote_in_a_leading_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 9: the object of a description's verb is no subject for a participle after it
        # ("The company slammed the lawsuit, calling it": the company, not the lawsuit)
        ('The company slammed the lawsuit, calling it "meritless."', [("meritless.", "The company")]),
        ('The company slammed the plan, saying it was "meritless."', [("meritless.", "The company")]),
        (
            'A staffer emailed Ada Holm the list under the subject line "Who is coming."',
            [("Who is coming.", "A staffer")],
        ),
        # ... as it was for a name's verb; a participle that modifies the subject is no verb
        ('Ada Holm slammed the lawsuit, calling it "meritless."', [("meritless.", "Ada Holm")]),
        ('The lawsuit filed by the company called the rule "unlawful."', [("unlawful.", "The lawsuit")]),
    ],
)
def test_the_object_of_a_descriptions_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected
