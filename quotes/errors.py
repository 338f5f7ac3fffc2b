"""The errors quotes raises on bad input, a bad store or an unknown name.

Every message is one line naming the thing at fault (a file, a directory, an
id), because the command line prints it as-is: the user sees exactly this and
no traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The longest message shown; longer ones (a huge argument echoed) lose their middle.
MAX_MESSAGE = 400


class QuotesError(Exception):
    """Base of every error quotes reports to a user; ``str()`` is one line."""

    def __init__(self, message: str) -> None:
        # Messages often embed text from files or YAML parsers; keep them to one line
        # so the command line's "Error: ..." stays a single line, and a readable one when an
        # argument was 100 KB long.
        text = " ".join(str(message).split())
        if len(text) > MAX_MESSAGE:
            head, tail = text[: MAX_MESSAGE - 80], text[-40:]
            text = f"{head} [... {len(text) - len(head) - len(tail):,} characters ...] {tail}"
        super().__init__(text)


class ArticleError(QuotesError):
    """An article could not be read: missing, binary, not UTF-8, empty, bad metadata."""


class StoreError(QuotesError):
    """The store is missing, damaged or could not be written."""


class NotFound(QuotesError):
    """No quote, article or speaker by the name asked for."""


class AmbiguousName(QuotesError):
    """A name that had to mean one person means several (a surname two people share)."""

    @classmethod
    def of(cls, name: str, choices: Iterable[str]) -> AmbiguousName:
        # each once: a name two entries share is one choice
        listed = " or ".join(repr(c) for c in dict.fromkeys(choices))
        return cls(f"{name!r} could be {listed}: give one of these names (nothing was changed)")


class QueryError(QuotesError):
    """A search could not be run as asked (bad filter values)."""


class CorrectionError(QuotesError):
    """A correction could not be made as asked (no option, two at once, an unknown kind)."""
