"""Issue 2 acceptance, through the real `faultline` command in a subprocess (as a user runs it):

- item 2: `faultline analyze <seed> --json` prints one valid JSON object of DESIGN.md §2's shape;
- item 4: every bad input fails with one line naming it and the reason while the rest of the
  batch is stored and nothing stored before is lost; Windows-1252 and Latin-1 text and HTML
  (declared or not) are stored decoded; a 50 MB page goes through in a batch, cut with a
  warning, in bounded memory."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from faultline.document import Record
from faultline.store import Store
from tests.helpers import capture, html_page, write_bad_batch, write_good_batch

SEEDS = ["000_170746028200af0c.txt", "002_1b649318492707dd.txt"]
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
KINDS = {"state", "government", "igo", "region", "person", "org", "group", "media"}


def faultline(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "faultline", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


def sha(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def is_iso(value: str) -> bool:
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError:
        # Month or year precision ("2008-02", "2008") is allowed by the contract.
        parts = value.split("-")
        return len(parts) <= 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4
    return True


def span_ok(body: str, item: dict[str, Any]) -> bool:
    start, end = item["start"], item["end"]
    return 0 <= start <= end <= len(body) and body[start:end] == item["text"]


# -- item 2 -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_item2_analyze_seed_json_has_the_design_shape(seeds_dir: Path, seed: str) -> None:
    path = seeds_dir / seed
    result = faultline("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, "one JSON object per document, one per line"
    doc = json.loads(lines[0])

    assert doc["id"] == sha(path)
    assert doc["source"]["uri"] == path.resolve().as_uri()
    assert doc["source"]["format"] == "text"

    art = doc["article"]
    for key in ("outlet", "url", "headline", "dateline", "published"):
        assert art[key] is None or isinstance(art[key], str), key
    assert art["headline"]
    assert isinstance(art["authors"], list)
    assert all(set(a) >= {"name", "role"} and a["name"] for a in art["authors"])
    assert art["published"] is None or is_iso(art["published"])
    estimate = art["published_estimate"]
    assert estimate is None or set(estimate) >= {"earliest", "latest", "basis"}
    # "en" in DESIGN.md's example; null is allowed while article fields are rough (item 2).
    assert art["language"] is None or (
        isinstance(art["language"], str) and len(art["language"]) == 2
    )
    body = art["body"]
    assert isinstance(body, str) and body.strip()
    assert all(set(r) >= {"text", "kind"} and r["text"] for r in art["removed"])
    # The clutter listed as removed is not left in the body.
    assert not [r for r in art["removed"] if len(r["text"]) > 30 and r["text"] in body]

    actor_ids = set()
    for actor in doc["actors"]:
        assert set(actor) >= {"id", "name", "kind"}, actor
        assert actor["kind"] in KINDS, actor
        if actor["kind"] == "group":  # members: the actor ids known; member_count: a number
            assert isinstance(actor.get("members", []), list), actor
            assert isinstance(actor.get("member_count", 0), int), actor
        else:  # a state, body or person carries its country (null when unknown)
            assert "country" in actor, actor
        actor_ids.add(actor["id"])
    assert len(actor_ids) == len(doc["actors"]), "actor ids are unique"
    for m in doc["mentions"]:
        assert set(m) >= {"start", "end", "text", "actor"} and span_ok(body, m), m
        assert m["actor"] in actor_ids, m
    for t in doc["timexes"]:
        assert set(t) >= {"start", "end", "text", "value", "granularity"} and span_ok(body, t), t
    for q in doc["quotes"]:
        keys = {"start", "end", "text", "kind", "unclosed", "speaker", "cue", "cue_text", "via"}
        assert set(q) >= keys and span_ok(body, q), q
        assert q["kind"] in {"direct", "partial", "indirect"} and isinstance(q["unclosed"], bool)
        assert q["speaker"] is None or set(q["speaker"]) >= {"text", "actor"}
    for e in doc["events"]:
        keys = {
            "type", "mode", "context", "cameo", "source", "target", "negated", "modality",
            "reported", "claimed_by", "date", "granularity", "date_text", "date_basis",
            "trigger", "evidence",
        }  # fmt: skip
        assert set(e) >= keys, e
        assert e["type"] in PLOVER and isinstance(e["negated"], bool)
        assert e["modality"] in {"asserted", "planned", "conditional", "hypothetical"}
        assert isinstance(e["reported"], bool) and e["date_basis"] in {"text", "publication", None}
        assert set(e["source"]) | set(e["target"]) <= actor_ids, e
        assert e["date"] is None or is_iso(e["date"])
        assert span_ok(body, e["evidence"]), e
    for actor in doc["actors"]:
        assert set(actor.get("members", [])) <= actor_ids, actor
    assert doc["actors"] and doc["mentions"], "the seeds name states"


# -- item 4: bad input --------------------------------------------------------------------

REASON_WORDS = {
    "empty": ["empty"],
    "binary": ["binary"],
    "truncated": ["truncated"],
    "no_article": ["no article"],
    "bad_json": ["line 1", "json"],
    "too_large": ["limit"],
}


def test_item4_bad_inputs_fail_alone_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    earlier = write_good_batch(tmp_path / "earlier", 3)
    first = faultline("ingest", str(tmp_path / "earlier"), "--db", str(db), "-w", "1")
    assert first.returncode == 0, first.stderr
    with Store(db) as store:
        before = {sha(p): store.get(sha(p)) for p in earlier}
    assert all(isinstance(r, Record) for r in before.values())

    # The batch: the same 3 documents again (same bytes), 2 new ones, every bad input.
    batch = tmp_path / "batch"
    good = write_good_batch(batch, 5)
    bad = write_bad_batch(batch)
    missing = tmp_path / "not-there.html"
    limit = bad["too_large"].stat().st_size - 1
    assert all(p.stat().st_size < limit for p in good)
    result = faultline(
        "ingest", str(batch), str(missing), "--db", str(db), "-w", "1",
        env={"FAULTLINE_MAX_BYTES": str(limit)},
    )  # fmt: skip
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "Traceback" not in out and "Error:" not in out
    for name, words in REASON_WORDS.items():
        lines = [line for line in out.splitlines() if bad[name].name in line]
        assert len(lines) == 1, (name, out)
        assert all(w in lines[0].lower() for w in words), (name, lines[0])
    [gone] = [line for line in out.splitlines() if missing.name in line]
    assert "no such file" in gone.lower()
    # 2 new files + the good JSONL line; the first 3 were already there; 7 failures.
    assert "3 new, 3 already present, 7 failed" in out

    with Store(db) as store:
        for doc_id, record in before.items():
            assert store.get(doc_id) == record, "a stored document changed or was lost"
        for path in good:
            stored = store.get(sha(path))
            assert stored is not None and "river crossing" in stored.article.body
        assert len(store.documents()) == 6
        uris = {f["uri"] for f in store.failures()}
    assert len(uris) == 7 and any(u.endswith("dump.jsonl#L1") for u in uris)


# -- item 4: awkward input that must succeed -----------------------------------------------

CP1252_PARA = "The minister’s café meeting — “a success”, officials said in Zürich on Monday. " * 6
LATIN1_PARA = "Señor Müller met the naïve délégation in Zürich; the café was crowded. " * 6


def _undeclared(page: str) -> str:
    out = page.replace('<meta charset="utf-8">', "")
    assert "charset" not in out
    return out


def test_item4_windows_1252_and_latin_1_are_decoded_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    cases = {
        "cp1252.txt": ("text", "cp1252", "Déjà vu in Zürich", CP1252_PARA),
        "latin1.txt": ("text", "latin-1", "Señor Müller visits", LATIN1_PARA),
        "cp1252-undeclared.html": ("html", "cp1252", "Déjà vu in Zürich", CP1252_PARA),
        "cp1252-declared.html": ("html", "windows-1252", "Déjà vu à Genève", CP1252_PARA),
        "latin1-declared.html": ("html", "iso-8859-1", "Señor Müller", LATIN1_PARA),
        "latin1-undeclared.html": ("html", "latin-1", "Señor Müller in Zürich", LATIN1_PARA),
    }
    for name, (kind, codec, title, para) in cases.items():
        if kind == "text":
            page = capture(title, para)
        elif "undeclared" in name:
            page = _undeclared(html_page(title, para))
        else:
            page = html_page(title, para, charset=codec)
        data = page.encode(codec)
        (folder / name).write_bytes(data)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # really not UTF-8
    others = write_good_batch(folder, 2)
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "enc.db"
    result = faultline("ingest", str(folder), "--db", str(db), "-w", "1")
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in out, out  # the empty file fails
    assert "8 new, 0 already present, 1 failed" in out
    with Store(db) as store:
        for name, (_, _, title, para) in cases.items():
            stored = store.get(sha(folder / name))
            assert stored is not None, name
            body = stored.article.body
            assert para.split(". ")[0] in body, (name, body[:120])
            assert "\ufffd" not in body and "Ã" not in body and "â€" not in body, name
            assert stored.article.headline == title, name
        for path in others:
            assert store.get(sha(path)) is not None


# -- item 4: a 50 MB page ------------------------------------------------------------------

_PEAK = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[2:], capture_output=True, text=True)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as fh:
    json.dump({"rc": proc.returncode, "out": proc.stdout + proc.stderr, "peak_kib": peak_kib}, fh)
"""


