"""Small pure helpers over tokens and spans shared by the components."""
import re

from spacy.tokens import Doc, Span, Token

CAPITALISED = re.compile(r"^[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}[a-z]?$")
POSSESSIVE = {"'s", "’s", "'", "’"}


def is_capitalised_word(token: Token) -> bool:
    """A Title-case word such as 'Stevens', 'McLean' or 'O'Brien' (not ALL CAPS)."""
    return bool(CAPITALISED.match(token.text))


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text))


_last_text: list = [None, ""]  # [doc, its text]: the doc being processed


def doc_text(doc: Doc) -> str:
    """doc.text, computed once per doc: spaCy rebuilds it from every token on each access."""
    if _last_text[0] is not doc:
        _last_text[:] = [doc, doc.text]
    return _last_text[1]


def sentence_of(span: Span) -> Span:
    """The sentence around a span; the whole doc where no sentences are set."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent
    return doc[:]


def clean_sentence(span: Span) -> str:
    """The evidence sentence of a mention, on one line."""
    return " ".join(sentence_of(span).text.split())
