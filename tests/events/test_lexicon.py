"""Every lexicon row codes its own example sentence to its type."""

from __future__ import annotations

import pytest

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.events import events_stage
from faultline.events.lexicon import Entry, all_entries, light_rows, reversals
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


@pytest.mark.parametrize(("verb", "example"), light_rows(), ids=lambda v: str(v)[:24])
def test_light_verb_passes_its_noun(nlp, verb: str, example: str) -> None:  # type: ignore[no-untyped-def]
    """The light verb's example codes the noun's act, sourced from the verb's subject."""
    doc = nlp(example)
    rec = Record(id="t", source={}, article=Article(body=example))
    actors_stage(rec, doc)
    events_stage(rec, doc)
    # The noun's act, or the verb's own where the verb is a trigger too ("sent aid").
    assert any(e["source"] for e in rec.events), (
        verb,
        example,
        [(e["trigger"], e["type"], e["source"]) for e in rec.events],
    )


def test_a_one_letter_verb_form_is_no_trouble() -> None:
    # The small model tags the "b" of "b-roll" a past participle; "b" + "e" is a lexicon
    # verb ("be" is not, but the check must not index past a one-letter lemma either way).
    from tests.events.coding import coded

    record = coded(
        "Do you want specific b-roll footage incorporated at certain moments in the video?"
    )
    assert record.events == []
