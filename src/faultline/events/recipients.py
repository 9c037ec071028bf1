"""Recipients the parse gives only indirectly: through a measure's own clause, a chain of
purposes, a discussed topic, an actor's own role, an inquiry's subject, a condition, the
occasion of an alert, an embassy, a border, or the place an act is done in.

Each function returns actor ids for one such reading; `arguments.arguments` tries them in
turn when the direct arguments name no recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultline.events.phrases import (
    PLACE_PREPS,
    PRONOUNS,
    SKIP_DEPS,
    SUBJ,
    ActorIndex,
    allowed_actors,
    anaphor,
    bidders,
    nested_prep_actors,
    own_actors,
    own_forces,
    owned,
    particle_objects,
    phrase_actors,
    prep_targets,
    subject_actors,
    subject_of,
)
from faultline.events.triggers import Trigger, infinitival, lookup, objects

# Acts on a measure (a sanction, a ban, a debt) whose clause names whom it falls on.
MEASURE_TYPES = frozenset({"RETREAT", "CONCEDE", "SANCTION", "AID"})


_DEBT_VERBS = frozenset({"owe", "incur", "contract"})


def measure_parties(obj: Token, index: ActorIndex) -> list[str]:
    """Whom a measure in a clause on the object falls on: "the sanctions it imposed on India
    and Pakistan", "the restrictions placed against the opposition", "the debt owed to it by
    Senegal" (a debt's debtor, who gains by its writing off)."""
    ids: list[str] = []
    # "80 percent of the debt owed ...": through a share to the measure itself
    nouns = [obj] + [p for c in obj.children if c.lower_ == "of" for p in c.children]
    for clause in (c for n in nouns for c in n.children):
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for c in clause.children:
            on = c.dep_ == "prep" and c.lower_ in ("on", "against")
            debtor = c.dep_ == "agent" and clause.lemma_.lower() in _DEBT_VERBS
            if on or debtor:
                ids += [a for p in c.children if p.dep_ == "pobj" for a in phrase_actors(p, index)]
    return ids


def topic_partners(topic: Token, index: ActorIndex) -> list[str]:
    """Actors of a "with" phrase inside a discussed topic's phrase, outside its clauses."""
    out: list[str] = []
    for tok in topic.subtree:
        if tok.dep_ != "prep" or tok.lower_ != "with":
            continue
        between = [a for a in tok.ancestors if topic.is_ancestor(a)]  # below the topic
        if any(a.dep_ in SKIP_DEPS for a in between):
            continue
        out += [a for p in tok.children if p.dep_ == "pobj" for a in phrase_actors(p, index)]
    return out


def purpose_chain(verb: Token, depth: int = 3) -> list[Token]:
    """A to-infinitive and the to-infinitives of purpose it governs, nearest first ("to send
    material to help defend X": send, help, defend)."""
    chain = [verb]
    for _ in range(depth):
        nxt = next(
            (
                c
                for c in chain[-1].children
                if infinitival(c)
                or (
                    c.dep_ == "advcl"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                )
            ),
            None,
        )
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def infinitive_targets(act: Token, etype: str, index: ActorIndex) -> list[str]:
    """Whom a governed to-infinitive's act is done to: its objects (through what the actor
    owns, "to withdraw its troops from Lebanon"), whom it lets act, its prepositions."""
    ids = [
        a
        for o in objects(act) + particle_objects(act)
        if not owned(o, index)
        # "pledged to back India's bid for a seat on the Security Council": India
        for a in bidders(o, index) or phrase_actors(o, index)
        if not own_forces(a, index)
    ]
    ids += [a for o in objects(act) if owned(o, index) for a in prep_targets(o, etype, index)]
    ids += allowed_actors(act, index)  # "refused to allow UN inspectors to visit"
    # "agreed to act as a facilitator between the government and the Tigers"
    ids += nested_prep_actors(act, "as", "between", index)
    inner = lookup(act)
    kind = inner.type if inner else etype
    # "to provide 40 million ecus in humanitarian assistance for the Rwandan refugees"
    ids += [
        a
        for o in objects(act)
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for m in c.children
        if m.dep_ == "pobj"
        for a in prep_targets(m, kind, index)
    ]
    return ids + prep_targets(act, kind, index)


