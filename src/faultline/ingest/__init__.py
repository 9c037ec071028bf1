"""Turning what users have (files, directories, stdin) into RawDocs, one reader per kind.

`read_sources` never raises for a bad input: it yields a `Failure` naming the input and the
reason, and goes on with the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from faultline.document import Failure, RawDoc
from faultline.errors import DocumentError, Reasons
from faultline.ingest.files import read_limited
from faultline.ingest.html import html_doc, read_html_file
from faultline.ingest.jsonl import read_jsonl
from faultline.ingest.text import read_text_file, text_doc
from faultline.ingest.warc import read_warc
from faultline.settings import Settings

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}


def kind_of(path: Path) -> str | None:
    """'text', 'html', 'jsonl' or 'warc' from the file name (a .gz is named by what it holds)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    for kind, known in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("warc", WARC_SUFFIXES),
    ):
        if last in known:
            return kind
    return None


def sniff(data: bytes) -> str:
    """Guess the kind of stdin or an unnamed file from its first bytes."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<div")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def walk(path: Path) -> Iterator[Path]:
    """Files under `path` that faultline can read, in a stable order; hidden ones skipped."""
    for child in sorted(path.rglob("*")):
        hidden = child.name.startswith(".")
        if child.is_file() and not hidden and kind_of(child) is not None:
            yield child


def _from_bytes(data: bytes, kind: str, uri: str, settings: Settings) -> Iterator[RawDoc | Failure]:
    if kind == "jsonl":
        yield from read_jsonl(data, uri=uri)
    elif kind == "warc":
        yield from read_warc(data, uri=uri, max_bytes=settings.max_bytes)
    elif kind == "html":
        yield html_doc(data, uri=uri)
    else:
        yield text_doc(data, uri=uri)


def read_file(path: Path, settings: Settings) -> Iterator[RawDoc | Failure]:
    uri = path.resolve().as_uri() if path.exists() else str(path)
    kind = kind_of(path)
    # WARC.gz is gzipped record by record; warcio reads it as it is, so a damaged tail only
    # loses the records after the damage.
    is_warc_gz = kind == "warc" and path.suffix.lower() == ".gz"
    try:
        data = read_limited(path, max_bytes=settings.max_bytes, gunzip=not is_warc_gz)
    except DocumentError as err:
        yield Failure(uri=uri, reason=str(err))
        return
    if kind == "text":
        yield read_text_file(path, data)
    elif kind == "html":
        yield read_html_file(path, data)
    else:
        yield from _from_bytes(data, kind or sniff(data), uri, settings)


def read_stdin(settings: Settings) -> Iterator[RawDoc | Failure]:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if not data:
        yield Failure(uri="<stdin>", reason=Reasons.EMPTY)
    elif len(data) > settings.max_bytes:
        reason = Reasons.TOO_LARGE.format(size=len(data), limit=settings.max_bytes)
        yield Failure(uri="<stdin>", reason=reason)
    else:
        yield from _from_bytes(data, sniff(data), "<stdin>", settings)


def read_sources(paths: Iterable[str], settings: Settings) -> Iterator[RawDoc | Failure]:
    """Every document in `paths` (files, directories walked recursively, '-' for stdin)."""
    for name in paths:
        if name == "-":
            yield from read_stdin(settings)
            continue
        path = Path(name)
        if path.is_dir():
            for child in walk(path):
                yield from read_file(child, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            yield Failure(uri=name, reason=Reasons.NOT_FOUND)
