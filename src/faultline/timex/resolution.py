"""Resolution: one temporal expression's TimeML value, from its words, an anchor and a tense.

`resolve(text, anchor, tense=...)` is the pure core: no parse, no document. The anchor is
the publication date in the article's zone (or, for an anaphoric expression, the time the
text last named, chosen by `faultline.timex.anchoring`); the tense ("past", "future" or
None) decides which way a weekday, a yearless date or a bare month goes from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from faultline.timex import patterns as P

Value = tuple[str | None, str | None]


# The stage normalises each expression again for every question it asks of it.
@lru_cache(maxsize=4096)
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


def month_of(word: str) -> int | None:
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
            month = month_of(mon)
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
    if m and month_of(m[1]):
        return f"{m[2]}-{month_of(m[1]):02d}", "month"
    m = P.YEAR_ONLY.match(t) or P.NAMED_YEAR.match(t)
    if m and 1000 <= int(m[1]) <= 2999:
        return m[1], "year"
    m = P.FISCAL_SHORT.match(t)
    if m:
        return (m[1] if len(m[1]) == 4 else f"20{m[1]}"), "year"
    m = P.YEAR_END.match(t)
    if m and m[1]:
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
    "next April", "this June", "that June" (in the anchor's year: the one the text last
    named), "October last year", "March of the previous year"."""
    m = P.MODIFIED_MONTH.match(t)
    if m and month_of(m[2]):
        month, modifier = month_of(m[2]) or 1, P.WEEKDAY_MODIFIERS[m[1]]
        year = anchor.year
        if modifier == "last" and month >= anchor.month:
            year -= 1
        elif modifier == "next" and month <= anchor.month:
            year += 1
        return f"{year}-{month:02d}", "month"
    m = P.THAT_MONTH.match(t)
    if m and month_of(m[1]):
        return f"{anchor.year}-{month_of(m[1]):02d}", "month"
    m = P.MONTH_IN_YEAR.match(t)
    if m and month_of(m[1]):
        year_value, grain = _relative(m[2], anchor, None)
        if grain == "year" and year_value:
            return f"{year_value}-{month_of(m[1]):02d}", "month"
    m = P.DAY_IN_YEAR.match(t)
    day_month = month_of(m[2] or m[3]) if m else None
    if m and day_month:
        year_value, grain = _relative(m[5], anchor, None)
        day = _day(int(year_value), day_month, int(m[1] or m[4])) if year_value else None
        if grain == "year" and day:
            return day.isoformat(), "day"
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
    if anchor is None or (m[1] is None and tense != "past"):
        # A bare season names one only in a told past ("the offensive stalled in late
        # summer"); else it is any ("closed in winter", "winter coats", "spring water").
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
    if not m or (m[1] is None and tense != "past"):
        return None, None  # a bare "weekend" is any one ("weekend brunch"), as for seasons
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
    if name in P.WEEKDAY_AFTER_HOLIDAYS:
        month, day, weekday = P.WEEKDAY_AFTER_HOLIDAYS[name]
        first = date(year, month, day)
        return first + timedelta(days=(weekday - first.weekday()) % 7)
    if name in P.RELATIVE_HOLIDAYS:
        base, days = P.RELATIVE_HOLIDAYS[name]
        found = _holiday_in(base, year)
        return found + timedelta(days=days) if found else None
    return None


def _holiday(t: str, anchor: date, tense: str | None) -> Value:
    """A named holiday in the year the tense points to ("sales on Thanksgiving"), the year
    written ("Black Friday 2025") or the one a modifier names ("last Christmas")."""
    m = P.HOLIDAY_PHRASE.match(t)
    if not m:
        return None, None
    if m[3]:
        day = _holiday_in(m[2], int(m[3]))
        return (day.isoformat(), "day") if day else (None, None)
    found = [d for d in (_holiday_in(m[2], anchor.year + k) for k in (-1, 0, 1)) if d]
    if not found:
        return None, None
    modifier = P.WEEKDAY_MODIFIERS.get(m[1] or "")
    if modifier == "last":
        found = [d for d in found if d < anchor] or found
    elif modifier == "next":
        found = [d for d in found if d > anchor] or found
    elif modifier == "this":
        found = [d for d in found if d.year == anchor.year] or found
    return _pick(found, anchor, tense if modifier is None else None).isoformat(), "day"


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
    year = anchor.year + offset
    # TimeML writes a year in four digits: "2,500 years ago" has no such value.
    return (str(year), "year") if 1000 <= year <= 9999 else (None, None)


