"""Whose thing a refusal turns away when the parser hangs the thing's "by" on the active
verb: the thing's maker."""

from __future__ import annotations

import pytest

from tests.events.coding import target_countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cuba on Friday rejected an offer by Spain, Italy and Portugal that would have "
         "given it new credits.", "ESP"),
        ("Syria on Monday rejected a proposal by Britain, France and Italy that would have "
         "given it economic aid.", "ITA"),
    ],
)  # fmt: skip
def test_maker_of_a_rejected_thing(text: str, country: str) -> None:
    assert country in target_countries(text, "REJECT")
