import json
import os
import random
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from pipeline.reader import (Article, ReadError, ReadOptions, iter_articles, list_articles, normalise_text,
                             read_article, read_source)

CORPUS = ROOT / "corpus"
BAD = DATA / "bad_corpus"

def corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("raw,expected", [
    ("\ufeffNHS England said", "NHS England said"),
    ("line one\r\nline two", "line one\nline two"),
    ("line one\rline two", "line one\nline two"),
    ("a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ("no change “NHS’s”", "no change “NHS’s”"),
])
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


def test_offsets_index_the_normalised_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffHeadline\r\n\r\nNHS England (NHSE) said".encode("utf-8"))
    article = read_article(path)
    assert isinstance(article, Article)
    start = article.text.index("NHSE")
    assert article.text[start:start + 4] == "NHSE"
    assert start == len("Headline\n\nNHS England (")
    assert article.title == "Headline"
    assert article.article_id == "crlf"
    assert (article.format, article.encoding, article.warnings) == ("txt", "utf-8", ())


@pytest.mark.parametrize("content,stage,code,words", [
    (b"", "read", "E004", "empty"),
    (b"  \n\r\n ", "read", "E004", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "decode", "E006", "binary"),
    ("NHS England’s chief executive said".encode("utf-16-le"), "decode", "E006", "byte-order mark"),
    ("Совет по здравоохранению объявил".encode("cp1251"), "decode", "E003", "not UTF-8"),
    ("The NHS’s plan".encode() + b" cost \xa31bn", "decode", "E039", "mixes UTF-8"),
])
def test_bad_files_give_read_errors(tmp_path, content, stage, code, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = read_article(path)
    assert isinstance(error, ReadError)
    assert error.stage == stage
    assert error.message.startswith(f"{code} {path}") and words in error.message


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_not_text(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(1500)))
    assert read_article(path).message.startswith("E003")


# Real article texts as other tools save them: each must read back exactly, with its encoding recorded.
@pytest.mark.parametrize("name,encoding,recorded", [
    ("tp_pulse_2017_gp_workforce", "cp1252", "cp1252"),
    ("blog_nuffieldtrust_2018_underlying_deficit", "cp1252", "cp1252"),
    ("tp_bbc_2025_sath_deficit", "latin-1", "cp1252"),  # no 0x80-0x9f bytes: both read it the same
    ("pr_phe_2016_one_you_middle_aged", "mac_roman", "mac_roman"),
    ("blog_bma_2022_medical_vacancies", "utf-16", "utf-16"),
    ("blog_kingsfund_2017_next_steps", "utf-8-sig", "utf-8"),
])
def test_other_encodings_are_detected_and_recorded(tmp_path, name, encoding, recorded):
    text = normalise_text(corpus_text(name))
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert isinstance(article, Article), article
    assert article.text == text
    assert article.encoding == recorded
    warned = [w for w in article.warnings if w.startswith("W002")]
    assert bool(warned) == (recorded != "utf-8")


def test_mixed_file_is_read_when_repair_is_asked(tmp_path):
    text = corpus_text("blog_healthfoundation_2019_waiting_times")
    path = BAD / "mixed_encodings_healthfoundation.txt"
    assert read_article(path).stage == "decode"
    article = read_article(path, ReadOptions(fix_mojibake=True))
    assert article.text == text and article.encoding == "utf-8+cp1252"


def test_mojibake_is_warned_and_repaired_only_when_asked():
    path = BAD / "mojibake_bma_medical_school_places.txt"
    as_is = read_article(path)
    assert "â€˜fooling no oneâ€™" in as_is.text
    assert [w[:4] for w in as_is.warnings] == ["W003"] and not as_is.mojibake_fixed
    fixed = read_article(path, ReadOptions(fix_mojibake=True))
    assert fixed.text == corpus_text("blog_bma_2023_medical_school_places")[:len(fixed.text)]
    assert fixed.title == "Health Secretary ‘fooling no one’ with 205 medical school places, says BMA"
    assert fixed.mojibake_fixed and fixed.warnings == ()


def test_repair_leaves_clean_text_alone(tmp_path):
    text = corpus_text("pr_dhsc_2020_winter_ae_funding")
    path = tmp_path / "clean.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path, ReadOptions(fix_mojibake=True))
    assert article.text == text and not article.mojibake_fixed


def test_jsonl_lines_become_articles_or_errors_with_their_line_numbers():
    items = list(read_source(BAD / "feed.jsonl"))
    by_line = {i.source_line: i for i in items}
    assert sorted(by_line) == [1, 3, 4, 5, 6, 7, 8, 9]  # line 2 is blank
    first = by_line[1]
    assert isinstance(first, Article) and first.article_id == "phe_2016_one_you" and first.format == "jsonl"
    assert (first.title, first.published, first.source) == (
        "Modern life responsible for ‘worrying’ health in middle aged", "2016-12-28", "Public Health England")
    assert first.url.startswith("https://www.gov.uk/government/news/")
    assert first.text.startswith("Press release\n\nModern life")
    assert by_line[8].article_id == "20231002" and by_line[8].published == "2 October 2023"
    expected = {3: ("extract", "E030", "not JSON (Unterminated string"), 4: ("extract", "E033", 'no "text"'),
                5: ("extract", "E032", 'no "id"'), 6: ("extract", "E031", "not a JSON object (a list)"),
                9: ("decode", "E034", "not UTF-8 (byte 0xa3")}
    for line, (stage, code, words) in expected.items():
        error = by_line[line]
        assert isinstance(error, ReadError) and error.stage == stage
        assert error.message.startswith(f"{code} {BAD / 'feed.jsonl'}:{line}: {words}"), error.message


def test_duplicate_ids_fail_naming_both_places(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("NHS England said so.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("NHS Improvement said so.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "story", "text": "Monitor said so."}) + "\n",
                                      encoding="utf-8")
    items = list(iter_articles(list_articles(tmp_path)))
    assert isinstance(items[0], Article) and items[0].text == "NHS England said so."
    for item, where in zip(items[1:], [tmp_path / "b" / "story.txt", f"{tmp_path / 'c.jsonl'}:1"]):
        assert isinstance(item, ReadError) and item.stage == "duplicate" and item.article_id == "story"
        assert f"{where}: article id 'story' is already used by {tmp_path / 'a' / 'story.txt'}" in item.message


