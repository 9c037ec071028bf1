"""The actors stage: find every mention of a known actor in the body and resolve it.

Candidates come from two places: a `PhraseMatcher` over every gazetteer surface form (so
"the Kremlin" or "Downing Street" are found even where the NER misses them) and spaCy's
GPE/NORP/ORG/LOC/FAC entities (which add plurals and spellings the patterns lack). Each
candidate is checked against the gazetteer's case rules; the longest wins and mentions never
overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from faultline.actors.back_references import find_back_references
from faultline.actors.bodies import find_bodies, find_self_named_bodies, find_warships
from faultline.actors.collectives import find_collectives
from faultline.actors.ellipses import find_korean_ellipses, find_shared_name_halves
from faultline.actors.gazetteer import ADJECTIVE, METONYM, Actor, Alias, Gazetteer, gazetteer
from faultline.actors.groups import find_groups
from faultline.actors.holders import Hit
from faultline.actors.home import home_countries
from faultline.actors.homonyms import names_something_else
from faultline.actors.leaders import government_heads, placed_leaders
from faultline.actors.matching import phrase_matcher
from faultline.actors.misspellings import find_misspelt_states
from faultline.actors.persons import resolve_persons
from faultline.actors.places import places, seat_actor
from faultline.actors.pronouns import resolve_body_pronouns, resolve_pronouns
from faultline.actors.roles import data_rows, role_words
from faultline.actors.seats import find_possessed_ministries, find_seated_ministries
from faultline.actors.towns import find_towns
from faultline.document import Record

_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
# A capital inside a longer name of one of these is part of that name ("Moscow State
# University", "the Beijing Olympics"), not the state.
_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


@dataclass(frozen=True)
class _Candidate:
    start: int  # token offsets
    end: int
    alias: Alias


@dataclass(frozen=True)
class _Entity:
    start: int
    end: int
    label: str
    known: bool  # the whole entity is itself a gazetteer form


def _vetoed(cand: _Candidate, ents: list[_Entity], doc: Doc) -> bool:
    for ent in ents:
        if not (ent.start <= cand.start and cand.end <= ent.end):
            continue
        # "George Washington", "Chad Smith": a name inside a longer person's name is not the
        # state, but an adjective the NER swept into a person span ("Russian President X")
        # still is, and a lone "Kiev" or "Xinhua" tagged PERSON is the small model's mistake,
        # as is a span whose other words are no name ("The Quai d'Orsay and").
        if (
            ent.label == "PERSON"
            and cand.alias.form != ADJECTIVE
            and _other_name_words(doc, ent, cand)
            and not _members_of_group(doc, ent, cand)
        ):
            return True
        if ent.label == "PERSON" and cand.alias.form == ADJECTIVE and _surname(doc, ent, cand):
            return True
        if (
            ent.label in _NAME_LABELS
            and cand.alias.form == METONYM
            and not ent.known
            and _other_name_words(doc, ent, cand)  # not "the White House and"
        ):
            return True
    return False


# Plural nouns for the members of an armed group, after its name ("Tamil Tiger snipers").
_MEMBER_NOUNS = frozenset(
    {
        "sniper", "guerrilla", "rebel", "fighter", "militant", "gunman", "insurgent",
        "militiaman", "commando", "cadre", "soldier", "bomber", "separatist",
    }
)  # fmt: skip


def _members_of_group(doc: Doc, ent: _Entity, cand: _Candidate) -> bool:
    """A PERSON span that ends in an armed group's name before a plural noun for its members
    is no person ("Suspected Tamil Tiger snipers": the sentence start gave "Suspected" its
    capital): the group's name stands."""
    if cand.end != ent.end or cand.end >= len(doc):
        return False
    actor = gazetteer().actors.get(cand.alias.actor, {})
    after = doc[cand.end]
    return (
        actor.get("sector") == "REB"
        and after.tag_ == "NNS"
        and after.lemma_.lower() in _MEMBER_NOUNS
    )


def _surname(doc: Doc, ent: _Entity, cand: _Candidate) -> bool:
    """A demonym that ends a person's name after a given name is a surname ("Dawn French",
    "Richard English"), unlike one before it ("Russian President X")."""
    if cand.end != ent.end or cand.start == ent.start:
        return False
    before = doc[cand.start - 1]
    words = role_words()
    return before.pos_ == "PROPN" and before.lower_ not in words.sectors


def _other_name_words(doc: Doc, ent: _Entity, cand: _Candidate) -> bool:
    """Whether the entity holds a proper noun outside the candidate that is no title ("George"
    in "George Washington", but not "King" in "the King of Jordan")."""
    words = role_words()
    outside = [*range(ent.start, cand.start), *range(cand.end, ent.end)]
    return any(
        doc[i].pos_ == "PROPN"
        and doc[i].lower_ not in words.sectors
        and doc[i].lower_ not in words.honorifics
        for i in outside
    )


