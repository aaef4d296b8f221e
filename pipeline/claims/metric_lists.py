"""分别 lists: the n-th listed item (or earlier claim) goes with the n-th figure of the list.

Split from :mod:`pipeline.claims.sentence` (one sentence's figures left to right;
GUIDELINES: Claims, "With 分别 … each figure gets its own subject or metric"): A和B
分别增长45%和38% pairs items and figures in order; 大白菜和白萝卜价格分别为… shares the
noun the last item carries; 甲地、乙地查处量分别达… and 2015年、2016年收结案分别为：…
share the words after the last listed name or time, whether the figures follow 分别
in its clause or after its colon.
"""

from __future__ import annotations

import functools
import re

from pipeline.claims import actors, phrases, rules
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags


def respectively(sentence, indexed: list) -> dict[int, tuple]:
    """分别: the n-th listed item (or earlier claim) goes with the n-th figure of the list.

    ``sentence`` is the :class:`pipeline.claims.sentence.SentenceClaims` read (its text and
    bounds, mentions, times, skip and figure spans); ``indexed`` its (index, figure) pairs.
    Returns figure position -> (metric span or "earlier", subject or claim position).
    """
    out: dict[int, tuple] = {}
    text = sentence.text
    if text.find("分别", sentence.start, sentence.end) < 0:
        return listed_changes(sentence, indexed)  # most sentences list nothing
    for pos in (m.start() for m in re.finditer("分别", text[sentence.start:sentence.end])):
        pos += sentence.start
        group = [n for n, (_, f) in enumerate(indexed)
                 if f.start > pos and (rules.clause_start(text, f.start, sentence.start) <= pos
                                       or _listed_after(text, pos, f.start, sentence.fig_spans))]
        if len(group) < 2:
            continue
        c_start = rules.clause_start(text, pos, sentence.start)
        if c_start > sentence.start and not text[c_start:pos].strip():
            c_start = rules.clause_start(text, c_start - 1, sentence.start)  # 甲、乙查处量最多，分别达…
        listed_start = _comma_listed(text, c_start, sentence.start, sentence.mentions)
        commas = listed_start < c_start  # 北京市,广东省,江苏省软件收入分别为…: a page's commas list the names
        c_start = listed_start
        sectors = _SECTORS.search(text, c_start, pos)
        if sectors is not None and sectors.group().count("、") + 1 == len(group):
            # 第一、二、三产业新设企业分别增长…: the sectors share what follows them
            shared = rules.trim_prefix(text, sectors.end(), pos, sentence.skip)
            if shared is not None:
                for n in group:
                    out[n] = (shared, None)
                continue
        regions = [m for m in sentence.mentions if c_start <= m.start and m.end <= pos and m.name.endswith("部地区")]
        if len(regions) == len(group) >= 2 and all(b.start - a.end <= 1 for a, b in zip(regions, regions[1:])):
            # 东、中、西部地区快递业务量比重分别为…: each region, the words after the list their metric
            shared = rules.trim_prefix(text, regions[-1].end, pos, sentence.skip)
            for n, m in zip(group, regions):
                out[n] = (shared, (m.name, (m.start, m.end)))
            continue
        names, base = [(m.start, m.end) for m in sentence.mentions], indexed[group[0]][1].change_base
        items = _list_items(text, c_start, pos, base, names, commas=commas)
        if len(items) > len(group):  # 非织造布、新材料及医药制造、食品制造业…: 和/及 inside an item
            marked = _list_items(text, c_start, pos, base, names, marks_only=True)
            if len(marked) == len(group) and not any(_base_or_time(sentence, a, b) for a, b in marked):
                items = marked  # (1月、2月、3月住宿和餐饮业分别实现…: times listed, not kinds)
        earlier = list(range(group[0]))[-len(group):]
        if items and len(earlier) == len(group) and all(any(a <= f < b for f, _ in sentence.fig_spans) for a, b in items):
            for n, m in zip(group, earlier):  # 登记技术合同5万项、成交额达2000亿元，分别增长…: each item
                out[n] = ("earlier", m)  # holds its own figure, whose claim the change goes with
            continue
        named_list = _named_list(sentence, items)
        if named_list is not None:  # 甲、乙、丙查处量分别达… / 2015年、2016年收结案分别为：
            shared, heads = named_list
            one_to_one = len(heads) == len(group)
            for k, n in enumerate(group):
                named = next((m for m in sentence.mentions if one_to_one and m.start == heads[k][0]), None)
                out[n] = (shared, (named.name, heads[k]) if named is not None else None)
            continue
        if any(_base_or_time(sentence, a, b) for a, b in items):
            continue  # 比2020年、2019年春节黄金周分别增长…: the bases compared with, not holders
        shared, counted = None, False
        if items:  # 电子信息、新能源汽车两大产业营业收入: items are subjects, 营业收入 the metric
            cut, shared = rules.split_list_tail(text, *items[-1])
            counted = shared is not None
            named = any(a <= m.start < b for m in sentence.mentions for a, b in items)
            holders = shared is None and _holders_cut(text, items)
            if holders:  # 高校、科研院所技术合同成交额分别为…: each holder's own amount
                cut, shared = holders
                counted = True
            elif shared is None and not named:  # 大白菜和白萝卜价格: the last item carries the noun they share
                cut, shared = phrases.elided_noun(text, [rules.trim_prefix(text, a, b, sentence.skip) or (a, b)
                                                         for a, b in items])
            if shared is not None:
                items[-1] = (items[-1][0], cut)
        if shared is not None and len(items) == len(group):
            for n, (a, b) in zip(group, items):
                a, b = rules.trim_prefix(text, a, b, sentence.skip) or (a, b)  # 湘潭钢铁 -> 钢铁
                # no 两大行业: kinds, not holders; nor are items no name is in (核电、风电、太阳能发电)
                kinds = not counted and (_kinds_measured(text, shared) or not named)
                out[n] = ((a, b), None) if kinds else (shared, (text[a:b], (a, b)))
        elif len(items) == len(group):
            for n, (a, b) in zip(group, items):
                ent = next((m for m in sentence.mentions if a <= m.start and m.end <= b), None)
                rest = rules.trim_prefix(text, a, b, sentence.skip)
                whole = ent is not None and (rest is None or rest[0] < ent.end)
                if whole:  # 郑州和武汉的…: the items are places
                    out[n] = (None, (ent.name, (ent.start, ent.end)))
                else:  # 粮食播种面积和蔬菜播种面积: the items are metrics
                    out[n] = (rest, (ent.name, (ent.start, ent.end)) if ent is not None else None)
        else:
            earlier = [n for n in range(group[0])][-len(group):]
            if len(earlier) == len(group):
                for n, m in zip(group, earlier):
                    out[n] = ("earlier", m)
    return out


