"""Building the spaCy pipeline from pipeline/config.cfg."""
from pathlib import Path
from typing import Optional

from spacy import util
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from . import figures, org_lists, orgs, people, relations, roles, sentencizer, sentences, tokenizer  # noqa: F401
from .rules_io import rules_dir

CONFIG_PATH = Path(__file__).with_name("config.cfg")


def build_nlp(config_path: Optional[Path] = None, rules: Optional[Path] = None) -> Language:
    """A blank English pipeline with the nhs_* components, its rules read from `rules`."""
    rules = Path(rules) if rules else rules_dir()
    config = util.load_config(config_path or CONFIG_PATH, overrides={"paths.rules": str(rules)},
                              interpolate=False)
    nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp
