"""All custom Doc/Span attributes, registered in one place.

Only plain values live here (strings, numbers, dicts): Span objects inside
``doc._`` would break multi-process ``nlp.pipe`` and DocBin.
"""
from spacy.tokens import Doc, Span

SPAN_EXTENSIONS = {
    "canonical": None,  # ORG/PERSON: canonical name known within the article
    "title": None,  # PERSON: honorifics outside the span ("Dr", "Baroness")
    "role": None,  # PERSON: role stated next to the name ("chief executive")
    "org_kind": None,  # ORG: gazetteer kind, or "shape" / "acronym" / "acronym_definition" / "after_role" /
    # "listed_line" (an unknown name in a bulleted list of bodies)
    "figure_value": None,
    "figure_unit": None,
    "figure_qualifier": None,
    "figure_measure": None,
    "figure_period": None,
}
DOC_EXTENSIONS = {
    "article_id": None,
    "acronyms": None,  # {acronym: long form canonical} defined in this article
    "relations": None,  # list of plain dicts, see relations.py
    "role_candidates": None,  # role lexicon matches of nhs_roles, see roles.py
    "plural_roles": None,  # [(start, end, singular role)] of plural role phrases ("chief executives"), see roles.py
}


def register_extensions() -> None:
    """Register every extension once; safe to call many times."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
