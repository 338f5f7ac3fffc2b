"""Tests of the benchmark's own logic (benchmarks/accuracy.py, issue 9): the gold source
types, the bench README's folds, and the error split checked against the reference scorer."""

from __future__ import annotations

import hashlib

import pytest

from benchmarks import accuracy


@pytest.mark.parametrize(
    "speaker, kind",
    [
        ("he", "pronoun"),
        ("She", "pronoun"),
        ("who", "pronoun"),
        ("he himself", "pronoun"),
        ("Trump", "name"),
        ("Mr. Trump", "name"),
        ("Harry Hurt III", "name"),
        ("campaign manager Robby Mook", "name"),
        ("Gerry O'Brien, a GOP political consultant,", "name"),
        ("the Vermont senator", "description"),
        ("a senior Cruz adviser", "description"),
        ("his wife", "description"),
        ("one New Hampshire Democrat", "description"),
        ("the Clinton campaign", "organisation"),
        ("The Post", "organisation"),
        ("the FBI", "organisation"),
        ("The RNC", "organisation"),
        ("the statement", "document"),
        ("A Feb. 1 letter from the American Legion", "document"),
        ("a September Washington Post-ABC News poll", "document"),
        ("Axelrod’s memoir", "document"),
        ("", None),
        (None, None),
    ],
)
def test_source_type(speaker: str | None, kind: str | None) -> None:
    assert accuracy.source_type(speaker) == kind


def test_folds_are_the_bench_readmes() -> None:
    names = [f"article-{i}" for i in range(50)]
    for name in names:
        assert accuracy.fold_of(name) == int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5
    assert {accuracy.fold_of(n) for n in names} == set(range(5))


def test_error_split_agrees_with_the_scorer() -> None:
    if not accuracy.DEFAULT_SCORER.is_file():
        pytest.skip("the reference scorer is not beside the repository")
    scorer = accuracy.load_scorer(accuracy.DEFAULT_SCORER)
    text = (
        '"We will win," said Ann Lee. "Not now," Bo Park said.\n'
        'Critics called it "a farce." The plan is "dead on arrival," he said.\n'
        'The "Build It" tour starts Monday.\n'
    )

    def span(words: str) -> tuple[int, int]:
        s = text.index(words)
        return s, s + len(words)

    def gold_quote(words: str, speaker: str | None, at: str | None = None) -> dict[str, object]:
        s, e = span(words)
        q: dict[str, object] = {"start": s, "end": e, "speaker": speaker}
        if speaker:
            q["speaker_start"], q["speaker_end"] = span(at or speaker)
        return q

    gold = {
        "quotes": [
            gold_quote("We will win,", "Ann Lee"),
            gold_quote("Not now,", "Bo Park"),
            gold_quote("a farce.", "Critics"),
            gold_quote("dead on arrival,", "he"),
        ]
    }

    def pred_quote(words: str, speaker: str | None, kind: str = "full") -> dict[str, object]:
        s, e = span(words)
        return {"start": s, "end": e, "speaker": speaker, "kind": kind}

    pred = [
        pred_quote("We will win,", "Ann Lee"),  # right
        pred_quote("Not now,", "Ann Lee"),  # wrong speaker
        pred_quote("a farce.", None, kind="term"),  # declared a term: missed
        pred_quote("dead on arrival,", None),  # no speaker
        pred_quote("Build It", None),  # false positive
    ]
    rows, false_pos = accuracy.outcomes(scorer, text, gold, pred)
    assert [o for _, o in rows] == ["ok", "wrong speaker", "missed", "no speaker"]
    assert false_pos == 1
    result = scorer.score_article(text, gold, pred)
    assert result["spk_ok"] == 1 and result["tp"] == 3
