"""Reader for saved HTML pages (.html, .htm, also gzipped): the whole file is one document."""

from __future__ import annotations

from pathlib import Path

from faultline.document import RawDoc
from faultline.ingest.files import doc_id


def html_doc(data: bytes, *, uri: str, fmt: str = "html", meta: dict | None = None) -> RawDoc:
    return RawDoc(id=doc_id(data), uri=uri, format=fmt, data=data, kind="html", meta=meta or {})


def read_html_file(path: Path, data: bytes) -> RawDoc:
    return html_doc(data, uri=path.resolve().as_uri())
