"""The query language of ``quotes search``, read once into a tree every engine runs.

A query is read here, not by an engine's own parser, so that a store gives the
same answers whichever engine it uses. The steps: ``_lex`` cuts the text into
words, phrases, parentheses and operators; ``_Parser`` builds the tree
(precedence, loosest first: words side by side (all must match), ``OR``,
``AND``, ``NOT``, as Whoosh's parser reads them); each word is analysed by
``quotes.analysis`` for its field. An engine turns the tree into its own query.

Fields: quote text by default; ``speaker``, ``speaker_title``, ``source``,
``title``, ``cue``, ``kind`` and ``date`` by name (``field:word``,
``field:"a phrase"``, ``field:(a OR b)``). ``word*`` is a prefix. Dates:
``date:2024``, ``date:2024-11``, ``date:2024-11-06``,
``date:[2024-01-01 to 2024-06-30]`` (either end may be left out).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes import analysis
from quotes.errors import QueryError
from quotes.kinds import KINDS

#: The fields a query may name, as the README lists them.
QUERY_FIELDS = ("speaker", "speaker_title", "source", "title", "cue", "kind", "date")
TEXT_FIELDS = ("text", "title")  # stemmed, stop words dropped
NAME_FIELDS = ("speaker", "speaker_title", "source")  # every word, accents folded

_DATE_FORMS = "use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or date:[YYYY-MM-DD to YYYY-MM-DD]"

# The nodes of a parsed query. Each has a docstring, which also spares the dataclass
# machinery building one from the class's signature (inspect) at every import.


@dataclass(frozen=True)
class Term:
    """One analysed word in ``field`` (stemmed in text fields, folded in name fields)."""

    field: str
    text: str


@dataclass(frozen=True)
class Phrase:
    """Analysed words in ``field``, in this order and next to each other."""

    field: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Prefix:
    """Any word in ``field`` starting with ``prefix`` (``word*``)."""

    field: str
    prefix: str


@dataclass(frozen=True)
class DayRange:
    """Articles dated from day ``first`` to day ``last`` (ordinals, inclusive; None: open)."""

    first: int | None
    last: int | None


@dataclass(frozen=True)
class And:
    """Every one of ``children``."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any of ``children``."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """Not ``child`` (a query of NOTs alone is read as every quote but those: see ``parse``)."""

    child: Node


@dataclass(frozen=True)
class Every:
    """Every quote (the empty query)."""


Node = Term | Phrase | Prefix | DayRange | And | Or | Not | Every


def day_range(since: dt.date | None, until: dt.date | None) -> DayRange:
    return DayRange(since.toordinal() if since else None, until.toordinal() if until else None)


# --- lexing -------------------------------------------------------------------------------------

