"""Word lists and regular expressions for temporal expressions (used by `faultline.timex`).

Everything the timex stage knows about English date words lives here, so that adding a
form is a data change with a test, not a code change.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "a dozen": 12,
}  # fmt: skip
# "Several" and "a few" count nothing: "a few days ago", "several years later" are TimeML's
# PAST_REF and FUTURE_REF, no calendar date (they are still detected, with no value).
# Tens that take a unit after a hyphen or space: "twenty-five", "thirty one".
TENS: frozenset[str] = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

# Words naming the publication day or a day next to it: offset in days from the anchor.
DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "earlier in the day": 0, "later in the day": 0,
    "late in the day": 0, "the day": 0, "that day": 0, "the same day": 0,
    "the start of the day": 0, "a second consecutive day": 0, "a second straight day": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "the day before": -1, "the previous day": -1,
    "the day earlier": -1, "a day earlier": -1, "a day before": -1,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow night": 1, "the next day": 1,
    "the following day": 1, "the day after": 1, "a day later": 1,
    "the day after tomorrow": 2, "the day before yesterday": -2,
    "that morning": 0, "that afternoon": 0, "that evening": 0, "that night": 0,
    "the same morning": 0, "the same evening": 0, "the same night": 0, "the end of the day": 0,
    "the previous night": -1, "the night before": -1, "the previous evening": -1,
    "that date": 0, "the same date": 0, "that same day": 0, "that very day": 0,
    "the prior day": -1, "the day prior": -1,
}  # fmt: skip

# "a third straight day", "the fifth consecutive trading day", "a second day in a row": the
# day told about (publication's, as annotators write it), whatever the count.
NTH_DAY: re.Pattern[str] = re.compile(
    r"^(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:consecutive|straight|successive))?(?:\s+(?:trading|business|working))?\s+day"
    r"(?:\s+in\s+a\s+row|\s+running)?$"
)

# Day words that point at a day named earlier in the text rather than at publication.
ANAPHORIC_DAY_WORDS: frozenset[str] = frozenset(
    {
        "the day", "the same day", "that day", "the day before", "the previous day",
        "the day earlier", "a day earlier", "a day before", "the next day", "the following day",
        "the day after", "a day later",
        # the part of the day being told about
        "earlier in the day", "later in the day", "late in the day", "the start of the day",
        "the end of the day", "that morning", "that afternoon", "that evening", "that night",
        "the same morning", "the same evening", "the same night", "the previous night",
        "the night before", "the previous evening", "that date", "the same date",
        "that same day", "that very day", "the prior day", "the day prior",
    }
)  # fmt: skip

# Parts of a day that may follow a weekday ("Thursday night"): they keep day granularity.
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "fortnight": "fortnight", "fortnights": "fortnight",
}  # fmt: skip
# Days in the units counted by the day ("a week ago" is the day seven days back).
UNIT_DAYS: dict[str, int] = {"day": 1, "week": 7, "fortnight": 14}

# "last month" is one month back; "this"/"the current" the anchor's own period.
PERIOD_OFFSETS: dict[str, int] = {
    "last": -1, "previous": -1, "the previous": -1,
    "this": 0, "the": 0, "the current": 0, "earlier this": 0, "later this": 0, "the end of this": 0,
    "the start of this": 0, "the beginning of this": 0, "the middle of this": 0,
    "next": 1, "the next": 1, "the following": 1, "the coming": 1, "coming": 1,
    "the end of last": -1, "the end of next": 1, "early next": 1, "late next": 1,
    "early last": -1, "late last": -1, "earlier last": -1,
    "the prior": -1, "the preceding": -1, "that": 0, "the same": 0,
    "this past": -1,  # "this past week" is last week, as "this past Monday" is last Monday
    "the start of the": 0, "the beginning of the": 0, "that same": 0,
    "the start of next": 1, "the beginning of next": 1, "the start of last": -1,
    "the beginning of last": -1,
}  # fmt: skip

# Period prefixes that count from the time the text last named, not from publication
# (TimeML's anaphoric relative expressions): "closed in 2003 and reopened the following
# year" is 2004. With no earlier date in the paragraph they count from publication.
ANAPHORIC_PERIOD_PREFIXES: frozenset[str] = frozenset(
    {
        "the previous",
        "the following",
        "the next",
        "the prior",
        "the preceding",
        "that",
        "the same",
        "that same",
    }
)
# Counted offsets that do the same ("two years later", "three days earlier"); "ago" and
# "from now" count from publication.
ANAPHORIC_OFFSET_WORDS: frozenset[str] = frozenset({"earlier", "before", "later", "after"})

# Seasons: TimeML's code and the month each starts in (a winter is named by the year of its
# December).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
    "winter": ("WI", 12),
}  # fmt: skip

# Ordinal words for days of the month ("the first of October").
_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS_ORD, 1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS_ORD, 1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

# Ordinal words naming a quarter of the year.
QUARTER_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip
# Without a year, "the last quarter" and "the past quarter" are the one before the quarter
# under way ("profits rose 78 percent during the last quarter"), not the fourth.
LAST_QUARTER_WORDS: frozenset[str] = frozenset({"last", "past"})

# Holidays with a fixed calendar day: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "halloween": (10, 31),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "may day": (5, 1),
    "bastille day": (7, 14), "armistice day": (11, 11), "remembrance day": (11, 11),
    "veterans day": (11, 11), "veterans' day": (11, 11),
}  # fmt: skip
# US holidays fixed by weekday: (month, weekday, n) is the n-th such weekday of the month
# (n = -1: the last one).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
    "father's day": (6, 6, 3),
}  # fmt: skip
# Days named from another holiday: (that holiday, days after it).
RELATIVE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}  # fmt: skip
# Days fixed as the first such weekday on or after a day of a month: (month, day, weekday).
# The US Election Day is the Tuesday after the first Monday of November.
WEEKDAY_AFTER_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "election day": (11, 2, 1),
}  # fmt: skip
# Named days of history: (year, month, day). Each names one crash when the text writes its
# year ("Black Monday, 19 October 1987, ... since Black Monday"), but news also gives the
# name to a new one (the Monday of August 2011), so without that year it has no value.
HISTORIC_DAYS: dict[str, tuple[int, int, int]] = {
    "black monday": (1987, 10, 19), "black tuesday": (1929, 10, 29),
    "black thursday": (1929, 10, 24), "black wednesday": (1992, 9, 16),
}  # fmt: skip
# Days counted from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
}  # fmt: skip

# Vague future or past stretches with no date, and durations ("the past year", "the last
# week": TimeML's DURATION, a stretch up to now, not the calendar year before, where
# "last year" is a date): kept as timexes, value null. "The last quarter" is a date, the
# quarter last reported (`LAST_QUARTER_WORDS`).
VAGUE: re.Pattern[str] = re.compile(
    r"^(?:in |over |during )?(?:the )?(?:coming|next few|next several|past few|last few|"
    r"recent|upcoming) (?:days|weeks|months|years)$|^(?:recently|soon|now|currently|"
    r"nowadays|in recent (?:days|weeks|months|years))$|"
    r"^(?:the )?past (?:day|week|month|year|decade)$|^the last (?:day|week|month|year|decade)$"
)

# A deadline or an upper bound ("by 2030", "until June", "before 1965"): a date that says
# nothing about when the text was written.
DEADLINE: re.Pattern[str] = re.compile(r"^(?:by|until|till|through|before)\b", re.IGNORECASE)

# Leading words that belong to the phrase but not to its value.
LEADING: re.Pattern[str] = re.compile(
    r"^(?:on|in|at|by|since|until|till|from|for|of|during|before|after|as of|so far|"
    r"as early as|as late as|around|about|through|throughout|over|nearly|almost|roughly|"
    r"approximately|some|just|only|exactly|between|(?:less|more|earlier|later) than|"
    r"its|their|an?(?=\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b))\s+",
)
# A weekday after the indefinite article ("falls on a Sunday"): any such day, none in
# particular.
INDEFINITE_WEEKDAY: re.Pattern[str] = re.compile(r"(?:on\s+)?an?\s+([a-z]+)")
INDEFINITE_BEFORE: re.Pattern[str] = re.compile(r"\ban?\s+$", re.IGNORECASE)
# Two dates of one sentence this close with "and" between date acts told together; the
# second takes the first one's year when it comes this many days after it at most.
JOINED_MAX_CHARS = 80
TOLD_ON_DAYS = 92
AND: re.Pattern[str] = re.compile(r"\band\b")
# Day words that count from the speaker's day: in a quotation, from the day it was said.
SPEAKER_DAY: re.Pattern[str] = re.compile(
    r"^(?:(?:earlier |later )?today|tonight|yesterday|tomorrow|this (?:morning|afternoon|"
    r"evening)|last night)(?: (?:morning|afternoon|evening|night))?$"
)
TRAILING_POSSESSIVE: re.Pattern[str] = re.compile(r"(?:'s|’s|')$")
# Qualifiers that narrow a month or year without changing its value ("mid-March", "late 2006").
QUALIFIER: re.Pattern[str] = re.compile(
    r"^(?:early|earlier|late|later|mid|middle|the middle of|the end of|end of|end|the start of|"
    r"start of|the beginning of|beginning of|the first half of|the second half of|"
    r"fiscal year|the fiscal year|fiscal[\s-]year|fiscal|calendar year|calendar|full[\s-]year|"
    r"the year|the month of|the close of|the rest of|the remainder of|the balance of|"
    r"the (?:first|last|final) (?:two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|\d{1,2}) (?:months|weeks) of|"
    r"the (?:morning|afternoon|evening|night) of|the (?:early|small) hours of|overnight)[\s-]+"
)
START_OF: re.Pattern[str] = re.compile(r"^(?:the )?(?:start|beginning) of ")

# Weekday modifiers, and the plain one each stands for ("this past Monday" is "last Monday").
WEEKDAY_MODIFIERS: dict[str, str] = {
    "last": "last", "past": "last", "this past": "last", "the past": "last", "next": "next",
    "coming": "next",
    "this coming": "next", "this": "this",
    # counted from the day the text last named
    "the previous": "last", "the preceding": "last", "the following": "next", "the next": "next",
}  # fmt: skip

# A headline is a one-line paragraph no longer than this that does not end a sentence.
HEADLINE_MAX_CHARS = 200
SENTENCE_END = frozenset(".!?:;\"”’')")

# Verb forms the small model lemmatises wrongly, with their lemma.
LEMMA_FIXES: dict[str, str] = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}

# Verb lemmas whose infinitive complement is planned, not done: "plans to visit on Friday".
PLANNING_HEADS: frozenset[str] = frozenset(
    {
        "be", "plan", "expect", "schedule", "set", "due", "intend", "hope", "want", "aim",
        "prepare", "agree", "vow", "promise", "threaten", "decide", "go", "seek", "try",
        "propose", "pledge", "likely", "able", "ready", "poised", "slate", "hold",
    }
)  # fmt: skip
# Of those, the ones whose past ("was expected to", "was due to") leaves open whether the
# act lies before or after publication.
EXPECTING_HEADS: frozenset[str] = frozenset(
    {
        "expect", "schedule", "set", "due", "slate", "plan", "intend", "aim", "poised",
        "hope", "want", "wish",
    }
)  # fmt: skip
# Participles that schedule what they modify ("the vote, scheduled for Sunday", "the
# ruling, expected on Monday"); not "set", whose participle is as often done ("a record
# set on Monday").
SCHEDULING_PARTICIPLES: frozenset[str] = frozenset(
    {"schedule", "reschedule", "slate", "plan", "expect"}
)
# Verbs whose object is a thing looked forward to: a date on that object lies after the
# expecting ("said it expected delivery in December", "forecast a profit in 2010").
EXPECTING_OBJECT_HEADS: frozenset[str] = frozenset(
    {
        "expect", "forecast", "predict", "anticipate", "project", "plan", "schedule",
        "foresee", "envisage", "target", "promise", "pledge", "propose",
    }
)  # fmt: skip
# Verbs of asking and ordering: what they ask for lies after the asking ("were told to
# leave by Friday"), so their past does not make the infinitive past.
REQUEST_HEADS: frozenset[str] = frozenset(
    {
        "ask", "tell", "order", "urge", "call", "demand", "instruct", "require", "force",
        "invite", "allow", "advise", "press", "request", "summon", "oblige", "compel",
        "encourage", "permit", "authorize", "authorise", "direct", "warn",
    }
)  # fmt: skip
# Requests and plans whose present perfect still stands: "has called for a rally on Tuesday".
# Not the requests that are as often reports of a done act, where a writer may give the
# perfect a past date ("has told reporters on Monday", "has warned residents on Sunday").
STANDING_HEADS: frozenset[str] = (
    (REQUEST_HEADS - {"tell", "warn", "force", "allow", "press", "encourage", "direct"})
    | SCHEDULING_PARTICIPLES
    | {"propose", "forecast", "predict"}  # "has forecast snow for Thursday"
)
# Verbs of saying: a plan reported by their past is the speaker's present one.
REPORTING_HEADS: frozenset[str] = frozenset(
    {
        "say", "tell", "announce", "report", "state", "add", "confirm", "claim", "insist",
        "explain", "note", "write", "indicate", "reveal", "disclose", "acknowledge", "admit",
        "declare", "stress", "predict", "signal",
    }
)  # fmt: skip
FUTURE_AUX: frozenset[str] = frozenset(
    {"will", "'ll", "wo", "shall", "would", "could", "may", "might", "should", "must", "can"}
)
# Modals whose perfect looks back ("may have crossed", "should have acted"); "will have
# done" is a future perfect, ahead.
MODALS_OF_THE_PAST: frozenset[str] = FUTURE_AUX - {"will", "'ll", "wo", "shall"}
# Words right before a date that place it after the act they modify: "rallied ahead of
# Thursday's meeting", "in the run-up to Sunday's vote".
AHEAD_OF: re.Pattern[str] = re.compile(
    r"\b(?:ahead of|in advance of|in the run-up to|in the runup to)\s+$", re.IGNORECASE
)
# A participle that names a period by its end ("the year ending in March", "the quarter
# ending June 30"): the end may be just past (results reported after it) or ahead (a
# forecast), so neither tense of the clause decides; the nearest such date does.
ENDING_BEFORE: re.Pattern[str] = re.compile(r"\bending\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
# A day named by an event rather than by a date: "the day after the election", "the eve of
# the summit" (also when detection cut the event off: "the day after" | "the election").
DAY_OF_AN_EVENT: re.Pattern[str] = re.compile(
    r"^the (?:day|night|morning|evening|eve) (?:after|before|of|following) (?!yesterday\b|"
    r"tomorrow\b|today\b)\S"
)
EVENT_AFTER: re.Pattern[str] = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|that)\s+(?!day\b|week\b|month\b|year\b)[a-z]"
)
# Prepositions that place the date before the act ("since Tuesday").
PAST_PREPOSITIONS: frozenset[str] = frozenset({"since"})
# Prepositions of a date that ends a stretch or bounds an act ("until Monday", "by
# Friday"): ahead of publication unless a past act reached it ("stayed closed until Monday").
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"until", "till", "by"})
# Verbs whose act fixes a time after itself, so that a date they set with "until" or "by"
# lies ahead even when the act is told in the past: "adjourned the trial until Monday",
# "remanded in custody until Friday", "gave both sides until Saturday to respond".
DEFERRING_HEADS: frozenset[str] = frozenset(
    {
        "adjourn", "postpone", "delay", "defer", "extend", "remand", "suspend", "give",
        "grant", "set", "push", "move", "reschedule", "bail", "recess",
    }
)  # fmt: skip
# Prepositions whose object happened before the clause it modifies ("after Monday's fall").
AFTER_PREPOSITIONS: frozenset[str] = frozenset({"after", "following"})
# Nouns for what happens unplanned, so is never scheduled ahead: a date on one is past
# ("survivors of Tuesday's earthquake", "are investigating a shooting on Sunday"). Weather
# is left out: it is forecast ("Saturday's storm is expected to bring snow").
HAPPENINGS: frozenset[str] = frozenset(
    {
        "earthquake", "quake", "tsunami", "aftershock", "attack", "bombing", "blast",
        "explosion", "crash", "shooting", "killing", "murder", "assassination", "massacre",
        "stabbing", "ambush", "collapse", "derailment", "accident", "fire", "blaze", "riot",
        "clash", "plunge", "slump", "sell-off", "selloff", "rout", "blackout", "spill", "leak",
        "kidnapping", "abduction", "hijacking", "coup", "mutiny", "outbreak", "death",
        "disappearance", "sinking", "shipwreck", "landslide", "mudslide", "avalanche",
        "stampede", "shootout", "fighting", "violence", "unrest", "bloodshed", "uprising",
        "incident", "raid", "airstrike", "crackdown", "tragedy", "disaster",
    }
)  # fmt: skip
# Nouns for a time that is set, not done: a month or day on one is the nearest such date,
# whatever the tense of the clause ("had set an October 15 deadline", published on 4
# October, is that October's; "missed the March 31 deadline" the one just gone).
SCHEDULE_NOUNS: frozenset[str] = frozenset(
    {"deadline", "target", "cutoff", "cut-off", "ultimatum", "expiry", "expiration"}
)
# Nouns for figures about a period: the month they are "for" is over, whatever the tense
# of their release ("the employment report for December is due on Friday", "will publish
# its sales figures for May tomorrow"); not "sales" or "results", which are as often
# forecast ("expects sales for December to rise").
REPORTED_PERIOD_NOUNS: frozenset[str] = frozenset(
    {
        "report", "figure", "figures", "data", "numbers", "statistics", "payrolls", "reading",
        "readings", "count", "tally",
    }
)  # fmt: skip
# Verbs whose simple present tells what comes after what, so a date on what they follow is
# past: "the move follows Monday's decision", "the ruling comes after Monday's hearing"
# ("come" only with "after").
SEQUENCE_VERBS: frozenset[str] = frozenset({"follow", "come"})
# Verbs whose past is spelt as their plain present ("banks cut rates on October 8"): a
# present tag on one says nothing about which way its date lies.
PAST_LIKE_PRESENT: frozenset[str] = frozenset(
    {
        "cut", "put", "set", "hit", "let", "shut", "quit", "spread", "cost", "hurt", "split",
        "bid", "burst", "cast", "shed", "upset", "offset", "reset", "undercut", "outbid",
        "broadcast", "thrust",
    }
)  # fmt: skip
# Conjunctions whose clause's present lies ahead ("if they cut rates on Tuesday").
CONDITIONALS: frozenset[str] = frozenset({"if", "unless", "once", "when", "until", "before"})
# Verbs whose simple present is a state now, not a schedule ("shares are down").
STATES: frozenset[str] = frozenset({"be", "remain", "stay", "stand", "sit", "trade", "hover"})

# How far ahead of publication a yearless day of the same year may lie and still be the
# one meant under a past verb (the day a year back would have been written with its year).
PAST_TENSE_DAYS_AHEAD = 14

# Month and weekday names must be capitalised in running text: "may", "march" and "sun"
# are ordinary words. A bare month needs a preposition before it ("in March"), since
# "May" alone is as often a person.
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_END = r"(?![\w-])"
_NUM = (
    r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|a\s+hundred|a\s+dozen|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|several|a few)"
)
_CLOCK = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d\d(?:\s*(?:GMT|UTC|BST|CET))?"
# Generic day nouns ("the day", "that day") are left to spaCy: as a pattern they fire on
# too many phrases that are not dates ("the day the war began").
_NER_ONLY_DAY_WORDS = frozenset(
    {
        "the day",
        "that day",
        "a second consecutive day",
        "a second straight day",
        "the start of the day",
        "the end of the day",
    }
)
_DAYWORD = "|".join(
    sorted((re.escape(w) for w in DAY_WORDS if w not in _NER_ONLY_DAY_WORDS), key=len, reverse=True)
)

_HOLIDAY = "|".join(
    sorted(
        (
            re.escape(name.title().replace("'S", "'s")).replace("\\ ", r"\s+")
            for name in (
                *FIXED_HOLIDAYS,
                *WEEKDAY_HOLIDAYS,
                *EASTER_HOLIDAYS,
                *RELATIVE_HOLIDAYS,
                *WEEKDAY_AFTER_HOLIDAYS,
            )
        ),
        key=len,
        reverse=True,
    )
)

# Detector patterns, tried over the body text; overlapping hits are merged with each other
# and with spaCy's DATE/TIME entities.
DETECTORS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        # 28 August 2008, 28 Aug. 2008, 28 August
        rf"\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?{_END}",
        # August 28, 2008 / Aug. 28 / March 01 , 2008
        rf"\b{_MONTH}\s+{_DAYNUM}(?:\s*,?\s+{_YEAR})?{_END}",
        # March 2008, mid-March 2008
        rf"\b(?:(?i:early|mid|late)[\s-])?{_MONTH}\s*,?\s+{_YEAR}{_END}",
        # in March, mid-March, early June, the end of May
        rf"\b(?i:in|since|until|from|during|before|after|through|early|mid|late|last|next|"
        rf"this|that|end\s+of|the\s+following|the\s+previous|the\s+next)[\s-]+{_MONTH}{_END}",
        # on Tuesday, last Friday, Thursday night, Monday's; Black Friday and Cyber Monday whole,
        # so that the weekday alone is never taken for one
        rf"\b(?:(?i:(?:early|late|earlier|later)\s+)?(?i:on|last|next|this\s+past|this\s+coming|"
        rf"this|past|coming|since|until|the\s+(?:previous|preceding|following|next))\s+)?"
        rf"(?:(?:Black|Cyber)\s+)?{_WEEKDAY}"
        rf"(?:\s+(?i:morning|afternoon|evening|night))?(?:'s|’s)?{_END}",
        rf"\b(?i:{_DAYWORD})\b",
        r"\b(?i:(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
        r"(?:(?:consecutive|straight|successive)\s+(?:trading\s+)?day|day\s+in\s+a\s+row))\b",
        # last month, next week, earlier this year, the end of this year, the previous year
        r"\b(?i:(?:(?:earlier|later|early|late)\s+(?:this|last|next)|(?:the\s+)?(?:end|start|"
        r"beginning|middle)\s+of\s+(?:this|last|next|the)|this\s+past|this|last|next|the\s+previous|"
        r"the\s+following|the\s+coming|the\s+past|the\s+current|the\s+next|the\s+same|the\s+prior|"
        r"that)\s+(?:week|month|year))\b",
        # March of the following year, October last year, Monday of last week
        rf"\b(?:{_MONTH}|{_WEEKDAY}),?\s+(?i:(?:of\s+)?(?:last|this|next|the\s+previous|"
        r"the\s+following|the\s+next|the\s+same|the\s+prior|that)\s+(?:week|year))\b",
        # "had expected it that day.", "in the autumn,": a generic day noun or a season with
        # its article where a clause ends, which is where it dates the clause ("that day
        # the war began", "the summer months" and "the fall of Lehman" stay out)
        r"\b(?i:that\s+day|(?:in|during|by|until|over|through)\s+the\s+"
        r"(?:spring|summer|autumn|winter))(?=\s*[.,;:!?])",
        # FY2008, FY 2009, FY09
        r"\bFY\s?'?(?:\d{4}|\d\d)\b",
        # year-end, year end 2008, mid-year (not "year-end bonuses", a modifier)
        rf"\b(?i:year[\s-]end|mid[\s-]?year)(?:,?\s+{_YEAR})?(?!\s+[a-z])\b",
        # two days ago, a year ago, three weeks earlier
        rf"\b(?i:{_NUM}\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)\s+(?:ago|earlier|later|"
        rf"from\s+now))\b",
        # 7/14/2008, 14/7/08
        r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b",
        # 9/11, the attacks' name (not 9/11/2002, nor a fraction "9/11ths")
        r"\b9/11\b(?!/|\w)",
        # Christmas Eve, Thanksgiving, Easter: not as a modifier ("Christmas sales")
        rf"\b(?:{_HOLIDAY})\b(?!\s+(?:season|shopping|sales|holidays?|period|quarter|trading|"
        rf"break|rush|tree|card|lights|spending|weekend|islands?)\b)",
        r"\b(?i:(?:in|over)\s+the\s+(?:coming|next\s+few|past\s+few)\s+(?:days|weeks|months|years))\b",
        # Q4 2024, Q4 of 2024, in Q3 (a bare "Q4" is as often a model name)
        rf"\b(?:(?i:in|for|during|by)\s+Q[1-4]\b(?:\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR})?|"
        rf"Q[1-4]\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR}){_END}",
        # in 2008, since 1998, early 2009
        rf"\b(?i:(?:in|since|by|until|from|during|before|after|early|mid|late|"
        rf"mid-|end\s+of|the\s+end\s+of)\s+)+{_YEAR}{_END}",
        # the 1930s, the late 1980s, the '90s (years before 1100 are tax forms: "1040s")
        r"\b(?i:the\s+)(?:(?i:early|mid|late)[\s-]+)?(?:1[1-9]\d0|20\d0)s\b|\b(?i:the)\s+'\d0s\b",
        # on the 3rd, by the 21st: a day of the month after a preposition, not a rank or
        # a floor ("on the 3rd floor", "on the 5th day")
        rf"\b(?i:on|by|until|since|before|after)\s+the\s+{_DAYNUM}(?<=st|nd|rd|th)"
        r"(?!\s+[A-Za-z])(?![\w-])",
        # 3 p.m. today, 8:15 a.m. yesterday, 10:30 GMT on Tuesday
        rf"\b(?i:{_CLOCK})(?:\s+(?:(?:(?i:on)\s+)?{_WEEKDAY}|(?i:today|yesterday|tomorrow|tonight)))?",
    )
)


# Where a hit of each detector can start, so that `detection` tries each detector only
# there: `re` tries a pattern at every character, and one opening on "\b" and a
# case-insensitive alternation has no fast path (the detectors cost 9 ms a document, most
# of the timex stage), while a pattern opening on a plain word skips straight to that word.
# DETECTOR_STARTS[i] holds patterns matched on the lower-cased body, one per word a hit
# of DETECTORS[i] can open on, each with a lookahead of what the detector needs after it;
# DETECTOR_DIGITS[i], when set, is matched at each run of digits (found once, by
# DIGIT_RUN). Every hit starts where one of them matches, and what they consume is letters
# or digits only: a hit starts a word, so it never lies inside another start's match, and
# trying the detector only at those places finds the same hits.
def _starts(*alternatives: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(word, pattern) for each word of the (words, lookahead) pairs: the pattern is the
    word, then any of its lookaheads."""
    aheads: dict[str, dict[str, None]] = {}
    for words, ahead in alternatives:
        for word in words.split():
            aheads.setdefault(word, {})[ahead] = None
    return tuple(
        (word, re.compile(word if "" in ahead else f"{word}(?:{'|'.join(ahead)})"))
        for word, ahead in aheads.items()
    )


