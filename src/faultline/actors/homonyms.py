"""Country words that name something else in their sentence: part of another name (a
company, a body of water, a treaty named for a city), a US state, or a town that shares a
capital's name.

The words that make such a name are data (`other_names.tsv`), by where they stand: the head
of the capitalised name that holds the country word ("Turkish Airlines", "the South China
Sea"), a word before "of" ("the Sea of Japan"), a word opening the name ("Air France"), or,
after a capital, a word for an agreement or forum named for the city ("the Minsk
agreements"). Each test reads a few tokens around the candidate; nothing loops over the
document.

US states and towns that share a capital's name are read by `places`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import METONYM, Alias, Gazetteer
from faultline.actors.places import is_town_elsewhere, is_us_state
from faultline.actors.roles import data_rows
from faultline.nlp import doc_tokens

_WHERE = ("head", "of", "prefix", "venue")
_COUNTRY_KINDS = frozenset({"state", "region", "government"})
# Entity labels whose last word is the head of the name they hold.
_NAMED = frozenset({"ORG", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True)
class OtherNames:
    head: frozenset[str]
    of: frozenset[str]
    prefix: frozenset[str]
    venue: frozenset[str]


@lru_cache(maxsize=1)
def other_names() -> OtherNames:
    words: dict[str, set[str]] = {where: set() for where in _WHERE}
    for word, where in data_rows("other_names.tsv"):
        words[where.strip()].add(word)
    return OtherNames(*(frozenset(words[where]) for where in _WHERE))


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title


def _run_end(tokens: list[Token], end: int) -> int:
    """The end of the capitalised words that follow a candidate ending at `end`, within its
    sentence ("Turkish| Airlines", "South China| Sea")."""
    i = end
    while i < len(tokens) and _capitalised(tokens[i]) and not tokens[i].is_sent_start:
        i += 1
    return i


def names_something_else(doc: Doc, start: int, end: int, alias: Alias, gaz: Gazetteer) -> bool:
    """Whether the candidate `doc[start:end]` (matched as `alias`) is part of another name,
    a US state or a town elsewhere rather than the actor its words name."""
    if gaz.actors.get(alias.actor, {}).get("kind") not in _COUNTRY_KINDS:
        return False  # "BBC Radio" is still the BBC
    return (
        in_other_name(doc, start, end, capital=alias.form == METONYM)
        or is_us_state(doc, start, end, alias, gaz)
        or is_town_elsewhere(doc, start, end, alias, gaz)
    )


def in_other_name(doc: Doc, start: int, end: int, *, capital: bool) -> bool:
    """Whether the candidate `doc[start:end]` is part of the name of a company, a body of
    water or (for a `capital`) a treaty or forum named for it."""
    words = other_names()
    tokens = doc_tokens(doc)
    run = _run_end(tokens, end)
    if run > end and tokens[run - 1].text in words.head:
        return True
    ent_end = _entity_end(tokens, start, end)
    if ent_end > end and tokens[ent_end - 1].text in words.head:
        return True
    if start >= 1 and tokens[start - 1].text in words.prefix and _opens_name(tokens, start - 1):
        return True
    if start >= 2 and tokens[start - 1].lower_ == "of" and tokens[start - 2].text in words.of:
        return True
    # A capital after a hyphen is one of a pair of parties ("the Moscow-Kyiv grain deal").
    paired = start >= 1 and tokens[start - 1].text in ("-", "\u2013")
    if capital and end < len(tokens) and not paired:
        after = tokens[end]
        if _is_venue_word(after, words.venue):
            return True
        # One word between: "the Paris climate accord", "the Washington Naval Treaty", "the
        # Minsk II agreement"; not a verb ("Moscow signed agreements").
        if (after.is_alpha or after.is_digit) and after.pos_ not in ("VERB", "AUX"):
            nxt = tokens[end + 1] if end + 1 < len(tokens) else None
            return nxt is not None and _is_venue_word(nxt, words.venue)
    return False


def _is_venue_word(tok: Token, venue: frozenset[str]) -> bool:
    """A lowercase entry matches in any case and number ("agreements", "Accords"); a
    capitalised one only as written ("the Minsk Group", not "a Moscow group of investors")."""
    return tok.text in venue or tok.lower_ in venue or tok.lemma_.lower() in venue


def _entity_end(tokens: list[Token], start: int, end: int) -> int:
    """The end of the named entity that holds the candidate and goes on past it, else `end`."""
    last = tokens[end - 1]
    if last.ent_iob_ in ("B", "I") and last.ent_type_ in _NAMED:
        i = end
        while i < len(tokens) and tokens[i].ent_iob_ == "I":
            i += 1
        return i
    return end


def _opens_name(tokens: list[Token], i: int) -> bool:
    """The prefix word opens the name: it does not go on an earlier proper noun ("Air France",
    "the Air France flight", but not "Royal Air Maroc")."""
    return i == 0 or tokens[i - 1].pos_ != "PROPN" or bool(tokens[i].is_sent_start)
