"""The actor of a clause: the noun phrase before its main verb, as a claim's subject.

A figure's clause often names who does or has what is counted without a
named entity: 制造业企业享受…减免税额增长21.7%, 政府投资的孵化载体拿出30%免费场地,
风电新增装机2130万千瓦. In a Chinese clause the noun phrase before the first verb
is its grammatical subject, and the GUIDELINES' subject ("who or what it is
about") is that phrase when it names who holds or does what is counted (its
head is one of ``models/claim_actor_heads.txt``: 企业, 基金, 载体…); a place or body named inside it (金水区国基美寓等项目)
only modifies it. Word classes come from jieba's tagger (through jieba-rs),
on the few characters of the clause before the figure.

:func:`clause_actor` finds the phrase; the claim finder uses it where the
clause names no place or body of its own as a whole phrase, and drops it from
the front of a metric that swallowed it (省级财政统筹安排资金 -> 统筹安排资金).
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: Word classes inside a noun phrase: nouns (names too), noun-verbs, abbreviations,
#: idioms, distinguishers, adjectives, 的, 、, 和/与/及, 等 and localisers (村内).
_PHRASE_FLAGS = ("n", "vn", "an", "j", "l", "b", "a", "s", "nz", "ng", "eng", "k", "f")
_PHRASE_WORDS = frozenset({"的", "、", "和", "与", "及", "以及", "等", "等等"})
#: Word classes that close a phrase as its head (a noun of some kind).
_HEAD_FLAGS = ("n", "vn", "j", "l", "nz", "ng", "eng", "s", "k")
#: Words after which the verb is read: plain verbs, and prepositions that open the
#: predicate's object (母基金对单个子基金的出资比例).
_VERB_FLAGS = ("v",)
_PREDICATE_PREPOSITIONS = frozenset({"对", "向", "为", "给", "把", "将", "在"})
#: Adverbs that may stand between the actor and its verb (企业共新增, 学校已建成).
_ADVERB_FLAGS = ("d",)
#: Words opening a clause before its actor: connectives and the part-of-a-total word.
_OPENERS = re.compile(r"\s*(?:其中|同时|此外|另外|而且|并且|而|并|且|但|还有|其次|首先|最后)?[,，\s]*")
#: Words that end a phrase but measure rather than name (入社群众人均增收: 人均 goes with the verb).
_PER_WORDS = ("人均", "户均", "日均", "年均", "月均", "亩均", "累计", "合计", "共计", "总计", "平均", "分别")
#: A reference to a place or a body opening the phrase (全市, 我省, 本县, 该公司).
_REFERENCE = re.compile(r"[全我本该此各][国省市县区州镇乡村]")
#: The shortest and longest actor: a two-character noun (风电) to a listed phrase of projects.
_MIN, _MAX = 2, 24


#: A count opening a clause, before the things it counts (120家, 15个, 6省份, 其中有12所), after
#: the names of its members at most (江苏、浙江等8省份).
_MEMBERS = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}等?(?=[0-9一二三四五六七八九十两])")
_COUNT = re.compile(r"(?:有|共有|另有)?[0-9一二三四五六七八九十两百千]+(?:多|余)?(?:个|家|所|座|名|条|处|省份|地市)")
#: Word classes of the nouns of a counted group (法院, 中级法院, 大城市, 博物馆).
_GROUP_FLAGS = ("n", "nt", "ns", "nz", "j", "b")
#: The most words of a counted group after its count (基层|法院, 重点|商贸|企业).
_GROUP_WORDS = 3


def counted_group(text: str, start: int, fig_start: int) -> tuple[int, int] | None:
    """The span of a counted group opening the clause (120家医院 of 120家医院门诊量下降超过10%,
    15个大城市 of 15个大城市城镇调查失业率为4.8%): the count and the nouns after it up to the
    first that ends in a holder's head (``models/claim_actor_heads.txt`` and
    ``models/claim_group_heads.txt``), with words of the figure's own between it and the
    figure; None when the clause does not open so."""
    pos = _OPENERS.match(text, start, fig_start).end()
    members = _MEMBERS.match(text, pos, fig_start)
    pos = members.end() if members else pos
    count = _COUNT.match(text, pos, fig_start)
    if count is None:
        return None
    at, heads = count.end(), _heads() + _group_heads()
    for word, flag in word_tags(text[at:min(fig_start, at + 12)])[:_GROUP_WORDS]:
        if not flag.startswith(_GROUP_FLAGS):
            return None
        at += len(word)
        if word.endswith(heads):
            break
    else:
        return None
    return (pos + len(count.group()) - len(count.group().lstrip("有共另")), at) if fig_start - at >= 2 else None


@functools.lru_cache(maxsize=1)
def _predicate_verbs() -> frozenset[str]:
    """Verbs jieba's dictionary classes otherwise (产生 n, 惠及 ns): ``models/claim_predicate_verbs.txt``."""
    return frozenset(load_lines("claim_predicate_verbs.txt"))


