"""The quotes library: what the command line does, as functions over a store.

``Library`` joins the pieces: it runs the extractor over articles, writes
records to the ``Store`` and keeps the search ``Engine`` in step with them, and
answers questions (search, quotes by a speaker, one quote by id, the speakers).
It never prints and never imports click; errors are ``QuotesError``s.

A write (``ingest``, ``reindex``, ``check(repair=True)``) is a pipeline under the
store lock: clean the debris of killed runs; sync the index with the records
(``IndexState`` says which record versions it reflects: the articles that differ
are indexed again); pre-check each article against its stored record (same text,
metadata and extractor version: nothing to do); make the rest on worker processes
(extraction, the record's YAML, its part of the people registry and its index
documents: pure functions of the article, so the workers could as well be a
cluster's), a bounded window ahead, in input order; write each record (its version
logged in the ``Ledger`` first) from this one process (``_IngestRun``), and stream
the changed records' documents into one index commit; then save the index state.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from quotes import lock, names
from quotes.errors import CorrectionError, NotFound, StoreError
from quotes.model import KINDS, Article, Quote, Record, article_of
from quotes.reader import ENGINE_FILE, ENGINES, Reader, make_engine, store_engine
from quotes.search import Prepared
from quotes.store import (
    LEDGER_FILE,
    RECORD_FORMAT,
    Fingerprint,
    IndexState,
    Ledger,
    Store,
    digest,
    dump_record,
    is_article_id,
)
from quotes.who import MERGE_RULE

if TYPE_CHECKING:
    from concurrent.futures import Future

    # imported where they are used, as yamlio is: a search or a `by` needs none of them (issue 11)
    from quotes import corrections, people

Extractor = Callable[[str], Sequence[Quote]]
_T = TypeVar("_T")

#: Records written between two flushes to disk (each costs about one disk sync).
_SYNC_EVERY = 500
#: Articles a worker makes per task.
_BATCH = 8

#: The package's modules (and the extract package) whose code makes a record from a text:
#: what counts in the extractor version. Readers, search and output do not.
_MAKE_RECORDS = ("extract", "canonical.py", "corrections.py", "model.py", "store.py", "yamlio.py")


def default_jobs() -> int:
    """The processes ingest extracts with by default, and at most: the cores this process may
    run on (its affinity, which a container or taskset narrows; every core where unknown)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def default_extractor(text: str) -> list[Quote]:
    """``quotes.extract.extract_quotes``, imported on first use so that read-only
    commands (search, show, cite) do not load the extractor's lexicons."""
    from quotes.extract import extract_quotes

    return extract_quotes(text)


def extract_record(article: Article, extractor: Extractor = default_extractor) -> Record:
    """The record of ``article``: it and the quotes the extractor finds in its text, each
    bare-surname speaker given the fullest name the article (headline included) gives them."""
    from quotes import canonical  # with the extractor's lexicon: not for commands that only read

    quotes = canonical.canonicalise(extractor(article.text), article.text, article.title)
    return Record(article=article, quotes=quotes)


