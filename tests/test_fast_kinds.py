"""Fast mode: a suffix-built place that jieba's dictionary holds whole as a common noun is a kind (kinds.py)."""

import pytest

from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.kinds import described_place
from pipeline.text.words import jieba_dictionary


@pytest.mark.parametrize(("name", "expected"), [
    ("工业园区", True),     # jieba: n, a kind of park
    ("民航机场", True),     # n
    ("烈士陵园", True),     # n: every county has one; 某山烈士陵园 is a name
    ("中山公园", False),    # ns: a place jieba knows by name
    ("太原火车站", False),  # a known city opens it: that city's station
    ("十字街", False),      # a street's suffix: streets are often named by common words
])
def test_common_noun_facility(name, expected):
    assert described_place(name, load_lexicons(), jieba_dictionary()) is expected
