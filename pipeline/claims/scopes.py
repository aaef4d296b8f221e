"""Bodies named through a place word: who a figure is about when a page writes a body by
its level (市公安局) or as a whole place's system (全市法院, 全国公安机关).

Split from :mod:`pipeline.claims.subjects`. Two readings:

- :func:`scope_body`: a whole-place word (全国, 全省, 全市…) followed by a system of bodies
  (``models/claim_scope_bodies.txt``: 法院, 公安机关…) is that place's system — 全市法院新收
  案件… is about 北京法院, not about 北京 at large, nor the court president who reports it;
- :func:`level_body_name`: a body named by its level alone (市公安局, 县农业农村局) stands
  for the article's place of that level (随州), in the title as in the body.
"""

from __future__ import annotations

import functools
import re

from pipeline.claims import actors
from pipeline.claims.places import canonical
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: A body named by its level alone (市农业农村局, 省教育厅, 县人社局, 团市委, 县政府): the level word.
LEVEL_BODY = re.compile(r"(?:团)?([省市县区])(?![场民级区长辖]).{0,10}?"
                        r"(?:局|厅|委|委员会|办|办公室|中心|院|所|站|防指|指挥部|政府)$")
#: An institution named by its level (省儿童医院, 市中医院): the place's one institution, which
#: annotators write with the place (安徽省儿童医院), unlike a government body (市公安局 -> 随州).
_INSTITUTION = re.compile(r"(?:医院|剧院|学院|研究院)$")
#: Whole-place words and the level of place each speaks for (全国 is the country).
_SCOPE_LEVEL = {"全国": "国", "全省": "省", "全市": "市", "全县": "县", "全区": "区", "全州": "州"}


