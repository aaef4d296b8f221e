"""The noun phrase right after a figure: the attributive reading of a metric.

Split from :mod:`pipeline.claims.rules` (the predicate reading, before the
figure, stays there): ``建成39家青年人才驿站``, ``34.7岁的平均年龄`` — the noun
phrase after the figure's measure word (and an optional 的), by jieba's word
classes on the few characters after each figure (GUIDELINES: Claims; DESIGN.md §5).
Word lists are data: ``models/claim_metric_after_words.tsv`` (adverbs jieba tags as
nouns, marks a figure reaches).
"""

from __future__ import annotations

import functools
import re

from pipeline.claims import changes, rules
from pipeline.figures.numerals import CHINESE_DIGIT_CHARS, UNIT_CHARS, VAGUE
from pipeline.text.resources import load_table
from pipeline.text.words import word_tags

#: A currency written after a money figure's unit (亿元人民币, 万元港币): part of the amount, no noun.
_CURRENCY = re.compile(r"\n?(?:人\n?民\n?币|港\n?币|美\n?元|港\n?元|欧\n?元)(?![\u4e00-\u9fff])")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,15})[”\"]")
#: Word classes of jieba that end an attributive noun phrase once it has a noun.
_STOP_FLAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "x", "y", "e", "o")
_NOUNISH = ("n", "vn", "an", "s", "j", "l", "nz", "ng", "k", "b", "a", "t", "zg", "i", "eng")
#: Characters of numerals: a word holding none is no number whatever jieba's class (大项 m).
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９半" + CHINESE_DIGIT_CHARS + UNIT_CHARS + VAGUE)
#: Modal characters opening a verb (可供, 可容纳, 能满足): the verb is a predicate, never a modifier.
_MODALS = frozenset("可能")
#: Aspect particles: the verb before one is a predicate, never inside a noun phrase.
_ASPECT = frozenset({"了", "着", "过"})
#: A rate noun and its verb after a figure (1500元标准给予, 的标准发放): the object is what is paid.
_RESTATING = re.compile(r"(?:的)?标准(?:给予|发放|奖励|计发|支付)")


#: A verb of change with its result's preposition (调整为, 变化到): a predicate after the figure.
_RESULT_VERB = re.compile(r"(?:调整|变化|变动|调|变|改)(?:为|至|到)")
#: Items listed with 、 and closed by 等 (家电、家居等): the noun phrase after 等 names their kind.
_LISTED_KINDS = re.compile(r"[^,;:。、，；：\n]{1,8}(?:、[^,;:。、，；：\n]{1,8})+等")


