"""The people registry on a benchmark set: who `by` finds, and what `speakers` lists.

Builds a temporary store of the articles of DIR (default: ../shared/bench/polnear-dev,
beside the repository) with the real extractor and prints, for issue 12's acceptance:
the quotes `by NAME` lists for each NAME asked (default: the Clintons and the Obamas),
how many of them the gold annotation gives to someone else, the registry's people,
the names left out of `speakers` and why, the bare surnames left ambiguous, and any
listed speaker whose name is a place or an institution word (there should be none).

    python benchmarks/people.py [DIR] [--name NAME ...]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import yaml

from quotes import article, people
from quotes.errors import NotFound
from quotes.extract.lexicon import FIRST_NAME_GENDER
from quotes.library import Library

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "bench" / "polnear-dev"
NAMES = [
    "Hillary Clinton",
    "Bill Clinton",
    "Mrs. Clinton",
    "Barack Obama",
    "President Obama",
    "Michelle Obama",
]


def gold_speakers(directory: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Per article id, the gold quotes as (start, end, who): the name a pronoun means, else the words."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for txt in sorted(directory.glob("*.txt")):
        gold = txt.with_name(f"{txt.stem}.gold.yaml")
        if not gold.is_file():
            continue
        quotes = yaml.safe_load(gold.read_text(encoding="utf-8")).get("quotes") or []
        found[article.read_article(txt).id] = [
            (int(q["start"]), int(q["end"]), str(q.get("speaker_name") or q.get("speaker") or ""))
            for q in quotes
        ]
    return found


def someone_else(name: str, who: str) -> bool:
    """Whether the gold speaker ``who`` is not ``name``: another surname, or the same surname
    after another first name ("Bill Clinton" for "Hillary Clinton")."""
    words = name.split()
    surname = words[-1]
    if not who or surname not in who:
        return bool(who)
    first = re.search(rf"(\w+)\s+{re.escape(surname)}", who)
    return bool(
        first and len(words) > 1 and first[1].casefold() in FIRST_NAME_GENDER and first[1] != words[0]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--name", action="append", help="a name to list with `by` (repeatable)")
    args = parser.parse_args()
    if not args.directory.is_dir():
        print(f"no directory {args.directory}", file=sys.stderr)
        return 1
    gold = gold_speakers(args.directory)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.at(Path(tmp) / "store")
        lib.ingest(article.read_article(p) for p in sorted(args.directory.glob("*.txt")))
        registry = lib.registry()
        print(f"{args.directory.name}: {len(gold) or '?'} articles, {len(registry)} registry entries")
        for name in args.name or NAMES:
            try:
                hits = list(lib.by(name))
            except NotFound as e:
                print(f"  by {name!r}: {e}")
                continue
            meant = [p.name for p in people.find(name, registry)]  # "President Obama": Barack Obama
            other = [
                h
                for h in hits
                for s, e, who in gold.get(h.article_id, [])
                if min(e, h.end) - max(s, h.start) > 0 and all(someone_else(m, who) for m in meant)
            ]
            print(f"  by {name!r}: {len(hits)} quotes, {len(other)} of them someone else's in the gold")
        left_out = [p for p in registry if not p.is_speaker]
        print(f"  not speakers ({len(left_out)}): " + "; ".join(f"{p.name} ({p.kind})" for p in left_out))
        ambiguous = [p for p in registry if p.ambiguous]
        print(f"  ambiguous ({len(ambiguous)}): " + "; ".join(f"{p.name}: {p.note()}" for p in ambiguous))
        wrong = [p.name for p in registry if p.is_speaker and people.not_a_speaker(p.name)]
        print(f"  speakers that are places or institution words: {wrong or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
