"""The speed-ups give what the plain computation gives, on every article of the bundled corpus."""
import json
import pickle
import random
import re
import sys

import ftfy
import pytest
from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.pipeline import Sentencizer

from conftest import ROOT
from pipeline.cache import EncodedRecord, encode_record
from pipeline.decoding import BADNESS, BADNESS_LEAD, looks_like_mojibake
from pipeline.engines import new_docs, process_batch
from pipeline.extensions import SPAN_EXTENSIONS
from pipeline.figures import (CURRENCY_SIGNS, DIGITS, MONTH, RANGE_LINKS, SHORT_YEAR, YEAR, YEAR_WORD, date_expressions,
                              word_number)
from pipeline.match_windows import WindowedMatcher, pattern_anchor, token_test
from pipeline.people import PLACE_PREPOSITIONS as PEOPLE_PLACE_PREPOSITIONS, is_plural_acronym
from pipeline.reader import iter_articles, list_articles
from pipeline.relation_words import APPOINTMENT_NOUNS
from pipeline.sentencizer import NhsSentencizer
from pipeline.sentences import mark_paragraphs
from pipeline.tables import SCHEMAS, frame
from pipeline.text_utils import (_FIXED_ENTS, SentenceBounds, doc_ents, doc_text, fixed_ents, is_capitalised_word,
                                 sentence_of, span_extensions)
from pipeline.writer import AtomicTable

sys.path.insert(0, str(ROOT))  # benchmarks/ is a folder of scripts, not an installed package
from benchmarks.synthetic_corpus import load_sources, synthetic_texts  # noqa: E402

ARTICLES = [a.text for a in iter_articles(list_articles(ROOT / "corpus"))]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(ARTICLES))


def plain_matcher(vocab, patterns, greedy=None):
    matcher = Matcher(vocab)
    for key, pattern in patterns:
        matcher.add(key, [pattern], greedy=greedy)
    return matcher


def test_name_shapes_in_windows_equal_the_matcher_over_the_doc(nlp):
    orgs = nlp.get_pipe("nhs_orgs")
    shapes = [(p.get("id", f"shape{n}"), p["pattern"]) for n, p in enumerate(orgs.shape_patterns)]
    plain = plain_matcher(nlp.vocab, shapes, "LONGEST")
    windowed = WindowedMatcher(nlp.vocab, shapes, greedy="LONGEST")
    assert len(windowed.matchers) > 1  # the shapes are grouped by anchor, not run over the whole doc
    n_matches = 0
    for text in ARTICLES:
        doc = nlp.make_doc(text)
        assert sorted(windowed(doc)) == sorted(plain(doc))
        n_matches += len(plain(doc))
    assert n_matches > 20


@pytest.mark.parametrize("patterns,whole_doc", [
    ([("x", [{"IS_TITLE": True}, {"ORTH": "Trust"}])], True),  # a flag is not read here
    ([("x", [{"ORTH": "NHS", "OP": "!"}, {"ORTH": "Trust"}])], True),  # a negated token is any other word
    ([("x", [{"LOWER": {"IN": ["of", "for"]}}, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}])], True),  # no anchor
    ([("x", [{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}, {"ORTH": "Trust"}]),
      ("x", [{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}, {"ORTH": "Council"}])], False),  # one key, two patterns
])
def test_patterns_it_cannot_window_still_match_as_the_matcher(nlp, patterns, whole_doc):
    windowed = WindowedMatcher(nlp.vocab, patterns, greedy="LONGEST")
    assert (None in windowed.matchers) == whole_doc
    doc = nlp.make_doc("Leeds Teaching Hospitals NHS Trust and Camden Borough Council, for Leeds Trust of Care.")
    assert sorted(windowed(doc)) == sorted(plain_matcher(nlp.vocab, patterns, "LONGEST")(doc))


@pytest.mark.parametrize("spec,accepted,refused", [
    ({"ORTH": "Trust"}, ("Trust", "trust"), ("trust", "trust")),
    ({"LOWER": {"IN": ["of", "for"]}}, ("Of", "of"), ("on", "on")),
    ({"TEXT": {"REGEX": "^[A-Z][a-z]+$"}, "OP": "*"}, ("Leeds", "leeds"), ("NHS", "nhs")),
])
def test_token_tests_read_specs_as_the_matcher_does(spec, accepted, refused):
    test = token_test(spec)
    assert test(*accepted) and not test(*refused)


