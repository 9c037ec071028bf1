"""Reader for plain-text captures (.txt): the whole file is one document."""

from __future__ import annotations

from pathlib import Path

from faultline.document import RawDoc
from faultline.ingest.files import doc_id


def text_doc(data: bytes, *, uri: str) -> RawDoc:
    return RawDoc(id=doc_id(data), uri=uri, format="text", data=data, kind="text")


def read_text_file(path: Path, data: bytes) -> RawDoc:
    return text_doc(data, uri=path.resolve().as_uri())
