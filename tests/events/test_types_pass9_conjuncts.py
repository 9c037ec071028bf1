"""The ninth pass over event types: a list's chained conjuncts are all objects of the verb
(fails without the chain followed in triggers.objects)."""

from __future__ import annotations

from tests.events.coding import first_event, types_of


def test_every_conjunct_of_a_chained_list_is_an_object() -> None:
    # The parser hangs "rifles" on "radios", not on "trucks": the rifles still frame the
    # delivery as military aid.
    text = "The United States delivered trucks, radios and rifles to the army of Mali."
    assert types_of(text) == ["AID"]
    assert first_event(text, "AID")["cameo"] == "072"
