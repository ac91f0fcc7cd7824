import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import ROOT
from pipeline.cli import main
from pipeline.tables import SCHEMAS

SEED = ROOT / "corpus" / "003_d4c823efa91f46fd.txt"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "second.txt").write_text("Dr Jane Roe, chief executive of NHS Providers, said the NHS needed "
                                       "£2bn more.\n", encoding="utf-8")
    return folder


def run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_run_writes_every_table_with_its_columns(corpus, tmp_path):
    out = tmp_path / "out"
    result = run(["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name, columns in SCHEMAS.items():
        df = pd.read_csv(out / f"{name}.csv")
        assert list(df.columns) == [c.name for c in columns], name
    mentions = pd.read_csv(out / "mentions.csv")
    assert set(mentions["label"]) == {"ORG", "PERSON", "FIGURE"}
    assert pd.api.types.is_integer_dtype(mentions["start"]) and pd.api.types.is_integer_dtype(mentions["end"])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    for row in mentions.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    figures = pd.read_csv(out / "figures.csv")
    assert pd.api.types.is_float_dtype(figures["value"])
    entities = pd.read_csv(out / "entities.csv")
    assert "org:nhs-england" in set(entities["entity_id"])
    nhse = entities.set_index("entity_id").loc["org:nhs-england"]
    assert set(nhse["aliases"].split("|")) == {"NHS England", "NHSE"}
    articles = pd.read_csv(out / "articles.csv")
    assert set(articles["status"]) == {"ok"} and len(articles) == 2
    assert not list(out.glob(".*tmp")), "temporary files left behind"


def test_bad_file_is_reported_and_the_rest_is_written(corpus, tmp_path):
    (corpus / "latin1.txt").write_bytes("Café owners told NHS Providers".encode("latin-1"))
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run(["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "2 article(s) failed" in result.stderr
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(errors["stage"]) == ["decode", "read"]
    assert any("image.txt" in m and "binary" in m for m in errors["message"])
    articles = pd.read_csv(out / "articles.csv").set_index("article_id")
    assert articles.loc["image", "status"] == "failed"
    assert articles.loc["latin1", "status"] == "ok" and articles.loc["latin1", "encoding"] == "cp1252"
    assert articles.loc["latin1", "text"] == "Café owners told NHS Providers"
    assert "W002" in result.stderr and "latin1.txt" in result.stderr
    assert articles.loc["second", "status"] == "ok"
    mentions = pd.read_csv(out / "mentions.csv")
    assert {"second", "latin1", "003_d4c823efa91f46fd"} == set(mentions["article_id"])


def test_missing_corpus_folder(tmp_path):
    result = run(["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "E001" in result.output and "not found" in result.output


def test_empty_corpus_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "E002" in result.output and "No articles" in result.output


def test_previous_tables_survive_a_failed_write(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run(["run", str(corpus), "--out", str(out)]).exit_code == 0
    before = (out / "mentions.csv").read_bytes()
    import pipeline.build as build

    def boom(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build.TableBuilder, "entity_rows", boom)
    with pytest.raises(RuntimeError):
        run(["run", str(corpus), "--out", str(out)])
    assert (out / "mentions.csv").read_bytes() == before
    assert not list(out.glob(".*tmp")) and not list(out.glob(".records*"))


def test_entry_point_script_runs(corpus, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "run", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (out / "mentions.csv").exists()


@pytest.mark.parametrize("flags,unwrapped", [([], True), (["--keep-line-breaks"], False)])
def test_hard_wrapped_text_is_read_as_paragraphs_unless_asked(tmp_path, flags, unwrapped):
    folder = tmp_path / "corpus"
    folder.mkdir()
    wrapped = ROOT / "corpus" / "pr_southendft_2014_pathology_partnership_btuh_ipp.txt"
    shutil.copy(wrapped, folder / wrapped.name)
    out = tmp_path / "out"
    result = run(["run", str(folder), "--out", str(out), "--no-report", "--quiet"] + flags)
    assert result.exit_code == 0, result.output
    article = pd.read_csv(out / "articles.csv").iloc[0]
    assert (article["unwrapped_breaks"] > 0) == unwrapped
    names = list(pd.read_csv(out / "mentions.csv")["text"])
    # the trust is named twice, the second time across a wrapped line
    assert names.count("Basildon and Thurrock University Hospitals NHS Foundation Trust") == (2 if unwrapped else 1)
