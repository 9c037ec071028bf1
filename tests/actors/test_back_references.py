"""'The council', 'the alliance', 'the bloc': an organisation named just before, by its noun."""

from __future__ import annotations

import pytest

from faultline.actors.back_references import name_head
from tests.events.coding import first_event

from .conftest import Run


def _actors_of(run: Run, text: str, word: str) -> list[str]:
    return [m["actor"] for m in run(text).mentions if m["text"] == word]


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        (
            "The UN Security Council voted on Tuesday to extend the panel's mandate. "
            "The council also demanded that the warring parties allow aid into El Fasher.",
            "The council",
            "UNSC",
        ),
        (
            "NATO began an exercise over Lithuania. Russia condemned the alliance.",
            "the alliance",
            "NATO",
        ),
        (
            "The European Union imposed sanctions on Belarus. The bloc froze assets.",
            "The bloc",
            "EU",
        ),
        (
            "The International Atomic Energy Agency sent inspectors to Iran. "
            "Tehran accused the agency of spying.",
            "the agency",
            "IAEA",
        ),
    ],
)
def test_the_noun_refers_back_to_the_organisation(
    run: Run, text: str, phrase: str, actor: str
) -> None:
    assert _actors_of(run, text, phrase) == [actor]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # another council is named in between: the nearer one is meant
        (
            "The UN Security Council met on Monday. The town council of Goma condemned the "
            "killings. The council said nothing else.",
            "The council",
        ),
        # a name of its own after the noun
        ("The European Union met in Brussels. The Council of Europe criticised it.", "The Council"),
        # too far back: four sentences between
        (
            "NATO met in Brussels. Talks went on. Ministers ate. Reporters waited. "
            "Nobody spoke. The alliance said nothing.",
            "The alliance",
        ),
        # no organisation of that noun named before
        ("The council met in Goma on Monday after the killings.", "The council"),
    ],
)
def test_no_back_reference_without_a_clear_antecedent(run: Run, text: str, phrase: str) -> None:
    assert _actors_of(run, text, phrase) == []


def test_head_noun_of_a_name() -> None:
    assert name_head("United Nations Security Council") == "council"
    assert name_head("Court of Justice of the European Union") == "court"
    assert name_head("Frontex") is None  # the name is its own noun
    assert name_head("United Nations Mission in Sudan") == "mission"
    assert name_head("International Organisation for Migration") == "organization"
    assert name_head("United Nations") is None  # "the nations" refers to no body


def test_the_councils_demand_has_the_council_as_its_source() -> None:
    event = first_event(
        "The UN Security Council voted on Tuesday to extend the mandate of the panel. The "
        "council also demanded that the warring parties allow humanitarian aid to reach the "
        "city of El Fasher, where the United Nations says thousands of civilians are trapped.",
        "REQUEST",
    )
    assert event["source"] == ["UNSC"]
