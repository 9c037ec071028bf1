"""Acts only demanded, or given as nothing: not coded as done."""

from __future__ import annotations

from tests.events.coding import coded, first_event


def test_what_a_rejected_demand_asks_is_not_done() -> None:
    for text in (
        "Egyptian President Hosni Mubarak rejected opposition demands that Prime Minister "
        "Ahmed Nazif step down.",
        "The Syrian government brushed aside opposition demands that President Bashar "
        "al-Assad step down.",
        "Syria rejected Arab League demands that President Bashar al-Assad hand power to "
        "his deputy.",
        "Egypt dismissed opposition demands on Tuesday that President Hosni Mubarak step "
        "down after three decades in power.",
    ):
        assert [e["type"] for e in coded(text).events] == ["REJECT"], text


def test_giving_nothing_is_denied() -> None:
    assert first_event("Russia offered no support to Serbia.", "AGREE")["negated"] is True
    assert first_event("Russia gave no details of the plan.", "COOPERATE")["negated"] is True
    # "no fewer than" counts, it does not deny
    assert first_event("Russia sent no fewer than 500 troops to Syria.", "AID")["negated"] is False


def test_withdrawing_from_a_region_the_parser_calls_an_organisation_is_a_retreat() -> None:
    # the NER tags "Crimea" ORG; the gazetteer knows it as a region of Ukraine
    assert first_event("Russia withdrew from Crimea.", "RETREAT")["target"] == ["UA-43"]
    assert first_event("Burundi withdrew from the ICC.", "SANCTION")["cameo"] == "161"
