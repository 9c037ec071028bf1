"""The spaCy pipeline: loaded once per process, documents go through `nlp.pipe` in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from faultline.errors import DocumentError


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline `name` (an installed package or a path) once per process."""
    try:
        return spacy.load(name)
    except OSError as err:
        # Never download at run time: a missing model is a setup error with a clear fix.
        raise DocumentError(
            f"spaCy model '{name}' is not installed (set FAULTLINE_MODEL or run `make demo`)"
        ) from err


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int) -> Iterator[Doc]:
    yield from nlp.pipe(texts, batch_size=batch_size)
