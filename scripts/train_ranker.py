#!/usr/bin/env python3
"""Fit the speaker ranker (quotes/extract/rank.py) on polnear-train and write its weights.

    python scripts/train_ranker.py [--train DIR] [--out PATH] [--cv [--spread N]]

Plain Python, no dependency beyond the package's own (nothing to install for fitting);
about 15 s of CPU (a minute of wall time on a shared host) on polnear-train's 840 articles.

Each statement whose speaker the rule chain does not settle (quotes/extract/candidates.py
``settles``) gives one example: its candidates (the same code the extractor runs) and
which of them are right, those whose words overlap the gold speaker span (the scorer's
mention test); NONE is right when the gold quote has no speaker or no candidate covers
it. A predicted quote that matches no gold quote is left out (most are quotes the gold
leaves out, not errors). The model is a conditional logit (a softmax over each quote's
candidates), fitted by AdaGrad with an L2 penalty, in plain Python with a fixed seed: the
same articles give the same weights. Each epoch takes the quotes in the order of a hash of the
seed, the epoch, the article and the quote, so that a rule change that adds or drops a few
quotes leaves the order of the others as it was (a shuffle of their indices reordered them
all and moved the fit, and the cross-validated figures, by some 30 quotes either way). The
weights shipped are the average of those at the end of each epoch from the middle one on:
steadier than the last epoch's alone.

At run time the ranker decides only the quotes ``candidates.weighed`` lets it (the rules
found nobody, or a pick of low precision found someone); every other rule's pick stands.
It is fitted on those quotes alone (``decided``): the others, where a sure rule's pick
stands, mostly taught it to follow the chain. Its four thresholds (``rank.Ranker.choose``:
fill, switch, drop, keep) are chosen on the folds of the bench README among the articles
fitted on: fit on all folds but one, score that one's weighed quotes against the rules'
picks, and keep the thresholds with the most right minus three times wrong over the folds
(a wrong speaker costs more than a missing one). So one run fits five times for the
thresholds and once on everything for the weights; ``--cv`` prints the folds (and, apart,
the quotes whose gold has no speaker that were given one) and writes nothing. Never
polnear-dev. ``fit`` is the hook of ``benchmarks/accuracy.py --fit scripts.train_ranker:fit``:
on four folds it does the same, the thresholds chosen over those four, so that nothing of
the fold held out (not even the shipped thresholds, chosen on all five) reaches its fit.
``--cv --spread N`` cross-validates N more times, each fit taking the quotes in the order of
another seed, and prints each one's totals: the noise a change of features or model must
clear before the folds can tell it from the order the quotes were taken in.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.accuracy import DEFAULT_TRAIN, Article, fold_of, load_dir  # noqa: E402
from quotes.extract import explain_quotes, read_article  # noqa: E402
from quotes.extract.candidates import FEATURE_NAMES, weighed, weighed_picks  # noqa: E402
from quotes.extract.rank import Ranker  # noqa: E402

OUT = REPO / "quotes" / "extract" / "ranker.json"
SEED = 9
EPOCHS = 12
RATE = 0.3
L2 = 1e-3  # per example and feature touched; by the five folds (--cv), like EPOCHS
FOLDS = 5
# the thresholds tried, each of fill, switch, drop and keep (1.01: never)
GRID = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
# ...but a quote the rules gave nobody gets somebody only when the ranker is sure: lower fill
# thresholds scored well on the folds' gold (which has few speakerless quotes to lose) and
# gave headlines and the subject of a sentence with no speech verb quotes nobody said
FILL_GRID = (0.8, 0.85, 0.9, 0.95, 1.01)
Thresholds = tuple[float, float, float, float]  # fill, switch, drop, keep
WRONG_COST = 3  # a wrong speaker costs three times what a right one gains


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
    chain: int | None = None  # the index of the rule chain's pick (None: it picked nobody)
    same: tuple[int, ...] = ()  # the candidates that resolve to the chain's pick's entity
    decides: bool = True  # whether the ranker decides this quote at run time (weighed)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def examples_of(art: Article) -> list[Example]:
    read = read_article(art.text, every=True)
    if read is None or art.text != art.raw:
        return []  # offsets only hold where the extractor reads the text as the scorer does
    gold = art.gold.get("quotes") or []
    out = []
    for q, cands, chain in zip(read.found, read.candidates, read.chain, strict=True):
        if not cands:
            continue
        k_chain = next((k for k, c in enumerate(cands) if c.chain), None)
        entity = cands[k_chain].entity if k_chain is not None else None
        same = tuple(k for k, c in enumerate(cands) if entity is not None and c.entity is entity)
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
                k_chain,
                same,
                weighed(chain),
            )
        )
    return out


def _order(examples: Sequence[Example], epoch: int, seed: int = SEED) -> list[int]:
    """The examples' order in one epoch: by a hash of the seed, the epoch, the article and the
    quote, so that one quote more or less moves the others only around it (a shuffle of the
    indices would reorder them all, and the fit with them)."""

    def key(n: int) -> bytes:
        ex = examples[n]
        return hashlib.sha1(f"{seed}:{epoch}:{ex.article}:{ex.quote}".encode()).digest()

    return sorted(range(len(examples)), key=key)


def fit_weights(
    examples: Sequence[Example], epochs: int = EPOCHS, l2: float = L2, seed: int = SEED
) -> dict[str, float]:
    """The conditional logit's weights: AdaGrad over the examples in a seeded order, averaged
    over the ends of the epochs from the middle one on."""
    index: dict[str, int] = {}
    data = []
    for ex in examples:
        rows = [[index.setdefault(f, len(index)) for f in feats] for feats in ex.features]
        data.append((rows, set(ex.right)))
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    avg = [0.0] * len(index)
    counted = 0
    for epoch in range(epochs):
        order = _order(examples, epoch, seed)
        if epoch >= epochs // 2:
            for f, x in enumerate(w):
                avg[f] += x
            counted += 1
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
    for f, x in enumerate(w):
        avg[f] += x
    counted += 1
    w = [x / counted for x in avg]
    names = sorted(index, key=index.__getitem__)
    return {name: round(w[index[name]], 4) for name in names if abs(w[index[name]]) >= 1e-4}


def probabilities(weights: dict[str, float], ex: Example) -> list[float]:
    scores = [sum(weights.get(f, 0.0) for f in feats) for feats in ex.features]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [x / total for x in exps]


@dataclass(frozen=True)
class Held:
    """A held-out weighed quote as the thresholds see it: the winner, its probability, the
    chain's pick and its probability, and which of them is right."""

    best: int
    p_best: float
    chain: int | None
    p_chain: float
    right: frozenset[int]
    same: frozenset[int]  # the candidates of the chain's pick's entity
    has_speaker: bool = True  # False: the gold quote has none, any speaker is one too many

    @classmethod
    def of(cls, ex: Example, p: Sequence[float]) -> Held:
        best = max(range(len(p)), key=p.__getitem__)  # ties to the first, NONE
        p_chain = p[ex.chain] if ex.chain is not None else 0.0
        return cls(best, p[best], ex.chain, p_chain, frozenset(ex.right), frozenset(ex.same), ex.has_speaker)

    def choose(self, fill: float, switch: float, drop: float, keep: float) -> int | None:
        """The index rank.Ranker.choose picks (None: no speaker)."""
        if self.chain is None:
            return None if self.best == 0 or self.p_best < fill else self.best
        if self.best == self.chain or self.best in self.same:
            return self.chain
        if self.best == 0:
            return None if self.p_best >= drop else self.chain
        if self.p_best >= switch:
            return self.best
        return self.chain if self.p_chain >= keep else None

    def outcome(self, pick: int | None) -> int:
        """0 right, 1 wrong, 2 no speaker (a quote whose gold has a speaker); 3 a speaker
        where the gold has none, 4 none there either."""
        if not self.has_speaker:
            return 4 if pick is None or pick == 0 else 3
        if pick is None or pick == 0:
            return 2
        return 0 if pick in self.right else 1


