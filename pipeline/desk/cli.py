"""``zhnews check`` and ``zhnews report``: the journalist's desk as typer commands.

Both are plain functions with ``Annotated`` options, registered by
:mod:`pipeline.cli` with ``app.command()(check)`` and ``app.command()(report)``.
They parse options and call :mod:`pipeline.desk.check` / :mod:`pipeline.desk.report`;
the rendering helpers here (:func:`claim_table`, :func:`plain_lines`,
:func:`warning_lines`) are plain functions too, so tests call them without a
terminal. Both speak Chinese unless ``--lang en`` (:mod:`.messages`), and
nothing taken from the input reaches the terminal before
:mod:`.sanitize` has taken its control characters out.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from pipeline import schema
from pipeline.desk.check import ClaimFilter, Desk, RawLocator, claim_location, filter_claims, load_desk, local_intervals
from pipeline.desk.messages import Lang, say
from pipeline.desk.present import (
    change_text, kind_label, normalized_value, part_text, warning_lead, warning_values,
)
from pipeline.desk.sanitize import blank, cell, clean

#: Marks around the figure in plain (non-terminal) output: rare in news text, easy to grep.
PLAIN_OPEN, PLAIN_CLOSE = "⟦", "⟧"
#: Characters of sentence kept either side of the figure in the terminal table.
TERMINAL_CONTEXT = 40
#: Widest a metric, subject, time or change cell gets before it folds (six CJK characters).
PART_CELLS = 12
#: Terminals this wide (in cells) get the claims as a table; narrower ones one block per claim.
WIDE_TERMINAL = 150
#: Terminal cells the sentence column keeps however narrow the terminal (a CJK character takes two).
SENTENCE_CELLS = 30
#: Locations a warning line spells out for one value; the rest are counted.
WARNING_PLACES = 3
#: Claim table columns, in order (keys of :func:`claim_fields`; headers are ``col.<key>`` messages).
FIELDS = ("text", "value", "unit", "metric", "subject", "time", "change")


class LangChoice(str, Enum):
    zh = "zh"
    en = "en"


LangOption = Annotated[LangChoice, typer.Option("--lang", help="language of the desk: zh (中文) or en")]


def _say_error(text: str) -> None:
    typer.echo(f"error: {clean(text)}", err=True)


def _load(out_dir: Path, lang: Lang) -> Desk:
    try:
        return load_desk(out_dir)
    except FileNotFoundError as exc:
        _say_error(str(exc))
        raise typer.Exit(code=1) from None
    except ValueError as exc:  # pydantic ValidationError is a ValueError
        _say_error(say("error.unreadable", lang, path=out_dir, error=exc.__class__.__name__))
        raise typer.Exit(code=1) from None


def marked_sentence(claim: schema.Claim, open_mark: str, close_mark: str, escape=lambda s: s,
                    context: int | None = None) -> str:
    """The claim's sentence with its figure wrapped in marks; text pieces go through ``escape``.

    With ``context``, long sentences are cut to that many characters either
    side of the figure (ends marked "…"), so a terminal row stays short.
    """
    text = blank(claim.sentence.text)  # control characters as NUL, removed piece by piece below
    shown = escape
    escape = lambda piece: shown(clean(piece))  # noqa: E731
    intervals = local_intervals(claim.sentence, claim.figure)
    first, last = 0, len(text)
    if context is not None and intervals:
        first, last = max(0, intervals[0][0] - context), min(len(text), intervals[-1][1] + context)
    out, cursor = ["…" if first else ""], first
    for start, end in intervals:
        out += [escape(text[cursor:start]), open_mark, escape(text[start:end]), close_mark]
        cursor = end
    out += [escape(text[cursor:last]), "…" if last < len(text) else ""]
    return "".join(out)


def claim_fields(claim: schema.Claim, lang: Lang = "zh") -> dict[str, str]:
    """The table's columns of one claim (:data:`FIELDS`), as plain cleaned strings.

    ``text`` is the figure as the page writes it (2215.6亿元), ``value`` its
    normalized number (221,560,000,000), ``unit`` the unit left once the
    multiplier is applied (元).
    """
    figure = claim.figure
    return {
        "text": clean(figure.text),
        "value": normalized_value(figure),
        "unit": clean(figure.unit),
        "metric": clean(claim.metric.text) if claim.metric else "",
        "subject": part_text(claim.subject),
        "time": part_text(claim.time),
        "change": change_text(claim, lang),
    }


def claim_table(desk: Desk, claims: list[schema.Claim], locator: RawLocator, lang: Lang = "zh"):
    """A rich Table of claims for a wide terminal; article text is escaped so `[` in it is never read as markup."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True, title=say("check.title", lang, shown=len(claims), total=len(desk.claims)))
    for name in FIELDS:
        fixed = name in ("text", "value", "unit")
        table.add_column(say(f"col.{name}", lang), justify="right" if name == "value" else "left",
                         no_wrap=fixed, overflow="fold", max_width=None if fixed else PART_CELLS)
    table.add_column(say("col.sentence", lang), overflow="fold", ratio=1, min_width=SENTENCE_CELLS)
    table.add_column(say("col.where", lang), no_wrap=True)  # one token an editor opens: never cut
    for claim in claims:
        table.add_row(
            *(escape(v) for v in claim_fields(claim, lang).values()),
            marked_sentence(claim, "[bold black on yellow]", "[/]", escape, context=TERMINAL_CONTEXT),
            f"[dim]{escape(clean(claim_location(locator, desk, claim)))}[/]",
        )
    return table


