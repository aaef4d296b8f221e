"""Places: one name per province or city, and where an article or page says it is.

Split from :mod:`pipeline.claims.subjects` (which picks whose a figure is): the
administrative division table (``models/admin_divisions.tsv``) read once, the
short name of a province or city (:func:`canonical`), the place 全省/全市
point to (:func:`article_place`), the town 全镇/本乡 point to (:func:`town_words`),
a page's own place (:func:`page_place`, :func:`page_level`), and the datelines (新华社北京…电) that say where a story was
filed, not what it is about.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.text.resources import load_lines, load_table

#: 新华社南昌5月12日电 / 本报北京讯 / 本报成都7月19日讯: the filing place and date of a dateline.
DATELINE = re.compile(r"(?:新华社|中新社|中新网|新华网|人民网|央视网|央广网|本报)([\u4e00-\u9fff]{2,4}?)(?:\d{1,2}月)?\d{1,2}日?(?:电|消息)"
                      r"|本报([\u4e00-\u9fff]{2,4}?)(?:(?:\d{1,2}月)?\d{1,2}日)?讯"
                      # any paper or site with a dated dateline: 某某日报北京1月20日讯, 某某网杭州5月2日电
                      r"|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报|报|网|电视台|客户端)([\u4e00-\u9fff]{2,4}?)"
                      r"(?:\d{1,2}月)?\d{1,2}日(?:电|讯|消息)")
#: Wire services and news sites whose datelines name where a story was filed.
_WIRES = ("新华社", "中新社", "中新网", "新华网", "人民网", "央视网", "央广网", "本报")
#: The wire services and news sites of :data:`_WIRES` as names (not 本报).
WIRES = frozenset(_WIRES[:-1])
#: The 电, 讯 or 消息 closing a dateline (央广网南京10月8日消息（记者…）): a DATE right before it is
#: the filing date, not a claim's time.
DATELINE_END = re.compile(r"电[(（]|电\s|讯|消息[(（\s]")


@functools.lru_cache(maxsize=1)
def _any_province() -> re.Pattern[str]:
    """Any province name: one scan tells whether an organization holds one at all."""
    return re.compile("|".join(re.escape(p) for p in _divisions().provinces))


class _Divisions(NamedTuple):
    """What the subject rules read of the division table, in one pass over it."""

    province_of: dict[str, str]  # city or province name (full and short) -> province
    provinces: tuple[str, ...]  # province names, full and short, longest first
    city_short: dict[str, str]  # full name of a prefecture-level city (苏州市) -> its short name (苏州)
    city_of: dict[str, str]  # county or district name (full; short when no common word) -> its city's short name
    short_of: dict[str, str]  # full name of a province or prefecture-level city (四川省, 保定市) -> short name
    county_full: dict[str, str]  # county, district or county-level city, full or safe short name -> full name
    levels: dict[str, frozenset[str]]  # a division's full or short name -> its levels (北京: province and city;
    # a county-level city's: county_city)


@functools.lru_cache(maxsize=1)
def _divisions() -> _Divisions:
    rows = load_table("admin_divisions.tsv")
    by_code = {r["adcode"]: r for r in rows}
    province_of: dict[str, str] = {}
    city_short: dict[str, str] = {}
    city_of: dict[str, str] = {}
    county_full: dict[str, str] = {}
    for r in rows:
        level, parent = r["level"], by_code.get(r["parent"])
        if level == "province":
            names, province = {r["name"], r["short"]}, r["name"]
            for name in names - {""}:
                province_of.setdefault(name, province)
        elif level == "city":
            if parent is not None:
                for name in {r["name"], r["short"]} - {""}:
                    province_of.setdefault(name, parent["name"])
            if r["name"].endswith("市") and r["short"]:
                city_short[r["name"]] = r["short"]
        elif parent is not None and parent["level"] == "city":  # a county or district
            for name in {r["name"], r["short"] if r["short_ok"] == "1" else ""} - {""}:
                city_of.setdefault(name, parent["short"] or parent["name"])
                county_full.setdefault(name, r["name"])
    # full names and short ones (甘肃金融监管局 names 甘肃 without 省), longest first
    provinces = tuple(sorted({r[k] for r in rows if r["level"] == "province" for k in ("name", "short") if r[k]},
                             key=len, reverse=True))
    short_of = {r["name"]: r["short"] for r in rows if r["level"] in {"province", "city"} and r["short"]}
    levels: dict[str, set[str]] = {}
    for r in rows:  # a county-level city (义马市, 仙桃市) is a 市 to its people, not a 县
        level = "county_city" if r["level"] == "county" and r["name"].endswith("市") else r["level"]
        for name in {r["name"], r["short"]} - {""}:
            levels.setdefault(name, set()).add(level)
    return _Divisions(province_of, provinces, city_short, city_of, short_of, county_full,
                      {name: frozenset(found) for name, found in levels.items()})


def canonical(name: str | None) -> str | None:
    """One name per province or city in a claim's subject: the short form (保定市 -> 保定,
    四川省 -> 四川, 沪 -> 上海, 甬城 -> 宁波), as an article writes both and a reader compares them."""
    if not name:
        return name
    if len(name) == 1:  # 沪 -> 上海: a province written by its abbreviation
        return _abbreviations().get(name, name)
    return _divisions().short_of.get(name) or _nicknames().get(name, name)  # 甬城 -> 宁波: a city's nickname


@functools.lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Province abbreviations (沪, 粤) -> the province's short name (``models/province_abbreviation_names.tsv``)."""
    return {row["abbreviation"]: row["name"] for row in load_table("province_abbreviation_names.tsv")}