_L_MONTH = "jan feb mar apr may jun jul aug sep oct nov dec"
_L_WEEKDAY = "monday tuesday wednesday thursday friday saturday sunday"
_L_M3 = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_L_WD = _WEEKDAY.lower()
_L_NUMBER = (
    "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen several"
)
_L_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_L_UNIT = r"(?:day|week|fortnight|month|year|decade)"
_L_PERIOD_AFTER = r"(?:of\s+)?(?:last|this|next|the|that)\s"
_L_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# the words that may stand before a year in "since early 2009", "by the end of 2010"
_L_BEFORE_YEAR = (
    r"(?:(?:in|since|by|until|from|during|before|after|early|mid-?|late|end\s+of|"
    r"the\s+end\s+of)\s+)"
)
# each day word's first word, before its second ("the" before "next" in "the next day")
_L_DAYWORDS = tuple(
    (w.split(" ")[0], rf"(?=\s+{w.split(' ')[1]})" if " " in w else "")
    for w in DAY_WORDS
    if w not in _NER_ONLY_DAY_WORDS
)
# each holiday's first word, before its second ("st" before "patrick" in "St. Patrick's Day")
_L_HOLIDAYS = tuple(
    (words[0], rf"(?=\W+{words[1]})" if len(words) > 1 else "")
    for words in (
        re.findall(r"\w+", name)
        for name in (
            *FIXED_HOLIDAYS,
            *WEEKDAY_HOLIDAYS,
            *EASTER_HOLIDAYS,
            *RELATIVE_HOLIDAYS,
            *WEEKDAY_AFTER_HOLIDAYS,
        )
    )
)

