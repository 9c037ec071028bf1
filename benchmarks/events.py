"""Event coding on the PLOVER gold-standard sentences (../shared/benchmarks/events).

Each sentence goes through actors, quotes and events. Records split by sha256(id) first byte:
even -> tuning half, odd -> reporting half; both are printed. Scoring rules: that folder's README.

Also scored, with the same rules: benchmarks/gold/event_dev_sentences.jsonl,
event_dev_sentences_2.jsonl (both CAMEO-manual style), event_dev_sentences_3.jsonl (modern
wire copy), event_dev_sentences_4.jsonl (the hardest types), event_dev_sentences_5.jsonl
(wire copy with datelines, cities and titles), event_dev_sentences_6.jsonl (one sentence
per CAMEO code), event_dev_sentences_7.jsonl (192 mid-story wire sentences, 12 per type),
event_dev_sentences_8.jsonl (160 sentences whose sources and targets take care to find),
event_dev_sentences_9.jsonl (160 sentences, 10 per type, in words and phrasings of their
own: lexical variety), event_dev_sentences_10.jsonl (160 long KEDS-era wire sentences, 10
per type, one coded event among background and reporting clauses),
event_dev_sentences_11.jsonl (160 sentences on domestic politics and non-state actors, 10 per
type), event_dev_sentences_12.jsonl (223 sentences, a second pass of one per CAMEO code),
event_dev_sentences_13.jsonl (223 sentences, a third pass with idioms, nominalisations and
passives), event_dev_sentences_14.jsonl (223 sentences, a fourth pass where the grammar
is the hard part: reported clauses, passives, nominal triggers, coordination) and
event_dev_sentences_15.jsonl (96 wire-story lead sentences, 6 per type), written for
the project by writers who never ran faultline, as development sets. They are
tuned on, like the tuning half, and are never reported figures; each one's first run, before
any tuning on it, is in docs/benchmarks.md.

benchmarks/gold/event_heldout_sentences.jsonl (160 mid-story wire sentences, written the same
way) is held out: it is scored and reported, its misses are never printed, and it is never
tuned on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
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
HELD_OUT = Path(__file__).resolve().parent / "gold" / "event_heldout_sentences.jsonl"
DEV_SETS = [
    Path(__file__).resolve().parent / "gold" / name
    for name in (
        "event_dev_sentences.jsonl",
        "event_dev_sentences_2.jsonl",
        "event_dev_sentences_3.jsonl",
        "event_dev_sentences_4.jsonl",
        "event_dev_sentences_5.jsonl",
        "event_dev_sentences_6.jsonl",
        "event_dev_sentences_7.jsonl",
        "event_dev_sentences_8.jsonl",
        "event_dev_sentences_9.jsonl",
        "event_dev_sentences_10.jsonl",
        "event_dev_sentences_11.jsonl",
        "event_dev_sentences_12.jsonl",
        "event_dev_sentences_13.jsonl",
        "event_dev_sentences_14.jsonl",
        "event_dev_sentences_15.jsonl",
        "event_dev_sentences_16.jsonl",
        "event_dev_sentences_17.jsonl",
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


@dataclass
class Item:
    """One scored sentence: its gold type and, unless its actors are unscorable, its gold
    (source, type, target) triples (target None for records without one)."""

    id: str
    text: str
    type: str
    gold: set[tuple[Any, ...]] | None
    no_target: bool


def plover_item(r: dict[str, Any]) -> Item:
    gold_type = LABELS.get(r["event"], r["event"])
    no_target = not r.get("target")
    codes = [_gold_code(a["code"]) for a in r["source"] + (r.get("target") or [])]
    gold = None
    if not any(c in UNSCORED for c in codes):
        gold = {
            (_gold_code(s["code"]), gold_type, None if no_target else _gold_code(t["code"]))
            for s in r["source"]
            for t in (r.get("target") or [{"code": None}])
        }
    return Item(r["id"], r["text"], gold_type, gold, no_target)


def dev_item(r: dict[str, Any]) -> Item:
    no_target = not r["target"]
    gold = {
        (s, r["type"], None if no_target else t) for s in r["source"] for t in r["target"] or [None]
    }
    return Item(r["id"], r["text"], r["type"], gold, no_target)


def score(title: str, items: list[Item], nlp: Any, verbose: bool) -> None:
    """Code each sentence and print type accuracy, events per sentence, triples, per type."""
    hits = n_events = tp = n_pred = n_gold = 0
    per: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    for item in items:
        rec = Record(id=item.id, source={}, article=Article(body=item.text))
        doc = nlp(item.text)
        actors_stage(rec, doc)
        quotes_stage(rec, doc)
        events_stage(rec, doc)
        n_events += len(rec.events)
        ok = item.type in {e["type"] for e in rec.events if not e["negated"]}
        hits += ok
        per[item.type] += 1
        per_hit[item.type] += ok
        outcome[_outcome(ok, rec.events)] += 1
        if item.gold is None:
            continue
        pred = _triples(rec, item.no_target)
        tp += len(item.gold & pred)
        n_pred += len(pred)
        n_gold += len(item.gold)
        if verbose and (not ok or item.gold - pred):
            gold = sorted(item.gold, key=str)
            print(f"  MISS {item.id} gold={gold} pred={sorted(pred, key=str)}")
            print(f"       {item.text[:150]}")
    p = tp / n_pred if n_pred else 0.0
    rc = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"== {title}: {len(items)} sentences")
    print(f"type accuracy {hits / len(items):.3f}   events/sentence {n_events / len(items):.2f}")
    print(f"triples P {p:.3f} R {rc:.3f} F1 {f1:.3f}")
    print("  " + "  ".join(f"{t}:{per_hit[t]}/{per[t]}" for t in sorted(per)))
    # Counts only, so a reporting or held-out set shows where it fails without listing items.
    print("  outcome: " + "  ".join(f"{o} {outcome[o]}" for o in OUTCOMES))


OUTCOMES = ("gold type found", "no event", "only negated", "other types only")


def _outcome(ok: bool, events: list[dict[str, Any]]) -> str:
    """Which of OUTCOMES a sentence's events fall in."""
    if ok:
        return OUTCOMES[0]
    if not events:
        return OUTCOMES[1]
    if all(e["negated"] for e in events):
        return OUTCOMES[2]
    return OUTCOMES[3]


def main() -> None:
    path = shared_dir() / "benchmarks" / "events" / "plover-gsr-dev.json"
    records = [r for r in json.loads(path.read_text()) if r["event"] != "DOCUMENT"]
    nlp = load_model(Settings().model)
    halves: dict[str, list[Item]] = {"tuning": [], "reporting": []}
    for r in records:
        even = hashlib.sha256(r["id"].encode()).digest()[0] % 2 == 0
        halves["tuning" if even else "reporting"].append(plover_item(r))
    verbose = "-v" in sys.argv
    for name, half in halves.items():
        # The reporting half's misses are never printed.
        score(f"{name} half", half, nlp, verbose and name == "tuning")
    for dev_path in DEV_SETS:
        score(
            f"development set {dev_path.name} (tuned on, not a reported figure)",
            _gold_items(dev_path),
            nlp,
            verbose,
        )
    # Held out: reported, never listed item by item, never tuned on.
    score(f"held-out set {HELD_OUT.name} (reported)", _gold_items(HELD_OUT), nlp, False)


def _gold_items(path: Path) -> list[Item]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [dev_item(r) for r in map(json.loads, lines) if "id" in r]


if __name__ == "__main__":
    main()
