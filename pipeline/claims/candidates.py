"""Which of a sentence's mentions can be a claim's subject at all (:mod:`pipeline.claims.subjects`).

Split from :mod:`pipeline.claims.subjects`: the filters that set a mention aside
before any choice is made — a fragment of a predicate (再建社区), a wire's name
(新华社), a name a figure counts (8个“乐业小站”), a reporter of the byline, a member
of a list (杭州、宁波等…; the last place of a group, …、云南10省(市)). A mention is
anything with ``start``, ``end``, ``name`` and ``label`` (:class:`subjects.Mention`).
"""

from __future__ import annotations

import functools
import re

from pipeline.claims import rules
from pipeline.claims.places import WIRES
from pipeline.text.resources import load_lines
from pipeline.text.words import word_tags

#: Adverbs that open a predicate, never a place name (再建社区食堂, 又新增).
_ADVERB_CHARS = frozenset("再又")
#: A clause mark between a figure and a name: the name is no longer what the figure counts.
_CLAUSE_GAP = re.compile(r"[,，;；。:：!?！？]")
#: After a list's last place, the group it closes (…、云南10省(市), 温州、台州地区, 宁波、舟山两市,
#: 朝晖路、凯旋路两条断头路: the list's count and what it counts).
_GROUP_AFTER = re.compile(r"[0-9一二三四五六七八九十两]+个?[省市区县州]|地区|等地|[两三四五六七八九十]地"
                          r"|[0-9一二三四五六七八九十两]+[条座个处家所]")
#: The last member of a list joined by 及/和 and the count that closes the list (及西城2个区).
_LAST_JOINED = re.compile(r"[及和与][\u4e00-\u9fff]{1,8}?(?:" + _GROUP_AFTER.pattern + ")")
#: A reporter credit ending right before a name (记者 张三、李四 ...).
_BYLINE = re.compile(r"(?:记者|通讯员|实习生|摄影|编辑|电[(（]|讯[(（])[\s ]*(?:[\u4e00-\u9fff]{2,3}[\s 、,]+)*$")


def fragment(mention) -> bool:
    """再建社区 (from 将再建社区食堂) tagged as a place: a place name opening with an adverb
    or connective (再, 将, 还; the one-character left-edge words of a metric) is a fragment
    of a predicate, not who or where a figure is about; so is a one-character place (港 of 回港)."""
    if mention.label in {"LOC", "GPE"} and len(mention.name) == 1:
        return True  # 回港 -> 港: a one-character place is a word's piece, not a name
    if mention.name in WIRES:
        return True  # 综合新华社消息: the wire that carried the story, never what its figures are about
    if mention.label != "LOC" or len(mention.name) < 3:
        return False
    first = mention.name[0]
    return first in _ADVERB_CHARS or first in rules.trim_words().left


def quantified(text: str, mention, fig_spans: list[tuple[int, int]]) -> bool:
    """8个“乐业小站”: a name counted by a figure is what is measured, not who measures; a clause
    mark between them (共转移1001307人，温州转移…; 过去五年，我国…) says the name opens a clause of its own,
    and a 的 that the figure describes it (位居第三的某国, 拥有1400万人口的某市): it is who the figure is about."""
    return mention.label != "PERSON" and any(0 <= mention.start - e <= 2 and not _CLAUSE_GAP.search(text, e, mention.start)
                                             and text[e:mention.start] != "的" for _, e in fig_spans)


#: An open bracket of credits before a name (（记者张三通讯员李四王五…): names written without a
#: mark between them are the byline's too.
_BYLINE_BRACKET = re.compile(r"[(（](?:本报)?(?:记者|通讯员|实习生)[^()（）,，。;；:：]*$")


def byline(text: str, s_start: int, mention) -> bool:
    """本报讯(记者 张三)…, (记者 王五 赵六), （记者王明通讯员李华赵刚）: no reporter is the subject
    of the figures that follow."""
    if mention.label != "PERSON":
        return False
    return bool(_BYLINE.search(text, max(s_start, mention.start - 16), mention.start)
                or _BYLINE_BRACKET.search(text, max(s_start, mention.start - 30), mention.start))


