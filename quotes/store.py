"""The store: a directory of YAML records, one per article, plus the search index.

Layout of a store directory::

    records/<article_id>.yaml   the article (metadata and full text) and its quotes: the truth
    whoosh/                     the full-text index, a function of the records
    .quotes/store.json          marks the directory as a store quotes made
    .quotes/lock                the writers' lock (``quotes.lock``)
    .quotes/ledger.jsonl        every record version quotes wrote (``Ledger``): hand edits show
    .quotes/index-state         which record versions the index reflects (``IndexState``)
    .quotes/people.index        people.yaml keyed by surname, for queries (``quotes.who``)
    .quotes/people-parts.json   what each record gives the people registry (``people.Parts``)

A record is written atomically (temporary file in the same directory, rename) and
only when its bytes change, so ingesting the same article twice changes nothing.
The store owns what it made and only that: a directory holding a ``records/`` or
``whoosh/`` it did not write is refused, and only the names it and whoosh use for
temporary files are ever cleaned up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import itertools
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes import lock
from quotes.errors import NotFound, StoreError

if TYPE_CHECKING:
    # the model's classes are imported where a record is read: a search reads none
    from quotes.model import Record

#: Version of the record layout, written into every record. Format 1 (quote ids of 6
#: hex digits, which could collide) is still read; ingest rewrites it as format 2.
RECORD_FORMAT = 2
READ_FORMATS = (1, 2)
RECORDS_DIR = "records"
INDEX_DIR = "whoosh"

_ARTICLE_ID = re.compile(r"[0-9a-f]{12}")


def is_article_id(value: str) -> bool:
    return bool(_ARTICLE_ID.fullmatch(value))


def record_to_dict(record: Record) -> dict[str, Any]:
    """The YAML shape of a record: metadata first, then quotes, the long text last."""
    return {
        "format": RECORD_FORMAT,
        "id": record.id,
        **record.article.meta_dict(),
        "quotes": [
            {"id": qid, **q.to_dict()} for qid, q in zip(record.quote_ids(), record.quotes, strict=True)
        ],
        "text": record.article.text,
    }


def dump_record(record: Record) -> str:
    # YAML is imported where records are read or written: a search needs none.
    from quotes import yamlio

    return yamlio.dump(record_to_dict(record))


def record_from_dict(data: object, where: str) -> Record:
    """A Record from its YAML shape, checked against itself; StoreError naming ``where``."""
    from quotes.model import Article, Quote, Record, legacy_quote_id

    if not isinstance(data, dict):
        raise StoreError(f"{where}: malformed record (not a YAML mapping)")
    if data.get("format") not in READ_FORMATS:
        raise StoreError(
            f"{where}: unsupported record format {_short(data.get('format'))} (expected {RECORD_FORMAT})"
        )
    try:
        text = data["text"]
        if not isinstance(text, str):
            raise TypeError("text is not a string")
        raw_date = data.get("date")
        article = Article(
            text=text,
            title=_opt_str(data.get("title")),
            source=_opt_str(data.get("source")),
            date=dt.date.fromisoformat(str(raw_date)) if raw_date else None,
            authors=tuple(str(a) for a in data.get("authors") or ()),
            url=_opt_str(data.get("url")),
        )
        quotes = tuple(Quote.from_dict(q) for q in data.get("quotes") or ())
        ids = [str(q["id"]) for q in data.get("quotes") or ()]
        # start/end repeat the spans' envelope for readers; they must agree with them.
        for raw, q in zip(data.get("quotes") or (), quotes, strict=True):
            if (int(raw.get("start", q.start)), int(raw.get("end", q.end))) != (q.start, q.end):
                raise ValueError(f"start/end {raw.get('start')}..{raw.get('end')} disagree with spans")
    except KeyError as e:
        raise StoreError(f"{where}: malformed record (missing field {e})") from e
    except (TypeError, ValueError, AttributeError) as e:
        raise StoreError(f"{where}: malformed record ({e})") from e
    record = Record(article=article, quotes=quotes)
    # Ids derive from content; a mismatch means the file was edited or damaged.
    if data.get("id") != record.id:
        raise StoreError(f"{where}: malformed record (id {_short(data.get('id'))} does not match its text)")
    expected = (
        record.quote_ids()
        if data["format"] == RECORD_FORMAT
        else [legacy_quote_id(record.id, q) for q in quotes]
    )
    if ids != expected:
        raise StoreError(f"{where}: malformed record (quote ids do not match their offsets)")
    for q in quotes:
        if not all(0 <= s <= e <= len(text) for s, e in q.spans):
            raise StoreError(f"{where}: malformed record (quote offsets {q.start}..{q.end} outside the text)")
    return record


def load_record(text: str, where: str) -> Record:
    from quotes import yamlio

    try:
        data = yamlio.load(text)
    except yamlio.YAMLError as e:
        raise StoreError(f"{where}: malformed record (bad YAML: {yamlio.first_line(e)})") from e
    return record_from_dict(data, where)


def _file_mode() -> int:
    """The mode a new file gets from the umask (``mkstemp`` would make every record 0600,
    unreadable to the users who can read the index beside it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_temp_names = itertools.count()


def atomic_write(path: Path | str, data: bytes, durable: bool = True) -> os.stat_result:
    """Replace ``path`` with ``data`` so readers see the old or the new file, never half of one;
    the new file's status (its size and modification time: a rename changes neither).

    ``durable`` syncs the data and the directory entry to disk (records); the store's own
    bookkeeping, which it can rebuild from the records, skips that. The temporary file is
    named for this process and a counter (one try: cheaper than mkstemp's random names),
    and made with the umask's mode (mkstemp's 0600 would need changing). Plain system calls
    on a string path: ingest writes a record an article, and Path objects and a buffered
    file object cost as much CPU as the calls themselves."""
    path = os.fspath(path)
    head, name = os.path.split(path)
    while True:
        tmp = os.path.join(head, f".{name}.{os.getpid()}-{next(_temp_names)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
            break
        except FileExistsError:
            continue  # left by a killed process that had this pid: debris, cleaned under the lock
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
            st = os.fstat(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        # The rename is durable only once the directory entry is on disk.
        dir_fd = os.open(head or ".", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return st


#: What the store keeps about itself, beside records/ and the index.
META_DIR = ".quotes"
MARKER = "store.json"
LOCK_FILE = "lock"
LEDGER_FILE = "ledger.jsonl"
STATE_FILE = "index-state"
#: Present from an ingest's first record written until its index and people.yaml are up to
#: date: a run stopped between (Ctrl-C) leaves it, for readers to notice with one stat.
UNFINISHED_FILE = "ingest-unfinished"

# Debris of killed runs: our temporary files and folders, and whoosh's. Patterns, compiled
# (by re, which keeps them) when a command first looks for debris: a search never does.
_RECORD_TMP = r"\.[0-9a-f]{12}\.yaml\.[^/]*\.tmp"
_SCRATCH = r"\.(?:whoosh|tantivy)-(?:new|old)-[0-9a-f]{12}"
_META_TMP = r"\.(?:ledger\.jsonl|index-state|store\.json|people\.index|people-parts\.json)\.[^/]*\.tmp"
_WHOOSH_TMP = r"MAIN\.tmp|_MAIN_\d+\.toc\.[0-9.]+"
# What a folder set aside for a store may hold before its first ingest (a repository's
# index/ keeps a README or a .gitkeep): anything else means the folder is someone's.
_PLACEHOLDERS = frozenset({".gitkeep", ".keep", ".gitignore", "README", "README.md", "README.txt"})
# What a whoosh index directory holds; anything else in whoosh/ is not ours.
_WHOOSH_FILE = r"_?MAIN_[\w.-]*|MAIN\.tmp|quotes-[\w.-]*"


@dataclass(frozen=True)
class Fingerprint:
    """What a record file was when last seen: its sha256 (hex, 32 digits) and, to tell
    cheaply whether it changed since, its size and modification time."""

    sha: str
    size: int
    mtime_ns: int


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass(frozen=True)
class Store:
    """A store directory. Nothing is created until ``create()`` or the first ``put()``.

    A store owns what it made, and only that: ``.quotes/store.json`` marks a store
    directory, and a directory holding a ``records/`` or ``whoosh/`` that quotes did not
    write is refused (``StoreError``), never used and never cleaned; a new store is made
    only in a new or empty directory (or one holding only a placeholder: ``_PLACEHOLDERS``).
    """

    root: Path

    @property
    def records_dir(self) -> Path:
        return self.root / RECORDS_DIR

    @property
    def index_dir(self) -> Path:
        return self.root / INDEX_DIR

    @property
    def meta_dir(self) -> Path:
        return self.root / META_DIR

    @property
    def state_path(self) -> Path:
        return self.meta_dir / STATE_FILE

    @property
    def unfinished_path(self) -> Path:
        return self.meta_dir / UNFINISHED_FILE

    @property
    def lock_path(self) -> Path:
        return self.meta_dir / LOCK_FILE

    def exists(self) -> bool:
        return self.records_dir.is_dir()

    def owned(self) -> bool:
        return (self.meta_dir / MARKER).is_file()

    def check(self) -> Store:
        """This store, or StoreError naming the directory when there is none or it is not ours."""
        if self.root.is_dir():
            self.check_ownership()
        if not self.exists():
            if self.root.exists() and not self.root.is_dir():
                raise StoreError(f"{self.root}: not a directory, cannot be a store")
            where = str(self.root) if self.root.is_absolute() else f"{self.root} ({self.root.resolve()})"
            raise StoreError(f"no store at {where} (ingest articles first, or pass --store)")
        return self

    def foreign(self) -> str | None:
        """What in this directory quotes did not make (a user's ``whoosh/`` folder), or None.

        A directory without the marker is taken for a store of an earlier quotes only when
        records/ holds nothing but record files and whoosh/ nothing but whoosh's files."""
        if self.owned():
            return None
        for sub, ours in ((self.records_dir, _is_record_name), (self.index_dir, _is_whoosh_name)):
            if sub.is_symlink() or (sub.exists() and not sub.is_dir()):
                return f"{sub} is not a folder quotes made"
            if not sub.is_dir():
                continue
            for entry in sub.iterdir():
                if entry.is_symlink() or not entry.is_file() or not ours(entry.name):
                    return f"{sub} holds {_short(entry.name)}, which quotes did not write"
        return None

    def check_ownership(self) -> None:
        problem = self.foreign()
        if problem:
            raise StoreError(
                f"{self.root}: not a quotes store ({problem}); refusing to use or change it "
                "(choose another --store directory)"
            )

    def create(self) -> None:
        """Make the store's directories and marker (refusing a directory that is not ours)."""
        if self.owned() and self.records_dir.is_dir():
            return
        self.check_ownership()
        if not self.owned() and not self.records_dir.is_dir():
            self._check_vacant()
        try:
            self.records_dir.mkdir(parents=True, exist_ok=True)
            self.meta_dir.mkdir(exist_ok=True)
            if not self.owned():
                # Exclusive create, no temporary file: two first ingests may race here.
                with contextlib.suppress(FileExistsError), open(self.meta_dir / MARKER, "x") as f:
                    f.write('{"quotes_store": 1}\n')
        except OSError as e:
            raise StoreError(f"{self.root}: cannot create store: {e.strerror or e}") from e

    def _check_vacant(self) -> None:
        """Refuse to make a new store among someone's files (``--store ~``, ``--store .``):
        a store is made in a new or empty directory, or one holding only a placeholder."""
        try:
            others = sorted(e.name for e in self.root.iterdir() if e.name not in _PLACEHOLDERS)
        except FileNotFoundError:
            return
        except OSError as e:
            raise StoreError(f"{self.root}: cannot create store: {e.strerror or e}") from e
        if others:
            more = f" and {len(others) - 1} more" if len(others) > 1 else ""
            raise StoreError(
                f"{self.root}: holds {_short(others[0])}{more} and no quotes store; refusing to "
                "make a store among other files (choose a new or empty --store directory)"
            )

    def lock(self, what: str, wait: float = lock.DEFAULT_WAIT) -> contextlib.AbstractContextManager[None]:
        """The store lock (see ``quotes.lock``): create the store first."""
        return lock.store_lock(self.lock_path, what, wait)

    def debris(self, records: bool = True) -> list[Path]:
        """What killed runs left: temporary records (unless not ``records``: reading records/
        costs what the store holds), half-built index folders, whoosh's temporary files;
        only names quotes and whoosh use."""
        found = []
        for folder, pattern in (
            *([(self.records_dir, _RECORD_TMP)] if records else []),
            (self.root, _SCRATCH),
            (self.meta_dir, _META_TMP),
            (self.index_dir, _WHOOSH_TMP),
        ):
            if folder.is_dir() and not folder.is_symlink():
                found += sorted(
                    e for e in folder.iterdir() if re.fullmatch(pattern, e.name) and not e.is_symlink()
                )
        return found

    def clean_debris(self, records: bool = True) -> int:
        """Remove ``debris(records)``; only under the store lock, when no writer can be using it."""
        found = self.debris(records)
        for entry in found:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        return len(found)

    def record_path(self, article_id: str) -> Path:
        if not is_article_id(article_id):
            raise NotFound(f"no article with id {_short(article_id)}")
        return self.records_dir / f"{article_id}.yaml"

    @functools.cached_property
    def _records_prefix(self) -> str:
        return os.path.join(self.records_dir, "")

    def record_file(self, article_id: str) -> str:
        """``record_path`` as a string, for an id made by quotes (``Article.id``: not checked):
        what ingest opens for every article, without a Path object's cost each time."""
        return f"{self._records_prefix}{article_id}.yaml"

    def stored(self, article_id: str) -> bytes | None:
        """The bytes of ``article_id``'s record (an id made by quotes), None when it has none."""
        try:
            with open(self.record_file(article_id), "rb", buffering=0) as f:
                return f.readall()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise StoreError(f"{self.record_file(article_id)}: cannot read record: {e.strerror or e}") from e

    def put(self, record: Record) -> bool:
        """Write ``record``; False (and nothing touched) when the stored bytes are already the same.

        Takes no lock and keeps no ledger: writers use ``Library`` (which does both)."""
        self.create()
        return self.write(record) is not None

    def write(self, record: Record, data: bytes | None = None, durable: bool = True) -> Fingerprint | None:
        """Write ``record`` (its YAML ``data`` when already dumped); its fingerprint, or None
        when the file already held these bytes. Not ``durable``: on disk at the next ``flush()``
        (a batch of records costs one flush, not two disk syncs each)."""
        path = self.record_path(record.id)
        data = dump_record(record).encode("utf-8") if data is None else data
        try:
            if path.is_file() and path.read_bytes() == data:
                return None
        except OSError as e:
            raise StoreError(f"{path}: cannot write record: {e.strerror or e}") from e
        return self.replace(record.id, data, durable)

    def replace(
        self, article_id: str, data: bytes, durable: bool = True, sha: str | None = None
    ) -> Fingerprint:
        """Write ``data`` as the record of ``article_id`` (its YAML, which the caller knows to
        differ from what the file holds); its fingerprint (``sha``: ``digest(data)``, when the
        caller has it already)."""
        path = self.record_file(article_id) if is_article_id(article_id) else self.record_path(article_id)
        try:
            st = atomic_write(path, data, durable)
        except OSError as e:
            raise StoreError(f"{path}: cannot write record: {e.strerror or e}") from e
        return Fingerprint(sha or digest(data), st.st_size, st.st_mtime_ns)

    def flush(self) -> None:
        """Put everything written to the store so far on disk (records, their directory, the
        ledger): one ``syncfs`` of the store's file system where Linux has it."""
        fd = os.open(self.records_dir, os.O_RDONLY)
        try:
            syncfs = _find_syncfs()
            if syncfs is None or syncfs(fd) != 0:
                os.sync()
        finally:
            os.close(fd)

    def remove(self, article_id: str) -> bool:
        path = self.record_path(article_id)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as e:
            raise StoreError(f"{path}: cannot remove record: {e.strerror or e}") from e
        return True

    def read_bytes(self, article_id: str) -> bytes:
        path = self.record_path(article_id)
        try:
            return path.read_bytes()
        except FileNotFoundError as e:
            raise NotFound(f"no article with id {article_id!r} in {self.root}") from e
        except OSError as e:
            raise StoreError(f"{path}: cannot read record: {e.strerror or e}") from e

    def get(self, article_id: str) -> Record:
        return self.parse(article_id, self.read_bytes(article_id))

    def parse(self, article_id: str, raw: bytes) -> Record:
        """The record ``raw`` (the bytes of records/<article_id>.yaml), checked."""
        path = self.record_path(article_id)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise StoreError(f"{path}: malformed record (not UTF-8)") from e
        record = load_record(text, str(path))
        if record.id != article_id:
            raise StoreError(f"{path}: malformed record (holds article {record.id})")
        return record

    def ids(self) -> list[str]:
        """Ids of the stored articles, sorted."""
        self.check()
        return sorted(p.stem for p in self.records_dir.glob("*.yaml") if is_article_id(p.stem))

    def records(self) -> Iterator[Record]:
        for article_id in self.ids():
            yield self.get(article_id)

    def fingerprints(self) -> dict[str, tuple[int, int]]:
        """(size, mtime_ns) of every record file, by article id: one directory scan."""
        out = {}
        with os.scandir(self.records_dir) as entries:
            for entry in entries:
                name = entry.name
                if name.endswith(".yaml") and is_article_id(name[:-5]) and entry.is_file():
                    st = entry.stat()
                    out[name[:-5]] = (st.st_size, st.st_mtime_ns)
        return out

    def records_mtime_ns(self) -> int:
        """When a record was last added, replaced (as quotes and most editors write) or removed."""
        try:
            return self.records_dir.stat().st_mtime_ns
        except OSError:
            return 0


@functools.cache
def _find_syncfs() -> Any:
    """Linux's syncfs, looked up at the first flush (ctypes is not for commands that only read)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


def _is_record_name(name: str) -> bool:
    return (name.endswith(".yaml") and is_article_id(name[:-5])) or bool(re.fullmatch(_RECORD_TMP, name))


def _is_whoosh_name(name: str) -> bool:
    return bool(re.fullmatch(_WHOOSH_FILE, name))


class Ledger:
    """What this store wrote: for each record, the sha256 of every version quotes wrote
    (the last few) and the extractor version that made it.

    A record whose bytes are none of these was edited by hand, and ingest will not
    overwrite it silently. The ledger is an append-only JSON-lines file, each line
    written *before* the record it describes, so a run killed between the two leaves a
    record the ledger still knows; a torn last line is ignored.
    """

    KEEP = 3

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, str | None]] = {}
        # where each record's article came from (its file, its title and date): ``sharing``
        self.origins: dict[str, tuple[str, ...]] = {}
        self._by_origin: dict[str, set[str]] | None = None
        self.lines = 0
        self._file: Any = None
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raw = b""
        except OSError as e:
            raise StoreError(f"{path}: cannot read the store's ledger: {e.strerror or e}") from e
        self._torn = bool(raw) and not raw.endswith(b"\n")
        for line in raw.splitlines():
            try:
                item = json.loads(line)
                self._remember(
                    str(item["id"]), str(item["sha"]), item.get("x"), tuple(map(str, item.get("o") or ()))
                )
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a crash, or damage: forgets at most one version
            self.lines += 1

    def _remember(
        self, article_id: str, sha: str, extractor: str | None, origin: tuple[str, ...] = ()
    ) -> None:
        if origin:
            before = self.origins.get(article_id, ())
            # replaced, not merged: a title or URL changed must not link an unrelated article by
            # the old one; but a record made again with no file (a correction's refresh) keeps
            # the file it came from
            files = () if any(k.startswith("from:") for k in origin) else before
            now = tuple(dict.fromkeys(tuple(k for k in files if k.startswith("from:")) + origin))
            self.origins[article_id] = now
            if self._by_origin is not None:
                for key in set(before) - set(now):
                    self._by_origin.get(key, set()).discard(article_id)
                for key in now:
                    self._by_origin.setdefault(key, set()).add(article_id)
        versions = self.entries.setdefault(article_id, {})
        versions.pop(sha, None)
        versions[sha] = extractor
        while len(versions) > self.KEEP:
            del versions[next(iter(versions))]

    def owns(self, article_id: str, sha: str) -> bool:
        return sha in self.entries.get(article_id, {})

    def extractor(self, article_id: str, sha: str) -> str | None:
        return self.entries.get(article_id, {}).get(sha)

    def knows(self, article_id: str) -> bool:
        return article_id in self.entries

    def sharing(self, origin: Iterable[str]) -> set[str]:
        """The records written from any of ``origin`` (see ``log``); keyed once a run, on first use."""
        if self._by_origin is None:
            self._by_origin = {}
            for article_id, keys in self.origins.items():
                for key in keys:
                    self._by_origin.setdefault(key, set()).add(article_id)
        return set().union(*(self._by_origin.get(k, set()) for k in origin))

    def log(self, article_id: str, sha: str, extractor: str | None, origin: tuple[str, ...] = ()) -> None:
        """Say that quotes is about to write this version of a record; ``origin``: keys of where
        its article came from (its file, its title and date), for ``sharing``."""
        if self._file is None:
            self._file = open(self.path, "ab")  # noqa: SIM115 (kept open for the run)
            os.fchmod(self._file.fileno(), _file_mode())
            if self._torn:
                self._file.write(b"\n")
        item: dict[str, object] = {"id": article_id, "sha": sha, "x": extractor}
        if origin:
            item["o"] = list(origin)
        line = json.dumps(item, separators=(",", ":"))
        self._file.write(line.encode() + b"\n")
        self._file.flush()  # before the record: a killed run must not look like a hand edit
        self._remember(article_id, sha, extractor, origin)
        self.lines += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        # Compacted lines are up to KEEP per record: compact once as many again piled up.
        if self.lines > 2 * self.KEEP * len(self.entries) + 1000:
            self.compact()

    def compact(self) -> None:
        lines = [
            json.dumps(
                {"id": i, "sha": sha, "x": x} | ({"o": list(self.origins[i])} if i in self.origins else {}),
                separators=(",", ":"),
            )
            for i, versions in sorted(self.entries.items())
            for sha, x in versions.items()
        ]
        atomic_write(self.path, "".join(f"{line}\n" for line in lines).encode(), durable=False)
        self.lines = len(lines)
        self._torn = False


@dataclass
class IndexState:
    """Which records the index reflects: a fingerprint per article, and the records/
    directory's modification time when it was written, which a reader compares with the
    directory's (one stat call) to notice records added, replaced or removed since.

    Written after each index commit, never before, so it can only be behind the index:
    an article it has wrong is indexed again, which is idempotent.
    """

    articles: dict[str, Fingerprint]
    records_mtime_ns: int = 0

    @classmethod
    def read(cls, path: Path) -> IndexState | None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            head = json.loads(lines[0])
            articles = {}
            for line in lines[1:]:
                article_id, sha, size, mtime = line.split(" ")
                articles[article_id] = Fingerprint(sha, int(size), int(mtime))
            return cls(articles, int(head["records_mtime_ns"]))
        except (OSError, IndexError, ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def read_mtime(path: Path) -> int | None:
        """The header alone (what a reader checks), without reading every article's line."""
        try:
            with open(path, encoding="utf-8") as f:
                return int(json.loads(f.readline())["records_mtime_ns"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, path: Path) -> None:
        head = json.dumps(
            {"format": 1, "records_mtime_ns": self.records_mtime_ns, "articles": len(self.articles)}
        )
        body = "".join(f"{i} {f.sha} {f.size} {f.mtime_ns}\n" for i, f in sorted(self.articles.items()))
        atomic_write(path, f"{head}\n{body}".encode(), durable=False)


def _short(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters: messages quote what they got, not 100 KB of it."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-2:]}"


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
