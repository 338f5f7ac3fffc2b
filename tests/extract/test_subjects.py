"""Tests of quotes.extract.subjects: the speaker words that end right before a speech verb
and those that follow an inverted one, read from the masked text."""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.document import Document
from quotes.extract.entities import Entities
from quotes.extract.marks import find_quotes, split_turns
from quotes.extract.subjects import Subjects
from tests.extract.helpers import who_said_what


def subjects(text: str) -> Subjects:
    doc = Document(text, split_turns(text, list(find_quotes(text))))
    return Subjects(doc, Entities(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Ada Holm on Tuesday morning said",
        "Ada Holm later Thursday told",
        "Ada Holm ON MONDAY said",
        "Ada Holm in 2016 said",
        "Ada Holm, though, said",
        "Ada Holm, for her part, said",
        "Ada Holm quickly said",
        "Ada Holm also said",
        "Ada Holm went on to say",
        "Ada Holm took to Twitter to say",
        "Ada Holm was quoted as saying",
        "Ada Holm was caught on tape saying",
        "Ada Holm (D-Ore.), however, said",
    ],
)
def test_subject_ending_past_what_trails_the_subject(text: str) -> None:
    """Asides, adverbs, time phrases, carrier verbs and passives between the subject and its
    verb are trimmed (each tried only when the last word can end it: issue 9's speed)."""
    found = subjects(text).subject_ending(0, text.rindex(" ") + 1)
    assert found is not None
    assert found.text == "Ada Holm"


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Dmitry Peskov said", "Dmitry Peskov", "name"),
        ("Kremlin spokesman Dmitry Peskov said", "Dmitry Peskov", "name"),
        ("He said", "He", "pronoun"),
        ("He's claiming", "He", "pronoun"),
        ("Quina Jones, 25, said", "Quina Jones", "name"),
        ("Ayrault, the foreign minister of France, said", "Ayrault", "name"),
        ("Meenakshi Dubey, however, insisted", "Meenakshi Dubey", "name"),
        ("Mitch McConnell, R-Ky., said", "Mitch McConnell", "name"),
        ("Pentagon officials said", "Pentagon officials", "np"),
        (
            "A spokesperson for the Department of Energy said",
            "A spokesperson for the Department of Energy",
            "np",
        ),
        ("Smith and Jones said", "Smith and Jones", "np"),
        ("In the afternoon, when I laughed and said", "I", "pronoun"),
        # issue 9: an appositive led by a role ("legal director for ...") describes the name
        # before it; its organisation is no subject
        ("Ada Holm, legal director for the Union of Oakmere, said", "Ada Holm", "name"),
        ("Ivo Brandt, associate professor of history at Oakmere College, said", "Ivo Brandt", "name"),
        # ... but a role that runs into a name is that name's title: the subject
        ("Or maybe Dana Kirk, digital consultant Ivo Brandt says", "Ivo Brandt", "name"),
        # issue 9: a party tag in parentheses between the name and its appositive; the name
        # inside the appositive ("a staunch Tom Reed ally") is not the subject
        ("Gov. Ada Holm (R), a staunch Tom Reed ally, acknowledged", "Ada Holm", "name"),
        ("Sen. Ivo Brandt (D-Ore.), a close Lena Park adviser, said", "Ivo Brandt", "name"),
        ("Ada Holm (R), the governor, said", "Ada Holm", "name"),
        # an appositive led by "another" describes the name before it as "a" or "one" does
        ("Sen. Ivo Brandt (R), another early Holm supporter, suggested", "Ivo Brandt", "name"),
        ("Ada Holm, another member of the board, said", "Ada Holm", "name"),
        # ... but with no comma before the verb it is a parenthetical clause's own subject
        ("Ada Holm praised the plan, another voter said", "another voter", "np"),
        # an aside after two names joined by "and" describes both: they are the subject
        ("Tom Berg and Ada Holm, both members of the board, said", "Tom Berg and Ada Holm", "np"),
        ("Tom Berg and Ada Holm, the town's two councillors, said", "Tom Berg and Ada Holm", "np"),
        # a role shared ("co-founder") describes the name before it as the role does
        ("Ada Holm, co-founder of the Oakmere Trust, said", "Ada Holm", "name"),
        # the place after "of" describes the person before it, and says nothing
        ("The crowd cheered when Speaker Ada D. Holm of Oregon lamented", "Ada D. Holm", "name"),
        # a gerund's subject after "of" is its speaker
        ("Ivo Brandt gives an account of Ada Holm telling", "Ada Holm", "name"),
        ("He recalled footage of Ada Holm saying", "Ada Holm", "name"),
        # a name that is a whole, "of" and all
        ("The University of Oakmere said", "University of Oakmere", "name"),
        # issue 9: an appositive led by a dotted acronym's possessive (read as one word)
        ("Dr. Ada Holm, B.C.’s provincial health officer, said", "Ada Holm", "name"),
        ("Ivo Brandt, the U.K.'s trade envoy, said", "Ivo Brandt", "name"),
        # issue 9: an opening phrase of time or place with no comma of its own, then the subject
        ("At one point the crowd chanted", "the crowd", "np"),
        ("During the rally his supporters shouted", "his supporters", "np"),
        ("In a statement on Monday the company said", "the company", "np"),
    ],
)
def test_subject_ending(text: str, words: str, kind: str) -> None:
    read = subjects(text)
    cue = text.rindex(" ") + 1
    found = read.subject_ending(0, cue)
    assert found is not None
    assert (found.text, found.kind) == (words, kind)
    assert text[found.start : found.end] == words


