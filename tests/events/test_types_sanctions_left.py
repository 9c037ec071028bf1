"""Leaving a sanctions regime eases sanctions (CAMEO 085), it withdraws no troops (0872)."""

from __future__ import annotations

import pytest

from .coding import first_event


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew from the sanctions against Iran.",
        "Russia announced its withdrawal from the arms embargo on Abkhazia.",
    ],
)
def test_leaving_sanctions_is_easing_them(text: str) -> None:
    assert first_event(text, "RETREAT")["cameo"] == "085"


@pytest.mark.parametrize(
    "text",
    [
        "Syria began its withdrawal from Lebanon.",
        "Russia withdrew from the disputed villages.",
    ],
)
def test_leaving_territory_is_still_a_military_withdrawal(text: str) -> None:
    assert first_event(text, "RETREAT")["cameo"] == "0872"
