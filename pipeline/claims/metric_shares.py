"""A share stated after a figure (…，占…的p%) measures what that figure measures.

``完成造林面积1.9万亩，占任务数1.8万亩的107%``: the share is the ratio of the figure
before the clause to the figure inside its 占 phrase (both in 亩), so it measures the
earlier figure's metric, not the target the 占 phrase names (GUIDELINES: Claims, the
metric says what the number measures). ``项目20个，投资总额90亿元，分别占全部项目总数的
25%和23%``: each share is of its own earlier figure; where the 占 phrase names that
figure's noun (项目总数 for 项目) the phrase is kept, else the earlier metric is taken.
"""

from __future__ import annotations

import re

from pipeline.text.words import word_tags

#: A clause opening with 占 (分别占, 约占): a share of something stated before it.
_SHARE_OPENING = re.compile(r"\s*(?:分别|各|约|共|均)?占")


def share_of_earlier(text: str, c_start: int, fig, claims: list[tuple[object, tuple[int, int] | None]]
                     ) -> tuple[int, int] | None:
    """The metric of the figure before the clause (``claims``: (figure, metric) read so far in
    the sentence) when the clause opens with 占 and its 占 phrase holds a figure of the same
    unit as that earlier figure (占任务数1.8万亩的107%); None otherwise."""
    if fig.kind != "percent" or not _SHARE_OPENING.match(text, c_start, fig.start):
        return None
    before = [(f, m) for f, m in claims if f.end <= c_start]
    inner = [f for f, _ in claims if c_start <= f.start < fig.start]
    if not before or not inner or before[-1][1] is None:
        return None
    earlier, metric = before[-1]
    return metric if earlier.unit and any(f.unit == earlier.unit for f in inner) else None


def named_share(text: str, share: tuple[int, int], earlier: tuple[int, int] | None) -> tuple[int, int]:
    """The 占 phrase ``share`` when it names the last word of the earlier figure's metric
    (占在建项目总数 for 项目), else that metric (投资总额: the share is of the investment)."""
    if earlier is None:
        return share
    words = word_tags(text[earlier[0]:earlier[1]])
    head = words[-1][0] if words else ""
    return share if head and head in text[share[0]:share[1]] else earlier
