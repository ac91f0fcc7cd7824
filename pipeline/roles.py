"""Role phrases ("deputy chief executive", "Health secretary") found over lower-cased tokens."""
from typing import Dict, Iterable, List, NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .rules_io import PhraseRecord


class RoleMatch(NamedTuple):
    start: int  # token index, modifiers included
    end: int
    role: str  # lower case, as written, without articles or words marked keep=no


class RoleFinder:
    """Core roles from a lexicon, extended leftwards over modifiers (deputy, interim, former)."""

    def __init__(self, nlp, roles: Iterable[PhraseRecord], modifiers: Iterable[PhraseRecord]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = sorted({r.phrase.lower() for r in roles})
        for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases)):
            self.matcher.add("ROLE", [doc])
        self.modifiers: Dict[str, bool] = {m.phrase.lower(): m.value.lower() != "no" for m in modifiers}

    def __call__(self, doc: Doc) -> List[RoleMatch]:
        spans = sorted(self.matcher(doc, as_spans=True), key=lambda s: (s.start, -len(s)))
        found: List[RoleMatch] = []
        last_end = -1
        for span in spans:
            if span.start < last_end:
                continue
            start = span.start
            while start > 0 and doc[start - 1].lower_ in self.modifiers:
                start -= 1
            words = [t.lower_ for t in doc[start:span.start] if self.modifiers[t.lower_]]
            words += [t.lower_ for t in span]
            found.append(RoleMatch(start, span.end, " ".join(words)))
            last_end = span.end
        return found
