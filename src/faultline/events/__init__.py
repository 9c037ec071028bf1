"""PLOVER event coding: triggers from the lexicon, arguments from the parse, modality.

`events_stage(record, doc)` fills `record.events` (shape in docs/output.md, DESIGN.md §2).

Coding choices (copy to docs):
- Refusal is an act: "refused to support", "withheld support for X", "rejected the plan" are
  REJECT events (asserted, negated false) with the refused thing as target; the manual codes
  "all rejections and refusals" as REJECT, and so is a cooperative act announced as one
  that will not happen ("will not ease its embargo"). Otherwise grammatical negation keeps
  the act's type with `negated: true` ("did not support", "not expected to impose").
- Ending a sanction ("withdrew its support for sanctions against X", "lifted the embargo") is
  RETREAT (CAMEO 085); withdrawing support or aid is SANCTION (the manual's rule).
- International sanctions are SANCTION mode discontinue (the manual), not COERCE (CAMEO 163).
- A cooperative act (CONSULT, SUPPORT, COOPERATE, AID) announced for the future in reported
  speech is a commitment and typed AGREE, as the manual types promises and offers; a yielding
  one (CONCEDE, RETREAT) is CONCEDE, as the manual keeps future concessions; unreported
  schedules ("the EU is to discuss") keep their type with modality planned. The mirror: a
  hostile act (ASSAULT, COERCE, SANCTION, PROTEST) that its own actor announces for the
  future or on a condition is a THREATEN ("warned they would attack the capital unless ...").
- A recipient the text leaves implicit is the state where the act is done ("demonstrated in
  Serbia"), except for meetings, whose venue is no party (`recipients.place_targets`); a
  protest with neither is against the protesters' own government (`target_implied: true`).
- `reported`/`claimed_by`: the trigger lies in a quote (speaker from record.quotes) or in the
  complement of a reporting verb (its subject). The reporting verb's own act is not reported.
- Media actors are never sources; an actor is never both source and target of one event; an
  event with neither source nor target is dropped.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from faultline.actors.gazetteer import gazetteer
from faultline.events.arguments import arguments
from faultline.events.domestic import (
    STATE_ACTS,
    agentless_passive,
    anonymous_group,
    attacked_place,
    domestic_patient,
    implied_domestic_source,
    implied_domestic_target,
    placed_attack,
    placed_crowd,
    placed_group,
    placed_partners,
)
from faultline.events.lexicon import verb_lemma
from faultline.events.modality import misread_reported_act, modality, negated, reporting_verb
from faultline.events.pact_parties import Pacts
from faultline.events.phrases import (
    MEETING_TYPES,
    ActorIndex,
    governing_verb,
    phrase_actors,
    subject_actors,
    subject_of,
)
from faultline.events.recipients import condition_targets
from faultline.events.triggers import (
    PROMISED_YIELD_CAMEO,
    YIELDING_TYPES,
    Trigger,
    find_triggers,
    lookup,
    objects,
)

__all__ = ["events_stage", "code_events"]

# Manual: future cooperation is AGREE; CAMEO's "express intent to ..." codes beside it.
PROMISE_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
# Yielding announced for the future ("the rebels said they will release the hostages") is
# CONCEDE, not AGREE: the manual keeps future concessions CONCEDE and codes announced
# retreats as CONCEDE, where CAMEO2PLOVER maps CAMEO 035 "express intent to yield" to AGREE.
# Its types and code (triggers.YIELDING_TYPES, PROMISED_YIELD_CAMEO) are the ones the trigger
# stage gives a promise of yielding.
# Its mirror: a hostile act announced for the future in reported speech ("the rebels warned
# they would attack the capital unless ...", "farmers said they would blockade Paris") is a
# threat, CAMEO 13x by what is threatened.
THREAT_CAMEO = {"ASSAULT": "138", "COERCE": "137", "SANCTION": "131", "PROTEST": "133"}
# A cooperative or yielding act announced as one that will not happen is a refusal, CAMEO
# 12x by what is refused.
REFUSAL_CAMEO = {
    "CONSULT": "125",
    "SUPPORT": "120",
    "COOPERATE": "121",
    "AID": "122",
    "CONCEDE": "124",
    "RETREAT": "124",
    "AGREE": "120",
}
REFUSABLE = frozenset(REFUSAL_CAMEO)
NEEDS_TARGET = frozenset({"SANCTION", "AID", "COOPERATE"})  # manual: "Requires recipient: Yes"
# Letting or helping someone is the act of whoever lets or helps: "the junta allowed the
# opposition leader to travel", "Norway helped Sudan". Said of something that is no actor
# ("PTO allows employees to rest", "this flexibility allows students to ...", "admitting more
# students can help business schools", an imperative "Let's leave a clean planet to our
# children") it is no event; a passive with no agent ("dissidents were allowed to leave")
# still is, its permitter unnamed.
ENABLING_LEMMAS = frozenset({"allow", "let", "permit", "enable", "help", "assist"})


def _claim(trig: Trigger, index: ActorIndex) -> tuple[bool, str | None]:
    quoted, speaker = index.speaker_at(trig.token.idx)
    if quoted and speaker is not None:
        return True, speaker
    verb = reporting_verb(trig.token)
    if verb is None:
        return quoted, None
    # a subject that heads the misread act it reports is the act's, not the reporter's
    subj = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and not any(misread_reported_act(g) for g in c.children)
        ),
        None,
    )
    ids = subject_actors(subj, index) if subj is not None else []
    if not ids and subj is not None:  # "Tajikistan's chief prosecutor warned that ...":
        ids = [a for c in subj.children if c.dep_ == "poss" for a in phrase_actors(c, index)]
    return True, ids[0] if ids else None


# Sectors of people who protest in the street rather than in a diplomatic note.
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REF", "REL"})
# Acts whose type depends on who does them: (lemma, lexicon type) -> (who, coded as).
# A crowd's "protest" is a demonstration and its "strike" a strike; a crowd that occupies or
# blocks a place obstructs it, one that throws stones riots. A state's or an official's
# "protest" is a diplomatic note.
ACTS_BY_WHOM: dict[tuple[str, str], tuple[str, tuple[str, str, str]]] = {
    ("protest", "ACCUSE"): ("crowd", ("PROTEST", "141", "demo")),
    ("strike", "ASSAULT"): ("crowd", ("PROTEST", "143", "boycott")),
    ("occupy", "COERCE"): ("crowd", ("PROTEST", "144", "obstruct")),
    ("block", "COERCE"): ("crowd", ("PROTEST", "144", "obstruct")),
    ("blockade", "COERCE"): ("crowd", ("PROTEST", "144", "obstruct")),
    ("throw", "ASSAULT"): ("crowd", ("PROTEST", "145", "riot")),
    ("hurl", "ASSAULT"): ("crowd", ("PROTEST", "145", "riot")),
    ("storm", "ASSAULT"): ("crowd", ("PROTEST", "145", "riot")),
    ("protest", "PROTEST"): ("official", ("ACCUSE", "114", "disapprove")),
    # (Prosecutors' or police "charges" stay ACCUSE allege: the manual's mode is "sue,
    # indict, or charge", where CAMEO2PLOVER reads CAMEO 173 as COERCE arrest.)
    # a state's or an armed force's "strikes" are attacks, not walkouts
    ("strike", "PROTEST"): ("armed", ("ASSAULT", "190", "")),
}
# "Thousands of Egyptians protested": a counted multitude is a crowd whatever its members,
# unless they are armed forces or police.
ARMED_SECTORS = frozenset({"MIL", "REB", "COP"})
MULTITUDES = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten"})


def _crowd(trig: Trigger, sources: list[str], index: ActorIndex) -> bool:
    if any(index.actors.get(s, {}).get("sector") in CROWD_SECTORS for s in sources):
        return True
    if any(index.actors.get(s, {}).get("sector") in ARMED_SECTORS for s in sources):
        return False  # "A dozen Moroccan soldiers occupied Perejil": a force, however counted
    subj = subject_of(trig.token)
    if subj is None:
        return False
    counted = any(c.dep_ == "nummod" for c in subj.children)  # "Some 5,000 Palestinians"
    return counted or subj.lemma_.lower() in MULTITUDES


def _who(trig: Trigger, sources: list[str], index: ActorIndex) -> str | None:
    """Which kind of actor does the act, as ACTS_BY_WHOM reads it: a crowd, an armed force
    ("armed"), states, governments, IGOs and their officials ("official"), or none."""
    if _crowd(trig, sources, index):
        return "crowd"
    if (
        trig.entry.lemma == "strike"
        and trig.entry.mode == "boycott"  # not a hunger or general strike
        and sources
        and all(
            index.actors.get(s, {}).get("sector") in ("MIL", "REB")
            or index.kind(s) in ("state", "government")
            for s in sources
        )
    ):
        return "armed"  # "Azerbaijan launched strikes against Armenian positions"
    if sources and all(_official(index.actors.get(s, {})) for s in sources):
        return "official"
    return None


def _official(actor: dict[str, Any]) -> bool:
    if actor.get("kind") in ("state", "government", "igo"):
        return True
    return actor.get("kind") == "person" and actor.get("sector") in ("GOV", "DIP", "IGO")


def _own_announcement(claimed_by: str | None, sources: list[str], index: ActorIndex) -> bool:
    """The act is announced by its own side: by no one named, by its actor, by someone of
    the actor's country ("Rabat will break off relations ..., a Moroccan official said"), or
    of an act whose actor is left unnamed or unplaced ("the army would strike ...")."""
    if claimed_by is None or claimed_by in sources or not sources:
        return True
    home = index.country(claimed_by)
    theirs = [index.country(s) for s in sources]
    return (home is not None and home in theirs) or all(c is None for c in theirs)


def _unnamed_permitter(tok: Token) -> bool:
    """Whether an enabling verb (or the copula of "willing") with no actor as subject still
    has someone acting: a passive ("were allowed to leave") or a person's pronoun ("charging
    that they let Contra rebels operate", "they are willing to"), not a thing ("this
    allows") or an imperative ("Let's leave", "Get ready")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in tok.children)


