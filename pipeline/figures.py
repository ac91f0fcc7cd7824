"""nhs_figures: quantities as data (value, unit, qualifier, measure, period)."""
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional

import numpy
import srsly
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans
from text_to_num import text2num

from . import extensions  # noqa: F401
from .rules_io import load_phrases
from .text_utils import sentence_of

DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
SUFFIXED = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(bn|m|mn|k|tn|b|billion|million|trillion|thousand)$", re.I)
YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
SHORT_YEAR = re.compile(r"^\d{2}(\d{2})?(\.\d+)?$")
CURRENCY_SIGNS = {"£": "GBP", "$": "USD", "€": "EUR", "US$": "USD"}
SCALE_SUFFIX = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
                "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}  # "£20billion"
NOT_NUMBER_WORDS = {"a", "an", "and", "one", "zero", "nil", "o", "oh"}
RANGE_LINKS = {"-", "–", "—", "to"}
MAX_MEASURE_LINKS = 4  # "the deficit could have been £70m": up to four link phrases between measure and figure
# Comparatives between a figure and its noun ("350 fewer GPs") qualify the count, not what it counts.
LEADING_COMPARATIVES = {"fewer", "more", "extra", "additional", "further", "new"}
QUOTE_MARKS = {"'", "‘", "’", '"', "“", "”"}
DETERMINERS_AFTER_OF = {"the", "all", "its", "their", "these", "those", "this", "our"}
# spaCy's stop words hold content words of staff measures ("full-time GPs", "front-line staff").
MEASURE_STOP_WORDS = STOP_WORDS - {"full", "part", "whole", "front", "top"}
# Money before "to <verb>" is funding for that purpose ("£300 million to upgrade A&E facilities"),
# unless a verb of cost or saving already says what it is ("cost £5m to build").
NOT_FUNDING_VERBS = {"cost", "costs", "costing", "spend", "spent", "spending", "save", "saved", "saving"}
# Verbs that can follow a figure whose noun is left out ("a further 41 said they would").
ELLIPSIS_VERBS = {"said", "say", "says", "reported", "report", "reports", "planned", "plan", "plans"}
# Participles that open a clause before the measure ("showing nursing vacancies back up above 40,000").
CLAUSE_PARTICIPLES = {"showing", "including", "leaving", "facing", "making", "meaning", "taking", "bringing"}
# Nouns by their derivational suffix: "relocation", "performance", "austerity", "shortage", "treatment".
NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "age", "ure")
# Adjectives in -ly that modify a measure ("yearly increase"); other -ly words are adverbs.
LY_ADJECTIVES = {"yearly", "monthly", "weekly", "daily", "quarterly", "early", "elderly"}
SPEND_VERBS = {"spent", "spend", "spends", "spending", "invest", "invested", "invests", "investing"}
DASHES = {"–", "—", "-"}
# A year after these words names a law, not a time: "the Health and Care Act 2022".
LAW_NAME_HEADS = {"Act", "Bill", "Regulations", "Order", "Directions"}
TIME_UNITS = {"hour", "day", "week", "month", "year"}
# Words before money that say it is more of it ("an extra £1.5bn"): its measure is that funding.
MONEY_ADDITIONS = {"extra", "additional", "further"}
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # GPs, CCGs
# Denominators of fractions in words: 'two-thirds', 'three quarters', 'one fifth'.
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                  "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                  "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}  # "half a billion", "a quarter of a million"
DATE_SLASHED = re.compile(r"^\d{1,2}$")


class Figure(NamedTuple):
    start: int  # token offsets of the span
    end: int
    value: Optional[float]
    unit: str
    qualifier: Optional[str]
    measure: Optional[str]
    period: Optional[str]


@lru_cache(maxsize=4096)
def word_number(word: str) -> Optional[float]:
    """The value of a number word ('seven', 'forty'), using text2num's English grammar."""
    if word in NOT_NUMBER_WORDS or not word.isalpha():
        return None
    try:
        return float(text2num(word, "en"))
    except (ValueError, TypeError):
        return None


def parse_number_words(words: List[str]) -> Optional[float]:
    try:
        return float(text2num(" ".join(words), "en"))
    except (ValueError, TypeError):
        return None


def may_start_figure(text: str, lower: str) -> bool:
    """Whether a word can begin a figure: what _figure_at and _number accept at a figure's first token."""
    return (text in CURRENCY_SIGNS or bool(DIGITS.match(text)) or bool(SUFFIXED.match(text)) or lower in FRACTIONS
            or lower == "one" or word_number(lower) is not None)


# What a word is, for the rules that find figures and non-figures (see WordFlags).
DIGIT, MONTH, NOT_BEFORE, OPEN_BRACKET, TITLE_NUMBER, MAY_START, YEAR_WORD = 1, 2, 4, 8, 16, 32, 64
NON_FIGURE_RULES = DIGIT | MONTH | NOT_BEFORE | OPEN_BRACKET | TITLE_NUMBER
DAY_OF_MONTH = re.compile(r"^\d{1,2}(st|nd|rd|th)?$")


