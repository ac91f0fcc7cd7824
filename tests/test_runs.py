"""Batch runs: -j workers, Dask, incremental reuse, the lock, kill-and-resume, progress and summary."""
import io
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest
from click.testing import CliRunner

from conftest import ROOT
from pipeline import manifest
from pipeline.cache import cached_count, open_cache
from pipeline.cli import main
from pipeline.errors import NhsExtractError
from pipeline.lock import run_lock, state_dir
from pipeline.progress import progress_bar
from pipeline.run import run_pipeline
from pipeline.tables import SCHEMAS
from pipeline.writer import unguard_formulas

CORPUS = ROOT / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))


def copy_corpus(folder: Path, copies: int = 1) -> Path:
    """The bundled articles, `copies` times over; each copy differs by a last line, so by content hash."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for path in ARTICLES:
            text = path.read_text(encoding="utf-8")
            name = path.name if copies == 1 else f"{path.stem}_{n:03d}.txt"
            (folder / name).write_text(text if copies == 1 else f"{text}\nCopy {n}.\n", encoding="utf-8")
    return folder


def table_bytes(out: Path, fmt: str = "csv") -> dict:
    return {name: (out / f"{name}.{fmt}").read_bytes() for name in SCHEMAS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return copy_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory, nlp):
    """The reference: a full single-process run of the bundled corpus."""
    out = tmp_path_factory.mktemp("single")
    summary = run_pipeline(corpus, out, nlp=nlp)
    return out, summary


def test_two_worker_processes_give_the_same_tables(corpus, single, tmp_path):
    out = tmp_path / "j2"
    summary = run_pipeline(corpus, out, jobs=2)
    assert table_bytes(out) == table_bytes(single[0])
    assert summary._replace(seconds=0, out_dir="") == single[1]._replace(seconds=0, out_dir="")


def test_dask_on_a_local_cluster_gives_the_same_tables(corpus, single, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run_pipeline(corpus, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert table_bytes(tmp_path / "dask") == table_bytes(single[0])


def test_cli_dask_engine_starts_its_own_cluster(corpus, single, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask"
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--engine", "dask", "-j", "1",
                                       "--format", "csv,parquet"])
    assert result.exit_code == 0, result.output
    assert table_bytes(out) == table_bytes(single[0])
    mentions = pd.read_parquet(out / "mentions.parquet", dtype_backend="numpy_nullable")
    from_csv = pd.read_csv(single[0] / "mentions.csv", dtype={c.name: c.dtype for c in SCHEMAS["mentions"]})
    assert mentions.equals(unguard_formulas(from_csv))  # Parquet keeps the raw text the CSV guards


def test_incremental_reuses_unchanged_articles_and_equals_a_full_run(corpus, tmp_path, nlp):
    work = copy_corpus(tmp_path / "work")
    out = tmp_path / "out"
    run_pipeline(work, out, nlp=nlp, incremental=True)
    changed, removed = work / ARTICLES[0].name, work / ARTICLES[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNHS England said waiting lists rose by 4%.\n",
                       encoding="utf-8")
    removed.unlink()
    (work / "new_article.txt").write_text("Dr Jane Roe, chief executive of NHS Providers, said the NHS needed "
                                          "£2bn more.\n", encoding="utf-8")
    summary = run_pipeline(work, out, nlp=nlp, incremental=True)
    assert summary.n_articles == len(ARTICLES)
    assert summary.n_reused == len(ARTICLES) - 2, "only the changed and the new article are processed"
    full = tmp_path / "full"
    run_pipeline(work, full, nlp=nlp)
    assert table_bytes(out) == table_bytes(full), "entities.csv and canonical names as in a full run"
    again = run_pipeline(work, out, nlp=nlp, incremental=True)
    assert again.n_reused == len(ARTICLES)
    assert table_bytes(out) == table_bytes(full)


def test_changed_rules_reprocess_every_article(corpus, tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    run_pipeline(corpus, out, nlp=nlp)
    before = manifest.read_manifest(out)
    rules = tmp_path / "rules"
    shutil.copytree(manifest.rules_dir(), rules)
    with (rules / "measures.csv").open("a", encoding="utf-8") as f:
        f.write("backlog,backlog\n")
    monkeypatch.setattr(manifest, "rules_dir", lambda: rules)
    summary = run_pipeline(corpus, out, nlp=nlp, incremental=True)
    assert summary.n_reused == 0
    after = manifest.read_manifest(out)
    assert after["rules"]["measures.csv"] != before["rules"]["measures.csv"]
    assert after["rules"]["orgs.csv"] == before["rules"]["orgs.csv"]
    assert after["pipeline_key"] != before["pipeline_key"]
    with open_cache(state_dir(out), after["pipeline_key"]) as cache:
        assert cache.count() == len(ARTICLES)
    assert cached_count(state_dir(out)) == len(ARTICLES), "results of the old rules are dropped"


def test_manifest_records_versions_rules_and_tables(single):
    out, _ = single
    m = manifest.read_manifest(out)
    assert m["project_version"] and m["libraries"]["spacy"]
    assert set(m["rules"]) >= {"orgs.csv", "org_patterns.jsonl"}
    assert m["run"]["articles"] == len(ARTICLES)
    for name, entry in m["tables"].items():
        assert manifest.file_sha256(out / name) == entry["sha256"]


def test_second_run_on_the_same_folder_stops_at_once(corpus, tmp_path):
    out = tmp_path / "out"
    with run_lock(out):
        result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 2
    assert "E040" in result.output and "--wait" in result.output
    assert not (out / "mentions.csv").exists(), "nothing was written"


def test_wait_queues_behind_the_running_one(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    outcome = {}

    def second_run():
        outcome["summary"] = run_pipeline(corpus, out, nlp=nlp, wait=True)

    with run_lock(out):
        waiting = threading.Thread(target=second_run)
        waiting.start()
        waiting.join(timeout=2)
        assert waiting.is_alive(), "the second run must not start while the lock is held"
        assert not (out / "mentions.csv").exists()
    waiting.join(timeout=120)
    assert outcome["summary"].n_articles == len(ARTICLES)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_run_killed_part_way_leaves_previous_tables_and_resumes(tmp_path, nlp, jobs):
    out = tmp_path / "out"
    small = copy_corpus(tmp_path / "small")
    run_pipeline(small, out, nlp=nlp)
    previous = table_bytes(out)
    big = copy_corpus(tmp_path / "big", copies=10)
    n_big = len(ARTICLES) * 10
    cmd = [sys.executable, str(ROOT / "run_pipeline.py"), "run", str(big), "--out", str(out), "--quiet", "-j", jobs]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while cached_count(state_dir(out)) <= len(ARTICLES) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # wait until some articles of the big corpus are saved
    workers = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed: make the corpus bigger"
    _, alive = psutil.wait_procs(workers, timeout=60)
    for orphan in alive:
        orphan.kill()
    assert not alive, "worker processes outlived the killed run"
    saved = cached_count(state_dir(out))
    assert len(ARTICLES) < saved < n_big + len(ARTICLES)
    assert table_bytes(out) == previous, "the previous tables are intact"
    assert len(pd.read_csv(out / "articles.csv")) == len(ARTICLES), "and readable"

    resumed = run_pipeline(big, out, nlp=nlp, incremental=True)
    assert resumed.n_reused >= saved - len(ARTICLES)
    assert resumed.n_articles == n_big and resumed.n_failed == 0
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".records*")), "the killed run's leftovers are gone"
    full = tmp_path / "full"
    run_pipeline(big, full, nlp=nlp)
    assert table_bytes(out) == table_bytes(full)


def test_summary_line_and_quiet(corpus, tmp_path):
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0
    line = result.output.strip().splitlines()[-1]
    assert line.startswith(f"{len(ARTICLES)} articles (0 errors)") and " mentions, " in line and "s -> " in line
    quiet = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "b"), "--quiet", "--incremental"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_progress_reports_every_article(corpus, tmp_path, nlp):
    seen = []
    run_pipeline(corpus, tmp_path / "out", nlp=nlp, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, len(ARTICLES)) for n in range(1, len(ARTICLES) + 1)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal():
    with progress_bar(stream=io.StringIO()) as advance:
        assert advance is None
    with progress_bar(enabled=False, stream=Terminal()) as advance:
        assert advance is None
    screen = Terminal()
    with progress_bar(stream=screen) as advance:
        advance(3, 10)
    assert "3/10" in screen.getvalue() and "articles" in screen.getvalue()


def test_bad_options_are_usage_errors(corpus, tmp_path):
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path), "--format", "xlsx"])
    assert result.exit_code == 2 and "E041" in result.output
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2 and "--engine dask" in result.output
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path), "-j", "0"])
    assert result.exit_code == 2
    with pytest.raises(NhsExtractError, match="E044"):
        run_pipeline(corpus, tmp_path / "spark", engine="spark")
    with pytest.raises(NhsExtractError, match="E046"):
        run_pipeline(corpus, tmp_path / "zero", jobs=0)
    assert not (tmp_path / "spark").exists() and not (tmp_path / "zero").exists(), "stopped before writing"
