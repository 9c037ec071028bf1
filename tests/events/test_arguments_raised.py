"""The subject of a passive verb that governs a to-infinitive does the infinitive's act ("the
EU is expected to impose sanctions"); a forecast ("is likely to") is hypothetical; the clause of a
demand noun names whom the demand is made of."""

from __future__ import annotations

from tests.events.coding import coded


def _event(text: str, etype: str) -> dict:  # type: ignore[type-arg]
    events = [e for e in coded(text).events if e["type"] == etype]
    assert len(events) == 1, (text, coded(text).events)
    return events[0]


def test_subject_of_expected_does_the_act() -> None:
    e = _event("The European Union is expected to impose sanctions on Syria next week.", "SANCTION")
    assert (e["source"], e["target"], e["modality"]) == (["EU"], ["SYR"], "planned")


def test_subject_of_passive_set_to_does_the_act() -> None:
    e = _event("Japan is scheduled to resume aid to Myanmar in April.", "AID")
    assert e["source"] == ["JPN"] and e["modality"] == "planned", e


def test_passive_infinitive_keeps_its_patient() -> None:
    # "to be imposed": the raised subject undergoes the act, it does not do it
    record = coded("Sanctions are expected to be imposed on Syria.")
    assert all(e["source"] != ["SYR"] for e in record.events), record.events


def test_likely_is_a_forecast() -> None:
    e = _event("Britain is likely to expel the Russian ambassador.", "SANCTION")
    assert e["source"] == ["GBR"] and e["modality"] == "hypothetical", e
    e = _event("Israel is unlikely to sign the treaty with Syria.", "SUPPORT")
    assert e["modality"] == "hypothetical" and not e["negated"], e


def test_demand_noun_clause_names_whom_it_is_made_of() -> None:
    e = _event("Egypt renewed its demand that Israel withdraw from Gaza.", "REQUEST")
    assert (e["source"], e["target"]) == (["EGY"], ["ISR"]), e
    e = _event("The opposition repeated its call for Mubarak to resign.", "REQUEST")
    assert e["target"] == ["person:mubarak"], e
