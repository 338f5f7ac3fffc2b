"""Extraction does bounded work on large and pathological input (issue 10, "It hangs").

Each case runs ``extract_quotes`` in a subprocess that must finish within 10 s of CPU
time: a bound that catches quadratic work (a 5 MB article took over 600 s, a 60 KB run
of capitalised words 33 s), not a timing assertion; the times themselves are measured
by ``benchmarks/bounded.py``. The bound is on CPU time (the kernel stops the process
at 10 s, ``RLIMIT_CPU``) so that other work on a busy machine cannot fail the test: on
a shared two-core machine under a load of 4, a 10 s wall-clock limit failed one run in
three with the 5 MB case at ~4.5 s of CPU. A wall-clock limit of 60 s still stops a
process that hangs without computing. Every case must also find its quotes, so that a
run that gives up early cannot pass.
"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CPU_LIMIT_S = 10
WALL_LIMIT_S = 60.0
# In a subprocess: a hang is stopped at the limit instead of hanging the test run.
_EXTRACT = (
    "import sys\n"
    "from quotes.extract import extract_quotes\n"
    "quotes = extract_quotes(open(sys.argv[1], encoding='utf-8').read())\n"
    "print(len(quotes), sum(q.speaker is not None for q in quotes))\n"
)


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S + 1))


def _extract_within_limit(path: Path) -> tuple[int, int]:
    """How many quotes extraction finds in the file, and how many have a speaker."""
    too_long = f"extraction of {path.stat().st_size:,} bytes did not finish within"
    try:
        done = subprocess.run(
            [sys.executable, "-c", _EXTRACT, str(path)],
            capture_output=True,
            text=True,
            timeout=WALL_LIMIT_S,
            preexec_fn=_limit_cpu,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{too_long} {WALL_LIMIT_S:.0f} s")
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"{too_long} {CPU_LIMIT_S} s of CPU time")
    assert done.returncode == 0, done.stderr
    found, with_speaker = done.stdout.split()
    return int(found), int(with_speaker)


def _long_article(size: int) -> str:
    """The paragraphs of the repository's articles (the seed and the invented ones) in
    turn until ``size`` characters: a long article with many people and quotes."""
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "benchmarks" / "invented").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    paragraphs = [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(paragraphs[len(out) % len(paragraphs)])
        length += len(out[-1]) + 2
    return "\n\n".join(out)


def _run_of(words: str, size: int = 60_000) -> str:
    """``words`` repeated to ``size`` characters: one sentence of capitalised words."""
    unit = words.split()
    out: list[str] = []
    length = 0
    while length < size:
        out.append(unit[len(out) % len(unit)])
        length += len(out[-1]) + 1
    return " ".join(out)


def test_a_5_mb_article_is_extracted_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_long_article(5_000_000), encoding="utf-8")
    found, with_speaker = _extract_within_limit(path)
    assert found > 10_000
    assert with_speaker > found // 2


TITLES_AND_NAMES = "Senator John Smith President Minister Foreign Affairs Director General Alpha Obama"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_run_of(TITLES_AND_NAMES) + " said: “We will win.”\n", id="titles-and-names-before"),
        pytest.param(_run_of("Abc") + " said: “We will win.”\n", id="one-word-before"),
        # short words make the longest runs: 28 s of CPU each before issue 10's fix
        pytest.param(_run_of("Al Bo Cy Di") + " said: “We will win.”\n", id="short-names-before"),
        pytest.param("“We will win,” said " + _run_of("Al Bo Cy Di") + ".\n", id="short-names-after"),
        pytest.param("“We will win,” said " + _run_of(TITLES_AND_NAMES) + ".\n", id="titles-and-names-after"),
        pytest.param(
            _run_of("Department of Health and Human Services and") + " said: “We will win.”\n",
            id="organisation-joined-by-and",
        ),
    ],
)
def test_a_60_kb_run_of_capitalised_words_is_extracted_within_the_limit(tmp_path: Path, text: str) -> None:
    assert len(text) > 60_000
    path = tmp_path / "run.txt"
    path.write_text(text, encoding="utf-8")
    assert _extract_within_limit(path) == (1, 1)
