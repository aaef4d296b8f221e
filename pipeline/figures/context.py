"""Figure context: the words around a numeral that drop or qualify it (GUIDELINES: Figures).

:mod:`pipeline.figures.find` reads numerals, units and ranges; this module holds
the checks on what surrounds each :class:`Candidate`, each a cheap look at a
few characters, so that a number which names, dates or decorates is not
reported as a quantity:

- blocked spans: short quotes, 《titles》 and idioms (“十四五”, 一举两得);
- :func:`context_drop`: codes, years and calendar periods, classes named by
  their year (2026届), clock times,
  place names (三里庵街道), enumeration (第N without a rank cue), an article
  一, small rhetorical counts (三个方面), rate bases (一天能…);
- :func:`unitless_drop`: a number with no unit stays only with a multiplier
  or a bound word, which also sets its qualifier (超, 近, 最低仅).

Checks mutate the candidate only to say what it is (``drop``, ``kind``,
``qualifier``, ``optional``, and a rank's start at 第).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.figures.lexicon import FigureLexicon
from pipeline.figures.numerals import DIGITS
from pipeline.text.words import jieba_dictionary, word_tags

#: Short quotes and titles: numbers inside name things (“三农”, 《2025年报告》).
_SHORT_QUOTE = re.compile(r"“[^“”\n]{1,12}”|\"[^\"\n]{1,12}\"|《[^》\n]*》|〈[^〉\n]*〉")
#: The characters that open one (a pure class: the scan for it skips ahead in C).
_QUOTE_OPENERS = re.compile(r"[“\"《〈]")
#: Words before 第N that make it a rank (全国第五, 位居第二), not an enumeration.
_RANK_CONTEXT = re.compile(r"(?:全国|全省|全市|全区|全球|世界|全世界|排名|位居|位列|居|列|排|名列|跃居|升至|榜)$")
#: The same with what is ranked between (位居涨幅第三, 全球票房第一): a two-character cue, then a short noun.
_RANK_CONTEXT_NOUN = re.compile(r"(?:全国|全省|全市|全区|全球|世界|排名|位居|位列|名列|跃居|居于)[\u4e00-\u9fff]{1,4}$")
#: 第N位 / 第N名 are ranks; 第N批 / 第N届 … are optional ranks (GUIDELINES: Figures).
_RANK_UNITS = ("位", "名")
#: Words before N名 / N位 that make it a place in an order: 前三名, 分列二、三名, 前移9位, 上升3位.
_PLACE_AMONG = re.compile(r"(?:(?<![提此以之事])前|分列|并列|前移|后移|上升|下降|前进|后退|跃升|提升)$")
#: Measure words of an Arabic ordinal that ranks things (第3个项目, 第5家门店).
_ORDINAL_UNITS = frozenset({"个", "家", "座", "所", "支"})
#: Characters after 第N个 that leave no noun to rank (第3个, / 第3个。).
_NO_NOUN = frozenset(",;:!?。、)”\n")
_OPTIONAL_RANK_UNITS = ("批", "期", "轮", "次", "季", "场", "代")
#: What a phase number names (三期项目, 二期工程): N期 before one is a name, not a count of periods.
_PHASED_WORKS = ("项目", "工程", "工地", "厂房", "园区")
#: Characters before N期 that count or order the phases (分两期, 共三期, 第二期), not a name's last.
_NOT_A_NAME_BEFORE = frozenset("分共为第前后近每这该本首末头上下约计达有是和与及、")
#: What follows a phase that ends a project's name in a list (某某高速二期、某某二期等).
_AFTER_A_NAMED_PHASE = frozenset("、，,等和及与）)")
#: Words after a long digit string that make it a code, not a count.
_CODE_CUE = re.compile(r"热线|电话|专线|短信|邮编|号码")
_FIVE_DIGITS = re.compile(r"\d{5,}")
_SEVEN_DIGITS = re.compile(r"\d{7,}")
_DIGITLESS_OK = re.compile(r"[百千万亿]{2,}")   # 百万人次 is a figure
_BARE_MULTIPLIERS = frozenset("百千万亿")
#: Count words that after a lone 百/千/万 make a degree or a set phrase, not a count.
_BARE_NOT_COUNTS = frozenset({"分", "倍", "级", "般", "起", "门", "路", "头", "条", "代"})
# 前 right before a time span makes a calendar period (今年前5个月, 此前一年,
# 头三个月), a DATE; 提前3天 / 向前 / 往前 keep the span a duration.
_PERIOD_BEFORE = re.compile(r"(?:(?<![提向往超领])前|^头|(?<=[年月,;。、])头)$")
# A span reaching now or back from it (50年来, 三年以来, 10年间, 两年前, 过去五年) is a
# DATE; 5年内 / 5个小时过后 keep the span a duration (a bound, a wait).
# A span right before a change it frames (五年增长超过50%, 三年翻一番) is that change's period too.
_PERIOD_AFTER = re.compile(r"(?:来|以来|间(?!隔)|前(?![往进移行来])|之隔"
                           r"|(?:累计|共|分别)?(?:增长|增加|下降|减少|提高|降低|翻一番|翻番|翻了一番))")
# 过去五年, 未来一周, 今后三年, 最近两个月: a span back from or ahead of now (and 近三年, below).
_PERIOD_OPENER = re.compile(r"(?:过去|未来|今后|最近)$")
# The last character of a price (7元, 8毛, 3块): 一斤 right after it is what the price is per.
_PRICE_ENDS = frozenset("元毛角块钱")
# A duration stated as one (历时近三年, 长达近一个月): 近 there bounds a measured span.
_STATED_SPAN = re.compile(r"(?:历时|长达|用时|耗时|持续|为期|花了|用了)$")
# A span of one unit followed by "can" is the base of a rate: 一天能卖出…, 一年可节约….
_RATE_AFTER = re.compile(r"(?:能|可以?|就能|便能|下来)")
# Suffixes that end a place name; a numeral + measure word right before one
# (with at most one name character between) is part of the name: 三里庵街道,
# 五里墩, 十里铺村. Counts of such places use classifiers (五个村, 三座桥),
# which this rule does not touch.
_PLACE_SUFFIX = re.compile(r"[\u4e00-\u9fff]?(?:街道|社区|小区|大街|胡同|庵|屯|墩|铺|营|寨|堡|庄|村|镇|乡|巷|站)")
_NAME_MEASURES = frozenset("里棵间")


@dataclass(slots=True)
class Candidate:
    """A numeral under construction; ``drop`` says why it is not a figure."""

    start: int
    num_end: int
    end: int
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""
    kind: str = "count"
    qualifier: str = "eq"
    optional: bool = False
    multiplied: bool = False
    arabic: bool = False
    digitless: bool = False
    cheng: bool = False            # read from 成 (tenths): a range's low end is scaled too
    drop: str | None = None


def blocked_spans(line: str, lex: FigureLexicon) -> list[tuple[int, int]]:
    """Spans whose numbers are names or rhetoric: short quotes, titles, idioms."""
    spans = [m.span() for m in _SHORT_QUOTE.finditer(line)] if _QUOTE_OPENERS.search(line) else []
    spans += [m.span() for m in lex.idiom_re.finditer(line)]
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls in one of the half-open ``spans``."""
    for s, e in spans:
        if s <= pos < e:
            return True
    return False


