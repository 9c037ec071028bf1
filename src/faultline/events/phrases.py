"""Argument phrases and the actors they name, read off the dependency parse.

Argument tokens map to actor ids through `record.mentions` (a mention covering the token,
`ActorIndex`). An argument that is itself a mention gives that actor (and its conjuncts:
"Russia and Serbia"); otherwise the mentions inside the phrase, leaving out relative
clauses. Within one phrase a person wins over the state adjective naming its country, and a
region over its parent state ("Georgia's territories of Abkhazia" is Abkhazia). Subjects are
found through xcomp, conj and the parser's usual misattachments; prepositions give targets
by event type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from faultline.actors.groups import number_words
from faultline.datelines import dateline_spans
from faultline.events.pairs import pair_referents
from faultline.events.triggers import folded_subject, lookup, objects

SUBJ = frozenset({"nsubj", "csubj", "expl"})


RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "i"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


# A meeting that acts ("a summit withheld support") acts for its participants.
MEETINGS = frozenset({"summit", "meeting", "conference", "talk", "gathering", "council"})


# Phrases that hold an act's content rather than its parties.
SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "punct"})


# Prepositions whose object is the target, by event type; "for" names the reason of an
# accusation ("condemned for the decree") but the beneficiary of support.
TARGET_PREPS = frozenset({"against", "to", "with", "on", "at", "between", "into", "upon"})


# "separatists in Georgia" are not Georgia.
LOCATIVE = frozenset(
    {
        "in", "at", "near", "inside", "within", "across", "from", "during", "outside", "around",
        "along", "throughout",
    }
)  # fmt: skip


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


@dataclass
class ActorIndex:
    """Token -> actor id, and the actor records, for one document."""

    doc: Doc
    by_token: dict[int, str] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    speakers: list[tuple[int, int, str | None]] = field(default_factory=list)
    # pronoun token -> the person the actors stage resolved it to ("He urged Vietnam")
    pronouns: dict[int, str] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, record: Any) -> ActorIndex:
        index = cls(doc, actors={a["id"]: a for a in record.actors})
        datelines = dateline_spans(doc)
        for m in record.mentions:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if m.get("via") == "pronoun":
                # kept apart: a pronoun stands for its person as an argument, but is no
                # naming of them that a sentence-wide rule should count
                index.pronouns.update((tok.i, m["actor"]) for tok in span or ())
                continue
            for tok in span or ():
                # "HARARE, July 5 (AFP) -": where the story was filed, no party to it (a
                # mention the NER ran into the dateline keeps its words after it)
                if any(start <= tok.idx < end for start, end in datelines):
                    continue
                if _located(span):  # "a Denver-based agency": where it is, not who acts
                    continue
                index.by_token.setdefault(tok.i, m["actor"])
        for q in record.quotes:
            if q.get("in", "body") != "body":  # a headline quote's offsets are the headline's
                continue
            speaker = (q.get("speaker") or {}).get("actor")
            index.speakers.append((q["start"], q["end"], speaker))
        return index

    def kind(self, actor_id: str) -> str | None:
        return self.actors.get(actor_id, {}).get("kind")

    def country(self, actor_id: str) -> str | None:
        """The state an actor is (a state) or belongs to, if known."""
        actor = self.actors.get(actor_id, {})
        return actor_id if actor.get("kind") == "state" else actor.get("country")

    def sentence_actors(self, tok: Token) -> set[str]:
        """The actors the sentence of `tok` names."""
        return {self.by_token[t.i] for t in tok.sent if t.i in self.by_token}

    def speaker_at(self, char: int) -> tuple[bool, str | None]:
        for start, end, speaker in self.speakers:
            if start <= char < end:
                return True, speaker
        return False, None


# "Denver-based", "Moscow-headquartered", "U.S.-registered": a place in a hyphenated
# adjective locates the thing it describes and acts in nothing. So does a backer or sponsor:
# "the government's U.S.-backed eradication campaign" is the government's, "U.N.-sponsored
# talks" are the parties' ("U.S.-led" names the leader, who stays).
_LOCATING = frozenset(
    {"based", "headquartered", "registered", "listed", "born", "made", "backed", "sponsored",
     "funded", "financed", "supported", "brokered", "mediated", "hosted"}
)  # fmt: skip


def _located(span: Span | None) -> bool:
    if span is None or span.end + 1 >= len(span.doc):
        return False
    dash, word = span.doc[span.end], span.doc[span.end + 1]
    return dash.text == "-" and not span[-1].whitespace_ and word.lower_ in _LOCATING


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
        if c.lower_ == "with" and any(is_comment(g) for p in c.children for g in p.children):
            continue  # "with the ambassador saying ...": a comment, not a party
        out.extend(_phrase(c))
    return out


def is_comment(tok: Token) -> bool:
    """A gerund clause on a noun that comments rather than restricts ("with the ambassador
    saying ..."); a participle ("diplomats, ordered by X") does not."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG"


def prefer_bodies(ids: list[str], index: ActorIndex) -> list[str]:
    """`ids` in order, once each, without a state whose own body or person is among them."""
    # "Thailand's army" is the army; "Russia's foreign minister" the minister; "Sudan's
    # government" the government.
    countries = {
        index.actors.get(i, {}).get("country")
        for i in ids
        if index.kind(i) in ("person", "government")
        or (index.kind(i) == "group" and index.actors.get(i, {}).get("anonymous"))
    }
    parents = {
        index.actors.get(i, {}).get("parent") for i in ids if index.kind(i) in ("region", "place")
    }
    keep = [i for i in ids if not (index.kind(i) == "state" and (i in countries or i in parents))]
    return list(dict.fromkeys(keep))


def _origins(noun: Token, index: ActorIndex) -> list[str]:
    """The further states of an unnamed body drawn from several ("delegations from North and
    South Korea", "the navies of Malaysia and Indonesia"): the body takes the first one's
    country, the others are parties too."""
    own = index.actors.get(index.by_token.get(noun.i, ""), {}).get("country")
    found = [
        index.by_token[c.i]
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for p in prep.children
        if p.dep_ == "pobj"
        # the pobj's conjuncts, and names before it that share its head word: the parser
        # makes "North" of "North and South Korea" a modifier of "Korea"
        for c in [*_conjuncts(p)[1:], *(t for t in p.subtree if t.i < p.i)]
        if c.i in index.by_token and index.kind(index.by_token[c.i]) in ("state", "government")
    ]
    return [a for a in dict.fromkeys(found) if a != own]


def phrase_actors(tok: Token, index: ActorIndex) -> list[str]:
    """Actors named by the phrase headed by `tok` (and its conjuncts)."""
    ids: list[str] = []
    for head in _conjuncts(tok):
        if head.i in index.pronouns:
            ids.append(index.pronouns[head.i])
            continue
        if head.i not in index.by_token and (pair := pair_referents(head, index)):
            ids.extend(pair)  # "the two countries": the pair named just before
            continue
        if head.i in index.by_token:
            ids.append(index.by_token[head.i])
            ids.extend(index.by_token[c.i] for c in head.children if c.i in index.by_token)
            if index.actors.get(ids[-1], {}).get("anonymous"):
                ids.extend(_origins(head, index))
            continue
        ids.extend(index.by_token[t.i] for t in _phrase(head) if t.i in index.by_token)
    return prefer_bodies(ids, index)


def bidders(obj: Token, index: ActorIndex) -> list[str]:
    """Whose bid, plan or proposal is backed, named as its possessor ("will back Sudan's bid
    for a seat on the U.N. Security Council"): the one backed, not the seat's body."""
    if obj.lemma_.lower() not in SPEECH_NOUNS:
        return []
    return [
        a
        for c in obj.children
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS
        for a in phrase_actors(c, index)
    ]


# Acts of one party whose "of" phrase names who acts, not whom it is done to ("the
# abdication of the king", "the visit of the French president", "with the mediation of
# Norway"); for most act nouns "of" names the patient ("the arrest of", "the recognition of",
# "in support of"), so only these.
AGENT_OF_NOUNS = frozenset(
    {"abdication", "resignation", "visit", "trip", "tour", "arrival", "departure",
     "walkout", "apology", "mediation", "intervention", "participation",
     "cooperation", "assistance", "help", "consent", "refusal", "veto"}
)  # fmt: skip


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
        if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in AGENT_OF_NOUNS:
            # "the resignation of the prime minister of Italy": the one who acts
            ids.extend(a for p in c.children for a in phrase_actors(p, index))
        if c.dep_ == "prep" and c.lower_ == "of":  # "the expulsion of diplomats, ordered by X"
            ids.extend(a for p in c.children for a in participle_agents(p, index))
            # "the expulsion of two Estonian diplomats by Moscow": the parser hangs the agent
            # on the patient
            ids.extend(
                a
                for p in c.children
                for g in p.children
                if g.dep_ in ("prep", "agent") and g.lower_ == "by"
                for q in g.children
                for a in phrase_actors(q, index)
            )
    return prefer_bodies(ids, index)


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


def _reporters(pronoun: Token, index: ActorIndex) -> list[str]:
    """Whom a pronoun in a report stands for: the subject of the reporting verb."""
    rep = reporter_subject(pronoun)
    return subject_actors(rep, index) if rep is not None and rep != pronoun else []


def _pronoun_subject(subj: Token, index: ActorIndex) -> list[str]:
    """Whom a personal pronoun subject stands for: the quote's speaker, the reporter, or the
    actor named before it."""
    if subj.lower_ in ("it", "its"):
        # "Japan said it was prepared to ..., according to a ministry spokesman": "it" is
        # the state that said so, not the person the attribution names
        reporters = _reporters(subj, index)
        if reporters:
            return reporters
    quoted, speaker = index.speaker_at(subj.idx)
    if quoted and speaker:
        return [speaker]
    reporters = _reporters(subj, index)
    if not reporters and subj.i in index.pronouns:
        return [index.pronouns[subj.i]]  # "He urged Vietnam": the person named before
    return reporters


def subject_actors(subj: Token, index: ActorIndex) -> list[str]:
    """Actors a subject stands for, resolving relative and personal pronouns and meetings."""
    low = subj.lower_
    if low in RELATIVE:
        ante = _antecedent(subj)
        if ante is None:
            return []
        return phrase_actors(ante, index) or own_actors(ante, index)
    if low in REFLEXIVES and subj.head.head.i != subj.head.i:
        # "Norway declared itself ready to ...": the one who declared
        outer = subject_of(subj.head.head)
        return subject_actors(outer, index) if outer is not None and outer != subj else []
    if low in PRONOUNS:
        # "We and Russia signed", "he and Putin had agreed": the pronoun's conjuncts act too
        others = [a for c in _conjuncts(subj)[1:] for a in phrase_actors(c, index)]
        return list(dict.fromkeys(_pronoun_subject(subj, index) + others))
    if subj.lemma_.lower() in MEETINGS and subj.i not in index.by_token:
        # the group the article names for it, else those named on it ("European Union
        # foreign ministers meeting in Luxembourg threatened ...", "a meeting of NATO allies")
        return _group_actor(index) or phrase_actors(subj, index) or own_actors(subj, index)
    return phrase_actors(subj, index) or own_actors(subj, index) or _senders_of(subj, index)


# What carries aid or people for a sender: its of-phrase or the from-phrase of what it carries
# names who sends it ("A convoy carrying flour from Serbia arrived", "a convoy of the World
# Food Programme reached Srebrenica").
VEHICLES = frozenset(
    {"convoy", "flight", "plane", "aircraft", "ship", "truck", "lorry", "airlift", "shipment",
     "consignment", "vessel", "boat"}
)  # fmt: skip


def _senders_of(subj: Token, index: ActorIndex) -> list[str]:
    if subj.lemma_.lower() not in VEHICLES:
        return []
    carried = [c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() == "carry"]
    # the parser may hang "from" on the last thing carried ("flour and medicine from Serbia")
    preps = [c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += [t for c in carried for t in c.subtree if t.dep_ == "prep" and t.lower_ == "from"]
    return [a for c in preps for p in c.children for a in phrase_actors(p, index)]


# Texts that act through whoever adopts them ("a law recognizing", "a decree lifting").
DOCUMENTS = frozenset(
    {"law", "decree", "resolution", "bill", "statement", "declaration", "order", "measure"}
)


# Agreements between parties: what one does, its signatories do.
PACTS = frozenset({"treaty", "accord", "agreement", "pact", "deal", "protocol", "convention"})
# Verbs by which parties make a document theirs.
MAKING_VERBS = frozenset(
    {
        "sign", "pass", "adopt", "approve", "conclude", "reach", "strike", "ink", "enact",
        "issue", "endorse", "ratify", "agree", "seal", "initial", "finalise", "finalize",
    }
)  # fmt: skip


def governing_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs on through its object or preposition ("launched a hunger
    strike", "went on strike", "put its forces on high alert"), or the trigger itself."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        if cur.dep_ not in ("pobj", "prep", "dobj"):
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else tok


# Gatherings that are protests: what a crowd holds and the police break up or brace for.
PROTEST_GATHERINGS = frozenset(
    {"protest", "demonstration", "rally", "march", "strike", "sit-in", "unrest", "riot"}
)


def _name_of_conjunct(first: Token, second: Token) -> bool:
    """Whether `second` is the name of `first`'s last conjunct, split off by the parser:
    right after the conjunct's phrase ("his Turkish counterpart | Bulent Ecevit")."""
    conj = [c for c in first.children if c.dep_ == "conj"]
    return (
        bool(conj) and conj[-1].right_edge.i + 1 == second.left_edge.i and (second.pos_ == "PROPN")
    )


# Prepositions whose gerund the verb's subject does ("joined France in condemning",
# "retaliated by expelling").
CONTROLLED_PREPS = frozenset({"in", "by"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb or predicate adjective, inherited through xcomp, acomp and conj."""
    from faultline.events.modality import misread_reported_act  # imported late (cycle)

    folded = folded_subject(verb)
    if folded is not None:
        return folded  # "Indonesia's new government relaxed curbs": one phrase to the parser
    tok: Token | None = verb
    for _ in range(6):
        assert tok is not None
        subjects = [c for c in tok.children if c.dep_ in SUBJ]
        document = tok.head
        if (
            tok.dep_ == "relcl"
            and any(c.tag_ in ("WDT", "WP") for c in subjects)
            and document.lemma_.lower() in DOCUMENTS | PACTS
            and document.dep_ in ("dobj", "nsubjpass")
            and document.head.lemma_.lower() in MAKING_VERBS
        ):
            # "signed an agreement that allows UN inspectors in", as "approved a law
            # recognizing ...": what a document does, its makers do (not who vetoed it)
            tok = document.head
            continue
        if subjects:
            # Two subjects are a misparse, mostly of a dateline ("HARARE (AFP) - Mbeki held
            # ..."): the one nearest before the verb is the verb's.
            before = [c for c in subjects if c.i < tok.i]
            if len(before) > 1 and _name_of_conjunct(before[-2], before[-1]):
                # "Simitis and his Turkish counterpart Bulent Ecevit discussed": the parser
                # splits the counterpart's name off as a second subject; the pair acts
                return before[-2]
            return before[-1] if before else subjects[0]
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            document = tok.head
            if document.lemma_.lower() in DOCUMENTS and document.dep_ in ("dobj", "nsubjpass"):
                # "parliament approved a law recognizing the victories": the law's makers
                tok = document.head
                continue
            return tok.head  # "warships, taking part in manoeuvres": the warships take part
        infinitive = tok.dep_ == "acl" or (
            tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )  # the parser makes "the first country to recognise" either
        if infinitive and tok.head.dep_ in ("attr", "oprd") and tok.head.head.i != tok.i:
            # "Iceland became the first country to recognise Lithuania": Iceland recognised
            tok = tok.head.head
            continue
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in INTENT_NOUNS:
            # "Tehran's decision to sever ties": whose decision it is
            owner = next((c for c in tok.head.children if c.dep_ in ("poss", "compound")), None)
            if owner is not None:
                return owner
        misparsed = tok.tag_ in FINITE or tok.head.dep_ == "ROOT" or misread_reported_act(tok)
        if tok.dep_ == "acl" and misparsed and tok.head.pos_ in ("NOUN", "PROPN"):
            # The small model hangs a sentence's main verb on its subject as a clause
            # ("Palestinian negotiators threatened ...": acl of "negotiators", the root). A
            # finite verb cannot head a reduced relative, and a sentence whose root is a noun
            # has lost its main verb: either way the noun is the subject.
            return tok.head
        if tok.tag_ in FINITE and tok.i > tok.sent.start:
            dropped = _dropped_subject(tok)
            if dropped is not None or tok.dep_ != "conj" or tok.head.i == tok.i:
                return dropped
            # "Rwandan troops crossed into Congo and attacked": a joined verb shares the
            # subject of the verb it is joined to
        if tok.dep_ in ("xcomp", "acomp", "conj", "advcl") and tok.head.i != tok.i:
            participle = tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
            controlled = tok.dep_ == "xcomp" and not any(c.dep_ == "auxpass" for c in tok.children)
            tok = tok.head
            raised = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if controlled and raised and not any(c.dep_ in SUBJ for c in tok.children):
                # "the EU is expected to impose sanctions", "Iraq was forced to withdraw":
                # the passive's subject is who does the infinitive's act
                return raised[0]
            agent = _passive_agent(tok) if participle else None
            if agent is not None:
                # "A camp was attacked by militiamen, killing 156 people": the militiamen
                # killed; "was arrested by police and charged": the police charged
                return agent
        elif tok.dep_ == "pcomp" and tok.head.head.pos_ == "ADJ":
            tok = tok.head.head  # "X are guilty of violating ...": X violated
        elif tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_PREPS:
            tok = tok.head.head  # "X said after meeting his counterpart": X met
        elif (
            tok.dep_ == "pcomp"
            and tok.head.lower_ in CONTROLLED_PREPS
            and tok.head.head.pos_ == "VERB"
        ):
            # "Britain joined France in condemning", "Britain responded by expelling":
            # the gerund's doer is the verb's subject
            tok = tok.head.head
        else:
            return None
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb ("attacked by militiamen": the militiamen), or None."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )


def bare_passive(verb: Token) -> bool:
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


def _after_a_date(tok: Token) -> list[Token]:
    """Phrases the parser hangs on a date that splits them from a nominal trigger: in "voiced
    strong disapproval on Tuesday of Israel's decision", "of Israel's decision" comes out as
    Tuesday's; it is the disapproval's."""
    if tok.pos_ != "NOUN":
        return []
    return [
        g
        for c in tok.head.children
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("on", "in", "at")
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") and p.i < tok.i + 6
        for g in p.children
        if g.dep_ == "prep" and g.i > p.i
    ]


def _against(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)


def prep_targets(tok: Token, event_type: str, index: ActorIndex) -> list[str]:
    preps = TARGET_PREPS | ({"for", "of"} if event_type in FOR_TARGET else set())
    if event_type in GIVING_TYPES | MEETING_TYPES:
        # "fired at", "protested at" name a target; "stood by its ally at the United
        # Nations", "signed a treaty at the border crossing" name where
        preps = preps - {"at"}
    if event_type == "SUPPORT":
        preps = preps | {"behind"}  # "threw its weight behind Turkey's bid"
        if tok.lemma_.lower() == "stand":
            preps = preps | {"by"}  # "stood by its ally North Korea"
    if event_type in MEETING_TYPES:
        # "talks on Nagorno-Karabakh": the topic, not a party; but the parser may hang the
        # partner inside it ("share intelligence on militant groups with Afghanistan")
        preps = preps - {"on"}
        ids_on = [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children
            for inner in p.subtree
            if inner.dep_ == "prep" and inner.lower_ in ("with", "to") and inner.i != c.i
            for q in inner.children
            if q.dep_ == "pobj"
            for a in phrase_actors(q, index)
        ]
    else:
        ids_on = []
    if tok.pos_ in ("NOUN", "PROPN") and event_type in OF_PATIENT:
        preps |= {"of"}
    if event_type in FROM_TARGET:
        preps |= {"from"}
    ids: list[str] = list(ids_on)
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
        ids += nested_prep_actors(tok, "by", "with", index)
    for c in list(tok.children) + _after_a_date(tok):
        if c.dep_ == "dative":
            ids.extend(phrase_actors(c, index))
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ != "pobj" or (
                    c.lower_ == "with" and any(is_comment(g) for g in p.children)
                ):
                    continue  # "with the ambassador saying ...": a comment, not a party
                if c.lower_ == "with" and p.lemma_.lower() in HELP_NOUNS:
                    continue
                if c.lower_ == "for" and p.i not in index.by_token and _against(p):
                    continue  # "for its campaign against drug traffickers": a cause's enemy
                if opposed_act(c, p, event_type):
                    ids.extend(own_actors(p, index))
                    continue
                ids.extend(
                    phrase_actors(p, index)
                    or breakaway_regions(p, index)
                    or (trade_origins(p, index) if c.lower_ == "on" else [])
                )
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
                        opposed = opposed_act(g, q, event_type)
                        ids.extend(own_actors(q, index) if opposed else phrase_actors(q, index))
    return ids


# What a ban or an embargo "on" falls on through where it comes from ("a ban on imports
# from Iran" falls on Iran).
TRADE_NOUNS = frozenset(
    {
        "import", "export", "shipment", "flight", "good", "product", "travel", "visitor",
        "traveller", "traveler", "national", "citizen", "investment", "vessel", "ship",
    }
)  # fmt: skip


def trade_origins(noun: Token, index: ActorIndex) -> list[str]:
    """The actors of a "from" phrase on a noun of trade or travel ("imports from Iran")."""
    if noun.lemma_.lower() not in TRADE_NOUNS:
        return []
    found = prep_actors(noun, "from", index)
    measure = noun.head.head if noun.head.dep_ == "prep" else None
    if found or measure is None or measure.dep_ not in ("dobj", "nsubjpass"):
        return found
    # The parser hangs a "from" right after the measure's phrase on the verb that governs it:
    # "imposed a ban on beef imports from Brazil" (the verb's own "from" is rare: "imposed a
    # ban from Monday", not an actor).
    return [
        a
        for c in measure.head.children
        if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.right_edge.i + 1
        for p in c.children
        if p.dep_ == "pobj"
        for a in phrase_actors(p, index)
    ]


def prep_actors(tok: Token, prep: str, index: ActorIndex) -> list[str]:
    """The actors the objects of a `prep` phrase on `tok` name."""
    return [
        a
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
        for a in phrase_actors(p, index)
    ]


OPPOSING_TYPES = frozenset({"PROTEST", "ACCUSE", "REJECT"})


def makers(obj: Token, index: ActorIndex) -> list[str]:
    """Who made a thing that is denounced or rejected, named in its own clause ("denounced a
    resolution adopted by the U.S. Congress", "the plan, drafted by U.N. mediators, was
    rejected"): the one opposed, rather than what the thing is about."""
    return participle_agents(obj, index, ("acl", "relcl"))


def participle_agents(
    noun: Token, index: ActorIndex, deps: tuple[str, ...] = ("acl",)
) -> list[str]:
    """The actors named as the agent of a past participle on `noun` ("aid sent by the United
    States", "a resolution adopted by the U.S. Congress")."""
    return [
        a
        for clause in noun.children
        if clause.dep_ in deps and clause.tag_ == "VBN"
        for agent in clause.children
        if agent.dep_ == "agent"
        for p in agent.children
        for a in phrase_actors(p, index)
    ]


def opposed_act(prep: Token, pobj: Token, event_type: str) -> bool:
    """Whether a protest or accusation is against an act ("against the invasion of Iraq",
    "over the arrest of X by Y"), whose doer, not its patient, is the one opposed."""
    if event_type not in OPPOSING_TYPES or prep.lower_ not in ("against", "at", "over"):
        return False
    entry = lookup(pobj)
    return entry is not None and entry.pos == "NOUN"


# Verbs whose complement's subject is the one let or helped to act ("allow UN inspectors
# to visit", "help Ukraine rebuild its power grid", "enable Kabul to pay salaries").
CAUSATIVES = frozenset({"allow", "let", "permit", "help", "enable", "assist"})


def allowed_actors(verb: Token, index: ActorIndex) -> list[str]:
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


GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})


def own_forces(actor_id: str, index: ActorIndex) -> bool:
    """Unplaced troops an actor offers or sends ("ready to contribute 4,000 troops"): its
    own, what it gives, not whom it gives to."""
    actor = index.actors.get(actor_id, {})
    return (
        bool(actor.get("anonymous")) and actor.get("sector") == "MIL" and not actor.get("country")
    )


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


def owned(obj: Token, index: ActorIndex | None = None) -> bool:
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


def breakaway_regions(noun: Token, index: ActorIndex) -> list[str]:
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


def anaphor(tok: Token, index: ActorIndex, exclude: list[str]) -> list[str]:
    """ "the new state" names the state last mentioned before it in the sentence."""
    if tok.lemma_.lower() not in ANAPHORS or tok.i in index.by_token:
        return []
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        actor = index.by_token.get(prev.i)
        if actor and index.kind(actor) == "state" and actor not in exclude:
            return [actor]
    return []


def nested_prep_actors(
    tok: Token,
    outer: str | frozenset[str],
    inner: str,
    index: ActorIndex,
    heads: frozenset[str] | None = None,
) -> list[str]:
    """Actors named by a prepositional phrase inside another on `tok`: "spoke by telephone
    with X" (by ... with), "act as a facilitator between X and Y" (as ... between); with
    `heads`, only inside an outer object of those lemmas ("under the peace deal with X")."""
    outers = {outer} if isinstance(outer, str) else outer
    return [
        a
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in outers
        for p in c.children
        if heads is None or (p.dep_ == "pobj" and p.lemma_.lower() in heads)
        for g in p.children
        if g.dep_ == "prep" and g.lower_ == inner
        for q in g.children
        for a in phrase_actors(q, index)
    ]
