"""For the analyst: datapackage.json, pipeline.load, the summary command, --excel and report.html."""
import json
import re
import shutil
import subprocess
import sys

import frictionless
import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline
from conftest import ANALYST_ARTICLES, ROOT, analyst_corpus
from pipeline import analysis
from pipeline.cli import main
from pipeline.datapackage import FIELD_TYPES, datapackage
from pipeline.dataframes import CATEGORY_COLUMNS, load
from pipeline.errors import NhsExtractError
from pipeline.report import ReportLimits, build_report, page_id
from pipeline.run import run_pipeline
from pipeline.tables import FOREIGN_KEYS, PRIMARY_KEYS, SCHEMAS

BOM = b"\xef\xbb\xbf"
ARTICLE_IDS = [name[:-4] for name in ANALYST_ARTICLES]


def invoke(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


# ---- datapackage.json ---------------------------------------------------------------------------

def test_datapackage_describes_every_table_from_the_schemas(analyst_outputs):
    package = json.loads((analyst_outputs / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in package["resources"]] == list(SCHEMAS)
    for resource in package["resources"]:
        columns = SCHEMAS[resource["name"]]
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == [c.name for c in columns]
        assert [f["type"] for f in fields] == [FIELD_TYPES[c.dtype] for c in columns]
        assert all(f["description"] for f in fields)
        assert resource["schema"].get("primaryKey", []) == list(PRIMARY_KEYS.get(resource["name"], ()))
        assert len(resource["schema"].get("foreignKeys", [])) == len(FOREIGN_KEYS.get(resource["name"], []))
    assert package == datapackage("utf-8")


def test_outputs_satisfy_the_datapackage(analyst_outputs):
    report = frictionless.validate(analyst_outputs / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "type", "note"])[:10]
    assert {t.name: t.stats["rows"] for t in report.tasks}["articles"] == len(ANALYST_ARTICLES) + 1


@pytest.mark.parametrize("table,column,bad", [
    ("mentions", "entity_id", "org:no-such-body"),  # mentions -> entities
    ("relations", "head_start", "1"),  # relations -> mentions (head offsets)
    ("figures", "article_id", "no-such-article"),  # figures -> articles
])
def test_validation_catches_a_broken_foreign_key(analyst_outputs, tmp_path, table, column, bad):
    broken = tmp_path / "broken"
    shutil.copytree(analyst_outputs, broken)
    df = pd.read_csv(broken / f"{table}.csv", dtype=str, keep_default_na=False)
    row = df.index[df[column] != ""][0]
    df.loc[row, column] = bad
    df.to_csv(broken / f"{table}.csv", index=False)
    report = frictionless.validate(broken / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {e.type for task in report.tasks for e in task.errors}


def test_relation_tails_point_at_mentions(analyst_outputs):
    # Not declarable in the datapackage (quotes have no tail), so checked here.
    tables = load(analyst_outputs)
    tails = tables.relations.dropna(subset=["tail_start"])
    assert len(tails) > 0
    mention_keys = set(zip(tables.mentions["article_id"], tables.mentions["start"], tables.mentions["end"]))
    assert all(key in mention_keys for key in zip(tails["article_id"], tails["tail_start"], tails["tail_end"]))


def test_datapackage_is_rewritten_on_every_run(analyst_outputs, tmp_path, nlp):
    out = tmp_path / "out"
    out.mkdir()
    (out / "datapackage.json").write_text("stale", encoding="utf-8")
    run_pipeline(analyst_corpus(tmp_path / "corpus"), out, nlp=nlp)
    assert json.loads((out / "datapackage.json").read_text(encoding="utf-8")) == datapackage("utf-8")
    assert not list(out.glob(".*tmp"))


# ---- pipeline.load ------------------------------------------------------------------------------

def test_load_gives_every_table_with_its_dtypes(analyst_outputs):
    tables = pipeline.load(analyst_outputs)
    assert list(tables) == list(SCHEMAS)
    for name, columns in SCHEMAS.items():
        df = tables[name]
        assert list(df.columns) == [c.name for c in columns]
        for c in columns:
            expected = "category" if c.name in CATEGORY_COLUMNS else c.dtype
            assert str(df[c.name].dtype) == expected, (name, c.name)
    assert tables.mentions is tables["mentions"]
    assert set(tables.mentions["label"].cat.categories) == {"ORG", "PERSON", "FIGURE"}
    assert set(tables.articles["status"]) == {"ok", "failed"}


def test_loaded_offsets_index_the_article_text(analyst_outputs):
    tables = pipeline.load(analyst_outputs)
    texts = tables.articles.set_index("article_id")["text"]
    for m in tables.mentions.itertuples():
        assert texts[m.article_id][m.start:m.end] == m.text
    # nullable: a PERSON or ORG mention has no figure value; quotes have no tail
    assert tables.relations.loc[tables.relations["type"] == "quote", "tail_start"].isna().all()


def test_load_without_text_leaves_out_only_the_long_columns(analyst_outputs):
    full, short = load(analyst_outputs), load(analyst_outputs, text=False)
    assert "text" not in short.articles and "sentence" not in short.mentions
    for name in SCHEMAS:
        assert set(full[name].columns) - set(short[name].columns) <= {"text", "sentence"}
        pd.testing.assert_frame_equal(short[name], full[name][list(short[name].columns)])


def test_load_keeps_words_that_look_like_missing_values(tmp_path, analyst_outputs):
    out = tmp_path / "out"
    shutil.copytree(analyst_outputs, out)
    entities = pd.read_csv(out / "entities.csv", dtype=str, keep_default_na=False)
    entities.loc[0, "aliases"] = "NA"  # e.g. an acronym
    entities.to_csv(out / "entities.csv", index=False)
    assert load(out).entities.loc[0, "aliases"] == "NA"


def test_load_says_what_to_do_when_tables_are_missing(tmp_path):
    with pytest.raises(NhsExtractError, match="E022.*nhs-extract run"):
        load(tmp_path)


def test_importing_the_package_stays_cheap():
    code = "import sys, pipeline; print(sorted({'spacy', 'pandas'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


# ---- analysis views and the summary command ------------------------------------------------------

@pytest.mark.parametrize("person,role,organisation", [
    ("Simon Stevens", "chief executive", "NHS England"),  # "NHSE chief executive Simon Stevens"
    ("Ian Dalton", "chief executive", "NHS Improvement"),
    ("Charles Alessi", "chair", "National Association of Primary Care"),
])
def test_role_holders(analyst_outputs, person, role, organisation):
    roles = analysis.role_holders(load(analyst_outputs))
    assert (person, role, organisation) in set(zip(roles["person"], roles["role"], roles["organisation"]))


@pytest.mark.parametrize("pair", [
    {"NHS England", "NHS Improvement"},  # "NHS England and NHS Improvement to merge some teams"
    {"NHS Confederation", "The Health Creation Alliance"},  # NHS Alliance, renamed: the new canonical name
])
def test_collaborations_are_unordered_pairs(analyst_outputs, pair):
    collaborations = analysis.collaborations(load(analyst_outputs))
    pairs = [{a, b} for a, b in zip(collaborations["org_a"], collaborations["org_b"])]
    assert pair in pairs
    assert len(pairs) == len({frozenset(p) for p in pairs})


def test_most_quoted_counts_quotes_per_speaker(analyst_outputs):
    tables = load(analyst_outputs)
    quotes = tables.relations[tables.relations["type"] == "quote"]
    expected = quotes["head_entity_id"].value_counts()
    top = analysis.most_quoted(tables, 3)
    names = tables.entities.set_index("entity_id")["canonical"]
    assert top.loc[0, "speaker"] == names[expected.index[0]]
    assert top.loc[0, "n_quotes"] == expected.iloc[0]


def test_summary_command_shows_every_section(analyst_outputs):
    result = invoke(["summary", str(analyst_outputs), "--top", "20"])
    assert result.exit_code == 0, result.output
    for heading in ("Counts", "Top organisations", "Top people", "Largest figure of each measure", "Role holders",
                    "Collaborations", "Most-quoted speakers"):
        assert heading in result.output
    tables = load(analyst_outputs)
    orgs = tables.entities[tables.entities["label"] == "ORG"].sort_values("n_mentions", ascending=False)
    assert orgs["canonical"].iloc[0] in result.output
    assert "Simon Stevens" in result.output and "NHS Improvement" in result.output


def test_summary_of_a_folder_without_tables(tmp_path):
    result = invoke(["summary", str(tmp_path)])
    assert result.exit_code == 2 and "E022" in result.output


# ---- --excel ------------------------------------------------------------------------------------

def test_excel_tables_start_with_a_bom_and_default_ones_do_not(tmp_path, analyst_outputs):
    corpus = analyst_corpus(tmp_path / "corpus")
    excel = tmp_path / "excel"
    result = invoke(["run", str(corpus), "--out", str(excel), "--excel", "--no-report", "--quiet"])
    assert result.exit_code == 1  # binary.txt fails, as intended
    for name in SCHEMAS:
        assert (excel / f"{name}.csv").read_bytes().startswith(BOM), name
        assert not (analyst_outputs / f"{name}.csv").read_bytes().startswith(BOM), name
    assert not (excel / "report.html").exists()
    resources = json.loads((excel / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert {r["encoding"] for r in resources} == {"utf-8-sig"}
    assert frictionless.validate(excel / "datapackage.json").valid
    for name in ("mentions", "entities", "figures", "relations"):  # the others hold the corpus path
        pd.testing.assert_frame_equal(load(excel)[name], load(analyst_outputs)[name])


# ---- report.html --------------------------------------------------------------------------------

def test_report_is_self_contained(analyst_outputs):
    html = (analyst_outputs / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)
    assert "<script src" not in html and '<link rel="stylesheet"' not in html


def test_report_highlights_each_articles_mentions(analyst_outputs):
    html = (analyst_outputs / "report.html").read_text(encoding="utf-8")
    tables = load(analyst_outputs)
    for article_id in ARTICLE_IDS:
        assert f'id="{page_id(article_id)}"' in html
    marks = re.findall(r'<mark class="entity ent-(\w+)"[^>]*>([^<]*)<span', html)
    ok_mentions = tables.mentions[tables.mentions["article_id"].isin(ARTICLE_IDS)]
    assert len(marks) == len(ok_mentions)
    assert ("ORG", "NHS England") in {(label, text.strip()) for label, text in marks}


def test_report_caps_the_articles_shown(analyst_outputs):
    html = build_report(analyst_outputs, ReportLimits(articles=1))
    assert html.count('<section class="page"') == 2  # the corpus page and one article
    assert "3 more articles are in the tables" in html


def test_report_command_writes_the_report(tmp_path, analyst_outputs):
    out = tmp_path / "out"
    shutil.copytree(analyst_outputs, out)
    (out / "report.html").unlink()
    result = invoke(["report", str(out), "--articles", "2"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").read_text(encoding="utf-8").count('<section class="page"') == 3
    assert invoke(["report", str(tmp_path / "nothing")]).exit_code == 2


def test_graph_cap_keeps_connected_organisations():
    import networkx as nx

    from pipeline.report import strongest_subgraph

    graph = nx.Graph()
    for i in range(30):  # thirty separate pairs; the hub pair is stated three times
        graph.add_edge(f"org:a{i}", f"org:b{i}", weight=3 if i == 7 else 1)
    kept = strongest_subgraph(graph, 9)
    assert kept.number_of_nodes() == 8 and {"org:a7", "org:b7"} <= set(kept)
    assert all(degree > 0 for _, degree in kept.degree())
