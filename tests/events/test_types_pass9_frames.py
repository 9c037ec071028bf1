"""The ninth pass over event types, frames in code: a hyphenated noun the tokenizer splits is
matched whole, and a promise noun of a concession is the promised concession (each test fails
without its frame in events/triggers.py)."""

from __future__ import annotations

from tests.events.coding import first_event, types_of


def test_a_hyphenated_object_is_matched_whole() -> None:
    # "sit - in" is headed by "in": the sit-in called off is a protest ended, not talks.
    text = "Sam Rainsy called off his supporters' sit-in outside the National Assembly."
    assert types_of(text) == ["CONCEDE"]
    assert first_event(text, "CONCEDE")["cameo"] == "082"


def test_a_pledge_made_to_yield_is_a_promised_concession() -> None:
    # The manual: a promise of a future concession or retreat is CONCEDE; the pullback is
    # only promised, not coded as done.
    text = "Islamabad made a pledge on Sunday to pull its forces back from the Kargil heights."
    assert types_of(text) == ["CONCEDE"]
    assert first_event(text, "CONCEDE")["cameo"] == "035"
    assert types_of("The rebels made a promise to free the hostages.") == ["CONCEDE"]
    # A pledge of aid stays an agreement.
    assert types_of("Japan made a pledge to send aid to Indonesia.") == ["AGREE"]
