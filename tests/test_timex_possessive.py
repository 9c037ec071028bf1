"""A yearless date in the year a possessive before it names ("this year's April 15
deadline"), whichever way the tense points."""

from __future__ import annotations

from datetime import date

import pytest

from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import annotate


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("File before this year's April 15 due date.", "April 15", "2025-04-15"),
        ("Voters still recalled last year's March 3 election.", "March 3", "2024-03-03"),
        ("Talks on next year's June budget began.", "June", "2026-06"),
    ],
)
def test_year_named_by_a_possessive(text: str, surface: str, value: str) -> None:
    found = annotate(load_model(Settings().model)(text), date(2025, 1, 17))
    assert {t["text"]: t["value"] for t in found}[surface] == value