@dataclass
class Folds:
    """Each fold's weighed quotes, as the weights fitted on the other folds score them."""

    held: list[list[Held]]

    def tally(self, thresholds: Thresholds) -> list[list[int]]:
        """Per fold: [right, wrong, none, spurious, silent] of the ranker's picks (the
        outcomes of :meth:`Held.outcome`)."""
        return self._count(lambda h: h.choose(*thresholds))

    def rules(self) -> list[list[int]]:
        """Per fold: the same counts of the rule chain's picks on the same quotes."""
        return self._count(lambda h: h.chain)

    def _count(self, pick: Callable[[Held], int | None]) -> list[list[int]]:
        out = []
        for held in self.held:
            counts = [0] * 5
            for h in held:
                counts[h.outcome(pick(h))] += 1
            out.append(counts)
        return out


def decided(examples: Sequence[Example]) -> list[Example]:
    """The quotes the ranker decides at run time, the only ones it is fitted on: the rules
    left them open, a population of its own (fitted on every unsettled quote as well, the
    ranker mostly learnt to follow the chain's pick, right nine times in ten where the
    chain is sure; on the five folds it gave fewer right and more wrong speakers there)."""
    return [ex for ex in examples if ex.decides]


def cross_fit(
    examples: Sequence[Example], say: Callable[[str], None] | None = None, seed: int = SEED
) -> Folds:
    """Each fold of ``examples`` (the bench README's folds, those present) scored by weights
    fitted on the others (in the order of ``seed``)."""
    held = []
    for k in sorted({fold_of(ex.article) for ex in examples}):
        weights = fit_weights(decided([ex for ex in examples if fold_of(ex.article) != k]), seed=seed)
        held.append(
            [
                Held.of(ex, probabilities(weights, ex))
                for ex in examples
                if fold_of(ex.article) == k and ex.decides
            ]
        )
        if say is not None:
            say(f"  fold {k} fitted")
    return Folds(held)


