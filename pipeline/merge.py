"""The run of CSV tables: workers read, process and write the rows; this process only merges.

Each unit of articles goes to the engine as paths (.txt, .html: read and decoded where they are
processed) or as articles already read (JSON Lines lines, cached results' neighbours with
--incremental, every input on Dask, whose workers may not see this file system). The engine's
`process_sources` makes every table row of the unit as CSV text (`rowtext`), except the canonical
and entity-id cells of mentions and relations, which need the whole corpus. This process, in input
order: checks for repeated ids, logs problems, stores new results in the cache, writes the
articles, figures and errors lines straight into the tables, lets the normaliser observe every
mention and spools the unit's mention and relation pieces as the worker pickled them. At the end it
resolves canonical names and joins the pieces into mentions.csv and relations.csv.

The tables are byte for byte those of `run.write_tables` over the records of `run.article_records`
(the path kept for Parquet), which tests/test_fast_paths.py checks.
"""
import os
import pickle
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence

from .build import TableBuilder
from .cache import ResultCache
from .datapackage import write_datapackage
from .engines import Done, Failed, map_in_order
from .errors import Errors
from .normalise import CorpusNormaliser
from .reader import JSONL_SUFFIXES, Article, ReadError, ReadOptions, read_source
from .rowtext import CsvLines, article_row, failed_rows, item_rows

Progress = Callable[[int, int], None]


class MergeStats(NamedTuple):
    n_records: int
    n_reused: int
    hashes: set
    counts: Counter  # failed, mentions, relations


def sources(paths: Iterable[Path], engine, options: ReadOptions, incremental: bool) -> Iterator[object]:
    """Each input in order: a path (str) for the engine to read, or a ReadResult read here.

    Read here: JSON Lines files (one file may hold the whole corpus: its lines are spread over the
    units), every file when the engine cannot read paths, and every file of an incremental run (the
    text's hash says whether its cached result is reused).
    """
    send_paths = engine.reads_files and not incremental
    for path in paths:
        name = os.fspath(path)
        # file_format's test, on the string: no Path object made per file here
        if send_paths and os.path.splitext(name)[1].lower() not in JSONL_SUFFIXES:
            yield name
        else:
            yield from read_source(Path(path), options)


def units(items: Iterable[object], cache: ResultCache, incremental: bool, batch_size: int):
    """((group, hits), to_send) per group of batch_size inputs: hits are cached records by sha256; sent
    are the paths (str) and the Articles not in the cache, not ReadErrors. Both run paths use it."""
    def unit(group: list):
        hits = cache.get_many(a.sha256 for a in group if isinstance(a, Article)) if incremental else {}
        send = [s for s in group if isinstance(s, str) or (isinstance(s, Article) and s.sha256 not in hits)]
        return (group, hits), send

    group: list = []
    for item in items:
        group.append(item)
        if len(group) >= batch_size:
            yield unit(group)
            group = []
    if group:
        yield unit(group)


class Merger:
    """Takes the units' results in input order; writes articles, figures and errors lines at once."""

    def __init__(self, tables, spool_file, cache: ResultCache, logger, progress: Optional[Progress], total: int):
        self.tables = tables
        self.spool = spool_file
        self.cache = cache
        self.logger = logger
        self.progress = progress
        self.total = total
        self.lines = CsvLines()
        self.normaliser = CorpusNormaliser()
        self.first_seen: Dict[str, str] = {}
        self.hashes: set = set()
        self.counts = Counter(failed=0, mentions=0, relations=0)
        self.n_records = self.n_reused = 0
        # the entities table, by (label, name) until names are resolved
        self.ent_count: Counter = Counter()
        self.ent_articles: Dict[tuple, set] = defaultdict(set)
        self.ent_aliases: Dict[tuple, Counter] = defaultdict(Counter)
        self.ent_last: Dict[tuple, int] = {}
        self.n_observed = 0

    def _duplicate(self, article_id: str, source_path: str, source_line: Optional[int]) -> Optional[ReadError]:
        """reader.drop_duplicate_ids, here: the first article with an id wins."""
        where = source_path if source_line is None else f"{source_path}:{source_line}"
        first = self.first_seen.setdefault(article_id, where)
        if first == where:
            return None
        message = Errors.E036.format(where=where, article_id=article_id, first=first)
        return ReadError(article_id, source_path, "duplicate", message, source_line)

    def _failed(self, article_id, source_path, stage, message, source_line) -> None:
        self.logger.error(message)
        article, error = failed_rows(self.lines, article_id, source_path, stage, message, source_line)
        if article is not None:
            self.tables.append_text("articles", article)
        self.tables.append_text("errors", error)
        self.counts["failed"] += 1

    def _ok(self, article_id: str, warnings, observations, n_mentions: int, n_relations: int, article_line: str,
            figure_lines: str, sha256: str) -> None:
        for warning in warnings:
            self.logger.warning(warning)
        self.tables.append_text("articles", article_line)
        if figure_lines:
            self.tables.append_text("figures", figure_lines)
        observe = self.normaliser.observe_name
        seq = self.n_observed
        for label, name, org_kind, title, text in observations:
            observe(label, name, org_kind, title)
            key = (label, name)
            self.ent_count[key] += 1
            self.ent_articles[key].add(article_id)
            self.ent_aliases[key][text] += 1
            self.ent_last[key] = seq
            seq += 1
        self.n_observed = seq
        self.counts["mentions"] += n_mentions
        self.counts["relations"] += n_relations
        self.hashes.add(sha256)

    def merge(self, group: list, hits: Dict[str, dict], results) -> None:
        entries, blob = results if results else ([], None)
        fresh = iter(entries)
        order: list = []  # the spooled pieces in input order: an index into the blob, or pieces made here
        new = []
        k = 0  # index of the next Done in the blob
        for source in group:
            if isinstance(source, str) or (isinstance(source, Article) and source.sha256 not in hits):
                item = next(fresh)
            else:
                item = source
            if isinstance(item, ReadError):
                self._failed(item.article_id, item.source_path, item.stage, item.message, item.source_line)
            else:
                duplicate = self._duplicate(item.article_id, item.source_path, item.source_line)
                if isinstance(item, Done):
                    k += 1
                if duplicate is not None:
                    d = duplicate
                    self._failed(d.article_id, d.source_path, d.stage, d.message, d.source_line)
                elif isinstance(item, Failed):
                    self._failed(item.article_id, item.source_path, "process", item.message, item.source_line)
                elif isinstance(item, Done):
                    self._ok(item.article_id, item.warnings, item.observations, item.n_mentions, item.n_relations,
                             item.article_line, item.figure_lines, item.sha256)
                    order.append(k - 1)
                    new.append((item.sha256, item.encoded))
                else:  # an Article whose cached record is reused
                    record = hits[item.sha256]
                    rows = item_rows(self.lines, article_row(item, record["n_tokens"]), record)
                    self._ok(item.article_id, item.warnings, rows.observations, rows.n_mentions, rows.n_relations,
                             rows.article, rows.figures, item.sha256)
                    order.append((rows.mentions, rows.relations))
                    self.n_reused += 1
            self.n_records += 1
            if self.progress:
                self.progress(self.n_records, self.total)
        self.cache.put_many(new)
        if order:
            pickle.dump((blob if any(type(e) is int for e in order) else None, order), self.spool,
                        protocol=pickle.HIGHEST_PROTOCOL)

    def stats(self) -> MergeStats:
        return MergeStats(self.n_records, self.n_reused, self.hashes, self.counts)


