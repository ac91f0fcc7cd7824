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


def _closes(ch: str, prev: str, nxt: str, state: str) -> bool:
    """Character ch, between prev and nxt, closes an open quotation of this kind ("double" or "single"):
    a single mark closes only after a word and not inside one (not the apostrophe of "Trust's")."""
    if state == "double":
        return ch in DOUBLE_CLOSE or ch == '"'
    return (ch in SINGLE_CLOSE or ch == "'") and not prev.isspace() and not nxt.isalnum()


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
        elif state == "double" and ch in DOUBLE_OPEN and _after_sentence_end(text, k, open_at) \
                and not _nested(text, k, p1):
            # 'said: “We believe ... patients. “At its heart is ...”': a paragraph of a quote reopened
            # without the first closing is a second quotation of the same speaker
            s, e = strip_bounds(text, open_at + 1, k)
            if e > s:
                quotes.append(QuoteSpan(s, e, open_at, True, p0, p1))
            opening = True
        else:
            closing = _closes(ch, prev, nxt, state)
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


def _after_sentence_end(text: str, k: int, open_at: int) -> bool:
    """The mark at k follows a full stop, question or exclamation mark (and spaces) inside the quotation."""
    j = k - 1
    while j > open_at and text[j] in " \t":
        j -= 1
    return j > open_at + 1 and j < k - 1 and text[j] in ".!?"


def _nested(text: str, k: int, p1: int) -> bool:
    """The mark at k opens a quotation inside the open one: more closing than opening marks follow it in its
    paragraph ('“The report said we were unsafe. “Safety first” is our motto,” she said')."""
    rest = text[k:p1]
    return sum(rest.count(c) for c in DOUBLE_CLOSE) > sum(rest.count(c) for c in DOUBLE_OPEN)


def find_quotes(text: str) -> List[QuoteSpan]:
    """Every quotation of the text, one span per paragraph (a paragraph is a line). A paragraph that
    goes on with a quotation left open by the paragraph before, without a mark of its own, is quoted
    up to its closing mark."""
    quotes: List[QuoteSpan] = []
    p0 = 0
    open_kind: Optional[str] = None  # the kind of quotation the last paragraph left open
    while p0 <= len(text):
        p1 = text.find("\n", p0)
        p1 = len(text) if p1 == -1 else p1
        line_start = p0
        while line_start < p1 and text[line_start] in " \t":
            line_start += 1  # a copy that indents its lines: ' “However, it’s vital ...'
        if p1 > line_start:
            start = line_start
            continued = _continued_quote(text, line_start, p1, open_kind) if open_kind else None
            if continued is not None:
                quotes.append(continued)
                start = continued.end + 1
            elif open_kind and _unmarked_inside_quote(text, line_start, p1, open_kind):
                s, e = strip_bounds(text, line_start, p1)
                quotes.append(QuoteSpan(s, e, line_start, False, line_start, p1))
                p0 = p1 + 1
                continue  # the quotation stays open
            found = _paragraph_quotes(text, start, p1)
            if start != line_start:
                found = [q._replace(para_start=line_start) for q in found]
            quotes.extend(found)
            open_kind = _kind(text, found[-1].open_mark) if found and not found[-1].closed else None
        p0 = p1 + 1
    return quotes


def _unmarked_inside_quote(text: str, p0: int, p1: int, kind: str) -> bool:
    """A paragraph with no marks of an open quotation's kind, between two paragraphs of it: the next paragraph
    reopens the quotation and leaves it open, or closes it only at its end. A press release may drop a
    paragraph's opening mark ('said: “The Academy is ...\n\nOur workforce is ...\n\n“We have been clear ...')."""
    marks = DOUBLE_OPEN | DOUBLE_CLOSE | {'"'} if kind == "double" else SINGLE_OPEN | {"'"}
    if p1 <= p0 or any(ch in marks for ch in text[p0:p1]):
        return False
    n0 = p1 + 1
    while n0 < len(text) and text[n0].isspace():
        n0 += 1
    n1 = text.find("\n", n0)
    n1 = len(text) if n1 == -1 else n1
    opens = DOUBLE_OPEN | {'"'} if kind == "double" else SINGLE_OPEN | {"'"}
    if n0 >= n1 or text[n0] not in opens:
        return False
    found = _paragraph_quotes(text, n0, n1)
    return len(found) == 1 and found[0].open_mark == n0 and (
        not found[0].closed or not text[found[0].end:n1].strip(" \t.,”’\"'"))


def _kind(text: str, open_mark: int) -> str:
    return "single" if text[open_mark] in SINGLE_OPEN or text[open_mark] == "'" else "double"


def _continued_quote(text: str, p0: int, p1: int, kind: str) -> Optional[QuoteSpan]:
    """The words from the paragraph's start to the closing mark of a quotation of this kind left open
    before it, when no mark opens the paragraph and none opens another quotation before that close."""
    while p0 < p1 and text[p0].isspace():
        p0 += 1
    if p0 >= p1 or QUOTE_CHARS.match(text, p0):
        return None
    opens = SINGLE_OPEN if kind == "single" else DOUBLE_OPEN
    for m in QUOTE_CHARS.finditer(text, p0, p1):
        k = m.start()
        ch, prev, nxt = text[k], text[k - 1], text[k + 1] if k + 1 < p1 else " "
        if ch in opens:
            return None
        # a double mark too must close after a word here: no mark opened this paragraph to pair it with
        if _closes(ch, prev, nxt, kind) and not prev.isspace() and not nxt.isalnum():
            s, e = strip_bounds(text, p0, k)
            return QuoteSpan(s, e, p0, True, p0, p1) if e > s else None
    return None
