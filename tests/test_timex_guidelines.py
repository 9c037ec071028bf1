"""The timex stage against TimeML/TIDES conventions for DATE values (sentences written for
these tests, not the benchmark's gold)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import resolve, timex_stage

OCT = date(2008, 10, 22)  # a Wednesday in the fourth quarter


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def value_of(nlp: Language, body: str, published: str, fragment: str) -> str | None:
    record = Record(id="t", source={}, article=Article(body=body, published=published))
    timex_stage(record, nlp(body))
    hits: list[dict[str, Any]] = [t for t in record.timexes if fragment in t["text"]]
    assert hits, f"{fragment!r} not found in {[t['text'] for t in record.timexes]}"
    return hits[0]["value"]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # a quarter written as a modifier is the quarter ("third-quarter profit")
        ("third-quarter", "past", ("2008-Q3", "quarter")),
        ("fourth-quarter", "future", ("2008-Q4", "quarter")),
        ("second-quarter", "past", ("2008-Q2", "quarter")),
        # the US Election Day: the Tuesday after the first Monday of November
        ("Election Day", "future", ("2008-11-04", "day")),
        ("Election Day", "past", ("2007-11-06", "day")),
        # a done act reached the end of a year already over; a plan, this one's
        ("the end of the year", "past", ("2007", "year")),
        ("by the end of the year", "future", ("2008", "year")),
        ("the end of the year", None, ("2008", "year")),
    ],
)
def test_resolve_by_the_guidelines(
    text: str, tense: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert resolve(text, OCT, tense=tense) == expected


def test_election_day_falls_on_the_tuesday_after_the_first_monday() -> None:
    # 1 November 2011 is a Tuesday, so Election Day is a week later
    assert resolve("Election Day", date(2011, 10, 1), tense="future") == ("2011-11-08", "day")


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # the quarter last named, in any tense
        (
            "The company expects to lose money in the first quarter and said it would cut "
            "4,500 jobs during the quarter.",
            "the quarter",
            "2009-Q1",
        ),
        (
            "Boeing earned $1.1 billion in the third quarter. In the quarter, it delivered "
            "120 jet airliners.",
            "the quarter",
            "2008-Q3",
        ),
        # none named: no value (the quarter being reported is not publication's)
        ("Sales rose 5 percent in the quarter, the company said.", "the quarter", None),
    ],
)
def test_the_quarter_is_the_one_last_named(
    nlp: Language, body: str, fragment: str, value: str | None
) -> None:
    assert value_of(nlp, body, "2009-01-28", fragment) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Employers cut 131,000 jobs in July. The month was the second in a row of losses.",
            "2010-07",
        ),
        ("Boeing reported its orders for June, saying the month had been its weakest.", "2010-06"),
        # no other month named, or the one named is publication's: publication's month
        ("Stocks fell on Monday, and analysts said the month had started badly.", "2010-08"),
        ("Analysts said the month had started badly.", "2010-08"),
    ],
)
def test_the_month_told_about(nlp: Language, body: str, value: str) -> None:
    assert value_of(nlp, body, "2010-08-06", "month") == value


def test_the_end_of_the_year_a_done_act_reached(nlp: Language) -> None:
    body = "The bank had cut 3,000 jobs by the end of the year, it said."
    assert value_of(nlp, body, "2009-01-05", "the end of the year") == "2008"
    # told about a year the text names: that year's end
    body = "GM lost $31 billion in 2006. By the end of the year, it had closed 12 plants."
    assert value_of(nlp, body, "2009-01-05", "the end of the year") == "2006"


def test_black_monday_is_the_1987_crash_only_when_the_text_writes_1987(nlp: Language) -> None:
    body = "On October 19, 1987, the Dow lost 22.6 percent. Black Monday still haunts traders."
    assert value_of(nlp, body, "2007-10-19", "Black Monday") == "1987-10-19"
    body = "Traders are already calling it Black Monday after stocks fell 6 percent."
    assert value_of(nlp, body, "2011-08-09", "Black Monday") is None


def test_a_present_spelt_as_its_past_does_not_point_ahead(nlp: Language) -> None:
    # "cut" tagged present would put October 8 a year ahead; its nearness decides instead
    body = "The central banks cut rates together on October 8. Two days later, the G7 met."
    assert value_of(nlp, body, "2008-10-22", "October 8") == "2008-10-08"
    assert value_of(nlp, body, "2008-10-22", "Two days later") == "2008-10-10"
    # after "if", the present lies ahead
    body = "Markets will rally if central banks cut rates on Tuesday."
    assert value_of(nlp, body, "2008-10-22", "Tuesday") == "2008-10-28"
    # a present that is not a past form still schedules
    body = "The central banks meet on October 28 to discuss rates."
    assert value_of(nlp, body, "2008-10-22", "October 28") == "2008-10-28"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # the parse hangs "on Monday" on the present progressive; the riots are past
        ("Shopkeepers are counting the cost of the riots on Monday.", "2011-08-08"),
        ("Police are investigating the explosion on Monday at the refinery.", "2011-08-08"),
        # not after a happening: the present progressive plans
        ("Shopkeepers are reopening their stores on Monday.", "2011-08-15"),
    ],
)
def test_a_date_right_after_a_happening_is_past(nlp: Language, body: str, value: str) -> None:
    assert value_of(nlp, body, "2011-08-10", "Monday") == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # what an act came ahead of lies after it
        (
            "Markets rallied ahead of Thursday's meeting of central bankers.",
            "Thursday",
            "2008-01-24",
        ),
        ("Stocks rose on Monday ahead of Tuesday's vote in parliament.", "Tuesday", "2008-01-22"),
        # a bare past weekday still goes back
        ("Markets rallied after Thursday's meeting of central bankers.", "Thursday", "2008-01-17"),
    ],
)
def test_ahead_of_points_after_the_act(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert value_of(nlp, body, "2008-01-23", fragment) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a state that lasted until the day: past
        ("Trading in the bank's shares remained suspended until Tuesday.", "2008-01-22"),
        ("The airport stayed closed until Tuesday.", "2008-01-22"),
        # an act that set a later time: ahead
        ("The exchange suspended trading in the bank's shares until Tuesday.", "2008-01-29"),
    ],
)
def test_until_after_a_lasting_state(nlp: Language, body: str, value: str) -> None:
    assert value_of(nlp, body, "2008-01-23", "Tuesday") == value


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        # a period named by its end: the nearest such end, whatever the clause's tense
        ("Toyota forecast a loss for the year ending in March.", "2009-02-11", "2009-03"),
        ("Apple earned $3.25 billion in the quarter ending in June.", "2010-07-21", "2010-06"),
    ],
)
def test_a_period_ending_takes_the_nearest_end(
    nlp: Language, body: str, published: str, value: str
) -> None:
    assert value_of(nlp, body, published, "June" if "June" in body else "March") == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # in apposition to a day: that day
        (
            "Stocks fell on Wednesday, the day after the election, as investors worried.",
            "2008-11-05",
        ),
        # named only by its event: no value (not the day after the day last named)
        ("Stocks fell on Monday and rose again the day after the election.", None),
        # the day after the day last named
        ("Shares rose on Monday and fell the day after.", "2008-11-04"),
    ],
)
def test_a_day_named_by_an_event(nlp: Language, body: str, value: str | None) -> None:
    assert value_of(nlp, body, "2008-11-06", "the day after") == value


@pytest.mark.parametrize(
    ("body", "found", "value"),
    [
        # a generic day noun or a season with its article where a clause ends is a date
        ("Apple unveiled the phone on Tuesday. Analysts had expected a new one that day.",
         "that day", "2011-10-04"),
        ("Microsoft plans to release Windows 8 in the autumn.", "in the autumn", "2011-FA"),
        ("In the spring, the company will open a second plant.", "In the spring", "2012-SP"),
    ],
)  # fmt: skip
def test_a_day_noun_or_season_ending_a_clause_is_detected(
    nlp: Language, body: str, found: str, value: str
) -> None:
    assert value_of(nlp, body, "2011-10-05", found) == value


@pytest.mark.parametrize(
    "body",
    [
        "I remember that day well.",
        "He works in the summer months.",
        "The fall of Lehman shook markets.",
    ],
)
def test_a_day_noun_or_season_inside_a_phrase_is_not_detected(nlp: Language, body: str) -> None:
    record = Record(id="t", source={}, article=Article(body=body, published="2011-10-05"))
    timex_stage(record, nlp(body))
    assert not [t for t in record.timexes if t["value"]]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # two units away from publication
        ("the year before last", "past", ("2006", "year")),
        ("the month before last", "past", ("2008-08", "month")),
        ("the week after next", "future", ("2008-W45", "week")),
        # a fortnight counts by the day, as a week does
        ("a fortnight ago", "past", ("2008-10-08", "day")),
        ("two fortnights from now", "future", ("2008-11-19", "day")),
        # the early hours of a day are that day
        ("the early hours of Monday", "past", ("2008-10-20", "day")),
        ("in the small hours of Sunday", "past", ("2008-10-19", "day")),
    ],
)
def test_two_away_fortnights_and_early_hours(
    text: str, tense: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert resolve(text, OCT, tense=tense) == expected


def test_a_fortnight_later_counts_from_the_day_last_named(nlp: Language) -> None:
    body = "The strike began on October 1. A fortnight later, the union called it off."
    assert value_of(nlp, body, "2008-10-22", "A fortnight later") == "2008-10-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past" before a named day, weekend or season is "last": a date
        ("the past weekend", ("2008-W42-WE", "weekend")),
        ("the past Monday", ("2008-10-20", "day")),
        ("the past summer", ("2008-SU", "season")),
        # before a unit it is a duration up to now: no date
        ("the past week", (None, None)),
        ("the past year", (None, None)),
    ],
)
def test_the_past_before_a_name_is_last(text: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve(text, OCT, tense="past") == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # a vague count names no calendar date (TimeML's PAST_REF, FUTURE_REF)
        ("a few days ago", "past", (None, None)),
        ("several years ago", "past", (None, None)),
        ("several weeks later", "past", (None, None)),
        ("in a few days", "future", (None, None)),
        # a count does
        ("a couple of days ago", "past", ("2008-10-20", "day")),
        ("three years ago", "past", ("2005", "year")),
    ],
)
def test_a_vague_count_has_no_date(
    text: str, tense: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert resolve(text, OCT, tense=tense) == expected


def test_a_vague_offset_is_still_detected(nlp: Language) -> None:
    body = "The company said a few days ago that it would cut jobs."
    assert value_of(nlp, body, "2008-10-22", "a few days ago") is None
