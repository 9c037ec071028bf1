"""Event types that depend on the frame around the trigger: who moves, what the clause is
about, a deadline's to-infinitive, the conditions a warning sets, inverted reporting verbs."""

from __future__ import annotations

import pytest

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [e["type"] for e in coded(text).events if not e["negated"]]


def _trigger_types(text: str) -> list[str]:
    """Types of the triggers alone, for frames whose actors the stage may not resolve."""
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def _events(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["cameo"]) for e in coded(text).events if not e["negated"]]


def test_warning_with_a_condition_is_a_threat_not_the_demanded_act() -> None:
    # The expulsion is what Turkey demands, in the "unless" clause; the threat is the cut.
    text = (
        "Turkey warned Syria that it would cut the flow of water unless Damascus expelled Ocalan."
    )
    events = coded(text).events
    assert "THREATEN" in [e["type"] for e in events]
    assert not any(e["type"] == "COERCE" and e["modality"] == "asserted" for e in events)


def test_warning_of_a_non_hostile_outcome_is_the_threat_itself() -> None:
    text = "Beijing warned Taipei that any move toward independence would be met with force."
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington gave Belgrade 48 hours to pull its forces back or face air strikes.",
        "The rebels gave the government of Sierra Leone until Friday to release their leader.",
        "The United Nations set a deadline for Iraq to withdraw from Kuwait.",
    ],
)
def test_ultimatum_is_a_threat_and_its_demand_is_no_act(text: str) -> None:
    types = _types(text)
    assert "THREATEN" in types
    assert "RETREAT" not in types  # the withdrawal or release is only demanded


def test_deadline_to_leave_is_an_expulsion() -> None:
    assert ("SANCTION", "166") in _events(
        "Argentina gave three Iranian diplomats 72 hours to leave the country."
    )


def test_troops_arriving_for_peacekeeping_are_aid_not_a_visit() -> None:
    text = "A battalion of Fijian soldiers arrived in Lebanon to join the peacekeeping force."
    types = _types(text)
    assert "AID" in types and "CONSULT" not in types


def test_troops_arriving_without_a_peace_mission_mobilize() -> None:
    types = _types("Russian troops arrived on the border of Georgia.")
    assert "MOBILIZE" in types and "CONSULT" not in types


def test_a_leader_arriving_is_still_a_visit() -> None:
    assert _types("The Pakistani prime minister arrived in India.") == ["CONSULT"]


def test_aid_convoy_arriving_is_aid() -> None:
    text = "A convoy carrying flour and medicine from Serbia arrived in Srebrenica."
    assert "AID" in _trigger_types(text)


def test_an_empty_convoy_arriving_is_no_aid() -> None:
    text = "A convoy of Russian soldiers arrived in Georgia."
    assert "AID" not in _trigger_types(text)


def test_received_for_talks_is_a_meeting() -> None:
    text = "Mazowiecki was received by Chancellor Helmut Kohl in Bonn for two hours of talks."
    assert "CONSULT" in _types(text)


def test_inverted_reporting_accusation() -> None:
    text = "It was Armenia, Azerbaijan's defence ministry charged on Tuesday, that began the war."
    assert "ACCUSE" in _trigger_types(text)


def test_relative_clause_object_is_its_antecedent() -> None:
    text = (
        "The accord, which was signed in Arusha by Rwanda and the rebels, provides for elections."
    )
    assert "SUPPORT" in _trigger_types(text)


def test_prepositional_phrase_on_the_object() -> None:
    text = "Authorities in Venezuela ordered the opposition television channel off the air."
    assert "COERCE" in _trigger_types(text)


def test_walked_free_is_a_release() -> None:
    assert "RETREAT" in _trigger_types("Political prisoners walked free.")


def test_subject_of_a_begun_act() -> None:
    text = "Natural gas from Egypt began flowing to Israel."
    assert "COOPERATE" in _trigger_types(text)


def test_inverted_reporting_protest_is_a_verbal_one() -> None:
    text = "Croatia is failing the refugees, a human rights group protested on Wednesday."
    assert "ACCUSE" in _trigger_types(text)


def test_allowing_as_a_consequence_is_no_second_concession() -> None:
    # The lifting is the concession; "allowing ... to return" states what it does.
    text = "The Chilean government lifted the ban on exiles, allowing 3,000 opponents to come home."
    assert _trigger_types(text) == ["CONCEDE"]


def test_allowing_a_leader_to_travel_is_a_concession() -> None:
    text = "Authorities in Rangoon have allowed opposition leader Suu Kyi to travel abroad."
    assert "CONCEDE" in _types(text)


def test_allowing_inspectors_is_access_and_their_work_is_no_act() -> None:
    text = "Baghdad allowed United Nations weapons inspectors to resume their work in Iraq."
    assert _trigger_types(text) == ["RETREAT"]


def test_barring_as_a_consequence_of_a_closure_is_no_second_act() -> None:
    text = "Israeli forces sealed off the West Bank, barring Palestinians from entering Israel."
    assert _trigger_types(text) == ["COERCE"]


def test_barring_entry_is_a_refusal() -> None:
    text = "Israel barred a delegation of the United Nations from entering the country."
    assert "REJECT" in _trigger_types(text)


def test_allowing_force_is_no_concession() -> None:
    assert "CONCEDE" not in _trigger_types("The decree allows police to detain suspects.")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Israel and Syria ended in Washington on Friday.",
        "Talks between India and Pakistan took place in New Delhi.",
    ],
)
def test_a_verb_of_aspect_carries_its_subject_act(text: str) -> None:
    triggers = find_triggers(load_model(Settings().model)(text))
    assert any(t.nominal and t.entry.type == "CONSULT" for t in triggers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed 12 people in the Philippines.", []),
        ("An earthquake injured hundreds in Iran.", []),
        ("Israeli fire killed two Palestinians in Gaza.", ["ASSAULT"]),
    ],
)
def test_a_disaster_kills_without_attacking(text: str, expected: list[str]) -> None:
    assert _trigger_types(text) == expected
