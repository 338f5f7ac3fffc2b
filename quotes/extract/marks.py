"""Find quoted spans in article text, before anyone asks who said them.

The first step of extraction, and the only one that looks at quotation marks:

0. ``house_marks`` reads an article that quotes in another style (``''...''``
   in archive copies, ````...''`` in Penn Treebank and LaTeX text, « » and
   » «, „ “ and „ ”) through a copy of the same length with its marks written
   as the marks below, so every later step and every offset is the same; an
   article is read in such a style only when its marks say so (``STYLES`` lists
   them), so ordinary text is read as it is. Two singles that can only open or
   only close (``“Not now,’’``, a stray ``''`` in wire copy) are one double mark
   in any article; an article with no double mark at all that quotes in straight
   singles (``'Not now,' he said.``) is read as one in curly singles.
1. ``paragraphs`` cuts the text into non-blank lines (news copy puts one
   paragraph per line, with or without blank lines between them).
2. ``mark_role`` decides for each double mark whether it opens, closes or could
   do either, from its neighbours: curly marks say so themselves, straight
   marks are read from the spaces and punctuation around them.
3. ``find_quotes`` pairs the marks. Single marks inside a quote are nested
   quotes unless they are apostrophes (``don't``, ``Peskov's``, ``'90s``), and
   so is a double mark that can only open when later marks close it and the
   outer quote (``"He told me "no" twice."``); a ’ after a stop that nothing
   else can close is a curly quote's close typed as a single (``“Let's go.’ Ann
   said``); a straight mark right before a curly opening one wraps a copied
   paragraph, and the curly one opens the quote, when the straight close ends
   the paragraph (or is missing) and the curly quote ends there too or is
   followed by narration (``"“We won,” Ada said before adding ..."``). An
   opening mark after a stop inside a quote of its kind opens the next quote when the closes
   left in the paragraph cannot close both (the writer left the first unclosed); a
   height's inch mark (``6’2”``) is no mark at all. A
   quote left open at the end of a paragraph continues when the next paragraph
   opens with a mark of the same kind, straight or curly (the newspaper
   convention for long quotes); otherwise it is
   closed at the paragraph end, so a stray mark never swallows the article. An
   article in British house style (‘...’ quotes, “...” inside them) is read
   with the roles of the marks swapped; an author's "Follow X on Twitter" line
   is never part of a quote.

Everything yields :class:`Found` records with character offsets; nothing here
raises on odd input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, pairwise
from typing import NamedTuple

from quotes.extract.lexicon import CUE_FORMS

DOUBLE = '"“”'
SINGLE = "'‘’"
OPEN, CLOSE, EITHER = "open", "close", "either"

# What may stand right before an opening mark, or right after a closing one.
_BEFORE_OPEN = "([{—–-/:;,“‘\"'…"
_AFTER_CLOSE = ".,;:!?)]}—–-”’\"'…"


class Paragraph(NamedTuple):
    """A paragraph (a line with words) of the text, at [start, end). A NamedTuple, immutable
    as a frozen dataclass and built at a tenth of the cost: an article's paragraphs are read
    several times over (the marks, the document)."""

    index: int  # type: ignore[assignment]  # (the field hides tuple.index, never used here)
    start: int
    end: int


# A NamedTuple's own constructor is a Python function around this one; paragraphs() builds
# them directly.
_new_paragraph = tuple.__new__


@dataclass(frozen=True)
class Found:
    """A quote as the marks show it.

    ``spans`` hold the quoted words (marks excluded), one per paragraph;
    ``outer`` the same spans with their marks, which attribution must look past.
    ``closed`` is False when the quote ran to a paragraph end with no closing mark.
    ``nested`` are the spans of quotes inside this one. ``cut`` is True when the writer left
    it unclosed before a quoted sentence that opens the next quote of its paragraph: the
    words after that quote are its attribution, not this one's.
    """

    spans: tuple[tuple[int, int], ...]
    outer: tuple[tuple[int, int], ...]
    paragraph: int
    last_paragraph: int
    closed: bool
    nested: tuple[tuple[int, int], ...] = ()
    cut: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def paragraphs(text: str) -> Iterator[Paragraph]:
    pos = 0
    index = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.rstrip()
        if stripped.strip():
            yield _new_paragraph(Paragraph, (index, start, start + len(stripped)))
            index += 1


def mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """Whether the double mark at ``i`` opens, closes, or could do either."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    can_open = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
    can_close = (not prev.isspace()) and (nxt.isspace() or nxt in _AFTER_CLOSE)
    ch = text[i]
    if ch == "“":
        return CLOSE if can_close and not can_open else OPEN
    if ch == "”":
        return OPEN if can_open and not can_close and prev.isspace() else CLOSE
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    return EITHER


