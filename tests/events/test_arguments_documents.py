"""What a signed document does, its signatories do; access is given to others."""

from __future__ import annotations

from .coding import coded, event_countries


def test_a_signed_deal_that_lets_inspectors_in_is_the_signatorys_act() -> None:
    text = "Iran signed a deal that allows UN inspectors into its nuclear sites."
    event = next(e for e in coded(text).events if e["type"] == "RETREAT")
    assert event["source"] == ["IRN"]


def test_a_vetoed_draft_does_not_speak_for_its_vetoer() -> None:
    text = (
        "The United States vetoed a draft resolution that would have called on Israel to "
        "halt construction."
    )
    requests = [e for e in coded(text).events if e["type"] == "REQUEST"]
    assert all("USA" not in e["source"] for e in requests)


def test_letting_ones_own_forces_train_gives_no_access() -> None:
    text = (
        "Japan and the Philippines signed a reciprocal access agreement on Monday that "
        "allows their forces to train on each other's territory."
    )
    assert [e["type"] for e in coded(text).events] == ["SUPPORT", "SUPPORT"]


def test_opening_ones_own_crossings_still_gives_access() -> None:
    text = "Israel opened its crossings into the Gaza Strip to let in trucks carrying food."
    assert event_countries(text, "RETREAT") == (["ISR"], ["PSE"])