def context_drop(line: str, m: re.Match, cand: Candidate, lex: FigureLexicon) -> str | None:
    """Why the words around a candidate make it no figure (None: it is one)."""
    start, num = m.start(), m.group("num")
    before = line[max(0, start - 4):start]
    prev = before[-1:]
    if prev and (prev.isascii() and prev.isalpha() or prev in "#№"):
        return "code (letters before the number)"
    if prev and prev in "这那每哪某几数" and not cand.arabic:
        return "demonstrative or vague 几/数, not a count"
    if cand.unit == "年" and (_is_year(num) or line.startswith("代", cand.end)):
        return "year (a DATE entity)"
    if prev != "第" and _is_named_year(num) and line.startswith(lex.year_followers, cand.num_end):
        return "a class or edition named by its year (2026届, 2025版): a time"
    unit = lex.units.get(cand.unit)
    if (unit is not None and unit.duration and prev == "近" and line[start - 2:start - 1] not in ("将", "接")
            and not _STATED_SPAN.search(line, max(0, start - 3), start - 1)):  # not 将近两年, 接近三年
        return "period back from now (近三年): a DATE entity"
    if unit is not None and unit.duration and cand.qualifier == "eq":
        if _PERIOD_BEFORE.search(line, max(0, start - 3), start):
            return "period of a calendar (前4个月, 此前一年): a DATE entity"
        # 连续三年翻番, 连续4周回落: a run of years is a stated duration, not the change's period
        running = line.endswith("连续", 0, start)
        if _PERIOD_AFTER.match(line, cand.end) and not running or _PERIOD_OPENER.search(line, max(0, start - 2), start):
            return "period up to or back from now (50年来, 10年间, 过去五年, 五年增长…): a DATE entity"
        if cand.value == 1 and not cand.arabic and _RATE_AFTER.match(line, cand.end):
            return "一天能…: the base of a rate, not a stated duration"
    if cand.unit == "角" and not cand.arabic and prev in ("珠", "长", "金"):
        return "a region's name (珠三角, 长三角): no money"
    if cand.unit == "期" and line.startswith(_PHASED_WORKS, cand.end):
        return "a project's phase (三期项目, 二期工程): part of its name"
    if (cand.unit == "期" and not cand.arabic and "\u4e00" <= prev <= "\u9fff" and prev not in _NOT_A_NAME_BEFORE
            and line[cand.end:cand.end + 1] in _AFTER_A_NAMED_PHASE):
        return "a named project's phase (龙怀二期、…): part of its name"
    if unit is not None and unit.small_term and not cand.arabic and cand.value < 100:
        return "small Chinese numeral + 字 is a term (十字路口, 八字方针)"
    if not cand.arabic and unit is not None and _in_place_name(line, cand, unit):
        return "numeral inside a place name (三里庵街道)"
    if cand.arabic and not cand.unit and _FIVE_DIGITS.fullmatch(num) and _CODE_CUE.match(line, m.end()):
        return "hotline or code number"
    if cand.arabic and _SEVEN_DIGITS.fullmatch(num) and not cand.unit:
        return "long digit string (a code)"
    if line[m.end():m.end() + 1] in ("点", "时") and not cand.unit and not cand.arabic:
        return "clock time"
    if prev in ("时", "点") and cand.unit in ("分", "秒"):
        return "clock time"
    if prev == "第":
        return _rank(line, start - 1, cand, lex)
    if cand.unit in _RANK_UNITS and _PLACE_AMONG.search(line, max(0, start - 3), start):
        cand.kind = "rank"  # 前三名, 分列二、三名, 排名前移9位: a place among others, not a head count
    if (set(num) <= _MULTIPLIERS and start >= 2 and _NUMERAL_CHAR.match(line, start - 2)
            and getattr(lex.units.get(prev), "kind", None) == "count" and cand.unit
            and re.match(r"[\u4e00-\u9fffA-Za-z]", line[cand.end:cand.end + 1])):  # 3个亿 is 3亿
        return "bare multiplier after a count's measure word (26个万亿元GDP城市): a class, not a figure"
    if num in ("零", "〇") and cand.unit and _in_common_word(line, start):
        return "零 opening a word (零部件, 零件: parts), not zero"
    if num == "一" and cand.unit and prev in _PRICE_ENDS and cand.kind in ("measure", "count"):
        cand.optional = True  # 7元一斤, 8毛一个: the quantity a price is per, no figure of its own
    if (num == "一" and (cand.kind == "count" or cand.unit == "级") and cand.unit and cand.qualifier == "eq"
            and cand.unit != "倍"  # 增长一倍: a doubling is a figure
            and not (unit is not None and unit.medal)):  # 各取一金: a tally's one medal is counted
        return "一 + measure word is an article, not a count"
    if (not cand.arabic and cand.value <= 10 and cand.unit in ("个", "项", "种", "条", "大", "")
            and lex.rhetoric_re.match(line, cand.end)):
        return "small count of abstract nouns (rhetoric)"
    if cand.unit and line.startswith(cand.unit[-1], cand.end) and not cand.arabic:
        cand.optional = True  # 一件件: reduplicated measure word
    elif cand.unit == "年" and _AVERAGED_OVER.match(line, cand.end):
        cand.optional = True  # 两年平均增长4.5%: the years an average is taken over, no fact of its own
    elif cand.optional and unit is not None and cand.unit == "级" and _on_scale(line, cand, lex):
        cand.optional = False  # 风力12级 / 10级大风: a level measured on a physical scale
    return None


