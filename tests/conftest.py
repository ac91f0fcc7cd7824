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
