"""nhs_org_lists: bodies named as a list sharing one head noun ("Gateshead, Newcastle North and East,
and Newcastle West CCGs"): one ORG per body, the last keeping the shared noun (docs/annotation.md, rule 13).

A list is taken only when every body in it is a gazetteer name once the head is added back
("Gateshead" + "CCG" -> "Gateshead CCG"), so place names before a plural noun stay untouched. A few
heads name bodies no gazetteer lists (`by_shape` in shared_heads.csv: "the South, South West and
Central Southern CSUs"): their items are read from the list's commas and capitals alone.
"""
from typing import Dict, List, NamedTuple, Optional, Tuple

import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from . import extensions  # noqa: F401
from .orgs import LIST_ENDING_HEADS, acronym_spans, inferred_acronyms
from .rules_io import load_gazetteer, load_phrases
from .mentions import breaks_line
from .relation_words import BULLETS, LISTED_BODY_NOUNS
from .text_utils import POSSESSIVE, SHARED_HEAD_LISTS, is_set_off_adverb, plural_post_end, word_positions

NAME_CONNECTORS = {"and", "of", "upon", "on", "&"}
ITEM_SEPARATORS = {",", "and", "&"}
ITEM_PREPOSITIONS = {"of", "for", "at"}
ITEM_HEADS = LIST_ENDING_HEADS | {"Practice", "Centre", "Hospital"}
# The words of an unknown name in a bulleted list of bodies ('Dove House', 'Lindsay Lodge')
MIN_LISTED_NAME_WORDS, MAX_LISTED_NAME_WORDS = 2, 5


def _separates(doc: Doc, k: int) -> bool:
    """Token k stands between two items: a separator, or an adverb set off by commas after one ('Halton,
    Warrington, St Helens and, potentially, Knowsley CCGs')."""
    return doc[k].lower_ in ITEM_SEPARATORS or is_set_off_adverb(doc, k)


def _bracketed_short_form(doc: Doc, k: int) -> bool:
    """Tokens k to k + 2 are one word in brackets that may be a short form: '(SECAmb)'."""
    return doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper() \
        and any(c.isupper() for c in doc[k + 1].text[1:])


def _in_bracketed_short_form(doc: Doc, k: int) -> bool:
    """Token k is a bracket of a bracketed short form."""
    return (doc[k].text == "(" and k + 2 < len(doc) and _bracketed_short_form(doc, k)) \
        or (doc[k].text == ")" and k >= 2 and _bracketed_short_form(doc, k - 2))


def _bullet_lines(doc: Doc) -> List[List[Tuple[int, int, int]]]:
    """The runs of bulleted lines, each line as (its first word, the end of its name, the line's end): the name
    ends at a comma, a bracket or the line's end ('• Dove House, Hull', '• St Michael's Hospice, Harrogate
    (administrative lead)')."""
    runs: List[List[Tuple[int, int, int]]] = []
    last_end = -1
    # The few bullet marks, found in the LOWER array instead of making a Token of every word.
    for i in word_positions(doc, BULLETS):
        if i == 0 or not breaks_line(doc[i - 1]):
            continue
        start = i + 1
        while start < len(doc) and doc[start].is_space:
            start += 1
        line_end = next((k + 1 for k in range(start, len(doc)) if breaks_line(doc[k])), len(doc))
        name_end = next((k for k in range(start, line_end) if doc[k].text in {",", "(", ";"}), line_end)
        while name_end > start and (doc[name_end - 1].is_space or doc[name_end - 1].text in {".", ";"}):
            name_end -= 1
        if runs and all(t.is_space for t in doc[last_end:i]):
            runs[-1].append((start, name_end, line_end))
        else:
            runs.append([(start, name_end, line_end)])
        last_end = line_end
    return runs


def _introduces_bodies(doc: Doc, k: int) -> bool:
    """The line before a bulleted list whose first line starts at token k says it lists bodies: 'Seven hospices
    in Humber and North Yorkshire have formed a collaborative and signed a memorandum of understanding (MOU):',
    not 'Speakers:'."""
    end = k
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in BULLETS):
        end -= 1
    start = end - 1
    while start > 0 and not breaks_line(doc[start - 1]):
        start -= 1
    return end > 0 and doc[end - 1].text.endswith(":") and any(t.lower_ in LISTED_BODY_NOUNS for t in doc[start:end])


def _place_after(doc: Doc, k: int, posts: set) -> bool:
    """A comma and a capitalised word no post starts at token k: ', Hull', not ', Chief Executive'."""
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title and k + 1 not in posts


