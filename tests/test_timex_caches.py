"""Resolution keeps what it worked out (`normalise`, and `resolve` with an anchor): asked
again, it gives the same answer, and the tense and the anchor still count."""

from __future__ import annotations

from datetime import date

from faultline.timex import normalise, resolve

THU = date(2009, 10, 15)  # a Thursday


def test_asked_again_the_same_value() -> None:
    for _ in range(2):
        assert resolve("Monday", THU, tense="past") == ("2009-10-12", "day")
        assert resolve("Monday", THU, tense="future") == ("2009-10-19", "day")
        assert resolve("Monday", date(2009, 10, 22), tense="past") == ("2009-10-19", "day")
        assert normalise("on Monday’s") == "monday"


def test_without_an_anchor_still_resolved() -> None:
    # not kept (a bare "'98" counts from today), but resolved the same way
    assert resolve("'98", None, tense=None) == ("1998", "year")
    assert resolve("Monday", None, tense="past") == (None, None)