@functools.lru_cache(maxsize=1)
def _group_heads() -> tuple[str, ...]:
    """Head nouns of counted groups (``models/claim_group_heads.txt``)."""
    return load_lines("claim_group_heads.txt")


def clause_actor(text: str, start: int, fig_start: int, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the noun phrase that opens the clause ``text[start:fig_start]`` before its
    first verb (or the counted group that opens it: :func:`counted_group`), or None.

    ``skip`` holds spans (times, sources) that may open the clause before the phrase
    (今年一季度，制造业企业…). None when the clause opens with a verb, a pronoun or a
    number, when the phrase has no noun head, or when no verb follows it before the figure.
    """
    if start >= fig_start:
        return None
    group = counted_group(text, start, fig_start)
    if group is not None:
        return group
    pos = _OPENERS.match(text, start, fig_start).end()
    moved = True
    while moved:
        moved = False
        for a, b in skip:
            if a <= pos < b:
                pos = b
                moved = True
        if pos >= fig_start:  # a skipped span (a time) runs up to or over the figure: no phrase before it
            return None
        m = _OPENERS.match(text, pos, fig_start)
        if m.end() > pos:
            pos, moved = m.end(), True
    if fig_start - pos < _MIN + 1:
        return None
    words = word_tags(text[pos:min(fig_start, pos + _MAX + 8)])  # the phrase and its verb: bounded work
    at, phrase_end, head = pos, None, False
    for i, (word, flag) in enumerate(words):
        end = at + len(word)
        if (flag.startswith(_VERB_FLAGS) and not flag.startswith("vn") or word in _PREDICATE_PREPOSITIONS
                or word in _predicate_verbs()):
            nxt = words[i + 1] if i + 1 < len(words) else None
            after_de = i > 0 and words[i - 1][0] == "的"
            if after_de and nxt and nxt[1].startswith(_HEAD_FLAGS) and _continues(words, i + 1):
                at, head = end, False  # 投资的孵化载体拿出: after 的, a verb opens the head noun
                continue
            phrase_end = at if head else None
            break
        if flag.startswith(_ADVERB_FLAGS) and head:
            nxt = words[i + 1] if i + 1 < len(words) else None
            phrase_end = at if nxt and (nxt[1].startswith(_VERB_FLAGS) and not nxt[1].startswith("vn")) else None
            break
        if not (flag.startswith(_PHRASE_FLAGS) or word in _PHRASE_WORDS) or flag.startswith(("r", "m", "q", "t")):
            return None
        head = flag.startswith(_HEAD_FLAGS) and word not in _PHRASE_WORDS
        at = end
    if phrase_end is None:
        return None
    while True:
        cut = next((w for w in _PER_WORDS if text.endswith(w, pos, phrase_end)), None)
        if cut is None:
            break
        phrase_end -= len(cut)
    while phrase_end > pos and text[phrase_end - 1] in "、和与及等的":
        phrase_end -= 1
    if not holder(text, pos, phrase_end):
        return None  # 早稻栽插, 节水率: a kind of thing or an act; 公司 alone: a reference to a name
    if _REFERENCE.match(text, pos):
        return None  # 全市银行业金融机构: the place the reference points to is the subject
    return (pos, phrase_end) if _MIN <= phrase_end - pos <= _MAX else None


def holder(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends in a head noun of a holder (企业, 项目, 基金…) and is more
    than that head: 战略新兴产业项目 has figures of its own, 项目 alone points back."""
    return holder_head(text, start, end) and text[start:end] not in _heads()


def holder_head(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends in a holder's head noun (高校, 科研院所, 企业)."""
    return text.endswith(_heads(), start, end)


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """Head nouns an actor must end with (``models/claim_actor_heads.txt``)."""
    return load_lines("claim_actor_heads.txt")


def _continues(words: list[tuple[str, str]], i: int) -> bool:
    """True when the words from ``i`` on run as a phrase up to a verb (孵化|载体|拿出), so the
    verb before them modifies a noun instead of ending the actor."""
    for word, flag in words[i:]:
        if flag.startswith("v") and not flag.startswith("vn"):
            return True
        if not (flag.startswith(_PHRASE_FLAGS) or word in _PHRASE_WORDS):
            return False
    return False