@functools.cache
def extractor_version(extractor: Extractor) -> str:
    """A hash of the source code that makes a record from a text: the extractor's module
    and every module of this package that can change a record (so nobody has to
    remember to bump a version), and the extractor's own ``version`` attribute when it
    has one (an extractor that also reads data, corrections say, puts its hash there).
    Computed once per process."""
    h = hashlib.sha256(f"{extractor.__module__}.{getattr(extractor, '__qualname__', '')}".encode())
    h.update(str(getattr(extractor, "version", "")).encode())
    package = Path(__file__).resolve().parent
    files = sorted(
        p for name in _MAKE_RECORDS for p in [package / name, *(package / name).rglob("*.py")] if p.is_file()
    )
    module = sys.modules.get(extractor.__module__)
    own = getattr(module, "__file__", None)
    if own and Path(own).resolve() not in files:
        files.append(Path(own).resolve())
    for path in files:
        h.update(str(path.relative_to(package) if path.is_relative_to(package) else path.name).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Ingested:
    """What ingesting one article did.

    ``status`` is ``added``, ``updated``, ``unchanged`` or ``edited`` (its record was
    edited by hand since quotes wrote it, and was kept as it is: see ``Library.ingest``).
    Only the counts are kept, not the record, so an ingest of any size runs in bounded memory.
    """

    article_id: str
    status: str
    quotes: int
    path: str | None = None
    #: corrections of its quotes that the extractor no longer finds (kept, reported)
    missing: tuple[corrections.Correction, ...] = ()
    #: the metadata fields its record took from a guess this time (``Article.guessed``; a
    #: stored value outranks a guess, so a re-ingest takes none)
    guessed: frozenset[str] = frozenset()
    #: for an article added: the stored articles written from the same file, or with the same
    #: title and date (an earlier version of it, most likely: both are now in the store)
    earlier: tuple[str, ...] = ()
    #: for a record kept as edited: why it cannot be read (``StoreError``'s message), when it
    #: cannot; a kept record that nothing can read is an error, not an edit to keep quietly
    malformed: str | None = None


@dataclass(frozen=True)
class Reindexed:
    """What a reindex did: the articles and quotes indexed, and the corrections of the
    records it made again whose quotes the extractor no longer finds (kept, reported)."""

    articles: int
    quotes: int
    missing: tuple[corrections.Correction, ...] = ()


@dataclass(frozen=True)
class Found:
    """One stored quote with its id and the record it belongs to."""

    id: str
    quote: Quote
    record: Record


#: What to do about a malformed record (check, ingest): quotes never guesses its content.
MALFORMED_REMEDY = (
    "its quotes cannot be shown, searched or cited; fix the file, or delete it and ingest its "
    "article again, then run quotes check --repair"
)


@dataclass(frozen=True)
class CheckReport:
    """What ``Library.check`` found: ``problems`` (each a line naming a file and a remedy),
    ``notes`` (nothing wrong: records edited by hand, kept), what ``repair`` did, and what it
    could not do (``unrepaired``: malformed records, which only their owner can mend)."""

    articles: int
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    repaired: tuple[str, ...] = ()
    unrepaired: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Made:
    """All of an article's record but writing it, made where it is extracted (a worker): the
    writer only writes ``data`` and adds ``prepared``."""

    data: bytes  # the record's YAML
    sha: str  # its digest (made once, where the YAML is: the writer logs and fingerprints it)
    quotes: int
    missing: tuple[corrections.Correction, ...]  # corrections whose quote it lacks
    # What it gives the people registry, in the form the store keeps it (``people.Part.to_json``:
    # lists and strings, cheaper to pickle than the Part), and its index documents; None when
    # ``data`` is what the store already holds (nothing will be written or indexed).
    part: dict[str, Any] | None
    prepared: Prepared | None


@dataclass(frozen=True)
class _Versions:
    """What a record is made at: the extractor's version and, for an article with
    corrections, a digest of them too, so that a new or changed correction makes that
    article's record again on the next ingest (and no other article's)."""

    base: str
    fixes: tuple[corrections.Correction, ...]
    by_article: dict[str, str]

    @classmethod
    def of_store(cls, base: str, fixes: Sequence[corrections.Correction]) -> _Versions:
        groups: dict[str, list[str]] = {}
        for c in fixes:
            if c.quote and c.article_id:
                groups.setdefault(c.article_id, []).append(repr(sorted(c.to_dict().items())))
        by_article = {
            a: f"{base}+{hashlib.sha256(chr(10).join(v).encode()).hexdigest()[:8]}" for a, v in groups.items()
        }
        return cls(base, tuple(fixes), by_article)

    def of(self, article_id: str) -> str:
        return self.by_article.get(article_id, self.base)


@dataclass(frozen=True)
class _Pending:
    """An article on its way through ingest: what the pre-check found in the store."""

    article: Article  # with the stored metadata where it has none
    sha: str | None  # the stored record's sha256 when pre-checked, None when there was none
    unchanged: bool  # same text, extractor and metadata as the stored record: nothing to do
    # its record, YAML bytes and the corrections whose quote it lacks, made by a worker
    made: _Slot | _Made | None = None


class _StateOnDemand:
    """The index state an ingest updates, read from disk only when first asked (a record
    written, or one edited by hand to compare with it): a no-op ingest costs what it
    checks, not what the store holds. ``known`` is the state ``_sync`` already read, if any."""

    def __init__(self, path: Path, known: IndexState | None) -> None:
        self.path = path
        self._state = known

    @property
    def state(self) -> IndexState:
        if self._state is None:
            self._state = IndexState.read(self.path) or IndexState({})
        return self._state

    def reflected(self, article_id: str) -> Fingerprint | None:
        """The fingerprint of the record the index reflects for ``article_id``, if any."""
        return self.state.articles.get(article_id)


class _Slot:
    """Where a worker's work on one article will be: the ``index``-th result of a batch's
    future, once the batch is submitted."""

    __slots__ = ("future", "index")

    def __init__(self) -> None:
        self.future: Future[list[_Made | Exception]] | None = None
        self.index = 0

    def result(self) -> _Made | None:
        """The work on this article (its own error raised), or None when it was never
        submitted (this process makes it)."""
        if self.future is None:
            return None
        made = self.future.result()[self.index]
        if isinstance(made, Exception):
            raise made
        return made


_worker_extractor: Extractor | None = None
_worker_fixes: Sequence[corrections.Correction] = ()
_worker_prepare: Callable[[Record], Prepared] | None = None


def make_record(
    article: Article, extractor: Extractor, fixes: Sequence[corrections.Correction]
) -> corrections.Applied:
    """What ingest stores for ``article``: its extracted record with the store's corrections
    applied (so every re-extraction keeps them)."""
    from quotes import corrections

    return corrections.apply(extract_record(article, extractor), fixes)


def _made(applied: corrections.Applied, prepare: Callable[[Record], Prepared], stored: str | None) -> _Made:
    """What the writer needs of ``applied``'s record; ``stored``: the sha of the record the
    store holds, if any (the same bytes again need no registry part and no documents)."""
    from quotes import people

    record = applied.record
    data = dump_record(record).encode("utf-8")
    sha = digest(data)
    if stored is not None and sha == stored:
        return _Made(data, sha, len(record.quotes), applied.missing, None, None)
    part = people.contribution(record).to_json()
    return _Made(data, sha, len(record.quotes), applied.missing, part, prepare(record))


def _worker_start(
    extractor: Extractor,
    fixes: Sequence[corrections.Correction],
    prepare: Callable[[Record], Prepared],
    parent: int | None = None,
) -> None:
    global _worker_extractor, _worker_fixes, _worker_prepare
    _worker_extractor = extractor
    _worker_fixes = fixes
    _worker_prepare = prepare
    import signal

    # Ctrl-C reaches every process of the terminal's group: the parent stops the run and
    # the pool after the batches under way; a worker interrupted too would only print a
    # traceback of the pool's internals.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker outlives a parent killed with -9, blocked on its queue forever: on Linux,
    # ask the kernel to kill it along with its parent.
    if sys.platform.startswith("linux"):
        import ctypes  # imported by the parent before it forked (_records): nothing to load here

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    # A parent killed between the fork and that request left the worker an orphan that no
    # signal will come for, holding the parent's pipes (a test reading them hung once): a
    # worker whose parent (``parent``, the pid that started the pool) is already gone ends now.
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _load_for_workers(extractor: Extractor) -> None:
    """Import, before the workers are forked, the modules each would import on its first
    article (the extractor's, with its lexicons, the people registry's, YAML's): once in
    this process, not once a worker."""
    from quotes import canonical, corrections, people, yamlio  # noqa: F401

    if extractor is default_extractor:
        import quotes.extract  # noqa: F401


def _worker_make_all(articles: Sequence[tuple[Article, str | None]]) -> list[_Made | Exception]:
    """``_worker_make`` of each (article, stored sha), or the error it raised (the articles
    before it in the batch are still written): one task per batch of articles, not per
    article (each task costs the parent a pickle, a pipe write and a wake-up of the pool's thread)."""
    done: list[_Made | Exception] = []
    for article, stored in articles:
        try:
            done.append(_worker_make(article, stored))
        except Exception as e:
            done.append(e)
    return done


def _worker_make(article: Article, stored: str | None) -> _Made:
    """The record of ``article`` made, dumped, given to the registry and prepared for the
    index: the work of a record but writing it (a pure function of the article)."""
    assert _worker_extractor is not None and _worker_prepare is not None
    return _made(make_record(article, _worker_extractor, _worker_fixes), _worker_prepare, stored)


@dataclass(frozen=True)
class Merged:
    """What ``Library.merge`` did: its correction, and the registry's names just before it (read
    under the store lock, a pending hand edit taken): whether the person is a new name is
    asked of these, not of a file read before the lock."""

    correction: corrections.Correction
    known: tuple[str, ...]
    #: the merges of the same name it replaced (A into C, when A into B is made): said, so that
    #: they can be made again (a split of A undoes the new one, not back to them)
    replaced: tuple[corrections.Correction, ...] = ()
    #: the same merge was there already (``correction`` is it): nothing was written
    unchanged: bool = False


@dataclass(frozen=True)
class Library(Reader):
    """A store, its search engine and the extractor used to fill it: a ``Reader`` that writes."""

    extractor: Extractor = default_extractor
    engine_name: str = "whoosh"
    #: Receives notes on what a hand edit of people.yaml could not take (the CLI: stderr).
    notice: Callable[[str], None] = field(default=lambda _: None, compare=False)

    @classmethod
    def at(cls, root: Path, extractor: Extractor = default_extractor, engine: str | None = None) -> Library:
        """The library of store directory ``root``, which ``ingest`` creates if needed.

        A store keeps the engine it was created with (``engine``, whoosh by default); asking
        an existing store for another is a StoreError.
        """
        store = Store(root)
        chosen = store_engine(store)
        if engine is not None and engine not in ENGINES:
            raise StoreError(f"unknown search engine {engine!r} (engines: {', '.join(ENGINES)})")
        if engine is not None and chosen is not None and engine != chosen:
            raise StoreError(
                f"{root} was created with the {chosen} engine, not {engine}; a store keeps its engine: "
                f"drop --engine to use {root} with {chosen}, or give a new --store for a {engine} store"
            )
        name = chosen or engine or "whoosh"
        return cls(store, make_engine(name, store), extractor, name)

    @classmethod
    def open(cls, root: Path, extractor: Extractor = default_extractor) -> Library:
        """The library of an existing store; StoreError naming ``root`` when there is none."""
        Store(root).check()
        return cls.at(root, extractor)

    # ---- writing: ingest, reindex, check --repair ---------------------------------------------

    def ingest(
        self,
        articles: Iterable[Article],
        progress: Callable[[Ingested], None] | None = None,
        *,
        jobs: int | None = None,
        wait: float = lock.DEFAULT_WAIT,
        replace_edited: bool = False,
        notice: Callable[[str], None] | None = None,
        malformed: Callable[[str], None] | None = None,
    ) -> list[Ingested]:
        """Extract, store and index ``articles``; creates the store when needed.

        Holds the store lock throughout (waiting up to ``wait`` seconds for another
        writer). First cleans what killed runs left and brings the index back in step
        with the records (only the articles that differ), then streams the articles:
        one whose text, metadata and extractor version are those of its stored record is
        left alone without being extracted again; the others are extracted on ``jobs``
        processes (default: every core) and written in input order by this one; only
        their documents are replaced in the index, in one commit.

        The same text read again without some metadata keeps what the store already had.
        A record edited by hand since quotes wrote it is kept (status ``edited``) unless
        ``replace_edited``. ``notice`` receives one-line remarks (repairs made); ``malformed``
        the message of each malformed record bringing the index in step left out (default: a
        ``notice`` of it, with what became of it and what to do: :func:`left_out`).
        """
        from quotes import corrections

        say = notice or (lambda _: None)
        self.store.check_ownership()
        # Nothing is created for input with no article in it (only bad files, say).
        it = iter(articles)
        first = next(it, None)
        if first is None:
            return []
        articles = itertools.chain([first], it)
        self.create()
        run: _IngestRun | None = None
        with self.store.lock("ingest", wait):
            ledger = Ledger(self.store.meta_dir / LEDGER_FILE)
            try:
                self._adopt(ledger)
                self.take_hand_edits()
                # an earlier run stopped before its people.yaml (or index) was up to date
                unfinished = self.store.unfinished_path.exists()
                synced: list[str] = []  # what bringing the index in step did, for the registry too
                state = _StateOnDemand(
                    self.store.state_path,
                    self._sync(
                        _both(synced.append, say),
                        quick=True,
                        malformed=_both(synced.append, malformed or (lambda m: say(left_out(m)))),
                    ),
                )
                fixes = corrections.load(self.store.root)
                versions = _Versions.of_store(extractor_version(self.extractor), fixes)
                run = _IngestRun(self, ledger, versions, jobs, replace_edited, progress, state)
                # On an error the engine still commits what was written, but the state is
                # left as it was: whether that commit held is unknown, so readers warn and
                # the next writer indexes those articles again.
                writing = run.documents(articles)
                try:
                    self.engine.add(writing)
                finally:
                    # Closed now (on Ctrl-C, say), which stops the extraction pool, rather than
                    # by the garbage collector in whatever thread it runs: in the pool's own,
                    # stopping it fails with a traceback.
                    writing.close()
                if run.written or run.reread:
                    state.state.articles.update({**run.reread, **run.written})
                    self._save_state(state.state)
                if run.written or synced or unfinished:
                    self.rebuild_people(strict=False, fresh=run.parts)
                self.store.unfinished_path.unlink(missing_ok=True)
            finally:
                ledger.close()
        return run.done if run is not None else []

    def _adopt(self, ledger: Ledger) -> None:
        """Records of a store made by an earlier quotes (no ledger yet) are quotes' own."""
        if ledger.lines or ledger.path.exists():
            return
        for article_id in self.store.ids():
            ledger.log(article_id, digest(self.store.read_bytes(article_id)), None)

    def _precheck(
        self, article: Article, ledger: Ledger, versions: _Versions, replace_edited: bool
    ) -> _Pending:
        """What the stored record says about ``article``: nothing to do, or the record to make
        (``merged``: the article with the stored metadata where it has none)."""
        if article.path is not None:
            article = replace(article, path=None)
        raw = self.store.stored(article.id)
        if raw is None:
            return _Pending(article, None, False)
        sha = digest(raw)
        old = _stored_metadata(raw)
        merged = _keep_metadata(article, old) if old is not None else article
        if not ledger.owns(article.id, sha):
            # Edited by hand: kept unless replaced, and then extracted afresh.
            return _Pending(merged, sha, not replace_edited)
        if ledger.extractor(article.id, sha) != versions.of(article.id):
            return _Pending(merged, sha, False)
        return _Pending(merged, sha, old is not None and merged.meta_dict() == old.meta_dict())

    def _extracted(
        self,
        articles: Iterable[Article],
        ledger: Ledger,
        versions: _Versions,
        jobs: int | None,
        replace_edited: bool,
    ) -> Generator[tuple[_Pending, str | None], None, None]:
        """The articles, pre-checked, with their records made (extracted and dumped) where
        needed: on ``jobs`` processes once two need it, a bounded window ahead, in input
        order. Each comes with its path, for messages."""
        # Imported here, not with the module: commands that only read never start workers.
        # ctypes before the fork, not in a worker: it must ask to die with its parent at once.
        import ctypes  # noqa: F401
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        jobs = max(1, jobs or default_jobs())
        if "fork" not in multiprocessing.get_all_start_methods():
            jobs = 1  # workers are forked: they inherit the extractor without pickling it
        window: deque[tuple[_Pending, str | None]] = deque()
        batch: list[_Pending] = []  # articles to make, not submitted yet
        pool: ProcessPoolExecutor | None = None

        def submit() -> None:
            if pool is not None and batch:
                future = pool.submit(_worker_make_all, [(p.article, p.sha) for p in batch])
                for i, p in enumerate(batch):
                    assert isinstance(p.made, _Slot)
                    p.made.future, p.made.index = future, i
                batch.clear()

        # Hold a window of articles (when there may be a pool): two articles needing
        # extraction are seen together before there is one, and each worker has batches
        # to work on while this process writes the records before them.
        hold = 4 * jobs * _BATCH if jobs > 1 else 0
        try:
            for article in articles:
                item = self._precheck(article, ledger, versions, replace_edited)
                if jobs > 1 and not item.unchanged:
                    item = _Pending(item.article, item.sha, item.unchanged, _Slot())
                    batch.append(item)
                window.append((item, article.path))
                if pool is None and len(batch) >= 2:
                    _load_for_workers(self.extractor)
                    # What the workers inherit stays out of their collector's way: its passes
                    # would write to those objects, copying the pages they share with this process.
                    gc.freeze()
                    pool = ProcessPoolExecutor(
                        jobs,
                        mp_context=multiprocessing.get_context("fork"),
                        initializer=_worker_start,
                        initargs=(self.extractor, versions.fixes, self.engine.prepare, os.getpid()),
                    )
                if len(batch) >= _BATCH:
                    submit()
                while len(window) > hold:
                    head = window.popleft()
                    if isinstance(head[0].made, _Slot) and head[0].made.future is None:
                        if pool is None:
                            batch.remove(head[0])  # the one article to make: made here
                        else:
                            submit()  # its batch is not full yet: it is needed now
                    yield head
            submit()
            while window:
                yield window.popleft()
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
                gc.unfreeze()

    def _sync(
        self,
        say: Callable[[str], None],
        quick: bool = False,
        malformed: Callable[[str], None] | None = None,
    ) -> IndexState | None:
        """Clean debris and bring the index in step with the records: re-index the records
        whose files differ from what the index state says it reflects, drop the articles
        whose records are gone, and rebuild when there is no index (or no state) at all.
        Call with the store lock held.

        ``quick`` (ingest): when records/ is as the index state last saw it (the directory's
        modification time, which any record added, replaced or removed changes, as readers
        check), the index is in step and nothing is read: None. A record edited in place,
        which leaves the directory as it was, is then left to ``check`` to find."""
        if (
            quick
            and self.engine.exists()
            and IndexState.read_mtime(self.store.state_path) == self.store.records_mtime_ns()
        ):
            # a temporary record would have changed records/: its debris is elsewhere, if any
            removed = self.store.clean_debris(records=False)
            if removed:
                say(f"removed {removed} leftover file(s) of an interrupted run")
            return None
        removed = self.store.clean_debris()
        if removed:
            say(f"removed {removed} leftover file(s) of an interrupted run")
        state = IndexState.read(self.store.state_path)
        if state is None or not self.engine.exists():
            if not self.store.ids() and not self.engine.exists():
                return IndexState({})
            articles, quotes, state = self._rebuild(skip_malformed=malformed or _left_out(say))
            say(f"rebuilt the search index from the records ({articles} articles, {quotes} quotes)")
            return state
        stale, gone = self._drift(state)
        if gone:
            self.engine.delete(sorted(gone))
            for article_id in gone:
                state.articles.pop(article_id, None)
        if stale:
            fixed: dict[str, Fingerprint] = {}
            bad: dict[str, str] = {}

            def reread() -> Iterator[Record]:
                for article_id in sorted(stale):
                    raw = self.store.read_bytes(article_id)
                    st = self.store.record_path(article_id).stat()
                    fixed[article_id] = Fingerprint(digest(raw), st.st_size, st.st_mtime_ns)
                    try:
                        yield self.store.parse(article_id, raw)
                    except StoreError as e:
                        bad[article_id] = str(e)

            self.engine.add(reread())
            # A malformed record has no quotes to search: none of its old ones stay indexed.
            self.engine.delete(sorted(bad))
            for message in bad.values():
                (malformed or _left_out(say))(message)
            state.articles.update(fixed)
        if stale or gone:
            say(
                f"brought the search index up to date with records/ ({len(stale)} changed, "
                f"{len(gone)} removed outside quotes or by an interrupted run)"
            )
        self._save_state(state)
        return state

    def _drift(self, state: IndexState) -> tuple[set[str], set[str]]:
        """(records whose file is not what the index reflects, articles indexed with no record)."""
        stale = set()
        on_disk = self.store.fingerprints()
        for article_id, (size, mtime_ns) in on_disk.items():
            known = state.articles.get(article_id)
            if known and (known.size, known.mtime_ns) == (size, mtime_ns):
                continue
            sha = digest(self.store.read_bytes(article_id))
            if known and known.sha == sha:
                state.articles[article_id] = Fingerprint(sha, size, mtime_ns)  # touched, not changed
                continue
            stale.add(article_id)
        return stale, set(state.articles) - set(on_disk)

    def _rebuild(
        self,
        skip_malformed: Callable[[str], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[int, int, IndexState]:
        """Build a new index from every record; a malformed record fails it (naming the file)
        unless ``skip_malformed`` is given, which then receives its message and the record
        stays out of the index. ``progress(done, total)`` as each record is about to be read
        (done counts it)."""
        prints: dict[str, Fingerprint] = {}

        def records() -> Iterator[Record]:
            ids = self.store.ids()
            for done, article_id in enumerate(ids, 1):
                if progress is not None:
                    progress(done, len(ids))
                raw = self.store.read_bytes(article_id)
                st = self.store.record_path(article_id).stat()
                try:
                    record = self.store.parse(article_id, raw)
                except StoreError as e:
                    if skip_malformed is None:
                        raise
                    skip_malformed(str(e))
                    record = None
                prints[article_id] = Fingerprint(digest(raw), st.st_size, st.st_mtime_ns)
                if record is not None:
                    yield record

        quotes = self.engine.rebuild(records())
        state = IndexState(prints)
        self._save_state(state)
        return len(prints), quotes, state

    def _save_state(self, state: IndexState) -> None:
        state.records_mtime_ns = self.store.records_mtime_ns()
        self.store.meta_dir.mkdir(exist_ok=True)
        state.write(self.store.state_path)

    def reindex(
        self, wait: float = lock.DEFAULT_WAIT, progress: Callable[[int, int], None] | None = None
    ) -> Reindexed:
        """Rebuild the search index and ``people.yaml`` from the records, after making again the
        records whose corrections changed; ``progress(done, total)`` as each record is about to be
        read for the index (done counts it)."""
        self.store.check()
        self.create()
        _, missing = self._remake_corrected(wait)
        with self.store.lock("reindex", wait):
            self.store.clean_debris()
            articles, quotes, _ = self._rebuild(progress=progress)
            self.rebuild_people()
            self.store.unfinished_path.unlink(missing_ok=True)
        return Reindexed(articles, quotes, missing)

    def _remake_corrected(
        self, wait: float, only_stale: bool = False
    ) -> tuple[list[Ingested], tuple[corrections.Correction, ...]]:
        """Make again, as ingest does, the records of the articles whose corrections changed
        since their record was made (``corrections.yaml`` edited by hand: a correction added,
        changed or removed): their version counts their corrections, so the others are left
        alone without being extracted. Not ``only_stale`` (reindex), every article with
        corrections is given to ingest, which also makes again one of an older extractor;
        ``only_stale`` (check --repair, which otherwise leaves records as they are), only those
        whose corrections changed. Returns what ingest did to the records it made again (one
        edited by hand is kept, as ingest keeps it) and the corrections whose quotes the
        extractor no longer finds."""
        from quotes import corrections

        fixes = corrections.load(self.store.root)
        ids = set(self._stale_corrected(fixes))
        if not only_stale:
            ids |= {c.article_id for c in fixes if c.article_id}
        articles = []
        for article_id in sorted(ids):
            try:
                articles.append(self.store.get(article_id).article)
            except (NotFound, StoreError):
                continue  # its article is gone, or its record is damaged: check reports that
        if not articles:
            return [], ()
        done = self.ingest(articles, jobs=1, wait=wait)
        remade = [d for d in done if d.status == "updated"]
        return remade, tuple(c for d in done for c in d.missing)

    def _stale_corrected(self, fixes: Sequence[corrections.Correction]) -> list[str]:
        """The records quotes made with other quote corrections than ``fixes`` has for their
        article now (the part of their version after the extractor's: ``_Versions``). A record
        made by an older extractor with the same corrections is not one (ingest remakes it when
        its article is read again); one edited by hand is not either (the ledger does not own
        it: it is kept, as ingest keeps it), nor one adopted with no version."""
        ledger = Ledger(self.store.meta_dir / LEDGER_FILE)
        versions = _Versions.of_store("", fixes)
        stale = []
        for article_id in self.store.ids():
            sha = digest(self.store.read_bytes(article_id))
            made = ledger.extractor(article_id, sha)
            if made is None:
                # edited by hand, or adopted from a store of an earlier quotes (no ledger): what it
                # was made with is unknown, and saying it changed would be a guess
                continue
            if made.partition("+")[2] != versions.of(article_id).partition("+")[2]:
                stale.append(article_id)
        return stale

    def edited(self, article_id: str) -> bool:
        """Whether records/<article_id>.yaml was changed by something other than quotes
        since quotes wrote it (by hand, say): its bytes are none of the versions the
        ledger has. False for a record of a store with no ledger yet (an earlier quotes)."""
        ledger = Ledger(self.store.meta_dir / LEDGER_FILE)
        if not ledger.lines:
            return False
        return not ledger.owns(article_id, digest(self.store.read_bytes(article_id)))

    def check(self, repair: bool = False, wait: float = lock.DEFAULT_WAIT) -> CheckReport:
        """Verify every record (parses, ids agree with the text), that the index holds
        exactly the records' quotes, and that no debris is left; with ``repair``, under
        the store lock, clean the debris, rewrite records of an older format and bring
        the index in step (rebuilding it when it is damaged)."""
        from quotes import corrections, people

        self.store.check()
        problems: list[str] = []
        notes: list[str] = []
        repaired: list[str] = []
        unrepaired: list[str] = []
        if repair:
            self.create()
            with self.store.lock("check --repair", wait):
                ledger = Ledger(self.store.meta_dir / LEDGER_FILE)
                try:
                    self._adopt(ledger)
                    repaired += self._repair(ledger)
                finally:
                    ledger.close()
            # after the index is whole again (a damaged one made the remake's ingest fail)
            if not self._malformed_own_files():
                remade, _ = self._remake_corrected(wait, only_stale=True)
                if remade:
                    repaired.append(
                        f"made again {len(remade)} record(s) whose corrections changed in corrections.yaml"
                    )
        # The user's own files: --repair never rewrites them (people.yaml is rebuilt only when
        # both read), so a malformed one is not repaired, and a problem until mended.
        own = self._malformed_own_files()
        problems += own
        if repair:
            unrepaired += own
            if own and self.store.unfinished_path.exists():
                unrepaired.append(
                    f"{self.store.unfinished_path}: people.yaml not brought up to date after an "
                    "interrupted ingest (a file above is malformed): mend it, then run quotes check --repair"
                )
        if not own:
            stale = self._stale_corrected(corrections.load(self.store.root))
            if stale:
                problems.append(
                    f"{self.store.record_path(stale[0])}: made with other corrections than corrections.yaml "
                    f"has now ({len(stale)} such record(s)); run quotes reindex or quotes check --repair"
                )
        empty = people.empty_note(self.store.root)
        if empty:
            notes.append(empty)
        ledger = Ledger(self.store.meta_dir / LEDGER_FILE)
        expected: dict[str, set[str]] = {}
        ids = self.store.ids()
        for article_id in ids:
            path = self.store.record_path(article_id)
            raw = self.store.read_bytes(article_id)
            try:
                record = self.store.parse(article_id, raw)
            except StoreError as e:
                # --repair cannot mend it (it never guesses a record's content): said as not
                # repaired, and a problem still
                if repair:
                    unrepaired.append(str(e))
                problems.append(f"{e}: {MALFORMED_REMEDY}")
                continue
            if record.quotes:
                expected[article_id] = set(record.quote_ids())
            if b"\nformat: 1\n" in b"\n" + raw[:20]:
                problems.append(
                    f"{path}: record format 1 (quote ids that can collide); run quotes check --repair"
                )
            if ledger.knows(article_id) and not ledger.owns(article_id, digest(raw)):
                notes.append(
                    f"{path}: edited by hand since quotes wrote it (kept; ingest will not overwrite it)"
                )
        # (a writer's lock held now: its temporary files and the index behind records/ are its
        # work in progress, not what a killed run left)
        writer = None if repair else lock.holder_now(self.store.lock_path)
        if writer is not None:
            running = "an ingest is running" if self.store.unfinished_path.exists() else "a writer is running"
            # a problem still (exit 1): the store is not whole while it runs
            problems.append(
                f"{self.store.root}: {running}{writer}; the search index and people.yaml are brought "
                "in step when it ends: run quotes check again then"
            )
            return CheckReport(len(ids), tuple(problems), tuple(notes), tuple(repaired), tuple(unrepaired))
        if self.store.unfinished_path.exists():
            problems.append(
                f"{self.store.unfinished_path}: an interrupted ingest left the search index or "
                "people.yaml behind records/; run quotes check --repair"
            )
        debris = self.store.debris()
        if debris:
            problems.append(
                f"{debris[0]}: left by an interrupted run ({len(debris)} such); run quotes check --repair"
            )
        try:
            indexed = self.engine.contents() if self.engine.exists() else None
        except StoreError as e:
            problems.append(str(e))
        else:
            if indexed is None:
                problems.append(f"no search index in {self.store.index_dir}; run quotes check --repair")
            elif indexed != expected:
                wrong = sorted(
                    set(indexed) ^ set(expected) | {a for a in indexed if indexed[a] != expected.get(a)}
                )
                problems.append(
                    f"{self.store.index_dir}: the search index differs from records/ for {len(wrong)} "
                    f"article(s) (first: {self.store.record_path(wrong[0]).name}); run quotes check --repair"
                )
            else:
                # Quote ids agree; whether the rest (a speaker edited in place) does is what
                # the index state says, file by file.
                state = IndexState.read(self.store.state_path)
                changed = sorted(set().union(*self._drift(state))) if state is not None else []
                if state is None or self.index_drift():
                    problems.append(
                        f"{self.store.state_path}: missing or out of date; run quotes check --repair"
                    )
                elif changed:
                    problems.append(
                        f"{self.store.index_dir}: does not reflect {len(changed)} record(s) as they are now "
                        f"(first: {self.store.record_path(changed[0]).name}); run quotes check --repair"
                    )
        return CheckReport(len(ids), tuple(problems), tuple(notes), tuple(repaired), tuple(unrepaired))

    def _malformed_own_files(self) -> list[str]:
        """What is wrong with ``corrections.yaml`` and ``people.yaml``, the files a person edits,
        each with how to mend it; none when both read (or are absent)."""
        from quotes import corrections, people

        found = []
        try:
            corrections.load(self.store.root)
        except StoreError as e:
            found.append(
                f"{e}: fix it in an editor (each entry: action: and what it names); until then "
                "ingest, fix and reindex stop on it, and people.yaml is not rebuilt"
            )
        try:
            people.load(self.store.root)
        except StoreError as e:
            found.append(str(e))
        return found

    def _repair(self, ledger: Ledger) -> list[str]:
        done = []
        removed = self.store.clean_debris()
        if removed:
            done.append(f"removed {removed} leftover file(s) of an interrupted run")
        upgraded = 0
        for article_id in self.store.ids():
            raw = self.store.read_bytes(article_id)
            if not raw.startswith(b"format: 1\n"):
                continue
            try:
                record = self.store.parse(article_id, raw)
            except StoreError:
                continue
            data = dump_record(record).encode("utf-8")
            owned = ledger.owns(article_id, digest(raw))
            ledger.log(article_id, digest(data), ledger.extractor(article_id, digest(raw)) if owned else None)
            self.store.write(record, data)
            upgraded += 1
        if upgraded:
            done.append(f"rewrote {upgraded} record(s) of format 1 as format {RECORD_FORMAT}")
        try:
            healthy = self.engine.exists() and self.engine.contents() is not None
        except StoreError:
            healthy = False
        if healthy:
            notes: list[str] = []
            self._sync(notes.append, malformed=lambda _: None)  # check reports them, unrepaired
            done += notes
            indexed = self.engine.contents()
            expected = {}
            for article_id in self.store.ids():
                try:
                    record = self.store.get(article_id)
                except StoreError:
                    continue
                if record.quotes:
                    expected[article_id] = set(record.quote_ids())
            healthy = indexed == expected
        if not healthy:
            articles, quotes, _ = self._rebuild(skip_malformed=lambda _: None)
            done.append(f"rebuilt the search index ({articles} articles, {quotes} quotes)")
        if self._malformed_own_files():
            # people.yaml cannot be rebuilt: an interrupted ingest's mark stays (check says
            # what is left to do), and nothing claims it was brought up to date
            return done
        if self.store.unfinished_path.exists():
            done.append("brought people.yaml up to date after an interrupted ingest")
        if done:
            # A record gone or changed behind quotes' back changes who is quoted, too.
            self.rebuild_people(strict=False)
        self.store.unfinished_path.unlink(missing_ok=True)
        return done

    def create(self) -> None:
        """Create the store, recording the engine it keeps."""
        self.store.create()
        path = self.store.root / ENGINE_FILE
        try:
            path.write_text(self.engine_name + "\n")
        except OSError as e:
            raise StoreError(f"{path}: cannot write: {e.strerror or e}") from e

    # ---- reading (see also Reader's) -----------------------------------------------------------

    def _rebuilt_people(self) -> list[people.Person]:
        return self.rebuild_people()

    def rebuild_people(
        self, strict: bool = True, fresh: dict[str, tuple[Fingerprint, dict[str, Any]]] | None = None
    ) -> list[people.Person]:
        """Rebuild ``people.yaml`` from the records and the merges of ``corrections.yaml``.

        What each record gives the registry is kept (``.quotes/people-parts.json``), so only
        the records changed since the last rebuild are read (``fresh``: the parts of records
        just written, in their ``to_json`` form, by their fingerprints).

        A hand edit of ``people.yaml`` is kept: a name moved under another person, or a
        person renamed, becomes a ``merge`` correction, a name taken out of its person a
        ``split``, before the rebuild. Not
        ``strict``: a record that cannot be read is left out (ingest must not fail
        on an old damaged record; reindex names it).
        """
        from quotes import corrections, people  # people reads the extractor's lexicon

        self.store.check()
        parts = self._people_parts(strict, fresh or {})
        fixes = corrections.load(self.store.root)
        built = people.build_from(parts, corrections.merges(fixes), corrections.splits(fixes))
        asked = people.hand_edits(self.store.root, built, self.notice)
        if asked:
            fixes = _take_merges(fixes, asked)
            built = people.build_from(parts, corrections.merges(fixes), corrections.splits(fixes))
            fixes = _take_splits(fixes, asked, built)
            corrections.save(self.store.root, fixes)
            built = people.build_from(parts, corrections.merges(fixes), corrections.splits(fixes))
        people.save(self.store.root, built)
        return built

    def take_hand_edits(self) -> None:
        """Turn a pending hand edit of ``people.yaml`` into corrections now (``rebuild_people``),
        before a command adds its own correction or records: the edit is compared with the
        registry it was made on, so the file, stale after the command, can neither undo what
        the command asks (a merge written back, a new merge taken for a split) nor take the
        names the command's records add for names split off by hand. Under the store lock."""
        from quotes import people

        if people.hand_edited(self.store.root):
            self.rebuild_people(strict=False)

    def _people_parts(
        self, strict: bool, fresh: dict[str, tuple[Fingerprint, dict[str, Any]]]
    ) -> list[people.Part]:
        """What every record gives the registry, in id order: from ``fresh`` (the parts ingest's
        workers made of the records it just wrote) or the parts kept from the last rebuild
        when the record file is the same, else read from the record (a record that cannot be
        read: StoreError when ``strict``, else left out)."""
        from quotes import people

        kept = people.Parts.of_store(self.store.root)
        on_disk = self.store.fingerprints()
        kept.keep_only(on_disk)
        parts = []
        for article_id in sorted(on_disk):
            size, mtime_ns = on_disk[article_id]
            made = fresh.get(article_id)
            if made is not None and (made[0].size, made[0].mtime_ns) == (size, mtime_ns):
                kept.put_json(article_id, made[0], made[1])
                parts.append(people.Part.from_json(article_id, made[1]))
                continue
            part = kept.get(article_id, size, mtime_ns)
            if part is None:
                try:
                    raw = self.store.read_bytes(article_id)
                except NotFound:
                    continue  # removed since the scan
                sha = digest(raw)
                part = kept.get(article_id, size, mtime_ns, sha)
                if part is None:
                    try:
                        part = people.contribution(self.store.parse(article_id, raw))
                    except StoreError:
                        if strict:
                            raise
                        continue
                    kept.put(Fingerprint(sha, size, mtime_ns), part)
            parts.append(part)
        kept.save()
        return parts

    def show(self, quote_id: str) -> Found:
        """The stored quote with id ``quote_id`` (``<article id>-<offset>``)."""
        from quotes import corrections

        article_id = article_of(quote_id)
        if not is_article_id(article_id):
            raise NotFound(f"no quote with id {quote_id[:40]!r}")
        try:
            record = self.store.get(article_id)
        except NotFound as e:
            raise NotFound(f"no quote with id {quote_id!r}") from e
        for qid, quote in zip(record.quote_ids(), record.quotes, strict=True):
            if qid == quote_id:
                return Found(qid, quote, record)
        if any(c.quote == quote_id and c.action == "delete" for c in corrections.load(self.store.root)):
            raise NotFound(
                f"quote {quote_id!r} was deleted by a correction (undo: quotes fix {quote_id} --undo)"
            )
        raise NotFound(f"no quote with id {quote_id!r} (quotes show {article_id} lists its article's quotes)")

    def article(self, article_id: str) -> Record:
        """The stored record of article ``article_id`` (12 hex digits)."""
        return self.store.get(article_id)

    def fix(
        self,
        quote_id: str,
        *,
        speaker: str | None = None,
        no_speaker: bool = False,
        kind: str | None = None,
        delete: bool = False,
    ) -> corrections.Correction:
        """Correct one stored quote: record the correction in ``corrections.yaml`` and apply it
        to the record, the index and the registry at once. Exactly one of the options."""
        from quotes import corrections

        chosen = [speaker is not None, no_speaker, kind is not None, delete]
        if sum(chosen) != 1:
            raise CorrectionError("give exactly one of --speaker, --no-speaker, --kind, --delete")
        if kind is not None and kind not in KINDS:
            raise CorrectionError(f"unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
        if speaker is not None and not speaker.strip():
            raise CorrectionError("--speaker needs a name (--no-speaker for none)")
        found = self.show(quote_id)
        action = "speaker" if speaker is not None or no_speaker else "kind" if kind else "delete"
        made = corrections.Correction(
            action,
            corrections.now(),
            quote=found.id,
            speaker=" ".join(speaker.split()) if speaker else None,
            kind=kind,
            text=found.quote.text,
        )
        with self.store.lock("fix", lock.DEFAULT_WAIT):
            self.take_hand_edits()
            corrections.save(self.store.root, corrections.add(corrections.load(self.store.root), made))
        self._refresh(found.record)
        return made

    def unfix(self, quote_id: str) -> list[corrections.Correction]:
        """Remove the corrections of quote ``quote_id`` and extract its article again (a deleted
        quote comes back); returns the corrections removed."""
        from quotes import corrections

        removed = [c for c in corrections.load(self.store.root) if c.quote == quote_id]
        if not removed:
            raise NotFound(f"no correction of quote {quote_id!r} (see quotes fix --list)")
        with self.store.lock("fix", lock.DEFAULT_WAIT):
            self.take_hand_edits()
            fixes = corrections.load(self.store.root)
            corrections.save(self.store.root, [c for c in fixes if c.quote != quote_id])
        try:
            record = self.store.get(str(removed[0].article_id))
        except NotFound:
            return removed  # its article is gone from the store: nothing to extract again
        self._refresh(record)
        return removed

    def _refresh(self, record: Record) -> None:
        """Make ``record``'s article again with the corrections as they now are (its version
        counts them, so ingest does not take it as unchanged): written, indexed and the
        registry rebuilt under the store lock, as any ingest."""
        done = self.ingest([record.article], jobs=1)
        if done and done[0].status == "edited":
            raise CorrectionError(
                f"correction saved, but records/{record.id}.yaml was edited by hand and is kept as it "
                "is; apply it with quotes ingest --replace-edited on the article, or edit the record"
            )

    def list_corrections(self) -> list[tuple[corrections.Correction, str]]:
        """Every correction with its state: ``applied``, ``quote not found`` (the extractor no
        longer finds it; kept until it does or is removed), ``article not in store``, ``name not
        in store`` (a merge of a name no record has), or not
        applied: the record was edited by hand since (kept as it is) or not made again yet.
        A correction counts as applied when applying it to the stored record changes nothing."""
        from quotes import corrections

        listed = []
        known: set[str] | None = None  # the registry's names, read for the first merge
        for c in corrections.load(self.store.root):
            state = "applied"
            if c.action == "merge":
                # a name no record gives any more merges nothing (kept: an article that names it
                # may come back), as a quote correction whose quote is gone
                known = {names.fold(n) for n in self.speaker_names()} if known is None else known
                if _folded(c.name) not in known:
                    state = "name not in store"
            if c.quote:
                try:
                    record = self.store.get(str(c.article_id))
                except NotFound:
                    listed.append((c, "article not in store"))
                    continue
                present = c.quote in record.quote_ids()
                if not present and c.action != "delete":
                    state = "quote not found"
                elif present and corrections.apply(record, [c]).record != record:
                    state = (
                        "not applied (record edited by hand: ingest --replace-edited applies it)"
                        if self.edited(record.id)
                        else "not applied yet (run reindex)"
                    )
            listed.append((c, state))
        return listed

    def speaker_names(self) -> list[str]:
        """Every name of the people registry: its people's names and the other names they go by."""
        from quotes import people  # reads the extractor's lexicon: imported when needed

        return people.every_name(self.registry())

    def merge(self, name: str, into: str) -> Merged:
        """Record that every quote of speaker name ``name`` is ``into``'s, and rebuild the registry;
        returns the correction with the names the registry had just before it. Both names are
        read strictly (``naming``: never loosely another person) under the store lock, after a
        pending hand edit of the registry is taken; a merge into a name merged away goes on to
        where that name went."""
        from quotes import corrections, naming

        with self.store.lock("merge", lock.DEFAULT_WAIT):
            self.take_hand_edits()
            people = self.registry()
            known = self.speaker_names()
            before = corrections.load(self.store.root)
            fixes = corrections.merges_of(before)
            try:
                name = naming.merge_name(name, people, fixes)
            except NotFound:
                close = names.suggest(name, known)
                hint = f"; did you mean {' or '.join(close)}?" if close else ""
                raise NotFound(f"no speaker named {name!r}{hint}") from None

            def made_already(target: str) -> corrections.Correction | None:
                """The latest merge of ``name`` into ``target`` the store has, if any."""
                key = (_folded(name), _folded(target))
                return next(
                    (c for c in reversed(fixes) if (_folded(c.name), _folded(c.speaker)) == key), None
                )

            typed = into
            # the merge as typed already made (before its target's own merges are followed:
            # "A into B" again after "B into C" keeps A under B, as written)
            same = made_already(typed)
            if same is None:
                into = naming.merge_target(into, people)
                same = made_already(into)
            if same is not None:
                return Merged(same, tuple(known), unchanged=True)
            if names.fold(name) == names.fold(into) != names.fold(typed):
                # a name of that person's (merged or joined by a rule): the merge is made already
                raise CorrectionError(f"{typed!r} is already merged into {name!r} (nothing was changed)")
            into = naming.merged_end(into, name, fixes)  # (raises when it would end at ``name``)
            same = made_already(into)
            if same is not None:
                return Merged(same, tuple(known), unchanged=True)
            made = corrections.Correction("merge", corrections.now(), name=name, speaker=into)
            after = corrections.add(before, made)
            # (a merge B into A it reverses is said by the merge itself, not as replaced)
            replaced = tuple(
                c
                for c in corrections.merges_of(before)
                if _folded(c.name) == _folded(name) and c not in after
            )
            corrections.save(self.store.root, after)
            self.rebuild_people()
        return Merged(made, tuple(known), replaced)

    def split(self, name: str) -> list[corrections.Correction]:
        """Undo the merge of speaker name ``name`` (only that one: merges into it stay), else the
        merges into the person ``name``, or, when there are none, keep ``name`` apart from the
        person the registry's rules joined it to; returns the merges undone, or the split made.
        A bare surname that is no name here is the one merged name of that surname
        (``naming.split_name``: never loosely another person)."""
        from quotes import corrections, naming, people

        with self.store.lock("split", lock.DEFAULT_WAIT):
            self.take_hand_edits()
            fixes = corrections.load(self.store.root)
            name = naming.split_name(name, self.speaker_names(), corrections.merges_of(fixes))
            key = names.fold(name)
            # a merged name's own merge only (the undo a merge prints): merges into it stay, so
            # undoing B into C leaves A into B; a name only merged into undoes the merges into it
            undone = [c for c in fixes if c.action == "merge" and names.fold(c.name or "") == key] or [
                c for c in fixes if c.action == "merge" and names.fold(c.speaker or "") == key
            ]
            if undone:
                fixes = [c for c in fixes if c not in undone]
                # the registry the undo leaves, made in memory (as rebuild_people makes it): the
                # corrections are saved once, below, so that a crash cannot undo the merge
                # without making the split that keeps the name apart
                built = people.build_from(
                    self._people_parts(True, {}), corrections.merges(fixes), corrections.splits(fixes)
                )
                joined = _joined(built, key)
                back = [
                    j for j in joined if any(names.fold(c.speaker or "") == names.fold(j) for c in undone)
                ]
                if not back:
                    corrections.save(self.store.root, fixes)
                    self.rebuild_people()
                    return undone
                joined = back  # (the split names the person it was merged back into)
                # it was merged back into the person the rules join it to (split, merge, split):
                # the last word keeps it apart
            else:
                joined = _joined(self.registry(), key)
            if not joined:
                raise NotFound(
                    f"nothing to split: {name!r} is no other person's name and was merged into nobody"
                )
            made = corrections.Correction("split", corrections.now(), name=name, speaker=joined[0])
            corrections.save(self.store.root, corrections.add(fixes, made))
            self.rebuild_people()
        return [*undone, made]


def _folded(name: str | None) -> str:
    return names.fold(name or "")


def _joined(registry: Sequence[people.Person], key: str) -> list[str]:
    """The people other than itself that the rules join the name folded ``key`` to."""
    return [
        p.name
        for p in registry
        for a in p.names
        if names.fold(a.name) == key and names.fold(p.name) != key and a.rule != MERGE_RULE
    ]


def _take_merges(
    fixes: list[corrections.Correction], asked: Sequence[tuple[str, str | None]]
) -> list[corrections.Correction]:
    """``fixes`` with the merges a hand edit asks (``people.hand_edits``), and without the
    merges of the names it takes apart: a merge moved back by hand is undone, as
    ``speakers split`` undoes it, not kept apart for ever (``_take_splits`` says when)."""
    from quotes import corrections

    for name, into in asked:
        if into is not None:
            made = corrections.Correction("merge", corrections.now(), name=name, speaker=into)
            fixes = corrections.add(fixes, made)
        else:
            fixes = [
                c for c in fixes if not (c.action == "merge" and names.fold(c.name or "") == names.fold(name))
            ]
    return fixes


def _take_splits(
    fixes: list[corrections.Correction],
    asked: Sequence[tuple[str, str | None]],
    built: Sequence[people.Person],
) -> list[corrections.Correction]:
    """``fixes`` with a split of each name a hand edit takes apart that the registry ``built``
    (its merges taken, ``_take_merges``) still joins to another person, saying whom."""
    from quotes import corrections

    for name, into in asked:
        joined = _joined(built, names.fold(name)) if into is None else []
        if joined:
            made = corrections.Correction("split", corrections.now(), name=name, speaker=joined[0])
            fixes = corrections.add(fixes, made)
    return fixes


def _origin(article: Article, where: str | None) -> tuple[str, ...]:
    """Keys of where ``article`` came from, for the ledger: its file (absolute) or address when
    that holds one article (not a JSON Lines or WARC batch), its URL, and its title and date
    when it has both."""
    from quotes.article import STDIN_NAME
    from quotes.sources import kind_of, web

    keys = []
    # (standard input is no file: two texts piped in are not versions of one)
    if where and where not in ("-", STDIN_NAME) and kind_of(where) not in ("jsonl", "warc"):
        keys.append(f"from:{where if web.is_url(where) else os.path.abspath(where)}")
    if article.url:
        keys.append(f"url:{article.url}")
    if article.title and article.date:
        keys.append(f"title:{article.date.isoformat()} {article.title}")
    return tuple(keys)


class _IngestRun:
    """One ingest under the store lock: writes each article's record in input order (the
    pre-check, extraction and the rest of a record's making done by ``Library._extracted``)
    and gives the engine the documents of those written; keeps what the run did.

    ``done``: what ingesting each article did; ``written``: the fingerprints of the records
    written, and ``parts`` what each gives the people registry; ``reread``: the records
    edited by hand that the index did not reflect as they are (indexed again)."""

    def __init__(
        self,
        library: Library,
        ledger: Ledger,
        versions: _Versions,
        jobs: int | None,
        replace_edited: bool,
        progress: Callable[[Ingested], None] | None,
        state: _StateOnDemand,
    ) -> None:
        self.library = library
        self.store = library.store
        self.ledger = ledger
        self.versions = versions
        self.jobs = jobs
        self.replace_edited = replace_edited
        self.progress = progress
        self.state = state
        self.done: list[Ingested] = []
        self.written: dict[str, Fingerprint] = {}
        self.parts: dict[str, tuple[Fingerprint, dict[str, Any]]] = {}
        self.reread: dict[str, Fingerprint] = {}

    def documents(self, articles: Iterable[Article]) -> Generator[Record | Prepared, None, None]:
        """Write each article's record; yield the documents of those written, for the index,
        and the records edited by hand that the index does not reflect as they are."""
        unsynced = 0
        extracted = self.library._extracted(
            articles, self.ledger, self.versions, self.jobs, self.replace_edited
        )
        try:
            for item, where in extracted:
                result, made, fingerprint = self._write_one(item, where)
                self.done.append(result)
                if self.progress:
                    self.progress(result)
                if fingerprint is not None and made is not None:
                    assert made.part is not None and made.prepared is not None
                    self.written[result.article_id] = fingerprint
                    self.parts[result.article_id] = (fingerprint, made.part)
                    unsynced += 1
                    if unsynced >= _SYNC_EVERY:
                        self.store.flush()
                        unsynced = 0
                    yield made.prepared
                elif result.status == "edited":
                    found = self._edited(result.article_id)
                    if found is not None:
                        self.reread[found[0].id] = found[1]
                        yield found[0]
        finally:
            extracted.close()  # stops the pool here, in this thread (see ingest)
            if unsynced:
                self.store.flush()

    def _edited(self, article_id: str) -> tuple[Record, Fingerprint] | None:
        """A record edited by hand, kept, and its fingerprint, when the index does not reflect it
        as it is (an edit in place leaves records/ as it was, so ``_sync`` may not have seen it)."""
        path = self.store.record_path(article_id)
        try:
            st = path.stat()
            known = self.state.reflected(article_id)
            if known is not None and (known.size, known.mtime_ns) == (st.st_size, st.st_mtime_ns):
                return None
            raw = path.read_bytes()
            return self.store.parse(article_id, raw), Fingerprint(digest(raw), st.st_size, st.st_mtime_ns)
        except (OSError, StoreError):
            return None  # gone, or malformed: check says so

    def _write_one(
        self, item: _Pending, where: str | None
    ) -> tuple[Ingested, _Made | None, Fingerprint | None]:
        """Write ``item``'s record when it changed: what ingesting it did, and for a record
        written, what was made of it and its fingerprint."""
        ledger, versions = self.ledger, self.versions
        article = item.article
        if item.sha is None and item.made is None:
            # Pre-checked just before this write (one process: nothing made ahead), which found
            # no record. One pre-checked ahead (its record made by a worker, with jobs > 1
            # possibly long before) is looked for again: a record made by hand since, or
            # written by this run for the same text, is then kept as "edited" or updated, not
            # overwritten as "added" (a failed open an article, about 3 microseconds).
            raw = sha = None
        else:
            raw = self.store.stored(article.id)
            sha = digest(raw) if raw is not None else None
        if raw is not None and sha is not None:
            if item.unchanged and sha == item.sha:
                if not ledger.owns(article.id, sha):
                    return self._kept_edit(article.id, raw, where), None, None
                self._learn_origin(article, where, sha)
                return Ingested(article.id, "unchanged", _count_quotes(raw), where), None, None
            if not ledger.owns(article.id, sha) and not self.replace_edited:
                return self._kept_edit(article.id, raw, where), None, None
        made = item.made.result() if isinstance(item.made, _Slot) else item.made
        if sha != item.sha:
            # The record changed since the pre-check (the same text twice in one run): made
            # again here, merged with the metadata it holds now.
            old = _stored_metadata(raw) if raw is not None else None
            article = _keep_metadata(article, old) if old is not None else article
            made = None
        if made is None:
            made = self._make_here(article, raw, sha)
        new_sha = made.sha
        if raw == made.data:
            version = versions.of(article.id)
            if not ledger.owns(article.id, new_sha) or ledger.extractor(article.id, new_sha) != version:
                ledger.log(article.id, new_sha, version, self._origin_to_learn(article, where))
            else:
                self._learn_origin(article, where, new_sha)
            return Ingested(article.id, "unchanged", made.quotes, where, made.missing), None, None
        if not self.written:
            # until the index and people.yaml have this run's records (see ingest)
            self.store.unfinished_path.touch()
        origin = _origin(article, where)
        earlier: tuple[str, ...] = ()
        if raw is None and origin:
            # one lookup in the ledger's index (built once a run), one stat per id it names
            earlier = tuple(
                sorted(
                    i
                    for i in ledger.sharing(origin)
                    if i != article.id and self.store.record_path(i).exists()
                )
            )
        ledger.log(article.id, new_sha, versions.of(article.id), origin)  # before the record: see Ledger
        fingerprint = self.store.replace(article.id, made.data, durable=False, sha=new_sha)
        status = "added" if raw is None else "updated"
        done = Ingested(article.id, status, made.quotes, where, made.missing, article.guessed, earlier)
        return done, made, fingerprint

    def _kept_edit(self, article_id: str, raw: bytes, where: str | None) -> Ingested:
        """A record edited by hand, kept as it is; with why it cannot be read, when it cannot
        (parsed only here: edits are rare, and unchanged records are never parsed)."""
        try:
            self.store.parse(article_id, raw)
        except StoreError as e:
            return Ingested(article_id, "edited", _count_quotes(raw), where, malformed=str(e))
        return Ingested(article_id, "edited", _count_quotes(raw), where)

    def _origin_to_learn(self, article: Article, where: str | None) -> tuple[str, ...]:
        """Where a record's article came from, when the ledger has no origin for it (a record
        written by a quotes before the ledger kept origins); () when it has one."""
        return () if article.id in self.ledger.origins else _origin(article, where)

    def _learn_origin(self, article: Article, where: str | None, sha: str) -> None:
        """The ledger learns where a record's article came from when it has no origin for it
        and the article comes again unchanged: an edited version ingested later is then
        noted as the same file's."""
        origin = self._origin_to_learn(article, where)
        if origin:
            self.ledger.log(article.id, sha, self.ledger.extractor(article.id, sha), origin)

    def _make_here(self, article: Article, raw: bytes | None, sha: str | None) -> _Made:
        """A worker's work on ``article``, done by this process (one article to make, or one
        whose record changed since the pre-check); the stored quotes are kept when this
        extractor made them (a function of the text) and the headline, which may name the
        person a bare surname is, is the same."""
        from quotes import corrections

        library = self.library
        quotes = None
        if (
            raw is not None
            and sha is not None
            and self.ledger.extractor(article.id, sha) == self.versions.of(article.id)
        ):
            try:
                stored = self.store.parse(article.id, raw)
            except StoreError:
                stored = None
            if stored is not None and stored.article.title == article.title:
                quotes = stored.quotes
        if quotes is None:
            applied = make_record(article, library.extractor, self.versions.fixes)
        else:
            applied = corrections.Applied(Record(article=article, quotes=tuple(quotes)), ())
        return _made(applied, library.engine.prepare, None)


def _keep_metadata(article: Article, old: Article) -> Article:
    """``article`` with the stored metadata where it has none (a copy of the file without
    its sidecar never erases title, source or date) or only a guess (``Article.guessed``:
    a title given with --title once outranks the first line's or the page's own later)."""

    def pick(name: str, new: _T, stored: _T) -> _T:
        return stored if stored and (not new or name in article.guessed) else new

    return replace(
        article,
        title=pick("title", article.title, old.title),
        source=pick("source", article.source, old.source),
        date=pick("date", article.date, old.date),
        authors=pick("authors", article.authors, old.authors),
        url=pick("url", article.url, old.url),
        # a guess is taken only where the store had nothing
        guessed=frozenset(name for name in article.guessed if not getattr(old, name)),
    )


def _stored_metadata(raw: bytes) -> Article | None:
    """The metadata of a record from its head alone (what comes before ``quotes:``), an
    Article with no text; None when it cannot be read (the record is then re-made)."""
    from quotes import yamlio

    end = raw.find(b"\nquotes:")
    try:
        data = yamlio.load(raw[: end if end >= 0 else len(raw)].decode("utf-8"))
        raw_date = data.get("date")
        return Article(
            text="",
            title=data.get("title"),
            source=data.get("source"),
            date=dt.date.fromisoformat(str(raw_date)) if raw_date else None,
            authors=tuple(str(a) for a in data.get("authors") or ()),
            url=data.get("url"),
        )
    except (yamlio.YAMLError, UnicodeDecodeError, AttributeError, ValueError, TypeError):
        return None


def _count_quotes(raw: bytes) -> int:
    """How many quotes a record holds, from its bytes (each top-level quote is one ``- id:`` line)."""
    return raw.count(b"\n- id: ")


def left_out(message: str) -> str:
    """The note on a malformed record (its ``message``) that bringing the index in step left
    out: what became of it and what to do."""
    return f"{message} (left out of the index): {MALFORMED_REMEDY}"


def _left_out(say: Callable[[str], None]) -> Callable[[str], None]:
    """``say`` of a malformed record's message, with what became of it and what to do."""
    return lambda message: say(left_out(message))


def _both(first: Callable[[str], None], second: Callable[[str], None]) -> Callable[[str], None]:
    def say(line: str) -> None:
        first(line)
        second(line)

    return say
