"""Role rules of nhs_relations: who holds which post at which body (PERSON -> ORG)."""

import re
from collections import Counter
from typing import Dict, Iterator, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .mentions import (
    Mentions, PerDoc, _bullet, before_auxiliaries, before_titles, breaks_line, doc_quotes, only_articles, past_titles,
    rel, signatory_before, speakers_at,
)
from .relation_words import (
    MEMBERS_LINE_OPENING,
    LEDE_TOKENS,
    MAX_HEADER_TOKENS,
    APPOINTED_TO_VERBS, PREDECESSOR_LINKS,
    TIME_PHRASE_OPENERS, TIME_PHRASE_WORDS, WORKING_VERBS, SHARING_VERBS, FRONTED_TIME_ENDS,
    LIST_ITEM_CLOSERS,
    APPOINTING_AUXILIARIES, APPOINTING_VERBS, APPOINTMENT_NOUNS, APPOSITION_MARKS, ASIDE_STARTS, BARE_BODY_ADJECTIVES,
    BOARD_NOUNS, FORMING_VERBS, COMING_INTO_BEING, BEGINNING_NOUNS, MAX_FORMED_DISTANCE, MAX_NAMED_BOARD_WORDS,
    NAMED_BOARD_NOUNS, NEW_BODY_NOUNS,
    BODY_ADJECTIVES, CLAUSE_AUXILIARIES, DETERMINERS, FIRST_PERSON_HOLDING, INDEFINITE, INVERTED_SPEECH_VERBS,
    JOINING_VERBS, NAMING_COPULAS,
    VERB_LEADS, PASSIVE_ROLE_VERBS, PASSIVE_LEADING_VERBS, PASSIVE_AUXILIARIES, POST_OWNERS, LEADING_VERBS,
    SITTING_VERBS, JOINED_OCCUPATIONS, PAST_POST_WORDS, UNIT_WORDS,
    WITNESS_VERBS, RELATIVE_PRONOUNS, HOLDING_VERBS, NEGATIONS,
    SHARED_BOARD_LINKS, SHARED_BOARD_WORDS, SUBJECT_PRONOUNS,
    DURATION_NOUNS, DURATION_WORDS, LINK_ADVERBS, LINK_BREAKS, LIST_DASHES, MAX_ASIDE_WORDS, MAX_JOINED_CLAUSE_WORDS,
    MAX_OPENING_WORDS, NUMBER_WORDS, FIELD_POST_WORDS,
    MAX_DESCRIBED_BODY_WORDS,
    OWNED_ROLE_ADJECTIVES, OWN_POSSESSIVES, PERSON_PRONOUNS,
    PLURAL_REFERENCE_SENTENCES, POSSESSIVES, POST_NOUNS, POST_ORDER_WORDS, ROLE_LINKS, SAME_POST_NOUNS,
    SAME_POSTS_NOUNS,
    SUCCESSION_AUXILIARIES,
    SHARED_POST_WORDS, SUCCESSION_VERBS, TAKING_VERBS, FRONTED_OPENERS, LOCAL_BODY_ENDINGS, LOCAL_BODY_KINDS,
)
from .normalise import GAZETTEER_KINDS_UNFIXED
from .text_utils import SHARED_HEAD_LISTS, doc_ents, doc_text, is_lower_content_word, unit_name_end, word_positions


# ORG kinds that come from no gazetteer: they say nothing of what kind of body it is.
UNLISTED_KINDS = GAZETTEER_KINDS_UNFIXED | {"acronym"}
# Lines of names a 'Members present:' line may head, one member a line of at most so many words.
MAX_MEMBER_LINES = 40
MAX_MEMBER_LINE_WORDS = 6
MAX_LABEL_LINES_ABOVE = 4  # written lines between a witness's label and their 'I am ...'
FIELD_BREAKS = DETERMINERS | {"for", "at", "and"}  # words that end a post's field ('director of ICT for')
MAX_SPEAKER_LINE_WORDS = 12  # a speaker's line in an official report: a name and a body or seat in brackets
# Words before a role word that a post set off after a name may carry ('University Co-Director').
MAX_ASIDE_ROLE_WORDS = 2
# Words of an apposition between a name and its verb: 'X, the current chair of A, will also chair B'.
MAX_APPOSITION_WORDS = 20
# Words of a Title-case field after a post without 'of': 'Associate Director Integrated Care'.
MAX_TITLE_FIELD_WORDS = 4
# 'who is the health and social care team leader': lower-case words of a post's field before the lexicon's word.
MAX_WHO_IS_FIELD_WORDS = 5
# 'Professor Lord' before a name on a members' line.
MAX_TITLE_WORDS = 3
# Words between a passive verb and its subject: 'A is to be chaired by'.
PASSIVE_CLAUSE_AUXILIARIES = CLAUSE_AUXILIARIES | PASSIVE_AUXILIARIES
POST_TAKING_VERBS = APPOINTING_VERBS | APPOINTED_TO_VERBS
# ', all at A' and ', both at A' after a list of people and their posts: the body every post is held at.
SHARED_BODY_WORDS = ("all", "both")
APPOINTMENTS = ("appointments",)  # 'two new appointments at A: X, chair, and Y, chief executive'
TOPIC_PREPOSITIONS = {"on", "to", "about", "regarding"}  # 'Commenting on the appointments at A'
# Posts too vague to stand for a post named beside the holder: 'The boss of A, ..., chief executive X'.
VAGUE_POSTS = {"boss", "head", "leader"}
# A piece in the first person by the person its headline names at its start or after these words ('A message
# from X'): its 'I' and 'my', outside quotes, at least so many times, and no line opening with a speaker's label
# ('Q1 Chair:', 'Jane Smith:') as in a transcript.
FIRST_PERSON_SINGULAR = {"I", "my", "My"}
MIN_FIRST_PERSON_WORDS = 2
AUTHOR_LINE_WORDS = {"from", "by"}
SPEAKER_LABEL = re.compile(r"(?:Q\d+\s+)?[A-Z][\w.'’ -]{0,40}:")
# The words that link 'I' or 'my' to the author's own post, at most so many: 'I was appointed as', 'I took up the
# role of', 'my current role as', 'I have recently taken up the role of'.
AUTHOR_POST_LINKS = {"am", "was", "'m", "’m", "have", "has", "had", "been", "recently", "now", "also", "currently",
                     "then", "appointed", "elected", "named", "as", "took", "taken", "take", "up", "the", "a", "an",
                     "role", "post", "position", "job", "of", "became", "become", "current", "new", "first"}
MAX_AUTHOR_LINK_WORDS = 8
# Words that open a new clause with its own subject inside a sentence.
CLAUSE_BREAKS = {"while", "whilst", "whereas", ";"}


def _closes_item(doc: Doc, span: Span) -> bool:
    """The span ends an item of a list of witnesses or signatories: at ';', '.', ')', a line break or the end, past
    its initials in brackets ('Belfast Health and Social Care Trust (BHSCT);')."""
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        end += 3
    return (end >= len(doc) or doc[end].text in {";", ".", ")"}
            or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_)


def _after_bracket(words: List[str]) -> List[str]:
    """The words after a short bracket that opens them ('(pictured), chief ...'); else the same list."""
    return words[words.index(")") + 1:] if words[:1] == ["("] and ")" in words[2:4] else words


def _with_aside_words(doc: Doc, role: Span) -> Span:
    """A post set off after a name may carry words no lexicon holds before its role word: 'Dr Paul
    Zollinger-Read, Commissioning transition lead for', 'Professor Jill Belch, University Co-Director of'."""
    k, words = role.start, 0
    while k > 2 and words <= MAX_TITLE_FIELD_WORDS:
        tok = doc[k - 1]
        if tok.is_alpha and not tok.is_stop and not tok.ent_type_ and not tok.lower_.endswith("ly") \
                and tok.lower_ not in POST_TAKING_VERBS:  # 'currently', 'X, appointed chair of'
            words += 1
        elif not (tok.text == "-" and not tok.whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha) \
                and not (tok.lower_ in {"and", "&"} and words and doc[k - 2].is_alpha and not doc[k - 2].is_stop):
            break  # 'policy and influencing director', 'UK & International Resource Manager'
        k -= 1
    # A longer aside is a Title-case field before a Title-case post: 'Adult Social Care Strategic Advisor', 'Patient
    # and Carer Experience Improvement Manager'.
    # a country's two capitals may stand in it ('UK & International Resource Manager'), not post-nominals ('FRCP')
    title_field = role[0].is_title and all(t.is_title or (t.is_upper and len(t) <= 2)
                                           for t in doc[k:role.start] if t.is_alpha and t.lower_ != "and")
    if k == role.start or not 0 < words <= (MAX_TITLE_FIELD_WORDS if title_field else MAX_ASIDE_ROLE_WORDS) \
            or doc[k].text == "-" or doc[k - 1].text != "," or doc[k - 2].ent_type_ != "PERSON":
        return role
    return _with_words_from(doc, k, role)


def _with_words_from(doc: Doc, k: int, role: Span) -> Span:
    """The role span run back to token k, its label taking the words between as written, in lower case."""
    written = "".join(t.lower_ + (t.whitespace_ and " ") for t in doc[k:role.start])
    return Span(doc, k, role.end, label=written + role.label_)


def _post_for_own_place(post: Span) -> bool:
    """A lower-case post with a place after 'for' covers that place: 'place lead for Heywood, Middleton and
    Rochdale'."""
    return any(t.lower_ == "for" and t.i > post.start and t.i + 1 < post.end and post.doc[t.i + 1].is_title
               and post.doc[t.i - 1].is_lower for t in post)


def _with_field_after_as(doc: Doc, role: Span) -> Span:
    """Lower-case words of a post's field between 'as' and its role word are part of it: 'appointed X as
    social services director', 'as its public health director'."""
    k = role.start
    while k > 0 and role.start - k < MAX_ASIDE_ROLE_WORDS and is_lower_content_word(doc[k - 1]):
        k -= 1
    j = k
    while j > 0 and doc[j - 1].lower_ in DETERMINERS | POST_OWNERS | OWN_POSSESSIVES:
        j -= 1
    if k == role.start or j == 0 or doc[j - 1].lower_ != "as":
        return role
    return _with_words_from(doc, k, role)


def _title_post_after_name(doc: Doc, role: Span) -> bool:
    """A Title-case post set off by a comma after a name: 'Andrew Webster, Associate Director'."""
    return role[0].is_title and role.start >= 2 and doc[role.start - 1].text in {",", "("} \
        and doc[role.start - 2].ent_type_ == "PERSON"


def _with_title_field(doc: Doc, role: Span) -> Span:
    """A Title-case post set off after a name runs on over a Title-case field written without 'of' up to the
    comma before its body: 'Andrew Webster, Associate Director Integrated Care, Local Government Association',
    'Jane Portman (Executive Director Adult and Children's Services, Bournemouth Borough Council)'."""
    k = role.end

    def field_word(j: int) -> bool:
        if doc[j].ent_type_:
            return False
        if doc[j].lower_ in {"and", "&"} or doc[j].text in POSSESSIVES:
            return j > role.end and j + 1 < len(doc) and doc[j + 1].is_title  # 'Adult and Children's Services'
        return doc[j].is_title and doc[j].is_alpha

    while k < min(len(doc), role.end + MAX_TITLE_FIELD_WORDS + 2) and field_word(k):
        k += 1
    if k == role.end or k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "ORG" \
            or not _title_post_after_name(doc, role):
        return role
    return Span(doc, role.start, k, label=doc[role.start:k].text.lower())


def _with_comma_field(doc: Doc, role: Span) -> Span:
    """A Title-case post set off after a name, in a list of witnesses, takes the Title-case field set off by
    commas between it and a body that ends the item: 'Vicky Davis, Director, Local Government Value for Money,
    National Audit Office;' holds 'director, local government value for money'."""
    k = role.end + 1
    if k >= len(doc) or doc[role.end].text != "," or not _title_post_after_name(doc, role) \
            or doc[k].text in UNIT_WORDS:  # 'Reader in ..., School of Management, Royal Holloway': the body's unit
        return role
    while k < min(len(doc), role.end + 1 + MAX_TITLE_FIELD_WORDS + 2) and not doc[k].ent_type_ and (
            (doc[k].is_title and doc[k].is_alpha) or doc[k].is_upper or doc[k].lower_ in {"of", "for", "and", "&"}):
        k += 1
    if k == role.end + 1 or k + 1 >= len(doc) or doc[k].text != "," or not doc[k - 1].is_title \
            or doc[k + 1].ent_iob_ != "B" or doc[k + 1].ent_type_ != "ORG":
        return role
    org_end = k + 2
    while org_end < len(doc) and doc[org_end].ent_iob_ == "I":
        org_end += 1
    if not _closes_item(doc, doc[k + 1:org_end]):
        return role
    return Span(doc, role.start, k, label=f"{role.label_}, {doc[role.end + 1:k].text.lower()}")


def _with_occupation_before(doc: Doc, role: Span) -> Span:
    """An occupation joined to a post after a name is part of it: 'Dr Bob Bowes, GP and clinical chairman of A'
    (no post alone: 'GP practices')."""
    k = role.start
    if k < 3 or doc[k - 1].lower_ != "and" or doc[k - 2].lower_ not in JOINED_OCCUPATIONS \
            or doc[k - 3].text != ",":
        return role
    return Span(doc, k - 2, role.end, label=f"{doc[k - 2].lower_} and {role.label_}")


def _with_second_head(doc: Doc, role: Span) -> Span:
    """A Title-case post joined by 'and' to a Title-case word no lexicon holds, right before its body, is one
    post: 'Vice-Chancellor and Principal of A', 'Chief Executive and Registrar of the B'."""
    k = role.end
    if k + 3 >= len(doc) or not role[0].is_title or doc[k].lower_ != "and" or not doc[k + 1].is_title \
            or not doc[k + 1].is_alpha or doc[k + 1].ent_type_ or doc[k + 2].lower_ not in {"of", "at"} \
            or any(r.start == k + 1 for r in doc.spans.get("nhs_roles", [])):
        return role  # not 'Professor of Public Health and Director of': two posts
    body = k + 3 + int(doc[k + 3].lower_ == "the")
    if body >= len(doc) or doc[body].ent_type_ != "ORG" or not doc[body].ent_iob_ == "B":
        return role
    return Span(doc, role.start, k + 2, label=f"{role.label_} and {doc[k + 1].lower_}")


def _with_place_after_body(doc: Doc, role: Span) -> Span:
    """A post between its body and a place it covers: 'NHS England London medical director Vin Diwaker'
    holds the post 'London medical director' at NHS England."""
    k = role.start - 1
    if k < 1 or not doc[k].is_title or doc[k].ent_type_ or doc[k].is_stop or doc[k].lower_ in BOARD_NOUNS \
            or doc[k - 1].ent_type_ != "ORG" or doc[k].is_sent_start:
        return role
    return Span(doc, k, role.end, label=f"{doc[k].lower_} {role.label_}")


def _past_board_of(doc: Doc, k: int, boards: set) -> int:
    """Past 'the board of' at token k before a body: 'appointed to the board of A as a non-executive
    director'; `boards` are the nouns taken for 'board'."""
    if k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ in boards and doc[k + 2].lower_ == "of":
        return k + 3
    return k


def _past_board_at(doc: Doc, k: int) -> int:
    """Past 'the corporation board at' at token k before a body ('chair of the corporation board at
    Blackburn College'): a board named with up to two lower-case words, then 'at'."""
    if k >= len(doc) or doc[k].lower_ != "the":
        return k
    j = k + 1
    while j < min(k + 3, len(doc)) and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in BOARD_NOUNS:
        j += 1
    return j + 2 if j + 1 < len(doc) and doc[j].lower_ in BOARD_NOUNS and doc[j + 1].lower_ == "at" else k


def _unit_after_post(doc: Doc, k: int) -> Optional[Tuple[str, int]]:
    """'of the Division of Medicine' after a post at token k: the unit's name in lower case, as part of the post,
    and where it ends; None where no unit is named there."""
    if k + 3 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1 + int(doc[k + 1].lower_ == "the")
    end = unit_name_end(doc, k) if not doc[k].ent_type_ else k  # not 'Dean of the Faculty of Pain Medicine'
    return (doc[k:end].text.lower(), end) if end > k else None


