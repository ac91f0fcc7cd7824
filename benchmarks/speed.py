"""Speed of the pipeline against spaCy's blank English tokenizer, on synthetic corpora of N articles.

For each N the same synthetic corpus (benchmarks/synthetic_corpus.py, fixed seed) is measured in
separate processes, so that each peak RSS is its own:
  floor       spaCy's blank English tokenizer alone over the texts (reading not timed);
  pipeline    run_pipeline end to end (reading, every component, normalisation, every table),
              once per --jobs value (run_pipeline's `jobs`, where this build has it);
  components  the same texts through the same pipeline, each step timed on its own.
A cProfile of run_pipeline on --profile-articles articles says where the time goes.
Writes a Markdown report (--out) and the raw numbers as JSON (--json).

Usage: python benchmarks/speed.py [--sizes 1000,10000,100000] [--jobs 1,2] [--quick]
"""
import argparse
import cProfile
import csv
import inspect
import io
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script: `benchmarks` is not an installed package

from benchmarks.synthetic_corpus import SEED, write_corpus  # noqa: E402

try:
    import psutil
except ImportError:  # the `bench` extra; without it only each process's own peak RSS is known
    psutil = None

TARGETS = {"floor_share": 0.30, "linear_drift": 0.15, "max_rss_gib": 4.0, "jobs2_speedup": 1.6,
           "component_share": 1 / 3}
GIB = 1024 ** 3
csv.field_size_limit(1 << 30)  # articles.csv holds whole texts


# -- measurements, each run in a process of its own ------------------------------------------
def own_peak_rss() -> int:
    """Peak RSS in bytes of this process and, separately, of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return max(own, children)


def corpus_paths(corpus: Path) -> List[Path]:
    from pipeline.reader import list_articles

    return list_articles(corpus, "*.txt")


def measure_floor(corpus: Path) -> dict:
    """spaCy's blank English tokenizer over every text; only the tokenizer calls are timed."""
    import spacy

    from pipeline.reader import normalise_text

    tokenizer = spacy.blank("en").tokenizer
    tokens = articles = 0
    seconds = 0.0
    started = time.perf_counter()
    for path in corpus_paths(corpus):
        text = normalise_text(path.read_bytes().decode("utf-8"))
        t0 = time.perf_counter()
        doc = tokenizer(text)
        seconds += time.perf_counter() - t0
        tokens += len(doc)
        articles += 1
    return {"tokens": tokens, "articles": articles, "seconds": seconds,
            "wall_with_reading": time.perf_counter() - started, "max_rss_one_process": own_peak_rss()}


