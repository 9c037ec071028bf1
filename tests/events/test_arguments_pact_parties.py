""" "China criticised the pact": the parties of the pact signed just before are the target."""

from __future__ import annotations

import pytest

from .coding import coded


def _targets(text: str, trigger: str) -> list[str]:
    return next(e for e in coded(text).events if e["trigger"] == trigger)["target"]


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        (
            "Japan and the Philippines signed a reciprocal access agreement on Monday. "
            "China's foreign ministry criticised the pact.",
            "criticised",
            ["JPN", "PHL"],
        ),
        (
            "Armenia and Azerbaijan signed a protocol to mark their border. The European "
            "Union and the United States welcomed the protocol.",
            "welcomed",
            ["ARM", "AZE"],
        ),
        (
            "Israel and the United Arab Emirates signed a peace deal at the White House. "
            "The ceremony lasted an hour. Iran condemned the deal.",
            "condemned",
            ["ISR", "ARE"],
        ),
    ],
)
def test_a_reaction_to_the_pact_targets_its_parties(
    text: str, trigger: str, parties: list[str]
) -> None:
    assert sorted(_targets(text, trigger)) == sorted(parties)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the phrase names its own party
        (
            "Russia signed a gas deal with China. The United States criticised the Iran deal.",
            "criticised",
        ),
        # indefinite: another pact
        ("Russia signed a gas deal with China. Iran condemned a deal with Iraq.", "condemned"),
        # made too long before
        (
            "Russia signed a gas deal with China. Talks began in May. Prices rose. Exports "
            "grew. Markets fell. Ukraine condemned the deal.",
            "condemned",
        ),
    ],
)
def test_no_parties_where_the_pact_is_not_plainly_that_one(text: str, trigger: str) -> None:
    assert not {"RUS", "CHN"} & set(_targets(text, trigger))
