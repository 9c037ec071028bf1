"""Source and target actors of a trigger, read off the dependency parse.

The direct arguments first: subject or agent as source; objects, prepositions, a governed
to-infinitive's objects and a that-clause's subject as targets (`phrases` maps each phrase
to the actors it names). When those name no recipient, the indirect readings of
`recipients` are tried in turn: a condition, a show of force, the occasion of an alert, an
inquiry's subject, an embassy, a border, the place the act is done in.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from faultline.events.lexicon import verb_lemma
from faultline.events.modality import reporting_verb
from faultline.events.phrases import (
    GIVING_TYPES,
    MEETING_TYPES,
    MEETINGS,
    NO_PLACE_TARGET,
    OPPOSING_TYPES,
    OWN_RESOURCE_TYPES,
    PACTS,
    PARTNER_PREPS,
    PROTEST_GATHERINGS,
    SPEECH_NOUNS,
    SUBJ,
    TOPIC_VERBS,
    XCOMP_TYPES,
    ActorIndex,
    allowed_actors,
    anaphor,
    bare_passive,
    bidders,
    breakaway_regions,
    governing_verb,
    is_comment,
    makers,
    nested_prep_actors,
    own_actors,
    own_forces,
    owned,
    participle_agents,
    particle_objects,
    phrase_actors,
    prefer_bodies,
    prep_actors,
    prep_targets,
    subject_actors,
    subject_of,
    trade_origins,
)
from faultline.events.recipients import (
    MEASURE_TYPES,
    aimed_at,
    border_targets,
    claimants,
    condition_targets,
    convened_bodies,
    deal_partners,
    handed_to,
    host_targets,
    infinitive_targets,
    investigated,
    measure_parties,
    mission_targets,
    named_after,
    on_own_ground,
    permitted,
    place_targets,
    provoker,
    proximity_targets,
    purpose_chain,
    requested_partners,
    role_parties,
    threatened_parties,
    topic_partners,
)
from faultline.events.triggers import (
    VERBAL_TYPES,
    Trigger,
    ended_acts,
    infinitival,
    inverted_report,
    objects,
    report_break,
)

# Participles that, after "be" and before "to", say what the subject is set on doing.
# Acts done against someone: on a light verb, "against" names the target.
AGAINST_TYPES = frozenset(
    {"MOBILIZE", "ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION"}
)
STATIVE_PARTICIPLES = frozenset({"commit", "prepare", "determine", "dedicate"})


# A gathering that is broken up, banned or allowed stands for the people who hold it.
GATHERINGS = PROTEST_GATHERINGS | {
    "gathering", "vigil", "meeting", "congress", "convention", "procession", "boycott",
    "campaign", "picket",
}  # fmt: skip
GATHERING_TYPES = frozenset({"COERCE", "ASSAULT", "CONCEDE"})


def _joined(tok: Token, index: ActorIndex) -> list[str]:
    """Whom the subject joined in the gerund's act ("Britain joined France in condemning the
    attack": France condemned too)."""
    head = tok.head
    if tok.dep_ != "pcomp" or head.lower_ != "in" or head.head.lemma_.lower() != "join":
        return []
    return [a for o in objects(head.head) for a in phrase_actors(o, index)]


def _held_under(tok: Token) -> bool:
    """A nominal act one is put under or into ("under house arrest", "into detention")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("under", "into", "in")


_AID_NOUNS = frozenset({"aid", "assistance", "funding", "loan", "grant", "credit", "fund"})


def _aid_givers(verb: Token, index: ActorIndex) -> list[str]:
    """The actors whose aid is the passive verb's subject ("U.S. aid was suspended")."""
    themes = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _AID_NOUNS]
    return [
        a
        for theme in themes
        for c in theme.children
        if c.dep_ in ("compound", "amod", "poss")
        for a in phrase_actors(c, index)
    ]


def _complement_clause(clause: Token) -> bool:
    """A noun's clause that states its content: "that Israel withdraw", "for Mubarak to resign"
    (a relative clause has no such mark)."""
    return clause.dep_ in ("acl", "advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ in ("that", "for") for m in clause.children
    )


