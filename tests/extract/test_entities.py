"""Tests of quotes.extract.entities: the names an article mentions and whom they mean."""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities, Token
from quotes.extract.marks import find_quotes, split_turns
from tests.extract.helpers import who_said_what


def read(text: str) -> Entities:
    return Entities(Document(text, split_turns(text, list(find_quotes(text)))))


def test_a_name_met_after_reading_changes_nothing_reading_built() -> None:
    # issue 8: a late full name used to merge the surname met before it, while the
    # mentions by sentence, built on first use, still held the merged-away entity
    entities = read("Pence spoke first. The hearing went on.\n")
    before = list(entities.mentions)
    (_, pence), *_ = entities.in_sentence(0)
    late = entities.resolve_name("Mike Pence")
    assert late.name == "Mike Pence"
    assert list(entities.mentions) == before
    assert pence in entities.entities
    assert [e for _, e in entities.in_sentence(0)] == [pence]
    assert entities.resolve_name("Mike Pence") is late  # one entity for one name


def test_entities_are_read_only_once_read() -> None:
    entities = read("Kremlin spokesman Dmitry Peskov spoke.\n")
    peskov = entities.lookup("Dmitry Peskov")
    assert peskov is not None
    with pytest.raises(AttributeError, match="read-only"):
        peskov.gender = "f"
    assert isinstance(peskov.roles, frozenset)
    assert "spokesman" in peskov.roles


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Kremlin spokesman Dmitry Peskov spoke.\n", "Dmitry Peskov", "m"),
        ("Sen. Elizabeth Warren spoke.\n", "Elizabeth Warren", "f"),
        ("Mr. Mabey spoke.\n", "Mabey", "m"),
        ("His daughter, Kim Lowe, spoke.\n", "Kim Lowe", "f"),
        ("Terry Strada spoke at length. He was angry.\n", "Terry Strada", "m"),
        # a name worn by both with nothing that tells: no sex
        ("Terry Strada spoke.\n", "Terry Strada", None),
        # issue 9: "who lost her daughter": the relative clause's possessive before a kin noun
        ("Terry Strada, who lost her daughter in 2012, spoke.\n", "Terry Strada", "f"),
        ("Terry Strada, who buried his only son, spoke.\n", "Terry Strada", "m"),
        # ... not "her" as an object, nor before any other noun
        ("Terry Strada, who told her that the plan failed, spoke.\n", "Terry Strada", None),
        ("Terry Strada, who praised her plan, spoke.\n", "Terry Strada", None),
    ],
)
def test_the_sex_of_a_name(text: str, name: str, gender: str | None) -> None:
    entity = read(text).lookup(name)
    assert entity is not None
    assert entity.gender == gender


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # issue 9: a town that is also a first name, with its state after it, is a place ...
        ("She lost her son in the shooting in Aurora, Colorado, in 2012.\n", "Aurora", "place"),
        ("The plant in Florence, Ala., closed.\n", "Florence", "place"),
        # ... but not a first name met without one
        ("Aurora spoke first. Then Dan Ortiz spoke.\n", "Aurora", "person"),
        # the head of a place's name: a place, whatever opens it
        ("Brill County held a meeting.\n", "Brill County", "place"),
        ("Voters in Oakmere Valley met.\n", "Oakmere Valley", "place"),
        # a head that is a surname too: a place after no known first name, not as the subject
        ("Crews drained Kessock Lake on Monday.\n", "Kessock Lake", "place"),
        ("Police closed Harbour Street on Monday.\n", "Harbour Street", "place"),
        # ... but as the subject, or after a first name, maybe a person
        ("Ricki Lake spoke to the crowd.\n", "Ricki Lake", "unknown"),
        ("Kevin Parish, 44, was sentenced on Friday.\n", "Kevin Parish", "person"),
        ("The crowd cheered Ava Street.\n", "Ava Street", "person"),
    ],
)
def test_the_kind_of_a_name(text: str, name: str, kind: str) -> None:
    entity = read(text).lookup(name)
    assert entity is not None
    assert entity.kind == kind


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # issue 9: the subject of "said" after a relative clause with commas of its own
        ("Sandy Phillips, who lost her son in Aurora, Colorado, in 2012, said that it hurt.\n", True),
        ("Sandy Phillips, who lost her son, said that it hurt.\n", True),
        # ... not a name after a preposition
        ("A gift from Sandy Phillips, who lost her son in Aurora, Colorado, said nothing.\n", False),
        # issue 9: after a time phrase with no comma that opens the sentence
        ("On Thursday evening Sandy Phillips delivered her speech.\n", True),
        ("In 2012 Sandy Phillips lost her son.\n", True),
        # (the opening words of lexicon.TIME_OPENERS, one set with subjects and rules)
        ("During 2012 Sandy Phillips lost her son.\n", True),
        ("At 9 Sandy Phillips delivered her speech.\n", True),
        # ... not after another opening phrase, nor a time phrase with more in it
        ("On the way home Sandy Phillips lost her keys.\n", False),
        ("On Thursday evening at home Sandy Phillips delivered her speech.\n", False),
    ],
)
def test_a_subject_after_a_relative_clause(text: str, subject: bool) -> None:
    mentions = [m for m, e in read(text).in_sentence(0) if e.name == "Sandy Phillips"]
    assert [m.subject for m in mentions] == [subject]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dateline, a headline in title case and a sentence's opening verb are no names
        ("HOLLIS CREEK — The council met.\n", "Hollis Creek"),
        ("Retired General Reveals Plan For Border\n\nThe plan was new.\n", "Retired General Reveals Plan"),
        ("Asked about it, the mayor declined.\n", "Asked"),
    ],
)
def test_what_is_no_name(text: str, name: str) -> None:
    assert read(text).lookup(name) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a run starts at a capital only; small words join it when they follow one
        ("the head of the Association of the Bar spoke.", ["Association of the Bar"]),
        # ... not a particle with no name before it ("the van Gogh show")
        ("and of the van Gogh show, Vincent van Gogh said.", ["Gogh", "Vincent van Gogh"]),
        ("Abu Musa al-Mansouri met de la Cruz.", ["Abu Musa al-Mansouri", "Cruz"]),
        ("the Department of Health and Human Services said.", ["Department of Health and Human Services"]),
        # a capital inside a word ("x-Men", "O'Neill") or after a dot opens no run
        ("the x-Men and O'Neill met.", ["O'Neill"]),
        ("of on for the de", []),
    ],
)
def test_runs_of_capitalised_words(text: str, names: list[str]) -> None:
    entities = read(text)
    doc = entities.doc
    runs = entities._runs(0, len(doc.masked))
    assert [" ".join(t.text for t in run) for run in runs] == names