#: A change's verb and the run of figures listed after it (同比增长12.6%、9.3%、15.9%).
_CHANGE_LIST = re.compile(r"(?:增长|下降|提高|降低|上升|增加|减少)了?\s*$")
#: What stands between the figures of such a run: a list mark alone.
_RUN_GLUE = re.compile(r"\s*(?:、|和|及|与)\s*$")


def listed_changes(sentence, indexed: list) -> dict[int, tuple]:
    """A run of changes with no 分别 (…8.28亿元,同比增长12.6%、9.3%、15.9%): as many figures
    listed right after a change's verb as the sentence stated before them are those figures'
    changes, in order, as 分别 would say ("earlier"); {} otherwise."""
    text = sentence.text
    for n, (_, fig) in enumerate(indexed):
        if n == 0 or not _CHANGE_LIST.search(text, max(sentence.start, fig.start - 6), fig.start):
            continue
        run = [n]
        while run[-1] + 1 < len(indexed) and _RUN_GLUE.fullmatch(
                text, indexed[run[-1]][1].end, indexed[run[-1] + 1][1].start):
            run.append(run[-1] + 1)
        earlier = list(range(n))
        if len(run) >= 2 and len(run) == len(earlier):
            return {k: ("earlier", m) for k, m in zip(run, earlier)}
    return {}


#: Words that open a comparison base (比2020年, 较上年, 同2019年相比).
_BASE_OPENERS = ("比", "较", "同", "与", "相比")


def _base_or_time(sentence, a: int, b: int) -> bool:
    """Is the listed item ``text[a:b]`` a comparison base or a time as a whole (never a figure's holder;
    本周土豆 is a holder with its time)?"""
    item = sentence.text[a:b].strip()
    return item.startswith(_BASE_OPENERS) or any(t.start <= a + 1 and t.end >= b - 1 for t in sentence.times)


def _named_list(sentence, items: list[tuple[int, int]]):
    """(the metric a 分别 list of names or times shares, the names' spans): 泉州、福州查处量
    分别达…, 2015年、2016年收结案分别为…: every item is a name or time (the first may open
    with its holder: 该院2015年), the last goes on with the shared words; None otherwise
    (甲地玉米和乙地小麦: the items are metrics)."""
    if not items:
        return None
    text = sentence.text
    # 香港地区、新加坡…: a place written with 地区 after its name is one item
    spans = sorted([(m.start, _PLACE_TAIL.match(text, m.end).end() if _PLACE_TAIL.match(text, m.end) else m.end)
                    for m in sentence.mentions] + [(t.start, t.end) for t in sentence.times])
    heads = [next((sp for sp in spans if sp[1] == b), None) for a, b in items[:-1]]
    a, b = items[-1]
    last = next((sp for sp in spans if sp[0] == a + len(sentence.text[a:b]) - len(sentence.text[a:b].lstrip())
                 and sp[1] < b), None)
    if last is None or any(h is None or h[0] < a for h, (a, _) in zip(heads[1:], items[1:-1])):
        return None
    if heads[0] is None:
        return None
    shared = rules.trim_prefix(sentence.text, last[1], b, sentence.skip)
    return (shared, heads + [last]) if shared is not None else None