_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
# The writer and the reader of a page, outside quotes: no actor an analyst can count.
_AUTHOR_READER = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})


def _author_or_reader(trig: Trigger, index: ActorIndex) -> bool:
    """Whether the act is the page's writer's or reader's: a first- or second-person subject
    ("I use the card to withdraw money", "You may want to consult lawyers"), a possessor of a
    nominal ("On my first visit to Kyoto"), outside any quote."""
    tok = trig.token
    if index.speaker_at(tok.idx)[0]:
        return False  # a quote's "we" is its speaker's
    if trig.nominal or trig.entry.pos == "NOUN":
        return any(c.dep_ == "poss" and c.lower_ in _AUTHOR_READER for c in tok.children)
    subj = subject_of(tok)
    return subj is not None and subj.lower_ in _AUTHOR_READER


def _previous_actor(sent: Span, index: ActorIndex, exclude: list[str]) -> list[str]:
    """A recipient-requiring act with none named takes the last actor of the sentence before."""
    if sent.start == 0:
        return []
    prev = sent.doc[sent.start - 1].sent
    for tok in reversed(prev):
        actor = index.by_token.get(tok.i)
        if actor and actor not in exclude and index.kind(actor) in ("state", "government", "igo"):
            return [actor]
    return []


def _promised_hostility(trig: Trigger) -> str | None:
    """The hostile type a promise governs in its to-infinitive ("vowed to retaliate", "pledged
    to expel the diplomats"), which makes the promise a threat; None otherwise."""
    for c in trig.token.children:
        if c.dep_ in ("xcomp", "ccomp"):  # "vowed to retaliate", "vowed that it would crush"
            inner = lookup(c)
            if inner is not None and inner.type in THREAT_CAMEO:
                return inner.type
    return None


