"""Accurate mode: Baidu LAC's entity spans, cleaned up, merged with the rule spans.

LAC is better than the rules at where a PERSON, ORG or place starts and ends
(it was trained on news text; the rules only see cues and suffixes), so on a
conflict over those labels LAC wins. The rules keep what LAC cannot know:
programs, works, quoted and cued names, the exact names of the lexicon
(leaders), and the GPE/LOC split of lexicon places. Rule spans that no LAC
span touches fill the gaps (a county LAC missed).

Before merging, :func:`pipeline.entities.refine.refine_tagged` applies general
fixes to LAC's spans (most live in :mod:`pipeline.entities.tagger_fixes`,
:mod:`pipeline.entities.name_bounds`, :mod:`pipeline.entities.place_chains` and
:mod:`pipeline.entities.tagged_bodies`):

- a compound of one-character country abbreviations (中美, 中日韩) is several
  places, one per character; so are abbreviations inside words (中葡, 访华, 中方);
- a place followed by 队, 男篮, 女排, 俱乐部 … is a team, an ORG (中国队, 某省男篮),
  also when LAC called the place an ORG or the team a person;
- punctuation, a dateline's 电, a forecast's weather and a title after a
  bare surname are trimmed (张主席 -> 张);
- a place or ORG followed by words ending in an ORG head is one ORG.

A LAC span that no rule span shares bounds with must look like a name
(:func:`pipeline.entities.tagger_checks.credible`: a person's surname, no
description of common words, no word cut in two). The merge then lets a
lexicon place decide the label of a span with the same bounds, and admits rule spans into LAC's gaps only where LAC's words
allow (:func:`fits_words`).

Around the merge, :mod:`pipeline.entities.place_bounds` repairs the tagger's
place bounds (facilities named in full, directions, sections, lines) and
:mod:`pipeline.entities.body_parts` the bodies' (a body's parts after it,
rooms, lists of bodies, bodies in the tagger's words).

Every function is pure and works on spans ``(start, end, label)`` in the
coordinates of the text given.
"""

from __future__ import annotations

import functools
import re
from functools import partial

from pipeline.entities.body_parts import (attach_parts, lexicon_bodies, listed_bodies, metro_operators, trim_rooms,
                                          widen_into_places)
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.kinds import is_kind
from pipeline.entities.names import AFTER_NAME, NOT_NAME
from pipeline.entities.place_bounds import (extend_facilities, extend_lines, facilities_are_places, facility_heads,
                                            site_heads, split_visits, trim_directions, trim_sections)
from pipeline.entities.name_bounds import speakers_not_places
from pipeline.entities.place_chains import chain_links, remember_places
from pipeline.entities.refine import TAGGER_LABELS, extend_team, refine_tagged  # noqa: F401 (extend_team: recognizer's)
from pipeline.entities.tagged_bodies import armies, media_outlets, world_bodies
from pipeline.entities.rules import LEVEL_WORDS
from pipeline.entities.tagger_fixes import (PLACES, TRANSLITERATION, abbreviation_words, country_abbreviations,
                                            extend_regions, is_known_place, learned_heads, org_heads, organize,
                                            sub_heads, surname_before_title)
from pipeline.entities.tagger_checks import (ORG_ENDINGS, credible, division_levels, foreign_chars, name_heads,
                                             single_characters)
from pipeline.entities.text import covered, without_overlaps
from pipeline.text.normalize import is_cjk
from pipeline.text.resources import load_lines, load_table
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]
Candidate = tuple[int, int, str, str]

#: Rules whose spans stand against LAC: names LAC has no class for (programs,
#: works), names the text itself establishes (quotes, cues, bylines), names
#: from an exact lexicon (leaders) and spans spread from those.
#: (A name after a role cue is not kept: LAC knows better where it ends, 谢苗诺|娃.)
KEEP_RULES = frozenset({"work", "quoted-program", "quoted-owner", "unquoted-program", "credit", "leader", "document",
                        "body-word", "credit-outlet"})
