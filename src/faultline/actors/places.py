"""Names that are places other than the state they seem to name: a US state, or a town that
shares a capital's name.

A name a state shares with a US state (Georgia; Washington, also the capital) is the US state
when the words around it say so (`us_state_words.tsv`: "Georgia's governor", "Washington
state", "the state of Georgia"), when a city of that state stands before it ("Atlanta,
Georgia", `us_cities.tsv`), or when it is listed with another US state ("Georgia and South
Carolina"; a capital's name only in a list of places, "across Oregon and Washington", since
"Texas and Washington clashed" may be a state and the federal government). US states and
Canadian provinces come from pycountry.

A capital that is also the seat of an international organisation stands for it where it acts
and for its state where it is a place ("Brussels warned Budapest": EU; "talks in Brussels":
BEL; `agent_seats.tsv`).

A capital's name placed in another state or in a US state or province is a town there, and
names no state: "Tripoli, Lebanon's second city", "the northern Lebanese city of Tripoli",
"clashes in Tripoli in northern Lebanon", "Lebanon's Tripoli", "Paris, Texas", "Athens,
Georgia" (`settlement_nouns.txt`). A list ("Moscow, Georgia and Ukraine"; "talks with Kiev,
Russia said") is no such apposition.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import ADJECTIVE, METONYM, Alias, Gazetteer, clean, gazetteer
from faultline.actors.roles import data_rows
from faultline.nlp import doc_tokens


@dataclass(frozen=True)
class Places:
    subnational: frozenset[str]  # US states and Canadian provinces, as pycountry names them
    shared: frozenset[str]  # those of them that are also a gazetteer actor's name
    shared_actors: frozenset[str]  # the actors those names resolve to (GEO, USA)
    nxt: dict[str, str]  # us_state_words.tsv: word -> names ("state" or "any")
    unless: frozenset[str]  # words after the "next" word that undo it ("state television")
    after: dict[str, str]
    before: dict[str, str]
    cities: dict[str, str]  # city -> US state
    settlements: frozenset[str]


_LONGEST = 3  # words in the longest US state or province name ("Prince Edward Island")
_ENDS = frozenset({".", ";", ":", ")", "!", "?", "\u2014", "\u2013"})
_LIST = frozenset({"and", "or", ","})
_PHRASE = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})  # words of a noun phrase


@lru_cache(maxsize=1)
def places() -> Places:
    gaz = gazetteer()
    names = {
        s.name
        for code in ("US", "CA")
        for s in pycountry.subdivisions.get(country_code=code)
        if s.type in ("State", "District", "Province", "Territory")
    }
    words: dict[str, dict[str, str]] = {"next": {}, "after": {}, "before": {}, "unless": {}}
    for word, where, scope in data_rows("us_state_words.tsv"):
        words[where][word] = scope.strip()
    return Places(
        subnational=frozenset(names),
        shared=frozenset(n for n in names if gaz.lookup(n)),
        shared_actors=frozenset(a for n in names if (a := gaz.lookup(n))),
        nxt=words["next"],
        unless=frozenset(words["unless"]),
        after=words["after"],
        before=words["before"],
        cities={city: state.strip() for city, state in data_rows("us_cities.tsv")},
        settlements=frozenset(row[0].strip() for row in data_rows("settlement_nouns.txt")),
    )


def _subnational_at(tokens: list[Token], i: int, known: frozenset[str]) -> int:
    """The number of words of a name in `known` starting at token `i`, 0 if none."""
    for n in range(_LONGEST, 0, -1):
        if i + n <= len(tokens) and " ".join(t.text for t in tokens[i : i + n]) in known:
            return n
    return 0


def _subnational_ending(tokens: list[Token], end: int, known: frozenset[str]) -> int:
    """The start of a name in `known` that ends just before token `end`, -1 if none."""
    for n in range(_LONGEST, 0, -1):
        if end - n >= 0 and " ".join(t.text for t in tokens[end - n : end]) in known:
            return end - n
    return -1


def _scope(words: dict[str, str], tok: Token) -> str | None:
    """A word's scope in us_state_words.tsv: a capitalised entry matches only as written
    ("Democrats", not "democratic reforms"), a lowercase one in any case."""
    return words.get(tok.text) if tok.text in words else words.get(tok.lower_)


def is_us_state(doc: Doc, start: int, end: int, alias: Alias, gaz: Gazetteer) -> bool:
    """Whether `doc[start:end]`, a name a state shares with a US state, names the US state."""
    where = places()
    if alias.actor not in where.shared_actors:
        return False
    tokens = doc_tokens(doc)
    name = clean(doc[start:end].text)
    if name not in where.shared:
        return False
    scopes = ("any",) if alias.form == METONYM else ("any", "state")
    if (
        end < len(tokens)
        and _scope(where.nxt, tokens[end]) in scopes
        and not (end + 1 < len(tokens) and tokens[end + 1].lower_ in where.unless)
    ):
        return True
    i = end
    # Within the name's own noun phrase: "Georgia's 14th congressional district", but not
    # "Georgia urged US senators".
    while i < min(end + 3, len(tokens)) and (tokens[i].tag_ == "POS" or tokens[i].pos_ in _PHRASE):
        if _scope(where.after, tokens[i]) in scopes:
            return True
        i += 1
    possessive = end < len(tokens) and tokens[end].tag_ == "POS"
    if (
        start >= 2
        and tokens[start - 1].lower_ in ("of", "from", "in")
        and not possessive
        and _scope(where.before, tokens[start - 2]) in scopes
    ):
        return True
    if (
        start >= 2
        and tokens[start - 1].text == ","
        and where.cities.get(tokens[start - 2].text) == name
    ):
        return True
    return _listed_with_us_states(tokens, start, end, where, capital=alias.form == METONYM)


_AREA = frozenset({"in", "across", "throughout", "of", "through"})


def _listed_with_us_states(
    tokens: list[Token], start: int, end: int, where: Places, *, capital: bool
) -> bool:
    """Whether the name is listed with another US state ("Georgia and South Carolina"). For a
    capital's name the list must be places ("across Oregon and Washington"): "Texas and
    Washington clashed" may be a state and the federal government."""
    others = where.subnational - where.shared
    first = start
    while first >= 2 and tokens[first - 1].lower_ in _LIST:
        before = _subnational_ending(tokens, first - 1, others)
        if before < 0:
            break
        first = before
    listed = first < start or (
        end + 1 < len(tokens)
        and tokens[end].lower_ in _LIST
        and _subnational_at(tokens, end + 1, others) > 0
    )
    if not listed or not capital:
        return listed
    return first > 0 and tokens[first - 1].lower_ in _AREA


