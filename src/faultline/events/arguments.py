"""Source and target actors of a trigger, read off the dependency parse.

Argument tokens map to actor ids through `record.mentions` (a mention covering the token).
An argument that is itself a mention gives that actor (and its conjuncts: "Russia and Serbia");
otherwise the mentions inside the phrase, leaving out relative clauses. Within one phrase a
person wins over the state adjective naming its country, and a region over its parent state
("Georgia's territories of Abkhazia" is Abkhazia).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from faultline.actors.groups import number_words
from faultline.events.lexicon import verb_lemma
from faultline.events.triggers import Trigger, infinitival, lookup, objects

SUBJ = frozenset({"nsubj", "csubj", "expl"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "i"})
# A meeting that acts ("a summit withheld support") acts for its participants.
MEETINGS = frozenset({"summit", "meeting", "conference", "talk", "gathering", "council"})
# Phrases that hold an act's content rather than its parties.
SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "punct"})
# Prepositions whose object is the target, by event type; "for" names the reason of an
# accusation ("condemned for the decree") but the beneficiary of support.
TARGET_PREPS = frozenset({"against", "to", "with", "on", "at", "between", "into", "upon"})
# "separatists in Georgia" are not Georgia.
LOCATIVE = frozenset({"in", "at", "near", "inside", "within", "across", "from", "during"})
SPEECH_NOUNS = frozenset(
    {
        "appeal",
        "call",
        "request",
        "demand",
        "offer",
        "proposal",
        "plan",
        "invitation",
        "ultimatum",
        "plea",
        "initiative",
        "bid",
        "warning",
        "accusation",
        "charge",
    }
)
# "separatist movements in Georgia": a state's breakaway regions, by what the article names.
BREAKAWAY_NOUNS = frozenset({"movement", "region", "republic", "province", "enclave", "territory"})
BREAKAWAY_WORDS = frozenset({"separatist", "breakaway", "secessionist", "rebel"})
# Acts done with the actor's own people or things, which are then no recipients ("recalled
# its ambassador"); elsewhere "his counterpart" is a party.
OWN_RESOURCE_TYPES = frozenset({"SANCTION", "RETREAT", "MOBILIZE", "AID", "AGREE"})
# Withdrawing from a place, or recalling envoys from it, is done to that place.
# and a demand is made of whoever it is demanded from ("demanding autonomy from Serbia").
FROM_TARGET = frozenset({"RETREAT", "SANCTION", "REQUEST"})
FOR_TARGET = frozenset({"SUPPORT", "AID", "AGREE", "REJECT", "COOPERATE", "RETREAT"})
# The of-phrase of a hostile nominal is its patient ("the blockade of Serbia", "the shelling
# of Sarajevo", "condemnation of Russia"); of a visit or a withdrawal it is the agent.
OF_PATIENT = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN", "PROTEST"})
# "with Albania's help", "with the support of X": a helper of the actor, not the recipient.
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Types whose to-infinitive holds the act and its recipient ("threatened to shell X").
XCOMP_TYPES = frozenset({"THREATEN", "REJECT", "AGREE", "REQUEST", "COERCE"})
ANAPHORS = frozenset({"state", "country", "nation", "republic"})
MEETING_TYPES = frozenset({"CONSULT", "COOPERATE"})
# "held joint exercises with Russian warships": a meeting's partner may hang on the verb.
PARTNER_PREPS = frozenset({"with"})
# Consultations whose object is what is talked about ("discussed the crisis with Egypt").
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "consider", "address", "examine"})
# Nouns whose to-infinitive is an act of their owner ("Iran's offer to mediate").
INTENT_NOUNS = frozenset(
    {
        "decision",
        "plan",
        "move",
        "bid",
        "attempt",
        "offer",
        "threat",
        "pledge",
        "promise",
        "refusal",
        "readiness",
        "willingness",
        "intention",
        "proposal",
        "effort",
        "call",
    }
)
TEMPORAL_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "by", "without"})
# Where an act is done ("in Serbia", "from Lebanon", "outside the Iraqi city of Basra").
PLACE_PREPS = frozenset(
    {"in", "inside", "within", "near", "outside", "across", "throughout", "through", "from", "over"}
)
# A meeting's venue is not a party to it (the manual: a third location is no recipient); the
# place a visit goes to is its host. Backing rebels in Georgia is not backing Georgia.
NO_PLACE_TARGET = frozenset({"CONSULT", "SUPPORT"})


# A wire dateline opening a sentence: "HARARE, July 5 (AFP) -", "PORT HARCOURT, Nigeria, Feb
# 23 (Reuters) -", "MINSK (AP) -", "BILBAO, Spain -". Bodies keep them where the page gives
# the dateline as part of the first paragraph.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"  # the place, in capitals
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?"  # its country or state
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"  # the day
    r"(?: \([^()]{1,40}\))?"  # the agency
    r"(?: *[—–] *| +-{1,2} +)"
)


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines that open sentences of `doc`."""
    spans = []
    for sent in doc.sents:
        found = _DATELINE.match(sent.text)
        if found is not None:
            spans.append((sent.start_char, sent.start_char + found.end()))
    return spans


