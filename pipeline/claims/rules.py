"""The metric of a claim: the shortest span saying what a figure measures.

Chinese news states a quantity in two shapes, and the metric sits on a
different side of the figure in each (GUIDELINES: Claims; DESIGN.md §5):

- predicate: ``日均解决急难愁盼问题1.1万件``, ``群众满意率达95%`` — the noun
  phrase before the figure, once verbs and qualifiers (达 突破 提升至 近 …)
  are trimmed from its right end and subjects, times and connectives from
  its left end;
- attributive: ``建成39家青年人才驿站``, ``34.7岁的平均年龄`` — the noun
  phrase after the figure's measure word (and an optional 的): read by
  :mod:`pipeline.claims.metric_after`.

The attributive reading wins when a noun phrase follows the figure; word
classes come from jieba's tagger (through jieba-rs), only on the few
characters after each figure, so the cost is per figure, not per article.
Word lists are data: ``models/claim_metric_trim.tsv``,
``models/claim_rank_cues.txt``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.text.regex_guard import Scanner, scanner
from pipeline.text.resources import load_lines, load_table
from pipeline.text.words import word_tags

#: Marks that end a clause (analysis text is width-folded: ， -> ,).
#: A space too: headlines set two phrases apart with one (甲地丰收 亩产增至2吨).
CLAUSE_MARKS = frozenset(",;:!?。；，：！？\n()（） \u3000")
#: Bound words written right after a figure's span (500余人, 6小时内, 92%以上).
_BOUND_AFTER = re.compile(r"余|多|来|以上|以下|左右|上下|之多|以内|内")
#: A short parenthetical right after a measure word: 10.92万套(间) (phrases.past_gloss reads it too).
PAREN = re.compile(r"[(（][^()（）\n]{1,3}[)）]")
#: Characters never part of a metric edge.
EDGE_JUNK = "、,;:“”\"'‘’《》()（） \t—–-"  # dashes: a subtitle's ——
LIST_WORDS = ("和", "与", "及", "以及", "或")
#: 及以上 / 及以下 after a class (地级及以上城市, 县级及以上医院): one modifier, not a list.
AND_BEYOND = ("以上", "以下")
#: Nouns that only restate a duration unit: 一个月的时间 measures nothing new.
EMPTY_NOUNS = ("时间", "时候", "期间", "时长")
@dataclass(frozen=True, slots=True)
class TrimWords:
    right: tuple[str, ...]
    left: tuple[str, ...]
    rank: tuple[str, ...]
    compare: re.Pattern[str]
    #: ``right`` / ``left`` as (length, words of that length), longest first: the
    #: edge loops of trim_prefix look up one slice per length instead of
    #: calling endswith once per word (the words are distinct, so at most one
    #: word of each length can sit at an edge: longest-first order is kept).
    right_by_len: tuple[tuple[int, frozenset[str]], ...] = ()
    left_by_len: tuple[tuple[int, frozenset[str]], ...] = ()


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(w) for w in words}, reverse=True)
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)


def _edge_word_len(text: str, a: int, b: int, by_len, right: bool) -> int:
    """Length of the longest edge word (shorter than the span) at the right or left edge of [a, b); 0 if none."""
    for n, words in by_len:
        if n < b - a and (text[b - n:b] if right else text[a:a + n]) in words:
            return n
    return 0


@functools.lru_cache(maxsize=1)
def trim_words() -> TrimWords:
    """The edge words of ``models/claim_metric_trim.tsv``, longest first."""
    rows = load_table("claim_metric_trim.tsv")
    by_len = lambda words: tuple(sorted(words, key=len, reverse=True))
    right = by_len(r["word"] for r in rows if r["side"] in {"right", "both"})
    left = by_len(r["word"] for r in rows if r["side"] in {"left", "both"})
    compare = "|".join(re.escape(r["word"]) for r in rows if r["side"] == "compare")
    return TrimWords(right, left, by_len(load_lines("claim_rank_cues.txt")), re.compile(
        rf"""(?<![占对环同无类好相自比理经不可])   # 占比 对比 自由 比较 不少于 可比: words, not a comparison
             (?:{compare})
             (?![例重率值赛较如方起于此事而未中来业头衷大高低多少快慢好为强严宽速简])  # 比例 由于 从事 较大 从严 从速""",
        re.VERBOSE), _by_length(right), _by_length(left))


@functools.lru_cache(maxsize=1)
def _averages() -> tuple[str, ...]:
    """Averaging words a metric may end with (``models/claim_metric_average_words.txt``)."""
    return load_lines("claim_metric_average_words.txt")


