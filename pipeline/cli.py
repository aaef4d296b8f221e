"""The ``zhnews`` command: thin typer commands over plain functions.

Each command parses its options and calls one function of the package; tests
and other code call those functions directly.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="zhnews",
    help="Chinese newspaper page dumps to structured, checkable JSON records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class SegmenterChoice(str, Enum):
    jieba = "jieba"
    pkuseg = "pkuseg"


class ModeChoice(str, Enum):
    fast = "fast"
    accurate = "accurate"


class StdinFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    eval = "eval"


class EngineChoice(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="files, folders (recursive) or - for stdin")],
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("data/out"),
    segmenter: Annotated[SegmenterChoice, typer.Option(help="word segmenter")] = SegmenterChoice.jieba,
    mode: Annotated[ModeChoice, typer.Option(help="entity mode: accurate (rules + LAC tagger) or fast (rules only, ~15-20x quicker, for bulk runs)")] = ModeChoice.accurate,
    date: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) for relative dates")] = None,
    tokens: Annotated[bool, typer.Option("--tokens", help="include tokens in articles.jsonl")] = False,
    stdin_format: Annotated[StdinFormat, typer.Option(help="format of - (stdin)")] = StdinFormat.text,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes (or Dask workers)")] = 1,
    engine: Annotated[EngineChoice, typer.Option(help="local processes, or a Dask cluster")] = EngineChoice.local,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="finish an interrupted run in --out")] = False,
    warnings: Annotated[bool, typer.Option(
        "--warnings/--no-warnings",
        help="batch-level consistency warnings (keeps a few fields of each claim on disk)")] = True,
    strict: Annotated[bool, typer.Option("--strict", help="exit 1 when any input gave an error record")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print nothing but errors")] = False,
) -> None:
    """Split page dumps into articles and write articles.jsonl, claims.jsonl, errors.jsonl, warnings.jsonl, manifest.json."""
    if jobs > 1 and engine is EngineChoice.local:
        from pipeline.batch.forkserver import start_early

        start_early()  # the workers' server imports spaCy while this process does
    from pipeline.batch.run_batch import ResumeError, run_batch
    from pipeline.batch.progress import make_progress
    from pipeline.settings import Settings

    if date is not None:
        _check_date(date)
    if scheduler is not None and engine is not EngineChoice.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    settings = Settings(segmenter=segmenter.value, mode=mode.value, date=date, tokens=tokens)
    try:
        manifest = run_batch(inputs, out, settings, stdin_format=stdin_format.value, jobs=jobs, engine=engine.value,
                             scheduler=scheduler, resume=resume, progress=make_progress(quiet),
                             warnings=warnings, tune_gc=True)
    except ResumeError as exc:
        typer.echo(f"zhnews: {exc}", err=True)
        raise typer.Exit(code=2) from None
    except KeyboardInterrupt:
        typer.echo(f"zhnews: interrupted; run the same command with --resume to finish {out}", err=True)
        raise typer.Exit(code=130) from None
    counts = manifest.counts
    if not quiet:
        typer.echo(
            f"{counts['dumps']} dumps, {counts['articles']} articles, {counts['claims']} claims, "
            f"{counts['errors']} errors in {manifest.seconds:.2f}s -> {out}",
            err=True,
        )
    if strict and counts["errors"]:
        raise typer.Exit(code=1)


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint="--date") from None


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="folder written by zhnews run")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="export format")] = ExportFormat.eval,
    output: Annotated[Path, typer.Option("--output", "-o", help="folder to write")] = Path("data/eval"),
) -> None:
    """Write a run's records in another format (eval: the scorer's flat files)."""
    from pipeline.records.export import export_eval

    counts = export_eval(out_dir, output)
    typer.echo(" ".join(f"{name}={n}" for name, n in counts.items()) + f" -> {output}", err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of every output record."""
    from pipeline.schema import json_schema

    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


from pipeline.desk.cli import check, report  # noqa: E402  (the desk commands live in their own module)

app.command()(check)
app.command()(report)


def main() -> None:  # pragma: no cover - console entry point
    app()
