"""The store: a directory of YAML records, one per article, plus the search index.

Layout of a store directory::

    records/<article_id>.yaml   the article (metadata and full text) and its quotes
    whoosh/                     the full-text index (rebuilt from records/ by reindex)

Records are the truth; the index can always be rebuilt from them. A record is
written atomically (temporary file in the same directory, fsync, rename) and
only when its bytes change, so ingesting the same article twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.errors import NotFound, StoreError
from quotes.model import Article, Quote, Record

#: Version of the record layout, written into every record.
RECORD_FORMAT = 1
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
    if not isinstance(data, dict):
        raise StoreError(f"{where}: malformed record (not a YAML mapping)")
    if data.get("format") != RECORD_FORMAT:
        raise StoreError(
            f"{where}: unsupported record format {data.get('format')!r} (expected {RECORD_FORMAT})"
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
        raise StoreError(f"{where}: malformed record (id {data.get('id')!r} does not match its text)")
    if ids != record.quote_ids():
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


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so readers see the old or the new file, never half of one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # The rename is durable only once the directory entry is on disk.
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True)
class Store:
    """A store directory. Nothing is created until ``create()`` or the first ``put()``."""

    root: Path

    @property
    def records_dir(self) -> Path:
        return self.root / RECORDS_DIR

    @property
    def index_dir(self) -> Path:
        return self.root / INDEX_DIR

    def exists(self) -> bool:
        return self.records_dir.is_dir()

    def check(self) -> Store:
        """This store, or StoreError naming the directory when there is none."""
        if not self.exists():
            if self.root.exists() and not self.root.is_dir():
                raise StoreError(f"{self.root}: not a directory, cannot be a store")
            where = str(self.root) if self.root.is_absolute() else f"{self.root} ({self.root.resolve()})"
            raise StoreError(f"no store at {where} (ingest articles first, or pass --store)")
        return self

    def create(self) -> None:
        try:
            self.records_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.root}: cannot create store: {e.strerror or e}") from e

    def record_path(self, article_id: str) -> Path:
        if not is_article_id(article_id):
            raise NotFound(f"no article with id {article_id!r}")
        return self.records_dir / f"{article_id}.yaml"

    def put(self, record: Record) -> bool:
        """Write ``record``; False (and nothing touched) when the stored bytes are already the same."""
        self.create()
        path = self.record_path(record.id)
        data = dump_record(record).encode("utf-8")
        try:
            if path.is_file() and path.read_bytes() == data:
                return False
            atomic_write(path, data)
        except OSError as e:
            raise StoreError(f"{path}: cannot write record: {e.strerror or e}") from e
        return True

    def get(self, article_id: str) -> Record:
        path = self.record_path(article_id)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as e:
            raise NotFound(f"no article with id {article_id!r} in {self.root}") from e
        except OSError as e:
            raise StoreError(f"{path}: cannot read record: {e.strerror or e}") from e
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


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
