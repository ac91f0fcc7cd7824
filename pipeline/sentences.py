"""nhs_paragraphs: a line break always starts a sentence (headlines, bullets, bylines)."""
from typing import Dict

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# Whether a word holds a line break, by orth id (a hash of the text, the same in every vocab).
_HAS_BREAK: Dict[int, bool] = {}


@Language.component("nhs_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Set sentence starts after line breaks; the sentencizer fills in the rest."""
    if not len(doc):
        return doc
    # A token's trailing whitespace is one space at most: line breaks are in token texts only.
    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, IS_SPACE])
    sent_starts = doc.to_array([SENT_START])  # set in one go: each token setter re-checks the whole doc
    sent_starts[0] = 1
    # The tokenizer splits text where white space starts and ends: a line break is only ever in a
    # token of white space, so only those are looked at.
    for i in numpy.flatnonzero(columns[:-1, 1]).tolist():
        orth = int(columns[i, 0])
        has_break = _HAS_BREAK.get(orth)
        if has_break is None:
            has_break = _HAS_BREAK[orth] = "\n" in strings[orth]
        if has_break:
            sent_starts[i + 1] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc
