"""nhs_relations: role (PERSON -> ORG), collaboration (ORG <-> ORG) and quote (speaker -> words)."""
import re
from itertools import combinations
from typing import Dict, List, NamedTuple, Optional, Pattern, Tuple

import srsly
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from . import extensions  # noqa: F401
from .quotes import QuoteSpan, find_quotes, strip_bounds
from .rules_io import load_phrases
from .text_utils import BODY_REFS, doc_ents, doc_text, fixed_ents

ROLE_LINKS = {"of", "at", "for", "on"}
DETERMINERS = {"the", "a", "an"}
INDEFINITE = {"a", "an", "any", "each", "every", "one", "another", "no"}
# 'chief executive of the new NHS Commissioning Board': words between the article and the name.
BODY_ADJECTIVES = {"new", "former", "newly", "proposed", "merged", "shadow", "then"}
# Words that describe a named body without an article: 'chair at neighbouring Royal Free London FT'.
BARE_BODY_ADJECTIVES = {"neighbouring", "neighboring", "sister", "fellow"}
# 'appointed to the same role at B': the post the person holds at the body named before.
SAME_POST_NOUNS = {"role", "post", "position", "job"}
POST_NOUNS = {"post", "posts", "role", "roles", "position", "positions"}
# 'X joined A as director of B': the verb that puts a person at a body in a post named after 'as'.
JOINING_VERBS = {"joined", "joins", "join", "rejoined", "rejoins"}
# 'A has confirmed the appointment of X as chief executive': verbs of a body that fills its post.
APPOINTING_VERBS = {"appointed", "appoints", "named", "names", "confirmed", "confirms", "announced", "announces",
                    "selected", "selects", "hired", "recruited", "chosen", "chose"}
