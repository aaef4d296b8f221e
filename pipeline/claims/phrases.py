"""Phrases around a figure that decide its metric: the noun a count keeps, the age's bearer,
the duration noun, the gap between a noun and its figure.

Split from :mod:`pipeline.claims.rules` (the metric's two readings, before and after
the figure); these are the finer cuts the sentence reader makes once a reading is chosen
(GUIDELINES: Claims, the shortest phrase naming what is measured).
"""

from __future__ import annotations

import functools
import re

from pipeline.claims import bounds, metric_after, metric_subjects, rules
from pipeline.figures.lexicon import figure_lexicon
from pipeline.layout.bylines import byline_role
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: Word classes of the noun run a count keeps (城市, 地级及以上城市, 中级法院).
_HEAD_FLAGS = ("n", "b", "j", "nz", "ng", "ns", "nt", "eng")


def run_in_head(text: str, after: tuple[int, int], next_fig: int, skip: list[tuple[int, int]]
                ) -> tuple[int, int]:
    """The noun run opening ``after`` when the rest of it is what the next figure of the clause
    measures (474家法院新收案件数同比上升超过50%: 法院 is counted, 新收案件数 rises): only verbs,
    bounds and links stand between ``after`` and that figure. Else ``after`` as it is."""
    a, b = after
    if b > next_fig:
        return after
    if rules.trim_prefix(text, b, next_fig, skip) is not None:
        rest = word_tags(text[b:next_fig])
        if not rest or not rest[0][1].startswith("n"):
            return after  # 10个示范村投资5亿元: a verb opens the next figure's own phrase
    held = _holder_cut(text, a, b) or metric_subjects.head_cut(text, a, b)
    if held is not None:
        return held
    end, pos = a, a
    words = word_tags(text[a:b])
    for i, (word, flag) in enumerate(words):
        joined = word in rules.AND_BEYOND or metric_after.glued_verb(words, i) or (
            word in rules.LIST_WORDS and text.startswith(rules.AND_BEYOND, pos + len(word)))
        if not (flag.startswith(_HEAD_FLAGS) or joined):
            break
        pos += len(word)
        end = pos
    return (a, end) if a < end < b and end - a >= 2 else after


@functools.lru_cache(maxsize=1)
def holder_heads() -> tuple[str, ...]:
    """Head nouns of things that have figures of their own (企业, 项目): the actors' table."""
    return load_lines("claim_actor_heads.txt")


def _holder_cut(text: str, a: int, b: int) -> tuple[int, int] | None:
    """23家企业|净利润降幅: an all-noun run opening with a holder's head noun (企业, 项目:
    ``models/claim_actor_heads.txt``) and going on with more nouns: the holder is counted."""
    pos = a
    for word, flag in word_tags(text[a:b]):
        pos += len(word)
        if not flag.startswith("n"):
            return None
        if pos < b - 1 and text[a:pos].endswith(holder_heads()):
            return a, pos
    return None


#: Nouns after an age that say what the age is of (34.7岁的平均年龄): they are the metric.
_AGE_NOUNS = ("年龄", "岁数", "年纪", "寿命", "高龄", "工龄")


def unit_after(text: str, after_pos: int, unit: str) -> tuple[int, int] | None:
    """The unit written after a figure's span (十多岁: 岁), ending at ``after_pos``."""
    return (after_pos - len(unit), after_pos) if unit and text.endswith(unit, 0, after_pos) else None


def names_age(text: str, start: int, end: int) -> bool:
    """True when the phrase after an age names the age itself (平均年龄), not its bearer (外孙)."""
    return any(noun in text[start:end] for noun in _AGE_NOUNS)


def empty_noun_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """短短六天的时间: the duration noun after a measure, when nothing else says what it measures."""
    at = pos + 1 if text.startswith("的", pos) else pos
    noun = next((w for w in rules.EMPTY_NOUNS if text.startswith(w, at) and at + len(w) <= limit), None)
    return (at, at + len(noun)) if noun else None


def qualifier_gap(gap: str) -> bool:
    """True when ``gap`` (between a noun and its figure) is empty or one qualifier of the
    figure (总投资2.5亿元, 直径约4公分): the noun and the figure are one modifier."""
    return not gap or gap in bounds.figure_qualifiers()


