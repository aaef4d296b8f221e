"""split_sentences against its plain definition, on random text of marks, quotes and spaces."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from pipeline.text.sentences import _BREAK, _add_trimmed, split_sentences


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The definition: cut after each break (a newline is dropped), then trim whitespace."""
    spans: list[tuple[int, int]] = []
    a = start
    for match in _BREAK.finditer(text, start, end):
        _add_trimmed(spans, text, a, match.start() if match.group() == "\n" else match.end())
        a = match.end()
    _add_trimmed(spans, text, a, end)
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["他说", "好", "。", "！", "?", "；", "…", "”", ")", "\n", " ", "\u3000", "\t", "a"]),
                max_size=30).map("".join), st.data())
def test_split_sentences_is_its_definition(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert split_sentences(text, start, end) == _reference(text, start, end)
    assert split_sentences(text) == _reference(text, 0, len(text))
