#!/usr/bin/env python3
"""Measure the extractor's accuracy and speed on the benchmark sets, and split its errors.

    python benchmarks/accuracy.py [DIR] [--train DIR | --no-train] [--json] [--show]
                                  [--passes N] [--keep] [--scorer PATH] [--fit MODULE:FUNCTION]

The sets, each scored with the reference scorer (``../shared/bench/score.py`` by
default, loaded as a library: its ``score_article`` and ``totals`` give the same
figures as running it on a directory):

- polnear-train (``--train``, default ``../shared/bench/polnear-train``): all of it,
  and each of the bench README's five folds (an article NAME is in fold
  ``int(sha1(NAME).hexdigest(), 16) % 5``) with the mean over the folds. Nothing is
  fitted yet, so a fold's figures are the rules' figures on that fold. ``--fit
  MODULE:FUNCTION`` is the hook for a fitted model: FUNCTION gets the training
  articles of four folds (``Article`` records) and returns an extractor (article
  text -> list of ``Quote.to_dict()``), which is scored on the fifth fold.
- DIR (default ``../shared/bench/polnear-dev``): a check, never fitted on.
- ``benchmarks/invented`` (in the repository: invented articles, hand-made gold).
- the seed article, against its hand-made gold (single-file mode of the scorer).

For every set: quote precision / recall / F1, the exact-boundary rate,
``speaker_acc`` (names count where the gold resolves a pronoun), the same by
mention only (the scorer's ``--ignore-names``) and ``speaker_acc_resolved``. Then
the errors, per gold quote segment with a speaker: missed (no predicted quote, or
one declared a title or term), no speaker, wrong speaker; false positives
(predicted segments matching no gold one); and all of that by the gold source's
type (``source_type``: name, pronoun, description, organisation, document).

The predictions are made in-process, exactly as ``quotes extract --format json``
prints them (checked against the real command on one article when ``quotes`` is
on PATH). Throughput is the median of ``--passes`` timed passes over DIR's
articles, in this one process pinned to one core, in CPU time (texts read
beforehand); each pass also times the bench README's quotation-mark regex
anchor, and the ratio of the two medians is printed beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from quotes import article
from quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_DIR = SHARED / "bench" / "polnear-dev"
DEFAULT_TRAIN = SHARED / "bench" / "polnear-train"
DEFAULT_SCORER = SHARED / "bench" / "score.py"
INVENTED = REPO / "benchmarks" / "invented"
SEED_NAME = "newsweek-2024-11-06-putin-congratulated-trump"
SEED_TEXT = REPO / "seeds" / f"{SEED_NAME}.txt"
SEED_GOLDS = (
    REPO / "tests" / "data" / f"{SEED_NAME}.gold.yaml",
    SHARED / "gold" / f"{SEED_NAME}.gold.yaml",
)
PRED_SUFFIX = ".pred.json"
FOLDS = 5
COLUMNS = (
    ("articles", "articles", "{}"),
    ("gold", "gold", "{}"),
    ("pred", "pred", "{}"),
    ("precision", "P", "{:.3f}"),
    ("recall", "R", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("exact", "exact", "{:.3f}"),
    ("speaker_acc", "spk_acc", "{:.3f}"),
    ("speaker_acc_mention", "by_mention", "{:.3f}"),
    ("speaker_acc_resolved", "resolved", "{:.3f}"),
)
ERROR_KINDS = ("missed", "no speaker", "wrong speaker")
SOURCE_TYPES = ("name", "pronoun", "description", "organisation", "document")

Extractor = Callable[[str], list[dict[str, Any]]]


class BenchError(Exception):
    """A problem with the benchmark material; printed as one line."""


@dataclass(frozen=True)
class Article:
    """One benchmark article: ``text`` as the extractor reads it, ``raw`` as the scorer does."""

    name: str
    text: str
    raw: str
    gold: dict[str, Any]

    @property
    def fold(self) -> int:
        return fold_of(self.name)


def fold_of(name: str) -> int:
    """The bench README's fold of an article (NAME without ``.txt``)."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % FOLDS