#: LAC tags of function words (conjunctions, prepositions, adverbs, pronouns,
#: particles, locatives, numerals, quantifiers): no place name starts there.
_FUNCTION_TAGS = frozenset({"c", "p", "d", "r", "u", "xc", "f", "m", "q", "w"})
#: LAC tags of proper names: a suffix rule's name must start on one.
_NAME_TAGS = frozenset({"PER", "LOC", "ORG", "nz", "nw", "j"})
#: Rules whose longer name wins over tagger spans inside it (see :func:`extends_tagged`).
_EXTENDING_RULES = frozenset({"org-suffix", "loc-suffix", "org-lexicon"})
#: Tagger word tags a rule name may add around the tagger's span: nouns, names, numerals (第一).
_EXTENSION_TAGS = frozenset({"n", "nz", "nt", "ns", "nw", "j", "vn", "an", "m", "LOC", "ORG"})
#: One-character words that may start a body's name before the tagger's span (市|生态环境局, 团|县委).
_PREFIXES = frozenset("省市县区州团乡镇")
#: Words that open a national body's name as 省 opens a province's (国家|林业|和|草原|局).
_NATIONAL_PREFIXES = frozenset({"国家", "中央", "全国"})
#: Rules that build a name from its suffix: the suffix must end a tagger word.
_SUFFIX_RULES = frozenset({"loc-suffix", "org-suffix"})
#: Rules that build a name from a suffix or a cue word, not from a lexicon.
_BUILT_RULES = frozenset({"loc-suffix", "org-suffix", "cue"})
#: Generic nouns that open the names of national bodies (国家教委, 全国政协), not kinds of body.
_NATIONAL = ("国家", "全国")
#: A level's government (省政府, 市政府): a body by GUIDELINES (like 市委), a common noun to jieba.
_LEVEL_GOVERNMENTS = frozenset(level + "政府" for level in "省市县区州镇乡")
#: Characters that may not sit inside a LAC name: a span holding one is dropped.
_INNER_BAD = re.compile(r"[“”《》\"\n，,。;；！!？?、]")
#: Nouns for people that end a word a tagger may read as a name (残奥|健儿 -> 奥健儿).
_PEOPLE_NOUNS = ("健儿",)
#: What makes 路 the first character of a word, not a street's head (路网, 路况).
_ROAD_WORD_ENDS = frozenset("网况")
#: Chinese numerals: a tagger's place ending on one before more text counts what follows (双向六|车道).
_NUMERAL_ENDS = frozenset("一二三四五六七八九十两")


def acceptable(text: str, span: Span, lex: Lexicons, common: dict[str, str]) -> bool:
    """May a LAC span become an entity? Not generic nouns, references, common words or quotes.

    One character is a name only as a country abbreviation (中, 美), not the first character of a
    place the tagger cut (中|国籍), and an ambiguous one (港: a port) only where the article supports
    it (:func:`abbreviation_supported`).
    """
    start, end, label = span
    name = text[start:end]
    if label == "PERSON" and name.endswith(_PEOPLE_NOUNS) and start > 0 and is_cjk(text[start - 1]):
        return False  # 残奥健儿: the tagger's name is the end of a noun for people
    if label in PLACES and name[-1] in _NUMERAL_ENDS and is_cjk(text[end:end + 1] or "."):
        return False  # 双向六|车道: a place cut before the measure its numeral counts
    if label in PLACES and name.endswith("路") and text[end:end + 1] in _ROAD_WORD_ENDS:
        return False  # 华北|路网: a region's road network, no street
    if end - start < 2:
        if label == "PERSON":
            return surname_before_title(text, span, lex)
        if is_known_place(text[start : end + 1], lex):
            return False  # 中|国籍: the tagger cut a place's name (中国) in two; the abbreviation is no name
        return label in PLACES and name in country_abbreviations() and abbreviation_supported(text, name)
    if name in lex.generic or name in lex.references or _INNER_BAD.search(name):
        return False
    if label in PLACES and lex.ends_in_generic(name, longer_than=1):
        return False  # 特大城市, 某某城市: a description ending in a generic noun, not a name
    if label in PLACES and (is_known_place(name, lex) or name in division_levels()):
        return True  # 合肥, 开封, 城口 (of 城口县): the lexicon knows the place the dictionary calls a common word
    if label == "ORG" and (names_a_class(name, lex) or is_kind(name, lex, jieba_dictionary())):
        return False  # 乡镇卫生院, 社区卫生服务站, 某市上市公司, 平民|医院: a kind of body, not one
    if label == "ORG" and (name.endswith(ORG_ENDINGS) or name in _LEVEL_GOVERNMENTS):
        return True  # 人事部, 公牛队, 市委, 省政府: a body's suffix makes the word a name
    return common.get(name, "ns").startswith(("ns", "nt", "nz", "j"))


