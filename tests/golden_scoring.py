"""Score a folder of hand-annotated pages with the shared scorer, as the golden tests do.

``../shared/tools/score.py`` exists only beside developers' and CI's
checkouts; where it is absent the calling test skips.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from conftest import SHARED, require_shared


def load_scorer():
    """../shared/tools/score.py as a module, or a skip where ../shared is absent."""
    require_shared()
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/tools/score.py is not here")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold_dir: Path, pred_dir: Path) -> dict:
    """The scorer's report, computed with its own functions (the same matching rules as its CLI)."""
    g = lambda name: scorer.load(gold_dir, name)
    p = lambda name: scorer.load(pred_dir, name)
    figures, _missed, pairs = scorer.score_figures(g("figures.jsonl"), p("figures.jsonl"))
    return {
        "articles": scorer.score_articles(g("articles.jsonl"), p("articles.jsonl")),
        "joins": scorer.score_joins(g("joins.jsonl"), p("sentences.jsonl")),
        "figures": figures,
        "entities": scorer.score_entities(g("entities.jsonl"), p("entities.jsonl")),
        "claims": scorer.score_claims(g("claims.jsonl"), pairs, p("claims.jsonl")),
    }


def run_and_score(folder: Path, tmp_path_factory) -> dict:
    """`zhnews run` + `zhnews export --format eval` on ``folder/raw``, scored against ``folder/gold``."""
    scorer = load_scorer()
    out, evaluation = tmp_path_factory.mktemp(f"{folder.name}_out"), tmp_path_factory.mktemp(f"{folder.name}_eval")
    runner = CliRunner()
    ran = runner.invoke(app, ["run", str(folder / "raw"), "-o", str(out), "--quiet"])
    assert ran.exit_code == 0, ran.output
    exported = runner.invoke(app, ["export", str(out), "--format", "eval", "-o", str(evaluation)])
    assert exported.exit_code == 0, exported.output
    return score(scorer, folder / "gold", evaluation)
