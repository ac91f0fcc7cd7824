"""Table schemas, declared once, and the rows built from processed Docs."""
from typing import TYPE_CHECKING, Dict, List, NamedTuple, Tuple

import pandas as pd

if TYPE_CHECKING:  # spaCy only for type hints: `pipeline.load` must not pay for importing it
    from spacy.tokens import Doc


class Column(NamedTuple):
    name: str
    dtype: str  # pandas dtype
    description: str


SCHEMAS: Dict[str, List[Column]] = {
    "articles": [
        Column("article_id", "string", "File stem of the article, or the \"id\" of its JSON Lines line; key of every "
               "other table, unique. An input with no id of its own (a bad line, a repeated id) is only in errors.csv."),
        Column("source_path", "string", "Path of the file read."),
        Column("source_line", "Int64", "Line of the .jsonl file the article is on; empty for .txt and .html."),
        Column("format", "string", "txt, html or jsonl: how the file was read."),
        Column("title", "string", "Title the input gives (HTML metadata, JSON Lines \"title\"), else the first "
               "non-blank line of the text (its headline)."),
        Column("url", "string", "URL the input gives (the page's canonical URL, JSON Lines \"url\")."),
        Column("published", "string", "Publication date the input gives: YYYY-MM-DD from HTML, as written from "
               "JSON Lines \"published\"."),
        Column("source", "string", "Publisher or site the input names (HTML site name, JSON Lines \"source\")."),
        Column("encoding", "string", "Encoding the file was read in: utf-8, or one detected or given by a "
               "byte-order mark (cp1252, utf-16...), which also gives a W002 warning."),
        Column("mojibake_fixed", "boolean", "True when --fix-mojibake changed the text."),
        Column("unwrapped_breaks", "Int64", "Line breaks of a hard-wrapped text read as spaces (a space for a "
               "line break, so offsets are unchanged); 0 when the text is not wrapped or with --keep-line-breaks."),
        Column("warnings", "string", "Warnings about the article (W002 encoding, W003 mojibake), |-separated."),
        Column("sha256", "string", "SHA-256 of the normalised text."),
        Column("n_chars", "Int64", "Characters in the normalised text."),
        Column("n_tokens", "Int64", "spaCy tokens in the text."),
        Column("status", "string", "ok, or failed (see error)."),
        Column("error", "string", "Why the article failed; empty when ok."),
        Column("text", "string", "The normalised text every offset indexes (for HTML, the extracted article "
               "text); empty when failed."),
    ],
    "mentions": [
        Column("article_id", "string", "Article the mention is in."),
        Column("start", "Int64", "Start offset (Python string index into the normalised text)."),
        Column("end", "Int64", "End offset (exclusive)."),
        Column("label", "string", "ORG, PERSON or FIGURE."),
        Column("text", "string", "The span's text."),
        Column("canonical", "string", "Canonical name shared by all variants across the corpus (ORG/PERSON)."),
        Column("entity_id", "string", "Stable id of the canonical entity, e.g. org:nhs-england."),
        Column("title", "string", "PERSON: titles outside the span (Dr, Baroness)."),
        Column("role", "string", "PERSON: role stated next to the name (chief executive)."),
        Column("sentence", "string", "The sentence the mention is in."),
    ],
    "entities": [
        Column("entity_id", "string", "Stable id of the entity."),
        Column("label", "string", "ORG or PERSON."),
        Column("canonical", "string", "Canonical name."),
        Column("aliases", "string", "|-separated surface forms seen in the corpus."),
        Column("n_mentions", "Int64", "Mentions of the entity."),
        Column("n_articles", "Int64", "Articles that mention it."),
        Column("articles", "string", "|-separated article ids."),
    ],
    "figures": [
        Column("article_id", "string", "Article the figure is in."),
        Column("start", "Int64", "Start offset."),
        Column("end", "Int64", "End offset (exclusive)."),
        Column("text", "string", "The span's text (£1bn, 8%, 42,000)."),
        Column("value", "Float64", "Value in base units (£1bn -> 1000000000)."),
        Column("unit", "string", "GBP, USD, EUR, percent, percentage_point, ratio, count, hour, day, week, month, year."),
        Column("qualifier", "string", "about, more_than, less_than, up_to, nearly, at_least; empty if none."),
        Column("measure", "string", "What the figure quantifies (deficit, nursing shortage)."),
        Column("period", "string", "Date or year the figure is scoped to, as written."),
        Column("sentence", "string", "The sentence the figure is in."),
    ],
    "relations": [
        Column("article_id", "string", "Article stating the relation."),
        Column("type", "string", "role, collaboration or quote."),
        Column("head_start", "Int64", "Start of the head mention (PERSON for role, speaker for quote)."),
        Column("head_end", "Int64", "End of the head mention."),
        Column("head_entity_id", "string", "Entity id of the head."),
        Column("tail_start", "Int64", "Start of the tail mention (ORG for role/collaboration)."),
        Column("tail_end", "Int64", "End of the tail mention."),
        Column("tail_entity_id", "string", "Entity id of the tail."),
        Column("role", "string", "role: the role as written, lower case."),
        Column("trigger", "string", "collaboration: the word that states it."),
        Column("quote_start", "Int64", "quote: start of the quoted words (inside the marks)."),
        Column("quote_end", "Int64", "quote: end of the quoted words."),
        Column("quote_text", "string", "quote: the quoted words."),
        Column("sentence", "string", "Evidence sentence (of the head mention)."),
    ],
    "errors": [
        Column("source_path", "string", "File that failed."),
        Column("source_line", "Int64", "Line of the .jsonl file that failed; empty for a whole file."),
        Column("article_id", "string", "Id of the article that failed, when known."),
        Column("stage", "string", "read (missing, locked, too big, empty), decode (binary, unknown encoding), "
               "extract (no text in HTML, bad JSON Lines line), duplicate (id already used) or process."),
        Column("message", "string", "What went wrong and what to do."),
    ],
}
TABLES = list(SCHEMAS)


