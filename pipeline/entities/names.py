"""People's names: a surname plus one or two characters after a cue, in a credit line, or a leader.

Chinese text has no capitals, so a name is only believed where the context
says a person follows: a title or role (记者 主席 主理人 …), an age (30岁的),
a byline or credit line (策划:王某 李某), or the name is on the short list of
national leaders. The surname table decides where the name starts; the
characters after it decide whether it has one or two given characters.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pipeline.entities.text import LineHits, is_cjk, scan_line  # noqa: F401  (is_cjk re-exported)
from pipeline.entities.gazetteer import Lexicons
from pipeline.text.resources import MODELS_DIR, load_lines
from pipeline.text.words import jieba_dictionary

#: Characters that end a name: the given name stops before them (杨扬说, 徐琳从).
AFTER_NAME = frozenset("说表介认告指称从在的是等和与及也就对向为将已正曾带获这那们文图摄报讲提谈坦透回笑道感希还都又则便却并以到")
#: Byline markers among AFTER_NAME: they end a name only when a marker follows
#: (杨柳文/图, 王某摄 at a line end), not inside a name (孙博文以, 李文图书).
_MARKER_CHARS = frozenset("文图摄")
#: Characters that cannot be a name's first given character or its surname.
NOT_NAME = frozenset("的了在是和与及或从由对向为把被将于等据同跟给让使并也都就而又还但且所其之这那该此各每个们说表")

#: jieba classes of place and proper-noun words: after a byline cue such a word is a name, not a word.
_PLACE_CLASSES = frozenset({"ns", "nz"})
#: Credit line: a label (spaces allowed inside, 策 划), a colon, then names.
_CREDIT = re.compile(
    r"""^\s*[（(]?                                           # （责任编辑：王某）: a web copy's closing credit
        (?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,5}?)   # 策 划 / 本期执笔 / 责任编辑
        \s*[:：]\s*
        (?P<names>.+)$                                      # 王超 谭鹏辉 陈锋
    """,
    re.VERBOSE,
)
#: One name in a credit line, with an optional 文/图/摄 marker after it.
_CREDIT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: Role markers written right after a byline name (杨柳文/图, 王某摄).
_MARKER = re.compile(r"(?:文/图|文图|文|图|摄影|摄|报道)$")
#: Byline cues: the name after them is certain even if it is also a word (杨柳).
_BYLINE_CUES = frozenset({"记者", "本报记者", "通讯员"})
#: A two-character name set with a space between surname and given name, the width of a three-character
#: one (记者 王 某 摄), after a byline cue or an agency's photo credit (某某社发 王 某摄), before its end.
_SPACED_NAME = re.compile(r"(?:(?<=记者)|(?<=通讯员)|(?<=摄影)|(?<=社发))[ \u3000]+"
                          r"(?P<name>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[\s)）/,，、]|摄|$)")
#: The same name as a caption's photo credit, right before 摄 at the end of a line (…。王 某摄).
_SPACED_PHOTO_CREDIT = re.compile(r"(?:^|(?<=[。！？\s]))(?P<name>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=摄[\s)）]*$)")
#: A transliterated name: two or more parts joined by · (马克·某某, 某·某·某).
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·・][\u4e00-\u9fff]{1,8})+")
#: Nouns written right after a person's full name (王某某老人).
_KIN_AFTER = re.compile(r"老人|大爷|大妈|阿姨|老汉|奶奶|爷爷")
#: An age written as a cue before a name (30岁的杜某).
_AGE_CUE = re.compile(r"\d{1,3}岁的")


@functools.lru_cache(maxsize=4)
def common_words(jieba_dict: Path | None = None) -> dict[str, str]:
    """Words of two to four characters that jieba knows as something other than a name, with their POS.

    A candidate name that is one of them (强调, 高度, 方向) is an ordinary
    word that happens to start with a surname character. Taken from the one
    reading of jieba's dictionary every mode makes anyway
    (:func:`pipeline.text.words.jieba_dictionary`: ~0.08 s, not a second scan of the file).
    """
    words = jieba_dictionary() if jieba_dict is None else jieba_dictionary(jieba_dict)  # the callers' cache key
    return {word: tag for word, (_freq, tag) in words.items() if 2 <= len(word) <= 4 and not tag.startswith("nr")}


def name_at(line: str, pos: int, lex: Lexicons, common: dict[str, str], strict: bool = True) -> int:
    """End of a person's name starting at ``pos``, or -1 when none starts there.

    张国防领衔 -> 张国防; 杨扬说 -> 杨扬 (说 ends a name). ``strict`` also refuses
    names whose first two characters are a common word (平均年龄 after 30岁的);
    bylines are not strict, since there a name like 杨柳 is certain.
    """
    if pos >= len(line) or line[pos] in NOT_NAME:
        return -1
    surname = 2 if line[pos : pos + 2] in lex.surnames else 1 if line[pos] in lex.surnames else 0
    if not surname:
        return -1
    first = pos + surname
    if first >= len(line) or not is_cjk(line[first]) or line[first] in NOT_NAME:
        return -1
    end = first + 1
    if end < len(line) and is_cjk(line[end]) and not _ends_name(line, end) and line[end] not in NOT_NAME:
        if not (end + 1 < len(line) and common.get(line[end : end + 2], "")[:1] in {"n", "v", "d", "a"}
                and line[first : end + 1] not in common and not _ends_name(line, end + 1)):
            end += 1  # 吴前|单节砍下: a word starting there leaves a one-character given name (not 苏伯年|表示)
    while end - pos > surname + 1 and line[pos:end] in common:
        end -= 1  # 王强调 -> 王强; a name is not a common word
    name = line[pos:end]
    if name in lex.generic or name in common and (strict or common[name][:2] not in _PLACE_CLASSES
                                                  or lex.places.get(name) is not None):
        return -1  # a common word; after a byline cue a word jieba lists as a place may be a name (记者 罗某)
    if line[pos : pos + 2] in common and (strict or common[line[pos : pos + 2]][:1] == "v"):
        return -1  # 平均 after 30岁的; 来到 after 记者 even in a byline
    return end


def _ends_name(line: str, pos: int) -> bool:
    """Does the character at ``pos`` end a name (说, 在 …; 文/图/摄 only as a byline marker)?"""
    char = line[pos]
    if char not in AFTER_NAME:
        return False
    if char not in _MARKER_CHARS:
        return True
    after = line[pos + 1 : pos + 2]
    return after == "" or not is_cjk(after) or after in _MARKER_CHARS  # 文/图, 摄 at the end, 文图


def cued_names(line: str, lex: Lexicons, common: dict[str, str],
               hits: LineHits | None = None) -> list[tuple[int, int, str]]:
    """Names right after a person cue (记者 李某, 主席张某) or an age (30岁的), or before 老人 and kin.

    A byline cue may introduce several names separated by spaces (记者 王某 李某);
    a transliterated name runs on over · (马克·某某). ``hits`` is the line's
    :func:`~pipeline.entities.text.scan_line` when the caller has it.
    """
    found = []
    starts = [(m.end(), True) for m in _AGE_CUE.finditer(line)] if "岁的" in line else []
    starts += [(end, cue not in _BYLINE_CUES) for end, cue in (hits or scan_line(line, lex)).person_cues]
    for start, strict in sorted(set(starts)):
        while start < len(line) and line[start] == " ":
            start += 1
        foreign = _foreign_end(line, start, lex)
        if foreign > 0:
            found.append((start, foreign, "cue"))
            continue
        end = name_at(line, start, lex, common, strict) if strict else _byline_name(line, start, lex, common)
        while end > 0:
            found.append((start, end, _byline_rule(line, start, end, strict)))
            if strict or not line.startswith(" ", end):
                break
            start = end + 1  # 记者 王某 李某: the next name of a byline
            end = _byline_name(line, start, lex, common)
    return found + _names_before_kin(line, lex, common)


def _byline_rule(line: str, start: int, end: int, strict: bool) -> str:
    """``credit`` for a byline's name written as a token between spaces (记者 某某某 摄): the layout
    vouches for it as for a credit line's, whatever words the tagger reads across it; else ``cue``."""
    token = not strict and start > 0 and line[start - 1] == " " and (end == len(line) or line[end] in _TOKEN_CLOSERS)
    return "credit" if token else "cue"


