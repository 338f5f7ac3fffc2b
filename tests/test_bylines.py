"""Bylines into authors, and authors into people or organisations (issue 13)."""

from __future__ import annotations

import pytest

from quotes import bylines
from quotes.bylines import Author


@pytest.mark.parametrize(
    ("byline", "source", "authors"),
    [
        ("AP", None, ("Associated Press",)),
        ("UPI", None, ("United Press International",)),
        ("AFP", None, ("Agence France-Presse",)),
        ("Reuters", None, ("Reuters",)),
        ("The Associated Press", None, ("Associated Press",)),
        ("byYlan Q. Mui", None, ("Ylan Q. Mui",)),
        ("By Jane Doe and John Roe", None, ("Jane Doe", "John Roe")),
        ("BY ANDREW ROSS SORKIN", None, ("Andrew Ross Sorkin",)),
        ("NOLAN D. MCCASKILL", None, ("Nolan D. McCaskill",)),
        ("By JIM RUTENBERG,Oleg Matsnev and Zachary Wichter contributed research.", None, ("Jim Rutenberg",)),
        ("Heidi M. Przybyla, USA TODAY", "usa-today", ("Heidi M. Przybyla",)),
        ("David Jackson, @djusatoday, USA TODAY", "usa-today", ("David Jackson",)),
        ("Jane Doe, Associated Press", None, ("Jane Doe", "Associated Press")),
        ("None", None, ()),
        ("", None, ()),
        ("By", None, ()),
        # roles that name no one are no author (issue s15a item 1): must find nothing
        ("By STAFF WRITER", None, ()),
        ("Staff", None, ()),
        ("By Staff Reporter", None, ()),
        ("Wire Services", None, ()),
        ("Editorial Board", None, ()),
        ("The Staff", None, ()),
        ("Special Correspondent", None, ()),
        # ... and leave the real names and named groups beside them
        ("Jane Doe, Staff Writer", None, ("Jane Doe",)),
        ("By Jane Doe and John Roe, Staff Reporters", None, ("Jane Doe", "John Roe")),
        ("Postmedia News", None, ("Postmedia News",)),
        ("Newsweek Staff", None, ("Newsweek Staff",)),
        ("Staffan Writerson", None, ("Staffan Writerson",)),
        # names that merely contain "by" or "and" are not cut
        ("Bybee Andrews", None, ("Bybee Andrews",)),
    ],
)
def test_split(byline: str, source: str | None, authors: tuple[str, ...]) -> None:
    assert bylines.split(byline, source) == authors


@pytest.mark.parametrize(
    ("name", "source", "author"),
    [
        ("AP", None, Author(name="Associated Press", organisation=True)),
        ("Ap", None, Author(name="Associated Press", organisation=True)),
        ("UPI", None, Author(name="United Press International", organisation=True)),
        ("Reuters", None, Author(name="Reuters", organisation=True)),
        ("Newsweek Staff", None, Author(name="Newsweek Staff", organisation=True)),
        ("Breitbart News", "breitbart", Author(name="Breitbart News", organisation=True)),
        ("Virgil", None, Author(name="Virgil", organisation=True)),
        ("Ylan Q. Mui", None, Author(name="Ylan Q. Mui", given="Ylan Q.", family="Mui")),
        ("Doe, Jane", None, Author(name="Doe, Jane", given="Jane", family="Doe")),
        (
            "Martin Luther King Jr.",
            None,
            Author(name="Martin Luther King Jr.", given="Martin Luther", family="King", suffix="Jr."),
        ),
    ],
)
def test_parse(name: str, source: str | None, author: Author) -> None:
    assert bylines.parse(name, source) == author


def test_csl_names() -> None:
    assert bylines.parse("AP").csl() == {"literal": "Associated Press"}
    assert bylines.parse("Ylan Q. Mui").csl() == {"family": "Mui", "given": "Ylan Q."}
    assert bylines.parse("Ylan Q. Mui").full == "Ylan Q. Mui"