def test_the_anchor_is_the_longest_required_exact_word():
    pattern = [{"TEXT": {"REGEX": "^[A-Z]"}}, {"ORTH": "NHS"}, {"ORTH": "Foundation"}, {"ORTH": "Trust"}]
    assert pattern_anchor(pattern) == "Foundation"
    assert pattern_anchor([{"ORTH": "Trust", "OP": "?"}]) is None


def test_paragraph_starts_are_exactly_the_tokens_after_line_breaks(nlp):
    texts = ARTICLES + ["a\nb", "x \n y\n\n", "\n", "", "end.\n“Quote”\t\n\u2028next", "£5m\nand\u00a0\nmore"]
    for text in texts:
        doc = mark_paragraphs(nlp.make_doc(text))
        after_break = {tok.i + 1 for tok in doc[:-1] if "\n" in tok.text}
        assert {tok.i for tok in doc if tok.is_sent_start} == (after_break | {0} if len(doc) else set())


def test_paragraph_starts_follow_every_line_break(docs):
    for doc in docs:
        after_break = {tok.i + 1 for tok in doc[:-1] if "\n" in tok.text}
        assert after_break and all(doc[i].is_sent_start for i in after_break)
        assert doc[0].is_sent_start


def test_doc_text_is_the_doc_text(docs):
    for doc in docs:
        assert doc_text(doc) == doc.text == doc_text(doc)


def test_sentence_bounds_are_span_sents(nlp, docs):
    texts = ["", "x", ".", "Hello there. NHS England said so! Yes.\nNew line here"]
    for doc in docs + [nlp(text) for text in texts] + [nlp.make_doc("No sentences set. At all.")]:
        bounds = SentenceBounds(doc)
        spans = list(doc.ents) + [doc[i:min(i + 7, len(doc))] for i in range(len(doc))]
        for span in spans:
            sent = sentence_of(span)
            assert bounds.tokens_of(span.start) == (sent.start, sent.end)
            assert bounds.chars_of(span.start) == (sent.start_char, sent.end_char)


def test_relations_read_from_fixed_ents_equal_relations_read_from_doc_ents(nlp, docs):
    relations = nlp.get_pipe("nhs_relations")
    n_relations = 0
    for doc in docs:
        with fixed_ents(doc):
            assert doc_ents(doc) == doc.ents
        assert doc_ents(doc) == doc.ents and id(doc) not in _FIXED_ENTS
        assert doc._.relations == relations.read(doc)  # outside the block: every rule reads doc.ents itself
        n_relations += len(doc._.relations)
    assert n_relations > 50


def test_appointment_nouns_found_in_the_lower_array_are_every_one(nlp, docs):
    texts = ["Chris Hopson's appointment to NHS England as chief strategy officer was welcomed.",
             "Jane Doe's Promotion as chief executive of NHS Providers. Her move as chair of the BMA."]
    for doc in docs + [nlp(text) for text in texts]:
        nouns = [t.i for t in doc if t.lower_ in APPOINTMENT_NOUNS]
        lowers = doc.to_array(LOWER).tolist()
        ids = {doc.vocab.strings[noun] for noun in APPOINTMENT_NOUNS}
        assert [i for i, lower in enumerate(lowers) if lower in ids] == nouns


def test_span_extensions_read_from_user_data_equal_the_underscore_reads(docs):
    assert all(default is None for default in SPAN_EXTENSIONS.values())  # what span_extensions assumes
    set_values = 0
    for doc in docs:
        for ent in doc.ents:
            ext = span_extensions(doc, ent.start_char, ent.end_char)
            for name in SPAN_EXTENSIONS:
                assert ext(name) == getattr(ent._, name)
                set_values += ext(name) is not None
    assert set_values > 500


def test_remembered_texts_are_the_doc_texts(nlp):
    articles = list(iter_articles(list_articles(ROOT / "corpus")))
    docs = list(new_docs(nlp, articles))
    assert [doc_text(doc) for doc in docs] == [doc.text for doc in docs] == [a.text for a in articles]


