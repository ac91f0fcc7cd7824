"""The command line: parses options, calls library functions, turns errors into exit codes."""
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from .errors import NhsExtractError, Warnings
from .reader import MAX_BYTES, SUPPORTED_GLOBS

EXIT_OK, EXIT_ARTICLES_FAILED, EXIT_USAGE = 0, 1, 2
REPORT_ARTICLES = 200  # articles shown in full in report.html: keeps a huge corpus's report a few MB


@click.group()
@click.version_option(package_name="nhs-extract")
def main() -> None:
    """nhs-extract: organisations, people, figures and relations from UK health-policy news."""


def _formats(ctx, param, value: str) -> list:
    return [f.strip() for f in value.split(",")]


@main.command()
@click.argument("corpus_dir", type=click.Path(path_type=Path), default=Path("corpus"))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("outputs"), show_default=True,
              help="Folder the tables are written to.")
@click.option("--glob", "patterns", multiple=True, default=SUPPORTED_GLOBS, show_default=True,
              help="Which files of CORPUS_DIR to read (repeat for several; matched case-insensitively).")
@click.option("--fix-mojibake", is_flag=True, help="Repair mis-decoded text (\"â€™\" for \"’\") with ftfy.")
@click.option("--keep-line-breaks", is_flag=True,
              help="Read every line break as written; by default those inside the paragraphs of a hard-wrapped "
                   "text (PDF and e-mail copies) are read as spaces, which keeps every offset.")
@click.option("--max-article-mb", type=click.FloatRange(min=0, min_open=True), default=MAX_BYTES / 2**20,
              show_default=True, help="Larger files (.txt, .html) or .jsonl lines fail as not one article.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (or local Dask workers); the tables are the same for any number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine (-j processes); dask: a Dask cluster (pip install \"nhs-extract[dask]\").")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: address of an existing scheduler (default: start a local cluster).")
@click.option("--incremental", is_flag=True,
              help="Process only new or changed articles; reuse the saved results of the others.")
@click.option("--format", "formats", default="csv", show_default=True, callback=_formats, metavar="FORMATS",
              help="Table formats, comma-separated: csv, parquet.")
@click.option("--wait", is_flag=True, help="If another run is writing to --out, wait for it instead of stopping.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line on stderr.")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), default=None,
              help="Gold JSONL file or folder: evaluate the tables against it after the run.")
@click.option("--excel", is_flag=True, help="Write the CSVs as UTF-8 with a BOM, which Excel opens correctly.")
@click.option("--report/--no-report", default=True, show_default=True, help="Also write report.html.")
@click.option("--report-articles", type=click.IntRange(min=0), default=REPORT_ARTICLES, show_default=True,
              help="Articles shown in full in report.html (the first ones, in table order).")
def run(corpus_dir: Path, out_dir: Path, patterns: tuple, fix_mojibake: bool, keep_line_breaks: bool,
        max_article_mb: float, jobs: int, engine: str, scheduler: str, incremental: bool, formats: list, wait: bool,
        quiet: bool, gold_path: Path, excel: bool, report: bool, report_articles: int) -> None:
    """Process every article of CORPUS_DIR (default corpus/) and write the tables to --out.

    Reads .txt, .html/.htm and .jsonl files, in folders too. Each failed article is a line on
    stderr and a row of errors.csv; the others are processed.

    Exit status: 0 all articles processed, 1 some articles failed (see errors.csv),
    2 nothing could be run (missing or empty corpus, bad rules, another run on --out).
    """
    from .progress import progress_bar
    from .reader import ReadOptions
    from .run import run_pipeline

    if scheduler and engine != "dask":
        raise click.BadParameter("needs --engine dask", param_hint="--scheduler")
    reading = ReadOptions(max_bytes=int(max_article_mb * 2**20), fix_mojibake=fix_mojibake,
                          unwrap_lines=not keep_line_breaks)
    try:
        with problems_to_stderr(), progress_bar(enabled=not quiet) as progress:
            summary = run_pipeline(corpus_dir, out_dir, pattern=patterns, reading=reading, progress=progress,
                                   jobs=jobs, engine=engine, scheduler=scheduler, incremental=incremental,
                                   formats=formats, wait=wait, encoding="utf-8-sig" if excel else "utf-8")
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if report:
        _write_report(out_dir, report_articles, quiet)
    if not quiet:
        reused = f", {summary.n_reused} reused" if incremental else ""
        click.echo(f"{summary.n_articles} articles ({summary.n_failed} errors{reused}), {summary.n_mentions} mentions, "
                   f"{summary.n_relations} relations in {summary.seconds:.1f}s -> {summary.out_dir}", err=True)
    if gold_path is not None:
        _evaluate(gold_path, out_dir, None)
    if summary.n_failed:
        click.echo(Warnings.W001.format(n=summary.n_failed, out=summary.out_dir), err=True)
        sys.exit(EXIT_ARTICLES_FAILED)


