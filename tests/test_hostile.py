"""A hostile corpus, generated here: every good document comes out, every bad one is an error
record with a reason, nothing crashes, and every span reads back from its raw input."""

from __future__ import annotations

import codecs
import functools
import json
import os
import random
from pathlib import Path

import pytest
from synthetic import page

from pipeline import schema
from pipeline.batch.run_batch import run_batch
from pipeline.text.ingest import Dump, read_one
from pipeline.records.invariants import offset_violations

GOOD = page(42, articles=2)
JSON_GOOD = json.dumps({"id": "g", "text": GOOD}, ensure_ascii=False)
_rng = random.Random(5)
WORDS = ("城市", "发展", "建设", "推进", "工作", "服务", "项目", "改革", "生态", "文化")

#: name -> (bytes, expectation): "ok" = no error and at least one article; "any" = no error;
#: "error:<stage>" = an error record of that stage and no article.
CASES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "error:decode"),
    "whitespace.txt": (b" \n\t\r\n  \n", "error:decode"),
    "binary.bin": (bytes(_rng.randrange(256) for _ in range(4096)), "error:decode"),
    "nul_bytes.txt": (GOOD.encode() + b"\x00\x00" + GOOD.encode(), "error:decode"),
    "invalid_utf8.txt": (b"\xc3\x28\xa0\xa1\xe2\x28\xa1" * 50, "error:decode"),
    "latin1.txt": ("café crème à la carte".encode("latin-1"), "error:decode"),
    "utf8_bom_invalid.txt": (codecs.BOM_UTF8 + b"\xff\xfe abc", "error:decode"),
    "utf16_lone_surrogate.txt": (codecs.BOM_UTF16_LE + b"\x00\xd8", "error:decode"),
    "mostly_control.txt": ("\x01\x02\x03\x04\x05".encode() * 40, "error:decode"),
    "private_use.txt": ("\ue000\ue123\uf8ff".encode() * 40, "error:decode"),
    "gb18030.txt": (GOOD.encode("gb18030"), "ok"),
    "gbk.txt": (GOOD.encode("gbk"), "ok"),
    "utf16le_bom.txt": (GOOD.encode("utf-16"), "ok"),
    "utf16be_bom.txt": (codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "ok"),
    "utf8_bom.txt": (codecs.BOM_UTF8 + GOOD.encode(), "ok"),
    "crlf.txt": (GOOD.replace("\n", "\r\n").encode(), "ok"),
    "cr_only.txt": (GOOD.replace("\n", "\r").encode(), "any"),
    "mixed_newlines.txt": (GOOD.replace("\n", "\r\n", 3).encode(), "ok"),
    "unicode_line_separators.txt": (GOOD.replace("\n", "\u2028", 4).encode(), "any"),
    "long_line.txt": ("".join(_rng.choice(WORDS) for _ in range(875_000)).encode(), "ok"),  # 5 MB, no break
    "tiny_articles.txt": ("".join(f"第{i}号消息\n\n本报讯 正文{i}。\n\n" for i in range(10_000)).encode(), "ok"),
    "control_chars.txt": (GOOD.replace("。", "。\x07", 2).replace("，", "\x1b，", 1).encode(), "ok"),
    "emoji_non_bmp.txt": (("🎉📈𠀀𠀁𪚥 " + GOOD.replace("全区", "全区😀𠮷", 2)).encode(), "ok"),
    "numbers_only.txt": ("\n".join(str(_rng.randrange(10**9)) for _ in range(200)).encode(), "any"),
    "no_chinese.txt": (b"City news\n\nThe council opened 12 parks in 2024.\nRevenue rose 3.5%.\n", "any"),
    "only_punctuation.txt": ("。，、；：？！“”《》".encode() * 10, "any"),
    "one_char.txt": ("中".encode(), "any"),
    "fullwidth.txt": (GOOD.replace("1", "１").replace("%", "％").encode(), "ok"),
    "ideographic_spaces.txt": (GOOD.replace("\n", "\u3000\n\u3000\u3000").encode(), "ok"),
    "zero_width.txt": (GOOD.replace("，", "\u200b，", 3).replace("。", "。\ufeff", 2).encode(), "ok"),
    "combining.txt": (GOOD.replace("。", "e\u0301。", 2).encode(), "ok"),
    "html.txt": (("<html><body><p>" + GOOD.replace("\n", "</p>\n<p>") + "</p></body></html>").encode(), "ok"),
    "long_title.txt": (("长" * 300 + "\n\n" + GOOD).encode(), "ok"),
    "many_blank_lines.txt": (GOOD.replace("\n\n", "\n" * 1000).encode(), "ok"),
    "one_char_repeated.txt": (("的" * 100_000).encode(), "any"),
    "中文 名字.txt": (GOOD.encode(), "ok"),
    "deep/er/still/nested.txt": (GOOD.encode(), "ok"),
    "lines_bom.jsonl": (codecs.BOM_UTF8 + (JSON_GOOD + "\n").encode(), "ok"),
    "lines_gb18030.jsonl": ((JSON_GOOD + "\n").encode("gb18030"), "ok"),
    "lines_odd_fields.jsonl": (json.dumps({"id": 7, "text": GOOD, "date": "2024-13-45", "x": [1]},
                                          ensure_ascii=False).encode() + b"\n", "ok"),
    "truncated.jsonl": (JSON_GOOD[: len(JSON_GOOD) // 2].encode(), "error:parse"),
    "truncated_mid_character.jsonl": (JSON_GOOD.encode()[: len(JSON_GOOD[: len(JSON_GOOD) // 2].encode()) + 1],
                                      "error:decode"),
    "not_objects.jsonl": (b'"just a string"\n[1, 2]\n42\n', "error:parse"),
    "no_text.jsonl": (b'{"id": "a"}\n{"id": "b", "text": null}\n{"id": "c", "text": 5}\n', "error:parse"),
    "empty_text.jsonl": (b'{"id": "a", "text": ""}\n{"id": "b", "text": "  \\n "}\n', "error:parse"),
}
#: JSON Lines with good and bad lines: the good ones come out, each bad one is an error on its line.
MIXED_JSONL = "\n".join([JSON_GOOD, "{bad json", '{"id": "x"}', "", JSON_GOOD.replace('"g"', '"h"'),
                         JSON_GOOD[:40]]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    for name, (data, _) in CASES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "mixed.jsonl").write_text(MIXED_JSONL, encoding="utf-8")
    links = folder / "links"
    links.mkdir()
    (links / "to_good.txt").symlink_to(folder / "gb18030.txt")
    (links / "loop_a.txt").symlink_to(links / "loop_b.txt")
    (links / "loop_b.txt").symlink_to(links / "loop_a.txt")
    (links / "dangling.txt").symlink_to(root / "nowhere.txt")
    (links / "to_parent").symlink_to(folder, target_is_directory=True)  # a folder loop, not followed
    unreadable = None
    if os.geteuid() != 0:  # root reads everything
        unreadable = folder / "unreadable.txt"
        unreadable.write_bytes(GOOD.encode())
        unreadable.chmod(0)
    out = root / "out"
    manifest = run_batch([str(folder), str(root / "missing.txt")], out)
    if unreadable:
        unreadable.chmod(0o600)
    return folder, root, out, manifest, unreadable


@functools.lru_cache(maxsize=4)
def _lines(path: Path, model) -> tuple:
    """Records of an output file, read once (splitlines: every line splitter must see whole records)."""
    return tuple(model.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines())


@functools.lru_cache(maxsize=4)
def _by_path(path: Path, model) -> dict[str, list]:
    found: dict[str, list] = {}
    for record in _lines(path, model):
        found.setdefault(record.source.path if model is schema.ArticleRecord else record.path, []).append(record)
    return found


def test_corpus_has_forty_inputs(corpus):
    folder, *_ = corpus
    assert sum(1 for p in folder.rglob("*") if p.is_file() or p.is_symlink()) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_input_gives_articles_or_an_error_with_a_reason(corpus, name):
    folder, _, out, manifest, _ = corpus
    expect = CASES[name][1]
    path = str(folder / name)
    errors = _by_path(out / "errors.jsonl", schema.ErrorRecord).get(path, [])
    articles = _by_path(out / "articles.jsonl", schema.ArticleRecord).get(path, [])
    if expect.startswith("error:"):
        assert errors and all(e.stage == expect.split(":")[1] and e.reason for e in errors), errors
        assert not articles
    else:
        assert not errors, errors
        assert articles or expect == "any"


def test_mixed_json_lines_keep_the_good_lines(corpus):
    folder, _, out, _, _ = corpus
    path = str(folder / "mixed.jsonl")
    errors = _by_path(out / "errors.jsonl", schema.ErrorRecord).get(path, [])
    articles = _by_path(out / "articles.jsonl", schema.ArticleRecord).get(path, [])
    assert sorted(e.line for e in errors) == [2, 3, 6]
    assert {a.source.record_id for a in articles} == {"g", "h"}


def test_links_missing_files_and_unreadable_files(corpus):
    folder, root, out, _, unreadable = corpus
    errors = {e.path: e for e in _lines(out / "errors.jsonl", schema.ErrorRecord)}
    links = folder / "links"
    for name in ("loop_a.txt", "loop_b.txt", "dangling.txt"):
        assert errors[str(links / name)].stage == "read"
    assert errors[str(root / "missing.txt")].reason == "no such file or folder"
    assert str(links / "to_good.txt") not in errors
    articles = _lines(out / "articles.jsonl", schema.ArticleRecord)
    assert any(a.source.path == str(links / "to_good.txt") for a in articles)
    assert not any("to_parent" in a.source.path for a in articles)
    if unreadable is None:
        pytest.skip("running as root: every file is readable")
    assert errors[str(unreadable)].stage == "read"


def test_nothing_crashed_in_processing(corpus):
    *_, out, manifest, _ = corpus
    assert manifest.finished
    assert [e for e in _lines(out / "errors.jsonl", schema.ErrorRecord) if e.stage == "process"] == []


def test_every_span_reads_back_from_the_raw_input(corpus):
    *_, out, _, _ = corpus
    raws: dict[tuple[str, int | None], str] = {}
    problems = []
    for record in _lines(out / "articles.jsonl", schema.ArticleRecord):
        key = (record.source.path, record.source.line)
        if record.source.path not in {k[0] for k in raws}:
            for item in read_one(record.source.path):
                if isinstance(item, Dump):
                    raws[(item.path, item.line)] = item.text
        problems += offset_violations(record, raws[key])
    assert problems == []


def test_manifest_lists_every_input(corpus):
    folder, *_, manifest, unreadable = corpus
    paths = {entry.path for entry in manifest.inputs}
    assert {str(folder / name) for name in CASES} <= paths
    assert all(entry.error for entry in manifest.inputs if entry.path.endswith(("empty.txt", "binary.bin")))
