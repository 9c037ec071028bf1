"""Slips of the small English parser that more than one stage reads back.

A clause folded into its object's noun phrase: "Indonesia's new government relaxed curbs",
"Protesters in Bahrain hurled stones", "China test-fired missiles" come out with the subject
as a compound or nmod and the verb as an amod of the object noun. The actors stage keeps the
folded subject as an actor; the events stage codes the verb with its subject and object.
"""

from __future__ import annotations

from spacy.tokens import Token


def folded_body(verb: Token) -> Token | None:
    """The noun the parser folded as a modifier before `verb`, a past form it tagged amod of
    the noun after it, when that noun's phrase ends right before the verb (or before the
    verb's own hyphenated left edge, "test-fired"); None for any other token."""
    if verb.dep_ != "amod" or not verb.lower_.endswith("ed") or verb.i == 0:
        return None
    head = verb.head
    if head.i <= verb.i or head.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("compound", "nmod")
            and c.i < verb.i
            and c.right_edge.i == verb.left_edge.i - 1
        ),
        None,
    )
