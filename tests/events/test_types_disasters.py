"""Storms, floods, fires and diseases kill and destroy, but attack no one; gunfire does."""

from __future__ import annotations

from tests.events.coding import coded, event_countries


def test_natural_disasters_and_named_storms_code_no_attack() -> None:
    for text in (
        "Heavy rains destroyed hundreds of homes in Pakistan.",
        "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
        "Hurricane Maria killed dozens of people in Puerto Rico.",
        "Cyclone Idai destroyed thousands of homes in Mozambique.",
        "Relief flights landed in Yangon six days after Cyclone Nargis struck the country.",
        "An explosion destroyed a house in Kabul.",
        "Over the centuries, plague has killed millions of people around the world.",
        "The flu killed 300 people in Japan last winter.",
        "Famine killed a million people in Ethiopia.",
    ):
        assert [e["type"] for e in coded(text).events if e["type"] == "ASSAULT"] == [], text


def test_armed_actors_still_destroy_and_strike() -> None:
    assert event_countries("Soldiers of Myanmar destroyed villages in Rakhine.", "ASSAULT")[0] == [
        "MMR"
    ]
    assert event_countries("Israeli fire killed three Palestinians in Gaza.", "ASSAULT") == (
        ["ISR"],
        ["PSE"],
    )
    assert event_countries("Israeli aircraft struck targets in Lebanon.", "ASSAULT") == (
        ["ISR"],
        ["LBN"],
    )


def test_a_storm_s_name_is_no_person() -> None:
    record = coded("Typhoon Haiyan killed more than 6,000 people in the Philippines.")
    assert not [a for a in record.actors if a["kind"] == "person"]


def test_closing_a_checkpoint_restricts_movement() -> None:
    assert event_countries("Israel closed the Erez checkpoint into Gaza.", "COERCE")[0] == ["ISR"]
