"""The figure finder's language data, compiled once from ``models/``.

Units, qualifiers, change cues, idioms (with the dictionary words that hold a
numeral), rhetoric nouns and the words that make a year a name are data files
(see their headers); this module turns them into longest-first regexes and
lookup tables, cached per models folder with ``functools.lru_cache``. The
patterns searched at every position of a line or window (idioms, bound words
before a number) sit behind :func:`pipeline.text.regex_guard.guarded`: the same
matches, but positions that cannot open one fail on a single class test.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.text.regex_guard import by_first_character, guarded
from pipeline.text.resources import load_lines, load_table


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of ``units.tsv``."""

    text: str
    kind: str
    optional: bool
    duration: bool
    date: bool
    small_term: bool = False
    medal: bool = False


@dataclass(frozen=True, slots=True)
class FigureLexicon:
    """Everything :func:`pipeline.figures.find.find_figures` looks up."""

    units: dict[str, Unit]
    unit_re: re.Pattern[str]          # longest unit at a position
    before_re: re.Pattern[str]        # qualifier word ending right before the number
    before: dict[str, str]
    before_longest_first: tuple[str, ...]   # the keys of ``before``, longest first
    before_last: frozenset[str]       # the characters a before_re match can end with
    lead_re: re.Pattern[str]          # 最高可获得 / 至少安排 / 约占…的: bound word a few chars back
    lead: dict[str, str]
    lead_last: frozenset[str]         # the characters a lead_re match can end with
    middle: dict[str, str]            # 余 多 几 between number and unit
    after_re: re.Pattern[str]         # qualifier word right after the unit
    after: dict[str, str]
    cue_re: re.Pattern[str]           # change cues and bases, for a backward scan
    cues: dict[str, str]
    idiom_re: re.Pattern[str]         # idioms and dictionary words that hold a numeral (上一年)
    rhetoric_re: re.Pattern[str]
    year_followers: tuple[str, ...]   # 届 级 版 款: after a year, a time's name (2026届)
    scale_before_re: re.Pattern[str]  # 风力 (达)12级: a scale noun before a 级 figure
    scale_after_re: re.Pattern[str]   # 12级大风: a scale noun right after one
    people_heads: frozenset[str]      # 群众, 村民: what a vague count of people ends in
    money_re: re.Pattern[str]         # 营业收入…: money written with 万/亿 and no 元 (ends at the number)
    session_re: re.Pattern[str]       # 第N次…会议: a session's name after 第N次 (an edition, optional)


def _alternation(words) -> str:
    """A regex alternation, longest first so 个百分点 wins over 个."""
    return by_first_character([(w, "") for w in sorted(set(words), key=len, reverse=True)])


#: What may follow a count of places (六市的, 10省市近…, 10省（市）): a mark, a space or a
#: function word; 沪深两市成交, 3市民 and 两县城 are no counts of places.
_AFTER_PLACE_COUNT = (r"(?=[、，,。；;：:（(）)\s的近约共和及与等]|$"
                      r"|超过|超出|达到|已经|均已|均有|全部|共有|相继|先后|陆续|累计|合计|出台|发布|启动)")  # 7省市超过…


#: What may follow a tally's medal (133金64银, 七金居首, 获1银): another figure, a mark or a verb of ranking
#: (38铜占据榜首, 151金收官).
_AFTER_MEDAL = r"(?=[\d零一二两三四五六七八九十、，,。；;：:（(）)\s的和及与居位列排领名高稳]|占据|收官|$)"


#: Place-count units of two characters that also name a pair of places (闽宁两省区) or whose end
#: opens another word (10省|市场): guarded like one character.
_PLACE_WORD_STARTS = frozenset({"省市", "省区"})


def _unit_alternation(units, places=frozenset(), medals=frozenset()) -> str:
    """Units longest first; a Latin-letter unit (kWh, GB) only where no letter follows (5GBps is no GB);
    a place word counted (六市) only before a mark or a function word, unless it names no place
    pair as well (15省份, 5省区市; 闽宁两省区 and 10省|市场 are guarded); a medal (133金) only in a tally."""
    def after(w: str) -> str:
        if w in places and (len(w) == 1 or w in _PLACE_WORD_STARTS):
            return _AFTER_PLACE_COUNT
        if w in medals:
            return _AFTER_MEDAL
        return "(?![A-Za-z])" if w[-1].isascii() and w[-1].isalpha() else ""
    return by_first_character([(w, after(w)) for w in sorted(set(units), key=len, reverse=True)])