def _joint_board_after(doc: Doc, i: int) -> Optional[Tuple[str, int]]:
    """'of the joint board (that's been created) between' at token i: the board's words for the post ('joint
    board') and where the bodies that share it start; None where no such phrase stands there."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    k = _past_joint_board(doc, i + 1)
    return (f"{doc[i + 2].lower_} {doc[i + 3].lower_}", k) if k > i + 1 else None


def _past_joint_board(doc: Doc, k: int) -> int:
    """Past 'the joint board (that's been created) between' at token k before the bodies that share the board:
    'chair of the joint board that's been created between A and B'."""
    if not (k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ in SHARED_BOARD_WORDS
            and doc[k + 2].lower_ in BOARD_NOUNS):
        return k
    for j in range(k + 3, min(len(doc), k + 3 + MAX_ASIDE_WORDS)):
        if doc[j].lower_ in SHARED_BOARD_LINKS:
            return j + 1
        if doc[j].ent_type_ or not (doc[j].is_alpha or doc[j].text in POSSESSIVES):
            break
    return k


def _past_time_phrase(doc: Doc, k: int) -> int:
    """Past a short time phrase before 'as': 'joined A in 2015 as chair', 'joined A last year as'."""
    if k >= len(doc) or doc[k].lower_ not in TIME_PHRASE_OPENERS:
        return k
    j = k + 1
    while j < min(len(doc), k + 4) and (doc[j].like_num or doc[j].lower_ in TIME_PHRASE_WORDS):
        j += 1
    return j if j > k + 1 and j < len(doc) and doc[j].lower_ == "as" else k


def _past_since(doc: Doc, k: int) -> int:
    """Past 'since December', 'since 2019', 'until last year', 'for the past year', 'for many years' after a
    post's body."""
    if k < len(doc) and doc[k].lower_ == "for":
        j = k + 1
        while j < min(len(doc), k + 6) and (doc[j].lower_ in DURATION_WORDS or doc[j].lower_ in NUMBER_WORDS
                                                      or doc[j].like_num):
            j += 1
        return j + 1 if j > k + 1 and j < len(doc) and doc[j].lower_ in DURATION_NOUNS else k
    if k >= len(doc) or doc[k].lower_ not in {"since", "until"}:
        return k
    j = k + 1
    while j < min(len(doc), k + 4) and (doc[j].like_num or doc[j].lower_ in TIME_PHRASE_WORDS or doc[j].is_title):
        j += 1
    return j if j > k + 1 else k


def _post_before_name(doc: Doc, person: Span, orgs: List[Span], posts_ending: Dict[int, Span]) -> Optional[Span]:
    """The post set off by a comma right before the name (titles between), after the bodies of a vague post
    named earlier: the name's own post, which the earlier phrase gives a body ('chief executive' in 'The
    boss of A, itself the product of a merger, chief executive X'; not 'consultant cardiologist' in 'The new
    chair of A, consultant cardiologist X')."""
    k = person.start
    while k > orgs[-1].end and k not in posts_ending and doc[k - 1].is_title:
        k -= 1
    post = posts_ending.get(k)
    if post is None or post.start <= orgs[-1].end or doc[post.start - 1].text != ",":
        return None
    return post


def _written_line(doc: Doc, line_start: int, line: str) -> Optional[Span]:
    """The tokens of a line from its first written character to its last."""
    lead = len(line) - len(line.lstrip())
    span = doc.char_span(line_start + lead, line_start + len(line.rstrip()), alignment_mode="contract")
    return span if span is not None and len(span) else None


def _person_opening(doc: Doc, label: Span) -> Optional[Span]:
    """The person named first on a line, past their titles ('Ms Jennifer Welsh (Belfast ...)')."""
    first = past_titles(doc, label.start)
    return next((e for e in label.ents if e.label_ == "PERSON" and e.start == first), None)


def _witness_label(doc: Doc, label: Span) -> Optional[Span]:
    """The person a line labels as a witness: their name (titles before it) and their body in brackets, nothing else."""
    person = _person_opening(doc, label)
    if person is None or person.end + 2 >= label.end or doc[person.end].text != "(" or doc[label.end - 1].text != ")":
        return None
    inside = doc[person.end + 1:label.end - 1]
    if any(t.text in "()" for t in inside) or not any(e.label_ == "ORG" for e in inside.ents):
        return None
    return person


def speaker_line_count(doc: Doc) -> int:
    """How many lines of the doc name a speaker alone, as an official report does: a name, with or without
    brackets after it ('Paul O’Kane', 'Vicky Irons (Dundee Integration Joint Board)', 'Emma Harper (South
    Scotland) (SNP)')."""
    text = doc_text(doc)
    count, line_start = 0, 0
    for line in text.split("\n"):
        label = _written_line(doc, line_start, line) if 0 < len(line.split()) <= MAX_SPEAKER_LINE_WORDS else None
        if label is not None:
            person = _person_opening(doc, label)
            count += person is not None and (person.end == label.end or doc[person.end].text == "(")
        line_start += len(line) + 1
    return count


def _past_unlisted_body(doc: Doc, k: int, end: int) -> int:
    """Past a post's capitalised field or body the gazetteer does not hold, up to token end: 'national lead
    for the NHS Clinical Commissioning Community' before 'and president of B'."""
    if k + 1 >= end or doc[k].lower_ not in {"of", "for", "at"}:
        return k
    j = start = k + 1 + int(doc[k + 1].lower_ in DETERMINERS)
    while j < end and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha:
        j += 1
    return j if j > start else k


def _past_generic_owner(doc: Doc, end: int, m: "Mentions") -> int:
    """Past 'of the hospital Trusts' after a plural post at token end, up to its comma: a phrase of a
    few words that names no body."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return end
    for k in range(end + 1, min(len(doc), end + 6)):
        if doc[k].text == ",":
            return k
        if m.org_starting_at(k) is not None or not (doc[k].is_alpha or doc[k].text in {"’", "'"}):
            return end
    return end


def _replaced(doc: Doc, k: int) -> bool:
    """The name at token k is the one a successor replaces: 'replacing Maggie Bayley', 'taking over from Dr X'."""
    k = before_titles(doc, k)  # 'Professor Dame'
    return any(tuple(t.lower_ for t in doc[max(0, k - len(link)):k]) == link for link in PREDECESSOR_LINKS)


def _without_adverbs(link: Tuple[str, ...]) -> Tuple[str, ...]:
    """A role link with its adverbs dropped: 'has also been appointed' reads as 'has been appointed'."""
    return tuple(w for w in link if w not in LINK_ADVERBS)


def _came_into_being(doc: Doc, org: Span) -> bool:
    """The words after a body say it came into being: 'A came into existence on Saturday', 'A was formed'; a
    bracketed short form may stand between. Or the words before it: 'Celebrating the launch of the A are'."""
    k = org.start - int(org.start > 0 and doc[org.start - 1].lower_ in DETERMINERS)
    if k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in BEGINNING_NOUNS:
        return True
    k = org.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    return any([t.lower_ for t in doc[k:k + len(words)]] == list(words) for words in COMING_INTO_BEING)


def _opens_line(doc: Doc, i: int) -> bool:
    """Token i opens its line, past a bullet: a list's item."""
    k = i - 1
    while k >= 0 and _bullet(doc[k]) and "\n" not in doc[k].text:
        k -= 1
    return k < 0 or breaks_line(doc[k])


def _only_titles(words: str) -> bool:
    """The words before a name on its line are none or a title or two: 'Professor Dame', 'Dr'."""
    return len(words.split()) <= MAX_TITLE_WORDS and all(w[:1].isupper() and w.rstrip(".").isalpha()
                                                         for w in words.split())


def _line_start(text: str, char: int) -> int:
    """Where the line (paragraph) holding character char starts."""
    return text.rfind("\n", 0, char) + 1


def _lines_above(text: str, start: int) -> Iterator[Tuple[int, str]]:
    """The lines above the line starting at character start, nearest first, over at most MAX_MEMBER_LINES lines
    (blank ones counted, not given): each line's start and its text."""
    for _ in range(MAX_MEMBER_LINES):
        if start == 0:
            return
        start = _line_start(text, start - 1)
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if line.strip():
            yield start, line


def _after_place(doc: Doc, k: int) -> int:
    """Past 'in England' between a body and the name: 'the chief executive of the NHS in England,
    Amanda Pritchard'."""
    if k + 2 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].is_title and not doc[k + 1].ent_type_ \
            and doc[k + 2].text == ",":
        return k + 2
    return k


def _past_owned_board(doc: Doc, k: int) -> int:
    """Past a board named after a body's possessive at token k ("'s European Advisory Board")."""
    if k >= len(doc) or doc[k].text not in POSSESSIVES:
        return k
    j = k + 1
    while j < len(doc) and doc[j].is_title and not doc[j].ent_type_:
        j += 1
    return j if j > k + 1 and doc[j - 1].lower_ in BOARD_NOUNS else k


def _joined_by_and_the(doc: Doc, end: int, start: int) -> bool:
    """A post with no body and the next post are joined by 'and the' alone, so one person holds both: 'who is the
    director general of health and the chief executive of A'."""
    return [t.lower_ for t in doc[end:start]] == ["and", "the"]


def _before_verb_lead(doc: Doc, i: int) -> int:
    """Where the verb at token i starts with the words that lead to it: 'continue to' in 'who will
    continue to chair A', 'is to' in 'X is to chair A'."""
    k = i
    if k >= 2 and doc[k - 1].lower_ == "to" and doc[k - 2].lower_ in VERB_LEADS:
        k -= 2
    return k


def _with_unit_after(doc: Doc, span: Span) -> Span:
    """'Head of the Division of Medicine': the unit of a body named after the post is part of its words."""
    unit = _unit_after_post(doc, span.end)
    return Span(doc, span.start, span.end, label=f"{span.label_} of {unit[0]}") if unit is not None else span


