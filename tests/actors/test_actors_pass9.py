"""Ninth pass: "Indian" for an indigenous people of the Americas, an acronym two actors share
("RSF"), and a town's short form in the state the text names ("Vitoria")."""

from __future__ import annotations

import pytest

from tests.actors.conftest import Run


def actor_of(run: Run, text: str, words: str) -> str | None:
    return next((m["actor"] for m in run(text).mentions if words in m["text"]), None)


def ids(run: Run, text: str) -> set[str]:
    """The actors mentioned and the states they belong to."""
    record = run(text)
    countries = {a["id"]: a.get("country") for a in record.actors}
    return {m["actor"] for m in record.mentions} | {
        c for m in record.mentions if (c := countries.get(m["actor"]))
    }


@pytest.mark.parametrize(
    "text",
    [
        # A text on a state of the Americas that does not name India.
        "Bolivia's government warned that Indian farmers blocking roads near La Paz would be "
        "arrested.",
        # After the name of an indigenous people of the Americas.
        "Aymara Indian leaders marched on the capital to demand land.",
    ],
)
def test_indian_of_the_americas_is_no_india(run: Run, text: str) -> None:
    assert "IND" not in ids(run, text)


def test_indian_troops_stay_indian(run: Run) -> None:
    assert "IND" in ids(run, "Indian troops fired at Pakistani posts along the border.")


def test_indian_in_a_text_naming_india_and_an_american_state(run: Run) -> None:
    text = "India and Brazil agreed to trade more, and Indian exporters welcomed the deal."
    assert actor_of(run, text, "Indian") == "IND"


def test_rsf_in_a_text_on_sudan_is_the_rapid_support_forces(run: Run) -> None:
    text = "Fighting between the Sudanese army and the RSF spread to Darfur on Monday."
    assert actor_of(run, text, "RSF") == "org:rsf-sudan"


def test_rsf_on_journalists_stays_reporters_without_borders(run: Run) -> None:
    text = "RSF condemned the arrest of three journalists in Khartoum."
    assert actor_of(run, text, "RSF") == "org:reporters-without-borders"


def test_rsf_elsewhere_stays_reporters_without_borders(run: Run) -> None:
    assert actor_of(run, "RSF said press freedom fell in Mexico.", "RSF") == (
        "org:reporters-without-borders"
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a short form of a town in the state the text names
        ("Spanish police defused a bomb left outside the town hall in Vitoria on Friday.", "ESP"),
        # the short form keeps its own state when that is named
        ("Brazilian police in Vitoria arrested twelve people on Friday.", "BRA"),
    ],
)
def test_short_form_of_a_town(run: Run, text: str, country: str) -> None:
    record = run(text)
    place = actor_of(run, text, "Vitoria")
    assert place is not None
    actor = next(a for a in record.actors if a["id"] == place)
    assert actor["country"] == country
