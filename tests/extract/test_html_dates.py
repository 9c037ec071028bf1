"""Publication dates of HTML pages (faultline.extract.html: the dateline and its labels), on
small hand-written pages (a fictional outlet and people)."""

from __future__ import annotations

import pytest

from faultline.extract.html import dateline, extract_html, parse_html

_PARA = (
    "<p>"
    + "The county board voted on Monday to repave the river road before the spring floods. " * 3
    + "</p>"
)
_HEADLINE = "County board votes to repave the river road"


def _page(meta: str, head: str = "") -> str:
    return (
        f"<html><head><title>{_HEADLINE}</title>{head}</head><body>"
        "<header>Sunday, March 15, 2026</header>"
        f"<article><h1>{_HEADLINE}</h1><div class='byline'>{meta}</div>{_PARA * 3}</article>"
        "</body></html>"
    )


def _dateline(html: str) -> str | None:
    tree = parse_html(html)
    assert tree is not None
    return dateline(next(tree.iter("h1")))


@pytest.mark.parametrize(
    "meta",
    [
        "<span>By Ana Reyes</span> <span>Updated Dec 3, 2025, 4:10 PM</span> · "
        "<span>Published Oct 10, 2023</span>",
        "<span>Last updated: 3 December 2025</span><span>|</span>"
        "<span>First published on 10 October 2023</span>",
        "<p>Updated on 2025-12-03 · Posted on October 10th, 2023</p>",
    ],
)
def test_published_date_shown_after_the_update_date_is_the_publication_date(meta: str) -> None:
    assert _dateline(_page(meta)) == "2023-10-10"
    assert extract_html(_page(meta)).published == "2023-10-10"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # the update date alone, or beside a date with no label, stays the page's date
        ("<span>Updated Dec 3, 2025</span>", "2025-12-03"),
        ("<span>Updated Dec 3, 2025</span> <span>Oct 10, 2023</span>", "2025-12-03"),
        # the published date shown first stays first
        ("<span>Published Oct 10, 2023</span> <span>Updated Dec 3, 2025</span>", "2023-10-10"),
        # an unlabelled first date is not displaced by a later published one
        ("<span>Dec 3, 2025</span> <span>Published Oct 10, 2023</span>", "2025-12-03"),
    ],
)
def test_the_first_date_is_kept_unless_an_update_gives_way_to_a_published_one(
    meta: str, expected: str
) -> None:
    assert _dateline(_page(meta)) == expected


def test_a_published_label_that_reads_as_no_date_leaves_the_update_date() -> None:
    # 09.10.2023 reads both ways (September 10 or 9 October): the update date stays
    meta = "<span>Updated Dec 3, 2025</span> <span>Published 09.10.2023</span>"
    assert _dateline(_page(meta)) == "2025-12-03"


def test_a_time_element_keeps_the_date_label_its_text_opens_with() -> None:
    meta = (
        '<time datetime="2025-12-03T16:10:00Z">Updated on December 3, 2025 at 4:10 PM</time> '
        '<span>Published: <time datetime="2023-10-10T08:00:00Z">October 10, 2023</time></span>'
    )
    assert _dateline(_page(meta)) == "2023-10-10"
    # without the published date, the update's time element is still the dateline
    alone = '<time datetime="2025-12-03T16:10:00Z">Last Updated: December 3, 2025</time>'
    assert _dateline(_page(alone)) == "2025-12-03"


def test_the_published_dateline_still_takes_the_declared_time_of_its_day() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"{_HEADLINE}", "datePublished": "2023-10-10T08:00:00+00:00", '
        '"dateModified": "2025-12-03T16:10:00+00:00"}</script>'
    )
    meta = "<span>Updated Dec 3, 2025</span> <span>Published Oct 10, 2023</span>"
    assert extract_html(_page(meta, ld)).published == "2023-10-10T08:00:00+00:00"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("<span>Updated: 10/31/2024</span>", "2024-10-31"),  # month first, as US pages write
        ("<span>Published: 27/05/2024</span>", "2024-05-27"),  # only day first makes sense
        ("<p>Updated on 12/19/25 by Ana Reyes</p>", "2025-12-19"),  # a two-digit year
        ("<span>Updated on 09/11/25</span>", None),  # September 11 or 9 November: no date
        ("<span>Posted 02/30/2024</span>", None),  # no such day
    ],
)
def test_a_slashed_numeric_dateline(meta: str, expected: str | None) -> None:
    assert _dateline(_page(meta)) == expected


def test_a_slashed_dateline_wins_over_a_disagreeing_json_ld_date() -> None:
    # as a month-name dateline does: the page shows its reader the update date alone
    ld = (
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": '
        f'"{_HEADLINE}", "datePublished": "2019-04-02T10:00:00+00:00"}}</script>'
    )
    page = _page("<span>Last updated: 10/31/2024</span>", ld)
    assert extract_html(page).published == "2024-10-31"
    # and a slash that is no date ("24/7 service") leaves the declared date
    page = _page("<span>Open 24/7 for readers</span>", ld)
    assert extract_html(page).published == "2019-04-02T10:00:00+00:00"
