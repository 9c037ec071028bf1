"""Quote benchmark: faultline's quotes stage beside textacy's `direct_quotations`.

Gold: benchmarks/gold/quotes_paragraphs.jsonl, news-style paragraphs written by hand for the
project (fictional people) before the stage was written; each gold quote has its text (the
words between the marks), kind, speaker phrase and a head word the speaker must contain.
Items "h01".. also have a `headline` (the article's headline, scored with the body), and their
quotes an `in` field, "headline" or "body", saying which text the quote's words are found in;
a quote without `in` is in the body. A headline item with no quotes checks that apostrophes
(Russia's, don't, the '90s, rock 'n' roll) are not taken for single quotation marks.

Scores, on direct quotes (gold kind "direct"; a system's partial quotes count as its quotes
too, since textacy does not tell them apart):
  span F1 exact   — normalised quote text equal (marks, edge punctuation, spaces ignored)
  span F1 overlap — character spans overlap
  speaker acc.    — share of gold direct quotes matched (overlap) whose predicted speaker text
                    contains the gold head word
The scores above are on body quotes only (textacy reads only the body). faultline also gets
partial and indirect overlap recall and speaker accuracy (body), and a headline row: recall
and precision of headline quotes (character overlap, any kind) and speaker accuracy (share of
gold headline quotes found whose speaker contains the head word, or is null when the gold's
is). textacy is reported as "not installed" when it cannot be imported (it is not a faultline
dependency).

Run: .venv/bin/python benchmarks/quotes.py [--errors]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _shared import REPO

from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings

GOLD = REPO / "benchmarks" / "gold" / "quotes_paragraphs.jsonl"
MARKS = '"“”„‟'

Pred = dict[str, Any]  # {"start", "end", "text", "speaker": str | None, "kind", "in"}


def norm(text: str) -> str:
    text = re.sub(f"[{MARKS}]", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:!?")


def locate(para: str, quote: str) -> tuple[int, int]:
    start = para.find(quote)
    if start < 0:
        raise ValueError(f"gold quote not in its paragraph: {quote!r}")
    return start, start + len(quote)


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for item in items:
        for q in item["quotes"]:
            q.setdefault("in", "body")
            where = item["headline"] if q["in"] == "headline" else item["text"]
            q["start"], q["end"] = locate(where, q["text"])
    return items


def in_body(items: list[dict[str, Any]], preds: list[list[Pred]]) -> tuple[list[Any], list[Any]]:
    """The items and predictions with their body quotes only."""
    body_items = [{**i, "quotes": [q for q in i["quotes"] if q["in"] == "body"]} for i in items]
    return body_items, [[p for p in pred if p.get("in", "body") == "body"] for pred in preds]


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def head_ok(pred_speaker: str | None, head: str | None) -> bool:
    if head is None:
        return pred_speaker is None
    return pred_speaker is not None and head.lower() in pred_speaker.lower()


def score(items: list[dict[str, Any]], preds: list[list[Pred]], errors: bool) -> dict[str, float]:
    """Direct-quote span F1 (exact, overlap) and speaker accuracy over all paragraphs."""
    tp_exact = tp_overlap = n_pred = n_gold = spk_ok = 0
    for item, pred in zip(items, preds, strict=True):
        gold = [q for q in item["quotes"] if q["kind"] == "direct"]
        mine = [p for p in pred if p["kind"] in ("direct", "partial")]
        n_gold += len(gold)
        n_pred += len([p for p in mine if any(overlaps(p, g) for g in gold)] or []) + len(
            [p for p in mine if not any(overlaps(p, g) for g in item["quotes"])]
        )
        for g in gold:
            hit = next((p for p in mine if overlaps(p, g)), None)
            if hit is None:
                if errors:
                    print(f"  MISS {item['id']}: {g['text'][:60]!r}")
                continue
            tp_overlap += 1
            tp_exact += norm(hit["text"]) == norm(g["text"])
            if head_ok(hit["speaker"], g["head"]):
                spk_ok += 1
            elif errors:
                print(f"  SPEAKER {item['id']}: {hit['speaker']!r} (gold {g['speaker']!r})")
    return {
        "F1 exact": f1(tp_exact, n_pred, n_gold),
        "F1 overlap": f1(tp_overlap, n_pred, n_gold),
        "speaker acc.": spk_ok / n_gold if n_gold else 0.0,
    }


def other_kinds(items: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, float]:
    """faultline only: overlap recall and speaker accuracy for partial and indirect quotes."""
    out: dict[str, float] = {}
    for kind in ("partial", "indirect"):
        n = found = spk = 0
        for item, pred in zip(items, preds, strict=True):
            for g in (q for q in item["quotes"] if q["kind"] == kind):
                n += 1
                hit = next((p for p in pred if p["kind"] == kind and overlaps(p, g)), None)
                found += hit is not None
                spk += hit is not None and head_ok(hit["speaker"], g["head"])
        out[f"{kind} recall"] = found / n if n else 0.0
        out[f"{kind} speaker acc."] = spk / n if n else 0.0
    return out


def headline_scores(items: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, float]:
    """faultline only: headline quotes' overlap recall and precision, and speaker accuracy."""
    n_gold = n_pred = found = spk = right = 0
    for item, pred in zip(items, preds, strict=True):
        gold = [q for q in item["quotes"] if q["in"] == "headline"]
        mine = [p for p in pred if p["in"] == "headline"]
        n_gold += len(gold)
        n_pred += len(mine)
        right += sum(any(overlaps(p, g) for g in gold) for p in mine)
        for g in gold:
            hit = next((p for p in mine if overlaps(p, g)), None)
            found += hit is not None
            spk += hit is not None and head_ok(hit["speaker"], g["head"])
    return {
        "headline recall": found / n_gold if n_gold else 0.0,
        "headline precision": right / n_pred if n_pred else 0.0,
        "headline speaker acc.": spk / n_gold if n_gold else 0.0,
    }


