"""The Frictionless data package (datapackage.json) describing the tables, generated from SCHEMAS."""
import json
from pathlib import Path

from . import __version__
from .tables import FOREIGN_KEYS, PRIMARY_KEYS, SCHEMAS
from .writer import write_text_atomically

DATAPACKAGE = "datapackage.json"
# pandas dtype -> Table Schema field type
FIELD_TYPES = {"string": "string", "Int64": "integer", "Float64": "number", "boolean": "boolean"}


def table_schema(table: str) -> dict:
    """The Table Schema of one table: fields with types and descriptions, its keys."""
    schema: dict = {
        "fields": [{"name": c.name, "type": FIELD_TYPES[c.dtype], "description": c.description}
                   for c in SCHEMAS[table]],
        "missingValues": [""],
    }
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = list(PRIMARY_KEYS[table])
    foreign_keys = [{"fields": list(fk.fields), "reference": {"resource": fk.table, "fields": list(fk.reference)}}
                    for fk in FOREIGN_KEYS.get(table, [])]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def datapackage(encoding: str = "utf-8") -> dict:
    """The data package descriptor of every table, for CSVs written in `encoding`."""
    resources = [{"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource", "format": "csv",
                  "mediatype": "text/csv", "encoding": encoding, "schema": table_schema(table)}
                 for table in SCHEMAS]
    return {
        "profile": "tabular-data-package",
        "name": "nhs-extract-tables",
        "title": "Organisations, people, figures and relations from UK health-policy news",
        "description": ("Tables written by nhs-extract " + __version__ + ". Offsets are Python string "
                        "indices into articles.text; an empty cell means unknown or not applicable."),
        "resources": resources,
    }


def write_datapackage(out_dir: Path, encoding: str = "utf-8") -> Path:
    """Write datapackage.json next to the tables (atomically) and return its path."""
    path = Path(out_dir) / DATAPACKAGE
    write_text_atomically(path, json.dumps(datapackage(encoding), indent=2, ensure_ascii=False) + "\n")
    return path