@functools.lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """City nicknames (甬城, 榕城) -> the city's short name (``models/city_nicknames.tsv``)."""
    return {row["nickname"]: row["city"] for row in load_table("city_nicknames.tsv")}


def page_place(entities, raw: str | None = None, base: int = 0, division: str | None = None) -> str | None:
    """The place a page is about: its most frequent GPE by short name (襄阳 and 襄阳市 are
    one; first seen wins a tie), where a county or district also counts half for its city
    (德化, 德化县 -> 泉州), as a city paper's items name the city's counties more often than
    the city itself. Given the page's ``raw`` text (at file offset ``base``), the filing
    places of wire datelines (新华社北京…电) do not count: they say where a story was sent from.
    Given the ``division`` an article calls its own (县, 市 or 省, :func:`own_division`), only
    places of that level count: 全县 on a page whose other story is Beijing's is no Beijing figure.
    """
    parents = _divisions().city_of
    counts: dict[str, float] = {}
    for entity in entities:
        if entity.label != "GPE":
            continue
        if raw is not None and _filed_from(raw, entity.start - base):
            continue
        name = canonical(entity.text)
        counts[name] = counts.get(name, 0) + 1
        if (city := parents.get(entity.text)) is not None:
            counts[city] = counts.get(city, 0) + 0.5
    if division is not None:
        counts = {name: n for name, n in counts.items() if fits_division(name, division)}
    return max(counts, key=counts.__getitem__) if counts else None


class _Named(NamedTuple):
    """A place as :func:`page_place` counts it: the division opening a body's name (湖北 of 湖北省图书馆)."""

    text: str
    start: int
    label: str = "GPE"


def with_body_places(entities) -> list:
    """``entities`` and, for each body whose name opens on a division (湖北省图书馆, 亳州市法律援助中心),
    that division as one more GPE: an article about a library names its province only there."""
    table = _divisions()
    out = list(entities)
    for entity in entities:
        if entity.label != "ORG":
            continue
        for size in range(min(len(entity.text) - 2, 8), 1, -1):
            opening = entity.text[:size]
            # a full name (湖北省, 亳州市) or a province's short one (北京大学): not 东方 of 东方电气
            if opening in table.levels and (opening[-1] in _DIVISION_ENDS or opening in table.provinces):
                out.append(_Named(opening, entity.start))
                break
    return out


