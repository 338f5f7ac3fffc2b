"""Tests of quotes.extract.candidates and quotes.extract.rank (issue 9): the candidate
speakers of a quote, the shipped weights, and what the ranker chooses, including
quotes that must get no speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from quotes.extract import explain_quotes, extract_quotes, read_article
from quotes.extract.candidates import FEATURE_NAMES, NONE
from quotes.extract.rank import WEIGHTS_FILE, Ranker, RankerError, default_ranker

SAMPLES = (
    'Ada Brill spoke at the hall on Monday. She said the plan was "dead on arrival."',
    'Lena Marsh met Tom Birt on Friday. He said the talks were "going nowhere."',
    'Mara Dunn, who leads the union, said the deal was "a betrayal of every nurse."',
    '"We will act," said Ada Brill.\n\n"And soon."',
)


def test_weights_file_loads_and_matches_the_feature_names() -> None:
    data = json.loads(resources.files("quotes.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    ranker = default_ranker()
    assert ranker.weights and 0.0 <= ranker.threshold < 1.0
    # fitted on the features the extractor computes today, and only on those
    assert data["feature_names"] == sorted(FEATURE_NAMES)
    assert {name.split(":")[0] for name in ranker.weights} <= FEATURE_NAMES
    made = {
        f.split(":")[0]
        for text in SAMPLES
        for cands in (read_article(text) or pytest.fail("no quotes")).candidates
        for c in cands
        for f in c.features
    }
    assert made <= FEATURE_NAMES


def test_a_broken_weights_file_is_one_clear_error() -> None:
    with pytest.raises(RankerError):
        Ranker.from_json({"weights": {"chain": "heavy"}})
    with pytest.raises(RankerError):
        Ranker.from_json({"threshold": 0.5})


def test_scoring_is_deterministic() -> None:
    for text in SAMPLES:
        first = [
            (e.to_dict(), [(s.score, s.probability) for s in e.candidates]) for e in explain_quotes(text)
        ]
        again = [
            (e.to_dict(), [(s.score, s.probability) for s in e.candidates]) for e in explain_quotes(text)
        ]
        assert first == again


def test_every_weighed_quote_has_none_and_sources() -> None:
    art = read_article(SAMPLES[2])
    assert art is not None
    (cands,) = art.candidates
    assert cands[0].is_none and cands[0].sources == (NONE,)
    assert all(c.sources for c in cands)
    by_text = {c.words.text: c for c in cands if c.words is not None}
    assert "who" in by_text and by_text["who"].sources == ("relative",)
    assert by_text["who"].entity is not None and by_text["who"].entity.name == "Mara Dunn"
    assert "before" in by_text["Mara Dunn"].sources


def test_no_weights_no_speaker() -> None:
    """Ties go to NONE, and a winner under the threshold is no speaker: nobody rather than
    a guess."""
    art = read_article(SAMPLES[0])
    assert art is not None
    (cands,) = art.candidates
    flat = Ranker({})
    assert flat.choose(flat.rank(cands)) is None
    unsure = Ranker({"chain": 1.0}, threshold=0.99)
    assert unsure.choose(unsure.rank(cands)) is None
    sure = Ranker({"chain": 10.0}, threshold=0.5)
    best = sure.choose(sure.rank(cands))
    assert best is not None and best.candidate.words is not None and best.candidate.words.text == "She"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun subject: the mention is the word read, the speaker its person
        (SAMPLES[0], [("dead on arrival.", "Ada Brill", "She")]),
        (SAMPLES[1], [("going nowhere.", "Tom Birt", "He")]),
        # the subject of "said" past a relative clause, not the relative pronoun
        (SAMPLES[2], [("a betrayal of every nurse.", "Mara Dunn", "Mara Dunn")]),
        # a partial quote whose source the sentence names as the subject of a speech verb
        (
            "Governor Ada Holm on Tuesday accused her opponent of courting donors to a degree "
            'that is "unheard of in this state."',
            [("unheard of in this state.", "Ada Holm", "Ada Holm")],
        ),
        # a place after "In" is not the speaker
        (
            'In Ottawa, Lena Marsh told reporters the budget was "a disgrace."',
            [("a disgrace.", "Lena Marsh", "Lena Marsh")],
        ),
        # a description with a quantifier: its words, nobody named
        ('One union member called the deal "a mistake."', [("a mistake.", None, "One union member")]),
        # a paragraph that is only a quote continues the speaker before it
        (SAMPLES[3], [("We will act,", "Ada Brill", "Ada Brill"), ("And soon.", "Ada Brill", "Ada Brill")]),
        # no speaker: nobody in the text, or nobody who could have said it
        ('"Stay inside tonight."', [("Stay inside tonight.", None, None)]),
        ('A crowd gathered outside the hall. "Shame on you!"', [("Shame on you!", None, None)]),
        (
            'Snow fell all night over the valley. "Stay inside tonight."',
            [("Stay inside tonight.", None, None)],
        ),
        ('The storm closed every road.\n\n"Stay inside tonight."', [("Stay inside tonight.", None, None)]),
        # a document that speaks: its words, and nobody they name
        ('The sign on the door read "Closed for repairs."', [("Closed for repairs.", None, "The sign")]),
    ],
)
def test_ranker_chooses(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [
        (q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
    ]
    assert got == expected