def test_a_transcript_tag_title_gives_the_speaker_a_sex() -> None:
    # issue 8: "MR. PRICE" lost its title, so a later "she" could resolve to him
    text = (
        "Reporters pressed the State Department on the sanctions.\n\n"
        '"MR. PRICE: We will not comment on that."\n\n'
        '"That is a matter for the courts," she said.\n'
    )
    tagged, later = extract_quotes(text)
    assert (tagged.speaker, tagged.speaker_title) == ("Price", "Mr.")
    assert later.speaker is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles before names
        (
            'Kremlin spokesman Dmitry Peskov said on Tuesday: "We are watching closely."',
            [("We are watching closely.", "Dmitry Peskov")],
        ),
        (
            'White House press secretary Dana Cole said: "The president is confident."',
            [("The president is confident.", "Dana Cole")],
        ),
        # an adjective ending in -ed before a title is part of the title
        (
            '"She has the temperament," retired Army general Lloyd Nuttall said.',
            [("She has the temperament,", "Lloyd Nuttall")],
        ),
        # a short form of a long name is the same person
        (
            'Aung Min Suu Kyo visited Ottawa. "Unity means prosperity," Suu Kyo said.',
            [("Unity means prosperity,", "Aung Min Suu Kyo")],
        ),
        # organisations: names with "of", acronyms, "the commission", "a Herald article"
        (
            'The Association of Transit Pilots called the plan a "disaster."',
            [("disaster.", "Association of Transit Pilots")],
        ),
        (
            "The Commission on Debate Standards met on Monday.\n\n"
            '"The audio was faulty," the commission said.',
            [("The audio was faulty,", "Commission on Debate Standards")],
        ),
        (
            'The International Grain Fund (IGF) cut its forecast.\n\n"Prices will rise," the IGF said.',
            [("Prices will rise,", "International Grain Fund")],
        ),
        (
            'The Boston Herald ran a profile.\n\n"He built the city," a Herald article said.',
            [("He built the city,", "Boston Herald")],
        ),
        # a company by the first words of its name, and as "the company"; "the alliance"
        (
            "Halvorsen Foods Inc said it would buy Crispline.\n\n"
            'The deal "helps us grow," Halvorsen said.\n\nIt is "accretive," the company said.',
            [("helps us grow,", "Halvorsen Foods Inc"), ("accretive,", "Halvorsen Foods Inc")],
        ),
        (
            'The trial was run by the Shorter Week Alliance. The alliance called it "a vindication."',
            [("a vindication.", "Shorter Week Alliance")],
        ),
        # an outlet called "The" and one word keeps its "The"
        ('"The loopholes are real," The Hill reported.', [("The loopholes are real,", "The Hill")]),
        # "and" inside an organisation's name, not between two names
        (
            'The Department of Health and Human Services said the plan was "sound."',
            [("sound.", "Department of Health and Human Services")],
        ),
        # "X, which described ...": the organisation the clause hangs on; "Foreign Ministry" is one name
        (
            'It ran a note from the Dravonian Foreign Ministry, which called it "an overreaction."',
            [("an overreaction.", "Dravonian Foreign Ministry")],
        ),
        # issue 9: an appositive whose head is a business noun makes the name a company
        (
            "Kestrel Cloud, the fast-growing infrastructure provider that sells cheap storage, "
            'apologized.\n\n"It should never have happened," the company said.',
            [("It should never have happened,", "Kestrel Cloud")],
        ),
        (
            "Tellund Brask, a Perth-based shipbuilder, cut its forecast.\n\n"
            '"Prices are soft," the company said.',
            [("Prices are soft,", "Tellund Brask")],
        ),
        # ... not a person's appositive, nor a noun said of people too
        (
            'Dana Orsk, the provider of the data, was hurt.\n\n"It fell," the company said.',
            [("It fell,", None)],
        ),
        ('Orsk, a crane operator, was hurt.\n\n"It fell," the company said.', [("It fell,", None)]),
        # "Systems", "Technologies", "Labs" end company names too
        (
            'OAKMERE — Lumera Systems introduced a battery.\n\n"It runs for hours," the company said.',
            [("It runs for hours,", "Lumera Systems")],
        ),
        # a first name inside a name ("Ramesh Chandra") does not cut it; a party or a demonym before one does
        (
            'Disaster minister Ramesh Chandra Bhatnagar told reporters it was "terrible."',
            [("terrible.", "Ramesh Chandra Bhatnagar")],
        ),
        ('Democrat Tim Kane said it was "fine".', [("fine", "Tim Kane")]),
        # Arabic particles in names
        (
            'Khalid al-Mansour, the agency head, spoke.\n\n"It was bad," al-Mansour said.',
            [("It was bad,", "Khalid al-Mansour")],
        ),
        # an appositive before the name: "A Cordova spokeswoman, Delphine Arce,"
        (
            "A Cordova spokeswoman, Delphine Arce, said nothing was decided.\n\n"
            'Arce said managers knew. "We regret it," the spokeswoman said.',
            [("We regret it,", "Delphine Arce")],
        ),
        # a nickname given after a name names that person from then on
        (
            'The star is Darnell Ames, whom all call "Bucket." Ames scored 31.\n\n"Maybe," Bucket said.',
            [("Bucket.", None), ("Maybe,", "Darnell Ames")],
        ),
        (
            'The core is Marcus Whit, a center from Gary, Indiana, known as "Deuce" since school.\n\n'
            '"We won," Deuce said.',
            [("Deuce", None), ("We won,", "Marcus Whit")],
        ),
        # a dateline is no name; "state Sen." is no verb
        (
            'HOLLIS CREEK — In the race, state Sen. Teresa Vander stood up and called the plan "a fantasy."',
            [("a fantasy.", "Teresa Vander")],
        ),
        # roles from appositives with an owner: "Maddox's lawyer", "Lumera's chief executive"
        (
            'Bernard Ostrow, Maddox\'s lawyer, rose.\n\n"So you said nothing," the defense lawyer said.',
            [("So you said nothing,", "Bernard Ostrow")],
        ),
        (
            '"It is cheap," Lumera\'s chief executive, Priya Raghu, said. "No secret," the executive said.',
            [("It is cheap,", "Priya Raghu"), ("No secret,", "Priya Raghu")],
        ),
        (
            "Sen. Lena Halvor chaired it. Sen. Howard Bix spoke later.\n\nHalvor was more direct. She said "
            'emails would be sought.\n\n"A bridge is not deferred," the senator said.',
            [("A bridge is not deferred,", "Lena Halvor")],
        ),
        # a role from "X was the ... witness"
        (
            'Yvette Sando, 52, was the ninth witness in the trial.\n\n"I had debts," the witness said.',
            [("I had debts,", "Yvette Sando")],
        ),
        # a party letter in brackets is not part of the name
        (
            "Attorney General Roy Cooper (D), the governor's opponent, called for the release, saying "
            'that transparency "brings progress."',
            [("brings progress.", "Roy Cooper")],
        ),
        # party and state after a name, in commas or brackets
        (
            'House Speaker Paul Rand, R-Wis., said the victims "need their day in court."',
            [("need their day in court.", "Paul Rand")],
        ),
        (
            '"They would just go get them," Rep. Jim Jordy (R-Ohio), a panel member, said.',
            [("They would just go get them,", "Jim Jordy")],
        ),
        # an abbreviated title ends no sentence and names no one
        (
            '"It is a waste of time," said Del. Stacey Plaske.',
            [("It is a waste of time,", "Stacey Plaske")],
        ),
        # a lone surname that is also a first name ("Clinton") says nothing of sex
        ('Clinton arrived in Ohio on Monday.\n\n"We will win," she said.', [("We will win,", "Clinton")]),
        # a lone woman's first name is seldom a surname: it says the sex
        ('Ed Lowe took the stage. Melanie cheered.\n\n"I love you," he said.', [("I love you,", "Ed Lowe")]),
        # an appositive before the name gives the sex: "His daughter, Kim Lowe,"
        (
            "Rita Vance said the risk was low.\n\nHis daughter, Kim Lowe, told reporters that her father "
            'had been healthy until he fell ill.\n\n"He went to a wedding," she said.',
            [("He went to a wedding,", "Kim Lowe")],
        ),
        # "Derek and Sheila Mabey" are two Mabeys; "Mr" and "Mrs" tell them apart, dot or none
        (
            'The owners, Derek and Sheila Mabey, retired.\n\nMr Mabey said they were "overwhelmed."\n\n'
            '"He cried," Mrs Mabey said.',
            [("overwhelmed.", "Derek Mabey"), ("He cried,", "Sheila Mabey")],
        ),
        # first names from the census table (public-domain SSA counts) give the sex
        (
            'Marjorie Hale met Desmond Pike.\n\n"The deal is done," she said.',
            [("The deal is done,", "Marjorie Hale")],
        ),
        # an organisation's name keeps its national or party adjective (issue 9); a
        # person's title does not make it part of the name, nor does a description
        (
            'The Canadian Medical Association called the plan "a good start."',
            [("a good start.", "Canadian Medical Association")],
        ),
        (
            'The Democratic Senatorial Campaign Committee called them "reckless."',
            [("reckless.", "Democratic Senatorial Campaign Committee")],
        ),
        ('Canadian Prime Minister Jan Dorr said it was "welcome."', [("welcome.", "Jan Dorr")]),
        ('A Canadian official said it was "premature."', [("premature.", None)]),
    ],
)
def test_speakers_by_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Names read with their titles, parts and sex decide the speaker's name."""
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, speaker, title",
    [
        ('Kremlin spokesman Dmitry Peskov said: "We are watching closely."', "Dmitry Peskov", "spokesman"),
        ('Mayor Linda Osei said: "The bridge will reopen in May."', "Linda Osei", "Mayor"),
        ('"We will not raise taxes," said Governor Paul Hendry.', "Paul Hendry", "Governor"),
        ('Marta Lind, a spokesperson for the ministry, said: "No decision."', "Marta Lind", "spokesperson"),
        (
            'Anna Kowalski, CEO of the Northern Pension Fund (NPF) told the Times that it "is not for sale."',
            "Anna Kowalski",
            "CEO",
        ),
        ('"They are ready," Robert Lang, a spokesman for the Pentagon, said.', "Robert Lang", "spokesman"),
        # the title is the words right before the name, not the verb before them
        (
            'Leaders denounced what Australian Prime Minister Malcolm Tull called "reckless" acts.',
            "Malcolm Tull",
            "Australian Prime Minister",
        ),
        (
            'Republican vice-presidential nominee Gov. Mike Penn said "we will win."',
            "Mike Penn",
            "Republican vice-presidential nominee",
        ),
        (
            '"We are close," said John Podell, a chief of staff to Bill Clanton whom Mr. Obama admired.',
            "John Podell",
            "a chief of staff to Bill Clanton",
        ),
        # parliamentary titles (issue 9: news from other countries): the party and the
        # province before them are part of the title, not of the name
        ('Liberal MP Adam Vale said the bill was "long overdue."', "Adam Vale", "Liberal MP"),
        ('"People will suffer," said Ontario NDP MPP Peggy Sattel.', "Peggy Sattel", "Ontario NDP MPP"),
        ('B.C. Liberal MLA Mike de Jongh called the budget "a work of fiction."', "Mike de Jongh", "MLA"),
        ('Labour MEP Clara Dunne said: "We will vote against it."', "Clara Dunne", "Labour MEP"),
        # police ranks abbreviated: the dot ends no sentence and the rank is no name
        ('"Come forward," Const. Laura Brabert told reporters.', "Laura Brabert", "Const."),
        ('Det. Sgt. Mike Carbery said they were "following every lead."', "Mike Carbery", "Det."),
        ('"Avoid the area," said Insp. Mark Hale.', "Mark Hale", "Insp."),
    ],
)
def test_speaker_title(text: str, speaker: str, title: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
    assert quote.speaker_title is not None
    assert title in quote.speaker_title
    assert speaker not in quote.speaker_title


@pytest.mark.parametrize(
    "text, title",
    [
        (
            '"We are close," said John Podell, a chief of staff to Bill Clanton whom Mr. Obama admired.',
            "a chief of staff to Bill Clanton",
        ),
        (
            'Leaders denounced what Australian Prime Minister Malcolm Tull called "reckless" acts.',
            "Australian Prime Minister",
        ),
        (
            'Republican vice-presidential nominee Gov. Mike Penn said "we will win."',
            "Republican vice-presidential nominee",
        ),
        (
            '"The vote is clear," Grey\'s communications director Steven Chung said.',
            "Grey's communications director",
        ),
        # an honorific is no title
        ('Mr. Obama said "the vote matters."', None),
        ('Secretary of State John Kerr said it was "fine".', "Secretary of State"),
        ('Chairman of the Joint Chiefs Joe Dunn said it was "fine".', "Chairman of the Joint Chiefs"),
        # a relative clause is no title, and ends the one before it
        ('"We will win," Chris Crist, who has campaigned for Lowe, said.', None),
        (
            '"We will win," Malka Cyr, the director of the Media Center and whose son ran, said.',
            "the director of the Media Center",
        ),
        # a dateline is where the story was filed, never part of the title after it, whatever
        # its dash (the typewriter's "--" too); a title of capitalised words is kept whole
        ("HALDEN, Ont. — Mayor Ann Roy, at the bridge, said it was ''a great day.''", "Mayor"),
        ("HALDEN, Ont. -- Mayor Ann Roy, at the bridge, said it was ''a great day.''", "Mayor"),
        ("HALDEN (AP) -- Mayor Ann Roy, at the bridge, said it was ''a great day.''", "Mayor"),
        (
            "HALDEN -- Senate Majority Leader Ann Roy, at the bridge, said it was ''a great day.''",
            "Senate Majority Leader",
        ),
        (
            "Senate Majority Leader Ann Roy, at the bridge, said it was ''a great day.''",
            "Senate Majority Leader",
        ),
        # two abbreviations are one title; a company's full stop stays
        ('Det. Sgt. Paul Ng of the Halton police said "the case is closed."', "Det. Sgt."),
        ('Lt. Gov. Ann Roy said "the case is closed."', "Lt. Gov."),
        ('Acme Foods Inc. CEO Lara Voss said it was "a hard year."', "Acme Foods Inc. CEO"),
    ],
)
def test_speaker_title_exactly(text: str, title: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker_title == title


@pytest.mark.parametrize(
    "text, expected",
    [
        # s17p item 2: the title a name is given is the person's, for a quote read from a
        # pronoun or a description too, as for the one read from the name
        (
            'Sen. Maria Lopez said the vote was rushed. "The money is gone," she added.',
            [("The money is gone,", "Maria Lopez", "Sen.")],
        ),
        (
            'Mayor Tom Reed spoke first.\n\n"We were never asked," said Reed.\n\n'
            '"It is a fair plan," the mayor said.',
            [("We were never asked,", "Tom Reed", "Mayor"), ("It is a fair plan,", "Tom Reed", "Mayor")],
        ),
        # the last words of the line before (a headline, a paragraph) describe nobody after it
        (
            'Voters back the council\n\nSen. Maria Lopez spoke.\n\n"We were never asked," Lopez said.',
            [("We were never asked,", "Maria Lopez", "Sen.")],
        ),
        (
            'The vote went to the council\n\nTom Reed spoke.\n\n"We were never asked," Reed said.',
            [("We were never asked,", "Tom Reed", None)],
        ),
        # ... within its paragraph: a line wrapped inside one is still one
        (
            'Ontario Premier\nSandra Dube said the deal was done. "It is signed," Dube said.',
            [("It is signed,", "Sandra Dube", "Ontario Premier")],
        ),
        (
            "The fares will rise in May, said Harbour Authority\nspokesman Jo Hall. "
            '"We have no choice," Hall said.',
            [("We have no choice,", "Jo Hall", "Harbour Authority spokesman")],
        ),
        (
            'Det. Sgt. Paul Ng of the Halton police spoke.\n\n"We are done," he said.',
            [("We are done,", "Paul Ng", "Det. Sgt.")],
        ),
        (
            'Acme Foods Inc. CEO Lara Voss spoke.\n\n"It was a hard year," she said.',
            [("It was a hard year,", "Lara Voss", "Acme Foods Inc. CEO")],
        ),
        # a title now held; a surname alone as its sentence's subject
        (
            'Police Chief Dana Cole testified Tuesday.\n\n"I followed orders," she said.',
            [("I followed orders,", "Dana Cole", "Police Chief")],
        ),
        (
            'President Holt said the plan was fair.\n\n"We will go on," he said.',
            [("We will go on,", "Holt", "President")],
        ),
        # ... but a line in title case above it is a heading
        (
            "Mayor Calls Out The Council For Backing Down\nHarbour council member Ann Roy spoke.\n\n"
            '"We were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        # ... the line's last run of capitalised words (a page may run text and a heading
        # together), not a wrapped line of running text with a capitalised small word in it
        (
            "The council met on Monday. Mayor Calls Out The Council For Backing Down\n"
            'Harbour council member Ann Roy spoke.\n\n"We were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        (
            "The fares will rise in May, he told The Chronicle on Monday. Harbour Authority\n"
            'spokesman Jo Hall agreed. "We have no choice," Hall said.',
            [("We have no choice,", "Jo Hall", "Harbour Authority spokesman")],
        ),
        (
            "The fares will rise in May, he told The Chronicle on Monday, and Ontario Premier\n"
            'Sandra Dube agreed. "It is signed," Dube said.',
            [("It is signed,", "Sandra Dube", "Ontario Premier")],
        ),
        # ... a heading whose run a number breaks ("7-2 After"): the run's first word counts
        (
            'Fare Hike Passes 7-2 After Long Debate\nHarbour council member Ann Roy spoke first. "We'
            ' were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        (
            'Fares Up 10% In Harbour Next Year\nHarbour council member Ann Roy spoke first. "We were'
            ' never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        # ... a line with no word in lower case (a byline, a time stamp) under a heading
        (
            "Mayor Calls Out The Council\nBy Jo Hall\nHarbour council member Ann Roy spoke first."
            ' "We were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        (
            "Mayor Calls Out The Council\nPublished 9:26 PM\nHarbour council member Ann Roy spoke"
            ' first. "We were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        (
            'Updated March 4, 2026 At 9:26 AM ET\nHarbour council member Ann Roy spoke first. "We'
            ' were never asked," Roy said.',
            [("We were never asked,", "Ann Roy", "Harbour council member")],
        ),
        # ... but a number in running text opens no heading ("won 7-2 over the Harbour")
        (
            "The Ospreys won 7-2 on Monday, and the Harbour Authority's\nspokesman Jo Hall agreed."
            ' "We are done," Hall said.',
            [("We are done,", "Jo Hall", "Harbour Authority's spokesman")],
        ),
        # an honorific is no title; another's title is not his
        (
            'Ms. Ana Lind spoke first. "It is a fair plan," she said.',
            [("It is a fair plan,", "Ana Lind", None)],
        ),
        (
            'Gov. Ann Roy met Tom Reed. "It is a fair plan," he said.',
            [("It is a fair plan,", "Tom Reed", None)],
        ),
        # a title held no more (or not yet) is none of the person's other quotes
        (
            'The panel will be chaired by former Sen. Dan Holt, the city said.\n\n"I am honoured," he said.',
            [("I am honoured,", "Dan Holt", None)],
        ),
        (
            '"I am honoured," said former Sen. Dan Holt. "It is a big job," he added.',
            [("I am honoured,", "Dan Holt", None), ("It is a big job,", "Dan Holt", None)],
        ),
        (
            'Former Acting Police Chief Dana Cole testified Tuesday.\n\n"I followed orders," she said.',
            [("I followed orders,", "Dana Cole", None)],
        ),
        (
            'The board met former state Sen. Dan Holt.\n\n"I am honoured," he said.',
            [("I am honoured,", "Dan Holt", None)],
        ),
        ('Then-Gov. Ann Roy signed it. "I am proud," she said.', [("I am proud,", "Ann Roy", None)]),
        (
            'The outgoing Mayor Tom Reed spoke.\n\n"We were never asked," he said.',
            [("We were never asked,", "Tom Reed", None)],
        ),
        (
            'The late Mayor Tom Reed built the bridge.\n\n"It will stand," he said in 1990.',
            [("It will stand,", "Tom Reed", None)],
        ),
        # ... but a time word before the title, in another clause or plain "then", is no past
        # (final review: "Late Tuesday," and "And then" took the title off)
        (
            'Late Tuesday, Sen. Dan Holt spoke.\n\n"The bill is dead," he said.',
            [("The bill is dead,", "Dan Holt", "Sen.")],
        ),
        (
            'And then Sen. Dan Holt spoke.\n\n"The bill is dead," he said.',
            [("The bill is dead,", "Dan Holt", "Sen.")],
        ),
        # a surname's title may be a namesake's: as a possessive, an object, or beside another
        # person of that surname
        (
            "Ann Reed, 34, a nurse at Lakeview General, waited six hours.\n\n"
            "Gov. Reed's office did not respond to questions.\n\n"
            '"We are exhausted," Reed said. "Nobody listens," she added.',
            [("We are exhausted,", "Ann Reed", None), ("Nobody listens,", "Ann Reed", None)],
        ),
        (
            "Ruth Holt has lived on Elm Street for 40 years. She is no relation to Mayor Holt.\n\n"
            '"The road floods every spring," Holt said.',
            [("The road floods every spring,", "Ruth Holt", None)],
        ),
        (
            "Ben Fry, the defendant, sat quietly. Judge Fry, no relation, is not on the case.\n\n"
            '"I am innocent," Fry said.',
            [("I am innocent,", "Fry", None)],
        ),
        (
            "Carlos Lopez, a farmer near Millbrook, wrote to Sen. Lopez last year. "
            '"She never answered," Lopez said.',
            [("She never answered,", "Lopez", None)],
        ),
        # an organisation's name is no title
        (
            'Major League Baseball fined the club. "The rules are clear," it said in a statement.',
            [("The rules are clear,", "League Baseball", None)],
        ),
        (
            'The Judge Rotenberg Center denied wrongdoing. "Our staff followed policy," it said.',
            [("Our staff followed policy,", "Rotenberg Center", None)],
        ),
    ],
)
def test_a_pronoun_quote_keeps_the_title_the_name_was_given(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(q.text, q.speaker, q.speaker_title) for q in extract_quotes(text)] == expected


# Issue 10: the look-ups below answer from indexes built as the article is read; each
# must give what asking every mention or entity would.


@pytest.mark.parametrize(
    ("words", "titles", "name"),
    [
        (["Russian", "President", "Vladimir", "Putin"], ["Russian", "President"], ["Vladimir", "Putin"]),
        (["Secretary", "of the", "Navy", "Ray", "Mabus"], ["Secretary", "of the", "Navy"], ["Ray", "Mabus"]),
        (["Democrat", "Tim", "Kaine"], ["Democrat"], ["Tim", "Kaine"]),
        (["Tory", "MP", "Pierre", "Poilu"], ["Tory", "MP"], ["Pierre", "Poilu"]),
        (["the", "Dravonian", "Foreign", "Ministry"], [], ["the", "Dravonian", "Foreign", "Ministry"]),
        (["Ramesh", "Chandra", "Bhatnagar"], [], ["Ramesh", "Chandra", "Bhatnagar"]),
        # a long run of title words: all but the last are titles, as for a short one
        (["Senator"] * 2000 + ["Smith"], ["Senator"] * 2000, ["Smith"]),
    ],
)
def test_split_title(words: list[str], titles: list[str], name: list[str]) -> None:
    entities = read("It rained.\n")
    run, pos = [], 0
    for w in words:
        run.append(Token(pos, pos + len(w), w, False))
        pos += len(w) + 1
    got_titles, got_name = entities.split_title(run)
    assert (got_titles, [t.text for t in got_name]) == (titles, name)


def test_name_at_gives_the_last_mention_inside() -> None:
    text = "Ada Holm met Bo Lind and Cy Moss in Oakmere.\n"
    entities = read(text)
    found = entities.name_at(0, text.index(" and"))
    assert found is not None and found[1].name == "Bo Lind"
    assert entities.name_at(text.index("Holm"), text.index(" met")) is None  # cuts "Ada Holm"
    assert entities.name_at(text.index("met"), text.index("Bo")) is None


def test_by_role_takes_the_one_bearer_met_before() -> None:
    text = (
        "Senator Ada Holm spoke first. Mayor Bo Lind spoke next. It rained.\n\n"
        "Then Senator Cy Moss arrived. It rained. It rained. It rained.\n"
    )
    entities = read(text)
    holm = entities.by_role("senator", text.index("Mayor"))
    assert holm is not None and holm.name == "Ada Holm"
    assert entities.by_role("senator", text.index("Senator")) is None  # before any senator
    moss = entities.by_role("senator", text.index("arrived"))
    assert moss is not None and moss.name == "Cy Moss"
    # two senators, the last named three sentences before: too far to tell which
    assert entities.by_role("senator", len(text)) is None
    # a role learned after reading counts as the entity's own
    lind = entities.by_role("mayor", len(text))
    assert lind is not None
    assert entities.by_role("host", len(text)) is None
    assert entities.by_role("host", len(text), {id(lind): {"host"}}) is lind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # issue 9: two people with one surname; a titled surname is the one given the title,
        # else it stays a surname: not the one met first, nor the one with no role yet
        (
            "Jeb Holt campaigned in Ohio. His brother, Gordon W. Holt, joined him.\n\n"
            'President Holt said the race was "wide open."',
            "Holt",
        ),
        (
            "Jeb Holt campaigned in Ohio with former President Gordon W. Holt.\n\n"
            'President Holt said the race was "wide open."',
            "Gordon W. Holt",
        ),
        (
            'Gov. Jeb Holt campaigned with Gordon W. Holt.\n\nGov. Holt said the race was "wide open."',
            "Jeb Holt",
        ),
        # one Holt: the title joins him, as before
        ('Jeb Holt campaigned in Ohio.\n\nGov. Holt said the race was "wide open."', "Jeb Holt"),
        # an honorific is no title of office: "Mr." tells the husband from the wife
        (
            'Jeb Holt campaigned with his wife, Anita Holt.\n\nMr. Holt said the race was "wide open."',
            "Jeb Holt",
        ),
    ],
)
def test_a_titled_surname_two_people_bear(text: str, speaker: str) -> None:
    assert who_said_what(text) == [("wide open.", speaker)]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # issue 9: the role its clause gives the sentence's subject after "as the"
        ("Mara Quist gave her speech as the Democratic nominee, to cheers.\n", {"nominee"}),
        ("Mara Quist is listed as the chairman of Patriots for Ohio.\n", {"chairman"}),
        # not another's role: an object's, a nickname, a likeness, past another name
        ("Mara Quist described him as the Democratic nominee.\n", set()),
        ("Mara Quist, known as the Iron Lady, spoke.\n", set()),
        ("Mara Quist spoke as well as the senator.\n", set()),
        ("Mara Quist praised Tom Vance as the nominee.\n", set()),
        ("Mara Quist gave her speech as the sun set.\n", set()),
    ],
)
def test_a_role_as_the_subject(text: str, roles: set[str]) -> None:
    quist = read(text).lookup("Mara Quist")
    assert quist is not None
    assert set(quist.roles) == roles
    # the role gives no sex: "chairman" is said of women too
    assert quist.gender == "f"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # issue 9 (review of 85064e4): "as the ROLE" where "as" means "while" opens a clause
        # with a subject of its own: the role is that subject's, not the sentence's subject's
        ("Mara Quist nodded as the mayor, visibly angry, walked out.\n", set()),
        ("Mara Quist stayed silent as the governor, Ada Holm, spoke.\n", set()),
        ("Mara Quist watched as the senator from Ohio took the stage.\n", set()),
        ("Mara Quist waited as the senator from the state of Ohio took the stage.\n", set()),
        ("Mara Quist smiled as the mayor (a rival) left.\n", set()),
        ("Mara Quist waved as the mayor of Gary walked in.\n", set()),
        ("Mara Quist waved as the senator, who had lost, conceded the race.\n", set()),
        # ... the subject's own role still, past an aside or a prepositional phrase
        ("Mara Quist spoke as the senator from Ohio in Cleveland on Monday.\n", {"senator"}),
        ("Mara Quist spoke as the Democratic nominee, to loud cheers.\n", {"nominee"}),
        (
            "Mara Quist gave her speech as the Democratic nominee, painting her rival, Tom Vance, "
            "as unfit.\n",
            {"nominee"},
        ),
        ("Mara Quist served as the mayor of Gary for a decade.\n", {"mayor"}),
    ],
)
def test_a_role_as_the_subject_not_in_a_while_clause(text: str, roles: set[str]) -> None:
    quist = read(text).lookup("Mara Quist")
    assert quist is not None
    assert set(quist.roles) == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 9 (review of 85064e4): the reviewer's sentences gave Tom Berg
        (
            'Tom Berg nodded as the mayor, visibly angry, walked out. "It is over," the mayor said.',
            [("It is over,", None)],
        ),
        (
            'Tom Berg stayed silent as the governor, Ada Holm, spoke. "We are done," the governor said.',
            [("We are done,", None)],
        ),
        (
            'Tom Berg watched as the senator from Ohio took the stage. "We won," the senator said.',
            [("We won,", None)],
        ),
        # ... and keep their right speaker
        (
            "Tom Berg gave his speech as the Democratic nominee in Cleveland.\n\n"
            '"We won," said the Democratic nominee.',
            [("We won,", "Tom Berg")],
        ),
        (
            'Tom Berg served as the mayor of Gary for a decade.\n\n"It is over," the mayor said.',
            [("It is over,", "Tom Berg")],
        ),
    ],
)
def test_the_while_clause_role_names_no_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