ADMITTING = frozenset({"allow", "admit", "accept", "let", "permit"})


def _own_admitted(trig: Trigger) -> bool:
    """Whether whom an access verb lets in is the actor's own ("allows their forces to
    train", "admitted its inspectors"): access (CAMEO 086x) is given to others. Only for the
    verbs whose object is who is let in; what is opened ("opened its crossings to trucks")
    is the actor's own by nature."""
    tok = trig.token
    if trig.entry.mode != "access" or tok.lemma_.lower() not in ADMITTING:
        return False
    admitted = objects(tok) + [
        s
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return bool(admitted) and all(
        any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in a.children) for a in admitted
    )


def _event(trig: Trigger, index: ActorIndex) -> dict[str, Any] | None:
    tok = trig.token
    if _own_admitted(trig):
        return None
    sources, targets = arguments(trig, index)
    if trig.entry.pos == "NOUN" and trig.noun is None and not sources:
        return None  # a bare nominal ("talks were held") has no actor to code
    if not sources and trig.entry.lemma in ENABLING_LEMMAS and not _unnamed_permitter(tok):
        return None
    if not sources and trig.entry.pos == "ADJ" and not _unnamed_permitter(tok.head):
        return None  # "willing", "ready": a stance is its holder's ("Get ready to explore")
    if not sources and _author_or_reader(trig, index):
        return None  # "We encourage users to test", "you can break up three days in Tokyo"
    if trig.entry.type in NEEDS_TARGET and not targets and sources:
        targets = _previous_actor(tok.sent, index, sources)
    reported, claimed_by = _claim(trig, index)
    mood = modality(tok)
    # "The night-time curfew in Ambon was lifted": the state's authorities may be implied
    # (code_events); kept here only until then.
    implied_state = (
        trig.entry.type in STATE_ACTS
        and agentless_passive(trig)
        and tok.dep_ in ("ROOT", "ccomp")  # the sentence's own news, not a background clause
    )
    if not sources and not targets and not implied_state:
        hostile = trig.entry.type in THREAT_CAMEO and mood in ("planned", "conditional")
        if not (hostile and reported and claimed_by and index.kind(claimed_by) != "media"):
            return None  # kept only as a warning: "warned a curfew would be imposed"
    etype, cameo, mode = trig.entry.type, trig.entry.cameo, trig.entry.mode
    by_whom = ACTS_BY_WHOM.get((trig.entry.lemma, etype))
    if by_whom is not None and by_whom[0] == _who(trig, sources, index):
        etype, cameo, mode = by_whom[1]
    denied = negated(tok)
    vowed = _promised_hostility(trig) if etype == "AGREE" else None
    if vowed is not None:  # "vowed to retaliate": promising harm is threatening it
        etype, cameo, mode = "THREATEN", THREAT_CAMEO[vowed], None
    elif denied and mood == "planned" and etype in REFUSABLE:
        # "Washington will not ease its embargo", "the generals will not allow rescue teams
        # in": announcing that one will not cooperate or yield is refusing (REJECT 12x).
        etype, cameo, mode, denied, mood = "REJECT", REFUSAL_CAMEO[etype], None, False, "asserted"
    elif etype in YIELDING_TYPES and reported and mood == "planned":
        # the manual: future concessions stay CONCEDE, announced retreats are CONCEDE
        etype, cameo, mode = "CONCEDE", PROMISED_YIELD_CAMEO, None
    elif etype in PROMISE_CAMEO and reported and mood == "planned":
        etype, cameo, mode = "AGREE", PROMISE_CAMEO[etype], None
    elif (
        etype in THREAT_CAMEO
        and reported
        and mood in ("planned", "conditional")
        and not denied
        and _own_announcement(claimed_by, sources, index)
    ):
        etype, cameo, mode = "THREATEN", THREAT_CAMEO[etype], None
        # "warned a curfew would be imposed"; "Museveni warned that security forces would
        # crush ...": forces of no stated country are the warner's instrument, he threatens
        unplaced = all(index.country(s) is None for s in sources)
        if unplaced and claimed_by is not None and index.kind(claimed_by) != "media":
            sources = [claimed_by]
        if not targets:  # "would close the strait if the European Union went ahead"
            targets = [t for t in condition_targets(tok, index) if t not in sources]
    elif (
        etype == "REJECT"
        and reported
        and mood == "conditional"
        and not denied
        and _own_announcement(claimed_by, sources, index)
    ):
        # "Greece made clear it will block EU aid to Macedonia unless Skopje changes its
        # name": a refusal held over another's head is a threat (CAMEO 131, non-force)
        etype, cameo, mode = "THREATEN", "131", None
    sent = tok.sent
    return {
        "type": etype,
        "mode": mode or None,  # an ACTS_BY_WHOM recoding may leave it empty
        "context": [],
        "cameo": cameo,
        "source": sources,
        "target": targets,
        "negated": denied,
        "modality": mood,
        "reported": reported,
        "claimed_by": claimed_by,
        "date": None,
        "granularity": None,
        "date_text": None,
        "date_basis": None,
        "source_implied": False,
        "target_implied": False,
        "mutual": False,
        "trigger": tok.text,
        "trigger_span": {"start": tok.idx, "end": tok.idx + len(tok)},
        "evidence": {"start": sent.start_char, "end": sent.end_char, "text": sent.text},
    }


