"""Bounds on the work one document can cause, so a huge page costs bounded time and memory.

Saved pages are mostly bulk that is never article text (inline scripts, styles, SVG,
base64 images); that is stripped first with linear-time patterns. What is still over the
limit is cut, and the cut is reported as a warning on the record (never silent).
"""

from __future__ import annotations

import re

# Extraction parses the whole tree; past a few MB of markup that costs seconds per MB and
# trafilatura gives up on very large trees anyway. Article pages are far below this.
HTML_MAX_CHARS = 4_000_000
# A long feature is ~50k characters; past 200k the parser costs seconds and hundreds of MB
# per document, so a longer body is cut at a paragraph break.
BODY_MAX_CHARS = 200_000

_BULK = re.compile(
    r"<(script|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.I | re.S,
)
_DATA_URI = re.compile(r"""data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\s]+""", re.I)


def shrink_html(html: str, *, limit: int = HTML_MAX_CHARS) -> tuple[str, list[str]]:
    """`html` without its non-text bulk, cut to `limit` characters; and the warnings."""
    if len(html) <= limit:
        return html, []
    slim = _DATA_URI.sub("data:,", _BULK.sub("", html))
    if len(slim) <= limit:
        return slim, []
    # Cut at a tag boundary so the parser does not see half a tag.
    cut = slim.rfind(">", 0, limit) + 1
    cut = cut if cut > limit // 2 else limit
    warning = (
        f"page cut at {cut:,} of {len(slim):,} characters of markup "
        f"(after removing scripts, styles and inline data); text past the cut is not read"
    )
    return slim[:cut], [warning]


def cap_body(body: str, *, limit: int = BODY_MAX_CHARS) -> tuple[str, list[str]]:
    """`body` cut at the last paragraph break before `limit` characters; and the warnings."""
    if len(body) <= limit:
        return body, []
    cut = body.rfind("\n\n", 0, limit)
    cut = cut if cut > 0 else limit
    return body[:cut], [f"body cut at {cut:,} of {len(body):,} characters"]
