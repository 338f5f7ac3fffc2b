"""Tests of the pipeline as a whole (quotes/extract/__init__.py): the seed article against
its hand-made gold, copied into tests/data/.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import yaml

import quotes.extract as extract_module
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


# -- the cyclic collector, paused while an article is read --------------------------------
_PAUSE_TEXT = 'Mayor Ada Holm said: "We will rebuild the bridge."'


def test_collector_is_on_again_after_extraction() -> None:
    assert gc.isenabled()
    assert extract_quotes(_PAUSE_TEXT)
    assert gc.isenabled()


def test_collector_a_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        assert extract_quotes(_PAUSE_TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_is_on_again_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        assert not gc.isenabled()  # paused while reading
        raise RuntimeError("reading failed")

    monkeypatch.setattr(extract_module, "_read", fail)
    with pytest.raises(RuntimeError):
        extract_quotes(_PAUSE_TEXT)
    assert gc.isenabled()
