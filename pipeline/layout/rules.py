"""Line-level cues of a newspaper page dump: what a single line looks like.

These predicates know nothing of neighbours; :mod:`pipeline.layout.split` combines
them with position and punctuation into roles. Each pattern is a named
constant with a comment on why it exists. The cue words are general
conventions of Chinese newspapers (本报讯, 新华社…电, 本报记者, 上接/下转,
策划/执笔 credits), not strings of one page.
"""

from __future__ import annotations

import functools
import re

from pipeline.layout import bylines
from pipeline.text.normalize import fold_width
from pipeline.text.resources import load_lines

#: A name in a byline: 2-4 hanzi (optionally with the middle dot of
#: transliterated names). Single characters are too ambiguous to accept.
NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}"

#: Role words that introduce reporter names in bylines and lead lines.
REPORTER_ROLE = r"(?:本报|本刊|新华社|人民日报)?(?:特约|首席|见习|实习|摄影)?(?:记者|通讯员|撰稿人?|实习生)"

#: Credit lines at the foot of a feature: 策划:王超 陈锋, 本期执笔:李玲. Labels
#: may be padded with a space (策 划). Only 执笔/撰稿/撰文 name authors.
CREDIT_LINE = re.compile(
    r"^(?P<label>(?:本期|本版)?(?:策\s*划|统\s*筹|执\s*笔|撰\s*稿|撰\s*文|校\s*审|审\s*校|编\s*辑|责任编辑|"
    r"美\s*编|设\s*计|摄\s*影|制\s*图|监\s*制|出\s*品|主\s*编))\s*:\s*(?P<names>.+)$"
)
AUTHOR_CREDIT = re.compile(r"执\s*笔|撰\s*稿|撰\s*文")

#: A research-group or team credit line: 郑州日报社、郑州市委党校联合课题组.
TEAM_LINE = re.compile(r"(?:联合)?(?:课题组|调研组|采访组|报道组|写作组|评论员)$")

#: Continuation markers: (上接一版), (下转第3版), (紧接第二版).
CONTINUED_FROM = re.compile(r"^\((?:上接|接上|紧接|接)(?P<page>第?[A-Z]?[\u4e00-\u9fff\d]{1,4}版)\)")
CONTINUED_TO = re.compile(r"\((?:下转|转)(?P<page>第?[A-Z]?[\u4e00-\u9fff\d]{1,4}版)\)$")

#: Longest text a CONTINUED_TO or TEAM_LINE match can span (one more for a final
#: newline, which ``$`` allows): both are anchored at the end, so their searches
#: start that far from it instead of trying every position of a paragraph.
_CONTINUED_TO_WIDTH = 13
_TEAM_LINE_WIDTH = 7


def continued_to(text: str) -> re.Match | None:
    """``CONTINUED_TO.search(text)``, tried only where a match can start."""
    return CONTINUED_TO.search(text, max(0, len(text) - _CONTINUED_TO_WIDTH))


def team_line(text: str) -> re.Match | None:
    """``TEAM_LINE.search(text)``, tried only where a match can start."""
    return TEAM_LINE.search(text, max(0, len(text) - _TEAM_LINE_WIDTH))


#: A closing byline in parentheses at the end of the last paragraph: …播种。(记者 苏雅琴)
TRAILING_BYLINE = re.compile(rf"\((?:{REPORTER_ROLE})\s*{NAME}[^()]{{0,30}}\)$")

#: Enumerated section headings: 二、…, (一)…, 1. … (only when the line has no end punctuation).
ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))")

