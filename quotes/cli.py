"""The ``quotes`` command line: a thin click layer over ``quotes.library``.

Commands parse options, call the library and print; every ``QuotesError`` (and
any other failure) becomes a one-line ``Error: ...`` with exit status 1, and
click's usage errors exit 2. No traceback is shown unless QUOTES_DEBUG is set.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from click.shell_completion import CompletionItem

from quotes import __version__, article, export, library, names, sources, yamlio
from quotes.cite import STYLES, cite
from quotes.engine import Hit
from quotes.errors import ArticleError, QuotesError
from quotes.library import Ingested, Library
from quotes.model import Article, Quote
from quotes.render import LIST_FORMATS, Column, jsonable, render, table

F = TypeVar("F", bound=Callable[..., Any])

HIT_COLUMNS = (
    Column("id", "ID", max_width=19),
    Column("date", "DATE", max_width=10),
    Column("speaker", "SPEAKER", max_width=26),
    Column("text", "QUOTE", wrap=True, marks="matches"),
    Column("source", "SOURCE", max_width=16),
)
QUOTE_COLUMNS = (
    Column("start", "START", max_width=6),
    Column("end", "END", max_width=6),
    Column("kind", "KIND", max_width=7),
    Column("speaker", "SPEAKER", max_width=22),
    Column("text", "QUOTE", wrap=True),
)
EXPLAIN_COLUMNS = (
    Column("start", "START", max_width=6),
    Column("kind", "KIND", max_width=7),
    Column("speaker", "SPEAKER", max_width=22),
    Column("rule", "RULE", max_width=10),
    Column("mention", "MENTION", max_width=22),
    Column("text", "QUOTE", wrap=True),
    Column("candidates", "CANDIDATES", wrap=True),
)
SPEAKER_COLUMNS = (
    Column("name", "SPEAKER", max_width=40),
    Column("quotes", "QUOTES", max_width=6),
    Column("articles", "ARTICLES", max_width=8),
    Column("titles", "TITLES", wrap=True),
)


@dataclass(frozen=True)
class Context:
    """What the group passes to its commands: where the store is."""

    store: Path

    def library(self, must_exist: bool = True) -> Library:
        # Looked up at call time so tests can substitute the extractor.
        extractor = library.default_extractor
        return Library.open(self.store, extractor) if must_exist else Library.at(self.store, extractor)


class QuotesGroup(click.Group):
    """A click group that turns every error into a one-line message (exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except QuotesError as e:
            raise click.ClickException(str(e)) from e
        except BrokenPipeError:
            # The reader went away (`quotes by X | head`): it had all it wanted, so stop
            # quietly and successfully, whatever the size of the output, pointing stdout
            # at devnull so the interpreter's final flush cannot fail either.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from e
        except Exception as e:
            if os.environ.get("QUOTES_DEBUG"):
                raise
            message = " ".join(f"internal error: {type(e).__name__}: {e}".split())
            raise click.ClickException(f"{message} (set QUOTES_DEBUG=1 for details)") from e


def output_options(formats: Sequence[str] = LIST_FORMATS, default: str = "table") -> Callable[[F], F]:
    """The one ``--format`` option of listing commands."""

    def decorator(fn: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(formats)),
            default=default,
            show_default=True,
            help=(
                "Output format; table is for people, the others for programs."
                if "table" in formats
                else f"Output format: {' or '.join(formats)}."
            ),
        )(fn)

    return decorator


def store_option(fn: F) -> F:
    """``--store`` after the command too (``quotes speakers --store DIR``), as before it."""

    def use(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
        if value is not None:
            ctx.obj = Context(store=value)

    return click.option(
        "--store",
        type=click.Path(path_type=Path),
        expose_value=False,
        is_eager=True,
        callback=use,
        help="Store directory, as the group's --store (default: $QUOTES_STORE or ./index).",
    )(fn)


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    empty: str,
    fields: Sequence[str] | None = None,
) -> None:
    """Print ``rows`` to stdout; ``empty`` goes to stderr when there are none (and a table is asked for).

    ``fields`` are the rows' keys, for the CSV header even when there are no rows.
    """
    if not rows and fmt == "table":
        click.echo(empty, err=True)
        return
    out = sys.stdout
    color = out.isatty() and not os.environ.get("NO_COLOR")
    width = shutil.get_terminal_size((100, 24)).columns
    render(rows, columns, fmt, out, width=width, color=color, fields=fields)


HIT_FIELDS = (
    "id",
    "speaker",
    "speaker_title",
    "text",
    "kind",
    "cue",
    "date",
    "source",
    "title",
    "article_id",
    "start",
    "end",
    "matches",
)
SPEAKER_FIELDS = ("name", "quotes", "articles", "titles")