def merge_records(paths: Sequence[Path], engine, cache: ResultCache, merger: Merger, options: ReadOptions,
                  incremental: bool, batch_size: int) -> None:
    """Send every unit to the engine and merge the results in input order."""
    def submit(send: list):
        return engine.submit_sources(send, options)

    for (group, hits), results in map_in_order(engine, units(sources(paths, engine, options, incremental), cache,
                                                             incremental, batch_size), submit):
        merger.merge(group, hits, results)


def read_spool(spool: Path) -> Iterator:
    """Each pickle of a spool file, in order (the in-process run's records, the merge's pieces)."""
    with spool.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def write_entity_tables(spool: Path, merger: Merger, out_dir: Path, encoding: str) -> List[Path]:
    """With names resolved: mentions and relations from the spooled pieces, then entities; commit."""
    tables, lines, normaliser = merger.tables, merger.lines, merger.normaliser
    normaliser.finalise()
    cells: Dict[tuple, str] = {}  # (label, name) -> its canonical and entity-id cells
    id_cells: Dict[Optional[tuple], str] = {None: ""}  # (label, name) -> its entity-id cell
    canonical_of = normaliser.canonical_of

    def entity_cells(key: tuple) -> str:
        c = cells[key] = lines.entity_cells(*canonical_of(*key))
        return c

    def id_cell(key: tuple) -> str:
        c = id_cells[key] = lines.id_cell(canonical_of(*key)[1])
        return c

    for blob, order in read_spool(spool):
        pieces = pickle.loads(blob) if blob is not None else None
        for e in order:
            mentions, relations = pieces[e] if type(e) is int else e
            out = []
            for p in mentions:
                if type(p) is str:
                    out.append(p)
                else:
                    c = cells.get(p[1])
                    out.append(p[0] + (c if c is not None else entity_cells(p[1])) + p[2])
            if out:
                tables.append_text("mentions", "".join(out))
            out = []
            for p in relations:
                if type(p) is str:
                    out.append(p)
                else:
                    h = id_cells.get(p[1])
                    t = id_cells.get(p[3])
                    out.append(p[0] + (h if h is not None else id_cell(p[1])) + p[2]
                               + (t if t is not None else id_cell(p[3])) + p[4])
            if out:
                tables.append_text("relations", "".join(out))
    builder = TableBuilder(normaliser)
    label_of: Dict[str, tuple] = {}  # entity id -> (position of its last mention, label, canonical)
    for key, n in merger.ent_count.items():
        canonical, eid = canonical_of(*key)
        builder.entity_mentions[eid] += n
        builder.entity_articles[eid] |= merger.ent_articles[key]
        builder.entity_aliases[eid].update(merger.ent_aliases[key])
        last = merger.ent_last[key]
        if eid not in label_of or label_of[eid][0] < last:
            label_of[eid] = (last, key[0], canonical)
    for eid, (_, label, canonical) in label_of.items():
        builder.entity_label[eid] = (label, canonical)
    tables.append("entities", builder.entity_rows())
    written = tables.commit()
    write_datapackage(out_dir, encoding)
    return written
