"""A body's name without the words a span ran on over: its Party group, its website, a verb.

The suffix rules and the tagger both end a body at its last head, and a page often writes
more right after the name: the body's Party group or committee (市统计局党组), its website
or account (国家卫生健康委官网, 中国铁路微信公号), or the verb of a joint act
(某某局联合市教育局, 国家发展改革委会同…, 某协会组织…). The real-article gold writes the
body alone, and two bodies joined by 联合/会同 (or 省委省政府) as two. So a span that runs
past a body's head over one of these words is cut back to the body, and one that joins two
bodies is cut in two.
"""

from __future__ import annotations

import re

from pipeline.entities.text import Candidate

#: Words after a body's head that are no part of its name (its Party group, its site, a verb).
#: A site (民政部网站) is written with its body, as the gold does; so is an institution's own
#: Party committee (市中医院党委), unlike a government department's (自治区林业厅党委).
_TAILS = re.compile(r"(?:党组成员|党组|(?<=[局厅部署府])党委|官网|微信公号|公众号|会同|联合|组织)$")
#: Verbs and the level pairs that join two bodies into one span (某局联合市教育局, 省委省政府).
_JOINS = re.compile(r"联合|会同|(?<=[省市县区]委)(?=[省市县区]政府)")
#: How a body's name ends: its head.
_HEAD = re.compile(r"(?:中心|政府|[部委队厅局署会院办站所司处社馆团])$")
_MIN_NAME = 2


def org_tails(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each ORG cut back to its body (module docstring), or cut in two at a join."""
    out: list[Candidate] = []
    for start, end, label, rule in spans:
        if label != "ORG":
            out.append((start, end, label, rule))
            continue
        tail = _TAILS.search(text, start, end)
        if tail is not None and tail.start() - start >= _MIN_NAME and _HEAD.search(text, start, tail.start()):
            end = tail.start()  # 市统计局|党组, 国家卫生健康委|官网
        join = _JOINS.search(text, start + _MIN_NAME, end)
        if (join is not None and _HEAD.search(text, start, join.start())
                and end - join.end() >= _MIN_NAME and _HEAD.search(text, join.end(), end)):
            out += [(start, join.start(), label, rule), (join.end(), end, label, rule)]  # 某局|联合|市教育局
            continue
        out.append((start, end, label, rule))
    return out
