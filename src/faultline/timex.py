"""Temporal expressions: find them in the body and resolve them against the publication date.

`timex_stage` fills `record.timexes` with `{"start", "end", "text", "value", "granularity"}`
(value ISO at its own precision, as TimeML writes it: "2008-08-26", "2008-02", "2008",
"2008-W35", "2008-08-28T15:00", and for coarser periods "2008-Q3", "2008-SU" (a season),
"2008-W35-WE" (a weekend), "199" (a decade); null when it cannot be resolved, as for
"now", "recently" or a duration) and, for an undated article, sets
`record.article.published_estimate`. `resolve` is the pure core the benchmark calls.

Detection is spaCy's DATE/TIME entities merged with the patterns in `timex_patterns`, a
range of two dates split into its ends. Resolution anchors on the publication date in the
article's own zone; a weekday or a yearless date goes backwards for past-tense predicates
and forwards for planned ones, the tense read from the governing verb in the parse (a
headline's simple present reports the past). As in TimeML, an anaphoric expression ("the
next day", "the following year", "two years later", "the same month last year") counts
from the time the paragraph last named instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from faultline import timex_patterns as P
from faultline.document import Record
from faultline.nlp import doc_text

Value = tuple[str | None, str | None]


# ------------------------------------------------------------------------- the pure core


def normalise(text: str) -> str:
    """Lower-cased expression without the prepositions and possessives around its value."""
    t = " ".join(text.lower().replace("’", "'").split()).strip(" ,;:")
    t = t.rstrip(".") if not t.endswith(("a.m.", "p.m.")) else t
    t = P.TRAILING_POSSESSIVE.sub("", t)
    return _strip_leading(t)


def _strip_leading(t: str) -> str:
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
    t = P.LEADING_WEEKDAY.sub("", t)
    for rx, order in ((P.FULL_DMY, "dmy"), (P.FULL_MDY, "mdy")):
        m = rx.match(t)
        if m:
            d, mon, y = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
            month = _month(mon)
            found = _day(int(y), month, int(d)) if month else None
            if found:
                return found.isoformat(), "day"
    m = P.ISO_DAY.match(t)
    if m and _day(int(m[1]), int(m[2]), int(m[3])):
        return t, "day"
    m = P.NUMERIC_DATE.match(t)
    if m:
        # Month first, as American (and Wikinews) usage writes it, unless it cannot be one.
        first, second, y = int(m[1]), int(m[2]), int(m[3])
        year = y if y >= 100 else (2000 + y if y < 50 else 1900 + y)
        found = _day(year, first, second) if first <= 12 else _day(year, second, first)
        if found:
            return found.isoformat(), "day"
    m = P.MONTH_YEAR.match(t)
    if m and _month(m[1]):
        return f"{m[2]}-{_month(m[1]):02d}", "month"
    m = P.YEAR_ONLY.match(t)
    if m and 1000 <= int(m[1]) <= 2999:
        return m[1], "year"
    return None, None


def _weekday(t: str, anchor: date, tense: str | None) -> Value:
    m = P.WEEKDAY_PHRASE.match(t)
    if not m or m[2] not in P.WEEKDAYS or (m[3] and m[3] not in P.DAY_PARTS):
        return None, None
    modifier, target = P.WEEKDAY_MODIFIERS.get(m[1] or ""), P.WEEKDAYS[m[2]]
    back = (anchor.weekday() - target) % 7 or 7  # days back to the latest such day before
    ahead = (target - anchor.weekday()) % 7 or 7
    if modifier == "last":
        day = anchor - timedelta(days=back)
    elif modifier == "next":
        day = anchor + timedelta(days=ahead)
    elif target == anchor.weekday() and modifier is None:
        # Reporters name the publication day by its weekday ("said on Thursday").
        day = anchor
    elif tense == "past" or (tense is None and modifier is None):
        day = anchor - timedelta(days=back)
    else:
        day = anchor + timedelta(days=ahead)
    return day.isoformat(), "day"


def _weekday_in_week(t: str, anchor: date) -> Value:
    m = P.WEEKDAY_IN_WEEK.match(t)
    if not m or m[1] not in P.WEEKDAYS:
        return None, None
    offset = P.PERIOD_OFFSETS.get(m[2].rsplit(" ", 1)[0])
    if offset is None:
        return None, None
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
    return (monday + timedelta(days=P.WEEKDAYS[m[1]])).isoformat(), "day"


def _named_month(t: str, anchor: date) -> Value:
    """A month named by its year: "last October" (the latest October before this month),
    "next April", "this June", "October last year", "March of the previous year"."""
    m = P.MODIFIED_MONTH.match(t)
    if m and _month(m[2]):
        month, modifier = _month(m[2]) or 1, P.WEEKDAY_MODIFIERS[m[1]]
        year = anchor.year
        if modifier == "last" and month >= anchor.month:
            year -= 1
        elif modifier == "next" and month <= anchor.month:
            year += 1
        return f"{year}-{month:02d}", "month"
    m = P.MONTH_IN_YEAR.match(t)
    if m and _month(m[1]):
        year_value, grain = _relative(m[2], anchor, None)
        if grain == "year" and year_value:
            return f"{year_value}-{_month(m[1]):02d}", "month"
    return None, None


def _season(t: str, anchor: date | None, tense: str | None) -> Value:
    """TimeML's season values: "the summer of 2008" and "summer 2008" are 2008-SU; "last
    summer" the latest before the season under way, "this winter" the nearest one."""
    m = P.SEASON.match(t)
    if not m:
        return None, None
    code, first_month = P.SEASONS[m[2]]
    if m[3]:
        return f"{m[3]}-{code}", "season"
    if anchor is None:
        return None, None
    modifier = P.WEEKDAY_MODIFIERS.get(m[1] or "")
    starts = [date(anchor.year + k, first_month, 1) for k in (-2, -1, 0, 1)]
    # the season under way starts in the latest of March, June, September, December
    month = max(mo for mo in (12, 9, 6, 3, 0) if mo <= anchor.month) or 12
    current = date(anchor.year - (month == 12 and anchor.month < 12), month, 1)
    if modifier == "last":
        pick = max(d for d in starts if d < current)
    elif modifier == "next":
        pick = min(d for d in starts if d > current)
    else:
        pick = _pick(starts, current, tense)
    return f"{pick.year}-{code}", "season"


