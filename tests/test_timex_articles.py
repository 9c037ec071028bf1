"""The timex stage on whole articles and paragraphs written for these tests (not the
benchmark's gold): anchoring across sentences, reported speech, quotations, a year left
out after a full date, figures for a month, an indefinite weekday."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import anaphoric_unit, timex_stage


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def stage(nlp: Language, body: str, published: str) -> list[dict[str, Any]]:
    record = Record(id="t", source={}, article=Article(body=body, published=published))
    timex_stage(record, nlp(body))
    return record.timexes


def value_of(timexes: list[dict[str, Any]], fragment: str, nth: int = 1) -> str | None:
    hits = [t for t in timexes if fragment in t["text"]]
    assert len(hits) >= nth, f"{fragment!r} not found in {[t['text'] for t in timexes]}"
    return hits[nth - 1]["value"]


# 2014-03-12 is a Wednesday.
ARTICLE = (
    "Regional parliament rejects budget\n\n"
    "Wednesday, March 12, 2014\n\n"
    "The regional parliament voted down the government's budget yesterday.\n\n"
    "Governor Ana Ruiz, who took office in September 2009 after her predecessor resigned "
    "earlier that month, said on March 3 that she would not run in the regional election due "
    "in October.\n\n"
    "The budget office will publish its spending figures for February on Friday, the finance "
    "ministry confirmed today. The previous budget was approved on December 19, 2012, and "
    "amended on January 30.\n\n"
    '"Today we start again from zero," the governor told reporters on Monday.'
)


@pytest.fixture(scope="module")
def article(nlp: Language) -> list[dict[str, Any]]:
    return stage(nlp, ARTICLE, "2014-03-12")


def test_a_qualified_anaphoric_period_counts_from_the_time_named(
    article: list[dict[str, Any]],
) -> None:
    assert anaphoric_unit("earlier that month") == "month"
    assert anaphoric_unit("later that day") == "day"
    assert anaphoric_unit("early the following year") == "year"
    assert value_of(article, "earlier that month") == "2009-09"


def test_a_date_due_after_a_noun_lies_ahead(article: list[dict[str, Any]]) -> None:
    # "would not run" reads as a reported refusal; the election it names is still ahead
    assert value_of(article, "October") == "2014-10"


def test_a_date_before_a_saying_set_off_after_it_is_the_clause_before(
    article: list[dict[str, Any]],
) -> None:
    # "will publish ... on Friday, the ministry confirmed today": the coming Friday
    assert value_of(article, "Friday") == "2014-03-14"
    assert value_of(article, "today") == "2014-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the date on the saying, which it makes the root
        (
            "The new phone will go on sale in six more countries, including Spain and Italy, "
            "on Saturday, the company announced today.",
            "2014-03-15",
        ),
        (
            "The museum will reopen to visitors, after two years of repairs, on Sunday, the "
            "city said yesterday.",
            "2014-03-16",
        ),
        # a done act keeps its past
        ("The plant closed its doors for good on Sunday, the company said today.", "2014-03-09"),
    ],
)
def test_a_date_before_a_saying_belongs_to_what_is_said(
    nlp: Language, text: str, expected: str
) -> None:
    timexes = stage(nlp, text, "2014-03-12")  # a Wednesday
    assert value_of(timexes, "Sun" if "Sunday" in text else "Saturday") == expected


def test_the_month_figures_are_for_is_over(article: list[dict[str, Any]]) -> None:
    # published in March: the February whose figures come out this week, not next year's
    assert value_of(article, "February") == "2014-02"


def test_a_yearless_day_after_a_full_date_takes_its_year(article: list[dict[str, Any]]) -> None:
    assert value_of(article, "December 19, 2012") == "2012-12-19"
    assert value_of(article, "January 30") == "2013-01-30"


def test_a_quoted_today_is_the_day_it_was_said(article: list[dict[str, Any]]) -> None:
    assert value_of(article, "Monday") == "2014-03-10"
    assert value_of(article, "Today") == "2014-03-10"


def test_the_date_line_and_plain_deixis(article: list[dict[str, Any]]) -> None:
    assert value_of(article, "Wednesday, March 12, 2014") == "2014-03-12"
    assert value_of(article, "yesterday") == "2014-03-11"
    assert value_of(article, "March 3") == "2014-03-03"


def test_a_quoted_today_without_a_dated_saying_is_publication(nlp: Language) -> None:
    timexes = stage(nlp, '"Today we start again," the governor told reporters.', "2014-03-12")
    assert value_of(timexes, "Today") == "2014-03-12"


def test_a_yearless_date_in_a_plan_keeps_the_tense_year(nlp: Language) -> None:
    # the full date dates the past act; the plan's day is ahead of publication
    text = "The treaty was signed on June 5, 1998, and will be revised on June 20."
    timexes = stage(nlp, text, "2014-03-12")
    assert value_of(timexes, "June 20") == "2014-06-20"


def test_an_indefinite_weekday_names_no_day_and_anchors_nothing(nlp: Language) -> None:
    text = (
        "The final is set for July 4. As that date falls on a Sunday, the parade will be held "
        "the following day."
    )
    timexes = stage(nlp, text, "2021-06-01")
    assert value_of(timexes, "July 4") == "2021-07-04"
    sundays = [t for t in timexes if t["text"].lower().endswith("sunday")]
    assert all(t["value"] is None for t in sundays)
    assert value_of(timexes, "the following day") == "2021-07-05"


def test_a_weekday_dating_a_noun_after_a_keeps_its_value(nlp: Language) -> None:
    timexes = stage(nlp, "The board will hold a Monday meeting on the merger.", "2021-06-01")
    assert [t["value"] for t in timexes if "Monday" in t["text"]] == ["2021-06-07"]


def test_today_that_an_act_came_ahead_of_is_publication(nlp: Language) -> None:
    # 2013-05-16 is a Thursday
    text = "Oil prices climbed on Tuesday ahead of today's meeting of OPEC ministers."
    timexes = stage(nlp, text, "2013-05-16")
    assert value_of(timexes, "Tuesday") == "2013-05-14"
    assert value_of(timexes, "today") == "2013-05-16"


def test_a_forecast_in_the_present_perfect_points_ahead(nlp: Language) -> None:
    # 2015-01-19 is a Monday
    text = "Forecasters have predicted heavy rain for Friday, the last school day before Easter."
    timexes = stage(nlp, text, "2015-01-19")
    assert value_of(timexes, "Friday") == "2015-01-23"


def test_an_expectation_in_the_past_perfect_is_over(nlp: Language) -> None:
    text = (
        "Retail sales fell in December, the statistics office said today, disappointing "
        "analysts who had expected spending to recover by the end of the year."
    )
    timexes = stage(nlp, text, "2012-01-10")
    assert value_of(timexes, "December") == "2011-12"
    assert value_of(timexes, "the end of the year") == "2011"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("He was arrested on 12 May 2011 and released on 20 May.", "20 May", "2011-05-20"),
        (
            "The tower was completed on October 2, 1971, and its restaurant opened on November 15.",
            "November 15",
            "1971-11-15",
        ),
        (
            "The vote took place on December 20, 2012, and the results were published on "
            "January 3.",
            "January 3",
            "2013-01-03",
        ),
        # long after the date before: not told in its year
        ("He was born on 3 March 1950 and died on 5 January.", "5 January", "2014-01-05"),
        # another clause's act is in the year the tense gives it
        ("The company, founded in May 1990, said profits fell in March.", "March", "2014-03"),
        (
            "The company, founded in May 1990 and based in Ohio, said profits fell in March.",
            "March",
            "2014-03",
        ),
    ],
)
def test_a_year_left_out_after_a_full_date_of_the_same_act(
    nlp: Language, text: str, fragment: str, expected: str
) -> None:
    assert value_of(stage(nlp, text, "2014-06-12"), fragment) == expected


def test_a_month_sales_are_expected_for_lies_ahead(nlp: Language) -> None:
    timexes = stage(nlp, "Retailers expect sales for December to rise 4 percent.", "2014-11-12")
    assert value_of(timexes, "December") == "2014-12"
    text = "The government will release its jobs report for October on Friday."
    assert value_of(stage(nlp, text, "2014-11-12"), "October") == "2014-10"
