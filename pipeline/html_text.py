"""Article text and metadata from an HTML page, with trafilatura's boilerplate removal."""
from typing import NamedTuple, Optional

import trafilatura


class PageText(NamedTuple):
    text: str
    title: Optional[str]
    url: Optional[str]  # the page's canonical URL, when it declares one
    published: Optional[str]  # YYYY-MM-DD
    source: Optional[str]  # site name (og:site_name, publisher)


class ExtractionFailure(ValueError):
    """The page has no article text, or the HTML could not be parsed."""


def extract_page(html: str) -> PageText:
    """The main text of a page, without navigation, cookie banners, related links or comments.

    Paragraphs, headings and list items are separated by a line break. Raises ExtractionFailure
    when nothing but page furniture is left.
    """
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False, include_links=False)
    except (ValueError, TypeError) as e:  # lxml rejects some malformed documents outright
        raise ExtractionFailure(f"{type(e).__name__}: {e}") from e
    if doc is None or not (doc.text or "").strip():
        raise ExtractionFailure("the page holds only scripts, navigation or nothing")
    return PageText(doc.text, doc.title or None, doc.url or None, doc.date or None, doc.sitename or None)
