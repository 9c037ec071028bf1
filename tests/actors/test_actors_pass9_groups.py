"""Ninth pass: a PERSON span that ends in an armed group's name before a plural noun for its
members ("Suspected Tamil Tiger snipers") is that group, not a person."""

from __future__ import annotations

import pytest

from tests.actors.conftest import Run


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Tamil Tiger rebels ambushed an army patrol near Jaffna on Tuesday.",
        "Suspected Tamil Tiger guerrillas attacked a navy base in the east.",
    ],
)
def test_group_name_before_its_members_is_the_group(run: Run, text: str) -> None:
    record = run(text)
    assert "org:ltte" in {m["actor"] for m in record.mentions}
    assert not any(a["id"].startswith("person:") for a in record.actors)


def test_person_named_like_nothing_stays_a_person(run: Run) -> None:
    record = run("Jonathan Mbeki, a lawyer, said the rebels had left.")
    assert any(a["id"].startswith("person:") for a in record.actors)
