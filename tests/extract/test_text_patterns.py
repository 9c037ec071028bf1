"""Every entry of `extract.text_patterns` exercised: cues, word lists, thresholds, formats."""

from __future__ import annotations

import re

import pytest

from faultline.document import Author
from faultline.extract import text_patterns as pat
from faultline.extract.text import _name, _name_runs, _parse_timestamp, extract_text

BODY = (
    "Headline about a harbour dispute\n\n"
    "The harbour board met on Monday to discuss the dispute with the fishing cooperative.\n\n"
    "Both sides said they expected an agreement before the end of the month.\n\n"
)

# At least one example per cue pattern; each is clutter of its kind as a line by itself.
EXAMPLES: dict[str, list[str]] = {
    "copyright": [
        "© 2019 Example Media",
        "(c) 2019 Example Media",
        "Copyright 2019 Example Media",
        "All rights reserved",
        "Copyright Example Media",
    ],
    "legal": [
        "Terms of Service",
        "Privacy Policy",
        "By continuing you accept the rules",
        "Use of the site constitutes acceptance of the rules",
        "This material may not be reproduced",
        "Protected by copyright",
    ],
    "archive_note": [
        "From the archives",
        "This story was originally printed in 1998",
        "Originally published in print",
        "Nobody has altered these articles",
        "Formatting errors may have appeared during the transfer",
        "Archived page",
    ],
    "notification": [
        "Turn on notifications",
        "Get breaking news alerts",
        "Change this in your browser settings",
        "Stay in the know",
        "Alerts can be switched off in your settings",
    ],
    "donation_appeal": [
        "Your support matters",
        "Donate today",
        "Support our journalism",
        "Make a contribution",
        "Please consider a monthly contribution",
        "Support independent reporting",
        "Become a supporter",
        "Chip in from just $2",
        "Reader-funded since 1990",
        "No paywalls here",
    ],
    "newsletter": [
        "Our newsletters",
        "Delivered to your inbox",
        "The morning briefing",
        "Enter your email",
        "Unsubscribe at any time",
    ],
    "cookie": [
        "This site uses cookies",
        "Accept all",
        "Manage your preferences",
        "Tracking technologies we use",
        "Cookie settings",
    ],
    "comments": [
        "Comments",
        "Commenting is closed",
        "Join the conversation",
        "Join our lively debates",
        "Show comments",
        "See all replies",
        "Community standards",
        "Comments are open to subscribers",
    ],
    "account": [
        "Sign in",
        "You are logged in",
        "Create a free account",
        "Already have an account?",
        "Register for free",
        "Thank you for subscribing",
        "Forgot password?",
        "Refresh the page",
        "My account",
    ],
    "related": ["Related stories", "Most read", "You might also like"],
    "caption": [
        "Soldiers at the border (Photo: Jane Roe)",
        "Photo: Jane Roe",
        "Boats in the harbour, image: Jane Roe",
        "Soldiers at the border. Jane Roe/AFP",
        "Soldiers at the border (AFP)",
        "Courtesy of Getty Images",
    ],
    "navigation": [
        "Home",
        "Facebook Twitter Email",
        "News | Sport | Weather",
        "Follow us",
        "Follow the Daily Example on Twitter",
    ],
}


def test_examples_cover_every_cue() -> None:
    for kind, cues in pat.CUES.items():
        for cue, _weight in cues:
            assert any(cue.search(x) for x in EXAMPLES[kind]), f"{kind}: {cue.pattern}"


def test_cue_weights_and_kinds() -> None:
    assert set(pat.KIND_CUES) == set(EXAMPLES)
    assert all(w in (1, 2) for cues in pat.KIND_CUES.values() for _, w in cues)
    assert set(pat.KIND_CUES) >= pat.OUTLET_SOURCE_KINDS


@pytest.mark.parametrize(
    ("kind", "line"), [(k, x) for k, xs in EXAMPLES.items() for x in xs], ids=str
)
def test_example_line_is_removed_as_its_kind(kind: str, line: str) -> None:
    article = extract_text(BODY + line)
    assert [(r.text, r.kind) for r in article.removed] == [(line, kind)]
    assert line not in article.body


@pytest.mark.parametrize(("verb", "kind"), sorted(pat.IMPERATIVE_KINDS.items()))
def test_imperative_verbs(verb: str, kind: str) -> None:
    line = f"{verb.capitalize()} now"
    assert pat.IMPERATIVE.match(line)
    assert extract_text(BODY + line).removed[-1].kind == kind


@pytest.mark.parametrize("line", ["Share prices fall", "Support grows for the plan"])
def test_imperative_needs_a_command_shape(line: str) -> None:
    assert not pat.IMPERATIVE.match(line)


