"""The spaCy stage: model loaded once, paragraph breaks are sentence boundaries, "to" before
a participle is a preposition."""

from __future__ import annotations

from faultline.nlp import PARAGRAPHS, load_model
from faultline.settings import Settings


def test_model_is_loaded_once_with_the_paragraph_component() -> None:
    nlp = load_model(Settings().model)
    assert load_model(Settings().model) is nlp
    assert nlp.pipe_names.index(PARAGRAPHS) < nlp.pipe_names.index("parser")


def test_a_headline_without_a_stop_does_not_run_into_the_next_paragraph() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("Moldova asks EU for border monitors\n\nSupport for the plan grew on Monday.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "Moldova asks EU for border monitors",
        "Support for the plan grew on Monday.",
    ]


def test_to_before_a_participle_is_a_preposition() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("Panama granted asylum to ousted Haitian leader Raoul Cedras in Panama City.")
    to = next(t for t in doc if t.lower_ == "to")
    assert (to.dep_, to.head.text) == ("prep", "granted")
    assert [c.text for c in to.children if c.dep_ == "pobj"] == ["Cedras"]
    assert next(t for t in doc if t.text == "ousted").head.text == "Cedras"
    # an infinitive keeps its verb
    doc = nlp("Panama agreed to grant asylum to the leader.")
    assert next(t for t in doc if t.lower_ == "to").head.text == "grant"


def test_a_participle_repair_leaves_the_events_a_recipient() -> None:
    from faultline.actors import actors_stage
    from faultline.document import Article, Record
    from faultline.events import events_stage

    text = "Russia has granted asylum to ousted Syrian President Bashar al-Assad."
    rec = Record(id="t", source={}, article=Article(body=text))
    doc = load_model(Settings().model)(text)
    actors_stage(rec, doc)
    events_stage(rec, doc)
    aid = [e for e in rec.events if e["type"] == "AID"]
    assert aid and aid[0]["target"] == ["person:bashar-al-assad"]


def test_a_hyphen_after_an_abbreviation_splits_as_after_a_word() -> None:
    nlp = load_model(Settings().model)
    assert [t.text for t in nlp("the U.S.-led campaign")] == ["the", "U.S.", "-", "led", "campaign"]
    assert [t.text for t in nlp("the NATO-led force")] == ["the", "NATO", "-", "led", "force"]
    assert [t.text for t in nlp("Mr. Smith left.")][:2] == ["Mr.", "Smith"]
