"""Interrupted runs: kill -9, Ctrl-C, torn writes; --resume finishes with byte-identical output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synthetic import page, text_of_size

from pipeline.batch.run_batch import CHECKS, JOURNAL, OUTPUT_FILES, ResumeError, run_batch
from pipeline.batch.progress import Silent
from pipeline.run import Settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for i in range(8):
        (folder / f"p{i}.txt").write_text(text_of_size(12_000, seed=10 * i), encoding="utf-8")
    (folder / "p3.txt").write_bytes(b"\xff\xfe\xfd" * 9)  # an error record in the middle
    return folder


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    run_batch([str(inputs)], out)
    return out


def _same_output(a: Path, b: Path) -> None:
    for name in (*OUTPUT_FILES, "warnings.jsonl"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert not list(b.glob("*.part")) and not (b / JOURNAL).exists() and not (b / CHECKS).exists()


def _journal_entries(out: Path) -> int:
    try:
        return max(0, len((out / JOURNAL).read_bytes().splitlines()) - 1)
    except FileNotFoundError:
        return 0


def test_kill_9_then_resume_gives_identical_output(inputs, reference, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(inputs), "-o", str(out), "-q"]
    child = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _journal_entries(out) < 1 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 1 <= _journal_entries(out) < 8 and not (out / "articles.jsonl").exists()
    manifest = run_batch([str(inputs)], out, resume=True)
    assert manifest.finished and manifest.counts["resumed"] >= 1
    _same_output(reference, out)


class _StopAfter(Silent):
    """Ctrl-C after ``files`` finished inputs."""

    def __init__(self, files: int):
        self.left = files

    def update(self, files: int = 0, **_) -> None:
        self.left -= files
        if self.left < 0:
            raise KeyboardInterrupt


def test_ctrl_c_leaves_an_unfinished_manifest_and_resume_finishes(inputs, reference, tmp_path):
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(inputs)], tmp_path, progress=_StopAfter(4))
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["finished"] is False and manifest["counts"]["inputs"] == 5
    run_batch([str(inputs)], tmp_path, resume=True)
    _same_output(reference, tmp_path)


def test_torn_record_and_torn_journal_line_are_dropped(inputs, reference, tmp_path):
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(inputs)], tmp_path, progress=_StopAfter(2))
    with (tmp_path / "articles.jsonl.part").open("ab") as handle:
        handle.write(b'{"schema_version":"1.0.0","id":"half')
    with (tmp_path / JOURNAL).open("ab") as handle:
        handle.write(b'{"seq": 3, "pa')
    run_batch([str(inputs)], tmp_path, resume=True)
    _same_output(reference, tmp_path)


def test_changed_input_is_done_again(inputs, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"p{i}.txt").write_text(page(300 + i), encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(folder)], out, progress=_StopAfter(2))
    (folder / "p0.txt").write_text(page(999), encoding="utf-8")
    manifest = run_batch([str(folder)], out, resume=True)
    assert manifest.counts["resumed"] == 0
    fresh = tmp_path / "fresh"
    run_batch([str(folder)], fresh)
    _same_output(fresh, out)


def test_resume_with_other_settings_is_refused(inputs, tmp_path):
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(inputs)], tmp_path, progress=_StopAfter(1))
    with pytest.raises(ResumeError, match="without --resume"):
        run_batch([str(inputs)], tmp_path, Settings(date="2024-01-01"), resume=True)


def test_resume_without_a_journal_is_a_full_run(inputs, reference, tmp_path):
    run_batch([str(inputs)], tmp_path, resume=True)
    _same_output(reference, tmp_path)


def test_resume_refuses_stdin(tmp_path):
    with pytest.raises(ResumeError, match="stdin"):
        run_batch(["-"], tmp_path, resume=True)
