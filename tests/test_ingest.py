"""Ingest: encodings detected and recorded, bad input becomes error records."""

from __future__ import annotations

import codecs
import json
import os

import pytest
from hypothesis import given, strategies as st

from pipeline.text.ingest import Dump, InputError, decode, read_inputs

TEXT = "标题一行\n\n本报讯(记者 张三)全市新增公园12个。\n"


@pytest.mark.parametrize("data, encoding, text", [
    (TEXT.encode("utf-8"), "utf-8", TEXT),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom", "\ufeff" + TEXT),
    (TEXT.encode("gb18030"), "gb18030", TEXT),
    (TEXT.encode("gbk"), "gb18030", TEXT),
    (TEXT.encode("utf-16"), "utf-16", TEXT),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", TEXT),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", TEXT.replace("\n", "\r\n")),
])
def test_decode_detects_and_keeps_text_as_stored(data, encoding, text):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0x80, 0x100)) * 4, "undecodable"),
    ("abc".encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20, "control"),
])
def test_decode_rejects_with_a_reason(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


def test_folder_is_recursive_sorted_and_errors_do_not_stop_it(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    dumps = [i for i in items if isinstance(i, Dump)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [os.path.relpath(d.path, tmp_path) for d in dumps] == ["a.txt", os.path.join("b", "2.txt")]
    assert {(os.path.basename(e.path), e.stage) for e in errors} == {("empty.txt", "decode"), ("missing.txt", "read")}


def test_json_lines_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": TEXT, "date": "2026-05-01", "source": "晚报"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"text": TEXT}, ensure_ascii=False),
        json.dumps({"id": "c", "title": "标题", "content": TEXT}, ensure_ascii=False),  # a crawler's key
        json.dumps({"id": "e", "content": " "}),
    ]
    path = tmp_path / "dumps.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Dump", 1), ("InputError", 2), ("InputError", 3), ("InputError", 4), ("Dump", 6), ("Dump", 7),
        ("InputError", 8)]
    assert items[-2].text == TEXT and items[-2].doc == "dumps.jsonl#c"
    assert '"content" is empty' in items[-1].reason
    first, last = items[0], items[-3]
    assert (first.record_id, first.date, first.source, first.doc) == ("x1", "2026-05-01", "晚报", "dumps.jsonl#x1")
    assert last.record_id == "6"


def test_unreadable_file_is_an_error_record(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        (item,) = read_inputs([str(path)])
        assert isinstance(item, InputError) and item.stage == "read"
    finally:
        path.chmod(0o644)


def test_stdin_text_and_jsonl():
    (dump,) = read_inputs(["-"], stdin=TEXT.encode())
    assert dump.name == "stdin" and dump.text == TEXT
    data = (json.dumps({"id": 7, "text": TEXT}, ensure_ascii=False) + "\n").encode()
    (dump,) = read_inputs(["-"], stdin_format="jsonl", stdin=data)
    assert dump.record_id == "7"


def test_doc_id_is_stable_and_depends_on_path_and_text():
    a = Dump("a/n.txt", "n.txt", TEXT, "utf-8", "0")
    assert a.doc_id == Dump("a/n.txt", "n.txt", TEXT, "utf-8", "1").doc_id  # the bytes' hash aside
    assert a.doc_id == Dump("a/./n.txt", "n.txt", TEXT, "utf-8", "0").doc_id  # the same path, spelled otherwise
    assert a.doc_id != Dump("b/n.txt", "n.txt", TEXT, "utf-8", "0").doc_id  # the same page in another folder
    assert a.doc_id != Dump("a/n.txt", "n.txt", TEXT + "。", "utf-8", "0").doc_id


@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF), max_size=60))
def test_noise_counts_follow_the_per_character_definition(text):
    from pipeline.text.ingest import noise_counts

    noise = sum(1 for ch in text if (ch < " " and ch not in "\n\r\t\f\v") or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    text_like = sum(1 for ch in text if ord(ch) < 0x80 or 0x3000 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF
                    or 0x2000 <= ord(ch) <= 0x206F or ch == "\ufeff")
    assert noise_counts(text) == (noise, len(text) - text_like)
