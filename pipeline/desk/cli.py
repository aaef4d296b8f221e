"""``zhnews check`` and ``zhnews report``: the journalist's desk as typer commands.

Both are plain functions with ``Annotated`` options, registered by
:mod:`pipeline.cli` with ``app.command()(check)`` and ``app.command()(report)``.
They parse options and call :mod:`pipeline.desk.check` / :mod:`pipeline.desk.report`;
the rendering helpers here (:func:`claim_table`, :func:`plain_lines`) are
plain functions too, so tests call them without a terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline import schema
from pipeline.desk.check import ClaimFilter, Desk, RawLocator, claim_location, filter_claims, load_desk, local_intervals

#: Marks around the figure in plain (non-terminal) output: rare in news text, easy to grep.
PLAIN_OPEN, PLAIN_CLOSE = "⟦", "⟧"
#: Characters of sentence kept either side of the figure in the terminal table.
TERMINAL_CONTEXT = 40


def _load(out_dir: Path) -> Desk:
    try:
        return load_desk(out_dir)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    except ValueError as exc:  # pydantic ValidationError is a ValueError
        typer.echo(f"error: {out_dir} holds records this zhnews cannot read ({exc.__class__.__name__}); "
                   "rerun `zhnews run` with this version", err=True)
        raise typer.Exit(code=1) from None


def marked_sentence(claim: schema.Claim, open_mark: str, close_mark: str, escape=lambda s: s,
                    context: int | None = None) -> str:
    """The claim's sentence with its figure wrapped in marks; text pieces go through ``escape``.

    With ``context``, long sentences are cut to that many characters either
    side of the figure (ends marked "…"), so a terminal row stays short.
    """
    text = claim.sentence.text
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


def _change(claim: schema.Claim) -> str:
    return " ".join(filter(None, [claim.change, claim.change_base]))


def claim_fields(claim: schema.Claim) -> dict[str, str]:
    """The table's columns of one claim, as plain strings."""
    figure = claim.figure
    return {
        "value": figure.value_exact if figure.qualifier == "eq" else f"{figure.qualifier} {figure.value_exact}",
        "unit": figure.unit,
        "metric": claim.metric.text if claim.metric else "",
        "subject": schema.part_value(claim.subject) or "",
        "time": schema.part_value(claim.time) or "",
        "change": _change(claim),
    }


def claim_table(desk: Desk, claims: list[schema.Claim], locator: RawLocator):
    """A rich Table of claims; article text is escaped so `[` in it is never read as markup."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(claims)} of {len(desk.claims)} claims")
    for name in ("value", "unit", "metric", "subject", "time", "change"):
        table.add_column(name, justify="right" if name == "value" else "left", no_wrap=name == "value")
    table.add_column("sentence · file:line:col", overflow="fold")
    for claim in claims:
        fields = claim_fields(claim)
        table.add_row(
            *(escape(v) for v in fields.values()),
            marked_sentence(claim, "[bold black on yellow]", "[/]", escape, context=TERMINAL_CONTEXT)
            + "\n[dim]" + escape(claim_location(locator, desk, claim)) + "[/]",
        )
    return table


def plain_lines(desk: Desk, claims: list[schema.Claim], locator: RawLocator) -> list[str]:
    """Tab-separated lines for pipes: where, value, unit, metric, subject, time, change, sentence."""
    lines = []
    for claim in claims:
        sentence = marked_sentence(claim, PLAIN_OPEN, PLAIN_CLOSE).replace("\t", " ").replace("\n", " ")
        lines.append("\t".join([claim_location(locator, desk, claim), *claim_fields(claim).values(), sentence]))
    return lines


def warning_lines(desk: Desk, shown: list[schema.Claim], locator: RawLocator) -> list[str]:
    """One line per warning naming a shown claim, each claim with its location."""
    by_id = {c.id: c for c in desk.claims}
    shown_ids = {c.id for c in shown}
    lines = []
    for warning in desk.warnings:
        if not shown_ids.intersection(warning.claim_ids):
            continue
        where = ", ".join(
            f"{cid} ({claim_location(locator, desk, by_id[cid])})" if cid in by_id else cid
            for cid in warning.claim_ids)
        lines.append(f"{warning.kind}: {warning.message} [{where}]")
    return lines


def check(
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="folder written by zhnews run")],
    metric: Annotated[str | None, typer.Option(help="only claims whose metric contains this text")] = None,
    subject: Annotated[str | None, typer.Option(help="only claims whose subject contains this text")] = None,
    min_value: Annotated[float | None, typer.Option(help="only figures of at least this value")] = None,
    warnings: Annotated[bool, typer.Option("--warnings", help="only claims named by a warning; list the warnings")] = False,
) -> None:
    """Show a run's claims with their sentences and file:line:col in the raw dump."""
    from rich.console import Console

    desk = _load(out_dir)
    claims = filter_claims(desk, ClaimFilter(metric, subject, min_value, warnings))
    locator = RawLocator(bases=(out_dir.parent,))
    console = Console(soft_wrap=False)
    if console.is_terminal:
        console.print(claim_table(desk, claims, locator))
    else:
        for line in plain_lines(desk, claims, locator):
            typer.echo(line)
    if warnings:
        from rich.markup import escape

        lines = warning_lines(desk, claims, locator)
        typer.echo(f"{len(lines)} warnings", err=True)
        for line in lines:
            if console.is_terminal:
                console.print(f"[bold red]![/] {escape(line)}")
            else:
                typer.echo(line)
    if not claims:
        typer.echo(f"no claims match ({len(desk.claims)} in {out_dir})", err=True)


def report(
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="folder written by zhnews run")],
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, help="HTML file to write")] = Path("report.html"),
    title: Annotated[str | None, typer.Option(help="page title (default: the folder's name)")] = None,
) -> None:
    """Write one self-contained HTML page: articles highlighted, claims table, warnings."""
    from pipeline.desk.report import write_report

    try:
        counts = write_report(out_dir, output, title)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()) + f" -> {output}", err=True)
