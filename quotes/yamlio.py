"""YAML reading and writing for metadata and records, in one place.

Uses libyaml (CSafeLoader/CSafeDumper) when PyYAML was built with it: records
hold whole articles and the C loader is several times faster. Output is meant
to be read by people: block style, keys in insertion order, unicode as-is,
multi-line text as literal blocks, offsets as ``[start, end]`` pairs, no line
folded.

The bytes written are the same with libyaml or without it (a store must not
change with how PyYAML was installed): the two emitters agree except on
characters beyond U+FFFF (libyaml escapes an emoji as ``\U0001f389``), so data
holding one is written by the Python emitter. Lines are never folded (the two
fold differently). Text holding NEL, LS or PS is double-quoted with escapes: YAML
1.1 reads those characters as line breaks anywhere else.

With libyaml, plain data (mappings, lists, strings, numbers, booleans, None: what
records and registries hold) is dumped as the stream of events PyYAML's representer
and serializer would make of it, made here in one pass and handed to libyaml's
emitter: the same bytes at about half the cost (the representer spends more than
the emitter). A non-empty mapping of such data (a record) is written here as text, each
string in the style libyaml's emitter would choose, decided here (plain, single-quoted,
literal block) and left to libyaml where it would write double quotes or keep final line
breaks. Anything else goes through the representer.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import re
from typing import Any

# PyYAML is imported on first use, not with this module: a search reads no YAML and
# should not pay for loading it.


def __getattr__(name: str) -> Any:
    if name == "YAMLError":  # ``except yamlio.YAMLError`` resolves it when an error is matched
        import yaml

        return yaml.YAMLError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _construct_binary(loader: Any, node: Any) -> str:
    """``!!binary`` values are text (UTF-8) or an error, never bytes: nothing quotes reads
    (metadata, records) is binary, and ``str(b'...')`` is no title."""
    import yaml

    raw = yaml.SafeLoader.construct_yaml_binary(loader, node)
    try:
        return str(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise yaml.constructor.ConstructorError(
            None, None, "a !!binary value that is not UTF-8 text", node.start_mark
        ) from e


class _NoSuchDate(ValueError):
    """A timestamp of the right form naming no day ("2025-02-30"), with where it is."""

    def __init__(self, value: str, reason: str, line: int, column: int) -> None:
        super().__init__(reason)
        self.value, self.reason, self.line, self.column = value, reason, line, column


def _construct_timestamp(loader: Any, node: Any) -> Any:
    import yaml

    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as e:
        # the bare ValueError says neither the value nor where: keep both for load()
        raise _NoSuchDate(node.value, str(e), node.start_mark.line, node.start_mark.column) from e


@functools.cache
def _classes() -> tuple[Any, Any, Any]:
    """The safe loader, the readable dumper (libyaml's when PyYAML was built with it: records
    hold whole articles and the C classes are several times faster) and the same dumper in
    pure Python, for what libyaml would escape."""
    import yaml

    # Plain getattr rather than try/except import: both classes have the same API.
    loader: Any = type("_Loader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
    loader.add_constructor("tag:yaml.org,2002:binary", _construct_binary)
    loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    dumpers = []
    for base in (getattr(yaml, "CSafeDumper", yaml.SafeDumper), yaml.SafeDumper):
        dumper: Any = type("_ReadableDumper", (base,), {})
        dumper.add_representer(str, _represent_str)
        dumper.add_representer(list, _represent_list)
        dumpers.append(dumper)
    return loader, dumpers[0], dumpers[1]


_EMITTERS_DISAGREE = re.compile("[\U00010000-\U0010ffff]")
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
#: No folding: a line is as long as its text.
_WIDTH = 2**31 - 1


def _represent_str(dumper: Any, data: str) -> Any:
    # Literal blocks keep article text legible; the emitter itself falls back to a
    # quoted scalar where a literal block could not round-trip (trailing spaces, CR).
    # Not for YAML 1.1's other line breaks: PyYAML's emitter would write them raw in a
    # block, and every loader reads them back as "\n".
    if _LINE_BREAKS.search(data):
        style: str | None = '"'
    else:
        style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_list(dumper: Any, data: list[Any]) -> Any:
    # Offsets read best on one line: spans: [[146, 161]].
    flow = bool(data) and all(
        isinstance(x, int) or (isinstance(x, list) and all(isinstance(y, int) for y in x)) for x in data
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _libyaml_differs(data: Any) -> bool:
    """Whether ``data`` holds a character beyond U+FFFF: searched in its JSON text with every
    character as it is (one pass in C over every key and value); walked when JSON cannot
    hold it."""
    try:
        flat = json.dumps(data, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return _walk_differs(data)
    return _EMITTERS_DISAGREE.search(flat) is not None


def _walk_differs(data: Any) -> bool:
    if isinstance(data, str):
        return _EMITTERS_DISAGREE.search(data) is not None
    if isinstance(data, dict):
        return any(_walk_differs(k) or _walk_differs(v) for k, v in data.items())
    if isinstance(data, (list, tuple)):
        return any(_walk_differs(x) for x in data)
    return False


def load(text: str) -> Any:
    """Parse one YAML document with the safe loader; raises ``YAMLError``."""
    import yaml

    try:
        return yaml.load(text, Loader=_classes()[0])
    except _NoSuchDate as e:
        # "date: 2025-02-30": name the key the value is on, so the message says which field
        lines = text.splitlines()
        before = lines[e.line][: e.column] if e.line < len(lines) else ""
        key = re.fullmatch(r"\s*(?:-\s+)?([\w-]+)\s*:\s*", before)
        where = f"{key[1]}: " if key else ""  # (a line number would count from the YAML, not the file)
        raise yaml.YAMLError(f"{where}{e.value!r} is no such date ({e.reason})") from e
    except ValueError as e:
        # another constructor's bare ValueError
        raise yaml.YAMLError(f"bad value: {e}") from e


def first_line(error: Exception) -> str:
    """The first line of a (multi-line) YAML error, for one-line messages."""
    text = str(error).strip()
    line = text.splitlines()[0] if text else type(error).__name__
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        # "while parsing a flow sequence (line 3, column 8)": where to look
        line = f"{line.rstrip(':')} (line {mark.line + 1}, column {mark.column + 1})"
    return line


def described(error: Exception) -> str:
    """A YAML error on one line with all it says: what was being read and where it started,
    then what was expected and where it was not found ("while parsing a flow mapping (line 69,
    column 1): expected ',' or '}', but got '<stream end>' (line 70, column 1)")."""
    parts = []
    for what, mark in (("context", "context_mark"), ("problem", "problem_mark")):
        text, where = getattr(error, what, None), getattr(error, mark, None)
        if text:
            parts.append(f"{text} (line {where.line + 1}, column {where.column + 1})" if where else str(text))
    return ": ".join(parts) or first_line(error)


