"""Exports of stored quotes for reference managers and data tools.

A ``Selection`` is one stored record and the ids of its quotes that were asked
for (by a search, or one quote for ``cite``). Each format writes selections:

- ``csl-json``: CSL-JSON items of type ``article-newspaper`` (pandoc, citeproc-js,
  Zotero), one per article, the quotes in ``note``;
- ``bibtex``: ``@article`` entries with ``journal`` the outlet, quotes in ``note``;
- ``ris``: ``TY  - NEWS`` records, each quote an ``N1`` note;
- ``jsonl``: one whole record a line (metadata, every quote, the text), as stored;
- ``sqlite``: a database file with tables ``articles``, ``quotes`` and ``people``
  (the speakers) and an FTS5 table ``quotes_fts`` over the quotes that datasette
  finds and searches.

Every entry's key is the article id, which every quote id starts with. Authors
are read with ``quotes.bylines``: people get family and given names, wire
services and other organisations stay whole.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes import bylines
from quotes.errors import QuotesError
from quotes.model import Quote, Record
from quotes.search import Hit
from quotes.store import _file_mode, atomic_write, record_to_dict

FORMATS = ("csl-json", "bibtex", "ris", "jsonl", "sqlite")
#: The formats written as text (to standard output or a file); the others need a file.
TEXT_FORMATS = ("csl-json", "bibtex", "ris", "jsonl")


@dataclass(frozen=True)
class Selection:
    """A stored record and the ids of the quotes of it to export, in the record's order."""

    record: Record
    quote_ids: tuple[str, ...]

    @property
    def quotes(self) -> list[tuple[str, Quote]]:
        wanted = set(self.quote_ids)
        return [
            (qid, q)
            for qid, q in zip(self.record.quote_ids(), self.record.quotes, strict=True)
            if qid in wanted
        ]


def select(hits: Iterable[Hit], load: Callable[[str], Record]) -> list[Selection]:
    """The records of ``hits`` (``load`` reads one by article id) with the quotes hit,
    oldest article first (undated last), then by title and id."""
    ids: dict[str, list[str]] = {}
    for hit in hits:
        ids.setdefault(hit.article_id, []).append(hit.id)
    chosen = [Selection(load(aid), tuple(qids)) for aid, qids in ids.items()]
    return sorted(chosen, key=_order)


def everything(records: Iterable[Record]) -> list[Selection]:
    """Every quote of every record."""
    return sorted((Selection(r, tuple(r.quote_ids())) for r in records), key=_order)


def _order(sel: Selection) -> tuple[Any, ...]:
    art = sel.record.article
    return (art.date is None, art.date.isoformat() if art.date else "", art.title or "", sel.record.id)


def _note(quote_id: str, quote: Quote) -> str:
    words = " ".join(quote.text.split()).rstrip(",;: ")  # the comma belonged to "..., he said"
    who = f"{quote.speaker}: " if quote.speaker and quote.is_statement else ""
    return f'{who}"{words}" [{quote_id}]'


def _authors(sel: Selection) -> list[bylines.Author]:
    art = sel.record.article
    return [bylines.parse(a, art.source) for a in art.authors]


# ---- CSL-JSON ------------------------------------------------------------------------------------------


def csl_item(sel: Selection) -> dict[str, Any]:
    """The CSL-JSON item of one selection."""
    art = sel.record.article
    item: dict[str, Any] = {"id": sel.record.id, "type": "article-newspaper"}
    if art.title:  # none invented: a citation manager shows an untitled item as such
        item["title"] = art.title
    if art.source:
        item["container-title"] = art.source
    authors = _authors(sel)
    if authors:
        item["author"] = [a.csl() for a in authors]
    if art.date:
        item["issued"] = {"date-parts": [[art.date.year, art.date.month, art.date.day]]}
    if art.url:
        item["URL"] = art.url
    notes = [_note(qid, q) for qid, q in sel.quotes]
    if notes:
        item["note"] = "\n".join(notes)
    return item


def csl_json(selections: Sequence[Selection]) -> str:
    return json.dumps([csl_item(s) for s in selections], indent=2, ensure_ascii=False) + "\n"


# ---- BibTeX --------------------------------------------------------------------------------------------