#: The last characters of a division's full name.
_DIVISION_ENDS = "省市县区州旗盟"


#: What stands around 全省 or 全市 used as a scope (居全省第一, 占全市的, 全省平均水平), not as the
#: place a figure is about: shared by :data:`_OWN_DIVISION` and :data:`_PROVINCE_WORDS`.
_NOT_RANKED_BEFORE = r"(?<![居占在于比较列名至到])"
_NOT_RANKED_AFTER = r"(?![第平水前首排])"


#: 全县, 我市, 本省: an article speaking of its own county, city or province as a whole
#: (not a rank or share against one: 居全市第一, 占全省的, 全市平均水平).
_OWN_DIVISION = re.compile(rf"{_NOT_RANKED_BEFORE}[全我本]([县市省]){_NOT_RANKED_AFTER}")


def own_division(text: str) -> str | None:
    """The level of division (县, 市 or 省) an article most often calls its own, if any."""
    found = [m.group(1) for m in _OWN_DIVISION.finditer(text)]
    return max(found, key=found.count) if found else None


def fits_division(place: str, division: str) -> bool:
    """True when ``place`` can be what 全``division`` points to: a county for 全县, a prefecture or
    county-level city for 全市, a province for 全省. A name the division table does not hold
    (a foreign city) is not ruled out."""
    levels = _divisions().levels.get(place)
    if not levels:
        return True
    wanted = {"县": {"county"}, "市": {"city", "county_city"}}.get(division, {"province"})
    return bool(levels & wanted)


#: Words of a sentence that speak of a whole province (全省, 我省, 本省, 省内), not as a scope
#: (居全省第一, 占全省的, 全省平均水平).
_PROVINCE_WORDS = re.compile(rf"{_NOT_RANKED_BEFORE}(?:[全我本]省|省内){_NOT_RANKED_AFTER}")


def page_level(place: str | None, sentence: str) -> str | None:
    """The page's place at the level the sentence speaks of: on a city's page, a sentence
    saying 全省 or 我省 is about the city's province (定西 -> 甘肃); else the place itself.
    A place no province table holds (a foreign city, 伦敦) is no 全省's: None, no guess."""
    if place is None or not _PROVINCE_WORDS.search(sentence):
        return place
    province = _divisions().province_of.get(place)
    if province:
        return canonical(province)
    return place if _divisions().levels.get(place) else None


def _filed_from(raw: str, start: int) -> bool:
    """True for the place of a dateline (新华社北京10月8日电, 本报成都7月19日讯)."""
    head = raw[max(0, start - 3):start]
    return head.endswith(_WIRES)


@functools.lru_cache(maxsize=1)
def _branches() -> re.Pattern[str]:
    """A prefecture-level city's short name closed by a local branch's word (新乡|调查队, 郑州|市税务局)."""
    shorts = sorted(set(_divisions().city_short.values()) - {""}, key=len, reverse=True)
    words = sorted(load_lines("claim_local_branches.txt"), key=len, reverse=True)
    return re.compile(f"(?<=[局行会部院署])({'|'.join(shorts)})(?:{'|'.join(words)})")


def _branch_city(name: str) -> str | None:
    """The city whose office or outlet an organization's name is (国家统计局新乡调查队 -> 新乡,
    郑州日报 -> 郑州): a city's short name right after the parent body's head (局, 行, 会…) and
    before a branch word, or a city's short name and a media head as the whole name."""
    m = _branches().search(name) or _outlets().fullmatch(name)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=1)
def _media_heads() -> tuple[str, ...]:
    """Heads of media outlets' names (``models/media_heads.txt``), longest first."""
    return tuple(sorted(load_lines("media_heads.txt"), key=len, reverse=True))


def _outlet_county(name: str) -> str | None:
    """The county, district or county-level city whose own outlet ``name`` is (岱山新闻网 -> 岱山县):
    the name less a media head is a county's name (one lookup per head, no pattern of all counties)."""
    counties = _divisions().county_full
    return next((counties[name[:-len(h)]] for h in _media_heads() if name.endswith(h) and name[:-len(h)] in counties),
                None)