def run_faultline(items: list[dict[str, Any]]) -> tuple[list[list[Pred]], float]:
    nlp = load_model(Settings().model)
    docs = list(nlp.pipe([item["text"] for item in items]))
    preds: list[list[Pred]] = []
    t0 = time.perf_counter()
    for item, doc in zip(items, docs, strict=True):
        article = Article(body=item["text"], headline=item.get("headline"))
        rec = Record(id=item["id"], source={}, article=article)
        quotes_stage(rec, doc)
        preds.append(
            [{**q, "speaker": q["speaker"]["text"] if q["speaker"] else None} for q in rec.quotes]
        )
    return preds, time.perf_counter() - t0


QUOTE_MARKS = "\"“”'‘’ "


def textacy_runner() -> Callable[[list[dict[str, Any]]], list[list[Pred]]] | None:
    try:
        from textacy.extract import triples
    except ImportError:
        return None

    def run(items: list[dict[str, Any]]) -> list[list[Pred]]:
        nlp = load_model(Settings().model)
        out: list[list[Pred]] = []
        for item in items:
            pred: list[Pred] = []
            try:
                found = list(triples.direct_quotations(nlp(item["text"])))
            except ValueError:
                # textacy bails out on unbalanced marks ("unclosed quotation"): it finds
                # nothing in that paragraph, which is how it is scored.
                found = []
            for dq in found:
                content = dq.content
                # textacy's span includes the marks; the gold (and faultline) exclude them.
                text = content.text.strip(QUOTE_MARKS)
                start = content.start_char + content.text.index(text) if text else 0
                pred.append(
                    {
                        "start": start,
                        "end": start + len(text),
                        "text": text,
                        "kind": "direct",
                        "speaker": " ".join(t.text for t in dq.speaker) or None,
                    }
                )
            out.append(pred)
        return out

    return run


def main() -> None:
    errors = "--errors" in sys.argv
    items = load_gold()
    n_direct = sum(q["kind"] == "direct" and q["in"] == "body" for i in items for q in i["quotes"])
    n_head = sum(q["in"] == "headline" for item in items for q in item["quotes"])
    n_headlines = sum("headline" in item for item in items)
    print(f"{len(items)} paragraphs, {n_direct} direct quotes in the body;")
    print(f"{n_headlines} headlines, {n_head} headline quotes")
    preds, secs = run_faultline(items)
    body_items, body_preds = in_body(items, preds)
    ours = score(body_items, body_preds, errors)
    runner = textacy_runner()
    theirs = score(body_items, runner(body_items), False) if runner else None
    print(f"{'':16}{'faultline':>12}{'textacy':>16}")
    for key, value in ours.items():
        other = f"{theirs[key]:.3f}" if theirs else "not installed"
        print(f"{key:16}{value:>12.3f}{other:>16}")
    for key, value in other_kinds(body_items, body_preds).items():
        print(f"{key:24}{value:>8.3f}  (faultline only)")
    for key, value in headline_scores(items, preds).items():
        print(f"{key:24}{value:>8.3f}  (faultline only)")
    print(f"quotes stage: {1000 * secs / len(items):.2f} ms per paragraph (parse excluded)")


if __name__ == "__main__":
    main()
