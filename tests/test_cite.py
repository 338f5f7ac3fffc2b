"""Citations in each style, with full and with missing metadata."""

from __future__ import annotations

import dataclasses

import pytest

from quotes.article import split_authors
from quotes.cite import STYLES, cite
from quotes.errors import QuotesError
from quotes.model import Article, Quote, Record
from tests.conftest import DATE1

TEXT = 'Peskov said: "I am not aware of the plans." Later "mutual friends," it said.'
QUOTE = Quote(text="I am not aware of the plans.", spans=((14, 42),), speaker="Dmitry Peskov", kind="full")
PARTIAL = Quote(text="mutual friends,", spans=((51, 66),), speaker="Verstka", kind="partial")
TITLE = "Putin Congratulated Donald Trump on Win Through 'Mutual Friends': Report"
FULL = Article(
    text=TEXT,
    title=TITLE,
    source="Newsweek",
    date=DATE1,
    authors=("Jane Doe",),
    url="https://www.newsweek.com/putin-trump-1983",
)
BARE = Article(text=TEXT)


def record(article: Article, quote: Quote = QUOTE) -> Record:
    return Record(article, (quote,))


EXPECTED_FULL = {
    "plain": '"I am not aware of the plans."\n'
    f'— Dmitry Peskov, quoted in "{TITLE}" by Jane Doe, Newsweek, 6 November 2024, '
    "https://www.newsweek.com/putin-trump-1983",
    "markdown": "> I am not aware of the plans.\n>\n"
    f"> — Dmitry Peskov, quoted in [{TITLE}](https://www.newsweek.com/putin-trump-1983) by Jane Doe, "
    "*Newsweek*, 6 November 2024",
    "apa": 'Dmitry Peskov said, "I am not aware of the plans" (as cited in Doe, 2024).\n\n'
    f"Doe, J. (2024, November 6). {TITLE}. Newsweek. https://www.newsweek.com/putin-trump-1983",
    "mla": 'Dmitry Peskov said, "I am not aware of the plans" (qtd. in Doe).\n\n'
    f'Doe, Jane. "{TITLE}." Newsweek, 6 Nov. 2024, www.newsweek.com/putin-trump-1983.',
    "chicago": 'Dmitry Peskov said, "I am not aware of the plans."¹\n\n'
    f'1. Dmitry Peskov, quoted in Jane Doe, "{TITLE}," Newsweek, November 6, 2024, '
    "https://www.newsweek.com/putin-trump-1983.\n\n"
    f'Doe, Jane. "{TITLE}." Newsweek, November 6, 2024. https://www.newsweek.com/putin-trump-1983.',
}


@pytest.mark.parametrize("style", STYLES)
def test_full_metadata(style: str) -> None:
    assert cite(record(FULL), QUOTE, style) == EXPECTED_FULL[style]


EXPECTED_NO_AUTHOR_NO_URL = {
    "apa": 'Dmitry Peskov said, "I am not aware of the plans" '
    '(as cited in "Putin Congratulated Donald Trump," 2024).'
    f"\n\n{TITLE}. (2024, November 6). Newsweek.",
    "mla": 'Dmitry Peskov said, "I am not aware of the plans" (qtd. in "Putin Congratulated Donald Trump").'
    f'\n\n"{TITLE}." Newsweek, 6 Nov. 2024.',
    "chicago": 'Dmitry Peskov said, "I am not aware of the plans."¹\n\n'
    f'1. Dmitry Peskov, quoted in "{TITLE}," Newsweek, November 6, 2024.\n\n'
    f'Newsweek. "{TITLE}." November 6, 2024.',
}


@pytest.mark.parametrize("style", sorted(EXPECTED_NO_AUTHOR_NO_URL))
def test_no_author_puts_title_first(style: str) -> None:
    art = dataclasses.replace(FULL, authors=(), url=None)
    assert cite(record(art), QUOTE, style) == EXPECTED_NO_AUTHOR_NO_URL[style]


@pytest.mark.parametrize("style", STYLES)
def test_no_metadata_uses_fallbacks_never_none(style: str) -> None:
    text = cite(record(BARE), QUOTE, style)
    assert "None" not in text
    assert "Dmitry Peskov" in text
    if style in ("apa", "chicago"):
        assert "n.d." in text
    # said to be untitled, never given an invented title in quotation marks (a newcomer's trial:
    # 'Untitled article. (n.d.).' read as the article's title)
    assert "untitled article" in text.lower()
    assert '"Untitled article' not in text and "Untitled article. (" not in text


