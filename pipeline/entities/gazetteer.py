"""Entity lexicons from ``models/`` and the lookup structures built on them.

Every list is data with a source header (see each file); this module only
turns them into lookup structures, once per models folder (``lru_cache`` on
the loader, no global state). Word tables (:class:`WordTable`) and
Aho-Corasick automata find every lexicon entry in a line in one pass, so
matching cost does not grow with the number of entries.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from pipeline.text.resources import MODELS_DIR, load_lines, load_table


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: a name form, its level and parent."""

    name: str  # the full name (郑州市)
    level: str  # province | city | county | district
    parent: str  # the parent's full name, "" for provinces
    province: str  # the province's full name ("" for provinces themselves)


#: The word lists of ``Lexicons.line_words``; the first three are suffix lists (see scan_line).
LINE_KINDS = ("org", "loc", "sub", "known", "acronym", "leader", "cue")
#: Verbs before an unquoted program name (实施乡村振兴战略), as a regex alternation.
UNQUOTED_VERBS = "实施|开展|启动|推进|落实|参与|推出|发布|印发|深化|组织"


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Every entity lexicon, loaded and indexed."""

    places: PlaceTable  # surface -> (surface, label, Division | None)
    divisions: dict[str, Division]  # surface (full or short) -> division
    org_suffixes: ahocorasick.Automaton  # suffix -> suffix
    org_heads: frozenset[str]
    program_cues: dict[str, str]  # cue -> strong | weak
    strong_tail: re.Pattern[str]  # a short CJK run ending in a strong cue
    strong_cues: tuple[str, ...]  # cues that may end an unquoted name, longest first
    program_verbs: tuple[str, ...]
    person_cues: re.Pattern[str]  # any cue, longest first
    references_ac: ahocorasick.Automaton
    credit_labels: frozenset[str]
    surnames: frozenset[str]
    leaders: frozenset[str]
    generic: frozenset[str]
    references: dict[str, str]  # 我省 -> province
    and_bodies: tuple[str, ...]  # bodies holding 和 (文化和旅游): 和 does not end their prefix
    generic_lengths: tuple[int, ...] = ()  # the distinct lengths in ``generic``
    program_cue_tuple: tuple[str, ...] = ()  # the keys of ``program_cues``, for one startswith call
    event_heads: tuple[str, ...] = ()  # 节 季 嘉年华 博览会 …: heads of quoted event names
    place_only_suffixes: frozenset[str] = frozenset()  # 交警, 邮政: an ORG only right after a place
    #: One table over the suffix, short-name (新华社), acronym (CBA), sub-unit (处 司 系), leader and
    #: person-cue lists: word -> (word, kinds). See :func:`pipeline.entities.text.scan_line`.
    line_words: WordTable | None = None
    #: Derived in ``__post_init__`` (compiled once, not per line): any program verb; a verb then an
    #: unquoted name ending in a strong cue; the words that start an ORG name inside its prefix.
    program_verb_re: re.Pattern[str] = field(init=False)
    unquoted_re: re.Pattern[str] = field(init=False)
    org_starters: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        cues = "|".join(map(re.escape, self.strong_cues))
        derived = {
            "program_verb_re": re.compile("|".join(map(re.escape, self.program_verbs)) if self.program_verbs else "(?!)"),
            "unquoted_re": re.compile(rf"(?:{UNQUOTED_VERBS})了?([\u4e00-\u9fff]{{2,12}}?(?:{cues}))"),
            "org_starters": tuple(sorted(h for h in self.org_heads if len(h) > 1)) + self.and_bodies,
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)  # frozen: set once here

    def ends_in_generic(self, name: str, longer_than: int = 0) -> bool:
        """Does ``name`` end in a generic noun of more than ``longer_than`` characters?

        One set lookup per noun length instead of ``endswith`` per noun: the
        rules ask this for every ORG and LOC candidate.
        """
        size = len(name)
        for n in self.generic_lengths:  # ascending
            if n > size:
                return False
            if n > longer_than and name[-n:] in self.generic:
                return True
        return False

    @property
    def max_cue(self) -> int:
        """Length of the longest program cue (bounds a lookahead)."""
        return max(map(len, self.program_cues))


class WordTable:
    """The words of a table found in a line through a character guard, like an automaton's ``iter``.

    pyahocorasick looks a character up among a node's transitions one by one,
    so every character that starts no word scans all the root's transitions:
    over thousands of place names (about a thousand first characters) that was
    0.45 µs a character, over the ~370 suffixes, short names and cues of
    ``line_words`` (~200 first characters) ~0.2 µs, the largest single costs
    of the entity rules. A compiled character-class guard (see
    :func:`_word_guard`) skips most of a line in C instead; only where the
    characters can begin some word are the possible lengths looked up in a
    dict. ``iter`` yields ``(last index, value)`` in the automaton's order (by
    end, the longest first), so callers see the same matches.
    """

    __slots__ = ("_values", "_lengths", "_guard")

    def __init__(self, entries: dict[str, object]) -> None:
        if "" in entries:
            raise ValueError("a word table cannot hold the empty string, fix models/")
        self._values = dict(entries)
        lengths: dict[str, set[int]] = {}
        for key in entries:
            if len(key) >= 2:
                lengths.setdefault(key[:2], set()).add(len(key))
        self._lengths = {pair: tuple(sorted(ns)) for pair, ns in lengths.items()}
        self._guard = _word_guard(list(entries))

    def iter(self, line: str) -> list[tuple[int, object]]:
        """Every word in ``line`` (overlaps included) as ``(last index, value)``, by end then longest first."""
        values, lengths = self._values, self._lengths
        found = []
        size = len(line)
        for match in self._guard.finditer(line):
            start = match.start()
            value = values.get(line[start])  # a one-character word
            if value is not None:
                found.append((start, -1, value))
            for n in lengths.get(line[start : start + 2], ()):
                if start + n > size:
                    break  # lengths ascend; a slice past the end would repeat a shorter word
                value = values.get(line[start : start + n])
                if value is not None:
                    found.append((start + n - 1, -n, value))
        found.sort()  # (last, -length) never ties: the same start and length are the same word
        return [(last, value) for last, _n, value in found]

    def get(self, key: str, default: object = None) -> object:
        """The value stored for the word ``key``, else ``default``."""
        return self._values.get(key, default)

    def items(self):
        """``(word, value)`` pairs of every word."""
        return self._values.items()

    def keys(self):
        """Every word."""
        return self._values.keys()

    def __len__(self) -> int:
        return len(self._values)


class PlaceTable(WordTable):
    """Place surfaces (two characters or more) -> ``(surface, label, Division | None)``; see :class:`WordTable`."""

    __slots__ = ()

    def __init__(self, entries: dict[str, object]) -> None:
        short = [key for key in entries if len(key) < 2]
        if short:
            raise ValueError(f"place names need two characters or more, fix models/: {short[:5]}")
        super().__init__(entries)


def _word_guard(names: list[str]) -> re.Pattern[str]:
    """A regex matching (one character wide) wherever one of ``names`` may start.

    A first character of some name, then either nothing more for a
    one-character name, or the second character of a two-character name
    (after a first character of one), or the second and third characters of
    a longer name. Checking three characters for the longer names halves the
    false starts of a plain first-then-second-character test (治理, 青年,
    城市 …), which each cost a Python dict lookup.
    """
    def chars(index: int, group: list[str]) -> str:
        return "[" + re.escape("".join(sorted({name[index] for name in group}))) + "]"

    one = [name for name in names if len(name) == 1]
    two = [name for name in names if len(name) == 2]
    longer = [name for name in names if len(name) > 2]
    branches = []
    if one:
        branches.append(f"(?<={chars(0, one)})")
    if two:
        branches.append(f"(?<={chars(0, two)})(?={chars(1, two)})")
    if longer:
        branches.append(f"(?={chars(1, longer)}{chars(2, longer)})")
    if not branches:
        return re.compile(r"(?!)")
    return re.compile(f"{chars(0, names)}(?:{'|'.join(branches)})")


def _automaton(entries: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton mapping each key to its value."""
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def _division_forms(models_dir: Path) -> tuple[dict[str, tuple[str, Division]], dict[str, Division]]:
    """Surface forms of divisions with their label (GPE, or LOC for districts).

    Full names are always matched; a short form only when the table marks it
    safe, and never for districts (金水 alone is too ambiguous). When two
    divisions share a surface form the higher level wins (吉林 province over city).
    """
    rows = load_table("admin_divisions.tsv", models_dir)
    peoples = "|".join(sorted((name.removesuffix("族") for name in load_lines("ethnic_groups.txt", models_dir)),
                              key=len, reverse=True))
    # an autonomous division: its stem, the first people it is named for (东乡族自治县 has no stem), its kind
    autonomous_name = re.compile(rf"(.*?)({peoples}|各)族?(?:(?:{peoples})族?)*自治([县州旗])")
    by_code = {row["adcode"]: row for row in rows}
    rank = {"province": 0, "city": 1, "county": 2, "district": 3}
    forms: dict[str, tuple[str, Division]] = {}
    for row in sorted(rows, key=lambda r: rank[r["level"]]):
        parent = by_code.get(row["parent"])
        province = row["name"] if row["level"] == "province" else ""
        walker = parent
        while walker is not None and not province:
            if walker["level"] == "province":
                province = walker["name"]
            walker = by_code.get(walker["parent"])
        division = Division(row["name"], row["level"], row["parent_name"], province)
        label = "LOC" if row["level"] == "district" else "GPE"
        if row["level"] == "district" and len(row["name"]) <= 2:
            continue  # 城区, 郊区, 矿区: generic words, not names
        surfaces = [row["name"]]
        if row["short_ok"] == "1" and row["short"] != row["name"]:
            surfaces.append(row["short"])
        autonomous = autonomous_name.fullmatch(row["name"])
        if autonomous:  # 东乡族自治县 -> 东乡县, 临夏回族自治州 -> 临夏州: the form news writes
            stem = autonomous.group(1) or autonomous.group(2)
            surfaces.append(stem + autonomous.group(3))
        for surface in surfaces:
            forms.setdefault(surface, (label, division))
    return forms, {surface: division for surface, (_, division) in forms.items()}


