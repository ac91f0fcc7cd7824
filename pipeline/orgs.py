"""nhs_orgs: organisations from a gazetteer, name-shape patterns and acronyms defined in the text."""
import itertools
import re
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Set, Tuple

import numpy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

from . import extensions  # noqa: F401  (registers Span._ attributes)
from .match_windows import WindowedMatcher
from .normalise import org_key
from .roles import find_roles
from .relation_words import ALWAYS_UNIT_WORDS, FIELD_POST_WORDS, UNIT_WORDS
from .rules_io import load_gazetteer, load_patterns, load_phrases
from .text_utils import BODY_REFS, POSSESSIVE, doc_text, is_acronym, is_lower_content_word, word_positions

LEADING_ARTICLES = {"the", "The"}
# Capitalised words of a Title-case headline that end a name (the name after "And" is a second one).
HEADLINE_BREAKS = {"And", "To", "Will", "Is", "Are", "With"}
# Words a name shape spells out that name no body alone: "England's largest acute NHS Trust".
CLASS_WORDS = {"NHS", "Foundation"}
# Before 'a' and a long form with its initials that name a kind of body, not one: 'to become a Biomedical
# Research Centre (BRC)'; but 'overseen by a Joint Steering Committee (JSC)' names one.
KIND_VERBS = {"become", "becomes", "becoming", "became", "be", "being", "is", "was", "as"}
CONNECTORS = {"and", "of", "for", "the", "&", "on", "upon", "in"}
SAINTS = {"St", "St."}
DEFINITION_QUOTES = ("'", "‘", "’", '"', "“", "”")  # "Southwest Pathology Services (‘SPS’)"
NAME_CONNECTORS = {"of", "for", "and", "the", "&"}
# Words of a description set off after a name, up to its descriptor: 'the Cambridge genomic medicines company'.
MAX_DESCRIPTION_WORDS = 6
MAX_LISTED_UNIVERSITIES = 8
# Lower-case words that may follow a body's name, where any other word shows the name modifies a noun.
CLAUSE_WORDS = {"said", "says", "told", "added", "and", "or", "but", "who", "which", "that", "has", "have", "had",
                "is", "was", "were", "are", "will", "would", "since", "until", "from", "for", "in", "at", "to", "on",
                "with", "after", "before", "when", "where", "between", "as", "by"}
# Capitalised words that never start or carry on an unknown body's name after a role.
NOT_BODY_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "i", "he", "she", "we", "they", "it", "this", "that", "mr", "mrs",
                  "ms", "dr", "professor", "sir", "dame", "lord", "baroness"}
# Nouns after a capitalised kind of body that make it a standing a body has: 'Foundation Trust status'.
STATUS_NOUNS = {"status", "accreditation", "designation"}
# Heads whose 'X and Y' names one body of two subjects ('the Health and Sport Committee'), never two bodies.
SUBJECTS_HEADS = {"Committee"}
# Short suffixes of bodies no gazetteer lists, written out in the canonical name.
SHORT_SUFFIXES = {"PCT": "Primary Care Trust", "SHA": "Strategic Health Authority", "IJB": "Integration Joint Board"}
# Words after a body's name that name a part of it, not a longer name ('the Barts Health Board').
BODY_PART_WORDS = {"Board", "Boards", "Committee", "Council", "Executive"}
# Words that end the title of a law: 'the Health and Social Care Reform Bill'.
LAW_WORDS = {"Bill", "Act", "Bills", "Acts"}
BOARD_MEMBERS = {"Governors", "Directors", "Trustees", "Members", "Management"}
# Words after a body's name that make it a place's name: 'an event at Parliament Buildings in Stormont'.
PLACE_NOUNS = {"Buildings", "Square", "Street", "Avenue", "Lane"}  # not "Road" nor "Building": 'NHS England Road Map'
# Last words that make a known name part of another body's name ('UCL Partners').
SEPARATE_BODY_HEADS = {"Partners", "Hospitals", "Healthcare", "Collaborative", "Academy", "Observatory"}
# Last words of a trust's usual short name ('Barts Health', 'Cambridge University Hospitals').
SHORT_NAME_ENDINGS = {"Hospitals", "Healthcare", "Health", "Service", "Services"}
# First words of a university's part, named after it: 'Swansea University College of Human and Health Sciences'.
UNIVERSITY_PARTS = {"College", "Faculty", "School", "Institute"}
# Words before 'Hospital(s)' that keep a provider's word in the trade press's shorter name: 'Chesterfield
# Royal', 'Kettering General', 'Sheffield Teaching'; a name ending in one is a short name ('Sheffield Children's').
PROVIDER_WORDS = {"Royal", "General", "Teaching", "Children's", "Children’s"}
# Plural nouns whose possessive inside a care provider's name says whom it serves, not who owns it: "Acorns
# Children's Hospice", "Birmingham Women's and Children's Hospitals"; the head words of those providers' names.
SERVED_GROUPS = {"Children", "Women", "Men", "People", "Veterans"}
HOSPITAL_WORDS = {"Hospital", "Hospitals"}
CARE_HEADS = HOSPITAL_WORDS | {"Hospice", "Hospices", "Trust"}
TRUST_HEADS = {"Trust", "Trusts", "FT", "FTs"}
AWARD_WORDS = {"Medal", "Award", "Awards", "Prize"}  # after a name shape: the award's name, not a body
# Two compass words a name may hyphenate: 'South Eastern' -> 'South-Eastern', 'North East' -> 'North-East'.
COMPASS_PAIR = re.compile(r"\b(North|South) (East|West|Eastern|Western)\b")
POSSESSIVE_ENDINGS = ("'s", "s'")
UNIVERSITY_HOSPITALS = ["University", "Hospitals"]
# Head words that end a body's name and never stand inside one before 'and' ('Harwick Care Ltd and ...').
LIST_ENDING_HEADS = {"Ltd", "Limited", "plc", "PLC", "LLP", "CIC", "University", "School", "Institute", "Council",
                     "Trust", "Foundation", "Society", "Association", "Partnership", "Network", "Alliance",
                     "Federation", "Commission", "Agency", "Authority", "Fund", "Hospice", "CCG", "ICB", "FT", "Police",
                     "Constabulary", "Brigade", "College", "Surgery"}
OF_OPENERS = {"University", "Institute", "College"}
# A trust word that opens a usual short name with the place after it: 'the Royal Surrey'.
ROYAL = "Royal"
# Last words of a capitalised phrase an acronym is defined for that name a measure, plan or law, not a
# body: 'Standardised Hospital Mortality Indicator (SHMI)', 'Five Year Forward View (FYFV)', 'Memorandum of
# Understanding (MOU)'.
MEASURE_HEADS = {"Indicator", "Index", "Score", "Rate", "Ratio", "Plan", "Plans", "Programme", "Framework",
                 "Scheme", "Tariff", "Standard", "Standards", "Strategy", "Act", "Bill", "Survey", "Record",
                 "Records", "Target", "Targets", "Initiative", "Pathway", "Tool", "Guidance", "View",
                 "Understanding", "Agreement"}
# Words of local bodies' names that name no place, so never extend 'NHS' + places ('Rochdale Borough').
NOT_PLACE_WORDS = {"Borough", "City", "County", "District", "Districts", "Rural", "Royal", "Great", "High",
                   "Point", "Castle", "Coast", "Coastal", "Country", "Vale", "Valley", "Valleys", "Central",
                   "Heath", "Forest", "Chase", "Downs", "Bay", "St", "Online"}
# Parts of England that follow 'NHS' in the names of its regional bodies ('NHS South of England').
REGION_WORDS = {"North", "South", "East", "West", "Mid", "Midlands", "England", "Humber", "Yorkshire"}
# Words between the places of one name: 'NHS Heywood, Middleton and Rochdale', 'NHS South-West'.
PLACE_CONNECTORS = {"and", "of", "the", ",", "-"}
# Kinds of the gazetteer whose names are 'NHS' + places + their kind ('NHS Cumbria CCG').
PLACE_NAMED_KINDS = {"ccg", "icb"}
# Words after 'Royal' in a trust's name that name no place, so 'Royal National' is no short name.
NOT_PLACES = {"National", "United"}
# Before a place rather than a body: 'hospitals in Salisbury', 'providers across Newcastle'.
PLACE_PREPOSITIONS = {"in", "across", "around", "near", "throughout", "within", "outside", "covering"}
# Words of the place before 'and St X's' in one name: 'Ashford' (not 'Health Secretary Wes Streeting and St Mary's
# Hospital', nor a list's heading and a peer's name run on without commas).
MAX_WORDS_BEFORE_SAINT = 3
# Small words that give letters of an acronym only when at least so many do: 'AITC' ('in', 'the').
MIN_SMALL_WORD_INITIALS = 2
INDEFINITE_ARTICLES = {"a", "an"}
NO_INITIAL = {"and", "of", "for", "the", "&", "on", "upon", "in", "to"}


def initials(words: List[str]) -> str:
    """Initials of a long form; an all-caps word ("NHS") gives all its letters."""
    out = []
    for w in words:
        if w.lower() in NO_INITIAL:
            continue
        out.append(w if w.isupper() else w[0])
    return "".join(out).upper()


# The name endings of bodies their first words stand for: 'Sherwood Forest', 'Hywel Dda', 'Rennie Grove', 'Kingston'.
# Heads of shapes that name a body only as a whole capitalised run: 'Northlands Surgery', not 'Hip Replacement Surgery'.
WHOLE_RUN_HEADS = {"Surgery"}
# Heads of shapes whose names a headline may write in capitals: 'NORTHLANDS surgery and Patford House Partnership'
REPEATED_SHAPE_HEADS = {"Surgery", "Practice", "Partnership", "Hospice"}
HOSPICE_ENDINGS = ("Hospice", "Hospice Care")  # a hospice charity's first words are its name, not a place
# A practice's, charity's or company's first words may be its own name too ('Northlands', 'Southside', 'Nuffield'):
# a short form when they are no place and no body's word ('Health and Care Partnership' has none).
OWN_NAME_ENDINGS = (" Surgery", " Partnership", " Health")
NAME_FIRST_ENDINGS = HOSPICE_ENDINGS + OWN_NAME_ENDINGS
# The words before such a short form where it stands for its body: 'chief executive of Southside'.
SHORT_FORM_LINKS = {"of", "at", "from", "with", "by", "for", "and", "between"}
# Words of councils' names that are no place: 'City', 'Council'.
COUNCIL_NAME_WORDS = {"City", "County", "Borough", "District", "Council", "Metropolitan", "Royal", "The", "London",
                      "Combined", "Authority", "Unitary", "Town", "Parish", "Corporation"}
SHORT_FORM_ENDINGS = ("Trust", " trust", "Health Board", " University", " LBC", " MBC") + NAME_FIRST_ENDINGS
# Words a body's short form may leave out: 'ELFT' for East London NHS Foundation Trust, 'BHRUT' for
# Barking, Havering and Redbridge University Hospitals NHS Trust, 'UHL' for University Hospitals of
# Leicester NHS Trust, 'SECAmb' for South East Coast Ambulance Service.
DROPPABLE_IN_INITIALS = ("NHS", "Foundation", "Trust", "Hospitals", "Hospital", "Service")
# Short forms with '&' of services and fields, never of a body: 'A&E', 'R&D'.
FIELD_AMPERSAND_FORMS = {"A&E", "R&D", "H&S", "M&A", "Q&A", "P&L"}


def initials_variants(words: List[str]) -> frozenset:
    """Initials of a name with every choice of its droppable words left out (at least 3 letters, or 2 for a
    name of two words), also with its 'and' written as '&' (three letters or more).

    A pure function of the words, and an article repeats its names: each is computed once."""
    return _initials_variants(tuple(words))


