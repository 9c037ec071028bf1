"""Temporal expressions: find them in the body and resolve them against the publication date.

`timex_stage` fills `record.timexes` with `{"start", "end", "text", "value", "granularity"}`
(value ISO at its own precision: "2008-08-26", "2008-02", "2008", "2008-W35",
"2008-08-28T15:00"; null when it cannot be resolved) and, for an undated article, sets
`record.article.published_estimate`. `resolve` is the pure core the benchmark calls.

Detection is spaCy's DATE/TIME entities merged with the patterns in `timex_patterns`.
Resolution anchors on the publication date in the article's own zone; a weekday or a
yearless date goes backwards for past-tense predicates and forwards for planned ones, the
tense read from the governing verb in the parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Token

from faultline import timex_patterns as P
from faultline.document import Record

Value = tuple[str | None, str | None]

_DAYNUM = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTHWORD = r"([a-z]+)\.?"
_YEAR = r"(\d{4})"
_FULL_DMY = re.compile(rf"^{_DAYNUM}\s+(?:of\s+)?{_MONTHWORD},?\s+{_YEAR}$")
_FULL_MDY = re.compile(rf"^{_MONTHWORD}\s+{_DAYNUM}\s*,?\s+{_YEAR}$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH_YEAR = re.compile(rf"^{_MONTHWORD}\s*,?\s+{_YEAR}$")
_YEAR_ONLY = re.compile(r"^(\d{4})$")
_SHORT_YEAR = re.compile(r"^'(\d\d)$")
_DM = re.compile(rf"^{_DAYNUM}\s+(?:of\s+)?{_MONTHWORD}$")
_MD = re.compile(rf"^{_MONTHWORD}\s+{_DAYNUM}$")
_MONTH_ONLY = re.compile(rf"^{_MONTHWORD}$")
_WEEKDAY = re.compile(r"^(?:(last|past|next|coming|this)\s+)?([a-z]+)(?:\s+([a-z]+))?$")
_PERIOD = re.compile(r"^(.*?)\s*\b(week|month|year)$")
_AGO = re.compile(r"^(.+?)\s+(days?|weeks?|months?|years?)\s+(ago|earlier|before|later|from now)$")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm)?(?:\s*(?:gmt|utc|bst|cet))?")
_TIME = re.compile(
    r"^(?:at\s+)?(\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d\d(?:\s*[a-z]{3})?)"
    r"(?:\s+(.+))?$"
)
_TIME_AFTER = re.compile(
    r"^(.+?),?\s+at\s+(\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d\d(?:\s*[a-z]{3})?)$"
)
_LEADING_WEEKDAY = re.compile(r"^[a-z]+day,\s+(?=\S)")
# "the same period last year", "this time next month": the period phrase at the end decides.
_TRAILING_PERIOD = re.compile(r"\b(last|this|next) (week|month|year)$")
_IN_FUTURE = re.compile(r"^(?:in|within) (.+?) (days?|weeks?|months?|years?)$")


# ------------------------------------------------------------------------- the pure core


def normalise(text: str) -> str:
    """Lower-cased expression without the prepositions and possessives around its value."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:")
    t = t.rstrip(".") if not t.endswith(("a.m.", "p.m.")) else t
    t = P.TRAILING_POSSESSIVE.sub("", t)
    for _ in range(3):  # "as of early" and the like stack
        stripped = P.LEADING.sub("", t)
        if stripped == t:
            break
        t = stripped
    return t


def _month(word: str) -> int | None:
    return P.MONTHS.get(word.rstrip("."))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: Sequence[date], anchor: date, tense: str | None) -> date:
    """The candidate nearest to `anchor` in the direction the tense implies."""
    if tense == "past":
        before = [c for c in candidates if c <= anchor]
        if before:
            return max(before)
    elif tense == "future":
        after = [c for c in candidates if c >= anchor]
        if after:
            return min(after)
    return min(candidates, key=lambda c: abs((c - anchor).days))


def _absolute(t: str) -> Value:
    """Expressions that carry their own year: they resolve without an anchor."""
    t = _LEADING_WEEKDAY.sub("", t)
    for rx, order in ((_FULL_DMY, "dmy"), (_FULL_MDY, "mdy")):
        m = rx.match(t)
        if m:
            d, mon, y = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
            month = _month(mon)
            found = _day(int(y), month, int(d)) if month else None
            if found:
                return found.isoformat(), "day"
    m = _ISO_DAY.match(t)
    if m and _day(int(m[1]), int(m[2]), int(m[3])):
        return t, "day"
    m = _MONTH_YEAR.match(t)
    if m and _month(m[1]):
        return f"{m[2]}-{_month(m[1]):02d}", "month"
    m = _YEAR_ONLY.match(t)
    if m and 1000 <= int(m[1]) <= 2999:
        return m[1], "year"
    return None, None


