"""Read news articles in plain text, with their metadata, from files and stdin.

An article file is UTF-8 text (``.txt`` or ``.md``; ``quotes.sources`` reads the
other kinds of input and picks the files of a directory).
Its metadata (title, source, date, authors, url) comes from three places; for
each field the first of these that sets it wins:

1. options given by the caller (the command line's ``--title`` etc.),
2. a sidecar ``NAME.meta.yaml`` beside ``NAME.txt`` (curated, so it corrects the file),
3. YAML front matter at the top of the file (``---`` lines around it),
4. for the title alone, a headline: the text's first line when it reads as one
   (``headline``: short, a blank line after it, no punctuation at its end, and
   nothing of ``NOT_A_HEADLINE``: no dateline, date, byline, quotation or page label).

A title taken from the first line is a guess (``Article.guessed``): ingesting the
article again keeps the title the store has (one given with ``--title`` before, say)
over it, while the first three places replace what is stored.

The article text is what follows the front matter, byte for byte apart from a
leading UTF-8 byte-order mark; every offset in quotes refers to it (a headline
taken as the title stays in the text too).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, BinaryIO

from quotes import bylines, yamlio
from quotes.errors import ArticleError
from quotes.model import Article

#: The largest article read (bytes): extraction time grows faster than the text, and a
#: news article is well under it. A larger file is refused with an error saying so.
MAX_ARTICLE_BYTES = 1_000_000
MAX_SIDECAR_BYTES = 100_000
META_SUFFIX = ".meta.yaml"
STDIN_NAME = "<stdin>"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Front matter: a first line "---", YAML, then a line "---" (or YAML's "...").
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass(frozen=True)
class Metadata:
    """Article metadata from one place; ``None``/empty means "not given here"."""

    title: str | None = None
    source: str | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None

    def over(self, base: Metadata) -> Metadata:
        """These fields where set, ``base``'s elsewhere."""
        return replace(base, **{f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)})


