"""The noun a metric is, where the figure's own words or a holder decide it.

Split from :mod:`pipeline.claims.phrases` (the finer cuts of a metric once its reading is
chosen; GUIDELINES: Claims, the shortest phrase naming what is measured): a count whose
measure word is the thing counted (10省市, 133金64银42铜) measures that word; a metric
before its figure opening with a qualified holder (重点监测商贸企业销售额) measures what the
holder has (销售额), the holder being who. Word lists are data:
``models/claim_metric_place_units.txt``, ``models/claim_metric_tally_units.txt``,
``models/claim_actor_heads.txt``, ``models/claim_metric_count_nouns.txt``.
"""

from __future__ import annotations

import functools

from pipeline.claims import phrases, rules
from pipeline.text.resources import load_lines, load_table
from pipeline.text.words import word_tags


@functools.lru_cache(maxsize=1)
def _place_units() -> frozenset[str]:
    return frozenset(load_lines("claim_metric_place_units.txt"))


def place_unit(text: str, fig, limit: int) -> tuple[int, int] | None:
    """10省市, 10省（市）: a count whose measure word is the place counted measures that
    word (``models/claim_metric_place_units.txt``), with a gloss in brackets right after it;
    None for any other count."""
    if fig.kind != "count" or fig.unit not in _place_units():
        return None
    span = rules.unit_span(text, fig.start, fig.end, fig.unit)
    if span is None:
        return None
    return span[0], phrases.past_gloss(text, span[1], limit)


def glossed_place(text: str, after: tuple[int, int], limit: int) -> tuple[int, int]:
    """58个县（市、区）, 16个区（功能区）: a counted place noun (``models/claim_metric_place_units.txt``)
    and the short gloss in brackets right after it name one kind of place: both are the metric
    (as with :func:`place_unit`); ``after`` as it is otherwise."""
    if text[after[0]:after[1]] not in _place_units():
        return after
    return after[0], phrases.past_gloss(text, after[1], limit)


@functools.lru_cache(maxsize=1)
def _tally_units() -> frozenset[str]:
    return frozenset(load_lines("claim_metric_tally_units.txt"))


def tally_unit(text: str, fig, c_start: int) -> tuple[int, int] | None:
    """133金64银42铜, 以一金三铜的成绩, 日本（七金）: a count whose measure word is the
    medal counted (``models/claim_metric_tally_units.txt``) measures that word, unless
    jieba reads a verb right before the figure (夺得三金: the verb is the metric); None for
    any other count."""
    if fig.kind != "count" or fig.unit not in _tally_units():
        return None
    span = rules.unit_span(text, fig.start, fig.end, fig.unit)
    if span is None:
        return None
    words = word_tags(text[max(c_start, fig.start - 6):fig.start])
    return None if words and words[-1][1] == "v" else span


@functools.lru_cache(maxsize=1)
def _count_nouns() -> tuple[str, ...]:
    return load_lines("claim_metric_count_nouns.txt")


def past_holder(text: str, start: int, end: int) -> tuple[int, int]:
    """A metric before its figure without the holder opening it (GUIDELINES: Claims, the
    shortest phrase): what follows the last holder's head (重点监测商贸企业|销售额:
    ``models/claim_actor_heads.txt``) when it is nouns only and the phrase opens with a noun
    (not 占在建项目总数: a share). A bare head stays (群众满意率, 项目总投资: the head names
    the metric's kind); a holder is a head with its modifier (:data:`_MODIFIER`); a count of
    the holders keeps them (企业职工人数: ``models/claim_metric_count_nouns.txt``). jieba's
    word classes decide. The metric as it is otherwise."""
    words = word_tags(text[start:end])
    if not words or not words[0][1].startswith(_HOLDER_OPENERS) or text.endswith(_count_nouns(), start, end):
        return start, end  # 企业职工人数: a count of the holders keeps them
    pos, found = start, None
    for i, (word, _) in enumerate(words):
        pos += len(word)
        head = next((h for h in phrases.holder_heads() if text.endswith(h, start, pos)), None)
        if head and pos - start - len(head) >= _MODIFIER and end - pos >= 2 and all(
                f.startswith(_AFTER_HOLDER) for _, f in words[i + 1:]):  # nouns only: not 企业|数字化改造…
            found = (pos, end)
    return found or (start, end)


#: The shortest modifier before a holder's head cut off a metric (商贸|企业, 农村|居民).
_MODIFIER = 2
#: Word classes that may open a holder's phrase (重点, 全市, 期间 of 春节期间, 上市 b).
_HOLDER_OPENERS = ("n", "j", "nz", "s", "f", "b", "a", "l", "eng")
#: Word classes of what a holder's metric is made of after the holder (销售额, 绿色贷款余额).
_AFTER_HOLDER = ("n", "vn", "j", "nz", "b", "a", "l")


@functools.lru_cache(maxsize=1)
def measure_nouns() -> tuple[str, ...]:
    """Names of physical measures whose value follows them (时速, 全长: ``models/claim_measure_nouns.tsv``)."""
    return tuple(row["noun"] for row in load_table("claim_measure_nouns.tsv"))


@functools.lru_cache(maxsize=1)
def _route_measures() -> tuple[str, ...]:
    """The measures of ``models/claim_measure_nouns.tsv`` a route or a structure is measured by, longest first."""
    return tuple(sorted((row["noun"] for row in load_table("claim_measure_nouns.tsv") if row["route"] == "1"),
                        key=len, reverse=True))


def route_measure(text: str, start: int, end: int, named_at: bool) -> tuple[int, int]:
    """铜梁至安岳全长48.8公里, 渝武扩能全长38.5公里: a route named by its ends (至) or a name run on into
    the metric (``named_at``: the metric opens where a name ends) is whose length it is; the
    metric is the measure alone. The metric as it is otherwise."""
    measure = next((m for m in _route_measures() if text.endswith(m, start, end)), None)
    if measure is None or end - start == len(measure) or not (named_at or "至" in text[start:end]):
        return start, end
    return end - len(measure), end
