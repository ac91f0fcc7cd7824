import pytest

from conftest import ents

CASES = [
    # (sentence, [(span, title, role)])
    ("At an NHSI board meeting today, Baroness Harding said the regulator wanted to explore more collaboration",
     [("Harding", "Baroness", None)]),
    ("Dr Mike Dixon, chair of the NHS Alliance, said: ‘We are now creating a one-membership body.",
     [("Mike Dixon", "Dr", "chair")]),
    ("NHSI medical director Kathy Mclean warned the board it needed to be conscious of the pressures on staff",
     [("Kathy Mclean", None, "medical director")]),
    ("Health secretary Jeremy Hunt is not a permanent member of the cabinet Brexit committee",
     [("Jeremy Hunt", None, "health secretary")]),
    ("NAPC chair, Dr Charles Alessi, acknowledged there had been great differences of outlook",
     [("Charles Alessi", "Dr", "chair")]),
    ("And Danny Mortimer, deputy chief executive of the NHS Confederation, which represents organisations",
     [("Danny Mortimer", None, "deputy chief executive")]),
    ("The health secretary said the NHS would get more money.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_person_spans_titles_roles(nlp, text, expected):
    found = [(e.text, e._.title, e._.role) for e in ents(nlp, text, "PERSON")]
    assert found == expected


def test_surname_refers_back_to_full_name(nlp):
    text = "Baroness Dido Harding chairs the board. Later, Harding said she agreed."
    people = ents(nlp, text, "PERSON")
    assert [p.text for p in people] == ["Dido Harding", "Harding"]
    assert {p._.canonical for p in people} == {"Dido Harding"}


def test_post_nominals_stay_outside(nlp):
    people = ents(nlp, "Rt Hon Jeremy Hunt MP said the plan was right.", "PERSON")
    assert [(p.text, p._.title) for p in people] == [("Jeremy Hunt", "Rt Hon")]
