"""Tests of the pipeline as a whole (quotes/extract/__init__.py): the seed article against
its hand-made gold, copied into tests/data/.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from quotes.extract import extract_quotes
from quotes.names import fold

HERE = Path(__file__).resolve().parent.parent
SEED_TEXT = HERE.parent / "seeds" / "newsweek-2024-11-06-putin-congratulated-trump.txt"
SEED_GOLD = HERE / "data" / "newsweek-2024-11-06-putin-congratulated-trump.gold.yaml"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _names(canonical: str, aliases: dict[str, list[str]]) -> set[str]:
    return {fold(canonical)} | {fold(a) for a in aliases.get(canonical) or []}


def test_seed_article_matches_gold() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    gold = yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))
    aliases: dict[str, list[str]] = gold["speakers"]
    quotes = extract_quotes(text)
    statements = [q for q in quotes if q.is_statement]
    assert len(gold["quotes"]) == 21
    problems = []
    for g in gold["quotes"]:
        span = (g["start"], g["end"])
        assert text[span[0] : span[1]] == g["text"]
        glen = span[1] - span[0]
        matches = [
            q
            for q in statements
            if _overlap(span, (q.start, q.end)) >= glen / 2
            and _overlap(span, (q.start, q.end)) >= (q.end - q.start) / 2
        ]
        if not matches:
            problems.append(f"missed {g['text'][:50]!r}")
            continue
        speaker = matches[0].speaker
        if speaker is None or fold(speaker) not in _names(g["speaker"], aliases):
            problems.append(f"{g['text'][:50]!r}: speaker {speaker!r}, gold {g['speaker']!r}")
    assert problems == []
