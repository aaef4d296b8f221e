"""Both modes: a body's or place's "name" the article counts (3家某某行, 42家某某银行) is a kind, not one body.

A name picks out one body; a count in front of a noun (三家城商行, 42家上市银行,
5个产业园) makes it a class of bodies, whatever word shape the tagger or a
suffix rule saw in it. Where the article counts a span's text once, every
mention of that text reads as the kind (the next sentence may write 城商行
without the count). Names the lexicons know (an org's short name, a place) are
never dropped: 五个安理会常任理事国 counts the members, not the council.

Pure functions on candidates ``(start, end, label, rule)`` of the text given.
"""

from __future__ import annotations

import re

from pipeline.entities.text import Candidate

#: A count of bodies or places right before a name: digits or numerals and a measure word (一 too:
#: 一所师范大学, 一家某某店 name a kind more often than 建一座某某纪念馆 names one).
_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两几百千]+)[家个所座]$")
#: Labels a count can turn into a kind.
_LABELS = frozenset({"ORG", "LOC"})
#: Rules whose names come from a lexicon: a count before them counts something else.
_LEXICON_RULES = frozenset({"org-lexicon", "place", "leader", "credit-outlet", "work", "quoted-program"})
#: How far before a name a count may end (the count itself: up to four digits and a measure word).
_LOOK_BACK = 6


def without_counted_kinds(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the ORG and LOC spans whose text the article writes right after a count."""
    counted = {text[start:end] for start, end, label, rule in found
               if label in _LABELS and rule not in _LEXICON_RULES and _COUNT.search(text, max(0, start - _LOOK_BACK), start)}
    if not counted:
        return found
    return [c for c in found if not (c[2] in _LABELS and c[3] not in _LEXICON_RULES and text[c[0] : c[1]] in counted)]