class _Unusual(Exception):
    """Data the event stream does not make (another type, an object met twice): dumped by
    the representer instead."""


_STR = "tag:yaml.org,2002:str"
#: The scalar events of short strings and small values, by (type, value): keys, kinds,
#: cues and names recur in every record (an event is only read by the emitter).
_SCALARS: dict[tuple[type, Any], Any] = {}
_SHORT = 80


@functools.cache
def _events() -> tuple[Any, Any]:
    import yaml

    return yaml.events, getattr(yaml, "CSafeDumper", None)


def _scalar(x: Any) -> Any:
    """The scalar event the representer and serializer make of ``x``; _Unusual for a type
    they alone know."""
    import yaml

    t = type(x)
    event = yaml.events.ScalarEvent
    if t is str:
        style = '"' if _LINE_BREAKS.search(x) else "|" if "\n" in x else None
        # ``implicit`` as the serializer has it: written plain, is it read back as a string
        # (no implicit resolver, int, bool, null or a date, claims it)?
        plain = _resolver().resolve(yaml.nodes.ScalarNode, x, (True, False)) == _STR
        return event(None, _STR, (plain, True), x, style=style)
    if t is int:
        return event(None, "tag:yaml.org,2002:int", (True, False), str(x), style=None)
    if x is None:
        return event(None, "tag:yaml.org,2002:null", (True, False), "null", style=None)
    if t is bool:
        return event(None, "tag:yaml.org,2002:bool", (True, False), "true" if x else "false", style=None)
    if t is float and math.isfinite(x):
        value = yaml.representer.SafeRepresenter().represent_float(x).value
        return event(None, "tag:yaml.org,2002:float", (True, False), value, style=None)
    raise _Unusual