@dataclass
class ActorIndex:
    """Token -> actor id, and the actor records, for one document."""

    doc: Doc
    by_token: dict[int, str] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    speakers: list[tuple[int, int, str | None]] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, record: Any) -> ActorIndex:
        index = cls(doc, actors={a["id"]: a for a in record.actors})
        datelines = dateline_spans(doc)
        for m in record.mentions:
            if any(start <= m["start"] < end for start, end in datelines):
                continue  # "HARARE, July 5 (AFP) -": where the story was filed, no party to it
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            for tok in span or ():
                index.by_token.setdefault(tok.i, m["actor"])
        for q in record.quotes:
            if q.get("in", "body") != "body":  # a headline quote's offsets are the headline's
                continue
            speaker = (q.get("speaker") or {}).get("actor")
            index.speakers.append((q["start"], q["end"], speaker))
        return index

    def kind(self, actor_id: str) -> str | None:
        return self.actors.get(actor_id, {}).get("kind")

    def speaker_at(self, char: int) -> tuple[bool, str | None]:
        for start, end, speaker in self.speakers:
            if start <= char < end:
                return True, speaker
        return False, None


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _phrase(tok: Token) -> list[Token]:
    """The tokens of an argument phrase, without clauses hanging off it."""
    out = [tok]
    for c in tok.children:
        # "an appeal from President X" is X's appeal; "rebels from Chad" are only placed
        whose = c.lower_ == "from" and tok.lemma_.lower() in SPEECH_NOUNS
        if c.dep_ in SKIP_DEPS or (c.dep_ == "prep" and c.lower_ in LOCATIVE and not whose):
            continue
        if c.lower_ == "with" and any(_comment(g) for p in c.children for g in p.children):
            continue  # "with the ambassador saying ...": a comment, not a party
        out.extend(_phrase(c))
    return out


def _comment(tok: Token) -> bool:
    """A gerund clause on a noun that comments rather than restricts ("with the ambassador
    saying ..."); a participle ("diplomats, ordered by X") does not."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG"


def _prefer(ids: list[str], index: ActorIndex) -> list[str]:
    # "Thailand's army" is the army; "Russia's foreign minister" the minister.
    countries = {
        index.actors.get(i, {}).get("country")
        for i in ids
        if index.kind(i) == "person"
        or (index.kind(i) == "group" and index.actors.get(i, {}).get("anonymous"))
    }
    parents = {
        index.actors.get(i, {}).get("parent") for i in ids if index.kind(i) in ("region", "place")
    }
    keep = [i for i in ids if not (index.kind(i) == "state" and (i in countries or i in parents))]
    return list(dict.fromkeys(keep))


def phrase_actors(tok: Token, index: ActorIndex) -> list[str]:
    """Actors named by the phrase headed by `tok` (and its conjuncts)."""
    ids: list[str] = []
    for head in _conjuncts(tok):
        if head.i in index.by_token:
            ids.append(index.by_token[head.i])
            ids.extend(index.by_token[c.i] for c in head.children if c.i in index.by_token)
            continue
        ids.extend(index.by_token[t.i] for t in _phrase(head) if t.i in index.by_token)
    return _prefer(ids, index)


def own_actors(noun: Token, index: ActorIndex) -> list[str]:
    """The actor a nominal belongs to: possessor, compound or adjective, or a "by" phrase."""
    ids: list[str] = []
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in PRONOUNS:
            ids.extend(phrase_actors(c, index))
        elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
            ids.extend(a for p in c.children for a in phrase_actors(p, index))
        elif c.dep_ == "acl":  # "a statement issued by X"
            for g in c.children:
                if g.dep_ == "agent":
                    ids.extend(a for p in g.children for a in phrase_actors(p, index))
        if c.dep_ == "prep" and c.lower_ == "of":  # "the expulsion of diplomats, ordered by X"
            ids.extend(
                a
                for p in c.children
                for acl in p.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN"
                for g in acl.children
                if g.dep_ == "agent"
                for q in g.children
                for a in phrase_actors(q, index)
            )
    return _prefer(ids, index)


def _antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for (the parser may attach the clause as ccomp)."""
    clause = rel.head
    if clause.dep_ == "relcl":
        return clause.head
    for tok in reversed(rel.doc[rel.sent.start : rel.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
    return None


def _group_actor(index: ActorIndex) -> list[str]:
    return [i for i, a in index.actors.items() if a.get("kind") == "group"][:1]


def reporter_subject(tok: Token) -> Token | None:
    """The subject of the nearest reporting verb whose complement holds `tok`."""
    from faultline.events.modality import reporting_verb

    verb = reporting_verb(tok)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJ), None)


