"""Property tests: no input crashes find_figures, spans keep the offset invariant."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.figures.find import find_figures
from pipeline.figures.numerals import parse_number

# Text biased towards what the parser reads: digits, numerals, units, qualifiers, punctuation.
_ALPHABET = st.sampled_from(list(
    "0123456789０１２３.,，、%％/-—~至到零〇一二两三四五六七八九十百千万亿点几多余来成分之"
    "第超近约逾达左右以上内元个件人年月日时岁套家名批级“”《》()（）,。;\n 负百分之个百分点平方公里"
))
_TEXT = st.one_of(st.text(_ALPHABET, max_size=40), st.text(max_size=40))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_find_figures_never_crashes_and_keeps_offsets(text):
    figs = find_figures(text)
    for fig in figs:
        assert text[fig.start:fig.end] == fig.text
        assert fig.value.is_finite()
        assert fig.qualifier in {"eq", "approx", "gt", "ge", "lt", "le"}
        assert fig.kind in {"count", "money", "percent", "measure", "rank"}
    for a, b in zip(figs, figs[1:]):
        assert a.end <= b.start


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_parse_number_never_crashes(text):
    value = parse_number(text)
    assert value is None or value.is_finite()