def arguments(trig: Trigger, index: ActorIndex) -> tuple[list[str], list[str]]:
    """(sources, targets) of a trigger."""
    tok, etype = trig.token, trig.entry.type
    sources: list[str] = []
    targets: list[str] = []
    verb = tok.head if trig.nominal and tok.head.i != tok.i else None
    # "went on strike": the verb over "on"; "gave $500 million in aid": over the measure too.
    for _ in range(3):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ not in ("prep", "pobj", "dobj"):
            break
        verb = verb.head
    if trig.nominal or (trig.entry.pos == "NOUN" and trig.noun is None):
        sources = own_actors(tok, index)
        targets = prep_targets(tok, etype, index)
        if not targets:  # "imposed a visa ban and an asset freeze on Lukashenko"
            targets = [
                a
                for c in tok.children
                if c.dep_ == "conj" and c.pos_ == "NOUN"
                for a in prep_targets(c, etype, index)
            ]
        if not sources and verb is not None:
            subj = subject_of(verb)
            # "The deployment of Turkish troops to Qatar began": the trigger is the subject,
            # and its phrase holds the target as well as the mover
            sources = subject_actors(subj, index) if subj is not None and subj.i != tok.i else []
        if not sources and verb is not None:  # "a ban ... was announced by the EU"
            sources = [
                a
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                for a in phrase_actors(p, index)
            ]
        if not sources and etype in ("RETREAT", "MOBILIZE"):
            # "the withdrawal of the last Vietnamese troops from Cambodia": the forces moved
            # are the mover's own, and where from or to is whom it concerns
            forces = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                # armies and rebels alike: "the surrender of some 400 UNITA fighters"
                if index.actors.get(index.by_token.get(p.i, ""), {}).get("sector") in ("MIL", "REB")
                and index.country(index.by_token[p.i])
            ]
            if forces:
                sources = [index.by_token[forces[0].i]]
                targets = [
                    a
                    for c in forces[0].children
                    if c.dep_ == "prep" and c.lower_ in ("from", "to", "into")
                    for p in c.children
                    for a in phrase_actors(p, index)
                ] or [t for t in targets if t not in sources]
        if not sources and etype in MEETING_TYPES:  # "talks between Israel and Syria"
            between = [
                a
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "between"
                for p in c.children
                for a in phrase_actors(p, index)
            ]
            if len(between) > 1:
                sources = between
        if not targets and verb is not None and _held_under(tok):
            # "placed opposition leader Aung San Suu Kyi under house arrest": the one held
            targets = [a for o in objects(verb) for a in phrase_actors(o, index)]
        if verb is not None:  # "provide support to X", not "ratcheting up ..., with X saying"
            preps = {"to"} | (PARTNER_PREPS if etype in MEETING_TYPES else set())
            if etype in AGAINST_TYPES:  # "placed its guerrillas on alert against Israel"
                preps.add("against")
            targets += [
                a
                for c in verb.children
                if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in preps)
                for p in ([c] if c.dep_ == "dative" else c.children)
                if not is_comment(p)
                for a in phrase_actors(p, index)
            ]
    else:
        # "Vietnam is committed to opening up": a state of mind, not a passive; the subject
        # is the one committed
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) and not (
            tok.lemma_.lower() in STATIVE_PARTICIPLES
            and any(c.lower_ == "to" or infinitival(c) for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
        )
        subj = None if passive or bare_passive(tok) else subject_of(tok)
        if subj is None and not passive:
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and not passive:
            subj = _misread_subject(tok)
        sources = subject_actors(subj, index) if subj is not None else []
        sources += [a for a in _joined(tok, index) if a not in sources]
        if not sources and etype in VERBAL_TYPES and inverted_report(tok):
            sources = _inverted_reporters(tok, index)
        if bare_passive(tok):  # "would close the strait if attacked": Iran is attacked
            held = subject_of(tok.head)
            targets += subject_actors(held, index) if held is not None else []
        for c in tok.children:
            if c.dep_ == "agent":
                sources += [a for p in c.children for a in phrase_actors(p, index)]
        if passive and not sources:  # "were beaten and tear-gassed by riot police"
            sources = [
                a
                for v in tok.children
                if v.dep_ == "conj" and v.tag_ == "VBN"
                for c in v.children
                if c.dep_ == "agent"
                for p in c.children
                for a in phrase_actors(p, index)
            ]
        if passive and not sources:
            # "were declared persona non grata by Argentina": the parser hangs the agent on
            # the predicate noun
            sources = [
                a
                for c in tok.children
                if c.dep_ == "oprd"
                for g in c.children
                if g.dep_ in ("prep", "agent") and g.lower_ == "by"
                for p in g.children
                for a in phrase_actors(p, index)
            ]
        if passive and not sources:
            # "Nigeria's membership of the Commonwealth was suspended": by the body
            sources = _membership_body(tok, index)
        if passive and not sources and etype in OWN_RESOURCE_TYPES:
            # "Its ambassador has been recalled": the owner of what is recalled acts
            sources = [
                a
                for theme in tok.children
                if theme.dep_ == "nsubjpass"
                for owner in theme.children
                if owner.dep_ == "poss"
                for a in (
                    [index.by_token[owner.i]]
                    if owner.i in index.by_token
                    else subject_actors(owner, index)  # "Its ambassador": whose
                )
            ]
        if passive and not sources and etype in GIVING_TYPES | {"MOBILIZE"}:
            sources = _senders(tok, index)
        # "extradited two ETA suspects to France", "handed Do Kwon over to the United
        # States": with a recipient named after "to", what is handed over is the theme
        # ("invited Vajpayee to Islamabad": one's own capital is where, the guest whom)
        own = {index.country(a) for a in sources}
        recipient = etype in GIVING_TYPES and any(
            index.country(a) not in own for a in _to_recipients(tok, index)
        )
        for obj in objects(tok) + particle_objects(tok) + _adjective_objects(tok):
            if _is_reporter(obj):
                continue  # "abused Mexican immigrants, a human rights organization charged"
            if recipient and obj.i not in {d.i for d in tok.children if d.dep_ == "dative"}:
                continue
            if etype == "ASSAULT":  # "lobbed mortar shells at Israeli communities"
                targets += [
                    a
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "against")
                    for p in c.children
                    for a in phrase_actors(p, index)
                ]
            if etype == "MOBILIZE" and (
                index.kind(index.by_token.get(obj.i, "")) == "group" or _counted_forces(obj, index)
            ):
                continue  # "massed troops", "tens of thousands of troops": the actor's own
            if etype in GIVING_TYPES and own_forces(index.by_token.get(obj.i, ""), index):
                targets += prep_targets(obj, etype, index)
                continue  # "sent 1,000 troops to Lebanon": what is given, not to whom
            if etype == "CONSULT" and verb_lemma(tok) in TOPIC_VERBS:
                # "discussed the Lebanese crisis": a topic, not a party; but the parser may
                # hang the partner on it ("discussed the fate of the sailors with his
                # Iranian counterpart")
                targets += topic_partners(obj, index)
                continue
            if etype in OWN_RESOURCE_TYPES and owned(obj, index):
                # "its embargo against Cuba", "its role as broker between the Sri Lankan
                # government and the Tigers"
                targets += prep_targets(obj, etype, index) or role_parties(obj, index)
                continue  # "recalled its ambassador", "withdrew its troops": the actor's own
            found = (
                (
                    makers(obj, index) + _act_agents(obj, index) + _named_makers(obj, index)
                    if etype in OPPOSING_TYPES
                    else bidders(obj, index)
                )
                or phrase_actors(obj, index)
                or breakaway_regions(obj, index)
                or anaphor(obj, index, sources)
                or [  # "lifted its ban on beef imports from the United States"
                    a
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "on"
                    for p in c.children
                    for a in trade_origins(p, index)
                ]
            )
            if etype == "MOBILIZE":  # "moved two divisions, some 20,000 troops, towards"
                found = [a for a in found if not own_forces(a, index)]
            if not found and etype in GATHERING_TYPES and obj.lemma_.lower() in GATHERINGS:
                # "prevented the demonstration staged by students": the students
                found = own_actors(obj, index)
            if not found and etype == "AGREE":  # "accepted an invitation to visit Islamabad"
                found = [
                    a
                    for c in obj.children
                    if c.dep_ == "acl"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    for a in infinitive_targets(c, etype, index)
                ]
            targets += found
            if etype in MEASURE_TYPES:  # "lifted the sanctions it imposed on India"
                targets += measure_parties(obj, index)
            if etype == "REQUEST":  # "demanding autonomy from Serbian authorities"
                targets += _from_actors(obj, index)
        if etype == "REQUEST":  # "called for the release of Wei Jingsheng"
            targets += _whose_act_is_demanded(tok, index) + _whose_end_is_demanded(tok, index)
        if etype in GIVING_TYPES | {"RETREAT"}:  # "handed back to Germany a set of windows"
            targets += [
                a
                for c in tok.children
                if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "over")
                for g in c.children
                if g.dep_ == "prep" and g.lower_ == "to"
                for p in g.children
                for a in phrase_actors(p, index)
            ]
        targets += allowed_actors(tok, index)  # "allowed U.N. inspectors to resume their work"
        targets += prep_targets(tok, etype, index)
        if trig.noun is not None:
            targets += prep_targets(trig.inner or trig.noun, etype, index)
        for c in tok.children:  # "threatened to break relations with Russia"
            if infinitival(c) and (trig.entry.xcomp or etype in XCOMP_TYPES):
                # "called for Suharto to step down": whom the act is asked of
                if etype == "REQUEST":
                    targets += [
                        a for s in c.children if s.dep_ in SUBJ for a in phrase_actors(s, index)
                    ]
                # "willing to send material to help defend Saudi Arabia": the first act of
                # the chain of purposes that names someone
                for act in purpose_chain(c):
                    found = infinitive_targets(act, etype, index) or [
                        # "threatened to seize and occupy parts of Gaza": the object both
                        # verbs share hangs on the last
                        a
                        for v in act.children
                        if v.dep_ == "conj" and v.pos_ == "VERB"
                        for a in infinitive_targets(v, etype, index)
                    ]
                    if found:
                        targets += found
                        break
        if trig.entry.pred or trig.entry.ccomp_aux:  # "argued that X was illegal", "X must"
            # In a passive demand ("the academic should be released") the subject undergoes
            # the act: whoever must act is unnamed, not the subject.
            subject_deps = SUBJ if etype == "REQUEST" else SUBJ | {"nsubjpass"}
            for c in tok.children:
                if c.dep_ == "ccomp":
                    targets += [
                        a
                        for s in c.children
                        if s.dep_ in subject_deps
                        for a in phrase_actors(s, index) + own_actors(s, index)
                    ]
    # "charged that India was behind the attack", "demanded that Iraq withdraw"; "Croatia is
    # failing refugees, a rights group protested": the clause reported is the sentence's own
    if etype in ("ACCUSE", "REQUEST") and not targets and not trig.entry.ccomp_aux:
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        # "renewed its demand that Israel withdraw", "its call for Mubarak to resign": the
        # clause of a demand or charge noun names whom it is made of (targets are deduplicated
        # below, so a noun that is also the trigger token may be read twice)
        nouns = [n for n in (trig.noun, tok) if n is not None and n.pos_ == "NOUN"]
        clauses += [c for n in nouns for c in n.children if _complement_clause(c)]
        if etype in VERBAL_TYPES and inverted_report(tok) and tok.sent.root.i != tok.i:
            clauses.append(tok.sent.root)
        targets = [
            a
            for c in clauses
            for s in c.children
            if s.dep_ in SUBJ | {"nsubjpass"}
            for a in phrase_actors(s, index) + own_actors(s, index)
            if a not in sources
        ]
    if not targets and not trig.nominal:
        # "found the Libyan state liable", "found Uganda guilty": the parser makes the small
        # clause's adjective a clause of its own, with the one judged as its subject
        targets = [
            a
            for c in tok.children
            if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i > tok.i
            for s in c.children
            if s.dep_ == "nsubj" and s.i < c.i
            for a in phrase_actors(s, index)
            if a not in sources
        ]
    if etype == "MOBILIZE" and not sources:  # "the navy was put on alert": its own act
        verb_tok = verb if verb is not None else tok
        themes = [c for c in verb_tok.children if c.dep_ == "nsubjpass"]
        sources = [a for c in themes for a in phrase_actors(c, index)]
    if etype == "CONSULT":  # "Blinken received a telephone call from the Saudi minister"
        callers = _callers(tok, index)
        if callers:
            sources, targets = callers, [t for t in sources + targets if t not in callers]
    if etype == "AID" and not trig.nominal and verb_lemma(tok) in _OBTAINING:
        # "Nigeria received $2bn in aid from the EU": the giver gives to the subject
        givers = _from_phrase(tok, index)
        sources, targets = givers, [t for t in sources if t not in givers] or targets
    if etype == "REQUEST" and not trig.nominal:
        asked = set(_asked(tok, index))
        if asked & set(targets):  # "appealed to NATO for air strikes against Serb positions"
            targets = [t for t in targets if t in asked]
    if etype in ("AID", "SANCTION") and not sources:
        # "U.S. aid might be freed", "Japanese aid was suspended": whose aid it is gives it
        givers = _aid_givers(tok, index)
        sources, targets = givers, [t for t in targets if t not in givers]
    sources = [s for s in dict.fromkeys(sources) if index.kind(s) != "media"]
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if etype in GIVING_TYPES | MEETING_TYPES:
        targets = _without_own_ground(targets, sources, index)
    if etype == "THREATEN" and on_own_ground(targets, sources, index):
        # "would close the Strait of Hormuz if the European Union went ahead": a threat to
        # act on one's own ground is aimed at whoever the condition names
        targets = [t for t in condition_targets(tok, index) if t not in sources] or targets
    if not targets and etype == "THREATEN":  # "warned it would turn Seoul into a sea of fire"
        targets = [
            t
            for t in threatened_parties(tok, index)
            if t not in sources and (index.country(t) or index.kind(t) == "igo")
        ]
        if on_own_ground(targets, sources, index):  # "to ban voting in East Jerusalem if ..."
            targets = [t for t in condition_targets(tok, index) if t not in sources] or targets
    if not targets and etype == "THREATEN":
        targets = [t for t in condition_targets(tok, index) if t not in sources]

    if not targets and etype in ("ASSAULT", "COERCE", "MOBILIZE"):  # "opened fire to disperse X"
        base = verb if verb is not None and verb.pos_ in ("VERB", "AUX") else tok
        targets = [
            a
            for c in base.children
            if c.dep_ == "advcl"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            # forces are readied against someone: "called up militiamen to fight rebels"
            and (etype != "MOBILIZE" or c.lemma_.lower() in _HOSTILE_PURPOSES)
            for o in objects(c) or _misread_object(c)
            for a in phrase_actors(o, index)
            if a not in sources
        ]
    clause = verb if verb is not None and verb.pos_ in ("VERB", "AUX") else governing_verb(tok)
    if not targets and etype in ("MOBILIZE", "THREATEN"):  # "a show of force aimed at Iran"
        targets = [t for t in aimed_at(clause, index) if t not in sources]
    if not targets and etype in ("PROTEST", "ACCUSE"):
        targets = [t for t in mission_targets(clause, index) if t not in sources]
    elif not targets:  # "reopened its embassy in Havana"
        targets = [t for t in host_targets(tok, index, sources) if t not in sources]
    if not targets and etype in ("MOBILIZE", "ASSAULT", "THREATEN"):
        targets = [t for t in border_targets(clause, index) if t not in sources]
    if not targets and etype == "MOBILIZE":
        targets = [t for t in provoker(clause, index) if t not in sources]
    if not targets and etype == "MOBILIZE":  # "drills encircling Taiwan"
        targets = [t for t in proximity_targets(clause, index, sources) if t not in sources]
    if not targets and etype == "ACCUSE" and trig.entry.mode == "investigate":
        targets = [t for t in investigated(trig, index) if t not in sources]
    if not targets and etype == "REJECT":
        targets = [t for t in _defied(tok, index) + _by_makers(tok, index) if t not in sources]
    if not targets and etype == "REJECT" and not trig.nominal:
        targets = [t for t in _pact_parties(tok, index) if t not in sources]
    for types, find in CLAUSE_RECIPIENTS:
        if targets:
            break
        if types is None or etype in types:
            targets = [t for t in find(tok, index) if t not in sources]
    if not targets and etype in ("AID", "AGREE"):  # "pledged loans to help Ghana rebuild"
        targets = [t for t in _helped(tok, index) if t not in sources]
    if not targets and sources:  # "Jordan told Syria it was ready to cooperate": to whom
        targets = [t for t in addressees(tok, index) if t not in sources]
    if not targets and _hosted(trig):  # "rolled out the red carpet for visiting Mandela"
        targets = [t for t in _guests(tok, index) if t not in sources]
    venue = False
    if not targets and (etype not in NO_PLACE_TARGET or trig.entry.mode == "visit"):
        targets = [t for t in place_targets(trig, index) if t not in sources]
        venue = bool(targets)
    targets = _without_own_side(targets, sources, index)
    if etype in ("AID", "SANCTION", "RETREAT", "MOBILIZE", "AGREE"):
        # troops sent, pulled out or offered ("offered a battalion for the U.N. mission in
        # southern Lebanon")
        targets = _mission_hosts(tok, targets, index)
    if _hosted(trig) and sources and targets and not venue:
        # "Kohl received Mazowiecki", "Castro was received by Jiang": the manual codes the
        # visitor as the actor and the host as the recipient (CAMEO's 043 has it the other
        # way round)
        sources, targets = targets, sources
    if etype == "ACCUSE" and verb_lemma(tok) == "summon":
        # "was summoned to the Foreign Ministry in Ankara": where one is summoned summons
        summoners = [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            for a in phrase_actors(p, index)
        ]
        targets = [t for t in targets if t not in summoners]
        sources = sources or summoners
    if etype in MEETING_TYPES and venue and len(_countries(sources, index)) > 1:
        # "Armenian and Azerbaijani delegations held talks outside Washington": the venue is
        # no party to a meeting between the subject's states (the event stage pairs them)
        targets = []
    return sources, targets


