"""Output of listing commands as a table, JSON, JSON lines, CSV or YAML.

Every listing command builds rows (plain dicts) and hands them to ``render``
with the columns a table shows; the machine formats get every key of every row.
A table fits the terminal: one column (the quote) wraps, the others truncate
with an ellipsis. Widths are display columns (wcwidth), not characters, so
CJK text and emoji, two columns each, stay aligned. Matched words are shown in bold on a colour terminal and
as ``**word**`` otherwise, so piped output keeps them visible as plain text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv", "yaml")
LIST_FORMATS = ("table", "json", "jsonl", "csv")

BOLD, RESET = "\x1b[1m", "\x1b[0m"
# Stand-ins for the bold on/off codes while wrapping: one character each, so they
# never make a line longer than the width (the escape codes themselves print as nothing).
_ON, _OFF = "\x02", "\x03"
_GAP = 2  # spaces between table columns
_MIN_WRAP = 24
_LONGEST_WORD = 24  # the longest word every wrapped column keeps whole (a floor on its width)


@dataclass(frozen=True)
class Column:
    """A table column: the row ``key`` it shows, its header, and how it fits.

    The ``wrap`` column takes the width the others leave and wraps (several share it); the
    others are cut at ``max_width``. A ``never_cut`` column (an id, to paste) is never cut,
    whatever the width. A ``whole`` column (a name, an outlet) is what a reader needs whole:
    it keeps its full width where the table fits so; ``max_width`` caps it only when it does
    not, and it is then cut as the others are. ``marks`` names the row key holding (start,
    end) offsets of words to highlight in this column's text. A ``hide_empty`` column is left
    out of a table where no row has a value in it (a note most rows lack).
    """

    key: str
    header: str
    max_width: int = 30
    wrap: bool = False
    marks: str | None = None
    hide_empty: bool = False
    whole: bool = False
    never_cut: bool = False


def jsonable(value: Any) -> Any:
    """``value`` with dates as ISO strings and tuples as lists, for JSON, CSV and YAML."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def render(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    out: TextIO,
    *,
    width: int = 100,
    color: bool = False,
    fields: Sequence[str] | None = None,
) -> None:
    """Write ``rows`` to ``out`` in format ``fmt`` (one of ``FORMATS``).

    ``fields`` name the CSV columns; without them they are the first row's keys,
    and no rows print nothing.
    """
    data = [jsonable(dict(r)) for r in rows]
    if fmt == "json":
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for row in data:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        from quotes import yamlio  # only here: listing commands need no YAML otherwise

        out.write(yamlio.dump(data))
    elif fmt == "csv":
        _csv(data, out, fields)
    elif fmt == "table":
        out.write(table(rows, columns, width=width, color=color))
    else:
        raise ValueError(f"unknown output format {fmt!r}")


