"""Where a place name built on a suffix may start: never inside another name.

The LOC rule (:mod:`pipeline.entities.loc_rules`) reaches back from a place
suffix at most eight characters (:func:`pipeline.entities.text.prefix_floor`).
That limit, or a stop character, can fall inside a name the line holds:

- inside a division's full name (某某县 + 某某纪念园): the county is a name of
  its own, so the place starts after it (the county stays whole, not 某某 + 县…);
- before a known name's end (a town's: 某某镇 + 某塔): the place starts after
  it, even when one character is left (the rule then refuses the one-character
  name), unless that end is a lexicon place's read across the town (某镇|平… holds 镇平);
- inside a proper noun jieba's dictionary knows (某国 + 总理…, 奥林匹克 + 公园…):
  the rule could not find where the name starts, so it gives no place
  (``None``) rather than one that opens on half a word. Extending the prefix
  to the word's start was measured and rejected: on MSRA and People's Daily
  it mostly lengthened wrong spans (a country + a title + half a person's name).

Every other test of the rule still applies to the prefix it gets.
"""

from __future__ import annotations

#: jieba classes of proper nouns (places, bodies, other names) a floor may not cut.
NAME_CLASSES = ("ns", "nz", "nt")
#: Last characters of a division's full name (某某县, 某某市, 某某区 …): the forms kept apart from a place after them.
LEVEL_ENDS = frozenset("省市县区州盟旗")
#: Characters before the floor a straddling word may start at (the longest words of ``common`` hold four).
_REACH = 3


def settled_floor(line: str, floor: int, stop: int, places: dict[int, list[tuple[int, str, str]]],
                  common: dict[str, str], edges: set[int] | frozenset[int] = frozenset()) -> int | None:
    """The floor of a name whose prefix ends at ``stop``, moved past a division's full name it cuts;
    ``None`` when it cuts a proper noun (no name can be built).

    ``edges``: positions where a known name ends (a town before a village:
    某镇|某村); a floor there is a name's edge by evidence, not a cut, and a
    floor before one moves to it.
    """
    for start, ends in places.items():
        for end, _label, text in ends:
            if start < floor < end < stop and text[-1] in LEVEL_ENDS:
                return end  # 云梦县|睡虎地…纪念园: the county whole, the place after it
    inner = [edge for edge in edges if floor < edge < stop - 1 or edge == stop - 1 and not _place_end(places, edge)]
    if inner:
        return max(inner)  # 某镇|某塔: a town's end inside the prefix starts a new name, even one character before
    if floor in edges or floor in places:
        return floor
    return None if _cuts_name(line, floor, stop, common) else floor


def _place_end(places: dict[int, list[tuple[int, str, str]]], edge: int) -> bool:
    """Does a lexicon place end at ``edge`` (not a town the rule built: 某镇|平塔村 holds the county 镇平)?"""
    return any(end == edge for ends in places.values() for end, _label, _text in ends)


def _cuts_name(line: str, floor: int, stop: int, common: dict[str, str]) -> bool:
    """Does a proper noun of ``common`` (ending before ``stop``) hold ``floor`` strictly inside it?"""
    for back in range(1, min(_REACH, floor) + 1):
        left = floor - back
        for size in range(back + 1, min(4, stop - left) + 1):
            if common.get(line[left : left + size], "").startswith(NAME_CLASSES):
                return True
    return False
