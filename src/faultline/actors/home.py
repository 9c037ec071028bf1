"""Home country from context: a person or unnamed group the text gives no country, placed in
the one state its sentences are about.

Event coders place domestic actors in the country of the story (CAMEO's coders write "FJI"
for "Prime Minister Mahendra Chaudhry" in a sentence about Fijian rebels), and an analyst
reading "Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo" knows
whose president he is. The rule is deliberately narrow so that it does not invent nationality:

- only office holders (a person with a role or a political sector) and anonymous groups
  with no country of their own are filled: a reporter arrested in a country is not its
  national;
- the evidence is every sentence that mentions the actor; the states counted are those named
  by a state or government mention, by a collective with a country ("Fijian rebels") or by a
  party or political movement of one state ("the opposition Awami League"), not the
  countries of other persons (a "Sudanese official" beside "President Kamau" says nothing of
  Kamau's country), not media, companies or NGOs;
- a state that is the object of a place preposition on a verb is where the act goes or
  happens ("flew to Paris", "arrived in Moscow"), not whose the actor is, and does not count;
- exactly one state must remain across all those sentences.

The filled actor carries `country_basis: "context"`; stored knowledge about the person wins
over it (`store.knowledge.enrich`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import Actor
from faultline.actors.holders import Hit

_VERB_POS = frozenset({"VERB", "AUX"})
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "OPP", "PTY", "REB", "DIP", "LEG", "JUD", "COP"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Named bodies whose country is the politics they are part of: parties and movements (not
# armed groups, which fight across borders: "the Pakistani Taliban" is not Afghanistan's).
_DOMESTIC_BODIES = frozenset({"PTY", "OPP"})
# Prepositions that give where an act goes or happens ("imposed a curfew on Lusaka" names the
# target, and counts).
_VENUE_PREPS = frozenset(
    {"to", "in", "at", "into", "from", "for", "toward", "towards", "via", "inside", "near"}
)
# A crowd or an unnamed body acts where it is: "ethnic Albanians demonstrated in Serbia" are
# in Serbia. Only where it goes to or comes from says nothing of whose it is.
_MOTION_PREPS = frozenset({"to", "into", "from", "for", "toward", "towards", "via"})
_MOTION_VERBS = frozenset({"visit", "tour", "reach", "enter", "leave", "invade", "attack"})


def _fillable(actor: Actor) -> bool:
    if actor.get("country") or actor.get("sector") in ("REF", "IGO"):
        return False  # refugees are by definition away from home; an IGO's people have none
    if actor.get("kind") == "group" and actor.get("parent"):
        return False  # a body's own people ("Greenpeace activists") have its country or none
    if actor.get("bloc"):
        return False  # "Western governments condemned the coup in Niger" are not Niger's
    kind = actor.get("kind")
    if kind == "person":
        # Only a holder of an office or a side: "Prime Minister X" in a sentence about Fiji
        # is Fiji's; a reporter or a tourist arrested there is not thereby its national.
        sector = actor.get("sector")
        return sector in _POLITICAL_SECTORS or (bool(actor.get("role")) and sector is None)
    return kind == "group" and bool(actor.get("anonymous"))


# Words the NER tags NORP that name a faith, a creed or a people with no state of its own:
# "Buddhist monks marched through Rangoon" and "Kurdish inmates at a Turkish prison" are of
# the state they live in, as CAMEO codes them.
NOT_NATIONALITIES = frozenset(
    {
        "buddhist", "muslim", "moslem", "islamic", "christian", "catholic", "protestant",
        "orthodox", "hindu", "sikh", "jewish", "shiite", "shia", "shi'ite", "sunni", "islamist",
        "jihadist", "jihadi", "salafist", "coptic",
        "evangelical", "maoist", "communist", "marxist", "kurdish", "kurd", "tamil", "baluch",
        "uighur", "uyghur", "berber", "hutu", "tutsi", "pashtun", "yoruba", "igbo", "ibo",
        "zulu", "basque", "catalan", "aymara", "quechua", "mayan", "druze", "alawite",
        "rohingya", "kachin", "oromo", "amhara", "masalit", "zaghawa", "dinka", "nuer",
        "acholi", "kikuyu", "kalenjin", "ogoni", "ijaw", "hausa", "fulani", "tuareg",
        # movements named after a founder or a cause, not a state
        "zapatista", "sandinista", "contra", "houthi", "peshmerga", "baathist", "naxalite",
    }
)  # fmt: skip


def _names_a_nationality(doc: Doc, hit: Hit) -> bool:
    """The mention itself says whose the actor is, in a form not resolved ("Congolese
    refugees" when the demonym is ambiguous): never overwrite that with the context."""
    return any(
        t.ent_type_ in ("NORP", "GPE")
        and t.lower_.rstrip("s") not in NOT_NATIONALITIES
        and t.lower_ not in NOT_NATIONALITIES
        for t in doc[hit.start : hit.end]
    )


def _hyphen_modifier(doc: Doc, hit: Hit) -> bool:
    """A name joined by a hyphen to a participle ("U.S.-backed", "NATO-led", "Denver-based"):
    it describes a thing's backer, leader or seat, not the sentence's country."""
    if hit.end + 1 >= len(doc) or doc[hit.end - 1].whitespace_:
        return False
    dash, word = doc[hit.end], doc[hit.end + 1]
    return dash.text == "-" and not dash.whitespace_ and word.tag_ in ("VBN", "VBD")


def _state_of(
    hit: Hit, doc: Doc, actors: dict[str, Actor], persons: set[int], loose: bool = False
) -> str | None:
    """The state a hit counts for as context, or None."""
    actor = actors.get(hit.actor, {})
    kind = actor.get("kind")
    if kind == "state":
        state: str | None = hit.actor
    elif kind in ("government", "place", "region") or (kind == "group" and actor.get("anonymous")):
        state = actor.get("country")
    elif kind == "org" and actor.get("sector") in _DOMESTIC_BODIES and actor.get("country"):
        # "The opposition Awami League called on President Ershad to step down": a party of
        # one state is about that state's politics
        state = actor["country"]
    else:
        return None
    if _hyphen_modifier(doc, hit):
        return None  # "the government's U.S.-backed campaign": a backer, not whose it is
    head = doc[hit.end - 1]
    if head.dep_ in _MODIFIER_DEPS and head.head.i in persons and not loose:
        # "a Sudanese official": that person's country, not the sentence's, for another
        # person; an unnamed body beside him is of it ("Venezuelan President Maduro rejected
        # opposition demands")
        return None
    prep = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _MOTION_VERBS:
        return None  # "visited Asmara": a destination
    venues = _MOTION_PREPS if loose else _VENUE_PREPS
    if head.dep_ == "pobj" and prep.lower_ in venues and prep.head.pos_ in _VERB_POS:
        return None  # "flew to Paris": a destination or venue
    return state


def home_countries(doc: Doc, hits: list[Hit], actors: dict[str, Actor]) -> dict[str, str]:
    """actor id -> the one state its sentences name, for actors the text gives no country."""
    # token index -> its sentence's, from the sentences' bounds: iterating each sentence's
    # tokens built a Token object per word of the article
    sent_of: list[int] = []
    for sent_i, sent in enumerate(doc.sents):
        sent_of += [sent_i] * (sent.end - sent.start)
    persons = {
        i
        for h in hits
        if actors.get(h.actor, {}).get("kind") == "person"
        for i in range(h.start, h.end)
    }
    states_by_sent: dict[int, set[str]] = {}  # for persons
    loose_by_sent: dict[int, set[str]] = {}  # for groups
    patients_by_verb: dict[int, set[str]] = {}  # states only the victims of a verb name
    for hit in hits:
        state = _state_of(hit, doc, actors, persons)
        if state is not None:
            states_by_sent.setdefault(sent_of[hit.start], set()).add(state)
        state = _state_of(hit, doc, actors, persons, loose=True)
        if state is not None:
            loose_by_sent.setdefault(sent_of[hit.start], set()).add(state)
            verb = _victims_verb(hit, actors, doc)
            if verb is not None:
                patients_by_verb.setdefault(verb, set()).add(state)
    sents_by_actor: dict[str, set[int]] = {}
    verbs_by_actor: dict[str, set[int]] = {}
    stated: set[str] = set()
    for hit in hits:
        if _fillable(actors.get(hit.actor, {})):
            sents_by_actor.setdefault(hit.actor, set()).add(sent_of[hit.start])
            verb = _agents_verb(doc[hit.end - 1])
            if verb is not None:
                verbs_by_actor.setdefault(hit.actor, set()).add(verb)
            ethnic = actors.get(hit.actor, {}).get("ethnic")
            if _names_a_nationality(doc, hit) and not ethnic:
                stated.add(hit.actor)
    for actor_id in stated:
        sents_by_actor.pop(actor_id, None)
    out: dict[str, str] = {}
    for actor_id, sents in sents_by_actor.items():
        actor = actors.get(actor_id, {})
        # A named person may be a visitor where the act happens; an unnamed office holder
        # ("a provincial governor was assassinated in Medellin") is placed like a group.
        person = actor.get("kind") == "person" and not actor.get("anonymous")
        by_sent = states_by_sent if person else loose_by_sent
        states = set().union(*(by_sent.get(s, set()) for s in sents))
        if len(states) > 1 and not person:
            # "Gunmen kidnapped two German aid workers in Yemen's Marib province": whose the
            # victims are says nothing of where the gunmen are, when a place does
            victims = set().union(
                *(patients_by_verb.get(v, set()) for v in verbs_by_actor.get(actor_id, set()))
            )
            states = states - victims or states
        if len(states) == 1:
            out[actor_id] = next(iter(states))
    return out


def _victims_verb(hit: Hit, actors: dict[str, Actor], doc: Doc) -> int | None:
    """The verb that acts on an unnamed group, or on the group a nationality word describes
    ("kidnapped two German aid workers", "abducted two Italian engineers", "were killed")."""
    actor = actors.get(hit.actor, {})
    noun = doc[hit.end - 1]
    if actor.get("kind") == "state" and noun.dep_ in ("amod", "compound"):
        noun = noun.head
    elif actor.get("kind") != "group" or not actor.get("anonymous"):
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in _VERB_POS:
        return int(noun.head.i)
    return None


def _agents_verb(noun: Token) -> int | None:
    """The verb a noun is the doer of: its subject, or the agent of its passive."""
    if noun.dep_ == "nsubj" and noun.head.pos_ in _VERB_POS:
        return int(noun.head.i)
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return int(noun.head.head.i)
    return None