def test_failed_article_does_not_claim_its_id(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_bytes(b"")
    (tmp_path / "story.txt").write_text("NHS England said so.", encoding="utf-8")
    items = list(iter_articles(list_articles(tmp_path)))
    assert [type(i).__name__ for i in items] == ["ReadError", "Article"]


def test_listing_walks_folders_filters_by_glob_and_skips_hidden(tmp_path):
    for rel in ["a.txt", "sub/b.HTML", "sub/deeper/c.htm", "d.jsonl", "e.pdf", "notes.md", ".hidden.txt",
                ".git/f.txt", "2024/g.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")

    def relative(paths):
        return [p.relative_to(tmp_path).as_posix() for p in paths]

    assert relative(list_articles(tmp_path)) == ["2024/g.txt", "a.txt", "d.jsonl", "sub/b.HTML",
                                                 "sub/deeper/c.htm"]
    assert relative(list_articles(tmp_path, "*.txt")) == ["2024/g.txt", "a.txt"]
    assert relative(list_articles(tmp_path, ["2024/*.txt", "*.md"])) == ["2024/g.txt", "notes.md"]


def test_path_that_vanishes_after_listing(tmp_path):
    (tmp_path / "kept.txt").write_text("NHS England said so.", encoding="utf-8")
    (tmp_path / "moved.txt").write_text("NHS Improvement said so.", encoding="utf-8")
    paths = list_articles(tmp_path)
    (tmp_path / "moved.txt").unlink()
    items = list(iter_articles(paths))
    assert isinstance(items[0], Article)
    assert items[1].stage == "read" and items[1].message.startswith("E007") and "disappeared" in items[1].message


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """Permission denied, simulated by making the open fail: tests may run as root, which chmod cannot stop."""
    path = tmp_path / "locked.txt"
    path.write_text("NHS England said so.", encoding="utf-8")
    (tmp_path / "locked.jsonl").write_text('{"id": "x", "text": "NHS"}\n', encoding="utf-8")
    real_open = Path.open

    def open_denied(self, *args, **kwargs):
        if self.name in {"locked.txt", "locked.jsonl"}:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_denied)
    error = read_article(path)
    assert error.stage == "read" and error.message.startswith(f"E008 {path} cannot be read: permission denied")
    [error] = read_source(tmp_path / "locked.jsonl")
    assert error.message.startswith("E008")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_real_permissions(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("NHS England said so.", encoding="utf-8")
    path.chmod(0)
    try:
        assert read_article(path).message.startswith("E008")
    finally:
        path.chmod(0o644)


def test_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    paragraph = corpus_text("tp_metro_2013_overseas_nurses").encode("utf-8")
    with path.open("wb") as f:
        for _ in range(50 * 2**20 // len(paragraph) + 1):
            f.write(paragraph)
    assert path.stat().st_size > 50 * 2**20
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("a file over the limit was read"))
    error = read_article(path)
    assert error.stage == "read" and error.message.startswith("E009")
    assert "over the 20,971,520-byte limit" in error.message


def test_jsonl_streams_past_an_overlong_line(tmp_path):
    small = ReadOptions(max_bytes=1000)
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "first", "text": "NHS England said so."}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "NHS " * 5000}) + "\n")
        f.write(json.dumps({"id": "last", "text": "Monitor said so."}) + "\n")
    items = list(read_source(path, small))
    assert [getattr(i, "article_id") for i in items] == ["first", None, "last"]
    assert items[1].source_line == 2 and items[1].message.startswith(f"E035 {path}:2: the line is over")
