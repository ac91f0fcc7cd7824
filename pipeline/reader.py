"""Reading the corpus: .txt, .html and .jsonl files to normalised article texts, failures to error records.

Nothing here raises for bad input: every problem becomes a ReadError naming the file (and line),
and the other articles are read. Articles stream one at a time; only their ids are remembered.
"""
import hashlib
from fnmatch import fnmatchcase
import os
import re
from pathlib import Path, PurePosixPath
from typing import Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Union

from .decoding import CANDIDATE_ENCODINGS, MIXED_ENCODING, DecodedBytes, DecodeFailure, decode_bytes, repair_text
from .errors import Errors, Warnings
from .html_text import ExtractionFailure, extract_page
from .jsonl_lines import JsonlArticle, LineProblem, iter_lines, parse_line
from .unwrap import unwrap_lines

MAX_BYTES = 20 * 1024 * 1024  # larger files are almost always dumps, not articles
SUPPORTED_GLOBS = ("*.txt", "*.html", "*.htm", "*.jsonl")
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
# '|' separates ids in entities.articles; control characters break CSV rows for most readers.
BAD_ID_CHARS = re.compile(r"[|\x00-\x1f\x7f]")

JSONL_ERRORS = {"not_utf8": (Errors.E034, "decode"), "not_json": (Errors.E030, "extract"),
                "not_object": (Errors.E031, "extract"), "no_id": (Errors.E032, "extract"),
                "no_text": (Errors.E033, "extract")}


class ReadOptions(NamedTuple):
    max_bytes: int = MAX_BYTES  # per file (.txt, .html) or per line (.jsonl)
    fix_mojibake: bool = False
    unwrap_lines: bool = True  # line breaks inside hard-wrapped paragraphs read as spaces


class Metadata(NamedTuple):
    """What the input says about an article, when it says it."""
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None


class Article(NamedTuple):
    article_id: str
    source_path: str
    text: str  # normalised: every offset in the tables indexes it
    title: str
    sha256: str
    source_line: Optional[int] = None  # line of a .jsonl file
    format: str = "txt"  # txt, html or jsonl
    url: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    encoding: str = "utf-8"
    mojibake_fixed: bool = False
    warnings: Tuple[str, ...] = ()
    unwrapped_breaks: int = 0  # line breaks of a hard-wrapped text read as spaces


class ReadError(NamedTuple):
    article_id: Optional[str]  # None when the input never said (a line that is not JSON)
    source_path: str
    stage: str  # read, decode, extract or duplicate
    message: str
    source_line: Optional[int] = None


ReadResult = Union[Article, ReadError]


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


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "txt"


def list_articles(corpus_dir: Path, patterns: Union[str, Sequence[str]] = SUPPORTED_GLOBS) -> List[Path]:
    """Files under corpus_dir (walked recursively, hidden folders and files skipped) matching any pattern.

    Patterns match the end of the path relative to corpus_dir ("*.html", "2024/*.txt"), ignoring
    case so scrapes saved as .HTML are read. Sorted so runs are reproducible.
    """
    patterns = [patterns] if isinstance(patterns, str) else list(patterns)
    lowered = [p.lower() for p in patterns]
    # A pattern of one part ("*.txt") matches the file name alone, as PurePosixPath.match does it
    # (fnmatchcase on the last part): tested on the name without building the relative path.
    simple = [p for p in lowered if p not in ("", ".") and "/" not in p]
    other = [p for p in lowered if p not in simple]
    found = []
    for folder, subfolders, files in os.walk(corpus_dir):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            lower = name.lower()
            if any(fnmatchcase(lower, p) for p in simple):
                found.append(Path(folder) / name)
            elif other:
                path = Path(folder) / name
                relative = PurePosixPath(path.relative_to(corpus_dir).as_posix().lower())
                if any(relative.match(p) for p in other):
                    found.append(path)
    return sorted(found)


def iter_articles(paths: Iterable, options: ReadOptions = ReadOptions()) -> Iterator[ReadResult]:
    """Stream articles (or read errors) one at a time, never holding the corpus; later duplicate ids fail."""
    return drop_duplicate_ids(item for path in paths for item in read_source(Path(path), options))


