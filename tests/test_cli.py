"""The command line through typer's CliRunner: run, export, schema; outputs checked as a loader would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records.invariants import offset_violations
from pipeline.schema import ArticleRecord, json_schema

ROOT = Path(__file__).resolve().parents[1]

runner = CliRunner()
SAMPLES = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(SAMPLES), "-o", str(out), "--date", "2026-05-01"])
    assert result.exit_code == 0, result.output
    return out


def _raw_of(record: ArticleRecord) -> str:
    path = Path(record.source.path)
    if record.source.record_id is None:
        return path.read_bytes().decode("utf-8")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if str(row.get("id")) == record.source.record_id:
                return row["text"]
    raise AssertionError(f"record {record.source.record_id} not in {path}")


def test_run_writes_every_output_file(sample_run):
    assert {p.name for p in sample_run.iterdir()} >= {"articles.jsonl", "claims.jsonl", "errors.jsonl", "manifest.json"}
    manifest = json.loads((sample_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["articles"] >= 7 and manifest["counts"]["errors"] == 0
    assert {Path(i["path"]).name for i in manifest["inputs"]} == {p.name for p in SAMPLES.iterdir()}
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert manifest["settings"]["segmenter"] == "jieba" and "spacy" in manifest["dependencies"]


def test_every_span_reads_back_from_the_raw_file(sample_run):
    lines = (sample_run / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        record = ArticleRecord.model_validate_json(line)
        assert offset_violations(record, _raw_of(record)) == []


def test_output_validates_against_published_schema(sample_run):
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    article_schema = {**schema, "$ref": "#/$defs/ArticleRecord"}
    validator = jsonschema.Draft202012Validator(article_schema)
    for line in (sample_run / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        errors = list(validator.iter_errors(json.loads(line)))
        assert not errors, errors[0].message
    claim_validator = jsonschema.Draft202012Validator({**schema, "$ref": "#/$defs/Claim"})
    for line in (sample_run / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        assert not list(claim_validator.iter_errors(json.loads(line)))


def test_committed_schema_matches_code():
    committed = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(json_schema())), "run: zhnews schema > docs/schema.json"
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.stdout) == committed


def test_same_input_gives_byte_identical_articles(sample_run, tmp_path):
    again = tmp_path / "again"
    result = runner.invoke(app, ["run", str(SAMPLES), "-o", str(again), "--date", "2026-05-01"])
    assert result.exit_code == 0
    assert (again / "articles.jsonl").read_bytes() == (sample_run / "articles.jsonl").read_bytes()


def test_bad_inputs_become_error_records_and_strict_fails(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    shutil.copy(SAMPLES / "page_01_city.txt", good)
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 0
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(e["path"]).name for e in errors) == ["binary.txt", "empty.txt"]
    assert all(e["reason"] for e in errors)
    assert (out / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 2
    strict = runner.invoke(app, ["run", str(tmp_path / "in"), "-o", str(out), "--strict"])
    assert strict.exit_code == 1


def test_bad_date_option_says_how_to_write_it(tmp_path):
    result = runner.invoke(app, ["run", str(SAMPLES), "-o", str(tmp_path), "--date", "May 1"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


def test_export_eval_writes_scorer_files(sample_run, tmp_path):
    result = runner.invoke(app, ["export", str(sample_run), "--format", "eval", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("articles", "sentences", "joins", "figures", "entities", "claims"):
        assert (tmp_path / f"{name}.jsonl").exists()
    articles = [json.loads(l) for l in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    first = next(a for a in articles if a["doc"] == "page_01_city.txt" and a["index"] == 0)
    assert first["title"] == "洛阳今年新建口袋公园86个" and first["reporters"] == ["周明远", "韩雪"]
    joins = [json.loads(l) for l in (tmp_path / "joins.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any("资金占比超过四成" in j["text"] for j in joins)


def test_tokens_only_on_request(sample_run, tmp_path):
    first = json.loads((sample_run / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert all(p["tokens"] is None for p in first["paragraphs"])
    result = runner.invoke(app, ["run", str(SAMPLES / "page_01_city.txt"), "-o", str(tmp_path), "--tokens"])
    assert result.exit_code == 0
    record = ArticleRecord.model_validate_json((tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    tokens = [t for p in record.paragraphs for t in p.tokens]
    assert tokens and offset_violations(record, (SAMPLES / "page_01_city.txt").read_text(encoding="utf-8")) == []
