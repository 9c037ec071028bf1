"""An object noun the parser reads as a clause under a name used as its modifier ("accepted
an African Union offer to mediate") is still the object."""

from __future__ import annotations

from tests.events.coding import coded


def _agree(text: str) -> list[tuple[list[str | None], list[str | None]]]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return [
        (
            [table[s].get("country") or table[s].get("kind") for s in e["source"]],
            [table[t].get("country") or table[t].get("kind") for t in e["target"]],
        )
        for e in record.events
        if e["type"] == "AGREE"
    ]


def test_an_offer_named_by_its_maker_is_accepted() -> None:
    text = (
        "Sudan's government accepted an African Union offer to mediate with rebel groups in Darfur."
    )
    assert (["SDN"], ["igo"]) in _agree(text)


def test_a_subjunctive_clause_is_no_object() -> None:
    record = coded("The United States insisted that Iraq accept the inspectors.")
    assert not [e for e in record.events if e["trigger"] == "insisted" and e["type"] == "AGREE"]