def best_thresholds(folds: Folds) -> Thresholds:
    """The thresholds with the most right minus WRONG_COST x wrong over the folds; ties to
    the fewest wrong, then the highest thresholds."""

    def gain(t: Thresholds) -> tuple[int, int, Thresholds]:
        right = wrong = 0
        for r, w, *_ in folds.tally(t):
            right, wrong = right + r, wrong + w
        return right - WRONG_COST * wrong, -wrong, t

    return max(itertools.product(FILL_GRID, GRID, GRID, GRID), key=gain)


def spread(
    examples: Sequence[Example], seeds: Sequence[int], fitted: Mapping[int, Folds] | None = None
) -> list[tuple[int, Thresholds, list[int]]]:
    """The folds' totals (right, wrong, none, spurious, silent) at their best thresholds, once
    per fit order in ``seeds`` (``fitted``: the folds of seeds already cross-fitted, not fitted
    again; --cv has those of SEED): how far the order alone moves them. The fit is reproducible
    for one seed, but another order of the same quotes moves the folds' right speakers by up to
    thirty and right minus three times wrong by up to twenty (seeds 9 to 12 at 9c8bb6a: 463 to
    494 right, 246 to 263), so a change that moves them by less is not yet known to be better
    or worse."""
    out = []
    fitted = fitted or {}
    for seed in seeds:
        folds = fitted[seed] if seed in fitted else cross_fit(examples, seed=seed)
        thresholds = best_thresholds(folds)
        out.append((seed, thresholds, [sum(x[i] for x in folds.tally(thresholds)) for i in range(5)]))
    return out


