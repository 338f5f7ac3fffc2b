"""Citations of a stored quote: who said it, quoted in which article.

``cite(record, quote, style)`` gives, for an online news article:

- ``plain`` / ``markdown``: the quote and an attribution line;
- ``apa`` (APA 7): ``Name said, "..." (as cited in Author, 2024).`` and the reference entry;
- ``mla`` (MLA 9): ``Name said, "..." (qtd. in Author).`` and the works-cited entry;
- ``chicago`` (Chicago 17, notes): the sentence, the note
  ``1. Name, quoted in First Last, "Title," Outlet, Month D, YYYY, URL.`` and the bibliography entry.

Missing metadata falls back the way each style says (no author: the title takes
its place; no date: ``n.d.`` or nothing; no URL or outlet: left out), never "None".
No title is invented: APA describes the work in brackets (``[Article from Outlet]``),
MLA and Chicago describe it without quotation marks, or leave it to the outlet.
A statement whose speaker the article does not name (or the extractor missed) is
still someone's words, cited as quoted in the article (``as cited in``, ``qtd. in``,
``Quoted in``), never as its author's; a title or scare-quoted term is the article's
own words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from quotes import bylines
from quotes.errors import QuotesError
from quotes.model import Quote, Record

STYLES = ("plain", "markdown", "apa", "mla", "chicago")

UNTITLED = "Untitled article"  # a description, never printed as a title (in quotation marks)
_MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
# MLA 9 abbreviates months longer than four letters.
_MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def cite(record: Record, quote: Quote, style: str = "plain") -> str:
    """The citation of ``quote`` from ``record`` in ``style`` (one of ``STYLES``)."""
    try:
        fn = _STYLES[style]
    except KeyError:
        raise QuotesError(f"unknown citation style {style!r} (choose from {', '.join(STYLES)})") from None
    return fn(record, quote)


# ---- names ---------------------------------------------------------------------------------------------


def _is_group(author: str, source: str | None) -> bool:
    return bylines.parse(author, source).organisation


def _split_name(author: str) -> tuple[str, str]:
    """(given names, family name) of a personal name: "Jane Q. Doe" or "Doe, Jane Q."; a suffix
    stays after the given names ("Martin Luther King Jr." files under King, "Martin Luther, Jr.")."""
    person = bylines.parse(author)
    given = f"{person.given}, {person.suffix}" if person.suffix else person.given
    return given, person.family


def _family(author: str, source: str | None) -> str:
    return bylines.parse(author, source).name if _is_group(author, source) else _split_name(author)[1]


def _full(author: str, source: str | None) -> str:
    """The name in reading order ("Jane Doe") even when given as "Doe, Jane"."""
    if _is_group(author, source):
        return bylines.parse(author, source).name
    given, family = _split_name(author)
    return f"{given} {family}".strip()


def _inverted(author: str, source: str | None) -> str:
    if _is_group(author, source):
        return bylines.parse(author, source).name
    given, family = _split_name(author)
    return f"{family}, {given}" if given else family


def _apa_author(author: str, source: str | None) -> str:
    if _is_group(author, source):
        return bylines.parse(author, source).name
    given, family = _split_name(author)
    suffix = ""
    if ", " in given:
        given, suffix = given.split(", ", 1)
    initials = " ".join("-".join(p[0] + "." for p in word.split("-") if p) for word in given.split())
    return ", ".join(x for x in (family, initials, suffix) if x)


def _join(items: list[str], conj: str, serial: bool = True) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + ("," if serial else "") + f" {conj} {items[-1]}"


# ---- dates, titles, quote text ----------------------------------------------------------------------


def _long_date(date: dt.date) -> str:
    return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"


def _day_month_year(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def _mla_date(date: dt.date) -> str:
    return f"{date.day} {_MLA_MONTHS[date.month - 1]} {date.year}"


def _inner(text: str) -> str:
    """Text to put inside double quotation marks: its own double quotes become single."""
    return text.replace('"', "'").replace("“", "‘").replace("”", "’")


def _close(text: str, punct: str) -> str:
    """``text`` followed by ``punct`` unless it already ends a sentence."""
    return text if text.endswith((".", "?", "!")) and punct in (".", ",") else text + punct


def _quoted_title(title: str, punct: str) -> str:
    """``"Title,"`` in American style: the punctuation inside the marks, none added after ? or !."""
    t = _inner(title)
    if t.endswith("?") or t.endswith("!"):
        return f'"{t}"'
    if punct == "," and t.endswith(".") and not t.endswith("..."):
        t = t[:-1]  # "...normalizing hate," in a note, not "...hate." followed by nothing
    return f'"{_close(t, punct)}"'


def _description(record: Record) -> str:
    """What an article with no title is, described (the styles' fallback for an untitled work;
    APA puts it in square brackets): its outlet's, else untitled."""
    source = record.article.source
    return f"Article from {source}" if source else UNTITLED


