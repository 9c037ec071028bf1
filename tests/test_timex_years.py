"""Years spaCy tags as counts (CARDINAL) or as nothing, found by their syntax: a year
modifying the noun after it ("the 2025 list", "2025 HR trends") and the far end of a range
whose near end is a date ("from 2018 (253 deaths) to 2022"); counts and measures in the
same places are not years ("2025 people", "killed 2000 soldiers", "2000 km")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import annotate, find_spans
from faultline.timex import patterns as P
from faultline.timex.detection import _modifies_a_noun, _range_far_end


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def _found(nlp: Language, text: str) -> list[str]:
    return [text[s:e] for s, e in find_spans(nlp(text))]


# Each with the year spaCy tags CARDINAL or leaves untagged (the test below checks that),
# so that only the syntax finds it.
YEARS = [
    ("The band announced upcoming 2025 tours of Europe.", "2025"),
    ("Deaths more than doubled from 2018 (253 deaths) to 2022 (723 deaths).", "2022"),
    ("The market is expected to grow from 2025 to 2033.", "2033"),
    ("From 2018 to 2022, the drug overdose death rate more than doubled.", "2022"),
    ("The deadline for filing 2025 income taxes is in April.", "2025"),
    ("Read more: 2025 & 2026 tax brackets and federal income tax rates.", "2025"),
    ("Read more: 2025 & 2026 tax brackets and federal income tax rates.", "2026"),
    ("The 2021 YRBSS survey found that the share had grown.", "2021"),
    ("You can read about 2025 HR trends here.", "2025"),
    (
        "Obé Fitness enrollment for strength training on the digital platform has multiplied by "
        "10 in 2024 compared to 2023.\n\nClassPass also reported strength training has been "
        "booming.",
        "2023",
    ),
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_a_year_by_its_syntax_is_found(nlp: Language, text: str, year: str) -> None:
    doc = nlp(text)
    start = text.index(year)
    token = doc.char_span(start, start + 4)
    assert token is not None and token[0].ent_type_ in ("", "CARDINAL")
    assert year in _found(nlp, text)


@pytest.mark.parametrize(("text", "year"), YEARS[:3])
def test_its_value_is_the_year(nlp: Language, text: str, year: str) -> None:
    timexes = annotate(nlp(text), date(2025, 6, 1))
    assert {(t["text"], t["value"], t["granularity"]) for t in timexes} >= {(year, year, "year")}


# Counts and measures where a year could stand; spaCy tags some of them DATE itself (its own
# mistake, kept as it was), so the rule is asked directly as well.
COUNTS = [
    "The flood forced 2025 people from their homes.",
    "Rebels killed 2000 soldiers in the attack.",
    "The candidate won by 1990 votes.",
    "The pipeline runs 2000 km across the desert.",
    "The company is based at 2000 Pennsylvania Avenue in Washington.",
    "Drivers on Route 2020 faced long delays.",
    "The convoy left at 1900 GMT on Tuesday.",
    "Of the 3000 prisoners, 2050 of them were released.",
    "The army deployed 2000 troops to the border.",
    "About 2000 staff lost their jobs.",
    "The toll rose from 1500 to 2000 on Sunday.",
    "The figure rose from 1500 to 2000 troops.",
    "Between 1500 and 2000 people attended the rally.",
    "A crowd of 2000 gathered outside the court.",
    "He wrote a 2000 word essay on the war.",
    "The government hired 2000 new teachers.",
    "The stadium holds a 2000 strong crowd.",
    "Police arrested 1999 protesters over the weekend.",
    "The ministry said 2019 cases had been confirmed.",
    "The hospital has 2000 beds.",
    "She won with a 2000 majority.",
    "The Dow fell 2000 points in a week.",
    "Some 2000 residents were evacuated.",
    "The index rose to 2010 before falling back.",
    "Order number 2019 shipped on Monday.",
    "In 2024 the firm had 2100 staff, compared to 1990 a year earlier.",
    "In 2024 the firm sold 2100 cars, compared with 1990 in 2023.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_is_no_year_to_the_rule(nlp: Language, text: str) -> None:
    doc = nlp(text)
    found = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    numbers = [t for t in doc if P.SYNTACTIC_YEAR.fullmatch(t.text)]
    assert numbers
    for token in numbers:
        assert not _modifies_a_noun(token)
        assert not _range_far_end(doc, token, found)


@pytest.mark.parametrize(
    "text",
    [
        "The flood forced 2025 people from their homes.",
        "Rebels killed 2000 soldiers in the attack.",
        "The painting sold for $2010 at auction.",
        "The pipeline runs 2000 km across the desert.",
        "About 2000 staff lost their jobs.",
        "The toll rose from 1500 to 2000 on Sunday.",
        "Between 1500 and 2000 people attended the rally.",
        "The plane flew 2000 miles.",
        "The Dow fell 2000 points in a week.",
        "Some 2000 residents were evacuated.",
        "The Boeing 747 landed safely.",
        "Scores rose from 1,990 to 2,019 points.",
    ],
)
def test_a_count_spacy_calls_one_stays_out(nlp: Language, text: str) -> None:
    assert not any(any(c.isdigit() for c in hit) for hit in _found(nlp, text))
