"""Entity kinds the unseen real articles of issue #13 missed in both modes' rules (sentences written for these tests).

Quoted programs named by their form (一村一品 patterns, a year or an edition before a festival) or by the noun
after them; credits of photos and web copies; delegations; a body named after a
person; a two-character "person" the tagger reads as plain words at most of its mentions; counted kinds of body.
"""

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module", params=["fast", "accurate"])
def recognizer(request):
    return EntityRecognizer(mode=request.param)


@pytest.fixture(scope="module")
def accurate():
    return EntityRecognizer(mode="accurate")


def spans(recognizer, text):
    return {(e.text, e.label) for e in recognizer.find(text)}


FOUND = [
    # a quoted name before a noun that opens on a verb's character (防护林, 采访团, 在线调查)
    ("“绿荫长廊”防护林建设已完成三成。", ("绿荫长廊", "PROGRAM")),
    ("当“走进乡村看振兴”采访团抵达时，村民列队欢迎。", ("走进乡村看振兴", "PROGRAM")),
    ("从“说说你的年货”在线调查来看，网购占多数。", ("说说你的年货", "PROGRAM")),
    # numbered patterns of policy names
    ("全县推行“一村一品一主题”的发展模式。", ("一村一品一主题", "PROGRAM")),
    # a year or an edition before a festival's name
    ("“2025中国·库尔勒梨花节”在园区开幕。", ("2025中国·库尔勒梨花节", "PROGRAM")),
    ("第八届“桃花节”吸引游客两万人次。", ("桃花节", "PROGRAM")),
    # credits: a photographer set to three widths, a byline name between spaces, a web copy's editor
    ("游客在广场合影留念。王 刚摄", ("王 刚", "PERSON")),
    ("图为新站台。新华社记者 李海洋 摄", ("李海洋", "PERSON")),
    ("（责任编辑：孙鼐）", ("孙鼐", "PERSON")),
    # a place's delegation or team sent to a games is an ORG
    ("长春代表队获得女子接力金牌。", ("长春代表队", "ORG")),
    ("江苏代表团当日再添两金。", ("江苏代表团", "ORG")),
    # a family's name opens towns and villages (家 is no measure word there)
    ("走进王家镇桃花村，看到满山果树。", ("王家镇", "LOC")),
    ("走进王家镇桃花村，看到满山果树。", ("桃花村", "LOC")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds(recognizer, text, expected):
    assert expected in spans(recognizer, text)


LISTED = "各地举办“金龙年货购物节”、“金龙献瑞闹新春、江城欢乐购物行”、“冰雪欢乐游、畅游松花江”等一系列促销活动。"


def test_quoted_items_listed_with_a_program_are_programs(recognizer):
    found = spans(recognizer, LISTED)
    for name in ("金龙年货购物节", "金龙献瑞闹新春、江城欢乐购物行", "冰雪欢乐游、畅游松花江"):
        assert (name, "PROGRAM") in found
    assert not any(name in {"江城", "松花江"} for name, _label in found)  # inside a program's name


def test_a_quoted_list_without_a_program_noun_keeps_its_kinds(recognizer):
    found = spans(recognizer, "条款中提及“中华人民共和国”和“中国”等相类似名称。")
    assert ("中国", "PROGRAM") not in found


NOT_FOUND = [
    ("双方“各退一步”达成协议。", "各退一步"),  # a verb after the quote: speech, not a name
    ("他做事一向“一心一意”。", "一心一意"),  # an idiom jieba lists, not a numbered policy
    ("常态化开展候鸟护飞等专项行动。", "候鸟护飞等专项行动"),  # 等: a class of campaigns
    ("开展对涉酒驾驶违法行为整治行动。", "对涉酒驾驶违法行为整治行动"),  # a preposition opens a description
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_names(recognizer, text, name):
    assert not any(found == name for found, _label in spans(recognizer, text))


ACCURATE_FOUND = [
    # a cue joins the characters the tagger split an unknown name into
    ("国家统计局新闻发言人盛来运在国新办发布会上表示，经济趋稳。", ("盛来运", "PERSON")),
    # a county's short form the tagger reads as a place, though jieba lists it as a word
    ("包括城口九重花岭菊花展等。", ("城口", "GPE")),
]


@pytest.mark.parametrize(("text", "expected"), ACCURATE_FOUND)
def test_accurate_finds(accurate, text, expected):
    assert expected in spans(accurate, text)


@pytest.mark.parametrize(("text", "place"), [
    ("1至8月重庆新能源汽车产量同比增长一倍半。", ("重庆", "GPE")),
    ("滨江新区智能网联汽车测试道路再延长十公里。", ("滨江新区", "LOC")),  # a zone, as a place
])
def test_a_place_before_a_kind_of_product_is_the_place(accurate, text, place):
    found = spans(accurate, text)
    assert place in found
    assert not any(label == "ORG" for _name, label in found)


def test_a_place_keeps_no_characters_of_the_next_word(accurate):
    found = spans(accurate, "4月4日至6日，中国全社会跨区域人员流动量为7.9亿人次。")
    assert ("中国", "GPE") in found
    assert not any(name == "中国全" for name, _label in found)


def test_a_counted_kind_of_body_is_no_name_at_any_mention(accurate):
    found = spans(accurate, "前十名包括3家城商行及1家农商行。城商行业绩分化明显。")
    assert not any(name in {"城商行", "农商行"} for name, _label in found)


def test_a_body_named_after_a_person_is_an_org(accurate):
    found = spans(accurate, "参与研究的约翰斯·霍普金斯大学教授说，数据可靠。")
    assert ("约翰斯·霍普金斯大学", "ORG") in found
    assert ("约翰斯·霍普金斯大学", "PERSON") not in found


def test_a_name_read_as_plain_words_elsewhere_is_no_person(accurate):
    text = ("记者从林草工作会议上获悉，五年来完成林草生态修复五百万亩，林草产业总产值突破千亿元。"
            "今年开展草原湿地保护修复等林草湿重大生态工程。今年将完成林草生态修复二百万亩。")
    assert not any(label == "PERSON" for _name, label in spans(accurate, text))