def test_sentence_starts_equal_spacys_sentencizer(nlp):
    texts = ARTICLES + ["", "Hi", "Wait... what?! Yes.", "“Go.” (He did.) Then — ‘no’ — fine", "?!"]
    for punct_chars in (None, [".", "!"]):
        ours = NhsSentencizer(punct_chars=punct_chars)
        spacys = Sentencizer(punct_chars=punct_chars)
        for text in texts:
            a, b = nlp.make_doc(text), nlp.make_doc(text)
            mark_paragraphs(a)
            mark_paragraphs(b)
            assert [t.is_sent_start for t in ours(a)] == [t.is_sent_start for t in spacys(b)]


def test_figures_are_tried_only_where_one_can_start(nlp, docs):
    figures = nlp.get_pipe("nhs_figures")
    tried = 0
    for text in ARTICLES:
        doc = nlp.make_doc(text)
        starts = figures._number_starts(doc)
        for i in range(len(doc)):
            if figures._figure_at(doc, i) is not None:
                tried += 1
                assert i in starts
    assert tried > 100


def plain_non_figure_tokens(self, doc):
    """The rules of nhs_figures' _non_figure_tokens tried at every token, as they were written first."""
    skip = set()
    tokens = list(doc)  # one Token object each, reused as the next token's prev
    for tok in tokens:
        text = tok.text
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = tokens[tok.i - 1] if tok.i > 0 else None
        digit = text[:1].isdigit()  # the rules on a token's own digits all need a leading digit
        if digit and YEAR.match(text) and not (prev is not None and prev.text in CURRENCY_SIGNS):
            if nxt is None or (nxt.text not in {"%"} and nxt.lower_ not in self.scales):
                skip.add(tok.i)
                # 2017/18, 2017-18, 2015–16.3 (a footnote mark stuck to a financial year)
                if nxt is not None and nxt.text in {"/", "-", "–", "—"} and tok.i + 2 < len(doc) \
                        and SHORT_YEAR.match(doc[tok.i + 2].text):
                    skip.update({tok.i + 1, tok.i + 2})
        if text in self.months:
            for k in (tok.i - 1, tok.i + 1):
                if 0 <= k < len(doc) and re.match(r"^\d{1,2}(st|nd|rd|th)?$", doc[k].text):
                    skip.add(k)
        if prev is not None and prev.lower_.rstrip(".") in self.not_before and not prev.is_sent_end:
            skip.add(tok.i)
            if nxt is not None and nxt.text in RANGE_LINKS and tok.i + 2 < len(doc):
                skip.add(tok.i + 2)  # "Questions 71 - 118", "pages 4-6"
        if digit and (re.match(r"^0\d+$", text) or re.match(r"^\d{6,}$", text)):
            skip.add(tok.i)  # phone and registration numbers, with the digit groups that follow
            k = tok.i + 1
            if k < len(doc) and doc[k].text == ")":  # "(020) 7722 3382"
                k += 1
            while k < len(doc) and doc[k - 1].whitespace_ and re.match(r"^\d{3,5}$", doc[k].text):
                skip.add(k)
                k += 1
        if digit and DIGITS.match(text) and self._address_follows(doc, tok.i + 1):
            skip.add(tok.i)  # "10 Whitechapel High Street"
        if digit and DIGITS.match(text) and (prev is None or prev.is_space) and nxt is not None \
                and nxt.text in {".", ")"}:
            skip.add(tok.i)  # list numbering "1." at line start
        if digit and DIGITS.match(text) and nxt is not None and nxt.lower_ in self.not_after:
            skip.add(tok.i)
        if digit and self._slashed_date(doc, tok.i):
            skip.update(range(tok.i, tok.i + 5))  # 11/09/2018
        if prev is not None and nxt is not None and prev.text == "[" and nxt.text == "]":
            skip.add(tok.i)  # a footnote mark [2]
        if tok.is_title and not tok.is_sent_start and word_number(tok.lower_) is not None \
                and nxt is not None and nxt.is_title:
            skip.add(tok.i)  # a number word inside a name: the Five Year Forward View
    return skip


