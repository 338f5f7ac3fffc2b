"""Issue 10: a property test of the extractor on generated text, with a fixed budget
(derandomized, so CI runs the same examples every time): every offset lies inside the
text, each quote's text is the text at its spans, and quote ids are unique."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract import extract_quotes
from quotes.model import Article, Record

# Pieces news text is made of, quotation marks and attribution words above all.
PIECES = st.sampled_from(
    [
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2018",
        "\u2019",
        ",",
        ".",
        ":",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "said",
        "says",
        "according to",
        "he",
        "she",
        "they",
        "the",
        "Peskov",
        "Dmitry",
        "Trump",
        "Mr.",
        "Sen.",
        "President",
        "of",
        "and",
        "told",
        "reporters",
        "\u2014",
        "(",
        ")",
        "-",
        "We",
        "will",
        "not",
        "U.S.",
        "PENCE:",
        "asked",
        "added",
        "It",
        "is",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_offsets_texts_and_ids(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert q.spans and all(0 <= s <= e <= len(text) for s, e in q.spans)
        assert q.start <= q.end
        pieces = [text[s:e] for s, e in q.spans]
        assert q.text in (" ".join(pieces), "\n".join(pieces))
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text
        for n in q.nested:
            assert all(0 <= s <= e <= len(text) for s, e in n.spans)
            assert n.text in (
                " ".join(text[s:e] for s, e in n.spans),
                "\n".join(text[s:e] for s, e in n.spans),
            )
    if text.strip():
        ids = Record(Article(text=text), tuple(quotes)).quote_ids()
        assert len(set(ids)) == len(ids)
