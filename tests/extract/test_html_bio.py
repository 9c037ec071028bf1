"""The author's biography that closes a story is page furniture, not article text."""

from __future__ import annotations

from faultline.document import Author, Removed
from faultline.extract.html import extract_html, without_author_bio, without_byline

_STORY = [
    "Negotiators from the two coastal provinces left the harbour office on Thursday without an"
    " agreement on next year's fishing quotas, after eleven hours of talks.",
    "The provincial fisheries minister, Oskar Lindqvist, said his delegation had offered to cut"
    " its share of the autumn catch by a tenth, but that the offer had been rejected.",
    "Officials on the other side said the proposal did nothing to protect spawning grounds in"
    " the northern channel, which they said had been overfished for three seasons in a row.",
]
_AUTHORS = [Author("Marta Ellison", "Diplomatic Editor")]


def _page(end: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Harbour talks stall</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour talks'
        ' stall", "author": {"@type": "Person", "name": "Marta Ellison"}}</script></head><body>'
        f"<article><h1>Harbour talks stall</h1>{paragraphs}{end}</article></body></html>"
    )


def test_a_biography_of_the_author_after_the_story_is_removed_with_the_box() -> None:
    bio = [
        "Marta Ellison is the Courier's diplomatic editor. She has covered the fisheries"
        " talks since 2004 and was previously based in Brussels.",
        "Marta holds a degree in marine biology from the University of Aberdeen.",
    ]
    article = extract_html(_page("".join(f"<p>{p}</p>" for p in bio)))
    assert article.body.split("\n\n") == _STORY
    assert article.removed == [Removed(text, "author_bio") for text in bio]


def test_a_biography_that_opens_with_the_name_and_a_role_is_removed() -> None:
    bio = "— Marta Ellison, Diplomatic Editor, studied journalism in Cardiff."
    kept, removed = without_author_bio([*_STORY, bio], _AUTHORS)
    assert kept == _STORY
    assert removed == [Removed(bio, "author_bio")]


def test_the_author_named_in_the_story_or_far_above_its_end_is_kept() -> None:
    # the name followed by what she did, not by a biography's verb
    said = "Marta Ellison said the minister had left the harbour office before midnight."
    assert without_author_bio([*_STORY, said], _AUTHORS) == ([*_STORY, said], [])
    # a biography-like sentence high in the story is not the closing box
    early = "Marta Ellison is one of the reporters who were refused entry to the talks."
    body = [early, *_STORY]
    assert without_author_bio(body, _AUTHORS) == (body, [])
    # no known author with a full name: nothing to recognise
    bio = "Marta is the Courier's diplomatic editor."
    assert without_author_bio([*_STORY, bio], [Author("Marta")]) == ([*_STORY, bio], [])


def test_an_author_box_headed_by_the_name_alone_is_removed() -> None:
    box = ["Marta Ellison", "Diplomatic editor at the Courier since 2004, previously in Brussels."]
    kept, removed = without_author_bio([*_STORY, *box], _AUTHORS)
    assert kept == _STORY
    assert removed == [Removed(text, "author_bio") for text in box]
    # the name inside a longer line of the story's end is no author box
    ending = "Marta Ellison and the minister left before midnight."
    assert without_author_bio([*_STORY, ending], _AUTHORS) == ([*_STORY, ending], [])


def test_a_byline_left_atop_the_story_is_removed() -> None:
    byline = "By Marta Ellison, Diplomatic Editor – Updated Mar 5, 2026 at 4:28 PM"
    kept, removed = without_byline([byline, *_STORY], _AUTHORS)
    assert kept == _STORY
    assert removed == [Removed(byline, "byline")]


def test_a_sentence_opening_with_by_or_another_name_is_kept() -> None:
    body = ["By Thursday the talks had stalled, Marta Ellison reported.", *_STORY]
    assert without_byline(body, _AUTHORS) == (body, [])
    body = ["By Joe Bloggs", *_STORY]
    assert without_byline(body, _AUTHORS) == (body, [])
