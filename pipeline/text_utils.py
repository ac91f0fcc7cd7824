"""Small pure helpers over tokens and spans shared by the components."""
import re

from spacy.tokens import Span, Token

CAPITALISED = re.compile(r"^[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}[a-z]?$")
POSSESSIVE = {"'s", "’s", "'", "’"}


def is_capitalised_word(token: Token) -> bool:
    """A Title-case word such as 'Stevens', 'McLean' or 'O'Brien' (not ALL CAPS)."""
    return bool(CAPITALISED.match(token.text))


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text))


def sentence_of(span: Span) -> Span:
    """The sentence around a span; the whole doc where no sentences are set."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent
    return doc[:]


def clean_sentence(span: Span) -> str:
    """The evidence sentence of a mention, on one line."""
    return " ".join(sentence_of(span).text.split())
