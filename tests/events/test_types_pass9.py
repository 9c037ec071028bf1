"""The ninth pass over event types: frames set 14 of the development sentences showed
missing (each test fails without its lexicon row, light verb or frame)."""

from __future__ import annotations

from tests.events.coding import first_event, types_of


def test_a_named_person_beaten_by_police_or_with_batons_is_assaulted() -> None:
    text = "Belarusian riot police beat opposition leader Andrei Sannikov outside the parliament."
    assert types_of(text) == ["ASSAULT"]
    text = "Government supporters beat opposition leader Andrei Sannikov with batons in Minsk."
    assert "ASSAULT" in types_of(text)
    # A name alone is no frame: an election won is no assault.
    assert "ASSAULT" not in types_of("Nicolas Sarkozy beat Segolene Royal in the French runoff.")


def test_a_beating_with_its_own_actor_is_an_assault() -> None:
    text = "The beating of a Chechen man by Russian soldiers in Grozny shocked Moscow."
    assert types_of(text) == ["ASSAULT"]


def test_emergency_rule_ended_is_a_concession() -> None:
    text = "Pakistan's president ended emergency rule three weeks ahead of the elections."
    assert types_of(text) == ["CONCEDE"]
    assert first_event(text, "CONCEDE")["cameo"] == "0814"
    assert types_of("The government of Thailand lifted martial rule in the south.") == ["CONCEDE"]
    # Rule of another kind ended is no concession of this kind.
    assert "CONCEDE" not in types_of("The referee of the match ended the rule of the champion.")


def test_a_repeal_with_its_own_actor_is_a_concession() -> None:
    text = "The repeal by Kenya's parliament of the one-party clause opened the door to elections."
    assert types_of(text) == ["CONCEDE"]


def test_troops_guarding_aid_convoys_protect_aid() -> None:
    assert types_of("Italian troops guarded food convoys in Albania.") == ["AID"]
    assert "AID" not in types_of("Italian troops guarded the border with Albania.")


def test_a_zone_opened_to_a_peacekeeping_force_allows_international_involvement() -> None:
    text = (
        "Macedonia's president opened the northern border zone to a U.N. preventive "
        "deployment force of 700 troops."
    )
    assert types_of(text) == ["RETREAT"]
    assert first_event(text, "RETREAT")["cameo"] == "0861"


def test_ports_opened_to_another_states_exports_cooperate_economically() -> None:
    text = "South Africa opened its ports of Durban and Richards Bay to Zimbabwean exports."
    assert types_of(text) == ["COOPERATE"]
    assert first_event(text, "COOPERATE")["cameo"] == "061"


def test_mines_cleared_jointly_are_military_cooperation() -> None:
    text = "Ecuadorean and Peruvian army engineers jointly cleared landmines from the border."
    assert types_of(text) == ["COOPERATE"]
    assert "COOPERATE" not in types_of("Peruvian army engineers cleared landmines from the border.")


def test_a_named_person_handed_over_to_a_state_is_a_judicial_handover() -> None:
    text = "Ilich Ramirez Sanchez was handed over to France by Sudan on Monday."
    assert types_of(text) == ["COOPERATE"]
    assert first_event(text, "COOPERATE")["cameo"] == "063"


def test_running_amok_is_a_riot() -> None:
    text = "Students and jobless youths ran amok in Medan, burning shops."
    assert "PROTEST" in types_of(text)
    assert first_event(text, "PROTEST")["cameo"] == "145"


def test_a_campaign_on_behalf_of_another_rallies_support() -> None:
    text = "Egypt mounted a diplomatic campaign among African governments on behalf of Sudan."
    assert types_of(text) == ["SUPPORT"]
    assert types_of("Egypt campaigned among African governments on behalf of Sudan.") == ["SUPPORT"]


def test_hand_is_a_light_verb() -> None:
    # "handed Tanzania a grant" gives aid; "handed a note of complaint" complains.
    text = "Norway's development minister handed Tanzania a grant of 40 million dollars."
    assert types_of(text) == ["AID"]
    text = "Poland's foreign minister handed a formal note of complaint to the Belarusian envoy."
    assert types_of(text) == ["ACCUSE"]


def test_workers_led_out_on_strike_strike() -> None:
    text = "Lech Walesa led 10,000 shipyard workers in Gdansk out on strike over pay."
    assert types_of(text) == ["PROTEST"]