@functools.cache
def _resolver() -> Any:
    import yaml

    return yaml.resolver.Resolver()


def _emit(data: Any) -> str:
    """``data`` dumped as the representer and serializer of the readable dumper would, by
    events to libyaml's emitter; _Unusual when it holds what they alone know how to write."""
    import yaml

    ev, emitter = _events()
    out: list[Any] = [ev.StreamStartEvent(), ev.DocumentStartEvent(explicit=False)]
    seen: set[int] = set()
    scalars = _SCALARS
    add = out.append

    def scalar(x: Any) -> None:
        t = type(x)
        # not floats: 0.0 and -0.0 are one key, two scalars
        kept = t is not float and (t is not str or len(x) <= _SHORT)
        event = scalars.get((t, x)) if kept else None
        if event is None:
            event = _scalar(x)
            if kept:
                if len(scalars) > 1 << 16:
                    scalars.clear()
                scalars[t, x] = event
        add(event)

    def walk(x: Any) -> None:
        t = type(x)
        if t is dict or t is list:
            if id(x) in seen:
                raise _Unusual  # the representer writes an anchor and an alias
            seen.add(id(x))
            if t is dict:
                add(ev.MappingStartEvent(None, "tag:yaml.org,2002:map", True, flow_style=False))
                for k, v in x.items():
                    scalar(k) if type(k) is str else walk(k)
                    walk(v)
                add(ev.MappingEndEvent())
            else:
                # as _represent_list decides (a bool is an int there too)
                flow = bool(x) and all(
                    isinstance(i, int) or (isinstance(i, list) and all(isinstance(j, int) for j in i))
                    for i in x
                )
                add(ev.SequenceStartEvent(None, "tag:yaml.org,2002:seq", True, flow_style=flow))
                for i in x:
                    walk(i)
                add(ev.SequenceEndEvent())
        else:
            scalar(x)

    walk(data)
    out += [ev.DocumentEndEvent(explicit=False), ev.StreamEndEvent()]
    return str(yaml.emit(out, Dumper=emitter, allow_unicode=True, width=_WIDTH))


# The characters libyaml prints as they are (allow_unicode): the rest (a tab, a control, a
# BOM, a line or paragraph separator, a surrogate, a character beyond U+FFFF) it escapes in
# double quotes. Compiled into patterns when a record is first written, not at import (3-4
# ms: the class spans most of Unicode), since every command imports this module and most
# write no YAML.
_PRINTABLE = "\\x20-\\x7e\\xa0-\\u2027\\u202a-\\ud7ff\\ue000-\\ufefe\\uff00-\\ufffd"


_NOT_PLAIN = re.compile(": | #|:$")
#: How libyaml writes short strings (kinds, cues and names recur), floats (by their repr) and
#: keys (with their colon).
_STRS: dict[str, str] = {}
_WRITTEN: dict[tuple[type, Any], str] = {}
_KEYS: dict[str, str] = {}


def _written(x: Any) -> str:
    """How libyaml writes scalar ``x`` as a value in block context, when on one line (the same
    as a mapping's value or a sequence's item: the style it picks depends only on the text);
    _Unusual for a scalar written on several lines or of a type the representer alone knows."""
    t = type(x)
    if t is str:
        found = _STRS.get(x)
        if found is not None:
            return found
        written = _single_line(x)
        if written is None:
            written = _one_line(x)
        if len(x) <= _SHORT:
            if len(_STRS) > 1 << 16:
                _STRS.clear()
            _STRS[x] = written
        return written
    if t is int:
        return str(x)
    if x is None:
        return "null"
    if t is bool:
        return "true" if x else "false"
    if t is float:
        key = (t, repr(x))  # not x: 0.0 and -0.0 are one key, two scalars
        found = _WRITTEN.get(key)
        if found is None:
            found = _WRITTEN[key] = _one_line(x)
        return found
    raise _Unusual


@functools.cache
def _node() -> Any:
    import yaml

    return yaml.nodes.ScalarNode


