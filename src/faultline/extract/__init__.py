"""Article extraction: one `Article` from a RawDoc, whatever its kind."""

from __future__ import annotations

import re

from faultline.document import Article, RawDoc
from faultline.errors import DocumentError, Reasons
from faultline.extract.html import extract_html
from faultline.extract.text import extract_text
from faultline.ingest.decode import decode

_BLANK_LINES = re.compile(r"\n\s*\n")


def _clean_body(text: str) -> str:
    paragraphs = (" ".join(p.split()) for p in _BLANK_LINES.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def extract(raw: RawDoc) -> Article:
    """The article in `raw`; DocumentError when the input is not text or holds no article."""
    text = decode(raw.data)
    if raw.kind == "html":
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
    if not article.body.strip():
        raise DocumentError(Reasons.NO_ARTICLE)
    return article