NO_TITLE = {
    # the outlet the description names is not said again (review of s17q)
    "apa": "Doe, J. (2024, November 6). [Article from Newsweek].",
    "mla": "Doe, Jane. Article from Newsweek. 6 Nov. 2024.",
    "chicago": "Doe, Jane. Newsweek, November 6, 2024.",
    "plain": "Dmitry Peskov, quoted in an untitled article by Jane Doe, Newsweek, 6 November 2024",
}


@pytest.mark.parametrize("style", sorted(NO_TITLE))
def test_no_title_is_described_not_invented(style: str) -> None:
    text = cite(record(dataclasses.replace(FULL, title=None, url=None)), QUOTE, style)
    assert text.endswith(NO_TITLE[style]), text
    unsigned = cite(record(dataclasses.replace(FULL, title=None, url=None, authors=())), QUOTE, style)
    if style == "apa":
        assert "(as cited in [Article from Newsweek], 2024)" in unsigned
        assert unsigned.endswith("[Article from Newsweek]. (2024, November 6).")
    if style == "mla":
        assert unsigned.endswith("Article from Newsweek. 6 Nov. 2024.")
    assert "Untitled" not in unsigned


def test_chicago_says_quoted_in_an_untitled_article() -> None:
    art = dataclasses.replace(FULL, title=None, url=None, source=None, authors=())
    assert "1. Dmitry Peskov, quoted in an untitled article, November 6, 2024." in cite(
        record(art), QUOTE, "chicago"
    )


@pytest.mark.parametrize("style", STYLES)
def test_no_speaker_is_quoted_in(style: str) -> None:
    quote = dataclasses.replace(QUOTE, speaker=None)
    text = cite(record(FULL, quote), quote, style)
    assert "None" not in text
    assert " said" not in text
    if style in ("plain", "markdown", "chicago"):
        assert "Quoted in" in text
    # Before, APA and MLA gave '(Doe, 2024)' and '(Doe)': the reporter's own words, which
    # they are not.
    if style == "apa":
        assert text.startswith('"I am not aware of the plans" (as cited in Doe, 2024).')
    if style == "mla":
        assert text.startswith('"I am not aware of the plans" (qtd. in Doe).')


@pytest.mark.parametrize(
    ("style", "start"), [("apa", '"Mutual Friends" (Doe, 2024).'), ("mla", '"Mutual Friends" (Doe).')]
)
def test_a_term_is_the_articles_own_words(style: str, start: str) -> None:
    term = dataclasses.replace(PARTIAL, speaker=None, kind="term", text="Mutual Friends")
    assert cite(record(FULL, term), term, style).startswith(start)


def test_partial_quote_reads_as_a_sentence() -> None:
    assert cite(record(FULL, PARTIAL), PARTIAL, "apa").startswith(
        'Verstka said "mutual friends" (as cited in Doe, 2024).'
    )
    assert cite(record(FULL, PARTIAL), PARTIAL, "chicago").startswith('Verstka said "mutual friends."¹')


def test_title_ending_in_a_full_stop_takes_the_note_comma_instead() -> None:
    rec = record(dataclasses.replace(FULL, title="I Know All About Hate."))
    assert 'quoted in Jane Doe, "I Know All About Hate," Newsweek,' in cite(rec, QUOTE, "chicago")