#: Page furniture that belongs to no article: the dateline of the page
#: (2026年5月1日 星期五), a page label (第3版, A2版, 要闻·第二版). The groups
#: give the publication date.
PAGE_DATE = re.compile(
    r"""^(?:[^\s\d]{0,12}\s*)?                                 # paper name, optional
        (?P<y>(?:19|20)\d{2})\s*[年./-]\s*(?P<m>\d{1,2})\s*[月./-]\s*(?P<d>\d{1,2})\s*日?
        (?:\s*(?:星期|周|礼拜)[一二三四五六日天])?
        (?:\s*(?:农历\S{2,8}))?
        (?:\s*第?\s*[A-Z]?\d{1,3}\s*版)?\s*$""",
    re.VERBOSE,
)
#: A page number printed by PDF text extraction on a line of its own: - 2 -, — 3 —, 第 4 页, 第4页 共8页,
#: 5/12, Page 6 (of 9), or a bare 1–3 digit number (a line never holds only that in an article).
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~·]\s*\d{1,4}\s*[-—–－~·]|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,3})$")
#: A page's section names joined by a middle dot and its bare page number (产经新闻·快递物流 3, 3 要闻·综合).
SECTION_PAGE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,8}\s+\d{1,3}|\d{1,3}\s+[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,8})$")
PAGE_LABEL = re.compile(r"^(?:[\u4e00-\u9fff·・]{2,10}\s+)?(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}版?|第[一二三四五六七八九十]{1,3}版)(?:\s*[:：·・]?\s*[\u4e00-\u9fff·]{0,8})?$")

#: Picture-caption cues.
CAPTION_CUE = re.compile(
    r"""(?:^(?:图为|图说|上图|下图|左图|右图|图\s*[\d①-⑳]|▲|△)    # 图为… and picture markers
        |海报|供图|资料图|图片来源|效果图|示意图
        |(?:记者|通讯员)\s*\S{2,4}\s*摄$|\s摄$              # photographer credit
        |(?:内景|外景|全景|一角|夜景|远景|近景|航拍图?|合影留念|留念|掠影|剪影)$  # what a photo shows
    )""",
    re.VERBOSE,
)
#: A photographer's credit closing a caption: … 陈一林 摄, …钟浩、章启波 摄, … 许晨 摄(下同), …应 勇摄,
#: … 新华社发, …(资料图片), … 视觉中国供图, …(图片由X提供).
PHOTO_CREDIT = re.compile(
    r"(?:(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]\s{1,2}[\u4e00-\u9fff])(?:[\s、,][\u4e00-\u9fff·]{2,4})*\s*/?摄(?:影)?(?:\(下同\))?(?:\s*/\s*[\u4e00-\u9fff]{2,6}图片)?"
    r"|(?:新华社|中新社)发(?:\([^()]{0,20}\))?|\((?:资料图片|资料图|图片由[^()]{1,16}提供)\)|[\u4e00-\u9fff]{2,8}供图)$")
#: The characters a :data:`PHOTO_CREDIT` can end on (摄, 摄影, 发, 供图, 摄/某某图片, a closing bracket).
_CREDIT_LAST = frozenset("摄影发图片)")


def photo_credit(text: str) -> re.Match[str] | None:
    """``PHOTO_CREDIT.search(text)``, answered None at once when ``text`` ends on no character a
    credit ends on: the search tries every Chinese character of a paragraph as a credit's start."""
    end = text[:-1] if text.endswith("\n") else text  # $ matches before a last newline too
    return PHOTO_CREDIT.search(text) if end[-1:] in _CREDIT_LAST else None


#: A page header: paper, date, page, section, editors (江城晚报 2022年8月3日 星期三 第A6版 新闻 责编:王芳;
#: a named page: X网·Y新闻 就业版 2018年3月2日).
HEADER_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
HEADER_CUE = re.compile(r"第?\s*[A-Z]?\d{1,3}\s*版|(?:^|\s)[\u4e00-\u9fff]{2,4}版(?=\s|$)|星期[一二三四五六日天]|责编|美编|责任编辑")
#: Longest page header line.
HEADER_MAX = 80
#: A pointer to related stories on other pages, on a line of its own after an article: (相关报道见A13版·中国新闻),
#: 相关报道见4、5版, (详见第3版), 更多图片见B2版. It closes the article before it.
SEE_ALSO = re.compile(
    r"^\(?(?:相关|更多|详细)?(?:报道|新闻|评论|图片|图文|内容|消息)?(?:详|请|另)?见(?:第|本报)?\s*"
    r"(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})"  # 见A13版, 见七版
    r"(?:\s*[、,和及至~-]\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3}))*\s*版(?:\s*[·・]?\s*[\u4e00-\u9fff]{1,8})?\)?$")
#: A sub-head numbering a part of its article (一、, （二）, 第三，, 案例一：, 1.): articles are not numbered.
ENUMERATED_PART = re.compile(
    r"^(?:\(?[一二三四五六七八九十]{1,3}[)、.．]|第[一二三四五六七八九十]{1,3}[部章节篇]?[、:,，：]"
    r"|[\u4e00-\u9fff]{1,3}[一二三四五六七八九十]{1,2}[:：]|\d{1,2}[、.．](?!\d))")
