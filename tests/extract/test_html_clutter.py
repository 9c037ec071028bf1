"""Page clutter that news pages leave among their paragraphs (faultline.extract.html
clutter_kind): labels, prompts and notices, each beside a news sentence that reads like it
and is kept."""

from __future__ import annotations

import pytest

from faultline.document import Removed
from faultline.extract import html_patterns as pat
from faultline.extract.html import (
    Block,
    clutter_kind,
    is_photo_credit,
    post_clean,
    trailing_dated_teasers,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Sponsored content", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Scroll to continue", "advertisement"),
        ("Listen to this article", "navigation"),
        ("Listen to this story 4 min", "navigation"),
        ("Watch the video", "navigation"),
        ("4 minute read time", "navigation"),
        ("min read", "navigation"),
        ("Subscribe to us", "account"),
        ("Sign up", "account"),
        ("This article is exclusive to Gazette+ subscribers", "account"),
        ("Get News & Updates Directly To Your Inbox", "newsletter"),
        ("Enjoyed this piece? We need your help to keep publishing.", "donation_appeal"),
        ("This post contains affiliate links. Click here to read my full disclosure.", "legal"),
        ("Also, this article contains sponsored content.", "legal"),
        ("Advertiser Disclosure", "legal"),
        ("Read our full Harbour Pilot 3 review", "related"),
        ("For a closer look at the ferry, read our in-depth guide.", "related"),
        ("Image used under license from Shutterstock", "caption"),
        ("Some images courtesy of the Valemouth Museum.", "caption"),
    ],
)
def test_clutter_kinds(text: str, kind: str) -> None:
    assert clutter_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The council's advertisement for a harbour master drew 40 applicants.",
        "Sponsored by the port authority, the regatta returns in May.",
        "Listen to the fishermen and you hear a different story, she said.",
        "Watch the tide tables before you sail, the coastguard warned.",
        "Sign up for the ferry lottery closed on Monday with 3,000 entries.",
        "Subscribers to the harbour fund will be repaid in full, the trustees said.",
        "We need your help, the mayor told volunteers at the flooded quay.",
        "The minister said his department would read our report in full.",
        "Images from the drone showed the breach in the sea wall.",
    ],
)
def test_news_sentences_like_those_labels_are_kept(text: str) -> None:
    assert clutter_kind(text) is None


def test_explore_more_opens_a_list_of_links() -> None:
    kept, removed = post_clean(
        [
            Block("The council will vote again in March on the dredging contract.", "p"),
            Block("Explore more", "p"),
            Block("Ferry timetable changes for winter", "p"),
            Block("More by this contributor", "p"),
        ],
        outlet=None,
    )
    assert kept == ["The council will vote again in March on the dredging contract."]
    assert removed == [
        Removed("Explore more", "related"),
        Removed("Ferry timetable changes for winter", "related"),
        Removed("More by this contributor", "related"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Would you like to receive notifications about new posts?", "notification"),
        (
            "Editor’s Note: This article also appeared in the May/June 2024 issue of the Gazette.",
            "archive_note",
        ),
        ("Icons by Jo Roe", "caption"),
        (
            "The views expressed by the authors of this blog are their own and do not"
            " necessarily reflect the views of the Gazette.",
            "legal",
        ),
        (
            "Disclaimer: This article is intended for educational and informational purposes"
            " only and is not a substitute for medical advice.",
            "legal",
        ),
        # a disclaimer about what the page lists is its text
        (
            "Disclaimer: The publishers listed here are provided for informational purposes only.",
            None,
        ),
        ("The views expressed at the harbour meeting were mixed, officials said.", None),
        ("Illustrations by local children hung in the ferry terminal until May.", None),
    ],
)
def test_notes_and_disclaimers(text: str, kind: str | None) -> None:
    assert clutter_kind(text) == kind


_STORY = [
    Block("The council will vote again in March on the dredging contract, officials said.", "p"),
    Block("The harbour master said the quay would reopen once the dredging was done.", "p"),
]


def test_a_recent_posts_list_of_dated_titles_ends_the_body_as_related() -> None:
    recent = [
        Block("Ferry timetable changes for the winter - December 8, 2025", "item"),
        Block("Harbour dues rise in May – 27 November 2025", "item"),
    ]
    assert trailing_dated_teasers([*_STORY, *recent]) == 2


