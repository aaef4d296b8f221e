"""LOC rules: places and facilities built from a name and a place suffix (某某广场, 某某路站, 某某镇).

Split from :mod:`pipeline.entities.rules` (ORG and program rules), sharing its
line primitives through :mod:`pipeline.entities.text`: a place
name has its own tests for "is this a name or a description" — a count
before it, a describing prefix (老旧, 各, 大型), a generic noun — and its
own facility suffixes from ``models/loc_suffixes.txt``. Spans are
``(start, end, label, rule)`` in line coordinates, like every rule module.
"""

from __future__ import annotations

import re

from pipeline.entities.text import COUNT_WORDS, MEASURES, STOP_VERBS, Candidate, LineHits, prefix_floor, scan_line
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.place_floor import settled_floor
from pipeline.text.words import word_tags

#: Place suffixes of towns, villages and districts: a name after them is a new name (某镇|某村).
SPLIT_AFTER = frozenset({"镇", "乡", "村", "街道", "新区", "高新区", "经开区", "开发区"})
#: One-character suffixes of towns and villages: a place suffix right before one is part of their name.
_TOWN_SUFFIXES = frozenset("镇乡村")
#: First characters of a description rather than a name (老旧街区, 各小区, 多个村).
DESCRIPTIVE_HEADS = frozenset("老旧各多全本该某这那每其此两几数型")
#: jieba tags of names (places, organizations, other proper nouns): a place inside
#: one of them is still a place (英国|伦敦 is tagged ns as a whole).
NAME_POS = frozenset({"ns", "nt", "nz", "nr"})
#: jieba tags of describing words: adjectives, adverbs, distinguishers (大型), numerals, pronouns …
DESCRIPTIVE_POS = frozenset("adbmqrpc")
#: One-character heads that may stand alone before a facility suffix (市会展中心, 省体育馆).
ONE_CHAR_HEADS = frozenset("省市县区")
#: Suffixes that are also describing words (高速 "high-speed"): a verb after them is no road.
DESCRIBING_SUFFIXES = frozenset({"高速"})
#: Street suffixes: streets are often named by a verb (解放路, 建设街), other places are not.
STREET_SUFFIXES = frozenset({"路", "街", "大街", "大道", "巷"})
#: One-character bodies of streets named by direction or position (西街, 东路, 中街, 后巷).
DIRECTION_HEADS = frozenset("东西南北前后")  # not 中: 中路 is also a playing position
#: Prepositions before a place: the name after them starts there even if they make a word with it (沿|湖滨路).
PLACE_PREPOSITIONS = frozenset("沿在到从至往向")


def locations(line: str, lex: Lexicons, common: dict[str, str],
              places: dict[int, list[tuple[int, str, str]]] | None = None,
              hits: LineHits | None = None) -> list[Candidate]:
    """[name] + place suffix (二七塔商圈, 某某万达广场, 某某镇, 某某路站) and lexicon districts.

    The name must be a proper name, not a description: a count before it
    (14家收费公园), a body that is an ordinary verb or adjective (收费|公园),
    a generic noun (口袋公园) or a suffix inside a word (网站, 农村) rule it
    out. A lexicon place inside the prefix starts the name (一期工程|徽州大道站);
    a town, street or district before it is a name of its own (某某镇|某某村).
    ``hits`` is the line's :func:`~pipeline.entities.text.scan_line` when the caller has it.
    """
    hits = hits or scan_line(line, lex)
    if not hits.loc_suffixes:
        return []
    found: list[Candidate] = []
    places = places or {}
    place_ends = {e for ends in places.values() for e, _l, _t in ends}
    split_ends: set[int] = set()
    for end, suffix in sorted(hits.loc_suffixes.items()):
        s = end - len(suffix)
        if suffix in DESCRIBING_SUFFIXES and common.get(line[end : end + 2], "")[:1] in {"v", "a", "d"}:
            continue  # 经济高速|发展: a describing word before a verb, not a road
        if (len(suffix) == 1 and suffix not in SPLIT_AFTER and line[end : end + 1] in _TOWN_SUFFIXES
                and line[end : end + 2] not in common):
            continue  # 马站|镇, 石桥|村: a facility's character inside a town's or village's name (not 某站|村民)
        after_place = s in place_ends  # 中山|路: the suffix follows a whole place name, not a word's end (山路)
        right = _word if suffix in SPLIT_AFTER else _side_word if after_place else _any_word
        if len(suffix) == 1 and (right(line, end - 1, end + 1, common) or not after_place and _word(line, s - 1, end, common)):
            continue  # 港|湾, 网站, 农村: a one-character suffix inside another word
        floor = prefix_floor(line, s, 8, common=common)
        if floor > 0 and (line[floor - 1].isdigit() or line[floor - 1] in COUNT_WORDS):
            continue  # 14家|收费公园, 3个|社区: a count of generic places
        if places:
            floor = _first_place_run(line, floor, s, places, common)
        ends = split_ends | place_ends if suffix in SPLIT_AFTER or suffix in STREET_SUFFIXES else split_ends
        if ends:
            floor = max([e for e in ends if floor < e <= s - 2] or [floor])  # 某县|某镇, but 长沙黄花机场 whole
        floor = settled_floor(line, floor, s, places, common, ends)
        if floor is None:
            continue  # 色列|总理…: the prefix would open on half a name (not 某|县…: see place_floor)
        if s - floor >= 4 and common.get(line[floor : floor + 2], "")[:1] == "v":
            floor += 2  # 走访|某某市场: a verb before the name
        floor = _past_reference(line, floor, s, lex)  # 该县|某某镇, 我市|某某路: the reference is no part of the name
        if suffix not in lex.generic:  # (开辟|非洲市场: a generic suffix after a place is a description)
            floor = _past_clause_words(line, floor, s, places)  # 选手经过|某某大桥: a verb or preposition opens no name
        body = line[floor:s]
        if floor > 0 and line[floor - 1] not in PLACE_PREPOSITIONS and _word(line, floor - 1, floor + 1, common):
            continue  # 其中|换乘站: the prefix starts inside a word
        if suffix in DIVISION_NETWORKS and lex.places.get(body, None) is not None:
            continue  # 广东|高速公路, 四川省|铁路: a division's network, no road's name (沪昆|高速 is one)
        if body in STOP_VERBS or line[s - 1 : end] in lex.generic:
            continue  # 建立|村, 比|城镇: a verb or a generic word, not a name
        if _generic_tail(line[floor:end], suffix, lex) or suffix not in STREET_SUFFIXES and (
            common.get(body, "")[:1] == "v" or len(body) > 2 and common.get(body[-2:], "")[:1] == "v"
        ):
            continue  # 某某|农贸市场, 改造|社区, 某地培育|市场: a class noun or a verb's object (解放路 is a street)
        if len(body) < 2 and not _one_char_head(body, suffix) or line[floor:end] in lex.generic or body in lex.references or _descriptive(body, common):
            continue
        if _phrase(body, suffix, common):
            continue  # 借直播打开新|市场, 修条|路: a phrase that ends in a place word, not a name
        found.append((floor, end, "LOC", "loc-suffix"))
        if suffix in SPLIT_AFTER:
            split_ends.add(end)
    return found


def _first_place_run(line: str, floor: int, s: int, places: dict[int, list[tuple[int, str, str]]],
                     common: dict[str, str]) -> int:
    """Start of the name before a suffix at ``s``: the first lexicon place of the prefix (一期工程|徽州大道站),
    or a later one when a common word of jieba's dictionary stands between them (长江|干流|九江水文站; not
    广州天河体育中心, where the places touch and make one address)."""
    starts = [p for p in range(floor, s) if p in places]
    if not starts:
        return floor
    start, end = starts[0], 0
    for p in starts:
        if p < end:
            continue  # a place inside the current one
        if end and p - end >= 2 and common.get(line[end:p], "ns")[:2] not in NAME_POS:
            start = p  # a common word between (干流): a new name starts here
        end = max(e for e, _l, _t in places[p])
    return start


#: First characters of references that point at one place (该县, 我市, 本区, 此地); 全市 and the like
#: speak of every place of a kind (全市|人均体育场地), the description goes on.
_POINTING = frozenset("该我本此")


def _past_reference(line: str, floor: int, s: int, lex: Lexicons) -> int:
    """``floor`` moved past a pointing reference (该县, 我市) that opens the prefix or holds its first character
    (the floor stops after 该, a function character), when two characters or more are left before ``s``."""
    for size in (3, 2):
        for left in range(max(0, floor - size + 1), floor + 1):
            word = line[left : left + size]
            if word in lex.references and word[0] in _POINTING and left + size > floor and s - left - size >= 2:
                return left + size
    return floor


#: jieba classes of words that belong to the clause, not to a place's name: verbs, prepositions,
#: conjunctions, adverbs and pronouns of two characters or more (one character may be the name's:
#: 睡虎地 reads 地 as a particle; a street named by a verb, 解放路, keeps it: see below).
_CLAUSE_TAGS = frozenset({"v", "p", "c", "d", "r"})


def _past_clause_words(line: str, floor: int, s: int, places: dict[int, list[tuple[int, str, str]]]) -> int:
    """``floor`` moved past the last clause word of the prefix (经过, 沿着, 驶上) that leaves two characters
    or more of name before the suffix at ``s``; a verb that is the whole name stays (解放|路, 建设|街).
    A name left with a verb of any length inside it (随后|采访白|宫, 制止|加油站占|街道) is a clause: the floor
    stays where it was, for the phrase checks to judge the whole prefix; so does a place of the lexicon that
    jieba reads as an adverb or verb (大足|某某寺). A particle opening the prefix is dropped (沿|着|解放路)."""
    if s - floor < 3:
        return floor
    words = word_tags(line[floor:s])
    if len(words[0][0]) == 1 and words[0][1].startswith("u"):
        return floor + 1  # 沿|着|解放路: the floor stopped on 沿, its particle is no part of the name
    if s - floor < 4:
        return floor  # no room for a clause word and a name of two characters
    at, moved = floor, floor
    for word, tag in words:
        at += len(word)
        if tag in _CLAUSE_TAGS and len(word) >= 2 and s - at >= 2:
            moved = at
    if any(floor <= p < moved for p in places):
        return floor
    at = floor
    for word, tag in words:
        if at >= moved and tag in _CLAUSE_TAGS:
            return floor
        at += len(word)
    return moved


