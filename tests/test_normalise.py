import pytest

from pipeline.normalise import CorpusNormaliser, entity_id, org_key


def mention(text, label="ORG", canonical=None, kind="shape", title=None):
    return {"text": text, "label": label, "canonical": canonical, "org_kind": kind, "title": title}


@pytest.mark.parametrize("a,b", [
    ("Guy's & St Thomas' NHS Foundation Trust", "Guy’s and Saint Thomas’ Foundation Trust"),
    ("Leeds Teaching Hospitals NHS Trust", "Leeds Teaching Hospitals Trust"),
    ("Royal Free London NHS Foundation Trust", "Royal Free London NHS Trust"),
    ("The King's Fund", "Kings Fund"),
    ("NHS Leeds CCG", "Leeds CCG"),
])
def test_variants_share_a_key(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize("a,b", [
    ("NHS Providers", "NHS Improvement"),
    ("NHS Providers", "NHS Employers"),
    ("NHS England", "NHS Improvement"),
    ("Royal College of Nursing", "Royal College of Physicians"),
])
def test_different_bodies_stay_apart(a, b):
    norm = CorpusNormaliser(known_canonicals=[a])
    for text in (a, b):
        norm.observe(mention(text))
    norm.finalise()
    assert norm.canonical(mention(a))[0] != norm.canonical(mention(b))[0]


def test_near_spelling_joins_a_known_body():
    norm = CorpusNormaliser(known_canonicals=["Countess of Chester Hospital NHS Foundation Trust"])
    norm.observe(mention("Countess of Chester Hospital NHS Foundation Trust", kind="trust",
                         canonical="Countess of Chester Hospital NHS Foundation Trust"))
    norm.observe(mention("Countess of Chester Hospitals NHS Foundation Trust"))
    norm.finalise()
    assert norm.canonical(mention("Countess of Chester Hospitals NHS Foundation Trust"))[0] == \
        "Countess of Chester Hospital NHS Foundation Trust"


def test_surname_joins_full_name_with_the_same_title():
    norm = CorpusNormaliser()
    norm.observe(mention("Dido Harding", "PERSON", "Dido Harding", title="Baroness"))
    norm.observe(mention("Harding", "PERSON", "Harding", title="Baroness"))
    norm.finalise()
    assert norm.canonical(mention("Harding", "PERSON", "Harding"))[0] == "Dido Harding"


def test_two_people_sharing_a_surname_stay_apart():
    norm = CorpusNormaliser()
    norm.observe(mention("Jeremy Hunt", "PERSON", "Jeremy Hunt"))
    norm.observe(mention("Hunt", "PERSON", "Hunt", title="Dr"))
    norm.observe(mention("Sarah Hunt", "PERSON", "Sarah Hunt"))
    norm.finalise()
    ids = {norm.canonical(mention(t, "PERSON", t))[1] for t in ("Jeremy Hunt", "Hunt", "Sarah Hunt")}
    assert len(ids) == 3


def test_entity_ids_are_readable_and_stable():
    assert entity_id("ORG", "NHS England") == "org:nhs-england"
    assert entity_id("PERSON", "Simon Stevens") == "person:simon-stevens"
    assert entity_id("ORG", "The King's Fund") == "org:the-king-s-fund"