def report(folds: Folds, thresholds: Thresholds) -> None:
    """The folds' right / wrong / none, rules against ranker, on the quotes it decides."""
    rules, ranker = folds.rules(), folds.tally(thresholds)
    fill, switch, drop, keep = thresholds
    print(
        f"thresholds: fill {fill} switch {switch} drop {drop} keep {keep}"
        f"  (weighed picks: {', '.join(weighed_picks())})"
    )
    print(
        "quotes the ranker decides, gold with a speaker: right / wrong / none; gold with none: given one / of"
    )
    for k, (a, b) in enumerate(zip(rules, ranker, strict=True)):
        print(
            f"  fold {k}: rules {a[0]}/{a[1]}/{a[2]} {a[3]}/{a[3] + a[4]}"
            f"  ranker {b[0]}/{b[1]}/{b[2]} {b[3]}/{b[3] + b[4]}"
        )
    ta = [sum(x[i] for x in rules) for i in range(5)]
    tb = [sum(x[i] for x in ranker) for i in range(5)]
    print(
        f"  all:    rules {ta[0]}/{ta[1]}/{ta[2]} {ta[3]}/{ta[3] + ta[4]}"
        f"  ranker {tb[0]}/{tb[1]}/{tb[2]} {tb[3]}/{tb[3] + tb[4]}"
        f"  (right {tb[0] - ta[0]:+d}, wrong {tb[1] - ta[1]:+d},"
        f" given one the gold has not {tb[3] - ta[3]:+d})"
    )


def fit_ranker(
    examples: Sequence[Example], say: Callable[[str], None] | None = None
) -> tuple[Ranker, Folds, Thresholds]:
    """The ranker of ``examples``: the thresholds chosen on their folds (each scored by weights
    fitted on the others), the weights fitted on all of them; and the folds, for a report."""
    folds = cross_fit(examples, say)
    thresholds = best_thresholds(folds)
    return Ranker(fit_weights(decided(examples)), *thresholds), folds, thresholds


def fit(articles: list[Article]) -> Callable[[str], list[dict[str, Any]]]:
    """``benchmarks/accuracy.py --fit`` hook: fit on ``articles`` (four folds), return the
    extractor. The thresholds too are chosen on those articles alone, by the same
    cross-validation over their four folds, so the fold held out tells nothing."""
    ranker, _, _ = fit_ranker([ex for a in articles for ex in examples_of(a)])

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
    ap.add_argument(
        "--cv", action="store_true", help="only cross-validate on the five folds and print; write nothing"
    )
    ap.add_argument(
        "--spread",
        type=int,
        default=0,
        metavar="N",
        help="with --cv: also cross-validate with N other fit orders (seeds) and print each one's totals",
    )
    args = ap.parse_args(argv)
    articles = load_dir(args.train)
    print(f"reading {len(articles)} articles ...", file=sys.stderr)
    examples = [ex for a in articles for ex in examples_of(a)]
    print(f"{len(examples)} quotes to weigh", file=sys.stderr)
    fitted, folds, thresholds = fit_ranker(examples, lambda line: print(line, file=sys.stderr))
    report(folds, thresholds)
    if args.cv:
        if args.spread > 0:
            print("the same folds fitted in other orders (seed: right / wrong / none, right - 3 x wrong):")
            totals = spread(examples, [SEED, *range(SEED + 1, SEED + 1 + args.spread)], {SEED: folds})
            for seed, _, (right, wrong, none, *_) in totals:
                print(f"  seed {seed}: {right}/{wrong}/{none}  {right - WRONG_COST * wrong}")
            gains = [t[2][0] - WRONG_COST * t[2][1] for t in totals]
            print(f"  right - 3 x wrong from {min(gains)} to {max(gains)}")
        return 0
    ranker = Ranker(
        fitted.weights,
        *thresholds,
        meta={
            "model": "conditional logit over each quote's candidates (scripts/train_ranker.py)",
            "trained_on": (
                f"{args.train.name} ({len(articles)} articles, {len(decided(examples))} quotes weighed)"
            ),
            "commit": _commit(),
            "seed": SEED,
            "epochs": EPOCHS,
            "l2": L2,
            "weighed_picks": weighed_picks(),
            "feature_names": sorted(FEATURE_NAMES),
        },
    )
    args.out.write_text(json.dumps(ranker.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(ranker.weights)} weights written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
