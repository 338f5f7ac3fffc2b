#!/usr/bin/env python3
"""Fit the speaker ranker (quotes/extract/rank.py) on polnear-train and write its weights.

    python scripts/train_ranker.py [--train DIR] [--out PATH] [--cv]

Each quote the extractor weighs (a statement whose speaker the rule chain does not
settle) gives one example: its candidates (quotes/extract/candidates.py, the same code
the extractor runs) and which of them are right, those whose words overlap the gold
speaker span (the scorer's mention test); NONE is right when the gold quote has no
speaker or no candidate covers it. A predicted quote that matches no gold quote is
left out (most are quotes the gold leaves out, not errors). The model is a conditional
logit (a softmax over each quote's candidates), fitted by AdaGrad with an L2 penalty,
in plain Python with a fixed seed: the same articles give the same weights.

``--cv`` prints, for the hyperparameters below, the five folds of the bench README
scored on the examples (fit on four, choose on the fifth) and the speaker accuracy at
each threshold; the constants were set from the fold means, never from polnear-dev.
``fit`` is the hook of ``benchmarks/accuracy.py --fit scripts.train_ranker:fit``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.accuracy import DEFAULT_TRAIN, Article, fold_of, load_dir  # noqa: E402
from quotes.extract import explain_quotes, read_article  # noqa: E402
from quotes.extract.candidates import FEATURE_NAMES  # noqa: E402
from quotes.extract.rank import Ranker  # noqa: E402

OUT = REPO / "quotes" / "extract" / "ranker.json"
SEED = 9
EPOCHS = 12
RATE = 0.3
L2 = 1e-3  # per example and feature touched; by the five folds (--cv), like EPOCHS
# by the five folds (--cv): right - wrong at its best (0.3 and 0.4 tie at 1,803; the fewest wrong)
THRESHOLD = 0.4
FOLDS = 5


@dataclass(frozen=True)
class Example:
    """One quote: its candidates' feature lists, the indices of the right ones, and
    whether the gold quote has a speaker at all (what the scorer counts)."""

    features: tuple[tuple[str, ...], ...]
    right: tuple[int, ...]
    has_speaker: bool
    article: str
    spans: tuple[tuple[int, int] | None, ...] = ()  # each candidate's words (None: NONE)
    quote: tuple[int, int] = (0, 0)
    gold: tuple[int, int] | None = None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def examples_of(art: Article) -> list[Example]:
    read = read_article(art.text)
    if read is None or art.text != art.raw:
        return []  # offsets only hold where the extractor reads the text as the scorer does
    gold = art.gold.get("quotes") or []
    out = []
    for q, cands in zip(read.found, read.candidates, strict=True):
        if not cands:
            continue
        best, best_ov = None, 0
        for g in gold:
            ov = sum(max(0, _overlap(span, (g["start"], g["end"]))) for span in q.spans)
            size = min(g["end"] - g["start"], sum(e - s for s, e in q.spans))
            if ov > best_ov and ov >= 0.5 * size:
                best, best_ov = g, ov
        if best is None:
            continue
        span = (best.get("speaker_start"), best.get("speaker_end"))
        has = bool(best.get("speaker")) and span[0] is not None
        right = ()
        if has:
            right = tuple(
                k
                for k, c in enumerate(cands)
                if c.words is not None and _overlap((c.words.start, c.words.end), span) > 0  # type: ignore[arg-type]
            )
        out.append(
            Example(
                tuple(c.features for c in cands),
                right or (0,),
                has,
                art.name,
                tuple((c.words.start, c.words.end) if c.words else None for c in cands),
                (q.start, q.end),
                span if has else None,  # type: ignore[arg-type]
            )
        )
    return out


def fit_weights(examples: Sequence[Example], epochs: int = EPOCHS, l2: float = L2) -> dict[str, float]:
    """The conditional logit's weights: AdaGrad over the examples in a seeded order."""
    index: dict[str, int] = {}
    data = []
    for ex in examples:
        rows = [[index.setdefault(f, len(index)) for f in feats] for feats in ex.features]
        data.append((rows, set(ex.right)))
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    rng = random.Random(SEED)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            rows, right = data[n]
            scores = [sum(w[f] for f in row) for row in rows]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            p = [x / total for x in exps]
            p_right = sum(p[k] for k in right)
            grad: dict[int, float] = {}
            for k, row in enumerate(rows):
                # d(-log P(right))/d score_k = p_k - [k right] * p_k / P(right)
                d = p[k] - (p[k] / p_right if k in right else 0.0)
                if d:
                    for f in row:
                        grad[f] = grad.get(f, 0.0) + d
            for f, d in grad.items():
                d += l2 * w[f]
                g2[f] += d * d
                w[f] -= RATE * d / math.sqrt(g2[f])
    names = sorted(index, key=index.__getitem__)
    return {name: round(w[index[name]], 4) for name in names if abs(w[index[name]]) >= 1e-4}


