"""Saved web pages: the article's main text and metadata, read with trafilatura.

trafilatura (the maintained standard for news text extraction) drops navigation,
bylines, related links and footers, and reads the title, byline, date (htmldate),
outlet and canonical link from the page's metadata. When its main-text search finds
nothing it falls back to all the page's text, navigation included; so a page whose
<body> holds no text outside navigation, banner, footer and asides is refused as
having no article text rather than stored as "Home". A short main text (a page of one
or two paragraphs) is read again in trafilatura's precision focus, which has none of
the rescues that take a page's menus, cookie banner or footer into a short article;
that reading is kept when all it leaves out is such furniture, not a paragraph.
Its text has one paragraph a line; the text kept here has a blank line between
paragraphs, as the plain-text articles do, and no headline line at the top (the
title is metadata). The quotes' offsets refer to this text, which the record keeps.
"""

from __future__ import annotations

import difflib
import logging
import re
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from quotes.article import Metadata, parse_date, split_authors
from quotes.errors import ArticleError

# trafilatura and htmldate log what they discard at WARNING; with no handler of the
# caller's, Python would print that on stderr in the middle of ingest's own messages.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


# trafilatura drops the full stop of a middle initial ("Ylan Q Mui"): put it back.
_INITIAL = re.compile(r"(?<=\w )([A-Z])(?= \w)")


# The page furniture trafilatura cleans away (its MANUALLY_CLEANED) that can hold
# text, and the site banner. Not all of that list: <form> wraps whole pages on some
# sites, and <figure>, <time>, <label> can sit inside the article.
_BOILERPLATE = frozenset(
    {"nav", "menu", "header", "footer", "aside", "script", "style", "noscript", "template"}
)


# trafilatura (2.x) rescues an extraction shorter than this (characters): its baseline takes
# the whole page's text when the main text is under 250 characters, and a recall retry
# reads the page again when the text is under 3,000 and a small share of the page. Both
# take in what the main extraction left out, navigation lists, cookie banners and footers.
_RESCUED_BELOW = 3000


def _has_body_text(tree: Any) -> bool:
    """Whether the page's <body> has any text outside boilerplate elements (``tree``: the
    page as lxml parsed it, an ``HtmlElement``; Any, as lxml ships no type hints)."""
    bodies = tree.xpath("//body")
    if not bodies:
        return False
    for el in bodies[0].iter():
        # an element's tail is text of its parent: it counts unless the parent is boilerplate
        outside = not any(a.tag in _BOILERPLATE for a in el.iterancestors())
        if outside and el is not bodies[0] and (el.tail or "").strip():
            return True
        if not isinstance(el.tag, str) or el.tag in _BOILERPLATE or not outside:
            continue  # comments are no text; boilerplate's own text is not article text
        if (el.text or "").strip():
            return True
    return False


# A word or a mark: two texts compared so, their line breaks and spaces do not count.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# The marks that end a sentence.
_STOPS = frozenset(".!?")


def _extract(tree: Any, url: str | None, precision: bool = False) -> trafilatura.settings.Document | None:
    """trafilatura's reading of the page (balanced, or in precision focus): its metadata,
    and its main text with a paragraph a line; None when it found no text."""
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=precision,
    )
    return doc if isinstance(doc, trafilatura.settings.Document) and (doc.text or "").strip() else None


def _dropped(text: str, kept: str) -> list[str]:
    """What ``kept`` leaves out of ``text``, a piece for each stretch of it; the two compared
    word by word and mark by mark, as trafilatura's two readings break a paragraph into
    lines differently (the balanced one puts a link on a line of its own: "Mayor", "Tom
    Reed", "said", "the plan", ...)."""
    tokens = _TOKEN.findall(text)
    matcher = difflib.SequenceMatcher(None, tokens, _TOKEN.findall(kept), autojunk=False)
    left_out = [(lo, hi) for op, lo, hi, _, _ in matcher.get_opcodes() if op in ("delete", "replace")]
    return [" ".join(tokens[lo:hi]) for lo, hi in left_out]


def _boilerplate(piece: str) -> bool:
    """Whether a piece of text left out is page furniture: one with no full stop, "!" or
    "?" anywhere (a menu, "Related Deficit grows Budget day", "Share on Facebook Tweet").
    A piece with one is article text, or holds some: "Mayor Tom Reed said the plan was
    fair.", a quote's closing '. "', a sentence before a menu, a dropped "said .", and
    ". Reed said the plan was fair" (the comparison may pair a paragraph's closing stop
    with the one kept before it, so the stop of the piece left out comes first). A menu
    that does hold a stop costs a line of furniture kept, never a paragraph lost."""
    return not any(t in _STOPS for t in _TOKEN.findall(piece))


def _main_text(tree: Any, url: str | None) -> tuple[trafilatura.settings.Document, str] | None:
    """The page's metadata (as trafilatura's balanced reading gives it) and its main text.

    The balanced reading rescues a short text (see ``_RESCUED_BELOW``) and so may take a
    page's menus, cookie banner or footer in with it; precision focus runs no rescue but
    may also leave out an article's paragraph (one of two ``<div>`` beside each other, one
    with many links). So a short text's precise reading is kept only when all it leaves
    out of the balanced one is boilerplate (``_boilerplate``); else the balanced text
    stands, furniture and all: a menu line costs less than a lost paragraph."""
    doc = _extract(tree, url)
    if doc is None:
        return None
    # (the metadata stays the balanced reading's whichever text is kept: the focus is about
    # which paragraphs are main text, and one source keeps a page's title, byline and date
    # the same as before the precise reading was tried)
    text = str(doc.text)
    if len(text) < _RESCUED_BELOW:
        precise = _extract(tree, url, precision=True)
        if precise is not None and all(_boilerplate(p) for p in _dropped(text, str(precise.text))):
            text = str(precise.text)
    return doc, text


def read_html(page: bytes | str, where: str, url: str | None = None) -> tuple[Metadata, str]:
    """The metadata and the article text of an HTML page; ArticleError naming ``where``
    when it has no article text. ``url`` is where the page came from, if known."""
    try:
        # parsed once: trafilatura reads a copy of the tree, the body-text test the tree
        tree = load_html(page)
        found = _main_text(tree, url) if tree is not None and _has_body_text(tree) else None
    except (ValueError, TypeError) as e:  # lxml's parse errors on what is not HTML at all
        raise ArticleError(f"{where}: not an HTML page ({e})") from e
    if found is None:
        raise ArticleError(f"{where}: no article text found in the page")
    doc, text = found
    title = (doc.title or "").strip() or None
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0] == " ".join(title.split()) and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]  # the headline, repeated as the text's first line
    source = (doc.sitename or "").strip() or (doc.hostname or "").strip() or None
    date = None
    if doc.date:
        try:
            date = parse_date(str(doc.date)[:10], where)
        except ArticleError:
            date = None  # a date htmldate could not make sense of is no date, not a bad page
    authors: tuple[str, ...] = ()
    if doc.author:
        # trafilatura joins several authors with "; ".
        authors = tuple(
            _INITIAL.sub(r"\1.", a)
            for part in str(doc.author).split(";")
            for a in split_authors(part, source)
        )
    meta = Metadata(
        title=title,
        source=source,
        date=date,
        authors=tuple(dict.fromkeys(authors)),
        url=(doc.url or "").strip() or url,
    )
    return meta, "\n\n".join(paragraphs) + "\n"
