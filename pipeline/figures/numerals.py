"""Chinese, Arabic and mixed numerals to exact ``Decimal`` values.

Newspapers mix scripts inside one number (``3万4000``, ``1.72万亿``,
``1,100.9亿``, ``两千零五``), so the parser reads a numeral as digits,
small units (十 百 千) and large units (万 亿 兆) and never goes through
float: ``1.1万`` is exactly ``11000``.

>>> parse_number("一百二十三"), parse_number("1.72万亿"), parse_number("3万4000")
(Decimal('123'), Decimal('1720000000000'), Decimal('34000'))
>>> parse_number("两千零五"), parse_number("十五点八"), parse_number("零点五"), parse_number("百万")
(Decimal('2005'), Decimal('15.8'), Decimal('0.5'), Decimal('1000000'))
>>> parse_number("八个统一") is None
True
"""

from __future__ import annotations

import functools
import re
from decimal import Context, Decimal, InvalidOperation, localcontext

from pipeline.text.normalize import fold_width

#: Chinese digits, including the financial (大写) and traditional forms.
DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "倆": 2, "俩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
#: Units inside a section below 万.
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Section multipliers; 兆 is read as 10^12 (the Recognizers / Taiwan reading).
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
#: Characters that mark a vague amount (三十几万, 一千多万, 十余万); value is the floor.
VAGUE = "几幾多余餘来"
DECIMAL_POINT = "点點."
SIGNS = {"负": -1, "負": -1, "-": -1, "+": 1}

CHINESE_DIGIT_CHARS = "".join(DIGITS)
UNIT_CHARS = "".join(SMALL_UNITS) + "".join(BIG_UNITS)

#: Significant digits kept exact while a numeral's value is computed.
EXACT_DIGITS = 1_000
#: Most large units (万 亿) one numeral may hold: 1.2万亿 has two; a run of a thousand 亿 is no amount.
MAX_BIG_UNITS = 6

# One token of a numeral: an Arabic number or a single Chinese character.
_TOKEN = re.compile(
    r"""
    (?P<arabic>\d+(?:\.\d+)?)      # Arabic digits, separators already removed
    | (?P<char>.)                  # any other single character
    """,
    re.VERBOSE | re.DOTALL,
)
# Thousands separators between digit groups: 1,234 / 1，234 (after folding).
_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _tokens(text: str) -> list[Decimal | str]:
    """Arabic runs become Decimals, every other character stays a string."""
    out: list[Decimal | str] = []
    for match in _TOKEN.finditer(text):
        if match.group("arabic"):
            out.append(Decimal(match.group("arabic")))
        else:
            out.append(match.group("char"))
    return out


def _section(tokens: list[Decimal | str]) -> Decimal | None:
    """Value of a run without large units: digits, 十 百 千, 零; None if malformed."""
    if not tokens:
        return Decimal(0)
    if all(isinstance(t, str) and t in DIGITS for t in tokens) and len(tokens) > 1:
        # 二〇二五: a digit string read digit by digit (years, codes).
        return Decimal("".join(str(DIGITS[t]) for t in tokens))
    total = Decimal(0)
    number: Decimal | None = None
    last_unit: int | None = None
    zero_before = False
    chinese_digit = False
    for tok in tokens:
        if isinstance(tok, Decimal) or tok in DIGITS:
            if number is not None:
                return None  # two numbers in a row (三四十) is a range, not one value
            is_arabic = isinstance(tok, Decimal)
            number = tok if is_arabic else Decimal(DIGITS[tok])
            chinese_digit = not is_arabic
            if number == 0 and not is_arabic:
                zero_before, number = True, None
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if last_unit is not None and unit >= last_unit:
                return None  # 十百 / 百百: units must fall
            total += (number if number is not None else 1) * unit
            number, last_unit, zero_before = None, unit, False
        else:
            return None
    if number is not None:
        if last_unit and last_unit >= 100 and not zero_before and chinese_digit:
            number *= last_unit // 10  # 两千四百五 = 2450, 百三 = 130
        total += number
    return total