#: An average over the years just counted (两年平均增长, 三年年均增速).
_AVERAGED_OVER = re.compile(r"(?:平均|年均)(?:增长|下降|增速|增幅|提高|降低)")
#: A numeral made of multipliers only (万亿, 千亿): with no digit it can name a class of things.
_MULTIPLIERS = frozenset("十百千万亿萬億")
#: The last character of a number (26个 | 万亿元…: a number, then its measure word, then the multiplier).
_NUMERAL_CHAR = re.compile(r"[\d一二两三四五六七八九十百千万]")


#: Frequency in jieba's dictionary from which a word opening on 零 is a common word (零件 433, 零部件 1515).
_COMMON_WORD = 100


def _in_common_word(line: str, start: int) -> bool:
    """Is the 零 at ``start`` the first character of a common dictionary word (零件, 零部件), by
    jieba's cut of the text from there?"""
    words = word_tags(line[start:start + 6])
    return bool(words) and len(words[0][0]) > 1 and jieba_dictionary().get(words[0][0], (0, ""))[0] >= _COMMON_WORD


def _people_after(line: str, num_end: int, lex: FigureLexicon) -> bool:
    """True for 多 or 余 right after the number and then a noun for people (群众, 村民):
    jieba's next word is a noun ending in a head of ``models/figure_people_heads.txt``."""
    if line[num_end:num_end + 1] not in ("多", "余"):
        return False
    words = word_tags(line[num_end + 1:num_end + 7])
    return bool(words) and words[0][1].startswith("n") and words[0][0][-1] in lex.people_heads


