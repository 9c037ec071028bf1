"""Detection: the character spans of temporal expressions in a parsed body.

spaCy's DATE/TIME entities merged with the detector patterns in `faultline.timex.patterns`;
a range of two dates ("between April and June 2008") is split into its ends.
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultline.nlp import doc_text
from faultline.timex import patterns as P


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:)\n":
        end -= 1
    while start < end and text[start] in " ,;:(\n":
        start += 1
    dangling = P.DANGLING_JOIN.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        # an entity cut inside a range ("Between 2007 and" | "2009"): its near end alone
        end = dangling.start()
    return start, end


def find_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of temporal expressions: spaCy's DATE/TIME entities and pattern
    hits, overlapping ones merged, in text order."""
    text = doc_text(doc)
    hits: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not P.NOT_A_DATE.search(ent.text):
            if len(ent) == 1 and ent[0].tag_ == "MD":
                continue  # the modal "May" opening a sentence: "May lead to delays"
            hits.extend(_split_entity(text, ent.start_char, ent.end_char))
        elif ent.label_ == "EVENT":
            # the year of a named event: "the 2008 Beijing Olympics", "the 2006 World Cup"
            hits.extend(
                m.span() for m in P.YEAR_IN_NAME.finditer(text, ent.start_char, ent.end_char)
            )
    hits.extend(_pattern_hits(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(h for h in hits if not _part_of_a_name(text, *h)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spans = (_with_article(text, *_trim(text, s, e)) for s, e in merged)
    return [part for s, e in spans if e > s for part in _split_range(text, s, e)]


def _pattern_hits(text: str) -> list[tuple[int, int]]:
    """The spans of every detector's hits, as `finditer` finds them, but with each detector
    tried only where `P.DETECTOR_STARTS` or `P.DETECTOR_DIGITS` says a hit of it can start
    (a fifth of the time)."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in P.STARTS_UNSAFE):
        return [m.span() for rx in P.DETECTORS for m in rx.finditer(text)]
    places: list[list[int]] = [[] for _ in P.DETECTORS]
    for word, (anyone, owners) in P.START_WORDS.items():
        if word not in low:
            continue
        found = [m.start() for m in anyone.finditer(low)]
        if len(owners) == 1:
            places[owners[0][0]].extend(found)
        elif found:
            for i, own in owners:
                places[i].extend(at for at in found if own.match(low, at))
    runs = [m.start() for m in P.DIGIT_RUN.finditer(low)]
    hits: list[tuple[int, int]] = []
    for rx, mine, digits in zip(P.DETECTORS, places, P.DETECTOR_DIGITS, strict=True):
        if digits is not None:
            mine.extend(at for at in runs if digits.match(low, at))
        end = 0  # as `finditer`: the next hit starts where the last one ended, or after
        for at in sorted(set(mine)):
            if at >= end and (m := rx.match(text, at)) is not None:
                hits.append(m.span())
                end = m.end()
    return hits


def _with_article(text: str, start: int, end: int) -> tuple[int, int]:
    """A bare unit that spaCy cut from its article ("year" in "the year's biggest deal")
    with the article, which makes it this year."""
    if (
        text[start:end].lower() in P.BARE_UNITS
        and text[max(0, start - 4) : start].lower() == "the "
    ):
        return start - 4, end
    return start, end


def _split_entity(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity that runs two expressions into one as the two: a date and a count after a
    comma ("October 3, two days after the vote passed"), a period and the "since" that
    follows it ("the worst week since 1933"), since the date has a value of its own; a
    stretch named by its last day ("the year ended June 30") as that day."""
    ended = P.PERIOD_ENDED.search(text, start, end)
    if ended is not None:
        return [(ended.end(), end)]  # "the year ended June 30": only its last day is a date
    m = P.ENTITY_BREAK.search(text, start, end)
    if m is None or m.start() == start:
        return [(start, end)]
    return [(start, m.start()), (m.end(), end)]


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether a hit is part of a name or a measure rather than a date: "TODAY.com",
    "Monday.com", "Easter Island", "1290g"."""
    if P.NAME_AFTER.match(text, end):
        return True
    return text[start:end].isdigit() and end < len(text) and text[end].isalpha()


def _split_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A range of two dates ("between April and June 2008") as its two ends, since each
    end has a value of its own; any other span as it is."""
    m = P.RANGE.match(text, start, end)
    if m is None or m.end() != end:
        return [(start, end)]
    ends = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    named = [bool(P.RANGE_END.search(text, s, e)) for s, e in ends]
    # "15 and 16 October", "October 15-16": a bare day shares the other end's month
    bare = [bool(P.BARE_DAY.fullmatch(text, s, e)) for s, e in ends]
    if all(n or b for n, b in zip(named, bare, strict=True)) and any(named):
        return ends
    return [(start, end)]