def _join_letters(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A Latin letter run and the measure word after it are one noun (A级, 5G基站 stays as tagged)."""
    out: list[tuple[str, str]] = []
    for word, flag in words:
        if out and out[-1][1] == "eng" and flag == "q":
            out[-1] = (out[-1][0] + word, "n")
            continue
        out.append((word, flag))
    return out


def after_phrase(text: str, pos: int, limit: int, prefix_has_de: bool, counted: bool = False,
                 doers: bool = False) -> tuple[int, int] | None:
    """The noun phrase right after a figure (at ``pos``, before ``limit``), or None.

    A phrase opening with a plain verb (投资100亿元建设…) is a new predicate,
    not the thing counted, unless a 的 before the figure makes the whole an
    attributive noun phrase (提供的两年无偿研发工位). A noun that only restates
    the figure as a rate (按每人1500元标准给予补贴) hands over to the verb's object.
    After a measure word (``counted``: 86名选手) the next word is the counted noun
    whatever its tag (jieba tags 选手 a verb); a verb taking 了/着/过 is the predicate
    (选手|参加了比赛), and so is any verb after the counted noun (3条新线|开通), unless the
    count is of ``doers`` (有215家单位参与共享: what they do is what is counted).
    """
    if text.startswith("的", pos):
        pos += 1
    if text.startswith(("—", "－", "--"), pos):
        return None  # 带动收入10亿元——刚刚过去的…: a dash opens an aside, no noun of the figure's
    if _RESULT_VERB.match(text, pos, limit):
        return None  # 由9725元调整为9985元: a verb with its result (jieba tags 调整 a noun), no thing counted
    currency = _CURRENCY.match(text, pos, limit)
    if currency:  # 4967.1亿元人民币，: the currency restates the unit, it counts nothing
        return None
    acted = _doers_act(text, pos, limit) if doers else None
    if acted is not None:  # 已有23个发布了数据: what the doers do, with no noun counted before it
        return acted
    restated = _RESTATING.match(text, pos, limit)
    if restated:
        pos, prefix_has_de = restated.end(), True
    quoted = _QUOTED.match(text, pos, limit)
    if quoted:  # 300个“乐业小站”: the quoted name is the phrase
        return quoted.start(1), quoted.end(1)
    listed = _LISTED_KINDS.match(text, pos, limit)
    if listed:  # 5场家电、家居等消费展会: the kind after 等 is what is counted, not the first item
        kind = after_phrase(text, listed.end(), limit, True)
        if kind is not None:
            return kind
    window = text[pos:min(limit, pos + 16)]
    words = _join_letters(word_tags(window))
    after_words = metric_after_words()
    end, has_noun, first, verb_after = pos, False, True, False
    skip = 0
    for i, (word, flag) in enumerate(words):
        if skip:  # the words of a listed item already taken
            skip -= 1
            continue
        # past the window's end: a figure (增加10万人达到|87.9万人) reads as a numeral
        following = words[i + 1] if i + 1 < len(words) else ("", "m" if text[limit:limit + 1].isdigit() else "")
        if word in rules.LIST_WORDS and i and following[0] in rules.AND_BEYOND:
            flag = "b"  # 地级及以上城市: "and above" bounds the class, it lists nothing
        elif word in rules.AND_BEYOND and i > 1 and words[i - 1][0] in rules.LIST_WORDS:
            flag = "b"
        elif word in rules.AND_BEYOND and has_noun and following[1].startswith(_NOUNISH):
            flag = "b"  # 规模以上企业: "above" after a noun bounds the class of the noun after it
        elif (word in rules.LIST_WORDS or word == "、") and counted and has_noun and _coordinated(words, i) > 0:
            item = _coordinated(words, i)  # 172个国家、地区和国际组织: what the count counts, listed
            end += len(word) + sum(len(w) for w, _ in words[i + 1:i + 1 + item])
            skip = item
            continue
        elif word in rules.LIST_WORDS or word in "、" or word[0] in rules.CLAUSE_MARKS or word in "“”\"《》":
            break
        if has_noun and after_words.get(word) == "ender":
            break  # 11条线路全部开通: jieba's noun 全部 stands as an adverb here
        if (first and counted and len(word) >= 2 and flag == "v" and not changes.change_in(word, 0, len(word))[0]
                and not word.endswith("有") and following[1] != "m"):
            flag = "n"  # 86名选手: what a measure word counts is a noun (增长, 略有, 达到87万 are no noun)
        if first and counted and len(word) >= 2 and flag == "m" and not _NUMERAL_CHARS.intersection(word):
            flag = "n"  # 32个大项: jieba's dictionary calls 大项 a numeral; after a measure word it is counted
        if has_noun and flag.startswith("v") and following[0] in _ASPECT:
            break  # 选手参加了: a verb with its aspect particle opens the predicate
        if has_noun and flag.startswith("v") and word[0] in _MODALS and len(word) >= 2:
            break  # 290公里绿道可供跑步: a modal verb (可供, 能容纳) opens the predicate, never a modifier
        if has_noun and glued_verb(words, i):
            flag = "n"  # 智能网联汽车: a one-character verb between nouns is inside the compound
        if counted and has_noun and flag == "v" and not doers and word not in rules.trim_words().rank:
            verb_after = True  # 3条新线开通, 500部车运送乘客: after a counted noun a verb is the predicate
            break
        verbish = flag.startswith(_STOP_FLAGS) and not flag.startswith("vn")
        if first and flag == "v" and not prefix_has_de:
            return None
        # a verb after a short head is usually a modifier inside the phrase (专业调解队伍);
        # after a longer one it starts the predicate (机关干部下沉网格)
        if verbish and has_noun and (not flag.startswith("v") or end - pos >= 3):
            break
        first = False
        end += len(word)
        has_noun = has_noun or flag.startswith(_NOUNISH)
    # 六个市, 11个省、: a one-character noun closing the clause is what the measure word counts
    one_noun = (counted and end - pos == 1 and bool(words) and words[0][1] in ("n", "zg")  # jieba: 村 zg
                and (verb_after or end >= limit or text[end] in rules.CLAUSE_MARKS or text[end] in "、的。"))
    if not has_noun or (end - pos < 2 and not one_noun) or text[pos:end] in rules.EMPTY_NOUNS:
        return None
    mark = next((w for w in words[1:] if after_words.get(w[0]) in ("landmark", "target")
                 and text.endswith(w[0], pos, end) and end - len(w[0]) - pos >= 2), None)
    if mark is not None:
        end -= len(mark[0])  # 616万客流新高: the ridership is measured, the new high is the mark it reached
    return pos, end


def _coordinated(words: list[tuple[str, str]], i: int) -> int:
    """How many words the item after the list mark ``words[i]`` holds when the mark joins one counted
    kind to another (国家、地区|和|国际组织; 31个省、自治区、直辖市), else 0: a short noun follows it
    (not a number: 建成39家驿站、20个… lists figures; not a group of its own: 市民代表、建设者代表)."""
    item, taken = "", 0
    for word, flag in words[i + 1:]:
        if word in rules.LIST_WORDS or word == "、" or word[0] in rules.CLAUSE_MARKS:
            break
        if flag.startswith(("m", "q")) or word[0].isdigit():
            return False
        if flag == "v" and taken and _one_noun(item + word):
            flag = "n"  # 国际|组织: jieba splits in context a noun its dictionary holds whole
        if not flag.startswith(_NOUNISH) or flag.startswith(("nr", "ns")):
            break  # …国际组织|参展: the item ends where the predicate starts
        item, taken = item + word, taken + 1
    return taken if 0 < len(item) <= 4 else 0


def _one_noun(text: str) -> bool:
    """True when jieba's dictionary reads ``text`` as one noun (国际组织)."""
    words = word_tags(text)
    return len(words) == 1 and words[0][1].startswith(("n", "j"))


#: The longest act of counted doers kept as a metric (表现为感冒、咳嗽、发热等普通疾病).
_MAX_ACT = 16


def _doers_act(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """有23个发布了数据, 有近八成表现为…: a count after 有 followed right away by a verb
    counts those who do it; the act to the clause's end is the metric (at most
    :data:`_MAX_ACT` characters). None when jieba reads no verb right after the figure."""
    words = word_tags(text[pos:min(limit, pos + 4)])
    if not words or words[0][1] != "v":
        return None
    found = rules.trim_edges(text, pos, rules.clause_end(text, pos, limit))
    return found if found is not None and 2 <= found[1] - found[0] <= _MAX_ACT else None


def among_act(text: str, s_start: int, after: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
    """80个城市中，76个城市PM2.5平均浓度降幅满足目标要求: a count of the group the sentence
    opened with (N个X中) counts those that do what follows the noun; that act, to the clause's end,
    is the metric (at most :data:`_MAX_AMONG_ACT` characters). None when the sentence names no such group."""
    group = _AMONG.search(text, s_start, after[0]) if after is not None else None
    if group is None or not text.startswith(group.group(1), after[0]):
        return None
    start = after[0] + len(group.group(1))
    found = rules.trim_edges(text, start, rules.clause_end(text, start, limit))
    return found if found is not None and 2 <= found[1] - found[0] <= _MAX_AMONG_ACT else None


#: An act of a group's members runs longer than a doer's (PM2.5平均浓度降幅满足目标要求).
_MAX_AMONG_ACT = _MAX_ACT + 4
#: A group the sentence counts its members in (80个城市中，…; 41个城市中，有21个…).
_AMONG = re.compile(r"[0-9一二三四五六七八九十百]+个?([\u4e00-\u9fff]{1,6})中[，,]")


def landmark(text: str, span: tuple[int, int] | None) -> str | None:
    """"landmark" when ``span`` is only a mark a figure reaches (大关, 新高), "target" for a
    target (目标), else None (``models/claim_metric_after_words.tsv``): after 产量突破1000万辆
    大关 the noun before the figure is measured; after 完成全年900万目标, with no noun before
    it, the target is."""
    kind = metric_after_words().get(text[span[0]:span[1]]) if span is not None else None
    return kind if kind in ("landmark", "target") else None


def glued_verb(words: list[tuple[str, str]], i: int) -> bool:
    """True when ``words[i]`` is a one-character verb between two nouns (智能网|联|新能源):
    jieba split a compound its dictionary lacks, the verb is inside the noun."""
    return (0 < i < len(words) - 1 and words[i][1] == "v" and len(words[i][0]) == 1
            and words[i - 1][1].startswith(_GLUE_NOUNS) and words[i + 1][1].startswith(_GLUE_NOUNS))


#: Word classes on both sides of a glued verb: nouns proper (启动|防|台风 has a verb before 防).
_GLUE_NOUNS = ("n", "j", "eng")


@functools.lru_cache(maxsize=1)
def metric_after_words() -> dict[str, str]:
    """Word -> kind (ender, landmark) of ``models/claim_metric_after_words.tsv``."""
    return {r["word"]: r["kind"] for r in load_table("claim_metric_after_words.tsv")}


def within_phrase(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The act done within a duration (3个工作日内完成注册 -> 完成注册): the words up to the
    clause's end, when they are few; None otherwise."""
    end = rules.clause_end(text, pos, limit)
    a, b = pos, end
    while a < b and text[a] in rules.EDGE_JUNK:
        a += 1
    while b > a and text[b - 1] in rules.EDGE_JUNK + "。":
        b -= 1
    return (a, b) if 2 <= b - a <= 10 else None
