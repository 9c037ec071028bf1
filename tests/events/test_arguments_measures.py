"""Targets named inside the object's own clause, and whom a causative lets act."""

from __future__ import annotations

import pytest

from faultline.event_export import state_code
from tests.events.coding import coded


def _countries(text: str, etype: str) -> set[str]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return {
        table[t].get("country") or t
        for e in record.events
        if e["type"] == etype
        for t in e["target"]
    }


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        (
            "The United States lifted the economic sanctions it imposed on India and Pakistan.",
            "RETREAT",
            {"IND", "PAK"},
        ),
        ("France wrote off 80 percent of the debt owed to it by Senegal.", "AID", {"SEN"}),
        ("Britain cancelled the debts incurred by Tanzania.", "AID", {"TZA"}),
    ],
)
def test_whom_a_measure_falls_on(text: str, etype: str, targets: set[str]) -> None:
    assert _countries(text, etype) == targets


def test_a_measure_imposed_by_someone_names_no_target_by_that() -> None:
    # "by" names who imposed the sanctions, not whom they fall on
    text = "Canada lifted the sanctions imposed by the European Union."
    assert "IGO" not in _countries(text, "RETREAT") and "EU" not in _countries(text, "RETREAT")


def test_whom_a_causative_lets_act_is_the_target() -> None:
    text = "Baghdad allowed United Nations weapons inspectors to resume their work in Iraq."
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert {state_code(t, table) for t in event["target"]} == {"UN"}


def test_people_are_a_crowd_of_the_one_country_of_their_sentence() -> None:
    record = coded("Tens of thousands of people demonstrated in Prague on Monday.")
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert [table[s]["country"] for s in event["source"]] == ["CZE"]


def _sources(text: str, etype: str) -> set[str]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return {
        table[s].get("country") or s
        for e in record.events
        if e["type"] == etype
        for s in e["source"]
    }


def test_a_dateline_is_no_party_and_no_subject() -> None:
    text = (
        "HARARE, July 5 (AFP) - South African President Thabo Mbeki held separate meetings "
        "with Robert Mugabe on Saturday."
    )
    assert _sources(text, "CONSULT") == {"ZAF"}
    assert _countries(text, "CONSULT") == {"ZWE"}


def test_a_partner_the_parser_hangs_on_the_topic() -> None:
    text = "The British foreign secretary discussed the sailors' fate with his Iranian counterpart."
    assert _countries(text, "CONSULT") == {"IRN"}
    assert _countries("Officials discussed the situation in Syria.", "CONSULT") == set()


def test_a_faith_names_no_nationality() -> None:
    text = "Thousands of Buddhist monks marched through Rangoon on Monday."
    assert _sources(text, "PROTEST") == {"MMR"}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Indonesians demonstrated outside the U.S. embassy against the invasion of Iraq.",
            {"USA"},
        ),
        ("Hundreds protested against Russia's invasion of Ukraine.", {"RUS"}),
        ("Dock workers in Antwerp walked out in protest at European Union plans.", {"EU"}),
        ("Students protested against the United States.", {"USA"}),
    ],
)
def test_a_protest_against_an_act_is_against_its_doer(text: str, targets: set[str]) -> None:
    assert _countries(text, "PROTEST") == targets


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        # another party the actor relates to is no resource it owns
        (
            "Pakistan's prime minister said he was willing to meet his Indian counterpart.",
            "AGREE",
            {"IND"},
        ),
        # the first act of a chain of purposes that names someone
        ("Norway is willing to send material to help defend Saudi Arabia.", "AGREE", {"SAU"}),
        # troops offered or sent are the giver's own; where they go is the recipient
        (
            "France is ready to contribute 4,000 troops to a peace-keeping force in Liberia.",
            "AGREE",
            {"LBR"},
        ),
        (
            "Nigeria has sent 1,500 more troops to the peacekeeping force in Liberia.",
            "AID",
            {"LBR"},
        ),
    ],
)
def test_promised_and_given_acts_reach_their_recipient(
    text: str, etype: str, targets: set[str]
) -> None:
    assert _countries(text, etype) == targets


