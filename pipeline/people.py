"""nhs_people: named people, with titles and roles outside the span, and surname back-references."""
import re
from typing import Dict, List, Optional, Set, Tuple

import numpy
import srsly
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

from . import extensions  # noqa: F401
from .roles import RoleMatch, find_roles
from .rules_io import PhraseRecord, load_first_names, load_phrases
from .text_utils import BODY_REFS, doc_text, is_capitalised_word, word_positions

APPOSITION_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
# A first name after these is a place or a thing ('at Victoria station'), not the person.
PLACE_PREPOSITIONS = {"at", "in", "the", "from", "on", "to", "into", "near"}
# Months never taken as a name alone, but first names before a surname and a speech verb ('May' is a stop word,
# read by is_stop_word_surname and _stop_word_first_name instead).
CALENDAR_FIRST_NAMES = {"April", "June", "July", "August"}
# Short forms in capitals a title may stand before that are no one's initials: 'Mr UK Jones' is no name.
NOT_INITIALS = {"NHS", "UK", "GP", "GPs", "ICT", "ASC", "HR", "IT", "MP", "MEP", "QC", "KC", "OBE", "CBE", "MBE", "DBE",
                "EU", "US", "USA", "BMA", "RCN", "CCG", "ICB", "ICS", "PCT", "PCN", "SHA", "CEO", "CFO", "COO"}
