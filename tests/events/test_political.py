"""Only political acts are events: web copy about products, lessons and trips is none."""

from __future__ import annotations

import pytest

from tests.events.coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "Rosetta Stone offers courses in a wide range of languages.",  # a product, no polity
        "Lingoda offers live lessons with qualified teachers.",  # teachers of no country
        "Afterward, you'll travel around the Salton Sea before arriving in Yuma.",  # no visitor
        "Mondly also offers great value for money.",
    ],
)
def test_no_event_without_a_political_party_or_polity(text: str) -> None:
    assert coded(text).events == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Farmers and students blocked the main access road to the airport.", "PROTEST"),
        ("Lt. Gen. Prosper Avril resigned to allow Haiti's first democratic elections.", "RETREAT"),
        ("Russia has been condemned for the war.", "ACCUSE"),  # no source named, a state target
        ("Rebels attacked the town.", "ASSAULT"),  # unplaced, but rebels
    ],
)
def test_political_acts_stay(text: str, etype: str) -> None:
    assert etype in [e["type"] for e in coded(text).events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Officers and investigators executed a search warrant in Kabul on Monday.", "ASSAULT"),
        ("Assange faces a charge of conspiracy to commit computer intrusion in the US.", "AGREE"),
    ],
)
def test_words_of_another_sense_are_no_act(text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in coded(text).events]


def test_committing_to_a_plan_is_a_promise() -> None:
    assert "AGREE" in [e["type"] for e in coded("Japan committed to the Iraq plan.").events]
