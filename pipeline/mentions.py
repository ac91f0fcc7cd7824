"""Mentions of ORG and PERSON indexed by token, and relations as plain values (nhs_relations)."""

from functools import cached_property
from typing import Callable, Dict, List, Optional, Set, Tuple, TypeVar

from spacy.tokens import Doc, Span

from .relation_words import (
    BULLETS, CLAUSE_AUXILIARIES, DESCRIBED_ITEM_KINDS, DETERMINERS, FRONTED_PREPOSITIONS, LIST_DASHES, LIST_JOINERS,
    MAX_DESCRIBED_ITEM_WORDS, MAX_ITEM_NOTE_WORDS, MAX_ITEM_PLACE_WORDS, MAX_UNNAMED_ITEM_WORDS,
)
from .quotes import QuoteSpan, find_quotes
from .text_utils import BODY_REFS, doc_ents, doc_text, is_set_off_adverb

# Words of a description that a list of bodies goes on past ('A, England's largest acute NHS Trust; B'), and of
# an apposition set off by commas ('Reform, the right-wing think tank, and the Shelford Group').
MAX_DESCRIPTION_WORDS = 10
MAX_LISTED_APPOSITION_WORDS = 5

T = TypeVar("T")


class PerDoc:
    """Values the relation rules read many times from one doc (its mentions, its posts), made once: the doc's
    entities and spans do not change while nhs_relations reads it. Only the last doc's values are held, and
    forget_doc drops them, so the component keeps no doc alive."""

    _memo: Optional[Tuple[Doc, dict]] = None

    def per_doc(self, doc: Doc, make: Callable[[Doc], T]) -> T:
        if self._memo is None or self._memo[0] is not doc:
            self._memo = (doc, {})
        values = self._memo[1]
        if make not in values:
            values[make] = make(doc)
        return values[make]

    def forget_doc(self) -> None:
        self._memo = None

    def mentions(self, doc: Doc) -> "Mentions":
        return self.per_doc(doc, Mentions.of)


class Mentions:
    """ORG and PERSON mentions of a doc, indexed by their first and last tokens."""

    def __init__(self, by_start: Dict[int, Span], by_end: Dict[int, Span], orgs: List[Span]):
        self.by_start = by_start
        self.by_end = by_end
        self.orgs = orgs

    @classmethod
    def of(cls, doc: Doc) -> "Mentions":
        ents = [e for e in doc_ents(doc) if e.label_ in {"ORG", "PERSON"}]
        refs = doc.spans.get(BODY_REFS)
        if refs:
            # A later component may have read a longer mention over a reference ('Hywel Dda university
            # health boards'): the mention wins.
            taken = {i for e in ents for i in range(e.start, e.end)}
            refs = [r for r in refs if not taken.intersection(range(r.start, r.end))]
            ents = sorted(ents + refs, key=lambda e: e.start)
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
        """Runs of bodies named as one list: 'A, B and C', 'NHS England (NHSE) and NHS Improvement'.
        Read by several rules for each body noun: made once per Mentions (callers never change them)."""
        return self._groups

    @cached_property
    def _groups(self) -> List[List[Span]]:
        groups: List[List[Span]] = []
        for org in self.orgs:
            last = groups[-1][-1] if groups else None
            between = org.doc[last.end:org.start] if last is not None and org.start >= last.end else None
            opened = between is not None and _opens_a_list(groups[-1][0])  # 'Its members are: A, ...; B'
            if between is not None and not _line_opening_clause(between, org) and not _fronted_body(last, between) and (
                    all(t.lower_ in LIST_JOINERS or _bullet(t) or t.is_space for t in between)
                    or _quoted_names(between) or _bulleted_item(between) or _as_well_as(between)
                    or _apposition_then_and(between) or _described_item(between, opened)
                    or _kind_before_last_item(between) or _adverb_aside(between) or _bracketed_class(between)
                    or _unnamed_item(between) or _placed_item(between)
                    or (_semicolon_item(between) and (opened or _ends_item(org)))):
                groups[-1].append(org)
            else:
                groups.append([org])
        return groups


