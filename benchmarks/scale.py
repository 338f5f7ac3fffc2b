#!/usr/bin/env python3
"""Time quotes at archive scale, beside bare Whoosh and bare tantivy on the same quotes.

    python benchmarks/scale.py [--articles N ...] [--engines whoosh tantivy] [--repeat R]

For each size (default 10,000 and 20,000 articles; ``--articles 1000`` for a small
run) a corpus is made from whole paragraphs of the PolNeAR training articles
(``../shared/bench/polnear-train``; fixed seed, so the same size gives the same
articles), with title, outlet and date from the article each paragraph came from.
Then, for each engine, in one run:

- ``ingest`` of the corpus into an empty store (the extractor's own share timed
  apart: the extraction rate is the bound for an engine that costs nothing);
- a no-op re-ingest of 1,000 of the articles, an incremental ingest of 100 new
  ones, and ``reindex``;
- every query kind in process (p50 and p95 over ``--repeat`` runs), and the
  ``quotes`` command as a whole process (median of 11); each timed in turns
  with the bare query (or process) it is read beside, so that load falls alike on both;
- a bare index of the same quotes (Whoosh: one writer, a stemmed text field,
  speaker and date fields; tantivy: its English stemmer) and its keyword query,
  in process and as a process: the figures beside which the ratios are printed.

Ingest runs on every core (extraction on worker processes, records and index
written by this one), so its rates are wall clock, beside the bare Whoosh writer's
(one process, one core) and beside the extraction alone on the same cores (every
article extracted on a pool of the same size, nothing stored): the ratios the
issue asks for. Its CPU, counted over this process and its workers, is printed
too, with the share that is not extraction: on a shared machine, where wall
clock depends on what else runs, that share is the steadier measure of what
storing and indexing cost. Other CPU figures are this process's; the rest is wall clock (the machine may
be shared: read ratios, measured in the same run, not absolute figures).
``corpus()`` and ``QUERIES`` are also used by tests/test_scale.py, which checks on
a small corpus that every query kind gives the same quotes on both engines.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes import article as article_io
from quotes import library
from quotes.library import Library, extract_record, make_engine
from quotes.model import Article
from quotes.store import Store

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "bench" / "polnear-train"


def corpus(size: int, seed: int = 11, source: Path = TRAIN) -> list[Article]:
    """``size`` articles of 6 to 14 paragraphs each, drawn with ``seed`` from ``source``."""
    rng = random.Random(seed)
    originals = [article_io.read_article(p) for p in sorted(source.glob("*.txt"))]
    paragraphs = [
        (art, para.strip()) for art in originals for para in art.text.split("\n") if len(para.strip()) > 40
    ]
    made: list[Article] = []
    seen: set[str] = set()
    while len(made) < size:
        picked = [paragraphs[rng.randrange(len(paragraphs))] for _ in range(rng.randint(6, 14))]
        text = "\n\n".join(p for _, p in picked) + "\n"
        if text in seen:
            continue
        seen.add(text)
        meta = picked[0][0]
        made.append(Article(text=text, title=meta.title, source=meta.source, date=meta.date))
    return made


@dataclass(frozen=True)
class Probe:
    """What the queries ask about, chosen from the store so that each finds something."""

    word: str
    speaker: str
    year: int
    source: str


# Every query kind: a name, and a call on a Library (materialised: hits are read lazily).
QUERIES: dict[str, Callable[[Library, Probe], list[Any]]] = {
    "search WORD": lambda lib, p: list(lib.search(p.word)),
    "search WORD --since --until (a year)": lambda lib, p: list(
        lib.search(p.word, since=dt.date(p.year, 1, 1), until=dt.date(p.year, 12, 31))
    ),
    "search WORD --speaker NAME": lambda lib, p: list(lib.search(p.word, speaker=p.speaker)),
    "search WORD --source OUTLET": lambda lib, p: list(lib.search(p.word, source=p.source)),
    'search "" (oldest first)': lambda lib, p: list(lib.search("")),
    "by NAME (first page)": lambda lib, p: list(lib.by(p.speaker, limit=20)),
    "by NAME --offset 100 --limit 20": lambda lib, p: list(lib.by(p.speaker, limit=20, offset=100)),
    "by NAME --since --until": lambda lib, p: list(
        lib.by(p.speaker, since=dt.date(p.year, 1, 1), until=dt.date(p.year, 12, 31), limit=20)
    ),
    "by NAME (all, streamed)": lambda lib, p: list(lib.by(p.speaker)),
}
#: The query kind that reads every hit of a speaker (its goal: all of them within a second).
STREAMED = "by NAME (all, streamed)"

# The same queries as commands (after `quotes --store STORE`).
COMMANDS: dict[str, Callable[[Probe], list[str]]] = {
    "search WORD": lambda p: ["search", p.word],
    "search WORD --since --until (a year)": lambda p: [
        "search",
        p.word,
        "--since",
        f"{p.year}-01-01",
        "--until",
        f"{p.year}-12-31",
    ],
    "search WORD --speaker NAME": lambda p: ["search", p.word, "--speaker", p.speaker],
    "by NAME (first page)": lambda p: ["by", p.speaker, "--limit", "20"],
}


def probe(lib: Library) -> Probe:
    """The most quoted speaker with a surname, the commonest year and outlet of their quotes,
    and 'tax' (or a commoner word when they never say it)."""
    stats = lib.speakers()
    speaker = next(s.name.split()[-1] for s in stats if len(s.name.split()) > 1)
    years: dict[int, int] = {}
    sources: dict[str, int] = {}
    for hit in lib.by(speaker):
        if hit.date:
            years[hit.date.year] = years.get(hit.date.year, 0) + 1
        if hit.source:
            sources[hit.source] = sources.get(hit.source, 0) + 1
    word = next((w for w in ("tax", "people", "country") if next(lib.search(w, speaker=speaker), None)), "")
    return Probe(word, speaker, max(years, key=years.__getitem__), max(sources, key=sources.__getitem__))


# --- timing ----------------------------------------------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (ingest's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process and its workers, result) of ``fn()``."""
    w, c = time.perf_counter(), _cpu()
    result = fn()
    return time.perf_counter() - w, _cpu() - c, result


