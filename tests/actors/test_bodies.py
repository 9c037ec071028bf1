"""Named bodies known by the noun before them (actors/bodies.py)."""

from __future__ import annotations

import pytest

from tests.actors.conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "name", "kind", "sector", "country"),
    [
        ("Tax police raided the offices of the oil company Yukos.", "Yukos", "org", "BUS", None),
        (
            "A court ordered the closure of the reformist daily Shargh.",
            "Shargh",
            "media",
            "MED",
            None,
        ),
        ("The government closed the Iranian daily Kayhan.", "Kayhan", "media", "MED", "IRN"),
        ("The army banned the opposition newspaper La Prensa.", "La Prensa", "media", "MED", None),
        ("The government banned the Islamist party Refah.", "Refah", "org", "PTY", None),
    ],
)
def test_a_name_after_a_body_noun_is_that_body(
    run: Run, text: str, name: str, kind: str, sector: str, country: str | None
) -> None:
    actor = by_text(run, text)[name]
    assert (actor["kind"], actor["sector"], actor.get("country")) == (kind, sector, country)


def test_a_body_noun_without_a_name_makes_no_body(run: Run) -> None:
    actors = run("The newspaper said the company would appeal.").actors
    assert not [a for a in actors if a["kind"] in ("media", "org")]


def test_a_capital_at_the_sentence_start_before_a_collective_is_no_person(run: Run) -> None:
    actors = by_text(run, "Riot police beat opposition supporters in Harare on Thursday.")
    assert not [a for a in actors.values() if a["kind"] == "person"]
    police = next(a for t, a in actors.items() if "police" in t)
    assert police["country"] == "ZWE"


@pytest.mark.parametrize(
    ("text", "name", "sector", "country"),
    [
        (
            "The Kenya Human Rights Foundation condemned the arrests.",
            "Kenya Human Rights Foundation",
            "NGO",
            "KEN",
        ),
        (
            "The Association of African Jurists investigated the detentions.",
            "Association of African Jurists",
            "NGO",
            None,
        ),
        (
            "The Bolivian Socialist Party called for a general strike.",
            "Bolivian Socialist Party",
            "PTY",
            "BOL",
        ),
    ],
)
def test_a_name_whose_own_word_says_what_it_is_is_that_body(
    run: Run, text: str, name: str, sector: str, country: str | None
) -> None:
    mentions = by_text(run, text)
    actor = mentions[name]
    assert (actor["kind"], actor["sector"], actor.get("country")) == ("org", sector, country)
    # the state word inside the name is the body's country, no actor of the sentence
    assert not [a for a in mentions.values() if a["kind"] == "state"]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met on Tuesday.",  # "Council" names state bodies too
        "The Central Committee of the party met in Hanoi.",
    ],
)
def test_council_and_committee_names_make_no_body(run: Run, text: str) -> None:
    assert not [a for a in run(text).actors if a["id"].startswith("org:") and a["sector"] == "NGO"]


def test_a_leader_of_a_body_named_with_a_demonym_has_its_country(run: Run) -> None:
    mentions = by_text(run, "Bolivian Socialist Party leader Juan Perez called a strike.")
    assert mentions["Juan Perez"]["country"] == "BOL"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The USS Kitty Hawk sailed into the Taiwan Strait on Monday.", "USS Kitty Hawk", "USA"),
        ("Argentine aircraft struck HMS Sheffield off the Falklands.", "HMS Sheffield", "GBR"),
    ],
)
def test_a_warship_named_with_its_navys_prefix_is_that_states_military(
    run: Run, text: str, name: str, country: str
) -> None:
    actor = by_text(run, text)[name]
    assert (actor["kind"], actor["sector"], actor["country"]) == ("org", "MIL", country)


def test_a_prefix_alone_is_no_ship(run: Run) -> None:
    actors = run("The letters HMS stand for His Majesty's Ship.").actors
    assert not [a for a in actors if a.get("sector") == "MIL"]