class WordFlags(dict):
    """The flags of each word by its orth id, computed on first sight: the words of a corpus repeat,
    so a doc's flags cost a dict lookup per token instead of a dozen tests."""

    def __init__(self, recognizer: "FigureRecognizer"):
        super().__init__()
        self.recognizer = recognizer
        self.strings = recognizer.nlp.vocab.strings

    def of(self, doc: Doc) -> List[int]:
        """The flags of each token of doc."""
        self.strings = doc.vocab.strings  # where an orth id not seen before is spelt out
        return list(map(self.__getitem__, doc.to_array(ORTH).tolist()))

    def array(self, doc: Doc) -> "numpy.ndarray":
        """of(doc) as an array, each distinct word of the doc looked up once (numpy.unique): the rules
        then find their tokens with array operations instead of a loop over every token."""
        self.strings = doc.vocab.strings
        orths = doc.to_array(ORTH)
        if not len(orths):
            return numpy.zeros(0, dtype=numpy.int64)
        words, where = numpy.unique(orths, return_inverse=True)
        return numpy.array(list(map(self.__getitem__, words.tolist())), dtype=numpy.int64)[where.reshape(-1)]

    def __missing__(self, orth: int) -> int:
        flags = self[orth] = self.flags(self.strings[orth])
        return flags

    def flags(self, text: str) -> int:
        """A word's flags; LOWER is the lower-cased text and IS_TITLE str.istitle, as in spaCy's lexemes."""
        r = self.recognizer
        lower = text.lower()
        return (DIGIT * text[:1].isdigit() | MONTH * (text in r.months)
                | NOT_BEFORE * (lower.rstrip(".") in r.not_before) | OPEN_BRACKET * (text == "[")
                | TITLE_NUMBER * (text.istitle() and word_number(lower) is not None)
                | MAY_START * may_start_figure(text, lower) | YEAR_WORD * bool(YEAR.match(text)))