def _candidates(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    ents = list(doc.ents)  # `doc.ents` rebuilds its spans on every access
    spans = [doc[s:e] for _, s, e in phrase_matcher(doc.vocab, "ACTOR", gazetteer().surfaces)(doc)]
    spans += [ent for ent in ents if ent.label_ in _ENTITY_LABELS]
    found: dict[_Candidate, None] = {}  # the matcher and the NER often find the same span
    for span in spans:
        alias = gaz.alias(span.text)
        if alias is not None:
            found[_Candidate(span.start, span.end, alias)] = None
    guards = [
        _Entity(e.start, e.end, e.label_, gaz.alias(e.text) is not None)
        for e in ents
        if e.label_ == "PERSON" or e.label_ in _NAME_LABELS
    ]
    heads = adjective_heads()
    kept = [
        c
        for c in found
        if not _vetoed(c, guards, doc)
        and not _currency_or_language(doc, c, heads)
        and not _likeness(doc, c)
        and not _ethnicity(doc, c)
        and not names_something_else(doc, c.start, c.end, c.alias, gaz)
    ]
    return _read_indians(kept, doc, gaz)


# "Egypt-style protests", "a Marshall Plan-type programme": a state a thing is likened to.
_LIKENESS = frozenset({"style", "type", "like", "esque", "inspired", "sized"})


def _likeness(doc: Doc, cand: _Candidate) -> bool:
    """Whether the name only says what something is like ("Egypt-style protests")."""
    i = cand.end
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in _LIKENESS


def _ethnicity(doc: Doc, cand: _Candidate) -> bool:
    """Whether a nationality adjective names an ethnicity ("ethnic Albanian parties", "ethnic
    Indian groups" in Malaysia): a people, not the state; where they live says whose they are
    (actors/home.py)."""
    return (
        cand.alias.form == ADJECTIVE
        and cand.start > 0
        and doc[cand.start - 1].lower_ == "ethnic"
        and doc[cand.end - 1].dep_ in ("amod", "compound")  # "ethnic Albanians" are a people
    )


# States of the Americas, where "Indian" is the old word for an indigenous people; not the
# United States or Canada, whose news has Indian navies and diplomats as often as anyone's
# (a people's name still tells: "Mohawk Indians").
_AMERICAS = frozenset(
    {
        "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN",
        "MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN",
    }
)  # fmt: skip
_INDIAN = frozenset({"indian", "indians"})


@lru_cache(maxsize=1)
def american_peoples() -> dict[str, frozenset[str]]:
    """Indigenous peoples of the Americas whose name goes before "Indian(s)" ("Mapuche
    Indians") -> the states they live in (`american_peoples.tsv`)."""
    return {
        people.lower(): frozenset(countries.strip().split(","))
        for people, countries in data_rows("american_peoples.tsv")
    }


def _american_indian(doc: Doc, cand: _Candidate, cands: list[_Candidate], gaz: Gazetteer) -> str:
    """For "Indian(s)" that names an indigenous people of the Americas, not India, the state
    it belongs to, or "" where that is unclear; any other candidate's own actor. Such are the
    Indians after a people's name ("Mapuche Indian activists", "Kayapo Indians") and those of
    a text that names a state of Latin America and not India ("Indian groups blocked roads"
    in Ecuador)."""
    if cand.alias.actor != "IND" or doc[cand.start : cand.end].text.lower() not in _INDIAN:
        return cand.alias.actor
    named: set[str] = set()
    for other in cands:
        if doc[other.start : other.end].text.lower() in _INDIAN:
            continue
        actor = gaz.actors.get(other.alias.actor, {})
        named |= {other.alias.actor, actor.get("country") or ""}
    people = american_peoples().get(doc[cand.start - 1].lower_) if cand.start > 0 else None
    if people is None:
        if "IND" in named:
            return "IND"
        people = _AMERICAS
    here = named & people
    if len(here) == 1:
        return next(iter(here))
    if not named & _AMERICAS and len(people) == 1:
        return next(iter(people))  # "Kayapo Indians" are Brazil's
    if people is _AMERICAS and not named & _AMERICAS:
        return "IND"  # no people named, no Latin American state named: India's after all
    return ""  # a people of several states, or several states named: unclear


def _read_indians(cands: list[_Candidate], doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    """Candidates with "Indian(s)" of the Americas placed in their state or dropped."""
    out = []
    for c in cands:
        actor = _american_indian(doc, c, cands, gaz)
        if actor == c.alias.actor:
            out.append(c)
        elif actor:
            out.append(_Candidate(c.start, c.end, Alias(actor, c.alias.form)))
    return out


@lru_cache(maxsize=1)
def adjective_heads() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_rows("adjective_heads.txt"))


_MODIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _currency_or_language(doc: Doc, cand: _Candidate, heads: frozenset[str]) -> bool:
    """ "Swiss francs", "Spanish-speaking": the adjective names a currency or a language; so
    does a singular one after "in" that modifies nothing ("the interview was in Russian", but
    not "in Russian hands")."""
    if cand.alias.form != ADJECTIVE:
        return False
    i = cand.end
    if i < len(doc) and doc[i].text == "-":
        i += 1
    if i < len(doc) and (doc[i].lower_ in heads or doc[i].lemma_.lower() in heads):
        return True
    start, end = _adjective_list(doc, cand.start, cand.end)  # "in English, French and Spanish"
    return (
        start > 0
        and doc[start - 1].lower_ == "in"
        and doc[cand.end - 1].tag_ not in ("NNS", "NNPS")
        and i == cand.end  # "in Russian-occupied Crimea" is no language
        and (end == len(doc) or doc[end].pos_ not in _MODIFIED)
    )


_LIST_WORDS = frozenset({",", "and", "or"})
# Languages that are no demonym of a state, and so no gazetteer form, but stand in a list of
# them ("in English, French and Arabic").
_LANGUAGES = frozenset(
    {
        "english", "arabic", "mandarin", "cantonese", "hindi", "urdu", "bengali", "punjabi",
        "swahili", "hebrew", "persian", "farsi", "latin", "tagalog", "pashto", "dari",
        "kurdish", "tamil", "catalan", "basque", "esperanto", "yiddish", "creole",
    }
)  # fmt: skip


def _adjective_list(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token span of the list of one-word demonyms the candidate belongs to ("English,
    French and Spanish"), or the candidate's own span."""
    gaz = gazetteer()

    def demonym(i: int) -> bool:
        if doc[i].lower_ in _LANGUAGES:
            return True
        alias = gaz.alias(doc[i].text)
        return alias is not None and alias.form == ADJECTIVE

    while start >= 2 and doc[start - 1].lower_ in _LIST_WORDS and demonym(start - 2):
        start -= 2
    while end + 1 < len(doc) and doc[end].lower_ in _LIST_WORDS and demonym(end + 1):
        end += 2
    return start, end


def _select(cands: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """Longest first, then leftmost; a taken token is never reused. Blocked phrases take
    their tokens too, which is how "Latin American" keeps "American" from resolving."""
    taken = [False] * len(doc)
    chosen: list[_Candidate] = []

    def longest_first(c: _Candidate) -> tuple[int, int]:
        span = doc[c.start : c.end]
        return (span.start_char - span.end_char, c.start)

    for cand in sorted(cands, key=longest_first):
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = [True] * (cand.end - cand.start)
        if cand.alias.actor:
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


# "Congo" alone is the Democratic Republic of the Congo in today's news, as wire styles
# have it ("Congo Republic" or "Congo-Brazzaville" for its neighbour); in a text that names
# the Republic of the Congo or its capital, it is that state.
_CONGO_WORDS = frozenset({"congo", "congolese"})


def _congo_by_context(chosen: list[_Candidate], doc: Doc) -> list[_Candidate]:
    if not any(c.alias.actor == "COG" for c in chosen):
        return chosen
    return [
        _Candidate(c.start, c.end, Alias("COG", c.alias.form))
        if c.alias.actor == "COD" and doc[c.start : c.end].text.lower() in _CONGO_WORDS
        else c
        for c in chosen
    ]


@dataclass(frozen=True)
class _Homonym:
    other: str  # the actor the acronym names in that context
    countries: frozenset[str]  # a named state (or actor of one) that calls for it
    words: frozenset[str]  # lemmas that keep the acronym's own actor


@lru_cache(maxsize=1)
def acronym_homonyms() -> dict[str, _Homonym]:
    """Acronym -> the other actor it names where the text is about that actor's country
    (`acronym_homonyms.tsv`): "RSF" is Reporters Without Borders, but in a text on Sudan the
    Rapid Support Forces, unless it speaks of journalists or the press."""
    return {
        acronym: _Homonym(other, frozenset(countries.split(",")), frozenset(words.split(",")))
        for acronym, other, countries, words in data_rows("acronym_homonyms.tsv")
    }


_FIGHTER_NOUNS = frozenset(
    {"fighter", "militiaman", "gunman", "troop", "soldier", "commander", "combatant", "unit"}
)


def _homonyms_by_context(chosen: list[_Candidate], doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    """Acronyms of two actors read by the text's states and words (`acronym_homonyms`)."""
    table = acronym_homonyms()
    if not any(doc[c.start : c.end].text in table for c in chosen):
        return chosen
    named = set()
    for c in chosen:
        named |= {c.alias.actor, gaz.actors.get(c.alias.actor, {}).get("country") or ""}
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}

    def read(c: _Candidate) -> _Candidate:
        homonym = table.get(doc[c.start : c.end].text)
        if homonym is None:
            return c
        # "RSF fighters" are the armed group's, whatever else the text names
        armed = gaz.actors.get(homonym.other, {}).get("sector") == "REB"
        fighters = armed and c.end < len(doc) and doc[c.end].lemma_.lower() in _FIGHTER_NOUNS
        if not fighters and (not named & homonym.countries or lemmas & homonym.words):
            return c
        return _Candidate(c.start, c.end, Alias(homonym.other, c.alias.form))

    return [read(c) for c in chosen]


def _actor_list(ids: list[str], known: dict[str, Actor]) -> list[dict[str, Any]]:
    """The actors mentioned, in order of first mention, followed by the actors they point to
    (`country`, `parent`, a group's `members`), so every id a record uses is described in it."""
    order = list(dict.fromkeys(ids))
    seen = set(order)
    i = 0
    while i < len(order):
        actor = known[order[i]]
        for ref in (actor.get("parent"), actor.get("country"), *actor.get("members", ())):
            if ref and ref not in seen and ref in known:
                seen.add(ref)
                order.append(ref)
        i += 1
    return [dict(known[a]) for a in order]


def actors_stage(record: Record, doc: Doc) -> None:
    """Fill `record.mentions` and `record.actors` from `doc`, the parse of the body: the
    gazetteer's actors first, then persons and role holders, then counted groups, then unnamed
    collectives ("Turkish police")."""
    gaz = gazetteer()
    hits = [
        Hit(c.start, c.end, seat_actor(doc, c.start, c.end, c.alias.actor))
        for c in _homonyms_by_context(
            _congo_by_context(_select(_candidates(doc, gaz), doc), doc), doc, gaz
        )
    ]
    town_hits, towns = find_towns(doc, hits, gaz, places().subnational)
    hits += town_hits
    hits += find_misspelt_states(doc, hits, gaz, places().subnational)
    hits += find_seated_ministries(doc, hits, gaz)
    hits += find_possessed_ministries(doc, hits, gaz)
    hits += find_shared_name_halves(doc, hits, gaz)
    hits += find_korean_ellipses(doc, hits)
    hits += find_back_references(doc, hits, gaz.actors)
    body_hits, bodies = find_bodies(doc, hits, {**gaz.actors, **towns}, gaz)
    hits += body_hits
    named_hits, inside, named = find_self_named_bodies(doc, hits, {**gaz.actors, **towns}, gaz)
    hits = [h for h in hits if h not in inside] + named_hits
    bodies.update(named)
    ship_hits, ships = find_warships(doc, hits)
    hits += ship_hits
    bodies.update(ships)
    person_hits, people = resolve_persons(doc, hits, {**gaz.actors, **towns, **bodies})
    known: dict[str, Actor] = {**gaz.actors, **towns, **bodies, **people}
    group_hits, groups = find_groups(doc, hits + person_hits, known)
    known.update(groups)
    all_hits = hits + person_hits + group_hits
    collective_hits, replaced, collectives = find_collectives(doc, all_hits, known)
    known.update(collectives)
    kept = [h for h in all_hits if h not in replaced] + collective_hits
    known.update(placed_leaders({h.actor for h in kept}, known, government_heads(doc, kept)))
    for actor_id, country in home_countries(doc, kept, known).items():
        known[actor_id] = {**known[actor_id], "country": country, "country_basis": "context"}
    pronouns = resolve_pronouns(doc, kept, known) + resolve_body_pronouns(doc, kept, known)
    tagged = [(h, None) for h in kept] + [(h, "pronoun") for h in pronouns]
    mentions: list[dict[str, Any]] = []
    for hit, via in sorted(tagged, key=lambda t: t[0].start):
        span = doc[hit.start : hit.end]
        mention = {"start": span.start_char, "end": span.end_char, "text": span.text}
        mentions.append({**mention, "actor": hit.actor, **({"via": via} if via else {})})
    record.mentions = mentions
    # Actors a group names but that have no mention of their own are described too.
    record.actors = _actor_list([m["actor"] for m in mentions], known)
