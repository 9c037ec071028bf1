"""Whom a refused treaty turns down, and whom an inquiry into a named act suspects."""

from __future__ import annotations

import pytest

from tests.events.coding import target_countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Philippine Senate on Monday rejected a treaty that would have allowed the "
         "United States to keep its naval base at Subic Bay.", "USA"),
        ("The Philippine Senate voted down a treaty extending the lease of the U.S. naval "
         "base at Subic Bay.", "USA"),
        ("The treaty with Japan was rejected by the Chinese parliament.", "JPN"),
    ],
)  # fmt: skip
def test_the_other_party_of_a_refused_treaty(text: str, country: str) -> None:
    assert target_countries(text, "REJECT") == [country]


def test_an_inquiry_into_a_killing_suspects_the_killers() -> None:
    text = (
        "The U.N. war crimes tribunal for the former Yugoslavia opened an investigation "
        "into the killing of ethnic Albanians by Serbian police in the village of Racak."
    )
    assert target_countries(text, "ACCUSE") == ["SRB"]


def test_an_inquiry_into_a_topic_keeps_its_first_actor() -> None:
    text = (
        "Prosecutors in Rome opened an inquiry into kickbacks paid to aides of the Italian premier."
    )
    assert target_countries(text, "ACCUSE") == ["ITA"]