def _unnamed_item(between) -> bool:
    """', the Fire and Rescue Service,' between two bodies: a list item naming a service or sector, no one body
    ('NHS England, Public Health England, the Fire and Rescue Service, Age UK and the Local Government
    Association')."""
    words = [t for t in between if not t.is_space]
    if len(words) < 4 or words[0].text != "," or words[1].lower_ != "the":
        return False
    k = len(words)
    while k > 2 and words[k - 1].lower_ in {"and", "the"}:
        k -= 1
    if words[k - 1].text == ",":
        k -= 1
    elif k == len(words):
        return False  # no joiner closes the item: 'A, the Health Secretary said B'
    item = words[2:k]
    return 1 <= len(item) <= MAX_UNNAMED_ITEM_WORDS and item[0].is_title and item[-1].is_title \
        and all(t.is_title or t.lower_ in {"and", "of"} for t in item)


def _placed_item(between) -> bool:
    """' in Swindon, ' or ' in Bath, and ' between two bodies: a list's item with its place after it ('Great
    Western Hospitals in Swindon, Royal United Hospitals in Bath, and Salisbury Foundation Trust')."""
    words = [t for t in between if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "in":
        return False
    k = _place_end(words, 1)
    return k > 1 and [t.lower_ for t in words[k:]] in ([","], [",", "and"], [",", "and", "the"], [",", "the"])


def _place_end(words, k: int) -> int:
    """The end of a place's few capitalised words from words[k]: 'Milton Keynes'."""
    j = k
    while j < len(words) and j - k < MAX_ITEM_PLACE_WORDS and words[j].is_title and words[j].is_alpha:
        j += 1
    return j


def _bracketed_class(between) -> bool:
    """A short form of the body's kind in brackets before the list goes on: 'NHS Stockport Clinical Commissioning
    Group (CCG), Pennine Care NHS Foundation Trust'."""
    words = [t for t in between if not t.is_space]
    return len(words) >= 4 and words[0].text == "(" and words[2].text == ")" and words[1].is_upper \
        and words[1].is_alpha and all(t.lower_ in LIST_JOINERS for t in words[3:])


def _adverb_aside(between) -> bool:
    """'and, potentially,' between two bodies: a list's joiners around an adverb set off by commas ('Halton,
    Warrington, St Helens and, potentially, Knowsley CCGs')."""
    words = [t for t in between if not t.is_space]
    adverbs = [k for k, t in enumerate(words) if t.lower_ not in LIST_JOINERS]
    return len(adverbs) == 1 and is_set_off_adverb(words, adverbs[0])


def hedged_item(org: Span) -> bool:
    """The body is a list's item an adverb set off before it hedges: 'Knowsley' in 'Halton, Warrington, St
    Helens and, potentially, Knowsley CCGs' (the article states the others' merger, not its own)."""
    return org.start >= 3 and is_set_off_adverb(org.doc[org.start - 3:org.start], 1)


def _fronted_body(last: Span, between) -> bool:
    """The body before the comma is the object of a preposition opening the sentence: 'Within SLP, A, B and C
    share back office functions' lists A, B and C, not SLP."""
    doc = last.doc
    k = last.start - 1 - int(last.start > 1 and doc[last.start - 1].lower_ in DETERMINERS)
    return [t.text for t in between] == [","] and k >= 0 and doc[k].lower_ in FRONTED_PREPOSITIONS \
        and (k == 0 or doc[k].is_sent_start or doc[k - 1].is_space)


def _line_opening_clause(between, org: Span) -> bool:
    """The body after a line break opens a sentence that goes on ('... at A\n\nA is pleased to'): a headline
    ending in a name and the paragraph after it, not two items of a list set out line by line."""
    doc = org.doc
    return all(t.is_space for t in between) and any("\n" in t.text for t in between) \
        and org.end < len(doc) and doc[org.end].is_alpha


def _apposition_then_and(between) -> bool:
    """', the right-wing think tank, and the' between two bodies: a list whose first item has a
    description set off by commas ('organised by Reform, the right-wing think tank, and the Shelford Group')."""
    if not 5 <= len(between) <= 2 + MAX_LISTED_APPOSITION_WORDS + 3:  # a gap longer than the pattern is no list
        return False
    words = [t.lower_ for t in between]
    if words[0] != "," or words[1] not in DETERMINERS:
        return False
    tail = words[-3:] if words[-1] == "the" else words[-2:]
    middle = between[2:len(words) - len(tail)]
    return tail[:2] == [",", "and"] and 0 < len(middle) <= MAX_LISTED_APPOSITION_WORDS \
        and all(t.is_lower or t.text == "-" for t in middle)


def _kind_before_last_item(between) -> bool:
    """', and world-leading university' between two bodies: a list's last item described by its kind
    before its name ('Guy's and St Thomas', King's College Hospital, and world-leading university King's
    College London')."""
    words = [t.lower_ for t in between]
    k = 1 if words[:2] == [",", "and"] else 0
    if words[k:k + 1] != ["and"] or words[-1] not in DESCRIBED_ITEM_KINDS:
        return False
    described = between[k + 1:]
    return len([t for t in described if t.is_alpha]) <= MAX_DESCRIBED_ITEM_WORDS + 1 \
        and all((t.is_lower and t.is_alpha) or t.text == "-" for t in described)


def _opens_a_list(first: Span) -> bool:
    """A colon (or a colon and an article) stands right before the first body of a list."""
    k = first.start - 1
    if k >= 0 and first.doc[k].lower_ in DETERMINERS:
        k -= 1
    return k >= 0 and first.doc[k].text == ":"


def _quoted_names(between) -> bool:
    """"'A' and The 'B'": each body in its own quotation marks, the list's words between them."""
    return len(between) > 2 and between[0].is_quote and between[-1].is_quote \
        and all(t.lower_ in LIST_JOINERS or t.is_space for t in between[1:-1])


def _described_item(between, opened: bool) -> bool:
    """A description after a body that a list goes on past: 'Its members are: A, England's largest acute NHS
    Trust; B – the first NHS Foundation Trust of its kind; the C' (items closed by semicolons, in a list opened
    by a colon), 'A – which covers Birmingham and the Black Country – and B' (an aside between dashes)."""
    if not 4 <= len(between) <= 1 + MAX_DESCRIPTION_WORDS + 3:  # a gap longer than the pattern is no list
        return False
    words = [t.text.lower() for t in between]
    if words[0] not in {","} | LIST_DASHES:
        return False
    # The words closing the description: ';' or the closing dash, then 'and' and 'the' as they come.
    tail = words[-3:] if words[-1] == "the" else words[-2:]
    if tail[-2:] != [";", "and"] and tail[-2:] != [tail[0], "and"]:
        tail = tail[1:]
    closers = ([";"] if opened else []) + ([words[0]] if words[0] in LIST_DASHES else [])
    if tail[0] not in closers or tail[1:] not in ([], ["and"], ["the"], ["and", "the"]):
        return False
    middle = between[1:len(words) - len(tail)]
    return 0 < len(middle) <= MAX_DESCRIPTION_WORDS and not any(
        t.text in {";", ".", ":", ","} or t.is_space or t.text in LIST_DASHES for t in middle)


def _as_well_as(between) -> bool:
    """'A, B and C as well as D': the list goes on."""
    return [t.lower_ for t in between[-3:]] == ["as", "well", "as"] and all(
        t.lower_ in LIST_JOINERS for t in between[:-3])


def _bulleted_item(between) -> bool:
    """'A;\n  • B; and\n  • C': bullets with the items closed by semicolons; an item may end in its place and a
    short note in brackets ('• St Michael's Hospice, Harrogate (administrative lead)\n  • Dove House, Hull')."""
    if not any(_bullet(t) for t in between):
        return False
    k = _past_item_note(between, _past_item_place(between, 0))
    return all(t.lower_ in LIST_JOINERS or t.text == ";" or _bullet(t) or t.is_space for t in between[k:])


def _past_item_place(words, k: int) -> int:
    """Past ', Harrogate' at words[k]: a comma and a place of a few capitalised words."""
    if k >= len(words) or words[k].text != ",":
        return k
    j = _place_end(words, k + 1)
    return j if j > k + 1 else k


def _past_item_note(words, k: int) -> int:
    """Past ' (administrative lead)' at words[k]: a short note in brackets."""
    if k >= len(words) or words[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(len(words), k + MAX_ITEM_NOTE_WORDS + 2)) if words[j].text == ")"),
                 None)
    return close + 1 if close is not None else k


