"""The phrase matchers' shortcut: plain phrases are split at their spaces instead of being
tokenized, which must give exactly the tokenizer's words."""

from __future__ import annotations

import pytest

from faultline.actors.gazetteer import gazetteer
from faultline.actors.matching import _tokenizer, phrase_matcher, phrase_words
from faultline.actors.roles import role_words
from faultline.nlp import load_model
from faultline.settings import Settings


def _tokenized(phrase: str) -> list[str]:
    return [t.text for t in _tokenizer()(phrase)]


@pytest.mark.parametrize(
    "phrase",
    ["Downing Street", "cannot", "dont", "Guinea-Bissau", "U.S.", "al-Shabaab", "Cote d'Ivoire"],
)
def test_a_phrase_splits_as_the_tokenizer_splits_it(phrase: str) -> None:
    assert phrase_words(phrase) == _tokenized(phrase)


def test_every_gazetteer_and_title_phrase_splits_as_the_tokenizer_splits_it() -> None:
    phrases = [*gazetteer().surfaces(), *role_words().sectors]
    assert [phrase_words(p) for p in phrases] == [_tokenized(p) for p in phrases]


def test_the_matcher_finds_a_gazetteer_form_whatever_its_case() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("Officials at DOWNING STREET and the Kremlin declined to comment.")
    matcher = phrase_matcher(nlp.vocab, "ACTOR", gazetteer().surfaces)
    found = {doc[s:e].text for _, s, e in matcher(doc)}
    assert {"DOWNING STREET", "Kremlin"} <= found
