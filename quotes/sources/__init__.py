"""What ``quotes ingest`` reads: its arguments turned into articles, one at a time.

``read_inputs`` is the one way in. Each argument goes through small steps:

1. resolve: ``-`` is standard input, ``http(s)://...`` a web page (``web``), a
   directory the files ``select_files`` takes from it, anything else one file;
2. kind: by file name (``KIND_BY_SUFFIX``), by sniffing standard input, or as the
   caller says: ``text`` (``.txt``/``.md``, with sidecar and front matter, read
   by ``quotes.article``), ``html`` (``sources.html``, trafilatura), ``warc``
   (``sources.warc``, warcio, many pages) or ``jsonl`` (``sources.jsonl``, many articles);
3. metadata: the caller's options over a sidecar ``NAME.meta.yaml`` over what the
   input itself says (front matter, the page's metadata, the line's fields, the
   WARC record);
4. repair: mojibake undone in text and metadata (ftfy), so the stored text, the
   one every quote offset refers to, is the repaired one.

It yields an ``Article`` or, for an input or a part of one that cannot be read, an
``ArticleError`` (one line naming it), and goes on with the rest, so the caller can
report the bad ones and store the good ones, in whatever way it processes them.
"""

from __future__ import annotations

import fnmatch
import io
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from quotes import article
from quotes.article import Metadata
from quotes.errors import ArticleError
from quotes.model import Article
from quotes.sources import web

# The readers import trafilatura and warcio, which take a while to load: they are
# imported when an input of their kind comes, so search and show do not pay for them.

KINDS = ("text", "html", "warc", "jsonl")
#: The largest saved page read (bytes): pages carry scripts and styles beside their text.
MAX_PAGE_BYTES = 20_000_000
#: The largest JSON Lines file or standard input read whole (a WARC file is streamed).
MAX_BATCH_BYTES = 1_000_000_000
#: The files a directory ingest takes, and how each is read (longest suffix first).
KIND_BY_SUFFIX = {
    ".warc.gz": "warc",
    ".warc": "warc",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".txt": "text",
    ".md": "text",
}
#: Never articles, whatever their suffix: a folder's README, and metadata sidecars.
SKIPPED = ("README*", "readme*", f"*{article.META_SUFFIX}")

Item = Article | ArticleError


def kind_of(name: str) -> str | None:
    """The kind of input a file name says, or None when it names no article kind."""
    lower = name.lower()
    return next((kind for suffix, kind in KIND_BY_SUFFIX.items() if lower.endswith(suffix)), None)


def select_files(directory: Path, globs: Sequence[str] = ()) -> list[Path]:
    """The article files of ``directory``, recursively, sorted: those of a known kind
    (``KIND_BY_SUFFIX``), or those matching one of ``globs`` (``*.html``, ``2024/*.txt``,
    matched against the path below ``directory``); hidden files and folders, READMEs
    and sidecars never."""
    return [path for path, _ in _selected(directory, globs)]


def _selected(directory: Path, globs: Sequence[str]) -> Iterator[tuple[Path, bool]]:
    """``select_files``' files, each with whether it is a regular file (from one stat a file)."""
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in SKIPPED):
            continue
        if globs:
            if not any(rel.match(g) or fnmatch.fnmatch(path.name, g) for g in globs):
                continue
        elif kind_of(path.name) is None:
            continue
        try:
            mode = path.stat().st_mode
        except OSError:
            continue  # gone, or a broken link
        # not a folder (a pipe or a device among the files is reported when read, not skipped silently)
        if not stat.S_ISDIR(mode):
            yield path, stat.S_ISREG(mode)


