"""Known leaders: the country of a person the text names but does not place.

"President Hosni Mubarak said ..." gives no country; an analyst knows it. `leaders.tsv` is a
curated table of well-known heads of state and government, ministers and leaders (and the
heads of the UN and NATO, whose "country" is the body). It is consulted only for a person
that every rule reading the text left without a country, only on the full name (folded as
the knowledge base folds names), or on a surname under a title only when every leader of
that surname in the table is of one country: "President Bush" is American, "President Kim"
stays unplaced. The actor says so with `country_basis: "leaders table"`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from faultline.actors.gazetteer import Actor, gazetteer
from faultline.actors.holders import Hit
from faultline.actors.roles import data_rows
from faultline.store.knowledge import name_key


@lru_cache(maxsize=1)
def leaders() -> dict[str, tuple[str, str]]:
    """Folded full name -> (country or body id, main sector)."""
    return {name_key(row[0]): (row[1].strip(), row[2].strip()) for row in data_rows("leaders.tsv")}


@lru_cache(maxsize=1)
def leaders_by_surname() -> dict[str, set[tuple[str, str]]]:
    """Folded surname -> the (country, sector) pairs of the table's leaders of that name."""
    out: dict[str, set[tuple[str, str]]] = {}
    for row in data_rows("leaders.tsv"):
        last = row[0].split()[-1]
        # "Zia-ul-Haq" is also "General Zia", and so shares "Zia" with Khaleda Zia
        for surname in {name_key(last), name_key(last.split("-")[0])}:
            out.setdefault(surname, set()).add((row[1].strip(), row[2].strip()))
    return out


# Royals go by their given name ("King Hussein", "Emir Tamim"): a titled one-word name of
# theirs is no surname to look up ("King Hussein" is not Saddam Hussein's kin).
ROYAL_TITLES = frozenset(
    {"king", "queen", "emir", "amir", "sultan", "prince", "princess", "sheikh", "shah"}
)


def known_leader(actor: Actor, heads_a_government: bool = False) -> tuple[str, str] | None:
    """(country, sector) for a named person without a country, when the table knows them.
    A surname alone counts under a title, or naming the government it heads ("the Bush
    administration")."""
    if actor.get("kind") != "person" or actor.get("anonymous") or actor.get("country"):
        return None
    name = actor.get("name") or ""
    found = leaders().get(name_key(name))
    if found is not None or len(name.split()) != 1 or not (actor.get("role") or heads_a_government):
        return found
    role = str(actor.get("role") or "").lower().split()
    if role and role[-1] in ROYAL_TITLES:
        return None
    # "President Bush": a titled surname, when every such leader is of one country
    places = leaders_by_surname().get(name_key(name), set())
    countries = {country for country, _ in places}
    return next(iter(places)) if len(countries) == 1 else None


# "the Obama administration", "the Karzai government": a leader's name on the body he heads
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})


def government_heads(doc: Doc, hits: list[Hit]) -> set[str]:
    """Actors named on a government as the one heading it ("the Bush administration")."""
    return {
        h.actor
        for h in hits
        if h.end < len(doc)
        and doc[h.end - 1].dep_ in ("compound", "nmod")
        and doc[h.end - 1].head.i == h.end
        and doc[h.end].lemma_.lower() in GOVERNMENT_NOUNS
    }


def placed_leaders(
    actor_ids: set[str], actors: dict[str, Actor], heads: frozenset[str] | set[str] = frozenset()
) -> dict[str, Actor]:
    """The persons among `actor_ids` the table places, updated: a state gives the country
    (with its basis), an IGO only the sector of its officials; a sector the text gave stays.
    `heads` are those named as heading a government (`government_heads`)."""
    out: dict[str, Actor] = {}
    for actor_id in actor_ids:
        found = known_leader(actors.get(actor_id, {}), actor_id in heads)
        if found is None:
            continue
        place, sector = found
        person = dict(actors[actor_id])
        if gazetteer().actors.get(place, {}).get("kind") == "state":
            person["country"], person["country_basis"] = place, "leaders table"
        if not person.get("sector"):
            person["sector"], person["sectors"] = sector, [sector]
        out[actor_id] = person
    return out
