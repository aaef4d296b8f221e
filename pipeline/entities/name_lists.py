"""People named in a list with a person already found: fast mode's list context (某某、某某、某某).

An athletes' result list or a roll of award winners names people without a
cue each; one of them found (by a cue or jieba's word classes,
:mod:`pipeline.entities.word_classes`) vouches for the items beside it.
Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.names import AFTER_NAME, NOT_NAME, is_cjk
from pipeline.entities.text import NUMERALS, Candidate
from pipeline.text.words import jieba_dictionary

#: jieba classes of names: a list item jieba holds as such a word may still be a person (张|常宁 ns).
_NAME_CLASSES = ("nr", "nz", "ns")


def listed_people(text: str, spans: list[Candidate], lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """People named in a list with a person already found (an athletes' result list, 某某、某某、某某).

    An item next to a PERSON across a 、 (or 和/及/与) that is two or three
    Chinese characters, opens on a surname and is no ordinary word is a
    person too, even where jieba reads it as a place (张|常宁, 罗川) or cuts
    it; the list spreads from item to item. The spans may cover a lexicon
    place inside them; :mod:`pipeline.entities.recognizer` resolves that.
    """
    people = {(s, e) for s, e, label, _rule in spans if label == "PERSON"}
    if not people or "、" not in text:
        return []
    dictionary = jieba_dictionary()
    found: list[Candidate] = []
    queue = sorted(people)
    while queue:
        start, end = queue.pop()
        for item in (_item_after(text, end, common), _item_before(text, start)):
            if item and item not in people and _listed_name(text[item[0] : item[1]], lex, common, dictionary):
                people.add(item)
                queue.append(item)
                found.append((item[0], item[1], "PERSON", LIST_RULE))
    return found


#: The rule name of a person found by :func:`listed_people`.
LIST_RULE = "name-list"


def _item_after(text: str, end: int, common: dict[str, str]) -> tuple[int, int] | None:
    """The list item after a name ending at ``end`` (、 then 2–3 characters, then a non-name character)."""
    if text[end : end + 1] != "、":
        return None
    return _item_at(text, end + 1, common)


def _item_before(text: str, start: int) -> tuple[int, int] | None:
    """The list item before a name starting at ``start`` (2–3 characters after a boundary, then 、)."""
    if start < 3 or text[start - 1] != "、":
        return None
    for size in (3, 2):
        left = start - 1 - size
        if left >= 0 and _bounded(text, left - 1) and all(map(is_cjk, text[left : start - 1])):
            return left, start - 1
    return None


def _item_at(text: str, pos: int, common: dict[str, str]) -> tuple[int, int] | None:
    """A 2–3 character item starting at ``pos`` and ending at a separator, punctuation, a function
    character or the start of an ordinary word (the list's last item runs into its clause: 某某分别)."""
    for size in (3, 2):
        end = pos + size
        if end > len(text) or not all(map(is_cjk, text[pos:end])):
            continue
        if _bounded(text, end):
            return pos, end
        if text[end - 1] not in AFTER_NAME and (text[end] in AFTER_NAME or text[end] in NUMERALS
                                                or text[end : end + 2] in common):
            return pos, end  # 某某|分别: the last item runs into its clause (not 某某等|成名)
    return None


def _bounded(text: str, pos: int) -> bool:
    """Is ``pos`` outside the text, a separator or a non-Chinese character (an item's edge)?"""
    return pos < 0 or pos >= len(text) or text[pos] in "、" or not is_cjk(text[pos])


def _listed_name(item: str, lex: Lexicons, common: dict[str, str], dictionary) -> bool:
    """May a list item be a person: a surname, no function character, not an ordinary word?"""
    if not (item[:1] in lex.surnames or item[:2] in lex.surnames) or item in lex.generic:
        return False
    if any(char in NOT_NAME for char in item[1:-1]) or item[-1] in NOT_NAME and len(item) == 2:
        return False  # a bounded item may end in 和 (某庭和), a two-character one not (某的)
    tag = common.get(item)
    return tag is None or tag.startswith(_NAME_CLASSES)