def _weekday(t: str, anchor: date, tense: str | None) -> Value:
    m = _WEEKDAY.match(t)
    if not m or m[2] not in P.WEEKDAYS or (m[3] and m[3] not in P.DAY_PARTS):
        return None, None
    modifier, target = m[1], P.WEEKDAYS[m[2]]
    back = (anchor.weekday() - target) % 7 or 7  # days back to the latest such day before
    ahead = (target - anchor.weekday()) % 7 or 7
    if modifier in ("last", "past"):
        day = anchor - timedelta(days=back)
    elif modifier in ("next", "coming"):
        day = anchor + timedelta(days=ahead)
    elif target == anchor.weekday() and modifier is None:
        # Reporters name the publication day by its weekday ("said on Thursday").
        day = anchor
    elif tense == "past" or (tense is None and modifier is None):
        day = anchor - timedelta(days=back)
    else:
        day = anchor + timedelta(days=ahead)
    return day.isoformat(), "day"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _period(unit: str, anchor: date, offset: int) -> Value:
    if unit == "week":
        y, w, _ = (anchor + timedelta(weeks=offset)).isocalendar()
        return f"{y}-W{w:02d}", "week"
    if unit == "month":
        y, mo = _shift_month(anchor.year, anchor.month, offset)
        return f"{y}-{mo:02d}", "month"
    return str(anchor.year + offset), "year"


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return P.NUMBER_WORDS.get(word)


def _relative(t: str, anchor: date, tense: str | None) -> Value:
    """Expressions that need the anchor: day words, weekdays, yearless dates, periods."""
    if t in P.DAY_WORDS:
        return (anchor + timedelta(days=P.DAY_WORDS[t])).isoformat(), "day"
    value = _weekday(t, anchor, tense)
    if value[0]:
        return value
    for rx, order in ((_DM, "dm"), (_MD, "md")):
        m = rx.match(t)
        if m:
            d, mon = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            month = _month(mon)
            if month:
                days = [_day(anchor.year + k, month, int(d)) for k in (-1, 0, 1)]
                found = [x for x in days if x]
                if found:
                    return _pick(found, anchor, tense).isoformat(), "day"
    m = _MONTH_ONLY.match(t)
    if m and _month(m[1]):
        month = _month(m[1]) or 1
        starts = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
        this_month = anchor.replace(day=1)
        pick = _pick(starts, this_month, tense)
        return f"{pick.year}-{pick.month:02d}", "month"
    m = _AGO.match(t)
    if m and _count(m[1]) is not None:
        n, unit = _count(m[1]) or 0, P.UNITS[m[2]]
        sign = 1 if m[3] in ("later", "from now") else -1
        if unit == "day" or (unit == "week" and n == 1):
            # "a week ago" is the day seven days back, as readers take it.
            return (
                anchor + timedelta(days=sign * n * (7 if unit == "week" else 1))
            ).isoformat(), "day"
        return _period(unit, anchor, sign * n)
    m = _PERIOD.match(t)
    if m and m[1] in P.PERIOD_OFFSETS:
        offset = P.PERIOD_OFFSETS[m[1]]
        if P.START_OF.match(m[1] + " ") and m[2] != "week":
            # "the start of this year" is its first day, as annotators write it.
            y, mo = _shift_month(anchor.year, anchor.month, offset if m[2] == "month" else 0)
            first = date(anchor.year + offset, 1, 1) if m[2] == "year" else date(y, mo, 1)
            return first.isoformat(), "day"
        return _period(m[2], anchor, offset)
    return None, None


