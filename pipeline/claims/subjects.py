"""Claim subjects: who or what a claim's figure is about (GUIDELINES: Claims).

Split from :mod:`pipeline.claims.find`, which reads each figure's metric, time and
change; this module answers the one question those do not — whose figure it
is — at two levels:

- the article: its topic (:func:`article_subject`: a work, place or
  organization of its title, else the country when the lead speaks of it, else
  the lead's topic noun phrase when the headline restates it (上市银行一季报业已收官,
  :mod:`pipeline.claims.lead_topic`), else its most frequent place or organization
  (the dateline's filing place never counts); the place that 全省/全市 point to is
  :mod:`pipeline.claims.places`);
- the clause: :func:`clause_subject` picks, in one order of evidence, the named
  thing the figure describes (总投资2亿元的X项目, :mod:`pipeline.claims.named_things`),
  else the counted provinces (the country's), else the names a clause lists before
  各 (法国、瑞士、美国和巴西队各取一金: the whole list), else the group the clause's topic
  noun phrase names when the figure measures it (全国重点零售和餐饮企业实现销售额…
  -> 中国重点零售和餐饮企业, :mod:`pipeline.claims.topic_phrases`), else an entity
  of the figure's clause not introduced by a locative preposition, else a person
  named earlier in the sentence, else what an earlier clause names (the own
  subject of an earlier figure's clause, the group it measures or counts, the
  target of 对X, a scene 在X; not a name inside a clause that only sets the scene, 在…
  举行的某某会议上), else the sentence's topic, else the article's
  topic. A 全省/全市 the article never resolves stops that search and leaves the
  subject to the page's place. Around it, :mod:`pipeline.claims.sentence` gives
  a figure bracketed after a name (日本（七金）) to that name, and
  :mod:`pipeline.claims.find` hands a sentence opening with an adverb (共决定起诉…)
  the subject the sentence before named, one opening with a verb of achieving
  (完成…, 实现…) the group phrase it measured as well, and a headline figure the
  subject of the body figure it restates.

Candidates are :class:`Mention` objects (:func:`mentions`, in
:mod:`pipeline.claims.subject_mentions`): named entities, and references such as
该区, 我省 or 全镇 with what they point to; a place naming a
clock's time zone (北京时间) is none, and a contest verb's object (3:1击败卡塔尔队)
is no clause's subject: the figures around it are the winner's
(:mod:`pipeline.claims.candidates`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from pipeline.claims import actors, candidates, lead_topic, rules, scopes, speakers, topic_phrases
from pipeline.claims.deictics import Mention
from pipeline.claims.named_things import bare_head, described_thing, thing_heads
from pipeline.claims.places import DATELINE, WIRES
from pipeline.text.resources import load_lines
# the candidates, where callers and tests have always found them:
from pipeline.claims.subject_mentions import (_PLACE_WORD, _SCOPE_WORDS, SUBJECT_LABELS,  # noqa: F401
                                              _body_place, _holder_phrase, _placed, mentions)
# where run.py and the tests have always found them:
from pipeline.claims.places import canonical, page_level, page_place  # noqa: F401

#: Prepositions that make the next place a setting, not the subject (在郑州开了3家).
_LOCATIVE = ("在", "从", "于", "到", "赴", "来", "向", "对", "与", "和", "同", "比", "较", "高于", "低于", "居", "位居", "了",
             "占",  # 占全市规上工业总产值的比重: the whole a share is of, not whose share it is
             "超越", "超过", "赶超", "仅次于")  # 超越上海跃居全国第一: the place passed, not the one passing
#: The average of a whole as a yardstick (全国平均水平, 高于全省平均5个百分点), not an average it
#: measures (全省平均降雨量146毫米: the province's own figure).
_AVERAGE_AS_SCALE = r"平均(?=水平|值|数|线|标准|[0-9]|[,，。;；、)）]|$)"
#: After a country word: a rank, an average, a share of it (全国第五, 全国平均水平, 全国的).
_SCOPE_AFTER = re.compile(r"\s*(?:第|前|首|" + _AVERAGE_AS_SCALE + r"|水平|同期|同类|排名|排位|之最|占比|比重|的|[一二三四五六七八九十]"
                          r"|[0-9.]+(?:个?百分点|%|强|名))")
#: After 全省/全市: a rank or an average in it (均为全省第一, 居全市前列, 全省平均水平): the place
#: the figure is compared within, not whose figure it is (GUIDELINES: comparisons).
_RANKED_IN = re.compile(r"(?:第[0-9一二三四五六七八九十]|前列|前[0-9一二三四五六七八九十]|首位|" + _AVERAGE_AS_SCALE
                        + r"|之最|排名|排位|领先|领跑)")
#: A clause opener that is only a time (今年, 去年以来, 一季度): a program after it still opens the clause.
_TIME_ONLY = re.compile(r"(?:今年|去年|明年|全年|近年来|[0-9]{4}年|[一二三四]季度|上半年|下半年|前三季度)(?:以来)?")
#: A clause about the rest of a whole (其余两条线路, 其他5家): not the part the clause before named.
_THE_REST = re.compile(r"[\s,，]*(?:其余|其他|其它|余下|剩余)")
#: A speaker or publisher after a body's name (相关负责人表示, 发布数据): the body is a source, not
#: a topic (a place that reports on itself, 保护区监测显示…, stays one).
_SPEAKER = re.compile(r"[^,，;；。:：]{0,24}?(?:表示|介绍|指出|透露|认为|说|称|发布|公布|通报|显示|统计)")
#: A clause that only sets the scene (在26日举办的国务院政策例行吹风会上, 在全省工作会议中): the
#: names inside it say where the clauses after it were said, not whom their figures are about.
_SETTING = re.compile(r"[\s“”\"]*在[^，,；;。]{2,40}?(?:会上|会议上|仪式上|论坛上|发布会上|会中|期间)[，,]?")
#: Labels of a sentence topic that later clauses speak of (not people: 张三表示…, nor programs).
_TOPIC_LABELS = frozenset({"GPE", "LOC", "ORG", "REF"})
#: Labels an earlier clause does not hand to a figure as its subject: programs
#: named there are what is done (推进“一带一路”建设，全市开行…), not who does it.
_NOT_CARRIED = frozenset({"PROGRAM"})
#: 该剧 / 本届文化节 / 该线路 opening a clause: the article's own topic, not an earlier clause's name.
_DEICTIC_TOPIC = re.compile(r"\s*(?:该|本届|此|本次)(?![年月日时前后外次])[\u4e00-\u9fff]{1,3}?(?=[为共是已将于在的,由收设全]|[\u4e00-\u9fff]{0,2}(?:全长|为期|共|已|将))")
#: Head lines in the order their names say what an article is about.
_HEAD_RANK = {"title": 0, "subtitle": 1, "kicker": 2}
#: A wire service or a paper (中新社发 某某摄, 据新华社电, 某某日报): who carried the story, not its topic.
_MEDIA = re.compile("^(?:" + "|".join(sorted(WIRES, key=len, reverse=True)) + ")$"
                    "|(?:日报|晚报|早报|时报|商报|快报|新闻网|电视台|广播电台|通讯社|报社"
                    "|[^公简年季月周情电]报|(?<!电)网)$")  # 新京报, 某某网 (not 公报, 国家电网)
#: A headline place that opens a counted list of places (浙皖闽10省市, 京津冀等8省份): no one place's story.
_COUNTED_PLACES = re.compile(r"[\u4e00-\u9fff、]{0,3}?等?[0-9一二三四五六七八九十两]+个?(?:省|市|县|区|地)")
#: Numbered slogans (“十五五”, “八个统一”) name policies, not what an article reports on.
_NUMBERED = re.compile(r"[0-9一二三四五六七八九十两]")


def inside(span, spans: list[tuple[int, int]]) -> bool:
    """True when ``span`` (anything with start and end) lies within one of ``spans``."""
    return any(a <= span.start and span.end <= b for a, b in spans)


#: After a body in a headline: its officer's title, maybe, then the colon that opens what they say.
_SPEAKER_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}[：:]")


def article_subject(entities: list, references: list, units, text: str,
                    sources: list[tuple[int, int]] = (), place: dict[str, str] | None = None,
                    datelines: list[tuple[int, int]] | None = None) -> str | None:
    """What the article is about (:func:`_article_subject`), with a national body written as
    the country it reports on: 教育部, named in a story's every paragraph, gives the country's
    graduates (GUIDELINES: 全国 -> 中国), not the ministry's (``models/central_bodies.txt``)."""
    subject = _article_subject(entities, references, units, text, sources, place, datelines)
    if subject is None and national_body(text, entities):  # 交通运输部：3月…: a national body that only
        subject = "中国"  # reports still says whose figures these are
    return "中国" if subject in central_bodies() else subject


