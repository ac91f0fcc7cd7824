"""Coded errors and warnings, in spaCy's manner: each message says what to do."""


class NhsExtractError(Exception):
    """Base class of the errors a user of nhs-extract can hit."""


class Errors:
    E001 = "E001 Corpus folder not found: {path}. Give an existing folder of *.txt articles."
    E002 = "E002 No articles (*.txt) found in {path}. Put UTF-8 .txt files there or point to another folder."
    E003 = ("E003 {path} is not valid UTF-8 ({detail}). Re-save the file as UTF-8; the rest of the "
            "batch is processed.")
    E004 = "E004 {path} is empty. Remove it or give it text."
    E005 = "E005 {path} could not be read: {detail}."
    E006 = "E006 {path} looks like a binary file (it holds NUL bytes). Only text articles can be read."
    E010 = "E010 Rules file {path} not found. Check [paths] rules in config.cfg or the --rules option."
    E011 = "E011 {path}, line {line}: {detail}. Fix the row; every rules table needs its header columns."
    E012 = "E012 {path} has columns {found}; expected at least {expected}."
    E020 = "E020 Gold file {path}, line {line}: {detail}."
    E021 = "E021 Outputs folder {path} has no mentions.csv. Run `nhs-extract run` first."
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
