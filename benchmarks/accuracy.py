#!/usr/bin/env python3
"""Measure the extractor's accuracy and speed on a benchmark directory.

    python benchmarks/accuracy.py [DIR] [--show] [--passes N] [--keep]

DIR holds ``NAME.txt`` articles with ``NAME.gold.yaml`` gold quotes (default:
``../shared/bench/polnear-dev`` next to the repository). For every article the
quotes are extracted in-process, exactly as ``quotes extract --format json``
prints them (the list of ``Quote.to_dict()``), and written as ``NAME.pred.json``
into a temporary directory beside links to the text and gold. The reference
scorer (``DIR/../score.py``, else ``../shared/bench/score.py``, or ``--scorer``)
then scores that directory; the seed article is also scored against its
hand-made gold with the scorer's single-file mode, and ``benchmarks/invented`` (a
second set, in the repository: invented articles with hand-made gold) is scored
beside DIR.

Throughput is the median of ``--passes`` timed passes over all articles, in this
one process pinned to one core, in CPU time (texts read beforehand, so only
extraction is timed); each pass also times the bench README's quotation-mark regex
anchor, and the ratio of the two medians is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from quotes import article
from quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "bench" / "polnear-dev"
DEFAULT_SCORER = DEFAULT_DIR.parent / "score.py"
INVENTED = REPO / "benchmarks" / "invented"
SEED_NAME = "newsweek-2024-11-06-putin-congratulated-trump"
SEED_TEXT = REPO / "seeds" / f"{SEED_NAME}.txt"
SEED_GOLDS = (
    REPO / "tests" / "data" / f"{SEED_NAME}.gold.yaml",
    REPO.parent / "shared" / "gold" / f"{SEED_NAME}.gold.yaml",
)
PRED_SUFFIX = ".pred.json"
COLUMNS = (
    ("articles", "articles", "{}"),
    ("gold", "gold", "{}"),
    ("pred", "pred", "{}"),
    ("matched", "matched", "{}"),
    ("precision", "P", "{:.3f}"),
    ("recall", "R", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("exact", "exact", "{:.3f}"),
    ("speaker_acc", "spk_acc", "{:.3f}"),
    ("speaker_acc_resolved", "spk_resolved", "{:.3f}"),
)


class BenchError(Exception):
    """A problem with the benchmark material; printed as one line."""


def predictions_json(text: str) -> str:
    """What ``quotes extract --format json`` prints for an article with this text."""
    rows = [q.to_dict() for q in extract_quotes(text)]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def read_text(path: Path) -> str:
    """The article text the CLI would extract from (front matter and byte-order mark removed)."""
    return article.read_article(path).text


def link_or_copy(src: Path, dst: Path) -> None:
    try:
        dst.symlink_to(src.resolve())
    except OSError:
        shutil.copyfile(src, dst)


def run_scorer(scorer: Path, args: list[str], show: bool) -> dict[str, Any]:
    """Run the reference scorer; its last output line is the JSON totals, the rest is ``--show`` output."""
    cmd = [sys.executable, str(scorer), *args, *(["--show"] if show else [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=scorer.parent, check=False)
    if proc.returncode != 0:
        raise BenchError(f"scorer failed ({' '.join(cmd)}):\n{proc.stderr.strip()}")
    lines = proc.stdout.rstrip("\n").splitlines()
    if not lines:
        raise BenchError(f"scorer printed nothing ({' '.join(cmd)})")
    if show and len(lines) > 1:
        print("\n".join(lines[:-1]))
    result: dict[str, Any] = json.loads(lines[-1])
    return result


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


def check_cli(path: Path, expected: str) -> str:
    """Compare with the real ``quotes extract --format json`` on one article, when it is on PATH."""
    exe = shutil.which("quotes")
    if exe is None:
        return "not checked (`quotes` not on PATH)"
    proc = subprocess.run(
        [exe, "extract", "--format", "json", str(path)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        return f"FAILED: quotes extract exited {proc.returncode}: {proc.stderr.strip()[:200]}"
    same = json.loads(proc.stdout) == json.loads(expected)
    return f"{'identical' if same else 'DIFFERENT'} on {path.name}"


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    header = ["set", *(label for _, label, _ in COLUMNS)]
    body = []
    for name, figures in rows:
        cells = [name]
        for key, _, fmt in COLUMNS:
            value = figures.get(key)
            cells.append("-" if value is None else fmt.format(value))
        body.append(cells)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs)

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in body)])


def score_dir(
    bench: Path, articles: list[Path], texts: list[str], scorer: Path, out: Path, show: bool
) -> dict[str, Any]:
    """Predictions for ``bench``'s articles into ``out``, beside text and gold; the scorer's totals."""
    out.mkdir(parents=True)
    for path, text in zip(articles, texts, strict=True):
        name = path.stem
        (out / f"{name}{PRED_SUFFIX}").write_text(predictions_json(text), encoding="utf-8")
        link_or_copy(path, out / path.name)
        gold = bench / f"{name}.gold.yaml"
        if gold.is_file():
            link_or_copy(gold, out / gold.name)
    if show:
        print(f"== {bench.name}")
    totals = run_scorer(scorer, ["--dir", str(out), "--pred-suffix", PRED_SUFFIX], show)
    print(f"{bench.name}: {json.dumps(totals)}")
    return totals


def benchmark(bench: Path, show: bool, passes: int, keep: bool, scorer: Path | None = None) -> int:
    if not bench.is_dir():
        raise BenchError(
            f"benchmark directory not found: {bench}\n"
            "give the directory holding NAME.txt and NAME.gold.yaml files as the first argument"
        )
    if scorer is None:
        beside = bench.parent / "score.py"
        scorer = beside if beside.is_file() else DEFAULT_SCORER
    if not scorer.is_file():
        raise BenchError(f"reference scorer not found: {scorer} (give it with --scorer)")
    articles = sorted(bench.glob("*.txt"))
    if not articles:
        raise BenchError(f"no NAME.txt articles in {bench}")
    if not any((bench / f"{p.stem}.gold.yaml").is_file() for p in articles):
        raise BenchError(f"no NAME.gold.yaml beside the articles in {bench}")

    texts = [read_text(p) for p in articles]
    rows: list[tuple[str, dict[str, Any]]] = []
    tmp = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        dev = score_dir(bench, articles, texts, scorer, tmp / bench.name, show)
        first = tmp / bench.name / f"{articles[0].stem}{PRED_SUFFIX}"
        cli = check_cli(articles[0], first.read_text(encoding="utf-8"))
        rows.append((bench.name, dev))
        if INVENTED.is_dir() and bench.resolve() != INVENTED.resolve():
            made_up = sorted(INVENTED.glob("*.txt"))
            texts_made_up = [read_text(p) for p in made_up]
            rows.append(
                (
                    INVENTED.name,
                    score_dir(INVENTED, made_up, texts_made_up, scorer, tmp / INVENTED.name, show),
                )
            )

        seed_gold = next((g for g in SEED_GOLDS if g.is_file()), None)
        if seed_gold is not None and SEED_TEXT.is_file():
            seed_pred = tmp / f"seed{PRED_SUFFIX}"
            seed_pred.write_text(predictions_json(read_text(SEED_TEXT)), encoding="utf-8")
            if show:
                print(f"== seed {SEED_NAME}")
            seed = run_scorer(scorer, [str(SEED_TEXT), str(seed_gold), str(seed_pred)], show)
            print(f"seed: {json.dumps(seed)}")
            rows.append(("seed", seed))
        else:
            print("seed: not scored (seed text or gold not found)")
    finally:
        if keep:
            print(f"predictions kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    core = pin_to_one_core()
    speed = throughput(texts, passes)
    print()
    print(table(rows))
    print()
    print(f"throughput ({passes} passes over {len(texts)} articles, median CPU time, in-process, {core}):")
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
        help=f"benchmark directory with NAME.txt and NAME.gold.yaml (default: {DEFAULT_DIR})",
    )
    parser.add_argument(
        "--show", action="store_true", help="list every miss, wrong speaker and false positive"
    )
    parser.add_argument("--passes", type=int, default=9, help="timed passes for throughput (default: 9)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary prediction directory")
    parser.add_argument(
        "--scorer",
        type=Path,
        help=f"the reference score.py (default: beside DIR, else {DEFAULT_SCORER})",
    )
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    try:
        return benchmark(args.dir, args.show, args.passes, args.keep, args.scorer)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
