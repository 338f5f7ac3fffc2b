#!/usr/bin/env python3
"""How extraction time grows with article size: it must stay linear (issue 10, "It hangs").

    python benchmarks/bounded.py                      # 100 KB .. 5 MB, then the capitalised runs
    python benchmarks/bounded.py --sizes 0.1 1 2      # other sizes, in MB
    python benchmarks/bounded.py --source benchmarks/invented

Each article is built by concatenating the paragraphs of the source articles
(``../shared/bench/polnear-train`` by default, files taken in name order, starting over
when all are used) until it reaches the size, so that it reads like a long article with
many people in it; the same text is cut for every size, the smaller ones being prefixes
of the larger.

The capitalised runs are ~60 KB of capitalised words in one sentence, before or after a
quote (titles and names, one word repeated, short names, an organisation joined by
"and"): the input that was quadratic in the entity reader's title splitting.

For each, the table gives the characters, the quotes found, the CPU seconds of
``extract_quotes`` (CPU time of this process, so that other load on the machine counts
little; wall seconds beside it), the CPU seconds per MB, and the growth: the time ratio
over the size ratio against the previous size (1.0 is linear; quadratic work doubles it
at each doubling of the size).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "bench" / "polnear-train"
SIZES_MB = (0.1, 0.2, 0.5, 1.0, 2.0, 5.0)
RUN_CHARS = 60_000


def long_article(source: Path, size: int) -> str:
    """Paragraphs of the articles of ``source`` in turn, until ``size`` characters."""
    paragraphs = [
        p.strip()
        for path in sorted(source.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    if not paragraphs:
        raise SystemExit(f"no article with text in {source}")
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        out.append(paragraphs[i % len(paragraphs)])
        length += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]


def capitalised_runs(size: int = RUN_CHARS) -> dict[str, str]:
    """Texts of ``size`` characters of capitalised words in one sentence with one quote."""
    words = "Senator John Smith President Minister Foreign Affairs Director General Alpha Obama".split()

    def run(unit: list[str]) -> str:
        out, length = [], 0
        while length < size:
            out.append(unit[len(out) % len(unit)])
            length += len(out[-1]) + 1
        return " ".join(out)

    return {
        "titles and names before a quote": run(words) + " said: “We will win.”\n",
        "one word repeated before a quote": run(["Abc"]) + " said: “We will win.”\n",
        "short names before a quote": run("Al Bo Cy Di".split()) + " said: “We will win.”\n",
        "titles and names after a quote": "“We will win,” said " + run(words) + ".\n",
        "organisation words joined by 'and'": run("Department of Health and Human Services and".split())
        + " said: “We will win.”\n",
    }


def timed(text: str) -> tuple[int, float, float]:
    """Quotes found, CPU seconds, wall seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = len(extract_quotes(text))
    return found, time.process_time() - cpu, time.perf_counter() - wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=SIZES_MB, help="article sizes in MB")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of NAME.txt articles")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        print(f"no folder {args.source}", file=sys.stderr)
        return 1

    sizes = sorted(int(mb * 1_000_000) for mb in args.sizes)
    text = long_article(args.source, sizes[-1])
    print(f"articles from {args.source}")
    print(f"{'size':>9} {'chars':>9} {'quotes':>7} {'cpu s':>7} {'wall s':>7} {'s/MB':>6} {'growth':>6}")
    previous: tuple[int, float] | None = None
    for size in sizes:
        chars = len(text[:size])
        found, cpu, wall = timed(text[:size])
        growth = ""
        if previous is not None and previous[1] > 0:
            growth = f"{(cpu / previous[1]) / (chars / previous[0]):.2f}"
        print(
            f"{size / 1e6:>7.1f}MB {chars:>9} {found:>7} {cpu:>7.2f} {wall:>7.2f} "
            f"{cpu / (chars / 1e6):>6.2f} {growth:>6}",
            flush=True,
        )
        previous = (chars, cpu)

    print(f"\ncapitalised runs ({RUN_CHARS // 1000} KB); each at half the size, for the growth")
    print(f"{'case':<36} {'chars':>7} {'quotes':>7} {'cpu s':>7} {'half s':>7} {'growth':>6}")
    halves = capitalised_runs(RUN_CHARS // 2)
    for name, run_text in capitalised_runs().items():
        found, cpu, _ = timed(run_text)
        _, half, _ = timed(halves[name])
        growth = f"{(cpu / half) / 2:.2f}" if half > 0 else ""
        print(f"{name:<36} {len(run_text):>7} {found:>7} {cpu:>7.3f} {half:>7.3f} {growth:>6}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
