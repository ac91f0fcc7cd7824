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
    E022 = ("E022 {path} is missing or lacks columns ({missing}). Run `nhs-extract run --out {out}` to "
            "write the tables again with this version.")


class Warnings:
    W001 = "W001 {n} article(s) failed; see errors.csv in {out}."
