"""Phrasing classes of the PLOVER manual and CAMEO that wire copy uses often, and frames a
date or a for-to clause must not mislead."""

from __future__ import annotations

import pytest

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [e["type"] for e in coded(text).events if not e["negated"]]


def _trigger_types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Bangladesh placed the former prime minister under house arrest.", "COERCE"),
        ("A court in Cairo jailed three Egyptian activists for five years.", "COERCE"),
        ("President Fujimori of Peru dissolved parliament.", "COERCE"),
        ("The army of Niger staged a coup against the president.", "COERCE"),
        ("Thousands of Iranian students rioted in Tehran.", "PROTEST"),
        ("Protesters in Turkey clashed with police in Istanbul.", "PROTEST"),
        ("Militiamen torched dozens of homes in a village in Darfur.", "ASSAULT"),
        ("Russian artillery shelled the town of Grozny overnight.", "ASSAULT"),
        ("A mob lynched two Nigerian soldiers in Kano.", "ASSAULT"),
        ("Palestinian prisoners began a hunger strike in Israeli jails.", "PROTEST"),
        ("Opposition supporters in Ukraine staged a sit-in outside the parliament.", "PROTEST"),
        ("The opposition in Bangladesh called a general strike.", "PROTEST"),
        ("Taiwan put its armed forces on alert.", "MOBILIZE"),
        ("India sent thousands of troops to the border with Pakistan.", "MOBILIZE"),
        ("The United States moved an aircraft carrier into the Gulf.", "MOBILIZE"),
        ("Ukraine declared a general mobilisation against Russia.", "MOBILIZE"),
        ("The European Union froze the assets of Zimbabwean officials.", "SANCTION"),
        ("Qatar cut ties with Egypt.", "SANCTION"),
        ("The United States suspended aid to Mali after the coup.", "SANCTION"),
        ("Russia expelled 23 British diplomats.", "SANCTION"),
        ("China cancelled its trade agreement with Lithuania.", "SANCTION"),
        ("The United States withdrew from the nuclear deal with Iran.", "SANCTION"),
        ("Japan dispatched a medical team to Indonesia after the earthquake.", "AID"),
        ("The European Union gave 50 million euros to the Palestinian Authority.", "AID"),
        ("Iran armed the Houthi rebels in Yemen.", "AID"),
        ("French troops evacuated foreigners from the capital of Chad.", "AID"),
        ("The Egyptian president welcomed the Israeli prime minister to Cairo.", "CONSULT"),
        ("The Turkish foreign minister flew to Tehran.", "CONSULT"),
        ("Serbia handed back the captured soldiers to Croatia.", "RETREAT"),
        ("Iraq opened its presidential palaces to U.N. weapons inspectors.", "RETREAT"),
    ],
)
def test_phrasing_class_codes_to_its_type(text: str, etype: str) -> None:
    assert etype in _types(text), (text, _types(text))


def test_a_date_is_no_frame_preposition() -> None:
    # "on Sunday" is no "call on X": the call-up is a mobilisation, not a request.
    types = _trigger_types("Israel called up 20,000 reservists on Sunday.")
    assert "MOBILIZE" in types and "REQUEST" not in types


def test_a_time_still_frames_a_yielding_verb() -> None:
    # "bowing to weeks of protests": only dating prepositions lose their frame to a date.
    text = "Bowing to weeks of protests, the ruling party of Mongolia scrapped the article."
    assert "CONCEDE" in _trigger_types(text)


def test_a_for_to_clause_after_a_date_is_the_call() -> None:
    text = "Indonesian opposition leaders called on Tuesday for President Suharto to step down."
    types = _types(text)
    assert "REQUEST" in types and "RETREAT" not in types


def test_a_particle_parsed_as_a_preposition_keeps_its_object() -> None:
    # The parser hangs "demonstrations" on "off": the call-off still ends a protest.
    text = (
        "Kenya's opposition coalition called off its weekly anti-government demonstrations, "
        "its leader Raila Odinga told supporters in Nairobi."
    )
    types = _trigger_types(text)
    assert "CONCEDE" in types and "SANCTION" not in types


def test_tear_gas_is_crowd_control_assault() -> None:
    # The manual's ASSAULT mode crowd-control names tear gas and water cannon.
    events = coded("Police in Kenya fired tear gas at protesters in Nairobi.").events
    assert [(e["type"], e["mode"], e["cameo"]) for e in events] == [
        ("ASSAULT", "crowd-control", "175")
    ]