def _home_government(
    trig: Trigger, event: dict[str, Any], index: ActorIndex
) -> dict[str, Any] | None:
    """A protest that names no one it is against, nor a place, is against the protesters' own
    authorities: the government of their country (CAMEO's domestic default; PLOVER codes a
    protest "against the recipient"). The event says so with `target_implied`."""
    if event["type"] != "PROTEST" or event["target"] or not event["source"]:
        return None
    # Prisoners protest against whoever holds them: "Palestinian prisoners in Israeli jails
    # launched a hunger strike", "Cuban refugees held at the U.S. naval base"
    country = _captor(trig, index) or index.actors.get(event["source"][0], {}).get("country")
    government = gazetteer().actors.get(f"gov:{country}") if country else None
    if government is None or government["id"] in event["source"]:
        return None
    event["target"] = [government["id"]]
    event["target_implied"] = True
    return government


_HOLDING_PLACES = frozenset(
    {"jail", "prison", "detention", "custody", "camp", "base", "centre", "center", "cell"}
)


def _captor(trig: Trigger, index: ActorIndex) -> str | None:
    """The state whose jail, camp or base the protesters are held in, named by a demonym or a
    state on that place ("in Israeli jails", "at the U.S. naval base"), or None."""
    subj = subject_of(governing_verb(trig.token))  # "launched a hunger strike"
    if subj is None:
        return None
    for tok in subj.subtree:
        if tok.lemma_.lower() not in _HOLDING_PLACES or tok.dep_ != "pobj":
            continue
        if tok.head.lower_ not in ("in", "at", "inside"):
            continue
        for mod in tok.children:
            actor = index.by_token.get(mod.i)
            if actor is not None and mod.dep_ in ("amod", "compound", "poss", "nmod"):
                return index.country(actor)
    return None


