"""Throughput and peak memory of `faultline analyze` beside bare spaCy, in the same run.

Corpus: the HTML pages of both extraction benchmarks in $FAULTLINE_SHARED/benchmarks
(article-extraction-benchmark and wcxb-articles, gzipped). Each configuration runs in a
fresh subprocess, timed from start to finish including model loading, so fixed costs count
the same everywhere:

- spaCy: `nlp.pipe` over the bodies faultline extracted (read from a temp file), 1 process;
- faultline 1 and 2 workers: the whole pipeline (read, decode, extract, spaCy, stages) over
  the .html.gz files, as `faultline analyze --workers N` runs it.

Goals (issue 2): faultline on 1 worker >= 80% of bare spaCy's documents/s; 2 workers >= 1.7x
faultline on 1 worker. Usage: python benchmarks/throughput.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import shared_dir  # noqa: E402


def corpus(limit: int | None) -> list[Path]:
    base = shared_dir() / "benchmarks" / "extraction"
    pages = sorted(base.glob("*/html/*.html.gz")) + sorted(base.glob("*/html/**/*.html.gz"))
    pages = sorted(set(pages))
    return pages[:limit] if limit else pages


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # ru_maxrss is in KiB on Linux


def run_bare(texts_file: str) -> dict[str, float]:
    start = time.perf_counter()
    import spacy

    from faultline.settings import Settings

    texts = json.loads(Path(texts_file).read_text())
    nlp = spacy.load(Settings().model)
    n = sum(1 for _ in nlp.pipe(texts, batch_size=Settings().batch_size))
    return {"docs": n, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def run_faultline(paths_file: str, workers: int) -> dict[str, float]:
    start = time.perf_counter()
    from faultline.batch import analyze
    from faultline.document import Record
    from faultline.settings import Settings

    paths = json.loads(Path(paths_file).read_text())
    n = sum(1 for r in analyze(paths, Settings(), workers=workers) if isinstance(r, Record))
    return {"docs": n, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def _child(*args: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def extract_bodies(paths: list[Path]) -> list[str]:
    from faultline.batch import analyze  # noqa: F401  (same code path as the pipeline)
    from faultline.document import Failure
    from faultline.extract import extract
    from faultline.ingest import read_sources
    from faultline.settings import Settings

    bodies = []
    for raw in read_sources([str(p) for p in paths], Settings()):
        if isinstance(raw, Failure):
            continue
        try:
            bodies.append(extract(raw)[0].body)
        except Exception:
            continue
    return bodies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages only")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        result = run_bare(rest[0]) if mode == "bare" else run_faultline(rest[0], int(rest[1]))
        print(json.dumps(result))
        return

    pages = corpus(args.limit)
    bodies = extract_bodies(pages)
    with tempfile.TemporaryDirectory() as tmp:
        texts_file, paths_file = Path(tmp, "texts.json"), Path(tmp, "paths.json")
        texts_file.write_text(json.dumps(bodies))
        paths_file.write_text(json.dumps([str(p) for p in pages]))
        rows = [
            ("spaCy nlp.pipe (baseline), 1 process", _child("bare", str(texts_file))),
            ("faultline analyze, 1 worker", _child("faultline", str(paths_file), "1")),
            ("faultline analyze, 2 workers", _child("faultline", str(paths_file), "2")),
        ]
    words = sum(len(b.split()) for b in bodies)
    print(f"corpus: {len(pages)} pages, {len(bodies)} article bodies, {words:,} words")
    print(f"{'configuration':<40} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}")
    for name, r in rows:
        rate = r["docs"] / r["seconds"]
        print(f"{name:<40} {r['docs']:>6} {r['seconds']:>8.1f} {rate:>8.2f} {r['peak_mb']:>8.0f}")
    bare, one, two = (r["docs"] / r["seconds"] for _, r in rows)
    print(f"faultline 1 worker / bare spaCy: {one / bare:.2f} (goal >= 0.80)")
    print(f"faultline 2 workers / 1 worker:  {two / one:.2f} (goal >= 1.70)")


if __name__ == "__main__":
    main()
