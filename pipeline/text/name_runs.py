"""Names printed without a separator (某甲某乙某丙), cut into the names they are.

Bylines and credits run names together (记者某某通讯员某某某某某某, (某某某某某某)), and
so do lists in body text a tagger reads as one person. Both the layout stage
(reporters) and the entity stage (PERSON spans) need the same cut, so it lives
here, below both: a run is cut into pieces of two or three characters, each
opening on a surname (or being a name jieba's dictionary knows), scored so
that known names and three-character names win (Chinese given names are
mostly two characters), and cuts another reader already made (a tagger's
bounds) count for a little more.
"""

from __future__ import annotations

import functools

from pipeline.text.normalize import is_cjk
from pipeline.text.words import jieba_dictionary

#: Scores of one piece of a run: a name jieba knows, a cut made by another reader, a three- or
#: two-character name.
KNOWN, GIVEN_CUT, THREE, TWO = 4.0, 1.5, 2.0, 1.0


@functools.lru_cache(maxsize=1)
def known_three_char_names() -> frozenset[str]:
    """Three-character Chinese names jieba's dictionary tags ``nr`` (persons).

    Two-character ``nr`` words are left out: the dictionary tags many common
    words so (文明); three-character ones are names with few exceptions.
    """
    return frozenset(word for word, (_freq, tag) in jieba_dictionary().items()
                     if tag == "nr" and len(word) == 3 and all(map(is_cjk, word)))


def cut_into_names(text: str, start: int, end: int, surnames: frozenset[str], known: frozenset[str],
                   cuts: frozenset[int] | set[int] = frozenset(), weak: frozenset[int] | set[int] = frozenset(),
                   overhang: int = 0) -> list[tuple[int, int]] | None:
    """The best-scoring cut of ``text[start:end]`` into names, else None.

    Each piece has two or three characters and opens on one of ``surnames``
    or is one of ``known``; a piece may run up to ``overhang`` CJK characters
    past ``end`` (a tagger left the end of the last name out). ``cuts`` are
    offsets another reader cut at (each one a piece starts or ends on scores
    :data:`GIVEN_CUT`); no piece that is not ``known`` may hold an offset of
    ``weak`` (a character standing as a word of its own between names).

    >>> s = "陈某某武某某"; [s[a:b] for a, b in cut_into_names(s, 0, 6, frozenset("陈武"), frozenset())]
    ['陈某某', '武某某']
    """
    limit = end
    while limit < min(len(text), end + overhang) and is_cjk(text[limit]):
        limit += 1
    best: dict[int, tuple[float, list[tuple[int, int]]]] = {start: (0.0, [])}
    for at in range(start, limit):
        if at not in best or at >= end:
            continue
        score, pieces = best[at]
        for size in (2, 3):
            stop = at + size
            piece = text[at:stop]
            if text[at] not in surnames and piece not in known:
                continue  # a name opens on a surname (a rare one the dictionary's name shows)
            if stop > limit or piece not in known and any(at <= w < stop for w in weak):
                continue
            gain = KNOWN if piece in known else THREE if size == 3 else TWO
            gain += GIVEN_CUT * ((at in cuts) + (stop in cuts))
            if stop not in best or best[stop][0] < score + gain:
                best[stop] = (score + gain, pieces + [(at, stop)])
    ends = [stop for stop in best if stop >= end]
    if not ends:
        return None
    return best[max(ends, key=lambda stop: (best[stop][0], -stop))][1]