# Sectors whose unplaced members still make an act political ("rebels attacked the town",
# "police detained protesters"); students, teachers or residents alone do not.
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "DIP", "IGO"}
)


def _political(actor: dict[str, Any]) -> bool:
    """A party event data counts: a state, government, IGO, region, place or organisation, or
    anyone the text places in a country or gives a political role."""
    if actor.get("kind") in ("state", "government", "igo", "region", "place", "org"):
        return True
    return bool(actor.get("country")) or actor.get("sector") in POLITICAL_SECTORS


def _between_political_actors(trig: Trigger, event: dict[str, Any], index: ActorIndex) -> bool:
    """Whether the act is political: a political party takes part, a crowd protests, or the
    sentence names a state, government or IGO ("Lt. Gen. Avril resigned to allow Haiti's
    first democratic elections"). "Rosetta Stone offers courses" or "the app offers lessons
    with qualified teachers" are no events, whatever the verb: no party is political (a
    product the NER takes for a person, teachers of no country) and no polity is named."""
    if event["type"] == "CONSULT" and event["mode"] == "visit" and not event["source"]:
        return False  # "you'll visit Iceland's hidden gems": a visit needs a visitor
    parties = [index.actors.get(i, {}) for i in event["source"] + event["target"]]
    if any(_political(a) for a in parties):
        return True
    if event["type"] in ("PROTEST", "CONCEDE") and any(a.get("kind") == "group" for a in parties):
        # "farmers and students blocked the road to the airport"; "striking miners called
        # off their stoppage" ends such a protest
        return True
    named = index.sentence_actors(trig.token)
    return any(index.kind(a) in ("state", "government", "igo") for a in named)


