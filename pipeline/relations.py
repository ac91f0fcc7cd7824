"""nhs_relations: role (PERSON -> ORG), collaboration (ORG <-> ORG) and quote (speaker -> words)."""
import re
from itertools import combinations
from typing import Dict, List, Optional, Set

import srsly
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from . import extensions  # noqa: F401
from .quotes import QuoteSpan, find_quotes, strip_bounds
from .rules_io import load_phrases
from .text_utils import doc_text

ROLE_LINKS = {"of", "at", "for"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"'s", "’s", "'", "’"}
PERSON_PRONOUNS = {"he", "she"}
GROUP_PRONOUNS = {"it", "they", "we"}
NEGATIONS = {"not", "cannot", "n't", "never", "no"}
QUOTE_MARKS = set("“”‘’\"'«»„")


def rel(kind: str, head: Span, tail: Optional[Span] = None, **attrs) -> dict:
    """A relation as plain values (spans are not picklable across processes)."""
    out = {"type": kind, "head": (head.start_char, head.end_char),
           "tail": (tail.start_char, tail.end_char) if tail is not None else None,
           "role": None, "trigger": None, "quote": None}
    out.update(attrs)
    return out


class RelationExtractor:
    """Relations stated by the article, from role spans, trigger words and quotation marks."""

    def __init__(self, nlp: Language, name: str, collaboration_exclude_kinds: List[str],
                 scare_quote_max_words: int, block_quote_max_paragraphs: int):
        self.nlp = nlp
        self.name = name
        self.block_quote_max_paragraphs = block_quote_max_paragraphs
        self.exclude_kinds = set(collaboration_exclude_kinds)
        self.scare_quote_max_words = scare_quote_max_words
        self.tables: Dict[str, List[str]] = {"triggers": [], "speech_verbs": [], "role_verbs": []}
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   collaboration_triggers: str = "", speech_verbs: str = "", role_verbs: str = "") -> None:
        self.tables = {
            "triggers": [r.phrase.lower() for r in load_phrases(collaboration_triggers)],
            "speech_verbs": [f"{r.phrase.lower()}\t{r.value}" for r in load_phrases(speech_verbs, "short_quotes")],
            "role_verbs": [f"{r.phrase.lower()}\t{r.value}" for r in load_phrases(role_verbs, "role")],
        }
        self._build()

    def _build(self) -> None:
        self.trigger_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        triggers = self.tables["triggers"]
        for phrase, doc in zip(triggers, self.nlp.tokenizer.pipe(triggers)):
            self.trigger_matcher.add("TRIGGER", [doc])
        verbs = [line.split("\t") for line in self.tables["speech_verbs"]]
        self.speech_verbs = {v for v, _ in verbs}
        # Verbs that can introduce a short quote ('said it was "very clear"'), unlike 'announced a "new" body'.
        self.short_quote_verbs = {v for v, ok in verbs if ok.lower() != "no"}
        self.role_verbs = dict(line.split("\t") for line in self.tables["role_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        relations = self.roles(doc) + self.collaborations(doc) + self.quotes(doc)
        doc._.relations = relations
        return doc

    # -- role --------------------------------------------------------------
    def roles(self, doc: Doc) -> List[dict]:
        ents = {"ORG": {}, "PERSON": {}}
        ent_end: Dict[int, Span] = {}
        ent_start: Dict[int, Span] = {}
        for e in doc.ents:
            if e.label_ in ents:
                ent_end[e.end], ent_start[e.start] = e, e
        out = []
        for r in doc.spans.get("nhs_roles", []):
            org = self._org_before(doc, r.start, ent_end) or self._org_after(doc, r.end, ent_start)
            person = self._person_after(doc, r, org, ent_start) or self._person_before(doc, r, org, ent_end)
            if org is not None and person is not None:
                out.append(rel("role", person, org, role=r.label_))
        out += self._role_verb_relations(doc, ent_start, ent_end)
        return out

    @staticmethod
    def _org_before(doc: Doc, i: int, ent_end: Dict[int, Span]) -> Optional[Span]:
        if i > 0 and doc[i - 1].text in POSSESSIVES:
            i -= 1
        span = ent_end.get(i)
        return span if span is not None and span.label_ == "ORG" else None

    @staticmethod
    def _org_after(doc: Doc, i: int, ent_start: Dict[int, Span]) -> Optional[Span]:
        if i >= len(doc) or doc[i].lower_ not in ROLE_LINKS:
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in DETERMINERS:
            i += 1
        span = ent_start.get(i)
        return span if span is not None and span.label_ == "ORG" else None

    @staticmethod
    def _person_after(doc: Doc, r: Span, org: Optional[Span], ent_start) -> Optional[Span]:
        """'chief executive Simon Stevens', 'chair, Dr Charles Alessi', 'the chair of X, Jane Doe'."""
        i = r.end if org is None or org.start < r.start else org.end
        for _ in range(4):
            span = ent_start.get(i)
            if span is not None and span.label_ == "PERSON":
                return span
            if i < len(doc) and (doc[i].text == "," or doc[i].text[:1].isupper() and doc[i].ent_type_ == ""):
                i += 1  # a comma or a title (Dr, Baroness) between role and name
            else:
                return None
        return None

    @staticmethod
    def _person_before(doc: Doc, r: Span, org: Optional[Span], ent_end) -> Optional[Span]:
        """'Ian Dalton, chief executive of NHSI' and 'Jane Doe, NHS Providers' chief executive'."""
        i = r.start
        if org is not None and org.end <= r.start:
            i = org.start
        while i > 0 and doc[i - 1].lower_ in DETERMINERS:
            i -= 1
        if i == 0 or doc[i - 1].text != ",":
            return None
        span = ent_end.get(i - 1)
        return span if span is not None and span.label_ == "PERSON" else None

    def _role_verb_relations(self, doc: Doc, ent_start, ent_end) -> List[dict]:
        """'X, who chairs Y' / 'X, who leads Y'."""
        out = []
        verb_ids = {doc.vocab.strings[verb] for verb in self.role_verbs}
        for tok in (doc[i] for i, lower in enumerate(doc.to_array(LOWER).tolist()[:-1]) if lower in verb_ids):
            role = self.role_verbs.get(tok.lower_)
            if role is None or tok.i < 3 or doc[tok.i - 1].lower_ != "who" or doc[tok.i - 2].text != ",":
                continue
            person, org = ent_end.get(tok.i - 2), ent_start.get(tok.i + 1)
            if org is None and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in DETERMINERS:
                org = ent_start.get(tok.i + 2)
            if person is not None and person.label_ == "PERSON" and org is not None and org.label_ == "ORG":
                out.append(rel("role", person, org, role=role))
        return out

    # -- collaboration ---------------------------------------------------------
    def collaborations(self, doc: Doc) -> List[dict]:
        out, seen = [], set()
        for trigger in self.trigger_matcher(doc, as_spans=True):
            window = doc[max(trigger.start - 3, trigger.sent.start):trigger.start]
            if any(t.lower_ in NEGATIONS for t in window):
                continue
            orgs = [e for e in trigger.sent.ents if e.label_ == "ORG" and e._.org_kind not in self.exclude_kinds]
            for a, b in combinations(orgs, 2):
                key = frozenset(((a._.canonical or a.text), (b._.canonical or b.text)))
                if len(key) < 2 or key in seen:
                    continue
                seen.add(key)
                out.append(rel("collaboration", a, b, trigger=trigger.text.lower()))
        return out

    # -- quote -------------------------------------------------------------
    def block_quotes(self, doc: Doc) -> List[dict]:
        """GOV.UK style: 'X said:' closes a paragraph and the quoted paragraphs follow unmarked."""
        out: List[dict] = []
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text(doc))]
        for n, (p0, p1) in enumerate(paragraphs):
            line = doc_text(doc)[p0:p1].rstrip()
            if not line.endswith(":"):
                continue
            intro = doc.char_span(p0, p0 + len(line) - 1, alignment_mode="contract")
            if intro is None or not len(intro) or intro[-1].lower_ not in self.speech_verbs:
                continue
            speakers = self._speaker_around(doc, intro[-1])
            for q0, q1 in paragraphs[n + 1:n + 1 + self.block_quote_max_paragraphs]:
                body = doc_text(doc)[q0:q1].strip()
                if not body or body[0] in QUOTE_MARKS or body.endswith(":") or body[-1] not in ".!?”’\"'":
                    break
                quote = strip_bounds(doc_text(doc), q0, q1)
                out += [rel("quote", speaker, None, quote=quote) for speaker in speakers]
        return out

    def quotes(self, doc: Doc) -> List[dict]:
        out: List[dict] = self.block_quotes(doc)
        last_speakers: List[Span] = []
        last_para_end = -1
        text = doc_text(doc)
        for q in find_quotes(text):
            content = doc.char_span(q.start, q.end, alignment_mode="expand")
            if content is None or self._not_a_quote(doc, q, content):
                continue
            speakers = self._attribute(doc, q, content)
            if not speakers and last_speakers and self._continues(text, q, last_para_end):
                speakers = last_speakers
            if not speakers and q.open_mark == q.para_start:
                speakers = self._speaker_from_previous_paragraph(doc, q, last_speakers)
            if not speakers:
                continue
            for s in speakers:
                out.append(rel("quote", s, None, quote=(q.start, q.end)))
            last_speakers, last_para_end = speakers, q.para_end
        return out

    def _not_a_quote(self, doc: Doc, q: QuoteSpan, content: Span) -> bool:
        text = doc_text(doc)
        words = content.text.split()
        if any(e.start_char == q.start and e.end_char == q.end for e in doc.ents if e.label_ != "FIGURE"):
            return True  # a quoted name: 'NHS Clinical Commissioners'
        whole_paragraph = q.open_mark == q.para_start and q.end >= q.para_end - 2
        if whole_paragraph and len(words) > 5:
            quoted = text[q.start:q.end]
            elsewhere = text[:q.para_start].find(quoted) != -1 or text[q.para_end:].find(quoted) != -1
            if elsewhere:
                return True  # a pull quote repeating the body
        if len(words) <= self.scare_quote_max_words:
            sent = content.sent if content.start < len(doc) else content
            before = doc[sent.start:content.start]
            return not any(t.lower_ in self.short_quote_verbs for t in before)
        return False

    def _attribute(self, doc: Doc, q: QuoteSpan, content: Span) -> List[Span]:
        """The speaker(s) named before the quote ('X said:') or after it ('..., said X')."""
        intro = doc.char_span(q.para_start, q.open_mark, alignment_mode="contract")
        if intro is not None and len(intro):
            verbs = [t for t in intro if t.lower_ in self.speech_verbs and not self._passive(doc, t)]
            if verbs:
                found = self._speaker_around(doc, verbs[-1])
                if found:
                    return found
        after_end = self._outro_end(doc, q)
        outro = doc.char_span(q.end + 1, after_end, alignment_mode="contract") if after_end > q.end + 1 else None
        if outro is not None and len(outro) and len(outro) <= 12:
            verbs = [t for t in outro if t.lower_ in self.speech_verbs and not self._passive(doc, t)]
            if verbs:
                return self._speaker_around(doc, verbs[0])
        return []

    @staticmethod
    def _outro_end(doc: Doc, q: QuoteSpan) -> int:
        if not q.closed:
            return q.end
        text = doc_text(doc)
        stop = min([p for p in (text.find(m, q.end + 1, q.para_end) for m in "“‘\"") if p != -1], default=q.para_end)
        return stop

    @staticmethod
    def _passive(doc: Doc, verb) -> bool:
        return verb.i > 0 and doc[verb.i - 1].lower_ in {"was", "were", "been", "being", "be", "is"}

    def _speaker_around(self, doc: Doc, verb) -> List[Span]:
        sent = verb.sent
        subject = [e for e in doc.ents if e.label_ in {"PERSON", "ORG"} and sent.start <= e.start and e.end <= verb.i]
        people = [e for e in subject if e.label_ == "PERSON"]
        if people:
            return self._coordinated(doc, people, verb)
        after = [e for e in doc.ents if e.label_ == "PERSON" and verb.i < e.start <= verb.i + 3]
        if after and verb.lower_ in {"said", "says", "added", "adds", "continued", "explained", "warned"}:
            return [after[0]]
        prev = doc[verb.i - 1] if verb.i > 0 else None
        if prev is not None and prev.lower_ in PERSON_PRONOUNS:
            return self._last_before(doc, verb.i, "PERSON")
        if prev is not None and prev.lower_ in {"it", "they"} and not subject:
            return self._last_before(doc, verb.i, "ORG")
        if subject and not self._object_of_preposition(doc, subject[0]):
            return [subject[0]]
        return []

    @staticmethod
    def _coordinated(doc: Doc, people: List[Span], verb) -> List[Span]:
        """'X, and Y, chief executive of Z said' gives both X and Y; otherwise the nearest subject."""
        last = people[-1]
        chosen = [last]
        for p in reversed(people[:-1]):
            between = doc[p.end:chosen[0].start]
            if any(t.lower_ == "and" for t in between):
                chosen.insert(0, p)
            else:
                break
        return chosen

    @staticmethod
    def _object_of_preposition(doc: Doc, span: Span) -> bool:
        return span.start > 0 and doc[span.start - 1].lower_ in {"to", "told", "with"}

    @staticmethod
    def _last_before(doc: Doc, i: int, label: str) -> List[Span]:
        before = [e for e in doc.ents if e.label_ == label and e.end <= i]
        return [before[-1]] if before else []

    @staticmethod
    def _continues(text: str, q: QuoteSpan, last_para_end: int) -> bool:
        """Same paragraph as the last quote, or the next paragraph of a multi-paragraph quote."""
        if q.para_end == last_para_end:
            return True
        gap = text[last_para_end:q.para_start]
        return q.open_mark == q.para_start and gap.strip() == ""

    def _speaker_from_previous_paragraph(self, doc: Doc, q: QuoteSpan, last_speakers: List[Span]) -> List[Span]:
        """A paragraph that is only a quote: the body that was speaking in the paragraph before."""
        text = doc_text(doc)
        prev_end = text.rfind("\n", 0, q.para_start)
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        para = doc.char_span(prev_start, prev_end, alignment_mode="contract")
        if para is None:
            return []
        verbs = [t for t in para if t.lower_ in self.speech_verbs and not self._passive(doc, t)]
        if not verbs:
            return []
        found = self._speaker_around(doc, verbs[-1])
        if not found and doc[verbs[-1].i - 1].lower_ in GROUP_PRONOUNS and last_speakers:
            return last_speakers
        return found

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
    default_config={"collaboration_exclude_kinds": ["health_system"], "scare_quote_max_words": 4,
                    "block_quote_max_paragraphs": 3},
)
def make_relation_extractor(nlp: Language, name: str, collaboration_exclude_kinds: List[str],
                            scare_quote_max_words: int, block_quote_max_paragraphs: int) -> RelationExtractor:
    return RelationExtractor(nlp, name, collaboration_exclude_kinds, scare_quote_max_words,
                             block_quote_max_paragraphs)
