"""Names suggested by jieba's word classes: fast mode's learned evidence where the rules run out.

The rules find a name with a cue (记者, 主席) or a suffix built on a place or a
head word (省知识产权局); a person in a result list, a teacher introduced by
occupation or a ministry named alone (教育部) has neither. jieba's tagger
(its dictionary plus an HMM over unknown words, through jieba-rs) gives each
word a class: ``nr`` person, ``ns`` place, ``nt`` organization. Those
classes are candidates here, never names by themselves: jieba's dictionary
tags tens of thousands of ordinary words ``nr`` (周密, 祝贺) and ``ns``, so
each class keeps only what carries evidence of its own:

- a person (:func:`people`) is an ``nr`` word jieba's dictionary does not hold
  (the HMM's find) or a rare three-character entry, opening on a surname of
  ``models/surnames.txt``, holding no common word, function character (unless
  jieba's dictionary lists the three characters whole as ``nr``: 钱其琛) or
  title, and not closing a four-character phrase; a lone surname joins the
  name-class word after it (赵|景阳);
- a body (:func:`bodies`) is an ``nt`` word jieba's dictionary is sure of and
  that ends in an ORG suffix or head, or a noun on a bare-name suffix of
  ``models/org_bare_suffixes.txt`` (教育部, 湖南卫视); a kind of body (广播电台)
  only with a name before it (某地|新闻网); then its department (:func:`departments`);
- a place (:func:`places`) is an ``ns`` word of three characters or more that
  the place lexicons lack, ending in a place head, or an ``ns`` word + a region
  head (某某 + 地区, 某河 + 流域), or a province's region (苏北, 鲁西南:
  :mod:`pipeline.entities.province_regions`).

Bodies and places pass accurate mode's evidence checks for tagger names as
well (:func:`pipeline.entities.tagger_checks.credible`); accurate mode's
media, army and international body checks (:mod:`pipeline.entities.tagged_bodies`: 某某新闻网,
来源：某某, 美军, 世界|某某|组织) run on jieba's words too. The candidates only
fill gaps: :mod:`pipeline.entities.recognizer` adds them where no rule found
anything (a lexicon place they hold whole excepted). :func:`listed_people`
(:mod:`pipeline.entities.name_lists`) then spreads a person to the other items of its list. Spans are
``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import functools
from collections import Counter
from itertools import accumulate
from pathlib import Path

from pipeline.entities.cooperatives import cooperatives
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.kinds import TOWN_SUFFIXES
from pipeline.entities.place_cues import cued_places
from pipeline.entities.province_regions import province_regions
from pipeline.entities.names import AFTER_NAME, NOT_NAME, is_cjk
from pipeline.entities.name_followers import modifies_noun, names_a_place, names_a_site
from pipeline.entities.org_parts import BAD_BEFORE_SUFFIX, sub_units
from pipeline.entities.rules import LEVEL_WORDS
from pipeline.entities.tagger_checks import counted_move, credible, in_four_character_phrase, name_heads
from pipeline.entities.tagged_bodies import armies, media_heads, media_outlets, world_bodies
from pipeline.entities.tagger_fixes import common_surnames, country_abbreviations, learned_heads
from pipeline.entities.text import Candidate, longest_suffixes, scan_line
from pipeline.text.resources import MODELS_DIR, load_lines, load_table
from pipeline.text.words import jieba_dictionary, word_tags

#: The rule name of every span found here (the recognizer's priority table knows it).
RULE = "word-class"
#: jieba classes of words that may follow a lone surname as its given name (李|卫东).
_GIVEN_TAGS = frozenset({"nr", "n", "a", "v", "ng", "nz", "vn", "ns", "zg"})
#: jieba classes the tagger gives a lone surname character besides nr (刘 zg, 张 q as a measure word).
_SURNAME_MISREAD = frozenset({"zg", "q", "ng"})
#: jieba's dictionary gives phrases it was fed without a count frequency 3: an ``nt`` that rare is no evidence.
SURE_FREQ = 10
#: An ``nt`` this frequent in jieba's dictionary is a well-known body even when its stem is a common
#: word (最高 + 人民法院); a rarer one on a common stem and a class suffix names a kind (广播 + 电台).
COMMON_BODY_FREQ = 100
#: A dictionary word this frequent (not a name class) is an ordinary word, not a given name (冰箱, 起来).
COMMON_GIVEN_FREQ = 1000
#: jieba classes of words that continue a clause (verbs, adverbs, prepositions …), never a given name.
_CLAUSE_CLASSES = frozenset("vdpcu")
#: jieba classes of names: a given name may be such a word (正龙 nz, 建国 ns).
_NAME_CLASSES = ("nr", "nz", "ns")
#: jieba classes of a word that is a body (organization) by itself.
_BODY_TAGS = frozenset({"nt"})
#: jieba classes of a word that makes a kind of body one body when it opens it (楚天 + 广播电台).
_OPENER_TAGS = frozenset({"ns", "nz", "j", "nt"})
#: jieba classes of proper nouns that accurate mode's media check reads (tagged_bodies._PROPER).
_PROPER_TAGS = frozenset({"nz", "nt"})
#: jieba classes of dictionary words that may be a body when they end in an ORG suffix.
_NOUN_TAGS = frozenset({"n", "nt", "nz", "j"})

Word = tuple[int, int, str, str]


def tagged_words(text: str) -> list[Word]:
    """``(start, end, word, class)`` of every word of ``text``, by jieba's tagger (HMM on)."""
    pairs = word_tags(text)
    ends = accumulate(len(word) for word, _tag in pairs)
    return [(end - len(word), end, word, tag) for (word, tag), end in zip(pairs, ends)]


