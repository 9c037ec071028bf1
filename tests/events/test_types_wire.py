"""Wire phrasings of several types: quantities in an in-phrase, shared objects, trailing
reporting verbs, warnings of what the warned party would face, ultimatums to troops."""

from __future__ import annotations

import pytest

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # A quantity's in-phrase names what is given or frozen.
        ("Washington delivered $300 million in military equipment to the Lebanese army.", "AID"),
        ("The Netherlands froze 7 million euros in development aid to Uganda.", "SANCTION"),
        # Energy supplied through a pipeline is trade; information passed is cooperation.
        ("Iran began supplying natural gas to Turkey through a new pipeline.", "COOPERATE"),
        ("Saudi Arabia provided the information that led to the arrests.", "COOPERATE"),
        ("Jordanian intelligence passed details of the plot to Israel.", "COOPERATE"),
        ("American marines joined Philippine troops for the annual exercises.", "COOPERATE"),
        # Giving a right concedes it; putting mediation on hold halts it.
        ("The king gave women the right to vote.", "CONCEDE"),
        ("Norway put its peace mediation in Sri Lanka on hold.", "SANCTION"),
        # Forces taking up positions mobilize; a call-up of reservists mobilizes.
        ("Hundreds of Hezbollah fighters took up positions along the border.", "MOBILIZE"),
        ("Russia ordered the call-up of 300,000 reservists to bolster its forces.", "MOBILIZE"),
        ("The authorities took the television station RCTV off the air.", "COERCE"),
        ("China defended the government of Sudan against accusations of arming.", "SUPPORT"),
        ("The American commander went to Islamabad for talks with the army chief.", "CONSULT"),
    ],
)
def test_wire_phrasings(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_an_ultimatum_to_troops_is_a_threat_not_an_expulsion() -> None:
    types = _types("The Islamists gave the Ethiopian troops a week to leave the country.")
    assert "THREATEN" in types and "SANCTION" not in types


def test_withdrawing_from_a_town_handed_to_peacekeepers_is_a_retreat() -> None:
    text = "Ugandan troops pulled out of Bunia, handing their positions to peacekeepers."
    types = _types(text)
    assert "RETREAT" in types and "SANCTION" not in types


def test_what_the_warned_party_could_face_is_the_threat() -> None:
    text = "The United States warned Syria that it could face sanctions if it did not stop."
    assert "THREATEN" in [e["type"] for e in coded(text).events]


def test_a_reporting_verb_the_parser_conjoins_still_reports() -> None:
    text = "Germany will train and equip Kurdish fighters, the defence ministry in Berlin said."
    events = coded(text).events
    assert any(e["type"] == "AGREE" and e["reported"] for e in events), events


def test_an_order_to_leave_is_a_deportation_only_with_leave() -> None:
    assert "COERCE" not in _types("Russia ordered the call-up of reservists to bolster its forces.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Japan opened its rice market to imports from the United States.", "COOPERATE"),
        ("The two Koreas began reconnecting a railway line across the border.", "COOPERATE"),
        ("The IMF released a $400 million loan installment to Pakistan.", "AID"),
        ("The United States delivered 40 armoured personnel carriers to the Lebanese army.", "AID"),
        (
            "The ruling party of Mexico accepted opposition demands for an electoral authority.",
            "CONCEDE",
        ),
        ("Burma let a U.N. human rights envoy into the country.", "RETREAT"),
        ("Macedonia allowed a NATO peacekeeping force to deploy along its border.", "RETREAT"),
        ("Sudan opened rebel-held areas of the south to U.N. relief flights.", "RETREAT"),
        ("India lowered the alert status of its troops along the border.", "RETREAT"),
        ("Syria sought to rally Arab opposition against the pact.", "ACCUSE"),
        (
            "French fishermen blockaded the port of Boulogne in protest against the quotas.",
            "PROTEST",
        ),
        ("Protesters formed human chains around the parliament building in Kiev.", "PROTEST"),
        ("Australia scaled back its ties with the military government of Fiji.", "SANCTION"),
        ("Israeli authorities sealed the family home of a Hamas militant in Hebron.", "COERCE"),
        ("Pakistan's president imposed a state of emergency across the country.", "COERCE"),
        ("A mob beat a suspected police informer to death near Cape Town.", "ASSAULT"),
        ("Bosnian Serb forces drove thousands of Muslims from their homes.", "ASSAULT"),
    ],
)
def test_coded_classes_of_cameo(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_a_purpose_to_protest_is_the_protest() -> None:
    text = "Thousands of students stoned police in Caracas to protest against fare increases."
    assert "PROTEST" in [e["type"] for e in coded(text).events]


def test_an_attempt_is_coded_by_what_it_attempts() -> None:
    assert "REQUEST" not in _types("Syria sought to rally Arab opposition against the pact.")


def test_a_detached_attempt_is_coded_by_what_it_attempts() -> None:
    text = "Syria sought on Monday to rally Arab opposition against the military pact."
    types = _types(text)
    assert "ACCUSE" in types and "REQUEST" not in types
