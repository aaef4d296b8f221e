"""Claim subject candidates: the names and references a sentence offers as its figures' subject.

Split from :mod:`pipeline.claims.subjects`, which chooses among them. :func:`mentions`
lists, in text order, named entities (a body named by its level alone written as its
place: :func:`pipeline.claims.scopes.level_body_name`; a place grown over the holders or
project name it opens, 苏州A股上市公司, and over the system of bodies after it, 浙江公安机关),
and references with what they point to: 全国法院 (the country's courts), 全省/我市 (the
article's place of that level), 县里, 全镇 (the town named before), 该区/该公司 (the
last such name before). A reference the article never resolves (全省 with no province
named) is kept with an empty name: the page's place fills it in.
"""

from __future__ import annotations

import re
from operator import itemgetter

from pipeline.claims import candidates, scopes
from pipeline.claims.deictics import Mention, deictic_mentions
from pipeline.claims.named_things import thing_name_end
from pipeline.claims.places import canonical, town_words
from pipeline.entities.tagger_fixes import title_after

#: Entity labels that can be a claim's subject (DATE and the like cannot).
SUBJECT_LABELS = frozenset({"GPE", "ORG", "LOC", "PERSON", "PROGRAM", "WORK"})
#: Country-level words such as 全国 compare (全国第五, 高于全国) rather than name the subject,
#: unless they open the figure's clause (全国居民人均可支配收入…: :func:`_scope_ok`).
_SCOPE_WORDS = frozenset({"全国", "全球", "世界"})
#: 该区 / 此县 / 本市: a deictic word and the level suffix it repeats.
_DEICTIC = re.compile(r"^[该此本](.)$")


