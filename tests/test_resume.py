"""An ingest killed with SIGKILL midway loses nothing committed and resumes on re-run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import write_good_batch


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "faultline", "ingest", str(folder), "--db", str(db), "-w", "1"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_midway_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    n = 40
    write_good_batch(tmp_path / "in", n)
    db = tmp_path / "f.db"
    proc = _ingest(tmp_path / "in", db)
    deadline = time.monotonic() + 120
    while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    before = _stored(db)
    assert 3 <= before < n

    rerun = _ingest(tmp_path / "in", db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{n - before} new, {before} already present, 0 failed" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == n
        assert conn.execute("SELECT count(DISTINCT uri) FROM documents").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
