"""The claims of one sentence: its figures read left to right.

Split from :mod:`pipeline.claims.find`, which walks an article's units and
sentences and carries periods, subjects and metrics between them; this module
reads one sentence (GUIDELINES: Claims): each figure's metric (the phrase
before or after it, 分别 lists, restated figures), subject (the clause's own
mentions and actor, else what the sentence or article is about), time and
change, so that later figures can lean on earlier ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims import (actors, bounds, candidates, changes, metric_after, metric_lists, metric_nouns,
                             metric_shares, metric_subjects,
                             neighbours, phrases, places, rules)
from pipeline.claims import subjects as claim_subjects
from pipeline.claims import time_scopes
from pipeline.claims import times as claim_times
from pipeline.claims.time_bases import compared
from pipeline.claims.subjects import inside
from pipeline.text.words import word_tags

#: A metric that is a share of a total (分别占…, 分别完成计划的…): 占 or 完成 opens it.
_SHARE = re.compile(r"(?:分别|各)?(?P<verb>占|完成)")
#: A clause opening with a word for the figure just given (这一数字, 该数据): the same claim's metric and subject.
_RESTATED = re.compile(r"\s*(?:而|但)?(?:这一|这个|这些|该|此|上述)(?:数字|数据|数值|规模|总量|比例|指标)")
#: 有 (已有, 共有) right before a count, bounds aside: the things counted are those doing what follows.
_EXISTENTIAL = re.compile(r"有(?:近|约|超过|超|逾)?$")
#: Mention labels that keep a clause's opening phrase for the mentions (全市中小学, 郑州市企业).
_PLACE_LABELS = frozenset({"GPE", "LOC", "REF", "SCOPE"})


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """One claim, in offsets of the analysis text given to :func:`find_claims`."""

    figure_index: int
    metric: tuple[int, int] | None
    subject: str | None
    subject_span: tuple[int, int] | None
    time: str | None
    time_span: tuple[int, int] | None
    time_value: str | None
    change: str | None
    change_base: str | None
    source: tuple[int, int] | None
    sentence: tuple[int, int]


class SentenceClaims:
    """The claims of one sentence; figures are read left to right."""

    def __init__(self, text, start, end, figures, mentions, dates, skip_spans, article_subject, sources=(),
                 datelines=()):
        self.text, self.start, self.end = text, start, end
        self.figures = figures
        self.sources = [(a, b) for a, b in sources if start <= a < end]
        said = self.sources + [(a, b) for a, b in datelines if start <= a < end]
        self.mentions = [m for m in mentions if start <= m.start < end and not (said and inside(m, said))]
        self.dates = [d for d in dates if start <= d.start < end]
        self.skip = [s for s in skip_spans if start <= s[0] < end]
        self.article_subject = article_subject
        self.fig_spans = [(f.start, f.end) for f in figures if start <= f.start < end and not f.optional]
        self.source = self.sources[0] if self.sources else None
        self.carried = None
        self.told = None
        self.told_metric = None  # the last metric of the sentence before, in the same paragraph
        self.part_of = None  # a 其中 sentence: the metrics of the sentence before, by their figures' unit
        self.times = claim_times.sentence_times(text, start, end, self.dates, self.sources)[1]
        # a time is no part of a metric (春节假期保定接待游客 -> 接待游客), nor a metric of its own
        timed = {(t.start, t.end) for t in self.times}
        # a date a time word grows (今年国庆 of 今年国庆档) is skipped as the whole time
        self.skip = sorted({s for s in self.skip if not any(a == s[0] and b > s[1] for a, b in timed)}
                           | timed | set(self.sources))
        self.empty_metrics = {(t.start, t.end) for t in self.times} | {
            (m.start, m.end) for m in self.mentions if m.label in {"REF", "SCOPE"}} | neighbours.averaging(text, start, end)
        # per-sentence facts every figure asks for: computed once, not once per figure
        # comparison bases aside, and dates of a telling (今天，某某指出，…: the figures told are not of today)
        told = claim_times.telling(text, self.times, [s for s, _ in self.fig_spans], end)
        self.own_times = [d for d in self.times if not self._compared(d) and d not in told]
        self.stated = [d for d in self.times if d not in told]
        # a time that only qualifies a target (全年1100万人目标任务) is still the target figure's own
        self.target_times = [d for d in self.dates if claim_times.modifies(text, d)]
        self.phrase_ends = [e for s, e in self.fig_spans if not self._per(s)]  # 每500克 ends no phrase
        self.subject_candidates = claim_subjects.subject_candidates(text, start, self.mentions, self.fig_spans)
        self.opening_skip = sorted({(t.start, t.end) for t in self.times} | set(self.sources))

    def claims(self, indexed: list) -> list[ClaimMatch]:
        out: list[ClaimMatch] = []
        metrics: list[tuple[int, int] | None] = []
        subjects: list[tuple[str | None, tuple[int, int] | None]] = []
        boundary = self.start  # end of the last figure's phrase: the next prefix starts there
        topic = None  # what the sentence opens by counting (工业项目12个): its later figures' subject
        share = None  # the 占X metric a 分别 list of shares goes with
        pairs = metric_lists.respectively(self, indexed)
        for n, (index, fig) in enumerate(indexed):
            c_start = phrases.clause_start_past_gloss(self.text, fig.start, self.start)  # 细颗粒物(PM2.5)年均浓度
            # 5万套(间)的目标任务: a short gloss of the unit does not end the clause
            c_end = rules.clause_end(self.text, phrases.past_gloss(self.text, fig.end, self.end), self.end)
            p_start = max(c_start, boundary)
            p_start = max([p_start] + [e for e in self.phrase_ends if e <= fig.start])
            prefix_de = self.text[p_start:fig.start].rstrip().endswith("的")
            listed = self.text.rfind("、", p_start, fig.start)
            if listed >= 0 and neighbours.modifies_after(self.text, fig, c_end):
                p_start = listed + 1  # 总投资2.5亿元的甲项目、总投资1亿元的乙项目: items of a list
            after_pos = rules.skip_after(self.text, fig.end, c_end, fig.unit, fig.text)
            next_fig = min([s for s, _ in self.fig_spans if s >= fig.end] + [c_end])
            own_after = after_pos  # a range's low end is no modifier of its own (6至12周岁的小学生)
            high = neighbours.range_high(self.text, self.figures, fig, next_fig, c_end)
            if high is not None:  # 10~12级大风: the low end counts what the high end counts
                after_pos = rules.skip_after(self.text, high.end, c_end, high.unit, high.text)
                next_fig = min([s for s, _ in self.fig_spans if s >= high.end] + [c_end])
            # 3天内领到补贴 / 花了10分钟才通过: what is done within (or only after) a duration, verb and all
            within = fig.kind == "measure" and ("内" in self.text[fig.end:after_pos]
                                                or phrases.only_then(self.text, after_pos, fig.unit))
            # 连续第八次飞行 / 第三十二次获得成功: the N-th time counts the act after it, verb and all
            occurrence = fig.kind == "rank" and fig.unit == "次"
            modified = neighbours.modifier_figure(self.text, self.figures, fig, after_pos, next_fig, c_end)
            next_start = after_pos  # where the next figure's prefix may start
            if modified is not None:  # 1个直径约4公分的操作孔: the count counts the noun after 的
                after, next_start = modified, after_pos
            elif occurrence:
                after = metric_after.within_phrase(self.text, after_pos, min(c_end, next_fig)) or metric_after.after_phrase(
                    self.text, after_pos, min(c_end, next_fig), True, counted=True)
            else:
                after = metric_after.after_phrase(self.text, after_pos, min(c_end, next_fig), prefix_de or within,
                                           counted=fig.kind == "count", doers=_EXISTENTIAL.search(
                                               self.text, max(p_start, fig.start - 4), fig.start) is not None)
            tally = metric_nouns.tally_unit(self.text, fig, c_start)
            if tally is not None:  # 以133金64银42铜高居榜首: the medal is the measure word, not what follows
                after = None
            if after is None and within:
                after = metric_after.within_phrase(self.text, after_pos, min(c_end, next_fig))
            # 用11天时间环游沙漠 / 连续12年保持第一: the act the duration is spent on
            act = phrases.duration_act(self.text, after_pos, min(c_end, next_fig), fig.unit, p_start, fig.start)
            after = act or metric_after.among_act(self.text, self.start, after, c_end) or after  # 76个城市…满足要求
            mark = metric_after.landmark(self.text, after)
            if mark and (rules.trim_prefix(self.text, p_start, fig.start, self.skip, fig.change_base) is not None
                         or (mark == "landmark" and metrics and metrics[-1] is not None)):
                after = None  # 产量突破1000万辆大关: the noun before the figure (or the sentence's), not the mark
            if after is not None and modified is None and fig.kind == "count" and next_fig < c_end \
                    and not neighbours.rank_at(self.figures, next_fig):
                # 41个城市平均优良天数比例为79.1%: the words the next figure measures are not counted
                after = phrases.run_in_head(self.text, after, next_fig, self.skip)
            person_after = after is not None and any(after[0] <= m.start < after[1] and m.label == "PERSON"
                                                     for m in self.mentions)
            if fig.unit == "岁" and after is not None and self.text.startswith("的", after_pos) \
                    and not person_after and not phrases.names_age(self.text, *after):
                after = None  # 十多岁的外孙: the age of the person after it (metric 岁, below)
                metric_age = True
            else:
                metric_age = False
            # 30岁的杜振祥 / 21岁的浙江小将张三以…: a person named in the phrase after the figure
            after_entity = next((m for m in self.mentions
                                 if after and after[0] <= m.start < after[1] and m.label == "PERSON"), None)
            metric, subject = None, None
            if metric_age:
                metric = rules.unit_span(self.text, fig.start, fig.end, fig.unit) or phrases.unit_after(
                    self.text, rules.skip_after(self.text, fig.end, c_end, "", fig.text) + len(fig.unit), fig.unit)
            elif after_entity is not None:  # 30岁的杜振祥: the person is the subject, the unit the metric
                subject = (after_entity.name, (after_entity.start, after_entity.end))
                metric = rules.unit_span(self.text, fig.start, fig.end, fig.unit)
                after = None
            elif after is not None and not self._noun_before(p_start, fig, prefix_de, own_after):
                place = None if after == act else next(  # 环游某沙漠: an act spent, its place and all
                    (m.start for m in self.mentions if after[0] + 2 <= m.start < after[1] and m.label in {"GPE", "LOC"}), None)
                # 选手云集|柳州体育中心: a place is where; the verb before it (河流汇入|黄河) goes with it
                metric = after = phrases.before_verb(self.text, after[0], place) if place else after
                metric = after = metric_nouns.glossed_place(self.text, after, self.end)  # 58个县（市、区）
            else:
                after = None
            if fig.kind == "rank" and after_entity is not None:
                metric = None  # 获得女子组第一名的某某: a rank of the person, in the group before it
            if metric is None and (after_entity is None or fig.kind == "rank"):
                if fig.kind == "rank" and rules.opens_with_rank_cue(self.text, p_start, fig.start) and metrics:
                    metric, subject = metrics[-1], subjects[-1]
                else:
                    # 价格为每500克: the 每 divides, the price before it is what is measured
                    prefix_end = fig.start - 1 if self._per(fig.start) else fig.start
                    metric = rules.trim_prefix(self.text, p_start, prefix_end, self.skip, fig.change_base)
                    if metric_after.landmark(self.text, metric):
                        metric = None  # 客流新高|仅一天: a mark reached alone measures nothing
                    elif metric is not None:  # 首次|突破了: a bound word alone measures nothing
                        metric = bounds.clean_end(self.text, *metric, fig.start)
                    if fig.kind == "rank" and metric is not None:  # 产量增速在十大城市中排名第一
                        metric = rules.ranked_before_scope(self.text, *metric, self.skip) or metric
            those = phrases.those_with(self.text, c_start, fig, self.skip) if fig.kind == "count" else None
            if those is not None:  # 雨量大于50毫米的有28个站点: the stations counted are those with it
                metric = those
            counted_place = metric_nouns.place_unit(self.text, fig, c_end) if after is None else None
            metric = tally or counted_place or metric  # 浙江等10省（市）: the places counted, not the verb before
            if _RESTATED.match(self.text, c_start):  # 95万人，这一数字较去年增加2万
                if metrics:
                    metric, subject = metrics[-1], subjects[-1]
                elif self.told_metric is not None:  # …958万辆的产量。专家预计，这一数字到年底…
                    metric = self.told_metric
            glossed = bool(out) and neighbours.glosses(self.text, indexed[n - 1][1], fig)
            if glossed:  # 风力12级(33米/秒): the same reading in another unit
                metric, subject = metrics[-1], subjects[-1]
            aged = neighbours.age_group_share(self.text, indexed[n - 1][1] if n else None, fig)
            if aged is not None and aged[0] >= c_start:  # 负责人40岁以下占43.14%: the age group's share
                metric = aged
            restates = neighbours.converted(self.text, [f for _, f in indexed[:n]], fig)
            if restates is not None:  # 571亿元人民币（折合81.2亿美元）: the same amount in dollars
                metric, subject = metrics[restates], subjects[restates]
            if n in pairs:
                paired_metric, paired_subject = pairs[n]
                if paired_metric == "earlier":  # 较上年分别增长45%和38%: the earlier claims, in order
                    opened = metric and _SHARE.match(self.text, metric[0], metric[1])
                    if opened:  # 分别占全部项目的40%和62%: shares of one total
                        share = (opened.start("verb"), metric[1])
                    earlier = metrics[paired_subject]  # 分别占项目总数的…和…: each share is of its own figure
                    share_metric = share and (metric_shares.named_share(self.text, share, earlier)
                                              if self.text.startswith("占", share[0]) else share)
                    metric, subject = share_metric or earlier, subjects[paired_subject]
                    if share is not None and topic is not None and subject[0] is None:
                        subject = topic  # the shares are the counted things' own
                else:
                    metric = paired_metric or metric
                    subject = paired_subject or subject
            if metric is None:  # 面积1.9万亩，占任务数1.8万亩的107%: the earlier figure's share
                metric = metric_shares.share_of_earlier(self.text, c_start, fig,
                                                        list(zip((f for _, f in indexed[:n]), metrics)))
            if metric is None and neighbours.share_of_phrase(self.text, self.fig_spans, fig, c_start, self.skip):
                # 完成全年1100万人目标任务的27%: a share of the whole phrase, its figure and all
                metric = rules.trim_prefix(self.text, c_start, fig.start - 1, self.skip)
            restated = neighbours.glossed_optional(self.text, self.figures, fig) if metric is None else None
            if restated is not None:  # 仍有17级（60米/秒）: the noun before the figure glossed
                g_start = max([rules.clause_start(self.text, restated.start, self.start)]
                              + [e for e in self.phrase_ends if e <= restated.start])
                metric = rules.trim_prefix(self.text, g_start, restated.start, self.skip)
            if metric is None:  # 25岁以下青年占比约四成: a rate noun alone before the figure, with its group
                metric = phrases.bare_rate(self.text, p_start, fig.start, c_start)
            place = neighbours.place_prefix(self.text, self.mentions, p_start, fig.start) \
                if metric is None or metric[1] <= fig.start else None
            if place is not None:  # 保定市350毫米、定州市319.7毫米 / 死亡9人（保定市4人，…）: the place is
                subject, metric = (place.name, (place.start, place.end)), None  # whose; what, the figure before's
                if not metrics or metrics[-1] is None:  # 降雨较大市：保定市350毫米: or the list's header
                    metric = neighbours.list_header(self.text, self.start, fig.start, self.fig_spans, self.skip)
            if metric is None and metrics and metrics[-1] is not None:
                metric, subject = metrics[-1], subject or subjects[-1]
            if metric is None and not metrics and self.part_of is not None:
                # …接待人数6.6万人次，收入3709万元。其中，A景区1.5万人次: the whole's metric in that unit
                metric = self.part_of.get(fig.unit)

            if subject is None:
                subject, metric = self._actor(fig, c_start, metric)
            if subject is None:
                subject = claim_subjects.clause_subject(
                    self.text, fig.start, c_start, s_start=self.start, mentions=self.mentions,
                    fig_spans=self.fig_spans, article_subject=self.article_subject,
                    valid=self.subject_candidates, skip=self.opening_skip)
                if subject[1] is None and self.told is not None:
                    subject = self.told  # X新收案件1.2万件；审结9800件: clauses after ； go on with X
                if n in pairs and pairs[n][1] is None and subject[1] is not None and metric is not None \
                        and subject[1][0] <= metric[0] < subject[1][1]:
                    subject = (self.article_subject, None)  # 一产、二产…用电量分别…: the list is what, not who
            if metric is not None and metric[1] <= fig.start and metric in self.empty_metrics:
                # 去年全市为…: a time or a reference (全市) says nothing of what is measured; the
                # sentence's last metric goes on (…85万客流，昨日达到88万人次)
                metric = metrics[-1] if metrics else None
            if metric is None and not metrics and self.told_metric is not None and fig.change:
                metric = self.told_metric  # …贷款余额820亿元；前三季度增加64亿元: the same stock
            if metric is None and not any(metrics):  # 经费增长近一倍，2019年达到1336亿元
                metric = phrases.previous_clause_noun(self.text, c_start, self.start, self.skip, self.fig_spans)
            metric = self._refine(fig, metric, c_start, p_start, c_end, within)
            if metric is not None and metric[1] <= fig.start and not fig.unit == "岁":
                metric = metric_subjects.past_listed_subject(self.text, *metric)  # 甲、乙等三省|已收获
            if metric is not None and (metric[1] <= fig.start or metric[0] >= fig.end):
                metric = bounds.clean_end(self.text, *metric, fig.start if metric[1] <= fig.start else c_end)
                metric = metric and bounds.noun_tail(self.text, *metric, after_figure=metric[0] >= fig.end)
                if metric and metric[1] <= fig.start:
                    metric = bounds.past_adverbial(self.text, *metric)
                metric = metric and bounds.balanced(self.text, *metric, fig.start if metric[1] <= fig.start else c_end)
                metric = metric and bounds.share_noun(self.text, *metric)  # 占生猪存栏的猪群比为 -> 猪群比
            if metric is not None and metric[1] <= fig.start and not fig.unit == "岁":
                metric = phrases.past_tally_adverb(self.text, *metric)  # 快递企业共处理 -> 处理
                light = phrases.from_light_verb(self.text, *metric)  # 实现营业收入; else 商贸企业|销售额
                metric = phrases.rate_with_group(self.text, *(light if light != metric else metric_nouns.past_holder(
                    self.text, *metric)), c_start)
                metric = metric_nouns.route_measure(self.text, *metric, any(m.end == metric[0] for m in self.mentions))
            if fig.kind == "rank" and metric is not None and metric[1] - metric[0] > bounds.MAX_METRIC:
                cue = rules.closing_rank_cue(self.text, *metric)
                metric = cue or metric  # 这是该支队在获得…专项行动排名第一: what ranks is 排名
            glossed_by = candidates.bracketed_by(self.text, fig.start, self.mentions)
            if glossed_by is not None:  # 日本（七金）、韩国（四金）: each the name's before its bracket
                subject = (glossed_by.name, (glossed_by.start, glossed_by.end))
            if subject[0] is None and topic is not None and metric != topic[1]:
                # 工业项目12个,投资总额56亿元 in an article that names no place (我市…): the
                # projects' investment (where a place is named, our golden sets keep the place)
                subject = topic
            elif self._counted_topic(fig, c_start, metric):
                topic = (self.text[metric[0]:metric[1]], metric)
            if metric is not None and metric[1] - metric[0] == 1 and phrases.modifier_alone(self.text[metric[0]:metric[1]]):
                # 销售6918辆，远不及去年同期的16260辆: an adverb alone measures nothing; the last metric goes on
                metric = metrics[-1] if metrics else None
            metrics.append(metric)
            subjects.append(subject)
            if not self._per(fig.start):  # 每500克 does not end the phrase of the price after it
                boundary = next_start if modified is not None else after[1] if after else fig.end
            if metric is None and fig.kind == "measure":
                metric = phrases.empty_noun_after(self.text, after_pos, c_end)  # 短短六天的时间
            time = self._time(fig, c_start, c_end)
            if glossed:
                time = out[-1].time_span and claim_times.TimeWord(*out[-1].time_span, out[-1].time,
                                                                  out[-1].time_value)
            change = self._change(fig, c_start, out)
            out.append(ClaimMatch(
                figure_index=index, metric=metric, subject=places.canonical(subject[0]), subject_span=subject[1],
                time=self.text[time.start:time.end] if time else None,
                time_span=(time.start, time.end) if time else None,
                time_value=time.value if time else None,
                change=change, change_base=fig.change_base or changes.base_between(self.text, c_start, fig.start),
                source=self.source, sentence=(self.start, self.end),
            ))
        return out

    def _actor(self, fig, c_start: int, metric):
        """(subject, metric) from the noun phrase opening the figure's clause before its verb
        (:mod:`pipeline.claims.actors`): 制造业企业享受…减免税额 is about 制造业企业. A phrase
        that is one named mention, or opens with a place or reference (全市中小学, 郑州市企业),
        is left to the mentions; a metric that swallowed the phrase loses it."""
        actor = actors.clause_actor(self.text, c_start, fig.start, self.opening_skip)
        if actor is None:
            return None, metric
        a, b = actor
        for m in self.mentions:
            if (m.start, m.end) == actor or (m.start == a and m.label in _PLACE_LABELS):
                return None, metric
        if metric is not None and metric[0] < b < metric[1] and metric[1] <= fig.start:
            rest = (b, metric[1])
            metric = rest if rest[1] - rest[0] >= 2 else metric
        elif metric is not None and metric[0] < b and metric[1] <= b:
            return None, metric  # the phrase is the metric itself (群众满意率达95%)
        return (self.text[a:b], actor), metric

    def _counted_topic(self, fig, c_start: int, metric) -> bool:
        """True when the figure's clause is only a noun phrase and its count (工业项目12个):
        the things counted are what the sentence's next figures describe, up to the next such clause."""
        if fig.kind != "count" or metric is None or metric[1] > fig.start or len(self.fig_spans) < 2:
            return False
        head = self.text[c_start:metric[0]].strip(" ,，")
        gap = self.text[metric[1]:fig.start].strip()
        timed = any(t.start >= c_start and t.end <= metric[0] for t in self.times)
        holder = actors.holder(self.text, *metric)  # 项目, 企业…: things that have figures of their own
        return holder and (not head or timed) and gap in {"", "共", "达"}

    def _time(self, fig, c_start: int, c_end: int):
        """The time of the figure's own clause (before it, else after it: 8所将于8月底前完工),
        else the first time of the sentence before it. Times are DATE entities and clause
        time words (此前, 届时); datelines, sources and comparison bases are not times."""
        target = next((d for d in self.target_times if d.end == fig.start), None)
        stated = [d for d in self.own_times if d.end <= fig.start] + ([self.carried] if self.carried else [])
        if target is not None and not any(claim_times.names_year(d) for d in stated):
            return target  # 一季度…完成全年1100万人目标任务: the target's own period (after 2019年, it is 2019年)
        attached = claim_times.attached(self.text, self.times, fig.start)
        if attached is not None:  # 相较2015年的8.4万人: a base for the sentence, the time of its own figure
            return attached
        times = time_scopes.outside_asides(self.text, self.own_times, fig.start)
        before = [d for d in times if d.end <= fig.start]
        in_clause = [d for d in before if d.start >= c_start]
        # 截至8月底，全市今年已建成…: a bare year in the clause restates the sentence's period
        if in_clause and not claim_times.restates_year(in_clause[-1], before):
            return claim_times.whole_year_of(in_clause[-1], self.carried)
        later = [d for d in times if fig.end <= d.start and d.end <= c_end
                 and not any(fig.end <= s < d.start for s, _ in self.fig_spans)]
        if later:
            return later[0]
        if before:  # 自2020年以来…，目前已发掘300余座，出土文物2000余件: the latest time stated
            return claim_times.whole_year_of(claim_times.period_last(self.text, before), self.carried)
        return self.carried

    def period(self):
        """The time this sentence states for what follows it (its first time that is no
        comparison base, a stated period before a reporting date), or None."""
        return claim_times.period(self.text, self.start, self.dates, self.stated, [s for s, _ in self.fig_spans])

    def _change(self, fig, c_start: int, earlier: list[ClaimMatch]) -> str | None:
        """The direction asserted in the clause before the figure (claims' cue table on top of
        the figure's); a 其中 part with no verb of its own takes its total's change."""
        if fig.kind == "rank" or changes.rate_in_modifier(self.text, c_start, fig.start):  # 增速位居第2位
            return changes.moved_to(self.text, c_start, fig.start)  # moves nowhere, unless 跃升至第12位
        seen, direction = changes.change_in(self.text, c_start, fig.start)
        if direction is None:
            pace = changes.pace_change(self.text, c_start, fig.start)
            if pace:
                return pace
        named = not seen and fig.kind == "percent" and changes.rate_named_after(self.text, fig.end)
        if named:  # 保持20%的增长速度: the words after the figure name it a growth rate
            return named
        if not seen:
            if self.text[c_start:fig.start].lstrip(" ,").startswith("其中") and earlier and "占" not in self.text[
                    c_start:fig.start]:  # (其中国产影片占比82.7%: a share moves with no total)
                total = earlier[-1]
                return total.change
            if fig.change and not self._noun_cue(c_start, fig.start):
                return fig.change
            # 失业率为4.9%，同比略有下降: the clause after the level says which way it moved
            return changes.level_moved(self.text, rules.skip_after(self.text, fig.end, self.end, fig.unit, fig.text))
        return direction

    def _noun_cue(self, start: int, end: int) -> bool:
        """True when every change character of the clause sits in a cue-bearing noun (减税)."""
        return not changes.change_in(self.text, start, end)[0]

    def _per(self, start: int) -> bool:
        """每500克3.62元: a figure after 每 divides the next one, it does not end its phrase."""
        return self.text[max(self.start, start - 1):start] == "每"

    def _refine(self, fig, metric, c_start: int, p_start: int, c_end: int, within: bool):
        """The metric's last cuts by the figure's kind: an age measures age (78岁: 岁), a
        duration after V了 measures the verb (住了40多年)."""
        text = self.text
        if text.startswith("连续", fig.start - 2) and phrases.is_duration(fig.unit) and any(
                fig.end < s < c_end for s, _ in self.fig_spans):  # 装机已连续14年位居第一: how long a level held
            return rules.trim_prefix(text, p_start, fig.start - 2, self.skip) or metric
        grouped = metric is not None and metric[0] >= fig.end and not neighbours.modifies_after(text, fig, c_end)
        if fig.unit == "岁" and not grouped:  # 20至39岁人群达标率: the age bounds a group, it is no claim of age
            unit = rules.unit_span(text, fig.start, fig.end, fig.unit) or phrases.unit_after(
                text, rules.skip_after(text, fig.end, c_end, "", fig.text) + len(fig.unit), fig.unit)
            return phrases.age_metric(text, metric, unit)
        lasting = None if within else phrases.lasting_verb(text, p_start, fig.start, fig.unit)
        return lasting or metric

    def _noun_before(self, p_start: int, fig, prefix_de: bool, after_pos: int) -> bool:
        """年化利率低至2.88%的专属车贷产品: a noun phrase right before the figure (verbs and
        qualifiers aside) is what it measures; the words after the unit only qualify it."""
        pre = rules.trim_prefix(self.text, p_start, fig.start, self.skip, fig.change_base)
        gap = self.text[pre[1]:fig.start].strip(" \"“”") if pre is not None else None
        if pre is None or not gap and self.text.endswith(metric_nouns.measure_nouns(), pre[0], pre[1]):
            return pre is not None  # 时速250公里高标运营: a measure's name right before its value
        # a copula or bound between them (利率低至 / 价格为), or before 的 (总投资2.5亿元的…项目), not a share
        # (全城40%的机动车 is 40% of the vehicles) nor a duration (为期三天的会议 is the meeting); 已有: the thing had
        modifier = self.text.startswith("的", after_pos) and (
            (phrases.qualifier_gap(gap) and fig.kind != "percent" and not phrases.is_duration(fig.unit))
            or phrases.verb_gap(gap))  # 失业率保持在4.2%左右的较低水平: the noun is the predicate's
        if not (modifier or rules.predicate_gap(gap)):
            return False
        if modifier and not rules.predicate_gap(gap) and any(a <= pre[0] and pre[1] <= b for a, b in self.skip):
            return False  # 全国第五的…指数: a scope or a name before the figure is no metric
        words = word_tags(self.text[pre[0]:pre[1]])
        return bool(words) and words[-1][1] in ({"n", "nz", "ng", "an", "vn"} if modifier else {"n", "nz", "ng", "an"})

    def _compared(self, date) -> bool:
        """较上年, 比去年同期, 与2020年相比: a comparison base, not the time of the figure."""
        return compared(self.text, self.start, self.dates, date)