def national_body(text: str, entities: list) -> tuple[int, int] | None:
    """The span of the first national body the text names (交通运输部), or None: where an article of
    the country's figures names no 全国 or 我国, the body that reports them stands for the country."""
    bodies = central_bodies()
    return next(((e.start, e.end) for e in entities if getattr(e, "label", "") == "ORG" and e.text in bodies), None)


@functools.lru_cache(maxsize=1)
def central_bodies() -> frozenset[str]:
    """The State Council and the national ministries, commissions and bureaus under it."""
    return frozenset(load_lines("central_bodies.txt"))


def _article_subject(entities: list, references: list, units, text: str,
                     sources: list[tuple[int, int]] = (), place: dict[str, str] | None = None,
                     datelines: list[tuple[int, int]] | None = None) -> str | None:
    """What the article is about: a work in its title (《长河渡》巡演), its title's place,
    organization or (repeated) program, else the country of a national lead, else the
    lead's topic noun phrase that a headline line restates (今天的十冬会只产生了…, under
    冬运会又产生五枚金牌), else its most frequent place or organization, else what its
    references (全市, 我省) point to. A headline place that opens a counted list of places
    (浙皖闽10省市…) is no one place's story: the lead says whose (我国南方地区…). Sources (记者从X获悉) and the
    dateline's filing place say who reported, not what about (``datelines``: the spans
    of :data:`DATELINE` in ``text`` when the caller has them)."""
    place = scopes.level_places(references, place)
    heads = {(a, b): _HEAD_RANK[role] for role, a, b in units if role in _HEAD_RANK}
    head_rank = lambda e: next((r for (a, b), r in heads.items() if a <= e.start < b), None)  # noqa: E731
    if datelines is None:
        datelines = [m.span() for m in DATELINE.finditer(text)]
    said = list(sources) + list(datelines)
    named_ok = lambda e: (getattr(e, "label", "DATE") in SUBJECT_LABELS and len(e.text) > 1  # noqa: E731
                          and e.text not in _SCOPE_WORDS and not inside(e, said) and not _MEDIA.search(e.text))
    # the heads first: most articles are settled there, and a head is a few entities
    low, high = min((a for a, _ in heads), default=0), max((b for _, b in heads), default=0)
    # the title before the subtitle before the kicker: a kicker names a series (聚焦美丽云南建设)
    # 科技部：我国科技创新…, 某部部长：…: a body (and its officer) before a headline's colon says who
    # reports, not what about
    titled = sorted((e for e in entities if low <= e.start < high and head_rank(e) is not None and named_ok(e)
                     and not (e.label in {"ORG", "PERSON"} and _SPEAKER_LABEL.match(text, e.end))
                     and not _COUNTED_PLACES.match(text, e.end)),
                    key=head_rank)
    named = [e for e in entities if named_ok(e)]
    mentioned = Counter(e.text for e in named)
    # 台风登陆我省: a headline's own place word names the article's place as a place name would
    titled_places = [r.refers_to or _placed(r.text, place) for r in references
                     if low <= r.start < high and head_rank(r) is not None and _PLACE_WORD.fullmatch(r.text)]
    thing = next((e for e in titled if e.label in {"LOC", "ORG"} and e.text.endswith(thing_heads())
                  and mentioned[e.text] >= 3), None)
    if thing is not None:  # 四川再添…！某某长江公路大桥建成通车: the bridge the story measures, not its province
        return thing.text
    for labels in ({"WORK"}, {"GPE"}, {"REF"}, {"LOC", "ORG"}):
        if labels == {"REF"}:
            if any(titled_places):
                return next(p for p in titled_places if p)
            continue
        # a two-character body the article never names again is a tagger's guess (普惠 of 普惠小微贷款)
        hit = next((e for e in titled if e.label in labels
                    and (e.label != "ORG" or len(e.text) > 2 or mentioned[e.text] >= 2)), None)
        if hit is not None:  # 市公安局召开…: the body of the article's city (随州市公安局), or the page's place
            # 浙江公安机关挽回…: the province's police; 苏州上市公司一季报出炉: the city's listed firms
            body = scopes.place_body(text, hit) or scopes.titled_holders(text, hit, high)
            return canonical(hit.text) + body if body else _body_place(hit, place) or None
    short = _short_titled_settlement(named, mentioned, low, high, text)
    if short is not None:  # 小岗分红五连增 over a story of 小岗村: the village the headline writes short
        return short
    hit = next((e for e in titled if e.label == "PROGRAM" and mentioned[e.text] >= 2
                and not _NUMBERED.search(e.text)), None)
    if hit is not None:
        return hit.text
    lead = next(((a, b) for role, a, b in units if role == "body"), None)
    national = scopes.national_lead(text, lead, references)
    if national is not None:  # 今年1至9月，全国新开工…: the country, not a province named as an example
        return national
    heads_text = [text[a:b] for role, a, b in units if role in _HEAD_RANK]
    topic = lead_topic.article_topic(text, lead, heads_text, entities, references, said)
    if topic is not None:  # 上市银行一季报业已收官: the lead's topic, which the headline restates
        return topic
    counts = Counter(_body_place(e, place) for e in named if e.label in {"GPE", "ORG"})
    counts.pop("", None)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    targets = Counter(r.refers_to or _placed(r.text, place) for r in references if r.text not in _SCOPE_WORDS)
    targets.pop(None, None)
    if not targets:  # an article of national figures only (全国…): the country
        targets = Counter(r.refers_to for r in references if r.text in _SCOPE_WORDS and r.refers_to)
    return targets.most_common(1)[0][0] if targets else None


