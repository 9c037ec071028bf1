"""HTML extraction: metadata, post-cleaning and empty pages, on small hand-written pages
(fictional outlets and people) in tests/data/html/."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from faultline.document import Author, Removed
from faultline.extract import html_patterns as pat
from faultline.extract.html import (
    Block,
    _date_of,
    _thin,
    adds_article_text,
    clutter_kind,
    dateline,
    extract_html,
    normalise_datetime,
    parse_byline,
    parse_html,
    post_clean,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "html"


def _page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_json_ld_metadata_with_zone_and_author_role() -> None:
    article = extract_html(_page("jsonld_article.html"))
    assert article.headline == "Harbour talks stall over fishing quotas"
    assert article.outlet == "The Northfield Courier"
    assert article.url == "https://courier.example/news/harbour-talks-stall"
    assert article.published == "2008-08-28T17:03:00+01:00"
    assert article.authors == [Author(name="Marta Ellison", role="Diplomatic Editor")]
    assert article.language == "en"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Negotiators from the two coastal provinces")
    assert "Home" not in article.body


def test_container_meta_wins_over_the_page() -> None:
    meta = {"url": "https://mirror.example/x", "headline": "Given", "outlet": "Wire"}
    article = extract_html(_page("jsonld_article.html"), meta=meta)
    assert (article.url, article.headline, article.outlet) == (
        "https://mirror.example/x",
        "Given",
        "Wire",
    )


def test_post_cleaning_reports_each_removed_block() -> None:
    article = extract_html(_page("clutter_between_paragraphs.html"))
    assert article.removed == [
        Removed("Read more:", "related"),
        Removed(
            "Sign up for our free daily newsletter to get the top stories delivered to your inbox.",
            "newsletter",
        ),
        Removed(
            "Your support makes all the difference. Donate today to keep local journalism free"
            " for everyone.",
            "donation_appeal",
        ),
    ]
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 4
    assert not any(word in article.body for word in ("newsletter", "Donate", "Read more"))
    assert "Ferry timetable" not in article.body
    assert article.published == "2019-11-19T08:30:00-05:00"
    assert article.authors == [Author(name="Ruth Abernethy")]
    assert article.outlet == "Valemouth Gazette"


def test_byline_in_markup_skips_comment_authors_and_the_date_inside_it() -> None:
    # no JSON-LD or meta author: the byline element is read, not the commenter's name
    # (inside a comment list), and not the weekday of the <time> inside the byline
    article = extract_html(_page("byline_in_markup.html"))
    assert article.authors == [Author(name="Ana Ferreira")]


def test_thin_measures_visible_body_text_only() -> None:
    # about 500 visible characters in the body; a script, a style, a template and a head
    # title (1,900 characters more) do not count, and a whitespace run counts as one space
    visible = "<p>" + "x" * 250 + "</p>\n   \n<div>" + "y" * 250 + "</div>"
    hidden = (
        "<script>" + "var a = 1;" * 100 + "</script><style>" + "p{}" * 100 + "</style>"
        "<noscript><p>" + "n" * 300 + "</p></noscript><template>" + "t" * 300 + "</template>"
    )
    page = f"<html><head><title>{'h' * 300}</title></head><body>{visible}{hidden}</body></html>"
    tree = load_html(page)
    assert tree is not None
    share = pat.FAST_MIN_PAGE_SHARE
    assert _thin(int(share * 500) - 5, tree)
    assert not _thin(int(share * 500) + 5, tree)


_FAST = [Block("Tide tables for the harbour are published each Monday by the master.", "p")]


def test_full_result_that_adds_distinct_prose_adds_article_text() -> None:
    full = _FAST + [
        Block("Dredging of the north channel begins in May and lasts six weeks.", "p"),
        Block("Fishing boats will moor at the east quay while the work goes on.", "p"),
    ]
    assert adds_article_text(_FAST, full)


@pytest.mark.parametrize(
    "added",
    [
        # the same notice once per country
        [
            f"Free standard shipping on orders of {n} or more, see our delivery page."
            for n in ("$40", "€65", "£50", "480kr")
        ],
        # teaser fragments between repeated separators
        ["10 things to know today", "-", "-", "Harbour", "-", "Weather"],
        # a spec card per product, its labels repeated on lines of their own
        ["Measured top speed", "32 km/h", "Measured range", "48 km"]
        + ["Measured top speed", "25 km/h", "Measured range", "40 km"],
    ],
)
def test_full_result_that_adds_repeats_adds_no_article_text(added: list[str]) -> None:
    assert not adds_article_text(_FAST, _FAST + [Block(text, "p") for text in added])


def test_full_result_that_adds_distinct_short_lines_adds_article_text() -> None:
    # a checklist the fast rules dropped: short lines, none repeating, are taken
    steps = ["Check the tide table", "Book a berth", "Pay the harbour dues", "Moor at the quay"]
    assert adds_article_text(_FAST, _FAST + [Block(text, "p") for text in steps])


def test_full_result_no_longer_than_the_fast_one_adds_no_article_text() -> None:
    shorter = [Block("Tide tables are published each Monday by the harbour master.", "p")]
    assert not adds_article_text(_FAST, shorter)
    assert not adds_article_text(_FAST, list(_FAST))


def test_page_without_article_text_has_empty_body() -> None:
    article = extract_html(_page("no_article.html"))
    assert article.body == ""


@pytest.mark.parametrize(
    "html",
    [
        *(path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.html"))),
        "<p>a lone fragment</p>",
        "<div><p>two</p><p>blocks</p></div>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
        "<!DOCTYPE html/>\n<html><body><p>a\x01b, a control character</p></body></html>",
        "<html/>\n<body><p>self-closing root</p></body>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/x.dtd"/>\n'
        "<html><body><p>a doctype with a slash</p></body></html>",
        "plain text, no markup",
    ],
)
def test_parse_html_builds_the_tree_trafilatura_builds(html: str) -> None:
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None and theirs is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)


def test_empty_input_has_empty_body() -> None:
    assert extract_html("").body == ""
    assert extract_html("   ", meta={"headline": "Kept"}).headline == "Kept"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe, Diplomatic Editor", [Author("Jane Roe", "Diplomatic Editor")]),
        ("By Jane Roe and Joe Bloggs", [Author("Jane Roe"), Author("Joe Bloggs")]),
        ("Jane Roe, Joe Bloggs", [Author("Jane Roe"), Author("Joe Bloggs")]),
        ("Written by Jane Roe Updated Feb 27, 2025", [Author("Jane Roe")]),
        ("https://example.org/staff/jane", []),
    ],
)
def test_parse_byline(text: str, expected: list[Author]) -> None:
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2008-08-28T17:03:00+0100", "2008-08-28T17:03:00+01:00"),
        ("2008-08-28T17:03:00Z", "2008-08-28T17:03:00+00:00"),
        ("2008-08-28T09:05", "2008-08-28T09:05:00"),
        ("2008-08-28", "2008-08-28"),
        ("28 August 2008", None),
        ("2008-13-01", None),
    ],
)
def test_normalise_datetime(value: str, expected: str | None) -> None:
    assert normalise_datetime(value) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We use cookies to improve your browsing experience. Accept all.", "cookie"),
        ("Join the conversation", "comments"),
        ("Follow us on Twitter", "notification"),
        ("© 2019 Valemouth Gazette. All rights reserved.", "copyright"),
        ("This article is more than 5 years old", "archive_note"),
        ("Sign in to your account", "account"),
        ("Skip to main content", "navigation"),
        ("Photo: Priya Castellan / Valemouth Gazette", "caption"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "legal"),
        ("Gazette writers Ana Ferreira and Pat Quill contributed to this report.", "credit"),
        ("Ruth Abernethy contributed reporting from Orrin Bay.", "credit"),
        ("(Reporting by Ana Ferreira; Editing by Pat Quill)", "credit"),
        ("VG-EU--Harbour-Budget, 2nd Ld-Writethru", "wire_slug"),
        ("| The north pier at low tide. (credit: Valemouth Gazette/Jo Roe) |", "caption"),
        ("Click To Tweet", "navigation"),
        ("Table of Contents", "navigation"),
        ("In this article:", "navigation"),
        ("Written by", "credit"),
        ("Note: we are temporarily moderating all comments to deal with spam.", "comments"),
        ("Read our Comment Policy before posting.", "comments"),
        ("Medically reviewed by:", "credit"),
        ("ana.ferreira@gazette.example twitter.com/anaferreira", "credit"),
        ("@anaferreira | https://gazette.example/staff/ana-ferreira", "credit"),
        ("16 min read", "navigation"),
        ("3 MIN. READ", "navigation"),
        ("Home", "navigation"),
        ("Thank you! Your submission has been received!", "navigation"),
        ("Oops! Something went wrong while submitting the form.", "navigation"),
    ],
)
def test_clutter_kinds(text: str, kind: str) -> None:
    assert clutter_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The home secretary read the statement in 16 minutes.",
        "Thank you for your message, the harbour master told reporters.",
        "Home is where the harbour is, she said.",
        "Read the 5 min guide below before you book a berth.",
    ],
)
def test_sentences_like_reading_times_form_notices_or_breadcrumbs_are_kept(text: str) -> None:
    assert clutter_kind(text) is None


def test_long_paragraph_is_never_clutter() -> None:
    text = "The council said its newsletter " + "and the budget " * pat.CLUTTER_MAX_WORDS
    assert clutter_kind(text) is None


def test_news_sentence_mentioning_donations_is_kept() -> None:
    assert clutter_kind("The minister said the donation would be returned on Monday.") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Join Our Harbour Newsletter", "newsletter"),
        ("NEWSLETTER", "newsletter"),
        ("Click here to subscribe to The Valemouth Briefing newsletter", "newsletter"),
        ("Was this forwarded to you? Sign up to get it in your inbox.", "newsletter"),
        ("Donate today", "donation_appeal"),
        ("Make a donation", "donation_appeal"),
        # mentions, not prompts
        ("My newsletter has grown to 1,200 readers since March.", None),
        ("Follow relevant news sources and subscribe to industry newsletters.", None),
        ("Monday newsletters always feature the week's tide tables.", None),
        ("You may want to donate tinned food through the harbour food bank.", None),
        ("Donate the less healthy snacks to a food bank.", None),
    ],
)
def test_prompts_are_clutter_and_mentions_are_not(text: str, kind: str | None) -> None:
    assert clutter_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "In this article, the harbour master explains the new dues.",
        "Contents of the ferry's hold were unloaded on Monday.",
        "Written by the harbour master in 1921, the charter still stands.",
        "The council said comments on the plan would be read before the vote.",
    ],
)
def test_sentences_opening_like_a_contents_heading_or_a_byline_label_are_kept(text: str) -> None:
    assert clutter_kind(text) is None


@pytest.mark.parametrize(
    "text",
    ["Node.js", "Write to ana.ferreira@gazette.example with your tide photos.", "gazette.example"],
)
def test_a_name_with_a_dot_or_a_sentence_with_an_address_is_no_contact_line(text: str) -> None:
    assert clutter_kind(text) is None


def test_share_button_label_glued_to_a_paragraph_is_cut_off_and_reported() -> None:
    kept, removed = post_clean(
        [
            Block("Every harbour exists in the 'tide-time continuum.'Click To Tweet", "p"),
            Block("Tides rise twice a day, the harbour master said.", "p"),
        ],
        outlet=None,
    )
    assert kept == [
        "Every harbour exists in the 'tide-time continuum.'",
        "Tides rise twice a day, the harbour master said.",
    ]
    assert removed == [Removed("Click To Tweet", "navigation")]


def test_a_heading_that_ends_the_body_heads_nothing_and_is_removed() -> None:
    kept, removed = post_clean(
        [
            Block("Harbour dues", "head"),
            Block("Dues rise in May, the harbour master said.", "p"),
            Block("Something to Consider", "head"),
        ],
        outlet=None,
    )
    assert kept == ["Harbour dues", "Dues rise in May, the harbour master said."]
    assert removed == [Removed("Something to Consider", "navigation")]


_HARBOUR = [
    f"The harbour master said the {part} would be finished before the spring tides came in."
    for part in ("dredging", "quay wall", "slipway", "fuel dock", "ferry ramp", "breakwater")
]


def test_second_copy_of_the_article_is_removed_as_duplicate() -> None:
    article = [_HARBOUR[0], "Harbour works", *_HARBOUR[1:]]
    copy = article[: pat.REPEATED_RUN + 1]  # its heading goes with it, inside the run
    blocks = [Block(t, "p") for t in [*article, "Harbour news", *copy]]
    kept, removed = post_clean(blocks, outlet=None)
    assert kept == [*article, "Harbour news"]
    assert removed == [Removed(t, "duplicate") for t in copy]


def test_a_few_repeated_paragraphs_are_kept() -> None:
    warm_up = "Warm up for ten minutes with easy jogging before the main set begins."
    plan = [warm_up, _HARBOUR[0], warm_up, _HARBOUR[1], warm_up, *_HARBOUR[2 : pat.REPEATED_RUN]]
    kept, removed = post_clean([Block(t, "p") for t in plan], outlet=None)
    assert kept == plan
    assert removed == []


def _clean(*blocks: tuple[str, str]) -> list[str]:
    return post_clean([Block(text, tag) for text, tag in blocks], outlet=None)[0]


_BRIDGE = [
    "The old river bridge in Valemouth will stay closed to traffic until the end of December,"
    " the county engineer said on Tuesday, after inspectors found corrosion in its supports.",
    "Commuters have been using a ferry and a temporary footbridge since the bridge was shut in"
    " October, and shop owners on the east bank say their takings have fallen by a third.",
    "The county engineer, Priya Castellan, said the repairs would cost about two million pounds"
    " and that the work would be done at night to limit disruption for people near the river.",
]
_SUMMARY = "Inspectors found corrosion in two supports, and the repairs will take until December."


def _bridge_page(top: str, middle: str, end: str = "") -> str:
    """A small article page with the description _SUMMARY; `top` goes under the headline,
    `middle` between the first two paragraphs, `end` after the last."""
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Bridge closure - Valemouth Gazette</title>'
        f'<meta property="og:description" content="{_SUMMARY}"></head><body><article>'
        f"<h1>Bridge closure extended by a month</h1>{top}<p>{_BRIDGE[0]}</p>{middle}"
        f"<p>{_BRIDGE[1]}</p><p>{_BRIDGE[2]}</p>{end}</article></body></html>"
    )


def test_a_heading_under_the_headline_that_is_the_description_is_a_standfirst() -> None:
    article = extract_html(_bridge_page(f"<h2>{_SUMMARY}</h2>", ""))
    assert article.body.split("\n\n") == _BRIDGE
    assert article.removed == [Removed(_SUMMARY, "standfirst")]


def test_a_first_paragraph_that_is_the_description_is_kept() -> None:
    # the description is most often copied from the lede: as a paragraph it stays
    article = extract_html(_bridge_page(f"<p>{_SUMMARY}</p>", ""))
    assert article.body.split("\n\n") == [_SUMMARY, *_BRIDGE]
    assert article.removed == []


def test_a_paragraph_in_capitals_that_is_only_a_link_is_related() -> None:
    teaser = '<p><strong><a href="/feud">A LONG HISTORY OF THE FERRY FEUD</a></strong></p>'
    article = extract_html(_bridge_page("", teaser))
    assert article.body.split("\n\n") == _BRIDGE
    assert article.removed == [Removed("A LONG HISTORY OF THE FERRY FEUD", "related")]


@pytest.mark.parametrize(
    "middle",
    [
        # capitals but no link
        "<p><strong>A LONG HISTORY OF THE FERRY FEUD</strong></p>",
        # a link in capitals inside a longer paragraph
        '<p>Her letter, <a href="/l">A LONG HISTORY OF THE FERRY FEUD</a>, was read out.</p>',
    ],
)
def test_capitals_without_a_link_or_a_link_inside_a_sentence_are_kept(middle: str) -> None:
    article = extract_html(_bridge_page("", middle))
    assert len(article.body.split("\n\n")) == 4
    assert article.removed == []


# long enough for trafilatura to keep them (it drops shorter lines that are only links)
_TEASERS = [
    "Ferry timetable changes for the winter: what the new crossings mean for commuters [Video]",
    "Harbour dues rise in May as the council votes for a new budget for the quays [Video]",
]


def test_a_body_that_ends_with_links_only_ends_with_related_links() -> None:
    end = "".join(f'<p><a href="/{n}">{text}</a></p>' for n, text in enumerate(_TEASERS))
    article = extract_html(_bridge_page("", "", end))
    assert article.body.split("\n\n") == _BRIDGE
    assert article.removed == [Removed(text, "related") for text in _TEASERS]


@pytest.mark.parametrize(
    "end",
    [
        # one link alone
        f'<p><a href="/0">{_TEASERS[0]}</a></p>',
        # short lines, but not links
        "".join(f"<p>{text}</p>" for text in _TEASERS),
        # links inside lines that hold more
        "".join(f'<p>Watch: <a href="/{n}">{text}</a></p>' for n, text in enumerate(_TEASERS)),
    ],
)
def test_a_body_that_ends_with_one_link_or_with_lines_that_hold_more_keeps_them(end: str) -> None:
    article = extract_html(_bridge_page("", "", end))
    assert len(article.body.split("\n\n")) > len(_BRIDGE)
    assert not any(r.kind == "related" for r in article.removed)


def test_related_heading_opens_a_link_list_that_a_heading_ends() -> None:
    kept = _clean(
        ("More from the Gazette:", "p"),
        ("Ferry timetable changes for winter", "item"),
        ("Harbour budget passes after long debate", "item"),
        ("What happens next", "head"),
        ("The council will vote again in March on the dredging contract.", "p"),
    )
    assert kept == [
        "What happens next",
        "The council will vote again in March on the dredging contract.",
    ]


def test_one_related_link_does_not_open_a_list_and_a_pointer_sentence_is_kept() -> None:
    kept = _clean(
        ("See also: Ferry timetable changes for winter", "p"),
        ("Conclusion", "p"),
        ("Read more about how the dredging contract was awarded in our explainer.", "p"),
    )
    assert kept == [
        "Conclusion",
        "Read more about how the dredging contract was awarded in our explainer.",
    ]


def test_related_labels_in_other_languages_and_in_brackets() -> None:
    kept = _clean(
        ("Il consiglio ha approvato il piano del porto dopo un lungo dibattito.", "p"),
        ("Leggi anche", "p"),
        ("Lire aussi : Le port de Valemouth rouvre", "p"),
        ("(Read more: Ferry timetable changes for winter)", "p"),
        ("[Leggi anche su: Il piano del porto, le foto]", "p"),
        ("(The vote, held late on Tuesday, was close.)", "p"),
    )
    assert kept == [
        "Il consiglio ha approvato il piano del porto dopo un lungo dibattito.",
        "(The vote, held late on Tuesday, was close.)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The firm said it contributed to this report on harbour silt, published in May.",
        "Out-of-state buyers drove up prices, the agency said.",
        "US-EU trade talks resume on Monday, officials said.",
    ],
)
def test_news_sentences_like_credits_or_slugs_are_kept(text: str) -> None:
    assert clutter_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Published 18 November 2019",
        "August 23, 2018",
        "Last Updated : 20 January 2025",
        "Updated on Dec 18, 2025 10:39AM",
        "Dec 18, 2025 · 10 min read",
        "2025-12-18",
        # the label alone, its date an element the extraction dropped
        "Posted on",
        "Updated at",
        "Last updated:",
        # a numeric date and time under a label in another language and script
        "기사입력 :[ 2018-09-28 17:32 ]",
        "Stand: 2019.11.18",
    ],
)
def test_paragraph_that_is_only_a_date_is_a_date_stamp(text: str) -> None:
    assert clutter_kind(text) == "date"


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held on May 3, 2024.",
        "— Harbour Watch (@harbourwatch) November 4, 2019",
        "Date: 16-19 March 2026",
        "Posted by Valemouth Gazette on Tuesday, August 29, 2023",
        "Updated rules on harbour dues",
        "2018.04.05 ~ OPEN RUN",
        "| 1/1/2013 | +13.1% |",
    ],
)
def test_paragraph_with_a_date_and_more_is_kept(text: str) -> None:
    assert clutter_kind(text) is None


# ---------------------------------------------------------------- dateline and publication time

_PARA = (
    "<p>" + "The council met on Tuesday to discuss the harbour budget for next year. " * 3 + "</p>"
)


def _dated_page(head: str, dateline: str) -> str:
    return (
        f"<html><head>{head}</head><body><header>Saturday, March 14, 2026</header>"
        f"<article><h1>Harbour budget passes after long debate</h1>{dateline}"
        f"{_PARA * 3}</article></body></html>"
    )


_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour budget '
    'passes after long debate", "datePublished": "2021-08-12T19:35:44+00:00", '
    '"dateModified": "2025-02-22T22:13:14+00:00"}</script>'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jo Roe Last Updated: December 15th 2025 Too long", "2025-12-15"),
        ("16 December 2025 by Sam Doe", "2025-12-16"),
        ("Updated Sep. 5, 2024 Full bio", "2024-09-05"),
        ("Last Updated: 2025-02-22 By", "2025-02-22"),
        ("Posted on Feb 30, 2025", None),
        ("No date here, only 2025", None),
        ("By The Ledger editors 12.12.2025 Key takeaways", "2025-12-12"),
        ("Published 24.03.2025", "2025-03-24"),
        ("Posted 11.24.2025 by Jo Roe", "2025-11-24"),
        # 09.10.2024 is September 10 in the US and 9 October elsewhere: no date
        ("By Harbour Renovation 09.10.2024 In this article", None),
    ],
)
def test_dateline_patterns(text: str, expected: str | None) -> None:
    match = pat.DATELINE.search(text)
    assert (_date_of(match) if match else None) == expected


def test_visible_update_date_wins_over_disagreeing_json_ld() -> None:
    page = _dated_page(_LD, "<p>By Jo Roe · Last Updated: Feb 22, 2025</p>")
    # the declared modification time of the day the page shows keeps its clock and zone
    assert extract_html(page).published == "2025-02-22T22:13:14+00:00"


def test_dateline_of_the_json_ld_day_keeps_the_declared_time() -> None:
    page = _dated_page(_LD, "<p>August 12, 2021</p>")
    assert extract_html(page).published == "2021-08-12T19:35:44+00:00"


def test_open_graph_publication_time_wins_over_the_dateline() -> None:
    head = _LD + '<meta property="article:published_time" content="2021-08-12T19:35:44Z">'
    page = _dated_page(head, "<p>Updated on November 18, 2025</p>")
    assert extract_html(page).published == "2021-08-12T19:35:44+00:00"


def test_time_element_is_read_as_its_machine_date() -> None:
    page = _dated_page("", '<p><time datetime="2025-12-19">Friday</time></p>')
    assert extract_html(page).published == "2025-12-19"


def test_dates_before_the_headline_or_far_below_it_are_not_the_dateline() -> None:
    far = _PARA * 6 + "<p>Related: January 20, 2026</p>"
    assert dateline(_h1(_dated_page("", far))) is None


def test_date_in_the_headline_block_above_the_headline_is_the_dateline() -> None:
    page = (
        "<html><body><header>Saturday, March 14, 2026</header><article><div class='top'>"
        "<div><span>Last updated:</span> <span>Dec 12, 2025</span></div>"
        "<h1>Harbour budget passes after long debate</h1></div>"
        f"{_PARA * 3}</article></body></html>"
    )
    assert dateline(_h1(page)) == "2025-12-12"
    assert extract_html(page).published == "2025-12-12"


def test_first_date_above_the_headline_is_taken_and_the_site_header_is_not() -> None:
    above = (
        "<div><span>December 22, 2022</span> <span>Updated: January 2, 2026</span></div>"
        "<h1>Harbour budget passes after long debate</h1>"
    )
    page = f"<html><body><header>Saturday, March 14, 2026</header><article>{above}</article>"
    assert dateline(_h1(page + f"{_PARA}</body></html>")) == "2022-12-22"
    # the site header is outside the headline's block: a page whose block has no date has none
    bare = "<h1>Harbour budget passes after long debate</h1>"
    page = f"<html><body><header>Saturday, March 14, 2026</header><article>{bare}"
    assert dateline(_h1(page + f"{_PARA}</article></body></html>")) is None


def test_time_element_above_the_headline_with_a_long_fraction_is_read() -> None:
    above = '<small><time datetime="2023-10-12T19:38:01.0870000Z">10/12/2023 7:38 PM</time></small>'
    page = _dated_page("", "").replace("<h1>", above + "<h1>")
    assert extract_html(page).published == "2023-10-12"


def _h1(page: str) -> HtmlElement:
    tree = load_html(page)
    assert tree is not None
    return next(tree.iter("h1"))


def test_a_bare_year_in_the_text_is_no_publication_date() -> None:
    paragraphs = (
        "The treaty signed in 1995 still shapes the border between the two states, the "
        "foreign minister told reporters at the end of the talks in the capital. "
        "Diplomats said the commission would meet again before the harvest season.\n\n"
        "Officials on both sides said the river crossing would stay closed while the "
        "inspectors finished their work, and traders complained again about the cost."
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs.split("\n\n"))
    page = (
        "<html><head><title>Border treaty holds</title></head><body><article>"
        f"<h1>Border treaty holds</h1>{body}</article></body></html>"
    )
    article = extract_html(page)
    assert article.body.startswith("The treaty signed in 1995")
    assert article.published is None


_FILLER = " ".join(["The council met on Tuesday to discuss the harbour plan and its cost."] * 3)
_TWEET_PAGE = f"""<html><head><title>Harbour plan approved</title></head><body>
<div class="sidebar"><blockquote class="twitter-tweet"><p>Our feed post about nothing in
particular today</p>— Gazette (@gazette) May 1, 2019</blockquote></div>
<article><h1>Harbour plan approved</h1>
<p>{_FILLER}</p>
<p>The mayor welcomed the vote and said the work would start in spring after the tender.</p>
<div class="article-widget embed-widget"><blockquote class="twitter-tweet"><p lang="en">A great
day for the harbour.<br>Work starts in spring.</p>— Jo Roe (@joroe)
<a href="https://twitter.com/joroe/status/1">May 2, 2019</a></blockquote></div>
<p>Opponents said they would appeal the decision to the regional court within a month.</p>
<p>{_FILLER}</p>
</article></body></html>"""


def test_a_tweet_between_paragraphs_is_put_back_where_it_stood() -> None:
    # trafilatura drops the widget box the quoted tweet sits in; the sidebar's tweet, with no
    # article paragraph on either side, stays out
    paragraphs = extract_html(_TWEET_PAGE).body.split("\n\n")
    assert paragraphs[2:4] == [
        "A great day for the harbour. Work starts in spring.",
        "— Jo Roe (@joroe) May 2, 2019",
    ]
    assert paragraphs[1].startswith("The mayor welcomed")
    assert paragraphs[4].startswith("Opponents said")
    assert not any("feed post" in p for p in paragraphs)


def test_an_itemprop_publication_date_dates_a_page_without_json_ld() -> None:
    # on an element that is no meta tag, as microdata marks up a visible date; the first
    # date shown after the headline (the dateline) is its day too
    page = (
        "<html><head><title>Ferry strike ends</title></head><body>"
        "<article><h1>Ferry strike ends</h1>"
        '<div class="meta"><span itemprop="datePublished" content="2024-03-08T18:05:00+01:00">'
        "8 March 2024</span></div>"
        "<p>Ferry crews on the northern routes returned to work on Friday after a strike"
        " that had stranded islanders for nine days.</p></article></body></html>"
    )
    assert extract_html(page).published == "2024-03-08T18:05:00+01:00"
