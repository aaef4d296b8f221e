"""A metric before its figure less the subject noun phrase it swallowed.

A clause states its figure as ``[subject] [predicate] figure``; the metric is the predicate
(GUIDELINES: Claims, the shortest phrase naming what is measured), the subject is who has
it. A plain noun run before a verb is often part of the metric (企业参展, 土地收储,
城镇新增就业), so this module cuts only where the grammar marks the run as a subject of
its own:

- a list (``甲、乙、丙等…``, ``甲和乙…``) and the noun run closing it: things listed are
  who, not what (湖北、湖南、江西三省|已收获, 南岸南山等乡村旅游片区|接待,
  零售和餐饮企业|销售额); the metric is the verb (with its adverbs) after that run, or,
  when no verb follows, the nouns after the run's head (a holder, a group or a kind of
  place: ``models/claim_actor_heads.txt``, ``models/claim_group_heads.txt``,
  ``models/subject_group_heads.txt``, ``models/loc_suffixes.txt``); a term of statistics
  jieba tags as a verb (软件和信息服务业收入: ``models/figure_money_nouns.txt``) is a noun;
  one word right after 等 closing the metric is the kind of the things listed
  (推出甲、乙、丙等|演出);
- a counted run (33座山区大型水库|蓄水) is cut by :func:`head_cut` for
  :func:`pipeline.claims.phrases.run_in_head`.

Word classes come from jieba's tagger (through jieba-rs).
"""

from __future__ import annotations

import functools

from pipeline.claims import changes
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: Words that join or close the items of a list inside a noun phrase.
_LIST_MARKS = frozenset({"、", "等", "等等", "和", "与", "及", "以及"})
#: List marks a metric may open right after, once the listed names before them are cut off.
_CLOSERS = ("等", "、")
#: Word classes of the noun run that closes a list (江西三省, 部分平原大型水库, 乡村旅游片区).
_RUN_FLAGS = ("n", "j", "b", "zg", "s", "vn", "l")
#: Word classes of a plain noun (a run's last noun before a closing noun-verb: 重点部位|排查).
_NOUN_FLAGS = ("n", "j")
#: The shortest metric left after a cut.
_MIN_REST = 2


@functools.lru_cache(maxsize=1)
def subject_heads() -> tuple[str, ...]:
    """Head nouns of holders, counted groups and kinds of place of two characters or more
    (企业, 法院, 人员, 水库, 片区…): a noun run ending in one names who or where."""
    heads: set[str] = set()
    for name in ("claim_actor_heads.txt", "claim_group_heads.txt", "subject_group_heads.txt",
                 "loc_suffixes.txt"):
        heads.update(h for h in load_lines(name) if len(h) >= 2)
    heads.update(("人员", "片区", "地区", "区域"))
    return tuple(sorted(heads, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _money_nouns() -> frozenset[str]:
    """Terms of statistics that jieba tags as verbs (收入, 支出, 投资): nouns in a metric
    (``models/figure_money_nouns.txt``), so no predicate opens at them."""
    return frozenset(load_lines("figure_money_nouns.txt"))


def past_listed_subject(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` (a metric before its figure) from its predicate on, when it opens
    with a listed subject or right after one (see the module docstring); as it is otherwise."""
    words = word_tags(text[start:end])
    marks = [i for i, (w, f) in enumerate(words) if w in _LIST_MARKS and (w != "等" or f.startswith("u"))]
    if not marks and not text.endswith(_CLOSERS, 0, start):
        return start, end
    last = marks[-1] if marks else -1  # 甲、乙等|部分水库蓄水: the items (names) were cut off before
    offsets = [start]
    for word, _ in words:
        offsets.append(offsets[-1] + len(word))
    run_end, head_end = last + 1, None
    while run_end < len(words) and (words[run_end][1].startswith(_RUN_FLAGS) or words[run_end][0] in _money_nouns()):
        if words[run_end][0].endswith(subject_heads()):
            head_end = run_end + 1
        run_end += 1
    if run_end == last + 1:
        if _class_after_etc(words, last):  # 推出甲、乙、丙等|演出: the kind of the things listed
            return offsets[last + 1], end
        return start, end  # 旅游咨询及投诉电话: a verb right after the list lists acts, not things
    cut = _predicate_at(words, last + 1, run_end)
    if cut is None and run_end == len(words) and head_end is not None and head_end < len(words):
        cut = head_end  # 零售和餐饮企业|销售额: the nouns after the subject's head
    if cut is None or end - offsets[cut] < _MIN_REST:
        return start, end
    return offsets[cut], end


def _class_after_etc(words: list[tuple[str, str]], last: int) -> bool:
    """True when one word of two characters or more closes the metric right after 等 (jieba
    tags 演出 a verb): the class of the listed items, unless it is a change (增长)."""
    if last < 0 or last != len(words) - 2 or words[last][0] not in ("等", "等等"):
        return False
    word = words[-1][0]
    return len(word) >= _MIN_REST and not changes.change_in(word, 0, len(word))[0]


def _predicate_at(words: list[tuple[str, str]], run_start: int, run_end: int) -> int | None:
    """Where the predicate after a list's noun run opens: a verb (or adverbs before one), or
    a noun-verb closing the phrase right after a plain noun (重点部位|排查); None otherwise."""
    if run_end < len(words):
        i = run_end
        while i < len(words) and words[i][1] == "d":
            i += 1
        return run_end if i < len(words) and words[i][1] == "v" else None
    flag = words[-1][1]
    if flag == "vn" and run_end - 1 > run_start and words[-2][1].startswith(_NOUN_FLAGS):
        return len(words) - 1
    return None


def head_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """33座山区大型水库|蓄水: a counted noun run whose words (nouns and distinguishers) reach
    a subject head (:func:`subject_heads`) before more nouns: the count counts up to the head.
    None when no head closes a shorter run."""
    pos, found = start, None
    for word, flag in word_tags(text[start:end]):
        pos += len(word)
        if not flag.startswith(("n", "b", "j")):
            return None
        if end - pos >= _MIN_REST and text[start:pos].endswith(subject_heads()):
            found = (start, pos)
    return found
