"""Phrase matchers over word lists, built once per spaCy vocabulary and label.

Building a matcher costs up to a few hundred ms (thousands of gazetteer forms), so it is
done on first use and kept; a worker process builds each one once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import cast

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


# A phrase of plain words (most gazetteer forms) that the tokenizer would only split at its
# spaces: no affix or infix rule touches ASCII letters, so only a special case ("cannot",
# "dont") could split a word further.
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*\Z")


def phrase_words(phrase: str) -> list[str]:
    """The words spaCy's English tokenizer splits `phrase` into; plain phrases are split at
    their spaces without it, which is the same and skips building a Doc for each."""
    tokenize = _tokenizer()
    if _PLAIN_PHRASE.match(phrase):
        words = phrase.split(" ")
        if not any(word in tokenize.rules for word in words):
            return words
    return [t.text for t in tokenize(phrase)]


def phrase_matcher(vocab: Vocab, label: str, phrases: Callable[[], Iterable[str]]) -> PhraseMatcher:
    """A case-insensitive matcher of `phrases()` for `vocab`, built once per (vocab, label).
    Case rules (acronyms) are the caller's to check afterwards."""
    key = (id(vocab), label)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is vocab:  # id() can be reused after a vocab dies
        return cached[1]
    matcher = PhraseMatcher(vocab, attr="LOWER")
    # Each pattern is given as its words' LOWER values, which is what the matcher reads off a
    # pattern Doc's tokens: the same lexemes, without a Doc per phrase (over half the cost of
    # a matcher of the gazetteer's ~14,000 forms).
    patterns = [[vocab[word].lower for word in phrase_words(p)] for p in phrases()]
    # add() takes such value lists as patterns (spaCy's own unpickling passes them); its
    # stub only names Docs.
    matcher.add(label, cast(list[Doc], [p for p in patterns if p]))
    _MATCHERS[key] = (vocab, matcher)
    return matcher
