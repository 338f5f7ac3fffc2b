"""What the extraction tests share: the quotes of a text with the speaker each was given, the
words it was read from, and what one rule proposed."""

from __future__ import annotations

from quotes.extract import explain_quotes, extract_quotes


def who_said_what(text: str) -> list[tuple[str, str | None]]:
    """Each quote of ``text`` as (its text, its speaker or None), in the article's order."""
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def mentions(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and the words its speaker was read from (None: nobody)."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract_quotes(text)]


def proposed_by(text: str, rule: str) -> list[str | None]:
    """Per quote of ``text``, the words ``rule`` proposed as its speaker (None: it did not)."""
    return [
        next(
            (
                s.candidate.words.text
                for s in e.candidates
                if s.candidate.words is not None and rule in s.candidate.sources
            ),
            e.quote.speaker_mention.text if e.rule == rule and e.quote.speaker_mention else None,
        )
        for e in explain_quotes(text)
    ]
