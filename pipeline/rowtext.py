"""Table rows as CSV text, made where the article is processed (a worker process at -j N).

Everything of an article's rows is known in the process that processed it except the corpus-wide
canonical names and entity ids of its mentions. So that process writes the CSV text of its
`articles.csv` and `figures.csv` rows whole, and each `mentions.csv` / `relations.csv` row as the
text before and after its canonical and entity-id cells (`MentionPiece`, `RelationPiece`), with the
(label, name) the normaliser resolves; the process writing the tables only joins the pieces.

The text is exactly what `writer.AtomicTable.append` writes for the rows `build.TableBuilder.rows`
makes: the same cell writers (`writer.CSV_CELLS`) and the csv module, which quotes each cell on its
own, so a row written in groups of cells and joined with commas is the row written at once (groups
of at least two cells: a row of one empty cell is written `""`).
"""
import csv
from typing import Dict, List, Optional, Tuple, Union

from .tables import SCHEMAS
from .writer import CSV_CELLS, float_cell, int_cell, text_cell

Key = Tuple[str, str]  # (label, name): what the normaliser resolves to (canonical, entity_id)
# A mentions row: its whole text (FIGURE, no entity) or (text before canonical, key, text after entity_id).
MentionPiece = Union[str, Tuple[str, Key, str]]
# A relations row: its whole text, or (before head_entity_id, head key or None, between the two ids,
# tail key or None, after tail_entity_id).
RelationPiece = Union[str, Tuple[str, Optional[Key], str, Optional[Key], str]]
# (label, name, org_kind, title, text) of each mention but FIGUREs, in order: what the normaliser
# observes and the entities table counts.
Observation = Tuple[str, str, Optional[str], Optional[str], str]

MENTION_COLUMNS = ["article_id", "start", "end", "label", "text", "canonical", "entity_id", "title", "role",
                   "sentence"]
RELATION_COLUMNS = ["article_id", "type", "head_start", "head_end", "head_entity_id", "tail_start", "tail_end",
                    "tail_entity_id", "role", "trigger", "quote_start", "quote_end", "quote_text", "sentence"]
FIGURE_COLUMNS = ["article_id", "start", "end", "text", "value", "unit", "qualifier", "measure", "period",
                  "sentence"]
# The pieces below hard-code these column orders: a schema change must change them too.
assert [c.name for c in SCHEMAS["mentions"]] == MENTION_COLUMNS
assert [c.name for c in SCHEMAS["relations"]] == RELATION_COLUMNS
assert [c.name for c in SCHEMAS["figures"]] == FIGURE_COLUMNS
assert [c.dtype for c in SCHEMAS["figures"]] == ["string", "Int64", "Int64", "string", "Float64", "string",
                                                 "string", "string", "string", "string"]


class _LastLine:
    """A file for csv.writer that keeps the one line each writerow writes."""

    __slots__ = ("text",)

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text = text
        return len(text)


class CsvLines:
    """CSV lines as the tables write them (csv module, "\\n"); one per thread or process."""

    def __init__(self) -> None:
        self._out = _LastLine()
        self._writer = csv.writer(self._out, lineterminator="\n")

    def line(self, cells: list) -> str:
        """The line of these (already written) cells, with its "\\n"."""
        self._writer.writerow(cells)
        return self._out.text

    def row(self, table: str, row: dict) -> str:
        """A whole row of `table` from its values, as AtomicTable.append writes it."""
        return self.line([cell(row.get(name)) for name, cell in CSV_CELLS[table]])

    def entity_cells(self, canonical: str, eid: str) -> str:
        """The canonical and entity_id cells of a mentions row, joined (no line end)."""
        return self.line([text_cell(canonical or None), text_cell(eid or None)])[:-1]

    def id_cell(self, eid: Optional[str]) -> str:
        """One entity-id cell of a relations row (quoted as the csv module would, were it ever needed)."""
        return self.line([text_cell(eid or None), "x"])[:-3]


class ItemRows:
    """One article's rows: whole lines for articles and figures, pieces for mentions and relations."""

    __slots__ = ("article", "figures", "mentions", "relations", "observations", "n_mentions", "n_relations")

    def __init__(self, article: str, figures: str, mentions: List[MentionPiece], relations: List[RelationPiece],
                 observations: List[Observation]):
        self.article = article
        self.figures = figures
        self.mentions = mentions
        self.relations = relations
        self.observations = observations
        self.n_mentions = len(mentions)
        self.n_relations = len(relations)


