"""Hand-written capture-style texts (tests/data/captures) with their expected extraction.

Each NN_name.txt is a raw capture of a fictional page; NN_name.json says what a reader would
take from it: headline, outlet, authors, published, dateline, the body's paragraph count with
its first and last words, and the kind of every removed line in order. An optional "meta"
is passed to `extract_text` as the container's metadata.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from faultline.document import Author
from faultline.extract.text import CLUTTER_KINDS, extract_text

CAPTURES = Path(__file__).resolve().parents[1] / "data" / "captures"
CASES = sorted(CAPTURES.glob("*.txt"))


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25
    assert all(path.with_suffix(".json").exists() for path in CASES)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_capture(path: Path) -> None:
    expected = _expected(path)
    article = extract_text(path.read_text(encoding="utf-8"), meta=expected.get("meta"))
    assert article.headline == expected["headline"]
    assert article.outlet == expected["outlet"]
    assert article.authors == [Author(**a) for a in expected["authors"]]
    assert article.published == expected["published"]
    assert article.dateline == expected["dateline"]
    if "url" in expected:
        assert article.url == expected["url"]
    paragraphs = article.body.split("\n\n") if article.body else []
    assert len(paragraphs) == expected["paragraphs"], paragraphs
    assert paragraphs[0].startswith(expected["first"])
    assert paragraphs[-1].endswith(expected["last"])
    for fragment in expected.get("body_contains", []):
        assert fragment in article.body
    assert [r.kind for r in article.removed] == expected["removed"], article.removed


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_capture_lines_all_accounted_for(path: Path) -> None:
    """No line is lost: each is in the body, removed, or a headline/byline/timestamp line."""
    text = path.read_text(encoding="utf-8")
    article = extract_text(text, meta=_expected(path).get("meta"))
    body = " ".join(article.body.split())
    removed = {" ".join(r.text.split()) for r in article.removed}
    header_lines = 0
    for line in (" ".join(raw.split()) for raw in text.splitlines() if raw.strip()):
        if line in removed or line in body:
            continue
        if article.dateline and line.startswith(article.dateline):
            continue
        header_lines += 1
    assert header_lines <= 4  # headline, byline and one or two timestamp lines at most
    assert all(r.kind in CLUTTER_KINDS for r in article.removed)


def test_expected_files_cover_every_clutter_kind() -> None:
    kinds = {kind for path in CASES for kind in _expected(path)["removed"]}
    assert kinds == CLUTTER_KINDS
