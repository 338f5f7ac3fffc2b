"""The ``quotes`` command line: a thin click layer over ``quotes.library``.

Commands parse options, call the library and print; every ``QuotesError`` (and
any other failure) becomes a one-line ``Error: ...`` with exit status 1, and
click's usage errors exit 2. No traceback is shown unless QUOTES_DEBUG is set.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from quotes import __version__, names
from quotes.errors import ArticleError, NotFound, QuotesError, StoreError
from quotes.kinds import KINDS, STATEMENT_KINDS
from quotes.lock import DEFAULT_WAIT
from quotes.reader import ENGINES, Reader
from quotes.render import LIST_FORMATS, Column, jsonable, render, table
from quotes.search import Hit
from quotes.store import is_article_id

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from quotes.corrections import Correction
    from quotes.library import Ingested, Library
    from quotes.model import Article, Quote

# A command imports what only it needs (writing, reading articles, exporting, citing) when it
# runs: `search` and `by` start as a process, and most of a process's time is its imports. The
# commands that only read a store use its ``Reader``, and load nothing of the library's writing.
# The choices of options that those modules define are repeated here for that reason
# (tests/test_cli.py checks that they agree).
INPUT_KINDS = ("text", "html", "warc", "jsonl")  # quotes.sources.KINDS
FETCH_TIMEOUT = 30.0  # quotes.sources.web.TIMEOUT
EXPORT_FORMATS = ("csl-json", "bibtex", "ris", "jsonl", "sqlite")  # quotes.export.FORMATS
CITE_STYLES = ("plain", "markdown", "apa", "mla", "chicago")  # quotes.cite.STYLES

F = TypeVar("F", bound=Callable[..., Any])


class Count(click.IntRange):
    """A whole number within bounds. Named "integer", so that `--limit abc` says "'abc' is
    not a valid integer" and help shows INTEGER, where click's own names it an "integer
    range"."""

    name = "integer"


class Amount(click.FloatRange):
    """A number within bounds, named "number" (click's own: "float range")."""

    name = "number"


HIT_COLUMNS = (
    Column("id", "ID", max_width=19, never_cut=True),
    Column("date", "DATE", max_width=10),
    Column("speaker", "SPEAKER", max_width=30, whole=True),
    Column("text", "QUOTE", wrap=True, marks="matches"),
    Column("source", "SOURCE", max_width=30, whole=True),
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
    Column("name", "SPEAKER", max_width=30),
    Column("quotes", "QUOTES", max_width=6),
    Column("articles", "ARTICLES", max_width=8),
    Column("titles", "TITLES", wrap=True, hide_empty=True),
    Column("also", "ALSO", max_width=24, hide_empty=True),
    Column("note", "NOTE", wrap=True, hide_empty=True),
)
CORRECTION_COLUMNS = (
    Column("date", "DATE", max_width=20),
    Column("quote", "QUOTE ID", max_width=19, never_cut=True),
    Column("change", "CORRECTION", wrap=True),
    Column("state", "STATE", max_width=16, whole=True),  # (whole where it fits: "name not in store")
    Column("text", "QUOTE", wrap=True),
)
CORRECTION_FIELDS = ("date", "action", "quote", "change", "state", "text")


@dataclass(frozen=True)
class Context:
    """What the group passes to its commands: where the store is."""

    store: Path

    def library(self, must_exist: bool = True, warn: bool = True, engine: str | None = None) -> Library:
        """The store's library; for commands that read an existing store (``must_exist``),
        a note on stderr when its index may not reflect its records (unless not ``warn``).
        ``engine`` chooses the search engine of a store not created yet."""
        from quotes import library

        # Looked up at call time so tests can substitute the extractor.
        extractor = library.default_extractor
        if not must_exist:
            if self.store.exists() and not self.store.is_dir():
                # as readers say it, rather than the engine file ingest could not read in it
                raise StoreError(f"{self.store}: not a directory, cannot be a store")
            return replace(library.Library.at(self.store, extractor, engine=engine), notice=_note)
        lib = replace(library.Library.open(self.store, extractor), notice=_note)
        if warn:
            _warn_drift(lib)
        return lib

    def reader(self) -> Reader:
        """The existing store, for commands that only read it (as ``library()``, with its note
        on stderr when the index may not reflect the records)."""
        found = Reader.open(self.store)
        _warn_drift(found)
        return found


def _warn_drift(store: Reader) -> None:
    drift = store.drift()
    if drift:
        click.echo(f"warning: {drift}", err=True)


class Interrupted(click.ClickException):
    """Ctrl-C: a one-line error with the shells' status for a death by SIGINT (128 + 2)."""

    exit_code = 130


