"""Known leaders: the country of a person the text names but does not place.

"President Hosni Mubarak said ..." gives no country; an analyst knows it. `leaders.tsv` is a
curated table of well-known heads of state and government, ministers and leaders (and the
heads of the UN and NATO, whose "country" is the body). It is consulted only for a person
that every rule reading the text left without a country, only on the full name (folded as
the knowledge base folds names), never on a surname: "President Kim" stays unplaced. The
actor says so with `country_basis: "leaders table"`.
"""

from __future__ import annotations

from functools import lru_cache

from faultline.actors.gazetteer import Actor
from faultline.actors.roles import data_rows
from faultline.store.knowledge import name_key


@lru_cache(maxsize=1)
def leaders() -> dict[str, tuple[str, str]]:
    """Folded full name -> (country or body id, main sector)."""
    return {name_key(row[0]): (row[1].strip(), row[2].strip()) for row in data_rows("leaders.tsv")}


def known_leader(actor: Actor) -> tuple[str, str] | None:
    """(country, sector) for a named person without a country, when the table knows them."""
    if actor.get("kind") != "person" or actor.get("anonymous") or actor.get("country"):
        return None
    return leaders().get(name_key(actor.get("name") or ""))