# --- the gold source's type -------------------------------------------------------------
# A small heuristic on the gold speaker words, in this order: a pronoun alone ("he", "she
# herself"); a phrase whose head noun (its last word before "of", "from", "who", a comma
# ...) names a document ("the IMF report", "a statement from the team"); one whose head
# names an organisation ("the Clinton campaign", "The Post") or is an acronym ("The RNC");
# a phrase opening with a quantifier ("one New Hampshire Democrat") is a description;
# words that are all capitalised are a name ("Mr. Trump", "Harry Hurt III"), also after a
# role ("campaign manager Robby Mook"); anything else is a description ("a senior aide",
# "the Vermont senator", "his wife").
_PRONOUNS = set("he she it they i we you who whom which that his her its their him them us me".split())
_REFLEXIVE = set("himself herself itself themselves myself ourselves too also".split())
_DOCUMENT_NOUNS = set(
    """report reports statement statements memo memorandum filing release letter email e-mail emails
    tweet tweets post posting survey poll polls study document documents ad ads advertisement
    commercial article editorial op-ed column book memoir website site blog note notes transcript
    complaint lawsuit suit indictment ruling order brief bill legislation platform analysis video
    message messages text announcement notice petition resolution affidavit motion subpoena
    manifesto proposal guidance guidelines cable dossier sign banner headline caption advisory
    warning verdict opinion decision testimony minutes agenda chart data account summary script
    page flyer mailer leaflet story""".split()
)
_ORGANISATION_NOUNS = set(
    """campaign committee department ministry agency company firm group party organization
    organisation government administration council court office association union network
    newspaper magazine paper station bank fund foundation institute university college team
    board commission house senate congress police army military coalition pac corp inc times
    post journal news service bureau center centre caucus legislature parliament assembly
    cabinet school channel outlet corporation authority agencies companies groups parties
    unions networks embassy kremlin pentagon fbi cia staff""".split()
)
_STOP_HEAD = set("of from for by in on at with to that who whom which whose said says and".split())
_NAME_PARTICLES = set("de del della der van von bin al el la le da di du st. st mc jr. jr sr. sr".split())
_ROMAN = set("ii iii iv".split())
_DETERMINERS = set("the a an".split())
_QUANTIFIERS = set("one another some two three four five several many few most all both each other".split())
_WORD = re.compile(r"[\w'’.\-]+")


def source_type(speaker: str | None) -> str | None:
    """name, pronoun, description, organisation or document, from the gold speaker words."""
    if not speaker or not speaker.strip():
        return None
    head_part = re.split(r"[,;:(—–]", speaker.strip(), maxsplit=1)[0]
    words = _WORD.findall(head_part) or _WORD.findall(speaker)
    if not words:
        return "description"
    lower = [w.lower().strip(".") for w in words]
    if lower[0] in _PRONOUNS and all(w in _REFLEXIVE for w in lower[1:]):
        return "pronoun"
    stop = next((i for i, w in enumerate(lower) if i and w in _STOP_HEAD), len(words))
    head_words = words[:stop]
    last = re.sub(r"['’]s?$", "", head_words[-1]).strip(".")
    head = last.lower()
    if head in _DOCUMENT_NOUNS and not last[:1].isupper():
        return "document"
    acronym = len(last) > 1 and last.isupper() and head not in _ROMAN and len(head_words) <= 3
    if head in _ORGANISATION_NOUNS or acronym:
        return "organisation"
    if lower[0] in _QUANTIFIERS:
        return "description"  # "one New Hampshire Democrat", "some Republicans"
    content = [w for i, w in enumerate(head_words) if i or w.lower() not in _DETERMINERS]
    capitalised = [w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in content]
    if content and (all(capitalised) or (len(content) >= 3 and all(capitalised[-2:]))):
        return "name"
    return "description"