@lru_cache(maxsize=1 << 14)
def _initials_variants(words: Tuple[str, ...]) -> frozenset:
    # a lower-case word gives no initial: 'UHW' for 'University Hospital of Wales trust', 'MHRA' for
    # 'Medicines and Healthcare products Regulatory Agency'
    kept = [w for w in words if w.lower() not in NO_INITIAL and not w.islower()]
    droppable = [w for w in DROPPABLE_IN_INITIALS if w in kept]
    out = set()
    for mask in range(1 << len(droppable)):
        dropped = {droppable[b] for b in range(len(droppable)) if mask >> b & 1}
        if "NHS" in kept and "NHS" not in dropped and "Trust" in dropped:
            continue  # 'PCN' is not Pennine Care NHS (Foundation Trust): NHS is never kept without its Trust
        letters = "".join(w[0] for w in kept if w not in dropped).upper()
        if len(letters) >= 3 or (len(letters) == 2 == len(words) and not dropped):
            out.add(letters)  # two letters only for a name of two words: 'OC' for 'Optical Confederation', not
            # 'HC' for 'House of Commons' ('HC 650' numbers its papers)
        if "and" in words and len(letters) >= 3:
            # 'RD&E' for 'Royal Devon and Exeter NHS Foundation Trust': the 'and' as '&', three letters or more (two
            # are as often a field's: 'T&O', 'L&D'); never a service's or a field's short form ('A&E', 'R&D')
            ampersand = "".join("&" if w == "and" else w[0] for w in words
                                if (w == "and" or w in kept) and w not in dropped).upper()
            if ampersand not in FIELD_AMPERSAND_FORMS:
                out.add(ampersand)
    return frozenset(out)


def foundation_trust_prefixes(aliases: Dict[str, Tuple[str, str]]) -> Dict[tuple, set]:
    """Leading words of each foundation trust's name (without 'The'), to the names they start."""
    index: Dict[tuple, set] = {}
    for canonical, kind in aliases.values():
        if kind != "trust" or not canonical.endswith("Foundation Trust"):
            continue
        words = canonical.split()
        words = words[1:] if words[0] == "The" else words
        for n in range(1, len(words) - 2):
            index.setdefault(tuple(words[:n]), set()).add(canonical)
    return index


def trust_prefixes(aliases: Dict[str, List[str]]) -> set:
    """Leading words of every trust's name (without 'The'): 'West Suffolk', 'Bro Morgannwg'."""
    out = set()
    for canonical, kind in aliases.values():
        if kind == "trust":
            words = canonical.split()
            words = words[1:] if words[0] == "The" else words
            out.update(tuple(words[:n]) for n in range(1, len(words)))
    return out


def canonicals_by_key(aliases: Dict[str, List[str]]) -> Dict[str, Tuple[str, str]]:
    """Gazetteer canonicals by their matching key (normalise.org_key), where one canonical has the key."""
    found: Dict[str, set] = {}
    for canonical, kind in aliases.values():
        found.setdefault(org_key(canonical), set()).add((canonical, kind))
    return {key: min(named) for key, named in found.items() if len({c for c, _ in named}) == 1}


def place_words(words: List[str], trust_words: set) -> List[str]:
    """The words of a trust's name up to its first trust word after a place: 'Sherwood Forest', and
    'Royal Surrey' of Royal Surrey NHS Foundation Trust, whose first word is a trust word."""
    lead = len(list(itertools.takewhile(lambda w: w in trust_words, words)))
    place = list(itertools.takewhile(lambda w: w not in trust_words, words[lead:]))
    return words[:lead] + place if place else []


def nhs_place_words(aliases: Dict[str, List[str]], trust_words: set) -> set:
    """Words naming places in local NHS bodies' names: those after 'NHS' in CCG and ICB names and
    the one before 'NHS' in a trust's name ('Plymouth' of University Hospitals Plymouth NHS Trust)."""
    found = set(REGION_WORDS)
    # Where 'NHS Cumbria Clinical Commissioning Group' ends its places.
    kind_words = trust_words | {"Clinical", "Integrated"}
    for canonical, kind in aliases.values():
        words = canonical.replace(",", " ").split()
        if kind in PLACE_NAMED_KINDS and words[0] == "NHS":
            found.update(itertools.takewhile(lambda w: w not in kind_words, words[1:]))
        elif kind == "trust" and words[0] != "NHS" and "NHS" in words:
            found.add(words[words.index("NHS") - 1])  # 'Plymouth', not 'Group' of The Dudley Group
    return {w for w in found if w.isalpha() and w[:1].isupper() and w not in NOT_PLACE_WORDS and w != "NHS"}


def trust_short_names(aliases: Dict[str, List[str]], trust_words: set, places: Set[str] = frozenset()
                      ) -> Dict[str, List[str]]:
    """A trust's usual short name, its name without 'NHS (Foundation) Trust' when that ends in a word
    naming a provider: 'Barts Health', 'Homerton Healthcare', 'Cambridge University Hospitals', with
    'Hospital(s)' dropped after such a word ('Chesterfield Royal', 'Sheffield Teaching'); and 'Royal'
    with the place after it ('the Royal Surrey', 'the Royal Berkshire'), or with its name word before a place
    ('the Royal Free' of Royal Free London).
    Names two trusts share, and single words, are left out."""
    found: Dict[str, set] = {}
    for alias, (canonical, kind) in aliases.items():
        if kind != "trust":
            continue
        for suffix in (" NHS Foundation Trust", " NHS Trust"):
            if alias.endswith(suffix) and alias != canonical:
                words = alias[:-len(suffix)].split()
                if len(words) >= 3 and words[:2] == UNIVERSITY_HOSPITALS:
                    # a former name's short form ('University Hospitals Bristol') still names the body
                    found.setdefault(" ".join(words), set()).add(canonical)
            if canonical.endswith(suffix):
                short = canonical[:-len(suffix)]
                short = short[4:] if short.startswith("The ") else short
                words = short.split()
                # a possessive names a hospital, not a place: 'Guy's and St Thomas'', 'Liverpool Women's'
                provider_ending = len(words) >= 2 and (words[-1] in SHORT_NAME_ENDINGS | PROVIDER_WORDS
                                                       or words[-1].endswith(POSSESSIVE_ENDINGS))
                if provider_ending or words[:2] == UNIVERSITY_HOSPITALS:
                    found.setdefault(short, set()).add(canonical)
                if len(words) >= 3 and words[-1] == UNIVERSITY_HOSPITALS[0] and words[-2] in SHORT_NAME_ENDINGS:
                    # a university trust is still called by its older name: 'West Midlands Ambulance Service'
                    found.setdefault(" ".join(words[:-1]), set()).add(canonical)
                if len(words) >= 3 and words[-1] in HOSPITAL_WORDS and words[-2] in PROVIDER_WORDS:
                    found.setdefault(" ".join(words[:-1]), set()).add(canonical)
                royal = place_words(short.split(), trust_words)
                if royal[:1] == [ROYAL] and len(royal) in (2, 3) and royal[1] not in NOT_PLACES:
                    found.setdefault(" ".join(royal), set()).add(canonical)
                    if len(royal) == 3 and royal[2] in places and royal[1] not in places | REGION_WORDS:
                        found.setdefault(" ".join(royal[:2]), set()).add(canonical)  # 'the Royal Free' (London)
    return {short: [names.pop(), "trust"] for short, names in found.items()
            if len(names) == 1 and short not in aliases}


def _spelling_variants(name: str) -> Set[str]:
    """How publishers spell a name otherwise: 'Bath & North East Somerset Council', 'Ashford and Saint Peter's
    Hospitals', 'South-Eastern Health and Social Care Trust'."""
    variants, todo = set(), [name]
    while todo:  # each spelling with each other: 'Ashford & Saint Peter's Hospitals'
        spelt = todo.pop()
        others = (spelt.replace(" and ", " & "), re.sub(r"\bSt ", "Saint ", spelt), COMPASS_PAIR.sub(r"\1-\2", spelt))
        for other in others:
            if other != name and other not in variants:
                variants.add(other)
                todo.append(other)
    return variants


def _written_as(span: Span, words: Tuple[str, ...]) -> bool:
    """The span spells the name's words with the same capitals, but for inner capitals of a brand
    ('HealthCare' for 'Healthcare'); not 'NHS ENGLAND' nor 'nhs england'."""
    for tok, word in zip(span, words):
        text = tok.text
        if text != word and (text[:1] != word[:1] or (text.isupper() and not word.isupper())):
            return False
    return True


def _defined_short_form(doc: Doc, k: int) -> bool:
    """Token k is a short form in capitals defined earlier in brackets ('(NHFT)'), not 'NHS' nor a word in
    capitals ('CHORLEY and South Ribble NHS Trust')."""
    word = doc[k].text
    return doc[k].is_upper and len(word) > 2 and word != "NHS" and any(
        doc[j].text == word and doc[j - 1].text == "(" for j in range(1, k))


def _not_a_place(span: Span) -> bool:
    """A short form named after a saint or with a possessive is a hospital's name, not a place's:
    'St George's', 'Guy's' (ORG, like 'Royal Free'), unlike 'chair of Sherwood Forest'."""
    return span[0].text in SAINTS | {"Saint"} or any(t.text in {"'s", "’s"} for t in span)


def _name_university_parts(doc: Doc) -> None:
    """A college, faculty, school or institute named with its university takes the university's name
    first in its canonical: 'the College of Human and Health Sciences at Swansea University' ->
    'Swansea University College of Human and Health Sciences'."""
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    for part, nxt in zip(ents, ents[1:]):
        if part[0].text not in UNIVERSITY_PARTS or len(part) < 3 or part[1].lower_ != "of" or part._.canonical:
            continue
        between = [t.lower_ for t in doc[part.end:nxt.start]]
        university = nxt._.canonical or nxt.text
        if between in (["at"], [","], ["at", "the"], [",", "the"]) and "University" in university.split():
            part._.canonical = f"{university} {part.text}"


def _name_bracketed_short_forms(doc: Doc) -> None:
    """A shorter name in capitals in brackets right after a body's is its short form, whatever shape it has: 'the
    Isle of Wight Council (IOW Council)', 'the Isle of Wight National Health Service Primary Care Trust (IOW NHS
    PCT)'."""
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    for name, short in zip(ents, ents[1:]):
        if short.start == name.end + 1 and doc[name.end].text == "(" and short.end < len(doc) \
                and doc[short.end].text.startswith(")") and len(short) < len(name) \
                and any(t.is_upper and len(t) > 1 and t.text != "NHS" for t in short):
            short._.canonical = name._.canonical or name.text


def _singular(name: str) -> str:
    """A plural name's singular: 'local authorities' -> 'local authority', 'integrated care boards' -> '... board'."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


def _inside_capitalised_run(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words go on before or after the name: it is part of a longer run of them."""
    before = start > 0 and doc[start - 1].is_title and doc[start - 1].text not in LEADING_ARTICLES \
        and not doc[start - 1].is_sent_start
    return before or (end < len(doc) and doc[end].is_title)


def _after_indefinite(doc: Doc, start: int) -> bool:
    """'an Academic Health Sciences Centre': the words at token start follow 'a' or 'an'."""
    return start > 0 and doc[start - 1].lower_ in INDEFINITE_ARTICLES