#: Heads of settlements a headline drops when it names one short (小岗 for 小岗村).
_SETTLEMENT_HEADS = ("社区", "村", "镇", "乡")


def _short_titled_settlement(named: list, mentioned: Counter, low: int, high: int, text: str) -> str | None:
    """A village, community or town the body names at least twice and the headline writes without
    its head (小岗村 as 小岗), or None."""
    heads = text[low:high]
    for e in named:
        if e.label == "LOC" and e.start >= high and mentioned[e.text] >= 2 and e.text.endswith(_SETTLEMENT_HEADS):
            bare = e.text[:-2] if e.text.endswith("社区") else e.text[:-1]
            if len(bare) >= 2 and bare in heads:
                return e.text
    return None


Subject = tuple[str | None, tuple[int, int] | None]


def subject_candidates(text: str, s_start: int, mentions: list[Mention],
                       fig_spans: list[tuple[int, int]]) -> list[Mention]:
    """The sentence's mentions that can be a subject at all (not quantified, listed or a byline),
    a reference with a compass region after it read as that region (:func:`_with_region`).

    The same for every figure of a sentence: callers with several figures compute it once.
    """
    return [_with_region(text, m) for m in mentions
            if not candidates.quantified(text, m, fig_spans) and not candidates.listed(text, m)
            and not candidates.byline(text, s_start, m) and not candidates.excluded(text, m)]