def verb_gap(gap: str) -> bool:
    """True when ``gap`` is right-edge trim words holding a verb (保持在, 达到): the noun before
    is the subject of a predicate, not a scope (以 alone is a preposition: 被某公司以…的); 已有
    makes the phrase after the figure the thing had (已有81岁的平均入住年龄)."""
    return (bool(gap) and "有" not in gap and trim_gap(gap)
            and any(flag == "v" for _, flag in word_tags(gap)))


def trim_gap(gap: str) -> bool:
    """True when ``gap`` is only right-edge trim words (约, 达到, 保持在)."""
    right_by_len = rules.trim_words().right_by_len
    end = len(gap)
    while end:
        cut = next((n for n, words in right_by_len if n <= end and gap[end - n:end] in words), 0)
        if not cut:
            return False
        end -= cut
    return True


def is_duration(unit: str) -> bool:
    """True for a unit of time span (天, 小时, 个月): the figure-finder's units table says so."""
    found = figure_lexicon().units.get(unit)
    return found is not None and found.duration


def before_verb(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` less a closing verb (河流汇入 -> 河流) when a noun stays before it."""
    words = word_tags(text[start:end])
    if len(words) >= 2 and words[-1][1] == "v":
        return start, end - len(words[-1][0])
    return start, end


#: Adverbs after a duration that make the act after them what the duration measures.
_ONLY_THEN = frozenset({"才", "就", "便", "即可"})


def only_then(text: str, pos: int, unit: str) -> bool:
    """True when a duration is followed by 才/就 as a word of its own (10分钟才通过, 3天就完成;
    not 15分钟就业…, where jieba reads 就业)."""
    if not is_duration(unit):
        return False
    words = word_tags(text[pos:pos + 6])
    return bool(words) and words[0][0] in _ONLY_THEN


@functools.lru_cache(maxsize=1)
def _rate_nouns() -> tuple[str, ...]:
    return tuple(load_lines("claim_rate_nouns.txt"))


#: 占X的比重 / 占X的比例: the share construction is one metric, 占 to the rate noun.
_SHARE_OF = re.compile(r"占[^,，。;；:：、\s]{1,15}的$")
#: Word classes a rate noun's group may hold (儿童青少年占比, 年轻消费者占比).
_GROUP_FLAGS = ("n", "nz", "vn", "j", "b")


def rate_with_group(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """A bare rate noun (占比, 比重) with what it is the rate of: the nouns right before it
    (年轻消费者占比) or the 占…的 before it (占老字号企业销售总额的比重), back to ``floor``."""
    if text[start:end] not in _rate_nouns():
        return start, end
    share = _SHARE_OF.search(text, max(floor, start - 17), start)
    if share:
        return share.start(), end
    a = start
    for word, flag in reversed(word_tags(text[max(floor, start - 8):start])):
        if not flag.startswith(_GROUP_FLAGS) or start - (a - len(word)) > 8:
            break
        a -= len(word)
    return a, end


def bare_rate(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """A rate noun standing alone before a figure (占比约, 比重为), bounds and links trimmed,
    with its group (:func:`rate_with_group`); None when the words there are no rate noun."""
    b = end
    while b > start:
        cut = next((n for n, words in rules.trim_words().right_by_len if n <= b - start
                    and text[b - n:b] in words), 0)
        if not cut:
            break
        b -= cut
    noun = next((r for r in _rate_nouns() if len(r) >= 2 and text.endswith(r, start, b)), None)
    return rate_with_group(text, b - len(noun), b, floor) if noun else None


def age_metric(text: str, metric, unit_span) -> tuple[int, int] | None:
    """An age (78岁) measures age: its unit, unless the metric names the age itself (平均年龄,
    年龄最大)."""
    if metric is not None and names_age(text, *metric):
        return metric
    return unit_span or metric


#: Words before a duration's 了 read for its verb (住了, 工作了, 坚持了).
_VERB_WINDOW = 6


def lasting_verb(text: str, p_start: int, fig_start: int, unit: str) -> tuple[int, int] | None:
    """The verb + 了 right before a duration (住了 in 住了40多年, 开了 in 开了20年杂货铺): what
    lasts that long. jieba's last word before 了 must be a verb; its last character starts
    the metric when jieba glued it to the noun before (西关街住: 住)."""
    if not is_duration(unit) or text[fig_start - 1:fig_start] != "了" or fig_start - 1 <= p_start:
        return None
    words = word_tags(text[max(p_start, fig_start - 1 - _VERB_WINDOW):fig_start - 1])
    if not words:
        return None
    word, flag = words[-1]
    if flag in ("v", "vn"):
        return fig_start - 1 - len(word), fig_start
    if flag.startswith("n") and len(word) >= 2 and word_tags(word[-1])[0][1] == "v":
        return fig_start - 2, fig_start  # 西关街住: the verb jieba glued to a place
    return None


def elided_noun(text: str, items: list[tuple[int, int]]) -> tuple[int, tuple[int, int] | None]:
    """大白菜和白萝卜价格分别为…: when the last listed item has more words than the others and
    its extra words are nouns, they are the noun every item shares (价格); (end of the last
    item without them, their span), else (end of the last item, None)."""
    a, b = items[-1]
    if "的" in text[a:b]:
        return b, None  # 武汉的地区生产总值: a possessive, not a shared noun
    words = word_tags(text[a:b])
    others = max(len(word_tags(text[s:e])) for s, e in items[:-1])
    extra = words[others:]
    # a classifier inside the shared noun names a class (吃、穿、用商品类零售额: 商品|类|零售额)
    if len(words) <= others or not all(flag.startswith(("n", "vn")) or k and flag == "q" for k, (_, flag) in enumerate(extra)):
        return b, None
    cut = a + sum(len(w) for w, _ in words[:others])
    return cut, (cut, b)


def clause_start_past_gloss(text: str, pos: int, floor: int) -> int:
    """:func:`clause_start`, stepping back over a short parenthetical inside a noun phrase
    (细颗粒物(PM2.5)年均浓度): its brackets are no clause mark."""
    start = rules.clause_start(text, pos, floor)
    while start > floor and text[start - 1] in ")）":
        open_at = max(text.rfind("(", max(floor, start - _GLOSS_REACH), start),
                      text.rfind("（", max(floor, start - _GLOSS_REACH), start))
        if open_at <= floor or not text[open_at - 1].isalnum() or byline_role().search(text, open_at, start):
            break  # 本报讯（记者 张明）全市…: a credit's bracket ends the clause before it
        start = rules.clause_start(text, open_at, floor)
    return start


#: How far back a gloss's open bracket may stand ((R&D经费与GDP之比): a definition runs longer than an abbreviation).
_GLOSS_REACH = 18


def past_gloss(text: str, pos: int, limit: int) -> int:
    """Past a short parenthetical right at ``pos`` (10.92万套(间)), else ``pos``."""
    m = rules.PAREN.match(text, pos, limit)
    return m.end() if m else pos


@functools.lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    return frozenset(load_lines("claim_light_verbs.txt"))


def from_light_verb(text: str, start: int, end: int) -> tuple[int, int]:
    """A metric before its figure, cut to its last light verb and the object after it
    (银行业金融机构实现营业收入 -> 实现营业收入: ``models/claim_light_verbs.txt``); the
    metric as it is when jieba reads no such verb there or a side would keep one character."""
    pos, cut = start, None
    for word, flag in word_tags(text[start:end]):
        if flag == "v" and word in _light_verbs() and pos - start >= 2 and end - (pos + len(word)) >= 2:
            cut = pos
        pos += len(word)
    return (cut, end) if cut is not None else (start, end)


#: Adverbs that total what an actor did (各企业共处理, 法院共审结): the actor before them is no part of
#: the metric, nor the adverb. (累计 is left alone: 商标累计注册 measures the trademarks.)
_TALLY_ADVERBS = frozenset({"共", "共计"})


def past_tally_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    """A metric before its figure cut where a totalling adverb after its actor starts the act
    (快递企业共处理 -> 处理); as it is when the adverb opens it, ends it, or no verb follows it."""
    words = word_tags(text[start:end])
    pos = start
    for i, (word, flag) in enumerate(words):
        if word in _TALLY_ADVERBS and pos - start >= 2 and i + 1 < len(words) and words[i + 1][1].startswith("v"):
            cut = pos + len(word)
            if end - cut >= 2:
                return cut, end
        pos += len(word)
    return start, end


#: Word classes of a clause's opening noun run (基础研究经费, 技术市场合同成交额).
_RUN_FLAGS = ("n", "vn", "j", "nz", "eng", "b")


def previous_clause_noun(text: str, c_start: int, floor: int, skip: list[tuple[int, int]],
                         fig_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The noun run opening the clause before ``c_start`` (from ``floor``), when that clause
    holds no figure and goes on with a verb (or ends at a headline's space): 基础研究经费增长近一倍，2019年达到1336亿元 — the
    figure's own clause names only its time and link, the clause before says what grew.
    Times and names opening the clause are skipped; None when no run of two characters."""
    if c_start <= floor:
        return None
    prev = rules.clause_start(text, c_start - 1, floor)
    if any(prev <= s < c_start for s, _ in fig_spans):
        return None  # the clause's own figure carries its metric
    if any(s <= prev and c_start - 1 <= e for s, e in skip):
        return None  # 本报讯（记者 张三）: a credit, a time or a name is no noun run of its own
    span = rules.trim_prefix(text, prev, c_start - 1, skip)
    if span is None:
        return None
    a, b = span
    end, words = a, word_tags(text[a:b])
    for i, (word, flag) in enumerate(words):
        inside = flag == "a" and i + 1 < len(words) and words[i + 1][1].startswith("n")  # jieba: 合同 a
        if not (flag.startswith(_RUN_FLAGS) or inside):
            break
        end += len(word)
    # the run goes on with its predicate: a verb, an adverb or an idiom (翻了一番); in a
    # headline a space sets the noun phrase apart from its change (粮食总产量　同比增长2.4%)
    headline = text[c_start - 1] in " \u3000"
    # 技术合同成交额在过去五年，从235亿元增至…: the run and the period it is counted over
    timed = text.startswith(("在", "于"), end) and any(s == end + 1 and e >= c_start - 1 for s, e in skip)
    if end - a < 2 or (end >= b and not headline and not timed) or (
            end < b and not word_tags(text[end:b])[0][1].startswith(("v", "d", "i", "a"))):  # 普遍 a
        return None
    return a, end


#: Words before a duration that make the act after it what the duration measures (连续12年保持…).
_RUNNING = ("连续", "持续")


def duration_act(text: str, after_pos: int, limit: int, unit: str, p_start: int, fig_start: int
                 ) -> tuple[int, int] | None:
    """The act a duration is spent on: 用11天时间环游沙漠 (时间 restates the unit), 连续12年保持
    第一 (连续 makes the span the act's): the words from the verb after the duration to the
    clause's end (``limit``); None when no verb follows or neither cue is there."""
    if not is_duration(unit):
        return None
    pos = after_pos
    spent = text.startswith("时间", pos)
    if spent:
        pos += len("时间")
    elif not text[p_start:fig_start].rstrip().endswith(_RUNNING):
        return None
    words = word_tags(text[pos:min(limit, pos + 4)])
    # a verb opens the act (after 时间 any word but a particle: jieba tags 环游 an abbreviation)
    if not words or words[0][0] in _ONLY_THEN or not (
            words[0][1] == "v" or (spent and not words[0][1].startswith(("u", "x", "p", "c")))):
        return None
    end = rules.clause_end(text, pos, limit)
    span = rules.trim_prefix(text, pos, end, [])  # its edges only: 、 and marks
    return span if span is not None and span[0] == pos else None


#: X的有 (…) right before a count: "those that X number N".
_THOSE_WITH = re.compile(r"的有(?:近|约|超过|逾)?$")


def those_with(text: str, c_start: int, fig, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """雨量大于50毫米的有28个站点, 大于100毫米的有8个: a count after X的有 counts the things
    that X; X (its own figure and all, from the clause's start) is the metric. None without 的有."""
    m = _THOSE_WITH.search(text, c_start, fig.start)
    if m is None:
        return None
    a = c_start
    for s, e in sorted(skip):  # 全市降水量…: a place or time opening the clause is no part of it
        if s == a or (s > a and not text[a:s].strip(rules.EDGE_JUNK)):
            a = e if e < m.start() else a
    return rules.trim_edges(text, a, m.start())


def modifier_alone(word: str) -> bool:
    """True when jieba reads the one character ``word`` as an adjective or adverb (远, 均): no metric
    (a noun, 村, or a measure, 岁, is one)."""
    tags = word_tags(word)
    return len(tags) == 1 and tags[0][1] in ("a", "d", "ad")
