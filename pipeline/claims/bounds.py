"""No metric ends inside or on a bound word (不少于, 多在, 约, 超过).

A metric is cut from a sentence by character rules (trim words, skipped
spans); a cut can land inside a word (``将加装电梯不`` from 不少于) or keep a
qualifier of the figure (``单个面积多`` from 多在200平方米以上). The bound
words are data: the qualifier cues of the figure finder
(``models/figure_qualifiers.tsv``) and the right-edge and comparison words of
``models/claim_metric_trim.tsv`` (and its modal words: 可, 需). Word edges come from jieba's segmentation
of the metric and the few characters after it, so a metric ends where a word
of the sentence ends (:func:`clean_end`); :func:`violation` states the
invariant the tests check on every page we hold.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.words import word_tags
from pipeline.text.resources import load_lines, load_table

#: Characters after a metric read to find the word its last character belongs to.
_LOOKAHEAD = 4
#: Word classes whose one-character words never end a metric: adverbs, prepositions,
#: conjunctions, particles (将, 在, 和, 的 as words of their own).
_END_FLAGS = ("d", "p", "c", "u", "y")
#: Word classes (exact tags) whose two-character words end no metric: conjunctions and state
#: words (只有, 短短); two-character adverbs stay (jieba tags the noun 进度 an adverb).
_MANNER_FLAGS = frozenset({"c", "z"})


@functools.lru_cache(maxsize=1)
def bound_words() -> frozenset[str]:
    """Qualifier cues of figures and right-edge/comparison trim words of metrics."""
    words = {r["word"] for r in load_table("figure_qualifiers.tsv")}
    words |= {r["word"] for r in load_table("claim_metric_trim.tsv") if r["side"] in {"right", "both", "compare", "word"}}
    return frozenset(w for w in words if w)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, class) of jieba's words of ``text[start:end]``, in text offsets."""
    out, pos = [], start
    for word, flag in word_tags(text[start:end]):
        out.append((pos, pos + len(word), word, flag))
        pos += len(word)
    return out


def _split_bound(text: str, start: int, end: int, edges: set[int]) -> str | None:
    """A bound word of the text that runs across ``end`` where jieba sees no word edge."""
    if end in edges:
        return None
    for word in bound_words():
        for k in range(1, len(word)):
            if end - k >= start and text.startswith(word, end - k):
                return word
    return None


@functools.lru_cache(maxsize=1)
def _noun_endings() -> tuple[str, ...]:
    """Metric endings that hold a bound character as a noun (占比, 比重): never trimmed."""
    return tuple(load_lines("claim_rate_nouns.txt"))


def _weak_end(text: str, start: int, kept: list) -> str | None:
    """The last word when it is a bound word or a one-character adverb, preposition,
    conjunction or particle (将, 在, 的) that ends no noun phrase; else None."""
    if len(kept) < 2:
        return None
    a, b, word, flag = kept[-1]
    if text.endswith(_noun_endings(), start, b):
        return None
    if flag in _MANNER_FLAGS and len(word) <= 2:
        return word  # 时间也只有短短: adverbs, conjunctions and states (也, 只有, 短短) end no noun phrase
    return word if word in bound_words() or (len(word) == 1 and flag.startswith(_END_FLAGS)) else None


def violation(text: str, start: int, end: int) -> str | None:
    """The bound word a metric ``text[start:end]`` ends inside or on, else None.

    Inside: a bound word of the text runs across the metric's end and jieba's
    words of the metric and what follows have no edge there (电梯不|少于);
    on: the metric's last word is a bound word (单个面积多|在).
    """
    if end - start < 1:
        return None
    words = _words(text, start, min(len(text), end + _LOOKAHEAD))
    split = _split_bound(text, start, end, {b for _, b, _, _ in words})
    if split:
        return split
    kept = [w for w in words if w[1] <= end]
    if kept and kept[-1][1] == end:
        last = _weak_end(text, start, kept)
        return last if last in bound_words() else None
    return None


