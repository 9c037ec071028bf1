"""The party dictionary (parties.jsonl): political parties and national movements resolve to
an `org` of sector PTY with the state they work in, and act as event sources and targets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language

from faultline.actors import gazetteer as gazetteer_module
from faultline.events import events_stage
from faultline.quotes import quotes_stage

from .conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "mention", "actor", "country"),
    [
        ("The PLO rejected the Israeli proposal on Monday.", "PLO", "org:plo", "PSE"),
        (
            "Fatah and Hamas signed a reconciliation agreement in Cairo.",
            "Fatah",
            "org:fatah",
            "PSE",
        ),
        (
            "The African National Congress condemned the massacre in Boipatong.",
            "The African National Congress",
            "org:anc",
            "ZAF",
        ),
        ("Sinn Féin welcomed the decision.", "Sinn Féin", "org:sinn-fein", "GBR"),
        ("SWAPO won two thirds of the seats.", "SWAPO", "org:swapo", "NAM"),
        (
            "Zanu-PF youths attacked opposition supporters in Harare.",
            "Zanu-PF",
            "org:zanu-pf",
            "ZWE",
        ),
        ("The Likud voted against the withdrawal plan.", "Likud", "org:likud", "ISR"),
        (
            "The Bharatiya Janata Party accused the government of weakness.",
            "The Bharatiya Janata Party",
            "org:bjp",
            "IND",
        ),
        ("The Kuomintang sent a delegation to Beijing.", "Kuomintang", "org:kmt", "TWN"),
        (
            "Police detained members of the Muslim Brotherhood in Alexandria.",
            "the Muslim Brotherhood",
            "org:muslim-brotherhood",
            "EGY",
        ),
        (
            "The Patriotic Union of Kurdistan and the KDP agreed to share power.",
            "KDP",
            "org:kdp",
            "IRQ",
        ),
        (
            "Hurriyat leaders called a general strike in Srinagar.",
            "Hurriyat",
            "org:hurriyat",
            "IND",
        ),
        (
            "The Sandinista National Liberation Front lost the election.",
            "The Sandinista National Liberation Front",
            "org:fsln",
            "NIC",
        ),
        ("United Russia won a majority in the Duma.", "United Russia", "org:united-russia", "RUS"),
        (
            "The Communist Party of the Soviet Union lost its monopoly on power.",
            "Communist Party of the Soviet Union",
            "org:cpsu",
            "SUN",
        ),
    ],
)
def test_party_resolves(run: Run, text: str, mention: str, actor: str, country: str) -> None:
    found = by_text(run, text)[mention]
    assert (found["id"], found["kind"], found["country"], found["sector"]) == (
        actor,
        "org",
        country,
        "PTY",
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # Names many countries' parties share are left out of the dictionary: the country in
        # the sentence places them, never a guess at the best-known bearer of the name.
        ("Kenya's opposition Democratic Party accused the police of torture.", "KEN"),
        ("Chile's Christian Democratic Party endorsed Ricardo Lagos.", "CHL"),
    ],
)
def test_a_shared_party_name_is_not_given_a_country(run: Run, text: str, state: str) -> None:
    countries = {a["country"] for a in run(text).actors if a.get("country")}
    assert countries == {state}


def _events(nlp: Language, run: Run, text: str) -> list[dict[str, Any]]:
    record = run(text)
    doc = nlp(text)
    quotes_stage(record, doc)
    events_stage(record, doc)
    return record.events


@pytest.mark.parametrize(
    ("text", "source", "kind", "target"),
    [
        ("The PLO rejected the Israeli proposal on Monday.", "org:plo", "REJECT", "ISR"),
        ("The BJP accused Pakistan of sponsoring terrorism.", "org:bjp", "ACCUSE", "PAK"),
        (
            "Sinn Fein welcomed the British government's decision.",
            "org:sinn-fein",
            "SUPPORT",
            "gov:GBR",
        ),
        # A state's act on a party at home targets the party itself.
        (
            "The Egyptian government seized the assets of the Muslim Brotherhood.",
            "gov:EGY",
            "COERCE",
            "org:muslim-brotherhood",
        ),
        (
            "The Algerian interior ministry granted legal status to the Islamic Salvation Front.",
            "gov:DZA",
            "CONCEDE",
            "org:fis",
        ),
    ],
)
def test_a_party_acts(
    nlp: Language, run: Run, text: str, source: str, kind: str, target: str
) -> None:
    found = {
        (s, e["type"], t) for e in _events(nlp, run, text) for s in e["source"] for t in e["target"]
    }
    assert (source, kind, target) in found


def test_a_party_that_quits_a_coalition_sanctions_it(nlp: Language, run: Run) -> None:
    text = "The Shas party quit Prime Minister Ehud Barak's coalition government on Wednesday."
    [event] = _events(nlp, run, text)
    assert (event["type"], event["source"]) == ("SANCTION", ["org:shas"])


def test_an_id_defined_in_two_files_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A party given an armed group's id would silently replace the group.
    real = gazetteer_module._records

    def records(name: str) -> Iterator[dict[str, Any]]:
        yield from real(name)
        if name == "parties.jsonl":
            yield {"id": "org:taliban", "name": "Taliban", "country": "AFG", "aliases": []}

    monkeypatch.setattr(gazetteer_module, "_records", records)
    with pytest.raises(gazetteer_module.GazetteerError, match="org:taliban"):
        gazetteer_module.build()
