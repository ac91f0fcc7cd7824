"""Collaboration rules of nhs_relations: which bodies are stated to work together (ORG <-> ORG)."""

from itertools import combinations
from typing import Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .mentions import (
    Mentions, PerDoc, _bullet, before_auxiliaries, breaks_line, hedged_item, one_per_body,
    only_articles, rel, sentence_before, signatory_before, speakers_at,
)
from .relation_words import (
    ACCOMPANY_LINKS, BRINGING_VERBS, CONCURRENT_WORDS, COPULAS, DETERMINERS, EXPLORING_WORDS, FIRST_PERSON_PLURAL,
    HYPOTHETICAL, HYPOTHETICAL_ADJECTIVES, JOINING_VERBS, JOINT_DOCUMENTS, JOINT_WORDS, LIST_LINKS, LIST_OPENERS,
    MAX_BROUGHT_WORDS,
    MAX_JOINED_IN_WORDS, MEMBER_NOUNS, NEGATIONS, PARTICIPANT_WORDS, PARTNERSHIP_NAME_WORDS, PARTNERSHIP_NOUNS,
    LIST_DASHES, PARTNER_LINKS, PAST_POST_WORDS, PEOPLE_OF_BODIES, POSSESSIVES, SHARED_POST_WORDS, TEMPORARY_POST_WORDS,
    GROUP_WORDS, LIST_INTRODUCERS, NEXT_LIST_OPENERS, MAX_GROUP_WORDS, MAX_OPENING_PHRASE_TOKENS, MEMBERS_OF_NOUNS,
    MAX_OWNED_TRIGGER_WORDS, CLAUSE_AUXILIARIES, PLURAL_AUXILIARIES, SAME_POST_NOUNS, TIME_WORDS,
    MEMBERS_OF_VERBS, FORMING_VERBS, WHOLE_WORDS, LIST_AND, WEIGHING_NOUNS, WEIGHING_LINKS, LOOKING_LINKS,
    LISTED_BODY_NOUNS, LOOKING_VERBS, NOT_PARTNER_WORDS, REJECTING_VERBS, SET_OFF_MEMBER_LINKS,
    BULLET_LEAD_LINKS, SENTENCE_ENDS,
    MAX_UNNAMED_ITEM_WORDS,
)
from .text_utils import doc_ents, is_lower_content_word, plural_post_end, word_positions

# Words between a plural subject and its verb: 'A and B have jointly formed'.
SUBJECT_VERB_WORDS = CLAUSE_AUXILIARIES | PLURAL_AUXILIARIES
# Words that link people who stand for their bodies to the bodies: 'leads from A and B'.
PEOPLE_LINKS = {"from", "at", "of"}
# 'to share AO role with B', 'a shared chair with B': a post after one of these words, then 'with'.
SHARE_WORDS = ("share", "shares", "sharing", "shared")
POST_SHARE_DETERMINERS = {"a", "an", "the", "its", "their", "our"}
AWARD_NOUNS = {"status", "award", "awards", "prize"}
# Words before the body a fronted phrase names, which is not one of the subject's: 'as partners in the UKCRC,'.
FRONTED_LINKS = {"in", "of", "with", "at", "for"}
# Words of a post no lexicon knows before its noun: 'AO role'.
MAX_UNKNOWN_POST_WORDS = 2


def _post_sharing(doc: Doc) -> List[Tuple[int, int]]:
    """Bounds of the triggers that share a post with a partner named after 'with': 'will share its finance
    director with B', 'to share AO role with B', 'to move to a shared chair with B'."""
    posts = {r.start: r.end for r in doc.spans.get("nhs_roles", [])}
    out = []
    for i in word_positions(doc, SHARE_WORDS):
        k = i + 1
        while k < len(doc) and doc[k].lower_ in POST_SHARE_DETERMINERS:
            k += 1
        end = posts.get(k)
        if end is None:
            end = next((j for j in range(k + 1, min(len(doc), k + MAX_UNKNOWN_POST_WORDS + 1))
                        if doc[j].lower_ in SAME_POST_NOUNS and all(t.is_upper or t.is_title for t in doc[k:j])), None)
        if end is None:
            continue
        end += int(end < len(doc) and doc[end].lower_ in SAME_POST_NOUNS)
        if end < len(doc) and doc[end].lower_ == "with":
            out.append((i, end))
    return out


def _thing_named(doc: Doc, k: int, sent_end: int) -> int:
    """How many lower-case nouns at token k name what a trigger qualifies before the word that joins
    its partners: 1 in 'joint conference between A and B', 2 in 'partnership working group with B'."""
    for n in (1, 2, 3):
        if k + n < sent_end and doc[k + n].lower_ in PARTNER_LINKS and is_lower_content_word(doc[k + n - 1]) \
                and all(is_lower_content_word(t) or _names_a_thing(t) for t in doc[k:k + n - 1]):
            return n  # 'our joint QualityWatch programme with B'
    return 0


