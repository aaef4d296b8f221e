"""The event an article reports on, as the subject of figures that name no one else.

A report of a contest, race or fair opens by saying it was held
(2013年铁路货车运用系统职业技能竞赛在济南举行, 举行了全市女职工才艺大赛) and then
counts its parts: 540名选手, 22支代表队, 一等奖3个. Those figures are the event's
(GUIDELINES: subject, "who or what it is about"), not the host city's. Event
heads are data (``models/claim_event_heads.txt``); the name runs back from its
head to the nearest mark, quote, 的, 在, 由 or 暨 (一届…暨北京半程马拉松).
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_lines

#: Verbs saying an event took place or opened.
_HELD = re.compile(r"举行|举办|开幕|开赛|开跑|起跑|鸣枪|鸣锣|拉开|落幕|闭幕|收官|启幕|揭幕")
#: Characters a name does not run back over: marks, quotes, and the words that open it
#: (由X举办的, 在X, 暨, 了, 是).
_STOP = frozenset("，,。；;：:、“”\"‘’（）()《》\n 　的在由暨了是为和与及")
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


def lead_event(text: str, heads: list[tuple[int, int]], sentences: list[tuple[int, int]]
               ) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of the event the first of ``sentences`` says was held, or None.

    Only for an article whose headline lines (``heads``: spans of ``text``) speak of
    an event (济宁举办女职工才艺大赛, 全国游泳冠军赛收官): a tourism story whose lead
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
        if not _HELD.search(text, start, end) or text[found.end():found.end() + 1] in _HEAD_GOES_ON:
            return None  # 比赛日, 赛场: the head is part of another noun
        a = found.start()
        while a > start and found.end() - a < _MAX_NAME and text[a - 1] not in _STOP:
            a -= 1
        name = text[a:found.end()]
        if found.end() - a < _MIN_NAME or _HELD.search(name):
            return None  # 全运会开幕后首个比赛: a time phrase, not a name
        return name, (a, found.end())
    return None
