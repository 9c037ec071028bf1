"""Event exports in the field's formats: PLOVER JSON records and GDELT-like CAMEO TSV.

One row or record per event, with state-level codes so analysts can aggregate: a person,
government body or anonymous official is coded by its country, a region by its own code
(its parent state in `*CountryCode`), an IGO by its acronym. Negation and modality travel
with every event (`negated`, `modality`), so nothing negated or hypothetical can pass for
an asserted act downstream.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from faultline.document import Record

# CAMEO root code → GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict.
_QUAD = {r: 1 for r in range(1, 6)} | {r: 2 for r in range(6, 9)}
_QUAD |= {r: 3 for r in range(9, 14)} | {r: 4 for r in range(14, 21)}

CAMEO_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "DateGranularity", "DateBasis",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Kind",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Kind",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "PloverType", "PloverMode",
    "IsNegated", "Modality", "IsReported", "ClaimedBy",
    "SOURCEURL", "DocId", "Outlet", "Trigger", "Evidence",
]  # fmt: skip


def _actor_table(record: Record) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in record.actors}


def state_code(actor_id: str, actors: dict[str, dict[str, Any]]) -> str | None:
    """The code an analyst aggregates `actor_id` to: a state or IGO code, or None."""
    actor = actors.get(actor_id, {})
    kind = actor.get("kind")
    if kind in ("state", "igo") or (kind is None and actor_id.isupper()):
        return actor_id
    if kind == "region":
        return actor.get("parent") or actor_id
    if not actor.get("country") and actor.get("sector") == "IGO" and actor.get("parent"):
        return actor["parent"]  # an IGO's people ("U.N. inspectors") count for it
    return actor.get("country")


def _event_id(record: Record, seq: int) -> str:
    return f"{record.id.removeprefix('sha256:')[:16]}-{seq}"


def _events(records: Iterable[Record]) -> Iterator[tuple[Record, int, dict[str, Any]]]:
    for record in records:
        for seq, event in enumerate(record.events):
            yield record, seq, event


def plover_record(record: Record, seq: int, event: dict[str, Any]) -> dict[str, Any]:
    actors = _actor_table(record)

    def side(ids: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "actorText": actors.get(i, {}).get("name") or i,
                "code": state_code(i, actors),
                "actorId": i,
            }
            for i in ids
        ]

    return {
        "id": _event_id(record, seq),
        "date": event.get("date"),
        "dateGranularity": event.get("granularity"),
        "event": event.get("type"),
        "mode": event.get("mode"),
        "context": event.get("context") or [],
        "source": side(event.get("source") or []),
        "target": side(event.get("target") or []),
        "negated": bool(event.get("negated")),
        "modality": event.get("modality"),
        "reported": bool(event.get("reported")),
        "claimedBy": event.get("claimed_by"),
        "cameo": event.get("cameo"),
        "eventText": event.get("trigger"),
        "text": (event.get("evidence") or {}).get("text"),
        "language": record.article.language or "en",
        "publication": record.article.outlet,
        "url": record.article.url,
        "docId": record.id,
    }


def write_plover(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for record, seq, event in _events(records):
        out.write(json.dumps(plover_record(record, seq, event), ensure_ascii=False) + "\n")
        n += 1
    return n


def cameo_rows(record: Record, seq: int, event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per (source, target) pair, as GDELT has one Actor1 and one Actor2 per row."""
    actors = _actor_table(record)
    cameo = str(event.get("cameo") or "")
    root = int(cameo[:2]) if cameo[:2].isdigit() else None
    sources = event.get("source") or [None]
    targets = event.get("target") or [None]
    for pair, (src, tgt) in enumerate((s, t) for s in sources for t in targets):
        row: dict[str, Any] = {
            "GLOBALEVENTID": f"{_event_id(record, seq)}-{pair}",
            "SQLDATE": (event.get("date") or "").replace("-", ""),
            "DateGranularity": event.get("granularity"),
            "DateBasis": event.get("date_basis"),
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": _QUAD.get(root) if root else None,
            "PloverType": event.get("type"),
            "PloverMode": event.get("mode"),
            "IsNegated": int(bool(event.get("negated"))),
            "Modality": event.get("modality"),
            "IsReported": int(bool(event.get("reported"))),
            "ClaimedBy": event.get("claimed_by"),
            "SOURCEURL": record.article.url or record.source.get("uri"),
            "DocId": record.id,
            "Outlet": record.article.outlet,
            "Trigger": event.get("trigger"),
            "Evidence": (event.get("evidence") or {}).get("text"),
        }
        for prefix, actor_id in (("Actor1", src), ("Actor2", tgt)):
            actor = actors.get(actor_id or "", {})
            row[f"{prefix}Code"] = actor_id
            row[f"{prefix}Name"] = actor.get("name")
            row[f"{prefix}CountryCode"] = state_code(actor_id, actors) if actor_id else None
            row[f"{prefix}Kind"] = actor.get("kind")
        yield row


def write_cameo_tsv(records: Iterable[Record], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CAMEO_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    n = 0
    for record, seq, event in _events(records):
        for row in cameo_rows(record, seq, event):
            # Tabs and newlines inside evidence text would break the TSV's rows.
            writer.writerow(
                {k: " ".join(str(v).split()) if v is not None else "" for k, v in row.items()}
            )
            n += 1
    return n
