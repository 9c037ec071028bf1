"""Towns and cities the gazetteer does not hold, placed in their country from GeoNames."""

from __future__ import annotations

from typing import Any

import pytest

from faultline.actors.roles import data_rows
from faultline.actors.towns import fold, lookup
from tests.actors.conftest import Run
from tests.events.coding import coded


def _places(run: Run, text: str) -> dict[str, dict[str, Any]]:
    record = run(text)
    table = {a["id"]: a for a in record.actors}
    return {
        m["text"]: table[m["actor"]] for m in record.mentions if m["actor"].startswith("place:")
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Clashes broke out in Srinagar on Friday.", "Srinagar", "IND"),
        ("Shelling hit Benghazi overnight.", "Benghazi", "LBY"),
        ("The talks in Naivasha resumed.", "Naivasha", "KEN"),
        ("Troops entered Medellín and Medellin's suburbs.", "Medellín", "COL"),
        ("Soldiers patrolled the streets of Rangoon.", "Rangoon", "MMR"),  # an older name
        ("A bomb exploded in Diyarbakir.", "Diyarbakir", "TUR"),
        ("Police in Hebron said two men were held.", "Hebron", "PSE"),
        ("Gunmen kidnapped two aid workers in Yemen's Marib province.", "Marib", "YEM"),  # Ma'rib
        ("Troops launched an offensive on the Jaffna peninsula.", "Jaffna", "LKA"),
    ],
)
def test_a_town_is_placed_in_its_country(run: Run, text: str, name: str, country: str) -> None:
    places = _places(run, text)
    assert name in places, (text, places)
    assert (places[name]["kind"], places[name]["country"], places[name]["parent"]) == (
        "place",
        country,
        country,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The summit in Cambridge ended.",  # England's, Ontario's and Massachusetts' towns
        "Growth slowed across Asia.",  # a continent, though the Philippines has an Asia
        "Police said the old city was calm.",  # a noun, a description
        "Lebanon, Pennsylvania is small.",  # a country's name is never a town
    ],
)
def test_no_town_where_the_name_is_ambiguous_or_no_town(run: Run, text: str) -> None:
    assert _places(run, text) == {}


def test_a_town_id_is_its_name_in_plain_letters(run: Run) -> None:
    assert _places(run, "A bomb exploded in Diyarbakır.")["Diyarbakır"]["id"] == (
        "place:diyarbakir-tur"
    )


@pytest.mark.parametrize(("old", "new"), [tuple(r) for r in data_rows("town_names.tsv")])
def test_an_older_name_is_the_town(old: str, new: str) -> None:
    town = lookup(old)
    assert town is not None and fold(town.name) == fold(new.strip()), (old, town)


def test_another_languages_spelling_is_no_town() -> None:
    assert lookup("Kuito") is None  # a spelling of Quito in GeoNames, and an Angolan town


def test_the_largest_town_of_a_name_wins_only_by_a_wide_margin() -> None:
    naples = lookup("Naples")  # Italy's city is forty times Florida's
    assert naples is not None and naples.country == "ITA"
    assert lookup("Cambridge") is None
    assert lookup("Atlantis of Nowhere") is None


def test_a_city_the_ner_tags_as_a_person_after_a_place_preposition() -> None:
    # The small model reads "Srinagar" here as a person; "on" and the city's size undo it.
    record = coded("An indefinite curfew was imposed on Srinagar by the Indian authorities.")
    (event,) = record.events
    table = {a["id"]: a for a in record.actors}
    assert event["type"] == "COERCE"
    assert [table[t]["country"] for t in event["target"]] == ["IND"]
    assert not any(a.startswith("person:") for a in table)


def test_an_unnamed_body_in_a_town_is_of_its_country() -> None:
    record = coded("Police in Lagos detained about 40 members of a student union overnight.")
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert [table[s]["country"] for s in event["source"]] == ["NGA"]
    assert [table[t]["country"] for t in event["target"]] == ["NGA"]  # a domestic patient


def test_the_object_the_parser_hangs_on_a_particle_is_the_target() -> None:
    record = coded("Israeli troops sealed off the West Bank town of Hebron on Thursday.")
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert {table[t]["country"] for t in event["target"]} == {"PSE"}


def test_a_big_town_the_ner_tags_as_a_nationality() -> None:
    # The small model reads "Aleppo" here as NORP; a town that big is the town.
    record = coded("Syrian artillery shelled Aleppo.")
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert event["type"] == "ASSAULT"
    assert [(table[t]["kind"], table[t]["country"]) for t in event["target"]] == [("place", "SYR")]


def test_a_town_tagged_a_person_after_out_of() -> None:
    record = coded("Rebels pulled out of Goma on Saturday.")
    table = {a["id"]: a for a in record.actors}
    (event,) = record.events
    assert event["type"] == "RETREAT"
    assert [table[t]["country"] for t in event["target"]] == ["COD"]
    assert not any(a.startswith("person:") for a in table)


def test_a_town_tagged_a_person_after_town_of() -> None:
    text = "Food was ferried by boat to the besieged northern town of Jaffna by the Red Cross."
    table = {a["id"]: a for a in coded(text).actors}
    assert "place:jaffna-lka" in table and not any(a.startswith("person:") for a in table)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A roadside bomb exploded near Basra.", "Basra", "IRQ"),  # GeoNames: Basrah
        ("Air strikes hit the port of Hodeidah.", "Hodeidah", "YEM"),  # Al Ḩudaydah
        ("Marines fought their way into Fallujah.", "Fallujah", "IRQ"),  # Al Fallūjah
    ],
)
def test_the_english_wire_spelling_of_a_town(run: Run, text: str, name: str, country: str) -> None:
    places = _places(run, text)
    assert name in places and places[name]["country"] == country, (text, places)


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        ("India rushed troops to the northeastern state of Manipur.", "IN-MN", "IND"),
        ("Floods hit Sindh province.", "PK-SD", "PAK"),
        ("Gunmen raided a school in Zamfara state.", "NG-ZA", "NGA"),
    ],
)
def test_a_subdivision_the_text_calls_one_is_its_iso_region(
    text: str, region: str, country: str
) -> None:
    table = {a["id"]: a for a in coded(text).actors}
    assert (table[region]["kind"], table[region]["country"]) == ("region", country)


def test_a_subdivision_name_two_states_share_is_no_region() -> None:
    table = {a["id"]: a for a in coded("Clashes erupted in Punjab province.").actors}
    assert not any(a.get("kind") == "region" for a in table.values()), table


def test_a_sea_named_like_a_subdivision_is_none() -> None:
    # Sudan and Egypt both have a "Red Sea" state: without a cue the sea is no region.
    table = {a["id"]: a for a in coded("Egypt freed fishermen detained in the Red Sea.").actors}
    assert not any(a.get("kind") == "region" for a in table.values()), table
