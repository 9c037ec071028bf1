"""Temporal expression benchmark: faultline's timex resolver beside dateparser.

(a) Value accuracy on MEANTIME's 209 scored expressions (gold span and publication date
    given): faultline resolves each gold span in its parsed article (tense from the parse);
    dateparser 1.5 parses the same text with RELATIVE_BASE = the publication date. A value
    is compared at the gold value's own granularity (SCORING.md).
(b) The same on the project's own sentences, benchmarks/gold/time_sentences.jsonl (written
    by hand before the resolver; a gold null means "no date can be given"), on the two
    development sets, Wikinews-style benchmarks/gold/time_dev_wikinews.jsonl and business
    news benchmarks/gold/time_dev_business.jsonl (each written blind, without seeing
    faultline; tuned on after its first run, so no held-out figure), on the conventions set
    benchmarks/gold/time_dev_guidelines.jsonl (values written from the TimeML/TIDES
    guidelines before the first run; tuned on after it), and on the held-out set
    benchmarks/gold/time_heldout.jsonl (written blind, for reporting only: its figures are
    printed, its items and misses never, and nothing is tuned on it).
    And on whole articles, benchmarks/gold/time_dev_articles.jsonl (30 Wikinews-style
    articles written blind, title and date line included; each expression resolved in its
    whole article, so anchoring across sentences and paragraphs counts; tuned on), and on
    real web articles, benchmarks/gold/time_dev_wcxb.jsonl (30 pages of the tune half of the
    shared WCXB set, annotated blind; their text is read from the shared folder).
(c) Detection recall: the share of gold expressions that some timex faultline finds on its
    own overlaps (MEANTIME article text rebuilt from its tokens; the sentence sets; the
    articles).

MEANTIME is split by a fixed hash of "<doc id>:<m_id>" into a "tune" half (the only one
looked at while tuning) and a "report" half; both are printed.

Run: .venv/bin/python benchmarks/time.py [--errors]   (--errors lists the misses of the tune
half, the own sentences and the development sets; never the report half's nor the held-out
set's)
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from _shared import REPO, shared_dir

from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import annotate, find_spans, publication_date

GOLD_SENTENCES = REPO / "benchmarks" / "gold" / "time_sentences.jsonl"
GOLD_DEV = REPO / "benchmarks" / "gold" / "time_dev_wikinews.jsonl"
GOLD_DEV_BUSINESS = REPO / "benchmarks" / "gold" / "time_dev_business.jsonl"
GOLD_DEV_GUIDELINES = REPO / "benchmarks" / "gold" / "time_dev_guidelines.jsonl"
GOLD_DEV_ARTICLES = REPO / "benchmarks" / "gold" / "time_dev_articles.jsonl"
GOLD_DEV_WCXB = REPO / "benchmarks" / "gold" / "time_dev_wcxb.jsonl"
GOLD_HELDOUT = REPO / "benchmarks" / "gold" / "time_heldout.jsonl"
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "'", "''", "'re", "'ve"}
NO_SPACE_AFTER = {"(", "$", "``", "`"}
COARSE_VALUES = {
    "quarter": r"\d{4}-Q[1-4]",
    "season": r"\d{4}-(?:SP|SU|FA|WI)",
    "weekend": r"\d{4}-W\d\d-WE",
    "decade": r"\d{3}",
}


@dataclass
class Item:
    """One gold expression in its context."""

    key: str
    half: str
    text: str  # the context the expression sits in
    start: int
    end: int
    expression: str
    anchor: date | None
    gold: str | None
    granularity: str | None


# ---------------------------------------------------------------- pure scoring functions


def half_of(key: str) -> str:
    return "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "report"


def at_granularity(value: str | None, granularity: str | None) -> str | None:
    """`value` written at `granularity` when it is at least that precise, else None."""
    if value is None or granularity is None:
        return None
    if granularity in COARSE_VALUES:
        # TimeML's own shapes for periods that are no calendar prefix: compared whole.
        return value if re.fullmatch(COARSE_VALUES[granularity], value) else None
    if "-W" in value:
        return value if granularity == "week" else (value[:4] if granularity == "year" else None)
    size = {"year": 4, "month": 7, "day": 10, "time": 16}.get(granularity)
    if granularity == "week":
        if len(value) < 10:
            return None
        y, w, _ = date.fromisoformat(value[:10]).isocalendar()
        return f"{y}-W{w:02d}"
    if size is None or len(value) < size:
        return None
    return value[:size]


def correct(predicted: str | None, gold: str | None, granularity: str | None) -> bool:
    if gold is None:
        return predicted is None
    return at_granularity(predicted, granularity) == gold


def dateparser_value(text: str, anchor: date | None, granularity: str | None) -> str | None:
    import dateparser

    settings: dict[str, Any] = {}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day, 12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        return None
    if granularity == "time":
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


# ---------------------------------------------------------------- data


def _rebuild(tokens: list[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Article text from MEANTIME tokens (t_id, sentence, word): sentences on their own
    lines, title and date line as separate paragraphs; char span of every token."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    previous: tuple[int, str] | None = None
    for t_id, sentence, word in tokens:
        if previous is None:
            sep = ""
        elif sentence != previous[0]:
            sep = "\n\n" if previous[0] <= 1 else "\n"
        elif word in NO_SPACE_BEFORE or previous[1] in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[t_id] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        previous = (sentence, word)
    return "".join(parts), offsets


def meantime_items(root: Path) -> list[Item]:
    entries = json.loads((root / "scored-timexes.json").read_text())
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        by_file[entry["file"]].append(entry)
    items: list[Item] = []
    for name, group in by_file.items():
        tree = ET.parse(root / name)
        tokens = [
            (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "")
            for t in tree.getroot().iter("token")
        ]
        text, offsets = _rebuild(tokens)
        doc_id = Path(name).name.split("_")[0]
        for e in group:
            spans = [offsets[t] for t in e["t_ids"]]
            start, end = min(s for s, _ in spans), max(e_ for _, e_ in spans)
            key = f"{doc_id}:{e['m_id']}"
            items.append(
                Item(
                    key,
                    half_of(key),
                    text,
                    start,
                    end,
                    e["text"],
                    date.fromisoformat(e["dct"]),
                    e["value"],
                    e["granularity"],
                )  # fmt: skip
            )
    return items


def sentence_items(path: Path, prefix: str = "s") -> list[Item]:
    """Items of a sentence gold file; a {"_readme": ...} line (the dev set's first) is no item."""
    items = []
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for n, row in enumerate(r for r in rows if "_readme" not in r):
        start = row["sentence"].find(row["expression"])
        if start < 0:
            # A malformed row is left out without printing it (it may be a held-out item).
            print(f"{path.name}: row {n} left out (its expression is not in its sentence)")
            continue
        items.append(
            Item(
                f"{prefix}{n}",
                "all",
                row["sentence"],
                start,
                start + len(row["expression"]),
                row["expression"],
                publication_date(row["published"]),
                row["value"],
                row["granularity"],
            )  # fmt: skip
        )
    return items


def _nth(text: str, sub: str, nth: int) -> int:
    """Offset of the `nth` (1-based) occurrence of `sub` in `text`, or -1."""
    at = -1
    for _ in range(nth):
        at = text.find(sub, at + 1)
        if at < 0:
            return -1
    return at


def wcxb_body(page: str) -> str:
    """The gold body (`main_content`) of WCXB page `page`, read from the shared folder."""
    path = shared_dir() / "benchmarks" / "extraction" / "wcxb-articles" / "ground-truth"
    data = json.loads((path / f"{page}.json").read_text(encoding="utf-8"))
    return str(data["ground_truth"]["main_content"])


def article_items(path: Path, prefix: str = "a") -> list[Item]:
    """Items of a whole-article gold file: one per annotated timex, the whole article as its
    context (start = the offset of the expression's `nth` occurrence); a {"_readme": ...}
    line is no item. A row with "page" instead of "text" names a page of the shared WCXB
    set, whose gold body is its text (the project keeps no copy of shared pages)."""
    items = []
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for row in (r for r in rows if "_readme" not in r):
        anchor = publication_date(row["published"])
        text = row["text"] if "text" in row else wcxb_body(row["page"])
        for n, tx in enumerate(row["timexes"]):
            start = _nth(text, tx["expression"], int(tx.get("nth", 1)))
            if start < 0:
                print(f"{path.name}: {row['id']} timex {n} left out (not in its text)")
                continue
            items.append(
                Item(
                    f"{prefix}{row['id']}:{n}",
                    "all",
                    text,
                    start,
                    start + len(tx["expression"]),
                    tx["expression"],
                    anchor,
                    tx["value"],
                    tx["granularity"],
                )  # fmt: skip
            )
    return items


# ---------------------------------------------------------------- running


def run_faultline(items: list[Item]) -> tuple[dict[str, str | None], dict[str, bool], float]:
    """Per item: faultline's value for the gold span, and whether detection found it;
    and the stage's mean milliseconds per context (parse excluded)."""
    nlp = load_model(Settings().model)
    by_text: dict[tuple[str, date | None], list[Item]] = defaultdict(list)
    for item in items:
        by_text[(item.text, item.anchor)].append(item)
    values: dict[str, str | None] = {}
    found: dict[str, bool] = {}
    spent = 0.0
    contexts = list(by_text.items())
    docs = nlp.pipe([text for (text, _), _ in contexts], batch_size=16)
    for ((_, anchor), group), doc in zip(contexts, docs, strict=True):
        t0 = time.perf_counter()
        detected = find_spans(doc)
        annotate(doc, anchor, spans=detected)  # what the stage itself does, for timing
        spent += time.perf_counter() - t0
        golds = [(i.start, i.end) for i in group]
        for item in group:
            found[item.key] = any(s < item.end and item.start < e for s, e in detected)
        keep = [sp for sp in detected if not any(sp[0] < e and s < sp[1] for s, e in golds)]
        spans = sorted(set(keep) | set(golds))
        resolved = {(t["start"], t["end"]): t["value"] for t in annotate(doc, anchor, spans=spans)}
        for item in group:
            values[item.key] = resolved[(item.start, item.end)]
    return values, found, 1000 * spent / max(1, len(contexts))


def score(items: list[Item], values: dict[str, str | None], baseline: dict[str, str | None]):
    n = len(items)
    ours = sum(correct(values[i.key], i.gold, i.granularity) for i in items)
    theirs = sum(correct(baseline[i.key], i.gold, i.granularity) for i in items)
    return n, ours / max(1, n), theirs / max(1, n)


def main() -> None:
    show_errors = "--errors" in sys.argv
    meantime = meantime_items(shared_dir() / "benchmarks" / "meantime")
    own = sentence_items(GOLD_SENTENCES)
    dev = sentence_items(GOLD_DEV, "d") if GOLD_DEV.exists() else []
    business = sentence_items(GOLD_DEV_BUSINESS, "b") if GOLD_DEV_BUSINESS.exists() else []
    guidelines = sentence_items(GOLD_DEV_GUIDELINES, "g") if GOLD_DEV_GUIDELINES.exists() else []
    articles = article_items(GOLD_DEV_ARTICLES) if GOLD_DEV_ARTICLES.exists() else []
    wcxb = article_items(GOLD_DEV_WCXB, "") if GOLD_DEV_WCXB.exists() else []
    heldout = sentence_items(GOLD_HELDOUT, "h") if GOLD_HELDOUT.exists() else []
    everything = meantime + own + dev + business + guidelines + articles + wcxb + heldout
    values, found, ms = run_faultline(everything)
    baseline = {i.key: dateparser_value(i.expression, i.anchor, i.granularity) for i in everything}

    subsets = [
        ("MEANTIME tune", [i for i in meantime if i.half == "tune"]),
        ("MEANTIME report", [i for i in meantime if i.half == "report"]),
        ("MEANTIME all", meantime),
        ("own sentences", own),
    ]
    if dev:
        subsets.append(("Wikinews-style dev set (tuned on)", dev))
    if business:
        subsets.append(("business dev set (tuned on)", business))
    if guidelines:
        subsets.append(("guidelines dev set (tuned on)", guidelines))
    if articles:
        subsets.append(("article dev set (tuned on)", articles))
    if wcxb:
        subsets.append(("real web articles dev set (WCXB tune half)", wcxb))
    if heldout:
        subsets.append(("held-out set (report only)", heldout))
    rows: list[tuple[str, int, str, str]] = []
    for label, subset in subsets:
        n, ours, theirs = score(subset, values, baseline)
        rows.append((f"value accuracy, {label}", n, f"{ours:.3f}", f"{theirs:.3f}"))
    for label, subset in subsets:
        recall = sum(found[i.key] for i in subset) / max(1, len(subset))
        rows.append((f"detection recall, {label}", len(subset), f"{recall:.3f}", "-"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'n':>4}  {'faultline':>9}  {'dateparser':>10}")
    for name, n, ours_s, theirs_s in rows:
        print(f"{name.ljust(width)}  {n:>4}  {ours_s:>9}  {theirs_s:>10}")
    print(f"\ntimex stage (detection + resolution, parse excluded): {ms:.2f} ms per context")

    if show_errors:
        # Never the report half's or the held-out set's.
        tune = [i for i in meantime if i.half == "tune"]
        shown = tune + own + dev + business + guidelines + articles + wcxb
        print("\nmisses (MEANTIME tune half, own sentences, development sets):")
        for i in shown:
            if not correct(values[i.key], i.gold, i.granularity):
                print(f"  {i.key:>10} {i.expression!r:32} anchor={i.anchor} gold={i.gold} "
                      f"got={values[i.key]}")  # fmt: skip
        for i in shown:
            if not found[i.key]:
                print(f"  not found: {i.key} {i.expression!r}")


if __name__ == "__main__":
    main()