def subject_actors(subj: Token, index: ActorIndex) -> list[str]:
    """Actors a subject stands for, resolving relative and personal pronouns and meetings."""
    low = subj.lower_
    if low in RELATIVE:
        ante = _antecedent(subj)
        if ante is None:
            return []
        return phrase_actors(ante, index) or own_actors(ante, index)
    if low in PRONOUNS:
        quoted, speaker = index.speaker_at(subj.idx)
        if quoted and speaker:
            return [speaker]
        rep = reporter_subject(subj)
        return subject_actors(rep, index) if rep is not None and rep != subj else []
    if subj.lemma_.lower() in MEETINGS and subj.i not in index.by_token:
        return _group_actor(index)
    return phrase_actors(subj, index) or own_actors(subj, index)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb or predicate adjective, inherited through xcomp, acomp and conj."""
    tok: Token | None = verb
    for _ in range(6):
        assert tok is not None
        subjects = [c for c in tok.children if c.dep_ in SUBJ]
        if subjects:
            # Two subjects are a misparse, mostly of a dateline ("HARARE (AFP) - Mbeki held
            # ..."): the one nearest before the verb is the verb's.
            before = [c for c in subjects if c.i < tok.i]
            return before[-1] if before else subjects[0]
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "warships, taking part in manoeuvres": the warships take part
        if tok.dep_ == "acl" and tok.head.dep_ in ("attr", "oprd") and tok.head.head.i != tok.i:
            # "Iceland became the first country to recognise Lithuania": Iceland recognised
            tok = tok.head.head
            continue
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in INTENT_NOUNS:
            # "Tehran's decision to sever ties": whose decision it is
            owner = next((c for c in tok.head.children if c.dep_ in ("poss", "compound")), None)
            if owner is not None:
                return owner
        misparsed = tok.tag_ in FINITE or tok.head.dep_ == "ROOT"
        if tok.dep_ == "acl" and misparsed and tok.head.pos_ in ("NOUN", "PROPN"):
            # The small model hangs a sentence's main verb on its subject as a clause
            # ("Palestinian negotiators threatened ...": acl of "negotiators", the root). A
            # finite verb cannot head a reduced relative, and a sentence whose root is a noun
            # has lost its main verb: either way the noun is the subject.
            return tok.head
        if tok.tag_ in FINITE and tok.i > tok.sent.start:
            return _dropped_subject(tok)
        if tok.dep_ in ("xcomp", "acomp", "conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.head.pos_ == "ADJ":
            tok = tok.head.head  # "X are guilty of violating ...": X violated
        elif tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_PREPS:
            tok = tok.head.head  # "X said after meeting his counterpart": X met
        else:
            return None
    return None


def _bare_passive(verb: Token) -> bool:
    """A past participle heading a clause of its own with no subject or auxiliary ("if
    attacked", "when provoked"): passive, its understood subject undergoes the act."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJ | {"nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def _dropped_subject(verb: Token) -> Token | None:
    """A finite verb the parser left without subject ("after a summit in X withheld ...", with
    the summit read as the object of "after"): the noun phrase just before it."""
    tok = verb.doc[verb.i - 1]
    for _ in range(6):
        noun = tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "ADP"
        if noun and tok.head.head.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in ("pobj", "prep", "compound") or tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _prep_targets(tok: Token, event_type: str, index: ActorIndex) -> list[str]:
    preps = TARGET_PREPS | ({"for", "of"} if event_type in FOR_TARGET else set())
    if tok.pos_ in ("NOUN", "PROPN") and event_type in OF_PATIENT:
        preps |= {"of"}
    if event_type in FROM_TARGET:
        preps |= {"from"}
    ids: list[str] = []
    if event_type in FROM_TARGET:  # "pulled out of Cambodia", "pull its forces back from"
        ids += [
            a
            for c in tok.children
            if (c.dep_ in ("prep", "prt") and c.lower_ == "out")
            or (c.dep_ == "advmod" and c.lower_ in ("back", "away", "out"))
            for g in c.children
            if g.dep_ == "prep" and g.lower_ in ("of", "from")
            for p in g.children
            for a in phrase_actors(p, index)
        ]
    if event_type in MEETING_TYPES:  # "spoke by telephone with X"
        ids += [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            for g in p.children
            if g.dep_ == "prep" and g.lower_ == "with"
            for q in g.children
            for a in phrase_actors(q, index)
        ]
    for c in tok.children:
        if c.dep_ == "dative":
            ids.extend(phrase_actors(c, index))
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ != "pobj" or (
                    c.lower_ == "with" and any(_comment(g) for g in p.children)
                ):
                    continue  # "with the ambassador saying ...": a comment, not a party
                if c.lower_ == "with" and p.lemma_.lower() in HELP_NOUNS:
                    continue
                if _opposed_act(c, p, event_type):
                    ids.extend(own_actors(p, index))
                    continue
                ids.extend(phrase_actors(p, index) or _breakaway_regions(p, index))
        elif c.dep_ == "prep":  # "mobilized reservists for a war against Iraq"
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for g in p.children:
                    # "in protest at European Union plans"
                    at = g.lower_ == "at" and p.lemma_.lower() == "protest"
                    if g.dep_ != "prep" or not (g.lower_ == "against" or at):
                        continue
                    for q in g.children:
                        opposed = _opposed_act(g, q, event_type)
                        ids.extend(own_actors(q, index) if opposed else phrase_actors(q, index))
    return ids


OPPOSING_TYPES = frozenset({"PROTEST", "ACCUSE", "REJECT"})


def _makers(obj: Token, index: ActorIndex) -> list[str]:
    """Who made a thing that is denounced or rejected, named in its own clause ("denounced a
    resolution adopted by the U.S. Congress", "the plan, drafted by U.N. mediators, was
    rejected"): the one opposed, rather than what the thing is about."""
    return [
        a
        for clause in obj.children
        if clause.dep_ in ("acl", "relcl") and clause.tag_ == "VBN"
        for agent in clause.children
        if agent.dep_ == "agent"
        for p in agent.children
        for a in phrase_actors(p, index)
    ]


def _opposed_act(prep: Token, pobj: Token, event_type: str) -> bool:
    """Whether a protest or accusation is against an act ("against the invasion of Iraq",
    "over the arrest of X by Y"), whose doer, not its patient, is the one opposed."""
    if event_type not in OPPOSING_TYPES or prep.lower_ not in ("against", "at", "over"):
        return False
    entry = lookup(pobj)
    return entry is not None and entry.pos == "NOUN"


CAUSATIVES = frozenset({"allow", "let", "permit"})


def _allowed(verb: Token, index: ActorIndex) -> list[str]:
    """Whom a causative lets act: "allow UN inspectors to visit" (the parser makes them the
    subject of "visit")."""
    if verb.lemma_.lower() not in CAUSATIVES:
        return []
    return [
        a
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
        if s.dep_ in SUBJ
        for a in phrase_actors(s, index)
    ]


# Acts on a measure (a sanction, a ban, a debt) whose clause names whom it falls on.
MEASURE_TYPES = frozenset({"RETREAT", "CONCEDE", "SANCTION", "AID"})
_DEBT_VERBS = frozenset({"owe", "incur", "contract"})


def _measure_parties(obj: Token, index: ActorIndex) -> list[str]:
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


def _topic_partners(topic: Token, index: ActorIndex) -> list[str]:
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


def _purpose_chain(verb: Token, depth: int = 3) -> list[Token]:
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


GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})