@pytest.mark.parametrize(
    ("authors", "apa_in_text", "apa_ref", "mla_in_text", "mla_ref", "chicago"),
    [
        (
            ("Jane Doe", "Alan Smith"),
            "Doe & Smith, 2024",
            "Doe, J., & Smith, A. (2024",
            "qtd. in Doe and Smith",
            "Doe, Jane, and Alan Smith.",
            "Jane Doe and Alan Smith,",
        ),
        (
            ("Jane Doe", "Alan B. Smith", "Bob Roe"),
            "Doe et al., 2024",
            "Doe, J., Smith, A. B., & Roe, B. (2024",
            "qtd. in Doe et al.",
            "Doe, Jane, et al.",
            "Jane Doe, Alan B. Smith, and Bob Roe,",
        ),
        (
            ("Newsweek Staff",),
            "Newsweek Staff, 2024",
            "Newsweek Staff. (2024",
            "qtd. in Newsweek Staff",
            "Newsweek Staff.",
            "Newsweek Staff,",
        ),
        (
            ("Doe, Jane",),
            "Doe, 2024",
            "Doe, J. (2024",
            "qtd. in Doe",
            "Doe, Jane.",
            "Jane Doe,",
        ),
    ],
)
def test_author_lists(
    authors: tuple[str, ...], apa_in_text: str, apa_ref: str, mla_in_text: str, mla_ref: str, chicago: str
) -> None:
    rec = record(dataclasses.replace(FULL, authors=authors))
    apa, mla, chi = (cite(rec, QUOTE, s) for s in ("apa", "mla", "chicago"))
    assert f"({'as cited in ' + apa_in_text})" in apa
    assert apa_ref in apa
    assert f"({mla_in_text})" in mla
    assert mla_ref in mla
    assert f"quoted in {chicago}" in chi


def test_title_ending_in_question_mark() -> None:
    rec = record(dataclasses.replace(FULL, title="Is It Over?"))
    assert '"Is It Over?" Newsweek,' in cite(rec, QUOTE, "mla")
    assert 'quoted in Jane Doe, "Is It Over?" Newsweek,' in cite(rec, QUOTE, "chicago")
    assert "(2024, November 6). Is It Over? Newsweek." in cite(rec, QUOTE, "apa")


def test_inner_double_quotes_become_single() -> None:
    quote = Quote(text='He said "no" twice', spans=((0, 5),), speaker="X")
    assert "\"He said 'no' twice\"" in cite(record(FULL, quote), quote, "plain")


def test_unknown_style() -> None:
    with pytest.raises(QuotesError, match="unknown citation style 'ieee'"):
        cite(record(FULL), QUOTE, "ieee")


@pytest.mark.parametrize("style", ["plain", "markdown"])
def test_the_comma_of_the_attribution_is_not_quoted(style: str) -> None:
    quote = Quote(text="This just isn't right,", spans=((0, 22),), speaker="X", kind="full")
    out = cite(record(FULL, quote), quote, style)
    assert "This just isn't right\n" in out or "This just isn't right\"" in out
    assert "right," not in out


@pytest.mark.parametrize(
    ("byline", "apa_ref", "mla_ref"),
    [
        # issue 13: wire services were cited as people named "Ap." and "Upi."
        ("AP", "Associated Press. (2024, November 6).", "Associated Press."),
        ("UPI", "United Press International. (2024,", "United Press International."),
        ("Ap", "Associated Press. (2024,", "Associated Press."),
        # "byYlan Q. Mui" came out as "Mui, b. Q."
        ("byYlan Q. Mui", "Mui, Y. Q. (2024,", "Mui, Ylan Q."),
        ("By Jane Doe and John Roe", "Doe, J., & Roe, J. (2024,", "Doe, Jane, and John Roe."),
    ],
)
def test_bylines_cite_as_people_or_organisations(byline: str, apa_ref: str, mla_ref: str) -> None:
    rec = record(dataclasses.replace(FULL, authors=split_authors(byline, "Newsweek")))
    assert apa_ref in cite(rec, QUOTE, "apa")
    assert mla_ref in cite(rec, QUOTE, "mla")


@pytest.mark.parametrize(
    ("title", "short"),
    [
        # a newcomer's trial: '"Wildfire contained near Pine," 2025' for "...near Pine Ridge"
        ("Wildfire contained near Pine Ridge", "Wildfire contained near Pine Ridge"),
        ("Flood waters rise near Port Elm Harbour again", "Flood waters rise near"),
        ("Floods reach Port Elm Harbour again", "Floods reach Port Elm Harbour"),
        ("Council votes to close the old mill", "Council votes to close"),
        ("Putin Congratulated Donald Trump on Win", "Putin Congratulated Donald Trump"),
        # Title Case all along: no name to keep whole can be told, the first words as before
        ("Mayor Says City Will Build New Bridge Next Year", "Mayor Says City Will"),
        # a long run of capitals after a few lower-case words: cut before it
        ("Fire crews reach Upper North Fork Valley Road Camp", "Fire crews reach"),
        ("Rain near Oslo, then snow in the hills", "Rain near Oslo, then"),
        ("Strike ends: workers return", "Strike ends"),
        # review of s17q: never a function word or the title's own comma at the end
        ("Mayor of Pine Ridge Falls Resigns After Vote", "Mayor of Pine Ridge"),
        ("Storm hits Pine Ridge, Oregon, overnight", "Storm hits Pine Ridge"),
        ("Talks Begin on the Future of Elm Bay Port", "Talks Begin"),
        ("Rates rise; markets fall in Brackford", "Rates rise; markets fall"),
        ("Wind farm at the Grey Cape coast opens", "Wind farm"),
    ],
)
def test_short_title_keeps_a_name_whole(title: str, short: str) -> None:
    art = dataclasses.replace(FULL, authors=(), url=None, title=title)
    assert f'(as cited in "{short}," ' in cite(record(art), QUOTE, "apa")
    assert f'"{short}"' in cite(record(art), QUOTE, "mla")


