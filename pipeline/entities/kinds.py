"""Fast mode: a suffix rule's name made of common words before a generic head is a kind, not a name.

The suffix rules build a name from any words before a head (…市场, …公司);
accurate mode drops the descriptions among them where the tagger's words show
no name there (:func:`pipeline.entities.merge.fits_words`). Fast mode has no
tagger, so jieba's dictionary decides: when the head is a generic noun of
``models/generic_nouns.txt`` (市场, 公司, 医院) and the word before it is one
frequent common word, no name (ns, nr, nt, nz, j) (重点|市场, 技术|市场, 交易|市场), the span describes a kind of market or
company. A name picks a proper noun or a rarer word (万达|市场, 新发地|批发市场),
and a name the dictionary holds whole (工商银行 as nt) stays.

Pure functions on candidates ``(start, end, label, rule)`` of the text given.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.place_chains import CHAINED_RULES, DESCRIPTION_OPENING_FREQ
from pipeline.entities.tagger_checks import is_name_word
from pipeline.text.words import jieba_dictionary

Candidate = tuple[int, int, str, str]


def without_kinds(text: str, found: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """``found`` without the suffix rules' names that are kinds (see the module docstring)."""
    words = jieba_dictionary()
    return [c for c in found if c[3] not in CHAINED_RULES or not is_kind(text[c[0] : c[1]], lex, words)]


def is_kind(name: str, lex: Lexicons, words) -> bool:
    """Is ``name`` one frequent common word before a generic head (重点|市场, 交易|市场), not a name?
    Several words (国家|科技|委员会) name a body more often than they describe one."""
    if is_name_word(name, words):
        return False
    head = next((name[-n:] for n in sorted(lex.generic_lengths, reverse=True)
                 if n < len(name) and name[-n:] in lex.generic), None)
    if head is None:
        return False
    modifier = name[: -len(head)]
    if len(modifier) < 2 or is_name_word(modifier, words):
        return False
    return words.get(modifier, (0, ""))[0] >= DESCRIPTION_OPENING_FREQ
