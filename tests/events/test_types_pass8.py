"""The eighth pass over event types: promises of concessions, and the wordings sets 13 and 14
of the development sentences showed missing (each test fails without its lexicon row or
frame)."""

from __future__ import annotations

from tests.events.coding import first_event, types_of


def test_a_promise_to_call_off_a_protest_is_a_concession() -> None:
    # The manual: CONCEDE covers "the promise of future concessions ... suspending protests".
    text = "The opposition party promised to suspend its campaign of general strikes."
    assert types_of(text) == ["CONCEDE"]
    assert first_event(text, "CONCEDE")["cameo"] == "035"
    assert "CONCEDE" in types_of("Farmers' leaders pledged to halt their protest marches on Quito.")
    assert "CONCEDE" in types_of("Rebels in Yemen vowed to free the two German tourists.")


def test_a_promise_of_cooperation_or_reform_stays_an_agreement() -> None:
    assert types_of("Japan promised to send aid to Indonesia.") == ["AGREE"]
    # CAMEO 034, intent to institute political reform, is AGREE.
    assert types_of("Niger's military council pledged to restore multiparty democracy.") == [
        "AGREE"
    ]
    # Agreeing to yield is left to AGREE, as the PLOVER records code it.
    text = "Opposition leaders in Azerbaijan agreed to postpone the demonstration in Baku."
    assert types_of(text) == ["AGREE"]


def test_a_promise_to_release_money_is_aid_promised() -> None:
    # Releasing euros or dollars is aid (CAMEO 071), not a release of persons.
    assert types_of("The European Commission released 1.2 billion euros for Ukraine.") == ["AID"]
    text = "The European Commission promised to release 1.2 billion euros for Ukraine."
    assert types_of(text) == ["AGREE"]
