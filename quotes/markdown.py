"""Markdown's emphasis marks taken off an article's text: ``*word*``, ``_word_``,
``**word**``, ``__word__`` and ``***word***`` become ``word``, as a reader sees it.

A ``.md`` article is stored without them, so the quote text, its citations and the
search index show the words and not the marks, and every offset refers to the text
kept (the record holds it, as it holds a web page's main text rather than its HTML).

Only what CommonMark reads as emphasis goes, within a paragraph: an opening run
that no space follows and a closing run of the same marks that no space precedes.
An underscore inside a word is none (``snake_case``, ``@some_user``), nor is a
star between spaces (``2 * 3``), a list's ``* item`` or a rule ``***``. A
backslash before a mark (``\\*``) makes it a plain one, the backslash dropped.
Everything else (headings, links, lists) is kept as it is written.
"""

from __future__ import annotations

import re

_NOT_BLANK_LINE = r"(?:(?!\n[ \t]*\n).)"
# *x*, **x**, ***x***: a star run may open and close inside a word ("un*frigging*believable")
_STARS = re.compile(rf"(?<![\\*])(\*{{1,3}})(?=[^\s*])({_NOT_BLANK_LINE}+?)(?<=[^\s*\\])\1(?!\*)", re.S)
# _x_, __x__, ___x___: an underscore run only at a word's edges
_UNDERSCORES = re.compile(
    rf"(?<![\\\w])(_{{1,3}})(?=[^\s_])({_NOT_BLANK_LINE}+?)(?<=[^\s_\\])\1(?![\w])", re.S
)
_ESCAPED = re.compile(r"\\([*_])")


def plain(text: str) -> str:
    """``text`` with Markdown's emphasis marks taken off (see the module docstring)."""
    if "*" not in text and "_" not in text:
        return text
    # innermost last: "**bold *and* more**" loses its outer marks, then its inner ones
    while True:
        stripped = _UNDERSCORES.sub(r"\2", _STARS.sub(r"\2", text))
        if stripped == text:
            return _ESCAPED.sub(r"\1", text)
        text = stripped
