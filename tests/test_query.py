"""The query language (quotes.query), its analysis (quotes.analysis) and the search plan
(quotes.search): what every engine is given, so both answer alike (issue 11)."""

from __future__ import annotations

import datetime as dt

import pytest

from quotes import analysis, query, search
from quotes.errors import QueryError
from quotes.query import And, DayRange, Every, Not, Or, Phrase, Prefix, Term


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("Moscow", Term("text", "moscow")),
        ("congratulated", Term("text", "congratul")),
        ("the Moscow", Term("text", "moscow")),  # stop words are not indexed
        ("aa bb OR cc", And((Term("text", "aa"), Or((Term("text", "bb"), Term("text", "cc")))))),
        ("aa AND bb OR cc", Or((And((Term("text", "aa"), Term("text", "bb"))), Term("text", "cc")))),
        ("aa OR bb AND cc", Or((Term("text", "aa"), And((Term("text", "bb"), Term("text", "cc")))))),
        ("draw NOT Moscow", And((Term("text", "draw"), Not(Term("text", "moscow"))))),
        ("NOT Moscow", And((Every(), Not(Term("text", "moscow"))))),
        ('"fricking Moscow"', Phrase("text", ("frick", "moscow"))),
        ('"Moscow, the city"', Phrase("text", ("moscow", "citi"))),
        ("congrat*", Prefix("text", "congrat")),
        ("speaker:Peskóv", Term("speaker", "peskov")),
        ('speaker:"Dmitry Peskov"', Phrase("speaker", ("dmitry", "peskov"))),
        ("speaker:(putin OR peskov)", Or((Term("speaker", "putin"), Term("speaker", "peskov")))),
        ("title:elections", Term("title", "elect")),
        ("cue:Said", Term("cue", "said")),
        ("kind:TERM", Term("kind", "term")),
        ("date:2024", DayRange(day("2024-01-01"), day("2024-12-31"))),
        ("date:2024-02", DayRange(day("2024-02-01"), day("2024-02-29"))),
        ("date:2024-11-06", DayRange(day("2024-11-06"), day("2024-11-06"))),
        ("date:[2024-11 to 2025]", DayRange(day("2024-11-01"), day("2025-12-31"))),
        ("date:[2024-12-01 to]", DayRange(day("2024-12-01"), None)),
        ("date:[TO 2016]", DayRange(None, day("2016-12-31"))),
        ("U.S.-backed", And((Term("text", "u."), Term("text", "back")))),  # as indexed
        ("", Every()),
        ("Moscow OR", Term("text", "moscow")),  # an operator with nothing after it is nothing
        ("Moscow NOT", Term("text", "moscow")),
        ("(Moscow AND)", Term("text", "moscow")),
        ("note: Moscow", And((Term("text", "note"), Term("text", "moscow")))),  # not a field
        ("draw -Moscow", And((Term("text", "draw"), Not(Term("text", "moscow"))))),  # as NOT
        ("-Moscow", And((Every(), Not(Term("text", "moscow"))))),
        ("speaker:Peskov -draw", And((Term("speaker", "peskov"), Not(Term("text", "draw"))))),
        ("draw -- -", Term("text", "draw")),  # dashes alone are no words
    ],
)
def test_parse(text: str, tree: query.Node) -> None:
    assert query.parse(text) == tree


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("foo:bar", "unknown field 'foo'"),
        ("speaker: Peskov", "no value after 'speaker:'"),
        ("Moscow date:", "no value after 'date:'"),
        ("kind:quote", "unknown kind 'quote'"),
        ("date:2024-02-30", "cannot read a date in"),
        ("date:2024-02-30", "no such date: day is out of range for month"),
        ("date:2024-2x", "use date:YYYY"),
        ("date:[2024 to soon]", "cannot read a date range"),
        ("date:[2025 to 2024]", "ends before it starts"),
        ("the AND it", "nothing to search for"),
        # the newcomer trial: a syntax problem is said as one, not as common words not indexed
        ("((((", r"unbalanced parentheses in query '\(\(\(\(': a '\(' is not closed"),
        ("(", "unbalanced parentheses"),
        ("(tax OR vote", "a '\\(' is not closed"),
        ("tax) vote", "a '\\)' closes no '\\('"),
        ("AND OR", "only operators and parentheses"),
        ("(NOT)", "only operators and parentheses"),
        # issue s15a item 3: an unclosed '"' is the error an unclosed '(' is, not "no quotes found"
        ('"exact phrase', "unbalanced quotes in query '\"exact phrase': a '\"' is not closed"),
        ('speaker:"Jane Doe', "unbalanced quotes"),
        ('"a" "b', "unbalanced quotes"),
        # ... and a bare wildcard is said as one, not as common words not indexed
        ("*", "a bare '\\*' is not a query, it matches nothing"),
        ("** OR *", "a bare '\\*' is not a query"),
    ],
)
def test_queries_that_cannot_run(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        query.parse(text)


def test_tokens_keep_offsets_and_renumber_positions() -> None:
    tokens = list(analysis.text_tokens("The Kremlin's answer, in Moscow"))
    assert [(t.text, t.position) for t in tokens] == [("kremlin", 0), ("answer", 1), ("moscow", 2)]
    assert [(t.start, t.end) for t in tokens][-1] == (25, 31)
    assert [t.text for t in analysis.name_tokens("Valentina Matviyénko, Ø")] == [
        "valentina",
        "matviyenko",
        "o",
    ]


def test_highlights_are_the_words_not_under_not() -> None:
    # a prefix is matched against stemmed terms: conclu* finds conclusions (conclus)
    tree = query.parse("draw OR conclu* NOT actions")
    terms, prefixes = query.highlight_terms(tree)
    assert (terms, prefixes) == (frozenset({"draw"}), ("conclu",))
    text = "We will draw conclusions from concrete actions."
    assert [text[s:e] for s, e in query.matches(text, terms, prefixes)] == ["draw", "conclusions"]


def test_plan_filters_match_and_never_score() -> None:
    p = search.plan("tax", search.Filters(since=dt.date(2016, 1, 1), source="Wash-Post", limit=5))
    assert p.main == Term("text", "tax")
    assert p.filters == (
        DayRange(day("2016-01-01"), None),
        Phrase("source", ("wash", "post")),
        Not(Or((Term("kind", "title"), Term("kind", "term")))),
    )
    # titles and terms have no speaker: a speaker filter needs no kind filter
    assert search.plan("tax", search.Filters(speakers=("Donald Trump", "TRUMP"))).filters == (
        Or((Term("speaker_exact", "donald trump"), Term("speaker_exact", "trump"))),
    )
    assert search.plan("kind:title").filters == ()  # asking for titles means wanting them
    assert search.plan("").order == "date"


def test_sort_key_puts_the_undated_last() -> None:
    dated = search.sort_key(dt.date(2024, 1, 2), "Zed", "a" * 12, 5)
    assert dated < search.sort_key(None, "Aardvark", "a" * 12, 0)
    assert dated < search.sort_key(dt.date(2024, 1, 2), "Zed", "a" * 12, 10)
