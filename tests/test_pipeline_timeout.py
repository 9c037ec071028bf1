"""A document that runs over FAULTLINE_DOC_TIMEOUT fails alone; the batch goes on."""

from __future__ import annotations

import contextlib
import time

import pytest

from faultline import pipeline
from faultline.document import Failure, RawDoc, Record
from faultline.settings import Settings


def _raw(text: str) -> RawDoc:
    data = text.encode()
    return RawDoc(
        id=f"sha256:{hash(text)}", uri=f"mem:{text[:10]}", format="jsonl", kind="body", data=data
    )


def _stuck(record: Record, _doc: object) -> None:
    """A stage with a bug that never returns on one input (and swallows exceptions)."""
    while "STUCK" in record.article.body:
        with contextlib.suppress(Exception):  # what a buggy stage might do
            time.sleep(0.05)


def test_a_stuck_document_fails_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", (*pipeline.STAGES, _stuck))
    raws = [
        _raw("Russia recognised Abkhazia on Tuesday."),
        _raw("STUCK: France condemned the decree."),
        _raw("Georgia rejected the decision."),
    ]
    results = pipeline.analyze_batch(raws, Settings(doc_timeout=1))
    assert [type(r) for r in results] == [Record, Failure, Record]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert "took over 1 s" in failure.reason and "FAULTLINE_DOC_TIMEOUT" in failure.reason
    assert results[2].events  # type: ignore[union-attr]


def test_no_limit_when_zero() -> None:
    with pipeline.time_limit(0):
        time.sleep(0.01)