def clause_subject(text: str, fig_start: int, c_start: int, *, s_start: int, mentions: list[Mention],
                   fig_spans: list[tuple[int, int]], article_subject: str | None,
                   valid: list[Mention] | None = None, skip=()) -> Subject:
    """Who or where (name, span) for the figure at ``fig_start`` whose clause opens at ``c_start``:
    a clause entity, then a person of the sentence, then earlier clauses, then the article.

    ``mentions`` and ``fig_spans`` are those of the sentence opening at ``s_start``; ``valid``
    is :func:`subject_candidates` of them when the caller asks for several figures of it;
    ``skip`` the spans (times, sources) that may open a clause before its topic.
    """
    if valid is None:
        valid = subject_candidates(text, s_start, mentions, fig_spans)
    described = described_thing(text, fig_start, fig_spans)
    if described is not None:  # 总投资2亿元的滨江物流园项目: the figure says what the project is
        a, b = described
        return text[a:b], described
    fig_end = next((e for s, e in fig_spans if s == fig_start), fig_start)
    provinces = scopes.counted_provinces(text, fig_start, fig_end)
    if provinces is not None:  # 有20个省份…, 全国31个省份: the country's provinces, as the page says them
        return "中国", provinces
    each = candidates.each_list(text, c_start, fig_start, mentions) or candidates.listed_topic(
        text, c_start, fig_start, mentions)
    if each is not None:  # 法国、瑞士、美国和巴西队各取一金; 甲县和乙县受灾…: the listed names together
        return each
    group = topic_phrases.group_phrase(text, c_start, fig_start, valid, skip, fig_end=fig_end)
    if group is not None:  # 全国重点零售和餐饮企业实现销售额…: the firms, in the country
        return group
    own = _own(text, valid, c_start, fig_start)
    if own:
        return _subject_of(own[-1])
    all_valid = valid
    valid = [m for m in valid if m.label != "SCOPE"]  # 全国 elsewhere in the sentence compares
    # a person who speaks (寇昉…指出，全市法院…) is the source of what follows, not its subject
    people = [m for m in valid if m.label == "PERSON" and m.end <= fig_start and not speakers.speaks(text, m.end)
              and not _labelled(text, m)]
    if people:
        return people[0].name, (people[0].start, people[0].end)
    for opening in (c_start, s_start):
        topic = _DEICTIC_TOPIC.match(text, opening)
        if topic:  # 该剧共分六幕 / 本届文化节为期3天: what the article is about, or what 该项目 resolved to
            at = topic.end() - len(topic.group().lstrip())  # where 该/此 is written
            ref = next((m for m in valid if m.label == "REF" and m.start == at), None)
            return (ref.name, (ref.start, ref.end)) if ref else (article_subject, None)
    # a clause that lists names of its own (杭州、宁波等五个市启动…) counts them for the whole
    # it speaks of: an earlier clause's name is not theirs
    if _THE_REST.match(text, c_start):  # 其余两条线路…: the rest of the article's whole, not the part named before
        return article_subject, None
    end = s_start if any(c_start <= m.start and m.end <= fig_start and m.label != "PERSON" and candidates.listed(text, m)
                         for m in mentions) else c_start - 1
    nearest = True  # the next clause before with a figure is the nearest one
    while end > s_start:
        start = rules.clause_start(text, end, s_start)
        figured = [s for s, _ in fig_spans if start <= s < end]
        if figured:
            # an earlier clause with a figure of its own: the figure goes on with that clause's own
            # subject (全国累计报告…56000例，波及28个省份); a name it holds elsewhere stays its own
            listed = candidates.listed_topic(text, start, figured[-1], mentions)
            if listed is not None:  # 甲县和乙县受灾1.9万人，农作物受灾面积…: the list goes on
                return listed
            own_before = _own(text, all_valid, start, figured[-1])
            before = [m for m in own_before if m.label not in _NOT_CARRIED]
            if before:  # (a program's own figure stays its own: “郑好融”平台授信…，科技型企业…)
                return _subject_of(before[-1])
            if own_before:
                break
            # the group an earlier clause measures goes on (60岁以上人群累计接种…，全程接种率为…); one
            # it counts only into a clause with no topic of its own (…机场有38个，完成旅客吞吐量占…)
            before_end = next((e for s, e in fig_spans if s == figured[-1]), None)
            group = topic_phrases.group_phrase(text, start, figured[-1], all_valid, skip, fig_end=before_end) or (
                nearest and topic_phrases.subjectless(text, c_start, fig_start)
                and topic_phrases.group_phrase(text, start, figured[-1], all_valid, skip, counted=True))
            if group:  # …运输机场有38个，…完成旅客吞吐量占…: the airports the clause opened with
                return group
            # a figure's clause with no topic of its own keeps the chain (…有38个，较上年净增加20个，完成…)
            nearest = nearest and topic_phrases.subjectless(text, start, figured[-1])
            actor = actors.clause_actor(text, start, figured[-1], [])
            if actor is not None and actors.counted_group(text, start, figured[-1]) is None:
                # 国家级开发区实现营收…，利润总额…: the holder that clause opened with (a counted
                # group stays its own clause's: 120家医院…，35家社区医院…)
                return text[actor[0]:actor[1]], actor
            # a figure with no name of its own goes on with the clauses before it, and so does this one
            # (在赣州市南康区，12所学校结成…，共享课程资源1.2万节)
            end = start - 1
            continue
        listed = candidates.listed_topic(text, start, end + 1, mentions)
        if listed is not None and text[listed[1][1] - 1] in "地市省县区":  # 其中，甲市、乙市等多地选择…，
            return listed  # 发放金额超过40亿元: the places the clause before listed, closed by their group word
        # a program named in an earlier clause is what was done (推进“一带一路”建设), not who;
        # a body that speaks there (市住建局表示，…) is the source
        found = [m for m in valid if start <= m.start and m.end <= end and m.label not in _NOT_CARRIED
                 and not (m.label == "ORG" and _SPEAKER.match(text, m.end, end + 1))
                 and not _labelled(text, m)  # 民政部：…
                 and not (m.label in {"ORG", "PERSON"} and speakers.speaks(text, m.end))
                 and not candidates.defeated(text, m)
                 and not (_after_locative(text, m, start) and m.end < end and not _targeted(text, m))
                 and not _SITED.search(text, start, m.start)  # 位于某社区: where the topic stands
                 and not _SETTING.fullmatch(text, start, end + 1)]
        # 在X举行…: where; 而在北京，…: the scene; 对X进行勘探，…发现: X is what the clauses after are about
        if found:
            # a clause with no subject of its own (…，抓获3名…) goes on with the name that opened the
            # clause before (沧州市公安局破获…永康副食品店…案); one with its own words (…，164家企业…)
            # speaks of what that clause named last (…举办…招聘会)
            opener = found[0] if found[0].label != "PERSON" and _opens(text, found[0], start) else None
            return _subject_of(opener if opener and speakers.opens_with_verb(text, c_start, fig_start)
                               else found[-1])
        end = start - 1
    topic = _topic(text, s_start, c_start, valid)
    if topic is not None:  # 柯桥区探索…，由…出资…，盘活闲置资产面积超过12万平方米: the sentence's topic
        return _subject_of(topic)
    return article_subject, None


