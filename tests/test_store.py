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


def _placed(n: int, country: str) -> Record:
    """A document whose unnamed officials its own text places in `country`."""
    record = _record(n)
    record.actors = [
        {"id": country, "name": country, "kind": "state", "country": country},
        {"id": "person:anon:officials", "name": "officials", "kind": "person",
         "country": country, "anonymous": True, "country_basis": "context"},
    ]  # fmt: skip
    record.events = [
        {"type": "ACCUSE", "date": f"2024-01-0{n}", "negated": False, "modality": "asserted",
         "source": ["person:anon:officials"], "target": []}
    ]  # fmt: skip
    return record


def test_a_country_filter_reads_each_documents_own_placing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(_placed(1, "RUS"))
        store.save(_placed(2, "GBR"))
        # one global row for the shared id; each document keeps its own country
        assert (
            store.conn.execute(
                "SELECT count(*) FROM actors WHERE id LIKE 'person:anon%'"
            ).fetchone()[0]
            == 1
        )
        assert [e["doc_id"] for e in store.events(actor="GBR")] == [_placed(2, "GBR").id]
        assert [e["doc_id"] for e in store.events(actor="RUS")] == [_placed(1, "RUS").id]
        listed = {a["id"]: a["country"] for a in store.actors()}
        assert listed["person:anon:officials"] is None and listed["RUS"] == "RUS"


def test_the_per_document_actors_migration_backfills_stored_documents(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.save(_placed(2, "GBR"))
        # as a store written before migration 3 was: no per-document rows, not yet migrated
        store.conn.execute("DELETE FROM doc_actors")
        store.conn.execute("DELETE FROM schema_migrations WHERE version = 3")
        store.conn.execute("DROP TABLE doc_actors")
    with Store(db) as store:
        assert [e["doc_id"] for e in store.events(actor="GBR")] == [_placed(2, "GBR").id]
