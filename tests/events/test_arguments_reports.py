"""Sources and targets of reporting verbs that the parser misreads."""

from __future__ import annotations

from tests.events.coding import coded


def _accusations(text: str) -> list[tuple[list[str | None], list[str | None], list[str]]]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return [
        (
            [table[s].get("country") for s in e["source"]],
            [table[t].get("country") for t in e["target"]],
            [table[s].get("sector") for s in e["source"]],
        )
        for e in record.events
        if e["type"] == "ACCUSE"
    ]


def test_a_report_after_its_clause_is_made_by_the_noun_before_it() -> None:
    # The parser hangs "protested" on "group" as a clause of its own.
    text = (
        "Croatian authorities are failing to uphold the property rights of Croatian Serb "
        "refugees, a human rights group protested here Wednesday."
    )
    assert _accusations(text) == [([None], ["HRV"], ["NGO"])]


def test_an_inverted_report_accuses_the_subject_of_the_clause_it_reports() -> None:
    text = (
        "U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity, "
        "a human rights organization charged on Saturday."
    )
    assert _accusations(text) == [([None], ["USA"], ["NGO"])]


def test_the_reporter_is_only_what_follows_the_comma() -> None:
    # "Armenia" is the clause's focus, not a reporter.
    text = "It was Armenia, Azerbaijan's defence ministry charged on Tuesday, that began the war."
    sources = [s for s, _, _ in _accusations(text)]
    assert sources == [["AZE"]]