@pytest.mark.parametrize("line", ["or", "and", "|", "/", "·"])
def test_connector_lines(line: str) -> None:
    assert pat.CONNECTOR_LINE.match(line)
    article = extract_text(BODY + f"Sign in\n{line}\nCreate an account")
    assert [r.kind for r in article.removed] == ["account"] * 3


def test_voice_patterns() -> None:
    assert len(pat.FIRST_PLURAL.findall("We know our readers trust us; ours, ourselves")) == 5
    assert len(pat.SECOND_PERSON.findall("you, your and yours")) == 3
    found = pat.APPEAL_LEXICON.findall(
        "journalism journalists reporters newsroom paywall donations subscription readers"
        " supporters fact-checked independent reporting"
    )
    assert len(found) == 11
    subject = pat.OUTLET_SUBJECT.format(outlet=re.escape("The Daily Example"))
    assert re.search(subject, "For years, The Daily Example is where it happens")
    assert not re.search(subject, "He told The Daily Example on Monday")
    assert pat.QUOTED.sub("", 'He said “we will” and "we shall" today') == "He said  and  today"


def test_prose_lists_and_shapes() -> None:
    assert "the" in pat.STOPWORDS and all(w.islower() for w in pat.STOPWORDS)
    assert pat.WORD.findall("Russia’s 2008 well-known e-mail") == [
        "Russia’s",
        "well-known",
        "e-mail",
    ]
    for end in ("done.", "done?", "done!", "done…", 'done."', "done.”", "(done.)"):
        assert pat.SENTENCE_END.search(end)
    assert not pat.SENTENCE_END.search("Reuters)")
    assert pat.GLUE.sub("|", "to read moreSubscribe now") == "to read more|Subscribe now"
    assert pat.WHITESPACE.sub(" ", "a\u00a0 b\tc") == "a b c"
    assert len(pat.BLANK_LINES.split("a\n\nb\n \nc\n\u00a0\nd")) == 4


def test_thresholds_are_consistent() -> None:
    assert 0 < pat.PROSE_MIN_STOP_RATIO < 1
    assert pat.PROSE_MIN_WORDS < pat.PROSE_UNPUNCTUATED_WORDS <= pat.IMPERATIVE_MAX_WORDS
    assert pat.LINE_MIN_SCORE < pat.PROSE_MIN_SCORE
    assert pat.HEADLINE_MIN_WORDS < pat.DECK_MIN_WORDS < pat.HEADLINE_MAX_WORDS
    assert pat.APPEAL_MIN_SCORE > 0 and pat.WRAP_MIN_CHARS > 0
    assert pat.OUTLET_MIN_LINES >= 2 and pat.OUTLET_MAX_WORDS >= pat.NAME_LINE_MAX_WORDS
    assert pat.RELATED_ITEM_MIN_WORDS >= 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("UNITED NATIONS — Russia is", "UNITED NATIONS"),
        ("TBILISI, Georgia – The talks", "TBILISI, Georgia"),
        ("MOSCOW (Example Wire) - The talks", "MOSCOW"),
        ("ST. PETERSBURG -- The talks", "ST. PETERSBURG"),
        ("MOSCOW, Aug 28 (Reuters) - Russia warned", "MOSCOW"),  # a day before the agency
        ("PORT HARCOURT, Nigeria, Feb 23 (Reuters) - Gunmen", "PORT HARCOURT, Nigeria"),
    ],
)
def test_dateline(text: str, place: str) -> None:
    match = pat.DATELINE.match(text)
    assert match and match.group("place") == place


@pytest.mark.parametrize("text", ["NATO's plan — a view", "A — B", "Moscow — talks"])
def test_not_a_dateline(text: str) -> None:
    assert not pat.DATELINE.match(text)


def _byline(line: str) -> list[Author]:
    return extract_text(
        f"A headline about the harbour\n\n{line}\n\n" + BODY.split("\n\n", 1)[1]
    ).authors


@pytest.mark.parametrize("noun", sorted(pat.ROLE_NOUNS))
def test_role_nouns(noun: str) -> None:
    role = f"Senior {noun.capitalize()}"
    assert _byline(f"Jane Roe, {role}") == [Author("Jane Roe", role)]


@pytest.mark.parametrize("particle", sorted(pat.NAME_PARTICLES))
def test_name_particles(particle: str) -> None:
    assert _name(f"Anna {particle} Berg") == f"Anna {particle} Berg"
    assert _name(f"{particle} Berg") is None


