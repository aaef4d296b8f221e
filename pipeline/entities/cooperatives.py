"""Fast mode: farmers' cooperatives, named by law as trade name + trade + 专业合作社.

China's law on farmers' specialised cooperatives has each one's name end in
专业合作社, after its own trade name and what it grows or raises (某某蔬菜种植
专业合作社). The rules' ORG suffix finds no name there: the verb of the trade
(种植, 养殖) ends a suffix rule's prefix, as a clause's verb would. Here the
name runs back from 专业合作社 over the trade's nouns and verbs to the trade
name: a word jieba's dictionary lacks (its HMM's find) or tags as a name
(``nr``, ``nz``, ``ns``). Without one (农民专业合作社, 果蔬专业合作社) the
words name a kind of cooperative, no body. Spans are ``(start, end, label,
rule)`` over jieba's tagged words (:func:`pipeline.entities.word_classes.tagged_words`).
"""

from __future__ import annotations

from pipeline.entities.names import NOT_NAME
from pipeline.entities.text import Candidate
from pipeline.text.words import jieba_dictionary

#: The rule name of the spans found here (fast mode's word classes: they fill the rules' gaps alike).
RULE = "word-class"
#: jieba classes of the words of a cooperative's trade (蔬菜, 种植, 养殖) and of its trade name.
_TRADE_TAGS = frozenset({"n", "v", "vn", "nr", "nz", "ns", "j", "nrt"})
#: jieba classes of a trade name jieba's dictionary holds (红星 nz, 春兴 nr).
_NAME_TAGS = frozenset({"nr", "nz", "ns", "nrt"})
#: Words of a cooperative's trade between its name and 专业合作社 (蔬菜|种植: two).
_MOST_TRADE_WORDS = 4

Word = tuple[int, int, str, str]


def cooperatives(words: list[Word]) -> list[Candidate]:
    """ORG spans of cooperatives: a trade name, its trade, 专业合作社 (see the module docstring)."""
    dictionary = jieba_dictionary()
    found = []
    for k, (_start, end, word, _tag) in enumerate(words):
        if word == "专业合作社":
            first = k - 1
        elif word == "合作社" and k and words[k - 1][2] == "专业":
            first = k - 2
        else:
            continue
        for j in range(first, max(first - _MOST_TRADE_WORDS, -1), -1):
            w_start, _w_end, name, tag = words[j]
            if tag not in _TRADE_TAGS:
                break
            if tag in _NAME_TAGS or name not in dictionary:
                if name[0] in NOT_NAME and name not in dictionary and len(name) >= 3:
                    w_start += 1  # 由某某: the HMM glued a preposition to the name
                found.append((w_start, end, "ORG", RULE))
                break
    return found