def parse_date(value: object, where: str) -> dt.date:
    """An ISO ``YYYY-MM-DD`` date from a string or a YAML date; ArticleError naming ``where``."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError as e:
            # the form is right: say what is wrong, as --date and front matter do
            raise ArticleError(f"{where}: {text!r} is no such date ({e})") from None
    raise ArticleError(f"{where}: bad date {text!r} (expected YYYY-MM-DD)")


def _text_field(data: Mapping[str, Any], keys: tuple[str, ...], where: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise ArticleError(f"{where}: {key} must be a single value, not a {type(value).__name__}")
        text = str(value).strip()
        if text and text.lower() not in _MISSING:
            return text
    return None


# What sidecars write for "no value": `author: None` is the string "None" to YAML.
_MISSING = {"none", "null", "n/a", "na", "unknown", "-"}


def split_authors(raw: str, source: str | None = None) -> tuple[str, ...]:
    """The authors a byline names, one name each (``quotes.bylines.split``).

    "JULIE HIRSCHFELD DAVIS, MARK LANDLER and CORAL DAVENPORT" gives three names
    in proper case; "David Jackson, @djusatoday, USA TODAY" gives David Jackson
    (handles and the outlet are not authors); "AP" gives Associated Press; "None" gives none.
    """
    return bylines.split(raw, source)


def metadata_from_mapping(data: object, where: str) -> Metadata:
    """Metadata from a sidecar or front-matter mapping; unknown keys are ignored."""
    if data is None:
        return Metadata()
    if not isinstance(data, dict):
        raise ArticleError(f"{where}: metadata must be a YAML mapping, not a {type(data).__name__}")
    source = _text_field(data, ("source", "outlet", "publisher"), where)
    raw_authors = data.get("authors", data.get("author"))
    if raw_authors is None:
        authors: tuple[str, ...] = ()
    elif isinstance(raw_authors, list):
        if any(isinstance(a, (dict, list)) for a in raw_authors):
            raise ArticleError(f"{where}: authors must be a list of names")
        authors = tuple(n for a in raw_authors if a is not None for n in split_authors(str(a), source))
    elif isinstance(raw_authors, dict):
        raise ArticleError(f"{where}: author must be a name or a list of names")
    else:
        authors = split_authors(str(raw_authors), source)
    raw_date = data.get("date")
    return Metadata(
        title=_text_field(data, ("title",), where),
        source=source,
        date=None if raw_date in (None, "") else parse_date(raw_date, where),
        authors=authors,
        url=_text_field(data, ("url", "link"), where),
    )


def convert_hint(where: str, encoding: str) -> str:
    """A command that converts file ``where`` from ``encoding`` to UTF-8 in place, to paste;
    the bare iconv call for what is no file (stdin, an address)."""
    import shlex

    # (here, not at the top: quotes.sources imports this module)
    from quotes.sources import web

    if where == STDIN_NAME or web.is_url(where):
        return f"e.g. iconv -f {encoding} -t utf-8"

    # the name once: error messages are kept short (errors.MAX_MESSAGE) and a path is long
    return f'e.g. f={shlex.quote(where)}; iconv -f {encoding} -t utf-8 "$f" > "$f.utf8" && mv "$f.utf8" "$f"'


def decode(raw: bytes, where: str) -> str:
    """UTF-8 text of a file's bytes, refusing binary data; ArticleError naming ``where``."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows' "Unicode" text: its NUL bytes would call it binary
        raise ArticleError(
            f"{where}: UTF-16 text, expected UTF-8; convert it first, {convert_hint(where, 'utf-16')}"
        )
    if b"\0" in raw:
        raise ArticleError(f"{where}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        # Most such files are Windows-1252 (Latin-1's superset): name a conversion that works.
        raise ArticleError(
            f"{where}: not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); convert it first, "
            + convert_hint(where, "windows-1252")
        ) from e
    # A byte-order mark is an encoding artefact, not text a quote could start at.
    return text.removeprefix("\ufeff")


def split_front_matter(text: str, where: str) -> tuple[Metadata, str]:
    """The front matter's metadata and the article text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return Metadata(), text
    try:
        data = yamlio.load(m.group(1))
    except yamlio.YAMLError as e:
        raise ArticleError(f"{where}: bad YAML front matter: {yamlio.first_line(e)}") from e
    return metadata_from_mapping(data, f"{where} (front matter)"), text[m.end() :]


#: A headline's longest line (characters) and its fewest and most words (with letters).
HEADLINE_MAX_CHARS = 200
HEADLINE_WORDS = (3, 25)
# The first line, then a blank line (spaces allowed) and more text; blank lines before it allowed.
_HEADLINE = re.compile(r"\A\s*?^[ \t]*(\S[^\n]*?)[ \t]*\r?\n[ \t]*\r?\n\s*\S", re.M)
# Markdown's heading marks and bold around the line: the title is what they mark.
_MARKDOWN = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?$|^(\*\*|__)(.+)\2$")
# A line ending so is a sentence, a clause or a quotation: the article's first paragraph.
_NOT_A_HEADLINE_END = ".,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2013\u2014\u2026"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: What a first line that is no headline looks like: (what it is, pattern searched in it).
#: Any match and the line is no title: a missing title is reported (cite's note), a
#: wrong one would be cited without a word, so in doubt a line is not one.
NOT_A_HEADLINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "We will not back down," said Mayor Smith; headlines quote with single marks
    ("a quotation", re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u201e]|^['\u2018]|[,!?]['\u2019](?:\s|$)")),
    # past said-verbs report speech (the first paragraph's); headlines say "says"
    (
        "a said-verb",
        re.compile(
            r"\b(?:said|told|added|stated|asked|explained|insisted|claimed|warned|announced"
            r"|according to)\b",
            re.I,
        ),
    ),
    ("a dateline", re.compile(r"\((?:AP|Reuters|CP|AFP|UPI|dpa|AAP|PA|Xinhua|Bloomberg)\)", re.I)),
    (
        "a dateline",
        re.compile(r"^[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+)*\s*(?:,|\s*\(|\s+-|\s*[\u2013\u2014]|$)"),
    ),
    ("a date", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b")),
    ("a date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    (
        "a time",
        re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:[AP]M|[ap]\.m\.)(?!\w)"),
    ),
    ("a date", re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,", re.I)),
    (
        "a page's label",
        re.compile(
            r"^(?:by|updated|last updated|published|posted|filed|written|reporting|editing|photo"
            r"|photos|photograph|image|images|video|listen|share|skip|subscribe|sign up"
            r"|log in|advertisement|credit|copyright|read more)\b",
            re.I,
        ),
    ),
    (
        "a byline",
        re.compile(r"\b(?:staff|writer|reporter|correspondent|press|editor|columnist|contributor)\b", re.I),
    ),
    ("a site's title", re.compile(r"[|\u2022\u00b7]")),
    ("a gallery's count", re.compile(r"\b\d+\s+of\s+\d+\b")),
)


def headline(text: str) -> str | None:
    """The title the first line of a plain article gives, or None: the first line that
    is not blank (markdown's # and ** around it taken off), when a blank line and more
    text follow it, it has 3 to 25 words with letters and at most 200 characters, it ends
    without punctuation (no . , ; : ! ? quotation mark, dash or ellipsis: those end a
    sentence or a quotation, the first paragraph's), a word in it starts in lower case or
    it has 4 words or more (Title Case; two or three capitalised words are a name), and
    nothing in ``NOT_A_HEADLINE`` is in it (a quotation, a said-verb, a dateline, a date
    or time, a byline, a page's label such as "Updated" or "Share").
    "Council votes to close bridge" then a blank line is one; "The council voted." is not.
    """
    m = _HEADLINE.match(text)
    if m is None:
        return None
    line = m.group(1)
    md = _MARKDOWN.match(line)
    if md is not None:
        line = (md.group(1) if md.group(1) is not None else md.group(3)).strip()
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if not line or len(line) > HEADLINE_MAX_CHARS or not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return None
    if line[-1] in _NOT_A_HEADLINE_END:
        return None
    if not any(w[0].islower() for w in words) and len(words) < 4:
        return None
    if any(pattern.search(line) for _, pattern in NOT_A_HEADLINE):
        return None
    return line


def parse_article(
    raw: bytes, where: str, sidecar: Metadata | None = None, options: Metadata | None = None
) -> Article:
    """An Article from a file's bytes and the metadata found beside it and given by the caller."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{where}: {too_big(MAX_ARTICLE_BYTES)}")
    front, body = split_front_matter(decode(raw, where), where)
    if not body.strip():
        raise ArticleError(f"{where}: empty article (no text)")
    meta = (options or Metadata()).over((sidecar or Metadata()).over(front))
    guessed: frozenset[str] = frozenset()
    if meta.title is None:
        meta = replace(meta, title=headline(body))
        guessed = frozenset({"title"}) if meta.title is not None else guessed
    return make_article(body, meta, where, guessed)


def make_article(
    text: str, meta: Metadata, where: str | None, guessed: frozenset[str] = frozenset()
) -> Article:
    """The Article of ``text`` with the metadata ``meta``, read from ``where``; ``guessed``
    names the fields whose values are guesses (see ``Article.guessed``)."""
    return Article(
        text=text,
        title=meta.title,
        source=meta.source,
        date=meta.date,
        authors=meta.authors,
        url=meta.url,
        path=where,
        guessed=guessed,
    )


def guessed_fields(given: Metadata, page: Metadata) -> frozenset[str]:
    """The fields ``page`` (a web page's own metadata) sets that ``given`` (options and
    sidecar: the user's) does not: guesses, which a stored value outranks on a re-ingest."""
    return frozenset(f.name for f in fields(Metadata) if getattr(page, f.name) and not getattr(given, f.name))


@functools.cache
def _ftfy() -> tuple[Any, Any]:
    # Imported on first use: loading ftfy costs more than a search does.
    import ftfy

    # Only undo mis-decoding (UTF-8 read as Windows-1252 and the like). The other fixes
    # ftfy offers (straightening curly quotes, unescaping HTML, NFC) would rewrite text
    # that is not broken, and the extractor reads curly quotes.
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text, config


def repair_text(text: str) -> str:
    """``text`` with mojibake undone ("FranÃ§ois": "François"); clean text comes back as it was."""
    fix, config = _ftfy()
    return str(fix(text, config))


def repair(art: Article) -> Article:
    """``art`` with mojibake repaired in its text and metadata (ingest keeps the repaired
    text, so the quotes' offsets refer to it)."""
    return replace(
        art,
        text=repair_text(art.text),
        title=repair_text(art.title) if art.title else art.title,
        source=repair_text(art.source) if art.source else art.source,
        authors=tuple(repair_text(a) for a in art.authors),
    )


def sidecar_path(path: Path) -> Path:
    """``NAME.meta.yaml`` for ``NAME.txt`` / ``NAME.md``."""
    return path.with_name(path.stem + META_SUFFIX)


def read_sidecar(path: Path) -> Metadata:
    """The sidecar metadata of article ``path``, empty when it has none."""
    meta = sidecar_path(path)
    if not meta.is_file():
        return Metadata()
    where = str(meta)
    try:
        data = yamlio.load(decode(read_bytes(meta, MAX_SIDECAR_BYTES), where))
    except yamlio.YAMLError as e:
        raise ArticleError(f"{where}: bad YAML: {yamlio.first_line(e)}") from e
    return metadata_from_mapping(data, where)


def read_article(path: Path, options: Metadata | None = None, sidecar: bool = True) -> Article:
    """Read one article file with its front matter, and its sidecar unless ``sidecar`` is False."""
    if path.name.endswith(META_SUFFIX):
        raise ArticleError(f"{path}: a metadata sidecar, not an article")
    raw = read_bytes(path)
    return parse_article(raw, str(path), read_sidecar(path) if sidecar else None, options)


def read_stream(stream: BinaryIO, options: Metadata | None = None) -> Article:
    """Read one article (front matter allowed) from a byte stream such as stdin."""
    raw = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{STDIN_NAME}: {too_big(MAX_ARTICLE_BYTES)}")
    return parse_article(raw, STDIN_NAME, None, options)


def too_big(limit: int, what: str = "an article") -> str:
    return f"larger than the {limit:,} bytes {what} may have; split it into smaller ones"


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading when it is a regular file: a FIFO or a device
    (/dev/zero) is refused, never waited on; a directory or a missing file too."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except IsADirectoryError as e:
        raise ArticleError(f"{path}: is a directory") from e
    except FileNotFoundError as e:
        raise ArticleError(f"{path}: no such file or directory") from e
    except OSError as e:
        raise ArticleError(f"{path}: {e.strerror or e}") from e
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ArticleError(f"{path}: is a directory")
        if stat.S_ISFIFO(mode):
            # `quotes ingest <(curl ...)`: the text is there, only not as a file
            raise ArticleError(
                f"{path}: a pipe, not a regular file; give - instead and pipe its text to standard input"
            )
        if not stat.S_ISREG(mode):
            raise ArticleError(f"{path}: not a regular file (a device or a socket); only files are read")
        os.set_blocking(fd, True)
        return os.fdopen(os.dup(fd), "rb")
    except OSError as e:
        raise ArticleError(f"{path}: {e.strerror or e}") from e
    finally:
        os.close(fd)


def read_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES, what: str = "an article") -> bytes:
    """The bytes of regular file ``path`` (see ``open_regular``), at most ``limit`` of them:
    an oversized file is refused, never read whole."""
    with open_regular(path) as f:
        try:
            raw = f.read(limit + 1)
        except OSError as e:
            raise ArticleError(f"{path}: {e.strerror or e}") from e
    if len(raw) > limit:
        raise ArticleError(f"{path}: {too_big(limit, what)}")
    return raw