def candidates(text: str, lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """People, bodies and places of ``text`` that jieba's word classes suggest and evidence keeps."""
    words = tagged_words(text)
    found = [c for c in people(words, lex, common) if not in_four_character_phrase(text, c[0], c[1], parallel=False)]
    named = [c for c in bodies(words, lex, common) + places(words, lex, common)
             if credible(text, (c[0], c[1], c[2]), lex, frozenset())]
    heads = _media_words()  # the words those checks read: proper nouns and media heads, X军 (a cheap filter first)
    proper = [(start, end, tag) for start, end, word, tag in words if tag in _PROPER_TAGS or word in heads]
    soldiers = [(start, end, tag) for start, end, word, tag in words if len(word) == 2 and word[1] == "军"]
    outlets = media_outlets(text, proper) + armies(text, soldiers, country_abbreviations())  # accurate mode's checks
    outlets += world_bodies(text, [(start, end, tag) for start, end, _word, tag in words])  # 世界|某某|组织
    named += [(start, end, label, RULE) for start, end, label in outlets]
    found += cued_places(words, lex, _surnames())  # 途经|某某, 某某|境内: a proper noun placed by its context
    if "合作社" in text:  # most articles name none: one C scan, not a pass over the words
        named += cooperatives(words)  # 某某蔬菜种植专业合作社: a trade name, its trade and 专业合作社
    return found + named + departments(text, [c for c in named if c[2] == "ORG"], lex, common)


def departments(text: str, parents: list[Candidate], lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """A body found here + its department (教育部 + 某某司): the rules' sub-unit step on each parent's line."""
    found = []
    for start, end, _label, _rule in parents:
        right = text.find("\n", end, end + _DEPARTMENT_REACH)
        line = text[start : right if right >= 0 else end + _DEPARTMENT_REACH]  # the body and what may follow it
        parent = [(0, end - start, "ORG", RULE)]
        found += [(s + start, e + start, "ORG", RULE) for s, e, _l, _r in sub_units(line, lex, common, parent)]
    return found


#: Characters after a body that :func:`departments` reads (a department's name runs at most 12 and its suffix).
_DEPARTMENT_REACH = 16


def people(words: list[Word], lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """PERSON spans from ``nr`` words (see the module docstring), a lone surname joined to its given name.

    A name right before a place's or body's head is none (某某|研究所), and with a place's head it
    makes one LOC (某某|机场: :mod:`pipeline.entities.name_followers`), as a "name" the HMM found
    ending in a town's suffix is the town (某家镇). A name before another common noun modifies it
    (林草|生态): one that does so at two mentions or more, and at least at half of them, is no
    person at any (document memory). A name jieba's dictionary knows well (邓小平, 叶利钦) stays
    before a noun (邓小平|理论).
    """
    dictionary = jieba_dictionary()
    surnames = _surnames()
    found, names, modifiers, sites = [], [], Counter(), []
    for i in [i for i, (_s, _e, word, tag) in enumerate(words)
              if tag == "nr" or tag in _SURNAME_MISREAD and len(word) == 1]:  # the few candidates, then their checks
        start, _end, word, tag = words[i]
        if len(word) == 1:
            end = _given_end(words, i, lex, surnames, dictionary)  # 李|卫东, 刘|锡安: a surname the tagger cut off
            after = i + 2
        else:
            following = words[i + 1][2][:1] if i + 1 < len(words) else ""
            name = word if following and not is_cjk(following) else _trimmed(word, dictionary, following)  # 某某和|、
            end = start + len(name) if _person(name, dictionary, common, surnames, lex) else 0
            after = i + 1 if name == word else -1  # a trimmed name ends on the function character it swallowed
        if not end:
            continue
        name = "".join(w[2] for w in words[i:after]) if after >= 0 else word[: end - start]
        if after >= 0 and after < len(words) and words[after][3] == "m" and counted_move(name):
            continue  # 基站周增超|1万: a move and a bound before a number (增超, 降近), no given name
        if len(name) >= 3 and name[-1] in TOWN_SUFFIXES and name not in dictionary:
            sites.append((start, end, "LOC", RULE))  # 某家镇, 某某村: the HMM's "name" ends in a town's suffix
            continue
        if after >= 0 and dictionary.get(name, (0,))[0] < RARE_ENTRY_FREQ and _before_noun(words, after, lex, dictionary):
            if names_a_site(words[after][2], lex):
                if names_a_place(words[after][2], lex):
                    sites.append((start, words[after][1], "LOC", RULE))  # 某某|机场, 某某|灌区: one place
                continue
            modifiers[name] += 1
        found.append((start, end, "PERSON", RULE))
        names.append(name)
    if modifiers:
        alone = Counter(names)
        found = [c for c, name in zip(found, names) if modifiers[name] < 2 or modifiers[name] * 2 < alone[name]]
    return found + sites


def _before_noun(words: list[Word], j: int, lex: Lexicons, dictionary) -> bool:
    """Is ``words[j]``, right after a name, a common noun the name modifies (林草|生态: no person)?"""
    return j < len(words) and modifies_noun(words[j][2], words[j][3], lex, dictionary)


def _given_end(words: list[Word], i: int, lex: Lexicons, surnames: frozenset[str], dictionary) -> int:
    """End of the given name after the lone surname ``words[i]``, or 0 when the next word is none.

    A character the tagger read as a surname (nr) takes a following word of
    one or two characters; one it read otherwise (刘 zg, 张 q as a measure
    word) only a two-character name-class word (锡安 ns), and not after a count.
    """
    if i + 1 >= len(words):
        return 0
    surname, tag = words[i][2], words[i][3]
    _s, end, given, given_tag = words[i + 1]
    if tag != "nr" and (given_tag not in _NAME_CLASSES or len(given) != 2 or i and words[i - 1][3] in {"m", "q", "mq"}):
        return 0
    if not (surname in surnames or surname in lex.surnames and given_tag in _NAME_CLASSES):
        return 0
    if given_tag not in _GIVEN_TAGS or not 1 <= len(given) <= 2 or surname + given in dictionary:
        return 0
    if not _given_name(given, dictionary) or lex.person_cues.fullmatch(given):
        return 0  # 某|司长: a title, not a given name
    return end


def _trimmed(word: str, dictionary, following: str = "") -> str:
    """An HMM word without a function character it swallowed (某某据, 某某则): the name, or ``word``.

    A byline marker (文, 图, 摄) ends a name only at the end of its text or before another marker
    (某某摄, 某某文图), as in :mod:`pipeline.entities.names`: before a word it is the name's (某宗文|和).
    """
    if 3 <= len(word) <= 4 and word not in dictionary and (word[-1] in AFTER_NAME or word[-1] in NOT_NAME):
        if word[-1] in _BYLINE_MARKERS and following and following not in _BYLINE_MARKERS:
            return word
        return word[:-1]
    return word


#: Byline markers after a name (某某文/图, 某某摄): characters of AFTER_NAME that also end given names.
_BYLINE_MARKERS = frozenset("文图摄")


def _person(name: str, dictionary, common: dict[str, str], surnames: frozenset[str], lex: Lexicons) -> bool:
    """A surname, two or three characters, not a word; a dictionary entry only if its halves are no words.

    A name of three characters the HMM found may open on any surname of
    ``models/surnames.txt`` (惠, 裘); a shorter one needs a common surname.
    """
    if not 2 <= len(name) <= 3 or name in common or name in lex.generic:
        return False
    if name[0] not in surnames and not (len(name) == 3 and name[0] in lex.surnames and name not in dictionary):
        return False
    if lex.person_cues.fullmatch(name[1:]) or lex.person_cues.fullmatch(name[2:]):
        return False  # 王局长, 李老师: a surname and a title
    listed = len(name) == 3 and dictionary.get(name, (0, ""))[1] == "nr"  # a name jieba's dictionary lists whole
    if not listed and any(char in NOT_NAME for char in name[1:]) or len(name) == 3 and name[:2] in common:
        return False  # 雷鸣|般: an ordinary word run on by a character
    if name in dictionary:
        freq = dictionary[name][0]
        opening = name[:2] not in dictionary  # 雷鸣|般: a word and a character
        return len(name) == 3 and opening and (name[1:] not in dictionary
                                                or freq < RARE_ENTRY_FREQ and _given_name(name[1:], dictionary))
    return len(name) == 2 or _given_name(name[1:], dictionary)


#: First characters of a word that makes the body after it a kind (各级, 全国性 …: every such body).
_CLASS_OPENERS = frozenset("各全")
#: A three-character ``nr`` entry this rare in jieba's dictionary is a person's name even if its halves are words.
RARE_ENTRY_FREQ = 10


def _given_name(given: str, dictionary) -> bool:
    """May ``given`` be a given name: no function character, and no frequent ordinary word (冰箱, 起来);
    a rare word or a name-class word (正龙, 建国) may be one."""
    if any(char in NOT_NAME for char in given):
        return False
    freq, tag = dictionary.get(given, (0, "nr"))
    if tag[:1] in _CLAUSE_CLASSES:
        return False  # 某|查阅: the tagger glued a surname to the verb after it
    return freq < COMMON_GIVEN_FREQ or tag.startswith(_NAME_CLASSES)


def bodies(words: list[Word], lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """ORG spans: ``nt`` words jieba's dictionary is sure of, and nouns ending in a bare-name suffix (教育部).

    A dictionary ``nt`` entry of the lowest frequency is noise (phrases added
    with frequency 3); a body named by a common noun and a generic suffix
    (体育局, 广播电台) is a class unless a place or head word opens it, which
    the rules handle. Only the suffixes of ``models/org_bare_suffixes.txt``
    name one body when bare (教育部, 人民网, 湖南卫视).
    """
    dictionary = jieba_dictionary()
    bare = bare_suffixes()
    last_chars = _suffix_ends()
    found = []
    maybe = [i for i, (_s, _e, word, tag) in enumerate(words)  # most words fail one set test here
             if tag in _BODY_TAGS or tag in _NOUN_TAGS and word[-1] in last_chars]
    for i in maybe:
        start, end, word, tag = words[i]
        if len(word) < 2 or word in lex.generic:
            continue
        following = words[i + 1][2] if i + 1 < len(words) else ""
        if len(following) == 1 and word[-1] + following in common:
            continue  # 网上网|下: the last character and a lone one after it make a word
        opener = words[i - 1] if i else None
        if opener is not None and (opener[2] in LEVEL_WORDS or opener[2][:1] in _CLASS_OPENERS):
            continue  # 乡镇|卫生院, 各级|人民法院: a level or "every" makes a kind of body
        kind = _body_kind(word, tag, dictionary, common, lex, bare)
        named = opener is not None and opener[3] in _OPENER_TAGS and len(opener[2]) >= 2
        if kind == "whole" and len(word) >= 3 or kind == "class" and named:
            found.append((opener[0] if named else start, end, "ORG", RULE))  # 某地|新闻网: a name opens it
    return found


def _body_kind(word: str, tag: str, dictionary, common: dict[str, str], lex: Lexicons,
               bare: tuple[str, ...]) -> str:
    """``whole`` for a body by itself, ``class`` for a kind of body (a name before it makes one), else ``""``."""
    freq = dictionary.get(word, (0, ""))[0]
    suffix = longest_suffixes(word, lex.org_suffixes).get(len(word), "")
    if len(suffix) == 1 and word[-2] in BAD_BEFORE_SUFFIX.get(suffix, ()) or word not in dictionary:
        return ""  # 村干|部, 俱乐|部: the suffix ends an ordinary word
    if suffix and len(scan_line(word, lex).loc_suffixes.get(len(word), "")) >= len(suffix):
        return ""  # 体育中心, 会展中心: a place suffix as long makes it a facility, as in the rules
    stem = word[: len(word) - len(suffix)]
    if tag in _BODY_TAGS and freq >= SURE_FREQ and (suffix or word.endswith(org_heads_learned())):
        if suffix and not stem:
            return "class"  # 人民法院, 广播电台: a suffix alone names a kind of body
        # a stem that is no common word, or one jieba lists as an abbreviation (j: 民航 of 民航局), names one body
        return "whole" if freq >= COMMON_BODY_FREQ or suffix and common.get(stem, "j") == "j" else "class"
    if tag in _NOUN_TAGS and word.endswith(bare) and stem:
        bare_stem = word[: -len(next(b for b in bare if word.endswith(b)))]
        if not bare_stem or dictionary.get(bare_stem, (0, ""))[1] == "v":
            return ""  # 客户端 alone, 互联|网: no name, or a verb's thing
        return "whole"
    return "class" if tag in _NOUN_TAGS and suffix and (not stem or stem in common) else ""


def places(words: list[Word], lex: Lexicons, common: dict[str, str]) -> list[Candidate]:
    """LOC spans: ``ns`` words of 3+ characters the place lexicons lack, ending in a place head (某某广场, 某某山)."""
    heads = name_heads()
    regions = frozenset(learned_heads("LOC"))
    found = province_regions(words, lex)
    named = {c[0] for c in found}  # 苏北|地区: the region without its 地区
    for i in [i for i, word in enumerate(words) if word[3] == "ns"]:  # the few place words, then their checks
        start, end, word, tag = words[i]
        if start in named:
            continue
        if (len(word) >= 2 and i + 1 < len(words) and words[i + 1][2] in regions and word not in lex.divisions
                and not (words[i + 1][2] == "地区" and lex.places.get(word) is not None)):  # 长三角|地区: the region
            found.append((start, words[i + 1][1], "LOC", RULE))  # 某某 + 地区, 某江 + 流域: one region
            continue  # (not a division: 某市|地区生产总值 is the city's GDP)
        if len(word) < 3 or lex.places.get(word) is not None or word in lex.generic:
            continue
        head = next((h for h in (*heads, *natural_heads()) if word.endswith(h)), "")
        stem_tag = common.get(word[: len(word) - len(head)], "ns") if head else ""
        if head and stem_tag.startswith(_NAME_CLASSES):
            found.append((start, end, "LOC", RULE))  # not 周边|地区: a common word before the head
    return found




@functools.lru_cache(maxsize=4)
def bare_suffixes(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """Suffixes that name one body without a place before them (``models/org_bare_suffixes.txt``)."""
    return load_lines("org_bare_suffixes.txt", models_dir)




@functools.lru_cache(maxsize=4)
def natural_heads(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """One-character endings of natural and built places (山, 湖, 窟): ``models/loc_natural_heads.txt``."""
    return load_lines("loc_natural_heads.txt", models_dir)


@functools.lru_cache(maxsize=1)
def org_heads_learned() -> tuple[str, ...]:
    """Endings of bodies learned from jieba's dictionary (``models/name_heads.tsv``), one character too (院, 协)."""
    return tuple(row["head"] for row in load_table("name_heads.tsv") if row["label"] == "ORG")


@functools.lru_cache(maxsize=4)
def _suffix_ends(models_dir: Path = MODELS_DIR) -> frozenset[str]:
    """Last characters of the ORG suffixes and bare-name suffixes (a cheap first test of a word)."""
    suffixes = (*load_lines("org_suffixes.txt", models_dir), *bare_suffixes(models_dir))
    return frozenset(suffix[-1] for suffix in suffixes)


@functools.lru_cache(maxsize=1)
def _media_words() -> frozenset[str]:
    """The media heads of :func:`pipeline.entities.tagged_bodies.media_heads`, as a set of words."""
    return frozenset(media_heads())


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Common one-character surnames (by frequency): a rare one opens ordinary words as often as names."""
    return frozenset(common_surnames())
