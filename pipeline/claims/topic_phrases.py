"""A clause's topic noun phrase when it names a group: whose attribute a figure measures.

GUIDELINES and ``benchmarks/real_gold/README.md`` ("Claim subjects"): a subject is
what the figure is about — the event, project or group when the sentence counts
its parts, not only places. A Chinese clause names that group as its topic, the
noun phrase before its predicate: 全国重点零售和餐饮企业|实现销售额8210亿元 (the
firms' sales, not the country's), 80岁以上老年人|全程接种率达97% (the elderly's
rate), 年旅客吞吐量1000万人次以上的运输机场|…完成旅客吞吐量占…81.3% (those
airports' share). :func:`group_phrase` reads that phrase:

- after what may open a clause before its topic (a connective, a time, a source:
  ``skip`` spans), an optional place (a name, 全国, 全市) and then nouns up to a
  group head (``models/subject_group_heads.txt`` with the holder heads of
  :mod:`pipeline.claims.actors`), with at most one relative clause closed by 的
  before them (增幅在300%以上的|运输机场);
- the place is written as the page's place (全国 -> 中国, 全市 -> the city), as
  :mod:`pipeline.claims.scopes` writes 全国法院 -> 中国法院;
- a count inside a list of groups stays in the phrase when the figure measures the
  group (高新区和六个省级工业园区|完成工业产值…), one opening it does not (496家商贸企业);
- no phrase when the figure counts the group itself (…运输机场有38个, 全国高考报名考生
  共940万人): there the group is the metric and the place the subject; nor when the
  phrase is a bare head (企业 points back), spreads over the whole place (各大景区:
  the place's own), or is a named body the mentions already hold.

Word classes come from jieba (:func:`pipeline.text.words.word_tags`).
"""

from __future__ import annotations

import functools
import re

from pipeline.claims.places import canonical
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: Labels of a place that may open a group phrase (潍坊|80岁以上老年人, 全国|重点…企业).
_PLACE_LABELS = frozenset({"GPE", "LOC", "REF", "SCOPE"})
#: Labels of a name that is a subject of its own: a group phrase inside one is that name.
_NAMED_LABELS = frozenset({"ORG", "PERSON", "WORK", "PROGRAM"})
#: Word classes inside a group phrase after its relative clause: nouns, noun-verbs,
#: distinguishers, adjectives, abbreviations, idioms, numbers and measures (两家, 80岁),
#: localisers (以上), and the marks and conjunctions of a list (、, 和).
_PHRASE_FLAGS = ("n", "vn", "b", "a", "j", "l", "m", "q", "f", "s", "eng", "k")
_PHRASE_WORDS = frozenset({"、", "和", "与", "及", "-", "—", "~", "%", "“", "”", "+"})
#: Word classes that do not open a noun phrase: idioms and other proper words often
#: tag a verb there (归属于, 力争).
_NOT_FIRST = ("l", "nz")
#: A time right after the place (美国4月非农部门…): the place is the topic, the rest its metric.
_TIME_AFTER = re.compile(r"[0-9一二三四五六七八九十]{1,4}(?:年|月|季度)|今年|去年|上半年|下半年|前三季度")
#: What may open a clause before its topic: connectives and marks.
_OPENERS = re.compile(r"[\s,，、“”\"]*(?:其中|同时|此外|另外|而且|并且|而|并|但|与此同时)?[\s,，]*")
#: A count of the group's members inside the phrase (496家商贸企业, 339个城市): a counted group,
#: read by :func:`pipeline.claims.actors.counted_group` where it opens a clause, else the place's.
_COUNT = re.compile(r"[0-9一二三四五六七八九十两百千]+(?:多|余)?[个家所座名处条批户]")
#: Verbs of achieving a figure that open a sentence going on with the one before (完成…, 实现…).
_ACHIEVE = frozenset({"完成", "实现", "达到", "新增", "累计", "共计", "合计"})
#: A count inside a list of groups (高新区和六个省级工业园区|完成工业产值…): part of the group's
#: name when the figure measures the group, not when it opens the phrase (496家商贸企业).
_LISTED_COUNT = re.compile(r"[和与及、][0-9一二三四五六七八九十两]+(?:多|余)?[个家所座名处条批户]")
#: A phrase spread over a whole place (各大景区, 各地企业): the place's own figures.
_EACH = ("各", "全部各", "所有")
#: The longest group phrase, in characters, place and relative clause included.
_MAX = 28


