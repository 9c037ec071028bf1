"""Reader for WARC and WARC.gz archives (warcio): every HTML response record is a document."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from io import BytesIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from faultline.document import Failure, RawDoc
from faultline.errors import Reasons
from faultline.ingest.files import doc_id
from faultline.ingest.html import html_doc


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and "html" in (content_type or "").lower()


def read_warc(data: bytes, *, uri: str, max_bytes: int) -> Iterator[RawDoc | Failure]:
    found = 0
    try:
        for record in ArchiveIterator(BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if not _is_html(record.http_headers.get_header("Content-Type")):
                continue
            target = record.rec_headers.get_header("WARC-Target-URI") or uri
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                reason = Reasons.TOO_LARGE.format(size=len(payload), limit=max_bytes)
                yield Failure(uri=target, reason=reason, id=doc_id(payload))
                continue
            found += 1
            meta = {"url": target, "captured": record.rec_headers.get_header("WARC-Date")}
            yield html_doc(payload, uri=target, fmt="warc", meta=meta)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as err:
        # Records read before the damage have been yielded; the rest of the file is lost.
        reason = Reasons.BAD_WARC.format(error=str(err).splitlines()[0] if str(err) else err)
        yield Failure(uri=uri, reason=reason)
        return
    damage = _gzip_damage(data)
    if damage:
        # warcio stops quietly at a cut gzip member; say so, or the loss would go unnoticed.
        yield Failure(uri=uri, reason=Reasons.TRUNCATED_GZIP.format(error=damage))
    elif not found:
        yield Failure(uri=uri, reason=Reasons.NO_WARC_RECORDS)


def _gzip_damage(data: bytes) -> str | None:
    """Why gzipped `data` is damaged, or None when it is whole (or not gzip at all)."""
    if not data.startswith(b"\x1f\x8b"):
        return None
    try:
        gzip.decompress(data)
    except (EOFError, OSError, zlib.error) as err:
        return str(err)
    return None
