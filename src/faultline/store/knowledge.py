"""The knowledge base of persons: the same person seen in many documents is one entry.

Merging rule: two person actors are the same entry when their normalised full names are
equal and nothing they say contradicts (the same country or one unknown, the same main
sector or one unknown). Namesakes with another country or sector stay apart, so a
surname shared by two people never merges them (their full names differ anyway).

What the store knows helps later articles: `enrich` gives a person whose country an
article leaves unsaid the country that every stored entry of that name agrees on. A country
the actors stage only guessed from the sentence (`country_basis: "context"`) or took from its
table of known leaders (`"leaders table"`) counts as unsaid: it is neither stored nor used to
keep namesakes apart, and knowledge stored from articles replaces it.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import Any

from faultline.document import Record


def name_key(name: str) -> str:
    """Case, accents, punctuation and spacing folded: "Ivan  Petrov" == "ivan petrov"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


def _stated(actor: dict[str, Any], field: str) -> Any:
    """A field's value as the text states it: a country guessed from context is none."""
    if field == "country" and actor.get("country_basis") in ("context", "leaders table"):
        return None
    return actor.get(field)


def _compatible(row: sqlite3.Row, actor: dict[str, Any]) -> bool:
    for field in ("country", "sector"):
        mine, theirs = _stated(actor, field), row[field]
        if mine and theirs and mine != theirs:
            return False
    return True


def _named_persons(record: Record) -> list[dict[str, Any]]:
    return [
        a
        for a in record.actors
        if a.get("kind") == "person" and not a.get("anonymous") and a.get("name")
    ]


def enrich(conn: sqlite3.Connection, record: Record) -> None:
    """Fill the country of persons the article leaves without one, from stored knowledge."""
    for actor in _named_persons(record):
        if _stated(actor, "country"):
            continue
        rows = conn.execute(
            "SELECT DISTINCT country FROM persons WHERE name_key = ? AND country IS NOT NULL",
            (name_key(actor["name"]),),
        ).fetchall()
        if len(rows) == 1:
            actor["country"] = rows[0][0]
            actor["country_basis"] = "knowledge base"


def _entry_for(conn: sqlite3.Connection, actor: dict[str, Any]) -> str:
    key = name_key(actor["name"])
    rows = conn.execute(
        "SELECT id, country, sector FROM persons WHERE name_key = ? ORDER BY rowid", (key,)
    ).fetchall()
    for row in rows:
        if _compatible(row, actor):
            conn.execute(
                "UPDATE persons SET country = coalesce(country, ?), sector = coalesce(sector, ?) "
                "WHERE id = ?",
                (_stated(actor, "country"), actor.get("sector"), row["id"]),
            )
            return str(row["id"])
    base = "person:" + key.replace(" ", "-")
    new_id = base if not rows else f"{base}-{len(rows) + 1}"
    conn.execute(
        "INSERT INTO persons (id, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?)",
        (new_id, actor["name"], key, _stated(actor, "country"), actor.get("sector")),
    )
    return new_id


def remember(conn: sqlite3.Connection, record: Record) -> None:
    """Record the document's named persons, roles and mentions (inside the caller's
    transaction, so the knowledge base never disagrees with the documents)."""
    published = record.article.published
    for actor in _named_persons(record):
        entry = _entry_for(conn, actor)
        if actor.get("role"):
            conn.execute(
                "INSERT OR IGNORE INTO person_roles (person_id, role, country, doc_id, reported) "
                "VALUES (?, ?, ?, ?, ?)",
                (entry, actor["role"], _stated(actor, "country"), record.id, published),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO person_mentions "
            "(person_id, doc_id, actor_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (entry, record.id, actor["id"], m["start"], m["end"], m["text"])
                for m in record.mentions
                if m.get("actor") == actor["id"] and m.get("via") != "pronoun"
            ],
        )
