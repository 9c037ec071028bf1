"""The dating stage: every event gets the date the text gives it, not the publication date.

An event's date is the value of the temporal expression that governs its trigger in the
parse (`date_basis: "text"`):

1. walking up from the trigger through its heads, the first temporal expression attached
   to the trigger or to a word on that path ("Medvedev's decree on Tuesday that
   recognised …": "on Tuesday" hangs on "decree", the head of "recognised"). The walk stops
   at a reported clause: in "Moscow made clear yesterday that it would provide …", the
   date of the claim is not the date of what is claimed;
2. for a clause whose subject is a relative pronoun, an expression just before the pronoun
   ("the decree on Tuesday that recognised …", "an attack last week which killed …"): the
   small parser often attaches such clauses as complements, so this does not rely on it;
3. otherwise the closest temporal expression inside the trigger's own phrase ("is to
   discuss … at an emergency summit on Monday"), but not inside a relative clause of it
   ("sanctions, which were mentioned today, …" does not date the sanctions), nor one that
   only modifies a noun of it ("refuses to recognise Kosovo's 2008 declaration").

With no governing expression, an asserted event takes the publication date
(`date_basis: "publication"`); a planned, conditional or hypothetical one stays undated,
since the act has not happened. With no publication date either, the date is null.
A governing expression whose value is unknown (a relative one in an undated article)
leaves the event undated, with `date_text` kept, rather than inventing a date. Values that
are not ISO dates (quarters, seasons, weekends) are coarsened by `event_date`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from faultline.document import Record
from faultline.timex import publication_date

# Dependencies that open a reported or embedded clause: the walk up stops there.
_CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis", "xcomp"})
_MAX_WALK = 8
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# Inside the trigger's phrase, these dependencies start a clause of their own.
_OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})


def _timex_roots(doc: Doc, timexes: list[dict[str, Any]]) -> list[tuple[Token, dict[str, Any]]]:
    roots = []
    for timex in timexes:
        span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None:
            roots.append((span.root, timex))
    return roots


def _governing(trigger: Token, roots: list[tuple[Token, dict[str, Any]]]) -> dict[str, Any] | None:
    same_sentence = [(r, t) for r, t in roots if r.sent == trigger.sent]
    if not same_sentence:
        return None
    node, steps = trigger, 0
    while steps < _MAX_WALK:
        for root, timex in same_sentence:
            if root.head == node and root != node:
                return timex
        if node.head == node or node.dep_ in _CLAUSE_BOUNDARIES:
            break
        node, steps = node.head, steps + 1
    for pronoun in trigger.children:
        if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.lower_ in _RELATIVE_PRONOUNS:
            for root, timex in same_sentence:
                span_end = root.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
                if span_end is not None and span_end.end == pronoun.i:
                    return timex
    inside = [
        (abs(r.i - trigger.i), t)
        for r, t in same_sentence
        if trigger in r.ancestors
        and not _crosses_clause(r, trigger)
        and not _names_a_thing(r, trigger)
    ]
    return min(inside, key=lambda pair: pair[0])[1] if inside else None


def _names_a_thing(root: Token, trigger: Token) -> bool:
    """ "refuses to recognise Kosovo's 2008 declaration": a date that only modifies a noun
    of the phrase names that thing (the declaration of 2008), not when the act happened."""
    return (
        root.dep_ in _NOUN_MODIFIERS
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i != trigger.i
    )


def _crosses_clause(token: Token, ancestor: Token) -> bool:
    """Whether the path up from `token` to `ancestor` enters a clause of its own."""
    node = token
    while node != ancestor and node.head != node:
        if node.dep_ in _OWN_CLAUSES:
            return True
        node = node.head
    return False


def event_date(value: str | None, granularity: str | None) -> tuple[str | None, str | None]:
    """An event's date from a temporal expression's TimeML value. Event dates are ISO 8601 at
    the precision the text gives (so they sort and filter as strings): a quarter or season
    ("2008-Q3", "2008-SU") is no ISO date, so the event takes its year; a weekend
    ("2008-W41-WE") its ISO week. A decade ("199") is kept, with granularity decade."""
    if value is None:
        return None, None
    if granularity in ("quarter", "season"):
        return value[:4], "year"
    if granularity == "weekend":
        return value.removesuffix("-WE"), "week"
    return value, granularity


def dating_stage(record: Record, doc: Doc) -> None:
    """Fill `date`, `granularity`, `date_text` and `date_basis` of every event."""
    roots = _timex_roots(doc, record.timexes)
    published = publication_date(record.article.published)
    for event in record.events:
        span = event.get("trigger_span")
        trigger = (
            doc.char_span(span["start"], span["end"], alignment_mode="expand") if span else None
        )
        timex = _governing(trigger.root, roots) if trigger is not None else None
        if timex is not None:
            value, grain = event_date(timex.get("value"), timex.get("granularity"))
            event["date"] = value
            event["granularity"] = grain
            event["date_text"] = timex["text"]
            event["date_basis"] = "text" if timex.get("value") else None
        elif published is not None and event.get("modality") == "asserted":
            event["date"] = published.isoformat()
            event["granularity"] = "day"
            event["date_text"] = None
            event["date_basis"] = "publication"
