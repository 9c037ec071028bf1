"""Words that look like an actor's name but name something else in their sentence: a
person's name, a company, a sea, a treaty, a US state, a town that shares a capital's name."""

from __future__ import annotations

import pytest

from faultline.actors.homonyms import other_names
from tests.actors.conftest import Run


def actors(run: Run, text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["actor"]) for m in run(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The NER swept a conjunction into a person span: the seat of government stays.
        (
            "The Quai d'Orsay and Whitehall issued a joint statement.",
            [("The Quai d'Orsay", "gov:FRA"), ("Whitehall", "gov:GBR")],
        ),
        (
            "Planalto said the Itamaraty would reply.",
            [("Planalto", "gov:BRA"), ("the Itamaraty", "gov:BRA")],
        ),
        # A name inside a longer person's name is none.
        ("George Washington and Chad Smith were born here.", []),
    ],
)
def test_names_inside_person_spans(run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, a) for t, a in actors(run, text) if not a.startswith("person:")]
    assert found == expected


_FRAMES = {
    "head": "Officials said the Qatar {word} was affected.",
    "of": "Officials spoke of the {word} of Qatar.",
    "prefix": "Officials said {word} Qatar was affected.",
    "venue": "Officials said the Doha {word} was dead.",
}


@pytest.mark.parametrize(
    ("word", "where"),
    [(w, where) for where in _FRAMES for w in sorted(getattr(other_names(), where))],
)
def test_other_name_word(run: Run, word: str, where: str) -> None:
    """Every word of other_names.tsv makes the country word or capital beside it name no
    state; the same frame without it keeps the state."""
    text = _FRAMES[where].format(word=word)
    assert "QAT" not in {a for _, a in actors(run, text)}, actors(run, text)
    plain = _FRAMES[where].replace(" {word}", "").replace(" the of", "")
    assert "QAT" in {a for _, a in actors(run, plain)}, plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish Airlines resumed flights to Baghdad.", [("Baghdad", "IRQ")]),
        ("Air France and Air India cancelled flights to Bamako.", [("Bamako", "MLI")]),
        ("The Air France flight and a Qatar Airways jet landed.", []),
        ("British Petroleum and China National Petroleum Corporation bid.", []),
        ("North Korea fired missiles into the Sea of Japan.", [("North Korea", "PRK")]),
        ("A ship was hit in the South China Sea, Manila said.", [("Manila", "PHL")]),
        ("Oil spilled into the Gulf of Mexico and the Irish Sea.", []),
        ("Lake Chad is shrinking and the Niger River is low.", []),
        ("The Minsk agreements failed, like the Paris climate accord.", []),
        ("Students at the University of Georgia protested.", []),
        # The country word stays where the name's head is something else.
        ("The Russian Black Sea Fleet sailed.", [("Russian", "RUS")]),
        ("The US Air Force and the Indian Air Force flew.", [("The US", "USA"), ("Indian", "IND")]),
        (
            "The Iraqi Oil Ministry and the Russian Central Bank met.",
            [("Iraqi", "IRQ"), ("Russian", "RUS")],
        ),
        ("Moscow and Washington signed the treaty.", [("Moscow", "RUS"), ("Washington", "USA")]),
    ],
)
def test_country_words_in_other_names(run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, a) for t, a in actors(run, text) if not a.startswith(("person:", "group:"))]
    assert found == expected