def _inverted_reporters(verb: Token, index: ActorIndex) -> list[str]:
    """Who reports in "... are failing refugees, a human rights group protested": the parser
    hangs the verb on its subject noun, or on a noun before it ("It was Armenia,
    Azerbaijan's defence ministry charged"), so the subject is what lies between the comma
    and the verb."""
    j = report_break(verb)
    start = verb.sent.start if j is None else j + 1
    named = [index.by_token[i] for i in range(start, verb.i) if i in index.by_token]
    # "Azerbaijan's defence ministry": the ministry, not Azerbaijan beside it
    return prefer_bodies(named, index) or subject_actors(verb.head, index)


_MISSIONS = frozenset({"force", "mission", "operation", "contingent", "deployment"})


def _mission_hosts(tok: Token, targets: list[str], index: ActorIndex) -> list[str]:
    """An IGO's mission named with where it serves stands for that place: troops sent to,
    or pulled out of, "the ECOMOG peacekeeping force in Liberia" or "the U.N. mission in
    Sierra Leone" go to or leave Liberia and Sierra Leone, as event data codes them; the
    IGO is only the frame they serve in."""
    out = list(targets)
    for noun in tok.sent:
        if noun.lemma_.lower() not in _MISSIONS:
            continue
        bodies = {
            index.by_token[c.i]
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i in index.by_token
        }
        bodies = {b for b in bodies if b in out and index.kind(b) == "igo"}
        hosts = [
            a
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            for a in phrase_actors(p, index)
        ]
        if bodies and hosts:
            out = [h for t in out for h in (hosts if t in bodies else [t])]
    return list(dict.fromkeys(out))


