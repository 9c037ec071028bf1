"""The ninth pass over event types: saying that another spied charges it with espionage, and
records passed to investigators by a state share intelligence (each test fails without its
lexicon row and the clause requirement)."""

from __future__ import annotations

from tests.events.coding import first_event, types_of


def test_saying_that_another_spied_accuses_it_of_espionage() -> None:
    text = "Chinese security officials said a Taiwanese businessman had been spying for Taipei."
    assert types_of(text) == ["ACCUSE"]
    assert first_event(text, "ACCUSE")["cameo"] == "1125"
    text = "Russia's FSB said a British diplomat had recruited Russian officials to spy for London."
    assert types_of(text) == ["ACCUSE"]


def test_spying_only_named_or_denied_is_no_charge() -> None:
    # Spying as the reason of an expulsion is coded by the expulsion alone.
    text = "Switzerland said it had expelled two Russian diplomats for spying."
    assert types_of(text) == ["SANCTION"]
    text = "The minister said the new satellite would not be used to spy on neighbours."
    assert "ACCUSE" not in types_of(text)


def test_records_passed_to_investigators_by_a_state_share_intelligence() -> None:
    text = (
        "The passing of bank records to U.S. investigators by the United Arab Emirates was "
        "confirmed on Thursday."
    )
    assert types_of(text) == ["COOPERATE"]
    assert first_event(text, "COOPERATE")["cameo"] == "064"