@pytest.mark.parametrize(
    "text",
    [
        "A teacher from the school in the town of Brill told",
        "Officials among the staff of Ada Holm said",
        "A report by the office of Ada Holm said",
    ],
)
def test_the_object_of_of_is_no_subject(text: str) -> None:
    """A name right after "of" (and its article) is that preposition's object, never the
    verb's subject: nobody, where the phrase it ends is too long to read as one."""
    assert subjects(text).subject_ending(0, text.rindex(" ") + 1) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a description that runs into its verb and a comma is a parenthetical clause's own
        # subject, "both" as "a" or "another": not the names before it
        ("Tom Berg and Ada Holm, both officials said, are ready", "both officials"),
        ("Ada Holm, a top aide said, is ready", "a top aide"),
        # ... but an aside in commas before the verb describes the names
        ("Tom Berg and Ada Holm, both members of the board, said the", "Tom Berg and Ada Holm"),
    ],
)
def test_a_parenthetical_clause_is_its_own_subject(text: str, words: str) -> None:
    found = subjects(text).subject_ending(0, text.index(" said") + 1)
    assert found is not None
    assert text[found.start : found.end] == words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A sharp reply came from Tom Berg Jr., who suggested", "Tom Berg Jr"),
        ("Fans booed Tom Berg Jr., who shrugged and said", "Tom Berg Jr"),
        ("A sharp reply came from Tom Berg, who suggested", "Tom Berg"),
        # a state or province alone ends the town before it: "who" is the person further back
        ("A sharp reply came from Ada Holm of Brill, Ont., who said", "Ada Holm"),
        # ... and with no person the town describes, "who" itself: no earlier verb's subject
        ("Tom Berg praised farmers in Brill, Ont., who said", "who"),
        ("Tom Berg wrote to the mayor of Brill, N.B., who said", "who"),
    ],
)
def test_who_after_a_name_and_its_abbreviation(text: str, name: str) -> None:
    """ "who" after a name whose last word is an abbreviation ("Jr.") stands for that name:
    the abbreviation's dot, which the name's words drop, does not part them; nor is an
    abbreviated state or province "who" follows a name."""
    found = subjects(text).subject_ending(0, text.rindex(" ") + 1)
    assert found is not None
    assert (found.text, text[found.start : found.end]) == (name, "who")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale, who, after trading insults with Mr. Hale over Mr. Reed, said",
        "The bill was backed by Ann Vale, who, in a talk with Tom Reed, said",
        "Ann Vale, who, while Tom Reed looked on, said",
    ],
)
def test_who_before_an_aside_is_the_name_before_it(text: str) -> None:
    """Issue 9: "who" and an aside in commas before the verb: the names in the aside are no
    subject; "who" is, read as the name before it."""
    found = subjects(text).subject_ending(0, text.rindex(" ") + 1)
    assert found is not None
    assert (found.text, text[found.start : found.end]) == ("Ann Vale", "who")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing more was said",  # a passive: what was said is its subject
        "In a long and angry letter sent on Monday said",  # no name, no role
        "The talks failed, and the house said",  # no role, no name
        "At one point shouted",  # the opening phrase's own object is no subject
        ", said",
    ],
)
def test_subject_ending_finds_nothing(text: str) -> None:
    read = subjects(text)
    assert read.subject_ending(0, text.rindex(" ") + 1) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("said Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov"),
        ("added the senator.", "the senator"),
        ("said he.", "he"),
        ("noted NBC's Dante Chinni.", "Dante Chinni"),
    ],
)
def test_subject_following(text: str, words: str) -> None:
    read = subjects(text)
    found = read.subject_following(text.index(" "), len(text))
    assert found is not None
    assert found.text == words