def _clock(text: str) -> str | None:
    m = _CLOCK.match(text)
    if not m:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3] in ("p.m.", "pm") and hour < 12:
        hour += 12
    elif m[3] in ("a.m.", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def resolve(text: str, anchor: date | None, *, tense: str | None) -> Value:
    """(value, granularity) of one temporal expression, or (None, None).

    `anchor` is the publication date in the article's zone (or, for "the next day" and
    the like, the day the text last named); without it only expressions that carry their
    own year resolve. `tense` is "past", "future" or None (unknown): it decides which way
    a weekday, a yearless date or a bare month goes from the anchor.
    """
    raw = " ".join(text.lower().split())
    t = _LEADING_WEEKDAY.sub("", normalise(text))
    if not t or P.VAGUE.match(t):
        return None, None
    m = _IN_FUTURE.match(raw)
    if m and anchor and _count(m[1]) is not None:
        return _relative(f"{m[1]} {m[2]} from now", anchor, tense)
    m = _TIME.match(t) or _TIME_AFTER.match(t)
    if m:
        clock_text, day_text = (m[1], m[2]) if m.re is _TIME else (m[2], m[1])
        clock = _clock(clock_text)
        day: str | None
        if day_text:
            day_value, grain = resolve(day_text, anchor, tense=tense)
            day = day_value if grain == "day" else None
        else:
            day = anchor.isoformat() if anchor else None
        return (f"{day}T{clock}", "time") if day and clock else (None, None)
    found = _absolute(t)
    if found[0]:
        return found
    qualified = P.QUALIFIER.sub("", t)
    if qualified != t and not P.START_OF.match(t):
        found = _absolute(qualified)
        if found[0]:
            return found
    m = _SHORT_YEAR.match(t)
    if m:
        year = 1900 + int(m[1])
        limit = anchor.year if anchor else date.today().year
        return str(year + 100 if year + 100 <= limit else year), "year"
    if anchor is None:
        return None, None
    found = _relative(t, anchor, tense)
    if not found[0] and qualified != t:
        found = _relative(qualified, anchor, tense)
    m = _TRAILING_PERIOD.search(t)
    if not found[0] and m:
        found = _relative(m[0], anchor, tense)
    return found


# ------------------------------------------------------------------------- the parse


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & P.FUTURE_AUX:
        return "future"
    if "to" in words or verb.dep_ == "xcomp":
        # An infinitive is planned when its head plans it ("is to discuss", "plans to
        # visit"), else it takes its head's tense ("agreed to withdraw ...").
        head = verb.head
        if head is verb:
            return "future"  # a headline's bare infinitive: "Markets to stay closed"
        if depth > 3:
            return None
        if head.lemma_.lower() in P.PLANNING_HEADS and _verb_tense(head, depth + 1) != "past":
            return "future"
        return _verb_tense(head, depth + 1)
    if any("Past" in a.morph.get("Tense", []) for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if words & {"have", "has", "'ve"}:
        return "past"  # present perfect reports a done act
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # reduced relative: "the decree signed on Tuesday"
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


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """The tense ("past", "future" or None) of the predicate governing [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    for words, tense in ((P.PAST_PREPOSITIONS, "past"), (P.FUTURE_PREPOSITIONS, "future")):
        if span[0].lower_ in words or before in words:
            return tense
    token = span.root
    for _ in range(12):  # a head chain longer than this is a parse gone wrong
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            return _verb_tense(token)
        if token.head is token:
            break
        token = token.head
    return None


# ------------------------------------------------------------------------- detection


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:)\n":
        end -= 1
    while start < end and text[start] in " ,;:(\n":
        start += 1
    return start, end


def find_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of temporal expressions: spaCy's DATE/TIME entities and pattern
    hits, overlapping ones merged, in text order."""
    text = doc.text
    hits: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not P.NOT_A_DATE.search(ent.text):
            hits.append((ent.start_char, ent.end_char))
    for rx in P.DETECTORS:
        hits.extend(m.span() for m in rx.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spans = (_trim(text, s, e) for s, e in merged)
    return [(s, e) for s, e in spans if e > s]


# ------------------------------------------------------------------------- the stage


def publication_date(published: str | None) -> date | None:
    """The publication day in the article's own zone (a date-only string is taken as is)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def annotate(
    doc: Doc, anchor: date | None, *, spans: Sequence[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Timex dicts for `spans` (default: those `find_spans` detects), resolved in text order.

    A day word that points back ("the next day") anchors on the last day the same paragraph
    named, else on publication.
    """
    text = doc.text
    out: list[dict[str, Any]] = []
    last_day: tuple[date, int] | None = None  # (day, paragraph) of the latest resolved day
    for start, end in spans if spans is not None else find_spans(doc):
        surface = text[start:end]
        tense = tense_at(doc, start, end)
        here = _paragraph(text, start)
        base = anchor
        if normalise(surface) in P.ANAPHORIC_DAY_WORDS and last_day and last_day[1] == here:
            base = last_day[0]
        value, grain = resolve(surface, base, tense=tense)
        if value and grain in ("day", "time"):
            last_day = (date.fromisoformat(value[:10]), here)
        out.append(
            {"start": start, "end": end, "text": surface, "value": value, "granularity": grain}
        )
    return out


def _period_start(value: str) -> date:
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        return date(int(value[:4]), int(value[5:7]), 1)
    return date.fromisoformat(value[:10])


def published_estimate(record: Record, doc: Doc | None = None) -> dict[str, Any] | None:
    """For an undated article: the latest absolute date its body mentions, as the earliest
    the article can have been written; None when it names none.

    `latest` stays null: a text can be written any time after the last date it names, and a
    guessed bound would look more certain than it is. With `doc`, dates in a future-tense
    context ("elections are due in 2015") are skipped: they bound nothing.
    """
    if record.article.published:
        return None
    best: tuple[date, int, str] | None = None
    for tx in record.timexes:
        value, grain = resolve(tx["text"], None, tense=None)  # absolute: needs no anchor
        if not value or grain not in ("day", "month", "year"):
            continue
        if doc is not None and tense_at(doc, tx["start"], tx["end"]) == "future":
            continue
        key = (_period_start(value), len(value), tx["text"])
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    return {
        "earliest": best[0].isoformat(),
        "latest": None,
        "basis": f"latest absolute date in the body: {best[2]}",
    }


def timex_stage(record: Record, doc: Doc) -> None:
    """Fill `record.timexes`; for an undated article, `record.article.published_estimate`."""
    record.timexes = annotate(doc, publication_date(record.article.published))
    if not record.article.published:
        record.article.published_estimate = published_estimate(record, doc)


__all__ = [
    "annotate",
    "find_spans",
    "normalise",
    "publication_date",
    "published_estimate",
    "resolve",
    "tense_at",
    "timex_stage",
]