_SHORT = 4  # words of a short title (APA: "the first few words")
_LONGEST = 7  # words a short title grows to, at most, to keep a name whole


def _short_title(title: str) -> str:
    """The first few words of a title, for an in-text citation with no author; cut between
    words that do not both start in capitals, so a name ("Pine Ridge") is not cut in half. A
    run of capitals too long to keep (a title in Title Case) is cut before the run, when
    words enough come before it, else after the first few words as ever."""
    head = re.split(r"[:?!]", title, maxsplit=1)[0].strip() or title
    words = head.split()
    if len(words) <= _SHORT:
        return head

    def joined(i: int) -> bool:  # words i-1 and i are one run of capitalised words
        return words[i - 1][:1].isupper() and words[i - 1][-1] not in ",;" and words[i][:1].isupper()

    cut = _SHORT
    while cut < len(words) and cut < _LONGEST and joined(cut):
        cut += 1
    if cut < len(words) and joined(cut):
        start = _SHORT
        while start > 0 and joined(start):
            start -= 1
        cut = start if start >= 2 and not _minor(words[start - 1]) else _SHORT
    while cut > 1 and _minor(words[cut - 1]):
        cut -= 1  # "Mayor of" says nothing: a short title never ends on a function word
    # its own comma or semicolon dropped: the citation puts its own after it
    return " ".join(words[:cut]).rstrip(",;:")


#: words a short title never ends on: the minor words of a title (articles, conjunctions,
#: short prepositions), which leave it hanging ("Mayor of"). Not built from the extractor's
#: lexicon: importing it imports the whole extractor (a tenth of a second), which citing needs not.
_MINOR_WORDS = frozenset("a an the and or nor but of in on at to for by with from".split())


def _minor(word: str) -> bool:
    """Whether ``word`` (its trailing , ; or : aside) is a minor word a short title never ends on."""
    return word.rstrip(",;:").lower() in _MINOR_WORDS


def _words(quote: Quote) -> str:
    """The quote as one run of text (paragraph breaks closed up), without trailing , ; : or .
    (the citing sentence supplies its own end)."""
    text = " ".join(_inner(quote.text).split())
    return text.rstrip(",;:. ") if not text.endswith("...") else text


#: The cue verbs a citation repeats, by their lemmas, in the past tense: only those that say how
#: the words came (a question, in writing, aloud) without judging them or needing what came
#: before ("added", "replied") or an object ("told"); any other cue is cited as "said".
_CITED_PASTS = {
    "ask": "asked",
    "write": "wrote",
    "shout": "shouted",
    "yell": "yelled",
    "scream": "screamed",
    "whisper": "whispered",
    "tweet": "tweeted",
}
#: Words before a cue that make the cue not the speaker's own verb ("when asked"); the
#: passive auxiliaries (lexicon.PASSIVE_AUXILIARIES) make its subject the one spoken to
#: ("Dorsey was asked", "had been asked to").
_NOT_OWN_VERB = frozenset({"when", "if", "as"})


