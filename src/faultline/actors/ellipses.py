"""Short names for the halves of a divided country: "the North" and "the South" for the two
Koreas, as wire copy writes them once either Korea is named ("talks with the South", "aid to
the impoverished North").

Only in a text that names North or South Korea (or their capitals), only with "the" before
the word (adjectives between are allowed), and only capitalised: "the north of the country"
and "the South Caucasus" are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

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
