"""Misspelt state names (actors/misspellings.py)."""

from __future__ import annotations

import pytest

from faultline.actors.gazetteer import gazetteer
from faultline.actors.misspellings import state_for
from faultline.actors.places import places
from tests.actors.conftest import Run


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Ethopia", "ETH"),  # a letter dropped
        ("Isreal", "ISR"),  # two swapped
        ("Afganistan", "AFG"),
        ("Venezeulan", "VEN"),  # a demonym
        ("Camerron", "CMR"),  # a letter added
    ],
)
def test_one_edit_from_one_states_name_is_that_state(word: str, state: str) -> None:
    assert state_for(word, gazetteer(), places().subnational) == state


@pytest.mark.parametrize(
    "word",
    [
        "Austria",  # a state of its own, not a misspelt Australia
        "Columbia",  # a town (and a university), not Colombia
        "Indiana",  # a US state, not a misspelt demonym
        "Lybia",  # five letters: too short to tell from a rival
        "Phillipines",  # two edits away
        "Fujian",  # a Chinese province, one letter from "Fijian"
    ],
)
def test_real_names_short_words_and_two_edits_are_left_alone(word: str) -> None:
    assert state_for(word, gazetteer(), places().subnational) in (None, gazetteer().lookup(word))


def test_an_untagged_misspelling_in_a_sentence_is_the_state(run: Run) -> None:
    record = run("Ethopia has agreed to re-open its borders to UN peacekeepers.")
    assert {m["text"]: m["actor"] for m in record.mentions}["Ethopia"] == "ETH"


def test_a_persons_name_near_a_demonym_is_not_a_state(run: Run) -> None:
    record = run("Senator Kenyon Martin said the vote would be held on Friday.")
    assert not [m for m in record.mentions if m["actor"] == "KEN"]
