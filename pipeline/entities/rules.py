"""Pattern rules for one line of analysis text: works, quoted and unquoted programs, ORG names.

Each rule returns candidate spans ``(start, end, label, rule)`` in line
coordinates; :mod:`pipeline.entities.recognizer` resolves overlaps (longest name wins)
and runs the document pass. Rules are general: a name is built from a prefix
(a place, a head word such as 国家 or 省, or a name bounded by function
words) and a suffix from ``models/`` — never from a list of known names.
LOC rules live in :mod:`pipeline.entities.loc_rules`; the line primitives both use
(:func:`prefix_floor`, :func:`place_starts`, stop characters …) live in
:mod:`pipeline.entities.text` and are re-exported here for existing callers.
"""

from __future__ import annotations

import re

from pipeline.entities.text import (  # noqa: F401  (re-exported: callers use rules.place_starts, rules.is_cjk …)
    COUNT_WORDS,
    MEASURES,
    NUMERALS,
    ROUTE,
    STOP_CHARS,
    STOP_VERBS,
    Candidate,
    LineHits,
    crosses_word,
    date_tail,
    is_cjk,
    longest_suffixes,
    place_starts,
    prefix_floor,
    scan_line,
    straddled,
)
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.quote_lists import coordinated
from pipeline.entities.org_parts import (  # noqa: F401  (re-exported: callers use rules.sub_units …)
    BAD_BEFORE_SUFFIX,
    count_or_time,
    known_organizations,
    sub_units,
    suffix_starts_word,
)

#: ORG suffixes after which a name needs no place or head word (腾讯公司, 清华大学).
NAMED_ORG_SUFFIXES = frozenset("有限公司 有限责任公司 股份有限公司 集团 公司 银行 大学 日报 报社 出版社 天文台".split())
#: Verbs that take an institution noun as object (上大学, 进公司, 开公司): not part of a name.
VERB_BEFORE_SUFFIX = frozenset("上读考进去来到入留开办")
#: Punctuation inside quotes that makes the quoted text speech or a list, not a name.
CLAUSE_PUNCT = re.compile(r"[,，。;；!！?？:：、…]")
#: Numbered slogans and plans used as names: 十五五, 八个统一, 1+7+7+7, 党建+网格.
NUMBERED_NAME = re.compile(
    r"""^(?:
        十[一二三四五六七八九]五                        # five-year plans: 十四五, 十五五
      | [\d一二三四五六七八九十两百]+[个条项大][\u4e00-\u9fff]{1,4}  # 八个统一, 十条措施
      | [^+]{1,8}(?:\+[^+]{1,8})+                      # 1+7+7+7, 党建+网格+大数据
      | (?:一[\u4e00-\u9fff]{1,2}){2,4}                 # 一村一品, 一县一策一专班 (not an idiom: see is_program_quote)
    )$""",
    re.VERBOSE,
)
#: Schools known by their number (某市102中学, 第35中学, 8小学): the number is the name, no place needed.
#: Not inside a longer number or a decimal, not a count of pupils (12中学生).
NUMBERED_SCHOOL = re.compile(r"(?<![\d.．])第?\d{1,3}(?:中学|小学)(?!生)")


def numbered_schools(line: str) -> list[Candidate]:
    """Schools named by a number (102中学, 第35中学) as ORG (rule ``numbered-school``)."""
    if "学" not in line:
        return []  # most lines name no school: one C scan instead of the pattern's lookbehind at every position
    return [(m.start(), m.end(), "ORG", "numbered-school") for m in NUMBERED_SCHOOL.finditer(line)]


