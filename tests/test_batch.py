"""The batch writer's parts: chunk cutting, streaming decode, renumbering, progress, the warnings hook."""

from __future__ import annotations

import io
import json

import pytest
from synthetic import page, text_of_size

from pipeline import schema
from pipeline.batch.run_batch import run_batch
from pipeline.batch.chunks import MAX_FACTOR, cut_chunks, scan_file
from pipeline.text.ingest import DecodeError, InputError, decode
from pipeline.records.invariants import offset_violations
from pipeline.batch.progress import LogLines, Silent, make_progress
from pipeline.batch.runner import renumber


def _blocks(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


BIG = text_of_size(30_000, seed=3)


@pytest.mark.parametrize("block", [1, 7, 513, 4096, len(BIG)])
def test_chunks_cover_the_text_and_do_not_depend_on_block_size(block):
    chunks = list(cut_chunks(_blocks(BIG, block), target=2000))
    assert "".join(text for _, text in chunks) == BIG
    assert [base for base, _ in chunks] == [sum(len(t) for _, t in chunks[:i]) for i in range(len(chunks))]
    assert chunks == list(cut_chunks([BIG], target=2000))
    assert all(len(text) <= MAX_FACTOR * 2000 for _, text in chunks)


def test_chunks_start_at_headlines():
    titles = {line for line in BIG.split("\n") if line.endswith(("更新", "振兴", "实事", "环境", "保护", "融合"))}
    for base, text in list(cut_chunks([BIG], target=2000))[1:]:
        assert text.split("\n", 1)[0] in titles, text[:40]


@pytest.mark.parametrize("text, cuts", [
    ("", []),
    ("短", [0]),
    ("甲" * 10_000, [0, 4000, 8000]),  # no line break at all: hard cuts
    (("一行文字。\n" * 2000), None),  # line breaks but no blank line
])
def test_chunks_without_boundaries(text, cuts):
    chunks = list(cut_chunks([text], target=1000))
    assert "".join(t for _, t in chunks) == text
    if cuts is not None:
        assert [b for b, _ in chunks] == cuts
    else:
        assert all(t.endswith("\n") for _, t in chunks)


HOSTILE_BYTES = [
    b"", b"  \n\t ", "标题\n\n正文一段。".encode(), "\ufeff标题\n正文。".encode(),
    "标题\r\n\r\n正文。".encode("utf-16"), "标题\n正文，说明。".encode("gb18030"),
    b"\x00\x01binary", b"\xff\xfe\xfd" * 5, "正文。".encode() + b"\xff" + "更多".encode(),
    "\x01\x02\x03\x04".encode() * 10, "\ue000\ue001".encode() * 20, "ab12".encode() * 100,
    "\U0001F600 表情 𠀀𠀁 。".encode(), b"\xef\xbb\xbf" + b"\x00\x01",
    b"\xfe\xff\xd8\x00",  # UTF-16 BE BOM then a lone high surrogate
]


@pytest.mark.parametrize("data", HOSTILE_BYTES)
@pytest.mark.parametrize("block", [1, 3, 1 << 20])
def test_streaming_scan_decides_as_ingest_decode(tmp_path, data, block):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    scanned = scan_file(str(path), "in.txt", size=block)
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        assert isinstance(scanned, InputError) and scanned.reason == str(exc)
        return
    assert not isinstance(scanned, InputError), scanned
    assert (scanned.encoding, scanned.chars) == (encoding, len(text))


@pytest.mark.parametrize("lines, shift, expected", [
    (b'{"id":"abc-a0","x":["abc-a0-s1"],"t":"\\"abc-a0"}\n', 5,
     b'{"id":"abc-a5","x":["abc-a5-s1"],"t":"\\"abc-a0"}\n'),
    # every article of the block moves by the same shift; a1 is not a prefix of a12
    (b'{"id":"abc-a1","index":1,"article_id":"abc-a1","fid":"abc-a12-f0"}\n{"id":"abc-a12","index":12,"n":1}\n', 2,
     b'{"id":"abc-a3","index":3,"article_id":"abc-a3","fid":"abc-a14-f0"}\n{"id":"abc-a14","index":14,"n":1}\n'),
    # other documents' ids and text that only looks like a key stay
    (b'{"id":"abcd-a1","t":"x,\\"index\\":1,","r":"xabc-a1"}\n', 3, b'{"id":"abcd-a1","t":"x,\\"index\\":1,","r":"xabc-a1"}\n'),
    (b'{"id":"abc-a2","index":2}\n', 0, b'{"id":"abc-a2","index":2}\n'),
])
def test_renumber_touches_ids_not_text(lines, shift, expected):
    assert renumber(lines, "abc", shift) == expected


def test_renumber_note_moves_every_id_as_renumber_moves_the_lines():
    from pipeline.claims.consistency import ClaimNote
    from pipeline.batch.runner import renumber_note

    note = ClaimNote("abc-a1-c0", "abc-a1", "abc-a12-f0", 0, "3个", ("3", "3"), None, None, None)
    assert renumber_note(note, "abc", 3)[:3] == ("abc-a4-c0", "abc-a4", "abc-a15-f0")
    assert renumber_note(note, "abc", 3)[3:] == note[3:]


def test_big_dump_cut_in_chunks_keeps_whole_file_offsets_and_indexes(tmp_path):
    source = tmp_path / "in" / "big.txt"
    source.parent.mkdir()
    source.write_text(BIG, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(source)], out, chunk_chars=2000, stream_bytes=0)
    records = [schema.ArticleRecord.model_validate_json(line)
               for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r.index for r in records] == list(range(len(records)))
    assert all(r.id == f"{r.doc_id}-a{r.index}" and r.paragraphs[0].id.startswith(r.id + "-") for r in records)
    assert sum(offset_violations(r, BIG) != [] for r in records) == 0
    assert len({r.doc_id for r in records}) == 1
    in_memory = tmp_path / "mem"
    run_batch([str(source)], in_memory, chunk_chars=2000)  # read whole, cut the same way
    assert (in_memory / "articles.jsonl").read_bytes() == (out / "articles.jsonl").read_bytes()


