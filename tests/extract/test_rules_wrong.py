"""Tests of quotes.extract.rules and quotes.extract.subjects: quotes the rule chain gave
the wrong speaker (issue 9: a wrong speaker is worse than none), each construction with
cases that must keep their speaker or give none.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import explain_quotes, extract_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns
from quotes.extract.rules import _WHAT_VERB
from tests.extract.helpers import mentions, proposed_by, who_said_what


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
        # 'what X called "..."': the free relative's subject said the words, whatever the
        # sentence's own subject or the verb after the quote; an honorific, a title or an
        # initial keeps its full stop inside the name
        (
            'Ann Cole backed what Mr. Hedge called "the old model."',
            [("the old model.", "Hedge")],
        ),
        (
            'Ann Cole rejected what Gov. Tom Hale has long described as "a rushed plan."',
            [("a rushed plan.", "Tom Hale")],
        ),
        (
            'It was what Dr. Ines Ruiz once called "the lost decade," the paper said.',
            [("the lost decade,", "Ines Ruiz")],
        ),
        (
            'Ann Cole rejected what Sen. J.D. Vail labeled "a scam."',
            [("a scam.", "J.D. Vail")],
        ),
        # no name after "what": the sentence's own speaker stands, or nobody
        ('Ann Cole said the plan is what is called "a stopgap."', [("a stopgap.", "Ann Cole")]),
        # a full stop that ends a sentence is no name's: the next sentence has its own speaker
        (
            'Nobody knows what he wants from the U.S. Mr. Lee called it "a mess."',
            [("a mess.", "Lee")],
        ),
    ],
)
def test_what_a_dotted_name_called(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a question or an exclamation, a capitalised pronoun whose verb has words of its
        # own (a quote, a that-clause) opens a new sentence: an interviewer's question is not
        # the interviewee's, nor a letter the reply's
        (
            'Ada Holm was asked, "Would you run again?" She answered, "Not this year."',
            [("Would you run again?", None), ("Not this year.", "Ada Holm")],
        ),
        (
            'Tom Berg wrote to Ada Holm, "You are a star!" She replied to him that it was "an honour'
            ' to serve."',
            [("You are a star!", "Tom Berg"), ("an honour to serve.", "Ada Holm")],
        ),
        # a capitalised determiner too: the words before the quote name its speaker
        (
            'Pressed on the budget, Ada Holm snapped back: "What difference does it make?" Her critics'
            " cited the line for weeks.",
            [("What difference does it make?", "Ada Holm")],
        ),
        # the attribution itself, however capitalised, stays the quote's
        ('Ada Holm spoke last. "Why now?" she asked.', [("Why now?", "Ada Holm")]),
        ('Ada Holm spoke last. "Why now?" She tweeted when the vote ended.', [("Why now?", "Ada Holm")]),
        ('Tom Berg spoke last. "Who pays?" Ada Holm asked.', [("Who pays?", "Ada Holm")]),
    ],
)
def test_question_then_a_new_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


def test_question_then_a_capitalised_bare_attribution() -> None:
    # '"Who pays?" The mayor asked.': a sentence that is only the attribution is the quote's
    [explained] = explain_quotes('Tom Berg spoke last. "Who pays?" The mayor asked.')
    assert explained.rule == "after"
    assert explained.quote.speaker_mention is not None
    assert explained.quote.speaker_mention.text == "The mayor"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after "without" names nobody who said the quote: the verb before it does
        (
            'Ada Holm said she "cannot leave the house" without neighbours asking her about it.',
            [("cannot leave the house", "Ada Holm")],
        ),
        ('The crowd left the hall "in a hurry" without anyone saying a word.', [("in a hurry", None)]),
        # "without" elsewhere leaves the attribution after the quote as it was
        ('"We are done," without a pause, Tom Berg said.', [("We are done,", "Tom Berg")]),
        ('"We are done," Tom Berg said without waiting for questions.', [("We are done,", "Tom Berg")]),
    ],
)
def test_participle_after_without(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence between two quotes of a paragraph that gives a speech verb to another name:
        # the second quote is not the first one's speaker's
        (
            '"Tell her I said hello," Ada Holm said. Then Tom Berg interjected. "Do not forget me."',
            [("Tell her I said hello,", "Ada Holm"), ("Do not forget me.", "Tom Berg")],
        ),
        (
            '"We can wait," Ada Holm said. Tom Berg disagreed sharply. "We cannot."',
            [("We can wait,", "Ada Holm"), ("We cannot.", "Tom Berg")],
        ),
        # the same speaker, no speech verb, or an aside of the first quote's own sentence: the
        # first quote's speaker goes on
        (
            '"Tell her I said hello," Ada Holm said. Holm added a word for Tom Berg. "Do not forget him."',
            [("Tell her I said hello,", "Ada Holm"), ("Do not forget him.", "Ada Holm")],
        ),
        (
            '"Tell her I said hello," Ada Holm said. Tom Berg nodded. "Do not forget him."',
            [("Tell her I said hello,", "Ada Holm"), ("Do not forget him.", "Ada Holm")],
        ),
        (
            '"Tell her I said hello," said Ada Holm, who said Tom Berg was right. "Do not forget him."',
            [("Tell her I said hello,", "Ada Holm"), ("Do not forget him.", "Ada Holm")],
        ),
        (
            '"We will win," Ada Holm said. Tom Berg added: "We will not."',
            [("We will win,", "Ada Holm"), ("We will not.", "Tom Berg")],
        ),
    ],
)
def test_new_speaker_between_quotes_of_a_paragraph(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "between",
    [
        # a sentence between the quotes that does not end by introducing the other's speech: a
        # refusal, what the other said or called something, a that-clause, a time phrase
        "Tom Berg did not respond to a request for comment.",
        "Tom Berg did not comment.",
        "Tom Berg never replied.",
        "Tom Berg declined to comment.",
        "Tom Berg said nothing.",
        "Tom Berg called it a bluff.",
        "Tom Berg had said the opposite a week earlier.",
        "The governor, Tom Berg, said last week that she would lose.",
        "Critics, including Tom Berg, say she is naive.",
        "Tom Berg replied on Monday.",
    ],
)
def test_no_new_speaker_between_quotes_of_a_paragraph(between: str) -> None:
    text = f'"We will win," Ada Holm said. {between} "He is wrong."'
    assert who_said_what(text) == [("We will win,", "Ada Holm"), ("He is wrong.", "Ada Holm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a preposition's object right before a participle cue and its comma is no speaker:
        # the name in "on Facebook" or "to Tom Berg" did not write the words
        (
            'Ada Holm answered the question on Facebook writing, "Yes, I will."',
            [("Yes, I will.", "Ada Holm")],
        ),
        ('Ada Holm replied to Tom Berg on Twitter saying, "Not now."', [("Not now.", "Ada Holm")]),
        # nor is it when the participle's own subject is in doubt: no speaker
        ('Ada Holm pointed at protesters on the lawn chanting, "No more."', [("No more.", None)]),
        # a message posted on Facebook is still its poster's
        ('Ada Holm posted a message on Facebook saying, "Yes, I will."', [("Yes, I will.", "Ada Holm")]),
    ],
)
def test_participle_after_a_prepositions_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech verb and its comma right before a quote that closes its sentence introduce
        # it: the sentence after it is someone else's reaction, not its attribution
        (
            'When Tom Berg asked, "Would you run again?" Ada Holm laughed.',
            [("Would you run again?", "Tom Berg")],
        ),
        ('Tom Berg said: "We won." Ada Holm agreed.', [("We won.", "Tom Berg")]),
        # no verb introduces it: the attribution after it stands
        (
            'Tom Berg spoke first. "Would you run again?" Ada Holm asked.',
            [("Would you run again?", "Ada Holm")],
        ),
        # a quote that closes on a comma goes on to its own attribution
        ('Tom Berg nodded, "We won," Ada Holm said.', [("We won,", "Ada Holm")]),
    ],
)
def test_a_quote_introduced_before_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question, then right after it a quote with its attribution: a question and its
        # answer, two speakers; the answer's speaker is not lent to the question
        (
            'Tom Berg asked Ada Holm about the race. "Are you running?" "I am," she said.',
            [("Are you running?", "Tom Berg"), ("I am,", "Ada Holm")],
        ),
        (
            'The crowd waited in the rain. "Are you running?" "I am," Ada Holm said.',
            [("Are you running?", None), ("I am,", "Ada Holm")],
        ),
        # the same with no lead-in, the question opening the text: the ranker's candidates
        # after the answer are the answer's, not the question's
        ('"Will you run?" "No," Ada Holm said.', [("Will you run?", None), ("No,", "Ada Holm")]),
        (
            '"Are you running again?" "I am," said Ada Holm.',
            [("Are you running again?", None), ("I am,", "Ada Holm")],
        ),
        # a question with its own attribution keeps it
        (
            '"Will you run?" Tom Berg asked. "No," Ada Holm said.',
            [("Will you run?", "Tom Berg"), ("No,", "Ada Holm")],
        ),
        # one quote that asks and answers, and two statements in a row, stay one speaker's
        ('Ada Holm took the stage. "Why not? We can win," she said.', [("Why not? We can win,", "Ada Holm")]),
        (
            'Ada Holm took the stage. "We won." "We will win again," she said.',
            [("We won.", "Ada Holm"), ("We will win again,", "Ada Holm")],
        ),
    ],
)
def test_a_question_and_its_answer(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attribution in commas inside the sentence, its verb first: the name after the verb
        # speaks, not the noun phrase before it (nor a name inside that phrase)
        (
            "The paradox of Ada, says Tom Berg, a historian at the library, is that she was "
            '"one of the most powerful."',
            [("one of the most powerful.", "Tom Berg")],
        ),
        (
            'The problem with the plan, says Tom Berg, is that it is "far too slow."',
            [("far too slow.", "Tom Berg")],
        ),
        ('The voters, said Ada Holm, are "tired of waiting."', [("tired of waiting.", "Ada Holm")]),
        # the usual order, and a pronoun's aside, as before
        (
            'Ada Holm, the mayor, said the voters are "tired of waiting."',
            [("tired of waiting.", "Ada Holm")],
        ),
        ('Tom Berg spoke. The plan, he said, is "far too slow."', [("far too slow.", "Tom Berg")]),
    ],
)
def test_a_parenthetical_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause's subject, then an aside in commas, then its speech verb: the
        # relative clause's subject speaks, not the sentence's
        (
            'Tom Berg made charges that Ada Holm, for one, called "liberal lingo."',
            [("liberal lingo.", "Ada Holm")],
        ),
        (
            'Tom Berg made charges that Ada Holm, after a pause, called "liberal lingo."',
            [("liberal lingo.", "Ada Holm")],
        ),
        # an aside after the sentence's own subject, and a clause with no speech verb, as before
        ('Tom Berg, for his part, called it "liberal lingo."', [("liberal lingo.", "Tom Berg")]),
        ('Tom Berg said that Ada Holm, in a speech, had "failed."', [("failed.", "Tom Berg")]),
    ],
)
def test_a_relative_clause_subject_before_an_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase that opens the sentence with a speech verb and a quote of its own, closed by
        # that quote's comma: the verb is that quote's, a later quote the main clause's
        (
            'In a clip that Judge Ann Lee called "distasteful," Tom Berg expressed a wish to "shoot them'
            ' all."',
            [("distasteful,", "Ann Lee"), ("shoot them all.", "Tom Berg")],
        ),
        # one speaker's verb and its words, in a list or with a participle after them
        (
            'In a speech, Ada Holm called the plan "historic" and "a turning point."',
            [("historic", "Ada Holm"), ("a turning point.", "Ada Holm")],
        ),
        (
            'In her speech, Ada Holm called it "historic," adding that it was "a turning point."',
            [("historic,", "Ada Holm"), ("a turning point.", "Ada Holm")],
        ),
    ],
)
def test_a_verb_with_its_own_quote_in_an_opening_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "words, found",
    [
        # the dot of a title, an honorific, a suffix or an initial is inside the name
        ("what Mr. Hedge called ", True),
        ("what Sen. J.D. Vance called ", True),
        ("what the Rev. Al Sharpton once called ", True),
        ("what Martin Luther King Jr. called ", True),
        # the dot after any other short capitalised word ends a sentence: no free relative
        # reaches past it to the next sentence's subject
        ("what they saw in Iowa. Ada Holm called ", False),
        ("what he told Ada. Tom Berg called ", False),
        ("what Tom Berg did in Utah. Sam Lee has called ", False),
    ],
)
def test_what_verb_keeps_only_a_name_s_dots(words: str, found: bool) -> None:
    assert (_WHAT_VERB.search(words) is not None) is found


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question right after a passive "asked by": the asker's, not the one who answers after it
        (
            'Asked by Tom Berg, "Will it pass?", Ada Holm said no.',
            [("Will it pass?", "Tom Berg")],
        ),
        (
            '"Will it pass?" Asked by Tom Berg, "Will it pass?", Ada Holm said no.',
            [("Will it pass?", "Tom Berg"), ("Will it pass?", "Tom Berg")],
        ),
        # a title before the asker, and an aside about the asker (its verbs too) before the quote
        (
            "Mara Dunn was asked by host Piet Vos, who backs her, but has criticised her tax plan,"
            ' "Have you changed your mind?"',
            [("Have you changed your mind?", "Piet Vos")],
        ),
        (
            'When asked by Tom Berg, the panel chairman, "Is it legal?" Ada Holm said yes.',
            [("Is it legal?", "Tom Berg")],
        ),
        # an asker the text does not name: nobody
        ('Mara Dunn was asked by the moderator, "Why now?"', [("Why now?", None)]),
        ('When asked by a reporter, "Will you run?", Ada Holm laughed.', [("Will you run?", None)]),
        # what was asked is a clause of its own, and the quote the answer: the one who answers
        (
            'Asked by Karl Lind whether he would run, Ben Ross said, "Not this year."',
            [("Not this year.", "Ben Ross")],
        ),
        (
            'Asked by Tom Berg about the bill, Ada Holm said, "It will pass."',
            [("It will pass.", "Ada Holm")],
        ),
        ('Asked by Tom Berg, Ada Holm said, "It will pass."', [("It will pass.", "Ada Holm")]),
        ('"No," Ada Holm said when asked by Tom Berg if she would run.', [("No,", "Ada Holm")]),
        # "X asked Y:" introduces the question; the sentence after it is the answer's
        (
            'Tom Berg asked Ada Holm: "Will it pass?" She said no.',
            [("Will it pass?", "Tom Berg")],
        ),
        (
            'Sven Ek asked the minister: "When will the bridge open?"',
            [("When will the bridge open?", "Sven Ek")],
        ),
    ],
)
def test_question_asked_by_goes_to_the_asker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inner clause whose subject, a name, is described by an aside in commas before
        # its verb: the quote is that clause's, not the sentence subject's
        (
            "Tom Berg signed the order, while Ray Moss, the former governor, proposed we"
            ' "wake up" and resign.',
            ["Ray Moss"],
        ),
        (
            "Tom Berg backed the plan, but Dana Kirk, a member of the panel, took it for"
            ' "a gimmick" on Tuesday.',
            ["Dana Kirk"],
        ),
        # a dash before "but" breaks the sentence into two clauses as a comma does
        (
            'Tom Berg proposed a debate on Monday - but the Moss campaign rejected the idea as "ludicrous"'
            " on Tuesday.",
            ["the Moss campaign"],
        ),
        (
            'Tom Berg proposed a debate on Monday — but the Moss campaign rejected the idea as "ludicrous"'
            " on Tuesday.",
            ["the Moss campaign"],
        ),
        # the quote before the inner clause, or a clause with no subject of its own: the
        # sentence's subject
        (
            'Tom Berg has gone after the plan as a "boondoggle," while Ray Moss, the governor, watched.',
            ["Tom Berg"],
        ),
        ('Tom Berg went after the plan - and then "moved on" to the budget.', ["Tom Berg"]),
        # an aside that does not describe the name: no inner subject is read past it
        (
            'Tom Berg signed the order, while Ray Moss, in Ohio, with the "hawks" of his party, sat.',
            ["Tom Berg"],
        ),
    ],
)
def test_inner_clause_subject_past_an_aside_or_a_dash(text: str, expected: list[str | None]) -> None:
    assert proposed_by(text, "subject") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech verb inside a relative clause in commas or dashes that closes before the
        # quote, the main clause going on with its verb: the clause's speaker did not say it
        (
            'Tom Berg said the plan, which Ada Holm announced on Monday, would be "a disaster."',
            [("a disaster.", "Tom Berg")],
        ),
        (
            'Tom Berg warned that the levy, which Ada Holm proposed in March, will "hurt every family."',
            [("hurt every family.", "Tom Berg")],
        ),
        (
            'Tom Berg said the plan — which Ada Holm announced on Monday — would be "a disaster."',
            [("a disaster.", "Tom Berg")],
        ),
        # no earlier speech verb: nobody, rather than the clause's speaker
        (
            "The board asked whether the levy, which Ada Holm estimates would raise $5 million,"
            ' would risk "another deficit."',
            [("another deficit.", None)],
        ),
        # the quote inside the clause, or the verb after it: the clause's speaker
        ('The plan, which Ada Holm called "a disaster," passed.', [("a disaster,", "Ada Holm")]),
        ('Tom Berg, who said the plan would fail, called it "a disaster."', [("a disaster.", "Tom Berg")]),
        (
            "Tom Berg, who said last week that the plan would fail, issued a statement saying,"
            ' "It is a disaster."',
            [("It is a disaster.", "Tom Berg")],
        ),
    ],
)
def test_speech_verb_of_a_closed_relative_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the quote is in a relative clause about another person, still open at the quote:
        # the sentence's subject did not say it (Subject proposes nobody)
        (
            "Ada Holm's tone was milder than that of her campaign's leadership, who, on a call"
            ' Friday, criticized Tom Berg for "misrepresenting the facts."',
            [None],
        ),
        ('Ada Holm thanked the volunteers, who greeted her as "the people\'s mayor" at the hall.', [None]),
        ('Ada Holm thanked the volunteers — who greeted her as "the people\'s mayor" at the hall.', [None]),
        # a dash between two numbers is a range inside the clause, not its close
        ('Ada Holm thanked her players, who in the 2019–20 season called the coach "a genius."', [None]),
        ('Ada Holm thanked her players, who in the 2019 - 20 season called the coach "a genius."', [None]),
        # a clause about the subject itself (past an appositive), or one closed before the quote
        ('Ada Holm, who leads the panel, has gone after the plan as a "boondoggle."', ["Ada Holm"]),
        (
            'Ada Holm, the mayor, who leads the panel, has gone after the plan as a "boondoggle."',
            ["Ada Holm"],
        ),
        ('Ada Holm has gone after the board, whose members she named, as a "den of thieves."', ["Ada Holm"]),
        (
            'Ada Holm has gone after the board, whose members served in 2019–20, as a "den of thieves."',
            ["Ada Holm"],
        ),
        # "who" after what person the subject is ("is a veteran mayor,") stands for the subject
        ('Ada Holm is a veteran mayor, who has long denounced the plan as "a disaster."', ["Ada Holm"]),
        ('Tom Berg was the party\'s nominee, who called the plan "a disaster."', ["Tom Berg"]),
        # not when the description has a person of its own after a preposition
        (
            'Ada Holm is a friend of the volunteers, who greeted her as "the people\'s mayor" at the hall.',
            [None],
        ),
        # a possessive pronoun of the subject's sex right before the quote's noun: the subject's
        # own words, which the clause's people only react to
        ('Ada Holm addressed the crowd, who cheered her promise of "a new day."', ["Ada Holm"]),
        ('Tom Berg addressed the crowd, who cheered his pledge of "a new day."', ["Tom Berg"]),
        # of the other sex, or "their": the clause's people's own words
        ('Ada Holm addressed the crowd, who cheered his promise of "a new day."', [None]),
        ('Ada Holm addressed the crowd, who cheered their own slogan of "a new day."', [None]),
    ],
)
def test_subject_declines_a_quote_in_a_relative_clause_about_another(
    text: str, expected: list[str | None]
) -> None:
    assert proposed_by(text, "subject") == expected


def test_a_clause_about_a_thing_keeps_the_speaker() -> None:
    # "which" stands for a thing: its content is still the subject's words
    text = 'Tom Berg sent a memo explaining his plan, which includes a levy of "$5 billion."'
    assert who_said_what(text) == [("$5 billion.", "Tom Berg")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the words after a quote that its own sentence already attributes introduce the next
        # quote (a verb, a comma, a capitalised statement): they are not its closing tag
        (
            'Ada Holm wrote to Tom Berg, "Why now? That was on my way to Rome?" Tom Berg then'
            ' writes back, "You look great."',
            [("Why now? That was on my way to Rome?", "Ada Holm"), ("You look great.", "Tom Berg")],
        ),
        (
            'When someone in the crowd shouted, "Moss," Tom Berg joked, again using a thick accent,'
            ' "Come on up!"',
            [("Moss,", None), ("Come on up!", "Tom Berg")],
        ),
        # no attribution before the quote: the words after it are its tag
        (
            'Ada Holm met the board. "Why now?" Tom Berg asked, "Why here?"',
            [("Why now?", "Tom Berg"), ("Why here?", "Tom Berg")],
        ),
        # a tag that goes on to another speech verb and speaker does not introduce the next quote
        (
            'Tom Berg wrote to Ada Holm, "It is done," Ray Moss recalled, adding that Tom Berg said:'
            ' "It is over."',
            [("It is done,", "Ray Moss"), ("It is over.", "Tom Berg")],
        ),
    ],
)
def test_words_after_a_quote_that_introduce_the_next(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a round-up's item: the source named after a dash, before the colon that introduces
        # the quote, not the subject of the head's own verb
        (
            'Pollsters agree - Dana Kirk: "Keep on contacting voters as late as possible."',
            [("Keep on contacting voters as late as possible.", "Dana Kirk")],
        ),
        (
            'But polls did predict the race — Ray Moss: "Most pollsters fared much better."',
            [("Most pollsters fared much better.", "Ray Moss")],
        ),
        (
            'The numbers look grim in other states - Lena Marsh: "It is over."',
            [("It is over.", "Lena Marsh")],
        ),
        # no name after the dash: the head's verb and its subject
        (
            'Tom Berg said it plainly - and twice: "We are done."',
            [("We are done.", "Tom Berg")],
        ),
        # the head's verb has a named or pronoun subject and the name after the dash only
        # names the person the head talks about: the head's subject said it
        (
            'Tom Berg told the crowd what he thinks of the new mayor - Ada Holm: "She is a fraud."',
            [("She is a fraud.", "Tom Berg")],
        ),
        (
            'Tom Berg said this about his rival - Ada Holm: "She is a fraud."',
            [("She is a fraud.", "Tom Berg")],
        ),
        (
            'Tom Berg told reporters about the new mayor - Ada Holm: "She will fail."',
            [("She will fail.", "Tom Berg")],
        ),
        (
            'Ada Holm said she has a message for the man who beat her - Tom Berg: "Enjoy it while it lasts."',
            [("Enjoy it while it lasts.", "Ada Holm")],
        ),
        (
            'Ada Holm described her opponent - Tom Berg: "a liar and a cheat."',
            [("a liar and a cheat.", "Ada Holm")],
        ),
        (
            'Ada Holm met Tom Berg. She spoke bluntly about her predecessor - Ray Moss: "He left us broke."',
            [("He left us broke.", "Ada Holm")],
        ),
        ('Tom Berg had a message for his rival - Ada Holm: "Drop out now."', [("Drop out now.", "Tom Berg")]),
        (
            'Ada Holm had one word for her old boss - Governor Tom Berg: "Resign."',
            [("Resign.", "Ada Holm")],
        ),
        # no name for the head's subject: nobody rather than the person talked about
        (
            'The governor was blunt about his successor - Ada Holm: "She is not ready."',
            [("She is not ready.", None)],
        ),
        (
            'Lena Marsh said this of the woman who replaced her - Ada Holm: "Good luck."',
            [("Good luck.", "Lena Marsh")],
        ),
    ],
)
def test_round_up_source_before_the_heads_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object of "to" right before a speech verb is not its subject (Before proposes
        # nobody; the email is its owner's)
        ('Ada Holm\'s email to her supporters notes that the mayor "is a fighter who never quits."', [None]),
        ('Tom Berg\'s letter to the residents says the plan is "a disgrace."', [None]),
        # a phrase that opens the sentence is read whole: its head is the document
        ('A letter to the residents says the plan is "a disgrace."', ["A letter to the residents"]),
        # "of" before a partitive's head, and a participle after "to ...", keep their readings
        ('Dozens of nursing students said the cuts were "a betrayal."', ["nursing students"]),
        (
            'As Jeff Weiner put it in his memo to employees explaining the deal, "We are one of them."',
            ["Jeff Weiner"],
        ),
    ],
)
def test_the_object_of_to_is_no_subject(text: str, expected: list[str | None]) -> None:
    assert proposed_by(text, "before") == expected


# issue 9, benchmarks/fresh5: a clause after the quote with a speech verb and a clause of its
# own ("as X argued that ...", "while X said he was ...") is another statement, not the
# quote's attribution; the quote stays with the speech verb before it
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Ada Holm told a packed hall on Sunday that voters had "one night to decide," as her'
            " rival, Rep. Tom Berg, argued that the race was still open.",
            [("one night to decide,", "Ada Holm")],
        ),
        (
            'The council said in a statement that the budget "ignores the river," while the mayor,'
            ' Jim Vale, said he was "pleased" by the money.',
            [("ignores the river,", None), ("pleased", "Jim Vale")],
        ),
        # ... while "as X said" with no clause after its verb attributes the quote before it,
        # and an inverted "..., said X" still names X
        (
            'The fact that the race "is tied right now," as Tom Berg said on the radio on Monday,'
            " only raises the stakes.",
            [("is tied right now,", "Tom Berg")],
        ),
        # (review of s14g) ... a demonstrative "that" before a time is no clause
        (
            'The fact that the race "is tied right now," as Tom Berg said that night on the radio,'
            " only raises the stakes.",
            [("is tied right now,", "Tom Berg")],
        ),
        (
            'The fact that the race "is tied right now," as Tom Berg said that morning, only raises'
            " the stakes.",
            [("is tied right now,", "Tom Berg")],
        ),
        # ... while "that" before a clause still is one
        (
            'Ada Holm told a packed hall on Sunday that voters had "one night to decide," as her'
            " rival, Rep. Tom Berg, argued that night was a bad time to decide.",
            [("one night to decide,", "Ada Holm")],
        ),
        (
            'The plan is "a time bomb," as an internal memo put it.',
            [("a time bomb,", None)],
        ),
        (
            '"Many would call that a loss" if she wins by less, said Ada Holm, an analyst.',
            [("Many would call that a loss", "Ada Holm")],
        ),
    ],
)
def test_a_statement_of_its_own_after_the_quote(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


# Issue 9: an -s form after a count and its modifiers ("the two lengthy investigative
# reports") is a plural noun, no speech verb whose subject the recipient named before it
# would be; the organisation that wrote keeps the quote, and a singular subject still speaks
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Late last month, the firm wrote a long letter to the college's president, Ivo Kask,"
            ' calling the two lengthy investigative reports "inaccurate and misleading."',
            [("inaccurate and misleading.", "the firm")],
        ),
        (
            'The union wrote to Ivo Kask, calling several recent reports "deeply flawed."',
            [("deeply flawed.", "The union")],
        ),
        ('The auditor reports that the accounts are "in good order."', [("in good order.", "The auditor")]),
    ],
)
def test_counted_plural_noun_is_no_cue(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


# ... but a number set off by commas is an age, and a digit inside a name or a year is no
# count: the -s form after it stays the speech verb, read by the rule before the quote
@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('Ada Holm, 34, says she is "done."', "Ada Holm", "says"),
        ('Tom Berg, 71, reports that the river is "higher than ever."', "Tom Berg", "reports"),
        ('Tom Berg, the mayor since 2019, says the budget is "balanced."', "Tom Berg", "says"),
        ('Ada Holm, a mother of 3, says the cuts are "cruel."', "Ada Holm", "says"),
    ],
)
def test_an_age_aside_is_no_count(text: str, speaker: str, cue: str) -> None:
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [(speaker, cue)]
    assert proposed_by(text, "before") == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative "who" past a person's role and the name its preposition governs is the
        # role's: not the name's (no name of the aide is known, so nobody is named)
        ('It was the aide to Senator Tom Berg who said "the vote is lost."', [("the vote is lost.", None)]),
        (
            'An aide to Senator Tom Berg, who said "the vote is lost," left the room.',
            [("the vote is lost,", None)],
        ),
        # ... while a thing before the preposition, or no preposition, leaves the name the antecedent
        (
            'Among the posts was a tweet from Ada Holm who wrote, "Rules are rules."',
            [("Rules are rules.", "Ada Holm")],
        ),
        ('She spoke to Tom Berg, who said the plan was "dead."', [("dead.", "Tom Berg")]),
        (
            'He had a frosty relationship with Tom Berg, now the mayor, who said the talks were "useless."',
            [("useless.", "Tom Berg")],
        ),
        # ... and a role after "is"/"was" says what the named subject is: the relative past the
        # name is that name's (not a cleft's "It was the aide ... who", above)
        (
            'Ada Holm is the sister of Tom Berg, who said on Monday that the family was "devastated."',
            [("devastated.", "Tom Berg")],
        ),
        (
            'Tom Berg is the father of Ada Holm, who told the court she was "terrified."',
            [("terrified.", "Ada Holm")],
        ),
        ('Tom Berg was an aide to Ada Holm, who said the plan was "dead."', [("dead.", "Ada Holm")]),
        # (final review: no name before the copula, no predicate of a named subject)
        ('There was the aide to Senator Tom Berg, who said the vote was "rigged."', [("rigged.", None)]),
        ('They were the aides to Senator Tom Berg, who said the vote was "rigged."', [("rigged.", None)]),
    ],
)
def test_relative_after_a_role_and_its_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object of an opening participle of seeing or hearing is a show or a text: the
        # main clause's verb after it reports nothing of it
        ('Watching "Meet the Press," Ada Holm laughed.', [("Meet the Press,", None)]),
        ('Listening to "Hail to the Chief," Tom Berg smiled.', [("Hail to the Chief,", None)]),
        # ... not a quote after the phrase's comma, nor a phrase of another verb
        (
            'Watching the vote, "This is a disgrace," Ada Holm said.',
            [("This is a disgrace,", "Ada Holm")],
        ),
        ('"This is a disgrace," Ada Holm laughed.', [("This is a disgrace,", "Ada Holm")]),
        # ... nor words a speech verb after the phrase reports
        (
            'Reading "has never been safer," Mayor Ada Holm said on Monday.',
            [("has never been safer,", "Ada Holm")],
        ),
        (
            'Seeing "real progress" in the talks, Ada Holm said they would go on.',
            [("real progress", "Ada Holm")],
        ),
        # ... nor a town of that name before a clause of its own
        (
            'Reading council member Ada Holm called the plan "a disgrace," Tom Berg said.',
            [("a disgrace,", "Tom Berg")],
        ),
        ('Reading manager Dan Vale insists the side is "unlucky," Berg wrote.', [("unlucky,", "Berg")]),
    ],
)
def test_quote_watched_in_an_opening_phrase(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


def test_a_sign_held_in_an_opening_phrase_is_its_holders() -> None:
    text = 'Holding signs calling him "a loser," the protesters chanted outside.'
    assert mentions(text) == [("a loser,", "the protesters")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause after ", and" with a subject of its own (a noun after a determiner) does
        # not share the sentence's: its verb's quote is not the first subject's
        ('Tom Berg said the mayor was weak, and the crowd chanted "Lock him up!"', [("Lock him up!", None)]),
        ('Tom Berg spoke, and then the crowd chanted "Lock him up!"', [("Lock him up!", None)]),
        # ... a time phrase there is no subject: the verb shares the sentence's
        (
            'Tom Berg has touted the plan, and this week said it was "a winner."',
            [("a winner.", "Tom Berg")],
        ),
        ('Tom Berg spoke, and the next day said it was "a winner."', [("a winner.", "Tom Berg")]),
        # ... and a description that refers back to the sentence's subject (an age, a role)
        (
            'Tom Berg filed the suit in March, and the 54-year-old told reporters it was "a matter of '
            'principle."',
            [("a matter of principle.", "Tom Berg")],
        ),
        ('Tom Berg scored twice, and the 22-year-old said the win was "huge."', [("huge.", "Tom Berg")]),
        ('Tom Berg scored twice, and the rookie said the win was "huge."', [("huge.", "Tom Berg")]),
    ],
)
def test_a_clause_after_and_with_its_own_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


def test_a_description_after_and_is_mentioned_by_the_name_it_refers_to() -> None:
    # the mention is the sentence's subject, not the description with its verb after it
    text = (
        'Tom Berg filed the suit in March, and the 54-year-old told reporters it was "a matter of principle."'
    )
    assert mentions(text) == [("a matter of principle.", "Tom Berg")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence of a person's own between her possessive and a noun of words said is
        # hers: the sentence's verb speaks of those words, its subject did not say them
        (
            'Critics mocked Ada Holm\'s "we will fix it" comments on Monday.',
            [("we will fix it", "Ada Holm")],
        ),
        (
            'Ada Holm\'s "I will not quit" statement came hours after the vote.',
            [("I will not quit", "Ada Holm")],
        ),
        # ... not a label a critic may have put on them: a word or two, or words with no
        # pronoun, are the sentence's subject's as before (the rule does not apply)
        ('Critics blasted Ada Holm\'s "offensive" remarks on Tuesday.', [("offensive", "Critics")]),
        ('Critics slammed Ada Holm\'s "deeply offensive" remarks.', [("deeply offensive", "Critics")]),
        ('Critics slammed Ada Holm\'s "racist and divisive" remarks.', [("racist and divisive", "Critics")]),
        ('The daily called Ada Holm\'s "misleading" statement a mistake.', [("misleading", None)]),
        # ... nor a pronoun's (whose it is may be anybody's), nor a title in title case
        ('Tom Berg condemned her "we will fix it" comments.', [("we will fix it", "Tom Berg")]),
        ('The firm withdrew its "final" statement.', [("final", None)]),
        ('Voters ignored Ada Holm\'s "State of the Union" speech.', [("State of the Union", None)]),
        # ... nor a noun of no words said ("plan"), nor an interview, which is others' words too
        ('The panel praised Ada Holm\'s "we can do it" plan.', [("we can do it", None)]),
        ('Ada Holm\'s "Tonight" interview drew fire.', [("Tonight", None)]),
    ],
)
def test_quote_between_an_owner_and_its_speech_noun(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech verb inside an aside set in dashes that a conjunction opens, closed before
        # the quote, is another clause's: the quote is the main clause's, whose verb speaks
        (
            'Ada Holm argued - and the judge agreed - that the contract was "void."',
            [("void.", "Ada Holm")],
        ),
        (
            'Dan Vale spoke. He insisted - and Tom Berg agreed - that he can "guarantee" a win.',
            [("guarantee", "Dan Vale")],
        ),
        # ... while an aside opened by "as" and a speech verb, or a name and its cue, is the
        # quote's attribution
        ('The season - as coach Tom Berg put it - was "a grind."', [("a grind.", "Tom Berg")]),
        ('His reply - Ada Holm later wrote - was "not good enough."', [("not good enough.", "Ada Holm")]),
        ('The economy - as Ada Holm has said many times - is "on the mend."', [("on the mend.", "Ada Holm")]),
        # ... and a verb before the aside, or one after a dash that opens no aside, as before
        (
            'Tom Berg said - and Ada Holm agreed - that the plan was "dead."',
            [("dead.", "Tom Berg")],
        ),
        ('Ada Holm spoke - and Tom Berg said the plan was "dead."', [("dead.", "Tom Berg")]),
        # a dash between two numbers is a range, not an aside's close (the speaker would be
        # read from before the dash: "Ospreys") nor its open (a second dash: no aside)
        (
            'The Ospreys lost often — but coach Tom Berg said the 2019–20 season was "a grind."',
            [("a grind.", "Tom Berg")],
        ),
        (
            'The Ospreys lost often - but coach Tom Berg said the 2019 - 20 season was "a grind."',
            [("a grind.", "Tom Berg")],
        ),
        (
            'Ada Holm argued in the 2019–20 term — and the judge agreed — that the deal was "void."',
            [("void.", "Ada Holm")],
        ),
        # ... but a dash after a number that opens words is a dash
        (
            'Ada Holm argued at 9—and the judge agreed—that the contract was "void."',
            [("void.", "Ada Holm")],
        ),
        # a third dash after the aside's close opens another aside: which dash closes which is
        # a guess, so no aside is read (the cue in it is the quote's), with a range or none
        (
            'The Ospreys went 30–52 — and coach Tom Berg said — as the fans knew — that it was "a grind."',
            [("a grind.", "Tom Berg")],
        ),
        (
            'The Ospreys lost often — and coach Tom Berg said — as the fans knew — that it was "a grind."',
            [("a grind.", "Tom Berg")],
        ),
        (
            'Ada Holm argued - and the judge said - in court - that it was "void."',
            [("void.", None)],
        ),
        # the subject of a cue in another clause's aside is no candidate speaker either: the
        # quote is the main clause's subject's, or nobody's where that subject is not read
        (
            "The Ospreys, big winners — and coach Tom Berg said it was deserved — called the"
            ' result "a relief."',
            [("a relief.", "Ospreys")],
        ),
        (
            "The Ospreys, 2–1 winners — and coach Tom Berg said it was deserved — called the"
            ' result "a relief."',
            [("a relief.", None)],
        ),
        (
            "The Ospreys, 21 winners - and coach Tom Berg said it was deserved - called the"
            ' result "a relief."',
            [("a relief.", "Ospreys")],
        ),
        # ... a cue read right before the aside keeps its speaker
        (
            'Ada Holm said - and coach Tom Berg agreed - that the result was "a relief."',
            [("a relief.", "Ada Holm")],
        ),
        # ... while an aside closed by the dash right before the quote's clause stays one
        (
            "Ada Holm argued in the 2019–20 term — and the judge agreed — that the deal was"
            ' "void" in 2021 - 22.',
            [("void", "Ada Holm")],
        ),
    ],
)
def test_speech_verb_in_a_dashed_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rules' own pick inside an aside of "and" stays a candidate: an aside that the
        # quote's clause goes on from ("- and the coach said - it was") is its attribution
        ('The team lost - and the coach said - it was "a relief."', [("a relief.", "the coach")]),
        ('The team lost - and he said - it was "a relief."', [("a relief.", "he")]),
        # near miss: the aside's subject is no pick of the rules, the main clause's is
        ('Ada Holm argued - and her aide said - that the deal was "void."', [("void.", "Ada Holm")]),
    ],
)
def test_rules_pick_in_a_dashed_aside_is_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name right after an object's relative pronoun is its clause's subject, even a name
        # that is a word too: not the place before the relative
        (
            'Tom Berg praised the speech in Dover, Delaware, which Will claims affirmed "the old'
            ' values of the town."',
            [("the old values of the town.", "Will")],
        ),
        (
            'Tom Berg praised the speech in Dover, which Ada Holm said affirmed "the old values."',
            [("the old values.", "Ada Holm")],
        ),
        # ... a lower-case modal there is no name: the relative's verb names no speaker
        (
            'Tom Berg praised the plan, which will affirm "the old values of the town."',
            [("the old values of the town.", "Tom Berg")],
        ),
    ],
)
def test_name_after_an_object_relative(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead's trial: a sentence split after "then-Gov." made the name after it the next
        # sentence's subject, and the quote hers
        ('Critics said then-Gov. Ann Roy was "absent."', [("absent.", "Critics")]),
        ('Critics said ex-Gov. Ann Roy was "absent."', [("absent.", "Critics")]),
        ('Critics said former Gov. Ann Roy was "absent."', [("absent.", "Critics")]),
    ],
)
def test_a_hyphenated_title_ends_no_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
