"""nhs_relations: role (PERSON -> ORG), collaboration (ORG <-> ORG) and quote (speaker -> words).

The component holds the tables and matchers; the rules of each kind live in their own module
(role_rules, collaboration_rules, quote_rules) as the classes it is made of.
"""
import re
from typing import Dict, List, Optional, Pattern, Tuple

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import ensure_path

from . import extensions  # noqa: F401
from .collaboration_rules import CollaborationRules
from .quote_rules import QuoteRules
from .relation_words import MAX_CLAUSE_WORDS, MAX_OPEN_LINK_WORDS, PLACE_POST_WORDS
from .role_rules import RoleRules
from .rules_io import load_phrases
from .text_utils import BODY_REFS, doc_ents, fixed_ents


class RelationExtractor(RoleRules, CollaborationRules, QuoteRules):
    """Relations stated by the article, from role spans, trigger words and quotation marks."""

    def __init__(self, nlp: Language, name: str, collaboration_exclude_kinds: List[str],
                 collaboration_listed_kinds: List[str], scare_quote_max_words: int, block_quote_max_paragraphs: int):
        self.nlp = nlp
        self.name = name
        self.block_quote_max_paragraphs = block_quote_max_paragraphs
        self.exclude_kinds = set(collaboration_exclude_kinds)
        self.listed_kinds = set(collaboration_listed_kinds)
        self.scare_quote_max_words = scare_quote_max_words
        self.tables: Dict[str, List[str]] = {"triggers": [], "speech_verbs": [], "role_verbs": [],
                                             "role_links": [], "body_nouns": [], "post_nominals": []}
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   collaboration_triggers: str = "", speech_verbs: str = "", role_verbs: str = "",
                   role_links: str = "", body_nouns: str = "", post_nominals: str = "") -> None:
        self.tables = {
            "triggers": [f"{r.phrase.lower()}\t{r.value}\t{n.value}" for r, n in
                         zip(load_phrases(collaboration_triggers, "subject_only"),
                             load_phrases(collaboration_triggers, "note"))],
            "speech_verbs": [f"{r.phrase.lower()}\t{r.value}" for r in load_phrases(speech_verbs, "short_quotes")],
            "role_verbs": [f"{r.phrase.lower()}\t{r.value}" for r in load_phrases(role_verbs, "role")],
            "role_links": [r.phrase.lower() for r in load_phrases(role_links)] if role_links else [],
            "body_nouns": [f"{n.phrase.lower()}\t{n.value}\t{w.value}\t{k.value}" for n, w, k in
                           zip(load_phrases(body_nouns, "plural"), load_phrases(body_nouns, "name_words"),
                               load_phrases(body_nouns, "kinds"))] if body_nouns else [],
            "post_nominals": [r.phrase for r in load_phrases(post_nominals)] if post_nominals else [],
        }
        self._build()

    def _build(self) -> None:
        self.trigger_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        triggers = [line.split("\t") for line in self.tables["triggers"]]
        for (_, subject_only, _), doc in zip(triggers, self.nlp.tokenizer.pipe(t[0] for t in triggers)):
            self.trigger_matcher.add("SUBJECT" if subject_only.lower() == "yes" else "PARTNER", [doc])
        # Triggers whose members may follow a colon: 'UCLP comprises five hospitals: A, B, ...'.
        self.membership_triggers = {phrase for phrase, _, note in triggers if note.lower() == "membership"}
        self.into_triggers = {phrase for phrase, _, note in triggers if note.lower() == "into"}
        self.object_triggers = {phrase for phrase, _, note in triggers if note.lower().startswith("object")}
        self.member_of_triggers = {phrase for phrase, _, note in triggers if note.lower().startswith("member of")}
        self.adjacent_triggers = {phrase for phrase, _, note in triggers if note.lower().startswith("adjacent")}
        self.agent_triggers = {phrase for phrase, _, note in triggers if note.lower().startswith("by:")}
        verbs = [line.split("\t") for line in self.tables["speech_verbs"]]
        self.speech_verbs = {v for v, _ in verbs}
        # Verbs that can introduce a short quote ('said it was "very clear"'), unlike 'announced a "new" body'.
        self.short_quote_verbs = {v for v, ok in verbs if ok.lower() != "no"}
        self.role_verbs = dict(line.split("\t") for line in self.tables["role_verbs"])
        links = [tuple(t.lower_ for t in doc) for doc in self.nlp.tokenizer.pipe(self.tables["role_links"])]
        # A row '... role as' ends a link of any words: 'will continue in his current role as'.
        self.role_link_endings = {link[1:] for link in links if link[0] == "..."}
        # A row '~ to take over as' ends the clause of its subject: 'X moved from A to take over as'.
        self.clause_endings = {link[1:] for link in links if link[0] == "~"}
        self.role_links = {link for link in links if link[0] not in {"...", "~"}}
        self.post_nominals = set(self.tables.get("post_nominals", []))
        open_words = max(MAX_OPEN_LINK_WORDS if self.role_link_endings else 0,
                         MAX_CLAUSE_WORDS if self.clause_endings else 0)
        self.max_link_words = max(map(len, links), default=0) + open_words
        self.body_nouns: Dict[str, Tuple[Optional[Pattern], set]] = {}
        self.singular_body_nouns = set()
        for line in self.tables["body_nouns"]:
            noun, plural, words, kinds = line.split("\t")
            names = [re.escape(w) for w in words.split("|") if w]
            pattern = re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None
            self.body_nouns[noun] = (pattern, {k for k in kinds.split("|") if k})
            if plural.lower() != "yes":
                self.singular_body_nouns.add(noun)  # a plural one points back only with a number

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):  # the rules read the entities hundreds of times per doc, and never set them
            try:
                doc._.relations = self.read(doc)
            finally:
                self.forget_doc()
        return doc

    def read(self, doc: Doc) -> List[dict]:
        """The doc's relations: quotes first, since a speaker's 'our' and 'we' name roles and partners."""
        quotes = self.quotes(doc)
        roles = self.roles(doc, quotes)
        collaborations = self.collaborations(doc, roles, quotes)
        roles += self.joint_posts_at_partners(doc, roles, collaborations)
        return self._at_named_mentions(doc, roles + collaborations) + quotes

    @staticmethod
    def _at_named_mentions(doc: Doc, found: List[dict]) -> List[dict]:
        """A relation read at a place standing for a trust ('chair of Sherwood Forest') joins the
        trust's first mention by name, since the place is no ORG mention."""
        refs = doc.spans.get(BODY_REFS)
        if not refs:
            return found
        first: Dict[str, Tuple[int, int]] = {}
        for e in doc_ents(doc):
            if e.label_ == "ORG":
                first.setdefault(e._.canonical or e.text, (e.start_char, e.end_char))
        named = {(r.start_char, r.end_char): first.get(r._.canonical) for r in refs}
        out = []
        for r in found:
            if r["type"] == "role" and r["tail"] in named and set(r["role"].split()) & PLACE_POST_WORDS:
                continue  # 'the mayor of York' holds a post of the place, not of York's trust
            head, tail = named.get(r["head"], r["head"]), named.get(r["tail"], r["tail"])
            if head is not None and tail is not None and head != tail:
                out.append({**r, "head": head, "tail": tail})
        return out

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", self.tables)

    def from_disk(self, path, exclude=tuple()) -> "RelationExtractor":
        self.tables = srsly.read_json(ensure_path(path) / "tables.json")
        self._build()
        return self


@Language.factory(
    "nhs_relations",
    assigns=["doc._.relations"],
    requires=["doc.ents", "doc.sents"],
    default_config={"collaboration_exclude_kinds": ["health_system"], "collaboration_listed_kinds": ["health_system"],
                    "scare_quote_max_words": 4, "block_quote_max_paragraphs": 3},
)
def make_relation_extractor(nlp: Language, name: str, collaboration_exclude_kinds: List[str],
                            collaboration_listed_kinds: List[str], scare_quote_max_words: int,
                            block_quote_max_paragraphs: int) -> RelationExtractor:
    return RelationExtractor(nlp, name, collaboration_exclude_kinds, collaboration_listed_kinds,
                             scare_quote_max_words, block_quote_max_paragraphs)
