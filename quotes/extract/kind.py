"""Which kind of quote it is: a statement of its speaker (``full`` or ``partial``), or
quoted words that are nobody's statement, the ``title`` of a work ('the show "Morning
Joe"') or a ``term`` (a nickname, scare quotes, markup, a stage direction).
"""

from __future__ import annotations

import re

from quotes.extract.lexicon import ADVERBS, DETERMINERS, NAMING_WORDS, TITLE_CUES, TITLE_NOUNS, WORK_NOUNS
from quotes.extract.marks import STAGE_DIRECTION, Found
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution

_NAMING_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that"}
# Words after a quote that are no noun it could modify
_NOT_NOUNS = {
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "for",
    "of",
    "with",
    "as",
    "by",
    "from",
    "that",
    "which",
} | {"who", "is", "was", "are", "were", "has", "have", "will", "would", "can"}


def kind_of(read: Subjects, q: Found, att: Attribution | None) -> str:
    text = read.doc.text[q.start : q.end].lstrip(" .…[(-—'‘\"“")
    lead = read.doc.masked[max(0, q.outer[0][0] - 40) : q.outer[0][0]]
    if lead.endswith("="):
        return "term"  # markup that slipped into the text: author="..."
    if STAGE_DIRECTION.fullmatch(read.doc.text, q.start, q.end):
        return "term"  # a stage direction: "(CROSSTALK.)"
    if q.start in read.entities.nicknames:
        return "term"  # 'Darnell Ames, whom everyone calls "Bucket"'
    words = text.split()
    before = lead.split()
    after = read.doc.masked[q.outer[-1][1] : q.outer[-1][1] + 30]
    trail = after.split()
    # the noun right after it, or after one modifier ('"Morning Joe" TV show'), not "the program"
    head = [w.lower().strip(",.") for w in trail[:2]]
    named_after = bool(head) and (
        head[0] in TITLE_NOUNS or (len(head) > 1 and head[0] not in DETERMINERS and head[1] in TITLE_NOUNS)
    )
    cued = named_after or any(w.lower().strip(",:") in TITLE_CUES for w in before[-2:])
    capital = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    titled = bool(capital) and all(w in capital or len(w) <= 3 for w in words)
    work = any(w.lower().strip(",:") in WORK_NOUNS for w in before[-2:])
    named = any(w.lower().strip(",:") in NAMING_WORDS for w in before[-2:])
    if (
        (len(words) <= 6 or titled or named)
        and (cued or (work and titled))
        and not lead.rstrip().endswith(":")
    ):
        return (
            "title"  # 'her documentary, "13th,"', 'the show "Morning Joe"', 'the report, "Holding the Line"'
        )
    if (
        att is not None
        and att.rule == "subject"
        and (len(words) == 1 or (len(words) <= 6 and titled))
        and before
        and (
            before[-1].lower() in _NAMING_DETERMINERS
            or before[-1].endswith(("'s", "’s"))
            or "-" in before[-1]
        )
        and text.rstrip()[-1:] not in ",.!?"
        and trail
        and trail[0][:1].islower()
        and trail[0].strip(",.;") not in _NOT_NOUNS | DETERMINERS | ADVERBS | {"all", "every", "each"}
        and not (len(before) > 1 and before[-2].lower() == "as")  # 'hammering Lowe as a "fraud"'
    ):
        # 'a three-day "Jeb Can Fix It" bus tour', 'the GOP's "establishment" candidate': a
        # word, or a name in title case, between a determiner and a noun qualifies the noun;
        # the sentence's subject did not say it
        return "term"
    if read.embedded(q) and len(words) <= 6:
        # 'on CBS's "Face the Nation"', 'MSNBC's "Morning Joe"', 'On "Meet the Press,"'
        owner = bool(before) and before[-1].endswith(("'s", "’s")) and before[-1][:1].isupper()
        placed = bool(before) and before[-1].lower() in {"on", "of"}
        # (a subject the sentence has is no speaker of a title: 'Sanders went on "The View"')
        if titled and (owner or ((att is None or att.rule == "subject") and placed)):
            return "title"
        # Robert C. "Bobby" Scott: a nickname inside a name
        if (
            len(words) <= 2
            and titled
            and before
            and before[-1][:1].isupper()
            and not before[-1].endswith(("'s", "’s"))
            and re.match(r" [A-Z]", after)
        ):
            return "term"
    if (
        att is None
        and read.embedded(q)
        and len(words) <= 3
        and not re.search(r"[.!?]", text.rstrip(".!?,"))
        # a speech verb anywhere before it in the sentence says somebody said them
        # ("announcing that the claim was "true"", "described them as "predators"")
        and not read.speaks(read.doc.sentence_at(q.outer[0][0]).start, q.outer[0][0])
    ):
        return "term"  # scare quotes with nobody behind them
    if text[:1].isupper() or text[:1].isdigit():
        return "partial" if read.embedded(q) else "full"
    return "partial"