def _write_report(out_dir: Path, articles: int, quiet: bool) -> None:
    from .report import ReportLimits, write_report

    try:
        path = write_report(out_dir, ReportLimits(articles=articles))
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if not quiet:
        click.echo(f"report -> {path}", err=True)


@main.command("report")
@click.argument("out_dir", type=click.Path(path_type=Path), default=Path("outputs"))
@click.option("--articles", type=click.IntRange(min=0), default=REPORT_ARTICLES, show_default=True,
              help="Articles shown in full (the first ones, in table order).")
def report_command(out_dir: Path, articles: int) -> None:
    """Write OUT_DIR/report.html from the tables already in OUT_DIR (default outputs/)."""
    _write_report(out_dir, articles, quiet=False)


@main.command("summary")
@click.argument("out_dir", type=click.Path(path_type=Path), default=Path("outputs"))
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows per ranking.")
def summary_command(out_dir: Path, top: int) -> None:
    """Print counts, top organisations and people, largest figures, roles, collaborations and quotes."""
    from rich.console import Console

    from .dataframes import load
    from .summary import summary

    try:
        tables = load(out_dir, text=False)
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    Console().print(summary(tables, top))


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


# HTML extraction libraries log per-page diagnostics ("discarding data: None"); E038 already says it.
QUIET_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


@contextmanager
def problems_to_stderr() -> Iterator[None]:
    """Each failed article and warning the run logs becomes a line on stderr while the run goes on."""
    logger = logging.getLogger("nhs_extract")
    handler, silencer = _StderrHandler(), logging.NullHandler()
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    for name in QUIET_LIBRARY_LOGGERS:
        logging.getLogger(name).addHandler(silencer)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        for name in QUIET_LIBRARY_LOGGERS:
            logging.getLogger(name).removeHandler(silencer)


def _evaluate(gold_path: Path, out_dir: Path, errors_path) -> None:
    from .evaluate import evaluate, format_scores, write_evaluation

    try:
        ev = evaluate(gold_path, out_dir)
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(format_scores(ev.scores))
    written = write_evaluation(ev, out_dir, errors_path)
    click.echo(f"scores -> {written}" + (f", errors -> {errors_path}" if errors_path else ""), err=True)


@main.command("evaluate")
@click.argument("gold_path", type=click.Path(path_type=Path))
@click.argument("out_dir", type=click.Path(path_type=Path), default=Path("outputs"))
@click.option("--errors", "errors_path", type=click.Path(path_type=Path), default=None,
              help="Write every false positive and negative, with context, to this Markdown file.")
def evaluate_command(gold_path: Path, out_dir: Path, errors_path: Path) -> None:
    """Score the tables in OUT_DIR against GOLD_PATH (a gold JSONL file or a folder of them)."""
    _evaluate(gold_path, out_dir, errors_path)


@main.group()
def gold() -> None:
    """Gold annotations: validation."""


@gold.command("check")
@click.argument("gold_path", type=click.Path(path_type=Path))
def gold_check(gold_path: Path) -> None:
    """Validate a gold file (or folder): offsets, span edges, labels, attributes, relations, overlaps."""
    from .gold import check_gold

    try:
        problems = check_gold(gold_path)
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    for p in problems:
        click.echo(f"{p.article_id} (line {p.line}): {p.message}", err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {gold_path}", err=True)
        sys.exit(EXIT_ARTICLES_FAILED)
    click.echo(f"{gold_path}: ok")