def _weekend(t: str, anchor: date, tense: str | None) -> Value:
    """TimeML's weekend of a week, 2008-W32-WE: "last weekend" the latest before this
    week, "this weekend" this week's, "the weekend" by the tense."""
    m = P.WEEKEND.match(t)
    if not m:
        return None, None
    modifier = P.WEEKDAY_MODIFIERS.get(m[1] or "")
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
    if modifier == "last" or (modifier is None and tense != "future" and anchor.weekday() < 5):
        saturday -= timedelta(weeks=1)
    elif modifier == "next":
        saturday += timedelta(weeks=1)
    y, w, _ = saturday.isocalendar()
    return f"{y}-W{w:02d}-WE", "weekend"


def _decade(t: str, anchor: date | None) -> Value:
    m = P.DECADE.match(t)
    if not m:
        return None, None
    if m[1]:
        return m[1], "decade"
    limit = anchor.year if anchor else date.today().year
    return (f"20{m[2]}" if 2000 + 10 * int(m[2]) <= limit else f"19{m[2]}"), "decade"


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_in(name: str, year: int) -> date | None:
    if name in P.FIXED_HOLIDAYS:
        return date(year, *P.FIXED_HOLIDAYS[name])
    if name in P.EASTER_HOLIDAYS:
        return _easter(year) + timedelta(days=P.EASTER_HOLIDAYS[name])
    if name in P.WEEKDAY_HOLIDAYS:
        month, weekday, n = P.WEEKDAY_HOLIDAYS[name]
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = _shift_month(year, month, 1)
        end = date(*last, 1) - timedelta(days=1)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    return None