def test_non_figure_rules_run_only_where_they_can_apply(nlp):
    figures = nlp.get_pipe("nhs_figures")
    texts = ARTICLES + [text for _, text in synthetic_texts(200, seed=3)] + [
        "Call (020) 7722 3382 or 0800 123 456. 1. First\n2) Second [3] on 11/09/2018 and 2017/18, 2015–16.3",
        "In March 2018, 5 March and March 5th; the Five Year Forward View; Room 10 Whitechapel High Street.",
        "$2019 and 2019% and 2019 million, no. 45 and No. 7. Fig 3 shows 123456 items.",
        "Questions 71 - 118 and pages 4-6, page 7 to 9; pages 3"]
    skipped = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "nhs_figures":
                break
            doc = component(doc)
        plain = plain_non_figure_tokens(figures, doc)
        assert figures._non_figure_tokens(doc) == plain
        skipped += len(plain)
    assert skipped > 500


def plain_first_names(self, doc, people, blocked):
    """nhs_people's _first_names walking every token, as first written."""
    owners = {}
    for p in people:
        if len(p) >= 2 and (p[0].text in self.first_name_set or self._titled_first_name(p)
                            or self._unlisted_first_name(p)):
            owners.setdefault(p[0].text, set()).add(p[-1].text)
    unique = {first for first, surnames in owners.items() if len(surnames) == 1}
    taken = blocked | {i for p in people for i in range(p.start, p.end)}
    found = []
    for tok in doc:
        if tok.text in unique and tok.i + 1 < len(doc) and doc[tok.i + 1].text == next(iter(owners[tok.text])) \
                and tok.i not in taken and tok.i + 1 not in taken:
            found.append((tok.i, tok.i + 2))  # the full name again
        elif tok.text in unique and tok.i not in taken and not (
                tok.i + 1 < len(doc) and (self.is_name_token(doc, tok.i + 1, taken)
                                          or (doc[tok.i + 1].text == "-" and not tok.whitespace_))) \
                and not (tok.i > 0 and doc[tok.i - 1].lower_ in PEOPLE_PLACE_PREPOSITIONS):
            found.append((tok.i, tok.i + 1))
    return found