#: Marks that close a byline's name written between spaces (通讯员 某某 某某 记者 某某）).
_TOKEN_CLOSERS = frozenset(" ）)")


def _byline_name(line: str, start: int, lex: Lexicons, common: dict[str, str]) -> int:
    """End of a byline's name at ``start``: :func:`name_at`'s, or the whole token when the
    byline writes names between spaces (通讯员 某某 王了了 记者): two or three characters from a
    surname to a space or a closing bracket are the name, whatever words its characters make."""
    end = name_at(line, start, lex, common, False)
    if not 1 <= start < len(line) or line[start - 1] != " " or line[start] not in lex.surnames:  # 记者 at a line's end
        return end
    for size in (3, 2):
        stop = start + size
        if (stop < len(line) and line[stop] in _TOKEN_CLOSERS and all(is_cjk(c) for c in line[start:stop])
                and line[start:stop] not in common):
            return max(end, stop)
    return end


@functools.lru_cache(maxsize=4)
def appositions(models_dir: Path = MODELS_DIR) -> frozenset[str]:
    """Nouns written right after a person's name (先生, 夫妇, 团队, 亲王): ``models/person_appositions.txt``."""
    return frozenset(load_lines("person_appositions.txt", models_dir))


def _foreign_end(line: str, start: int, lex: Lexicons) -> int:
    """End of a ·-joined name at ``start`` (马克·某某教授在 -> before 教授), or -1."""
    match = _FOREIGN.match(line, start)
    if not match:
        return -1
    last = max(line.rfind("·", start, match.end()), line.rfind("・", start, match.end())) + 1
    end = last
    titles = appositions()  # 某某·萨巴赫亲王宣布: a title after the name ends it, as a cue before one would
    while (end < match.end() and line[end] not in AFTER_NAME and not lex.person_cues.match(line, end)
           and not any(line.startswith(title, end) for title in titles if len(title) > 1)):
        end += 1
    return end if end - last >= 1 else -1


