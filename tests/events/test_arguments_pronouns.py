"""Events whose actor the text names only by a pronoun."""

from __future__ import annotations

from tests.events.coding import event_countries, first_event


def test_a_pronoun_subject_acts_for_the_person_named_before() -> None:
    text = (
        "Defense Secretary Mark Esper arrived in Hanoi on Tuesday. He urged Vietnam and "
        "others in the region to push back."
    )
    assert first_event(text, "REQUEST")["source"] == ["person:mark-esper"]
    text = "Prime Minister Tony Blair visited Iraq, where he praised British troops."
    assert event_countries(text, "SUPPORT") == (["GBR"], ["GBR"])


def test_a_pronoun_object_is_the_other_person() -> None:
    text = (
        "Russian President Vladimir Putin met French President Emmanuel Macron in Moscow. "
        "He thanked him for the visit."
    )
    event = first_event(text, "SUPPORT")
    assert (event["source"], event["target"]) == (
        ["person:vladimir-putin"],
        ["person:emmanuel-macron"],
    )


def test_it_after_a_sentence_about_a_state_body_is_that_body() -> None:
    text = "NATO held talks in Brussels on Monday. It later warned Russia against any incursion."
    assert first_event(text, "THREATEN")["source"] == ["NATO"]


def test_a_pronoun_subjects_conjuncts_act_with_it() -> None:
    text = "Ukraine's president said that he and Putin had agreed to a ceasefire."
    assert first_event(text, "AGREE")["source"] == [
        "person:anon:ukr-president",
        "person:putin",
    ]
    assert event_countries("France said it and Germany would send troops to Mali.", "AGREE") == (
        ["FRA", "DEU"],
        ["MLI"],
    )