def _saved_page(path: Path, size: int) -> str:
    """A saved page of `size` bytes: inline scripts and images around many short paragraphs.
    Returns the first paragraph."""
    bulk = (
        "<div><script>var state='" + "z" * 4000 + "';</script>"
        "<img src='data:image/png;base64," + "QUJD" * 10000 + "'></div>\n"
    )
    first = "Paragraph 0: the river commission met on the northern bank, officials said."
    with path.open("w", encoding="utf-8") as fh:
        fh.write("<html><head><meta charset='utf-8'><title>A long saved page</title></head>")
        fh.write(f"<body><article><h1>A long saved page</h1><p>{first}</p>\n")
        written, i = 0, 1
        while written < size:
            chunk = bulk if i % 25 == 0 else f"<p>Paragraph {i}: traders waited at the gate.</p>\n"
            fh.write(chunk)
            written += len(chunk)
            i += 1
        fh.write("</article></body></html>")
    return first


def test_item4_fifty_megabyte_page_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    others = write_good_batch(folder, 2)
    page = folder / "huge.html"
    first = _saved_page(page, 50 * 1024 * 1024)
    assert page.stat().st_size > 50 * 1024 * 1024
    db, report = tmp_path / "big.db", tmp_path / "peak.json"
    cmd = [sys.executable, "-m", "faultline", "ingest", str(folder), "--db", str(db), "-w", "1"]
    env = {k: v for k, v in os.environ.items() if k != "FAULTLINE_MAX_BYTES"}  # the default
    subprocess.run([sys.executable, "-c", _PEAK, str(report), *cmd], env=env, check=True)
    run = json.loads(report.read_text())
    assert run["rc"] == 0 and "Traceback" not in run["out"], run["out"]
    assert "3 new, 0 already present, 0 failed" in run["out"]
    # Bounded memory: far less than the model plus a full parse of the page would need.
    assert run["peak_kib"] < 1_500_000, run["peak_kib"]
    with Store(db) as store:
        stored = store.get(sha(page))
        assert stored is not None
        assert stored.article.body.startswith(first)
        assert "var state" not in stored.article.body and "QUJD" not in stored.article.body
        cuts = [w for w in stored.warnings if "cut" in w]
        assert cuts, stored.warnings
        for path in others:
            assert store.get(sha(path)) is not None


# -- item 4: the rest of the batch goes on ------------------------------------------------


def test_item4_a_real_page_with_a_table_does_not_stop_the_batch(
    tmp_path: Path, shared_dir: Path
) -> None:
    """A page of the shared extraction benchmark whose body has table rows ("| Immune Support
    | 37.50% | 4 |"): the batch must finish and store it and the documents after it. Run with
    a generous timeout so that an analysis that never returns fails instead of hanging."""
    page = shared_dir / "benchmarks" / "extraction" / "wcxb-articles" / "html" / "0002.html.gz"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-page.html.gz").write_bytes(page.read_bytes())
    after = write_good_batch(folder, 2)  # doc000.txt, doc001.html: read after a-page
    db = tmp_path / "t.db"
    cmd = [sys.executable, "-m", "faultline", "ingest", str(folder), "--db", str(db), "-w", "1"]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingest did not return on {page.name}")
    assert result.returncode == 0, result.stderr
    assert "3 new, 0 already present, 0 failed" in result.stderr + result.stdout
    with Store(db) as store:
        uris = {d["uri"] for d in store.documents()}
    assert {(folder / "a-page.html.gz").resolve().as_uri()} | {
        p.resolve().as_uri() for p in after
    } <= uris