def _own_forces(actor_id: str, index: ActorIndex) -> bool:
    """Unplaced troops an actor offers or sends ("ready to contribute 4,000 troops"): its
    own, what it gives, not whom it gives to."""
    actor = index.actors.get(actor_id, {})
    return (
        bool(actor.get("anonymous")) and actor.get("sector") == "MIL" and not actor.get("country")
    )


def _infinitive_targets(act: Token, etype: str, index: ActorIndex) -> list[str]:
    """Whom a governed to-infinitive's act is done to: its objects (through what the actor
    owns, "to withdraw its troops from Lebanon"), whom it lets act, its prepositions."""
    ids = [
        a
        for o in objects(act) + particle_objects(act)
        if not _own(o, index)
        for a in phrase_actors(o, index)
        if not _own_forces(a, index)
    ]
    ids += [a for o in objects(act) if _own(o, index) for a in _prep_targets(o, etype, index)]
    ids += _allowed(act, index)  # "refused to allow UN inspectors to visit"
    inner = lookup(act)
    return ids + _prep_targets(act, inner.type if inner else etype, index)


_ROLE_NOUNS = frozenset({"role", "mediation", "mission", "participation", "presence"})
_ROLE_PREPS = frozenset({"between", "in", "with", "for", "to"})


def _role_parties(obj: Token, index: ActorIndex) -> list[str]:
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


