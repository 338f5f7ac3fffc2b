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
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from quotes import __version__, library
from quotes.cite import STYLES, cite
from quotes.errors import ArticleError, QuotesError
from quotes.library import Ingested, Library
from quotes.model import Article
from quotes.render import LIST_FORMATS, Column, jsonable, render
from quotes.search import Hit

F = TypeVar("F", bound=Callable[..., Any])

HIT_COLUMNS = (
    Column("id", "ID", max_width=19),
    Column("date", "DATE", max_width=10),
    Column("speaker", "SPEAKER", max_width=26),
    Column("text", "QUOTE", wrap=True, marks="matches"),
    Column("source", "SOURCE", max_width=16),
)
# When titles and scare-quoted terms are listed, say which a row is.
KIND_COLUMN = Column("kind", "KIND", max_width=7)
QUOTE_COLUMNS = (
    Column("start", "START", max_width=6),
    Column("end", "END", max_width=6),
    Column("kind", "KIND", max_width=7),
    Column("speaker", "SPEAKER", max_width=22),
    Column("text", "QUOTE", wrap=True),
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

    def library(self, must_exist: bool = True, engine: str | None = None) -> Library:
        # Looked up at call time so tests can substitute the extractor.
        extractor = library.default_extractor
        if must_exist:
            return Library.open(self.store, extractor)
        return Library.at(self.store, extractor, engine=engine)


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
    # Read here rather than by quotes.article, which a search need not import (nor YAML).
    if value is None:
        return None
    text = value.strip()
    try:
        if len(text) == 10 and text[4] == text[7] == "-":
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


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
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--title", help="Article title (overrides sidecar and front matter).")
@click.option("--source", help="Outlet that published it, e.g. Newsweek.")
@click.option("--date", callback=_date_option, help="Publication date, YYYY-MM-DD.")
@click.option("--author", "authors", multiple=True, help="Author; repeat for several.")
@click.option("--url", help="Web address of the article.")
@click.option(
    "--engine",
    type=click.Choice(library.ENGINES),
    help="Search engine of a new store (default whoosh); a store keeps the one it was created with.",
)
@store_option
@click.pass_obj
def ingest(
    obj: Context,
    paths: tuple[Path, ...],
    title: str | None,
    source: str | None,
    date: dt.date | None,
    authors: tuple[str, ...],
    url: str | None,
    engine: str | None,
) -> None:
    """Extract the quotes of articles and add them to the store.

    PATHS are article files, directories (searched recursively for .txt and .md)
    or - for one article on stdin. Metadata comes from NAME.meta.yaml beside
    NAME.txt, YAML front matter, and these options, the options winning.
    Ingesting an unchanged article again changes nothing. Bad files are
    reported and skipped; the exit status is then 1.
    """
    from quotes import article

    options = article.Metadata(title=title, source=source, date=date, authors=authors, url=url)
    stdin = [p for p in paths if str(p) == "-"]
    if len(stdin) > 1:
        raise click.UsageError("- (stdin) can be given only once")
    found, errors = article.find_all(p for p in paths if str(p) != "-")

    def articles() -> Iterator[Article]:
        # Read lazily so one bad file is reported and skipped, not fatal.
        if stdin:
            try:
                yield article.read_stream(sys.stdin.buffer, options)
            except ArticleError as e:
                errors.append(e)
        for path in found:
            try:
                yield article.read_article(path, options)
            except ArticleError as e:
                errors.append(e)

    lib = obj.library(must_exist=False, engine=engine)
    total = len(found) + len(stdin)
    if total > 1 and sys.stderr.isatty():
        with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:
            done = lib.ingest(articles(), progress=lambda _: bar.update(1))
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
def extract(file: Path, fmt: str) -> None:
    """Print the quotes found in one article.

    The store is not touched. FILE is an article (- for stdin). Each quote is printed with its text,
    start/end and spans (character offsets into the article text after any
    front matter, end exclusive), speaker, speaker_mention, speaker_title, cue,
    kind (full, partial, title, term), confidence, paragraph and nested quotes.
    JSON output is one array.
    """
    from quotes import article

    # quotes need no metadata: a broken sidecar must not stop them being read
    art = (
        article.read_stream(sys.stdin.buffer)
        if str(file) == "-"
        else article.read_article(file, sidecar=False)
    )
    rows = [q.to_dict() for q in library.extract_record(art, library.default_extractor).quotes]
    emit(rows, QUOTE_COLUMNS, fmt, "no quotes found")


def filter_options(fn: F) -> F:
    """The filters and paging that ``search`` and ``by`` share."""
    for option in reversed(
        [
            click.option(
                "--since", callback=_date_option, help="Only articles dated on or after YYYY-MM-DD."
            ),
            click.option(
                "--until", callback=_date_option, help="Only articles dated on or before YYYY-MM-DD."
            ),
            click.option("--source", help="Only articles from this outlet."),
            click.option(
                "--offset", type=click.IntRange(min=0), default=0, help="Skip this many results first."
            ),
        ]
    ):
        fn = option(fn)
    return fn


def _check_dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")


def emit_hits(hits: Iterator[Hit], fmt: str, kinds: bool, limit: int | None, offset: int) -> None:
    """Print hits (all of them, or ``limit`` and a note on stderr when ``hits`` has more).

    JSON lines are written as the hits are read, so a long listing starts at once.
    """
    columns = (*HIT_COLUMNS[:3], KIND_COLUMN, *HIT_COLUMNS[3:]) if kinds else HIT_COLUMNS
    if fmt == "jsonl":
        shown = 0
        for hit in hits:
            if limit is not None and shown == limit:
                click.echo(_more(limit, offset), err=True)
                return
            render([hit_row(hit)], columns, fmt, sys.stdout)
            shown += 1
        if not shown:
            click.echo("no quotes found", err=True)
        return
    rows = [hit_row(h) for h in hits]
    if limit is not None and len(rows) > limit:
        emit(rows[:limit], columns, fmt, "no quotes found", HIT_FIELDS)
        click.echo(_more(limit, offset), err=True)
    else:
        emit(rows, columns, fmt, "no quotes found", HIT_FIELDS)


def _more(limit: int, offset: int) -> str:
    return f"({_count(limit, 'quote')} shown; --limit for more, --offset {offset + limit} for the next)"


@cli.command()
@click.argument("query")
@click.option("--speaker", help="Only quotes of this speaker (full name or surname).")
@filter_options
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
    offset: int,
    limit: int,
    include_terms: bool,
    fmt: str,
) -> None:
    """Full-text search of quotes, best matches first.

    QUERY: words (stemmed), "exact phrases", AND, OR, NOT, word*, and
    field:value for speaker, speaker_title, source, title, cue, kind and date
    (date:2024-11-06, date:[2024-01-01 to 2024-06-30]). "" matches all, oldest
    first. --offset and --limit page through the results.
    """
    _check_dates(since, until)
    hits = obj.library().search(
        query,
        speaker=speaker,
        since=since,
        until=until,
        source=source,
        limit=limit + 1,  # one more, to know whether there are more
        offset=offset,
        include_terms=include_terms,
    )
    emit_hits(hits, fmt, include_terms or "kind:" in query.lower(), limit, offset)