def _without_own_side(targets: list[str], sources: list[str], index: ActorIndex) -> list[str]:
    """Targets of the source's own country, dropped when the act also falls on another
    country's party: "lifted U.S. sanctions against South Africa", "asked Japan to
    extradite former President Fujimori", "called on Moscow to free reporter Evan
    Gershkovich" are acts toward South Africa, Japan and Moscow; the owner of the measure,
    the person sought and the place named are what the act is about, not whom it is aimed
    at. A domestic act with no other country's party or IGO keeps its targets."""
    own = {index.country(s) for s in sources} - {None}
    if len(targets) < 2 or not own:
        return targets
    other = [t for t in targets if index.country(t) not in own]
    if any(index.country(t) or index.kind(t) == "igo" for t in other):
        return other
    return targets


# Participles that stand before a name as adjectives ("accused neighbouring Eritrea of
# arming militias"); the parser may read one as a verb of its own, with the name its object.
_ADJECTIVAL_PARTICIPLES = frozenset({"neighbouring", "neighboring", "warring", "ruling"})


def _adjective_objects(tok: Token) -> list[Token]:
    """The object the parser hung on a participle misread as a verb of its own, and the
    subject it gave a predicate misread as a clause ("declared two Iraqi diplomats persona
    non grata": "diplomats" the subject of "persona")."""
    return [
        o
        for c in tok.children
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lower_ in _ADJECTIVAL_PARTICIPLES
        for o in c.children
        if o.dep_ == "dobj" and o.i == c.i + 1
    ] + [
        s
        for c in tok.children
        if c.dep_ == "ccomp" and c.lower_ == "persona"
        for s in c.children
        if s.dep_ == "nsubj" and s.i < c.i
    ]


