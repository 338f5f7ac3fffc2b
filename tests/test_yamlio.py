"""YAML in one place: the same bytes with libyaml or without, text kept readable,
``!!binary`` metadata read as text."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import yamlio
from tests.conftest import PESKOV_TEXT, make_record


def _dump_with(dumper: type, data: object) -> str:
    return str(
        yaml.dump(
            data,
            Dumper=dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=yamlio._WIDTH,
        )
    )


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)).filter(lambda c: not yamlio._EMITTERS_DISAGREE.match(c))
)


@pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML without libyaml")
@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.dictionaries(st.sampled_from(["title", "text", "url"]), st.one_of(TEXT, st.lists(TEXT, max_size=3)))
)
def test_libyaml_and_python_write_the_same_bytes(data: dict[str, object]) -> None:
    _, readable, python_readable = yamlio._classes()
    assert _dump_with(readable, data) == _dump_with(python_readable, data)


def test_an_emoji_stays_as_it_is() -> None:
    text = "Fans cheered 🎉 loudly.\nThen left."
    dumped = yamlio.dump({"text": text})
    assert dumped.startswith("text: |")  # a literal block, not "Fans cheered \U0001F389 ..."
    assert yamlio.load(dumped) == {"text": text}


@pytest.mark.parametrize("text", ["a\x85b\nc", "a\u2028b", "x\u2029", "🎉\x85\n"])
def test_unicode_line_breaks_come_back_as_they_were(text: str) -> None:
    assert yamlio.load(yamlio.dump({"text": text, "title": text})) == {"text": text, "title": text}


def test_a_record_is_written_unfolded() -> None:
    record = make_record(PESKOV_TEXT, title=("A title " * 30).strip())
    assert f"title: {'A title ' * 29}A title\n" in yamlio.dump({"title": record.article.title})


def test_binary_values_are_text_or_an_error() -> None:
    assert yamlio.load("title: !!binary aGVsbG8=") == {"title": "hello"}
    with pytest.raises(yamlio.YAMLError, match="!!binary value that is not UTF-8"):
        yamlio.load("title: !!binary /w==")
