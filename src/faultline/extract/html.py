"""Article extraction from HTML pages.

The page is parsed once into an lxml tree. trafilatura finds the body on that tree (its fast
mode first, run by `fast_body` with fewer copies of the tree; the full cascade with its
readability/jusText fallbacks only when the fast result is thin; <details> widgets opened
first, as it would discard them), faultline puts back the
embedded tweets it dropped from between two paragraphs, post-cleans the paragraphs that
survive (donation appeals, newsletter and cookie prompts, "Read more" lists, the byline
and the author's box ...; each reported in `Article.removed`), repairs a page encoded twice,
and reads the metadata itself from JSON-LD, meta tags and bylines, with htmldate for a
date-only fallback. All patterns live in `html_patterns`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from typing import Any

import trafilatura
from htmldate import find_date
from lxml.etree import ElementDefaultClassLookup, HTMLParser, XPath
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction, fromstring
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, fromstring_bytes, load_html
from trafilatura.xml import xmltotxt

# trafilatura's author selectors are reused, not copied, so they improve with it.
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS, REGEXP_NS

from faultline.document import Article, Author, Removed
from faultline.extract import html_patterns as pat
from faultline.extract.fast_body import fast_body

LOGGER = logging.getLogger(__name__)
# trafilatura's parser (its options), but with lxml's C-level class lookup: lxml.html's own
# lookup is a Python call for every element object created, and trafilatura's passes over the
# tree create hundreds of thousands (a twentieth of extraction time). Every element is an
# HtmlElement; only lxml.html's form-control classes (<form>, <input> ...), whose form API
# nothing here uses, are not made.
_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(
    ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)
# One pass finds the few elements any of trafilatura's author selectors could match; each
# selector is then tested on those alone (as a self:: test), in its own order of trust.
_ALL_ELEMENTS = XPath("//*")  # as the selectors see the page (root siblings included)
_AUTHOR_TESTS = [
    XPath(xpath.path.replace("//", "self::"), namespaces={"re": REGEXP_NS})
    for xpath in AUTHOR_XPATHS
]
# trafilatura's discard selectors for bylines, likewise tested on the hit and its ancestors only:
# the first is relative to the root (`.//*`), so it never holds the root element itself.
_DISCARD_TESTS = [
    XPath(xpath.path.replace(".//", "//").replace("//", "self::"), namespaces={"re": REGEXP_NS})
    for xpath in AUTHOR_DISCARD_XPATHS
]
_DISCARD_FROM_ROOT = [".//" in xpath.path for xpath in AUTHOR_DISCARD_XPATHS]
_BYLINE_ELEMENTS = XPath(pat.BYLINE_XPATH)  # compiled once, not on every page
_LINK_READING = XPath("//a[normalize-space() = $text]")  # whitespace runs as one space
# Embedded social posts, and the nearest paragraphs with text before and after one.
_EMBEDDED_POSTS = XPath(
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
)
_PARAGRAPH_BEFORE = XPath("preceding::p[normalize-space()][not(ancestor::blockquote)][1]")
_PARAGRAPH_AFTER = XPath("following::p[normalize-space()][not(ancestor::blockquote)][1]")
_SPACED_LENGTH = XPath("string-length(normalize-space(.))")  # a float
# in C, not element by element; the presence test first, which libxml2 makes far quicker
_ITEMPROP_PUBLISHED = XPath('descendant::*[@itemprop][@itemprop="datePublished"]')
_DIGIT = re.compile(r"\d")
_ISO = re.compile(
    r"(\d{4}-\d{2}-\d{2})([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def extract_html(html: str, *, meta: Mapping[str, Any] | None = None) -> Article:
    """Return the article in `html`; the body is "" when the page has no article text.

    `meta` is what the container already knew (url, published, outlet, headline); it wins
    over what the page says.
    """
    meta = meta or {}
    mojibake = has_mojibake_mark(html)
    if mojibake and pat.LATIN1_CONTROL.search(html):
        html = pat.MOJIBAKE.sub(_as_utf8, html)  # before trafilatura drops its control characters
    tree = parse_html(html) if html and html.strip() else None
    if tree is None:
        return _from_meta(meta, body="")
    url = meta.get("url") or None
    info = read_metadata(tree, url=url)
    if pat.DISCLOSURE_MARK in html:  # a substring test spares most pages the tree search
        _open_disclosures(tree)
    blocks = body_blocks(tree, url=url or info.url)
    if pat.EMBEDDED_POST_MARK in html:  # a substring test spares most pages the tree search
        blocks = with_embedded_posts(tree, blocks)
    outlet = meta.get("outlet") or info.outlet
    headline = meta.get("headline") or info.headline
    blocks, standfirst = _without_standfirst(_without_headline(blocks, headline), info)
    links = _trailing_links(tree, blocks) or trailing_dated_teasers(blocks)
    teasers = [Removed(b.text, "related") for b in blocks[len(blocks) - links :]] if links else []
    blocks = blocks[: len(blocks) - links]
    kept, removed = post_clean(blocks, outlet=outlet, promotions=_link_only_capitals(tree, blocks))
    kept, bio = without_author_bio(kept, info.authors)
    kept, byline = without_byline(kept, info.authors)
    removed = standfirst + byline + removed + bio + teasers
    # Menus and link lists that a fallback dumps are not an article: without a single
    # sentence-length paragraph the page has no article text.
    if not any(_is_prose(p) for p in kept):
        kept = []
    if mojibake:
        kept = [repair_mojibake(p) for p in kept]
        headline = repair_mojibake(headline) if headline else headline
    body = "\n\n".join(kept)
    published = meta.get("published") or info.published
    if not published:
        published = _htmldate(tree, url or info.url)
    return Article(
        body=body,
        headline=headline,
        outlet=outlet,
        url=url or info.url,
        authors=info.authors,
        published=published,
        language=info.language or _guess_language(body),
        removed=removed,
    )


def has_mojibake_mark(html: str) -> bool:
    """Whether `html` holds one of MOJIBAKE_MARKS. Each mark's first character is looked for
    first: a search for one character is several times quicker than one for two (a page
    rarely holds any of the three), and a page without one holds no mark that opens with it."""
    return any(
        lead in html and any(mark in html for mark in marks)
        for lead, marks in pat.MOJIBAKE_MARKS_BY_LEAD.items()
    )


def repair_mojibake(text: str) -> str:
    """`text` with the UTF-8 that was read as Latin-1 or Windows-1252 read again as UTF-8
    ("armâ€™s" -> "arm’s", "cafÃ©" -> "café"): a page encoded twice shows its quotes, dashes
    and accents so. Only runs of characters that are whole UTF-8 sequences so read
    (MOJIBAKE) are replaced, so text that merely holds an "Ã" is left as it is; a no-break
    space so read ("Â" before a space, once spaces are normalised) is dropped."""
    return " ".join(pat.MOJIBAKE_SPACE.sub("", pat.MOJIBAKE.sub(_as_utf8, text)).split())


def _as_utf8(match: re.Match[str]) -> str:
    try:
        raw = b"".join(bytes([ord(c)]) if ord(c) < 256 else c.encode("cp1252") for c in match[0])
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return match[0]


def _open_disclosures(tree: HtmlElement) -> None:
    """Drop the class of each <details> element (a disclosure widget: an FAQ's answer, a
    section shown on a click) in `tree`: trafilatura discards any element whose class says
    it expands ("expandable", "expand-panel"), which every such widget does, with the
    article text inside it."""
    for el in tree.iter("details"):
        el.attrib.pop("class", None)


def parse_html(html: str) -> HtmlElement | None:
    """The page's tree as trafilatura's load_html builds it (its parser, its repairs of a
    faulty doctype and a self-closing <html/>, its rejection of what is not HTML), but its
    removal of XML-invalid control characters, a regex pass over the whole page, is only made
    when a quicker check finds one (load_html itself then parses)."""
    if any(char in html for char in pat.XML_INVALID_CHARS):
        return load_html(html)
    beginning = html[:50].lower()
    if "doctype" in beginning:
        first, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    tree: HtmlElement | None = None
    as_bytes = False
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # a str that declares its encoding: parsed as UTF-8 bytes
        tree, as_bytes = fromstring_bytes(html), True
    except Exception as err:  # as load_html: a failed parse is retried from bytes
        LOGGER.debug("lxml parsing failed: %s", err)
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = fromstring_bytes(html)
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None  # a fragment, not a page (load_html's own test)
    return tree


def _from_meta(meta: Mapping[str, Any], *, body: str) -> Article:
    return Article(
        body=body,
        headline=meta.get("headline"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=meta.get("published"),
    )


# ---------------------------------------------------------------- body


@dataclass(frozen=True)
class Block:
    """One paragraph of the extracted body and the element it came from (p, head, item ...)."""

    text: str
    tag: str


def body_blocks(tree: HtmlElement, *, url: str | None = None) -> list[Block]:
    """The body paragraphs trafilatura finds in `tree` (the tree itself is left untouched).

    trafilatura's fast mode with recall focus first: quicker than its default mode and, after
    faultline's post-cleaning, as precise on news pages. When that result is thin, absolutely
    or beside the page's visible text (a layout its rules missed), the full cascade
    (readability/jusText comparison, recall escalation) runs; its result is taken when the
    fast one is nearly empty, or when it adds article text (`adds_article_text`).
    """
    # the "txt" format, not the default "python": the same extraction, without the plain text
    # of the whole body that "python" builds beside the tree (_blocks reads the tree)
    options: dict[str, Any] = {
        "url": url,
        "include_comments": False,
        "with_metadata": False,
        "output_format": "txt",
    }
    blocks = _blocks(fast_body(tree, url=url))  # bare_extraction's fast mode, fewer copies
    size = sum(len(b.text) for b in blocks)
    if size < pat.FAST_MIN_CHARS:
        full = _blocks(_body_of(trafilatura.bare_extraction(tree, **options)))
        return full or blocks
    if _thin(size, tree):
        full = _blocks(_body_of(trafilatura.bare_extraction(tree, **options)))
        if adds_article_text(blocks, full):
            return full
    return blocks


def adds_article_text(fast: list[Block], full: list[Block]) -> bool:
    """Whether the full cascade's result `full` recovers article text that the fast one
    missed: it is longer, and what it adds does not repeat itself (FULL_MIN_DISTINCT_SHARE
    of the added paragraphs open differently). Spec cards that repeat their labels, teaser
    grids and the same notice once per country fail it."""
    seen = {b.text for b in fast}
    added = [b.text for b in full if b.text not in seen]
    if not added or sum(len(b.text) for b in full) <= sum(len(b.text) for b in fast):
        return False
    openings = {" ".join(text.split()[: pat.OPENING_WORDS]).casefold() for text in added}
    return len(openings) >= pat.FULL_MIN_DISTINCT_SHARE * len(added)


def _thin(size: int, tree: HtmlElement) -> bool:
    """Whether `size` characters are under FAST_MIN_PAGE_SHARE of the page's visible text.

    The visible text is the body's text less that of its scripts, styles and templates
    (HIDDEN_TAGS), each measured as XPath's normalize-space reads it (whitespace runs as one
    space, ends stripped) in one C-level call, without building the text in Python. The
    hidden text is only measured when `size` is under that share of the whole body's text:
    taking it away can only lower the bound, and most articles clear it as it is.
    """
    body = first_element(tree, "body")
    if body is None:
        return False
    whole = _SPACED_LENGTH(body)
    if size >= pat.FAST_MIN_PAGE_SHARE * whole:
        return False
    hidden = sum(
        _SPACED_LENGTH(el)
        for el in body.iter(*pat.HIDDEN_TAGS)
        if not any(a.tag in pat.HIDDEN_TAGS for a in el.iterancestors())
    )
    return size < pat.FAST_MIN_PAGE_SHARE * (whole - hidden)


def first_element(tree: HtmlElement, tag: str) -> HtmlElement | None:
    """The first element named `tag` in `tree` in document order, as `next(tree.iter(tag))`
    and `tree.find(".//tag")` find it, without their walk over the rest of the tree: lxml's
    iterator looks one match ahead, so for a tag a page has once (its <body>, its <title>)
    that walk is the whole page. Here it stops at the end of the root's child that holds
    the element (the small <head> for a title)."""
    if tree.tag == tag:
        return tree
    for child in tree:
        if child.tag == tag:
            return child
        found = next(child.iter(tag), None)
        if found is not None:
            return found
    return None


def _body_of(doc: Any) -> Any:
    return None if doc is None else doc.body


def _blocks(body: Any) -> list[Block]:
    """trafilatura's `body` element as blocks, one per line of its text. The rule that
    trafilatura's text output draws under a table's head row ("|---|---|") is its markup,
    not page text."""
    if body is None:
        return []
    blocks = []
    for child in body:
        tag = str(child.tag)
        for line in xmltotxt(child, False).split("\n"):
            text = " ".join(line.split())
            if tag == "list" and text.startswith("- "):
                text = text[2:]
            if text and not (tag == "table" and pat.TABLE_HEAD_RULE.fullmatch(text)):
                blocks.append(Block(text, "item" if tag == "list" else tag))
    return blocks


def with_embedded_posts(tree: HtmlElement, blocks: list[Block]) -> list[Block]:
    """`blocks` with the embedded social posts (a tweet's blockquote) that stand between two
    of their paragraphs put back: a post the article quotes is its text, but trafilatura
    drops it with the widget box some pages wrap it in. A post is put back only where the
    paragraph before it ends a block and the paragraph after it opens the next, so posts in a
    sidebar or a feed of the outlet's own never enter the body. Each of the post's paragraphs
    is a block, and so is its attribution line ("— Jo Roe (@joroe) November 19, 2019")."""
    for post in _EMBEDDED_POSTS(tree):
        lines = _post_lines(post)
        if not lines or lines[0] in {b.text for b in blocks}:
            continue  # kept by trafilatura already
        before, after = _PARAGRAPH_BEFORE(post), _PARAGRAPH_AFTER(post)
        if not before or not after:
            continue
        before_text, after_text = _spaced(before[0]), _spaced(after[0])
        for i in range(len(blocks) - 1):
            if before_text.endswith(blocks[i].text) and after_text.startswith(blocks[i + 1].text):
                blocks = blocks[: i + 1] + [Block(t, "quote") for t in lines] + blocks[i + 1 :]
                break
    return blocks


def _post_lines(post: HtmlElement) -> list[str]:
    """The paragraphs of an embedded post, then the line that credits it (text outside them)."""
    lines = [_spaced(p) for p in post.iterfind(".//p")]
    credit = [post.text or ""]
    for child in post:
        if child.tag != "p":
            credit.extend(_text_pieces(child))
        credit.append(child.tail or "")
    return [t for t in [*lines, " ".join("".join(credit).split())] if t]


def _spaced(el: HtmlElement) -> str:
    """The text of `el` with whitespace runs as one space, a line break read as one."""
    return " ".join("".join(_text_pieces(el)).split())


def _text_pieces(el: HtmlElement) -> Iterator[str]:
    if el.tag == "br":
        yield " "
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str):
            yield from _text_pieces(child)
        if child.tail:
            yield child.tail


def _without_headline(blocks: list[Block], headline: str | None) -> list[Block]:
    """Drop the headline where trafilatura repeats it atop the body: it is not lost (it is
    `Article.headline`), so it is not reported as removed clutter either; nor is the h1 it
    was read from when that adds a tagline or a date to it (`_h1_adds_to`)."""
    key = _fold(headline)
    if not key or headline is None:
        return blocks
    for i, block in enumerate(blocks[:2]):
        if _fold(block.text) == key or _h1_adds_to(block.text, headline):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _without_standfirst(blocks: list[Block], info: PageMeta) -> tuple[list[Block], list[Removed]]:
    """`blocks` without a standfirst atop them: a first heading that is the page's own
    description (og:description, the meta or JSON-LD description), the summary set under the
    headline, reported as removed (kind "standfirst"). A first paragraph that is the
    description is kept: it is most often the lede the description was copied from."""
    if blocks and blocks[0].tag == "head" and _fold(blocks[0].text) in info.descriptions:
        return blocks[1:], [Removed(blocks[0].text, "standfirst")]
    return blocks, []


def _link_only_capitals(tree: HtmlElement, blocks: list[Block]) -> frozenset[str]:
    """The texts of `blocks` written in capitals ("GET THE FREE CHECKLIST", "A LONG HISTORY
    OF THE FEUD") that the page holds as a paragraph that is one link and nothing else: a
    call to action or a teaser for another page set among the article's paragraphs, not its
    text. The tree is only searched when a paragraph is in capitals (most pages have none)."""
    capitals = {
        b.text
        for b in blocks
        if b.tag == "p"
        and b.text.isupper()
        and pat.CAPITALS_LINK_MIN_WORDS <= len(b.text.split()) <= pat.RELATED_ITEM_MAX_WORDS
    }
    return frozenset(text for text in capitals if _is_one_link(tree, text))


def _trailing_links(tree: HtmlElement, blocks: list[Block]) -> int:
    """How many of the last `blocks` form a run, TRAILING_LINKS_MIN long or more, of
    paragraphs or list items that are each one link and nothing more: teasers for other
    pages after the article ("Review: a new headset [Video]", a city-by-city list of links),
    not its text. The tree is only searched when the body ends with such a run of short
    blocks that do not end like sentences, so most pages cost nothing."""
    short = 0
    for block in reversed(blocks):
        if (
            block.tag not in ("p", "item")
            or len(block.text.split()) > pat.RELATED_ITEM_MAX_WORDS
            or pat.SENTENCE_END.search(block.text)
        ):
            break
        short += 1
    if short < pat.TRAILING_LINKS_MIN:
        return 0
    run = 0
    for block in blocks[len(blocks) - short :][::-1]:
        if not _is_one_link(tree, block.text):
            break
        run += 1
    return run if run >= pat.TRAILING_LINKS_MIN else 0


def trailing_dated_teasers(blocks: list[Block]) -> int:
    """How many of the last `blocks` form a run, TRAILING_LINKS_MIN long or more, of short
    paragraphs or list items that are each a title and its date after a separator ("Top
    Retreats in Oregon for 2026 - November 27, 2025"): a "recent posts" list after the
    article, not its text."""
    run = 0
    for block in reversed(blocks):
        if block.tag not in ("p", "item") or not _is_dated_title(block.text):
            break
        run += 1
    return run if run >= pat.TRAILING_LINKS_MIN else 0


def _is_dated_title(text: str) -> bool:
    if len(text.split()) > pat.DATED_TITLE_MAX_WORDS:
        return False
    date = pat.DATELINE.search(text, max(0, len(text) - pat.DATED_TITLE_DATE_CHARS))
    if date is None or text[date.end() :].strip():
        return False
    title = text[: date.start()].rstrip()
    return len(title) > 1 and title[-1] in pat.DATED_TITLE_SEPARATORS


def _is_one_link(tree: HtmlElement, text: str) -> bool:
    """Whether the page has a paragraph or list item that reads `text` and is one link
    holding all of it (the links that read `text` are found in one C-level pass)."""
    for link in _LINK_READING(tree, text=text):
        el, parent = link, link.getparent()
        while parent is not None and " ".join(parent.text_content().split()) == text:
            el, parent = parent, parent.getparent()
        if el.tag in ("p", "li"):
            return True
    return False


def post_clean(
    blocks: list[Block], *, outlet: str | None, promotions: frozenset[str] = frozenset()
) -> tuple[list[str], list[Removed]]:
    """Split `blocks` into the paragraphs kept and the clutter removed (with its kind).
    A paragraph in `promotions` (a link to another page, not text) is "related"."""
    kept: list[str] = []
    removed: list[Removed] = []
    in_related = False
    last_head = False
    outlet_key = _fold(outlet)
    # a paragraph that folds to the outlet's name holds its longest word: that substring test
    # spares nearly every paragraph the fold (a pattern pass over its whole text)
    outlet_word = max(outlet_key.split(), key=len) if outlet_key else ""
    for block in blocks:
        block = _without_share_button(block, removed)
        words = len(block.text.split())
        if in_related and block.tag != "head" and _looks_like_link(block, words):
            removed.append(Removed(block.text, "related"))
            continue
        in_related = False
        kind = "related" if block.text in promotions else clutter_kind(block.text, words)
        if (
            kind is None
            and outlet_key
            and outlet_word in block.text.casefold()
            and _fold(block.text) == outlet_key
        ):
            kind = "outlet_name"
        if (
            kind is None
            and words <= pat.PHOTO_CREDIT_MAX_WORDS
            and ("/" in block.text or " for " in block.text)  # spares the pattern most blocks
            and is_photo_credit(block.text, outlet_key)
        ):
            kind = "caption"
        if kind is None and words <= pat.RELATED_HEADING_MAX_WORDS * 4:
            match = pat.RELATED.match(block.text)
            if match:
                kind, in_related = _related(block.text[match.end() :], words)
            elif block.text[:1] in "([":
                inner = pat.BRACKETED.match(block.text)
                if inner and pat.RELATED.match(inner[1]):
                    kind = "related"
        if kind is None:
            kept.append(block.text)
            last_head = block.tag == "head"
        else:
            removed.append(Removed(block.text, kind))
    if kept and last_head:
        # a heading that ends the body heads nothing: the title of a box (promotion, related
        # links, sign-up form) whose content was not article text
        removed.append(Removed(kept.pop(), "navigation"))
    return _without_repeated_runs(kept, removed), removed


def without_byline(kept: list[str], authors: list[Author]) -> tuple[list[str], list[Removed]]:
    """`kept` without the byline left atop it: a short paragraph among the first
    BYLINE_HEAD_PARAGRAPHS that opens "By" (or "Written by" ...) and then an author's name
    ("By Jo Roe, CFP – Updated Mar 5, 2026", "by jroe"), reported as "byline"."""
    names = [a.name.casefold() for a in authors]
    if not names:
        return kept, []
    for i, text in enumerate(kept[: pat.BYLINE_HEAD_PARAGRAPHS]):
        if len(text.split()) > pat.BYLINE_LINE_MAX_WORDS:
            continue
        label = pat.BYLINE_PREFIX.match(text)
        rest = text[label.end() :].casefold() if label else ""
        if rest and any(rest.startswith(name) for name in names):
            return kept[:i] + kept[i + 1 :], [Removed(text, "byline")]
    return kept, []


def without_author_bio(kept: list[str], authors: list[Author]) -> tuple[list[str], list[Removed]]:
    """`kept` without the author's biography that closes it ("Jane Roe is the Gazette's
    energy correspondent ...", "Jane Roe, Editor, studied journalism at ..."): a paragraph
    among the last AUTHOR_BIO_TAIL that opens with an author's full name and a biography's
    verb or a comma, and the paragraphs after it (the rest of the author box), reported as
    "author_bio"; so is a paragraph that is only the name, the head of an author box. A name
    that opens a sentence of the story is followed by what it did ("Jane Roe said ..."),
    which no AUTHOR_BIO_VERB is."""
    names = [a.name for a in authors if " " in a.name]
    if not names or not kept:
        return kept, []
    start = max(0, len(kept) - pat.AUTHOR_BIO_TAIL)
    for i in range(start, len(kept)):
        text = kept[i].lstrip(pat.AUTHOR_BIO_LEAD)
        for name in names:
            if text.startswith(name) and (
                len(text) == len(name) or pat.AUTHOR_BIO_VERB.match(text, len(name))
            ):
                return kept[:i], [Removed(t, "author_bio") for t in kept[i:]]
    return kept, []


def is_photo_credit(text: str, outlet_key: str = "") -> bool:
    """Whether `text` is a picture's credit line left alone: a name or two, then a slash or
    "for", then the page's outlet (`outlet_key`, folded) or a picture agency ("Wei-An Jin for
    Quanta Magazine", "Jo Roe/Reuters", "Jo Roe/Gazette; sources: ...")."""
    match = pat.PHOTO_CREDIT.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    folded = _fold(rest) + " "
    for source in (outlet_key, *pat.PICTURE_AGENCIES):
        if source and folded.startswith(source + " "):
            tail = pat.PICTURE_WORD.sub("", rest[len(_source_span(rest, source)) :]).strip()
            return not tail or tail[0] in pat.PHOTO_CREDIT_TAIL
    return False


def _source_span(text: str, key: str) -> str:
    """The start of `text` that folds to `key` (its words, whatever the punctuation)."""
    words = len(key.split())
    found = list(re.finditer(r"\w+", text))
    return text[: found[words - 1].end()] if len(found) >= words else text


def _without_repeated_runs(kept: list[str], removed: list[Removed]) -> list[str]:
    """`kept` without the second copy of a repeated stretch of the article (a page that holds
    its text twice, for two layouts): paragraphs of MIN_PARAGRAPH_WORDS words or more that
    each repeat an earlier one, REPEATED_RUN or more in a row (shorter paragraphs between
    them neither count nor break the run, and go with it when they repeat too), are reported
    as "duplicate". A lone repeated paragraph is kept: steps of a plan, lines of code and
    refrains repeat in real text."""
    first: dict[str, int] = {}  # each text's first place (blocks are whitespace-normalised)
    repeats: list[int] = []  # indices of long paragraphs, negated when not a repeat
    for i, text in enumerate(kept):
        if len(text.split()) >= pat.MIN_PARAGRAPH_WORDS:
            repeats.append(i if text in first else -1 - i)
        first.setdefault(text, i)
    drop: set[int] = set()
    run: list[int] = []
    for index in [*repeats, -1]:
        if index >= 0:
            run.append(index)
            continue
        if len(run) >= pat.REPEATED_RUN:
            # the copy's repeated headings and short lines inside the run go with it
            drop.update(i for i in range(run[0], run[-1] + 1) if first[kept[i]] < i)
        run = []
    if not drop:
        return kept
    removed.extend(Removed(kept[i], "duplicate") for i in sorted(drop))
    return [text for i, text in enumerate(kept) if i not in drop]


def _without_share_button(block: Block, removed: list[Removed]) -> Block:
    """`block` with a share button's label glued to its end cut off (SHARE_SUFFIX) and
    reported in `removed`; a block that is only the label is left to the clutter tests."""
    if not block.text.endswith(("tweet", "Tweet", "TWEET")):
        return block
    match = pat.SHARE_SUFFIX.search(block.text)
    if not match or not match.start():
        return block
    removed.append(Removed(block.text[match.start() :].strip(), "navigation"))
    return Block(block.text[: match.start()], block.tag)


def _related(tail: str, words: int) -> tuple[str | None, bool]:
    """(kind, whether a link list follows) for a paragraph opening with a RELATED phrase,
    given what follows the phrase. "Read more" alone, or a short heading ("More from the
    Gazette:", "Related investing topics"), opens a link list; "Read more: <headline>" is one
    link; "Read more about the plan in our guide." ends like a sentence and is no clutter."""
    rest = tail.strip(" " + pat.RELATED_SEPARATORS)
    if not rest:
        return "related", True
    if tail.lstrip()[:1] in pat.RELATED_SEPARATORS:
        return "related", False  # "Read more: <headline>", "Related - <headline>"
    if pat.SENTENCE_END.search(rest):
        return None, False
    return "related", words <= pat.RELATED_HEADING_MAX_WORDS


def _is_prose(paragraph: str) -> bool:
    words = len(paragraph.split())
    # scripts written without spaces (Chinese, Japanese, Thai) count by characters
    dense = len(paragraph) / words >= pat.UNSPACED_CHARS_PER_WORD if words else False
    return words >= pat.MIN_PARAGRAPH_WORDS or (dense and len(paragraph) >= pat.MIN_UNSPACED_CHARS)


def clutter_kind(text: str, words: int | None = None) -> str | None:
    """The clutter kind of one short paragraph, or None when it reads as article text.
    A table row of one cell ("| Photo: Jo Roe |") is read as its cell; a paragraph longer
    than CLUTTER_MAX_WORDS is only tried as one of LONG_CLUTTER_KINDS."""
    count = words if words is not None else len(text.split())
    if count > pat.APPEAL_MAX_WORDS:
        return None
    long = count > pat.CLUTTER_MAX_WORDS
    if text.startswith("|") and text.count("|") <= 2:
        text = text.strip(" |")
    lowered = text.lower()
    for kind, gate, pattern in pat.CLUTTER:
        if long and kind not in pat.LONG_CLUTTER_KINDS:
            continue
        if gate is not None:
            # a plain loop, not any() over a generator: this runs for every short paragraph
            for mark in gate:
                if mark in lowered:
                    break
            else:
                continue
        if pattern.match(lowered):
            return kind
    if long:
        return None
    if pat.WIRE_SLUG.match(text):
        return "wire_slug"
    return "date" if is_date_stamp(text) else None


def is_date_stamp(text: str) -> bool:
    """Whether `text` is only a (labelled) publication date, "Updated on 23 Oct 2025", or
    only the label of one whose date the extraction dropped, "Posted on"."""
    if len(text.split()) > pat.DATE_STAMP_MAX_WORDS:
        return False
    if pat.DATE_LABEL_ALONE.fullmatch(text):
        return True
    if not _DIGIT.search(text):
        return False  # every date has a digit; most short paragraphs have none
    if pat.NUMERIC_DATE_STAMP.fullmatch(text):
        return True
    match = pat.DATELINE.search(text)
    return bool(
        match
        and pat.DATE_STAMP_LABEL.fullmatch(text, 0, match.start())
        and pat.DATE_STAMP_TAIL.fullmatch(text, match.end())
    )


def _looks_like_link(block: Block, words: int) -> bool:
    if block.tag == "item":
        return words <= pat.RELATED_ITEM_MAX_WORDS * 2
    return words <= pat.RELATED_ITEM_MAX_WORDS and not pat.SENTENCE_END.search(block.text)


def _fold(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", text.casefold())) if text else ""


# ---------------------------------------------------------------- metadata


@dataclass
class PageMeta:
    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    # the page's descriptions of itself (meta, Open Graph, JSON-LD), folded (_fold)
    descriptions: frozenset[str] = frozenset()


def read_metadata(tree: HtmlElement, *, url: str | None = None) -> PageMeta:
    """Headline, outlet, canonical URL, authors, publication time and language of a page."""
    objects = list(_json_ld(tree))
    article = _article_object(objects)
    metas = _meta_tags(tree)
    outlet = _outlet(objects, article, metas)
    headline = _headline(tree, article, metas, outlet)
    h1 = _headline_element(tree, headline)
    after = text_after_headline(h1) if h1 is not None else ""
    return PageMeta(
        headline=headline,
        outlet=outlet,
        url=url or _canonical(tree, article, metas),
        authors=_authors(tree, article, metas, objects) or visible_byline(after),
        published=_published(tree, article, metas, h1, after),
        language=_language(tree, article, metas),
        descriptions=_descriptions(article, metas),
    )


def _descriptions(article: Mapping[str, Any], metas: Mapping[str, str]) -> frozenset[str]:
    values = [metas.get(k) for k in pat.META_DESCRIPTION] + [_text(article.get("description"))]
    return frozenset(key for key in map(_fold, values) if key)


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members and nested lists flattened."""
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _flatten(data["@graph"])


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k for k in kinds if isinstance(k, str)}


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    strong = [o for o in objects if _types(o) & (pat.ARTICLE_TYPES - pat.WEAK_ARTICLE_TYPES)]
    weak = [o for o in objects if _types(o) & pat.WEAK_ARTICLE_TYPES]
    for candidates in (strong, weak):
        if candidates:
            # a page may describe several articles (teasers); the one with most fields is its own
            return max(candidates, key=lambda o: ("headline" in o, "datePublished" in o, len(o)))
    return {}


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Meta tag contents keyed by lower-cased name/property/itemprop; the first one wins."""
    found: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), " ".join(unescape(value).split()))
    return found


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    text = " ".join(unescape(value).split())
    return text or None


def _headline(
    tree: HtmlElement, article: Mapping[str, Any], metas: Mapping[str, str], outlet: str | None
) -> str | None:
    """The visible h1 when it is the article's (on the WCXB tuning half the gold headline is
    an h1 on five pages in six, the og:title on one in two), else the metadata title."""
    declared = [_text(article.get("headline")), _text(article.get("name"))]
    declared += [metas.get(k) for k in pat.META_TITLE]
    title_el = first_element(tree, "title")
    title = _text(title_el.text_content()) if title_el is not None else None
    known = [_strip_site(c, metas) for c in [*declared, title] if c]
    site = _fold(outlet)
    h1s = [h for h in (_text(el.text_content()) for el in tree.iter("h1")) if h]
    h1s = [h for h in h1s if len(h.split()) <= pat.HEADLINE_MAX_WORDS and _fold(h) != site]
    for h1 in h1s:
        plain = next((k for k in known if _fold(k) != site and _h1_adds_to(h1, k)), None)
        if plain:
            return plain
        if any(_similar(h1, k) for k in known):
            return h1
    if len(h1s) == 1 and (len(h1s[0].split()) >= pat.HEADLINE_MIN_WORDS or not known):
        return h1s[0]
    return known[0] if known else (h1s[0] if h1s else None)


def _h1_adds_to(h1: str, title: str) -> bool:
    """Whether the h1 is the declared `title` plus what a headline does not hold: a tagline
    after a separator ("... | Top 19 Companies", "... - Personally Tested", "... | Opinion"),
    or a date or a byline run into it ("... Posted on July 1, 2024 by jo", "Dec 18 2025 ...")."""
    if len(title) >= len(h1) or len(title.split()) < pat.HEADLINE_MIN_WORDS:
        return False  # a site's or a section's name before the headline is not the title
    if h1.startswith(title):
        rest = h1[len(title) :]
        return bool(pat.H1_TAGLINE.match(rest) or pat.DATELINE.search(rest))
    return h1.endswith(title) and bool(pat.DATELINE.search(h1[: -len(title)]))


def _similar(a: str, b: str) -> bool:
    """Word-set overlap (Jaccard) high enough to call two titles the same headline."""
    wa, wb = set(_fold(a).split()), set(_fold(b).split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= pat.HEADLINE_SIMILARITY


def _strip_site(title: str, metas: Mapping[str, str]) -> str:
    """ "Headline | Outlet" -> "Headline" (only the last segment, and only a short one)."""
    parts = pat.TITLE_SEPARATOR.split(title)
    if len(parts) > 1:
        site = _fold(metas.get("og:site_name"))
        last = parts[-1]
        if (site and _fold(last) == site) or len(last.split()) <= 4 < len(title.split()):
            return title[: title.rfind(last)].rstrip(" |–—•·:»-")
    return title


def _outlet(
    objects: list[dict[str, Any]], article: Mapping[str, Any], metas: Mapping[str, str]
) -> str | None:
    site = metas.get("og:site_name")
    if site:
        return site
    publisher = _text(article.get("publisher"))
    if publisher:
        return publisher
    for obj in objects:
        if "WebSite" in _types(obj) and _text(obj.get("name")):
            return _text(obj.get("name"))
    name = metas.get("application-name")
    return name if name and len(name.split()) <= 6 else None


def _canonical(
    tree: HtmlElement, article: Mapping[str, Any], metas: Mapping[str, str]
) -> str | None:
    link = tree.find('.//link[@rel="canonical"]')
    href = link.get("href") if link is not None else None
    if href and href.startswith("http"):
        return href.strip()
    og = metas.get("og:url")
    if og and og.startswith("http"):
        return og
    entity = article.get("mainEntityOfPage")
    entity_url = entity.get("@id") if isinstance(entity, dict) else entity
    if isinstance(entity_url, str) and entity_url.startswith("http"):
        return entity_url
    return None


# ---------------------------------------------------------------- authors


def _authors(
    tree: HtmlElement,
    article: Mapping[str, Any],
    metas: Mapping[str, str],
    objects: list[dict[str, Any]],
) -> list[Author]:
    """Authors from, in order of trust: JSON-LD persons, meta tags that read as personal
    names, the page's byline elements (trafilatura's author selectors, then faultline's),
    and last the JSON-LD organisation or handle-like meta author."""
    named = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    people, organisations = _json_ld_authors(article.get("author") or article.get("creator"), named)
    if people:
        return _unique(people)
    handles: list[Author] = []
    for value in [*(metas.get(k) for k in pat.META_AUTHOR), _labelled_author(metas)]:
        if value and not value.startswith(("http", "@")):
            found = parse_byline(value)
            if found and all(" " in a.name for a in found):
                return _unique(found)
            handles = handles or found
    byline = _byline(tree)
    if byline:
        found = parse_byline(byline)
        if found:
            return _unique(found)
    for el in _BYLINE_ELEMENTS(tree):
        if el.tag not in pat.BYLINE_SKIP_TAGS:
            found = parse_byline(" ".join(" ".join(el.itertext()).split()))
            if found:
                return _unique(found)
    return _unique(organisations or handles)


def _labelled_author(metas: Mapping[str, str]) -> str | None:
    """The author a page states in a Twitter card's label and data pair ("twitter:label1"
    "Written by", "twitter:data1" "Jane Roe"), as WordPress's Yoast writes it."""
    for n in range(1, pat.TWITTER_LABELS + 1):
        label = metas.get(f"twitter:label{n}")
        if label is None:
            break
        if label.strip(" :").lower() in pat.AUTHOR_LABELS:
            return metas.get(f"twitter:data{n}")
    return None


def _byline(tree: HtmlElement) -> str | None:
    """The first byline trafilatura's author selectors find, read without copying the tree
    (trafilatura's own extract_author deep-copies the page to prune it, a third of our
    metadata time): hits inside comment lists, dates and figures are skipped instead.
    The selectors are tested only on the elements one cheap pass finds (BYLINE_CANDIDATE),
    the discard selectors only on a hit, its ancestors and its descendants."""
    candidates = [el for el in _ALL_ELEMENTS(tree) if _byline_candidate(el)]
    discarded = _Discarded()
    for test in _AUTHOR_TESTS:
        for el in candidates:
            if not test(el):
                continue
            if discarded(el) or any(discarded(a) for a in el.iterancestors()):
                continue
            text = " ".join(" ".join(_text_outside(el, discarded)).split())
            if 2 < len(text) < pat.BYLINE_MAX_CHARS:
                return text
    return None


class _Discarded:
    """Whether an element is one trafilatura's AUTHOR_DISCARD_XPATHS select on its page,
    decided by the same selectors as self:: tests, each element's answer kept."""

    def __init__(self) -> None:
        self._seen: dict[Any, bool] = {}

    def __call__(self, el: Any) -> bool:
        known = self._seen.get(el)
        if known is None:
            known = isinstance(el.tag, str) and any(
                test(el) and (el.getparent() is not None or not from_root)
                for test, from_root in zip(_DISCARD_TESTS, _DISCARD_FROM_ROOT, strict=True)
            )
            self._seen[el] = known
        return known


def _byline_candidate(el: Any) -> bool:
    if el.tag == "author":
        return True
    for name, value in el.items():  # one call for all attributes, most elements have few
        if name in pat.BYLINE_ATTRIBUTES and pat.BYLINE_CANDIDATE.search(value.lower()):
            return True
    return False


def _text_outside(el: Any, discarded: _Discarded) -> Iterator[str]:
    if el.text:
        yield el.text
    for child in el:
        if not discarded(child):
            yield from _text_outside(child, discarded)
        if child.tail:
            yield child.tail


def _unique(authors: list[Author]) -> list[Author]:
    unique: dict[str, Author] = {}
    for author in authors:
        unique.setdefault(author.name.casefold(), author)
    return list(unique.values())


def _json_ld_authors(
    value: Any, named: Mapping[str, dict[str, Any]]
) -> tuple[list[Author], list[Author]]:
    """(persons, organisations) named as the article's author in JSON-LD. An author given
    only as a reference ({"@id": ".../#author"}, as Yoast's @graph writes it) is the object
    of the page's JSON-LD with that @id (`named`)."""
    people: list[Author] = []
    organisations: list[Author] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = named.get(item["@id"], item)
        if isinstance(item, str):
            people.extend(parse_byline(item))
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                continue
            found = parse_byline(name)
            role = _text(item.get("jobTitle"))
            if role and len(found) == 1:
                found[0].role = role
            if "Organization" in _types(item):
                organisations.append(Author(name=name))  # a name, not a list of people
            else:
                people.extend(found)
    return people, organisations


def parse_byline(text: str) -> list[Author]:
    """ "By Jane Roe, Diplomatic Editor" -> [Author("Jane Roe", "Diplomatic Editor")].

    A part after a comma is another author when it reads as a personal name, else a role
    (or affiliation) of the author before it; so is a part after "and" or "&" that holds a
    role word ("Jo Roe, Home and Digital Security Expert"). A role or credential written
    after the name without a comma ("Jo Roe Founder at Acme", "Jo Roe RN") is the role too.
    Trailing dates, reading times and "Updated …" are cut off.
    """
    text = pat.BYLINE_PREFIX.sub("", " ".join(text.split()))
    text = pat.BYLINE_STOP.split(text, maxsplit=1)[0].strip(" ,.:;|-–—")
    if not text or len(text) > pat.BYLINE_MAX_CHARS:
        return []
    authors: list[Author] = []
    pieces = pat.AUTHOR_SEPARATORS.split(text)  # chunks, with the separators between them
    for i in range(0, len(pieces), 2):
        parts = [p.strip() for p in pieces[i].split(",") if p.strip()]
        if parts and authors and _is_role(parts[0]):
            joined = f"{pieces[i - 1].strip()} {pieces[i]}" if i else pieces[i]
            last = authors[-1]
            last.role = f"{last.role} {joined}" if last.role else pieces[i]
            continue
        if not parts:
            continue
        name, role = _name_and_role(parts[0])
        if not _is_name(name):
            continue
        author = Author(name=name, role=role)
        authors.append(author)
        for part in parts[1:]:
            if _is_person(part):
                author = Author(name=part)
                authors.append(author)
            else:
                author.role = f"{author.role}, {part}" if author.role else part
    return authors


def _is_role(text: str) -> bool:
    """Whether `text` ends with a role word or a credential ("Digital Security Expert", "Lead
    Reviewer", "RN"), as a role does and a name with its title ("Professor Jo Roe") does not."""
    words = text.split()
    return bool(words) and _is_role_word(words[-1])


def _is_role_word(word: str) -> bool:
    word = word.strip("()")
    return word.lower().strip(".") in pat.ROLE_WORDS or word.replace(".", "") in pat.CREDENTIALS


def _name_and_role(text: str) -> tuple[str, str | None]:
    """ "Jo Roe - Editorial Team" -> ("Jo Roe", "Editorial Team"); "Jo Roe Head Winemaker"
    -> ("Jo Roe", "Head Winemaker"); "JR Jo Roe" (an avatar's initials) -> ("Jo Roe", None).

    A role word or credential ends the name only after two words of it and only when it is
    capitalised (a name never holds "Founder" or "RN"; "Jo de Roe" holds "de"), and not in
    the name of a team ("Gazette Connect Team", "Gazette Staff Writer")."""
    dash = pat.NAME_DASH.search(text)
    name, role = (text[: dash.start()], text[dash.end() :].strip()) if dash else (text, "")
    words = name.split()
    if 3 <= len(words) <= 4 and words[0] == "".join(w[0] for w in words[1:]).upper():
        words = words[1:]  # the initials of an avatar before the name
    cut = next(
        (i for i in range(2, len(words)) if words[i][:1].isupper() and _is_role_word(words[i])),
        None,
    )
    team = cut is not None and (
        any(_is_role_word(w) for w in words[:cut])
        or (cut == len(words) - 1 and words[cut].lower() in pat.TEAM_WORDS)
    )
    if cut is not None and not team:
        role = " ".join(words[cut:]) + (f" - {role}" if role else "")
        words = words[:cut]
    return " ".join(words), role or None


def _is_name(text: str) -> bool:
    """Whether `text` may be an author's name: not a placeholder or an address, no word of a
    page's furniture ("Privacy Policy", "NOC Admin"), and, when it opens with a capital, no
    lower-case word after it but a particle, an article or a team's word ("Personal finance"
    is a section's name, "The Currency editors" and "Ask the Doctors" are bylines)."""
    words = text.split()
    if not 0 < len(words) <= pat.AUTHOR_MAX_WORDS or pat.NOT_AUTHOR.match(text):
        return False
    if {w.lower().strip(".,:;()") for w in words} & pat.NOT_NAME_WORDS:
        return False
    return not (
        words[0][:1].isupper()
        and any(w[:1].islower() and w not in pat.NAME_LOWER_WORDS for w in words[1:])
    )


def _is_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() != "the"
        and all(w[0].isupper() or w.lower() in pat.NAME_PARTICLES for w in words)
        and not {w.lower().strip(".") for w in words} & pat.ROLE_WORDS
        and not pat.NOT_AUTHOR.match(text)
    )


# ---------------------------------------------------------------- dates and language


def _published(
    tree: HtmlElement,
    article: Mapping[str, Any],
    metas: Mapping[str, str],
    h1: HtmlElement | None,
    after: str,
) -> str | None:
    """The publication time the page presents, in order of trust:

    1. the Open Graph `article:published_time`, which the publisher states for sharing;
    2. the dateline beside the headline (`dateline`), the date the reader is shown: when the
       page shows only its update date ("Last updated Dec 18, 2025"), that is the date it
       presents itself as of, and it wins over a JSON-LD `datePublished` that disagrees (on the WCXB
       tuning half the gold date follows the dateline there on twelve pages in thirteen);
       when the dateline's day is that of a declared time, the declared time is returned;
    3. JSON-LD `datePublished`/`dateCreated`, other meta tags, `itemprop="datePublished"`.
    """
    shared = _first_datetime([metas.get(k) for k in pat.META_SHARED_PUBLISHED])
    if shared:
        return shared
    values = [_text(article.get("datePublished")), _text(article.get("dateCreated"))]
    values += [metas.get(k) for k in pat.META_PUBLISHED]
    for el in _ITEMPROP_PUBLISHED(tree):
        values.append(el.get("datetime") or el.get("content"))
    declared = _first_datetime(values)
    seen = dateline(h1, after) if h1 is not None else None
    if not seen:
        return declared
    modified = _first_datetime(
        [_text(article.get("dateModified"))] + [metas.get(k) for k in pat.META_MODIFIED]
    )
    for known in (declared, modified):
        if known and known[:10] == seen:
            return known
    return seen


def _first_datetime(values: list[str | None]) -> str | None:
    for value in values:
        parsed = normalise_datetime(value)
        if parsed:
            return parsed
    return None


def _headline_element(tree: HtmlElement, headline: str | None) -> HtmlElement | None:
    """The h1 that holds `headline` (else the page's first h1): where the dateline starts."""
    first = None
    for el in tree.iter("h1"):
        if headline and _text(el.text_content()) == headline:
            return el
        first = first if first is not None else el
    return first


def text_after_headline(h1: HtmlElement) -> str:
    """The first DATELINE_WINDOW characters of visible text after the headline's h1, where
    pages show the byline and the dateline (a <time> element read as its machine date); one
    line per text node, so that a byline's name does not run on into the next element."""
    return "\n".join(_window(_text_after(h1), pat.DATELINE_WINDOW))[: pat.DATELINE_WINDOW]


def visible_byline(after: str) -> list[Author]:
    """The authors of a byline shown under the headline ("By A. J. Neal", "Written by Jane
    Roe · Senior Analyst") in `after`, its text: "By" with a capital, then two to four
    capitalised words (prose that opens "By Monday" names no one)."""
    match = pat.VISIBLE_BYLINE.search(after)
    return parse_byline(match[1]) if match else []


def dateline(start: HtmlElement, after: str | None = None) -> str | None:
    """The date (YYYY-MM-DD) the page shows its reader beside `start`, the headline's h1: the
    first one in the DATELINE_WINDOW characters of visible text after it (`after`, when the
    caller has read it already), else the first one in the DATELINE_BEFORE_WINDOW characters
    of its own preceding siblings (a kicker line "Last updated: Dec 12, 2025" above the
    headline, inside the headline's own block). A first date labelled as an update gives way
    to a later one labelled as the publication's (`_shown_match`)."""
    match = _shown_match(text_after_headline(start) if after is None else after)
    if match:
        return _date_of(match)
    before = " ".join(reversed(_window(_text_before(start), pat.DATELINE_BEFORE_WINDOW)))
    match = _shown_match(before[-pat.DATELINE_BEFORE_WINDOW :])
    return _date_of(match) if match else None


def _shown_match(text: str) -> re.Match[str] | None:
    """The first SHOWN_DATE match in `text`, unless it is labelled as an update ("Updated Dec
    3, 2025 · Published Oct 10, 2023"): then the first later date labelled as the
    publication's, when there is one. A page that shows both dates means the published one as
    its publication date."""
    first: re.Match[str] | None = None
    for match in pat.SHOWN_DATE.finditer(text):
        if first is None:
            first = match
            if not _labelled(text, match, pat.DATELINE_UPDATED_LABEL):
                break
        elif _labelled(text, match, pat.DATELINE_PUBLISHED_LABEL) and _date_of(match):
            return match
    return first


def _labelled(text: str, match: re.Match[str], label: re.Pattern[str]) -> bool:
    """Whether the DATELINE_LABEL_CHARS of `text` before `match` end with `label`."""
    return (
        label.search(text, max(0, match.start() - pat.DATELINE_LABEL_CHARS), match.start())
        is not None
    )


def _window(texts: Iterator[str], size: int) -> list[str]:
    """The whitespace-normalised non-empty pieces of `texts` until `size` characters are seen."""
    parts: list[str] = []
    seen = 0
    for text in texts:
        text = " ".join(text.split())
        if text:
            parts.append(text)
            seen += len(text) + 1
            if seen >= size:
                break
    return parts


def _date_of(match: re.Match[str]) -> str | None:
    """The date of a DATELINE or SHOWN_DATE match; None when it is no date, or a numeric date
    with dots or slashes that reads both ways (09.10.2024 is September 10 in the US, 9 October
    elsewhere), so that one is read the only way that makes sense (11.24.2025 and 24.11.2025,
    27/05/2024 and 05/27/2024); a two-digit year (a slashed date's "12/19/25") is of this
    century."""
    found = {name: value for name, value in match.groupdict().items() if value}
    year, month, day = (next(v for k, v in found.items() if k[0] == part) for part in "ymd")
    if "d4" in found or "d5" in found:
        first, second = int(day), int(month)
        if first != second and first <= 12 and second <= 12:
            return None
        if first <= 12 < second:
            month, day = day, month
    number = int(month) if month.isdigit() else pat.MONTHS[month[:3].lower()]
    century = 2000 if len(year) == 2 else 0
    try:
        return datetime(century + int(year), number, int(day)).date().isoformat()
    except ValueError:
        return None


def _text_after(el: HtmlElement) -> Iterator[str]:
    """The text after `el` in document order (its own text excluded), lazily."""
    node: HtmlElement | None = el
    while node is not None:
        if node.tail:
            yield node.tail
        for sibling in node.itersiblings():
            yield from _inner_text(sibling)
            if sibling.tail:
                yield sibling.tail
        node = node.getparent()


def _text_before(el: HtmlElement) -> Iterator[str]:
    """The text of `el`'s preceding siblings (their tails included), nearest first."""
    for sibling in el.itersiblings(preceding=True):
        if sibling.tail:
            yield sibling.tail
        yield from reversed(list(_inner_text(sibling)))
    parent = el.getparent()
    if parent is not None and parent.text:
        yield parent.text


def _inner_text(el: HtmlElement) -> Iterator[str]:
    """The visible text inside `el`; a <time> element reads as its machine date."""
    if not isinstance(el.tag, str) or el.tag in pat.DATELINE_SKIP_TAGS:
        return
    if el.tag == "time":
        machine = normalise_datetime(el.get("datetime"))
        if machine:
            label = pat.TIME_LABEL.match(el.text_content())
            yield f" {label[1]} {machine[:10]} " if label else f" {machine[:10]} "
            return
    if el.text:
        yield el.text
    for child in el:
        yield from _inner_text(child)
        if child.tail:
            yield child.tail


def normalise_datetime(value: str | None) -> str | None:
    """An ISO 8601 datetime with the zone the source gave ("…+01:00"), or a YYYY-MM-DD date."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if not match:
        return None
    date, clock, zone = match.group(1), match.group(2), match.group(5)
    if not clock:
        try:
            return datetime.fromisoformat(date).date().isoformat()
        except ValueError:
            return None
    hour, rest = clock.strip(" T").split(":", 1)
    iso = f"{date}T{int(hour):02d}:{rest}"
    if zone:
        iso += "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    try:
        return datetime.fromisoformat(iso).isoformat()
    except ValueError:
        return None


# A 1 January written as a date, in the forms pages use ("January 1", "1 Jan", "01/01",
# "2019-01-01", "1.1.2019").
_JAN_FIRST = re.compile(
    r"\b(jan(uary|\.)?\s+0?1(st)?\b|0?1(st)?\s+jan|\b\d{4}-01-01|\b0?1[/.]0?1[/.]\d{2,4})",
    re.I,
)


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's date for a page whose metadata and dateline gave none: its quick search
    first, the extensive one (a scan of the whole text, most of htmldate's time) only when
    the quick search finds nothing."""
    for extensive in (False, True):
        try:
            found = find_date(tree, url=url, original_date=True, extensive_search=extensive)
        except Exception as err:  # htmldate is a best-effort fallback; a bad page must not fail
            LOGGER.debug("htmldate failed: %s", err)
            return None
        # (htmldate reads a copy of the tree, so the page's text is read only when needed)
        if (
            found
            and extensive
            and found.endswith("-01-01")
            and not _JAN_FIRST.search(tree.text_content())
        ):
            # The whole-text scan turns a bare year ("in 1995", "© 2019") into 1 January of
            # it: that is no publication date, and an invented one dates every event wrongly.
            return None
        if found:
            return found
    return None


def _language(
    tree: HtmlElement, article: Mapping[str, Any], metas: Mapping[str, str]
) -> str | None:
    values = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    values += [_text(article.get("inLanguage"))]
    values += [metas.get(k) for k in pat.META_LANGUAGE]
    for value in values:
        if value:
            code = re.split(r"[-_]", value.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return None


def _guess_language(body: str) -> str | None:
    words = re.findall(r"[a-z]+", body[:5000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for w in words if w in pat.ENGLISH_STOPWORDS) / len(words)
    return "en" if share >= pat.ENGLISH_MIN_SHARE else None
