"""spaCy's English tokenizer, with infixes that split figure ranges ("£2bn-£3bn", "20–30%") and a colon
written against a quotation ("said:‘We"), and hyphenated acronyms ("CR-UK") kept whole."""
import re

from spacy.util import compile_infix_regex, compile_prefix_regex, registry

from .text_utils import HYPHENATED_ACRONYM

RANGE_INFIXES = [
    r"(?<=[0-9a-z%])[-–—](?=[£$€])",  # £2bn-£3bn
    r"(?<=[-–—])[£$€](?=[0-9])",  # the sign of the second end: £750–£850 million
    r"(?<=[0-9])[–—](?=[0-9])",  # 20–30 with an en or em dash
    r"(?<=[0-9])/(?=[0-9])",  # 2017/18, kept as three tokens so periods align
    r"(?<=[a-z])\.(?=\[[0-9])",  # "under 4 hours.[3]": the full stop before a reference mark
    r"(?<=\.)\[(?=[0-9])",
    # "(CQC)[2]", "Commission[3]": a reference mark after a word or a closing bracket (its "]" is a suffix)
    r"(?<=[A-Za-z])\)(?=\[[0-9])",
    r"(?<=[)A-Za-z])\[(?=[0-9]{1,3}$)",
    # 'said:‘We are proud': a colon written against the quotation it opens, and that quotation's mark
    r"(?<=[A-Za-z0-9]):(?=[‘“\"'])",
    r"(?<=:)[‘“\"'](?=[A-Za-z0-9])",
]


# A bullet written against the word it marks: "•Steven Peacock: currently a NED at RBCH".
BULLET_PREFIXES = [r"[•·▪‣◦]"]

SCALE_ABBREVIATIONS = ("m.", "k.", "b.")
# "run by Harwick Care Ltd." ends a sentence: British firms write "Ltd" without a stop inside one.
NAME_END_ABBREVIATIONS = ("Ltd.", "Inc.")


@registry.tokenizers("nhs_tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        infixes = list(nlp.Defaults.infixes) + RANGE_INFIXES
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        tokenizer.prefix_search = compile_prefix_regex(BULLET_PREFIXES + list(nlp.Defaults.prefixes)).search
        rules = dict(tokenizer.rules)
        for scale in SCALE_ABBREVIATIONS + NAME_END_ABBREVIATIONS:  # "£300m." ends a sentence
            rules.pop(scale, None)
        tokenizer.rules = rules
        if tokenizer.token_match is None:  # a compiled pattern's match, so the tokenizer still serialises
            tokenizer.token_match = re.compile(f"^{HYPHENATED_ACRONYM}$").match
        return tokenizer

    return make
