"""trafilatura's fast extraction as faultline calls it first (fast mode, recall focus, no
comments), with two of the three copies of the page's tree that its bare_extraction makes
left out: the same body, about a twentieth quicker.

bare_extraction copies the tree it is given (its rules prune it in place), copies it again
to clean it, and copies the cleaned tree a third time as a backup that only the full cascade
reads. Here the one copy is pruned and then cleaned in place, and the raw pruned tree that
its baseline rescue reads (when the extraction is under MIN_EXTRACTED_SIZE characters, a few
pages in a hundred) is built again from the page. Every step is trafilatura's own function,
called in bare_extraction's and trafilatura_sequence's order with their options, so the
result is theirs (tests/extract/test_fast_body.py holds the two side by side).
"""

from __future__ import annotations

from copy import copy

from lxml.etree import _Element, strip_tags
from lxml.html import HtmlElement
from trafilatura.baseline import baseline
from trafilatura.core import _forum_thread_page
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_content
from trafilatura.settings import Extractor
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH


def fast_body(tree: HtmlElement, *, url: str | None = None) -> _Element | None:
    """The body element `trafilatura.bare_extraction(tree, url=url, fast=True,
    favor_recall=True, include_comments=False, output_format="txt")` returns (None when it
    returns None); `tree` is left untouched."""
    options = Extractor(output_format="txt", fast=True, recall=True, comments=False, url=url)
    try:
        cleaned = tree_cleaning(_raw_pruned(tree), options)  # the one copy, cleaned in place
        body, text = extract_content(convert_tags(cleaned, options, url), options)
        # the baseline rescue: the focus is recall, never precision
        if len(text) < options.min_extracted_size:
            rescue, rescue_text, rescue_length = baseline(_raw_pruned(tree))
            if rescue_length > len(text):
                body, text = rescue, rescue_text
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        # no comments are extracted, so their length (0) is always under the minimum
        if len(text) < options.min_output_size and options.min_output_comm_size > 0:
            return None
    except (TypeError, ValueError):  # as bare_extraction: the page yields nothing
        return None
    return body


def _raw_pruned(tree: HtmlElement) -> HtmlElement:
    """A copy of `tree` pruned as trafilatura_sequence prunes the raw tree with comments off:
    its raw-tree selectors, then (except on a thread forum, whose posts are its content) the
    comment sections and lists."""
    work = copy(tree)
    forum = _forum_thread_page(work)
    work = prune_unwanted_nodes(work, RAW_TREE_PRUNE_XPATH)
    if not forum:
        work = prune_unwanted_nodes(work, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return work
