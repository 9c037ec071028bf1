"""Code one hand-written text through the actors and events stages (no store, no quotes)."""

from __future__ import annotations

from typing import Any

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.events import events_stage
from faultline.nlp import load_model
from faultline.settings import Settings


def coded(text: str) -> Record:
    """The record of `text` with its actors, mentions and events filled."""
    doc = load_model(Settings().model)(text)
    rec = Record(id="t", source={}, article=Article(body=text))
    actors_stage(rec, doc)
    events_stage(rec, doc)
    return rec


def target_countries(text: str, etype: str) -> list[str | None]:
    """The countries of the targets of the first `etype` event coded from `text`."""
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    event = next(e for e in record.events if e["type"] == etype)
    return [table[t].get("country") for t in event["target"]]


def types_of(text: str) -> list[str]:
    """The types of the events coded from `text` that are not negated, in order."""
    return [e["type"] for e in coded(text).events if not e["negated"]]


def event_and_actors(text: str, etype: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first `etype` event coded from `text`, and the record's actors by id."""
    record = coded(text)
    event = next(e for e in record.events if e["type"] == etype)
    return event, {a["id"]: a for a in record.actors}


def first_event(text: str, etype: str) -> dict[str, Any]:
    """The first `etype` event coded from `text`."""
    return next(e for e in coded(text).events if e["type"] == etype)


def event_countries(text: str, etype: str) -> tuple[list[str | None], list[str | None]]:
    """The countries of the sources and of the targets of the first `etype` event."""
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    event = next(e for e in record.events if e["type"] == etype)
    return (
        [table[s].get("country") for s in event["source"]],
        [table[t].get("country") for t in event["target"]],
    )