class ListedBody(NamedTuple):
    start: int  # token bounds of the mention, the shared head included for the last body
    end: int
    canonical: str
    kind: str


class OrgListRecognizer:
    """Split shared-head lists of local bodies into one ORG each, named from the gazetteer."""

    def __init__(self, nlp: Language, name: str, max_list_tokens: int):
        self.nlp = nlp
        self.name = name
        self.max_list_tokens = max_list_tokens
        self.heads: List[List[str]] = []  # [plural as written, singular head of a name, "yes" if by shape]
        self.aliases: Dict[str, List[str]] = {}  # lower-cased alias -> [canonical, kind]
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   shared_heads: str = "", gazetteers: Tuple[str, ...] = ()) -> None:
        self.heads = [[r.phrase, r.value, shape.value.lower()] for r, shape in
                      zip(load_phrases(shared_heads, "singular"), load_phrases(shared_heads, "by_shape"))
                      ] if shared_heads else []
        self.aliases = {}
        for path in gazetteers:
            for rec in load_gazetteer(path):
                self.aliases.setdefault(rec.alias.lower(), [rec.canonical, rec.kind])
        self._build()

    def _build(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.singular: Dict[str, str] = {}
        self.by_shape = {singular for _, singular, by_shape in self.heads if by_shape == "yes"}
        for plural, singular, _ in self.heads:
            self.matcher.add(plural, [self.nlp.make_doc(plural)])
            self.singular[plural] = singular

    def lookup(self, doc: Doc, start: int, end: int, head: str) -> Optional[List[str]]:
        """The gazetteer's body for an item and the singular head ('A|B' in shared_heads.csv: the first that
        names one, since the press writes 'NHS Foundation Trusts' over trusts that are not all foundation
        trusts); an official name may open with 'The' or 'NHS' ('Dudley Group' for The Dudley Group ...)."""
        # King’s and King's, 'Telford & Wrekin' and 'Telford and Wrekin' name the same body
        name = doc[start:end].text.replace("’", "'").replace(" & ", " and ")
        for singular in head.split("|"):
            for prefix in ("", "nhs ", "the "):
                hit = self.aliases.get(f"{prefix}{name} {singular}".lower())
                if hit is not None:
                    return hit
        return None

    def find(self, doc: Doc) -> List[List[ListedBody]]:
        # A name shape may have stopped short of the plural head ('South London and Maudsley NHS
        # Foundation' + 'Trusts'), and an item may be a known short name ("King's College Hospital"):
        # the list may take over bodies' tokens, but no other mention's.
        taken = {i for e in doc.ents if e.label_ != "ORG" for i in range(e.start, e.end)}
        held = taken | {i for e in doc.ents if e._.org_kind != "shape" for i in range(e.start, e.end)}
        found: List[List[ListedBody]] = []  # the bodies of each list
        matches = sorted(self.matcher(doc), key=lambda m: m[1] - m[2])  # longest head first
        for match_id, h0, h1 in matches:
            if any(i in held for i in range(h0, h1)):
                continue
            head = self.singular[self.nlp.vocab.strings[match_id]]
            head_end = h1
            if h0 > 3 and doc[h0 - 1].text == ")" and doc[h0 - 3].text == "(" and doc[h0 - 2].is_upper:
                h0 = head_end = h0 - 3  # 'the Bristol, North Somerset and South Gloucestershire (BNSSG) CCGs'
            start = h0
            while (start > 0 and h0 - start < self.max_list_tokens and start - 1 not in taken
                   and not doc[start].is_sent_start
                   and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_CONNECTORS
                        or doc[start - 1].text in POSSESSIVE or _separates(doc, start - 1)
                        or _in_bracketed_short_form(doc, start - 1))):
                start -= 1
            bodies = self._resolve(doc, start, h0, head, head_end)
            taken.update(i for b in bodies for i in range(b.start, b.end))
            held.update(i for b in bodies for i in range(b.start, b.end))
            if bodies:
                found.append(bodies)
        return found

    def _resolve(self, doc: Doc, start: int, end: int, head: str, head_end: int) -> List[ListedBody]:
        """Items read from the last backwards, each the longest the gazetteer names ending there, so
        that an item may hold 'and' or a comma ('Coventry and Rugby and Warwickshire North CCGs',
        'Newcastle North and East'); the list stops at the first stretch no gazetteer names."""
        bodies = self._items(doc, start, end, head, head_end, joined=True)
        if len(bodies) < 2:
            # A plural head names several: 'the Bristol, North Somerset and South Gloucestershire (BNSSG)
            # CCGs' are three, though the three merged into a CCG of that name.
            bodies = self._items(doc, start, end, head, head_end, joined=False)
        if len(bodies) < 2:
            # A plural head over a name that a later merger took: 'Shropshire, Telford and Wrekin CCGs' are the
            # two CCGs before 'NHS Shropshire, Telford and Wrekin CCG'.
            bodies = self._items(doc, start, end, head, head_end, joined=True, whole=False)
        if len(bodies) < 2 and head in self.by_shape:
            bodies = self._shape_items(doc, start, end, head, head_end)
        return bodies if len(bodies) >= 2 else []

    @staticmethod
    def _shape_items(doc: Doc, start: int, end: int, head: str, head_end: int) -> List[ListedBody]:
        """Items split at the commas, and at the one 'and' of the last item or of a two-item list;
        each a run of capitalised words. An item holding 'and' is taken only between commas
        ("South London, North West London, and Kent and Medway CSUs")."""
        while start < end and (not (doc[start].is_title or doc[start].is_upper) or doc[start].lower_ == "the"):
            start += 1
        # 'The Chief Fire Officers of Cheshire and Merseyside Fire and Rescue Services': the post is no item
        post_end = plural_post_end(doc, start)
        if post_end is not None and post_end < end and doc[post_end].lower_ == "of":
            start = post_end + 1
        items, s = [], start
        for k in range(start, end + 1):
            if k == end or doc[k].text == ",":
                items.append([s, k])
                s = k + 1
        if items[-1][0] < end and doc[items[-1][0]].lower_ == "and":
            items[-1][0] += 1  # ', and Kent and Medway'
        else:
            last = items.pop()
            ands = [k for k in range(*last) if doc[k].lower_ == "and"]
            if len(ands) != 1:
                return []
            items += [[last[0], ands[0]], [ands[0] + 1, last[1]]]
        if len(items) < 2 or any(b <= a or not all(t.is_title or t.is_upper or t.lower_ in NAME_CONNECTORS
                                                    for t in doc[a:b]) for a, b in items):
            return []
        singular = head.split("|")[0]
        # an item with a head of its own keeps its name: 'King Street and University Medical Practice, Owen Road and
        # Rosebank surgeries'
        return [ListedBody(a, head_end if n == len(items) - 1 else b,
                           doc[a:b].text if doc[b - 1].text in ITEM_HEADS else f"{doc[a:b].text} {singular}", "shape")
                for n, (a, b) in enumerate(items)]

    def _items(self, doc: Doc, start: int, end: int, head: str, head_end: int, joined: bool,
               whole: bool = True) -> List[ListedBody]:
        """The list's bodies, from the last; not whole: the last item holds no comma."""
        bodies: List[ListedBody] = []
        list_end = end
        while end > start:
            item = self._longest_item(doc, start, end, head, joined, whole or end != list_end)
            if item is None:
                break
            s, hit = item
            first = s + int(doc[s].lower_ == "the")  # a span has no leading 'The', even where the name does
            bodies.insert(0, ListedBody(first, head_end if not bodies else end, hit[0], hit[1]))
            end = s
            while end > start and _separates(doc, end - 1):
                end -= 1  # ', and' before the item
            if end - 3 > start and _bracketed_short_form(doc, end - 3):
                end -= 3  # 'South East Coast (SECAmb), South Western (SWAST) and West Midlands ambulance services'
        return bodies

    def _longest_item(self, doc: Doc, start: int, end: int, head: str,
                      joined: bool = True, commas: bool = True) -> Optional[Tuple[int, List[str]]]:
        """The longest named body doc[s:end] that starts the list or follows a separator; the first
        item may carry words of the sentence before it ('In Gateshead', 'of Leicester City'). Not
        joined: an item holds no separator; no commas: the item holds no comma."""
        first_separator = next((k for k in range(start, end) if doc[k].lower_ in ITEM_SEPARATORS), end)
        last_separator = max((k for k in range(start, end) if doc[k].lower_ in ITEM_SEPARATORS), default=start)
        for s in range(start if joined else last_separator, end):
            if not commas and any(t.text == "," for t in doc[s:end]):
                continue
            # the first item may follow a preposition after commas of the sentence: 'Tracey Cox, Chief Executive of
            # BaNES, Swindon and Wiltshire CCGs'
            if s < first_separator or doc[s - 1].lower_ in ITEM_SEPARATORS | ITEM_PREPOSITIONS:
                if doc[s].lower_ in ITEM_SEPARATORS:
                    continue
                hit = self.lookup(doc, s, end, head)
                if hit is not None:
                    return s, hit
        return None

    @staticmethod
    def _bulleted_bodies(doc: Doc) -> List[Span]:
        """Unknown names among bodies listed line by line: in a bulleted list of bodies most of whose lines name a
        body alone, two or more with its place after it, a line naming no body by a few capitalised words and its
        place names one too ('• Dove House, Hull' among '• St Michael's Hospice, Harrogate', '• St Andrew's
        Hospice, Grimsby')."""
        found = []
        orgs = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"}
        posts = {c[1] for c in doc._.role_candidates or ()}
        for run in _bullet_lines(doc):
            named = [(a, b) for a, b, _ in run if (a, b) in orgs]
            placed = [(a, b) for a, b in named if _place_after(doc, b, posts)]
            if len(run) < 3 or len(placed) < 2 or 2 * len(named) <= len(run) or not _introduces_bodies(doc, run[0][0]):
                continue
            for a, b, _ in run:
                words = doc[a:b]
                if (a, b) in orgs or not MIN_LISTED_NAME_WORDS <= len(words) <= MAX_LISTED_NAME_WORDS \
                        or any(t.ent_type_ for t in words) or not all(t.is_title and t.is_alpha for t in words):
                    continue
                if not _place_after(doc, b, posts):
                    continue  # a body's line gives its place, as its neighbours' do; not a person's post
                span = Span(doc, a, b, label="ORG")
                span._.org_kind = "listed_line"
                found.append(span)
        return found

    def __call__(self, doc: Doc) -> Doc:
        bulleted = self._bulleted_bodies(doc)
        if bulleted:
            doc.ents = sorted(list(doc.ents) + bulleted, key=lambda s: s.start)
        spans = []
        lists = self.find(doc)
        for body in (b for bodies in lists for b in bodies):
            span = Span(doc, body.start, body.end, label="ORG")
            span._.canonical, span._.org_kind = body.canonical, body.kind
            spans.append(span)
        # Each list as one span, so that relations read 'of A, B, and C CCGs' as one list of bodies.
        doc.spans[SHARED_HEAD_LISTS] = [Span(doc, bodies[0].start, bodies[-1].end) for bodies in lists]
        if spans:
            listed = {i for s in spans for i in range(s.start, s.end)}
            kept = [e for e in doc.ents if not any(i in listed for i in range(e.start, e.end))]
            spans += self._acronyms_of(doc, spans, {i for e in kept + spans for i in range(e.start, e.end)})
            doc.ents = sorted(kept + spans, key=lambda s: s.start)
        return doc

    @staticmethod
    def _acronyms_of(doc: Doc, listed: List[Span], taken: set) -> List[Span]:
        """'ELFT' after 'East London and North East London foundation trusts'; 'SECAmb' in brackets after an
        item ('South East Coast (SECAmb), South Western (SWAST) and ...')."""
        orths = doc.to_array(ORTH).tolist()
        known = doc._.acronyms or {}
        new = {a: name for a, name in inferred_acronyms(doc, listed, orths).items() if a not in known}
        for span in listed:
            # between two items only: '(BNSSG) CCGs' and 'groups (CCGs)' after the last name the list
            if span.end + 3 < len(doc) and _bracketed_short_form(doc, span.end) and _separates(doc, span.end + 3) \
                    and doc[span.end + 1].text not in known:
                new[doc[span.end + 1].text] = span._.canonical
        if not new:
            return []
        doc._.acronyms = {**known, **new}
        return acronym_spans(doc, new, orths, taken)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", {"heads": self.heads, "aliases": self.aliases})

    def from_disk(self, path, exclude=tuple()) -> "OrgListRecognizer":
        tables = srsly.read_json(ensure_path(path) / "tables.json")
        self.heads, self.aliases = tables["heads"], tables["aliases"]
        self._build()
        return self


@Language.factory(
    "nhs_org_lists",
    assigns=["doc.ents", "span._.canonical", "span._.org_kind", "doc._.acronyms", "doc.spans"],
    requires=["doc.ents"],
    default_config={"max_list_tokens": 24},
)
def make_org_list_recognizer(nlp: Language, name: str, max_list_tokens: int) -> OrgListRecognizer:
    return OrgListRecognizer(nlp, name, max_list_tokens)
