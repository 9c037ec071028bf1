"""Verbs of giving share their object classes (relief goods, arms, advisers), and wire idioms
of the seventh session: trading fire, rallying to a defence, climbing down, leaning on a state,
firing a broadside, crying foul, impugning; with the limits that keep the same verbs from
coding non-events."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def _events(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["cameo"]) for e in coded(text).events if not e["negated"]]


def test_relief_goods_given_flown_rushed_or_dispatched_are_humanitarian_aid() -> None:
    assert ("AID", "073") in _events("Japan gave tents and blankets to the victims in Turkey.")
    assert ("AID", "073") in _events("Britain flew vaccines to Ghana.")
    assert ("AID", "073") in _events("India rushed vaccines to Nepal.")
    assert ("AID", "073") in _events("Egypt dispatched fuel to Gaza.")
    assert ("AID", "073") in _events("China handed over food aid to North Korea.")


def test_arms_flown_or_dispatched_and_advisers_provided_are_military_aid() -> None:
    assert ("AID", "072") in _events("The United States flew weapons to Israel.")
    assert ("AID", "072") in _events("Iran dispatched weapons to the Houthis in Yemen.")
    assert ("AID", "072") in _events("The United States provided military advisers to Iraq.")
    assert ("AID", "072") in _events("Russia provided air cover for the army of Syria.")


def test_giving_verbs_keep_their_other_senses() -> None:
    assert "AID" not in _types("Japan gave its consent to the plan.")
    assert "AID" not in _types("The pilot flew the plane to Lisbon.")
    types = _types("Pakistan rushed troops to the Line of Control with India.")
    assert "MOBILIZE" in types and "AID" not in types


def test_trading_fire_fights_and_trading_goods_does_not() -> None:
    assert "ASSAULT" in _types("Indian and Pakistani troops traded fire across the border.")
    assert "ASSAULT" not in _types("The two countries traded goods worth $5 billion.")


def test_rallying_to_a_defence_supports_and_rallying_in_a_square_protests() -> None:
    assert "SUPPORT" in _events_types("Moscow rallied to the defence of Damascus.")
    assert "SUPPORT" not in _types("Thousands rallied in the main square of Kiev.")


def _events_types(text: str) -> list[str]:
    return [etype for etype, _ in _events(text)]


def test_climbing_down_over_a_measure_concedes_and_down_a_mountain_does_not() -> None:
    assert "CONCEDE" in _types("The government of Kenya climbed down over the tax increase.")
    assert "CONCEDE" not in _types("The Nepalese climbers climbed down from the summit.")


def test_leaning_on_a_state_to_act_presses_it_and_the_act_is_not_coded() -> None:
    types = _events_types("Washington leaned on Pakistan to crack down on militants.")
    assert "REQUEST" in types and "COERCE" not in types
    assert "REQUEST" not in _types("The soldier leaned on the wall.")


def test_broadsides_foul_cries_and_impugned_motives_are_verbal_attacks() -> None:
    types = _types("Greece fired a broadside at Turkey over the airspace violations.")
    assert "ACCUSE" in types and "ASSAULT" not in types
    assert "ACCUSE" in _types("The opposition of Zimbabwe cried foul over the election results.")
    assert "ACCUSE" in _types("The government of Sudan impugned the motives of the aid agencies.")
    assert "ASSAULT" in _types("Soldiers from Israel fired on Palestinians.")


def test_hanging_protesters_is_an_execution() -> None:
    assert "ASSAULT" in _types("Iran hanged two protesters.")
    assert "ASSAULT" not in _types("Protesters hanged banners from the bridge.")


def test_aid_freed_is_given_and_captives_freed_are_released() -> None:
    assert _events("The United States freed $250 million in aid to Ukraine.") == [("AID", "071")]
    assert _events("Iran freed two sailors from Britain.") == [("RETREAT", "0841")]


def test_whose_aid_a_passive_names_gives_it() -> None:
    record = coded("Japanese aid was suspended after the coup.")
    assert [(e["type"], e["source"], e["target"]) for e in record.events] == [
        ("SANCTION", ["JPN"], [])
    ]
    record = coded("U.S. aid might be freed if Ukraine cooperates.")
    assert [(e["source"], e["target"]) for e in record.events if e["type"] == "AID"] == [
        (["USA"], [])
    ]