@functools.lru_cache(maxsize=None)
def _abbreviation_evidence() -> dict[str, tuple[str, ...]]:
    """Evidence words of ambiguous abbreviations (``models/abbreviation_evidence.tsv``)."""
    return {row["abbreviation"]: tuple(row["evidence"].split()) for row in load_table("abbreviation_evidence.tsv")}


def abbreviation_supported(text: str, name: str) -> bool:
    """Is a one-character place abbreviation a place in this article: not an ambiguous one (港 is also
    a port: 渔船在港), or one whose article writes an evidence word (香港, 港澳, 访港 …)?"""
    evidence = _abbreviation_evidence().get(name)
    return evidence is None or any(word in text for word in evidence)


def names_a_class(name: str, lex: Lexicons) -> bool:
    """Does a tagger ORG name a kind of body rather than one (the rules' own test, see
    :data:`pipeline.entities.rules.LEVEL_WORDS`)? An administrative level before it (乡镇|卫生院),
    a generic noun opening it (社区|卫生服务中心; not 国家 or 全国) or one of four characters
    or more ending it (某市|上市公司)."""
    if name.startswith(LEVEL_WORDS) or lex.ends_in_generic(name, longer_than=3):
        return True  # generic nouns of four characters or more are kinds (上市公司); 大学, 委员会 are heads
    return not name.startswith(_NATIONAL) and any(name[:n] in lex.generic for n in (2, 3, 4) if n < len(name))


def _region_heads(common: dict[str, str]) -> frozenset[str]:
    """Learned place heads that are words of the dictionary (地区, 流域, 群岛), less the endings of
    countries and divisions (共和国, 自治州: GPE names the tagger keeps whole) and of transliterations (尼亚)."""
    from pipeline.entities.lac import GPE_SUFFIXES  # numpy: accurate mode only, like this function

    return frozenset(head for head in learned_heads("LOC") if head in common
                     and not head.endswith(GPE_SUFFIXES) and not TRANSLITERATION.intersection(head))


@functools.lru_cache(maxsize=None)
def _region_words() -> frozenset[str]:
    """Words that make a LOC a larger region (某某 + 大地), from ``models/region_words.txt``."""
    return frozenset(load_lines("region_words.txt"))


def merge(text: str, chosen: list[Candidate], tagged: list[Span], lex: Lexicons,
          common: dict[str, str] | None = None, words: list[Span] | None = None) -> list[Candidate]:
    """Rule spans ``chosen`` and LAC spans ``tagged`` as one non-overlapping, sorted list.

    1. Rule spans of :data:`KEEP_RULES` (and any label LAC does not tag) stay.
    2. LAC spans that overlap none of those are added; a LAC span with the
       same bounds as a rule span takes the rule's label (the lexicon knows
       郑州 is a GPE), other overlapping rule spans are dropped.
    3. Remaining rule spans fill the gaps LAC left, unless ``words`` is
       given and they cut a tagger word at both ends (中国 is no name inside
       the word 发展中国家; one cut is allowed, the segmenter errs too: 新|乡上).
       Inside a tagger entity that was rejected (郑州特大城市) any cut is fine.
    """
    common = common or {}
    refined = trim_sections(text, trim_directions(text, split_visits(text, refine_tagged(text, tagged, lex), lex), lex))
    refined = speakers_not_places(text, refined, partial(_known_place, lex), foreign_chars())
    if words is not None:
        refined = extend_facilities(text, extend_lines(text, refined, words), words, lex, facility_heads())
        refined = organize(text, refined, words, org_heads(), sub_heads())
        refined = extend_regions(text, refined, words, _region_heads(common))
        refined = extend_regions(text, refined, words, _region_words(), labels=frozenset({"LOC"}))
        refined = sorted(refined + abbreviation_words(text, words, country_abbreviations(), lex))
    starts = {start: (end, tag) for start, end, tag in words} if words is not None else {}
    if words is not None:
        bodies = media_outlets(text, words) + armies(text, words, country_abbreviations()) + world_bodies(text, words)
        bodies = without_overlaps(bodies + lexicon_bodies(text, words, lex) + metro_operators(text, words, lex))
        chosen = _with_bodies(chosen, bodies)
    kept = [c for c in chosen if c[3] in KEEP_RULES or c[2] not in TAGGER_LABELS
            or joins_pieces(c, refined) or cut_cued_name(text, c, refined) or completes_cued_name(text, c, refined)
            or extends_tagged(text, c, refined, words or [], starts, lex)]
    others = [c for c in chosen if c not in kept]
    by_bounds = {(c[0], c[1]): c for c in others}
    tagged_at = frozenset(start for start, _end, _label in refined)
    taken = covered(len(text), kept)
    merged = list(kept)
    for span in refined:
        start, end, label = span
        if any(taken[start:end]) or not acceptable(text, span, lex, common):
            continue
        if (start, end) not in by_bounds and not credible(text, span, lex, tagged_at):
            continue  # a rule with the same bounds vouches for the span; alone, it needs evidence
        same = by_bounds.get((start, end))
        if same is not None and ({same[2], label} <= PLACES or same[3] in {"place", "loc-suffix", "org-lexicon"}):
            merged.append(same)  # the lexicon knows a place, and whether it is a GPE; a facility's suffix (某某游泳馆);
            # a body's exact name (文联 is no person)
        else:
            merged.append((start, end, label, "lac"))
        taken[start:end] = b"\1" * (end - start)
    bounds = _bounds(words, refined, taken) if words is not None else None
    for cand in others:
        if bounds is not None and not fits_words(cand, bounds, starts, text):
            continue
        if not any(taken[cand[0] : cand[1]]):
            merged.append(cand)
            taken[cand[0] : cand[1]] = b"\1" * (cand[1] - cand[0])
    merged = remember_places(text, sorted(chain_links(text, merged, lex)))  # 南京市|建邺区|某某路
    if words is not None:
        merged = attach_parts(text, merged, words, sub_heads(), _bare_units(), lex.person_cues)
    merged = _fill_gaps(merged, listed_bodies(text), len(text))
    return facilities_are_places(text, trim_rooms(text, widen_into_places(text, merged), name_heads()), site_heads())