def _on_scale(line: str, cand: Candidate, lex: FigureLexicon) -> bool:
    """True when a scale noun (风力, 大风, 地震: models/figure_scale_nouns.txt) stands right
    before the number (a bound word such as 达 or 约 between them) or right after 级."""
    if lex.scale_after_re.match(line, cand.end):
        return True
    return lex.scale_before_re.search(line, max(0, cand.start - 8), cand.start) is not None


def _in_place_name(line: str, cand: Candidate, unit) -> bool:
    """三里庵街道: a one-character measure word (里, 棵) glued to a place suffix."""
    if len(unit.text) != 1 or not (unit.kind == "measure" or unit.text in _NAME_MEASURES):
        return False
    if cand.multiplied or cand.qualifier != "eq" or cand.end - cand.start > 3:
        return False
    m = _PLACE_SUFFIX.match(line, cand.end)
    return m is not None and "的" not in m.group()


def _is_year(num: str) -> bool:
    """2025 / 二〇二五: four digits read as a year."""
    if num.isdigit():
        return len(num) == 4 and 1000 <= int(num) <= 2200
    return len(num) in (2, 4) and all(c in DIGITS for c in num)


#: A year that names a class or an edition: 19xx/20xx, or 一九xx/二〇xx in Chinese digits.
_NAMED_YEAR = re.compile(r"(?:19|20)\d{2}|(?:一九|二[〇零])[〇零一二三四五六七八九]{2}")


def _is_named_year(num: str) -> bool:
    """2026 / 二〇二五 (four digits of this or the last century) before 届/级/版/款: a year,
    where 三届, 十三届 and 2000多名 stay counts."""
    return _NAMED_YEAR.fullmatch(num) is not None


def _rank(line: str, di: int, cand: Candidate, lex: FigureLexicon) -> str | None:
    """第N: a rank after 全国/位居… or before 位/名; else an enumeration."""
    if (cand.unit in _RANK_UNITS or _RANK_CONTEXT.search(line[max(0, di - 4):di])
            or _RANK_CONTEXT_NOUN.search(line[max(0, di - 8):di])):
        cand.kind, cand.start = "rank", di
        return None
    if cand.arabic and cand.unit in _ORDINAL_UNITS and line[cand.end:cand.end + 1] not in _NO_NOUN:
        # 开工的第3个百亿元级项目: an Arabic ordinal with a measure word and its noun ranks
        # the thing; enumerations of points are written in Chinese (第一, 第二个方面) and
        # clause numbers (第2条, 第3款) take other words
        cand.kind, cand.start = "rank", di
        return None
    if cand.unit == "届":
        return "edition of an event (第十三届运动会): part of its name"
    if cand.unit in _OPTIONAL_RANK_UNITS:
        # 连续第八次飞行 / 第三十二次获得成功: the N-th time of an event counts its occurrences
        # (real articles' gold holds each one as a claim); 第一次 (for the first time) stays a
        # manner word, and 第N批 / 第N届 name an edition (optional, GUIDELINES)
        occurrence = cand.unit == "次" and cand.value > 1 and not lex.session_re.match(line, cand.end)
        cand.kind, cand.optional, cand.start = "rank", not occurrence, di
        return None
    return "enumeration (第N)"


