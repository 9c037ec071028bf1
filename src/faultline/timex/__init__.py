"""Temporal expressions: find them in the body and resolve them against the publication date.

`timex_stage` fills `record.timexes` with `{"start", "end", "text", "value", "granularity"}`
(value ISO at its own precision, as TimeML writes it: "2008-08-26", "2008-02", "2008",
"2008-W35", "2008-08-28T15:00", and for coarser periods "2008-Q3", "2008-SU" (a season),
"2008-W35-WE" (a weekend), "199" (a decade); null when it cannot be resolved, as for
"now", "recently" or a duration) and, for an undated article, sets
`record.article.published_estimate`.

One module per job:
- `detection`: spaCy's DATE/TIME entities merged with the patterns, a range of two dates
  split into its ends (`find_spans`);
- `resolution`: the pure core, one expression's value from its words, an anchor and a
  tense (`resolve`, which the benchmark calls);
- `tense`: which way the governing predicate points, read from the parse (`tense_at`); a
  weekday or a yearless date goes backwards for past-tense predicates and forwards for
  planned ones (also a plan reported in the past, "said it planned to ... on Monday"), a
  headline's simple present reports the past, a date after "until" or "by" is behind only
  when a past act reached it, a date on an unplanned happening ("Tuesday's
  earthquake") is past, the month figures are "for" ("the employment report for
  December") is over, and a date "due" after a noun is ahead;
- `anchoring`: every expression of a document in text order, each against publication in
  the article's own zone, or, for an anaphoric one ("the next day", "the following year",
  "two years later", "the same month last year"), against the time the paragraph last
  named (`annotate`);
- `patterns`: every word list and regular expression the others use.

Values follow the TimeML TIMEX3 conventions for DATE (TimeML 1.2.1 guidelines, the TIDES
2005 standard, ISO-TimeML, as the NewsReader MEANTIME guidelines adopt them); the ones the
resolver implements, each tested on sentences in benchmarks/gold/time_dev_guidelines.jsonl
(whose readme lists them): a value is the period the expression names at its own
granularity, whatever modifier it carries ("late 2007" is 2007, "early April" April);
deictic words and "ago" count from publication, anaphoric ones ("the next day", "that
year", "a week later", "the quarter") from the time the text last named; a weekday, a
yearless date, a bare month, season or quarter goes the way the predicate's tense points;
named days are dated in the year the tense points to, a named day of history ("Black
Monday") only when the text writes its year; durations and vague times ("the past year",
"now") have no value.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

from faultline.document import Record
from faultline.timex import patterns as P
from faultline.timex.anchoring import anaphoric_unit, annotate, year_back_from
from faultline.timex.detection import find_spans
from faultline.timex.resolution import normalise, period_start, resolve
from faultline.timex.tense import tense_at


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


def published_estimate(record: Record, doc: Doc | None = None) -> dict[str, Any] | None:
    """For an undated article: the latest absolute date its body mentions, as the earliest
    the article can have been written; None when it names none.

    `latest` stays null: a text can be written any time after the last date it names, and a
    guessed bound would look more certain than it is. Deadlines ("must close by 2030") and,
    with `doc`, dates in a future-tense context ("elections are due in 2015") are skipped:
    they bound nothing.
    """
    if record.article.published:
        return None
    best: tuple[date, int, str] | None = None
    for tx in record.timexes:
        value, grain = resolve(tx["text"], None, tense=None)  # absolute: needs no anchor
        if not value or grain not in ("day", "month", "year") or P.DEADLINE.match(tx["text"]):
            continue
        if doc is not None and tense_at(doc, tx["start"], tx["end"]) == "future":
            continue
        key = (period_start(value), len(value), tx["text"])
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
