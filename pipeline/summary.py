"""`nhs-extract summary`: the tables at a glance, as rich renderables (the CLI prints them)."""
import math
from typing import Iterable, List, Optional, Sequence

import pandas as pd
from rich.console import Group
from rich.table import Table

from . import analysis
from .dataframes import Tables

MAX_CELL = 80  # characters of a quote or alias list shown in a terminal cell


def short(value, limit: int = MAX_CELL) -> str:
    """A cell as text: empty for missing, cut with an ellipsis past `limit` characters."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_value(value: float, unit: str) -> str:
    """A figure's value for reading: 1000000000 GBP -> £1,000,000,000."""
    if pd.isna(value):
        return ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return {"GBP": "£" + number, "USD": "$" + number, "EUR": "€" + number,
            "percent": number + "%", "count": number}.get(str(unit), f"{number} {short(unit)}".strip())


def rich_table(title: str, columns: Sequence[str], rows: Iterable[Sequence], numeric: Sequence[str] = ()) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", header_style="bold cyan", expand=False)
    for column in columns:
        table.add_column(column, justify="right" if column in numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(short(v) for v in row))
    if not table.row_count:
        table.add_row(*(["(none)"] + [""] * (len(columns) - 1)))
    return table


def counts_table(tables: Tables) -> Table:
    rows = [(name, f"{n:,}") for name, n in analysis.counts(tables).items()]
    return rich_table("Counts", ["what", "n"], rows, numeric=["n"])


def entities_table(tables: Tables, label: str, title: str, top: int) -> Table:
    df = analysis.top_entities(tables, label, top)
    columns: List[str] = ["name", "mentions", "articles", "also written"]
    rows = [(r.canonical, r.n_mentions, r.n_articles, _other_aliases(r.aliases, r.canonical)) for r in df.itertuples()]
    if label == "PERSON":
        columns.append("roles")
        rows = [row + (r.roles,) for row, r in zip(rows, df.itertuples())]
    return rich_table(title, columns, rows, numeric=["mentions", "articles"])


def _other_aliases(aliases: Optional[str], canonical: str) -> str:
    return ", ".join(a for a in short(aliases, 10_000).split("|") if a and a != canonical)


def figures_table(tables: Tables, top: int) -> Table:
    df = analysis.largest_figures(tables, top)
    rows = [(r.measure, format_value(r.value, r.unit), r.text, r.period, r.n_figures, r.article_id)
            for r in df.itertuples()]
    return rich_table("Largest figure of each measure", ["measure", "value", "as written", "period", "figures",
                                                          "article"], rows, numeric=["value", "figures"])


def roles_table(tables: Tables, top: int) -> Table:
    df = analysis.role_holders(tables).head(top)
    rows = [(r.person, r.role, r.organisation, r.n) for r in df.itertuples()]
    return rich_table("Role holders", ["person", "role", "organisation", "stated"], rows, numeric=["stated"])


def collaborations_table(tables: Tables, top: int) -> Table:
    df = analysis.collaborations(tables).head(top)
    rows = [(r.org_a, r.org_b, r.n, r.triggers.replace("|", ", ")) for r in df.itertuples()]
    return rich_table("Collaborations", ["organisation", "with", "stated", "words"], rows, numeric=["stated"])


def quotes_table(tables: Tables, top: int) -> Table:
    df = analysis.most_quoted(tables, top)
    rows = [(r.speaker, r.n_quotes, r.n_articles, "“" + short(r.sample, MAX_CELL - 2) + "”") for r in df.itertuples()]
    return rich_table("Most-quoted speakers", ["speaker", "quotes", "articles", "longest quote"], rows,
                      numeric=["quotes", "articles"])


def summary(tables: Tables, top: int = 10) -> Group:
    """Every summary table of the corpus, ready for `rich.console.Console.print`.

    Args:
        tables: the tables, from `pipeline.load`.
        top: rows per ranking.
    """
    return Group(
        counts_table(tables),
        entities_table(tables, "ORG", "Top organisations", top),
        entities_table(tables, "PERSON", "Top people", top),
        figures_table(tables, top),
        roles_table(tables, top),
        collaborations_table(tables, top),
        quotes_table(tables, top),
    )