@functools.lru_cache(maxsize=1)
def _outlets() -> re.Pattern[str]:
    """A city's own outlet (郑州日报, 随州新闻网): its short name and a media head (``models/media_heads.txt``)."""
    shorts = sorted(set(_divisions().city_short.values()) - {""}, key=len, reverse=True)
    return re.compile(f"({'|'.join(shorts)})(?:{'|'.join(_media_heads())})")


#: 全市/全县/全省/全区 right after a place's name: that place, whole.
_OWN_WHOLE = re.compile(r"全([市县省区])")


def article_place(text: str, entities: list, datelines: list[tuple[int, int]] | None = None) -> dict[str, str]:
    """What 全省/我省 and 全市 point to when the article names no place of its own level.

    A province named inside an organization (国家税务总局江西省税务局), a city
    whose own body or outlet is named (苏州市商务局, 郑州日报), a county whose outlet is
    (岱山新闻网: 全县 there is 岱山县), else the province and city of the
    dateline (新华社南昌…电) — a dateline says where a story was filed, so it is
    only this last resort. ``datelines`` are the spans of
    :data:`DATELINE` in ``text`` when the caller has them.
    """
    province_of, provinces, cities = _divisions()[:3]
    any_province = _any_province()
    place: dict[str, str] = {}
    for ent in entities:  # 桐乡全市户籍人口: the place that writes its own 全市 (a county-level city too)
        named = getattr(ent, "label", "") == "GPE" and _OWN_WHOLE.match(text, ent.end)
        if named:
            place.setdefault(named.group(1), canonical(ent.text))
    for ent in entities:
        if getattr(ent, "label", "") != "ORG" or ent.text.startswith("中国"):
            continue
        city = next((cities[ent.text[:n]] for n in range(3, 7) if ent.text[:n] in cities), None)
        city = city or _branch_city(ent.text)  # 国家统计局新乡调查队, 郑州日报: 新乡's office, 郑州's paper
        if city:  # 苏州市住房和城乡建设局: a city's own body, so 全市 there is that city
            place.setdefault("市", city)
        if any_province.search(ent.text):
            found = next(p for p in provinces if p in ent.text)  # the longest-first choice, as ever
            place.setdefault("省", province_of.get(found, found))
        county = not city and _outlet_county(ent.text)
        if county:  # 来源：岱山新闻网 over a story that says only 我县, 全县: the county's own paper,
            place.setdefault(county[-1], county)  # and 全市 there is the city the county lies in
            place.setdefault("市", _divisions().city_of.get(county, ""))
    if datelines is None:
        m = DATELINE.search(text)
    else:
        m = DATELINE.match(text, datelines[0][0]) if datelines else None
    if m:
        city = m.group(1) or m.group(2) or m.group(3)
        if city in province_of:
            place.setdefault("省", province_of[city])
            place.setdefault("市", city if province_of[city] != city else "")
    if place.get("省", "").endswith("自治区"):  # 全区 in a story of 新疆 or 广西: the region itself
        place.setdefault("区", place["省"])
    return {k: v for k, v in place.items() if v}


#: A town or township by its level below the county (全镇, 本乡, 该镇): the division table
#: stops at counties, so the last town named before it stands for it.
_TOWN_WORD = re.compile(r"[全本该我]([镇乡])(?![长委政党民])")


def town_words(text: str, entities: list) -> list[tuple[int, int, str]]:
    """(start, end, town) for each 全镇 / 本乡 of ``text``: the last place named before it whose
    name ends in that level (曾家镇…全镇辖13个行政村 -> 曾家镇); none where no such town is named."""
    places = [e for e in entities if getattr(e, "label", "") in {"GPE", "LOC"}]
    found = []
    for m in _TOWN_WORD.finditer(text):
        town = next((e for e in reversed(places) if e.end <= m.start() and e.text.endswith(m.group(1))), None)
        if town is not None:
            found.append((m.start(), m.end(), town.text))
    return found
