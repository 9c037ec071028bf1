"""Domestic patients (events/domestic.py): a state's repression or concession of its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.coding import coded


def _code(text: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    rec = coded(text)
    return rec.events, {a["id"]: a for a in rec.actors}


@pytest.mark.parametrize(
    ("text", "etype", "country", "name"),
    [
        (
            "The Egyptian government seized the assets of the Kefaya movement.",
            "COERCE",
            "EGY",
            "the Kefaya movement",
        ),
        ("Chinese police arrested dozens of dissidents on Monday.", "COERCE", "CHN", "dissidents"),
    ],
)
def test_unresolved_patient_of_a_domestic_act_is_placed_at_home(
    text: str, etype: str, country: str, name: str
) -> None:
    events, actors = _code(text)
    event = next(e for e in events if e["type"] == etype)
    [target] = event["target"]
    patient = actors[target]
    assert (patient["country"], patient["country_basis"], patient["kind"]) == (
        country,
        "context",
        "group",
    )
    assert name.lower() in patient["name"].lower() or patient["name"].lower() in name.lower()


def test_a_self_named_body_a_state_act_falls_on_is_placed_at_home() -> None:
    # "Movement" in its own name makes it a body (actors/bodies.py), of no country until
    # the state's act places it
    events, actors = _code(
        "Algeria's interior ministry legalised the Movement for Society and Peace."
    )
    event = next(e for e in events if e["type"] == "CONCEDE")
    [target] = event["target"]
    body = actors[target]
    assert (body["name"], body["kind"], body["sector"]) == (
        "Movement for Society and Peace",
        "org",
        "OPP",
    )
    assert (body["country"], body["country_basis"]) == ("DZA", "context")


@pytest.mark.parametrize(
    "text",
    [
        # Another state in the sentence: the patient could be anyone's.
        "Egyptian police arrested three men from Britain.",
        # Violence across borders is not assumed domestic.
        "Israeli troops killed three men in the village.",
        # No people or body in the object.
        "Thailand's army declared martial law across the country.",
    ],
)
def test_no_patient_invented(text: str) -> None:
    events, actors = _code(text)
    implied = [
        t for e in events for t in e["target"] if actors[t].get("country_basis") == "context"
    ]
    assert not implied, events


def test_release_by_rebels_of_a_country_places_the_released_there() -> None:
    events, actors = _code(
        "Rebels of the Lord's Resistance Army released 40 schoolchildren in Uganda."
    )
    event = next(e for e in events if e["type"] == "RETREAT")
    assert [actors[t]["country"] for t in event["target"]] == ["UGA"]


@pytest.mark.parametrize(
    ("text", "etype", "target_kind"),
    [
        ("Bangladesh imposed a nationwide curfew on Friday.", "COERCE", "group"),
        (
            "Opposition parties in Zambia demanded the right to hold rallies.",
            "REQUEST",
            "government",
        ),
        # a challenger's climb-down is made to the government
        (
            "Bangladesh's main opposition party called off a nationwide strike.",
            "CONCEDE",
            "government",
        ),
    ],
)
def test_domestic_act_with_no_named_recipient_has_its_implied_one(
    text: str, etype: str, target_kind: str
) -> None:
    events, actors = _code(text)
    event = next(e for e in events if e["type"] == etype)
    [target] = event["target"]
    assert event["target_implied"] and actors[target]["kind"] == target_kind, event


def test_no_implied_recipient_when_another_state_is_named() -> None:
    events, _ = _code("Bangladesh imposed a curfew after talks with India.")
    curfew = next(e for e in events if e["type"] == "COERCE")
    assert not curfew["target_implied"], curfew


def test_forces_readied_for_protests_face_the_population() -> None:
    events, actors = _code(
        "Kenya's police chief put all officers on high alert ahead of opposition protests"
        " planned for Nairobi on Monday."
    )
    mobilize = next(e for e in events if e["type"] == "MOBILIZE")
    [target] = mobilize["target"]
    assert actors[target]["country"] == "KEN" and mobilize["target_implied"]


def test_forces_readied_for_a_summit_face_no_one() -> None:
    events, _ = _code("Kenya put all officers on high alert ahead of a summit in Nairobi.")
    assert all(not e["target"] for e in events if e["type"] == "MOBILIZE")


def test_a_crowd_ending_its_strike_is_an_event() -> None:
    events, actors = _code("Striking miners called off their three-week stoppage on Friday.")
    concede = [e for e in events if e["type"] == "CONCEDE"]
    assert concede and actors[concede[0]["source"][0]]["kind"] == "group", events


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Military police in Sao Paulo beat a street vendor to death.", "BRA", "a street vendor"),
        (
            "Iraqi forces used chemical weapons against Kurdish villagers near Halabja.",
            "IRQ",
            "Kurdish villagers",
        ),
    ],
)
def test_violence_on_unnamed_people_of_the_one_country_falls_on_that_country(
    text: str, country: str, name: str
) -> None:
    events, actors = _code(text)
    assault = next(e for e in events if e["type"] == "ASSAULT")
    patient = actors[assault["target"][0]]
    assert (patient["country"], patient["name"]) == (country, name)


def test_violence_on_unnamed_people_in_a_sentence_of_two_countries_is_not_placed() -> None:
    events, _ = _code("Israeli troops beat a street vendor near the Lebanese border.")
    assert all(not e["target"] for e in events if e["type"] == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("About 5,000 people demonstrated outside the U.S. embassy in Athens.", "GRC"),
        ("Thousands took to the streets of Buenos Aires against the president.", "ARG"),
        ("Rioters rampaged through the Indonesian city of Medan.", "IDN"),
        ("Aboriginal protesters blocked the main roads into Sydney.", "AUS"),
    ],
)
def test_an_unnamed_crowd_protests_where_the_sentence_places_it(text: str, country: str) -> None:
    events, actors = _code(text)
    protest = next(e for e in events if e["type"] == "PROTEST")
    assert [actors[s]["country"] for s in protest["source"]] == [country]


def test_a_crowd_of_stated_origin_keeps_it() -> None:
    events, actors = _code("Thousands of Iraqis protested outside the U.S. embassy in Amman.")
    protest = next(e for e in events if e["type"] == "PROTEST")
    assert [actors[s]["country"] for s in protest["source"]] == ["IRQ"]


@pytest.mark.parametrize(
    ("text", "etype", "person", "country"),
    [
        ("Vietnam released the dissident Nguyen Van Ly from prison.", "RETREAT", "Ly", "VNM"),
        ("Belarus lifted a travel ban on opposition leader Anatoly Lebedko.", "CONCEDE", "Lebedko",
         "BLR"),
        # the patient of the concession refused is the refusal's
        ("Syrian authorities refused to free dissident Riad Seif.", "REJECT", "Seif", "SYR"),
    ],
)  # fmt: skip
def test_a_dissident_a_state_acts_on_is_its_own(
    text: str, etype: str, person: str, country: str
) -> None:
    events, actors = _code(text)
    event = next(e for e in events if e["type"] == etype)
    [patient] = [actors[t] for t in event["target"] if person in actors[t]["name"]]
    assert (patient["country"], patient["country_basis"]) == (country, "context")


@pytest.mark.parametrize(
    "text",
    [
        # a person not called a dissident may be a foreigner held in the country
        "Vietnam released Nguyen Van Ly from prison.",
        # dissent elsewhere: the sentence names a second country
        "Thai police detained the Burmese dissident Min Ko Naing.",
    ],
)
def test_other_persons_a_state_acts_on_are_not_placed(text: str) -> None:
    events, actors = _code(text)
    person = next(a for a in actors.values() if a["kind"] == "person")
    assert person.get("country") in (None, "MMR")
    assert person.get("country_basis") != "context"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb near the town of Tikrit killed four Iraqi policemen on Monday.", "IRQ"),
        ("Two Canadian soldiers were killed by a roadside bomb outside the Afghan city of "
         "Kandahar.", "AFG"),
    ],
)  # fmt: skip
def test_an_attack_by_no_one_named_is_given_to_attackers_where_it_happened(
    text: str, country: str
) -> None:
    events, actors = _code(text)
    [attack] = [e for e in events if e["type"] == "ASSAULT"]
    [source] = [actors[s] for s in attack["source"]]
    assert (source["country"], source["country_basis"], source["anonymous"]) == (
        country,
        "context",
        True,
    )
    assert attack["source_implied"] is True


@pytest.mark.parametrize(
    "text",
    [
        # the attackers are named
        "Taliban fighters killed four Afghan policemen near the city of Kandahar.",
        # a pronoun stands for attackers the sentence knows
        "Rebels freed two engineers they had kidnapped from a dam in western Nepal.",
    ],
)
def test_an_attack_with_a_subject_gets_no_unidentified_attackers(text: str) -> None:
    events, actors = _code(text)
    assert not any(
        actors[s].get("name", "").startswith("unidentified attackers")
        for e in events
        for s in e["source"]
    )


def test_an_ethnic_group_a_state_rejects_is_named_by_its_noun() -> None:
    events, actors = _code("Indonesia rejected demands by ethnic Chinese groups for quotas.")
    [refusal] = [e for e in events if e["type"] == "REJECT"]
    [patient] = [actors[t] for t in refusal["target"]]
    assert (patient["name"], patient["country"]) == ("ethnic Chinese groups", "IDN")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tamil Tiger rebels opened fire on an army checkpoint in northern Sri Lanka.", "LKA"),
        ("A Tamil Tiger suicide bomber blew herself up at a campaign rally in Kandy.", "LKA"),
    ],
)
def test_an_attack_naming_no_victim_targets_where_it_struck(text: str, country: str) -> None:
    events, actors = _code(text)
    [attack] = [e for e in events if e["type"] == "ASSAULT"]
    [target] = attack["target"]
    assert actors[target].get("country", target) == country
    assert attack["target_implied"] is True


def test_an_attack_placed_in_two_countries_gets_no_implied_target() -> None:
    events, _ = _code("Rebels shelled villages in Uganda and Kenya.")
    [attack] = [e for e in events if e["type"] == "ASSAULT"]
    assert not attack.get("target_implied")
