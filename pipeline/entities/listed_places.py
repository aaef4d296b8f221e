"""Places named in a list with a place already found: 某某寺、某某石窟、某某园、某某山.

A paper lists scenic spots, parks and landmarks together (著名景区某某山、某某
等); the tagger or a rule finds some items and misses or cuts others (a
spot's name opening on a holiday word, 清明|上河园; a spot jieba does not
know). An item next to a LOC across a 、 that ends in a place head
(``models/loc_natural_heads.txt``: 山, 湖, 寺 …; ``models/loc_suffixes.txt``:
广场, 公园 …; ``models/listed_place_heads.txt``: 园, 池) with a name of two characters or more before it is a LOC too, and the
list spreads from item to item. Only facilities' and landmarks' lists spread
(a LOC neighbour, not a GPE: cities in a list are found by the lexicon).
Two items around a 、 that both name places start a list of their own
(:func:`_named_pairs`): fast mode has no tagger to find its first place.

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
    taken = covered(len(text), [c for c in spans if c[2] not in {"LOC", "GPE"}])
    found: dict[tuple[int, int], None] = dict.fromkeys(_named_pairs(text, spans, taken))
    places = sorted({(s, e) for s, e, label, _rule in spans if label == "LOC"} | set(found))
    if not places:
        return spans
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


def _named_pairs(text: str, spans: list[Candidate], taken: bytearray) -> list[tuple[int, int]]:
    """Two items around a 、 that both name places (某某山、某某池): a list of places even where nothing
    was found in it yet (spots neither the rules nor the tagger know).

    Each item ends in a place head, or is one word jieba tags ``ns`` (某某山、喀某某); one of them at least
    ends in a strong head (山, 广场: not only 园 or 池, which end 电池) or is an ``ns`` word (莲花池).
    """
    found = []
    last_chars = _head_last_chars()
    at = text.find("、")
    while at >= 0:
        if text[at - 1 : at] not in last_chars:  # the item before must end in a head: one set test first
            at = text.find("、", at + 1)
            continue
        before = _item_before(text, at + 1)
        after = before and (_item_after(text, at) or _place_word_after(text, at + 1))
        items = [text[s:e] for s, e in (before, after)] if after else []
        if items and (_strong(items[0]) or _strong(items[1])) and not any(map(_described, items)) and not any(
                taken.find(1, s, e) >= 0 or _holds_chain((s, e), spans) for s, e in (before, after)):
            found += [before, after]
        at = text.find("、", at + 1)
    return found


def _described(item: str) -> bool:
    """Is a list item a kind of place rather than one: a town's or village's head after a description
    (贫困乡, 文明小区: the suffix rules name towns), or a describing or verb word opening it (安全|文明村镇)?"""
    if item.endswith(_KIND_HEADS):
        return True
    first, tag = word_tags(item)[0]
    return len(first) >= 2 and tag in _OPENING_DESCRIPTIONS


#: Heads of towns, villages and estates: in a list, more often kinds (贫困乡、民族乡) than names.
_KIND_HEADS = ("乡", "镇", "村", "小区", "社区", "街道")
#: jieba classes of a first word that describes an item (贫困 a, 安全 an) or makes it a clause (赴美国 i).
_OPENING_DESCRIPTIONS = frozenset({"a", "an", "ad", "b", "d", "v", "vn", "i", "l"})


def _place_word_after(text: str, start: int) -> tuple[int, int] | None:
    """The item at ``start`` when it is one word jieba tags ``ns`` (two characters or more) before a separator or 等."""
    stop = _run_end(text, start)
    pairs = word_tags(text[start : stop + 1])
    if not pairs:
        return None
    word, tag = pairs[0]
    end = start + len(word)
    if tag != "ns" or len(word) < 2 or end < len(text) and text[end] not in _SEPARATORS and text[end] != "等":
        return None
    return start, end


def _strong(item: str) -> bool:
    """Does ``item`` end in a head of its own (not only a list's 园, 池) or is it a word jieba's dictionary tags ``ns``?"""
    if jieba_dictionary().get(item, (0, ""))[1] == "ns":
        return True
    return any(item.endswith(head) and len(item) - len(head) >= 2 for head in strong_heads())


@functools.lru_cache(maxsize=None)
def _head_last_chars() -> frozenset[str]:
    """Last characters of the place heads (a cheap first test of a list item's end)."""
    return frozenset(head[-1] for head in place_heads())


@functools.lru_cache(maxsize=None)
def strong_heads() -> tuple[str, ...]:
    """Place heads that name a place outside a list too: natural heads and place suffixes."""
    return tuple(set(load_lines("loc_natural_heads.txt")) | set(load_lines("loc_suffixes.txt")))


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
