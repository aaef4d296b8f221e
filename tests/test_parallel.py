"""The same bytes whatever runs the work: -j 1, -j 2 worker processes, a Dask cluster."""

from __future__ import annotations

import pytest
from synthetic import page, text_of_size

from pipeline.batch.run_batch import OUTPUT_FILES, run_batch

CHUNK = 3000  # small chunks, so one dump is spread over several tasks


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for i in range(6):
        (folder / f"p{i}.txt").write_text(page(100 + i), encoding="utf-8")
    (folder / "big.txt").write_text(text_of_size(20_000, seed=7), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02")
    (folder / "lines.jsonl").write_text('{"id": "a", "text": "%s"}\n{"broken\n' % page(5).replace("\n", "\\n"),
                                        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("j1")
    run_batch([str(inputs)], out, jobs=1, chunk_chars=CHUNK)
    return out


def _same_files(a, b):
    for name in OUTPUT_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_local_run_has_articles_and_errors(local_run):
    assert (local_run / "articles.jsonl").stat().st_size > 0
    assert len((local_run / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_two_worker_processes_write_the_same_bytes(inputs, local_run, tmp_path):
    manifest = run_batch([str(inputs)], tmp_path, jobs=2, chunk_chars=CHUNK)
    _same_files(local_run, tmp_path)
    assert manifest.finished and manifest.settings["jobs"] == 2


def test_dask_engine_writes_the_same_bytes(inputs, local_run, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run_batch([str(inputs)], tmp_path, engine="dask", scheduler=cluster.scheduler_address, chunk_chars=CHUNK)
    _same_files(local_run, tmp_path)


def test_the_writing_process_does_not_import_spacy():
    """Under -j N only the workers analyse; the writer stays small (~30 MB, not ~90) and starts fast."""
    import subprocess
    import sys

    code = "import sys, pipeline.batch.run_batch, pipeline.cli, pipeline.batch.runner; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