# Issue 9: constructions the fourth blind set (benchmarks/fresh4) found the rules missing,
# with sentences that must keep their old answer or give no speaker (all invented here)
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
        # the clause's subject before a colon after a speech noun: not a name that only
        # qualifies a noun ("the Berg campaign's office") or a verb's object before "and"
        (
            "Ever since she endorsed Tom Berg, Ada Holm has been a strong ally, attacking Ray Moss and"
            " visiting the Berg campaign's office to encourage staffers with a simple message:"
            ' "Don\'t give up!"',
            [("Don't give up!", "Ada Holm")],
        ),
        # a name and its verb: the name
        (
            'President Tom Berg is rolling out a new campaign message: "Jobs first."',
            [("Jobs first.", "Tom Berg")],
        ),
        # issue 9: a place that ends an appositive before its comma is no subject of the
        # verb after the comma ("Democrat of Maine, gave"): nobody rather than the place
        (
            "Senator Ivo Kask, Democrat of Maine, gave the idea a try in an interview on Tuesday:"
            ' "You can easily argue that the mayor is a crook."',
            [("You can easily argue that the mayor is a crook.", None)],
        ),
    ],
)
def test_the_subject_before_a_speech_nouns_colon(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert who_said_what(text) == expected


# Issue 9 (descriptions): a count of people that an approximator opens is the sentence's
# subject, not a preposition's phrase ("about") nor an adverb ("nearly"); a place opened by
# "outside" or "inside" and a determiner or name is a phrase before the subject
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('About 200 protesters gathered outside the arena, chanting "Dump it."', "About 200 protesters"),
        ('About a dozen nurses walked out, saying the plan was "a betrayal."', "About a dozen nurses"),
        ('Nearly 300 doctors signed a letter calling the law "dangerous."', "Nearly 300 doctors"),
        ('Roughly forty residents stayed late, saying the plan was "a disaster."', "Roughly forty residents"),
        (
            "Outside the hall in downtown Halifax, about 50 workers stood in the rain, chanting "
            '"Not our coast."',
            "about 50 workers",
        ),
        ('Inside the Moncton arena, the delegates stood up, shouting "More!"', "the delegates"),
        (
            'Nearly three hundred doctors signed a letter calling the law "dangerous."',
            "Nearly three hundred doctors",
        ),
        # an approximator before no count, before a year, or before a count of time opens no count
        ('About the plan, Ada Holm wrote a letter calling it "a disaster."', "Ada Holm"),
        ('About 10 minutes later, she walked out, saying the plan was "a disaster."', "she"),
        ('Over 2 years, Tom Berg held rallies, saying the plan was "a disaster."', "Tom Berg"),
        ('Over the years, Tom Berg held rallies, saying the plan was "a disaster."', "Tom Berg"),
    ],
)
def test_sentence_subject_after_a_count_or_a_place(text: str, words: str) -> None:
    read = subjects(text)
    found = read.sentence_subject(text.index('"') - 2, frozenset({"he", "she", "i", "it", "they"}))
    assert found is not None
    assert found.text == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "Outside" before no determiner nor name is an adjective: no phrase to pass
        ('Outside groups have spent millions, saying the race is "winnable."', "Outside groups"),
        # a year after "about" is no count, even before a role
        ('About 2015 officials gathered, saying the plan was "a disaster."', None),
        ('About 2016 and its mess, saying it was "a wash."', None),
    ],
)
def test_sentence_subject_no_count_no_place(text: str, words: str | None) -> None:
    read = subjects(text)
    found = read.sentence_subject(text.index('"') - 2, frozenset({"he", "she", "i", "it", "they"}))
    assert (found.text if found is not None else None) == words


# Issue 9: a name, a past tense and its plural object before a participle's comma is the
# name's clause, not one noun phrase ("Ada Holm rallied supporters" was read as a speaker)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Ada Holm rallied supporters, saying: "We have to be ready."', "Ada Holm"),
        ('Ada Holm greeted voters, saying "We have to be ready."', "Ada Holm"),
        ('The senator thanked workers, saying "We have to be ready."', "The senator"),
    ],
)
def test_sentence_subject_before_a_verb_and_its_object(text: str, words: str) -> None:
    read = subjects(text)
    found = read.sentence_subject(text.index("saying"), frozenset({"he", "she", "i", "it", "they"}))
    assert found is not None
    assert found.text == words


# Issue 9: a name's possessive and its noun ("Tom Berg's office") before a past tense is
# the subject; the past tense's object ("a lawsuit") is not
def test_sentence_subject_owned_by_a_name() -> None:
    text = 'Congressman Tom Berg\'s office slammed a lawsuit filed by a staffer, calling it "meritless."'
    read = subjects(text)
    found = read.sentence_subject(text.index("calling"), frozenset({"he", "she", "i", "it", "they"}))
    assert found is not None
    assert found.text.endswith("Berg's office")