@functools.lru_cache(maxsize=1)
def _bodies() -> re.Pattern[str]:
    """The systems of bodies of ``models/claim_scope_bodies.txt``, longest first."""
    heads = sorted(load_lines("claim_scope_bodies.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)))


def scope_body(text: str, word: str, end: int) -> str | None:
    """The system of bodies written right after the whole-place ``word`` ending at ``end``
    (全市|法院新收案件… -> 法院), or None."""
    if word not in _SCOPE_LEVEL:
        return None
    m = _bodies().match(text, end)
    return m.group() if m else None


def level_body_name(name: str, place: dict[str, str] | None) -> str:
    """A body named by its level alone is the article's place of that level (市公安局 -> 随州,
    县农业农村局 -> 岳西县): its figures are the place's, and that is how three of our four
    annotated sets write them (written with the place, 九江市卫生健康委 no longer matches an
    annotator who wrote 九江: measured, blind2 .942 -> .926); an institution so named is written
    with its place (省儿童医院 -> 安徽省儿童医院); "" when the article names no
    place of that level (the page's place fills it in); any other name as it is."""
    m = LEVEL_BODY.match(name)
    if not m:
        return name
    level = {"区": "市", "县": "县"}.get(m.group(1), m.group(1))
    where = (place or {}).get(level, "")
    if not where:
        return ""
    if _INSTITUTION.search(name) and name.startswith(m.group(1)):
        return canonical(where) + name  # 省儿童医院 -> 安徽省儿童医院: one institution, not the place's system
    return where


#: A reference to the article's own place by its level (全省, 我市, 本县) and that level.
_OWN_PLACE_WORD = re.compile(r"[全我本]([省市县州])")


def level_places(references: list, place: dict[str, str] | None) -> dict[str, str]:
    """The article's place at each level: what its own 全市/我省/本县 resolve to (the entity
    stage reads them from the article's places), else ``place`` (:func:`places.article_place`:
    its bodies' names, its dateline)."""
    found = dict(place or {})
    for ref in references:
        m = _OWN_PLACE_WORD.fullmatch(ref.text)
        if m and ref.refers_to:
            found[m.group(1)] = ref.refers_to
    return found


#: Country words that make a lead national (全国新开工…, 我国全社会研发经费…).
_COUNTRY_WORDS = frozenset({"全国", "我国"})
#: What may stand before a country word in its clause: a time, a connective (今年1至9月，全国…).
_LEAD_OPENER = re.compile(r"[\s“”\"]*(?:其中|同时|此外|而)?[\s,，]*(?:(?:今年|去年|全年|近年来|过去|[0-9一二三四五六七八九十两前上下至到个月季度年半-]+)"
                          r"[^,，。；;]{0,4}?)?$")
#: After a country word: a rank, an average or a share, so it compares (全国第一, 全国平均); or a
#: name or title it opens (全国两会, 全国文明城市, 全国示范县), so it is no scope either.
_COMPARES = re.compile(r"\s*(?:第|前|首|平均|水平|同期|同类|排名|之最|占比|比重|的"
                       r"|人大|政协|两会|文明|示范|先进|劳模|百强|十佳|优秀|重点)")
#: A part of the country after a country word (我国南方地区, 全国中西部地区): the lead's scope.
_REGION = re.compile(r"(?:南方|北方|东部|西部|中部|东北|西北|西南|华南|华北|华东|华中|中西部|东中部|沿海|内陆|北部|南部)"
                     r"(?:地区|省份|省区|各省)")
#: Clause marks that open a clause in a lead.
_MARKS = "，,；;。：:！？!?\n"


def national_lead(text: str, lead: tuple[int, int] | None, references: list) -> str | None:
    """中国 when the article's lead paragraph (``lead``: its span) speaks of the whole country in a
    clause of its own (本报北京电…今年1至9月，全国新开工高速公路…; 过去五年，我国全社会研发经费…),
    or the part of it that clause names (7月以来我国南方地区… -> 中国南方地区):
    its figures that name no other place are the country's, not those of a province the story
    names later as an example. A country word that compares (居全国第一, 高于全国) does not count,
    nor does any in an article that speaks of its own place (我市, 全省: a local story)."""
    if lead is None or any(_OWN_PLACE_WORD.fullmatch(r.text) for r in references):
        return None  # 我市/全省 anywhere: a local paper's own story, however its lead opens (全国高考今日开考)
    a, b = lead
    for ref in references:
        if not (a <= ref.start < b) or ref.text not in _COUNTRY_WORDS or ref.refers_to != "中国":
            continue
        opened = max(text.rfind(mark, a, ref.start) for mark in _MARKS) + 1
        if _LEAD_OPENER.match(text[max(opened, a):ref.start]) and not _COMPARES.match(text, ref.end):
            region = _REGION.match(text, ref.end)  # 我国南方地区连遭暴雨…: that part of the country
            return "中国" + region.group() if region else "中国"
    return None


def place_body(text: str, mention) -> str | None:
    """The system of bodies written right after a place's name (浙江|公安机关, 北京|法院), or None:
    the place's courts or police are who the figures are about, as with 全市法院."""
    if mention.label not in {"GPE", "LOC"}:
        return None
    m = _bodies().match(text, mention.end)
    return m.group() if m else None


#: How far a headline's holder phrase may run after its place (上市公司, A股上市公司, 民营企业).
_HOLDER_MAX = 8
#: Word classes of a holder phrase's words: nouns of every kind, abbreviations, distinguishers.
_NOUN_FLAGS = ("n", "j", "b", "eng")
#: A count right after a phrase (签约项目136个): what the figure counts, not who holds it.
_COUNT_AFTER = re.compile(r"[共达约近超逾]?[0-9一二三四五六七八九十两百千万]+[个家座条所项批名户]")


def titled_holders(text: str, mention, end: int) -> str | None:
    """The holders a headline's place opens (苏州|上市公司一季报出炉 -> 上市公司): nouns only, at
    most eight characters up to ``end`` (the headline's end), ending in an actor's head
    (:func:`actors.holder`: 企业, 公司, 合作社…) where the noun phrase ends; None when the words
    after the place are no such phrase (成都|签约项目136个, 四川|2026届高校毕业生)."""
    if mention.label != "GPE":
        return None
    words = word_tags(text[mention.end:min(end, mention.end + _HOLDER_MAX + 4)])
    at = mention.end
    for i, (word, flag) in enumerate(words):
        if not flag.startswith(_NOUN_FLAGS) or at + len(word) - mention.end > _HOLDER_MAX:
            return None
        at += len(word)
        following = words[i + 1][1] if i + 1 < len(words) else ""
        if actors.holder(text, mention.end, at) and not following.startswith(_NOUN_FLAGS):
            return None if _COUNT_AFTER.match(text, at) else text[mention.end:at]
    return None


#: Provinces counted by a figure (20个省份, 8省（市）, 近六成省份, 31个省区市): the country's parts.
_PROVINCES = re.compile(r"(?:个|的)?(省份|省区市|省市区|省(?=（区、市）|\(区、市\)|（市）|\(市\))|省市)")


def counted_provinces(text: str, fig_start: int, fig_end: int) -> tuple[int, int] | None:
    """The span of the provinces the figure ``text[fig_start:fig_end]`` counts (有20个省份工业生产
    保持增长, 对全国31个省份的抽样调查), after it or inside it (10省市), else None: a count of
    the country's provinces is the country's figure, whoever surveys them (国家统计局) and
    whichever are listed before it."""
    inner = re.search(r"(省份|省市|省)$", text[fig_start:fig_end])
    if inner:
        return fig_start + inner.start(), fig_end
    m = _PROVINCES.match(text, fig_end)
    return m.span(1) if m else None
