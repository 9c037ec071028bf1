"""Anchoring: each detected expression resolved in text order, against the right time.

`annotate(doc, anchor)` resolves every expression with the tense its predicate gives it.
As in TimeML, an anaphoric expression ("the next day", "the following year", "two years
later", "the same month last year", "that November") counts from the time the same
paragraph (or, in a told past, the one before) last named precisely enough instead of
from publication; a bare day or month at one end of a range takes the month or year
written at the other, and the far end of a range of weekdays is not before the near one.
A yearless day or month told in the past right after a date of the same sentence that
writes its year is in that year ("signed on March 23, 2010, and amended on March 30");
"today" or "yesterday" in a quotation counts from the day the sentence says it was said;
a weekday after "a" ("the date falls on a Sunday") names no day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc

from faultline.nlp import doc_text
from faultline.quote_patterns import MARK_RE
from faultline.timex import patterns as P
from faultline.timex.detection import find_spans
from faultline.timex.resolution import (
    Value,
    count_of,
    month_of,
    normalise,
    period_end,
    period_start,
    resolve,
)
from faultline.timex.tense import (
    commitment_at,
    governing_verb_at,
    reporting_verb_at,
    tense_at,
)


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _near(paragraph: int, here: int, tense: str | None) -> bool:
    """Whether a time named in `paragraph` can anchor an anaphoric expression in `here`: the
    same paragraph; or, in a told past, the one before, since news often opens a paragraph
    with "The following day, ..." after the date that closed the one before. What is planned
    in a new paragraph ("It will reopen the following year") counts from publication."""
    return paragraph == here or (paragraph == here - 1 and tense == "past")


def anaphoric_unit(text: str) -> str | None:
    """The unit ("day", "week", "month", "year") of an expression that counts from the time
    the text last named rather than from publication ("the next day", "the following year",
    "two years later", "that month", "March of the following year"), also narrowed by a
    qualifier ("earlier that month", "later that day", "early the following year"); else
    None."""
    t = normalise(text)
    unit = _anaphoric_unit(t)
    if unit is None:
        stripped = P.QUALIFIER.sub("", t)
        unit = _anaphoric_unit(normalise(stripped)) if stripped != t else None
    return unit


def _anaphoric_unit(t: str) -> str | None:
    if t in P.ANAPHORIC_DAY_WORDS:
        return "day"
    m = P.MONTH_IN_YEAR.match(t)
    if m and month_of(m[1]):
        t = m[2]
    m = P.DAY_IN_YEAR.match(t)
    if m and month_of(m[2] or m[3]):
        t = m[5]
    m = P.THAT_MONTH.match(t)
    if m and month_of(m[1]):
        return "year"  # "that November": in the year last named
    m = P.WEEKDAY_PHRASE.match(t) or P.MODIFIED_MONTH.match(t)
    if m and m[1] in P.ANAPHORIC_PERIOD_PREFIXES:
        # "the following Monday" counts from a day, "the following March" from any date
        return "day" if m.re is P.WEEKDAY_PHRASE and m[2] in P.WEEKDAYS else "year"
    m = P.PERIOD.match(t)
    if m and m[1] in P.ANAPHORIC_PERIOD_PREFIXES:
        return m[2]
    m = P.OFFSET.match(t)
    if m and m[3] in P.ANAPHORIC_OFFSET_WORDS and count_of(m[1]) is not None:
        unit = P.UNITS[m[2]]
        return {"decade": "year", "fortnight": "week"}.get(unit, unit)
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
    if unit == "quarter" and grain != "quarter":
        # "the quarter ended September 30 ... the year-ago quarter": that day's quarter
        return f"{int(found[:4]) - 1:04d}-Q{(int(found[5:7]) - 1) // 3 + 1}", "quarter"
    return _year_back(found, unit)


def _with_range_month(
    surface: str, text: str, span: tuple[int, int], anchor: date | None, tense: str | None
) -> Value:
    """A bare day at one end of a range takes the month of the other end ("15 and 16
    October", "October 15 and 16"), and its year when that end writes one, or when it
    writes one itself ("June 8-11, 2026")."""
    with_year = P.BARE_DAY_YEAR.fullmatch(surface)
    if with_year:
        surface = with_year[1]
    if not P.BARE_DAY.fullmatch(surface):
        return None, None
    start, end = span
    year = with_year[2] if with_year else None
    written = P.YEAR_RIGHT_AFTER.match(text, end)
    year = year or (written[1] if written else None)
    after = P.RANGE_NEXT_DAY.match(text, end)
    if after and month_of(after[1].lower()):
        return resolve(f"{surface} {after[1]} {after[2] or ''}".strip(), anchor, tense=tense)
    before = P.RANGE_PREVIOUS_DAY.search(text, max(0, start - 40), start)
    if before and month_of(before[1].lower()):
        return resolve(f"{before[1]} {surface} {year or ''}".strip(), anchor, tense=tense)
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
    if year is None and m and month_of(m[1].lower()):
        year = m[2]
    m = P.RANGE_END_DAY_YEAR.match(text, end)
    if year is None and m:
        year = m[1]  # "June 8-11, 2026": the far end is a day of the same month
    if year is None:
        return None
    found = resolve(f"{surface} {year}", None, tense=None)
    return found if found[0] else None


def _short_range_end(surface: str, text: str, start: int) -> Value | None:
    """The two-digit far end of a span of years ("58" in "the expedition of 1957-58")."""
    m = P.SHORT_RANGE_START.search(text, max(0, start - 8), start)
    if not (surface.isdigit() and len(surface) == 2 and m):
        return None
    century, near = int(m[1]), int(m[2])
    far = int(surface)
    year = century * 100 + far + (100 if far < near else 0)
    return str(year), "year"


def _with_possessive_year(surface: str, text: str, start: int, anchor: date | None) -> Value | None:
    """A yearless day or month in the year a possessive before it names ("this year's April
    15 deadline", "last year's March election"), whatever the tense."""
    m = P.POSSESSIVE_YEAR.search(text, max(0, start - 20), start)
    if m is None:
        return None
    found = resolve(f"{surface} {m[1].lower()} year", anchor, tense=None)
    return found if found[0] else None


def _order_weekday_range(
    previous: dict[str, Any], surface: str, value: str, between: str, tense: str | None
) -> str:
    """The value of the far end of a range of two weekdays ("from Monday to Sunday"), which
    cannot come before the near end: each end alone goes its own way from publication, so
    a week is added to the far end, or, in a told past, taken from the near one (which
    `previous` holds, and which is changed in place)."""
    joined = P.RANGE_JOIN.fullmatch(between) or (
        between.isspace() and P.RANGE_JOIN.match(" " + surface) is not None
    )  # "from Tuesday until Friday", where the span keeps its "until"
    if not (
        joined
        and previous["granularity"] == "day"
        and previous["value"]
        and P.WEEKDAY_PHRASE.match(normalise(surface))
        and P.WEEKDAY_PHRASE.match(normalise(previous["text"]))
        and value < previous["value"]
    ):
        return value
    week = timedelta(days=7)
    if tense == "past":
        previous["value"] = (date.fromisoformat(previous["value"]) - week).isoformat()
        return value
    return (date.fromisoformat(value) + week).isoformat()


def _after_the_commitment(
    surface: str, value: str, commitment: int | None, dated_verbs: dict[int, str]
) -> str:
    """A day in the infinitive of a dated commitment lies after that commitment's day
    ("promised on Monday to step down on Friday" is the Friday after that Monday): when it
    resolved before it, it is resolved forward from it."""
    made = dated_verbs.get(commitment) if commitment is not None else None
    if made is None or value >= made:
        return value
    later, grain = resolve(surface, date.fromisoformat(made), tense="future")
    return later if later and grain == "day" else value


def _after_the_act(surface: str, value: str, done: str | None) -> str:
    """A day that a dated act came ahead of is the first such day after the act ("stocks
    rose on Monday ahead of Tuesday's vote" is the Tuesday after that Monday, also in a
    story published later in the week); an undated act leaves the value as it is, and so
    does a word that counts from publication ("fell on Monday ahead of today's
    announcement" is publication's day)."""
    if done is None or _calendar_name(surface) is None:
        return value
    later, grain = resolve(surface, date.fromisoformat(done), tense="future")
    return later if later and grain == "day" else value


def _bounds(text: str, start: int) -> bool:
    """Whether the expression at `start` bounds a stretch rather than dating an act: "its
    worst loss since February 27", "open until Tuesday", "before March 2003". Such a time
    is no antecedent for "the day" or "that month", which go on telling the story."""
    return P.BOUND_BEFORE.search(text, max(0, start - 12), start) is not None or bool(
        P.BOUND_START.match(text, start)
    )


# A time named: (value, granularity, paragraph, whether it bounds a stretch, start).
_Named = tuple[str, str, int, bool, int]
# A day named this long before publication is background, not the day being told about,
# unless the same or the sentence before names it.
_BACKGROUND_DAYS = 60


def _reference(
    references: Sequence[_Named],
    here: int,
    tense: str | None,
    anchor: date | None,
    recent_from: int | None = None,
) -> _Named | None:
    """The latest time named before (newest last in `references`) that an anaphoric
    expression in paragraph `here` can count from: near enough, no bound, and, for what is
    told in the past, not after publication ("kept its plants closed until Tuesday ... the
    Nikkei closed at 9,206 for the day" is no day after publication). With `recent_from`
    (where the sentence before the expression starts; given for "the day" and its like), a
    day long before publication counts only from there on: "On 19 October 1987 the Dow
    fell 22 percent." three sentences before "The index ended the day 2 percent lower"
    dates no day of 1987."""
    for reference in reversed(references):
        if not _near(reference[2], here, tense):
            return None
        if reference[3]:
            continue
        if tense == "past" and anchor is not None and period_start(reference[0]) > anchor:
            continue
        if (
            recent_from is not None
            and anchor is not None
            and reference[1] in ("day", "time")
            and reference[4] < recent_from
            and (anchor - date.fromisoformat(reference[0][:10])).days > _BACKGROUND_DAYS
        ):
            continue
        return reference
    return None


def _sentence_before_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the sentence before the one holding [start, end) starts (or that one, if
    first)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span.sent
    if sentence.start == 0:
        return sentence.start_char
    return doc[sentence.start - 1].sent.start_char


def _calendar_name(surface: str) -> str | None:
    """ "weekday", "month" or "day" for a weekday, month or day of a month named bare
    ("Friday", "in August", "mid-June", "October 31"), which a reported future counts
    from the saying; None for anything else ("next Friday", "August 2008", "tomorrow")."""
    t = normalise(surface)
    t = _strip_qualifier(t)
    m = P.WEEKDAY_PHRASE.match(t)
    if m and m[1] is None and m[2] in P.WEEKDAYS and (not m[3] or m[3] in P.DAY_PARTS):
        return "weekday"
    m = P.MONTH_ONLY.match(t)
    if m and month_of(m[1]):
        return "month"
    m = P.DAY_MONTH.match(t) or P.MONTH_DAY.match(t)
    if m and (month_of(m[1]) or month_of(m[2])):
        return "day"
    return None


def _strip_qualifier(t: str) -> str:
    stripped = P.QUALIFIER.sub("", t)
    return normalise(stripped) if stripped != t else t


def _from_the_saying(
    surface: str,
    value: str,
    tense: str | None,
    saying: tuple[str, str] | None,
    anchor: date | None,
) -> Value | None:
    """A weekday, month or day reported by a dated past saying counts from the saying,
    not from publication: what it reports as ahead lies after it ("On Monday, Airbus said
    deliveries would begin on Friday" is that week's Friday; "In March, GM said it would
    close the plant in August" is that August), what it reports as done before it ("said
    on Friday it had signed the deal on Saturday" is the Saturday before that Friday).
    None when no such saying dates it."""
    name = _calendar_name(surface)
    if saying is None or name is None or anchor is None or tense not in ("past", "future"):
        return None
    said, said_grain = saying
    if period_start(said) > anchor or (name == "weekday" and said_grain != "day"):
        return None  # a saying after publication, or a weekday after a month or year
    if tense == "past":
        if said_grain != "day" or value <= said:
            return None  # a done act is before a day's saying; a month's leaves it open
        earlier = resolve(surface, date.fromisoformat(said), tense="past")
        return earlier if earlier[0] else None
    later = resolve(surface, period_start(said), tense="future")
    return later if later[0] and later[0] != value else None


def _an_idiom(surface: str, before: str, after: str, tense: str | None) -> bool:
    """Whether "the day" is part of an idiom that names no day: "back in the day", and "at
    the end of the day, ..." meaning "in the end", set off by its comma outside a told past
    (not "shares closed higher at the end of the day", "will be reviewed at the end of the
    day", "At the end of the day, the Dow was down 300 points")."""
    t = " ".join(surface.lower().split())
    if t == "the day" and P.BACK_IN_THE_DAY.search(before):
        return True
    if t.startswith("at "):
        t, before = t[3:], "at "
    return (
        t == "the end of the day"
        and tense != "past"
        and after.startswith(",")
        and bool(P.AT_THE_END.search(before))
    )


def _named_near(
    doc: Doc, surface: str, start: int, named: Sequence[tuple[int, str, str]]
) -> list[tuple[str, str]]:
    """(value, granularity) of the times named, in text order, in the sentence holding the
    expression at `start` (before it) and the sentence before that one."""
    span = doc.char_span(start, start + len(surface), alignment_mode="expand")
    if span is None or not len(span):
        return []
    sentence = span.sent
    first = sentence.start_char
    if sentence.start > 0:
        first = doc[sentence.start - 1].sent.start_char  # the sentence before
    return [(value, grain) for at, value, grain in named if first <= at < start]


def _period_told(
    doc: Doc,
    surface: str,
    start: int,
    tense: str | None,
    named: Sequence[tuple[int, str, str]],
    anchor: date | None,
) -> date | None:
    """For "the year", "the month" and their parts in a told past: a day in the year or
    month the same or the sentence before last named, when that is not publication's ("GM
    lost $31 billion in 2008. During the year, it cut 10,000 jobs" is 2008; "Employers cut
    131,000 jobs in July. The month was ..." is that July); else None. `named` holds
    (start, value, granularity) of each time named that dates something."""
    m = P.THE_PERIOD_TOLD.match(normalise(surface))
    if anchor is None or m is None or m[1] == "quarter" or tense != "past":
        return None
    near = _named_near(doc, surface, start, named)
    if m[1] == "month":
        months = [value[:7] for value, grain in near if grain in ("month", "day", "time")]
        if not months or months[-1] == anchor.isoformat()[:7]:
            return None
        return date(int(months[-1][:4]), int(months[-1][5:7]), 15)
    years = [period_start(value).year for value, grain in near]
    if not years or years[-1] >= anchor.year:
        return None
    return date(years[-1], 7, 1)


def _quarter_told(
    doc: Doc, surface: str, start: int, named: Sequence[tuple[int, str, str]]
) -> Value | None:
    """For "the quarter", in any tense: the quarter the same or the sentence before last
    named (TimeML's anaphoric "the quarter": "expects a loss in the first quarter and will
    cut jobs during the quarter"); else None."""
    if normalise(surface) != "the quarter":
        return None
    quarters = [(v, g) for v, g in _named_near(doc, surface, start, named) if g == "quarter"]
    return quarters[-1] if quarters else None


def _names_the_attacks(surface: str, text: str, end: int) -> bool:
    """Whether the expression names the attacks of 11 September 2001 rather than a
    September 11 near publication: "9/11", "the September 11 attacks"."""
    t = normalise(surface)
    if not P.NINE_ELEVEN.match(t):
        return False
    return t == "9/11" or P.ATTACKS_AFTER.match(text, end) is not None


def _names_a_day_by_an_event(surface: str, text: str, end: int) -> bool:
    """Whether the expression names a day by an event, not by the time last named: "the
    day after the election" (or "the day after" with the event right after it), "the eve
    of the summit"; its date is the event's, which the text may not give."""
    t = " ".join(surface.lower().split())
    if P.DAY_OF_AN_EVENT.match(t):
        return True
    return t in ("the day after", "the day before") and P.EVENT_AFTER.match(text, end) is not None


def _in_apposition(out: Sequence[dict[str, Any]], text: str, start: int) -> Value | None:
    """The value of the day named right before, with only a comma between: "on Wednesday,
    the day after the election," is that Wednesday (TimeML gives an appositive the value of
    the date it renames)."""
    if not out or out[-1]["granularity"] != "day" or not out[-1]["value"]:
        return None
    if text[out[-1]["end"] : start].strip() != ",":
        return None
    return out[-1]["value"], "day"


def _any_such_weekday(doc: Doc, text: str, surface: str, start: int, end: int) -> bool:
    """Whether the expression is a weekday after "a" that names no day ("because the date
    falls on a Sunday"); not one that dates a noun ("a Monday meeting")."""
    t = " ".join(surface.lower().split())
    if P.INDEFINITE_BEFORE.search(text, max(0, start - 4), start):
        t = "a " + t  # detection left the article out
    m = P.INDEFINITE_WEEKDAY.fullmatch(t)
    if m is None or m[1] not in P.WEEKDAYS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")


def _joined(doc: Doc, previous: dict[str, Any], span: tuple[int, int], parse: _Parse) -> bool:
    """Whether the date before and the one at `span` date one act or acts joined by "and"
    ("was arrested on 12 May 2011 and released on 20 May", "was signed on March 23, 2010,
    and a bill amending it was signed on March 30", whatever the parse makes of the
    second); not acts of different clauses ("The company, founded in May 1990, said
    profits fell in March")."""
    between = doc_text(doc)[previous["end"] : span[0]]
    words = doc.char_span(previous["end"], span[0], alignment_mode="expand")
    if (
        len(between) <= P.JOINED_MAX_CHARS
        and P.AND.search(between)
        and words is not None
        and not any(t.lemma_.lower() in P.REPORTING_HEADS for t in words)
    ):
        return True  # not "founded in May 1990 and based in Ohio, said profits fell in March"
    first = parse.verb(previous["start"], previous["end"])
    second = parse.verb(*span)
    if first is None or second is None:
        return False
    return first == second or (doc[second].dep_ == "conj" and doc[second].head.i == first)


def _year_of_the_date_before(
    surface: str,
    value: str,
    tense: str | None,
    previous: dict[str, Any] | None,
    anchor: date | None,
) -> Value | None:
    """A day or month named without a year, told in the past, right after a date of the
    same sentence that writes its year, on the same act or one joined to it, is in that
    date's year ("was signed into law on March 23, 2010, and amended on March 30" is March
    30, 2010): the first such day or month from it, when that comes soon after it, as
    what is told next does. None when it does not apply."""
    if previous is None or anchor is None or tense == "future":
        return None
    if _calendar_name(surface) not in ("day", "month"):
        return None
    written = previous["value"]
    if (
        not written
        or previous["granularity"] not in ("day", "month")
        or not P.HAS_YEAR.search(previous["text"])
        or written[:4] == value[:4]
    ):
        return None
    found = resolve(surface, period_start(written), tense="future")
    if not found[0] or period_start(found[0]) > anchor:
        return None
    if (period_start(found[0]) - period_start(written)).days > P.TOLD_ON_DAYS:
        return None  # "was born on 3 March 1950 and died on 5 January": no date of 1950/51
    return found


def _inside_a_quote(text: str, start: int) -> bool:
    """Whether `start` lies between quotation marks opened in its paragraph."""
    begin = text.rfind("\n\n", 0, start)
    stretch = text[begin + 2 if begin >= 0 else 0 : start]
    return len(MARK_RE.findall(stretch)) % 2 == 1


def _said_on(
    doc: Doc, surface: str, start: int, end: int, dated_sayings: dict[int, tuple[str, str]]
) -> date | None:
    """For "today", "yesterday" or "tomorrow" in a quotation: the day the sentence says it
    was said on, when that is a day before publication's ("'Today we declare ...,' the
    minister told a news conference on Thursday" is that Thursday); else None. A word of
    the speaker counts from the speaking."""
    if not P.SPEAKER_DAY.search(normalise(surface)) or not _inside_a_quote(doc_text(doc), start):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    text = doc_text(doc)
    for token in span.sent:
        if token.tag_ != "VBD" or token.lemma_.lower() not in P.REPORTING_HEADS:
            continue
        if span.start <= token.i < span.end or _inside_a_quote(text, token.idx):
            continue  # a verb of the words quoted
        said = dated_sayings.get(token.i)
        if said is not None and said[1] == "day":
            return date.fromisoformat(said[0][:10])
    return None


def _historic_day(surface: str, text: str) -> str | None:
    """The date of a named day of history ("Black Monday") when the text writes its year
    (the 1987 crash, told about with its year), else None: the name also goes to new
    crashes."""
    found = P.HISTORIC_DAYS.get(normalise(surface))
    if found is None or not re.search(rf"\b{found[0]}\b", text):
        return None
    return date(*found).isoformat()


def _same_period_unit(text: str, before: str = "") -> str | None:
    """The unit of "the same month last year" and the like; "period" for a year back in a
    comparison ("sales fell in October from a year earlier", "up from a year ago"), which
    names the period just reported a year back, as "the same period last year" does."""
    t = normalise(text)
    m = P.SAME_PERIOD.match(t)
    if m:
        return m[1] or m[2]
    if P.YEAR_BACK.match(t) and P.COMPARED.search(before):
        return "period"
    return None


def annotate(
    doc: Doc, anchor: date | None, *, spans: Sequence[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Timex dicts for `spans` (default: those `find_spans` detects), resolved in text order.

    An expression that points back ("the next day", "the following year", "two years
    later", "the same month last year") anchors on the last time the same paragraph (in a
    told past, also the one before) named precisely enough, else on publication. What a
    dated past saying reports counts from the saying, also when the saying's date comes
    after the words reported ("'We will make history on Tuesday,' Jobs said on Monday"):
    a second pass then knows the dates of the sayings.
    """
    chosen = list(spans if spans is not None else find_spans(doc))
    sayings: dict[int, tuple[str, str]] = {}
    parse = _Parse(doc)
    out = _annotate(doc, anchor, chosen, sayings, parse)
    if sayings:
        out = _annotate(doc, anchor, chosen, sayings, parse)
    return out


class _Parse:
    """What the parse says about each span, read once for both passes of `annotate`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._cache: dict[tuple[str, int, int], Any] = {}

    def _get(self, what: str, start: int, end: int, read: Any) -> Any:
        key = (what, start, end)
        if key not in self._cache:
            self._cache[key] = read(self.doc, start, end)
        return self._cache[key]

    def tense(self, start: int, end: int) -> str | None:
        return self._get("tense", start, end, tense_at)

    def saying(self, start: int, end: int) -> int | None:
        return self._get("saying", start, end, reporting_verb_at)

    def verb(self, start: int, end: int) -> int | None:
        return self._get("verb", start, end, governing_verb_at)

    def commitment(self, start: int, end: int) -> int | None:
        return self._get("commitment", start, end, commitment_at)

    def sentence_start(self, start: int, end: int) -> int:
        return self._get("sentence", start, end, _sentence_start)


def _sentence_start(doc: Doc, start: int, end: int) -> int:
    """Where the sentence holding [start, end) starts (`start` itself when unaligned)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else start


def _annotate(
    doc: Doc,
    anchor: date | None,
    spans: Sequence[tuple[int, int]],
    dated_sayings: dict[int, tuple[str, str]],
    parse: _Parse,
) -> list[dict[str, Any]]:
    """One pass of `annotate`; `dated_sayings` (the value and granularity each verb is
    dated to, by its token index) is read and filled."""
    text = doc_text(doc)
    out: list[dict[str, Any]] = []
    # Per precision: (value, granularity, paragraph, bound) of each value that precise, in
    # text order.
    references: dict[str, list[_Named]] = {}
    # The day each verb is dated to, by the token index of the verb.
    dated_verbs: dict[int, str] = {}
    # (start, value, granularity) of each time named that dates something (no bound), in
    # text order.
    named: list[tuple[int, str, str]] = []
    for start, end in spans:
        surface = text[start:end]
        tense = parse.tense(start, end)
        here = _paragraph(text, start)
        told = _period_told(doc, surface, start, tense, named, anchor)
        base = told or anchor
        value, grain = _quarter_told(doc, surface, start, named) or (None, None)
        same = _same_period_unit(surface, text[max(0, start - 20) : start])
        if same:
            precision = same if same in ("day", "month") else "year"
            reference = _reference(references.get(precision, []), here, tense, anchor)
            if reference:
                value, grain = year_back_from(
                    "the same period a year earlier" if same == "period" else surface,
                    reference[:2],
                )
        if not value:
            unit = anaphoric_unit(surface)
            wanted = references.get(_REFERENCE_FOR[unit], []) if unit else []
            # "the day" itself (not "the next day", which says how it relates)
            same_day = unit == "day" and P.DAY_WORDS.get(normalise(surface)) == 0
            recent = _sentence_before_start(doc, start, end) if same_day else None
            reference = _reference(wanted, here, tense, anchor, recent)
            forward = bool(P.FORWARD.search(normalise(surface)))
            if reference:
                # Forward from the end of the period named ("in 2005 ... the following
                # March" is March 2006), back from its start.
                base = (period_end if forward else period_start)(reference[0])
            elif unit and forward and tense == "past":
                # "went public two years later" with no time named before: later than
                # something the text does not date, not later than publication.
                base = None
            # A base the text told is the period itself: no tense moves off it ("In 2008 ...
            # by the end of the year" is the end of 2008, not of the year before).
            value, grain = resolve(surface, base, tense=None if told else tense)
        if _names_the_attacks(surface, text, end):
            value, grain = "2001-09-11", "day"
        historic = _historic_day(surface, text)
        if historic:
            value, grain = historic, "day"
        if _an_idiom(surface, text[max(0, start - 10) : start], text[end : end + 2], tense):
            value, grain = None, None
        if _names_a_day_by_an_event(surface, text, end):
            value, grain = _in_apposition(out, text, start) or (None, None)
        if grain == "day" and _any_such_weekday(doc, text, surface, start, end):
            value, grain = None, None
        if not value:
            value, grain = _with_range_month(surface, text, (start, end), anchor, tense)
        if not value:
            value, grain = _short_range_end(surface, text, start) or (None, None)
        if grain in ("day", "month") and not P.HAS_YEAR.search(surface):
            value, grain = (
                _with_range_year(surface, text, end, anchor)
                or _with_possessive_year(surface, text, start, anchor)
                or (value, grain)
            )
        if out and grain == "day" and value:
            between = text[out[-1]["end"] : start]
            value = _order_weekday_range(out[-1], surface, value, between, tense)
        if grain in ("day", "month") and value and not P.HAS_YEAR.search(surface):
            previous = (
                out[-1]
                if out
                and tense != "future"
                and P.HAS_YEAR.search(out[-1]["text"])
                and out[-1]["start"] >= parse.sentence_start(start, end)
                and _joined(doc, out[-1], (start, end), parse)
                else None
            )
            found = _year_of_the_date_before(surface, value, tense, previous, anchor)
            value, grain = found or (value, grain)
        if grain in ("day", "month") and value:
            saying = parse.saying(start, end)
            found = _from_the_saying(
                surface,
                value,
                tense,
                dated_sayings.get(saying) if saying is not None else None,
                anchor,
            )
            value, grain = found or (value, grain)
        if grain == "day" and value and anchor is not None:
            said = _said_on(doc, surface, start, end, dated_sayings)
            if said is not None and said < anchor:
                value, grain = resolve(surface, said, tense=tense)
        verb = parse.verb(start, end) if value else None
        ahead = bool(P.AHEAD_OF.search(text, max(0, start - 24), start))
        if grain == "day" and value:
            value = _after_the_commitment(surface, value, parse.commitment(start, end), dated_verbs)
            if ahead and verb is not None:
                value = _after_the_act(surface, value, dated_verbs.get(verb))
            elif verb is not None:
                dated_verbs.setdefault(verb, value[:10])
        if verb is not None and value and grain in ("day", "month", "year") and not ahead:
            # (what an act came ahead of does not date the act)
            dated_sayings.setdefault(verb, (value, grain))
        if value and grain in _UPDATES:
            bound = _bounds(text, start)
            if not bound:
                named.append((start, value, grain))
            for precision in _UPDATES[grain]:
                references.setdefault(precision, []).append((value, grain, here, bound, start))
        out.append(
            {"start": start, "end": end, "text": surface, "value": value, "granularity": grain}
        )
    return out