DETECTOR_STARTS: tuple[tuple[tuple[str, re.Pattern[str]], ...], ...] = (
    # 28 August 2008: digits only
    (),
    # August 28, 2008
    _starts((_L_MONTH, r"(?=[a-z]*\.?\s+\d)")),
    # mid-March 2008
    _starts(("early mid late", r"(?=[\s-])"), (_L_MONTH, r"(?=[a-z]*\.?\s*,?\s+[12])")),
    # in March, the end of May
    _starts(
        (
            "in since until from during before after through early mid late last next this that",
            rf"(?=[\s-]+{_L_M3})",
        ),
        ("end", rf"(?=\s+of[\s-]+{_L_M3})"),
        ("the", rf"(?=\s+(?:following|previous|next)[\s-]+{_L_M3})"),
    ),
    # on Tuesday, last Friday, Black Friday
    _starts(
        ("early earlier late later", r"(?=\s)"),
        ("on last next past coming since until", rf"(?=\s+(?:(?:black|cyber)\s+)?{_L_WD})"),
        ("this", rf"(?=\s+(?:(?:past|coming)\s+)?(?:(?:black|cyber)\s+)?{_L_WD})"),
        ("the", rf"(?=\s+(?:previous|preceding|following|next)\s+(?:(?:black|cyber)\s+)?{_L_WD})"),
        ("black cyber", rf"(?=\s+{_L_WD})"),
        (_L_WEEKDAY, ""),
    ),
    # today, the next day
    _starts(*_L_DAYWORDS),
    # a third straight day
    _starts(("a the", rf"(?=\s+{_L_ORDINAL})")),
    # last month, earlier this year, the end of this year
    _starts(
        ("earlier later early late", rf"(?=\s+(?:this|last|next)\s+{_L_UNIT})"),
        (
            "the",
            r"(?=\s+(?:end|start|beginning|middle|previous|following|coming|past|current|"
            r"next|same|prior)\s)",
        ),
        ("end start beginning middle", r"(?=\s+of\s)"),
        ("this last next that", rf"(?=\s+(?:past\s+)?{_L_UNIT})"),
    ),
    # October last year, Monday of last week
    _starts(
        (_L_MONTH, rf"(?=[a-z]*\.?,?\s+{_L_PERIOD_AFTER})"),
        (_L_WEEKDAY, rf"(?=,?\s+{_L_PERIOD_AFTER})"),
    ),
    # that day., in the autumn,
    _starts(
        ("that", r"(?=\s+day)"),
        ("in during by until over through", r"(?=\s+the\s+(?:spring|summer|autumn|winter))"),
    ),
    # FY2008
    _starts(("fy", r"(?=\s?'?\d)")),
    # year-end, mid-year
    _starts(("year", r"(?=[\s-]end)"), ("mid", r"(?=[\s-]?year)")),
    # two days ago, a year ago
    _starts(
        (_L_TENS, r"(?=[\s-])"),
        (_L_NUMBER, r"(?=\s+(?:hundred|dozen|few|day|week|fortnight|month|year|decade))"),
    ),
    # 7/14/2008: digits only
    (),
    # 9/11
    _starts(("9", "(?=/11)")),
    # Christmas Eve, Thanksgiving
    _starts(*_L_HOLIDAYS),
    # in the coming days
    _starts(("in over", r"(?=\s+the\s+(?:coming|next|past))")),
    # in Q3, Q4 2024
    _starts(("in for during by", r"(?=\s+q[1-4])"), ("q", "(?=[1-4])")),
    # in 2008, since early 2009, by the end of 2010
    _starts(
        ("in since by until from during before after early late", rf"(?=\s+{_L_BEFORE_YEAR}*[12])"),
        ("mid", rf"(?=-?\s+{_L_BEFORE_YEAR}*[12])"),
        ("end", rf"(?=\s+of\s+{_L_BEFORE_YEAR}*[12])"),
        ("the", rf"(?=\s+end\s+of\s+{_L_BEFORE_YEAR}*[12])"),
    ),
    # the 1930s, the '90s
    _starts(("the", r"(?=\s+(?:(?:early|mid|late)[\s-]+)?(?:1[1-9]|20)|\s+')")),
    # on the 3rd
    _starts(("on by until since before after", r"(?=\s+the\s+\d)")),
    # 3 p.m., 10:30 GMT: digits only
    (),
)