def test_the_second_of_two_appositives_before_names() -> None:
    # issue 9: ", and the former first lady, Anita Holt," gives her the role
    text = "Jeb Holt brought his brother, Gordon Holt, and the former first lady, Anita Holt, along.\n"
    anita = read(text).lookup("Anita Holt")
    assert anita is not None and "lady" in anita.roles
    # ... not a name after a verb's object and a comma ("met the senator, Ann Vale said")
    text = "Jeb Holt met the senator, Ann Vale said.\n"
    vale = read(text).lookup("Ann Vale")
    assert vale is not None and "senator" not in vale.roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # issue 9: a relative clause whose verb names a role ("who has coached" is the coach)
        ("Earl Pike, who has coached the Ospreys since 2019, spoke.\n", "coach"),
        ("Dana Kirk, who founded the shelter in 2009, spoke.\n", "founder"),
        ("Dana Kirk, who also owns the Ospreys, spoke.\n", "owner"),
        ("Dana Kirk, who has led Harbor Group since 2009, spoke.\n", "leader"),
        # ... not another verb, nor one with no object ("who headed home")
        ("Dana Kirk, who visited the shelter in 2009, spoke.\n", None),
        ("Dana Kirk, who headed home early, spoke.\n", None),
        # ... nor "leads" or "owns" before no name (review of c17a59f)
        ("Dana Kirk, who leads the race, spoke.\n", None),
        ("Dana Kirk, who owned a dog, spoke.\n", None),
        ("Dana Kirk, who also owns a bakery, spoke.\n", None),
    ],
)
def test_a_role_from_a_relative_clause(text: str, role: str | None) -> None:
    person = next(e for e in read(text).entities if e.kind == "person")
    assert set(person.roles) == ({role} if role else set())


