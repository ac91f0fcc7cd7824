"""`pipeline.load`: the output tables as pandas DataFrames with their declared dtypes."""
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Union

import pandas as pd

from .errors import Errors, NhsExtractError
from .tables import SCHEMAS

# Columns with a small closed vocabulary: categories make them compact and group cleanly.
CATEGORY_COLUMNS = {"label", "unit", "qualifier", "type", "status", "stage"}
# The long free-text columns: most of the bytes of a large corpus's tables.
LONG_TEXT_COLUMNS = {"articles": {"text"}, "mentions": {"sentence"}, "figures": {"sentence"},
                     "relations": {"sentence"}}


class Tables(Dict[str, pd.DataFrame]):
    """The tables by name; also readable as attributes (`tables.mentions`)."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(super().__dir__()) + list(self)


def column_dtypes(table: str) -> Dict[str, str]:
    """The pandas dtype of each column of a table: SCHEMAS' dtype, or category."""
    return {c.name: "category" if c.name in CATEGORY_COLUMNS else c.dtype for c in SCHEMAS[table]}


def read_table(out_dir: Path, table: str, columns: Optional[Sequence[str]] = None,
               nrows: Optional[int] = None) -> pd.DataFrame:
    """One table of out_dir with its dtypes; raises E022 when it is missing or out of date.

    Args:
        columns: read only these columns (all by default).
        nrows: read only the first nrows rows.
    """
    path = Path(out_dir) / f"{table}.csv"
    dtypes = column_dtypes(table)
    wanted = list(columns or dtypes)
    if not path.is_file():
        raise NhsExtractError(Errors.E022.format(path=path, missing="no file", out=out_dir))
    header = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
    missing = [name for name in wanted if name not in header]
    if missing:
        raise NhsExtractError(Errors.E022.format(path=path, missing=", ".join(missing), out=out_dir))
    # Only an empty cell is missing: "NA" or "None" in a text are words, not gaps.
    # utf-8-sig reads plain UTF-8 and the --excel tables (with a BOM) alike.
    df = pd.read_csv(path, usecols=wanted, dtype="string", keep_default_na=False, na_values=[""],
                     encoding="utf-8-sig", nrows=nrows)
    for name in wanted:
        if dtypes[name] == "boolean":  # CSV holds True/False as words
            df[name] = df[name].map({"True": True, "False": False, "true": True, "false": False})
    return df[wanted].astype({name: dtypes[name] for name in wanted})


def load(outputs_dir: Union[str, Path] = "outputs", text: bool = True) -> Tables:
    """Load every table written by `nhs-extract run`.

    Args:
        outputs_dir: the folder given to `run --out` (default `outputs`).
        text: False leaves out the long text columns (articles.text and every sentence), which
            hold most of the bytes: for large corpora.
    Returns:
        Tables, a dict of DataFrames by table name (`articles`, `mentions`, `entities`, `figures`,
        `relations`, `errors`), also readable as attributes. Offsets and counts are nullable
        integers (Int64), values Float64, label/unit/qualifier/type/status/stage categories,
        every other column the pandas string dtype; an empty cell is <NA>.
    """
    return Tables({table: read_table(Path(outputs_dir), table, None if text else short_columns(table))
                   for table in SCHEMAS})


def short_columns(table: str) -> List[str]:
    """The table's columns less its long text columns."""
    return [c.name for c in SCHEMAS[table] if c.name not in LONG_TEXT_COLUMNS.get(table, ())]
