"""YAML reading and writing for metadata and records, in one place.

Uses libyaml (CSafeLoader/CSafeDumper) when PyYAML was built with it: records
hold whole articles and the C loader is several times faster. Output is meant
to be read by people: block style, keys in insertion order, unicode as-is,
multi-line text as literal blocks, offsets as ``[start, end]`` pairs.
"""

from __future__ import annotations

from typing import Any

import yaml

# Plain getattr rather than try/except import: both classes have the same API and
# this keeps one name of one type for mypy.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

YAMLError = yaml.YAMLError


class _Loader(_BaseLoader):
    """Safe loader whose ``!!binary`` values are text (UTF-8) or an error, never bytes:
    nothing quotes reads (metadata, records) is binary, and ``str(b'...')`` is no title."""


def _construct_binary(loader: Any, node: Any) -> str:
    raw = yaml.SafeLoader.construct_yaml_binary(loader, node)
    try:
        return str(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise yaml.constructor.ConstructorError(
            None, None, "a !!binary value that is not UTF-8 text", node.start_mark
        ) from e


_Loader.add_constructor("tag:yaml.org,2002:binary", _construct_binary)


class _ReadableDumper(_Dumper):
    """Safe dumper with the representers below."""


def _represent_str(dumper: Any, data: str) -> Any:
    # Literal blocks keep article text legible; the emitter itself falls back to a
    # quoted scalar where a literal block could not round-trip (trailing spaces, CR).
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_list(dumper: Any, data: list[Any]) -> Any:
    # Offsets read best on one line: spans: [[146, 161]].
    flow = bool(data) and all(
        isinstance(x, int) or (isinstance(x, list) and all(isinstance(y, int) for y in x)) for x in data
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_ReadableDumper.add_representer(str, _represent_str)
_ReadableDumper.add_representer(list, _represent_list)


def load(text: str) -> Any:
    """Parse one YAML document with the safe loader; raises ``YAMLError``."""
    try:
        return yaml.load(text, Loader=_Loader)
    except ValueError as e:
        # The timestamp constructor raises a bare ValueError for "date: 2024-02-30".
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


def dump(data: Any) -> str:
    """Serialise ``data`` as readable block-style YAML (deterministic for equal data)."""
    return str(
        yaml.dump(
            data,
            Dumper=_ReadableDumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100,
        )
    )
