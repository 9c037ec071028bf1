"""Event coding on the PLOVER gold-standard sentences (../shared/benchmarks/events).

Each sentence goes through actors, quotes and events. Records split by sha256(id) first byte:
even -> tuning half, odd -> reporting half; both are printed. Scoring rules: that folder's README.

Also scored, with the same rules: benchmarks/gold/event_dev_sentences.jsonl,
event_dev_sentences_2.jsonl (both CAMEO-manual style), event_dev_sentences_3.jsonl (modern
wire copy) and event_dev_sentences_4.jsonl (the hardest types), 160 sentences each, written
for the project by four writers independently, as development sets. They are tuned on, like
the tuning half, and are never reported figures; each one's first run, before any tuning on
it, is in docs/benchmarks.md.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import shared_dir  # noqa: E402

from faultline.actors import actors_stage  # noqa: E402
from faultline.document import Article, Record  # noqa: E402
from faultline.events import events_stage  # noqa: E402
from faultline.nlp import load_model  # noqa: E402
from faultline.quotes import quotes_stage  # noqa: E402
from faultline.settings import Settings  # noqa: E402

LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
UNSCORED = {"ISM", "IMG"}
DEV_SETS = [
    Path(__file__).resolve().parent / "gold" / name
    for name in (
        "event_dev_sentences.jsonl",
        "event_dev_sentences_2.jsonl",
        "event_dev_sentences_3.jsonl",
        "event_dev_sentences_4.jsonl",
    )
]


def _gold_code(code: str) -> str:
    return OLD_CODES.get(code, code)


def _code(actor: dict[str, Any]) -> str | None:
    # An IGO's officials act for it (CAMEO codes "the U.N. envoy" as IGO).
    if actor.get("kind") == "igo" or (not actor.get("country") and actor.get("sector") == "IGO"):
        return "IGO"
    if actor.get("sector") == "NGO":
        return "NGO"  # an armed group (kind org, sector REB) is coded by its country, as CAMEO does
    return actor.get("country")


def _triples(rec: Record, no_target: bool) -> set[tuple[Any, ...]]:
    actors = {a["id"]: a for a in rec.actors}
    out: set[tuple[Any, ...]] = set()
    for e in rec.events:
        if e["negated"]:
            continue
        srcs = {_code(actors.get(s, {})) for s in e["source"]} - {None} or {None}
        tgts = {_code(actors.get(t, {})) for t in e["target"]} - {None} or {None}
        for s in srcs:
            for t in tgts:
                out.add((s, e["type"], None if no_target else t))
    return out


def main() -> None:
    path = shared_dir() / "benchmarks" / "events" / "plover-gsr-dev.json"
    records = [r for r in json.loads(path.read_text()) if r["event"] != "DOCUMENT"]
    nlp = load_model(Settings().model)
    halves: dict[str, list[dict[str, Any]]] = {"tuning": [], "reporting": []}
    for r in records:
        even = hashlib.sha256(r["id"].encode()).digest()[0] % 2 == 0
        halves["tuning" if even else "reporting"].append(r)
    verbose = "-v" in sys.argv
    for name, half in halves.items():
        hits = n_events = tp = n_pred = n_gold = 0
        per: Counter[str] = Counter()
        per_hit: Counter[str] = Counter()
        for r in half:
            gold_type = LABELS.get(r["event"], r["event"])
            rec = Record(id=r["id"], source={}, article=Article(body=r["text"]))
            doc = nlp(r["text"])
            actors_stage(rec, doc)
            quotes_stage(rec, doc)
            events_stage(rec, doc)
            types = {e["type"] for e in rec.events if not e["negated"]}
            n_events += len(rec.events)
            per[gold_type] += 1
            ok = gold_type in types
            hits += ok
            per_hit[gold_type] += ok
            codes = [_gold_code(a["code"]) for a in r["source"] + (r.get("target") or [])]
            if any(c in UNSCORED for c in codes):
                continue
            no_target = not r.get("target")
            gold = {
                (_gold_code(s["code"]), gold_type, None if no_target else _gold_code(t["code"]))
                for s in r["source"]
                for t in (r.get("target") or [{"code": None}])
            }
            pred = _triples(rec, no_target)
            tp += len(gold & pred)
            n_pred += len(pred)
            n_gold += len(gold)
            if verbose and name == "tuning" and (not ok or gold - pred):
                print(f"  MISS {r['id']} gold={sorted(gold, key=str)} pred={sorted(pred, key=str)}")
                print(f"       {r['text'][:150]}")
        p = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"== {name} half: {len(half)} sentences")
        print(f"type accuracy {hits / len(half):.3f}   events/sentence {n_events / len(half):.2f}")
        print(f"triples P {p:.3f} R {rc:.3f} F1 {f1:.3f}")
        print("  " + "  ".join(f"{t}:{per_hit[t]}/{per[t]}" for t in sorted(per)))


def dev_set(nlp: Any, path: Path) -> None:
    """Type accuracy and triples on one of the project's development sets."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if "id" in r]
    hits = tp = n_pred = n_gold = 0
    per: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    for r in rows:
        rec = Record(id=r["id"], source={}, article=Article(body=r["text"]))
        doc = nlp(r["text"])
        actors_stage(rec, doc)
        quotes_stage(rec, doc)
        events_stage(rec, doc)
        ok = r["type"] in {e["type"] for e in rec.events if not e["negated"]}
        hits += ok
        per[r["type"]] += 1
        per_hit[r["type"]] += ok
        no_target = not r["target"]
        gold = {
            (s, r["type"], None if no_target else t)
            for s in r["source"]
            for t in (r["target"] or [None])
        }
        pred = _triples(rec, no_target)
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        if "-v" in sys.argv and (not ok or gold - pred):
            print(f"  MISS {r['id']} gold={sorted(gold, key=str)} pred={sorted(pred, key=str)}")
            print(f"       {r['text'][:150]}")
    p = tp / n_pred if n_pred else 0.0
    rc = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(
        f"== development set {path.name} (tuned on, not a reported figure): {len(rows)} sentences"
    )
    print(f"type accuracy {hits / len(rows):.3f}")
    print(f"triples P {p:.3f} R {rc:.3f} F1 {f1:.3f}")
    print("  " + "  ".join(f"{t}:{per_hit[t]}/{per[t]}" for t in sorted(per)))


if __name__ == "__main__":
    main()
    for dev_path in DEV_SETS:
        dev_set(load_model(Settings().model), dev_path)
