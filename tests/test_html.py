import pytest

from conftest import DATA, ROOT
from pipeline.html_text import ExtractionFailure, extract_page
from pipeline.reader import Article, ReadError, read_article

# A GOV.UK press release page: the real article's paragraphs (corpus/pr_dhsc_2020_winter_ae_funding.txt,
# Open Government Licence) inside GOV.UK's page furniture, rebuilt for the test (see tests/data/README.md).
PAGE = DATA / "html" / "pr_dhsc_2020_winter_ae_funding.html"
ARTICLE = ROOT / "corpus" / "pr_dhsc_2020_winter_ae_funding.txt"
FURNITURE = ["Cookies on GOV.UK", "Accept additional cookies", "Skip to main content", "Search GOV.UK",
             "Births, death, marriages", "Share this page", "Related content", "Is this page useful?",
             "Open Government Licence", "Crown copyright", "document.body", "Explore the topic"]

def body_paragraphs():
    """The article's own paragraphs: everything after the 'From:' block of the corpus text."""
    paragraphs = [p.strip() for p in ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs[5:]


def test_extraction_keeps_the_article_and_drops_the_page_furniture():
    page = extract_page(PAGE.read_text(encoding="utf-8"))
    lines = page.text.split("\n")
    for paragraph in body_paragraphs():
        assert paragraph in lines
    bullet = "- New funding will help the NHS prepare for winter and the risk from further outbreaks of coronavirus"
    assert bullet in lines
    for furniture in FURNITURE:
        assert furniture not in page.text


def test_extraction_reads_the_page_metadata():
    page = extract_page(PAGE.read_text(encoding="utf-8"))
    assert page.title == "Prime Minister confirms funding to prepare the NHS for winter"
    assert page.url == ("https://www.gov.uk/government/news/"
                        "prime-minister-confirms-funding-to-prepare-the-nhs-for-winter")
    assert page.published == "2020-08-11"
    assert page.source == "GOV.UK"


def test_html_article_offsets_index_the_extracted_text(nlp):
    article = read_article(PAGE)
    assert isinstance(article, Article)
    assert article.article_id == "pr_dhsc_2020_winter_ae_funding"
    assert (article.format, article.encoding) == ("html", "utf-8")
    assert article.title == "Prime Minister confirms funding to prepare the NHS for winter"
    assert article.published == "2020-08-11" and article.source == "GOV.UK"
    doc = nlp(article.text)
    figures = [(e.text, e.start_char) for e in doc.ents if e.label_ == "FIGURE"]
    assert ("£300 million", article.text.index("£300 million")) in figures
    assert ("£850 million", article.text.index("£850 million")) in figures
    for ent in doc.ents:
        assert article.text[ent.start_char:ent.end_char] == ent.text
    assert {"NHS"} <= {e.text for e in doc.ents if e.label_ == "ORG"}


def test_html_in_windows_1252_is_decoded(tmp_path):
    html = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    path = tmp_path / "winter_funding.html"
    path.write_bytes(html.encode("cp1252"))
    article = read_article(path)
    assert article.encoding == "cp1252" and article.warnings[0].startswith("W002")
    assert "allocated a share of £300 million to upgrade their facilities" in article.text


@pytest.mark.parametrize("html", [
    (DATA / "bad_corpus" / "js_shell.html").read_text(encoding="utf-8"),
    "<html><head><title>Page not found - GOV.UK</title></head><body></body></html>",
])
def test_page_without_article_text(html, tmp_path):
    with pytest.raises(ExtractionFailure):
        extract_page(html)
    path = tmp_path / "shell.html"
    path.write_text(html, encoding="utf-8")
    error = read_article(path)
    assert isinstance(error, ReadError) and error.stage == "extract"
    assert error.message.startswith(f"E038 {path}: no article text found in the HTML")
