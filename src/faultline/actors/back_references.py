"""Definite descriptions that refer back to an international organisation named shortly
before: "The UN Security Council voted on Tuesday ... The council also demanded ...",
"NATO began an exercise ... the alliance said", "the European Union ... the bloc".

Wire copy names a body once and then calls it by its head noun. Without this stage "the
council" is no actor, and an event it is the subject of loses its source or takes one from
elsewhere in the sentence. The noun must be the whole noun phrase after "the" ("the Council
of Europe", "the council chamber" and "the town council" are other things), must be the
head noun of the organisation's name (the last word before "of", "in", "for", "on": "court"
for the Court of Justice of the European Union, "mission" for the United Nations Mission in
Sudan) or one of its usual nouns in `back_reference_heads.tsv` ("alliance" for NATO, "bloc"
for the EU), and refers to the latest such organisation named within the three sentences
before, provided no other thing of that noun is named in between ("a council of elders").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc

from faultline.actors.gazetteer import Actor
from faultline.actors.holders import Hit
from faultline.nlp import doc_tokens

WINDOW = 3  # sentences back in which the organisation must be named
# Head nouns that do not refer back on their own: "the nations", "the group" (an armed group
# as often as the Group of Seven), "the community" (the people of a place).
_NOT_REFERRING = frozenset({"nations", "states", "group", "community", "countries"})
_QUALIFIER = re.compile(r" (?:of|in|for|on|to|against) ")


def name_head(name: str) -> str | None:
    """The head noun of an organisation's name, lower case, or None for a one-word name
    ("Frontex", "Eurogroup": the name itself is the noun)."""
    parts = _QUALIFIER.split(name, maxsplit=1)
    words = parts[0].split()
    if not words or (len(parts) == 1 and len(words) < 2):
        return None
    head = _spelling(words[-1].lower())
    return None if head in _NOT_REFERRING else head


def _spelling(word: str) -> str:
    return word.replace("isation", "ization")


@lru_cache(maxsize=1)
def back_reference_heads() -> dict[str, frozenset[str]]:
    """Organisation id -> the nouns besides its name's head that refer back to it."""
    text = files("faultline").joinpath("data", "actors", "back_reference_heads.tsv")
    out: dict[str, frozenset[str]] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            actor_id, nouns = line.split("\t")
            out[actor_id] = frozenset(n.strip() for n in nouns.split(","))
    return out


def find_back_references(doc: Doc, hits: list[Hit], actors: dict[str, Actor]) -> list[Hit]:
    """Hits for "the <noun>" that refers back to an organisation named just before."""
    named = sorted(
        (h for h in hits if actors.get(h.actor, {}).get("kind") == "igo"), key=lambda h: h.start
    )
    if not named:
        return []
    extra = back_reference_heads()
    taken = {i for h in hits for i in range(h.start, h.end)}
    sentence = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    found: list[Hit] = []
    for tok in doc_tokens(doc):
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        noun = doc[tok.i + 1]
        if noun.i in taken or noun.tag_ not in ("NN", "NNP") or tok.head.i != noun.i:
            continue
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN"):
            continue  # "the council chamber": another thing
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ != "VBG" for p in c.children)
            for c in noun.children
        ):
            continue  # "the Council of Europe", "the council of elders"; but a charge ("accused
            # the agency of spying") is no part of the name
        word = _spelling(noun.lower_)
        for hit in reversed(named):
            if hit.end > tok.i:
                continue
            if sentence[tok.i] - sentence[hit.start] > WINDOW:
                break
            heads = extra.get(hit.actor, frozenset()) | {name_head(actors[hit.actor]["name"])}
            if word not in heads:
                continue
            between = doc[hit.end : tok.i]
            if not any(_spelling(t.lower_) == word for t in between):
                found.append(Hit(tok.i, noun.i + 1, hit.actor))
            break  # the latest organisation of that noun decides
    return found
