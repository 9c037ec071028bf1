"""faultline's copy-sparing run of trafilatura's fast extraction returns exactly the body
trafilatura's bare_extraction returns for the same options (a trafilatura upgrade that
changes its sequence shows here first)."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from lxml import etree

from faultline.extract.fast_body import fast_body
from faultline.extract.html import parse_html

DATA = Path(__file__).resolve().parents[1] / "data" / "html"

_STORY = (
    "<p>Ferry crews on the northern routes returned to work on Friday after a strike that had"
    " stranded islanders for nine days, the operator said in a statement.</p>"
    "<p>The union said its members had accepted a pay offer of four percent this year and"
    " three the next, after talks that ran through the night at the port offices.</p>"
    "<p>Islanders had queued for the single relief boat since Monday, and the council said it"
    " would ask the operator to refund the tickets of those who could not travel.</p>"
)
_PAGES = {
    "article with navigation and comments": (
        "<html><head><title>Ferry strike ends</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article><h1>Ferry strike ends</h1>{_STORY}</article>"
        "<div id='comments' class='comments'><p>Great news for the island at last!</p></div>"
        "<footer><p>Copyright 2024 The Island Gazette</p></footer></body></html>"
    ),
    # under MIN_EXTRACTED_SIZE characters: the baseline rescue on the raw tree runs
    "short brief in a div": (
        "<html><head><title>Port closed</title></head><body><div class='wrap'>"
        "<div>The port was closed on Sunday as the storm reached the coast.</div>"
        "</div></body></html>"
    ),
    # a thread forum: its comment sections are its posts and are not pruned
    "forum thread": (
        "<html><head><title>Ferry times</title><script type='application/ld+json'>"
        '{"@type": "DiscussionForumPosting", "headline": "Ferry times"}</script></head><body>'
        "<h1>Ferry times this winter</h1><div class='comments'>"
        "<div class='comment'><p>Does anyone know whether the early ferry runs on Sundays"
        " in January, now that the timetable has changed again?</p></div>"
        "<div class='comment'><p>It does, but only from the north pier, and the last one"
        " back leaves at six, so plan the return trip before you go.</p></div>"
        "</div></body></html>"
    ),
    "no article": "<html><head><title>Menu</title></head><body><ul><li>A</li></ul></body></html>",
}


def _trafilatura_body(tree: etree._Element, url: str | None) -> bytes | None:
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        favor_recall=True,
        include_comments=False,
        with_metadata=False,
        output_format="txt",
    )
    return None if doc is None or doc.body is None else etree.tostring(doc.body)


@pytest.mark.parametrize(
    "html",
    [*_PAGES.values(), *(path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.html")))],
    ids=[*_PAGES, *(path.stem for path in sorted(DATA.glob("*.html")))],
)
def test_fast_body_is_bare_extractions_body(html: str) -> None:
    tree = parse_html(html)
    assert tree is not None
    before = etree.tostring(tree)
    ours = fast_body(tree, url="https://gazette.example/news/ferry")
    assert etree.tostring(tree) == before  # the page's tree is left as it was
    expected = _trafilatura_body(tree, "https://gazette.example/news/ferry")
    assert (None if ours is None else etree.tostring(ours)) == expected


def test_fast_body_finds_the_story() -> None:
    tree = parse_html(_PAGES["article with navigation and comments"])
    assert tree is not None
    body = fast_body(tree)
    assert body is not None
    text = " ".join(body.itertext())
    assert "returned to work on Friday" in text
    assert "Great news for the island" not in text