#: A quoted phrase or a work title: content without nested quotes or newlines.
QUOTE = re.compile(r'“(?P<q>[^“”\n]{1,30})”|"(?P<a>[^"\n]{1,30})"')  # “…” or ASCII "…" paired in order
#: Characters after a closing quote that do not start a noun (function words, verbs of speech).
NOT_NOUN_AFTER = frozenset("的了是在和与及或也都就说对为把被将从向")
WORK = re.compile(r"《([^《》\n]{1,40})》")
#: Nouns of apps and accounts written right before their quoted name (某某App“某某”, 公众号“某某”).
APP_NOUNS = ("App", "APP", "app", "客户端", "小程序", "公众号", "视频号")
#: Owners' roles after a quoted shop or brand name: the name is an ORG (“某某”主理人).
OWNER_CUES = ("主理人", "创始人", "店主", "老板")


#: Administrative levels: a level + an institution names a class (乡镇卫生院, 县级医院, 省级机关), not one body.
LEVEL_WORDS = tuple("乡镇 乡级 镇级 村级 县级 市级 省级 区级 国家级 基层".split()  # not 省市: 省市场监管局
                    + "公办 民办 公立 私立".split())  # 新建公办小学: who runs a kind of school, no school's name


#: jieba tags of names and abbreviations: a brand before a place may be tagged so (腾讯 nz, 科大 j).
_NAME_TAGS = ("nz", "nt", "nr", "ns", "j")
#: Function characters and pronouns no brand holds (他说|, 新建的|); 为 stays allowed (华为).
_NOT_IN_BRAND = (STOP_CHARS - {"为"}) | frozenset("着过得他她你我们说称新")
#: jieba tags that mark an ordinary word at a brand's edge (推动, 大力, 其中, 今年, 以及 …).
_WORD_TAGS = frozenset("vdpcrtmafqu")


def _brand_start(line: str, start: int, common: dict[str, str]) -> int:
    """Start of a company or brand name of 2–4 characters right before the place at ``start``, else ``start``.

    The chunk must begin at a boundary (line start, punctuation or a
    function character such as 在/为) so it is a whole word; its own
    characters may be stop characters (华为), which is why this does not use
    :func:`prefix_floor`. The longest chunk that is a name wins.
    """
    for k in (4, 3, 2):
        b = start - k
        if b < 0 or line[b] in STOP_CHARS or date_tail(line, b):
            continue  # 27日电|某国: a dateline's tail is no brand
        if (b == 0 or not is_cjk(line[b - 1]) or line[b - 1] in STOP_CHARS) and _brand(line[b:start], common):
            return b
    return start


def _brand(chunk: str, common: dict[str, str]) -> bool:
    """Is ``chunk`` a name, not an ordinary word: jieba tags it as a name (not a place), or it is
    not in jieba's dictionary and neither its first nor its last two characters are a verb, adverb, time word …"""
    if not all(is_cjk(c) and c not in _NOT_IN_BRAND for c in chunk):
        return False
    if chunk in common:
        return common[chunk].startswith(_NAME_TAGS) and common[chunk] != "ns"
    return all(common.get(part, "")[:1] not in _WORD_TAGS for part in (chunk[:2], chunk[-2:]))


#: Suffixes of government bodies whose names may join two fields with 和 (省林业和草原局, 市文化广电和旅游局).
AND_BODY_SUFFIXES = frozenset({"局", "厅", "委", "委员会", "办"})


def _and_body_floor(line: str, floor: int, s: int, suffix: str, lex: Lexicons, places) -> int:
    """Start of a 省/市/县 + X和Y + 局/厅/委 body when ``floor`` stops right after its 和, else ``floor``.

    Generalizes ``models/org_and_bodies.txt``: the 和 is inside the name when
    the part after it is a short field (2–4 characters, not a new head: 省财政厅和|省教育厅
    are two bodies), and the part before it starts at a one-character head or
    a place and holds no body suffix of its own (某局和|某局).
    """
    if suffix not in AND_BODY_SUFFIXES or line[floor - 1 : floor] != "和" or not 2 <= s - floor <= 4:
        return floor
    if line[floor] in lex.org_heads or floor in places:
        return floor
    left = prefix_floor(line, floor - 1, 8, places, None, lex.and_bodies)
    head_ok = left in places or line[left : left + 1] in lex.org_heads
    if not head_ok or floor - 1 - left < 3 or longest_suffixes(line[left : floor - 1], lex.org_suffixes):
        return floor
    return left