def listed(text: str, mention) -> bool:
    """整合“郑好拍”、12345热线等10余类…: members of an enumeration are not its subject."""
    following = text[mention.end:mention.end + 2].lstrip("”\"’")
    if following.startswith(("、", "等")):
        return mention.label != "SCOPE"  # 全国铁路、道路…: the whole place opens a list of its systems
    if mention.label in {"GPE", "LOC"} and _LAST_JOINED.match(text, mention.end):
        return True  # …、东城和西城2个区: a member before the list's last, which its count closes
    # the last item (…、湖南、云南10省(市)受灾, 集中在温州、台州地区): the list is a group, not its last item
    return (mention.label in {"GPE", "LOC"} and text[max(0, mention.start - 2):mention.start].rstrip("“\"‘").endswith(("、", "及", "和"))
            and bool(_GROUP_AFTER.match(text, mention.end)))


#: A bracket that leaves a name out of the figures around it: （不含某某集团）, （除某某外）.
_EXCLUSION = re.compile(r"[(（](?:不含|不包括|不计|除去?|扣除)\s*$")


#: An outlet's lead credit after its name (光明网讯（记者…）, 某某日报消息): who carried the story.
_LEAD_CREDIT = re.compile(r"讯|消息[(（\s]")
#: A route's end before a place (西至某路，东至某路; 起于某地，止于某地): where the road runs, not what it is.
_ENDPOINT = re.compile(r"(?:[东西南北]至|[起止]于|通往|直达)\s*$")


#: A clause that gives a route's ends (项目起于某路与某路交叉口，止于某渡口): its places are where it runs.
_ROUTE_OPENS = re.compile(r"[起止]于|起自|起点|终点")
#: How a road, a line or a station's name ends: 至 beside one joins a route's two ends (某铁路至某大道的一期工程).
_ROUTE_NAME = ("路", "街", "道", "站", "桥", "口", "线")


def _route_end(text: str, mention) -> bool:
    """True for a place that ends a route: in a clause opened by 起于/止于 (起于某路与某路交叉路口), or a
    road or station before 至 (某铁路至某大道的一期工程; the one after 至 is :func:`_set_aside`'s)."""
    clause = max(text.rfind(ch, 0, mention.start) for ch in "，,；;。\n")
    if _ROUTE_OPENS.search(text, clause + 1, mention.start):
        return True
    name = getattr(mention, "name", "") or ""
    return name.endswith(_ROUTE_NAME) and text.startswith("至", mention.end)  # (after 至: _set_aside)


#: 除金华外, 除X以外: a place the clause sets aside; 居上海、北京之后: the places ranked before.
_EXCEPT_BEFORE = re.compile(r"除(?:了)?[^,，。;；除]{0,12}$")
_EXCEPT_AFTER = re.compile(r"(?:[)）]?(?:以外|之外|外)|之后|之前)")
#: A bracket listing the parts of the name before it (某航空枢纽（甲机场、乙机场）).
_PARTS_BRACKET = re.compile(r"[(（][^()（）]*[、和及][^()（）]*[)）]")


def _set_aside(text: str, mention) -> bool:
    """True for a place the clause leaves out (除金华外40个城市), ranks after (居上海、北京之后), reaches
    (覆盖宜昌至上海, 增至某地: a route's far end), or lists as a part of the name before its bracket
    (成都航空枢纽（双流机场、天府机场）共完成…: the hub's figures)."""
    if getattr(mention, "label", "") not in {"GPE", "LOC", "ORG"}:
        return False
    closed = _EXCEPT_AFTER.match(text, mention.end) or text[mention.end - 1:mention.end] == "外"  # (金华外: a tagger's)
    if closed and _EXCEPT_BEFORE.search(text, max(0, mention.start - 14), mention.start):
        return True
    if text.startswith(("之后", "之前"), mention.end):
        return True
    if text[mention.start - 1:mention.start] == "至" and (
            mention.label != "ORG" or (getattr(mention, "name", "") or "").endswith(_ROUTE_NAME)):
        return True  # 覆盖宜昌至上海, 某铁路至某大道: the far end
    opened = max(text.rfind("（", max(0, mention.start - 30), mention.start),
                 text.rfind("(", max(0, mention.start - 30), mention.start))
    if opened > 0 and text[opened - 1] not in " \n，,。":
        bracket = _PARTS_BRACKET.match(text, opened)
        return bracket is not None and mention.end <= bracket.end()
    return False


