"""Roles of a page's logical lines: page furniture, meta, editor, byline, credits, caption,
heading, heading-like (a possible headline) or body text.

Each line first gets a role from its own cues (:mod:`pipeline.layout.rules`,
:mod:`pipeline.layout.bylines`); then its neighbours correct it: a short line
in a column break between two pieces of a sentence is a caption, and so is a
short line right before a closing byline, or one hanging at the foot of an
article before the next headline. :func:`title_roles` names the lines of a
headline stack.
"""

from __future__ import annotations

import re

from pipeline.layout import bylines, rules, web_lines
from pipeline.layout.lines import Line
from pipeline.text.words import word_tags

#: A caption opening with a date (9月4日,…) is a news photo's caption.
_DATED = re.compile(r"^\d{1,2}月\d{1,2}日")
#: Longest first line of a stack still read as a slogan kicker before a title holding a figure.
_SLOGAN_MAX = 8
#: Shortest second line of a stack read as a subtitle spelling out a short title (a sentence, not a phrase).
_SPELLED_OUT_MIN = 16
#: A headline quoting its speaker (某部部长：…，…): a comma there is the quote's, not a caption's.
_SPEAKER_HEAD = re.compile(r"^[^,，:：。]{2,12}[:：][^。]*$")
#: A statistic in a headline: a number with a multiplier, a percent or a measure word.
_STATISTIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万亿千百]|多|余)*(?:%|[个人元所家项件吨台辆套次])")


#: jieba classes of a clause: verbs, idioms and set phrases (发射成功), adjectives (人少了), prepositions
#: and adverbs (一起在某山植树).
_PREDICATE_TAGS = ("v", "vd", "vi", "l", "i", "a", "ad", "an", "z", "p", "d")  # and a clause's 在, 一起
#: jieba classes of a bare quantity (1300公顷, 五枚).
_QUANTITY_TAGS = ("m", "q", "mq")
#: jieba classes that ask for what follows: verbs, adverbs (又, 再), prepositions.
_OPEN_TAGS = ("v", "vd", "vi", "d", "p")

surnames = bylines.surnames


def one_headline(first: str, second: str) -> bool:
    """Whether two headline lines are one title printed over two lines (冬运会又产生 / 五枚金牌).

    The second line is a bare noun phrase, no predicate of its own (a kicker's
    title and a subtitle state their news: 百万群众大转移, 同比增长5.6%; nor a
    time word or a statistic, which come with one: 某市今年新建公园86个), and the
    first holds the verb or adverb still waiting for it: the phrase is the
    first line's object. A second line that is a bare quantity (1300公顷) ends the
    first's clause whatever its words. jieba's dictionary classes, no word list.
    """
    if first.endswith((":", "：")) or re.search(r"[，,。！？!?]", first + second):
        return False
    words = [(word, tag) for word, tag in word_tags(second) if word.strip()]
    if words and all(tag in _QUANTITY_TAGS for _, tag in words):
        return True  # 全年计划人工造林 / 1300公顷: a bare quantity is no headline of its own
    if _STATISTIC.search(second):
        return False
    # 逾, 超, 近 before a number qualify it (逾亿元环保罚单): no predicate of the line's own
    second_tags = [tag for i, (word, tag) in enumerate(words)
                   if not (tag == "vg" and i + 1 < len(words) and words[i + 1][1] == "m")]
    # a time word (今年, 首日) sets a clause's time: the line has a predicate the dictionary tags missed
    if not second_tags or any(tag.startswith(_PREDICATE_TAGS) or tag == "t" for tag in second_tags):
        return False
    return any(tag in _OPEN_TAGS for _, tag in word_tags(first))


def ends_text(text: str) -> bool:
    """Whether a line ends its text: a finished sentence, maybe followed by a closing credit."""
    return rules.is_terminated(text) or bylines.trailing_credit(text, surnames()) is not None