@functools.cache
def _cue_past() -> dict[str, str]:
    """Every form of a ``_CITED_PASTS`` cue (lexicon.CUE_FORMS), to its past tense."""
    from quotes.extract import lexicon  # (the extractor's package loads slowly: only when asked)

    return {form: _CITED_PASTS[lemma] for form, lemma in lexicon.CUE_FORMS.items() if lemma in _CITED_PASTS}


def _verb(record: Record, quote: Quote) -> str:
    """The verb that cites ``quote``: its cue's, in the past tense, when the cue is one of
    ``_CITED_PASTS``, the quote is whole (a partial quote's cue governs the indirect speech
    around it: "asked whether the pier was \"safe\"") and the cue is never read in the
    passive in the quote's paragraph; else "said"."""
    if not quote.cue or quote.kind == "partial":
        return "said"
    past = _cue_past().get(quote.cue.lower())
    if past is None:
        return "said"
    text = record.article.text
    # the quote's paragraph: a cue in another one is another quote's
    near = text[text.rfind("\n", 0, quote.start) + 1 : (text.find("\n", quote.end) + 1 or len(text) + 1) - 1]
    for m in re.finditer(rf"\b{re.escape(quote.cue or '')}\b", near, re.IGNORECASE):
        if _passive(near[: m.start()].split(), near[m.end() :].split()):
            return "said"
    return past


def _passive(before: list[str], after: list[str]) -> bool:
    """Whether a cue with the words ``before`` and ``after`` it is a passive ("was asked",
    "was not asked", "was repeatedly asked", "asked by reporters") or not the speaker's own
    verb ("when asked")."""
    from quotes.extract import lexicon  # (the extractor's package loads slowly: only when asked)

    if after and after[0].lower() == "by":
        return True
    not_the_speakers = lexicon.PASSIVE_AUXILIARIES | _NOT_OWN_VERB
    for word in reversed(before):
        low = word.lower().strip(",").replace("’", "'")
        if low.endswith("n't") and low[:-3] in not_the_speakers:
            return True  # "wasn't asked", "weren't asked"
        if low in not_the_speakers:
            return True
        # what may stand between such a word and the cue: "was also asked", "was not asked"
        if not (low == "n't" or low in lexicon.ADVERBS or (low.endswith("ly") and low.isalpha())):
            return False
    return False


def _organisation(name: str) -> bool:
    """Whether ``name`` is an organisation's by its words: its last word one that ends such
    names ("Port Council", "Lopez campaign"), or itself one ("Pentagon"); never a family's
    or a person's ("the Salas family")."""
    from quotes.extract import lexicon

    words = name.lower().split()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in lexicon.ORG_WORDS
    return words[-1] in lexicon.ORG_WORDS | lexicon.ORG_HEADS | lexicon.ORG_ROLES


# What follows a name that makes it a family's, not a body's ("the House family said")
_KIN_AFTER = re.compile(r"\s+(?:family|families|couple|brothers|sisters|household|clan)\b", re.IGNORECASE)


def _speaker(record: Record, quote: Quote) -> str:
    """The speaker as a citation's sentence starts with it: an organisation by its words that
    this quote's own mention writes right after "the" ("the Port Council said") as "The X"; a
    name that has its "the" already with it capitalised; any other name as it is (never a
    person's whose name has an organisation's word in it: "Tom Bank", "the Tom Bank
    Foundation" elsewhere in the article; never a family's: "the House family")."""
    name = quote.speaker or ""
    if re.match(r"the\s", name, re.IGNORECASE):
        return "The" + name[3:]
    mention = quote.speaker_mention
    text = record.article.text
    if (
        mention is not None
        and mention.text == name
        and _organisation(name)
        and text[max(0, mention.start - 4) : mention.start].lower() == "the "
        and not _KIN_AFTER.match(text, mention.end)
    ):
        return f"The {name}"
    return name


