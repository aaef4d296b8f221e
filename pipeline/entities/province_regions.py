"""Regions of a province: its one-character abbreviation + a direction (苏北, 皖南, 鲁西南, 冀中).

Papers name parts of a province by its abbreviation (简称) and a direction;
accurate mode's tagger reads them as places, fast mode's jieba tags them
``ns`` (or ``j``, ``s``; an unknown one ``nr``) as one word, which no place
lexicon holds. The abbreviations are ``models/province_abbreviations.txt``.
Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import functools
from pathlib import Path

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.text import Candidate
from pipeline.text.resources import MODELS_DIR, load_lines

#: The rule name of the spans found here (the fast mode's word-class rule: they fill the rules' gaps alike).
RULE = "word-class"
Word = tuple[int, int, str, str]

#: Directions that make a province's abbreviation a region of it (苏|北, 鲁|西南, 冀|中).
_DIRECTIONS = frozenset("东西南北中")
#: jieba classes of a province's region (苏北 ns, 沪西 j, 藏北 s; the HMM reads an unknown one as nr or nz).
_REGION_TAGS = frozenset({"ns", "j", "s", "nr", "nz"})


def province_regions(words: list[Word], lex: Lexicons) -> list[Candidate]:
    """LOC spans of a province's abbreviation + one or two directions (苏北, 鲁西南), one jieba word;
    a word that runs on into 地区 (闽南地区) gives the region without it, as 某某 + 地区 elsewhere.
    A division of the lexicon (湘西, 黔东南) is left to the lexicon."""
    shorts = province_abbreviations()
    found = []
    for start, _end, word, tag in [w for w in words if w[2][:1] in shorts]:  # the few, then their checks
        if tag not in _REGION_TAGS:
            continue
        name = word[:-2] if word.endswith("地区") else word
        if 2 <= len(name) <= 3 and _DIRECTIONS.issuperset(name[1:]) and lex.places.get(name) is None:
            found.append((start, start + len(name), "LOC", RULE))
    return found


@functools.lru_cache(maxsize=4)
def province_abbreviations(models_dir: Path = MODELS_DIR) -> frozenset[str]:
    """One-character abbreviations of provinces that open regions (``models/province_abbreviations.txt``)."""
    return frozenset(load_lines("province_abbreviations.txt", models_dir))
