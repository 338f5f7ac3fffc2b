"""The article as attribution reads it: the reporter's words with the quotes
masked out, cut into paragraphs and sentences.

Masking keeps every offset (each quoted character becomes a space, and so does
a dateline such as "OAKMERE —"), so a rule
that finds "said Peskov" in the masked text has found it in the article too,
and no rule can mistake words inside a quote for the reporter's. The last
punctuation mark of each quote is kept, because it decides where the
reporter's sentence ends (``"...done." He said`` against ``"...done," he said``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from bisect import bisect_right
from functools import cached_property
from typing import NamedTuple

from quotes.extract.lexicon import NON_FINAL_ABBREVIATIONS
from quotes.extract.marks import SPACES, Found, Paragraph, paragraphs
from quotes.extract.words import LineWords

# At a paragraph's start: "OAKMERE —", "PORT-SAINT-ALBAN, Veloria (Meridian Wire) —", "TULSA, Okla. (AP) -",
# "OAKMERE, Dec. 8 (UPI) —", and the typewriter's dash: "OAKMERE --"
_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z0-9][\w.]*)?)?"
    r"(?: \([\w .]+\))? ?(?:--|[—–-])) "
)
_NEWLINE = re.compile("\n")
# Spaces other than the plain one, read as a plain space in the masked text (one character
# each, so offsets hold): the rules and their word tables spell a space " ", and a no-break
# space typed between two quotes or before a dash ('“Big,”\xa0“Splash”', 'OAKMERE\xa0—')
# would otherwise join what it separates
_OTHER_SPACES = SPACES.replace(" ", "")
# (its first stop spelled out, not "[.!?…]+": a pattern that opens with a character class
# lets the regex engine skip to the next stop instead of trying at every character)
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+(?:[\"“‘'(\[]|[A-Z0-9]))")


class Sentence(NamedTuple):
    """A sentence of the masked text, at [start, end), in paragraph ``paragraph``. A
    NamedTuple, immutable as a frozen dataclass and built directly (tuple.__new__) at a
    tenth of its cost: an article has dozens."""

    index: int  # type: ignore[assignment]  # (the field hides tuple.index, never used here)
    start: int
    end: int
    paragraph: int


_new_sentence = tuple.__new__


class Document:
    """Paragraphs, sentences and the masked text of one article."""

    def __init__(self, text: str, quotes: list[Found]) -> None:
        self.text = text
        self.quotes = quotes
        pieces: list[str] = []
        pos = 0
        for s, e in sorted(span for q in quotes for span in q.spans):
            if s < pos:
                continue  # spans never overlap; this only guards against it
            keep = e - 1
            while keep > s and text[keep].isspace():
                keep -= 1
            pieces.append(text[pos:s])
            # every character but a newline becomes a space, a line at a time (not a regex
            # substitution per character: quotes are most of an article's text)
            blank = "\n".join(" " * len(line) for line in text[s:e].split("\n"))
            if s <= keep < e and text[keep] in ".,!?;:—–-":
                blank = blank[: keep - s] + text[keep] + blank[keep - s + 1 :]
            pieces.append(blank)
            pos = e
        pieces.append(text[pos:])
        masked = "".join(pieces)
        # (str.replace, one space at a time: a hundred times as fast as str.translate with a
        # table, which looks every character up, and no copy where the text has none)
        for space in _OTHER_SPACES:
            masked = masked.replace(space, " ")
        # "HOLLIS CREEK — With ...": a dateline is where the story was filed, not a name
        # (blanked in one join: rebuilding the text at each one is quadratic)
        pieces, pos = [], 0
        # where each blanked dateline's paragraph starts, and where its first sentence does
        self._datelines: dict[int, int] = {}
        # a dateline opens a line and never holds a newline: it is matched at each line's
        # start only, not searched for at every character
        for line_start in itertools.chain((0,), (n.end() for n in _NEWLINE.finditer(masked))):
            m = _DATELINE.match(masked, line_start)
            if m is None:
                continue
            pieces += [masked[pos : m.start(1)], " " * (m.end(1) - m.start(1))]
            pos = m.end(1)
            self._datelines[m.start(1)] = m.end()
        self.masked = "".join(pieces) + masked[pos:]
        self.paragraphs: list[Paragraph] = list(paragraphs(text))
        self._para_starts = [p.start for p in self.paragraphs]
        self._openings = {q.outer[0][0]: q for q in quotes}
        self.sentences: list[Sentence] = []
        for p in self.paragraphs:
            self.sentences.extend(self._split(p))
        self._sent_starts = [s.start for s in self.sentences]
        # the furthest quote start so far, quote by quote: never decreasing, so bisecting it
        # finds the first quote (in the order given) that opens at or after a position
        self._quote_reach = list(itertools.accumulate((q.outer[0][0] for q in quotes), max))
        self._matches: dict[tuple[re.Pattern[str], int], list[re.Match[str]]] = {}

    def _split(self, p: Paragraph) -> list[Sentence]:
        out: list[Sentence] = []
        start = self._datelines.get(p.start, p.start)  # the sentence opens after its dateline
        for m in _SENTENCE_END.finditer(self.masked, p.start, p.end):
            if self._is_abbreviation(m.start()):
                continue
            out.append(_new_sentence(Sentence, (len(self.sentences) + len(out), start, m.end(), p.index)))
            start = m.end()
            while start < p.end and self.masked[start].isspace():
                start += 1
        out.append(_new_sentence(Sentence, (len(self.sentences) + len(out), start, p.end, p.index)))
        return out

    def _is_abbreviation(self, dot: int) -> bool:
        if self.masked[dot] != "." or self.masked[dot - 1 : dot] == ")":
            return False  # "said Elijah Cummings (D-Md.). Next": the stop after a parenthesis
        j = dot
        while j > 0 and not self.masked[j - 1].isspace():
            j -= 1
        word = self.masked[j:dot].strip("\"'“‘(").lower()
        if len(word) > 1 and "." in word and self._quoted_sentence_at(dot + 1):
            # 'said Sen. Lindsey Graham, R-S.C. "I get that."', '..., said Ben Wikler of
            # MoveOn.org. "That's going to happen."': a dotted word ends the sentence when a
            # quoted sentence follows it (not 'Gov. C.L. "Butch" Otter': a nickname)
            return False
        # Initials ("J."), dotted acronyms ("U.S.") and titles ("Sen.", "then-Gov.", "ex-Sen.")
        # do not end a sentence.
        return (
            len(word) == 1
            or "." in word
            or word in NON_FINAL_ABBREVIATIONS
            or ("-" in word and word.rsplit("-", 1)[1] in NON_FINAL_ABBREVIATIONS)
        )

    def _quoted_sentence_at(self, pos: int) -> bool:
        """Whether a quote that reads as a sentence of its own (a capital, three words or
        more) opens at ``pos``, past spaces."""
        while pos < len(self.masked) and self.masked[pos] == " ":
            pos += 1
        q = self._openings.get(pos)
        if q is None:
            return False
        words = self.text[q.spans[0][0] : q.spans[-1][1]].split()
        return len(words) >= 3 and words[0][:1].isupper()

    @cached_property
    def words(self) -> LineWords:
        """The words of the masked text (``read_words``), each line read once: one reader for
        the rules and the resolver, which ask about the same sentences again and again."""
        return LineWords(self.masked)

    # (asked some 300 times an article: a conditional, not max(), and
    # bisect_right imported by name)
    def paragraph_at(self, pos: int) -> Paragraph:
        k = bisect_right(self._para_starts, pos)
        return self.paragraphs[k - 1 if k else 0]

    def sentence_at(self, pos: int) -> Sentence:
        k = bisect_right(self._sent_starts, pos)
        return self.sentences[k - 1 if k else 0]

    def next_quote(self, pos: int) -> Found | None:
        """The first quote, in the order of :attr:`quotes`, that opens at or after ``pos``."""
        k = bisect.bisect_left(self._quote_reach, pos)
        return self.quotes[k] if k < len(self.quotes) else None

    def matches(self, pattern: re.Pattern[str], sentence: Sentence) -> list[re.Match[str]]:
        """The matches of ``pattern`` in the masked text of one sentence, searched once per
        sentence: a rule asks for each quote, and a long sentence can hold many."""
        key = (pattern, sentence.index)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = list(pattern.finditer(self.masked, sentence.start, sentence.end))
        return found

    def quotes_within(self, lo: int, hi: int) -> list[Found]:
        """The quotes whose marks lie inside [lo, hi), in the order of :attr:`quotes`."""
        by_opening = self._by_opening
        found = []
        # walked by index: a slice from ``first`` would copy every later quote, each call
        for i in range(bisect.bisect_left(by_opening, (lo, -1)), len(by_opening)):
            start, k = by_opening[i]
            if start >= hi:
                break
            if self.quotes[k].outer[-1][1] <= hi:
                found.append(k)
        return [self.quotes[k] for k in sorted(found)]

    def quote_over(self, start: int, end: int) -> bool:
        """Whether a quote (its opening mark included) overlaps [start, end)."""
        k = bisect.bisect_left(self._by_opening, (end, -1))  # the quotes opening before ``end``
        return k > 0 and self._end_reach[k - 1] > start

    def quote_over_paragraph(self, index: int) -> bool:
        """Whether a quote runs over paragraph ``index`` (opens, closes or continues in it)."""
        k = bisect.bisect_right(self._by_paragraph, (index, len(self.quotes)))
        return k > 0 and self._last_paragraph_reach[k - 1] >= index

    # Quotes sorted by where they open, each with the furthest any of them reaches so far:
    # whether one reaches a position is then a bisection, not a scan of every quote.
    @cached_property
    def _by_opening(self) -> list[tuple[int, int]]:
        return sorted((q.outer[0][0], k) for k, q in enumerate(self.quotes))

    @cached_property
    def _end_reach(self) -> list[int]:
        return list(itertools.accumulate((self.quotes[k].end for _, k in self._by_opening), max))

    @cached_property
    def _by_paragraph(self) -> list[tuple[int, int]]:
        return sorted((q.paragraph, k) for k, q in enumerate(self.quotes))

    @cached_property
    def _last_paragraph_reach(self) -> list[int]:
        return list(itertools.accumulate((self.quotes[k].last_paragraph for _, k in self._by_paragraph), max))
