"""What every search engine of quotes shares: the ``Engine`` protocol, the hits it
returns, the index documents it is given and the search it is asked to run.

The engines (``quotes.engine`` for Whoosh, ``quotes.tantivy_engine``) are the only
modules that import a search library. A search is planned here once, engine
aside: the query tree (``quotes.query``), the filters (speakers, dates, outlet,
kinds) as more tree nodes that must match but never change a score, the order
(best first, or oldest article first), and what a hit highlights. Each engine
turns the plan into its own query, so the same store answers the same whichever
engine it uses (scores, and so the order of equally good hits, may differ).

An index document per top-level quote carries what a result line shows (so no
record is read to print a hit), exact terms for the filters, a sort key, and
keys from which the speakers and outlets are listed without reading documents.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from quotes import query
from quotes.errors import QueryError
from quotes.kinds import STATEMENT_KINDS
from quotes.names import fold

if TYPE_CHECKING:
    from quotes.model import Record

#: Kinds hidden from search unless asked for: quoted words that are nobody's statement.
NON_STATEMENT_KINDS = ("title", "term")
#: Separates the two parts of a key term (``surname<SEP>name``, ``name<SEP>article id``).
SEP = "\x1f"
#: The sort key of an undated quote: after every date.
UNDATED = "9999-99-99"

Order = Literal["score", "date"]


@dataclass(frozen=True)
class Filters:
    """What a search keeps of what its query finds, in which order, and which page of it.

    Filters never change a score. ``speakers``: exact speaker names (any of them, case and
    accents aside); ``since``/``until``: the article's date, both ends included; ``source``:
    the outlet's words; ``include_terms``: keep titles and terms (quoted words that are
    nobody's statement); ``order``: "score" (best first) or "date" (oldest article first);
    ``limit`` hits (None for all) from the ``offset``-th on.
    """

    speakers: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    include_terms: bool = False
    order: Order = "score"
    limit: int | None = 20
    offset: int = 0


#: No filter: the first page of 20, best first.
NO_FILTERS = Filters()


@dataclass(frozen=True)
class Hit:
    """One quote found by a search, with what a listing shows about it.

    ``matches`` are the (start, end) offsets, into ``text``, of the words the
    query matched, for highlighting (analysed when first read).
    """

    id: str
    article_id: str
    text: str
    speaker: str | None
    speaker_title: str | None
    cue: str | None
    kind: str
    source: str | None
    title: str | None
    date: dt.date | None
    start: int
    end: int
    score: float = 0.0
    #: what finds ``matches`` in ``text`` (the plan's terms): run when they are first asked for
    highlight: Callable[[str], tuple[tuple[int, int], ...]] | None = field(
        default=None, repr=False, compare=False
    )

    @functools.cached_property
    def matches(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) offsets, into ``text``, of the words the query matched: found when
        first read (a listing shows them; a caller that does not pays nothing for them)."""
        return self.highlight(self.text) if self.highlight is not None else ()


@dataclass(frozen=True)
class SpeakerStats:
    """A canonical speaker: how many quotes in how many articles, and the titles given them
    (most frequent first)."""

    name: str
    quotes: int
    articles: int
    titles: tuple[str, ...]
    article_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Prepared:
    """A record's index documents in the form its engine adds them (``Engine.prepare``): a
    pure function of the record, picklable, so that ingest makes them on its workers
    beside the record and its one writer only adds them."""

    article_id: str
    documents: tuple[Any, ...]