def _repeated_names(doc: Doc, named: List[Span]) -> List[Span]:
    """The other mentions of names read from where they stand ('CEO of UK-Med'): the same words elsewhere in
    the article, in any case ('UK-MED'), capitalised and outside any entity."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    text = doc_text(doc)
    out = []
    for name in {s.text for s in named}:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags=re.IGNORECASE):
            span = doc.char_span(match.start(), match.end(), label="ORG")
            if span is None or not span.text[:1].isupper() or taken.intersection(range(span.start, span.end)):
                continue
            if any(0 <= k < len(doc) and doc[k].is_title for k in (span.start - 1, span.end)):
                continue  # not inside a longer name: 'Graduate Entry Medical School'
            out.append(_unlisted_name(doc, span.start, span.end, taken))
    return out


def _literal_words(token_pattern: dict) -> List[str]:
    """The words a Matcher token pattern spells out: its ORTH, or the list of its ORTH IN."""
    orth = token_pattern.get("ORTH")
    if isinstance(orth, str):
        return [orth]
    return list(orth.get("IN", [])) if isinstance(orth, dict) else []


def is_acronym_candidate(word: str) -> bool:
    """A word that may be an inferred acronym: capitals only, 2-7 characters, one of them may be an '&' for an
    'and' ('RD&E')."""
    return 2 <= len(word) <= 7 and (word.isalpha() or re.fullmatch("[A-Z]+&[A-Z]+", word) is not None) \
        and word.isupper()


# Orth ids of the words looked at so far, and of those that pass is_acronym_candidate (a pure function
# of the word, and a corpus repeats its words): a doc's candidates are then two set operations.
_SEEN_WORDS: set = set()
_CANDIDATE_WORDS: set = set()


def acronym_candidates(doc: Doc, orths: List[int]) -> set:
    """The words of the doc that pass is_acronym_candidate, each word looked at once per process."""
    strings = doc.vocab.strings
    distinct = set(orths)
    new = distinct - _SEEN_WORDS
    if new:
        _CANDIDATE_WORDS.update(o for o in new if is_acronym_candidate(strings[o]))
        _SEEN_WORDS.update(new)
    return {strings[o] for o in distinct & _CANDIDATE_WORDS}


def inferred_acronyms(doc: Doc, spans: List[Span], orths: List[int]) -> Dict[str, str]:
    """Acronyms the article uses for a body it names in full without defining them: 'ELFT' after
    'East London NHS Foundation Trust', 'UHL' after 'University Hospitals of Leicester NHS Trust'.
    Only capitalised words of 3-7 letters that spell one body's name of this article."""
    candidates = acronym_candidates(doc, orths)
    if not candidates:
        return {}
    candidates -= _in_capitals_runs(doc, candidates, orths)
    spelt: Dict[str, set] = {}
    for span in spans:
        name = span._.canonical or span.text
        for variant in initials_variants(name.replace(",", " ").split()) & candidates:
            spelt.setdefault(variant, set()).add(name)
    return {a: names.pop() for a, names in spelt.items() if len(names) == 1}


def _in_capitals_runs(doc: Doc, words: set, orths: List[int]) -> set:
    """Words written next to another word in capitals: a headline in capitals ('JOBS TO BE CUT'), not
    an acronym. Only the neighbours of the words are read, from the ORTH array: most docs hold one ('NHS')."""
    ids = {doc.vocab.strings[w] for w in words}

    def capitals(k: int) -> bool:
        text = doc.vocab.strings[orths[k]] if 0 <= k < len(orths) else ""
        return len(text) > 1 and text.isalpha() and text.isupper() and text != "NHS"

    found = set()
    for o in ids:  # each place the word is, found by list.index instead of a loop over every token
        i = -1
        while True:
            try:
                i = orths.index(o, i + 1)
            except ValueError:
                break
            if capitals(i - 1) or capitals(i + 1):
                found.add(doc.vocab.strings[o])
                break
    return found


def acronym_spans(doc: Doc, acronyms: Dict[str, str], orths: List[int], taken: set) -> List[Span]:
    """An ORG for every use of the acronyms outside the tokens taken."""
    ids = {doc.vocab.strings[a]: a for a in acronyms}
    found = []
    for i, orth in enumerate(orths):
        if orth in ids and i not in taken:
            name = acronyms[ids[orth]]
            # 'UHW trust' short for 'University Hospital of Wales trust': the trade press's lower-case kind
            end = i + 2 if name.endswith(" trust") and i + 1 < len(doc) and doc[i + 1].text == "trust" else i + 1
            span = Span(doc, i, end, label="ORG")
            span._.canonical, span._.org_kind = name, "acronym"
            found.append(span)
    return found


def find_long_form(doc: Doc, open_i: int, acronym: str, commas: bool = False) -> Optional[Tuple[int, int]]:
    """Token bounds of the capitalised phrase before '(' whose initials spell the acronym; with `commas`, a name
    that lists with commas may spell it too ('Tees, East and North Yorkshire Ambulance Service (TENYAS)')."""
    # a plural's lower-case 's' spells no word ('CCGs'); a capital S may ('SPS', Southwest Pathology Services)
    spellings = {acronym.upper(), acronym.upper().rstrip("S")}
    if acronym.endswith("s"):
        spellings.add(acronym[:-1].upper())
    end = open_i
    for start in range(open_i - 1, max(-1, open_i - len(acronym) - 5), -1):
        tok = doc[start]
        hyphenated = tok.text == "-" or (start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
        if commas and tok.text == "," and start < end - 1:
            continue
        if not (tok.text[:1].isupper() or tok.text.lower() in CONNECTORS or hyphenated):
            break
        if tok.text.lower() in CONNECTORS and start < end - 1 and tok.text[:1].islower():
            continue
        words = [w for w in _hyphen_joined(doc[start:end]) if w != ","]
        if words[0].lower() in CONNECTORS:
            continue
        if initials(words) in spellings or _initials_with_and(words) in spellings:
            return start, end
        if _initials_of_every_word(words) in spellings and not _after_indefinite(doc, start):
            return start, end  # 'Albion in the Community (AITC)'; not 'A Bed in the Community (BITC)', a kind
    return None


def _used_as_verb(doc: Doc, end: int) -> bool:
    """A one-word name before an article and a lower-case noun is a verb: 'Mind the gap', 'Reform the system';
    not 'Unite the Union'."""
    return end + 1 < len(doc) and doc[end].lower_ in {"the", "your", "our"} and doc[end + 1].is_lower \
        and doc[end + 1].is_alpha


def _ends_a_title(doc: Doc, k: int, taken: set, in_roles: set, name_endings: set) -> bool:
    """A one-word name at token k is the last word of a Title-case title, not a body: 'Reform' in 'Minister for
    Public Expenditure and Reform' (a post's field) and 'the National Health Service Reform (Scotland) Bill'; not
    after another body's name ('NHS England and Monitor', 'Leeds City Council and Unison') or a post ('Chief
    Executive of Monitor')."""
    if k in in_roles:
        return True
    after = k + 1 + (3 if k + 3 < len(doc) and doc[k + 1].text == "(" and doc[k + 3].text == ")" else 0)
    if after < len(doc) and doc[after].text in LAW_WORDS:
        return True  # 'the National Health Service Reform (Scotland) Bill'
    j = k - 1 - int(k > 1 and doc[k - 1].lower_ in {"and", "&", "of", "for"})
    return j >= 0 and j not in taken and doc[j].is_title and not doc[j].is_sent_start and doc[j].is_alpha \
        and doc[j].text not in name_endings


def _before_next_holder(doc: Doc, start: int, end: int, role_starts: set) -> int:
    """Where a name run after a post stops before 'and' and the next holder's name set off before their own post:
    'Chairman of the Trust and Claire Riley, Executive Director of ...' ends at 'Trust'."""
    if end + 1 >= len(doc) or doc[end].text != "," or end + 1 not in role_starts:
        return end
    for j in range(end - 3, start, -1):
        if doc[j].lower_ == "and" and end - j - 1 in (2, 3) and all(t.is_title for t in doc[j + 1:end]):
            return j
    return end


def _names_a_class(acronym: str, last: Token) -> bool:
    """A plural short form of a plural name stands for a class of bodies: 'Clinical Commissioning Groups (CCGs)',
    'Academic Health Science Networks (AHSNs)'."""
    return len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper() and last.text.endswith("s")


def _unlisted_name(doc: Doc, start: int, end: int, taken: set) -> Span:
    """An ORG of a name no gazetteer or shape knows, read from where it stands; its tokens taken."""
    span = Span(doc, start, end, label="ORG")
    span._.org_kind = "after_role"
    taken.update(range(start, end))
    return span


def _name_start_before(doc: Doc, k: int, taken: set) -> int:
    """The first token of the capitalised name ending before token k ('of', 'for' and '&' inside it), which may
    open its sentence."""
    start = k
    while start > 0 and start - 1 not in taken and doc[start - 1].is_alpha \
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in {"of", "for", "&"}) \
            and not doc[start - 1].is_sent_start:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].is_stop and start - 1 not in taken:
        start -= 1  # the name opens the sentence
    return start


