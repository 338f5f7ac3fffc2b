"""Web archives (WARC, optionally gzipped): every HTML page a crawl saved.

Each ``response`` record with status 200 and an HTML content type is one page,
read like a saved page (``quotes.sources.html``); the record's target URL and
date are the article's URL and date where the page gives none (a canonical link
and a publication date are the better ones to cite).
Other records (requests, metadata, images, redirects) are not articles and are
passed over silently. A record that cannot be read is reported and skipped: the
reader moves on to the next record boundary (the next gzip member, or the next
``WARC/1.`` line in an uncompressed file) and carries on. A file that ends inside a
record (shorter than its Content-Length, or cut in its headers), which warcio reads
without a word, is reported as that record broken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from quotes.article import Metadata
from quotes.errors import ArticleError
from quotes.sources.html import read_html

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


def read_warc(stream: IO[bytes], where: str) -> Iterator[tuple[Metadata, str] | ArticleError]:
    """Each HTML page of the archive as (metadata, text), or an ArticleError for a
    record that could not be read (``where#offset``), in archive order.
    ``stream`` must be seekable."""
    start = 0
    first = stream.read(len(_WARC_MAGIC))
    if first and not first.startswith((_GZIP_MAGIC, b"WARC/")):
        # a file named .warc that is none (before: its random bytes echoed in the error)
        yield ArticleError(f"{where}: not a web archive (WARC, gzipped or not)")
        return
    while True:
        stream.seek(start)
        head = stream.read(len(_GZIP_MAGIC))
        if not head:
            return
        compressed = head == _GZIP_MAGIC
        stream.seek(start)
        records = ArchiveIterator(stream)
        try:
            for record in _each(records):
                with _warcio():
                    headless = _headless(record)
                if headless:
                    # no WARC-Type or Content-Length: headers the file cuts short (warcio reads
                    # them as a record of nothing); the last such is a truncation
                    with _warcio():
                        _drain(record)
                    if _rest_blank(stream, records.offset):
                        continue  # a newline after the last gzip member, read as a record
                    last = (
                        _find(stream, _GZIP_MAGIC if compressed else _WARC_MAGIC, records.offset + 1) is None
                    )
                    why = _TRUNCATED if last else "no WARC-Type or Content-Length"
                    yield ArticleError(f"{where}#{records.offset}: broken WARC record skipped ({why})")
                    continue
                page = _page(record, f"{where}#{records.offset}")
                with _warcio():
                    cut = _cut_short(record)
                if cut or _member_cut(records, stream):
                    # the file ends inside the record: its page, if any, is not whole
                    yield ArticleError(f"{where}#{records.offset}: broken WARC record skipped ({_TRUNCATED})")
                    return
                if page is not None:
                    yield page
            if not _rest_blank(stream, records.offset):
                # warcio stops quietly at a record whose headers the file cuts short (blank
                # lines or a newline after the last record or gzip member are no record)
                yield ArticleError(f"{where}#{records.offset}: broken WARC record skipped ({_TRUNCATED})")
            return
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, _Unreadable) as e:
            bad = records.offset
            if _rest_blank(stream, bad):
                return  # (warcio reads "\r\n" after the last gzip member as a broken one)
            nxt = _find(stream, _GZIP_MAGIC if compressed else _WARC_MAGIC, bad + 1)
            # warcio's own AttributeError or TypeError says nothing to a reader
            why = "headers cut short or unreadable" if isinstance(e, _Unreadable) else _first_line(e)
            yield ArticleError(
                f"{where}#{bad}: broken WARC record skipped ({_TRUNCATED if nxt is None else why})"
            )
            if nxt is None:
                return
            start = nxt


_TRUNCATED = "the file ends inside it: truncated?"


class _Unreadable(Exception):
    """warcio's own AttributeError, TypeError or KeyError reading a record (it fails so on
    headers cut before the URI or type): caught only around its reads, so that such an
    error of this module's is not reported as a broken record."""


@contextlib.contextmanager
def _warcio() -> Iterator[None]:
    """Around a read of warcio's: its AttributeError, TypeError or KeyError is _Unreadable."""
    try:
        yield
    except (AttributeError, TypeError, KeyError) as e:
        raise _Unreadable(str(e)) from e


def _each(records: ArchiveIterator) -> Iterator[Any]:
    """The records warcio reads, one by one (``_warcio`` around each read)."""
    it = iter(records)
    while True:
        with _warcio():
            record = next(it, None)
        if record is None:
            return
        yield record


def _headless(record: Any) -> bool:
    """Whether ``record`` lacks a WARC-Type or a Content-Length that is a number: headers the
    file cuts short, which warcio reads as a record of nothing."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    return record.rec_type is None or not length.isdigit()


def _drain(record: Any) -> None:
    """Read ``record`` to its end (warcio would skip the rest of it all the same)."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass


def _cut_short(record: Any) -> bool:
    """Whether the file ends before the end its record's Content-Length says (a truncated
    download or copy), read to its end."""
    _drain(record)
    return bool(getattr(record.raw_stream, "limit", 0))


def _member_cut(records: ArchiveIterator, stream: IO[bytes]) -> bool:
    """Whether the file ends inside the gzip member of the record just read: all of it read
    and fed to the decompressor, which never reached the member's end (a download cut in
    the member's last bytes, or in the headers of its record)."""
    decompressor = getattr(records.reader, "decompressor", None)
    if decompressor is None or getattr(decompressor, "eof", True):
        return False
    here = stream.tell()
    end = stream.seek(0, 2)
    stream.seek(here)
    return here >= end


def _rest_blank(stream: IO[bytes], offset: int) -> bool:
    """Whether the seekable ``stream`` holds only whitespace from ``offset`` on (a trailing
    newline after the last record is no record); its position is kept."""
    here = stream.tell()
    stream.seek(offset)
    try:
        while chunk := stream.read(_CHUNK):
            if chunk.strip():
                return False
        return True
    finally:
        stream.seek(here)


def _page(record: Any, where: str) -> tuple[Metadata, str] | ArticleError | None:
    with _warcio():
        response = _html_response(record)
    if response is None:
        return None
    url, date, body = response
    try:
        meta, text = read_html(body, f"{where} ({url})", url=url)
    except ArticleError as e:
        return e
    # The page's canonical link and publication date first (as for a fetched page); the
    # record's address and capture date fill in what the page does not say.
    return meta.over(Metadata(url=url, date=_warc_date(date))), text


def _html_response(record: Any) -> tuple[str | None, str | None, bytes] | None:
    """The target URL, WARC-Date and body of ``record`` when it is an HTML page served
    with status 200, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if status != "200" or ctype not in _HTML_TYPES:
        return None
    return (
        record.rec_headers.get_header("WARC-Target-URI"),
        record.rec_headers.get_header("WARC-Date"),
        record.content_stream().read(),
    )


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _find(stream: IO[bytes], magic: bytes, start: int) -> int | None:
    """The offset of the next ``magic`` at or after ``start``, or None; the position is kept."""
    here = stream.tell()
    try:
        return _scan(stream, magic, start)
    finally:
        stream.seek(here)


def _scan(stream: IO[bytes], magic: bytes, start: int) -> int | None:
    pos = start
    stream.seek(pos)
    tail = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return None
        data = tail + chunk
        i = data.find(magic)
        if i >= 0:
            return pos - len(tail) + i
        tail = data[-(len(magic) - 1) :]
        pos += len(chunk)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    line = (text.splitlines()[0][:80] if text else type(error).__name__).strip()
    # the error may quote the damaged bytes: no control characters to the terminal
    return "".join(c if c.isprintable() else "?" for c in line)