def measure_pipeline(corpus: Path, out: Path, jobs: int) -> dict:
    """run_pipeline end to end, as the CLI calls it; seconds exclude only the interpreter and imports."""
    from pipeline.run import run_pipeline

    kwargs = {"jobs": jobs} if "jobs" in inspect.signature(run_pipeline).parameters else {}
    if jobs != 1 and not kwargs:
        return {"unavailable": f"-j {jobs}: not available in this build (run_pipeline has no `jobs`)"}
    t0 = time.perf_counter()
    summary = run_pipeline(corpus, out, **kwargs)
    seconds = time.perf_counter() - t0
    tokens = 0
    with (out / "articles.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            tokens += int(row["n_tokens"] or 0)
    return {"tokens": tokens, "articles": summary.n_articles, "failed": summary.n_failed,
            "mentions": summary.n_mentions, "relations": summary.n_relations, "seconds": seconds,
            "max_rss_one_process": own_peak_rss()}


def measure_components(corpus: Path, out: Path, max_articles: Optional[int]) -> dict:
    """Each step of a run timed on its own, over the same texts, as the run of CSV tables does them
    (pipeline/merge.py): reading, tokenizer, every component, the table rows as text, the cache's
    encoding, the spool and merge, and normalisation with the tables of mentions, relations, entities."""
    import logging
    import pickle

    from pipeline.cache import encode_record
    from pipeline.engines import Done
    from pipeline.merge import Merger, write_entity_tables
    from pipeline.nlp import build_nlp
    from pipeline.reader import iter_articles
    from pipeline.rowtext import CsvLines, article_row, item_rows
    from pipeline.tables import doc_records
    from pipeline.text_utils import remember_text
    from pipeline.writer import open_tables

    class NoCache:
        def put_many(self, results):
            list(results)

    nlp = build_nlp()
    seconds: Dict[str, float] = defaultdict(float)
    out.mkdir(parents=True, exist_ok=True)
    spool = out / ".components.pickle"
    paths = corpus_paths(corpus)[:max_articles]
    tokens = 0
    lines = CsvLines()
    tables = open_tables(out)
    with spool.open("wb") as f:
        merger = Merger(tables, f, NoCache(), logging.getLogger("speed"), None, len(paths))
        articles = iter(iter_articles(paths))
        while True:
            t0 = time.perf_counter()
            article = next(articles, None)
            seconds["reading"] += time.perf_counter() - t0
            if article is None:
                break
            t0 = time.perf_counter()
            doc = nlp.make_doc(article.text)
            remember_text(doc, article.text)  # as the run does (engines.new_docs)
            seconds["tokenizer"] += time.perf_counter() - t0
            for name, component in nlp.pipeline:
                t0 = time.perf_counter()
                doc = component(doc)
                seconds[name] += time.perf_counter() - t0
            tokens += len(doc)
            t0 = time.perf_counter()
            record = doc_records(doc)
            rows = item_rows(lines, article_row(article, record["n_tokens"]), record)
            seconds["records"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            encoded = encode_record(record)
            seconds["cache encoding"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            blob = pickle.dumps([(rows.mentions, rows.relations)], protocol=pickle.HIGHEST_PROTOCOL)
            done = Done(article.article_id, article.source_path, article.source_line, article.sha256,
                        article.warnings, rows.observations, rows.n_mentions, rows.n_relations, encoded,
                        rows.article, rows.figures)
            merger.merge(["path"], {}, ([done], blob))
            seconds["spool"] += time.perf_counter() - t0
    t0 = time.perf_counter()
    write_entity_tables(spool, merger, out, "utf-8")
    seconds["normalise + tables"] += time.perf_counter() - t0
    spool.unlink()
    return {"articles": len(paths), "tokens": tokens, "seconds": dict(seconds),
            "order": ["reading", "tokenizer"] + nlp.pipe_names + ["records", "cache encoding", "spool",
                                                                  "normalise + tables"]}


def measure_profile(corpus: Path, out: Path, max_articles: int, top: int = 25) -> dict:
    """cProfile of run_pipeline on the first articles: top functions by own time, time by file."""
    from pipeline.run import run_pipeline

    sample = out / "corpus"
    for path in corpus_paths(corpus)[:max_articles]:
        target = sample / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    profiler = cProfile.Profile()
    profiler.enable()
    run_pipeline(sample, out / "tables")
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = sum(v[2] for v in stats.stats.values())  # own time of every function
    rows, by_file = [], defaultdict(float)
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in stats.stats.items():
        by_file[short_path(filename)] += tottime
        rows.append({"function": f"{short_path(filename)}:{line}({func})", "calls": ncalls,
                     "own_seconds": tottime, "cumulative_seconds": cumtime})
    rows.sort(key=lambda r: -r["own_seconds"])
    files = sorted(({"file": k, "own_seconds": v} for k, v in by_file.items()), key=lambda r: -r["own_seconds"])
    return {"articles": max_articles, "total_own_seconds": total, "top": rows[:top], "by_file": files[:15]}


def short_path(filename: str) -> str:
    """'pipeline/orgs.py', 'spacy/tokens/doc.pyx', 're/__init__.py': where a profiled function lives."""
    if filename == "~":
        return "(built-ins)"
    for marker in ("site-packages/", "/lib/python3.11/", "/lib/python3.12/", "/lib/python3.10/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    if filename.startswith(str(REPO)):
        return str(Path(filename).relative_to(REPO))
    return filename


WORKERS = {"floor": lambda a: measure_floor(Path(a[0])),
           "pipeline": lambda a: measure_pipeline(Path(a[0]), Path(a[1]), int(a[2])),
           "components": lambda a: measure_components(Path(a[0]), Path(a[1]), int(a[2]) or None),
           "profile": lambda a: measure_profile(Path(a[0]), Path(a[1]), int(a[2]))}


# -- the driver: one subprocess per measurement, RSS sampled over its process tree -------------
def run_worker(kind: str, *args) -> dict:
    """Run one measurement in a fresh interpreter; add its wall time and peak RSS of the process tree."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", kind, *map(str, args)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    peak = {"tree": 0}
    done = threading.Event()
    if psutil is not None:
        threading.Thread(target=sample_tree_rss, args=(proc.pid, peak, done), daemon=True).start()
    stdout, stderr = proc.communicate()
    done.set()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed ({proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["process_wall"] = wall
    result["peak_rss_tree"] = peak["tree"] or None  # None: psutil not installed
    return result


def sample_tree_rss(pid: int, peak: dict, done: threading.Event, every: float = 0.05) -> None:
    """Peak of the summed RSS of a process and all its descendants (workers of -j N included)."""
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not done.is_set():
        try:
            procs = [root] + root.children(recursive=True)
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak["tree"] = max(peak["tree"], total)
        except psutil.Error:
            return
        done.wait(every)


def bench_size(n: int, jobs: List[int], work: Path, component_articles: int, log) -> dict:
    corpus = work / f"corpus_{n}"
    t0 = time.perf_counter()
    size = write_corpus(n, corpus, SEED)
    log(f"N={n:,}: corpus {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f}s")
    result = {"n": n, "corpus_bytes": size, "started": now()}
    t0 = time.perf_counter()
    result["floor"] = run_worker("floor", corpus)
    log(f"  floor: {rate(result['floor'])}")
    result["pipeline"] = {}
    for j in jobs:
        out = work / f"out_{n}_j{j}"
        result["pipeline"][str(j)] = run_worker("pipeline", corpus, out, j)
        log(f"  pipeline -j {j}: {rate(result['pipeline'][str(j)])}")
    result["components"] = run_worker("components", corpus, work / f"components_{n}", component_articles)
    log(f"  components: {result['components']['articles']:,} articles")
    result["bench_seconds"] = time.perf_counter() - t0
    return result


def rate(m: dict) -> str:
    if "unavailable" in m:
        return m["unavailable"]
    seconds = m["seconds"] or float("nan")
    return f"{m['tokens'] / seconds:,.0f} tokens/s, {m['articles'] / seconds:,.1f} articles/s, {seconds:.1f}s"


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


# -- the report -------------------------------------------------------------------------------
def machine() -> dict:
    import spacy

    info = {"python": platform.python_version(), "spacy": spacy.__version__, "platform": platform.platform(),
            "cores": os.cpu_count(), "cpu": "unknown", "ram_gib": None, "date": now()}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                           if line.startswith("model name"))
        meminfo = Path("/proc/meminfo").read_text()
        kib = int(next(line.split()[1] for line in meminfo.splitlines() if line.startswith("MemTotal")))
        info["ram_gib"] = round(kib / 1024 ** 2, 1)
    except (OSError, StopIteration, ValueError):
        pass
    try:
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                        text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        info["commit"] = "unknown"
    return info


def gib(n: Optional[int]) -> str:
    return "n/a" if not n else f"{n / GIB:.2f} GiB"


def size_table(r: dict) -> List[str]:
    floor = r["floor"]
    floor_rate = floor["tokens"] / floor["seconds"]
    lines = [f"### N = {r['n']:,} articles ({r['corpus_bytes'] / 1e6:.1f} MB, {floor['tokens']:,} tokens)", "",
             "| run | tokens/s | articles/s | share of floor | peak RSS (process tree) | max RSS (one process) "
             "| timed seconds | process wall |",
             "|---|---|---|---|---|---|---|---|",
             f"| spaCy blank tokenizer (floor) | {floor_rate:,.0f} "
             f"| {floor['articles'] / floor['seconds']:,.0f} | 100% "
             f"| {gib(floor.get('peak_rss_tree'))} | {gib(floor['max_rss_one_process'])} | {floor['seconds']:.2f} "
             f"| {floor['process_wall']:.1f} |"]
    for j, m in r["pipeline"].items():
        if "unavailable" in m:
            lines.append(f"| pipeline end to end, -j {j} | {m['unavailable']} | | | | | | |")
            continue
        tps = m["tokens"] / m["seconds"]
        lines.append(f"| pipeline end to end, -j {j} | {tps:,.0f} | {m['articles'] / m['seconds']:,.1f} "
                     f"| {tps / floor_rate:.1%} | {gib(m.get('peak_rss_tree'))} | {gib(m['max_rss_one_process'])} "
                     f"| {m['seconds']:.2f} | {m['process_wall']:.1f} |")
    speedup = jobs_speedup(r)
    if speedup is not None:
        lines += ["", f"-j 2 / -j 1 speed-up: {speedup:.2f}x"]
    lines += ["", "Timed seconds: the floor's tokenizer calls only; the pipeline's `run_pipeline` call (building "
              "the pipeline, reading, processing, normalising, writing). Process wall adds the interpreter, "
              "imports and (floor) reading.", ""]
    return lines + component_table(r["components"])


def component_table(c: dict) -> List[str]:
    total = sum(c["seconds"].values())
    tokens = c["tokens"]
    lines = [f"Each step on its own ({c['articles']:,} articles, {tokens:,} tokens, {total:.2f}s in all):", "",
             "| step | seconds | share | µs per token |", "|---|---|---|---|"]
    for name in c["order"]:
        s = c["seconds"].get(name, 0.0)
        lines.append(f"| {name} | {s:.2f} | {s / total:.1%} | {s / tokens * 1e6:.2f} |")
    return lines + [""]


def jobs_speedup(r: dict) -> Optional[float]:
    one, two = r["pipeline"].get("1"), r["pipeline"].get("2")
    if not one or not two or "unavailable" in one or "unavailable" in two:
        return None
    return (two["tokens"] / two["seconds"]) / (one["tokens"] / one["seconds"])


def targets(results: List[dict]) -> List[str]:
    """Which targets of issue 8 the measured runs meet."""
    lines = ["| target | measured | met |", "|---|---|---|"]

    def row(name, measured, met):
        lines.append(f"| {name} | {measured} | {'yes' if met else 'NO' if met is not None else 'not measured'} |")

    def share(r):
        m = r["pipeline"].get("1")
        if not m or "unavailable" in m:
            return None
        return (m["tokens"] / m["seconds"]) / (r["floor"]["tokens"] / r["floor"]["seconds"])

    shares = [(r["n"], share(r)) for r in results if share(r) is not None]
    row("end to end -j 1 >= 30% of the blank tokenizer's tokens/s",
        ", ".join(f"N={n:,}: {s:.1%}" for n, s in shares) or "n/a",
        all(s >= TARGETS["floor_share"] for _, s in shares) if shares else None)
    by_n = {r["n"]: r for r in results}
    if 1000 in by_n and 100000 in by_n and share(by_n[1000]) and share(by_n[100000]):
        a, b = by_n[1000]["pipeline"]["1"], by_n[100000]["pipeline"]["1"]
        drift = 1 - (b["tokens"] / b["seconds"]) / (a["tokens"] / a["seconds"])
        row("tokens/s at N=100,000 within 15% of N=1,000", f"N=100,000 at {-drift:+.1%} of N=1,000's tokens/s",
            drift <= TARGETS["linear_drift"])
    else:
        row("tokens/s at N=100,000 within 15% of N=1,000", "needs --sizes 1000,...,100000", None)
    if 100000 in by_n:
        peaks = [m.get("peak_rss_tree") or m["max_rss_one_process"] for m in by_n[100000]["pipeline"].values()
                 if "unavailable" not in m]
        row("peak RSS at N=100,000 < 4 GiB", ", ".join(gib(p) for p in peaks),
            all(p < TARGETS["max_rss_gib"] * GIB for p in peaks))
    else:
        row("peak RSS at N=100,000 < 4 GiB", "N=100,000 not run", None)
    if 10000 in by_n:
        s = jobs_speedup(by_n[10000])
        row("-j 2 >= 1.6x -j 1 on N=10,000", f"{s:.2f}x" if s else "-j 2: not available in this build",
            s >= TARGETS["jobs2_speedup"] if s else None)
    else:
        row("-j 2 >= 1.6x -j 1 on N=10,000", "N=10,000 not run", None)
    worst = []
    for r in results:
        c = r["components"]
        total = sum(c["seconds"].values())
        name, s = max(c["seconds"].items(), key=lambda kv: kv[1])
        worst.append((r["n"], name, s / total))
    row("no step over a third of the pipeline's time",
        ", ".join(f"N={n:,}: largest {name} {s:.1%}" for n, name, s in worst),
        all(s <= TARGETS["component_share"] for _, _, s in worst))
    return lines


def profile_section(p: dict) -> List[str]:
    lines = [f"## Profile (cProfile of run_pipeline, {p['articles']:,} articles, "
             f"{p['total_own_seconds']:.1f}s under the profiler)", "",
             "Own time by file:", "", "| file | own seconds | share |", "|---|---|---|"]
    for f in p["by_file"]:
        lines.append(f"| `{f['file']}` | {f['own_seconds']:.2f} | {f['own_seconds'] / p['total_own_seconds']:.1%} |")
    lines += ["", "Top functions by own time:", "", "| function | calls | own s | cumulative s |", "|---|---|---|---|"]
    for r in p["top"]:
        lines.append(f"| `{r['function']}` | {r['calls']:,} | {r['own_seconds']:.2f} | {r['cumulative_seconds']:.2f} |")
    return lines + [""]


def write_report(path: Path, info: dict, results: List[dict], profile: Optional[dict], command: str,
                 notes: str) -> None:
    lines = ["# Benchmark: the pipeline against spaCy's blank tokenizer", "",
             f"Command: `{command}`", "",
             f"Machine: {info['cores']} cores, {info['cpu']}, {info['ram_gib']} GiB RAM; {info['platform']}. "
             f"Python {info['python']}, spaCy {info['spacy']}; commit {info['commit']}; {info['date']}.", "",
             "Corpus: synthetic articles made from `corpus/` (body paragraphs shuffled, headline first, seed "
             f"{SEED}); every measurement runs in a process of its own on the same files.", "",
             "## Targets", ""] + targets(results) + [""]
    if notes:
        lines += [notes.strip(), ""]
    lines += ["## Runs", ""]
    for r in results:
        lines += size_table(r)
        lines.append(f"Benchmark time for N = {r['n']:,}: {r['bench_seconds'] / 60:.1f} min.")
        lines.append("")
    if profile:
        lines += profile_section(profile)
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_worker":
        print(json.dumps(WORKERS[sys.argv[2]](sys.argv[3:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated numbers of articles.")
    parser.add_argument("--jobs", default="1,2", help="Comma-separated -j values for the end-to-end runs.")
    parser.add_argument("--quick", action="store_true", help="A smoke run: --sizes 200 --jobs 1, small profile.")
    parser.add_argument("--component-articles", type=int, default=0,
                        help="Time the steps on at most this many articles of each N (0: all).")
    parser.add_argument("--profile-articles", type=int, default=1000, help="Articles under cProfile (0: none).")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results.md")
    parser.add_argument("--json", type=Path, default=None, help="Raw numbers (default: --out with .json).")
    parser.add_argument("--notes", type=Path, default=None, help="Markdown inserted after the targets.")
    parser.add_argument("--workdir", type=Path, default=None, help="Where corpora go (default: a temp dir).")
    parser.add_argument("--render", type=Path, default=None,
                        help="Only rewrite --out from the JSON of an earlier run (with --notes), measuring nothing.")
    args = parser.parse_args()
    if args.render:
        saved = json.loads(args.render.read_text(encoding="utf-8"))
        notes = args.notes.read_text(encoding="utf-8") if args.notes else ""
        write_report(args.out, saved["machine"], saved["results"], saved["profile"], saved["command"], notes)
        return
    if args.quick:
        args.sizes, args.jobs, args.profile_articles = "200", "1", min(args.profile_articles, 200)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    jobs = [int(j) for j in args.jobs.split(",") if j]
    json_path = args.json or args.out.with_suffix(".json")
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    info = machine()
    results, profile = [], None
    with tempfile.TemporaryDirectory(prefix="nhs-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        for n in sizes:
            results.append(bench_size(n, jobs, work, args.component_articles, log))
            if args.profile_articles and profile is None:
                profile = run_worker("profile", work / f"corpus_{n}", work / "profile", args.profile_articles)
            write_outputs(args, json_path, info, results, profile)
            for done in [work / f"corpus_{n}", work / f"components_{n}"] + [work / f"out_{n}_j{j}" for j in jobs]:
                shutil.rmtree(done, ignore_errors=True)  # keep the disk use to one N at a time
    log(f"-> {args.out}, {json_path}")


def write_outputs(args, json_path: Path, info: dict, results: List[dict], profile: Optional[dict]) -> None:
    """Both files are rewritten after each N, so a long run leaves its finished sizes behind."""
    command = "python benchmarks/speed.py " + " ".join(sys.argv[1:])
    notes = args.notes.read_text(encoding="utf-8") if args.notes else ""
    write_report(args.out, info, results, profile, command.strip(), notes)
    json_path.write_text(json.dumps({"command": command.strip(), "machine": info, "targets": TARGETS,
                                     "results": results, "profile": profile}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