def test_one_dated_title_or_dated_sentences_are_no_recent_posts_list() -> None:
    one = Block("Ferry timetable changes for the winter - December 8, 2025", "item")
    assert trailing_dated_teasers([*_STORY, one]) == 0
    sentences = [
        Block("The quay closed on December 8, 2025.", "p"),
        Block("It reopened on December 9, 2025.", "p"),
    ]
    assert trailing_dated_teasers([*_STORY, *sentences]) == 0


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Wei-An Jin for Valemouth Courier", True),
        ("Kristina Armitage/Valemouth Courier; sources (from left): the harbour archive", True),
        ("Jo Roe/Reuters", True),
        ("Jo Roe and Pat Quill/AP Photo", True),
        ("Jo Roe/Getty Images", True),
        # a sentence that starts the same way, a slash inside a name, the outlet alone
        ("Jo Roe for Valemouth Courier wrote about the ferry strike in May.", False),
        ("Apple/Approach", False),
        ("Valemouth Courier", False),
    ],
)
def test_a_picture_credit_names_the_outlet_or_an_agency(text: str, credit: bool) -> None:
    assert is_photo_credit(text, "valemouth courier") is credit


def test_a_picture_credit_between_paragraphs_is_a_caption() -> None:
    kept, removed = post_clean(
        [_STORY[0], Block("Samuel Velasco/Valemouth Courier", "p"), _STORY[1]],
        outlet="Valemouth Courier",
    )
    assert kept == [b.text for b in _STORY]
    assert removed == [Removed("Samuel Velasco/Valemouth Courier", "caption")]


def test_an_appeal_to_support_the_mission_opens_the_paragraph() -> None:
    appeal = "Support our mission to keep content open and free by joining the Courier community."
    assert clutter_kind(appeal) == "donation_appeal"
    news = "The mayor urged residents to support our mission to rebuild the quay, he said."
    assert clutter_kind(news) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Disclosure: some of my posts contain affiliate links. If you purchase through"
            " them I may receive a small commission.",
            "legal",
        ),
        ("Disclosure: This trip was sponsored by the Valemouth tourist board.", "legal"),
        # a disclosure about how the piece was made is the author's own text
        ("Disclosure: This article was written by a human, with an edit by a colleague.", None),
    ],
)
def test_a_disclosure_is_clutter_when_it_discloses_money(text: str, kind: str | None) -> None:
    assert clutter_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Copyright © 2025 Valemouth Courier. All Rights Reserved.", "copyright"),
        ("Copyright 2019 The Associated Press.", "copyright"),
        ("Copyright ⓒ Courier.example. 무단전재 및 재배포 금지", "copyright"),
        ("Copyright Policy", "copyright"),
        # a heading or a sentence that opens with the word
        ("Copyright Complexity in a Fragmented World", None),
        ("Copyright law protects the harbour's archive photographs, the council said.", None),
    ],
)
def test_copyright_notices_and_headings(text: str, kind: str | None) -> None:
    assert clutter_kind(text) == kind


def test_the_outlet_name_alone_is_removed_whatever_its_case_and_punctuation() -> None:
    blocks = [
        Block("The Straße Courier", "p"),
        Block("THE STRASSE COURIER –", "p"),
        Block("The Strasse Courier reported on Monday that the bridge would reopen in May.", "p"),
        Block("Straße Courier Weekly", "p"),
    ]
    kept, removed = post_clean(blocks, outlet="The Straße Courier")
    assert removed == [
        Removed("The Straße Courier", "outlet_name"),
        Removed("THE STRASSE COURIER –", "outlet_name"),
    ]
    assert kept == [
        "The Strasse Courier reported on Monday that the bridge would reopen in May.",
        "Straße Courier Weekly",
    ]


_LONG_APPEAL = (
    "The Review is a non-profit project kept alive by reader donations – no ads, no paywalls,"
    " just the generosity of our community. It’s a really exciting model, but we need your help"
    " to keep it thriving. Visit our support page to become a Friend and receive our themed"
    " postcard packs. Or give a one-off donation. Already a supporter? A huge thank you for"
    " making all this possible, and for every letter you have sent us this year."
)


def test_a_donation_appeal_longer_than_other_clutter_is_still_an_appeal() -> None:
    words = len(_LONG_APPEAL.split())
    assert pat.CLUTTER_MAX_WORDS < words <= pat.APPEAL_MAX_WORDS
    assert clutter_kind(_LONG_APPEAL) == "donation_appeal"


def test_a_long_paragraph_is_tried_as_an_appeal_only() -> None:
    # a newsletter prompt this long is no prompt; nor is a long report of a fund drive
    prompt = "Sign up for our newsletter " + "and read about the harbour " * 12
    assert pat.CLUTTER_MAX_WORDS < len(prompt.split()) <= pat.APPEAL_MAX_WORDS
    assert clutter_kind(prompt) is None
    report = (
        "The hospital said on Tuesday that donations from residents had paid for a second"
        " scanner, and that the appeal it launched in March had raised more than it had hoped"
        " for, although the health board warned that running costs would still fall on the"
        " county. The new wing is expected to open in the autumn, the hospital's director"
        " said, once the last inspections of its wards are complete."
    )
    assert pat.CLUTTER_MAX_WORDS < len(report.split()) <= pat.APPEAL_MAX_WORDS
    assert clutter_kind(report) is None
