"""The data model: what flows through the pipeline and what `analyze --json` prints.

Each stage adds one layer to a `Record`; the field names are the output contract in
docs/output.md (DESIGN.md §2). Offsets are character offsets into `Article.body`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawDoc:
    """One input document as read from its source, before any interpretation.

    `id` is "sha256:" + the hex digest of `data`, so the same bytes always get the same id
    and re-ingesting them is a no-op. `meta` carries what the container already knew
    (a JSONL line's `url`, `published`, `outlet`, `headline`; a WARC record's target URI).
    """

    id: str
    uri: str
    format: str  # text | html | jsonl | warc | url
    data: bytes
    kind: str  # how to read `data`: "text" (a capture), "html" (a page) or "body" (clean text)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or processed, with the one-line reason."""

    uri: str
    reason: str
    id: str | None = None

    def line(self) -> str:
        return f"{self.uri}: {self.reason}"


@dataclass
class Author:
    name: str
    role: str | None = None


@dataclass
class Removed:
    """A block of page clutter that extraction dropped, and what kind it was."""

    text: str
    kind: str


@dataclass
class Article:
    body: str
    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: str | None = None
    published_estimate: dict[str, str] | None = None
    dateline: str | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)


@dataclass
class Record:
    """Everything faultline knows about one document; one JSON line of `analyze --json`.

    The stage layers (actors, mentions, timexes, quotes, events) are lists of plain dicts in
    the shape the output contract gives; each stage owns the shape of its own layer.
    """

    id: str
    source: dict[str, Any]
    article: Article
    actors: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    timexes: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Things the reader should know about how this document was processed (e.g. a cut).
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a Record from its JSON form (the store keeps records as JSON)."""
    art = dict(data["article"])
    art["authors"] = [Author(**a) for a in art.get("authors", [])]
    art["removed"] = [Removed(**r) for r in art.get("removed", [])]
    return Record(
        id=data["id"],
        source=data["source"],
        article=Article(**art),
        actors=data.get("actors", []),
        mentions=data.get("mentions", []),
        timexes=data.get("timexes", []),
        quotes=data.get("quotes", []),
        events=data.get("events", []),
        warnings=data.get("warnings", []),
    )
