"""Reading one file's bytes safely: existence, size limit, gzip, and the content-addressed id."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from pathlib import Path

from faultline.errors import DocumentError, Reasons


def doc_id(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def read_limited(path: Path, *, max_bytes: int, gunzip: bool = True) -> bytes:
    """The file's bytes (gunzipped for .gz), or DocumentError with the reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as err:
        raise DocumentError(Reasons.NOT_FOUND) from err
    except OSError as err:
        raise DocumentError(Reasons.UNREADABLE.format(error=err.strerror or err)) from err
    if size == 0:
        raise DocumentError(Reasons.EMPTY)
    if size > max_bytes:
        raise DocumentError(Reasons.TOO_LARGE.format(size=size, limit=max_bytes))
    try:
        if gunzip and path.suffix.lower() == ".gz":
            return _gunzip(path, max_bytes=max_bytes)
        return path.read_bytes()
    except OSError as err:
        raise DocumentError(Reasons.UNREADABLE.format(error=err.strerror or err)) from err


def _gunzip(path: Path, *, max_bytes: int) -> bytes:
    # Read one byte past the limit so an oversized payload is caught without inflating it all.
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        raise DocumentError(Reasons.TRUNCATED_GZIP.format(error=err)) from err
    if len(data) > max_bytes:
        raise DocumentError(Reasons.TOO_LARGE.format(size=len(data), limit=max_bytes))
    if not data:
        raise DocumentError(Reasons.EMPTY)
    return data