@functools.lru_cache(maxsize=1)
def group_heads() -> tuple[str, ...]:
    """Head nouns of a group (``models/subject_group_heads.txt``, ``claim_actor_heads.txt``,
    ``claim_group_heads.txt``), longest first."""
    heads = set(load_lines("subject_group_heads.txt")) | set(load_lines("claim_actor_heads.txt")) \
        | set(load_lines("claim_group_heads.txt"))
    # a one-character head (村) ends place words too (乡村, 农村): no group reading of it
    return tuple(sorted((h for h in heads if len(h) > 1), key=len, reverse=True))


def group_phrase(text: str, c_start: int, fig_start: int, mentions: list, skip=(),
                 counted: bool = False, fig_end: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of the group the clause ``text[c_start:fig_start]`` opens with, or None.

    ``mentions`` are the sentence's subject candidates (places open the phrase, named bodies
    end the reading); ``skip`` holds spans (times, sources) that may open the clause first.
    ``counted`` accepts a figure that counts the group (a clause whose group the clauses after
    it go on with: …运输机场有38个，…完成旅客吞吐量…); ``fig_end`` ends the figure, whose unit
    tells a count of people (人员…8.5万人) from a measure of them.
    """
    pos = _opening(text, c_start, fig_start, skip)
    if pos is None:
        return None
    place = next((m for m in mentions if m.start == pos and m.label in _PLACE_LABELS), None)
    body = place.end if place is not None else pos
    end = _group_end(text, body, min(fig_start, pos + _MAX))
    if end is None or text.startswith(_EACH, body):
        return None
    rest = text[body:end]
    if rest.startswith(_SCOPE_OF_SURVEY):
        return None  # 限额以上单位消费品零售额: the survey's scope of the place's own statistic
    if _TIME_AFTER.match(text, body) or any(body < a < end for a, _ in skip) or text.startswith(("、", "等"), end):
        return None  # 美国4月非农部门: a time after the place; 德化陶瓷博物馆、月记窑等: one of a list
    if rest in group_heads() or any(m.label in _NAMED_LABELS and m.start < end <= m.end for m in mentions):
        return None  # 企业 alone points back; 杭州银行 is a name of its own
    if any(m.start == end and m.label in _PLACE_LABELS | _NAMED_LABELS for m in mentions):
        return None  # 著名景区|火焰山、喀纳斯: the names after the head are what the figure is about
    listed_count = _LISTED_COUNT.search(rest) and not _COUNT.match(rest) and _measures(text, end, fig_start)
    if _COUNT.search(rest) and not listed_count or not counted and (
            not _measures(text, end, fig_start) or _counts_people(text, rest, fig_start, fig_end)):
        return None  # …运输机场有38个, 高新技术企业从7.9万家…: the group is counted, the place holds it
    prefix = (canonical(place.name) or "") if place is not None else ""
    return prefix + rest, (pos, end)


def _measures(text: str, end: int, fig_start: int) -> bool:
    """True when a noun stands between the group and its figure (企业|实现销售额|8210亿元,
    老年人|全程接种率达|97%): the figure measures the group's attribute, it does not count it;
    not when that noun is a group of its own (平台|服务企业超过2.6万家: the firms are counted)."""
    if _TALLY_NOUN.match(text, end):
        return False  # 高新技术企业|总数达4.4万家: the noun counts the group itself
    words = word_tags(text[end:fig_start])
    # a noun, or a noun-verb as a verb's object (完成|投资): 已|突破 is the predicate itself
    nouns = [word for i, (word, flag) in enumerate(words)
             if flag.startswith(("n", "l", "j")) and not flag.startswith(("nr", "ns"))
             or flag == "vn" and i > 0 and words[i - 1][1] == "v"]
    return bool(nouns) and not any(word.endswith(group_heads()) for word in nouns)


#: The scope of a statistical survey (units above the designated size): a group they open
#: (限额以上单位, 规模以上工业企业) bounds the place's own statistic, it is no group of its own.
_SCOPE_OF_SURVEY = ("规模以上", "限额以上", "规上", "限上")
#: Nouns that count a group's members (总数, 数量, 家数): after the group, the figure counts it.
_TALLY_NOUN = re.compile(r"(?:总数|数量|总量|家数|个数|户数|人数)(?:达到?|为|超过?|突破|已达|共)?\s*[0-9一二三四五六七八九十两百千万]")


#: People heads and the units that count them (人员…8.5万人, 人口…1200万人).
_PEOPLE_HEADS = ("人口", "人群", "人员", "人", "民", "众", "员", "者", "生", "工", "童")
_PEOPLE_UNITS = ("人", "名", "位", "万人", "亿人")


def _counts_people(text: str, rest: str, fig_start: int, fig_end: int | None) -> bool:
    """True when a group of people is counted in people (船上人员回港及上岸8.5万人)."""
    return fig_end is not None and rest.endswith(_PEOPLE_HEADS) and text[fig_start:fig_end].endswith(_PEOPLE_UNITS)


def subjectless(text: str, c_start: int, fig_start: int, sentence: bool = False) -> bool:
    """True when the clause opens with its predicate (完成旅客吞吐量…, 较上年净增加…, 同比增长…):
    it has no topic of its own and goes on with the clause before's. A whole ``sentence`` counts
    only when an adverb opens it (共决定起诉…): 据了解, 招聘月期间 open a source or a setting."""
    m = _OPENERS.match(text, c_start, fig_start)
    words = word_tags(text[m.end():min(fig_start, m.end() + 8)])
    if not words:
        return False
    word, flag = words[0]
    if sentence:  # 完成规模以上工业增加值…: a verb of achieving opens it too (not 据, 为, 在: a source or a setting)
        return flag.startswith("d") or word in {"同比", "环比"} or word in _ACHIEVE
    return (flag.startswith(("v", "d", "p", "zg")) and not flag.startswith("vn")) or word in {"同比", "环比"}


def _opening(text: str, c_start: int, fig_start: int, skip) -> int | None:
    """Where the clause's topic may start: past connectives and the ``skip`` spans opening it."""
    pos, moved = c_start, True
    while moved and pos < fig_start:
        moved = False
        m = _OPENERS.match(text, pos, fig_start)
        if m.end() > pos:
            pos, moved = m.end(), True
        for a, b in skip:
            if a <= pos < b:
                pos, moved = b, True
    return pos if pos < fig_start else None


