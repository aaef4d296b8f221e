"""Phrases around a figure that decide its metric: the noun a count keeps, the age's bearer,
the duration noun, the gap between a noun and its figure.

Split from :mod:`pipeline.claims.rules` (the metric's two readings, before and after
the figure); these are the finer cuts the sentence reader makes once a reading is chosen
(GUIDELINES: Claims, the shortest phrase naming what is measured).
"""

from __future__ import annotations

from pipeline.claims import bounds, rules
from pipeline.figures.lexicon import figure_lexicon
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
    end, pos = a, a
    for word, flag in word_tags(text[a:b]):
        joined = word in rules.AND_BEYOND or (
            word in rules.LIST_WORDS and text.startswith(rules.AND_BEYOND, pos + len(word)))
        if not (flag.startswith(_HEAD_FLAGS) or joined):
            break
        pos += len(word)
        end = pos
    return (a, end) if a < end < b and end - a >= 2 else after


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