def clean_end(text: str, start: int, end: int, limit: int) -> tuple[int, int] | None:
    """The metric ``[start, end)`` cut back to a word edge, its trailing bound words,
    adverbs and particles dropped (将加装电梯不 -> 将加装电梯, 单个面积多 -> 单个面积);
    None when nothing is left. ``limit`` bounds the look-ahead."""
    words = _words(text, start, min(limit, end + _LOOKAHEAD)) if end < limit else _words(text, start, end)
    kept = [w for w in words if w[1] <= end]
    split = _split_bound(text, start, end, {b for _, b, _, _ in words})
    crossing = _cut_word(words, end, limit)
    if crossing is not None:  # 交通违法行|为: a trim word cut off the end of a noun of the sentence
        return start, crossing
    if not split and kept and kept[-1][1] != end:
        kept = _words(text, start, end)  # a word runs on past the end, but no bound word: judge the metric's own words
    if len(kept) == 1 and kept[0][1] == end and (
            kept[0][3] == "z" or (kept[0][2] in bound_words() and not kept[0][3].startswith("v"))):
        return None  # 短短 (六天), 首次 (突破了): a manner or bound word alone measures nothing (持续 is a verb)
    if not split and not _weak_end(text, start, kept):
        return start, end  # the usual case: the metric ends on a word of its own
    while kept and _weak_end(text, start, kept):
        kept.pop()
    if len(kept) == 1 and kept[0][3].startswith(_END_FLAGS):
        return None  # 按 (from 按可比口径): a preposition alone measures nothing
    return (start, kept[-1][1]) if kept else None


def _cut_word(words: list, end: int, limit: int) -> int | None:
    """The end of the word a metric's end cuts, when the cut kept most of it and dropped
    only the edge words a trim takes for a verb (违法行为393起 trimmed to 违法行|为):
    that word, whole, ends the metric. None when ``end`` is a word edge, the word
    runs past ``limit`` or is itself a bound word (不少于 stays cut: :func:`clean_end`)."""
    for a, b, word, _ in words:
        if a < end < b:
            if b > limit or end - a <= b - end or word in bound_words():
                return None
            cut = word[end - a:]
            if cut in figure_qualifiers():
                return None  # 直径约|4公分: the qualifier jieba glued to the noun is the figure's
            return b if cut in bound_words() else None
    return None


@functools.lru_cache(maxsize=1)
def figure_qualifiers() -> frozenset[str]:
    """The qualifier cues of figures (约, 近, 超过): a metric's end never takes one back."""
    return frozenset(r["word"] for r in load_table("figure_qualifiers.tsv") if r["word"])


#: A metric longer than this is a clause, not a name: its closing noun phrase is kept.
MAX_METRIC = 12
#: Word classes of a noun phrase's words (nouns, noun-verbs, adjectives, distinguishers, abbreviations).
_NOUN_FLAGS = ("n", "vn", "an", "a", "b", "j", "l", "eng", "nz", "ng", "k")


#: Prepositions that open a verb's adverbial (在中亚地区|出口, 向种植公司|赔付, 给困难户|发放). Not 对 or
#: 从: a trade's partner names the flow measured (对东盟出口, 从澳大利亚进口).
_ADVERBIAL_PREPOSITIONS = frozenset({"在", "向", "给"})


def past_adverbial(text: str, start: int, end: int) -> tuple[int, int]:
    """A metric that ends in a verb after a preposition's phrase (在中亚地区出口, 向种植公司赔付):
    the verb, which names the act measured; the phrase says where or to whom. A metric with a
    noun after its verb (向社会公开招聘人数), or none before the preposition's object, is kept."""
    words = _words(text, start, end)
    if len(words) < 3 or not words[-1][3].startswith("v"):
        return start, end
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i][2] in _ADVERBIAL_PREPOSITIONS
               and words[i][3] == "p"), None)
    if at is None or not any(flag.startswith(_NOUN_FLAGS) for _, _, _, flag in words[at + 1:-1]):
        return start, end
    verb = len(words) - 1
    while verb - 1 > at + 1 and words[verb - 1][3].startswith("v"):
        verb -= 1  # 减税降费: a run of verbs is one act
    return (words[verb][0], end) if end - words[verb][0] >= 2 else (start, end)


