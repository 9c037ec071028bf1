"""Domestic threats and refusals: whom a state's threatened repression or refused demand
falls on, coded by that state's country as CAMEO codes domestic events."""

from __future__ import annotations

import pytest

from tests.events.coding import coded


def _dyads(text: str, etype: str) -> set[tuple[str | None, str | None]]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return {
        (table[s].get("country"), table[t].get("country"))
        for e in record.events
        if e["type"] == etype
        for s in e["source"]
        for t in e["target"]
    }


@pytest.mark.parametrize(
    ("text", "etype", "dyad"),
    [
        ("Kenyan police threatened to arrest opposition leaders.", "THREATEN", ("KEN", "KEN")),
        (
            "Nigeria's military government threatened to close down newspapers.",
            "THREATEN",
            ("NGA", "NGA"),
        ),
        (
            "Authorities in Lahore warned that a curfew would be imposed on the old city.",
            "THREATEN",
            ("PAK", "PAK"),
        ),
        (
            "President Robert Mugabe rejected calls from opposition leaders to step down.",
            "REJECT",
            ("ZWE", "ZWE"),
        ),
        (
            "The French government rejected union demands to withdraw its reform.",
            "REJECT",
            ("FRA", "FRA"),
        ),
        (
            "Taiwan put its forces on high alert as China began missile tests.",
            "MOBILIZE",
            ("TWN", "CHN"),
        ),
    ],
)
def test_domestic_threats_refusals_and_alerts(text: str, etype: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(text, etype)


def test_a_threat_abroad_gets_no_domestic_patient() -> None:
    # two countries: the threatened newspapers are placed nowhere
    dyads = _dyads("Nigeria threatened to close down newspapers, Ghana said.", "THREATEN")
    assert ("NGA", "NGA") not in dyads


def test_a_named_patient_drops_its_article_and_possessive() -> None:
    record = coded("Egypt's government threatened to dissolve the Wasat Society's party.")
    names = {a["name"] for a in record.actors if a.get("country_basis") == "context"}
    assert "Wasat Society" in names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A dusk-to-dawn curfew was imposed on the walled city of Ahmedabad on Saturday.",
            "gov:IND",
        ),
        ("Dozens of opposition activists were rounded up in overnight raids in Minsk.", "gov:BLR"),
        ("Restrictions on opposition rallies were eased in Kenya on Monday.", "gov:KEN"),
    ],
)
def test_an_agentless_state_act_is_the_government_of_its_one_country(
    text: str, source: str
) -> None:
    (event,) = coded(text).events
    assert (event["source"], event["source_implied"]) == ([source], True)


@pytest.mark.parametrize(
    "text",
    [
        "Three journalists were arrested in Iran and Iraq.",  # two countries
        "Police arrested three journalists in Iran.",  # the text names who acted
        # a demonym gives whose someone is, not where or by whom
        "The 48-year-old Australian was evicted in April.",
        "Three Iranian journalists were arrested on Tuesday.",
    ],
)
def test_no_implied_source_for_two_countries_or_a_named_actor(text: str) -> None:
    assert all(not e["source_implied"] for e in coded(text).events)


def test_violence_by_no_one_named_is_not_the_governments() -> None:
    # anyone may commit violence: its implied source is the place's unidentified attackers
    # (domestic.placed_attack), never its authorities
    rec = coded("Two German tourists were kidnapped in Yemen.")
    actors = {a["id"]: a for a in rec.actors}
    [event] = rec.events
    [source] = [actors[s] for s in event["source"]]
    assert (source["kind"], source["country"], source.get("anonymous")) == ("group", "YEM", True)
    assert "sector" not in source


def test_a_warning_that_unplaced_forces_would_strike_is_the_warners_threat() -> None:
    text = (
        "Beijing warned that its forces could impose a blockade on Taiwan if the island pressed "
        "ahead with independence."
    )
    assert _dyads(text, "THREATEN") == {("CHN", "TWN")}