def _names_a_thing(tok) -> bool:
    """A capitalised word naming a programme, not a body: 'QualityWatch' in 'joint QualityWatch programme'."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ and not tok.is_sent_start


def _copula_between(doc: Doc, k: int, sent_end: int) -> int:
    """How many words at token k lead to 'between' through a copula or a participle: 5 in 'to be made
    public is between A, B and C' after 'partnership', 3 in 'has been agreed between'; 0 where the words
    hold a comma, a name or neither."""
    for j in range(k, min(sent_end - 1, k + 8)):
        if doc[j].text in {",", ";", ":"} or doc[j].ent_type_ or "\n" in doc[j].text:
            return 0
        if (doc[j].lower_ in COPULAS or doc[j].lower_.endswith("ed")) and doc[j + 1].lower_ == "between":
            return j + 1 - k
    return 0


def _bracketed_after_kind(doc: Doc, k: int, sent_end: int) -> int:
    """Where a list in brackets starts after a count and a kind of body at token k: 'three predecessor
    bodies (the A, ...' gives the token after '(the'; -1 where there is none."""
    j = k
    while j < min(sent_end, k + 4) and (doc[j].like_num or is_lower_content_word(doc[j])):
        j += 1
    if j == k or j + 1 >= sent_end or doc[j].text != "(" or not doc[k].like_num:
        return -1
    return j + 1 + int(doc[j + 1].lower_ in DETERMINERS)


def _past_described_group(doc: Doc, k: int, sent_end: int) -> int:
    """Past 'group of leading independent research organisations including' at token k, to the bodies it
    lists; k itself where no such phrase stands there."""
    if not (k + 2 < sent_end and doc[k].lower_ in GROUP_WORDS and doc[k + 1].lower_ == "of"):
        return k
    j = k + 2
    while j < min(sent_end, k + 2 + MAX_GROUP_WORDS) and is_lower_content_word(doc[j]):
        j += 1
        if doc[j - 1].lower_ in LIST_INTRODUCERS:
            return j + int(j < sent_end and doc[j].lower_ in DETERMINERS)
    return k


def _set_off_members(doc: Doc, trigger: Span, k: int, sent_end: int, groups: List[List[Span]]) -> List[Span]:
    """The members of a partnership set off right after it at token k, the list filling the aside: 'The
    partnership, involving A, B and C,', 'the alliance (including A and B)', 'the collaborative – A, B and C –'.
    Not a list the aside goes on past ('(A and B both declined to comment)'), nor one after a trigger that
    describes another noun ('Critics of the merger, including A and B,')."""
    if k + 1 >= sent_end or doc[k].text not in {",", "("} | LIST_DASHES or _complements_a_noun(doc, trigger):
        return []
    j = k + 1 + int(doc[k + 1].lower_ in SET_OFF_MEMBER_LINKS)
    if j == k + 1 and doc[k].text == ",":
        return []  # not 'The merger, A and B said, would': a comma alone opens a clause
    j += int(j < sent_end and doc[j].lower_ in DETERMINERS)
    group = next((g for g in groups if len(g) > 1 and g[0].start == j), [])
    closer = doc[group[-1].end].text if group and group[-1].end < len(doc) else ""
    closers = {")"} if doc[k].text == "(" else LIST_DASHES if doc[k].text in LIST_DASHES else {",", "."}
    return group if closer in closers else []


def _complements_a_noun(doc: Doc, trigger: Span) -> bool:
    """The trigger follows 'of' after another noun: 'Critics of the merger', 'opponents of the partnership'."""
    k = trigger.start
    while k > 0 and doc[k - 1].lower_ in DETERMINERS:
        k -= 1
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].is_alpha and not doc[k - 2].ent_type_


def _bullet_leads(doc: Doc, k: int, groups: List[List[Span]]) -> List[Span]:
    """The bodies opening each line of a bulleted list whose first bullet is token k, each line going on to say
    what they do with them: 'worked closely with:\n • A on developing ...\n • B and C to develop ...' gives A, B
    and C."""
    members = {o.start: g[n:] for g in groups for n, o in enumerate(g)}
    leads: List[Span] = []
    j = k
    while j < len(doc) and _bullet(doc[j]):
        while j < len(doc) and (_bullet(doc[j]) or doc[j].is_space):
            j += 1
        line_end = next((i for i in range(j, len(doc)) if breaks_line(doc[i])), len(doc))
        j += int(j < len(doc) and doc[j].lower_ in DETERMINERS)
        unnamed = j
        while unnamed < line_end and doc[unnamed].is_title and not doc[unnamed].ent_type_:
            unnamed += 1  # 'Rainbows and B': a first partner no lexicon knows
        if unnamed > j and unnamed + 1 < line_end and doc[unnamed].lower_ in LIST_AND:
            j = unnamed + 1
        opening = [o for o in members.get(j, []) if o.end <= line_end]
        opening = [o for o in opening if not any(t.text in {",", ";", ":"} for t in doc[opening[0].end:o.start])]
        if opening and (opening[-1].end >= line_end or doc[opening[-1].end].lower_ in BULLET_LEAD_LINKS):
            leads += opening  # not '• A funding of £2m from April': a body that is no one's partner
        j = line_end + 1 if line_end < len(doc) and not doc[line_end].is_space else line_end
    return leads


def _closing_items(doc: Doc, k: int, sent_end: int, groups: List[List[Span]]) -> List[Span]:
    """The bodies closing a list at token k whose first items name no body: 'in partnership with the three
    Manchester CCGs, people affected by cancer, GPs, St Ann's Hospice and Manchester City Council.' gives the
    hospice and the council; the list ends the sentence, so no clause of their own follows them."""
    for group in filter(None, groups):
        start, end = group[0].start, group[-1].end
        if start <= k or start >= sent_end:
            continue
        opening = start - 1 - int(doc[start - 1].lower_ in LIST_AND and doc[start - 2].text == ",")
        if start < 2 or (doc[opening].text != "," and doc[opening].lower_ not in LIST_AND) or not (
                end >= sent_end or doc[end].text in SENTENCE_ENDS or doc[end].is_space):
            return []
        between = doc[k:opening]
        commas = [t.i for t in between if t.text == ","]
        items = zip([k] + [c + 1 for c in commas], commas + [opening])
        if not commas or any(t.text in {";", ":", "(", ")"} or t.is_quote or t.ent_type_ == "PERSON" for t in between) \
                or any(b - a > MAX_UNNAMED_ITEM_WORDS for a, b in items):
            return []
        return group
    return []


def _past_unnamed_item(doc: Doc, k: int, sent_end: int) -> int:
    """Past a list's first item that names no body the lexicon knows ("King's," in 'joined forces with
    King's, UCL and Oxford University', 'signed by A Integrated Care, B, ...'): capitalised words, a possessive
    allowed, and a comma; -1 where no such item stands at token k. The caller takes it only before a list of two
    or more."""
    j = k
    while j < min(sent_end, k + MAX_UNNAMED_ITEM_WORDS) and not doc[j].ent_type_ and (doc[j].text[:1].isupper() or
                                                                  (j > k and doc[j].text in POSSESSIVES)):
        j += 1
    return j + 1 if k < j < sent_end - 1 and doc[j].text == "," else -1


def _listed_in_next_sentence(doc: Doc, trigger: Span, groups: List[List[Span]]) -> List[Span]:
    """The partners a trigger names only in general, listed by the next sentence: 'in partnership with a range of
    local providers. These include A, B and C', 'working with partners across the region. This includes
    representatives from A, B and C'."""
    sent = trigger.sent
    if sent.end >= len(doc) or any(t.ent_type_ == "ORG" for t in doc[trigger.end:sent.end]):
        return []
    k = sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    opener = next((o for o in NEXT_LIST_OPENERS if [t.lower_ for t in doc[k:k + len(o)]] == list(o)), None)
    if opener is None:
        return []
    k = _past_people_of_bodies(doc, k + len(opener), len(doc), PEOPLE_LINKS)  # 'representatives from A, B and C'
    while k < len(doc) and (doc[k].text == ":" or doc[k].lower_ in DETERMINERS or doc[k].is_space):
        k += 1
    return next((g for g in groups if len(g) >= 2 and g[0].start == k), [])


def _listed_after_colon(doc: Doc, trigger: Span, groups: List[List[Span]]) -> List[Span]:
    """The bodies a sentence that names none lists after its closing colon, its subject their kind: 'Seven
    hospices in Humber and North Yorkshire have formed a collaborative and signed a memorandum of understanding
    (MOU):' and a bulleted list; not 'The report on joint working was sent to:'."""
    sent = trigger.sent
    last = sent.end - 1
    while last > trigger.end and doc[last].is_space:
        last -= 1
    if not doc[last].text.endswith(":") or any(t.ent_type_ in {"ORG", "PERSON"} for t in sent) \
            or not any(t.lower_ in LISTED_BODY_NOUNS for t in doc[sent.start:trigger.start]) \
            or any(t.lower_ in NOT_PARTNER_WORDS | NEGATIONS for t in sent):  # '(MOU):'
        return []  # not 'The trusts which have left the collaborative are:', 'Providers bidding against each other
    k = last + 1
    while k < len(doc) and (doc[k].is_space or _bullet(doc[k])):
        k += 1
    return next((g for g in groups if len(g) >= 2 and g[0].start == k), [])


def _past_people_of_bodies(doc: Doc, k: int, end: int, links: set) -> int:
    """Past people who stand for their bodies at token k and the word that links them to the bodies: 'leads from
    (the)', 'partners including', a plural post and 'of' ('the Chief Executives of')."""
    if k + 1 < end and doc[k].lower_ in PEOPLE_OF_BODIES and doc[k + 1].lower_ in links:
        return k + 2 + int(k + 2 < end and doc[k + 2].lower_ in DETERMINERS)
    post_end = plural_post_end(doc, k)
    if post_end is not None and post_end + 1 < end and doc[post_end].lower_ in links:
        return post_end + 1 + int(doc[post_end + 1].lower_ in DETERMINERS)  # 'the Chief Executives of the A, B'
    return k


def _opens_clause(doc: Doc, sent_start: int, k: int) -> bool:
    """Token k opens its sentence's main clause: nothing but punctuation before it, an adverb ('Currently the
    Trust works'), or a short opening phrase naming nobody set off by a comma ('In a ground breaking move, the
    Trust is working with')."""
    before = [t for t in doc[sent_start:k] if not (t.is_space or t.is_quote)]
    if all(t.is_punct for t in before) or (len(before) == 1 and before[0].lower_.endswith("ly")):
        return True
    return len(before) <= MAX_OPENING_PHRASE_TOKENS and before[-1].text == "," \
        and not any(t.ent_type_ or t.text in {",", ";", ":"} for t in before[:-1])


def _fronted_subject(doc: Doc, trigger: Span, groups: List[List[Span]]) -> List[Span]:
    """The subject after a sentence's fronted trigger set off by a comma: 'Working together, as partners in
    the UKCRC, A, B, C and D have committed funding' (a list of bodies its verb follows)."""
    sent = trigger.sent
    opening = [t for t in doc[sent.start:trigger.start] if not (t.is_punct or t.is_space)]
    if len(opening) > 1 or (opening and not opening[0].lower_.endswith("ing")) \
            or trigger.end >= sent.end or doc[trigger.end].text != ",":
        return []
    for group in groups:
        if group and group[0].start > trigger.end and group[-1].end < sent.end \
                and doc[group[-1].end].lower_ in SUBJECT_VERB_WORDS:
            # the body of the fronted phrase is not one of the subject's: 'as partners in the UKCRC, A, B'
            k = group[0].start - int(doc[group[0].start - 1].lower_ in DETERMINERS)
            fronted = {group[0]._.canonical or group[0].text} if doc[k - 1].lower_ in FRONTED_LINKS else set()
            return [o for o in one_per_body(group) if (o._.canonical or o.text) not in fronted]
    return []


def _forms_a_body(doc: Doc, last: Span, m: "Mentions") -> bool:
    """'to create Nottinghamshire Mind': the list ends in the purpose of forming a named body (not 'to create a
    new training programme')."""
    to = last.end
    if to + 1 >= len(doc) or doc[to].lower_ != "to" or doc[to + 1].lower_ not in FORMING_VERBS - {"become", "became"}:
        return False
    named = to + 2
    while named < len(doc) and doc[named].lower_ in DETERMINERS:
        named += 1
    return m.org_starting_at(named) is not None


def _speaks_of_past(sent: Span) -> bool:
    """The sentence speaks of a post held before: 'the former chief executive of A', 'previously'."""
    return any(t.lower_ in PAST_POST_WORDS or t.lower_ == "previously" for t in sent)


def _signature_line(doc: Doc, head: Span, org: Span) -> bool:
    """'Mary Hutton, Accountable Officer, NHS Gloucestershire Clinical Commissioning Group' alone on its line: a
    name, a post and a body signing a document."""
    opens = head.start == 0 or breaks_line(doc[head.start - 1])
    closes = org.end >= len(doc) or breaks_line(doc[org.end - 1]) or "\n" in doc[org.end].text
    return opens and closes and org.start > head.end and doc[head.end].text == ","


def _describes_the_trigger(between: Span) -> bool:
    """A few words describing a trigger its owner owns ('long-standing', 'successful'), none a function word."""
    return len(between) <= MAX_OWNED_TRIGGER_WORDS \
        and all((t.is_lower and t.is_alpha and not t.is_stop) or t.text == "-" for t in between)


def _owns_the_trigger(doc: Doc, org: Span, trigger: Span) -> bool:
    """"A's partnership with B", "A's long-standing alliance with B": the thing the body owns is the trigger, with
    a few words describing it between ('A's response to the merger with B' is no such thing)."""
    return _describes_the_trigger(doc[org.end + 1:trigger.start])


def _owned_by_first_person(doc: Doc, trigger: Span) -> bool:
    """'our successful partnership with B', 'our long-term alliance with B': the trigger is the speaker's."""
    start = max(0, trigger.start - MAX_OWNED_TRIGGER_WORDS - 1)
    ours = [k for k in range(start, trigger.start) if doc[k].lower_ == "our"]
    return bool(ours) and _describes_the_trigger(doc[ours[-1] + 1:trigger.start])


def _weighed(doc: Doc, k: int) -> bool:
    """'a formal consultation on a possible merger', 'explore a potential merger', 'looking at a possible merger',
    'a review of a potential merger': the adjective at token k names a plan being weighed, not one only thought
    of; not 'hinted at a potential merger', 'rejected a consultation on a possible merger'."""
    j = k - 1 - int(k > 0 and doc[k - 1].lower_ in DETERMINERS)
    if j < 1:
        return False
    if doc[j].lower_ in EXPLORING_WORDS - LOOKING_LINKS:
        return True
    if doc[j].lower_ in LOOKING_LINKS:
        return doc[j - 1].lower_ in LOOKING_VERBS
    noun = j - 1
    if not (doc[j].lower_ in WEIGHING_LINKS and doc[noun].lower_ in WEIGHING_NOUNS):
        return False
    return not any(t.lower_ in REJECTING_VERBS for t in doc[max(0, noun - 3):noun])


def _by_after_time_words(doc: Doc, k: int, sent_end: int) -> Optional[int]:
    """Where 'by' stands at token k or after a few words of time ('jointly last year by', 'jointly in 2015 by')."""
    for j in range(k, min(sent_end, k + 4)):
        if doc[j].lower_ == "by":
            return j
        if not (doc[j].lower_ in TIME_WORDS or doc[j].like_num):
            return None
    return None


def _from_a_source(doc: Doc, k: int) -> bool:
    """The list at token k follows 'from' as where something comes from ('approval from A/B'), not as the bodies of
    the people who act ('Representatives from A, B and C signed')."""
    return k > 1 and doc[k - 1].lower_ == "from" and doc[k - 2].lower_ not in PEOPLE_OF_BODIES


def _between_other_things(doc: Doc, trigger: Span) -> bool:
    """The trigger names its own sides, which are no bodies: 'collaboration between health and education'."""
    k = trigger.end
    return k + 1 < len(doc) and doc[k].lower_ == "between" and doc[k + 1].is_alpha and doc[k + 1].is_lower \
        and not doc[k + 1].is_stop and not doc[k + 1].ent_type_


def _names_an_award(doc: Doc, trigger: Span) -> bool:
    """A capitalised trigger word naming an award or a status: 'were all awarded Marmot Partnership Status',
    'won the Partnership of the Year award'."""
    if not trigger[-1].is_title or trigger.end >= len(doc):
        return False
    return doc[trigger.end].lower_ in AWARD_NOUNS or [t.lower_ for t in doc[trigger.end:trigger.end + 3]] == [
        "of", "the", "year"]


def _bracketed_after(a: Span, b: Span) -> bool:
    """One body is the other's short form in brackets right after it: 'the Isle of Wight Council (IOW Council)'."""
    first, second = sorted((a, b), key=lambda s: s.start)
    doc = a.doc
    return second.start == first.end + 1 and doc[first.end].text == "(" and second.end < len(doc) \
        and doc[second.end].text.startswith(")")


def _new_pairs(pairs: List[Tuple[Span, Span]], trigger: str, seen: set) -> List[dict]:
    """The relations of pairs of two bodies not paired before; a body a list's aside hedges ('and, potentially,
    Knowsley CCGs') pairs with none."""
    out = []
    for a, b in pairs:
        key = frozenset(((a._.canonical or a.text), (b._.canonical or b.text)))
        if len(key) == 2 and key not in seen and not (hedged_item(a) or hedged_item(b)) and not _bracketed_after(a, b):
            seen.add(key)
            out.append(rel("collaboration", a, b, trigger=trigger))
    return out


def _members_of_pairs(doc: Doc, groups: List[List[Span]]) -> List[Tuple[Span, Span, str]]:
    """'The four founders of the UKCMRI were A, B, C and D', 'The members of the alliance are A, B and C': a
    sentence opening with the members of a body, a copula and their list pairs the members with each other."""
    out = []
    starts = {g[0].start: g for g in groups if len(g) > 1}
    for i in word_positions(doc, MEMBERS_OF_NOUNS):
        sent = doc[i].sent
        if i + 2 >= sent.end or doc[i + 1].lower_ != "of" \
                or not all(t.lower_ in DETERMINERS or t.like_num or t.lower_ == "founding" for t in doc[sent.start:i]):
            continue
        verb = next((j for j in range(i + 2, min(sent.end, i + 10)) if doc[j].lower_ in MEMBERS_OF_VERBS), None)
        if verb is None or any(t.text in {",", ";", ":"} for t in doc[i + 2:verb]):
            continue
        k = verb + 1 + int(verb + 1 < sent.end and doc[verb + 1].lower_ in DETERMINERS)
        group = starts.get(k, [])
        out += [(a, b, doc[i].lower_) for a, b in combinations(group, 2)]
    return out


class CollaborationRules(PerDoc):
    """Collaboration rules of nhs_relations: which bodies are stated to work together (ORG <-> ORG)."""

    def collaborations(self, doc: Doc, roles: Tuple[dict, ...] = (), quotes: Tuple[dict, ...] = ()) -> List[dict]:
        """Pairs of bodies a trigger word joins: 'A and B plan closer collaboration', 'A ... work in
        partnership with B', 'a joint A/B event', 'combine A and B', 'in a joint statement, A's chief
        executive and B's chief executive said'. Naming two bodies near a trigger is not enough: they
        must be its subject list, stand right after it, or be the bodies of its joint speakers."""
        m = self.mentions(doc)
        inside_orgs = {i for o in m.orgs for i in range(o.start, o.end)}
        groups = [[o for o in g if self._listed_partner(doc, o, g)] for g in m.coordinated_groups()]
        out, seen = [], set()
        shared_posts = [(self.nlp.vocab.strings["SUBJECT"], start, end) for start, end in _post_sharing(doc)]
        for match_id, start, end in list(self.trigger_matcher(doc)) + shared_posts:
            trigger = doc[start:end]
            if inside_orgs.intersection(range(start, end)) or self._hedged(doc, trigger) \
                    or _names_an_award(doc, trigger):
                # 'NHS Alliance', 'Cavendish Coalition'; 'cannot merge', 'if they were to merge'; 'Partnership Status'
                continue
            subject_only = self.nlp.vocab.strings[match_id] == "SUBJECT"
            if trigger.text.lower() in self.adjacent_triggers and not any(o.end == start for o in m.orgs):
                continue  # 'sees A, B and C under one roof', not 'brings A's and B's care under one roof'
            pairs = self._partner_pairs(doc, trigger, groups, m, subject_only)
            if quotes and (not pairs or _owned_by_first_person(doc, trigger)):
                # a speaker's 'we'; 'A ... from our partnership with B' is the speaker's body's, never A's
                pairs = self._speakers_partners(doc, trigger, groups, m, roles, quotes)
            if not pairs and self._names_joint_document(doc, trigger):
                pairs = (self._joint_holders(trigger, roles, m) or self._joint_document_authors(doc, trigger, groups, m)
                         or self._signatories_bodies(doc, trigger, roles, m))
            out += _new_pairs(pairs, trigger.text.lower(), seen)
        # the partnership pairs read the trigger pairs only, not the shared posts' pairs
        posts = self._placed_posts(doc, roles, m)
        for a, b, word in (self._one_partnership_pairs(doc, out, m) + self._shared_post_pairs(doc, posts)
                           + self._concurrent_post_pairs(doc, posts) + _members_of_pairs(doc, groups)):
            out += _new_pairs([(a, b)], word, seen)
        return out

    def _listed_partner(self, doc: Doc, org: Span, group: List[Span]) -> bool:
        """A body of a list may partner a trigger unless its kind never does, or its kind partners only as an item
        joined by 'and' to a list of other bodies ('in partnership between Keele University, Telford College and
        the NHS'): not 'the wider NHS', 'working with the NHS and local councils', 'To mark 70 years of the NHS,
        the Health Foundation ...'."""
        if org._.org_kind not in self.exclude_kinds:
            return True
        if org._.org_kind not in self.listed_kinds or (org.start > 0 and doc[org.start - 1].lower_ in WHOLE_WORDS):
            return False
        k = org.start
        while k > 0 and doc[k - 1].lower_ in DETERMINERS:
            k -= 1
        others = [o for o in group if o is not org and o._.org_kind not in self.exclude_kinds]
        return bool(others) and k > 0 and doc[k - 1].lower_ in LIST_AND

    @staticmethod
    def _partnership_subject(doc: Doc, sent: Span) -> Optional[str]:
        """The partnership noun of a sentence opening 'The (new A) partnership ...': 'partnership'."""
        if doc[sent.start].lower_ != "the":
            return None
        for tok in doc[sent.start + 1:min(sent.end, sent.start + 10)]:
            if tok.lower_ in PARTNERSHIP_NOUNS and not tok.ent_type_:
                return tok.lower_
            if not (tok.is_title or tok.ent_type_ or tok.lower_ in {"new", "proposed", "planned"}):
                return None
        return None

    def _one_partnership_pairs(self, doc: Doc, found: List[dict], m: "Mentions") -> List[Tuple[Span, Span, str]]:
        """Two sentences in a row that open with the same partnership name its members: 'The new A partnership
        is led by B and C. The partnership encompasses D, E and F' joins B and C with D, E and F."""
        orgs_at = {(o.start_char, o.end_char): o for o in m.orgs}
        by_sent: Dict[int, Dict[str, Span]] = {}
        for r in found:
            for end in (r["head"], r["tail"]):
                org = orgs_at.get(end)
                if org is not None:
                    by_sent.setdefault(org.sent.start, {})[org._.canonical or org.text] = org
        out = []
        for start, members in by_sent.items():
            sent = doc[start].sent
            noun = self._partnership_subject(doc, sent)
            if noun is None or sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws:
                continue
            after = doc[sent.end].sent
            if self._partnership_subject(doc, after) != noun or after.start not in by_sent:
                continue
            out += [(a, b, noun) for a in members.values() for b in by_sent[after.start].values()]
        return out

    def _placed_posts(self, doc: Doc, roles: Tuple[dict, ...], m: "Mentions") -> List[Tuple[dict, str, Span]]:
        """The posts of named people at bodies that may be partners: each role, its holder's canonical and its body."""
        orgs_at = {(o.start_char, o.end_char): o for o in m.orgs if o._.org_kind not in self.exclude_kinds}
        people = {(e.start_char, e.end_char): e._.canonical or e.text for e in doc_ents(doc) if e.label_ == "PERSON"}
        return [(r, people[r["head"]], orgs_at[r["tail"]]) for r in roles
                if r["tail"] in orgs_at and r["head"] in people]

    @staticmethod
    def _shared_post_pairs(doc: Doc, posts: List[Tuple[dict, str, Span]]) -> List[Tuple[Span, Span, str]]:
        """One person in a joint, group or in-common post at several bodies: 'Richard Mitchell, joint chief
        executive of A, B and C', 'Group CEO for A and B', 'Chair-in-Common' of two trusts."""
        held: Dict[Tuple[str, str, int, str], Dict[str, Span]] = {}
        plain: Dict[Tuple[str, str, int], List[Span]] = {}  # posts without a shared word, by holder and sentence
        for r, holder, org in posts:
            words = r["role"].replace("-", " ").split()
            word = next((w for w in SHARED_POST_WORDS if all(part in words for part in w.split())), None)
            head = doc.char_span(*r["head"], alignment_mode="expand")
            if head is None:
                continue
            if word is None:
                if org.sent.start == head.sent.start:
                    plain.setdefault((holder, r["role"], head.sent.start), []).append(org)
                continue
            # One post stated once: not a group post at A now and another group post at B before.
            key = (holder, r["role"], head.sent.start, word)
            held.setdefault(key, {}).setdefault(org._.canonical or org.text, org)
        for (person, role, sent_start, word), bodies in held.items():
            # 'South Cambridgeshire PCT chief executive Sally Hind has also been appointed joint chief executive
            # of Cambridge City PCT': the same post, without the shared word, at another body in the sentence
            own = " ".join(w for w in role.split() if w not in word.split())
            if _speaks_of_past(doc[sent_start].sent):
                continue  # 'the former chief executive of A has been appointed joint chief executive of B and C'
            for org in plain.get((person, own, sent_start), []):
                bodies.setdefault(org._.canonical or org.text, org)
        return [(a, b, key[-1]) for key, bodies in held.items() for a, b in combinations(bodies.values(), 2)]

    @staticmethod
    def _concurrent_post_pairs(doc: Doc, posts: List[Tuple[dict, str, Span]]) -> List[Tuple[Span, Span, str]]:
        """One person given the same post at two bodies, in a sentence or two that say they hold both at once:
        'X was appointed as interim Chief Executive of A, while remaining as Chief Executive and Accountable Officer
        of B', 'X as the interim Chair of A. X has been asked to take on this position alongside his existing role
        as Chair of B'. Not a post held before ('the former chief executive of A is now chief executive of B')."""
        held: Dict[Tuple[str, str], Dict[str, Span]] = {}
        for r, holder, org in posts:
            post = " ".join(w for w in r["role"].split(" and ")[0].split() if w not in TEMPORARY_POST_WORDS)
            held.setdefault((holder, post), {}).setdefault(org._.canonical or org.text, org)
        out = []
        for bodies in held.values():
            for a, b in combinations(sorted(bodies.values(), key=lambda o: o.start), 2):
                previous = sentence_before(doc, b[0]) if a.sent.start != b.sent.start else a.sent
                if previous is None or previous.start != a.sent.start:
                    continue  # the second post stands in the first's sentence or the one right after it
                if _speaks_of_past(a.sent) or _speaks_of_past(b.sent):
                    continue
                word = next((t.lower_ for t in doc[a.end:b.start] if t.lower_ in CONCURRENT_WORDS), None)
                if word is not None:  # the word stands between the posts: not 'X, now at A, will be at B, and also'
                    out.append((a, b, word))
        return out

    def _partner_pairs(self, doc: Doc, trigger: Span, groups: List[List[Span]], m: "Mentions",
                       subject_only: bool) -> List[Tuple[Span, Span]]:
        after, link = self._group_after(doc, trigger, groups)
        if not after:
            at = trigger.end + int(trigger.end < len(doc) and doc[trigger.end].lower_ in {"of", "between"})
            after = self._bodies_pointed_to(doc, at, m)  # 'integrating the trusts', 'the MoU between the two'
            link = None if after else link
        if not after and link in ACCOMPANY_LINKS:
            after = _listed_in_next_sentence(doc, trigger, groups)  # 'with a range of providers. These include'
        if after and link in LIST_LINKS:
            after = self._body_noun_item_before(doc, after[0], m) + after  # 'between the Council, A, B and ...'
        if len(after) == 1 and link == "between":
            named_after = self._partner_named_after(doc, after[0], m)
            if len(named_after) > 1:
                return [(after[0], b) for b in named_after]  # 'between A and the local hospices – B and C –'
            after += named_after
        elif len(after) == 1 and link == "of" and after[0].end + 1 < len(doc) and doc[after[0].end].lower_ == "with":
            after += self._partner_at(doc, after[0].end + 1, m)  # 'the merger of A with B'
        after = one_per_body(after)
        before = self._group_before(doc, trigger, groups, m)
        if not before and not after:
            listed = _listed_after_colon(doc, trigger, groups)
            if listed:
                return list(combinations(listed, 2))  # 'Seven hospices have formed a collaborative:\n • A\n • B'
        if trigger.text.lower() in self.member_of_triggers:
            # 'A, B and C are members of the X Alliance': the members pair with each other (guidelines, rule 25)
            named_partnership = len(after) == 1 and any(t.lower_ in PARTNERSHIP_NAME_WORDS for t in after[0])
            # the list is the trigger's subject: 'A, B and C have formed the X Collaborative', not 'a partnership
            # with A, B and C to form the X Group'
            subject = bool(before) and all(t.lower_ in SUBJECT_VERB_WORDS for t in doc[before[-1].end:trigger.start])
            return list(combinations(before, 2)) if named_partnership and subject else []
        if not before and after and (link in ACCOMPANY_LINKS or trigger.text.lower() in self.object_triggers) \
                and self._trigger_opens_sentence(doc, trigger):
            if len(after) >= 2 and link in ACCOMPANY_LINKS:
                return list(combinations(after, 2))  # 'Together with A, B opened': its subject follows the comma
            inverted = self._inverted_subject(doc, after, trigger.sent.end, groups) if link in ACCOMPANY_LINKS else []
            if inverted:
                return list(combinations(after + inverted, 2))  # 'Joining forces with A to deliver them are B and C'
            before = self._agent_after(doc, after, trigger.sent.end, m)
        if len(after) == 1 and trigger.text.lower() in self.into_triggers:
            return [(a, after[0]) for a in before]  # 'HEE, NHS Digital and NHSX will become part of NHS England'
        if after and trigger.text.lower() in self.object_triggers and self._names_a_thing_of(doc, after[-1]):
            return []  # 'NHS England will also run the NHS Confederation conference', 'also lead A's response'
        if after and (link in ACCOMPANY_LINKS or trigger.text.lower() in self.object_triggers):
            # 'A is joining forces with B and C to create D': the bodies after 'with' form D together too
            forming = link in ACCOMPANY_LINKS and _forms_a_body(doc, after[-1], m)
            co_founders = list(combinations(after, 2)) if forming else []
            return [(a, b) for a in before for b in after] + list(combinations(before, 2)) + co_founders
        if len(after) >= 2 and link in LIST_LINKS:
            owner = self._partners_owner(doc, trigger, m)  # 'A and partners B, C and D'
            return [(owner, b) for b in after if owner is not None] + list(combinations(after, 2))
        if len(after) == 1:
            into = self._merged_into(doc, after[0], trigger.sent.end, groups)
            if into is not None:
                return [(after[0], into)]  # 'merge A, a body that ..., into B'
        if subject_only and not before and not after:
            return list(combinations(_fronted_subject(doc, trigger, groups), 2))
        named = len(after) == 1 and link is None and self._names_trigger(doc, trigger, after[0])
        if subject_only and not after and _between_other_things(doc, trigger):
            return []  # 'A, B and C call for closer collaboration between health and education'
        if subject_only and (not after or named):
            return list(combinations(before, 2))  # 'A, B and C signed contracts to form a partnership - X LLP -'
        return []

    @staticmethod
    def _names_trigger(doc: Doc, trigger: Span, body: Span) -> bool:
        """The body set off right after the trigger names what it is: 'a partnership - Health Services
        Laboratories LLP -', 'a new alliance, the X Alliance,'."""
        between = [t for t in doc[trigger.end:body.start] if t.lower_ not in DETERMINERS]
        return len(between) == 1 and between[0].text in {",", "("} | LIST_DASHES

    def _partner_named_after(self, doc: Doc, body: Span, m: "Mentions") -> List[Span]:
        """'a partnership between A and its strategic partner, B': the body set off after 'and its' and
        a description of up to three words; 'between A and the local hospices – B in Hastings and C in
        Eastbourne –': the bodies of an aside between dashes after the description."""
        k = body.end
        if k + 2 >= len(doc) or doc[k].lower_ != "and" or doc[k + 1].lower_ not in {"its", "their", "the"}:
            return []
        j = k + 2
        while j < min(len(doc), k + 5) and is_lower_content_word(doc[j]):
            j += 1
        if j == k + 2 or j + 1 >= len(doc) or doc[j].text not in {","} | LIST_DASHES:
            return []
        if doc[j].text in LIST_DASHES:
            close = next((c for c in range(j + 1, doc[j].sent.end) if doc[c].text == doc[j].text), j)
            return [o for o in m.orgs if j < o.start and o.end <= close and o._.org_kind not in self.exclude_kinds]
        return self._partner_at(doc, j + 1, m) if doc[k + 1].lower_ != "the" else []

    @staticmethod
    def _trigger_opens_sentence(doc: Doc, trigger: Span) -> bool:
        """'Together with A, ...', 'The acquisition of A by B': nothing but an article before the trigger."""
        return only_articles(doc[trigger.sent.start:trigger.start])

    @staticmethod
    def _inverted_subject(doc: Doc, after: List[Span], sent_end: int, groups: List[List[Span]]) -> List[Span]:
        """The subject a sentence opening with its trigger puts after 'are': B, C and D in 'Joining forces with
        A to deliver these services are B, C and D' (every body of it working with A and each other)."""
        verb = next((k for k in range(after[-1].end, sent_end) if doc[k].lower_ in {"are", "is", "were", "was"}),
                    None)
        if verb is None or any(t.ent_type_ for t in doc[after[-1].end:verb]):
            return []
        start = verb + 1 + int(verb + 1 < sent_end and doc[verb + 1].lower_ in DETERMINERS)
        return next((g for g in groups if g and g[0].start == start), [])

    def _agent_after(self, doc: Doc, after: List[Span], sent_end: int, m: "Mentions") -> List[Span]:
        """The agent of a takeover noun: B in 'The acquisition of A by B'."""
        k = after[-1].end
        return self._partner_at(doc, k + 1, m) if k + 1 < sent_end and doc[k].lower_ == "by" else []

    def _partner_at(self, doc: Doc, k: int, m: "Mentions") -> List[Span]:
        """The body named at token k, past an article, unless it is of a kind never a partner."""
        org = m.org_starting_at(k + int(doc[k].lower_ in DETERMINERS))
        return [org] if org is not None and org._.org_kind not in self.exclude_kinds else []

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
        bodies = self._speaker_bodies(doc, trigger.start_char, m, roles, quotes)
        return [(a, b) for a in bodies for b in after if b._.org_kind not in self.exclude_kinds]

    @staticmethod
    def _speaker_bodies(doc: Doc, char: int, m: "Mentions", roles, quotes) -> List[Span]:
        """The bodies a quote's 'we' or 'our' at character char stands for: a body speaking, or the
        bodies its speaking person holds a post at."""
        speakers = speakers_at(quotes, char)
        orgs_at = {(o.start_char, o.end_char): o for o in m.orgs}
        people = {(e.start_char, e.end_char): e._.canonical or e.text for e in doc_ents(doc) if e.label_ == "PERSON"}
        bodies: Dict[str, Span] = {}
        for speaker in speakers:
            if speaker in orgs_at:
                org = orgs_at[speaker]
                bodies.setdefault(org._.canonical or org.text, org)
            held, named_with = {}, {}
            said_in = doc.char_span(*speaker, alignment_mode="expand").sent if speaker in people else None
            for r in roles:
                if speaker in people and people.get(r["head"]) == people[speaker] and r["tail"] in orgs_at:
                    org = orgs_at[r["tail"]]
                    held.setdefault(org._.canonical or org.text, org)
                    if said_in.start <= org.start < said_in.end:
                        named_with.setdefault(org._.canonical or org.text, org)
            # not a speaker with posts at two bodies, one of them former, unless the words that name the speaker
            # name only one: 'X, Vice Chancellor of A, said: "our partnership with B"' (X also sits on B's board)
            if len(held) == 1 or len(named_with) == 1:
                bodies.update(held if len(held) == 1 else named_with)
        return list(bodies.values())

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

    def _body_noun_item_before(self, doc: Doc, first: Span, m: "Mentions") -> List[Span]:
        """A list's first item that points back to one body named before: 'the Council' in 'partnerships between
        the Council, A, B and the community sector'."""
        k = first.start - 3
        if k < 0 or doc[k].lower_ != "the" or doc[first.start - 1].text != "," or doc[k + 1].ent_type_:
            return []
        orgs, end = self._org_phrase_at(doc, k, m)
        orgs = [o for o in orgs if o._.org_kind not in self.exclude_kinds and o.end <= k]
        return orgs if len(orgs) == 1 and end == first.start - 1 else []

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

    def _signatories_bodies(self, doc: Doc, trigger: Span, roles: Tuple[dict, ...],
                            m: "Mentions") -> List[Tuple[Span, Span]]:
        """'Joint Letter to The Times' signed at its end by names on their own lines, each with a post at a body
        on the next: the signatories' bodies wrote it together."""
        orgs_at = {(o.start_char, o.end_char): o for o in m.orgs if o._.org_kind not in self.exclude_kinds}
        bodies: Dict[str, Span] = {}
        for r in roles:
            head = doc.char_span(*r["head"], alignment_mode="expand")
            org = orgs_at.get(tuple(r["tail"]))
            if head is None or org is None or head.start < trigger.end or head.end >= len(doc):
                continue
            signatory = signatory_before(doc, head.end + 1, m, self.post_nominals)
            if (signatory is not None and (signatory.start, signatory.end) == (head.start, head.end)) \
                    or _signature_line(doc, head, org):
                bodies.setdefault(org._.canonical or org.text, org)
        return list(combinations(bodies.values(), 2)) if len(bodies) > 1 else []

    def _joint_document_authors(self, doc: Doc, trigger: Span, groups: List[List[Span]],
                                m: "Mentions") -> List[Tuple[Span, Span]]:
        """'The Chief Executives of A, B and C have written to ... The joint letter highlights': a joint
        document points back to the list of bodies named last, in its sentence or the one before."""
        sent = trigger.sent
        authors = next((k + 1 for k in range(trigger.end + 1, min(trigger.end + 6, sent.end))
                        if doc[k].lower_ in {"from", "by"}), None)
        if authors is not None:  # 'Joint letter to The Times from A, B and C'
            authors += int(authors < sent.end and doc[authors].lower_ in DETERMINERS)
            listed = next((g for g in groups if g and g[0].start == authors), [])
            return list(combinations(listed, 2))
        comma = trigger.end + 1
        if trigger.start - sent.start <= 2 and comma + 1 < sent.end and doc[comma].text == ",":
            subject = comma + 1 + int(doc[comma + 1].lower_ in DETERMINERS)
            listed = next((g for g in groups if g and g[0].start == subject), [])
            if listed:
                return list(combinations(listed, 2))  # 'In a joint statement, A and B said'
        if any(sent.start <= o.start < sent.end and o._.org_kind not in self.exclude_kinds for o in m.orgs):
            return []  # 'In a joint letter, the BMA urged': its own sentence names who wrote it
        previous = sentence_before(doc, trigger[0]) or sent
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

    def _group_after(self, doc: Doc, trigger: Span, groups: List[List[Span]]) -> Tuple[List[Span], Optional[str]]:
        """The bodies right after a trigger and the word that joins them: ('with', [B]), ('of', [A, B])."""
        link = trigger[-1].lower_ if trigger[-1].lower_ in PARTNER_LINKS else None
        membership = trigger.text.lower() in self.membership_triggers
        if membership and not self._named_before(trigger):
            return [], link  # 'The report comprises NHS England and NHS Improvement data'
        k = trigger.end
        sent_end = trigger.sent.end
        last = sent_end - 1
        while last > trigger.end and doc[last].is_space:
            last -= 1
        if sent_end < len(doc) and doc[last].text == ":" and last == trigger.end:
            sent_end = min(len(doc), sent_end + 6)  # 'made up of:' opens a list set out line by line
        skipped = PARTNER_LINKS | DETERMINERS | {"its", "their", ":"}
        by = _by_after_time_words(doc, k, sent_end) if trigger[-1].lower_.endswith("ly") else None
        if trigger[-1].lower_.endswith("ly") and k + 1 < sent_end and doc[k].lower_.endswith("ed") \
                and doc[k + 1].lower_ == "by":
            k, link = k + 2, "between"  # 'jointly supported by A, B and C'
        elif by is not None and trigger.start > 0 and (doc[trigger.start - 1].lower_.endswith("ed")
                                                       or doc[trigger.start - 1].lower_ == "up"):
            k, link = by + 1, "between"  # 'The Board was set up jointly last year by A, B and C'
        elif k < sent_end and doc[k].lower_ == "by" and trigger.start > 0 and doc[trigger.start - 1].lower_ == "in":
            k, link = k + 1, "between"  # 'Issued jointly by: A, B and C', 'delivered in partnership by A, B, C'
        elif k + 2 < sent_end and is_lower_content_word(doc[k]) and doc[k + 1].lower_ == "by" \
                and trigger.text.lower() in JOINT_WORDS:
            k, link = k + 2, "between"  # 'a joint application by A and B'
        elif k + 1 < sent_end and doc[k].lower_.endswith("ed") and doc[k + 1].lower_ in {"between", "with"}:
            k += 1  # 'a memorandum of understanding signed between A and B'
        elif copula := _copula_between(doc, k, sent_end):
            k, link = k + copula + 1, "between"  # 'the partnership made public is between A and B'
        else:
            k += _thing_named(doc, k, sent_end)  # 'the first joint conference between A and B'
        first_bullet = None
        while k < sent_end and k - trigger.end < 5 and (doc[k].lower_ in skipped or _bullet(doc[k])):
            link = doc[k].lower_ if doc[k].lower_ in PARTNER_LINKS else link
            first_bullet = k if first_bullet is None and _bullet(doc[k]) else first_bullet
            k += 1  # 'made up of:' and a bulleted list
        leads = _bullet_leads(doc, first_bullet, groups) if first_bullet is not None and link in ACCOMPANY_LINKS \
            else []
        if len(leads) > 1:
            return leads, link  # 'worked closely with:\n • A on developing X\n • B to develop Y'
        if link in ACCOMPANY_LINKS or trigger.text.lower() in self.agent_triggers:
            # 'with leads from A and B', 'with partners including A and B', 'signed by representatives of A and B'
            k = _past_people_of_bodies(doc, k, sent_end, PEOPLE_LINKS | LIST_INTRODUCERS)
        if link in ACCOMPANY_LINKS:
            k = _past_described_group(doc, k, sent_end)  # 'with a group of research organisations including A'
        if trigger.text.lower() == "together" and trigger.start > 0 \
                and doc[trigger.start - 1].lower_ in BRINGING_VERBS:
            # 'brings together all hospitals that were previously part of A and B', 'brought together services
            # previously delivered by A, B and C': the list of two or more bodies later in the clause
            later = next((g for g in groups if len(g) > 1 and k <= g[0].start < min(sent_end, k + MAX_BROUGHT_WORDS)
                          and not any(t.is_punct for t in doc[k:g[0].start])), None)
            if later is not None:
                return later, "between"
        # The group starts at k, or after one modifier there: 'took over neighbouring B', or in brackets after
        # the bodies' count and kind: 'the merging of its three predecessor bodies (the A, the B, and the C)'.
        unnamed = _past_unnamed_item(doc, k, sent_end)
        set_off = _set_off_members(doc, trigger, k, sent_end, groups)
        if set_off:
            return set_off, link
        for at in (k, k + 1, _bracketed_after_kind(doc, k, sent_end), unnamed):
            for group in groups:
                starts = [o.start for o in group]
                if at in starts and (at == k or at > k + 1 or is_lower_content_word(doc[k])) \
                        and (at != unnamed or len(group) - starts.index(at) > 1):  # a list goes on past the item
                    return group[starts.index(at):], link
        closing = _closing_items(doc, k, sent_end, groups) if link in ACCOMPANY_LINKS else []
        if closing:
            return closing, link  # 'in partnership with the three CCGs, GPs, NHS trusts, A and B.'
        # 'works closely with four universities in the region: A, B; C and D'
        counted = link in ACCOMPANY_LINKS | {"of"} and k < sent_end and doc[k].like_num  # 'a partnership of three'
        if membership or counted:
            # 'comprises five hospitals: A, B ...', 'is formed of three NHS Trusts - A, B ...'
            colon = next((j for j in range(k, min(sent_end, k + 20)) if doc[j].text in LIST_OPENERS), None)
            if counted and colon is not None and any(t.text in {",", ";"} for t in doc[k:colon]):
                colon = None
            after_colon = colon + 1 + int(colon + 1 < len(doc) and doc[colon + 1].lower_ in DETERMINERS) \
                if colon is not None else None
            group = next((g for g in groups if g and g[0].start == after_colon), [])
            if len(group) >= 2:
                return group, link  # 'UCLP comprises five of London's best known hospitals: A, B, C, D and E'
        return [], link

    def _partners_owner(self, doc: Doc, trigger: Span, m: "Mentions") -> Optional[Span]:
        """The body whose partners a list is: 'King’s College London and partners A, B and C', 'A and its
        partners B and C'."""
        if trigger.text.lower() not in MEMBER_NOUNS:
            return None
        k = trigger.start - 1
        if k > 0 and doc[k].lower_ in {"its", "their"}:
            k -= 1
        if k < 1 or doc[k].lower_ != "and":
            return None
        owner = next((o for o in m.orgs if o.end == k), None)
        return owner if owner is not None and owner._.org_kind not in self.exclude_kinds else None

    @staticmethod
    def _named_before(trigger: Span) -> bool:
        """A body is named before the trigger in its sentence ('UCLP comprises', not 'Its report comprises'),
        a partnership is ('The partnership is formed of'), or the trigger names members ('The partners are')."""
        if any(t.lower_ in MEMBER_NOUNS | PARTICIPANT_WORDS for t in trigger):
            return True  # 'The partners are', 'The trusts involved are'
        doc = trigger.doc
        before = doc[trigger.sent.start:trigger.start]
        if [t.lower_ for t in before if not t.is_space] == ["it"] and trigger.sent.start > 0:
            # 'The company, Anglia Ruskin Health Partnership, aims to ... It comprises:': 'it' is the partnership
            previous = sentence_before(doc, trigger[0])
            return any(t.lower_ in PARTNERSHIP_NOUNS | {"company"} for t in previous)
        return any(e.label_ == "ORG" for e in doc_ents(doc) if trigger.sent.start <= e.start < trigger.start) \
            or any(t.lower_ in PARTNERSHIP_NOUNS for t in before)

    def _group_before(self, doc: Doc, trigger: Span, groups: List[List[Span]], m: "Mentions") -> List[Span]:
        """The list of bodies nearest before a trigger in its sentence ('NHS England (NHSE) and NHS
        Improvement (NHSI) ... working closer together'), or the bodies 'the two organisations' points to."""
        sent = trigger.sent
        nearest: List[Span] = []
        # 'A, B and C to join the Foundation Group - all of which share': 'which' points to a list
        least = 2 if doc[before_auxiliaries(doc, trigger.start)].lower_ == "which" else 1
        for group in groups:
            members = [o for o in group if sent.start <= o.start and o.end <= trigger.start
                       and (not self._owns_a_thing(doc, o) or _owns_the_trigger(doc, o, trigger))]
            if members and _from_a_source(doc, members[0].start):
                continue  # 'apply for approval from NHS Improvement/England, with a view to merging'
            if len(members) >= least:
                nearest = members
        if nearest:
            return self._joiner(doc, nearest, trigger, m) + nearest
        for tok in doc[sent.start:trigger.start]:
            if tok.lower_ == "the":
                orgs, _ = self._org_phrase_at(doc, tok.i, m)
                opens = _opens_clause(doc, sent.start, tok.i) \
                    or (tok.i > 0 and (doc[tok.i - 1].is_quote or doc[tok.i - 1].text in {":", "by"}))
                if len(orgs) >= 2 or (orgs and opens):
                    # 'the two organisations'; a subject 'The council has worked with its partners at A, B'
                    return [o for o in orgs if o._.org_kind not in self.exclude_kinds]
        return []

    @staticmethod
    def _joiner(doc: Doc, group: List[Span], trigger: Span, m: "Mentions") -> List[Span]:
        """'A joins B, C and D in £5m research collaboration': the body that joins the list before the trigger."""
        verb = group[0].start - 1
        between = doc[group[-1].end:trigger.start]
        if verb < 1 or doc[verb].lower_ not in JOINING_VERBS or not between or between[0].lower_ != "in" \
                or len(between) > MAX_JOINED_IN_WORDS or any(t.ent_type_ == "ORG" or t.is_punct for t in between):
            return []
        subject = m.org_ending_at(before_auxiliaries(doc, verb) + 1)
        return [subject] if subject is not None else []

    def _names_a_thing_of(self, doc: Doc, org: Span) -> bool:
        """A body named as the owner or the kind of a thing after it: 'A's response', 'the A conference';
        not a body noun that only says what it is ('acquiring the Burton trust')."""
        if org.end >= len(doc):
            return False
        after = doc[org.end]
        return after.text in POSSESSIVES or (is_lower_content_word(after) and after.lower_ not in self.body_nouns)

    @staticmethod
    def _owns_a_thing(doc: Doc, org: Span) -> bool:
        """"the Scottish Government's local governance review": a body named as the owner of a thing
        is not the subject of the clause."""
        return org.end + 1 < len(doc) and doc[org.end].text in POSSESSIVES and doc[org.end + 1].is_lower

    @staticmethod
    def _hedged(doc: Doc, trigger: Span) -> bool:
        """Negated or hypothetical: 'cannot merge', 'a formal merger is not possible', 'if they were to merge'."""
        sent = trigger.sent
        before = doc[max(trigger.start - 3, sent.start):trigger.start]
        after = doc[trigger.end:min(trigger.end + 2, sent.end)]
        if any(t.lower_ in NEGATIONS for t in before) or any(t.lower_ in NEGATIONS for t in after):
            return True
        if trigger.start > sent.start and doc[trigger.start - 1].lower_ in HYPOTHETICAL_ADJECTIVES \
                and not _weighed(doc, trigger.start - 1):
            return True  # 'open to the idea of a potential merger with NHS Borders'
        for tok in reversed(doc[sent.start:trigger.start]):  # the trigger's clause
            if tok.text in {",", ";", ":"}:
                return False
            if tok.lower_ in HYPOTHETICAL:
                return not (tok.lower_ == "whether" and tok.i > 0 and doc[tok.i - 1].lower_ in EXPLORING_WORDS)
        return False
