"""Whether a time frames its sentence: states the period of what the sentence goes on to say.

Split from :mod:`pipeline.claims.times` (issue #14). A sentence hands its period
on to the sentences after it only when the time opens what it states
(王志刚表示，过去五年，…), not when it dates one figure after a statement
(技术市场合同成交额翻了一番，2019年达到…). The clauses before the time decide:
a link word, a time alone, a byline, a source or a telling only frame; a
figure or a statement does not; a source clause (根据某数据统计, 记者从某处获悉)
opens what is told after it, whatever came before.
"""

from __future__ import annotations

import re

#: Between a time and the figure it dates: at most 的, 为 or 是 (2015年的8.4万人, 上年为3.2%).
ATTACHED_GAP = re.compile(r"\s*(?:的|为|是)\s*")


#: A clause that only frames what follows it: who tells (王志刚表示, 海关总署8日发布数据), where
#: it is read (据统计, 在…方面, 会上), a dateline (北京7月22日电) or a link (此外, 同时); a time
#: after such clauses still opens the sentence.
_FRAME_OPENER = re.compile(r"\s*(?:本报讯|[^,，;；:：]{0,20}?电)?\s*(?:据|根据|在|截至|随着|其中|此外|同时|另外|对此|会上|记者|从)")
_FRAME_CLOSER = re.compile(r"(?:表示|指出|介绍|透露|宣布|披露|通报|强调|说|称|显示|获悉|了解到|认为|看"
                           r"|数据|电|讯|消息|报道)\s*$")
#: A clause naming the source of what follows (根据某数据统计, 据介绍, 记者从某处获悉, 数据显示):
#: the statement starts after it, whatever figure-free clause came before.
_SOURCE_CLAUSE = re.compile(r"^\s*(?:据|根据)[^,，;；:：]*(?:统计|介绍|了解|显示|数据|消息|报道)\s*$"
                            r"|(?:获悉|了解到|显示)\s*$")
#: A clause this short is a link word (此外, 整体上), not a statement.
_LINK_LEN = 4
#: The marks between the clauses of a sentence (brackets are not: 报告(2025)显示 is one clause).
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")


def frames(text: str, s_start: int, time, fig_starts, times=()) -> bool:
    """True when ``time`` opens what its sentence states: not written right before a figure
    (2020年的第14位 dates that figure), and every clause before its own is figure-free and only
    frames (王志刚表示，过去五年，…; 本报讯（记者 某某）昨日，…), unlike a statement
    (技术市场合同成交额翻了一番，2019年…)."""
    gap = ATTACHED_GAP.match(text, time.end)
    if gap and gap.group().strip() and gap.end() in fig_starts:
        return False  # (春节假期8天 measures the period, it does not date it away)
    pos, opens = s_start, True
    for brk in _CLAUSE_BREAK.finditer(text, s_start, time.start):
        if _SOURCE_CLAUSE.search(text[pos:brk.start()]):
            # 某事已收官，根据某数据统计，一季度，…: what is told starts after its source, even one
            # that counts what it surveyed (对28家商场、8家购物中心统计显示，国庆长假以来，…)
            opens = True
        elif any(pos <= f < brk.start() for f in fig_starts):
            return False
        elif not _framing(text, pos, brk.start(), times):
            opens = False
        pos = brk.end()
    return opens


#: A byline or gloss in brackets, and a newspaper's dateline word: no statement of a clause.
_ASIDE = re.compile(r"[（(][^()（）]*[)）]|本报讯|\s")


def _framing(text: str, start: int, end: int, times) -> bool:
    """True for a clause that only frames the sentence: a link word, a time alone (byline and
    dateline aside: 本报讯（记者 某某）昨日), a source or a telling (据统计, 某某表示)."""
    clause = text[start:end]
    if _FRAME_OPENER.match(clause) or _FRAME_CLOSER.search(clause):
        return True
    for t in sorted((t for t in times if start <= t.start and t.end <= end), key=lambda t: -t.start):
        clause = clause[:t.start - start] + clause[t.end - start:]
    return len(_ASIDE.sub("", clause)) <= _LINK_LEN