class Engine(Protocol):
    """What quotes needs from a search index."""

    def exists(self) -> bool: ...

    def prepare(self, record: Record) -> Prepared:
        """``record``'s documents, ready to add (no index is read or written)."""

    def add(self, records: Iterable[Record | Prepared]) -> None:
        """Index these records' quotes (or documents prepared from them), replacing whatever
        the index had for those articles (a generator is read as it goes, into one commit)."""

    def delete(self, article_ids: Sequence[str]) -> None: ...

    def rebuild(self, records: Iterable[Record]) -> int:
        """Replace the whole index with these records' quotes; returns the number indexed."""

    def search(self, text: str, filters: Filters = NO_FILTERS) -> Iterator[Hit]:
        """Quotes matching query ``text`` ("" for all) within ``filters``, best first (or oldest
        article first with ``order="date"``; always so for ""), from the ``offset``-th on.
        A missing index is said before an error in the query; both are raised at the call
        (``plan``); hits are read as they are taken."""

    def speaker_names(self, surname: str | None = None) -> list[str]:
        """The speakers (as quoted), or only those whose last word folds to ``surname``."""

    def speakers(self) -> list[SpeakerStats]: ...

    def contents(self) -> dict[str, set[str]]:
        """The quote ids indexed for each article id (for ``quotes check``)."""

    def sources(self) -> set[str]:
        """The outlets of the indexed articles, as their metadata gives them."""


def surname(name: str) -> str:
    """The key a speaker is looked up by: the last word of the folded name ("" for none)."""
    words = fold(name).split()
    return words[-1] if words else ""


def sort_key(date: dt.date | None, title: str | None, article_id: str, start: int) -> str:
    """Oldest article first, undated last; then by title, article and place in the article."""
    return f"{date.isoformat() if date else UNDATED}{SEP}{title or ''}{SEP}{article_id}{SEP}{start:09d}"


def documents(record: Record) -> Iterator[dict[str, Any]]:
    """The index documents of ``record``: field name to value, None for a field it lacks."""
    art = record.article
    for qid, q in zip(record.quote_ids(), record.quotes, strict=True):
        statement = bool(q.speaker) and q.kind in STATEMENT_KINDS
        name = q.speaker or ""
        yield {
            "id": qid,
            "article_id": record.id,
            "text": q.text,
            "kind": q.kind,
            "start": q.start,
            "end": q.end,
            "speaker": q.speaker,
            "speaker_exact": fold(q.speaker) if q.speaker else None,
            "speaker_title": q.speaker_title,
            "cue": q.cue,
            "source": art.source,
            "source_exact": art.source,
            "title": art.title,
            "day": art.date.toordinal() if art.date else None,
            "order": sort_key(art.date, art.title, record.id, q.start),
            # statements only: what `speakers` counts and `by` resolves names against
            "speaker_key": f"{surname(name)}{SEP}{name}" if statement else None,
            "speaker_article": f"{name}{SEP}{record.id}" if statement else None,
            "speaker_title_key": f"{name}{SEP}{q.speaker_title}" if statement and q.speaker_title else None,
        }


@dataclass(frozen=True)
class Plan:
    """A search as every engine runs it: ``main`` scores, every filter must match too."""

    main: query.Node
    filters: tuple[query.Node, ...]
    order: Order
    limit: int | None
    offset: int
    terms: frozenset[str]
    prefixes: tuple[str, ...]

    def matches(self, text: str) -> tuple[tuple[int, int], ...]:
        return query.matches(text, self.terms, self.prefixes)