_ROLE_NOUNS = frozenset({"role", "mediation", "mission", "participation", "presence"})


_ROLE_PREPS = frozenset({"between", "in", "with", "for", "to"})


def role_parties(obj: Token, index: ActorIndex) -> list[str]:
    """Whom an actor's own role concerns, however deep in the phrase ("suspended its role as
    peace broker in Sri Lanka", "as facilitator between the government and the rebels")."""
    if obj.lemma_.lower() not in _ROLE_NOUNS:
        return []
    ids: list[str] = []
    for tok in obj.subtree:
        if tok.dep_ == "prep" and tok.lower_ in _ROLE_PREPS:
            between = [a for a in tok.ancestors if obj.is_ancestor(a)]
            if any(a.dep_ in SKIP_DEPS for a in between):
                continue
            ids += [a for p in tok.children if p.dep_ == "pobj" for a in phrase_actors(p, index)]
    return ids


def on_own_ground(targets: list[str], sources: list[str], index: ActorIndex) -> bool:
    """Whether every target is a place of the sources' own country."""
    own = {index.country(s) for s in sources} - {None}
    places = [t for t in targets if index.kind(t) in ("state", "region", "place")]
    countries = {index.country(t) for t in targets}
    return bool(targets) and len(places) == len(targets) and countries <= own


