"""Final checks of both modes: the words right around a name that say it is no body, or a person.

Two regular errors of the tagger and the rules, seen on real news pages and
in the public NER sets' conventions (MSRA tags nothing in 全省党政机关;
CLUENER tags the names in 记者某某通讯员某某 as people):

- :func:`drop_scoped`: a scope word (全市, 全省, 全县 …) before a kind of body
  (全市|法院, 全省|公安机关) speaks of all the courts or police of the
  place, a collective, not one body: 市法院 is no entity there (GUIDELINES:
  references such as 全市 are not entities either);
- :func:`byline_people`: a short name between two byline labels (记者|某某|通讯员)
  is a person even when the tagger called it a body or a place.

Pure functions on candidates ``(start, end, label, rule)`` of the text given.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.tagger_checks import name_heads
from pipeline.entities.tagger_fixes import is_known_place
from pipeline.text.words import jieba_dictionary

Candidate = tuple[int, int, str, str]

#: Administrative levels that 全 turns into a scope (全市, 全省, 全县, 全区, 全州, 全镇, 全乡).
_SCOPED_LEVELS = frozenset("省市县区州镇乡")
#: Labels a scope word's body or a byline's name may have been given.
_BODY_LABELS = frozenset({"ORG", "LOC", "GPE"})
#: Characters that close a byline's name when no second label follows (记者 某某）, 记者某某、某某).
_BYLINE_CLOSERS = frozenset("）)、 \u3000/")
#: Longest label of ``models/credit_labels.txt`` tried before a name.
_LONGEST_LABEL = 4


def drop_scoped(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` without the bodies a scope word opens (全|市法院, 全|省公安厅 as a collective).

    The 全 must be a word of its own with the level: not the end of a
    dictionary word (安全|市场监管局, 健全|省级…), which leaves the name alone.
    """
    words = jieba_dictionary()
    return [span for span in spans if not _scoped(text, span, words)]


def _scoped(text: str, span: Candidate, words) -> bool:
    """Is ``span`` a level character's body right after a scope 全 (全|市法院)?"""
    start, end, label, _rule = span
    if label not in _BODY_LABELS or start < 1 or end - start < 2 or text[start] not in _SCOPED_LEVELS:
        return False
    return text[start - 1] == "全" and text[start - 2 : start] not in words


def byline_people(text: str, spans: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """``spans`` with the short names of a byline made PERSON (记者|某某|通讯员, 通讯员|某某）).

    The name has two or three characters, opens on a surname, follows a
    byline label (``models/credit_labels.txt``) with nothing between, ends
    before another label or a closing mark, and neither ends in a body's or
    place's head nor is a known place (本报记者|郑州|报道 stays a city).
    """
    return [_byline_person(text, span, lex) for span in spans]


def _byline_person(text: str, span: Candidate, lex: Lexicons) -> Candidate:
    """``span`` as a PERSON when it is a byline's name the tagger labelled otherwise, else unchanged."""
    start, end, label, rule = span
    if label not in _BODY_LABELS or not 2 <= end - start <= 3 or text[start] not in lex.surnames:
        return span
    if not _label_before(text, start, lex) or not _closes_byline(text, end, lex):
        return span
    name = text[start:end]
    if name.endswith(name_heads()) or is_known_place(name, lex):
        return span
    return (start, end, "PERSON", rule)


def _label_before(text: str, start: int, lex: Lexicons) -> bool:
    """Does a byline label end right at ``start`` (记者|, 通讯员|)?"""
    return any(text[max(0, start - n) : start] in lex.credit_labels for n in range(2, _LONGEST_LABEL + 1))


def _closes_byline(text: str, end: int, lex: Lexicons) -> bool:
    """Does the byline go on to another label, or close, right at ``end``?"""
    if end == len(text) or text[end] in _BYLINE_CLOSERS:
        return True
    return any(text[end : end + n] in lex.credit_labels for n in range(2, _LONGEST_LABEL + 1))
