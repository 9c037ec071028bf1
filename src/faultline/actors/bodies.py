"""Named bodies the gazetteer does not hold, known by the common noun the text puts before
them: "the opposition newspaper La Prensa", "the oil company Yukos", "the reformist daily
Shargh", "the Islamist party Refah".

The small model tags such names PERSON as often as ORG (and "Kayhan" GPE), so without this
stage the newspaper a government closes is a person, and the party it bans is no actor at
all. The noun says what the body is: a newspaper, daily, broadcaster or news agency is
`media` (never an event's source: outlets report, they do not act), a company or bank is an
`org` of sector BUS, a party an `org` of sector PTY (CAMEO's party code, as in the party
dictionary), a movement OPP, a union LAB, and so on (`BODY_NOUNS`).

Only a name made of proper nouns right after its noun counts, so "the company's chief" or
"the newspaper said" make no body. The body's country is a state, demonym or town the same
noun phrase names ("the Iranian daily Kayhan", "the Guayaquil newspaper El Universo");
otherwise it has none: a company's country is not where it is raided.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import Actor, Gazetteer
from faultline.actors.holders import Hit
from faultline.actors.roles import slug

# noun lemma -> (kind, sector)
BODY_NOUNS: dict[str, tuple[str, str]] = {
    "newspaper": ("media", "MED"),
    "paper": ("media", "MED"),
    "daily": ("media", "MED"),
    "weekly": ("media", "MED"),
    "magazine": ("media", "MED"),
    "tabloid": ("media", "MED"),
    "broadcaster": ("media", "MED"),
    "channel": ("media", "MED"),
    "station": ("media", "MED"),
    "website": ("media", "MED"),
    "company": ("org", "BUS"),
    "firm": ("org", "BUS"),
    "corporation": ("org", "BUS"),
    "conglomerate": ("org", "BUS"),
    "bank": ("org", "BUS"),
    "carrier": ("org", "BUS"),
    "airline": ("org", "BUS"),
    "insurer": ("org", "BUS"),
    "producer": ("org", "BUS"),
    "manufacturer": ("org", "BUS"),
    "maker": ("org", "BUS"),
    "giant": ("org", "BUS"),
    "party": ("org", "PTY"),
    "movement": ("org", "OPP"),
    "union": ("org", "LAB"),
    "university": ("org", "EDU"),
    "sect": ("org", "REL"),
    "charity": ("org", "NGO"),
    "militia": ("org", "REB"),
}
_NEWS_AGENCY = ("news", "agency")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _noun_before(doc: Doc, start: int) -> Token | None:
    """The body noun just before a name ("the oil company | Yukos"), or None."""
    if start == 0:
        return None
    tok = doc[start - 1]
    if tok.lemma_.lower() in BODY_NOUNS or tok.lower_ in BODY_NOUNS:
        return tok if tok.pos_ in ("NOUN", "ADJ") else None
    if start > 1 and (doc[start - 2].lower_, tok.lower_) == _NEWS_AGENCY:
        return tok
    return None


def _kind(noun: Token) -> tuple[str, str]:
    if noun.lower_ == "agency":
        return "media", "MED"
    return BODY_NOUNS.get(noun.lemma_.lower()) or BODY_NOUNS[noun.lower_]


def _country(doc: Doc, noun: Token, hits: list[Hit], actors: dict[str, Actor]) -> str | None:
    """A state, demonym or town among the words before the noun in its phrase."""
    start = noun.i
    while start > noun.sent.start and doc[start - 1].dep_ in ("amod", "compound", "nmod"):
        start -= 1
    countries = {
        actors.get(h.actor, {}).get("country") or h.actor
        for h in hits
        if start <= h.start and h.end <= noun.i
        and actors.get(h.actor, {}).get("kind") in ("state", "government", "place", "region")
    }  # fmt: skip
    return next(iter(countries)) if len(countries) == 1 else None


def find_bodies(
    doc: Doc, hits: list[Hit], actors: dict[str, Actor], gaz: Gazetteer
) -> tuple[list[Hit], dict[str, Actor]]:
    """Mentions and actors of the bodies named after a body noun, outside other mentions."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    bodies: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start
        if doc[start].lower_ == "the":
            start += 1
        # "the Islamist party Refah": the NER swept the noun into the name
        if ent.label_ == "ORG" and ent.end - start > 1:
            inner = [i for i in range(start, ent.end - 1) if _noun_before(doc, i + 1)]
            if inner:
                start = inner[-1] + 1
        noun = _noun_before(doc, start)
        words = doc[start : ent.end]
        if noun is None or not all(t.pos_ == "PROPN" or t.is_title for t in words):
            continue
        if gaz.alias(words.text) is not None:
            continue  # a known name: the gazetteer's reading stands
        kind, sector = _kind(noun)
        prefix = "media" if kind == "media" else "org"
        body_id = f"{prefix}:{slug(words.text)}"
        body: Actor = {"id": body_id, "name": words.text, "kind": kind}
        body.update(country=_country(doc, noun, hits, actors), sector=sector, sectors=[sector])
        bodies[body_id] = body
        found.append(Hit(start, ent.end, body_id))
    return found, bodies