@functools.lru_cache(maxsize=None)
def load_lexicons(models_dir: Path = MODELS_DIR) -> Lexicons:
    """Load every entity lexicon from ``models_dir`` and build the automata once."""
    forms, divisions = _division_forms(models_dir)
    places: dict[str, object] = {s: (s, label, d) for s, (label, d) in forms.items()}
    for country in load_lines("countries.txt", models_dir) + load_lines("world_cities.txt", models_dir):
        places.setdefault(country, (country, "GPE", None))
    for feature in load_lines("natural_features.txt", models_dir):
        places.setdefault(feature, (feature, "LOC", None))
    cues = {row["cue"]: row["strength"] for row in load_table("program_cues.txt", models_dir)}
    generic = frozenset(load_lines("generic_nouns.txt", models_dir))
    line_lists = {  # in the order of LINE_KINDS
        "org": load_lines("org_suffixes.txt", models_dir),
        "loc": load_lines("loc_suffixes.txt", models_dir),
        "sub": load_lines("org_subunits.txt", models_dir),
        "known": load_lines("org_short_names.txt", models_dir),
        "acronym": load_lines("org_acronyms.txt", models_dir),
        "leader": load_lines("leaders.txt", models_dir),
        "cue": load_lines("person_cues.txt", models_dir) + load_lines("person_descriptors.txt", models_dir),
    }
    return Lexicons(
        places=PlaceTable(places),
        divisions=divisions,
        org_suffixes=_automaton({s: s for s in load_lines("org_suffixes.txt", models_dir)}),
        org_heads=frozenset(load_lines("org_heads.txt", models_dir)),
        program_cues=cues,
        strong_cues=tuple(sorted((c for c, v in cues.items() if v == "strong"), key=len, reverse=True)),
        strong_tail=re.compile(
            r"(?:(?![的和与及或])[\u4e00-\u9fff]){0,8}?(?:"
            + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True) if cues[c] == "strong")
            + ")"
        ),
        program_verbs=load_lines("program_verbs.txt", models_dir),
        person_cues=re.compile("|".join(map(re.escape, sorted(
            set(load_lines("person_cues.txt", models_dir) + load_lines("person_descriptors.txt", models_dir)),
            key=len, reverse=True)))),
        references_ac=_automaton({row["word"]: row["word"] for row in load_table("references.tsv", models_dir)}),
        credit_labels=frozenset(load_lines("credit_labels.txt", models_dir)),
        surnames=frozenset(load_lines("surnames.txt", models_dir)),
        leaders=frozenset(load_lines("leaders.txt", models_dir)),
        generic=generic,
        references={row["word"]: row["level"] for row in load_table("references.tsv", models_dir)},
        and_bodies=load_lines("org_and_bodies.txt", models_dir),
        generic_lengths=tuple(sorted({len(g) for g in generic})),
        program_cue_tuple=tuple(cues),
        event_heads=load_lines("event_heads.txt", models_dir),
        place_only_suffixes=frozenset(load_lines("org_place_suffixes.txt", models_dir)),
        line_words=_kinds_table(line_lists),
    )


def _kinds_table(lists: dict[str, tuple[str, ...]]) -> WordTable:
    """One table over several word lists: word -> (word, the indexes in LINE_KINDS of the lists holding it).

    The cost of a scan is mostly per character of text, not per word, so one
    pass over a line with every list costs about what one list costs;
    separate automata cost one pass each (see :func:`pipeline.entities.text.scan_line`).
    """
    kinds: dict[str, list[int]] = {}
    for kind, words in lists.items():
        index = LINE_KINDS.index(kind)
        for word in words:
            if index not in kinds.setdefault(word, []):
                kinds[word].append(index)
    return WordTable({word: (word, tuple(names)) for word, names in kinds.items()})