class QuotesGroup(click.Group):
    """A click group that turns every error into a one-line message (exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1, like any failure.
            raise Interrupted("interrupted") from None
        except QuotesError as e:
            cause = e.__cause__
            denied = isinstance(cause, OSError) and cause.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
            if denied and isinstance(e, StoreError):
                # a writer on a store mounted read-only or someone else's: what still works
                # (speakers and by write people.yaml when it is missing: not named then)
                readers = [r for r in _READERS if r != ctx.invoked_subcommand]
                raise click.ClickException(
                    f"{e} (the store cannot be written here: {_join(readers, 'and')} still read it)"
                ) from e
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
            if _raised_in_whoosh(e) and isinstance(ctx.obj, Context):
                index = ctx.obj.store / "whoosh"
                raise click.ClickException(
                    f"{index}: damaged search index ({type(e).__name__}: {_clip(str(e))}); "
                    "run quotes check --repair"
                ) from e
            message = " ".join(f"internal error: {type(e).__name__}: {e}".split())
            raise click.ClickException(f"{message} (set QUOTES_DEBUG=1 for details)") from e


#: The commands that read a store without writing it (when its people.yaml is there).
_READERS = ("search", "by", "show", "speakers", "cite", "export")


def _raised_in_whoosh(error: BaseException) -> bool:
    """Whether ``error`` came from inside whoosh (a damaged index file it could not read)."""
    tb = error.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return last is not None and f"{os.sep}whoosh{os.sep}" in last


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
            ctx.obj = Context(store=_store_path(value))

    return click.option(
        "--store",
        type=click.Path(path_type=Path),
        expose_value=False,
        is_eager=True,
        callback=use,
        help="Store directory, as the group's --store (default: $QUOTES_STORE or ./index).",
    )(fn)


def wait_option(fn: F) -> F:
    """``--wait SECONDS``: how long a writer waits for another to finish with the store."""
    return click.option(
        "--wait",
        type=Amount(min=0),
        default=DEFAULT_WAIT,
        show_default=True,
        metavar="SECONDS",
        help="How long to wait for another quotes process writing to this store.",
    )(fn)


def _note(message: str) -> None:
    click.echo(f"note: {message}", err=True)


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _note_stdin() -> None:
    # `quotes ingest -` typed with nothing piped in seemed to hang: say what it waits for
    if _stdin_is_terminal():
        _note("reading the article from the terminal: paste or type it, then Ctrl-D on a line of its own")


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
SPEAKER_FIELDS = ("name", "quotes", "articles", "titles", "also", "note")


def hit_row(hit: Hit) -> dict[str, Any]:
    return {field: getattr(hit, field) for field in HIT_FIELDS}


def _holds_articles(name: str) -> bool:
    """Whether input ``name`` is a directory, a JSON Lines file or a web archive: articles."""
    lower = name.lower()
    return lower.endswith((".jsonl", ".warc", ".warc.gz")) or (name != "-" and Path(name).is_dir())


def _pasted_id(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # An id copied from a table cell brings its spaces (or a capitalised hex digit along).
    return value.strip().lower() if value is not None else None


def _named(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # `--speaker ""` (an unset shell variable) is a mistyped command, not "anyone" nor a name
    if value is not None and not value.strip():
        raise click.BadParameter(f"is empty; give {'an outlet' if param.name == 'source' else 'a name'}")
    return value


def _name_words(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> str:
    # `quotes by Angela Brooks` unquoted: its words are one name, as search's are one query
    return str(_named(ctx, param, " ".join(value)))


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    # Read here rather than by quotes.article, which a search need not import (nor YAML).
    if value is None:
        return None
    text = value.strip()
    try:
        if len(text) == 10 and text[4] == text[7] == "-":
            return dt.date.fromisoformat(text)
    except ValueError as e:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", text):  # the form is right: say what is wrong
            raise click.BadParameter(f"{value!r} is no such date ({e})") from None
    raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


# ---- shell completion (click's: see the README) ----------------------------------------------------------
# Completion runs without the group's callback, so the store is read from the parsed
# --store, then $QUOTES_STORE, then ./index; any failure completes nothing, quietly.


def _completion_reader(ctx: click.Context) -> Reader | None:
    store = ctx.obj.store if isinstance(ctx.obj, Context) else ctx.find_root().params.get("store")
    try:
        return Reader.open(Path(store or os.environ.get("QUOTES_STORE") or "index"))
    except (QuotesError, OSError):
        return None


_SHELL_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def complete_speaker(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Speakers whose name, or a word of it (the surname), starts with what was typed."""
    from click.shell_completion import CompletionItem

    lib = _completion_reader(ctx)
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
    from click.shell_completion import CompletionItem

    lib = _completion_reader(ctx)
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
    ctx.obj = Context(store=_store_path(store))