def test_expelling_peacekeepers_or_an_embassy_official_is_a_sanction() -> None:
    # The manual: expelling diplomats, peacekeepers or NGOs is SANCTION expel; deporting
    # individuals is COERCE.
    assert "SANCTION" in _types("Eritrea expelled U.N. peacekeepers serving on its border.")
    text = "Estonia ordered a Russian embassy official out of the country."
    types = _trigger_types(text)
    assert "SANCTION" in types and "COERCE" not in types
    assert "COERCE" in _types("Estonia ordered a Russian journalist out of the country.")


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia insisted that Qatar close the Al Jazeera network.",
        "Armenia wants Turkey to recognise the genocide.",
    ],
)
def test_what_another_is_to_do_is_a_request_not_its_act(text: str) -> None:
    # A subjunctive clause names what is wanted; the recognition or closure is not coded.
    types = _types(text)
    assert "REQUEST" in types and "SUPPORT" not in types and "COERCE" not in types


def test_a_clause_that_reports_is_no_demand() -> None:
    assert "REQUEST" not in _trigger_types("Iran insisted that it was innocent.")
    assert "REQUEST" not in _trigger_types("Iran wants to build a new reactor.")


def test_only_the_entrys_particle_lends_its_object() -> None:
    # "called on its allies": "on" is no particle of the praise frame ("called X a partner").
    types = _types("Ukraine called on its Western allies to supply more air defence systems.")
    assert "REQUEST" in types and "SUPPORT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The government of Myanmar has not accepted the offer of aid from Britain.",
        "Syria would not agree to the deployment of Turkish troops.",
        "India does not accept mediation by Pakistan in Kashmir.",
    ],
)
def test_a_refusal_told_by_negation_is_an_unnegated_reject(text: str) -> None:
    events = coded(text).events
    assert any(e["type"] == "REJECT" and not e["negated"] for e in events), events
    assert not any(e["type"] == "AGREE" and not e["negated"] for e in events)


def test_a_negated_act_that_is_no_refusal_stays_negated() -> None:
    # Not attacking is no refusal: the attack keeps its type, denied.
    events = coded("Israel did not attack the Syrian army in the Golan.").events
    assert [(e["type"], e["negated"]) for e in events] == [("ASSAULT", True)]


def test_an_act_done_without_another_denies_the_other() -> None:
    events = coded("Kenya signed the deal without consulting Uganda.").events
    assert ("CONSULT", True) in [(e["type"], e["negated"]) for e in events]
    assert ("SUPPORT", False) in [(e["type"], e["negated"]) for e in events]


def test_whatever_a_crowd_does_in_protest_is_a_protest() -> None:
    assert "PROTEST" in _types("Kashmiri traders shut their shops in protest at the killing.")
    # A recall in protest stays the recall: the verb's own act codes it.
    types = _types("Egypt recalled its ambassador in protest at the bombardment.")
    assert types == ["SANCTION"]


def test_a_reversal_reaches_through_a_part() -> None:
    events = coded("Washington lifted most of its remaining economic sanctions on Myanmar.").events
    assert [(e["type"], e["cameo"]) for e in events] == [("RETREAT", "085")]


def test_a_nouns_qualifier_may_qualify_its_modifier() -> None:
    # "joint" hangs on "military", not on "exercises": still joint exercises.
    text = "American and Filipino troops opened their annual joint military exercises."
    types = _types(text)
    assert "COOPERATE" in types and "MOBILIZE" not in types


def test_a_groups_compound_names_what_it_groups() -> None:
    # "carrier group": the group is of carriers, so the sending is a show of force.
    text = "The United States sent an aircraft carrier group to the eastern Mediterranean."
    assert "MOBILIZE" in _types(text)


def test_an_act_that_erupts_is_carried_by_its_verb() -> None:
    text = "Clashes between Armenian and Azerbaijani forces erupted along the border."
    assert "ASSAULT" in _types(text)


def test_saying_another_was_behind_an_attack_accuses_it() -> None:
    assert "ACCUSE" in _types("The Kremlin said Kyiv was behind the drone attack on Moscow.")
    assert "ACCUSE" not in _types("Iran said it was responsible for security in the Gulf.")