def _by_word(
    starts: tuple[tuple[tuple[str, re.Pattern[str]], ...], ...],
) -> dict[str, tuple[re.Pattern[str], tuple[tuple[int, re.Pattern[str]], ...]]]:
    """`starts` by word, so that each word is looked for once: for each, one pattern with
    every detector's lookaheads, then each detector's index and own pattern."""
    owners: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for i, patterns in enumerate(starts):
        for word, pattern in patterns:
            owners.setdefault(word, []).append((i, pattern))
    return {
        word: (
            re.compile(
                word
                if any(own.pattern == word for _, own in mine)
                else f"{word}(?:{'|'.join(own.pattern[len(word) :] for _, own in mine)})"
            ),
            tuple(mine),
        )
        for word, mine in owners.items()
    }


START_WORDS = _by_word(DETECTOR_STARTS)
DIGIT_RUN: re.Pattern[str] = re.compile(r"\d\d*")
DETECTOR_DIGITS: tuple[re.Pattern[str] | None, ...] = tuple(
    None if p is None else re.compile(rf"\d+{p}")
    for p in (
        rf"(?=(?:st|nd|rd|th)?\s+(?:of\s+)?{_L_M3})",  # 28 August
        *(None,) * 11,
        rf"(?=\s+{_L_UNIT})",  # 3 days ago
        "(?=/)",  # 7/14/2008
        *(None,) * 7,
        r"(?=:|\s*[ap])",  # 3 p.m.
    )
)
# Characters `re` matches to a letter case-insensitively that lower-casing does not make
# that letter ("ſ" is an "s", the dotless "ı" an "i"; "İ" lower-cases to two characters):
# a body with one is searched the slow way.
STARTS_UNSAFE = "ıſİ"

