"""Quote rules of nhs_relations: who is quoted saying which words (speaker -> quote)."""

import re
from itertools import takewhile
from typing import Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span, Token

from .mentions import (PerDoc, before_auxiliaries, before_titles, doc_quotes, one_per_body, past_titles, rel,
                       sentence_before)
from .quotes import QuoteSpan, strip_bounds
from .relation_words import (
    STATEMENT_NOUNS, ISSUING_VERBS, WRITING_VERBS, WRITTEN_DOCUMENTS,
    CLAUSE_WORDS, CONTINUING_VERBS, DETERMINERS, GROUP_PRONOUNS, INVERTED_SPEECH_VERBS,
    NOT_SPEAKER_PREPOSITIONS, NOUN_MARKERS, PERSON_PRONOUNS, POSSESSIVES, QUOTE_MARKS, REACTION_WORDS,
    REPORTED_CLAUSE_STARTS, JOINT_SPEECH_WORDS,
)
from .text_utils import doc_ents, doc_text

# A name, its post and a colon before a quote: "Jane Smith, chief executive of NHS Providers:".
MAX_NAME_INTRO_TOKENS = 16
# "according to A's Vice-Chancellor, Professor X": the post and titles before the name, in tokens.
MAX_POST_WORDS = 10
# A line this short, with no sentence in it, is a subheading a quote's paragraphs may run past.
MAX_SUBHEADING_WORDS = 6


def _reacting_subject(doc: Doc, intro: Span) -> List[Span]:
    """The person opening the sentence right before a quote, in its paragraph, who reacts there and no speech
    verb follows: 'Dr X, chair of A, is pleased that months of hard work had resulted in success. "Much ...'."""
    words = [t for t in intro if not t.is_space]
    if not words or words[-1].text not in {".", "!"}:
        return []
    sent = words[-1].sent
    opener = past_titles(doc, sent.start, sent.end)  # 'Dr', 'Professor'
    person = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start == opener), None)
    if person is None or sent.start < intro.start or not any(t.lower_ in REACTION_WORDS for t in sent):
        return []
    return [person]


def _holder_after_body(doc: Doc, body: Span) -> Optional[Span]:
    """The person named after a body and its post: 'said Lincolnshire South West PCT chief executive Derek
    Bray'; None where the body speaks."""
    if body.label_ != "ORG":
        return None
    posts = [r for r in doc.spans.get("nhs_roles", []) if r.start == body.end]
    if not posts:
        return None
    k = past_titles(doc, posts[0].end)  # 'Dr', 'Professor'
    return next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start == k), None)


def _after_speech_verb(doc: Doc, k: int) -> bool:
    """The name at token k follows an inverted speech verb ('said Ms Whitehead'), past its titles."""
    k = before_titles(doc, k)
    return k > 0 and doc[k - 1].lower_ in INVERTED_SPEECH_VERBS


def _signer(doc: Doc, start: int, end: int, post_nominals: set) -> Optional[Span]:
    """The person a line from character start to end signs for: a name alone (with its post-nominals:
    'Professor Sir Bruce Keogh KBE'), or a name, a comma and its post and body, with no full stop
    ('Richard Murray, CEO, The King’s Fund'); the line may stand in brackets ('(Jody Williams, 1997 Nobel Peace Prize
    Winner)')."""
    written = doc_text(doc)[start:end].rstrip()
    if written.startswith("(") and written.endswith(")"):
        start, end = start + 1, start + len(written) - 1
    line = doc.char_span(start, end, alignment_mode="contract")
    if line is None or not len(line) or len(line) > MAX_NAME_INTRO_TOKENS or line[-1].text in {".", ":"}:
        return None
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start >= line.start and e.end <= line.end]
    if not people or any(not t.is_title for t in doc[line.start:people[0].start]):
        return None
    person = people[0]
    name_end = person.end
    while name_end < line.end and (doc[name_end].text in post_nominals or (
            doc[name_end].text == "," and name_end + 1 < line.end and doc[name_end + 1].text in post_nominals)):
        name_end += 1
    alone = len(people) == 1 and name_end - person.start >= len(line) - 2
    signed = person.end < line.end and doc[person.end].text == "," and len(people) == 1
    return person if alone or signed else None


