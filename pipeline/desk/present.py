"""How the desk words a claim, a warning or an article, in the user's language.

Shared by the terminal table (:mod:`.cli`), the HTML page (:mod:`.report`) and
the CSV export (:mod:`.table`): the figure as the page writes it (2215.6亿元)
beside its normalized number (221,560,000,000), change words (增长/下降), a
claim part as written with what it means, a warning's lead sentence and its
distinct values, an article's label. Every function returns plain text from
the records, :func:`pipeline.desk.sanitize.clean` already applied; callers
escape for their medium.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline import schema
from pipeline.desk.messages import Lang, say
from pipeline.desk.sanitize import clean

_QUALIFIER_SIGNS = {"eq": "", "approx": "≈", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
#: Characters of an untitled article's first paragraph that label it.
LABEL_CHARS = 18


def grouped(exact: str) -> str:
    """A decimal string with thousands separators: '221560000000' -> '221,560,000,000'.

    >>> grouped("221560000000"), grouped("-1234.5"), grouped("96.3")
    ('221,560,000,000', '-1,234.5', '96.3')
    """
    sign, digits = ("-", exact[1:]) if exact.startswith("-") else ("", exact)
    whole, dot, fraction = digits.partition(".")
    if not whole.isdigit():
        return exact
    return f"{sign}{int(whole):,}{dot}{fraction}"


def normalized_value(figure: schema.Figure) -> str:
    """The figure's number with its qualifier (≈, >, ≤ …), or its range, grouped by thousands."""
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return f"{grouped(figure.low)}–{grouped(figure.high)}"
    return _QUALIFIER_SIGNS[figure.qualifier] + grouped(figure.value_exact)


def change_text(claim: schema.Claim, lang: Lang = "zh") -> str:
    """同比增长 / increase (同比): the change reading with its base, as a reader says it."""
    if claim.change is None:
        return clean(claim.change_base or "")
    word, base = say(f"change.{claim.change}", lang), clean(claim.change_base or "")
    if lang == "zh":
        return base + word
    return f"{word} ({base})" if base else word


def part_text(part: schema.ClaimPart | None) -> str:
    """A claim part as the page writes it, with what it means when that differs: 全市（洛阳）."""
    if part is None:
        return ""
    text, normalized = clean(part.text), clean(part.normalized or "")
    return f"{text}（{normalized}）" if normalized and normalized != text else text


def article_label(article: schema.ArticleRecord, lang: Lang = "zh") -> str:
    """The article's title (or its JSON line's title field), or (untitled) and its first words."""
    if article.title is not None and article.title.text.strip():
        return clean(article.title.text).strip()
    if article.index == 0 and article.source.title:
        return clean(article.source.title).strip()
    first = next((p.text for p in article.paragraphs if p.text.strip()), "")
    words = " ".join(clean(first).split())
    return say("page.untitled", lang) + (words[:LABEL_CHARS] + ("…" if len(words) > LABEL_CHARS else ""))


# -- warnings ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShownValue:
    """One value of a warning: its label (as written, a total or parts marked) and its claims."""

    label: str
    claim_ids: tuple[str, ...]


def warning_lead(warning: schema.ConsistencyWarning, lang: Lang = "zh") -> str:
    """The sentence that opens a warning, before its values."""
    if not warning.values:  # a record written before warnings named their values
        return clean(warning.message) + " " + say("warn.old", lang)
    period = say("warn.period", lang, period=clean(warning.period)) if warning.period else ""
    return say(f"warn.{warning.kind}", lang, metric=clean(warning.metric or ""),
               subject=clean(warning.subject or ""), period=period, count=len(warning.values))


def warning_values(warning: schema.ConsistencyWarning, lang: Lang = "zh") -> list[ShownValue]:
    """The values a warning names, each with its claims; an old record's claims as one value."""
    if not warning.values:
        return [ShownValue("", tuple(warning.claim_ids))]
    shown = []
    for value in warning.values:
        label = clean(value.text)
        if value.role != "value":
            label = f"{say('warn.' + ('total' if value.role == 'total' else 'parts'), lang)} {label}"
        shown.append(ShownValue(label, tuple(value.claim_ids)))
    return shown


def kind_label(kind: str, lang: Lang = "zh") -> str:
    """数值冲突 / conflict …"""
    return say(f"kind.{kind}", lang)
