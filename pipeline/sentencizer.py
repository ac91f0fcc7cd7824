"""nhs_sentencizer: spaCy's rule-based sentencizer, computed on the doc's arrays.

spaCy's Sentencizer builds a Token object for every token of every doc; this one gives the same
sentence starts from the doc's ORTH and IS_PUNCT arrays, without a Python step per token.
"""
from typing import List, Optional

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.pipeline.sentencizer import BACKWARD_OVERWRITE
from spacy.strings import get_string_id
from spacy.tokens import Doc

WORD, STOP, OTHER_PUNCT = 0, 1, 2  # a token's part in the rule: see sentence_starts
UNSET = 0
NOT_START = numpy.iinfo(numpy.uint64).max  # -1 as stored in a uint64 array: "not a sentence start"


def sentence_starts(classes: numpy.ndarray) -> numpy.ndarray:
    """spaCy's rule: the first token starts a sentence, and so does a word (neither punctuation
    nor a full stop) whose nearest token before it, over other punctuation, is a full stop."""
    guesses = numpy.zeros(len(classes), dtype=bool)
    if not len(classes):
        return guesses
    guesses[0] = True
    kept = numpy.flatnonzero(classes != OTHER_PUNCT)  # other punctuation neither opens nor closes
    kinds = classes[kept]
    guesses[kept[1:][(kinds[1:] == WORD) & (kinds[:-1] == STOP)]] = True
    return guesses


class NhsSentencizer(Sentencizer):
    """The same sentence starts as spaCy's Sentencizer (same punct_chars, same overwrite rule)."""

    def __init__(self, name: str = "sentencizer", *, punct_chars: Optional[List[str]] = None,
                 overwrite: bool = BACKWARD_OVERWRITE):
        super().__init__(name, punct_chars=punct_chars, overwrite=overwrite)
        # A token's ORTH is the hash of its text: a full stop is a token whose ORTH is one of these.
        self._stop_ids = numpy.array(sorted(get_string_id(c) for c in self.punct_chars), dtype=numpy.uint64)

    def token_classes(self, doc: Doc) -> numpy.ndarray:
        """WORD, STOP or OTHER_PUNCT per token, from the ORTH and IS_PUNCT arrays."""
        columns = doc.to_array([ORTH, IS_PUNCT])
        orths = columns[:, 0]
        # numpy.isin, by binary search: isin's own setup costs more than the search on short docs
        nearest = self._stop_ids[numpy.searchsorted(self._stop_ids, orths) % len(self._stop_ids)]
        stop = nearest == orths
        return numpy.where(stop, STOP, numpy.where(columns[:, 1] != 0, OTHER_PUNCT, WORD))

    def predict(self, docs) -> List[numpy.ndarray]:
        return [sentence_starts(self.token_classes(doc)) for doc in docs]

    def set_annotations(self, docs, batch_tag_ids) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, guesses in zip(docs, batch_tag_ids):
            if not len(doc):
                continue
            starts = doc.to_array(SENT_START)  # set in one go: each token setter re-checks the whole doc
            free = numpy.ones(len(doc), dtype=bool) if self.overwrite else starts == UNSET
            starts[free & guesses] = 1
            starts[free & ~guesses] = NOT_START
            doc.from_array([SENT_START], starts)


@Language.factory("nhs_sentencizer", assigns=["token.is_sent_start", "doc.sents"],
                  default_config={"punct_chars": None, "overwrite": BACKWARD_OVERWRITE})
def make_sentencizer(nlp: Language, name: str, punct_chars: Optional[List[str]], overwrite: bool) -> NhsSentencizer:
    return NhsSentencizer(name, punct_chars=punct_chars, overwrite=overwrite)
