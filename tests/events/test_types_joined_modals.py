"""The modal of a verb joined to a that-clause's head types the saying, as the head's own does."""

from __future__ import annotations

from .coding import first_event, types_of


def test_a_demand_in_the_second_verb_of_a_reported_clause() -> None:
    text = (
        "Russia and China abstained, saying the sanctions had failed to bring peace and "
        "should be reviewed."
    )
    assert first_event(text, "REQUEST")["source"] == ["RUS", "CHN"]


def test_a_clause_without_a_modal_demands_nothing() -> None:
    text = "Russia and China abstained, saying the sanctions had failed and had hurt civilians."
    assert "REQUEST" not in types_of(text)
