"""Arguments, negation and modality on hand-built records (actors stage only)."""

from __future__ import annotations

from typing import Any

import pytest

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.events import events_stage
from faultline.nlp import load_model
from faultline.settings import Settings


def _code(text: str) -> list[dict[str, Any]]:
    nlp = load_model(Settings().model)
    rec = Record(id="t", source={}, article=Article(body=text))
    doc = nlp(text)
    actors_stage(rec, doc)
    events_stage(rec, doc)
    return rec.events


def test_passive_without_agent_has_empty_source() -> None:
    [e] = _code("Russia has been condemned for the war.")
    assert (e["type"], e["source"], e["target"]) == ("ACCUSE", [], ["RUS"])


def test_passive_agent_is_source() -> None:
    [e] = _code("Russia was condemned by France.")
    assert (e["source"], e["target"]) == (["FRA"], ["RUS"])


def test_coordinated_subjects() -> None:
    [e] = _code("Russia and Serbia criticized Kosovo.")
    assert set(e["source"]) == {"RUS", "SRB"} and e["target"] == ["XKX"]


@pytest.mark.parametrize(
    ("text", "negated", "modality"),
    [
        ("France will support Mali.", False, "planned"),
        ("France plans to sanction Mali.", False, "planned"),
        ("France could sanction Mali.", False, "hypothetical"),
        ("France did not criticize Mali.", True, "asserted"),
        ("France would sanction Mali if Mali attacked Niger.", False, "conditional"),
    ],
)
def test_negation_and_modality(text: str, negated: bool, modality: str) -> None:
    events = [e for e in _code(text) if e["source"] == ["FRA"]]
    assert events, text
    assert (events[0]["negated"], events[0]["modality"]) == (negated, modality)


def test_refusal_is_reject() -> None:
    [e] = _code("Turkey refused to support Greece.")
    assert (e["type"], e["negated"], e["target"]) == ("REJECT", False, ["GRC"])


def test_reported_clause_claimed_by_speaker() -> None:
    events = _code("Germany said that France will sanction Mali.")
    e = next(e for e in events if e["type"] == "SANCTION")
    assert e["reported"] and e["claimed_by"] == "DEU"
