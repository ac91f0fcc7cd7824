"""Canonical names shared by all variants of an entity across the corpus.

Per article the components already give each mention a canonical (gazetteer
canonical, acronym long form, fullest form of a person's name). Here the
corpus-wide pass merges variants: case and punctuation, '&'/'and', 'St'/'Saint',
a dropped 'NHS', 'Trust' vs 'Foundation Trust', surname-only people, and near
spellings found with rapidfuzz inside blocks that share a key token.
"""
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Dict, Iterable, Optional, Set, Tuple

from rapidfuzz import fuzz, process

GAZETTEER_KINDS_UNFIXED = {None, "", "shape", "acronym_definition", "after_role", "listed_line"}
ORG_DROP = {"the", "nhs"}


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# The keys are pure functions of a name, and a corpus repeats its names: each is computed once.
@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """A matching key: 'The Royal Free London NHS Foundation Trust' -> 'royal free london trust'."""
    s = ascii_fold(name).lower().replace("&", " and ")
    s = re.sub(r"['’]s\b", "s", s)
    s = re.sub(r"[^\w\s]", " ", s)
    words = ["saint" if w in {"st", "saint"} else w for w in s.split()]
    kept = [w for w in words if w not in ORG_DROP] or words
    return " ".join(kept).replace("foundation trust", "trust")


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    return re.sub(r"[^\w\s]", "", ascii_fold(name).lower()).strip()


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def entity_id(label: str, canonical: str) -> str:
    return f"{label.lower()}:{slug(canonical)}"


class CorpusNormaliser:
    """Observe every mention once (streaming), then resolve canonical names corpus-wide."""

    def __init__(self, org_threshold: float = 92.0, known_canonicals: Iterable[str] = ()):
        self.org_threshold = org_threshold
        self.scorer = fuzz.ratio
        self.fixed_orgs: Dict[str, str] = {org_key(c): c for c in known_canonicals}
        self.org_forms: Dict[str, Counter] = defaultdict(Counter)
        self.person_forms: Dict[str, Counter] = defaultdict(Counter)
        self.person_titles: Dict[str, Set[str]] = defaultdict(set)
        self.org_map: Dict[str, str] = {}
        self.person_map: Dict[str, str] = {}

    def observe(self, mention: dict) -> None:
        self.observe_name(mention["label"], mention.get("canonical") or mention["text"], mention.get("org_kind"),
                          mention.get("title"))

    def observe_name(self, label: str, canonical: str, org_kind: Optional[str] = None,
                     title: Optional[str] = None) -> None:
        """observe() of a mention with this label, canonical-or-text, org_kind and title."""
        if label == "ORG":
            if org_kind not in GAZETTEER_KINDS_UNFIXED:
                self.fixed_orgs.setdefault(org_key(canonical), canonical)
            self.org_forms[org_key(canonical)][canonical] += 1
        elif label == "PERSON":
            key = person_key(canonical)
            self.person_forms[key][canonical] += 1
            if title:
                self.person_titles[key].add(title)

    def finalise(self) -> None:
        self.org_map = self._resolve_orgs()
        self.person_map = self._resolve_people()

    def _resolve_orgs(self) -> Dict[str, str]:
        resolved = {}
        fixed_keys = list(self.fixed_orgs)
        for key, forms in self.org_forms.items():
            if key in self.fixed_orgs:
                resolved[key] = self.fixed_orgs[key]
                continue
            match = self._fuzzy(key, fixed_keys) if fixed_keys else None
            if match is not None:
                resolved[key] = self.fixed_orgs[match]
            else:
                resolved[key] = max(forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        return resolved

    def _fuzzy(self, key: str, choices: list) -> Optional[str]:
        """Near spellings ('Kings Fund' / 'King's Fund'), compared within a block sharing a word."""
        words = set(key.split())
        block = [c for c in choices if words & set(c.split()) and abs(len(c) - len(key)) <= 4]
        if not block:
            return None
        best = process.extractOne(key, block, scorer=self.scorer, score_cutoff=self.org_threshold)
        return best[0] if best else None

    def _resolve_people(self) -> Dict[str, str]:
        """Surname-only people join a unique full name of the corpus that shares their title."""
        by_surname: Dict[str, list] = defaultdict(list)
        for key in self.person_forms:
            parts = key.split()
            if len(parts) > 1:
                by_surname[parts[-1]].append(key)
        resolved = {}
        for key, forms in self.person_forms.items():
            target = key
            if len(key.split()) == 1 and len(by_surname.get(key, [])) == 1:
                full = by_surname[key][0]
                if self.person_titles[key] and self.person_titles[key] & self.person_titles[full]:
                    target = full
            resolved[key] = max(self.person_forms[target].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        return resolved

    def canonical(self, mention: dict) -> Tuple[str, str]:
        """(canonical, entity_id) of a mention observed before finalise()."""
        return self.canonical_of(mention["label"], mention.get("canonical") or mention["text"])

    def canonical_of(self, label: str, name: str) -> Tuple[str, str]:
        """canonical() of a mention with this label and canonical-or-text."""
        if label == "ORG":
            canonical = self.org_map.get(org_key(name), name)
        elif label == "PERSON":
            canonical = self.person_map.get(person_key(name), name)
        else:
            return "", ""
        return canonical, entity_id(label, canonical)
