#!/bin/bash
# writes benchmarks/figures.md from both benchmarks
cd "$(dirname "$0")/.."
{
echo "# Figures: nhs-extract against quantulum3, and the choice of number-word parser"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); the machine was shared with other jobs, so speeds are a lower bound."
echo
echo "## Quantities: \`python benchmarks/quantities.py --repeat 3\`"
echo
.venv/bin/python benchmarks/quantities.py --repeat 3 2>/dev/null
echo
echo "quantulum3 is a general parser: it returns years (\"2026\", \"2017/18\"), dates and reference numbers as quantities"
echo "(hence its precision), puts unit words in the span (\"18 weeks\"), reads \"£1bn\" as 1 pound, and has no"
echo "qualifier, measure or period. Its spans and values are mapped to this project's units before scoring."
echo
echo "## Number words: \`python benchmarks/number_words.py\`"
echo
.venv/bin/python benchmarks/number_words.py 2>/dev/null
echo
cat <<'TXT'
PyPI (checked 2026-11-23): text2num 3.1.0, released 2026-08-21, 20 releases; numerizer 0.2.4,
2024-09-26; number-parser 0.3.2, 2023-03-28; word2number 1.1, 2017-06-02 (unmaintained).

**Chosen: text2num.** It is maintained, the fastest by two orders of magnitude over the two other
correct ones (nhs_figures asks it about every candidate word, so speed matters), and parses no
ordinary word as a number. Its two misses do not reach the pipeline: "1.5 million" is digits with
a scale word, which nhs_figures reads itself from `rules/scales.csv`, and in "a hundred" the "a"
is left out of the span by the project's rule that "a"/"one" are determiners, so text2num sees
"hundred" (100). numerizer gets every phrase right but rewrites whole strings with regular
expressions at about 13,000 calls/s; word2number reads "one-off" as 1 and has had no release since
2017; number-parser is the slowest.
TXT
} > benchmarks/figures.md
