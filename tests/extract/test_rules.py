"""Tests of quotes.extract.rules: which words each rule reads as a quote's speaker, in
the order the registry tries them, and the quotes no rule gives a speaker to.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from quotes.extract import explain_quotes, extract_quotes
from quotes.extract.rules import BY_NAME, RULES

# Constructions the rules read right and the fitted ranker (issue 9) does not choose yet:
# kept as strict expected failures, so that a refit that gets them right says so.
RANKER_DISAGREES = pytest.mark.xfail(
    reason="issue 9: the ranker prefers another candidate; the rule still proposes this one (--explain)",
    strict=True,
)


def who_said_what(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # X said: "..."
        (
            'Mayor Linda Osei said: "The bridge will reopen in May."',
            [("The bridge will reopen in May.", "Linda Osei")],
        ),
        (
            "Mayor Linda Osei said: “The bridge will reopen in May.”",
            [("The bridge will reopen in May.", "Linda Osei")],
        ),
        (
            'Karin Holt wrote in a statement: "The budget is balanced."',
            [("The budget is balanced.", "Karin Holt")],
        ),
        # "...," said X  /  "...," X said (inverted and plain order)
        (
            '"We will not raise taxes," said Governor Paul Hendry.',
            [("We will not raise taxes,", "Paul Hendry")],
        ),
        (
            '"We will not raise taxes," Governor Paul Hendry said.',
            [("We will not raise taxes,", "Paul Hendry")],
        ),
        ('"The budget is balanced," says Karin Holt.', [("The budget is balanced,", "Karin Holt")]),
        (
            '"We don\'t agree with the ruling," said Omar Haddad.',
            [("We don't agree with the ruling,", "Omar Haddad")],
        ),
        (
            '"We are watching closely," said Kremlin spokesman Dmitry Peskov.',
            [("We are watching closely,", "Dmitry Peskov")],
        ),
        (
            '"No decision has been taken," said Marta Lind, a spokesperson for the ministry.',
            [("No decision has been taken,", "Marta Lind")],
        ),
        ('"We are united," tweeted Maria Vega.', [("We are united,", "Maria Vega")]),
        ('Sen. Maria Vega (D-N.M.) said: "We are united."', [("We are united.", "Maria Vega")]),
        # the person told is not the speaker
        ('Ana Ruiz told the Daily Beast: "We will rebuild."', [("We will rebuild.", "Ana Ruiz")]),
        # according to X
        (
            'The work is "long overdue," according to port director Ines Cole.',
            [("long overdue,", "Ines Cole")],
        ),
        (
            'The work is "long overdue," according to Ines Cole, the port director.',
            [("long overdue,", "Ines Cole")],
        ),
        ('According to Karin Holt, the budget is "balanced."', [("balanced.", "Karin Holt")]),
        # X told Y that ... "..."
        (
            'Rafael Ortiz told Reuters that the merger "will create thousands of jobs."',
            [("will create thousands of jobs.", "Rafael Ortiz")],
        ),
        (
            'Defense Secretary Robert Lang told CNN that the troops were "ready to deploy."',
            [("ready to deploy.", "Robert Lang")],
        ),
        # appositives
        (
            "Anna Kowalski, CEO of the Northern Pension Fund (NPF) told the Financial Times "
            'that the fund "is not for sale."',
            [("is not for sale.", "Anna Kowalski")],
        ),
        (
            'Marta Lind, a spokesperson for the ministry, said: "No decision has been taken."',
            [("No decision has been taken.", "Marta Lind")],
        ),
        (
            'Karin Holt, who leads the finance ministry, said: "The budget is balanced."',
            [("The budget is balanced.", "Karin Holt")],
        ),
        (
            '"The budget is balanced," Karin Holt, the finance minister, told reporters.',
            [("The budget is balanced,", "Karin Holt")],
        ),
        # organisations and outlets as speakers
        (
            'Dmitry Peskov\'s son had a "close friendship" with the actor, according to the Daily Beast.',
            [("close friendship", "Daily Beast")],
        ),
        ('"The talks failed," the Daily Beast reported.', [("The talks failed,", "Daily Beast")]),
        (
            'The Daily Beast reported that the senator had "no plans to resign."',
            [("no plans to resign.", "Daily Beast")],
        ),
        (
            '"It is a disgrace," the Ottawa Citizen wrote in an editorial.',
            [("It is a disgrace,", "Ottawa Citizen")],
        ),
        ('Reuters reported that the plan was "dead on arrival."', [("dead on arrival.", "Reuters")]),
        # a paragraph that is only a quote continues the last speaker
        (
            'Senator Joan Pike spoke to reporters.\n"We will keep fighting," Pike said.\n"This is not over."',
            [("We will keep fighting,", "Joan Pike"), ("This is not over.", "Joan Pike")],
        ),
        (
            'Lena Brandt spoke first.\n\n"We will act," Brandt told the Globe.\n\n'
            '"Nobody is above the law."\n\n"We start on Monday."',
            [
                ("We will act,", "Lena Brandt"),
                ("Nobody is above the law.", "Lena Brandt"),
                ("We start on Monday.", "Lena Brandt"),
            ],
        ),
        (
            '"The strike goes on," union leader Gary Platt said. "We have the numbers."\n\n'
            '"And we have the time."',
            [
                ("The strike goes on,", "Gary Platt"),
                ("We have the numbers.", "Gary Platt"),
                ("And we have the time.", "Gary Platt"),
            ],
        ),
        (
            'Union leader Gary Platt said: "The strike goes on.\n\n"We have the numbers.\n\n'
            '"And we have the time."',
            [("The strike goes on.\nWe have the numbers.\nAnd we have the time.", "Gary Platt")],
        ),
        # two sentences, two quotes, one speaker
        (
            '"Believe me," said Victor Hale. "This will work."',
            [("Believe me,", "Victor Hale"), ("This will work.", "Victor Hale")],
        ),
        # a colon-introduced block quote
        (
            "Professor Alan Reyes spoke for an hour.\nReyes explained:\n"
            '"The data show a clear trend over ten years."',
            [("The data show a clear trend over ten years.", "Alan Reyes")],
        ),
        (
            "The professor, Alan Reyes, spoke for an hour.\n\nReyes then added:\n\n"
            '"The data show a clear trend."',
            [("The data show a clear trend.", "Alan Reyes")],
        ),
        (
            'Alan Reyes said:\n"The data show a clear trend over ten years."',
            [("The data show a clear trend over ten years.", "Alan Reyes")],
        ),
        # asides between the name and its verb: an age, a phrase of time, a chain of appositives
        (
            '"We will march every day," Quinn Jordan, 25, said.',
            [("We will march every day,", "Quinn Jordan")],
        ),
        (
            'Senator Ada Holm, at a later press conference, said, "I have been briefed."',
            [("I have been briefed.", "Ada Holm")],
        ),
        (
            '"It is an invasion," Scott Perry, the attorney general of Utah, one of the states '
            "suing the agency, said.",
            [("It is an invasion,", "Scott Perry")],
        ),
        # the inverted order at the head of a sentence
        (
            'Said Ellis: "I doubt she cares about tax reform."',
            [("I doubt she cares about tax reform.", "Ellis")],
        ),
        # "campaign manager" is a person's title, not an organisation's
        (
            '"We are focused," Lowe campaign manager Robby Stiles said.\n\nHe added: "We will win."',
            [("We are focused,", "Robby Stiles"), ("We will win.", "Robby Stiles")],
        ),
        # the owner of a claim, when the quote is what was claimed
        (
            'Fact-checkers looked at Donald Grey\'s claim that there were "thousands of shootings" here.',
            [("thousands of shootings", "Donald Grey")],
        ),
        # the subject of a coordinated verb is its own clause's, not the sentence's
        pytest.param(
            'Governor Chris Hale called Mary Bell a "disgrace" after she attacked the police and blamed '
            'shootings on "implicit bias."',
            [("disgrace", "Chris Hale"), ("implicit bias.", "Mary Bell")],
            marks=RANKER_DISAGREES,
        ),
        # a name and its affiliation
        (
            '"It was the least bad outcome," Mr. Morgan of the Sierra Club said.',
            [("It was the least bad outcome,", "Morgan")],
        ),
        # "who" after a name and an aside in commas
        (
            "Obama has had a frosty relationship with Mitch Connell, now the majority leader, who in 2010 "
            'said his goal was to make Obama a "one-term president."',
            [("one-term president.", "Mitch Connell")],
        ),
        # one description, coordinated
        (
            "Hillary Clinton spoke in Ohio.\n\nThe former first lady and U.S. senator said it was "
            '"a mistake" to use the server.',
            [("a mistake", "Hillary Clinton")],
        ),
        # a colon after a speech noun: the subject of that clause
        (
            'President Paul Varga is rolling out a new campaign message: "It is about me."',
            [("It is about me.", "Paul Varga")],
        ),
        (
            'She was upset, so I had to change my answer: "Of course I believe you."',
            [("Of course I believe you.", None)],
        ),
        # a speech verb later in the quote's sentence is its attribution
        (
            'Lena Brandt questioned him.\n\n"You squeezed them" to drive up the price, she said, and sat.',
            [("You squeezed them", "Lena Brandt")],
        ),
        # a role and whom it serves, past a relative clause
        (
            'A spokesperson for Ardent Retail, which runs the network, said: "We are delighted."',
            [("We are delighted.", None)],
        ),
        # the subject ends at its comma; a possessive in the appositive after it is not the subject
        (
            "Gov. Pat Crory (R) said little. Attorney General Roy Coop (D), Crory's opponent in the race, "
            'called for the videos, saying that openness "breaks down barriers."',
            [("breaks down barriers.", "Roy Coop")],
        ),
        (
            'Another critic, Laurence H. Trib, likened the rules to "burning the Constitution."',
            [("burning the Constitution.", "Laurence H. Trib")],
        ),
        # titles with "of", a sentence adverb in commas, a participle phrase before the subject
        (
            'Leader of Opposition Meena Dube, however, insisted the flood was "man-made".',
            [("man-made", "Meena Dube")],
        ),
        ('The Bank of Amerigo said the deal was "fine".', [("fine", "Bank of Amerigo")]),
        (
            'Sentencing Dunlevy, Judge Fiona McAlly said the offending was "calculated".',
            [("calculated", "Fiona McAlly")],
        ),
        # "chants of" is a noun: the attribution is the "according to" after it
        (
            'Lee was greeted with chants of "Bobby!" at a rally, according to union head Ann Cruz.',
            [("Bobby!", "Ann Cruz")],
        ),
        # an appositive opening with an adjective before its role is still an appositive
        (
            "Prof. Ian Cast, medical director of the Heart Alliance, a charity that funded the trial "
            'in Britain, called the findings "significant."',
            [("significant.", "Ian Cast")],
        ),
        # a surname met before opens a sentence as a name, even one ending in -ly
        (
            'Sheriff Lamont Everly urged calm. Mayor Oliver Tran spoke. "We are ready," he said.\n\n'
            'Two were arrested. Everly said both face charges. "This is no show," he said.',
            [("We are ready,", "Oliver Tran"), ("This is no show,", "Lamont Everly")],
        ),
        # "state" before a title is an adjective, not "to state"
        (
            '"A big year," Scott\'s niece, state Del. Marcia Price (D), shouted to the crowd.',
            [("A big year,", "Marcia Price")],
        ),
        # words about the quote after it ("a phrase ...") are no attribution
        (
            'Pieter Voss joined her. Voss, a retired driver, said the city likes "building first," a phrase '
            "residents repeated.",
            [("building first,", "Pieter Voss")],
        ),
        # a participle phrase between the name and its verb
        (
            'Minister Etienne Lacasse, speaking by telephone from Amsard, called it "a provocation."',
            [("a provocation.", "Etienne Lacasse")],
        ),
        # a request, a reply, a plea before a colon
        (
            'Tess Vander left the crowd with a request: "Bring one more person."',
            [("Bring one more person.", "Tess Vander")],
        ),
        # the subject before its place: "Ms. Park in Seoul said"
        ('Ms. Ana Park in Seoul said the plan was "cruel."', [("cruel.", "Ana Park")]),
        # a paragraph ending on a speech noun and a colon introduces the next one
        (
            'Ada Brill toured Ohio.\n\nOn July 6, Brill made the following comment:\n\n"We will rebuild."',
            [("We will rebuild.", "Ada Brill")],
        ),
        (
            'The site rated this statement by Ada Brill on June 11:\n\n"We will rebuild the mill."',
            [("We will rebuild the mill.", "Ada Brill")],
        ),
        # "said X, before adding:": the quote before it in the sentence names the speaker
        (
            'Steve Callow spoke. "He is fearless," said Callow, before adding with a grin: "He will gloat."',
            [("He is fearless,", "Steve Callow"), ("He will gloat.", "Steve Callow")],
        ),
        # a subject and its verb just before the colon
        (
            'Bernard Tuff faced the press.\n\nAsked about more gnomes, he grinned: "Watch this space."',
            [("Watch this space.", "Bernard Tuff")],
        ),
        ('Ann Lee smiled warmly: "Thank you."', [("Thank you.", "Ann Lee")]),
        # "He's claiming": a contraction, not a possessive before the verb
        (
            'Mark Tell spoke in Ohio.\n\nHe\'s claiming that fraud is "a big problem."',
            [("a big problem.", "Mark Tell")],
        ),
        # "as X put it"
        (
            'Nothing saved him from being seen, as The New Yorker put it, as "the operator."',
            [("the operator.", "New Yorker")],
        ),
        # a quote opening a sentence after the reporter's sentence about its speaker
        (
            'The talks may stall, Adam Schaff said. "The other factor is the election."',
            [("The other factor is the election.", "Adam Schaff")],
        ),
        (
            'His partner, Larry Cumbers, called him a master of deals. "He always found a way."',
            [("He always found a way.", "Larry Cumbers")],
        ),
        # "which" after a name: the name the clause hangs on
        (
            'They turned to the Chicago Police Department which reported "2,521 shooting incidents" in May.',
            [("2,521 shooting incidents", "Chicago Police Department")],
        ),
        # "a Donald Grey tweet" is a noun: the quote is Hillary Lowe's word for it
        (
            'Hillary Lowe is describing as "unhinged" a Donald Grey tweet about a pageant winner.',
            [("unhinged", "Hillary Lowe")],
        ),
        # a dash between clauses splits them like a comma
        (
            "When Mary Lowe noted that he paid no tax ― as was true for years ― Tom Grey boasted, "
            '"That makes me smart."',
            [("That makes me smart.", "Tom Grey")],
        ),
        # "to her," before the quote
        (
            "Mary Cyr spoke for an hour. She praised the film because to her, "
            '"nothing matters more than the story."',
            [("nothing matters more than the story.", "Mary Cyr")],
        ),
        # a participle of speech opening the sentence: the main clause's subject
        (
            'Mary Lowe was on the trail.\n\nAfter saying her foot was "so swollen I could barely walk," '
            "she was taken to a hospital.",
            [("so swollen I could barely walk,", "Mary Lowe")],
        ),
        # a capitalised noun opening the sentence is still its subject
        ('Police called the march "peaceful" on Monday.', [("peaceful", "Police")]),
        # '"...," as X put it' after the quote
        (
            'The Department of Homeland Security issued rules.\n\nThe requirement is a "lawful source of '
            'income," as a Homeland Security memo put it.',
            [("lawful source of income,", "Department of Homeland Security")],
        ),
        # a party tag and an aside between the subject and its verb
        (
            'Leader Ada Brill (D-Ore.), in particular, has been hammering Lowe as a "fraud" all week.',
            [("fraud", "Ada Brill")],
        ),
        ('Ada Brill (D-Ore.) has likened the plan to "burning money."', [("burning money.", "Ada Brill")]),
        # a signed letter, initials and all
        (
            "“The most unqualified candidate ever.” ― Oscar P. Quintana\n\n"
            "“Build a wall around him.” ― Steve Quade.",
            [
                ("The most unqualified candidate ever.", "Oscar P. Quintana"),
                ("Build a wall around him.", "Steve Quade"),
            ],
        ),
        # a subject pronoun right before its verb, after a long opening phrase
        (
            "Viktor Lamm spoke on Monday.\n\nIn an interview with the network RT he blasted the media "
            'for being "unbelievably dishonest."',
            [("unbelievably dishonest.", "Viktor Lamm")],
        ),
    ],
)
def test_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    """The rules, end to end: the speaker each quote gets."""
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no attribution at all and no previous speaker
        ('"Nobody expected this outcome."', [("Nobody expected this outcome.", None)]),
        ("“Nobody expected this outcome.”", [("Nobody expected this outcome.", None)]),
        # a share of people is a speaker, but not a name; a demonym is not a name either
        ('However, 63 percent said Lowe was "justified" in waiting.', [("justified", None)]),
        ('Only European immigrants are "safe" in his eyes.', [("safe", None)]),
        # a passive speech verb has no speaker before it
        ('The plan was widely mocked as "a fantasy" by some.', [("a fantasy", None)]),
        # an attribution after the quote, even one too long to read, lends it nobody else's name
        (
            'Ada Brill spoke. "It is serious," she said.\n\n"It is grave." a spokesperson for the Office of '
            "Coastal and Rural Affairs said.",
            [("It is serious,", "Ada Brill"), ("It is grave.", None)],
        ),
        # two people speaking together are neither one alone
        ('Ann Smith and Bob Jones told reporters it was "fine".', [("fine", None)]),
        # a name after a preposition is the phrase's object, not the speaker
        ('A nurse from Ohio said the plan was "cruel."', [("cruel.", None)]),
        ('A software engineer in Denver describes her Fridays as "bliss."', [("bliss.", None)]),
        # a subject that is spoken of, or is described, or only qualifies the quoted words
        ('Dr. Ivo Marsh has been called a quack by peers for selling "miracle" pills.', [("miracle", None)]),
        ('Ada Brill, in their view, is a "fraud."', [("fraud.", None)]),
        ('By 2012, Green Party "super PACs" spent freely.', [("super PACs", None)]),
        # a speech verb opening a fragment is no name
        ('Calls men derogatory names, like "pigs," and worse.', [("pigs,", None)]),
        # a heading before a colon is not a name
        pytest.param(
            'Veto Power Impedes Peace Efforts: Ending "the scourge of war" is a goal.',
            [("the scourge of war", None)],
            marks=RANKER_DISAGREES,  # the heading read as a name, and a colon before the quote
        ),
        # the quote is said of the claim, not claimed
        ('The fact-check found that Grey\'s statement was "true."', [("true.", None)]),
        # a capitalised kicker or a title-case headline names nobody
        (
            'CONGRESS HAS INVESTIGATED HIM\n\n"The claims are false," she said.',
            [("The claims are false,", None)],
        ),
        # a document nobody is said to have issued speaks for nobody known
        ('The statement called the test "a clear violation."', [("a clear violation.", None)]),
        ('Ada Brill found a report calling it "a scandal."', [("a scandal.", None)]),
        # a colon after words that are no speech introduces nobody's words
        ('It was late when the list came: "One, two."', [("One, two.", None)]),
        (
            'Ada Brill toured Ohio.\n\nHere is the full list:\n\n"Rebuild the mill."',
            [("Rebuild the mill.", None)],
        ),
        # a speaker does not carry over prose that is not a quote
        (
            'Lena Brandt spoke first.\n"We will act," Brandt told the Globe.\n'
            'The opposition rejected the plan.\n"Nobody is above the law."',
            [("We will act,", "Lena Brandt"), ("Nobody is above the law.", None)],
        ),
    ],
)
def test_no_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Cases that must find nobody."""
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, mention",
    [
        ('Tomas Berg met the press on Monday. "We have enough water," he added.', "he"),
        ('"We will not raise taxes," said Governor Paul Hendry.', "Paul Hendry"),
        ('Chief economist Hannah Ruiz spoke.\nRuiz said: "Inflation has peaked."', "Ruiz"),
        ('"Nobody expected this outcome," he said.', "he"),
        ('"The talks failed," the Daily Beast reported.', "Daily Beast"),
        (
            '"We regret it," a spokesperson for the Office of Coastal and Rural Affairs said.',
            "a spokesperson for the Office of Coastal and Rural Affairs",
        ),
        (
            'A spokesperson for Ardent Retail, which runs the network, said: "We are delighted."',
            "A spokesperson for Ardent Retail",
        ),
        ('A nurse from Ohio said the plan was "cruel."', "A nurse from Ohio"),
        ('Ann Smith and Bob Jones told reporters it was "fine".', "Ann Smith and Bob Jones"),
        ('"One sheet was for us," said the coordinator, who asked not to be named.', "the coordinator"),
        pytest.param(
            'Bernard Tuff faces a fine after furious neighbours branded it "creepy".',
            "furious neighbours",
            marks=RANKER_DISAGREES,
        ),
        ('The march went on, where protesters chanted "Porto is not for sale!" loudly.', "protesters"),
        (
            'Officials at Border Investigations, a unit of Trade and Customs Control, said they "may act."',
            "Officials at Border Investigations",
        ),
        ('Its owners were "shopping it quietly," according to a person familiar with the talks.', "a person"),
        ('The piece used one of her quotes as its headline: "Finally, someone like me."', "The piece"),
        (
            'According to a civil complaint filed by the agency, they ran a "fraudulent scheme."',
            "a civil complaint",
        ),
        ('When my mother spoke, I laughed and said, "I don\'t believe it."', "I"),
        ('"Why did he not pay his?" a narrator in the Lowe ad asks.', "a narrator in the Lowe ad"),
    ],
)
def test_speaker_mention(text: str, mention: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == mention


def test_no_mention_without_attribution() -> None:
    (quote,) = extract_quotes('"Nobody expected this outcome."')
    assert quote.speaker_mention is None
    assert quote.cue is None


@pytest.mark.parametrize(
    "text, cue",
    [
        ('Mayor Linda Osei said: "The bridge will reopen in May."', "said"),
        ('Tomas Berg met the press. "We have enough water," he added.', "added"),
        ('Rafael Ortiz told Reuters that the merger "will create jobs."', "told"),
        ('The work is "long overdue," according to Ines Cole.', "according to"),
        ('"The talks failed," the Daily Beast reported.', "reported"),
    ],
)
def test_cue(text: str, cue: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.cue == cue


# ---- the registry ---------------------------------------------------------------------------


def test_rules_are_listed_once_in_order() -> None:
    names = [rule.name for rule in RULES]
    assert names == [
        "transcript",
        "after",
        "before",
        "according",
        "owner",
        "colon",
        "subject",
        "paragraph",
        "lead-in",
        "floating",
    ]
    assert all(0 < rule.confidence <= 1 and rule.description for rule in RULES)
    assert BY_NAME["after"].confidence == 0.95


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("transcript", '"PENCE: Well, look, we will win."'),
        ("after", '"We will not raise taxes," said Governor Paul Hendry.'),
        ("before", 'Mayor Linda Osei said: "The bridge will reopen in May."'),
        ("according", 'The work is "long overdue," according to Ines Cole.'),
        ("owner", 'Ada Brill\'s claim that there had been "no cuts" was false.'),
        ("colon", 'Ada Brill continued:\n\n"We will act."'),
        ("subject", 'Reid has gone after Ada Brill as a "spoiled brat" for weeks.'),
        ("paragraph", 'Ada Brill spoke. "We will act," she said. "Soon."'),
        # the ranker picks the other mention of the same person
        pytest.param(
            "lead-in", 'Ada Brill spoke at noon, Ada Brill said.\n\n"We will act."', marks=RANKER_DISAGREES
        ),
        ("floating", '"We will act," Ada Brill said.\n\n"And soon."'),
    ],
)
def test_each_rule_names_itself(rule: str, text: str) -> None:
    found = [e for e in explain_quotes(text) if e.quote.speaker is not None]
    assert found
    assert found[-1].rule == rule
    assert found[-1].quote.confidence <= BY_NAME[rule].confidence


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody expected this outcome."',
        'In May, a "consultant" was hired.',
        '"PENCE well, look."',  # no tag without its colon
    ],
)
def test_no_rule_fires(text: str) -> None:
    assert [e.rule for e in explain_quotes(text)] == [None]
