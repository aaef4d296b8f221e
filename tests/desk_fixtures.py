"""Run folders for the desk tests: dumps written here, run through the real pipeline.

Claims are built here from the pipeline's figures (one claim per figure,
its sentence, a few characters before it as metric), so the desk tests do
not depend on the claim extractor's output.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import schema

#: A small page of our own: two articles, figures with changes, a list.
DUMP = (
    "新区交通建设提速\n\n"
    "本报讯(记者 王小明)记者从滨河市交通运输局获悉,今年一至四月,全市完成交通投资48.6亿元,"
    "同比增长15.2%。新开通公交线路12条,日均客运量达36万人次。\n\n"
    "据统计,全市新能源公交车占比提升至87%,较上年提高6个百分点。\n\n"
    "湖畔书屋迎来读者\n\n"
    "本报记者 李青\n\n"
    "滨河市今年新建城市书屋25家,累计接待读者[12]万人次,满意率达98.5%。\n"
)

#: Markup and script in article text: must show as text, run nothing.
HOSTILE = (
    "测试<script>window.__pwned=1;alert(1)</script>标题\n\n"
    "本报讯 某市今年新建公园<img src=x onerror=\"window.__pwned=2;alert(2)\">12个,"
    "市民满意率达95%。</script><script>window.__pwned=3</script>[bold red]x[/] &amp; 完\n"
)

#: Terminal control sequences in article text: OSC title and hyperlink, CSI clear screen, BEL, C1 CSI.
CONTROL = (
    "标题\x1b]0;pwned-title\x07新闻\n\n"
    "本报讯 某市今年新建\x1b[2J公园12个,\x1b]8;;http://evil.example/\x1b\\点此\x1b]8;;\x1b\\"
    "市民满意率达95%。\x07\x9b31m完\x1b[0m\n"
)
#: What may never reach a terminal from the input.
CONTROL_CHARS = "\x1b\x07\x9b\x9d\x00"


def article_claims(article: schema.ArticleRecord) -> list[schema.Claim]:
    """One claim per figure that has a sentence; metric = up to 4 characters before the figure."""
    sentences = {s.id: s for p in article.paragraphs for s in p.sentences}
    claims = []
    for number, figure in enumerate(article.figures):
        sentence = sentences.get(figure.sentence_id or "")
        if sentence is None:
            continue
        metric = None
        if not sentence.pieces and figure.start > sentence.start:
            start = max(sentence.start, figure.start - 4)
            text = sentence.text[start - sentence.start:figure.start - sentence.start]
            metric = schema.ClaimPart(start=start, end=figure.start, text=text)
        claims.append(schema.Claim(
            id=f"{article.id}-c{number}", article_id=article.id, figure_id=figure.id, figure=figure,
            metric=metric, subject=_subject(article) if number % 2 == 0 else None,
            change=figure.change, change_base=figure.change_base,
            sentence=schema.Span(start=sentence.start, end=sentence.end, text=sentence.text, pieces=sentence.pieces),
        ))
    return claims


def _subject(article: schema.ArticleRecord) -> schema.ClaimPart | None:
    """滨河市 where the article first writes it, as a claim subject (None where it does not)."""
    paragraph = next((p for p in article.paragraphs if "滨河市" in p.text and not p.pieces), None)
    if paragraph is None:
        return None
    start = paragraph.start + paragraph.text.index("滨河市")
    return schema.ClaimPart(start=start, end=start + 3, text="滨河市")


def process_file(path: Path, pipeline_claims: bool = False) -> list[schema.ArticleRecord]:
    """Every article of a file as `zhnews run` would make it, claims filled in here.

    With ``pipeline_claims``, the pipeline's own claims are kept when it made
    any (the browser tests and screenshot show real output once claims land).
    """
    from pipeline.text.ingest import Dump, read_inputs
    from pipeline.run import Settings, cached_nlp, process_dump

    settings = Settings()
    articles = []
    for dump in read_inputs([str(path)]):
        assert isinstance(dump, Dump), dump
        articles += process_dump(dump, cached_nlp(settings), settings)
    if pipeline_claims and any(article.claims for article in articles):
        return articles
    for article in articles:
        article.claims = article_claims(article)
    return articles


def write_run(out_dir: Path, articles: list[schema.ArticleRecord],
              warnings: list[schema.ConsistencyWarning] = ()) -> Path:
    """A run folder holding these records, as `zhnews run` lays it out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "articles.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    claims = [c for a in articles for c in a.claims]
    (out_dir / "claims.jsonl").write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    (out_dir / "errors.jsonl").write_text("", encoding="utf-8")
    (out_dir / "warnings.jsonl").write_text("".join(w.model_dump_json() + "\n" for w in warnings), encoding="utf-8")
    (out_dir / "manifest.json").write_text(json.dumps({"counts": {"articles": len(articles)}}), encoding="utf-8")
    return out_dir


def sample_run(tmp: Path, text: str = DUMP, name: str = "page.txt", with_warning: bool = True,
               pipeline_claims: bool = False) -> Path:
    """Write ``text`` as a dump under ``tmp``, run it, and write the run folder ``tmp/out``."""
    dump = tmp / name
    dump.write_text(text, encoding="utf-8")
    articles = process_file(dump, pipeline_claims)
    claims = [c for a in articles for c in a.claims]
    warnings = []
    if with_warning and len(claims) >= 2:
        warnings.append(conflict_of(claims[0], claims[1]))
    return write_run(tmp / "out", articles, warnings)


def conflict_of(*claims: schema.Claim, metric: str = "<b>投资</b> & 客运") -> schema.ConsistencyWarning:
    """A conflict warning naming these claims, each its own value; markup in the metric (must stay text)."""
    values = [schema.WarningValue(text=c.figure.text, claim_ids=[c.id]) for c in claims]
    return schema.ConsistencyWarning(
        kind="conflict", claim_ids=sorted(c.id for c in claims), metric=metric, subject="滨河", period="2026",
        unit="", values=values, message=f"滨河的“{metric}”：{'、'.join(c.figure.text for c in claims)} 不一致")
