"""Article extraction: one `Article` from a RawDoc, whatever its kind."""

from __future__ import annotations

import re

from faultline.document import Article, RawDoc
from faultline.errors import DocumentError, Reasons
from faultline.extract.html import extract_html
from faultline.extract.limits import cap_body, shrink_html
from faultline.extract.text import extract_text
from faultline.ingest.decode import decode

_BLANK_LINES = re.compile(r"\n\s*\n")
# Fewer words than this is a menu, a caption or an error page, not an article: even a
# one-paragraph news brief has more.
MIN_ARTICLE_WORDS = 8


def _clean_body(text: str) -> str:
    paragraphs = (" ".join(p.split()) for p in _BLANK_LINES.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def extract(raw: RawDoc) -> tuple[Article, list[str]]:
    """The article in `raw` and any warnings about limits applied; DocumentError when the
    input is not text or holds no article."""
    text = decode(raw.data)
    warnings: list[str] = []
    if raw.kind == "html":
        text, warnings = shrink_html(text)
        article = extract_html(text, meta=raw.meta)
    elif raw.kind == "body":
        article = Article(
            body=_clean_body(text),
            headline=raw.meta.get("headline"),
            outlet=raw.meta.get("outlet"),
            url=raw.meta.get("url"),
            published=raw.meta.get("published"),
        )
    else:
        article = extract_text(text, meta=raw.meta)
    # A clean `body` is taken as is, however short (a wire brief, one sentence); extracted
    # text this short is a menu or an error page.
    min_words = 1 if raw.kind == "body" else MIN_ARTICLE_WORDS
    if len(article.body.split()) < min_words:
        raise DocumentError(Reasons.NO_ARTICLE)
    article.body, cut = cap_body(article.body)
    return article, warnings + cut
