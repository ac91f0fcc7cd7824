"""nhs_roles: role phrases ("deputy chief executive", "Health secretary") matched once per doc.

The lexicon is matched in one pass, before nhs_orgs; nhs_orgs ("NHS chief executive X") and
nhs_people ("chief executive Simon Stevens") both read the matches through `find_roles`, which
finishes them against the doc as it is then: a field after "head of" never runs over an entity
that is already found.
"""
from typing import Dict, List, NamedTuple, Optional, Tuple

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import ensure_path

from . import extensions  # noqa: F401
from .rules_io import load_patterns, load_phrases
from .text_utils import POSSESSIVE


class RoleMatch(NamedTuple):
    start: int  # token index, modifiers included
    end: int
    role: str  # lower case, as written, without articles or words marked keep=no


# One lexicon match, as plain values in doc._.role_candidates: (start with modifiers, core start,
# core end, token indices of the modifiers kept in the role string).
RoleCandidate = Tuple[int, int, int, List[int]]

# Irregular plurals of role nouns; the rest take -s, -es or -ies.
IRREGULAR_PLURALS = {"chairman": "chairmen", "chairwoman": "chairwomen", "spokesman": "spokesmen",
                     "spokeswoman": "spokeswomen", "boss": "bosses"}
# roles.csv kind of a post that is one only with its field after 'of' ('Professor of Public Health').
FIELD_ONLY_KIND = "academic_with_field"
OF_ONLY_KIND = "post_with_of"  # 'principal of Mansfield College', not 'the principal reason'

EXTENDABLE_HEADS = {"head", "director", "lead", "chair", "professor", "minister", "secretary", "general", "member",
                    "holder", "manager", "adviser", "advisor", "officer", "spokesperson", "champion", "commissioner",
                    "tsar", "chancellor", "dean", "principal", "president", "scientist"}
# Posts whose field follows 'in': 'Senior Lecturer in Palliative Medicine', 'consultant in public health'.
IN_FIELD_HEADS = {"professor", "lecturer", "consultant", "reader"}
# Academic posts whose field is written in capitals even after a lower-case head: 'professor of Ageing and Health'.
CAPITAL_FIELD_HEADS = {"professor", "lecturer", "reader"}
# The most words of an area after a post: "for Lincolnshire, Leicestershire, Nottinghamshire and Derbyshire".
MAX_PLACE_FIELD_TOKENS = 8
# The most words of a body's name between a post's modifier and the post: 'acting NHS England chief executive'.
MAX_NAME_BEFORE_POST_TOKENS = 6
FIELD_STOP = {"the", "a", "an", "at", "of", "for", "in", "to", "with", "on", "said", "says", "who", "which",
              "its", "their", "his", "her", "our",  # 'chair of its new Integrated Care Board': a body follows
              "until", "since", "from", "during", "after", "before", "when", "while", "where",  # a time or clause
              "all", "both", "each", "every", "two", "three", "four", "five", "six",
              # a holder's title ends a Title-case field: 'Pro Vice-Chancellor of Research Professor Myra Nimmo'
              "professor", "dr", "sir", "dame", "lord", "baroness", "mr", "mrs", "ms", "miss", "cllr", "councillor"}


