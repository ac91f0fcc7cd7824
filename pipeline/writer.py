"""Writing tables atomically: chunks go to a temporary file that replaces the table at the end.

Every format writes to a hidden temporary file in the output folder and renames it into place
(`os.replace`, atomic on one file system), so a reader never sees a half-written table and a
run killed at any moment leaves the previous table intact.
"""
import csv
import os
import re
import tempfile
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

import pandas as pd

from .errors import Errors, NhsExtractError
from .tables import SCHEMAS, frame

FORMATS = ("csv", "parquet")

# OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula.
# A cell made only of quotes before such a character is quoted too, so unguarding is exact.
FORMULA_CELL = r"^(?='*[=+\-@\t\r])"
GUARDED_CELL = r"^'(?='*[=+\-@\t\r])"


def guard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells a spreadsheet would run as a formula with a single quote.

    Only string columns change: a negative number in a numeric column stays a number.
    """
    text_columns = [c for c in df.columns if pd.api.types.is_string_dtype(df[c].dtype)]
    if not text_columns:
        return df
    guarded = df.copy()
    for column in text_columns:
        guarded[column] = guarded[column].str.replace(FORMULA_CELL, "'", regex=True)
    return guarded


def unguard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Undo `guard_formulas` on a table read back from CSV (the raw values, as Parquet keeps them)."""
    out = df.copy()
    for column in out.columns:
        if pd.api.types.is_string_dtype(out[column].dtype) or out[column].dtype == object:
            out[column] = out[column].astype("string").str.replace(GUARDED_CELL, "", regex=True)
    return out


FORMULA_START = re.compile(r"'*[=+\-@\t\r]")  # FORMULA_CELL without its lookahead, for re.match


def text_cell(value) -> str:
    """A string cell as pandas writes it after `frame` and `guard_formulas`."""
    if value is None or (isinstance(value, float) and value != value):  # None and NaN are missing
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text[:1] in "'=+-@\t\r" and text and FORMULA_START.match(text) else text


def int_cell(value) -> str:
    """An Int64 cell: missing is empty, 3.0 is 3."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(int(value))


def float_cell(value) -> str:
    """A Float64 cell: missing is empty, 5 is 5.0 (Python's shortest repr, as pandas writes)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return repr(float(value))


def bool_cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(bool(value))


CELL_WRITERS = {"string": text_cell, "Int64": int_cell, "Float64": float_cell, "boolean": bool_cell}
# Each table's columns with how a value is written: the same text as pandas' to_csv of `frame`, which
# costs several times more for rows that are already plain values.
CSV_CELLS = {table: [(c.name, CELL_WRITERS[c.dtype]) for c in columns] for table, columns in SCHEMAS.items()}


def temp_file(directory: Path, prefix: str, suffix: str) -> Tuple[int, Path]:
    """A new hidden temporary file next to its final place, with the mode a plain `open()` would give.

    (mkstemp makes it owner-only, which the renamed table would keep.)
    """
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=directory)
    umask = os.umask(0o022)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return fd, Path(name)