def classify(lines: list[Line]) -> None:
    """Give every line a role from its own cues; neighbours are looked at later."""
    for line in lines:
        text = line.text
        if line.furniture:
            line.role = "page"
        elif web_lines.related_link_line(text):  # 相关新闻：another story's headline: a link
            line.role = "page"
        elif web_lines.is_editor_line(text) or bylines.source_credit_line(text):
            line.role = "editor"  # (责任编辑:X), (新华网 2006-11-01): a closing credit with no text
        elif rules.END_MARK.fullmatch(text) or rules.SEE_ALSO.match(text):  # (完), (相关报道见A2版) close it
            line.role = "credits"
        elif web_lines.is_meta_line(text) and not bylines.lead_source(text) or web_lines.original_title_line(text):
            line.role = "meta"
        elif rules.CONTINUED_FROM.match(text) or rules.continued_to(text) or bylines.lead_source(text):
            # a marker or lead line (本报讯(记者 X)), alone or with body text: body either way
            line.role = "body"
        elif rules.CREDIT_LINE.match(text) or len(text) <= 40 and rules.team_line(text):
            line.role = "credits"
        elif bylines.byline_line(text) is not None:
            line.role = "byline"
        elif bylines.photo_credit(text):
            line.role = "photo credit"
        elif rules.is_photo_caption(text):
            line.role = "caption"
        elif rules.is_enumerated_heading(text, folded=True):
            line.role = "heading"
        elif rules.headline_shape(text):
            line.role = "caption" if rules.CAPTION_CUE.search(text) else "headlike"
        else:
            line.role = "body"


def word_runs_on(before: str, after: str) -> bool:
    """Whether the last word of ``before`` runs on into ``after`` (负责|人介绍, 1|26家): the line was
    cut mid-word at a column end. jieba's dictionary decides, on a few characters either side."""
    tail, head = before.rstrip()[-4:], after.lstrip()[:4]
    if not tail or not head:
        return False
    if tail[-1].isdigit() and (head[0].isdigit() or head[0] in ".．"):
        return True
    at = 0
    for word, _ in word_tags(tail + head):
        at += len(word)
        if at >= len(tail):
            return at > len(tail)
    return False


def mark_words_cut_at_line_ends(lines: list[Line]) -> None:
    """A heading-like line whose last word runs on into the body line right under it (市民政局相关负责 /
    人介绍，…; 全市共有养老机构1 / 26家) is a paragraph cut at a column end, not a title or sub-head.
    Not before an indented line or a lead (某某网讯…): a new paragraph starts there, whatever
    word the two lines' edges happen to make (…两位数 / 据…). An indented line opens a paragraph, no
    headline: its last word runs on over a column break too (　　从2018年以来，四川已获 / ⏎ / 批建设…)."""
    for line, after in zip(lines, lines[1:]):
        if (line.role == "headlike" and (after.gap == 0 or line.indented and after.gap <= 2) and after.role in ("body", "headlike") and not after.indented
                and not bylines.lead_source(after.text) and word_runs_on(line.text, after.text)):
            line.role = "body"


def mark_inline_captions(lines: list[Line]) -> None:
    """A short line between an unterminated body piece and more body is a caption
    (unterminated, or opening with a date as news photo captions do), unless the piece's
    last word runs on into it (:func:`word_runs_on`)."""
    for i in range(1, len(lines) - 1):
        before, line, after = lines[i - 1], lines[i], lines[i + 1]
        if (  # cheap tests first
            before.role == "body"
            and line.role in ("body", "headlike")
            and after.role == "body"  # (a headline after it: a title stack after a cut-off page end)
            and not bylines.lead_source(after.text)  # a lead opens an article: no sentence runs on into it
            and not rules.CONTINUED_FROM.match(line.text)
            and not ends_text(before.text)
            and not rules.continued_to(before.text)  # continued elsewhere: no break here
            and not word_runs_on(before.text, line.text)  # 相关负责 | 人表示: the sentence goes on
            and (len(line.text) <= rules.CAPTION_MAX and not ends_text(line.text)
                 and not line.text.endswith((",", "，"))
                 or len(line.text) <= rules.CAPTION_CUED_MAX and _DATED.match(line.text) is not None
                 and before.text.endswith((",", "，", "、", ";", "；")))  # not 截至 | 9月4日,…: a cut phrase
        ):
            line.role = "caption"


def mark_dated_captions_under_titles(lines: list[Line]) -> None:
    """A short one-sentence line opening with a date right under a headline, with text after it,
    is a news photo's caption (9月4日,村里积水严重。): a lead is longer and goes on."""
    for i in range(1, len(lines) - 1):
        before, line, after = lines[i - 1], lines[i], lines[i + 1]
        if (before.role == "headlike" and line.role == "body" and after.role == "body"
                and len(line.text) <= rules.CAPTION_MAX and _DATED.match(line.text)
                and rules.is_terminated(line.text) and len(re.findall(r"[。!?！？]", line.text)) == 1):
            line.role = "caption"


def mark_captions_before_bylines(lines: list[Line]) -> None:
    """A short unterminated line right before an article's closing byline is its picture's caption.

    A closing byline is one followed by a new headline or by nothing; a byline
    followed by body text opens its article and is left alone.
    """
    for i in range(1, len(lines) - 1):
        before, line, byline = lines[i - 1], lines[i], lines[i + 1]
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (
            byline.role == "byline"
            and (after is None or after.role != "body")
            and line.role in ("body", "headlike")
            and len(line.text) <= rules.CAPTION_MAX
            and before.role == "body"
            and not ends_text(line.text)
            and ends_text(before.text)
        ):
            line.role = "caption"


