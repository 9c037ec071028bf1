"""The schema, as numbered migrations. Each runs once, in its own transaction, and is recorded
in `schema_migrations`. Never edit a migration that has shipped: add the next one."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, articles and annotation layers",
        """
        CREATE TABLE documents (
            id          TEXT PRIMARY KEY,          -- sha256:<hex of the raw bytes>
            uri         TEXT NOT NULL,
            format      TEXT NOT NULL,             -- text | html | jsonl | warc | url
            ingested_at TEXT NOT NULL,
            record      TEXT NOT NULL              -- the full `analyze --json` object
        );
        CREATE TABLE articles (
            doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            headline  TEXT,
            outlet    TEXT,
            url       TEXT,
            published TEXT,
            dateline  TEXT,
            language  TEXT,
            authors   TEXT NOT NULL,               -- JSON list of {name, role}
            removed   TEXT NOT NULL,               -- JSON list of {text, kind}
            body      TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            headline, body, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, headline, body)
            VALUES (new.rowid, new.headline, new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, body)
            VALUES ('delete', old.rowid, old.headline, old.body);
        END;
        CREATE TABLE actors (
            id      TEXT PRIMARY KEY,              -- RUS, gov:RUS, person:<slug>, ...
            name    TEXT,
            kind    TEXT,
            country TEXT,
            data    TEXT NOT NULL                  -- JSON: every field the contract gives
        );
        CREATE TABLE mentions (
            doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start    INTEGER NOT NULL,
            end      INTEGER NOT NULL,
            text     TEXT NOT NULL,
            actor_id TEXT,
            PRIMARY KEY (doc_id, start, end)
        );
        CREATE INDEX mentions_actor ON mentions(actor_id);
        CREATE TABLE timexes (
            doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq         INTEGER NOT NULL,
            data        TEXT NOT NULL,
            PRIMARY KEY (doc_id, seq)
        );
        CREATE TABLE quotes (
            doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq           INTEGER NOT NULL,
            kind          TEXT,
            speaker_actor TEXT,
            data          TEXT NOT NULL,
            PRIMARY KEY (doc_id, seq)
        );
        CREATE TABLE events (
            doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq      INTEGER NOT NULL,
            type     TEXT,
            date     TEXT,
            negated  INTEGER,
            modality TEXT,
            data     TEXT NOT NULL,
            PRIMARY KEY (doc_id, seq)
        );
        CREATE INDEX events_type_date ON events(type, date);
        CREATE TABLE failures (
            uri       TEXT PRIMARY KEY,
            doc_id    TEXT,
            reason    TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "knowledge base of persons seen across documents",
        """
        CREATE TABLE persons (
            id       TEXT PRIMARY KEY,             -- person:<slug>, person:<slug>-2 for a namesake
            name     TEXT NOT NULL,
            name_key TEXT NOT NULL,                -- normalised name used for merging
            country  TEXT,
            sector   TEXT
        );
        CREATE INDEX persons_name_key ON persons(name_key);
        CREATE TABLE person_roles (
            person_id TEXT NOT NULL REFERENCES persons(id),
            role      TEXT NOT NULL,
            country   TEXT,
            doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            reported  TEXT,                        -- publication date of the report, if known
            PRIMARY KEY (person_id, role, doc_id)
        );
        CREATE TABLE person_mentions (
            person_id TEXT NOT NULL REFERENCES persons(id),
            doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id  TEXT NOT NULL,               -- the id the document's record uses
            start     INTEGER NOT NULL,
            end       INTEGER NOT NULL,
            text      TEXT NOT NULL,
            PRIMARY KEY (person_id, doc_id, start)
        );
        """,
    ),
    (
        3,
        "each document's own view of its actors",
        """
        -- An anonymous or context-placed actor ("person:anon:officials", a crowd of
        -- "people") has one id across documents but the country each document gives it;
        -- the global actors table keeps only the first. Filters by country read this.
        CREATE TABLE doc_actors (
            doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            country  TEXT,
            PRIMARY KEY (doc_id, actor_id)
        );
        CREATE INDEX doc_actors_country ON doc_actors(country);
        INSERT OR IGNORE INTO doc_actors (doc_id, actor_id, country)
            SELECT d.id, json_extract(a.value, '$.id'), json_extract(a.value, '$.country')
            FROM documents d, json_each(d.record, '$.actors') a;
        """,
    ),
]
