"""Places named in a list with a place already found (pipeline.entities.listed_places): own sentences."""

import pytest

from pipeline.entities.listed_places import listed_places


def _spans(text, *names):
    out = []
    for name, label in names:
        at = text.index(name)
        out.append((at, at + len(name), label, "lac"))
    return out


@pytest.mark.parametrize("text, known, expected", [
    # an item after the place, up to the separator or the longest run of words ending in a head
    ("游客走过白云寺、青石峡谷、端午翠竹园等地。", [("白云寺", "LOC")], ["白云寺", "青石峡谷", "端午翠竹园"]),
    # the item before: its describing words (著名, 景区) are not the name
    ("著名景区金牛山、白云寺等游人如织。", [("白云寺", "LOC")], ["金牛山", "白云寺"]),
    # a shorter place inside an item is replaced by the whole name
    ("他们去了白云寺、清明翠竹园。", [("白云寺", "LOC"), ("翠竹园", "LOC")], ["白云寺", "清明翠竹园"]),
    # a GPE neighbour spreads nothing: cities in a list are the lexicon's
    ("北川、金牛山都很美。", [("北川", "GPE")], ["北川"]),
    # an item that holds two names already is an address chain, left to the chain rules
    ("白云寺、北川市青石镇一带", [("白云寺", "LOC"), ("北川市", "GPE"), ("青石镇", "LOC")],
     ["白云寺", "北川市", "青石镇"]),
    # place names hold 都 and 之 (成都, 某之某村): they do not end an item
    ("车队经过金牛大道、泉都大道、白云之南村。", [("金牛大道", "LOC")], ["金牛大道", "泉都大道", "白云之南村"]),
    # no head at the item's end: no place
    ("白云寺、幸福生活", [("白云寺", "LOC")], ["白云寺"]),
])
def test_listed_places(text, known, expected):
    found = listed_places(text, _spans(text, *known))
    assert [text[s:e] for s, e, _l, _r in found] == expected
    assert all(text[s:e] and e <= len(text) for s, e, _l, _r in found)
    starts = [s for s, _e, _l, _r in found]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text, expected", [
    # two items that both end in a place head make a list of places with nothing found in it yet
    ("周末游客涌向青龙山、白沙湖等景点。", ["青龙山", "白沙湖"]),
    # a weak head (园, 池) counts when its neighbour ends in a strong one (谷)
    ("游客来到翠竹园、石门谷等地。", ["翠竹园", "石门谷"]),
    # one item without a head is a place when jieba tags it ns (喀什 is a dictionary place word)
    ("著名景区金牛山、喀什等日接待游客数万。", ["金牛山", "喀什"]),
    # weak heads alone do not: 电池 ends in 池 but names a product
    ("市场上锂电池、铅酸电池等产品", []),
    # items without heads are no places
    ("他爱吃苹果、香蕉", []),
    # kinds of towns and estates in a list are descriptions, not names
    ("扶持偏远乡、边境村发展", []),
    ("评选先进小区、和谐社区", []),
])
def test_listed_places_without_a_known_place(text, expected):
    found = listed_places(text, [])
    assert [text[s:e] for s, e, _l, _r in found] == expected
    assert all(label == "LOC" for _s, _e, label, _r in found)
