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


@main.command()
@click.argument("corpus_dir", type=click.Path(path_type=Path), default=Path("corpus"))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("outputs"), show_default=True,
              help="Folder the tables are written to.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files of CORPUS_DIR to read.")
@click.option("--quiet", is_flag=True, help="No summary line on stderr.")
def run(corpus_dir: Path, out_dir: Path, pattern: str, quiet: bool) -> None:
    """Process every article of CORPUS_DIR (default corpus/) and write the tables to --out.

    Exit status: 0 all articles processed, 1 some articles failed (see errors.csv),
    2 nothing could be run (missing or empty corpus, bad rules).
    """
    from .run import run_pipeline

    try:
        summary = run_pipeline(corpus_dir, out_dir, pattern=pattern)
    except NhsExtractError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if not quiet:
        click.echo(f"{summary.n_articles} articles ({summary.n_failed} failed), {summary.n_mentions} mentions, "
                   f"{summary.n_relations} relations in {summary.seconds:.1f}s -> {summary.out_dir}", err=True)
    if summary.n_failed:
        click.echo(Warnings.W001.format(n=summary.n_failed, out=summary.out_dir), err=True)
        sys.exit(EXIT_ARTICLES_FAILED)