def _emitted(x: Any) -> str:
    """``x`` as libyaml writes it as the value of a one-key mapping at the top level, what
    follows ``k: `` (its line break included); _Unusual when it ends the document open."""
    import yaml

    if type(x) is str and _EMITTERS_DISAGREE.search(x):
        raise _Unusual  # the Python emitter writes it (see dump)
    ev, emitter = _events()
    events = [
        ev.StreamStartEvent(),
        ev.DocumentStartEvent(explicit=False),
        ev.MappingStartEvent(None, "tag:yaml.org,2002:map", True, flow_style=False),
        _scalar("k"),
        _scalar(x),
        ev.MappingEndEvent(),
        ev.DocumentEndEvent(explicit=False),
        ev.StreamEndEvent(),
    ]
    out = str(yaml.emit(events, Dumper=emitter, allow_unicode=True, width=_WIDTH))
    if not out.startswith("k: ") or not out.endswith("\n") or out.endswith("\n...\n"):
        raise _Unusual
    return out[3:]


def _one_line(x: Any) -> str:
    written = _emitted(x)
    if written.count("\n") != 1:
        raise _Unusual
    return written[:-1]


def _single_line(x: str) -> str | None:
    """``x`` (one line) as libyaml writes it as a value in block context, decided here as its
    emitter decides (``yaml_emitter_analyze_scalar``, ``select_scalar_style``): plain when
    nothing in it reads as an indicator and it reads back as a string, else in single quotes
    (``'`` doubled); None for what it would write in double quotes (a character it does not
    print: a tab, a control, a BOM, a line break; a character beyond U+FFFF), left to it."""
    if not x:
        return "''"  # read back plain, "" is null
    if not _printable().fullmatch(x):
        return None
    if (
        x[0] != " "
        and x[-1] != " "
        and x[0] not in _FIRST_INDICATORS
        and not (x[0] in "-?:" and (len(x) == 1 or x[1] == " "))
        and not x.startswith(("---", "..."))
        and not _NOT_PLAIN.search(x)
        and (x[0] not in _MAY_RESOLVE or _resolver().resolve(_node(), x, (True, False)) == _STR)
    ):
        return x
    return f"'{x.replace(chr(39), chr(39) * 2)}'"


#: A plain scalar cannot begin with these (libyaml's block indicators as a first character).
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
#: First characters of what PyYAML's implicit resolvers may read as another type (a bool, a
#: number, null, a date, "=", "<<"): any other string read back plain is a string.
_MAY_RESOLVE = frozenset("yYnNtTfFoO~0123456789+-.<=")


@functools.cache
def _printable() -> re.Pattern[str]:
    return re.compile(f"[{_PRINTABLE}]+")


@functools.cache
def _printable_lines() -> re.Pattern[str]:
    return re.compile(f"[{_PRINTABLE}\n]+")


def _literal(x: str, indent: int) -> str | None:
    """Text on several lines as libyaml writes it as a literal block under a key indented by
    ``indent`` (what follows ``key: ``): the indentation hint when it begins with a space or a
    line break, ``-`` when it does not end with one, each line indented under the key and
    empty lines left empty. None where libyaml would write it otherwise: in double quotes (a
    character it does not print, a space before a line break or at the end) or with its
    final line breaks kept (``|+``, which leaves the document open), left to it."""
    if not _printable_lines().fullmatch(x) or " \n" in x or x[-1] == " " or x.endswith("\n\n") or x == "\n":
        return None
    hint = "2" if x[0] in " \n" else ""
    if x[-1] == "\n":
        x, chomp = x[:-1], ""
    else:
        chomp = "-"
    pad = " " * (indent + 2)
    body = "\n".join(f"{pad}{line}" if line else line for line in x.split("\n"))
    return f"|{hint}{chomp}\n{body}\n"


def _block(x: str, indent: int) -> str:
    """Text on several lines, the value of a mapping indented by ``indent``, as libyaml writes
    it: a literal block (or a quoted scalar where it must), its lines indented under the key
    (empty lines stay empty)."""
    written = _literal(x, indent)
    if written is not None:
        return written
    written = _emitted(x)
    if not indent:
        return written
    pad = " " * indent
    head, *lines = written.split("\n")
    return "\n".join([head, *(f"{pad}{line}" if line else line for line in lines)])


