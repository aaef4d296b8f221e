"""The report in a real headless browser: loads clean, filters, sorts, jumps, runs no hostile text.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs
them) and the ``selenium`` package (dev extra); skipped cleanly without them.
``ZHNEWS_UPDATE_SCREENSHOT=1`` writes the screenshot to ``docs/report.png``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desk_fixtures import HOSTILE, process_file, sample_run, write_run

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PAGE = ROOT.parent / "shared" / "corpus" / "000_f7424fac7e755dc0.txt"
SCREENSHOT = ROOT / "docs" / "report.png"


def _binary(*names: str) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    chromium = _binary("chromium", "chromium-browser", "google-chrome")
    chromedriver = _binary("chromedriver")
    if not (chromium and chromedriver):
        missing = "chromium or chromedriver is not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):  # .ci/run installs them: in CI a missing browser is a failure, not a skip
            pytest.fail(missing)
        pytest.skip(missing)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=chromedriver)
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The sample dump, plus the corpus page when ../shared is here, as one report."""
    from pipeline.desk.report import write_report

    tmp = tmp_path_factory.mktemp("report")
    out = sample_run(tmp, pipeline_claims=True)
    if CORPUS_PAGE.is_file():
        from pipeline.desk.check import load_desk

        desk = load_desk(out)
        corpus = process_file(CORPUS_PAGE, pipeline_claims=True)
        write_run(out, [*desk.articles.values(), *corpus], desk.warnings)
    path = tmp / "report.html"
    write_report(out, path)
    return path


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory) -> Path:
    """The README's first run: data/raw, whose pages show every kind of warning."""
    from pipeline.batch.run_batch import run_batch
    from pipeline.desk.report import write_report

    tmp = tmp_path_factory.mktemp("samples")
    run_batch([str(ROOT / "data" / "raw")], tmp / "out")
    path = tmp / "report.html"
    write_report(tmp / "out", path)
    return path


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    from pipeline.desk.report import write_report

    tmp = tmp_path_factory.mktemp("hostile")
    path = tmp / "hostile.html"
    write_report(sample_run(tmp, HOSTILE, "hostile.txt"), path)
    return path


def _open(driver, path: Path):
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(path.as_uri())
    return driver


def _visible_rows(driver) -> list:
    from selenium.webdriver.common.by import By

    return [r for r in driver.find_elements(By.CSS_SELECTOR, "#claims tbody tr") if r.is_displayed()]


def test_page_loads_without_console_errors(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    assert errors == []
    assert driver.find_element(By.ID, "claim-count").text.endswith("条断言")
    assert len(_visible_rows(driver)) >= 5


def test_filter_narrows_rows(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    before = len(_visible_rows(driver))
    box = driver.find_element(By.ID, "claim-filter")
    box.send_keys("书屋")
    after = _visible_rows(driver)
    assert 0 < len(after) < before
    assert all("书屋" in row.text for row in after)
    box.clear()
    box.send_keys("zzz-no-such-claim")
    assert _visible_rows(driver) == []


def test_header_click_sorts_by_value(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    header = driver.find_element(By.CSS_SELECTOR, "#claims th[data-key=value]")
    cells = lambda: [float(c.get_attribute("data-sort"))
                     for c in driver.find_elements(By.CSS_SELECTOR, "#claims tbody td.col-value")]
    header.click()
    assert cells() == sorted(cells()) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert cells() == sorted(cells(), reverse=True) and header.get_attribute("aria-sort") == "descending"


def test_claim_click_highlights_its_sentence(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    row = driver.find_elements(By.CSS_SELECTOR, "#claims tbody tr")[-1]
    figure_id = row.get_attribute("data-fig")
    row.find_element(By.CSS_SELECTOR, "td.col-metric").click()
    targets = driver.find_elements(By.CSS_SELECTOR, ".sent.target")
    assert len(targets) == 1
    figure = targets[0].find_element(By.CSS_SELECTOR, ".fig.target-fig")
    assert figure.get_attribute("data-fig") == figure_id
    in_view = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", targets[0])
    assert in_view
    assert "selected" in row.get_attribute("class")


def test_location_cells_stay_on_one_line(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    driver.set_window_size(900, 900)  # narrow: the sentence column wraps, the location must not
    try:
        for code in driver.find_elements(By.CSS_SELECTOR, "#claims td.col-where code")[:20]:
            lines = driver.execute_script("return arguments[0].getClientRects().length", code)
            assert lines == 1, code.text
    finally:
        driver.set_window_size(1280, 900)


def test_warning_link_goes_to_its_claim(driver, report):
    from selenium.webdriver.common.by import By

    _open(driver, report)
    links = driver.find_elements(By.CSS_SELECTOR, "#warnings a.to-claim")
    if not links:
        pytest.skip("no warning in this report")
    claim_id = links[0].get_attribute("href").rsplit("#c-", 1)[1]
    assert ":" in links[0].text and claim_id not in links[0].text  # a place, not a hash id
    links[0].click()
    row = driver.find_element(By.ID, "c-" + claim_id)
    assert "selected" in row.get_attribute("class")


def test_screenshot(driver, samples_report, tmp_path):
    _open(driver, samples_report)
    driver.set_window_size(1100, 900)
    target = SCREENSHOT if os.environ.get("ZHNEWS_UPDATE_SCREENSHOT") == "1" else tmp_path / "report.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size < 300_000
    driver.set_window_size(1280, 900)


def test_hostile_dump_runs_nothing(driver, hostile_report):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    _open(driver, hostile_report)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    page_text = driver.find_element(By.ID, "articles").text
    assert "<script>window.__pwned=1;alert(1)</script>" in page_text
    assert "onerror=" in page_text
    assert driver.find_elements(By.CSS_SELECTOR, "#articles img, #articles script") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 2  # the data block and ours
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
