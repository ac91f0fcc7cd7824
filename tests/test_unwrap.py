"""Hard-wrapped texts: line breaks inside paragraphs read as spaces, same length, other texts untouched."""
import pytest

from conftest import ROOT
from pipeline.reader import ReadOptions, read_article
from pipeline.unwrap import unwrap_lines

CORPUS = ROOT / "corpus"
# A trust's press release copied from a PDF, hard-wrapped at about 65 characters (heldout37 part B).
WRAPPED = CORPUS / "pr_southendft_2014_pathology_partnership_btuh_ipp.txt"


def test_a_wrapped_release_reads_its_names_and_paragraphs_whole():
    raw = WRAPPED.read_text(encoding="utf-8")
    article = read_article(WRAPPED)
    assert len(article.text) == len(raw) and article.unwrapped_breaks > 10
    assert "expertise of Basildon and Thurrock University Hospitals NHS Foundation Trust, Southend" in article.text
    assert "Clare Panniker, chief executive at Basildon and Thurrock University Hospitals NHS Foundation Trust and " \
        "Jacqueline Totterdell, chief executive" in article.text
    # paragraph ends stay: the headline, the date line, a sentence's end before a quoted paragraph
    assert article.text.startswith("Pathology partnership secures services for local population\n13 March 2014\n")
    assert "we serve.\n\"Bringing" in article.text and "Trust said:\n\"We" in article.text
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(raw, article.text))


def test_a_release_indenting_every_line_is_read_from_its_margin():
    # a trust's statement whose copy indents every line by a space (heldout39 part B)
    article = read_article(CORPUS / "pr_secamb_2016_scas_collaborative_working.txt")
    assert article.text.startswith("“South East Coast Ambulance Service (SECAmb) recently agreed to  formal "
                                   "collaborative working with its neighbouring ambulance  service, South Central")
    assert "deserve.\n  \n “However" in article.text  # paragraphs stay apart


def test_the_breaks_are_kept_when_asked():
    article = read_article(WRAPPED, ReadOptions(unwrap_lines=False))
    assert article.text == WRAPPED.read_text(encoding="utf-8") and article.unwrapped_breaks == 0


def test_no_other_corpus_text_is_unwrapped():
    unwrapped = [p.name for p in sorted(CORPUS.glob("*.txt")) if read_article(p).unwrapped_breaks]
    # Community Care's 2003 copy (heldout44 part C) is hard-wrapped at about 60 characters, University Hospitals
    # Bristol's 2018 release (heldout46 part B) at about 65
    assert unwrapped == sorted([WRAPPED.name, "pr_secamb_2016_scas_collaborative_working.txt",
                                "pr_uhbristol_2018_weston_merger_intention.txt",
                                "tp_communitycare_2003_barking_dagenham_joint_post_dismantled.txt"])


LONG = "The new local service brings together the clinical expertise of"


PARAGRAPH = ("He says the creation of the new trust does not indicate any changes in the configuration of patient "
             "services and any such future plans will need to be linked to improvements in transport.")


