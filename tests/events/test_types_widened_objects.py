"""Objects a trigger row was widened to take: what a state defends is its support for the
act's maker ("defended Lukashenko's disputed referendum")."""

from __future__ import annotations

import pytest

from tests.events.coding import event_countries


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kremlin defended President Alexander Lukashenko's disputed referendum.", "BLR"),
        ("China defended Pakistan's crackdown in Baluchistan.", "PAK"),
        ("Russia defended the Syrian government's operation in Idlib.", "SYR"),
    ],
)
def test_defending_an_act_supports_its_maker(text: str, target: str) -> None:
    sources, targets = event_countries(text, "SUPPORT")
    assert targets == [target] and sources and target not in sources