def is_town_elsewhere(doc: Doc, start: int, end: int, alias: Alias, gaz: Gazetteer) -> bool:
    """Whether `doc[start:end]`, a capital's name (or a state's, before a US state or a
    province: "Lebanon, Pennsylvania"), is placed as a town in another state."""
    if alias.form == ADJECTIVE:
        return False
    where = places()
    tokens = doc_tokens(doc)
    own = gaz.actors.get(alias.actor, {}).get("country")
    if end + 1 < len(tokens) and tokens[end].text == ",":
        if start >= 1 and tokens[start - 1].lower_ in _LIST:
            return False  # an item of a list ("Moscow, Kiev, Russia and ...")
        n = _subnational_at(tokens, end + 1, where.subnational)
        state_name = " ".join(t.text for t in tokens[end + 1 : end + 1 + n])
        if n and state_name in where.shared:  # "Athens, Georgia", but "Russia, Georgia, and"
            return where.cities.get(doc[start:end].text) == state_name
        if n and _apposition_ends(tokens, end + 1 + n, where, loose=True):
            return True
        if alias.form == METONYM:
            n, state = _state_at(tokens, end + 1, gaz)
            if n and state != own and _apposition_ends(tokens, end + 1 + n, where, loose=False):
                return True
    if alias.form == METONYM and (
        _placed_by_in(tokens, start, end, own, gaz)
        or _placed_by_possessive(tokens, start, end, own, gaz)
    ):
        return True
    if alias.form == METONYM and start >= 3 and tokens[start - 1].lower_ == "of":
        noun = tokens[start - 2]
        if noun.lemma_.lower() in where.settlements or noun.lower_ in where.settlements:
            return _placed_by_modifier(tokens, start - 3, own, where, gaz)
    return False


_LOCATIVE = frozenset({"in", "at", "near", "outside"})


def _placed_by_in(
    tokens: list[Token], start: int, end: int, own: str | None, gaz: Gazetteer
) -> bool:
    """A capital's name used as a place ("in", "near" before it) and placed in another state
    ("clashes in Tripoli in northern Lebanon", "near Tripoli, in Lebanon"); not "the role of
    Moscow in eastern Ukraine", where the capital stands for its state."""
    if start == 0 or tokens[start - 1].lower_ not in _LOCATIVE:
        return False
    k = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if k >= len(tokens) or tokens[k].lower_ != "in":
        return False
    k += 1
    if k < len(tokens) and tokens[k].pos_ == "ADJ" and tokens[k].is_lower:  # northern
        k += 1
    n, state = _state_at(tokens, k, gaz)
    return bool(n) and state != own and not (k + n < len(tokens) and tokens[k + n].tag_ == "POS")