def _semicolon_item(between) -> bool:
    """'; ', '; the ' or '; and the ' between two items of a list set out with semicolons."""
    return [t.lower_ for t in between if not t.is_space] in ([";"], [";", "and"], [";", "the"], [";", "and", "the"])


def _ends_item(org: Span) -> bool:
    """The body ends its item of a list set out with semicolons: a semicolon, a comma, a closing bracket or
    the sentence's end follows it ('led by A; B; C; and D, aims'), not a verb ('A; B said it would not')."""
    doc = org.doc
    return org.end >= len(doc) or doc[org.end].text in {";", ",", ")", "."} or doc[org.end].is_sent_start


def breaks_line(tok) -> bool:
    """A line ends in the token or in the space after it."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def _bullet(tok) -> bool:
    """A line break or a bullet at the start of a line: the items of a bulleted list of bodies."""
    return "\n" in tok.text or (tok.text in BULLETS and tok.i > 0 and breaks_line(tok.doc[tok.i - 1]))


def sentence_before(doc: Doc, tok) -> Optional[Span]:
    """The sentence before token tok's, past the blank lines between them; None in the first."""
    k = tok.sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    return doc[k].sent if k >= 0 else None


def past_titles(doc: Doc, k: int, end: Optional[int] = None) -> int:
    """Forward from token k past the titles before a name, no further than token end: 'Professor Dame', 'Dr'
    (capitalised words no mention holds)."""
    end = len(doc) if end is None else end
    while k < end and doc[k].is_title and not doc[k].ent_type_:
        k += 1
    return k


