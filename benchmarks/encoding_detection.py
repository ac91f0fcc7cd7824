"""Compare encoding detectors on the corpus articles re-encoded as other tools save them.

Each article is encoded in each encoding (characters it cannot hold become '?'); a detector is
right when decoding with its answer gives back exactly the text. Files in encodings English text
is not saved in (Cyrillic, Greek, Japanese) and random bytes should be refused (no answer).
Detectors: charset-normalizer over all its code pages, the reader's pipeline.decoding.decode_bytes
(a byte-order mark, then UTF-8, then charset-normalizer restricted to CANDIDATE_ENCODINGS, with
control bytes refused), and chardet when it is installed.
Usage: python benchmarks/encoding_detection.py [corpus]
"""
import random
import sys
import time
from pathlib import Path

import charset_normalizer

from pipeline.decoding import DecodeFailure, decode_bytes

ENCODINGS = ["cp1252", "latin-1", "iso-8859-15", "mac_roman", "utf-16"]
# One sentence of a foreign-language health story each, and 10 x 1,500 random bytes: none is English text.
REFUSE = {
    "cp1251": "Министерство здравоохранения объявило о новом финансировании больниц в этом году.",
    "cp1253": "Το υπουργείο υγείας ανακοίνωσε νέα χρηματοδότηση για τα νοσοκομεία φέτος.",
    "shift_jis": "厚生労働省は今年、病院への新たな資金提供を発表した。",
}


def detectors():
    found = {"charset-normalizer (all code pages)": lambda b: _best(charset_normalizer.from_bytes(b).best()),
             "nhs-extract reader (charset-normalizer, candidates)": _reader}
    try:
        import chardet
    except ImportError:
        return found
    found[f"chardet {chardet.__version__}"] = lambda b: chardet.detect(b)["encoding"]
    return found


def _reader(data: bytes):
    try:
        return decode_bytes(data).encoding
    except DecodeFailure:
        return None


def _best(match):
    return match.encoding if match is not None else None


def decodes_exactly(data: bytes, encoding, text: str) -> bool:
    try:
        return encoding is not None and data.decode(encoding).lstrip("\ufeff") == text
    except (LookupError, UnicodeDecodeError):
        return False


def main(corpus: str = "corpus") -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).glob("*.txt"))]
    rng = random.Random(7)
    noise = [bytes(rng.randrange(1, 256) for _ in range(1500)) for _ in range(10)]
    refuse = [s.encode(enc) for enc, s in REFUSE.items()] + noise
    print(f"| detector | {' | '.join(ENCODINGS)} | refused (of {len(refuse)}) | ms per article |")
    print("|---" * (len(ENCODINGS) + 3) + "|")
    for name, detect in detectors().items():
        cells, seconds, calls = [], 0.0, 0
        for enc in ENCODINGS:
            right = 0
            for text in texts:
                data = text.encode(enc, errors="replace")
                started = time.perf_counter()
                answer = detect(data)
                seconds += time.perf_counter() - started
                calls += 1
                right += decodes_exactly(data, answer, data.decode(enc))
            cells.append(f"{right}/{len(texts)}")
        refused = sum(detect(data) is None for data in refuse)
        print(f"| {name} | {' | '.join(cells)} | {refused} | {1000 * seconds / calls:.1f} |")


if __name__ == "__main__":
    main(*sys.argv[1:])
