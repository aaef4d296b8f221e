"""Programmes named without quotes or a cue word (中欧班列): a PROGRAM wherever they are written.

No rule of the entity stage reads such a name: it has no quotes, ends in no programme cue
(计划, 工程), and its first characters are country abbreviations (中, 欧) that the place rules
take for places. The names are data (``models/program_names.txt``). A known name replaces
every span inside it; a span that crosses its edge keeps the text and the name is skipped.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_lines

#: The rule name of the spans found here.
RULE = "known-program"


@functools.lru_cache(maxsize=1)
def _names() -> re.Pattern[str] | None:
    names = sorted(load_lines("program_names.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def known_programs(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``spans`` with a PROGRAM for each known programme name in ``text``, sorted."""
    names = _names()
    if names is None or not names.search(text):
        return spans
    out = list(spans)
    for m in names.finditer(text):
        start, end = m.span()
        if any(s < start < e or s < end < e for s, e, _, _ in out if not (start <= s and e <= end)):
            continue  # a longer name around or across it (某某中欧班列有限公司) stays
        out = [span for span in out if not (start <= span[0] and span[1] <= end)] + [(start, end, "PROGRAM", RULE)]
    return sorted(out)