def particle_objects(verb: Token) -> list[Token]:
    """Objects the parser misplaces: on a verb's particle ("sealed off the town", with "town"
    under "off"), or as the subject of a participle it makes the verb's clause ("expel the
    investigators working in the east", with "investigators working" a ccomp)."""
    out = [p for c in verb.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
    if not objects(verb):
        out += [
            s
            for c in verb.children
            if c.dep_ == "ccomp" and c.tag_ == "VBG"
            for s in c.children
            if s.dep_ == "nsubj"
        ]
    return out


def _own(obj: Token, index: ActorIndex | None = None) -> bool:
    """An object the actor owns ("its troops", "their ambassador"), not another party it
    relates to ("his Indian counterpart": an actor of another country)."""
    if not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in obj.children):
        return False
    if index is None or obj.i not in index.by_token:
        return True
    actor = index.actors.get(index.by_token[obj.i], {})
    return (
        actor.get("kind") != "person"
        or not actor.get("country")
        or not any(c.dep_ == "amod" and c.i in index.by_token for c in obj.children)
    )


def _breakaway_regions(noun: Token, index: ActorIndex) -> list[str]:
    """ "two separatist movements in Georgia" are the breakaway regions of Georgia that the
    article names (the regions with that parent state), when the count, if given, agrees."""
    if noun.lemma_.lower() not in BREAKAWAY_NOUNS:
        return []
    if not any(
        c.dep_ in ("amod", "compound") and c.lower_ in BREAKAWAY_WORDS for c in noun.children
    ):
        return []
    # The parser may hang "in Georgia" on the verb ("backs the breakaway republic in Georgia").
    around = list(noun.children) + (list(noun.head.children) if noun.dep_ == "dobj" else [])
    state = next(
        (
            index.by_token[t.i]
            for prep in around
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
            for t in prep.subtree
            if t.i in index.by_token and index.kind(index.by_token[t.i]) == "state"
        ),
        None,
    )
    regions = [
        a["id"]
        for a in index.actors.values()
        if a.get("kind") == "region" and state is not None and a.get("parent") == state
    ]
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if count is not None and number_words().get(count.lower_, len(regions)) != len(regions):
        return []
    return regions


def _on_own_ground(targets: list[str], sources: list[str], index: ActorIndex) -> bool:
    """Whether every target is a place of the sources' own country."""

    def country(actor_id: str) -> str | None:
        actor = index.actors.get(actor_id, {})
        return actor_id if actor.get("kind") == "state" else actor.get("country")

    own = {country(s) for s in sources} - {None}
    places = [t for t in targets if index.kind(t) in ("state", "region", "place")]
    return bool(targets) and len(places) == len(targets) and {country(t) for t in targets} <= own


