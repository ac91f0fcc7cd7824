"""Raise tests/gold/baseline.json to the pipeline's current scores on the project gold.

    python tests/gold/update_baseline.py [--allow-lower "why"]

Refuses to lower any score unless --allow-lower gives the reason, which goes into the note.
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pipeline.evaluate import evaluate  # noqa: E402
from pipeline.gold import write_gold_texts  # noqa: E402
from pipeline.run import run_pipeline  # noqa: E402
from test_gold import flatten  # noqa: E402

BASELINE = HERE / "baseline.json"


def current_scores() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run_pipeline(write_gold_texts(HERE, Path(tmp) / "corpus"), out)
        return {k: round(v, 3) for k, v in flatten(evaluate(HERE, out).scores).items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow-lower", metavar="REASON", help="lower scores that fell, saying why")
    args = parser.parse_args()
    old = json.loads(BASELINE.read_text(encoding="utf-8"))
    new = current_scores()
    fallen = {k: (old["scores"][k], v) for k, v in new.items() if v < old["scores"].get(k, 0) - 1e-9}
    if fallen and not args.allow_lower:
        print(f"refusing to lower (baseline, now): {fallen}", file=sys.stderr)
        return 1
    note = old["note"] + (f" Lowered: {args.allow_lower}" if fallen else "")
    BASELINE.write_text(json.dumps({"note": note, "scores": new}, indent=1) + "\n", encoding="utf-8")
    for k in sorted(new):
        if new[k] != old["scores"].get(k):
            print(f"{k}: {old['scores'].get(k)} -> {new[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