#: The sectors of an economy listed by their ordinals (第一、二、三产业, 第二、三产业).
_SECTORS = re.compile(r"第[一二三](?:、(?:第)?[一二三])+产业")
#: A region word written after a place's name in a list of places (香港地区, 台湾地区).
_PLACE_TAIL = re.compile(r"地区|特别行政区")
#: What may stand between 分别 and a figure of its list (为：, 达, the figures before, 、 and 和).
_LIST_GLUE = re.compile(r"[分别为是达到约：:，,、和与及\s]*")


def _listed_after(text: str, pos: int, fig_start: int, fig_spans: list[tuple[int, int]]) -> bool:
    """True when only 分别's link words, list marks and figures of the list stand between ``pos``
    (分别) and ``fig_start`` (分别为：3075件、2823件: the list after the colon is 分别's)."""
    at = pos
    for s, e in sorted(fig_spans):
        if s >= fig_start:
            break
        if e <= pos:
            continue
        if not _LIST_GLUE.fullmatch(text, at, s):
            return False
        at = e
    return bool(_LIST_GLUE.fullmatch(text, at, fig_start))


_ITEM_MARKS = r"、|和|与|及|以及"
_ITEM_SPLIT = re.compile(_ITEM_MARKS)
_COMMA_ITEM_SPLIT = re.compile(rf",|，|{_ITEM_MARKS}")  # a page that lists with commas (_comma_listed)


def _comma_listed(text: str, c_start: int, s_start: int, mentions: list) -> int:
    """Where a list of names that commas separate ends before ``c_start``, the start of 分别's
    clause (北京市,广东省,江苏省软件收入分别为…: a page printed with ASCII commas, or a writer,
    lists with , where 、 was meant): earlier clauses that are each one name alone join the list."""
    names = {(m.start, m.end) for m in mentions}
    while c_start > s_start and text[c_start - 1] in ",，":
        previous = rules.clause_start(text, c_start - 2, s_start)
        segment = text[previous:c_start - 1]
        a = previous + len(segment) - len(segment.lstrip())
        if (a, previous + len(segment.rstrip())) not in names:
            break
        c_start = previous
    return c_start


def _list_items(text: str, start: int, end: int, change_base: str | None,
                names: list[tuple[int, int]] = (), marks_only: bool = False,
                commas: bool = False) -> list[tuple[int, int]]:
    """The listed items before 分别 (A和B分别…), trimmed; empty when the clause lists nothing.
    A mark inside a name (呼和浩特市) splits nothing; ``commas``: a comma separates items too."""
    segment = text[start:end]
    if change_base and change_base in segment:
        cut = segment.index(change_base)
        segment, end = segment[:cut], start + cut
    items, pos = [], start
    for m in (_COMMA_ITEM_SPLIT if commas else _ITEM_SPLIT).finditer(text, start, end):
        if any(a < m.start() < b for a, b in names) or marks_only and m.group() != "、":
            continue  # (marks_only: only 、 separates items; 和/及 join words inside one)
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    items = [(a, b) for a, b in items if b > a]
    return items if len(items) >= 2 else []


def _holders_cut(text: str, items: list[tuple[int, int]]) -> tuple[int, tuple[int, int]] | None:
    """(end of the last holder, span of the noun all share) when every listed item is a holder
    (高校、科研院所技术合同成交额: ends in a holder's head, :func:`actors.holder_head`) and the
    last runs on into nouns; else None."""
    if not all(actors.holder_head(text, a, b) for a, b in items[:-1]):
        return None
    a, b = items[-1]
    at = a
    for k, (word, _) in enumerate(words := word_tags(text[a:b])):
        at += len(word)
        rest = words[k + 1:]
        if rest and actors.holder_head(text, a, at) and rest[-1][1].startswith("n") and all(
                flag.startswith(("n", "vn", "a")) for _, flag in rest):  # (jieba tags 合同 a)
            return at, (at, b)
    return None


def _kinds_measured(text: str, shared: tuple[int, int]) -> bool:
    """高技术制造业、装备制造业增加值分别增长…: listed kinds of industry sharing a bare measure noun
    (增加值) are what each figure measures; the place stays the subject."""
    return text[shared[0]:shared[1]] in _list_measures()


@functools.lru_cache(maxsize=1)
def _list_measures() -> frozenset[str]:
    """``models/claim_list_measures.txt``."""
    return frozenset(load_lines("claim_list_measures.txt"))