def test_first_names_are_found_from_the_orth_array(nlp, docs):
    people_pipe = nlp.get_pipe("nhs_people")
    found = 0
    for doc in docs:
        people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        blocked = {i for e in doc.ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
        orths = doc.to_array(ORTH).tolist()
        fast = people_pipe._first_names(doc, orths, people, blocked)
        assert [(s.start, s.end) for s in fast] == plain_first_names(people_pipe, doc, people, blocked)
        found += len(fast)
    assert found > 0


def test_dates_and_qualifiers_read_once_equal_the_token_by_token_reads(nlp, docs):
    figures = nlp.get_pipe("nhs_figures")
    n_dates = n_qualifiers = 0
    for doc in docs:
        flags = figures._word_flags.of(doc)
        dates = [i for i, f in enumerate(flags) if f & (YEAR_WORD | MONTH)]
        for sent in doc.sents:
            plain = list(date_expressions(doc, sent, figures.months))
            assert list(date_expressions(doc, sent, figures.months, dates)) == plain
            n_dates += len(plain)
        for i in range(len(doc) + 1):
            plain_after = next((q for phrase, q in figures.qualifiers_after.items()
                                if tuple(t.lower_ for t in doc[i:i + len(phrase)]) == phrase), None)
            assert figures._qualifier_after(doc, i) == plain_after
            plain_before = next(((figures.qualifiers[w], n) for n in range(figures.max_qualifier, 0, -1)
                                 if i - n >= 0 and (w := tuple(t.lower_ for t in doc[i - n:i])) in figures.qualifiers),
                                (None, 0))
            assert figures._qualifier_match(doc, i) == plain_before
            n_qualifiers += plain_before[0] is not None
    assert n_dates > 50 and n_qualifiers > 10


def test_name_words_are_cached_by_word(nlp, docs):
    people = nlp.get_pipe("nhs_people")
    for doc in docs:
        for tok in doc:
            plain = (is_capitalised_word(tok) and tok.lower_ not in STOP_WORDS and tok.text not in people.not_names
                     and tok.text.rstrip(".") not in people.title_words and not is_plural_acronym(tok.text))
            assert people.is_name_word(tok) == plain


def test_synthetic_corpus_is_fixed_by_its_seed_and_keeps_headlines_first():
    first = list(synthetic_texts(30, seed=8))
    assert first == list(synthetic_texts(30, seed=8)) != list(synthetic_texts(30, seed=9))
    sources = {s.name: s for s in load_sources(ROOT / "corpus")}
    for article_id, text in first:
        source = sources[article_id.split("_", 1)[1]]
        assert text.startswith(source.head)
        rest = text[len(source.head):].strip("\n")
        body = rest.split("\n\n") if rest else []  # a text with no blank lines is all head
        assert sorted(body) == sorted(source.body)


def test_mojibake_check_equals_ftfys_search():
    assert BADNESS_LEAD is not None  # ftfy's pattern was understood: the fast path is in use
    texts = ARTICLES + [text for _, text in synthetic_texts(100, seed=5)]
    texts += ["CafÃ© au lait", "donâ€™t", "Â ok", "x Ã ", "aÂ ", "a\tÃ ", "ÃÂ", "вЂ", "× ²", "√± and ≈°"]
    pattern_chars = sorted({c for c in BADNESS.pattern if ord(c) > 0x7F})
    alphabet = pattern_chars + list("aZ .,!?'\n\t") + ["é", "£", "’", "“", "—"]
    rng = random.Random(8)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    bad = 0
    for text in texts:
        assert looks_like_mojibake(text) == ftfy.badness.is_bad(text), text
        bad += looks_like_mojibake(text)
    assert 1000 < bad < len(texts) - 1000


def random_cell(rng: random.Random, dtype: str):
    """A value a record can hold in a column of this dtype, edge cases included."""
    if rng.random() < 0.15:
        return rng.choice([None, float("nan")])
    if dtype == "string":
        return rng.choice(["", "plain", "=1+2", "'=A1", "''+x", "-5", "@who", "\ttab", "\rcr", "a,b", 'say "hi"',
                           "line\nbreak", " lead", "'quoted'", "’curly", "£5m", "NA", "None", "x" * 50, 7, 2.5, True])
    if dtype == "Int64":
        return rng.choice([0, 1, -3, 2 ** 40, 12.0, rng.randint(0, 10 ** 6)])
    if dtype == "Float64":
        return rng.choice([0.0, -0.0, 5, 1e-7, 1e-4, 0.1 + 0.2, 1 / 3, 1e15, 1e16, 123456789012345678.0, 2.5e9,
                           -42.125, float("inf"), rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randint(-9, 20)])
    return rng.choice([True, False])


def test_csv_rows_are_written_as_pandas_writes_the_frame(tmp_path):
    rng = random.Random(8)
    for table, columns in SCHEMAS.items():
        rows = [{c.name: random_cell(rng, c.dtype) for c in columns if rng.random() < 0.95} for _ in range(400)]
        fast, plain = AtomicTable(tmp_path, table), AtomicTable(tmp_path, table)
        for chunk in (rows[:150], [], rows[150:]):
            fast.append(chunk)
            plain.append_frame(frame(table, chunk))
        fast._close(), plain._close()
        assert fast.tmp.read_bytes() == plain.tmp.read_bytes(), table
    empty, plain = AtomicTable(tmp_path, "errors"), AtomicTable(tmp_path, "errors")
    plain.append_frame(frame("errors", []))
    empty._close(), plain._close()
    assert empty.tmp.read_bytes() == plain.tmp.read_bytes()


def test_records_encoded_by_workers_are_stored_as_the_cache_encodes_them(nlp):
    articles = list(iter_articles(list_articles(ROOT / "corpus")))[:5]
    for result in process_batch(nlp, articles):
        encoded = pickle.loads(pickle.dumps(EncodedRecord(result)))  # as it comes back from a worker
        assert encoded == result and encode_record(encoded) == json.dumps(result, ensure_ascii=False)


# -- the CSV run (merge.py): rows made as text where articles are processed, joined by the merger --------
EDGE_TEXTS = [None, "", "plain", "a,b", 'say "hi"', "line\nbreak", "x\r\ny", "=SUM(A1)", "-5", "+x", "@me", "'=x",
              "''-x", "\tx", "\rx", "ünï’", " lead", "NHS England", "org:nhs"]


def random_records(rng, n):
    """Articles with records of random mentions and relations, every cell an edge case now and then."""
    from pipeline.reader import Article

    def text():
        return rng.choice(EDGE_TEXTS)

    items = []
    for i in range(n):
        body = "".join(rng.choice(["word ", "a,b ", '"q" ', "\n", "ü "]) for _ in range(60))
        article = Article(rng.choice([f"a{i}", f"-a{i}", f"a,{i}"]), f"/c/a{i}.txt", body, text() or "t",
                          f"{i:064d}", rng.choice([None, 3]), "txt", text(), text(), text(), "utf-8",
                          rng.random() < 0.5, tuple(rng.sample(["W002 x", "W003 y"], rng.randint(0, 2))))
        mentions, offsets = [], []
        for k in range(rng.randint(0, 12)):
            start = rng.randint(0, 50)
            end = start + rng.randint(1, 9)
            offsets.append((start, end))
            label = rng.choice(["ORG", "PERSON", "FIGURE", "ORG", "PERSON"])
            m = {"start": start, "end": end, "label": label, "text": rng.choice(["NHS", "Dr Roe", "a,b", "=1", "Roe"]),
                 "canonical": rng.choice([None, "", "NHS England", "Jane Roe", 'The "Trust", Ltd', "-x"]),
                 "title": text(), "role": text(), "org_kind": rng.choice([None, "", "shape", "gazetteer", "alias"]),
                 "sentence": text() or "s"}
            if label == "FIGURE":
                m.update(value=rng.choice([None, 5, 5.0, 0.1, 1e21, -3.5, float("nan")]), unit=text(),
                         qualifier=text(), measure=text(), period=text())
            mentions.append(m)
        relations = []
        for k in range(rng.randint(0, 6)):
            head = list(rng.choice(offsets)) if offsets and rng.random() < 0.8 else [1, 2]
            r = {"type": rng.choice(["role", "quote", "collaboration"]), "head": head}
            if rng.random() < 0.6:
                r["tail"] = list(rng.choice(offsets)) if offsets else [3, 4]
            if rng.random() < 0.4:
                r["quote"] = [rng.randint(0, 20), rng.randint(20, 50)]
            for key in ("role", "trigger"):
                if rng.random() < 0.5:
                    r[key] = text()
            relations.append(r)
        items.append((article, {"n_tokens": rng.randint(1, 900), "mentions": mentions, "relations": relations}))
    return items


class _NoCache:
    def put_many(self, results):
        list(results)


def test_csv_rows_made_as_text_equal_the_table_builder_rows(tmp_path):
    import logging

    from pipeline.merge import Merger, write_entity_tables
    from pipeline.normalise import CorpusNormaliser
    from pipeline.run import article_record, write_spooled, write_tables
    from pipeline.writer import open_tables

    rng = random.Random(11)
    for round_ in range(4):
        items = random_records(rng, 60)
        plain_out, fast_out = tmp_path / f"plain{round_}", tmp_path / f"fast{round_}"
        plain_out.mkdir(), fast_out.mkdir()
        normaliser = CorpusNormaliser()
        spool = tmp_path / f"plain{round_}.pickle"
        with spool.open("wb") as f:
            for article, record in items:
                spooled = article_record(article, record)
                for m in spooled["mentions"]:
                    normaliser.observe(m)
                write_spooled(f, spooled)
        normaliser.finalise()
        write_tables(spool, plain_out, normaliser)
        fast_spool = tmp_path / f"fast{round_}.pickle"
        tables = open_tables(fast_out)
        with fast_spool.open("wb") as f:
            merger = Merger(tables, f, _NoCache(), logging.getLogger("test"), None, len(items))
            hits = {article.sha256: record for article, record in items}  # rows made here, as for reused results
            merger.merge([article for article, _ in items], hits, None)
        write_entity_tables(fast_spool, merger, fast_out, "utf-8")
        for name in SCHEMAS:
            assert (fast_out / f"{name}.csv").read_bytes() == (plain_out / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize("jobs", [1, 2])
def test_csv_run_equals_the_record_path(tmp_path, nlp, jobs):
    """Workers reading files, duplicates found when merging, failures of every kind, reused results."""
    import shutil

    from pipeline.cache import open_cache
    from pipeline.engines import InProcessEngine
    from pipeline.run import article_records, run_pipeline, spool_records, write_tables

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "tests" / "data" / "bad_corpus", corpus)
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:6]:
        shutil.copyfile(path, corpus / path.name)
    (corpus / "again").mkdir()
    shutil.copyfile(sorted((ROOT / "corpus").glob("*.txt"))[2], corpus / "again" / sorted(
        (ROOT / "corpus").glob("*.txt"))[2].name)  # a repeated id in another folder
    paths = list_articles(corpus)
    plain = tmp_path / "plain"
    plain.mkdir()
    with open_cache(tmp_path, "key") as cache:
        records = article_records(iter_articles(paths), InProcessEngine(nlp), cache, False, 4)
        stats = spool_records(records, tmp_path / "spool.pickle", len(paths))
    stats.normaliser.finalise()
    write_tables(tmp_path / "spool.pickle", plain, stats.normaliser)
    out = tmp_path / "fast"
    first = run_pipeline(corpus, out, nlp=nlp if jobs == 1 else None, jobs=jobs)
    for name in SCHEMAS:
        assert (out / f"{name}.csv").read_bytes() == (plain / f"{name}.csv").read_bytes(), name
    again = run_pipeline(corpus, out, nlp=nlp if jobs == 1 else None, jobs=jobs, incremental=True)
    assert again.n_reused == first.n_articles - first.n_failed > 0
    for name in SCHEMAS:
        assert (out / f"{name}.csv").read_bytes() == (plain / f"{name}.csv").read_bytes(), name


