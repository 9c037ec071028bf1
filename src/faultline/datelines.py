"""Wire datelines that open a sentence: where a story was filed, never a party to it.

"HARARE, July 5 (AFP) -", "PORT HARCOURT, Nigeria, Feb 23 (Reuters) -", "MINSK (AP) -",
"BILBAO, Spain -". Extraction takes the dateline off a capture's first paragraph; bodies from
HTML pages and hand-fed texts keep them, and the parser hangs them on the first clause. The
actors and events stages read these spans to leave them out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from faultline.nlp import doc_text

DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"  # the place, in capitals
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?)"  # its country or state
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"  # the day
    r"(?: \([^()]{1,40}\))?"  # the agency
    r"(?: *[—–] *| +-{1,2} +)"
)


# A dateline opens the body or one of its paragraphs; reading only there is cheaper than
# building every sentence's text.
_AT_PARAGRAPH = re.compile(r"(?:^|(?<=\n))" + DATELINE.pattern)


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines that open `doc` or one of its paragraphs."""
    return [m.span() for m in _AT_PARAGRAPH.finditer(doc_text(doc))]


def dateline_end(doc: Doc, i: int) -> int:
    """The first token after the dateline that opens token `i`'s sentence, or the sentence's
    first token."""
    sent = doc[i].sent
    found = DATELINE.match(sent.text)
    if found is None:
        return sent.start
    end = sent.start_char + found.end()
    return next((t.i for t in sent if t.idx >= end), sent.end)