@pytest.mark.parametrize("text,expected", [
    # news_warringtonguardian_2001 (heldout42 part A), shortened and reworded: a list written without bullets in a
    # text of long one-line paragraphs is no wrapping
    (f"{PARAGRAPH}\nAnd he says the merger will have a number of benefits for patients including:\n"
     "a greater range of services as a result of pooled expertise and resources\nfaster services\n"
     "increased investment as a result of reduced administration\nincreased innovation\n"
     "greater equity of treatment and care across North Cheshire\nthe ability to develop more flexible working\n"
     f"{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n", "same"),
    # pr_uhbristol_2018 (heldout46 part B), reworded: a short line ending in a comma runs on into a lower-case line
    (f"Headline of the release\n{LONG}\nthree trusts and the investment and scientific knowledge of the\n"
     "company, which is set to deliver a state of the art service for patients in\nsouth Essex.\n"
     "Jane Smith, Chief Executive,\nsaid: \"It is good.\"\n",
     f"Headline of the release\n{LONG} three trusts and the investment and scientific knowledge of the "
     "company, which is set to deliver a state of the art service for patients in south Essex.\n"
     "Jane Smith, Chief Executive, said: \"It is good.\"\n"),
    # made up (from the review): lines of a list ending in commas, and an address, keep their breaks
    (f"Headline of the release\n{LONG}\nthree trusts and the investment and scientific knowledge of the\n"
     "company, which is set to deliver a state of the art service for patients in\nsouth Essex. The services are:\n"
     "cancer care,\nmental health services,\nurgent care.\nJane Smith, Director,\njane.smith@nhs.net\n",
     f"Headline of the release\n{LONG} three trusts and the investment and scientific knowledge of the "
     "company, which is set to deliver a state of the art service for patients in south Essex. The services are:\n"
     "cancer care,\nmental health services,\nurgent care.\nJane Smith, Director,\njane.smith@nhs.net\n"),
    # made up: a list of short lower-case items is not wrapped text
    ("We will:\nimprove access\nreduce waits\ncut costs\nhire staff\n", "same"),
    # made up: two clear wraps are not enough to call a text wrapped
    (f"{LONG}\nthree trusts and the\n{LONG}\nthree trusts.\n", "same"),
    # made up: a wrapped text keeps its list items and short closing lines on their own lines
    (f"Headline of the release\n{LONG}\nthree trusts and the investment and scientific knowledge of the\n"
     f"company, which is set to deliver a state of the art service for patients in\nsouth Essex, and "
     f"the new work will include these services for local patients\n• a new laboratory\nJane Smith\n"
     f"Chief Executive\n",
     f"Headline of the release\n{LONG} three trusts and the investment and scientific knowledge of the "
     f"company, which is set to deliver a state of the art service for patients in south Essex, and "
     f"the new work will include these services for local patients\n• a new laboratory\nJane Smith\n"
     f"Chief Executive\n"),
    # made up (from the review): list items that run on in a text of one line a paragraph are no wrapping
    ("Headline\nThe trust set out its plans for the coming year in a report to the board today.\n"
     "The plans will improve access to GP services for people in rural areas,\n"
     "reduce waiting times for planned operations across the whole region,\n"
     "increase the number of nurses in training at the local universities,\n"
     "and open two new diagnostic centres.\nThe board will discuss them in June and decide in July.\n"
     "Jane Smith, the chair, said the trust had listened to patients and staff.\n"
     "The trust's chief executive said the plans were good.\nA consultation on them opens next week.\n"
     "Members of the public can comment online or at meetings across the county.\n"
     "The trust runs three hospitals and many community services.\nIt employs 9,000 staff.\n"
     "Its budget is £800m a year.\nIt was formed in 2010.\nIts headquarters are in Leeds.\n", "same"),
    # made up (from the review): a headline after a blank line, a line closing on a quotation mark or a
    # hyphen, and a heading whose words after the first are capitalised but for small ones keep their breaks
    (f"\nHeadline of the release with many words in it\n{LONG}\nthree trusts and the investment and scientific "
     f"knowledge of the\ncompany, which said the plans for the region were “ambitious”\nand the new well-\nbeing "
     f"service for patients in south Essex, and the new work will\ninclude these services for local patients in "
     f"the county of\nEssex and beyond in the coming years of the long-term plan.\nAbout Mid and South Essex "
     f"NHS Foundation Trust and Its Hospitals\nThe trust runs three hospitals.\n",
     f"\nHeadline of the release with many words in it\n{LONG} three trusts and the investment and scientific "
     f"knowledge of the company, which said the plans for the region were “ambitious”\nand the new well-\nbeing "
     f"service for patients in south Essex, and the new work will include these services for local patients in "
     f"the county of Essex and beyond in the coming years of the long-term plan.\nAbout Mid and South Essex "
     f"NHS Foundation Trust and Its Hospitals\nThe trust runs three hospitals.\n"),
    # made up (from the review): a headline that runs on in lower case to a byline stays a line of its own
    (f"Hospital trusts agree to merge in a deal worth many millions of pounds\nby Jane Smith, health "
     f"correspondent\n{LONG}\nthree trusts and the investment and scientific knowledge of the\ncompany, which is "
     f"set to deliver a state of the art service for patients in\nsouth Essex, and the new work will include these "
     f"services for local patients\nacross the county.\n",
     f"Hospital trusts agree to merge in a deal worth many millions of pounds\nby Jane Smith, health "
     f"correspondent\n{LONG} three trusts and the investment and scientific knowledge of the company, which is "
     f"set to deliver a state of the art service for patients in south Essex, and the new work will include these "
     f"services for local patients across the county.\n"),
])
def test_unwrap_lines(text, expected):
    unwrapped = unwrap_lines(text)
    assert unwrapped.text == (text if expected == "same" else expected)
    assert len(unwrapped.text) == len(text)