class RoleMatcher:
    """Core roles from a lexicon, extended leftwards over modifiers (deputy, interim, former)."""

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name
        self.role_phrases: List[str] = []
        self.field_only: List[str] = []  # posts only with their field: 'Professor of Public Health'
        self.of_only: List[str] = []  # posts only before 'of': 'principal of Mansfield College'
        self.modifiers: Dict[str, bool] = {}  # modifier -> kept in the role string
        self.shape_patterns: List[dict] = []  # post shapes no lexicon lists: 'chief people officer'
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, roles: str = "",
                   role_modifiers: str = "", role_patterns: str = "") -> None:
        records = load_phrases(roles, "kind") if roles else []
        self.role_phrases = sorted({r.phrase.lower() for r in records})
        self.field_only = sorted({r.phrase.lower() for r in records if r.value.lower() == FIELD_ONLY_KIND})
        self.of_only = sorted({r.phrase.lower() for r in records if r.value.lower() == OF_ONLY_KIND})
        self.modifiers = ({m.phrase.lower(): m.value.lower() != "no" for m in load_phrases(role_modifiers, "keep")}
                          if role_modifiers else {})
        self.shape_patterns = load_patterns(role_patterns) if role_patterns else []
        self._build()

    def _build(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for phrase, doc in zip(self.role_phrases, self.nlp.tokenizer.pipe(self.role_phrases)):
            self.matcher.add("ROLE", [doc])
        self.shape_matcher = Matcher(self.nlp.vocab)
        for pattern in self.shape_patterns:
            self.shape_matcher.add(pattern.get("id", "ROLE"), [pattern["pattern"]])
        # Plural forms ("interim chief executives of A and B") name one post per body of a list.
        self.singular_of = {plural_role(p): p for p in self.role_phrases}
        self.plural_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        plurals = sorted(self.singular_of)
        for phrase, doc in zip(plurals, self.nlp.tokenizer.pipe(plurals)):
            self.plural_matcher.add(phrase, [doc])

    def __call__(self, doc: Doc) -> Doc:
        plurals = self._candidates(doc, self.plural_matcher(doc))
        in_plural = {i for _, core_start, core_end, _ in plurals for i in range(core_start, core_end)}
        # 'chief' of 'chief executives' is no post of its own.
        found = list(self.matcher(doc)) + list(self.shape_matcher(doc))
        candidates = self._candidates(doc, found)
        starts = {c[0] for c in candidates}
        doc._.role_candidates = [c for c in candidates
                                 if c[1] not in in_plural and self._stands_alone_or_has_field(doc, c, starts)]
        doc._.plural_roles = [(start, core_end, self._singular(doc, core_start, core_end, kept))
                              for start, core_start, core_end, kept in plurals]
        return doc

    def _candidates(self, doc: Doc, found) -> List[RoleCandidate]:
        matches = sorted(((s, e) for _, s, e in found), key=lambda m: (m[0], m[0] - m[1]))
        candidates: List[RoleCandidate] = []
        for core_start, core_end in matches:
            start = core_start
            while start > 0 and doc[start - 1].lower_ in self.modifiers \
                    and not _ends_a_name(doc, start - 1, core_start):
                start -= 1
            kept = self._kept_before_name(doc, start) + [t.i for t in doc[start:core_start] if self.modifiers[t.lower_]]
            candidates.append((start, core_start, core_end, kept))
        return candidates

    def _kept_before_name(self, doc: Doc, start: int) -> List[int]:
        """Lower-case modifiers before a capitalised name that stands right before the post: 'acting' in
        'former acting NHS chief executive X' (kept only where that name is a body: see find_roles)."""
        k = start
        while k > 0 and start - k < MAX_NAME_BEFORE_POST_TOKENS and (doc[k - 1].is_title or doc[k - 1].is_upper) \
                and doc[k - 1].is_alpha and doc[k - 1].lower_ not in self.modifiers:
            k -= 1
        kept = []
        while k < start and k > 0 and (doc[k - 1].is_lower or doc[k - 1].is_sent_start) \
                and doc[k - 1].lower_ in self.modifiers:
            k -= 1
            if self.modifiers[doc[k].lower_]:
                kept.insert(0, k)
        return kept

    def _stands_alone_or_has_field(self, doc: Doc, candidate: RoleCandidate, starts: set) -> bool:
        """'Professor of Renal Medicine' is a post; 'Professor Chris Ham' has a title."""
        _, core_start, core_end, _ = candidate
        phrase = doc[core_start:core_end].text.lower()
        if phrase in self.of_only:
            nxt = doc[core_end].lower_ if core_end < len(doc) else ""
            # 'Principal and Vice-Chancellor of', 'principal and vice-chancellor of'
            return nxt == "of" or (nxt == "and" and (doc[core_end - 1].is_title or core_end + 1 in starts))
        if phrase not in self.field_only:
            return True
        return _of_field(doc, core_end) > core_end

    def _singular(self, doc: Doc, core_start: int, core_end: int, kept: List[int]) -> str:
        words = [doc[i].lower_ for i in kept] + [self.singular_of[doc[core_start:core_end].text.lower()]]
        return " ".join(words)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "roles.json", {"roles": self.role_phrases, "modifiers": self.modifiers,
                                               "field_only": self.field_only, "of_only": self.of_only,
                                               "shapes": self.shape_patterns})

    def from_disk(self, path, exclude=tuple()) -> "RoleMatcher":
        data = srsly.read_json(ensure_path(path) / "roles.json")
        self.role_phrases, self.modifiers = data["roles"], data["modifiers"]
        self.field_only = data.get("field_only", [])
        self.of_only = data.get("of_only", [])
        self.shape_patterns = data.get("shapes", [])
        self._build()
        return self


