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
    csv = "csv"


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
    doc_seconds: Annotated[float, typer.Option(
        "--doc-seconds", min=0, help="most seconds one document (or 262k-character chunk) may take; 0: no limit")
    ] = 300.0,
) -> None:
    """Split page dumps into articles and write articles.jsonl, claims.jsonl, errors.jsonl, warnings.jsonl, manifest.json."""
    if jobs > 1 and engine is EngineChoice.local:
        from pipeline.batch.forkserver import start_early

        start_early()  # the workers' server imports spaCy while this process does
    from pipeline.batch.progress import make_progress
    from pipeline.settings import Settings

    if date is not None:
        _check_date(date)
    if scheduler is not None and engine is not EngineChoice.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    settings = Settings(segmenter=segmenter.value, mode=mode.value, date=date, tokens=tokens)
    manifest = _run_or_exit(inputs, out, settings, stdin_format=stdin_format.value, jobs=jobs, engine=engine.value,
                            scheduler=scheduler, resume=resume, progress=make_progress(quiet),
                            warnings=warnings, tune_gc=True, doc_seconds=doc_seconds or None)
    _report_run(manifest, out, quiet, strict)


def _say(message: str) -> None:
    """One line on stderr, control characters from inputs or paths made visible."""
    from pipeline.batch.progress import printable

    typer.echo(f"zhnews: {printable(message)}", err=True)


def _run_or_exit(inputs: list[str], out: Path, settings, **options):
    """run_batch; a failure of the whole run is one line on stderr and its exit code (README: exit codes)."""
    from pipeline.batch.outdir import RunError
    from pipeline.batch.run_batch import ResumeError, run_batch

    try:
        return run_batch(inputs, out, settings, **options)
    except ResumeError as exc:
        _say(str(exc))
        raise typer.Exit(code=2) from None
    except RunError as exc:
        _say(str(exc))
        raise typer.Exit(code=exc.code) from None
    except KeyboardInterrupt:
        _say(f"interrupted; run the same command with --resume to finish {out}")
        raise typer.Exit(code=130) from None


def _report_run(manifest, out: Path, quiet: bool, strict: bool) -> None:
    """The closing lines of a run (counts, errors by reason) and its exit code."""
    from pipeline.batch.progress import printable

    counts = manifest.counts
    if not quiet:
        typer.echo(printable(f"{counts['dumps']} dumps, {counts['articles']} articles, {counts['claims']} claims, "
                             f"{counts['errors']} errors in {manifest.seconds:.2f}s -> {out}"), err=True)
    if manifest.errors_by_reason:
        typer.echo(f"errors by reason (details in {printable(str(out / 'errors.jsonl'))}):", err=True)
        for reason, number in list(manifest.errors_by_reason.items())[:10]:
            typer.echo(f"  {number:>6} × {printable(reason)}", err=True)
    if not counts["inputs"]:
        _say("no input files found: give files, folders holding files, or - for stdin")
        raise typer.Exit(code=4)
    if counts["errors"] and not counts["articles"]:
        _say(f"every input failed: no article came out of {counts['inputs']} input(s); see the reasons above")
        raise typer.Exit(code=4)
    if strict and counts["errors"]:
        raise typer.Exit(code=1)


def _check_run_folder(out_dir: Path) -> None:
    """Stop with one line when ``out_dir`` holds no finished ``zhnews run`` output."""
    if not (out_dir / "articles.jsonl").is_file():
        hint = " (the run did not finish: run it again with --resume)" if (out_dir / "articles.jsonl.part").exists() \
            else ""
        _say(f"{out_dir} holds no zhnews output: articles.jsonl is missing{hint}; "
             "pass the folder `zhnews run -o` wrote")
        raise typer.Exit(code=1)  # as check and report do


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
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="eval: folder to write (default data/eval); csv: file (default OUT_DIR/claims.csv)")] = None,
) -> None:
    """Write a run's records in another format (eval: the scorer's flat files; csv: the claims, one row each)."""
    if format is ExportFormat.csv:
        from pipeline.desk.table import export_csv

        output = out_dir / "claims.csv" if output is None else output
        output = output / "claims.csv" if output.is_dir() else output
        export = export_csv
    else:
        from pipeline.records.export import export_eval

        output = Path("data/eval") if output is None else output
        export = export_eval
    _check_run_folder(out_dir)
    try:
        counts = export(out_dir, output)
    except FileNotFoundError as exc:  # a file of the run is missing: as check and report, exit 1
        _say(str(exc))
        raise typer.Exit(code=1) from None
    except OSError as exc:  # the output cannot be written: one line, exit 3
        _say(f"cannot export {out_dir} to {output}: {exc.strerror or exc} ({exc.filename or output})")
        raise typer.Exit(code=3) from None
    from pipeline.batch.progress import printable  # paths may hold control characters: never echo them raw

    typer.echo(printable(" ".join(f"{name}={n}" for name, n in counts.items()) + f" -> {output}"), err=True)


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
    """The ``zhnews`` command: whatever escapes a command is one line on stderr, exit 70, never a traceback."""
    import os

    try:
        app()
    except (typer.Exit, SystemExit):
        raise
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("ZHNEWS_TRACEBACK"):
            raise
        where = exc.__traceback__
        while where is not None and where.tb_next is not None:
            where = where.tb_next
        place = f" at {where.tb_frame.f_code.co_filename.rsplit('/', 2)[-1]}:{where.tb_lineno}" if where else ""
        _say(f"internal error{place}: {type(exc).__name__}: {exc} "
             "(a bug in zhnews: please report it; ZHNEWS_TRACEBACK=1 shows the traceback)")
        sys.exit(70)