def _said(text: str, words: str, speaker: str, cue: str | None, mention: str | None = None) -> str:
    """The APA sentence's lead for the quote ``words`` of ``text``."""
    from quotes.model import Mention

    start = text.index(words)
    at = text.index(mention) if mention else -1
    quote = Quote(
        text=words,
        spans=((start, start + len(words)),),
        speaker=speaker,
        speaker_mention=Mention(mention, at, at + len(mention)) if mention else None,
        cue=cue,
    )
    rec = Record(Article(text=text, title="T", source="S", date=DATE1), (quote,))
    return cite(rec, quote, "apa").split(' "')[0]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention", "lead"),
    [
        ('"Why now?" asked Kim Dorsey.', "Why now?", "Kim Dorsey", "asked", None, "Kim Dorsey asked,"),
        ('"Why now?" Kim Dorsey asks.', "Why now?", "Kim Dorsey", "asks", None, "Kim Dorsey asked,"),
        ('"No more," Ivo Stam writes.', "No more,", "Ivo Stam", "writes", None, "Ivo Stam wrote,"),
        # a cue that judges the words, or needs what came before: "said"
        ('"No more," Ivo Stam warned.', "No more,", "Ivo Stam", "warned", None, "Ivo Stam said,"),
        ('"No more," Ivo Stam replied.', "No more,", "Ivo Stam", "replied", None, "Ivo Stam said,"),
        ('"Soon," Ivo Stam said.', "Soon,", "Ivo Stam", None, None, "Ivo Stam said,"),
        # a passive in the paragraph: the speaker was asked, did not ask
        ('Ivo Stam, when asked, said: "Soon."', "Soon.", "Ivo Stam", "asked", None, "Ivo Stam said,"),
        # "the" before the organisation's mention: kept, capitalised
        (
            '"Soon," the Corven Water Board said.',
            "Soon,",
            "Corven Water Board",
            "said",
            "Corven Water Board",
            "The Corven Water Board said,",
        ),
        (
            '"Soon," The Corven Water Board said.',
            "Soon,",
            "Corven Water Board",
            "said",
            "Corven Water Board",
            "The Corven Water Board said,",
        ),
        # no "the" before it, or a mention that is not the name: none added
        ('"Soon," Corven Water said.', "Soon,", "Corven Water", "said", "Corven Water", "Corven Water said,"),
        (
            '"Soon," the board of Corven Water said.',
            "Soon,",
            "Corven Water",
            "said",
            "Corven Water",
            "Corven Water said,",
        ),
    ],
)
def test_the_citing_verb_and_an_organisations_the(
    text: str, words: str, speaker: str, cue: str | None, mention: str | None, lead: str
) -> None:
    assert _said(text, words, speaker, cue, mention) == lead


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "kind", "lead"),
    [
        # a word between the auxiliary and the cue: still a passive
        (
            '"Is it over?" Ravi Menon was also asked.',
            "Is it over?",
            "Ravi Menon",
            "asked",
            "full",
            "Ravi Menon said,",
        ),
        (
            '"Who will pay?" Mara Lind wasn\'t asked.',
            "Who will pay?",
            "Mara Lind",
            "asked",
            "full",
            "Mara Lind said,",
        ),
        (
            '"Who will pay?" Mara Lind was not asked.',
            "Who will pay?",
            "Mara Lind",
            "asked",
            "full",
            "Mara Lind said,",
        ),
        (
            '"A deal?" Greta Lind was then asked.',
            "A deal?",
            "Greta Lind",
            "asked",
            "full",
            "Greta Lind said,",
        ),
        (
            '"Will it open?" Dana Kerr was repeatedly asked by reporters.',
            "Will it open?",
            "Dana Kerr",
            "asked",
            "full",
            "Dana Kerr said,",
        ),
        ('"Open?" Dana Kerr was quietly asked.', "Open?", "Dana Kerr", "asked", "full", "Dana Kerr said,"),
        ('"Open?" Dana Kerr was asked.', "Open?", "Dana Kerr", "asked", "full", "Dana Kerr said,"),
        (
            '"Open?" Dana Kerr, asked by a pupil, said.',
            "Open?",
            "Dana Kerr",
            "asked",
            "full",
            "Dana Kerr said,",
        ),
        # near misses: the speaker's own question, an adverb but no auxiliary
        (
            '"Is it over?" Ravi Menon also asked.',
            "Is it over?",
            "Ravi Menon",
            "asked",
            "full",
            "Ravi Menon asked,",
        ),
        (
            '"Is it over?" Ravi Menon asked.',
            "Is it over?",
            "Ravi Menon",
            "asked",
            "full",
            "Ravi Menon asked,",
        ),
        (
            '"Is it over?" Ravi Menon then asked Tia Moss.',
            "Is it over?",
            "Ravi Menon",
            "asked",
            "full",
            "Ravi Menon asked,",
        ),
        # a partial quote: the cue governs the indirect speech around it, so "said"
        (
            'Maria Lopez asked whether the pier was "safe for children".',
            "safe for children",
            "Maria Lopez",
            "asked",
            "partial",
            "Maria Lopez said",
        ),
        (
            'Ravi Menon asked why the council had "ignored the fishermen".',
            "ignored the fishermen",
            "Ravi Menon",
            "asked",
            "partial",
            "Ravi Menon said",
        ),
        (
            'Ravi Menon wrote that the plan was "a folly".',
            "a folly",
            "Ravi Menon",
            "wrote",
            "partial",
            "Ravi Menon said",
        ),
    ],
)
def test_the_citing_verb_after_words_between_and_for_partial_quotes(
    text: str, words: str, speaker: str, cue: str, kind: str, lead: str
) -> None:
    from quotes.model import Mention

    start = text.index(words)
    at = text.index(speaker)
    quote = Quote(
        text=words,
        spans=((start, start + len(words)),),
        speaker=speaker,
        speaker_mention=Mention(speaker, at, at + len(speaker)),
        cue=cue,
        kind=kind,
    )
    rec = Record(Article(text=text, title="T", source="S", date=DATE1), (quote,))
    assert cite(rec, quote, "apa").split(' "')[0] == lead


