"""Hard-wrapped text (PDF and e-mail copies of press releases and reports): line breaks inside a
paragraph read as spaces.

A wrapped paragraph breaks names and sentences across lines ("Basildon and Thurrock\\nUniversity
Hospitals"), and every rule reads a line break as the end of a name, a post or a quotation. Each
break that only wraps a line becomes a space, so the text keeps its length and every offset still
indexes the file's text. Texts that are not wrapped are left alone: a text counts as wrapped only
when many of its lines are long and end in the middle of a sentence, going on in lower case on the
next line.
"""
import re
from collections import Counter
from typing import List, NamedTuple

# A line break is a wrap beyond doubt when a long line ends in a lower-case word or a comma and the
# next line goes on in lower case. A text is wrapped when it has at least MIN_CLEAR_WRAPS of these and
# they are at least MIN_CLEAR_SHARE of its lines: a few list items that run on ('improve access,\nreduce
# waits') in a text of one line a paragraph do not make it wrapped.
MIN_CLEAR_WRAPS = 3
MIN_CLEAR_SHARE = 0.2
RUNNING_WORD = re.compile(r"[a-z]+[\s,:;]")  # a lower-case word a wrapped sentence goes on with: 'said:'
MIN_WRAPPED_LINE = 40  # characters: shorter lines are list items, headings or signatures
SHORT_LINE_SHARE = 0.6  # a line shorter than this share of the longest clear wrap ends its paragraph
# A wrapped text's lines stay within its width: when more than MAX_OVERLONG_SHARE of its lines run far past its
# longest clear wrap (OVERLONG times it), its paragraphs are one line each and its 'wraps' are list items written
# without bullets ('including:\na greater range of services as a result of pooled expertise\nfaster services').
OVERLONG = 1.5
MAX_OVERLONG_SHARE = 0.1
MID_SENTENCE_END = re.compile(r"[a-z,]$")
# What ends a paragraph line as often as it wraps one keeps its break, as that costs no more than a
# sentence boundary: sentence-final punctuation or a colon (and a closing quotation mark or bracket
# after it), a closing quotation mark alone ('said the plans were “ambitious”'), and a hyphen, which a
# space would split from its word ('well-\nbeing').
KEEPS_BREAK = re.compile(r"(?:[.!?:;][\"'”’)\]]*|[\"”’]|-)$")
# Small words a heading or a body's name writes in lower case ('About Mid and South Essex NHS Foundation Trust').
NAME_CONNECTORS = {"and", "of", "for", "the", "in", "on", "upon", "at", "&"}
# A list item or a numbered paragraph starts its own line whatever ends the line before it.
ITEM_START = re.compile(r"\s|[•*·▪–—-]|\d+[.)]\s")


class Unwrapped(NamedTuple):
    text: str
    breaks: int  # line breaks read as spaces


def unwrap_lines(text: str) -> Unwrapped:
    """The text with the line breaks of its hard-wrapped paragraphs read as spaces (same length)."""
    raw_lines = text.split("\n")
    margin = _margin(raw_lines)
    # each line from the text's margin: a copy may indent every line by a space (' formal collaborative ...')
    lines = [line[margin:].rstrip() if line[:margin].isspace() else line.rstrip() for line in raw_lines]
    clear = [len(line) for line, after in zip(lines, lines[1:]) if _clear_wrap(line, after)]
    written = sum(1 for line in lines if line.strip())
    if len(clear) < MIN_CLEAR_WRAPS or len(clear) < MIN_CLEAR_SHARE * written \
            or _overlong_lines(lines, max(clear)) > MAX_OVERLONG_SHARE * written:
        return Unwrapped(text, 0)
    shortest = SHORT_LINE_SHARE * max(clear)
    headline = next(i for i, line in enumerate(lines) if line.strip())
    joins: List[bool] = []
    for i, (line, after) in enumerate(zip(lines, lines[1:])):
        opens_paragraph = not (joins and joins[-1])
        # the first written line is a headline, unless it plainly runs on ('... recently agreed to\n formal ...')
        first_ok = i != headline or (_clear_wrap(line, after) and len(after.strip()) >= shortest
                                      and not after.lstrip().lower().startswith("by "))
        before = lines[i - 1] if i else ""
        joins.append(first_ok and _wraps(line, after, shortest, opens_paragraph, before))
    if not any(joins):
        return Unwrapped(text, 0)
    pieces: List[str] = []
    for raw, join in zip(raw_lines, joins):
        pieces += [raw, " " if join else "\n"]
    pieces.append(raw_lines[-1])
    return Unwrapped("".join(pieces), sum(joins))


def _overlong_lines(lines: List[str], widest_wrap: int) -> int:
    """How many lines run far past the text's longest clear wrap (paragraphs written on one line)."""
    return sum(1 for line in lines if len(line) > OVERLONG * widest_wrap)


def _margin(lines: List[str]) -> int:
    """The indentation most of the written lines share (0 for most texts)."""
    indents = Counter(len(line) - len(line.lstrip(" \t")) for line in lines if line.strip())
    return indents.most_common(1)[0][0] if indents else 0


def _clear_wrap(line: str, after: str) -> bool:
    return len(line) >= MIN_WRAPPED_LINE and bool(MID_SENTENCE_END.search(line)) and after[:1].islower()


def _wraps(line: str, after: str, shortest: float, opens_paragraph: bool, before: str = "") -> bool:
    """Whether the break after a line of a wrapped text only wraps it: a long line that does not end a
    sentence (or any line ending in a comma before a lower-case word), before a line that is no list item; not
    a heading's or a name's line, which opens its paragraph and whose words after the first are all capitalised
    but for small ones, its last word closing it ('About
    Mid and South Essex NHS Foundation Trust'; not 'Basildon and Thurrock University Hospitals NHS Foundation
    Trust,', nor a wrapped line going on with a name: 'University Hospitals NHS Foundation Trust and Jacqueline')."""
    words = line.split()
    if not words:
        return False
    prose = any(w[:1].islower() and w not in NAME_CONNECTORS for w in words[1:])
    heading = opens_paragraph and words[-1][-1:].isalnum() and not prose
    # a comma before a line going on in lower case with a word runs on however short its line ('James Rimmer, Chief
    # Executive of WAHT,\nsaid:'); not an item of a list of such lines ('cancer care,\nmental health services,'),
    # nor an address ('Director,\njane.smith@nhs.net')
    runs_on = line.endswith(",") and bool(RUNNING_WORD.match(after.lstrip())) \
        and not after.rstrip().endswith(",") and not before.rstrip().endswith((",", ":"))
    return (not heading and (len(line) >= shortest or runs_on) and bool(after.strip())
            and not KEEPS_BREAK.search(line) and not ITEM_START.match(after))
