"""What the extraction tests share: the quotes of a text with the speaker each was given."""

from __future__ import annotations

from quotes.extract import explain_quotes, extract_quotes


def who_said_what(text: str) -> list[tuple[str, str | None]]:
    """Each quote of ``text`` as (its text, its speaker or None), in the article's order."""
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def mentions(text: str) -> list[tuple[str, str | None]]:
    """Each quote of ``text`` as (its text, the words its speaker was read from or None)."""
    return [
        (e.quote.text, e.quote.speaker_mention.text if e.quote.speaker_mention else None)
        for e in explain_quotes(text)
    ]