def sniff(head: bytes) -> str:
    """The kind of an unnamed input (standard input) from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:256]
    if head.startswith(b"\x1f\x8b") or start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    lower = start.lower()
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        lower.startswith(b"<") and b"<head" in head[:4096].lower()
    ):
        return "html"
    return "text"


def read_inputs(
    inputs: Sequence[str],
    options: Metadata | None = None,
    *,
    globs: Sequence[str] = (),
    kind: str | None = None,
    stdin: BinaryIO | None = None,
    timeout: float = web.TIMEOUT,
    repair: bool = True,
) -> Iterator[Item]:
    """Every article the ingest arguments ``inputs`` hold, or an error for each that
    cannot be read (see the module docstring). ``kind`` forces how every input is
    read; ``options`` override the metadata of every article."""
    options = options or Metadata()
    seen: set[Path] = set()
    for name in inputs:
        for item in _read_one(name, options, globs, kind, stdin, timeout, seen):
            yield article.repair(item) if repair and isinstance(item, Article) else item


def _read_one(
    name: str,
    options: Metadata,
    globs: Sequence[str],
    kind: str | None,
    stdin: BinaryIO | None,
    timeout: float,
    seen: set[Path],
) -> Iterator[Item]:
    if name == "-":
        raw = (stdin or sys.stdin.buffer).read(MAX_BATCH_BYTES + 1)
        if len(raw) > MAX_BATCH_BYTES:
            yield ArticleError(f"{article.STDIN_NAME}: larger than the {MAX_BATCH_BYTES:,} bytes read")
            return
        yield from _read_bytes(raw, article.STDIN_NAME, kind or sniff(raw), options, Metadata())
        return
    if web.is_url(name):
        from quotes.sources.html import read_html

        try:
            page = web.fetch(name, timeout)
            meta, text = read_html(_decoded(page), name, url=page.url)
        except ArticleError as e:
            yield e
            return
        guessed = article.guessed_fields(options, meta)
        yield _article(text, options.over(meta.over(Metadata(url=page.url))), name, guessed)
        return
    path = Path(name)
    if path.is_dir():
        files = list(_selected(path, globs))
        if not files:
            what = " or ".join(globs) if globs else " ".join(KIND_BY_SUFFIX)
            yield ArticleError(f"{path}: no articles ({what} files) in directory")
        for file, regular in files:
            if not regular:
                yield ArticleError(f"{file}: not a regular file (a pipe, a device or a socket); skipped")
            elif file not in seen:
                seen.add(file)
                yield from _read_file(file, kind, options)
        return
    if not path.exists():
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", name):
            # ("ftp://host/x" is no path: say what is read rather than a path with a slash lost)
            yield ArticleError(f"{name}: not a web address quotes fetches (http:// or https://) nor a file")
        else:
            yield ArticleError(f"{path}: no such file or directory")
        return
    if path not in seen:
        seen.add(path)
        yield from _read_file(path, kind, options)


def _read_file(path: Path, kind: str | None, options: Metadata) -> Iterator[Item]:
    kind = kind or kind_of(path.name) or "text"
    try:
        if kind == "text":
            yield article.read_article(path, options)
            return
        if kind == "warc":
            from quotes.sources.warc import read_warc

            with article.open_regular(path) as stream:
                yield from _pages(read_warc(stream, str(path)), options, str(path), guesses=True)
            return
        limit = MAX_PAGE_BYTES if kind == "html" else MAX_BATCH_BYTES
        raw = article.read_bytes(path, limit, "a page" if kind == "html" else "a JSON Lines file")
        sidecar = article.read_sidecar(path) if kind == "html" else Metadata()
    except ArticleError as e:
        yield e
        return
    except OSError as e:
        yield ArticleError(f"{path}: {e.strerror or e}")
        return
    yield from _read_bytes(raw, str(path), kind, options, sidecar)


def _read_bytes(raw: bytes, where: str, kind: str, options: Metadata, sidecar: Metadata) -> Iterator[Item]:
    if kind == "text":
        try:
            yield article.parse_article(raw, where, sidecar, options)
        except ArticleError as e:
            yield e
    elif kind == "html":
        from quotes.sources.html import read_html

        try:
            meta, text = read_html(raw, where)
        except ArticleError as e:
            yield e
            return
        given = options.over(sidecar)
        yield _article(text, given.over(meta), where, article.guessed_fields(given, meta))
    elif kind == "jsonl":
        from quotes.sources.jsonl import read_jsonl

        yield from _pages(read_jsonl(io.BytesIO(raw), where), options, where)
    elif kind == "warc":
        from quotes.sources.warc import read_warc

        yield from _pages(read_warc(io.BytesIO(raw), where), options, where, guesses=True)
    else:
        raise ValueError(f"unknown input kind {kind!r} (choose from {', '.join(KINDS)})")


def _pages(
    pages: Iterator[tuple[Metadata, str] | ArticleError], options: Metadata, where: str, guesses: bool = False
) -> Iterator[Item]:
    # a web archive's pages say their own metadata, a guess (Article.guessed); a JSON line's
    # fields were written for quotes, the user's
    count = 0
    for page in pages:
        count += 1
        if isinstance(page, ArticleError):
            yield page
            continue
        meta, text = page
        guessed = article.guessed_fields(options, meta) if guesses else frozenset()
        yield _article(text, options.over(meta), where, guessed)
    if not count:
        yield ArticleError(f"{where}: no articles in it")


def _article(text: str, meta: Metadata, where: str, guessed: frozenset[str] = frozenset()) -> Item:
    # The article limit holds whatever the article came in (a page, a line, a record).
    if len(text) > article.MAX_ARTICLE_BYTES or len(text.encode("utf-8")) > article.MAX_ARTICLE_BYTES:
        return ArticleError(f"{where}: {article.too_big(article.MAX_ARTICLE_BYTES)}")
    return article.make_article(text, meta, where, guessed)


def _decoded(page: web.Page) -> bytes | str:
    # The server's charset, when it names one, beats guessing from the bytes.
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return page.body