def code_events(record: Any, doc: Doc) -> list[dict[str, Any]]:
    """Events of one document; actors an event implies without naming them are appended to
    `record.actors` so that every id an event uses is described."""
    index = ActorIndex.build(doc, record)
    events = []
    coded: dict[int, dict[str, Any]] = {}  # trigger token -> its event, for consequences
    pacts = Pacts(doc)
    for trig in find_triggers(doc):
        event = _event(trig, index)
        if event is None:
            continue
        if not event["target"] and event["source"]:
            # "China criticised the pact": the parties of the pact signed just before
            event["target"] = pacts.parties(trig.token, event["source"], index)
        home = placed_crowd(trig, event, index) or placed_group(trig, event, index)
        if home is not None:
            _place_crowd(event, home, index, record)
        home = placed_attack(trig, event, index)
        if home is not None:
            attackers = anonymous_group(
                home, "attackers", f"unidentified attackers in {home}", placed=True
            )
            event["source"], event["source_implied"] = [attackers["id"]], True
            _describe(attackers, index, record)
        source = implied_domestic_source(trig, event, index)
        if source is not None:
            event["source"], event["source_implied"] = [source["id"]], True
            _describe(source, index, record)
        if not event["source"] and not event["target"]:
            continue  # an agentless state act whose state the sentence does not settle
        implied = _home_government(trig, event, index)
        patient = domestic_patient(trig, event, index)
        if patient is not None:
            event["target"] = [patient["id"]]
            implied = patient
        recipient = implied_domestic_target(trig, event, index)
        if recipient is not None and recipient["id"] not in event["source"]:
            event["target"] = [recipient["id"]]
            event["target_implied"] = True
            implied = recipient
        place = attacked_place(trig, event, index)  # after any victim the text names
        if place is not None:
            event["target"], event["target_implied"] = [place], True
        if not _between_political_actors(trig, event, index):
            continue
        if implied is not None:
            _describe(implied, index, record)
        if _consequence(trig, event, coded) or _protest_demand(trig, event, coded):
            continue
        coded[trig.token.i] = event
        made = mutual_events(event, trig, index)
        pacts.remember(trig.token, made)
        events.extend(made)
    return _without_restatements(events, index)


def _consequence(trig: Trigger, event: dict[str, Any], coded: dict[int, dict[str, Any]]) -> bool:
    """Whether the trigger tells what an attack already coded did ("ambushed a NATO convoy,
    killing three soldiers", "shelled the town, wounding 20"): one act, coded once, by the
    attack and its target."""
    tok = trig.token
    if event["type"] != "ASSAULT" or tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    attack = coded.get(tok.head.i)
    return (
        attack is not None
        and attack["type"] == "ASSAULT"
        and bool(attack["target"])
        and attack["source"] == event["source"]
        and not attack["negated"]
    )


def _protest_demand(trig: Trigger, event: dict[str, Any], coded: dict[int, dict[str, Any]]) -> bool:
    """Whether the trigger is what a protest already coded demands ("marched through
    Bratislava demanding equal access to schools", "launched a fast outside parliament to
    press for the president's resignation"): the protest is the act, its demand its
    purpose, coded once, as the protest."""
    tok = trig.token
    if event["type"] != "REQUEST" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj", "pcomp"):
        return False
    head = tok.head
    while head.dep_ in ("pobj", "prep") and head.i not in coded and head.head.i != head.i:
        head = head.head  # the parser hangs "demanding" on the place: "marched through X"
    protest = coded.get(head.i) or next(
        (coded[c.i] for c in head.children if c.i in coded and c.dep_ in ("dobj", "pobj")),
        None,
    )  # "launched a fast ... to press for": the protest named by the verb's object
    return protest is not None and protest["type"] == "PROTEST" and not protest["negated"]


def _place_crowd(event: dict[str, Any], home: str, index: ActorIndex, record: Any) -> None:
    """Give a protest's unnamed crowd the country the sentence places it in: its own
    anonymous group gets that country (`country_basis: "context"`), or, where the text
    names no crowd ("thousands took to the streets"), a crowd of that country is added."""
    if event["source"]:
        for actor_id in event["source"]:  # the index holds the record's own actor dicts
            actor = index.actors[actor_id]
            actor["country"], actor["country_basis"] = home, "context"
        return
    crowd = anonymous_group(home, "protesters", f"protesters in {home}", placed=True, sector="CVL")
    event["source"], event["source_implied"] = [crowd["id"]], True
    _describe(crowd, index, record)


def _describe(actor: dict[str, Any], index: ActorIndex, record: Any) -> None:
    """Add an actor an event implies to the record, once, as one dict the index shares (so
    that a later change to it, such as a placed crowd's country, reaches the record)."""
    if actor["id"] not in index.actors:
        index.actors[actor["id"]] = own = dict(actor)
        record.actors.append(own)


