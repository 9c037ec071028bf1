"""The widened leaders table (leaders.tsv): heads of state and government, ministers and
movement leaders of 1980-2025 whom the text names without a country are placed by it, in
sentences written like wire copy; surnames shared across countries stay unplaced."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Run


def _people(run: Run, text: str) -> list[dict[str, Any]]:
    return [a for a in run(text).actors if a["kind"] == "person" and not a.get("anonymous")]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Charles Taylor told reporters on Tuesday that the war was over.", "LBR", "GOV"),
        ("Jonas Savimbi rejected the election results.", "AGO", "REB"),
        ("Yoweri Museveni and Joseph Kony were blamed for the failure of the talks.", "UGA", "GOV"),
        ("Farouk al-Shara arrived for the talks on Monday.", "SYR", "GOV"),
        ("Tariq Aziz said the inspectors would be allowed back.", "IRQ", "GOV"),
        ("Eduard Shevardnadze appealed for calm after the clashes.", "GEO", "GOV"),
        ("Chandrika Kumaratunga called for fresh talks with the rebels.", "LKA", "GOV"),
        ("Raul Cedras agreed to step down on Sunday.", "HTI", "MIL"),
        ("Boris Yeltsin and Leonid Kuchma signed the treaty.", "RUS", "GOV"),
        ("Hassan Nasrallah said the group would respond.", "LBN", "REB"),
        ("Abimael Guzman was captured in a Lima safe house.", "PER", "REB"),
    ],
)
def test_leader_is_placed(run: Run, text: str, country: str, sector: str) -> None:
    person = _people(run, text)[0]
    assert (person["country"], person["country_basis"], person["sector"]) == (
        country,
        "leaders table",
        sector,
    )


def test_two_leaders_of_two_states(run: Run) -> None:
    people = _people(run, "Ehud Barak and Yasser Arafat met at Camp David with Bill Clinton.")
    assert {p["name"]: p["country"] for p in people} == {
        "Ehud Barak": "ISR",
        "Yasser Arafat": "PSE",
        "Bill Clinton": "USA",
    }


def test_an_igo_official_serves_the_body(run: Run) -> None:
    [person] = _people(run, "In Vienna, Mohamed ElBaradei said the inspections would go on.")
    assert person["sector"] == "IGO" and not person.get("country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Foreign Minister Kozyrev said the talks would go on.", "RUS"),
        ("President Chissano said the talks would go on.", "MOZ"),
    ],
)
def test_a_titled_surname_of_one_country_is_placed(run: Run, text: str, country: str) -> None:
    [person] = _people(run, text)
    assert (person["country"], person["country_basis"]) == (country, "leaders table")


@pytest.mark.parametrize(
    "text",
    [
        # Saudi Arabia's and Jordan's kings are both "King Abdullah": no lone leader of one
        # state may own the name.
        "King Abdullah said the talks would go on.",
        # Bolivia's Evo Morales and Guatemala's Jimmy Morales.
        "President Morales said the talks would go on.",
    ],
)
def test_a_surname_of_two_countries_is_not_placed(run: Run, text: str) -> None:
    assert all(not p.get("country") for p in _people(run, text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Agencies spell the same leader their own way: AP drops the article, AFP writes
        # French transliterations, wire copy shortens a name to its best-known part.
        ("Bashar Assad met the envoys on Monday.", "SYR"),
        ("Moamer Kadhafi warned the rebels on Monday.", "LBY"),
        ("Tayyip Erdogan said the operation would go on.", "TUR"),
        ("Aleksandr Lukashenko said the border would stay closed.", "BLR"),
    ],
)
def test_wire_spellings_are_placed(run: Run, text: str, country: str) -> None:
    person = _people(run, text)[0]
    assert (person["country"], person["country_basis"]) == (country, "leaders table")
