"""Speakers and actors: who says a figure (its source, not its subject) and who does it.

News prose names who speaks before what is said: 北京市高院院长寇昉在…作报告时指出，
全市法院新收案件…; 新闻发言人蔡秀国表示，…8起命案全部破获. The figures after the
speech verb are the courts' and the city's (GUIDELINES: subject is who or what a
figure is about), so a name whose clause closes on a speech verb
(``models/claim_speaker_verbs.txt``) is left out of the subject search in
:mod:`pipeline.claims.subjects`. A clause that opens with a verb has no subject of
its own (…破获…案，抓获3名犯罪嫌疑人): :func:`opens_with_verb` tells the subject search
to go on with the name that opened the clause before.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: How far a speaker's clause may run from the name to its verb (院长寇昉在…会议上作报告时指出).
_REACH = 48
#: Marks that end a clause; the speech verb stands right before one (表示，/ 说：/ 指出,).
_CLAUSE_END = "，,；;：:。！？!?\n“\""


@functools.lru_cache(maxsize=1)
def _closing_verb() -> re.Pattern[str]:
    """A speech verb right before a clause mark (or the text's end)."""
    verbs = sorted(load_lines("claim_speaker_verbs.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})$")


def speaks(text: str, end: int) -> bool:
    """True when the clause going on from ``end`` (a name's end) closes on a speech verb
    within a short reach: the name is who speaks (张三表示，… / 寇昉在会上指出，…)."""
    stop = end
    limit = min(len(text), end + _REACH)
    while stop < limit and text[stop] not in _CLAUSE_END:
        stop += 1
    if stop == limit and stop < len(text):
        return False  # no clause mark within reach: a long clause that is not a speaker's
    return bool(_closing_verb().search(text, end, stop))


#: Words that may stand before a clause's verb when it has no subject of its own (还, 共, 已).
_ADVERB_FLAGS = ("d",)


def opens_with_verb(text: str, start: int, end: int) -> bool:
    """True when the clause ``text[start:end]`` opens with a verb (after adverbs at most):
    a clause with no subject of its own (…，抓获3名犯罪嫌疑人), which goes on with the actor before."""
    clause = text[start:end].lstrip(" ,，、")
    for word, flag in word_tags(clause[:12]):
        if flag.startswith(_ADVERB_FLAGS):
            continue
        return flag.startswith("v") and not flag.startswith("vn")
    return False