def _aimed_at(verb: Token, index: ActorIndex) -> list[str]:
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
    heads = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    for head in heads:
        for c in head.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"if", "unless"}:
                subj = next((g for g in c.children if g.dep_ in SUBJ | {"nsubjpass"}), None)
                if subj is not None and subj.lower_ not in PRONOUNS:
                    return phrase_actors(subj, index)
    return []


def _anaphor(tok: Token, index: ActorIndex, exclude: list[str]) -> list[str]:
    """ "the new state" names the state last mentioned before it in the sentence."""
    if tok.lemma_.lower() not in ANAPHORS or tok.i in index.by_token:
        return []
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        actor = index.by_token.get(prev.i)
        if actor and index.kind(actor) == "state" and actor not in exclude:
            return [actor]
    return []


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
        targets = _prep_targets(tok, etype, index)
        if not sources and verb is not None:
            subj = subject_of(verb)
            sources = subject_actors(subj, index) if subj is not None else []
        if not sources and verb is not None:  # "a ban ... was announced by the EU"
            sources = [
                a
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                for a in phrase_actors(p, index)
            ]
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
        if verb is not None:  # "provide support to X", not "ratcheting up ..., with X saying"
            preps = {"to"} | (PARTNER_PREPS if etype in MEETING_TYPES else set())
            targets += [
                a
                for c in verb.children
                if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in preps)
                for p in ([c] if c.dep_ == "dative" else c.children)
                if not _comment(p)
                for a in phrase_actors(p, index)
            ]
    else:
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        subj = None if passive or _bare_passive(tok) else subject_of(tok)
        sources = subject_actors(subj, index) if subj is not None else []
        if _bare_passive(tok):  # "would close the strait if attacked": Iran is attacked
            held = subject_of(tok.head)
            targets += subject_actors(held, index) if held is not None else []
        for c in tok.children:
            if c.dep_ == "agent":
                sources += [a for p in c.children for a in phrase_actors(p, index)]
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
        for obj in objects(tok) + particle_objects(tok):
            if etype == "MOBILIZE" and index.kind(index.by_token.get(obj.i, "")) == "group":
                continue  # "massed troops": forces mobilised are the actor's own
            if etype in GIVING_TYPES and _own_forces(index.by_token.get(obj.i, ""), index):
                targets += _prep_targets(obj, etype, index)
                continue  # "sent 1,000 troops to Lebanon": what is given, not to whom
            if etype == "CONSULT" and verb_lemma(tok) in TOPIC_VERBS:
                # "discussed the Lebanese crisis": a topic, not a party; but the parser may
                # hang the partner on it ("discussed the fate of the sailors with his
                # Iranian counterpart")
                targets += _topic_partners(obj, index)
                continue
            if etype in OWN_RESOURCE_TYPES and _own(obj, index):
                # "its embargo against Cuba", "its role as broker between the Sri Lankan
                # government and the Tigers"
                targets += _prep_targets(obj, etype, index) or _role_parties(obj, index)
                continue  # "recalled its ambassador", "withdrew its troops": the actor's own
            found = (
                (_makers(obj, index) if etype in OPPOSING_TYPES else [])
                or phrase_actors(obj, index)
                or _breakaway_regions(obj, index)
                or _anaphor(obj, index, sources)
            )
            if not found and etype == "AGREE":  # "accepted an invitation to visit Islamabad"
                found = [
                    a
                    for c in obj.children
                    if c.dep_ == "acl"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    for a in _infinitive_targets(c, etype, index)
                ]
            targets += found
            if etype in MEASURE_TYPES:  # "lifted the sanctions it imposed on India"
                targets += _measure_parties(obj, index)
            if etype == "REQUEST":  # "demanding autonomy from Serbian authorities"
                targets += [
                    a
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children
                    for a in phrase_actors(p, index)
                ]
        targets += _allowed(tok, index)  # "allowed U.N. inspectors to resume their work"
        targets += _prep_targets(tok, etype, index)
        if trig.noun is not None:
            targets += _prep_targets(trig.inner or trig.noun, etype, index)
        for c in tok.children:  # "threatened to break relations with Russia"
            if infinitival(c) and (trig.entry.xcomp or etype in XCOMP_TYPES):
                # "called for Suharto to step down": whom the act is asked of
                if etype == "REQUEST":
                    targets += [
                        a for s in c.children if s.dep_ in SUBJ for a in phrase_actors(s, index)
                    ]
                # "willing to send material to help defend Saudi Arabia": the first act of
                # the chain of purposes that names someone
                for act in _purpose_chain(c):
                    found = _infinitive_targets(act, etype, index)
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
    # "charged that India was behind the attack", "demanded that Iraq withdraw"
    if etype in ("ACCUSE", "REQUEST") and not targets and not trig.entry.ccomp_aux:
        targets = [
            a
            for c in tok.children
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ in SUBJ | {"nsubjpass"}
            for a in phrase_actors(s, index) + own_actors(s, index)
        ]
    if etype == "MOBILIZE" and not sources:  # "the navy was put on alert": its own act
        verb_tok = verb if verb is not None else tok
        themes = [c for c in verb_tok.children if c.dep_ == "nsubjpass"]
        sources = [a for c in themes for a in phrase_actors(c, index)]
    sources = [s for s in dict.fromkeys(sources) if index.kind(s) != "media"]
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    if etype == "THREATEN" and _on_own_ground(targets, sources, index):
        # "would close the Strait of Hormuz if the European Union went ahead": a threat to
        # act on one's own ground is aimed at whoever the condition names
        targets = [t for t in condition_targets(tok, index) if t not in sources] or targets
    if not targets and etype == "THREATEN":
        targets = [t for t in condition_targets(tok, index) if t not in sources]

    if not targets and etype in ("ASSAULT", "COERCE"):  # "opened fire to disperse X"
        base = verb if verb is not None and verb.pos_ in ("VERB", "AUX") else tok
        targets = [
            a
            for c in base.children
            if c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for o in objects(c)
            for a in phrase_actors(o, index)
            if a not in sources
        ]
    clause = verb if verb is not None and verb.pos_ in ("VERB", "AUX") else tok
    if not targets and etype in ("MOBILIZE", "THREATEN"):  # "a show of force aimed at Iran"
        targets = [t for t in _aimed_at(clause, index) if t not in sources]
    if not targets and etype in ("PROTEST", "ACCUSE"):
        targets = [t for t in _mission_targets(clause, index) if t not in sources]
    if not targets and etype in ("MOBILIZE", "ASSAULT", "THREATEN"):
        targets = [t for t in _border_targets(clause, index) if t not in sources]
    if not targets and etype == "MOBILIZE":
        targets = [t for t in _provoker(clause, index) if t not in sources]
    if not targets and etype == "ACCUSE" and trig.entry.mode == "investigate":
        targets = [t for t in _investigated(trig, index) if t not in sources]
    if not targets and (etype not in NO_PLACE_TARGET or trig.entry.mode == "visit"):
        targets = [t for t in place_targets(trig, index) if t not in sources]
    return sources, targets


MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
_WHEN_MARKS = frozenset({"as", "after", "when", "while", "once"})


def _investigated(trig: Trigger, index: ActorIndex) -> list[str]:
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
            found = [index.by_token[t.i] for t in prep.subtree if t.i in index.by_token]
            if found:
                return list(dict.fromkeys(found))[:1]
    return []


def _provoker(verb: Token, index: ActorIndex) -> list[str]:
    """Forces put on alert face whoever the clause of the occasion names as acting ("put on
    high alert as China began missile tests", "after Turkish warships approached")."""
    ids: list[str] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in clause.children
        ):
            continue
        subj = subject_of(clause)
        if subj is not None:
            ids += subject_actors(subj, index)
    return ids


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


def _mission_targets(tok: Token, index: ActorIndex) -> list[str]:
    """A protest at a state's embassy is against that state ("protested outside the U.S.
    embassy", "a sit-in in front of the British embassy")."""
    return [a for n in _scan(tok, MISSIONS) for a in _owner(n, index)][:1]


def _border_targets(tok: Token, index: ActorIndex) -> list[str]:
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
            heads.extend(_purpose_chain(c))  # "ready to contribute troops to join a force"
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
                    found = _anaphor(tok, index, [])
                    if found:
                        return found
    return []