def _csv(rows: list[dict[str, Any]], out: TextIO, fields: Sequence[str] | None) -> None:
    if not rows and not fields:
        return
    import csv

    writer = csv.DictWriter(out, fieldnames=list(fields or rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet can use: offsets ``[[16, 22], [30, 35]]`` as ``16-22; 30-35``,
    lists of names as ``a; b``; only a mapping stays JSON."""
    if isinstance(value, list):
        if all(isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) for v in value):
            return "; ".join(f"{s}-{e}" for s, e in value)
        if all(not isinstance(v, (list, dict)) for v in value):
            return "; ".join("" if v is None else str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def cell(value: Any) -> str:
    """How a table shows one value."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    return " ".join(str(value).split())


def marked(text: str, spans: Sequence[Sequence[int]], on: str, off: str) -> str:
    """``text`` with ``on``/``off`` around each (start, end) span."""
    out, pos = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        if start < pos or end > len(text):
            continue  # overlapping or stale offsets: skip rather than garble the text
        out += [text[pos:start], on, text[start:end], off]
        pos = end
    out.append(text[pos:])
    return "".join(out)


# ASCII control characters (our stand-ins among them): no column, as wcwidth counts them.
_CONTROLS = dict.fromkeys((*range(32), 127))
# One column each, as wcwidth says (tests/test_render.py checks every one): ASCII, Latin-1
# and the Latin extensions, and the general punctuation of news text (dashes, curly
# quotes, ellipses). Text of these alone is measured without importing wcwidth.
_NARROW = re.compile("[\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2030-\u205e]*")


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal: 2 for wide (CJK, emoji), 0 for combining
    marks, and 0 for the bold codes and their stand-ins, which print as nothing."""
    text = text.replace(BOLD, "").replace(RESET, "").translate(_CONTROLS)
    if _NARROW.fullmatch(text):
        return len(text)
    import wcwidth  # its tables cost a search's output more than all else: other text only

    n = wcwidth.wcswidth(text)
    # wcswidth gives -1 when any character is a control one (our stand-ins): count the rest
    return n if n >= 0 else sum(max(wcwidth.wcwidth(c), 0) for c in text)


def _char_width(c: str) -> int:
    if ord(c) in _CONTROLS:
        return 0
    if _NARROW.fullmatch(c):
        return 1
    import wcwidth

    return max(wcwidth.wcwidth(c), 0)


def _cut(text: str, width: int) -> tuple[str, str]:
    """``text`` split where its head fills at most ``width`` columns (at least one character)."""
    used = 0
    for i, c in enumerate(text):
        w = _char_width(c)
        if used + w > width and i:
            return text[:i], text[i:]
        used += w
    return text, ""


def _truncate(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    return _cut(text, max(width - 1, 0))[0].rstrip() + "…"


def _fill(text: str, width: int) -> list[str]:
    """Greedy word wrap by display width; a word wider than ``width`` is broken."""
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        w = display_width(word)
        if line and used + 1 + w <= width:
            line, used = f"{line} {word}", used + 1 + w
            continue
        if line:
            lines.append(line)
        while w > width:
            head, word = _cut(word, width)
            lines.append(head)
            w = display_width(word)
        line, used = word, w
    if line:
        lines.append(line)
    return lines


def _wrap(text: str, width: int, color: bool) -> list[str]:
    lines = _fill(text, width) or [""]
    if not color:
        return lines
    # Bold must not run into the next columns: close it at each line end, reopen after.
    result, bold = [], False
    for line in lines:
        body = (BOLD if bold else "") + line.replace(_ON, BOLD).replace(_OFF, RESET)
        bold = line.rfind(_ON) > line.rfind(_OFF) if _ON in line or _OFF in line else bold
        result.append(body + (RESET if bold else ""))
    return result


def _narrow(widths: list[int], floor: Sequence[int], which: Sequence[int], room: int) -> None:
    """Cut the widest of the columns ``which`` (never below its ``floor``), one column at a
    time, until all the columns' ``widths`` fit in ``room`` or none can be cut."""
    while which and sum(widths) > room:
        widest = max(which, key=lambda i: widths[i] - floor[i])
        if widths[widest] <= floor[widest]:
            break
        widths[widest] -= 1


def table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    *,
    width: int,
    color: bool,
    spaced: bool = True,
) -> str:
    """``rows`` as an aligned plain-text table at most ``width`` columns wide (where it can be);
    ``spaced``: a blank line between rows when some row spans lines."""
    if not rows:
        return ""
    texts: list[list[str]] = []
    for row in rows:
        cells = []
        for col in columns:
            text = cell(row.get(col.key))
            if col.marks and row.get(col.marks) and not isinstance(row.get(col.key), (list, tuple)):
                raw = str(row.get(col.key) or "")
                on, off = (_ON, _OFF) if color else ("**", "**")
                text = " ".join(marked(raw, row[col.marks], on, off).split())
            cells.append(text)
        texts.append(cells)
    shown = [i for i, col in enumerate(columns) if not col.hide_empty or any(t[i] for t in texts)]
    if len(shown) < len(columns):
        columns = [columns[i] for i in shown]
        texts = [[t[i] for i in shown] for t in texts]
    natural = [
        max(display_width(col.header), *(display_width(t[i]) for t in texts)) for i, col in enumerate(columns)
    ]
    widths = [
        0 if col.wrap else w if col.whole or col.never_cut else min(w, col.max_width)
        for w, col in zip(natural, columns, strict=True)
    ]
    wrapping = [i for i, col in enumerate(columns) if col.wrap]
    gaps = _GAP * (len(columns) - 1)
    least = max(_MIN_WRAP // max(len(wrapping), 1), 12)  # each wrapped column's narrowest
    # no wrapped column (shared, last or alone) is made so narrow that it breaks its words (a
    # name in a correction): each is at least its longest word, up to _LONGEST_WORD
    longest = {
        i: min(max((display_width(w) for t in texts for w in t[i].split()), default=0), _LONGEST_WORD)
        for i in wrapping
    }
    room = width - gaps - sum(max(least, longest[i]) for i in wrapping)
    # Too wide: the whole columns first come down to their max_width (widest first), then
    # the widest column but an id (never below its header, nor 12), as long as that helps.
    whole = [i for i, col in enumerate(columns) if col.whole]
    _narrow(widths, [min(widths[i], col.max_width) for i, col in enumerate(columns)], whole, room)
    floor = [max(display_width(col.header), 12) for col in columns]
    _narrow(widths, floor, [i for i, col in enumerate(columns) if not col.wrap and not col.never_cut], room)
    # The wrapped columns share what is left: the narrowest content first takes what it
    # needs of an even share, the last one takes the rest (a lone one: all of it).
    left = width - sum(widths) - gaps
    by_need = sorted(wrapping, key=lambda i: natural[i])
    for n, i in enumerate(by_need):
        share = left // (len(by_need) - n)
        widths[i] = max(share if n == len(by_need) - 1 else min(natural[i], share), least, longest[i])
        left -= widths[i]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True)]
        return (" " * _GAP).join(padded).rstrip()

    out = [line([c.header for c in columns]), line(["-" * w for w in widths])]
    multiline = False
    blocks = []
    for cells in texts:
        wrapped = [
            _wrap(c, w, color) if col.wrap else [_truncate(c, w)]
            for c, w, col in zip(cells, widths, columns, strict=True)
        ]
        height = max(len(w) for w in wrapped)
        multiline |= height > 1
        blocks.append([line([w[i] if i < len(w) else "" for w in wrapped]) for i in range(height)])
    for i, block in enumerate(blocks):
        # A blank line between rows only when some row spans lines, where it is needed.
        if spaced and multiline and i:
            out.append("")
        out.extend(block)
    return "\n".join(out) + "\n"