def _fast(data: dict[Any, Any]) -> str:
    """``data`` (a mapping) as libyaml writes it, the text made here: block mappings and
    sequences indented as libyaml does (a sequence in a mapping not indented, a mapping in a
    sequence begun on the item's line), offsets as flow lists, each scalar as ``_written``
    gives it and text on several lines as ``_block`` does. _Unusual for anything else. The
    same bytes as ``_emit`` (tested against the representer), at a fraction of the cost of
    an event per scalar."""
    out: list[str] = []
    _mapping(data, 0, "", out, set())
    return "".join(out)


def _key(k: Any) -> str:
    # Plain keys only (the style a value would have, as libyaml decides it for both): it
    # writes a long key, or one it quotes with escapes, as a complex key ("? ").
    if type(k) is not str or len(k) > _SHORT or _single_line(k) != k:
        raise _Unusual
    if len(_KEYS) > 1 << 12:
        _KEYS.clear()
    written = _KEYS[k] = f"{k}:"
    return written


def _value(v: Any, indent: int, out: list[str], seen: set[int]) -> None:
    """Writes what follows ``key:`` for value ``v`` of a mapping indented by ``indent``."""
    t = type(v)
    if t is dict or t is list:
        if id(v) in seen:
            raise _Unusual  # the representer writes an anchor and an alias
        seen.add(id(v))
        if not v:
            out.append(" {}\n" if t is dict else " []\n")
        elif t is dict:
            out.append("\n")
            _mapping(v, indent + 2, " " * (indent + 2), out, seen)
        elif _flow(v):
            out.append(f" {_flow_list(v)}\n")
        else:
            out.append("\n")
            _sequence(v, indent, out, seen)  # not indented under its key
    elif t is str and "\n" in v:
        out.append(f" {_block(v, indent)}")
    else:
        out.append(f" {_written(v)}\n")


def _mapping(d: dict[Any, Any], indent: int, first: str, out: list[str], seen: set[int]) -> None:
    """A non-empty block mapping at ``indent``, its first line begun with ``first``."""
    pad = " " * indent
    lead = first
    for k, v in d.items():
        key = _KEYS.get(k) or _key(k)  # only str keys are kept: no other key equals one
        t = type(v)
        # the usual scalars here, the rest in _value
        if t is str and "\n" not in v:
            out.append(f"{lead}{key} {_STRS.get(v) or _written(v)}\n")
        elif t is int:
            out.append(f"{lead}{key} {v}\n")
        elif v is None:
            out.append(f"{lead}{key} null\n")
        else:
            out.append(f"{lead}{key}")
            _value(v, indent, out, seen)
        lead = pad


def _sequence(items: list[Any], indent: int, out: list[str], seen: set[int]) -> None:
    pad = " " * indent
    for x in items:
        t = type(x)
        if t is dict and x:
            if id(x) in seen:
                raise _Unusual
            seen.add(id(x))
            _mapping(x, indent + 2, f"{pad}- ", out, seen)
        elif t is dict or t is list:
            raise _Unusual  # an empty mapping or a list in a list: left to the events
        else:
            out.append(f"{pad}- {_written(x)}\n")


def _flow(x: list[Any]) -> bool:
    # as _represent_list decides (a bool is an int there too)
    return all(isinstance(i, int) or (isinstance(i, list) and all(isinstance(j, int) for j in i)) for i in x)


def _flow_list(x: list[Any]) -> str:
    return "[" + ", ".join(_flow_list(i) if type(i) is list else _written(i) for i in x) + "]"


def dump(data: Any) -> str:
    """Serialise ``data`` as readable block-style YAML (the same bytes for equal data,
    with libyaml or without)."""
    import yaml

    _, readable, python_readable = _classes()
    if _events()[1] is not None:
        # _fast writes no character beyond U+FFFF (it leaves them to the Python emitter)
        if type(data) is dict and data:
            with contextlib.suppress(_Unusual):
                return _fast(data)
        if not _libyaml_differs(data):
            with contextlib.suppress(_Unusual):
                return _emit(data)
    return str(
        yaml.dump(
            data,
            Dumper=python_readable if _libyaml_differs(data) else readable,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=_WIDTH,
        )
    )
