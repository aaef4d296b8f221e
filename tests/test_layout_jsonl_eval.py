"""``zhnews export --format eval`` on a JSON Lines input: doc = ``FILE#id``, offsets into that line's text.

Two pages rendered by the layout harness from our own records go into one
``.jsonl`` file; every exported article must name its page as ``FILE#id``
and its span and title must read back from that page's ``text``.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from layout_harness.render import CONVENTIONS, render
from pipeline.cli import app
from test_layout_metamorphic import OWN


def test_jsonl_pages_export_doc_hash_id_and_offsets_into_the_line(tmp_path):
    convention = next(c for c in CONVENTIONS if c.name == "blank_fw")
    pages = {f"p{i}": render(OWN[3 * i:3 * i + 3], convention, i) for i in range(2)}
    source = tmp_path / "in" / "pages.jsonl"
    source.parent.mkdir()
    source.write_text("".join(json.dumps({"id": pid, "text": raw}, ensure_ascii=False) + "\n"
                              for pid, (raw, _) in pages.items()), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(source.parent), "-o", str(tmp_path / "out")]).exit_code == 0
    assert runner.invoke(app, ["export", str(tmp_path / "out"), "--format", "eval", "-o",
                               str(tmp_path / "ev")]).exit_code == 0
    rows = [json.loads(line) for line in (tmp_path / "ev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {row["doc"] for row in rows} == {"pages.jsonl#p0", "pages.jsonl#p1"}
    for row in rows:
        raw, expected = pages[row["doc"].split("#", 1)[1]]
        want = next(e for e in expected if e.title == row["title"])
        assert (row["start"], row["end"]) == (want.start, want.end)
        assert raw[row["start"]:row["end"]].startswith(row["kicker"] or row["title"])
        assert sorted(row["reporters"]) == want.reporters
