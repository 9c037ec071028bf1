"""The actor gazetteer: canonical actors and the surface forms that name them.

States come from pycountry (ISO 3166-1 alpha-3 ids); everything pycountry cannot give
(news names like "Britain", adjectives, capitals used as metonyms, government seats, IGOs,
partial states, disputed regions, media) comes from the project's data files in
`faultline/data/actors/`. The gazetteer is built once per process (`gazetteer()`).

Lookup rules: a form written without lowercase letters ("US", "NATO", "U.N.") is an acronym
and matches only in exactly that case, so "us" and "Who" never resolve, as does a short
mixed-case one ("LeT", not "Let"); any other form
matches case-insensitively provided the text starts with a capital ("Russia", "RUSSIA",
"Foreign Office", but not "turkey" or "china"). A leading "the", curly apostrophes and a
possessive "'s" do not matter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import pycountry

Actor = dict[str, Any]

# How a surface form names its actor; the resolver treats metonyms more cautiously.
NAME, ADJECTIVE, METONYM, BLOCKED = "name", "adjective", "metonym", "blocked"

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az)[- ][A-Z]")
_SPACE = re.compile(r"\s+")
# A plural of an adjective takes a plain "s" unless it already ends in a sibilant or "-ese"
# ("Russians", "Serbs" but not "Chineses", "Frenchs").
_NO_PLURAL = re.compile(r"(?:s|sh|ch|x|z|ese)$")
# State names that read "the ..." in a sentence ("Government of the United States").
_NEEDS_THE = re.compile(r"^United |Republic$|Islands$|^(?:Netherlands|Philippines|Bahamas|Gambia)$")


class GazetteerError(ValueError):
    """The data files contradict each other (one form, two actors); a bug in the data."""


@dataclass(frozen=True)
class Alias:
    actor: str  # actor id, "" for a blocked phrase
    form: str  # NAME, ADJECTIVE, METONYM or BLOCKED
    soft: bool = False  # from pycountry: the project's own data may override it


def clean(text: str) -> str:
    """The form a surface is compared in: straight apostrophes, single spaces, no leading
    "the", no possessive."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = _SPACE.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text)
    return _THE.sub("", text)


_MIXED_ACRONYM = re.compile(r"^[A-Za-z]{2,5}$")


def is_acronym(form: str) -> bool:
    """A form without lowercase letters ("NATO", "U.N."), or a short word with a capital after
    its first letter ("LeT", "DfID"): it matches only as written, so "Let" is no LeT."""
    if not any(ch.islower() for ch in form):
        return True
    return bool(_MIXED_ACRONYM.match(form)) and any(ch.isupper() for ch in form[1:])


@dataclass(repr=False)  # thousands of entries: the default repr drowns test output
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    _exact: dict[str, Alias] = field(default_factory=dict)
    _folded: dict[str, Alias] = field(default_factory=dict)
    # Surface forms as written (with their "the"), for building phrase patterns.
    _surfaces: set[str] = field(default_factory=set)

    def add(self, surface: str, actor: str, form: str, *, soft: bool = False) -> None:
        key = clean(surface)
        if not key:
            return
        table, lookup_key = (
            (self._exact, key) if is_acronym(key) else (self._folded, key.casefold())
        )
        old = table.get(lookup_key)
        if old is not None and old.actor != actor and not old.soft:
            if soft:
                return  # pycountry gives way to the project's own data
            raise GazetteerError(f"{surface!r} names both {old.actor!r} and {actor!r}")
        if old is None or old.soft or not soft:
            table[lookup_key] = Alias(actor, form, soft)
        self._surfaces.add(_SPACE.sub(" ", surface.replace("\u2019", "'")).strip())
        if surface.lower().startswith("the "):
            self._surfaces.add(surface[4:])
        if form == ADJECTIVE and not _NO_PLURAL.search(key):
            self._surfaces.add(key + "s")

    def alias(self, text: str) -> Alias | None:
        # A name may start with a lowercase Arabic article, as wire copy writes "al-Qaeda"
        # and "al-Shabaab": the capital after it counts.
        """The alias entry `text` matches, if any (blocked phrases included)."""
        key = clean(text)
        if not key:
            return None
        hit = self._exact.get(key)
        if hit is None and (key[0].isupper() or _ARABIC_ARTICLE.match(key)):
            hit = self._folded.get(key.casefold())
            if hit is None and key.endswith("s"):
                single = self._folded.get(key[:-1].casefold())
                if single is not None and single.form == ADJECTIVE:
                    hit = single
        return hit

    def lookup(self, text: str) -> str | None:
        """The id of the actor `text` names, or None (unknown or blocked)."""
        hit = self.alias(text)
        return hit.actor if hit is not None and hit.actor else None

    def surfaces(self) -> Iterator[str]:
        """Every surface form worth matching in text, "the" variants and plurals included."""
        return iter(sorted(self._surfaces))