def test_bracketed_words_from_the_orth_array_are_the_token_loop(nlp, docs):
    import numpy

    from pipeline.orgs import bracketed_words

    rng = random.Random(5)
    arrays = [d.to_array(ORTH) for d in docs]
    arrays += [numpy.array([rng.choice([1, 2, 3]) for _ in range(rng.randint(0, 12))], dtype="uint64")
               for _ in range(300)]
    quote_ids = [nlp.vocab.strings["‘"], nlp.vocab.strings["’"], 3]
    for orths in arrays:
        for open_id, close_id in ((nlp.vocab.strings["("], nlp.vocab.strings[")"]), (1, 2), (2, 2)):
            values = orths.tolist()
            plain = [(i, i + 1) for i in range(1, len(values) - 2)
                     if values[i] == open_id and values[i + 2] == close_id]
            plain += [(i, i + 2) for i in range(1, len(values) - 4) if values[i] == open_id
                      and values[i + 1] in quote_ids and values[i + 3] in quote_ids and values[i + 4] == close_id]
            assert bracketed_words(orths, open_id, close_id, quote_ids) == plain


def test_acronym_candidates_cached_by_word_are_the_plain_set(docs):
    from pipeline.orgs import acronym_candidates

    for doc in docs:
        orths = doc.to_array(ORTH).tolist()
        plain = {w for w in (doc.vocab.strings[o] for o in set(orths)) if 2 <= len(w) <= 7 and w.isupper()
                 and (w.isalpha() or (w.count("&") == 1 and w.replace("&", "").isalpha() and "&" not in (w[0], w[-1])))}
        assert acronym_candidates(doc, orths) == plain
        assert acronym_candidates(doc, orths) == plain  # and again, from the cache