def choose(weights: dict[str, float], ex: Example, threshold: float) -> int:
    """The index the ranker picks (0, NONE, when nobody), as rank.Ranker.choose does."""
    scores = [sum(weights.get(f, 0.0) for f in feats) for feats in ex.features]
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    p = 1.0 / sum(math.exp(s - top) for s in scores)
    return 0 if best == 0 or p < threshold else best


def cross_validate(examples: Sequence[Example], thresholds: Sequence[float]) -> None:
    """Per fold and threshold: right / wrong / none among the weighed quotes with a speaker."""
    totals = {t: [0, 0, 0] for t in thresholds}
    for k in range(FOLDS):
        train = [ex for ex in examples if fold_of(ex.article) != k]
        held = [ex for ex in examples if fold_of(ex.article) == k]
        weights = fit_weights(train)
        line = []
        for t in thresholds:
            right = wrong = none = 0
            for ex in held:
                if not ex.has_speaker:
                    continue
                pick = choose(weights, ex, t)
                if pick == 0:
                    none += 1
                elif pick in ex.right:
                    right += 1
                else:
                    wrong += 1
            totals[t][0] += right
            totals[t][1] += wrong
            totals[t][2] += none
            line.append(f"t={t:.2f} {right}/{wrong}/{none}")
        print(f"fold {k}: " + "  ".join(line), file=sys.stderr)
    for t, (right, wrong, none) in totals.items():
        n = right + wrong + none
        # the threshold is chosen by right - wrong: a wrong speaker costs what a right one gains
        print(
            f"threshold {t:.2f}: right {right} wrong {wrong} none {none} "
            f"acc {right / n:.4f} right-wrong {right - wrong}"
        )


def fit(articles: list[Article]) -> Callable[[str], list[dict[str, Any]]]:
    """``benchmarks/accuracy.py --fit`` hook: fit on ``articles``, return the extractor."""
    ranker = Ranker(fit_weights([ex for a in articles for ex in examples_of(a)]), THRESHOLD)

    def extract(text: str) -> list[dict[str, Any]]:
        return [e.quote.to_dict() for e in explain_quotes(text, ranker)]

    return extract


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--train", type=Path, default=DEFAULT_TRAIN, help="polnear-train (NAME.txt, NAME.gold.yaml)"
    )
    ap.add_argument("--out", type=Path, default=OUT, help=f"the weights file (default {OUT})")
    ap.add_argument("--cv", action="store_true", help="cross-validate on the five folds; write nothing")
    args = ap.parse_args(argv)
    articles = load_dir(args.train)
    print(f"reading {len(articles)} articles ...", file=sys.stderr)
    examples = [ex for a in articles for ex in examples_of(a)]
    print(f"{len(examples)} quotes to weigh", file=sys.stderr)
    if args.cv:
        cross_validate(examples, (0.0, 0.2, 0.3, 0.4, 0.5))
        return 0
    ranker = Ranker(
        fit_weights(examples),
        THRESHOLD,
        {
            "model": "conditional logit over each quote's candidates (scripts/train_ranker.py)",
            "trained_on": f"{args.train.name} ({len(articles)} articles, {len(examples)} quotes weighed)",
            "commit": _commit(),
            "seed": SEED,
            "epochs": EPOCHS,
            "l2": L2,
            "feature_names": sorted(FEATURE_NAMES),
        },
    )
    args.out.write_text(json.dumps(ranker.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(ranker.weights)} weights written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