#: jieba classes of a dictionary word that names no person: a column label over a headline
#: (时事, 要闻, 快讯), a place (江南), a verb or an adjective; names are nr, or unknown words.
_COMMON_WORD_TAGS = ("n", "nz", "ns", "nt", "vn", "v", "a", "l", "i")


def _column_label(text: str) -> bool:
    """Whether a short line is one common dictionary word (时事), not a name (王冉, 万重)."""
    words = [(word, tag) for word, tag in word_tags(text) if word.strip()]
    return len(words) == 1 and words[0][1] in _COMMON_WORD_TAGS


def mark_names_after_closing_bylines(lines: list[Line]) -> None:
    """A line of bare names right under a closing byline (本报记者 X / 王燕平), with a new headline,
    page furniture or nothing after it, goes on that byline: its names are reporters too. Not a
    common word over a headline (时事 / 某国侦察机又现上空): on a page with no blank lines, that is
    the next article's column label, whatever surname its first character happens to be."""
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (before.role == "byline" and line.role == "headlike" and line.gap == 0
                and (after is None or after.role != "body")
                and bylines.bare_names(line.text, surnames()) is not None
                and not (after is not None and after.role == "headlike" and _column_label(line.text))):
            line.role = "byline"


def typical_gap(lines: list[Line]) -> int:
    """The most common number of blank lines between body lines of this dump."""
    counts: dict[int, int] = {}
    for line in lines:
        if line.role == "body":
            counts[line.gap] = counts.get(line.gap, 0) + 1
    return max(counts, key=lambda g: (counts[g], -g)) if counts else 1


def mark_trailing_captions(lines: list[Line], typical: int) -> None:
    """A heading-like line set off by a wider gap than usual, right before a new headline
    run set off as widely, hangs at the foot of the previous article: a caption of its picture.
    A narrower gap under it than over it binds it to the headline under it: the first line of
    a title stack (前4个月X进出口额破100亿元 / 比去年提前8个月…)."""
    for i in range(1, len(lines) - 1):
        line, after = lines[i], lines[i + 1]
        if (line.role == "headlike" and line.gap > typical and after.role == "headlike" and 0 < after.gap == line.gap
                and rules.headline_shape(after.text) == "head" and not re.search("[,，]", after.text)):
            if lines[i - 1].role in ("body", "caption") and ends_text(lines[i - 1].text):
                line.role = "caption"


#: A short line that only dates the news under it (截至7月底, 今年以来): a kicker.
_PERIOD_KICKER = re.compile(r"(?:截至|截止到?)[^,，。;；:：\s]{1,10}|[^,，。;；:：\s]{1,10}(?:以来|为止)")
#: A line wholly inside black brackets (【学习二十大 奋进新征程】): a column or campaign tag.
_BRACKETED_TAG = re.compile(r"【[^【】]{2,24}】")


#: The longest first line of a two-line stack read as a kicker whatever follows: on the layout set
#: and the real-article sets every first line of six characters or fewer was a kicker (新春走基层,
#: 今年前7个月, 安徽医改首日), while titles over a subtitle ran seven and more.
_KICKER_MAX = 6