#: Any clause mark, and the text up to the last one (greedy, so one C scan finds it).
_CLAUSE_MARK = re.compile("[" + re.escape("".join(sorted(CLAUSE_MARKS))) + "]")
_UP_TO_LAST_MARK = re.compile("(?s:.*)[" + re.escape("".join(sorted(CLAUSE_MARKS))) + "]")


#: A word, one space and a digit: a number spaced off the word before it (善款 1851万元).
_SPACED_NUMBER = re.compile(r"(?:[^" + re.escape("".join(sorted(CLAUSE_MARKS))) + r"0-9]|[)）]) [0-9]")


#: A space beside a list word (19%、14.7% 和 20.2%): web copy spaces the items of one list apart.
_LISTED_SPACE = re.compile(r"(?<=[、和与及或]) | (?=[、和与及或])")


def clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause holding ``pos`` (not before ``floor``): just after the last clause mark."""
    if pos <= floor:
        return pos
    m = _UP_TO_LAST_MARK.match(text, floor, pos)
    # 筹集善款 1851万元: web copy spaces a number off the word before it; that space ends no clause
    while m and m.end() - 2 > floor and (_SPACED_NUMBER.match(text, m.end() - 2)
                                         or _LISTED_SPACE.match(text, m.end() - 1)):
        if text[m.end() - 2] in ")）":  # 善款（物） 1851万元: the gloss is stepped over by the caller
            return m.end() - 1
        m = _UP_TO_LAST_MARK.match(text, floor, m.end() - 1)
    return m.end() if m else floor


def clause_end(text: str, pos: int, ceiling: int) -> int:
    """End of the clause holding ``pos`` (not after ``ceiling``): the next clause mark."""
    if pos >= ceiling:
        return pos
    m = _CLAUSE_MARK.search(text, pos, ceiling)
    while m and _LISTED_SPACE.match(text, m.start()):
        m = _CLAUSE_MARK.search(text, m.end(), ceiling)
    return m.start() if m else ceiling


def skip_after(text: str, end: int, limit: int, unit: str, span_text: str) -> int:
    """Past the bound words and measure word written after a figure's span (余张, 内, (间))."""
    pos = end
    for _ in range(3):
        m = _BOUND_AFTER.match(text, pos, limit)
        if m:
            pos = m.end()
            continue
        if unit and not span_text.endswith(unit) and text.startswith(unit, pos) and pos + len(unit) <= limit:
            pos += len(unit)
            continue
        m = PAREN.match(text, pos, limit)
        if m:
            pos = m.end()
            continue
        break
    return pos



def trim_prefix(text: str, start: int, end: int, skip: list[tuple[int, int]],
                change_base: str | None = None) -> tuple[int, int] | None:
    """The noun phrase in ``text[start:end]`` once its edges are trimmed (None if nothing is left).

    ``skip`` holds spans (subjects, dates, references) that are not part of
    a metric when they open it: 郑州人才总量 -> 人才总量.
    """
    words = trim_words()
    a, b = start, end
    glossed = _closing_gloss(text, a, b - 1 if text[b - 1:b] in ("为", "是") else b)
    if glossed is not None and glossed > a:  # 投入强度（R&D经费与GDP之比）为: no 比 of the gloss compares
        b = glossed
    cut = words.compare.search(text, a, b)
    if cut and cut.group() in _SPAN_OPENERS and _SPAN_CLOSE.search(text, cut.end(), b):
        cut = None  # 从申请到放款最快只需3天: a from-to span is what is measured, not a starting level
    if cut:  # 增速高于全国 / 审批时限由原来的 / 比去年多出: the metric ends before the comparison
        if cut.start() == a or not text[a:cut.start()].strip(EDGE_JUNK):
            return None
        b = cut.start()
    per = _last_per(text, a, b)
    if per is not None:  # 每亩补贴 -> 补贴; 价格为每500克 -> 价格
        after = trim_prefix(text, per[1], b, skip, change_base) if per[1] < b else None
        if after is not None:
            return after
        b = per[0]
    changed = True
    while changed and a < b:
        changed = False
        gloss = _closing_gloss(text, a, b)
        if gloss is not None:  # 地区生产总值（GDP）: a gloss closing the noun names it again
            b = gloss
            changed = True
        while b > a and text[b - 1] in EDGE_JUNK:
            b -= 1
            changed = True
        if change_base and text.endswith(change_base, a, b):
            b -= len(change_base)
            changed = True
        cut_len = 0 if text.endswith(_averages(), a, b) else _edge_word_len(text, a, b, words.right_by_len, True)
        if cut_len:  # 日均 keeps its 均 (旅客日均2800万人次)
            b -= cut_len
            changed = True
        for s, e in skip:  # 全国第五 / 比去年: a place or date closing the prefix is a scope or base
            if e == b and s > a and not _quoted(text, s, e):  # 建成“无废社区”: a quoted name is what is built
                b = s
                changed = True
                break
    named = _quoted_name_before(text, a, b)
    if named is not None:  # 开设“爱心托管班”260个: the quoted name is what is counted
        return named
    before_skip = None
    changed = True
    while changed and a < b:
        changed = False
        while a < b and text[a] in EDGE_JUNK:
            a += 1
            changed = True
        for s, e in skip:
            if s == a and e <= b:
                before_skip = before_skip or (a, b)
                a = e
                if text.startswith("的", a):
                    a += 1
                changed = True
                break
        cut_len = _edge_word_len(text, a, b, words.left_by_len, right=False)
        if cut_len:
            a += cut_len
            changed = True
    while a < b and text[a] in EDGE_JUNK:
        a += 1
    while b > a and text[b - 1] in EDGE_JUNK:
        b -= 1
    if a >= b:
        return _strip_junk(text, *before_skip) if before_skip else None
    if b - a < 2 or text[a:b] in words.left or text[a:b] in words.right:  # a lone 和 / 比 / 达 measures nothing
        return None
    return a, b


