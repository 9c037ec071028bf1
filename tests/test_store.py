"""The store on its own: migrations recorded once, saving is idempotent, failures upserted."""

from __future__ import annotations

from pathlib import Path

from faultline.document import Article, Author, Failure, Record, Removed
from faultline.store import Store
from faultline.store.schema import MIGRATIONS


def _record(n: int) -> Record:
    return Record(
        id=f"sha256:{n:064x}",
        source={"uri": f"file:///doc{n}.txt", "format": "text"},
        article=Article(
            body="First paragraph about the border.\n\nSecond paragraph.",
            headline=f"Headline {n}",
            authors=[Author("A. Writer", "Correspondent")],
            removed=[Removed("Sign in", "account")],
        ),
        events=[{"type": "CONSULT", "date": "2024-01-02", "negated": False}],
    )


def test_migrations_run_once_and_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as store:
        assert store.migrate() == []
        rows = store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
        assert rows == len(MIGRATIONS)


def test_save_is_idempotent_and_round_trips(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        record = _record(1)
        assert store.save(record) is True
        assert store.save(record) is False
        assert store.get(record.id) == record
        assert store.get(record.id.removeprefix("sha256:")[:8]) == record
        assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        assert [r["headline"] for r in store.documents()] == ["Headline 1"]


def test_failure_is_replaced_then_cleared_by_success(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save_failure(Failure(uri="file:///doc2.txt", reason="first reason"))
        store.save_failure(Failure(uri="file:///doc2.txt", reason="second reason"))
        assert [f["reason"] for f in store.failures()] == ["second reason"]
        store.save(_record(2))
        assert store.failures() == []
