"""Batch jobs over many inputs: `analyze` (records out, no store) and `ingest` (into a store).

These are the Python API behind the CLI; the CLI adds only argument parsing and printing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from faultline.document import Failure, RawDoc, Record
from faultline.ingest import read_sources
from faultline.pipeline import run
from faultline.settings import Settings
from faultline.store import Store


@dataclass
class Summary:
    new: int = 0
    present: int = 0
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def analyze(
    paths: Iterable[str], settings: Settings, *, workers: int = 1
) -> Iterator[Record | Failure]:
    """Every document in `paths`, analysed; nothing is written anywhere."""
    yield from run(read_sources(paths, settings), settings, workers=workers)


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    workers: int = 1,
    on_result: Callable[[Record | Failure | None], None] | None = None,
) -> Summary:
    """Analyse and store every document in `paths` not already stored.

    Each document is committed on its own as soon as it is done, so a run killed at any
    moment keeps everything committed before, and re-running resumes where it stopped.
    `on_result` is called once per input (None for one already stored), for progress.
    """
    summary = Summary()
    notify = on_result or (lambda _result: None)

    def fresh() -> Iterator[RawDoc | Failure]:
        for item in read_sources(paths, settings):
            if isinstance(item, RawDoc) and store.has(item.id):
                summary.present += 1
                notify(None)
                continue
            yield item

    for result in run(fresh(), settings, workers=workers):
        if isinstance(result, Failure):
            store.save_failure(result)
            summary.failed.append(result)
        elif store.save(result):
            summary.new += 1
        else:
            # The same bytes appeared twice in this run (e.g. a file and its copy).
            summary.present += 1
        notify(result)
    return summary