def unitless_drop(line: str, cand: Candidate, lex: FigureLexicon) -> str | None:
    """A number with no unit is a figure only with a multiplier (350万) or a bound (近百万)."""
    qual = _before_qualifier(line, cand, lex)
    if qual is not None and cand.qualifier == "eq":
        cand.qualifier = qual
    if cand.digitless and cand.unit != "%":
        if cand.unit and cand.unit in lex.units and lex.units[cand.unit].duration:
            return "千年/百年: rhetoric"
        if qual is None and not (cand.unit and _DIGITLESS_OK.fullmatch(line[cand.start:cand.num_end])) \
                and not _bare_count(line, cand, lex) and not _round_people(line, cand, lex):
            return "bare multiplier (千万, 百元) without a bound word"
    if cand.unit or cand.kind in ("rank", "percent"):
        return None
    if cand.multiplied:
        if lex.money_re.search(line, max(0, cand.start - 12), cand.start):
            cand.kind = "money"  # 营业收入1.45万亿, 资产规模合计超30万亿: money printed without 元
        return None
    if cand.arabic and cand.qualifier == "gt" and _people_after(line, cand.num_end, lex):
        return None  # 1600多群众, 300余村民: a vague count of people takes no measure word
    if _round_people(line, cand, lex):
        return None  # 五千读者, 百万群众: a round count of people in a headline takes none either
    if cand.arabic and _INDEX_BEFORE.search(line, max(0, cand.start - 14), cand.start):
        cand.kind = "measure"  # 水质指数为2.41, 收入倍差由2.71缩小到2.5: an index is a number of its own
        return None
    return "no unit and no multiplier"


#: An index, coefficient or ratio named before a bare number in its clause (水质指数为2.41).
_INDEX_BEFORE = re.compile(r"(?:指数|系数|倍差|比值|均值|得分|评分|分值)[^,，。;；:：、]{0,10}$")


#: A round Chinese number: digits then 百/千/万/亿 places only (五千, 百万, 两万), no 十-level detail.
_ROUND_CHINESE = re.compile(r"[一二两三四五六七八九]?[百千万亿]+")


def _round_people(line: str, cand: Candidate, lex: FigureLexicon) -> bool:
    """True for a round Chinese number of at least a hundred right before a noun for people
    (五千读者, 百万群众): headlines count people so, with no measure word."""
    if cand.unit or cand.arabic or not _ROUND_CHINESE.fullmatch(line[cand.start:cand.num_end]):
        return False
    words = word_tags(line[cand.num_end:cand.num_end + 6])
    return bool(words) and words[0][1].startswith("n") and words[0][0][-1] in lex.people_heads


def _bare_count(line: str, cand: Candidate, lex: FigureLexicon) -> bool:
    """吸引万人参与, 百名医生: one multiplier character before a count word is the number
    itself (10000 人). Money and measures (百元, 千里) stay out: alone they are set
    phrases far more often; 百分/万分 are degrees (万分感谢). Idioms (万人空巷, 千篇一律)
    are blocked before this check (models/figure_idioms.txt)."""
    unit = lex.units.get(cand.unit)
    if cand.start > 0 and (line[cand.start - 1].isdigit() or line[cand.start - 1] in ")]）】"):
        return False  # [12]万人次, (3)万人: the number stands before the multiplier, damaged or marked up
    return (cand.num_end - cand.start == 1 and line[cand.start] in _BARE_MULTIPLIERS
            and unit is not None and unit.kind == "count" and cand.unit not in _BARE_NOT_COUNTS)


def _before_qualifier(line: str, cand: Candidate, lex: FigureLexicon) -> str | None:
    """The bound word just before the number: 超, 近, 最低仅, 上 (only before 千/万)."""
    # A bound word with its modal and verb (最高可达) outranks the verb alone (达).
    last = line[cand.start - 1:cand.start] if cand.start else ""
    lead = lex.lead_re.search(line, max(0, cand.start - 24), cand.start) if last in lex.lead_last else None
    if lead is not None:
        return lex.lead[lead.group("lead") or lead.group("share")]
    m = lex.before_re.search(line, max(0, cand.start - 6), cand.start) if last in lex.before_last else None
    if m is None:
        return None
    word = next(w for w in lex.before_longest_first if m.group().startswith(w))
    if word == "上" and not cand.digitless:
        return None
    if word == "过" and not _bound_guo(line, m.start(), cand.start):
        return None
    return lex.before[word]


def _bound_guo(line: str, at: int, num_start: int) -> bool:
    """进度过七成 / 人数过万: 过 as "above" stands as its own word (or opens the number word
    过万) after a noun; in 通过/经过/度过/去过 it is part of a verb, and after a verb
    (获得过3次) it is the aspect marker."""
    lo = max(0, at - 6)
    pos, prev_flag = lo, None
    for word, flag in word_tags(line[lo:num_start + 2]):
        if pos <= at < pos + len(word):
            if word == "过":
                return not (prev_flag or "").startswith("v") or prev_flag == "vn"
            return word.startswith("过") and flag == "m"
        pos += len(word)
        prev_flag = flag
    return False
