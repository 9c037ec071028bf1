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