def _listed_places(doc: Doc, i: int, taken: set) -> List[Tuple[int, int]]:
    """Token bounds of the places listed from token i, runs of capitalised words split at commas and closed by
    the one after 'and': 'Falmouth, Exeter and Plymouth'."""
    items: List[Tuple[int, int]] = []
    closed = False
    while True:
        end = i
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken:
            end += 1
        if end == i:
            return items
        items.append((i, end))
        if closed:
            return items
        j = end + int(end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and")
        if j >= len(doc) or doc[j].text not in {",", "and"} or len(items) == MAX_LISTED_UNIVERSITIES:
            return items
        closed, i = doc[j].lower_ == "and", j + 1  # the item after 'and' is the last


def _spells_kind_only(acronym: str, long_form: Span) -> bool:
    """The acronym spells only the last words of the name, its kind, not the place before them: 'CCG' after
    'Trafford Clinical Commissioning Group', 'ICS' after 'North West London Integrated Care System'."""
    words = [w for w in _hyphen_joined(long_form) if w.isalpha() and w.lower() not in NO_INITIAL]
    n = len(acronym)
    return acronym.isupper() and len(words) > n and initials(words[-n:]) == acronym


def _hyphen_joined(tokens) -> List[str]:
    """The words of tokens, a hyphenated word one word: 'Co-operation and Working Together'."""
    words: List[str] = []
    for tok in tokens:
        if words and (tok.text == "-" or words[-1].endswith("-")) and not tok.nbor(-1).whitespace_:
            words[-1] += tok.text
        else:
            words.append(tok.text)
    return words


def _spells_initials(letters: str, words: List[str]) -> bool:
    """The capital letters are the initials of the words, in one of the ways short forms are made."""
    return letters in initials_variants(words) | {initials(words)}


def _initials_with_and(words: List[str]) -> str:
    """Initials where 'and' gives its 'A': 'CAWT' for 'Co-operation and Working Together'."""
    return "".join(w[0] for w in words if w == "and" or w.lower() not in NO_INITIAL).upper() if "and" in words else ""


def _initials_of_every_word(words: List[str]) -> str:
    """Initials where every small word gives its letter too, when two or more do: 'AITC' for 'Albion in the
    Community'; not 'LOS' for 'Length of Stay', 'A&E' for 'Accident & Emergency'."""
    if not all(w[:1].isalpha() for w in words) or sum(w.lower() in NO_INITIAL for w in words) < MIN_SMALL_WORD_INITIALS:
        return ""
    return "".join(w[0] for w in words).upper()


def _abbreviates(word: str, words: List[str], a: int = 0, w: int = 0, p: int = 0) -> bool:
    """The mixed-case short form spells the words in order: each letter starts the next word (a small
    one a connector's: the 'a' of 'and'), or a small letter goes on with the word before ('Ox' of
    'Oxford'); words short forms leave out ('NHS Trust') and connectors may be passed over."""
    if a == len(word):
        return all(x in DROPPABLE_IN_INITIALS or x.lower() in NO_INITIAL for x in words[w:])
    c = word[a]
    goes_on = c.islower() and 0 < p < len(words[w - 1]) and words[w - 1][p] == c
    if goes_on and _abbreviates(word, words, a + 1, w, p + 1):
        return True
    if w == len(words):
        return False
    if words[w][0] == c and _abbreviates(word, words, a + 1, w + 1, 1):
        return True
    skippable = words[w] in DROPPABLE_IN_INITIALS or words[w].lower() in NO_INITIAL
    return skippable and _abbreviates(word, words, a, w + 1, 0)


def _starts_words_of(short: List[str], long: List[str]) -> bool:
    """Each word of the short name starts a word of the long name, in order, or in capitals spells the
    initials of the next words, and not all are whole words: 'Manchester Met' of 'Manchester
    Metropolitan University', 'UH Bristol' of 'University Hospitals Bristol NHS Foundation Trust'."""
    k = 0
    for word in short:
        while k < len(long) and not long[k].startswith(word) and not _spells(word, long[k:]):
            k += 1
        if k == len(long):
            return False
        k += len(word) if _spells(word, long[k:]) else 1
    return not all(word in long for word in short)


def _spells(word: str, words: List[str]) -> bool:
    """A word in capitals that is the initials of the first words: 'UH' of 'University Hospitals'."""
    return len(word) > 1 and word.isupper() and word.isalpha() and len(words) >= len(word) \
        and "".join(w[0] for w in words[:len(word)]) == word


def bracketed_words(orths: "numpy.ndarray", open_id: int, close_id: int, quote_ids: List[int]) -> List[Tuple[int, int]]:
    """(i, k) for each word k alone in brackets that open at i > 0: '(NHSI)', or in quotes inside them, as
    the short form a company or a partnership defines for itself: "(‘SPS’)". Found in the ORTH array at once."""
    if len(orths) < 4:
        return []
    hits = (orths[1:-2] == open_id) & (orths[3:] == close_id)
    found = [(i, i + 1) for i in (numpy.flatnonzero(hits) + 1).tolist()]
    if len(orths) >= 6:
        quoted = (orths[1:-4] == open_id) & numpy.isin(orths[2:-3], quote_ids) \
            & numpy.isin(orths[4:-1], quote_ids) & (orths[5:] == close_id)
        found += [(i, i + 2) for i in (numpy.flatnonzero(quoted) + 1).tolist()]
    return found


class OrgRecognizer:
    """Find ORG mentions; rules come from `initialize` (paths in config.cfg) or `from_disk`."""

    def __init__(self, nlp: Language, name: str, noun_only_kinds: List[str]):
        self.nlp = nlp
        self.name = name
        self.noun_only_kinds = set(noun_only_kinds)
        self.aliases: Dict[str, List[str]] = {}  # alias -> [canonical, kind]
        self.shape_patterns: List[dict] = []
        self.noun_followers: List[str] = []
        self.trust_name_words: List[str] = []
        self.class_acronyms: List[str] = []  # 'CCG', 'ICS': short forms of a kind of body, never of one body
        self.class_names: List[str] = []  # 'Integrated Care Board': a kind's own name, naming no body alone
        self.body_descriptors: List[str] = []  # 'company', 'charity': a name these describe is a body
        self.legal_forms: List[str] = []  # 'Community Interest Company': capitalised like a name, naming none
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   gazetteers: Iterable[str] = (), patterns: Optional[str] = None,
                   noun_followers: Optional[str] = None, trust_name_words: Optional[str] = None,
                   class_acronyms: Optional[str] = None, body_descriptors: Optional[str] = None,
                   legal_forms: Optional[str] = None) -> None:
        self.trust_name_words = sorted(r.phrase for r in load_phrases(trust_name_words)) if trust_name_words else []
        classes = load_phrases(class_acronyms, "long_form") if class_acronyms else []
        self.class_acronyms = sorted(r.phrase for r in classes)
        self.class_names = sorted(r.value for r in classes if r.value)
        self.body_descriptors = sorted(r.phrase.lower() for r in load_phrases(body_descriptors)) \
            if body_descriptors else []
        self.legal_forms = sorted(r.phrase for r in load_phrases(legal_forms)) if legal_forms else []
        self.aliases = {}
        for path in gazetteers:
            for rec in load_gazetteer(path):
                # The first row of an alias wins, so the curated national table overrides ODS.
                self.aliases.setdefault(rec.alias, [rec.canonical, rec.kind])
        self.shape_patterns = load_patterns(patterns) if patterns else []
        self.noun_followers = sorted(r.phrase.lower() for r in load_phrases(noun_followers)) if noun_followers else []
        self._build()

    def _build(self) -> None:
        # LOWER, with the capitals checked after: a brand's inner capital ('Dorset HealthCare') names the body
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._alias_words: Dict[str, List[Tuple[str, ...]]] = {}
        self._trust_words = set(self.trust_name_words)
        self._place_words = nhs_place_words(self.aliases, self._trust_words)
        short_names = trust_short_names(self.aliases, self._trust_words, self._place_words)
        self._short_names = set(short_names)
        self.aliases.update(short_names)
        for alias in self.aliases:
            # Typography varies between publishers: King's / King’s name the same body.
            variants = {alias, alias.replace("'", "’"), alias.replace("’", "'")}
            if ", " in alias and " and " in alias and ", and " not in alias:
                head, _, tail = alias.rpartition(" and ")  # 'Barking, Havering, and Redbridge ...'
                variants.add(f"{head}, and {tail}")
            if ", " in alias:  # 'The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust', commas dropped
                variants |= {v.replace(", ", " ") for v in variants}
            variants |= {spelt for v in variants for spelt in _spelling_variants(v)}
            variant_docs = list(self.nlp.tokenizer.pipe(sorted(variants)))
            self._alias_words[alias] = [tuple(t.text for t in d) for d in variant_docs]
            self.phrase_matcher.add(alias, variant_docs)
        shapes = [(pat.get("id", f"shape{n}"), pat["pattern"]) for n, pat in enumerate(self.shape_patterns)]
        self.shape_matcher = WindowedMatcher(self.nlp.vocab, shapes, greedy="LONGEST")
        self._followers = set(self.noun_followers)
        self._class_acronyms = set(self.class_acronyms)
        self._class_names = {name.lower().replace("’", "'") for name in self.class_names}
        self._legal_forms = set(self.legal_forms)
        self._descriptor_ends = {tuple(d.split()) for d in self.body_descriptors}
        self._ft_prefixes = foundation_trust_prefixes(self.aliases)
        self._trust_prefixes = trust_prefixes(self.aliases)
        self._canonical_by_key = canonicals_by_key(self.aliases)
        # The head words of the shapes ('Trust', 'University', 'Board'): a shape of these alone names no body.
        self._kind_words = {pattern[-1]["ORTH"] for _, pattern in shapes if "ORTH" in pattern[-1]}
        # Every word a shape spells out ('University', 'Royal', 'College', 'Trust'): a name keeps one.
        self._shape_words = {word for _, pattern in shapes for tok in pattern for word in _literal_words(tok)}
        self._shape_words -= CONNECTORS
        self._place_words -= self._kind_words  # 'Group' of The Dudley Group NHS Foundation Trust
        # the places councils are named after: 'Cambridge' of Cambridge City Council
        council_places = {w for canonical, kind in self.aliases.values() if kind == "local_authority"
                          for w in canonical.replace(",", " ").split()
                          if w[:1].isupper() and w.isalpha() and w not in COUNCIL_NAME_WORDS}
        self._all_places = self._place_words | council_places  # made once, read for every short form

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = self._gazetteer_spans(doc)
        gazetteer = filter_spans(gazetteer + self._nhs_place_spans(doc, gazetteer))
        shapes = self._shape_spans(doc, gazetteer)
        for span in shapes:
            if span[-1].text in SHORT_SUFFIXES and len(span) > 1:
                # 'West Wiltshire PCT', 'East of England SHA': the PCTs and SHAs of 2002-2013 are in no gazetteer
                span._.canonical = f"{doc[span.start:span.end - 1].text} {SHORT_SUFFIXES[span[-1].text]}"
            known = self._canonical_by_key.get(org_key(span.text))
            if known is not None:
                # 'London North West University Healthcare Foundation Trust': a gazetteer name
                # written with 'NHS' dropped or 'Foundation Trust' for 'Trust'
                span._.canonical, span._.org_kind = known
            if span[-1].text == "FT":
                # "Northumbria FT": the one foundation trust whose name starts with those words
                words = tuple(t.text for t in span[:-1])
                words = words[:-1] if words[-1:] == ("NHS",) else words  # 'South Warwickshire NHS FT'
                found = self._ft_prefixes.get(words, set())
                whole = {c for c in found if c.removeprefix("The ").removesuffix(" NHS Foundation Trust").split()
                         == list(words)}
                found = whole if len(whole) == 1 else found  # 'Rotherham FT', not Rotherham Doncaster and ...
                if len(found) == 1:
                    span._.canonical, span._.org_kind = next(iter(found)), "trust"
        spans = filter_spans(gazetteer + shapes)
        spans = filter_spans(spans + self._shared_prefix_partners(doc, spans))
        spans = self._acronym_spans(doc, spans)
        short = self._short_form_spans(doc, spans)
        # 'Great Western Hospitals' is the body's usual short name, an ORG; a bare place standing for
        # it ('chair of Sherwood Forest') is no ORG (guidelines), only a reference relations may read.
        short = [s for s in short if not s._.canonical.endswith(OWN_NAME_ENDINGS) or self._own_name_short_form(s)]
        named = [s for s in short if s[-1].text in self._trust_words or _not_a_place(s)
                 or s._.canonical.endswith(NAME_FIRST_ENDINGS)]
        doc.spans[BODY_REFS] = [s for s in short if s not in named]
        doc.ents = filter_spans(list(doc.ents) + filter_spans(spans + named))
        after_roles = self._names_after_roles(doc) + self._described_names(doc)
        if after_roles:
            doc.ents = filter_spans(list(doc.ents) + after_roles)
            doc.ents = filter_spans(list(doc.ents) + _repeated_names(doc, after_roles))
        # a practice's or hospice's name read from its shape, written again in capitals: 'NORTHLANDS surgery'
        shaped = [s for s in shapes if s[-1].text in REPEATED_SHAPE_HEADS and s in doc.ents]
        if shaped:
            names = {s.text.lower(): s.text for s in shaped}
            recased = [r for r in _repeated_names(doc, shaped) if r.text not in names.values()]
            for span in recased:
                span._.canonical = names[span.text.lower()]
            doc.ents = filter_spans(list(doc.ents) + recased)
        # 'Albion in the Community (AITC)' read from its short form, then named again in full; not a kind of body
        # after 'a' ('to develop an Academic Health Sciences Centre (AHSC)')
        defined = [e for e in doc.ents if e._.org_kind == "acronym_definition" and not _after_indefinite(doc, e.start)]
        if defined:
            repeated = [e for e in _repeated_names(doc, defined) if not _after_indefinite(doc, e.start)]
            doc.ents = filter_spans(list(doc.ents) + repeated)
        universities = self._universities_listed(doc)  # their places elsewhere are places: not repeated names
        if universities:
            doc.ents = filter_spans(list(doc.ents) + universities)
        _name_university_parts(doc)
        _name_bracketed_short_forms(doc)
        return doc

    def _nhs_place_spans(self, doc: Doc, gazetteer: List[Span]) -> List[Span]:
        """'NHS' and places alone: the primary care trusts' and strategic health authorities' names
        ('NHS Cambridgeshire', 'NHS Heywood, Middleton and Rochdale', 'NHS South of England'). Not
        one word of a longer name ('NHS Cumbria CCG'), nor past 'and' into another body's name
        ('NHS Newcastle and Newcastle City Council')."""
        covered = {i for s in gazetteer for i in range(s.start, s.end)}
        found = []
        # The few 'NHS' tokens, found in the LOWER array instead of making a Token of every word.
        for i in (k for k in word_positions(doc, ("nhs",)) if doc[k].text == "NHS" and k not in covered):
            end, k = i + 1, i + 1
            while k < len(doc) and (doc[k].text in self._place_words or doc[k].text in PLACE_CONNECTORS):
                k += 1
                if doc[k - 1].text in self._place_words:
                    end = k
            first_comma = next((j for j in range(i + 1, end) if doc[j].text == ","), None)
            name_end = end  # the capitalised name the places run into, to its kind's word: 'Shropshire County PCT'
            while name_end < len(doc) and doc[name_end].is_alpha and doc[name_end - 1].text not in self._kind_words \
                    and (doc[name_end].is_title or doc[name_end].is_upper or doc[name_end].text == "and"):
                name_end += 1
            if first_comma is not None and end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                    and not any(doc[j].text == "and" for j in range(first_comma, name_end)):
                end = first_comma  # 'NHS Herefordshire, Shropshire County PCT and ...': the list's next item; not
                # 'NHS Birmingham, Black Country and Solihull ICB'
            if end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
                ands = [j for j in range(i + 1, end) if doc[j].text == "and"]
                if not ands:
                    continue  # 'NHS Cumbria Partnership', 'NHS North West SHA': part of a longer name
                end = ands[-1]
            while end > i + 1 and doc[end - 1].text not in self._place_words:
                end -= 1
            commas = [j for j in range(i + 1, end) if doc[j].text == ","]
            if commas and not any(doc[j].text == "and" for j in range(commas[-1], end)):
                end = commas[0]  # 'NHS Cumbria, Lancashire' is a list, 'NHS A, B and C' a name
            if end > i + 1 and not covered.intersection(range(i, end)):
                span = Span(doc, i, end, label="ORG")
                span._.org_kind = "shape"
                found.append(span)
        return found

    def _names_after_roles(self, doc: Doc) -> List[Span]:
        """A name no gazetteer or shape knows, where only a body can stand: after a role and
        'of'/'at' ('non-executive director at Credit Suisse'), or closing an item of a witness list
        ('Dr Colin Hutchinson, Chair, Doctors for the NHS;')."""
        taken = {i for s in list(doc.ents) + list(doc.spans.get(BODY_REFS, ())) for i in range(s.start, s.end)}
        out = []
        roles = find_roles(doc)
        role_starts = {r.start for r in roles}
        for role in roles:
            k = role.end
            listed = k < len(doc) and doc[k].text == "," and self._set_off_after_name(doc, role.start)
            if not listed and (k >= len(doc) or doc[k].lower_ not in {"of", "at"}):
                continue
            k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k + 2 < len(doc) and doc[k].text == "Board" and doc[k + 1].lower_ == "of":
                k += 2 + int(doc[k + 2].lower_ == "the")  # 'Chair of the Board of the A Trust': the board is A's
            end = self._name_run(doc, k, taken)
            if end - k > 2 and doc[k + 1].lower_ == "and" and is_acronym(doc[k].text):
                end = k + 1  # 'chief executive of TSDFT and Suzanne Tracey, chief executive of': an acronym is whole
            end = _before_next_holder(doc, k, end, role_starts)
            if end == k or (listed and not self._closes_list_item(doc, end)):
                continue
            k = self._past_post_field(doc, k, end, [(role.start, k)])  # 'joint director of ICT for A Council'
            k += int(k < end and doc[k].lower_ == "the")  # 'director of ICT for the Herefordshire Council'
            if end < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end].lower_ not in CLAUSE_WORDS:
                continue  # 'chair of the Greater Manchester Mental Health Strategy board': a modifier
            if end - k < 2 and (not is_acronym(doc[k].text) or doc[k].text in self._class_acronyms):
                continue  # one capitalised word after 'of' is as often a place ('chief executive of Kettering'); a
                # kind's short form points back to a body ('Assistant Chief Executive of the ICB')
            if self._names_a_class_only(doc[k:end]):
                continue  # so does a kind's own name ('Chair of the Integration Joint Board')
            if self._unit_of_body(doc, k, end):
                continue  # 'Head of the Division of Medical Sciences at the University of Oxford': a unit (guidelines)
            words = tuple(t.text for t in doc[k:end])
            if words in self._trust_prefixes or " ".join(words) in self.aliases:
                continue  # a place standing for a trust (guidelines), or a name already read and put aside
            if end - k == 2 and doc[end - 1].text == "Board":
                end -= 1  # 'Chairman of the OxAHSC Board': the board is part of the post (guidelines)
            head = doc[end - 1].text
            if head.endswith("s") and head[:-1] in self._kind_words and head not in self._kind_words:
                continue  # 'managing director of East Kent CCGs': the bodies of a place, a class (guidelines)
            out.append(_unlisted_name(doc, k, end, taken))
        return out

    def _own_name_short_form(self, span: Span) -> bool:
        """A practice's, charity's or company's first words stand for it where a body stands ('chief executive
        of Southside', 'patients from Northlands'), when they name no place ('Cambridge') nor start a sentence."""
        doc = span.doc
        words = set(span.text.split())
        return span.start > 0 and doc[span.start - 1].lower_ in SHORT_FORM_LINKS \
            and not words & self._all_places

    def _names_a_class_only(self, words: Span) -> bool:
        """The words are a kind's own name ('Integrated Care Board', 'Health and Wellbeing Boards'), not a body's
        ('Intensive Care Society')."""
        name = words.text.lower().replace("’", "'")
        return name in self._class_names or _singular(name) in self._class_names

    @staticmethod
    def _unit_of_body(doc: Doc, start: int, end: int) -> bool:
        """'Division of Medical Sciences at the University of Oxford': a unit's name, then 'at' and its body; a
        division is always a unit ('where he was Head of the Division of Medicine')."""
        if end - start < 3 or doc[start].text not in UNIT_WORDS or doc[start + 1].lower_ not in {"of", "for"}:
            return False
        if doc[start].text in ALWAYS_UNIT_WORDS:
            return True
        k = end + 1 + int(end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        return end < len(doc) and doc[end].lower_ == "at" and k < len(doc) and doc[k].ent_type_ == "ORG"

    def _described_names(self, doc: Doc) -> List[Span]:
        """A name no gazetteer or shape knows, described as a body right after it: 'Proteus Digital Health, the US
        digital medical company, Sectra, the Swedish medical IT specialists and Congenica, the Cambridge genomic
        medicines company - will work with the NHSA'."""
        # the commas before an article, found in the LOWER array: most docs hold few
        commas = [i - 1 for i in word_positions(doc, ("the", "a", "an"))
                  if 1 < i < len(doc) - 1 and doc[i - 1].text == ","]
        if not self._descriptor_ends or not commas:
            return []
        taken = {i for s in list(doc.ents) + list(doc.spans.get(BODY_REFS, ())) for i in range(s.start, s.end)}
        out = []
        for k in commas:
            if k - 1 in taken or not self._ends_in_descriptor(doc, k + 2):
                continue
            start = _name_start_before(doc, k, taken)
            if start == k or not doc[start].text[:1].isupper() or doc[start].lower_ in NOT_BODY_WORDS:
                continue
            opener = doc[start - 1] if start > 0 else None
            if opener is not None and not (opener.is_punct or opener.lower_ in {"and", "with", "by", "from", "between"}
                                           or opener.is_space or doc[start].is_sent_start):
                continue  # a list's item or a clause's first name: ', Sectra, the', 'and Congenica, the'
            out.append(_unlisted_name(doc, start, k, taken))
        return out

    def _universities_listed(self, doc: Doc) -> List[Span]:
        """'the Universities of Exeter and Plymouth': one university per place, the first keeping the shared
        'Universities of' (guidelines, rule 14)."""
        heads = [k for k in word_positions(doc, ("universities",))
                 if k < len(doc) - 3 and doc[k].text == "Universities" and doc[k + 1].lower_ == "of"]
        if not heads:
            return []
        taken = {i for s in doc.ents for i in range(s.start, s.end)}
        named = {e.text: (e._.canonical or e.text, e._.org_kind) for e in doc.ents if e.label_ == "ORG"}
        out: List[Span] = []
        for k in heads:
            items = [] if k in taken else _listed_places(doc, k + 2, taken)
            if len(items) < 2:
                continue
            for n, (start, end) in enumerate(items):
                place = doc[start:end].text
                span = Span(doc, k if n == 0 else start, end, label="ORG")
                # the name the gazetteer or the article gives it: 'Falmouth University', not 'University of Falmouth'
                names = (f"University of {place}", f"{place} University")
                known = next((self.aliases[name] for name in names if name in self.aliases), None) \
                    or next((named[name] for name in names if name in named), None)
                span._.canonical, span._.org_kind = known if known else (f"University of {place}", "academic")
                out.append(span)
        return out

    def _ends_in_descriptor(self, doc: Doc, k: int) -> bool:
        """Up to MAX_DESCRIPTION_WORDS words from token k close on a body descriptor, then punctuation, 'and',
        'which', 'that' or the doc's end: 'the US digital medical company,'; not 'a charity worker'."""
        for end in range(k + 1, min(len(doc), k + MAX_DESCRIPTION_WORDS) + 1):
            if not doc[end - 1].is_alpha and doc[end - 1].text != "-":
                return False
            words = tuple(t.lower_ for t in doc[k:end])
            if any(words[-len(d):] == d for d in self._descriptor_ends) \
                    and (end >= len(doc) or doc[end].is_punct or doc[end].lower_ in {"and", "which", "that"}):
                return True
        return False

    @staticmethod
    def _set_off_after_name(doc: Doc, start: int) -> bool:
        """'Dr Colin Hutchinson, Chair, ...': the role follows a capitalised word and a comma."""
        return start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_title and doc[start - 2].is_alpha

    @staticmethod
    def _closes_list_item(doc: Doc, end: int) -> bool:
        return (end >= len(doc) or doc[end].text in {";", "."} or "\n" in doc[end].text
                or "\n" in doc[end - 1].whitespace_)

    @staticmethod
    def _name_run(doc: Doc, start: int, taken: set) -> int:
        """The end of a run of capitalised words from token start, with 'of', 'for', 'and', 'the'
        and '&' inside it ('Doctors for the NHS', 'Royal Society for Arts'), none of it taken."""
        end, k = start, start
        sent_end = doc[start].sent.end if start < len(doc) else start
        while k < sent_end:
            tok = doc[k]
            if k in taken:
                if k > start and doc[k - 1].lower_ in NAME_CONNECTORS - {"and", "&"} and tok.ent_iob_ == "B":
                    end = next(e.end for e in doc.ents if e.start == k)  # 'Doctors for the NHS'
                break  # 'NDHT and Royal Devon University Healthcare NHS Foundation Trust' are two bodies
            if tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in NOT_BODY_WORDS:
                k += 1
                end = k
            elif tok.text == "-" and k > start and not doc[k - 1].whitespace_ and not tok.whitespace_ \
                    and k + 1 < sent_end and doc[k + 1].text[:1].isupper():
                k += 1  # 'UK-Med'
            elif tok.lower_ in NAME_CONNECTORS and k > start:
                k += 1
            else:
                break
        return end

    def _short_form_keys(self, spans: List[Span]) -> Dict[Tuple[str, ...], set]:
        """The place words a trust's or health board's name starts with, to the bodies of this article they
        name: 'Sherwood Forest' for Sherwood Forest Hospitals Foundation Trust, 'Salisbury' for Salisbury FT,
        'Hywel Dda' for Hywel Dda University Health Board."""
        keys: Dict[Tuple[str, ...], set] = {}
        shape_keys: Dict[Tuple[str, ...], set] = {}
        first_place_keys: Dict[Tuple[str, ...], set] = {}  # 'Scarborough' of 'Scarborough and ...
        for span in spans:
            canonical = span._.canonical or span.text
            found = keys if span._.canonical else shape_keys  # a name the gazetteer knows wins
            # the name as written may end as the canonical does not: 'Hounslow LBC', London Borough of Hounslow
            for name, words in ((span.text, [t.text for t in span]), (canonical, canonical.split())):
                if not name.endswith(SHORT_FORM_ENDINGS):
                    continue
                words = words[1:] if words[0] in LEADING_ARTICLES else words
                key = tuple(place_words(words, self._trust_words))
                if name.endswith(OWN_NAME_ENDINGS):
                    key = tuple(words[:-1])  # 'Northlands' of Northlands Surgery
                    if set(key) & (self._trust_words | self._shape_words | CONNECTORS):
                        continue
                if key and len(key) < len(words) and (len(key) > 1 or len(key[0]) >= 4) \
                        and all(w[:1].isupper() or w in CONNECTORS or w in {",", "'s", "’s"} for w in key):
                    found.setdefault(key, set()).add(canonical)
                    if len(key) > 2 and key[1] in {"and", ","} and len(key[0]) >= 4:
                        first_place_keys.setdefault(key[:1], set()).add(canonical)
        # a body whose whole place is the word wins over one whose place only starts with it: 'Hounslow' is Hounslow
        # LBC, not Hounslow and Richmond Community Healthcare Trust
        return {**first_place_keys, **shape_keys, **keys}

    def _short_form_spans(self, doc: Doc, spans: List[Span]) -> List[Span]:
        """A trust named by its place words alone, once the article names it in full: 'He was
        previously chair of Sherwood Forest', 'Deborah Needham – chief executive of Kettering –'.
        Not a place ('in Salisbury', 'across Newcastle and Gateshead') nor part of a longer name."""
        keys = {k: names.pop() for k, names in self._short_form_keys(spans).items() if len(names) == 1}
        if not keys:
            return []
        taken = {i for s in list(doc.ents) + spans for i in range(s.start, s.end)}
        by_first: Dict[str, List[Tuple[str, ...]]] = {}
        for key in sorted(keys, key=len, reverse=True):
            by_first.setdefault(key[0], []).append(key)
        found: List[Span] = []
        # Only tokens that are a key's first word can start one: found in the ORTH array (a token's
        # ORTH is its text's id) instead of making a Token of every word.
        first_ids = {get_string_id(w) for w in by_first}
        orths = doc.to_array(ORTH).tolist()
        for i in [k for k, o in enumerate(orths) if o in first_ids]:
            text = doc.vocab.strings[orths[i]]
            for key in by_first.get(text, ()):
                end = i + len(key)
                if end > len(doc) or tuple(t.text for t in doc[i:end]) != key \
                        or taken.intersection(range(i, end)):
                    continue
                while end < len(doc) and doc[end].text in self._trust_words and doc[end].is_title:
                    end += 1  # 'Great Western Hospitals'
                if self._names_a_place(doc, i, end) or self._runs_on_after_and(doc, end, by_first, taken):
                    break
                span = Span(doc, i, end, label="ORG")
                span._.canonical, span._.org_kind = keys[key], "short_form"
                found.append(span)
                taken.update(range(i, end))
                break
        return found

    def _runs_on_after_and(self, doc: Doc, end: int, by_first: Dict[str, list], taken: set) -> bool:
        """'the Hampshire and Isle of Wight NHS Integrated Commissioning Board': 'and' joins the place
        to more capitalised words with a body's word among them, so the place starts a longer name;
        not 'Salisbury and Great Western Hospitals', where a second body of the article follows."""
        if end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end + 1].is_title:
            return False
        if end + 1 in taken or doc[end + 1].text in by_first:
            return False
        k = end + 1
        while k < min(len(doc), end + 10) and (doc[k].text[:1].isupper() or doc[k].lower_ in {"of", "and", "the"}):
            if doc[k].text in self._trust_words:
                return True
            k += 1
        return False

    @staticmethod
    def _names_a_place(doc: Doc, start: int, end: int) -> bool:
        """A longer name runs on ('Salisbury Plain', 'West Salisbury'), or a list after 'in' holds it."""
        if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            return True
        k = start - 1
        if k >= 0 and doc[k].is_title and doc[k].is_alpha and not doc[k].is_sent_start:
            return True
        while k >= 0 and (doc[k].text in {",", "and"} or (doc[k].is_title and not doc[k].is_sent_start)):
            k -= 1  # back over the list the name is in: 'in Newcastle, Northumbria, Gateshead'
        return k >= 0 and doc[k].lower_ in PLACE_PREPOSITIONS

    def _gazetteer_spans(self, doc: Doc) -> List[Span]:
        spans = []
        roles = find_roles(doc)
        role_starts = {r.start for r in roles} if self.noun_only_kinds else set()
        matches = list(self.phrase_matcher(doc))
        in_roles = {i for r in roles for i in range(r.start, r.end)}
        # the words of other names and of posts, before which a one-word name may end a title
        taken = {i for _, start, end in matches for i in range(start, end)} | in_roles
        for match_id, start, end in matches:
            alias = self.nlp.vocab.strings[match_id]
            if not any(_written_as(doc[start:end], words) for words in self._alias_words[alias]):
                continue
            if end - start == 1 and doc[start].is_title and (_ends_a_title(
                    doc, start, taken, in_roles, self._kind_words) or _used_as_verb(doc, end)):
                continue  # 'Reform' in 'the Minister for Public Expenditure and Reform'
            canonical, kind = self.aliases[alias]
            if kind in self.noun_only_kinds and not self._stands_as_noun(doc, start, end, role_starts):
                continue
            if alias in self._short_names and self._runs_on(doc, end):
                continue  # 'Greater Manchester Mental Health Strategy', 'Frimley Health and Care
            if end < len(doc) and (doc[end].text in SHORT_SUFFIXES or doc[end].text in PLACE_NOUNS or (
                    alias != canonical and end + 1 < len(doc) and doc[end].lower_ in {"for", "of"}
                    and doc[end + 1].is_title)):
                # a longer name: 'NHS North West SHA', 'Doncaster Council for Voluntary Service'; a place's:
                # 'Parliament Buildings'
                continue
            if doc[start].text in LEADING_ARTICLES and end - start > 1:
                start += 1  # spans never start with "The", even where the official name does
            span = Span(doc, start, end, label="ORG")
            span._.canonical, span._.org_kind = canonical, kind
            spans.append(span)
        return spans

    def _shared_prefix_partners(self, doc: Doc, spans: List[Span]) -> List[Span]:
        """A body named after another's 'NHS' name and a slash, its own 'NHS' left out: 'Improvement' in 'NHS
        England/Improvement' is NHS Improvement (not 'Wales' in 'NHS England and Wales')."""
        found = []
        for span in spans:
            k = span.end
            if span[0].text != "NHS" or k + 1 >= len(doc) or doc[k].text != "/" or not doc[k + 1].is_title:
                continue
            hit = self.aliases.get(f"NHS {doc[k + 1].text}")
            if hit is not None and hit[0] != (span._.canonical or span.text) and (
                    k + 2 >= len(doc) or not doc[k + 2].is_title):
                partner = Span(doc, k + 1, k + 2, label="ORG")
                partner._.canonical, partner._.org_kind = hit
                found.append(partner)
        return found

    @staticmethod
    def _runs_on(doc: Doc, end: int) -> bool:
        """A capitalised word goes on from a short name: part of a longer name (not 'Barts Health and BHRUT')."""
        if end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title \
                and doc[end + 2].text in POSSESSIVE:
            return True  # 'Birmingham Women's' in 'Birmingham Women's and Children's Hospitals'
        if end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].is_title:
            return True  # 'Royal Devon' in 'Royal Devon & Exeter NHS Foundation Trust': lists join with 'and'
        return end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].text not in BODY_PART_WORDS

    def _stands_as_noun(self, doc: Doc, start: int, end: int, role_starts: set) -> bool:
        """'the NHS is', 'the NHS’s', 'NHS chief executive X' vs 'NHS leaders', 'NHS-funded'."""
        if start > 1 and doc[start - 1].text in {"-", "–"} and not doc[start - 2].whitespace_:
            return False  # "non-NHS": a compound with the word before
        if end >= len(doc):
            return True
        nxt = doc[end]
        if nxt.text in POSSESSIVE or end in role_starts:
            return True
        if nxt.is_punct or nxt.is_space:
            spaced_dash = nxt.text in {"-", "–", "—"} and bool(doc[end - 1].whitespace_)
            return nxt.text not in {"-", "/"} or spaced_dash
        return nxt.text[:1].islower() and nxt.text.lower() in self._followers

    def _shape_spans(self, doc: Doc, gazetteer: List[Span]) -> List[Span]:
        """Name shapes, trimmed of a role before the name; a known name they extend is dropped."""
        covered = {i for s in gazetteer for i in range(s.start, s.end)}
        known_at = {s.start: s for s in gazetteer}
        role_ends = self._role_prefix_ends(doc)
        spans = []
        matches = [(start, end) for _, start, end in self.shape_matcher(doc)]
        for known in [g for g in gazetteer if any(self._runs_on_to_kind(doc, g, s, e) for s, e in matches)]:
            del known_at[known.start]  # 'Oxford University Hospitals' + 'NHS Trust': the name as written
            gazetteer.remove(known)
            covered.difference_update(range(known.start, known.end))
        while matches:
            start, end = matches.pop(0)
            # "Chief Executive of The King's Fund": an inner "The" starts the name.
            inner = [k for k in range(start + 1, end - 1) if doc[k].text == "The" or (
                doc[k].text == "the" and doc[k - 1].lower_ not in CONNECTORS)]  # "Unlike the Committee's"
            if inner:
                start = inner[-1] + 1
            # Names write these words in lower case; in capitals inside a shape they are a Title-case headline's:
            # 'Skills For Care And National Skills Academy For Social Care To Merge' (after 'And', a second name)
            headline_word = next((k for k in range(start + 1, end) if doc[k].text in HEADLINE_BREAKS), None)
            if headline_word is not None:
                if doc[headline_word].text == "And" and headline_word + 1 < end:
                    matches.insert(0, (headline_word + 1, end))
                end = headline_word
            # "Chair of Sandwell and West Birmingham NHS Trust": the role is not part of the name.
            start = max([start] + [e for _, e in role_ends if start < e < end])
            start = self._past_post_field(doc, start, end, role_ends)
            known = self._extended_known_name(doc, known_at, start, end)
            if known is None:
                # 'a University Teaching Hospital of UCL Medical School': the name after 'of' extends a known one
                after_of = [k for k in range(start + 2, end - 1) if k in known_at and doc[k - 1].lower_ == "of"]
                known = self._extended_known_name(doc, known_at, after_of[-1], end) if after_of else None
                start = known.start if known is not None else start
            if known is not None:
                del known_at[known.start]
                gazetteer[:] = [g for g in gazetteer if g is not known]
                covered.difference_update(range(known.start, known.end))
            # A name shape never swallows a known body: "NHS England and Leeds ... Trust".
            while start < end and (start in covered or doc[start].text in LEADING_ARTICLES
                                   or doc[start].lower_ in CONNECTORS or doc[start].is_punct
                                   or doc[start].text in POSSESSIVE
                                   or (doc[start].is_stop and (doc[start].is_sent_start or (
                                       start > 0 and doc[start - 1].is_quote)))):
                start += 1  # '“Both West Suffolk and ...'
            start = self._after_possessive_owner(doc, start, end)
            start = self._after_holder_name(doc, start, end)
            if end - start > 3 and doc[start + 1].lower_ == "of" and (doc[start].text == "Board" or (
                    doc[start].text == "Court" and any(t.text == "University" for t in doc[start + 2:end]))):
                # 'the Board of Staffordshire Ambulance Service', 'the Court of Aberdeen University' (a Scottish
                # university's governing body)
                start += 2 + int(doc[start + 2].lower_ == "the")
            end = self._before_board_members(doc, start, end)
            # 'the University of Nottingham and NUH CEO Anthony May': a name never runs into a role
            end = min([end] + [r for r, _ in role_ends if start < r < end] + self._roles_inside(doc, start, end))
            while end > start and doc[end - 1].lower_ in CONNECTORS:
                end -= 1  # 'the University of Northampton and other academic partners'
            if end - start > 3 and doc[end - 2].lower_ == "and" and doc[end - 1].text.isupper():
                end -= 2  # "University of Cumbria and UHMBT": a name never ends in 'and' + an acronym
            if end - start > 3 and doc[start + 1].lower_ == "and" and doc[start].text.isupper() \
                    and len(doc[start].text) > 1 and doc[end - 1].text not in TRUST_HEADS:
                # "BCUHB and Bangor University": nor starts with an acronym + 'and'; a trust's place may be in
                # capitals ('CHORLEY and South Ribble NHS Trust' opening a news story)
                start += 2
            listed_end = self._before_listed_known(doc, covered, start, end)
            if listed_end < end and doc[listed_end + 1].text == "NHS" and listed_end + 1 not in covered:
                matches.append((listed_end + 1, end))  # 'NHS Harwick CCG and NHS Eastmoor CCG': both names
            if listed_end < end and not any(t.text in self._shape_words for t in doc[start:listed_end]):
                continue  # 'Universities in West Wales and Hywel Dda University Health Board': a place
            end = listed_end
            if end - start < 2 or any(i in covered for i in range(start, end)) or self._indefinite(doc, start, end):
                continue
            if all(t.text in self._kind_words or t.text in CLASS_WORDS or t.lower_ in CONNECTORS
                   for t in doc[start:end]) or doc[start:end].text in self._legal_forms \
                    or self._names_a_class_only(doc[start:end]):
                continue  # 'the Trust and the University', 'a Foundation Trust', 'a new Community Interest Company',
                # 'the Integrated Care Board' (a kind's own name: its initials are the kind's short form)
            if doc[end - 1].text in WHOLE_RUN_HEADS and _inside_capitalised_run(doc, start, end):
                continue  # 'Hip Replacement Surgery', 'Despite Surgery Pledge': a procedure or a headline's words
            if self._names_a_measure(doc, end):
                continue  # 'Standardised Hospital Mortality Indicator'
            if [t.lower_ for t in doc[end:end + 3]] == ["of", "the", "year"] or (
                    end < len(doc) and doc[end].text in AWARD_WORDS):
                continue  # 'the Mental Health Trust of the Year category', "the Queen's Police Medal": an award
            if end < len(doc) and doc[end].text == "Trusts":
                continue  # 'four Black Country NHS Foundation Trusts', 'become Associate University Trusts': a class
            if end < len(doc) and doc[end].lower_ in STATUS_NOUNS:
                continue  # 'acquiring University Teaching Hospital status': a status, not a body
            for part_start, part_end in self._listed_names(doc, start, end):
                if not self._names_a_class_only(doc[part_start:part_end]):  # 'the Local Authority and the CCG'
                    spans += self._split_at_known_first(doc, part_start, part_end)
        return spans

    def _runs_on_to_kind(self, doc: Doc, known: Span, start: int, end: int) -> bool:
        """A trust's known short name that a shape runs on from to its end with trust words alone: 'Oxford
        University Hospitals' + 'NHS Trust' in 'The University of Oxford and Oxford University Hospitals NHS Trust'."""
        return known._.org_kind == "trust" and start <= known.start and known.end < end \
            and all(t.text in self._trust_words for t in doc[known.end:end])

    def _split_at_known_first(self, doc: Doc, start: int, end: int) -> List[Span]:
        """'the combined Birmingham CrossCity and Northeast Birmingham CCG': two bodies sharing the head
        word, when the words before 'and' with the head are a known name; else one shape."""
        head = doc[end - 1].text
        one_body = (start > 0 and doc[start - 1].text == ","  # 'NHS Birmingham, Black Country and Solihull ICB'
                    or head in SUBJECTS_HEADS)  # 'Health and Sport Committee': one committee of two subjects
        ands = [] if one_body else [k for k in range(start + 1, end - 2) if doc[k].lower_ == "and"]
        for k in ands:
            known = self.aliases.get(f"{doc[start:k].text} {head}")
            if known is not None:
                first, second = Span(doc, start, k, label="ORG"), Span(doc, k + 1, end, label="ORG")
                first._.canonical, first._.org_kind = known[0], known[1]
                second._.org_kind = "shape"
                return [first, second]
        span = Span(doc, start, end, label="ORG")
        span._.org_kind = "shape"
        return [span]

    @staticmethod
    def _names_a_measure(doc: Doc, end: int) -> bool:
        """The capitalised words going on after a name shape end in a measure's or a plan's word."""
        k = end
        while k < min(len(doc), end + 4) and doc[k].is_title and doc[k].is_alpha:
            if doc[k].text in MEASURE_HEADS:
                return True
            k += 1
        return False

    @staticmethod
    def _names_a_kind(doc: Doc, start: int) -> bool:
        """A long form at token start names a kind of body: 'to become a Biomedical Research Centre',
        "the UK's first Academic Health Sciences Centre", 'opening a new Community Diagnostic Centre'."""
        if start > 0 and doc[start - 1].lower_ == "first":
            return True
        if start > 1 and doc[start - 1].lower_ == "new" and _after_indefinite(doc, start - 1):
            return True
        return start > 1 and _after_indefinite(doc, start) and doc[start - 2].lower_ in KIND_VERBS

    @staticmethod
    def _indefinite(doc: Doc, start: int, end: int) -> bool:
        """'to form a Strategic Alliance', 'a Joint Partnership Board to': a capitalised kind of body after
        'a' names no body; 'a Leeds Teaching Hospitals spokesperson' names one as a modifier."""
        if not _after_indefinite(doc, start):
            return False
        return end >= len(doc) or not (doc[end].text in POSSESSIVE or is_lower_content_word(doc[end]))

    @staticmethod
    def _roles_inside(doc: Doc, start: int, end: int) -> List[int]:
        """Starts of role words inside a name shape's run: upper-case ones ('... and NUH CEO Anthony May'), and
        after an 'X of Y' name, capitalised ones before a name or a comma ('University of Aberdeen Senior Vice
        Principal, Professor Stephen Logan', 'University of Leeds Vice-Chancellor Simon Pike')."""
        of_name = end - start > 3 and doc[start].text in OF_OPENERS and doc[start + 1].lower_ == "of"
        return [s for s, _, core_end, _ in doc._.role_candidates or () if start < s < end and (
            doc[s].text.isupper() or (of_name and s >= start + 3 and core_end < len(doc) and (
                doc[core_end].text == "," or (doc[core_end].is_title and doc[core_end].is_alpha))))]

    @staticmethod
    def _after_possessive_owner(doc: Doc, start: int, end: int) -> int:
        """A possessive belongs to a name only as its first word ("King's Health Partners",
        "St George's Healthcare NHS Trust"); after any other owner ("the BMA's GP Committee",
        "Queen's and King George Hospitals") the name starts after it."""
        for k in range(end - 2, start, -1):
            if doc[k].text not in POSSESSIVE or (doc[k - 1].text in SERVED_GROUPS and doc[end - 1].text in CARE_HEADS):
                continue  # 'Bluebell Wood Children’s Hospice': whom a hospital or hospice serves, no owner
            owner = k - 1
            if owner > start and doc[owner - 1].text in SAINTS:
                owner -= 1
            first_word = owner == start and not doc[k - 1].text.isupper()
            if not first_word or doc[k + 1].lower_ in CONNECTORS:
                if owner > start and doc[owner].text in SAINTS:
                    # 'Ashford and St Peter’s Hospitals NHS Trust': a place and a saint; not 'the United Kingdom and'
                    # nor 'Health Secretary Wes Streeting and' before them
                    joins = [t.i for t in doc[start:owner - 1] if t.lower_ == "and"]
                    first = joins[-1] + 1 if joins else start
                    if doc[owner - 1].lower_ == "and" and doc[k + 1].lower_ not in CONNECTORS \
                            and 0 < owner - 1 - first <= MAX_WORDS_BEFORE_SAINT \
                            and all(t.is_title or t.lower_ == "and" for t in doc[first:owner]):
                        return first
                    return owner
                k += 1
                while k < end and doc[k].lower_ in CONNECTORS:
                    k += 1
                return k
        return start

    @staticmethod
    def _before_board_members(doc: Doc, start: int, end: int) -> int:
        """'University Hospital Southampton NHS Foundation Trust Council of Governors': a body's council or
        board of its members is part of a post (guidelines, rule 22), not of a name."""
        for k in range(start, end - 2):
            if doc[k].text in BODY_PART_WORDS and doc[k + 1].lower_ == "of" and doc[k + 2].text in BOARD_MEMBERS:
                return k
        return end

    @staticmethod
    def _after_holder_name(doc: Doc, start: int, end: int) -> int:
        """'Trust boss Jane Smith of Harwick NHS Trust': two or three words right after a post and before
        'of' are its holder's name; the body's name starts after 'of'."""
        if not any(core_end == start for _, _, core_end, _ in doc._.role_candidates or ()):
            return start
        of = next((k for k in (start + 2, start + 3) if k < end - 1 and doc[k].lower_ == "of"), None)
        if of is None or not all(t.is_title for t in doc[start:of]):
            return start
        return of + 1

    @staticmethod
    def _listed_names(doc: Doc, start: int, end: int) -> List[Tuple[int, int]]:
        """'Northumbria FT and Newcastle FT' is two names: the head word ends each one, as does a word
        that only ever ends a name ('Harwick Care Ltd and Eastmoor Health plc') or a short form ('NHFT and
        Leicester Partnership NHS Trust'). 'University of X and Y University' is two names: a name opening
        'University of' never ends in another head word."""
        head = doc[end - 1].text
        opens_with_of = doc[start].text in OF_OPENERS and doc[start + 1].lower_ == "of"
        # 'University of Lincoln and the Lincolnshire South West Primary Care Trust', 'Lancashire and Cumbria and
        # for Lancaster University': 'and' before a lower-case word ends one name; the first counts if it is one
        joint = next((k for k in range(start + 1, end - 2) if doc[k].lower_ == "and" and doc[k + 1].is_lower
                      and doc[k + 1].is_alpha), None)
        if joint is not None:
            after = joint + 1
            while after < end and doc[after].is_lower:
                after += 1
            named = opens_with_of or doc[joint - 1].text in LIST_ENDING_HEADS | OF_OPENERS | HOSPITAL_WORDS
            rest = OrgRecognizer._listed_names(doc, after, end) if end - after >= 2 else []
            return ([(start, joint)] if named and joint - start >= 2 else []) + rest
        if opens_with_of and end - start > 3 and doc[end - 2].lower_ == "and" and doc[end - 1].text in OF_OPENERS \
                and end < len(doc) and doc[end].lower_ == "of":
            return [(start, end - 2)]  # 'University of Dundee and University of St Andrews': the last opens a name
        if opens_with_of and head in LIST_ENDING_HEADS | HOSPITAL_WORDS:
            ands = [k for k in range(start + 3, end - 2) if doc[k].lower_ == "and" and doc[k + 1].is_title]
            if ands:
                return [(start, ands[-1]), (ands[-1] + 1, end)]
        again = next((k for k in range(start + 2, end - 2) if doc[k].lower_ == "and" and doc[k + 1].text == doc[
            start].text and doc[start].text not in REGION_WORDS | SAINTS | {ROYAL}), None)
        if again is not None:  # 'Bowel & Cancer Research and Bowel Disease Research Foundation': a name again
            return [(start, again)] + OrgRecognizer._listed_names(doc, again + 1, end)
        parts, part_start = [], start
        for k in range(start, end - 1):
            if doc[k + 1].lower_ in {"and", ",", "&"} and (
                    doc[k].text == head or doc[k].text in LIST_ENDING_HEADS or _defined_short_form(doc, k)):
                parts.append((part_start, k + 1))
                part_start = k + 2
                while part_start < end and doc[part_start].lower_ in {"and", ",", "&", "the"}:
                    part_start += 1
        parts.append((part_start, end))
        return [(a, b) for a, b in parts if b - a >= 2]

    @staticmethod
    def _before_listed_known(doc: Doc, covered: set, start: int, end: int) -> int:
        """'the University of Winchester and Hampshire Hospitals NHS Foundation Trust': a shape that
        runs over 'and' into a known name ends before the 'and'."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ not in {"and", "&"} or k in covered:
                continue
            after = k + 2 if doc[k + 1].lower_ == "the" else k + 1  # '... Trust and the Hillingdon Hospitals ...'
            if after in covered or doc[after].text == "NHS":
                return k  # nor into 'NHS Tayside': no name holds 'and NHS'
        return end

    def _past_post_field(self, doc: Doc, start: int, end: int, role_ends: List[Tuple[int, int]]) -> int:
        """Past the field of a post written before its body's name with 'for': 'Head of Protection for Cheshire
        Fire and Rescue Service'; only after posts that take a field, and not a body named 'X for Y' ('Director of
        the Centre for Mental Health')."""
        if not any(e == start and doc[e - 2].lower_ in FIELD_POST_WORDS for _, e in role_ends):
            return start  # not 'Chair of Doctors for Better Health Network': a chair's 'of' names the body
        k = next((k for k in range(start + 1, min(start + 4, end)) if doc[k].lower_ == "for"), None)
        if k is None or any(t.text in self._kind_words for t in doc[start:k]):
            return start
        body = k + 1 + int(doc[k + 1].lower_ == "the")
        known = doc[body:end].text in self.aliases  # 'national director of Transformation for NHS England'
        if not known and (end - k < 3 or doc[end - 1].text not in self._kind_words):
            return start
        return k + 1

    @staticmethod
    def _role_prefix_ends(doc: Doc) -> List[Tuple[int, int]]:
        """(start, first name token) of each role phrase followed by 'of' or 'at' ('Chair of')."""
        out = []
        plurals = [(start, None, end, None) for start, end, _ in doc._.plural_roles or ()]
        for start, _, core_end, _ in list(doc._.role_candidates or ()) + plurals:
            if core_end + 1 < len(doc) and doc[core_end].lower_ in {"of", "at", "for"}:
                out.append((start, core_end + 1))
            elif core_end + 3 < len(doc) and doc[core_end].lower_ == "and" and doc[core_end + 1].is_title \
                    and doc[core_end + 2].lower_ in {"of", "at"}:
                out.append((start, core_end + 3))  # 'Vice-Chancellor and Principal of': a post's second word
        return out

    @staticmethod
    def _extended_known_name(doc: Doc, known_at: Dict[int, Span], start: int, end: int) -> Optional[Span]:
        """A known name that a longer name shape starts with and runs on from without a break:
        'University College London' in 'University College London Hospital NHS Trust' (not
        'NHS England' in 'NHS England and Leeds ... Trust', nor 'X' in "X's ... Trust")."""
        for k in range(start, end):
            known = known_at.get(k)
            if known is None:
                continue
            nxt = doc[known.end] if known.end < end else None
            runs_on = nxt is not None and nxt.text[:1].isupper() and nxt.lower_ not in CONNECTORS
            first = all(doc[i].lower_ in CONNECTORS or doc[i].is_punct for i in range(start, k))
            and_company = known.end + 2 == end and doc[end - 1].text == "Company"
            if nxt is not None and nxt.lower_ in {"and", "&"} and and_company:
                return known if first else None  # 'McKinsey and Company' is one name
            # One more word is a kind of body the known one has ('House of Commons Committee'), unless it
            # names a body of its own ('UCL Partners', 'Cambridge University Hospitals').
            longer = end - known.end >= 2 or doc[end - 1].text in SEPARATE_BODY_HEADS
            return known if runs_on and first and longer else None
        return None

    def _acronym_spans(self, doc: Doc, spans: List[Span]) -> List[Span]:
        """'NHS Improvement (NHSI)' makes NHSI an alias for this article."""
        by_end = {s.end: s for s in spans}
        defined: Dict[str, str] = {}
        kinds: Set[str] = set()
        new: List[Span] = []
        orth_array = doc.to_array(ORTH)
        orths = orth_array.tolist()
        strings = doc.vocab.strings
        quote_ids = [strings.add(q) for q in DEFINITION_QUOTES]
        for i, k in bracketed_words(orth_array, strings["("], strings[")"], quote_ids):
            acronym = doc[k].text
            long_form = by_end.get(i)
            if not is_acronym(acronym) and not self._spelt_in_other_case(acronym, long_form):
                continue
            longer = self._longer_name_spelt(doc, i, acronym, long_form)
            if longer is not None:  # 'Tees, East and North Yorkshire Ambulance Service (TENYAS)': not the known
                spans = [s for s in spans if s is not long_form]  # 'Yorkshire Ambulance Service' in it
                long_form = None
            if acronym in self._class_acronyms and long_form is not None and _spells_kind_only(acronym, long_form):
                continue  # 'Trafford Clinical Commissioning Group (CCG)': the class of body, not its name
            if long_form is None:
                bounds = longer or find_long_form(doc, i, acronym)
                if bounds is None or self._is_role(doc, *bounds) or doc[bounds[1] - 1].text in MEASURE_HEADS:
                    continue  # 'Chief Executive Officer (CEO)' is a post, not a body
                if self._names_a_kind(doc, bounds[0]) or _names_a_class(acronym, doc[bounds[1] - 1]) \
                        or (acronym in self._class_acronyms and bounds[1] - bounds[0] == len(acronym)):
                    kinds.add(acronym)  # 'to become a Biomedical Research Centre (BRC)', 'the Clinical Commissioning
                    continue  # Groups (CCGs)', 'the Integrated Care Board (ICB)' name a kind of body, in this article,
                    # whatever else the letters name
                long_form = Span(doc, bounds[0], bounds[1], label="ORG")
                long_form._.org_kind = "acronym_definition"
                new.append(long_form)
            defined[acronym] = long_form._.canonical or long_form.text
        if kinds:  # 'a new Community Diagnostic Centre (CDC)': not the gazetteer's CDC
            spans = [s for s in spans if s.text not in kinds or s.text in defined]
        taken = {i for s in spans + new for i in range(s.start, s.end)}
        for k, long_form in self._named_in_brackets_after(doc, spans, taken):
            defined.setdefault(doc[k].text, long_form._.canonical or long_form.text)
        new += self._bracketed_short_names(doc, spans, taken)  # adds its spans' tokens to taken
        inferred = inferred_acronyms(doc, spans + new, orths)
        defined.update({a: name for a, name in inferred.items() if a not in defined})
        doc._.acronyms = defined
        if not defined:
            return filter_spans(spans + new) if new else spans
        new += acronym_spans(doc, defined, orths, taken)
        for span in spans:
            if span.text in defined:
                span._.canonical = defined[span.text]
        return filter_spans(spans + new)

    @staticmethod
    def _longer_name_spelt(doc: Doc, open_i: int, acronym: str,
                           long_form: Optional[Span]) -> Optional[Tuple[int, int]]:
        """Bounds of a longer name, listing with commas, whose initials spell the acronym that the name found
        before the bracket does not spell."""
        if long_form is None or _spells_initials(acronym, [t.text for t in long_form if t.is_alpha]):
            return None
        bounds = find_long_form(doc, open_i, acronym, commas=True)
        return bounds if bounds is not None and bounds[0] < long_form.start and "," in doc[bounds[0]:open_i].text \
            else None

    def _named_in_brackets_after(self, doc: Doc, spans: List[Span], taken: set) -> List[Tuple[int, Span]]:
        """(k, name) where the word at k is the initials of a body named right after it in brackets,
        the press release's other order: 'iPP (Integrated Pathology Partnership)', 'SaTH (Shrewsbury and
        Telford Hospital NHS Trust)'. The word is no name already found ('NHS (National Health Service)')."""
        found = []
        for span in spans:
            k = span.start - 2
            if k < 0 or span.end >= len(doc) or doc[k + 1].text != "(" or doc[span.end].text != ")" or k in taken:
                continue
            word = doc[k].text
            spelt = is_acronym(word) and _spells_initials(word, [t.text for t in span if t.is_alpha])
            if spelt or self._spelt_in_other_case(word, span):
                found.append((k, span))
        return found

    def _spelt_in_other_case(self, word: str, long_form: Optional[Span]) -> bool:
        """Initials not all in capitals that spell the name: 'Nelft', 'SaTH', 'OxAHSC', 'UoM', 'iPP'."""
        return self._title_case_initials(word, long_form) or self._mixed_case_initials(word, long_form) \
            or self._lower_first_initials(word, long_form)

    @staticmethod
    def _lower_first_initials(word: str, long_form: Optional[Span]) -> bool:
        """'Integrated Pathology Partnership (iPP)': a brand's initials, the first in lower case."""
        if long_form is None or len(word) < 3 or not word[0].islower() or not word[1:].isupper() or not word.isalpha():
            return False
        return _spells_initials(word.upper(), [t.text for t in long_form if t.is_alpha])

    @staticmethod
    def _bracketed_short_names(doc: Doc, spans: List[Span], taken: set) -> List[Span]:
        """'Manchester Metropolitan University (Manchester Met)': a short name of two or three words in
        brackets after the full name, each word the start of one of its words in order, is the body
        wherever the article uses it."""
        found: List[Span] = []
        for span in spans:
            if span.end >= len(doc) or doc[span.end].text != "(":
                continue
            close = span.end + 1
            while close < min(len(doc), span.end + 5) and (doc[close].is_title or doc[close].is_upper) \
                    and doc[close].is_alpha:
                close += 1
            words = [t.text for t in doc[span.end + 1:close]]
            if close >= len(doc) or doc[close].text != ")" or not 2 <= len(words) <= 3 \
                    or not _starts_words_of(words, [t.text for t in span]):
                continue
            canonical = span._.canonical or span.text
            for i in range(len(doc) - len(words) + 1):
                if [t.text for t in doc[i:i + len(words)]] == words and not taken.intersection(range(i, i + len(words))):
                    short = Span(doc, i, i + len(words), label="ORG")
                    short._.canonical, short._.org_kind = canonical, "acronym"
                    found.append(short)
                    taken.update(range(i, i + len(words)))
        return found

    @staticmethod
    def _is_role(doc: Doc, start: int, end: int) -> bool:
        """The words are a role of the lexicon, with its modifiers."""
        return any(s <= start and end <= e for s, _, e, _ in doc._.role_candidates or ())

    @staticmethod
    def _title_case_initials(word: str, long_form: Optional[Span]) -> bool:
        """'the North East London Foundation Trust (Nelft)': initials written in title case, right
        after the name they spell."""
        if long_form is None or not word.istitle() or not word.isalpha() or len(word) < 3:
            return False
        return _spells_initials(word.upper(), [t.text for t in long_form if t.is_alpha])

    @staticmethod
    def _mixed_case_initials(word: str, long_form: Optional[Span]) -> bool:
        """'the Oxford Academic Health Science Centre (OxAHSC)', 'The Shrewsbury and Telford Hospital NHS
        Trust (SaTH)': each capital, with the small letters after it, starts one word of the name right
        before, in order; words short forms leave out ('NHS Trust') may have none."""
        if long_form is None or not word.isalpha() or word.isupper():
            return False
        words = [t.text for t in long_form if t.is_alpha]
        # two capitals only around the initial of a small word: 'The University of Manchester (UoM)'
        small_word = re.fullmatch("[A-Z][a-z][A-Z]", word) is not None \
            and word[1] in {w[0] for w in words if w.islower()}
        # two clipped words: 'The Shropshire Community Health NHS Trust (ShropCom)', whose kind word goes unsaid
        clipped = re.fullmatch("[A-Z][a-z]{2,}[A-Z][a-z]{2,}", word) is not None
        if len(re.findall("[A-Z]", word)) < 3 and not small_word and not clipped:
            return False
        return _abbreviates(word, [w for w in words if w != "Health"] if clipped else words)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "aliases.json", self.aliases)
        srsly.write_jsonl(path / "patterns.jsonl", self.shape_patterns)
        srsly.write_json(path / "noun_followers.json", self.noun_followers)
        srsly.write_json(path / "trust_name_words.json", self.trust_name_words)
        srsly.write_json(path / "class_acronyms.json", self.class_acronyms)
        srsly.write_json(path / "class_names.json", self.class_names)
        srsly.write_json(path / "body_descriptors.json", self.body_descriptors)
        srsly.write_json(path / "legal_forms.json", self.legal_forms)

    def from_disk(self, path, exclude=tuple()) -> "OrgRecognizer":
        path = ensure_path(path)
        self.aliases = srsly.read_json(path / "aliases.json")
        self.shape_patterns = list(srsly.read_jsonl(path / "patterns.jsonl"))
        self.noun_followers = srsly.read_json(path / "noun_followers.json")
        self.trust_name_words = srsly.read_json(path / "trust_name_words.json")
        self.class_acronyms = srsly.read_json(path / "class_acronyms.json")
        self.class_names = srsly.read_json(path / "class_names.json")
        self.body_descriptors = srsly.read_json(path / "body_descriptors.json")
        self.legal_forms = srsly.read_json(path / "legal_forms.json")
        self._build()
        return self


@Language.factory(
    "nhs_orgs",
    assigns=["doc.ents", "span._.canonical", "span._.org_kind", "doc._.acronyms"],
    requires=["doc._.role_candidates"],
    default_config={"noun_only_kinds": ["health_system"]},
)
def make_org_recognizer(nlp: Language, name: str, noun_only_kinds: List[str]) -> OrgRecognizer:
    return OrgRecognizer(nlp, name, noun_only_kinds)
