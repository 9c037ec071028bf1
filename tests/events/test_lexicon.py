"""Every lexicon row codes its own example sentence to its type."""

from __future__ import annotations

import pytest

from faultline.events.lexicon import Entry, all_entries, reversals
from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(Settings().model)


@pytest.mark.parametrize("entry", all_entries(), ids=lambda e: f"{e.type}-{e.lemma}-{e.pos}")
def test_entry_codes_its_example(nlp, entry: Entry) -> None:  # type: ignore[no-untyped-def]
    types = {t.entry.type for t in find_triggers(nlp(entry.example))}
    assert entry.type in types, (entry.example, types)


@pytest.mark.parametrize("rev", list(reversals().values()), ids=lambda r: f"{r.verb}-{r.type}")
def test_reversal_codes_its_example(nlp, rev) -> None:  # type: ignore[no-untyped-def]
    types = {t.entry.type for t in find_triggers(nlp(rev.example))}
    assert rev.type in types, (rev.example, types)
