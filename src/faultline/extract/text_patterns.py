"""Word lists, patterns and thresholds for the plain-text capture extractor (`extract.text`).

Everything the line classifier knows about page clutter lives here, in one place, so that a
new kind of clutter is a data change and every entry can be exercised by a test
(tests/extract/test_text_patterns.py). Patterns are general cues (phrase shapes, imperative
openings, symbols), never sentences copied from a particular page.

All cue patterns are compiled case-insensitive and multi-line: `extract.text` turns the
points where a capture glued two page elements together into line breaks before matching,
so `^` anchors also match at the start of each glued piece.
"""

from __future__ import annotations

import re
from typing import Final

from faultline import datelines

_FLAGS: Final = re.IGNORECASE | re.MULTILINE


def _wordset(words: str) -> frozenset[str]:
    """A word list written as running text, to keep long lists readable."""
    return frozenset(words.split())


# --- thresholds -------------------------------------------------------------------------

PROSE_MIN_WORDS: Final = 8  # shorter lines are prose only inside the body span
PROSE_MIN_STOP_RATIO: Final = 0.2  # share of function words in running English text
PROSE_UNPUNCTUATED_WORDS: Final = 20  # this long, a line is prose without end punctuation
IMPERATIVE_MAX_WORDS: Final = 25  # a command to the reader is short
LINE_MIN_SCORE: Final = 1  # cue score that makes a line that is not prose clutter
# Cue score (plus one for the outlet's voice, one for its name) that makes a prose line
# clutter: news prose may mention "donations" or "cookies" once; clutter piles cues up.
PROSE_MIN_SCORE: Final = 3
APPEAL_MIN_SCORE: Final = 4  # outlet-voice score that makes a prose paragraph an appeal
HEADLINE_MIN_WORDS: Final = 3
HEADLINE_MAX_WORDS: Final = 25
DECK_MIN_WORDS: Final = 6  # a sentence between headline and body this long is a standfirst
WRAP_MIN_CHARS: Final = 50  # a line this long may be a hard-wrapped part of a paragraph
OUTLET_MIN_LINES: Final = 2  # an inferred outlet name must recur on this many lines
OUTLET_MAX_WORDS: Final = 6
NAME_LINE_MAX_WORDS: Final = 6  # a standalone name line (an outlet's masthead) is this short
# Clutter kinds whose lines name the outlet; captions, menus and related lists name others.
OUTLET_SOURCE_KINDS: Final = _wordset(
    """copyright legal archive_note notification donation_appeal newsletter cookie comments
    account"""
)
RELATED_ITEM_MIN_WORDS: Final = 3  # a title-like line under a "Related" header

# --- boilerplate cues ---------------------------------------------------------------------

