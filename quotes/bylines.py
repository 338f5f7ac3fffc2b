"""Bylines: the authors a byline names, and whether each is a person or an organisation.

Two steps, each usable alone:

1. ``split(byline, source)`` cuts a byline as printed ("By JIM RUTENBERG,Oleg Matsnev
   and Zachary Wichter contributed research.", "byYlan Q. Mui", "AP") into the names
   of its authors, one each, in reading order: the leading "By" goes (glued on or
   not), so do handles, the outlet itself, roles that name no one ("Staff Writer",
   ``ROLE_WORDS``) and the people who only "contributed";
   wire services get their full name ("AP": "Associated Press"); names in capitals
   get proper case (``nameparser``'s, so "MCCASKILL" is "McCaskill").
2. ``parse(name, source)`` reads one such name as an ``Author``: a person with given
   names, family name and suffix (``nameparser``), or an organisation (a wire
   service, the outlet, a desk or staff, a single word) that citations keep whole,
   never inverted into "Press, A." or cut to "Ap.".

The tables below are data on purpose: ``WIRE_SERVICES``, ``GROUP_WORDS`` and ``ROLE_WORDS`` can be
listed and extended without touching the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Wire services, by every spelling a byline uses, with the name citations give them.
WIRE_SERVICES = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "upi": "United Press International",
    "united press international": "United Press International",
    "afp": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
}
#: A byline ending in one of these words is a group, not a person ("Newsweek Staff").
GROUP_WORDS = frozenset(
    "news staff press desk reporters editors team service wire agency board bureau writers".split()
)
#: What sidecars write for "no author".
MISSING = frozenset({"none", "null", "n/a", "na", "unknown", "-"})
#: A byline name made only of these words is a role, not an author ("Staff Writer",
#: "Wire Services", "Editorial Board"): it names no person and no organisation, so it is
#: dropped rather than cited as "Writer". A named group ("Newsweek Staff") is kept.
ROLE_WORDS = frozenset(
    """the our a an staff writer writers reporter reporters correspondent correspondents
    editor editors editorial board wire wires service services desk news contributor
    contributors special""".split()
)

# "By X", "BY X" and the glued "byX" of some scraped bylines ("byYlan Q. Mui").
_BY = re.compile(r"^\s*(?:[Bb][Yy](?:\s+|$)|by(?=[A-Z]))")
# "..., Oleg Matsnev and Zachary Wichter contributed research." names helpers, not authors.
_CONTRIBUTED = re.compile(r"(?:^|[,;.])[^,;.]*\b(?:contributed|reported from)\b.*$", re.I | re.S)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)
_LETTER = re.compile(r"[^\W\d_]")


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def split(byline: str, source: str | None = None) -> tuple[str, ...]:
    """The authors ``byline`` names, one name each (see the module docstring)."""
    text = _CONTRIBUTED.sub("", _BY.sub("", byline.strip())).strip()
    if _key(text) in MISSING or not text:
        return ()
    outlet = _key(source or "")
    names: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip(" .")
        if not part or part.startswith("@") or not _LETTER.search(part):
            continue
        key = _key(part)
        if (outlet and key == outlet) or all(w in ROLE_WORDS for w in key.split()):
            continue
        if key in WIRE_SERVICES:
            part = WIRE_SERVICES[key]
        elif part.isupper() and len(key.split()) > 1:
            from nameparser import HumanName  # on first use: it takes longer to load than a search

            name = HumanName(part)
            name.capitalize(force=True)
            part = str(name)
        elif part.isupper() and len(part) > 4:
            part = part.title()  # a one-word name in capitals, "VIRGIL"
        names.append(part)
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class Author:
    """One author read from a byline name: a person, or an organisation kept whole."""

    name: str
    given: str = ""
    family: str = ""
    suffix: str = ""
    organisation: bool = False

    @property
    def full(self) -> str:
        """The name in reading order ("Jane Doe" even when written "Doe, Jane")."""
        if self.organisation:
            return self.name
        return " ".join(x for x in (self.given, self.family) if x) + (
            f" {self.suffix}" if self.suffix else ""
        )

    def csl(self) -> dict[str, str]:
        """The CSL-JSON name object: ``{"family", "given"}`` or ``{"literal"}``."""
        if self.organisation:
            return {"literal": self.name}
        d = {"family": self.family, "given": self.given}
        if self.suffix:
            d["suffix"] = self.suffix
        return d


def is_organisation(name: str, source: str | None = None) -> bool:
    """Whether ``name`` is a wire service, the outlet, a group ("Newsweek Staff") or one word."""
    key = _key(name)
    words = key.split()
    return (
        key in WIRE_SERVICES
        or name in WIRE_SERVICES.values()
        or len(words) < 2
        or bool(source and key == _key(source))
        or words[-1] in GROUP_WORDS
    )


def parse(name: str, source: str | None = None) -> Author:
    """``name`` as an ``Author``: a person's parts, or an organisation."""
    name = name.strip()
    if is_organisation(name, source):
        return Author(name=WIRE_SERVICES.get(_key(name), name), organisation=True)
    from nameparser import HumanName

    human = HumanName(name)
    given = " ".join(x for x in (human.first, human.middle) if x)
    family = human.last or name
    return Author(name=name, given=given, family=family, suffix=human.suffix)