def _placed_by_possessive(
    tokens: list[Token], start: int, end: int, own: str | None, gaz: Gazetteer
) -> bool:
    """A capital's name after another state's possessive and heading nothing ("clashes in
    Lebanon's Tripoli"; but not "America's Kabul embassy")."""
    if start < 2 or tokens[start - 1].tag_ != "POS":
        return False
    if end < len(tokens) and tokens[end].pos_ in _PHRASE:
        return False
    state = _state_of(tokens[start - 2].text, gaz)
    return state is not None and state != own


def _placed_by_modifier(
    tokens: list[Token], j: int, own: str | None, where: Places, gaz: Gazetteer
) -> bool:
    """Whether the words before a settlement noun, back to its determiner, place it in
    another state or a US state ("the northern Lebanese city of", "Lebanon's second city
    of", "the Texas town of"; but not "Russian troops entered the city of")."""
    for _ in range(4):
        if j < 0:
            return False
        tok = tokens[j]
        if tok.tag_ == "POS":
            j -= 1
            continue
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN", "NUM"):
            return False
        state = _state_of(tok.text, gaz)
        if (state is not None and state != own) or tok.text in where.subnational:
            return True
        j -= 1
    return False


def _state_of(text: str, gaz: Gazetteer) -> str | None:
    actor = gaz.actors.get(gaz.lookup(text) or "", {})
    return actor.get("country") if actor.get("kind") in ("state", "region") else None


def _state_at(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[int, str | None]:
    """A state's or region's name (not a capital or an adjective) starting at token `i`:
    its length in words and its country, (0, None) if none."""
    for n in range(_LONGEST, 0, -1):
        if i + n > len(tokens):
            continue
        alias = gaz.alias(" ".join(t.text for t in tokens[i : i + n]))
        if alias is None or not alias.actor or alias.form in (ADJECTIVE, METONYM):
            continue
        actor = gaz.actors.get(alias.actor, {})
        if actor.get("kind") in ("state", "region"):
            return n, actor.get("country")
    return 0, None


def _apposition_ends(tokens: list[Token], k: int, where: Places, *, loose: bool) -> bool:
    """Whether the place named before token `k` closes an apposition ("in Tripoli, Lebanon,
    where"; "Tripoli, Lebanon's second city"), rather than going on as a list or a clause
    ("Moscow, Georgia and Ukraine"; "talks with Kiev, Russia said")."""
    if k >= len(tokens) or tokens[k].is_sent_start or tokens[k].text in _ENDS:
        return True
    tok = tokens[k]
    if tok.text == "-":  # a spaced dash ends it ("Lebanon - a port"), a hyphen does not
        return bool(tokens[k - 1].whitespace_)  # ("Kyiv, Russia-backed separatists")
    if tok.tag_ == "POS":
        return any(
            t.lemma_.lower() in where.settlements or t.lower_ in where.settlements
            for t in tokens[k + 1 : k + 4]
        )
    if tok.text == ",":
        if k + 1 >= len(tokens):
            return True
        nxt = tokens[k + 1]
        if nxt.lower_ in ("and", "or"):  # "Paris, Texas, and studied", not "..., and Ukraine"
            return k + 2 < len(tokens) and tokens[k + 2].is_lower
        return nxt.is_lower
    # A US state or province goes on to its clause ("Paris, Texas is"); a state only to a
    # preposition ("in Tripoli, Lebanon on Monday", not "talks with Kiev, Russia said").
    return tok.pos_ == "ADP" or (loose and tok.is_lower and tok.lower_ not in _LIST)


_PLACE_WORDS = frozenset({"in", "at", "to", "from", "into", "near", "outside", "via", "around"})


@lru_cache(maxsize=1)
def agent_seats() -> dict[str, str]:
    return {city: body.strip() for city, body in data_rows("agent_seats.tsv")}


def seat_actor(doc: Doc, start: int, end: int, actor: str) -> str:
    """The actor a capital in agent_seats.tsv names here: the organisation where the city
    acts ("Brussels warned"), its state where it is a place ("in Brussels", "Brussels-based",
    "the Brussels summit")."""
    body = agent_seats().get(doc[start:end].text)
    if body is None:
        return actor
    tokens = doc_tokens(doc)
    if start > 0 and tokens[start - 1].lower_ in _PLACE_WORDS:
        return actor
    if end < len(tokens) and (tokens[end].text == "-" or tokens[end].pos_ in ("NOUN", "PROPN")):
        return actor
    return body