def _earlier_quote(doc: Doc, intro: Span, verb) -> Tuple[int, int]:
    """The characters of a quote before the speech verb in a quote's intro: '“A,” said X. “B”' attributes
    B to X, not to a name inside A."""
    marks = [t for t in doc[intro.start:verb.i] if t.is_quote]
    return (marks[0].idx, marks[-1].idx + 1) if len(marks) > 1 else (-1, -1)


def _after_set_off_post(doc: Doc, outro: Span, verb: Token) -> bool:
    """'"...," Tom Davidson, Director of the University of Cumbria's Centre of Excellence for Paramedic Education,
    said': a name right after the quote and a long aside set off by commas (a post, or a clause about the person:
    'Jane Smith, whose mother was treated at A, said') before the verb."""
    person = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start >= outro.start), None)
    if person is None or person.start - outro.start > 2 or person.end >= verb.i - 2 or doc[person.end].text != ",":
        return False
    post = doc[person.end + 1:verb.i - 1]
    return doc[verb.i - 1].text == "," and len(post) <= 2 * MAX_POST_WORDS \
        and not any(t.text in {",", ".", ";", ":"} or t.ent_type_ == "PERSON" for t in post)


def _subheading(line: str) -> bool:
    """A short line with no sentence in it, between two paragraphs of one quote: 'New skills'."""
    words = line.split()
    return "\n" not in line and 0 < len(words) <= MAX_SUBHEADING_WORDS and line[:1].isupper() \
        and line[-1].isalnum() and not any(m in line for m in QUOTE_MARKS)


def _issues_statement(intro: Span) -> bool:
    """A paragraph closing 'has issued this statement:' or 'issued the following statement:' before the quote."""
    words = [t.lower_ for t in intro if not t.is_punct]
    return len(words) >= 3 and words[-1] in STATEMENT_NOUNS and any(w in ISSUING_VERBS for w in words[-4:-1])