def _holiday(t: str, anchor: date, tense: str | None) -> Value:
    """A named holiday in the year the tense points to ("sales on Thanksgiving")."""
    days = [_holiday_in(t, anchor.year + k) for k in (-1, 0, 1)]
    found = [d for d in days if d]
    return (_pick(found, anchor, tense).isoformat(), "day") if found else (None, None)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _period(unit: str, anchor: date, offset: int) -> Value:
    if unit == "quarter":
        y, q = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + offset, 4)
        return f"{y}-Q{q + 1}", "quarter"
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


def _yearless_day(t: str, anchor: date, tense: str | None) -> Value:
    """A day without its year ("Oct. 3", "on the 8th"): the nearest in the tense's direction."""
    for rx, order in ((P.DAY_MONTH, "dm"), (P.MONTH_DAY, "md")):
        m = rx.match(t)
        if m:
            d, mon = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            month = _month(mon)
            if month:
                days = [_day(anchor.year + k, month, int(d)) for k in (-1, 0, 1)]
                found = [x for x in days if x]
                if found:
                    return _pick(found, anchor, tense).isoformat(), "day"
    m = P.ORDINAL_DAY.match(t)
    if m:
        # "on the 8th": that day of this month, or of the month before or after.
        months = [_shift_month(anchor.year, anchor.month, k) for k in (-1, 0, 1)]
        found = [x for x in (_day(y, mo, int(m[1])) for y, mo in months) if x]
        if found:
            return _pick(found, anchor, tense).isoformat(), "day"
    return None, None


def _bare_month(t: str, anchor: date, tense: str | None) -> Value:
    m = P.MONTH_ONLY.match(t)
    if m and _month(m[1]):
        month = _month(m[1]) or 1
        starts = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
        this_month = anchor.replace(day=1)
        pick = _pick(starts, this_month, tense)
        return f"{pick.year}-{pick.month:02d}", "month"
    return None, None


def _offset(t: str, anchor: date, tense: str | None) -> Value:
    """Counted offsets: "two days ago", "a year later", "three weeks earlier", "a decade ago"."""
    m = P.OFFSET.match(t)
    if m and _count(m[1]) is not None:
        n, unit = _count(m[1]) or 0, P.UNITS[m[2]]
        sign = 1 if m[3] in ("later", "after", "from now") else -1
        if unit in ("day", "week"):
            # "a week ago" is the day seven days back, as readers (and MEANTIME's
            # annotators) take it; "two weeks ago" likewise.
            return (
                anchor + timedelta(days=sign * n * (7 if unit == "week" else 1))
            ).isoformat(), "day"
        if unit == "decade":
            return _period("year", anchor, sign * n * 10)
        return _period(unit, anchor, sign * n)
    m = P.UNIT_AROUND.match(t)
    if m:
        sign = 1 if m[2] in ("after", "later") else -1
        if m[1] == "day":
            return (anchor + timedelta(days=sign)).isoformat(), "day"
        return _period(m[1], anchor, sign)
    return None, None


def _named_period(t: str, anchor: date, tense: str | None) -> Value:
    """Named periods: "last month", "the previous year", "the start of this year"."""
    m = P.PERIOD.match(t)
    if m and m[1] == "the" and m[2] == "quarter":
        return None, None  # "in the quarter" is the one being reported, not this one
    if m and m[1] in P.PERIOD_OFFSETS:
        offset = P.PERIOD_OFFSETS[m[1]]
        if P.START_OF.match(m[1] + " ") and m[2] in ("month", "year"):
            # "the start of this year" is its first day, as annotators write it.
            y, mo = _shift_month(anchor.year, anchor.month, offset if m[2] == "month" else 0)
            first = date(anchor.year + offset, 1, 1) if m[2] == "year" else date(y, mo, 1)
            return first.isoformat(), "day"
        return _period(m[2], anchor, offset)
    return None, None


