"""Exporting stored records: JSON Lines (the full contract), CSV and Parquet (one row per
article, for spreadsheets and dataframes)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from faultline.document import Record

FORMATS = ("jsonl", "csv", "parquet", "plover", "cameo-tsv")

ARTICLE_COLUMNS = [
    "id", "uri", "format", "outlet", "headline", "authors", "published", "dateline",
    "language", "url", "body", "n_actors", "n_mentions", "n_quotes", "n_events",
]  # fmt: skip


def article_row(record: Record) -> dict[str, Any]:
    art = record.article
    return {
        "id": record.id,
        "uri": record.source["uri"],
        "format": record.source["format"],
        "outlet": art.outlet,
        "headline": art.headline,
        "authors": "; ".join(f"{a.name} ({a.role})" if a.role else a.name for a in art.authors),
        "published": art.published,
        "dateline": art.dateline,
        "language": art.language,
        "url": art.url,
        "body": art.body,
        "n_actors": len(record.actors),
        "n_mentions": len(record.mentions),
        "n_quotes": len(record.quotes),
        "n_events": len(record.events),
    }


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[Record], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ARTICLE_COLUMNS)
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(article_row(record))
        n += 1
    return n


def write_parquet(records: Iterable[Record], path: Path) -> int:
    import pyarrow as pa  # imported here: only this format needs it, and it is slow to load
    import pyarrow.parquet as pq

    rows = [article_row(r) for r in records]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in ARTICLE_COLUMNS})
    pq.write_table(table, path)
    return len(rows)