def mentions(entities: list, references: list, place: dict[str, str] | None = None,
             text: str | None = None) -> list[Mention]:
    """Subject candidates in text order: named entities, resolved references (not 全国) and,
    given the text, deictic references to a body named before (该公司)."""
    place = scopes.level_places(references, place)
    found = [m for m in (Mention(e.start, e.end, _body_place(e, place), e.label) for e in entities
                         if getattr(e, "label", "DATE") in SUBJECT_LABELS) if not candidates.fragment(m)]
    if text is not None:  # 沈|女士: a surname the tagger kept alone is named with its title
        found = [_addressed(text, m) for m in found]
    if text is not None:  # 苏州A股上市公司, X高速长沙段扩容工程: the holder a name opens
        dates = [e.start for e in entities if getattr(e, "label", "DATE") == "DATE"]
        found = [_holder_phrase(text, m, dates) for m in found]
        found = [_with_body(text, m) for m in found]  # 浙江公安机关: the province's police
    found = _nested_places(found)
    if text is not None and "里" in text:  # 县里将新建…: the article's county, as 全县 would be
        taken = [(e.start, e.end) for e in entities]
        found += [Mention(m.start(), m.end(), (place or {}).get(m.group(1), ""), "REF")
                  for m in _LOCAL_WORD.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
    if text is not None and ("镇" in text or "乡" in text):  # 全镇辖13个行政村: the town named before
        taken = [(e.start, e.end) for e in entities]
        found += [Mention(a, b, town, "REF") for a, b, town in town_words(text, entities)
                  if not any(x < b and a < y for x, y in taken)]
    if text is not None and "地区" in text:  # 东部地区, 东、中、西部地区: regions of the country
        taken = [(e.start, e.end) for e in entities] + [(r.start, r.end) for r in references]
        named_ends = {e.end for e in entities if getattr(e, "label", "") in {"GPE", "LOC", "ORG"}} | {
            r.end for r in references}
        found += [m for m in compass_regions(text, named_ends)
                  if not any(a < m.end and m.start < b for a, b in taken)]
    if text is not None and ("该" in text or "此" in text or "公司" in text or "集团" in text):
        taken = [(e.start, e.end) for e in entities]
        found += [m for m in deictic_mentions(text, entities)
                  if not any(a < m.end and m.start < b for a, b in taken)]
    for ref in references:
        if ref.text in _SCOPE_WORDS:
            if ref.refers_to:  # 全国 -> 中国: a subject only where it opens the figure's phrase (_scope_ok)
                body = scopes.scope_body(text, ref.text, ref.end) if text is not None else None
                if body:  # 全国法院, 全国铁路: the country's courts, its railway
                    found.append(Mention(ref.start, ref.end + len(body), ref.refers_to + body, "SCOPE"))
                else:
                    found.append(Mention(ref.start, ref.end, ref.refers_to, "SCOPE"))
            continue
        named = _PLACE_WORD.fullmatch(ref.text) and next(
            (e for e in entities if getattr(e, "label", "") == "GPE" and e.end == ref.start), None)
        # 桐乡全市户籍人口: the 全市 of the place written right before it
        target = (canonical(named.text) if named else None) or _resolve_deictic(ref, entities) or ref.refers_to \
            or _placed(ref.text, place)
        body = target and text is not None and scopes.scope_body(text, ref.text, ref.end)
        if body:  # 全市法院, 全省公安经侦部门: the place's courts, its police
            found.append(Mention(ref.start, ref.end + len(body), canonical(target) + body, "REF"))
        elif target:
            found.append(Mention(ref.start, ref.end, target, "REF"))
        elif _PLACE_WORD.fullmatch(ref.text):  # 全省 in an article that never names its province
            found.append(Mention(ref.start, ref.end, "", "REF"))
    return sorted(found, key=itemgetter(0, 1))  # (start, end); stable, as before


#: A compass point naming a region (东部, 东北); a list of them shares one 部地区 (东、中、西部地区).
_POINT = "(?:东北|西北|东南|西南|东|西|南|北|中)"
_REGIONS = re.compile(rf"(?:{_POINT}部?[、和与及])*{_POINT}部?地区")
_REGION_ITEM = re.compile(rf"({_POINT})部?")


def compass_regions(text: str, named_ends: set[int] = frozenset()) -> list[Mention]:
    """The country's regions named by compass points, each a place of its own: 东部地区, and each
    item of a list sharing its head (东、中、西部地区 -> 东部地区, 中部地区, 西部地区). Not a
    region of the place or reference written right before it (``named_ends``: 郑州西部地区 is
    the city's; 我国东部地区 is read with its reference)."""
    found = []
    for m in _REGIONS.finditer(text):
        if m.start() in named_ends:
            continue
        for item in _REGION_ITEM.finditer(text, m.start(), m.end() - 2):
            last = item.end() >= m.end() - 3  # 西部 of 西部地区: the item that carries the head
            point = item.group(1)
            name = point + ("地区" if len(point) == 2 and not item.group().endswith("部") else "部地区")
            found.append(Mention(item.start(), m.end() if last else item.end(), name, "LOC"))
    return found


#: Levels a place name ends with when the next place written right after it lies inside it
#: (海南藏族自治州|兴海县, 榆林市|榆阳区, 江苏省|南京市).
_HOLDING_LEVEL = ("省", "市", "州", "盟", "地区", "自治区")


def _addressed(text: str, mention: Mention) -> Mention:
    """A one-character person (a surname: 沈 of 沈女士) grown over the title written after it;
    a surname alone names no one."""
    if mention.label != "PERSON" or mention.end - mention.start != 1:
        return mention
    title = title_after(text, mention.end)
    if not title:
        return mention
    return Mention(mention.start, mention.end + len(title), text[mention.start:mention.end + len(title)], "PERSON")


def _nested_places(found: list[Mention]) -> list[Mention]:
    """A place written with the place that holds it (海南藏族自治州兴海县) is one subject, named
    as the page writes it: GUIDELINES annotate the longest name."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == m.start and prev.label == "GPE" and m.label in {"GPE", "LOC"}
                and prev.name.endswith(_HOLDING_LEVEL)):
            out[-1] = Mention(prev.start, m.end, prev.name + m.name, m.label)
            continue
        out.append(m)
    return out


def _body_place(entity, place: dict[str, str] | None) -> str:
    """The name a subject uses for an entity: a body named by its level alone (市公安局) is the
    body of the article's place of that level (:func:`scopes.level_body_name`); else its text."""
    if getattr(entity, "label", "") != "ORG":
        return entity.text
    return scopes.level_body_name(entity.text, place)


def _resolve_deictic(ref, entities: list) -> str | None:
    """该区 / 此县: the last named place before it with the same level suffix (郑州经开区)."""
    m = _DEICTIC.match(ref.text)
    if not m:
        return None
    for ent in reversed(entities):
        if ent.end <= ref.start and getattr(ent, "label", "") in {"GPE", "LOC"} and ent.text.endswith(m.group(1)):
            return ent.text
    return None


def _placed(word: str, place: dict[str, str] | None) -> str | None:
    """全省/我省 -> the article's province, 全市/我市 -> its city (see :func:`article_place`)."""
    if not place or word.startswith(("该", "此")):
        return None
    return next((v for k, v in place.items() if word.endswith(k)), None)


def _with_body(text: str, mention: Mention) -> Mention:
    """A place grown over the system of bodies written after it (浙江|公安机关 -> 浙江公安机关)."""
    body = scopes.place_body(text, mention)
    if body is None:
        return mention
    return Mention(mention.start, mention.end + len(body), canonical(mention.name) + body, "ORG")


def _holder_phrase(text: str, mention: Mention, dates: list[int] = ()) -> Mention:
    """The mention grown over the project's name it opens (:func:`thing_name_end`: 成寿寺 of
    成寿寺集体土地建设租赁住房项目); places, bodies and people after a place stay the place's."""
    if mention.label not in {"GPE", "LOC", "ORG"}:
        return mention
    end = thing_name_end(text, mention.end, dates)
    if end is None:
        return mention
    return Mention(mention.start, end, mention.name + text[mention.end:end], mention.label)


#: A colloquial reference to the article's own place by its level (县里, 区里, 省里), not 城市里 or 夜市里.
_LOCAL_WORD = re.compile(r"(?<![城都夜早超闹集街门花菜鱼股])([省市县区])里(?![程弄])")
#: A reference to the article's own place by its level (全省, 我市, 本县): the place, named or not.
_PLACE_WORD = re.compile(r"[全我本][省市县区州]")
