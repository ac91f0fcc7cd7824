"""Role phrases ("deputy chief executive", "Health secretary") found over lower-cased tokens."""
from typing import Dict, Iterable, List, NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .rules_io import PhraseRecord


class RoleMatch(NamedTuple):
    start: int  # token index, modifiers included
    end: int
    role: str  # lower case, as written, without articles or words marked keep=no


EXTENDABLE_HEADS = {"head", "director", "lead", "chair", "professor", "minister", "secretary", "general"}
FIELD_STOP = {"the", "a", "an", "at", "of", "for", "in", "to", "with", "on", "said", "says", "who", "which"}


class RoleFinder:
    """Core roles from a lexicon, extended leftwards over modifiers (deputy, interim, former)."""

    def __init__(self, nlp, roles: Iterable[PhraseRecord], modifiers: Iterable[PhraseRecord]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = sorted({r.phrase.lower() for r in roles})
        for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases)):
            self.matcher.add("ROLE", [doc])
        self.modifiers: Dict[str, bool] = {m.phrase.lower(): m.value.lower() != "no" for m in modifiers}

    @staticmethod
    def _of_field(doc: Doc, end: int) -> int:
        """'head of care', 'director of health and wellbeing': a lower-case field after 'of'."""
        if doc[end - 1].lower_ not in EXTENDABLE_HEADS or end + 1 >= len(doc) or doc[end].lower_ not in {"of", "for"}:
            return end
        # A Title-case role ("Director of Health and Wellbeing") may have a Title-case field.
        title_case = doc[end - 1].is_title

        def field_word(tok) -> bool:
            return (tok.is_alpha and tok.lower_ not in FIELD_STOP and not tok.ent_type_
                    and (tok.is_lower or (title_case and tok.is_title)))

        def list_closes(k: int) -> bool:
            """After a comma: 'finance, performance and operations' (a lower-case list ending in 'and')."""
            while k < len(doc) and doc[k].lower_ != "and" and (field_word(doc[k]) or doc[k].text == ","):
                k += 1
            return not title_case and k + 1 < len(doc) and doc[k].lower_ == "and" and field_word(doc[k + 1])

        k = end + 1
        while k < len(doc) and (field_word(doc[k]) or (doc[k].lower_ == "and" and k > end + 1
                                                        and k + 1 < len(doc) and field_word(doc[k + 1]))
                                or (doc[k].text == "," and k > end + 1 and list_closes(k + 1))):
            k += 1
        return k if k > end + 1 else end

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
            end = self._of_field(doc, span.end)
            kept = [t for t in doc[start:span.start] if self.modifiers[t.lower_]] + list(doc[span.start:end])
            # Spacing as written: "co-chair" is three tokens but one word.
            role = "".join(t.lower_ + (t.whitespace_ and " ") for t in kept[:-1]) + kept[-1].lower_
            found.append(RoleMatch(start, end, role))
            last_end = end
        return found