#: Roads and railways every division has: after a division's whole name they name its network
#: (广东|高速公路, 某市|路网), no road of that name (沪昆|高速 is one). Longest first.
DIVISION_NETWORKS = ("高速公路网", "高速公路", "公路网", "铁路网", "路网", "高速", "公路", "铁路", "高铁", "国道", "省道")
#: Numerals and pointers that make 家 a measure word before a village (三家村民, 这家村).
_COUNTING = frozenset("一二三四五六七八九十两几多每这那该各")


def _phrase(body: str, suffix: str, common: dict[str, str]) -> bool:
    """Does ``body`` read as a clause rather than a name: a measure word right before the suffix
    (修条|路, 建座|桥), or for a facility (not a street, often named by a verb: 解放路; nor a
    town or village) a plain verb inside it after its first word (借直播|打开|新市场)?
    """
    if body[-1] in MEASURES and not (body[-1] == "家" and suffix in _TOWN_SUFFIXES and body[-2:-1] not in _COUNTING):
        return True  # not 李家|村, 曾家|镇: a family's name opens towns and villages (not 一家|村 …)
    if suffix in STREET_SUFFIXES or suffix in SPLIT_AFTER or len(body) < 4:
        return False
    return any(common.get(body[i : i + 2]) == "v" for i in range(1, len(body) - 1))


def _one_char_head(body: str, suffix: str) -> bool:
    """May a one-character ``body`` name a place: 省|体育馆, or a direction before a street (西|街, 北|路)?"""
    return body in ONE_CHAR_HEADS or suffix in STREET_SUFFIXES and body in DIRECTION_HEADS


def _generic_tail(name: str, suffix: str, lex: Lexicons) -> bool:
    """Does ``name`` end in a generic noun longer than its suffix (乡镇|农贸市场, 某某|上市公司)?"""
    return lex.ends_in_generic(name, longer_than=len(suffix))


#: A numbered transit line (地铁2号线, 14号线, 十一号线): the number and 号线, not a count (两条线).
#: Written with its kind of transit (乘坐地铁3号线) when no city stands before it (a verb, a mark or
#: nothing does: 北京地铁14号线 is read from its city, :mod:`pipeline.entities.routes`).
NUMBERED_LINE = re.compile(r"(?:(?:(?<![\u4e00-\u9fff])|(?<=[坐乘搭经沿与和、及至在到往是]))(?:地铁|轨道交通|轻轨)"
                           r"|(?<![0-9A-Za-z第]))(?:[1-9][0-9]?|[一二三四五六七八九十]{1,3})号线(?![路])")
#: A numbered national, provincial or county road (国道353线, 省道S438线, 县道X012).
NUMBERED_ROAD = re.compile(r"(?:国道|省道|县道)[GSXY]?[0-9]{1,4}线?")


def numbered_lines(line: str) -> list[Candidate]:
    """Metro and rail lines named by a number (14号线, 地铁3号线) and roads by theirs (国道353线): a
    place (LOC) of their own in GUIDELINES' sense (a transit line, like a road)."""
    found = []
    if "号线" in line:  # most lines name no line: a C test before the regex
        found += [(m.start(), m.end(), "LOC", "line") for m in NUMBERED_LINE.finditer(line)]
    if "道" in line:
        found += [(m.start(), m.end(), "LOC", "line") for m in NUMBERED_ROAD.finditer(line)]
    return found


def rivers(line: str, places: dict[int, list[tuple[int, str, str]]]) -> list[Candidate]:
    """A place name + 河 is the river named after it (某阳 + 河), unless 河 starts another place (湖北|河南)."""
    if "河" not in line:
        return []
    found = []
    for start, ends in places.items():
        for end, _label, _text in ends:
            if line[end : end + 1] == "河" and end not in places and end - start >= 2:
                found.append((start, end + 1, "LOC", "loc-suffix"))
    return found


def _word(line: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Is ``line[start:end]`` an ordinary word (not a name: 镇南, 河村 are tagged ns)?"""
    return start >= 0 and common.get(line[start:end], "ns")[:2] not in NAME_POS


def _any_word(line: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Is ``line[start:end]`` in jieba's dictionary at all (a name or not)?"""
    return line[start:end] in common


def _side_word(line: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Like :func:`_word`, but a side word (路北, 路东: tagged s) after a place's street keeps the street (中山路|北段)."""
    return _word(line, start, end, common) and common.get(line[start:end], "")[:1] != "s"


def _descriptive(body: str, common: dict[str, str]) -> bool:
    """A prefix that describes instead of naming: 收费, 老旧, 大型, 首批, 各, 多 (收费公园, 老旧街区)."""
    if body[0] in DESCRIPTIVE_HEADS:
        return True
    if len(body) >= 2 and common.get(body, "n")[:1] in DESCRIPTIVE_POS:
        return True
    return len(body) > 2 and common.get(body[:2], "n")[:1] in "adb"