def test_orgs_named() -> None:
    text = "The New York Times Company and the Times Herald Corp. reported it. The Oakmere Times spoke.\n"
    entities = read(text)
    named = {e.name for e in entities.orgs_named(["Times"], text.index("spoke"))}
    assert named == {e.name for _, e in entities.mentions if e.kind == "org" and "Times" in e.name.split()}
    assert named  # the article names organisations with "Times" in them
    assert entities.orgs_named(["Times"], 0) == []
    assert entities.orgs_named(["Tribune"], len(text)) == []


# Issue 9: constructions the fourth blind set (benchmarks/fresh4) found the rules missing,
# with sentences that must keep their old answer or give no speaker (all invented here)
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
    entities = read(text)
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
    entities = read(text)
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
    entities = read(text)
    mention = next(m for m, _ in entities.mentions if m.text.startswith(("Corkum", "Ed", "Nordhavn")))
    assert mention.speaker is speaker


@pytest.mark.parametrize(
    "text, speaks",
    [
        # a "-s" word before a verb that agrees with a plural only is a plural noun, not the
        # speech verb of the word before it: "Harsh" opening the sentence is no speaker
        ("Harsh comments are common online.", False),
        ("Harsh comments were everywhere.", False),
        ("Sharp claims have followed her.", False),
        # the "-s" word as a verb keeps its subject a speaker
        ("Harsh comments on the vote every week.", True),
        ("Dana Kirk claims the vote was rigged.", True),
    ],
)
def test_a_plural_noun_is_no_speech_verb(text: str, speaks: bool) -> None:
    (mention, _), *_ = read(text).in_sentence(0)
    assert mention.speaker is speaks


