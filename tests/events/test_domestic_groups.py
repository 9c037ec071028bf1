"""Unplaced groups that deal with one state's own authorities are that state's, and a
surrender's fighters are its source."""

from __future__ import annotations

from tests.events.coding import coded, event_countries

_countries = event_countries


def test_rebels_surrendering_to_one_states_army_are_its_own() -> None:
    text = (
        "About 200 Muslim rebels surrendered to the Philippine army on the southern island "
        "of Mindanao on Friday."
    )
    assert _countries(text, "RETREAT") == (["PHL"], ["PHL"])


def test_a_group_in_a_sentence_of_two_countries_stays_unplaced() -> None:
    text = "Hundreds of rebels surrendered to Philippine and Malaysian troops on Sunday."
    assert _countries(text, "RETREAT")[0] == [None]


def test_western_governments_are_no_one_states() -> None:
    text = (
        "Inspectors from the Organisation for the Prohibition of Chemical Weapons are "
        "investigating the alleged chlorine attack in Douma, which Western governments have "
        "blamed on Syrian government forces."
    )
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    blame = [e for e in record.events if e["trigger"] == "blamed"]
    assert blame
    assert all(table[s].get("country") != "SYR" for e in blame for s in e["source"])


def test_the_fighters_of_a_surrender_are_its_source() -> None:
    text = (
        "The surrender of some 400 UNITA fighters to Angolan government troops in Moxico "
        "province was announced by the army command in Luanda on Friday."
    )
    assert _countries(text, "RETREAT")[0] == ["AGO"]
