"""Court-ordered payments and findings of liability: SANCTION `convict` (the PLOVER manual:
"court-ordered payments should be coded as SANCTION events with the ... court as actor and
guilty party as recipient"), not a request, an accusation or a restriction."""

from __future__ import annotations

import pytest

from tests.events.coding import event_countries, first_event, types_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A court in France ordered Libya to pay compensation to the families.", "LBY"),
        ("A court in Paris ordered the Libyan government to pay damages.", "LBY"),
        ("A federal judge in the United States held Iran liable for the bombing.", "IRN"),
        ("A French court had found the Libyan state liable for the bombing.", "LBY"),
        ("The International Court of Justice found Uganda liable for the invasion.", "UGA"),
    ],
)
def test_a_courts_order_to_pay_or_finding_of_liability_is_a_sanction(
    text: str, target: str
) -> None:
    assert "SANCTION" in types_of(text)
    assert first_event(text, "SANCTION")["mode"] == "convict"
    assert event_countries(text, "SANCTION")[1] == [target]


def test_the_ones_paid_are_no_target_of_the_order() -> None:
    text = "A court in France ordered Libya to pay compensation to the families of the victims."
    assert event_countries(text, "SANCTION")[1] == ["LBY"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a state holding another responsible blames it; no court has ruled
        ("Israel held Syria responsible for the attack.", "ACCUSE"),
        # an order to pay from no court is a demand
        ("The UN ordered Iraq to pay compensation to Kuwait.", "REQUEST"),
    ],
)
def test_the_same_words_without_a_court_keep_their_type(text: str, etype: str) -> None:
    assert types_of(text) == [etype]
