"""Titles and roles: the word lists behind persons and unnamed role holders, and the spans of
titles in a parsed document.

The lists live in `faultline/data/actors/`: `roles.tsv` (title -> sectors), `role_modifiers.tsv`
(a non-actor word before a title that sets its sector, "rebel spokesman"), `honorifics.txt`
("Mr.", stripped before a surname is matched) and `group_nouns.txt` (nouns a counted group of
states is made of).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from faultline.actors.matching import phrase_matcher

INHERIT = "*"  # sectors of the body spoken for
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Jean Dupont’s" -> "jean-dupont-s"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def data_rows(name: str) -> list[list[str]]:
    text = files("faultline").joinpath("data", "actors", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True)
class RoleWords:
    sectors: dict[str, tuple[str, ...]]  # title (lowercase) -> sectors, main first
    modifiers: dict[str, str]  # "rebel" -> "REB"
    honorifics: frozenset[str]
    group_nouns: frozenset[str]

    def head(self, title: str) -> str:
        """The last word of a title, what a bare later title must share to refer back to it
        ("Ambassador X" to "the Russian ambassador to the UN")."""
        return title.lower().split()[-1]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    return RoleWords(
        sectors={row[0]: tuple(row[1].split(",")) for row in data_rows("roles.tsv")},
        modifiers={row[0]: row[1] for row in data_rows("role_modifiers.tsv")},
        honorifics=frozenset(row[0] for row in data_rows("honorifics.txt")),
        group_nouns=frozenset(row[0] for row in data_rows("group_nouns.txt")),
    )


def _title_phrases() -> list[str]:
    """Every title, and an abbreviated one also as capitalised: the tokenizer keeps "Gen." in
    "Gen. Prosper Avril" one token but splits "gen." in two, so the lowercase form alone
    never matches it."""
    titles = list(role_words().sectors)
    return titles + [t.title() for t in titles if "." in t]


def title_spans(doc: Doc) -> list[Span]:
    """Every title in `doc`, longest first where two overlap ("foreign minister" over
    "minister"). A title must end in a noun, so "in general" or "general public" is none."""
    spans = [doc[s:e] for _, s, e in phrase_matcher(doc.vocab, "TITLE", _title_phrases)(doc)]
    spans = [s for s in spans if s[-1].pos_ in ("NOUN", "PROPN")]
    return sorted(filter_spans(spans), key=lambda s: s.start)


def is_honorific(text: str) -> bool:
    return text.lower() in role_words().honorifics
