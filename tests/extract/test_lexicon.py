"""Tests of quotes.extract.lexicon: every table is read by the extractor, no table
lists a word twice, and the tables that refer to each other agree (issue 8)."""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from quotes.extract import first_names, lexicon

PACKAGE = Path(lexicon.__file__).parent
SOURCE = Path(lexicon.__file__).read_text(encoding="utf-8")
TREE = ast.parse(SOURCE)


def _tables() -> dict[str, list[ast.AST]]:
    """The module's top-level names and the statements that make them (a definition, and
    calls such as ``FIRST_NAME_GENDER.update(...)``)."""
    out: dict[str, list[ast.AST]] = {}
    for node in TREE.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    out.setdefault(t.id, []).append(node)
        elif isinstance(node, ast.FunctionDef):
            out.setdefault(node.name, []).append(node)
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and isinstance(node.value.func.value, ast.Name)
        ):
            out.setdefault(node.value.func.value.id, []).append(node)
    return out


def _entries(node: ast.AST) -> list[tuple[int, list[str]]]:
    """The word lists written in a definition: ``"...".split()``, set literals, dict keys."""
    found = []
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr == "split"
            and isinstance(sub.func.value, ast.Constant)
            and isinstance(sub.func.value.value, str)
        ):
            found.append((sub.lineno, sub.func.value.value.split()))
        elif isinstance(sub, ast.Set):
            found.append((sub.lineno, [e.value for e in sub.elts if isinstance(e, ast.Constant)]))
        elif isinstance(sub, ast.Dict):
            found.append((sub.lineno, [k.value for k in sub.keys if isinstance(k, ast.Constant)]))
    return found


@pytest.mark.parametrize("name", sorted(_tables()))
def test_no_table_lists_a_word_twice(name: str) -> None:
    for line, words in (found for node in _tables()[name] for found in _entries(node)):
        repeated = sorted(w for w, n in Counter(words).items() if n > 1)
        assert not repeated, f"{name} (line {line}) lists {repeated} more than once"


def test_the_duplicate_finder_finds_a_duplicate() -> None:
    node = ast.parse('T = set("""a b a""".split()) | {"c", "c"}')
    repeated = sorted(w for _, ws in _entries(node) for w, n in Counter(ws).items() if n > 1)
    assert repeated == ["a", "c"]


def _used_names() -> set[str]:
    """The lexicon's names the other modules of the package read, and those they are built from."""
    others = " ".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py") if p.name != "lexicon.py")
    tables = _tables()
    used = {n for n in tables if re.search(rf"\b{re.escape(n)}\b", others)}
    todo = list(used)
    while todo:
        nodes = tables[todo.pop()]
        for sub in (sub for node in nodes for sub in ast.walk(node)):
            if isinstance(sub, ast.Name) and sub.id in tables and sub.id not in used:
                used.add(sub.id)
                todo.append(sub.id)
    return used


def test_every_table_is_read() -> None:
    unused = sorted(set(_tables()) - _used_names())
    assert not unused, f"lexicon names no module reads: {unused}"


def test_hand_made_first_names_add_to_the_census_table() -> None:
    # a name the census table already gives the same sex is a line that changes nothing
    assert not set(lexicon._MALE) & set(first_names.MALE)
    assert not set(lexicon._FEMALE) & set(first_names.FEMALE)
    assert not set(lexicon._MALE) & set(lexicon._FEMALE)


@pytest.mark.parametrize(
    ("table", "words", "within"),
    [
        ("WEAK_CUES", lambda: lexicon.WEAK_CUES, lambda: set(lexicon.CUE_FORMS.values())),
        ("GENDERED_ROLES", lambda: lexicon.GENDERED_ROLES, lambda: lexicon.PERSON_ROLES),
        ("ROLE_SYNONYMS", lambda: lexicon.ROLE_SYNONYMS, lambda: lexicon.ROLES),
        (
            "TITLE_ABBREVIATIONS",
            lambda: {lexicon.role_key(a) for a in lexicon.TITLE_ABBREVIATIONS.values()},
            lambda: lexicon.PERSON_ROLES,
        ),
        ("HONORIFICS", lambda: {h.rstrip(".") for h in lexicon.HONORIFICS}, lambda: lexicon.NOT_NAMES),
    ],
)
def test_tables_that_refer_to_others_name_their_entries(
    table: str, words: Callable[[], Iterable[str]], within: Callable[[], Iterable[str]]
) -> None:
    # an entry the other table lacks is never reached: "rev." meant nothing while
    # "reverend" was no role
    missing = sorted(set(words()) - set(within()))
    assert not missing, f"{table}: {missing}"


@pytest.mark.parametrize(
    ("table", "word"),
    [
        ("NON_FINAL_ABBREVIATIONS", "sen"),  # from the title abbreviations
        ("NON_FINAL_ABBREVIATIONS", "mrs"),  # from the honorifics
        ("NON_FINAL_ABBREVIATIONS", "inc"),
        ("DOTTED_ABBREVIATIONS", "gov."),
        ("DOTTED_ABBREVIATIONS", "mr."),
        ("TITLE_WORDS", "ms."),
        ("TITLE_WORDS", "senator"),
    ],
)
def test_derived_tables_hold(table: str, word: str) -> None:
    assert word in getattr(lexicon, table)


@pytest.mark.parametrize(
    ("table", "word"),
    [
        ("DOTTED_ABBREVIATIONS", "gov"),  # a word that ends a sentence loses its dot
        ("NON_FINAL_ABBREVIATIONS", "said"),
        ("TITLE_WORDS", "member"),  # "member" is a role, seldom a title before a name
        ("CUE_FORMS", "saidd"),
    ],
)
def test_derived_tables_leave_out(table: str, word: str) -> None:
    assert word not in getattr(lexicon, table)


@pytest.mark.parametrize(
    "word, role",
    [
        ("Gen.", "general"),
        ("Lt.", "lieutenant"),
        ("Dr.", "doctor"),
        ("Sen.", "senator"),
        ("Sen", "senator"),
        ("spokeswoman,", "spokesman"),
        ("gardener.", "gardener"),  # not a title: the word itself, without its dot
    ],
)
def test_role_key_reads_title_abbreviations_with_their_dot(word: str, role: str) -> None:
    # issue 9: the dot was stripped before the lookup, so "Gen." never mapped to a role
    assert lexicon.role_key(word) == role


def test_no_table_is_defined_twice() -> None:
    # a second assignment silently replaces the first for every reader (issue 9)
    import ast
    from collections import Counter
    from pathlib import Path

    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        for target in (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []
