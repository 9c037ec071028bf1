"""Authors as pages name them: JSON-LD references, byline labels, roles and credentials
written beside the name."""

from __future__ import annotations

import json

import pytest

from faultline.document import Author
from faultline.extract.html import extract_html, parse_byline

_STORY = (
    "<p>Negotiators from the two coastal provinces left the harbour office on Thursday without"
    " an agreement on next year's fishing quotas, after eleven hours of talks.</p>"
    "<p>The provincial fisheries minister said his delegation had offered to cut its share of"
    " the autumn catch by a tenth, but that the offer had been rejected within minutes.</p>"
)


def _page(ld: object = None, byline: str = "") -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<html><head><title>Harbour talks stall</title>{script}</head><body><article>"
        f"<h1>Harbour talks stall over quotas</h1>{byline}{_STORY}</article></body></html>"
    )


def test_a_json_ld_author_given_by_reference_is_the_person_of_that_id() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://courier.example/#website", "name": "Courier"},
            {
                "@type": "Article",
                "headline": "Harbour talks stall over quotas",
                "author": {"@id": "https://courier.example/#/schema/person/1"},
            },
            {
                "@type": "Person",
                "@id": "https://courier.example/#/schema/person/1",
                "name": "Marta Ellison",
            },
        ],
    }
    assert extract_html(_page(graph)).authors == [Author("Marta Ellison")]


def test_a_reference_to_no_object_on_the_page_names_no_json_ld_author() -> None:
    ld = {"@type": "Article", "author": {"@id": "https://courier.example/#/schema/person/9"}}
    assert extract_html(_page(ld)).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Author: Ashley Ferreira", [Author("Ashley Ferreira")]),
        ("Article by: Ana Ferreira", [Author("Ana Ferreira")]),
        ("This post was written by Ana Ferreira", [Author("Ana Ferreira")]),
        ("Ruth Abernethy 7 min read", [Author("Ruth Abernethy")]),
        ("RA Ruth Abernethy Last updated on 17 December 2025", [Author("Ruth Abernethy")]),
        (
            "Ruth Abernethy - Gazette Editorial Team",
            [Author("Ruth Abernethy", "Gazette Editorial Team")],
        ),
        (
            "Ruth Abernethy Founder at Harbourside",
            [Author("Ruth Abernethy", "Founder at Harbourside")],
        ),
        (
            "Ruth Abernethy Head Winemaker, Co-Founder",
            [Author("Ruth Abernethy", "Head Winemaker, Co-Founder")],
        ),
        (
            "Ruth Abernethy Founder & Lead Reviewer",
            [Author("Ruth Abernethy", "Founder & Lead Reviewer")],
        ),
        ("Ruth Abernethy RN, BSN", [Author("Ruth Abernethy", "RN, BSN")]),
        (
            "Pat Quill, Home and Digital Security Expert",
            [Author("Pat Quill", "Home and Digital Security Expert")],
        ),
        ("Pat Quill, Community Development", [Author("Pat Quill", "Community Development")]),
        # names, and teams' names, that hold no role
        (
            "By Jane Roe and Professor Joe Bloggs",
            [Author("Jane Roe"), Author("Professor Joe Bloggs")],
        ),
        ("Marna van der Merwe", [Author("Marna van der Merwe")]),
        ("Valemouth Travel Expert", [Author("Valemouth Travel Expert")]),
        ("Gazette Connect Team", [Author("Gazette Connect Team")]),
        ("Gazette Staff Writer", [Author("Gazette Staff Writer")]),
    ],
)
def test_parse_byline_roles_and_labels(text: str, expected: list[Author]) -> None:
    assert parse_byline(text) == expected


def test_an_organisation_named_as_author_keeps_its_whole_name() -> None:
    ld = {
        "@type": "Article",
        "author": {"@type": "Organization", "name": "Centre for Ports and Research"},
    }
    assert extract_html(_page(ld)).authors == [Author("Centre for Ports and Research")]


def _bare_page(head: str = "", under_headline: str = "") -> str:
    return (
        f"<html><head><title>Harbour talks stall</title>{head}</head><body><article>"
        f"<h1>Harbour talks stall over quotas</h1>{under_headline}{_STORY}</article></body></html>"
    )


def test_the_author_of_a_twitter_card_label_is_read() -> None:
    head = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Ruth Abernethy">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="4 minutes">'
    )
    assert extract_html(_bare_page(head)).authors == [Author("Ruth Abernethy")]
    # the reading time is a label's data too, but not an author's
    reading = (
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="4 minutes">'
    )
    assert extract_html(_bare_page(reading)).authors == []


def test_a_byline_shown_under_the_headline_names_the_author() -> None:
    under = '<div class="meta">By <a href="/staff/aj">A. J. Neal</a> &sdot; Senior Analyst</div>'
    assert extract_html(_bare_page(under_headline=under)).authors == [Author("A. J. Neal")]
    under = '<div><span>Written by </span><a href="/ra">Ruth Abernethy</a></div>'
    assert extract_html(_bare_page(under_headline=under)).authors == [Author("Ruth Abernethy")]


def test_prose_under_the_headline_that_opens_with_by_names_no_one() -> None:
    under = "<p>By Monday the harbour office had closed, and the talks were written by hand.</p>"
    assert extract_html(_bare_page(under_headline=under)).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Read more about The Gazette Team", [Author("The Gazette Team")]),
        ("More from Ruth Abernethy", [Author("Ruth Abernethy")]),
        ("The Currency editors", [Author("The Currency editors")]),
        ("Ask the Doctors", [Author("Ask the Doctors")]),
        ("hackermondev", [Author("hackermondev")]),
        # a section's name or a page's furniture is no one
        ("Personal finance", []),
        ("Conditions Privacy Policy", []),
        ("NOC Admin", []),
    ],
)
def test_parse_byline_keeps_bylines_and_drops_sections_and_furniture(
    text: str, expected: list[Author]
) -> None:
    assert parse_byline(text) == expected


def test_a_json_ld_person_that_reads_as_a_phrase_is_no_author() -> None:
    ld = {
        "@type": "Article",
        "author": [
            {"@type": "Person", "name": "By Ruth Abernethy"},
            {"@type": "Person", "name": "Valemouth Garden Network on Facebook"},
        ],
    }
    assert extract_html(_page(ld)).authors == [Author("Ruth Abernethy")]
