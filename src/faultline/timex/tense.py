"""Tense: which way from publication the predicate governing a date points.

`tense_at(doc, start, end)` reads the verb that governs an expression in the parse:
"past" for what is reported as done, "future" for what is planned or scheduled, None when
the parse does not say. A headline's simple present reports the past.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faultline.nlp import doc_text
from faultline.timex import patterns as P


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"could", "would"} and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # a refusal or failure reported: "could not be reached on Monday"
    if words & P.FUTURE_AUX:
        return "future"
    if "to" in words or verb.dep_ == "xcomp":
        # An infinitive is planned when its head plans it ("is to discuss", "plans to
        # visit"), else it takes its head's tense ("agreed to withdraw ...").
        head = verb.head
        if head.i == verb.i:
            return "future"  # a headline's bare infinitive: "Markets to stay closed"
        if depth > 3:
            return None
        head_tense = _verb_tense(head, depth + 1)
        if head.lemma_.lower() in P.PLANNING_HEADS and head_tense != "past":
            return "future"
        if head.lemma_.lower() in P.EXPECTING_HEADS and head_tense == "past":
            # What was expected or scheduled lies after the expecting, which may be before
            # publication or after it: "the results were due to be released on Oct. 20".
            return None
        return head_tense
    if any("Past" in a.morph.get("Tense", []) for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if words & {"have", "has", "'ve"}:
        return "past"  # present perfect reports a done act
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # reduced relative: "the decree signed on Tuesday"
    if verb.tag_ == "VBG" and not auxes and verb.head.lower_ in P.AFTER_PREPOSITIONS:
        return "past"  # "shares are down after falling on Monday"
    if verb.tag_ == "VBG" and not auxes and depth <= 3:
        # A bare gerund has no tense of its own: "accused X of provoking it on Monday" is
        # as past as "accused".
        above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is not None:
            return _verb_tense(above, depth + 1)
    if verb.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "'s", "'re"}:
        # In news the present with a date is a schedule: "meets on Monday", "is planning".
        return "future"
    return None


def _in_headline(text: str, offset: int) -> bool:
    """Whether `offset` lies in a one-line paragraph without closing punctuation."""
    begin = text.rfind("\n\n", 0, offset)
    begin = 0 if begin < 0 else begin + 2
    finish = text.find("\n\n", offset)
    block = text[begin : len(text) if finish < 0 else finish].strip()
    return (
        bool(block)
        and "\n" not in block
        and len(block) <= P.HEADLINE_MAX_CHARS
        and (block[-1] not in P.SENTENCE_END)
    )


def _right_after_simple_past(span: Span) -> bool:
    """Whether a simple-past verb comes right before the date ("said on Monday it could
    ...", "announced Monday"): the date is that verb's, whatever the parser attaches it to.
    Not for a possessive ("said Monday's vote would ..."), which belongs to its noun."""
    if span.text.endswith(("'s", "’s")):
        return False
    i = span.start - 1
    if span[0].lower_ != "on" and i >= 0 and span.doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and span.doc[i].tag_ == "VBD" and span.doc[i].pos_ in ("VERB", "AUX")


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """The tense ("past", "future" or None) of the predicate governing [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    for words, tense in ((P.PAST_PREPOSITIONS, "past"), (P.FUTURE_PREPOSITIONS, "future")):
        if span[0].lower_ in words or before in words:
            return tense
    if _right_after_simple_past(span):
        return "past"
    token = span.root
    after = False  # whether the date sits in an "after ..." phrase
    for _ in range(12):  # a head chain longer than this is a parse gone wrong
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            verb_tense = _verb_tense(token)
            plain_present = token.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in token.children
            )
            infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
            headline_form = (verb_tense == "future" and plain_present) or (
                verb_tense is None and infinitive
            )
            if headline_form and _in_headline(doc_text(doc), start):
                # A headline's simple present reports what happened ("Stocks tumble on
                # Monday"); its future is "to" ("Markets to reopen on Monday").
                return "future" if infinitive else "past"
            if after and verb_tense == "future" and plain_present and token.lemma_ in P.STATES:
                # What a present state follows is done: "shares are down after Monday's fall".
                return "past"
            return verb_tense
        if token.head.i == token.i:
            break
        after = after or token.head.lower_ in P.AFTER_PREPOSITIONS
        token = token.head
    return None