def percentiles(
    fns: dict[str, Callable[[], Any]], repeat: int, burst: int = 5
) -> dict[str, tuple[float, float, float]]:
    """p50 and p95 in milliseconds of wall time, and p50 in milliseconds of this thread's CPU
    time (what a loaded machine's waits do not inflate: a call of 2 ms CPU often took 6 ms
    wall at a load average of 7 on 2 cores), of ``repeat`` calls of each of ``fns`` (after one
    warm-up each), timed in turns: a round calls each ``burst`` times in a row, so that a
    shared machine's load falls alike on each and on the bare query they are read beside,
    and each finds its index's pages about as warm as a run of the same query would."""
    walls: dict[str, list[float]] = {name: [] for name in fns}
    cpus: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(-(-repeat // burst)):
        for name, fn in fns.items():
            for _ in range(burst):
                start, cpu = time.perf_counter(), time.thread_time()
                fn()
                walls[name].append((time.perf_counter() - start) * 1000)
                cpus[name].append((time.thread_time() - cpu) * 1000)
    return {
        name: (
            statistics.median(walls[name]),
            sorted(walls[name])[min(len(walls[name]) - 1, int(len(walls[name]) * 0.95))],
            statistics.median(cpus[name]),
        )
        for name in fns
    }


def process_times(argvs: dict[str, Sequence[str]], runs: int = 11) -> dict[str, tuple[float, float]]:
    """Median wall seconds, and median CPU seconds (less at the mercy of a shared machine's
    load), of a whole process running each of ``argvs``, after one run of each not timed;
    timed in turns (a round runs each once), so that the load falls alike on each.

    Both sides run with their modules' bytecode cached, as any installed package has it
    (pip compiles what it installs, so bare Whoosh always does): the untimed run writes
    it even where PYTHONDONTWRITEBYTECODE is set, which would otherwise have an editable
    quotes compile all its modules in every timed process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls: dict[str, list[float]] = {name: [] for name in argvs}
    cpus: dict[str, list[float]] = {name: [] for name in argvs}
    for i in range(runs + 1):
        for name, argv in argvs.items():
            start, cpu = time.perf_counter(), _children_cpu()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            if i:
                walls[name].append(time.perf_counter() - start)
                cpus[name].append(_children_cpu() - cpu)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in argvs}


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _extract_count(article: Article) -> int:
    return len(extract_record(article).quotes)


def extraction_alone(articles: Sequence[Article], jobs: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, quotes) of extracting ``articles`` on ``jobs`` processes
    (forked, as ingest's workers are), storing nothing: the rate an engine that cost
    nothing would ingest at."""

    def run() -> int:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return sum(pool.map(_extract_count, articles, chunksize=8))

    return timed(run)


@contextlib.contextmanager
def extraction_counted() -> Iterator[Callable[[], float]]:
    """While open, every ``extract_record`` of an ingest (on its workers, forked after this
    patch, or in this process) adds its thread's CPU time to a total shared by the processes:
    yields what reads that total. The extraction inside the ingest, beside the rest of the
    ingest's CPU in the same run: the "extraction alone" run it is otherwise read against
    ran minutes apart, and its CPU for the same articles moves by a third with the load."""
    total = multiprocessing.get_context("fork").Value("d", 0.0)
    original = library.extract_record

    def counted(article: Article, extractor: library.Extractor = library.default_extractor) -> Any:
        start = time.thread_time()
        try:
            return original(article, extractor)
        finally:
            spent = time.thread_time() - start
            with total.get_lock():
                total.value += spent

    library.extract_record = counted  # type: ignore[assignment]
    try:
        yield lambda: float(total.value)
    finally:
        library.extract_record = original  # type: ignore[assignment]


# --- bare engines ------------------------------------------------------------------------------


def bare_whoosh(
    where: Path, rows: list[tuple[str, str, dt.date | None]]
) -> tuple[float, float, Callable[[], Any]]:
    """Wall and CPU seconds to index ``rows`` (text, speaker, date) with plain Whoosh (one
    writer), and a keyword query."""
    from whoosh import analysis, fields, index, qparser

    schema = fields.Schema(
        text=fields.TEXT(stored=True, analyzer=analysis.StemmingAnalyzer()),
        speaker=fields.ID(stored=True),
        date=fields.DATETIME(stored=True),
    )
    where.mkdir(parents=True)

    def build() -> None:
        ix = index.create_in(str(where), schema)
        with ix.writer() as w:
            for text, speaker, date in rows:
                doc: dict[str, Any] = {"text": text}
                if speaker:
                    doc["speaker"] = speaker
                if date:
                    doc["date"] = dt.datetime.combine(date, dt.time())
                w.add_document(**doc)

    wall, cpu, _ = timed(build)
    searcher = index.open_dir(str(where)).searcher()
    parsed = qparser.QueryParser("text", schema).parse("tax")
    return wall, cpu, lambda: [h.fields() for h in searcher.search(parsed, limit=20)]


def bare_tantivy(
    where: Path, rows: list[tuple[str, str, dt.date | None]]
) -> tuple[float, float, Callable[[], Any]]:
    """Wall and CPU seconds to index ``rows`` with plain tantivy (its English stemmer), and a
    keyword query."""
    import tantivy

    b = tantivy.SchemaBuilder()
    b.add_text_field("text", stored=True, tokenizer_name="en_stem")
    b.add_text_field("speaker", stored=True, tokenizer_name="raw")
    b.add_integer_field("day", stored=True, fast=True, indexed=True)
    schema = b.build()
    where.mkdir(parents=True)
    ix = tantivy.Index(schema, path=str(where))

    def build() -> None:
        w = ix.writer(128 * 1024 * 1024, 1)
        for text, speaker, date in rows:
            doc = tantivy.Document()
            doc.add_text("text", text)
            if speaker:
                doc.add_text("speaker", speaker)
            if date:
                doc.add_integer("day", date.toordinal())
            w.add_document(doc)
        w.commit()
        w.wait_merging_threads()

    wall, cpu, _ = timed(build)
    ix.reload()
    searcher = ix.searcher()
    parsed = ix.parse_query("tax", ["text"])
    return wall, cpu, lambda: [searcher.doc(a).to_dict() for _, a in searcher.search(parsed, 20).hits]


# Whoosh opened without its mmap path, which copies the whole index into memory at every
# open (a cost that grows with the index and that quotes does not pay): the anchor is the
# fastest plain Whoosh process, not one that would flatter quotes more at each size.
BARE_PROCESS = {
    "whoosh": (
        "from whoosh import qparser; from whoosh.filedb.filestore import FileStorage; "
        "ix = FileStorage({path!r}, supports_mmap=False).open_index(); s = ix.searcher(); "
        "print([h.fields() for h in s.search(qparser.QueryParser('text', ix.schema).parse('tax'))])"
    ),
    "tantivy": (
        "import tantivy; ix = tantivy.Index.open({path!r}); s = ix.searcher(); "
        "print([s.doc(a).to_dict() for _, a in s.search(ix.parse_query('tax', ['text']), 20).hits])"
    ),
}


# --- the run ---------------------------------------------------------------------------------


def line(what: str, figure: str, ratio: str = "") -> None:
    print(f"  {what:<44} {figure:>24}  {ratio}", flush=True)


def run(
    size: int, engines: Sequence[str], repeat: int, work: Path, seed: int, ingest_only: bool = False
) -> None:
    print(f"\n== {size:,} articles (seed {seed}) ==", flush=True)
    articles = corpus(size + 100, seed)
    base, extra = articles[:size], articles[size:]
    jobs = os.cpu_count() or 1
    x_wall, x_cpu, x_quotes = extraction_alone(base, jobs)
    extract_rate = x_quotes / x_wall
    print(
        f"  extraction alone on {jobs} processes: {x_wall:.1f} s wall ({x_cpu:.1f} s CPU), "
        f"{x_quotes:,} quotes: {extract_rate:,.0f} quotes/s",
        flush=True,
    )
    for engine in engines:
        store = work / f"{engine}-{size}"
        lib = Library.at(store, engine=engine)
        with extraction_counted() as extraction_cpu:
            wall, cpu, done = timed(lambda lib=lib: lib.ingest(base))
        own_x_cpu = extraction_cpu()
        quotes = sum(d.quotes for d in done)
        records = list(lib.store.records())
        rows = [(q.text, q.speaker or "", r.article.date) for r in records for q in r.quotes]
        bare_dir = work / f"bare-{engine}-{size}"
        bare_wall, bare_cpu, bare_query = (bare_whoosh if engine == "whoosh" else bare_tantivy)(
            bare_dir, rows
        )
        print(f"\n-- {engine}: {quotes:,} quotes --")
        rate = quotes / wall
        line(
            f"ingest on {jobs} processes (wall; CPU)",
            f"{wall:.1f} s; {cpu:.1f} s",
            f"{rate:,.0f} quotes/s; extraction alone {extract_rate:,.0f}/s: {rate / extract_rate:.2f}x; "
            f"bare {engine} writer {quotes / bare_wall:,.0f}/s: {rate / (quotes / bare_wall):.2f}x",
        )
        line(
            "  beyond extraction (CPU)",
            f"{max(cpu - x_cpu, 0):.1f} s",
            f"{max(cpu - x_cpu, 0) / cpu:.0%} of ingest's CPU: extraction's CPU / ingest's "
            f"{x_cpu / cpu:.2f}x; bare {engine} {bare_cpu:.1f} s CPU ({bare_wall:.1f} s wall)",
        )
        line(
            "  beyond its own extraction (CPU)",
            f"{max(cpu - own_x_cpu, 0):.1f} s",
            f"{max(cpu - own_x_cpu, 0) / cpu:.0%} of ingest's CPU: its workers' extraction "
            f"{own_x_cpu:.1f} s CPU, in the same run",
        )
        scratch = make_engine(engine, Store(work / f"index-only-{engine}-{size}"))
        _, index_cpu, _ = timed(lambda scratch=scratch, records=records: scratch.rebuild(records))
        line(
            "  the engine alone: index the records (CPU)",
            f"{index_cpu:.1f} s",
            f"{quotes / index_cpu:,.0f} quotes/s; bare {engine} {quotes / bare_cpu:,.0f}/s: "
            f"{bare_cpu / index_cpu:.2f}x",
        )
        del records, rows  # a real ingest holds none of them
        if ingest_only:
            continue
        noop = base[:1000]
        wall, cpu, _ = timed(lambda lib=lib, noop=noop: lib.ingest(noop))
        line(f"no-op re-ingest of {len(noop):,} (CPU; wall)", f"{cpu:.2f} s; {wall:.2f} s")
        wall, cpu, _ = timed(lambda lib=lib: lib.ingest(extra))
        line(f"incremental ingest of {len(extra)} (CPU; wall)", f"{cpu:.2f} s; {wall:.2f} s")
        wall, cpu, _ = timed(lib.reindex)
        line("reindex (CPU; wall)", f"{cpu:.1f} s; {wall:.1f} s")
        size_index = sum(f.stat().st_size for f in lib.engine.path.rglob("*") if f.is_file())  # type: ignore[attr-defined]
        size_records = sum(f.stat().st_size for f in lib.store.records_dir.glob("*.yaml"))
        line(
            "index size",
            f"{size_index / 1e6:.0f} MB",
            f"records {size_records / 1e6:.0f} MB: {size_index / size_records:.2f}x",
        )
        time_queries(store, engine, bare_dir, bare_query, repeat)


def time_queries(
    store: Path, engine: str, bare_dir: Path, bare_query: Callable[[], Any], repeat: int
) -> None:
    """Every query kind in process and as a process, beside the bare engine's keyword query."""
    lib = Library.open(store)
    p = probe(lib)
    print(f"  queries: word {p.word!r}, speaker {p.speaker!r}, year {p.year}, source {p.source!r}")
    found = {name: len(fn(lib, p)) for name, fn in QUERIES.items()}
    calls = {name: (lambda fn=fn: fn(lib, p)) for name, fn in QUERIES.items()}
    # The full listing is timed on its own: its thousands of hits leave the next queries of a
    # round slower (caches), and it is read against its own goal, not the bare query.
    taken = percentiles({"": bare_query, **{n: c for n, c in calls.items() if n != STREAMED}}, repeat)
    taken |= percentiles({STREAMED: calls[STREAMED]}, repeat)
    bare50, bare95, bare_cpu50 = taken[""]
    timing = f"p50 {bare50:.2f} ms p95 {bare95:.2f} ms"
    line(f"bare {engine} keyword query", timing, f"CPU p50 {bare_cpu50:.2f} ms")
    for name in QUERIES:
        p50, p95, cpu50 = taken[name]
        line(
            f"{name} ({found[name]:,} hits)",
            f"p50 {p50:.2f} ms p95 {p95:.2f} ms",
            f"{p50 / bare50:.1f}x bare p50, {p95 / bare95:.1f}x p95; CPU p50 {cpu50:.2f} ms, "
            f"{cpu50 / bare_cpu50:.1f}x",
        )
    quotes = [sys.executable, "-c", "from quotes.cli import main; main()", "--store", str(store)]
    processes = process_times(
        {
            "": [sys.executable, "-c", BARE_PROCESS[engine].format(path=str(bare_dir))],
            **{name: [*quotes, *argv(p)] for name, argv in COMMANDS.items()},
        }
    )
    bare_wall, bare_cpu = processes[""]
    line(f"bare {engine} query as a process", f"{bare_wall * 1e3:.0f} ms; {bare_cpu * 1e3:.0f} ms CPU")
    for name in COMMANDS:
        wall, cpu = processes[name]
        line(
            f"`quotes {name}` as a process",
            f"{wall * 1000:.0f} ms; {cpu * 1000:.0f} ms CPU",
            f"{wall / bare_wall:.2f}x bare; CPU {cpu / bare_cpu:.2f}x",
        )


def queries_only(size: int, engines: Sequence[str], repeat: int, work: Path) -> None:
    """Time the queries again on the stores a run kept (``--keep``), after ``quotes reindex``."""
    print(f"\n== {size:,} articles: queries on the kept stores ==", flush=True)
    for engine in engines:
        store = work / f"{engine}-{size}"
        lib = Library.open(store)
        rows = [(q.text, q.speaker or "", r.article.date) for r in lib.store.records() for q in r.quotes]
        bare_dir = work / f"bare-{engine}-{size}-again"
        shutil.rmtree(bare_dir, ignore_errors=True)
        _, _, bare_query = (bare_whoosh if engine == "whoosh" else bare_tantivy)(bare_dir, rows)
        print(f"\n-- {engine}: {len(rows):,} quotes --")
        time_queries(store, engine, bare_dir, bare_query, repeat)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--engines", nargs="+", default=["whoosh", "tantivy"], choices=["whoosh", "tantivy"])
    parser.add_argument("--repeat", type=int, default=50, help="runs of each query (default 50)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="build the stores here and keep them")
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="only time the queries, on the stores a run with --keep left in that directory",
    )
    parser.add_argument(
        "--ingest-only", action="store_true", help="time the ingest of the corpus and the bare engines only"
    )
    args = parser.parse_args(argv)
    if args.queries_only and not args.keep:
        parser.error("--queries-only needs --keep DIR, where a run left its stores")
    work = args.keep or Path(tempfile.mkdtemp(prefix="quotes-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for size in args.articles:
            if args.queries_only:
                queries_only(size, args.engines, args.repeat, work)
            else:
                run(size, args.engines, args.repeat, work, args.seed, args.ingest_only)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
