"""The spaCy stage: model loaded once, paragraph breaks are sentence boundaries."""

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