# --- scoring ----------------------------------------------------------------------------
def load_scorer(path: Path) -> ModuleType:
    """The reference scorer as a module (its command line is not run)."""
    spec = importlib.util.spec_from_file_location("bench_score", path)
    if spec is None or spec.loader is None:
        raise BenchError(f"cannot load the reference scorer: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    needed_names = ("score_article", "totals", "segments", "ranges_of", "speaker_ok", "name_of", "mention_of")
    for needed in (*needed_names, "IGNORE_NAMES", "NOT_QUOTES"):
        if not hasattr(module, needed):
            raise BenchError(f"the scorer {path} has no {needed}(); give another with --scorer")
    return module


@contextmanager
def names_ignored(scorer: ModuleType, ignore: bool) -> Iterator[None]:
    """The scorer's ``--ignore-names`` (a module global) for the duration."""
    before = getattr(scorer, "IGNORE_NAMES", False)
    setattr(scorer, "IGNORE_NAMES", ignore)  # noqa: B010 (the scorer's own global)
    try:
        yield
    finally:
        setattr(scorer, "IGNORE_NAMES", before)  # noqa: B010


def outcomes(
    scorer: ModuleType, text: str, gold: dict[str, Any], pred: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], str]], int]:
    """Each gold segment's quote and outcome (ok, missed, no speaker, wrong speaker, or
    no gold speaker), and the number of false positive segments: the scorer's own
    matching, re-run to see which gold quote went which way."""
    pred = [q for q in pred if q.get("kind") not in scorer.NOT_QUOTES]
    aliases = gold.get("speakers") or {}
    quotes = gold.get("quotes") or []
    gsegs = [(s, j) for j, q in enumerate(quotes) for s in scorer.segments(text, scorer.ranges_of(q))]
    psegs = [(s, i) for i, q in enumerate(pred) for s in scorer.segments(text, scorer.ranges_of(q))]
    pairs = []
    for a, ((gs, ge), _) in enumerate(gsegs):
        for b, ((ps, pe), _) in enumerate(psegs):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and ov >= 0.5 * (ge - gs) and ov >= 0.5 * (pe - ps):
                pairs.append((ov, a, b))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _, a, b in pairs:
        if a in used_g or b in used_p:
            continue
        used_g.add(a)
        used_p.add(b)
        match[a] = b
    out = []
    for a, (_, j) in enumerate(gsegs):
        g = quotes[j]
        if not g.get("speaker"):
            out.append((g, "no gold speaker"))
        elif a not in match:
            out.append((g, "missed"))
        else:
            p = pred[psegs[match[a]][1]]
            if scorer.speaker_ok(p, g, aliases):
                out.append((g, "ok"))
            elif not scorer.name_of(p.get("speaker")) and scorer.mention_of(p) is None:
                out.append((g, "no speaker"))
            else:
                out.append((g, "wrong speaker"))
    return out, len(psegs) - len(used_p)


@dataclass
class Scored:
    """A set's figures: the scorer's totals, by mention too, and the errors split."""

    totals: dict[str, Any]
    errors: Counter[str]
    by_source: dict[str, Counter[str]]

    def as_json(self) -> dict[str, Any]:
        return {
            **self.totals,
            "errors": {k: self.errors[k] for k in (*ERROR_KINDS, "false positive")},
            "by_source": {t: dict(c) for t, c in self.by_source.items()},
        }


def score_set(
    scorer: ModuleType, items: list[tuple[Article, list[dict[str, Any]]]], show: bool = False
) -> Scored:
    """Score articles with their predictions; check the split against the scorer's counts."""
    results, plain = [], []
    errors: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {t: Counter() for t in SOURCE_TYPES}
    for art, pred in items:
        with names_ignored(scorer, False):
            result = scorer.score_article(art.raw, art.gold, pred)
            rows, false_pos = outcomes(scorer, art.raw, art.gold, pred)
        with names_ignored(scorer, True):
            plain.append(scorer.score_article(art.raw, art.gold, pred))
        if show:
            print(f"== {art.name}")
            print("\n".join(result["rows"]))
        ok = sum(1 for _, o in rows if o == "ok")
        if ok != result["spk_ok"] or len(rows) != result["gold"]:
            raise BenchError(
                f"the error split disagrees with the scorer on {art.name}: is it a new score.py?"
            )
        results.append(result)
        errors["false positive"] += false_pos
        for g, outcome in rows:
            if outcome == "no gold speaker":
                continue
            errors[outcome] += 1
            kind = source_type(g.get("speaker")) or "description"
            by_source[kind]["gold"] += 1
            by_source[kind][outcome] += 1
    totals = dict(scorer.totals(results))
    totals["speaker_acc_mention"] = scorer.totals(plain)["speaker_acc"]
    return Scored(totals, errors, by_source)


