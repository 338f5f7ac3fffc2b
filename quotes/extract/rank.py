"""The ranker: which of a quote's candidate speakers (:mod:`quotes.extract.candidates`)
is its speaker, NONE included.

A conditional logit: each candidate's score is the sum of the weights of its features,
and the candidates of one quote share a softmax. The weights are fitted on
polnear-train by ``scripts/train_ranker.py`` and shipped in ``ranker.json`` beside this
module; scoring is a few dictionary look-ups in plain Python. A speaker whose
probability stays under the fitted ``threshold`` is not given: a wrong speaker is worse
than none.
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
    """Feature weights and the threshold under which no speaker is given."""

    weights: Mapping[str, float]
    threshold: float = 0.0
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
        """The winner, or None when NONE wins or the winner is under the threshold.

        Ties go to the earlier candidate (NONE comes first), so the choice never
        depends on anything but the scores and the order the candidates were gathered in.
        """
        best = max(scored, key=lambda s: s.score)
        if best.candidate.is_none or best.probability < self.threshold:
            return None
        return best

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Ranker:
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            threshold = float(data.get("threshold", 0.0))
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise RankerError(f"not a ranker's weights: {e}") from e
        meta = {k: v for k, v in data.items() if k not in ("weights", "threshold")}
        return cls(weights, threshold, meta)


@cache
def default_ranker() -> Ranker:
    """The ranker shipped with the package (read once)."""
    text = resources.files("quotes.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return Ranker.from_json(json.loads(text))