def works(line: str) -> list[Candidate]:
    """Titles inside 《》 (brackets excluded)."""
    if "《" not in line:
        return []  # most lines hold no title: a C test instead of a regex pass
    return [(m.start(1), m.end(1), "WORK", "work") for m in WORK.finditer(line) if m.group(1).strip()]


#: Another quoted name right after a closing quote (“A”“B”, “A”、“B”).
_NEXT_QUOTE = re.compile(r"[、和与及]?“[^“”\n]{1,30}")
#: A count right before an opening quote (300个“某某”).
_COUNT_BEFORE = re.compile(r"\d+个$")
#: Punctuation that ends the clause before a quote: only the clause's verbs can make it a program.
_CLAUSE_SPLIT = re.compile(r"[,，。;；!！?？:：、“”]")


#: A slogan of parallel phrases (某某吹哨、部门报到, 大排查、大扫除、大清零): CJK phrases of one length.
_PARALLEL = re.compile(r"[\u4e00-\u9fff]{3,6}(?:、[\u4e00-\u9fff]{3,6})+")


def _parallel_slogan(text: str) -> bool:
    """Is ``text`` two or more phrases of the same length, of three to six characters, joined by 、?

    Such a quote names a reform or a campaign when a program noun follows it
    (“某某吹哨、部门报到”改革, “大排查、大扫除、大清零”专项行动); phrases of
    different lengths are a list or speech (“双航站楼、双跑道”).
    """
    if not _PARALLEL.fullmatch(text):
        return False
    return len({len(part) for part in text.split("、")}) == 1


def _after_quotes(line: str, end: int) -> str:
    """Text after a run of adjacent quoted names (“A”“B”、“C”等), from ``end`` of the first."""
    pos = end
    while True:
        if line.startswith(("”", '"'), pos):  # “A” or ASCII "A"
            pos += 1
        nxt = _NEXT_QUOTE.match(line, pos)
        if not nxt:
            break
        close = line.find("”", nxt.end())
        if close < 0:
            break
        pos = close
    rest = line[pos:]
    return rest[1:] if rest.startswith("等") else rest


def is_program_quote(line: str, start: int, end: int, lex: Lexicons, common: dict[str, str] | None = None) -> bool:
    """Is the quoted text ``line[start:end]`` the name of a program, plan, platform or app?

    ``common``: jieba's words; a numbered pattern jieba lists as an idiom (一心一意) is no name.
    """
    text = line[start:end]
    if _parallel_slogan(text):
        return _after_quotes(line, end).lstrip().startswith(lex.program_cue_tuple)
    if len(text) < 2 or CLAUSE_PUNCT.search(text) or text in lex.generic:
        return False
    if NUMBERED_NAME.match(text) and (common or {}).get(text, "")[:1] not in {"i", "l"}:
        return True
    named = _YEAR_OPENING.sub("", text)  # “2024某某·某某节”: the edition's year opens the event's name
    if is_event_name(named, lex.event_heads) or _dotted_name(named, lex.event_heads):
        return True
    if _EDITION_BEFORE.search(line, max(0, start - 8), start - 1) and _short_event(text, lex.event_heads):
        return True  # 第十二届“某花节”: an edition's ordinal makes a short festival a name
    # endswith/startswith over the whole tuple first (one C call): most quotes end in no cue
    if text.endswith(lex.strong_cues) and any(
            text.endswith(cue) and len(text) > len(cue) + 1 for cue in lex.strong_cues):
        return True
    after = _after_quotes(line, end).lstrip()
    if after.startswith(lex.program_cue_tuple):
        return True
    if lex.strong_tail.match(after):
        return True  # “某某”全国动漫大赛: a name running on to a strong cue
    before = line[max(0, start - 13) : start - 1]
    if before.endswith(APP_NOUNS) or after.startswith(APP_NOUNS):
        return True  # 某某App“某某”, “某某”客户端: the name of an app or an account
    if line[start - 2 : start - 1] == "以" and after.startswith("为"):
        return True  # 以“某某”为抓手
    if _COUNT_BEFORE.search(before):
        return True  # 300个“某某”: a count of a named facility
    clause = _CLAUSE_SPLIT.split(before)[-1]
    return lex.program_verb_re.search(clause) is not None  # one C scan, not an ``in`` test per verb


