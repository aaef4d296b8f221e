"""Fast mode: is a name jieba suggests followed by the noun it modifies (林草|生态, 文博|单位)?

jieba's HMM tags a surname character and the next one ``nr`` wherever the
pair is unknown to it (林草 of 林草生态修复, 孔全 of 单操作孔全胸腔镜), and its
dictionary lists place names ``nr`` (周水子 of 周水子机场). In running text a
person's name is followed by a verb, a particle, punctuation, a title
(记者, 书记: ``models/person_cues.txt``) or a noun in apposition (先生, 夫妇,
团队: ``models/person_appositions.txt``); any other common noun of jieba's
dictionary right after it makes the "name" a modifier of that noun: a
material, a field or a place, not a person. Accurate mode has LAC's tags
for this; fast mode reads the next word's class.
"""

from __future__ import annotations

import functools
from pathlib import Path

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.names import appositions
from pipeline.entities.tagger_checks import name_heads
from pipeline.entities.text import scan_line
from pipeline.text.resources import MODELS_DIR, load_table

#: jieba classes of common nouns that a modifier may precede (not ``vn``: 某某|参赛 is a verb there).
_NOUN_CLASSES = frozenset({"n"})


def modifies_noun(word: str, tag: str, lex: Lexicons, dictionary) -> bool:
    """Is ``word`` (the word right after a name, class ``tag``) a common noun the name would modify?

    A noun of two or more characters that jieba's dictionary holds, neither a
    title or role (a person cue) nor a noun in apposition to a person.
    """
    if tag not in _NOUN_CLASSES or len(word) < 2 or word not in dictionary:
        return False
    return word not in appositions() and not lex.person_cues.fullmatch(word)


def names_a_site(word: str, lex: Lexicons) -> bool:
    """Is ``word`` a place's or a body's head (机场, 灌区, 集团) or a generic one (单位, 市场)?

    Such a noun after a name makes one place or body of the two (某某|机场):
    at a single mention that is evidence enough that the name is no person.
    """
    return word in lex.generic or word.endswith(name_heads()) or word.endswith(_learned_heads())


def names_a_place(word: str, lex: Lexicons) -> bool:
    """Is ``word`` a place's head (机场, 灌区, 群岛): a place suffix of the rules or a place head
    learned from jieba's dictionary (区, 群岛), longer than any ORG suffix it ends in, as
    :func:`pipeline.entities.place_bounds.facilities_are_places` reads an ORG?"""
    hits = scan_line(word, lex)
    place = max(len(hits.loc_suffixes.get(len(word), "")),
                max((len(h) for h in _learned_heads(label="LOC") if word.endswith(h)), default=0))
    return place > len(hits.org_suffixes.get(len(word), ""))


@functools.lru_cache(maxsize=8)
def _learned_heads(models_dir: Path = MODELS_DIR, label: str = "") -> tuple[str, ...]:
    """The heads of ``models/name_heads.tsv`` (of ``label`` when given), one character too (区 of 灌区,
    港): learned from jieba's dictionary."""
    return tuple(row["head"] for row in load_table("name_heads.tsv", models_dir) if label in ("", row["label"]))


