"""Which library parses English number words for nhs_figures: a measured comparison.

Each candidate gets (a) the number phrases of the field, from the words the issue names and from
the number-word figures of the project gold, with their values, and (b) ordinary words that are not
numbers (a parser that turns "often" or "someone" into a number would make false figures).
Reported: phrases right, non-numbers wrongly parsed, and calls per second.
The candidates other than text2num are not project dependencies; install them to run this:

    pip install word2number number-parser numerizer
    python benchmarks/number_words.py
"""
import time
from typing import Callable, Dict, Optional

from pipeline.gold import read_gold
from pipeline.rules_io import load_phrases, rules_dir

PHRASES = {"two": 2, "seven": 7, "ten": 10, "twelve": 12, "forty-two": 42, "forty two": 42, "ninety": 90,
           "a hundred": 100, "three hundred and fifty": 350, "two thousand": 2000, "two million": 2_000_000,
           "one million": 1_000_000, "twenty-five thousand": 25_000, "1.5 million": 1_500_000,
           "eleven": 11, "nineteen": 19, "sixty-five": 65, "eight hundred": 800}
NOT_NUMBERS = ["often", "someone", "tone", "none", "phone", "twenties", "seventh", "weight", "network",
               "fortnight", "tension", "teneral", "Newcastle", "one-off"]


def gold_number_words() -> Dict[str, float]:
    """The number words of the gold's FIGURE spans (letters only), with their gold values. Unit words
    ("per cent", "-year") are cut off, as nhs_figures does before parsing; fractions ("a quarter of a
    million") are left out: the pipeline parses them itself (FRACTIONS), no library is asked."""
    units = [p for p, _ in load_phrases(rules_dir() / "units.csv", "unit")]
    out = {}
    for g in read_gold("tests/gold"):
        for e in g["entities"]:
            words = e["text"].lower()
            if e["label"] != "FIGURE" or not words.replace("-", "").replace(" ", "").isalpha() or " of " in words:
                continue
            for unit in units:
                words = words.removesuffix(" " + unit.lower()).removesuffix("-" + unit.lower())
            if e["unit"] != "ratio":
                out[words] = e["value"]
    return out


def candidates() -> Dict[str, Callable[[str], Optional[float]]]:
    found = {}
    from text_to_num import text2num
    found["text2num"] = lambda s: float(text2num(s, "en"))
    try:
        from word2number import w2n
        found["word2number"] = lambda s: float(w2n.word_to_num(s))
    except ImportError:
        pass
    try:
        from number_parser import parse_number
        found["number-parser"] = lambda s: None if parse_number(s) is None else float(parse_number(s))
    except ImportError:
        pass
    try:
        from numerizer import numerize
        found["numerizer"] = lambda s: _float_or_none(numerize(s))
    except ImportError:
        pass
    return found


def _float_or_none(text: str) -> Optional[float]:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def safe(parse: Callable[[str], Optional[float]], text: str) -> Optional[float]:
    try:
        return parse(text)
    except Exception:  # noqa: BLE001 - a library refusing a phrase is a result, not an error
        return None


def main() -> None:
    phrases = {**PHRASES, **gold_number_words()}
    print(f"{len(phrases)} number phrases ({len(phrases) - len(PHRASES)} from the gold), "
          f"{len(NOT_NUMBERS)} non-numbers\n")
    print("| library | phrases right | non-numbers parsed as numbers | calls/s | wrong on |")
    print("|---|---|---|---|---|")
    for name, parse in candidates().items():
        wrong = [p for p, v in phrases.items() if safe(parse, p) != v]
        false = [w for w in NOT_NUMBERS if safe(parse, w) is not None]
        started = time.perf_counter()
        for _ in range(20):
            for p in phrases:
                safe(parse, p)
        rate = 20 * len(phrases) / (time.perf_counter() - started)
        print(f"| {name} | {len(phrases) - len(wrong)}/{len(phrases)} | {len(false)} ({', '.join(false)}) "
              f"| {rate:,.0f} | {', '.join(wrong)} |")


if __name__ == "__main__":
    main()
