"""The event an article reports on, as the subject of figures that name no one else.

A report of a contest, race or fair opens by saying it was held
(2025年南宁市青年电工技能大赛在南宁举行, 举行了全区青年歌手大赛) and then
counts its parts: 86名选手, 48支队伍, 一等奖3个. Those figures are the event's
(GUIDELINES: subject, "who or what it is about"), not the host city's. Event
heads are data (``models/claim_event_heads.txt``); the name runs back from its
head to the nearest mark, quote, 的, 在, 由 or 暨 (一届…暨北京半程马拉松).
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.name_bounds import speech_verbs
from pipeline.text.resources import load_lines

#: Verbs saying an event took place or opened.
_HELD = re.compile(r"举行|举办|开幕|开赛|开跑|起跑|鸣枪|鸣锣|拉开|落幕|闭幕|收官|启幕|揭幕")
#: Characters a name does not run back over: marks, quotes, and the words that open it
#: (由X举办的, 在X, 暨, 了, 是).
_STOP = frozenset("，,。；;：:、“”\"‘’（）()《》\n 　—的在由暨了是为和与及")
#: Characters after a head that make it part of another noun (比赛日, 大赛场, 竞赛项目).
_HEAD_GOES_ON = frozenset("日场队项馆区期")
#: A name shorter than this is its head alone (大赛): the article's topic is then no name.
_MIN_NAME = 4
#: How far back from its head a name may run.
_MAX_NAME = 24


@functools.lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    heads = sorted(load_lines("claim_event_heads.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(h) for h in heads))


@functools.lru_cache(maxsize=1)
def _saying() -> tuple[str, ...]:
    """Verbs a name does not run back over (某某亲王宣布第十七届亚运会闭幕: the name starts after 宣布):
    the two-character ones of ``models/speech_verbs.txt`` (说 and 称 end words of names too)."""
    return tuple(verb for verb in speech_verbs() if len(verb) > 1)


def _name(text: str, start: int, found: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The event name ending at ``found`` (a head), run back to a mark, quote or opening word."""
    if text[found.end():found.end() + 1] in _HEAD_GOES_ON:
        return None  # 比赛日, 赛场: the head is part of another noun
    a = found.start()
    while a > start and found.end() - a < _MAX_NAME and text[a - 1] not in _STOP:
        a -= 1
    a = max([a] + [text.rfind(verb, a, found.start()) + len(verb) for verb in _saying() if verb in text[a:found.start()]])
    name = text[a:found.end()]
    if found.end() - a < _MIN_NAME or _HELD.search(name):
        return None  # 区运会开幕后首个比赛: a time phrase, not a name
    return name, (a, found.end())


#: An event still to come (德化计划举办…文化节，预计接待游客…): the figures are the host's plans.
_PLANNED = re.compile(r"计划|将于|将要|即将|拟|筹备|准备")
#: How far from an event's head its clause is read for a verb of holding.
_REACH = 80
#: The clause marks that bound a verb of holding and its event (举办了X竞赛，…).
_CLAUSE = re.compile(r"[，,；;。！？!?\n]")


def held_events(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """(name, span) of every event ``text[start:end]`` says was held, its verb in the same
    clause (…联合举办了焊工职业技能竞赛，60名选手参赛…): the topic of the clauses after it."""
    found = []
    for m in _heads().finditer(text, start, end):
        floor, ceiling = max(start, m.start() - _REACH), min(end, m.end() + _REACH)  # bounded work per head
        lo = max((c.end() for c in _CLAUSE.finditer(text, floor, m.start())), default=floor)
        hi = next((c.start() for c in _CLAUSE.finditer(text, m.end(), ceiling)), ceiling)
        if _HELD.search(text, lo, hi) and not _PLANNED.search(text, lo, hi):
            named = _name(text, lo, m)
            if named is not None:
                found.append(named)
    return found


def lead_event(text: str, heads: list[tuple[int, int]], sentences: list[tuple[int, int]]
               ) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of the event the first of ``sentences`` says was held, or None.

    Only for an article whose headline lines (``heads``: spans of ``text``) speak of
    an event (某市举办青年歌手大赛, 全省游泳锦标赛收官): a tourism story whose lead
    mentions a festival in passing stays the city's. ``sentences`` are (start, end)
    spans of the lead; only the first one holding an event head is read, and only
    when it also holds a verb of holding (举行, 开幕…).
    """
    if not any(_heads().search(text, a, b) or "赛" in text[a:b] for a, b in heads):
        return None
    for start, end in sentences:
        found = _heads().search(text, start, end)
        if found is None:
            continue
        if not _HELD.search(text, start, end) or _HEAD_IN_BODY.match(text, found.end()):
            return None  # 据某某体育竞赛管理中心统计: the head names a body, not an event
        return _name(text, start, found)
    return None


#: Words after an event's head that make it part of a body's name (竞赛管理中心, 运动会组委会).
_HEAD_IN_BODY = re.compile(r"(?:管理|组委会|执委会|委员会|协会|中心|办公室)")


#: What may stand before an event's name at the head of a title: its edition or year (首届, 第十三届, 2024年).
_EDITION = re.compile(r"[\s“”\"]*(?P<edition>(?:首届|第[0-9一二三四五六七八九十百]+届|[0-9]{4}年?)?)")


def titled_event(text: str, heads: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of the event a title opens with (首届进博会累计意向成交…, 第十届全运会落幕), or None:
    a story headlined by an event counts its parts, whether or not its lead says it was held."""
    for a, b in heads:
        found = _heads().search(text, a, min(b, a + _MAX_NAME))
        if found is None or text[found.end():found.end() + 1] in _HEAD_GOES_ON:
            continue
        opener = _EDITION.match(text, a, found.start())  # always matches: every part is optional
        if any(ch in _STOP for ch in text[opener.end():found.start()]):
            continue  # 在某地举办的…: the title opens with something else
        start = opener.start("edition")  # the name keeps its edition, not the quotes before it
        if found.end() - start >= 3:
            return text[start:found.end()], (start, found.end())
    return None
