"""A saved web page's own lines: its meta line (来源, 记者, time), its editor, the headline it first
ran under (原标题：…), its links to other stories (相关新闻) and a site's banner. None of them is article
text; the meta line's 记者/作者 values are reporters. The cue words are kinds of
``models/layout_cues.tsv``, read through :mod:`pipeline.layout.bylines`.
"""

from __future__ import annotations

import re

from pipeline.layout.bylines import _cues, names_in, patterns
from pipeline.layout.rules import past_web_buttons

#: A web page's time stamp alone on a line (2024年08月06日 09:15, 2024-08-06 09:15:30).
_TIME_STAMP = re.compile(r"\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?")


def is_meta_line(text: str) -> bool:
    """A web page's meta line (2021年07月09日 16:20 来源:江城新闻网; 来源:X 记者:Y 编辑:Z; a time stamp,
    alone or with the outlet's name)."""
    if len(text) > 120:
        return False
    stamp = _TIME_STAMP.search(text)
    if stamp is not None:  # a time stamp alone, or with the outlet's name (某某报客户端 2024-04-06 20:47)
        rest = (text[:stamp.start()] + " " + text[stamp.end():]).strip()
        if not rest or site_name(rest):
            return True
    fields = patterns()["meta_field"].findall(text)
    timed = bool(re.search(r"\d{1,2}:\d{2}", text)) or bool(re.search(r"\d{4}[-年./]\d{1,2}[-月./]\d{1,2}", text))
    return "来源" in fields or len(fields) >= 2 or (timed and bool(fields))


def meta_authors(text: str) -> list[tuple[int, int]]:
    """Reporter names in a meta line: the values of its 记者/作者 fields (not 编辑, not 来源)."""
    authors = set(_cues()["meta_author"])
    spans: list[tuple[int, int]] = []
    fields = list(patterns()["meta_field"].finditer(text))
    for i, field_match in enumerate(fields):
        if field_match.group("label") not in authors:
            continue
        stop = fields[i + 1].start() if i + 1 < len(fields) else len(text)
        value = text[field_match.end():stop]
        cut = re.search(r"\s{2,}|\||\d", value)
        value = value[:cut.start()] if cut else value.rstrip()
        names = names_in(value) or []
        spans += [(field_match.end() + a, field_match.end() + b) for a, b in names]
    return spans


def meta_date(text: str) -> str | None:
    """The ISO date of a meta line's time (2019-06-02 10:31:00, 2021年07月09日 16:20), else None.

    >>> meta_date("2021年07月09日 16:20 来源:江城新闻网"), meta_date("来源:国际在线")
    ('2021-07-09', None)
    """
    match = re.search(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})", text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def is_editor_line(text: str) -> bool:
    """(责任编辑:X), 责编:X: the editor of a web article, printed after it; no article text (after the
    site's buttons on its line too: 【纠错】 【责任编辑：X】)."""
    return bool(patterns()["editor"].match(text) or patterns()["editor"].match(past_web_buttons(text)))


def original_title_line(text: str) -> bool:
    """原标题：… on a line of its own: a web page restating the headline the story first ran under (meta)."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and label.strip() in _cues()["original_title"]


def related_links(text: str) -> bool:
    """A web page's pointer to other stories alone on a line (相关新闻, 延伸阅读：)."""
    return text.rstrip(" :：") in _cues()["related_links"]


def related_link_line(text: str) -> bool:
    """相关新闻：某某：另一篇报道的标题: the pointer and one linked headline on a single line."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and label.strip() in _cues()["related_links"]


def site_name(text: str) -> bool:
    """A line that is only an outlet's name (某某网, 某某网财经): a saved web page's banner."""
    return len(text) <= 12 and patterns()["site_name"].match(text) is not None