def _lead(record: Record, quote: Quote) -> str:
    """``Name said, "words"`` (no comma before a partial quote), or just the words."""
    words = f'"{_words(quote)}"'
    if not quote.speaker or not quote.is_statement:
        return words
    return f"{_speaker(record, quote)} {_verb(record, quote)}{',' if quote.kind == 'full' else ''} {words}"


def _end(sentence: str) -> str:
    return sentence if sentence.endswith((".", "?", "!")) else sentence + "."


# ---- styles ------------------------------------------------------------------------------------------


def _apa(record: Record, quote: Quote) -> str:
    art = record.article
    title = art.title
    # APA 7 (9.21): a work with no title is described in square brackets, in the title's place
    named = title or f"[{_description(record)}]"
    year = str(art.date.year) if art.date else "n.d."
    if art.authors:
        fam = [_family(a, art.source) for a in art.authors]
        who = fam[0] if len(fam) == 1 else _join(fam, "&") if len(fam) == 2 else f"{fam[0]} et al."
        apa = [_apa_author(a, art.source) for a in art.authors]
        if len(apa) > 20:
            # APA 7: the first 19, an ellipsis, then the last author.
            names = ", ".join(apa[:19]) + ", . . . " + apa[-1]
        elif len(apa) == 1:
            names = apa[0]
        else:
            names = ", ".join(apa[:-1]) + ", & " + apa[-1]
        head = f"{_close(names, '.')} ({_apa_date(art.date)}). {_close(named, '.')}"
    else:
        # No author: the title (or the description) moves into the author position, in-text
        # as a short quoted title (the description as it is).
        who = _quoted_title(_short_title(title), ",") if title else named
        head = f"{_close(named, '.')} ({_apa_date(art.date)})."
    # A quoted short title already carries the comma inside its marks: ("Short Title," 2024).
    when = f" {year}" if who.startswith('"') else f", {year}"
    cited = ("as cited in " if quote.is_statement else "") + who + when
    sentence = f"{_lead(record, quote)} ({cited})."
    # (the outlet not said again after a description that names it: "[Article from X]. X.")
    outlet = _close(art.source, ".") if art.source and title else ""
    reference = " ".join(x for x in (head, outlet, art.url or "") if x)
    return f"{sentence}\n\n{reference}"


def _apa_date(date: dt.date | None) -> str:
    return f"{date.year}, {_MONTHS[date.month - 1]} {date.day}" if date else "n.d."


def _mla(record: Record, quote: Quote) -> str:
    art = record.article
    # MLA 9: a work with no title is described, in plain text (no quotation marks)
    title = _quoted_title(art.title, ".") if art.title else _close(_description(record), ".")
    if art.authors:
        fam = [_family(a, art.source) for a in art.authors]
        who = fam[0] if len(fam) == 1 else _join(fam, "and") if len(fam) == 2 else f"{fam[0]} et al."
        first = _inverted(art.authors[0], art.source)
        if len(art.authors) == 1:
            names = first
        elif len(art.authors) == 2:
            names = f"{first}, and {_full(art.authors[1], art.source)}"
        else:
            names = f"{first}, et al"
        head = f"{_close(names, '.')} {title}"
    else:
        who = f'"{_inner(_short_title(art.title))}"' if art.title else _description(record)
        head = title
    cited = f"qtd. in {who}" if quote.is_statement else who
    sentence = f"{_lead(record, quote)} ({cited})."
    # MLA 9 drops http(s):// from URLs.
    url = re.sub(r"^https?://", "", art.url) if art.url else None
    outlet = art.source if art.title else None  # a description names it already
    container = ", ".join(x for x in (outlet, _mla_date(art.date) if art.date else None, url) if x)
    entry = f"{head} {_close(container, '.')}" if container else head
    return f"{sentence}\n\n{entry}"