# Acts demanded of whoever the of-phrase names ("called for the release of the dissident",
# "urged the withdrawal of Syrian troops"): that party is the one the demand is aimed at.
_DEMANDED_ACTS = frozenset(
    {"release", "resignation", "withdrawal", "removal", "ouster", "extradition", "expulsion",
     "handover", "disarmament", "dissolution", "pullout", "departure", "surrender"}
)  # fmt: skip


def _whose_act_is_demanded(tok: Token, index: ActorIndex) -> list[str]:
    return nested_prep_actors(tok, "for", "of", index, _DEMANDED_ACTS)


def _whose_end_is_demanded(tok: Token, index: ActorIndex) -> list[str]:
    """Whose act a demand would end: its maker, named on it ("called for an end to the
    American embargo against Cuba", "demanded a halt to Israel's settlement building")."""
    asked = objects(tok) + [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [a for noun in asked for act in ended_acts(noun) for a in own_actors(act, index)]


def _misread_object(verb: Token) -> list[Token]:
    """The object the parser took for the subject of a new clause: in "fired tear gas to
    disperse thousands of protesters gathered outside parliament", "thousands" comes out as
    the subject of "gathered", conjoined to the main verb, and "disperse" has no object."""
    return [
        s
        for c in verb.head.children
        if c.dep_ == "conj" and c.i > verb.i
        for s in c.children
        if s.dep_ in SUBJ and s.left_edge.i == verb.i + 1
    ]


_GROUND = frozenset({"state", "region", "place"})


def _without_own_ground(targets: list[str], sources: list[str], index: ActorIndex) -> list[str]:
    """ "Invited Vajpayee to Islamabad": a place of the source's own country beside a party
    is where the offer or meeting is, not whom it is for."""
    own = {index.country(s) for s in sources} - {None}
    ground = [t for t in targets if index.kind(t) in _GROUND and index.country(t) in own]
    return [t for t in targets if t not in ground] if len(ground) < len(targets) else targets


_RECEIVING = frozenset({"receive", "get", "take", "accept"})
# Verbs of getting a gift, whose subject is the recipient ("secured a loan from the IMF").
_OBTAINING = frozenset({"receive", "get", "obtain", "secure", "accept", "win"})


def _from_phrase(verb: Token, index: ActorIndex) -> list[str]:
    """Whoever a "from" phrase on the verb or on its object names."""
    return [a for holder in [verb, *objects(verb)] for a in _from_actors(holder, index)]


def _from_actors(tok: Token, index: ActorIndex) -> list[str]:
    """Whoever a "from" phrase on `tok` names ("a request from Chad", "autonomy from
    Serbian authorities")."""
    return prep_actors(tok, "from", index)


HOSTING_CAMEO = "043"


_HELPING = frozenset({"help", "assist", "enable"})


def _helped(verb: Token, index: ActorIndex) -> list[str]:
    """Whom aid given or pledged is to help, told by a purpose clause after its object
    ("pledged $300 million in loans to help Ghana rebuild its roads"): the one helped is
    the recipient."""
    found: list[str] = []
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in _HELPING:
            continue
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        helped = objects(c) + [
            s for g in c.children if g.dep_ in ("ccomp", "xcomp") for s in g.children
            if s.dep_ in SUBJ
        ]  # fmt: skip
        found += [a for h in helped for a in phrase_actors(h, index)]
    for c in verb.children:  # "contribute $300 million towards rebuilding Lebanon's roads"
        if c.dep_ == "prep" and c.lower_ in ("towards", "toward", "for"):
            found += [
                a
                for g in c.children
                if g.dep_ == "pcomp" and g.tag_ == "VBG"
                for o in objects(g)
                for a in phrase_actors(o, index)
            ]
    return found


def _membership_body(verb: Token, index: ActorIndex) -> list[str]:
    """The body whose membership a passive suspends, restores or ends ("Nigeria's membership
    of the Commonwealth was suspended"): a body rules on its members, so it is the actor and
    the member whose membership it is the target, not the other way round."""
    return [
        a
        for theme in verb.children
        if theme.dep_ == "nsubjpass" and theme.lemma_.lower() == "membership"
        for prep in theme.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
        for p in prep.children
        for a in phrase_actors(p, index)
        if index.kind(a) == "igo"
    ]


def _hosted(trig: Trigger) -> bool:
    """Whether the trigger is a host receiving a guest ("hosted", "received", "played host
    to"), not hosting a meeting of others ("hosted talks between Israel and Syria") nor
    receiving a call, whose caller is already the source."""
    if trig.entry.type != "CONSULT" or trig.entry.cameo != HOSTING_CAMEO:
        return False
    things = objects(trig.token) + [trig.token] * trig.nominal
    return not any(o.lemma_.lower() in MEETINGS | _MESSAGES for o in things)


_MESSAGES = frozenset({"call", "phone", "letter", "message", "visit", "envoy", "delegation"})


def _guests(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a host's welcome is for ("rolled out the red carpet for Nelson Mandela", "gave a
    banquet for visiting President Mandela": the guest, through "for" or its "visiting")."""
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for p in prep.children:
                guests = [p] if p.dep_ == "pobj" else objects(p) if p.dep_ == "pcomp" else []
                found += [a for g in guests for a in phrase_actors(g, index)]
    return found


def _callers(verb: Token, index: ActorIndex) -> list[str]:
    """Who made the call or visit the subject received ("received a telephone call from the
    Saudi foreign minister"): the caller is the source, as the one who called or came."""
    if verb.lemma_.lower() not in _RECEIVING:
        return []
    if not any(o.lemma_.lower() in _MESSAGES for o in objects(verb)):
        return []
    return _from_phrase(verb, index)


_HOSTILE_PURPOSES = frozenset(
    {"fight", "attack", "confront", "crush", "repel", "counter", "battle", "quell", "suppress",
     "shadow", "intercept", "deter"}
)  # fmt: skip


def _counted_forces(obj: Token, index: ActorIndex) -> bool:
    """A count of an unnamed group ("tens of thousands of troops", "thousands of reservists"):
    the head is the number, the group hangs on it."""
    head = obj
    for _ in range(2):  # "tens of | thousands of | troops"
        counted = [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        if not counted:
            return False
        head = counted[0]
        if index.kind(index.by_token.get(head.i, "")) == "group":
            return True
    return False


def _act_agents(obj: Token, index: ActorIndex) -> list[str]:
    """Who did the act condemned, protested or looked into, named after "by": in "condemned
    the killing of protesters by Syrian security forces" the forces are the accused, not the
    victims."""
    if obj.pos_ != "NOUN":
        return []
    return [
        a
        for c in obj.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for p in c.children
        for a in phrase_actors(p, index)
    ]


def _is_reporter(obj: Token) -> bool:
    """An object the parser took from the reporter set after the clause: the phrase opens
    right after the clause's comma and heads the reporting verb."""
    return any(inverted_report(c) and report_break(c) == obj.left_edge.i - 1 for c in obj.children)


def _misread_subject(verb: Token) -> Token | None:
    """A name that opens the sentence and that the parser took for an adverbial of the verb
    ("Turkey massed troops along its border": Turkey/npadvmod), the subject it lacks."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.pos_ == "PROPN"
            and c.left_edge.i == verb.sent.start
            and c.i < verb.i
        ),
        None,
    )


def _asked(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a request is made of, where the text says: its object or dative, "appealed to
    NATO", "called on Belgrade", "requested the extradition of Pinochet from Britain". Then
    what it asks for names no further target."""
    ids = []
    for c in objects(verb):  # with conjuncts: "urged India and Pakistan to ..."
        # "urged Arab League members": the members are the League's
        ids += [index.by_token[c.i]] if c.i in index.by_token else own_actors(c, index)
        ids += _from_actors(c, index)
    for c in verb.children:
        if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "on")):
            heads = [c] if c.dep_ == "dative" else [p for p in c.children if p.dep_ == "pobj"]
            ids += [a for p in heads for a in phrase_actors(p, index)]
    return ids


def _defied(tok: Token, index: ActorIndex) -> list[str]:
    """Whose pressure or call a refusal holds out against ("declined to resign despite
    pressure by the Kenya Anti-Corruption Commission", "refused to withdraw its troops
    despite calls from the Arab League", "..., as demanded by Ethiopia"): the one refused."""
    verbs = [tok, *(c for c in tok.children if infinitival(c))]
    despite = [
        p
        for v in verbs
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "despite"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "refused to withdraw its troops from Badme, as demanded by Ethiopia"
    demanders = [
        p
        for v in verbs
        for c in v.children
        if c.dep_ == "advcl" and c.lemma_.lower() in _DEMANDING
        for g in c.children
        if g.dep_ == "agent"
        for p in g.children
    ]
    return [a for p in despite + demanders for a in phrase_actors(p, index)]


def _by_makers(tok: Token, index: ActorIndex) -> list[str]:
    """Whose thing an active refusal turns away when the parser hangs the thing's "by" on the
    verb ("rejected a proposal by Britain, France and Germany"): an active verb with an
    object has no agent of its own, so the "by" names the object's maker."""
    if not any(c.dep_ == "dobj" for c in tok.children) or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children
    ):
        return []
    return prep_actors(tok, "by", index)


# What one signs with another party: turning one down turns down that party.
_PACTS = PACTS | {"lease"}


def _pact_parties(verb: Token, index: ActorIndex) -> list[str]:
    """The other party of a refused treaty, named anywhere in the treaty's own phrase ("rejected
    a treaty that would have allowed the United States to keep its naval base", "voted down a
    treaty extending the lease of the U.S. naval base"): a treaty is made with someone, and
    the one named in it, not its topic, is the one turned down. Own-side actors are dropped
    later, so the refuser's own senate or ports do not count."""
    # "voted down a treaty": the parser may take the particle for a preposition
    down = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "down" for p in c.children]
    themes = [c for c in verb.children if c.dep_ == "nsubjpass"]
    candidates = objects(verb) + particle_objects(verb) + down + themes
    pacts = [c for c in candidates if c.lemma_.lower() in _PACTS]
    return [index.by_token[t.i] for p in pacts for t in p.subtree if t.i in index.by_token][:1]


