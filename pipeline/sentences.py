"""nhs_paragraphs: a line break always starts a sentence (headlines, bullets, bylines)."""
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("nhs_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Set sentence starts after line breaks; the sentencizer fills in the rest."""
    if len(doc):
        doc[0].is_sent_start = True
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc
