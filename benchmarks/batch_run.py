"""A large batch run: a synthetic corpus, -j 1 against -j 2, and a run killed part way then resumed.

The corpus repeats the bundled articles with their paragraphs shuffled (headline kept first), so
every article has its own content hash. It goes to benchmarks/data/ (not committed). Each run
is the command line in a subprocess; the script reports wall times and whether every CSV table
is byte-identical to the -j 1 run's.
Usage: python benchmarks/batch_run.py [N_ARTICLES] [--dask]
"""
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.cache import cached_count
from pipeline.lock import state_dir
from pipeline.tables import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


def build_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    """n articles made from the bundled ones: same headline, body paragraphs in a random order."""
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    rng = random.Random(seed)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(n):
        headline, *body = [p for p in rng.choice(sources).split("\n\n") if p.strip()]
        rng.shuffle(body)
        text = "\n\n".join([headline, *body, f"Article {i} of the synthetic corpus."]) + "\n"
        (folder / f"synthetic_{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def command(corpus: Path, out: Path, *options: str) -> list:
    return [sys.executable, str(ROOT / "run_pipeline.py"), "run", str(corpus), "--out", str(out), *options]


def timed_run(corpus: Path, out: Path, *options: str) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command(corpus, out, *options), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"run {' '.join(options)} failed:\n{proc.stderr}")
    print(f"  {' '.join(options) or '-j 1'}: {seconds:.1f}s  [{proc.stderr.strip().splitlines()[-1]}]")
    return seconds


def killed_run(corpus: Path, out: Path, fraction: float, *options: str) -> int:
    """Start a run, SIGKILL it once `fraction` of the articles are saved; how many were saved."""
    n = len(list(corpus.glob("*.txt")))
    proc = subprocess.Popen(command(corpus, out, "--quiet", *options), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while proc.poll() is None and cached_count(state_dir(out)) < fraction * n:
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if proc.returncode != -signal.SIGKILL:
        raise SystemExit("the run finished before it was killed")
    return cached_count(state_dir(out))


def same_tables(a: Path, b: Path) -> bool:
    return all((a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes() for t in SCHEMAS)


def main(n: int = 10_000, with_dask: bool = False) -> None:
    corpus = build_corpus(DATA / f"corpus_{n}", n)
    print(f"{n} articles, {sum(p.stat().st_size for p in corpus.glob('*.txt')) / 1e6:.1f} MB in {corpus}")
    outs = {name: DATA / f"out_{name}" for name in ("j1", "j2", "dask", "resumed")}
    for out in outs.values():
        shutil.rmtree(out, ignore_errors=True)
    timed_run(corpus, outs["j1"], "-j", "1")
    timed_run(corpus, outs["j2"], "-j", "2")
    print(f"  -j 2 tables identical to -j 1: {same_tables(outs['j1'], outs['j2'])}")
    if with_dask:
        timed_run(corpus, outs["dask"], "--engine", "dask", "-j", "2")
        print(f"  dask tables identical to -j 1: {same_tables(outs['j1'], outs['dask'])}")
    # Previous tables in the folder (a small run), then a big run killed half way, then resumed.
    small = build_corpus(DATA / "corpus_small", 50, seed=1)
    timed_run(small, outs["resumed"], "-j", "1")
    before = {t: (outs["resumed"] / f"{t}.csv").read_bytes() for t in SCHEMAS}
    saved = killed_run(corpus, outs["resumed"], 0.5, "-j", "2")
    intact = all((outs["resumed"] / f"{t}.csv").read_bytes() == before[t] for t in SCHEMAS)
    print(f"  killed with {saved} results saved; previous tables intact: {intact}")
    timed_run(corpus, outs["resumed"], "-j", "2", "--incremental")
    print(f"  resumed tables identical to -j 1: {same_tables(outs['j1'], outs['resumed'])}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 10_000, "--dask" in sys.argv)