def count_of(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    tens, _, unit = word.replace("-", " ").partition(" ")
    if tens in P.TENS and unit in P.NUMBER_WORDS and P.NUMBER_WORDS[unit] < 10:
        return P.NUMBER_WORDS[tens] + P.NUMBER_WORDS[unit]  # "twenty-five"
    return P.NUMBER_WORDS.get(word)


def _yearless_day(t: str, anchor: date, tense: str | None) -> Value:
    """A day without its year ("Oct. 3", "on the 8th"): the nearest in the tense's direction."""
    for rx, order in ((P.DAY_MONTH, "dm"), (P.MONTH_DAY, "md")):
        m = rx.match(t)
        if m:
            d, mon = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            month = month_of(mon)
            if month:
                days = [_day(anchor.year + k, month, int(d)) for k in (-1, 0, 1)]
                found = [x for x in days if x]
                if found:
                    picked = _pick(found, anchor, tense)
                    soon = [x for x in found if x.year == anchor.year and x > anchor]
                    if (
                        tense == "past"
                        and picked.year < anchor.year
                        and soon
                        and (soon[0] - anchor).days <= P.PAST_TENSE_DAYS_AHEAD
                    ):
                        # News writes a day of another year with its year; a day of this
                        # year days ahead under a past verb is one set, not done ("tickets
                        # went on sale for the March 20 concert", published March 16).
                        picked = soon[0]
                    return picked.isoformat(), "day"
    m = P.ORDINAL_OF_MONTH.match(t)
    if m and m[2] in P.PERIOD_OFFSETS:
        # "the 30th of this month", "the 5th of next month": that day of the month named.
        y, mo = _shift_month(anchor.year, anchor.month, P.PERIOD_OFFSETS[m[2]])
        found_day = _day(y, mo, int(m[1]))
        return (found_day.isoformat(), "day") if found_day else (None, None)
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
    if m and month_of(m[1]):
        month = month_of(m[1]) or 1
        starts = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
        this_month = anchor.replace(day=1)
        pick = _pick(starts, this_month, tense)
        return f"{pick.year}-{pick.month:02d}", "month"
    return None, None


def _offset(t: str, anchor: date, tense: str | None) -> Value:
    """Counted offsets: "two days ago", "a year later", "three weeks earlier", "a decade ago"."""
    m = P.OFFSET.match(t)
    if m and count_of(m[1]) is not None:
        n, unit = count_of(m[1]) or 0, P.UNITS[m[2]]
        sign = 1 if m[3] in ("later", "after", "from now") else -1
        if unit in P.UNIT_DAYS:
            # "a week ago" is the day seven days back, as readers (and MEANTIME's
            # annotators) take it; "two weeks ago" and "a fortnight ago" likewise.
            return (anchor + timedelta(days=sign * n * P.UNIT_DAYS[unit])).isoformat(), "day"
        if unit == "decade":
            return _period("year", anchor, sign * n * 10)
        return _period(unit, anchor, sign * n)
    m = P.TWO_AWAY.match(t)
    if m:
        return _period(m[1], anchor, 2 if m[2] == "after next" else -2)
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
    if m and m[1] in P.LAST_QUARTER_WORDS and not year_text:
        return _period("quarter", anchor, -1)
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


def _year_end(t: str, anchor: date, tense: str | None) -> Value:
    """ "by year-end": the end of this year, or of the last one for what is told as done
    ("had $16 billion in cash at year-end", said in February); "by mid-year" the middle
    of a year in the tense's direction; "in the new year" the next one late in a year."""
    if P.NEW_YEAR.match(t):
        return str(anchor.year + (anchor.month >= 10)), "year"
    if P.END_OF_THE_YEAR.match(t) and tense == "past":
        return str(anchor.year - 1), "year"
    m = P.YEAR_END.match(t)
    if not m:
        return None, None
    if "mid" in t:
        middles = [date(anchor.year + k, 7, 1) for k in (-1, 0, 1)]
        return str(_pick(middles, anchor, tense).year), "year"
    ends = [date(anchor.year - 1, 12, 31), date(anchor.year, 12, 31)]
    return str(_pick(ends, anchor, tense).year), "year"


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
    _year_end,
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
    if anchor is None:
        return _resolve(text, None, tense)  # not kept: a bare "'98" counts from today
    return _resolve_anchored(text, anchor, tense)


def _resolve(text: str, anchor: date | None, tense: str | None) -> Value:
    raw = " ".join(text.lower().split())
    t = P.THE_ORDINAL.sub("", P.LEADING_WEEKDAY.sub("", normalise(text)))
    # "the first of October" is "1 of october"; "October the 5th" is "october 5th"
    t = P.MONTH_THE.sub(r"\1 ", P.ORDINAL_OF.sub(lambda m: f"{P.ORDINAL_WORDS[m[1]]} of ", t))
    if not t or P.VAGUE.match(t):
        return None, None
    m = P.IN_FUTURE.match(raw)
    if m and anchor and count_of(m[1]) is not None:
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
            return period_start(found[0]).isoformat(), "day"
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


# The stage resolves the same words against the same anchor and tense more than once (in
# the second pass of `annotate`, once the sayings are dated; each "Monday" of a story), and
# with an anchor resolving is pure.
_resolve_anchored = lru_cache(maxsize=4096)(_resolve)


def period_end(value: str) -> date:
    """The last day of the period `value` names."""
    start = period_start(value)
    if re.fullmatch(r"\d{4}", value):
        return date(start.year, 12, 31)
    if re.fullmatch(r"\d{4}-(?:Q[1-4]|SP|SU|FA|WI)", value):
        return date(*_shift_month(start.year, start.month, 3), 1) - timedelta(days=1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        return date(*_shift_month(start.year, start.month, 1), 1) - timedelta(days=1)
    return start


def period_start(value: str) -> date:
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