# Last words of a building's name, which a care home or hospice may keep: 'Lindsay Lodge', 'Dove House'.
BUILDING_WORDS = {"House", "Lodge", "Court", "Hall", "Centre", "Grange", "Manor", "Park", "Place", "Gardens", "View"}
# Last words of a site's or a street's name: 'Chase Farm', 'Lindsay Road'.
SITE_WORDS = BUILDING_WORDS | {"Farm", "Road", "Street", "Lane", "Square", "Avenue", "Green", "Hill", "Way", "Close"}
SITE_PREPOSITIONS = {"at", "on", "near"}  # not 'to' or 'from': 'We spoke to Tom Green'
# Lower-case particles inside a surname: 'Samia al Qadhi', 'Jan van der Berg'.
NAME_PARTICLES = {"al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "ter"}
# Words between a name and the post it is given ('Lezli Boswell has been appointed chief executive'):
# evidence of a person whose first name the name list lacks.
APPOINTMENT_LINK_WORDS = {"has", "have", "had", "been", "was", "is", "will", "be", "to", "the", "a", "new", "its",
                          "their", "as", "now", "also", "currently", "appointed", "named", "confirmed", "become",
                          "becomes", "became", "take", "takes", "took", "up", "over"}
APPOINTMENT_VERBS = {"appointed", "named", "confirmed", "become", "becomes", "became", "is", "was"}


class PersonRecognizer:
    """Find PERSON mentions from titles, roles, speech verbs, first names and known surnames."""

    def __init__(self, nlp: Language, name: str, max_name_tokens: int):
        self.nlp = nlp
        self.name = name
        self.max_name_tokens = max_name_tokens
        self.tables: Dict[str, List[List[str]]] = {"titles": [], "speech_verbs": [], "not_names": []}
        self.first_names: List[str] = []
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, titles: str = "",
                   speech_verbs: str = "", not_names: str = "", first_names: str = "") -> None:
        self.tables = {
            "titles": [list(r) for r in load_phrases(titles)],
            "speech_verbs": [list(r) for r in load_phrases(speech_verbs)],
            "not_names": [list(r) for r in load_phrases(not_names, "surname")],
        }
        self.first_names = sorted(load_first_names(first_names)) if first_names else []
        self._build()

    def _build(self) -> None:
        records = {k: [PhraseRecord(*row) for row in v] for k, v in self.tables.items()}
        self.title_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        titles = [r.phrase for r in records["titles"]]
        for title, doc in zip(titles, self.nlp.tokenizer.pipe(titles)):
            self.title_matcher.add("TITLE", [doc])
        self.title_words = {t.rstrip(".") for r in records["titles"] for t in r.phrase.split()}
        self.capital_titles = {t.upper() for t in self.title_words}  # 'MR', 'MS', 'PROFESSOR' of a witness list
        self._capital_title_words = {t.lower() for t in self.capital_titles}  # to find them in the LOWER array
        self.speech_verbs = {r.phrase.lower() for r in records["speech_verbs"]}
        self.not_names = {r.phrase for r in records["not_names"]}
        # of them, words that are also surnames: 'Ms Jennifer Welsh', 'Sir Robin Wales'
        self.surname_not_names = {r.phrase for r in records["not_names"] if r.value.lower() == "yes"}
        self.first_name_set: Set[str] = set(self.first_names) - {w.title() for w in STOP_WORDS}
        self.first_names_with_words = set(self.first_names) - self.first_name_set  # 'Will', 'May'
        self._name_words: Dict[int, bool] = {}  # by orth id: the word can be part of a name

    def is_name_word(self, tok: Token) -> bool:
        """The word itself can be part of a name (it depends on nothing else, so it is cached)."""
        found = self._name_words.get(tok.orth)
        if found is None:
            found = self._name_words[tok.orth] = (
                is_capitalised_word(tok) and tok.lower_ not in STOP_WORDS and tok.text not in self.not_names
                and tok.text.rstrip(".") not in self.title_words and not is_plural_acronym(tok.text))
        return found

    def is_name_token(self, doc: Doc, i: int, blocked: Set[int]) -> bool:
        return i not in blocked and self.is_name_word(doc[i])

    def name_end(self, doc: Doc, i: int, blocked: Set[int], titled: bool = False) -> int:
        """End of the run of name tokens starting at i (i itself where there is none); a hyphenated
        surname after a first name or a title ('Brian Webster-Henderson', 'Professor Dunkley-Bent') is
        one word of it, not 'Non-Executive'."""
        end, words = i, 0
        while end < len(doc) and words < self.max_name_tokens:
            if self.is_name_token(doc, end, blocked) or (titled and end == i and self._first_name_after_title(
                    doc, end, blocked)):
                end += 1
            elif (end - i >= 2 and doc[i].text in self.first_name_set or titled and end - i >= 1
                  or self._hyphenated_first_name(doc, i, end)) and self._joins_hyphenated(doc, end, blocked):
                end += 2
            elif end > i and (doc[i].text in self.first_name_set or titled) \
                    and (after_particles := self._particles_end(doc, end, blocked)):
                end = after_particles  # 'Samia al Qadhi', 'Jan van der Berg'
                continue
            elif end - i == 1 and doc[i].text in self.first_name_set \
                    and (after_initial := self._middle_initial_end(doc, end, blocked)):
                end = after_initial  # 'Sally C Davies', 'Sally C. Davies'
                continue
            elif end - i == 1 and doc[i].text in self.first_name_set and self.is_stop_word_surname(doc, end, blocked):
                end += 1
                break
            elif titled and end - i == 1 and doc[i].text in self.first_name_set \
                    and self._listed_word_surname(doc, end, blocked):
                end += 1  # 'Ms Jennifer Welsh': after a title and a first name
                break
            else:
                break
            words += 1
        return end

    def _hyphenated_first_name(self, doc: Doc, i: int, end: int) -> bool:
        """Two first names joined by a hyphen at the start of a name: 'Julie-Anne Little', 'Jean-Pierre'."""
        return end - i == 1 and doc[i].text in self.first_name_set and end + 1 < len(doc) \
            and doc[end + 1].text in self.first_name_set

    def _middle_initial_end(self, doc: Doc, k: int, blocked: Set[int]) -> int:
        """Past a middle initial at token k ('C' or 'C.') to the surname after it; 0 where none stands there."""
        if k in blocked or not re.fullmatch(r"[A-Z]\.?", doc[k].text):
            return 0
        j = k + 1 + int(k + 1 < len(doc) and doc[k + 1].text == ".")
        return j if j < len(doc) and self.is_name_token(doc, j, blocked) else 0

    def _initials_name_end(self, doc: Doc, k: int, blocked: Set[int]) -> int:
        """The end of a name of two or three initials written together at token k after a title and one surname
        ('Councillor MAF Hubbard': council minutes' style); k where none stands there: not a short form ('Mr UK
        Jones', 'Professor NHS Smith'), nor a post's words ('Councillor ICT Portfolio Holder Jane Smith')."""
        surname = k + 1
        if k in blocked or not re.fullmatch(r"[A-Z]{2,3}", doc[k].text) or doc[k].text in NOT_INITIALS \
                or doc[k].text in (doc._.acronyms or {}) or surname >= len(doc) \
                or not self.is_name_token(doc, surname, blocked):
            return k
        end = surname + 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[surname].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2  # a double-barrelled surname: 'Councillor MD Lloyd-Hayes'
        runs_on = end < len(doc) and doc[end].is_title and doc[end].is_alpha
        return k if runs_on else end

    def _particles_end(self, doc: Doc, k: int, blocked: Set[int]) -> int:
        """Past the lower-case particles of a surname at token k ('al', 'van der') to the name word after
        them; 0 where no particle and name word stand there."""
        j = k
        while j < min(len(doc), k + 2) and doc[j].text in NAME_PARTICLES and j not in blocked:
            j += 1
        return j if j > k and j < len(doc) and self.is_name_token(doc, j, blocked) else 0

    def _first_name_after_title(self, doc: Doc, k: int, blocked: Set[int]) -> bool:
        """A first name that is also a word never taken as a name alone ('Bill'), after a title and
        before a name word: 'Dr Bill Moyes'."""
        tok = doc[k]
        return (k not in blocked and tok.text in self.not_names and tok.text in self.first_name_set
                and k + 1 < len(doc) and self.is_name_token(doc, k + 1, blocked))

    def is_stop_word_surname(self, doc: Doc, k: int, blocked: Set[int]) -> bool:
        """A capitalised word that is also a common word ('May', 'Will'), ending a name after a first
        name or a title: 'Ruth May', 'Dr May'; never at a sentence's start, never before another
        capitalised word."""
        tok = doc[k]
        if k in blocked or not (tok.is_title and tok.is_alpha and tok.lower_ in STOP_WORDS) or tok.is_sent_start:
            return False
        return tok.text not in self.not_names and not (k + 1 < len(doc) and doc[k + 1].is_title)

    def _listed_word_surname(self, doc: Doc, k: int, blocked: Set[int]) -> bool:
        """A word the not-names list marks as also a surname ('Welsh', 'Wales') as the surname after a title and a
        first name, before punctuation or a lower-case word: 'Ms Jennifer Welsh,', not 'Ms Jane Welsh Government'."""
        tok = doc[k]
        after = doc[k + 1] if k + 1 < len(doc) else None
        return (k not in blocked and tok.is_title and tok.text in self.surname_not_names
                and (after is None or after.is_punct or after.is_lower or after.is_space))

    def _joins_hyphenated(self, doc: Doc, k: int, blocked: Set[int]) -> bool:
        # The second part may be a word that is never a name alone ('Charlesworth-May'), but not a
        # role's word ('Vice-Chancellor').
        if not (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                and k + 1 < len(doc) and k + 1 not in blocked and doc[k + 1].is_title and doc[k + 1].is_alpha):
            return False
        return not any(start <= k + 1 < end or start <= k - 1 < end
                       for start, _, end, _ in doc._.role_candidates or ())

    def __call__(self, doc: Doc) -> Doc:
        ents = self._without_named_holders(doc, doc.ents)  # built anew on every read: read once, set once at the end
        blocked = {i for ent in list(ents) + list(doc.spans.get(BODY_REFS, [])) for i in range(ent.start, ent.end)}
        roles = [self._before_closing_name(doc, r) for r in find_roles(doc)
                 if not any(i in blocked for i in range(r.start, r.end))]
        doc.spans["nhs_roles"] = [Span(doc, r.start, r.end, label=r.role) for r in roles]
        role_at_start = {r.start: r for r in roles}
        title_ends = self._title_ends(doc)
        candidates: List[Span] = []
        candidates += self._titled(doc, blocked, title_ends)
        candidates += self._capitals_titled(doc, blocked)
        for r in roles:
            candidates += self._after_role(doc, r, blocked, title_ends)
        orth_array = doc.to_array(ORTH)
        orths = orth_array.tolist()
        run_blocked = blocked | self._role_words(doc, roles)
        for i in self._name_run_starts(doc, orth_array, run_blocked):
            end = self.name_end(doc, i, run_blocked)
            if i > 0 and (self._stop_word_first_name(doc, i - 1, run_blocked)
                          and self._role_after(doc, doc[i - 1:end], role_at_start)
                          or self._month_first_name(doc, i - 1, end, run_blocked, roles)):
                i -= 1  # 'Will Smart, the current CIO at', '... in the North of England April Baskind said'
            if end - i < 2:
                continue
            span = Span(doc, i, end, label="PERSON")
            if end < len(doc) and doc[end].is_title and not doc[end].is_stop and end not in role_at_start:
                continue  # part of a longer name: "Long Term Workforce Plan"; not 'Liam Brennan President, RCoA'
            if self._has_evidence(doc, span, role_at_start):
                candidates.append(span)
        people = self._merge_attributes(filter_spans(candidates), candidates)
        people += self._surnames(doc, orths, people, blocked)
        people = filter_spans(people)
        people = filter_spans(people + self._first_names(doc, orths, people, blocked))
        self._set_canonicals(people)
        for span in people:
            if span._.role is None:
                span._.role = self._role_after(doc, span, role_at_start)
        doc.ents = filter_spans(list(ents) + people)
        return doc

    def _name_run_starts(self, doc: Doc, orths: "numpy.ndarray", blocked: Set[int]) -> List[int]:
        """Each token that can be part of a name and follows none (is_name_token of i, not of i - 1):
        the words' cached flags read with map, only words not seen before looked at, and the starts
        found with array operations instead of two loops over every token."""
        n = len(orths)
        if n == 0:
            return []
        names = list(map(self._name_words.get, orths.tolist()))
        k = -1
        while True:  # words not seen before
            try:
                k = names.index(None, k + 1)
            except ValueError:
                break
            names[k] = self.is_name_word(doc[k])
        for i in blocked:
            names[i] = False
        flags = numpy.array(names, dtype=bool)
        flags[1:] &= ~flags[:-1].copy()
        return numpy.flatnonzero(flags).tolist()

    def _role_words(self, doc: Doc, roles) -> Set[int]:
        """Words of a post that are no first name: 'ICN Chief Executive Officer Howard Catton' has no
        person 'Officer Howard Catton', 'Chairwomen Ruth FitzJohn and ...' no 'Chairwomen Ruth FitzJohn'."""
        spans = [(r.start, r.end) for r in roles] + [(start, end) for start, end, _ in doc._.plural_roles or ()
                                                     if not self._surname_after_first_name(doc, start, end)]
        return {i for start, end in spans for i in range(start, end) if doc[i].text not in self.first_name_set}

    def _surname_after_first_name(self, doc: Doc, start: int, end: int) -> bool:
        """'Jonathan Fellows' is a name, not the plural post 'fellows'."""
        return end - start == 1 and start > 0 and doc[start].is_title and doc[start - 1].is_title \
            and doc[start - 1].text in self.first_name_set

    @staticmethod
    def _merge_attributes(kept: List[Span], candidates: List[Span]) -> List[Span]:
        """Evidence found twice for one name (a title and a role) ends up on the kept span."""
        for span in kept:
            for c in candidates:
                if (c.start, c.end) == (span.start, span.end):
                    span._.title = span._.title or c._.title
                    span._.role = span._.role or c._.role
        return kept

    def _title_ends(self, doc: Doc) -> Dict[int, int]:
        """Start token -> end token of the longest title there ('Professor Sir', 'Dr')."""
        ends: Dict[int, int] = {}
        for _, start, end in self.title_matcher(doc):
            ends[start] = max(end, ends.get(start, end))
        return ends

    def _titled(self, doc: Doc, blocked: Set[int], title_ends: Dict[int, int]) -> List[Span]:
        spans = []
        for start, end in title_ends.items():
            title_end = end
            while title_end < len(doc) and doc[title_end].text == ".":
                title_end += 1
            name_end = self.name_end(doc, title_end, blocked, titled=True)
            if name_end == title_end and title_end < len(doc) and self.is_stop_word_surname(doc, title_end, blocked):
                name_end += 1  # 'Dr May'
            if name_end == title_end and (surname := self._middle_initial_end(doc, title_end, blocked)):
                name_end = self.name_end(doc, surname, blocked)  # an initial for the first name: 'Mrs J Dobson'
            if name_end == title_end:
                name_end = self._initials_name_end(doc, title_end, blocked)  # 'Councillor MAF Hubbard'
            if name_end == title_end:
                continue
            span = Span(doc, title_end, name_end, label="PERSON")
            span._.title = " ".join(t.text for t in doc[start:end])
            spans.append(span)
        # "Professor Sir Chris Ham": keep the longest title run.
        by_span: Dict[tuple, Span] = {}
        for s in spans:
            key = (s.start, s.end)
            if key not in by_span or len(s._.title) > len(by_span[key]._.title):
                by_span[key] = s
        return list(by_span.values())

    def _capitals_titled(self, doc: Doc, blocked: Set[int]) -> List[Span]:
        """A name in capitals after a title in capitals, set off by a comma, as a committee transcript lists its
        witnesses: 'MR DOUGLAS PATTISSON, Chief Executive, Hinchingbrooke Hospitals NHS Trust'."""
        spans = []
        for k in word_positions(doc, self._capital_title_words):
            if doc[k].text not in self.capital_titles:
                continue
            end = k + 1
            while end < min(len(doc), k + 1 + self.max_name_tokens) and end not in blocked and doc[end].is_upper \
                    and doc[end].is_alpha and len(doc[end]) > 1 and doc[end].text not in self.capital_titles:
                end += 1
            if end - k >= 3 and end < len(doc) and doc[end].text == ",":  # a first name and a surname at least
                span = Span(doc, k + 1, end, label="PERSON")
                span._.title = doc[k].text.title()
                spans.append(span)
        return spans

    def _after_role(self, doc: Doc, role, blocked: Set[int], title_ends: Dict[int, int]) -> List[Span]:
        """'chief executive Simon Stevens', 'NAPC chair, Dr Charles Alessi'."""
        i = role.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        title = None
        title_end = title_ends.get(i)
        if title_end is not None:
            title, i = doc[i:title_end].text, title_end
        end = self.name_end(doc, i, blocked)
        if end == i and self._stop_word_first_name(doc, i, blocked):
            end = self.name_end(doc, i + 1, blocked)  # 'Chief Executive Will Hancock said'
        if end - i < (1 if title else 2):
            return []
        span = Span(doc, i, end, label="PERSON")
        span._.role, span._.title = role.role, title
        return [span]

    def _without_named_holders(self, doc: Doc, ents: Tuple[Span, ...]) -> Tuple[Span, ...]:
        """A name shape of a first name and one more word, set off before a post, is a person: 'the Royal College
        of Surgeons of Edinburgh and Tony Oxford, CEO of the College'."""
        posts = {start for start, _, _, _ in doc._.role_candidates or ()}
        held = [e for e in ents if e.label_ == "ORG" and e._.org_kind == "shape" and len(e) == 2
                and e[0].text in self.first_name_set and e.end + 1 < len(doc) and doc[e.end].text == ","
                and e.end + 1 in posts]
        # a line of a bulleted list of bodies naming a person by their first name: '• Sarah Jones, Leeds', not '•
        # Lindsay Lodge, Scunthorpe'
        held += [e for e in ents if e.label_ == "ORG" and e._.org_kind == "listed_line"
                 and e[0].text in self.first_name_set and e[-1].text not in BUILDING_WORDS]
        return tuple(e for e in ents if e not in held) if held else ents

    def _before_closing_name(self, doc: Doc, role: RoleMatch) -> RoleMatch:
        """A Title-case field ends before the first name and surname that close it ahead of a verb or a
        punctuation mark: 'Cabinet Member for Adult Social Care and Health Michael Gosling said'."""
        k = role.end - 2
        if k <= role.start + 1 or doc[k].text not in self.first_name_set or not doc[k + 1].is_title:
            return role
        if not any(t.lower_ in {"for", "of"} for t in doc[role.start:k]):
            return role
        if role.end < len(doc) and not (doc[role.end].is_punct or doc[role.end].is_lower):
            return role
        name = f" {doc[k:role.end].text.lower()}"
        return RoleMatch(role.start, k, role.role.removesuffix(name)) if role.role.endswith(name) else role

    def _stop_word_first_name(self, doc: Doc, k: int, blocked: Set[int]) -> bool:
        """A first name that is also a common word ('Will'), right after a post and before a surname."""
        return k + 1 < len(doc) and k not in blocked and doc[k].is_title and doc[k].lower_ in STOP_WORDS \
            and doc[k].text in self.first_names_with_words and self.is_name_token(doc, k + 1, blocked)

    def _month_first_name(self, doc: Doc, k: int, end: int, blocked: Set[int], roles: List[RoleMatch]) -> bool:
        """A month that is also a first name ('April', 'June'), before a surname and a speech verb, where a name
        may stand: opening its sentence, or after a post or a capitalised word ('Red Cross operations manager for
        independent living in the North of England April Baskind said'); not 'The figures for April Hunt said',
        'Every June Smith says'."""
        if k in blocked or doc[k].text not in CALENDAR_FIRST_NAMES or doc[k].text not in self.first_name_set:
            return False
        if end != k + 2 or end >= len(doc) or doc[end].lower_ not in self.speech_verbs:
            return False
        if k == 0 or doc[k].is_sent_start:
            return True
        before = doc[k - 1]
        after_post = any(r.end == k for r in roles)
        return after_post or (before.is_title and before.is_alpha and not before.is_sent_start)

    def _has_evidence(self, doc: Doc, span: Span, role_at_start) -> bool:
        if self._names_a_site(doc, span):
            return False
        if span[0].text in self.first_name_set:
            return True
        if self._role_after(doc, span, role_at_start):
            return True
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return before in self.speech_verbs or after in self.speech_verbs or self._given_post(doc, span, role_at_start) \
            or (before in {"and", "of"} and self._appointed_as(doc, span, role_at_start))

    @staticmethod
    def _names_a_site(doc: Doc, span: Span) -> bool:
        """A first name and a place's word after a place preposition name a site, no person: 'the Royal Free at
        Chase Farm', 'a clinic on Lindsay Road'."""
        return span.start > 0 and doc[span.start - 1].lower_ in SITE_PREPOSITIONS and span[-1].text in SITE_WORDS

    @staticmethod
    def _appointed_as(doc: Doc, span: Span, role_at_start) -> bool:
        """'The appointments of Lord X and Oluwole Kolade as Non-Executive Directors of A': a listed name
        given a post (or a plural post) by 'as'."""
        k = span.end
        if k + 1 >= len(doc) or doc[k].lower_ != "as":
            return False
        k += 1 + int(doc[k + 1].lower_ in {"a", "an", "the"})
        plural_starts = {start for start, _, _ in doc._.plural_roles or ()}
        return k in role_at_start or k in plural_starts

    @staticmethod
    def _given_post(doc: Doc, span: Span, role_at_start) -> bool:
        """'Lezli Boswell has been appointed chief executive', 'X will become the new chair'."""
        for j in range(span.end, min(span.end + 6, len(doc))):
            if j in role_at_start:
                return any(t.lower_ in APPOINTMENT_VERBS for t in doc[span.end:j])
            if doc[j].lower_ not in APPOINTMENT_LINK_WORDS:
                return False
        return False

    def _role_after(self, doc: Doc, span: Span, role_at_start) -> Optional[str]:
        """'Ian Dalton, chief executive of NHSI' and 'Jeremy Hunt, the health secretary'."""
        i = span.end
        if i >= len(doc) or doc[i].text != ",":
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in APPOSITION_DETERMINERS:
            i += 1
        for j in range(i, min(i + 5, len(doc))):
            if j in role_at_start:
                between = doc[i:j]
                if all(t.ent_type_ == "ORG" or t.text in {"'s", "’s", "'", "’"} for t in between):
                    return role_at_start[j].role
                return None
        return None

    def _surnames(self, doc: Doc, orths: List[int], people: List[Span], blocked: Set[int]) -> List[Span]:
        """'Harding said' after 'Baroness Dido Harding'."""
        surnames = {p[-1].orth for p in people}
        full_names = {(p[0].orth, p[-1].orth) for p in people if len(p) == 2}
        taken = blocked | {i for p in people for i in range(p.start, p.end)}
        found = []
        for i, orth in enumerate(orths):
            if orth in surnames and i not in taken and self.is_name_token(doc, i, taken):
                # the whole name again ('Saffron Cordery' after 'Saffron Cordery said'), not its surname alone
                start = i - 1 if i > 0 and i - 1 not in taken and (orths[i - 1], orth) in full_names else i
                found.append(Span(doc, start, i + 1, label="PERSON"))
        return found

    def _first_names(self, doc: Doc, orths: List[int], people: List[Span], blocked: Set[int]) -> List[Span]:
        """'Sarah will succeed Richard Murray' after 'Sarah Woolnough': a first name standing alone,
        when one person of the article has it."""
        owners: Dict[str, Set[str]] = {}
        for p in people:
            if len(p) >= 2 and (p[0].text in self.first_name_set or self._titled_first_name(p)
                                or self._unlisted_first_name(p)):
                owners.setdefault(p[0].text, set()).add(p[-1].text)
        unique = {first for first, surnames in owners.items() if len(surnames) == 1}
        if not unique:
            return []
        taken = blocked | {i for p in people for i in range(p.start, p.end)}
        unique_orths = {get_string_id(first) for first in unique}  # a token's ORTH is its text's id
        surname_of = {get_string_id(first): next(iter(owners[first])) for first in unique}
        found = []
        for i, orth in enumerate(orths):
            surname = surname_of.get(orth)
            if surname and i + 1 < len(doc) and doc[i + 1].text == surname and i not in taken and i + 1 not in taken:
                found.append(Span(doc, i, i + 2, label="PERSON"))  # 'Jennifer Welsh' again after 'Ms Jennifer Welsh'
                continue
            if orth in unique_orths and i not in taken and not (
                    i + 1 < len(doc) and (self.is_name_token(doc, i + 1, taken)
                                          or (doc[i + 1].text == "-" and not doc[i].whitespace_))) \
                    and not (i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS):
                # not 'Sarah-Jane Smith', nor 'patients at Victoria station'
                found.append(Span(doc, i, i + 1, label="PERSON"))
        return found

    @staticmethod
    def _unlisted_first_name(person: Span) -> bool:
        """A two-word name found by other evidence opens with a first name the name list lacks: 'Crishni' of
        'current Chair Crishni Waring'."""
        first = person[0]
        return len(person) == 2 and first.is_title and first.is_alpha and len(first) > 2 \
            and first.lower_ not in STOP_WORDS and person[1].is_title

    @staticmethod
    def _titled_first_name(person: Span) -> bool:
        """A name after a title opens with a first name the name list may lack: 'Dame Yve Buckland'."""
        first = person[0]
        return bool(person._.title) and first.is_title and first.is_alpha and len(first) > 2 \
            and first.lower_ not in STOP_WORDS

    @staticmethod
    def _set_canonicals(people: List[Span]) -> None:
        """Within the article, a person's canonical is the fullest form of the name used; a first
        name alone stands for the one full name that starts with it. Where two full names share a
        surname (or a first name), each keeps its own and the short form stays as written."""
        by_surname: Dict[str, Set[str]] = {}  # surname -> the full names that end with it
        by_first: Dict[str, Set[str]] = {}  # first name -> the full names that start with it
        words = {id(p): written_name(p).split() for p in people}  # 'Dunkley-Bent' is one word of a name
        # 'Mrs I Robinson' of a members list is the article's one Robinson whose first name starts with I
        initialled = {id(p) for p in people if len(words[id(p)]) == 2 and len(words[id(p)][0].rstrip(".")) == 1}
        for p in people:
            if len(words[id(p)]) > 1 and id(p) not in initialled:
                by_surname.setdefault(words[id(p)][-1], set()).add(written_name(p))
                by_first.setdefault(words[id(p)][0], set()).add(written_name(p))
        for p in people:  # with no full name, 'J Dobson' is the fullest form for 'Dobson'
            if id(p) in initialled and words[id(p)][-1] not in by_surname:
                by_surname[words[id(p)][-1]] = {written_name(p)}

        def the_one(names: Set[str], default: str) -> str:
            return next(iter(names)) if len(names) == 1 else default

        for p in people:
            key = words[id(p)][-1]
            if id(p) in initialled:
                p._.canonical = the_one(_starting_with(by_surname.get(key, set()), words[id(p)][0][0]),
                                        written_name(p))
            elif len(words[id(p)]) > 1:
                p._.canonical = the_one(by_surname[key], written_name(p))
            elif key in by_surname:
                p._.canonical = the_one(by_surname[key], p.text)
            else:  # 'Sir David said' after Sir David Nicholson and Sir David Behan stays 'David'
                p._.canonical = the_one(by_first.get(key, set()), p.text)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", self.tables)
        srsly.write_json(path / "first_names.json", self.first_names)

    def from_disk(self, path, exclude=tuple()) -> "PersonRecognizer":
        path = ensure_path(path)
        self.tables = srsly.read_json(path / "tables.json")
        self.first_names = srsly.read_json(path / "first_names.json")
        self._build()
        return self