# kind -> ((pattern, weight), ...). Kinds are listed in priority order: on equal scores the
# earlier kind wins. Weight 2 marks a cue that alone is near-certain.
KIND_CUES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "copyright": (
        (r"©", 2),
        (r"\(c\)\s*(?:19|20)\d\d", 2),
        (r"\bcopyright\s+(?:©\s*)?(?:19|20)\d\d", 2),
        (r"\ball rights reserved\b", 2),
        (r"^copyright\b", 2),
    ),
    "legal": (
        (r"\bterms (?:of|and) (?:use|service|conditions)\b", 2),
        (r"\bprivacy (?:policy|notice|statement)\b", 2),
        (r"^by (?:continuing|using this (?:site|website|service)|clicking|signing up)\b", 1),
        (r"\bconstitutes acceptance\b", 1),
        (r"\bmay not be (?:reproduced|republished|redistributed|copied)\b", 1),
        (r"\bprotected by copyright\b", 1),
    ),
    "archive_note": (
        (r"\bfrom (?:the|our) archives?\b", 2),
        (r"^this (?:article|story|page|piece) (?:is|was) (?:from|originally|more than)\b", 2),
        (r"\boriginally (?:published|appeared|ran)\b", 1),
        (r"\b(?:altered|updated|edited) (?:such|these|this|archived) (?:articles?|stories)\b", 1),
        (r"\bduring (?:the )?(?:transfer|migration)\b", 1),
        (r"\barchived?\b", 1),
    ),
    "notification": (
        (r"\bnotifications?\b", 2),
        (r"\b(?:breaking[- ]news|push|news) alerts?\b", 2),
        (r"\bbrowser (?:preferences|settings)\b", 1),
        (r"^stay (?:up to date|updated|informed|in the know)\b", 1),
        # "Alerts can be turned off at any time in your settings."
        (r"\balerts?\b.*\b(?:settings|preferences)\b", 2),
    ),
    "donation_appeal": (
        (r"\byour (?:support|donation|contribution|generosity|gift)\b", 2),
        (r"\bdonat(?:e|es|ed|ing|ion|ions)\b", 2),
        (
            r"\bsupport (?:us|our (?:work|journalism|reporting|newsroom)"
            r"|independent (?:journalism|reporting|news))\b",
            2,
        ),
        (
            r"\b(?:make|making|give|consider) a "
            r"(?:one-off |monthly |annual |small )?contribution\b",
            2,
        ),
        (r"\bbecome a (?:member|supporter|patron)\b", 2),
        (r"\bfrom (?:as little as|just) [$£€]\d", 2),
        (r"\b(?:reader|member)[- ](?:funded|supported)\b", 2),
        (r"\bpaywalls?\b", 1),
    ),
    "newsletter": (
        (r"\bnewsletters?\b", 2),
        (r"\b(?:delivered|straight|direct|sent) to your inbox\b", 2),
        (r"\b(?:morning|evening|daily|weekly) (?:briefing|digest|email)\b", 1),
        (r"\benter your email\b", 2),
        (r"\bunsubscribe\b", 1),
    ),
    "cookie": (
        (r"\bcookies?\b", 2),
        (r"^(?:accept|reject|allow) all\b", 2),
        (r"\bmanage (?:consent|your (?:choices|preferences)|cookie settings)\b", 1),
        (r"^(?:manage|cookie) (?:preferences|consent|settings|cookies)$", 2),
        (r"\b(?:tracking|similar) technologies\b", 1),
    ),
    "comments": (
        (r"^\d*\s*comments?$", 2),
        (r"\bcomment(?:ing|ers)\b", 2),
        (r"^(?:join|start|read) the (?:conversation|discussion|debate)\b", 2),
        (r"^join\b.*\b(?:conversations?|discussions?|debates?)\b", 1),
        (r"\b(?:leave|post|add|view|show|read|hide) (?:a |the |all )?comments?\b", 2),
        (r"\b(?:see|view|read) (?:their|all|the) replies\b", 1),
        (r"\bcommunity (?:guidelines|standards)\b", 1),
        # "Sign in or register to comment.", "Comments are open to registered readers."
        (
            r"\b(?:register|subscribe|sign in|log in)\b.*\bto comment\b"
            r"|\bcomments are (?:open|closed)\b",
            2,
        ),
    ),
    "account": (
        (r"^(?:sign|log) ?(?:in|on|out)\b", 2),
        (r"\blogged (?:in|out)\b|\bsigned (?:in|out)(?= as\b|[.!]|$)", 2),
        (r"\bcreate (?:a |an |your )?(?:free )?account\b", 2),
        (r"\b(?:already|don't|do not) have an account\b", 2),
        (r"^register\b", 1),
        (r"\bthank you for (?:registering|signing up|subscribing)\b", 2),
        (r"\bforgot(?:ten)? (?:your )?password\b", 2),
        (r"\brefresh (?:the|this|your) (?:page|browser)\b", 1),
        (r"^(?:my )?account$", 2),
    ),
    "related": (
        (
            r"^(?:related(?: articles| stories| coverage)?|more (?:from|on|about)|read more"
            r"|see also|recommended(?: for you)?|most (?:read|popular|viewed)"
            r"|you (?:may|might) also like|read next|further reading|top stories|trending)\b",
            2,
        ),
    ),
    "caption": (
        (r"\((?:photo|photograph|image|picture|credit)s?\s*:", 2),
        (r"^(?:photo|photograph|image|picture|file photo|pictured)s?\s*:", 2),
        (r"\b(?:photograph|photo|image)(?: credit)?\s*:\s*[A-Z]", 1),
        (r"/\s*(?:getty images|afp|reuters|ap|epa|pa|ap photo)\)?\s*$", 2),
        (r"\((?:afp|reuters|ap|epa|getty images|pa)\)\s*$", 2),
        (r"\bgetty images\b", 1),
    ),
    "navigation": (
        (
            r"^(?:home|menu|search|skip to (?:main )?content|back to top|sections?|close"
            r"|advertisement|ad|print|share|share this (?:article|story|page))$",
            2,
        ),
        (
            r"^(?:facebook|twitter|x|email|whatsapp|linkedin|print|copy link)"
            r"(?:[\s|·•/,]+(?:facebook|twitter|x|email|whatsapp|linkedin|print|copy link))+$",
            2,
        ),
        (r"^\w[\w ]{0,20}(?:\s[|»›>•·]\s\w[\w ]{0,20}){2,}$", 2),
        (r"^follow us\b", 2),
        (r"^follow\b.*\b(?:on|via) (?:social media|facebook|twitter|instagram)\b", 2),
    ),
}

