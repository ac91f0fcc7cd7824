"""Table rows from per-article records, with corpus-wide canonical names and entity ids."""
from collections import Counter, defaultdict
from typing import Dict, List

from .normalise import CorpusNormaliser


class TableBuilder:
    """Turns one article record at a time into rows; aggregates the entities table."""

    def __init__(self, normaliser: CorpusNormaliser):
        self.normaliser = normaliser
        self.entity_mentions: Counter = Counter()
        self.entity_articles: Dict[str, set] = defaultdict(set)
        self.entity_aliases: Dict[str, Counter] = defaultdict(Counter)
        self.entity_label: Dict[str, tuple] = {}
        self.counts = Counter(failed=0, mentions=0, relations=0)

    def rows(self, record: dict) -> Dict[str, List[dict]]:
        article = record["article"]
        out: Dict[str, List[dict]] = {"articles": [article]}
        if "error" in record:
            self.counts["failed"] += 1
            out["errors"] = [record["error"]]
            # articles.article_id is a key: an input with no id of its own (a bad JSON Lines line, a
            # repeated id) is only a row of errors.csv
            if article["article_id"] is None or record["error"]["stage"] == "duplicate":
                del out["articles"]
            return out
        aid = article["article_id"]
        ids_by_offsets = {}
        mentions, figures = [], []
        for m in record["mentions"]:
            canonical, eid = self.normaliser.canonical(m)
            ids_by_offsets[(m["start"], m["end"])] = eid
            mentions.append({"article_id": aid, "start": m["start"], "end": m["end"], "label": m["label"],
                             "text": m["text"], "canonical": canonical or None, "entity_id": eid or None,
                             "title": m.get("title"), "role": m.get("role"), "sentence": m["sentence"]})
            if m["label"] == "FIGURE":
                figures.append({"article_id": aid, "start": m["start"], "end": m["end"], "text": m["text"],
                                "value": m["value"], "unit": m["unit"], "qualifier": m["qualifier"],
                                "measure": m["measure"], "period": m["period"], "sentence": m["sentence"]})
            else:
                self._count_entity(eid, m["label"], canonical, m["text"], aid)
        sentences = {(m["start"], m["end"]): m["sentence"] for m in record["mentions"]}
        relations = [self._relation_row(aid, r, ids_by_offsets, sentences, record["article"]["text"])
                     for r in record["relations"]]
        self.counts["mentions"] += len(mentions)
        self.counts["relations"] += len(relations)
        out.update(mentions=mentions, figures=figures, relations=relations)
        return out

    def _count_entity(self, eid: str, label: str, canonical: str, text: str, aid: str) -> None:
        self.entity_mentions[eid] += 1
        self.entity_articles[eid].add(aid)
        self.entity_aliases[eid][text] += 1
        self.entity_label[eid] = (label, canonical)

    @staticmethod
    def _relation_row(aid: str, r: dict, ids: dict, sentences: dict, text: str) -> dict:
        head = tuple(r["head"])
        tail = tuple(r["tail"]) if r.get("tail") else (None, None)
        quote = tuple(r["quote"]) if r.get("quote") else (None, None)
        return {"article_id": aid, "type": r["type"], "head_start": head[0], "head_end": head[1],
                "head_entity_id": ids.get(head), "tail_start": tail[0], "tail_end": tail[1],
                "tail_entity_id": ids.get(tail), "role": r.get("role"), "trigger": r.get("trigger"),
                "quote_start": quote[0], "quote_end": quote[1],
                "quote_text": text[quote[0]:quote[1]] if quote[0] is not None else None,
                "sentence": sentences.get(head)}

    def entity_rows(self) -> List[dict]:
        rows = []
        for eid in sorted(self.entity_mentions):
            label, canonical = self.entity_label[eid]
            aliases = sorted(self.entity_aliases[eid], key=lambda a: (-self.entity_aliases[eid][a], a))
            articles = sorted(self.entity_articles[eid])
            rows.append({"entity_id": eid, "label": label, "canonical": canonical, "aliases": "|".join(aliases),
                         "n_mentions": self.entity_mentions[eid], "n_articles": len(articles),
                         "articles": "|".join(articles)})
        return rows
