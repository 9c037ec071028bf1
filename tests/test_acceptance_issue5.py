"""Issue 5 acceptance, item by item, on what `faultline analyze --json` prints for the two whole
shared seeds. Speakers are checked against the actors the same output gives the names in the
body, so "the same actor as Churkin" means the same id, whatever the id is."""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import SEED_000, SEED_002

runner = CliRunner()

Doc = dict[str, Any]
Quote = dict[str, Any]


@pytest.fixture(scope="module")
def seeds(seed_outputs: dict[str, Doc]) -> dict[str, Doc]:
    for doc in seed_outputs.values():
        body = doc["article"]["body"]
        for q in doc["quotes"]:
            assert body[q["start"] : q["end"]] == q["text"], q
    return seed_outputs


@pytest.fixture(scope="module")
def s000(seeds: dict[str, Doc]) -> Doc:
    return seeds[SEED_000]


@pytest.fixture(scope="module")
def s002(seeds: dict[str, Doc]) -> Doc:
    return seeds[SEED_002]


def actor_named(doc: Doc, phrase: str, kind: str) -> dict[str, Any]:
    """The one actor of `kind` linked by a mention inside the first `phrase` of the body."""
    body = doc["article"]["body"]
    lo = body.index(phrase)
    hi = lo + len(phrase)
    table = {a["id"]: a for a in doc["actors"]}
    ids = {
        m["actor"]
        for m in doc["mentions"]
        if lo <= m["start"] and m["end"] <= hi and table[m["actor"]]["kind"] == kind
    }
    assert len(ids) == 1, (phrase, ids)
    return table[ids.pop()]


def quote(doc: Doc, opening: str, kind: str) -> Quote:
    hits = [q for q in doc["quotes"] if q["text"].startswith(opening) and q["kind"] == kind]
    assert len(hits) == 1, (opening, kind, [(q["kind"], q["text"][:40]) for q in doc["quotes"]])
    return hits[0]


def speaker_id(q: Quote) -> str | None:
    assert q["speaker"] is not None, q
    return q["speaker"]["actor"]


def opened_by_mark(doc: Doc, q: Quote) -> str:
    return str(doc["article"]["body"][q["start"] - 1])


# -- seed 002 -----------------------------------------------------------------------------


def test_002_rogozin_via_reuters(s002: Doc) -> None:
    q = quote(s002, "As soon as Georgia gets some kind of prospect", "direct")
    assert opened_by_mark(s002, q) == "“" and q["unclosed"] is False
    assert speaker_id(q) == actor_named(s002, "Dmitry Rogozin", "person")["id"]
    assert q["via"] == actor_named(s002, "Reuters", "media")["id"]


@pytest.mark.parametrize(
    "opening", ["We support Georgia’s future", "Most alarming is the prospect"]
)
def test_002_khalilzad_direct(s002: Doc, opening: str) -> None:
    q = quote(s002, opening, "direct")
    assert opened_by_mark(s002, q) == "“"
    assert speaker_id(q) == actor_named(s002, "Zalmay Khalilzad", "person")["id"]
    assert q["via"] is None


def test_002_khalilzad_partial_most_alarming(s002: Doc) -> None:
    q = quote(s002, "most alarming", "partial")
    assert q["text"].rstrip(",") == "most alarming"
    assert speaker_id(q) == actor_named(s002, "Zalmay Khalilzad", "person")["id"]


def test_002_churkin_direct(s002: Doc) -> None:
    q = quote(s002, "All our warnings about the negative consequences", "direct")
    assert speaker_id(q) == actor_named(s002, "Vitaly Churkin", "person")["id"]


def test_002_partial_negative_consequences_is_the_russian_ambassador_and_churkin(
    s002: Doc,
) -> None:
    q = quote(s002, "negative consequences", "partial")
    assert q["text"] == "negative consequences"
    assert q["start"] < s002["article"]["body"].index("Yesterday, Russia withdrew")
    ambassador = actor_named(s002, "the Russian ambassador the United Nations", "person")
    assert speaker_id(q) == ambassador["id"]
    assert ambassador["id"] == actor_named(s002, "Vitaly Churkin", "person")["id"]
    assert "Russian ambassador" in q["speaker"]["text"]


def test_002_sawers_direct_and_he_added(s002: Doc) -> None:
    sawers = actor_named(s002, "John Sawers", "person")["id"]
    first = quote(s002, "I don’t think there is a parallel", "direct")
    assert first["text"] == "I don’t think there is a parallel" and speaker_id(first) == sawers
    added = quote(s002, "There are reasons for concern", "direct")
    assert speaker_id(added) == sawers
    assert (added["cue"], added["cue_text"]) == ("add", "added")
    body = s002["article"]["body"]
    assert body[added["end"] : added["end"] + 12].lstrip('”’" ').startswith("he added")


def test_002_western_official_indirect(s002: Doc) -> None:
    q = quote(s002, "in diplomatic discussions, Russia was careful", "indirect")
    assert "Russia was careful to avoid making a direct link" in q["text"]
    official = actor_named(s002, "A Western official", "person")
    assert official.get("anonymous") is True and speaker_id(q) == official["id"]


# -- seed 000 -----------------------------------------------------------------------------

UNITY = "the unity of a state and its territorial integrity."
FORCE = (
    "placing the emphasis exclusively on the use of force has no prospects and hinders a "
    "comprehensive settlement of local conflicts."
)


def test_000_exactly_two_direct_quotes_unclosed_at_sentence_end(s000: Doc) -> None:
    body = s000["article"]["body"]
    direct = [q for q in s000["quotes"] if q["kind"] == "direct"]
    assert [q["text"] for q in direct] == [UNITY, FORCE]
    for q in direct:
        assert q["unclosed"] is True
        assert opened_by_mark(s000, q) == '"'  # a straight mark, never closed
        assert '"' not in body[q["start"] : q["end"] + 1]
        # Ends where its sentence ends: the next character starts a new sentence or paragraph.
        after = body[q["end"] :]
        assert re.match(r"(\s+[A-Z]|\s*$)", after), after[:30]
    # The second does not swallow the next paragraph.
    assert direct[1]["end"] < body.index("Russia has been almost universally condemned")


def test_000_direct_quotes_are_the_summit_groups(s000: Doc) -> None:
    group = actor_named(s000, "four former Soviet republics in central Asia", "group")
    assert "CHN" in group["members"] and group["member_count"] == 5
    for q in s000["quotes"]:
        if q["kind"] == "direct":
            assert speaker_id(q) == group["id"]
            assert q["speaker"]["text"].startswith("A statement issued by four former Soviet")


def test_000_foreign_office_sources_indirect(s000: Doc) -> None:
    q = quote(s000, "EU sanctions", "indirect")
    assert q["text"].endswith("are not expected to be on the table")
    sources = actor_named(s000, "Foreign Office sources", "person")
    assert sources.get("anonymous") is True and speaker_id(q) == sources["id"]
    assert q["speaker"]["text"] == "Foreign Office sources"
    assert (q["cue"], q["cue_text"]) == ("say", "said")