# A short line opening with one of these verbs, used as a command to the reader, is clutter
# of the given kind even when no other cue names it ("Join …", "Sign in …").
IMPERATIVE_KINDS: Final[dict[str, str]] = {
    "join": "comments",
    "sign": "account",
    "log": "account",
    "register": "account",
    "create": "account",
    "please": "account",
    "subscribe": "newsletter",
    "support": "donation_appeal",
    "donate": "donation_appeal",
    "enable": "notification",
    "allow": "notification",
    "turn": "notification",
    "accept": "cookie",
    "share": "navigation",
    "follow": "navigation",
    "download": "navigation",
    "click": "navigation",
    "tap": "navigation",
    "listen": "navigation",
    "watch": "navigation",
}
# What must follow the verb for it to read as a command: "Share this", not "Share prices".
IMPERATIVE: Final = re.compile(
    r"^(" + "|".join(IMPERATIVE_KINDS) + r")\b(?:\s+(?:up|in|on|out|now|here|today|us|our"
    r"|the|this|your|a|an|to|for|with|other)\b|\s*$)",
    _FLAGS,
)

# Lines that only join two clutter lines ("Sign in" / "or" / "Create an account").
CONNECTOR_LINE: Final = re.compile(r"^(?:or|and|[|·•/&-]+)$", re.IGNORECASE)

# --- voice: how the outlet talks to its readers -----------------------------------------

FIRST_PLURAL: Final = re.compile(r"\b(?:we|us|our|ours|ourselves)\b", re.IGNORECASE)
SECOND_PERSON: Final = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
# Words an outlet uses when it talks about its own journalism and funding.
APPEAL_LEXICON: Final = re.compile(
    r"\b(?:journalism|journalists|reporters|newsroom|paywalls?|donations?|subscriptions?"
    r"|readers|supporters|fact-checked|independent reporting)\b",
    re.IGNORECASE,
)
# The outlet as the subject of a sentence about itself ("<Outlet> is trusted by …"); the
# outlet's name is substituted for {outlet}.
OUTLET_SUBJECT: Final = (
    r"(?:^|[.,;:]\s+){outlet}\s+(?:is|was|has|will|relies|needs|believes|remains|exists)\b"
)
# Quoted speech is the sources' voice, not the outlet's: dropped before counting pronouns.
QUOTED: Final = re.compile(r"“[^”]*”?|\"[^\"]*\"?")

# --- prose -----------------------------------------------------------------------------

