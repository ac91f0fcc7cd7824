"""Small pure helpers over tokens and spans shared by the components."""
import re
from bisect import bisect_right
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

import numpy
from spacy.attrs import IDX, LENGTH, LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from .relation_words import MAX_UNIT_WORDS, UNIT_WORDS

CAPITALISED = re.compile(r"^[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*$")
# Span group of the places that stand for a trust the article names in full ('chair of Kettering'):
# no ORG mentions (guidelines), but relations read them as the trust.
BODY_REFS = "nhs_body_refs"
# doc.spans key of the lists of bodies sharing one head noun, one span a list ("Swale, Medway, and ... CCGs").
SHARED_HEAD_LISTS = "nhs_shared_head_lists"
# 'CR-UK' for Cancer Research UK: capitals either side of one hyphen, kept one token by the tokenizer.
HYPHENATED_ACRONYM = r"[A-Z]{2,4}-[A-Z]{2,4}"
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}[a-z]?$|^" + HYPHENATED_ACRONYM + "$")
POSSESSIVE = {"'s", "’s", "'", "’"}


def is_capitalised_word(token: Token) -> bool:
    """A Title-case word such as 'Stevens', 'McLean' or 'O'Brien' (not ALL CAPS)."""
    return bool(CAPITALISED.match(token.text))


def is_set_off_adverb(tokens, k: int) -> bool:
    """tokens[k] is an adverb in lower case between two commas: 'potentially' in 'and, potentially, Knowsley'."""
    tok = tokens[k]
    return tok.is_lower and tok.is_alpha and tok.lower_.endswith("ly") and 0 < k < len(tokens) - 1 \
        and tokens[k - 1].text == "," and tokens[k + 1].text == ","


def is_lower_content_word(token: Token) -> bool:
    """A lower-case word that is no stop word: a noun or a modifier ('conference', 'spokesperson')."""
    return token.is_lower and token.is_alpha and not token.is_stop


def plural_post_end(doc: Doc, k: int) -> Optional[int]:
    """The end of the longest plural post starting at token k ('the Chief Executives' of 'the Chief Executives of
    A, B and C'); None where none starts there."""
    return max((e for s, e, _ in doc._.plural_roles or () if s == k), default=None)


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text))


# The texts of the docs of the last batches, by id; each entry keeps its doc alive, so an id is never reused.
_TEXTS: "OrderedDict[int, Tuple[Doc, str]]" = OrderedDict()
TEXTS_KEPT = 128  # twice a batch (config.cfg batch_size): the docs the components and tables are at


def doc_text(doc: Doc) -> str:
    """doc.text, computed once per doc: spaCy rebuilds it from every token on each access."""
    entry = _TEXTS.get(id(doc))
    if entry is None or entry[0] is not doc:
        return remember_text(doc, doc.text)
    return entry[1]


def remember_text(doc: Doc, text: str) -> str:
    """Keep `text` as doc_text(doc). Only for the text the doc was made from (the tokenizer keeps
    every character, so that is doc.text): it spares rebuilding it from the tokens."""
    _TEXTS[id(doc)] = (doc, text)
    if len(_TEXTS) > TEXTS_KEPT:
        _TEXTS.popitem(last=False)
    return text


def sentence_of(span: Span) -> Span:
    """The sentence around a span; the whole doc where no sentences are set."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent
    return doc[:]


# The entities of docs a component reads without setting them, by id; see fixed_ents.
_FIXED_ENTS: Dict[int, Tuple[Doc, Tuple[Span, ...]]] = {}


@contextmanager
def fixed_ents(doc: Doc) -> Iterator[None]:
    """Within the block, doc_ents(doc) gives the entities read once: Doc.ents builds every entity
    span anew on each access. Only for code that does not set doc.ents inside the block."""
    _FIXED_ENTS[id(doc)] = (doc, doc.ents)
    try:
        yield
    finally:
        _FIXED_ENTS.pop(id(doc), None)


def doc_ents(doc: Doc) -> Tuple[Span, ...]:
    """doc.ents, from the copy fixed_ents keeps when inside its block."""
    entry = _FIXED_ENTS.get(id(doc))
    return entry[1] if entry is not None and entry[0] is doc else doc.ents


def span_extensions(doc: Doc, start_char: int, end_char: int) -> Callable[[str], Any]:
    """A reader of the `span._` values of the span doc.char_span(start_char, end_char), for the
    extensions of extensions.py (plain values, default None). spaCy keeps them in doc.user_data under
    ("._.", name, start_char, end_char); `span._.name` builds an Underscore object for every read."""
    user_data = doc.user_data
    return lambda name: user_data.get(("._.", name, start_char, end_char))


class SentenceBounds:
    """The sentence around a span, as Span.sent finds it (text_utils.sentence_of), from the doc's
    SENT_START array read once: Span.sent walks the tokens back and forth on every call."""

    def __init__(self, doc: Doc):
        self.n = len(doc)
        self.sentenced = doc.has_annotation("SENT_START")
        columns = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
        self.starts = numpy.flatnonzero(columns[:, 0] == 1).tolist() if self.n else []
        self.idx = columns[:, 1].tolist() if self.n else []
        self.ends = (columns[:, 1] + columns[:, 2]).tolist() if self.n else []

    def tokens_of(self, start: int) -> Tuple[int, int]:
        """(first token, end token) of the sentence of a span starting at token `start`; the whole doc
        where no sentences are set. A span across a boundary gets its first sentence, as with Span.sent."""
        if not self.sentenced or not self.n:
            return 0, self.n
        k = bisect_right(self.starts, start)  # the sentence starts at or before `start` come first
        first = self.starts[k - 1] if k else 0
        return first, self.starts[k] if k < len(self.starts) else self.n

    def chars_of(self, start: int) -> Tuple[int, int]:
        """(start_char, end_char) of the sentence of a span starting at token `start`."""
        first, last = self.tokens_of(start)
        if first >= last:
            return 0, 0
        return self.idx[first], self.ends[last - 1]


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks too) as one space, and no space at the ends."""
    return " ".join(text.split())


def clean_sentence(span: Span) -> str:
    """The evidence sentence of a mention, on one line."""
    return one_line(sentence_of(span).text)


def word_positions(doc: Doc, words: Iterable[str]) -> List[int]:
    """Token indices whose lower-case form is one of the words: rare words found in the LOWER array,
    not by a Token object for every word of the doc."""
    ids = {doc.vocab.strings[w] for w in words}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids]


def unit_name_end(doc: Doc, k: int) -> int:
    """End of a unit's name of a body at token k ('School of Management', 'Faculty of Medicine & Dentistry',
    'Division of Medical Sciences'): its unit word, 'of' or 'for', and capitalised words of no entity (with 'and',
    '&', 'of' between them); k itself where no unit is named there."""
    if k + 2 >= len(doc) or doc[k].text not in UNIT_WORDS or doc[k + 1].lower_ not in {"of", "for"}:
        return k
    j = k + 2
    while j < min(len(doc), k + 2 + MAX_UNIT_WORDS) and (doc[j].is_title or doc[j].lower_ in {"and", "&", "of"}) \
            and not doc[j].ent_type_:
        j += 1
    while j > k + 2 and not doc[j - 1].is_title:
        j -= 1  # not 'and' closing the run
    return j if j > k + 2 else k
