"""Writing tables: the formula guard of CSV text cells, Parquet types, atomic replacement."""
import pandas as pd
import pytest

from pipeline.errors import NhsExtractError
from pipeline.tables import SCHEMAS, frame
from pipeline.writer import check_formats, guard_formulas, open_tables, remove_stale_temp_files, unguard_formulas


@pytest.mark.parametrize("cell,guarded", [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-2 cmd|' /C calc'!A0", "'-2 cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("'=already quoted", "''=already quoted"),  # so that unguarding gives the original back
    ("NHS England", "NHS England"),
    ("'Tis the season", "'Tis the season"),
    ("a = b", "a = b"),
    ("", ""),
])
def test_guard_prefixes_formula_cells_and_unguard_restores_them(cell, guarded):
    df = frame("errors", [{"source_path": "a.txt", "stage": "read", "message": cell}])
    out = guard_formulas(df)
    assert out.loc[0, "message"] == guarded
    assert unguard_formulas(out).loc[0, "message"] == cell


def test_guard_leaves_numeric_columns_and_missing_cells_alone():
    df = frame("figures", [{"article_id": "a", "start": 0, "end": 4, "text": "-£5m", "value": -5e6, "unit": "GBP",
                            "qualifier": None, "measure": "-", "period": None, "sentence": "+5 and -5."}])
    out = guard_formulas(df)
    assert out.loc[0, "value"] == -5e6 and out["value"].dtype == "Float64"
    assert out.loc[0, "text"] == "'-£5m" and out.loc[0, "measure"] == "'-"
    assert pd.isna(out.loc[0, "qualifier"])
    assert df.loc[0, "text"] == "-£5m", "the caller's frame is not modified"


def _rows():
    return [{"article_id": "a", "start": 3, "end": 7, "text": "=1+1", "value": -12.5, "unit": "percent",
             "qualifier": None, "measure": "@risk", "period": "2019", "sentence": "-12.5% =1+1"}]


def test_csv_is_guarded_and_parquet_keeps_raw_typed_values(tmp_path):
    tables = open_tables(tmp_path, ["csv", "parquet"])
    tables.append("figures", _rows())
    written = tables.commit()
    assert {p.name for p in written} == {f"{n}.{f}" for n in SCHEMAS for f in ("csv", "parquet")}
    csv = pd.read_csv(tmp_path / "figures.csv")
    assert csv.loc[0, "text"] == "'=1+1" and csv.loc[0, "measure"] == "'@risk"
    assert csv.loc[0, "value"] == -12.5, "a negative number stays a number"
    parquet = pd.read_parquet(tmp_path / "figures.parquet", dtype_backend="numpy_nullable")
    assert parquet.loc[0, "text"] == "=1+1" and parquet.loc[0, "sentence"] == "-12.5% =1+1"
    expected = {c.name: c.dtype for c in SCHEMAS["figures"]}
    assert {c: str(t) for c, t in parquet.dtypes.items()} == expected
    assert pd.isna(parquet.loc[0, "qualifier"])
    empty = pd.read_parquet(tmp_path / "errors.parquet")
    assert list(empty.columns) == [c.name for c in SCHEMAS["errors"]] and len(empty) == 0


def test_aborted_tables_leave_the_old_ones(tmp_path):
    first = open_tables(tmp_path, ["csv"])
    first.append("figures", _rows())
    first.commit()
    before = (tmp_path / "figures.csv").read_bytes()
    second = open_tables(tmp_path, ["csv"])
    second.append("figures", _rows() * 3)
    second.abort()
    assert (tmp_path / "figures.csv").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_stale_temporary_files_are_removed(tmp_path):
    stale = [tmp_path / ".mentions.k2j4.csv.tmp", tmp_path / ".figures.x.parquet.tmp", tmp_path / ".records.1.jsonl",
             tmp_path / ".records.2.pickle"]
    for path in stale:
        path.write_text("half")
    (tmp_path / "mentions.csv").write_text("kept")
    assert sorted(remove_stale_temp_files(tmp_path)) == sorted(stale)
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]


@pytest.mark.parametrize("formats,expected", [
    (["csv"], ["csv"]), (["parquet", "csv"], ["csv", "parquet"]), ([" Parquet "], ["parquet"]),
])
def test_formats(formats, expected):
    assert check_formats(formats) == expected


@pytest.mark.parametrize("formats", [["xlsx"], [""], ["csv", "json"]])
def test_unknown_format_is_an_error(formats):
    with pytest.raises(NhsExtractError, match="E041"):
        check_formats(formats)