# --- articles and predictions -----------------------------------------------------------
def predictions(text: str) -> list[dict[str, Any]]:
    """What ``quotes extract --format json`` prints for an article with this text, parsed."""
    parsed: list[dict[str, Any]] = json.loads(predictions_json(text))
    return parsed


def predictions_json(text: str) -> str:
    rows = [q.to_dict() for q in extract_quotes(text)]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def read_text(path: Path) -> str:
    """The article text the CLI would extract from (front matter and byte-order mark removed)."""
    return article.read_article(path).text


def load_dir(bench: Path) -> list[Article]:
    if not bench.is_dir():
        raise BenchError(
            f"benchmark directory not found: {bench} (give the one holding NAME.txt and NAME.gold.yaml)"
        )
    out = []
    for path in sorted(bench.glob("*.txt")):
        gold = bench / f"{path.stem}.gold.yaml"
        if gold.is_file():
            raw = path.read_text(encoding="utf-8")
            out.append(
                Article(path.stem, read_text(path), raw, yaml.safe_load(gold.read_text(encoding="utf-8")))
            )
    if not out:
        raise BenchError(f"no NAME.txt with NAME.gold.yaml beside it in {bench}")
    return out


def load_seed() -> Article | None:
    gold = next((g for g in SEED_GOLDS if g.is_file()), None)
    if gold is None or not SEED_TEXT.is_file():
        return None
    raw = SEED_TEXT.read_text(encoding="utf-8")
    return Article("seed", read_text(SEED_TEXT), raw, yaml.safe_load(gold.read_text(encoding="utf-8")))


def load_fit(spec: str) -> Callable[[list[Article]], Extractor]:
    """``MODULE:FUNCTION`` -> the function that fits an extractor on training articles."""
    module_name, _, func = spec.partition(":")
    if not module_name or not func:
        raise BenchError(f"--fit wants MODULE:FUNCTION, not {spec!r}")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))  # scripts.train_ranker, from a checkout
    try:
        fit: Callable[[list[Article]], Extractor] = getattr(importlib.import_module(module_name), func)
    except (ImportError, AttributeError) as e:
        raise BenchError(f"--fit {spec}: {e}") from e
    return fit


def cross_validate(
    scorer: ModuleType,
    train: list[Article],
    rules: dict[str, list[dict[str, Any]]],
    fit: Callable[[list[Article]], Extractor] | None,
) -> list[Scored]:
    """Each fold scored by an extractor fitted on the other four (by the rules when ``fit``
    is None, whose predictions are the same for every fold)."""
    scored = []
    for k in range(FOLDS):
        held = [a for a in train if a.fold == k]
        if fit is None:
            items = [(a, rules[a.name]) for a in held]
        else:
            extractor = fit([a for a in train if a.fold != k])
            items = [(a, extractor(a.text)) for a in held]
        scored.append(score_set(scorer, items))
    return scored


def mean_of(folds: list[Scored]) -> dict[str, Any]:
    keys = [k for k, _, _ in COLUMNS if k not in ("articles", "gold", "pred")]
    out: dict[str, Any] = {"articles": sum(f.totals["articles"] for f in folds)}
    for key in keys:
        values = [f.totals[key] for f in folds if f.totals.get(key) is not None]
        out[key] = round(statistics.fmean(values), 3) if values else None
    return out


# --- speed ------------------------------------------------------------------------------
_ANCHOR = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def anchor(text: str) -> list[tuple[int, int]]:
    """The bench README's first reference point: quoted spans by one regex, no speakers."""
    return [(m.start() + 1, m.end() - 1) for m in _ANCHOR.finditer(text)]


