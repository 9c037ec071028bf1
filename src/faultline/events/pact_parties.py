""" "The pact", "the deal": an agreement made a few sentences before, whose parties are the
target of what is done to it.

Wire copy reports a signing and then the reactions: "Japan and the Philippines signed a
reciprocal access agreement on Monday ... China's foreign ministry criticised the pact."
The reaction names no one but the pact; its target is who made it (JPN, PHL), as an analyst
reading the story would code it. Taken only where it is plain:

- the earlier event made the pact: its trigger is a making verb (`phrases.MAKING_VERBS`:
  sign, conclude, reach, ...) whose object is a pact noun (`phrases.PACTS`), and it was coded
  with its parties;
- the later event has no target, and its object is a pact noun with a definite determiner
  ("the", "this", "that") and nothing else that says whose it is (no possessor, no actor in
  the phrase: "the Iran nuclear deal" names its own party, "the pact's critics" is no object);
- the pact was made earlier in the same sentence or in one of the `_SENTENCES_BACK` before;
  the latest one counts.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from faultline.events.phrases import MAKING_VERBS, PACTS
from faultline.events.triggers import objects

if TYPE_CHECKING:
    from faultline.events.phrases import ActorIndex

_SENTENCES_BACK = 3
_DEFINITE = frozenset({"the", "this", "that"})


def _pact_object(tok: Token) -> Token | None:
    return next((o for o in objects(tok) if o.lemma_.lower() in PACTS), None)


def _referring(noun: Token, index: ActorIndex) -> bool:
    """Whether `noun` refers back: "the pact", "this agreement", with nothing naming whose."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in _DEFINITE:
        return False
    if any(c.dep_ in ("poss", "relcl", "acl") for c in noun.children):
        return False
    return not any(t.i in index.by_token for t in noun.subtree)


@dataclass
class Pacts:
    """The pacts made so far in a document: (sentence number, token, parties), in order."""

    doc: Doc
    made: list[tuple[int, int, list[str]]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.doc.sents]

    def _sentence(self, tok: Token) -> int:
        return bisect_right(self._starts, tok.i) - 1

    def remember(self, tok: Token, events: list[dict[str, Any]]) -> None:
        """Keep the pact `tok` made, with its events' parties, if it made one."""
        if tok.lemma_.lower() not in MAKING_VERBS or _pact_object(tok) is None:
            return
        parties = [a for e in events for a in (*e["source"], *e["target"])]
        if parties:
            self.made.append((self._sentence(tok), tok.i, list(dict.fromkeys(parties))))

    def parties(self, tok: Token, sources: list[str], index: ActorIndex) -> list[str]:
        """The parties of the pact that the trigger `tok` acts on, other than `sources`."""
        noun = _pact_object(tok)
        if noun is None or not _referring(noun, index):
            return []
        here = self._sentence(tok)
        for sent_no, tok_i, parties in reversed(self.made):
            if tok_i < tok.i and here - sent_no <= _SENTENCES_BACK:
                return [p for p in parties if p not in sources]
        return []
