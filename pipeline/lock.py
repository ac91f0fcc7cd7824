"""One run at a time per output folder: a lock file held for the whole run.

filelock uses an OS lock (fcntl/msvcrt) on the file, which the OS releases when the holder
dies, so a killed run never leaves a stale lock behind.
"""
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from .errors import Errors, NhsExtractError

STATE_DIR = ".nhs-extract"  # hidden folder of the output folder: lock, cache, manifest history
LOCK_NAME = "run.lock"


def state_dir(out_dir: Path) -> Path:
    path = Path(out_dir) / STATE_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def lock_path(out_dir: Path) -> Path:
    return state_dir(out_dir) / LOCK_NAME


@contextmanager
def run_lock(out_dir: Path, wait: bool = False) -> Iterator[Path]:
    """Hold the output folder's lock; stop at once with E040 if another run holds it, or queue with `wait`."""
    path = lock_path(out_dir)
    lock = FileLock(path, timeout=-1 if wait else 0)
    try:
        lock.acquire()
    except Timeout as e:
        raise NhsExtractError(Errors.E040.format(out=out_dir, lock=path)) from e
    try:
        yield path
    finally:
        lock.release()