def _subject_of(mention: Mention) -> Subject:
    """(name, span) of a chosen mention; a place reference the article never resolves (全省 with no
    province named) is (None, None): the page's place of that level fills it in (run.py), which
    is nearer than any other name of the sentence or the article's topic."""
    if not mention.name:
        return None, None
    return mention.name, (mention.start, mention.end)


def _labelled(text: str, mention: Mention) -> bool:
    """A body or person before a colon (国家发改委：电厂存煤…, 某某：…): who reports or speaks, as a
    headline's label or an interview's; the figures after it are not theirs."""
    return mention.label in {"ORG", "PERSON"} and text.startswith(":", mention.end)


def _own(text: str, valid: list[Mention], c_start: int, fig_start: int) -> list[Mention]:
    """The mentions of a clause before its figure that can be its subject: not a setting
    (在郑州), not a country word that compares, not a program it only names; with none, the
    thing a bare head opening the clause points back to (:func:`bare_head`)."""
    own = [m for m in valid if c_start <= m.start and m.end <= fig_start and not _after_locative(text, m, c_start)
           and not candidates.defeated(text, m) and not _labelled(text, m)  # 国家发改委：… says who reports
           and (m.label != "SCOPE" or _scope_ok(text, m, c_start))
           and not (m.label == "REF" and _RANKED_IN.match(text, m.end) and _PLACE_WORD.fullmatch(text[m.start:m.end]))
           and (m.label not in _NOT_CARRIED or _opens(text, m, c_start))]
    if not own:
        back = bare_head(text, c_start, fig_start)
        if back is not None:  # 火箭起飞质量为243吨: the rocket the sentence before named
            name, (a, b) = back
            own = [Mention(a, b, name, "REF")]
    return own


