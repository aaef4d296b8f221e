"""Sources of claims: 据XX统计, 记者从XX获悉, XX表示 (GUIDELINES: Claims).

Split from :mod:`pipeline.claims.find`: the spans of attribution phrases in an
article's analysis text. The cue words are data (``models/claim_source_cues.tsv``).
"""

from __future__ import annotations

import functools
import re

from pipeline.text.regex_guard import guarded
from pipeline.text.resources import load_table


@functools.lru_cache(maxsize=1)
def source_pattern() -> re.Pattern[str]:
    """One pattern for the three shapes of a source phrase, from the cue table."""
    rows = load_table("claim_source_cues.tsv")
    alt = lambda kinds: "|".join(sorted((re.escape(r["cue"]) for r in rows if set(r["kind"].split(",")) & kinds),
                                        key=len, reverse=True))
    return re.compile(
        rf"""据[^,;:。\n]{{0,24}}?(?:{alt({"ju", "say"})})(?=[,;:。]|$)  # 据市统计局统计 / 据了解
           | 记者[^,;:。\n从]{{0,6}}从[^,;:。\n]{{1,24}}?(?:{alt({"from"})})(?=[,;:。]|$)  # 记者(昨天)从市人社局获悉
           | (?<![^,;:。\n“])[^,;:。\n“”]{{2,24}}?(?:{alt({"say"})})(?=[,:“])  # 张三表示, / 某局发布数据显示,
        """,
        re.VERBOSE,
    )


@functools.lru_cache(maxsize=1)
def _source_cues() -> re.Pattern[str]:
    """Every cue a source phrase ends with (据…统计, 记者从…获悉, …表示)."""
    cues = sorted({r["cue"] for r in load_table("claim_source_cues.tsv")}, key=len, reverse=True)
    return guarded(re.compile("|".join(re.escape(c) for c in cues)))


#: The text up to the last mark a source phrase cannot cross (greedy: one C scan).
_UP_TO_SOURCE_BREAK = re.compile(r"(?s:.*)[,;:。\n]")
_SOURCE_BREAK = re.compile(r"[,;:。\n]")


def find_sources(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`source_pattern` in ``text``, as ``finditer`` gives them.

    The source pattern opens at any clause start and tries up to 24 characters
    there, so scanning a whole article with it is slow. Every match holds a
    cue and crosses no mark of ``[,;:。\n]``: a match can only start in the
    stretch between the mark before the next cue and the mark after it, so
    only that stretch is searched. The search ends two characters past that
    mark, where neither ``$`` nor a lookahead can change what matches inside.
    """
    pattern, cues = source_pattern(), _source_cues()
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        cue = cues.search(text, pos)
        if cue is None:
            return spans
        before = _UP_TO_SOURCE_BREAK.match(text, pos, cue.start())
        stretch = before.end() if before else pos
        after = _SOURCE_BREAK.search(text, cue.end())
        stop = after.start() if after else len(text)
        m = pattern.search(text, stretch, min(len(text), stop + 2))
        if m is None:
            pos = stop + 1  # the mark at stop opens no source
        else:
            spans.append(m.span())
            pos = m.end()
