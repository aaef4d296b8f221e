"""Made-up newspaper pages for batch, parallel, resume and hostile-input tests and the benchmark.

The sentences are written here from templates (no corpus text): a headline,
a lead with 本报讯 and a reporter, body paragraphs with figures, dates and
places. A seed makes every page different but reproducible.
"""

from __future__ import annotations

import random

PLACES = ("江宁区", "临安市", "北川县", "东湖镇", "青山区", "南溪县", "西城区", "海门市")
REPORTERS = ("张明", "李华", "王芳", "陈刚", "刘洋", "赵敏")
THINGS = (("新建公园", "个"), ("新增就业", "人"), ("完成投资", "亿元"), ("改造道路", "公里"),
          ("接待游客", "万人次"), ("引进项目", "个"), ("植树", "万株"), ("新建学校", "所"))
VERBS = ("推进", "完善", "加快", "落实", "提升")
TOPICS = ("城市更新", "乡村振兴", "民生实事", "营商环境", "生态保护", "文旅融合")


def _figure(rng: random.Random) -> str:
    thing, unit = rng.choice(THINGS)
    value = rng.choice([str(rng.randint(2, 980)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    change = rng.choice(["", f"，同比增长{rng.randint(1, 30)}.{rng.randint(0, 9)}%", f"，比上年减少{rng.randint(2, 40)}{unit}"])
    return f"{thing}{value}{unit}{change}"


def article(rng: random.Random) -> str:
    """One article: headline, lead with a reporter, 2-4 body paragraphs."""
    place = rng.choice(PLACES)
    title = f"{place}{rng.choice(VERBS)}{rng.choice(TOPICS)}"
    lead = (f"本报讯（记者 {rng.choice(REPORTERS)}）{rng.randint(1, 12)}月{rng.randint(1, 28)}日，记者从{place}"
            f"获悉，今年以来全区{_figure(rng)}。")
    body = [
        f"据介绍，{place}围绕{rng.choice(TOPICS)}，{rng.choice(VERBS)}各项工作，{_figure(rng)}；"
        f"{_figure(rng)}。"
        for _ in range(rng.randint(2, 4))
    ]
    return "\n".join([title, "", lead, *body])


def page(seed: int, articles: int = 4) -> str:
    """A page dump of ``articles`` articles separated by blank lines."""
    rng = random.Random(seed)
    return "\n\n".join(article(rng) for _ in range(articles)) + "\n"


def text_of_size(chars: int, seed: int = 0) -> str:
    """Varied pages joined until the text holds at least ``chars`` characters."""
    parts, total, index = [], 0, seed
    while total < chars:
        parts.append(page(index))
        total += len(parts[-1]) + 2
        index += 1
    return "\n\n".join(parts)
