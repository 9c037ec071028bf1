"""Event listing and exports on a stored record built by hand (independent of the coder)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from faultline.cli import app
from faultline.document import Article, Record
from faultline.event_export import state_code, write_cameo_tsv, write_plover
from faultline.store import Store

runner = CliRunner()

ACTORS = [
    {"id": "RUS", "name": "Russia", "kind": "state", "country": "RUS"},
    {"id": "GEO", "name": "Georgia", "kind": "state", "country": "GEO"},
    {"id": "EU", "name": "European Union", "kind": "igo", "country": None},
    {"id": "GE-AB", "name": "Abkhazia", "kind": "region", "parent": "GEO"},
    {"id": "person:ivan-petrov", "name": "Ivan Petrov", "kind": "person", "country": "RUS"},
]


def _event(etype: str, cameo: str, source: list[str], target: list[str], **kw: object) -> dict:
    base = {
        "type": etype, "mode": None, "context": [], "cameo": cameo, "source": source,
        "target": target, "negated": False, "modality": "asserted", "reported": False,
        "claimed_by": None, "date": None, "granularity": None, "date_text": None,
        "date_basis": None, "trigger": "trigger",
        "evidence": {"start": 0, "end": 10, "text": "An evidence\tsentence."},
    }  # fmt: skip
    base.update(kw)
    return base


def _record() -> Record:
    return Record(
        id="sha256:" + "ab" * 32,
        source={"uri": "file:///e.txt", "format": "text"},
        article=Article(body="Body.", outlet="Test Outlet", url="https://x.example/a"),
        actors=ACTORS,
        events=[
            _event("SUPPORT", "054", ["person:ivan-petrov"], ["GE-AB", "GEO"], date="2008-08-26"),
            _event("SANCTION", "163", ["EU"], ["RUS"], negated=True, modality="hypothetical"),
            _event("CONSULT", "040", ["EU"], [], date="2008-09-01", modality="planned"),
        ],
    )


def test_state_codes_aggregate_persons_regions_and_keep_igos() -> None:
    table = {a["id"]: a for a in ACTORS}
    assert state_code("person:ivan-petrov", table) == "RUS"
    assert state_code("GE-AB", table) == "GEO"
    assert state_code("EU", table) == "EU"
    inspectors = {"id": "group:anon:un-inspector", "kind": "group", "sector": "IGO", "parent": "UN"}
    assert state_code(inspectors["id"], {inspectors["id"]: inspectors}) == "UN"


def test_plover_records_carry_negation_modality_and_codes() -> None:
    out = io.StringIO()
    assert write_plover([_record()], out) == 3
    support, sanction, consult = (json.loads(line) for line in out.getvalue().splitlines())
    assert support["event"] == "SUPPORT" and support["date"] == "2008-08-26"
    assert [s["code"] for s in support["source"]] == ["RUS"]
    assert [t["code"] for t in support["target"]] == ["GEO", "GEO"]
    assert support["source"][0]["actorId"] == "person:ivan-petrov"
    assert sanction["negated"] is True and sanction["modality"] == "hypothetical"
    assert consult["target"] == [] and consult["modality"] == "planned"


def test_cameo_tsv_has_one_row_per_actor_pair() -> None:
    out = io.StringIO()
    assert write_cameo_tsv([_record()], out) == 4  # 1x2 + 1x1 + 1x(no target)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    first = rows[0]
    assert first["SQLDATE"] == "20080826" and first["EventRootCode"] == "05"
    assert first["QuadClass"] == "1" and first["Actor1CountryCode"] == "RUS"
    assert first["Actor2Code"] == "GE-AB" and first["Actor2CountryCode"] == "GEO"
    assert first["Evidence"] == "An evidence sentence."  # no tab inside a TSV field
    sanction = rows[2]
    assert sanction["QuadClass"] == "4" and sanction["IsNegated"] == "1"
    assert rows[3]["Actor2Code"] == ""


def test_events_command_filters(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    with Store(db) as store:
        store.save(_record())

    def listed(*args: str) -> list[dict]:
        result = runner.invoke(app, ["events", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert [e["type"] for e in listed()] == ["SUPPORT", "CONSULT", "SANCTION"]
    # RUS finds the Russian official's act and the act aimed at Russia.
    assert [e["type"] for e in listed("--actor", "RUS")] == ["SUPPORT", "SANCTION"]
    assert [e["type"] for e in listed("--type", "consult")] == ["CONSULT"]
    assert [e["type"] for e in listed("--since", "2008-08-27")] == ["CONSULT"]
    assert [e["type"] for e in listed("--until", "2008-08")] == ["SUPPORT"]
    exported = runner.invoke(app, ["export", "-f", "cameo-tsv", "--db", str(db)])
    assert exported.exit_code == 0 and exported.stdout.startswith("GLOBALEVENTID\tSQLDATE")
