import pytest

from conftest import ents

# (sentence, [(span, value, unit, qualifier, measure, period)])
CASES = [
    ("The provider sector ended 2017/18 with a deficit of nearly £1bn, an overall 8% staff vacancy rate, and "
     "ongoing under-performance against key constitutional targets like the 4-hour A&E target.",
     [("£1bn", 1e9, "GBP", "nearly", "deficit", "2017/18"),
      ("8%", 8, "percent", None, "staff vacancy rate", "2017/18"),
      ("4-hour", 4, "hour", None, "A&E target", None)]),
    ("leaked modelling showing a worst case scenario of a 42,000 nursing shortage by 2026.",
     [("42,000", 42000, "count", None, "nursing shortage", "2026")]),
    ("and was established by NHS Employers and more than 30 health and social care organisations.",
     [("30", 30, "count", "more_than", "health and social care organisations", None)]),
    ("and a move to seven regional teams to underpin this new approach.",
     [("seven", 7, "count", None, "regional teams", None)]),
    ("over 80 per cent of you said in September that you wanted a strong representative organisation",
     [("80 per cent", 80, "percent", "more_than", None, "September")]),
    ("The trust needs £20.5 million for new beds.", [("£20.5 million", 20.5e6, "GBP", None, None, None)]),
    ("Funding of between £2bn and £3bn a year", [("£2bn", 2e9, "GBP", None, "funding", None),
                                                 ("£3bn", 3e9, "GBP", None, "funding", None)]),
    ("vacancy rates of 20-30% in some trusts", [("20", 20, "percent", None, "vacancy rates", None),
                                                ("30%", 30, "percent", None, "vacancy rates", None)]),
    ("one in five nurses left the NHS", [("one in five", 0.2, "ratio", None, "nurses", None)]),
    ("forty-two trusts reported a deficit", [("forty-two", 42, "count", None, "trusts", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_figures(nlp, text, expected):
    found = [(e.text, e._.figure_value, e._.figure_unit, e._.figure_qualifier, e._.figure_measure,
              e._.figure_period) for e in ents(nlp, text, "FIGURE")]
    assert found == [(t, pytest.approx(v), u, q, m, p) for t, v, u, q, m, p in expected]


NOT_FIGURES = [
    "At an NHSI board meeting on 30 November 2017, the chair spoke.",
    "Registered in England and Wales. Reg No. 2530185.",
    "The provider sector ended 2017/18 in the red.",
    "It is the first time and the 5th attempt.",
    "We want one voice and a single body.",
    "Over the last three years, the first nine months of 2017–18 were hard.",
    "Call 020 7123 4567 for details.",
    "as the 2015–16.3 figures show",
    "c/o Wilmington plc, 5th Floor, 10 Whitechapel High Street, London E1 8QS.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(nlp, text):
    assert [e.text for e in ents(nlp, text, "FIGURE")] == []