def test_name_run_starts_are_the_token_loop(nlp, docs):
    people = nlp.get_pipe("nhs_people")
    rng = random.Random(3)
    for doc in docs:
        for blocked in (set(), {i for e in doc.ents for i in range(e.start, e.end)},
                        set(rng.sample(range(len(doc)), min(len(doc), 40)))):
            names = [people.is_name_token(doc, i, blocked) for i in range(len(doc))]
            plain = [i for i in range(len(doc)) if names[i] and not (i > 0 and names[i - 1])]
            assert people._name_run_starts(doc, doc.to_array(ORTH), blocked) == plain
    assert people._name_run_starts(nlp.make_doc(""), nlp.make_doc("").to_array(ORTH), set()) == []


def test_word_flags_array_is_the_list_of_flags(nlp, docs):
    figures = nlp.get_pipe("nhs_figures")
    for doc in list(docs) + [nlp.make_doc(""), nlp.make_doc("1 2 1 May 2019 [3]")]:
        assert figures._word_flags.array(doc).tolist() == figures._word_flags.of(doc)


def test_listing_matches_as_pure_posix_path_match(tmp_path):
    import os
    from pathlib import Path, PurePosixPath

    def plain(corpus_dir, patterns):
        patterns = [patterns] if isinstance(patterns, str) else list(patterns)
        lowered = [p.lower() for p in patterns]
        found = []
        for folder, subfolders, files in os.walk(corpus_dir):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            for name in files:
                path = Path(folder) / name
                relative = PurePosixPath(path.relative_to(corpus_dir).as_posix().lower())
                if not name.startswith(".") and any(relative.match(p) for p in lowered):
                    found.append(path)
        return sorted(found)

    names = ["a.txt", "B.TXT", "c.Html", "d.htm", "e.jsonl", ".hidden.txt", "f.txt.bak", "g", "h[1].txt", "İ.txt",
             "2024/x.txt", "2024/y.html", "a-b/z.txt", "a/z.txt", ".git/q.txt", "deep/2024/w.TXT", "x.txt/inner.md"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    for patterns in [("*.txt", "*.html", "*.htm", "*.jsonl"), "*.txt", ["2024/*.txt", "*.md"], ["*"], ["?.txt"],
                     ["h[1].txt", "*.[th]*"], ["deep/*/*.txt"], ["*.TXT", "a-b/*"]]:
        assert list_articles(tmp_path, patterns) == plain(tmp_path, patterns), patterns


def test_short_form_starts_from_the_orth_array_are_the_tokens_with_those_texts(nlp, docs):
    from spacy.strings import get_string_id

    rng = random.Random(9)
    for doc in docs:
        words = {t.text for t in doc if rng.random() < 0.05} | {"Sherwood", "Kettering", "Barts"}
        first_ids = {get_string_id(w) for w in words}
        orths = doc.to_array(ORTH).tolist()
        assert [k for k, o in enumerate(orths) if o in first_ids] == [t.i for t in doc if t.text in words]
    # what the rule finds from those starts: tests/test_orgs.py::test_places_standing_for_a_trust


def test_initials_variants_cached_are_the_computed_ones():
    from pipeline.orgs import _initials_variants, initials_variants

    rng = random.Random(4)
    vocabulary = ["NHS", "Foundation", "Trust", "Hospitals", "Hospital", "of", "and", "East", "London", "Barts",
                  "Health", "University", "the", "Care", "Pennine"]
    for _ in range(400):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 7))]
        first = initials_variants(words)
        assert first == _initials_variants.__wrapped__(tuple(words)) == initials_variants(list(words))


