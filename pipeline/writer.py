"""Writing tables atomically: chunks go to a temporary file that replaces the table at the end."""
import os
import tempfile
from pathlib import Path
from typing import Dict

import pandas as pd

from .tables import SCHEMAS, frame


class AtomicTable:
    """A CSV table written in chunks; `commit` renames it into place, `abort` leaves the old one."""

    def __init__(self, out_dir: Path, name: str, encoding: str = "utf-8"):
        self.path = out_dir / f"{name}.csv"
        self.name = name
        self.encoding = encoding
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".csv.tmp", dir=out_dir)
        self.tmp = Path(tmp)
        self.file = os.fdopen(fd, "w", encoding=encoding, newline="")
        self.header_written = False

    def append(self, rows: list) -> None:
        self.append_frame(frame(self.name, rows))

    def append_frame(self, df: pd.DataFrame) -> None:
        df.to_csv(self.file, header=not self.header_written, index=False, lineterminator="\n")
        self.header_written = True

    def commit(self) -> None:
        if not self.header_written:
            self.append([])
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.tmp.unlink(missing_ok=True)


def open_tables(out_dir: Path, encoding: str = "utf-8") -> Dict[str, AtomicTable]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: AtomicTable(out_dir, name, encoding) for name in SCHEMAS}


def write_text_atomically(path: Path, text: str) -> None:
    """Write a whole file through a temporary one, so readers never see half of it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