def hit_row(hit: Hit) -> dict[str, Any]:
    return {field: getattr(hit, field) for field in HIT_FIELDS}


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return article.parse_date(value, f"--{param.name}")
    except ArticleError as e:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from e


# ---- shell completion (click's: see the README) ----------------------------------------------------------
# Completion runs without the group's callback, so the store is read from the parsed
# --store, then $QUOTES_STORE, then ./index; any failure completes nothing, quietly.


def _completion_library(ctx: click.Context) -> Library | None:
    store = ctx.obj.store if isinstance(ctx.obj, Context) else ctx.find_root().params.get("store")
    try:
        return Library.open(Path(store or os.environ.get("QUOTES_STORE") or "index"))
    except (QuotesError, OSError):
        return None


_SHELL_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def complete_speaker(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Speakers whose name, or a word of it (the surname), starts with what was typed."""
    lib = _completion_library(ctx)
    if lib is None:
        return []
    typed = names.fold(incomplete)
    try:
        known = lib.speakers()
    except (QuotesError, OSError):
        return []
    # bash puts a completion on the line as it is, so "Dmitry Peskov" would become two
    # arguments: escape the space, twice, as click's bash script reads each line with a
    # plain `read` that takes one level of backslashes. zsh and fish quote what they insert.
    bash = os.environ.get("_QUOTES_COMPLETE", "").startswith("bash")
    return [
        CompletionItem(
            _SHELL_SPECIAL.sub(r"\\\\\1", s.name) if bash else s.name, help=_count(s.quotes, "quote")
        )
        for s in known
        if any(w.startswith(typed) for w in [names.fold(s.name), *names.fold(s.name).split()])
    ]


_MAX_COMPLETED_RECORDS = 20


def complete_quote_id(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Quote ids starting with what was typed, the quote's speaker and words as help; while
    the prefix still matches many articles, the article ids (``ID-``) to narrow it."""
    lib = _completion_library(ctx)
    if lib is None:
        return []
    try:
        articles = [a for a in lib.store.ids() if a.startswith(incomplete[:12])]
        if len(articles) > _MAX_COMPLETED_RECORDS:
            return [CompletionItem(f"{a}-", help="article") for a in articles]
        items = []
        for article_id in articles:
            record = lib.store.get(article_id)
            for qid, q in zip(record.quote_ids(), record.quotes, strict=True):
                if qid.startswith(incomplete):
                    words = " ".join(q.text.split())
                    items.append(CompletionItem(qid, help=f"{q.speaker or '-'}: {words[:60]}"))
        return items
    except (QuotesError, OSError):
        return []


@click.group(cls=QuotesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    envvar="QUOTES_STORE",
    default="index",
    show_default=True,
    show_envvar=True,
    help="Store directory (records/ and the search index).",
)
@click.version_option(__version__, prog_name="quotes")
@click.pass_context
def cli(ctx: click.Context, store: Path) -> None:
    """Find quotations in news articles, attribute them to speakers, search them.

    Start with `quotes ingest seeds/`, then `quotes by Peskov` or `quotes search Moscow`.
    """
    ctx.obj = Context(store=store)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--title", help="Article title (overrides sidecar and front matter).")
@click.option("--source", help="Outlet that published it, e.g. Newsweek.")
@click.option("--date", callback=_date_option, help="Publication date, YYYY-MM-DD.")
@click.option("--author", "authors", multiple=True, help="Author; repeat for several.")
@click.option("--url", help="Web address of the article.")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="In directories, take the files matching PATTERN (e.g. '*.html'; repeatable) "
    "instead of every .txt .md .html .htm .warc .warc.gz .jsonl.",
)
@click.option(
    "--input-format",
    "kind",
    type=click.Choice(sources.KINDS),
    help="Read every input as this kind, whatever its name (default: by suffix; stdin is sniffed).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=sources.web.TIMEOUT,
    show_default=True,
    help="Seconds to wait for a web page.",
)
@store_option
@click.pass_obj
def ingest(
    obj: Context,
    inputs: tuple[str, ...],
    title: str | None,
    source: str | None,
    date: dt.date | None,
    authors: tuple[str, ...],
    url: str | None,
    globs: tuple[str, ...],
    kind: str | None,
    timeout: float,
) -> None:
    """Extract the quotes of articles and add them to the store.

    \b
    INPUT is any of:
      FILE.txt, FILE.md   an article (YAML front matter and NAME.meta.yaml read)
      FILE.html, .htm     a saved web page (main text and metadata by trafilatura)
      FILE.warc[.gz]      a web archive: every HTML page in it
      FILE.jsonl          one article a line: text, title, source, date, url, authors
      DIRECTORY           those files, recursively (README* and sidecars skipped; --glob)
      https://...         a web page, fetched
      -                   standard input (text, HTML, WARC or JSON Lines, sniffed)

    Metadata comes from what the input says, then NAME.meta.yaml, then these
    options, the options winning. Mojibake ("FranÃ§ois") is repaired. Ingesting
    an unchanged article again changes nothing. Bad inputs are reported and
    skipped; the exit status is then 1.
    """
    if inputs.count("-") > 1:
        raise click.UsageError("- (stdin) can be given only once")
    options = article.Metadata(title=title, source=source, date=date, authors=authors, url=url)
    errors: list[ArticleError] = []

    def articles() -> Iterator[Article]:
        # One iterator of articles or errors: a bad input is reported and skipped, not fatal.
        for item in sources.read_inputs(inputs, options, globs=globs, kind=kind, timeout=timeout):
            if isinstance(item, ArticleError):
                errors.append(item)
            else:
                yield item

    lib = obj.library(must_exist=False)
    if sys.stderr.isatty():
        count = 0

        def progress(_: Ingested) -> None:
            nonlocal count
            count += 1
            click.echo(f"\ringesting: {_count(count, 'article')}", err=True, nl=False)

        done = lib.ingest(articles(), progress=progress)
        if count:
            click.echo("", err=True)
    else:
        done = lib.ingest(articles())
    for error in errors:
        click.echo(f"Error: {error}", err=True)
    if done:
        click.echo(_summary(done, obj.store))
    if errors:
        sys.exit(1)