def before_titles(doc: Doc, k: int) -> int:
    """Back from the name at token k to the first of the titles before it: 'Professor Dame Carol Black'."""
    while k > 0 and doc[k - 1].is_title and not doc[k - 1].ent_type_:
        k -= 1
    return k


def before_auxiliaries(doc: Doc, i: int, auxiliaries: Set[str] = CLAUSE_AUXILIARIES) -> int:
    """The word before the verb at token i and the auxiliaries right before it: 'who' in 'who has also led'."""
    k = i - 1
    while k > 0 and doc[k].lower_ in auxiliaries:
        k -= 1
    return k


def only_articles(tokens) -> bool:
    """The tokens hold nothing but articles and punctuation: what stands before a sentence's opening word."""
    return all(t.is_punct or t.is_space or t.lower_ in DETERMINERS for t in tokens)


def signatory_before(doc: Doc, i: int, m: "Mentions", post_nominals: set) -> Optional[Span]:
    """The name alone on the line before the line that token i opens (a letter's signatory), if any, with
    the post-nominals that may end the line: 'Professor Sir Bruce Keogh KBE'."""
    if i < 2 or not breaks_line(doc[i - 1]):
        return None
    k = i - 1 if "\n" in doc[i - 1].text else i  # past the line break token
    while k > 1 and m.person_ending_at(k) is None and doc[k - 1].text in post_nominals:
        k -= 1
    person = m.person_ending_at(k)
    if person is None:
        return None
    before = doc[person.start - 1] if person.start > 0 else None
    while before is not None and before.is_title and not before.ent_type_ and "\n" not in before.whitespace_:
        before = doc[before.i - 1] if before.i > 0 else None  # 'Professor Dame'
    return person if before is None or breaks_line(before) else None


def rel(kind: str, head: Span, tail: Optional[Span] = None, **attrs) -> dict:
    """A relation as plain values (spans are not picklable across processes)."""
    out = {"type": kind, "head": (head.start_char, head.end_char),
           "tail": (tail.start_char, tail.end_char) if tail is not None else None,
           "role": None, "trigger": None, "quote": None}
    out.update(attrs)
    return out


def speakers_at(quotes, char: int) -> List[tuple]:
    """The (start, end) of the speakers of the quotes holding character char."""
    return [q["head"] for q in quotes if q["quote"][0] <= char < q["quote"][1]]


def one_per_body(spans: List[Span]) -> List[Span]:
    """The first span of each body, in the list's order: 'A (ACR)' is one body."""
    first = {(o._.canonical or o.text): o for o in reversed(spans)}
    return list(first.values())[::-1]


def doc_quotes(doc: Doc) -> List[QuoteSpan]:
    """The doc's quotations, read once a doc by the quote and role rules alike (PerDoc.per_doc)."""
    return find_quotes(doc_text(doc))