def _names_before_kin(line: str, lex: Lexicons, common: dict[str, str]) -> list[tuple[int, int, str]]:
    """A full name right before 老人, 大爷, 阿姨 … (王某某老人): three characters, then two."""
    found = []
    for match in _KIN_AFTER.finditer(line):
        for length in (3, 2):
            start = match.start() - length
            if start < 0 or length == 2 and start > 0 and is_cjk(line[start - 1]) and line[start - 1] not in NOT_NAME:
                continue  # a two-character name only at a boundary (not the tail of a longer word)
            if name_at(line, start, lex, common, strict=False) == match.start():
                found.append((start, match.start(), "cue"))
                break
    return found


def credit_names(line: str, lex: Lexicons, common: dict[str, str]) -> list[tuple[int, int, str]]:
    """Names in a credit or byline line (策 划:王某 李某某; 本报记者 杨某文/图)."""
    match = _CREDIT.match(line)
    if not match or re.sub(r"\s", "", match["label"]) not in lex.credit_labels:
        return []
    found = []
    tokens = list(_CREDIT_NAME.finditer(line, match.start("names")))
    for token in tokens:
        text = token.group()
        if token is tokens[-1] and len(text) > 2:
            text = _MARKER.sub("", text)  # 杨某文/图: the role marker ends the line
        start = token.start()
        end = start + len(text)
        if 2 <= len(text) <= 4 and name_at(line, start, lex, common, strict=False) >= start + 2:
            found.append((start, end, "credit"))
    return found


def spaced_names(line: str, lex: Lexicons) -> list[tuple[int, int, str]]:
    """Two-character names set with a space inside (记者 王 某, 某某社发 王 某摄): the span holds the space."""
    if " " not in line and "\u3000" not in line:
        return []
    matches = [*_SPACED_NAME.finditer(line), *_SPACED_PHOTO_CREDIT.finditer(line)]
    return [(m.start("name"), m.end("name"), "credit") for m in matches
            if m["name"][0] in lex.surnames and m["name"][-1] not in NOT_NAME]