class FigureRecognizer:
    """Money, percentages, counts, durations, ranges and ratios, with their attributes."""

    def __init__(self, nlp: Language, name: str, max_measure_words: int, max_period_distance: int):
        self.nlp = nlp
        self.name = name
        self.max_measure_words = max_measure_words
        self.max_period_distance = max_period_distance
        self.tables: Dict[str, List[List[str]]] = {k: [] for k in (
            "qualifiers", "qualifiers_after", "units", "scales", "measures", "measure_links", "not_before", "not_after", "time_locators",
            "months")}
        self._build()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, qualifiers: str = "",
                   qualifiers_after: str = "",
                   units: str = "", scales: str = "", measures: str = "", measure_links: str = "", not_before: str = "",
                   not_after: str = "", time_locators: str = "", months: str = "") -> None:
        self.tables = {
            "qualifiers": [list(r) for r in load_phrases(qualifiers, "qualifier")],
            "qualifiers_after": [list(r) for r in load_phrases(qualifiers_after, "qualifier")],
            "units": [list(r) for r in load_phrases(units, "unit")],
            "scales": [list(r) for r in load_phrases(scales, "multiplier")],
            "measures": [list(r) for r in load_phrases(measures)],
            "measure_links": [list(r) for r in load_phrases(measure_links)],
            "not_before": [list(r) for r in load_phrases(not_before)],
            "not_after": [list(r) for r in load_phrases(not_after)],
            "time_locators": [list(r) for r in load_phrases(time_locators)],
            "months": [list(r) for r in load_phrases(months)],
        }
        self._build()

    def _build(self) -> None:
        t = self.tables
        self.qualifiers = {tuple(p.lower().split()): q for p, q in t["qualifiers"]}
        self.max_qualifier = max((len(k) for k in self.qualifiers), default=0)
        self.qualifiers_after = {tuple(p.lower().split()): q for p, q in t.get("qualifiers_after", [])}
        self.max_qualifier_after = max((len(k) for k in self.qualifiers_after), default=0)
        self.units = {p.lower(): u for p, u in t["units"]}
        self.scales = {p.lower(): float(m) for p, m in t["scales"]}
        self.measures = {p.lower() for p, _ in t["measures"]}
        self.measure_heads = {p.split()[-1] for p in self.measures}
        self.measure_links = {tuple(p.lower().split()) for p, _ in t.get("measure_links", [])}
        self.max_link_words = max((len(k) for k in self.measure_links), default=0)
        self.not_before = {p.lower().rstrip(".") for p, _ in t["not_before"]}
        self.not_after = {p.lower() for p, _ in t["not_after"]}
        self.time_locators = {p.lower() for p, _ in t["time_locators"]}
        self.months = {p for p, _ in t["months"]}
        self._word_flags = WordFlags(self)  # by orth id

    # -- finding numbers -------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # built anew on every read: read once, set once at the end
        blocked = {i for ent in ents for i in range(ent.start, ent.end)}
        flags = self._word_flags.array(doc)
        skip = self._non_figure_tokens(doc, flags)
        dates = numpy.flatnonzero(flags & (YEAR_WORD | MONTH)).tolist()
        figures: List[Figure] = []
        end = 0  # a figure is tried at each start outside the figures found before it
        for i in self._number_starts(doc, flags):
            if i < end or i in blocked or i in skip:
                continue
            fig = self._figure_at(doc, i)
            if fig is not None:
                figures.append(fig)
                end = fig.end
        figures, range_pairs = self._share_range_units(doc, figures)
        spans = []
        figure_ends = {fig.start: fig.end for fig in figures}
        for fig in figures:
            if any(k in blocked for k in range(fig.start, fig.end)):
                continue
            span = Span(doc, fig.start, fig.end, label="FIGURE")
            span._.figure_value, span._.figure_unit = fig.value, fig.unit
            span._.figure_qualifier = self.qualifier(doc, fig.start, fig.end)
            span._.figure_measure = self.measure(doc, span, figure_ends)
            span._.figure_period = self.period(doc, span, dates)
            spans.append(span)
        by_start = {s.start: s for s in spans}
        for a_start, b_start in range_pairs:  # both ends of a range measure the same thing
            a, b = by_start.get(a_start), by_start.get(b_start)
            if a is not None and b is not None:
                a._.figure_measure = a._.figure_measure or b._.figure_measure
                b._.figure_measure = b._.figure_measure or a._.figure_measure
        share_list_measures(doc, spans)
        share_elided_measures(doc, spans)
        share_parenthesised_measures(doc, spans)
        doc.ents = filter_spans(list(ents) + spans)
        return doc

    def _number_starts(self, doc: Doc, flags=None) -> List[int]:
        """Tokens whose word can begin a figure (a currency sign, digits, a number word), in order;
        no other does."""
        flags = self._word_flags.array(doc) if flags is None else numpy.asarray(flags, dtype=numpy.int64)
        return numpy.flatnonzero(flags & MAY_START).tolist()

    def _non_figure_tokens(self, doc: Doc, flags=None) -> set:
        """Years, financial years, dates, reference numbers: never figures.

        Every rule needs a word of a few kinds at or next to the token (digits, a month, a word of
        not_before, '[', a number word in Title case): the rules run only there, found by the
        words' cached flags, instead of at every token."""
        n = len(doc)
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist()
        sent_starts = doc.to_array(SENT_START).tolist()

        def text(k: int) -> str:
            return strings[orths[k]]

        skip: set = set()
        flags = self._word_flags.array(doc) if flags is None else numpy.asarray(flags, dtype=numpy.int64)
        where = numpy.flatnonzero(flags & NON_FIGURE_RULES)
        for i, word_flags in zip(where.tolist(), flags[where].tolist()):
            if word_flags & DIGIT:
                self._digit_rules(doc, i, text, skip)
            if word_flags & MONTH:
                for k in (i - 1, i + 1):
                    if 0 <= k < n and DAY_OF_MONTH.match(text(k)):
                        skip.add(k)
            if word_flags & NOT_BEFORE and i + 1 < n and sent_starts[i + 1] != 1:
                skip.add(i + 1)  # the word before it does not end a sentence
                if i + 3 < n and text(i + 2) in RANGE_LINKS:
                    skip.add(i + 3)  # "Questions 71 - 118", "pages 4-6"
            if word_flags & OPEN_BRACKET and i + 2 < n and text(i + 2) == "]":
                skip.add(i + 1)  # a footnote mark [2]
            if word_flags & TITLE_NUMBER and sent_starts[i] != 1 and i + 1 < n and text(i + 1).istitle():
                skip.add(i)  # a number word inside a name: the Five Year Forward View
        return skip

    def _digit_rules(self, doc: Doc, i: int, text, skip: set) -> None:
        """The rules on a token starting with a digit: years, phone numbers, addresses, list numbers, dates."""
        n = len(doc)
        word = text(i)
        prev = text(i - 1) if i > 0 else None
        nxt = text(i + 1) if i + 1 < n else None
        if YEAR.match(word) and prev not in CURRENCY_SIGNS:
            if nxt is None or (nxt != "%" and nxt.lower() not in self.scales):
                skip.add(i)
                # 2017/18, 2017-18, 2015–16.3 (a footnote mark stuck to a financial year)
                if nxt in {"/", "-", "–", "—"} and i + 2 < n and SHORT_YEAR.match(text(i + 2)):
                    skip.update({i + 1, i + 2})
        if re.match(r"^0\d+$", word) or re.match(r"^\d{6,}$", word):
            skip.add(i)  # phone and registration numbers, with the digit groups that follow
            k = i + 1
            if k < n and text(k) == ")":  # "(020) 7722 3382"
                k += 1
            while k < n and doc[k - 1].whitespace_ and re.match(r"^\d{3,5}$", text(k)):
                skip.add(k)
                k += 1
        if DIGITS.match(word):
            if self._address_follows(doc, i + 1):
                skip.add(i)  # "10 Whitechapel High Street"
            if (prev is None or prev.isspace()) and nxt in {".", ")"}:
                skip.add(i)  # list numbering "1." at line start
            if nxt is not None and nxt.lower() in self.not_after:
                skip.add(i)
        if self._slashed_date(doc, i):
            skip.update(range(i, i + 5))  # 11/09/2018

    @staticmethod
    def _slashed_date(doc: Doc, i: int) -> bool:
        if i + 4 >= len(doc):
            return False
        parts = doc[i:i + 5]
        return bool(DATE_SLASHED.match(parts[0].text) and parts[1].text == "/" and DATE_SLASHED.match(parts[2].text)
                    and parts[3].text == "/" and re.match(r"^\d{2,4}$", parts[4].text))

    def _address_follows(self, doc: Doc, i: int) -> bool:
        for k in range(i, min(i + 4, len(doc))):
            if doc[k].lower_ in self.not_after and k > i:
                return True
            if not doc[k].text[:1].isupper():
                return False
        return False

    def _figure_at(self, doc: Doc, i: int) -> Optional[Figure]:
        tok = doc[i]
        start, unit = i, None
        if tok.text in CURRENCY_SIGNS and i + 1 < len(doc):
            unit, start, i = CURRENCY_SIGNS[tok.text], i, i + 1
            tok = doc[i]
        value, end = self._number(doc, i)
        if value is None:
            return self._a_fraction_of(doc, i)
        ratio = self._ratio(doc, start, end, value)
        if ratio is not None:
            return ratio
        scaled = False
        while end < len(doc):
            hyphen = doc[end].text == "-" and end + 1 < len(doc)  # "20-billion-pound"
            scale = doc[end + 1].lower_ if hyphen else doc[end].lower_
            if scale not in self.scales:
                break
            value *= self.scales[scale]
            end += 1 + hyphen
            scaled = True
        if unit is None and doc[i].lower_ == "one" and not scaled:
            return None  # "one voice", "one NHS": a determiner, not a quantity
        unit, end = self._unit(doc, end, unit)
        if unit is None:
            return None
        if unit in TIME_UNITS and self._locates_time(doc, start, end):
            return None
        if unit in TIME_UNITS and value < 2:
            return None
        return Figure(start, end, value, unit, None, None, None)

    def _number(self, doc: Doc, i: int):
        """(value, end token) of the number starting at token i, or (None, i)."""
        text = doc[i].text
        m = DIGITS.match(text)
        if m:
            return float(text.replace(",", "")), i + 1
        m = SUFFIXED.match(text)
        if m:
            return float(m.group(1).replace(",", "")) * SCALE_SUFFIX[m.group(2).lower()], i + 1
        fraction = FRACTIONS.get(doc[i].lower_)
        if fraction is not None:
            k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "of")
            if k + 1 < len(doc) and doc[k].lower_ in {"a", "an"} and doc[k + 1].lower_ in self.scales:
                return fraction, k + 1
            return None, i
        if word_number(doc[i].lower_) is None and doc[i].lower_ != "one":
            return None, i
        words, end = [doc[i].lower_], i + 1
        while end < len(doc):
            w = doc[end].lower_
            if w in {"-", "and"} and end + 1 < len(doc) and word_number(doc[end + 1].lower_) is not None:
                end += 1
                continue
            if word_number(w) is None or w in self.scales:
                break
            words.append(w)
            end += 1
        value = parse_number_words(words)
        if value is not None and [t.lower_ for t in doc[end:end + 3]] == ["and", "a", "half"]:
            value, end = value + 0.5, end + 3  # "six and a half thousand"
        return (value, end) if value is not None else (None, i)

    def _ratio(self, doc: Doc, start: int, end: int, value: float) -> Optional[Figure]:
        """'one in five nurses' -> 0.2, 'eight out of 10' -> 0.8, 'two-thirds' -> 2/3, unit ratio."""
        k = end + int(end < len(doc) and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_)
        denominator = FRACTION_WORDS.get(doc[k].lower_) if k < len(doc) else None
        if denominator and value == int(value) and 0 < value < denominator \
                and not (k + 1 < len(doc) and doc[k + 1].text == "-") \
                and (k > end or denominator not in {2, 4} or self._fraction_of_a_whole(doc, k + 1)):
            # not 'two third-party providers'; 'two quarters of last year' are quarters of a year
            return Figure(start, k + 1, value / denominator, "ratio", None, None, None)
        k = end
        if k + 1 < len(doc) and doc[k].lower_ == "in":
            k += 1
        elif k + 2 < len(doc) and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
            k += 2
        else:
            return None
        denominator, den_end = self._number(doc, k)
        if not denominator or denominator <= value or value > 20:
            return None
        if den_end < len(doc) and (doc[den_end].lower_ in self.units or doc[den_end].lower_ in self.scales):
            return None  # "2,500 in three years" is a change over time, not a ratio
        return Figure(start, den_end, value / denominator, "ratio", None, None, None)

    def _a_fraction_of(self, doc: Doc, i: int) -> Optional[Figure]:
        """'a third of Scottish ambulance calls' -> 1/3, the fraction word alone, unit ratio (not 'a half-day')."""
        fraction = FRACTIONS.get(doc[i].lower_)
        if fraction is None or i == 0 or doc[i - 1].lower_ != "a" or not self._fraction_of_a_whole(doc, i + 1):
            return None
        return Figure(i, i + 1, fraction, "ratio", None, None, None)

    def _fraction_of_a_whole(self, doc: Doc, k: int) -> bool:
        """'three quarters of staff', not 'three quarters of 2023' or 'two quarters of last year'."""
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            return False
        nxt = doc[k + 1]
        return not (YEAR.match(nxt.text) or nxt.text in self.months or nxt.lower_ in {"last", "this", "next", "the"})

    def _unit(self, doc: Doc, end: int, unit: Optional[str]):
        """The unit after the number; percent and currency words join the span."""
        if end < len(doc):
            w = doc[end].lower_
            two = (w + " " + doc[end + 1].lower_) if end + 1 < len(doc) else w
            if two in self.units and self.units[two] in {"percent", "percentage_point", "GBP", "USD", "EUR"}:
                return self.units[two], end + 2
            if w in self.units and self.units[w] in {"percent", "percentage_point", "GBP", "USD", "EUR"}:
                return (unit or self.units[w]) if self.units[w] in {"GBP", "USD", "EUR"} else self.units[w], end + 1
            nxt = doc[end + 1].lower_ if end + 1 < len(doc) else ""
            if w == "-" and self.units.get(nxt) in {"GBP", "USD", "EUR"}:
                return unit or self.units[nxt], end + 2  # "20-billion-pound"
            if unit is None and w in {"-", "–"} and end + 1 < len(doc) and doc[end + 1].lower_ in self.units \
                    and self.units[doc[end + 1].lower_] in TIME_UNITS:
                return self.units[doc[end + 1].lower_], end + 2  # "4-hour", "ten-year"
            if unit is None and w in self.units:
                return self.units[w], end  # "18 weeks", "sixteen times": unit word outside the span
        return unit or "count", end

    def _locates_time(self, doc: Doc, start: int, end: int) -> bool:
        """'over the last three years', 'the first nine months', 'two years ago'."""
        before = {t.lower_ for t in doc[max(0, start - 3):start]}
        after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        return bool(before & self.time_locators) or after in {"ago", "earlier", "later"}

    def _share_range_units(self, doc: Doc, figures: List[Figure]) -> List[Figure]:
        """'20-30%' and '£2-3bn': the first end of a range takes the second's unit and scale."""
        out = list(figures)
        pairs = []
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            link = doc[a.end:b.start]
            if len(link) != 1 or link[0].lower_ not in RANGE_LINKS | {"and"}:
                continue
            if link[0].lower_ == "and" and (a.start == 0 or doc[a.start - 1].lower_ != "between"):
                continue
            pairs.append((a.start, b.start))
            same_money = a.unit == b.unit and a.unit in CURRENCY_SIGNS.values() and not self._has_scale(doc, a)
            if (a.unit == "count" and b.unit != "count") or same_money:  # "£750–£850 million" too
                value = a.value
                scale = [t.lower_ for t in doc[b.start:b.end] if t.lower_ in self.scales]
                if scale and a.value < 1000:
                    value = a.value * self.scales[scale[0]]
                m = SUFFIXED.match(doc[b.end - 1].text) or (SUFFIXED.match(doc[b.start + 1].text)
                                                            if b.end - b.start > 1 else None)
                if m and a.value < 1000:
                    value = a.value * SCALE_SUFFIX[m.group(2).lower()]
                out[k] = a._replace(unit=b.unit, value=value)
        return out, pairs

    def _has_scale(self, doc: Doc, fig: Figure) -> bool:
        return any(t.lower_ in self.scales or SUFFIXED.match(t.text) for t in doc[fig.start:fig.end])

    # -- attributes ------------------------------------------------------
    def qualifier(self, doc: Doc, start: int, end: int) -> Optional[str]:
        found = self._qualifier_match(doc, start)[0]
        if found is None and start > 0 and doc[start - 1].lower_ in {"a", "an", "the"}:
            found = self._qualifier_match(doc, start - 1)[0]  # "nearly a quarter of a million"
        return found or self._qualifier_after(doc, end)

    def _qualifier_after(self, doc: Doc, end: int) -> Optional[str]:
        """'£500m or more' -> at_least."""
        following = tuple(t.lower_ for t in doc[end:end + self.max_qualifier_after])  # read once for all
        for phrase, qualifier in self.qualifiers_after.items():
            if following[:len(phrase)] == phrase:
                return qualifier
        return None

    def _qualifier_match(self, doc: Doc, start: int) -> tuple:
        """(qualifier, number of tokens) of the longest qualifier phrase right before `start`."""
        preceding = tuple(t.lower_ for t in doc[max(0, start - self.max_qualifier):start])  # read once for all n
        for n in range(self.max_qualifier, 0, -1):
            if start - n < 0:
                continue
            words = preceding[len(preceding) - n:]
            if words in self.qualifiers:
                return self.qualifiers[words], n
        return None, 0

    def _measure_word(self, tok: Token) -> bool:
        if tok.is_punct or tok.is_space or tok.like_num or tok.ent_type_:
            return False
        if tok.lower_ in self.measure_heads or tok.lower_ in self.measures:
            return True
        if tok.lower_ in MEASURE_STOP_WORDS or (tok.lower_.endswith("ly") and tok.lower_ not in LY_ADJECTIVES):
            return False
        return tok.is_alpha and (tok.text.islower() or tok.is_upper) or "&" in tok.text \
            or bool(PLURAL_ACRONYM.match(tok.text))

    def _noun_like(self, tok: Token) -> bool:
        w = tok.lower_
        return w in self.measure_heads or (w.endswith("s") and not w.endswith(("ss", "ous", "is", "us"))) \
            or (len(w) > 5 and w.endswith(NOUN_SUFFIXES)) or bool(PLURAL_ACRONYM.match(tok.text))

    def measure(self, doc: Doc, span: Span, figure_ends: Dict[int, int]) -> Optional[str]:
        """What the figure quantifies; figure_ends maps each figure's first token to its end in this doc."""
        sent = sentence_of(span)
        after = span.end
        if after < sent.end and doc[after].lower_ in self.units and span._.figure_unit not in CURRENCY_SIGNS.values():
            after += 1  # "18 weeks' wait": the unit word is not the measure
            while after < sent.end and (doc[after].text in {"'", "’", "’s", "'s"} or doc[after].lower_ in {"worth", "of"}):
                after += 1
        forward = self._measure_after(doc, self._skip_to_noun(doc, span, after, sent.end, figure_ends), sent.end)
        n_qualifier = self._qualifier_match(doc, span.start)[1]
        return forward or self._measure_before(doc, span.start, n_qualifier, sent.start) \
            or self._purpose(doc, span, n_qualifier, sent) or self._spent_on(doc, span, n_qualifier, sent) \
            or self._time_to(doc, span, sent) or self._added_money(doc, span, n_qualifier, sent)

    def _time_to(self, doc: Doc, span: Span, sent: Span) -> Optional[str]:
        """'The Government has two months to respond' -> 'time to respond'."""
        if span._.figure_unit not in TIME_UNITS:
            return None
        i = span.end + int(span.end < sent.end and doc[span.end].lower_ in self.units)
        if i + 1 >= sent.end or doc[i].lower_ != "to":
            return None
        verb = doc[i + 1]
        return f"time to {verb.text}" if verb.is_alpha and verb.is_lower and verb.lower_ not in STOP_WORDS else None

    @staticmethod
    def _added_money(doc: Doc, span: Span, n_qualifier: int, sent: Span) -> Optional[str]:
        """Money named only as more of it: 'an extra £1.5bn' -> 'extra funding'."""
        before = span.start - 1 - n_qualifier
        if span._.figure_unit not in CURRENCY_SIGNS.values() or before < sent.start:
            return None
        word = doc[before].lower_
        return f"{word} funding" if word in MONEY_ADDITIONS else None

    def _spent_on(self, doc: Doc, span: Span, n_qualifier: int, sent: Span) -> Optional[str]:
        """'The United States spent $2.9 trillion on health care' -> 'spending on health care'."""
        before = span.start - 1 - n_qualifier
        if before < sent.start or doc[before].lower_ not in SPEND_VERBS:
            return None
        i = span.end
        while i < sent.end and doc[i].lower_ != "on" and i - span.end < 3:
            i += 1
        what = self._measure_after(doc, i + 1, sent.end) if i < sent.end and doc[i].lower_ == "on" else None
        return f"spending on {what}" if what else None

    def _purpose(self, doc: Doc, span: Span, n_qualifier: int, sent: Span) -> Optional[str]:
        """'£300 million to upgrade A&E facilities' -> 'funding to upgrade A&E facilities'."""
        i = span.end
        if span._.figure_unit not in CURRENCY_SIGNS.values() or i + 1 >= sent.end or doc[i].lower_ != "to":
            return None
        if span.start > sent.start and doc[span.start - 1 - n_qualifier].lower_ in NOT_FUNDING_VERBS:
            return None
        verb = doc[i + 1]
        if not (verb.is_alpha and verb.is_lower) or verb.lower_ in STOP_WORDS:
            return None
        j = i + 2
        if j < sent.end and doc[j].lower_ in DETERMINERS_AFTER_OF:
            j += 1
        obj = self._measure_after(doc, j, sent.end) if j < sent.end else None
        return " ".join(filter(None, ["funding to", verb.text, obj]))

    def _skip_to_noun(self, doc: Doc, span: Span, i: int, limit: int, figure_ends: Dict[int, int]) -> int:
        """Past the words between a figure and the noun it counts: '£1bn of its £5.6bn capital budget',
        '£3.2bn in loans', '83% of the'."""
        bracketed_end = figure_ends.get(i + 1)
        if i < limit and doc[i].text == "(" and bracketed_end is not None and bracketed_end < limit \
                and doc[bracketed_end].text == ")":
            i = bracketed_end + 1  # "€300 million ($346 million) headquarters"
        if i < limit and doc[i].lower_ == "in" and span._.figure_unit in CURRENCY_SIGNS.values() \
                and i + 1 < limit and self._measure_word(doc[i + 1]):
            return i + 1
        if i < limit and doc[i].lower_ == "of":
            i += 1
            if i < limit and doc[i].lower_ in DETERMINERS_AFTER_OF:
                i += 1
            i = figure_ends.get(i, i)
            if i + 1 < limit and doc[i].lower_ in RANGE_LINKS and i + 1 in figure_ends:
                i = figure_ends[i + 1]  # "83% of 40 to 60 year olds"
        return i

    def _measure_after(self, doc: Doc, i: int, limit: int) -> Optional[str]:
        words: List[Token] = []
        while i < limit and len(words) < self.max_measure_words:
            tok = doc[i]
            if tok.lower_ == "and" and words and i + 1 < limit and self._measure_word(doc[i + 1]):
                words.append(tok)
            elif tok.text == "-" and words and i + 1 < limit and doc[i + 1].is_alpha:
                words.append(tok)
            elif tok.text in QUOTE_MARKS and i + 1 < limit and (words or self._measure_word(doc[i + 1])):
                pass  # "29 ‘vanguard’ geographies": scare quotes inside the noun phrase
            elif not words and tok.lower_ in LEADING_COMPARATIVES:
                pass
            elif not words and tok.is_title and tok.is_alpha and not tok.ent_type_ and not tok.is_sent_start \
                    and self._noun_like(tok) and tok.lower_.endswith("s") and i + 1 < limit and doc[i + 1].is_lower:
                words.append(tok)  # "15 million Britons are": a people's name counted
                break
            elif not words and tok.is_title and tok.is_alpha and not tok.ent_type_ and not tok.is_sent_start \
                    and i + 1 < limit and doc[i + 1].is_lower and self._measure_word(doc[i + 1]):
                words.append(tok)  # "two-thirds of London trusts": a place before the noun
            elif not words and tok.lower_ == "most" and i + 1 < limit and self._measure_word(doc[i + 1]):
                words.append(tok)  # "29 of the most innovative plans"
            elif self._measure_word(tok):
                words.append(tok)
            else:
                break
            i += 1
        while words and not self._noun_like(words[-1]):
            words.pop()
        return join_words(words)

    def _measure_before(self, doc: Doc, start: int, n_qualifier: int, limit: int) -> Optional[str]:
        """'a deficit of nearly £1bn', 'vacancies stood at 8%', 'the deficit could have been more than £70m'."""
        i = start - 1 - n_qualifier
        # "a deficit as high as £100m": a comparison qualifier links like "of" does
        links = int(n_qualifier > 0 and doc[start - n_qualifier].lower_ == "as")
        while links < MAX_MEASURE_LINKS and (n := self._link_before(doc, i, limit)):
            i -= n
            links += 1
            while i >= limit and doc[i].lower_.endswith("ly") and doc[i].is_alpha:
                i -= 1  # "has risen steadily from"
        if not links:
            return None
        if i >= limit and doc[i].text in DASHES:  # "The vacancy rate – the number of ... – stood at 9.7%"
            opening = next((k for k in range(i - 1, limit - 1, -1) if doc[k].text == doc[i].text), None)
            i = opening - 1 if opening is not None else i
        words: List[Token] = []
        while i >= limit and len(words) < 3 and self._measure_word(doc[i]) \
                and doc[i].lower_ not in CLAUSE_PARTICIPLES:
            words.insert(0, doc[i])
            i -= 1
        if words and not self._noun_like(words[-1]):
            return None
        return join_words(words)

    def _link_before(self, doc: Doc, i: int, limit: int) -> int:
        """Length of the longest link phrase ('of', 'stood at', 'shot up') ending at token i, or 0."""
        for n in range(min(self.max_link_words, i - limit + 1), 0, -1):
            if tuple(t.lower_ for t in doc[i - n + 1:i + 1]) in self.measure_links:
                return n
        return 0

    def period(self, doc: Doc, span: Span, dates: Optional[List[int]] = None) -> Optional[str]:
        """The date or year the figure is scoped to, nearest to it in its sentence; `dates`: the tokens
        that can start one (see date_expressions)."""
        sent = sentence_of(span)
        best, best_distance = None, None
        for start, end in date_expressions(doc, sent, self.months, dates):
            if start < span.end and span.start < end:
                continue
            distance = span.start - end if end <= span.start else start - span.end
            if distance > self.max_period_distance:
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = doc[start:end].text, distance
        return best

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", self.tables)

    def from_disk(self, path, exclude=tuple()) -> "FigureRecognizer":
        self.tables = srsly.read_json(ensure_path(path) / "tables.json")
        self._build()
        return self


