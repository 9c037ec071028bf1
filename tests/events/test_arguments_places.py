"""Targets found through places and through clauses the parser misreads."""

from __future__ import annotations

import pytest

from faultline.document import Record
from tests.events.coding import coded
from tests.events.coding import target_countries as _targets


def _mutual_countries(record: Record, etype: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of each mutual event of `etype`."""
    table = {a["id"]: a for a in record.actors}
    return {
        (table[e["source"][0]]["country"], table[e["target"][0]]["country"])
        for e in record.events
        if e["type"] == etype and e["mutual"]
    }


def test_a_purpose_verbs_object_read_as_a_new_clauses_subject() -> None:
    # The parser makes "thousands" the subject of "gathered"; "disperse" keeps it.
    text = (
        "Kenyan riot police fired tear gas and rubber bullets to disperse thousands of "
        "protesters gathered outside parliament in Nairobi."
    )
    assert _targets(text, "ASSAULT") == ["KEN"]


def test_opening_or_closing_an_embassy_is_done_toward_its_host() -> None:
    assert _targets("Washington formally reopened its embassy in Havana.", "SUPPORT") == ["CUB"]
    assert _targets("Britain closed its embassy in Damascus.", "SANCTION") == ["SYR"]


def test_an_embassy_in_ones_own_capital_names_no_host() -> None:
    record = coded("Germany opened an embassy in Berlin for the Kosovo government.")
    assert not any("DEU" in e["target"] for e in record.events), record.events


def test_signing_a_pact_together_is_each_sides_act_toward_the_other() -> None:
    record = coded(
        "Indonesian and Australian foreign ministers signed a security cooperation treaty."
    )
    pairs = _mutual_countries(record, "SUPPORT")
    assert pairs == {("IDN", "AUS"), ("AUS", "IDN")}, record.events


def test_backing_something_together_is_no_act_toward_each_other() -> None:
    events = coded("France and Germany backed the plan.").events
    assert not any(e["mutual"] for e in events), events


def test_a_call_for_a_bodys_meeting_is_made_to_the_body() -> None:
    record = coded("Kyiv has asked for an urgent meeting of the U.N. Security Council.")
    request = next(e for e in record.events if e["type"] == "REQUEST")
    assert request["target"] == ["UNSC"], record.events


def test_a_withdrawal_is_toward_whom_the_ground_is_handed_back_to() -> None:
    text = "Armenian forces pulled out of Aghdam district, handing it back to Azerbaijan."
    assert _targets(text, "RETREAT") == ["AZE"]


def test_a_body_named_after_its_noun_the_parser_split_off() -> None:
    record = coded("Burkina Faso, Mali and Niger quit the West African bloc ECOWAS on Sunday.")
    quit_ = next(e for e in record.events if e["type"] == "SANCTION")
    assert quit_["target"] == ["ECOWAS"], record.events


def test_a_permission_is_toward_whom_it_lets_act() -> None:
    # the parser makes the peacekeepers the subject of "deploy"
    record = coded("Sudan allowed U.N. peacekeepers to deploy in Darfur.")
    access = next(e for e in record.events if e["type"] == "RETREAT")
    assert "UN" in access["target"] and "SDN" not in access["target"], record.events


def test_fighting_between_joined_parties_is_each_sides_attack_on_the_other() -> None:
    record = coded("Indian and Pakistani troops exchanged fire across the Line of Control.")
    pairs = _mutual_countries(record, "ASSAULT")
    assert pairs == {("IND", "PAK"), ("PAK", "IND")}, record.events


def test_sides_of_one_country_fighting_each_other() -> None:
    record = coded(
        "Government troops and Muslim rebels fought a gun battle on the southern island of "
        "Jolo, leaving at least 11 dead."
    )
    fights = [e for e in record.events if e["type"] == "ASSAULT" and e["mutual"]]
    table = {a["id"]: a for a in record.actors}
    sides = {(table[e["source"][0]]["sector"], table[e["target"][0]]["sector"]) for e in fights}
    assert sides == {("MIL", "REB"), ("REB", "MIL")}, record.events


def test_unplaced_rebels_who_sign_with_a_government_are_its_country() -> None:
    record = coded(
        "A power-sharing agreement was signed by the Sudanese government and southern rebels "
        "in Naivasha on Sunday."
    )
    pairs = _mutual_countries(record, "SUPPORT")
    assert pairs == {("SDN", "SDN")}, record.events  # Naivasha, in Kenya, is the venue


def test_unplaced_rebels_fighting_a_states_troops_are_not_made_its_own() -> None:
    record = coded("Ugandan troops and rebels fought a gun battle near Goma.")
    rebels = [a for a in record.actors if a.get("sector") == "REB"]
    assert rebels and not any(a.get("country") == "UGA" for a in rebels), record.actors


def test_what_is_given_for_a_campaign_against_someone_is_not_given_to_them() -> None:
    text = (
        "Washington shipped Black Hawk helicopters to the Colombian army for its campaign "
        "against drug traffickers."
    )
    assert _targets(text, "AID") == ["COL"]


def test_a_date_between_a_nominal_trigger_and_its_of_phrase() -> None:
    text = "France voiced strong disapproval on Tuesday of Israel's decision to build housing."
    assert _targets(text, "ACCUSE") == ["ISR"]


def test_the_accused_of_a_condemned_act_is_its_agent_not_its_victim() -> None:
    text = "The United Nations condemned the killing of protesters by Syrian security forces."
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    accuse = next(e for e in record.events if e["type"] == "ACCUSE")
    assert [table[t]["sector"] for t in accuse["target"]] == ["MIL"], record.events


def test_a_withdrawal_under_a_deal_is_toward_the_other_party_to_it() -> None:
    text = "Rebel fighters began decommissioning their weapons under the peace deal with Manila."
    assert _targets(text, "RETREAT") == ["PHL"]


def test_where_support_is_given_is_no_target() -> None:
    text = "At the United Nations, China stood by its ally North Korea in the row."
    assert _targets(text, "SUPPORT") == ["PRK"]
    record = coded("Jordan and Israel signed a peace treaty at the Arava border crossing.")
    assert {tuple(e["target"]) for e in record.events if e["type"] == "SUPPORT"} == {
        ("ISR",),
        ("JOR",),
    }, record.events


def test_support_thrown_behind_someones_bid() -> None:
    text = "Washington threw its weight behind Turkey's bid to join the European Union."
    assert _targets(text, "SUPPORT") == ["TUR"]


def test_counted_troops_massed_are_ones_own_and_the_border_says_whom_they_face() -> None:
    assert _targets(
        "Iraq massed tens of thousands of troops near the Kuwaiti border.", "MOBILIZE"
    ) == ["KWT"]


def test_forces_called_up_to_fight_someone_face_them() -> None:
    text = "The Sudanese government called up thousands of militiamen to fight southern rebels."
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    mobilize = next(e for e in record.events if e["type"] == "MOBILIZE")
    assert [table[t]["sector"] for t in mobilize["target"]] == ["REB"], record.events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("North Korea warned it would turn Seoul into a sea of fire if war broke out.", "KOR"),
        ("Ankara warned it would launch a new military operation in northern Syria.", "SYR"),
        ("The European Union served notice that it would suspend aid to Kenya.", "KEN"),
    ],
)
def test_a_warning_is_aimed_at_whom_the_threatened_act_would_hit(text: str, target: str) -> None:
    assert _targets(text, "THREATEN") == [target]


def test_forces_readied_as_tension_mounts_with_someone_face_them() -> None:
    text = "As tension mounted with Ethiopia, Eritrea called up thousands of reservists."
    assert _targets(text, "MOBILIZE") == ["ETH"]
    jets = "Japan scrambled fighter jets on Tuesday to intercept two Russian bombers."
    assert _targets(jets, "MOBILIZE") == ["RUS"]


def test_a_seizure_of_claimed_ground_is_aimed_at_its_claimant() -> None:
    text = (
        "Nigerian soldiers have occupied two villages on the Bakassi peninsula claimed by Cameroon."
    )
    assert _targets(text, "COERCE") == ["CMR"]


def test_an_agent_the_parser_hangs_on_the_predicate_noun() -> None:
    record = coded("Three Iranian diplomats were declared persona non grata by Argentina.")
    expel = next(e for e in record.events if e["type"] == "SANCTION")
    assert expel["source"] == ["ARG"] and "ARG" not in expel["target"], record.events


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "The withdrawal of the last Vietnamese troops from Cambodia was completed.",
            "RETREAT",
            "VNM",
            "KHM",
        ),
        ("The deployment of Turkish troops to Qatar began on Monday.", "MOBILIZE", "TUR", "QAT"),
    ],
)
def test_a_nominal_troop_movement_is_the_troops_act_toward_the_place(
    text: str, etype: str, source: str, target: str
) -> None:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    event = next(e for e in record.events if e["type"] == etype)
    assert [table[s]["country"] for s in event["source"]] == [source], record.events
    assert [table[t]["country"] for t in event["target"]] == [target], record.events


def test_a_states_strikes_are_attacks_a_crowds_a_walkout() -> None:
    assert _targets("Azerbaijan launched strikes against Armenian positions.", "ASSAULT") == ["ARM"]
    assert "PROTEST" in {e["type"] for e in coded("Teachers in Kenya went on strike.").events}


def test_aid_to_people_placed_by_a_participle_goes_to_their_country() -> None:
    text = (
        "U.S. cargo planes airdropped food and water to thousands of Yazidis stranded on "
        "Mount Sinjar in northern Iraq."
    )
    assert _targets(text, "AID") == ["IRQ"]
