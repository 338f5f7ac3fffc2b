"""The kinds of quotation a record holds: the words of ``quotes.model``'s vocabulary that a
query needs (``kind:full``, the speakers' statements), apart from the model's classes so that
a search or a ``by``, which builds no record, need not import them (issue 11)."""

from __future__ import annotations

#: Quote kinds. ``title`` and ``term`` are quoted words that are nobody's
#: statement (a book title, a nickname, scare quotes); they never carry a speaker.
KINDS = ("full", "partial", "title", "term")
STATEMENT_KINDS = ("full", "partial")
