"""The timex stage on sentences written for these tests (not the benchmark's gold)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import (
    anaphoric_unit,
    annotate,
    find_spans,
    normalise,
    publication_date,
    published_estimate,
    resolve,
    timex_stage,
    year_back_from,
)
from faultline.timex import patterns as P

THU = date(2009, 10, 15)  # a Thursday, ISO week 42


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def stage(nlp: Language, body: str, published: str | None) -> Record:
    record = Record(id="t", source={}, article=Article(body=body, published=published))
    timex_stage(record, nlp(body))
    return record


def find(record: Record, fragment: str) -> dict[str, Any]:
    hits = [t for t in record.timexes if fragment in t["text"]]
    assert hits, f"{fragment!r} not found in {[t['text'] for t in record.timexes]}"
    return hits[0]


# ---------------------------------------------------------------- resolve: the pure core


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("3 October 2007", None, ("2007-10-03", "day")),
        ("October 3, 2007", None, ("2007-10-03", "day")),
        ("Oct. 3", "past", ("2009-10-03", "day")),
        ("Oct. 20", "future", ("2009-10-20", "day")),
        ("Jan. 5", "future", ("2010-01-05", "day")),
        ("Dec. 28", "past", ("2008-12-28", "day")),
        ("July 2006", None, ("2006-07", "month")),
        ("2004", None, ("2004", "year")),
        ("early 2004", None, ("2004", "year")),
        ("in June", "past", ("2009-06", "month")),
        ("in June", "future", ("2010-06", "month")),
        ("mid-September", "past", ("2009-09", "month")),
        ("today", None, ("2009-10-15", "day")),
        ("yesterday", "past", ("2009-10-14", "day")),
        ("tomorrow", "future", ("2009-10-16", "day")),
        ("last night", "past", ("2009-10-14", "day")),
        ("on Monday", "past", ("2009-10-12", "day")),
        ("on Monday", "future", ("2009-10-19", "day")),
        ("on Thursday", "past", ("2009-10-15", "day")),  # the publication day itself
        ("Saturday's", "past", ("2009-10-10", "day")),
        ("Saturday's", "future", ("2009-10-17", "day")),
        ("last Tuesday", None, ("2009-10-13", "day")),
        ("next Tuesday", None, ("2009-10-20", "day")),
        ("Friday night", "past", ("2009-10-09", "day")),
        ("last month", "past", ("2009-09", "month")),
        ("next month", "future", ("2009-11", "month")),
        ("this month", None, ("2009-10", "month")),
        ("earlier this month", "past", ("2009-10", "month")),
        ("last year", "past", ("2008", "year")),
        ("next year", "future", ("2010", "year")),
        ("earlier this year", "past", ("2009", "year")),
        ("later this year", "future", ("2009", "year")),
        ("this week", None, ("2009-W42", "week")),
        ("last week", "past", ("2009-W41", "week")),
        ("next week", "future", ("2009-W43", "week")),
        ("four days ago", "past", ("2009-10-11", "day")),
        ("a year ago", "past", ("2008", "year")),
        ("three months ago", "past", ("2009-07", "month")),
        ("the next day", None, ("2009-10-16", "day")),
        ("the previous year", None, ("2008", "year")),
        ("in the coming days", "future", (None, None)),
        ("at 6 p.m. tomorrow", "future", ("2009-10-16T18:00", "time")),
        ("a long time", None, (None, None)),
        # a month named by its year
        ("last September", "past", ("2009-09", "month")),
        ("since last October", "past", ("2008-10", "month")),  # this month is not "last"
        ("next April", "future", ("2010-04", "month")),
        ("this June", None, ("2009-06", "month")),
        ("October last year", "past", ("2008-10", "month")),
        ("March of the previous year", None, ("2008-03", "month")),
        ("October of 2007", None, ("2007-10", "month")),
        ("the month of June", "future", ("2010-06", "month")),
        # a year or day behind a word that adds nothing to its value
        ("the year 2000", None, ("2000", "year")),
        ("fiscal year 2008", None, ("2008", "year")),
        ("end-2008", None, ("2008", "year")),
        ("calendar 2008", None, ("2008", "year")),
        ("the night of October 9", "past", ("2009-10-09", "day")),
        ("the morning of 3 May 2008", None, ("2008-05-03", "day")),
        ("late on Friday", "past", ("2009-10-09", "day")),
        ("earlier on Monday", "past", ("2009-10-12", "day")),
        ("Monday 12 October", None, ("2009-10-12", "day")),
        ("Tuesday October 13", None, ("2009-10-13", "day")),
        ("the 8th of October", "past", ("2009-10-08", "day")),
        ("on the 8th", "past", ("2009-10-08", "day")),
        ("the 20th", "future", ("2009-10-20", "day")),
        ("the first of October", "past", ("2009-10-01", "day")),
        ("the twenty-first of March 2008", None, ("2008-03-21", "day")),
        ("October the 5th", "past", ("2009-10-05", "day")),
        # weekdays with a modifier or a named week
        ("this past Monday", None, ("2009-10-12", "day")),
        ("this coming Monday", None, ("2009-10-19", "day")),
        ("Monday last week", "past", ("2009-10-05", "day")),
        ("Friday of next week", "future", ("2009-10-23", "day")),
        # counted offsets
        ("two weeks ago", "past", ("2009-10-01", "day")),
        ("three weeks later", None, ("2009-11-05", "day")),
        ("a decade ago", "past", ("1999", "year")),
        ("two decades earlier", None, ("1989", "year")),
        ("the year before", None, ("2008", "year")),
        ("the month after", None, ("2009-11", "month")),
        ("the prior year", None, ("2008", "year")),
        ("that year", None, ("2009", "year")),  # with no earlier date: publication's
        # "the start of" a period is its first day
        ("the start of 2001", None, ("2001-01-01", "day")),
        ("the start of March 2008", None, ("2008-03-01", "day")),
        ("the beginning of the year", None, ("2009-01-01", "day")),
        ("the start of next year", "future", ("2010-01-01", "day")),
        ("the beginning of last month", "past", ("2009-09-01", "day")),
        ("that same year", None, ("2009", "year")),  # with no earlier date: publication's
        # quarters (TimeML's 2008-Q3)
        ("the third quarter of 2008", None, ("2008-Q3", "quarter")),
        ("the fourth quarter", "past", ("2008-Q4", "quarter")),
        ("the first quarter of this year", None, ("2009-Q1", "quarter")),
        ("Q2 2007", None, ("2007-Q2", "quarter")),
        ("last quarter", "past", ("2009-Q3", "quarter")),
        ("next quarter", "future", ("2010-Q1", "quarter")),
        ("the quarter", "past", (None, None)),  # the one reported on, which the text names
        ("the year previous", None, ("2008", "year")),
        ("less than the year previous", None, ("2008", "year")),
        # TimeML's seasons, weekends and decades
        ("the summer of 2008", None, ("2008-SU", "season")),
        ("winter 2007", None, ("2007-WI", "season")),
        ("last summer", "past", ("2009-SU", "season")),
        ("next spring", "future", ("2010-SP", "season")),
        ("this winter", "future", ("2009-WI", "season")),
        ("late summer", "past", ("2009-SU", "season")),
        ("over the weekend", "past", ("2009-W41-WE", "weekend")),
        ("this weekend", "future", ("2009-W42-WE", "weekend")),
        ("next weekend", "future", ("2009-W43-WE", "weekend")),
        ("the 1990s", None, ("199", "decade")),
        ("the late 1980s", None, ("198", "decade")),
        ("the '90s", None, ("199", "decade")),
        # the day told about, however many in a row
        ("a third straight day", None, ("2009-10-15", "day")),
        ("for the fifth consecutive trading day", None, ("2009-10-15", "day")),
        ("a second day in a row", None, ("2009-10-15", "day")),
        # holidays
        ("Christmas Eve", "future", ("2009-12-24", "day")),
        ("Christmas", "past", ("2008-12-25", "day")),
        ("New Year's Day", "future", ("2010-01-01", "day")),
        ("Thanksgiving", "future", ("2009-11-26", "day")),
        ("Labor Day", "past", ("2009-09-07", "day")),
        ("Memorial Day", "past", ("2009-05-25", "day")),
        ("Easter", "past", ("2009-04-12", "day")),
        ("Good Friday", "past", ("2009-04-10", "day")),
        # numeric dates: month first unless it cannot be a month
        ("7/14/2008", None, ("2008-07-14", "day")),
        ("14/7/2008", None, ("2008-07-14", "day")),
        ("7/8/07", None, ("2007-07-08", "day")),
        # holidays named from another: the day after Thanksgiving, the Monday after that
        ("Black Friday", "past", ("2008-11-28", "day")),
        ("Cyber Monday", "future", ("2009-11-30", "day")),
        ("Black Monday", "past", (None, None)),  # a name for one crash, no holiday
        # a holiday with its year or a modifier
        ("Black Friday 2008", None, ("2008-11-28", "day")),
        ("Christmas 2007", "future", ("2007-12-25", "day")),
        ("last Christmas", None, ("2008-12-25", "day")),
        ("next Easter", None, ("2010-04-04", "day")),
        ("this Thanksgiving", None, ("2009-11-26", "day")),
        # durations (TimeML's DURATION): a stretch up to now, no date
        ("over the past year", "past", (None, None)),
        ("the past week", "past", (None, None)),
        ("in the last month", "past", (None, None)),
        ("past year's", None, (None, None)),
        ("within 30 days", "future", (None, None)),
        ("in three days", "future", ("2009-10-18", "day")),
        ("this past week", "past", ("2009-W41", "week")),
        # but the quarter last reported is a date
        ("the last quarter", "past", ("2009-Q3", "quarter")),
        ("the past quarter", "past", ("2009-Q3", "quarter")),
        # financial periods named as calendar ones
        ("full-year 2008", None, ("2008", "year")),
        ("fiscal-year 2008", None, ("2008", "year")),
        ("FY2008", None, ("2008", "year")),
        ("FY 09", None, ("2009", "year")),
        ("last fiscal year", "past", ("2008", "year")),
        ("the current financial year", None, ("2009", "year")),
        ("the full year", "future", ("2009", "year")),
        ("its fiscal fourth quarter", "past", ("2008-Q4", "quarter")),
        ("year-end 2007", None, ("2007", "year")),
        ("by year-end", "future", ("2009", "year")),
        ("at year end", "past", ("2008", "year")),  # told as done: the last one
        ("by mid-year", "future", ("2010", "year")),  # published in October
        ("mid-year", "past", ("2009", "year")),
        ("in the new year", "future", ("2010", "year")),
        ("the first nine months of 2008", None, ("2008", "year")),
        ("the first six months of the year", "past", ("2009", "year")),
        ("the close of the year", "future", ("2009", "year")),
        ("for the rest of the year", "future", ("2009", "year")),
        ("the remainder of the month", "future", ("2009-10", "month")),
        # more holidays
        ("St Patrick's Day", "past", ("2009-03-17", "day")),
        ("Veterans Day", "future", ("2009-11-11", "day")),
        ("Columbus Day", "past", ("2009-10-12", "day")),
        ("Presidents' Day", "past", ("2009-02-16", "day")),
        ("Father's Day", "past", ("2009-06-21", "day")),
        # counts in words, and hedges that leave the value as it is
        ("twenty years ago", "past", ("1989", "year")),
        ("twenty-five years ago", "past", ("1984", "year")),
        ("a dozen years ago", "past", ("1997", "year")),
        ("nearly two years ago", "past", ("2007", "year")),
        ("some 20 years ago", "past", ("1989", "year")),
        ("just a week ago", "past", ("2009-10-08", "day")),
        ("a Nov. 5", "past", ("2008-11-05", "day")),  # "in a Nov. 5 letter"
        ("a month earlier", None, ("2009-09", "month")),  # "a" before "month" stays
        ("the last quarter of 2008", None, ("2008-Q4", "quarter")),
        ("Q4 of 2024", None, ("2024-Q4", "quarter")),
        ("Q3 fiscal 2008", None, ("2008-Q3", "quarter")),
        # a bare season or weekend names one only in a told past; else it is any
        ("winter", "future", (None, None)),
        ("spring", None, (None, None)),
        ("the middle of summer", None, (None, None)),
        ("in summer", "past", ("2009-SU", "season")),
        ("weekend", None, (None, None)),
        ("the weekend", "future", ("2009-W42-WE", "weekend")),
        # a bare ordinal is a rank or a century, not a day
        ("12th", "past", (None, None)),
        ("early 20th", "past", (None, None)),
        # values TimeML cannot write in four digits, and tax forms
        ("about 2500 years ago", "past", (None, None)),
        ("1040s", None, (None, None)),
        ("the 1100s", None, ("110", "decade")),
    ],
)
def test_resolve(text: str, tense: str | None, expected: tuple[str | None, str | None]) -> None:
    assert resolve(text, THU, tense=tense) == expected


def test_resolve_without_anchor_keeps_only_absolute() -> None:
    assert resolve("yesterday", None, tense="past") == (None, None)
    assert resolve("on Monday", None, tense="past") == (None, None)
    assert resolve("Oct. 3", None, tense="past") == (None, None)
    assert resolve("3 October 2007", None, tense=None) == ("2007-10-03", "day")
    assert resolve("July 2006", None, tense=None) == ("2006-07", "month")


def test_yearless_date_takes_nearest_year_in_tense_direction() -> None:
    jan = date(2010, 1, 4)
    assert resolve("Dec. 30", jan, tense="past") == ("2009-12-30", "day")
    assert resolve("Dec. 30", jan, tense=None) == ("2009-12-30", "day")
    assert resolve("Jan. 2", date(2009, 12, 29), tense="future") == ("2010-01-02", "day")


def test_publication_date_keeps_the_article_zone() -> None:
    assert publication_date("2009-10-15T23:40:00-07:00") == date(2009, 10, 15)
    assert publication_date("2009-10-15T00:30:00+10:00") == date(2009, 10, 15)
    assert publication_date("2009-10-15") == date(2009, 10, 15)
    assert publication_date(None) is None
    assert publication_date("not a date") is None


def test_normalise_strips_prepositions_and_possessives() -> None:
    assert normalise("On Monday's") == "monday"
    assert normalise("since  early 2004,") == "early 2004"


# ---------------------------------------------------------------- word lists are usable


@pytest.mark.parametrize("word", sorted(P.DAY_WORDS))
def test_every_day_word_resolves(word: str) -> None:
    value, grain = resolve(word, THU, tense=None)
    assert grain == "day" and value is not None


@pytest.mark.parametrize("word", sorted(P.MONTHS))
def test_every_month_word_resolves(word: str) -> None:
    assert resolve(f"{word} 2001", None, tense=None)[1] == "month"


@pytest.mark.parametrize("word", sorted(P.WEEKDAYS))
def test_every_weekday_word_resolves(word: str) -> None:
    assert resolve(word, THU, tense="past")[1] == "day"


@pytest.mark.parametrize("prefix", sorted(P.PERIOD_OFFSETS))
def test_every_period_prefix_resolves(prefix: str) -> None:
    assert resolve(f"{prefix} month", THU, tense=None)[1] in ("month", "day")


@pytest.mark.parametrize(
    "name",
    sorted({*P.FIXED_HOLIDAYS, *P.WEEKDAY_HOLIDAYS, *P.EASTER_HOLIDAYS, *P.RELATIVE_HOLIDAYS}),
)
def test_every_holiday_resolves(name: str) -> None:
    value, grain = resolve(name, THU, tense=None)
    assert grain == "day" and value is not None


@pytest.mark.parametrize("modifier", sorted(P.WEEKDAY_MODIFIERS))
def test_every_weekday_modifier_resolves(modifier: str) -> None:
    assert resolve(f"{modifier} Monday", THU, tense=None)[1] == "day"
    assert resolve(f"{modifier} March", THU, tense=None)[1] == "month"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the next day", "day"),
        ("the following year", "year"),
        ("that month", "month"),
        ("the same year", "year"),
        ("two years later", "year"),
        ("three days earlier", "day"),
        ("a decade later", "year"),
        ("the year before", "year"),
        ("March of the following year", "year"),
        ("last year", None),
        ("two years ago", None),
        ("next month", None),
        ("yesterday", None),
    ],
)
def test_anaphoric_unit(text: str, unit: str | None) -> None:
    assert anaphoric_unit(text) == unit


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("the same month last year", ("2008-02-29", "day"), ("2007-02", "month")),
        ("the same day last year", ("2008-02-29", "day"), ("2007-02-28", "day")),
        ("the same period a year earlier", ("2009-Q3", "quarter"), ("2008-Q3", "quarter")),
        ("the same time last year", ("2009-10-12T15:00", "time"), ("2008-10-12", "day")),
        ("the year-ago quarter", ("2009-Q3", "quarter"), ("2008-Q3", "quarter")),
        ("the year-ago quarter", ("2009-09-30", "day"), ("2008-Q3", "quarter")),
        ("the prior-year period", ("2009-03", "month"), ("2008-03", "month")),
        ("the previous-year quarter", ("2009-Q1", "quarter"), ("2008-Q1", "quarter")),
        ("the same month last year", ("2008", "year"), (None, None)),  # too coarse
        ("last year", ("2008-02", "month"), (None, None)),  # not such a phrase
    ],
)
def test_year_back_from(
    text: str, reference: tuple[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert year_back_from(text, reference) == expected


# ---------------------------------------------------------------- the stage: parse and tense


def test_weekday_follows_the_tense_of_its_predicate(nlp: Language) -> None:
    body = (
        "The coalition partners signed the agreement on Tuesday in the old town hall. "
        "Their leaders are to present it to parliament on Monday. "
        "The finance minister will brief reporters on Saturday."
    )
    record = stage(nlp, body, "2009-10-15T09:00:00+02:00")
    assert find(record, "Tuesday")["value"] == "2009-10-13"
    assert find(record, "Monday")["value"] == "2009-10-19"
    assert find(record, "Saturday")["value"] == "2009-10-17"


def test_planned_infinitive_and_present_progressive_point_forward(nlp: Language) -> None:
    body = (
        "The union plans to strike on Wednesday. "
        "The mayor is hosting a donors' conference on Sunday."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "Wednesday")["value"] == "2009-10-21"
    assert find(record, "Sunday")["value"] == "2009-10-18"


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("Security has been tight since 9/11.", "9/11", "2001-09-11"),
        (
            "The Dow fell 7 percent, its worst day since the September 11 attacks.",
            "Sep",
            "2001-09-11",
        ),
        ("Airlines lost billions after the Sept. 11 terrorist attacks.", "Sept", "2001-09-11"),
        # any other September 11 is one near publication
        ("The memorial opened on September 11.", "Sep", "2009-09-11"),
        (
            "The vote will be held on September 11, after the attacks on the capital.",
            "Sep",
            "2010-09-11",
        ),
    ],
)
def test_the_attacks_of_september_11(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # a bare verb joined to a plan is planned too
        (
            "Airbus hopes to certify the aircraft by the end of the year, and deliver the "
            "first one in July.",
            "July",
            "2010-07",
        ),
        # the object of a past expecting: the speaker's present expectation when reported
        ("The airline said it expected delivery in July.", "July", "2010-07"),
        ("The airline said it expected a decision on Monday.", "Monday", "2009-10-19"),
        # but a past expectation stays past, and so do the other past verbs
        ("The airline had expected delivery in March.", "March", "2009-03"),
        ("The airline said it took delivery in March.", "March", "2009-03"),
        # a time set on a deadline is the nearest such date, whatever the tense
        ("The chief had set an October 20 deadline for the talks.", "October", "2009-10-20"),
        ("Congress missed the October 1 deadline for the budget.", "October", "2009-10-01"),
        ("The union rejected a deadline of October 25.", "October", "2009-10-25"),
        ("The chief had set the talks for November 20.", "Nov", "2008-11-20"),  # no noun
        # but a day of this year days ahead under a past verb is one set, not done: a day a
        # year back would have been written with its year
        ("The chief had set the talks for October 20.", "October", "2009-10-20"),
        ("Tickets went on sale for the show on October 25.", "October", "2009-10-25"),
        ("The firm was founded on November 2.", "Nov", "2008-11-02"),  # weeks ahead: behind
        # "by" as a passive's agent, or before a possessive, sets no deadline
        ("It said it was surprised by Tuesday's announcement.", "Tuesday", "2009-10-13"),
        ("The talks must end by Tuesday.", "Tuesday", "2009-10-20"),
        # a day in a named year
        ("The aircraft first flew on April 27 last year.", "April", "2008-04-27"),
        (
            "It was founded in 2001 and listed on 3 March of the following year.",
            "3 March",
            "2002-03-03",
        ),
    ],
)
def test_plans_expectations_and_deadlines(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_a_headline_present_reports_the_past_and_its_infinitive_plans(nlp: Language) -> None:
    past = stage(nlp, "Stocks tumble on Monday as banks fail\n\nThe index fell.", "2009-10-15")
    assert find(past, "Monday")["value"] == "2009-10-12"
    planned = stage(nlp, "Markets to reopen on Monday\n\nThe exchange said so.", "2009-10-15")
    assert find(planned, "Monday")["value"] == "2009-10-19"
    body = stage(nlp, "The council meets on Monday.", "2009-10-15")  # a sentence, not a headline
    assert find(body, "Monday")["value"] == "2009-10-19"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Shares in the bank are down 10%, after falling on Monday.", "2009-10-12"),
        ("Shares are higher after Monday's fall.", "2009-10-12"),
        # a schedule keeps its future, and so does a future clause
        ("The board meets again after the vote on Monday.", "2009-10-19"),
        ("The board will meet after Monday's vote.", "2009-10-19"),
    ],
)
def test_what_a_present_state_follows_is_past(nlp: Language, body: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), "Monday")["value"] == value


def test_what_was_expected_may_lie_either_side_of_publication(nlp: Language) -> None:
    body = (
        "Analysts had expected the results to be released on October 20. "
        "The plane was scheduled to land on Monday. "
        "The bank agreed to repay the loan on Tuesday."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "October 20")["value"] == "2009-10-20"  # the nearest, not a year back
    assert find(record, "Monday")["value"] == "2009-10-12"
    assert find(record, "Tuesday")["value"] == "2009-10-13"  # agreeing keeps its past


def test_a_date_right_after_a_simple_past_verb_is_past(nlp: Language) -> None:
    body = (
        "The firm said on Monday it could cut jobs. "
        "The union said Sunday it may strike. "
        "He said Friday's vote would be postponed."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "Monday")["value"] == "2009-10-12"
    assert find(record, "Sunday")["value"] == "2009-10-11"
    assert find(record, "Friday")["value"] == "2009-10-16"  # the vote's, not the saying's


def test_a_reported_refusal_is_past(nlp: Language) -> None:
    body = (
        "A spokesman could not be reached for comment on Monday. "
        "The company would not comment on Tuesday. "
        "Shares could fall further on Friday."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "Monday")["value"] == "2009-10-12"
    assert find(record, "Tuesday")["value"] == "2009-10-13"
    assert find(record, "Friday")["value"] == "2009-10-16"  # a possibility stays ahead


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # a past act reached the date: it is behind
        ("The airport stayed shut until Monday, when flights resumed.", "Monday", "2009-10-12"),
        ("The siege lasted until October 2.", "October 2", "2009-10-02"),
        ("Until Tuesday, nobody had claimed the attack.", "Tuesday", "2009-10-13"),
        ("Troops had taken the airport by Tuesday.", "Tuesday", "2009-10-13"),
        # else it lies ahead: a future or present act, or one that sets a later time
        ("The truce will hold until Sunday.", "Sunday", "2009-10-18"),
        ("The exhibition runs until Saturday.", "Saturday", "2009-10-17"),
        ("The court adjourned the hearing until Friday.", "Friday", "2009-10-16"),
        ("The hearing was postponed until Tuesday.", "Tuesday", "2009-10-20"),
        ("The judge gave the defence until Monday to reply.", "Monday", "2009-10-19"),
        ("The rebels were ordered to leave the town by Saturday.", "Saturday", "2009-10-17"),
    ],
)
def test_a_date_that_ends_a_stretch_follows_the_act_that_reached_it(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_a_headline_present_before_until_is_a_state_ahead(nlp: Language) -> None:
    record = stage(nlp, "Nominations Are Open Until October 30\n\nSend them in.", "2009-10-15")
    assert find(record, "October 30")["value"] == "2009-10-30"  # not a year back
    past = stage(nlp, "Stocks tumble on Monday as banks fail\n\nThe index fell.", "2009-10-15")
    assert find(past, "Monday")["value"] == "2009-10-12"  # without "until", the past
    # a headline's bare participle is a passive state too, however the parse tags it
    shut = stage(nlp, "Airport shut until Friday\n\nThe airport is closed.", "2009-10-15")
    assert find(shut, "Friday")["value"] == "2009-10-16"


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # a state reported in the past is the speaker's present one: ahead
        ("Police said the road was closed until Friday.", "Friday", "2009-10-16"),
        ("Officials said the airport remained shut until Monday.", "Monday", "2009-10-19"),
        # a reported event, a past perfect, or an unreported state keep the past
        ("The spokesman said talks continued until Tuesday.", "Tuesday", "2009-10-13"),
        ("Police said the road had been closed until Monday.", "Monday", "2009-10-12"),
        ("The airport remained shut until Monday.", "Monday", "2009-10-12"),
    ],
)
def test_until_after_a_reported_state_points_ahead(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # a plan or hope reported in the past is the speaker's present one: ahead
        ("The minister said she planned to visit Kabul on Sunday.", "Sunday", "2009-10-18"),
        ("He said he was going to step down on Friday.", "Friday", "2009-10-16"),
        ("She said she was to meet the envoy on Sunday.", "Sunday", "2009-10-18"),
        # unreported, "was to" leaves the side open: the nearest yearless date
        ("The envoy was to arrive on October 20.", "October 20", "2009-10-20"),
        ("The firm said it hoped to restart the plant on Tuesday.", "Tuesday", "2009-10-20"),
        ("Officials said the ferry was expected to sail on Saturday.", "Saturday", "2009-10-17"),
        # a request or plan in the perfect still stands: the date is the one asked for
        ("The opposition has called for a general strike on Monday.", "Monday", "2009-10-19"),
        # but the perfect of any other verb reports a done act, and so does that of a
        # request that is as often a report
        ("The party has been in power since the Oct. 2 vote.", "Oct. 2", "2009-10-02"),
        ("The minister has told reporters on Monday that he will stay.", "Monday", "2009-10-12"),
        # a scheduling participle points ahead of its scheduling; "set" is as often done
        ("He said the referendum, scheduled for Sunday, would go ahead.", "Sunday", "2009-10-18"),
        ("The fire set on Monday destroyed the barn.", "Monday", "2009-10-12"),
    ],
)
def test_reported_plans_and_standing_requests_point_ahead(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # an unplanned happening is past, whatever the tense of the clause around it
        ("Rescuers are searching for survivors of Tuesday's earthquake.", "Tues", "2009-10-13"),
        ("Police are investigating a shooting on Sunday that left two dead.", "Sun", "2009-10-11"),
        ("Markets are recovering from Monday's plunge.", "Monday", "2009-10-12"),
        ("Questions remain over Wednesday's blackout.", "Wednesday", "2009-10-14"),
        # what can be scheduled keeps the clause's direction, and so does a forecast
        ("Voters are preparing for Sunday's election.", "Sunday", "2009-10-18"),
        ("Saturday's storm is expected to bring heavy snow.", "Saturday", "2009-10-17"),
        ("The opposition has called for a general strike on Monday.", "Monday", "2009-10-19"),
    ],
)  # fmt: skip
def test_a_date_on_an_unplanned_happening_is_past(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_an_unreported_past_hope_may_lie_either_side_of_publication(nlp: Language) -> None:
    record = stage(nlp, "The firm hoped to sign the deal on October 20.", "2009-10-15")
    assert find(record, "October 20")["value"] == "2009-10-20"  # the nearest, not a year back


def test_the_model_lemma_slip_for_hoped_is_put_right(nlp: Language) -> None:
    from faultline.timex.tense import _lemma

    doc = nlp("They hoped to win.")
    assert _lemma(doc[1]) == "hope"
    assert _lemma(doc[3]) == doc[3].lemma_.lower()


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("Police believe the man may have entered the building on Sunday.", "Sun", "2009-10-11"),
        ("The disaster could have been avoided on Monday.", "Monday", "2009-10-12"),
        # a future perfect and a bare modal stay ahead
        ("The company will have cut 500 jobs by Friday.", "Friday", "2009-10-16"),
        ("The plant could reopen on Monday.", "Monday", "2009-10-19"),
    ],
)
def test_a_modal_perfect_looks_back(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "timexes"),
    [
        ("The vote took place on the 3rd, officials said.", [("on the 3rd", "2009-10-03")]),
        ("Talks will end by the 21st.", [("by the 21st", "2009-10-21")]),
        ("The offer closes on the 30th of this month.", [("the 30th of this month", "2009-10-30")]),
        ("The attack happened overnight Tuesday.", [("overnight Tuesday", "2009-10-13")]),
        # a rank or a floor is no day of the month
        ("The shop is on the 3rd floor.", []),
    ],
)
def test_days_of_the_month_written_as_ordinals(
    nlp: Language, body: str, timexes: list[tuple[str, str]]
) -> None:
    record = stage(nlp, body, "2009-10-15")
    assert [(t["text"], t["value"]) for t in record.timexes] == timexes


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # what was promised or agreed on a day lies after that day
        ("He promised on Monday to resign on Friday.", "Friday", "2009-10-16"),
        ("The bank agreed on Tuesday to repay the loan on Friday.", "Friday", "2009-10-16"),
        # without a day of its own the commitment leaves the tense to decide
        ("He promised to resign on Monday.", "Monday", "2009-10-12"),
    ],
)
def test_a_day_in_the_infinitive_of_a_dated_commitment_comes_after_it(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_relative_words_and_offsets(nlp: Language) -> None:
    body = (
        "The ferry service resumed today after a storm damaged the pier yesterday. "
        "Inspectors had warned about the pier last month, and the port authority said "
        "repairs would be finished next week."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "today")["value"] == "2009-10-15"
    assert find(record, "yesterday")["value"] == "2009-10-14"
    month = find(record, "last month")
    assert (month["value"], month["granularity"]) == ("2009-09", "month")
    assert find(record, "next week")["value"] == "2009-W43"


def test_the_next_day_anchors_on_the_day_named_before(nlp: Language) -> None:
    body = "The delegation landed on 3 October 2009 and met the governor the next day."
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "3 October 2009")["value"] == "2009-10-03"
    assert find(record, "the next day")["value"] == "2009-10-04"


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("The factory closed in 2003 and reopened the following year.", "following", "2004"),
        ("The firm was founded in 1998 and went public two years later.", "later", "2000"),
        (
            "The bank failed on 15 September 2008; three days later the state stepped in.",
            "three days",
            "2008-09-18",
        ),
        ("Sales peaked in June 2007, and the plant closed that month.", "that month", "2007-06"),
        ("Output fell in 2001 and again in March of the following year.", "March", "2002-03"),
        # no earlier date: from publication
        ("Profits will rise the following year.", "following", "2010"),
        ("The drought of the summer of 2003 ended the following year.", "following", "2004"),
        (
            "The strike began on 3 May; the following Monday the plant closed.",
            "Monday",
            "2009-05-04",
        ),
        ("The plant was sold in 2005 and closed the following March.", "March", "2006-03"),
        ("The pact was signed in March 2005 and took effect that November.", "Nov", "2005-11"),
        (
            "Costs fell to $9 billion last year, $2 billion less than the year previous.",
            "previous",
            "2007",
        ),
        # the period last named, a year back, at the precision the phrase names
        ("Sales in September fell from the same month a year earlier.", "same", "2008-09"),
        ("Sales rose in February compared to the same period last year.", "same", "2008-02"),
        (
            "A profit in the final quarter of 2008 beat the same quarter last year.",
            "same",
            "2007-Q4",
        ),
        ("Shares rose on Monday, the same day last year they fell.", "same", "2008-10-12"),
        ("Profit in the third quarter of 2008 beat the year-ago quarter.", "ago", "2007-Q3"),
        # a quarter a year back from a day that ends one
        (
            "Toyota earned $1 billion in the quarter ended September 30, 2008, down from "
            "the year-ago quarter.",
            "ago",
            "2007-Q3",
        ),
        # in a comparison, a year back is the period just reported a year back
        ("Sales fell 45 percent in September from a year earlier.", "year earlier", "2008-09"),
        ("Sales in September were down 5 percent from a year ago.", "year ago", "2008-09"),
        ("A year earlier, sales had risen in September.", "year earlier", "2008"),
        # what bounds a stretch is no antecedent for the day told about
        (
            "The Dow fell 3 percent on Monday, its worst loss since 19 October 1987, and "
            "ended the day at 9,000.",
            "the day",
            "2009-10-12",
        ),
        # but "by" is as often "as of"
        (
            "By April 2009, prices had declined 4 percent from the previous year.",
            "previous",
            "2008-04",
        ),
        # nor a day long before publication named more than a sentence before "the day"
        (
            "On 19 October 1987 the Dow fell 22 percent. Markets are larger now. The index "
            "lost 2 percent on the anniversary. It ended the day at 13,522.",
            "the day",
            "2009-10-15",
        ),
        (
            "On 3 March 2005 the plane flew for the first time. The day was cold.",
            "day",
            "2005-03-03",
        ),
        (
            "On 3 March 2005 the plane flew. It carried 20 crew. It landed at noon. The next "
            "day, it flew again.",
            "next day",
            "2005-03-04",
        ),
        # nor, for what is told as done, a day after publication
        (
            "Stocks fell on Monday. Toyota will keep its plants closed until Tuesday. The "
            "Nikkei closed at 9,206 for the day.",
            "the day",
            "2009-10-12",
        ),
        ("Sales in the third quarter of 2008 fell; that quarter was the worst.", "that", "2008-Q3"),
        # an earlier paragraph is no antecedent for what is planned, but is the one before
        # for a told past ("The next day, ..." opening a paragraph)
        ("The plant closed in 2003.\n\nIt will reopen the following year.", "following", "2010"),
        (
            "Fighting broke out on 2 October.\n\nThe next day, the army imposed a curfew.",
            "next day",
            "2009-10-03",
        ),
        (
            "The dam burst on 2 October.\n\nThe town was evacuated.\n\nThe next day, it rained.",
            "next day",
            None,
        ),
    ],
)
def test_anaphoric_periods_count_from_the_time_last_named(
    nlp: Language, body: str, fragment: str, value: str | None
) -> None:
    record = stage(nlp, body, "2009-10-15")
    assert find(record, fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "ends"),
    [
        (
            "Sales fell between April and June 2008.",
            [("April", "2008-04"), ("June 2008", "2008-06")],
        ),
        (
            "The plant was shut July 24-August 3, 2003.",
            [("July 24", "2003-07-24"), ("August 3, 2003", "2003-08-03")],
        ),
        (
            "The strike lasted from mid-March until late April 2009.",
            [("mid-March", "2009-03"), ("late April 2009", "2009-04")],
        ),
        # a bare day shares the other end's month
        (
            "The summit will be held on 15 and 16 October.",
            [("15", "2009-10-15"), ("16 October", "2009-10-16")],
        ),
        (
            "The talks were held on October 3 and 4.",
            [("October 3", "2009-10-03"), ("4", "2009-10-04")],
        ),
        # without a shared year each end goes by the tense
        ("Output rose in May and June.", [("May", "2009-05"), ("June", "2009-06")]),
        # the far end, a bare day, writes the year both ends share
        (
            "The show will be held on March 10 and 11, 2008.",
            [("March 10", "2008-03-10"), ("11, 2008", "2008-03-11")],
        ),
        # an entity the model cuts inside the range ("Between 2007 and" | "2009")
        (
            "Sales rose.\nBetween 2007 and 2009, Apple sold 50 million iPhones.",
            [("2007", "2007"), ("2009", "2009")],
        ),
    ],
)
def test_a_range_is_split_and_its_ends_share_a_year(
    nlp: Language, body: str, ends: list[tuple[str, str]]
) -> None:
    record = stage(nlp, body, "2009-10-15")
    for text, value in ends:
        assert find(record, text)["value"] == value
    assert len(record.timexes) == 2  # one timex per end, none spanning both


@pytest.mark.parametrize(
    ("body", "ends"),
    [
        # ahead: a week is added to the far end
        ("The tournament runs from Monday to Sunday.", [("Monday", "2009-10-19"),
         ("Sunday", "2009-10-25")]),
        ("The talks will run from Tuesday until Friday.", [("Tuesday", "2009-10-20"),
         ("Friday", "2009-10-23")]),
        # in a told past, taken from the near end
        ("The festival ran from Wednesday to Monday.", [("Wednesday", "2009-10-07"),
         ("Monday", "2009-10-12")]),
        # ends already in order, or no range, are left alone
        ("The festival ran from Friday to Sunday.", [("Friday", "2009-10-09"),
         ("Sunday", "2009-10-11")]),
        ("He met them on Tuesday. Friday was quiet.", [("Tuesday", "2009-10-13"),
         ("Friday", "2009-10-09")]),
    ],
)  # fmt: skip
def test_the_far_end_of_a_weekday_range_is_not_before_the_near_end(
    nlp: Language, body: str, ends: list[tuple[str, str]]
) -> None:
    record = stage(nlp, body, "2009-10-15")
    assert [find(record, text)["value"] for text, _ in ends] == [value for _, value in ends]


@pytest.mark.parametrize(
    ("body", "spans", "values"),
    [
        ("Dealers will be told after October of next year.", ["October", "next year"],
         ["2010-10", "2010"]),
        ("It opened on June 5 of last year.", ["June 5", "last year"], ["2008-06-05", "2008"]),
        ("The plant closed in March, 2007.", ["March"], ["2007-03"]),
    ],
)  # fmt: skip
def test_a_yearless_span_takes_the_year_written_right_after_it(
    nlp: Language, body: str, spans: list[str], values: list[str]
) -> None:
    """As when an annotation (or the parse) cuts "October" from "of next year"."""
    offsets = [(body.index(x), body.index(x) + len(x)) for x in spans]
    timexes = annotate(nlp(body), THU, spans=offsets)
    assert [t["value"] for t in timexes] == values


def test_an_iso_date_is_not_a_range(nlp: Language) -> None:
    assert find(stage(nlp, "It was signed on 2008-10-05.", "2009-10-15"), "2008")["value"] == (
        "2008-10-05"
    )


def test_undotted_month_abbreviations_are_detected(nlp: Language) -> None:
    doc = nlp("Bids closed on Feb 29 and the award followed on Apr 3.")
    assert [doc.text[s:e] for s, e in find_spans(doc)] == ["Feb 29", "Apr 3"]


def test_a_past_later_with_nothing_named_before_is_not_dated(nlp: Language) -> None:
    record = stage(nlp, "The firm went public two years later.", "2009-10-15")
    assert find(record, "later")["value"] is None  # not two years after publication
    planned = stage(nlp, "Officials said talks would resume the next day.", "2009-10-15")
    assert find(planned, "next day")["value"] == "2009-10-16"


def test_numeric_dates_and_holidays_are_detected(nlp: Language) -> None:
    body = (
        "The contract was signed on 7/14/2008 and the store opens on Christmas Eve, "
        "though Christmas sales were weak."
    )
    record = stage(nlp, body, "2009-10-15")
    assert find(record, "7/14/2008")["value"] == "2008-07-14"
    assert find(record, "Christmas Eve")["value"] == "2009-12-24"
    assert not [t for t in record.timexes if "sales" in t["text"]]


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("The Dow fell on Monday but recovered later in the day.", "later", "2009-10-12"),
        ("Rebels attacked on 3 March; that night the army withdrew.", "that night", "2009-03-03"),
        ("The vote was held on 5 May after talks the night before.", "night", "2009-05-04"),
        ("Prices fell this morning and recovered later in the day.", "later", "2009-10-15"),
        (
            "The law was passed on 2 June; on that date the king signed it.",
            "that date",
            "2009-06-02",
        ),
        ("The strike began on 2 June and talks failed that same day.", "same day", "2009-06-02"),
    ],
)
def test_parts_of_the_day_told_about(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_offsets_point_into_the_body(nlp: Language) -> None:
    body = "Farmers blocked the highway on Friday. They will return in the coming days."
    record = stage(nlp, body, "2009-10-15")
    for tx in record.timexes:
        assert body[tx["start"] : tx["end"]] == tx["text"]
    vague = find(record, "coming days")
    assert vague["value"] is None and vague["granularity"] is None


def test_undated_article_keeps_relative_text_and_resolves_absolute(nlp: Language) -> None:
    body = (
        "The bridge reopened yesterday, almost two years after it was closed in "
        "March 2007 and four years after the flood of 12 June 2005."
    )
    record = stage(nlp, body, None)
    assert find(record, "yesterday")["value"] is None
    assert find(record, "March 2007")["value"] == "2007-03"
    assert find(record, "12 June 2005")["value"] == "2005-06-12"
    assert record.article.published_estimate == {
        "earliest": "2007-03-01",
        "latest": None,
        "basis": "latest absolute date in the body: in March 2007",
    }


def test_estimate_skips_future_dates_and_needs_an_absolute_one(nlp: Language) -> None:
    body = "The census was held in 2001. The next census will take place in 2031."
    record = stage(nlp, body, None)
    assert record.article.published_estimate is not None
    assert record.article.published_estimate["earliest"] == "2001-01-01"
    assert stage(nlp, "Talks ended yesterday.", None).article.published_estimate is None
    deadline = stage(nlp, "The target agreed in 2004 was to halve emissions by 2030.", None)
    assert deadline.article.published_estimate is not None
    assert deadline.article.published_estimate["earliest"] == "2004-01-01"


def test_estimate_is_none_for_a_dated_article(nlp: Language) -> None:
    record = stage(nlp, "The census was held in 2001.", "2009-10-15")
    assert record.article.published_estimate is None
    assert published_estimate(record) is None


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # a future reported by a dated past saying counts from the saying
        ("On Monday, Airbus said deliveries would begin on Friday.", "Friday", "2009-10-16"),
        ("In March, GM said it would close the plant in August.", "August", "2009-08"),
        (
            "Apple had announced in January that the phone would go on sale in June.",
            "June",
            "2009-06",
        ),
        ("In February, Boeing said it expected the first flight in August.", "August", "2009-08"),
        # also when the saying's date comes after the words it reports
        ("'We will make history on Tuesday,' Jobs said on Monday.", "Tuesday", "2009-10-13"),
        # what it reports as done lies before it
        ("On Friday, the firm said it had signed the deal on Saturday.", "Sat", "2009-10-10"),
        ("GM said on Thursday that sales fell on Saturday.", "Sat", "2009-10-10"),
        ("GM said on Thursday that sales fell on Tuesday.", "Tues", "2009-10-13"),
        # an undated saying, or a deictic time, counts from publication
        ("GM said it would close the plant in August.", "August", "2010-08"),
        ("On Monday, Airbus said deliveries would begin next Friday.", "Friday", "2009-10-23"),
        # a weekday is not counted from a month
        ("In March, GM said it would close the plant on Friday.", "Friday", "2009-10-23"),
    ],
)
def test_what_a_dated_saying_reports_counts_from_it(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-17"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("At the end of the day, what matters is the price.", "end of the day", None),
        ("Back in the day, we had a sofa like that.", "the day", None),
        # the day's close in a told past, or not set off by a comma, is a day
        ("At the end of the day, the Dow was down 300 points.", "end of the day", "2009-10-15"),
        ("Shares closed lower at the end of the day.", "end of the day", "2009-10-15"),
    ],
)
def test_idioms_with_the_day_name_no_day(
    nlp: Language, body: str, fragment: str, value: str | None
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        ("GM lost $31 billion in 2008. During the year, it cut 10,000 jobs.", "the year", "2008"),
        ("In 2005, Airbus won 378 orders, and earlier in the year it lost one.", "earlier", "2005"),
        # publication's year when the clause is not told in the past, or none was named
        ("Toyota overtook GM in 2008. Analysts expect a rise during the year.", "the year", "2009"),
        ("The Dow fell 3 percent on Monday, its biggest drop of the year.", "the year", "2009"),
        ("Since 2001, the firm has grown. By the end of the year it had cut jobs.", "end", "2009"),
    ],
)
def test_the_year_told_about(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # "back in" looks back; a verb with "back" does not
        ("The feature, first shown back in March, is popular.", "March", "2009-03"),
        ("The feature, available back in March, is popular.", "March", "2009-03"),
        ("They will come back in March.", "March", "2010-03"),
        # an adjective's infinitive takes its copula's tense: a past due date may be behind
        ("He was due to be released from prison in September.", "Sept", "2009-09"),
        ("Police said the man was due to appear in court on Friday.", "Friday", "2009-10-16"),
        # the future of an unreported past ("would") is the nearest such month or day; a
        # reported one stays the speaker's future
        ("He broke his vow that Britain would leave the EU on Oct. 1.", "Oct", "2009-10-01"),
        ("Prosecutors said the trial would begin in August.", "August", "2010-08"),
    ],
)
def test_back_due_and_would(nlp: Language, body: str, fragment: str, value: str) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


@pytest.mark.parametrize(
    ("body", "fragment", "value"),
    [
        # what a present of sequence follows is done
        ("The move follows Monday's decision by the board.", "Monday", "2009-10-12"),
        ("The ruling comes after Monday's hearing.", "Monday", "2009-10-12"),
        ("Her appearance follows the testimony Tuesday of four officials.", "Tues", "2009-10-13"),
        ("The board will meet again after the vote on Monday.", "Monday", "2009-10-19"),
        # a date that names a thing before its noun is the nearest, whatever lies ahead
        ("He will face questions about the July 25 call.", "July", "2009-07-25"),
        ("He will face questions about the July 25 call in March.", "March", "2010-03"),
        ("In a Sept. 5 letter, the doctors will plead with him.", "Sept", "2009-09-05"),
        ("The candidates will meet at the November debate.", "Nov", "2009-11"),
    ],
)
def test_what_a_present_follows_and_what_a_date_names(
    nlp: Language, body: str, fragment: str, value: str
) -> None:
    assert find(stage(nlp, body, "2009-10-15"), fragment)["value"] == value


def test_the_modal_may_is_no_month(nlp: Language) -> None:
    record = stage(nlp, "Cost-effective: May offer bundled pricing.", "2009-10-15")
    assert not [t for t in record.timexes if "May" in t["text"]]
    assert find(stage(nlp, "Elections will be held in May.", "2009-10-15"), "May")["value"] == (
        "2010-05"
    )


def test_the_year_of_a_named_event_is_found(nlp: Language) -> None:
    record = stage(nlp, "Traffic will rise during the 2008 Beijing Olympics.", "2007-06-19")
    assert find(record, "2008")["value"] == "2008"
    assert not stage(nlp, "The Second World War ended.", "2007-06-19").timexes


def test_detector_ignores_names_and_common_words(nlp: Language) -> None:
    body = "Ms May said the march would go ahead, and the sun rose over the square."
    assert find_spans(nlp(body)) == []


def test_ages_are_not_dates(nlp: Language) -> None:
    doc = nlp("A 45-year-old farmer was arrested on Monday.")
    texts = [doc.text[s:e] for s, e in find_spans(doc)]
    assert texts == ["on Monday"]


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        ("The dollar hit a 13-month high against the euro on Tuesday.", ["on Tuesday"]),
        ("The bank posted its first loss in its 158-year history.", []),
        ("The year-old company went bankrupt.", []),
    ],
)
def test_measures_written_as_compounds_are_not_dates(
    nlp: Language, body: str, spans: list[str]
) -> None:
    doc = nlp(body)
    assert [doc.text[s:e] for s, e in find_spans(doc)] == spans


@pytest.mark.parametrize(
    ("body", "timexes"),
    [
        # a stretch named by its last day: that day alone is a date
        ("Profits rose in the year ended June 30.", [("June 30", "2008-06-30")]),
        ("Apple's fiscal first quarter ended Dec. 29.", [("Dec. 29", "2007-12-29")]),
        ("Inflation rose in the 12 months to September.", [("September", "2008-09")]),
        # a range of two months is no stretch named by its end
        ("It fell from March to May 2008.", [("from March", "2008-03"), ("May 2008", "2008-05")]),
        # a year named as a fiscal or model year is that year
        ("Sales fell in the 2008 fiscal year.", [("the 2008 fiscal year", "2008")]),
    ],
)
def test_fiscal_years_and_stretches_named_by_their_last_day(
    nlp: Language, body: str, timexes: list[tuple[str, str]]
) -> None:
    record = stage(nlp, body, "2008-10-15")
    assert [(t["text"], t["value"]) for t in record.timexes] == timexes


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        # spaCy takes this one as part of an event name
        ("Investors fear a repeat of the Great Depression of the 1930s.", "the 1930s", "193"),
        ("Prices have not been this low since the late 1980s.", "the late 1980s", "198"),
        ("The band was famous in the '90s.", "the '90s", "199"),
    ],
)
def test_decades_are_detected(nlp: Language, body: str, text: str, value: str) -> None:
    timex = find(stage(nlp, body, "2008-10-11"), text)
    assert (timex["text"], timex["value"], timex["granularity"]) == (text, value, "decade")


def test_a_unit_cut_from_its_article_gets_it_back(nlp: Language) -> None:
    record = stage(nlp, "It was the year's first loss for the bank.", "2008-10-15")
    assert [(t["text"], t["value"]) for t in record.timexes] == [("the year", "2008")]
    month = stage(nlp, "The month's gains were wiped out.", "2008-10-15")
    assert [(t["text"], t["value"]) for t in month.timexes] == [("The month", "2008-10")]


def test_a_date_run_into_another_expression_keeps_its_value(nlp: Language) -> None:
    since = stage(nlp, "Stocks capped the worst week since 1933.", "2008-10-11")
    assert find(since, "1933")["text"] == "since 1933"
    assert find(since, "1933")["value"] == "1933"
    body = "The bill became law on October 3, two days after the Senate passed it."
    record = stage(nlp, body, "2008-10-15")
    assert find(record, "October 3")["value"] == "2008-10-03"
    assert "October 3, two" not in [t["text"] for t in record.timexes]
    # a comma before a year is no such break
    year = stage(nlp, "The bill became law on October 3, 2008.", "2009-10-15")
    assert find(year, "October 3")["value"] == "2008-10-03"


@pytest.mark.parametrize(
    "body",
    [
        "A spokeswoman told TODAY.com that sales had doubled.",
        "The firm moved its planning to Monday.com last spring.",
        "The crew sailed on to Easter Island.",
        "Mix 645g of flour with 1290g of water.",
    ],
)
def test_names_and_measures_are_not_dates(nlp: Language, body: str) -> None:
    doc = nlp(body)
    texts = [doc.text[s:e] for s, e in find_spans(doc)]
    assert not any(t in ("TODAY", "Monday", "Easter", "1290") for t in texts), texts


def test_a_holiday_named_with_a_weekday_is_one_span(nlp: Language) -> None:
    record = stage(nlp, "Black Friday sales fell, and shares dropped on Friday.", "2009-11-30")
    assert [(t["text"], t["value"]) for t in record.timexes] == [
        ("Black Friday", "2009-11-27"),
        ("on Friday", "2009-11-27"),
    ]


def test_a_quarter_written_short_is_detected_with_its_year(nlp: Language) -> None:
    record = stage(nlp, "In Q4 of 2024, the insurer reported record premiums.", "2025-12-11")
    assert find(record, "Q4")["value"] == "2024-Q4"
    doc = nlp("The Audi Q4 sold well.")
    assert find_spans(doc) == []
