"""A tagger person right after a digit is a count's measure word and what follows (133金|居…),
unless it carries a foreign name's marks (tagger_checks.plausible_person)."""

import pytest

from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.tagger_checks import foreign_chars, plausible_person
from pipeline.entities.tagger_fixes import country_abbreviations
from pipeline.text.words import jieba_dictionary


def _plausible(text: str, name: str) -> bool:
    start = text.index(name)
    lex = load_lexicons()
    return plausible_person(text, (start, start + len(name), "PERSON"), lex.surnames, jieba_dictionary(),
                            country_abbreviations(), foreign_chars(), frozenset({start}))


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("本届共夺得58金领跑奖牌榜。", "金领", False),      # after a count: the medal, then a verb
    ("记者王建国报道。", "王建国", True),               # a name after a cue stays
    ("第3棒由李明接力。", "李明", True),                # a measure word between the count and the name
])
def test_person_after_a_count(text, name, expected):
    assert _plausible(text, name) is expected
