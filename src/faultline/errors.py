"""Every user-facing failure reason in one place, so messages stay consistent and greppable.

A `DocumentError` is raised for one bad input; the batch records it and goes on.
"""

from __future__ import annotations


class DocumentError(Exception):
    """One input could not be turned into an article; `str(err)` is the one-line reason."""


class Reasons:
    NOT_FOUND = "no such file or directory"
    EMPTY = "empty input (0 bytes)"
    BINARY = "binary data, not text or HTML"
    TOO_LARGE = "input is {size:,} bytes, over the limit of {limit:,} (FAULTLINE_MAX_BYTES)"
    UNREADABLE = "cannot read: {error}"
    NO_ARTICLE = "no article text found"
    BAD_JSON = "line {line}: not valid JSON ({error})"
    BAD_JSONL_OBJECT = "line {line}: expected an object with 'html', 'text' or 'body'"
    TRUNCATED_GZIP = "compressed data is truncated or corrupt ({error})"
    BAD_WARC = "not a readable WARC file ({error})"
    NO_WARC_RECORDS = "WARC file has no HTML response records"
    UNSUPPORTED = "unsupported file type '{suffix}'"
    PROCESSING = "processing failed: {error}"
    TIMEOUT = "processing took over {seconds} s and was stopped (FAULTLINE_DOC_TIMEOUT)"
