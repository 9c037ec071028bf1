"""The per-document pipeline and its parallel runner.

`analyze_batch` is the pure core: RawDocs in, one Record or Failure out per input, in order.
Stages after spaCy are functions `(record, doc) -> None` that add one layer to the record;
`STAGES` lists them in the order they run. `run` spreads batches over worker processes, each
loading the spaCy model once, with a bounded number of batches in flight so memory stays flat
however large the input.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult
from types import FrameType

from spacy.tokens import Doc

from faultline.actors import actors_stage
from faultline.dating import dating_stage
from faultline.document import Article, Failure, RawDoc, Record
from faultline.errors import DocumentError, Reasons
from faultline.events import events_stage
from faultline.extract import extract
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings
from faultline.timex import timex_stage

Stage = Callable[[Record, Doc], None]

# Every stage, in pipeline order; quotes, events and time join here as they land.
STAGES: tuple[Stage, ...] = (actors_stage, quotes_stage, timex_stage, events_stage, dating_stage)


def _failure(raw: RawDoc, err: Exception) -> Failure:
    if isinstance(err, DocumentError):
        return Failure(uri=raw.uri, reason=str(err), id=raw.id)
    # An unexpected error is a bug, but one document must never stop a batch.
    reason = Reasons.PROCESSING.format(error=f"{type(err).__name__}: {err}")
    return Failure(uri=raw.uri, reason=reason, id=raw.id)


def _record(raw: RawDoc, extracted: tuple[Article, list[str]], settings: Settings) -> Record:
    article, warnings = extracted
    if settings.published:
        article.published = settings.published
    source = {"uri": raw.uri, "format": raw.format}
    return Record(id=raw.id, source=source, article=article, warnings=warnings)


class _Timeout(BaseException):
    """Not an Exception, so that no stage's own error handling can swallow it."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Timeout


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise DocumentError(TIMEOUT) if the block runs over `seconds`. Uses SIGALRM, so it
    only acts in a process's main thread (workers run their tasks there); elsewhere, or with
    0 seconds, it sets no limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout:
        raise DocumentError(Reasons.TIMEOUT.format(seconds=seconds)) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyze_batch(raws: Sequence[RawDoc], settings: Settings) -> list[Record | Failure]:
    """Extract, parse and annotate each document; one result per input, in input order."""
    nlp = load_model(settings.model)
    results: list[Record | Failure | None] = [None] * len(raws)
    ready: list[tuple[int, Record]] = []
    for i, raw in enumerate(raws):
        try:
            with time_limit(settings.doc_timeout):
                ready.append((i, _record(raw, extract(raw), settings)))
        except Exception as err:
            results[i] = _failure(raw, err)
    texts = [record.article.body for _, record in ready]
    docs: list[Doc | None]
    try:
        docs = list(nlp.pipe(texts, batch_size=settings.batch_size))
    except Exception:
        # One pathological text must not sink its batch-mates: retry them one by one.
        docs = []
        for i, record in ready:
            try:
                docs.append(nlp(record.article.body))
            except Exception as err:
                results[i] = _failure(raws[i], err)
                docs.append(None)
    for (i, record), doc in zip(ready, docs, strict=True):
        if doc is None:
            continue
        try:
            with time_limit(settings.doc_timeout):
                for stage in STAGES:
                    stage(record, doc)
            results[i] = record
        except Exception as err:
            results[i] = _failure(raws[i], err)
    return [r for r in results if r is not None]


def _batches(items: Iterable[RawDoc | Failure], size: int) -> Iterator[list[RawDoc] | Failure]:
    batch: list[RawDoc] = []
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    load_model(settings.model)  # once per worker, before the first batch arrives


def _work(batch: list[RawDoc]) -> list[Record | Failure]:
    assert _WORKER_SETTINGS is not None
    return analyze_batch(batch, _WORKER_SETTINGS)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(
    items: Iterable[RawDoc | Failure], settings: Settings, *, workers: int = 1
) -> Iterator[Record | Failure]:
    """Results for every item, in input order; Failures from reading pass straight through."""
    if workers <= 1:
        for batch in _batches(items, settings.batch_size):
            if isinstance(batch, Failure):
                yield batch
            else:
                yield from analyze_batch(batch, settings)
        return
    # Small batches keep both workers busy to the end; a bounded queue keeps memory flat.
    size = max(1, min(settings.batch_size, 8))
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque[AsyncResult[list[Record | Failure]] | Failure] = deque()
        for batch in _batches(items, size):
            pending.append(
                batch if isinstance(batch, Failure) else pool.apply_async(_work, (batch,))
            )
            while len(pending) > workers * 3:
                yield from _drain_one(pending)
        while pending:
            yield from _drain_one(pending)


def _drain_one(
    pending: deque[AsyncResult[list[Record | Failure]] | Failure],
) -> Iterator[Record | Failure]:
    head = pending.popleft()
    if isinstance(head, Failure):
        yield head
    else:
        yield from head.get()
