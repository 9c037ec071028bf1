"""Reader for JSON Lines dumps: one document per line.

Each line is an object with one of `html` (a page), `text` (a plain-text capture, cleaned
like a .txt file) or `body` (an already clean article body, taken as is), and optionally
`url`, `published`, `outlet`, `headline`, `id`. A line's id is the sha256 of the line's
bytes, so the same line is the same document wherever it appears.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from faultline.document import Failure, RawDoc
from faultline.errors import Reasons
from faultline.ingest.files import doc_id

_CONTENT_KEYS = ("html", "text", "body")
_META_KEYS = ("url", "published", "outlet", "headline", "id")


def read_jsonl(data: bytes, *, uri: str) -> Iterator[RawDoc | Failure]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        line_uri = f"{uri}#L{number}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            reason = Reasons.BAD_JSON.format(line=number, error=getattr(err, "msg", err))
            yield Failure(uri=line_uri, reason=reason)
            continue
        key = next((k for k in _CONTENT_KEYS if isinstance(obj, dict) and obj.get(k)), None)
        if key is None:
            yield Failure(uri=line_uri, reason=Reasons.BAD_JSONL_OBJECT.format(line=number))
            continue
        meta = {k: obj[k] for k in _META_KEYS if obj.get(k) is not None}
        if "id" in meta:
            meta["external_id"] = str(meta.pop("id"))
        yield RawDoc(
            id=doc_id(line.strip()),
            uri=line_uri,
            format="jsonl",
            data=str(obj[key]).encode("utf-8"),
            kind=key,
            meta=meta,
        )
