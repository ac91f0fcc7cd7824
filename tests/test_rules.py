"""The rule tables in rules/ are well formed: what the loaders would read silently wrong is caught here."""
import csv
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parent.parent / "rules"


def _rows(path: Path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.reader(lines))


@pytest.mark.parametrize("path", sorted(RULES.glob("*.csv")), ids=lambda p: p.name)
def test_every_row_has_its_header_s_columns(path):
    header, *rows = _rows(path)
    wrong = [(n, row) for n, row in enumerate(rows, 2) if row and len(row) != len(header)]
    assert not wrong, f"{path.name}: rows whose field count differs from the header's {len(header)} (quote fields " \
                      f"with commas): {wrong[:3]}"
