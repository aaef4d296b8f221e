"""Who wrote an article and where it came from: leads, bylines, credits, web meta and editor lines.

Every outlet prints these its own way (本报讯, 北京日报讯, 新华社北京10月21日电,
中新网5月2日电, 据新华社电, 国际在线消息; (记者 X 通讯员 Y), (X记者Y实习生Z),
□晚报记者 X, 记者 X 摄影报道, 来源:… 作者:X). Rather than one pattern per
outlet, the patterns here are built from a few cue lists in
``models/layout_cues.tsv`` (how outlet names end, role words, credit endings,
meta fields), and names are read by one small grammar: role words and
separators cut a byline into name chunks, never the other way round, so a
run-together ``林建华记者赵运娇`` splits at 记者 and not inside a name.

All functions take folded text (:func:`pipeline.text.normalize.fold_width`)
and return offsets into it.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.name_runs import cut_into_names, known_three_char_names
from pipeline.text.normalize import is_cjk
from pipeline.text.resources import load_lines, load_table

#: A hanzi, or the middle dot of a transliterated name.
_HAN = r"\u4e00-\u9fff"
#: Separators between names in a byline.
_SEP = r"[\s、,/|·]+"
#: Byline markers printed before a byline line.
MARKERS = "■□●◆◇★☆▲△◎○"


@functools.lru_cache(maxsize=None)
def _cues() -> dict[str, tuple[str, ...]]:
    """Cue words by kind, longest first (so alternations prefer 特约记者 over 记者)."""
    kinds: dict[str, list[str]] = {}
    for row in load_table("layout_cues.tsv"):
        for kind in row["kinds"].split(","):
            kinds.setdefault(kind.strip(), []).append(row["cue"])
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


def _alt(kind: str) -> str:
    return "|".join(re.escape(word) for word in _cues()[kind])


@functools.lru_cache(maxsize=None)
def patterns() -> dict[str, re.Pattern]:
    """The compiled patterns, built once from the cue lists."""
    outlet = rf"[{_HAN}A-Za-z]{{1,12}}?(?:{_alt('outlet_end')})"
    # 新重庆-重庆日报记者: a media group's brand joined to its paper by a dash
    role = rf"(?:(?:本报|本刊|本网|(?:[{_HAN}]{{1,8}}[-—]\s*)?{outlet})[/{_HAN}]{{0,6}}?)?(?:{_alt('role')})"
    # 北京 5 月 7 日电: web copy may space digits off; 北京七月二十二日电: older wire copy spells them
    day = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    date = rf"[ ]?{day}[ ]?月[ ]?{day}[ ]?日[ ]?"
    lead = rf"""^(?P<cue>
        (?:{outlet}\s*[、/]\s*)?                                        # 某某客户端、某某网3月15日消息: two outlets
        (?:
          本[报刊网][{_HAN}]{{0,6}}?(?:{date})?讯(?!员)                  # 本报讯, 本报郑州5月1日讯 (not 本报通讯员)
        | 本[报刊网][{_HAN}]{{0,6}}?(?:{date})?专?电(?=[\s(:]|$)          # 本报澳门今晨专电, 本报北京5月1日电
        | {outlet}[{_HAN}]{{0,4}}?(?:{date})?讯(?=[\s(:]|$)             # 北京日报讯, X客户端讯
        | 据?{outlet}[ ]?[{_HAN}]{{0,8}}?{date}电                       # 新华社北京10月21日电, 中新网 广州 11 月 2 日电
        | 据?{outlet}[{_HAN}]{{0,4}}?电(?=[\s(:]|$)                     # 据新华社电, 新华社北京电
        | [{_HAN}]{{2,8}}?{date}电(?=[\s(:]|$)                          # 湖北鹤峰8月7日电: a wire's dateline, outlet cut
        | 据?{outlet}(?:消息|报道)(?=[\s(:,]|$)                         # 国际在线消息, 据新华社报道
        | {outlet}[{_HAN}]{{0,8}}?{date}消息                             # 央广网北京5月1日消息
        | 本[报刊网][{_HAN}]{{0,4}}?(?:消息|报道)(?=[\s(:,]|$)            # 本报综合消息
        | [{_HAN}]{{2,8}}?讯(?=\s*(?:\(|{role}))                       # 南都讯 记者X: any X讯 before a byline
        | 据[{_HAN}]{{1,16}}?(?:消息|报道)(?=[\s(:,])                    # 据XX消息
        ))
        (?:\s*\({outlet}\)(?=\s*\())?                                  # 某某网消息(某某都市报)(记者…): the paper
        (?P<paren>\s*:?\s*\([^()]{{0,60}}\))?                          # (记者 张三 通讯员 李四); 某网讯:(记者…)
        :?"""
    return {
        "role": re.compile(role),
        "lead": re.compile(lead, re.VERBOSE),
        "credit_end": re.compile(rf"(?:{_alt('credit_end')})$"),
        "meta_field": re.compile(rf"(?P<label>{_alt('meta_author')}|{_alt('meta_other')})\s*:\s*"),
        # a web CMS prints its editor's login where a name would stand (【责任编辑：zmh】); in
        # brackets a space may stand for the colon (（编辑　李莹）), and so may it before names alone (校对 赵琳)
        "editor": re.compile(rf"^[(\[【]?\s*(?:{_alt('editor')})(?:\s*[:/]\s*|\s+(?=[^()\[\]【】]+[)\]】]$)|\s+(?=[{_HAN}]{{2,4}}(?:[\s、,][{_HAN}]{{2,4}})*$))(?:[{_HAN}·\s、,]{{1,20}}|[A-Za-z][A-Za-z0-9_.]{{1,15}})[)\]】]?$"),
        "caption_start": re.compile(rf"^(?:{_alt('caption_start')})|^图\s*[\d①-⑳]"),
        "credit_source": re.compile(rf"(?:{_alt('outlet_end')})$"),
        # 某某网, 某某网财经, 某某日报客户端: an outlet's name, maybe with a channel
        "site_name": re.compile(rf"^{outlet}(?:{_alt('site_channel')})?$"),
        # 中新社发 某 某摄, 新华社发 某某 摄, 某某 摄: a picture's credit on its own line
        "photo_credit": re.compile(rf"^(?:{outlet}(?:记者)?发?\s*)?(?P<names>[{_HAN}·\s、]{{2,16}}?)\s*(?:摄影报道|摄影|摄|供图)$"),
    }


def number_verb_end(text: str) -> bool:
    """Whether a line ends on a verb announcing a quantity (…达到, …共计): cut before its figure."""
    return text.endswith(tuple(_cues()["number_verb"]))


def cut_ends() -> frozenset[str]:
    """Function words no headline ends on (是, 的, 和): a line ending on one was cut mid-clause."""
    return frozenset(_cues()["cut_end"])


def kicker_start(text: str) -> bool:
    """A headline line opening as a kicker does (聚焦…, 走进…): the topic, not the news."""
    return text.startswith(_cues()["kicker_start"])


def byline_role() -> re.Pattern[str]:
    """The byline role words (记者, 通讯员, 实习生 …, ``models/layout_cues.tsv``), an outlet before them
    allowed: who wrote or sent a story, wherever a stage needs to know a credit when it sees one."""
    return patterns()["role"]


def lead_source(text: str) -> re.Match | None:
    """The lead source at the start of a paragraph (本报讯(记者 X), 新华社北京10月21日电), if any."""
    return patterns()["lead"].match(text)


@functools.lru_cache(maxsize=1)
def _reporter_lead() -> re.Pattern[str]:
    """记者从市统计局获悉, 日前，记者从…了解到, 记者10月13日从…获悉, 近日，从…了解到: the reporting formula a news
    story's first paragraph opens with when it has no dateline. The words that close it are the
    claims' source cues of kind ``from`` (``models/claim_source_cues.tsv``): one list for both."""
    closing = sorted((r["cue"] for r in load_table("claim_source_cues.tsv") if "from" in r["kind"].split(",")),
                     key=len, reverse=True)
    cues = "|".join(map(re.escape, closing))
    return re.compile(r"^(?:[^，,。；;]{0,12}[，,]\s*)?(?:本报)?记者[^，,。；;]{0,24}?(?:从|在|向|自)"
                      rf"[^。；;]{{1,40}}?(?:{cues})"
                      # 近日，从相关部门了解到: the same formula with the reporter left out, after a time word
                      rf"|^(?:近日|日前|近期|昨日|昨天|今天|今日|前不久|\d{{1,2}}月\d{{1,2}}日)[，,]\s*从[^。；;，,]{{1,30}}?(?:{cues})")


def reporter_lead(text: str) -> bool:
    """True when a paragraph opens as a lead does without a dateline (记者从X获悉, …)."""
    return bool(_reporter_lead().match(text))


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, single and compound (``models/surnames.txt``)."""
    return frozenset(load_lines("surnames.txt"))


@functools.lru_cache(maxsize=1)
def _run_surnames() -> frozenset[str]:
    """Single-character surnames a run of names printed together is cut on: the 200 commonest
    (a rare surname inside a run is more often a given name's character)."""
    return frozenset(s for s in load_lines("surnames.txt")[:200] if len(s) == 1)


#: Lengths of a run of names printed without a separator (two names of two characters to three of three).
_RUN_MIN, _RUN_MAX = 5, 9


def glued_names(word: str) -> list[tuple[int, int]] | None:
    """Names of a run printed without separators (某某某某某某 -> 某某某 + 某某某), each of two or
    three characters on a common surname, else None."""
    if not _RUN_MIN <= len(word) <= _RUN_MAX or not all(map(is_cjk, word)):
        return None
    return cut_into_names(word, 0, len(word), _run_surnames(), known_three_char_names())


#: Words that end a name chunk and are not part of the name.
_NOT_NAMES = ("摄影报道", "报道", "摄影", "摄", "整理", "文", "图", "发自")
#: Chunks that are never names (what a meta field or a credit may hold instead).
_NOT_NAME_WORDS = frozenset({"本报", "本网", "本刊", "记者", "综合", "编辑", "来源", "供图", "新华社"})
#: A chunk naming a newsroom, not a person (总台记者 某某 昭通融媒 威信融媒: a county's media centre).
_NEWSROOM = re.compile(r"(?:融媒体?(?:中心)?|日报|晚报|电视台|新闻中心|客户端)$")


def _two_glued_names(word: str) -> bool:
    """Four characters that are two names of two (邹某赵某): each half opens on one of the commonest
    surnames and the first two are no compound surname (欧阳某某 is one name)."""
    common = _run_surnames()
    return word[0] in common and word[2] in common and word[:2] not in surnames()


def names_in(text: str) -> list[tuple[int, int]] | None:
    """Name spans of a byline body (what follows or surrounds role words), or None when
    ``text`` holds something a byline does not (a digit, a sentence mark, a long run of hanzi).

    >>> s = "林建华记者赵运娇实习生吴仁杰"; [s[a:b] for a, b in names_in(s)]
    ['林建华', '赵运娇', '吴仁杰']
    >>> s = "记者 石 岚 摄"; [s[a:b] for a, b in names_in(s)]
    ['石 岚']
    """
    pat = patterns()
    cuts = [m.span() for m in pat["role"].finditer(text)]
    chunks, position = [], 0
    for a, b in cuts + [(len(text), len(text))]:
        chunks.append((position, a))
        position = b
    spans: list[tuple[int, int]] = []
    for a, b in chunks:
        segment = text[a:b]
        if re.search(r"[\d。!?;]", segment):
            return None
        tokens = [(a + m.start(), a + m.end()) for m in re.finditer(rf"[{_HAN}·]+", segment)]
        tokens = _trim_credit_words(text, tokens)
        merged = _merge_spaced_singles(text, tokens)
        for s, e in merged:
            word = text[s:e].replace(" ", "").replace("\u3000", "")
            if word in _NOT_NAME_WORDS or _NEWSROOM.search(word):
                continue
            if len(word) == 4 and word == text[s:e] and _two_glued_names(word):  # 某倩赵某: two names of two
                spans += [(s, s + 2), (s + 2, e)]
                continue
            if 2 <= len(word) <= 4 or "·" in word and len(word) <= 12:  # 阿依古丽·买买提
                spans.append((s, e))
                continue
            glued = glued_names(text[s:e]) if word == text[s:e] else None
            if glued is None:
                return None
            spans += [(s + a, s + b) for a, b in glued]
    return spans


def _trim_credit_words(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in tokens:
        word = text[s:e]
        for tail in _NOT_NAMES:
            if word.endswith(tail) and (word == tail or len(word) - len(tail) >= 2):
                e -= len(tail)
                break
        if e > s:
            out.append((s, e))
    return out


def _merge_spaced_singles(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """石 岚 -> one name: a two-character name printed with a space to fill the width."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        if e - s == 1 and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1 \
                and text[e:tokens[i + 1][0]].strip() == "" and tokens[i + 1][0] - e <= 2:
            out.append((s, tokens[i + 1][1]))
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


#: A bracketed closing credit that names only the outlet the story came from and its date:
#: (新华网 2006-11-01), (来源:人民日报), (中新网).
_SOURCE_CREDIT = re.compile(rf"^\(\s*(?:来源\s*:\s*)?(?P<outlet>[{_HAN}A-Za-z]{{1,12}}?)"
                            rf"(?:\s*(?:19|20)\d{{2}}[-年./]\d{{1,2}}[-月./]\d{{1,2}}日?)?\s*\)$")


def source_credit_line(text: str) -> bool:
    """Is ``text`` a closing credit naming only the story's outlet (and date): (新华网 2006-11-01)?"""
    match = _SOURCE_CREDIT.match(text)
    return bool(match and patterns()["credit_source"].search(match.group("outlet")))


def byline_line(text: str) -> list[tuple[int, int]] | None:
    """Names of a line that is only a byline (□晚报记者 X, 本报记者 石 岚 摄, (记者 韩冬),
    ■通讯员X、Y、Z, 文/X 图/Y), else None."""
    body = text.lstrip(MARKERS + " ")
    offset = len(text) - len(body)
    if len(body) > 40 or not body:
        return None
    if not body.startswith("(") and body.endswith(")"):  # 记者 X报道(除署名外): a note, not a name
        note = body.rfind("(")
        if note > 0 and not patterns()["role"].search(body[note:]):
            body = body[:note].rstrip()
    inner = body[1:-1] if body.startswith("(") and body.endswith(")") else body
    offset += 1 if inner is not body else 0
    credit = re.match(rf"^文\s*/\s*(?P<w>[{_HAN}·\s、]{{2,12}}?)(?:\s+图\s*/\s*[{_HAN}·\s、]{{2,12}})?$", inner)
    if credit:
        names = names_in(credit.group("w"))
        return [(offset + credit.start("w") + a, offset + credit.start("w") + b) for a, b in names or []] or None
    if not patterns()["role"].search(inner):
        # (某某某某某某) alone on a line: a closing credit of names with no role word
        names = bare_names(inner, surnames()) if inner is not body else None
        return [(offset + a, offset + b) for a, b in names] if names else None
    names = names_in(inner)
    if not names:
        return None
    return [(offset + a, offset + b) for a, b in names]


def open_byline(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """A byline printed without parentheses right after a lead cue: (where it ends, names).

    ``text`` starts after the cue. Two shapes: one closed by a colon
    (记者唐志远、通讯员余海生、张小英报道:盛夏时节…) and one closed where the text
    starts (全媒体记者闵晓萍 通讯员龚宏波 许佩佩 11月8日,由…): space-separated
    tokens of role words and names, up to the first token that is neither.

    >>> s = " 记者李四、通讯员王五报道:昨日"; e, n = open_byline(s); s[:e], [s[a:b] for a, b in n]
    (' 记者李四、通讯员王五报道:', ['李四', '王五'])
    """
    lead = len(text) - len(text.lstrip())
    if not patterns()["role"].match(text, lead):  # 石榴云/某某日报记者某某从…: a role after a brand
        first = re.match(r"\S+", text[lead:lead + 60])
        glued = _name_glued_to_text(first.group()) if first else None
        return (lead + glued[1], [(lead + glued[0], lead + glued[1])]) if glued else None
    colon = text.find(":", lead, lead + 48)
    if colon > 0:
        names = names_in(text[lead:colon])
        if names:
            return colon + 1, [(lead + a, lead + b) for a, b in names]
    spans: list[tuple[int, int]] = []
    end = lead
    for token in re.finditer(r"\S+", text[lead:lead + 60]):
        names = names_in(token.group())
        role_only = names == [] and patterns()["role"].fullmatch(token.group())
        if names is None or not names and not role_only or len(token.group()) > 12 \
                or not re.fullmatch(rf"[{_HAN}·、]+", token.group()):
            glued = _name_glued_to_text(token.group(), after_names=bool(spans))
            if glued:  # 记者某某从市统计局获悉: the byline runs into the lead's first sentence
                base = lead + token.start()
                spans.append((base + glued[0], base + glued[1]))
                end = base + glued[1]
            break
        base = lead + token.start()
        spans += [(base + a, base + b) for a, b in names]
        end = lead + token.end()
    return (end, spans) if spans else None


def _name_glued_to_text(token: str, after_names: bool = False) -> tuple[int, int] | None:
    """(start, end) of the name in a token of role word + name + the lead's first words
    (记者某某从…获悉, 某报记者某某在…; after other names, the role may be missing): a two- or
    three-character name on a surname, followed by how a sourcing sentence opens
    (``text_after_byline`` cues); the name length the cue confirms wins."""
    roles = list(patterns()["role"].finditer(token[:24]))
    if roles and re.fullmatch(rf"[{_HAN}A-Za-z/]*", token[:roles[-1].start()]):
        at = roles[-1].end()
    elif after_names:
        at = 0
    else:
        return None
    if token[at:at + 1] not in surnames():
        return None
    fits = [size for size in (2, 3) if token.startswith(_cues()["text_after_byline"], at + size)
            and all(map(is_cjk, token[at:at + size]))]
    return (at, at + fits[0]) if len(fits) == 1 else None


#: A parenthetical opening a paragraph: a byline printed with no source before it.
_OPENING_PAREN = re.compile(r"\s*\([^()]{2,60}\)")


def opening_credit(text: str) -> list[tuple[int, int]] | None:
    """Name spans of a byline in brackets that opens a paragraph with a role word inside
    ((记者 某某 通讯员 某某)今年…, (记者某某通讯员某某)), else None."""
    match = _OPENING_PAREN.match(text)
    if match is None or not patterns()["role"].search(text, match.start(), match.end()):
        return None
    return [(match.start() + a, match.start() + b) for a, b in paren_names(match.group())] or None


def paren_names(text: str) -> list[tuple[int, int]]:
    """Names inside a lead's parenthetical: (记者 X 通讯员 Y), (X记者Y实习生Z), (陈一林)."""
    inner_at = text.find("(") + 1
    inner = text[inner_at:text.rfind(")")]
    return [(inner_at + a, inner_at + b) for a, b in names_in(inner) or []]


#: A closing credit at the end of the last paragraph: …。(记者 X), …。(董建平), …。 记者 X 通讯员 Y 摄影报道,
#: …。方琳 (a bare name right after the last sentence).
_TRAILING_PAREN = re.compile(r"\((?P<body>[^()]{2,40})\)$")
_TRAILING_BARE = re.compile(rf"(?<=[。!?”\"])\s*(?P<body>[{_HAN}·/\s、]{{2,40}})$")


def trailing_credit(text: str, surnames: frozenset[str]) -> tuple[int, list[tuple[int, int]]] | None:
    """(where the credit starts, name spans) of a closing credit ending ``text``, else None.

    A credit follows a finished sentence; a parenthetical or bare run of names
    with no role word counts only when every name starts with a known surname.
    """
    for pattern in (_TRAILING_PAREN, _TRAILING_BARE):
        match = pattern.search(text)
        if not match:
            continue
        body = match.group("body")
        before = text[:match.start()].rstrip()
        if not before or before[-1] not in "。!?”\"":
            continue
        names = names_in(body)
        if not names:
            continue
        has_role = bool(patterns()["role"].search(body))
        words = [body[a:b].replace(" ", "") for a, b in names]
        if not has_role and (pattern is _TRAILING_BARE and len(words) > 1
                             or not all(w[:1] in surnames or w[:2] in surnames for w in words)
                             or re.search(r"[社网报台]", body)):
            continue
        base = match.start("body")
        return match.start(), [(base + a, base + b) for a, b in names]
    return None


def bare_names(text: str, surnames: frozenset[str]) -> list[tuple[int, int]] | None:
    """Name spans of a line holding only one to three names (王燕平; 李明 张华), each on a known
    surname, else None: the last line of a closing byline printed over several lines."""
    if len(text) > 16 or patterns()["role"].search(text):
        return None
    names = names_in(text)
    if not names or len(names) > 3 or sum(b - a for a, b in names) < len(re.sub(r"[\s、,]", "", text)):
        return None
    words = [text[a:b].replace(" ", "").replace("\u3000", "") for a, b in names]
    if not all(2 <= len(w) <= 4 and (w[:1] in surnames or w[:2] in surnames) for w in words):
        return None
    return names


def photo_credit(text: str) -> bool:
    """A picture's credit alone on a line (中新社发 某 某摄, 某某 摄影), names and no role word."""
    match = patterns()["photo_credit"].match(text)
    if not match or patterns()["credit_source"].search(match.group("names")):
        return False  # 某某日报供图: a source, not names
    return bool(names_in(match.group("names")))


def caption_start(text: str) -> bool:
    """A line that opens as a picture caption (图说:, 图为, 图①)."""
    return bool(patterns()["caption_start"].match(text))
