"""Running the pipeline over a corpus: read, process in batches, normalise, write the tables."""
import json
import logging
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Union

from spacy.language import Language

from .build import TableBuilder
from .datapackage import write_datapackage
from .errors import Errors, NhsExtractError
from .nlp import build_nlp
from .normalise import CorpusNormaliser
from .reader import SUPPORTED_GLOBS, Article, ReadError, ReadOptions, iter_articles, list_articles
from .tables import doc_records
from .writer import open_tables

CHUNK_ROWS = 5000
logger = logging.getLogger("nhs_extract")  # the CLI sends it to stderr: one line per failure or warning


class RunSummary(NamedTuple):
    n_articles: int
    n_failed: int
    n_mentions: int
    n_relations: int
    seconds: float
    out_dir: str


def check_corpus(corpus_dir: Path, pattern: Union[str, Sequence[str]] = SUPPORTED_GLOBS) -> List[Path]:
    """The article files of a corpus folder, or an error saying what is wrong."""
    if not corpus_dir.is_dir():
        raise NhsExtractError(Errors.E001.format(path=corpus_dir))
    paths = list_articles(corpus_dir, pattern)
    if not paths:
        patterns = ", ".join([pattern] if isinstance(pattern, str) else pattern)
        raise NhsExtractError(Errors.E002.format(path=corpus_dir, patterns=patterns))
    return paths


def process_articles(nlp: Language, items: Iterable, batch_size: int = 64) -> Iterator[dict]:
    """One record per input (article or read error); a failing article never stops the batch."""
    batch: List[Article] = []
    for item in items:
        if isinstance(item, ReadError):
            yield failed_record(item.article_id, item.source_path, item.stage, item.message, item.source_line)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _process_batch(nlp, batch)
            batch = []
    if batch:
        yield from _process_batch(nlp, batch)


def _process_batch(nlp: Language, batch: List[Article]) -> Iterator[dict]:
    try:
        docs = list(nlp.pipe((a.text for a in batch), batch_size=len(batch)))
    except Exception:  # one bad article: redo the batch one by one to find it
        docs = [None] * len(batch)
    for article, doc in zip(batch, docs):
        if doc is None:
            try:
                doc = nlp(article.text)
            except Exception as e:  # noqa: BLE001 - reported per article, the run goes on
                where = article.source_path + (f":{article.source_line}" if article.source_line else "")
                yield failed_record(article.article_id, article.source_path, "process",
                                    f"{where}: processing failed ({type(e).__name__}: {e}).", article.source_line)
                continue
        yield article_record(article, doc_records(doc))


def article_record(article: Article, records: dict) -> dict:
    row = {"article_id": article.article_id, "source_path": article.source_path,
           "source_line": article.source_line, "format": article.format, "title": article.title,
           "url": article.url, "published": article.published, "source": article.source,
           "encoding": article.encoding, "mojibake_fixed": article.mojibake_fixed,
           "warnings": "|".join(article.warnings) or None, "sha256": article.sha256,
           "n_chars": len(article.text), "n_tokens": records["n_tokens"], "status": "ok", "error": "",
           "text": article.text}
    return {"article": row, "warnings": list(article.warnings), **records}


def failed_record(article_id: Optional[str], source_path: str, stage: str, message: str,
                  source_line: Optional[int] = None) -> dict:
    row = {"article_id": article_id, "source_path": source_path, "source_line": source_line,
           "status": "failed", "error": message}
    error = {"source_path": source_path, "source_line": source_line, "article_id": article_id, "stage": stage,
             "message": message}
    return {"article": row, "error": error, "mentions": [], "relations": []}


def log_problems(record: dict) -> None:
    """One log line per failed article and per warning, so a person sees them as the run goes."""
    if "error" in record:
        logger.error(record["error"]["message"])
    for warning in record.get("warnings", ()):
        logger.warning(warning)


def run_pipeline(corpus_dir: Path, out_dir: Path, nlp: Optional[Language] = None,
                 pattern: Union[str, Sequence[str]] = SUPPORTED_GLOBS,
                 progress: Optional[Callable[[int], None]] = None,
                 reading: ReadOptions = ReadOptions(), encoding: str = "utf-8") -> RunSummary:
    """Process every article of corpus_dir and write the tables (in `encoding`) to out_dir.

    pattern: glob(s) selecting the files to read (default: every supported format);
    reading: size limit and mojibake repair.
    """
    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    paths = check_corpus(corpus_dir, pattern)
    nlp = nlp or build_nlp()
    out_dir.mkdir(parents=True, exist_ok=True)
    normaliser = CorpusNormaliser()
    fd, spool_name = tempfile.mkstemp(prefix=".records.", suffix=".jsonl", dir=out_dir)
    spool = Path(spool_name)
    n_articles = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for record in process_articles(nlp, iter_articles(paths, reading), nlp.batch_size or 64):
                n_articles += 1
                log_problems(record)
                for mention in record["mentions"]:
                    normaliser.observe(mention)
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                if progress:
                    progress(1)
        normaliser.finalise()
        counts = write_tables(spool, out_dir, normaliser, encoding)
    finally:
        spool.unlink(missing_ok=True)
    return RunSummary(n_articles, counts["failed"], counts["mentions"], counts["relations"],
                      time.perf_counter() - started, str(out_dir))


def read_spool(spool: Path) -> Iterator[dict]:
    with spool.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def write_tables(spool: Path, out_dir: Path, normaliser: CorpusNormaliser, encoding: str = "utf-8") -> Dict[str, int]:
    """Stream the spooled records into the tables; each table, and datapackage.json describing them,
    replaces the old one atomically."""
    tables = open_tables(out_dir, encoding)
    builder = TableBuilder(normaliser)
    try:
        pending: Dict[str, list] = defaultdict(list)
        for record in read_spool(spool):
            for name, rows in builder.rows(record).items():
                pending[name].extend(rows)
                if len(pending[name]) >= CHUNK_ROWS:
                    tables[name].append(pending.pop(name))
        for name, rows in pending.items():
            tables[name].append(rows)
        tables["entities"].append(builder.entity_rows())
        for table in tables.values():
            table.commit()
        write_datapackage(out_dir, encoding)
    except BaseException:
        for table in tables.values():
            table.abort()
        raise
    return builder.counts
