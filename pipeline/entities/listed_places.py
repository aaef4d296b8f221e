"""Places named in a list with a place already found: 某某寺、某某石窟、某某园、某某山.

A paper lists scenic spots, parks and landmarks together (著名景区某某山、某某
等); the tagger or a rule finds some items and misses or cuts others (a
spot's name opening on a holiday word, 清明|上河园; a spot jieba does not
know). An item next to a LOC across a 、 that ends in a place head
(``models/loc_natural_heads.txt``: 山, 湖, 寺 …; ``models/loc_suffixes.txt``:
广场, 公园 …; ``models/listed_place_heads.txt``: 园, 池) with a name of two characters or more before it is a LOC too, and the
list spreads from item to item. Only facilities' and landmarks' lists spread
(a LOC neighbour, not a GPE: cities in a list are found by the lexicon).

An item's bounds: after a 、, the words up to the next separator, the longest
run of them that ends in a head (某某山|诱人的 keeps 某某山); before a 、, the
words back to a separator, from the last word that describes (著名|景区|某某山, 经过|某某大道).
An item may replace a shorter LOC or GPE inside it (上河园 of 清明上河园).
Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import functools

from pipeline.entities.text import STOP_CHARS, Candidate, covered, is_cjk
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary, word_tags

#: The rule name of the spans found here.
RULE = "listed-place"
#: Fewest and most characters of a listed place (name + head).
_SHORTEST, _LONGEST = 3, 8
#: Function characters that end a list item: the shared stop characters less those that place names hold
#: (成都, 泉都; 烟之东村) and that a list item of places is no clause for.
_STOPS = STOP_CHARS - frozenset("都之")
#: Characters that end a list item.
_SEPARATORS = frozenset("、，。；：,;:！？!?（）()“”\"《》 \n\t")
#: jieba classes of words that describe a place rather than name it (著名 a, 当地 s, 该 r, 部分 n …).
_DESCRIBING = frozenset({"a", "ad", "an", "b", "d", "v", "vn", "m", "q", "r", "t", "f", "p", "c", "u", "s"})
#: A common noun this frequent in jieba's dictionary opens no listed name: a kind (景区, 城市) before it.
_KIND_FREQ = 1000
#: A whole item jieba's dictionary lists as a common word this often is a kind of place (广场, 公园), not one.
_ITEM_KIND_FREQ = 100


@functools.lru_cache(maxsize=None)
def place_heads() -> tuple[str, ...]:
    """One-character natural and built heads and every place suffix, longest first."""
    heads = set(load_lines("loc_natural_heads.txt")) | set(load_lines("loc_suffixes.txt"))
    heads |= set(load_lines("listed_place_heads.txt"))
    return tuple(sorted(heads, key=len, reverse=True))


def listed_places(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with the places of lists that hold a LOC (see the module docstring), sorted."""
    if "、" not in text:
        return spans
    places = sorted((s, e) for s, e, label, _rule in spans if label == "LOC")
    if not places:
        return spans
    taken = covered(len(text), [c for c in spans if c[2] not in {"LOC", "GPE"}])
    found: dict[tuple[int, int], None] = {}
    queue = list(places)
    seen = set(places)
    while queue:
        start, end = queue.pop()
        for item in (_item_after(text, end), _item_before(text, start)):
            if item is None or item in seen or taken.find(1, item[0], item[1]) >= 0 or _holds_chain(item, spans):
                continue
            seen.add(item)
            found[item] = None
            queue.append(item)
    if not found:
        return spans
    kept = [c for c in spans if not any(s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1]) for s, e in found)]
    known = {(c[0], c[1]) for c in kept}
    return sorted(kept + [(s, e, "LOC", RULE) for s, e in found if (s, e) not in known
                          and not any(c[0] < e and s < c[1] for c in kept)])


def _holds_chain(item: tuple[int, int], spans: list[Candidate]) -> bool:
    """Does the item hold two names already (an address chain, 某市|某某镇: the chain rules' work)?"""
    return sum(item[0] <= c[0] and c[1] <= item[1] for c in spans) >= 2


def _item_after(text: str, end: int) -> tuple[int, int] | None:
    """The place after a 、 at ``end`` (see the module docstring), or None."""
    if text[end : end + 1] != "、":
        return None
    start = end + 1
    stop = _run_end(text, start)
    best, at = None, start
    for word, _tag in word_tags(text[start:stop]):
        at += len(word)
        if _names_place(text[start:at]):
            best = (start, at)
    return best


def _item_before(text: str, start: int) -> tuple[int, int] | None:
    """The place before a 、 at ``start - 1`` (see the module docstring), or None."""
    if start < 1 or text[start - 1] != "、":
        return None
    end = start - 1
    left = end
    while left > 0 and end - left < 2 * _LONGEST and _in_run(text[left - 1]):
        left -= 1
    dictionary = jieba_dictionary()
    words = word_tags(text[left:end])
    at = pos = left
    for word, tag in words:  # the item opens after the last word that describes or names a kind
        pos += len(word)
        if tag in _DESCRIBING or tag == "n" and dictionary.get(word, (0, ""))[0] >= _KIND_FREQ:
            at = pos
    return (at, end) if _names_place(text[at:end]) else None


def _run_end(text: str, start: int) -> int:
    """End of the run of name characters from ``start`` (at most twice the longest item)."""
    end = start
    while end < len(text) and end - start < 2 * _LONGEST and _in_run(text[end]):
        end += 1
    return end


def _in_run(char: str) -> bool:
    """May ``char`` be inside a listed place (a CJK character that is no function character)?"""
    return is_cjk(char) and char not in _STOPS and char not in _SEPARATORS


def _names_place(item: str) -> bool:
    """Is ``item`` a place's name: the right length, a head at its end, two or more characters before it,
    and no ordinary word of jieba's dictionary (广场, 公园 alone are kinds)?"""
    if not _SHORTEST <= len(item) <= _LONGEST:
        return False
    head = next((h for h in place_heads() if item.endswith(h)), "")
    if not head or len(item) - len(head) < 2:
        return False
    freq, tag = jieba_dictionary().get(item, (0, "ns"))
    if tag in {"i", "l"}:
        return False  # 重建家园: an idiom or set phrase
    return tag.startswith(("ns", "nz", "nr", "j")) or freq < _ITEM_KIND_FREQ
