"""The headline: the h1, unless it adds a tagline or a date to the title the page declares."""

from __future__ import annotations

import pytest

from faultline.extract.html import extract_html

_STORY = (
    "<p>Negotiators from the two coastal provinces left the harbour office on Thursday without"
    " an agreement on next year's fishing quotas, after eleven hours of talks.</p>"
    "<p>The provincial fisheries minister said his delegation had offered to cut its share of"
    " the autumn catch by a tenth, but that the offer had been rejected within minutes.</p>"
)
_TITLE = "Harbour talks stall over fishing quotas"


def _page(h1: str) -> str:
    return (
        f'<html><head><title>{_TITLE} | Courier</title><meta property="og:title"'
        f' content="{_TITLE}"></head><body><article><h1>{h1}</h1>{_STORY}</article></body></html>'
    )


@pytest.mark.parametrize(
    "h1",
    [
        f"{_TITLE} | Opinion",
        f"{_TITLE} - Live Updates",
        f"{_TITLE} Posted on July 1, 2024 by courier",
        f"Dec 18 2025 {_TITLE}",
    ],
)
def test_an_h1_that_adds_a_tagline_or_a_date_gives_way_to_the_declared_title(h1: str) -> None:
    article = extract_html(_page(h1))
    assert article.headline == _TITLE
    assert "Opinion" not in article.body and "Posted on" not in article.body


@pytest.mark.parametrize(
    "h1",
    [
        f"{_TITLE}, ministers say",  # a headline's own words after the title
        f"Analysis: {_TITLE}",  # a label that opens the headline stays in it
        f"{_TITLE} in 2025",
    ],
)
def test_an_h1_that_extends_the_title_in_its_own_words_is_the_headline(h1: str) -> None:
    assert extract_html(_page(h1)).headline == h1


def test_a_short_declared_title_before_a_separator_in_the_h1_is_no_headline() -> None:
    page = (
        "<html><head><title>Valemouth Courier</title></head><body><article>"
        f"<h1>Valemouth Courier | {_TITLE}</h1>{_STORY}</article></body></html>"
    )
    assert extract_html(page).headline == f"Valemouth Courier | {_TITLE}"


def test_the_site_name_before_a_separator_in_the_h1_is_no_headline() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="The Valemouth Courier">'
        "<title>The Valemouth Courier</title></head><body><article>"
        f"<h1>The Valemouth Courier | {_TITLE}</h1>{_STORY}</article></body></html>"
    )
    assert extract_html(page).headline == f"The Valemouth Courier | {_TITLE}"
