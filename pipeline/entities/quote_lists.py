"""Quoted names listed together are names of one kind (举办“某某购物节”、“某某游、乐购某地”等活动).

A list of quoted items joined by 、 (or 和, 与, 及) and closed by 等 and a
program noun (等一系列促销活动, 等专项行动) names things of one kind: when one
item is a program by the rules' evidence (an event head), so are the others,
even where an item is a slogan of two phrases (“冰雪欢乐游、乐购某地”) that alone
would read as speech. Without the noun the list may name anything (“某国政府”
及“某大臣”等名称). An item holding a sentence's end (。！？；) is speech, not a name.

Pure functions on spans of one line.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, str]

#: What joins two quoted items of one list: the closing quote, a list mark, the next opening quote.
_JOINT = re.compile(r"[”\"][、和与及][“\"]")
#: What closes a list of quoted names (等, 等一系列).
_CLOSER = re.compile(r"[”\"]等")
#: Sentence ends inside an item: speech, not a name.
_SENTENCE_END = re.compile(r"[。！？；!?;]")
#: The longest item a listed name may be.
_MAX_ITEM = 16


def coordinated(line: str, quotes: list[tuple[int, int]], found: list[Candidate], cues: tuple[str, ...]) -> list[Candidate]:
    """PROGRAM candidates for the items of a closed quote list that holds a program (rule ``quoted-program``).

    ``cues``: program nouns (``models/program_cues.txt``), one of which must follow 等 closely.
    """
    programs = {(c[0], c[1]) for c in found if c[2] == "PROGRAM"}
    taken = {(c[0], c[1]) for c in found}
    extra: list[Candidate] = []
    for items in _lists(line, quotes):
        if not any(item in programs for item in items) or not _cue_after(line, items[-1][1] + 2, cues):
            continue
        extra += [(s, e, "PROGRAM", "quoted-program") for s, e in items
                  if (s, e) not in taken and e - s <= _MAX_ITEM and not _SENTENCE_END.search(line, s, e)]
    return extra


#: How far after 等 the list's program noun may end (等一系列促销活动).
_CUE_WITHIN = 10
#: A clause's end: the noun must come before it.
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")


def _cue_after(line: str, pos: int, cues: tuple[str, ...]) -> bool:
    """Does a program noun end within :data:`_CUE_WITHIN` characters of ``pos``, in the same clause?"""
    window = _CLAUSE_END.split(line[pos : pos + _CUE_WITHIN], maxsplit=1)[0]
    return any(cue in window for cue in cues)


def _lists(line: str, quotes: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of two or more quoted items joined by list marks whose last item is followed by 等."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for start, end in quotes:
        if run and _JOINT.fullmatch(line, run[-1][1], start):
            run.append((start, end))
            continue
        if len(run) >= 2 and _CLOSER.match(line, run[-1][1]):
            runs.append(run)
        run = [(start, end)]
    if len(run) >= 2 and _CLOSER.match(line, run[-1][1]):
        runs.append(run)
    return runs
