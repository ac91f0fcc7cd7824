"""report.html in a real headless Chromium: loads cleanly, shows the entities, sorts, searches, draws."""
import os
import shutil
from pathlib import Path

import pytest

from conftest import ANALYST_ARTICLES
from pipeline import analysis
from pipeline.dataframes import load
from pipeline.report import page_id

# The system's Chromium (Debian package `chromium`); Playwright's own browser downloads are not used.
CHROMIUM = os.environ.get("NHS_EXTRACT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = os.environ.get("NHS_EXTRACT_SCREENSHOTS")  # a folder to keep the screenshots in, if set

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not CHROMIUM:
    pytest.skip("no Chromium found: install it (apt-get install chromium) or set NHS_EXTRACT_CHROMIUM to its path",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, analyst_outputs):
    """The report open on its corpus page; `page.problems` collects console errors and page errors."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: not r.url.startswith(("file:", "data:")) and page.problems.append(f"fetch {r.url}"))
    page.goto((analyst_outputs / "report.html").as_uri())
    yield page
    page.close()


def screenshot(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(SCREENSHOTS) / path.name)
    print(f"screenshot: {path}")
    return path


def test_corpus_page_loads_cleanly_and_shows_the_entities(page, analyst_outputs, tmp_path):
    tables = load(analyst_outputs)
    assert page.locator("#corpus").is_visible()
    table = page.locator("#entity-table")
    for name in tables.entities.sort_values("n_mentions", ascending=False)["canonical"].head(5):
        assert table.get_by_role("cell", name=name, exact=True).first.is_visible(), name
    assert screenshot(page, tmp_path, "report-corpus").stat().st_size > 10_000
    assert page.problems == []


def test_entity_table_sorts_and_searches(page, analyst_outputs):
    entities = load(analyst_outputs).entities
    rows = page.locator("#entity-table tbody tr")
    assert rows.count() == len(entities)
    page.locator("#entity-table th", has_text="mentions").click()  # numbers sort largest first
    assert int(rows.first.locator("td").nth(2).inner_text()) == entities["n_mentions"].max()
    page.locator("#entity-table th", has_text="name").click()  # text sorts A to Z
    names = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert names == sorted(names, key=str.lower)
    page.fill("#entity-filter", "improvement")
    visible = page.locator("#entity-table tbody tr:visible")
    expected = entities.apply(lambda e: "improvement" in " ".join(map(str, e)).lower(), axis=1).sum()
    assert 0 < visible.count() == expected < len(entities)
    assert all("improvement" in visible.nth(i).inner_text().lower() for i in range(visible.count()))
    assert page.problems == []


def test_collaboration_graph_has_a_node_per_organisation(page, analyst_outputs):
    pairs = analysis.collaborations(load(analyst_outputs))
    organisations = set(pairs["id_a"]) | set(pairs["id_b"])
    graph = page.locator("#collaboration-graph")
    assert graph.is_visible()
    assert graph.locator("circle").count() == len(organisations) > 1
    assert graph.locator("line").count() == len(pairs)
    assert graph.get_by_text("NHS Improvement", exact=True).is_visible()


def test_article_page_highlights_entities_beside_its_figures_and_relations(page, tmp_path):
    article = page_id(ANALYST_ARTICLES[0][:-4])
    page.click(f'nav a[href="#{article}"]')
    section = page.locator(f"#{article}")
    # the page shows the article on the hash change, a moment after the click: wait for it, not a fixed time
    sync_api.expect(section).to_be_visible()
    sync_api.expect(page.locator("#corpus")).to_be_hidden()
    marks = section.locator("mark.entity.ent-ORG", has_text="NHS England")
    assert marks.count() > 0 and marks.first.is_visible()
    assert section.locator("mark.entity.ent-PERSON", has_text="Simon Stevens").first.is_visible()
    relations = section.locator("ul.relations")
    assert relations.get_by_text("chief executive").first.is_visible()
    assert section.locator("ul.figures li").count() > 0
    screenshot(page, tmp_path, "report-article")
    assert page.problems == []