#: Quotation marks around a name (analysis text is width-folded).
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'", "”\"’'"


def _quoted(text: str, s: int, e: int) -> bool:
    """True when ``text[s:e]`` is set in quotation marks (“无废社区”): a name the figure counts
    (as after a figure: 300个“乐业小站”), not a place or time that scopes it."""
    return s > 0 and text[s - 1] in _OPEN_QUOTES and e < len(text) and text[e] in _CLOSE_QUOTES


def _quoted_name_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The quoted name ``text[a:b]`` closes, its closing mark at ``b`` (建成“无废社区”): what the
    figure after it counts, as 300个“乐业小站” counts the name after it; None otherwise."""
    if b >= len(text) or text[b] not in _CLOSE_QUOTES:
        return None
    opened = max(text.rfind(q, a, b) for q in _OPEN_QUOTES)
    return (opened + 1, b) if opened >= a and 2 <= b - opened - 1 <= _MAX_QUOTED else None


#: The longest quoted name read as a metric (as metric_after reads one after a figure).
_MAX_QUOTED = 15
#: A short gloss in brackets (（GDP）, （第二剂次/第一剂次）).
_GLOSS_AT_END = re.compile(r"[(（][^()（）\n]{1,16}[)）]$")


def _closing_gloss(text: str, a: int, b: int) -> int | None:
    """Where a bracketed gloss closing ``text[a:b]`` opens (地区生产总值（GDP） -> before （):
    the gloss restates the noun before it, the shortest metric leaves it out; None without one
    (a gloss inside a metric stays: 细颗粒物(PM2.5)年均浓度)."""
    if b <= a or text[b - 1] not in ")）":
        return None
    m = _GLOSS_AT_END.search(text, max(a, b - 18), b)
    return m.start() if m else None


#: Comparison words that may open a from-to span (从申请到放款) rather than a starting level.
_SPAN_OPENERS = frozenset({"从", "由"})
_SPAN_CLOSE = re.compile("[到至]")
#: Bound words a gap may end with besides the right trim words (利率低至2.88%).
_GAP_BOUNDS = ("低至", "高至", "最低", "最高")
#: Words that link a noun to its figure as a predicate (利率低至, 价格为, 规模达).
_LINKS = ("为", "至", "达", "是", "超过", "突破", "不足", "不到", "仅", "逾", "高于", "低于")


def predicate_gap(gap: str) -> bool:
    """True when ``gap`` (between a noun and a figure) is only trim words and holds a link word.

    广泛动员近3000支队伍 has only 近: the noun is not what is measured; 年化利率低至2.88%
    has 低至: it is.
    """
    if not gap:
        return False  # no link word in an empty gap
    right_by_len = trim_words().right_by_len
    end = len(gap)
    while end:
        # the bounds first, then the trim words longest first (one slice per length)
        cut = next((len(w) for w in _GAP_BOUNDS if gap.endswith(w, 0, end)), 0)
        cut = cut or next((n for n, words in right_by_len if n <= end and gap[end - n:end] in words), 0)
        if not cut:
            return False
        end -= cut
    return any(link in gap for link in _LINKS) and "有" not in gap


#: A "per" phrase (每亩, 每500克, 每人每期): what the figure is divided by, not what it measures.
_PER = re.compile(r"""(?:每(?:\d[\d.]*)?
                      (?:公斤|千克|平方米|立方米|平方公里|公里|个月|周岁|小时|分钟|秒钟|[人户亩天日年月周期次克斤吨台辆件位名家所]))+""",
                  re.VERBOSE)


def _last_per(text: str, a: int, b: int) -> tuple[int, int] | None:
    if text.find("每", a, b) < 0:
        return None  # most prefixes have no 每: skip the regex scan
    found = None
    for m in _PER.finditer(text, a, b):
        found = m.span()
    return found


def trim_edges(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``text[a:b]`` less marks and quotes at its edges (、, “, spaces); None when nothing is left."""
    return _strip_junk(text, a, b)