#: End-of-article marks that say nothing about the last sentence: (完), (全文完).
END_MARK = re.compile(r"\((?:完|全文完|终)\)$")


#: A wire source marked after the last sentence: …作用。”■新华社, …。□据央视新闻.
TRAILING_SOURCE = re.compile(r"[■□●◆▲]\s*据?[\u4e00-\u9fffA-Za-z]{1,10}?(?:社|报|网|台|新闻|客户端)(?:电|消息|报道)?$")
#: A parenthetical after the last sentence: (详细报道见B01版), (图片由X提供).
_TRAILING_ASIDE = re.compile(r"\([^()]{1,30}\)$")
#: An editing code a web copy of a print page keeps after an article's last sentence (…很好!”②9):
#: a circled number, maybe with digits. Not bare digits: …已开。20 / 23届… is a year cut at a line end.
_EDITING_CODE = re.compile(r"[\u2460-\u2473\u2776-\u277f]\d{0,2}$")


def see_also_at_end(text: str) -> bool:
    """Whether a paragraph ends on a pointer to related stories (…增长1.7%。(相关报道见B01版)): like one
    on a line of its own (:data:`SEE_ALSO`), it is printed where the article ends."""
    aside = _TRAILING_ASIDE.search(text.rstrip())
    return aside is not None and SEE_ALSO.match(aside.group()) is not None


#: Characters that end a sentence; closing quotes and brackets may follow them.
TERMINAL = "。！？!?…;；"
CLOSERS = "”’」』\")）》"
CLAUSE_PUNCT = re.compile(r"[,，;；。!?！？]")

#: Longest line still taken for a headline or section heading.
HEADLINE_MAX = 40
#: Longest unterminated line taken for a caption dropped inside a paragraph.
CAPTION_MAX = 60
#: Longest line taken for a caption when a caption cue marks it.
CAPTION_CUED_MAX = 100