_LATEX_SPECIAL = re.compile(r"([\\{}&%$#_~^])")
_LATEX_ESCAPES = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _latex(text: str) -> str:
    return _LATEX_SPECIAL.sub(
        lambda m: _LATEX_ESCAPES.get(m.group(1), "\\" + m.group(1)), " ".join(text.split())
    )


def _bib_name(author: bylines.Author) -> str:
    if author.organisation:
        return "{" + _latex(author.name) + "}"  # braces: a corporate name is never split
    name = _latex(author.family)
    if author.suffix:
        name += ", " + _latex(author.suffix)
    return f"{name}, {_latex(author.given)}" if author.given else name


#: BibTeX's predefined month macros.
_BIB_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex_entry(sel: Selection) -> str:
    art = sel.record.article
    # no title invented: BibTeX styles cite an entry without one (with a warning)
    fields: list[tuple[str, str]] = [("title", "{" + _latex(art.title) + "}")] if art.title else []
    authors = _authors(sel)
    if authors:
        fields.append(("author", " and ".join(_bib_name(a) for a in authors)))
    if art.source:
        fields.append(("journal", _latex(art.source)))
    if art.date:
        fields += [
            ("year", str(art.date.year)),
            ("month", _BIB_MONTHS[art.date.month - 1]),
            ("date", art.date.isoformat()),
        ]
    if art.url:
        fields.append(("url", art.url.replace("{", "%7B").replace("}", "%7D")))
    notes = [_note(qid, q) for qid, q in sel.quotes]
    if notes:
        fields.append(("note", _latex(" ".join(notes))))
    # a month is BibTeX's macro (month = nov), which every style prints in its own way
    # (and sorts by); any other value is braced
    body = ",\n".join(f"  {k} = {v if k == 'month' else '{' + v + '}'}" for k, v in fields)
    return f"@article{{{sel.record.id},\n{body}\n}}\n"


def bibtex(selections: Sequence[Selection]) -> str:
    return "\n".join(bibtex_entry(s) for s in selections)


# ---- RIS -----------------------------------------------------------------------------------------------


def ris_record(sel: Selection) -> str:
    art = sel.record.article
    lines = [("TY", "NEWS"), ("ID", sel.record.id)]
    if art.title:  # none invented
        lines.append(("TI", art.title))
    for a in _authors(sel):
        name = a.name if a.organisation else ", ".join(x for x in (a.family, a.given, a.suffix) if x)
        lines.append(("AU", name))
    if art.source:
        lines.append(("T2", art.source))
    if art.date:
        lines += [("PY", str(art.date.year)), ("DA", art.date.strftime("%Y/%m/%d"))]
    if art.url:
        lines.append(("UR", art.url))
    lines += [("N1", _note(qid, q)) for qid, q in sel.quotes]
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}".rstrip(" ") + "\n" for tag, value in lines)


def ris(selections: Sequence[Selection]) -> str:
    return "\n".join(ris_record(s) for s in selections)


# ---- JSON Lines ----------------------------------------------------------------------------------------


def jsonl(selections: Sequence[Selection]) -> str:
    """Whole records, one a line, in the shape of the store's YAML."""
    return "".join(json.dumps(record_to_dict(s.record), ensure_ascii=False) + "\n" for s in selections)


# ---- SQLite --------------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, date TEXT, authors TEXT, url TEXT, text TEXT
);
CREATE TABLE people (name TEXT PRIMARY KEY, quotes INTEGER, articles INTEGER, titles TEXT);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT REFERENCES articles(id),
    speaker TEXT REFERENCES people(name),
    speaker_title TEXT, text TEXT, kind TEXT, cue TEXT, confidence REAL, paragraph INTEGER,
    start INTEGER, "end" INTEGER, spans TEXT
);
CREATE INDEX quotes_article_id ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING FTS5 (text, speaker, speaker_title, content=[quotes]);
"""


def _replaceable(path: Path) -> Path | None:
    """Where to write ``path`` whole or not at all: the file it names (through any
    symlink), when that is a regular file or none is there yet; None for a device, a
    pipe (``--output >(wc -c)``) or a socket, which are written directly (a rename
    would replace ``/dev/null`` with a plain file)."""
    try:
        st = os.stat(path)  # follows symlinks: /dev/fd/63 is the pipe itself
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISREG(st.st_mode):
            return None
    real = Path(os.path.realpath(path))
    # A mistyped folder is an error, as for any file written, not a folder made quietly.
    if not real.parent.is_dir():
        raise QuotesError(f"{path}: no such directory {real.parent}")
    return real


def write_text(path: Path, text: str) -> None:
    """Write a text export to ``path``: a regular file (or none yet) is replaced only once
    the new one is complete (an interrupted export leaves the old one whole), with the
    umask's mode, and a symlink keeps pointing to it; a device or a pipe is written to."""
    try:
        target = _replaceable(path)
        if target is None:
            with open(path, "wb") as out:
                out.write(text.encode("utf-8"))
        else:
            atomic_write(target, text.encode("utf-8"), durable=False)
    except OSError as e:
        raise QuotesError(f"{path}: cannot write: {e.strerror or e}") from e


