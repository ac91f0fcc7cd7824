import pytest


def relations(nlp, text, kind):
    doc = nlp(text)
    out = []
    for r in doc._.relations:
        if r["type"] != kind:
            continue
        head = text[r["head"][0]:r["head"][1]]
        if kind == "quote":
            out.append((head, text[r["quote"][0]:r["quote"][1]]))
        else:
            out.append((head, text[r["tail"][0]:r["tail"][1]], r.get("role") or r.get("trigger")))
    return out


@pytest.mark.parametrize("text,expected", [
    ("NHSE chief executive Simon Stevens, and Ian Dalton, chief executive of NHSI said: “Together we are more.”",
     [("Simon Stevens", "NHSE", "chief executive"), ("Ian Dalton", "NHSI", "chief executive")]),
    ("NAPC chair, Dr Charles Alessi, acknowledged there had been great differences.",
     [("Charles Alessi", "NAPC", "chair")]),
    ("David Stout, deputy chief executive of the NHS Confederation said they were in talks.",
     [("David Stout", "NHS Confederation", "deputy chief executive")]),
    ("Health secretary Jeremy Hunt is not a permanent member of the cabinet.", []),
])
def test_roles(nlp, text, expected):
    assert relations(nlp, text, "role") == expected


@pytest.mark.parametrize("text,pairs", [
    ("NHSI and NHS England plan closer collaboration", [("NHSI", "NHS England")]),
    ("The NHS Alliance and NAPC have announced a body that will work in partnership with the NHS Confederation.",
     [("NHS Alliance", "NAPC"), ("NHS Alliance", "NHS Confederation"), ("NAPC", "NHS Confederation")]),
    # two bodies named together without any statement that they work together
    ("Sources have told HSJ the group is being coordinated by the NHS Confederation.", []),
    ("Legal advice to NHS England and NHS Improvement is that they cannot merge.", []),
])
def test_collaborations(nlp, text, pairs):
    assert sorted((h, t) for h, t, _ in relations(nlp, text, "collaboration")) == sorted(pairs)


@pytest.mark.parametrize("text,expected", [
    ("Baroness Harding said it was 'very clear' there needed to be better collaboration 'across the system'",
     [("Harding", "very clear"), ("Harding", "across the system")]),
    ("Dr Mike Dixon, chair of the NHS Alliance, said: ‘We are now creating a one-membership body.'\n\n"
     "He added: ‘In order to do that the two organisations are also partnering.'",
     [("Mike Dixon", "We are now creating a one-membership body."),
      ("Mike Dixon", "In order to do that the two organisations are also partnering.")]),
    ("‘We want to ensure CCGs can connect with a wider NHS' he said.", []),
    ("The NHS Alliance and NAPC have announced a single ‘one-membership' clinical commissioning body.", []),
    ("The organisation to be called ‘NHS Clinical Commissioners' was announced yesterday.", []),
    ("NHSE says a more joined-up approach will enable the two bodies to ‘speak with one voice’, and more.",
     [("NHSE", "speak with one voice")]),
])
def test_quotes(nlp, text, expected):
    assert relations(nlp, text, "quote") == expected


def test_block_quotes_after_said_colon(nlp):
    # GOV.UK press releases print quotes as plain paragraphs after "X said:" (PHE, 28 December 2016).
    text = ("Professor Kevin Fenton, Director of Health and Wellbeing at PHE, said:\n\n"
            "People are busy with work, with families, with the daily grind and sometimes their own health is "
            "the least of their priorities.\n\nBackground\n\n1. Search online.")
    quotes = relations(nlp, text, "quote")
    assert quotes == [("Kevin Fenton", "People are busy with work, with families, with the daily grind and "
                                       "sometimes their own health is the least of their priorities.")]
    assert relations(nlp, text, "role") == [("Kevin Fenton", "PHE", "director of health and wellbeing")]


@pytest.mark.parametrize("text,expected", [
    ("Dan Howarth, Head of Care at Diabetes UK, said:", [("Dan Howarth", "Diabetes UK", "head of care")]),
    ("Tim Gardner, senior policy fellow at the Health Foundation, said the target was missed.",
     [("Tim Gardner", "Health Foundation", "senior policy fellow")]),
    ("NHS deputy chief executive David Flory is to become the first head of the body charged with creating an "
     "all-foundation-trust provider sector.",
     [("David Flory", "NHS", "deputy chief executive")]),
])
def test_roles_of_the_field(nlp, text, expected):
    assert relations(nlp, text, "role") == expected
