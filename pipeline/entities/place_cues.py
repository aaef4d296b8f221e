"""Places by their context: a proper noun next to a locative word (某某 + 境内, 途经 + 某某).

Fast mode has no tagger for a place without a suffix or a lexicon entry.
jieba's word classes say "proper noun" (``ns`` place, but also ``nr``/``nrt``
for many transliterated places: it reads 科索沃 as a name), not which kind;
the words around it do: a locative noun after it (境内, 一带, 沿线) or a verb
of location or travel before it (位于, 途经, 抵达) make it a place. The cues
are ``models/loc_context_cues.tsv``. A two- or three-character ``nr`` word
opening on a common surname stays a person (前往 + 某某 may be a visit). After
a "before" cue the place must end at the word (位于 + 某某 + 湾北端 is a longer
name), and a word after a name dot ends a longer name.
Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import functools
from pathlib import Path

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.text import Candidate
from pipeline.text.resources import MODELS_DIR, load_table

#: jieba classes of proper nouns a cue may make a place (not nz: 和平, 某某附中 are other names).
PROPER = frozenset({"ns", "nr", "nrt"})
#: Words after a place that end its name (after a "before" cue the name must end at the proper noun).
ENDINGS = frozenset({"的", "和", "与", "及", "等"})
#: Characters that join the parts of a transliterated name (阿夸·伊博姆州): a word after one is no name alone.
NAME_JOINERS = frozenset("·•・")
#: The rule name of a cued place.
RULE = "place-cue"

Word = tuple[int, int, str, str]


def cued_places(words: list[Word], lex: Lexicons, surnames: frozenset[str],
                models_dir: Path = MODELS_DIR) -> list[Candidate]:
    """LOC spans of proper nouns right before an "after" cue or right after a "before" cue."""
    after, before = _cues(models_dir)
    found = []
    for i, (start, end, word, tag) in enumerate(words):
        if tag not in PROPER or len(word) < 2 or word in lex.generic or lex.places.get(word) is not None:
            continue
        if i > 0 and words[i - 1][2] in NAME_JOINERS:
            continue  # 某·某某州: the word ends a longer name
        following = words[i + 1][2] if i + 1 < len(words) else ""
        cued = following in after or i > 0 and words[i - 1][2] in before and _ends_here(following, after)
        if cued and not (tag == "nr" and len(word) <= 3 and word[0] in surnames):
            found.append((start, end, "LOC", RULE))
    return found


def _ends_here(following: str, after: frozenset[str]) -> bool:
    """Does the place after a "before" cue end at this word: punctuation, 的 or an "after" cue next?

    位于 + 某某 + 湾北端: the proper noun is only the start of a longer name there.
    """
    return not following or following in after or following in ENDINGS or not following[0].isalnum()


@functools.lru_cache(maxsize=4)
def _cues(models_dir: Path = MODELS_DIR) -> tuple[frozenset[str], frozenset[str]]:
    """The "after" and "before" cue words of ``models/loc_context_cues.tsv``."""
    rows = load_table("loc_context_cues.tsv", models_dir)
    sides = {row["side"] for row in rows} - {"after", "before"}
    if sides:
        raise ValueError(f"loc_context_cues.tsv: side must be after or before, not {sorted(sides)}; fix models/")
    return (frozenset(r["cue"] for r in rows if r["side"] == "after"),
            frozenset(r["cue"] for r in rows if r["side"] == "before"))