_LEX = re.compile(
    r"""\s*(?:
      (?P<open>\()|(?P<close>\))
    | (?P<field>[A-Za-z_]\w*):(?=[^\s)])
    | "(?P<phrase>[^"]*)"?
    | \[(?P<range>[^\]]*)\]?
    | (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE,
)
_OPERATORS = ("AND", "OR", "NOT")


def _lex(text: str) -> Iterator[tuple[str, str]]:
    pos = 0
    while pos < len(text):
        m = _LEX.match(text, pos)
        if m is None or m.end() == pos:
            break  # only spaces left
        pos = m.end()
        kind = m.lastgroup or ""
        value = m[kind] if kind else ""
        if kind == "word" and value in _OPERATORS:
            kind = value
        yield kind, value


# --- parsing ------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = list(_lex(text))
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def group(self, field: str) -> Node | None:
        """Clauses side by side, until a closing parenthesis or the end: all must match."""
        parts = []
        while self.peek() not in (None, "close"):
            part = self.either(field)
            if part is not None:
                parts.append(part)
        return _all(parts)

    def either(self, field: str) -> Node | None:
        parts = [self.both(field)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.both(field))
        kept = [p for p in parts if p is not None]
        return None if not kept else kept[0] if len(kept) == 1 else Or(tuple(kept))

    def both(self, field: str) -> Node | None:
        parts = [self.negated(field)]
        while self.peek() == "AND":
            self.take()
            parts.append(self.negated(field))
        return _all([p for p in parts if p is not None])

    def negated(self, field: str) -> Node | None:
        if self.peek() == "NOT":
            self.take()
            child = self.negated(field)
            return Not(child) if child is not None else None
        return self.atom(field)

    def atom(self, field: str) -> Node | None:
        if self.peek() is None:
            return None  # an operator with nothing after it ('tax OR') is read as nothing
        kind, value = self.take()
        if kind in ("AND", "OR"):
            return None  # an operator with nothing before it is read as nothing
        if kind == "word" and value.endswith(":") and value[:-1] in QUERY_FIELDS:
            # 'speaker: Peskov' searched the words 'speaker' and 'peskov' in the quotes' text
            raise QueryError(
                f"no value after {value!r} in query {self.text!r}: write {value}VALUE, "
                f'with no space after the colon ({value}"two words" for several)'
            )
        if kind == "open":
            inner = self.group(field)
            if self.peek() == "close":
                self.take()
            return inner
        if kind == "close":
            return None
        if kind == "word" and len(value) > 1 and value[0] == "-" and value[1].isalnum():
            # '-word' leaves the word out, as web searches read it; it found the word before
            child = self._leaf(field, kind, value[1:]) if field != "date" else self._date(value[1:])
            return Not(child) if child is not None else None
        if kind == "field":
            name = value
            if name not in QUERY_FIELDS:
                raise QueryError(
                    f"unknown field {name!r} in query {self.text!r} (fields: {', '.join(QUERY_FIELDS)})"
                )
            if self.peek() is None:
                return None
            if self.peek() == "open":
                return self.atom(name)
            kind, value = self.take()
            if name == "date":
                return self._date(value if kind != "range" else f"[{value}]")
            return self._leaf(name, kind, value)
        if field == "date":
            return self._date(value)
        return self._leaf(field, kind, value)

    def _leaf(self, field: str, kind: str, value: str) -> Node | None:
        if kind == "range":
            value = f"[{value}]"
        if field == "kind":
            if value.lower() not in KINDS:
                raise QueryError(f"unknown kind {value!r} in query {self.text!r} (kinds: {', '.join(KINDS)})")
            return Term("kind", value.lower())
        if kind == "word" and value.endswith("*") and len(value) > 1 and field != "kind":
            stem = value.rstrip("*")
            if analysis.WORD.fullmatch(stem):
                return Prefix(field, analysis.prefix_term(stem))
        terms = tuple(t for t in _analyse(field, value))
        if not terms:
            return None
        if kind == "phrase" and len(terms) > 1:
            return Phrase(field, terms)
        return _all([Term(field, t) for t in terms])

    def _date(self, value: str) -> DayRange:
        if value.startswith("["):
            ends = re.split(r"\s+to\s+|^\s*to\s+|\s+to\s*$", value[1:-1].strip(), flags=re.IGNORECASE)
            if len(ends) != 2 and not re.fullmatch(r"\s*to\s*", value[1:-1], re.IGNORECASE):
                raise QueryError(f"cannot read a date range in query {self.text!r} ({_DATE_FORMS})")
            ends = ends if len(ends) == 2 else ["", ""]
            try:
                first = _period(ends[0])[0] if ends[0].strip() else None
                last = _period(ends[1])[1] if ends[1].strip() else None
            except ValueError as e:
                raise QueryError(f"cannot read a date range in query {self.text!r} ({_DATE_FORMS})") from e
            if first and last and first > last:
                raise QueryError(f"date range 'date:{value}' ends before it starts")
            return DayRange(first, last)
        try:
            first, last = _period(value)
        except ValueError as e:
            # (the form right but no such day, "2016-02-30": say that rather than the forms)
            why = _DATE_FORMS if str(e) == value.strip() else f"no such date: {e}"
            raise QueryError(f"cannot read a date in query {self.text!r} ({why})") from e
        return DayRange(first, last)


def _period(text: str) -> tuple[int, int]:
    """The first and last day (ordinals) of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError else."""
    m = re.fullmatch(r"(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?", text.strip())
    if not m:
        raise ValueError(text)
    year = int(m[1])
    if m[3]:
        day = dt.date(year, int(m[2]), int(m[3])).toordinal()
        return day, day
    if m[2]:
        month = int(m[2])
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        return dt.date(year, month, 1).toordinal(), dt.date(year, month, last).toordinal()
    return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()


def _analyse(field: str, value: str) -> list[str]:
    if field in TEXT_FIELDS:
        return [t.text for t in analysis.text_tokens(value)]
    if field in NAME_FIELDS:
        return [t.text for t in analysis.name_tokens(value)]
    return value.lower().split()  # cue: words as written, any case


def _all(parts: list[Node]) -> Node | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def parse(text: str) -> Node:
    """The tree of query ``text``: Every for an empty query; QueryError for one that names an
    unknown field, kind or an impossible date, has unbalanced parentheses or quotes, only
    operators or a bare ``*``, or has no word that is indexed."""
    if not text.strip():
        return Every()
    parser = _Parser(text)
    _check_syntax(text, [kind for kind, _ in parser.tokens])
    tree = parser.group("text")
    if tree is None and any(kind == "word" and not value.strip("*") for kind, value in parser.tokens):
        # '*' alone was read as common words not indexed
        raise QueryError(
            f"nothing to search for in {text!r}: a bare '*' is not a query, it matches nothing; "
            "a wildcard ends a word, as in bridg*"
        )
    if tree is None:
        raise QueryError(
            f"nothing to search for in {text!r}: common words such as 'the' or 'it' are not "
            "indexed; add a word that says what the quote is about"
        )
    # "NOT Moscow": every quote but those
    return And((Every(), tree)) if _only_negative(tree) else tree


def _check_syntax(text: str, kinds: list[str]) -> None:
    """QueryError for a query whose parentheses or double quotes do not pair up or that holds nothing but
    operators and parentheses: a syntax problem, said as one, not as words not indexed."""
    depth = 0
    for kind in kinds:
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if depth < 0:
            raise QueryError(f"unbalanced parentheses in query {text!r}: a ')' closes no '('")
    if depth:
        raise QueryError(f"unbalanced parentheses in query {text!r}: a '(' is not closed")
    if text.count('"') % 2:
        # the lexer reads '"exact phrase' to the end, which then found nothing, silently
        raise QueryError(f"unbalanced quotes in query {text!r}: a '\"' is not closed")
    if all(kind in ("open", "close", *_OPERATORS) for kind in kinds):
        raise QueryError(
            f"nothing to search for in {text!r}: only operators and parentheses; "
            "add a word (AND, OR and NOT join words)"
        )


def _only_negative(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(_only_negative(c) for c in node.children)
    return False


def highlight_terms(node: Node) -> tuple[frozenset[str], tuple[str, ...]]:
    """The quote-text terms and prefixes a hit may show as matched (those not under NOT)."""
    terms: set[str] = set()
    prefixes: list[str] = []

    def walk(n: Node) -> None:
        if isinstance(n, Term) and n.field == "text":
            terms.add(n.text)
        elif isinstance(n, Phrase) and n.field == "text":
            terms.update(n.terms)
        elif isinstance(n, Prefix) and n.field == "text":
            prefixes.append(n.prefix)
        elif isinstance(n, (And, Or)):
            for c in n.children:
                walk(c)

    walk(node)
    return frozenset(terms), tuple(prefixes)


def matches(text: str, terms: frozenset[str], prefixes: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Offsets of the words of ``text`` that are one of ``terms`` or begin with a prefix."""
    if not terms and not prefixes:
        return ()
    return tuple(
        (t.start, t.end)
        for t in analysis.text_tokens(text)
        if t.text in terms or any(t.text.startswith(p) for p in prefixes)
    )
