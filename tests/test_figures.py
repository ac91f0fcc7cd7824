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
    # measure before the figure, across a copula or a verb of change (real sentences from corpus/)
    ("the real level of annual overspending is around £4bn, many times the reported headline deficit measure.",
     [("£4bn", 4e9, "GBP", "about", "annual overspending", None)]),
    ("The workforce figures included in today’s data, showing nursing vacancies back up above 40,000 once again",
     [("40,000", 40000, "count", "more_than", "nursing vacancies", None)]),
    ("Obesity in adults has shot up 16% in the last 20 years.", [("16%", 16, "percent", None, "adults", None)]),
    ("A hospital trust's deficit could have been more than £70m if it had not received government support",
     [("£70m", 70e6, "GBP", "more_than", "deficit", None)]),
    ("the trust previously posted a deficit as high as £100m, the Local Democracy Reporting Service said.",
     [("£100m", 100e6, "GBP", "up_to", "deficit", None)]),
    ("The new CCG would have a population of nearly 500,000.",
     [("500,000", 500000, "count", "nearly", "population", None)]),
    ("those who are a healthy weight (a body mass index between 18.5 and 25).",
     [("18.5", 18.5, "count", None, "body mass index", None), ("25", 25, "count", None, "body mass index", None)]),
    # measure after the figure: 'in <noun>', 'of its <figure> <noun>', a comparative, a purpose clause
    ("in 2017-18, the Department of Health and Social Care gave £3.2bn in loans to support trusts and used £1bn "
     "of its £5.6bn capital budget to fund day-to-day spending.",
     [("£3.2bn", 3.2e9, "GBP", None, "loans", "2017-18"), ("£1bn", 1e9, "GBP", None, "capital budget", None),
      ("£5.6bn", 5.6e9, "GBP", None, "capital budget", None)]),
    ("there were 350 fewer full-time equivalent GPs in June 2017 than in September 2015.",
     [("350", 350, "count", None, "full-time equivalent GPs", "June 2017")]),
    ("NHS trusts across the country have today been allocated a share of £300 million to upgrade their "
     "facilities ahead of winter", [("£300 million", 300e6, "GBP", None, "funding to upgrade facilities", None)]),
    # a figure whose noun is left out measures what the one before it measures
    ("Overseas workers were drafted in by 40 hospital trusts last year, while a further 41 said they intended "
     "to follow suit", [("40", 40, "count", None, "hospital trusts", None),
                        ("41", 41, "count", None, "hospital trusts", None)]),
    ("There are an estimated 11.9 million people at increased risk of developing Type 2 diabetes in the UK "
     "because of their lifestyle and more than one million who already have the condition",
     [("11.9 million", 11.9e6, "count", "about", "people", None),
      ("one million", 1e6, "count", "more_than", "people", None)]),
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