#: A year opening an event's name (2024某某·某某节, 2023年某某节).
_YEAR_OPENING = re.compile(r"^(?:19|20)\d\d年?")
#: An edition's ordinal right before a quoted event (第十二届“某某节”, 首届“某某节”).
_EDITION_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十百]+|首)届$")


def _short_event(text: str, heads: tuple[str, ...]) -> bool:
    """A festival's name of one name word and its head (某花节), all Chinese characters."""
    return all(is_cjk(c) for c in text) and any(text.endswith(h) and len(text) >= len(h) + 2 for h in heads)


#: Verbs that take a short policy name as object (践行“某某”, 围绕“某某”), and nouns that follow one (“某某”理念).
SHORT_NAME_BEFORE = re.compile(r"(?:践行|实施|推进|开展|落实|围绕|贯彻)了?$")
SHORT_NAME_AFTER = ("理念", "战略", "行动", "政策")
#: Characters that make a quoted phrase a figure or a count (“3天”, “两个”, “一次”), not a name.
FIGURE_CHARS = re.compile(r"[0-9%％]|^[一二三四五六七八九十两几][个次天年月日回件位条项名种类批届期号成倍]")
#: Middle dots joining two parts of a festival or brand name (某地·某某嘉年华).
DOTS = "·・•"
_DOT_SPLIT = re.compile(f"[{DOTS}]")


def is_event_name(text: str, heads: tuple[str, ...]) -> bool:
    """Does ``text`` end in an event or campaign head (“某某文化节”, “文旅消费季”, “某某嘉年华”)?

    A one-character head (节 季 月 周 展 赛) needs three name characters
    before it, a longer one two, so holidays and periods (“春节”, “黄金周”)
    stay ordinary words; counts and dates (“第三周”, “十二月”) are not names.
    """
    if not text.endswith(heads) or CLAUSE_PUNCT.search(text) or not all(is_cjk(c) or c in DOTS for c in text):
        return False  # endswith over the whole tuple first (one C call): most quotes end in no head
    body_ok = any(text.endswith(h) and len(text) >= max(len(h) + 2, 4) for h in heads)
    return body_ok and not re.match(r"[第上下本每今明去前后]?[一二三四五六七八九十两]+[个周月季]?$", text[:-1])


def _dotted_name(text: str, heads: tuple[str, ...]) -> bool:
    """A name of two parts joined by a middle dot (某地·某某周), not a transliterated person (安娜·施密特).

    Both parts need two or more Chinese characters; one must end in an event
    head or be at least four characters long (names of people are shorter).
    """
    parts = _DOT_SPLIT.split(text)
    if len(parts) != 2 or not all(len(p) >= 2 and all(is_cjk(c) for c in p) for p in parts):
        return False
    return is_event_name(parts[1], heads) or max(map(len, parts)) >= 4


def _short_policy_name(line: str, start: int, end: int, lex: Lexicons,
                       common: dict[str, str] | None = None) -> bool:
    """A short quoted policy name (“两山”, “双碳”, “某某”理念, 践行“某某”).

    Two to six Chinese characters, not a figure and not an ordinary word, as
    the object of a policy verb or the modifier of 理念/战略/行动/政策.
    A numeral shorthand alone is not enough: “五老”人员, “九鼎”真相 are
    groups and objects, so “两山” without such context stays untagged.
    """
    text = line[start:end]
    if not 2 <= len(text) <= 6 or not all(is_cjk(c) for c in text) or FIGURE_CHARS.search(text):
        return False
    tag = (common or {}).get(text)
    if tag is not None and not tag.startswith(("nz", "j")) or text in lex.generic:
        return False  # an ordinary word (“双方”, “一流”) in scare quotes
    if SHORT_NAME_BEFORE.search(line[max(0, start - 4) : start - 1]):
        return True
    return line[end + 1 : end + 3] in SHORT_NAME_AFTER