def test_capitals_runs_found_by_index_are_the_token_loop(docs):
    from pipeline.orgs import _in_capitals_runs, acronym_candidates

    for doc in docs:
        orths = doc.to_array(ORTH).tolist()
        words = acronym_candidates(doc, orths) | {"NHS", "The"}
        ids = {doc.vocab.strings[w] for w in words}

        def capitals(k):
            text = doc.vocab.strings[orths[k]] if 0 <= k < len(orths) else ""
            return len(text) > 1 and text.isalpha() and text.isupper() and text != "NHS"

        plain = {doc.vocab.strings[o] for i, o in enumerate(orths) if o in ids and (capitals(i - 1) or capitals(i + 1))}
        assert _in_capitals_runs(doc, words, orths) == plain


def test_full_names_from_the_doc_text_are_the_token_joins(nlp, docs):
    from spacy.tokens import Span

    from pipeline.people import full_name

    rng = random.Random(6)
    for doc in list(docs) + [nlp("Brian  Webster-Henderson\nand Dr\tJane Roe ,  said")]:
        spans = [Span(doc, e.start, e.end) for e in doc.ents]
        for _ in range(30):
            start = rng.randrange(len(doc))
            spans.append(Span(doc, start, min(len(doc), start + rng.randint(1, 6))))
        for span in spans:
            plain = " ".join("".join(t.text + (" " if t.whitespace_ else "") for t in span).split())
            assert full_name(span) == plain


def test_relations_read_once_per_doc_are_the_ones_read_afresh(nlp, docs, monkeypatch):
    from pipeline.mentions import PerDoc

    extractor = nlp.get_pipe("nhs_relations")
    assert extractor._memo is None, "the component must keep no doc alive after reading it"
    monkeypatch.setattr(PerDoc, "per_doc", lambda self, doc, make: make(doc))
    for doc in docs:
        with fixed_ents(doc):
            assert extractor.read(doc) == doc._.relations