def _store_path(store: Path) -> Path:
    # QUOTES_STORE="~/news" in a shell script or a .env file keeps its tilde: it was a
    # directory named '~' in the working directory.
    return store.expanduser()


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--title",
    help="Article title (overrides sidecar, front matter and the first line); one article only; "
    '--title "" for none.',
)
@click.option("--source", help="Outlet that published it, e.g. Newsweek.")
@click.option("--date", callback=_date_option, metavar="DATE", help="Publication date, YYYY-MM-DD.")
@click.option("--author", "authors", multiple=True, help="Author; repeat for several.")
@click.option("--url", help="Web address of the article; one article only.")
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
    type=click.Choice(INPUT_KINDS),
    help="Read every input as this kind, whatever its name (default: by suffix; stdin is sniffed).",
)
@click.option(
    "--timeout",
    type=Amount(min=0, min_open=True),
    default=FETCH_TIMEOUT,
    show_default=True,
    help="Seconds to wait for a web page.",
)
@click.option(
    "--jobs",
    type=Count(min=1),
    default=None,
    help="Processes extracting quotes in parallel (default and most: one per core).",
)
@click.option(
    "--replace-edited",
    is_flag=True,
    help="Overwrite records edited by hand since quotes wrote them (kept otherwise).",
)
@wait_option
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    help="Search engine of a new store (default whoosh); a store keeps the one it was created with.",
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
    jobs: int | None,
    replace_edited: bool,
    wait: float,
    engine: str | None,
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
    options, the options winning. Ingested again, an article keeps its stored
    metadata over a guess (the first line's title, a page's own title or site
    name): a --title or --source given once stays; options, a sidecar and front
    matter replace it. A text article with no title from any of
    them takes its first line as its title when that line reads as a headline
    (3 to 25 words, a blank line after it, no punctuation at its end, no
    dateline, date, byline, quotation or page label: README Inputs; the line
    stays in the text). Mojibake ("FranÃ§ois") is repaired. Ingesting
    an unchanged article again changes nothing. Bad inputs are reported and
    skipped; the exit status is then 1. A record edited by hand
    (records/ID.yaml) is kept as it is, with a note, unless --replace-edited.
    One process writes to a store at a time; another waits for it (--wait).
    """
    from quotes import article, sources

    if inputs.count("-") > 1:
        raise click.UsageError("- (stdin) can be given only once")
    many = len(inputs) > 1 or kind in ("jsonl", "warc") or any(_holds_articles(i) for i in inputs)
    if many and (title is not None or url):
        # One title or address given to every article, silently (the options win over files).
        jsonl = kind == "jsonl" or any(sources.kind_of(i) == "jsonl" for i in inputs)
        where = (
            # a JSON line has no front matter nor sidecar: its own fields are the place
            'add "title" and "url" fields to each article\'s JSON line'
            if jsonl
            else "put them in each article's front matter or NAME.meta.yaml"
        )
        raise click.UsageError(
            f"--title and --url belong to one article: give them with one article file (or -), or {where}"
        )
    # --title "" is no title: not the first line's, nor the page's, sidecar's or front matter's
    untitled = title is not None and not title.strip()
    options = article.Metadata(
        title=None if untitled else title, source=source, date=date, authors=authors, url=url
    )
    errors: list[ArticleError] = []
    first_lines: dict[str, str] = {}  # article id: the first line taken as its title, a guess
    from quotes.library import default_jobs

    cores = default_jobs()
    if jobs is not None and jobs > cores:
        # extraction is all CPU: more processes than cores only add memory (and a typo's
        # --jobs 1000 would fork hundreds)
        _note(f"--jobs {jobs} is more than the {_count(cores, 'core')} here: using {cores}")
        jobs = cores
    if "-" in inputs:
        _note_stdin()

    def articles() -> Iterator[Article]:
        # One iterator of articles or errors: a bad input is reported and skipped, not fatal.
        for item in sources.read_inputs(inputs, options, globs=globs, kind=kind, timeout=timeout):
            if isinstance(item, ArticleError):
                errors.append(item)
                continue
            if untitled and item.title is not None:
                item = dataclasses.replace(item, title=None, guessed=item.guessed - {"title"})
            elif "title" in item.guessed and item.title and item.title == article.headline(item.text):
                first_lines[item.id] = item.title  # (a page's own title is a guess too, not said)
            yield item

    lib = obj.library(must_exist=False, engine=engine)
    count = 0
    shown = sys.stderr.isatty()
    held: list[str] = []  # malformed records left out of the index, said after the run (_say_held)

    def progress(_: Ingested) -> None:
        # the total is unknown ahead (a WARC or JSON Lines file holds many articles): a counter
        nonlocal count
        count += 1
        if shown:
            click.echo(f"\ringesting: {_count(count, 'article')}", err=True, nl=False)

    try:
        done = lib.ingest(
            articles(),
            progress,
            jobs=jobs,
            wait=wait,
            replace_edited=replace_edited,
            notice=_note,
            malformed=held.append,
        )
    except KeyboardInterrupt:
        if shown and count:
            click.echo("", err=True)
        _say_held(held, [])
        for error in errors:
            click.echo(f"Error: {error}", err=True)
        if not count:
            raise Interrupted("interrupted before any article was ingested") from None
        # Their records are written; the index and people.yaml may not have them yet, and
        # every command says so until the next writer brings them in step.
        raise Interrupted(
            f"interrupted after {_count(count, 'article')}: their records are written, but search "
            "and speakers may not show them yet; the same ingest again finishes the work without "
            "extracting those again (or quotes check --repair brings the index and speakers up to date)"
        ) from None
    except BaseException:
        _say_held(held, [])  # (the run stopped before saying them: any error, not only ours)
        raise
    if shown and count:
        click.echo("", err=True)
    for error in errors:
        click.echo(f"Error: {error}", err=True)
    _warn_missing(c for d in done for c in d.missing)
    # said only when a record took the first line's title now, not at each ingest again
    guessed = [
        (d.path or d.article_id, first_lines[d.article_id])
        for d in done
        if "title" in d.guessed and d.article_id in first_lines
    ]
    if len(guessed) == 1 and not many:
        title = guessed[0][1]
        _note(f"title taken from its first line: {title!r} (--title to give another, --title '' for none)")
    elif guessed:
        _note_first_lines(guessed)
    if many:
        _note_quoteless(done)
    if untitled:
        # ingest never erases stored metadata (README Inputs): say so rather than "1 unchanged" alone
        for d in done:
            raw = lib.store.stored(d.article_id) if d.status != "added" else None
            kept = _stored_title(lib, d.article_id, raw) if raw is not None else None
            if kept is not None:
                _note(
                    f"--title '' ignored: {d.path or 'the article'} is stored with the title {kept!r}, "
                    "kept (ingest never erases stored metadata: README Inputs says how to take it out)"
                )
    from quotes.library import MALFORMED_REMEDY

    malformed = {d.article_id: d for d in done if d.malformed is not None}
    _say_held(held, malformed.values())
    for d in malformed.values():
        # an error, not a note: the record is kept, but nothing can read it (show, search, cite)
        click.echo(
            f"Error: {d.malformed}: kept as it is, not updated from {d.path or 'the article'}; "
            f"{MALFORMED_REMEDY} (or ingest the article with --replace-edited to overwrite it)",
            err=True,
        )
    edited = {d.article_id: d for d in done if d.status == "edited" and d.malformed is None}
    for d in edited.values():
        _note(
            f"{lib.store.record_path(d.article_id)} was edited by hand since quotes wrote it: kept as it "
            f"is, not updated from {d.path or 'the article'} (--replace-edited to overwrite the edit)"
        )
    fixes: list[Correction] | None = None
    for d in done:
        for old in d.earlier:
            if fixes is None:
                from quotes import corrections

                fixes = corrections.load(lib.store.root)
            # a changed article is a new one (its id comes from its text): the old stays
            _note(
                f"{d.path or 'the article'} was ingested before as {old} (same file or URL, or same title "
                f"and date): both are now in the store{_left_behind(lib, fixes, old, d.article_id)}; "
                f"to take the old one out, delete {lib.store.record_path(old)} and run quotes check "
                "--repair (README: take an article out)"
            )
    if done:
        click.echo(_summary(done, obj.store))
    if errors or malformed:
        sys.exit(1)


def _say_held(held: Sequence[str], malformed: Iterable[Ingested]) -> None:
    """The notes on malformed records found when the index was synced, but those this ingest
    reports as an error itself (one message for one record, with one piece of advice)."""
    from quotes.library import left_out

    reported = tuple(d.malformed for d in malformed if d.malformed is not None)
    for message in held:
        if not message.startswith(reported):
            _note(left_out(message))


def _left_behind(lib: Library, fixes: Sequence[Correction], old: str, new: str) -> str:
    """What the note on an earlier version says of what the user gave it: its corrections, and
    the metadata it has that the new one lacks or has otherwise, stay with it and do not apply to
    the new one (never carried: a file name reused for another article must not give it the old
    one's speakers or title). Metadata the new one took again (its front matter, its page's, its
    NAME.meta.yaml) is not said."""
    n = sum(1 for c in fixes if c.article_id == old)
    fields = _metadata_left(lib, old, new)
    said = ([_count(n, "correction")] if n else []) + fields
    if not said:
        return ""
    see = ["quotes fix --list shows the corrections"] if n else []
    again = ["quotes fix"] if n else []
    if fields:
        see.append(f"quotes show {old} the metadata")
        again.append(_join([_METADATA_OPTION[f] for f in fields], "and"))
    many = len(said) > 1 or n > 1 or said == ["authors"]
    return (
        f"; its {_join(said, 'and')} {'stay' if many else 'stays'} with it and "
        f"{'do' if many else 'does'} not apply to the new one "
        f"({'; '.join(see)}; give them again with {' and '.join(again)})"
    )


#: the ingest option that gives each field of an article's metadata
_METADATA_OPTION = {"title": "--title", "source": "--source", "date": "--date", "authors": "--author"}


def _metadata_left(lib: Library, old_id: str, new_id: str) -> list[str]:
    """The metadata fields given the stored article ``old_id`` (a first line's title is a guess,
    not given) that the article ``new_id`` lacks or has otherwise."""
    from quotes.article import headline

    try:
        old = lib.store.get(old_id).article
    except (StoreError, NotFound, OSError):
        return []
    try:
        new: Article | None = lib.store.get(new_id).article
    except (StoreError, NotFound, OSError):
        new = None
    return [
        f
        for f in _METADATA_OPTION
        if getattr(old, f)
        and not (f == "title" and old.title == headline(old.text))
        and (new is None or getattr(new, f) != getattr(old, f))
    ]


def _note_first_lines(guessed: Sequence[tuple[str, str]]) -> None:
    """Say (stderr) which of many articles took their first line as their title: each named
    with its title (a wrong one would be cited), the first few when there are more."""
    named = ", ".join(f"{where}: {title!r}" for where, title in guessed[:_NAMED])
    more = f" and {len(guessed) - _NAMED} more" if len(guessed) > _NAMED else ""
    which = "title" if len(guessed) == 1 else "titles"
    _note(
        f"{which} taken from the first line: {named}{more} (front matter or a NAME.meta.yaml gives another)"
    )


def _note_quoteless(done: Sequence[Ingested]) -> None:
    """Say (stderr) which articles stored by this run had no quote found: among many
    inputs the summary's total hides them. They are kept (``show ID`` shows one, its record is
    in records/, and a later extractor may find quotes in it); said when added or updated,
    not at each ingest of the same text again."""
    where = {d.article_id: d.path or d.article_id for d in done if d.status in ("added", "updated")}
    empty = [where[d.article_id] for d in done if d.article_id in where and d.quotes == 0]
    empty = list(dict.fromkeys(empty))
    if not empty:
        return
    if len(empty) <= _NAMED:
        _note(f"no quotes found in {', '.join(empty)}: stored all the same")
    else:
        _note(f"no quotes found in {_count(len(empty), 'article')}: stored all the same")


_NAMED = 3  # more articles with no quotes than this are counted, not named


def _stored_title(lib: Library, article_id: str, raw: bytes) -> str | None:
    try:
        return lib.store.parse(article_id, raw).article.title
    except QuotesError:
        return None


def _warn_missing(missing: Iterable[Correction]) -> None:
    """Warn (stderr) of corrections whose quotes the extractor no longer finds (ingest, reindex)."""
    for c in missing:
        click.echo(
            f"Warning: correction of {c.quote} ({c.describe()}, {c.date}): the extractor no longer "
            "finds that quote; the correction is kept in corrections.yaml",
            err=True,
        )


def _summary(done: Sequence[Ingested], store: Path) -> str:
    # Two files with the same text are one article (its id comes from the text):
    # count it once, with what its first file did and the record its last one left.
    first: dict[str, str] = {}
    last: dict[str, Ingested] = {}
    for d in done:
        # a record kept that nothing can read is not counted as an edit kept
        first.setdefault(d.article_id, "malformed" if d.malformed is not None else d.status)
        last[d.article_id] = d
    statuses = list(first.values())
    counts = {s: statuses.count(s) for s in ("added", "updated", "unchanged")}
    if "edited" in statuses:
        counts["kept as edited"] = statuses.count("edited")
    if "malformed" in statuses:
        counts["malformed, kept"] = statuses.count("malformed")
    # a malformed record's quotes are not stored quotes: nothing can read them
    quotes = sum(d.quotes for d in last.values() if d.malformed is None)
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
@click.argument("file")
@output_options(("json", "jsonl", "yaml", "table"), default="json")
@click.option(
    "--explain",
    is_flag=True,
    help="Also say, per quote, how its speaker was chosen: the rule (or sweep) that proposed "
    "the words read (rule), what they were (reading: name, pronoun or np), whether a rule or "
    "the ranker decided (decided_by), and the candidates: every one the ranker weighed, with "
    "the sources that proposed it and its score (NONE is nobody), or the rule's pick alone "
    "where a rule of high precision decided; and why the quote is of its kind (kind_reason: "
    "e.g. statement, titled work, scare quotes).",
)
def extract(file: str, fmt: str, explain: bool) -> None:
    """Print the quotes found in one article.

    The store is not touched. FILE is an article, a saved web page (.html, .htm:
    its main text, as ingest reads it), a web address (http:// or https://), or -
    for stdin (a plain article, a page, or one JSON Lines article, told apart by
    their first bytes). Each quote is printed with its text,
    start/end and spans (character offsets into the article text after any
    front matter, or into the page's main text, end exclusive), speaker,
    speaker_mention, speaker_title, cue, kind (full, partial, title, term),
    confidence, paragraph and nested quotes. JSON output is one array. The
    text is taken as it is, mojibake included, so offsets match the file.
    """
    if file == "-":
        _note_stdin()
    art = _one_article(file)
    if explain:
        from quotes.extract import explain_quotes  # the extractor's own account, past the library

        rows = [{**e.to_dict(), "mention": _mention_text(e.quote)} for e in explain_quotes(art.text)]
        if fmt == "table":
            for row in rows:
                row["candidates"] = _candidates_text(row["candidates"])
        emit(rows, EXPLAIN_COLUMNS, fmt, "no quotes found")
        return
    from quotes import library

    rows = [q.to_dict() for q in library.extract_record(art, library.default_extractor).quotes]
    emit(rows, QUOTE_COLUMNS, fmt, "no quotes found")


def _one_article(name: str) -> Article:
    """The one article ``extract`` reads from ``name``, its text as it came (no
    mojibake repair), so that the offsets printed match the input."""
    from quotes import article, sources
    from quotes.model import Article

    where = article.STDIN_NAME if name == "-" else name
    many = f"{where} holds many articles: ingest it, or extract one article's text"
    if name != "-" and not sources.web.is_url(name):
        path = Path(name)
        kind = sources.kind_of(path.name)
        if kind in ("warc", "jsonl"):
            raise click.UsageError(many)
        if kind == "html":
            from quotes.sources.html import read_html

            raw = article.read_bytes(path, sources.MAX_PAGE_BYTES, "a page")
            return Article(text=read_html(raw, name)[1], path=name)
        # quotes need no metadata: a broken sidecar must not stop them being read
        return article.read_article(path, sidecar=False)
    items = sources.read_inputs([name], repair=False)
    first = next(items, None)
    if isinstance(first, ArticleError):
        raise first
    if first is None:
        raise ArticleError(f"{name}: no article in it")
    if next(items, None) is not None:
        raise click.UsageError(many)
    return first


def _candidates_text(candidates: Any) -> str:
    """ "she [subject,pronoun] 2.31; NONE -0.40": the candidates on one line, best first
    ("she [before] rule" where a rule decided and the ranker was not asked)."""
    return "; ".join(
        f"{c['mention'] or 'NONE'} [{','.join(c['sources'])}] "
        + ("rule" if c["score"] is None else f"{c['score']:.2f}")
        for c in candidates
    )


def _mention_text(quote: Quote) -> str | None:
    return quote.speaker_mention.text if quote.speaker_mention else None


def _with(options: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    """A decorator that applies ``options`` in the order listed (as they appear in --help)."""

    def decorator(fn: F) -> F:
        for option in reversed(options):
            fn = option(fn)
        return fn

    return decorator


#: The filters every command that selects quotes as ``search`` does takes.
_FILTERS = (
    click.option(
        "--since", callback=_date_option, metavar="DATE", help="Only articles dated on or after YYYY-MM-DD."
    ),
    click.option(
        "--until", callback=_date_option, metavar="DATE", help="Only articles dated on or before YYYY-MM-DD."
    ),
    click.option("--source", metavar="OUTLET", callback=_named, help="Only articles from this outlet."),
)
#: The filters and paging that ``search`` and ``by`` share.
filter_options = _with(
    [
        *_FILTERS,
        click.option("--offset", type=Count(min=0), default=0, help="Skip this many results first."),
    ]
)


def kind_option(kinds: Sequence[str] = KINDS, help: str | None = None) -> Callable[[F], F]:
    """The one ``--kind`` option of the commands that select quotes (search, export, by)."""
    return click.option(
        "--kind",
        type=click.Choice(list(kinds)),
        help=help or "Only quotes of this kind, as kind:KIND in the query (title and term find those too).",
    )


def _with_kind(query: str, kind: str | None) -> str:
    """``query`` narrowed to quotes of ``kind`` (its kind:KIND clause), or as it is."""
    if kind is None:
        return query
    return f"({query}) kind:{kind}" if query.strip() else f"kind:{kind}"


def _check_dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")


def emit_hits(hits: Iterator[Hit], fmt: str, kinds: bool, limit: int | None, offset: int) -> None:
    """Print hits (all of them, or ``limit`` and a note on stderr when ``hits`` has more).

    JSON lines are written as the hits are read, so a long listing starts at once.
    """
    columns = (*HIT_COLUMNS[:3], KIND_COLUMN, *HIT_COLUMNS[3:]) if kinds else HIT_COLUMNS
    # with --offset, name it: the results may all be before it (not counted: a second search)
    empty = f"no quotes found at --offset {offset}" if offset else "no quotes found"
    if fmt == "jsonl":
        shown = 0
        for hit in hits:
            if limit is not None and shown == limit:
                click.echo(_more(limit, offset), err=True)
                return
            render([hit_row(hit)], columns, fmt, sys.stdout)
            shown += 1
        if not shown:
            click.echo(empty, err=True)
        return
    rows = [hit_row(h) for h in hits]
    if limit is not None and len(rows) > limit:
        emit(rows[:limit], columns, fmt, empty, HIT_FIELDS)
        click.echo(_more(limit, offset), err=True)
    else:
        emit(rows, columns, fmt, empty, HIT_FIELDS)


def _more(limit: int, offset: int) -> str:
    return f"({_count(limit, 'quote')} shown; --limit for more, --offset {offset + limit} for the next)"


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--speaker",
    metavar="NAME",
    shell_complete=complete_speaker,
    callback=_named,
    help="Only quotes of this person (full name or surname), as `by` finds them.",
)
@filter_options
@kind_option()
@click.option("--limit", type=Count(min=1), default=20, show_default=True, help="Most results shown.")
@click.option("--include-terms", is_flag=True, help="Also find titles and scare-quoted terms.")
@output_options()
@store_option
@click.pass_obj
def search(
    obj: Context,
    query: tuple[str, ...],
    speaker: str | None,
    since: dt.date | None,
    until: dt.date | None,
    source: str | None,
    offset: int,
    kind: str | None,
    limit: int,
    include_terms: bool,
    fmt: str,
) -> None:
    """Full-text search of quotes, best matches first.

    QUERY: words (stemmed), "exact phrases", AND, OR, NOT (or -word), word*,
    and field:value for speaker, speaker_title, source, title, cue, kind and
    date (date:2024-11-06, date:[2024-01-01 to 2024-06-30]); several arguments
    are one query (quotes search Vladimir Putin kind:partial). "" matches all,
    oldest first. --offset and --limit page through the results. A query that
    starts with '-' goes after '--', and the options before it: quotes search
    --limit 5 -- -Moscow.
    """
    _check_dates(since, until)
    # `by` has --kind: a newcomer tried it here too
    text = _with_kind(" ".join(query), kind)
    hits = obj.reader().search(
        text,
        speaker=speaker,
        since=since,
        until=until,
        source=source,
        limit=limit + 1,  # one more, to know whether there are more
        offset=offset,
        include_terms=include_terms,
    )
    emit_hits(hits, fmt, include_terms or "kind:" in text.lower(), limit, offset)


@cli.command()
@click.argument("name", nargs=-1, required=True, shell_complete=complete_speaker, callback=_name_words)
@filter_options
@kind_option(STATEMENT_KINDS, "Only full or only partial quotes.")
@click.option("--limit", type=Count(min=1), help="Most results shown (default: all).")
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
    kind: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """Every quote of a person, oldest first, under any name they are quoted by.

    NAME is a full name or a surname, in any case and with or without accents:
    Peskov, peskov and "Dmitry Peskov" are the same speaker (its words need no
    quotes: `quotes by Dmitry Peskov`). A title narrows it
    ("President Obama", "Mrs. Clinton"). Names are resolved by the people
    registry (see `quotes speakers`). The filters are search's; --offset and
    --limit page through a long list.
    """
    _check_dates(since, until)
    hits = obj.reader().by(
        name,
        since=since,
        until=until,
        source=source,
        kind=kind,
        limit=None if limit is None else limit + 1,
        offset=offset,
    )
    emit_hits(hits, fmt, False, limit, offset)


SHOW_COLUMNS = (Column("field", "FIELD", max_width=14), Column("value", "VALUE", wrap=True))


@cli.command()
@click.argument("quote_id", metavar="ID", shell_complete=complete_quote_id, callback=_pasted_id)
@output_options(("yaml", "json", "table"), default="yaml")
@store_option
@click.pass_obj
def show(obj: Context, quote_id: str, fmt: str) -> None:
    """Show one quote with its article's metadata and the paragraph it stands in.

    ID is a quote id or an article id (12 hex digits): an article is shown with
    its metadata and every quote in it, in reading order (table: the metadata
    rows, then a table of the quotes). A quote's article
    title, source, date, authors and URL are under `article` (yaml, json) or in
    rows of their own (table).
    """
    if is_article_id(quote_id):
        record = obj.library().article(quote_id)
        row = {
            "id": record.id,
            **record.article.meta_dict(),
            "quotes": [
                {"id": qid, **q.to_dict()} for qid, q in zip(record.quote_ids(), record.quotes, strict=True)
            ],
        }
        if fmt == "json":
            click.echo(json.dumps(jsonable(row), indent=2, ensure_ascii=False))
        elif fmt == "table":
            _article_table(row)
        else:
            from quotes import yamlio

            click.echo(yamlio.dump(row), nl=False)
        return
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
            ("mention", q.speaker_mention.text if q.speaker_mention else None),
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
        from quotes import yamlio

        click.echo(yamlio.dump(row), nl=False)


ARTICLE_QUOTE_COLUMNS = (
    Column("id", "ID", max_width=19, never_cut=True),
    Column("kind", "KIND", max_width=7),
    Column("speaker", "SPEAKER", max_width=22, whole=True),
    # the speaker's title as the record has it (yaml and json show it too)
    Column("speaker_title", "SPEAKER TITLE", max_width=24, hide_empty=True),
    Column("text", "QUOTE", wrap=True),
)


def _article_table(row: dict[str, Any]) -> None:
    """An article as tables: its metadata (one row a field), then its quotes in reading order."""
    width = shutil.get_terminal_size((100, 24)).columns
    meta = [
        {"field": "article id" if k == "id" else k, "value": "; ".join(v) if isinstance(v, list) else v}
        for k, v in row.items()
        if k != "quotes" and v not in (None, "", [])
    ]
    click.echo(table(meta, SHOW_COLUMNS, width=width, color=False, spaced=False), nl=False)
    if row["quotes"]:
        click.echo("")
        click.echo(table(row["quotes"], ARTICLE_QUOTE_COLUMNS, width=width, color=False), nl=False)
    else:
        click.echo("(no quotes in this article)")


@cli.group(invoke_without_command=True)
@click.option(
    "--all", "everything", is_flag=True, help="Also list names that are not speakers (places, words)."
)
@output_options()
@store_option
@click.pass_context
def speakers(ctx: click.Context, everything: bool, fmt: str) -> None:
    """Every speaker (a person or an organisation), with quote and article counts.

    One row per person of the people registry (people.yaml in the store), under
    all the names the articles give them (ALSO); most quoted first. A bare surname
    left apart stays its own row: marked ambiguous when it could be one of several
    people, "not confirmed as" the one when only one person has that surname.
    Places, institution words (Party, Senate) and codes are left out unless --all.
    `speakers merge` and `speakers split` correct the registry.
    """
    if ctx.invoked_subcommand is not None:
        return
    lib = ctx.find_object(Context).reader()  # type: ignore[union-attr]
    people_rows = lib.registry() if everything else lib.speakers()
    rows = [
        {
            "name": p.name,
            "quotes": p.quotes,
            "articles": p.articles,
            "titles": list(p.titles),
            "also": list(p.aliases),
            "note": p.note(),
        }
        for p in people_rows
    ]
    emit(rows, SPEAKER_COLUMNS, fmt, "no speakers yet", SPEAKER_FIELDS)


@speakers.command(name="merge")
@click.argument("name", callback=_named)
@click.argument("person", callback=_named)
@store_option
@click.pass_obj
def speakers_merge(obj: Context, name: str, person: str) -> None:
    """Count every quote of speaker NAME as PERSON's.

    `quotes speakers merge Clinton "Hillary Clinton"`. Kept in corrections.yaml,
    so it survives ingest and reindex; `quotes speakers split NAME` undoes it.
    NAME is a speaker's or merged name (case, accents and punctuation aside), or a
    surname exactly one person of one name has; PERSON a person's name or one of
    their names, or such a surname. Anything else close to a name is an error that
    lists the names (nothing is changed), never another person.
    What changes is the people registry: `speakers` lists NAME under PERSON, and
    `by PERSON` and `search --speaker PERSON` find NAME's quotes. What does not:
    each quote keeps the speaker its article names (NAME) in its record, and so
    in by, search, cite, show and exports; `quotes fix ID --speaker` changes one
    quote's. PERSON need not be a name the store has: then the output says that
    PERSON is a new name (with the closest known names, in case it is a typo:
    split undoes it).
    """
    merged = obj.library().merge(name, person)
    made = merged.correction
    if merged.unchanged:
        click.echo(f"{made.name!r} is already merged into {made.speaker!r} (nothing changed)")
        return
    if merged.replaced:
        # the undo is the merge it replaced, not a split (which would leave the name apart)
        was = merged.replaced[-1].speaker
        click.echo(
            f"merged {made.name!r} into {made.speaker!r} (it was merged into {was!r}: undo with "
            f"quotes speakers merge {made.name!r} {was!r})"
        )
    else:
        undo = f"quotes speakers split {made.name!r}"
        click.echo(f"merged {made.name!r} into {made.speaker!r} ({made.date}); undo: {undo}")
    hint = _new_name(str(made.speaker), merged.known, but=made.name)
    if hint is not None:
        click.echo(
            f"{made.speaker} is a new name: speakers lists {made.name} under it and by finds "
            f"{made.name}'s quotes by it; each quote still shows {made.name}, as its article "
            f"says{hint}"
        )


def _new_name(person: str, known: Sequence[str], but: str | None = None) -> str | None:
    """None when ``person`` is a speaker the store knows; else what to add to saying it is
    new: the closest known names (other than ``but``), in case it is a typo, or ""."""
    if names.fold(person) in {names.fold(n) for n in known}:
        return None
    close = [n for n in names.suggest(person, known) if but is None or names.fold(n) != names.fold(but)]
    return f"; did you mean {' or '.join(close)}?" if close else ""


@speakers.command(name="split")
@click.argument("name", callback=_named)
@store_option
@click.pass_obj
def speakers_split(obj: Context, name: str) -> None:
    """Undo `speakers merge` of NAME, only that one (a name nobody merged away: every merge
    into the person NAME); with no merge to
    undo, keep the name NAME apart from the person the registry's rules joined it to
    (kept in corrections.yaml; `speakers merge` undoes that)."""
    for c in obj.library().split(name):
        if c.action == "merge":
            click.echo(f"split {c.name!r} from {c.speaker!r} (merged {c.date})")
        else:
            click.echo(
                f"kept {c.name!r} apart from {c.speaker!r} ({c.date});"
                f" undo: quotes speakers merge {c.name!r} {c.speaker!r}"
            )


@cli.command()
@click.argument("quote_id", metavar="[ID]", required=False, callback=_pasted_id)
@click.option("--speaker", metavar="NAME", help="The quote's speaker is this person.")
@click.option("--no-speaker", is_flag=True, help="The text does not say who said it.")
@click.option("--kind", type=click.Choice(KINDS), help="full, partial, title or term (no speaker).")
@click.option("--delete", is_flag=True, help="Not a quote at all: leave it out.")
@click.option("--undo", is_flag=True, help="Remove the quote's corrections (its article is extracted again).")
@click.option("--list", "listing", is_flag=True, help="List every correction and whether it applies.")
@output_options()
@store_option
@click.pass_obj
def fix(
    obj: Context,
    quote_id: str | None,
    speaker: str | None,
    no_speaker: bool,
    kind: str | None,
    delete: bool,
    undo: bool,
    listing: bool,
    fmt: str,
) -> None:
    """Correct a quote the extractor got wrong, for good.

    `quotes fix ID --speaker "Hillary Clinton"` (or --no-speaker, --kind term,
    --delete; --undo removes them). The correction is kept, dated, in corrections.yaml in the store
    and applied over the extractor's output on every ingest and reindex, so it
    survives them and new versions of the extractor. `quotes fix --list` lists
    them; one whose quote the extractor no longer finds is shown as such and
    kept, never dropped.
    """
    # Usage first, before the store is opened: a mistyped command is told so (exit 2).
    changes = sum([speaker is not None, no_speaker, kind is not None, delete])
    if listing:
        if quote_id or changes or undo:
            raise click.UsageError("--list takes no ID and no other option")
    elif not quote_id:
        raise click.UsageError("give a quote ID (or --list)")
    elif undo and changes:
        raise click.UsageError("--undo takes no other option")
    elif not undo and changes != 1:
        raise click.UsageError("give exactly one of --speaker, --no-speaker, --kind, --delete (or --undo)")
    if speaker is not None:
        _check_speaker(speaker)
    lib = obj.library()
    if listing:
        rows = [
            {
                "date": c.date,
                "action": c.action,
                "quote": c.quote or c.name,
                "change": c.describe(),
                "state": state,
                "text": c.text or "",
            }
            for c, state in lib.list_corrections()
        ]
        emit(rows, CORRECTION_COLUMNS, fmt, "no corrections yet", CORRECTION_FIELDS)
        return
    assert quote_id is not None
    if undo:
        for c in lib.unfix(quote_id):
            click.echo(f"{c.quote}: removed {c.describe()} ({c.date})")
        return
    known = lib.speaker_names() if speaker is not None else []
    made = lib.fix(quote_id, speaker=speaker, no_speaker=no_speaker, kind=kind, delete=delete)
    click.echo(f"{made.quote}: {made.describe()} ({made.date}); kept in {obj.store / 'corrections.yaml'}")
    # the person, without the title typed before the name ("Sen. Maria Lopez" is Maria Lopez)
    from quotes.corrections import titled  # (the extractor's lexicon: only when asked)

    person = None if speaker is None else titled(speaker)[1]
    hint = None if person is None else _new_name(person, known)
    if hint is not None:
        # a typo, or a bare surname, would otherwise make a second person quietly
        click.echo(f"note: {speaker} is not a speaker of this store yet{hint}", err=True)
    if speaker is not None and person is not None:
        text = lib.article(made.article_id).article.text if made.article_id else ""
        for warning in _speaker_warnings(speaker, person, text):
            click.echo(f"warning: {warning}", err=True)


#: What the registry's reasons for "not a speaker" (``quotes.people.not_a_speaker``) mean.
_NOT_A_SPEAKER = {"word": "a common word", "place": "a place", "code": "a code (it has digits)"}


def _bare(speaker: str) -> list[str]:
    """The words of ``speaker`` without a leading "the" ("the Mayor" is the word Mayor)."""
    words = speaker.split()
    return words[1:] if len(words) > 1 and words[0].casefold() == "the" else words


def _pronoun(word: str) -> bool:
    """Whether ``word`` is a pronoun: case-blind, but an all-capital acronym ("IT", "WHO")
    is a name ("I" is the pronoun)."""
    from quotes.extract import lexicon  # (the extractor's lexicon: only when asked)

    if len(word) > 1 and word.isupper():
        return False
    pronouns = {*lexicon.PRONOUNS, *lexicon.OBJECT_PRONOUNS, *lexicon.EMPHATIC_PRONOUNS}
    return word.casefold() in pronouns


def _check_speaker(speaker: str) -> None:
    """A usage error (exit 2) for a --speaker of fix that names no one: empty, or a lone
    pronoun ("she"), which the extractor resolves to a name and never keeps."""
    from quotes.corrections import titled

    title, name = titled(speaker)
    words = _bare(name) if speaker.strip() else []
    if not words:
        raise click.UsageError("--speaker needs a name; to remove the speaker use --no-speaker")
    # (after a title a capitalised pronoun's spelling is a surname: "Dr. He", "Sen. Her")
    if len(words) == 1 and _pronoun(words[0]) and not (title and words[0][:1].isupper()):
        raise click.UsageError(
            f"--speaker {speaker!r} is a pronoun: give the person's name as the article writes it in "
            'full (e.g. --speaker "Maria Lopez"), or --no-speaker if the article does not say'
        )


def _speaker_warnings(speaker: str, person: str, text: str) -> list[str]:
    """What a kept --speaker of fix may get wrong: a lone title or role word ("the Mayor"), a
    name that starts with a pronoun ("she said"), and a name the registry keeps out of
    `speakers` by its own test (``quotes.people``: not a speaker, or a one-word name the
    article ``text`` writes in lowercase: "Will")."""
    from quotes import people, who
    from quotes.extract import lexicon

    words = _bare(person)
    low = words[0].casefold().rstrip(".") if words else ""
    found = []
    if len(words) == 1 and (
        low in lexicon.ROLES or low in {w.rstrip(".").casefold() for w in who.title_words()}
    ):
        found.append(
            f"{speaker!r} is a title or role, not a name: give the name the article gives it, if any"
        )
    elif len(words) > 1 and _pronoun(words[0]):
        found.append(f"{speaker!r} starts with a pronoun: check that it names the person")
    reason = people.not_a_speaker(person)
    if reason is None and len(person.split()) == 1 and people.common_word(person, text):
        reason = "word"
    if reason is not None:
        # kept, as asked, but the registry's rule would hide it from `speakers` without a word
        found.append(
            f"{person!r} reads as {_NOT_A_SPEAKER.get(reason, reason)}, not a person's or an "
            "organisation's name: `quotes speakers` leaves it out (`quotes speakers --all` lists it)"
        )
    return found


@cli.command()
@wait_option
@store_option
@click.pass_obj
def reindex(obj: Context, wait: float) -> None:
    """Rebuild the search index and people.yaml; records whose corrections changed are made again first.

    Searches go on meanwhile, on the old index until the new one is whole.
    """
    shown = sys.stderr.isatty()
    printed = False

    def progress(done: int, total: int) -> None:
        # a store of many thousand articles takes a minute or more
        nonlocal printed
        if shown and (done % 100 == 0 or done == total):
            click.echo(f"\rreindexing: {done}/{_count(total, 'article')}", err=True, nl=False)
            printed = True

    try:
        done = obj.library(warn=False).reindex(wait=wait, progress=progress)
    finally:
        if printed:
            click.echo("", err=True)
    _warn_missing(done.missing)
    counts = f"{_count(done.quotes, 'quote')} from {_count(done.articles, 'article')}"
    click.echo(f"reindexed {counts} in {obj.store}")


@cli.command()
@click.option("--repair", is_flag=True, help="Fix what can be fixed (index, leftovers, old record format).")
@wait_option
@store_option
@click.pass_obj
def check(obj: Context, repair: bool, wait: float) -> None:
    """Verify the store: every record readable and consistent, the search index
    holding exactly the records' quotes, nothing left by an interrupted run
    (an ingest stopped before its index and people.yaml had its records).

    Prints each problem on a line (exit status 1 when any is left); --repair
    cleans leftovers, rewrites records of an older format and brings the index
    and people.yaml in step with the records, then checks again. Records are never changed
    otherwise: a malformed one is reported (not repaired) for you to fix or remove. So are
    a malformed corrections.yaml or people.yaml (your edits: never overwritten).
    """
    report = obj.library(warn=False).check(repair=repair, wait=wait)
    for line in report.repaired:
        click.echo(f"repaired: {line}")
    for line in report.unrepaired:
        click.echo(f"not repaired: {line} (malformed files are yours to fix; see problem below)")
    for line in report.notes:
        click.echo(f"note: {line}")
    for line in report.problems:
        click.echo(f"problem: {line}")
    click.echo(
        f"checked {_count(report.articles, 'article')} in {obj.store}: "
        + (f"{_count(len(report.problems), 'problem')}" if report.problems else "all good")
    )
    if report.problems:
        sys.exit(1)


#: The search filters, for commands that select quotes as ``search`` does (export).
selection_options = _with(
    [
        click.option(
            "--speaker",
            metavar="NAME",
            shell_complete=complete_speaker,
            callback=_named,
            help="Only quotes of this speaker (full name or surname).",
        ),
        *_FILTERS,
        kind_option(),
        click.option("--include-terms", is_flag=True, help="Also take titles and scare-quoted terms."),
    ]
)


@cli.command(name="export")
@click.argument("query", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
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
@selection_options
@store_option
@click.pass_obj
def export_command(
    obj: Context,
    query: tuple[str, ...],
    fmt: str,
    output: Path | None,
    speaker: str | None,
    since: dt.date | None,
    until: dt.date | None,
    source: str | None,
    kind: str | None,
    include_terms: bool,
) -> None:
    """Export the quotes matching QUERY (default: all) with their articles.

    QUERY and the filters are those of `search` (several arguments are one
    query: quotes export --format ris Vladimir Putin). Citation formats give one entry
    per article (its id is the article id), the quotes in its note; jsonl gives
    each article's whole record (all its quotes, whatever the query or --kind
    selected); sqlite writes tables articles, quotes, people
    and the full-text table quotes_fts.
    """
    from quotes import export

    _check_dates(since, until)
    to_stdout = output is None or str(output) == "-"
    if fmt == "sqlite" and to_stdout:
        raise click.UsageError("--format sqlite writes a database file: give --output FILE")
    lib = obj.library()
    hits = lib.search(
        _with_kind(" ".join(query), kind),
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
        export.write_text(output, export.text(chosen, fmt))
    if not to_stdout:
        quotes = sum(len(s.quote_ids) for s in chosen)
        click.echo(
            f"exported {_count(quotes, 'quote')} from {_count(len(chosen), 'article')} to {output}", err=True
        )
    elif not chosen:
        click.echo("no quotes found", err=True)


@cli.command(name="cite")
@click.argument("quote_id", metavar="ID", shell_complete=complete_quote_id, callback=_pasted_id)
@click.option(
    "--style",
    type=click.Choice(CITE_STYLES),
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
    from quotes import export
    from quotes.cite import cite

    found = obj.library().show(quote_id)
    if fmt == "csl-json":
        click.echo(export.csl_json([export.Selection(found.record, (found.id,))]), nl=False)
    else:
        click.echo(cite(found.record, found.quote, style))
    art = found.record.article
    missing = [
        name
        for name, value in (("title", art.title), ("outlet", art.source), ("date", art.date))
        if not value
    ]
    if missing:
        # A bare text file gives 'Untitled article. (n.d.).': easy to paste without noticing.
        _note(
            f"article {art.id} has no {_join_or(missing)}: the citation uses the style's fallback; "
            "ingest the same text again with --title, --source, --date (for a file, its NAME.meta.yaml "
            "works too; for a JSON Lines article, add the fields to its JSON line) to add them"
        )


def _join_or(words: Sequence[str]) -> str:
    return _join(words, "or")


def _join(words: Sequence[str], last: str) -> str:
    """``words`` as a list in words: 'a', 'a and b', 'a, b and c' (``last`` joins the last two)."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def main() -> None:
    """Run the command line (entered through quotes.__main__: the console script and
    ``python -m quotes``)."""
    import gc

    # Everything imported so far lives as long as the process: out of the collector's way
    # (its passes, and the one at exit, would otherwise walk click's and our modules'
    # objects again each time; about a tenth of a `quotes search` process's CPU, issue 11).
    gc.freeze()
    cli(prog_name="quotes")