class ForeignKey(NamedTuple):
    fields: Tuple[str, ...]
    table: str  # the referenced table
    reference: Tuple[str, ...]


# Keys the tables satisfy on every run (checked by `frictionless validate` in the tests).
# Mentions never overlap within an article, so start+end identify one without its label.
PRIMARY_KEYS: Dict[str, Tuple[str, ...]] = {
    "articles": ("article_id",),
    "mentions": ("article_id", "start", "end"),
    "entities": ("entity_id",),
    "figures": ("article_id", "start", "end"),
}
# relations' tail offsets also point at a mention, but a quote has no tail and frictionless
# counts a partly empty composite key (article_id set, offsets empty) as broken: not declared.
FOREIGN_KEYS: Dict[str, List[ForeignKey]] = {
    "mentions": [ForeignKey(("article_id",), "articles", ("article_id",)),
                 ForeignKey(("entity_id",), "entities", ("entity_id",))],
    "figures": [ForeignKey(("article_id",), "articles", ("article_id",)),
                ForeignKey(("article_id", "start", "end"), "mentions", ("article_id", "start", "end"))],
    "relations": [ForeignKey(("article_id",), "articles", ("article_id",)),
                  ForeignKey(("article_id", "head_start", "head_end"), "mentions", ("article_id", "start", "end")),
                  ForeignKey(("head_entity_id",), "entities", ("entity_id",)),
                  ForeignKey(("tail_entity_id",), "entities", ("entity_id",))],
    "errors": [ForeignKey(("source_path",), "articles", ("source_path",))],
}


def frame(table: str, rows: List[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, with its dtypes."""
    columns = SCHEMAS[table]
    df = pd.DataFrame(rows, columns=[c.name for c in columns])
    return df.astype({c.name: c.dtype for c in columns})


def doc_records(doc: "Doc") -> dict:
    """Everything the tables need from one processed Doc, as plain values (JSON-able)."""
    from .text_utils import SentenceBounds, doc_text, one_line, span_extensions

    mentions = []
    text = doc_text(doc)  # slices of it are the spans' texts, without building them token by token
    bounds = SentenceBounds(doc)  # each mention's sentence, without a Span walking the doc per mention
    sentences: Dict[tuple, str] = {}  # mentions of one sentence share its text
    for ent in doc.ents:
        start_char, end_char, label = ent.start_char, ent.end_char, ent.label_
        chars = bounds.chars_of(ent.start)
        sentence = sentences.get(chars)
        if sentence is None:
            sentence = sentences[chars] = one_line(text[chars[0]:chars[1]])
        ext = span_extensions(doc, start_char, end_char)
        m = {"start": start_char, "end": end_char, "label": label, "text": text[start_char:end_char],
             "canonical": ext("canonical"), "title": ext("title"), "role": ext("role"),
             "org_kind": ext("org_kind"), "sentence": sentence}
        if label == "FIGURE":
            m.update(value=ext("figure_value"), unit=ext("figure_unit"), qualifier=ext("figure_qualifier"),
                     measure=ext("figure_measure"), period=ext("figure_period"))
        mentions.append(m)
    return {"n_tokens": len(doc), "mentions": mentions, "relations": list(doc._.relations or [])}
