"""Figures: numbers that state a quantity, with exact values and units.

Reads an article's analysis text; finds numerals (Arabic, Chinese, mixed),
their multipliers, units, qualifiers (约, 近, 超) and change cues
(:mod:`.find`, :mod:`.numerals`, :mod:`.context`), from the language data in
``models/`` compiled once (:mod:`.lexicon`).

Writes figure matches in analysis offsets. May import :mod:`pipeline.text` only.
"""
