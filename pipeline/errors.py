"""Coded errors and warnings, in spaCy's manner: each message says what to do."""


class NhsExtractError(Exception):
    """Base class of the errors a user of nhs-extract can hit."""


class Errors:
    E001 = "E001 Corpus folder not found: {path}. Give an existing folder of articles (.txt, .html, .jsonl)."
    E002 = ("E002 No articles matching {patterns} found in {path}. Put .txt, .html or .jsonl files there, "
            "or change --glob.")
    E003 = ("E003 {path} is not UTF-8 ({detail}) and no encoding English text is saved in ({candidates}) "
            "reads it as text. Check it is an article, and re-save it as UTF-8.")
    E004 = "E004 {path} is empty. Remove it or give it text."
    E005 = "E005 {path} could not be read: {detail}."
    E006 = ("E006 {path} looks like a binary file (it holds NUL bytes). Only text, HTML and JSON Lines articles "
            "can be read; UTF-16 needs a byte-order mark, or re-save it as UTF-8.")
    E007 = ("E007 {path} disappeared after the corpus was listed (moved or deleted during the run). Run again "
            "once the folder is stable.")
    E008 = ("E008 {path} cannot be read: permission denied. Give the user running nhs-extract read access "
            "(chmod a+r) or move the file out of the corpus.")
    E009 = ("E009 {path} is {size:,} bytes, over the {limit:,}-byte limit for one article. Split it, or raise "
            "--max-article-mb if it really is one article.")
    E010 = "E010 Rules file {path} not found. Check [paths] rules in config.cfg or the --rules option."
    E011 = "E011 {path}, line {line}: {detail}. Fix the row; every rules table needs its header columns."
    E012 = "E012 {path} has columns {found}; expected at least {expected}."
    E020 = "E020 Gold file {path}, line {line}: {detail}."
    E021 = "E021 Outputs folder {path} has no mentions.csv. Run `nhs-extract run` first."
    E022 = ("E022 {path} is missing or lacks columns ({missing}). Run `nhs-extract run --out {out}` to "
            "write the tables again with this version.")
    E030 = "E030 {where}: not JSON ({detail}). Fix the line; the file's other lines are read."
    E031 = ("E031 {where}: not a JSON object (a {detail}). Each line must be one article: "
            '{{"id": ..., "text": ...}}.')
    E032 = 'E032 {where}: no "id" (a non-empty string or number). Give every article an id.'
    E033 = 'E033 {where}: no "text" (a non-empty string). Give the article its text or drop the line.'
    E034 = "E034 {where}: not UTF-8 ({detail}). JSON Lines files must be UTF-8; re-save the file as UTF-8."
    E035 = ("E035 {where}: the line is over the {limit:,}-byte limit for one article. Split it, or raise "
            "--max-article-mb if it really is one article.")
    E036 = ("E036 {where}: article id {article_id!r} is already used by {first}; the first is kept. Give one "
            "of them another id (file name or JSON Lines \"id\").")
    E037 = ("E037 {where}: article id {article_id!r} holds '|' or a control character, which the tables "
            "cannot hold. Rename the file or change its id.")
    E038 = ("E038 {path}: no article text found in the HTML ({detail}). Check it is an article page, or save "
            "its text as .txt.")
    E039 = ("E039 {path} mixes UTF-8 with another encoding ({detail} is not UTF-8, yet the rest is). Run again "
            "with --fix-mojibake to read its stray bytes as Windows-1252, or re-save it as UTF-8.")
    E040 = ("E040 Another run is writing to {out} (it holds {lock}). Wait for it to finish, run again with "
            "--wait to queue behind it, or choose another --out folder.")
    E041 = "E041 Unknown table format {formats}. Choose one or more of {known}, comma-separated."
    E042 = "E042 {feature} needs an optional dependency. Install it with: pip install \"nhs-extract[{extra}]\"."
    E043 = "E043 Could not reach the Dask scheduler at {address} ({detail}). Check the address or omit --scheduler."
    E044 = "E044 Unknown engine {engine}. Choose one of {known}."
    E045 = ("E045 A worker process stopped while processing articles ({detail}). Rerun with --incremental to "
            "reuse the finished articles; if it happens again, lower --jobs (memory) or run with -j 1.")
    E046 = "E046 --jobs must be 1 or more (got {jobs})."


class Warnings:
    W001 = "W001 {n} article(s) failed; see errors.csv in {out}."
    W002 = ("W002 {where}: not UTF-8; read as {encoding} ({how}). Check its text in articles.csv, or re-save "
            "the file as UTF-8.")
    W003 = ("W003 {where}: the text looks mis-decoded (mojibake such as \"â€™\" for \"’\"). Run again with "
            "--fix-mojibake to repair it.")
