import re

from conftest import ROOT
from pipeline.tables import SCHEMAS


def test_data_dictionary_lists_every_column_in_order():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table, columns in SCHEMAS.items():
        section = readme.split(f"### `{table}.csv`", 1)[1].split("\n\n")[1]
        documented = re.findall(r"^\| `([a-z_0-9]+)` \| (\w+) \|", section, re.M)
        assert documented == [(c.name, c.dtype) for c in columns], table
