"""nhs_figures against quantulum3, the general quantity parser, on the same gold texts.

Both tools read the texts of the project gold (tests/gold/*.jsonl). Reported for each: FIGURE
precision, recall and F1 with exact spans and with overlapping spans, the share of overlapping
matches whose value (and value + unit) equals gold, and tokens per second (tokens counted once by
spaCy's blank English tokenizer, the same count for both; best of --repeat timed passes).
quantulum3 runs as installed (`pip install -e ".[dev]"`), without its optional scikit-learn
classifier. Usage:

    python benchmarks/quantities.py [--gold tests/gold] [--repeat 3] [--out benchmarks/quantities.md]
"""
import argparse
import math
import platform
import time
import warnings
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional

import spacy

from pipeline.gold import read_gold
from pipeline.nlp import build_nlp

# quantulum3 unit names -> the units of docs/annotation.md
QUANTULUM_UNITS = {"pound sterling": "GBP", "dollar": "USD", "United States dollar": "USD", "euro": "EUR",
                   "percentage": "percent", "percentage point": "percentage_point", "dimensionless": "count",
                   "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}


class Found(NamedTuple):
    start: int
    end: int
    value: Optional[float]
    unit: Optional[str]


def ours(nlp) -> Callable[[List[str]], List[List[Found]]]:
    def run(texts: List[str]) -> List[List[Found]]:
        return [[Found(e.start_char, e.end_char, e._.figure_value, e._.figure_unit)
                 for e in doc.ents if e.label_ == "FIGURE"] for doc in nlp.pipe(texts)]
    return run


def quantulum() -> Callable[[List[str]], List[List[Found]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def run(texts: List[str]) -> List[List[Found]]:
        out = []
        for text in texts:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                quantities = parser.parse(text)
            out.append([Found(q.span[0], q.span[1], q.value, QUANTULUM_UNITS.get(q.unit.name, q.unit.name))
                        for q in quantities])
        return out
    return run


def score(gold: List[List[dict]], found: List[List[Found]]) -> Dict[str, float]:
    exact = overlap = value_ok = vu_ok = n_sys = n_gold = 0
    for g_figs, s_figs in zip(gold, found):
        n_sys += len(s_figs)
        n_gold += len(g_figs)
        spans = {(g["start"], g["end"]): g for g in g_figs}
        exact += sum((s.start, s.end) in spans for s in s_figs)
        for g in g_figs:
            match = next((s for s in s_figs if s.start < g["end"] and g["start"] < s.end), None)
            if match is None:
                continue
            overlap += 1
            same_value = match.value is not None and math.isclose(match.value, g["value"], rel_tol=1e-6)
            value_ok += same_value
            vu_ok += same_value and match.unit == g["unit"]
    return {"exact": prf(exact, n_sys, n_gold), "overlap": prf(overlap, n_sys, n_gold),
            "value": value_ok / overlap if overlap else 0.0, "value_unit": vu_ok / overlap if overlap else 0.0,
            "n_sys": n_sys, "n_gold": n_gold}


def prf(tp: int, n_sys: int, n_gold: int) -> Dict[str, float]:
    p, r = tp / n_sys if n_sys else 0.0, tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def best_time(run: Callable, texts: List[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--gold", default="tests/gold")
    args.add_argument("--repeat", type=int, default=3)
    args.add_argument("--out", default=None, help="also write the Markdown table to this file")
    opts = args.parse_args()
    records = list(read_gold(opts.gold))
    texts = [g["text"] for g in records]
    gold = [[e for e in g["entities"] if e["label"] == "FIGURE"] for g in records]
    n_tokens = sum(len(d) for d in spacy.blank("en").pipe(texts))
    rows = []
    for name, run in (("nhs-extract (whole pipeline)", ours(build_nlp())), ("quantulum3 0.10", quantulum())):
        found = run(texts)  # warm-up pass, also the one scored
        seconds = best_time(run, texts, opts.repeat)
        rows.append((name, score(gold, found), n_tokens / seconds))
    table = render(rows, len(texts), n_tokens)
    print(table)
    if opts.out:
        Path(opts.out).write_text(table, encoding="utf-8")


def render(rows, n_texts: int, n_tokens: int) -> str:
    lines = [f"Gold: {n_texts} articles, {n_tokens:,} tokens, {rows[0][1]['n_gold']} FIGURE mentions. "
             f"Python {platform.python_version()}, spaCy {spacy.__version__}, {platform.machine()}.", "",
             "| tool | exact P | exact R | exact F1 | overlap F1 | value right | value+unit right | tokens/s |",
             "|---|---|---|---|---|---|---|---|"]
    for name, s, speed in rows:
        e, o = s["exact"], s["overlap"]
        lines.append(f"| {name} | {e['p']:.3f} | {e['r']:.3f} | {e['f1']:.3f} | {o['f1']:.3f} | {s['value']:.3f} "
                     f"| {s['value_unit']:.3f} | {speed:,.0f} |")
    lines.append("")
    lines.append("Value and unit are compared on gold figures that a system span overlaps; tokens/s is the best of "
                 "the timed passes over all texts (ours: the whole pipeline, all components, not only figures).")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