def _body_between(doc: Doc, k: int, start: int) -> bool:
    """A modifier's body: a body's name, or more lower-case modifiers then a body's name, fills tokens k to start
    ('acting interim NHS England' before 'chief executive'; not 'acting Yorkshire NHS England')."""
    while k < start and doc[k].is_lower and not doc[k].ent_type_:
        k += 1
    return k < start and doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B" \
        and all(doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ == "I" for i in range(k + 1, start))


def _ends_a_name(doc: Doc, k: int, core_start: int) -> bool:
    """A capitalised modifier after a capitalised word before a lower-case post ends a body's name:
    'Cornwall Council cabinet member', not 'council cabinet member'."""
    return k > 0 and doc[k].is_title and doc[k - 1].is_title and doc[core_start].is_lower \
        and doc[k - 1].lower_ not in {"the", "a", "an"}  # 'The Interim chief executive' is no name


def plural_role(phrase: str) -> str:
    """'chief executive' -> 'chief executives', 'chairman' -> 'chairmen', 'deputy' -> 'deputies'."""
    head, _, last = phrase.rpartition(" ")
    if last in IRREGULAR_PLURALS:
        plural = IRREGULAR_PLURALS[last]
    elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _of_field(doc: Doc, end: int, posts: Optional[set] = None) -> int:
    """'head of care', 'director of health and wellbeing': a lower-case field after 'of'. `posts`: the starts of
    the doc's role candidates, when the caller has them."""
    if end + 1 >= len(doc) or not (
            (doc[end - 1].lower_ in EXTENDABLE_HEADS and doc[end].lower_ in {"of", "for"})
            or (doc[end - 1].lower_ in IN_FIELD_HEADS and doc[end].lower_ == "in")):
        return end
    # A Title-case role ("Director of Health and Wellbeing") may have a Title-case field.
    title_case = doc[end - 1].is_title or doc[end - 1].lower_ in CAPITAL_FIELD_HEADS
    # 'Professor of Medicine and Chairman of the Board': a second post is no word of the field.
    if posts is None:
        posts = _post_starts(doc)

    def field_word(tok) -> bool:
        if tok.text == "-" and not tok.whitespace_ and tok.i > end and not doc[tok.i - 1].whitespace_:
            return True  # 'lead member for independence and well-being'
        if tok.lower_ in POSSESSIVE and tok.i > end + 1 and not doc[tok.i - 1].whitespace_:
            return field_word(doc[tok.i - 1])  # 'strategic director of people's services'
        return (tok.is_alpha and tok.lower_ not in FIELD_STOP and tok.lower_ != "and" and not tok.ent_type_
                and tok.i not in posts
                and (tok.is_lower or (title_case and tok.is_title)))

    def list_closes(k: int) -> bool:
        """After a comma: 'finance, performance and operations' (a lower-case list ending in 'and')."""
        while k < len(doc) and doc[k].lower_ != "and" and (field_word(doc[k]) or doc[k].text == ","):
            k += 1
        return not title_case and k + 1 < len(doc) and doc[k].lower_ == "and" and field_word(doc[k + 1])

    k = end + 1
    while k < len(doc) and (field_word(doc[k]) or (doc[k].lower_ == "and" and k > end + 1
                                                    and k + 1 < len(doc) and field_word(doc[k + 1]))
                            or (doc[k].text == "," and k > end + 1 and list_closes(k + 1))
                            # 'director of research in economics': a lower-case field goes on after 'in'
                            or (doc[k].lower_ == "in" and not title_case and k > end + 1 and k + 1 < len(doc)
                                and doc[k + 1].is_lower and field_word(doc[k + 1]))):
        if doc[k].is_title and any(t.is_lower and t.is_alpha and t.lower_ != "and" for t in doc[end + 1:k]):
            break  # a name after a lower-case field: 'principal lecturer in nursing Simone Bedford'
        if doc[k].is_lower and doc[k].lower_ != "and" and k > end + 1 and doc[end + 1].is_title:
            break  # a verb after a Title-case field: 'the Minister for Health and Community Care introduced'
        k += 1
    return k if k > end + 1 else end


