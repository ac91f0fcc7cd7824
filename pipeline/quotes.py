"""Quotation spans in a text: straight and curly, double and single, told apart from apostrophes."""
import re
from typing import List, NamedTuple, Optional

DOUBLE_OPEN = {"“", "„", "«"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘"}
SINGLE_CLOSE = {"’"}
OPENER_BEFORE = set(" \t([{—–-:/\n")
# The characters the scan below reacts to; every other character leaves its state as it is.
QUOTE_CHARS = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE))) + "\"']")


class QuoteSpan(NamedTuple):
    start: int  # first character inside the marks
    end: int  # last character inside the marks + 1
    open_mark: int  # offset of the opening mark
    closed: bool  # False when the quote runs to the end of its paragraph
    para_start: int
    para_end: int


def strip_bounds(text: str, start: int, end: int) -> tuple:
    """(start, end) narrowed past white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_quotes(text: str, p0: int, p1: int) -> List[QuoteSpan]:
    quotes: List[QuoteSpan] = []
    state: Optional[str] = None  # "double" or "single"
    open_at = -1
    for k in (m.start() for m in QUOTE_CHARS.finditer(text, p0, p1)):
        ch = text[k]
        prev = text[k - 1] if k > p0 else " "
        nxt = text[k + 1] if k + 1 < p1 else " "
        closing = opening = False
        if state is None:
            if ch in DOUBLE_OPEN or ch == '"':
                state, opening = "double", True
            elif (ch in SINGLE_OPEN or ch == "'") and (prev in OPENER_BEFORE or prev in DOUBLE_OPEN) \
                    and not nxt.isspace():
                state, opening = "single", True
        elif state == "double" and (ch in DOUBLE_CLOSE or ch == '"'):
            closing = True
        elif state == "single" and (ch in SINGLE_CLOSE or ch == "'"):
            closing = not prev.isspace() and not nxt.isalnum()
        if opening:
            open_at = k
        elif closing:
            s, e = strip_bounds(text, open_at + 1, k)
            if e > s:
                quotes.append(QuoteSpan(s, e, open_at, True, p0, p1))
            state = None
    if state is not None:
        s, e = strip_bounds(text, open_at + 1, p1)
        if e > s:
            quotes.append(QuoteSpan(s, e, open_at, False, p0, p1))
    return quotes


def find_quotes(text: str) -> List[QuoteSpan]:
    """Every quotation of the text, one span per paragraph (a paragraph is a line)."""
    quotes: List[QuoteSpan] = []
    p0 = 0
    while p0 <= len(text):
        p1 = text.find("\n", p0)
        p1 = len(text) if p1 == -1 else p1
        if p1 > p0:
            quotes.extend(_paragraph_quotes(text, p0, p1))
        p0 = p1 + 1
    return quotes
