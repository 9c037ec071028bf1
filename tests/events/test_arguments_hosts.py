"""A host and a guest: the PLOVER manual codes the visitor as the actor, the host as the
recipient, whichever of them the sentence makes its subject."""

from __future__ import annotations

import pytest

from tests.events.coding import event_countries, first_event


def _pair(text: str) -> tuple[list[str | None], list[str | None]]:
    return event_countries(text, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian Prime Minister Viktor Orban received his Slovak counterpart Mikulas "
        "Dzurinda in Budapest for talks on the rights of ethnic Hungarians.",
        "Slovak Prime Minister Mikulas Dzurinda was received by Hungarian Prime Minister "
        "Viktor Orban in Budapest on Monday.",
        "Hungary's prime minister played host to the Slovak president in Budapest.",
    ],
)
def test_the_visitor_is_the_source(text: str) -> None:
    assert _pair(text) == (["SVK"], ["HUN"])


def test_a_host_of_talks_between_others_stays_the_source() -> None:
    sources, targets = _pair("Morocco hosted talks between Israel and Syria.")
    assert sources == ["MAR"]
    assert set(targets) == {"ISR", "SYR"}


def test_troops_offered_for_a_mission_go_to_its_host() -> None:
    text = (
        "Fiji volunteered an infantry battalion for the U.N. peacekeeping mission in "
        "southern Lebanon, the military commander in Suva said."
    )
    assert event_countries(text, "AGREE")[1] == ["LBN"]


def test_a_welcome_for_a_guest_is_the_guests_visit() -> None:
    for text in (
        "Malaysia rolled out the red carpet for visiting South African President Nelson Mandela.",
        "Malaysia rolled out the red carpet for Nelson Mandela.",
    ):
        visit = first_event(text, "CONSULT")
        assert (visit["source"], visit["target"]) == (["person:nelson-mandela"], ["MYS"]), text
