"""Place classes of issue #13 (bridges, streets, parks, scenic spots, regions): own sentences, table-driven.

- a facility's name built from its suffix starts after a clause word of the sentence (经过, 驶上, 沿着),
  unless the name is itself a verb (解放路) or still holds a verb (a clause that ends in a place word);
- two items of a list that both name places are places, with no place found in the list before;
- a province's abbreviation + a direction (苏北, 鲁西南) is a region, and a known region + 地区 is the region;
- a place suffix after common words only (中高端市场) or a rank word (产粮大镇) is a description;
- (accurate mode's bounds) a part of a known mountain or river (太行山中段山区, 秦岭南麓) is the place.
"""

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module")
def fast():
    return EntityRecognizer("fast")


def _places(recognizer, text):
    return [m.text for m in recognizer.find(text) if m.label == "LOC"]


@pytest.mark.parametrize("text, places", [
    ("长跑选手经过青莲大桥。", ["青莲大桥"]),  # 经过 (a preposition to jieba) opens no name
    ("车辆驶上青莲大桥后减速。", ["青莲大桥"]),  # 驶上 (a verb)
    ("工人正在修建解放路。", ["解放路"]),  # a street named by a verb keeps it
    ("企业纷纷开辟海外市场。", []),  # a generic suffix after the clause word: a description, as before
    ("他随后采访白宫官员。", []),  # the rest still holds a verb (采访): the phrase checks judge it
])
def test_a_clause_word_opens_no_facility_name(fast, text, places):
    assert _places(fast, text) == places


@pytest.mark.parametrize("text, places", [
    ("周末游客涌向青龙山、白沙湖等景点。", ["青龙山", "白沙湖"]),
    ("游客来到翠竹园、石门谷等地。", ["翠竹园", "石门谷"]),
    ("他买了锂电池、铅酸电池等产品。", []),  # weak heads alone (池) name products as often
])
def test_a_list_of_places_with_nothing_found_in_it(fast, text, places):
    assert _places(fast, text) == places


@pytest.mark.parametrize("text", [
    "长跑选手经过青莲大桥。",
    "周末游客涌向青龙山、白沙湖等景点。",
])
def test_place_spans_hold_their_text(fast, text):
    for match in fast.find(text):
        assert text[match.start : match.end] == match.text


@pytest.mark.parametrize("text, places", [
    ("苏北和陕北的农民增收。", ["苏北", "陕北"]),  # a province's abbreviation + a direction: a region
    ("鲁西南一带普降中雨。", ["鲁西南"]),  # two directions
    ("闽南地区的茶农", ["闽南"]),  # jieba's word runs on into 地区: the region without it
    ("长三角地区的城市", ["长三角"]),  # a region of the lexicon + 地区: the region
    ("长江流域普降大雨", ["长江流域"]),  # 流域 stays part of the name
    ("京东发布财报。", []),  # 京 is left out: 京东 is a company
])
def test_regions_of_a_province(fast, text, places):
    assert _places(fast, text) == places


@pytest.mark.parametrize("text, places", [
    ("这个产粮大镇的玉米丰收了。", []),  # a rank word before a town's suffix describes the town
    ("中高端市场需求旺盛。", []),  # two common words before a facility: a kind
    ("地铁连通三大火车站。", []),  # a count inside the prefix
    ("市民来到人民公园散步。", ["人民公园"]),  # one common noun may name a park
    ("车队沿着解放路前行。", ["解放路"]),  # streets are often named by common words
    ("旅客从高铁西站换乘公交。", ["高铁西站"]),  # a direction before the suffix names the station
    ("游客参观了月湾窑。", ["月湾窑"]),  # a lone character jieba leaves is the name's
    ("盾构机在五沟岭站破土而出。", ["五沟岭站"]),  # a numeral opening a name is no count
])
def test_descriptions_ending_in_a_place_suffix(fast, text, places):
    assert _places(fast, text) == places


@pytest.mark.parametrize("text, places", [
    ("黄河干流兰州水文站水位上涨。", ["黄河", "兰州水文站"]),  # a common word between two places: two names
    ("他在广州天河体育中心观赛。", ["广州天河体育中心"]),  # touching places make one address
    ("九江水文站今晨报汛。", ["九江水文站"]),  # 九 opens a dictionary place here, not a count
])
def test_a_common_word_between_places_starts_a_new_name(fast, text, places):
    assert [m.text for m in fast.find(text) if m.label in {"LOC", "GPE"}] == places


@pytest.mark.parametrize("text, span, expected", [
    ("村庄地处太行山中段山区。", "太行山中段山区", "太行山"),  # a section and the region word after it
    ("古寺位于秦岭南麓。", "秦岭南麓", "秦岭"),  # a slope's foot
    ("水库建在太行山区。", "太行山区", "太行山区"),  # a region word alone is left to the tagger's reading
])
def test_a_part_of_a_known_mountain_is_the_mountain(fast, text, span, expected):
    from pipeline.entities.place_bounds import trim_directions

    start = text.index(span)
    (s, e, label), = trim_directions(text, [(start, start + len(span), "LOC")], fast.lex)
    assert (text[s:e], label) == (expected, "LOC")


def test_a_launch_site_is_a_place_in_fast_mode(fast):
    text = "卫星在酒泉卫星发射中心升空。"
    assert [(m.text, m.label) for m in fast.find(text) if m.label in {"LOC", "ORG"}] == [("酒泉卫星发射中心", "LOC")]