def aimed_at(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a show of force is aimed at ("in a show of force aimed at Iran", "directed at")."""
    for tok in verb.subtree:
        if tok.lemma_.lower() in ("aim", "direct") and tok.tag_ == "VBN":
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "at":
                    return [a for p in prep.children for a in phrase_actors(p, index)]
    return []


def condition_targets(tok: Token, index: ActorIndex) -> list[str]:
    """Whoever must act for a threat to be carried out: the subject of its "if" clause
    ("threatened to stop the talks if the United States goes ahead")."""
    # "warned that it would invoke emergency rule if ...": the threatened act may be the
    # clause the threat reports, or an infinitive under it
    heads = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    heads += [g for h in heads[1:] for g in h.children if g.dep_ == "xcomp"]
    # "threatened to seize and occupy parts of Gaza unless ...": the clause may hang on the
    # infinitive's conjunct
    heads += [g for h in heads[1:] for g in h.children if g.dep_ == "conj" and g.pos_ == "VERB"]
    for head in heads:
        for c in head.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"if", "unless"}:
                subj = next((g for g in c.children if g.dep_ in SUBJ | {"nsubjpass"}), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    return phrase_actors(subj, index)
    return []


MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})


_WHEN_MARKS = frozenset({"as", "after", "when", "while", "once"})


def investigated(trig: Trigger, index: ActorIndex) -> list[str]:
    """Who an inquiry is into, however deep its subject names them ("an inquiry into alleged
    kickbacks paid to aides of former President Estrada", "into allegations that the
    president's son took bribes"): the first actors of the "into" phrase, clauses included."""
    heads = [trig.token] + ([trig.noun] if trig.noun is not None else [])
    if trig.token.pos_ == "NOUN":  # "opened an inquiry on Wednesday into ...": on the verb
        heads.append(trig.token.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "into":
                continue
            doers = [a for p in prep.children if p.dep_ == "pobj" for a in _act_doers(p, index)]
            if doers:  # "into the killing of ethnic Albanians by Serbian police": the police
                return doers[:1]
            found = [index.by_token[t.i] for t in prep.subtree if t.i in index.by_token]
            if found:
                return list(dict.fromkeys(found))[:1]
    return []


def _act_doers(noun: Token, index: ActorIndex) -> list[str]:
    """Who did the act an inquiry is into, when it is an act with its doer named ("the killing
    of ethnic Albanians by Serbian police"): an inquiry into a killing suspects the killers,
    not the killed, whom the phrase names first."""
    entry = lookup(noun)
    if entry is None or entry.pos != "NOUN" or entry.type not in ("ASSAULT", "COERCE"):
        return []
    return own_actors(noun, index)


def provoker(verb: Token, index: ActorIndex) -> list[str]:
    """Forces put on alert face whoever the clause of the occasion names as acting ("put on
    high alert as China began missile tests", "after Turkish warships approached")."""
    ids: list[str] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in clause.children
        ):
            continue
        # "after Chinese warships were spotted off its coast": the ships, not the subject
        # the passive would inherit from the main clause
        passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        subj = passive if passive is not None else subject_of(clause)
        if subj is not None:
            ids += subject_actors(subj, index)
        # "as tension mounted with Ethiopia", "as fighting with Armenia intensified"
        ids += [
            a
            for h in [clause, *([subj] if subj is not None else [])]
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            for a in phrase_actors(p, index)
        ]
    for occasion in occasions(verb):  # "after clashes with Azerbaijani troops"
        ids += own_actors(occasion, index) + [
            a
            for c in occasion.children
            if c.dep_ == "prep" and c.lower_ in ("with", "by", "from")
            for p in c.children
            for a in phrase_actors(p, index)
        ]
    return ids


_OCCASION_PREPS = frozenset({"after", "following", "amid", "before"})


def occasions(verb: Token) -> list[Token]:
    """The nouns naming what an alert answers: "after clashes with ...", "ahead of opposition
    protests", "in response to Iranian activity"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        elif c.lower_ == "ahead":
            out += [p for g in c.children if g.lower_ == "of" for p in g.children]
        elif c.dep_ == "prep" and c.lower_ == "in":
            out += [
                q
                for p in c.children
                if p.lower_ == "response"
                for g in p.children
                if g.lower_ == "to"
                for q in g.children
            ]
    return [t for t in out if t.dep_ == "pobj"]


# Where a show of force is staged near someone else's territory, it is aimed at its holder.
_NEAR_PREPS = frozenset({"off", "near", "around", "along", "toward", "towards", "close"})
_ENCIRCLING = frozenset({"encircle", "surround", "ring", "target", "simulate"})
_TERRITORIES = frozenset({"state", "government", "region", "place"})


def proximity_targets(clause: Token, index: ActorIndex, sources: list[str]) -> list[str]:
    """The territory a show of force is staged close to or around: "drills encircling
    Taiwan", "live-fire drills in waters off Taiwan", "warships sailed near the islands
    of Japan". A territory of the source's own country is where, not at whom."""
    own = {index.country(s) for s in sources}
    out: list[str] = []
    for tok in clause.subtree:
        actor = index.by_token.get(tok.i)
        if actor is None or index.kind(actor) not in _TERRITORIES or index.country(actor) in own:
            continue
        cur = tok
        while cur.i != clause.i and cur.head.i != cur.i:
            cur = cur.head
            near = cur.dep_ == "prep" and cur.lower_ in _NEAR_PREPS
            if near or (cur.dep_ in ("acl", "advcl") and cur.lemma_.lower() in _ENCIRCLING):
                out.append(actor)
                break
    return list(dict.fromkeys(out))


BORDERS = frozenset({"border", "frontier", "boundary"})


def _owner(noun: Token, index: ActorIndex) -> list[str]:
    """The state a noun belongs to: its adjective, possessor or of/with-phrase ("the U.S.
    embassy", "Kuwait's border", "the border with Pakistan")."""
    ids = [
        index.by_token[c.i]
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in index.by_token
    ]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "with"):
            ids += [a for p in prep.children for a in phrase_actors(p, index)]
    return [i for i in ids if index.kind(i) in ("state", "government", "region")]


def _scan(tok: Token, nouns: frozenset[str]) -> list[Token]:
    """Nouns of one kind in the trigger's own clause (not in clauses hanging off it)."""
    out: list[Token] = []
    for t in tok.subtree:
        if t.lemma_.lower() not in nouns:
            continue
        path = [a for a in t.ancestors if a.i != tok.i and tok.is_ancestor(a)]
        if not any(a.dep_ in SKIP_DEPS for a in path):
            out.append(t)
    return out


def mission_targets(tok: Token, index: ActorIndex) -> list[str]:
    """A protest at a state's embassy is against that state ("protested outside the U.S.
    embassy", "a sit-in in front of the British embassy")."""
    return [a for n in _scan(tok, MISSIONS) for a in _owner(n, index)][:1]


def host_targets(tok: Token, index: ActorIndex, sources: list[str]) -> list[str]:
    """Opening, reopening or closing one's embassy somewhere is an act toward the host
    ("reopened its embassy in Havana", "opened an embassy in Tehran"): the place after "in"
    on the mission or, where the parser hangs it there, on the verb."""
    own = {index.country(s) for s in sources} - {None}
    for noun in objects(tok):
        if noun.lemma_.lower() not in MISSIONS:
            continue
        for prep in list(noun.children) + list(tok.children):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            found = [
                a
                for p in prep.children
                for a in phrase_actors(p, index)
                if index.kind(a) in _TERRITORIES and index.country(a) not in own
            ]
            if found:
                return found[:1]
    return []


def border_targets(tok: Token, index: ActorIndex) -> list[str]:
    """Forces massed on a border face the state beyond it ("along the border with Pakistan",
    "near the Kuwaiti border"); the actor's own side of it is dropped by the caller."""
    ids = [a for n in _scan(tok, BORDERS) for a in _owner(n, index)]
    if not ids and _scan(tok, BORDERS):  # the parser may hang "with Pakistan" on the verb
        ids = [
            a
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children
            for a in phrase_actors(p, index)
            if index.kind(a) in ("state", "region")
        ]
    return ids


def _place_heads(trig: Trigger) -> list[Token]:
    """The trigger, the verbs of its to-infinitive, and their objects: where "in X" may hang."""
    heads = [trig.token] + ([trig.noun] if trig.noun is not None else [])
    for c in trig.token.children:
        if c.dep_ == "xcomp":
            heads.extend(purpose_chain(c))  # "ready to contribute troops to join a force"
    for h in list(heads):
        heads.extend(objects(h))
        # "contribute troops to an international force in Liberia": where what is given goes
        heads.extend(
            p
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN"
        )
    return heads


def _place_preps(head: Token, depth: int = 0) -> list[Token]:
    """Locative prepositions on `head` and, for an object, down its of-chain ("the offices
    of an independent newspaper in Belgrade")."""
    out: list[Token] = []
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in PLACE_PREPS:
            out.append(prep)
        elif prep.lower_ == "of" and depth < 2:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.extend(_place_preps(pobj, depth + 1))
    # "thousands of Yazidis stranded on Mount Sinjar in northern Iraq": where the people the
    # act reaches are, told by a participle on them
    for acl in head.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and depth < 3:
            out.extend(_place_preps(acl, depth + 1))
    return out


def place_targets(trig: Trigger, index: ActorIndex) -> list[str]:
    """A recipient the text leaves implicit is the place the act is done in or to ("lifted a
    curfew in Montenegro", "demonstrated in Serbia", "imposed a curfew in the town of Cizre in
    southeastern Turkey"): the first state or region named in a locative phrase of the
    trigger, its to-infinitive or their objects. This is the CAMEO coders' convention for
    domestic events (the target of a protest in Serbia is Serbia) and PLOVER's rule that an
    event in a territory belongs to the state that holds it."""
    for head in _place_heads(trig):
        for prep in _place_preps(head):
            for tok in prep.subtree:
                if any(a.dep_ in SKIP_DEPS for a in tok.ancestors if a.i > prep.i):
                    continue
                actor = index.by_token.get(tok.i)
                if actor is not None and index.kind(actor) in ("state", "region", "place"):
                    return [actor]
                if tok.dep_ == "pobj" and tok.head.i == prep.i:  # "across the country"
                    found = anaphor(tok, index, [])
                    if found:
                        return found
    return []


TALKS = frozenset(
    {"talk", "talks", "negotiation", "dialogue", "meeting", "summit", "consultation", "discussion"}
)
_SESSIONS = frozenset({"meeting", "session", "summit", "sitting", "hearing"})


def convened_bodies(verb: Token, index: ActorIndex) -> list[str]:
    """A call for a body to meet is made to that body: "asked for an urgent meeting of the
    U.N. Security Council" (REQUEST, the Security Council)."""
    heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
    heads += [c for c in verb.children if c.dep_ == "dobj"]
    return [
        a
        for h in heads
        if h.lemma_.lower() in _SESSIONS
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        for a in phrase_actors(p, index)
        if index.kind(a) in ("igo", "org", "government", "group")
    ]


_PERMITTING = frozenset({"allow", "let", "permit"})


def permitted(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a permission lets in or act: "allowed the first contingent of the joint force to
    deploy in Darfur" (the force; the parser may make it the subject of "deploy"), else the
    place it is let into ("let trucks into the Gaza Strip")."""
    if verb.lemma_.lower() not in _PERMITTING:
        return []
    ids: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj") and c.i > verb.i:
            ids += phrase_actors(c, index)
        elif c.dep_ in ("ccomp", "xcomp"):
            ids += [a for s in c.children if s.dep_ in SUBJ for a in phrase_actors(s, index)]
    return list(dict.fromkeys(ids))


_HANDING = frozenset({"hand", "return", "turn", "give", "cede", "transfer", "restore"})


def handed_to(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a withdrawal hands the ground back to: "pulled out of Aghdam district, handing it
    back to Azerbaijan"."""
    return [
        a
        for c in verb.children
        if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in _HANDING
        for prep in c.subtree
        if prep.dep_ in ("prep", "dative")
        and prep.lower_ == "to"
        # on the verb or on its particle ("handing it back to", "turned it over to")
        and (prep.head.i == c.i or (prep.head.dep_ == "prt" and prep.head.head.i == c.i))
        for p in prep.children
        for a in phrase_actors(p, index)
    ]


_HOSTILE_PREPS = frozenset({"to", "against", "on", "at", "into", "in"})


def threatened_parties(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a warning's threatened act would hit, named in the act's own clause: "warned it
    would turn Seoul into a sea of fire" (Seoul), "would launch a new military operation in
    northern Syria", "served notice that it would suspend aid to Kenya". The act is the
    complement of the warning verb or of its object noun ("notice", "warning")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [
        g
        for o in verb.children
        if o.dep_ == "dobj"
        for g in o.children
        if g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX")
    ]
    for clause in clauses:
        found = [a for o in objects(clause) for a in phrase_actors(o, index)]
        heads = [clause, *objects(clause)]
        found += [
            a
            for h in heads
            for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in _HOSTILE_PREPS
            for p in prep.children
            for a in phrase_actors(p, index)
            if index.kind(a) in ("state", "government", "region", "place", "group", "org")
        ]
        if found:
            return list(dict.fromkeys(found))
    return []


def claimants(verb: Token, index: ActorIndex) -> list[str]:
    """Whose claimed ground a seizure takes: "occupied two villages on the Bakassi peninsula
    claimed by Cameroon", "took over the islet of Perejil, which is claimed by Spain"."""
    return [
        a
        for o in objects(verb)
        for t in o.subtree
        if t.dep_ in ("acl", "relcl") and t.lemma_.lower() == "claim" and t.tag_ == "VBN"
        for g in t.children
        if g.dep_ == "agent"
        for p in g.children
        for a in phrase_actors(p, index)
        if index.kind(a) in ("state", "government")
    ]


_DEALS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire"})


def deal_partners(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a concession or withdrawal made under a deal is made to: "began decommissioning
    their weapons under the peace deal with Manila" (the Philippines)."""
    return nested_prep_actors(verb, frozenset({"under", "per"}), "with", index, _DEALS)


def named_after(noun: Token, index: ActorIndex) -> list[str]:
    """The name the parser split off a body noun: "quit the West African bloc ECOWAS"."""
    nxt = noun.i + 1
    # the name may be mistagged too ("ECOWAS" as a verb): its capitals are what count
    if noun.pos_ != "NOUN" or nxt >= len(noun.doc) or not noun.doc[nxt].text[:1].isupper():
        return []
    actor = index.by_token.get(nxt)
    if actor is None or noun.doc[nxt].head.i == noun.i:
        return []  # a name the parser did hang on the noun is already in its phrase
    return [actor] if index.kind(actor) in ("igo", "org", "state") else []


def requested_partners(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a call for talks is a call to talk with: "Pakistan called for talks with India"
    (REQUEST, India), "urged negotiations with the rebels"."""
    heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
    heads += [c for c in verb.children if c.dep_ == "dobj"]
    return [
        a
        for h in heads
        if h.lemma_.lower() in TALKS or h.lower_ in TALKS
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("with", "between")
        for p in c.children
        for a in phrase_actors(p, index)
    ]
