"""The long tail of wire wording: phrasal verbs, rarer synonyms and the frames they need
(walking away from talks, turning to a state for a loan, acting as mediator), and the limits
that keep them from coding non-events."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def test_walking_away_from_talks_is_a_rejection() -> None:
    # The parser hangs "from the negotiations" on the adverb "away", not on the verb.
    assert "REJECT" in _types("Hamas walked away from the negotiations with Israel.")


def test_walking_away_from_an_accident_is_no_rejection() -> None:
    assert "REJECT" not in _types("The driver walked away from the crash with minor cuts.")


def test_turning_to_a_state_for_a_loan_asks_but_turning_down_a_request_refuses() -> None:
    assert "REQUEST" in _types("Zambia turned to China for a loan.")
    types = _types("Saudi Arabia turned down an Iraqi request for an emergency loan.")
    assert "REJECT" in types and "REQUEST" not in types


def test_acting_as_mediator_consults_but_an_arms_intermediary_does_not() -> None:
    assert "CONSULT" in _types("Egypt acted as mediator between Israel and Hamas.")
    text = "Missiles were funnelled to the rebels, with Pakistan acting as the intermediary."
    assert "CONSULT" not in _types(text)


def test_curbs_the_parser_reads_as_relaxed_are_not_imposed() -> None:
    # "relaxed" parsed as an adjective on "curbs": no curbs are imposed here.
    assert "COERCE" not in _types("Indonesia's new government relaxed curbs on the press.")
    assert "COERCE" in _types("China imposed curbs on the press of Hong Kong.")


def test_an_insult_a_bill_would_punish_is_no_accusation() -> None:
    text = "Malawi dropped a bill making it a crime for newspapers to insult the president."
    assert "ACCUSE" not in [e["type"] for e in coded(text).events]
