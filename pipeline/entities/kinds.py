"""Fast mode: a suffix rule's name made of common words before a generic head is a kind, not a name.

The suffix rules build a name from any words before a head (…市场, …公司);
accurate mode drops the descriptions among them where the tagger's words show
no name there (:func:`pipeline.entities.merge.fits_words`). Fast mode has no
tagger, so jieba's dictionary decides: when the head is a generic noun of
``models/generic_nouns.txt`` (市场, 公司, 医院) and the word before it is one
frequent common word, no name (ns, nr, nt, nz, j) (重点|市场, 技术|市场, 交易|市场), the span describes a kind of market or
company. A name picks a proper noun or a rarer word (万达|市场, 新发地|批发市场),
and a name the dictionary holds whole (工商银行 as nt) stays. A place suffix after
two or more common words (中|高端|市场, 地铁|三大|火车站) or a town's suffix after a
rank word (产粮|大镇) describes too (:func:`described_place`).

Pure functions on candidates ``(start, end, label, rule)`` of the text given.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.loc_rules import SPLIT_AFTER, STREET_SUFFIXES
from pipeline.entities.text import MEASURES, NUMERALS, scan_line
from pipeline.entities.place_chains import CHAINED_RULES, DESCRIPTION_OPENING_FREQ, opens_on_division
from pipeline.entities.tagger_checks import is_name_word
from pipeline.text.words import jieba_dictionary, word_tags

Candidate = tuple[int, int, str, str]


def without_kinds(text: str, found: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """``found`` without the suffix rules' names that are kinds or descriptions (see the module docstring)."""
    words = jieba_dictionary()
    return [c for c in found if c[3] not in CHAINED_RULES or not (
        is_kind(text[c[0] : c[1]], lex, words) or c[3] == "loc-suffix" and described_place(text[c[0] : c[1]], lex, words))]


def described_place(name: str, lex: Lexicons, words) -> bool:
    """Is a suffix-built place a description: a rank word before a town's suffix (产粮|大镇, 工业|强县), or
    a facility (not a street or town: 解放路, 前山街道 are often common words) after two or more common
    words, one of them frequent or a count (中|高端|市场, 地铁|三大|火车站), or after one describing word?
    A facility jieba's dictionary holds whole as a common noun (n: 工业园区, 民航机场), not as a place (ns:
    中山公园), is a kind of place too, unless a known place opens it (某市|火车站)."""
    suffix = scan_line(name, lex).loc_suffixes.get(len(name), "")
    modifier = name[: len(name) - len(suffix)]
    if not suffix or len(modifier) < 2:
        return False
    if suffix in TOWN_SUFFIXES:
        return modifier[-1] in _RANK_CHARS and len(modifier) >= 3
    if suffix in STREET_SUFFIXES or suffix in SPLIT_AFTER or lex.places.get(modifier) is not None:
        return False
    if words.get(name, (0, ""))[1] == "n" and not opens_on_division(name, lex):
        return True
    pairs = word_tags(modifier)
    if len(pairs) == 1 and pairs[0][1][:1] in {"n", "v"}:
        return False  # 人民|广场, 世纪|公园: one common noun may name a place (is_kind judges generic heads)
    frequent = False
    for i, (word, word_tag) in enumerate(pairs):
        freq, tag = words.get(word, (0, ""))
        if word[0] in NUMERALS and (len(word) == 1 or word[1] in _COUNT_SECONDS):
            frequent = True  # 三大, 两座: a count of places (not 六沟, 九江: names)
            continue
        if len(word) == 1 and (word_tag[:1] not in _FUNCTION_INITIALS or i == len(pairs) - 1 and word in _DIRECTIONS):
            return False  # 月|记|窑, 高铁|西|站: a lone character the tagger left is the name's, as a last direction is
        if not freq or is_name_word(word, words) or tag.startswith(_NAME_CLASSES):
            return False  # a word jieba does not know, or a name: a place's own name
        frequent = frequent or freq >= DESCRIPTION_OPENING_FREQ
    return frequent


#: Second characters of a count (三大, 两座, 十多): a numeral then one of these is no name.
_COUNT_SECONDS = NUMERALS | MEASURES | frozenset("大")
#: First letters of jieba classes of function characters (中 f, 回 v, 在 p …): a lone one is the clause's.
_FUNCTION_INITIALS = frozenset("fvpcdu")
#: Directions: a last one before the suffix names the place (西站, 东路).
_DIRECTIONS = frozenset("东西南北")
#: One-character suffixes of towns, villages and counties that a rank word may precede (产粮大镇, 农业强县).
TOWN_SUFFIXES = frozenset("镇乡村县")
#: Rank words before a town's suffix: "a big, strong, famous … town" describes one.
_RANK_CHARS = frozenset("大强名重")
#: jieba classes of names (a place may open on a rare ``nr``, ``ns``, ``nz`` word).
_NAME_CLASSES = ("nr", "ns", "nz", "nt", "j")


def is_kind(name: str, lex: Lexicons, words) -> bool:
    """Is ``name`` one frequent common word before a generic head (重点|市场, 交易|市场), not a name?
    Several words (国家|科技|委员会) name a body more often than they describe one."""
    if is_name_word(name, words):
        return False
    head = next((name[-n:] for n in sorted(lex.generic_lengths, reverse=True)
                 if n < len(name) and name[-n:] in lex.generic), None)
    if head is None:
        return False
    modifier = name[: -len(head)]
    if len(modifier) < 2 or is_name_word(modifier, words):
        return False
    return words.get(modifier, (0, ""))[0] >= DESCRIPTION_OPENING_FREQ