def _fill_gaps(merged: list[Candidate], spans: list[Span], size: int) -> list[Candidate]:
    """``merged`` with the ``spans`` (rule ``listed-body``) that overlap none of its spans; a tagger
    PERSON with a span's bounds takes its label (洛某 in a list of enterprises)."""
    if not spans:
        return merged
    bounds = {(s, e): label for s, e, label in spans}
    merged = [(s, e, bounds[(s, e)], "listed-body") if r == "lac" and label == "PERSON" and (s, e) in bounds
              else (s, e, label, r) for s, e, label, r in merged]
    taken = covered(size, merged)
    added = [(s, e, label, "listed-body") for s, e, label in spans if not any(taken[s:e])]
    return sorted(merged + added) if added else merged


def _known_place(lex: Lexicons, name: str) -> bool:
    """Is ``name`` a place of the lexicon or one jieba's dictionary tags ns?"""
    return is_known_place(name, lex) or jieba_dictionary().get(name, (0, ""))[1] == "ns"


@functools.lru_cache(maxsize=None)
def _bare_units() -> frozenset[str]:
    """Sub-units of three characters or more (实验室, 研究所): no part of a body without a name before them."""
    return frozenset(head for head in sub_heads() if len(head) >= 3)


def _with_bodies(chosen: list[Candidate], bodies: list[Span]) -> list[Candidate]:
    """Rule spans plus the bodies the tagger's words show (:mod:`pipeline.entities.tagged_bodies`, rule
    ``body-word``): a body drops the rule spans inside or across it (the place 某某 of 某某新闻网),
    unless one of :data:`KEEP_RULES` holds its characters (a work's title: 《某某日报》 stays a WORK)."""
    if not bodies:
        return chosen
    held = covered(max((c[1] for c in chosen), default=0), [c for c in chosen if c[3] in KEEP_RULES])
    added = [(s, e, label, "body-word") for s, e, label in bodies if not any(held[s:e])]
    return [c for c in chosen if not any(c[0] < e and s < c[1] for s, e, _l, _r in added)] + added


