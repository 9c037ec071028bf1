"""Whom a threat is aimed at when the act threatened is the threat's reported clause: the
subject of that clause's condition ("warned that it would ... if the opposition ...")."""

from __future__ import annotations

import pytest

from tests.events.coding import target_countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Chile's president warned that he would invoke emergency powers if Bolivia "
            "pressed ahead with its claim.",
            "BOL",
        ),
        (
            "Japan warned that it would reconsider its ties unless Armenia and "
            "Azerbaijan stopped fighting.",
            "ARM",
        ),
        (
            "An Indian general warned that New Delhi would not hesitate to use its full "
            "might if Pakistan attacked again.",
            "PAK",
        ),
    ],
)
def test_condition_of_a_reported_threat(text: str, country: str) -> None:
    assert country in target_countries(text, "THREATEN")