def _quarter(t: str, anchor: date, tense: str | None) -> Value:
    """ "the third quarter of 2008", "the fourth quarter" (the nearest in the tense's
    direction), "Q3 2008"."""
    m = P.QUARTER.match(t)
    n = P.QUARTER_WORDS.get(m[1]) if m else None
    year_text = m[2] if m else None
    if m is None:
        short = P.Q_SHORT.match(t)
        if short is None:
            return None, None
        n, year_text = int(short[1]), short[2]
    if n is None:
        return None, None
    if year_text:
        year, grain = resolve(year_text, anchor, tense=tense)
        return (f"{year}-Q{n}", "quarter") if year and grain == "year" else (None, None)
    starts = [date(anchor.year + k, 3 * n - 2, 1) for k in (-1, 0, 1)]
    this_quarter = date(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 1)
    if tense == "past":
        # A quarter reported in the past tense is over: not the one under way.
        this_quarter -= timedelta(days=1)
    return f"{_pick(starts, this_quarter, tense).year}-Q{n}", "quarter"


def _day_word(t: str, anchor: date, tense: str | None) -> Value:
    if t in P.DAY_WORDS:
        return (anchor + timedelta(days=P.DAY_WORDS[t])).isoformat(), "day"
    if P.NTH_DAY.match(t):
        return anchor.isoformat(), "day"
    return None, None


_RELATIVE_RULES = (
    _day_word,
    _weekday,
    lambda t, anchor, tense: _weekday_in_week(t, anchor),
    _yearless_day,
    lambda t, anchor, tense: _named_month(t, anchor),
    _bare_month,
    _holiday,
    _offset,
    _named_period,
    _quarter,
    _weekend,
)


def _relative(t: str, anchor: date, tense: str | None) -> Value:
    """Expressions that need the anchor: day words, weekdays, yearless dates, periods."""
    for rule in _RELATIVE_RULES:
        value = rule(t, anchor, tense)
        if value[0]:
            return value
    return None, None


def _clock(text: str) -> str | None:
    m = P.CLOCK.match(text)
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
    t = P.THE_ORDINAL.sub("", P.LEADING_WEEKDAY.sub("", normalise(text)))
    # "the first of October" is "1 of october"; "October the 5th" is "october 5th"
    t = P.MONTH_THE.sub(r"\1 ", P.ORDINAL_OF.sub(lambda m: f"{P.ORDINAL_WORDS[m[1]]} of ", t))
    if not t or P.VAGUE.match(t):
        return None, None
    m = P.IN_FUTURE.match(raw)
    if m and anchor and _count(m[1]) is not None:
        return _relative(f"{m[1]} {m[2]} from now", anchor, tense)
    m = P.CLOCK_FIRST.match(t) or P.CLOCK_LAST.match(t)
    if m:
        clock_text, day_text = (m[1], m[2]) if m.re is P.CLOCK_FIRST else (m[2], m[1])
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
    qualified = _strip_leading(P.QUALIFIER.sub("", t))  # "late on Friday": "friday"
    for special in (
        _season(t, anchor, tense),
        _decade(t, anchor),
        _season(qualified, anchor, tense),
    ):
        if special[0]:
            return special
    if qualified != t:
        found = _absolute(qualified)
        if found[0] and P.START_OF.match(t) and found[1] in ("month", "year"):
            # "the start of 2001" is its first day, as for "the start of this year".
            return _period_start(found[0]).isoformat(), "day"
        if found[0]:
            return found
    m = P.SHORT_YEAR.match(t)
    if m:
        year = 1900 + int(m[1])
        limit = anchor.year if anchor else date.today().year
        return str(year + 100 if year + 100 <= limit else year), "year"
    if anchor is None:
        return None, None
    found = _relative(t, anchor, tense)
    if not found[0] and qualified != t:
        found = _relative(qualified, anchor, tense)
    m = P.TRAILING_PERIOD.search(t)
    if not found[0] and m:
        found = _relative(m[0], anchor, tense)
    return found