UNIT_FAMILIES = {"GBP": "money", "USD": "money", "EUR": "money", "percent": "share", "ratio": "share"}


def unit_family(unit: str) -> str:
    """Units that can restate each other: money in any currency, percentages and ratios; else the unit."""
    return UNIT_FAMILIES.get(unit, unit)


def share_parenthesised_measures(doc: Doc, spans: List[Span]) -> None:
    """'€300 million ($346 million) headquarters', 'Eight out of 10 GPs (84 per cent)': a figure alone
    in brackets restates the figure before it, and measures the same; the figure before may take its
    noun from after the brackets."""
    for prev, span in zip(spans, spans[1:]):
        if not (span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "("
                and doc[span.end].text == ")" and span.sent == prev.sent and span.start - prev.end <= 4):
            continue
        if unit_family(prev._.figure_unit) != unit_family(span._.figure_unit):
            continue
        span._.figure_measure = span._.figure_measure or prev._.figure_measure


def share_elided_measures(doc: Doc, spans: List[Span]) -> None:
    """'40 hospital trusts last year, while a further 41 said...': a figure with no noun of its own
    measures what the previous figure of the same unit in its sentence measures."""
    for i, span in enumerate(spans):
        if span._.figure_measure is not None:
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in STOP_WORDS or nxt.lower_ in ELLIPSIS_VERBS):
            continue
        for prev in reversed(spans[:i]):
            if prev.sent != span.sent:
                break
            if prev._.figure_unit == span._.figure_unit and prev._.figure_measure:
                span._.figure_measure = prev._.figure_measure
                break