def _fsync_dir(directory: Path) -> None:
    """Make a rename durable: the directory entry itself must reach the disk."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # some platforms cannot open a directory; the rename is still atomic
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AtomicTable:
    """A table written in chunks to a temporary file; `commit` renames it into place, `abort` leaves the old one."""

    suffix = ".csv"

    def __init__(self, out_dir: Path, name: str, encoding: str = "utf-8"):
        self.out_dir = Path(out_dir)
        self.name = name
        self.path = self.out_dir / f"{name}{self.suffix}"
        self.encoding = encoding
        fd, self.tmp = temp_file(self.out_dir, f".{name}.", f"{self.suffix}.tmp")
        self._open(fd)

    def _open(self, fd: int) -> None:
        self.file = os.fdopen(fd, "w", encoding=self.encoding, newline="")
        self.header_written = False

    def append(self, rows: list) -> None:
        """Rows as dicts by column name; the CSV is what `append_frame(frame(name, rows))` writes."""
        writer = csv.writer(self.file, lineterminator="\n")  # pandas' to_csv writes with csv too
        if not self.header_written:
            writer.writerow([c.name for c in SCHEMAS[self.name]])
        cells = CSV_CELLS[self.name]
        writer.writerows([[cell(row.get(name)) for name, cell in cells] for row in rows])
        self.header_written = True

    def append_text(self, text: str) -> None:
        """CSV lines already made (rowtext), after the header."""
        if not self.header_written:
            self.append([])
        self.file.write(text)

    def append_frame(self, df: pd.DataFrame) -> None:
        guard_formulas(df).to_csv(self.file, header=not self.header_written, index=False, lineterminator="\n")
        self.header_written = True

    def _close(self) -> None:
        if not self.header_written:
            self.append([])
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()

    def commit(self) -> None:
        self._close()
        os.replace(self.tmp, self.path)
        _fsync_dir(self.out_dir)

    def abort(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.tmp.unlink(missing_ok=True)


class ParquetTable(AtomicTable):
    """The same table as Parquet, with the column types of SCHEMAS (Int64, Float64, string) and raw values."""

    suffix = ".parquet"

    def append(self, rows: list) -> None:
        self.append_frame(frame(self.name, rows))

    def _open(self, fd: int) -> None:
        import pyarrow.parquet as pq

        os.close(fd)  # pyarrow opens the path itself
        self.schema = arrow_schema(self.name)
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.header_written = True  # the schema is written even when no row is

    def append_frame(self, df: pd.DataFrame) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))

    def _close(self) -> None:
        self.writer.close()
        with self.tmp.open("rb") as f:
            os.fsync(f.fileno())

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def arrow_schema(table: str):
    """The Arrow schema of a table, from its pandas dtypes in SCHEMAS."""
    import pyarrow as pa

    types = {"Int64": pa.int64(), "Float64": pa.float64(), "string": pa.string(), "boolean": pa.bool_()}
    return pa.schema([pa.field(c.name, types[c.dtype], nullable=True) for c in SCHEMAS[table]])


TABLE_CLASSES = {"csv": AtomicTable, "parquet": ParquetTable}


def check_formats(formats: Iterable[str]) -> List[str]:
    """The requested formats in a fixed order, or an error naming the unknown or unavailable one."""
    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = sorted(set(wanted) - set(FORMATS))
    if unknown or not wanted:
        raise NhsExtractError(Errors.E041.format(formats=",".join(unknown) or "(none)", known=",".join(FORMATS)))
    if "parquet" in wanted:
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise NhsExtractError(Errors.E042.format(feature="--format parquet", extra="parquet")) from e
    return [f for f in FORMATS if f in wanted]


class TableSet:
    """Every table in every requested format; appended together, committed or aborted together."""

    def __init__(self, out_dir: Path, formats: Sequence[str] = ("csv",), encoding: str = "utf-8"):
        out_dir.mkdir(parents=True, exist_ok=True)
        self.tables: Dict[str, List[AtomicTable]] = {name: [] for name in SCHEMAS}
        try:
            for fmt in formats:
                for name in SCHEMAS:
                    self.tables[name].append(TABLE_CLASSES[fmt](out_dir, name, encoding))
        except BaseException:
            self.abort()
            raise

    def append(self, name: str, rows: list) -> None:
        df = None  # the DataFrame only for the formats that write one (Parquet), built once for all
        for table in self.tables[name]:
            if isinstance(table, ParquetTable):
                df = frame(name, rows) if df is None else df
                table.append_frame(df)
            else:
                table.append(rows)

    def append_text(self, name: str, text: str) -> None:
        """CSV lines already made (rowtext): only for a set of CSV tables."""
        for table in self.tables[name]:
            table.append_text(text)

    def commit(self) -> List[Path]:
        """Rename every finished table into place (all are complete on disk before the first rename)."""
        every = [t for tables in self.tables.values() for t in tables]
        for table in every:
            table._close()
        for table in every:
            os.replace(table.tmp, table.path)
        if every:
            _fsync_dir(every[0].out_dir)
        return [t.path for t in every]

    def abort(self) -> None:
        for tables in self.tables.values():
            for table in tables:
                table.abort()


def open_tables(out_dir: Path, formats: Sequence[str] = ("csv",), encoding: str = "utf-8") -> TableSet:
    return TableSet(Path(out_dir), formats, encoding)


def remove_stale_temp_files(out_dir: Path) -> List[Path]:
    """Temporary tables and spools a killed run left behind (call only while holding the run lock)."""
    stale = []
    for name in SCHEMAS:
        for fmt in FORMATS:
            stale.extend(out_dir.glob(f".{name}.*.{fmt}.tmp"))
    stale.extend(out_dir.glob(".records.*.pickle"))
    stale.extend(out_dir.glob(".records.*.jsonl"))  # spools of earlier versions were JSON Lines
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def write_text_atomically(path: Path, text: str) -> None:
    """Write a whole file through a temporary one, so readers never see half of it."""
    fd, tmp = temp_file(path.parent, f".{path.name}.", ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
