"""Lines of transport named by their ends: one place, not the two cities they join.

Chinese news names a railway or an expressway by the places it runs between and
its kind: 宣城至绩溪高铁, 格尔木至库尔勒铁路, 集宁经大同至原平高铁, often with the
section built (南宁至凭祥高铁崇左至凭祥段) or a structure on it (包头至银川高铁乌海黄河
特大桥). The line is one LOC, as the real-article gold writes all such names (GUIDELINES:
the longest name); the place lexicon found only its end cities, GPEs of their own.

A line is read from a place the rules found (a GPE or LOC span), so the name has an
anchor on the left; its other end may be a station no lexicon holds (重庆东, 大兴机场).
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.text import Candidate
from pipeline.text.resources import load_lines, load_table
from pipeline.text.words import word_tags

#: The kinds of a line, longest first (高速铁路 before 高速).
_KINDS = r"(?:高速铁路|城际铁路|客运专线|高速公路|城际轨道|高铁|铁路|高速|城际)"
#: An end of a line or a section: two to six characters (a city, a county, a station: 重庆东).
_END = r"(?:(?![的和与及或])[\u4e00-\u9fff]){2,6}?"  # (北京至上海的高铁: no line's name)
#: After the first end: the way (经大同), the far end, a further end (成都至达州至万州), the kind,
#: then a section (崇左至凭祥段) or a structure (乌海黄河特大桥, 黄家山隧道) on it.
_LINE_AFTER = re.compile(
    rf"(?:[东西南北])?(?:经{_END})?至{_END}(?:至{_END})?{_KINDS}"
    rf"(?:(?![\u4e00-\u9fff]{{0,6}}省){_END}至{_END}段|[\u4e00-\u9fff]{{2,8}}?(?:特大桥|大桥|隧道))?"
)
#: A section of a line named before it (渝厦高铁|重庆东至黔江段): the line's name runs on over it;
#: not one that names its province (沪昆高速公路|浙江省金华至浙赣界段: an address of its own).
_SECTION_AFTER = re.compile(rf"(?![\u4e00-\u9fff]{{0,6}}省){_END}至{_END}段")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: What every line's name holds: its kind, or a metro line's number (号线).
_ANY_LINE = re.compile(rf"{_KINDS}|号线")
_KIND_END = re.compile(rf"{_KINDS}$")
#: A section after a line's name: its stretch between two ends (重庆东至黔江段); a metro line's
#: phase and half (5号线一期南段; a road's phase is no part of its name: 某某高速|二期).
_PART = rf"(?:(?![\u4e00-\u9fff]{{0,6}}省){_END}至{_END}段)"
_METRO_PART = r"(?:[一二三四五六七八九十]期(?:[东西南北]段)?)"
#: A line named by its ends' abbreviations (渝厦, 沪杭甬: a LOC of the tagger's, which may stop
#: inside the kind: 沪杭甬客运|专线), its branch, kind and part.
_ABBREVIATED = re.compile(rf"(?:(?![等和与及的、])[\u4e00-\u9fff]){{2,3}}(?:[东西南北中]线)?{_KINDS}{_PART}?")
#: After a city: its metro's numbered line (上海市|轨道交通15号线, 北京|地铁14号线) and part.
_METRO_AFTER = re.compile(rf"(?:轨道交通|地铁|轻轨)[0-9一二三四五六七八九十]{{1,3}}号线(?:{_PART}|{_METRO_PART})?")


def route_names(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with every line named by its ends (某地至某地高铁…), by its ends' abbreviations
    (渝厦高铁, 沪杭甬客运专线), by its city's metro number (上海市轨道交通15号线), or a line's
    span with the section after it (某某高铁|某地至某地段), read as one LOC over the places inside it."""
    if not _ANY_LINE.search(text):
        return spans  # most articles name no line: every reading below needs a kind or a metro line
    lines = []
    for start, end, label, _rule in spans:
        if lines and start < lines[-1][1]:
            continue
        m = _LINE_AFTER.match(text, end) if label in _PLACE_LABELS else None
        if m is None and _KIND_END.search(text, start, end):  # 渝厦高铁 + 重庆东至黔江段
            m = _SECTION_AFTER.match(text, end)
        # 渝厦 + 高铁, 成渝 + 中线高铁, 沪杭甬 + 客运专线; 中|老 (two countries' abbreviations) + 铁路
        if m is None and (label == "LOC" and end - start <= 5 or label == "GPE" and end - start == 1):
            m = _ABBREVIATED.match(text, start)
            m = m if m is not None and m.end() > end else None
        if m is None and label == "GPE":  # 上海市 + 轨道交通15号线
            m = _METRO_AFTER.match(text, end)
        if m is not None:
            lines.append((start, m.end()))
    lines += [span for span in _abbreviated_lines(text) if not any(a < span[1] and span[0] < b for a, b in lines)]
    if not lines:
        return spans
    kept = [s for s in spans if not any(a < s[1] and s[0] < b for a, b in lines)]
    return sorted(kept + [(a, b, "LOC", "route") for a, b in lines])


#: A line named by its ends' one-character names alone (兰新高铁, 福厦高铁, 昌景黄高铁, 中老铁路) after a
#: mark or a function word, so no verb before it reads as an end (开通|高铁 is none).
_BARE_ABBREVIATED = re.compile(r"(?:(?<=[\s，,。；;：:、（(“”的和与及至从在经由])|^)([\u4e00-\u9fff]{2,3})"
                               r"((?:[东西南北中]线|沿江|沿海)?(?:高速铁路|城际铁路|客运专线|高铁|铁路))")


#: jieba's classes of a word that stands for a line's ends (兰新 nr, 福厦 ns, 沪宁 j): names, no verb or term.
_END_WORD = re.compile(r"ns|nr|j")
#: What names a site after a line's name (高铁大道, 高铁站, 高铁新城): the line only modifies it.
_NAMES_A_SITE = re.compile(r"大道|路|街|站|新城|片区|新区|枢纽|沿线")


def _abbreviated_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines named by one-character names of places (each a province's, a city's or a
    country's: ``models/admin_divisions.tsv``, ``models/country_abbreviations.txt``)."""
    if "铁" not in text and "客运专线" not in text:
        return []
    chars = _place_chars()
    return [(m.start(1), m.end(2)) for m in _BARE_ABBREVIATED.finditer(text) if set(m.group(1)) <= chars
            and not _NAMES_A_SITE.match(text, m.end())  # 安吉高铁大道: a road named after the line
            and all(_END_WORD.match(tag) or len(word) == 1 for word, tag in word_tags(m.group(1)))]  # not 新开通


@functools.lru_cache(maxsize=1)
def _place_chars() -> frozenset[str]:
    """Characters that stand for a place in a line's name: provinces' and countries' abbreviations and
    each character of a province's or a prefecture-level city's short name."""
    rows = load_table("admin_divisions.tsv")
    shorts = [r["short"] for r in rows if r["level"] in {"province", "city"} and r["short"]]
    return frozenset("".join(shorts)) | frozenset(load_lines("country_abbreviations.txt")) | frozenset(
        load_lines("province_abbreviations.txt"))