_DEMANDING = frozenset({"demand", "request", "urge", "call", "require", "ask"})


def _named_makers(obj: Token, index: ActorIndex) -> list[str]:
    """Whose thing is opposed, named on it: "vetoed a British and American draft resolution
    on Zimbabwe" opposes Britain and America, not Zimbabwe, the topic; "declined a request
    from the Central African Republic for a U.N. force" the one asking, not the force."""
    if obj.pos_ != "NOUN":
        return []
    drafters = [  # "a French-drafted Security Council resolution": France, not the forum
        a
        for c in obj.children
        if c.dep_ == "amod" and c.tag_ == "VBN"
        for g in c.children
        if g.dep_ in ("npadvmod", "compound", "nmod")
        for a in phrase_actors(g, index)
    ]
    if drafters:
        return drafters
    named = own_actors(obj, index)
    if obj.lemma_.lower() in SPEECH_NOUNS:
        named += _from_actors(obj, index)
    return named


def _refused_makers(verb: Token, index: ActorIndex) -> list[str]:
    """Whose thing a refusal turns away, named inside the refused act: "refused to let
    humanitarian aid sent by the United States cross the border" (the United States)."""
    return [
        a
        for c in verb.children
        if c.dep_ == "xcomp"
        for noun in c.subtree
        for a in participle_agents(noun, index)
    ]