# The word of a name that says what the body is, when no noun before it does ("the Kenya
# Human Rights Foundation", "the Association of African Jurists", "the Liberal Democratic
# Party of Russia"): kind and sector as BODY_NOUNS. Only words that name no state body:
# "Council", "Committee", "League" and "Union" head too many of those ("the Security
# Council", "the Central Committee", "the Awami League", "the Christian Democratic Union").
NAME_HEADS: dict[str, tuple[str, str]] = {
    "association": ("org", "NGO"),
    "foundation": ("org", "NGO"),
    "society": ("org", "NGO"),
    "watch": ("org", "NGO"),
    "network": ("org", "NGO"),
    "institute": ("org", "NGO"),
    "party": ("org", "PTY"),
    "movement": ("org", "OPP"),
}
_CONNECTORS = frozenset({"of", "for", "and", "on", "in", "&"})
_PLACE_KINDS = frozenset({"state", "region", "place"})


def _name_head(words: list[Token]) -> Token | None:
    """The word that names the body: the last, or the first before "of"/"for"."""
    if len(words) > 2 and words[1].lower_ in ("of", "for"):
        return words[0]
    return words[-1]


def find_self_named_bodies(
    doc: Doc, hits: list[Hit], actors: dict[str, Actor], gaz: Gazetteer
) -> tuple[list[Hit], list[Hit], dict[str, Actor]]:
    """Organisations the gazetteer does not hold, named by a word of their own name
    (`NAME_HEADS`): their mentions, the state mentions inside the names they replace ("Kenya"
    in "the Kenya Human Rights Foundation" is the body's country, not an actor of the
    sentence), and their actors."""
    found: list[Hit] = []
    replaced: list[Hit] = []
    bodies: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        words = list(doc[start : ent.end])
        head = _name_head(words) if len(words) > 1 else None
        if head is None or head.lower_ not in NAME_HEADS or not head.is_title:
            continue
        if not all(t.is_title or t.lower_ in _CONNECTORS or t.is_upper for t in words):
            continue
        inside = [h for h in hits if h.start < ent.end and start < h.end]
        if any(
            h.start < start
            or h.end > ent.end
            or actors.get(h.actor, {}).get("kind") not in _PLACE_KINDS
            for h in inside
        ):
            continue  # a known body's mention, or one that reaches past the name
        name = doc[start : ent.end].text
        if gaz.alias(name) is not None:
            continue
        countries = {actors[h.actor].get("country") or h.actor for h in inside}
        kind, sector = NAME_HEADS[head.lower_]
        body_id = f"org:{slug(name)}"
        body: Actor = {"id": body_id, "name": name, "kind": kind, "sector": sector}
        body.update(
            country=next(iter(countries)) if len(countries) == 1 else None, sectors=[sector]
        )
        bodies[body_id] = body
        replaced += inside
        found.append(Hit(start, ent.end, body_id))
    return found, replaced, bodies


# Prefixes of warship names and the navy they name ("the USS Cole", "HMS Sheffield").
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN"}


def find_warships(doc: Doc, hits: list[Hit]) -> tuple[list[Hit], dict[str, Actor]]:
    """Warships named with their navy's prefix: an actor of that state's military (kind org,
    sector MIL), as event coders code a ship's acts by its flag ("the USS Independence
    carrier battle group steamed into waters east of Taiwan")."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    ships: dict[str, Actor] = {}
    for tok in doc:
        country = SHIP_PREFIXES.get(tok.text)
        if country is None or tok.i in taken or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and end not in taken:
            end += 1
        if end == tok.i + 1:
            continue  # "HMS" alone is no ship
        name = doc[tok.i : end].text
        ship_id = f"org:{slug(name)}"
        ships[ship_id] = {
            "id": ship_id,
            "name": name,
            "kind": "org",
            "country": country,
            "sector": "MIL",
            "sectors": ["MIL"],
        }
        found.append(Hit(tok.i, end, ship_id))
    return found, ships
