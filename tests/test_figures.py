import json

import pytest
from rapidfuzz.fuzz import token_set_ratio

from conftest import ROOT, ents

DATA = ROOT / "tests" / "data"
MEASURE_FLOOR, PERIOD_FLOOR = 0.82, 0.95  # measured 0.828 and 0.957 on 93 figures

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
    # a count of a plural acronym (parl_hsc_2023), of a people (pr_phe_2016), of 'the most ...' (pr_nhse_2015);
    # time to act (parl_hsc_2023, parl_pac_2025); money named as more of it (blog_healthfoundation_2019)
    # ... and a year naming a law is not a period
    ("Under provisions in the Health and Care Act 2022, 42 ICSs were established on a statutory basis in England "
     "on 1 July 2022.", [("42", 42, "count", None, "ICSs", "1 July 2022")]),
    ("Over 15 million Britons are living with a long term health condition",
     [("15 million", 15e6, "count", "more_than", "Britons", None)]),
    ("and then helped choose the first 29 of the most innovative plans.",
     [("29", 29, "count", None, "most innovative plans", None)]),
    ("This is a House of Commons Committee report, with recommendations to government. The Government has two "
     "months to respond.", [("two", 2, "month", None, "time to respond", None)]),
    ("The UK currently lags behind comparable countries in terms of the number of CT and MRI scanners and would "
     "need an extra £1.5bn just to bring it in line with other developed nations.",
     [("£1.5bn", 1.5e9, "GBP", None, "extra funding", None)]),
    # tp_hsj_2022 (heldout2): a fraction in words is a ratio; a place before the counted noun
    ("Nearly two-thirds of London trusts will soon be sharing a chair and/or chief executive",
     [("two-thirds", 2 / 3, "ratio", "nearly", "London trusts", None)]),
    # made up (from the review of this change): quarters of a year are not fractions; 'turned 300' is a count
    ("The deficit grew in three quarters of 2023.", [("three", 3, "count", None, "quarters", "2023")]),
    ("The hospital turned 300 patients away last winter.", [("300", 300, "count", None, "patients", None)]),
    # made up: 'third' as a word of a compound is not a fraction
    ("Two third-party providers agreed.", [("Two", 2, "count", None, None, None)]),
    # parl_hsc_2020 (heldout2): a transcript's numbered questions, both ends of the range, are not figures
    ("Members present: Jeremy Hunt (Chair); Laura Trott.\n\nQuestions 71 - 118\n\nWitnesses", []),
    # blog_kingsfund_2023 (heldout2): an anniversary is not a figure (rule 20)
    ("As the NHS turns 75, the Chief Executives of The Health Foundation, Nuffield Trust and The King’s Fund "
     "have written to the leaders of the three largest political parties.",
     [("three", 3, "count", None, "largest political parties", None)]),
    # a figure whose noun is left out measures what the one before it measures
    ("Overseas workers were drafted in by 40 hospital trusts last year, while a further 41 said they intended "
     "to follow suit", [("40", 40, "count", None, "hospital trusts", None),
                        ("41", 41, "count", None, "hospital trusts", None)]),
    ("There are an estimated 11.9 million people at increased risk of developing Type 2 diabetes in the UK "
     "because of their lifestyle and more than one million who already have the condition",
     [("11.9 million", 11.9e6, "count", "about", "people", None),
      ("one million", 1e6, "count", "more_than", "people", None)]),
    # pr_dhsc_2021 (heldout30 part B): 'a third of' is a ratio, the fraction word alone
    ("As of Saturday (23 January), a third of Scottish ambulance calls are being taken by centres in England.",
     [("third", 1 / 3, "ratio", None, "Scottish ambulance calls", None)]),
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
    # heldout30 part B: a date, a year after 'since', a service's name
    "Speaking at the World Economic Forum in Davos today (Friday 22), NHS England's chief executive will launch it.",
    "RCSEd has been setting standards in healthcare since 1505.",
    "Patients should call NHS 111 first.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(nlp, text):
    assert [e.text for e in ents(nlp, text, "FIGURE")] == []


# Real sentences of the field, one or more per case of the issue, annotated by hand from the guidelines
# (tests/data/figure_sentences.jsonl; sources in tests/data/figure_sentences.md).
SENTENCES = [json.loads(line) for line in (DATA / "figure_sentences.jsonl").read_text(encoding="utf-8").splitlines()]
# Cases where the pipeline and the annotator disagree, kept visible rather than dropped.
KNOWN_DIFFERENCES = {
    "Most specialties are treating 30-50 per cent": "'within 18 weeks' locates time for the pipeline (rule 11)",
    "The group 38 Degrees said": "a number opening an organisation's name is read as a count",
    "“There are now only three numbers": "the emergency numbers 111 and 999 are read as counts",
}


def figure_rows(nlp, sentences):
    for row, doc in zip(sentences, nlp.pipe(s["text"] for s in sentences)):
        yield row, [e for e in doc.ents if e.label_ == "FIGURE"]


def sentence_params():
    for row in SENTENCES:
        reason = next((why for start, why in KNOWN_DIFFERENCES.items() if row["text"].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(row, id=f"{row['case']}:{row['text'][:40]}", marks=marks)


@pytest.mark.parametrize("row", list(sentence_params()))
def test_real_sentence_spans_values_units_qualifiers(nlp, row):
    found = [(e.text, e._.figure_value, e._.figure_unit, e._.figure_qualifier) for e in ents(nlp, row["text"], "FIGURE")]
    expected = [(f["text"], pytest.approx(f["value"]), f["unit"], f["qualifier"]) for f in row["figures"]]
    assert found == expected


def test_real_sentence_measures_and_periods(nlp):
    """Measure (token-set ratio >= 80, as scored) and period agree with the annotator on most figures;
    the floors are the measured agreement, so a change that loses any fails."""
    measures = periods = n = 0
    for row, spans in figure_rows(nlp, SENTENCES):
        by_text = {e.text: e for e in spans}
        for fig in row["figures"]:
            span = by_text.get(fig["text"])
            if span is None:
                continue
            n += 1
            got, want = span._.figure_measure, fig["measure"]
            measures += (not got and not want) or bool(got and want and token_set_ratio(got.lower(), want.lower()) >= 80)
            periods += (span._.figure_period or None) == (fig["period"] or None)
    assert n >= 85
    assert measures / n >= MEASURE_FLOOR and periods / n >= PERIOD_FLOOR, (measures / n, periods / n)
