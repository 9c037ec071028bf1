"""Phrase matchers over word lists, built once per spaCy vocabulary and label.

Building a matcher costs up to a few hundred ms (thousands of gazetteer forms), so it is
done on first use and kept; a worker process builds each one once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

_MATCHERS: dict[tuple[int, str], tuple[Vocab, PhraseMatcher]] = {}


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    # The pipelines faultline loads use spaCy's English tokenizer rules; a blank one splits
    # the phrases the same way without needing the loaded `nlp` object.
    return spacy.blank("en").tokenizer


def phrase_matcher(vocab: Vocab, label: str, phrases: Callable[[], Iterable[str]]) -> PhraseMatcher:
    """A case-insensitive matcher of `phrases()` for `vocab`, built once per (vocab, label).
    Case rules (acronyms) are the caller's to check afterwards."""
    key = (id(vocab), label)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab:  # id() can be reused after a vocab dies
        return cached[1]
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenize = _tokenizer()
    matcher.add(label, [Doc(vocab, words=[t.text for t in tokenize(p)]) for p in phrases()])
    _MATCHERS[key] = (vocab, matcher)
    return matcher