@functools.lru_cache(maxsize=None)
def figure_lexicon(models_dir: Path | None = None) -> FigureLexicon:
    """Load and compile the figure data in ``models_dir`` (default ``models/``)."""
    units = {
        row["unit"]: Unit(row["unit"], row["kind"], "optional" in row["note"],
                          "duration" in row["note"], "date" in row["note"],
                          "small-term" in row["note"], "medal" in row["note"])
        for row in load_table("units.tsv", models_dir)
    }
    before, middle, after, lead, share = {}, {}, {}, {}, {}
    for row in load_table("figure_qualifiers.tsv", models_dir):
        for position in row["position"].split():
            table = {"before": before, "middle": middle, "after": after, "lead": lead, "share": share}
            table[position][row["word"]] = row["qualifier"]
    cues = {row["cue"]: row["direction"] for row in load_table("figure_change_cues.tsv", models_dir)}
    # Adverbs allowed between a bound word and the number: 最低仅541元, 超过了3万.
    adverbs = ("仅", "只", "就", "才", "已", "均", "共", "都", "也", "了", "为", "有")
    before_re = re.compile(rf"(?:{_alternation(before)})(?:{'|'.join(adverbs)})?$")
    scale = load_lines("figure_scale_nouns.txt", models_dir)
    lead_verbs = load_lines("figure_lead_verbs.txt", models_dir)
    verbs = _alternation(lead_verbs)
    lead_re = re.compile(
        rf"""
        (?:(?P<lead>{_alternation(lead)})(?:可以|可|能|将|需|应|仅|只)?(?:{verbs})   # 最高可获得, 至少安排
        | (?P<share>{_alternation(share)})占[^\s,;:!?。,;:!?、“”]{{1,15}}?的)   # 约占全省总量的
        $""",
        re.VERBOSE,
    )
    return FigureLexicon(
        units=units,
        unit_re=guarded(re.compile(_unit_alternation(units, *(frozenset(
            row["unit"] for row in load_table("units.tsv", models_dir) if note in row["note"])
            for note in ("place-count", "medal"))))),
        before_re=guarded(before_re),
        # both patterns end at the number ($): a line whose character before it ends no
        # bound word, adverb, verb or 的 skips the backward search
        before_last=frozenset(w[-1] for w in (*before, *adverbs)),
        before=before,
        before_longest_first=tuple(sorted(before, key=len, reverse=True)),
        lead_re=guarded(lead_re),
        lead=lead | share,
        lead_last=frozenset({v[-1] for v in lead_verbs} | {"的"}),
        middle=middle,
        after_re=guarded(re.compile(_alternation(after))),
        after=after,
        cue_re=guarded(re.compile(rf"{_alternation(cues)}|较“[^”]{{1,10}}”[初末]|较[^,;。\s]{{1,8}}?(?:初|末|同期)")),
        cues=cues,
        idiom_re=re.compile(_alternation(load_lines("figure_idioms.txt", models_dir)
                                         + load_lines("figure_host_words.txt", models_dir))),
        rhetoric_re=guarded(re.compile(rf"(?:大)?(?:{_alternation(load_lines('figure_rhetoric_nouns.txt', models_dir))})")),
        year_followers=load_lines("figure_year_followers.txt", models_dir),
        scale_before_re=re.compile(rf"(?:{_alternation(scale)})(?:{_alternation(before)})?(?:{'|'.join(adverbs)})?$"),
        scale_after_re=re.compile(_alternation(scale)),
        people_heads=frozenset(load_lines("figure_people_heads.txt", models_dir)),
        # the term, then at most a few words (合计, 达, 超过, 同比增长) before the number
        money_re=re.compile(rf"(?:{_alternation(load_lines('figure_money_nouns.txt', models_dir))})"
                            r"[^\d,;:!?。，；：！？、]{0,6}$"),
        session_re=re.compile(rf"[^,，。;；:：!！?？、\n]{{0,12}}?(?:{_alternation(load_lines('figure_session_heads.txt', models_dir))})"),
    )