@cli.command()
@click.argument("name")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="Most results shown (default: all).")
@output_options()
@store_option
@click.pass_obj
def by(
    obj: Context,
    name: str,
    since: dt.date | None,
    until: dt.date | None,
    source: str | None,
    offset: int,
    limit: int | None,
    fmt: str,
) -> None:
    """Every quote of a speaker, oldest first.

    NAME is a full name or a surname, in any case and with or without accents:
    Peskov, peskov and "Dmitry Peskov" are the same speaker. The filters are
    search's; --offset and --limit page through a long list.
    """
    _check_dates(since, until)
    hits = obj.library().by(
        name,
        since=since,
        until=until,
        source=source,
        limit=None if limit is None else limit + 1,
        offset=offset,
    )
    emit_hits(hits, fmt, False, limit, offset)


@cli.command()
@click.argument("quote_id", metavar="ID")
@output_options(("yaml", "json"), default="yaml")
@store_option
@click.pass_obj
def show(obj: Context, quote_id: str, fmt: str) -> None:
    """Show one quote with its article and the paragraph it stands in."""
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
    else:
        from quotes import yamlio

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


@cli.command(name="cite")
@click.argument("quote_id", metavar="ID")
@click.option(
    "--style",
    type=click.Choice(STYLES),
    default="plain",
    show_default=True,
    help="Citation style: plain or markdown to paste into a story, apa, mla or chicago for a paper.",
)
@store_option
@click.pass_obj
def cite_command(obj: Context, quote_id: str, style: str) -> None:
    """Cite a quote: who said it, quoted in which article.

    apa, mla and chicago give the in-text sentence and the reference entry
    (Chicago: the note too); plain and markdown give the quote and its attribution.
    """
    found = obj.library().show(quote_id)
    click.echo(cite(found.record, found.quote, style))


def main() -> None:
    """Console entry point."""
    cli(prog_name="quotes")