@pytest.mark.parametrize(
    "text, expected",
    [
        # so "he" does not go back to it: no speaker, where no person was named
        (
            'Harsh comments are common online. Along with a photo, he had posted: "We are celebrating!"',
            [("We are celebrating!", None)],
        ),
        ('Harsh comments were everywhere. "We are celebrating," he wrote.', [("We are celebrating,", None)]),
    ],
)
def test_a_sentence_opener_before_a_plural_noun_is_no_antecedent(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town that is also a first name, with its state in commas after it, opening the
        # sentence: a place, not a "she" to come back to
        ('Dayton, Ohio, was quiet. "It is over," she said.', [("It is over,", None)]),
        ('Austin, Texas, voted. "We won," she said.', [("We won,", None)]),
        # a first name before a comma and another name is still a person
        ('Tom Berg met Dayton, Jordan and Ada. "It is over," she said.', [("It is over,", "Ada")]),
        ('Dayton Moore spoke. Dayton, the manager, said it was "over."', [("over.", "Dayton Moore")]),
    ],
)
def test_a_town_and_its_state_opening_a_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative named by a lone first name after a possessive surname is not another
        # bearer of that first name: the names share a word, not a person
        (
            "Ellen Park, a nurse, was at the hospital when Frank Morris died.\n\n"
            "\"It's devastating,\" Morris's wife, Ellen, told the Gazette.",
            [("It's devastating,", "Ellen")],
        ),
        (
            'Leo Grant coaches the team. "He loved it," Dana Kirk\'s son, Leo, said.',
            [("He loved it,", "Leo")],
        ),
        # with nobody else of that name, the first name is all the text gives
        (
            "Frank Morris died last week. \"It's devastating,\" Morris's wife, Ellen, told the Gazette.",
            [("It's devastating,", "Ellen")],
        ),
        # the owner's surname on the full name met before: the text says she is Ellen Morris
        (
            "Ellen Morris runs the bakery. \"It's devastating,\" Morris's wife, Ellen, told the Gazette.",
            [("It's devastating,", "Ellen Morris")],
        ),
        # the full name said again later keeps its own person
        (
            "Ellen Park was there. Frank Morris's wife, Ellen, was not."
            ' "It\'s devastating," Ellen Park said.',
            [("It's devastating,", "Ellen Park")],
        ),
    ],
)
def test_relative_by_first_name_is_not_another_bearer(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same with a pronoun for the owner: the relative of the person last named, not
        # another bearer of the first name
        (
            'Ellen Park, a teacher, spoke first. "We need buses," Ellen Park said.\n\n'
            'Tom Berg arrived later. His wife, Ellen, said the plan was "a mistake."',
            [("We need buses,", "Ellen Park"), ("a mistake.", "Ellen")],
        ),
        (
            'Leo Grant coaches the team. Dana Kirk came alone; her son, Leo, said it was "a long season."',
            [("a long season.", "Leo")],
        ),
        # the full name met before has the last named person's surname: she is Ellen Berg
        (
            'Ellen Berg spoke first. "We need buses," Ellen Berg said.\n\n'
            'Tom Berg arrived later. His wife, Ellen, said the plan was "a mistake."',
            [("We need buses,", "Ellen Berg"), ("a mistake.", "Ellen Berg")],
        ),
        # nobody named before: the first name is all the text gives
        ('His wife, Ellen, said the plan was "a mistake."', [("a mistake.", "Ellen")]),
        # "His" stands for the last man named, not a woman named since: she is Ellen Berg
        (
            "Tom Berg and his wife, Ellen Berg, arrived early. Tom Berg then met Ada Holm."
            ' His wife, Ellen, said, "We are proud."',
            [("We are proud.", "Ellen Berg")],
        ),
        (
            "Ellen Berg is a teacher. Her husband, Tom Berg, met Governor Ada Holm on Monday."
            ' His wife, Ellen, said, "We are proud."',
            [("We are proud.", "Ellen Berg")],
        ),
        # another man named since: someone named so far has her surname, so she is Ellen Berg
        (
            "Ellen Berg, a teacher, watched. Tom Berg thanked Ray Moss."
            ' His wife, Ellen, said, "We are proud."',
            [("We are proud.", "Ellen Berg")],
        ),
        (
            'Leo Berg coaches the team. Dana Berg met Tom Moss. Her son, Leo, said it was "a long season."',
            [("a long season.", "Leo Berg")],
        ),
        # the woman named last is not "His" owner, and nobody else has her surname
        (
            'Tom Berg thanked Ellen Park. His sister, Ellen, said, "We are proud."',
            [("We are proud.", "Ellen")],
        ),
    ],
)
def test_a_relative_of_a_pronoun_named_by_a_first_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert who_said_what(text) == expected


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # a particle name right after a run's last word (past a word that joins nothing) is a
        # run of its own: the one case _next_in_run reads with the full token search
        ("Mayor Ilse Vandermeer met al-Rashid on Monday.\n", ["Mayor Ilse Vandermeer", "al-Rashid"]),
        ("Corwin Hale and al-Mansour met in Dovetown.\n", ["Corwin Hale", "al-Mansour", "Dovetown"]),
        # links and particles inside a name join it; "and" only inside an organisation's
        ("The Bank of Tarrow and the Port of Velm signed.\n", ["Bank of Tarrow", "Port", "Velm"]),
        (
            "Officials at the Department of Coastal Affairs and Fisheries said so.\n",
            ["Officials", "Department of Coastal Affairs", "Fisheries"],
        ),
        ("Lena de Vries thanked Piet van Loon.\n", ["Lena de Vries", "Piet van Loon"]),
        # near misses: no capitalised word after the run, or only a lower-case one
        ("Corwin Hale left early.\n", ["Corwin Hale"]),
        ("then the council voted.\n", []),
    ],
)
def test_capitalised_runs(text: str, runs: list[str]) -> None:
    entities = read(text)
    found = entities._runs(0, len(text))
    assert [" ".join(t.text for t in run) for run in found] == runs


