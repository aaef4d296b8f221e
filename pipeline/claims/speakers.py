"""Speakers and actors: who says a figure (its source, not its subject) and who does it.

News prose names who speaks before what is said: 北京市高院院长寇昉在…作报告时指出，
全市法院新收案件…; 新闻发言人蔡秀国表示，…8起命案全部破获. The figures after the
speech verb are the courts' and the city's (GUIDELINES: subject is who or what a
figure is about), so a name whose clause closes on a speech verb
(``models/claim_speaker_verbs.txt``) is left out of the subject search in
:mod:`pipeline.claims.subjects`. A clause that opens with a verb has no subject of
its own (…破获…案，抓获3名犯罪嫌疑人): :func:`opens_with_verb` tells the subject search
to go on with the name that opened the clause before. Inside a quotation the speaker's
first-person words (我家, 公司, 店里) make its figures the speaker's own (:func:`quoted_owner`).
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
    if _COLON_LABEL.match(text, end):
        return True  # 某公司总经理 张三：我们厂…: an interview's speaker label
    stop = end
    limit = min(len(text), end + _REACH)
    while stop < limit and text[stop] not in _CLAUSE_END:
        stop += 1
    if stop == limit and stop < len(text):
        return False  # no clause mark within reach: a long clause that is not a speaker's
    return bool(_closing_verb().search(text, end, stop))


#: A colon right after a name (张三：…, 张三 ：…): the name labels what a speaker says, as an interview writes it.
_COLON_LABEL = re.compile(r"[ \u3000]?[:：]")


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


#: First-person words of a quotation that make its figures the speaker's own: a person's
#: (我家种了4亩) or the speaker's body's (公司农产品发货量…, 我们合作社流转土地…).
_OWN_PERSON = re.compile(r"我家|我们家|咱家|(?:^|[，,“])我(?![国省市县区州镇乡们])")  # not 我国, 我市: places
_OWN_BODY = re.compile(r"我们(?:公司|企业|厂|店|合作社|村|基地)|厂里|店里|本店")
#: A body named bare (公司农产品发货量…): the speaker's own only when the speaker is introduced as
#: its officer (某某公司负责人雷财说), not in an official's quotation about firms in general.
_BARE_BODY = re.compile(r"(?<![该本各])(?:公司|企业|合作社)")
#: How far before a quotation its speaker may stand (某某公司负责人雷财说：“…), and after it (…”张三说).
_BEFORE, _AFTER = 16, 24
#: How far before its officer (负责人, 经理, 老板) a body of the speaker's introduction may stand.
_INTRO = 24


def quoted_owner(text: str, fig_start: int, mentions: list):
    """The speaker (person, or the body the speaker heads) whose own figure ``fig_start`` is,
    when it stands inside a quotation that speaks of the speaker's own (我家, 公司, 我们合作社),
    as (name, (start, end)); else None. A quotation's figures are usually the speaker's claims
    about something else (the city's, the industry's): only the first-person words make them
    the speaker's own. An interview's label (某公司总经理 张三：我们厂…) opens a quotation too,
    to the paragraph's end."""
    para = text.rfind("\n", 0, fig_start) + 1
    opened = text.rfind("“", para, fig_start)
    labelled = None
    if opened < 0 or text.find("”", opened, fig_start) >= 0:
        labelled = next((m for m in mentions if m.label == "PERSON" and para <= m.start and m.end < fig_start
                         and _COLON_LABEL.match(text, m.end)), None)
        if labelled is None:
            return None
        opened = _COLON_LABEL.match(text, labelled.end).end() - 1
    quote = text[opened + 1:fig_start]
    own_body, bare_body, person_words = _OWN_BODY.search(quote), _BARE_BODY.search(quote), _OWN_PERSON.search(quote)
    if not (own_body or bare_body or person_words):
        return None
    if labelled is not None:
        people = [labelled]
    else:
        close = text.find("”", fig_start)
        people = [m for m in mentions if m.label == "PERSON" and (
            opened - _BEFORE <= m.end <= opened and para <= m.start
            or close >= 0 and close < m.start <= close + _AFTER) and speaks(text, m.end)]
    if not people:
        return None
    speaker = min(people, key=lambda m: abs(m.start - opened))
    if own_body or bare_body:
        bodies = [m for m in mentions if m.label == "ORG" and speaker.start - _INTRO <= m.end <= speaker.start
                  and para <= m.start]
        if bodies:
            return bodies[-1].name, (bodies[-1].start, bodies[-1].end)
    if own_body or person_words:
        return speaker.name, (speaker.start, speaker.end)
    return None
