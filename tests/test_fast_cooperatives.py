"""Fast mode: a farmers' cooperative is its trade name, its trade and 专业合作社 (cooperatives.py)."""

import pytest

from pipeline.entities.cooperatives import cooperatives
from pipeline.entities.word_classes import tagged_words


@pytest.mark.parametrize(("text", "expected"), [
    ("由绿源蔬菜种植专业合作社承办", ["绿源蔬菜种植专业合作社"]),   # the HMM's word with a preposition glued on
    ("金穗养殖专业合作社理事长说", ["金穗养殖专业合作社"]),         # an nr trade name
    ("成立了红星农机专业合作社", ["红星农机专业合作社"]),           # an nz trade name
    ("当地农民专业合作社发展迅速", []),                              # common words only: a kind of cooperative
    ("全县已有专业合作社120家", []),
])
def test_cooperatives(text, expected):
    spans = cooperatives(tagged_words(text))
    assert [text[s:e] for s, e, _label, _rule in spans] == expected
    assert all(label == "ORG" for _s, _e, label, _rule in spans)
