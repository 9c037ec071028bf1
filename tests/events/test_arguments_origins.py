"""An unnamed body drawn from several states: the first gives its country, the rest are parties."""

from __future__ import annotations

from .coding import coded


def _parties(text: str) -> set[str]:
    return {a for e in coded(text).events for a in (*e["source"], *e["target"])}


def test_a_body_from_both_halves_of_a_shared_name() -> None:
    parties = _parties("Delegations from North and South Korea met in Panmunjom on Thursday.")
    assert "KOR" in parties
    assert any(a.startswith("group:anon:prk") for a in parties)


def test_a_body_from_two_states_joined_plainly() -> None:
    parties = _parties("Delegations from Russia and China met in Geneva on Thursday.")
    assert "CHN" in parties
    assert any(a.startswith("group:anon:rus") for a in parties)