def read_source(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[ReadResult]:
    """Every article of one file: one for .txt and .html, one a line for .jsonl."""
    if file_format(path) == "jsonl":
        yield from read_jsonl(path, options)
    else:
        yield read_article(path, options)


def read_article(path: Path, options: ReadOptions = ReadOptions()) -> ReadResult:
    """Read one .txt or .html article; never raises for bad input, returns a ReadError instead."""
    article_id = path.stem
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            message = Errors.E009.format(path=path, size=size, limit=options.max_bytes)
            return ReadError(article_id, str(path), "read", message)
        data = path.read_bytes()
    except OSError as e:
        return os_error(path, e, article_id)
    try:
        decoded = decode_bytes(data, repairable=options.fix_mojibake)
    except DecodeFailure as e:
        return ReadError(article_id, str(path), "decode", decode_message(path, e))
    if file_format(path) == "html":
        return _html_article(path, decoded, options)
    return make_article(article_id, str(path), decoded.text, options, decoded=decoded)


def _html_article(path: Path, decoded: DecodedBytes, options: ReadOptions) -> ReadResult:
    if not decoded.text.strip():
        return ReadError(path.stem, str(path), "read", Errors.E004.format(path=path))
    try:
        page = extract_page(decoded.text)
    except ExtractionFailure as e:
        return ReadError(path.stem, str(path), "extract", Errors.E038.format(path=path, detail=e))
    meta = Metadata(page.title, page.url, page.published, page.source)
    return make_article(path.stem, str(path), page.text, options, "html", meta=meta, decoded=decoded)


def read_jsonl(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[ReadResult]:
    """One article a line, read line by line: a bad line is one error, the file's other lines are read."""
    try:
        with path.open("rb") as f:
            for lineno, line in iter_lines(f, options.max_bytes):
                yield _jsonl_article(path, lineno, line, options)
    except OSError as e:
        yield os_error(path, e, None)


def _jsonl_article(path: Path, lineno: int, line: Optional[bytes], options: ReadOptions) -> ReadResult:
    where = f"{path}:{lineno}"
    if line is None:
        return ReadError(None, str(path), "read", Errors.E035.format(where=where, limit=options.max_bytes), lineno)
    try:
        item: JsonlArticle = parse_line(line, first=lineno == 1)
    except LineProblem as e:
        template, stage = JSONL_ERRORS[e.kind]
        return ReadError(None, str(path), stage, template.format(where=where, detail=e.detail), lineno)
    meta = Metadata(item.title, item.url, item.published, item.source)
    return make_article(item.article_id, str(path), item.text, options, "jsonl", lineno, meta)


def make_article(article_id: str, source_path: str, raw: str, options: ReadOptions, fmt: str = "txt",
                 source_line: Optional[int] = None, meta: Metadata = Metadata(),
                 decoded: Optional[DecodedBytes] = None) -> ReadResult:
    """An Article from its raw text: mojibake repaired if asked, normalised, warnings attached.

    decoded: how the file's bytes were decoded (None for JSON Lines, which is UTF-8 by definition).
    """
    where = _where(source_path, source_line)
    if BAD_ID_CHARS.search(article_id):
        return ReadError(article_id, source_path, "read", Errors.E037.format(where=where, article_id=article_id),
                         source_line)
    repaired = repair_text(raw, options.fix_mojibake)
    text = normalise_text(repaired.text)
    unwrapped = unwrap_lines(text) if options.unwrap_lines else None
    if unwrapped:
        text = unwrapped.text
    if not text.strip():
        return ReadError(article_id, source_path, "read", Errors.E004.format(path=where), source_line)
    warnings = _encoding_warnings(where, decoded)
    if repaired.mojibake and not options.fix_mojibake:
        warnings.append(Warnings.W003.format(where=where))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    encoding = decoded.encoding if decoded else "utf-8"
    return Article(article_id, source_path, text, meta.title or first_line_title(text), sha, source_line, fmt,
                   meta.url, meta.published, meta.source, encoding, repaired.mojibake_fixed, tuple(warnings),
                   unwrapped.breaks if unwrapped else 0)


def _encoding_warnings(where: str, decoded: Optional[DecodedBytes]) -> List[str]:
    if decoded is None or decoded.encoding == "utf-8":
        return []
    if decoded.encoding == MIXED_ENCODING:
        how = "UTF-8 with stray Windows-1252 bytes"
    else:
        how = "detected" if decoded.detected else "from its byte-order mark"
    return [Warnings.W002.format(where=where, encoding=decoded.encoding, how=how)]


def drop_duplicate_ids(items: Iterable[ReadResult]) -> Iterator[ReadResult]:
    """The first article with an id wins; a later one becomes a ReadError naming both places."""
    first_seen: Dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            where = _where(item.source_path, item.source_line)
            first = first_seen.setdefault(item.article_id, where)
            if first != where:
                message = Errors.E036.format(where=where, article_id=item.article_id, first=first)
                item = ReadError(item.article_id, item.source_path, "duplicate", message, item.source_line)
        yield item


def _where(source_path: str, source_line: Optional[int]) -> str:
    return source_path if source_line is None else f"{source_path}:{source_line}"


def os_error(path: Path, error: OSError, article_id: Optional[str]) -> ReadError:
    """A file that vanished, is locked or cannot be read, as a ReadError that says what to do."""
    if isinstance(error, FileNotFoundError):
        message = Errors.E007.format(path=path)
    elif isinstance(error, PermissionError):
        message = Errors.E008.format(path=path)
    else:
        message = Errors.E005.format(path=path, detail=error.strerror or error)
    return ReadError(article_id, str(path), "read", message)


def decode_message(path: Path, failure: DecodeFailure) -> str:
    if failure.kind == "binary":
        return Errors.E006.format(path=path)
    if failure.kind == "mixed":
        return Errors.E039.format(path=path, detail=failure.detail)
    return Errors.E003.format(path=path, detail=failure.detail, candidates=", ".join(CANDIDATE_ENCODINGS))