def throughput(texts: list[str], passes: int) -> dict[str, Any]:
    """Articles/s from the median of ``passes`` passes over all texts, in CPU time.

    CPU time of this process, not wall time: the machines are shared, and a
    neighbour's load should not count against the extractor. Each pass also
    times the regex anchor, so the ratio of the two is measured under the same
    conditions.
    """
    extract_quotes(texts[0])  # warm up (imports, regex compilation)
    ours, wall, theirs = [], [], []
    for _ in range(passes):
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            extract_quotes(text)
        ours.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
        c0 = time.process_time()
        for _ in range(20):  # the anchor is fast: repeat it for a measurable time
            for text in texts:
                anchor(text)
        theirs.append((time.process_time() - c0) / 20)
    median = statistics.median(ours)
    return {
        "articles": len(texts),
        "passes": passes,
        "per_s": len(texts) / median,
        "chars_per_s": sum(len(t) for t in texts) / median,
        "wall_per_s": len(texts) / statistics.median(wall),
        "ratio": median / statistics.median(theirs),
        "times": ours,
    }


def pin_to_one_core() -> str:
    if hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "single thread"


def check_cli(path: Path, expected: list[dict[str, Any]]) -> str:
    """Compare with the real ``quotes extract --format json`` on one article, when it is on PATH."""
    exe = shutil.which("quotes")
    if exe is None:
        return "not checked (`quotes` not on PATH)"
    proc = subprocess.run(
        [exe, "extract", "--format", "json", str(path)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        return f"FAILED: quotes extract exited {proc.returncode}: {proc.stderr.strip()[:200]}"
    same = json.loads(proc.stdout) == expected
    return f"{'identical' if same else 'DIFFERENT'} on {path.name}"


# --- output -----------------------------------------------------------------------------
def _table(header: list[str], body: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs)

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in body)])


def figures_table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    body = []
    for name, figures in rows:
        cells = [name]
        for key, _, fmt in COLUMNS:
            value = figures.get(key)
            cells.append("-" if value is None else fmt.format(value))
        body.append(cells)
    return _table(["set", *(label for _, label, _ in COLUMNS)], body)


def errors_table(rows: list[tuple[str, Scored]]) -> str:
    """Per set and gold source type: gold segments with a speaker, accuracy, and the errors."""
    header = ["set / source", "gold", "ok", "acc", "missed", "no_spk", "wrong", "false_pos"]
    body = []
    for name, scored in rows:
        total = sum(c["gold"] for c in scored.by_source.values())
        ok = sum(c["ok"] for c in scored.by_source.values())
        e = scored.errors
        body.append(
            [name, str(total), str(ok), f"{ok / total:.3f}" if total else "-"]
            + [str(e[k]) for k in ERROR_KINDS]
            + [str(e["false positive"])]
        )
        for kind in SOURCE_TYPES:
            c = scored.by_source[kind]
            if c["gold"]:
                body.append(
                    [f"  {kind}", str(c["gold"]), str(c["ok"]), f"{c['ok'] / c['gold']:.3f}"]
                    + [str(c[k]) for k in ERROR_KINDS]
                    + [""]
                )
    return _table(header, body)


