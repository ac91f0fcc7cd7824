"""A run over a corpus of bad inputs: each is one errors.csv row and one stderr line, the rest is complete."""
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline.run as run_module
from conftest import DATA, ROOT
from pipeline.cli import main

BAD = DATA / "bad_corpus"
CORPUS = ROOT / "corpus"
GOOD_TXT = ["tp_metro_2013_overseas_nurses", "blog_nuffieldtrust_2018_underlying_deficit"]
HTML_PAGE = DATA / "html" / "pr_dhsc_2020_winter_ae_funding.html"
GOOD_FILES = ["cp1252_pulse_gp_workforce.txt", "mojibake_bma_medical_school_places.txt"]
GOOD_JSONL_LINES = [1, 8]

# (file, line, stage, code) of every failure the corpus holds
EXPECTED_ERRORS = {
    ("blank.txt", None, "read", "E004"),
    ("empty.txt", None, "read", "E004"),
    ("dump.txt", None, "read", "E009"),
    ("locked.txt", None, "read", "E008"),
    ("vanished.txt", None, "read", "E007"),
    ("scrape_gzipped.html", None, "decode", "E006"),
    ("random_bytes.txt", None, "decode", "E003"),
    ("mixed_encodings_healthfoundation.txt", None, "decode", "E039"),
    ("js_shell.html", None, "extract", "E038"),
    ("feed.jsonl", 3, "extract", "E030"),
    ("feed.jsonl", 4, "extract", "E033"),
    ("feed.jsonl", 5, "extract", "E032"),
    ("feed.jsonl", 6, "extract", "E031"),
    ("feed.jsonl", 7, "duplicate", "E036"),
    ("feed.jsonl", 9, "decode", "E034"),
    ("tp_metro_2013_overseas_nurses.txt", None, "duplicate", "E036"),  # week2/, a second scrape
}
OK_IDS = set(GOOD_TXT) | {"pr_dhsc_2020_winter_ae_funding", "cp1252_pulse_gp_workforce",
                          "mojibake_bma_medical_school_places", "phe_2016_one_you", "20231002"}


def add_good_articles(folder: Path) -> None:
    for name in GOOD_TXT:
        shutil.copy(CORPUS / f"{name}.txt", folder)
    shutil.copy(HTML_PAGE, folder)


@pytest.fixture
def bad_corpus(tmp_path, monkeypatch):
    """The committed bad files, real articles, and the bad inputs that are made at test time."""
    folder = tmp_path / "corpus"
    shutil.copytree(BAD, folder)
    add_good_articles(folder)
    with (folder / "dump.txt").open("wb") as f:  # 50 MB: a concatenated dump, not one article
        chunk = (CORPUS / f"{GOOD_TXT[0]}.txt").read_bytes()
        for _ in range(50 * 2**20 // len(chunk) + 1):
            f.write(chunk)
    (folder / "locked.txt").write_text("NHS England said so.", encoding="utf-8")
    (folder / "vanished.txt").write_text("NHS Improvement said so.", encoding="utf-8")
    deny_reading(monkeypatch, "locked.txt")
    delete_after_listing(monkeypatch, folder / "vanished.txt")
    return folder


def deny_reading(monkeypatch, name: str) -> None:
    """Permission denied, simulated at the open: the tests may run as root, whom chmod 000 does not stop."""
    real_open = Path.open

    def open_denied(self, *args, **kwargs):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_denied)


def delete_after_listing(monkeypatch, path: Path) -> None:
    real_check = run_module.check_corpus

    def list_then_delete(*args, **kwargs):
        paths = real_check(*args, **kwargs)
        if path in paths:
            path.unlink()
        return paths

    monkeypatch.setattr(run_module, "check_corpus", list_then_delete)


@pytest.fixture
def clean_corpus(tmp_path):
    """Only the articles of the bad corpus that can be read, as their own corpus."""
    folder = tmp_path / "clean"
    folder.mkdir()
    add_good_articles(folder)
    for name in GOOD_FILES:
        shutil.copy(BAD / name, folder)
    lines = (BAD / "feed.jsonl").read_bytes().split(b"\n")
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines[n - 1] for n in GOOD_JSONL_LINES) + b"\n")
    return folder


def invoke(*args):
    return CliRunner().invoke(main, ["run", *map(str, args)], catch_exceptions=False)


def article_rows(out: Path, table: str, ids: set) -> list:
    df = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
    df = df[df["article_id"].isin(ids)]
    return sorted(map(tuple, df.drop(columns=[c for c in ["source_line"] if c in df]).values.tolist()))


