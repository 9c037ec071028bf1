"""A ministry placed by its seat or its state: "the finance ministry in Athens" and "Greece's
finance ministry" are Greece's government.

The gazetteer knows "the Greek finance ministry"; the wire also writes the ministry bare and
places it with "in" and the capital (or the state) right after it, or after the state's
possessive. Only the ministries of `government_nouns.txt` count here: "the government in
Tripoli", "Sudan's government" and "the authorities in Kabul" are collectives' nouns, which
`collectives` resolves to the same government.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from faultline.actors.gazetteer import Gazetteer
from faultline.actors.holders import Hit
from faultline.actors.roles import data_rows
from faultline.nlp import doc_lowers, doc_tokens


@lru_cache(maxsize=1)
def _ministries() -> tuple[tuple[str, ...], ...]:
    nouns = [row[0].split() for row in data_rows("government_nouns.txt")]
    # longest first, so that "foreign office" is tried before any one-word noun
    return tuple(sorted((tuple(n) for n in nouns if len(n) > 1), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ministries_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ministries by their first word, longest first as in `_ministries`: only those can
    start at a word, so the others need no comparing."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for noun in _ministries():
        out.setdefault(noun[0], []).append(noun)
    return {first: tuple(nouns) for first, nouns in out.items()}


def find_seated_ministries(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Hits for "the <ministry> in <state or its capital>" that no hit covers yet."""
    tokens = doc_tokens(doc)
    lower = doc_lowers(doc)
    starts = {h.start: h for h in hits}
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    by_first = _ministries_by_first_word()
    for i in range(1, len(tokens)):
        if lower[i - 1] != "the" or i in taken:
            continue
        for noun in by_first.get(lower[i], ()):
            end = i + len(noun)
            if tuple(lower[i:end]) != noun or end + 1 >= len(tokens) or lower[end] != "in":
                continue
            seat = starts.get(end + 1)
            state = gaz.actors.get(seat.actor, {}) if seat is not None else {}
            if state.get("kind") != "state":
                continue
            government = f"gov:{state['id']}"
            if government in gaz.actors:
                found.append(Hit(i - 1, end, government))
            break
    return found


def find_possessed_ministries(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Hits for "<state>'s <ministry>" that no hit covers yet; the state keeps its own."""
    lower = doc_lowers(doc)
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    by_first = _ministries_by_first_word()
    for hit in hits:
        i = hit.end + 1  # the word after "'s"
        if i >= len(lower) or lower[hit.end] not in ("'s", "’s") or i in taken:
            continue
        if gaz.actors.get(hit.actor, {}).get("kind") != "state":
            continue
        for noun in by_first.get(lower[i], ()):
            end = i + len(noun)
            if tuple(lower[i:end]) != noun:
                continue
            government = f"gov:{hit.actor}"
            if government in gaz.actors:
                found.append(Hit(i, end, government))
                taken.update(range(i, end))
            break
    return found
