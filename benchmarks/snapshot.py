#!/usr/bin/env python3
"""Keep every prediction of the extractor in the repository, to see what a change changed.

    python benchmarks/snapshot.py --diff      # what changed since the saved snapshot
    python benchmarks/snapshot.py --update    # save the predictions of the code as it is

The extractor runs in-process over the articles of four sets, exactly as
``quotes extract --format json`` reads them (``quotes.article.read_article``,
then ``Quote.to_dict()`` of every quote, with the rule that found its speaker):
``dev`` (../shared/bench/polnear-dev), ``train`` (../shared/bench/polnear-train),
``invented`` (benchmarks/invented) and
``seed`` (seeds/*.txt). ``benchmarks/snapshot.jsonl`` holds one compact JSON line
per quote, sorted by set, article and offset, so that ``git diff`` of the file
reads as the list of changed quotes. Its keys:

``a``  set/article (the file name without ``.txt``)
``s``  the spans, ``[[start, end], ...]`` (character offsets, end exclusive)
``k``  the kind (full, partial, title, term)
``sp`` the speaker's name, or null
``m``  the speaker mention's ``[start, end]``, or null
``r``  the rule that gave the speaker (``after``, ``paragraph``, ...), or null
``h``  a digest of the whole quote dict: catches a change of the text, cue,
       title, confidence or nested quotes that the keys above do not show

``--diff`` runs the extractor again and prints, per article, the quotes added,
lost, whose speaker, kind or rule changed, or whose other fields changed, each
with a short excerpt; then, when anything changed, the reference scorer's
figures (``../shared/bench/score.py``, run as a program on predictions written
from the saved lines and from the new ones) before and after, per set. It prints
``no change`` when the predictions are identical. A set whose folder is missing
is skipped with a note (and its saved lines are kept by ``--update``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes import article
from quotes.extract import explain_quotes

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO.parent / "shared" / "bench"
SNAPSHOT = REPO / "benchmarks" / "snapshot.jsonl"
SCORER = BENCH / "score.py"
SEED_GOLDS = (REPO.parent / "shared" / "gold", REPO / "tests" / "data")
# (name, folder of NAME.txt articles, folders to look for NAME.gold.yaml in)
SETS: tuple[tuple[str, Path, tuple[Path, ...]], ...] = (
    ("dev", BENCH / "polnear-dev", (BENCH / "polnear-dev",)),
    ("train", BENCH / "polnear-train", (BENCH / "polnear-train",)),
    ("invented", REPO / "benchmarks" / "invented", (REPO / "benchmarks" / "invented",)),
    ("seed", REPO / "seeds", SEED_GOLDS),
)
FIGURES = ("f1", "precision", "recall", "exact", "speaker_acc", "speaker_acc_resolved")
EXCERPT = 50

Line = dict[str, Any]


@dataclass(frozen=True)
class Article:
    set: str
    path: Path

    @property
    def key(self) -> str:
        return f"{self.set}/{self.path.stem}"


def articles(sets: Iterable[str]) -> list[Article]:
    """The articles of the named sets whose folder exists (a note on stderr for the others)."""
    out: list[Article] = []
    for name, folder, _ in SETS:
        if name not in sets:
            continue
        if not folder.is_dir():
            print(f"snapshot: {name}: no folder {folder}, skipped", file=sys.stderr)
            continue
        out.extend(Article(name, p) for p in sorted(folder.glob("*.txt")))
    return out


def read_text(path: Path) -> str:
    return article.read_article(path, sidecar=False).text


def predict(item: Article) -> tuple[str, list[tuple[dict[str, Any], str | None]]]:
    """What ``quotes extract --format json`` gives for one article, each quote with its rule."""
    return item.key, [(e.quote.to_dict(), e.rule) for e in explain_quotes(read_text(item.path))]


def line_of(key: str, row: dict[str, Any], rule: str | None) -> Line:
    mention = row["speaker_mention"]
    digest = hashlib.sha1(json.dumps(row, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return {
        "a": key,
        "s": row["spans"],
        "k": row["kind"],
        "sp": row["speaker"],
        "m": [mention["start"], mention["end"]] if mention else None,
        "r": rule,
        "h": digest[:8],
    }


def run(items: list[Article]) -> dict[str, list[Line]]:
    """Every article's snapshot lines, extracted over all cores."""
    workers = max(1, min(8, os.cpu_count() or 1))
    with ProcessPoolExecutor(workers) as pool:
        done = pool.map(predict, items, chunksize=16)
        return {
            key: sorted((line_of(key, row, rule) for row, rule in rows), key=lambda ln: ln["s"])
            for key, rows in done
        }


