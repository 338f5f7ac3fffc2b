"""Tests of quotes.extract.subjects, rules and resolve: constructions of news unlike the
development corpus (issue 9: city councils, wire copy, documents and signs), each table
with sentences that must keep their old answer or give no speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import explain_quotes, extract_quotes
from quotes.extract.rules import BY_NAME
from tests.extract.helpers import who_said_what


def mention_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a council tag in parentheses, with a comma of its own, between the name and its verb
        (
            '"Ninety seconds is nothing," Coun. Dana Kirk (Ward 3, Riverdale) said during the debate.',
            [("Ninety seconds is nothing,", "Dana Kirk")],
        ),
        (
            "Coun. Ada Holm (Ward 11, Lakeshore), who chairs the works committee, shot back that "
            'Kirk was "playing to the cameras."',
            [("playing to the cameras.", "Ada Holm")],
        ),
        ('Ald. Ada Holm said the plan was "dead on arrival."', [("dead on arrival.", "Ada Holm")]),
        # the comma of a number is no clause break: the subject is before the relative clause
        (
            "The union that represents about 6,000 workers at the plant said it was "
            '"deeply concerned" about the cuts.',
            [("deeply concerned", "The union")],
        ),
        # ... and a party tag keeps its old answers, past an aside too
        (
            'Sen. Ivo Brandt (D-Ore.), in particular, has been calling the plan a "con job."',
            [("con job.", "Ivo Brandt")],
        ),
        (
            'Sen. Lena Park (Ore.), the bill\'s sponsor, said it was "long overdue."',
            [("long overdue.", "Lena Park")],
        ),
        # ... and the words of a parenthesis name nobody who speaks
        ('Residents of Ward 3 (Riverdale, Lakeshore) voted on the "road diet" plan.', [("road diet", None)]),
    ],
)
def test_tags_in_parentheses_and_numbers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive with a bare apostrophe opens an appositive, as "Holm's" does
        (
            'Dana Kirk, Ross\' senior media adviser, said the rivals were up to "mischief."',
            [("mischief.", "Dana Kirk")],
        ),
        ('"We won," said Ivo Brandt, Lars’ campaign manager.', [("We won,", "Ivo Brandt")]),
        ('Dana Kirk, Holm\'s chief of staff, said it was "a good night."', [("a good night.", "Dana Kirk")]),
        # ... and one that opens its sentence is still the subject's own
        (
            'The Veterans\' Affairs office said it was "a mess."',
            [("a mess.", "The Veterans' Affairs office")],
        ),
    ],
)
def test_possessive_appositives(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what shows the words is their source, not who holds it
        (
            'One man held a sign reading "No jobs on a dead planet."',
            [("No jobs on a dead planet.", "a sign")],
        ),
        (
            'Marchers chanted "Build it!" and held signs reading "I love this town."',
            [("Build it!", "Marchers"), ("I love this town.", "signs")],
        ),
        (
            'Crews washed chalk messages off the paths, including one that read "Whose campus? Our campus."',
            [("Whose campus? Our campus.", "one that")],
        ),
        (
            'She wore a Lena Park campaign hat saying "Park for mayor."',
            [("Park for mayor.", "a Lena Park campaign hat")],
        ),
        (
            'The page showed a message that said, "The item is gone."',
            [("The item is gone.", "a message that")],
        ),
        # ... not a statement or a letter, whose author a rule reads ("wrote a letter that said")
        ('Dana Kirk wrote a letter that said "We are done."', [("We are done.", "Dana Kirk")]),
        # ... nor where a report vouches for what the sign said
        (
            'According to the Harbor Times, the men wore shirts that read "Vote Kirk."',
            [("Vote Kirk.", "Harbor Times")],
        ),
    ],
)
def test_displays_are_sources(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


def test_display_rule_names_itself() -> None:
    (found,) = explain_quotes('A man in the crowd held a sign reading "Bridge now."')
    assert (found.rule, found.quote.speaker_mention and found.quote.speaker_mention.text) == (
        "display",
        "a sign",
    )
    assert found.quote.confidence <= BY_NAME["display"].confidence


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside on when a document came out stands between it and its verb
        (
            "A statement from the club's board, released after the vote was counted, read: "
            '"No result can undo the harm."',
            [("No result can undo the harm.", "A statement from the club's board")],
        ),
        ('The memo, issued late Monday, said the outlook was "subdued."', [("subdued.", "The memo")]),
        # ... and a person's aside keeps the person
        ('Dana Kirk, released on bail last week, said he was "relieved."', [("relieved.", "Dana Kirk")]),
    ],
)
def test_documents_past_their_release(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a court's "Justice" is the judge a later "the judge" names
        (
            '"She will carry this," Lisa Duguay told Justice Marion Keefe of the high court.\n\n'
            "Keefe said the crime was grave.\n\n"
            '"The victims were the poorest people in this city," the judge said.',
            [
                ("She will carry this,", "Lisa Duguay"),
                ("The victims were the poorest people in this city,", "Marion Keefe"),
            ],
        ),
        # ... and "the judge" with no judge met before stays unnamed
        ('"The victims were poor," the judge said.', [("The victims were poor,", None)]),
    ],
)
def test_a_justice_is_the_judge(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "of Nebraska" says where the senator is from; "who" after it is the senator
        (
            "Not every Republican agreed. Sen. Ada Holm of Nebraska, who has courted labour "
            "for years, posted on X:\n\n"
            '"I have concerns about this rule."',
            [("I have concerns about this rule.", "Ada Holm")],
        ),
        (
            'The bill was backed by Sen. Ann Vale of Ohio, who said it was "long overdue."',
            [("long overdue.", "Ann Vale")],
        ),
    ],
)
def test_a_name_and_where_it_is_from(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and another calling": the other one, not the sentence's subject
        (
            "Instead, the King St.-style lane turned into a shouting match, with one councillor "
            'walking out and another calling the project "a war on drivers."',
            [("a war on drivers.", "another")],
        ),
        (
            'The plan drew fire, with one member quitting and another calling it "a farce."',
            [("a farce.", "another")],
        ),
        # a name inside a hyphenated modifier is no subject
        ('Instead, the King St.-style lane turned into a "mess."', [("mess.", None)]),
    ],
)
def test_another_and_names_in_modifiers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lede's description, named in one of the next two paragraphs
        (
            "A bookkeeper was jailed after a hearing in which the charity's director told the court "
            'the theft had "gutted" the group.\n\nThe bookkeeper pleaded guilty in May.\n\n'
            "In a statement, the trust's executive director, Monica Cyr, said two food banks closed.",
            [("gutted", "Monica Cyr")],
        ),
        (
            'The director said it was "a disaster."\n\n'
            "Later that year the film director Ann Vale met the press.",
            [("a disaster.", "Ann Vale")],
        ),
        # ... not two bearers of the role, nor a description after the lede (someone met
        # without the title: "Sanders ... the senator said")
        (
            'The director said it was "a disaster."\n\nLater the film director Ann Vale and the museum '
            "director Tom Reed met.",
            [("a disaster.", None)],
        ),
        (
            'Ben Ross spoke first.\n\n"That would be me," the senator said.\n\n'
            "Later, Sen. Ann Vale met the press.",
            [("That would be me,", None)],
        ),
    ],
)
def test_a_lede_description_named_after_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long appositive with two relative clauses between the name and "said"
        (
            '"I said it in my first week," Achebe, a former Louisiana emergency management official '
            "who spent 22 years coordinating recovery after storms from Katrina to Ida and who was "
            "appointed to the post by the administration in January, said in an interview.",
            [("I said it in my first week,", "Achebe")],
        ),
        # ... but a verb that far on, in a clause of its own, is not the quote's: no speaker
        (
            '"We are done," the sign on the door of the shop said to anyone who came by on the long '
            "afternoon, and later a clerk who had worked there for many years and who knew the owner "
            "well told reporters that the owner had left for good.",
            [("We are done,", None)],
        ),
    ],
)
def test_long_appositives_after_the_quote(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a faculty speaks as its professors do
        (
            "In an open letter signed by 200 professors, faculty wrote that they were "
            '"horrified" by the arrests.',
            [("horrified", "faculty")],
        ),
        ('The faculty said the plan was "a mistake."', [("a mistake.", "The faculty")]),
    ],
)
def test_faculty_speaks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "since March" is a time phrase before the trailing "she says", not a clause of its own
        (
            'Nadia Roy was overpaid. Her file has been "in the queue" since March, she says.',
            [("in the queue", "she")],
        ),
        ('The road has been "a mess" since 2017, Dana Kirk said.', [("a mess", "Dana Kirk")]),
        # ... while after a clause of "since" the rules stop reading (its subject is no speaker);
        # the ranker gives the quote to the one who said the sentence, as a reader would
        ('It has been "in the queue" since she filed it, Ross said.', [("in the queue", "Ross")]),
    ],
)
def test_time_phrases_before_a_trailing_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "it" for a company: not a role word ("CEO") nor a place met in passing
        (
            "Kluhane Minerals Corp. wants to build the mine. Kluhane's president and CEO, Warren "
            "Tisdale, spoke from Vancouver on Monday. The mine would employ 350 people, according to "
            'the company. It has said the mine would run for "at least 14 years."',
            [("at least 14 years.", "Kluhane Minerals Corp")],
        ),
        (
            "HALIFAX — Maritime Provisions Inc. says a price war cut its profit.\n\n"
            "Barrington spoke to analysts. Vasquez did too. Shares fell. Trading was heavy.\n\n"
            "Sales rose. Costs rose more. Margins fell. The chain will cut 140 jobs, mostly in "
            'Halifax and Moncton. It expects to save "$30 million a year," it said in a release.',
            [("$30 million a year,", "Maritime Provisions Inc")],
        ),
        # ... while a country that is a subject stays "it"
        (
            'Russia denied the report on Monday. It said the claims were "baseless."',
            [("baseless.", "Russia")],
        ),
    ],
)
def test_it_is_a_company_not_a_role_or_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # commentators and pundits speak as analysts do
        (
            'Holm had a strong debate, when many commentators called her "the grownup on the stage."',
            [("the grownup on the stage.", "many commentators")],
        ),
        ('One pundit said the race was "over."', [("over.", "One pundit")]),
    ],
)
def test_commentators_speak(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quantifier alone before the verb is the subject, never a name ("Most")
        (
            'Nine in 10 voters were worried about the economy; most said they were "very worried."',
            [("very worried.", "most")],
        ),
        ('Most said they were "very worried."', [("very worried.", "Most")]),
        ('Voters were split, and some said the plan was "a mess."', [("a mess.", "some")]),
    ],
)
def test_lone_quantifiers_speak(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected


def test_a_lone_quantifier_is_no_name() -> None:
    (quote,) = extract_quotes('Most said they were "very worried."')
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a parent by the word a child uses, and the verb "used to" carries
        (
            'My dad said, "Nobody cares what you call yourself."',
            [("Nobody cares what you call yourself.", "My dad")],
        ),
        ('My dad used to say, "Show up."', [("Show up.", "My dad")]),
        # "and he ... and said": the clause's own subject, not the sentence's "I"
        (
            'I met someone from the committee in January, and he looked at my polling and said, "Call us."',
            [("Call us.", "he")],
        ),
        # ... while "I laughed and said" keeps its "I", and "used to be" is no speech
        ('I laughed and said, "Fine."', [("Fine.", "I")]),
        ('The house used to be "a mess."', [("a mess.", None)]),
    ],
)
def test_parents_carriers_and_coordinated_clauses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mention_of(text) == expected
