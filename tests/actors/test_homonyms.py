"""Words that look like an actor's name but name something else in their sentence: a
person's name, a company, a sea, a treaty, a US state, a town that shares a capital's name."""

from __future__ import annotations

import pytest

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
