"""nhs_org_lists: one ORG per body in a list that shares its head noun.

"Gateshead, Newcastle North and East, and Newcastle West CCGs" names three CCGs. Each item is
an ORG when the item with the singular head ("Gateshead CCG") is a gazetteer alias; the last item
keeps the shared plural head in its span, as the guidelines say.
"""
from typing import Dict, Iterable, List, Optional, Tuple

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans

from . import extensions  # noqa: F401
from .rules_io import load_gazetteer, load_phrases

NAME_CONNECTORS = {"and", "upon", "on", "of", "the"}  # inside a place name: "Newcastle North and East"


class OrgListSplitter:
    def __init__(self, nlp: Language, name: str, min_items: int):
        self.nlp = nlp
        self.name = name
        self.min_items = min_items
        self.aliases: Dict[str, List[str]] = {}  # lower-case alias -> [canonical, kind]
        self.plurals: Dict[str, str] = {}  # plural head -> singular
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   gazetteers: Iterable[str] = (), plural_heads: str = "") -> None:
        self.aliases = {}
        for path in gazetteers:
            for rec in load_gazetteer(path):
                self.aliases.setdefault(rec.alias.lower(), [rec.canonical, rec.kind])
        self.plurals = {p.phrase: p.value for p in load_phrases(plural_heads, "singular")} if plural_heads else {}
        self._build()

    def _build(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for plural in self.plurals:
            self.matcher.add(plural, [self.nlp.make_doc(plural)])

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = []
        for match_id, start, end in self.matcher(doc):
            if any(i in taken for i in range(start, end)):
                continue
            singular = self.plurals[self.nlp.vocab.strings[match_id]]
            spans.extend(self._list_before(doc, start, end, singular))
        if spans:
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc

    def _list_before(self, doc: Doc, head_start: int, head_end: int, singular: str) -> List[Span]:
        items = self._items(doc, head_start)
        found = []
        for n, (start, end) in enumerate(items):
            record = self.aliases.get(f"{doc[start:end].text} {singular}".lower())
            if record is None:
                break
            span = Span(doc, start, head_end if n == 0 else end, label="ORG")
            span._.canonical, span._.org_kind = record
            found.append(span)
        return found if len(found) >= self.min_items else []

    def _items(self, doc: Doc, head_start: int) -> List[Tuple[int, int]]:
        """Token bounds of the list items before the head, last item first."""
        sent_start = doc[head_start].sent.start
        items, end, i = [], head_start, head_start - 1
        while i >= sent_start:
            tok = doc[i]
            if tok.text == ",":
                if not self._add_item(doc, items, i + 1, end):
                    break
                end, i = i, i - 1
                continue
            if not (tok.is_title or tok.is_upper or tok.lower_ in NAME_CONNECTORS):
                break
            i -= 1
        self._add_item(doc, items, i + 1, end)
        return items

    @staticmethod
    def _add_item(doc: Doc, items: List[Tuple[int, int]], start: int, end: int) -> bool:
        if start < end and doc[start].lower_ == "and":  # Oxford comma: ", and Newcastle West"
            start += 1
        if start < end and doc[start].lower_ == "the":
            start += 1
        if start >= end or doc[end - 1].lower_ in NAME_CONNECTORS or not doc[start].is_title:
            return False
        items.append((start, end))
        return True

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", {"aliases": self.aliases, "plurals": self.plurals})

    def from_disk(self, path, exclude=tuple()) -> "OrgListSplitter":
        tables = srsly.read_json(ensure_path(path) / "tables.json")
        self.aliases, self.plurals = tables["aliases"], tables["plurals"]
        self._build()
        return self


@Language.factory("nhs_org_lists", default_config={"min_items": 2})
def make_org_list_splitter(nlp: Language, name: str, min_items: int) -> OrgListSplitter:
    return OrgListSplitter(nlp, name, min_items)
