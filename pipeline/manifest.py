"""What produced a set of tables: project and library versions, hashes of the rules, config and code.

The fingerprint keys the per-article cache: a cached result is reused only when it was made by
the same pipeline (same code, config and rules). Any change to a rules file reprocesses every
article, because a gazetteer row or a lexicon word can change any article's results and telling
which ones would mean running them.
"""
import hashlib
import json
import os
import platform
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Dict, Iterable, NamedTuple, Optional

from . import __version__
from .nlp import CONFIG_PATH
from .rules_io import rules_dir
from .writer import temp_file

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST_NAME = "manifest.json"
# Libraries whose data or behaviour the results depend on.
LIBRARIES = ("spacy", "rapidfuzz", "text2num", "gender-guesser")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hash_files(paths: Iterable[Path], root: Path) -> Dict[str, str]:
    return {p.relative_to(root).as_posix(): file_sha256(p) for p in sorted(paths) if p.is_file()}


def library_versions() -> Dict[str, str]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


class Fingerprint(NamedTuple):
    project_version: str
    libraries: Dict[str, str]
    config_sha256: str
    rules: Dict[str, str]  # rules file -> sha256
    code: Dict[str, str]  # module of the package -> sha256

    @property
    def rules_sha256(self) -> str:
        return _digest(self.rules)

    @property
    def key(self) -> str:
        """One hash of everything a per-article result depends on."""
        return _digest(self._asdict())


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()


def pipeline_fingerprint(config_path: Optional[Path] = None, rules: Optional[Path] = None) -> Fingerprint:
    """The fingerprint of the pipeline `build_nlp(config_path, rules)` builds."""
    rules = Path(rules) if rules else rules_dir()
    rule_files = [p for p in rules.rglob("*") if p.suffix in {".csv", ".jsonl"}]
    return Fingerprint(project_version=__version__, libraries=library_versions(),
                       config_sha256=file_sha256(config_path or CONFIG_PATH),
                       rules=hash_files(rule_files, rules),
                       code=hash_files(PACKAGE_DIR.glob("*.py"), PACKAGE_DIR))


def write_json_atomically(path: Path, value: dict) -> None:
    fd, tmp = temp_file(path.parent, f".{path.name}.", ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(value, f, indent=2, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_manifest(out_dir: Path, fingerprint: Fingerprint, run: dict, tables: Iterable[Path]) -> Path:
    """manifest.json next to the tables: what made them, when, and each table's size and hash."""
    manifest = {
        "project": "nhs-extract", "project_version": fingerprint.project_version,
        "python": platform.python_version(), "libraries": fingerprint.libraries,
        "pipeline_key": fingerprint.key, "config_sha256": fingerprint.config_sha256,
        "rules_sha256": fingerprint.rules_sha256, "rules": fingerprint.rules,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "run": run,
        "tables": {p.name: {"bytes": p.stat().st_size, "sha256": file_sha256(p)} for p in tables},
    }
    path = Path(out_dir) / MANIFEST_NAME
    write_json_atomically(path, manifest)
    return path


def read_manifest(out_dir: Path) -> Optional[dict]:
    path = Path(out_dir) / MANIFEST_NAME
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
