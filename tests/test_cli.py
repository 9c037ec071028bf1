"""The CLI end to end on real files: output contract, idempotent ingest, bad input, exports."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from faultline.cli import app
from tests.helpers import ARTICLE, capture, html_page, write_bad_batch, write_good_batch

runner = CliRunner()

CONTRACT_KEYS = {"id", "source", "article", "actors", "mentions", "timexes", "quotes", "events"}
ARTICLE_KEYS = {
    "outlet", "url", "headline", "authors", "published", "published_estimate", "dateline",
    "language", "body", "removed",
}  # fmt: skip


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == "faultline 0.1.0"


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["analyze", "--no-such-option", "x"])
    assert result.exit_code == 2


@pytest.mark.parametrize("seed", ["000_170746028200af0c.txt", "002_1b649318492707dd.txt"])
def test_analyze_seed_prints_contract_json(seeds_dir: Path, seed: str) -> None:
    path = seeds_dir / seed
    result = runner.invoke(app, ["analyze", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    [doc] = _lines(result.stdout)
    assert set(doc) >= CONTRACT_KEYS
    assert set(doc["article"]) >= ARTICLE_KEYS
    assert doc["id"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc["source"] == {"uri": path.resolve().as_uri(), "format": "text"}
    assert doc["article"]["body"].strip()
    assert all(set(r) == {"text", "kind"} for r in doc["article"]["removed"])


def test_ingest_twice_stores_nothing_new(tmp_path: Path) -> None:
    write_good_batch(tmp_path / "in", 4)
    db = tmp_path / "f.db"
    first = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-w", "1"])
    assert first.exit_code == 0, first.output
    assert "4 new, 0 already present, 0 failed" in first.output
    second = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-w", "1"])
    assert second.exit_code == 0
    assert "0 new, 4 already present, 0 failed" in second.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


def test_bad_inputs_fail_cleanly_and_the_rest_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_good_batch(tmp_path / "in", 3)
    bad = write_bad_batch(tmp_path / "in")
    monkeypatch.setenv("FAULTLINE_MAX_BYTES", str(bad["too_large"].stat().st_size - 1))
    db = tmp_path / "f.db"
    missing = tmp_path / "missing.txt"
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "in"), str(missing), "--db", str(db), "-w", "1"]
    )
    assert result.exit_code == 1
    out = result.output
    assert "Traceback" not in out
    expected = {
        "empty": "empty input (0 bytes)",
        "binary": "binary data, not text or HTML",
        "truncated": "compressed data is truncated or corrupt",
        "no_article": "no article text found",
        "bad_json": "line 1: not valid JSON",
        "too_large": "over the limit of",
    }
    for name, reason in expected.items():
        lines = [line for line in out.splitlines() if bad[name].name in line]
        assert len(lines) == 1 and reason in lines[0], (name, out)
    assert f"{missing}: no such file or directory" in out
    # 3 good files + the good JSONL line are stored; the 7 failures are recorded.
    assert "4 new, 0 already present, 7 failed" in out
    with sqlite3.connect(db) as conn:
        uris = {row[0] for row in conn.execute("SELECT uri FROM documents")}
        reasons = dict(conn.execute("SELECT uri, reason FROM failures").fetchall())
    assert {p.resolve().as_uri() for p in good} <= uris
    assert bad["bad_json"].resolve().as_uri() + "#L2" in uris
    assert len(reasons) == 7
    assert reasons[bad["empty"].resolve().as_uri()] == "empty input (0 bytes)"


def test_windows_1252_text_and_latin_1_html_decode_correctly(tmp_path: Path) -> None:
    para = "The minister’s café meeting — “a success”, officials said. " * 8
    (tmp_path / "cp1252.txt").write_bytes(capture("Déjà vu in Zürich", para).encode("cp1252"))
    latin = html_page("Señor Müller visits", "Señor Müller met the naïve délégation. " * 8)
    (tmp_path / "latin1.html").write_bytes(latin.replace("utf-8", "iso-8859-1").encode("latin-1"))
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", "-w", "1"])
    assert result.exit_code == 0, result.output
    by_name = {Path(d["source"]["uri"]).name: d["article"] for d in _lines(result.stdout)}
    assert "The minister’s café meeting — “a success”" in by_name["cp1252.txt"]["body"]
    assert "Señor Müller met the naïve délégation." in by_name["latin1.html"]["body"]


def test_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "-", "--json", "-w", "1"], input=capture("From stdin"))
    assert result.exit_code == 0, result.output
    [doc] = _lines(result.stdout)
    assert doc["source"]["uri"] == "<stdin>" and "river crossing" in doc["article"]["body"]


def test_two_workers_give_the_same_records_in_order(tmp_path: Path) -> None:
    write_good_batch(tmp_path / "in", 6)
    one = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--json", "-w", "1"])
    two = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--json", "-w", "2"])
    assert one.exit_code == two.exit_code == 0
    assert _lines(one.stdout) == _lines(two.stdout)
    assert len(_lines(two.stdout)) == 6


def test_store_views_and_exports(tmp_path: Path) -> None:
    write_good_batch(tmp_path / "in", 2)
    db = tmp_path / "f.db"
    assert (
        runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-w", "1"]).exit_code
        == 0
    )

    docs = _lines(runner.invoke(app, ["documents", "--db", str(db), "--json"]).stdout)
    assert [d["headline"] for d in docs] == [
        "Talks on the river crossing, day 1",
        "Talks on the river crossing, day 2",
    ]
    csv_out = runner.invoke(app, ["documents", "--db", str(db), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,uri,format,outlet,headline")

    prefix = docs[0]["id"].removeprefix("sha256:")[:10]
    shown = runner.invoke(app, ["show", prefix, "--db", str(db), "--json"])
    assert json.loads(shown.stdout)["id"] == docs[0]["id"]
    assert runner.invoke(app, ["show", "ffffffffff", "--db", str(db)]).exit_code == 1

    hits = _lines(runner.invoke(app, ["search", "harvest", "--db", str(db), "--json"]).stdout)
    assert len(hits) == 2 and "[harvest]" in hits[0]["snippet"]

    jsonl = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)]).stdout
    assert [d["id"] for d in _lines(jsonl)] == [d["id"] for d in docs]
    out_csv = tmp_path / "a.csv"
    runner.invoke(app, ["export", "-f", "csv", "-o", str(out_csv), "--db", str(db)])
    assert out_csv.read_text().count("river crossing, day") == 2
    out_pq = tmp_path / "a.parquet"
    runner.invoke(app, ["export", "-f", "parquet", "-o", str(out_pq), "--db", str(db)])
    table = pq.read_table(out_pq)
    assert table.num_rows == 2 and ARTICLE.split()[0] in table.column("body")[0].as_py()
    assert runner.invoke(app, ["export", "-f", "xml", "--db", str(db)]).exit_code == 2


def test_published_option_sets_the_date_and_rejects_bad_values(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(capture("Undated capture"))
    ok = runner.invoke(
        app, ["analyze", str(tmp_path / "a.txt"), "--json", "-w", "1", "--published", "2008-03-07"]
    )
    assert ok.exit_code == 0, ok.output
    assert _lines(ok.stdout)[0]["article"]["published"] == "2008-03-07"
    timed = runner.invoke(
        app,
        [
            "analyze",
            str(tmp_path / "a.txt"),
            "--json",
            "-w",
            "1",
            "--published",
            "2008-03-07T14:30+01:00",
        ],
    )
    assert _lines(timed.stdout)[0]["article"]["published"] == "2008-03-07T14:30+01:00"
    for bad in ["07/03/2008", "2008-13-01", "yesterday"]:
        result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), "--published", bad])
        assert result.exit_code == 2, bad
        assert "--published" in result.output


def test_a_body_cut_at_the_limit_is_said_on_ingest_and_analyze(tmp_path: Path) -> None:
    sentence = "The commission met again on Monday to discuss the river crossing dispute. "
    body = "\n\n".join(sentence * 8 for _ in range(400))  # about 235,000 characters
    path = tmp_path / "in" / "long.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"body": body}) + "\n", encoding="utf-8")
    ingested = runner.invoke(app, ["ingest", str(path.parent), "--db", str(tmp_path / "f.db")])
    analyzed = runner.invoke(app, ["analyze", str(path), "--json", "-w", "1"])
    for result in (ingested, analyzed):
        lines = [line for line in result.output.splitlines() if line.startswith("warning")]
        assert len(lines) == 1 and "long.jsonl" in lines[0] and "cut" in lines[0], result.output
