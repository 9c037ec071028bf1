"""The dating stage: events dated from the governing temporal expression, never invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from faultline.batch import analyze
from faultline.dating import event_date
from faultline.document import Record
from faultline.settings import Settings


def _records(tmp_path: Path, bodies: list[tuple[str, str | None]]) -> list[Record]:
    path = tmp_path / "bodies.jsonl"
    lines = [{"body": body, **({"published": pub} if pub else {})} for body, pub in bodies]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    records = list(analyze([str(path)], Settings(), workers=1))
    assert all(isinstance(r, Record) for r in records), records
    return [r for r in records if isinstance(r, Record)]


def _event(record: Record, trigger: str) -> dict[str, Any]:
    hits = [e for e in record.events if e["trigger"] == trigger]
    assert hits, [e["trigger"] for e in record.events]
    return hits[0]


def _seed(seeds_dir: Path, prefix: str, published: str | None = None) -> Record:
    [path] = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    [record] = list(analyze([str(path)], Settings(published=published), workers=1))
    assert isinstance(record, Record)
    return record


def test_seed_000_events_dated_from_the_text(seeds_dir: Path) -> None:
    record = _seed(seeds_dir, "000")
    decree = _event(record, "recognised")
    assert (decree["date"], decree["date_text"], decree["date_basis"]) == (
        "2008-08-26",
        "on Tuesday",
        "text",
    )
    summit = _event(record, "discuss")
    assert summit["modality"] == "planned" and summit["date"] == "2008-09-01"
    withheld = _event(record, "withheld")
    assert withheld["date"] == "2008-08-28" and withheld["granularity"] == "day"


def test_seed_002_undated_then_dated_with_published(seeds_dir: Path) -> None:
    undated = _seed(seeds_dir, "002")
    assert all(e["date"] is None for e in undated.events)
    assert undated.article.published_estimate is None
    withdrew = _event(undated, "withdrew")
    assert withdrew["date_text"] == "Yesterday" and withdrew["date_basis"] is None

    dated = _seed(seeds_dir, "002", published="2008-03-07")
    withdrew = _event(dated, "withdrew")
    assert (withdrew["date"], withdrew["date_basis"]) == ("2008-03-06", "text")
    [last_month] = [t for t in dated.timexes if t["text"] == "last month"]
    assert (last_month["value"], last_month["granularity"]) == ("2008-02", "month")


@pytest.mark.parametrize(
    ("body", "trigger", "date", "basis"),
    [
        # The expression attached to the trigger itself.
        ("Moldova accused Russia of provoking the incident on Monday.", "accused",
         "2024-05-13", "text"),
        # Before a relative pronoun: dates the relative clause.
        ("Georgia protested against Russia's decree on Friday that recognised Abkhazia.",
         "recognised", "2024-05-10", "text"),
        # No expression: an asserted act takes the publication date.
        ("Greece accused Turkey of violating its airspace.", "accused", "2024-05-14",
         "publication"),
        # A planned act with no date stays undated.
        ("Serbia will accuse Kosovo of breaking the agreement.", "accuse", None, None),
    ],
)  # fmt: skip
def test_written_sentences(
    tmp_path: Path, body: str, trigger: str, date: str | None, basis: str | None
) -> None:
    [record] = _records(tmp_path, [(body, "2024-05-14T10:00:00+02:00")])
    event = _event(record, trigger)
    assert (event["date"], event["date_basis"]) == (date, basis)


def test_a_reported_claim_does_not_date_what_is_claimed(tmp_path: Path) -> None:
    body = "Moscow said yesterday that it would support the two regions if Georgia joined NATO."
    [record] = _records(tmp_path, [(body, "2008-03-07")])
    event = _event(record, "support")
    assert event["modality"] == "conditional" and event["date"] is None


@pytest.mark.parametrize(
    ("value", "grain", "expected"),
    [
        ("2008-08-26", "day", ("2008-08-26", "day")),
        ("2008-02", "month", ("2008-02", "month")),
        ("2008-Q3", "quarter", ("2008", "year")),
        ("2008-SU", "season", ("2008", "year")),
        ("2008-W41-WE", "weekend", ("2008-W41", "week")),
        ("2008-W41", "week", ("2008-W41", "week")),
        ("199", "decade", ("199", "decade")),
        (None, None, (None, None)),
    ],
)
def test_event_dates_are_iso(
    value: str | None, grain: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert event_date(value, grain) == expected


def test_a_date_modifying_a_noun_does_not_date_the_act(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    line = {
        "body": "Serbia refuses to recognise Kosovo's 2008 declaration of independence.",
        "published": "2024-02-09",
    }
    path.write_text(json.dumps(line) + "\n")
    [rec] = list(analyze([str(path)], Settings(), workers=1))
    assert isinstance(rec, Record)
    e = next(e for e in rec.events if e["trigger"] == "refuses")
    assert (e["date"], e["date_basis"]) == ("2024-02-09", "publication")