def noun_tail(text: str, start: int, end: int, after_figure: bool = False) -> tuple[int, int]:
    """The noun phrase closing a long metric (当地累计完成林业碳汇项目开发面积 -> 林业碳汇项目开发面积):
    a metric says what is measured, never a whole clause. A verb between nouns stays
    (项目开发面积, 商业展展览面积); the phrase kept is at most :data:`MAX_METRIC` long;
    short metrics are kept as they are, and so is an act after its figure, opening with a
    verb (有近八成表现为…等普通疾病: what those counted do)."""
    if after_figure and (word_tags(text[start:start + 4]) or [("", "")])[0][1] == "v":
        return start, end
    if end - start - _gloss_length(text, start, end) - _conjunct_length(text, start, end) <= MAX_METRIC:
        return start, end  # 细颗粒物(PM2.5)年均浓度: a gloss in brackets adds no words
    words = _words(text, start, end)
    glossed = [m.span() for m in _LATIN_GLOSS.finditer(text, start, end)]  # 研究与试验发展（R&D）经费: it names them
    nounish = [flag.startswith(_NOUN_FLAGS) or word in "、和与及" or any(a <= w < b for a, b in glossed)
               for w, _, word, flag in words]
    a = end
    for i in range(len(words) - 1, -1, -1):
        if not (nounish[i] or (a < end and _inner_verb(words, nounish, i))):
            break
        if a < end and end - words[i][0] - sum(b - g for g, b in glossed if g >= words[i][0]) > MAX_METRIC:
            break  # the closing phrase itself stays the length of a name
        a = words[i][0]
    while a < end and text[a] in "、和与及":
        a += 1
    if text[a:a + 1] in _OPEN:  # a gloss opens no phrase: it names the words before it
        a = next((w_end for w_start, w_end in glossed if w_start == a), a)
    return (a, end) if end - a >= 2 else (start, end)


_GLOSS = re.compile(r"[(（][^()（）]{1,10}[)）]")
#: An abbreviation glossing the words before it ((R&D), （GDP）, (PM2.5)): part of the noun run.
_LATIN_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z0-9&.+\-]{0,9}[)）]")
#: Conjunctions joining two noun phrases into one name (预排和外排水量, 展览和文化活动).
_CONJUNCTIONS = "和与及"
#: The longest right conjunct counted as part of one name.
_MAX_CONJUNCT = 8


def _conjunct_length(text: str, start: int, end: int) -> int:
    """Characters of a short right conjunct (和 and what follows it, up to :data:`_MAX_CONJUNCT`):
    A和B names one thing, the length of a name is A's; 0 without a conjunction."""
    conj = max(text.rfind(c, start, end) for c in _CONJUNCTIONS)
    if conj <= start or end - conj - 1 > _MAX_CONJUNCT or end - conj - 1 < 2:
        return 0
    return end - conj


def _gloss_length(text: str, start: int, end: int) -> int:
    """Characters of short bracketed glosses inside ``text[start:end]``."""
    return sum(len(m.group()) for m in _GLOSS.finditer(text, start, end))


def _inner_verb(words: list, nounish: list[bool], i: int) -> bool:
    """A verb (or run of verbs) with a noun right before it: part of a compound (商业展展览面积)."""
    j = i
    while j >= 0 and words[j][3].startswith("v"):
        j -= 1
    return j < i and j >= 0 and nounish[j]


_OPEN, _CLOSE = "(（", ")）"
#: How far past a metric's end its closing bracket is looked for (地区生产总值(GDP|)).
_CLOSE_REACH = 12


def balanced(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The metric with its brackets closed: one opened inside it and closed shortly after
    (before ``limit``) takes the close (地区生产总值（GDP -> 地区生产总值（GDP）); one never
    closed is cut off with what follows it; a metric with no open bracket is returned as it is."""
    span = text[start:end]
    if sum(span.count(c) for c in _OPEN) <= sum(span.count(c) for c in _CLOSE):
        return start, end
    for pos in range(end, min(limit, end + _CLOSE_REACH)):
        if text[pos] in _CLOSE:
            return start, pos + 1
        if text[pos] in _OPEN or text[pos] in "，。；,;\n":
            break
    cut = max(span.rfind(c) for c in _OPEN)
    return (start, start + cut) if cut >= 2 else (start, end)


#: A share phrase before its figure: 占 + the whole + 的 + the share's noun (+ a copula).
_SHARE_NOUN = re.compile(r"占[^，,。；;]{1,20}的(?P<noun>[^，,。；;的]{2,8}?)(?:为|是)?$")


def share_noun(text: str, start: int, end: int) -> tuple[int, int]:
    """能繁母猪存栏占生猪存栏的猪群比为9.6%: the noun after the share's 的 is what is measured
    (`猪群比`), not the whole 占 phrase; a copula closing a metric (为) is no part of it."""
    m = _SHARE_NOUN.search(text, start, end)
    if m is not None and m.start() >= start:
        return m.start("noun"), m.end("noun")
    if end - start > 2 and text[end - 1] == "为" and _words(text, start, end)[-1][2] == "为":
        return start, end - 1  # (违法行为, 成为: 为 inside a word of its own stays)
    return start, end