def _strip_junk(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a] in EDGE_JUNK:
        a += 1
    while b > a and text[b - 1] in EDGE_JUNK:
        b -= 1
    return (a, b) if a < b else None


def opens_with_rank_cue(text: str, start: int, end: int) -> bool:
    """True for 位居万亿级城市…, 排名全国…: a rank restating an earlier metric."""
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    return any(text.startswith(cue, start, end) for cue in trim_words().rank)


def closing_rank_cue(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The rank cue (排名, 位居…) that ends ``text[start:end]``, as a span; None without one."""
    cue = next((c for c in trim_words().rank if text.endswith(c, start, end)), None)
    return (end - len(cue), end) if cue else None


#: A scope the rank is taken in (在十大城市中, 在同类企业里), closing before the rank cue.
_RANK_SCOPE = re.compile(r"在[^在,;:。]{1,20}?(?:之中|当中|中|里|内)$")


def ranked_before_scope(text: str, start: int, end: int, skip: list[tuple[int, int]]
                        ) -> tuple[int, int] | None:
    """产量增速在十大城市中排名: what ranks is the phrase before the scope (产量增速), trimmed;
    None without a closing rank cue, a scope before it, or a phrase before the scope."""
    cue = closing_rank_cue(text, start, end)
    if cue is None:
        return None
    m = _RANK_SCOPE.search(text, start, cue[0])
    if m is None or m.start() - start < 2:
        return None
    return trim_prefix(text, start, m.start(), skip)


def unit_span(text: str, start: int, end: int, unit: str) -> tuple[int, int] | None:
    """The unit inside a figure's span (30岁 -> 岁): the metric when nothing else names it."""
    if unit and text.endswith(unit, start, end):
        return end - len(unit), end
    return None


#: 两大产业 / 三个城市: a count restating the list before it (电子信息、新能源汽车两大产业营业收入).
_LIST_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}(?:大|个|类|项|种|家|所|座|条|支|只)")


def split_list_tail(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """The last list item cut before a restating count, and the metric after the restated noun.

    ``新能源汽车两大产业营业收入`` -> (end of 新能源汽车, span of 营业收入); no count: (end, None).
    """
    m = _LIST_COUNT.search(text, start, end)
    if not m or m.start() == start:
        return end, None
    words = word_tags(text[m.end():end])
    if len(words) < 2:
        return m.start(), None
    head = len(words[0][0])
    return m.start(), (m.end() + head, end)


#: A row opening on any two Chinese characters (某某旺季) lets a match start at every character, so
#: the scanner stops at each; every match of such a row holds a match of its rest (旺季|淡季).
_ANY_OPENING = "(?:[\\u4e00-\\u9fff]{2})?"


@functools.lru_cache(maxsize=1)
def _time_words() -> tuple[Scanner, Scanner, re.Pattern[str] | None]:
    """The time word patterns as one alternation, scanned by a :class:`Scanner` (every
    sentence is scanned; empty matches are dropped anyway, so the scanner changes nothing);
    the same without the rows of :data:`_ANY_OPENING`; and the rest of those rows, whose
    absence from a sentence lets the lighter scanner find the same matches (~10x faster)."""
    rows = load_lines("claim_time_words.txt")
    rests = [r[len(_ANY_OPENING):] for r in rows if r.startswith(_ANY_OPENING)]
    light = [r for r in rows if not r.startswith(_ANY_OPENING)]
    full = scanner(re.compile("|".join(f"(?:{r})" for r in rows)))
    if not rests:
        return full, full, None
    return full, scanner(re.compile("|".join(f"(?:{r})" for r in light))), re.compile("|".join(rests))


def time_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of clause time words the DATE finder leaves out (此前, 届时, “五一”假期)."""
    full, light, rests = _time_words()
    words = full if rests is not None and rests.search(text, start, end) else light
    return [(a, b) for a, b, _ in words.finditer(text, start, end)]