def quoted(line: str, lex: Lexicons, common: dict[str, str] | None = None) -> list[Candidate]:
    """Quoted programs (“八个统一”, “郑好办”APP, the items of a list holding one: :mod:`quote_lists`)
    and quoted shop names before an owner (ORG)."""
    if "“" not in line and '"' not in line:
        return []  # most lines hold no quote: a C test instead of a regex pass
    found, quotes = [], []
    for match in QUOTE.finditer(line):
        group = "q" if match.group("q") is not None else "a"
        start, end = match.span(group)
        quotes.append((start, end))
        if line.startswith(OWNER_CUES, match.end()) and not CLAUSE_PUNCT.search(match.group(group)):
            found.append((start, end, "ORG", "quoted-owner"))
        elif (is_program_quote(line, start, end, lex, common) or _short_policy_name(line, start, end, lex, common)
              or _name_before_noun(line, start, end, lex, common)):
            found.append((start, end, "PROGRAM", "quoted-program"))
    return found + coordinated(line, quotes, found, lex.program_cue_tuple) if found and len(quotes) > 1 else found


def _name_before_noun(line: str, start: int, end: int, lex: Lexicons, common: dict[str, str] | None) -> bool:
    """A quoted name-like phrase used as a modifier of a noun (“某某社区”名单, “某某卡”等服务).

    Name-like: four to ten characters, no clause punctuation, not itself an
    ordinary word or a generic noun; a scare-quoted word (“网红”) is shorter.
    The noun after it must start right after the quote (or after 等).
    """
    text = line[start:end]
    if not 4 <= len(text) <= 10 or CLAUSE_PUNCT.search(text) or text in lex.generic or text in (common or {}):
        return False
    after = _after_quotes(line, end)
    after = after[1:] if after[:1] in "”\"" else after
    tag = _first_word_tag(after, common or {})
    if len(after) < 2 or not is_cjk(after[0]) or after[0] in NUMERALS:
        return False
    if after[0] in NOT_NOUN_AFTER and not (tag[:1] in {"n", "b"} and after[:2] in (common or {})):
        return False  # 的, 在, 是 … after the quote; not a noun that opens on one (在线, 和声)
    return tag == "vn" or tag[0] not in "vpcdr"  # “某某”走向…, “某某”变成…: a verb follows, not a noun


def _first_word_tag(after: str, common: dict[str, str]) -> str:
    """jieba's tag of the first two characters of ``after`` (``n`` when jieba does not list them), or
    ``n`` when a longer dictionary noun opens there (防护林 n, not 防护 v; 达成协议 stays a verb's)."""
    if any(common.get(after[:size]) == "n" for size in (4, 3) if len(after) >= size):
        return "n"
    return common.get(after[:2], "n")


#: Prepositions that open a description of what a campaign targets (开展对某某的整治行动), not its name.
_PREPOSITIONS = ("对", "针对", "关于", "围绕")


def unquoted_programs(line: str, lex: Lexicons) -> list[Candidate]:
    """Unquoted names after a verb, ending in a strong cue (实施国产动漫焕新行动).

    Not a description: 的 or 等 inside (某某等专项行动 names a class of campaigns), or a
    preposition opening it (对某某违法行为整治行动).
    """
    found = []
    for match in lex.unquoted_re.finditer(line):
        name = match.group(1)
        if "的" not in name and "等" not in name and not name.startswith(_PREPOSITIONS) and name not in lex.generic:
            found.append((match.start(1), match.end(1), "PROGRAM", "unquoted-program"))
    return found