def _summary(done: Sequence[Ingested], store: Path) -> str:
    # Two files with the same text are one article (its id comes from the text):
    # count it once, with what its first file did and the record its last one left.
    first: dict[str, str] = {}
    last: dict[str, Ingested] = {}
    for d in done:
        first.setdefault(d.record.id, d.status)
        last[d.record.id] = d
    statuses = list(first.values())
    counts = {s: statuses.count(s) for s in ("added", "updated", "unchanged")}
    quotes = sum(len(d.record.quotes) for d in last.values())
    summary = (
        f"ingested {_count(len(last), 'article')} into {store} "
        f"({', '.join(f'{v} {k}' for k, v in counts.items())}); {_count(quotes, 'quote')}"
    )
    if len(done) > len(last):
        summary += f"; {_count(len(done) - len(last), 'input')} repeated the text of another"
    return summary


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@output_options(("json", "jsonl", "yaml", "table"), default="json")
@click.option(
    "--explain",
    is_flag=True,
    help="Also say, per quote, how its speaker was chosen: the rule (or sweep) that proposed "
    "the words read (rule), what they were (reading: name, pronoun or np), and every "
    "candidate the ranker weighed, with the sources that proposed it and its score "
    "(candidates; NONE is nobody).",
)
def extract(file: Path, fmt: str, explain: bool) -> None:
    """Print the quotes found in one article.

    The store is not touched. FILE is an article (- for stdin) or a saved web
    page (.html, .htm: its main text, as ingest reads it). Each quote is printed with its text,
    start/end and spans (character offsets into the article text after any
    front matter, or into the page's main text, end exclusive), speaker,
    speaker_mention, speaker_title, cue, kind (full, partial, title, term),
    confidence, paragraph and nested quotes. JSON output is one array. The
    text is taken as it is, mojibake included, so offsets match the file.
    """
    kind = None if str(file) == "-" else sources.kind_of(file.name)
    if kind in ("warc", "jsonl"):
        raise click.UsageError(f"{file} holds many articles: ingest it, or extract one article's text")
    if kind == "html":
        from quotes.sources.html import read_html

        art = Article(text=read_html(file.read_bytes(), str(file))[1], path=str(file))
    else:
        # quotes need no metadata: a broken sidecar must not stop them being read
        art = (
            article.read_stream(sys.stdin.buffer)
            if str(file) == "-"
            else article.read_article(file, sidecar=False)
        )
    if explain:
        from quotes.extract import explain_quotes  # the extractor's own account, past the library

        rows = [{**e.to_dict(), "mention": _mention_text(e.quote)} for e in explain_quotes(art.text)]
        if fmt == "table":
            for row in rows:
                row["candidates"] = _candidates_text(row["candidates"])
        emit(rows, EXPLAIN_COLUMNS, fmt, "no quotes found")
        return
    rows = [q.to_dict() for q in library.extract_record(art, library.default_extractor).quotes]
    emit(rows, QUOTE_COLUMNS, fmt, "no quotes found")