def _without_restatements(events: list[dict[str, Any]], index: ActorIndex) -> list[dict[str, Any]]:
    """One act told twice in a sentence is one event: "travelled to Caracas ..., the first
    visit by a Colombian leader", "left Cambodia, completing a withdrawal", "extended a loan
    to the Philippines to help finance power plants". An event that names no target is
    dropped when another event of its sentence has its type, polarity and source countries
    and names one (or, naming none either, came first)."""

    def key(e: dict[str, Any]) -> tuple[Any, ...]:
        countries = frozenset(index.country(s) or s for s in e["source"])
        return (e["evidence"]["start"], e["type"], e["negated"], countries)

    targeted = {key(e) for e in events if e["target"] and e["source"]}
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for e in events:
        k = key(e)
        if not e["target"] and e["source"] and (k in targeted or k in seen):
            continue
        seen.add(k)
        kept.append(e)
    return kept


# Acts two parties can only do together: signing, ratifying or concluding a pact, agreeing,
# setting up or restoring ties ("Indonesia and Australia signed a security treaty").
RECIPROCAL_LEMMAS = frozenset(
    {"sign", "ink", "seal", "ratify", "conclude", "agree", "establish", "restore", "normalise",
     "normalize", "forge"}
)  # fmt: skip
# Fighting between the parties a sentence joins ("troops and rebels fought a gun battle",
# "Indian and Pakistani troops exchanged fire") is each side's attack on the other.
FIGHTING_LEMMAS = frozenset({"fight", "clash", "battle", "skirmish", "exchange", "trade"})


def mutual_events(event: dict[str, Any], trig: Trigger, index: ActorIndex) -> list[dict[str, Any]]:
    """A meeting or joint act of two or more states' parties that names no one else ("India
    and Bangladesh reopened a rail link", "negotiators from Ethiopia and Eritrea held talks")
    is each party's act towards the others: one event per party, its partners the target,
    marked `mutual`, as event data codes a dyad in both directions. Otherwise the event."""
    sources = event["source"]
    lemma = verb_lemma(trig.token)
    fighting = event["type"] == "ASSAULT" and lemma in FIGHTING_LEMMAS
    joint = (
        event["type"] in MEETING_TYPES
        or (event["type"] in ("SUPPORT", "AGREE") and lemma in RECIPROCAL_LEMMAS)
        # "put their signatures to a peace treaty"
        or (
            event["type"] in ("SUPPORT", "AGREE")
            and any(o.lemma_.lower() == "signature" for o in objects(trig.token))
        )
        or fighting
        # "Azerbaijani and Armenian forces held their fire": a truce is kept by both sides
        or (event["type"] == "RETREAT" and event.get("mode") == "ceasefire")
    )
    # where two sides fight is no side ("fought a gun battle on the island of Jolo")
    ground = fighting and all(index.kind(t) in ("place", "region") for t in event["target"])
    if not joint or (event["target"] and not ground) or len(sources) < 2:
        return [event]
    # "signed by the Sudanese government and southern rebels"; never for fighting, which
    # crosses borders ("Ugandan troops and rebels fought near Goma")
    home = None if fighting else placed_partners(trig, sources, index)
    if home is not None:
        for s in sources:
            actor = index.actors[s]
            if actor.get("kind") == "group" and not actor.get("country"):
                actor["country"], actor["country_basis"] = home, "context"
    # Parties are told apart by country or, within one country, by side ("government
    # troops and Muslim rebels fought"): two delegations of one state are one party.
    sides = [(index.country(s), index.actors.get(s, {}).get("sector")) for s in sources]
    if any(country is None for country, _ in sides) or len(set(sides)) < 2:
        return [event]
    out = []
    for source, side in zip(sources, sides, strict=True):
        partners = [
            s
            for s, other in zip(sources, sides, strict=True)
            if other[0] != side[0] or (other[1] != side[1] and other[1] and side[1])
        ]
        out.append({**event, "source": [source], "target": partners, "mutual": True})
    return out


def events_stage(record: Any, doc: Doc) -> None:
    """Pipeline stage: code PLOVER events into `record.events`."""
    record.events = code_events(record, doc)