def excluded(text: str, mention) -> bool:
    """（不含某某集团）: a name the page leaves out of the figures is not what they are about;
    东至某路: a route's end is where it runs, not the road (nor is 东至 there the county of that name);
    北京时间, 美国东部时间: a place naming a clock's time zone is no place of the story;
    《2022年某市民政工作总结》: a document reports the figures, they are not about it;
    工信部“绽放杯”大赛: a body before a quoted name runs the contest or programme, it holds no prize;
    《工人日报》记者看到: a reporter's outlet tells the figures."""
    return bool(_EXCLUSION.search(text, max(0, mention.start - 6), mention.start)
                or _TIME_ZONE.match(text, mention.end)
                or _ENDPOINT.search(text, max(0, mention.start - 3), mention.start)
                or _route_end(text, mention)
                or _set_aside(text, mention)
                or getattr(mention, "label", "") == "ORG" and _LEAD_CREDIT.match(text, mention.end) is not None
                or _ENDPOINT.fullmatch(getattr(mention, "name", "") or "") is not None and text[mention.end:mention.end + 1].strip("，,。") != ""
                or getattr(mention, "label", "") == "WORK" and (getattr(mention, "name", "") or "").endswith(_document_heads())
                or getattr(mention, "label", "") == "ORG" and text.startswith(("“", "《", '"'), mention.end)
                or _REPORTER_AFTER.match(text, mention.end) is not None)


#: What follows the outlet a reporter writes for (《工人日报》记者看到, 中国吉林网记者了解到): the
#: paper tells the figures, they are not about it.
_REPORTER_AFTER = re.compile(r"[》”\"]?\s*(?:财经|新闻|客户端|频道)?(?:全媒体|融媒体|首席|特约|见习)?记者")


@functools.lru_cache(maxsize=1)
def _document_heads() -> tuple[str, ...]:
    """How a document's title ends (``models/claim_document_heads.txt``): 《…统计公报》 reports figures."""
    return tuple(load_lines("claim_document_heads.txt"))


def each_list(text: str, c_start: int, fig_start: int, mentions: list) -> tuple[str, tuple[int, int]] | None:
    """(text, span) of the names a clause lists before 各 (法国、瑞士、美国和巴西队各取一金): the
    figure is each one's, so the subject is the whole list, not its last name; else None."""
    each = text.rfind("各", c_start, fig_start)
    if each < 0:
        return None
    names = sorted((m for m in mentions if c_start <= m.start and m.end <= each), key=lambda m: m.start)
    if len(names) < 2 or names[-1].end != each:
        return None
    a, b, marked = _list_ending_with(text, names, address_parts=False)
    return (text[a:b], (a, b)) if marked else None


def listed_topic(text: str, c_start: int, fig_start: int, mentions: list) -> tuple[str, tuple[int, int]] | None:
    """(text, span) of a list of places or bodies that opens a clause and holds its figure
    (某市甲县和乙县、丙市丁县受灾1.9万人; 甲市、乙市等市用电负荷…; 甲水库、乙水库等5座水库蓄水…):
    the figure is the whole list's, not its last name's; else None. Parts of an address
    (某市甲县) join without a mark; a list mark must join two names, or 等 close them. The
    group word that closes the list (等市, 三省, 等5座大型水库: :func:`group_tail`) is part of it."""
    names = sorted((m for m in mentions if c_start <= m.start and m.end <= fig_start
                    and m.label in {"GPE", "LOC", "ORG"}), key=lambda m: m.start)
    if not names:
        return None
    for last in range(len(names) - 1, -1, -1):  # the list may close before a noun it leads to
        run = names[:last + 1]
        a, b, marked = _list_ending_with(text, run, address_parts=True)
        tail = group_tail(text, b, fig_start)
        if tail > b and text.startswith("等", b):
            marked = True
        if marked:
            break
    else:
        return None
    closed, b = tail > b, max(b, tail)
    opener = CONNECTIVE.sub("", text[c_start:a].strip(" \u3000,，")).strip(" \u3000,，")
    if opener and not opener.endswith("的"):
        return None  # 其中，甲市、乙市等多地…: a connective may open the clause before its list
    # a list its group word closes is the topic, whatever follows (…等市|用电负荷增长率…); a bare
    # list must be followed by its predicate (甲县和乙县|受灾…), not by a noun it modifies
    if not (closed or b == fig_start or _PREDICATE_NEXT.match(text, b) or _predicate_word(text, b, fig_start)):
        return None
    return text[a:b], (a, b)