def _candidates_text(candidates: Any) -> str:
    """ "she [before,pronoun] 2.31; NONE -0.40": the candidates on one line, best first."""
    return "; ".join(
        f"{c['mention'] or 'NONE'} [{','.join(c['sources'])}] {c['score']:.2f}" for c in candidates
    )


def _mention_text(quote: Quote) -> str | None:
    return quote.speaker_mention.text if quote.speaker_mention else None


@cli.command()
@click.argument("query")
@click.option(
    "--speaker", shell_complete=complete_speaker, help="Only quotes of this speaker (full name or surname)."
)
@click.option("--since", callback=_date_option, help="Only articles dated on or after YYYY-MM-DD.")
@click.option("--until", callback=_date_option, help="Only articles dated on or before YYYY-MM-DD.")
@click.option("--source", help="Only articles from this outlet.")
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most results shown."
)
@click.option("--include-terms", is_flag=True, help="Also find titles and scare-quoted terms.")
@output_options()
@store_option
@click.pass_obj
def search(
    obj: Context,
    query: str,
    speaker: str | None,
    since: dt.date | None,
    until: dt.date | None,
    source: str | None,
    limit: int,
    include_terms: bool,
    fmt: str,
) -> None:
    """Full-text search of quotes, best matches first.

    QUERY uses whoosh syntax: words (stemmed), "exact phrases", AND, OR, NOT,
    word*, and field:value for speaker, speaker_title, source, title, cue, kind
    and date (date:2024-11-06, date:[2024-01-01 to 2024-06-30]). "" matches all.
    """
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    hits = obj.library().search(
        query,
        speaker=speaker,
        since=since,
        until=until,
        source=source,
        limit=limit + 1,  # one more, to know whether there are more
        include_terms=include_terms,
    )
    emit([hit_row(h) for h in hits[:limit]], HIT_COLUMNS, fmt, "no quotes found", HIT_FIELDS)
    if len(hits) > limit:
        click.echo(f"(the best {limit} shown; --limit for more)", err=True)


@cli.command()
@click.argument("name", shell_complete=complete_speaker)
@output_options()
@store_option
@click.pass_obj
def by(obj: Context, name: str, fmt: str) -> None:
    """Every quote of a speaker, oldest first.

    NAME is a full name or a surname, in any case and with or without accents:
    Peskov, peskov and "Dmitry Peskov" are the same speaker.
    """
    emit([hit_row(h) for h in obj.library().by(name)], HIT_COLUMNS, fmt, "no quotes found", HIT_FIELDS)


SHOW_COLUMNS = (Column("field", "FIELD", max_width=14), Column("value", "VALUE", wrap=True))


@cli.command()
@click.argument("quote_id", metavar="ID", shell_complete=complete_quote_id)
@output_options(("yaml", "json", "table"), default="yaml")
@store_option
@click.pass_obj
def show(obj: Context, quote_id: str, fmt: str) -> None:
    """Show one quote with its article's metadata and the paragraph it stands in.

    The article's title, source, date, authors and URL are under `article`
    (yaml, json) or in rows of their own (table).
    """
    found = obj.library().show(quote_id)
    art = found.record.article
    text = art.text
    start = text.rfind("\n", 0, found.quote.start) + 1
    end = text.find("\n", found.quote.end)
    row = {
        "id": found.id,
        **found.quote.to_dict(),
        "article": {"id": found.record.id, **art.meta_dict()},
        "context": text[start : end if end >= 0 else len(text)],
    }
    if fmt == "json":
        click.echo(json.dumps(jsonable(row), indent=2, ensure_ascii=False))
    elif fmt == "table":
        q = found.quote
        fields = [
            ("id", found.id),
            ("quote", q.text),
            ("speaker", q.speaker),
            ("speaker title", q.speaker_title),
            ("cue", q.cue),
            ("kind", q.kind),
            ("confidence", q.confidence),
            ("offsets", ", ".join(f"{s}-{e}" for s, e in q.spans)),
            ("title", art.title),
            ("source", art.source),
            ("date", art.date),
            ("authors", "; ".join(art.authors)),
            ("url", art.url),
            ("article id", found.record.id),
            ("context", row["context"]),
        ]
        rows = [{"field": k, "value": v} for k, v in fields if v not in (None, "")]
        width = shutil.get_terminal_size((100, 24)).columns
        click.echo(table(rows, SHOW_COLUMNS, width=width, color=False, spaced=False), nl=False)
    else:
        click.echo(yamlio.dump(row), nl=False)


