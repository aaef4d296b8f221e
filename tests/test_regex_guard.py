"""The first-characters guard must find exactly the non-empty matches of the pattern it guards."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.dates import _pattern as date_pattern
from pipeline.figures.lexicon import figure_lexicon
from pipeline.figures.find import _NUMBER
from pipeline.text.regex_guard import guarded, scanner


def _non_empty(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text) if m.end() > m.start()]


PATTERNS = {
    "literal words": re.compile(r"年底|年初|青年节|元旦"),
    "optional head": re.compile(r"(?:上|下)?个?月(?:初|底)?"),
    "repeat then literal": re.compile(r"[一二三]{1,3}[时点](?:半)?"),
    "lookbehind first": re.compile(r"(?<![\d.])\d{1,2}日(?!内)"),
    "nullable branch": re.compile(r"(?:前)?(?=\d)(?:\d+年)?"),
    "any second": re.compile(r"据.{1,3}统计"),
    "verbose": re.compile(r"""(?P<n>\d+)   # a number
                              (?:万|亿)?  # and its multiplier""", re.VERBOSE),
    "numbers": _NUMBER,
    "dates": date_pattern(),
}
ALPHABET = list("年底初青节元旦上下个月一二三时点半前日内据市统计局万亿0123456789.,“”\" \n")


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=30))
def test_guard_keeps_every_non_empty_match(name, text):
    pattern = PATTERNS[name]
    assert _non_empty(guarded(pattern), text) == _non_empty(pattern, text)


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=30), data=st.data())
def test_scanner_finds_the_non_empty_matches_of_finditer(name, text, data):
    pattern = PATTERNS[name]
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    named = lambda m: {k: m.group(k) for k in pattern.groupindex}  # noqa: E731
    expected = [(m.start(), m.end(), named(m)) for m in pattern.finditer(text, pos, endpos) if m.end() > m.start()]
    assert [(a, b, named(m)) for a, b, m in scanner(pattern).finditer(text, pos, endpos)] == expected


@pytest.mark.parametrize(
    ("pattern", "guarded_too"),
    [
        (re.compile(r"年底|青年节"), True),
        (re.compile(r".年"), False),  # the first character can be anything
        (re.compile(r"[^a]b"), False),
        (re.compile(r"年底", re.IGNORECASE), False),
    ],
)
def test_guard_only_where_first_characters_are_bounded(pattern, guarded_too):
    assert (guarded(pattern) is not pattern) == guarded_too


def test_second_character_is_checked():
    guard = guarded(re.compile(r"年底|年初|青年节"))
    assert guard.search("青年人") is None and guard.search("青年节").span() == (0, 3)
    assert guard.pattern.startswith("(?=[年青])")


def test_lexicon_patterns_match_as_before():
    lex = figure_lexicon()
    line = "千方百计,一举两得,最高可达3万元,超过了500人"
    assert [m.group() for m in lex.idiom_re.finditer(line)] == ["千方百计", "一举两得"]
    assert lex.before_re.search(line, 15, 21).group() == "超过了"


WORDS = ["个", "个百分点", "万人", "万", "万元", "kWh", "k", "百分点", "元"]
LONGEST_FIRST = sorted(set(WORDS), key=len, reverse=True)
LATIN_GUARD = lambda w: "(?![A-Za-z])" if w[-1].isascii() and w[-1].isalpha() else ""  # noqa: E731


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("个百分点万人元kWhx3"), max_size=20))
def test_words_grouped_by_first_character_match_as_a_flat_alternation(text):
    from pipeline.figures.lexicon import _alternation, _unit_alternation

    cases = [(_alternation(WORDS), "|".join(re.escape(w) for w in LONGEST_FIRST)),
             (_unit_alternation(WORDS), "|".join(re.escape(w) + LATIN_GUARD(w) for w in LONGEST_FIRST))]
    for grouped, flat in cases:
        for template in ("{}", "(?:{})x?$"):  # alone, and with backtracking into the words
            spans = lambda alt: [m.span() for m in re.finditer(template.format(alt), text)]  # noqa: E731
            assert spans(grouped) == spans(flat)
