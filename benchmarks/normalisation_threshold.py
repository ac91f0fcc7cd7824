"""Choose the fuzzy threshold of ORG normalisation by measurement on the gold.

Every gold ORG mention is given to the normaliser as an unknown surface form (as if no gazetteer
alias had matched it), with the gazetteer's canonicals as the known bodies. Pairwise F1 against
the gold canonicals is reported per threshold and scorer.
Usage: python benchmarks/normalisation_threshold.py [tests/gold]
"""
import sys
from itertools import combinations

from rapidfuzz import fuzz

from pipeline.gold import read_gold
from pipeline.normalise import CorpusNormaliser
from pipeline.rules_io import load_gazetteer, rules_dir


def pairwise_f1(gold_keys, sys_keys):
    both = g = s = 0
    for (g1, s1), (g2, s2) in combinations(zip(gold_keys, sys_keys), 2):
        g += g1 == g2
        s += s1 == s2
        both += g1 == g2 and s1 == s2
    p, r = both / s if s else 0, both / g if g else 0
    return p, r, 2 * p * r / (p + r) if p + r else 0


def main(gold_path="tests/gold"):
    known = sorted({r.canonical for f in ("orgs.csv", "ods_orgs.csv") for r in load_gazetteer(rules_dir() / f)})
    mentions = [e for g in read_gold(gold_path) for e in g["entities"] if e["label"] == "ORG"]
    print("| scorer | threshold | P | R | F1 |\n|---|---|---|---|---|")
    for name, scorer in (("ratio", fuzz.ratio), ("token_sort_ratio", fuzz.token_sort_ratio)):
        for threshold in (80, 85, 90, 92, 95, 100):
            norm = CorpusNormaliser(org_threshold=threshold, known_canonicals=known)
            norm.scorer = scorer
            for e in mentions:
                norm.observe({"label": "ORG", "text": e["text"], "canonical": None, "org_kind": "shape"})
            norm.finalise()
            sys_keys = [norm.canonical({"label": "ORG", "text": e["text"], "canonical": None})[0] for e in mentions]
            p, r, f = pairwise_f1([e["canonical"] for e in mentions], sys_keys)
            print(f"| {name} | {threshold} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main(*sys.argv[1:])
