"""General fixes to the tagger's spans before the merge (see :mod:`pipeline.entities.merge`).

LAC draws most name bounds well but errs in a few regular ways on news text;
each function here repairs one of them and is pure, on spans ``(start, end,
label)`` and LAC words ``(start, end, tag)`` in the coordinates of the text
given:

- :func:`trim_edges`, :func:`trim_affixes`: punctuation, a dateline's 电, a
  forecast's weather and a title after a bare surname at a span's edges;
- :func:`split_abbreviations`, :func:`abbreviation_words`: compounds of
  one-character country abbreviations (中美, 中葡, 访华, 中方);
- :func:`organize`: a place or ORG the next words make part of a longer ORG
  (某国 + 文物 + 委员会).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.names import is_cjk
from pipeline.text.resources import MODELS_DIR, load_lines, load_table
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]

#: Place labels.
PLACES = frozenset({"GPE", "LOC"})
#: Punctuation LAC sometimes includes at the edge of a name.
_EDGE_PUNCT = "·・.-—,，、:：;；\"'“”‘’《》()（）[]【】 \t"
#: Tags of words that may be a compound of country abbreviations (中葡 as f, 日美 as nz).
_COMPOUND_TAGS = frozenset({"f", "nz"})
#: First characters of two-character verbs of visiting, coming, going and
#: staying whose second character is a place (访华, 抵京, 赴美, 驻港, 侵华). Not 出 or 入:
#: 出台 (to issue a policy), 入港 (to enter port) are far more often verbs of their own.
VISIT_VERBS = frozenset("访来赴抵到进离回返驻旅留侵援在")
#: Weather at the end of a forecast line (某城多云, 某城小到中雨, 某城阴转晴).
_WEATHER = re.compile(r"""
    (?: 多云 | 阴 | 晴 | 雾 | 霾 | 沙尘暴? | 浮尘
      | (?:[小中大]到)?[小中大暴]?(?:阵|雷阵|冻)?(?:雨夹雪|雨|雪) )
    (?: 转 .{1,4} )? $""", re.VERBOSE)
#: Titles and forms of address after a surname (张主席, 王先生, 李老, 杜氏).
_TITLES = frozenset("""先生 女士 小姐 太太 夫人 老 氏 总 主席 总理 总统 书记 总书记 部长 省长 市长 县长 局长
    厂长 校长 院长 主任 经理 老师 教授 博士 医生 大夫 师傅 同志 大娘 大妈 大爷 大嫂 大姐 阿姨 叔叔 伯伯 老汉""".split())
_TITLE_TUPLE = tuple(_TITLES)
#: ORG suffixes that also end facilities and places: no evidence of an ORG alone.
_FACILITY_HEADS = ("中心", "所", "院", "馆", "办", "台", "海关", "监狱", "市委", "省委", "区委", "县委")
#: Tags of the words between a place and an ORG head (文物, 最高, 财政).
_RUN_TAGS = frozenset({"n", "nz", "vn", "an", "a", "j", "nt"})
#: Common words ending in an ORG head: directions and parts (南部, 大部, 干部),
#: people (常委, 政委), the authorities (当局) and rooms (音乐厅, 餐厅).
_NOT_HEAD = re.compile(r"""
    (?: [东南西北中内外大全干局声腹头胸背底上下]部
      | [常政编]委 | 当局
      | [音餐大客展舞门]厅 ) $""", re.VERBOSE)
#: Tags of a word that can end an ORG (委员会/n); 部署/vn ends in 署 but is a verb.
_HEAD_TAGS = frozenset({"n", "nz", "nt", "j"})


@functools.lru_cache(maxsize=None)
def country_abbreviations(models_dir: Path = MODELS_DIR) -> frozenset[str]:
    """One-character abbreviations (中 美 日 …) from ``models/country_abbreviations.txt``."""
    return frozenset(load_lines("country_abbreviations.txt", models_dir))


def trim_edges(text: str, span: Span) -> Span | None:
    """``span`` without punctuation at its ends, or None when nothing is left."""
    start, end, label = span
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return (start, end, label) if end > start else None


def trim_affixes(text: str, span: Span, lex: Lexicons) -> Span:
    """A tagger span without the words it often swallows at its edges.

    - the 电 of a dateline (…5月3日电|某国队): after 日, 电 starts no name;
    - the weather after a city in a forecast table (某城多云|26℃, 某城晴|转多云);
    - a title after a bare surname (张主席, 王先生, 李老): the name is the
      surname (a full name before a title is cut by the tagger itself).
    """
    start, end, label = span
    if end - start > 2 and text[start] == "电" and start and text[start - 1] == "日":
        start += 1
    weather = _WEATHER.search(text, start, end)
    if weather and weather.start() - start >= 2 and (end == len(text) or not is_cjk(text[end]) or text[end] == "转"):
        end = weather.start()
    if (label == "PERSON" and text[start] in lex.surnames and text[start + 1 : end] in _TITLES):
        end = start + 1
    return (start, end, label)


def title_after(text: str, end: int) -> str:
    """The title or form of address written at ``end`` (王|先生, 张|老先生 -> 老), else ""."""
    return max((t for t in _TITLE_TUPLE if text.startswith(t, end)), key=len, default="")


def surname_before_title(text: str, span: Span, lex: Lexicons) -> bool:
    """Is a one-character PERSON a surname before a title (张|主席), as :func:`trim_affixes` leaves it?"""
    start, end, _label = span
    return end - start == 1 and text[start] in lex.surnames and text.startswith(_TITLE_TUPLE, end)


#: Surnames (by the file's rough frequency order) that may start a name inside a run of names.
COMMON_SURNAMES = 200
#: Characters of transliterated foreign names (费尔南德斯, 阿尔瓦雷斯): a span holding one is not
#: split into Chinese names, whatever its characters' surnames say.
TRANSLITERATION = frozenset("尔斯德克亚特娃夫基里拉纳诺多罗塔茨维奇蒂卡伊")


@functools.lru_cache(maxsize=None)
def common_surnames(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """The first :data:`COMMON_SURNAMES` one-character surnames of ``models/surnames.txt`` (by frequency)."""
    return tuple(name for name in load_lines("surnames.txt", models_dir) if len(name) == 1)[:COMMON_SURNAMES]


def split_name_run(text: str, span: Span, surnames: tuple[str, ...]) -> list[Span]:
    """姓名姓名 -> two names: a tagger PERSON of five characters or more, made of names run together.

    Lists of names printed without a separator (or with one the text lost)
    come back from the tagger as one PERSON (某春云钱其琛). The span is cut
    into pieces of two or three characters, each later piece starting with
    one of the ``surnames`` (common ones, by frequency), three-character
    pieces preferred; a span with a name dot (·) or a transliteration
    character, or with no such cut, is left whole.

    >>> split_name_run("王小明李大力", (0, 6, "PERSON"), ("王", "李"))
    [(0, 3, 'PERSON'), (3, 6, 'PERSON')]
    """
    start, end, label = span
    name = text[start:end]
    if label != "PERSON" or len(name) < 5 or not all(map(is_cjk, name)) or TRANSLITERATION.intersection(name):
        return [span]
    best = _name_cuts(name, 0, frozenset(surnames))
    if best is None:
        return [span]
    bounds = [0, *best]
    return [(start + a, start + b, "PERSON") for a, b in zip(bounds, bounds[1:])]


def _name_cuts(name: str, at: int, surnames: frozenset[str]) -> tuple[int, ...] | None:
    """Ends of pieces of 3 or 2 characters covering ``name[at:]``, later pieces on surnames; 3 first."""
    if at == len(name):
        return ()
    if at and name[at] not in surnames:
        return None
    for size in (3, 2):
        if at + size <= len(name):
            rest = _name_cuts(name, at + size, surnames)
            if rest is not None:
                return (at + size, *rest)
    return None


def split_abbreviations(text: str, span: Span, abbreviations: frozenset[str], lex: Lexicons) -> list[Span]:
    """中美 -> 中, 美: a place made only of country abbreviations is one place per character.

    A name that is itself a known place (巴西, 古巴) is kept whole. (A
    compound the tagger calls a person or an ORG is left alone: 德法并治 is
    virtue and law.) 中华 names China twice over, the nation of 中华民族,
    not two countries: it is no place at all (README: where we differ from MSRA).
    """
    start, end, label = span
    name = text[start:end]
    if label in PLACES and name == "中华":
        return []
    if (label not in PLACES or not 2 <= len(name) <= 4 or not set(name) <= abbreviations
            or name in lex.divisions or is_known_place(name, lex)):
        return [span]
    return [(i, i + 1, "GPE") for i in range(start, end)]


def abbreviation_words(text: str, words: list[Span], abbreviations: frozenset[str], lex: Lexicons) -> list[Span]:
    """Country abbreviations inside words the tagger did not call names, one place per character.

    - a compound of abbreviations the tagger took for a locative or a proper
      noun (中葡|人民, 日美|同盟);
    - a verb of coming, going or staying whose object is an abbreviation
      (访华, 来华, 驻华, 抵京, 赴美): the second character is the place;
    - a "side" (中方, 美方): the first character is the place.
    """
    out: list[Span] = []
    for start, end, tag in words:
        name = text[start:end]
        if tag in _COMPOUND_TAGS:
            out.extend(split_abbreviations(text, (start, end, "GPE"), abbreviations, lex)
                       if len(name) >= 2 and set(name) <= abbreviations else [])
        elif len(name) != 2:
            continue
        elif tag in {"v", "vn"} and name[0] in VISIT_VERBS and name[1] in abbreviations:
            out.append((start + 1, end, "GPE"))
        elif name[1] == "方" and name[0] in abbreviations:
            out.append((start, start + 1, "GPE"))
    return out


@functools.lru_cache(maxsize=None)
def org_heads(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """Suffixes that end an organization's name (``models/org_suffixes.txt``) less the
    ones that also end facilities or places (中心, 所, 院, 馆 …), longest first."""
    heads = set(load_lines("org_suffixes.txt", models_dir)) | set(learned_heads("ORG", models_dir))
    return tuple(sorted((h for h in heads if not h.endswith(_FACILITY_HEADS)), key=len, reverse=True))


def organize(text: str, spans: list[Span], words: list[Span], heads: tuple[str, ...],
             sub_heads: tuple[str, ...] = ()) -> list[Span]:
    """Places and ORGs that the tagger's next words make part of a longer ORG.

    - a tagger place ending in an ORG head is an ORG (某国最高文物委员会 as LOC);
    - a place or ORG followed by up to three content words, the last ending
      in an ORG head or a word of three characters or more that jieba's
      dictionary tags ``nt`` (最高 + 人民法院), is one ORG (某国 + 文物 +
      委员会, 某乐团 + 合唱团): the longest name is annotated (GUIDELINES). 部长 or 委员 end no ORG: the
      tagger keeps them one word;
    - an ORG followed by such a run whose last word, of three characters or
      more, ends in a sub-unit (``sub_heads``: 司 处 科 …) is the body and its
      department (某某局 + 数字经济司); two characters are common words (关系, 上司).
    """
    word_at = {start: i for i, (start, _end, _tag) in enumerate(words)}
    taken = {start for start, _end, _label in spans}
    out: list[Span] = []
    for start, end, label in spans:
        name = text[start:end]
        if label in PLACES and _is_org_word(name, heads) and name not in heads:
            label = "ORG"
        if label in PLACES or label == "ORG":
            end_of = _org_run(text, end, words, word_at, heads, taken, sub_heads if label == "ORG" else ())
            if end_of is not None:
                end, label = end_of, "ORG"
        out.append((start, end, label))
    return out


def _org_run(text: str, end: int, words: list[Span], word_at: dict[int, int],
             heads: tuple[str, ...], taken: set[int], sub_heads: tuple[str, ...] = ()) -> int | None:
    """End of a run of at most three content words from ``end`` whose last ends in an ORG head
    (or in a sub-unit head, for a word of three characters or more)."""
    i = word_at.get(end)
    if i is None:
        return None
    for j in range(i, min(i + 3, len(words))):
        start, stop, tag = words[j]
        if tag not in _RUN_TAGS or (j > i and start in taken):
            return None
        word = text[start:stop]
        if tag in _HEAD_TAGS and (_is_org_word(word, heads) or len(word) >= 3 and word.endswith(sub_heads)
                                  or len(word) >= 3 and jieba_dictionary().get(word, (0, ""))[1] == "nt"):
            return stop  # the last also when jieba's dictionary calls the word an organization (最高|人民法院)
    return None


def common_ending(word: str) -> bool:
    """Does ``word`` end in a common word that only looks like a body's head (干部, 南部, 常委, 餐厅)?"""
    return _NOT_HEAD.search(word) is not None


