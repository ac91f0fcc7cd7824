"""Loading rules tables (CSV with a header, JSONL patterns, word lists) as typed records."""
import csv
import json
from importlib import resources
from pathlib import Path
from typing import Iterable, List, NamedTuple, Optional

from spacy.util import registry

from .errors import Errors, NhsExtractError

REPO_RULES = Path(__file__).resolve().parent.parent / "rules"


class OrgRecord(NamedTuple):
    """One gazetteer row: an alias that names the organisation `canonical`."""

    canonical: str
    alias: str
    kind: str
    valid_from: str
    valid_to: str
    source: str


class PhraseRecord(NamedTuple):
    """A phrase of a lexicon table and the value it maps to (a qualifier, a role kind...)."""

    phrase: str
    value: str


def rules_dir() -> Path:
    """The rules folder: the repository's, or the copy installed as package data."""
    if REPO_RULES.is_dir():
        return REPO_RULES
    return Path(str(resources.files("pipeline") / "rules"))


def resolve(path: "str | Path") -> Path:
    """A rules path from config: absolute, relative to cwd, or relative to the rules folder."""
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    return rules_dir() / (p.name if p.parts[:1] == ("rules",) else p)


def _open_rows(path: Path, required: List[str]) -> Iterable[tuple]:
    path = resolve(path)
    if not path.is_file():
        raise NhsExtractError(Errors.E010.format(path=path))
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        reader = csv.DictReader(lines)
        found = reader.fieldnames or []
        if not set(required) <= set(found):
            raise NhsExtractError(Errors.E012.format(path=path, found=found, expected=required))
        for row in reader:
            yield path, reader.line_num, row


def load_gazetteer(path: "str | Path") -> List[OrgRecord]:
    """Read an organisation table (canonical, alias, kind, valid_from, valid_to, source)."""
    records = []
    for p, line, row in _open_rows(Path(path), ["canonical", "alias", "kind"]):
        canonical, alias = (row.get("canonical") or "").strip(), (row.get("alias") or "").strip()
        if not canonical or not alias:
            raise NhsExtractError(Errors.E011.format(path=p, line=line, detail="empty canonical or alias"))
        records.append(OrgRecord(canonical, alias, (row.get("kind") or "").strip(),
                                 (row.get("valid_from") or "").strip(), (row.get("valid_to") or "").strip(),
                                 (row.get("source") or "").strip()))
    return records


def load_phrases(path: "str | Path", value_column: Optional[str] = None) -> List[PhraseRecord]:
    """Read a lexicon table whose first column is `phrase` (and optionally a value column)."""
    required = ["phrase"] + ([value_column] if value_column else [])
    records = []
    for p, line, row in _open_rows(Path(path), required):
        phrase = (row.get("phrase") or "").strip()
        if not phrase:
            raise NhsExtractError(Errors.E011.format(path=p, line=line, detail="empty phrase"))
        records.append(PhraseRecord(phrase, (row.get(value_column) or "").strip() if value_column else ""))
    return records


def load_patterns(path: "str | Path") -> List[dict]:
    """Read spaCy-format JSONL patterns ({"label": ..., "pattern": [...], "id": ...})."""
    path = resolve(path)
    if not path.is_file():
        raise NhsExtractError(Errors.E010.format(path=path))
    patterns = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("//"):
                continue
            try:
                patterns.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise NhsExtractError(Errors.E011.format(path=path, line=n, detail=f"not JSON ({e.msg})")) from e
    return patterns


@registry.misc("nhs_package_data.v1")
def package_data(package: str, resource: str) -> str:
    """Path of a data file shipped inside an installed package (no download at run time)."""
    return str(resources.files(package) / resource)


def load_first_names(path: "str | Path") -> frozenset:
    """First names from gender-guesser's nam_dict.txt (name in columns 3-29)."""
    names = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name and "+" not in name and len(name) > 1:
                names.add(name)
    return frozenset(names)
