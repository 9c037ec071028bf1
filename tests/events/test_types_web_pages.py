"""Web pages that are not news use the lexicon's verbs for products and services: an offer
of wines or a rebate is no political offer, "this allows employees to" no concession, "Get
ready to explore" no commitment. The political readings still code."""

from __future__ import annotations

import pytest

from .coding import coded, types_of


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Italy offers many wines, from rich reds to crisp whites.", "AGREE"),
        ("The Federal Government offers subsidized premiums on crop insurance.", "AGREE"),
        ("Georgia Power is currently offering a 50-percent instant rebate.", "AGREE"),
        ("PTO allows employees to rest, recharge and be more productive.", "CONCEDE"),
        ("This flexibility allows students in Germany to balance their studies.", "CONCEDE"),
        ("Get ready to explore the best social media marketing agencies in the USA.", "AGREE"),
    ],
)
def test_no_event_from_a_product_or_a_thing(text: str, etype: str) -> None:
    assert etype not in types_of(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Egypt offered to mediate between Israel and Hamas.", "AGREE"),
        ("Russia offered troops and aid to Serbia.", "AGREE"),
        ("The junta in Myanmar allowed the opposition leader to travel abroad.", "CONCEDE"),
        ("Dissidents in Cuba were allowed to leave the country.", "CONCEDE"),
        ("Nicaragua charged that they let Contra rebels operate from Honduras.", "CONCEDE"),
        ("Iran is ready to resume talks with the IAEA.", "AGREE"),
    ],
)
def test_the_political_readings_still_code(text: str, etype: str) -> None:
    assert etype in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine is a Denver-based digital marketing agency helping brands in Colorado.",
        "The purpose of these materials is to help future public school teachers of Spanish.",
        "Our Atlanta-based team is ready to help you roll out what you want.",
    ],
)
def test_no_aid_or_commitment_from_a_thing_or_a_place_it_is_based_in(text: str) -> None:
    assert not {"AID", "AGREE"} & set(types_of(text))


def test_a_place_a_body_is_based_in_is_not_the_body() -> None:
    # "the German-based charity" is the charity, not Germany
    record = coded(
        "Taliban religious police in Kabul detained 24 staff members of the German-based "
        "charity Shelter Now International."
    )
    parties = {a for e in record.events for a in (*e["source"], *e["target"])}
    assert "DEU" not in parties and parties


def test_helping_is_still_aid_when_someone_helps() -> None:
    assert "AID" in types_of("Norway helped Sudan rebuild its schools.")
