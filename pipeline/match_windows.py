"""A token Matcher run only where its patterns can match, with the same matches as over the doc.

spaCy's Matcher starts a partial match at every token that fits a pattern's first token: the name
shapes ("[Capitalised] [Name word]* Foundation Trust") start one at every capitalised word, for
every pattern. Yet every match lies inside a run of tokens that some pattern token accepts, and
holds a token that one of its pattern's required tokens names exactly ("Trust"). So the Matcher
is run on those runs only, around such anchors; a run holds whole matches and no two runs
overlap, so greedy filtering (per pattern) gives the same matches as over the whole doc.
"""
import re
from typing import Callable, Dict, List, Optional, Set, Tuple

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

TokenTest = Callable[[str, str], bool]  # (text, lower) -> accepted
TEXT_ATTRS = {"ORTH": 0, "TEXT": 0, "LOWER": 1}
REQUIRED_OPS = {None, "1", "+"}


def _value_test(field: int, value) -> Optional[TokenTest]:
    if isinstance(value, str):
        return lambda text, lower: (text, lower)[field] == value
    if not isinstance(value, dict) or not value or not set(value) <= {"REGEX", "IN", "NOT_IN"}:
        return None
    tests = []
    if "REGEX" in value:
        regex = re.compile(value["REGEX"])  # the Matcher searches, it does not anchor
        tests.append(lambda text, lower: bool(regex.search((text, lower)[field])))
    if "IN" in value:
        accepted = set(value["IN"])
        tests.append(lambda text, lower: (text, lower)[field] in accepted)
    if "NOT_IN" in value:
        refused = set(value["NOT_IN"])
        tests.append(lambda text, lower: (text, lower)[field] not in refused)
    return lambda text, lower: all(test(text, lower) for test in tests)


def token_test(spec: dict) -> Optional[TokenTest]:
    """A test equal to one Matcher token spec, or None for a spec it cannot read (POS, '!', _...)."""
    tests = []
    for key, value in spec.items():
        if key == "OP":
            if value not in REQUIRED_OPS | {"?", "*"}:
                return None
            continue
        test = _value_test(TEXT_ATTRS[key], value) if key in TEXT_ATTRS else None
        if test is None:
            return None
        tests.append(test)
    return lambda text, lower: all(test(text, lower) for test in tests)


def pattern_anchor(pattern: List[dict]) -> Optional[str]:
    """The longest exact text of a token every match of the pattern has ('Foundation'), if any."""
    fixed = [spec.get("ORTH", spec.get("TEXT")) for spec in pattern if spec.get("OP") in REQUIRED_OPS]
    fixed = [text for text in fixed if isinstance(text, str)]
    return max(fixed, key=len) if fixed else None


class WindowedMatcher:
    """A Matcher run only where its patterns can match: the same matches as over the whole doc.

    Patterns are grouped by anchor, and a window runs only the groups whose anchors it holds (one
    group where a key has several patterns, as greedy filtering is per key). Where some pattern
    cannot be read here, every pattern runs over the whole doc, as a plain Matcher.
    """

    def __init__(self, vocab: Vocab, patterns: List[Tuple[str, List[dict]]], greedy: Optional[str] = None):
        tests = [token_test(spec) for _, pattern in patterns for spec in pattern]
        anchors = [pattern_anchor(pattern) for _, pattern in patterns]
        readable = bool(patterns) and None not in tests and None not in anchors
        self.tests: List[TokenTest] = tests if readable else []
        one_per_key = len({key for key, _ in patterns}) == len(patterns)
        # anchor -> the group of patterns to run where it occurs (None: run all over the whole doc)
        self.group_of: Dict[str, Optional[str]] = {a: (a if one_per_key else "") for a in anchors if a is not None}
        self.matchers: Dict[Optional[str], Matcher] = {}
        for (key, pattern), anchor in zip(patterns, anchors):
            group = self.group_of[anchor] if readable else None
            self.matchers.setdefault(group, Matcher(vocab)).add(key, [pattern], greedy=greedy)
        self._accepted: Dict[int, bool] = {}  # by orth id: some pattern token accepts this word

    def _in_window(self, token: Token) -> bool:
        accepted = self._accepted.get(token.orth)
        if accepted is None:
            text, lower = token.text, token.lower_
            accepted = self._accepted[token.orth] = any(test(text, lower) for test in self.tests)
        return accepted

    def windows(self, doc: Doc) -> List[Tuple[int, int, Set[str]]]:
        """Runs of accepted tokens that hold an anchor, left to right: (start, end, groups to run)."""
        strings = doc.vocab.strings
        anchor_ids = {strings[a]: group for a, group in self.group_of.items()}
        found: List[Tuple[int, int, Set[str]]] = []
        end = 0
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth not in anchor_ids:
                continue
            if i < end:
                found[-1][2].add(anchor_ids[orth])
                continue
            start, end = i, i + 1
            while start > 0 and self._in_window(doc[start - 1]):
                start -= 1
            while end < len(doc) and self._in_window(doc[end]):
                end += 1
            found.append((start, end, {anchor_ids[orth]}))
        return found

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        """(match_id, start, end) of every pattern, as a Matcher over the whole doc finds them."""
        if None in self.matchers:
            return list(self.matchers[None](doc))
        found = []
        for start, end, groups in self.windows(doc):
            window = doc[start:end]
            for group in sorted(groups):
                found += [(key, s + start, e + start) for key, s, e in self.matchers[group](window)]
        return found
