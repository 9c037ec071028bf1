"""Misspelt state names: "Ethopia has agreed to re-open its borders", "the Phillipines".

Wire copy, transcripts and pasted captures carry typos, and a coder that misses "Ethopia"
loses the event's source. A place or nationality entity that no other stage resolves is read
as a state when one edit (a letter added, dropped, changed, or two swapped: rapidfuzz's OSA
distance) turns it into one state's name or demonym and into no other state's; only for
capitalised words of six letters or more (short names are too close to each other: Iran,
Iraq; Niger, Nigeria), never for a word that is a town or US state name of its own, and
never inside a person's or organisation's name. The mention keeps the text as written; its
actor is the state.
"""

from __future__ import annotations

from functools import cache

import numpy
import pycountry
from rapidfuzz.distance import OSA
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from faultline.actors.gazetteer import ADJECTIVE, NAME, Gazetteer
from faultline.actors.holders import Hit
from faultline.actors.towns import fold, town_index
from faultline.nlp import doc_tokens

_MIN_LENGTH = 6
_LABELS = frozenset({"GPE", "NORP", "LOC"})


_FORMS: dict[int, dict[tuple[str, int], list[tuple[str, str]]]] = {}


def _forms(gaz: Gazetteer) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(first letter, length) -> (surface form, state id) for every name or demonym of a
    state, as written: one edit changes the length by one at most, and rarely the first
    letter, so a word is compared with a few forms only."""
    if id(gaz) in _FORMS:
        return _FORMS[id(gaz)]
    table: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for surface in gaz.surfaces():
        alias = gaz.alias(surface)
        if alias is None or alias.form not in (NAME, ADJECTIVE) or len(surface) < _MIN_LENGTH:
            continue
        if gaz.actors.get(alias.actor, {}).get("kind") != "state" or surface.lower() == surface:
            continue
        table.setdefault((surface[0], len(surface)), []).append((surface, alias.actor))
    _FORMS[id(gaz)] = table
    return table


@cache
def _subdivision_words() -> frozenset[str]:
    """The capitalised words of ISO 3166-2 subdivision names ("Fujian Sheng", "Sichuan
    Sheng"), each a real place name and so no misspelling."""
    return frozenset(
        word
        for sub in pycountry.subdivisions
        for word in sub.name.split()
        if word[:1].isupper() and len(word) >= _MIN_LENGTH
    )


def state_for(text: str, gaz: Gazetteer, known: frozenset[str] = frozenset()) -> str | None:
    """The state a misspelt name or demonym stands for, or None. `known` holds other place
    names (US states, provinces) that are no misspelling."""
    if len(text) < _MIN_LENGTH or not text[:1].isupper() or not text[1:].islower():
        return None
    if gaz.alias(text) is not None or text in known or town_index().get(fold(text)):
        return None
    if text in _subdivision_words():
        return None  # "off the Fujian coast": a province, one letter from "Fijian"
    table = _forms(gaz)
    near = {
        state
        for size in (len(text) - 1, len(text), len(text) + 1)
        for form, state in table.get((text[0], size), ())
        if OSA.distance(form, text, score_cutoff=1) <= 1
    }
    return next(iter(near)) if len(near) == 1 else None


def find_misspelt_states(
    doc: Doc, hits: list[Hit], gaz: Gazetteer, known: frozenset[str] = frozenset()
) -> list[Hit]:
    """Mentions of states among the one-word proper nouns no hit covers that the NER tags as
    a place or nationality, or not at all (it leaves "Ethopia" untagged)."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    tokens = doc_tokens(doc)
    # the proper nouns from the parse's array: testing every Token's `pos_` cost more than
    # all the rest of this search
    for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():
        if i in taken:
            continue
        tok = tokens[i]
        if tok.ent_type_ and (tok.ent_type_ not in _LABELS or tok.ent_iob_ != "B"):
            continue
        if tok.ent_type_ and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
            continue  # one word only: a longer name is something else's
        state = state_for(tok.text, gaz, known)
        if state is not None:
            found.append(Hit(tok.i, tok.i + 1, state))
    return found
