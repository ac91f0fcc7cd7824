"""The project's gold: valid, scored like the shared scorer, and guarded by a baseline."""
import importlib.util
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED
from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.gold import check_gold, check_record, read_gold, write_gold_texts
from pipeline.run import run_pipeline

GOLD = ROOT / "tests" / "gold"
BASELINE = GOLD / "baseline.json"


def test_all_gold_is_valid():
    assert check_gold(GOLD) == []


def test_gold_has_twenty_articles_from_four_kinds():
    records = list(read_gold(GOLD))
    assert len(records) >= 20
    kinds = {r.get("meta", {}).get("kind") for r in records if r.get("meta")}
    assert {"trade_press", "press_release", "parliament_or_government_report"} <= kinds


@pytest.mark.parametrize("change,words", [
    (lambda g: g["entities"][0].update(end=g["entities"][0]["end"] + 1), "text["),
    (lambda g: g["entities"][0].update(label="PLACE"), "unknown label"),
    (lambda g: g["entities"].append(dict(g["entities"][0])), "overlap"),
    (lambda g: g["relations"].append({"type": "role", "head": 0, "tail": 99, "role": "chair"}), "points at no entity"),
    (lambda g: g["entities"].append({"start": 1, "end": 3, "label": "FIGURE", "text": "ab", "value": 2,
                                     "unit": "sheep", "qualifier": None}), "unknown unit"),
])
def test_validator_rejects(change, words):
    g = {"id": "x", "text": "NHS England said it had two plans.",
         "entities": [{"start": 0, "end": 11, "label": "ORG", "text": "NHS England", "canonical": "NHS England"}],
         "relations": []}
    assert check_record(g) == []
    change(g)
    assert any(words in p for p in check_record(g))


def test_validator_rejects_outer_punctuation():
    g = {"id": "x", "text": "“NHS England” said", "relations": [],
         "entities": [{"start": 0, "end": 12, "label": "ORG", "text": "“NHS England", "canonical": "NHS England"}]}
    assert any("starts with" in p for p in check_record(g))


def test_gold_check_command_exit_status(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "NHS", "entities": [{"start": 0, "end": 2, "label": "ORG", '
                   '"text": "NHS", "canonical": "NHS"}], "relations": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["gold", "check", str(bad)])
    assert result.exit_code == 1 and "problem" in result.output
    assert CliRunner().invoke(main, ["gold", "check", str(GOLD)]).exit_code == 0


@pytest.fixture(scope="module")
def gold_run(tmp_path_factory, nlp):
    """The pipeline run over the texts of the gold articles."""
    corpus = write_gold_texts(GOLD, tmp_path_factory.mktemp("gold_corpus"))
    out = tmp_path_factory.mktemp("gold_out")
    run_pipeline(corpus, out, nlp=nlp)
    return out


def flatten(scores: dict) -> dict:
    flat = {}
    for part in ("entities", "partial", "relations"):
        for key, v in scores[part].items():
            flat[f"{part}.{key}.f1"] = v["f1"]
    for key in ("normalisation", "normalisation_variants"):
        flat[f"{key}.f1"] = scores[key]["f1"]
    for key, v in scores["figures"].items():
        if key != "n":
            flat[f"figures.{key}"] = v
    return flat


@pytest.mark.slow
def test_no_score_falls_below_the_baseline(gold_run):
    scores = flatten(evaluate(GOLD, gold_run).scores)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["scores"]
    fallen = {k: (scores.get(k, 0.0), v) for k, v in baseline.items() if scores.get(k, 0.0) < v - 1e-9}
    assert not fallen, f"scores below tests/gold/baseline.json (now, baseline): {fallen}"


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::ResourceWarning")  # the shared scorer leaves its gold file open
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_evaluate_agrees_with_the_shared_scorer(gold_run, tmp_path):
    scorer = SHARED / "tools" / "score.py"
    seeds = SHARED / "gold" / "seeds.jsonl"
    if not scorer.exists() or not seeds.exists():
        pytest.skip("../shared/tools/score.py is not beside this clone")
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "out"
    shutil.copytree(gold_run, out)
    ours = evaluate(seeds, out).scores
    theirs = module.score(str(seeds), str(out))
    assert json.loads(json.dumps(ours)) == json.loads(json.dumps(theirs))


def test_evaluate_command_writes_json_and_errors(gold_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(gold_run, out)
    errors = tmp_path / "errors.md"
    result = CliRunner().invoke(main, ["evaluate", str(GOLD / "seeds.jsonl"), str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "entities  ORG" in result.output
    assert json.loads((out / "evaluation.json").read_text())["entities"]["ORG"]["gold"] > 0
    assert errors.read_text().startswith("# Evaluation errors")


def test_evaluate_without_outputs_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(GOLD / "seeds.jsonl"), str(tmp_path)])
    assert result.exit_code == 2 and "E021" in result.output