# A title with its "of" around a name (a newcomer's trial, 2026-12-01: "said Secretary of
# State John Kerry" gave "Secretary", "said Bank of England Governor Andrew Bailey" "Bank",
# "Chamber of Commerce president Lee Park said" "Chamber"); all invented here
@pytest.mark.parametrize(
    "text, speaker, title",
    [
        ('"We made progress," said Secretary of State Ada Holm.', "Ada Holm", "Secretary of State"),
        ('"We will fight," said Speaker of the House Nora Vale.', "Nora Vale", "Speaker of the House"),
        ('"Rates stay high," said Bank of Lorland Governor Tom Berg.', "Tom Berg", None),
        (
            '"Prices will fall," said University of Harwick economist Mia Chen.',
            "Mia Chen",
            "University of Harwick economist",
        ),
        (
            '"Wash your hands," said Department of Health spokeswoman Ann Lowe.',
            "Ann Lowe",
            "Department of Health spokeswoman",
        ),
        (
            '"Trees matter," said Friends of the Earth campaigner Ana Ruiz.',
            "Ana Ruiz",
            "Friends of the Earth campaigner",
        ),
        ('"We are ready," said Mayor of Brackton Leo Marsh.', "Leo Marsh", "Mayor of Brackton"),
        ('"It is over," said Attorney General of Ontario Dan Roy.', "Dan Roy", "Attorney General of Ontario"),
        (
            '"We disagree," Chamber of Commerce president Lee Park said.',
            "Lee Park",
            "Chamber of Commerce president",
        ),
        ('Board of Trade president Lee Park said: "We disagree."', "Lee Park", "Board of Trade president"),
        (
            '"We will appeal," said Department of Justice lawyer Tim Ng.',
            "Tim Ng",
            "Department of Justice lawyer",
        ),
        # what the title is of is nobody: no speaker rather than "State"
        ('"We are ready," said the Secretary of State.', None, None),
        ('"We will appeal," said the Department of Justice.', "Department of Justice", None),
        # after a name, "of" gives the place the person is from, or what was spoken of
        ('"It will be hard," said Representative Peter Vale of New Lorland.', "Peter Vale", None),
        ('"He is a liar," said Holm of Berg.', "Holm", None),
        ('"The deal is dead," said Priya Nandal of the Bank of Lorland.', "Priya Nandal", None),
        # ... nor what a title is of, nor the mention "of Brackton" a sweep would find (review)
        ('"We won\'t quit," said the Mayor of Brackton.', None, None),
        ('"Rates will rise," said the Chairman of the Federal Reserve Board.', None, None),
        ('"It will pass," said the Leader of the Official Opposition.', None, None),
        ('"We won\'t quit," said the Bank of Lorland.', "Bank of Lorland", None),
        ('"We won\'t quit," said Court of Appeal Justice.', None, None),
        # ... but the name in commas after it is the speaker
        ('"We won\'t quit," said the Minister of Finance, Ellen Gorski.', "Ellen Gorski", None),
        # a place in commas, or a place whose last word is a first name, is nobody (second review)
        ('"We are broke," said the Mayor of Flint, Michigan.', None, None),
        ('"We are broke," said the Mayor of Port Hope.', None, None),
        ('"We are broke," said the Mayor of Saint Paul.', None, None),
        ('"We will act," said the Physician of Prime Minister Naheed Qadri.', None, None),
        ('"We will act," said Minister of Justice Ann Holm.', "Ann Holm", "Minister of Justice"),
        # a place the title is of, run into the name by the reading, and a firm's (final review)
        (
            '"The river is rising," said Premier of Alberta Jason Kenney.',
            "Jason Kenney",
            "Premier of Alberta",
        ),
        ('"It will pass," said President of Morgan Stanley Donna Reardon.', None, None),
        # a role word opening the name is a title, not a first name
        ('"Not today," said Parent Lisa Brandt.', "Lisa Brandt", "Parent"),
    ],
)
def test_a_title_with_its_of(text: str, speaker: str | None, title: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
    if title is not None:
        assert quote.speaker_title == title


@pytest.mark.parametrize(
    "text",
    [
        '"He never came home," said the Mother of Tom Weller.',
        '"He is innocent," said the Spokesman of Premier Tom Weller.',
        '"It will pass," said the Office of Minister Tom Weller.',
        '"He never came home," said the Parent of Ridgeview student Tom Weller.',
        '"He is resting," said the Secretary of Senator Ilhan Tarkov.',
        '"No comment," said the Doctor of Mayor Naheed Qadri.',
    ],
)
def test_the_person_a_title_is_of_is_not_its_speaker(text: str) -> None:
    # one who serves a person, or a person's kin, after "of" (review of the title's "of")
    (quote,) = extract_quotes(text)
    assert quote.speaker is None or quote.speaker.split()[-1] not in {"Weller", "Tarkov", "Qadri"}