def _record_speakers(text: str) -> list[tuple[str, str | None]]:
    """The quotes and speakers of ``text`` as a record keeps them (canonical names)."""
    from quotes.article import Article
    from quotes.library import extract_record

    record = extract_record(Article(text=text, title="Invented", source="wire"))
    return [(q.text, q.speaker) for q in record.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's dotted acronym after an article, before a person's name (a known first
        # name, or a person the article named already), is nobody's initials
        (
            'Farmers shipped grain to the U.S. Dana Smith said, "We will not go back."',
            [("We will not go back.", "Dana Smith")],
        ),
        (
            'Tom Berg runs the mill. Grain went to the U.S. Berg said "we will not go back" on Monday.',
            [("we will not go back", "Tom Berg")],
        ),
        ('The U.S. Ambassador Tom Berg said, "We will not go back."', [("We will not go back.", "Tom Berg")]),
        # ... before a word the article does not know as a person's, the run is left whole (it
        # may be a firm's name: "the U.S. Smith & Wesson plant")
        (
            'Officials debated the move to the U.S. Smith said "we will not go back" on Monday.',
            [("we will not go back", "U.S. Smith")],
        ),
        # ... and before an organisation the acronym is its name: two bodies stay two
        (
            'Canada\'s Justice Department said the treaty was "binding." The U.S. Justice '
            'Department said it was "under review."',
            [("binding.", "Justice Department"), ("under review.", "U.S. Justice Department")],
        ),
        ('The U.S. Coast Guard said the search was "suspended."', [("suspended.", "U.S. Coast Guard")]),
        ('The U.S. Supreme Court said the law was "void."', [("void.", "U.S. Supreme Court")]),
        (
            'The U.S. Dana Berg Foundation said the grant was "generous."',
            [("generous.", "U.S. Dana Berg Foundation")],
        ),
        # ... not initials ("J.R."), nor the acronym opening a firm's name
        ('J.R. Smith said, "We will not go back."', [("We will not go back.", "J.R. Smith")]),
        ('U.S. Steel said "the mill is open" on Friday.', [("the mill is open", "U.S. Steel")]),
        (
            'The U.S. Senate said "the budget is balanced" on Friday.',
            [("the budget is balanced", "U.S. Senate")],
        ),
    ],
)
def test_a_country_acronym_before_a_persons_name_is_no_initial(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _record_speakers(text) == expected


def test_entities_compare_by_every_field() -> None:
    # final review: Entity's own __eq__ (it has no dataclass one, for speed) left out the
    # title a name was given, so "Sen. Ann Lee" and a plain Ann Lee compared equal
    from quotes.extract.entities import Entity

    assert Entity("Ann Lee", "person") == Entity("Ann Lee", "person")
    assert Entity("Ann Lee", "person", name_title="Sen.") != Entity("Ann Lee", "person")
    assert Entity("Ann Lee", "person", speaks=True) != Entity("Ann Lee", "person")