@cli.command()
@output_options()
@store_option
@click.pass_obj
def speakers(obj: Context, fmt: str) -> None:
    """Every speaker, with quote and article counts.

    Most quoted first; a speaker's titles are those the articles gave them.
    """
    rows = [{field: getattr(s, field) for field in SPEAKER_FIELDS} for s in obj.library().speakers()]
    emit(rows, SPEAKER_COLUMNS, fmt, "no speakers yet", SPEAKER_FIELDS)


@cli.command()
@store_option
@click.pass_obj
def reindex(obj: Context) -> None:
    """Rebuild the search index from the stored records alone."""
    articles, quotes = obj.library().reindex()
    click.echo(f"reindexed {_count(quotes, 'quote')} from {_count(articles, 'article')} in {obj.store}")


def filter_options(fn: F) -> F:
    """The search filters, for commands that select quotes as ``search`` does."""
    for option in reversed(
        [
            click.option(
                "--speaker",
                shell_complete=complete_speaker,
                help="Only quotes of this speaker (full name or surname).",
            ),
            click.option(
                "--since", callback=_date_option, help="Only articles dated on or after YYYY-MM-DD."
            ),
            click.option(
                "--until", callback=_date_option, help="Only articles dated on or before YYYY-MM-DD."
            ),
            click.option("--source", help="Only articles from this outlet."),
            click.option("--include-terms", is_flag=True, help="Also take titles and scare-quoted terms."),
        ]
    ):
        fn = option(fn)
    return fn


@cli.command(name="export")
@click.argument("query", default="")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(export.FORMATS),
    required=True,
    help="csl-json (pandoc, Zotero), bibtex, ris (reference managers), jsonl (whole records) "
    "or sqlite (a database file for datasette; needs --output).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="File to write (default: standard output; sqlite needs a file).",
)
@filter_options
@store_option
@click.pass_obj
def export_command(
    obj: Context,
    query: str,
    fmt: str,
    output: Path | None,
    speaker: str | None,
    since: dt.date | None,
    until: dt.date | None,
    source: str | None,
    include_terms: bool,
) -> None:
    """Export the quotes matching QUERY (default: all) with their articles.

    QUERY and the filters are those of `search`. Citation formats give one entry
    per article (its id is the article id), the quotes in its note; jsonl gives
    each article's whole record; sqlite writes tables articles, quotes, people
    and the full-text table quotes_fts.
    """
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    to_stdout = output is None or str(output) == "-"
    if fmt == "sqlite" and to_stdout:
        raise click.UsageError("--format sqlite writes a database file: give --output FILE")
    lib = obj.library()
    hits = lib.search(
        query,
        speaker=speaker,
        since=since,
        until=until,
        source=source,
        limit=None,
        include_terms=include_terms,
    )
    chosen = export.select(hits, lib.store.get)
    if fmt == "sqlite":
        assert output is not None
        export.sqlite(chosen, output)
    elif to_stdout:
        click.echo(export.text(chosen, fmt), nl=False)
    else:
        assert output is not None
        output.write_text(export.text(chosen, fmt), encoding="utf-8")
    if not to_stdout:
        quotes = sum(len(s.quote_ids) for s in chosen)
        click.echo(
            f"exported {_count(quotes, 'quote')} from {_count(len(chosen), 'article')} to {output}", err=True
        )
    elif not chosen:
        click.echo("no quotes found", err=True)


@cli.command(name="cite")
@click.argument("quote_id", metavar="ID", shell_complete=complete_quote_id)
@click.option(
    "--style",
    type=click.Choice(STYLES),
    default="plain",
    show_default=True,
    help="Citation style: plain or markdown to paste into a story, apa, mla or chicago for a paper.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csl-json"]),
    default="text",
    show_default=True,
    help="text in --style, or csl-json: the article as a CSL-JSON item (pandoc, Zotero), "
    "the quote in its note.",
)
@store_option
@click.pass_obj
def cite_command(obj: Context, quote_id: str, style: str, fmt: str) -> None:
    """Cite a quote: who said it, quoted in which article.

    apa, mla and chicago give the in-text sentence and the reference entry
    (Chicago: the note too); plain and markdown give the quote and its attribution.
    """
    found = obj.library().show(quote_id)
    if fmt == "csl-json":
        click.echo(export.csl_json([export.Selection(found.record, (found.id,))]), nl=False)
    else:
        click.echo(cite(found.record, found.quote, style))


def main() -> None:
    """Console entry point."""
    cli(prog_name="quotes")
