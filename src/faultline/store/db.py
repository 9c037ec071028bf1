"""The SQLite store: WAL mode, migrations, one transaction per document, plain SQL.

One process writes (the ingest loop); readers may run alongside thanks to WAL. Re-saving a
document that is already stored is a no-op, so an interrupted ingest simply resumes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from faultline.document import Failure, Record, record_from_dict
from faultline.store.knowledge import enrich, remember
from faultline.store.schema import MIGRATIONS

DEFAULT_DB = "faultline.db"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        # isolation_level=None: transactions are explicit (BEGIN/COMMIT) and visible in code.
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; return their numbers."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self.conn.execute("SELECT version FROM schema_migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now())
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            applied.append(version)
        return applied

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- writing -----------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def save(self, record: Record) -> bool:
        """Store one analysed document and its layers in one transaction.
        Returns False (and changes nothing) when the document is already stored."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        enrich(c, record)  # before serialising: what the store knows completes the record
        data = record.to_dict()
        art = data["article"]
        try:
            cur = c.execute(
                "INSERT OR IGNORE INTO documents (id, uri, format, ingested_at, record) "
                "VALUES (?, ?, ?, ?, ?)",
                (record.id, record.source["uri"], record.source["format"], _now(), _json(data)),
            )
            if cur.rowcount == 0:
                c.execute("ROLLBACK")
                return False
            c.execute(
                "INSERT INTO articles (doc_id, headline, outlet, url, published, dateline, "
                "language, authors, removed, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id, art["headline"], art["outlet"], art["url"], art["published"],
                    art["dateline"], art["language"], _json(art["authors"]),
                    _json(art["removed"]), art["body"],
                ),
            )  # fmt: skip
            for actor in record.actors:
                c.execute(
                    "INSERT INTO actors (id, name, kind, country, data) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO NOTHING",
                    (actor["id"], actor.get("name"), actor.get("kind"), actor.get("country"),
                     _json(actor)),
                )  # fmt: skip
            c.executemany(
                "INSERT OR IGNORE INTO doc_actors (doc_id, actor_id, country) VALUES (?, ?, ?)",
                [(record.id, a["id"], a.get("country")) for a in record.actors],
            )
            c.executemany(
                "INSERT OR IGNORE INTO mentions (doc_id, start, end, text, actor_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [(record.id, m["start"], m["end"], m["text"], m.get("actor"))
                 for m in record.mentions],
            )  # fmt: skip
            c.executemany(
                "INSERT INTO timexes (doc_id, seq, data) VALUES (?, ?, ?)",
                [(record.id, i, _json(t)) for i, t in enumerate(record.timexes)],
            )
            c.executemany(
                "INSERT INTO quotes (doc_id, seq, kind, speaker_actor, data) "
                "VALUES (?, ?, ?, ?, ?)",
                [(record.id, i, q.get("kind"), (q.get("speaker") or {}).get("actor"), _json(q))
                 for i, q in enumerate(record.quotes)],
            )  # fmt: skip
            c.executemany(
                "INSERT INTO events (doc_id, seq, type, date, negated, modality, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(record.id, i, e.get("type"), e.get("date"), int(bool(e.get("negated"))),
                  e.get("modality"), _json(e)) for i, e in enumerate(record.events)],
            )  # fmt: skip
            remember(c, record)
            c.execute("DELETE FROM failures WHERE uri = ?", (record.source["uri"],))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return True

    def save_failure(self, failure: Failure) -> None:
        self.conn.execute(
            "INSERT INTO failures (uri, doc_id, reason, failed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(uri) DO UPDATE SET doc_id = excluded.doc_id, reason = excluded.reason, "
            "failed_at = excluded.failed_at",
            (failure.uri, failure.id, failure.reason, _now()),
        )

    # -- reading -----------------------------------------------------------------------
    def get(self, doc_id: str) -> Record | None:
        """The stored record for a full id, or for a unique prefix of its hex digest."""
        key = doc_id if doc_id.startswith("sha256:") else f"sha256:{doc_id}"
        rows = self.conn.execute(
            "SELECT record FROM documents WHERE id >= ? AND id < ? LIMIT 2",
            (key, key + "\uffff"),
        ).fetchall()
        if len(rows) != 1:
            return None
        return record_from_dict(json.loads(rows[0]["record"]))

    def records(self) -> Iterator[Record]:
        for row in self.conn.execute("SELECT record FROM documents ORDER BY rowid"):
            yield record_from_dict(json.loads(row["record"]))

    def documents(self) -> list[dict[str, Any]]:
        """One row per stored document with its article's headline fields and layer counts."""
        sql = """
            SELECT d.id, d.uri, d.format, a.outlet, a.headline, a.published,
                   length(a.body) AS body_chars,
                   (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) AS mentions,
                   (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,
                   (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events
            FROM documents d JOIN articles a ON a.doc_id = d.id
            ORDER BY d.rowid
        """
        return [dict(row) for row in self.conn.execute(sql)]

    def actors(self, *, kind: str | None = None) -> list[dict[str, Any]]:
        """Actors with mention and document counts, most mentioned first. Persons come from
        the knowledge base (one row per person across documents, with every role seen). An
        actor whose documents place it in different countries (unnamed "officials") shows
        none."""
        sql = """
            SELECT * FROM (
                SELECT a.id, a.kind, a.name,
                       (SELECT CASE WHEN count(DISTINCT da.country) = 1 THEN max(da.country) END
                        FROM doc_actors da WHERE da.actor_id = a.id) AS country,
                       count(m.actor_id) AS mentions, count(DISTINCT m.doc_id) AS documents,
                       NULL AS roles
                FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id
                -- named persons come from the knowledge base below; unnamed holders
                -- ("a Western official") exist only per article, so they are listed here
                WHERE a.kind IS NOT 'person' OR json_extract(a.data, '$.anonymous')
                GROUP BY a.id
                UNION ALL
                SELECT p.id, 'person', p.name, p.country,
                       (SELECT count(*) FROM person_mentions pm WHERE pm.person_id = p.id),
                       (SELECT count(DISTINCT doc_id) FROM person_mentions pm
                         WHERE pm.person_id = p.id),
                       (SELECT group_concat(DISTINCT role) FROM person_roles r
                         WHERE r.person_id = p.id)
                FROM persons p
            )
            WHERE (:kind IS NULL OR kind = :kind)
            ORDER BY mentions DESC, id
        """
        return [dict(row) for row in self.conn.execute(sql, {"kind": kind})]

    def quotes(self, *, speaker: str | None = None) -> list[dict[str, Any]]:
        """Stored quotes in document order; `speaker` matches the speaker's text or actor id
        (case-insensitive substring)."""
        sql = """
            SELECT q.doc_id, q.seq, q.kind, q.speaker_actor, q.data, a.headline, a.published
            FROM quotes q JOIN articles a ON a.doc_id = q.doc_id
            JOIN documents d ON d.id = q.doc_id
            ORDER BY d.rowid, q.seq
        """
        rows = []
        needle = speaker.casefold() if speaker else None
        for row in self.conn.execute(sql):
            quote = json.loads(row["data"])
            who = quote.get("speaker") or {}
            haystack = f"{who.get('text') or ''} {who.get('actor') or ''}".casefold()
            if needle and needle not in haystack:
                continue
            rows.append(
                {
                    "doc_id": row["doc_id"],
                    "kind": quote.get("kind"),
                    "speaker": who.get("text"),
                    "speaker_actor": who.get("actor"),
                    "cue": quote.get("cue"),
                    "via": quote.get("via"),
                    "unclosed": quote.get("unclosed"),
                    "text": quote.get("text"),
                    "published": row["published"],
                }
            )
        return rows

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events, dated ones in date order. `actor` matches a source or target id,
        or any actor whose country it is in that event's document (so "RUS" also finds the
        Kremlin and Russian officials, and "officials" placed in Britain by another article
        are not Russian); `since`/`until` compare ISO dates (inclusive; undated events
        excluded)."""
        sql = """
            SELECT e.doc_id, e.seq, e.type, e.date, e.negated, e.modality, e.data,
                   a.outlet, a.url
            FROM events e JOIN articles a ON a.doc_id = e.doc_id
            JOIN documents d ON d.id = e.doc_id
            WHERE (:type IS NULL OR e.type = :type)
              AND (:since IS NULL OR e.date >= :since)
              AND (:until IS NULL OR substr(e.date, 1, length(:until)) <= :until)
              AND (:actor IS NULL OR EXISTS (
                    SELECT 1 FROM json_each(e.data, '$.source') j
                    WHERE j.value = :actor OR j.value IN (
                        SELECT actor_id FROM doc_actors
                        WHERE doc_id = e.doc_id AND country = :actor)
                    UNION ALL
                    SELECT 1 FROM json_each(e.data, '$.target') j
                    WHERE j.value = :actor OR j.value IN (
                        SELECT actor_id FROM doc_actors
                        WHERE doc_id = e.doc_id AND country = :actor)))
            ORDER BY e.date IS NULL, e.date, d.rowid, e.seq
        """
        params = {"actor": actor, "type": event_type, "since": since, "until": until}
        rows = []
        for row in self.conn.execute(sql, params):
            event = json.loads(row["data"])
            rows.append(
                {
                    "doc_id": row["doc_id"],
                    "date": event.get("date"),
                    "type": event.get("type"),
                    "mode": event.get("mode"),
                    "cameo": event.get("cameo"),
                    "source": " ".join(event.get("source") or []),
                    "target": " ".join(event.get("target") or []),
                    "negated": bool(event.get("negated")),
                    "modality": event.get("modality"),
                    "reported": bool(event.get("reported")),
                    "claimed_by": event.get("claimed_by"),
                    "trigger": event.get("trigger"),
                    "evidence": (event.get("evidence") or {}).get("text"),
                    "outlet": row["outlet"],
                }
            )
        return rows

    def person_documents(self, person_id: str) -> list[str]:
        """Ids of the documents a knowledge-base person was seen in (provenance)."""
        sql = "SELECT DISTINCT doc_id FROM person_mentions WHERE person_id = ? ORDER BY doc_id"
        return [row[0] for row in self.conn.execute(sql, (person_id,))]

    def failures(self) -> list[dict[str, Any]]:
        sql = "SELECT uri, doc_id, reason, failed_at FROM failures ORDER BY failed_at, uri"
        return [dict(row) for row in self.conn.execute(sql)]

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        sql = """
            SELECT a.doc_id AS id, a.headline,
                   snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
        """
        return [dict(row) for row in self.conn.execute(sql, (query, limit))]


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