def benchmark(args: argparse.Namespace) -> int:
    scorer_path = (args.scorer or (args.dir.parent / "score.py")).resolve()
    if not scorer_path.is_file():
        scorer_path = DEFAULT_SCORER.resolve()
    if not scorer_path.is_file():
        raise BenchError(f"reference scorer not found: {scorer_path} (give it with --scorer)")
    scorer = load_scorer(scorer_path)
    fit = load_fit(args.fit) if args.fit else None
    say = (lambda *a: print(*a, file=sys.stderr)) if args.json else print

    sets: list[tuple[str, list[Article]]] = []
    train: list[Article] = []
    if not args.no_train:
        if args.train.is_dir():
            train = load_dir(args.train)
            sets.append((args.train.name, train))
        else:
            say(f"{args.train.name}: not scored (not found: {args.train})")
    dev = load_dir(args.dir)
    sets.append((args.dir.name, dev))
    if INVENTED.is_dir() and args.dir.resolve() != INVENTED.resolve():
        sets.append((INVENTED.name, load_dir(INVENTED)))
    seed = load_seed()
    if seed is not None:
        sets.append(("seed", [seed]))
    else:
        say("seed: not scored (seed text or gold not found)")

    preds: dict[str, dict[str, list[dict[str, Any]]]] = {}
    scored: list[tuple[str, Scored]] = []
    for name, arts in sets:
        print(f"{name}: extracting {len(arts)} articles ...", file=sys.stderr)
        preds[name] = {a.name: predictions(a.text) for a in arts}
        if args.show:
            print(f"=== {name}")
        scored.append((name, score_set(scorer, [(a, preds[name][a.name]) for a in arts], args.show)))
    folds = cross_validate(scorer, train, preds[args.train.name], fit) if train else []

    if args.keep:
        keep = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
        for name, per_article in preds.items():
            (keep / name).mkdir()
            for art_name, made in per_article.items():
                (keep / name / f"{art_name}{PRED_SUFFIX}").write_text(
                    json.dumps(made, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
                )
        say(f"predictions kept in {keep}")

    cli = check_cli(args.dir / f"{dev[0].name}.txt", preds[args.dir.name][dev[0].name])
    core = pin_to_one_core()
    speed = throughput([a.text for a in dev], args.passes)

    if args.json:
        out = {
            "sets": {name: s.as_json() for name, s in scored},
            "folds": [f.as_json() for f in folds],
            "folds_mean": mean_of(folds) if folds else None,
            "fitted": args.fit,
            "speed": {**speed, "set": args.dir.name, "core": core},
            "cli_check": cli,
        }
        print(json.dumps(out, indent=2))
        return 0

    rows: list[tuple[str, dict[str, Any]]] = []
    for name, s in scored:
        rows.append((name, s.totals))
        if folds and name == args.train.name:
            rows.extend((f"  fold {k}", f.totals) for k, f in enumerate(folds))
            rows.append((f"  mean of {FOLDS} folds" + (" (fitted)" if fit else ""), mean_of(folds)))
    print(figures_table(rows))
    print()
    print("errors per gold segment with a speaker (missed = no quote predicted, or one called a title")
    print("or term); false_pos = predicted segments matching no gold one; source type from the gold words:")
    print(errors_table(scored))
    print()
    print(
        f"throughput ({args.passes} passes over {len(dev)} {args.dir.name} articles, "
        f"median CPU time, in-process, {core}):"
    )
    print(f"  {speed['per_s']:,.1f} articles/s   {speed['chars_per_s']:,.0f} characters/s")
    print(f"  wall clock: {speed['wall_per_s']:,.1f} articles/s")
    print(f"  {speed['ratio']:,.0f}x the time of the quotation-mark regex anchor (no speakers), same passes")
    print(f"  pass times: {', '.join(f'{t:.3f}s' for t in speed['times'])}")
    print(f"CLI JSON check: {cli}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=DEFAULT_DIR,
        help=f"the check set: NAME.txt and NAME.gold.yaml (default: {DEFAULT_DIR}); speed is timed on it",
    )
    parser.add_argument(
        "--train",
        type=Path,
        default=DEFAULT_TRAIN,
        help=f"the training set, in five folds (default: {DEFAULT_TRAIN})",
    )
    parser.add_argument("--no-train", action="store_true", help="skip the training set (faster)")
    parser.add_argument(
        "--fit",
        metavar="MODULE:FUNCTION",
        help="cross-validate a fitted model: FUNCTION(articles of 4 folds) returns text -> predictions",
    )
    parser.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    parser.add_argument(
        "--show", action="store_true", help="list every miss, wrong speaker and false positive"
    )
    parser.add_argument("--passes", type=int, default=9, help="timed passes for throughput (default: 9)")
    parser.add_argument(
        "--keep", action="store_true", help="write the predictions to a directory and keep it"
    )
    parser.add_argument(
        "--scorer",
        type=Path,
        help=f"the reference score.py (default: beside DIR, else {DEFAULT_SCORER})",
    )
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    try:
        return benchmark(args)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
