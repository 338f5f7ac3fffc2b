"""Tests of the ranker's fitting (scripts/train_ranker.py, issue 9) on small invented
examples: the fit is reproducible, and it learns which features mark the right candidate."""

from __future__ import annotations

from scripts.train_ranker import Example, fit_weights, probabilities


def _examples() -> list[Example]:
    # NONE first, then a candidate next to a speech verb and one that is not; the first
    # is right three times in four, the quote has no speaker the fourth time
    out = []
    for n in range(40):
        features = (("none",), ("cue_next:say", "kind:name"), ("kind:name", "gap:20"))
        right = (1,) if n % 4 else (0,)
        out.append(Example(features, right, bool(n % 4), f"a{n}"))
    return out


def test_the_fit_is_reproducible() -> None:
    assert fit_weights(_examples()) == fit_weights(_examples())


def test_the_fit_prefers_the_candidate_the_examples_mark_right() -> None:
    weights = fit_weights(_examples())
    assert weights["cue_next:say"] > weights.get("gap:20", 0.0)
    p = probabilities(weights, _examples()[1])
    assert p[1] > max(p[0], p[2])