def plan(text: str, filters: Filters = NO_FILTERS) -> Plan:
    """The plan of one search; QueryError for a query or filter it cannot run."""
    if filters.limit is not None and filters.limit < 1:
        raise QueryError(f"limit must be at least 1, not {filters.limit}")
    if filters.offset < 0:
        raise QueryError(f"offset must be 0 or more, not {filters.offset}")
    if filters.since and filters.until and filters.since > filters.until:
        raise QueryError(f"--since {filters.since} is after --until {filters.until}")
    main = query.parse(text)
    nodes: list[query.Node] = []
    if filters.speakers:
        exact = sorted({fold(s) for s in filters.speakers})
        nodes.append(query.Or(tuple(query.Term("speaker_exact", s) for s in exact)))
    if filters.since or filters.until:
        nodes.append(query.day_range(filters.since, filters.until))
    if filters.source is not None:
        words = [t.text for t in query.analysis.name_tokens(filters.source)]
        if not words:
            raise QueryError(f"--source {filters.source!r} has no words to match")
        # the outlet's words as a phrase: "New York" is not "York ... New", nor "New ... Times"
        nodes.append(query.Phrase("source", tuple(words)))
    # asking for kind:term or kind:title means wanting them; titles and terms never have a
    # speaker, so a speaker filter leaves them out already
    if not filters.include_terms and not filters.speakers and not _asks_for_kind(main):
        # as "not a title or term": those are few, so an engine skips through them cheaply
        nodes.append(query.Not(query.Or(tuple(query.Term("kind", k) for k in NON_STATEMENT_KINDS))))
    terms, prefixes = query.highlight_terms(main)
    return Plan(
        main=main,
        filters=tuple(nodes),
        order="date" if isinstance(main, query.Every) else filters.order,
        limit=filters.limit,
        offset=filters.offset,
        terms=terms,
        prefixes=prefixes,
    )


def outlet_words(f: query.Node) -> tuple[str, ...] | None:
    """The words of ``plan``'s outlet filter ``f``; None for any other filter."""
    return f.terms if isinstance(f, query.Phrase) and f.field == "source" else None


def in_outlet(words: Sequence[str], outlet: Sequence[str]) -> bool:
    """Whether ``words`` stand in ``outlet`` (both analysed words) next to each other, in this
    order: "new york" is in "the new york times", and so are "times" and "the new york". "and"
    is left out of both alike (``outlet_key``): "Rock & Roll" and "Rock and Roll" each find
    both "Rock & Roll Review" and "Rock and Roll News"."""
    words, outlet = outlet_key(words), outlet_key(outlet)
    n = len(words)
    return n > 0 and any(tuple(outlet[i : i + n]) == tuple(words) for i in range(len(outlet) - n + 1))


#: Words an outlet's name may have or not, written or as a sign: "Globe & Mail" is "Globe and
#: Mail" (the analyser drops "&", a sign, and keeps "and", a word).
_OUTLET_JOINERS = frozenset({"and"})


def outlet_key(words: Iterable[str]) -> tuple[str, ...]:
    """An outlet's analysed ``words`` without "and": what "Globe & Mail" and "Globe and Mail" share."""
    return tuple(w for w in words if w not in _OUTLET_JOINERS)


def _asks_for_kind(node: query.Node) -> bool:
    if isinstance(node, query.Term):
        return node.field == "kind" and node.text in NON_STATEMENT_KINDS
    if isinstance(node, (query.And, query.Or)):
        return any(_asks_for_kind(c) for c in node.children)
    if isinstance(node, query.Not):
        return _asks_for_kind(node.child)
    return False


def speaker_stats(
    keys: Iterable[tuple[str, int]],
    article_keys: Iterable[tuple[str, int]],
    title_keys: Iterable[tuple[str, int]],
) -> list[SpeakerStats]:
    """Speaker rows from the key terms of the index (``documents``) and their numbers of quotes."""
    quotes: Counter[str] = Counter()
    for key, n in keys:
        quotes[key.split(SEP, 1)[1]] += n
    articles: defaultdict[str, set[str]] = defaultdict(set)
    for key, _ in article_keys:
        name, article_id = key.split(SEP, 1)
        articles[name].add(article_id)
    titles: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, n in title_keys:
        name, title = key.split(SEP, 1)
        titles[name].append((-n, title))
    return sorted(
        (
            SpeakerStats(
                name=name,
                quotes=n,
                articles=len(articles[name]),
                titles=tuple(t for _, t in sorted(titles[name])),
                article_ids=frozenset(articles[name]),
            )
            for name, n in quotes.items()
        ),
        key=lambda s: (-s.quotes, fold(s.name), s.name),
    )