def dump(line: Line) -> str:
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


def load(path: Path) -> dict[str, list[Line]]:
    saved: dict[str, list[Line]] = {}
    if not path.is_file():
        return saved
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            line = json.loads(raw)
            saved.setdefault(line["a"], []).append(line)
    return saved


def save(path: Path, by_article: dict[str, list[Line]]) -> int:
    lines = [line for key in sorted(by_article) for line in by_article[key]]
    lines.sort(key=lambda ln: (ln["a"], ln["s"]))
    path.write_text("".join(dump(line) + "\n" for line in lines), encoding="utf-8")
    return len(lines)


# -- diff -------------------------------------------------------------------------------


def excerpt(text: str, spans: list[list[int]]) -> str:
    s, e = spans[0]
    words = " ".join(text[s:e].split())
    return json.dumps(words if len(words) <= EXCERPT else words[: EXCERPT - 1] + "…", ensure_ascii=False)


def who(line: Line, text: str) -> str:
    if line["m"] is None:
        return str(line["sp"])
    s, e = line["m"]
    return f"{line['sp']} ({' '.join(text[s:e].split())!r})"


def changes(old: list[Line], new: list[Line], text: str) -> list[str]:
    """What changed between two articles' lines, one row per quote."""
    rows: list[str] = []
    before = {json.dumps(ln["s"]): ln for ln in old}
    after = {json.dumps(ln["s"]): ln for ln in new}
    for key in sorted(before.keys() | after.keys(), key=lambda k: json.loads(k)):
        a, b = before.get(key), after.get(key)
        if a is None and b is not None:
            rows.append(f"  + added   {excerpt(text, b['s'])} {b['k']}, speaker {who(b, text)}")
        elif b is None and a is not None:
            rows.append(f"  - lost    {excerpt(text, a['s'])} {a['k']}, speaker {who(a, text)}")
        elif a is not None and b is not None and a != b:
            what = []
            if (a["sp"], a["m"]) != (b["sp"], b["m"]):
                what.append(f"speaker {who(a, text)} -> {who(b, text)}")
            if a["k"] != b["k"]:
                what.append(f"kind {a['k']} -> {b['k']}")
            if a.get("r") is not None and a.get("r") != b.get("r"):
                what.append(f"rule {a.get('r')} -> {b.get('r')}")
            if a["h"] != b["h"] and not what:
                what.append("text, cue, title, confidence or nested quotes")
            if what:
                rows.append(f"  ~ changed {excerpt(text, b['s'])} " + "; ".join(what))
    return rows


def differs(a: Line, b: Line) -> bool:
    """Whether two lines of one quote differ (a rule missing from the saved line is not compared)."""
    if a.get("r") is None:
        b = {**b, "r": None}
    return a != b


def pred_json(lines: list[Line]) -> str:
    """Predictions the scorer reads, from snapshot lines (all the fields it looks at)."""
    rows = [
        {
            "start": ln["s"][0][0],
            "end": ln["s"][-1][1],
            "spans": ln["s"],
            "kind": ln["k"],
            "speaker": ln["sp"],
            "speaker_mention": {"start": ln["m"][0], "end": ln["m"][1]} if ln["m"] else None,
        }
        for ln in lines
    ]
    return json.dumps(rows)


def gold_of(item: Article) -> Path | None:
    for name, _, golds in SETS:
        if name == item.set:
            for folder in golds:
                gold = folder / f"{item.path.stem}.gold.yaml"
                if gold.is_file():
                    return gold
    return None


