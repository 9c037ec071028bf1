"""Year-shaped counts that spaCy tags DATE, or that the "by YEAR" pattern takes, are no
timexes: "deployed 2000 troops", "at 1900 GMT", "won by 1990 votes". Years in the same
shapes stay: "chronicles 1988 protests", "fall 2026 students", "in 2026 or 2027"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import find_spans


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def _found(nlp: Language, text: str) -> list[str]:
    return [text[s:e] for s, e in find_spans(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army deployed 2000 troops to the border on Monday.", "2000"),
        ("The ceasefire took effect at 1900 GMT on Sunday.", "1900"),
        ("The opposition won by 1990 votes in the capital.", "1990"),
        ("The 2000 employees manufacture kitchen appliances.", "2000"),
        ("If the essay goes over 2000 words, the score is capped.", "2000"),
    ],
)
def test_a_count_is_no_year(nlp: Language, text: str, count: str) -> None:
    assert not [s for s in _found(nlp, text) if count in s]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The film chronicles 1988 protests at Gallaudet University.", "1988"),
        ("Scholarships are available for spring and fall 2026 students.", "2026"),
        ("Elections are due in 2026 or 2027, officials said.", "2026"),
        ("The 2004 riots left 20 dead.", "2004"),
        ("Russia said in 2000 that it would leave.", "2000"),
    ],
)
def test_a_year_in_the_same_shapes_stays(nlp: Language, text: str, year: str) -> None:
    assert any(year in s for s in _found(nlp, text))
