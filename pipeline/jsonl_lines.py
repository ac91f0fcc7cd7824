"""JSON Lines input: one article object a line, read line by line so a file of any size streams."""
import json
from typing import BinaryIO, Iterator, NamedTuple, Optional, Tuple

METADATA_FIELDS = ("title", "url", "published", "source")


class JsonlArticle(NamedTuple):
    article_id: str
    text: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]


class LineProblem(ValueError):
    """A line that is not an article; `kind` names the problem (not_utf8, not_json, not_object, no_id, no_text)."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(detail or kind)
        self.kind = kind
        self.detail = detail


def iter_lines(f: BinaryIO, max_bytes: int) -> Iterator[Tuple[int, Optional[bytes]]]:
    """(line number, bytes) for each non-blank line; bytes is None for a line over max_bytes.

    An overlong line is skipped in max_bytes pieces, so memory stays bounded whatever the file holds.
    """
    lineno = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(max_bytes + 1)
            yield lineno, None
        elif line.strip():
            yield lineno, line


def parse_line(line: bytes, first: bool = False) -> JsonlArticle:
    """The article on one line; raises LineProblem saying what is wrong with it."""
    try:
        decoded = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        raise LineProblem("not_utf8", f"byte 0x{line[e.start]:02x} at column {e.start + 1}") from e
    try:
        obj = json.loads(decoded.rstrip("\r\n"))  # a string cut short then reads as unterminated
    except json.JSONDecodeError as e:
        raise LineProblem("not_json", f"{e.msg.removesuffix(' at')} at column {e.colno}") from e
    if not isinstance(obj, dict):
        raise LineProblem("not_object", type(obj).__name__)
    article_id = obj.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)) or not str(article_id).strip():
        raise LineProblem("no_id")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LineProblem("no_text")
    meta = {name: _plain(obj.get(name)) for name in METADATA_FIELDS}
    return JsonlArticle(str(article_id).strip(), text, **meta)


def _plain(value: object) -> Optional[str]:
    """Metadata as a string; null, lists and objects count as absent."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None