def _is_org_word(word: str, heads: tuple[str, ...]) -> bool:
    """Does ``word`` end in an ORG head that is not part of a common word (南部, 干部, 常委, 当局, 餐厅,
    开局, 格局)? A two-character word that is not itself a head ends in a one-character head
    only by chance (开|局, 布|局): bodies named with one (公安局, 环境局) are longer."""
    if len(word) == 2 and word not in heads and not word.endswith("委") and word[0] not in "分总":
        return False  # 市委, 党委, 分局, 总部 are bodies
    return word.endswith(heads) and not _NOT_HEAD.search(word)


@functools.lru_cache(maxsize=None)
def sub_heads(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """Sub-unit suffixes (司 处 科 …, ``models/org_subunits.txt``) that end a department after its body."""
    return tuple(sorted(load_lines("org_subunits.txt", models_dir), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def learned_heads(label: str, models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """Heads of ``label`` names (ORG or LOC) of two characters or more from ``models/name_heads.tsv``
    (learned from jieba's dictionary by ``scripts/build_name_heads.py``), longest first."""
    rows = load_table("name_heads.tsv", models_dir)
    return tuple(sorted((r["head"] for r in rows if r["label"] == label and len(r["head"]) >= 2), key=len, reverse=True))


def extend_regions(text: str, spans: list[Span], words: list[Span], heads: frozenset[str],
                   labels: frozenset[str] = PLACES) -> list[Span]:
    """A tagger place followed by a word that is a place head (喀什 + 地区, 某江 + 流域, 某某 + 群岛) is one LOC.

    ``heads``: whole words that end place names (learned from jieba's
    dictionary, see :func:`learned_heads`); the tagger leaves them out as
    common nouns, while GUIDELINES annotate the longest name. ``labels``: the
    place labels extended.
    """
    word_at = {start: (end, tag) for start, end, tag in words}
    out = []
    for start, end, label in spans:
        following = word_at.get(end)
        if label in labels and following is not None and text[end : following[0]] in heads:
            out.append((start, following[0], "LOC"))
        else:
            out.append((start, end, label))
    return out


def is_known_place(name: str, lex: Lexicons) -> bool:
    """Is ``name`` a whole entry of the place lexicon (countries, divisions)?"""
    return lex.places.get(name, None) is not None


