"""The timex stage on the two seed pages (acceptance from the project's time issue)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from faultline.document import Article, Record
from faultline.extract import extract
from faultline.ingest import read_sources
from faultline.nlp import load_model
from faultline.settings import Settings
from faultline.timex import timex_stage


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def seed_article(seeds_dir: Path, name: str) -> Article:
    raw = next(iter(read_sources([str(seeds_dir / name)], Settings())))
    assert not hasattr(raw, "reason"), raw
    article, _warnings = extract(raw)  # type: ignore[arg-type]
    return article


def run(nlp: Language, article: Article) -> Record:
    record = Record(id="seed", source={}, article=article)
    timex_stage(record, nlp(article.body))
    return record


def after(record: Record, words: str) -> dict[str, Any]:
    """The first timex that starts after `words` in the body."""
    pos = record.article.body.index(words)
    return next(t for t in record.timexes if t["start"] > pos)


def test_dated_seed(nlp: Language, seeds_dir: Path) -> None:
    record = run(nlp, seed_article(seeds_dir, "000_170746028200af0c.txt"))
    assert record.article.published == "2008-08-28T17:03:00+01:00"
    by_text = {t["text"]: t for t in record.timexes}
    assert by_text["on Tuesday"]["value"] == "2008-08-26"
    assert by_text["on Monday"]["value"] == "2008-09-01"
    todays = [t for t in record.timexes if t["text"] == "today"]
    assert todays and all(t["value"] == "2008-08-28" for t in todays)
    assert all(t["granularity"] == "day" for t in todays)
    assert record.article.published_estimate is None


def test_undated_seed(nlp: Language, seeds_dir: Path) -> None:
    article = seed_article(seeds_dir, "002_1b649318492707dd.txt")
    assert article.published is None
    record = run(nlp, article)
    relative = [t for t in record.timexes if t["text"].lower() in ("yesterday", "last month")]
    assert len(relative) >= 3
    assert all(t["value"] is None for t in relative)
    assert record.article.published_estimate is None  # it names no absolute date

    dated = run(nlp, dataclasses.replace(article, published="2008-03-07"))
    first = dated.timexes[[t["text"] for t in dated.timexes].index("Yesterday")]
    assert first["value"] == "2008-03-06" and first["granularity"] == "day"
    month = next(t for t in dated.timexes if t["text"] == "last month")
    assert month["value"] == "2008-02" and month["granularity"] == "month"
