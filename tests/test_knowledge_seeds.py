"""The knowledge base on real input: seed 000 plus articles written for the project."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from faultline.cli import app
from faultline.store import Store
from tests.conftest import REPO

runner = CliRunner()
KB = REPO / "tests" / "data" / "kb"


def test_two_medvedevs_and_the_president_seen_in_both_documents(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "kb.db"
    seed = seeds_dir / "000_170746028200af0c.txt"
    inputs = [str(seed), str(KB / "president-visit.txt"), str(KB / "namesake-historian.txt")]
    result = runner.invoke(app, ["ingest", *inputs, "--db", str(db), "-w", "1"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        medvedevs = [p for p in store.actors(kind="person") if "Medvedev" in p["name"]]
        assert len(medvedevs) == 2, medvedevs
        [president] = [p for p in medvedevs if p["name"] == "Dmitry Medvedev"]
        assert president["country"] == "RUS" and "President" in (president["roles"] or "")
        docs = store.person_documents(president["id"])
        assert len(docs) == 2
        [other] = [p for p in medvedevs if p is not president]
        assert other["name"] == "Kirill Medvedev" and other["id"] != president["id"]


def test_stored_knowledge_gives_a_bare_president_his_country(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    first = runner.invoke(
        app, ["ingest", str(KB / "president-visit.txt"), "--db", str(db), "-w", "1"]
    )
    assert first.exit_code == 0, first.output
    later = runner.invoke(
        app, ["ingest", str(KB / "president-only-title.txt"), "--db", str(db), "-w", "1"]
    )
    assert later.exit_code == 0, later.output
    with Store(db) as store:
        [record] = [r for r in store.records() if "gas transit" in (r.article.headline or "")]
    [person] = [a for a in record.actors if a.get("name") == "Dmitry Medvedev"]
    assert person["country"] == "RUS"
    assert person["country_basis"] == "knowledge base"


def test_quotes_command_filters_by_speaker(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "q.db"
    seed = seeds_dir / "002_1b649318492707dd.txt"
    assert runner.invoke(app, ["ingest", str(seed), "--db", str(db), "-w", "1"]).exit_code == 0
    result = runner.invoke(app, ["quotes", "--speaker", "sawers", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["speaker_actor"] == "person:john-sawers" for r in rows)
    texts = [r["text"] for r in rows]
    assert any(t.startswith("I don’t think there is a parallel") for t in texts)
    assert any(t.startswith("There are reasons for concern") for t in texts)


def test_actors_command_lists_states_persons_and_unnamed_holders(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "a.db"
    seed = seeds_dir / "002_1b649318492707dd.txt"
    assert runner.invoke(app, ["ingest", str(seed), "--db", str(db), "-w", "1"]).exit_code == 0
    result = runner.invoke(app, ["actors", "--db", str(db), "--json"])
    rows = {r["id"]: r for r in (json.loads(line) for line in result.stdout.splitlines())}
    assert rows["RUS"]["kind"] == "state" and rows["RUS"]["mentions"] >= 5
    assert rows["person:zalmay-khalilzad"]["roles"] == "ambassador to the United Nations"
    assert rows["person:anon:western-official"]["kind"] == "person"
    media = runner.invoke(app, ["actors", "--kind", "media", "--db", str(db), "--json"])
    ids = {json.loads(line)["id"] for line in media.stdout.splitlines()}
    assert ids == {"media:reuters", "media:new-york-sun"}
