"""The ninth pass over event types, lexicon rows: a protest led, a protest entering a new week,
an undertaking given (each test fails without its row)."""

from __future__ import annotations

from tests.events.coding import types_of


def test_a_rally_led_is_the_leaders_protest() -> None:
    text = "Benazir Bhutto led a rally of 100,000 supporters in Lahore."
    assert types_of(text) == ["PROTEST"]
    # No light verb: an act led in the background is not made a new one.
    assert "CONSULT" not in types_of(
        "The reforms of Pakistan could lead to an agreement with India."
    )


def test_a_protest_entering_a_new_week_goes_on() -> None:
    text = "Polish nurses entered the second week of a hunger protest in the health ministry."
    assert "PROTEST" in types_of(text)
    # "enter" is no light verb: a plea entered in court is no request.
    assert types_of("The former minister entered a plea of not guilty in a court in Nairobi.") == []


def test_an_undertaking_given_is_a_promise() -> None:
    text = "Malaysia gave an undertaking to Thailand to mount joint military patrols."
    assert types_of(text) == ["AGREE"]


def test_a_state_of_emergency_announced_to_an_opponent_threatens_it() -> None:
    # The emergency placed under "place under" restricts; told as what would be done if
    # protests turned violent, it is a threat.
    text = (
        "Lucio Gutierrez, Ecuador's president, told opposition leaders that Quito would be "
        "placed under a state of emergency the moment their street protests turned violent."
    )
    assert "THREATEN" in types_of(text)
    assert "COERCE" in types_of(
        "The government of Ecuador placed Quito under a state of emergency."
    )
    # Only under a light verb: an emergency met is no act.
    assert types_of("The hospital in Quito faced an emergency on Sunday.") == []