# ------------------------------------------------------------------------- the parse


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
    text = doc_text(doc)
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
    return [part for s, e in spans if e > s for part in _split_range(text, s, e)]


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


def anaphoric_unit(text: str) -> str | None:
    """The unit ("day", "week", "month", "year") of an expression that counts from the time
    the text last named rather than from publication ("the next day", "the following year",
    "two years later", "that month", "March of the following year"); else None."""
    t = normalise(text)
    if t in P.ANAPHORIC_DAY_WORDS:
        return "day"
    m = P.MONTH_IN_YEAR.match(t)
    if m and _month(m[1]):
        t = m[2]
    m = P.WEEKDAY_PHRASE.match(t) or P.MODIFIED_MONTH.match(t)
    if m and m[1] in P.ANAPHORIC_PERIOD_PREFIXES:
        # "the following Monday" counts from a day, "the following March" from any date
        return "day" if m.re is P.WEEKDAY_PHRASE and m[2] in P.WEEKDAYS else "year"
    m = P.PERIOD.match(t)
    if m and m[1] in P.ANAPHORIC_PERIOD_PREFIXES:
        return m[2]
    m = P.OFFSET.match(t)
    if m and m[3] in P.ANAPHORIC_OFFSET_WORDS and _count(m[1]) is not None:
        unit = P.UNITS[m[2]]
        return "year" if unit == "decade" else unit
    m = P.UNIT_AROUND.match(t)
    return m[1] if m else None


# The reference an anaphoric unit needs: a day for days and weeks, a month or finer for
# months, any date for quarters and years. Each value is a reference at its own precision
# and every coarser one.
_REFERENCE_FOR = {"day": "day", "week": "day", "month": "month", "quarter": "year", "year": "year"}
_UPDATES = {"day": ("day", "month", "year"), "time": ("day", "month", "year"),
            "month": ("month", "year"), "quarter": ("year",), "season": ("year",),
            "year": ("year",)}  # fmt: skip
_VALUE_SIZE = {"time": 10, "day": 10, "month": 7}
_PRECISION = {"year": 0, "quarter": 1, "month": 2, "day": 3, "time": 4}


def _year_back(value: str, grain: str) -> Value:
    """`value` one year earlier, at `grain` ("2009-02" -> "2008-02")."""
    value = value[: _VALUE_SIZE.get(grain, len(value))]
    if value[4:10] == "-02-29":
        value = value[:8] + "28" + value[10:]
    return f"{int(value[:4]) - 1:04d}{value[4:]}", "day" if grain == "time" else grain


def year_back_from(text: str, reference: Value) -> Value:
    """For "the same month last year", "the same period a year earlier" and the like: the
    `reference` (the value and granularity the text last named) a year back, at the
    precision the phrase names ("period" and "time" keep the reference's own); (None,
    None) for any other phrase, or a reference less precise than the phrase."""
    m = P.SAME_PERIOD.match(normalise(text))
    found, grain = reference
    if not m or not found or not grain or grain not in _PRECISION:
        return None, None
    unit = m[1] or m[2]
    if unit in ("period", "time"):
        return _year_back(found, grain)
    if _PRECISION[grain] < _PRECISION[unit]:
        return None, None
    return _year_back(found, unit)


def _with_range_month(
    surface: str, text: str, span: tuple[int, int], anchor: date | None, tense: str | None
) -> Value:
    """A bare day at one end of a range takes the month of the other end ("15 and 16
    October", "October 15 and 16"), and its year when that end writes one."""
    if not P.BARE_DAY.fullmatch(surface):
        return None, None
    start, end = span
    after = P.RANGE_NEXT_DAY.match(text, end)
    if after and _month(after[1].lower()):
        return resolve(f"{surface} {after[1]} {after[2] or ''}".strip(), anchor, tense=tense)
    before = P.RANGE_PREVIOUS_DAY.search(text, max(0, start - 40), start)
    if before and _month(before[1].lower()):
        return resolve(f"{before[1]} {surface}", anchor, tense=tense)
    return None, None


