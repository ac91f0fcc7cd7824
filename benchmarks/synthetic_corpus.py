"""A synthetic corpus of N articles made from the bundled one, for the benchmark.

Each synthetic article is a real article of `corpus/` with its body paragraphs shuffled: the
blocks before the first prose paragraph (banner, headline, standfirst, byline) stay first, so
every name, figure and quote is real text and every article still reads as one (the mix of
lengths and publishers follows the corpus). A fixed seed makes the corpus the same everywhere.
Usage: python benchmarks/synthetic_corpus.py N OUT_DIR [--seed 8]
"""
import argparse
import random
import re
from pathlib import Path
from typing import List, NamedTuple

from pipeline.reader import list_articles, normalise_text

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "corpus"
SEED = 8
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MIN_BODY_WORDS = 12


class SourceArticle(NamedTuple):
    name: str
    head: str  # everything up to and including the headline block
    body: List[str]  # the paragraphs that may be reordered


def is_body_paragraph(block: str) -> bool:
    """Running prose (a sentence of some length), unlike banners, headlines, bylines and dates."""
    return len(block.split()) >= MIN_BODY_WORDS and block.rstrip()[-1] in ".?!:\"'”’"


def split_article(name: str, text: str) -> SourceArticle:
    """The blocks before the first prose paragraph (banner, headline, standfirst, byline) stay first."""
    blocks = [b for b in PARAGRAPH_BREAK.split(text.strip("\n")) if b.strip()]
    n_head = next((k for k, b in enumerate(blocks) if k and is_body_paragraph(b)), len(blocks))
    return SourceArticle(name, "\n\n".join(blocks[:n_head]), blocks[n_head:])


def load_sources(source_dir: Path = SOURCE) -> List[SourceArticle]:
    """The bundled articles, split into headline and body paragraphs."""
    paths = list_articles(source_dir, "*.txt")
    return [split_article(p.stem, normalise_text(p.read_text(encoding="utf-8"))) for p in paths]


def synthetic_texts(n: int, seed: int = SEED, source_dir: Path = SOURCE):
    """(article_id, text) of n synthetic articles, the same for the same seed."""
    sources = load_sources(source_dir)
    rng = random.Random(seed)
    width = len(str(max(n - 1, 0)))
    for k in range(n):
        src = rng.choice(sources)
        body = list(src.body)
        rng.shuffle(body)
        yield f"syn{k:0{width}d}_{src.name}", "\n\n".join([src.head] + body) + "\n"


def write_corpus(n: int, out_dir: Path, seed: int = SEED, source_dir: Path = SOURCE) -> int:
    """Write n synthetic articles as .txt files into out_dir (in sub-folders of 1,000); returns bytes written."""
    out_dir = Path(out_dir)
    total = 0
    for k, (article_id, text) in enumerate(synthetic_texts(n, seed, source_dir)):
        folder = out_dir / f"{k // 1000:04d}"  # keep directories small at N = 100,000
        if k % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{article_id}.txt").write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    size = write_corpus(args.n, args.out_dir, args.seed)
    print(f"{args.n} articles, {size:,} bytes -> {args.out_dir}")


if __name__ == "__main__":
    main()