class QuoteRules(PerDoc):
    """Quote rules of nhs_relations: who is quoted saying which words (speaker -> quote)."""

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
            if intro is None or not len(intro):
                continue
            if self._speech_verb(doc, intro[-1]):
                speakers = self._speaker_around(doc, intro[-1])
            elif self._statement_from(intro[:4]) is not None or _issues_statement(intro):
                speakers = self._named_in(doc, intro)  # 'A statement from X, Chair of A:', 'X has issued this
                # statement:'
            else:
                continue
            for q0, q1 in paragraphs[n + 1:n + 1 + self.block_quote_max_paragraphs]:
                body = doc_text(doc)[q0:q1].strip()
                if not body or body[0] in QUOTE_MARKS or body.endswith(":") or body[-1] not in ".!?”’\"'":
                    break
                quote = strip_bounds(doc_text(doc), q0, q1)
                out += [rel("quote", speaker, None, quote=quote) for speaker in speakers]
                if speakers:
                    speakers_by_end[q1] = speakers
        return out, speakers_by_end

    @staticmethod
    def _statement_from(span: Span) -> Optional[int]:
        """The 'from' or 'by' after a statement noun in the span ('A statement from X'), if any."""
        doc = span.doc
        return next((t.i + 1 for t in span if t.lower_ in STATEMENT_NOUNS and t.i + 1 < span.end
                     and doc[t.i + 1].lower_ in {"from", "by"}), None)

    @staticmethod
    def _named_in(doc: Doc, span: Span) -> List[Span]:
        """The people a span names, else its bodies."""
        named = [e for e in doc_ents(doc) if span.start <= e.start and e.end <= span.end
                 and e.label_ in {"PERSON", "ORG"}]
        return [e for e in named if e.label_ == "PERSON"] or named

    def quotes(self, doc: Doc) -> List[dict]:
        out, block_speakers = self.block_quotes(doc)
        last_speakers: List[Span] = []
        last_para_end, last_closed = -1, True
        text = doc_text(doc)
        found = self.per_doc(doc, doc_quotes)
        quoted_paragraphs = {q.para_start for q in found if q.open_mark == q.para_start}
        for q in found:
            content = doc.char_span(q.start, q.end, alignment_mode="expand")
            if content is None or self._not_a_quote(doc, q, content):
                continue
            block_end = q.para_start
            while block_end > 0 and text[block_end - 1].isspace():
                block_end -= 1
            if block_end in block_speakers and q.open_mark == q.para_start:
                last_speakers, last_para_end = block_speakers[block_end], block_end  # unmarked, then marked
            speakers = self._attribute(doc, q, content)
            if not speakers and last_speakers and self._continues(text, q, last_para_end, last_closed) \
                    and not self._names_in_gap(doc, last_para_end, q.para_start):
                speakers = last_speakers
            if not speakers and q.open_mark == q.para_start:
                speakers = self._signed_pull_quote(doc, q, quoted_paragraphs) or \
                    self._speaker_from_previous_paragraph(doc, q, last_speakers)
            if not speakers:
                continue
            # One relation a speaker: 'Barking, ... Hospitals (BHRUT)' is one body.
            speakers = one_per_body(speakers)
            for s in speakers:
                out.append(rel("quote", s, None, quote=(q.start, q.end)))
            last_speakers, last_para_end, last_closed = speakers, q.para_end, q.closed
        return out

    def _signed_pull_quote(self, doc: Doc, q: QuoteSpan, quoted_paragraphs: set) -> List[Span]:
        """A paragraph that is only a quote, signed by a paragraph that is only a name, or by lines that
        each open with a name and go on with its post ('Dr Jennifer Dixon, Chief Executive, the Health
        Foundation'), as a letter is; paragraphs that go on with the quote may stand between."""
        text = doc_text(doc)
        if q.end < q.para_end - 2:
            return []
        signers: List[Span] = []
        start = q.para_end
        while start < len(text):
            while start < len(text) and text[start].isspace():
                start += 1
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if start >= end:
                break
            signer = _signer(doc, start, end, self.post_nominals)
            if signer is not None and self._speaks(doc, signer.end, end):
                break  # 'Paul Johnson, Chief Executive of Public Health Scotland said': the next quote's intro
            if signer is not None:
                signers.append(signer)
            elif signers or start not in quoted_paragraphs:
                break
            start = end
        return signers

    def _speaks(self, doc: Doc, k: int, end: int) -> bool:
        """A speech verb in lower case stands between token k and character end: the line introduces what
        follows ('..., Chief Executive of Public Health Scotland, said in a statement'); a post in title case
        is no verb ('Director of Claims')."""
        return any(t.is_lower and self._speech_verb(doc, t) for t in takewhile(lambda t: t.idx < end, doc[k:]))

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
            reported = len(words) >= 2  # 'announced that a new "hub" would open' is a scare quote
            return not any(self._speech_verb(doc, t, short_quote=True) or (reported and self._reports_clause(doc, t))
                           for t in around)
        return False

    def _reports_clause(self, doc: Doc, verb) -> bool:
        """'announced they have "decided to pause"', 'announced that they planned to form a "single group
        executive team"': reported speech, unlike 'announced a "new" body'."""
        return (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in REPORTED_CLAUSE_STARTS
                and self._speech_verb(doc, verb))

    def _attribute(self, doc: Doc, q: QuoteSpan, content: Span) -> List[Span]:
        """The speaker(s) named before the quote ('X said:') or after it ('..., said X')."""
        intro = doc.char_span(q.para_start, q.open_mark, alignment_mode="contract")
        if intro is not None and len(intro):
            verbs = [t for t in intro if self._speech_verb(doc, t)]
            found = self._speaker_around(doc, verbs[-1], _earlier_quote(doc, intro, verbs[-1])) if verbs \
                else self._name_then_colon(doc, intro)
            if found:
                return found
        after_end = self._outro_end(doc, q)
        outro = doc.char_span(q.end + 1, after_end, alignment_mode="contract") if after_end > q.end + 1 else None
        if outro is not None and len(outro):
            verbs = [t for t in outro if self._speech_verb(doc, t) and (
                t.i - outro.start <= 12 or self._attribution_clause(doc, t) or _after_set_off_post(doc, outro, t))]
            if verbs:
                return self._speaker_around(doc, verbs[0], (q.start, q.end))
        return _reacting_subject(doc, intro) if intro is not None and len(intro) else []

    @staticmethod
    def _name_then_colon(doc: Doc, intro: Span) -> List[Span]:
        """A paragraph opening with a speaker's name and a colon before the quote: 'Jane Smith: "..."',
        'Jane Smith, chief executive of NHS Providers: "..."' (reaction round-ups, interviews)."""
        words = [t for t in intro if not t.is_space]
        if not words or words[-1].text != ":" or len(words) > MAX_NAME_INTRO_TOKENS:
            return []
        first = next((e for e in doc_ents(doc) if e.label_ in {"PERSON", "ORG"} and e.start >= intro.start), None)
        if first is None or first.start >= words[-1].i or any(not t.is_title for t in doc[intro.start:first.start]):
            return []  # only a title ('Dr', 'Professor') may stand before the name
        return [first] if first.end == words[-1].i or doc[first.end].text == "," else []

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
        after = [e for e in doc_ents(doc) if e.label_ in {"PERSON", "ORG"} and verb.i < e.start <= verb.i + 3
                 and not (quoted[0] <= e.start_char < quoted[1])
                 and not any(t.is_quote or t.text == ":" for t in doc[verb.i + 1:e.start])]  # "said: ‘Marie is"
        if after and verb.lower_ in INVERTED_SPEECH_VERBS:
            return [_holder_after_body(doc, after[0]) or after[0]]
        by_role = self._person_by_role(doc, verb)
        if by_role:
            return by_role
        if not subject:
            bodies = self._bodies_speaking(doc, verb)
            if bodies:
                return bodies
        if prev is not None and prev.lower_ == "it" and not subject:
            authors = self._statement_authors(doc, verb)
            if authors:
                return authors  # 'a joint statement from Brian Booth ... and Jim Breakell ... It said:'
        if prev is not None and prev.lower_ in WRITTEN_DOCUMENTS and not subject:
            writers = self._document_writers(doc, verb)
            if writers:
                return writers  # 'X and Y have written to staff ... The letter reads:'
        if prev is not None and prev.lower_ in {"it", "they"} and not subject:
            last = self._last_before(doc, verb.i, "ORG", quoted)
            if prev.lower_ == "they" and last:
                # 'East London and North East London foundation trusts ... They said': the whole list
                group = next((g for g in self.mentions(doc).coordinated_groups() if last[0] in g), last)
                return group if len(group) > 1 else last
            return last
        if subject and not self._object_of_preposition(doc, subject[0]):
            return self._subject_list(subject)
        fronted = self._after_fronted_phrase(doc, subject, verb)
        return self._subject_list(fronted) if fronted else []

    def _after_fronted_phrase(self, doc: Doc, subject: List[Span], verb) -> List[Span]:
        """The names between the comma that closes a fronted phrase and the verb: 'In an update on the plans
        to scrap NHSE, DHSC has said', where the phrase's own names are no speakers."""
        if not subject or subject[-1].end != before_auxiliaries(doc, verb.i) + 1:
            return []
        comma = next((t.i for t in doc[subject[0].end:subject[-1].start] if t.text == ","), None)
        after = [s for s in subject if comma is not None and s.start > comma]
        opening = comma + 1 if comma is not None else 0
        while opening < len(doc) and doc[opening].lower_ in DETERMINERS:
            opening += 1  # 'In a letter to NHS England, the BMA has said'
        if not after or after[0].start != opening or self._object_of_preposition(doc, after[0]):
            return []
        return after

    def _subject_list(self, subject: List[Span]) -> List[Span]:
        """'Barts Health and BHRUT said', 'two trusts – A and B – announced': every body of the list the
        first subject opens; otherwise the first subject alone."""
        first = subject[0]
        group = next((g for g in self.mentions(first.doc).coordinated_groups() if first in g), [first])
        group = group[group.index(first):]
        names = {o._.canonical or o.text for o in group}
        return group if len(names) > 1 and all(o in subject for o in group) else [first]

    @staticmethod
    def _statement_authors(doc: Doc, verb) -> List[Span]:
        """The people (else the bodies) a statement named in the sentence before is 'from' or 'by'."""
        before = sentence_before(doc, verb)
        if before is None:
            return []
        opens = QuoteRules._statement_from(before)
        return [] if opens is None else QuoteRules._named_in(doc, doc[opens:before.end])

    def _document_writers(self, doc: Doc, verb) -> List[Span]:
        """The people who wrote, signed or sent something in the sentence before: 'NHS Borders chair John
        Raine and chief executive Jane Davidson have written to staff ...' for 'The letter reads:'."""
        before = sentence_before(doc, verb)
        if before is None:
            return []
        writing = next((t for t in before if t.lower_ in WRITING_VERBS), None)
        if writing is None:
            return []
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and before.start <= e.start and e.end <= writing.i]
        return self._coordinated(doc, people, writing) if people else []

    def _previous_statement_speakers(self, doc: Doc, verb) -> List[Span]:
        """Who spoke in the sentence before, quoted or reported ('X said the trust had never ...')."""
        before = sentence_before(doc, verb)
        if before is None:
            return []
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
        orgs, end = self._org_phrase_at(doc, k - 1, self.mentions(doc))
        return orgs if end == verb.i else []

    def _according_to(self, doc: Doc, verb) -> List[Span]:
        k = verb.i + 1
        if k < len(doc) and doc[k].lower_ == "to":
            k += 1
        while k < len(doc) and doc[k].lower_ in DETERMINERS:
            k += 1
        named = [e for e in doc_ents(doc) if e.start == k and e.label_ in {"PERSON", "ORG"}][:1]
        if named and named[0].label_ == "ORG" and named[0].end < len(doc) and doc[named[0].end].text in POSSESSIVES:
            # "according to Cardiff University's Vice-Chancellor, Professor Wendy Larner": the post's holder
            holder = self._holder_after_post(doc, named[0].end + 1)
            return [holder] if holder is not None else named
        return named

    def _holder_after_post(self, doc: Doc, k: int) -> Optional[Span]:
        """The person named after a body's post that starts at token k, within its sentence's few words."""
        m = self.mentions(doc)
        for j in range(k, min(len(doc), k + MAX_POST_WORDS)):
            person = m.person_starting_at(j)
            if person is not None:
                return person
            if not (doc[j].is_alpha or doc[j].text in {",", "-", "–"}) or doc[j].ent_type_ == "ORG":
                return None
        return None

    def _roles_once(self, doc: Doc) -> List[dict]:
        """The doc's roles, computed once for all its 'the chief executive said'."""
        return self.per_doc(doc, self.roles)

    def _person_by_role(self, doc: Doc, verb) -> List[Span]:
        """'the chief executive said': the person the article named with that role before."""
        role = next((r for r in doc.spans.get("nhs_roles", []) if r.end == verb.i), None)
        if role is None or role.start == 0 or doc[role.start - 1].lower_ not in {"the", "its", "their"}:
            return []
        holders = {r["head"] for r in self._roles_once(doc) if r["role"] == role.label_}
        named = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end <= role.start
                 and (e._.role == role.label_ or (e.start_char, e.end_char) in holders)]
        return named[-1:]

    @staticmethod
    def _coordinated(doc: Doc, people: List[Span], verb) -> List[Span]:
        """'X, and Y, chief executive of Z said' gives both X and Y; 'jointly' before the verb, every person named
        before it; otherwise the nearest subject.
        A name owning something ('welcomed Dr Cameron's appointment and added:') is not the speaker."""
        owners = [p for p in people if p.end < len(doc) and doc[p.end].text in POSSESSIVES]
        if doc[before_auxiliaries(doc, verb.i)].lower_ in JOINT_SPEECH_WORDS:
            # 'A, in a common statement with B and C, have jointly stated'; not 'X, who jointly chairs A, said'
            return [p for p in people if p not in owners]
        last = next((p for p in reversed(people) if p not in owners), people[-1])
        chosen = [last]
        for p in reversed(people[:people.index(last)]):
            between = doc[p.end:chosen[0].start]
            if p in owners or not any(t.lower_ == "and" for t in between):
                break  # 'Jane Smith and Tom Brown's colleague Ann Lee said': Ann Lee alone
            chosen.insert(0, p)
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
        """Who 'he' or 'she' before the speech verb at token i points to: the subject of the last sentence naming a
        person ('Meg Hillier MP, chair of the PAC, wrote to Jeremy Hunt ... She said:'), not a name
        after 'to' or 'with'; within the pronoun's own sentence, the last person named."""
        last = self._last_before(doc, i, "PERSON", quoted)
        if not last or last[0].sent.start == doc[i].sent.start:
            return last
        sent = last[0].sent
        opening = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if opening is not None and i > 0 and opening.lower_ == doc[i - 1].lower_ and opening.i < last[0].start \
                and opening.i + 1 < len(doc) and doc[opening.i + 1].lower_ in INVERTED_SPEECH_VERBS:
            # 'He said Sarah Dugan, who will lead the new trust, had completed ... He said:': the one named is spoken
            # of; the same pronoun before her is the subject, pointing further back
            return self._antecedent(doc, opening.i + 1, quoted) or last
        named = [e for e in doc_ents(doc) if e.label_ == "PERSON" and sent.start <= e.start and e.end <= last[0].end
                 and not (e.end < len(doc) and doc[e.end].text in POSSESSIVES)]
        inverted = [e for e in named if _after_speech_verb(doc, e.start)]
        if inverted:  # '... lodged with Minister X by July, said Ms Whitehead.' She said:
            return inverted[-1:]
        subjects = [e for e in named if not self._object_of_preposition(doc, e)]
        return subjects[:1] or last

    @staticmethod
    def _continues(text: str, q: QuoteSpan, last_para_end: int, last_closed: bool = True) -> bool:
        """Same paragraph as the last quote, or the next paragraph of a multi-paragraph quote, also past a
        subheading when the last paragraph's quote was left open ('... a local charity.\n\nNew skills\n\n“This
        project will ...')."""
        if q.para_end == last_para_end:
            return True
        gap = text[last_para_end:q.para_start].strip()
        return q.open_mark == q.para_start and (gap == "" or (not last_closed and _subheading(gap)))

    @staticmethod
    def _names_in_gap(doc: Doc, start: int, end: int) -> bool:
        """A line between two quoted paragraphs that names someone ('Tom Brown') may introduce the next speaker."""
        return any(start <= e.start_char < end for e in doc_ents(doc) if e.label_ in {"PERSON", "ORG"})

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
            return self._named_in(doc, para) if para.text.rstrip().endswith(":") and _issues_statement(para) else []
        found = self._speaker_around(doc, verbs[-1])
        if not found and doc[verbs[-1].i - 1].lower_ in GROUP_PRONOUNS and last_speakers:
            return last_speakers
        return found
