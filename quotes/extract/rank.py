"""The ranker: which of a quote's candidate speakers (:mod:`quotes.extract.candidates`)
is its speaker, NONE included.

A conditional logit: each candidate's score is the sum of the weights of its features,
and the candidates of one quote share a softmax. The weights are fitted on
polnear-train by ``scripts/train_ranker.py`` and shipped in ``ranker.json`` beside this
module; scoring is a few dictionary look-ups in plain Python.

It is asked only where the rules give no speaker or a pick of low precision gives one
(:func:`quotes.extract.candidates.weighed`), and it keeps NONE, or the rule chain's
pick, unless it is sure enough: four thresholds on probabilities, fitted on
polnear-train's five folds to maximise right minus three times wrong (a wrong speaker is worse
than none): ``fill`` to give a speaker where the rules gave none, ``switch`` to give
another than the chain's pick, ``keep`` for the chain's pick to stay when another wins
short of ``switch`` (else nobody: the two disagree), ``drop`` to take the chain's pick
away when NONE wins.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any

from quotes.extract.candidates import Candidate

WEIGHTS_FILE = "ranker.json"


class RankerError(Exception):
    """A weights file that cannot be read as a ranker's."""


@dataclass(frozen=True)
class Scored:
    """A candidate with its score (the sum of its feature weights) and its probability
    among the quote's candidates."""

    candidate: Candidate
    score: float
    probability: float


@dataclass(frozen=True)
class Ranker:
    """Feature weights and the thresholds of :meth:`choose`."""

    weights: Mapping[str, float]
    fill: float = 0.0
    switch: float = 0.0
    drop: float = 0.0
    keep: float = 0.0
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def score(self, candidate: Candidate) -> float:
        return sum(map(self.weights.get, candidate.features, repeat(0.0)))

    def rank(self, candidates: Sequence[Candidate]) -> list[Scored]:
        """The candidates with their scores and probabilities, in the order given."""
        scores = [self.score(c) for c in candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [Scored(c, s, x / total) for c, s, x in zip(candidates, scores, exps, strict=True)]

    def choose(self, scored: Sequence[Scored]) -> Scored | None:
        """The speaker's candidate, or None for no speaker.

        Where the rule chain picked nobody, the winner if it is not NONE and its
        probability reaches ``fill``. Where it picked someone and wins, or the winner is
        other words for the same person ("he" and "Trump"), that pick; where
        NONE wins, nobody if NONE's probability reaches ``drop``, else that pick; where
        another candidate wins, that one if its probability reaches ``switch``, else the
        pick if its own probability reaches ``keep``, else nobody.
        Ties go to the earlier candidate (NONE comes first), so the choice never
        depends on anything but the scores and the order the candidates were gathered in.
        """
        best = max(scored, key=lambda s: s.score)
        chain = next((s for s in scored if s.candidate.chain), None)
        if chain is None:
            return None if best.candidate.is_none or best.probability < self.fill else best
        if best is chain or (
            best.candidate.entity is not None and best.candidate.entity is chain.candidate.entity
        ):
            return chain
        if best.candidate.is_none:
            return None if best.probability >= self.drop else chain
        if best.probability >= self.switch:
            return best
        return chain if chain.probability >= self.keep else None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "thresholds": {"fill": self.fill, "switch": self.switch, "drop": self.drop, "keep": self.keep},
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Ranker:
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            limits = data.get("thresholds", {})
            fill, switch, drop, keep = (float(limits.get(k, 0.0)) for k in ("fill", "switch", "drop", "keep"))
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise RankerError(f"not a ranker's weights: {e}") from e
        meta = {k: v for k, v in data.items() if k not in ("weights", "thresholds")}
        return cls(weights, fill, switch, drop, keep, meta)


@cache
def default_ranker() -> Ranker:
    """The ranker shipped with the package (read once)."""
    text = resources.files("quotes.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return Ranker.from_json(json.loads(text))
