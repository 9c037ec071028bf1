"""Detection: the character spans of temporal expressions in a parsed body.

spaCy's DATE/TIME entities merged with the detector patterns in `faultline.timex.patterns`;
a range of two dates ("between April and June 2008") is split into its ends.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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
    hits.extend(_syntactic_years(doc, text, hits))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(h for h in hits if not _part_of_a_name(text, *h)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spans = (_with_article(text, *_trim(text, s, e)) for s, e in merged)
    return [
        part
        for s, e in spans
        if e > s
        for part in _split_range(text, s, e)
        if not _tagged_count(doc, *part)
    ]


def _tagged_count(doc: Doc, start: int, end: int) -> bool:
    """Whether a span that is only a year-shaped number, after at most one preposition
    ("2000", "by 1990"), counts or measures what follows it: spaCy tags DATE, and the "by
    YEAR" pattern takes, the numbers of "deployed 2000 troops", "at 1900 GMT" and "won by
    1990 votes". A count is a number before a unit or clock zone (`P.COUNTED_SINGULAR`) or
    "strong" ("2000 strong"), or the number of a plural noun news counts in thousands
    (`P.COUNTED_PLURALS`). Before any other plural a year is as likely ("chronicles 1988
    protests", "2024 net premiums"), and so it is after a noun ("fall 2026 students"); "in
    2026 or later" is a year too, so words that only follow counts sometimes ("or", "more")
    decide nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 1 <= len(span) <= 2 or not P.SYNTACTIC_YEAR.fullmatch(span[-1].text):
        return False
    if len(span) == 2 and span[0].pos_ != "ADP":
        return False
    tok = span[-1]
    if tok.i + 1 >= len(doc):
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and (
        before.pos_ in ("NOUN", "PROPN") or before.lower_ in P.MONTHS or before.lower_ in P.SEASONS
    ):
        return False  # "fall 2026 students", whatever the parser makes of "fall"
    nxt = doc[tok.i + 1]
    if nxt.lower_ in P.COUNTED_SINGULAR or nxt.lower_ in ("strong", "odd"):
        return True
    head = tok.head
    return tok.dep_ == "nummod" and head.i > tok.i and head.lower_ in P.COUNTED_PLURALS


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


def _syntactic_years(doc: Doc, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Years spaCy tags as counts (CARDINAL) or as nothing, taken where the parse makes the
    number a year: a modifier before a noun a count cannot precede ("the final 2025 list",
    "2025 HR trends", "filing 2025 income taxes", with its coordinated year: "2025 & 2026
    tax brackets"), or the far end of a range whose near end is a date found ("from 2018
    (253 deaths) to 2022", "between 2007 and 2009"; "in 2024 compared to 2023"). Counts and
    measures stay out: "2025 people", "killed 2000 soldiers", "$2010", "2000 km", "1900
    GMT", "2000 Main Street", "Route 2020", "from 1500 to 2000 troops"."""
    out: list[tuple[int, int]] = []
    for m in P.SYNTACTIC_YEAR.finditer(text):
        start, end = m.span()
        if any(s <= start and end <= e for s, e in found):
            continue
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.ent_type_ not in P.SYNTACTIC_YEAR_LABELS or _beside_a_number(doc, tok.i):
            continue
        if _modifies_a_noun(tok) or _range_far_end(doc, tok, found):
            out.append((start, end))
    return out


def _beside_a_number(doc: Doc, i: int) -> bool:
    """Whether a token has a number right before or after it (a phone number, an id)."""
    return (i > 0 and doc[i - 1].like_num) or (i + 1 < len(doc) and doc[i + 1].like_num)


def _modifies_a_noun(tok: Token) -> bool:
    """Whether a year-shaped number is a year modifying the noun after it: the number before
    its head, every word between them a modifier, none a unit or measure; the head a
    singular noun (a count needs a plural) that is no counted one, or a plural a year leads
    (`P.YEAR_LED_PLURALS`). A number coordinated with such a year ("2025 & 2026 tax
    brackets") is one too."""
    doc = tok.doc
    if tok.dep_ == "conj" and tok.head.i < tok.i and P.SYNTACTIC_YEAR.fullmatch(tok.head.text):
        between = doc[tok.head.i + 1 : tok.i]
        if len(between) == 1 and between[0].lower_ in ("&", "and", "or"):
            return _modifies_a_noun(tok.head)
    if tok.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    head = tok.head
    if head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = doc[tok.i + 1]
    if nxt.lower_ in P.COUNT_FOLLOWERS:
        return False
    for word in doc[tok.i + 1 : head.i + 1]:
        if word.head.i == tok.i and word.dep_ in ("cc", "conj"):
            continue  # the year it is coordinated with: "2025 & 2026 tax brackets"
        if word.is_punct or word.like_num or word.lower_ in P.COUNTED_SINGULAR:
            return False
        if word.lemma_.lower() in P.COUNTED_SINGULAR:
            return False
        if word.i < head.i and (word.head.i < tok.i or word.head.i > head.i):
            return False  # a word between that belongs elsewhere: no single noun phrase
    if head.tag_ in ("NN", "NNP"):
        return True
    return head.tag_ in ("NNS", "NNPS") and head.lower_ in P.YEAR_LED_PLURALS


def _range_far_end(doc: Doc, tok: Token, found: list[tuple[int, int]]) -> bool:
    """Whether a year-shaped number closes a range whose near end is a date found: "from
    2018 (253 deaths) to 2022", "between 2007 and 2009", the near end earlier and at most a
    century before; or "compared to/with" a year after a year found right before, where the
    clause ends ("in 2024 compared to 2023."). A
    number before a noun ("from 1500 to 2000 troops") is none."""
    i = tok.i
    if i < 2 or (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return False
    join = doc[i - 1].lower_
    value = int(tok.text)
    sent_start = tok.sent.start
    if join in ("to", "with") and doc[i - 2].lower_ == "compared":
        # the year compared right before ("in 2024 compared to 2023."), the number ending
        # its clause: "sold 2100 cars, compared with 1990 in 2023" is a count
        j = i - 4 if doc[i - 3].text == "," else i - 3
        ends = i + 1 == len(doc) or doc[i + 1].is_punct
        return ends and j >= sent_start and _is_found_year(doc[j], found)
    near_words = P.RANGE_FAR_JOINS.get(join)
    if near_words is None:
        return False
    j = i - 2
    if doc[j].text == ")":  # a parenthesis after the near end: "from 2018 (253 deaths) to"
        while j > sent_start and i - j < 12 and doc[j].text != "(":
            j -= 1
        if doc[j].text != "(":
            return False
        j -= 1
    if j - 1 < sent_start or doc[j - 1].lower_ not in near_words:
        return False
    near = doc[j]
    if not P.SYNTACTIC_YEAR.fullmatch(near.text) or not _is_found_year(near, found):
        return False
    return 0 < value - int(near.text) <= 100


def _is_found_year(tok: Token, found: list[tuple[int, int]]) -> bool:
    """Whether a token is a year-shaped number inside a span already found."""
    if not P.SYNTACTIC_YEAR.fullmatch(tok.text):
        return False
    start, end = tok.idx, tok.idx + len(tok)
    return any(s <= start and end <= e for s, e in found)


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