def _topic(text: str, s_start: int, c_start: int, valid: list[Mention]) -> Mention | None:
    """The place or body a sentence opens with (after a time word at most), before the figure's
    clause: in Chinese the topic of a sentence is who its later clauses speak of."""
    first = next((m for m in valid if s_start <= m.start < c_start), None)
    if first is None or first.label not in _TOPIC_LABELS:
        return None
    before = text[s_start:first.start].strip(" ,，、“”\"\n")
    if first.label == "ORG" and _SPEAKER.match(text, first.end) or _labelled(text, first):
        return None  # 长沙市轨道交通集团有限公司相关负责人表示, 国家发改委：…: who speaks, not whom the figures are about
    before = candidates.CONNECTIVE.sub("", before).strip(" ,，")  # 其中吉林省…: a part's topic
    return first if not before or _TIME_ONLY.fullmatch(before.rstrip(",，")) else None


def _opens(text: str, mention: Mention, c_start: int) -> bool:
    """True when only quotes, spaces or a time word stand before the mention in its clause:
    “郑好融”平台授信… is about the program; 推进“一带一路”建设… only names it."""
    before = text[c_start:mention.start].strip(" “”\"'‘’《》")
    return not before or bool(_TIME_ONLY.fullmatch(before))


def _scope_ok(text: str, mention: Mention, c_start: int) -> bool:
    """全国居民人均可支配收入 (the country's figure) but not 全国第五, 全国平均水平, 占全国的:
    a country word is the subject where it opens its clause and measures no rank or average."""
    if text[c_start:mention.start].strip(" “”\"") and text[mention.start - 1:mention.start] not in "年度季月期":
        return False  # 占全国 / 高于全国: inside the phrase (a time word before it is fine: 今年全国)
    return not _SCOPE_AFTER.match(text, mention.end)


