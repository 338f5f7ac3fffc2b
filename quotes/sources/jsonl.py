"""JSON Lines: one article per line, as other tools export them.

Each line is an object with ``text`` (required) and any of ``title``, ``source``,
``date`` (YYYY-MM-DD), ``url`` and ``authors`` (a list of names or one byline);
other keys are ignored and blank lines skipped. A bad line is reported with its
line number and skipped; the others are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from quotes.article import Metadata, convert_hint, metadata_from_mapping
from quotes.errors import ArticleError


def read_jsonl(lines: Iterable[bytes], where: str) -> Iterator[tuple[Metadata, str] | ArticleError]:
    """(metadata, text) for each line of a JSON Lines file, or an ArticleError naming
    ``where:LINE`` for a line that is not an article."""
    for number, raw in enumerate(lines, 1):
        at = f"{where}:{number}"
        try:
            line = raw.decode("utf-8").removeprefix("\ufeff").strip()
        except UnicodeDecodeError:
            yield ArticleError(
                f"{at}: not UTF-8; convert the file first, {convert_hint(where, 'windows-1252')}"
            )
            continue
        if not line:
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            yield ArticleError(f"{at}: bad JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(data, dict):
            yield ArticleError(f"{at}: expected a JSON object, not {type(data).__name__}")
            continue
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ArticleError(f"{at}: no article text (a 'text' string is required)")
            continue
        try:
            meta = metadata_from_mapping(data, at)
        except ArticleError as e:
            yield e
            continue
        yield meta, text