def item_rows(lines: CsvLines, article_row: dict, record: dict) -> ItemRows:
    """The rows `TableBuilder.rows` makes of `run.article_record(article, record)` (an ok article), as text.

    article_row: that record's "article" row; record: `tables.doc_records` of its doc (or the cache's copy).
    """
    aid = article_row["article_id"]
    text = article_row["text"]
    line = lines.line
    t_aid = text_cell(aid)
    mentions: List[MentionPiece] = []
    figures: List[str] = []
    observations: List[Observation] = []
    key_at: Dict[tuple, Optional[Key]] = {}  # offsets -> the key of the mention there (None: FIGURE)
    sentences: Dict[tuple, str] = {}
    for m in record["mentions"]:
        start, end, label, sentence = m["start"], m["end"], m["label"], m["sentence"]
        before = line([t_aid, int_cell(start), int_cell(end), text_cell(label), text_cell(m["text"])])[:-1]
        after = line([text_cell(m.get("title")), text_cell(m.get("role")), text_cell(sentence)])
        offsets = (start, end)
        sentences[offsets] = sentence
        if label == "FIGURE":  # no entity: normaliser.canonical gives ("", ""), both cells empty
            mentions.append(f"{before},,,{after}")
            key_at[offsets] = None
            figures.append(line([t_aid, int_cell(start), int_cell(end), text_cell(m["text"]), float_cell(m["value"]),
                                 text_cell(m["unit"]), text_cell(m["qualifier"]), text_cell(m["measure"]),
                                 text_cell(m["period"]), text_cell(sentence)]))
        else:
            name = m.get("canonical") or m["text"]
            key = (label, name)
            mentions.append((before + ",", key, "," + after))
            key_at[offsets] = key
            observations.append((label, name, m.get("org_kind"), m.get("title"), m["text"]))
    relations: List[RelationPiece] = []
    for r in record["relations"]:
        head = tuple(r["head"])
        tail = tuple(r["tail"]) if r.get("tail") else (None, None)
        quote = tuple(r["quote"]) if r.get("quote") else (None, None)
        quote_text = text[quote[0]:quote[1]] if quote[0] is not None else None
        first = line([t_aid, text_cell(r["type"]), int_cell(head[0]), int_cell(head[1])])[:-1]
        middle = line([int_cell(tail[0]), int_cell(tail[1])])[:-1]
        last = line([text_cell(r.get("role")), text_cell(r.get("trigger")), int_cell(quote[0]), int_cell(quote[1]),
                     text_cell(quote_text), text_cell(sentences.get(head))])
        head_key, tail_key = key_at.get(head), key_at.get(tail)
        if head_key is None and tail_key is None:
            relations.append(f"{first},,{middle},,{last}")
        else:
            relations.append((first + ",", head_key, "," + middle + ",", tail_key, "," + last))
    return ItemRows(lines.row("articles", article_row), "".join(figures), mentions, relations, observations)


def article_row(article, n_tokens: int) -> dict:
    """The articles.csv row of an ok article (a `reader.Article`)."""
    return {"article_id": article.article_id, "source_path": article.source_path,
            "source_line": article.source_line, "format": article.format, "title": article.title,
            "url": article.url, "published": article.published, "source": article.source,
            "encoding": article.encoding, "mojibake_fixed": article.mojibake_fixed,
            "unwrapped_breaks": article.unwrapped_breaks,
            "warnings": "|".join(article.warnings) or None, "sha256": article.sha256,
            "n_chars": len(article.text), "n_tokens": n_tokens, "status": "ok", "error": "",
            "text": article.text}


def failed_rows(lines: CsvLines, article_id: Optional[str], source_path: str, stage: str, message: str,
                source_line: Optional[int] = None) -> Tuple[Optional[str], str]:
    """(articles line or None, errors line) of a failed input, as TableBuilder.rows writes
    `run.failed_record(...)`: no articles row for an input with no id of its own or a repeated id."""
    row = {"article_id": article_id, "source_path": source_path, "source_line": source_line,
           "status": "failed", "error": message}
    error = {"source_path": source_path, "source_line": source_line, "article_id": article_id, "stage": stage,
             "message": message}
    keep = article_id is not None and stage != "duplicate"
    return (lines.row("articles", row) if keep else None), lines.row("errors", error)
