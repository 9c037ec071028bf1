"""Sources a clause inherits, stative "be committed to", and named bodies placed at home."""

from __future__ import annotations

from typing import Any

from tests.events.coding import coded


def _table(text: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    record = coded(text)
    return record.events, {a["id"]: a for a in record.actors}


def test_a_participle_after_a_passive_acts_through_its_agent() -> None:
    events, actors = _table(
        "A camp for refugees was attacked by Burundian militiamen, killing at least 156 people."
    )
    killing = next(e for e in events if e["trigger"] == "killing")
    assert [actors[s]["country"] for s in killing["source"]] == ["BDI"]


def test_a_participle_after_an_active_verb_keeps_its_subject() -> None:
    events, actors = _table("Serbian police raided the village, killing three men.")
    killing = next(e for e in events if e["trigger"] == "killing")
    assert [actors[s].get("country") for s in killing["source"]] == ["SRB"]


def test_the_subject_of_is_committed_to_is_the_one_committed() -> None:
    events, _ = _table("The minister said Vietnam is committed to opening up the economy.")
    agree = next(e for e in events if e["type"] == "AGREE")
    assert agree["source"] == ["VNM"] and "VNM" not in agree["target"]


def test_a_real_passive_still_makes_its_subject_the_target() -> None:
    events, _ = _table("Russia has been condemned by the European Union for the decree.")
    accuse = next(e for e in events if e["type"] == "ACCUSE")
    assert "RUS" in accuse["target"] and "RUS" not in accuse["source"]


def test_a_named_body_a_state_represses_is_placed_in_that_state() -> None:
    events, actors = _table("A court in Tehran ordered the closure of the reformist daily Shargh.")
    coerce = next(e for e in events if e["type"] == "COERCE")
    [target] = coerce["target"]
    assert (actors[target]["kind"], actors[target]["country"]) == ("media", "IRN")
    assert actors[target]["country_basis"] == "context"


def test_a_named_body_in_a_sentence_of_two_countries_is_not_placed() -> None:
    events, actors = _table(
        "Russian police raided the offices of the oil company Yukos, a Swiss court said."
    )
    coerce = next(e for e in events if e["type"] == "COERCE")
    assert all(not actors[t].get("country") for t in coerce["target"])
