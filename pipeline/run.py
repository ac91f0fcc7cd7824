"""Running the pipeline over a corpus: read, process per article, normalise corpus-wide, write the tables.

Two stages. The per-article stage turns each article into a JSON-able record (on any engine,
reusing cached results with `incremental`) and spools the records to a file in the output
folder, storing each new result in the cache as it comes. The corpus stage resolves canonical
names over all mentions, then streams the spool into the tables, which replace the old ones
only when every one is complete. The whole run holds the output folder's lock.

CSV tables (the default) take the faster route of merge.py: the engine reads the files and makes
the rows as text, this process merges them. Parquet keeps the record route below (typed columns).
"""
import logging
import math
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path
from typing import BinaryIO, Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Union

from spacy import util
from spacy.language import Language

from .build import TableBuilder
from .cache import ResultCache, open_cache
from .datapackage import write_datapackage
from .engines import check_engine, map_in_order, open_engine
from .errors import Errors, NhsExtractError
from .lock import run_lock, state_dir
from .merge import Merger, merge_records, read_spool, units, write_entity_tables
from .manifest import pipeline_fingerprint, write_manifest
from .nlp import CONFIG_PATH
from .normalise import CorpusNormaliser
from .rowtext import article_row
from .reader import SUPPORTED_GLOBS, Article, ReadError, ReadOptions, iter_articles, list_articles
from .writer import check_formats, open_tables, remove_stale_temp_files, temp_file

CHUNK_ROWS = 5000
SPOOL_SUFFIX = ".pickle"
BATCHES_PER_JOB = 4  # small corpora are still spread over every worker

Progress = Callable[[int, int], None]  # (articles done, articles in the run)
logger = logging.getLogger("nhs_extract")  # the CLI sends it to stderr: one line per failure or warning


class RunSummary(NamedTuple):
    n_articles: int
    n_failed: int
    n_mentions: int
    n_relations: int
    seconds: float
    out_dir: str
    n_reused: int = 0  # articles whose cached results were reused (--incremental)


def check_corpus(corpus_dir: Path, pattern: Union[str, Sequence[str]] = SUPPORTED_GLOBS) -> List[Path]:
    """The article files of a corpus folder, or an error saying what is wrong."""
    if not corpus_dir.is_dir():
        raise NhsExtractError(Errors.E001.format(path=corpus_dir))
    paths = list_articles(corpus_dir, pattern)
    if not paths:
        patterns = ", ".join([pattern] if isinstance(pattern, str) else pattern)
        raise NhsExtractError(Errors.E002.format(path=corpus_dir, patterns=patterns))
    return paths


def article_record(article: Article, records: dict) -> dict:
    return {"article": article_row(article, records["n_tokens"]), "warnings": list(article.warnings), **records}


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


def config_batch_size(config_path: Path = CONFIG_PATH) -> int:
    return int(util.load_config(config_path, interpolate=False)["nlp"].get("batch_size") or 64)


def batch_size_for(n_articles: int, jobs: int, largest: int) -> int:
    """Batches of the config's size, smaller when needed to give every worker several batches."""
    if jobs <= 1:
        return largest
    return max(1, min(largest, math.ceil(n_articles / (jobs * BATCHES_PER_JOB))))


def article_records(items: Iterable, engine, cache: ResultCache, incremental: bool,
                    batch_size: int) -> Iterator[Tuple[dict, bool]]:
    """(record, reused) per input item, in input order; new results go to the cache batch by batch."""
    for (group, hits), results in map_in_order(engine, units(items, cache, incremental, batch_size)):
        fresh = iter(results)
        new = []
        for item in group:
            if isinstance(item, ReadError):
                yield failed_record(item.article_id, item.source_path, item.stage, item.message,
                                    item.source_line), False
                continue
            if item.sha256 in hits:
                yield article_record(item, hits[item.sha256]), True
                continue
            result = next(fresh)
            if "error" in result:
                yield failed_record(item.article_id, item.source_path, "process", result["error"],
                                    item.source_line), False
                continue
            new.append((item.sha256, result))
            yield article_record(item, result), False
        cache.put_many(new)


class SpoolStats(NamedTuple):
    normaliser: CorpusNormaliser
    n_reused: int
    n_records: int  # inputs read: articles and failures (a JSON Lines file holds many)
    hashes: set  # sha256 of every article read, for pruning the cache


def spool_records(records: Iterable[Tuple[dict, bool]], spool: Path, total: int,
                  progress: Optional[Progress] = None) -> SpoolStats:
    """Write the records to the spool (one pickle each) while the normaliser observes every mention."""
    normaliser = CorpusNormaliser()
    n_reused, done, hashes = 0, 0, set()
    with spool.open("wb") as f:
        for record, reused in records:
            log_problems(record)
            for mention in record["mentions"]:
                normaliser.observe(mention)
            write_spooled(f, record)
            n_reused += reused
            done += 1
            if record["article"].get("sha256"):
                hashes.add(record["article"]["sha256"])
            if progress:
                progress(done, total)
    return SpoolStats(normaliser, n_reused, done, hashes)


def new_spool(out_dir: Path) -> Path:
    fd, path = temp_file(out_dir, ".records.", SPOOL_SUFFIX)
    os.close(fd)
    return path


def run_pipeline(corpus_dir: Path, out_dir: Path, nlp: Optional[Language] = None,
                 pattern: Union[str, Sequence[str]] = SUPPORTED_GLOBS, progress: Optional[Progress] = None,
                 jobs: int = 1, engine: str = "local", scheduler: Optional[str] = None, incremental: bool = False,
                 formats: Sequence[str] = ("csv",), wait: bool = False, reading: ReadOptions = ReadOptions(),
                 encoding: str = "utf-8") -> RunSummary:
    """Process every article of corpus_dir and write the tables to out_dir.

    Args:
        pattern: glob(s) selecting the files to read (default: every supported format).
        nlp: pipeline for the in-process engine (default: `build_nlp()`); workers build their own.
        progress: called with (articles done, articles in the run) after each article.
        jobs: worker processes (`local` engine) or local Dask workers; 1 runs in this process.
        engine: "local" or "dask"; `scheduler` is the address of an existing Dask scheduler.
        incremental: reuse cached results of unchanged articles (same text, rules, config and code).
            The cache is keyed by what `build_nlp()` reads (config.cfg, the rules folder): a custom
            `nlp` built from other rules should not share an out_dir with incremental runs.
        formats: "csv" and/or "parquet".
        wait: wait for another run on out_dir to finish instead of stopping with E040.
        reading: size limit and mojibake repair.
        encoding: of the CSV tables ("utf-8-sig" for Excel).
    """
    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    paths = check_corpus(corpus_dir, pattern)
    formats = check_formats(formats)
    check_engine(engine, jobs)
    fingerprint = pipeline_fingerprint()
    batch_size = batch_size_for(len(paths), jobs, nlp.batch_size if nlp else config_batch_size())
    out_dir.mkdir(parents=True, exist_ok=True)
    with run_lock(out_dir, wait):
        remove_stale_temp_files(out_dir)
        with open_cache(state_dir(out_dir), fingerprint.key) as cache:
            spool = new_spool(out_dir)
            try:
                if formats == ["csv"]:
                    stats, written, counts = _run_csv(paths, out_dir, spool, engine, jobs, scheduler, nlp, cache,
                                                      incremental, batch_size, reading, encoding, progress)
                else:  # Parquet: the records themselves, for typed columns
                    with open_engine(engine, jobs, scheduler, nlp) as runner:
                        records = article_records(iter_articles(paths, reading), runner, cache, incremental,
                                                  batch_size)
                        stats = spool_records(records, spool, len(paths), progress)
                    stats.normaliser.finalise()
                    written, counts = write_tables(spool, out_dir, stats.normaliser, formats, encoding)
            finally:
                spool.unlink(missing_ok=True)
            cache.keep_only(stats.hashes)
        run_info = {"corpus": str(corpus_dir), "pattern": list([pattern] if isinstance(pattern, str) else pattern),
                    "files": len(paths), "articles": stats.n_records,
                    "reused": stats.n_reused, "failed": counts["failed"], "engine": engine, "jobs": jobs,
                    "incremental": incremental, "formats": formats}
        write_manifest(out_dir, fingerprint, run_info, written)
    return RunSummary(stats.n_records, counts["failed"], counts["mentions"], counts["relations"],
                      time.perf_counter() - started, str(out_dir), stats.n_reused)


def _run_csv(paths: List[Path], out_dir: Path, spool: Path, engine: str, jobs: int, scheduler: Optional[str],
             nlp: Optional[Language], cache: ResultCache, incremental: bool, batch_size: int, reading: ReadOptions,
             encoding: str, progress: Optional[Progress]) -> Tuple[SpoolStats, List[Path], Dict[str, int]]:
    """The run of CSV tables (see merge.py): the same tables as article_records + write_tables."""
    tables = open_tables(out_dir, ["csv"], encoding)
    try:
        with spool.open("wb") as f:
            merger = Merger(tables, f, cache, logger, progress, len(paths))
            with open_engine(engine, jobs, scheduler, nlp) as runner:
                merge_records(paths, runner, cache, merger, reading, incremental, batch_size)
        written = write_entity_tables(spool, merger, out_dir, encoding)
    except BaseException:
        tables.abort()
        raise
    m = merger.stats()
    return SpoolStats(merger.normaliser, m.n_reused, m.n_records, m.hashes), written, m.counts


def write_spooled(f: BinaryIO, record: dict) -> None:
    """One record to the spool, a file of pickles: the spool is read back only by this run, and
    pickling the records (each with its article's text) is several times faster than JSON."""
    pickle.dump(record, f, protocol=pickle.HIGHEST_PROTOCOL)


def write_tables(spool: Path, out_dir: Path, normaliser: CorpusNormaliser, formats: Sequence[str] = ("csv",),
                 encoding: str = "utf-8") -> Tuple[List[Path], Dict[str, int]]:
    """Stream the spooled records into the tables; they replace the old ones only once all are complete,
    then datapackage.json describing them is replaced."""
    tables = open_tables(out_dir, formats, encoding)
    builder = TableBuilder(normaliser)
    try:
        pending: Dict[str, list] = defaultdict(list)
        for record in read_spool(spool):
            for name, rows in builder.rows(record).items():
                pending[name].extend(rows)
                if len(pending[name]) >= CHUNK_ROWS:
                    tables.append(name, pending.pop(name))
        for name, rows in pending.items():
            tables.append(name, rows)
        tables.append("entities", builder.entity_rows())
        written = tables.commit()
        write_datapackage(out_dir, encoding)
    except BaseException:
        tables.abort()
        raise
    return written, builder.counts