@pytest.mark.parametrize("word", sorted(pat.NOT_NAME_WORDS))
def test_not_name_words(word: str) -> None:
    assert _name(f"{word} Smith") is None


@pytest.mark.parametrize("token", ["Anne", "O'Neill", "Al-Khatib", "J.", "Zoë"])
def test_name_token(token: str) -> None:
    assert pat.NAME_TOKEN.match(token)


@pytest.mark.parametrize("token", ["anne", "ANNE", "2008", "Smith,"])
def test_not_name_token(token: str) -> None:
    assert not pat.NAME_TOKEN.match(token)


@pytest.mark.parametrize("agency", sorted(pat.AGENCIES))
def test_agency_bylines(agency: str) -> None:
    assert _byline(f"By {agency}") == [Author(agency)]


def test_byline_forms() -> None:
    assert pat.BYLINE_BY.match("by Jane Roe")
    assert pat.BYLINE_IN_PLACE.match("Jane Roe in Kyiv")
    assert pat.AUTHOR_SPLIT.split("A B, C D and E F & G H") == ["A B", "C D", "E F", "G H"]
    assert pat.HEADER_SEPARATOR.split("By Jane Roe | 3 May 2009 • 10:00") == [
        "By Jane Roe",
        "3 May 2009",
        "10:00",
    ]
    assert _byline("Jane Roe") == []  # a bare single name is too weak to be a byline


@pytest.mark.parametrize(("month", "number"), sorted(pat.MONTHS.items()))
def test_months(month: str, number: int) -> None:
    assert _parse_timestamp(f"3 {month.capitalize()} 2009") == f"2009-{number:02d}-03"


@pytest.mark.parametrize(("zone", "offset"), sorted(pat.ZONES.items()))
def test_zones(zone: str, offset: str) -> None:
    assert _parse_timestamp(f"3 March 2009 10:05 {zone}") == f"2009-03-03T10:05:00{offset}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thursday 28 August 2008 17:03 BST", "2008-08-28T17:03:00+01:00"),
        ("Thu, Aug. 28, 2008, 5:03 p.m. EDT", "2008-08-28T17:03:00-04:00"),
        ("August 28, 2008 at 12:15 am", "2008-08-28T00:15:00"),
        ("28th August 2008 12pm", "2008-08-28T12:00:00"),
        ("17.03 GMT, 28 August 2008", "2008-08-28T17:03:00+00:00"),
        ("2008-08-28T17:03:00+01:00", "2008-08-28T17:03:00+01:00"),
        ("2008-08-28 17:03 UTC+3", "2008-08-28T17:03:00+03:00"),
        ("Published: 2008-08-28", "2008-08-28"),
        ("Last updated 28 Aug 2008 17:03:59 -0500", "2008-08-28T17:03:59-05:00"),
        ("Posted on Sept 1, 2008", "2008-09-01"),
    ],
)
def test_timestamp_forms(text: str, iso: str) -> None:
    assert _parse_timestamp(text) == iso


@pytest.mark.parametrize(
    "text",
    ["The talks began on 28 August 2008 in Geneva", "31 February 2008", "Comments", "17:03 BST"],
)
def test_not_timestamps(text: str) -> None:
    assert _parse_timestamp(text) is None


def test_timestamp_helpers() -> None:
    assert len(pat.DATE_PATTERNS) == 3
    assert pat.TIME.search("at 5.03pm").group("ampm") == "pm"  # type: ignore[union-attr]
    assert pat.ZONE.match(" (GMT+1)").group("offset") == "+1"  # type: ignore[union-attr]
    assert pat.TIMESTAMP_FILLER.sub("", "Published on | at, — (updated)") == ""
    assert pat.UPDATED.search("Last modified") and not pat.UPDATED.search("Published")


def test_outlet_name_patterns() -> None:
    assert pat.NAME_RUN.findall("from The Daily Example of Ashford today") == [
        "The Daily Example of Ashford"
    ]
    assert pat.OUTLET_AFTER.search("alerts from ")
    for suffix in (
        "Company",
        "Co.",
        "LLC",
        "Ltd",
        "Limited",
        "Inc.",
        "plc",
        "Group",
        "Corporation",
        "Corp.",
        "Holdings",
        "Publishing",
        "Newspapers",
    ):
        assert pat.CORPORATE_SUFFIX.sub("", f"The Example {suffix}") == "The Example"
    assert list(_name_runs("© 2010 The Example Company, LLC")) == [("The Example", False)]


@pytest.mark.parametrize("word", sorted(pat.NOT_OUTLET_WORDS))
def test_not_outlet_words(word: str) -> None:
    assert list(_name_runs(f"news from Example {word} today")) == []