# A detected span that is a range of two dates, split into its ends when each names a
# month, a weekday or a year.
RANGE: re.Pattern[str] = re.compile(
    r"(?:(?i:between|from)\s+)?(.+?)(?:\s+(?i:and|to|through|until|till)\s+|\s+[-–]\s+|"
    r"(?<=\d)[-–](?=\w))(.+)"
)
# The joining word an entity cut inside a range ends on ("Between 2007 and").
DANGLING_JOIN: re.Pattern[str] = re.compile(
    r"\s+(?:and|or|to|through|until|till)$|\s*[-–]$", re.IGNORECASE
)
RANGE_END: re.Pattern[str] = re.compile(rf"{_MONTH}|{_WEEKDAY}|\b{_YEAR}\b")
# An end that is a bare day of the month ("15" in "15 and 16 October").
BARE_DAY: re.Pattern[str] = re.compile(_DAYNUM)

# A year inside the name of an event ("the 2008 Beijing Olympics").
YEAR_IN_NAME: re.Pattern[str] = re.compile(rf"\b{_YEAR}\b")
# Units spaCy may tag without their article ("the year's biggest deal").
BARE_UNITS: frozenset[str] = frozenset({"year", "month", "week", "day"})

# What follows a hit that makes it part of a name: a web address ("TODAY.com",
# "Monday.com"; a capital after the dot is more often a missing space), an island.
NAME_AFTER: re.Pattern[str] = re.compile(r"\.[a-z]|\s+Islands?\b")

