"""Reading the corpus: files to normalised article texts, failures to error records."""
import hashlib
from pathlib import Path
from typing import Iterator, NamedTuple

from .errors import Errors

MAX_BYTES = 20 * 1024 * 1024  # larger files are almost always dumps, not articles


class Article(NamedTuple):
    article_id: str
    source_path: str
    text: str
    title: str
    sha256: str


class ReadError(NamedTuple):
    article_id: str
    source_path: str
    stage: str
    message: str


def normalise_text(raw: str) -> str:
    """Drop a leading BOM and turn CRLF/CR into LF, as the annotation guidelines define."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str) -> str:
    """The first non-blank line, which is the headline in news articles."""
    for line in text.split("\n"):
        stripped = line.strip(" \t•*-")
        if stripped:
            return stripped[:300]
    return ""


def read_article(path: Path) -> "Article | ReadError":
    """Read one .txt article; never raises for bad input, returns a ReadError instead."""
    article_id = path.stem
    try:
        data = path.read_bytes()
    except OSError as e:
        return ReadError(article_id, str(path), "read", Errors.E005.format(path=path, detail=e.strerror or e))
    if len(data) > MAX_BYTES:
        detail = f"{len(data):,} bytes is over the {MAX_BYTES:,}-byte limit for one article"
        return ReadError(article_id, str(path), "read", Errors.E005.format(path=path, detail=detail))
    if b"\x00" in data:
        return ReadError(article_id, str(path), "decode", Errors.E006.format(path=path))
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        detail = f"byte 0x{data[e.start]:02x} at position {e.start}"
        return ReadError(article_id, str(path), "decode", Errors.E003.format(path=path, detail=detail))
    text = normalise_text(raw)
    if not text.strip():
        return ReadError(article_id, str(path), "read", Errors.E004.format(path=path))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(article_id, str(path), text, first_line_title(text), sha)


def list_articles(corpus_dir: Path, pattern: str = "*.txt") -> list:
    """Article files under corpus_dir, sorted so runs are reproducible."""
    return sorted(p for p in corpus_dir.rglob(pattern) if p.is_file())


def iter_articles(paths: list) -> Iterator["Article | ReadError"]:
    """Stream articles (or read errors) one at a time, never holding the corpus."""
    for path in paths:
        yield read_article(Path(path))
