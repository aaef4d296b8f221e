"""Named things a claim can be about though no entity names them: projects, funds, sites.

The entity tagger names places, bodies and people; a figure is often about a
thing the page names by a phrase instead (总投资2.5亿元的X三期项目, 首期规模100亿元的
Y基金, Z区W集体土地租赁住房项目总套数901套). Two readings find such phrases for
:mod:`pipeline.claims.subjects`:

- :func:`described_thing`: the phrase a figure describes through 的 (figure + 的 +
  phrase ending in a head of ``models/claim_described_heads.tsv``);
- :func:`thing_name_end`: how far a place or body name runs on into the name of a
  singular thing it opens (a project, a works, a park: the heads of kind ``thing``).
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_table
from pipeline.text.words import word_tags

#: Characters a name phrase does not run over (动工的|江北储能项目): marks, 的 and function words.
PHRASE_STOP = frozenset("，,。；;：:、“”\"‘’（）()《》\n 　—-的在由了是为和与及")
#: A figure's own bound word and the 的 after it (2亿元的, 300余亩的).
_FIGURE_DE = re.compile(r"(?:余|多|左右|以上)?的")
#: Word classes of the words between a name and the head it opens (A股|上市|公司, 集体|土地|建设).
_NAME_WORD_FLAGS = ("n", "vn", "v", "b", "a", "j", "nz", "eng", "x", "m", "q", "l", "k", "f")
#: Word classes that open a predicate right after a name (郑州新增企业, 郑州已建成项目).
_PREDICATE_FLAGS = frozenset({"v", "d", "p", "c"})
#: A count right after a phrase (项目26个, 企业共120家): the phrase is what is counted, its metric.
_COUNT_NEXT = re.compile(r"[共达约近超逾]?[0-9一二三四五六七八九十两百千万]")
#: A count right before a head (299个项目, 12家企业): the head is many things, not one.
_COUNTED_BEFORE = re.compile(r"[0-9一二三四五六七八九十两百千万][个家座条所批项]$")
#: How far a described phrase or a thing's name runs at most, in characters.
_DESCRIBED_MAX, _NAME_MAX = 14, 12


@functools.lru_cache(maxsize=2)
def _heads(things_only: bool = False) -> re.Pattern[str]:
    """The heads of ``models/claim_described_heads.tsv`` (only the singular things', when asked) as
    one pattern, longest first."""
    heads = [r["head"] for r in load_table("claim_described_heads.tsv") if r["kind"] == "thing" or not things_only]
    return re.compile("|".join(sorted(heads, key=len, reverse=True)))


@functools.lru_cache(maxsize=1)
def thing_heads() -> tuple[str, ...]:
    """The heads of singular things (项目, 工程, 大桥…) of ``models/claim_described_heads.tsv``."""
    return tuple(r["head"] for r in load_table("claim_described_heads.tsv") if r["kind"] == "thing")


def described_thing(text: str, fig_start: int, fig_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the named thing a figure describes through 的 (投资1亿元的华威专用车生产项目):
    the phrase after 的, up to its first head with at least two characters before it, within
    fourteen characters and no mark, 的 or digit between; None when the figure is not so placed."""
    fig_end = next((e for s, e in fig_spans if s == fig_start), None)
    de = _FIGURE_DE.match(text, fig_end) if fig_end is not None else None
    if de is None:
        return None
    a = de.end()
    stop = a
    while stop < len(text) and stop - a < _DESCRIBED_MAX and text[stop] not in PHRASE_STOP and not text[stop].isdigit():
        stop += 1
    head = _heads().search(text, a + 2, stop)
    return (a, head.end()) if head is not None else None


def thing_name_end(text: str, name_end: int, dates: list[int] = ()) -> int | None:
    """Where the name of a singular thing ends when a place or body name ending at ``name_end``
    opens it with no mark between (成寿寺|集体土地建设租赁住房项目, X高速|长沙段扩容工程), else None.

    Only heads of kind ``thing`` (项目, 工程, 园区…): bodies or people after a place
    (南宁制造业企业, 株洲农村居民) are the place's own. No phrase when a time (``dates``: where
    DATE entities start; 美国4月非农部门), a verb (郑州新增企业) or a count after it
    (相城区新签约项目26个: what the figure counts) says the words are no name, nor when 各
    or 所有 spreads the head over all the place's things (重庆市各大景区).
    """
    end = name_end
    while (end < len(text) and end - name_end < _NAME_MAX and text[end] not in PHRASE_STOP
           and not text[end].isspace() and end not in dates):
        end += 1
    head = _heads(things_only=True).search(text, name_end + 1, end)
    if head is None:
        return None
    words = word_tags(text[name_end:head.end()])
    if not words or not all(flag.startswith(_NAME_WORD_FLAGS) for _, flag in words):
        return None
    if words[0][1] in _PREDICATE_FLAGS or _COUNT_NEXT.match(text, head.end()):
        return None
    if text.startswith(_EVERY, name_end):
        return None  # 重庆市各大景区: every such thing of the place, the place's own figures
    return head.end()


#: Words that spread a head over all of a place's things (各大景区, 各个园区, 所有项目).
_EVERY = ("各", "所有", "全部")


#: Words that may open a clause before its bare head (其中, 目前, 该…: 该 has its own reading).
_OPENERS = re.compile(r"[\s,，“”\"]*(?:其中|目前|同时|此外|另外|而|并)?[\s,，]*")


def bare_head(text: str, c_start: int, fig_start: int) -> tuple[str, tuple[int, int]] | None:
    """(name, span of the head) when the clause opens with the bare head of a singular thing
    (火箭起飞质量为243吨, 项目总投资50亿元) and a sentence before wrote that thing's name
    (“长征”三号甲运载火箭…): the head points back to it, as 该火箭 would. The name is the two to
    ten characters written before the head's last earlier occurrence, back to a mark or 的, less
    the verbs that open them (正在建设)."""
    at = _OPENERS.match(text, c_start, fig_start).end()
    head = _heads(things_only=True).match(text, at, fig_start)
    if head is None or text[head.end():head.end() + 1] in {"", "的"}:
        return None
    earlier = text.rfind(head.group(), max(0, at - 300), at)
    if earlier < 0:
        return None
    if _COUNT_NEXT.match(text, earlier + len(head.group())) or _COUNTED_BEFORE.search(text, max(0, earlier - 4), earlier):
        return None  # 国省道项目299个…，项目总投资…: many projects, no one thing's name to point back to
    a = earlier
    while a > 0 and earlier - a < 10 and text[a - 1] not in PHRASE_STOP:
        a -= 1
    for word, flag in word_tags(text[a:earlier]):  # 正在建设|滨湖数据中心项目: the verb is no part of the name
        if flag not in _PREDICATE_FLAGS and flag != "vn":
            break
        a += len(word)
    if earlier - a < 2:
        return None
    return text[a:earlier + len(head.group())], head.span()
