from pathlib import Path

import pytest

from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


def ents(nlp, text, label=None):
    doc = nlp(text)
    return [e for e in doc.ents if label is None or e.label_ == label]


# Real articles for the analyst outputs: NHSE/NHSI plans (roles, a collaboration, quotes), the
# NHS Assembly alliance (several collaborations) and a BMA release (many quotes); plus one file
# that fails, so failed rows are covered too.
ANALYST_ARTICLES = ["003_d4c823efa91f46fd.txt", "004_ebfdbb9ad1059c88.txt", "blog_bma_2022_medical_vacancies.txt"]


def analyst_corpus(folder: Path) -> Path:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for name in ANALYST_ARTICLES:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    (folder / "binary.txt").write_bytes(b"\x00\x01 not an article")  # fails to read: one errors row
    return folder


@pytest.fixture(scope="session")
def analyst_outputs(tmp_path_factory, nlp):
    """Tables, datapackage.json and report.html of a run over ANALYST_ARTICLES."""
    from pipeline.report import write_report
    from pipeline.run import run_pipeline

    corpus = analyst_corpus(tmp_path_factory.mktemp("analyst") / "corpus")
    out = tmp_path_factory.mktemp("analyst_out")
    run_pipeline(corpus, out, nlp=nlp)
    write_report(out)
    return out