def sqlite(selections: Sequence[Selection], path: Path) -> None:
    """Write the selections to a new SQLite database at ``path``: a regular file (or none
    yet) is replaced only once the new one is complete, with the umask's mode; a device or
    a pipe is sent the finished database's bytes."""
    try:
        target = _replaceable(path)
        # beside its file for the rename; anywhere for a pipe, which gets a copy
        folder = target.parent if target is not None else None
        name = (target or path).name
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    except OSError as e:
        raise QuotesError(f"{path}: cannot write: {e.strerror or e}") from e
    os.close(fd)
    os.chmod(tmp, _file_mode())  # mkstemp's 0600 would keep the file from datasette's other users
    import sqlite3  # here: every command imports this module, one in many writes SQLite

    try:
        db = sqlite3.connect(tmp)
        try:
            _fill(db, selections)
            db.commit()
        finally:
            db.close()
        if target is not None:
            os.replace(tmp, target)
        else:
            with open(tmp, "rb") as built, open(path, "wb") as out:
                shutil.copyfileobj(built, out)
    except sqlite3.Error as e:
        raise QuotesError(f"{path}: cannot write the SQLite file ({e})") from e
    except OSError as e:
        raise QuotesError(f"{path}: cannot write: {e.strerror or e}") from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fill(db: Any, selections: Sequence[Selection]) -> None:
    db.executescript(_SCHEMA)
    people: dict[str, tuple[int, set[str], dict[str, None]]] = {}
    for sel in selections:
        art = sel.record.article
        db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                sel.record.id,
                art.title,
                art.source,
                art.date.isoformat() if art.date else None,
                json.dumps(list(art.authors), ensure_ascii=False),
                art.url,
                art.text,
            ),
        )
        for qid, q in sel.quotes:
            db.execute(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    qid,
                    sel.record.id,
                    q.speaker,
                    q.speaker_title,
                    q.text,
                    q.kind,
                    q.cue,
                    round(q.confidence, 2),
                    q.paragraph,
                    q.start,
                    q.end,
                    json.dumps([list(s) for s in q.spans]),
                ),
            )
            if q.speaker:
                count, articles, titles = people.get(q.speaker, (0, set(), {}))
                articles.add(sel.record.id)
                if q.speaker_title:
                    titles[q.speaker_title] = None
                people[q.speaker] = (count + 1, articles, titles)
    db.executemany(
        "INSERT INTO people VALUES (?, ?, ?, ?)",
        [
            (name, count, len(articles), json.dumps(list(titles), ensure_ascii=False))
            for name, (count, articles, titles) in sorted(people.items())
        ],
    )
    db.execute(
        "INSERT INTO quotes_fts (rowid, text, speaker, speaker_title) "
        "SELECT rowid, text, speaker, speaker_title FROM quotes"
    )


_TEXT_WRITERS: dict[str, Callable[[Sequence[Selection]], str]] = {
    "csl-json": csl_json,
    "bibtex": bibtex,
    "ris": ris,
    "jsonl": jsonl,
}


def text(selections: Sequence[Selection], fmt: str) -> str:
    """The selections in text format ``fmt`` (one of ``TEXT_FORMATS``)."""
    try:
        return _TEXT_WRITERS[fmt](selections)
    except KeyError:
        raise QuotesError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})") from None