def _lines(name: str) -> Iterator[list[str]]:
    text = files("faultline").joinpath("data", "actors", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _records(name: str) -> Iterator[dict[str, Any]]:
    for (line,) in _lines(name):
        yield json.loads(line)


def _state(code: str, name: str) -> Actor:
    return {"id": code, "name": name, "kind": "state", "country": code}


def _add_pycountry(gaz: Gazetteer, names: dict[str, str], parents: dict[str, str]) -> None:
    for c in pycountry.countries:
        code = c.alpha_3
        name = names.get(code) or getattr(c, "common_name", None) or c.name
        actor = _state(code, name)
        if code in parents:
            # A dependency is not a state: aggregate its events to the state it belongs to.
            actor.update(kind="region", parent=parents[code], country=parents[code])
        gaz.actors[code] = actor
        for form in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            # "Korea, Republic of" and "Saint Martin (French part)" never occur in running text.
            if form and "," not in form and "(" not in form:
                gaz.add(form, code, NAME, soft=True)


def _government(gaz: Gazetteer, code: str) -> str:
    gov = f"gov:{code}"
    if gov not in gaz.actors:
        state = gaz.actors[code]["name"]
        state = f"the {state}" if _NEEDS_THE.search(state) else state
        gaz.actors[gov] = {
            "id": gov,
            "name": f"Government of {state}",
            "kind": "government",
            "country": code,
            "sector": "GOV",
            "sectors": ["GOV"],
        }
    return gov


def _defined(gaz: Gazetteer, actor: str, source: str) -> str:
    if actor not in gaz.actors:
        raise GazetteerError(f"{source}: unknown actor {actor!r}")
    return actor


def _define_actors(gaz: Gazetteer) -> None:
    names = {code: name for code, name in _lines("state_names.tsv")}
    parents = {code: parent for code, parent in _lines("territories.tsv")}
    for row in _records("partial_states.jsonl"):
        names[row["id"]] = row["name"]
    _add_pycountry(gaz, names, parents)
    for row in _records("partial_states.jsonl"):
        gaz.actors[row["id"]] = {**_state(row["id"], row["name"]), "recognition": "partial"}
    # States that no longer exist, for archive news, with their ISO 3166-3 codes. "Soviet"
    # alone is left out: "former Soviet republics" are today's states, not the USSR.
    for row in _records("former_states.jsonl"):
        gaz.actors[row["id"]] = {**_state(row["id"], row["name"]), "former": True}
    for row in _records("regions.jsonl"):
        parent = row.get("parent")
        region: Actor = {"id": row["id"], "name": row["name"], "kind": "region"}
        region.update(parent=parent, country=parent)
        if row.get("claimants"):
            region["claimants"] = row["claimants"]
        gaz.actors[row["id"]] = region
    for kind, sector, file in (
        ("igo", "IGO", "igos.jsonl"),
        ("media", "MED", "media.jsonl"),
        ("org", "NGO", "ngos.jsonl"),
        ("org", "REB", "armed_groups.jsonl"),  # named rebel and militant groups
        ("org", "MIL", "state_forces.jsonl"),  # a state's forces by their own name (the IDF)
        ("org", "PTY", "parties.jsonl"),  # political parties and national movements
        ("org", "BUS", "companies.jsonl"),  # companies named with a country word
    ):
        for row in _records(file):
            if row["id"] in gaz.actors:  # one id in two files: the later would silently win
                raise GazetteerError(f"{file}: {row['id']!r} is defined twice")
            body: Actor = {"id": row["id"], "name": row["name"], "kind": kind}
            main = row.get("sector", sector)
            body.update(country=row.get("country"), sector=main, sectors=[main])
            if row.get("seat"):
                # An international NGO has no country, as CAMEO codes it (NGO, not by
                # its seat): Amnesty's findings are not Britain's. Its seat is kept.
                body["seat"] = row["seat"]
            if row.get("parent"):
                body["parent"] = row["parent"]
            gaz.actors[row["id"]] = body


def _add_aliases(gaz: Gazetteer) -> None:
    for code, name in _lines("state_names.tsv"):
        gaz.add(name, _defined(gaz, code, "state_names.tsv"), NAME)
    for surface, code in _lines("country_names.tsv"):
        gaz.add(surface, _defined(gaz, code, "country_names.tsv"), NAME)
    for file in (
        "partial_states.jsonl",
        "former_states.jsonl",
        "regions.jsonl",
        "igos.jsonl",
        "media.jsonl",
        "ngos.jsonl",
        "armed_groups.jsonl",
        "state_forces.jsonl",
        "parties.jsonl",
        "companies.jsonl",
    ):
        for row in _records(file):
            for surface in row["aliases"]:
                gaz.add(surface, row["id"], NAME)
    gov_nouns = [noun for (noun,) in _lines("government_nouns.txt")]
    for surface, target in _lines("demonyms.tsv"):
        gaz.add(surface, _defined(gaz, target, "demonyms.tsv"), ADJECTIVE)
        if gaz.actors[target]["kind"] == "state":
            for noun in gov_nouns:
                gaz.add(f"the {surface} {noun}", _government(gaz, target), NAME)
    for surface, target in _lines("capitals.tsv"):
        gaz.add(surface, _defined(gaz, target, "capitals.tsv"), METONYM)
    for surface, code in _lines("governments.tsv"):
        gaz.add(surface, _government(gaz, _defined(gaz, code, "governments.tsv")), METONYM)
    for (surface,) in _lines("blocked.txt"):
        gaz.add(surface, "", BLOCKED)


def build() -> Gazetteer:
    """Read pycountry and every data file into a fresh gazetteer (use `gazetteer()`)."""
    gaz = Gazetteer()
    _define_actors(gaz)
    _add_aliases(gaz)  # once every actor exists, so each alias can be checked
    return gaz


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return build()