def _starting_with(names: Set[str], initial: str) -> Set[str]:
    """The full names whose first name starts with the initial: 'Iris Robinson' for 'I Robinson'."""
    return {n for n in names if n[0] == initial}


def is_plural_acronym(word: str) -> bool:
    """'CCGs', 'PCTs': a class of bodies, never a name."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isupper()


def full_name(span: Span) -> str:
    """The name as written, on one line: 'Brian Webster-Henderson'.

    The span's slice of the doc's text: the tokens' texts each followed by its white space (a space
    or nothing), read without a Token per word."""
    return " ".join(doc_text(span.doc)[span.start_char:span.end_char].split())


def written_name(span: Span) -> str:
    """The name as a canonical writes it: a witness list's 'DOUGLAS PATTISSON' as 'Douglas Pattisson'."""
    name = full_name(span)
    return name.title() if name.isupper() else name


@Language.factory(
    "nhs_people",
    assigns=["doc.ents", "doc.spans", "span._.title", "span._.role", "span._.canonical"],
    requires=["doc.ents", "doc._.role_candidates"],
    default_config={"max_name_tokens": 3},
)
def make_person_recognizer(nlp: Language, name: str, max_name_tokens: int) -> PersonRecognizer:
    return PersonRecognizer(nlp, name, max_name_tokens)