#: Connectives that may open a clause before its topic or its list (其中吉林省…; 其中，甲市、乙市…).
CONNECTIVE = re.compile(r"^(?:其中|此外|另外|同时|而)")
#: The group word that closes a list of names: 等, a count, then modifiers and the group's noun
#: (等市, 三省, 等6座水库, 等部分平原大型水库, 10省(市)).
@functools.lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    """Optional 等, a count, modifiers and a group word of ``models/claim_list_group_words.txt``."""
    words = "|".join(sorted(load_lines("claim_list_group_words.txt"), key=len, reverse=True))
    return re.compile(r"等?(?:[0-9一二三四五六七八九十两]+(?:多|余)?[个座家所条处名位]?)?"
                      rf"(?:部分|多个|各)?[\u4e00-\u9fff]{{0,8}}?(?:{words})(?:[(（]市[)）])?")


def group_tail(text: str, end: int, fig_start: int) -> int:
    """Where the group word closing a list at ``end`` ends (``end`` when there is none)."""
    m = _tail().match(text, end, fig_start)
    if not m or m.end() == end:
        return end
    word = m.group()
    if not (word.startswith("等") or word[0] in "0123456789一二三四五六七八九十两"):
        return end  # 湖北、湖南|已收获: what follows the names is no group word of theirs
    return m.end()


def _predicate_word(text: str, at: int, fig_start: int) -> bool:
    """True when a verb or an adverb opens what follows ``at`` (…等6座水库|蓄水…, …三省|已收获…)."""
    words = word_tags(text[at:min(fig_start, at + 6)])
    return bool(words) and words[0][1].startswith(("v", "d")) and not words[0][1].startswith("vn")


def _list_ending_with(text: str, names: list, address_parts: bool) -> tuple[int, int, bool]:
    """(start, end, whether a list mark joins two of them) of the run of ``names`` (sorted) that ends
    with the last one, each joined to the next by a list mark (、, 和) or, with ``address_parts``, by
    nothing (某市|甲县)."""
    first, marked = names[-1], False
    for m in reversed(names[:-1]):
        gap = text[m.end:first.start]
        if gap not in _LIST_JOINS and not (address_parts and gap == ""):
            break
        marked = marked or gap in _LIST_JOINS
        first = m
    return first.start, names[-1].end, marked


#: What may follow a listed topic before its figure: a predicate, not a noun that the list modifies.
_PREDICATE_NEXT = re.compile(r"(?:共|均|分别|合计|累计)?(?:受灾|发生|出现|有|达|完成|实现|新增|减少|增长|下降|共有|遭受)")


#: What joins the names of a list (法国、瑞士, 美国和巴西队).
_LIST_JOINS = frozenset({"、", "和", "与", "及", "以及", ","})


def defeated(text: str, mention) -> bool:
    """True for the side a contest verb's object names (3:1击败卡塔尔队, 负于日本队): the clauses
    around speak of the other side (``models/subject_contest_verbs.txt``)."""
    before = text[max(0, mention.start - 4):mention.start]
    return before.endswith(_contest_verbs())


@functools.lru_cache(maxsize=1)
def _contest_verbs() -> tuple[str, ...]:
    return tuple(load_lines("subject_contest_verbs.txt"))


#: A time zone after a place (北京时间26日, 美国东部时间25日22时).
_TIME_ZONE = re.compile(r"(?:东部|西部|中部|太平洋|山地|夏令|标准)?时间")


def bracketed_by(text: str, fig_start: int, mentions: list):
    """The name a figure glosses in brackets right after it (日本（七金）、韩国（四金）), or None:
    a bracket after a name says what that name holds, whatever the clause or the list is about."""
    if fig_start < 2 or text[fig_start - 1] not in "（(":
        return None
    return next((m for m in mentions if m.end == fig_start - 1 and m.label in {"GPE", "ORG", "PERSON", "LOC"}), None)
