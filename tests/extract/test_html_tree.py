"""Tree helpers of the HTML extraction that stand in for slower lxml calls: same answers."""

from __future__ import annotations

import pytest
from lxml.etree import XPath

from faultline.extract.html import first_element, parse_html
from faultline.extract.html_patterns import BYLINE_XPATH

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head>"
    "<body><article><h1>Port reopens</h1><p>The port reopened on Monday.</p>"
    "<svg><title>Map of the harbour</title></svg></article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "tag", "expected"),
    [
        ("<title>Port reopens | Gazette</title>", "title", "Port reopens | Gazette"),
        # a page whose head has no title: the first one is the chart's, in the body
        ("", "title", "Map of the harbour"),
        ("", "h1", "Port reopens"),
        ("", "body", "Port reopens"),
    ],
)
def test_first_element_is_the_first_in_document_order(head: str, tag: str, expected: str) -> None:
    tree = parse_html(PAGE.format(head=head))
    assert tree is not None
    found = first_element(tree, tag)
    assert found is not None
    assert found is next(tree.iter(tag))
    assert " ".join(found.text_content().split()).startswith(expected)


def test_first_element_is_none_when_the_page_has_none() -> None:
    tree = parse_html(PAGE.format(head=""))
    assert tree is not None
    assert first_element(tree, "table") is None
    # the root itself counts, as it does for tree.iter
    assert first_element(tree, "html") is tree


# the byline selector as first written, one test after the other: the shipped one is ordered
# for speed and must select the same elements
_PLAIN_BYLINE_XPATH = (
    './/*[@rel="author" or @itemprop="author" or contains(@class, "byline") or '
    'contains(@class, "author-name") or contains(@class, "author__name") or '
    'contains(@class, "authorName") or contains(@id, "byline")]'
)


def test_the_byline_selector_selects_what_its_plain_form_does() -> None:
    bylines = (
        '<a rel="author" href="/staff/jo-roe">Jo Roe</a>'
        '<span itemprop="author">Ann Lee</span>'
        '<div class="story-byline">By Sam Hart</div>'
        '<p class="meta author-name">Kim Ode</p>'
        '<p class="card__author__name">Lou Park</p>'
        '<span class="authorName">Ray Moss</span>'
        '<div id="byline-top">By Eve Stone</div>'
    )
    near_misses = (
        '<a rel="authors" href="/staff">Our staff</a>'
        '<span itemprop="authorship">Staff</span>'
        '<p class="author">About the author</p>'
        '<p class="author-list">Contributors</p>'
        '<div id="author-box">Ray Moss writes on fisheries.</div>'
        '<p data-role="byline">By the desk</p>'
    )
    tree = parse_html(
        "<html><head><title>Quotas</title></head><body><article><h1>Quota talks stall</h1>"
        f"{bylines}{near_misses}<p>The talks ended on Thursday without an agreement.</p>"
        "</article></body></html>"
    )
    assert tree is not None
    found = XPath(BYLINE_XPATH)(tree)
    assert found == tree.xpath(_PLAIN_BYLINE_XPATH)
    assert [" ".join(el.text_content().split()) for el in found] == [
        "Jo Roe",
        "Ann Lee",
        "By Sam Hart",
        "Kim Ode",
        "Lou Park",
        "Ray Moss",
        "By Eve Stone",
    ]
