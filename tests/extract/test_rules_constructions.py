"""Tests of quotes.extract.rules: constructions where a reader is certain of a quote's
speaker and the rules proposed nobody, so the quote went to the ranker or got no speaker
(issue 9, the no-speaker errors of polnear-train). Each table holds sentences the rules
now read, and sentences that must still give nobody.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions, proposed_by, who_said_what


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph that ends on a participle after "by": its subject is the sentence's
        (
            "Jo Brandt distanced herself from the party by saying she would vote on her own.\n\n"
            '"I owe nothing to anyone here. I will vote as I see fit."',
            [("I owe nothing to anyone here. I will vote as I see fit.", "Jo Brandt")],
        ),
        # after a comma, past an aside between the subject and its verb
        (
            "Dana Kirk, clearly tired, responded by pointing at the ledger, saying the province "
            'had cut its share.\n\n"We cannot pave roads with promises."',
            [("We cannot pave roads with promises.", "Dana Kirk")],
        ),
        # the sentence before, in the quote's own paragraph
        (
            "Ines Dalton hedged by saying she had not read the report. "
            '"I will read it tonight, and then we can talk about it."',
            [("I will read it tonight, and then we can talk about it.", "Ines Dalton")],
        ),
        # not a participle whose subject is someone else: "without anyone saying"
        (
            'The hearing ended without anyone saying a word about the budget.\n\n"This is a scandal."',
            [("This is a scandal.", None)],
        ),
        # not the idiom, whose "it" says nothing
        (
            "It goes without saying that the budget is late.\n\n"
            '"This is a scandal. The town deserves answers."',
            [("This is a scandal. The town deserves answers.", None)],
        ),
        # nor a participle that is no speech verb
        (
            "The council met for six hours, debating the budget line by line.\n\n"
            '"This is a scandal. The town deserves answers."',
            [("This is a scandal. The town deserves answers.", None)],
        ),
    ],
)
def test_a_lead_in_ending_on_a_participle(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


def test_the_lead_in_rule_proposes_the_participles_subject() -> None:
    text = (
        "Jo Brandt distanced herself from the party by saying she would vote on her own.\n\n"
        '"I owe nothing to anyone here. I will vote as I see fit."'
    )
    assert proposed_by(text, "lead-in") == ["Jo Brandt"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a full sentence after a comma closes a sentence whose subject, a name, is past an aside
        # that describes it before its verb
        (
            'Jo Brandt, who chairs the panel, shrugged, "We will read it first and decide later."',
            [("We will read it first and decide later.", "Jo Brandt")],
        ),
        (
            "Filippo Okafor, the agency director, reacted coolly to the deal, "
            '"We are concerned about any agreement like this one."',
            [("We are concerned about any agreement like this one.", "Filippo Okafor")],
        ),
        # not a passive's subject, who was spoken to, past the aside as before it
        (
            'Jo Brandt, who chairs the panel, was asked, "Will you read it before the vote?"',
            [("Will you read it before the vote?", None)],
        ),
    ],
)
def test_a_full_sentence_past_an_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone pledged or called for, right after the noun their possessive owns
        (
            'Voters cheered his call for "a total ban on lobbyists."',
            [("a total ban on lobbyists.", "his")],
        ),
        (
            'The crowd liked Brandt\'s pledge to "fix the roads first."',
            [("fix the roads first.", "Brandt")],
        ),
        (
            'Brandt\'s calls for "a clean audit" went unanswered.',
            [("a clean audit", "Brandt")],
        ),
        (
            'Only her promise to be "a mayor for every ward" survived the campaign.',
            [("a mayor for every ward", "her")],
        ),
        # not a telephone call: "call to" is no call for anything
        (
            'Her call to "the ministry" went unanswered.',
            [("the ministry", None)],
        ),
        # not after a speech verb, whose subject reports the pledge
        (
            'Critics denounced Brandt\'s call for "a total ban on lobbyists."',
            [("a total ban on lobbyists.", "Critics")],
        ),
    ],
)
def test_what_was_pledged_or_called_for(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph ending "as follows:" names what the quote paragraph after it holds
        (
            'Transcript as follows:\n\n"We arrived in Leeds last night and went to a diner. People cheered."',
            [("We arrived in Leeds last night and went to a diner. People cheered.", "Transcript")],
        ),
        (
            "The statement from the union reads as follows:\n\n"
            '"We will strike on Monday unless the offer improves."',
            [("We will strike on Monday unless the offer improves.", "The statement from the union")],
        ),
        # a transcript's turns keep the speaker their tag names
        (
            'Partial transcript as follows:\n\n"HOLM: We will strike on Monday unless the offer improves."',
            [("We will strike on Monday unless the offer improves.", "HOLM")],
        ),
        # not a paragraph of figures that only quotes the answers
        (
            'The results were as follows:\n\n"Yes" 52 percent, "No" 48 percent.',
            [("Yes", None), ("No", None)],
        ),
    ],
)
def test_as_follows(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause in commas after a preposition's object is an aside about that one,
        # who said the words its speech verb reports
        (
            "Holm endured a lecture from the mayor, who said that the deal has been good for "
            '"the town as well as the county."',
            [("the town as well as the county.", "who")],
        ),
        # not a restrictive clause after a preposition: the sentence is about what they said
        (
            "Holm is disavowing remarks made by a campaign aide who said voters should not"
            ' "elect corporate hacks" during the rally.',
            [("elect corporate hacks", "Holm")],
        ),
    ],
)
def test_an_aside_about_a_prepositions_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


def test_an_aside_whose_verb_is_no_speech_proposes_nobody() -> None:
    text = 'Holm sat beside the mayor, who arrived late from a "working lunch" downtown.'
    assert proposed_by(text, "who-clause") == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the agent of a passive speech verb right before the quote said the words
        (
            'The plan was called "a disaster for farmers" by the mayor.',
            [("a disaster for farmers", "the mayor")],
        ),
        (
            'The policy has been described as "strategic ambiguity" by Dana Kirk, a professor at Leeds.',
            [("strategic ambiguity", "Dana Kirk")],
        ),
        # any naming verb: the quote is the agent's name for what the subject is
        ('The plan was termed "a disaster" by Tom Berg.', [("a disaster", "Tom Berg")]),
        ('The plan was labelled "a disaster" by Tom Berg.', [("a disaster", "Tom Berg")]),
        ('The plan was referred to as "the blob" by Tom Berg.', [("the blob", "Tom Berg")]),
        ('The plan was characterized as "a giveaway" by Tom Berg.', [("a giveaway", "Tom Berg")]),
        ('The inquiry, labeled a "witch hunt" by Tom Berg, ended.', [("witch hunt", "Tom Berg")]),
        # a naming participle opening an aside: its agent, not the phrase the aside follows
        ('The union, characterized as "militant" by Tom Berg, struck.', [("militant", "Tom Berg")]),
        ('Holm, called "a hero" by Tom Berg, smiled.', [("a hero", "Tom Berg")]),
        ('The plan was once called "a disaster" by Tom Berg.', [("a disaster", "Tom Berg")]),
        # an active past before the quote: its subject spoke, "by" opens no agent of it
        ('Ada Holm called "foul" by Tom Berg, the referee.', [("foul", "Ada Holm")]),
        # not a speech verb that names nothing: the quote is the reporter's words about it
        ('The plan was announced "with fanfare" by Tom Berg.', [("with fanfare", None)]),
        ('The plan was reported "in error" by Tom Berg.', [("in error", None)]),
        ('The plan was described "in detail" by Tom Berg.', [("in detail", None)]),
        ('The remark was repeated "twice" by Tom Berg.', [("twice", None)]),
        # not a work and its author: the verb comes after the title
        ('The novel "Long Winter" was written by Dana Kirk.', [("Long Winter", None)]),
    ],
)
def test_the_agent_of_a_passive_speech_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive speech verb in a who-clause: its antecedent is spoken of; the agent spoke
        ('Ada Holm, who was called "a hero" by Tom Berg, smiled.', [("a hero", "Tom Berg")]),
        (
            'Ada Holm, who has been described as "a visionary" by Tom Berg, left early.',
            [("a visionary", "Tom Berg")],
        ),
        ('Ada Holm, who was called "a hero" in the press, smiled.', [("a hero", None)]),
        # an active or progressive speech verb, or one of thought: the antecedent speaks
        ('Ada Holm, who has called the plan "a disaster," resigned.', [("a disaster,", "who")]),
        ('Ada Holm, who was calling the plan "a disaster," resigned.', [("a disaster,", "who")]),
        ('Ada Holm, who thinks the plan is "a disaster," resigned.', [("a disaster,", "who")]),
    ],
)
def test_a_passive_who_clause_is_no_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of a passive speech verb is spoken to or of: nobody said the words here
        ('Ada Holm was told the plan was "a disaster."', [("a disaster.", None)]),
        ('Ada Holm has been told the plan was "a disaster."', [("a disaster.", None)]),
        ('Ada Holm, who was told the plan was "a disaster," resigned.', [("a disaster,", None)]),
        ('Critics who were told the plan was "a disaster" left.', [("a disaster", None)]),
        ('The chairman was said to be "furious" with the mayor.', [("furious", None)]),
        # the active voice, or a participle of the subject's own speech, keeps its speaker
        ('Ada Holm told Berg the plan was "a disaster."', [("a disaster.", "Ada Holm")]),
        ('Ada Holm has long said the plan was "a disaster."', [("a disaster.", "Ada Holm")]),
        ('Ada Holm was quoted as saying the plan was "a disaster."', [("a disaster.", "Ada Holm")]),
        ('Ada Holm was asked about the plan and said it was "a disaster."', [("a disaster.", "Ada Holm")]),
        ('Critics who said the plan was "a disaster" left.', [("a disaster", "who")]),
    ],
)
def test_a_passive_speech_verbs_subject_says_nothing(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Ada Holm, who was called "a hero" by Tom Berg, smiled.',
        'Critics, who were labeled "cranks" by the mayor, left.',
        'Ada Holm, who was called "a hero" in the press, smiled.',
    ],
)
def test_a_passive_who_clause_proposes_nobody(text: str) -> None:
    assert proposed_by(text, "who-clause") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # "known as" is no speech verb
        'The town, known as the "Gateway to the North" by locals, grew fast.',
        # "by" that opens no agent: "by any measure" after an active verb's quote
        'Holm called the plan "a disaster" by any measure.',
        # a speech verb that names nothing
        'The plan was announced "with fanfare" by Tom Berg.',
    ],
)
def test_the_agent_rule_proposes_nobody(text: str) -> None:
    assert proposed_by(text, "agent") == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appositive led by "another" describes the name before it: the name is the subject
        (
            "Sen. Ivo Brandt (R), another early Holm supporter, suggested that Berg was weak on "
            'the "toll bridge" vote.',
            [("toll bridge", "Ivo Brandt")],
        ),
        (
            'Ada Holm, another member of the board, said the plan was "a fine idea for the town."',
            [("a fine idea for the town.", "Ada Holm")],
        ),
        # not a parenthetical clause that runs into its verb: its subject is another person
        (
            'Ada Holm praised the plan, another voter said, calling it "a fine idea for the town."',
            [("a fine idea for the town.", None)],
        ),
    ],
)
def test_an_appositive_led_by_another(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "who" after a name that ends in an abbreviation's dot is that name
        (
            "The plan drew a sharp reply from Tom Berg Jr., who suggested in a radio interview "
            'that Holm was trying to "stay relevant."',
            [("stay relevant.", "Tom Berg Jr")],
        ),
        # the province after a town is no one "who" stands for: the name before the town
        (
            'The plan drew a sharp reply from Ada Holm of Brill, Ont., who said it was "a fine idea."',
            [("a fine idea.", "Ada Holm")],
        ),
        # a province named in full is a place as a state is
        (
            'The plan drew a sharp reply from Ada Holm of Brill, Ontario, who said it was "a fine idea."',
            [("a fine idea.", "Ada Holm")],
        ),
        # ... and with no name before it, nobody (not the province)
        (
            'The plan drew a sharp reply from farmers in Brill, Ont., who said it was "a fine idea."',
            [("a fine idea.", None)],
        ),
        # ... nor the subject of the verb before the relative clause
        (
            'Tom Berg praised farmers in Kessock, Ont., who said the rain was "a blessing."',
            [("a blessing.", None)],
        ),
        (
            'Tom Berg praised farmers in Kessock, N.S., who said the rain was "a blessing."',
            [("a blessing.", None)],
        ),
        # ... nor the town a role is of: the role's holder is not named
        (
            'Ada Holm wrote to the mayor of Kessock, Ont., who replied that the plan was "dead."',
            [("dead.", None)],
        ),
        (
            'Police arrested a man from Kessock, P.E.I., who told them he was "just passing through."',
            [("just passing through.", None)],
        ),
        # the person a town describes, past a province with dots or without
        (
            'Tom Berg met Ada Holm from Kessock, N.S., who said the plan was "dead."',
            [("dead.", "Ada Holm")],
        ),
        (
            'Ada Holm of Kessock, N.W.T., who chairs the board, said the vote was "a formality."',
            [("a formality.", "Ada Holm")],
        ),
        (
            'Tom Berg, 54, of Kessock, Ont., said the plan was "dead on arrival."',
            [("dead on arrival.", "Tom Berg")],
        ),
    ],
)
def test_who_after_an_abbreviated_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the name after "of" is no subject: nobody rather than the town
        (
            'A teacher from the school in the town of Brill told reporters: "We will open in May."',
            [("We will open in May.", None)],
        ),
        # the person a place describes
        (
            'The mood darkened when Speaker Ada D. Holm of Oregon lamented the "gloomy" state of the race.',
            [("gloomy", "Ada D. Holm")],
        ),
        # a role shared describes the name before it, not the body after "of"
        (
            '"We will open in May," Ada Holm, co-founder of the Oakmere Schools Trust, said.',
            [("We will open in May,", "Ada Holm")],
        ),
    ],
)
def test_a_name_after_of(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside after two names describes both; the names are the speakers, not "the board"
        (
            'Tom Berg and Ada Holm, both members of the board, said: "We will open in May."',
            [("We will open in May.", "Tom Berg and Ada Holm")],
        ),
        (
            '"We will open in May," Tom Berg and Ada Holm, both members of the board, said.',
            [("We will open in May,", "Tom Berg and Ada Holm")],
        ),
    ],
)
def test_an_aside_after_coordinated_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name ending in a place's head is a place, never the person a description or a
        # pronoun stands for
        (
            'Brill County held a meeting on Monday. "Schools come first," the 71-year-old mayor said.',
            [("Schools come first,", None)],
        ),
        (
            'Oakmere Valley held a vote on Monday. "Schools come first," he said.',
            [("Schools come first,", None)],
        ),
        (
            'Crews drained Kessock Lake on Monday. "It will take a week," he said.',
            [("It will take a week,", None)],
        ),
        # ... and still the speaker its own verb names
        ('"We will act," Brill County said in a statement.', [("We will act,", "Brill County")]),
        # a head that is a surname too, after a first name or as the subject: a person
        ('Ricki Lake spoke to the crowd. "I am thrilled," she said.', [("I am thrilled,", "Ricki Lake")]),
        (
            'Kevin Parish, 44, was sentenced on Friday. "I am sorry for what I did," he told the court.',
            [("I am sorry for what I did,", "Kevin Parish")],
        ),
        (
            'Tina Island, the union\'s president, spoke first. "We will strike on Monday," she said.',
            [("We will strike on Monday,", "Tina Island")],
        ),
        (
            'Ava Street said she had waited an hour. "Nobody came," she said.',
            [("Nobody came,", "Ava Street")],
        ),
        (
            'Talk show host Dana Lake opened the gala. "It is a gift to be here," she said.',
            [("It is a gift to be here,", "Dana Lake")],
        ),
    ],
)
def test_a_name_ending_in_a_places_head(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # whom the phrase's head acts for is no speaker: the lawyer, the officials speak
        (
            'A lawyer representing Ada Holm told reporters: "We will appeal the ruling."',
            [("We will appeal the ruling.", "A lawyer")],
        ),
        (
            'Officials working for Ada Holm said the plan was "a fine idea for the town."',
            [("a fine idea for the town.", "Officials working for Ada Holm")],
        ),
        # ... but a name described by such an aside is still the speaker
        (
            'Ada Holm, speaking for the board, said: "We will appeal the ruling."',
            [("We will appeal the ruling.", "Ada Holm")],
        ),
    ],
)
def test_whom_a_source_acts_for_is_no_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object of an infinitive's verb that "who" follows: those people, no name
        (
            'Ada Holm visited Kessock, Ont., on Monday to meet farmers who said the drought was "brutal."',
            [("brutal.", None)],
        ),
        (
            'Ada Holm went to meet the farmers who said the drought was "brutal."',
            [("brutal.", None)],
        ),
        # ... a name there is still the one "who" stands for
        ('Ada Holm went to meet Tom Berg who said the drought was "brutal."', [("brutal.", "Tom Berg")]),
        # ... and the sentence's own subject and verb still speak
        ('Ada Holm went to meet farmers and said the drought was "brutal."', [("brutal.", "Ada Holm")]),
    ],
)
def test_who_after_an_infinitives_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected
