"""Where the per-article work runs: in this process, in N worker processes, or on Dask.

Every engine runs the same function, `process_batch`, on batches of articles and hands the
results back in input order, so the tables do not depend on the engine or the number of jobs.
Workers build the spaCy pipeline once (`worker_nlp`) and keep it for every batch they get.
"""
import multiprocessing
import multiprocessing.connection
import os
import pickle
import sys
import threading
from pathlib import Path
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

from spacy.language import Language
from spacy.tokens import Doc

from .cache import EncodedRecord, encode_record
from .errors import Errors, NhsExtractError
from .nlp import build_nlp
from .reader import Article, ReadOptions, read_article
from .rowtext import CsvLines, article_row, item_rows
from .tables import doc_records
from .text_utils import remember_text

ENGINES = ("local", "dask")

_worker_nlp: Optional[Language] = None
_worker_nlp_lock = threading.Lock()


def process_batch(nlp: Language, articles: List[Article]) -> List[dict]:
    """The per-article work: one result per article, in order; a failing article never stops the batch.

    A result is `doc_records(doc)` (n_tokens, mentions, relations) or {"error": message}.
    """
    try:
        docs = list(nlp.pipe(new_docs(nlp, articles), batch_size=max(1, len(articles))))
    except Exception:  # one bad article: redo the batch one by one to find it
        docs = [None] * len(articles)
    results = []
    for article, doc in zip(articles, docs):
        if doc is None:
            try:
                doc = nlp(article.text)
            except Exception as e:  # noqa: BLE001 - reported per article, the run goes on
                results.append({"error": f"{article.source_path}: processing failed ({type(e).__name__}: {e})."})
                continue
        results.append(doc_records(doc))
    return results


def new_docs(nlp: Language, articles: List[Article]) -> Iterator[Doc]:
    """The tokenized articles, each with its text remembered (see remember_text)."""
    for article in articles:
        doc = nlp.make_doc(article.text)
        remember_text(doc, article.text)
        yield doc


Source = Union[str, Article]  # the path of a .txt/.html file, read where it is processed, or an article read


class Done(NamedTuple):
    """An article read and processed: what the process merging the results needs at once (the rest of its
    rows, the mentions and relations pieces, are in the unit's blob)."""
    article_id: str
    source_path: str
    source_line: Optional[int]
    sha256: str
    warnings: Tuple[str, ...]
    observations: list  # rowtext.Observation of each mention but FIGUREs
    n_mentions: int
    n_relations: int
    encoded: str  # the record as the cache stores it
    article_line: str  # its articles.csv line
    figure_lines: str  # its figures.csv lines


class Failed(NamedTuple):
    """An article read whose processing failed."""
    article_id: str
    source_path: str
    source_line: Optional[int]
    message: str


def process_sources(nlp: Language, sources: List[Source], options: ReadOptions = ReadOptions()
                    ) -> Tuple[list, bytes]:
    """Read (paths) and process a unit of articles, and make their table rows: (one entry per source, blob).

    An entry is a ReadError, a Failed or a Done; the blob pickles the (mentions, relations) pieces
    (rowtext.MentionPiece, RelationPiece) of each Done in order, which only the table writer unpickles.
    """
    read = [read_article(Path(s), options) if isinstance(s, str) else s for s in sources]
    articles = [a for a in read if isinstance(a, Article)]
    results = iter(process_batch(nlp, articles)) if articles else iter(())
    lines = CsvLines()
    entries: list = []
    pieces = []
    for item in read:
        if not isinstance(item, Article):
            entries.append(item)
            continue
        record = next(results)
        if "error" in record:
            entries.append(Failed(item.article_id, item.source_path, item.source_line, record["error"]))
            continue
        rows = item_rows(lines, article_row(item, record["n_tokens"]), record)
        pieces.append((rows.mentions, rows.relations))
        entries.append(Done(item.article_id, item.source_path, item.source_line, item.sha256, item.warnings,
                            rows.observations, rows.n_mentions, rows.n_relations, encode_record(record),
                            rows.article, rows.figures))
    return entries, pickle.dumps(pieces, protocol=pickle.HIGHEST_PROTOCOL)


def process_sources_in_worker(sources: List[Source], options: ReadOptions = ReadOptions()) -> Tuple[list, bytes]:
    return process_sources(worker_nlp(), sources, options)


def worker_nlp() -> Language:
    """This worker's pipeline, built on first use (threads of one worker share it)."""
    global _worker_nlp
    with _worker_nlp_lock:
        if _worker_nlp is None:
            _worker_nlp = build_nlp()
        return _worker_nlp


def process_batch_in_worker(articles: List[Article]) -> List[dict]:
    """process_batch in a worker process; each result also carries its cache encoding (EncodedRecord)."""
    return [EncodedRecord(r) if "error" not in r else r for r in process_batch(worker_nlp(), articles)]


def _exit_with_parent() -> None:
    """Stop this worker when the process that started it dies (killed runs leave no orphans)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="nhs-parent-watch", daemon=True).start()


def _start_worker() -> None:
    _exit_with_parent()
    worker_nlp()


class InProcessEngine:
    """Runs each batch at once in this process, with the caller's pipeline."""

    window = 1
    reads_files = True  # paths can be sent: they are read where they are processed

    def __init__(self, nlp: Optional[Language] = None):
        self.nlp = nlp

    def __enter__(self) -> "InProcessEngine":
        return self

    def submit(self, articles: List[Article]) -> Future:
        self.nlp = self.nlp or build_nlp()  # built on first use: a run that reuses every result needs none
        done: Future = Future()
        done.set_result(process_batch(self.nlp, articles))
        return done

    def submit_sources(self, sources: List[Source], options: ReadOptions) -> Future:
        self.nlp = self.nlp or build_nlp()
        done: Future = Future()
        done.set_result(process_sources(self.nlp, sources, options))
        return done

    def result(self, future: Future) -> List[dict]:
        return future.result()

    def __exit__(self, *exc) -> None:
        pass


def start_method() -> str:
    """fork on Linux (see PoolEngine), else forkserver where the OS has it (safe with the threads of the
    parent), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class PoolEngine:
    """N worker processes on this machine, each with the pipeline built once.

    On Linux the pipeline is built here and the workers are forked from this process: they start at
    once with it (and with every module imported), instead of importing spaCy and building the
    pipeline each (1.6-2.9 s). Forking is safe here: the workers only run process_sources and
    process_batch, and never touch what this process holds open (cache, lock, tables): they end with
    os._exit, without closing or flushing anything of it. Elsewhere each worker builds its own.
    """

    reads_files = True

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.window = 2 * jobs  # batches in flight: every worker busy, memory bounded

    def __enter__(self) -> "PoolEngine":
        global _worker_nlp
        method = start_method()
        self.built_here = method == "fork"
        if self.built_here:
            with _worker_nlp_lock:
                _worker_nlp = build_nlp()  # inherited by the forked workers (forked at the first submit)
        context = multiprocessing.get_context(method)
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context, initializer=_start_worker)
        return self

    def submit(self, articles: List[Article]) -> Future:
        return self.pool.submit(process_batch_in_worker, articles)

    def submit_sources(self, sources: List[Source], options: ReadOptions) -> Future:
        return self.pool.submit(process_sources_in_worker, sources, options)

    def result(self, future: Future) -> List[dict]:
        try:
            return future.result()
        except BrokenProcessPool as e:
            raise NhsExtractError(Errors.E045.format(detail=e)) from e

    def __exit__(self, exc_type, *exc) -> None:
        global _worker_nlp
        # On an error or interrupt, drop queued batches instead of finishing them.
        self.pool.shutdown(wait=True, cancel_futures=exc_type is not None)
        if self.built_here:  # built for this run's workers only: a later run builds from the rules then
            with _worker_nlp_lock:
                _worker_nlp = None


class DaskEngine:
    """Batches as tasks on a Dask cluster: a local one with N single-threaded workers, or `scheduler`'s.

    The workers of an existing cluster need nhs-extract installed, at the same version and rules.
    """

    reads_files = False  # the workers may be on other machines: they get the articles' texts

    def __init__(self, jobs: int, scheduler: Optional[str] = None):
        self.jobs = jobs
        self.scheduler = scheduler
        self.window = 2 * jobs

    def __enter__(self) -> "DaskEngine":
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as e:
            raise NhsExtractError(Errors.E042.format(feature="--engine dask", extra="dask")) from e
        self.cluster = None
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="10s")
            except (OSError, TimeoutError) as e:
                raise NhsExtractError(Errors.E043.format(address=self.scheduler, detail=e)) from e
            workers = self.client.scheduler_info().get("workers", {})
            self.window = 2 * max(len(workers), self.jobs)
        else:
            # One thread per worker: a spaCy pipeline is not shared between threads.
            self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, dashboard_address=None)
            self.client = Client(self.cluster)
        return self

    def submit(self, articles: List[Article]) -> Any:
        return self.client.submit(process_batch_in_worker, articles, pure=False)

    def submit_sources(self, sources: List[Source], options: ReadOptions) -> Any:
        return self.client.submit(process_sources_in_worker, sources, options, pure=False)

    def result(self, future: Any) -> List[dict]:
        return future.result()

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def check_engine(engine: str, jobs: int) -> None:
    """Stop before anything is written when the engine options cannot work."""
    if engine not in ENGINES:
        raise NhsExtractError(Errors.E044.format(engine=engine, known=", ".join(ENGINES)))
    if jobs < 1:
        raise NhsExtractError(Errors.E046.format(jobs=jobs))


def open_engine(engine: str = "local", jobs: int = 1, scheduler: Optional[str] = None,
                nlp: Optional[Language] = None):
    """The engine for these options (a context manager); `nlp` is used only in this process."""
    check_engine(engine, jobs)
    if engine == "dask":
        return DaskEngine(jobs, scheduler)
    if jobs > 1:
        return PoolEngine(jobs)
    return InProcessEngine(nlp)


def map_in_order(engine, units: Iterable[Tuple[Any, list]], submit=None) -> Iterator[Tuple[Any, Any]]:
    """(tag, results) for each (tag, articles) unit, in input order, with at most `engine.window` in flight.

    submit: what sends a unit's items (default engine.submit); an empty unit gives [] without it.
    """
    submit = submit or engine.submit
    pending: deque = deque()
    for tag, articles in units:
        pending.append((tag, submit(articles) if articles else None))
        while len(pending) >= engine.window:
            yield _finish(engine, pending.popleft())
    while pending:
        yield _finish(engine, pending.popleft())


def _finish(engine, unit: Tuple[Any, Any]) -> Tuple[Any, List[dict]]:
    tag, future = unit
    return tag, (engine.result(future) if future is not None else [])