#: Verbs that say where a thing stands (某校位于某路): a place after them is its site, not whom
#: the clause's figures are about.
_SITED = re.compile(r"位于|地处|坐落于|坐落在")


def _targeted(text: str, mention: Mention) -> bool:
    """True for 对X (对郑家湖墓地进行了勘探): the target of what the clause does, not a setting."""
    return text[mention.start - 1:mention.start] == "对"


#: A part of a place named by its compass point (东部地区, 南方): with 我国 before it, one region.
_COMPASS_REGION = re.compile(r"(?:东部|西部|南部|北部|中部|东北|西北|东南|西南|南方|北方)(?:地区)?")


def _with_region(text: str, mention: Mention) -> Mention:
    """我国东部地区 as one place, the country's region (中国东部地区), not the country: a
    reference followed by a compass region names that region."""
    if mention.label != "REF" or not mention.name:
        return mention
    region = _COMPASS_REGION.match(text, mention.end)
    if region is None:
        return mention
    return mention._replace(end=region.end(), name=mention.name + region.group())


def _after_locative(text: str, mention: Mention, c_start: int) -> bool:
    """True for 在郑州开了3家 (郑州 is where, not who); a clause that is only 在X sets the scene."""
    before = text[c_start:mention.start]
    # 今年以来|中欧班列累计开行…, 三年来|某市新增…: the 来 of a span reaching now is no 来 of coming
    return bool(before) and before.endswith(_LOCATIVE) and not before.endswith(_SPAN_TO_NOW)


#: How a span reaching now ends (今年以来, 三年来, 近几个月来): its 来 is no locative.
_SPAN_TO_NOW = ("以来", "年来", "月来", "天来", "日来", "周来")