def scores(
    items: list[Article], old: dict[str, list[Line]], new: dict[str, list[Line]], tmp: Path
) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """The reference scorer's totals per set, on the saved predictions and on the new ones."""
    procs = {}
    for name in dict.fromkeys(item.set for item in items):
        folder = tmp / name
        folder.mkdir()
        for item in items:
            gold = gold_of(item) if item.set == name else None
            if gold is None:
                continue
            stem = item.path.stem
            (folder / f"{stem}.txt").symlink_to(item.path.resolve())
            (folder / f"{stem}.gold.yaml").symlink_to(gold.resolve())
            (folder / f"{stem}.old.json").write_text(pred_json(old.get(item.key, [])), encoding="utf-8")
            (folder / f"{stem}.new.json").write_text(pred_json(new.get(item.key, [])), encoding="utf-8")
        for side in ("old", "new"):
            cmd = [sys.executable, str(SCORER), "--dir", str(folder), "--pred-suffix", f".{side}.json"]
            procs[name, side] = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for (name, side), proc in procs.items():
        stdout, stderr = proc.communicate()
        if proc.returncode != 0 or not stdout.strip():
            raise SystemExit(f"snapshot: the scorer failed on {name}: {stderr.strip()[-300:]}")
        out.setdefault(name, {})[side] = json.loads(stdout.strip().splitlines()[-1])
    return {name: (sides["old"], sides["new"]) for name, sides in out.items()}


def figures(name: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    cells = []
    for key in FIGURES:
        a, b = old.get(key), new.get(key)
        if a is None and b is None:
            continue
        mark = "" if a == b else f" -> {b:.3f}"
        cells.append(f"{key} {a:.3f}{mark}")
    return (
        f"{name} ({new['articles']} articles, gold {new['gold']}, pred {old['pred']} -> {new['pred']}): "
        + (", ".join(cells))
    )


def diff(
    items: list[Article], saved: dict[str, list[Line]], fresh: dict[str, list[Line]], show_scores: bool
) -> bool:
    """Print what changed; True when anything did."""
    changed = False
    totals = {"added": 0, "lost": 0, "changed": 0}
    for item in items:
        old, new = saved.get(item.key, []), fresh.get(item.key, [])
        if len(old) == len(new) and not any(differs(a, b) for a, b in zip(old, new, strict=True)):
            continue
        rows = changes(old, new, read_text(item.path))
        if not rows:
            continue
        changed = True
        print(item.key)
        print("\n".join(rows))
        for row in rows:
            totals[row.split()[1]] += 1
    running = {item.key for item in items}
    gone = sorted(k for k in saved if k not in running and k.split("/")[0] in {i.set for i in items})
    for key in gone:
        changed = True
        totals["lost"] += len(saved[key])
        print(f"{key}\n  - lost    all {len(saved[key])} quotes: the article is no longer in its set")
    if changed:
        print(f"quotes added {totals['added']}, lost {totals['lost']}, changed {totals['changed']}")
    else:
        print("no change")
    if (changed or show_scores) and SCORER.is_file():
        with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp:
            for name, (old_t, new_t) in scores(items, saved, fresh, Path(tmp)).items():
                print(figures(name, old_t, new_t))
    elif changed:
        print(f"snapshot: no scorer at {SCORER}, figures left out", file=sys.stderr)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--diff", action="store_true", help="print what changed against the saved snapshot")
    mode.add_argument("--update", action="store_true", help="save the current predictions")
    parser.add_argument(
        "--scores", action="store_true", help="with --diff: print the figures even when nothing changed"
    )
    parser.add_argument(
        "--set", action="append", choices=[s[0] for s in SETS], help="only this set (repeatable; default all)"
    )
    parser.add_argument(
        "--file", type=Path, default=SNAPSHOT, help=f"the snapshot (default {SNAPSHOT.relative_to(REPO)})"
    )
    args = parser.parse_args(argv)
    names = args.set or [s[0] for s in SETS]
    items = articles(names)
    fresh = run(items)
    saved = load(args.file)
    if args.update:
        running = {i.set for i in items}
        # a set not run here (not asked for, or its folder missing) keeps its saved lines
        kept = {k: v for k, v in saved.items() if k.split("/")[0] not in running}
        n = save(args.file, {**kept, **fresh})
        print(
            f"snapshot: {n} quotes of {len(kept) + len(fresh)} articles saved to {args.file}", file=sys.stderr
        )
        return 0
    if not args.file.is_file():
        print(f"snapshot: no snapshot at {args.file}; run with --update first", file=sys.stderr)
        return 1
    diff(items, saved, fresh, args.scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