def test_each_bad_input_is_one_error_and_the_rest_is_complete(bad_corpus, clean_corpus, tmp_path):
    out = tmp_path / "out"
    result = invoke(bad_corpus, "--out", out)
    assert result.exit_code == 1, result.output

    errors = pd.read_csv(out / "errors.csv", dtype={"source_line": "Int64"})
    found = {(Path(r.source_path).name, None if pd.isna(r.source_line) else int(r.source_line), r.stage,
              r.message[:4]) for r in errors.itertuples()}
    assert found == EXPECTED_ERRORS
    assert len(errors) == len(EXPECTED_ERRORS)
    for row in errors.itertuples():
        assert row.source_path in row.message  # says which file, in words a person can act on
        assert row.message in result.stderr.splitlines()
    assert f"W001 {len(EXPECTED_ERRORS)} article(s) failed" in result.stderr
    warned = [line[:4] + " " + Path(line.split(":")[0][5:]).name for line in result.stderr.splitlines()
              if line.startswith("W00") and not line.startswith("W001")]
    assert sorted(warned) == ["W002 cp1252_pulse_gp_workforce.txt", "W003 mojibake_bma_medical_school_places.txt"]

    articles = pd.read_csv(out / "articles.csv", dtype={"article_id": str}).set_index("source_path")
    ok = articles[articles["status"] == "ok"]
    assert set(ok["article_id"]) == OK_IDS
    # a failed input with an id of its own is also a failed row of articles.csv (its key); one with no
    # id, or a repeated id, is only in errors.csv
    errors = pd.read_csv(out / "errors.csv", dtype={"article_id": str})
    keyed = errors[errors["article_id"].notna() & (errors["stage"] != "duplicate")]
    assert (articles["status"] == "failed").sum() == len(keyed) < len(EXPECTED_ERRORS)
    assert articles["article_id"].is_unique
    pulse = ok[ok["article_id"] == "cp1252_pulse_gp_workforce"].iloc[0]
    assert pulse["encoding"] == "cp1252" and pulse["warnings"].startswith("W002")
    html = ok[ok["format"] == "html"].iloc[0]
    assert (html["format"], html["source"], html["published"]) == ("html", "GOV.UK", "2020-08-11")

    clean_out = tmp_path / "clean_out"
    assert invoke(clean_corpus, "--out", clean_out).exit_code == 0
    for table in ["mentions", "figures", "relations"]:
        rows = article_rows(out, table, OK_IDS)
        assert rows and rows == article_rows(clean_out, table, OK_IDS), table


def test_fix_mojibake_reads_the_mixed_and_mis_decoded_files(bad_corpus, tmp_path):
    out = tmp_path / "out"
    result = invoke(bad_corpus, "--out", out, "--fix-mojibake")
    assert result.exit_code == 1
    errors = pd.read_csv(out / "errors.csv")
    assert not any(Path(p).name.startswith(("mixed", "mojibake")) for p in errors["source_path"])
    articles = pd.read_csv(out / "articles.csv", dtype={"article_id": str}).set_index("article_id")
    bma = articles.loc["mojibake_bma_medical_school_places"]
    assert bma["mojibake_fixed"] == True  # noqa: E712 - the CSV cell, not a truthy string
    assert bma["title"].startswith("Health Secretary ‘fooling no one’")
    mixed = articles.loc["mixed_encodings_healthfoundation"]
    assert mixed["encoding"] == "utf-8+cp1252" and "today’s statistics" in mixed["text"]
    assert "W003" not in result.stderr


def test_glob_filters_the_formats(bad_corpus, tmp_path):
    out = tmp_path / "out"
    invoke(bad_corpus, "--out", out, "--glob", "*.jsonl")
    articles = pd.read_csv(out / "articles.csv")
    assert set(articles["format"].dropna()) == {"jsonl"}
    assert set(articles["source_path"].map(lambda p: Path(p).name)) == {"feed.jsonl"}
    errors = pd.read_csv(out / "errors.csv")
    assert set(errors["source_path"].map(lambda p: Path(p).name)) == {"feed.jsonl"}
    assert sorted(set(articles["source_line"]) | set(errors["source_line"])) == [1, 3, 4, 5, 6, 7, 8, 9]


def test_jsonl_metadata_reaches_articles_csv(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (CORPUS / "tp_bbc_2025_sath_deficit.txt").read_text(encoding="utf-8")
    record = {"id": "bbc-sath-2025", "text": text, "title": "Hospital trust continues to battle £18.6m deficit",
              "url": "https://www.bbc.co.uk/news/articles/example", "published": "2025-05-09", "source": "BBC News"}
    (corpus / "week.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(corpus, "--out", out).exit_code == 0
    row = pd.read_csv(out / "articles.csv").iloc[0]
    for field in ["title", "url", "published", "source", "text"]:
        assert row[field] == record[field]
    assert (row["article_id"], row["source_line"], row["format"]) == ("bbc-sath-2025", 1, "jsonl")
    figures = pd.read_csv(out / "figures.csv")
    assert "£18.6m" in set(figures["text"])
    for fig in figures.itertuples():
        assert text[fig.start:fig.end] == fig.text