def share_list_measures(doc: Doc, spans: List[Span]) -> None:
    """'support packages of £44m and £10m': a figure listed after another of the same unit measures the same."""
    for prev, span in zip(spans, spans[1:]):
        between = doc[prev.end:span.start]
        if span._.figure_measure is None and prev._.figure_unit == span._.figure_unit \
                and len(between) == 1 and between[0].lower_ in {"and", "or", ","}:
            span._.figure_measure = prev._.figure_measure


def join_words(words: List[Token]) -> Optional[str]:
    if not words:
        return None
    out = ""
    for tok in words:
        # A capital that only marks the start of a sentence is not part of the measure.
        text = tok.lower_ if tok.is_sent_start and tok.is_title else tok.text
        out += ("" if tok.text == "-" or out.endswith("-") or not out else " ") + text
    return out


def date_expressions(doc: Doc, sent: Span, months: set, candidates: Optional[List[int]] = None):
    """Token bounds of dates in a sentence: '2017/18', 'by 2026', 'September', 'March 2018'.
    `candidates`: the doc's tokens that are years or months, in order (others start no date)."""
    indices = range(sent.start, sent.end) if candidates is None else \
        candidates[bisect_left(candidates, sent.start):bisect_left(candidates, sent.end)]
    resume = sent.start  # where the last date found ends
    for i in indices:
        if i < resume:
            continue
        tok = doc[i]
        if YEAR.match(tok.text) and not (i > sent.start and doc[i - 1].text in LAW_NAME_HEADS):
            end = i + 1
            if end + 1 < sent.end and doc[end].text in {"/", "-", "–"} and SHORT_YEAR.match(doc[end + 1].text):
                end += 2
            start = i
            if i > sent.start and doc[i - 1].text in months:
                start = i - 1
                if start > sent.start and re.match(r"^\d{1,2}$", doc[start - 1].text):
                    start -= 1
            yield start, end
            resume = end
            continue
        if tok.text in months and i > sent.start and doc[i - 1].lower_ in {"in", "by", "since", "until", "from",
                                                                          "during", "before", "after"}:
            if not (i + 1 < sent.end and YEAR.match(doc[i + 1].text)):
                yield i, i + 1


@Language.factory(
    "nhs_figures",
    assigns=["doc.ents", "span._.figure_value", "span._.figure_unit", "span._.figure_qualifier",
             "span._.figure_measure", "span._.figure_period"],
    requires=["doc.ents"],
    default_config={"max_measure_words": 6, "max_period_distance": 15},
)
def make_figure_recognizer(nlp: Language, name: str, max_measure_words: int,
                           max_period_distance: int) -> FigureRecognizer:
    return FigureRecognizer(nlp, name, max_measure_words, max_period_distance)
