"""Known leaders (actors/leaders.py): every table entry places its person, and only them."""

from __future__ import annotations

import pytest

from faultline.actors.gazetteer import gazetteer
from faultline.actors.roles import data_rows

from .conftest import Run

ROWS = [(row[0], row[1].strip(), row[2].strip()) for row in data_rows("leaders.tsv")]


@pytest.mark.parametrize(("name", "place", "sector"), ROWS, ids=[r[0] for r in ROWS])
def test_leader_is_placed(run: Run, name: str, place: str, sector: str) -> None:
    # Without a title the small model misses some names as persons; with one it finds them.
    people = []
    for text in (
        f"In a speech on Monday, {name} said the talks would go on.",
        f"President {name} said on Monday that the talks would go on.",
    ):
        people = [a for a in run(text).actors if a["kind"] == "person"]
        if people and (people[0].get("country_basis") or people[0].get("sector") == sector):
            break
    assert people, name
    person = people[0]
    if gazetteer().actors[place]["kind"] == "state":
        assert (person["country"], person["country_basis"]) == (place, "leaders table")
    else:  # the head of an IGO serves it and has no country
        assert person["sector"] == sector and not person.get("country")


def test_the_text_wins_over_the_table(run: Run) -> None:
    record = run("Ukraine has been condemned for President Dmitry Medvedev's decree.")
    [person] = [a for a in record.actors if a["kind"] == "person"]
    assert person["country"] == "UKR" and "country_basis" not in person


def test_a_surname_alone_is_not_placed(run: Run) -> None:
    record = run("President Kim said the talks would go on.")
    assert all(not a.get("country") for a in record.actors if a["kind"] == "person")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Bush said the talks would go on.", "USA"),  # both Bushes are American
        ("Prime Minister Gandhi said the talks would go on.", "IND"),
    ],
)
def test_a_titled_surname_of_one_country_is_placed(run: Run, text: str, country: str) -> None:
    [person] = [a for a in run(text).actors if a["kind"] == "person"]
    assert (person["country"], person["country_basis"]) == (country, "leaders table")


def test_an_untitled_surname_is_not_placed(run: Run) -> None:
    record = run("Mr Bush said the talks would go on.")
    assert all(not a.get("country") for a in record.actors if a["kind"] == "person")


@pytest.mark.parametrize(
    "text",
    [
        "King Hussein said the talks would go on.",  # a given name, not Saddam Hussein's
        "General Zia said the talks would go on.",  # Zia-ul-Haq or Khaleda Zia
    ],
)
def test_a_royal_given_name_or_a_shared_surname_is_not_placed(run: Run, text: str) -> None:
    record = run(text)
    assert all(not a.get("country") for a in record.actors if a["kind"] == "person")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Reagan administration sold arms to Iran.", "USA"),
        ("The Mubarak government banned the rally.", "EGY"),
    ],
)
def test_a_leader_named_on_the_government_he_heads_is_placed(
    run: Run, text: str, country: str
) -> None:
    [person] = [a for a in run(text).actors if a["kind"] == "person"]
    assert (person["country"], person["country_basis"]) == (country, "leaders table")


def test_a_surname_shared_across_countries_stays_unplaced(run: Run) -> None:
    [person] = [a for a in run("The Kim government tested a missile.").actors]
    assert person.get("country") is None
