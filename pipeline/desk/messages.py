"""Every word the desk shows, in Chinese (the default) and English, as one table.

``zhnews check`` and ``zhnews report`` speak to the journalists who read the
pages, so Chinese comes first; ``--lang en`` switches both. The table is data:
a string used by the desk is looked up here by key (:func:`say`), never
written inline, so a wording is changed (or a language added) in one place.
Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: key -> language -> text.
MESSAGES: dict[str, dict[Lang, str]] = {
    # columns of the claims table (terminal and page)
    "col.text": {"zh": "原文数值", "en": "as written"},
    "col.value": {"zh": "标准值", "en": "value"},
    "col.unit": {"zh": "单位", "en": "unit"},
    "col.metric": {"zh": "指标", "en": "metric"},
    "col.subject": {"zh": "主体", "en": "subject"},
    "col.time": {"zh": "时间", "en": "time"},
    "col.change": {"zh": "变化", "en": "change"},
    "col.sentence": {"zh": "原句", "en": "sentence"},
    "col.where": {"zh": "文件:行:列", "en": "file:line:col"},
    # change words
    "change.increase": {"zh": "增长", "en": "increase"},
    "change.decrease": {"zh": "下降", "en": "decrease"},
    # warning kinds and sentences
    "kind.conflict": {"zh": "数值冲突", "en": "conflict"},
    "kind.impossible_percent": {"zh": "比率超过100%", "en": "rate above 100%"},
    "kind.parts_exceed_total": {"zh": "分项超过总数", "en": "parts exceed total"},
    "warn.conflict": {"zh": "{subject}的“{metric}”{period}有{count}个互相矛盾的数值：",
                      "en": "“{metric}” of {subject}{period}: {count} values that cannot all hold: "},
    "warn.period": {"zh": "（{period}）", "en": " ({period})"},
    "warn.impossible_percent": {"zh": "“{metric}”是比率，不能超过100%：",
                                "en": "“{metric}” is a share or rate and cannot exceed 100%: "},
    "warn.parts_exceed_total": {"zh": "“其中”各项之和超过总数：",
                                "en": "the parts after 其中 add up to more than their total: "},
    "warn.total": {"zh": "总数", "en": "total"},
    "warn.parts": {"zh": "其中", "en": "parts"},
    "warn.more_places": {"zh": "等{count}处", "en": "and {count} more"},
    "warn.old": {"zh": "（旧版记录）", "en": "(record of an older run)"},
    # the terminal
    "check.title": {"zh": "共{total}条断言，显示{shown}条", "en": "{shown} of {total} claims"},
    "check.warnings": {"zh": "{count}条警告", "en": "{count} warnings"},
    "check.none": {"zh": "没有符合条件的断言（{path} 中共{total}条）", "en": "no claims match ({total} in {path})"},
    "error.unreadable": {"zh": "{path} 中的记录无法用当前版本的 zhnews 读取（{error}）；请用此版本重新运行 `zhnews run`",
                         "en": "{path} holds records this zhnews cannot read ({error}); "
                               "rerun `zhnews run` with this version"},
    # the page
    "page.title": {"zh": "zhnews 核查报告：{name}", "en": "zhnews report: {name}"},
    "page.summary": {"zh": "{articles}篇文章 · {claims}条断言 · {warnings}条警告",
                     "en": "{articles} articles · {claims} claims · {warnings} warnings"},
    "page.warnings": {"zh": "警告（{count}）", "en": "Warnings ({count})"},
    "page.no_warnings": {"zh": "没有警告。", "en": "No warnings."},
    "page.claims": {"zh": "断言", "en": "Claims"},
    "page.no_claims": {"zh": "本次运行没有断言。", "en": "No claims in this run."},
    "page.filter": {"zh": "筛选", "en": "filter"},
    "page.filter_hint": {"zh": "指标、主体、数值、原句…", "en": "metric, subject, value, sentence…"},
    "page.count": {"zh": "显示 {shown} / {total} 条断言", "en": "{shown} / {total} claims"},
    "page.articles": {"zh": "文章", "en": "Articles"},
    "page.untitled": {"zh": "（无标题）", "en": "(untitled)"},
    "page.article_claims": {"zh": "{count}条断言", "en": "{count} claims"},
    "page.figure": {"zh": "数字", "en": "figure"},
    "report.written": {"zh": "{articles}篇文章、{claims}条断言、{warnings}条警告 -> {path}",
                       "en": "articles={articles} claims={claims} warnings={warnings} -> {path}"},
}


def say(key: str, lang: Lang = "zh", **fields: object) -> str:
    """The text of ``key`` in ``lang``, its placeholders filled.

    >>> say("change.increase"), say("check.title", "en", shown=2, total=8)
    ('增长', '2 of 8 claims')
    """
    try:
        text = MESSAGES[key][lang]
    except KeyError:
        raise KeyError(f"no message {key!r} in {lang!r}: add it to pipeline/desk/messages.py") from None
    return text.format(**fields) if fields else text