def _senders(verb: Token, index: ActorIndex) -> list[str]:
    """Whose people or things an agentless passive sends to another state: "British military
    advisers have been sent to Sierra Leone" is Britain's act. Only when the recipient is of
    another country: "Iraqi troops were sent to Basra" names no sender."""
    senders = [a for c in verb.children if c.dep_ == "nsubjpass" for a in phrase_actors(c, index)]
    own = {index.country(a) for a in senders} - {None}
    recipients = {index.country(a) for a in _to_recipients(verb, index)} - {None}
    return senders if own and recipients - own else []


def _to_recipients(verb: Token, index: ActorIndex) -> list[str]:
    """Actors named after "to" on a verb ("extradited X to France")."""
    return [
        a
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"  # the parser makes it either
        for p in c.children
        if p.dep_ == "pobj"
        for a in phrase_actors(p, index)
    ]


def _named_objects(verb: Token, index: ActorIndex) -> list[str]:
    return [t for o in objects(verb) for t in named_after(o, index)]


# Recipients a clause names where no object does, tried in order for the event types given
# (None: any), each `(trigger, index) -> actor ids`; the first that finds any wins.
CLAUSE_RECIPIENTS: tuple[
    tuple[frozenset[str] | None, Callable[[Token, ActorIndex], list[str]]], ...
] = (
    (frozenset({"REJECT"}), _refused_makers),  # "refused to let aid sent by the US in"
    (frozenset({"REQUEST"}), requested_partners),  # "called for talks with India"
    (frozenset({"REQUEST"}), convened_bodies),  # "a meeting of the Security Council"
    (frozenset({"RETREAT"}), permitted),  # "allowed the force to deploy"
    (frozenset({"RETREAT"}), handed_to),  # "pulled out, handing it back to Azerbaijan"
    (frozenset({"RETREAT", "CONCEDE"}), deal_partners),  # "under the peace deal with Manila"
    (frozenset({"COERCE", "ASSAULT"}), claimants),  # "occupied villages claimed by Cameroon"
    (None, _named_objects),  # "quit the West African bloc ECOWAS"
)


# Verbs whose object is the one a promise, threat or demand in their complement is made to.
ADDRESS_VERBS = frozenset({"tell", "assure", "inform", "warn", "promise", "notify", "remind"})


def addressees(tok: Token, index: ActorIndex) -> list[str]:
    """The actors a reported act is addressed to: the object of the telling verb whose
    complement holds it ("Ecuador's president told Peru he was ready to reach a settlement",
    "assured Washington that it would cooperate")."""
    verb = reporting_verb(tok)
    if verb is None or verb.lemma_.lower() not in ADDRESS_VERBS:
        return []
    return [
        a for c in verb.children if c.dep_ in ("dobj", "dative") for a in phrase_actors(c, index)
    ]


def _countries(ids: list[str], index: ActorIndex) -> set[str | None]:
    return {index.country(i) for i in ids}
