"""Per-article results kept on disk as they are produced, keyed by content hash and pipeline.

SQLite (in the standard library) gives crash-safe transactions: a batch of results is either
stored whole or not at all, so a run killed at any moment leaves a cache the next run can use.
The key is the article's SHA-256 plus the pipeline fingerprint (`manifest.Fingerprint.key`):
a result made with other rules, config or code is never reused.
"""
import json
import sqlite3
from pathlib import Path
from typing import Dict, Iterable, Optional, Set, Tuple

CACHE_NAME = "cache.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT NOT NULL,
    pipeline_key TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (sha256, pipeline_key)
)
"""


class EncodedRecord(dict):
    """A record with its cache text made already: worker processes encode their results in parallel,
    so the process that stores them does not (JSON encoding was a large part of its work at -j 2)."""

    def __init__(self, record: dict):
        super().__init__(record)
        self.encoded = encode_record(record)


def encode_record(record) -> str:
    """The text a record is stored as (a str is that text already: see engines.Done)."""
    if isinstance(record, EncodedRecord):
        return record.encoded
    if isinstance(record, str):
        return record
    return json.dumps(record, ensure_ascii=False)


class ResultCache:
    """Processed-article records (n_tokens, mentions, relations) by (text sha256, pipeline key)."""

    def __init__(self, path: Path, pipeline_key: str):
        self.path = Path(path)
        self.pipeline_key = pipeline_key
        self.db = sqlite3.connect(self.path)
        # WAL: a committed batch survives the process being killed; NORMAL skips an fsync per commit
        # (only a power cut can lose the last batches, which are then simply processed again).
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(SCHEMA)
        self.db.commit()

    def get_many(self, hashes: Iterable[str]) -> Dict[str, dict]:
        """The cached records of those article hashes that have one for this pipeline."""
        wanted = list(dict.fromkeys(hashes))
        found: Dict[str, dict] = {}
        for i in range(0, len(wanted), 500):  # SQLite limits the number of bound parameters
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT sha256, record FROM results WHERE pipeline_key = ? AND sha256 IN ({marks})",
                                   [self.pipeline_key, *chunk])
            found.update((sha, json.loads(record)) for sha, record in rows)
        return found

    def put_many(self, results: Iterable[Tuple[str, dict]]) -> None:
        """Store a batch of (sha256, record) in one transaction."""
        rows = [(sha, self.pipeline_key, encode_record(record)) for sha, record in results]
        if rows:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)

    def keep_only(self, hashes: Set[str]) -> int:
        """Drop results of other pipelines and of articles no longer in the corpus; how many went."""
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS current (sha256 TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM current")
            self.db.executemany("INSERT OR IGNORE INTO current VALUES (?)", ((h,) for h in hashes))
            dropped = self.db.execute("DELETE FROM results WHERE pipeline_key != ? OR sha256 NOT IN "
                                      "(SELECT sha256 FROM current)", (self.pipeline_key,)).rowcount
        return dropped

    def count(self) -> int:
        query = "SELECT COUNT(*) FROM results WHERE pipeline_key = ?"
        return self.db.execute(query, (self.pipeline_key,)).fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ResultCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_cache(state_dir: Path, pipeline_key: str) -> ResultCache:
    return ResultCache(Path(state_dir) / CACHE_NAME, pipeline_key)


def cached_count(state_dir: Path, pipeline_key: Optional[str] = None) -> int:
    """Results stored so far (for all pipelines when no key is given), read without taking the lock."""
    path = Path(state_dir) / CACHE_NAME
    if not path.exists():
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if pipeline_key is None:
            return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        return db.execute("SELECT COUNT(*) FROM results WHERE pipeline_key = ?", (pipeline_key,)).fetchone()[0]
    except sqlite3.OperationalError:  # the table is not created yet
        return 0
    finally:
        db.close()