def _with_field_for(doc: Doc, span: Span) -> Span:
    """'joint director of ICT for A': a field no lexicon lists, after a post that takes one and before 'for' and
    a body, is part of the post's words."""
    k = span.end
    if k + 3 >= len(doc) or doc[k].lower_ != "of" or span[-1].lower_ not in FIELD_POST_WORDS:
        return span
    j = k + 1
    while j < min(k + 4, len(doc)) and doc[j].is_alpha and not doc[j].ent_type_ and doc[j].lower_ not in FIELD_BREAKS:
        j += 1
    body = j + 1 + int(j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    if j == k + 1 or j >= len(doc) or doc[j].lower_ != "for" or body >= len(doc) or doc[body].ent_type_ != "ORG":
        return span
    return Span(doc, span.start, j, label=f"{span.label_} of {doc[k + 1:j].text.lower()}")


def joined_role_spans(doc: Doc) -> List[Span]:
    """Role spans, two joined by 'and' read as one when the first has no field of its own:
    'representative body chair and workforce lead', 'general secretary and chief executive'."""
    spans = sorted((_with_field_for(doc, _with_unit_after(doc, _with_second_head(doc, _with_occupation_before(
        doc, _with_place_after_body(doc, _with_comma_field(doc, _with_title_field(doc, _with_field_after_as(
            doc, _with_aside_words(doc, s)))))))))
        for s in doc.spans.get("nhs_roles", [])), key=lambda s: s.start)
    merged: List[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        own_link = span.end < len(doc) and doc[span.end].lower_ in {"of", "for", "at"}
        if last is not None and span.start == last.end + 1 and doc[last.end].lower_ == "and" \
                and not (any(t.lower_ in {"of", "for"} for t in last) and own_link):
            # not 'Professor of Public Health and Director of the Institute': two posts; but 'director
            # of research and chief economist, Nuffield Trust' is one
            merged[-1] = Span(doc, last.start, span.end, label=f"{last.label_} and {span.label_}")
        else:
            merged.append(span)
    return merged


class RoleRules(PerDoc):
    """Role rules of nhs_relations: who holds which post at which body (PERSON -> ORG)."""

    def roles(self, doc: Doc, quotes: Tuple[dict, ...] = ()) -> List[dict]:
        m = self.mentions(doc)
        out = []
        held_until, holder = -1, None  # where the last role's body phrase ended, and who holds it
        last_listed: Optional[Tuple[int, List[Span]]] = None  # end of the last 'role Name' and its bodies
        named_after: set = set()  # names that hold the role before them ('the chief executive of A, X')
        unbodied: Optional[Tuple[Span, Span]] = None  # a post with a holder and no body, and its holder
        last_bodies: Optional[Tuple[int, List[Span]]] = None  # the sentence and bodies of the last post placed
        unbodied_posts: List[Tuple[Span, Span]] = []
        author = self._headline_author(doc, m)  # of a piece in the first person
        role_spans = self._role_spans(doc)
        posts_ending = {r.end: r for r in role_spans}
        for r in role_spans:
            orgs, local_start = self._orgs_before(doc, r.start, m)
            person_from = r.end
            if not orgs:
                orgs, person_from = self._orgs_after(doc, r.end, m)
                unit_body = self._unit_at_body(doc, r.end, m) if not orgs else None
                if unit_body is not None:
                    orgs, person_from = [unit_body], unit_body.end  # 'Head of the Division of X at the University'
                if not orgs and r.end < len(doc) and doc[r.end].lower_ == "from" and self._set_off(doc, r.start):
                    orgs, person_from = self._org_phrase_at(doc, r.end + 1, m)  # 'X, deputy dean from the College'
                person_from = _after_place(doc, person_from) if orgs else person_from
                local_start = r.start
            if len(orgs) > 1 and orgs[0].start >= r.end and self._set_off(doc, r.start):
                orgs = self._before_closing_comma(doc, orgs)  # 'Jane Smith, chief executive of A, and B'
            person = self._holder(doc, local_start, person_from, m, named_after)
            if person is None and holder is not None and self._continues_holder(doc, held_until, local_start):
                person = holder  # 'X, chair of A and former chief executive of B'
            if person is None and unbodied is not None and _joined_by_and_the(doc, unbodied[0].end, r.start):
                person = unbodied[1]  # 'X, who is the director general of health and the chief executive of A'
            lede = None
            if person is None and orgs and orgs[0].start >= r.end:
                person = lede = self._named_in_next_sentence(doc, r, m)
            if not orgs and person is not None and person.start >= r.end:
                orgs, _ = self._orgs_after(doc, person.end, m)  # 'chief executive Chris Ham of the King's Fund'
                if not orgs and person.end < len(doc) and doc[person.end].lower_ == "from":
                    orgs, _ = self._org_phrase_at(doc, person.end + 1, m)  # 'Vice Chancellor X from the University'
                if not orgs and self._opens_with_post(doc, r, person):
                    # 'A had to close. The chairman, X, said'; not one of the subjects of 'A and B will work
                    # together. The joint CEO, X, said'
                    orgs = self._previous_sentence_subject(doc, doc[r.start].sent.start, m)
                    if orgs and (any(len(g) > 1 and orgs[0] in g for g in m.coordinated_groups())
                                 or any(o.sent.start == orgs[0].sent.start and o.text != orgs[0].text
                                        for o in m.orgs)):
                        orgs = []  # nor the subject of 'A has placed B in special measures. The chairman, X,'
            if person is None and orgs and self._after_as(doc, r.start) and self._opens_sentence(doc, r.start):
                person = self._subject_after(doc, person_from, m)  # 'After three years as CEO of A, X has'
            if person is None and orgs and self._fronted_post(doc, r.start, orgs):
                person = self._subject_after(doc, person_from, m)  # 'A former Chief Executive of A, Jane Smith'
                if person is None and person_from + 1 < len(doc) and doc[person_from + 1].lower_ in PERSON_PRONOUNS:
                    person = self._pronoun_antecedent(doc, person_from + 1)  # 'A former CEO of A, she brings'
            if not orgs and person is not None and person.end <= r.start and self._after_as(doc, r.start):
                orgs = self._appointing_body(doc, person, m)  # 'A has confirmed the appointment of X as CEO'
            if not orgs and person is not None and last_bodies is not None and person.end <= r.start \
                    and _replaced(doc, person.start) and last_bodies[0] == doc[r.start].sent.start:
                orgs = last_bodies[1]  # 'A has appointed X as Director of Nursing, replacing Y, Interim Chief Nurse'
            if not orgs and person is not None and person.start >= r.end and last_listed is not None \
                    and self._next_in_list(doc, last_listed[0], r.start) \
                    and not any(t.is_lower for t in doc[r.end:person.start]):
                # "UHMBT's chair Mike Thomas, Chief Medical Officer Jane McNicholas"; not a post with a scope of its
                # own: 'A chief executive X, and chief medical officer for England Y'
                orgs = last_listed[1]
            last_listed = None
            inner = self._inner_board(doc, orgs, m) if orgs and orgs[0].start >= r.end else None
            if inner is not None:
                orgs = [inner[1]]  # 'Dr David Bailey, former Chair of Welsh Council, British Medical Association'
            if person is None and orgs and not lede:
                person = self._only_person_named(doc, r)  # a sentence's one person holds its post at a named body
            if person is None and orgs and not lede:
                person = self._only_person_before(doc, r, held_until if holder is not None else -1)
            if person is None and orgs and not lede:
                person = self._author_holds(doc, local_start, author)
            if person is not None and orgs:
                board = inner[0] if inner else (self._board_of(doc, orgs[-1]) if orgs[-1].start >= r.end else None)
                joint = _joint_board_after(doc, r.end) if orgs[0].start >= r.end else None
                if joint is not None:
                    board = joint[0]  # 'chair of joint board'
                role = f"{r.label_} of {board}" if board else r.label_
                if r.label_.lower() in VAGUE_POSTS and not board and orgs[-1].end <= person.start:
                    nearer = _post_before_name(doc, person, orgs, posts_ending)
                    role = nearer.label_ if nearer is not None else role  # 'The boss of A, ..., chief executive X'
                between = {t.lower_ for t in doc[person.end:r.start]} if person.end <= r.start else {"-"}
                # 'X is to succeed Y as chair', not 'X will take over from Y, who served 2 terms as chairman'
                successor = self._successor(doc, person, m) if between <= DETERMINERS | {"as"} else None
                holders = [person] + ([successor] if successor is not None else [])
                if person.end <= r.start:  # 'chair of A taking over from Y', 'new A chair in place of Y'
                    holders += self._predecessor(doc, orgs[-1].end if orgs[-1].start >= r.end else r.end, m)
                out += [rel("role", holder, org, role=role) for holder in holders for org in orgs]
                out += self._shared_body_posts(doc, unbodied, r, person, orgs)
                last_bodies = (doc[r.start].sent.start, orgs)
                held_until, holder = max(person_from, r.end), person
                if board and not inner and orgs[-1].start >= r.end:
                    held_until = _past_owned_board(doc, held_until)  # "Chairman of A's European Advisory Board"
                if person.start >= r.end and person is not lede:
                    last_listed = (person.end, orgs)
                    named_after.add(person.start)
            unbodied = None
            if person is not None and not orgs and person.end <= r.start:
                held_until, holder = r.end, person  # 'X, Professor of Medicine and Chairman of A'
                unbodied = (r, person)
                unbodied_posts.append(unbodied)
        out += self._posts_all_at(doc, m, unbodied_posts)
        out += self._appointments_at(doc, m, unbodied_posts)
        out += self._our_post_relations(doc, m, out, quotes)
        out += self._self_introductions(doc, m, quotes)
        out += self._role_verb_relations(doc, m)
        out += self._chaired_by_relations(doc, m)
        out += self._appointment_relations(doc, m)
        out += self._respective_relations(doc, m)
        out += self._bracketed_posts(doc, m)
        out += self._name_body_post_items(doc, m)
        out += self._introduced_from_bodies(doc, m)
        out += self._body_headed_posts(doc, m)
        out += self._plural_posts_with_bodies(doc, m)
        out += self._one_of_plural_posts(doc, m)
        out += self._signature_posts(doc, m)
        out += self._shared_post_relations(doc, m)
        paired = self._paired_posts(doc, m)
        if paired:  # not 'chair and chief executive' for the first of the two names
            merged = {(r["head"], r["tail"]) for r in paired}
            out = [r for r in out if (r["head"], r["tail"]) not in merged or " and " not in r["role"]] + paired
        out += self._joined_as_relations(doc, m)
        out += self._headline_body_posts(doc, m, out)
        out += self._where_relations(doc, m)
        out += self._same_post_relations(doc, m, out)
        out += self._post_named_bodies(doc, m)
        unique = {(r["head"], r["tail"], r["role"]): r for r in out}
        return list(unique.values())

    def joint_posts_at_partners(self, doc: Doc, roles: List[dict], collaborations: List[dict]) -> List[dict]:
        """A joint post named with no body ('as is joint chief nurse Mandie Sunderland') is held at the
        bodies the article says work together, when it names one such set of two to four."""
        bodies = self._one_partner_set(doc, collaborations)
        if not bodies:
            return []
        m = self.mentions(doc)
        # a group the article itself names, no gazetteer body ('the Group will be known as A NHS Group', not
        # 'members of the Shelford Group')
        groups = {(o._.canonical or o.text): o for o in m.orgs if o[-1].text == "Group" and o._.org_kind == "shape"}
        named_group = [(g.start_char, g.end_char) for g in groups.values()] if len(groups) == 1 else []
        held = {(r["head"], r["role"]) for r in roles}
        out = []
        for r in self._role_spans(doc):
            words = r.label_.lower().split()
            if not any(all(part in words for part in w.split()) for w in SHARED_POST_WORDS):
                continue
            person = self._holder(doc, r.start, r.end, m) or self._appointed_before(doc, r, m)
            if person is None or ((person.start_char, person.end_char), r.label_.lower()) in held:
                continue
            if self._orgs_before(doc, r.start, m)[0] or self._orgs_after(doc, r.end, m)[0]:
                continue  # its body is named, and the rules above read it or chose not to
            # 'Group Chair' of a group the article names ('the Group will be known as A'): the group's post
            held_at = named_group if "group" in words and named_group else bodies
            out += [{**rel("role", person), "tail": body, "role": r.label_.lower()} for body in held_at]
        return out

    @staticmethod
    def _one_partner_set(doc: Doc, collaborations: List[dict]) -> List[Tuple[int, int]]:
        """The first mentions of the bodies of the article's collaborations, when they are one set."""
        canonical = {(e.start_char, e.end_char): e._.canonical or e.text for e in doc_ents(doc)
                     if e.label_ == "ORG" and (e._.org_kind in LOCAL_BODY_KINDS
                                               or (e._.canonical or e.text).split()[-1] in LOCAL_BODY_ENDINGS)}
        first: Dict[str, Tuple[int, int]] = {}
        pairs = []
        for c in collaborations:
            a, b = canonical.get(c["head"]), canonical.get(c["tail"])
            if a is None or b is None:
                continue
            pairs.append((a, b))
            first.setdefault(a, c["head"])
            first.setdefault(b, c["tail"])
        names = set(first)
        if not 2 <= len(names) <= 4:
            return []
        linked = set(pairs[0])
        for _ in names:  # one connected set, not two pairs of partners
            linked |= {x for a, b in pairs if {a, b} & linked for x in (a, b)}
        return sorted(first[n] for n in names) if linked == names else []

    def _appointment_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """"Chris Hopson's appointment to NHS England as chief strategy officer", "X's appointment as
        chief executive of Y": a person's appointment noun, an optional body, 'as' and the role."""
        out: List[dict] = []
        nouns = word_positions(doc, APPOINTMENT_NOUNS)
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
            role = self._role_after_as(doc, k, roles_at)
            if role is None:
                continue
            after, _ = self._orgs_after(doc, role.end, m)
            out += [rel("role", person, org, role=role.label_) for org in (after or orgs)]
        return out

    def _appointed_before(self, doc: Doc, role: Span, m: "Mentions") -> Optional[Span]:
        """The person whose appointment names the role: "Jonathan Lofthouse's appointment to the role of joint
        chief executive", "X's appointment as joint chair"."""
        for k in range(max(0, role.start - 6), role.start - 1):
            if doc[k].lower_ in APPOINTMENT_NOUNS and k >= 2 and doc[k - 1].text in POSSESSIVES \
                    and self._role_after_as(doc, k + 1, {role.start: role}) is role:
                return m.person_ending_at(k - 1)
        return None

    @staticmethod
    def _successor(doc: Doc, person: Span, m: "Mentions") -> Optional[Span]:
        """'Andy McKeon is to succeed Professor Dame Carol Black as Chair of X': the subject of a
        succession verb takes the post of the person it names."""
        k = before_titles(doc, person.start) - 1  # past 'Professor Dame'
        if k > 2 and doc[k].lower_ == "from" and doc[k - 1].lower_ == "over" and doc[k - 2].lower_ in TAKING_VERBS:
            k -= 2  # 'Jane Smith will take over from Tom Jones as chief executive of'
        elif k < 1 or doc[k].lower_ not in SUCCESSION_VERBS:
            return None
        k -= 1
        while k > 0 and doc[k].lower_ in SUCCESSION_AUXILIARIES:
            k -= 1
        return m.person_ending_at(k + 1)

    def _predecessor(self, doc: Doc, k: int, m: "Mentions") -> List[Span]:
        """'Glen Burley became the latest chief executive of A taking over from Matthew Hopkins': the name
        after a succession phrase at token k held the post before, unless a post of its own follows it."""
        k += int(k < len(doc) and doc[k].text == ",")
        link = next((link for link in PREDECESSOR_LINKS
                     if tuple(t.lower_ for t in doc[k:k + len(link)]) == link), None)
        if link is None:
            return []
        person = m.person_starting_at(past_titles(doc, k + len(link)))  # past 'Professor Dame'
        return [person] if person is not None and not self._has_own_role(doc, person) else []

    def _named_in_next_sentence(self, doc: Doc, role: Span, m: "Mentions") -> Optional[Span]:
        """A lede that names the post before the person: 'The former chief executive of the Nursing
        and Midwifery Council has been appointed chair of a trust. Jackie Smith will take up ...'.
        The role opens an appointment sentence that names no one, among the article's first, and the
        next sentence opens with a name that holds no post of its own."""
        sent = role.sent
        if any(t.lower_ not in DETERMINERS for t in doc[sent.start:role.start]) or sent.end >= len(doc):
            return None
        if sent.start > LEDE_TOKENS or not any(t.lower_ in APPOINTING_VERBS for t in sent):
            return None  # not 'The chief executive of NHS England has warned ... Jane Smith said'
        if any(e.label_ == "PERSON" for e in doc_ents(doc) if sent.start <= e.start < sent.end):
            return None
        k = sent.end
        while k < len(doc) and doc[k].is_space:
            k += 1
        person = m.person_starting_at(k) if k < len(doc) and doc[k].is_sent_start else None
        return None if person is None or self._has_own_role(doc, person) else person

    @staticmethod
    def _unit_at_body(doc: Doc, k: int, m: "Mentions") -> Optional[Span]:
        """'of the Faculty of Medicine & Dentistry at the University of Bristol' after a post at token k: the body
        the unit belongs to (the unit is part of the post's words, joined_role_spans)."""
        unit = _unit_after_post(doc, k)
        if unit is None or unit[1] + 1 >= len(doc) or doc[unit[1]].lower_ != "at":
            return None
        j = unit[1] + 1
        return m.org_starting_at(j + int(doc[j].lower_ == "the"))

    @staticmethod
    def _inner_board(doc: Doc, orgs: List[Span], m: "Mentions") -> Optional[Tuple[str, Span]]:
        """A list item 'Role of Welsh Council, British Medical Association': a council, committee or
        board named by shape alone, then the body it belongs to closing the item."""
        board = orgs[-1]
        if len(orgs) != 1 or board._.org_kind != "shape" or board[-1].lower_ not in BOARD_NOUNS:
            return None
        k = board.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return None
        owner = m.org_starting_at(k + 1)
        closes = owner is not None and _closes_item(doc, owner)
        words = [t.lower_ for t in board if t.lower_ not in DETERMINERS]
        return (" ".join(words), owner) if closes else None

    @staticmethod
    def _board_of(doc: Doc, org: Span) -> Optional[str]:
        """"the Local Government Association's Community Wellbeing Board" -> 'community wellbeing
        board': a board named in capitals after the body's possessive that is no entity of its own."""
        before = org.start - int(doc[org.start - 1].lower_ == "the")
        if before >= 4 and doc[before - 4].lower_ == "of" and _past_board_of(doc, before - 3, BOARD_NOUNS) == before:
            return doc[before - 2].lower_  # 'chair of the council of the BMA'
        opening = next((k for k in range(max(0, before - 6), before - 2) if doc[k].lower_ == "of"), None)
        if opening is not None and _past_board_at(doc, opening + 1) == before:
            return doc[opening + 2:before - 1].text.lower()  # 'chair of the corporation board at A'
        k = org.end + 1
        named, last = org.end, min(len(doc), org.end + MAX_NAMED_BOARD_WORDS)
        while named < last and doc[named].is_title and not doc[named].ent_type_:
            named += 1
        if named > org.end and doc[named - 1].lower_ in NAMED_BOARD_NOUNS:
            k = org.end  # 'Chair of RCN Council', 'chair of LMP Steering Group'
        elif k >= len(doc) or doc[org.end].text not in POSSESSIVES or doc[k].ent_type_:
            return None
        words: List[str] = []
        while k < len(doc) and not doc[k].ent_type_ and (doc[k].is_title or (
                doc[k].lower_ in {"of", "and"} and k + 1 < len(doc) and doc[k + 1].is_title)):
            words.append(doc[k].lower_)
            k += 1
        return " ".join(words) if set(words) & NAMED_BOARD_NOUNS else None

    @staticmethod
    def _appointing_body(doc: Doc, person: Span, m: "Mentions") -> List[Span]:
        """'NHS Providers has confirmed the appointment of Jane Smith as chief executive': the body that
        opens the sentence with an appointing verb before the name."""
        sent_start = person.sent.start
        for k in range(sent_start + 1, person.start):
            if doc[k].lower_ not in APPOINTING_VERBS:
                continue
            j = k
            while j > sent_start and doc[j - 1].lower_ in APPOINTING_AUXILIARIES:
                j -= 1
            if j > 2 and doc[j - 1].lower_ == "board" and doc[j - 2].text in POSSESSIVES:
                j -= 2  # "A's board has appointed"
            org = RoleRules._body_ending_at(doc, j, m)  # 'The Shrewsbury and Telford Hospital NHS Trust (SaTH) has'
            if org is None:
                return []
            group = next((g for g in m.coordinated_groups() if org in g), [org])
            group = group[:group.index(org) + 1]  # 'A and B have welcomed the appointment of X as R'
            opens = group[0].start in {sent_start + int(doc[sent_start].lower_ == "the"),
                                       _past_board_of(doc, sent_start, {"board"})}  # 'The board of A has appointed'
            return group if opens else []
        return []

    def _where_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'Jane Smith joins A from B, where she was director of strategy': the post at the body before
        '(,) where', held by the sentence's subject, or by the person its opening 'he' or 'she' stands for."""
        out: List[dict] = []
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for k in word_positions(doc, {"where"}):
            if k < 2 or k + 2 >= len(doc) or doc[k + 1].lower_ not in PERSON_PRONOUNS:
                continue
            org = m.org_ending_at(k - 1) if doc[k - 1].text == "," else m.org_ending_at(k)  # a comma may be left out
            role_start = next((j for j in range(k + 2, min(k + 2 + 6, len(doc))) if j in roles_at), None)
            if org is None or role_start is None:
                continue
            link = tuple(t.lower_ for t in doc[k + 2:role_start] if t.lower_ not in DETERMINERS)
            person = self._sentence_subject(doc, org.start, m)
            opening = doc[org.start].sent.start
            if person is None and doc[opening].lower_ in PERSON_PRONOUNS \
                    and not any(e.label_ == "PERSON" and opening <= e.start < k for e in doc_ents(doc)):
                person = self._pronoun_antecedent(doc, opening)  # 'He joins from A, where he was appointed chair'
            if person is not None and self._is_role_link(link):
                out.append(rel("role", person, org, role=roles_at[role_start].label_))
        return out

    @staticmethod
    def _post_named_bodies(doc: Doc, m: "Mentions") -> List[dict]:
        """An office named after its post, with its holder set off beside it: 'Police and Crime Commissioner
        for South Wales, Alun Michael, said', 'Alun Michael, Police and Crime Commissioner for South Wales'."""
        out = []
        posts = {start: core_end for start, core_start, core_end, _ in doc._.role_candidates or ()
                 if start == core_start}
        for org in m.orgs:
            core_end = posts.get(org.start)
            if core_end is None or core_end >= org.end or doc[core_end].lower_ not in {"for", "of"}:
                continue
            # the name set off before the office first: 'Speakers include X, Police and Crime Commissioner for A, Y'
            holder = m.person_ending_at(org.start - 1) if org.start >= 2 and doc[org.start - 1].text == "," else None
            if holder is None:
                holder = m.person_starting_at(org.end + int(org.end < len(doc) and doc[org.end].text == ","))
            if holder is not None:
                out.append(rel("role", holder, org, role=doc[org.start:core_end].text.lower()))
        return out

    def _joined_as_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'Richard Sunley joined Hull and East Yorkshire Hospitals Trust as director of service
        transformation': a name, a joining verb, the body, 'as' and the role."""
        out: List[dict] = []
        verbs = word_positions(doc, JOINING_VERBS | APPOINTED_TO_VERBS | WORKING_VERBS | LEADING_VERBS
                               | SITTING_VERBS)
        if not verbs:
            return out
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for i in verbs:
            if doc[i].lower_ in APPOINTED_TO_VERBS | WORKING_VERBS:
                # 'Professor Graham Galbraith, Vice-Chancellor of the University, has been appointed to the
                # Trust as an Associate Non-Executive Director', 'Jane Smith has worked at A as director of
                # nursing': the sentence's subject, with the body after 'to', or after 'at' or 'for'
                before_body = {"to"} if doc[i].lower_ in APPOINTED_TO_VERBS else {"at", "for"}
                if i + 1 >= len(doc) or doc[i + 1].lower_ not in before_body:
                    continue
                person, body_at = self._sentence_subject(doc, i, m), i + 2
            elif doc[i].lower_ in SITTING_VERBS:
                if i + 1 >= len(doc) or doc[i + 1].lower_ != "on":
                    continue  # 'X sits on the board of A as R'
                person, body_at = self._verb_subject(doc, i, m) or self._who_clause_subject(doc, i, m), i + 2
            else:
                person = m.person_ending_at(i) or self._verb_subject(doc, i, m) or self._who_clause_subject(doc, i, m)
                body_at = i + 1
            if person is None:
                continue
            body_at = _past_board_of(doc, body_at, {"board", "boards"})
            orgs, k = self._org_phrase_at(doc, body_at, m)
            role = self._role_after_as(doc, _past_time_phrase(doc, k), roles_at) if orgs else None
            if role is not None and not self._orgs_after(doc, role.end, m)[0]:  # not 'led A as chair of B'
                out += [rel("role", person, org, role=role.label_) for org in orgs]
        return out

    def _headline_body_posts(self, doc: Doc, m: "Mentions", found: List[dict]) -> List[dict]:
        """'X was unanimously confirmed as Chair' with no body named: the post is at the body the article is
        about, named alone in its headline and opening its first paragraph."""
        body = self._headline_body(doc, m)
        if body is None:
            return []
        held = {(r["head"], r["role"]) for r in found}
        out = []
        for r in self._role_spans(doc):
            k = r.start
            while k > 0 and doc[k - 1].lower_ in DETERMINERS:
                k -= 1
            if k < 3 or doc[k - 1].lower_ != "as" or doc[k - 2].lower_ not in APPOINTING_VERBS | APPOINTED_TO_VERBS:
                continue
            if r.end < len(doc) and (doc[r.end].lower_ in ROLE_LINKS or self._orgs_after(doc, r.end, m)[0]):
                continue
            j = k - 2
            while j > 0 and doc[j - 1].lower_ in CLAUSE_AUXILIARIES | LINK_ADVERBS | {"been", "be", "unanimously"}:
                j -= 1
            person = m.person_ending_at(j)  # 'Jane Smith was confirmed as Chair'
            if person is None and j > 1 and doc[j - 1].text == ",":
                person = self._named_before_apposition(doc, j - 1, m)
            if person is None or ((person.start_char, person.end_char), r.label_) in held:
                continue
            out.append(rel("role", person, body, role=r.label_))
        return out

    @staticmethod
    def _headline_body(doc: Doc, m: "Mentions") -> Optional[Span]:
        """The one body a document's first line names, when its first paragraph opens with the same body."""
        first_break = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), None)
        if first_break is None:
            return None
        named = {o._.canonical or o.text: o for o in m.orgs if o.end <= first_break + 1}
        if len(named) != 1:
            return None
        k = first_break + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        k += int(k < len(doc) and doc[k].lower_ == "the")
        opening = m.org_starting_at(k)
        key = next(iter(named))
        return opening if opening is not None and (opening._.canonical or opening.text) == key else None

    @staticmethod
    def _role_after_as(doc: Doc, k: int, roles_at: Dict[int, Span]) -> Optional[Span]:
        """The role that 'as' at token k introduces, after its article: '... as its chief strategy officer'."""
        if k + 3 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].lower_ in DETERMINERS \
                and doc[k + 2].lower_ in SAME_POST_NOUNS and doc[k + 3].lower_ == "of":
            k += 3  # "X's appointment to the role of joint chief executive"
        elif k >= len(doc) or doc[k].lower_ != "as":
            return None
        k += 1
        while k < len(doc) and doc[k].lower_ in DETERMINERS | {"its", "their"}:
            k += 1
        return roles_at.get(k)

    @staticmethod
    def _sentence_subject(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The first person the sentence of token i names before it, when it names only one there."""
        sent_start = doc[i].sent.start
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and sent_start <= e.start and e.end <= i]
        if len({p._.canonical or p.text for p in people}) != 1:
            return None
        owned = people[0].end < len(doc) and doc[people[0].end].text in POSSESSIVES
        return None if owned else people[0]  # not "Jane Smith's deputy has been appointed to A as R"

    def _our_post_relations(self, doc: Doc, m: "Mentions", found: List[dict], quotes) -> List[dict]:
        """'“... Tina Long who has been our acting Chair ...”', said by the chief executive of A: 'our' in a
        quote is the speaker's body."""
        out: List[dict] = []
        if not quotes:
            return out
        for r in self._role_spans(doc):
            if r.start < 2 or doc[r.start - 1].lower_ != "our":
                continue
            person, _ = self._person_before(doc, r.start - 1, m)
            bodies = self._speaker_bodies(doc, r.start_char, m, found, quotes) if person is not None else []
            out += [rel("role", person, org, role=r.label_) for org in bodies]
        return out

    def _self_introductions(self, doc: Doc, m: "Mentions", quotes) -> List[dict]:
        """'Nigel Edwards: I am Nigel Edwards. I am the acting Chief Executive of the NHS Confederation.':
        a post the speaker gives as their own, in a quote or after a transcript's speaker label."""
        out: List[dict] = []
        roles = self._role_spans(doc)
        role_ending_at = {r.end: r for r in roles}
        for r in roles:
            k = self._before_own_post(doc, r.start)
            while k > 2 and doc[k - 1].lower_ == "and":  # 'I am a GP and a commissioner for A'
                if k - 1 in role_ending_at:
                    k = self._before_own_post(doc, role_ending_at[k - 1].start)
                elif doc[k - 3].lower_ in INDEFINITE and doc[k - 2].is_alpha:
                    k -= 3
                else:
                    break
            if k > 2 and doc[k - 1].lower_ == "as" and doc[k - 2].lower_ == "here":
                k -= 2  # 'I am here as', 'I am David Bennett, here as'
                named = m.person_ending_at(k - 1) if doc[k - 1].text == "," else None
                k = named.start if named is not None else k
            if not self._says_i_hold(doc, k):
                continue
            orgs, _ = self._orgs_after(doc, r.end, m)
            speaker = self._speaker_of(doc, r.start_char, m, quotes) if orgs else None
            out += [rel("role", speaker, org, role=r.label_) for org in orgs] if speaker is not None else []
        return out

    def _author_holds(self, doc: Doc, start: int, author: Optional[Span]) -> Optional[Span]:
        """The author of a piece in the first person holds the post (or the body and post) at token start when 'I'
        or 'my' links it, and nothing else stands between: 'I took up the role of Chief Executive of the South
        Australia Ambulance Service', 'to my current role as Chief Executive of A', 'I have recently taken up the
        role of AACE Chair'; not 'I met the chief executive of A', nor in quoted words."""
        if author is None or start < author.end or self._quoted(doc, doc[start].idx):
            return None
        k = start
        floor = max(doc[start].sent.start, start - MAX_AUTHOR_LINK_WORDS)
        while k > floor and doc[k - 1].lower_ in AUTHOR_POST_LINKS:
            k -= 1
        return author if k < start and k > 0 and doc[k - 1].text in FIRST_PERSON_SINGULAR else None

    def _quoted(self, doc: Doc, char: int) -> bool:
        """Character char stands inside a quotation (the quotations the quote rules read)."""
        return any(q.start <= char < q.end for q in self.per_doc(doc, doc_quotes))

    def _headline_author(self, doc: Doc, m: "Mentions") -> Optional[Span]:
        """The one person a headline names at its start or after 'from' or 'by' ('A message from Jason Killens,
        new AACE Chair', 'Peter Mathieson reflects on his tenure'), when the text below speaks in the first person
        outside quotes ('I', 'my') and is no transcript (no line opening with a speaker's name and a colon)."""
        text = doc_text(doc)
        headline_end = text.find("\n")
        people = [p for p in m.by_start.values() if p.label_ == "PERSON" and p.end_char <= headline_end]
        if headline_end < 0 or len({p._.canonical or p.text for p in people}) != 1:
            return None
        author = min(people, key=lambda p: p.start)
        k = before_titles(doc, author.start)
        if k > 0 and not (doc[k - 1].lower_ in AUTHOR_LINE_WORDS or _bullet(doc[k - 1])):
            return None  # not 'Tribute to Jane Smith', 'Pre-appointment hearing: Jane Smith'
        if any(SPEAKER_LABEL.match(line) for line in text.splitlines()[1:]):
            return None
        mine = [t for t in doc if t.text in FIRST_PERSON_SINGULAR and t.idx > headline_end
                and not self._quoted(doc, t.idx)
                and not (t.i + 1 < len(doc) and doc[t.i + 1].text in {":", ")", "."})]  # not a panel's 'I:'
        return author if len(mine) >= MIN_FIRST_PERSON_WORDS else None

    @staticmethod
    def _before_own_post(doc: Doc, k: int) -> int:
        """Back from a post at token k over its article and 'also', 'currently', 'now', 'originally': 'I am also the',
        'I was originally the'."""
        while k > 0 and doc[k - 1].lower_ in DETERMINERS | {"also", "currently", "now", "originally", "previously"}:
            k -= 1
        return k

    @staticmethod
    def _says_i_hold(doc: Doc, k: int) -> bool:
        """'I am', 'I was', 'I have been' just before token k (a transcript's witness on their posts)."""
        words = [t.lower_ for t in doc[max(0, k - 3):k]]
        return any(words[-len(verb):] == list(verb) and doc[k - len(verb) - 1].text == "I"
                   for verb in FIRST_PERSON_HOLDING if k > len(verb))

    def _speaker_of(self, doc: Doc, char: int, m: "Mentions", quotes) -> Optional[Span]:
        """The person speaking at character char: a quote's speaker, the name labelling the paragraph ('Dr Peter
        Weaving: I am ...'), or a witness's label line above it."""
        people = {(e.start_char, e.end_char): e for e in doc_ents(doc) if e.label_ == "PERSON"}
        for head in speakers_at(quotes, char):
            if tuple(head) in people:
                return people[tuple(head)]
        line = doc.char_span(_line_start(doc_text(doc), char), char, alignment_mode="contract")
        if line is None:
            return None
        # 'Dr Peter Weaving: I am ...' or '(Dr Roger Moore) I have been ...'
        label_end = next((t.i for t in line if t.text == ":"), None)
        if line[0].text == "(":
            label_end = next((t.i for t in line if t.text == ")"), None)
        person = m.person_ending_at(label_end) if label_end is not None and label_end - line.start <= 6 else None
        if person is not None and person.start - line.start <= 2:
            return person
        if label_end is not None or any(t.is_quote for t in line):
            return None  # 'one manager wrote: I am the chief executive of A'
        return self._label_line_above(doc, line.start_char)

    def _label_line_above(self, doc: Doc, start: int) -> Optional[Span]:
        """The witness an official report names on a line of its own above their speech, their body in brackets:
        'Vicky Irons (Dundee Integration Joint Board)'. Only the nearest line naming anyone, within a few lines,
        and only in a report that names two speakers on lines of their own at least: not a byline, a caption or
        another speaker's label ('Emma Harper (South Scotland) (SNP)', 'The Deputy Convener (Emma Harper)')."""
        text = doc_text(doc)
        for n, (line_start, line) in enumerate(_lines_above(text, _line_start(text, start))):
            if n == MAX_LABEL_LINES_ABOVE:
                return None
            label = _written_line(doc, line_start, line)
            if label is None or not any(e.label_ == "PERSON" for e in label.ents):
                continue
            person = _witness_label(doc, label)
            return person if person is not None and self.per_doc(doc, speaker_line_count) > 1 else None
        return None

    def _bracketed_posts(self, doc: Doc, m: "Mentions") -> List[dict]:
        """A committee transcript's 'Members present: Dr Sarah Wollaston (Chair); ...': the post in brackets
        after a name is at the committee the document opens with."""
        out: List[dict] = []
        roles_at = {r.start: r for r in self._role_spans(doc)}
        # 'Public Accounts Committee', 'Committee for Health' (the Northern Ireland Assembly's names)
        committee = next((o for o in m.orgs if o.start < MAX_HEADER_TOKENS and any(t.lower_ in BOARD_NOUNS for t in o)),
                         None)
        for start, r in roles_at.items():
            opening = start - int(start > 1 and doc[start - 1].lower_ == "the")  # 'Baroness Andrews (The Chair)'
            if opening < 1 or doc[opening - 1].text != "(" or r.end >= len(doc) or doc[r.end].text != ")":
                continue
            person = m.person_ending_at(opening - 1)
            if person is None:
                continue
            body = self._line_heading_body(doc, person, m)
            if body is None and committee is not None and self._on_members_line(doc, person):
                body = committee
            if body is None:
                body = self._heading_above_names(doc, person, m)  # 'The Commission on X' over its members' lines
            if body is not None:
                out.append(rel("role", person, body, role=r.label_))
        if committee is not None:
            out += [rel("role", person, committee, role=r.label_) for r, person in self._post_labels(doc, roles_at, m)]
        return out

    def _name_body_post_items(self, doc: Doc, m: "Mentions") -> List[dict]:
        """A witness list's 'Marius Gallaher, HM Treasury, Alternate Treasury Officer of Accounts, and': a name,
        its body and its post, each set off by a comma, the post closing the item."""
        out: List[dict] = []
        for r in self._role_spans(doc):
            org = m.org_ending_at(r.start - 1) if r.start > 3 and doc[r.start - 1].text == "," else None
            closes = r.end >= len(doc) or doc[r.end].text in {",", ";", ".", ")"} or breaks_line(doc[r.end - 1])
            if org is None or not closes or org.start < 2 or doc[org.start - 1].text != ",":
                continue
            person = m.person_ending_at(self._before_post_nominals(doc, org.start - 1, 0))
            if person is not None:
                out.append(rel("role", person, org, role=r.label_))
        return out

    @staticmethod
    def _heading_above_names(doc: Doc, person: Span, m: "Mentions") -> Optional[Span]:
        """The body a line of its own names above a run of lines each opening with a name: 'The Commission on
        Health and Prosperity' over 'Professor Dame Sally C Davies (chair), Master, ...' and its members' lines."""
        text = doc_text(doc)
        start = _line_start(text, person.start_char)
        if not _only_titles(text[start:person.start_char]):
            return None
        orgs_at = {o.start_char: o for o in m.orgs}
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start_char < start]
        for line_start, line in _lines_above(text, start):
            first = line_start + len(line) - len(line.lstrip())
            first += 4 if line.lstrip().startswith("The ") else 0
            org = orgs_at.get(first)
            if org is not None and org.end_char == line_start + len(line.rstrip()):
                return org  # the heading: a line that is one body's name
            opening = next((e for e in people if line_start <= e.start_char < line_start + len(line)), None)
            if opening is None or not _only_titles(text[line_start:opening.start_char]):
                return None
        return None

    @staticmethod
    def _post_labels(doc: Doc, roles_at: Dict[int, Span], m: "Mentions") -> List[Tuple[Span, Span]]:
        """A transcript's speaker label that gives the post and the name in brackets: 'The Convener (Des
        McNulty):' on its own line."""
        text = doc_text(doc)
        found = []
        for start, r in roles_at.items():
            opening = start - int(start > 0 and doc[start - 1].lower_ == "the")
            if r.end + 1 >= len(doc) or doc[r.end].text != "(" or text[_line_start(text, doc[opening].idx):
                                                                          doc[opening].idx].strip():
                continue
            person = m.person_starting_at(r.end + 1)
            closing = [t.text for t in doc[person.end:person.end + 2]] if person is not None else []
            if closing[:1] == ["):"] or closing == [")", ":"]:  # the tokenizer may keep '):' whole
                found.append((r, person))
        return found

    def _introduced_from_bodies(self, doc: Doc, m: "Mentions") -> List[dict]:
        """A committee's witnesses introduced after the body they come from, each post in a 'who is' clause: 'From
        NHS Argyll and Clyde, we have John Mullin, who is the chair, and Neil Campbell, who is the chief executive;
        from the Scottish Association of Health Councils, we have ...'. Not a post the clause places at another
        body ('who is the director of social work, at my local council')."""
        out: List[dict] = []
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for org in m.orgs:
            k = org.start - int(org.start > 0 and doc[org.start - 1].lower_ == "the")
            introduced = [t.lower_ for t in doc[org.end:org.end + 3]] == [",", "we", "have"]
            listed = org.end < len(doc) and doc[org.end].text == ":"  # 'I welcome, from A: X, the chair; Y, the'
            if k < 1 or doc[k - 1].lower_ != "from" or not (introduced or listed):
                continue
            k = org.end + (3 if introduced else 1)
            while k < len(doc):
                person = next(filter(None, (m.person_starting_at(j) for j in range(k, min(len(doc), k + 3)))), None)
                held = self._who_is_post(doc, person, roles_at, ("who", "is") if introduced else ()) \
                    if person is not None else None
                if held is None:
                    break
                role, k = held
                if not (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ROLE_LINKS):
                    out.append(rel("role", person, org, role=role))
                while k < len(doc) and doc[k].lower_ in {",", "and", ";"}:
                    k += 1
        return out

    @staticmethod
    def _who_is_post(doc: Doc, person: Span, roles_at: Dict[int, Span],
                     link_words: Tuple[str, ...] = ("who", "is")) -> Optional[Tuple[str, int]]:
        """', who is the chair' or ', who is the health and social care team leader' after a name (or ', the
        chair' where no link words are asked for): the post, with the lower-case words of its field before the
        lexicon's word, and where it ends."""
        n = len(link_words) + 1
        link = [t.lower_ for t in doc[person.end:person.end + n + 1]]
        if link[:n] != [","] + list(link_words):
            return None
        start = person.end + n + int(link[n:] == ["the"] or link[n:] == ["a"])
        for j in range(start, min(len(doc), start + MAX_WHO_IS_FIELD_WORDS + 1)):
            if j in roles_at:
                return doc[start:roles_at[j].end].text.lower(), roles_at[j].end
            if not (doc[j].is_lower and doc[j].is_alpha):
                return None
        return None

    def _body_headed_posts(self, doc: Doc, m: "Mentions") -> List[dict]:
        """A list line opened by a body and a colon, then its posts each with a name: '• Sandwell and West
        Birmingham NHS Trust: Deputy Chair, Lesley Writtle and Chief Executive, Richard Beeken'."""
        out: List[dict] = []
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for org in m.orgs:
            k = org.end
            opening = org.start - int(org.start > 0 and doc[org.start - 1].lower_ == "the")
            if k + 1 >= len(doc) or doc[k].text not in {":", ";"} or not _opens_line(doc, opening):
                continue
            k += 1
            while k in roles_at:
                role = roles_at[k]
                k = role.end + int(role.end < len(doc) and doc[role.end].text == ",")
                # past 'Professor', 'Sir'
                person = next(filter(None, (m.person_starting_at(j) for j in range(k, min(len(doc), k + 3)))), None)
                if person is None or breaks_line(doc[k - 1]) or any(not t.is_title for t in doc[k:person.start]):
                    break
                out.append(rel("role", person, org, role=role.label_))
                k = person.end
                while k < len(doc) and (doc[k].text in self.post_nominals or doc[k].lower_ in {",", "and", ";"}) \
                        and not breaks_line(doc[k - 1]):
                    k += 1  # 'Professor David Loughton CBE' and the words before the next post
        return out

    def _plural_posts_with_bodies(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'The trusts’ chief executives, Shaun Clee (2gether) and Katie Norton (GCS)', 'Chairwomen Ruth
        FitzJohn (2gether) and Ingrid Barker (GCS)': a plural post, then names each with its body in brackets;
        or after 'of', 'at', 'from' or 'for': 'the two chief executives of the Trusts, X of A, and Y, of B'."""
        out: List[dict] = []
        plurals = doc._.plural_roles or ()
        for start, end, role in plurals:
            if any(other < start and other_end == end for other, other_end, _ in plurals):
                continue  # 'directors' inside 'Managing directors'
            end = _past_generic_owner(doc, end, m)
            k = end + int(end < len(doc) and (doc[end].text == "," or doc[end].text in LIST_DASHES))
            while True:
                person = m.person_starting_at(k)
                if person is None or person.end + 2 >= len(doc):
                    break
                item = self._body_after_name(doc, person, m)
                if item is None:
                    break
                body, k = item
                if body is not None:
                    out.append(rel("role", person, body, role=role))
                while k < len(doc) and doc[k].lower_ in {",", "and"}:
                    k += 1
        return out

    def _signature_posts(self, doc: Doc, m: "Mentions") -> List[dict]:
        """A letter's signatories, each a name on its own line and the post and body on the next: 'Liam
        Brennan\nPresident, Royal College of Anaesthetists'."""
        out: List[dict] = []
        for r in self._role_spans(doc):
            person = signatory_before(doc, r.start, m, self.post_nominals)
            orgs = self._orgs_after(doc, r.end, m)[0] if person is not None else []
            out += [rel("role", person, org, role=r.label_) for org in orgs]
        return out

    def _one_of_plural_posts(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'X has been elected as one of two new Vice Presidents of A': one of a plural post at the body after
        it, held by the one person the sentence names before it."""
        out: List[dict] = []
        for start, end, role in doc._.plural_roles or ():
            k = start
            while k > 0 and (doc[k - 1].lower_ in DETERMINERS | {"new"} or doc[k - 1].lower_ in NUMBER_WORDS
                             or doc[k - 1].like_num):
                k -= 1
            if k > 1 and doc[k - 1].lower_ == "as":
                out += self._listed_as_plural_post(doc, k - 1, end, role, m)
                continue
            if k < 3 or doc[k - 3].lower_ not in {"as", "be", "is", "was"} \
                    or [t.lower_ for t in doc[k - 2:k]] != ["one", "of"]:
                continue  # 'elected as one of two new Vice Presidents of A', 'will be one of two deputy chiefs'
            orgs, _ = self._orgs_after(doc, end, m)
            person = self._sentence_subject(doc, k - 3, m) if orgs else None
            link = [t.lower_ for t in doc[person.end:k - 2]] if person is not None else []
            if link[:1] == [","] and "," in link[1:]:
                link = link[len(link) - link[::-1].index(","):]  # 'X, President of B, has been elected as'
            if person is not None and self._is_role_link(tuple(link)):
                out += [rel("role", person, org, role=role) for org in orgs]
        return out

    def _listed_as_plural_post(self, doc: Doc, as_at: int, end: int, role: str, m: "Mentions") -> List[dict]:
        """'Sir Andrew Morris and Professor Sir Munir Pirmohamed have been re-appointed as Non-Executive Directors
        of A', 'X and Y as Non-Executive Directors of A': each name of the list before the link holds the post."""
        orgs, _ = self._orgs_after(doc, end, m)
        sent_start = doc[as_at].sent.start
        last = next((e for e in reversed(doc_ents(doc)) if e.label_ == "PERSON" and sent_start <= e.start
                     and e.end <= as_at), None)
        if not orgs or last is None or not (last.end == as_at or self._is_role_link(
                tuple(t.lower_ for t in doc[last.end:as_at + 1]))):
            return []
        people, i = [last], last.start
        while i > sent_start and (doc[i - 1].lower_ in {",", "and"}
                                  or (doc[i - 1].is_title and not doc[i - 1].ent_type_)):  # 'and Professor Sir'
            i -= 1
            person = m.person_ending_at(i)
            if person is not None:
                people.append(person)
                i = person.start
        return [rel("role", person, org, role=role) for person in people if len(people) > 1 for org in orgs]

    @staticmethod
    def _body_after_name(doc: Doc, person: Span, m: "Mentions") -> Optional[Tuple[Optional[Span], int]]:
        """The body named right after a listed name, 'X (A)', or 'X of A' and 'X, of A' (also 'at',
        'from'), and where the item ends; None where the list stops. A bracket whose words are no body
        the pipeline knows is passed over with no body."""
        if doc[person.end].text == "(":
            body = m.org_starting_at(person.end + 1)
            end = body.end if body is not None else person.end + 2
            close = next((j for j in range(end, min(len(doc), end + 3)) if doc[j].text == ")"), None)
            if close is None:
                return None
            return (body if body is not None and body.end == close else None), close + 1
        k = person.end + int(doc[person.end].text == ",")
        if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "at", "from", "for"}:
            return None  # 'their Chairs – X for A and Y for B'
        k += 1 + int(doc[k + 1].lower_ == "the")
        body = m.org_starting_at(k) if k < len(doc) else None
        return (body, body.end) if body is not None else None

    def _shared_post_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'Both hospitals share a medical director, Dr Barbara Buckley, and a chief executive, Nick
        Hulme': the bodies that open the sentence hold each post with the name set off after it."""
        out: List[dict] = []
        verbs = word_positions(doc, SHARING_VERBS)
        if not verbs:
            return out
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for i in verbs:
            bodies, k = self._org_phrase_at(doc, doc[i].sent.start, m)
            while k < i and doc[k].lower_ in CLAUSE_AUXILIARIES:
                k += 1
            if not bodies or k != i:
                bodies = self._listed_before_which(doc, i, m)
            if not bodies:
                continue
            k = i + 1
            while k < len(doc):
                k += int(doc[k].lower_ in INDEFINITE | DETERMINERS)
                k += int(doc[k].lower_ == "same")  # 'all of which share the same chief executive Glen Burley'
                role = roles_at.get(k)
                person = self._person_after(doc, role.end, m) if role is not None and role.end + 1 < len(doc) \
                    and (doc[role.end].text == "," or m.person_starting_at(role.end)) else None
                if person is None:
                    break
                out += [rel("role", person, body, role=role.label_) for body in bodies]
                k = person.end
                while k < len(doc) and doc[k].lower_ in {",", "and"}:
                    k += 1
        return out

    @staticmethod
    def _listed_before_which(doc: Doc, i: int, m: "Mentions") -> List[Span]:
        """'A, B and C - all of which share': the list of two or more bodies before 'which' and the verb
        at token i, in the same sentence."""
        k = before_auxiliaries(doc, i)
        if doc[k].lower_ != "which":
            return []
        sent_start = doc[i].sent.start
        lists = [g for g in m.coordinated_groups() if len(g) >= 2 and sent_start <= g[0].start and g[-1].end < k]
        return lists[-1] if lists else []

    @staticmethod
    def _line_heading_body(doc: Doc, person: Span, m: "Mentions") -> Optional[Span]:
        """'Health and Social Care Committee: Jeremy Hunt (Chair); Paul Bristow': a line of members
        headed by their committee and a colon."""
        text = doc_text(doc)
        line_start = _line_start(text, person.start_char)
        first = next((o for o in m.orgs if o.start_char >= line_start), None)
        if first is None or first.start_char > person.start_char or text[line_start:first.start_char].strip():
            return None
        return first if first.end < len(doc) and doc[first.end].text == ":" and first[-1].lower_ in BOARD_NOUNS else None

    @staticmethod
    def _on_members_line(doc: Doc, person: Span) -> bool:
        """The name stands in the paragraph that opens 'Members present:', or in a run of short lines of names
        under it, with no other heading between."""
        text = doc_text(doc)
        start = _line_start(text, person.start_char)
        if text[start:person.start_char].lower().startswith(MEMBERS_LINE_OPENING):
            return True
        end = text.find("\n", person.end_char)
        if len(text[start:end if end >= 0 else len(text)].split()) > MAX_MEMBER_LINE_WORDS:
            return False
        for _, line in _lines_above(text, start):
            line = line.strip()
            if line.endswith(":"):
                return line.lower().startswith(MEMBERS_LINE_OPENING)  # not under 'In attendance:'
            if len(line.split()) > MAX_MEMBER_LINE_WORDS or line.endswith("."):
                return False
        return False

    def _paired_posts(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'The Chair and Chief Executive, Jim Potter and Sir David Dalton, of Salford Royal', "Salford
        Royal's chair and chief executive, X and Y,", 'the chair and chief executive of the Trust, X, and Y,': two
        posts, then two names in the same order."""
        out: List[dict] = []
        spans = sorted(doc.spans.get("nhs_roles", []), key=lambda s: s.start)
        for first, second in zip(spans, spans[1:]):
            if second.start != first.end + 1 or doc[first.end].lower_ != "and" or second.end + 1 >= len(doc):
                continue
            orgs, names_from = self._orgs_after(doc, second.end, m) if doc[second.end].lower_ == "of" else ([], -1)
            if names_from < 0 and doc[second.end].text == ",":
                names_from = second.end
            if names_from < 0 or names_from + 1 >= len(doc) or doc[names_from].text != ",":
                continue
            people = self._people_listed_from(doc, names_from + 1, m)
            if len(people) != 2 or people[-1].end >= len(doc) or doc[people[-1].end].text != ",":
                continue
            if orgs and not self._names_then_clause(doc, names_from + 1, people):
                continue  # not 'The chair and chief executive of A, Jane Smith, and John Brown, medical director of B'
            if not orgs:
                orgs, _ = self._orgs_before(doc, first.start, m)
            if not orgs:
                orgs, _ = self._orgs_after(doc, people[-1].end + 1, m)
            out += [rel("role", person, org, role=post.label_)
                    for person, post in zip(people, (first, second)) for org in orgs]
        return out

    @staticmethod
    def _names_then_clause(doc: Doc, start: int, people: List[Span]) -> bool:
        """'X, and Y, alongside ...': two names, each after no words but its own titles ('Dame', 'Professor'), the
        second closed by a comma the clause goes on after, not by a post or a clause of its own ('Y, medical director
        of B', 'Y, who chairs B')."""
        k = start
        for person in people:
            skipped = " ".join(t.text for t in doc[k:person.start] if t.text not in {",", "and"})
            if skipped not in {"", person._.title or ""}:
                return False  # not 'and Health Secretary John Brown'
            k = person.end
        after = people[-1].end + 1
        if after >= len(doc):
            return False
        nxt = doc[after]
        starts_post = any(r.start == after for r in doc.spans.get("nhs_roles", []))
        return not (starts_post or nxt.is_title or nxt.lower_ in DETERMINERS | INDEFINITE | RELATIVE_PRONOUNS | {"of"})

    def _respective_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'interim chief executives of A and B, respectively' after or before a list of as many
        names: 'X and Y, interim chief executives of A and B respectively', 'the CEOs of A and B,
        X and Y respectively'. The n-th name holds the post at the n-th body."""
        out: List[dict] = []
        for end in word_positions(doc, {"respectively"}):
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
        """'its current chair Mark Lam was appointed to the same role at B', 'X ... also took on the role at B':
        the role the person holds by the relations found before, now at B too; 'A CEO X and head of care Y have
        been appointed to the same positions at B': each person's."""
        out: List[dict] = []
        same = [k + 1 for k in word_positions(doc, {"same", "equivalent"}) if 0 < k and doc[k - 1].lower_ == "the"]
        taken = self._taken_roles(doc)
        for noun in same + taken:
            plural = noun < len(doc) and doc[noun].lower_ in SAME_POSTS_NOUNS
            if not (noun < len(doc) - 2 and (doc[noun].lower_ in SAME_POST_NOUNS or plural)
                    and doc[noun + 1].lower_ in ROLE_LINKS):
                continue
            sent_start = doc[noun].sent.start
            people = [p for p in doc_ents(doc) if p.label_ == "PERSON" and sent_start <= p.start and p.end < noun]
            orgs, _ = self._org_phrase_at(doc, noun + 2, m)
            holders = people if plural else people[-1:]
            if noun in taken:  # the verb's own subject: not 'X said the charity would take over the role at B'
                holders = [p for p in holders if self._takes_it(doc, p, noun - 3)]
            for person in holders:
                held = [r["role"] for r in found if r["head"] == (person.start_char, person.end_char)]
                if held:
                    out += [rel("role", person, org, role=held[-1]) for org in orgs]
        return out + self._owners_in_order(doc, m)

    def _takes_it(self, doc: Doc, person: Span, verb: int) -> bool:
        """The person is the subject of the taking verb at token verb: 'X, former chief executive of A, will take
        over the role at B'; not 'X said (that) a new team would take over', where another subject follows a
        speech verb or 'that', or a noun opens the clause after the last comma."""
        between = doc[person.end:verb]
        if any(t.lower_ in self.speech_verbs or t.lower_ == "that" for t in between):
            return False
        commas = [t.i for t in between if t.text == ","]
        clause = doc[commas[-1] + 1:verb] if commas else between
        return not any(t.lower_ in DETERMINERS for t in clause)

    @staticmethod
    def _taken_roles(doc: Doc) -> List[int]:
        """'also took on the role at B', 'will take over the role at B', read as 'the same role at B': where 'role'
        stands."""
        return [k for k in word_positions(doc, SAME_POST_NOUNS)
                if k > 3 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in {"on", "up", "over"}
                and doc[k - 3].lower_ in TAKING_VERBS]

    def _owners_in_order(self, doc: Doc, m: "Mentions") -> List[dict]:
        """"Both NLAG's and HUTH's outgoing chief executives - Dr Peter Reading and Chris Long -": a list
        of owners before a plural role and a list of as many names set off after it, in the same order."""
        out: List[dict] = []
        for start, role_end, role in doc._.plural_roles or ():
            out += self._bodies_then_names(doc, role_end, role, m)
            owners = self._owners_before(doc, start, m)
            if len(owners) < 2 or role_end + 1 >= len(doc) or doc[role_end].text not in APPOSITION_MARKS | {"-"}:
                continue
            people = self._people_listed_from(doc, role_end + 1, m)
            closes = bool(people) and (people[-1].end >= len(doc) or doc[people[-1].end].text in
                                       APPOSITION_MARKS | {"-", ".", ";"})
            if closes and len(people) == len(owners):
                out += [rel("role", person, org, role=role) for person, org in zip(people, owners)]
        return out

    def _bodies_then_names(self, doc: Doc, role_end: int, role: str, m: "Mentions") -> List[dict]:
        """'the current CEOs of Monitor and TDA, David Bennett and Bob Alexander, will oversee': as many
        names as bodies, set off after them, in the same order."""
        if role_end >= len(doc) or doc[role_end].lower_ not in ROLE_LINKS:
            return []
        orgs, k = self._org_phrase_at(doc, role_end + 1, m)
        if len(orgs) < 2 or k >= len(doc) or doc[k].text != ",":
            return []
        people = self._people_listed_from(doc, k + 1, m)
        closes = bool(people) and (people[-1].end >= len(doc) or doc[people[-1].end].text in LIST_ITEM_CLOSERS)
        if not closes or len(people) != len(orgs):
            return []
        return [rel("role", p, o, role=role) for p, o in zip(people, orgs)]

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
        held_until = min(_past_since(doc, held_until), start)  # 'since December and was previously'
        held_until = _past_unlisted_body(doc, held_until, start)
        words = [t.lower_ for t in doc[held_until:start]]
        after = _after_bracket(words) if len(words) > 3 else words
        if after is not words:  # 'chief executive of A (ABC) to become ...'
            words = after if after[:1] == [","] else [","] + after
        if words in (["and"], [","], ["and", "a"], ["and", "an"]):
            return True  # 'and a former chief executive of B'; not 'and the chief executive of B have both said'
        if words == [",", "and"] and doc[start].lower_ == "its":
            return True  # 'will be a second A deputy chief, and its director of regulation'
        if words in ([",", "a"], [",", "an"], [",", "and", "a"], [",", "and", "an"]):
            return doc[start].lower_ in PAST_POST_WORDS  # ', a former Chairman of B'; not ', a partner of B'
        if len(words) > 1 and words[-1] in POST_ORDER_WORDS and words[-2] in DETERMINERS:
            words.pop()  # ', will be the new A deputy chief'
        while words and words[-1] in DETERMINERS:
            words.pop()
        if words[:2] == [",", "and"]:
            words = words[1:]
        return len(words) > 1 and words[0] in {",", "and"} and self._is_role_link(tuple(words[1:]))

    def _posts_all_at(self, doc: Doc, m: "Mentions", unbodied_posts: List[Tuple[Span, Span]]) -> List[dict]:
        """'X, who is the director of finance, and Y, the chief medical officer, all at the Scottish Government':
        the posts named with no body in a list of people that 'all at' or 'both at' closes are held at its body
        ('both': the last two people's)."""
        out: List[dict] = []
        if not unbodied_posts:
            return out
        for k in word_positions(doc, SHARED_BODY_WORDS):
            if k == 0 or doc[k - 1].text != "," or k + 2 >= len(doc) or doc[k + 1].lower_ not in {"at", "of", "from"}:
                continue
            orgs, _ = self._org_phrase_at(doc, k + 2, m)
            sent_start = doc[k].sent.start
            posts = [(r, p) for r, p in unbodied_posts if sent_start <= p.start and r.end <= k]
            if doc[k].lower_ == "both":
                last_two = {p.start for _, p in posts[-2:]}
                posts = [(r, p) for r, p in posts if p.start in last_two]
            out += [rel("role", p, org, role=r.label_) for r, p in posts for org in orgs]
        return out

    def _appointments_at(self, doc: Doc, m: "Mentions", unbodied_posts: List[Tuple[Span, Span]]) -> List[dict]:
        """'two significant appointments at the Trust, Dr X, Medical Director and Dr Y, Director of Z': the posts
        named with no body in the list of people right after the appointments are held at their body."""
        out: List[dict] = []
        for k in word_positions(doc, APPOINTMENTS) if unbodied_posts else ():
            if k + 2 >= len(doc) or doc[k + 1].lower_ not in {"at", "to"} \
                    or any(t.lower_ in TOPIC_PREPOSITIONS for t in doc[max(doc[k].sent.start, k - 3):k]):
                continue  # not 'Commenting on the appointments at A, Dr X, Chair of Council, said'
            orgs, end = self._org_phrase_at(doc, k + 2, m)
            if end < len(doc) and doc[end].lower_ in BOARD_NOUNS:
                end += 1  # 'appointments to the A board, Dr X, ...'
            if not orgs or end >= len(doc) or doc[end].text not in {",", ":"}:
                continue
            sent_end = doc[k].sent.end
            posts = [(r, p) for r, p in unbodied_posts if end < p.start and r.end <= sent_end]
            if len(posts) > 1 and before_titles(doc, posts[0][1].start) == end + 1:
                out += [rel("role", p, org, role=r.label_) for r, p in posts for org in orgs]
        return out

    @staticmethod
    def _shared_body_posts(doc: Doc, unbodied: Optional[Tuple[Span, Span]], role: Span, person: Span,
                           orgs: List[Span]) -> List[dict]:
        """The first of two posts joined by 'and' is held at the second's body: 'X, Director of Policy and
        incoming Chief Executive at A'. A named professorship is not ('Regius Professor of Medicine and Chairman
        of A'): its body is the university, rarely named."""
        if unbodied is None or unbodied[1] is not person or orgs[0].start < role.end:
            return []
        first = unbodied[0]
        if [t.lower_ for t in doc[first.end:role.start]] != ["and"] or "professor" in first.label_ \
                or _post_for_own_place(first):
            return []
        return [rel("role", person, org, role=first.label_) for org in orgs]

    @staticmethod
    def _before_closing_comma(doc: Doc, orgs: List[Span]) -> List[Span]:
        """A role set off by commas ends at its closing comma: the bodies of its list before it, or all the
        bodies of one list sharing a head noun ('managing director of Swale, Medway, and Dartford, Gravesham
        and Swanley CCGs')."""
        kept = [orgs[0]]
        shared = [s for s in doc.spans.get(SHARED_HEAD_LISTS, []) if s.start <= orgs[0].start < s.end]
        for org in orgs[1:]:
            if any(t.text == "," for t in doc[kept[-1].end:org.start]) and not (shared and org.end <= shared[0].end):
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
        if after is not None and self._has_own_role(doc, after) and (self._set_off(doc, role_start) or before):
            after = None  # 'X, who is the director of finance, Y, who is the chief medical officer'
        if after is not None and self._after_as(doc, role_start):
            after = None  # "appointed ... as its chief strategy officer, Matthew Taylor said"
        return after or before

    @staticmethod
    def _opens_sentence(doc: Doc, i: int) -> bool:
        """Token i is in a phrase before the sentence's first comma ('After more than three years as')."""
        sent_start = doc[i].sent.start
        return not any(t.text == "," for t in doc[sent_start:i]) and doc[sent_start].lower_ in FRONTED_OPENERS

    @staticmethod
    def _fronted_post(doc: Doc, i: int, orgs: List[Span]) -> bool:
        """A post at token i opens its sentence after 'A', 'The' and 'former', its body named after it:
        'A former Chief Executive of NHS Grampian, she brings ...'."""
        sent_start = doc[i].sent.start
        opening = [t.lower_ for t in doc[sent_start:i]]
        return opening[:1] in (["a"], ["the"]) and opening[1:] in ([], ["former"]) and orgs[0].start >= i

    @staticmethod
    def _subject_after(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The name right after the comma closing a fronted phrase: '..., Daniel Elkeles has'."""
        if i + 1 < len(doc) and doc[i].text == ",":
            return m.person_starting_at(i + 1)
        return None

    @staticmethod
    def _after_as(doc: Doc, i: int) -> bool:
        k = i - 1
        while k >= 0 and doc[k].lower_ in DETERMINERS | {"its", "their", "his", "her"}:
            k -= 1
        if k >= 3 and doc[k].lower_ == "of" and doc[k - 1].lower_ in POST_NOUNS and doc[k - 2].lower_ == "the":
            k -= 3  # 'appointed X to the post of chief nurse'
            return doc[k].lower_ == "to"
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

    def _role_spans(self, doc: Doc) -> List[Span]:
        return self.per_doc(doc, joined_role_spans)

    def _orgs_before(self, doc: Doc, i: int, m: "Mentions") -> Tuple[List[Span], int]:
        """The body named right before a role at token i, and where its words start:
        'NHSE chief executive', "NHS Providers' chief executive", "the trust's chief executive",
        "the trusts' chair" (the bodies of a list named before)."""
        possessive = i > 0 and doc[i - 1].text in POSSESSIVES
        if possessive:
            i -= 1
        span = self._body_ending_at(doc, i, m)  # 'NHSE chief executive', 'NHS England (NHSE) boss Simon Stevens'
        if span is not None:
            joint = self._joint_owners(doc, span, m)
            return joint, joint[0].start
        if i > 0 and doc[i - 1].lower_ == "its":
            # 'York Teaching Hospital Foundation Trust said its deputy chief executive Mike Proctor'
            sent_start = doc[i - 1].sent.start
            earlier = [o for o in m.orgs if sent_start <= o.start and o.end < i]
            if not earlier and i - 1 == sent_start:
                earlier = self._previous_sentence_subject(doc, sent_start, m)  # 'A is ... Its chief executive, X,'
            posts_at = {r.start for r in self._role_spans(doc)}
            owners = [o for o in earlier if o.end not in posts_at]  # not 'former NHS chief executive X'
            return (owners or earlier)[-1:], i - 1
        if i > 1 and doc[i - 1].lower_ == "whose" and doc[i - 2].text == ",":
            span = m.org_ending_at(i - 2)  # 'A, whose chief executive is X,'
            return ([span], i - 1) if span is not None else ([], i)
        noun = doc[i - 1] if i > 0 else None
        if noun is not None and noun.lower_ in NEW_BODY_NOUNS and noun.i > 1 and doc[noun.i - 1].lower_ == "new" \
                and doc[noun.i - 2].lower_ == "the":
            formed = self._formed_before(doc, noun.i - 1, m)  # '“We have created A,” X, the new body's chairman'
            return ([formed], noun.i - 2) if formed is not None else ([], i)
        if noun is None or not self._is_body_noun(noun):
            return [], i
        key, first = self._body_noun_words(doc, noun)  # 'the health board's financial director'
        before = doc[first - 1] if first > 0 else None
        if " " in key and (before is None or before.lower_ not in DETERMINERS):
            return [], i  # not "Leeds City Council's public health board chair'
        if key not in self.singular_body_nouns:
            if not (possessive and before is not None and before.lower_ == "the"):
                return [], i
            return self._resolve_body(doc, noun, None, m, key), first - 1
        if before is not None and (before.lower_ in INDEFINITE
                                   or (before.text[:1].isupper() and before.lower_ not in DETERMINERS)):
            return [], i  # 'a trust chief executive' is any trust; 'NHS trust' is a class
        start = first - 1 if before is not None and before.lower_ in DETERMINERS else first
        return self._resolve_body(doc, noun, None, m, key), start

    def _body_noun_words(self, doc: Doc, noun) -> Tuple[str, int]:
        """The body noun ending at token noun and where it starts: 'health board' or 'trust'."""
        if noun.i > 0 and f"{doc[noun.i - 1].lower_} {noun.lower_}" in self.body_nouns:
            return f"{doc[noun.i - 1].lower_} {noun.lower_}", noun.i - 1
        return noun.lower_, noun.i

    @staticmethod
    def _joint_owners(doc: Doc, body: Span, m: "Mentions") -> List[Span]:
        """The two bodies of 'A and B' right before a post, when the pair opens its clause: 'NHS
        Improvement and NHS England London medical director Vin Diwaker' holds the post at both; not
        'the merger of A and B chief executive X said'."""
        group = next((g for g in m.coordinated_groups() if g[-1] is body), [body])
        if len(group) != 2 or [t.lower_ for t in doc[group[0].end:body.start]] != ["and"]:
            return [body]
        k = group[0].start - 1
        opens = k < doc[k + 1].sent.start or doc[k].text in {",", ":"} or doc[k].is_space
        return group if opens else [body]

    @staticmethod
    def _opens_with_post(doc: Doc, role: Span, person: Span) -> bool:
        """'The chairman, Mr Geoff Dowell, said': a sentence opening with 'The', a post and its holder set off."""
        sent_start = role.sent.start
        return role.start == sent_start + 1 and doc[sent_start].text == "The" and doc[role.end].text == "," \
            and person.start == past_titles(doc, role.end + 1) and person.end < len(doc) and doc[person.end].text == ","

    @staticmethod
    def _previous_sentence_subject(doc: Doc, sent_start: int, m: "Mentions") -> List[Span]:
        """The body that opens the sentence before the one starting at token sent_start, after 'The' or a
        short time phrase set off by a comma ('Two months ago, A, based on London Road, had to close')."""
        k = sent_start - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        if k <= 0:
            return []
        previous = doc[k].sent
        start = previous.start
        comma = next((j for j in range(start + 1, min(previous.end, start + 5)) if doc[j].text == ","), None)
        if comma is not None and doc[comma - 1].lower_ in FRONTED_TIME_ENDS:
            start = comma + 1
        start += int(doc[start].lower_ in DETERMINERS)
        org = m.org_starting_at(start)
        return [org] if org is not None else []

    @staticmethod
    def _body_ending_at(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The body whose name ends at token i, or whose bracketed short form does: 'NHS England
        (NHSE)'."""
        org = m.org_ending_at(i)
        if org is None and i > 0 and doc[i - 1].text == ")":
            org = RoleRules._defined_before(doc, i - 1, m)
        return org

    @staticmethod
    def _defined_before(doc: Doc, close: int, m: "Mentions") -> Optional[Span]:
        """The body named before a bracketed short form that ends at token `close`."""
        short = m.org_ending_at(close)
        if short is None or short.start < 1 or doc[short.start - 1].text != "(":
            return None
        return m.org_ending_at(short.start - 1)

    def _orgs_after(self, doc: Doc, i: int, m: "Mentions") -> Tuple[List[Span], int]:
        """'chief executive of NHSI', 'workforce lead on the BMA's GP Committee', 'of the three CCGs',
        and in lists of witnesses or signatories 'Chris Hopson, Chief Executive, NHS Providers;'."""
        if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "at":
            orgs, end = self._org_phrase_at(doc, i + 2, m)  # 'a new role as National Director of X, at the Y Centre'
            return ([], i) if not orgs or (end < len(doc) and doc[end].text in POSSESSIVES) else (orgs, end)
        if i < len(doc) and doc[i].text == ",":
            k = unit_end = self._past_unit(doc, i + 1)  # 'Reader in ..., School of Management, Royal Holloway, ...;'
            while k < len(doc) and doc[k].lower_ in DETERMINERS:
                k += 1
            org = m.org_starting_at(k)
            if org is not None and unit_end > i + 1 and not _closes_item(doc, org):
                return [], i
            if org is not None and not _closes_item(doc, org):
                listed = self._listed_from(doc, org, m)
                if len(listed) > 1 and _closes_item(doc, listed[-1]):
                    return listed, listed[-1].end  # 'Sir Simon Stevens, Chief Executive, NHS England and NHS Improvement.'
            # a Title-case post and its body after a comma: 'Dr Jeanette Dickson, President, Royal College of
            # Radiologists are ending their terms'
            closes = org is not None and (_closes_item(doc, org) or (k == i + 1 and self._named_title_post(doc, i)) or (
                doc[org.end].text == "," and org.end + 1 < len(doc)
                and (doc[org.end + 1].lower_ in INVERTED_SPEECH_VERBS | WITNESS_VERBS
                     or self._next_item_named(doc, org.end + 1, m)))
                or self._bracketed_person(doc, org.end, m) is not None)  # 'Minister of State, DH (Lord Warner)'
            return ([org], org.end) if closes else ([], i)
        if i + 1 < len(doc) and doc[i].lower_ in POST_NOUNS and doc[i + 1].lower_ in ROLE_LINKS:
            i += 1  # 'she held Chief Nurse posts at both A and B'
        if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].is_upper and doc[i + 2].text == ")":
            i += 3  # the post's initials: 'chief executive officer (CEO) of A'
        if i + 3 < len(doc) and doc[i].lower_ in {"to", "on"} and _past_board_of(doc, i + 1, BOARD_NOUNS) > i + 1:
            i += 3  # 'appointed Lead Non-Executive Member to the board of the Department of Health', 'a non-executive
            # director on the board of A'
        org = m.org_starting_at(i) if i < len(doc) and doc[i - 1].lower_ not in DETERMINERS else None
        if org is not None and org.end < len(doc) and doc[org.end].text in {",", "("}:
            return [org], org.end  # 'Glen Burley, who has been chief executive South Warwickshire NHS FT (SWFT)'
        if i < len(doc) and doc[i].lower_ in {"with", "in"}:
            return self._org_phrase_at(doc, i + 1, m)
        if i >= len(doc) or doc[i].lower_ not in ROLE_LINKS:
            return [], i
        joint = _joint_board_after(doc, i)
        if joint is not None:
            return self._org_phrase_at(doc, joint[1], m)  # 'of the joint board between A and B'
        if doc[i].lower_ == "of" and _past_board_of(doc, i + 1, BOARD_NOUNS) > i + 1 \
                and m.org_starting_at(i + 2) is None:
            i += 3  # 'chair of the council of the BMA': the board goes into the post (_board_of)
        if doc[i].lower_ == "of" and _past_board_at(doc, i + 1) > i + 1:
            return self._org_phrase_at(doc, _past_board_at(doc, i + 1), m)  # 'chair of the corporation board at A'
        if i + 1 < len(doc) and doc[i + 1].text == ":":
            return self._bulleted_orgs(doc, i + 2, m)  # 'held roles as chairman of:' and a list
        return self._org_phrase_at(doc, i + 1, m)

    def _named_title_post(self, doc: Doc, end: int) -> bool:
        """The Title-case post ending at token end stands between a name (and its post-nominals) and a comma:
        'Dr Jeanette Dickson, President,', 'Dame Jenny Harries DBE, Chief Executive,', 'Andy Brittain, Director
        General for Finance,'; not 'the appointment of Jane Smith as Chair,'."""
        k = end
        while k > 0 and (doc[k - 1].is_title or (doc[k - 1].lower_ in {"of", "for", "and"} and k < end)):
            k -= 1
        if not end > k > 1 or doc[k - 1].text != ",":
            return False
        k = self._before_post_nominals(doc, k - 1, 0)
        return k > 0 and doc[k - 1].ent_type_ == "PERSON"

    def _before_post_nominals(self, doc: Doc, k: int, floor: int) -> int:
        """Back from token k over the post-nominals that end a name, not past token floor: 'Dame Jenny Harries
        DBE', 'Terry Moran CB'."""
        while k > floor and doc[k - 1].text in self.post_nominals:
            k -= 1
        return k

    @staticmethod
    def _past_unit(doc: Doc, k: int) -> int:
        """Past a unit of the body set off by commas in a witness's item: 'School of Management,'."""
        j = unit_name_end(doc, k)
        return j + 1 if j > k and j < len(doc) and doc[j].text == "," else k

    @staticmethod
    def _next_item_named(doc: Doc, k: int, m: "Mentions") -> bool:
        """A list of witnesses separated by commas goes on at token k with a name: 'Matt Tee, Chief Operating
        Officer, NHS Confederation, and Andrew Webster, ...'."""
        k += int(k < len(doc) and doc[k].lower_ == "and")
        for j in range(k, min(len(doc), k + 3)):
            person = m.person_starting_at(j)
            if person is not None:
                return person.end < len(doc) and doc[person.end].text == "," \
                    and all(t.is_title and t.is_alpha for t in doc[k:j])
        return False

    @staticmethod
    def _bulleted_orgs(doc: Doc, k: int, m: "Mentions") -> Tuple[List[Span], int]:
        """The bodies that open the items of a bulleted list from token k, and where the list ends."""
        found: List[Span] = []
        end = k
        while k < len(doc) and _bullet(doc[k]):
            while k < len(doc) and _bullet(doc[k]):
                k += 1
            org = m.org_starting_at(k)
            if org is None:
                break
            found.append(org)
            k = org.end
            while k < len(doc) and not _bullet(doc[k]) and "\n" not in doc[k - 1].whitespace_:
                k += 1  # the rest of the item: 'Care Quality Commission (CQC)'
            end = k
        return found, end

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
            elif i + 2 < len(doc) and doc[i + 1].lower_ == "the" and m.org_starting_at(i + 2) is not None:
                i += 2  # 'the chairman of both the A and B'
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
            end = listed[-1].end
            if end < len(doc) and doc[end].is_lower and self._is_body_noun(doc[end]):
                end += 1  # 'chief executive of the Derby trust, Gavin Boyle': a place standing for the trust
            dated = _past_since(doc, end)
            second = m.org_starting_at(dated + 1) if dated > end and dated + 1 < len(doc) \
                and doc[dated].lower_ == "and" else None
            if second is not None and _past_since(doc, second.end) > second.end:
                return listed + [second], second.end  # 'Chair at A since 2016 and B since 2023'
            return listed, end
        named = self._described_then_named(doc, i, m) if definite else None
        if named is not None:
            return [named], named.end
        if definite and i + 1 < len(doc) and doc[i].lower_ == "new" and (
                self._is_body_noun(doc[i + 1]) or doc[i + 1].lower_ in NEW_BODY_NOUNS):
            formed = self._formed_before(doc, i, m)  # 'to form the Wyre Forest Health Partnership. ... chairman
            if formed is not None:                   # of the new partnership'
                return [formed], i + 2
        count = NUMBER_WORDS.get(doc[i].lower_) if i < len(doc) else None
        if count is not None:
            i += 1
        if definite and i + 1 < len(doc) and self._is_body_noun(doc[i + 1]) \
                and self._body_noun_words(doc, doc[i + 1])[1] == i:
            i += 1  # 'chief executive of the health board'
        elif i + 1 < len(doc) and doc[i - 1].lower_ in SHARED_BODY_WORDS and is_lower_content_word(doc[i]) \
                and self._is_body_noun(doc[i + 1]):
            i += 1  # 'president of both professional bodies'
        if not definite or i >= len(doc) or not self._is_body_noun(doc[i]):
            return [], i
        noun = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text in POSSESSIVES:
            owned = m.org_starting_at(i + 2)
            if owned is not None:
                return [owned], owned.end
        key, _ = self._body_noun_words(doc, noun)
        return self._resolve_body(doc, noun, count, m, key), i + 1

    @staticmethod
    def _formed_before(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The body before token i brought into being: the last body, if a verb formed it ('to form the X
        Partnership', 'created the Y Trust'), or the last said to come into being ('The North West Anglia NHS
        Foundation Trust came into existence'), past other bodies named since."""
        before = [o for o in m.orgs if o.end <= i]
        if not before:
            return None
        last = before[-1]
        k = last.start - int(last.start > 0 and doc[last.start - 1].lower_ in DETERMINERS)
        if k > 0 and doc[k - 1].lower_ in FORMING_VERBS:
            return last
        return next((o for o in reversed(before) if i - o.end <= MAX_FORMED_DISTANCE and _came_into_being(doc, o)),
                    None)

    def _described_then_named(self, doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """A body described in lower case, then named after a comma: 'Chief Executive of the local mental
        health and learning disabilities trust, Black Country Healthcare NHS Foundation Trust, and has'."""
        k = i
        while k < len(doc) and k - i < MAX_DESCRIBED_BODY_WORDS and doc[k].is_lower \
                and (doc[k].is_alpha or doc[k].text == "-"):
            k += 1
        if k == i or k + 1 >= len(doc) or doc[k].text != "," or not self._is_body_noun(doc[k - 1]):
            return None
        org = m.org_starting_at(k + 1 + int(doc[k + 1].lower_ in DETERMINERS))
        closes = org is not None and (org.end >= len(doc) or doc[org.end].text in {",", ".", ";"}
                                      or doc[org.end].is_sent_start)
        return org if closes else None

    @staticmethod
    def _listed_from(doc: Doc, first: Span, m: "Mentions") -> List[Span]:
        """The bodies of a list a phrase names: 'chair of A and B' holds both posts."""
        listed = [first]
        while True:
            k = listed[-1].end
            while k < len(doc) and doc[k].lower_ in {",", "and", "&"}:
                k += 1
            if k > listed[-1].end and k < len(doc) and doc[k].lower_ == "the" and doc[k - 1].lower_ == "and":
                k += 1  # 'joint CIO at A and the B'
            nxt = m.org_starting_at(k) if k > listed[-1].end else None
            if nxt is None or (nxt.end < len(doc) and doc[nxt.end].text in POSSESSIVES):
                return listed
            if any(r.start == nxt.end for r in doc.spans.get("nhs_roles", [])):
                return listed  # 'Chief Executive of A and Scottish Government Director General': B's own post
            listed.append(nxt)

    def _is_body_noun(self, tok) -> bool:
        """A generic noun ('trust', 'CCGs', a press release's 'the Trust said', 'health board'), not a word of
        a name ('the Trust Development Authority')."""
        acronym = tok.text.rstrip("s").isupper()
        doc = tok.doc
        capitalised = tok.is_title and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
        known = tok.lower_ in self.body_nouns or (tok.i > 0 and not doc[tok.i - 1].ent_type_
                                                  and f"{doc[tok.i - 1].lower_} {tok.lower_}" in self.body_nouns)
        return (tok.is_lower or acronym or capitalised) and known and not tok.ent_type_

    def _resolve_body(self, doc: Doc, noun, count: Optional[int], m: "Mentions",
                      key: Optional[str] = None) -> List[Span]:
        """The body a generic noun points back to: the nearest earlier ORG of its kind; with a number
        ('the three CCGs'), the nearest earlier list of that many. key: the noun's words, when more than one."""
        key = key or noun.lower_
        name_words, kinds = self.body_nouns[key]

        listed_kind = {o._.canonical: o._.org_kind for o in m.orgs if o._.org_kind not in UNLISTED_KINDS}

        def of_kind(org: Span) -> bool:
            if name_words is None and not kinds:
                return True  # 'the two organisations'
            kind = org._.org_kind if org._.org_kind not in UNLISTED_KINDS else listed_kind.get(org._.canonical)
            if kinds and kind is not None:
                return kind in kinds  # 'the University' is no 'Portsmouth Hospitals University NHS Trust' (PHU)
            return name_words is not None and any(name_words.search(t) for t in (org.text, org._.canonical or ""))

        earlier = [o for o in m.orgs if o.end <= noun.i and of_kind(o)]
        if not earlier:
            return []
        if count is None and key in self.singular_body_nouns:
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
        "Kernow CCG's current chief officer is Jackie Pendleton", 'the new chair of A will be X', 'the chief
        executive of the RSA (RSA) Matthew Taylor'."""
        copula = next((k for k in (1, 2, 3) if i + k < len(doc) and doc[i:i + k].text.lower() in NAMING_COPULAS), 0)
        if copula:
            person = m.person_starting_at(i + copula)
            possessive = person is not None and person.end < len(doc) and doc[person.end].text in POSSESSIVES
            return None if possessive else person  # not "was Jane Smith's choice"
        bracketed = RoleRules._bracketed_person(doc, i, m)
        if bracketed is not None:
            return bracketed
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

    @staticmethod
    def _bracketed_person(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """Hansard's post, body and name in brackets: 'The Minister of State, Department of Health (Lord
        Warner):' (the tokenizer may keep '):' whole), '(Lord Hunt of Kings Heath)'."""
        if i + 2 >= len(doc) or doc[i].text != "(":
            return None
        for k in range(i + 1, min(i + 4, len(doc))):
            person = m.person_starting_at(k)
            if person is not None:
                ends = range(person.end, min(person.end + 5, len(doc)))
                close = next((j for j in ends if doc[j].text in {")", "):"}), None)
                designation = doc[person.end:close] if close is not None else None  # 'of Kings Heath'
                named = designation is not None and all(t.is_title or t.lower_ == "of" for t in designation)
                return person if named else None
            if not doc[k].is_title:
                return None
        return None

    def _person_before(self, doc: Doc, i: int, m: "Mentions") -> Tuple[Optional[Span], bool]:
        """'Ian Dalton, chief executive of NHSI', 'Jane Doe, NHS Providers' chief executive',
        'Mr Flory, who is also NHS director-general', 'David Flory is to become the first head of',
        'Meg Hillier MP, chair of', 'He is currently chairman at' (the person named last before);
        and whether the name is set off by a comma alone."""
        # 'held Chief Nurse posts at': 'held' links a post only when a post noun follows it, not 'held X to account'
        post_follows = any(r.start == i and r.end < len(doc) and doc[r.end].lower_ in POST_NOUNS
                           for r in doc.spans.get("nhs_roles", []))
        if i > 1 and doc[i - 1].lower_ in POST_ORDER_WORDS and doc[i - 2].lower_ in DETERMINERS | {"as", ","}:
            i -= 1  # 'X will be the new A chief executive', 'X was elected as new A chair', 'X, new A Chair'
        while i > 0 and doc[i - 1].lower_ in DETERMINERS:
            i -= 1
        for p in range(i, max(-1, i - self.max_link_words - 3), -1):
            person = m.person_ending_at(p)
            k = p
            while person is None and k > 0 and (doc[k - 1].text in self.post_nominals or (
                    doc[k - 1].text == "," and 1 < k < p and doc[k - 2].text in self.post_nominals)):
                k -= 1  # 'Professor Joy Carter CBE, DL, Vice-Chancellor of'
                person = m.person_ending_at(k)
            pronoun = person is None and p > 0 and doc[p - 1].lower_ in PERSON_PRONOUNS | {"his", "her"} \
                and self._opens_clause(doc, p - 1)
            if person is None and not pronoun:
                continue
            words = [t.lower_ for t in doc[p:i]]
            if not words and doc[i].text[:1].isalpha() and doc[p - 1].whitespace_:
                return person, True  # 'Matthew Taylor chief executive of the NHS Confederation said'
            if len(words) >= 3 and words[0] == "," and doc[p + 1].like_num and words[2] == ",":
                words = words[2:]  # 'Professor Powis, 57, is currently'
            if len(words) > 2:
                words = _after_bracket(words)  # 'Jane Smith (pictured), chief executive of'
            # 'Deborah Needham – chief executive of', and in a list '•X: currently a NED at'
            comma = bool(words) and (words[0] in APPOSITION_MARKS
                                     or (words[0] == ":" and _opens_line(doc, person.start)))
            link = tuple(words[1:] if comma else words)
            if comma and link and self._before_listed_posts(link) == ():
                link = ()  # 'Tom Jones, a consultant, a Professor of Renal Medicine at'
            if comma and len(link) == 2 and link[0] in JOINED_OCCUPATIONS and link[1] == ",":
                link = ()  # 'Dr Amanda Doyle OBE, GP, Chief Clinical Officer of A'
            if link and link[-1] == "held" and not post_follows:
                return None, False
            if pronoun:
                if doc[p - 1].lower_ in OWN_POSSESSIVES:
                    link = (doc[p - 1].lower_,) + link  # 'His most recent role was as'
                named = self._pronoun_antecedent(doc, p - 1)
                person = named if named is not None and self._is_role_link(link) else None
                return person, False
            if (comma and not link) or self._is_role_link(link):
                clause = link not in self.role_links and not self._open_link(link) and (
                    self._ends_clause(link) or self._joined_clause(link))
                if clause and link[0] != "who" and not self._clause_subject(doc, person, link):
                    return None, False  # 'Jane Doe met Tom Jones and is chair of A': Tom Jones is no subject
                return person, comma and not link
            return None, False
        return None, False

    def _clause_subject(self, doc: Doc, person: Span, link: Tuple[str, ...]) -> bool:
        """A clause ending belongs to the sentence's first named person, the doer of its verb: not "Jane
        Smith's successor ... and is", nor 'Jane Smith has nominated her deputy to become'."""
        owned = person.end < len(doc) and doc[person.end].text in POSSESSIVES
        return self._first_named(doc, person) and not owned and not set(link) & OWN_POSSESSIVES

    def _pronoun_antecedent(self, doc: Doc, i: int) -> Optional[Span]:
        """Who 'he' or 'she' at token i stands for: the one person named in the sentence right before,
        and never from inside a quote ('Jane Smith said: "Before that she was ..."')."""
        if self._inside_quote(doc, i):
            return None
        named = self._last_before(doc, i, "PERSON")
        if named and not self._only_person_of(doc, named[0]):
            named = self._opening_subject(doc, named[0].sent)  # 'X will succeed Y in the role. He is'
        if not named:
            return None
        since = self._sentences_back(doc, i, 1)
        while since > named[0].sent.start and self._refers_back(doc[since].sent):
            since = self._sentences_back(doc, since, 1)  # back over 'He retired in June.' to the name
        return named[0] if named[0].sent.start >= since else None

    @staticmethod
    def _refers_back(sent: Span) -> bool:
        """A sentence that speaks of the person named before it by 'he' or 'she' alone: 'He retired in June.',
        'Prior to joining A, she worked at B'."""
        return sent[0].lower_ in OWN_POSSESSIVES or any(t.lower_ in PERSON_PRONOUNS for t in sent)

    def _opening_subject(self, doc: Doc, sent: Span) -> List[Span]:
        """The person who opens a sentence naming several, after titles alone: its subject, when the
        article has named them before and the others are new to it ('Professor Powis ... will succeed
        Professor Sir Bruce Keogh. He is'), no other name is joined to it ('X and Y', 'X, Y') and none
        reports its words ('X said Y')."""
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start < sent.end]
        named = Counter(e[-1].text for e in people)  # by surname: 'Stephen Powis', 'Steve Powis', 'Powis'
        people = [e for e in people if e.start >= sent.start]
        first = people[0]
        if not all(t.is_title for t in doc[sent.start:first.start]) or first.start - sent.start > 2:
            return []
        others = {e[-1].text for e in people[1:]} - {first[-1].text}
        topic = named[first[-1].text] > 1 and all(named[name] == 1 for name in others)
        joined = any(doc[e.start - 1].lower_ in {"and", ",", "&", "or"} for e in people[1:])
        speech = any(t.lower_ in self.speech_verbs for t in doc[first.end:people[1].start])
        return [first] if topic and not joined and not speech else []

    def _only_person_named(self, doc: Doc, role: Span) -> Optional[Span]:
        """The one person a sentence names after a post at a body that no other rule gives a holder: 'Director of
        THIS Institute, and Homerton Fellow, Professor Mary Dixon-Woods, said', 'Loughborough University Pro
        Vice-Chancellor of Research Professor Myra Nimmo added:'. Not in quoted words, where a post may be anyone's;
        not "The chief executive of A was Jane Smith's choice" nor 'The chief executive of A, who met Tom Jones'."""
        person = self._sole_person(doc, role.sent)
        if person is None or self._inside_quote(doc, role.start) or self._inside_quote(doc, person.start):
            return None
        if person.start < role.end or (person.end < len(doc) and doc[person.end].text in POSSESSIVES) \
                or any(t.lower_ in RELATIVE_PRONOUNS | SUBJECT_PRONOUNS or t.text == ";"
                       for t in doc[role.end:person.start]):
            # the post comes first, and is not the post of someone a clause, another subject or the next item of a
            # list set out with semicolons names ('X, chief executive, A (B); and Tracey McCaig, ...')
            return None
        return person

    def _only_person_before(self, doc: Doc, role: Span, held_until: int) -> Optional[Span]:
        """The one person a sentence names before a post at a body that no other rule gives a holder, when a
        verb of being links them and nothing between reports, denies or names another: 'Andy was a career civil
        servant at the Department of Health, led the Audit Commission's work on the NHS and health and is
        currently vice-chair of NICE'. Not 'X, chief executive of A, a partner of B', where the rules above read
        the words after X's post and gave it no other; not 'X applied for the post as chief executive of A'."""
        person = self._sole_person(doc, role.sent)
        if person is None or self._inside_quote(doc, role.start):
            return None
        if person.end > role.start or (person.end < len(doc) and doc[person.end].text in POSSESSIVES) \
                or person.end <= held_until <= role.start:
            return None
        between = [t.lower_ for t in doc[person.end:role.start]]
        words = set(between)
        if not HOLDING_VERBS & words or ":" in words or NEGATIONS & words or PERSON_PRONOUNS & words \
                or words & self.speech_verbs:
            return None
        if "for" in between[-4:] and SAME_POST_NOUNS & set(between[-3:]):
            return None  # 'applied for the post as', 'was overlooked for the role as'
        if between[-2:] in ([",", "a"], [",", "an"]) and doc[role.start].lower_ not in PAST_POST_WORDS:
            return None  # 'a friend of the family, a chief executive of A': the post of the noun before
        lead = [w for w in between if w not in DETERMINERS | LINK_ADVERBS | OWNED_ROLE_ADJECTIVES]
        if not lead or lead[-1] not in HOLDING_VERBS | SAME_POST_NOUNS | {"as"}:
            return None  # 'will be involved in selecting the new chief executive for A'
        if any(w in OWN_POSSESSIVES and not SAME_POST_NOUNS & set(between[k + 1:k + 3]) for k, w in enumerate(between)):
            return None  # 'X has nominated her deputy to become'; not 'alongside his existing role as'
        return person

    @staticmethod
    def _inside_quote(doc: Doc, i: int) -> bool:
        """More quotation marks opened than closed in the paragraph before token i."""
        text = doc_text(doc)
        start = text.rfind("\n", 0, doc[i].idx) + 1
        before = text[start:doc[i].idx]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    @staticmethod
    def _opens_clause(doc: Doc, i: int) -> bool:
        """A pronoun that is the sentence's subject: at its start or after a short opening phrase
        naming nothing ('Before that he was director of ...', 'Previously, she was')."""
        start = doc[i].sent.start
        opening = doc[start:i]
        return len(opening) <= MAX_OPENING_WORDS and not any(t.ent_type_ or t.lower_ in LINK_BREAKS - {","}
                                                             for t in opening)

    def _only_person_of(self, doc: Doc, person: Span) -> bool:
        """'He' or 'she' points back to a person only when the person's sentence names no other."""
        return self._sole_person(doc, person.sent) is not None

    @staticmethod
    def _sole_person(doc: Doc, sent: Span) -> Optional[Span]:
        """The first person a sentence names, when it names one person only (by canonical: 'Jane Smith ... Smith')."""
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and sent.start <= e.start < sent.end]
        return people[0] if len({p._.canonical or p.text for p in people}) == 1 else None

    def _ends_clause(self, link: Tuple[str, ...]) -> bool:
        return any(len(link) >= len(end) and link[len(link) - len(end):] == end for end in self.clause_endings)

    @staticmethod
    def _first_named(doc: Doc, person: Span) -> bool:
        """The person is the first named in the sentence, or in its clause after 'while' or a semicolon: its
        subject, for a clause ending ('X was elected chair, while Y of B was elected as treasurer')."""
        sent_start = person.sent.start
        sent_start = max([sent_start] + [t.i + 1 for t in doc[sent_start:person.start] if t.lower_ in CLAUSE_BREAKS])
        return not any(e.label_ == "PERSON" and sent_start <= e.start < person.start for e in doc_ents(doc))

    def _is_role_link(self, link: Tuple[str, ...]) -> bool:
        if link in self.role_links or _without_adverbs(link) in self.role_links:
            return True  # 'has also been appointed', 'is currently'
        if len(link) > 2 and link[0] == "who" and link[1] != "as" and link[1:] in self.role_links:
            return True  # 'who has been appointed' as 'has been appointed'
        if self._joined_clause(link):
            return True
        listed = self._before_listed_posts(link)
        if listed:
            return self._is_role_link(listed)
        if link and link[0] in ASIDE_STARTS and "," in link:
            return self._is_role_link(link[link.index(",") + 1:])
        if link and link[0] in INDEFINITE and "," in link[2:MAX_ASIDE_WORDS + 1] \
                and not set(link[:link.index(",")]) & LINK_BREAKS and len(link) > link.index(",") + 1:
            return self._is_role_link(link[link.index(",") + 1:])  # 'X, a renal physician, has been
        if 2 < len(link) <= MAX_ASIDE_WORDS and link[0] in INDEFINITE and link[-1] == "and" \
                and not set(link[:-1]) & LINK_BREAKS:
            return True  # 'Dr Stewart Findlay, a GP in Bishop Auckland and chair of'
        if link and link[0] in INDEFINITE and "who" in link[2:MAX_ASIDE_WORDS] \
                and not set(link[:link.index("who")]) & LINK_BREAKS:
            return self._is_role_link(link[link.index("who"):])  # 'X, a former nurse who is now chief executive of'
        open_end = next((end for end in self.role_link_endings if len(link) > len(end) and link[-len(end):] == end),
                        None)
        if open_end is not None and self._open_link(link):
            return True
        for end in self.clause_endings:
            if open_end is not None and len(end) <= len(open_end):
                continue  # not 'applied for the post as' though a clause may end in 'as'; 'to undertake role of' may
            if len(link) >= len(end) and link[len(link) - len(end):] == end \
                    and not set(link[:len(link) - len(end)]) & LINK_BREAKS:
                return True
        return False

    def _joined_clause(self, link: Tuple[str, ...]) -> bool:
        """A role link after a clause joined to the subject's first: 'has worked as a nurse and midwife,
        and is currently', 'joined the trust in 2010 and became'. The first clause states nothing the
        person said or denied."""
        if "and" not in link:
            return False
        k = len(link) - 1 - link[::-1].index("and")
        tail = _without_adverbs(link[k + 1:])
        first = [w for w in link[:k] if w != ","]
        return 0 < len(first) <= MAX_JOINED_CLAUSE_WORDS and tail in self.role_links and tail != ("as",) \
            and not set(first) & (LINK_BREAKS - {"and"})

    @staticmethod
    def _before_listed_posts(link: Tuple[str, ...]) -> Optional[Tuple[str, ...]]:
        """The link before posts the lexicon does not hold, listed ahead of the role: 'is currently
        a practising hospital consultant, a Professor of Renal Medicine at'. Each begins with 'a'
        or 'an' and ends with a comma, in a few words that state nothing else."""
        end = len(link)
        while end > 0 and link[end - 1] == ",":
            start = max((k for k in range(max(0, end - MAX_ASIDE_WORDS), end - 1) if link[k] in {"a", "an"}),
                        default=None)
            if start is None or set(link[start + 1:end - 1]) & (LINK_BREAKS | DETERMINERS):
                break
            end = start
        return link[:end] if end < len(link) else None

    def _open_link(self, link: Tuple[str, ...]) -> bool:
        """'in his current role as', 'who served 2 terms as'; not 'applied for the post as'."""
        if set(link) & LINK_BREAKS:
            return False
        for end in self.role_link_endings:
            if len(link) > len(end) and link[-len(end):] == end:
                before = [w for w in link[:-len(end)] if w not in OWNED_ROLE_ADJECTIVES]
                taking_up = len(before) > 2 and before[-1] in DETERMINERS and before[-2] in {"up", "on"} \
                    and before[-3] in TAKING_VERBS  # 'who takes up a new role as'
                return bool(before) and (before[-1] in OWN_POSSESSIVES or taking_up
                                         or bool({"served", "held"} & set(before)))
        return False

    def _role_verb_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'X, who chairs Y' / "X, who chairs the trust's Finance Assurance Committee" / 'X will lead Y'."""
        out = []
        for tok in (doc[i] for i in word_positions(doc, self.role_verbs) if i < len(doc) - 1):
            role = self.role_verbs.get(tok.lower_)
            verb = _before_verb_lead(doc, tok.i)
            person = self._who_clause_subject(doc, verb, m) or self._verb_subject(doc, verb, m)
            if role is None or person is None:
                continue
            # 'who chairs the board of A' chairs A
            orgs, end = self._org_phrase_at(doc, _past_board_of(doc, tok.i + 1, {"board"}), m)
            if end < len(doc) and doc[end].text in POSSESSIVES:
                continue  # not 'X led NHS Providers' response'
            out += [rel("role", person, org, role=role) for org in orgs]
        return out

    def _chaired_by_relations(self, doc: Doc, m: "Mentions") -> List[dict]:
        """'a Joint Steering Committee (JSC) chaired by Lord Tugendhat', 'A is chaired by X', 'Both trusts are led
        by chief executive X': the body or bodies before a passive verb, past its initials, a comma or the
        verb's auxiliaries, and the name after 'by', or the post and the name ('led by' names no post itself)."""
        out = []
        roles_at = {r.start: r for r in self._role_spans(doc)}
        for k in word_positions(doc, set(PASSIVE_ROLE_VERBS) | PASSIVE_LEADING_VERBS):
            if k + 2 >= len(doc) or doc[k + 1].lower_ != "by":
                continue
            held = self._posts_then_names(doc, k + 2 + int(doc[k + 2].lower_ in POST_OWNERS), roles_at, m)
            if not held and doc[k].lower_ in PASSIVE_ROLE_VERBS:
                person = self._person_after(doc, k + 2, m)
                held = [(person, PASSIVE_ROLE_VERBS[doc[k].lower_])] if person is not None else []
            orgs = self._passive_subject(doc, k, m) if held else []
            out += [rel("role", person, org, role=role) for person, role in held for org in orgs]
        return out

    @staticmethod
    def _posts_then_names(doc: Doc, i: int, roles_at: Dict[int, Span], m: "Mentions") -> List[Tuple[Span, str]]:
        """'chief executive X and chairman Y' at token i: each post with the name right after it."""
        held = []
        while i in roles_at:
            person = m.person_starting_at(roles_at[i].end)
            if person is None:
                break
            held.append((person, roles_at[i].label_))
            i = person.end + int(person.end < len(doc) and doc[person.end].lower_ == "and")
        return held

    def _passive_subject(self, doc: Doc, k: int, m: "Mentions") -> List[Span]:
        """The bodies a passive verb at token k says something of: the body right before it ('a Committee (JSC)
        chaired by'), or the subject opening its sentence before its auxiliaries ('A is chaired by', 'Both trusts
        are led by')."""
        org = self._body_ending_at(doc, k - 1 if k > 0 and doc[k - 1].text == "," else k, m)
        if org is not None:
            return [org]
        j = before_auxiliaries(doc, k, PASSIVE_CLAUSE_AUXILIARIES) + 1
        if j == k:
            return []
        sent_start = doc[k].sent.start
        org = self._body_ending_at(doc, j, m)
        if org is not None:  # the subject, not the object of 'The review of A was led by'
            return [org] if only_articles(doc[sent_start:org.start]) else []
        orgs, end = self._org_phrase_at(doc, sent_start, m)
        return orgs if end == j else []

    def _verb_subject(self, doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The name that opens the sentence right before the verb at token i: 'Jane Smith will chair
        the committee', 'Professor Smith also leads the trust'."""
        k = i
        while k > 0 and doc[k - 1].lower_ in CLAUSE_AUXILIARIES:
            k -= 1
        person = m.person_ending_at(k)
        if person is None and k > 2 and doc[k - 1].text == ",":
            person = self._named_before_apposition(doc, k - 1, m)  # 'X, the chair of A, will also chair B'
        if person is None or not all(t.is_title for t in doc[person.sent.start:person.start]):
            return None
        return person

    def _named_before_apposition(self, doc: Doc, comma: int, m: "Mentions") -> Optional[Span]:
        """The name before an apposition that a comma at token comma closes: 'Terry Moran CB, the current chair
        of A (HUTH) NHS Trust,'; the apposition opens with an article or 'who'."""
        sent_start = doc[comma].sent.start
        opening = next((j for j in range(comma - 1, max(sent_start, comma - MAX_APPOSITION_WORDS), -1)
                        if doc[j].text == ","), None)
        if opening is None or opening + 1 >= comma or doc[opening + 1].lower_ not in DETERMINERS | ASIDE_STARTS:
            return None  # 'X, the chair of A, will', 'Ms Musson, who the trusts said “has ...”, has chaired'
        return m.person_ending_at(self._before_post_nominals(doc, opening, sent_start))

    @staticmethod
    def _who_clause_subject(doc: Doc, i: int, m: "Mentions") -> Optional[Span]:
        """The name a relative clause whose verb is token i describes: 'X, who chairs', 'X, who has
        led', 'X, who joined'."""
        k = before_auxiliaries(doc, i)
        if k < 2 or doc[k].lower_ != "who" or doc[k - 1].text not in {","} | LIST_DASHES:
            return None  # 'X, who chairs A', 'X – who chairs A –'
        return m.person_ending_at(k - 1)