def fits_words(cand: Candidate, bounds: set[int], starts: dict[int, tuple[int, str]], text: str | None = None) -> bool:
    """May a rule span fill a gap the tagger left, given the tagger's words?

    ``bounds``: word bounds (see :func:`_bounds`); ``starts``: tag of the
    word starting at each position: (its end, its tag). A span cutting a word at both ends is
    inside a longer word (发展中国家). A lexicon place cutting one end must
    start a content word, not a function word (和|政治, 中|国家). A name
    built from a suffix (…市场, …公司) or a cue must start on a word the
    tagger calls a name (郑州|万达广场), not a common noun, verb or adjective
    (国际|市场, 尽管|保险公司, 曾|高兴): the suffix alone makes no name, and
    it must end a word (not 某某市场 inside 某某|市场经济); a
    person after a cue (记者|某某) may be one noun or adjective word (not 曾|高兴). A
    place that is exactly one word the tagger calls a common noun (友谊, 白银)
    is that noun.
    """
    start, end, _label, rule = cand
    at_start, at_end = start in bounds, end in bounds
    if not (at_start or at_end):
        return False
    word_end, tag = starts.get(start, (-1, None))
    if rule == "place":
        if word_end == end and tag == "n":
            return False
        return at_start and at_end or (tag is not None and tag not in _FUNCTION_TAGS)
    if rule == "cue" and cand[2] == "PERSON" and word_end == end and tag not in _FUNCTION_TAGS and tag != "v":
        return True  # 记者|某某: the tagger read the name as one common word (丛民/n), the cue says it is one
    if rule == "cue" and cand[2] == "PERSON" and single_characters(start, end, starts, _FUNCTION_TAGS):
        return True  # 发言人|某|某|某: the tagger split an unknown name into characters, the cue joins them
    if (rule in _SUFFIX_RULES or rule == "org-lexicon") and not at_end:
        return False  # 某某市场|经济: the suffix ends no name inside a longer word; nor a short name (最高法|院)
    if rule in _BUILT_RULES:
        return tag in _NAME_TAGS or text is not None and _prefixed_body(text, cand, starts)
    return True


def _prefixed_body(text: str, cand: Candidate, starts: dict[int, tuple[int, str]]) -> bool:
    """Is a suffix-built name 市|省|县 (or 国家) + nouns on the tagger's words (市|生态|环境局,
    省|林业|和|草原|局, 国家|粮食|和|物资|储备局)?

    GUIDELINES count 市生态环境局 as a name (the article's city is implied);
    the tagger reads the prefix as a noun and the body as common words. The
    span must be whole words from the prefix to its end, all nouns, names or
    numerals, with 和 allowed inside (文化和旅游); the last word may be a
    suffix the tagger calls something else. 县委书记 is one word: no 县委 in it.
    """
    start, end = cand[0], cand[1]
    word_end, _tag = starts.get(start, (-1, None))
    prefix = text[start:word_end]
    if not (len(prefix) == 1 and prefix in _PREFIXES or prefix in _NATIONAL_PREFIXES) or cand[2] not in {"ORG", "LOC"}:
        return False
    at = word_end
    while at < end:
        word_end, tag = starts.get(at, (-1, None))
        if word_end < 0 or word_end > end or tag not in _EXTENSION_TAGS and tag != "c" and word_end != end:
            return False
        if tag == "c" and text[at:word_end] != "和":
            return False
        at = word_end
    return True


def joins_pieces(cand: Candidate, tagged: list[Span]) -> bool:
    """Is the rule name exactly two or more adjacent tagger spans (中原 + 万达广场)?

    The tagger cut one name in pieces the rule's suffix holds together
    (北京市 + 人民政府 -> 北京市人民政府): the longest name wins.
    """
    start, end = cand[0], cand[1]
    inside = sorted((s, e) for s, e, _ in tagged if start <= s and e <= end)
    if len(inside) < 2 or inside[0][0] != start or inside[-1][1] != end:
        return False
    if cand[2] == "ORG" and any(label in PLACES for s, e, label in tagged if e == end and s >= start):
        return False  # 新华社 + 莫斯科: a dateline's agency and city, no ORG ends in a place
    return all(a[1] == b[0] for a, b in zip(inside, inside[1:]))