def _place_field(doc: Doc, end: int, posts: set) -> int:
    """A lower-case post's area after 'for', in capitals and not a body: 'regional director for London at',
    'head of enterprise services for Great Britain and Ireland at', 'centre director for Cumbria and Lancashire,'."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for" or not doc[end - 1].is_lower:
        return end

    def place_word(tok) -> bool:
        return tok.is_title and tok.is_alpha and not tok.ent_type_

    k = end + 1
    while k < min(len(doc), end + 1 + MAX_PLACE_FIELD_TOKENS) and (place_word(doc[k]) or (
            (doc[k].lower_ in {"and", "of", "the"} or doc[k].text == ",") and k > end + 1
            and k + 1 < len(doc) and place_word(doc[k + 1]))):
        k += 1
    if k + 1 >= len(doc) or k == end + 1 or not (doc[k].lower_ in {"at", "with"} or (
            doc[k].text == "," and doc[k + 1].is_title) or (doc[k].lower_ == "and" and k + 1 in posts)):
        return end  # not 'health lead for Unite, who have members'
    return k  # also 'place lead for Heywood, Middleton and Rochdale and chief executive of A'


def _post_starts(doc: Doc) -> set:
    """Where the doc's role candidates start."""
    return {start for start, _, _, _ in doc._.role_candidates or ()}


def _inner_field(doc: Doc, core_start: int, core_end: int, posts: set) -> int:
    """A lexicon role that ends in its own field runs on: 'Director of Policy and Strategy', 'director of
    operations commissioning'."""
    for k in range(core_start + 1, core_end - 1):
        if doc[k].lower_ in {"of", "for"}:
            return _of_field(doc, k, posts)
    return core_end


def _bracketed_field(doc: Doc, end: int) -> int:
    """A field in brackets after the post is part of it: 'deputy dean (engagement and development)',
    'Pro Vice-Chancellor (Enterprise and Business Engagement)', 'Vice-Principal (Health) at'; not a short name
    '(NHSE)' nor '(pictured)'."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return end
    k = end + 1
    while k < min(len(doc), end + 10) and (doc[k].is_alpha or doc[k].text in {",", "&", "-"}) and not doc[k].ent_type_:
        k += 1
    words = [t for t in doc[end + 1:k] if t.is_alpha]
    if k >= len(doc) or doc[k].text != ")" or not words or any(t.is_upper and len(t) > 1 for t in words) \
            or words[0].lower_ in {"and", "or"}:
        return end  # nor a second post: 'Group Chief Executive (and accountable officer)'
    links = {"of", "at", "for", ","} if doc[end - 1].is_title else {"of", "at", "for"}
    if len(words) == 1 and not (words[0].is_title and k + 1 < len(doc) and doc[k + 1].lower_ in links):
        return end  # one word only as a Title-case field before the body: 'Vice-Principal (Health) at', a Title-case
        # post's before a comma: 'Chief Scientist (Health), Scottish Government'
    return k + 1


def find_roles(doc: Doc) -> List[RoleMatch]:
    """The roles of the doc (non-overlapping, left to right) from the matches of nhs_roles.

    Fields after the role are read against the entities the doc has now.
    """
    found: List[RoleMatch] = []
    last_end = -1
    posts = _post_starts(doc)  # read once: the fields below ask for them
    for start, core_start, core_end, kept in doc._.role_candidates or ():
        if core_start < last_end or any(doc[i].ent_type_ for i in range(core_start + 1, core_end)):
            continue  # not 'Chair of the Committee' into 'the Committee of Public Accounts': 'Chair' alone
        while start < core_start and doc[start].ent_type_:
            start += 1  # "Royal College of Nursing chief executive": 'Nursing' is the body's word
        kept = [k for k in kept if k >= start or _body_between(doc, k + 1, start)]
        end = _of_field(doc, core_end, posts)
        if end == core_end and core_end < len(doc) and (doc[core_end].lower_ in {"and", "in"} or (
                doc[core_end].is_lower and doc[core_end].is_alpha and doc[core_end].lower_ not in FIELD_STOP)):
            end = max(core_end, _inner_field(doc, core_start, core_end, posts))
        end = _bracketed_field(doc, _place_field(doc, end, posts))
        tokens = [doc[i] for i in kept] + list(doc[core_start:end])
        # Spacing as written: "co-chair" is three tokens but one word.
        role = "".join(t.lower_ + (t.whitespace_ and " ") for t in tokens[:-1]) + tokens[-1].lower_
        found.append(RoleMatch(start, end, role))
        last_end = end
    return found


@Language.factory("nhs_roles", assigns=["doc._.role_candidates", "doc._.plural_roles"])
def make_role_matcher(nlp: Language, name: str) -> RoleMatcher:
    return RoleMatcher(nlp, name)