def _single_role(text: str, i: int, lo: int, hi: int) -> str | None:
    """OPEN, CLOSE, or None for an apostrophe."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, Peskov's
    ch = text[i]
    if ch != "’" and (prev.isspace() or prev in _BEFORE_OPEN) and nxt.isalpha():
        return OPEN  # '90s has a digit after, and stays an apostrophe
    if ch != "‘" and not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE):
        return CLOSE
    return None


_MARK = re.compile("[" + re.escape(DOUBLE + SINGLE) + "]")


@dataclass(frozen=True)
class Style:
    """A quotation-mark style an article can be read in: its name, marks and an example."""

    name: str
    marks: str
    example: str


# Rules as data: every style, in the order ``styles`` reports them. The first three are
# read as they are; the others through ``house_marks``.
STYLES = (
    Style("curly", "“ ” ‘ ’", "“Not now,” he said."),
    Style("straight", "\" '", '"Not now," he said.'),
    Style("british", "‘ ’ with “ ” inside", "‘Not now,’ he said."),
    Style("doubled-apostrophes", "'' ''", "''Not now,'' he said."),
    Style("latex", "`` '' and ` '", "``Not now,'' he said."),
    Style("guillemets", "« » ‹ ›", "« Pas maintenant », a-t-il dit."),
    Style("guillemets-reversed", "» « › ‹", "»Nicht jetzt«, sagte er."),
    Style("low-nine", "„ “ or „ ”, and ‚ ‘", "„Nicht jetzt“, sagte er."),
    Style("doubled-singles", "‘‘ ’’, or a stray '', for a double mark", "“Not now,’’ he said."),
    Style("straight-singles", "' ' with no double mark anywhere", "'Not now,' he said."),
)

# Two or three straight apostrophes in a row, or two backticks: a double mark in the
# archive and LaTeX styles (three are a double and a single mark together). Each pattern
# opens with its mark, the look-behind after it: one that opens with a look-behind is
# tried at every character of the article.
_APOSTROPHES = re.compile(r"'(?<!'')'{1,2}(?!')")
_BACKTICKS = re.compile(r"`(?<!``)`(?!`)")
_GUILLEMET = re.compile("[«»]")
# A straight single opening before a capital and closing before a space or punctuation, in
# one paragraph, with apostrophes only inside words between: 'We don't know,' he said.
_SINGLE_PAIRED = re.compile(
    r"(?:^|(?<=[\s(\[—–:]))'[A-Z](?:[^\n']|(?<=\w)'(?=\w))*?[^\s']'(?=[\s.,;:!?)\]—–]|$)", re.M
)
_DOUBLES = '"“”„«»`'
# Two curly singles side by side (three: a single mark and the double one together).
_CURLY_PAIRS = re.compile("(?:‘(?<![‘’]‘)‘‘?|’(?<![‘’]’)’’?)(?![‘’])")
# In one paragraph, '' where a quote can open, later '' where one can close.
_PAIRED = re.compile(
    r"(?:^|(?<=[\s(\[{—–/:;,\-]))''(?='?[^\s'])[^\n]*?[^\s']'{2,3}(?=[\s.,;:!?)\]}—–\-]|$)", re.M
)
# The spaces a line holds: plain, no-break, figure, thin and narrow no-break. The one spelling
# of "a space, not a newline" for every module: a no-break space typed where a plain one
# would be ('“Big,”\xa0“Splash”', '“. . .\u2009I want') must read as one.
SPACES = " \u00a0\u2007\u2009\u202f"
_SPACE_LOWER = re.compile(f"[{SPACES}][a-z]")
_SPACE_UPPER = re.compile(f"[{SPACES}][A-Z]")


def _apostrophe_marks(text: str) -> list[re.Match[str]]:
    """Runs of apostrophes that can be marks: not inside a word (a typo's ``it''s``)."""
    return [
        m
        for m in _APOSTROPHES.finditer(text)
        if not (m.start() > 0 and text[m.start() - 1].isalnum() and text[m.end() : m.end() + 1].isalnum())
    ]


def _reversed_guillemets(text: str) -> bool:
    """Whether » opens and « closes (German, Danish): the first guillemet of most paragraphs is »."""
    firsts = [m.group() for para in text.split("\n") if (m := _GUILLEMET.search(para))]
    return firsts.count("»") > firsts.count("«")


def styles(text: str) -> tuple[str, ...]:
    """The names of the ``STYLES`` the article's marks are read in."""
    reading, _ = house_marks(text)
    names: list[str] = []
    if any(c in reading for c in "“”‘’"):
        names.append("curly")
    if '"' in reading or "'" in reading:
        names.append("straight")
    if "‘" in reading and single_style(reading, list(_find_quotes(reading))):
        names.append("british")
    names.extend(_other_styles(text))
    return tuple(names)


def _other_styles(text: str) -> list[str]:
    """The styles read through ``house_marks``; the apostrophe styles need their marks to
    outnumber the other double marks, so a stray ``''`` changes nothing."""
    names = []
    if "`" in text or "''" in text:
        backticks = len(_BACKTICKS.findall(text))
        apostrophes = len(_apostrophe_marks(text))
        if backticks and 2 * backticks >= apostrophes:
            names.append("latex")
        elif (
            apostrophes >= 2
            and apostrophes > sum(text.count(c) for c in '"“”„«»')
            and _PAIRED.search(text) is not None
        ):
            names.append("doubled-apostrophes")
    if "«" in text or "»" in text:
        names.append("guillemets-reversed" if _reversed_guillemets(text) else "guillemets")
    if "„" in text:
        names.append("low-nine")
    if _doubled_singles(text, names):
        names.append("doubled-singles")
    if (
        not names
        and "'" in text
        and not any(c in text for c in _DOUBLES)
        and len(_SINGLE_PAIRED.findall(text)) >= 2
    ):
        # British house style typed on a keyboard: quotes in straight singles, and no double
        # mark in the whole article to say otherwise (two quotes at least, opening on a capital)
        names.append("straight-singles")
    return names


def _doubled_singles(text: str, names: list[str]) -> list[tuple[int, str]]:
    """Where two singles stand for one double mark in an article of another style: ‘‘ or ’’
    (typesetting that doubled the single marks: “Not now,’’ he said.), or a stray '' (wire
    copy). Each as (position, the double mark it stands for). Only a pair that can open (a
    space or punctuation before, a word after) or close (a word before, a space or
    punctuation after), with no digit inside (5'11'', ''70s): a pair between two spaces ("the ''
    key") or inside a word is no mark."""
    out: list[tuple[int, str]] = []
    curly = "‘‘" in text or "’’" in text
    straight = "''" in text and "doubled-apostrophes" not in names and "latex" not in names
    if not curly and not straight:
        return out  # (most articles: no regex scan)
    pairs = [(m.start(), len(m.group())) for m in _CURLY_PAIRS.finditer(text)] if curly else []
    if straight:
        pairs += [(m.start(), len(m.group())) for m in _apostrophe_marks(text)]
    for i, size in sorted(pairs):
        before = text[i - 1] if i > 0 else " "
        after = text[i + size] if i + size < len(text) else " "
        opens = (before.isspace() or before in _BEFORE_OPEN) and after.isalpha()
        closes = not before.isspace() and not before.isdigit() and (after.isspace() or after in _AFTER_CLOSE)
        if opens == closes:
            continue
        if size == 3 and closes:
            i += 1  # a single mark closes, then the double one
        out.append((i, "“" if opens else "”"))
    return out


def _pad_like(text: str, i: int) -> str:
    """A stand-in for a double mark's second character that reads, to ``mark_role`` and
    ``_single_role``, like the character after the mark: a space, punctuation that may
    follow a quote (or a mark), or the start of a word."""
    nxt = text[i] if i < len(text) else " "
    if nxt.isspace():
        return " "
    if nxt in _AFTER_CLOSE or nxt in DOUBLE + SINGLE + "`":
        return "—"
    return "x"


def house_marks(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with its marks written in the house style (same length), and the pads.

    A two-character mark becomes one mark and a pad; the spaces inside « » become pads.
    Pads belong to the mark: quoted spans start after them and end before them. Text in
    none of the other ``STYLES`` comes back unchanged, with no pads.
    """
    names = _other_styles(text)
    if not names:
        return text, frozenset()
    chars = list(text)
    pads: set[int] = set()
    if "doubled-apostrophes" in names or "latex" in names:
        _two_apostrophes(text, chars, pads, latex="latex" in names)
    if "low-nine" in names:
        low = {"„": "“", "“": "”"}
        if "‚" in text:
            low.update({"‚": "‘", "‘": "’"})
        for i, ch in enumerate(text):
            if ch in low:
                chars[i] = low[ch]
    if "guillemets" in names or "guillemets-reversed" in names:
        opening = "»›" if "guillemets-reversed" in names else "«‹"
        for i, ch in enumerate(text):
            if ch not in "«»‹›":
                continue
            double = ch in "«»"
            if ch in opening:
                chars[i], j, step = ("“" if double else "‘"), i + 1, 1
            else:
                chars[i], j, step = ("”" if double else "’"), i - 1, -1
            _pad_spaces(text, chars, pads, j, step)  # "« Pas »"
    if "straight-singles" in names:
        # read as curly singles: an opening mark as ‘, the rest (apostrophes too) as ’
        for m in re.finditer("'", text):
            i = m.start()
            chars[i] = "‘" if _single_role(text, i, 0, len(text)) == OPEN else "’"
    if "doubled-singles" in names:
        for i, mark in _doubled_singles(text, names):
            chars[i], chars[i + 1] = mark, _pad_like(text, i + 2) if mark == "”" else "x"
            pads.add(i + 1)
    return "".join(chars), frozenset(pads)


def _pad_spaces(text: str, chars: list[str], pads: set[int], j: int, step: int) -> None:
    """Make the spaces from ``j`` on (``step`` 1, after an opening mark) or back (-1, before
    a closing one) pads: they belong to the mark. A pad after an opening mark reads as the
    start of a word, or before a mark as an opening bracket; one before a closing mark as a
    dash, after which a mark may close."""
    while 0 <= j < len(text) and text[j] in SPACES:
        pads.add(j)
        if step < 0:
            chars[j] = "—"
        elif j + 1 < len(text) and text[j + 1] in "«»‹›“”‘’\"'`":
            chars[j] = "("
        else:
            chars[j] = "x"
        j += step


def _two_apostrophes(text: str, chars: list[str], pads: set[int], latex: bool) -> None:
    """Write each '' (and ``) as one mark and a pad."""
    for m in _apostrophe_marks(text):
        i = m.start()
        if len(m.group()) == 3:
            before = text[i - 1] if i > 0 else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not before.isspace() and (after.isspace() or after in _AFTER_CLOSE):
                i += 1  # a single mark closes, then the double one
        if latex:  # '' only closes
            chars[i], chars[i + 1] = "”", " "
            _pad_spaces(text, chars, pads, i - 1, -1)  # "`` Not now , ''" (tokenized)
        else:  # '' is read like a straight mark, from its neighbours
            chars[i], chars[i + 1] = '"', _pad_like(text, i + 2)
        pads.add(i + 1)
    if latex:
        for m in _BACKTICKS.finditer(text):
            chars[m.start()], chars[m.start() + 1] = " ", "“"
            pads.add(m.start())
            _pad_spaces(text, chars, pads, m.end(), 1)
        for i, ch in enumerate(text):
            if ch == "`" and chars[i] == "`":
                chars[i] = "‘"


def _past_pads(found: Found, pads: frozenset[int]) -> Found:
    """``found`` with its spans moved off the pads and its outer spans over them."""

    def inner(span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        while s < e and s in pads:
            s += 1
        while e > s and e - 1 in pads:
            e -= 1
        return s, e

    def outer(span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        while s - 1 in pads:
            s -= 1
        while e in pads:
            e += 1
        return s, e

    return Found(
        tuple(inner(x) for x in found.spans),
        tuple(outer(x) for x in found.outer),
        found.paragraph,
        found.last_paragraph,
        found.closed,
        tuple(inner(x) for x in found.nested),
        found.cut,
    )


class _Open:
    """A quote being read: the spans so far and its nested marks."""

    def __init__(self, mark: int, paragraph: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self.outer: list[tuple[int, int]] = []
        self.start = mark + 1
        self.mark = mark
        self.paragraph = paragraph
        self.stack: list[tuple[str, int]] = []
        self.nested: list[tuple[int, int]] = []

    def cut(self, end: int, outer_end: int) -> None:
        self.spans.append((self.start, end))
        self.outer.append((self.mark, outer_end))

    def found(self, last_paragraph: int, closed: bool, cut: bool = False) -> Found:
        return Found(
            tuple(self.spans),
            tuple(self.outer),
            self.paragraph,
            last_paragraph,
            closed,
            tuple(self.nested),
            cut,
        )


def _starts_with_opener(text: str, para: Paragraph, single: bool = False) -> int | None:
    i = para.start
    while i < para.end and text[i].isspace():
        i += 1
    if i >= para.end:
        return None
    if single:
        return i if text[i] == "‘" and _single_role(text, i, para.start, para.end) == OPEN else None
    if text[i] in '"“' and mark_role(text, i, para.start, para.end) != CLOSE:
        return i
    return None


def _same_family(a: str, b: str) -> bool:
    """Whether two opening marks are of one kind, both straight or both curly: a quote
    continued over paragraphs reopens each one with the mark it opened with, so a paragraph
    that opens with the other kind starts a quote of its own (an excerpt's paragraphs
    opened with ``"`` hold narration; a ``“...,” she said`` after one is her quote)."""
    return (a == '"') == (b == '"')


def single_style(text: str, found: list[Found]) -> bool:
    """Whether the article quotes with single marks (‘...’, British style), doubles inside.

    It does when curly opening singles outside every double-quoted span are at
    least two and outnumber the double-quoted quotes, or when the one quote of an
    article where no double-quoted quote was found is in singles beside its speech verb
    (a short wire item: ‘We have been left with no choice,’ said union leader Mick Lynn.).
    """
    # the double-quoted spans by start, with the furthest end reached so far: a mark is
    # inside one when the spans opening at or before it reach past it (no scan per mark)
    inside = sorted((q.outer[0][0], q.outer[-1][1]) for q in found)
    starts = [s for s, _ in inside]
    reach = list(accumulate((e for _, e in inside), max))

    def quoted(i: int) -> bool:
        k = bisect.bisect_right(starts, i)
        return k > 0 and reach[k - 1] > i

    opens = [
        m.start()
        for m in re.finditer("‘", text)
        if _single_role(text, m.start(), 0, len(text)) == OPEN and not quoted(m.start())
    ]
    return (len(opens) >= 2 and len(opens) > len(found)) or (
        len(opens) == 1 and not found and _a_sentence_after(text, opens[0])
    )


# a curly single that closes: not an apostrophe inside a word ("We’re")
_SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])")


def _a_sentence_after(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` opens two words or more that end with their
    punctuation before a closing single, right beside a speech verb: a sentence someone said
    (‘We have no choice,’ said Mick Lynn; she said: ‘Not now.’), not "rock ‘n’ roll", nor a
    title (‘War and Peace,’ then slept), nor a song the crowd sang."""
    close = _SINGLE_CLOSE.search(text, i + 1)
    if close is None:
        return False
    said = text[i + 1 : close.start()]
    if len(said.split()) < 2 or not said.rstrip().endswith((",", ".", "?", "!")):
        return False
    # the verb within four words after it, nothing but words between ("said union leader",
    # "Mayor Ann Holm told"), or within four words before its comma or colon ("told Ann Holm:")
    after = re.match(r"(?:\s+[\w.’'-]+){1,4}", text[close.end() : close.end() + 80])
    words = after.group().split() if after else []
    if any(w.strip(".,;:!?").lower() in CUE_FORMS for w in words):
        return True
    before = re.search(r"((?:[\w.’'-]+\s+){0,3}[\w.’'-]+)\s*[,:]\s*$", text[max(0, i - 60) : i])
    return before is not None and any(w.lower() in CUE_FORMS for w in before.group(1).split())


def find_quotes(text: str) -> Iterator[Found]:
    """Every top-level quote of ``text``, in order (a mark with no words after it is none)."""
    reading, pads = house_marks(text)
    quotes = list(_find_quotes(reading))
    if "‘" in reading and single_style(reading, quotes):
        quotes = list(_find_quotes(reading, single=True))
    if pads:
        quotes = [_past_pads(q, pads) for q in quotes]
    for found in quotes:
        # words, not marks: a wrapping mark left with only a curly one inside ('"“"') says nothing
        keep = [i for i, (s, e) in enumerate(found.spans) if any(c.isalnum() for c in text[s:e])]
        if len(keep) == len(found.spans):
            yield found
        elif keep:  # a lone mark opening the last paragraph adds nothing to the quote
            yield Found(
                tuple(found.spans[i] for i in keep),
                tuple(found.outer[i] for i in keep),
                found.paragraph + keep[0],
                found.paragraph + keep[-1],
                found.closed,
                found.nested,
                found.cut,
            )


# "Follow Pam Key on Twitter @pamkeyNEN.": an author's line, sometimes caught inside a quote's marks
_PROMO = re.compile(
    r"""\s*["“]?(?:Follow|Contact|Email|Reach)\s[^\n"“”]{1,60}?"""
    r"""(?:\s@\w+|\son\s(?:Twitter|X|Facebook|Instagram)(?:\s@\w+)?)[.\s"”]*"""
)


def _find_quotes(text: str, single: bool = False) -> Iterator[Found]:
    """The quotes of ``text`` by its marks: double marks quote and singles nest, or with
    ``single`` (British house style) the other way round."""
    cur: _Open | None = None
    last_para = 0
    paras = list(paragraphs(text))
    for para in paras:
        nxt = paras[para.index + 1] if para.index + 1 < len(paras) else None
        if _PROMO.fullmatch(text, para.start, para.end):
            # the author's "Follow X on Twitter @x" line is no one's quote, even inside marks
            if cur is not None:
                yield cur.found(last_para, closed=False)
                cur = None
            continue
        skip = -1
        if cur is not None:
            opener = _starts_with_opener(text, para, single)
            if opener is None or not _same_family(text[opener], text[cur.mark]):
                yield cur.found(last_para, closed=False)
                cur = None
            else:
                cur.start, cur.mark, skip = opener + 1, opener, opener
        last_para = para.index
        for hit in _MARK.finditer(text, para.start, para.end):
            i = hit.start()
            if i == skip or _inch_mark(text, i, para, _open_doubles(cur) if not single else 0):
                continue
            if cur is None:
                if _wraps_paragraph(text, i, para):
                    continue
                if _opens(text, i, para, single):
                    cur = _Open(i, para.index)
                continue
            checks = None if single else _MarkChecks(text, i, para, nxt, cur)
            if checks is not None and _restarts(checks):
                # the writer left the quote unclosed before quoting a new sentence: it ends at
                # the words before the mark, which opens the next quote
                end = i
                while end > cur.start and text[end - 1].isspace():
                    end -= 1
                cur.cut(end, end)
                yield cur.found(para.index, closed=False, cut=True)
                cur = _Open(i, para.index)
                continue
            if _double_mark(checks) if checks is not None else _single_mark(text, i, para, cur):
                cur.cut(i, i + 1)
                yield cur.found(para.index, closed=True)
                cur = None
        if cur is not None:
            cur.cut(para.end, para.end)
            cur.stack.clear()
    if cur is not None:
        yield cur.found(last_para, closed=False)


def _inch_mark(text: str, i: int, para: Paragraph, depth: int) -> bool:
    """Whether the double mark at ``i`` is the inches of a height, after feet and a digit or
    two ('6’2”', "5'11\""), with ``depth`` quotes open: no quotation mark, so a quote holding
    one runs on past it ('“He is like 6’2”, and I am not,” Ada said.'). With a quote open it
    is one only when the paragraph still holds closes for every open quote after it (curly:
    that many more ” than “; straight: that many more marks, the rest in pairs); otherwise
    the writer's one mark is both the inches and the close ('Reed said: “He is 6’2”. Smith
    said: “No.”')."""
    if text[i] not in '"”' or i < 3 or not text[i - 1].isdigit():
        return False
    k = i - 2 if not text[i - 2].isdigit() else i - 3
    if not (k >= 1 and text[k] in "'’′" and text[k - 1].isdigit()):
        return False
    if depth == 0:
        return True
    rest = text[i + 1 : para.end]
    if text[i] == '"':
        left = rest.count('"')
        return left >= depth and (left - depth) % 2 == 0
    return rest.count("”") - rest.count("“") >= depth


def _open_doubles(cur: _Open | None) -> int:
    """How many double-marked quotes are open: the quote itself and those nested in it."""
    if cur is None:
        return 0
    return 1 + sum(kind == "double" for kind, _ in cur.stack)


def _wraps_paragraph(text: str, i: int, para: Paragraph) -> bool:
    """Whether the straight mark at ``i`` wraps a copied paragraph that opens with its own
    curly quote ('"“We won,” Ada said before adding that ..."'), so the curly one opens the
    quote and the narration after it stays out: a curly mark right after it, the paragraph's
    next straight mark (if any) ending the paragraph, and the curly quote closing either at
    that end or after a stop or comma with narration after it. A straight close before the
    attribution ('"“Fake news” is what he called it," Ada said') or a curly term followed by
    the quote's own words ('"“Fake news” is a lie."') makes it the quote's own mark."""
    if text[i] != '"' or text[i + 1 : i + 2] != "“":
        return False
    straight = text.find('"', i + 1, para.end)
    if straight != -1 and text[straight + 1 : para.end].strip():
        return False
    end = para.end if straight == -1 else straight
    close = text.find("”", i + 2, end)
    if close == -1:
        return False
    after = text[close + 1 : end]
    return not after.strip() or (text[close - 1] in ",.!?" and any(c.isalpha() for c in after))


def _opens(text: str, i: int, para: Paragraph, single: bool) -> bool:
    if single:
        return text[i] == "‘" and _single_role(text, i, para.start, para.end) == OPEN
    return text[i] in DOUBLE and mark_role(text, i, para.start, para.end) != CLOSE


class _MarkChecks:
    """What :func:`_restarts` and then :func:`_double_mark` both ask of the mark at ``i``
    inside the open quote ``cur`` (``nxt``: the paragraph after ``para``, if any), each
    answered once: the paragraph scans of _closes_after and _runs_on are the costly ones."""

    def __init__(self, text: str, i: int, para: Paragraph, nxt: Paragraph | None, cur: _Open) -> None:
        self.text, self.i, self.para, self.nxt, self.cur = text, i, para, nxt, cur

    @cached_property
    def new_sentence(self) -> bool:
        return _new_sentence_mark(self.text, self.i, self.para, self.cur)

    @cached_property
    def nests(self) -> bool:
        return _straight_nests(self.text, self.i)

    @cached_property
    def closes_after(self) -> bool:
        return _closes_after(self.text, self.i, self.para)

    @cached_property
    def runs_on(self) -> bool:
        return _runs_on(self.text, self.para, self.nxt, self.text[self.i])


def _double_mark(checks: _MarkChecks) -> bool:
    """Read the mark ``checks`` asks about, inside a double-quoted quote; True when it closes
    the quote."""
    text, i, para, cur = checks.text, checks.i, checks.para, checks.cur
    ch = text[i]
    if ch in SINGLE:
        if _stray_close(text, i, para, cur):
            return True
        _nest_single(text, i, para, cur)
        return False
    role = mark_role(text, i, para.start, para.end)
    top = cur.stack[-1] if cur.stack else None
    if top is not None and top[0] == "double" and role != OPEN:
        cur.stack.pop()
        cur.nested.append((top[1], i))
        return False
    if role == OPEN and (
        ch == "“"
        or text[cur.mark] != '"'
        or ch != text[cur.mark]
        or (checks.nests and (checks.closes_after or (checks.new_sentence and checks.runs_on)))
    ):
        # A second opening mark inside a quote is a quote within it (“... “inner” ...”, curly
        # marks inside straight ones, and a straight one after a space inside straight ones:
        # "He said "no" to me"); a straight one right after a comma or stop closes the quote
        # whose writer left out the space after it ('audiences,"Katie Packer said').
        cur.stack.append(("double", i + 1))
        return False
    return True


def _restarts(checks: _MarkChecks) -> bool:
    """Whether the opening mark at ``i``, inside a quote opened by the same kind of mark and
    right after a sentence's end, opens the next quote rather than one within it: the closing
    marks left in the paragraph cannot close both ('... her “and said it was nice. I was
    shocked. “And she said, ‘You know,’” Ann said.', '"We are done. "It is over," he said.':
    the first close was left out). With closes for both, it nests ('“He said: “No.” Then he
    left,” Ann said.'), and so it does when the quote runs on into the next paragraph
    (:func:`_runs_on`); a straight mark not after a sentence's end closes the quote as
    :func:`_double_mark` reads it."""
    if not checks.new_sentence or (checks.text[checks.i] == '"' and not checks.nests):
        return False
    return not checks.closes_after and not checks.runs_on


def _new_sentence_mark(text: str, i: int, para: Paragraph, cur: _Open) -> bool:
    """Whether the mark at ``i`` opens a quoted sentence inside a quote opened by the same
    kind of mark, with no quote within it open: a stop before it."""
    if text[i] not in '"“' or text[cur.mark] != text[i] or any(kind == "double" for kind, _ in cur.stack):
        return False
    j = i - 1
    while j > para.start and text[j].isspace():
        j -= 1
    return text[j] in ".!?…" and mark_role(text, i, para.start, para.end) == OPEN


def _runs_on(text: str, para: Paragraph, nxt: Paragraph | None, mark: str) -> bool:
    """Whether a quote of ``mark``'s kind left open at the paragraph's end runs on into the
    next one, so a quoted sentence in it is a quote within it: the next paragraph opens with
    a mark of that kind (the newspaper convention :func:`_find_quotes` follows), and the
    paragraph does not end on the attribution of the quote within
    (:func:`_ends_on_attribution`): '“I called him. “Are you safe?” Tom asked. I said yes.' /
    '“Then the line went dead,” Ann said.' is one quote of Ann's."""
    return _continued(text, nxt, mark) and not _ends_on_attribution(text, para, mark)


def _ends_on_attribution(text: str, para: Paragraph, mark: str) -> bool:
    """Whether one sentence of narration, no more, follows the paragraph's last close of the
    kind ``mark`` is and ends it ('... “And she said, ‘You know,’” Ann said.'): the close
    ended the quote that the attribution names, so nothing of the quote before it is left to
    run on into the next paragraph. More narration after it ('“Are you safe?” Tom asked. I
    said yes.') is the outer quote's own words again."""
    last = text.rfind("”" if mark == "“" else '"', para.start, para.end)
    tail = text[last + 1 : para.end].rstrip()
    return any(c.isalpha() for c in tail) and re.search(r"[.!?…][\"'”’)]*\s", tail) is None


def _continued(text: str, nxt: Paragraph | None, mark: str) -> bool:
    """Whether the next paragraph, ``nxt``, opens with a mark of the kind ``mark`` is, as a
    quote left open at this one's end continues (:func:`_find_quotes`)."""
    if nxt is None:
        return False
    opener = _starts_with_opener(text, nxt)
    return opener is not None and _same_family(text[opener], mark)


def _straight_nests(text: str, i: int) -> bool:
    """Whether an opening straight mark inside a straight-quoted quote may open a quote
    within it: after a space or bracket, not right after a comma or stop."""
    return text[i - 1].isspace() or text[i - 1] in "([{"


def _closes_after(text: str, i: int, para: Paragraph) -> bool:
    """Whether the marks after the opening one at ``i`` in its paragraph, of its kind, close
    both the quote it would open and the quote around it ('"He told me "no" twice," she
    said', '“He said: “No.” Then he left,” Ann said.'); a height's inch mark is none of them
    while closes for the open quotes remain after it. When they do not ('"We are done. "It
    is over," he said.', the outer close left out), the mark does not open a quote within."""
    straight = text[i] == '"'
    depth = 2
    for j in range(i + 1, para.end):
        ch = text[j]
        if (ch != '"') if straight else (ch not in "“”"):
            continue
        if (
            ch != "”"
            and mark_role(text, j, para.start, para.end) == OPEN
            and (not straight or _straight_nests(text, j))
        ):
            depth += 1
            continue
        if ch == "“" or _inch_mark(text, j, para, depth):
            continue
        depth -= 1
        if depth == 0:
            return True
    return False


def _single_mark(text: str, i: int, para: Paragraph, cur: _Open) -> bool:
    """Read a mark inside a single-quoted quote (‘...’); True when it closes the quote."""
    if text[i] in DOUBLE:
        _nest_double(text, i, para, cur)
        return False
    role = _single_role(text, i, para.start, para.end)
    if role is None:
        return False  # an apostrophe
    top = cur.stack[-1] if cur.stack else None
    if role == OPEN:
        cur.stack.append(("single", i + 1))
        return False
    if top is not None and top[0] == "single":
        cur.stack.pop()
        cur.nested.append((top[1], i))
        return False
    return not _weak_close(text, i, para)


def _weak_close(text: str, i: int, para: Paragraph) -> bool:
    """Whether the ’ at ``i`` is more likely a plural's apostrophe ("the voters’ mood") than
    the close of the quote: a word in s before, a lower-case word after, and a surer close
    later in the paragraph before any new quote opens."""
    if not (text[i - 1 : i] == "s" and _SPACE_LOWER.match(text, i + 1, i + 3)):
        return False
    for m in re.finditer("[‘’]", text[i + 1 : para.end]):
        j = i + 1 + m.start()
        if text[j] == "‘":
            return False
        before, after = text[j - 1], text[j + 1 : j + 2]
        if before in ",.!?" or (after in ",.;:!?)—–" and after != "") or j + 1 == para.end:
            return True
    return False


def _nest_double(text: str, i: int, para: Paragraph, cur: _Open) -> None:
    role = mark_role(text, i, para.start, para.end)
    top = cur.stack[-1] if cur.stack else None
    if top is not None and top[0] == "double" and role != OPEN:
        cur.stack.pop()
        cur.nested.append((top[1], i))
    elif role != CLOSE:
        cur.stack.append(("double", i + 1))


def _stray_close(text: str, i: int, para: Paragraph, cur: _Open) -> bool:
    """Whether the ’ at ``i`` is a curly double quote's close typed as a single: right after
    a stop or comma, before a space and a capital, with no single quote open inside the quote
    and no closing double mark left in the paragraph but those of quotes opened after it
    ('tweeted: “Let’s go.’ Schumer was in “Trainwreck.”').
    Read as an apostrophe, it would run the quote on over the reporter's words."""
    return (
        text[i] == "’"
        and text[cur.mark] == "“"
        and not cur.stack
        and text[i - 1] in ".,!?"
        and _SPACE_UPPER.match(text, i + 1, i + 3) is not None
        and (rest := text[i : para.end]).count("”") <= rest.count("“")
    )


def _nest_single(text: str, i: int, para: Paragraph, cur: _Open) -> None:
    role = _single_role(text, i, para.start, para.end)
    if role == CLOSE and cur.stack and cur.stack[-1][0] == "single":
        _, start = cur.stack.pop()
        cur.nested.append((start, i))
    elif role == OPEN:
        cur.stack.append(("single", i + 1))


# "PENCE:", "MR. SMITH:": the speaker tag opening a turn of a transcript
TURN_TAG = re.compile(r"\s*((?:[A-Z][A-Z.'\-]+ ){0,3}[A-Z][A-Z'\-]+):\s")
STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][.,]?\s*")


def split_turns(text: str, found: list[Found]) -> list[Found]:
    """Cut a continued quote that is a transcript into one quote per turn.

    A block quoted paragraph by paragraph where paragraphs open with a speaker
    tag ('"WALLACE: ...', '"PENCE: ...') or are a stage direction ('"(CROSSTALK.)')
    holds several speakers' words: each tagged paragraph, and each direction,
    starts a quote of its own; untagged paragraphs stay with the turn before.
    """
    out: list[Found] = []
    for q in found:
        cuts = [
            i
            for i, (s, e) in enumerate(q.spans)
            if i and (TURN_TAG.match(text, s, e) or STAGE_DIRECTION.fullmatch(text, s, e))
        ]
        if not cuts or len(q.spans) < 2:
            out.append(q)
            continue
        bounds = [0, *cuts, len(q.spans)]
        for a, b in pairwise(bounds):
            lo, hi = q.outer[a][0], q.outer[b - 1][1]
            out.append(
                Found(
                    q.spans[a:b],
                    q.outer[a:b],
                    q.paragraph + a,
                    q.paragraph + b - 1,
                    q.closed if b == len(q.spans) else True,
                    tuple(n for n in q.nested if lo <= n[0] < hi),
                    q.cut and b == len(q.spans),
                )
            )
    return out
