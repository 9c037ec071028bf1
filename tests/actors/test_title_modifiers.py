"""Titles whose body stands several words before them, and titles the table was missing."""

from __future__ import annotations

from tests.actors.conftest import Run, by_text


def test_a_body_before_the_title_counts_across_the_title_s_own_modifiers(run: Run) -> None:
    # "human" qualifies "rights", which qualifies "envoy": "U.N." is still the envoy's body
    found = by_text(run, "U.N. human rights envoy Paulo Sergio Pinheiro visited Rangoon.")
    envoy = next(a for a in found.values() if a.get("role") == "envoy")
    assert (envoy.get("country"), envoy.get("sector")) == (None, "IGO")


def test_the_us_trade_representative_is_an_american_official(run: Run) -> None:
    found = by_text(run, "U.S. Trade Representative Carla Hills met Japanese officials.")
    hills = found["Carla Hills"]
    assert (hills["country"], hills["sector"], hills["role"]) == (
        "USA",
        "GOV",
        "Trade Representative",
    )


def test_an_attorney_general_is_a_law_officer_not_a_general(run: Run) -> None:
    found = by_text(run, "Israel's Attorney General Avichai Mandelblit indicted the mayor.")
    officer = found["Avichai Mandelblit"]
    assert (officer["country"], officer["sector"]) == ("ISR", "JUD")
    # a general is still military
    found = by_text(run, "General Qassem Soleimani was killed in Baghdad.")
    assert found["Qassem Soleimani"]["sector"] == "MIL"


def test_a_name_on_a_crossing_or_checkpoint_is_no_person(run: Run) -> None:
    for text in ("Egypt reopened the Rafah crossing.", "Israel closed the Erez checkpoint."):
        assert not [a for a in run(text).actors if a["kind"] == "person"], text


def test_an_office_of_a_subdivision_is_of_its_state(run: Run) -> None:
    # A US state names no actor of its own, but its governor is an American official.
    found = by_text(run, "Texas Governor Greg Abbott deployed the National Guard.")
    assert (found["Greg Abbott"]["country"], found["Greg Abbott"]["sector"]) == ("USA", "GOV")
    found = by_text(run, "Kano State Governor Abdullahi Ganduje visited the market.")
    assert found["Abdullahi Ganduje"]["country"] == "NGA"
    # after "of", and two states' governors stay two people
    record = run("The governor of California and the Texas governor met on Monday.")
    governors = [a for a in record.actors if a.get("role") == "governor"]
    assert sorted((a["id"], a["country"]) for a in governors) == [
        ("person:anon:us-ca-governor", "USA"),
        ("person:anon:us-tx-governor", "USA"),
    ]


def test_an_abbreviated_rank_is_a_title(run: Run) -> None:
    # the tokenizer keeps "Gen." whole in running text but splits the table's "gen."
    found = by_text(run, "Lt. Gen. Prosper Avril resigned to allow Haiti's first elections.")
    avril = found["Prosper Avril"]
    assert (avril["sector"], avril["country"]) == ("MIL", "HTI")
    assert by_text(run, "Brig. Gen. Ali Musa spoke.")["Ali Musa"]["sector"] == "MIL"
