"""Scoring output tables against gold, as the Scoring section of docs/annotation.md defines it."""
import json
import math
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pandas as pd
from rapidfuzz.fuzz import token_set_ratio

from .errors import Errors, NhsExtractError
from .gold import read_gold

LABELS = ["ORG", "PERSON", "FIGURE"]
RELATION_TYPES = ["role", "collaboration", "quote"]
FIGURE_KEYS = ("value", "unit", "qualifier", "measure", "period", "vuq", "all")
MEASURE_MIN_RATIO = 80


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "sys": n_sys, "gold": n_gold}


def blank(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or str(x).strip().lower() in ("", "none", "null", "nan")


def number(x) -> Optional[float]:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def read_table(out_dir: Path, name: str) -> List[dict]:
    path = out_dir / f"{name}.csv"
    if not path.exists():
        return []
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").to_dict("records")


class Evaluation:
    """Scores and the error lists behind them."""

    def __init__(self, gold: List[dict], out_dir: Path):
        out_dir = Path(out_dir)
        if not (out_dir / "mentions.csv").exists():
            raise NhsExtractError(Errors.E021.format(path=out_dir))
        self.gold = gold
        ids = {g["id"] for g in gold}
        self.mentions = defaultdict(list)
        for m in read_table(out_dir, "mentions"):
            if m["article_id"] in ids:
                self.mentions[m["article_id"]].append(m)
        self.figures = {(f["article_id"], int(f["start"]), int(f["end"])): f
                        for f in read_table(out_dir, "figures") if f["article_id"] in ids}
        self.relations = defaultdict(list)
        for r in read_table(out_dir, "relations"):
            if r["article_id"] in ids:
                self.relations[r["article_id"]].append(r)
        self.errors: List[dict] = []
        self.scores = self._score()

    def _score(self) -> dict:
        res: Dict[str, dict] = {"entities": {}, "partial": {}}
        counts = {lab: [0, 0, 0, 0] for lab in LABELS}
        matched: List[Tuple[str, dict, dict]] = []
        for g in self.gold:
            sys_ments = self.mentions.get(g["id"], [])
            for lab in LABELS:
                gold_ents = [e for e in g["entities"] if e["label"] == lab]
                sys_ents = [m for m in sys_ments if m["label"] == lab]
                counts[lab][2] += len(sys_ents)
                counts[lab][3] += len(gold_ents)
                exact = {(int(m["start"]), int(m["end"])): m for m in sys_ents}
                gold_keys = {(e["start"], e["end"]) for e in gold_ents}
                for e in gold_ents:
                    hit = exact.get((e["start"], e["end"]))
                    if hit:
                        counts[lab][0] += 1
                        matched.append((g["id"], e, hit))
                    else:
                        self._error(g, "false negative", lab, e["start"], e["end"])
                    if any(int(m["start"]) < e["end"] and e["start"] < int(m["end"]) for m in sys_ents):
                        counts[lab][1] += 1
                for key, m in exact.items():
                    if key not in gold_keys:
                        self._error(g, "false positive", lab, key[0], key[1])
        for lab, (tpe, tpp, ns, ng) in counts.items():
            res["entities"][lab] = prf(tpe, ns, ng)
            res["partial"][lab] = prf(tpp, ns, ng)
        tot = [sum(c[i] for c in counts.values()) for i in range(4)]
        res["entities"]["ALL"] = prf(tot[0], tot[2], tot[3])
        res["partial"]["ALL"] = prf(tot[1], tot[2], tot[3])
        res["normalisation"], res["normalisation_variants"] = self._normalisation(matched)
        res["figures"] = self._figures(matched)
        res["relations"] = self._relations()
        return res

    @staticmethod
    def _normalisation(matched) -> Tuple[dict, dict]:
        both = gs = ss = vb = vg = vs = 0
        for lab in ("ORG", "PERSON"):
            pool = [(e["canonical"], (m.get("entity_id") or m.get("canonical") or "").strip().lower(),
                     e["text"].lower()) for _, e, m in matched if e["label"] == lab]
            for (g1, s1, t1), (g2, s2, t2) in combinations(pool, 2):
                same_gold, same_sys = g1 == g2, (s1 == s2 and s1 != "")
                gs += same_gold
                ss += same_sys
                both += same_gold and same_sys
                if t1 != t2:
                    vg += same_gold
                    vs += same_sys
                    vb += same_gold and same_sys
        return prf(both, ss, gs), prf(vb, vs, vg)

    def _figures(self, matched) -> dict:
        ok = defaultdict(int)
        n = 0
        for doc, e, m in matched:
            if e["label"] != "FIGURE":
                continue
            n += 1
            f = self.figures.get((doc, e["start"], e["end"]), m)
            checks = figure_checks(e, f)
            for k, v in checks.items():
                ok[k] += v
            if not checks["all"]:
                wrong = [k for k in ("value", "unit", "qualifier", "measure", "period") if not checks[k]]
                self.errors.append({"article_id": doc, "kind": "figure attributes", "label": "FIGURE",
                                    "start": e["start"], "end": e["end"], "text": e["text"],
                                    "detail": "; ".join(f"{k}: gold {e.get(k)!r}, system {f.get(k)!r}" for k in wrong)})
        out = {k: round(ok[k] / n, 3) if n else 0.0 for k in FIGURE_KEYS}
        out["n"] = n
        return out

    def _relations(self) -> dict:
        counts = defaultdict(lambda: [0, 0, 0])
        for g in self.gold:
            gold_t = gold_relation_tuples(g)
            sys_t = self._system_relation_tuples(g, gold_t)
            for kind in RELATION_TYPES:
                counts[kind][0] += len(sys_t[kind] & gold_t[kind])
                counts[kind][1] += len(sys_t[kind])
                counts[kind][2] += len(gold_t[kind])
                for t in sys_t[kind] - gold_t[kind]:
                    self.errors.append({"article_id": g["id"], "kind": "false positive", "label": kind,
                                        "start": None, "end": None, "text": str(sorted(map(str, t))), "detail": ""})
                for t in gold_t[kind] - sys_t[kind]:
                    self.errors.append({"article_id": g["id"], "kind": "false negative", "label": kind,
                                        "start": None, "end": None, "text": str(sorted(map(str, t))), "detail": ""})
        return {kind: prf(*counts[kind]) for kind in RELATION_TYPES if kind in counts}

    def _system_relation_tuples(self, g: dict, gold_t: dict) -> dict:
        out = defaultdict(set)
        # gold_t["quote"] is a set: sorted, so a quote overlapping two gold quotes always takes the first
        gold_quotes = sorted(gold_t["quote"])
        for r in self.relations.get(g["id"], []):
            kind = (r.get("type") or "").strip().lower()
            hs, he = number(r.get("head_start")), number(r.get("head_end"))
            if hs is None:
                continue
            head = gold_canonical(g, int(hs), int(he)) or ("?sys", r.get("head_start"))
            if kind in ("role", "collaboration"):
                ts, te = number(r.get("tail_start")), number(r.get("tail_end"))
                tail = (gold_canonical(g, int(ts), int(te)) if ts is not None else None) or ("?sys", r.get("tail_start"))
                if kind == "role":
                    out["role"].add((head, tail, str(r.get("role") or "").strip().lower()))
                else:
                    out["collaboration"].add(frozenset((head, tail)))
            elif kind == "quote":
                qs, qe = number(r.get("quote_start")), number(r.get("quote_end"))
                if qs is None:
                    continue
                hit = next(((gh, a, b) for gh, a, b in gold_quotes if gh == head and a < qe and qs < b), None)
                out["quote"].add(hit or (head, qs, qe))
        return out

    def _error(self, g: dict, kind: str, label: str, start: int, end: int) -> None:
        self.errors.append({"article_id": g["id"], "kind": kind, "label": label, "start": start, "end": end,
                            "text": g["text"][start:end], "detail": context(g["text"], start, end)})


def figure_checks(e: dict, f: dict) -> Dict[str, bool]:
    v = number(f.get("value"))
    ok_v = v is not None and math.isclose(v, float(e["value"]), rel_tol=1e-3)
    ok_u = str(f.get("unit") or "").strip().lower() == str(e["unit"]).lower()
    gq, sq = e.get("qualifier"), f.get("qualifier")
    ok_q = (blank(gq) and blank(sq)) or (not blank(sq) and str(sq).strip().lower() == str(gq).lower())
    gm, sm = e.get("measure"), f.get("measure")
    ok_m = (blank(gm) and blank(sm)) or (not blank(gm) and not blank(sm) and
                                         token_set_ratio(str(gm).lower(), str(sm).lower()) >= MEASURE_MIN_RATIO)
    gp, sp = e.get("period"), f.get("period")
    ok_p = (blank(gp) and blank(sp)) or (not blank(sp) and str(sp).strip().lower() == str(gp).lower())
    return {"value": ok_v, "unit": ok_u, "qualifier": ok_q, "measure": ok_m, "period": ok_p,
            "vuq": ok_v and ok_u and ok_q, "all": ok_v and ok_u and ok_q and ok_m and ok_p}


def gold_canonical(g: dict, start: int, end: int) -> Optional[str]:
    for e in g["entities"]:
        if e["label"] in ("ORG", "PERSON") and start < e["end"] and e["start"] < end:
            return e["canonical"]
    return None


def gold_relation_tuples(g: dict) -> dict:
    out = defaultdict(set)
    ents = g["entities"]
    for r in g["relations"]:
        head = ents[r["head"]]["canonical"]
        if r["type"] == "role":
            out["role"].add((head, ents[r["tail"]]["canonical"], r["role"].lower()))
        elif r["type"] == "collaboration":
            out["collaboration"].add(frozenset((head, ents[r["tail"]]["canonical"])))
        elif r["type"] == "quote":
            out["quote"].add((head, r["start"], r["end"]))
    return out


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def evaluate(gold_path: "str | Path", out_dir: "str | Path") -> Evaluation:
    return Evaluation(list(read_gold(gold_path)), Path(out_dir))


def format_scores(s: dict) -> str:
    lines = [f"{'':10s}{'label':14s}{'P':>7s}{'R':>7s}{'F1':>7s}   tp/sys/gold"]
    for part in ("entities", "partial"):
        for lab, v in s[part].items():
            lines.append(f"{part:10s}{lab:14s}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}   {v['tp']}/{v['sys']}/{v['gold']}")
    for key, name in (("normalisation", "pairs"), ("normalisation_variants", "variant pairs")):
        v = s[key]
        lines.append(f"{'normalise':10s}{name:14s}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}   {v['tp']}/{v['sys']}/{v['gold']}")
    for kind, v in s["relations"].items():
        lines.append(f"{'relation':10s}{kind:14s}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}   {v['tp']}/{v['sys']}/{v['gold']}")
    f = s["figures"]
    lines.append("figures   " + "  ".join(f"{k}={f[k]:.3f}" for k in FIGURE_KEYS) + f"  (n={f['n']})")
    return "\n".join(lines)


def errors_markdown(ev: Evaluation) -> str:
    out = ["# Evaluation errors", ""]
    by_article = defaultdict(list)
    for e in ev.errors:
        by_article[e["article_id"]].append(e)
    for aid in sorted(by_article):
        out += [f"## {aid}", "", "| kind | label | offsets | text | context / detail |", "|---|---|---|---|---|"]
        for e in sorted(by_article[aid], key=lambda e: (e["start"] is None, e["start"] or 0, e["kind"])):
            offsets = f"{e['start']}-{e['end']}" if e["start"] is not None else ""
            cells = [e["kind"], e["label"], offsets, e["text"], e["detail"]]
            out.append("| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def write_evaluation(ev: Evaluation, out_dir: "str | Path", errors_path: Optional["str | Path"] = None) -> Path:
    path = Path(out_dir) / "evaluation.json"
    path.write_text(json.dumps(ev.scores, indent=1), encoding="utf-8")
    if errors_path:
        Path(errors_path).write_text(errors_markdown(ev), encoding="utf-8")
    return path