def test_small_dump_is_one_chunk_with_the_records_of_process_text(tmp_path, process):
    text = page(11)
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    run_batch([str(tmp_path / "p.txt")], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    from pipeline.text.ingest import read_one
    from pipeline.run import cached_nlp, process_dump, Settings

    dump = next(read_one(str(tmp_path / "p.txt")))
    assert lines == [r.model_dump_json() for r in process_dump(dump, cached_nlp(Settings()))]


def test_log_lines_progress():
    stream = io.StringIO()
    progress = LogLines(stream, every=0.0)
    progress.start(2, 100)
    progress.update(files=1, articles=3, chars=50, done_bytes=50)
    progress.close()
    assert "1/2 files, 3 articles" in stream.getvalue() and "ETA" in stream.getvalue()


def test_quiet_and_non_terminal_progress():
    assert isinstance(make_progress(quiet=True), Silent)
    assert isinstance(make_progress(stream=io.StringIO()), LogLines)


def test_batch_warnings_are_those_of_its_claims_read_back(tmp_path):
    """The notes made in the workers and renumbered across chunks give the warnings of the claims as written."""
    from pipeline.batch.run_batch import claims_written
    from pipeline.claims.consistency import find_warnings

    bodies = ["今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客1500万人次。", "全市旅游满意率为135%。",
              "全市完成投资50亿元，其中工业投资30亿元、基础设施投资40亿元。"]
    text = "\n\n".join(f"洛阳经济观察第{n}期\n\n本报讯(记者 张三)2026年3月1日，{body}" for n, body in enumerate(bodies * 3))
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        manifest = run_batch([str(tmp_path / "p.txt")], out, chunk_chars=200, jobs=jobs)
        expected = [w.model_dump_json() for w in find_warnings(claims_written(out / "claims.jsonl"))]
        assert {json.loads(w)["kind"] for w in expected} >= {"conflict", "impossible_percent", "parts_exceed_total"}
        assert (out / "warnings.jsonl").read_text(encoding="utf-8").splitlines() == expected
        assert manifest.counts["warnings"] == len(expected) and manifest.counts["dumps"] == 1
        assert any('"index":11,' in line for line in (out / "articles.jsonl").open(encoding="utf-8"))


def test_article_line_reuses_claim_lines_byte_for_byte():
    from pipeline.run import process_text
    from pipeline.batch.runner import article_line, json_line

    text = ("全市经济稳中有进\n\n本报讯(记者 王明)今年前三季度，全市地区生产总值1008亿元，增长5.2%。\n"
            "其中，第三产业增加值\u2028占比45.1%。\n\n新建公园12个\n\n全市今年新建口袋公园12个，总面积约3.5万平方米。")
    records = process_text(text, name="line.txt")
    assert sum(len(r.claims) for r in records) >= 3
    for record in records:
        claims = [json_line(claim) for claim in record.claims]
        assert article_line(record, claims) == json_line(record)