def _chicago(record: Record, quote: Quote) -> str:
    art = record.article
    # Chicago: an untitled article is cited by its outlet; with none, described (no quotation marks)
    title = art.title
    date = _long_date(art.date) if art.date else "n.d."
    full = [_full(a, art.source) for a in art.authors]
    by = (f"{full[0]} et al." if len(full) > 3 else _join(full, "and")) if full else ""
    said = bool(quote.speaker and quote.is_statement)
    lead = f"{_speaker(record, quote)}, quoted in" if said else "Quoted in"
    authors = f"{by}, " if by else ""
    tail = ", ".join(x for x in (art.source, date, art.url) if x)
    named = _quoted_title(title, ",") if title else "" if art.source else f"an {UNTITLED.lower()},"
    note = _end(" ".join(x for x in (f"1. {lead} {authors}{named}".rstrip(), tail) if x))
    # Chicago's sentence ends inside the quotation marks, then the note number.
    text = " ".join(_inner(quote.text).split()).rstrip(",;: ")
    words = f'"{_close(text, ".")}"'
    comma = "," if quote.kind == "full" else ""  # no comma before a partial quote, as in _lead
    sentence = (f"{_speaker(record, quote)} {_verb(record, quote)}{comma} {words}" if said else words) + "¹"
    if art.authors:
        first = _inverted(art.authors[0], art.source)
        rest = [_full(a, art.source) for a in art.authors[1:]]
        names = ", ".join([first, *rest[:-1]]) + f", and {rest[-1]}" if rest else first
        biblio = [
            _close(names, "."),
            _quoted_title(title, ".") if title else "" if art.source else UNTITLED + ".",
            _close(art.source, ",") if art.source else "",
        ]
    else:
        # Chicago files an unsigned news article under the publication; with no publication,
        # under its title; with neither, it is described.
        biblio = [
            _close(art.source, ".") if art.source else "" if title else UNTITLED + ".",
            _quoted_title(title, ".") if title else "",
        ]
    biblio += [_close(date, "."), art.url or ""]
    entry = _end(" ".join(x for x in biblio if x))
    return f"{sentence}\n\n{note}\n\n{entry}"


def _attribution(record: Record, quote: Quote, markdown: bool) -> str:
    art = record.article
    # an untitled article is said to be one, never given a title in quotation marks
    label = art.title or f"an {UNTITLED.lower()}"
    if markdown and art.url:
        ref = "[" + re.sub(r"([\[\]])", r"\\\1", label) + f"]({art.url})"
    else:
        ref = f'"{_inner(art.title)}"' if art.title else label
    if art.authors:
        ref += " by " + _join([_full(a, art.source) for a in art.authors], "and")
    source = (f"*{art.source}*" if markdown else art.source) if art.source else None
    parts = [ref, source, _day_month_year(art.date) if art.date else None]
    if art.url and not markdown:
        parts.append(art.url)
    said = f"{_speaker(record, quote)}, quoted in" if quote.speaker and quote.is_statement else "Quoted in"
    return f"{said} " + ", ".join(p for p in parts if p)


def _plain(record: Record, quote: Quote) -> str:
    text = " ".join(quote.text.split()).rstrip(",;:")  # the comma belonged to "..., he said"
    return f'"{_inner(text)}"\n— {_attribution(record, quote, markdown=False)}'


def _markdown(record: Record, quote: Quote) -> str:
    paragraphs = [
        " ".join(p.split()) for p in re.split(r"\n\s*\n|\n", quote.text.rstrip(",;: ")) if p.strip()
    ]
    body = "\n>\n".join(f"> {p}" for p in paragraphs)
    return f"{body}\n>\n> — {_attribution(record, quote, markdown=True)}"


_STYLES = {"plain": _plain, "markdown": _markdown, "apa": _apa, "mla": _mla, "chicago": _chicago}
