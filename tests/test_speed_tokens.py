"""The per-document token caches the stages share: the same values as spaCy's own."""

from __future__ import annotations

from faultline.nlp import doc_lemma_lowers, doc_lowers, doc_tokens, load_model
from faultline.settings import Settings


def test_doc_lowers_are_each_tokens_lower_form_and_follow_the_document() -> None:
    nlp = load_model(Settings().model)
    first = nlp("The Foreign Ministry in Ankara SUMMONED the envoy.")
    assert doc_lowers(first) == [t.lower_ for t in first]
    assert doc_lowers(first) is doc_lowers(first)  # made once per document
    second = nlp("Kenyan police fired tear gas.")
    assert doc_lowers(second) == ["kenyan", "police", "fired", "tear", "gas", "."]
    assert [t.i for t in doc_tokens(second)] == list(range(len(second)))


def test_doc_lemma_lowers_are_each_tokens_lower_cased_lemma() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("Protesters SAID the ministers were meeting in Paris.")
    assert doc_lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    assert doc_lemma_lowers(doc)[1] == "say"  # "SAID": the lemma, lower-cased
    assert doc_lemma_lowers(doc) is doc_lemma_lowers(doc)