def extends_tagged(text: str, cand: Candidate, tagged: list[Span], words: list[Span],
                   starts: dict[int, tuple[int, str]], lex: Lexicons) -> bool:
    """Is the rule name a longer name around the tagger's (省某某厅 + 某某处, 某某 + 批发市场)?

    GUIDELINES annotate the longest name; the tagger often stops at the
    parent body (省自然资源厅|地籍管理处), the first words of a facility
    (某某中心|游泳馆) or takes the head of a market for a person. A name the
    rules built from a suffix or a lexicon wins when every tagger span it
    touches lies inside it and is shorter, it starts on a tagger word
    (``starts``: word start -> (end, tag)) and ends on one, and the words it
    adds are nouns or names (no verb, pronoun or particle: 某公司|如何|投身|市场,
    英国|驻|香港), save a last word that is itself a suffix of the lexicons. Words added before the tagger's first span must be names
    or a one-character prefix such as 市 or 团 (not 学府|哈佛大学); one generic
    noun added to a place is no name (中国|市场), though it may end a body (某某推广|中心).
    """
    start, end, label, rule = cand
    if rule not in _EXTENDING_RULES or label not in {"ORG", "LOC"} or start not in starts:
        return False
    inside = [t for t in tagged if t[0] < end and start < t[1]]
    if not inside or any(s < start or e > end or e - s >= end - start for s, e, _ in inside):
        return False
    held = covered(end - start, [(s - start, e - start) for s, e, _ in inside])
    added = [w for w in words if start <= w[0] < end and not held[w[0] - start]]
    if not added or not any(w[1] == end for w in added) and inside[-1][1] != end:
        return False
    for w_start, w_end, tag in added:
        if w_end > end or tag not in _EXTENSION_TAGS and not (w_end == end and _is_suffix(text[w_start:w_end], lex)
                                                               or _inner_and(text, w_start, w_end, start, end)
                                                               or w_end == end and _ends_in_head(text[w_start:w_end])):
            return False
    first = inside[0][0]
    for w_start, w_end, tag in added:
        if w_start < first and tag not in _NAME_TAGS and text[w_start:w_end] not in _PREFIXES:
            return False
    tail = added[-1]
    return not (len(added) == 1 and tail[0] >= first and text[tail[0] : tail[1]] in lex.generic
                and all(t[2] in PLACES for t in inside))


def _inner_and(text: str, w_start: int, w_end: int, start: int, end: int) -> bool:
    """Is the word 和 between two parts of a name (某某局|新能源|和|可再生能源|司, 文化|和|旅游|局)?"""
    return text[w_start:w_end] == "和" and start < w_start and w_end < end


def _ends_in_head(word: str) -> bool:
    """Is a last word of three characters or more one the tagger mis-tagged, ending in an ORG head or
    a sub-unit (a conjunction glued to a department's name: 和某某司 as c)?"""
    return len(word) >= 3 and word.endswith((*sub_heads(), *org_heads()))


def _is_suffix(word: str, lex: Lexicons) -> bool:
    """Is ``word`` an ORG, place or sub-unit suffix of the lexicons (高速, 处, 司)? The tagger
    may call it an adjective or a verb at a name's end (京港澳|高速 as a)."""
    kinds = (lex.line_words.get(word) or ("", ()))[1] if lex.line_words is not None else ()
    return any(kind < 3 for kind in kinds)


def cut_cued_name(text: str, cand: Candidate, tagged: list[Span]) -> bool:
    """Does a tagger PERSON run a cued name on into a word that ends names (记者 杨柳|文/图, 某某|说)?"""
    if cand[3] != "cue" or cand[2] != "PERSON":
        return False
    return any(s == cand[0] and e > cand[1] and label == "PERSON" and text[cand[1]] in AFTER_NAME
               for s, e, label in tagged)


def completes_cued_name(text: str, cand: Candidate, tagged: list[Span]) -> bool:
    """Does a tagger PERSON stop one character short of a three-character name a cue gives, the name
    followed by a word that ends names (老支书 朱辉|定 从…, 记者 刘保|锁 报道)?"""
    if cand[3] != "cue" or cand[2] != "PERSON" or cand[1] - cand[0] != 3 or text[cand[1] - 1] in NOT_NAME:
        return False
    if not (text[cand[1]:cand[1] + 1] in AFTER_NAME or not text[cand[1]:cand[1] + 1].isalnum()):
        return False
    return any(s == cand[0] and e == cand[1] - 1 and label == "PERSON" for s, e, label in tagged)


def _bounds(words: list[Span], tagged: list[Span], taken: bytearray) -> set[int]:
    """Word bounds of the tagger, plus every position inside tagger entities not taken."""
    bounds = {b for start, end, _ in words for b in (start, end)}
    for start, end, _ in tagged:
        if not any(taken[start:end]):
            bounds.update(range(start, end + 1))
    return bounds