@pytest.mark.parametrize(
    ("text", "speaker", "lead"),
    [
        # an organisation by its words that the article writes with "the": "The"
        ('"It is over," the Lopez campaign said.', "Lopez campaign", "The Lopez campaign said,"),
        ('"It is over," the board of the Port Council said.', "Port Council", "The Port Council said,"),
        ('"It is over," the Pentagon said.', "Pentagon", "The Pentagon said,"),
        ('"It is over," The Tarn Valley Board said.', "Tarn Valley Board", "The Tarn Valley Board said,"),
        ('"It is over," said the Tarn Valley Board.', "the Tarn Valley Board", "The Tarn Valley Board said,"),
        # a family or a person: never "The"
        ('"It is over," the Salas family said.', "Salas", "Salas said,"),
        ('"It is over," the Salas family said.', "Salas family", "Salas family said,"),
        ('"It is over," said the Ivo Stam.', "Ivo Stam", "Ivo Stam said,"),
        # (a second review: a person whose name ends in an organisation's word, a family named
        # by one)
        ('"We owe it all," Tom Bank said. He set up the Tom Bank Foundation.', "Tom Bank", "Tom Bank said,"),
        ('"It is over," the House family said.', "House", "House said,"),
        # an organisation the article never writes with "the": as it is
        ('"It is over," Port Council said.', "Port Council", "Port Council said,"),
        ('"It is over," Reuters said.', "Reuters", "Reuters said,"),
    ],
)
def test_the_is_added_only_for_an_organisation(text: str, speaker: str, lead: str) -> None:
    # the quote's mention: the speaker's words where the article first writes them
    words = text[1 : text.index('"', 1)]
    assert _said(text, words, speaker, "said", mention=speaker if speaker in text else None) == lead
