"""Short names for the halves of a divided country: "the North" and "the South" for the two
Koreas, as wire copy writes them once either Korea is named ("talks with the South", "aid to
the impoverished North").

Only in a text that names North or South Korea (or their capitals), only with "the" before
the word (adjectives between are allowed), and only capitalised: "the north of the country"
and "the South Caucasus" are left alone.

Also the first half of a shared name: "North and South Korea", "East and West Germany", "the
Czech and Slovak Republics" name two states, and the matcher sees only the second.
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultline.actors.gazetteer import Gazetteer
from faultline.actors.holders import Hit
from faultline.nlp import doc_tokens

_KOREAS = {"North": "PRK", "South": "KOR"}


def find_korean_ellipses(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Hits for "the North" / "the South" where the text names either Korea."""
    if not any(h.actor in ("PRK", "KOR") for h in hits):
        return []
    tokens = doc_tokens(doc)
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    for tok in tokens:
        state = _KOREAS.get(tok.text)
        if state is None or tok.i in taken or tok.is_sent_start:
            continue
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
        if nxt is not None and (nxt.is_title or nxt.lower_ in ("korea", "korean")):
            continue  # "the South China Sea", "North Korean"
        det = next(
            (t for t in reversed(tokens[max(0, tok.i - 3) : tok.i]) if t.lower_ == "the"), None
        )
        between = tokens[det.i + 1 : tok.i] if det is not None else None
        if between is None or any(t.pos_ not in ("ADJ", "ADV") for t in between):
            continue  # "the impoverished North" yes, "the army's North" no
        found.append(Hit(tok.i, tok.i + 1, state))
    return found


_AND = frozenset({"and", "or", "&"})


def find_shared_name_halves(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Hits for X in "X and Y Z" where "Y Z" is a hit and "X Z" names another actor.

    The first word must be capitalised and alone before the "and" (not part of a hit), the
    hit must be two words or more, and the name it makes must be one of the gazetteer's, of
    the same kind as the hit's actor: "North and South Korea" gives North Korea; "Britain
    and South Korea" gives nothing ("Britain Korea" names nothing).
    """
    tokens = doc_tokens(doc)
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    for hit in hits:
        if hit.end - hit.start < 2 or hit.start < 2:
            continue
        conj, first = tokens[hit.start - 1], tokens[hit.start - 2]
        if conj.lower_ not in _AND or first.i in taken:
            continue
        if not (first.is_alpha and first.is_title):
            continue
        rest = tokens[hit.start + 1 : hit.end]
        name = " ".join([first.text, *(t.text for t in rest)])
        actor = gaz.lookup(name)
        if actor is None and name.endswith("s"):
            actor = gaz.lookup(name[:-1])  # "the Czech and Slovak Republics"
        if actor is None or actor == hit.actor:
            continue
        mine, theirs = gaz.actors.get(actor), gaz.actors.get(hit.actor)
        if mine is None or theirs is None or mine.get("kind") != theirs.get("kind"):
            continue
        found.append(Hit(first.i, first.i + 1, actor))
        taken.add(first.i)
    return found