def has_hanzi(text: str) -> bool:
    """True when the line holds at least one CJK ideograph."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def is_terminated(text: str) -> bool:
    """True when a line ends a sentence (closing quotes after the mark are fine).

    A closing byline, a marked wire source (■新华社) or a (下转X版) marker after the last sentence
    does not count.
    """
    text = text.rstrip()
    marker = continued_to(text)  # at most one match: it ends the text
    if marker:
        text = text[: marker.start()] + text[marker.end():]
    text = END_MARK.sub("", TRAILING_SOURCE.sub("", TRAILING_BYLINE.sub("", text).rstrip()).rstrip()).rstrip()
    aside = _TRAILING_ASIDE.search(text) or _EDITING_CODE.search(text)  # …增长。(详细报道见B01版), …!”②9
    if aside and aside.start() and text[: aside.start()].rstrip(CLOSERS)[-1:] in tuple(TERMINAL):
        text = text[: aside.start()]
    core = text.rstrip(CLOSERS + " ")
    return bool(core) and core[-1] in TERMINAL or text.rstrip().endswith(":")


def looks_like_heading(text: str, *, folded: bool = False) -> bool:
    """A short line with no clause punctuation and no end mark: headline, heading or caption.

    ``folded=True``: ``text`` is already folded (layout's lines are), skip the fold.
    """
    folded = (text if folded else fold_width(text)).strip()
    return (
        0 < len(folded) <= HEADLINE_MAX
        and has_hanzi(folded)
        and not is_terminated(folded)
        and not CLAUSE_PUNCT.search(folded)
    )


#: What a headline may not hold: a full stop or semicolon inside, or a clause end at its end.
_NOT_HEADLINE_END = ",，;；。、"
#: A speaker's label opening a line of dialogue (问:, 答:, 记者:, 主持人:).
_DIALOGUE = re.compile(r"^(?:问|答|记者|主持人)\s*:")


def headline_shape(text: str) -> str | None:
    """How a line may serve in a headline stack: ``"head"`` (a title, kicker, subtitle or
    sub-head: short, no full stop, may hold ！？ , : 、 and quotes), ``"label"`` (a short
    kicker ending in a colon: 第三比赛日:), or None.

    Looser than :func:`looks_like_heading`: real titles hold ！ and ？ and a comma; the
    caller weighs the context (what follows, the gaps) before taking one as a title.
    """
    text = text.strip()
    if not (0 < len(text) <= HEADLINE_MAX and has_hanzi(text)):
        return None
    if text.endswith(":"):
        return "label" if len(text) <= 12 and not CLAUSE_PUNCT.search(text) else None
    core = text.rstrip(CLOSERS + " ")
    if not core or core[-1] in _NOT_HEADLINE_END or "。" in text or ";" in text or "；" in text:
        return None
    if bylines.number_verb_end(core):
        return None  # …养老金达到 / 3260元。: a sentence cut before its figure at a column end
    if _DIALOGUE.match(text) and core[-1] in "!?！？":
        return None  # 问:你们什么时候开始的? - an interview's question, not a headline
    commas = text.count(",") + text.count("，")
    if commas > 1 or not balanced(text) or commas and core[-1] in bylines.cut_ends():
        return None  # an unclosed quote, a clause cut after 是: a paragraph broken at a column end
    return "head"


_PAIRS = ("“”", "《》", "()", "（）", "「」")


def balanced(text: str) -> bool:
    """Whether every opening quote or bracket in ``text`` is closed in it, and none closes unopened."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def is_photo_caption(text: str) -> bool:
    """A line that is a picture caption by its own cues: it opens as one (图说:, 图为, 图①),
    or it ends in a photographer's credit after at most one sentence (…转移村民。浙江日报记者 X 摄);
    a paragraph of several sentences ending so is text with a closing credit."""
    if len(text) > CAPTION_CUED_MAX:
        return False
    if re.match(r"^(?:图说|图为|图片说明|图\s*[\d①-⑳]|[▲△↑↓])", text):
        return True
    credit = photo_credit(text)
    if not credit or credit.start() < 6:
        return False
    return len(re.findall(r"[。!?！？]", text[:credit.start()])) <= 1


def is_enumerated_heading(text: str, *, folded: bool = False) -> bool:
    """二、… or (一)… without end punctuation: a section heading whatever its length."""
    folded = (text if folded else fold_width(text)).strip()
    return bool(ENUMERATED.match(folded)) and len(folded) <= 80 and not is_terminated(folded)


def reporter_names(text: str) -> list[tuple[int, int]]:
    """Offsets (within ``text``) of the names in a byline or a (记者 …) parenthetical.

    >>> s = "本报记者 杨柳文/图"; [s[a:b] for a, b in reporter_names(s)]
    ['杨柳']
    >>> s = "记者 李四 王五 通讯员 赵六"; [s[a:b] for a, b in reporter_names(s)]
    ['李四', '王五', '赵六']
    """
    return bylines.names_in(fold_width(text)) or []


def credit_author_names(text: str) -> list[tuple[int, int]]:
    """Author names in a credit line (执笔:李玲 -> 李玲); other roles are not reporters."""
    folded = fold_width(text)
    match = CREDIT_LINE.match(folded)
    if not match or not AUTHOR_CREDIT.search(match.group("label")):
        return []
    base = match.start("names")
    return [(base + m.start(), base + m.end()) for m in re.finditer(NAME, match.group("names"))]


def page_date(text: str) -> str | None:
    """The ISO date of a page dateline (2026年5月1日 星期五 -> 2026-05-01), else None.

    >>> page_date("2026年5月1日 星期五"), page_date("2025年4月30日,全市召开大会。")
    ('2026-05-01', None)
    """
    match = PAGE_DATE.match(fold_width(text).strip())
    if not match:
        return None
    year, month, day = (int(match.group(k)) for k in "ymd")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


#: Last characters a page dateline can end with (日, a weekday, 版; a digit or a
#: 农历 date are tested apart): most lines end otherwise and skip PAGE_DATE,
#: whose optional paper-name prefix costs ~13 tries per line.
_DATELINE_LAST = frozenset("日一二三四五六天版")


def _may_be_dateline(folded: str) -> bool:
    """False only when PAGE_DATE cannot match ``folded`` (stripped): its last character rules it out."""
    last = folded[-1:]
    return last in _DATELINE_LAST or last.isdecimal() or "农历" in folded


def is_page_furniture(text: str, *, folded: bool = False) -> bool:
    """A dateline, page label, page number, page header or a web page's furniture: it belongs to no article.

    ``folded=True``: ``text`` is already folded (layout's lines are), skip the fold.
    """
    folded = (text if folded else fold_width(text)).strip()
    if (PAGE_LABEL.match(folded) or PAGE_NUMBER.match(folded) or SECTION_PAGE.match(folded)
            or _may_be_dateline(folded) and page_date(folded) is not None):
        return True
    return is_header_line(folded) or is_staff_line(folded) or is_web_furniture(folded)


#: A site's breadcrumb (首页 > 新闻中心 > 本地, 当前位置：…), its links to the next story (上一篇：…) and its footer (版权所有, Copyright ©, 京ICP备…).
_BREADCRUMB = re.compile(r"^(?:您?(?:当前|现在|所在)?的?位置\s*:|(?:上一篇|下一篇)\s*:|[^\s>»›]{0,8}首页\s*[>»›/])")
#: A breadcrumb without a cue word: three or more short links joined by > (胶东在线 > 房产 > 国内新闻).
_LINK_TRAIL = re.compile(r"^[^\s>»›,:;]{1,12}(?:\s*[>»›]\s*[^\s>»›,:;]{1,12}){2,}$")
_FOOTER = re.compile(r"版权所有|Copyright|\(c\)\s*\d{4}|©|ICP备|ICP证|网安备")
#: What a line of web furniture holds besides its words: brackets, separators, colons, digits, spaces.
_WEB_FILLER = re.compile(r"[\s\[\]【】()|｜·/:>»›<«‹\-—_.,、0-9]+")


@functools.lru_cache(maxsize=1)
def _web_words() -> re.Pattern[str]:
    words = sorted(load_lines("web_furniture.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@functools.lru_cache(maxsize=1)
def _web_buttons() -> re.Pattern[str]:
    """The buttons of ``models/web_furniture.txt`` opening a line, each maybe in brackets."""
    return re.compile(r"(?:\s*[【\[(]?(?:" + _web_words().pattern + r")[】\])]?)+\s*")


def past_web_buttons(text: str) -> str:
    """``text`` after the site's buttons that open it (【纠错】 【责任编辑：X】: the editor line after a button)."""
    m = _web_buttons().match(text)
    return text[m.end():] if m else text


def is_web_furniture(text: str) -> bool:
    """A web page's furniture line: breadcrumb, footer, or share/print/font-size/QR-code buttons only.

    ``text`` is folded and stripped. A line with a sentence mark is never furniture.
    """
    if len(text) > HEADER_MAX or re.search(r"[。!?！？]", text):
        return False
    if _BREADCRUMB.match(text) or _LINK_TRAIL.match(text) or _FOOTER.search(text):
        return True
    rest = _WEB_FILLER.sub("", text)
    return bool(rest) and not _WEB_FILLER.sub("", _web_words().sub("", rest)) and len(rest) >= 2


#: A page's staff line: 责任编辑:王芳 美术编辑:李华 校对:赵六 (two fields or more; one in parentheses is an
#: article's editor line, read apart).
_STAFF_FIELD = re.compile(r"(?:责任编辑|责编|美术编辑|美编|编辑|校对|版式|设计|制图|审校|值班主任)\s*:")


def is_staff_line(text: str) -> bool:
    """Two editorial fields or more on one line with no sentence: page furniture."""
    return (len(text) <= HEADER_MAX and len(_STAFF_FIELD.findall(text)) >= 2 and not text.startswith("(")
            and "来源" not in text and not re.search(r"[。!?！？]", text))


def is_header_line(text: str) -> bool:
    """A page header line: a date with a page number, weekday or the page's editors, and no sentence."""
    return (len(text) <= HEADER_MAX and bool(HEADER_DATE.search(text)) and bool(HEADER_CUE.search(text))
            and not re.search(r"[。!?！？]", text) and "来源" not in text)


def header_date(text: str) -> str | None:
    """The ISO date of a page header line (江城晚报 2022年8月3日 星期三 第A6版 …), else None."""
    folded = fold_width(text).strip()
    if not is_header_line(folded):
        return None
    match = HEADER_DATE.search(folded)
    numbers = [int(n) for n in re.findall(r"\d+", match.group())]
    year, month, day = numbers[:3]
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
