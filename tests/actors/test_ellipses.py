"""'The North' and 'the South' for the two Koreas."""

from __future__ import annotations

import pytest

from .conftest import Run


def _actors_of(run: Run, text: str, word: str) -> list[str]:
    rec = run(text)
    return [m["actor"] for m in rec.mentions if m["text"] == word]


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("North Korean delegates walked out of talks with the South.", "South", "KOR"),
        ("South Korea pledged fertiliser to the impoverished North.", "North", "PRK"),
        ("Seoul went on alert after the North fired a missile.", "North", "PRK"),
    ],
)
def test_a_half_of_korea_once_either_is_named(run: Run, text: str, word: str, state: str) -> None:
    assert _actors_of(run, text, word) == [state]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels in the South attacked a convoy in Sudan.", "South"),  # no Korea named
        ("South Korea sent ships to the South China Sea.", "South"),  # part of a name
        ("Seoul said the north of the country was calm.", "north"),  # lower case
    ],
)
def test_no_half_of_korea_elsewhere(run: Run, text: str, word: str) -> None:
    assert _actors_of(run, text, word) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("North and South Korea agreed to reopen the border.", {"PRK", "KOR"}),
        ("South and North Korea held talks on Friday.", {"PRK", "KOR"}),
        ("The Czech and Slovak Republics split peacefully.", {"CZE", "SVK"}),
        # West Germany is the Federal Republic (DEU), East Germany the former state DDR
        ("East and West Germany signed the treaty in 1990.", {"DDR", "DEU"}),
    ],
)
def test_the_first_half_of_a_shared_name(run: Run, text: str, states: set[str]) -> None:
    rec = run(text)
    assert {m["actor"] for m in rec.mentions} == states


@pytest.mark.parametrize(
    "text",
    [
        "Britain and South Korea signed a trade deal.",  # "Britain Korea" names nothing
        "Trade between Japan and South Korea grew.",
    ],
)
def test_no_half_where_the_joined_name_names_nothing(run: Run, text: str) -> None:
    assert "PRK" not in {m["actor"] for m in run(text).mentions}