# spaCy DATE entities that are not points in time: ages, bare durations, and measures
# written as compounds ("a 13-month high", "its 158-year history", "the year-old company").
NOT_A_DATE: re.Pattern[str] = re.compile(
    r"\b\d+[\s-]years?[\s-]old\b|^(?:the\s+)?(?:age|aged)\b|^(?:about\s+|some\s+|nearly\s+|"
    r"almost\s+|more than\s+|over\s+)?\d+\s*(?:%|percent)|"
    r"^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-"
    r"(?:day|week|month|year|decade)(?:-old)?$|^(?:day|week|month|year)-old$",
    re.IGNORECASE,
)
# Where spaCy runs two expressions into one entity: the comma between a date and a count
# ("October 3, two days after"), the space before a "since" ("the worst week since 1933").
ENTITY_BREAK: re.Pattern[str] = re.compile(
    rf",\s+(?={_NUM}\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)\b)|\s+(?=since\s)",
    re.IGNORECASE,
)
# A stretch named by its last day or month ("the year ended June 30", "the quarter ending
# March 31", "the three months to June"): a duration, whose end alone is a date.
PERIOD_ENDED: re.Pattern[str] = re.compile(
    r"\b(?:year|quarter|half|period|weeks?|months?)\s+(?:ended|ending|to)\s+(?=\S)",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- what `resolve` parses
# Each is matched against one normalised (lower-cased) expression, or, for the range and
# year-after patterns, against the text right after an expression.

_R_DAYNUM = r"(\d{1,2})(?:st|nd|rd|th)?"
_R_MONTHWORD = r"([a-z]+)\.?"
_R_YEAR = r"(\d{4})"
FULL_DMY = re.compile(rf"^{_R_DAYNUM}\s+(?:of\s+)?{_R_MONTHWORD},?\s+{_R_YEAR}$")
FULL_MDY = re.compile(rf"^{_R_MONTHWORD}\s+{_R_DAYNUM}\s*,?\s+{_R_YEAR}$")
ISO_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
MONTH_YEAR = re.compile(rf"^{_R_MONTHWORD}\s*,?\s+(?:of\s+)?{_R_YEAR}$")
NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)$")
YEAR_ONLY = re.compile(r"^(\d{4})$")
# "the 2008 fiscal year", "the 2009 model year": the year named.
NAMED_YEAR = re.compile(r"^(?:the )?(\d{4}) (?:fiscal|financial|model|calendar|tax) year$")
SHORT_YEAR = re.compile(r"^'(\d\d)$")
# "FY2008", "FY 2009", "FY09": a fiscal year, named by the calendar year it ends in.
FISCAL_SHORT = re.compile(r"^fy\s?'?(\d{4}|\d\d)$")
# "year-end", "by year end", "by end of year", "year-end 2008", "mid-year": the end or middle
# of a year, in the year the tense points to when none is written.
YEAR_END = re.compile(r"^(?:the )?(?:year[\s-]end|end of year|mid[\s-]?year)(?:,?\s+(\d{4}))?$")
# "by the end of the year", "at the close of the year": under a past predicate the end of
# the year last over ("had cut 3,000 jobs by the end of the year", said in January, is the
# year before), since a done act cannot have reached an end still ahead.
END_OF_THE_YEAR = re.compile(r"^(?:the )?(?:end|close) of (?:the )?year$")
# "in the new year": the year that starts next, when a year is ending; else this one.
NEW_YEAR = re.compile(r"^the new year$")
DAY_MONTH = re.compile(rf"^{_R_DAYNUM}\s+(?:of\s+)?{_R_MONTHWORD}$")
MONTH_DAY = re.compile(rf"^{_R_MONTHWORD}\s+{_R_DAYNUM}$")
MONTH_ONLY = re.compile(rf"^{_R_MONTHWORD}$")
_R_MODIFIER = "|".join(sorted(WEEKDAY_MODIFIERS, key=len, reverse=True))
WEEKDAY_PHRASE = re.compile(rf"^(?:({_R_MODIFIER})\s+)?([a-z]+)(?:\s+([a-z]+))?$")
_R_OF_PERIOD = (
    r"(?:of\s+)?((?:last|this|next|the previous|the following|the next|the prior|the same|that)"
)
# "Monday last week", "October of last year", "March that year": a weekday or month in a
# named week or year.
WEEKDAY_IN_WEEK = re.compile(rf"^([a-z]+day)\s+{_R_OF_PERIOD} week)$")
MONTH_IN_YEAR = re.compile(rf"^{_R_MONTHWORD},?\s+{_R_OF_PERIOD} year)$")
# "this year's April 15 deadline": the year a possessive right before a date names.
POSSESSIVE_YEAR = re.compile(r"\b(this|last|next)\s+year[’']s\s+$", re.IGNORECASE)
# "April 27 last year", "3 March of the following year": a day in a named year.
DAY_IN_YEAR = re.compile(
    rf"^(?:{_R_DAYNUM}\s+(?:of\s+)?{_R_MONTHWORD}|{_R_MONTHWORD}\s+{_R_DAYNUM}),?\s+"
    rf"{_R_OF_PERIOD} year)$"
)
MODIFIED_MONTH = re.compile(rf"^({_R_MODIFIER})\s+{_R_MONTHWORD}$")
# "took effect that November": the month in the year the text last named.
THAT_MONTH = re.compile(rf"^that\s+{_R_MONTHWORD}$")
SEASON = re.compile(
    rf"^(?:({_R_MODIFIER}|the)\s+)?(spring|summer|autumn|fall|winter)(?:,?\s+(?:of\s+)?(\d{{4}}))?$"
)
# "Christmas", "last Christmas", "Black Friday 2025": a holiday with its modifier or year.
HOLIDAY_PHRASE = re.compile(rf"^(?:({_R_MODIFIER})\s+)?(.+?)(?:,?\s+(\d{{4}}))?$")
WEEKEND = re.compile(rf"^(?:({_R_MODIFIER}|the)\s+)?weekend$")
# "the 1990s", "the late 1980s", "the '90s": TimeML's decade "199".
# Years before 1100 are left out: "1040s" are tax forms far more often than a decade.
DECADE = re.compile(r"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(1[1-9]\d|20\d)0|'(\d)0)'?s$")
# "on the 8th": a day of the month only with its article; a bare "12th" is a rank ("came in
# 12th") and "early 20th" a century.
ORDINAL_DAY = re.compile(r"^the (\d{1,2})(?:st|nd|rd|th)$")
ORDINAL_OF_MONTH = re.compile(r"^(?:the )?(\d{1,2})(?:st|nd|rd|th) of (this|next|last) month$")
# "the year before", "the month after": one unit from the time last named.
UNIT_AROUND = re.compile(
    r"^the (day|week|month|quarter|year) (before|earlier|prior|previous|after|later)$"
)
# "the year before last", "the week after next": two units from publication.
TWO_AWAY = re.compile(r"^the (week|month|year) (before last|after next)$")
# "last month"; "last fiscal year", "the current financial year", "its fiscal fourth
# quarter": a fiscal period named as a calendar one, as TimeML annotators write it.
PERIOD = re.compile(
    r"^(.*?)\s*\b(?:(?:fiscal|financial|calendar|full)[\s-]+)?(week|month|quarter|year)$"
)
# "the third quarter of 2008", "the fourth quarter", "Q3 2008": TimeML's 2008-Q3.
QUARTER = re.compile(
    r"^(?:the )?(?:fiscal )?([a-z0-9]+)[\s-](?:fiscal )?quarter(?: of (?:the year )?(.+))?$"
)
Q_SHORT = re.compile(r"^q([1-4])(?:[\s-]+(?:of\s+)?(?:fiscal\s+)?(\d{4}))?$")
# "the same month last year", "the same period a year earlier": the period the text last
# named, a year back.
SAME_PERIOD = re.compile(
    r"^(?:(?:the same|that same|the corresponding) (period|month|day|quarter|time)(?: (?:of|in))? "
    r"(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|"
    r"the year before)|the (?:year[- ](?:ago|earlier)|(?:prior|previous)[- ]year) "
    r"(period|month|day|quarter))$"
)
# A year back that, in a comparison, names the period just reported a year back ("sales
# fell in October from a year earlier", "down 69 percent from a year ago").
YEAR_BACK = re.compile(
    r"^(?:a|one) year (?:earlier|ago|before|previously)$|^the (?:year before|previous year|"
    r"prior year|year earlier)$"
)
COMPARED = re.compile(
    r"\b(?:from|with|than|over|versus|vs\.?|against|on)\s+(?:the\s+level\s+of\s+)?$",
    re.IGNORECASE,
)
OFFSET = re.compile(
    r"^(.+?)\s+(days?|weeks?|fortnights?|months?|years?|decades?)\s+"
    r"(ago|earlier|before|later|after|from now)$"
)
CLOCK = re.compile(r"(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am|pm)?(?:\s*(?:gmt|utc|bst|cet))?")
CLOCK_FIRST = re.compile(
    r"^(?:at\s+)?(\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d\d(?:\s*[a-z]{3})?)"
    r"(?:\s+(.+))?$"
)
CLOCK_LAST = re.compile(
    r"^(.+?),?\s+at\s+(\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d\d(?:\s*[a-z]{3})?)$"
)
# "Monday, October 13", "Monday 13 October": the weekday adds nothing to the date.
LEADING_WEEKDAY = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,\s*|\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))"
)
THE_ORDINAL = re.compile(r"^the (?=\d{1,2}(?:st|nd|rd|th)?\s)")
ORDINAL_OF = re.compile(
    r"^(?:the )?(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r") of (?=[a-z])"
)
MONTH_THE = re.compile(r"^([a-z]+\.?) the (?=\d)")
# "the same period last year", "this time next month": the period phrase at the end decides.
TRAILING_PERIOD = re.compile(
    r"\b(?:(?:last|this|next) (?:week|month|year)|(?:a|one) year (?:earlier|ago|before))$"
)
# "in three days" is a date; "within 30 days" is a duration (TimeML), no date.
IN_FUTURE = re.compile(r"^in (.+?) (days?|weeks?|months?|years?)$")

