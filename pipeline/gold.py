"""Gold annotations: reading and validating the JSONL format of docs/annotation.md."""
import json
import string
from pathlib import Path
from typing import Iterator, List, NamedTuple

from .errors import Errors, NhsExtractError

LABELS = {"ORG", "PERSON", "FIGURE"}
UNITS = {"GBP", "USD", "EUR", "percent", "percentage_point", "ratio", "count", "hour", "day", "week", "month", "year"}
QUALIFIERS = {None, "about", "more_than", "less_than", "up_to", "nearly", "at_least"}
RELATION_TYPES = {"role", "collaboration", "quote"}
# Characters a span may start or end with although they are punctuation: "£1bn", "8%", "King's".
EDGE_OK = set("£$€%'’.&)")


class GoldProblem(NamedTuple):
    article_id: str
    line: int
    message: str


def gold_files(path: "str | Path") -> List[Path]:
    """A gold file, or every *.jsonl directly inside a gold folder."""
    path = Path(path)
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def read_gold(path: "str | Path") -> Iterator[dict]:
    """Gold records of a file or folder; a line that is not JSON raises a message naming it."""
    for file in gold_files(path):
        yield from _read_gold_file(file)


def write_gold_texts(gold_path: "str | Path", folder: Path) -> Path:
    """Each gold article's text as folder/<id>.txt: a corpus to run the pipeline on and score."""
    folder.mkdir(parents=True, exist_ok=True)
    for g in read_gold(gold_path):
        (folder / f"{g['id']}.txt").write_text(g["text"], encoding="utf-8")
    return folder


def _read_gold_file(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise NhsExtractError(Errors.E020.format(path=path, line=0, detail="file not found"))
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise NhsExtractError(Errors.E020.format(path=path, line=n, detail=f"not JSON ({e.msg})")) from e
            record["_line"] = n
            record["_file"] = str(path)
            yield record


def check_record(g: dict) -> List[str]:
    """Everything wrong with one gold record, as messages (empty when valid)."""
    problems = []
    text, ents = g.get("text"), g.get("entities", [])
    if not isinstance(text, str) or not g.get("id"):
        return ["record needs an 'id' and a 'text'"]
    spans = []
    for k, e in enumerate(ents):
        where = f"entity {k} ({e.get('text')!r} at {e.get('start')}-{e.get('end')})"
        if e.get("label") not in LABELS:
            problems.append(f"{where}: unknown label {e.get('label')!r}")
            continue
        s, t = e.get("start"), e.get("end")
        if not isinstance(s, int) or not isinstance(t, int) or not 0 <= s < t <= len(text):
            problems.append(f"{where}: offsets outside the text")
            continue
        if text[s:t] != e.get("text"):
            problems.append(f"{where}: text[{s}:{t}] is {text[s:t]!r}")
        span = text[s:t]
        for ch, side in ((span[:1], "starts"), (span[-1:], "ends")):
            if ch.isspace() or (ch in string.punctuation + "“”‘’–—" and ch not in EDGE_OK):
                problems.append(f"{where}: {side} with {ch!r}")
        if e["label"] == "FIGURE":
            if e.get("unit") not in UNITS:
                problems.append(f"{where}: unknown unit {e.get('unit')!r}")
            if e.get("qualifier") not in QUALIFIERS:
                problems.append(f"{where}: unknown qualifier {e.get('qualifier')!r}")
            if not isinstance(e.get("value"), (int, float)):
                problems.append(f"{where}: value must be a number")
        elif not e.get("canonical"):
            problems.append(f"{where}: {e['label']} needs a canonical")
        spans.append((s, t, k))
    spans.sort()
    for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
        if s2 < t1:
            problems.append(f"entities {k1} and {k2} overlap ({s1}-{t1}, {s2}-{t2})")
    problems += _check_relations(g, ents)
    return problems


def _check_relations(g: dict, ents: list) -> List[str]:
    problems = []
    labels = {"role": ({"PERSON"}, {"ORG"}), "collaboration": ({"ORG"}, {"ORG"}), "quote": ({"PERSON", "ORG"}, None)}
    for k, r in enumerate(g.get("relations", [])):
        kind = r.get("type")
        if kind not in RELATION_TYPES:
            problems.append(f"relation {k}: unknown type {kind!r}")
            continue
        head_ok, tail_ok = labels[kind]
        for end, allowed in (("head", head_ok), ("tail", tail_ok)):
            if allowed is None:
                continue
            idx = r.get(end)
            if not isinstance(idx, int) or not 0 <= idx < len(ents):
                problems.append(f"relation {k}: {end} {idx!r} points at no entity")
            elif ents[idx]["label"] not in allowed:
                problems.append(f"relation {k}: {end} is a {ents[idx]['label']}, expected {sorted(allowed)}")
        if kind == "quote":
            s, t = r.get("start"), r.get("end")
            if not isinstance(s, int) or not isinstance(t, int) or not 0 <= s < t <= len(g["text"]):
                problems.append(f"relation {k}: quote offsets outside the text")
        if kind == "role" and not r.get("role"):
            problems.append(f"relation {k}: role relation needs a role")
    return problems


def check_gold(path: "str | Path") -> List[GoldProblem]:
    """Every problem of a gold file (or folder); duplicate ids count too."""
    problems, seen = [], set()
    for g in read_gold(path):
        aid = g.get("id", "?")
        if aid in seen:
            problems.append(GoldProblem(aid, g["_line"], "duplicate article id"))
        seen.add(aid)
        problems += [GoldProblem(aid, g["_line"], m) for m in check_record(g)]
    return problems
