"""Ministries placed by their seat ("the finance ministry in Athens")."""

from __future__ import annotations

import pytest

from .conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "phrase", "government"),
    [
        (
            "The finance ministry in Athens turned down the demands.",
            "The finance ministry",
            "gov:GRC",
        ),
        ("Officials at the foreign ministry in Moscow said so.", "the foreign ministry", "gov:RUS"),
        ("The interior ministry in Iraq banned the rally.", "The interior ministry", "gov:IRQ"),
    ],
)
def test_a_ministry_in_a_capital_or_state_is_its_government(
    run: Run, text: str, phrase: str, government: str
) -> None:
    found = by_text(run, text)
    assert found.get(phrase, {}).get("id") == government, found


def test_a_ministry_in_a_town_or_a_month_is_not_placed(run: Run) -> None:
    assert "The finance ministry" not in by_text(run, "The finance ministry in March said so.")
    found = by_text(run, "The finance ministry in Lagos said so.")
    assert found.get("The finance ministry", {}).get("kind") != "government", found


@pytest.mark.parametrize(
    ("text", "phrase", "government"),
    [
        (
            "Azerbaijan's foreign ministry called it a practical step.",
            "foreign ministry",
            "gov:AZE",
        ),
        ("Russia’s Defence Ministry said the drills were over.", "Defence Ministry", "gov:RUS"),
        ("Moscow's foreign ministry summoned the envoy.", "foreign ministry", "gov:RUS"),
    ],
)
def test_a_states_own_ministry_is_its_government(
    run: Run, text: str, phrase: str, government: str
) -> None:
    found = by_text(run, text)
    assert found.get(phrase, {}).get("id") == government, found
    assert any(a["kind"] == "state" for a in found.values())  # the state keeps its mention


def test_a_ministry_of_a_region_is_not_a_states(run: Run) -> None:
    # a region's ministry is not its state's government (GE-AB is in GEO, GB-SCT in GBR)
    for text in ("Abkhazia's foreign ministry said so.", "Scotland's finance ministry said so."):
        found = by_text(run, text)
        assert any(a["kind"] == "region" for a in found.values()), found
        assert not any(a["kind"] == "government" for a in found.values()), found