# Words between 'who' and its verb: 'X, who has led Y', 'X, who also chairs Y'.
CLAUSE_AUXILIARIES = {"has", "have", "had", "will", "also", "now", "currently", "previously", "formerly"}
# 'X is to succeed Y as chair of Z': X takes the post Y held.
SUCCESSION_VERBS = {"succeed", "succeeds", "succeeded", "replace", "replaces", "replaced"}
TAKING_VERBS = {"take", "takes", "took", "taking", "taken"}
SUCCESSION_AUXILIARIES = {"to", "is", "will", "would", "has", "was", "set", "due", "be"}
# A board inside a body is part of the post: "Chair of The King's Fund's Board of Trustees".
BOARD_NOUNS = {"board", "committee", "panel", "council", "forum"}
# An open role link ('... role as') never runs over these.
LINK_BREAKS = {",", ";", ":", ".", "not", "never", "and", "but", "or", "said", "says"}
MAX_OPEN_LINK_WORDS = 4
MAX_CLAUSE_WORDS = 12
# Words an opening phrase may take before a sentence's subject pronoun ('Before that he was').
MAX_OPENING_WORDS = 3
# 'the organisations said' points back to a list of bodies named at most this many sentences before.
PLURAL_REFERENCE_SENTENCES = 3
# A relative clause set off after a name: 'Juliet Bauer, who's experience is ..., will be the new'.
ASIDE_STARTS = {"who", "whose", "who's", "who’s"}
OWN_POSSESSIVES = {"his", "her", "their"}
OWNED_ROLE_ADJECTIVES = {"current", "new", "substantive", "previous", "former", "interim"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
LIST_JOINERS = {",", "and", "&", "/", "(", ")", "the"}
BULLETS = {"-", "•", "*", "–", "·"}
POSSESSIVES = {"'s", "’s", "'", "’"}
APPOSITION_MARKS = {",", "–", "—", "("}  # '(' as in 'Jane Smith (chief executive, NHS Providers)'
PERSON_PRONOUNS = {"he", "she"}
# Verbs put before their speaker: "..., said Jane Doe", "..., says BMA".
INVERTED_SPEECH_VERBS = {"said", "says", "added", "adds", "continued", "explained", "warned", "warns"}
NOUN_MARKERS = {"a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those"}
CLAUSE_WORDS = {"but", "and", "or", "that", "which", "who", "while", "as", "because"}
NOT_SPEAKER_PREPOSITIONS = {"to", "told", "with", "on", "about", "into", "regarding", "against"}
GROUP_PRONOUNS = {"it", "they", "we"}
# Verbs that go on with the last statement: 'They added:' is who spoke in the sentence before.
CONTINUING_VERBS = {"added", "adds", "continued", "continues"}
# Words that open the clause a speech verb reports: 'announced that ...', 'announced they have ...'.
REPORTED_CLAUSE_STARTS = {"that", "they", "it", "he", "she", "we"}
FIRST_PERSON_PLURAL = {"we", "our", "us"}
NEGATIONS = {"not", "cannot", "n't", "never", "no"}
HYPOTHETICAL = {"if", "whether", "unless"}
# Nouns of a person's new post: "Chris Hopson's appointment to NHS England as chief strategy officer".
APPOINTMENT_NOUNS = {"appointment", "promotion", "nomination", "move", "return", "election"}
# Triggers that also join bodies through their office holders ("a joint statement by A's and B's chiefs").
JOINT_WORDS = {"joint", "jointly"}
# Documents a list of bodies writes together: "The joint letter highlights ...".
JOINT_DOCUMENTS = {"letter", "statement", "report", "response", "submission", "paper", "bid", "briefing"}
# Words between a trigger and the partner named after it: 'partnership with', 'merger of', 'between'.
ACCOMPANY_LINKS = {"with", "alongside"}
LIST_LINKS = {None, "of", "between", "and"}
PARTNER_LINKS = ACCOMPANY_LINKS | {"of", "between"}
QUOTE_MARKS = set("“”‘’\"'«»„")


class Mentions(NamedTuple):
    """ORG and PERSON mentions of a doc, indexed by their first and last tokens."""

    by_start: Dict[int, Span]
    by_end: Dict[int, Span]
    orgs: List[Span]

    @classmethod
    def of(cls, doc: Doc) -> "Mentions":
        ents = [e for e in doc_ents(doc) if e.label_ in {"ORG", "PERSON"}]
        refs = doc.spans.get(BODY_REFS)
        if refs:
            ents = sorted(ents + list(refs), key=lambda e: e.start)
        return cls({e.start: e for e in ents}, {e.end: e for e in ents}, [e for e in ents if e.label_ == "ORG"])

    def _labelled(self, span: Optional[Span], label: str) -> Optional[Span]:
        return span if span is not None and span.label_ == label else None

    def org_starting_at(self, i: int) -> Optional[Span]:
        return self._labelled(self.by_start.get(i), "ORG")

    def org_ending_at(self, i: int) -> Optional[Span]:
        return self._labelled(self.by_end.get(i), "ORG")

    def person_starting_at(self, i: int) -> Optional[Span]:
        return self._labelled(self.by_start.get(i), "PERSON")

    def person_ending_at(self, i: int) -> Optional[Span]:
        return self._labelled(self.by_end.get(i), "PERSON")

    def coordinated_groups(self) -> List[List[Span]]:
        """Runs of bodies named as one list: 'A, B and C', 'NHS England (NHSE) and NHS Improvement'."""
        groups: List[List[Span]] = []
        for org in self.orgs:
            last = groups[-1][-1] if groups else None
            if last is not None and org.start >= last.end and all(
                    t.lower_ in LIST_JOINERS or _bullet(t) for t in org.doc[last.end:org.start]):
                groups[-1].append(org)
            else:
                groups.append([org])
        return groups


def _bullet(tok) -> bool:
    """A line break or a bullet at the start of a line: the items of a bulleted list of bodies."""
    return "\n" in tok.text or (tok.text in BULLETS and tok.i > 0 and "\n" in tok.doc[tok.i - 1].text
                                 + tok.doc[tok.i - 1].whitespace_)


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
        self.tables: Dict[str, List[str]] = {"triggers": [], "speech_verbs": [], "role_verbs": [],
                                             "role_links": [], "body_nouns": [], "post_nominals": []}
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   collaboration_triggers: str = "", speech_verbs: str = "", role_verbs: str = "",
                   role_links: str = "", body_nouns: str = "", post_nominals: str = "") -> None:
        self.tables = {
            "triggers": [f"{r.phrase.lower()}\t{r.value}"
                         for r in load_phrases(collaboration_triggers, "subject_only")],
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
        for (_, subject_only), doc in zip(triggers, self.nlp.tokenizer.pipe(t[0] for t in triggers)):
            self.trigger_matcher.add("SUBJECT" if subject_only.lower() == "yes" else "PARTNER", [doc])
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
            roles = self.roles(doc)
            quotes = self.quotes(doc)
            doc._.relations = self._at_named_mentions(doc, roles + self.collaborations(doc, roles, quotes)) + quotes
        return doc

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
            head, tail = named.get(r["head"], r["head"]), named.get(r["tail"], r["tail"])
            if head is not None and tail is not None and head != tail:
                out.append({**r, "head": head, "tail": tail})
        return out

    # -- role --------------------------------------------------------------
    def roles(self, doc: Doc) -> List[dict]:
        m = Mentions.of(doc)
        out = []
        held_until, holder = -1, None  # where the last role's body phrase ended, and who holds it
        last_listed: Optional[Tuple[int, List[Span]]] = None  # end of the last 'role Name' and its bodies
        named_after: set = set()  # names that hold the role before them ('the chief executive of A, X')
        for r in self._role_spans(doc):
            orgs, local_start = self._orgs_before(doc, r.start, m)
            person_from = r.end
            if not orgs:
                orgs, person_from = self._orgs_after(doc, r.end, m)
                local_start = r.start
            if len(orgs) > 1 and orgs[0].start >= r.end and self._set_off(doc, r.start):
                orgs = self._before_closing_comma(doc, orgs)  # 'Jane Smith, chief executive of A, and B'
            person = self._holder(doc, local_start, person_from, m, named_after)
            if person is None and holder is not None and self._continues_holder(doc, held_until, r.start):
                person = holder  # 'X, chair of A and former chief executive of B'
            if person is None and orgs and orgs[0].start >= r.end:
                person = self._named_in_next_sentence(doc, r, m)
            if not orgs and person is not None and person.start >= r.end:
                orgs, _ = self._orgs_after(doc, person.end, m)  # 'chief executive Chris Ham of the King's Fund'
            if not orgs and person is not None and person.end <= r.start and self._after_as(doc, r.start):
                orgs = self._appointing_body(doc, person, m)  # 'A has confirmed the appointment of X as CEO'
            if not orgs and person is not None and person.start >= r.end and last_listed is not None \
                    and self._next_in_list(doc, last_listed[0], r.start):
                orgs = last_listed[1]  # "UHMBT's chair Mike Thomas, Chief Medical Officer Jane McNicholas"
            last_listed = None
            if person is not None and orgs:
                board = self._board_of(doc, orgs[-1]) if orgs[-1].start >= r.end else None
                role = f"{r.label_} of {board}" if board else r.label_
                between = {t.lower_ for t in doc[person.end:r.start]} if person.end <= r.start else {"-"}
                # 'X is to succeed Y as chair', not 'X will take over from Y, who served 2 terms as chairman'
                successor = self._successor(doc, person, m) if between <= DETERMINERS | {"as"} else None
                holders = [person] + ([successor] if successor is not None else [])
                out += [rel("role", holder, org, role=role) for holder in holders for org in orgs]
                held_until, holder = max(person_from, r.end), person
                if person.start >= r.end:
                    last_listed = (person.end, orgs)
                    named_after.add(person.start)
        out += self._role_verb_relations(doc, m)
        out += self._appointment_relations(doc, m)
        out += self._respective_relations(doc, m)
        out += self._joined_as_relations(doc, m)
        out += self._where_relations(doc, m)
        out += self._same_post_relations(doc, m, out)
        unique = {(r["head"], r["tail"], r["role"]): r for r in out}
        return list(unique.values())

    def _appointment_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """"Chris Hopson's appointment to NHS England as chief strategy officer", "X's appointment as
        chief executive of Y": a person's appointment noun, an optional body, 'as' and the role."""
        out: List[dict] = []
        noun_ids = {doc.vocab.strings[noun] for noun in APPOINTMENT_NOUNS}
        # The nouns are rare: found in the LOWER array, not by a Token object for every word.
        nouns = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in noun_ids]
        if not nouns:
            return out
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for tok in (doc[i] for i in nouns):
            if tok.i < 2 or doc[tok.i - 1].text not in POSSESSIVES:
                continue
            person = m.person_ending_at(tok.i - 1)
            k, orgs = tok.i + 1, []
            if person is None or k >= len(doc):
                continue
            if doc[k].lower_ in {"to", "at"}:
                orgs, k = self._org_phrase_at(doc, k + 1, m)
            if k >= len(doc) or doc[k].lower_ != "as":
                continue
            k += 1
            while k < len(doc) and doc[k].lower_ in DETERMINERS | {"its", "their"}:
                k += 1
            role = roles_at.get(k)
            if role is None:
                continue
            after, _ = self._orgs_after(doc, role.end, m)
            out += [rel("role", person, org, role=role.label_) for org in (after or orgs)]
        return out

    @staticmethod
    def _successor(doc: Doc, person: Span, m: "Mentions") -> Optional[Span]:
        """'Andy McKeon is to succeed Professor Dame Carol Black as Chair of X': the subject of a
        succession verb takes the post of the person it names."""
        k = person.start - 1
        while k > 0 and doc[k].is_title and not doc[k].ent_type_:
            k -= 1  # 'Professor Dame'
        if k > 2 and doc[k].lower_ == "from" and doc[k - 1].lower_ == "over" and doc[k - 2].lower_ in TAKING_VERBS:
            k -= 2  # 'Jane Smith will take over from Tom Jones as chief executive of'
        elif k < 1 or doc[k].lower_ not in SUCCESSION_VERBS:
            return None
        k -= 1
        while k > 0 and doc[k].lower_ in SUCCESSION_AUXILIARIES:
            k -= 1
        return m.person_ending_at(k + 1)

    @staticmethod
    def _named_in_next_sentence(doc: Doc, role: Span, m: "Mentions") -> Optional[Span]:
        """A lede that names the post before the person: 'The former chief executive of the Nursing
        and Midwifery Council has been appointed chair of a trust. Jackie Smith will take up ...'.
        The role opens a sentence that names no one, and the next sentence opens with a name."""
        sent = role.sent
        if any(t.lower_ not in DETERMINERS for t in doc[sent.start:role.start]) or sent.end >= len(doc):
            return None
        if any(e.label_ == "PERSON" for e in doc_ents(doc) if sent.start <= e.start < sent.end):
            return None
        k = sent.end
        while k < len(doc) and doc[k].is_space:
            k += 1
        return m.person_starting_at(k) if k < len(doc) and doc[k].is_sent_start else None

    @staticmethod
    def _board_of(doc: Doc, org: Span) -> Optional[str]:
        """"the Local Government Association's Community Wellbeing Board" -> 'community wellbeing
        board': a board named in capitals after the body's possessive that is no entity of its own."""
        k = org.end + 1
        if org.end < len(doc) and doc[org.end].lower_ in BOARD_NOUNS and doc[org.end].is_title:
            k = org.end  # 'Chair of RCN Council'
        elif k >= len(doc) or doc[org.end].text not in POSSESSIVES or doc[k].ent_type_:
            return None
        words: List[str] = []
        while k < len(doc) and not doc[k].ent_type_ and (doc[k].is_title or (
                doc[k].lower_ in {"of", "and"} and k + 1 < len(doc) and doc[k + 1].is_title)):
            words.append(doc[k].lower_)
            k += 1
        return " ".join(words) if set(words) & BOARD_NOUNS else None

    @staticmethod
    def _appointing_body(doc: Doc, person: Span, m: "Mentions") -> List[Span]:
        """'NHS Providers has confirmed the appointment of Jane Smith as chief executive': the body that
        opens the sentence with an appointing verb before the name."""
        sent_start = person.sent.start
        for k in range(sent_start + 1, person.start):
            if doc[k].lower_ not in APPOINTING_VERBS:
                continue
            j = k
            while j > sent_start and doc[j - 1].lower_ in {"has", "have", "had", "is", "was", "today", "also"}:
                j -= 1
            org = m.org_ending_at(j)
            return [org] if org is not None and org.start == sent_start + int(doc[sent_start].lower_ == "the") else []
        return []

    def _where_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'Jane Smith joins A from B, where she was director of strategy': the post at the body before
        ', where', held by the sentence's subject."""
        out: List[dict] = []
        where = doc.vocab.strings["where"]
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for k in (i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == where):
            if k < 2 or k + 2 >= len(doc) or doc[k - 1].text != "," or doc[k + 1].lower_ not in PERSON_PRONOUNS:
                continue
            org = m.org_ending_at(k - 1)
            role_start = next((j for j in range(k + 2, min(k + 2 + 6, len(doc))) if j in roles_at), None)
            if org is None or role_start is None:
                continue
            link = tuple(t.lower_ for t in doc[k + 2:role_start] if t.lower_ not in DETERMINERS)
            people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and doc[k].sent.start <= e.start
                      and e.end <= org.start]
            if people and self._is_role_link(link):
                out.append(rel("role", people[0], org, role=roles_at[role_start].label_))
        return out

    def _joined_as_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'Richard Sunley joined Hull and East Yorkshire Hospitals Trust as director of service
        transformation': a name, a joining verb, the body, 'as' and the role."""
        out: List[dict] = []
        verb_ids = {doc.vocab.strings[v] for v in JOINING_VERBS}
        verbs = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in verb_ids]
        if not verbs:
            return out
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for i in verbs:
            person = m.person_ending_at(i) or self._who_clause_subject(doc, i, m)
            if person is None:
                continue
            orgs, k = self._org_phrase_at(doc, i + 1, m)
            if not orgs or k >= len(doc) or doc[k].lower_ != "as":
                continue
            k += 1
            while k < len(doc) and doc[k].lower_ in DETERMINERS | {"its", "their"}:
                k += 1
            role = roles_at.get(k)
            if role is not None:
                out += [rel("role", person, org, role=role.label_) for org in orgs]
        return out

    def _respective_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'interim chief executives of A and B, respectively' after or before a list of as many
        names: 'X and Y, interim chief executives of A and B respectively', 'the CEOs of A and B,
        X and Y respectively'. The n-th name holds the post at the n-th body."""
        out: List[dict] = []
        word = doc.vocab.strings["respectively"]
        ends = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == word]
        for end in ends:
            while end > 0 and doc[end - 1].text == ",":
                end -= 1
            for start, role_end, role in doc._.plural_roles or ():
                if role_end >= end or role_end >= len(doc) or doc[role_end].lower_ not in ROLE_LINKS \
                        or doc[start].sent.start != doc[end].sent.start:
                    continue
                orgs, k = self._org_phrase_at(doc, role_end + 1, m)
                if k == end:  # 'X and Y, chief executives of A and B respectively'
                    people = self._people_listed_before(doc, start, m)
                elif k < end and doc[k].text == ",":  # 'the chief executives of A and B, X and Y respectively'
                    people = self._people_listed_from(doc, k + 1, m)
                    people = people if people and people[-1].end == end else []
                else:
                    continue
                if len(people) == len(orgs) > 1:
                    out += [rel("role", person, org, role=role) for person, org in zip(people, orgs)]
        return out

    def _same_post_relations(self, doc: Doc, m: "Mentions", found: List[dict]) -> List[dict]:
        """'its current chair Mark Lam was appointed to the same role at B': the role the person
        holds by the relations found before, now at B too."""
        out: List[dict] = []
        same = doc.vocab.strings["same"]
        for k in (i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == same):
            if not (0 < k < len(doc) - 3 and doc[k - 1].lower_ == "the" and doc[k + 1].lower_ in SAME_POST_NOUNS
                    and doc[k + 2].lower_ in ROLE_LINKS):
                continue
            sent_start = doc[k].sent.start
            people = [p for p in doc_ents(doc) if p.label_ == "PERSON" and sent_start <= p.start and p.end <= k]
            if not people:
                continue
            person = people[-1]
            held = [r["role"] for r in found if r["head"] == (person.start_char, person.end_char)]
            orgs, _ = self._org_phrase_at(doc, k + 3, m)
            if held:
                out += [rel("role", person, org, role=held[-1]) for org in orgs]
        return out + self._owners_in_order(doc, m)

    def _owners_in_order(self, doc: Doc, m: "Mentions") -> List[dict]:
        """"Both NLAG's and HUTH's outgoing chief executives - Dr Peter Reading and Chris Long -": a list
        of owners before a plural role and a list of as many names set off after it, in the same order."""
        out: List[dict] = []
        for start, role_end, role in doc._.plural_roles or ():
            owners = self._owners_before(doc, start, m)
            if len(owners) < 2 or role_end + 1 >= len(doc) or doc[role_end].text not in APPOSITION_MARKS | {"-"}:
                continue
            people = self._people_listed_from(doc, role_end + 1, m)
            closes = bool(people) and (people[-1].end >= len(doc) or doc[people[-1].end].text in
                                       APPOSITION_MARKS | {"-", ".", ";"})
            if closes and len(people) == len(owners):
                out += [rel("role", person, org, role=role) for person, org in zip(people, owners)]
        return out

    @staticmethod
    def _owners_before(doc: Doc, i: int, m: "Mentions") -> List[Span]:
        """The bodies of "A's and B's" or "A and B's" ending right before token i."""
        owners: List[Span] = []
        while i > 0:
            if doc[i - 1].text in POSSESSIVES:
                i -= 1
            org = m.org_ending_at(i)
            if org is None:
                break
            owners.append(org)
            i = org.start
            if i > 0 and doc[i - 1].lower_ in {"and", ","}:
                i -= 1
            else:
                break
        return owners[::-1]

    @staticmethod
    def _people_listed_from(doc: Doc, i: int, m: "Mentions") -> List[Span]:
        """The names of a list starting at token i: 'X, Y and Z'."""
        people: List[Span] = []
        while True:
            titles = 0
            while titles < 2 and i < len(doc) and m.person_starting_at(i) is None \
                    and doc[i].is_title and not doc[i].ent_type_:
                i, titles = i + 1, titles + 1  # 'Dr', 'Professor Sir'
            person = m.person_starting_at(i)
            if person is None:
                return people
            people.append(person)
            i = person.end
            while i < len(doc) and doc[i].lower_ in {",", "and"}:
                i += 1

    @staticmethod
    def _people_listed_before(doc: Doc, i: int, m: "Mentions") -> List[Span]:
        """The names of a list ending with a comma before token i: 'X and Y, chief executives'."""
        people: List[Span] = []
        i -= 1 if i > 0 and doc[i - 1].text == "," else 0
        while True:
            person = m.person_ending_at(i)
            if person is None:
                return people[::-1]
            people.append(person)
            i = person.start
            while i > 0 and doc[i - 1].lower_ in {",", "and"}:
                i -= 1

    def _continues_holder(self, doc: Doc, held_until: int, start: int) -> bool:
        """The words between the last role's body and this role keep its holder: 'X, chair of A and
        chief executive of B', 'X, chief executive of A, has been appointed as the new chief executive of B'."""
        if held_until < 0 or start <= held_until:
            return False
        words = [t.lower_ for t in doc[held_until:start]]
        if words in (["and"], [","]):
            return True  # not 'and the chief executive of B have both said'
        while words and words[-1] in DETERMINERS:
            words.pop()
        return len(words) > 1 and words[0] == "," and self._is_role_link(tuple(words[1:]))

    @staticmethod
    def _before_closing_comma(doc: Doc, orgs: List[Span]) -> List[Span]:
        """A role set off by commas ends at its closing comma: the bodies of its list before it."""
        kept = [orgs[0]]
        for org in orgs[1:]:
            if any(t.text == "," for t in doc[kept[-1].end:org.start]):
                break
            kept.append(org)
        return kept

    @staticmethod
    def _next_in_list(doc: Doc, end: int, start: int) -> bool:
        """Only ', ' or ', and ' between one 'role Name' and the next role."""
        return start > end and [t.lower_ for t in doc[end:start]] in ([","], [",", "and"], ["and"])

    def _holder(self, doc: Doc, role_start: int, role_end: int, m: "Mentions",
                named_after: set = frozenset()) -> Optional[Span]:
        """Who holds a role whose words run from role_start to role_end. A name set off by a comma
        before it wins over one after it, and a name after it that has a role of its own is not
        its holder: 'Julian Kelly, NHS Chief Financial Officer, Professor Stephen Powis, National
        NHS Medical Director'; but not a name that holds the role before it: 'the chief executive of
        A, Richard Murray, the chief executive of B, Nigel Edwards'."""
        before, apposition = self._person_before(doc, role_start, m)
        if before is not None and before.start in named_after and apposition:
            before, apposition = None, False  # not 'the chief executive of A, X, the chief executive of B
        after = self._person_after(doc, role_end, m)
        if after is not None and role_end < len(doc) and doc[role_end].text != ",":
            return after  # 'chair Mike Thomas'
        if before is not None and apposition:
            return before
        if after is not None and self._has_own_role(doc, after) and self._set_off(doc, role_start):
            after = None
        if after is not None and self._after_as(doc, role_start):
            after = None  # "appointed ... as its chief strategy officer, Matthew Taylor said"
        return after or before

    @staticmethod
    def _after_as(doc: Doc, i: int) -> bool:
        k = i - 1
        while k >= 0 and doc[k].lower_ in DETERMINERS | {"its", "their", "his", "her"}:
            k -= 1
        return k >= 0 and doc[k].lower_ == "as"

    @staticmethod
    def _set_off(doc: Doc, i: int) -> bool:
        """The role is itself set off by a comma: '..., National NHS Medical Director, ...'."""
        k = i - 1
        while k >= 0 and (doc[k].lower_ in DETERMINERS or doc[k].is_title):
            k -= 1
        return k >= 0 and doc[k].text == ","

    @staticmethod
    def _has_own_role(doc: Doc, person: Span) -> bool:
        """'Professor Stephen Powis, National NHS Medical Director': a role follows the name's comma."""
        if person.end + 1 >= len(doc) or doc[person.end].text != ",":
            return False
        starts = {r.start for r in doc.spans.get("nhs_roles", [])}
        return any(k in starts for k in range(person.end + 1, min(person.end + 5, len(doc))))

    @staticmethod
    def _role_spans(doc: Doc) -> List[Span]:
        """Role spans, two joined by 'and' read as one: 'representative body chair and workforce lead'."""
        spans = sorted(doc.spans.get("nhs_roles", []), key=lambda s: s.start)
        merged: List[Span] = []
        for span in spans:
            last = merged[-1] if merged else None
            if last is not None and span.start == last.end + 1 and doc[last.end].lower_ == "and":
                merged[-1] = Span(doc, last.start, span.end, label=f"{last.label_} and {span.label_}")
            else:
                merged.append(span)
        return merged

    def _orgs_before(self, doc: Doc, i: int, m: "Mentions") -> Tuple[List[Span], int]:
        """The body named right before a role at token i, and where its words start:
        'NHSE chief executive', "NHS Providers' chief executive", "the trust's chief executive"."""
        if i > 0 and doc[i - 1].text in POSSESSIVES:
            i -= 1
        span = m.org_ending_at(i)
        if span is not None:
            return [span], span.start
        if i > 0 and doc[i - 1].lower_ == "its":
            # 'York Teaching Hospital Foundation Trust said its deputy chief executive Mike Proctor'
            sent_start = doc[i - 1].sent.start
            earlier = [o for o in m.orgs if sent_start <= o.start and o.end < i]
            return earlier[-1:], i - 1
        noun = doc[i - 1] if i > 0 else None
        if noun is None or not self._is_body_noun(noun) or noun.lower_ not in self.singular_body_nouns:
            return [], i
        before = doc[noun.i - 1] if noun.i > 0 else None
        if before is not None and (before.lower_ in INDEFINITE
                                   or (before.text[:1].isupper() and before.lower_ not in DETERMINERS)):
            return [], i  # 'a trust chief executive' is any trust; 'NHS trust' is a class
        start = noun.i - 1 if before is not None and before.lower_ in DETERMINERS else noun.i
        return self._resolve_body(doc, noun, None, m), start

    def _orgs_after(self, doc: Doc, i: int, m: "Mentions") -> Tuple[List[Span], int]:
        """'chief executive of NHSI', 'workforce lead on the BMA's GP Committee', 'of the three CCGs',
        and in lists of witnesses or signatories 'Chris Hopson, Chief Executive, NHS Providers;'."""
        if i < len(doc) and doc[i].text == ",":
            k = i + 1
            while k < len(doc) and doc[k].lower_ in DETERMINERS:
                k += 1
            org = m.org_starting_at(k)
            closes = org is not None and (org.end >= len(doc) or doc[org.end].text in {";", ".", ")"}
                                          or (doc[org.end].text == "," and org.end + 1 < len(doc)
                                              and doc[org.end + 1].lower_ in INVERTED_SPEECH_VERBS)
                                          or "\n" in doc[org.end].text or "\n" in doc[org.end - 1].whitespace_)
            return ([org], org.end) if closes else ([], i)
        if i + 1 < len(doc) and doc[i].lower_ in POST_NOUNS and doc[i + 1].lower_ in ROLE_LINKS:
            i += 1  # 'she held Chief Nurse posts at both A and B'
        if i >= len(doc) or doc[i].lower_ not in ROLE_LINKS:
            return [], i
        return self._org_phrase_at(doc, i + 1, m)

    def _org_phrase_at(self, doc: Doc, i: int, m: "Mentions") -> Tuple[List[Span], int]:
        """The body a phrase at token i names, and the phrase's end: 'the NHS Confederation',
        "the BMA's GP Committee", "the trust's Finance Assurance Committee", 'the trust', 'the three CCGs'."""
        definite = False
        while i < len(doc) and doc[i].lower_ in DETERMINERS:
            definite = definite or doc[i].lower_ == "the"
            i += 1
        if i < len(doc) and doc[i].lower_ in {"both", "all"}:
            definite = True  # 'chairman of both organisations', 'chair of all four trusts'
            if m.org_starting_at(i + 1) is not None or doc[i].lower_ == "all":
                i += 1  # 'posts at both A and B', 'all four trusts'
        if i + 1 < len(doc) and m.org_starting_at(i + 1) and (
                doc[i].lower_ in BARE_BODY_ADJECTIVES or (definite and doc[i].lower_ in BODY_ADJECTIVES)):
            i += 1
        span = m.org_starting_at(i)
        if span is not None:
            possessive = span.end < len(doc) and doc[span.end].text in POSSESSIVES
            owned = m.org_starting_at(span.end + 1) if possessive else None
            if owned is not None:
                return [owned], owned.end
            listed = self._listed_from(doc, span, m)
            return listed, listed[-1].end
        count = NUMBER_WORDS.get(doc[i].lower_) if i < len(doc) else None
        if count is not None:
            i += 1
        if not definite or i >= len(doc) or not self._is_body_noun(doc[i]):
            return [], i
        noun = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text in POSSESSIVES:
            owned = m.org_starting_at(i + 2)
            if owned is not None:
                return [owned], owned.end
        return self._resolve_body(doc, noun, count, m), i + 1

    @staticmethod
    def _listed_from(doc: Doc, first: Span, m: "Mentions") -> List[Span]:
        """The bodies of a list a phrase names: 'chair of A and B' holds both posts."""
        listed = [first]
        while True:
            k = listed[-1].end
            while k < len(doc) and doc[k].lower_ in {",", "and", "&"}:
                k += 1
            nxt = m.org_starting_at(k) if k > listed[-1].end else None
            if nxt is None or (nxt.end < len(doc) and doc[nxt.end].text in POSSESSIVES):
                return listed
            listed.append(nxt)

    def _is_body_noun(self, tok) -> bool:
        """A generic noun ('trust', 'CCGs'), not a word of a name ('Trust')."""
        acronym = tok.text.rstrip("s").isupper()
        return (tok.is_lower or acronym) and tok.lower_ in self.body_nouns and not tok.ent_type_

    def _resolve_body(self, doc: Doc, noun, count: Optional[int], m: "Mentions") -> List[Span]:
        """The body a generic noun points back to: the nearest earlier ORG of its kind; with a number
        ('the three CCGs'), the nearest earlier list of that many."""
        name_words, kinds = self.body_nouns[noun.lower_]

        def of_kind(org: Span) -> bool:
            if name_words is None and not kinds:
                return True  # 'the two organisations'
            return org._.org_kind in kinds or (name_words is not None and any(
                name_words.search(t) for t in (org.text, org._.canonical or "")))

        earlier = [o for o in m.orgs if o.end <= noun.i and of_kind(o)]
        if not earlier:
            return []
        if count is None and noun.lower_ in self.singular_body_nouns:
            return [earlier[-1]]
        since = self._sentences_back(doc, noun.i, 1 if count is not None else PLURAL_REFERENCE_SENTENCES)
        for group in reversed(m.coordinated_groups()):
            bodies = {(o._.canonical or o.text) for o in group if o.end <= noun.i and of_kind(o)}
            if (len(bodies) == count or (count is None and len(bodies) >= 2 and group[-1].start >= since)) \
                    and all(of_kind(o) for o in group):
                return group  # 'the three CCGs'; 'the organisations said' after 'A and B will appoint'
        return self._recently_named(doc, noun, count, [o for o in earlier if o.end <= noun.i])

    @staticmethod
    def _sentences_back(doc: Doc, i: int, n: int) -> int:
        """Where the sentence n sentences before token i's starts (paragraph breaks not counted)."""
        since = doc[i].sent.start
        for _ in range(n):
            if since == 0:
                break
            since = doc[since - 1].sent.start
            while since > 0 and doc[since].is_space:
                since = doc[since - 1].sent.start
        return since

    def _recently_named(self, doc: Doc, noun, count: Optional[int], earlier: List[Span]) -> List[Span]:
        """'the joint chair of the two trusts' after a sentence that names exactly two trusts, not as a
        list: 'A will be headed by B's current chair'; 'the trusts' after a sentence naming two or more."""
        since = self._sentences_back(doc, noun.i, 1)
        last_of: Dict[str, Span] = {}
        for org in earlier:
            if org.start >= since:
                last_of[org._.canonical or org.text] = org
        found = len(last_of) == count if count is not None else len(last_of) >= 2
        return list(last_of.values()) if found else []

    @staticmethod
    def _person_after(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """'chief executive Simon Stevens', 'chair, Dr Charles Alessi', 'the chair of X, Jane Doe',
        "Kernow CCG's current chief officer is Jackie Pendleton", 'the chief executive of the RSA (RSA)
        Matthew Taylor'."""
        if i + 1 < len(doc) and doc[i].lower_ in {"is", "was"}:
            person = m.person_starting_at(i + 1)
            possessive = person is not None and person.end < len(doc) and doc[person.end].text in POSSESSIVES
            return None if possessive else person  # not "was Jane Smith's choice"
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # an acronym defined between the body and the name
        for _ in range(4):
            span = m.person_starting_at(i)
            if span is not None:
                return span
            if i < len(doc) and (doc[i].text == "," or doc[i].text[:1].isupper() and doc[i].ent_type_ == ""):
                i += 1  # a comma or a title (Dr, Baroness) between role and name
            else:
                return None
        return None

    def _person_before(self, doc: Doc, i: int, m: "Mentions") -> Tuple[Optional[Span], bool]:
        """'Ian Dalton, chief executive of NHSI', 'Jane Doe, NHS Providers' chief executive',
        'Mr Flory, who is also NHS director-general', 'David Flory is to become the first head of',
        'Meg Hillier MP, chair of', 'He is currently chairman at' (the person named last before);
        and whether the name is set off by a comma alone."""
        while i > 0 and doc[i - 1].lower_ in DETERMINERS:
            i -= 1
        for p in range(i, max(-1, i - self.max_link_words - 3), -1):
            person = m.person_ending_at(p)
            k = p
            while person is None and k > 0 and (doc[k - 1].text in self.post_nominals or (
                    doc[k - 1].text == "," and 1 < k < p and doc[k - 2].text in self.post_nominals)):
                k -= 1  # 'Professor Joy Carter CBE, DL, Vice-Chancellor of'
                person = m.person_ending_at(k)
            pronoun = person is None and p > 0 and doc[p - 1].lower_ in PERSON_PRONOUNS \
                and self._opens_clause(doc, p - 1)
            if person is None and not pronoun:
                continue
            words = [t.lower_ for t in doc[p:i]]
            if len(words) > 2 and words[0] == "(" and ")" in words[2:4]:
                words = words[words.index(")") + 1:]  # 'Jane Smith (pictured), chief executive of'
            comma = bool(words) and words[0] in APPOSITION_MARKS  # 'Deborah Needham – chief executive of'
            link = tuple(words[1:] if comma else words)
            if pronoun:
                named = self._last_before(doc, p - 1, "PERSON")
                person = named[0] if named and self._is_role_link(link) and self._only_person_of(doc, named[0]) \
                    else None
                return person, False
            if (comma and not link) or self._is_role_link(link):
                return person, comma and not link
            return None, False
        return None, False

    @staticmethod
    def _opens_clause(doc: Doc, i: int) -> bool:
        """A pronoun that is the sentence's subject: at its start or after a short opening phrase
        naming nothing ('Before that he was director of ...', 'Previously, she was')."""
        start = doc[i].sent.start
        opening = doc[start:i]
        return len(opening) <= MAX_OPENING_WORDS and not any(t.ent_type_ or t.lower_ in LINK_BREAKS - {","}
                                                             for t in opening)

    @staticmethod
    def _only_person_of(doc: Doc, person: Span) -> bool:
        """'He' or 'she' points back to a person only when the person's sentence names no other."""
        sent = person.sent
        names = {e._.canonical or e.text for e in doc_ents(doc)
                 if e.label_ == "PERSON" and sent.start <= e.start < sent.end}
        return len(names) == 1

    def _is_role_link(self, link: Tuple[str, ...]) -> bool:
        if link in self.role_links:
            return True
        if link and link[0] in ASIDE_STARTS and "," in link:
            return self._is_role_link(link[link.index(",") + 1:])
        for end in self.clause_endings:
            if len(link) >= len(end) and link[len(link) - len(end):] == end \
                    and not set(link[:len(link) - len(end)]) & LINK_BREAKS:
                return True
        if set(link) & LINK_BREAKS:
            return False
        for end in self.role_link_endings:
            if len(link) > len(end) and link[-len(end):] == end:
                before = [w for w in link[:-len(end)] if w not in OWNED_ROLE_ADJECTIVES]
                # 'in his current role as', 'who served 2 terms as'; not 'applied for the post as'
                return bool(before) and (before[-1] in OWN_POSSESSIVES or "served" in before)
        return False

    def _role_verb_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'X, who chairs Y' / "X, who chairs the trust's Finance Assurance Committee"."""
        out = []
        verb_ids = {doc.vocab.strings[verb] for verb in self.role_verbs}
        for tok in (doc[i] for i, lower in enumerate(doc.to_array(LOWER).tolist()[:-1]) if lower in verb_ids):
            role = self.role_verbs.get(tok.lower_)
            person = self._who_clause_subject(doc, tok.i, m)
            if role is None or person is None:
                continue
            orgs, _ = self._org_phrase_at(doc, tok.i + 1, m)
            if person is not None:
                out += [rel("role", person, org, role=role) for org in orgs]
        return out

    @staticmethod
    def _who_clause_subject(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The name a relative clause whose verb is token i describes: 'X, who chairs', 'X, who has
        led', 'X, who joined'."""
        k = i - 1
        while k > 0 and doc[k].lower_ in CLAUSE_AUXILIARIES:
            k -= 1
        if k < 2 or doc[k].lower_ != "who" or doc[k - 1].text != ",":
            return None
        return m.person_ending_at(k - 1)

    # -- collaboration ---------------------------------------------------------
    def collaborations(self, doc: Doc, roles: Tuple[dict, ...] = (), quotes: Tuple[dict, ...] = ()) -> List[dict]:
        """Pairs of bodies a trigger word joins: 'A and B plan closer collaboration', 'A ... work in
        partnership with B', 'a joint A/B event', 'combine A and B', 'in a joint statement, A's chief
        executive and B's chief executive said'. Naming two bodies near a trigger is not enough: they
        must be its subject list, stand right after it, or be the bodies of its joint speakers."""
        m = Mentions.of(doc)
        inside_orgs = {i for o in m.orgs for i in range(o.start, o.end)}
        groups = [[o for o in g if o._.org_kind not in self.exclude_kinds] for g in m.coordinated_groups()]
        out, seen = [], set()
        for match_id, start, end in self.trigger_matcher(doc):
            trigger = doc[start:end]
            if inside_orgs.intersection(range(start, end)) or self._hedged(doc, trigger):
                continue  # 'NHS Alliance', 'Cavendish Coalition'; 'cannot merge', 'if they were to merge'
            subject_only = self.nlp.vocab.strings[match_id] == "SUBJECT"
            pairs = self._partner_pairs(doc, trigger, groups, m, subject_only)
            if not pairs and quotes:
                pairs = self._speakers_partners(doc, trigger, groups, m, roles, quotes)
            if not pairs and self._names_joint_document(doc, trigger):
                pairs = self._joint_holders(trigger, roles, m) or self._joint_document_authors(doc, trigger, groups, m)
            for a, b in pairs:
                key = frozenset(((a._.canonical or a.text), (b._.canonical or b.text)))
                if len(key) == 2 and key not in seen:
                    seen.add(key)
                    out.append(rel("collaboration", a, b, trigger=trigger.text.lower()))
        return out

    def _partner_pairs(self, doc: Doc, trigger: Span, groups: List[List[Span]], m: "Mentions",
                       subject_only: bool) -> List[Tuple[Span, Span]]:
        after, link = self._group_after(doc, trigger, groups)
        if not after:
            after = self._bodies_pointed_to(doc, trigger.end, m)  # 'integrating the trusts into one'
        after = list({(o._.canonical or o.text): o for o in reversed(after)}.values())[::-1]  # 'A (ACR)' is one
        before = self._group_before(doc, trigger, groups, m)
        if after and link in ACCOMPANY_LINKS:
            return [(a, b) for a in before for b in after] + list(combinations(before, 2))
        if len(after) >= 2 and link in LIST_LINKS:
            return list(combinations(after, 2))
        if len(after) == 1:
            into = self._merged_into(doc, after[0], trigger.sent.end, groups)
            if into is not None:
                return [(after[0], into)]  # 'merge A, a body that ..., into B'
        if subject_only and not after:
            return list(combinations(before, 2))
        return []

    def _speakers_partners(self, doc: Doc, trigger: Span, groups: List[List[Span]], m: "Mentions",
                           roles: Tuple[dict, ...], quotes: Tuple[dict, ...]) -> List[Tuple[Span, Span]]:
        """A speaker's 'we' inside a quote: 'We will be working with councils, the Government and NHS
        England', said by the chair of the LGA, joins the LGA and NHS England; 'Working in partnership
        with colleagues at NHS England' opens the sentence with the speaker as its subject."""
        after, link = self._group_after(doc, trigger, groups)
        if not after:
            after, link = self._partners_at(doc, trigger, m)
        if not after or link not in ACCOMPANY_LINKS:
            return []
        sent = trigger.sent
        words = [t.lower_ for t in doc[sent.start:trigger.start] if not t.is_punct]
        if not (set(words) & FIRST_PERSON_PLURAL) and not (not words or words[-1] in {"in", "working"}):
            return []
        speakers = [q["head"] for q in quotes if q["quote"][0] <= trigger.start_char < q["quote"][1]]
        orgs_at = {(o.start_char, o.end_char): o for o in m.orgs}
        people = {(e.start_char, e.end_char): e._.canonical or e.text for e in doc_ents(doc) if e.label_ == "PERSON"}
        bodies: Dict[str, Span] = {}
        for speaker in speakers:
            if speaker in orgs_at:
                org = orgs_at[speaker]
                bodies.setdefault(org._.canonical or org.text, org)
            for r in roles:
                if speaker in people and people.get(r["head"]) == people[speaker] and r["tail"] in orgs_at:
                    org = orgs_at[r["tail"]]
                    bodies.setdefault(org._.canonical or org.text, org)
        return [(a, b) for a in bodies.values() for b in after if b._.org_kind not in self.exclude_kinds]

    @staticmethod
    def _partners_at(doc: Doc, trigger: Span, m: "Mentions") -> Tuple[List[Span], Optional[str]]:
        """'with councils, the Government and NHS England', 'with colleagues at NHS England, the
        Department of Health and Social Care and ...': the bodies of a list of partners after 'with'."""
        k = trigger.end
        if trigger[-1].lower_ in ACCOMPANY_LINKS:
            link = trigger[-1].lower_  # the trigger 'working with'
        elif k < len(doc) and doc[k].lower_ in ACCOMPANY_LINKS:
            link, k = doc[k].lower_, k + 1
        else:
            return [], None
        found: List[Span] = []
        while k < trigger.sent.end and doc[k].text not in {".", ";", ":"} and doc[k].lower_ not in {"to", "on"}:
            org = m.org_starting_at(k)
            if org is not None:
                found.append(org)
                k = org.end
            else:
                k += 1
        return found, link

    def _bodies_pointed_to(self, doc: Doc, i: int, m: "Mentions") -> List[Span]:
        """'the trusts', 'the two organisations' at token i: the bodies named before it points to."""
        if i + 1 >= len(doc) or doc[i].lower_ != "the" or m.org_starting_at(i + 1) is not None:
            return []
        orgs, _ = self._org_phrase_at(doc, i, m)
        orgs = [o for o in orgs if o._.org_kind not in self.exclude_kinds]
        return orgs if len(orgs) >= 2 else []

    @staticmethod
    def _names_joint_document(doc: Doc, trigger: Span) -> bool:
        """'a joint statement', 'the joint letter'; not 'hip and knee joint replacements'."""
        return trigger.text.lower() in JOINT_WORDS and trigger.end < len(doc) \
            and doc[trigger.end].lower_ in JOINT_DOCUMENTS

    def _joint_holders(self, trigger: Span, roles: Tuple[dict, ...], m: "Mentions") -> List[Tuple[Span, Span]]:
        """'In a joint statement ..., Matthew Taylor, chief executive of the NHS Confederation, and Daniel
        Elkeles, chief executive of NHS Providers, said': the bodies whose office holders act jointly."""
        sent = trigger.sent
        orgs_at = {o.start_char: o for o in m.orgs if o._.org_kind not in self.exclude_kinds}
        bodies: Dict[str, Span] = {}
        for r in roles:
            org = orgs_at.get(r["tail"][0])
            if org is not None and sent.start_char <= r["head"][0] and r["tail"][1] <= sent.end_char:
                bodies.setdefault(org._.canonical or org.text, org)
        return list(combinations(bodies.values(), 2))

    def _joint_document_authors(self, doc: Doc, trigger: Span, groups: List[List[Span]],
                                m: "Mentions") -> List[Tuple[Span, Span]]:
        """'The Chief Executives of A, B and C have written to ... The joint letter highlights': a joint
        document points back to the list of bodies named last, in its sentence or the one before."""
        sent = trigger.sent
        if any(sent.start <= o.start < sent.end and o._.org_kind not in self.exclude_kinds for o in m.orgs):
            return []  # 'In a joint letter, the BMA urged': its own sentence names who wrote it
        k = sent.start - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        previous = doc[k].sent if k >= 0 else sent
        lists = [g for g in groups if len({o._.canonical or o.text for o in g}) >= 2
                 and previous.start <= g[0].start and g[-1].end <= trigger.start]
        return list(combinations(lists[-1], 2)) if lists else []

    @staticmethod
    def _merged_into(doc: Doc, first: Span, sent_end: int, groups: List[List[Span]]) -> Optional[Span]:
        """The body after 'into' later in the sentence: 'merge A (HSSIB), an independent body, into B'."""
        starts = {g[0].start: g[0] for g in groups if g}
        k = first.end
        if k + 2 < sent_end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        if k < sent_end and doc[k].text == ",":  # an aside closed by a comma before 'into'
            k = next((j + 1 for j in range(k + 1, sent_end) if doc[j].text == ","), sent_end)
        if k + 1 >= sent_end or doc[k].lower_ != "into":
            return None
        j = k + 1 + int(doc[k + 1].lower_ in DETERMINERS)
        into = starts.get(j)
        if into is not None and into.end < len(doc) and doc[into.end].text in POSSESSIVES:
            return None  # 'an inquiry into NHS England's oversight'
        return into

    @staticmethod
    def _group_after(doc: Doc, trigger: Span, groups: List[List[Span]]) -> Tuple[List[Span], Optional[str]]:
        """The bodies right after a trigger and the word that joins them: ('with', [B]), ('of', [A, B])."""
        link = trigger[-1].lower_ if trigger[-1].lower_ in PARTNER_LINKS else None
        k = trigger.end
        sent_end = trigger.sent.end
        last = sent_end - 1
        while last > trigger.end and doc[last].is_space:
            last -= 1
        if sent_end < len(doc) and doc[last].text == ":" and last == trigger.end:
            sent_end = min(len(doc), sent_end + 6)  # 'made up of:' opens a list set out line by line
        while k < sent_end and k - trigger.end < 5 and (doc[k].lower_ in PARTNER_LINKS | DETERMINERS | {"its", "their", ":"}
                                                         or _bullet(doc[k])):
            link = doc[k].lower_ if doc[k].lower_ in PARTNER_LINKS else link
            k += 1  # 'made up of:' and a bulleted list
        for group in groups:
            starts = [o.start for o in group]
            if k in starts:
                return group[starts.index(k):], link
        return [], link

    def _group_before(self, doc: Doc, trigger: Span, groups: List[List[Span]], m: "Mentions") -> List[Span]:
        """The list of bodies nearest before a trigger in its sentence ('NHS England (NHSE) and NHS
        Improvement (NHSI) ... working closer together'), or the bodies 'the two organisations' points to."""
        sent = trigger.sent
        nearest: List[Span] = []
        for group in groups:
            members = [o for o in group if sent.start <= o.start and o.end <= trigger.start]
            if members:
                nearest = members
        if nearest:
            return nearest
        for tok in doc[sent.start:trigger.start]:
            if tok.lower_ == "the":
                orgs, _ = self._org_phrase_at(doc, tok.i, m)
                if len(orgs) >= 2:
                    return [o for o in orgs if o._.org_kind not in self.exclude_kinds]
        return []

    @staticmethod
    def _hedged(doc: Doc, trigger: Span) -> bool:
        """Negated or hypothetical: 'cannot merge', 'a formal merger is not possible', 'if they were to merge'."""
        sent = trigger.sent
        before = doc[max(trigger.start - 3, sent.start):trigger.start]
        after = doc[trigger.end:min(trigger.end + 2, sent.end)]
        if any(t.lower_ in NEGATIONS for t in before) or any(t.lower_ in NEGATIONS for t in after):
            return True
        for tok in reversed(doc[sent.start:trigger.start]):  # the trigger's clause
            if tok.text in {",", ";", ":"}:
                return False
            if tok.lower_ in HYPOTHETICAL:
                return True
        return False

    # -- quote -------------------------------------------------------------
    def block_quotes(self, doc: Doc) -> Tuple[List[dict], Dict[int, List[Span]]]:
        """GOV.UK style: 'X said:' closes a paragraph and the quoted paragraphs follow unmarked.
        Also returns the speakers by the end of each such paragraph, for marked paragraphs after them."""
        out: List[dict] = []
        speakers_by_end: Dict[int, List[Span]] = {}
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text(doc))]
        for n, (p0, p1) in enumerate(paragraphs):
            line = doc_text(doc)[p0:p1].rstrip()
            if not line.endswith(":"):
                continue
            intro = doc.char_span(p0, p0 + len(line) - 1, alignment_mode="contract")
            if intro is None or not len(intro) or not self._speech_verb(doc, intro[-1]):
                continue
            speakers = self._speaker_around(doc, intro[-1])
            for q0, q1 in paragraphs[n + 1:n + 1 + self.block_quote_max_paragraphs]:
                body = doc_text(doc)[q0:q1].strip()
                if not body or body[0] in QUOTE_MARKS or body.endswith(":") or body[-1] not in ".!?”’\"'":
                    break
                quote = strip_bounds(doc_text(doc), q0, q1)
                out += [rel("quote", speaker, None, quote=quote) for speaker in speakers]
                if speakers:
                    speakers_by_end[q1] = speakers
        return out, speakers_by_end

    def quotes(self, doc: Doc) -> List[dict]:
        out, block_speakers = self.block_quotes(doc)
        last_speakers: List[Span] = []
        last_para_end = -1
        text = doc_text(doc)
        for q in find_quotes(text):
            content = doc.char_span(q.start, q.end, alignment_mode="expand")
            if content is None or self._not_a_quote(doc, q, content):
                continue
            block_end = q.para_start
            while block_end > 0 and text[block_end - 1].isspace():
                block_end -= 1
            if block_end in block_speakers and q.open_mark == q.para_start:
                last_speakers, last_para_end = block_speakers[block_end], block_end  # unmarked, then marked
            speakers = self._attribute(doc, q, content)
            if not speakers and last_speakers and self._continues(text, q, last_para_end):
                speakers = last_speakers
            if not speakers and q.open_mark == q.para_start:
                speakers = self._signed_pull_quote(doc, q) or \
                    self._speaker_from_previous_paragraph(doc, q, last_speakers)
            if not speakers:
                continue
            # One relation a speaker: 'Barking, ... Hospitals (BHRUT)' is one body.
            speakers = list({(s._.canonical or s.text): s for s in reversed(speakers)}.values())[::-1]
            for s in speakers:
                out.append(rel("quote", s, None, quote=(q.start, q.end)))
            last_speakers, last_para_end = speakers, q.para_end
        return out

    @staticmethod
    def _signed_pull_quote(doc: Doc, q: QuoteSpan) -> List[Span]:
        """A paragraph that is only a quote, signed by a paragraph that is only a name."""
        text = doc_text(doc)
        if q.end < q.para_end - 2:
            return []
        start = q.para_end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        name = doc.char_span(start, end, alignment_mode="contract")
        if name is None or not len(name):
            return []
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start >= name.start and e.end <= name.end]
        return people if len(people) == 1 and len(people[0]) >= len(name) - 2 else []

    def _not_a_quote(self, doc: Doc, q: QuoteSpan, content: Span) -> bool:
        text = doc_text(doc)
        words = content.text.split()
        if any(e.start_char == q.start and e.end_char == q.end for e in doc_ents(doc) if e.label_ != "FIGURE"):
            return True  # a quoted name: 'NHS Clinical Commissioners'
        whole_paragraph = q.open_mark == q.para_start and q.end >= q.para_end - 2
        if whole_paragraph and len(words) > 5:
            quoted = text[q.start:q.end]
            elsewhere = text[:q.para_start].find(quoted) != -1 or text[q.para_end:].find(quoted) != -1
            if elsewhere:
                return True  # a pull quote repeating the body
        if len(words) <= self.scare_quote_max_words:
            sent = content.sent if content.start < len(doc) else content
            # 'said it was "very clear"', '... a "lack of progress" on ..., he said'
            around = list(doc[sent.start:content.start]) + list(doc[content.end:sent.end])
            return not any(self._speech_verb(doc, t, short_quote=True) or self._reports_clause(doc, t) for t in around)
        return False

    def _reports_clause(self, doc: Doc, verb) -> bool:
        """'announced they have "decided to pause"', 'announced that they planned to form a "single group
        executive team"': reported speech, unlike 'announced a "new" body'."""
        return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in REPORTED_CLAUSE_STARTS and self._speech_verb(doc, verb)

    def _attribute(self, doc: Doc, q: QuoteSpan, content: Span) -> List[Span]:
        """The speaker(s) named before the quote ('X said:') or after it ('..., said X')."""
        intro = doc.char_span(q.para_start, q.open_mark, alignment_mode="contract")
        if intro is not None and len(intro):
            verbs = [t for t in intro if self._speech_verb(doc, t)]
            if verbs:
                found = self._speaker_around(doc, verbs[-1])
                if found:
                    return found
        after_end = self._outro_end(doc, q)
        outro = doc.char_span(q.end + 1, after_end, alignment_mode="contract") if after_end > q.end + 1 else None
        if outro is not None and len(outro):
            verbs = [t for t in outro if self._speech_verb(doc, t)
                     and (t.i - outro.start <= 12 or self._attribution_clause(doc, t))]
            if verbs:
                return self._speaker_around(doc, verbs[0], (q.start, q.end))
        return []

    @staticmethod
    def _attribution_clause(doc: Doc, verb) -> bool:
        """', he said' / ', Jane Doe said' closing a sentence that quoted words earlier."""
        k = verb.i - 1
        while k > 0 and doc[k].ent_type_ in {"PERSON", "ORG"} and doc[k - 1].ent_type_ == doc[k].ent_type_:
            k -= 1
        return k > 0 and (doc[k].lower_ in PERSON_PRONOUNS or doc[k].ent_type_ != "") and doc[k - 1].text == ","

    @staticmethod
    def _outro_end(doc: Doc, q: QuoteSpan) -> int:
        if not q.closed:
            return q.end
        text = doc_text(doc)
        stop = min([p for p in (text.find(m, q.end + 1, q.para_end) for m in "“‘\"") if p != -1], default=q.para_end)
        return stop

    def _speech_verb(self, doc: Doc, tok, short_quote: bool = False) -> bool:
        """A speech verb used as one: not passive ('was told') nor a noun ('had their say', 'the claims')."""
        verbs = self.short_quote_verbs if short_quote else self.speech_verbs
        return (tok.lower_ in verbs and not self._passive(doc, tok)
                and not (tok.i > 0 and doc[tok.i - 1].lower_ in NOUN_MARKERS))

    @staticmethod
    def _passive(doc: Doc, verb) -> bool:
        return verb.i > 0 and doc[verb.i - 1].lower_ in {"was", "were", "been", "being", "be", "is"}

    def _speaker_around(self, doc: Doc, verb, quoted: Tuple[int, int] = (-1, -1)) -> List[Span]:
        """Who a speech verb attributes to: 'X said', 'said X', 'says BMA', 'according to X', 'he said'
        (the last person named), 'the chief executive said' (the person named with that role)."""
        sent = verb.sent
        prev = doc[verb.i - 1] if verb.i > 0 else None
        if verb.lower_ == "according":
            return self._according_to(doc, verb)
        if prev is not None and prev.lower_ in PERSON_PRONOUNS | {"they", "it"} and verb.lower_ in CONTINUING_VERBS:
            earlier = self._previous_statement_speakers(doc, verb)
            if earlier:
                return earlier  # 'A spokesperson for X said the trust ... They added:'
        if prev is not None and prev.lower_ in PERSON_PRONOUNS:
            return self._antecedent(doc, verb.i, quoted)
        subject = [e for e in doc_ents(doc) if e.label_ in {"PERSON", "ORG"} and sent.start <= e.start
                   and e.end <= verb.i and not (quoted[0] <= e.start_char < quoted[1])]
        people = [e for e in subject if e.label_ == "PERSON"]
        if people:
            return self._coordinated(doc, people, verb)
        after = [e for e in doc_ents(doc) if e.label_ in {"PERSON", "ORG"} and verb.i < e.start <= verb.i + 3]
        if after and verb.lower_ in INVERTED_SPEECH_VERBS:
            return [after[0]]
        by_role = self._person_by_role(doc, verb)
        if by_role:
            return by_role
        if not subject:
            bodies = self._bodies_speaking(doc, verb)
            if bodies:
                return bodies
        if prev is not None and prev.lower_ in {"it", "they"} and not subject:
            last = self._last_before(doc, verb.i, "ORG", quoted)
            if prev.lower_ == "they" and last:
                # 'East London and North East London foundation trusts ... They said': the whole list
                group = next((g for g in Mentions.of(doc).coordinated_groups() if last[0] in g), last)
                return group if len(group) > 1 else last
            return last
        if subject and not self._object_of_preposition(doc, subject[0]):
            return self._subject_list(subject)
        return []

    @staticmethod
    def _subject_list(subject: List[Span]) -> List[Span]:
        """'Barts Health and BHRUT said', 'two trusts – A and B – announced': every body of the list the
        first subject opens; otherwise the first subject alone."""
        first = subject[0]
        group = next((g for g in Mentions.of(first.doc).coordinated_groups() if first in g), [first])
        group = group[group.index(first):]
        names = {o._.canonical or o.text for o in group}
        return group if len(names) > 1 and all(o in subject for o in group) else [first]

    def _previous_statement_speakers(self, doc: Doc, verb) -> List[Span]:
        """Who spoke in the sentence before, quoted or reported ('X said the trust had never ...')."""
        start = verb.sent.start
        if start == 0:
            return []
        k = start - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        before = doc[k].sent
        verbs = [t for t in before if self._speech_verb(doc, t) and t.lower_ not in CONTINUING_VERBS]
        if not verbs or (verbs[0].i > 0 and doc[verbs[0].i - 1].lower_ in PERSON_PRONOUNS | {"they", "it"}):
            return []
        return self._speaker_around(doc, verbs[0])

    def _bodies_speaking(self, doc: Doc, verb) -> List[Span]:
        """'The two organisations said', 'the trust said': the bodies a generic noun right before
        the verb points back to."""
        k = verb.i - 1
        while k > verb.sent.start and doc[k - 1].lower_ not in DETERMINERS and k > verb.i - 3:
            k -= 1
        if k <= 0 or doc[k - 1].lower_ != "the":
            return []
        if k - 1 > verb.sent.start and not (doc[k - 2].is_punct or doc[k - 2].is_space):
            return []  # 'nurses at the trust said': the trust is not the subject
        orgs, end = self._org_phrase_at(doc, k - 1, Mentions.of(doc))
        return orgs if end == verb.i else []

    @staticmethod
    def _according_to(doc: Doc, verb) -> List[Span]:
        k = verb.i + 1
        if k < len(doc) and doc[k].lower_ == "to":
            k += 1
        while k < len(doc) and doc[k].lower_ in DETERMINERS:
            k += 1
        return [e for e in doc_ents(doc) if e.start == k and e.label_ in {"PERSON", "ORG"}][:1]

    def _person_by_role(self, doc: Doc, verb) -> List[Span]:
        """'the chief executive said': the person the article named with that role before."""
        role = next((r for r in doc.spans.get("nhs_roles", []) if r.end == verb.i), None)
        if role is None or role.start == 0 or doc[role.start - 1].lower_ not in {"the", "its", "their"}:
            return []
        holders = {r["head"] for r in self.roles(doc) if r["role"] == role.label_}
        named = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end <= role.start
                 and (e._.role == role.label_ or (e.start_char, e.end_char) in holders)]
        return named[-1:]

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
        """'Legal advice to NHS England', 'a document on the setting up of the NTDA', 'the head of the
        NHS': the body is the topic, addressee or employer, not the speaker; "a paper to NHS England's
        board" is the body's own."""
        if span.end < len(doc) and doc[span.end].text in POSSESSIVES:
            return False
        k = span.start
        while k > 0 and doc[k - 1].lower_ in DETERMINERS:
            k -= 1
        if k > 0 and doc[k - 1].lower_ == "of" and any(r.end == k - 1 for r in doc.spans.get("nhs_roles", [])):
            return True  # 'the head of the NHS said': the unnamed office holder speaks, not the body
        for tok in reversed(doc[max(span.sent.start, span.start - 6):span.start]):
            if tok.text in {",", ":", ";"} or tok.lower_ in CLAUSE_WORDS:
                return False
            if tok.lower_ in NOT_SPEAKER_PREPOSITIONS:
                return True
        return False

    @staticmethod
    def _last_before(doc: Doc, i: int, label: str, quoted: Tuple[int, int] = (-1, -1)) -> List[Span]:
        """The last body or person named before token i; a possessive ("Jeremy Hunt's 2015
        commitment") or a name inside the quote itself is not who a pronoun points to."""
        before = [e for e in doc_ents(doc) if e.label_ == label and e.end <= i
                  and not (e.end < len(doc) and doc[e.end].text in POSSESSIVES)
                  and not (quoted[0] <= e.start_char < quoted[1])]
        return [before[-1]] if before else []

    def _antecedent(self, doc: Doc, i: int, quoted: Tuple[int, int]) -> List[Span]:
        """Who 'he' or 'she' opening a sentence points to: the subject of the last sentence naming a
        person ('Meg Hillier MP, chair of the PAC, wrote to Jeremy Hunt ... She said:'), not a name
        after 'to' or 'with'; within the pronoun's own sentence, the last person named."""
        last = self._last_before(doc, i, "PERSON", quoted)
        if not last or last[0].sent.start == doc[i].sent.start:
            return last
        sent = last[0].sent
        named = [e for e in doc_ents(doc) if e.label_ == "PERSON" and sent.start <= e.start and e.end <= last[0].end
                 and not (e.end < len(doc) and doc[e.end].text in POSSESSIVES)]
        subjects = [e for e in named if not self._object_of_preposition(doc, e)]
        return subjects[:1] or last

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
        verbs = [t for t in para if self._speech_verb(doc, t)]
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
