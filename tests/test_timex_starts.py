"""Detection's shortcut: each detector tried only where its hits can start finds exactly
what `finditer` over the whole body finds (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

from faultline.timex import patterns as P
from faultline.timex.detection import _pattern_hits

BODY = (
    "WASHINGTON, Oct. 14 (Reuters) - The Senate voted on Tuesday, two days after the talks "
    "collapsed, and will vote again next week. In March, mid-March 2008 and the end of May the "
    "index fell; on 28 August 2008 and August 28, 2008 it rose. October last year, Monday of "
    "last week and the following Monday were quiet. The day before yesterday, that morning, "
    "a third straight day of losses: shares fell for a second consecutive trading day. Earlier "
    "this year, the end of this year, this past week. Profits fell in the autumn. FY2008, "
    "FY 09, year-end 2008, mid-year. Twenty-five years ago, a few days later, a dozen years "
    "from now, 3 weeks earlier. On 7/14/2008 and 14/7/08; since 9/11. Christmas Eve, "
    "St. Patrick's Day, New Year's Day, Valentine's Day, Black Friday sales, Easter. In the "
    "coming weeks; in Q3, Q4 of fiscal 2024. In 2008, since early 2009, by the end of 2010. The "
    "1930s, the late 1980s, the '90s. On the 3rd, by the 21st. At 3 p.m. today, 8:15 a.m. "
    "yesterday, 10:30 GMT on Tuesday, 9pm on Monday."
)


def _finditer_hits(text: str) -> list[tuple[int, int]]:
    return sorted(m.span() for rx in P.DETECTORS for m in rx.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        BODY.upper(),
        BODY.title(),
        BODY.swapcase(),
        BODY.replace(" ", "\n\n"),
        BODY.replace(" ", "\u00a0"),
        "1 of May 2008",
        "",
    ],
)
def test_the_same_hits_as_finditer(text: str) -> None:
    assert sorted(_pattern_hits(text)) == _finditer_hits(text)


def test_the_body_has_a_hit_of_every_detector() -> None:
    # so that the test above checks every detector's starts
    assert all(rx.search(BODY) for rx in P.DETECTORS)


def test_a_body_whose_lower_case_differs_is_searched_whole() -> None:
    # "ſ" is an "s" to a case-insensitive pattern, not to lower-casing; "İ" lower-cases to
    # two characters
    for text in ("It was ſince Monday and two days ago.", "İstanbul, on Tuesday, 3 p.m."):
        assert sorted(_pattern_hits(text)) == _finditer_hits(text) != []


def test_every_start_opens_on_a_word() -> None:
    # a pattern opening on plain letters is what lets `re` skip to it
    assert len(P.DETECTOR_STARTS) == len(P.DETECTOR_DIGITS) == len(P.DETECTORS)
    for starts in P.DETECTOR_STARTS:
        for word, start in starts:
            assert re.fullmatch(r"[a-z0-9]+", word)
            assert re.fullmatch(rf"{word}(?:\(.*\))?", start.pattern), start.pattern


def test_each_start_word_is_looked_for_once() -> None:
    assert set(P.START_WORDS) == {word for starts in P.DETECTOR_STARTS for word, _ in starts}
    # "the" opens hits of several detectors: one search finds the places any of them allows,
    # each detector then keeps those its own lookahead allows
    anyone, owners = P.START_WORDS["the"]
    assert len(owners) > 1
    assert anyone.match("the next day") and not anyone.match("the cat sat")
    kept = [i for i, own in owners if own.match("the following monday")]
    assert kept and len(kept) < len(owners)
