""" "The two countries", "both sides": a pair named just before, as the event's two parties.

Wire copy names two states once and then refers to them as a pair ("India and Pakistan held
talks in Delhi. The two countries agreed to reopen the border."); without this the second
sentence has no actor and codes nothing. The pair is taken only where it is unambiguous:

- the phrase is "the two", "both" or "the two" with adjectives, then a pair noun
  (`_PAIR_NOUNS`: countries, nations, sides, regions, leaders, ...);
- the referents are the actors of the noun's kind named in the words before it in its own
  sentence, or else in the nearest of the two sentences before that names any: exactly two,
  counted by country for states and governments ("Moscow" and "Russia" are one), or nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # phrases calls this module
    from faultline.events.phrases import ActorIndex

# Pair noun (lemma) -> the actor kinds it can stand for.
_STATES = frozenset({"state", "government"})
_PAIR_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("country", "nation", "state", "neighbour", "neighbor", "government"), _STATES),
    **dict.fromkeys(
        ("region", "republic", "province", "territory", "enclave"), frozenset({"region"})
    ),
    "side": _STATES | {"region", "org"},
    "party": _STATES | {"region", "org"},
    **dict.fromkeys(("leader", "president", "minister", "premier"), frozenset({"person"})),
}
_SENTENCES_BACK = 2


def _pair_noun(tok: Token) -> frozenset[str] | None:
    kinds = _PAIR_NOUNS.get(tok.lemma_.lower())
    if kinds is None or tok.tag_ != "NNS":
        return None
    lefts = list(tok.lefts)
    words = [t.lower_ for t in lefts]
    if "both" in words:
        counted = True
    else:
        counted = "two" in words and bool(lefts) and lefts[0].lower_ == "the"
    if not counted or any(t.pos_ not in ("DET", "NUM", "ADJ") for t in lefts):
        return None  # "two countries" (indefinite), "the two countries' border" is fine
    return frozenset(kinds)


def _named(tokens: list[Token], kinds: frozenset[str], index: ActorIndex) -> list[str]:
    found: dict[str, str] = {}  # key (country for states) -> actor id, first mention first
    for t in tokens:
        actor = index.by_token.get(t.i)
        if actor is None or index.kind(actor) not in kinds:
            continue
        key = index.country(actor) if index.kind(actor) in _STATES else actor
        found.setdefault(key or actor, actor)
    return list(found.values())


def pair_referents(tok: Token, index: ActorIndex) -> list[str]:
    """The two actors "the two <noun>" or "both <noun>" headed by `tok` refers to, or []."""
    kinds = _pair_noun(tok)
    if kinds is None:
        return []
    doc = tok.doc
    sent = tok.sent
    own = _named(list(doc[sent.start : tok.left_edge.i]), kinds, index)
    if own:
        return own if len(own) == 2 else []
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        before = doc[start - 1].sent
        named = _named(list(before), kinds, index)
        if named:
            return named if len(named) == 2 else []
        start = before.start
    return []
