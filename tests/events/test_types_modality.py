"""Modality that turns a type: an announced plan to act is a planned act the announcer reports,
so a plan of harm is a threat and a plan of help a promise (the events stage's conversions)."""

from __future__ import annotations

import pytest

from tests.events.coding import coded


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The European Union announced plans to impose sanctions on Belarus.", "THREATEN"),
        ("Japan announced plans to send aid to Bangladesh.", "AGREE"),
    ],
)
def test_an_announced_plan_is_a_threat_or_a_promise(text: str, etype: str) -> None:
    events = coded(text).events
    assert [e["type"] for e in events] == [etype], events
    assert events[0]["modality"] == "planned" and events[0]["reported"]


def test_a_plan_noun_makes_its_act_planned() -> None:
    events = coded("Russia's decision to withdraw its troops from Moldova surprised NATO.").events
    withdrawal = [e for e in events if e["type"] == "RETREAT"]
    assert withdrawal and withdrawal[0]["modality"] == "planned", events


def test_a_plain_act_stays_asserted() -> None:
    events = coded("The European Union imposed sanctions on Belarus.").events
    assert [(e["type"], e["modality"]) for e in events] == [("SANCTION", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Britain called for the withdrawal of Syrian troops from Lebanon.",
        "The opposition called for the release of all political prisoners.",
    ],
)
def test_what_a_call_asks_for_is_no_act_done(text: str) -> None:
    types = [e["type"] for e in coded(text).events]
    assert types == ["REQUEST"]