def _integer(tokens: list[Decimal | str]) -> Decimal | None:
    """Value of a run with large units, split at the largest unit's last use."""
    bigs = [(BIG_UNITS[t], i) for i, t in enumerate(tokens) if isinstance(t, str) and t in BIG_UNITS]
    if not bigs:
        return _section(tokens)
    if len(bigs) > MAX_BIG_UNITS:
        return None  # 1亿亿亿…: no amount, and each unit was one more level of recursion
    top = max(value for value, _ in bigs)
    index = max(i for value, i in bigs if value == top)
    left, right = tokens[:index], tokens[index + 1:]
    high = _integer(left) if left else Decimal(1)
    if high is None:
        return None
    if (len(right) == 1 and isinstance(right[0], str) and right[0] in DIGITS
            and left and DIGITS.get(right[0], 0)):
        # 一万三 = 13000, 九十二万四 = 924000: a lone digit after a large unit
        # counts in the next unit down.
        return high * top + Decimal(DIGITS[right[0]]) * (top // 10)
    low = _integer(right)
    if low is None:
        return None
    return high * top + low


def parse_number(text: str) -> Decimal | None:
    """Exact value of a numeral (Arabic, Chinese or mixed), or None if it is not one.

    Thousands separators and spaces are ignored; ``点`` is the decimal point;
    a large unit after the decimals multiplies the whole (``十五点八亿``).
    Vague markers (几 多 余) read as their floor (``三十几万`` = 300000).
    """
    return _parse_number(text)


@functools.lru_cache(maxsize=8192)
def _parse_number(text: str) -> Decimal | None:
    """parse_number, cached: a page repeats the same few numerals (2025, 10, 一) many
    times, and a Decimal is immutable, so one parse per distinct string is enough."""
    text = _SEPARATOR.sub("", fold_width(text)).replace(" ", "").strip()
    sign = 1
    if text[:1] in SIGNS:
        sign, text = SIGNS[text[0]], text[1:]
    text = "".join(c for c in text if c not in VAGUE)
    if not text:
        return None
    try:
        tokens = _tokens(text)
    except InvalidOperation:
        return None
    with localcontext(Context(prec=EXACT_DIGITS)):  # 3万 of a 30-digit number stays exact
        return _value(tokens, sign)


def _value(tokens: list[Decimal | str], sign: int) -> Decimal | None:
    """The value of a numeral's tokens (with 点 or without), signed and canonical."""
    point = next((i for i, t in enumerate(tokens) if isinstance(t, str) and t in DECIMAL_POINT), None)
    if point is None:
        value = _integer(tokens)
    else:
        value = _with_decimals(tokens[:point], tokens[point + 1:])
    if value is None:
        return None
    return canonical(sign * value)


def canonical(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form: 11000.0 -> 11000 (exact however
    many digits: the default context's 28 digits made a 400-digit figure 1E+400)."""
    value = value.normalize(Context(prec=max(28, len(value.as_tuple().digits))))
    return Decimal(int(value)) if value.as_tuple().exponent > 0 else value


def _with_decimals(whole: list[Decimal | str], rest: list[Decimal | str]) -> Decimal | None:
    """十五点八 / 两千万点五五四四 / 十五点八亿: digits after 点, then an optional multiplier."""
    integer = _integer(whole) if whole else None
    digits, multiplier = [], Decimal(1)
    for i, tok in enumerate(rest):
        if isinstance(tok, str) and tok in DIGITS:
            digits.append(str(DIGITS[tok]))
        elif isinstance(tok, Decimal) and tok == tok.to_integral_value() and not digits:
            digits.append(str(tok))  # 1点5: an Arabic digit run after 点
        elif isinstance(tok, str) and tok in BIG_UNITS and digits:
            tail = _integer(rest[i:])
            if tail is None:
                return None
            multiplier = tail
            break
        else:
            return None
    if integer is None or not digits:
        return None
    return (integer + Decimal("0." + "".join(digits))) * multiplier


def parse_fraction(denominator: str, numerator: str) -> Decimal | None:
    """``三分之一`` read as a percentage (33.33…): fractions are shares of a whole."""
    low, high = parse_number(numerator), parse_number(denominator)
    if low is None or not high:
        return None
    return canonical(low * 100 / high)


# Numerals in running text, for callers that want every number (benchmarks,
# date parsing), not only figures.
_NUMERAL = re.compile(
    rf"""
    (?:[负負]|(?<![\d.,万亿千百萬億%])-)?                # sign (not 800万-900万's dash)
    (?P<pct>百分之)?                                 # 百分之五十: the number is the percent
    (?:
        \d+(?:,\d{{3}})*(?:\.\d+)?(?:[零十百千万亿萬億兆]+(?:\d+(?:\.\d+)?)?)*   # Arabic and mixed
      | [{CHINESE_DIGIT_CHARS}{UNIT_CHARS}]+(?:[点點][{CHINESE_DIGIT_CHARS}]+[万亿萬億]*)?
    )
    (?:[几幾多余餘][万亿萬億]+)?                      # 一千多万
    (?:分之(?:\d+(?:\.\d+)?|[{CHINESE_DIGIT_CHARS}{UNIT_CHARS}]+(?:[点點][{CHINESE_DIGIT_CHARS}]+)?))?   # 五分之一
    (?:/\d+(?![\d.]))?                               # 3/5
    """,
    re.VERBOSE,
)
#: Financial (anti-forgery) digits: alone, each is also a word or a surname (陆地, 伍仁, 陆某某).
FINANCIAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")


def find_numerals(text: str, skip: re.Pattern[str] | None = None) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of every numeral in ``text``; fractions as ratios.

    A lone financial digit (陆地, 伍仁, 拾起) is a word, not a number; numerals
    starting inside a match of ``skip`` (idioms such as 一切) are left out.
    """
    out = []
    folded = fold_width(text)
    skipped = [m.span() for m in skip.finditer(folded)] if skip is not None else []
    for m in _NUMERAL.finditer(folded):
        token = m.group()
        if m.group("pct"):
            token = token[3:]
        if len(token) == 1 and token in FINANCIAL_DIGITS or all(c in BIG_UNITS for c in token):
            continue
        if any(s <= m.start() < e for s, e in skipped) or folded.startswith("分点", m.end()) or folded.startswith("分點", m.end()):
            continue
        if "/" in token:
            numerator, denominator = token.split("/")
            value, base = parse_number(numerator), parse_number(denominator)
            value = canonical(value / base) if value is not None and base else None
        elif "分之" in token:
            denominator, numerator = token.split("分之")
            value = parse_number(numerator)
            base = parse_number(denominator)
            value = canonical(value / base) if value is not None and base else None
        else:
            value = parse_number(token)
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out
