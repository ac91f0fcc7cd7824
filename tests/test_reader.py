import pytest

from pipeline.reader import Article, ReadError, normalise_text, read_article


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


@pytest.mark.parametrize("content,stage,words", [
    (b"caf\xe9 au lait", "decode", "not valid UTF-8"),
    (b"", "read", "empty"),
    (b"  \n\r\n ", "read", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "decode", "binary"),
])
def test_bad_files_give_read_errors(tmp_path, content, stage, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = read_article(path)
    assert isinstance(error, ReadError)
    assert error.stage == stage
    assert words in error.message and str(path) in error.message


def test_missing_file_is_a_read_error(tmp_path):
    error = read_article(tmp_path / "gone.txt")
    assert isinstance(error, ReadError) and error.stage == "read"
