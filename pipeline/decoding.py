"""Bytes to text: UTF-8 first, then a byte-order mark, then a detected encoding; mojibake repaired on request."""
import codecs
import re
from typing import NamedTuple, Optional

import charset_normalizer
import ftfy

UTF8 = "utf-8"

# Files that are not UTF-8 are detected among the encodings English text is saved in. Letting the
# detector try every code page misreads UK text (£ as Ł in cp1250, as Ż in cp775) and "detects"
# Cyrillic or random bytes as nonsense text; see benchmarks/encoding_detection.md.
CANDIDATE_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman")

# C0 controls other than whitespace: text holds almost none, bytes that are not text hold many.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01

# UTF-32 LE's mark starts with UTF-16 LE's, so it is tried first.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodedBytes(NamedTuple):
    text: str
    encoding: str  # Python codec name: utf-8, utf-16, cp1252...
    detected: bool  # guessed by the detector, not known from UTF-8 validity or a byte-order mark


class RepairedText(NamedTuple):
    text: str
    mojibake: bool  # still looks mis-decoded ("â€™"): worth a warning
    mojibake_fixed: bool  # the repair changed the text


class DecodeFailure(ValueError):
    """Bytes that are not text in any encoding we accept; `kind` is binary, undecodable or mixed."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(detail or kind)
        self.kind = kind
        self.detail = detail


def _stray_byte_as_cp1252(error: UnicodeDecodeError) -> "tuple[str, int]":
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


# Text pasted from Windows into a UTF-8 file: its curly quotes and £ are single cp1252 bytes.
STRAY_BYTES_AS_CP1252 = "nhs_stray_bytes_as_cp1252"
MIXED_ENCODING = "utf-8+cp1252"
codecs.register_error(STRAY_BYTES_AS_CP1252, _stray_byte_as_cp1252)


def decode_bytes(data: bytes, repairable: bool = False) -> DecodedBytes:
    """Decode as UTF-8 (with or without BOM), UTF-16/32 with a BOM, or the detected candidate encoding.

    Raises DecodeFailure when the bytes hold NULs without a BOM (binary), no candidate encoding
    reads them as plausible text (undecodable), or the bytes are UTF-8 with stray bytes of another
    encoding (mixed); when the caller repairs mis-decoded text (`repairable`), a mixed file is read
    as UTF-8 with its stray bytes as cp1252. The detail names the first byte that is not UTF-8.
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return DecodedBytes(data.decode(encoding), encoding, False)
    if b"\x00" in data:  # text never holds NUL; UTF-16/32 without a mark is not accepted either
        raise DecodeFailure("binary")
    try:
        return DecodedBytes(data.decode(UTF8), UTF8, False)  # a UTF-8 BOM is dropped by normalise_text
    except UnicodeDecodeError as e:
        first_bad = f"byte 0x{data[e.start]:02x} at position {e.start}"
    if mixes_utf8(data):
        if not repairable:
            raise DecodeFailure("mixed", first_bad)
        return DecodedBytes(data.decode(UTF8, errors=STRAY_BYTES_AS_CP1252), MIXED_ENCODING, True)
    guess = detect_encoding(data)
    if guess is None:
        raise DecodeFailure("undecodable", first_bad)
    text = data.decode(guess)
    if len(CONTROL_CHARACTERS.findall(text)) > MAX_CONTROL_SHARE * len(text):  # cp1252 reads almost any byte
        raise DecodeFailure("undecodable", first_bad)
    return DecodedBytes(text, guess, True)


def mixes_utf8(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 are mostly UTF-8: more valid multi-byte sequences than invalid bytes.

    Single-byte encodings almost never form valid UTF-8 sequences; random bytes form a few by
    chance, but far fewer than their invalid ones.
    """
    text = data.decode(UTF8, errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 0x7F) - invalid
    return valid >= invalid


def detect_encoding(data: bytes) -> Optional[str]:
    """The candidate encoding that reads data as the most plausible text, or None."""
    best = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    return best.encoding if best is not None else None


def repair_text(text: str, fix_mojibake: bool = False) -> RepairedText:
    """Repair mojibake when asked (ftfy's encoding fixer only: quotes and the rest are left as written)."""
    fixed = ftfy.fix_encoding(text) if fix_mojibake else text
    return RepairedText(fixed, looks_like_mojibake(fixed), fixed != text)


def _non_ascii_offset(pattern: "re.Pattern") -> Optional[int]:
    """How far into a match of `pattern` its first certainly non-ASCII character can be, at most; None
    when some alternative could match ASCII only, or is too complex to tell (then nothing is assumed)."""
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    if pattern.flags & re.IGNORECASE:  # case folding maps some non-ASCII letters to ASCII ones (K, ſ)
        return None
    tree = parser.parse(pattern.pattern, pattern.flags)
    branches = [tree]
    if len(tree) == 1 and tree[0][0] is parser.BRANCH:
        branches = tree[0][1][1]
    offsets = [_branch_offset(branch, parser) for branch in branches]
    return None if None in offsets else max(offsets)


def _branch_offset(branch, parser) -> Optional[int]:
    """The largest offset of the first mandatory non-ASCII character in one alternative, or None."""
    offset = 0
    for op, arg in branch:
        if op is parser.AT:  # ^, $, \b: no character
            continue
        if op is parser.LITERAL and arg > 0x7F:
            return offset
        if op is parser.IN and all(k is parser.LITERAL and v > 0x7F or k is parser.RANGE and v[0] > 0x7F
                                   for k, v in arg):
            return offset
        if op in (parser.LITERAL, parser.IN, parser.ANY, parser.NOT_LITERAL):
            offset += 1
        elif op is parser.MAX_REPEAT and arg[1] != parser.MAXREPEAT and len(arg[2]) == 1 \
                and arg[2][0][0] in (parser.LITERAL, parser.IN, parser.ANY, parser.NOT_LITERAL):
            offset += arg[1]  # "\s?": at most this many characters
        else:
            return None
    return None


BADNESS = ftfy.badness.BADNESS_RE
# Every match of ftfy's badness pattern holds a non-ASCII character at most this far from its start.
BADNESS_LEAD = _non_ascii_offset(BADNESS)
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def looks_like_mojibake(text: str) -> bool:
    """ftfy.badness.is_bad(text), tried only where a match can start: just before non-ASCII characters.

    is_bad searches the whole text with a pattern of some thirty alternatives, at every character;
    English news is nearly all ASCII. A match at q is the same match whatever q the search starts
    from (the pattern sees the whole text), so the text has one iff one starts at such a q."""
    if BADNESS_LEAD is None:
        return ftfy.badness.is_bad(text)
    tried = -1
    for m in NON_ASCII.finditer(text):
        for q in range(max(tried + 1, m.start() - BADNESS_LEAD), m.start() + 1):
            if BADNESS.match(text, q):
                return True
        tried = m.start()
    return False