STOPWORDS: Final = _wordset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our out over own
    said same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who
    whom why will with would you your"""
)
WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
# A sentence ends in . ! ? or … , possibly followed by closing quotes or brackets.
SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’)\]]*$")
# Points where a capture glued two page elements together: "…to keep readingSubscribe now".
GLUE: Final = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
WHITESPACE: Final = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
BLANK_LINES: Final = re.compile(r"\n[ \t\u00a0]*\n")

# --- dateline ----------------------------------------------------------------------------

# "GENEVA — …", "KYIV, Ukraine – …", "LAGOS (Example Wire) - …", "MOSCOW, Aug 28 (Reuters)
# - …": an ALL-CAPS place (optionally ", Region"), an optional day and agency, then a dash;
# one pattern with the events stage, which leaves datelines out of an act's parties.
DATELINE: Final = datelines.DATELINE

# --- bylines -----------------------------------------------------------------------------

# The last word of a job title that appears in bylines.
ROLE_NOUNS: Final = _wordset(
    """editor correspondent reporter writer columnist contributor analyst producer
    journalist photographer chief critic commentator staff desk"""
)
NAME_PARTICLES: Final = _wordset("de del della da di du van von der den le la al bin ibn")
# One word of a person's name: "Maria", "O'Neill", "Al-Khatib", "J."
NAME_TOKEN: Final = re.compile(r"^(?:[A-Z][a-zà-öø-ÿ]*(?:['’-][A-Z]?[a-zà-öø-ÿ]+)*|[A-Z]\.)$")
BYLINE_BY: Final = re.compile(r"^by\s+(?P<rest>.+)$", re.IGNORECASE)
BYLINE_IN_PLACE: Final = re.compile(r"^(?P<names>.+?)\s+in\s+(?P<place>[A-Z][\w .'-]{1,40})$")
AUTHOR_SPLIT: Final = re.compile(r"\s*(?:,|\band\b|&)\s*")
# Words that are capitalised in bylines but never part of a name.
NOT_NAME_WORDS: Final = _wordset(
    """The A An Our Staff Reporter Editor By And In Of For From Updated Published Comments
    Share Follow"""
)
# News agencies that sign a byline without a person's name ("By Reuters").
AGENCIES: Final = frozenset(
    {"Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "Bloomberg", "PA"}
)
# Separators that put a byline and a timestamp on one line ("By Jane Doe | 3 March 2009").
HEADER_SEPARATOR: Final = re.compile(r"\s+[|•·]\s+")

# --- timestamps --------------------------------------------------------------------------

MONTHS: Final[dict[str, int]] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_PATTERNS: Final = (
    # Thursday 28 August 2008 / 28 Aug. 2008
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    # Thursday, August 28, 2008 / Aug 28 2008
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # 2008-08-28 (the ISO time that may follow is read by TIME below)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=\b|T)"),
)
# 17:03, 5:03 pm, 5.03p.m., 17:03:20, T17:03:00; a bare "5pm" too.
TIME: Final = re.compile(
    r"(?:\b|(?<=\dT))(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\w/-])",
    re.IGNORECASE,
)
# Zone abbreviations with a fixed offset (ambiguous ones such as IST or ET are left out).
ZONES: Final[dict[str, str]] = {
    "UTC": "+00:00",
    "GMT": "+00:00",
    "Z": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "JST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
}
ZONE: Final = re.compile(
    r"\s*\(?(?:(?P<abbr>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b)?"
    r"\s*(?P<offset>[+-](?:[01]?\d)(?::?[0-5]\d)?)?\)?"
)
# Words a timestamp line may carry besides the date and time.
TIMESTAMP_FILLER: Final = re.compile(
    r"\b(?:published|posted|updated|last updated|last modified|modified|first published"
    r"|on|at|am|pm|a\.m|p\.m|t)\b|[\s,:;|•·()\-–—.]+",
    re.IGNORECASE,
)
UPDATED: Final = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)

# --- outlet names ------------------------------------------------------------------------

# A run of capitalised words, optionally led by "The" and joined by "of"/"and"/"&".
NAME_RUN: Final = re.compile(
    r"(?:\bThe\s+)?\b[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z][\w&'’-]*)*"
)
# A name right after "from" in a clutter line is the outlet's ("alerts from <Outlet>").
OUTLET_AFTER: Final = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# Corporate suffixes dropped from a publisher's name to get the outlet's ("… Company, LLC").
CORPORATE_SUFFIX: Final = re.compile(
    r"(?:(?:^|\s+)(?:Company|Co\.?|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|Group|Corporation|Corp\.?"
    r"|Holdings|Publishing|Newspapers?))+$"
)
# Capitalised words of page furniture that are never part of an outlet's name.
NOT_OUTLET_WORDS: Final = _wordset(
    """Terms Use Privacy Policy Cookie Cookies Notice Sign Log Create Account Comments
    Notifications Newsletter Newsletters Subscribe Register Home Menu Search Share Follow
    Thank Please Join Support Donate Read More Related Copyright Rights Reserved
    Photo Image Getty Images Updated Published Advertisement"""
)

# The cue table compiled once at import.
CUES: Final[dict[str, tuple[tuple[re.Pattern[str], int], ...]]] = {
    kind: tuple((re.compile(source, _FLAGS), weight) for source, weight in cues)
    for kind, cues in KIND_CUES.items()
}
