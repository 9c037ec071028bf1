"""Verbs that real news and web pages use outside politics: releasing a letter or a product
is no release of prisoners, offering a reminder or a product no offer to anyone."""

from __future__ import annotations

import pytest

from .coding import types_of


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "President Donald Trump spoke on Monday. In December 2015, Trump released a letter "
            "from his longtime physician Dr. Harold Bornstein.",
            "RETREAT",
        ),
        ("Samsung released AirPlay support for its smart TVs in March.", "RETREAT"),
        (
            "Former President Barack Obama warned candidates against moving too far to the "
            "left. At the same time, Obama’s involvement offers a powerful reminder of the "
            "role voters will play.",
            "AGREE",
        ),
        ("Lexus Philippines offers almost all Lexus models locally.", "AGREE"),
    ],
)
def test_no_event_outside_politics(text: str, etype: str) -> None:
    assert etype not in types_of(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Iran released two British sailors on Thursday.", "RETREAT"),
        ("Russia offered Ukraine a chance to join the talks.", "AGREE"),
        ("Syria offered troops to Lebanon.", "AGREE"),
    ],
)
def test_the_political_acts_still_code(text: str, etype: str) -> None:
    assert etype in types_of(text)
