"""Fast mode: teams a place sends (refine.extend_team), places jieba joins to a word
(text.crosses_word), a body on an abbreviation (word_classes) and a city's districts written
bare (division_shorts)."""

import functools

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@functools.lru_cache(maxsize=1)
def _fast() -> EntityRecognizer:
    return EntityRecognizer(mode="fast")


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in _fast().find(text)]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a place + a team noun jieba holds whole (3+ characters ending 队) is a team
    ("日本游泳队昨天抵达赛场。", [("日本游泳队", "ORG")], [("日本", "GPE")]),
    ("法国乒乓球队两胜一负。", [("法国乒乓球队", "ORG")], []),
    # a place jieba joins to 队 in one word keeps its name: the team
    ("科威特队在下半场扳平比分。", [("科威特队", "ORG")], []),
    # two-character 某队 words are verbs or common nouns: the place stays a place
    ("游客在北京排队购票。", [("北京", "GPE")], [("北京排队", "ORG")]),
    # two places jieba writes as one word are both named
    ("他的老家在广西南宁。", [("广西", "GPE"), ("南宁", "GPE")], []),
    # a body jieba lists (nt) on a stem it lists as an abbreviation (j) is one body
    ("据民航局介绍，春运客流平稳。", [("民航局", "ORG")], []),
])
def test_teams_and_joined_places(text, present, absent):
    found = _found(text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the article names the city: its districts' short forms are places bare
    ("重庆市各区县游客大增，北碚的温泉和永川的茶山最热闹。", [("北碚", "LOC"), ("永川", "LOC")], []),
    # no city named: the same characters stay unmarked
    ("北碚的温泉最热闹。", [], [("北碚", "LOC")]),
    # a direction jieba knows as a common word (南岸 f) is not taken bare
    ("重庆市沿江步道向南岸延伸。", [], [("南岸", "LOC")]),
])
def test_district_shorts_in_a_city_article(text, present, absent):
    found = _found(text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found
