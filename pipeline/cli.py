"""The command line: parses options, calls library functions, turns errors into exit codes."""
import sys
from pathlib import Path

import click

from .errors import NhsExtractError, Warnings

EXIT_OK, EXIT_ARTICLES_FAILED, EXIT_USAGE = 0, 1, 2


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
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files of CORPUS_DIR to read.")
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
def run(corpus_dir: Path, out_dir: Path, pattern: str, jobs: int, engine: str, scheduler: str, incremental: bool,
        formats: list, wait: bool, quiet: bool, gold_path: Path) -> None:
    """Process every article of CORPUS_DIR (default corpus/) and write the tables to --out.

    Exit status: 0 all articles processed, 1 some articles failed (see errors.csv),
    2 nothing could be run (missing or empty corpus, bad rules, another run on --out).
    """
    from .progress import progress_bar
    from .run import run_pipeline

    if scheduler and engine != "dask":
        raise click.BadParameter("needs --engine dask", param_hint="--scheduler")
    try:
        with progress_bar(enabled=not quiet) as progress:
            summary = run_pipeline(corpus_dir, out_dir, pattern=pattern, progress=progress, jobs=jobs,
                                   engine=engine, scheduler=scheduler, incremental=incremental, formats=formats,
                                   wait=wait)
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if not quiet:
        reused = f", {summary.n_reused} reused" if incremental else ""
        click.echo(f"{summary.n_articles} articles ({summary.n_failed} errors{reused}), {summary.n_mentions} mentions, "
                   f"{summary.n_relations} relations in {summary.seconds:.1f}s -> {summary.out_dir}", err=True)
    if gold_path is not None:
        _evaluate(gold_path, out_dir, None)
    if summary.n_failed:
        click.echo(Warnings.W001.format(n=summary.n_failed, out=summary.out_dir), err=True)
        sys.exit(EXIT_ARTICLES_FAILED)


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