def test_troops_attacked_remain_the_target() -> None:
    (event,) = coded("Rebels attacked troops near the border.").events
    assert [t.split(":")[-1] for t in event["target"]] == ["troop"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A Philippine Senate committee opened an inquiry on Wednesday into alleged "
            "kickbacks paid to aides of former President Joseph Estrada.",
            "person:joseph-estrada",
        ),
        (
            "Prosecutors have opened an investigation into allegations that the son of "
            "President Kim Young-sam took bribes.",
            "person:kim-young-sam",
        ),
    ],
)
def test_an_inquiry_is_into_whoever_its_subject_names_first(text: str, target: str) -> None:
    (event,) = [e for e in coded(text).events if e["type"] == "ACCUSE"]
    assert (event["mode"], event["target"]) == ("investigate", [target])


def test_an_object_the_parser_makes_a_participles_subject() -> None:
    text = "Kinshasa threatened to expel the U.N. human rights investigators working in the east."
    record = coded(text)
    (threat,) = [e for e in record.events if e["type"] == "THREATEN"]
    table = {a["id"]: a for a in record.actors}
    assert any(table[t].get("sector") == "IGO" or t == "UN" for t in threat["target"])


@pytest.mark.parametrize(
    "text",
    [
        "Norway suspended its role as peace broker in Sri Lanka.",
        "Norway suspended its role as facilitator between the Sri Lankan government and rebels.",
    ],
)
def test_an_own_role_names_whom_it_concerns(text: str) -> None:
    assert "LKA" in _countries(text, "SANCTION")


def test_an_own_envoy_is_still_the_actors_own() -> None:
    assert _countries("Egypt recalled its ambassador from Israel.", "SANCTION") == {"ISR"}


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        (
            "Beijing denounced as gross interference in China's affairs a resolution on Tibet "
            "adopted by the U.S. Congress.",
            "ACCUSE",
            {"USA"},
        ),
        (
            "Iran rejected a proposal made by Britain, France and Germany.",
            "REJECT",
            {"GBR", "FRA", "DEU"},
        ),
    ],
)
def test_what_is_opposed_is_opposed_in_its_maker(text: str, etype: str, targets: set[str]) -> None:
    assert _countries(text, etype) == targets


def test_a_threat_on_ones_own_ground_is_aimed_at_the_condition() -> None:
    text = "Iran warned it would close the Strait of Hormuz if the EU imposed an embargo."
    (threat,) = [e for e in coded(text).events if e["type"] == "THREATEN"]
    assert threat["target"] == ["EU"]


def test_a_show_of_force_aimed_at_someone() -> None:
    text = (
        "The U.S. Navy sent a second aircraft carrier to the Gulf in a show of force aimed at Iran."
    )
    assert _countries(text, "MOBILIZE") == {"IRN"}


def test_an_invitation_accepted_reaches_whom_it_is_to_visit() -> None:
    text = "Indian Prime Minister Manmohan Singh has accepted an invitation to visit Islamabad."
    assert _countries(text, "AGREE") == {"PAK"}


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        # the tagger reads "kidnappers" as a verb; its place in the parse makes it a noun
        (
            "Germany demanded on Monday that kidnappers in Lebanon free two German hostages.",
            "REQUEST",
            {"LBN"},
        ),
        # a singular modifier of a claim is its owner
        ("China's premier rejected student demands for political reform.", "REJECT", {"CHN"}),
        (
            "Armenia refused to pull its forces back from occupied Azerbaijani territory.",
            "REJECT",
            {"AZE"},
        ),
    ],
)
def test_misread_nouns_owners_of_claims_and_pulling_back(
    text: str, etype: str, targets: set[str]
) -> None:
    assert _countries(text, etype) == targets
