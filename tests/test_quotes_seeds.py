"""Acceptance on the shared seed pages: the quotes the seeds are known to contain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from faultline.batch import analyze
from faultline.document import Record
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings


def record(seeds_dir: Path, prefix: str) -> Record:
    [path] = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    [rec] = list(analyze([str(path)], Settings(), workers=1))
    assert isinstance(rec, Record)
    quotes_stage(rec, load_model(Settings().model)(rec.article.body))
    return rec


def find(rec: Record, opening: str, kind: str | None = None) -> dict[str, Any]:
    hits = [q for q in rec.quotes if q["text"].startswith(opening) and kind in (None, q["kind"])]
    assert hits, f"no quote starting {opening!r}: {[q['text'][:40] for q in rec.quotes]}"
    return hits[0]


def who(q: dict[str, Any]) -> str:
    assert q["speaker"] is not None, q
    return str(q["speaker"]["text"])


@pytest.fixture(scope="module")
def seed_002(seeds_dir: Path) -> Record:
    return record(seeds_dir, "002")


@pytest.fixture(scope="module")
def seed_000(seeds_dir: Path) -> Record:
    return record(seeds_dir, "000")


def test_seed_002_direct_quotes(seed_002: Record) -> None:
    q = find(seed_002, "As soon as Georgia gets", "direct")
    assert "Dmitry Rogozin" in who(q) and q["via"] == "media:reuters"
    assert "Khalilzad" in who(find(seed_002, "We support Georgia", "direct"))
    assert "Khalilzad" in who(find(seed_002, "Most alarming is the prospect", "direct"))
    assert "Vitaly Churkin" in who(find(seed_002, "All our warnings", "direct"))
    q = find(seed_002, "I don’t think there is a parallel", "direct")
    assert "John Sawers" in who(q) and "British ambassador" in who(q)
    assert "Sawers" in who(find(seed_002, "There are reasons for concern", "direct"))


def test_seed_002_partial_and_indirect(seed_002: Record) -> None:
    q = find(seed_002, "most alarming", "partial")
    assert "Khalilzad" in who(q) and "American ambassador" in who(q)
    q = find(seed_002, "negative consequences", "partial")
    assert "Russian ambassador" in who(q) and "United Nations" in who(q)
    q = find(seed_002, "in diplomatic discussions, Russia was careful", "indirect")
    assert who(q) == "A Western official"


def test_seed_000_unclosed_quotes(seed_000: Record) -> None:
    for text in (
        "the unity of a state and its territorial integrity.",
        "placing the emphasis exclusively on the use of force has no prospects and hinders "
        "a comprehensive settlement of local conflicts.",
    ):
        [q] = [q for q in seed_000.quotes if q["text"] == text]
        assert q["kind"] == "direct" and q["unclosed"] is True
        assert who(q).startswith("A statement issued by four former Soviet republics")
        assert q["speaker"]["actor"] is None or not q["speaker"]["actor"].isupper()


def test_seed_000_indirect(seed_000: Record) -> None:
    q = find(seed_000, "EU sanctions", "indirect")
    assert who(q) == "Foreign Office sources"
    assert q["text"].endswith("are not expected to be on the table")


def actor(q: dict[str, Any]) -> str | None:
    return (q["speaker"] or {}).get("actor")


def test_seed_002_speakers_resolve_to_person_actors(seed_002: Record) -> None:
    assert actor(find(seed_002, "As soon as Georgia gets", "direct")) == "person:dmitry-rogozin"
    for opening in ("We support Georgia", "Most alarming is the prospect"):
        assert actor(find(seed_002, opening, "direct")) == "person:zalmay-khalilzad"
    assert actor(find(seed_002, "most alarming", "partial")) == "person:zalmay-khalilzad"
    assert actor(find(seed_002, "All our warnings", "direct")) == "person:vitaly-churkin"
    # The unnamed "Russian ambassador" of the first paragraph is the same actor as Churkin.
    assert actor(find(seed_002, "negative consequences", "partial")) == "person:vitaly-churkin"
    for opening in ("I don’t think there is a parallel", "There are reasons for concern"):
        assert actor(find(seed_002, opening, "direct")) == "person:john-sawers"
    western = find(seed_002, "in diplomatic discussions, Russia was careful", "indirect")
    assert actor(western) == "person:anon:western-official"
    [official] = [a for a in seed_002.actors if a["id"] == actor(western)]
    assert official.get("anonymous") is True


def test_seed_000_speakers_resolve_to_the_group_and_the_sources(seed_000: Record) -> None:
    group_quotes = [q for q in seed_000.quotes if q["kind"] == "direct"]
    assert len(group_quotes) == 2
    [group] = [a for a in seed_000.actors if a["kind"] == "group"]
    assert {actor(q) for q in group_quotes} == {group["id"]}
    assert "CHN" in group["members"] and group["member_count"] == 5
    assert actor(find(seed_000, "EU sanctions", "indirect")) == "person:anon:gbr-sources"
