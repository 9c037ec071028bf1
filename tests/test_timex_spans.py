"""Resolution of a given span in its sentence (as MEANTIME and TempEval score it): the
two-digit far end of a span of years, and the month of a purpose clause, which lies ahead of
an act that stands now."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import annotate


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def _value(nlp: Language, text: str, expression: str, published: date) -> str | None:
    start = text.index(expression)
    span = (start, start + len(expression))
    [found] = [t for t in annotate(nlp(text), published, spans=[span])]
    return found["value"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He took part in the trans-Antarctic expedition of 1957-58.", "58", "1958"),
        ("The club won the league in the 1999-00 season.", "00", "2000"),
        ("The budget for 2012/13 was cut.", "13", "2013"),
    ],
)
def test_two_digit_far_end_of_years(nlp: Language, text: str, expression: str, value: str) -> None:
    assert _value(nlp, text, expression, date(2013, 3, 22)) == value


def test_purpose_of_a_standing_act_lies_ahead(nlp: Language) -> None:
    text = (
        "Microsoft said it has identified three companies for the China program to run "
        "through June."
    )
    assert _value(nlp, text, "June", date(2013, 3, 18)) == "2013-06"


def test_purpose_of_a_past_act_keeps_its_tense(nlp: Language) -> None:
    text = "In March the army sent troops to the border to stay until June."
    assert _value(nlp, text, "June", date(2013, 8, 2)) == "2013-06"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The flu season started in early December and peaked by the end of year.",
            "the end of year",
            "2012",
        ),
        ("The company expects to hire 500 people by end of year.", "end of year", "2013"),
    ],
)
def test_end_of_year_without_article(nlp: Language, text: str, expression: str, value: str) -> None:
    assert _value(nlp, text, expression, date(2013, 3, 22)) == value