def _group_end(text: str, start: int, stop: int) -> int | None:
    """Where a group phrase opening at ``start`` ends: after its first word ending in a group
    head (and any group words right after it: 企业|职工), when the words between are nouns
    and their modifiers, after one relative clause closed by 的 at most; else None."""
    words = word_tags(text[start:stop])
    heads = group_heads()
    at, end, clean = start, None, True
    for i, (word, flag) in enumerate(words):
        if word in "，,。；;：:！？!?\n":
            break
        if word == "的":
            if end is not None:
                break
            clean = True  # the words before 的 modify what follows, whatever their class
            at += len(word)
            continue
        in_phrase = flag.startswith(_PHRASE_FLAGS) or word in _PHRASE_WORDS
        if i == 0 and (not in_phrase or flag.startswith(_NOT_FIRST)):
            return None  # 为提供线索的群众兑现…, 由该局监测的…: a predicate opens the clause, no topic
        if end is not None:
            if not in_phrase:
                break
            at += len(word)  # 三大城市|运输机场, 工业园区|和|高新区: the group goes on to a later head
            if flag.startswith(("n", "j")) and word.endswith(heads):
                end = at
            continue
        if not in_phrase:
            clean = False  # a verb: only a relative clause (…的) may still close it
        elif clean and flag.startswith(("n", "j")) and word.endswith(heads):
            end = at + len(word)
        at += len(word)
    return end