def title_roles(run: list[Line]) -> list[str]:
    """Roles of a headline stack: title; kicker + title; title + subtitle; kicker + title + subtitle.

    Without type sizes a stack of two is ambiguous; the cues read here: a
    line opening with a dash is a subtitle (——各地加强田间管理); a second
    line holding a statistic is a subtitle of facts (新增学位4500多个,
    地区生产总值同比增长5.6%; not a name like 天链20号) unless the first is a
    short slogan (民生实事加速落地 / 洛阳今年新建口袋公园86个: kicker + title);
    a second line twice as long as a short first, and sentence-long, is a subtitle
    spelling out the big-type title (绿"芯"落户滨江 / 首条全自动芯片封装产线正式投产;
    not 某省医改首日 / 大医院人少了 小医院没变化, a topic over its news);
    two lines that read as one clause, a verb over its object, are one title
    printed over two lines (:func:`one_headline`: 冬运会又产生 / 五枚金牌);
    otherwise the first of two is the kicker (引题 + 主题, the commoner print
    order); a first line ending in a colon, of six characters or fewer, or
    opening with a kicker word (聚焦, 走进) is a kicker whatever follows. A later
    line holding a comma, no dash, no statistic and no speaker's label (某部部长：…) is a picture's caption.
    """
    texts = [line.text for line in run]
    roles = ["title"] * len(texts)
    heads = [i for i, t in enumerate(texts)
             if i == 0 or t.startswith(("—", "-")) or not re.search("[,，]", t) or _STATISTIC.search(t)
             or _SPEAKER_HEAD.match(t)]
    for i in range(1, len(texts)):
        if i not in heads:
            roles[i] = "caption"
    if len(heads) >= 2:
        first, second = texts[heads[0]], texts[heads[1]]
        # 第三比赛日:, 微视点, 时事, 聚焦美丽乡村建设: a column label or topic
        # 【学习二十大 奋进新征程】: a campaign's or column's tag in black brackets over the news
        label = (first.endswith(":") or len(first) <= 4 or bylines.kicker_start(first) or _BRACKETED_TAG.fullmatch(first)
                 or _PERIOD_KICKER.fullmatch(first))
        subtitled = (second.startswith(("—", "-")) or len(second) >= max(2 * len(first), _SPELLED_OUT_MIN)
                     or _STATISTIC.search(second) and len(first) > _SLOGAN_MAX)
        if (len(heads) == 2 == len(texts) and not label and not subtitled and run[1].gap == 0
                and one_headline(first, second)):  # one title's lines stand with no blank line between
            return roles
        short = len(first) <= _KICKER_MAX and not second.startswith(("—", "-"))  # not over a dashed subtitle
        if label or short or len(heads) >= 3 or not subtitled:
            roles[heads[0]] = "kicker"
        for i in heads[2 if roles[heads[0]] == "kicker" else 1:]:
            roles[i] = "subtitle"
    return roles


#: The longest line read as a web page's title when its meta line (时间：…来源：…) follows it.
_WEB_TITLE_MAX = 60


def mark_web_links(lines: list[Line]) -> None:
    """Web copy's link blocks: the headline lines printed right under 相关新闻 (no blank line
    between) link to other stories, and a site's name alone on a line before a headline
    (某某网, 某某网财经 at the top of a saved page) is its banner: page furniture, no article;
    under a story's last paragraph (新华社) it credits the story. The line right over a meta
    line (时间：…来源：…) is the page's title, commas and all."""
    for line, after in zip(lines, lines[1:]):
        if (line.role == "body" and after.role == "meta" and not web_lines.original_title_line(after.text)
                and len(line.text) <= _WEB_TITLE_MAX and not rules.is_terminated(line.text)):
            line.role = "headlike"  # 去年…7.2万对，比前一年下降近两成，系…最低 over 时间：…来源：…: a web title
    for i, line in enumerate(lines):
        if line.role == "page" and web_lines.related_links(line.text):
            for link in lines[i + 1:]:
                if link.gap > 0 or link.role not in ("headlike", "body") or rules.is_terminated(link.text):
                    break
                link.role = "page"
        elif (line.role == "headlike" and web_lines.site_name(line.text) and i > 0 and lines[i - 1].role == "body"
              and rules.is_terminated(lines[i - 1].text)):
            line.role = "credits"  # 新华社 alone under a story's last paragraph: whose copy it was
        elif (line.role == "headlike" and web_lines.site_name(line.text)
              and next((after.role for after in lines[i + 1:] if after.role != "page"), None) == "headlike"
              and (i == 0 or lines[i - 1].role in ("page", "editor"))):
            line.role = "page"  # a banner, maybe over the page's label (某某日报数字报 / A3版：要闻)


def drop_furniture(lines: list[Line]) -> list[Line]:
    """Lines without page furniture; a line after removed furniture keeps the wider of the two gaps
    and is marked ``after_furniture`` (a section's label alone before a headline opens an article).

    Except after a PDF page break (a run of furniture holding a page number): the blank lines a PDF
    extractor prints around a page's foot say nothing about the text, so the line keeps its own gap.
    """
    kept: list[Line] = []
    carried = 0
    page_break, dropped = False, 0
    for line in lines:
        if line.role == "page":
            carried = max(carried, line.gap)
            page_break = page_break or bool(rules.PAGE_NUMBER.match(line.text))
            dropped = dropped or line.pieces[0][0]  # where the furniture starts in the raw text
            continue
        line.gap = max(line.gap, carried) if carried and not page_break else line.gap
        # a page label or header alone between two lines of text: not a PDF page's foot and head (a
        # page number: pages break anywhere in an article), nor one a joined paragraph ran across
        line.after_furniture = (bool(dropped) and not page_break and bool(kept)
                                and kept[-1].pieces[-1][1] <= dropped <= line.pieces[0][0])
        carried = 0
        page_break, dropped = False, 0
        kept.append(line)
    return kept