def claim_cards(desk: Desk, claims: list[schema.Claim], locator: RawLocator, lang: Lang = "zh") -> list[str]:
    """A narrow terminal's claims, one block each (rich markup): the fields, the location on a line of its own
    (so it never wraps), the sentence."""
    from rich.markup import escape

    cards = []
    for claim in claims:
        fields = claim_fields(claim, lang)
        head = [f"[bold]{escape(fields['text'])}[/] = {escape(fields['value'])} {escape(fields['unit'])}".rstrip()]
        head += [f"{say('col.' + name, lang)} {escape(fields[name])}" for name in FIELDS[3:] if fields[name]]
        cards.append(" · ".join(head) + f"\n  [dim]{escape(clean(claim_location(locator, desk, claim)))}[/]\n  "
                     + marked_sentence(claim, "[bold black on yellow]", "[/]", escape, context=TERMINAL_CONTEXT))
    return cards


def plain_lines(desk: Desk, claims: list[schema.Claim], locator: RawLocator, lang: Lang = "zh") -> list[str]:
    """Tab-separated lines for pipes: where, then :data:`FIELDS`, then the sentence; no field holds a tab or newline."""
    lines = []
    for claim in claims:
        sentence = marked_sentence(claim, PLAIN_OPEN, PLAIN_CLOSE)
        fields = [claim_location(locator, desk, claim), *claim_fields(claim, lang).values(), sentence]
        lines.append("\t".join(cell(field) for field in fields))
    return lines


def warning_lines(desk: Desk, shown: list[schema.Claim], locator: RawLocator, lang: Lang = "zh") -> list[str]:
    """One line per warning naming a shown claim: its kind, its sentence, each value with where it is written."""
    by_id = {c.id: c for c in desk.claims}
    shown_ids = {c.id for c in shown}
    separator = "；" if lang == "zh" else "; "
    lines = []
    for warning in desk.warnings:
        if not shown_ids.intersection(warning.claim_ids):
            continue
        values = []
        for value in warning_values(warning, lang):
            places = [claim_location(locator, desk, by_id[cid]) if cid in by_id else cid
                      for cid in value.claim_ids[:WARNING_PLACES]]
            more = len(value.claim_ids) - len(places)
            if more:
                places.append(say("warn.more_places", lang, count=more))
            values.append(f"{value.label} ({', '.join(places)})".lstrip())
        lines.append(cell(f"{kind_label(warning.kind, lang)}: {warning_lead(warning, lang)}{separator.join(values)}"))
    return lines


def check(
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="folder written by zhnews run")],
    metric: Annotated[str | None, typer.Option(help="only claims whose metric contains this text")] = None,
    subject: Annotated[str | None, typer.Option(help="only claims whose subject contains this text")] = None,
    min_value: Annotated[float | None, typer.Option(help="only figures of at least this value")] = None,
    warnings: Annotated[bool, typer.Option("--warnings", help="only claims named by a warning; list the warnings")] = False,
    lang: LangOption = LangChoice.zh,
) -> None:
    """Show a run's claims with their sentences and file:line:col in the raw dump."""
    from rich.console import Console

    language: Lang = lang.value
    desk = _load(out_dir, language)
    claims = filter_claims(desk, ClaimFilter(metric, subject, min_value, warnings))
    locator = RawLocator(bases=(out_dir.parent,))
    console = Console(soft_wrap=False)
    if console.is_terminal and console.width >= WIDE_TERMINAL:
        console.print(claim_table(desk, claims, locator, language))
    elif console.is_terminal:
        console.print(say("check.title", language, shown=len(claims), total=len(desk.claims)))
        for card in claim_cards(desk, claims, locator, language):
            console.print(card, soft_wrap=True)
    else:
        for line in plain_lines(desk, claims, locator, language):
            typer.echo(line)
    if warnings:
        from rich.markup import escape

        lines = warning_lines(desk, claims, locator, language)
        typer.echo(say("check.warnings", language, count=len(lines)), err=True)
        for line in lines:
            if console.is_terminal:
                console.print(f"[bold red]![/] {escape(line)}")
            else:
                typer.echo(line)
    if not claims:
        typer.echo(cell(say("check.none", language, total=len(desk.claims), path=out_dir)), err=True)


def report(
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="folder written by zhnews run")],
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, help="HTML file to write")] = Path("report.html"),
    title: Annotated[str | None, typer.Option(help="page title (default: the folder's name)")] = None,
    lang: LangOption = LangChoice.zh,
) -> None:
    """Write one self-contained HTML page: articles highlighted, claims table, warnings."""
    from pipeline.desk.report import write_report

    try:
        counts = write_report(out_dir, output, title, lang.value)
    except FileNotFoundError as exc:
        _say_error(str(exc))
        raise typer.Exit(code=1) from None
    typer.echo(cell(say("report.written", lang.value, path=output, **counts)), err=True)
