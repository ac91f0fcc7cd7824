"""Corpus-level views of the loaded tables, shared by `summary`, the HTML report and analysts."""
from typing import Dict

import pandas as pd

from .dataframes import Tables


def names(tables: Tables) -> pd.Series:
    """Canonical name by entity_id."""
    return tables.entities.set_index("entity_id")["canonical"]


def counts(tables: Tables) -> Dict[str, int]:
    """How many articles, mentions, entities, figures and relations, by kind."""
    articles, mentions, relations = tables.articles, tables.mentions, tables.relations
    out = {"articles": len(articles), "articles failed": int((articles["status"] == "failed").sum())}
    for label, n in mentions["label"].value_counts(sort=False).items():
        out[f"{label} mentions"] = int(n)
    out["distinct organisations"] = int((tables.entities["label"] == "ORG").sum())
    out["distinct people"] = int((tables.entities["label"] == "PERSON").sum())
    for kind, n in relations["type"].value_counts(sort=False).items():
        out[f"{kind} relations"] = int(n)
    return out


def top_entities(tables: Tables, label: str, n: int = 10) -> pd.DataFrame:
    """The n most-mentioned entities of a label, with their roles for people."""
    entities = tables.entities[tables.entities["label"] == label]
    top = entities.sort_values(["n_mentions", "n_articles", "canonical"], ascending=[False, False, True]).head(n)
    top = top[["entity_id", "canonical", "n_mentions", "n_articles", "aliases"]].reset_index(drop=True)
    roles = (tables.mentions.dropna(subset=["role", "entity_id"])
             .groupby("entity_id", observed=True)["role"].agg(lambda r: "; ".join(sorted(set(r)))))
    top["roles"] = top["entity_id"].map(roles).astype("string")
    return top


def largest_figures(tables: Tables, n: int = 15) -> pd.DataFrame:
    """Per measure and unit, its largest figure; the most frequent measures first."""
    figures = tables.figures.dropna(subset=["measure", "value"])
    if figures.empty:
        return pd.DataFrame(columns=["measure", "unit", "text", "value", "period", "article_id", "n_figures"])
    groups = figures.groupby(["measure", "unit"], observed=True)
    largest = figures.loc[groups["value"].idxmax()].copy()
    largest["n_figures"] = largest.set_index(["measure", "unit"]).index.map(groups.size())
    largest = largest.sort_values(["n_figures", "value"], ascending=[False, False]).head(n)
    return largest[["measure", "unit", "text", "value", "period", "article_id", "n_figures"]].reset_index(drop=True)


def _named(relations: pd.DataFrame, tables: Tables) -> pd.DataFrame:
    canonical = names(tables)
    named = relations.copy()
    named["head"] = named["head_entity_id"].map(canonical).fillna(named["head_entity_id"]).astype("string")
    named["tail"] = named["tail_entity_id"].map(canonical).fillna(named["tail_entity_id"]).astype("string")
    return named


def role_holders(tables: Tables) -> pd.DataFrame:
    """Who holds which role where: person, role, organisation, how often stated and in how many articles."""
    roles = _named(tables.relations[tables.relations["type"] == "role"], tables)
    grouped = roles.groupby(["head", "role", "tail"], dropna=False, observed=True)
    out = grouped.agg(n=("article_id", "size"), n_articles=("article_id", "nunique")).reset_index()
    out = out.rename(columns={"head": "person", "tail": "organisation"})
    return out.sort_values(["n", "person"], ascending=[False, True]).reset_index(drop=True)


def collaborations(tables: Tables) -> pd.DataFrame:
    """Pairs of organisations stated to work together, each pair once whatever its order."""
    collab = _named(tables.relations[tables.relations["type"] == "collaboration"], tables)
    if collab.empty:
        return pd.DataFrame(columns=["org_a", "org_b", "id_a", "id_b", "n", "triggers", "articles"])
    ordered = collab["head_entity_id"] <= collab["tail_entity_id"]
    collab["id_a"] = collab["head_entity_id"].where(ordered, collab["tail_entity_id"])
    collab["id_b"] = collab["tail_entity_id"].where(ordered, collab["head_entity_id"])
    collab["org_a"] = collab["head"].where(ordered, collab["tail"])
    collab["org_b"] = collab["tail"].where(ordered, collab["head"])
    out = collab.groupby(["org_a", "org_b", "id_a", "id_b"], observed=True).agg(
        n=("article_id", "size"),
        triggers=("trigger", lambda t: "|".join(sorted(set(t.dropna())))),
        articles=("article_id", lambda a: "|".join(sorted(set(a)))),
    ).reset_index()
    return out.sort_values(["n", "org_a", "org_b"], ascending=[False, True, True]).reset_index(drop=True)


def quotes_by_speaker(tables: Tables) -> pd.DataFrame:
    """Every quote with its speaker's name and their quote count; the most-quoted speakers first."""
    quotes = _named(tables.relations[tables.relations["type"] == "quote"], tables)
    quotes = quotes.rename(columns={"head": "speaker", "head_entity_id": "speaker_id"})
    quotes["n_quotes"] = quotes.groupby("speaker", dropna=False)["article_id"].transform("size")
    quotes = quotes.sort_values(["n_quotes", "speaker", "article_id", "quote_start"],
                                ascending=[False, True, True, True])
    return quotes[["speaker", "speaker_id", "n_quotes", "article_id", "quote_start", "quote_text"]].reset_index(
        drop=True)


def most_quoted(tables: Tables, n: int = 10) -> pd.DataFrame:
    """The n most-quoted speakers: quotes, articles, and their longest quote as a sample."""
    quotes = quotes_by_speaker(tables)
    if quotes.empty:
        return pd.DataFrame(columns=["speaker", "n_quotes", "n_articles", "sample"])
    quotes["length"] = quotes["quote_text"].str.len()
    grouped = quotes.groupby("speaker", observed=True)
    out = pd.DataFrame({"n_quotes": grouped.size(), "n_articles": grouped["article_id"].nunique(),
                        "sample": quotes.loc[grouped["length"].idxmax(), ["speaker", "quote_text"]]
                        .set_index("speaker")["quote_text"]}).reset_index()
    return out.sort_values(["n_quotes", "speaker"], ascending=[False, True]).head(n).reset_index(drop=True)
