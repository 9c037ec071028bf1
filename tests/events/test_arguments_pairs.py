""" "The two countries", "both sides": the pair named just before is the event's parties."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "etype", "sources", "targets"),
    [
        (
            "India and Pakistan held talks in Delhi. The two countries agreed to reopen the "
            "border.",
            "AGREE",
            {"IND", "PAK"},
            {"IND", "PAK"},
        ),
    ],
)
def test_a_pair_named_just_before_is_the_events_parties(
    text: str, etype: str, sources: set[str], targets: set[str]
) -> None:
    events = [e for e in coded(text).events if e["type"] == etype]
    assert {s for e in events for s in e["source"]} == sources
    assert {t for e in events for t in e["target"]} == targets


def test_both_countries_is_the_pair_of_the_sentence_before() -> None:
    text = "India and Pakistan held talks. Both countries signed a ceasefire on Monday."
    # a truce both keep is each side's act towards the other (mutual events)
    events = [e for e in coded(text).events if e["type"] == "RETREAT"]
    assert {(s, t) for e in events for s in e["source"] for t in e["target"]} == {
        ("IND", "PAK"),
        ("PAK", "IND"),
    }


def test_a_pair_phrase_takes_regions_not_states() -> None:
    text = (
        "Russia recognised Abkhazia and South Ossetia. Moscow said it would send more aid "
        "to the two regions."
    )
    record = coded(text)
    regions = sorted(a["id"] for a in record.actors if a["kind"] == "region")
    promise = next(e for e in record.events if e["trigger"] == "send")
    assert len(regions) == 2 and sorted(promise["target"]) == regions


@pytest.mark.parametrize(
    "text",
    [
        # three states named: "the two" cannot say which
        "Russia, China and India met in Delhi. The two countries agreed to reopen the border.",
        # indefinite: not a back-reference
        "India and Pakistan held talks. Two countries agreed to reopen the border.",
    ],
)
def test_no_pair_is_guessed(text: str) -> None:
    agreements = [e for e in coded(text).events if e["type"] == "AGREE"]
    assert all(len(set(e["source"])) < 2 for e in agreements)
