"""Saved web pages: the article's main text and metadata, read with trafilatura.

trafilatura (the maintained standard for news text extraction) drops navigation,
bylines, related links and footers, and reads the title, byline, date (htmldate),
outlet and canonical link from the page's metadata. When its main-text search finds
nothing it falls back to all the page's text, navigation included; so a page whose
<body> holds no text outside navigation, banner, footer and asides is refused as
having no article text rather than stored as "Home". A short main text (a page of one
or two paragraphs) is read again in trafilatura's precision focus, which has none of
the rescues that take a page's menus, cookie banner or footer into a short article.
Its text has one paragraph a line; the text kept here has a blank line between
paragraphs, as the plain-text articles do, and no headline line at the top (the
title is metadata). The quotes' offsets refer to this text, which the record keeps.
"""

from __future__ import annotations

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


def _extract(tree: Any, url: str | None, precision: bool = False) -> trafilatura.settings.Document | None:
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=precision,
    )
    return doc if isinstance(doc, trafilatura.settings.Document) and (doc.text or "").strip() else None


def _main_text(tree: Any, url: str | None) -> tuple[trafilatura.settings.Document, str] | None:
    """The page's metadata (as trafilatura's balanced reading gives it) and its main text:
    a short one read again in precision focus, which runs none of the rescues (see
    ``_RESCUED_BELOW``); that text is kept when it found any, the balanced one otherwise."""
    doc = _extract(tree, url)
    if doc is None:
        return None
    text = str(doc.text)
    if len(text) < _RESCUED_BELOW:
        precise = _extract(tree, url, precision=True)
        text = str(precise.text) if precise is not None else text
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