def _with_range_year(surface: str, text: str, end: int, anchor: date | None) -> Value | None:
    """A yearless day or month takes the year written right after it, when the parse or the
    annotation cut it off ("October" in "October of next year"), or else the year of the
    far end of its range ("April" in "between April and June 2008")."""
    year: str | None = None
    m = P.YEAR_AFTER.match(text, end)
    if m:
        year, grain = resolve(m[1], anchor, tense=None)
        year = year if grain == "year" else None
    m = P.RANGE_END_YEAR.match(text, end)
    if year is None and m and _month(m[1].lower()):
        year = m[2]
    if year is None:
        return None
    found = resolve(f"{surface} {year}", None, tense=None)
    return found if found[0] else None


def _same_period_unit(text: str) -> str | None:
    m = P.SAME_PERIOD.match(normalise(text))
    return (m[1] or m[2]) if m else None


def annotate(
    doc: Doc, anchor: date | None, *, spans: Sequence[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Timex dicts for `spans` (default: those `find_spans` detects), resolved in text order.

    An expression that points back ("the next day", "the following year", "two years
    later", "the same month last year") anchors on the last time the same paragraph named
    precisely enough, else on publication.
    """
    text = doc_text(doc)
    out: list[dict[str, Any]] = []
    # Per precision: (value, granularity, paragraph) of the latest value that precise.
    references: dict[str, tuple[str, str, int]] = {}
    for start, end in spans if spans is not None else find_spans(doc):
        surface = text[start:end]
        tense = tense_at(doc, start, end)
        here = _paragraph(text, start)
        value, grain, base = None, None, anchor
        same = _same_period_unit(surface)
        if same:
            reference = references.get(same if same in ("day", "month") else "year")
            if reference and reference[2] == here:
                value, grain = year_back_from(surface, reference[:2])
        if not value:
            unit = anaphoric_unit(surface)
            reference = references.get(_REFERENCE_FOR[unit]) if unit else None
            forward = bool(P.FORWARD.search(normalise(surface)))
            if reference and reference[2] == here:
                # Forward from the end of the period named ("in 2005 ... the following
                # March" is March 2006), back from its start.
                base = (_period_end if forward else _period_start)(reference[0])
            elif unit and forward and tense == "past":
                # "went public two years later" with no time named before: later than
                # something the text does not date, not later than publication.
                base = None
            value, grain = resolve(surface, base, tense=tense)
        if not value:
            value, grain = _with_range_month(surface, text, (start, end), anchor, tense)
        if grain in ("day", "month") and not P.HAS_YEAR.search(surface):
            value, grain = _with_range_year(surface, text, end, anchor) or (value, grain)
        if value and grain in _UPDATES:
            for precision in _UPDATES[grain]:
                references[precision] = (value, grain, here)
        out.append(
            {"start": start, "end": end, "text": surface, "value": value, "granularity": grain}
        )
    return out


def _period_end(value: str) -> date:
    """The last day of the period `value` names."""
    start = _period_start(value)
    if re.fullmatch(r"\d{4}", value):
        return date(start.year, 12, 31)
    if re.fullmatch(r"\d{4}-(?:Q[1-4]|SP|SU|FA|WI)", value):
        return date(*_shift_month(start.year, start.month, 3), 1) - timedelta(days=1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        return date(*_shift_month(start.year, start.month, 1), 1) - timedelta(days=1)
    return start


def _period_start(value: str) -> date:
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return date(int(quarter[1]), 3 * int(quarter[2]) - 2, 1)
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season:
        first = next(month for code, month in P.SEASONS.values() if code == season[2])
        return date(int(season[1]), first, 1)
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
    "anaphoric_unit",
    "annotate",
    "find_spans",
    "normalise",
    "publication_date",
    "published_estimate",
    "resolve",
    "year_back_from",
    "tense_at",
    "timex_stage",
]