# The far end of a range that carries the year both ends share: "from March to May 2008",
# "between July 24 and August 3, 2003".
RANGE_END_YEAR = re.compile(
    r"\s*(?:[-–]\s*|(?:to|and|through|until|till)\s+)(?:(?:early|mid|late)[\s-]+)?([A-Z][a-z]+)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b"
)
# The far end of a range of days in one month that carries the year: "June 8-11, 2026",
# "March 10 and 11, 2026".
RANGE_END_DAY_YEAR = re.compile(
    r"\s*(?:[-–]\s*|(?:to|and|through|until|till)\s+)\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"
)
# A bare day with its year ("11, 2026" at the far end of "June 8-11, 2026"), and a year
# written right after a bare day.
BARE_DAY_YEAR = re.compile(rf"({_DAYNUM}),?\s+(\d{{4}})")
# The near end of a season or fiscal year written with a two-digit far end: "1957-58",
# "2012/13" (the far end takes the near end's century, rolling over at "1999-00").
SHORT_RANGE_START = re.compile(r"\b(1[5-9]|20)(\d\d)\s?[-–/]\s?$")
YEAR_RIGHT_AFTER = re.compile(r",?\s+(\d{4})\b")
HAS_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")
YEAR_AFTER = re.compile(
    r",?\s+(?:of\s+)?((?:last|this|next|the previous|the following|that) year|\d{4})\b", re.I
)
_R_RANGE_JOIN = r"(?:\s*[-–]\s*|\s+(?:to|and|through|until|till)\s+)"
# What stands between the two ends of a range split by detection.
RANGE_JOIN = re.compile(r"\s*[-–]\s*|\s+(?:to|through|until|till|and)\s+", re.IGNORECASE)
RANGE_NEXT_DAY = re.compile(
    rf"{_R_RANGE_JOIN}\d{{1,2}}(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?(?:,?\s+(\d{{4}}))?"
)
RANGE_PREVIOUS_DAY = re.compile(rf"([A-Z][a-z]+)\.?\s+\d{{1,2}}(?:st|nd|rd|th)?{_R_RANGE_JOIN}$")
# A word that makes the date after it a bound of a stretch, not a time the story is told at:
# right before the expression, or its first word.
# Not "by", which is as often "as of" ("by April 2023, prices had declined 4.1% from the
# previous year").
BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before)\s+$", re.IGNORECASE)
BOUND_START = re.compile(r"(?:since|until|till|before)\s", re.IGNORECASE)
# The attacks of 11 September 2001, by the name news gives them: "9/11", "the September 11
# attacks", "since the Sept. 11 terrorist attacks".
NINE_ELEVEN: re.Pattern[str] = re.compile(r"^(?:9/11|sept(?:ember|\.)? 11(?:th)?)$")
ATTACKS_AFTER: re.Pattern[str] = re.compile(
    r",?\s+(?:(?:terrorist|terror)\s+)?attacks?\b", re.IGNORECASE
)
# Idioms with "the day" that name no day: "back in the day" (long ago), and "at the end of
# the day" (in the end) outside a told past ("shares closed higher at the end of the day").
BACK_IN_THE_DAY: re.Pattern[str] = re.compile(r"\bback\s+in\s+$", re.IGNORECASE)
AT_THE_END: re.Pattern[str] = re.compile(r"(?:^|\bat\s+)$", re.IGNORECASE)
# "The year", "the month" and their parts, which in a told past are the year or month the
# text is telling about ("GM lost $31 billion in 2008. During the year, it cut 10,000
# jobs"; "Employers cut 131,000 jobs in July. The month was the second ..."), not
# publication's; and "the quarter", which is the quarter the text last named in any tense.
THE_PERIOD_TOLD: re.Pattern[str] = re.compile(
    r"^(?:(?:earlier|later|early|late) in |the (?:start|beginning|end|middle|rest|remainder|"
    r"first half|second half) of )?the (year|month|quarter)$"
)
FORWARD = re.compile(r"\b(?:following|next|later|after)\b")


# ---------------------------------------------------------------- years by their syntax
# A four-digit number spaCy tags as a count (CARDINAL) or as nothing that is a year by its
# place in the parse (`detection._syntactic_years`): a modifier before a noun ("the final
# 2025 list", "2025 HR trends") or the far end of a range whose near end is a date found
# ("from 2018 (253 deaths) to 2022"). Bounds 1900-2099: the years modern news names as
# modifiers and range ends; below 1900 a bare number before a noun is mostly a count ("1850
# workers") and "in 1848" is already the prepositional detector's.
SYNTACTIC_YEAR: re.Pattern[str] = re.compile(r"(?<![\w$€£¥#.,/:-])(?:19|20)\d\d(?![\w%/:-]|[.,]\d)")
# Entity labels a year's number may carry: a count's, or none.
SYNTACTIC_YEAR_LABELS: frozenset[str] = frozenset({"", "CARDINAL"})
# Singular nouns a number before them counts or measures, not dates: units, currencies,
# clock zones ("1900 GMT"), collectives ("2000 staff"), street words ("2000 Main Street"),
# measure compounds ("a 2000 word essay", "a 2000 seat arena", "a 2000 year history") and
# amounts ("a 2000 majority"). A year before a singular noun is its only reading otherwise:
# a count needs a plural ("the 2019 report" is no count of reports).
COUNTED_SINGULAR: frozenset[str] = frozenset(
    {
        "km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "cm", "mm", "kg", "g",
        "lb", "lbs", "ton", "tonne", "t", "mw", "kw", "kwh", "gw",
        "gwh", "mph", "kph", "ft", "foot", "sq", "square", "acre", "hectare", "ha", "cc", "hp",
        "bhp", "rpm", "mb", "gb", "tb", "kb", "mhz", "ghz", "dpi",
        "calorie", "kcal", "mg", "ml", "l", "litre", "liter", "gallon", "barrel", "bpd",
        "percent", "per", "pc", "pct", "cent", "yard", "inch",
        "dollar", "euro", "yen", "yuan", "renminbi", "rupee", "rouble", "ruble", "won", "peso",
        "pound", "franc", "krona", "krone", "baht",
        "rand", "ringgit", "shekel", "dinar", "riyal", "dirham", "lira", "naira",
        "shilling", "usd", "eur", "gbp", "jpy", "cny", "inr",
        "btc", "bitcoin", "point",
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "hrs",
        "hour", "local",
        "staff", "personnel", "police", "crew", "cattle", "livestock", "head", "infantry",
        "militia", "army", "force", "workforce",
        "strong", "member", "man", "woman", "people",
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane",
        "ln", "way", "place", "pl", "court", "ct",
        "highway", "hwy", "parkway", "pkwy", "circle", "plaza", "terrace", "suite", "ste",
        "block", "building", "floor", "room", "apt",
        "apartment", "box", "unit",
        "word", "page", "seat", "bed", "year", "day", "week", "month", "minute",
        "piece", "character",
        "majority", "margin", "lead", "deficit", "surplus", "shortfall", "total", "tally", "toll",
        "capacity", "crowd",
        "attendance", "audience", "turnout", "population", "score", "vote", "increase", "rise",
        "drop", "decline",
        "gain", "loss", "jump",
    }
)  # fmt: skip
# Plural nouns a year leads ("2025 HR trends", "upcoming 2025 tours", "2019 levels") and
# that are not counted in thousands; before any other plural a number is as likely a count
# ("2025 people", "1990 votes", "2000 soldiers"), and left alone.
YEAR_LED_PLURALS: frozenset[str] = frozenset(
    {
        "trends", "rates", "taxes", "brackets", "tours", "elections", "earnings", "forecasts",
        "predictions",
        "guidelines", "rankings", "standings", "playoffs", "finals", "budgets", "deadlines",
        "olympics", "championships",
        "midterms", "primaries", "figures", "sales", "prices", "levels", "highs", "lows",
        "estimates", "projections",
    }
)  # fmt: skip
# Plural nouns news counts in thousands: a year-shaped number leading one is its count
# ("deployed 2000 troops", "won by 1990 votes", "1500 people fled"), however spaCy tags it.
COUNTED_PLURALS: frozenset[str] = frozenset(
    {
        "troops", "soldiers", "servicemen", "marines", "sailors", "policemen", "officers",
        "people", "persons", "men", "women", "children", "civilians", "residents", "villagers",
        "families", "refugees", "migrants", "prisoners", "detainees", "hostages", "deaths",
        "casualties", "victims", "fighters", "rebels", "militants", "guerrillas", "insurgents",
        "militiamen", "protesters", "protestors", "demonstrators", "students", "workers",
        "employees", "jobs", "delegates", "members", "supporters", "volunteers", "observers",
        "monitors", "peacekeepers", "inspectors", "votes", "ballots", "signatures", "arrests",
        "homes", "houses", "tonnes", "tons", "barrels", "vehicles", "tanks", "trucks", "rockets",
        "missiles", "shells", "bombs", "mines", "rifles", "weapons", "guns", "passengers",
        "pilgrims", "tourists", "visitors", "spectators", "fans", "participants", "patients",
        "cases", "acres", "hectares", "miles", "kilometres", "kilometers", "feet", "metres",
        "meters", "words", "pages", "seats", "beds",
    }
)  # fmt: skip
# The words right after a number that make it a count or a measure ("2000 strong", "a 2000
# square foot home", "2000 odd").
COUNT_FOLLOWERS: frozenset[str] = frozenset(
    {
        "strong", "odd", "more", "plus", "extra", "additional", "other", "square", "cubic", "or",
        "new",
    }
)  # fmt: skip
# The joining words of a range whose far end a year can be ("from 2018 to 2022", "between
# 2007 and 2009"), and the word its near end follows for each.
RANGE_FAR_JOINS: dict[str, tuple[str, ...]] = {
    "to": ("from",),
    "through": ("from",),
    "until": ("from",),
    "till": ("from",),
    "and": ("between",),
}
