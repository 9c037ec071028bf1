"""Tree helpers of the HTML extraction that stand in for slower lxml calls: same answers."""

from __future__ import annotations

import pytest

from faultline.extract.html import first_element, parse_html

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
