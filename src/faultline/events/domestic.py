"""Domestic patients: the party a state's repression or concession falls on, when the text
names it but no actor resolves it.

"The Egyptian government seized the assets of the Muslim Brotherhood", "Turkey's court banned
the pro-Kurdish Democratic Society Party", "the Chilean government lifted the ban on the
return of political exiles": the gazetteer knows neither the Brotherhood nor the exiles, so
the event would have no target, and an analyst counting who represses whom would lose it.
CAMEO's coders write the patient by its country (EGY -> EGY). faultline does the same only
where that is safe:

- the act is COERCE or CONCEDE, which a state does to people under its rule, or a release
  or an investigation (RETREAT `release`, ACCUSE `investigate`), or violence (ASSAULT) that
  the sentence places in the source's country ("military police in Sao Paulo beat a street
  vendor to death");
- the object phrase names people or a body: a name the parser tags as an organisation,
  person or group, or a noun for people ("exiles", "dissidents", "journalists");
- every actor the sentence names belongs to the source's own country, so the patient can
  only be domestic (an arrest of "three men" in a sentence that also names Britain is not
  placed anywhere).

The patient becomes an anonymous group actor with that country and `country_basis:
"context"`, named by the object phrase as written.

When the text names no patient at all, `implied_domestic_target` gives the recipient CAMEO's
coders give a domestic act (X -> X) under the same one-country condition: a state's
repression or concession is directed at its population, an opposition's or a crowd's demand,
refusal or accusation at its government; the event is marked `target_implied`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from faultline.actors.collectives import collective_nouns
from faultline.actors.gazetteer import ADJECTIVE, gazetteer
from faultline.events.phrases import PROTEST_GATHERINGS, ActorIndex, governing_verb
from faultline.events.recipients import occasions
from faultline.events.triggers import Trigger, lookup, objects

PATIENT_TYPES = frozenset({"COERCE", "CONCEDE"})
PEOPLE = frozenset(
    {
        "exile", "dissident", "journalist", "man", "woman", "child", "people", "civilian",
        "member", "leader", "opponent", "critic", "activist", "official", "politician",
        "hostage", "detainee", "prisoner", "party", "movement", "group", "organisation",
        "organization", "newspaper", "paper", "station", "union", "association", "front",
        "brotherhood", "league", "council", "priest", "monk", "student", "worker",
        "schoolchild", "schoolchildren", "aide", "minister", "officer", "soldier",
        "follower", "adherent", "believer", "worshipper", "daily", "weekly", "editor",
        "reporter", "writer", "lawyer", "judge", "cleric", "broadcaster", "channel",
        "vendor", "villager", "passenger", "farmer", "resident", "pilgrim", "voter",
        "candidate", "supporter", "trader", "shopkeeper", "youth", "teenager", "boy", "girl",
    }
)  # fmt: skip
_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return PEOPLE | frozenset(collective_nouns())


def threatened_repression(trig: Trigger) -> Token | None:
    """The repressive act a threat governs ("threatened to close down newspapers", "warned
    that a curfew would be imposed"), or None."""
    for c in trig.token.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl"):
            inner = lookup(c)
            if inner is not None and inner.type == "COERCE":
                return c
    return None


DEMANDS = frozenset({"demand", "call", "appeal", "request", "ultimatum", "petition"})


def refused_concession(trig: Trigger) -> Token | None:
    """The concession a refusal governs ("refused to lift a travel ban on dissident Oswaldo
    Paya", "refused to free the prisoners"), or None: its patient is the refusal's."""
    for c in trig.token.children:
        if c.dep_ == "xcomp":
            inner = lookup(c)
            if inner is not None and inner.type in ("CONCEDE", "RETREAT"):
                return c
    return None


def _rejects_a_demand(trig: Trigger) -> bool:
    """ "rejected calls from opposition leaders to step down": whoever made the demand is the
    refusal's patient."""
    return any(o.lemma_.lower() in DEMANDS for o in objects(trig.token))


def _patient(trig: Trigger, act: Token | None = None) -> Token | None:
    """The people or body the act falls on: the object, or a name or people-noun inside it.
    `act` is the verb whose object counts when it is not the trigger's (a threatened act)."""
    verb = act if act is not None else trig.token
    heads = objects(verb) if act is not None or trig.noun is None or not trig.nominal else []
    heads += [  # "granted legal status to the Islamic Salvation Front"
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "on", "against", "from")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if act is None and (trig.nominal or trig.entry.pos == "NOUN"):
        heads += [
            p
            for prep in trig.token.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    people = _people()
    for head in heads:
        for tok in head.subtree:
            if tok.ent_type_ == "NORP" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
                return tok.head  # "ethnic Indian groups": the groups
            if tok.ent_type_ in _NAME_LABELS and tok.ent_iob_ == "B":
                return tok
            if (
                tok.pos_ == "NOUN"
                and tok.lemma_.lower() in people
                and tok.dep_ not in ("compound", "amod")
            ):
                return tok
    return None


def _home(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> str | None:
    """The source's country when every party the sentence names belongs to it, else None."""
    home = index.country(event["source"][0])
    if home is None:
        return None
    named = index.sentence_actors(trig.token)
    # Persons and bodies of no known country do not contradict the source's.
    # Outlets, IGOs and NGOs report or monitor; they are no party whose country counts.
    parties = {
        a
        for a in named
        if index.kind(a) not in ("media", "igo") and index.actors.get(a, {}).get("sector") != "NGO"
    }
    countries = {index.country(a) for a in parties} - {None}
    return home if countries == {home} else None


# Who a domestic act with no named recipient is directed at: a state's repression or
# concession at its people, an opposition's demand or refusal at its government.
STATE_ACTS = frozenset({"COERCE", "CONCEDE"})
CHALLENGER_ACTS = frozenset({"REQUEST", "REJECT", "ACCUSE", "CONCEDE", "RETREAT"})
CHALLENGER_SECTORS = frozenset({"OPP", "PTY", "CVL", "REB", "LAB", "EDU", "AGR", "REL", "NGO"})
STATE_KINDS = frozenset({"state", "government"})


def implied_domestic_target(
    trig: Trigger, event: dict[str, Any], index: ActorIndex
) -> dict[str, Any] | None:
    """For a domestic act whose recipient the text leaves implicit, the recipient it has by
    CAMEO's convention (X -> X), as an actor, or None. "Bangladesh imposed a nationwide
    curfew": the people of Bangladesh; "opposition parties demanded the right to rally",
    "the opposition party called off a nationwide strike": the government. Only when every
    party of the sentence is of one country; the event says so with `target_implied`."""
    if event["target"] or not event["source"]:
        return None
    home = _home(trig, event, index)
    if home is None:
        return None
    source = index.actors.get(event["source"][0], {})
    governing = source.get("kind") in STATE_KINDS or source.get("sector") in (
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
    )
    threat = event["type"] == "THREATEN" and (
        trig.entry.type == "COERCE" or threatened_repression(trig) is not None
    )  # "warned that a curfew would be imposed", "threatened to ban the party"
    # "put all officers on high alert ahead of opposition protests": forces readied for
    # its people's protests face them
    readied = event["type"] == "MOBILIZE" and _against_crowds(trig)
    if (event["type"] in STATE_ACTS or threat or readied) and governing:
        return anonymous_group(home, "population", f"the population of {home}", sector="CVL")
    if event["type"] in CHALLENGER_ACTS and source.get("sector") in CHALLENGER_SECTORS:
        return gazetteer().actors.get(f"gov:{home}")
    return None


def anonymous_group(
    home: str, what: str, name: str, *, placed: bool = False, sector: str | None = None
) -> dict[str, Any]:
    """An unnamed group of `home` that an event implies (`group:anon:<iso3>-<what>`):
    `placed` when only the context gives its country, with `sector` when it has one."""
    group: dict[str, Any] = {
        "id": f"group:anon:{home.lower()}-{what}",
        "name": name,
        "kind": "group",
        "country": home,
    }
    if placed:
        group["country_basis"] = "context"
    if sector is not None:
        group["sector"], group["sectors"] = sector, [sector]
    group["anonymous"] = True
    return group


def _against_crowds(trig: Trigger) -> bool:
    """Whether an alert or deployment answers protests ("ahead of opposition protests",
    "after days of rioting")."""
    nouns = [
        n
        for o in occasions(governing_verb(trig.token))  # "ahead of a fourth weekend of protests"
        for n in [o] + [p for c in o.children if c.lower_ == "of" for p in c.children]
    ]
    return any(n.lemma_.lower() in PROTEST_GATHERINGS for n in nouns)


def agentless_passive(trig: Trigger) -> bool:
    """ "A curfew was imposed on Srinagar", "activists were rounded up": a passive that names
    no one who acted."""
    tok = trig.token
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _one_country(trig: Trigger, index: ActorIndex) -> str | None:
    """The country every party of the trigger's sentence belongs to, if there is one."""
    named = index.sentence_actors(trig.token)
    parties = {
        a
        for a in named
        if index.kind(a) not in ("media", "igo") and index.actors.get(a, {}).get("sector") != "NGO"
    }
    countries = {index.country(a) for a in parties} - {None}
    return next(iter(countries)) if len(countries) == 1 else None


def implied_domestic_source(
    trig: Trigger, event: dict[str, Any], index: ActorIndex
) -> dict[str, Any] | None:
    """The authorities of the one country of the sentence, for a repression or concession
    told in the passive with no one named as acting ("A curfew was imposed on the town of
    Meerut", "dozens of activists were rounded up in Minsk", "restrictions were eased in
    Kenya"): only a state imposes a curfew or eases restrictions on its territory, and
    CAMEO's coders give such an act to that state. Never for violence, which anyone may
    commit; the event says so with `source_implied`."""
    if event["source"] or event["type"] not in STATE_ACTS or not agentless_passive(trig):
        return None
    home = _one_country(trig, index)
    if home is None or not _located(trig, event, index, home):
        return None
    return gazetteer().actors.get(f"gov:{home}")


_TERRITORIES = frozenset({"state", "government", "region", "place"})


def _located(trig: Trigger, event: dict[str, Any], index: ActorIndex, home: str) -> bool:
    """Whether the sentence says the act happened in `home`: a state, region or town of it
    named as such, or a party other than those the act falls on. A demonym gives whose
    someone is, not where: "The 48-year-old Australian was evicted", "Three Iranian
    journalists were arrested" say nothing of where or by whom."""
    patients = {t for t in event["target"] if index.kind(t) not in _TERRITORIES}
    gaz = gazetteer()
    for tok in trig.token.sent:
        actor = index.by_token.get(tok.i)
        if actor is None or actor in patients or index.country(actor) != home:
            continue
        alias = gaz.alias(tok.text)
        if alias is not None and alias.form == ADJECTIVE:
            continue  # "the 48-year-old Australian", "Iranian journalists": whose, not where
        if index.kind(actor) in _TERRITORIES or index.kind(actor) not in ("person", "group"):
            return True
    return False


def domestic_patient(
    trig: Trigger, event: dict[str, Any], index: ActorIndex
) -> dict[str, Any] | None:
    """The anonymous actor to take as the event's target, or None (see the module)."""
    # the act a threat or refusal governs, whose patient is the event's: "threatened to
    # close down newspapers", "refused to lift a travel ban on dissident Oswaldo Paya"
    act: Token | None = None
    if event["type"] == "THREATEN":
        act = threatened_repression(trig)
    elif event["type"] == "REJECT":
        act = refused_concession(trig)
    patient_type = (
        event["type"] in PATIENT_TYPES
        or event["type"] == "ASSAULT"  # "military police in Sao Paulo beat a street vendor"
        or act is not None
        or (event["type"] == "THREATEN" and trig.entry.type == "COERCE")
        or (event["type"] == "REJECT" and _rejects_a_demand(trig))
        or (event["type"], event["mode"])
        in (
            ("RETREAT", "release"),  # "rebels released 40 schoolchildren"
            ("ACCUSE", "investigate"),  # "a Senate committee opened an inquiry into ..."
        )
    )
    if not patient_type or not event["source"]:
        return None
    home = _home(trig, event, index)
    if home is None:
        return None
    if event["type"] == "ASSAULT" and not _located(trig, event, index, home):
        # Violence may cross a border: "Israeli troops killed three men in the village" says
        # nothing of whose men; "military police in Sao Paulo beat a street vendor" does.
        return None
    if event["target"]:
        _place_bodies(event["target"], home, index, trig.token.sent)
        return None
    sent = trig.token.sent
    patient = _patient(trig, act)
    if patient is None or patient.i in index.by_token:
        return None
    if patient.ent_iob_ == "B":
        end = patient.i + 1
        while end < sent.end and patient.doc[end].ent_iob_ == "I":
            end += 1
        start = patient.i + (patient.lower_ == "the")
        end -= end > start + 1 and patient.doc[end - 1].tag_ == "POS"  # "the Brotherhood's"
        span = patient.doc[start:end]
    else:
        span = patient.doc[patient.left_edge.i : patient.i + 1]
    slug = re.sub(r"[^a-z0-9]+", "-", span.text.lower()).strip("-")
    return anonymous_group(home, slug, span.text, placed=True)


_PLACEABLE_KINDS = frozenset({"org", "media", "group"})


def _place_bodies(targets: list[str], home: str, index: ActorIndex, sent: Span) -> None:
    """Give a named body of no known country that a state's act falls on that state's
    country: "a court in Tehran ordered the closure of the reformist daily Shargh", "tax
    police in Moscow raided the oil company Yukos". Persons are left alone, a foreigner
    arrested in a country being no national of it, unless the sentence calls them a
    dissident or of the opposition: dissent is against one's own state ("China freed the
    dissident Wei Jingsheng", "lifted a travel ban on dissident Wang Dan")."""
    for actor_id in targets:
        actor = index.actors.get(actor_id, {})
        if actor.get("country") or actor.get("members"):
            continue
        body = actor.get("kind") in _PLACEABLE_KINDS and actor.get("sector") not in (
            "IGO",
            "NGO",
            "REF",
        )
        if body or (actor.get("kind") == "person" and _called_dissenter(actor_id, index, sent)):
            actor["country"], actor["country_basis"] = home, "context"


# "pro-democracy leader Aung San Suu Kyi", "reformist cleric ...": dissent by its cause
DISSENT = frozenset({"dissident", "opposition", "democracy", "pro-democracy", "reformist"})
_DESCRIBING = frozenset({"amod", "compound", "appos", "nmod"})


def _called_dissenter(actor_id: str, index: ActorIndex, sent: Span) -> bool:
    """Whether a person's name in `sent` is described as a dissident or of the opposition:
    "dissident Wang Dan", "opposition leader Kem Sokha", "Paya, a leading dissident"."""
    names = [t for t in sent if index.by_token.get(t.i) == actor_id]
    heads = [t for t in names if t.head not in names or t.head == t]
    # the rest of a name the mention stopped short of ("Aung San" of "Aung San Suu Kyi")
    for n, head in enumerate(heads):
        while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN":
            head = head.head
        heads[n] = head
    todo = [c for h in heads for c in h.children if c.dep_ in _DESCRIBING and c not in names]
    while todo:
        tok = todo.pop()
        if tok.lemma_.lower() in DISSENT:
            return True
        todo += [c for c in tok.children if c.dep_ in _DESCRIBING]
    return False


_LOCATIVE_PREPS = frozenset(
    {"in", "through", "across", "at", "of", "near", "around", "outside", "into"}
)


def _places(
    trig: Trigger, index: ActorIndex, preps: frozenset[str], struck: bool = False
) -> list[str]:
    """The states, regions and towns the trigger's sentence names after one of `preps`: the
    place itself, not a modifier of what is there ("the U.S. embassy in Athens"); with
    `struck`, also those named on what is there or what is hit ("a crowded Jerusalem bus",
    "bombed a Kabul market")."""
    climb = ("conj", "appos", "compound") if struck else ("conj", "appos")
    places: list[str] = []
    for tok in trig.token.sent:
        actor = index.by_token.get(tok.i)
        if actor is None or index.kind(actor) not in _TERRITORIES - {"government"}:
            continue
        if places and places[-1] == actor:
            continue  # one name of several words
        head = tok
        while head.dep_ in climb and head.head.i != head.i:
            head = head.head
        located = head.dep_ == "pobj" and head.head.lower_ in preps
        if located or (struck and head.dep_ == "dobj" and head != tok):
            places.append(actor)
    return places


def _located_country(trig: Trigger, index: ActorIndex) -> str | None:
    """The one country the sentence places things in: of the states, regions and towns named
    after a locative preposition ("outside the U.S. embassy in Athens", "the streets of
    Buenos Aires", "the Indonesian city of Medan"), if they all belong to one."""
    countries = {index.country(a) for a in _places(trig, index, _LOCATIVE_PREPS)} - {None}
    return next(iter(countries)) if len(countries) == 1 else None


def placed_crowd(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> str | None:
    """The country of an unnamed crowd's protest, from where the sentence places it ("About
    5,000 people demonstrated outside the U.S. embassy in Athens": Greeks, as CAMEO's coders
    have it), when no one in it has a country of their own; None otherwise. A crowd of a
    stated origin keeps it ("Iraqis protested in Amman")."""
    if event["type"] != "PROTEST":
        return None
    crowd = [index.actors.get(s, {}) for s in event["source"]]
    if any(not a.get("anonymous") or a.get("country") for a in crowd):
        return None
    return _located_country(trig, index)


def placed_group(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> str | None:
    """The country of an unplaced group that deals with one state's own authorities or people
    in a sentence that names no other country ("About 200 Muslim rebels surrendered to the
    Philippine army", "students petitioned the Kenyan parliament"): the group is that state's,
    as CAMEO's coders have it for a domestic act; None otherwise. Never for violence, which
    crosses borders ("gunmen ambushed Nigerian troops" names no one's gunmen), nor for
    protests, which `placed_crowd` places by where they are."""
    if event["type"] in ("ASSAULT", "PROTEST") or not event["source"] or not event["target"]:
        return None
    sources = [index.actors.get(s, {}) for s in event["source"]]
    if any(
        a.get("kind") != "group"
        or not a.get("anonymous")
        or a.get("country")
        or a.get("members")
        or a.get("parent")  # "prosecutors at the International Criminal Court": the court's
        # "Western governments", "inspectors from the OPCW": states' or bodies' groups of no
        # one country
        or a.get("sector") in ("GOV", "IGO", "NGO")
        for a in sources
    ):
        return None
    home = _one_country(trig, index)
    if home is None or not any(index.country(t) == home for t in event["target"]):
        return None
    return home


def placed_partners(trig: Trigger, sources: list[str], index: ActorIndex) -> str | None:
    """The country of unplaced groups that meet, sign or fight together with one state's
    party, in a sentence whose other parties are all of that state ("A power-sharing
    agreement was signed by the Sudanese government and southern rebels in Naivasha"): the
    rebels are Sudan's, so the act is a domestic dyad, SDN -> SDN, as CAMEO's coders have
    it. Where the act takes place ("in Naivasha", "in Havana") is a venue, not a party."""
    unplaced = [
        a
        for a in (index.actors.get(s, {}) for s in sources)
        if a.get("kind") == "group"
        and a.get("anonymous")
        and not a.get("country")
        and not a.get("members")
        and not a.get("parent")
        and a.get("sector") not in ("GOV", "IGO", "NGO")
    ]
    if not unplaced or len(unplaced) == len(sources):
        return None
    venues = set(_places(trig, index, _LOCATIVE_PREPS))
    parties = {
        a
        for a in index.sentence_actors(trig.token) - venues
        if index.kind(a) not in ("media", "igo", "place")
        and index.actors.get(a, {}).get("sector") != "NGO"
    }
    countries = {index.country(a) for a in parties} - {None}
    return next(iter(countries)) if len(countries) == 1 else None


def placed_attack(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> str | None:
    """The country an attack by no one named happened in ("A roadside bombing near the town
    of Samarra killed one U.S. soldier", "Three US servicemen were killed by an improvised
    explosive device outside the Iraqi city of Basra"), as the sentence places it; None when
    the attack has a named source or the sentence places it in no one country. CAMEO's
    coders give such an attack to that country's unidentified attackers. A pronoun subject
    ("the engineers they had kidnapped") names attackers the sentence knows."""
    if event["type"] != "ASSAULT" or event["source"]:
        return None
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trig.token.children):
        return None
    return _located_country(trig, index)


def attacked_place(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> str | None:
    """Where an attack that names no victim struck, as the target ("Maoist rebels opened fire
    on a police post in western Nepal", "detonated an explosives belt on a crowded Jerusalem
    bus"): the state, region or town the sentence places the attack in, when all of them are
    of one country (the first named); None otherwise. CAMEO's coders code such an attack on
    the country it hit."""
    if event["type"] != "ASSAULT" or not event["source"] or event["target"]:
        return None
    struck = _places(trig, index, _LOCATIVE_PREPS | {"on"}, struck=True)
    places = [p for p in struck if p not in event["source"]]
    countries = {index.country(p) for p in places} - {None}
    return places[0] if len(countries) == 1 else None