def _body_word(line: str, start: int, s: int, end: int, common: dict[str, str]) -> bool:
    """Is there a verb phrase that starts inside the name's body and runs to its end (新乡|上大学)?"""
    return any(common.get(line[i:end], "").startswith("v") for i in range(max(start + 1, s - 2), s))


def organizations(line: str, lex: Lexicons, places: dict[int, list[tuple[int, str, str]]],
                  common: dict[str, str], hits: LineHits | None = None) -> list[Candidate]:
    """[place | head word | bounded name] + body + suffix (省知识产权局, 郑州市委党校, 某某有限公司).

    A longer place suffix at the same end makes the name a place (市会展中心
    is LOC, not ORG by 中心); departments after an ORG extend it (see
    :func:`sub_units`). ``hits`` is the line's :func:`scan_line` when the caller has it.
    """
    hits = hits or scan_line(line, lex)
    if not (hits.org_suffixes or hits.known_orgs or hits.org_acronyms):
        return []  # no suffix and no short name: no ORG, and no parent for a sub-unit
    found = []
    loc_best = hits.loc_suffixes
    starters = lex.org_starters  # one startswith over the tuple tests them all in C
    for end, suffix in hits.org_suffixes.items():
        s = end - len(suffix)
        if len(loc_best.get(end, "")) > len(suffix):
            continue
        if len(suffix) == 1 and line[s - 1 : s] in BAD_BEFORE_SUFFIX.get(suffix, ()):
            continue
        if suffix == "所" and common.get(line[end : end + 2], "")[:1] == "v":
            continue  # 某地所|散发: the particle 所 before a verb, not an institute
        if len(suffix) == 1 and (suffix_starts_word(line, end, common, lex) or line[s - 1 : end] in common
                                 and (common.get(line[s - 1 : end]) != "j" or lex.person_cues.match(line, s - 1))  # 住|建委
                                 and common.get(line[s - 2 : s], "")[:1] != "v"):
            continue  # 局|面, 部|署, 西|部: a one-character suffix inside another word (not 建设|局)
        facility = loc_best.get(s, "")  # 某地机场|集团: a facility's name opens the company
        floor = prefix_floor(line, s - len(facility) if len(facility) >= 2 else s, 16, places, common, lex.and_bodies,
                             through_nouns=True)
        floor = _and_body_floor(line, floor, s, suffix, lex, places)
        start = -1
        for pos in range(floor, s + 1):
            if pos in places and pos < s or line.startswith(starters, pos):
                start = pos
                break
            if pos == floor and line[pos] in lex.org_heads:
                start = pos  # 省知识产权局, 市委: a one-character head only at a boundary
                break
        if start in places:
            start = _brand_start(line, start, common)  # 某为|苏州研发中心: a company's unit in a city keeps its name
        if start < 0 and suffix in NAMED_ORG_SUFFIXES and s - floor >= 2:
            start = floor
        if start < 0 or end - start < 2 or suffix in lex.place_only_suffixes and not _place_before(places, start, s):
            continue
        name = line[start:end]
        body = line[start:s]
        if name in lex.generic or body in lex.generic and (body not in lex.org_heads or len(suffix) < 3) or name in lex.references:
            continue
        if body in lex.references or body.startswith(("全", "我", "该", "本")) or body.startswith(LEVEL_WORDS):
            continue
        if lex.ends_in_generic(name, longer_than=len(suffix)) or count_or_time(body, common):
            continue  # 某地|上市公司, 二季度|上市公司: a class of companies, not one
        if _body_word(line, start, s, end, common) and line[s - 2 : s] not in common or s > start and line[s - 1] in VERB_BEFORE_SUFFIX:
            continue
        found.append((start, end, "ORG", "org-suffix"))
    found += known_organizations(line, lex, common, hits)
    return found + sub_units(line, lex, common, found, hits)


def _place_before(places: dict[int, list[tuple[int, str, str]]], start: int, s: int) -> bool:
    """Does a lexicon place start the name at ``start`` and end right before its suffix at ``s``?"""
    return any(end == s for end, _label, _text in places.get(start, ()))
