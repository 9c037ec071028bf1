"""The spaCy pipeline: loaded once per process, documents go through `nlp.pipe` in batches."""

from __future__ import annotations

from functools import lru_cache
from typing import cast

import numpy
import spacy
from spacy.attrs import IS_SPACE, LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex
from thinc.types import Ints2d

from faultline.errors import DocumentError

PARAGRAPHS = "faultline_paragraphs"
PARTICIPLE_AFTER_TO = "faultline_participle_after_to"
_TEXT_KEY = "faultline_text"


_LAST_TOKENS: list[tuple[Doc, list[Token]]] = []


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of `doc` as one list, made once: `for tok in doc` builds a new Token object
    for every word on every pass, and the stages make several passes. Stages run one document
    at a time, so the last document's list is all that is kept."""
    if _LAST_TOKENS and _LAST_TOKENS[0][0] is doc:
        return _LAST_TOKENS[0][1]
    tokens = list(doc)
    _LAST_TOKENS[:] = [(doc, tokens)]
    return tokens


_LAST_LOWERS: list[tuple[Doc, list[str]]] = []


def doc_lowers(doc: Doc) -> list[str]:
    """Each token's `lower_`, as one list made once per document like `doc_tokens` (and not
    to be changed): several rules test every word's lower form first, and each `lower_`
    goes through the string store."""
    if _LAST_LOWERS and _LAST_LOWERS[0][0] is doc:
        return _LAST_LOWERS[0][1]
    lowers = [tok.lower_ for tok in doc_tokens(doc)]
    _LAST_LOWERS[:] = [(doc, lowers)]
    return lowers


_LAST_LEMMAS: list[tuple[Doc, list[str]]] = []
# lemma id -> the lemma lower-cased: an article's words are a few hundred lemmas, most seen in
# the articles before; emptied when full, so a long run's memory stays flat
_LEMMA_LOWER: dict[int, str] = {}
_LEMMA_LOWER_MAX = 200_000


def doc_lemma_lowers(doc: Doc) -> list[str]:
    """Each token's `lemma_.lower()`, as one list made once per document like `doc_tokens`
    (and not to be changed), from the parse's lemma ids: the rules that first ask whether a
    word's lemma is a cue or a head word ask it of every word."""
    if _LAST_LEMMAS and _LAST_LEMMAS[0][0] is doc:
        return _LAST_LEMMAS[0][1]
    if len(_LEMMA_LOWER) >= _LEMMA_LOWER_MAX:
        _LEMMA_LOWER.clear()
    strings = doc.vocab.strings
    lemmas: list[str] = []
    for lemma_id in doc.to_array(LEMMA).tolist():
        lemma = _LEMMA_LOWER.get(lemma_id)
        if lemma is None:
            lemma = _LEMMA_LOWER[lemma_id] = strings[lemma_id].lower()
        lemmas.append(lemma)
    _LAST_LEMMAS[:] = [(doc, lemmas)]
    return lemmas


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once: spaCy rebuilds it from every token on each access, which
    cost about 10 ms per article when stages asked for it per expression."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break. Headlines, datelines and lists have no
    final stop, and without this the parser runs them into the next paragraph, so an
    event's evidence would straddle two paragraphs. The parser respects preset starts."""
    # Only whitespace tokens can hold a break; the flags are read and written as arrays in
    # one pass each, because each `token.is_sent_start = True` first checks every token of
    # the doc for a parse (~40 us a break, ~2.5 ms an article), and `for token in doc` builds
    # a Token object per word.
    starts = doc.to_array(SENT_START)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            starts[i + 1] = 1  # what `is_sent_start = True` stores
    # spaCy's stubs type to_array's result as floats; it is the uint64 that from_array reads
    doc.from_array([SENT_START], cast(Ints2d, starts))
    return doc


@Language.component(PARTICIPLE_AFTER_TO)
def participle_after_to(doc: Doc) -> Doc:
    """Re-attach "to" before a participle as the preposition it is. The small model reads
    "granted asylum to ousted Syrian President Bashar al-Assad" as an infinitive "to oust"
    whose object is Assad, so the grant has no recipient; an infinitive's verb is never a
    past form, so "to" + VBN/VBD with an object is "to" + adjective + noun."""
    # Only "to" tokens are looked at, found in one array pass (a Token per word costs ~1 ms
    # an article, and throughput is measured against bare spaCy).
    tags = doc.to_array(TAG)[:-1]
    for i in numpy.flatnonzero(tags == doc.vocab.strings["TO"]).tolist():
        to = doc[i]
        if to.dep_ != "aux":
            continue
        verb = doc[to.i + 1]
        if verb.tag_ not in ("VBN", "VBD") or to.head != verb or verb.dep_ not in ("advcl", "acl"):
            continue
        objects = [c for c in verb.rights if c.dep_ == "dobj"]
        if not objects or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        noun, head = objects[0], verb.head
        later = [c for c in verb.rights if c.i > noun.i]  # "in Panama" after the noun is its
        to.head, to.dep_, to.tag_, to.pos_ = head, "prep", "IN", "ADP"
        noun.head, noun.dep_ = to, "pobj"
        verb.head, verb.dep_ = noun, "amod"
        for c in later:
            c.head = noun
    return doc


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline `name` (an installed package or a path) once per process,
    with paragraph breaks as sentence boundaries when it has a parser."""
    try:
        nlp = spacy.load(name)
    except OSError as err:
        # Never download at run time: a missing model is a setup error with a clear fix.
        raise DocumentError(
            f"spaCy model '{name}' is not installed (set FAULTLINE_MODEL or run `make demo`)"
        ) from err
    # "the U.S.-led campaign", "U.N.-brokered", "U.S.-Russian talks": a hyphen after an
    # abbreviation's stop splits as it does after a word ("NATO-led"), so the state or body
    # is a token of its own that the actors stage can find
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(PARTICIPLE_AFTER_TO, after="parser")
    return nlp
