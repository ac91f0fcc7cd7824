"""Hard-wrapped text (PDF and e-mail copies of press releases and reports): line breaks inside a
paragraph read as spaces.

A wrapped paragraph breaks names and sentences across lines ("Basildon and Thurrock\\nUniversity
Hospitals"), and every rule reads a line break as the end of a name, a post or a quotation. Each
break that only wraps a line becomes a space, so the text keeps its length and every offset still
indexes the file's text. Texts that are not wrapped are left alone: a text counts as wrapped only
when several long lines end in the middle of a sentence and go on in lower case on the next line.
"""
import re
from typing import NamedTuple

# A line break is a wrap beyond doubt when a long line ends in a small word or a comma and the
# next line goes on in lower case; texts with fewer of these are not wrapped.
MIN_CLEAR_WRAPS = 3
MIN_WRAPPED_LINE = 40  # characters: shorter lines are list items, headings or signatures
SHORT_LINE_SHARE = 0.6  # a line shorter than this share of the longest clear wrap ends its paragraph
MID_SENTENCE_END = re.compile(r"[a-z,]$")
# Sentence-final punctuation (and a closing quotation mark or bracket after it) or a colon ends a
# paragraph line as often as it wraps one; the break is kept, as it costs nothing more than a
# sentence boundary that is there anyway.
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# A list item or a numbered paragraph starts its own line whatever ends the line before it.
ITEM_START = re.compile(r"\s|[•*·▪–—-]|\d+[.)]\s")


class Unwrapped(NamedTuple):
    text: str
    breaks: int  # line breaks read as spaces


def unwrap_lines(text: str) -> Unwrapped:
    """The text with the line breaks of its hard-wrapped paragraphs read as spaces (same length)."""
    lines = [line.rstrip() for line in text.split("\n")]
    clear = [len(line) for line, after in zip(lines, lines[1:]) if _clear_wrap(line, after)]
    if len(clear) < MIN_CLEAR_WRAPS:
        return Unwrapped(text, 0)
    shortest = SHORT_LINE_SHARE * max(clear)
    chars = list(text)
    offset, breaks = 0, 0
    raw_lines = text.split("\n")
    for index, raw in enumerate(raw_lines[:-1]):
        offset += len(raw)
        if index > 0 and _wraps(lines[index], lines[index + 1], shortest):
            chars[offset] = " "
            breaks += 1
        offset += 1
    return Unwrapped("".join(chars), breaks) if breaks else Unwrapped(text, 0)


def _clear_wrap(line: str, after: str) -> bool:
    return len(line) >= MIN_WRAPPED_LINE and bool(MID_SENTENCE_END.search(line)) and after[:1].islower()


def _wraps(line: str, after: str, shortest: float) -> bool:
    """Whether the break after this line only wraps it (the first line, a headline, never does)."""
    return (len(line) >= shortest and bool(after.strip()) and not SENTENCE_END.search(line)
            and not ITEM_START.match(after))

