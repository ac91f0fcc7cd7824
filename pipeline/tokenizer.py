"""spaCy's English tokenizer, with infixes that split figure ranges ("£2bn-£3bn", "20–30%")."""
from spacy.util import compile_infix_regex, registry

RANGE_INFIXES = [
    r"(?<=[0-9a-z%])[-–—](?=[£$€])",  # £2bn-£3bn
    r"(?<=[0-9])[–—](?=[0-9])",  # 20–30 with an en or em dash
    r"(?<=[0-9])/(?=[0-9])",  # 2017/18, kept as three tokens so periods align
]


@registry.tokenizers("nhs_tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        infixes = list(nlp.Defaults.infixes) + RANGE_INFIXES
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return tokenizer

    return make
