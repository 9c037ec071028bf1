"""Find event triggers in a parse: lexicon verbs, adjectives and nouns, with their frames.

Precedence, so one act is coded once: a governing trigger wins over the trigger in its
to-infinitive ("threatened to break relations" is THREATEN); a verb trigger consumes the noun
trigger it takes as object ("withheld support" is one REJECT); a light verb passes its noun
through ("held talks" is CONSULT on the noun); a reversal verb turns its noun into another type
(data/events/reversals.tsv).

What a trigger only names is no act of its own, even where a light verb carries it: the content
of a demand, promise, threat or refusal ("ready to hold talks"), with its conjuncts and
purposes; what an accusation or arrest is for ("accused the army of torturing"); what a verb of
stopping stops ("prevented them from marching"); what is yielded to ("gave in to demands"); a
protest's topic ("marched demanding the ouster"); the purpose of a military move or of force;
what aid is given for ("a loan to support reforms").
A warning whose that-clause announces a hostile act is coded by that act, which the stage
types as the threat, unless the act is only possible or only the warning's condition.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from faultline.actors.collectives import collective_nouns
from faultline.actors.gazetteer import gazetteer
from faultline.events.lexicon import (
    Entry,
    entries_by_key,
    known_verbs,
    light_preps,
    light_verbs,
    reversals,
    verb_lemma,
)
from faultline.events.modality import CONDITION_MARKS, modality, negation_marked
from faultline.nlp import doc_lowers, doc_tokens
from faultline.parse_slips import folded_body

OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
CAUSATIVES = frozenset({"allow", "let", "permit"})
# Verbs whose subject is the act when they take no object ("talks resumed in Washington").
ASPECT_SUBJECT = frozenset(
    {"begin", "start", "resume", "continue", "open", "end", "conclude", "close", "proceed"}
    # "clashes erupted", "fighting broke out", "protests spread to Homs"
    | {"erupt", "break", "flare", "spread", "rage", "escalate", "intensify", "persist"}
)
# Nouns that measure or group what a verb acts on ("thousands of troops", "$2 billion of
# debt", "a battery of missiles"): the object is the noun of their of-phrase.
QUANTITIES = frozenset(
    {
        "thousand",
        "hundred",
        "dozen",
        "score",
        "million",
        "billion",
        "ten",
        "number",
        "contingent",
        "battalion",
        "unit",
        "group",
        "team",
        "convoy",
        "shipment",
        "consignment",
        "load",
        "tonne",
        "ton",
        "half",
        "third",
        "quarter",
        "percent",
        "part",
        "portion",
        "share",
        "bulk",
        "batch",
        "volume",
        "quantity",
        "amount",
        "barrel",
        "franc",
        "dollar",
        "euro",
        "pound",
        "yen",
        # "50 billion naira in relief funds": a sum in any currency
        *("naira", "shilling", "rupee", "yuan", "rouble", "ruble", "peso", "dinar", "riyal"),
        *("rand", "lira", "krone", "krona", "taka", "cedi", "birr", "kwacha", "dirham", "won"),
        "battery",
        "round",
        "package",
        "hour",
        "day",
        "week",
        # "the first of thousands of peacekeepers"
        "first",
        "last",
    }
)
# The parser labels a recipient's "to" a dative ("handed power to a civilian government").
PREP_DEPS = ("prep", "dative")
# "walked free", "were set free": the parser makes the resultative adjective an acomp or oprd;
# "said no to": the answer an interjection.
PRT_DEPS = frozenset({"prt", "advmod", "prep", "acomp", "oprd", "intj"})


@dataclass
class Trigger:
    token: Token  # the word that carries the event: a verb, adjective or noun
    entry: Entry
    noun: Token | None = None  # the nominal the verb governs (light verbs, reversals)
    # For a reversed "support for sanctions" the sanction noun whose target is the target.
    inner: Token | None = None

    @property
    def nominal(self) -> bool:
        """The trigger is the noun a light verb carries ("held talks"). Tokens are compared
        by index: spaCy makes a new Token object on every access."""
        return self.noun is not None and self.noun.i == self.token.i


def objects(tok: Token) -> list[Token]:
    """Direct objects, or for a passive the subject, which is the object underneath."""
    out = [c for c in tok.children if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass"]
    if not out:
        out = [c for c in tok.children if _misread_noun_clause(c)]
    if not out and folded_subject(tok) is not None:
        out = [tok.head]  # "the government relaxed curbs": the phrase's head is the object
    # The parser chains a list's conjuncts ("trucks, radios and rifles": "rifles" hangs on
    # "radios"), so each conjunct's own conjuncts count too.
    for c in out:  # the list grows as it is read: a chain is followed to its end
        out.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _misread_noun_clause(tok: Token) -> bool:
    """An object noun the parser reads as a clause, its name modifier as the subject
    ("accepted an African Union offer to mediate": "an African Union" subject of a verb
    "offer"): a base-form verb cannot agree with a singular name, and an indefinite article
    before a name only opens a noun phrase. A subjunctive ("insisted that Doha close") has no
    article and usually its "that"."""
    if tok.dep_ != "ccomp" or tok.tag_ not in ("VB", "VBP"):
        return False
    if any(c.dep_ in ("mark", "aux", "neg") for c in tok.children):
        return False
    return any(
        s.dep_ == "nsubj"
        and s.tag_ == "NNP"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children)
        for s in tok.children
    )


# Nouns of a governing body that the small model folds, with the verb after them, into the
# noun phrase of the verb's object ("Indonesia's new government relaxed curbs on the press":
# "government" compound and "relaxed" amod of "curbs").
FOLDED_SUBJECTS = frozenset(
    {"government", "authority", "junta", "regime", "military", "army", "parliament", "court",
     "cabinet", "police", "ministry"}
)  # fmt: skip


def _plural_collective(tok: Token) -> bool:
    """A plural noun of an unnamed body of people ("Protesters", "rebels")."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in collective_nouns()


def folded_subject(tok: Token) -> Token | None:
    """The subject of a clause read as one noun phrase (`parse_slips.folded_body`): a
    governing body's noun, a plural collective, or a state's name where the sentence has lost
    its main verb ("China test-fired missiles ...": the root is "missiles"; not "The Iran
    funded militias attacked"). The state's possessive, which the parser also hangs on the
    head, names the body when there is one ("Indonesia's ... government relaxed curbs")."""
    body = folded_body(tok)
    if body is None:
        return None
    head = tok.head
    state = body.pos_ == "PROPN" and body.ent_type_ in ("GPE", "NORP") and head.dep_ == "ROOT"
    if not (body.lemma_.lower() in FOLDED_SUBJECTS or _plural_collective(body) or state):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < body.i), None)
    return owner if owner is not None else body


# Acts whose to-infinitive holds what is threatened, refused, promised or demanded.
INFINITIVE_GOVERNORS = frozenset({"THREATEN", "REJECT", "AGREE", "REQUEST"})


def infinitival(tok: Token) -> bool:
    """A to-infinitive complement; the parser labels one separated from its verb ("threatened
    on Monday to close ...", "called for Suharto to step down") an adverbial clause."""
    if tok.dep_ == "xcomp":
        return True
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # After an object it is a purpose ("demanded a meeting to discuss ..."), not what is asked.
    return not any(c.dep_ in OBJ_DEPS for c in tok.head.children)


def _has_xcomp(tok: Token) -> bool:
    # "declared itself ready on Monday to open negotiations": a to-infinitive the parser
    # detaches as an adverbial clause counts, as for the governors of INFINITIVE_GOVERNORS
    return any(
        (c.dep_ in ("xcomp", "ccomp") or infinitival(c)) and c.pos_ in ("VERB", "AUX")
        for c in tok.children
    )


def inverted_report(tok: Token) -> bool:
    """A reporting verb after its clause ("It was Armenia, the ministry charged, that ...",
    "... are failing refugees, a rights group protested"): the parser hangs it as a clause of
    its own subject noun, set off by a comma, with no object of its own."""
    head = tok.head
    if tok.dep_ not in ("acl", "parataxis") or head.pos_ not in ("NOUN", "PROPN"):
        return False
    # "The expulsion, ordered by Manila, ...": a passive participle is no report.
    if objects(tok) or any(c.dep_ in ("agent", "auxpass") for c in tok.children):
        return False
    return report_break(tok) is not None


def report_break(tok: Token) -> int | None:
    """Where the subject phrase of a reporting verb set after its clause begins: the comma
    or dash the phrase runs back to from the verb ("Armenia, | Azerbaijan's defence ministry
    charged"), or None when the verb's own noun phrase ends first."""
    phrase = {t.i for t in tok.head.subtree}
    j = tok.i - 1
    while j >= 0 and tok.doc[j].text not in CLAUSE_BREAKS and j in phrase:
        j -= 1
    return j if j >= 0 and tok.doc[j].text in CLAUSE_BREAKS else None


CLAUSE_BREAKS = frozenset({",", "--", "-"})


def _pred_lemmas(tok: Token) -> set[str]:
    """What a that-clause predicates: its predicate adjectives and nouns, their conjuncts and
    the adjectives on them ("was an internal matter and a legitimate fight": legitimate)."""
    out: set[str] = set()
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if tok.dep_ == "parataxis":  # "... was a legitimate fight, it said": the clause heads it
        clauses.append(tok.head)
    for c in clauses:
        preds = [g for g in c.children if g.dep_ in ("acomp", "attr")]
        preds += [x for p in preds for x in p.children if x.dep_ == "conj"]
        out.update(p.lemma_.lower() for p in preds)
        out.update(a.lemma_.lower() for p in preds for a in p.children if a.dep_ == "amod")
        if c.lemma_.lower() == "be":  # "said Kyiv was behind the attack"
            out.update(p.lower_ for p in c.children if p.dep_ == "prep" and p.lower_ == "behind")
    return out


def _ccomp_auxes(tok: Token) -> set[str]:
    """The modals of a that-clause of `tok`, and of the verbs joined to its head ("saying
    the sanctions had failed and should be reviewed": the demand is the second verb's)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [
        j for c in clauses for j in c.children if j.dep_ == "conj" and j.pos_ in ("VERB", "AUX")
    ]
    return {a.lower_ for c in clauses for a in c.children if a.dep_ == "aux"}


def _asserted_verbs(tok: Token) -> set[str]:
    """Lemmas of the verbs a that-clause of `tok` asserts as done, down to its to-infinitives
    ("said a British diplomat had recruited officials to spy"): none under a negation or a
    modal ("said the satellite would not be used to spy" asserts no spying), nor a gerund or
    participle that only names the act ("expelled two diplomats for spying", "held on spying
    charges": the reason of another act)."""
    return {
        t.lemma_.lower()
        for c in tok.children
        if c.dep_ == "ccomp"
        for t in c.subtree
        if t.pos_ == "VERB" and t.dep_ not in NAMING_DEPS and _unqualified(t, c)
    }


# Where a verb only names an act: a preposition's gerund, a modifier, a participle.
NAMING_DEPS = frozenset({"pcomp", "pobj", "amod", "compound", "acl", "nmod"})


def _unqualified(verb: Token, top: Token) -> bool:
    """No verb from `verb` up to `top` is negated or takes a modal."""
    cur = verb
    while True:
        if any(a.dep_ == "neg" or (a.dep_ == "aux" and a.tag_ == "MD") for a in cur.children):
            return False
        if cur.i == top.i or cur.head.i == cur.i:
            return True
        cur = cur.head


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, also through a second one ("walked out of the talks")."""
    # "described the sanctions as illegal": an adjective in the phrase's place.
    out = [p for p in prep.children if p.dep_ in ("pobj", "amod", "acomp")]
    # "took into custody 24 staff members": the parser makes the object a modifier of the
    # noun after it
    out += [m for p in list(out) for m in p.children if m.dep_ == "nmod" and m.i < p.i]
    out += [q for p in prep.children if p.dep_ == "prep" for q in p.children if q.dep_ == "pobj"]
    return out


# Prepositions that may only date an act ("called up reservists on Sunday"); others, with a
# time for object, still frame it ("gave them until Friday to ...", "bowing to weeks of
# protests").
DATING_PREPS = frozenset({"on", "in", "at", "during"})


def _temporal(prep: Token) -> bool:
    """A dating preposition whose only objects are dates or times ("called up reservists on
    Sunday"): no frame's "on" or "in"."""
    if prep.lower_ not in DATING_PREPS:
        return False
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _for_to_clause(tok: Token) -> bool:
    """The verb governs a for-to clause ("called for Suharto to step down"), whose "for" the
    parser makes the clause's marker."""
    return any(
        m.dep_ == "mark" and m.lower_ == "for"
        for c in tok.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
    )


def _quantified(heads: list[Token]) -> set[str]:
    """Lemmas of `heads` and, for a quantity among them, of its of-phrase ("deployed thousands
    of troops", "a contingent of 700 soldiers")."""
    lemmas = {o.lemma_.lower() for o in heads}
    # A capitalised plural keeps its "-s" ("20 Benin Bronzes"): the model lemmatises no names.
    lemmas |= {o.lower_[:-1] for o in heads if o.tag_ == "NNPS" and o.lower_.endswith("s")}
    # "his supporters' sit-in": the tokenizer splits the hyphenated noun and the parser heads it
    # with its last part ("in"), so the whole word counts.
    lemmas |= {w for w in map(_hyphenated, heads) if w}
    # "$300 million in military equipment", "7 million euros in development aid"
    lemmas |= {p.lemma_.lower() for o in heads for p in _measured(o)}
    # "an aircraft carrier group", "a police unit": the compound names what is grouped
    lemmas |= {
        c.lemma_.lower()
        for o in heads
        if o.lemma_.lower() in QUANTITIES
        for c in o.children
        if c.dep_ == "compound"
    }
    return lemmas


def _hyphenated(tok: Token) -> str | None:
    """The whole lowercased word a hyphenated noun split into parts makes ("sit - in" ->
    "sit-in"), read back from `tok`, its last part, or None when `tok` is no such part."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    if doc[i - 2].head.i != i:  # the first part must hang on the last
        return None
    return f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"


# Nouns that only group what their of-phrase names, for matching what a verb acts on ("its
# campaign of general strikes", "a wave of attacks"), beside the quantities.
GROUPINGS = frozenset({"campaign", "wave", "series", "spate", "string", "programme", "program"})


def _measured(head: Token, depth: int = 2) -> list[Token]:
    """What a quantity or grouping measures: its of/in phrase, through a quantity of a
    quantity ("the first of thousands of peacekeepers")."""
    if head.lemma_.lower() not in QUANTITIES | GROUPINGS:
        return []
    out = [
        p
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for p in c.children
    ]
    if depth > 1:
        out += [m for p in list(out) for m in _measured(p, depth - 1)]
    return out


def _named(heads: list[Token], wanted: frozenset[str]) -> bool:
    """A requirement value "@TYPE" names an entity type ("@PERSON": received Mazowiecki)."""
    types = {w[1:] for w in wanted if w.startswith("@")}
    return bool(types) and any(
        h.ent_type_ in types and not (h.ent_type_ == "ORG" and _a_place(h)) for h in heads
    )


_PLACE_KINDS = frozenset({"state", "region", "place"})


def _a_place(tok: Token) -> bool:
    """A name the NER calls an organisation that the gazetteer knows as a state or region
    ("withdrew from Crimea": a territory, not a treaty body)."""
    gaz = gazetteer()
    alias = gaz.alias(tok.text)
    return alias is not None and gaz.actors.get(alias.actor, {}).get("kind") in _PLACE_KINDS


def _subjects(tok: Token) -> list[Token]:
    """The verb's subjects; a conjoined verb without one shares its head's ("were declared
    persona non grata and given 72 hours")."""
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subs and tok.dep_ in ("conj", "xcomp"):  # "gas began flowing to Israel"
        subs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subs + [x for s in subs for x in s.children if x.dep_ == "conj"]


def _to_infinitives(tok: Token) -> list[Token]:
    """To-infinitives under any label: xcomp, an adverbial clause with "to" that the parser
    detaches after an object ("gave Belgrade 48 hours to pull its forces back"), or a clause
    it hangs on the object or time phrase ("gave the diplomats 72 hours to leave")."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ in NOMINAL_DEPS for g in c.children)]
    return [
        c
        for c in near
        if (c.pos_ in ("VERB", "AUX") or _bare_infinitive_adjective(c))
        and (
            c.dep_ == "xcomp"
            or (
                c.dep_ in ("advcl", "relcl", "acl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            )
        )
    ]


# Nominal children of a verb besides its subject: objects and bare time phrases ("72 hours").
NOMINAL_DEPS = frozenset({"dobj", "dative", "npadvmod", "attr", "oprd"})


def _object_lemmas(tok: Token, entry: Entry) -> tuple[list[Token], set[str]]:
    heads = objects(tok)
    if not heads and entry.prt:  # "called off its demonstrations", "passed on information":
        # the parser makes the entry's particle a preposition and the object its object
        heads = [
            p
            for c in tok.children
            if c.dep_ in ("prep", "prt") and c.i == tok.i + 1 and c.lower_ == entry.prt
            for p in c.children
            if p.dep_ == "pobj"
        ]
    if not heads:  # "will train and equip the fighters": the conjoined verb's object is shared
        conjoined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        heads = [o for c in conjoined for o in objects(c)]
    if tok.lemma_.lower() in CAUSATIVES:  # "allowed peacekeepers to land"
        heads += [
            s
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]
    # "the accord, which was signed": a relative clause's pronoun object is its antecedent.
    if tok.dep_ == "relcl" and any(h.tag_ in ("WDT", "WP") for h in heads):
        heads.append(tok.head)
    # "gave Belgrade 48 hours": a bare time phrase; "branded the visit a provocation": the
    # parser's apposition holds the object's predicate.
    heads += [c for c in tok.children if c.dep_ == "npadvmod"]
    heads += [a for h in list(heads) for a in h.children if a.dep_ == "appos"]
    # "signed an accord normalising relations": the parser makes the object a modifier of
    # the noun its participle takes
    heads += [m for h in list(heads) for m in h.children if m.dep_ == "nmod" and m.i < h.i]
    if any(_amount(h) for h in heads):  # "received $2bn in aid": the "in" phrase on the verb
        heads += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    lemmas = _quantified(heads)
    if entry.pos == "NOUN":  # "hunger strike": the qualifier is a modifier of the noun,
        # or of a modifier ("joint military exercises": "joint" on "military")
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        mods += [g for m in list(mods) for g in m.children if g.dep_ in ("compound", "amod")]
        lemmas = {m.lemma_.lower() for m in mods}
    return heads, lemmas


def _amount(tok: Token) -> bool:
    """A sum or a count ("$2bn", "millions of dollars"), which measures what it is "in"."""
    return tok.ent_type_ == "MONEY" or tok.like_num or tok.lemma_.lower() in QUANTITIES


def _particles(tok: Token) -> list[Token]:
    """The verb's particles, and a resultative adjective the parser hangs on the object after
    it ("held Hamas responsible": "responsible" an amod of "Hamas") or before it."""
    out = [c for c in tok.children if c.dep_ in PRT_DEPS]
    # "set free the tourist": a resultative before the object, parsed as a clause
    out += [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "ADJ"]
    # ... or right after the verb ("set free two British tourists": "free" an amod of
    # "tourists"; "set free American journalist Terry Anderson": of a compound in the name)
    out += [
        a
        for o in objects(tok)
        for a in o.children
        if a.dep_ == "amod" and (a.i > o.i or a.i == tok.i + 1)
    ]
    out += [
        a
        for o in objects(tok)
        for c in o.children
        if c.dep_ == "compound"
        for a in c.children
        if a.dep_ == "amod" and a.i == tok.i + 1
    ]
    # "brought Mobutu and Kabila together": an adverb particle the parser hangs on the object,
    # or on the phrase after it ("together aboard a ship", "together for talks")
    out += [a for o in objects(tok) for a in o.children if a.dep_ == "advmod" and a.i > o.i]
    out += [
        a
        for p in tok.children
        if p.dep_ == "prep"
        for a in p.children
        if a.dep_ == "advmod" and a.i == p.i - 1
    ]
    return out


def matches(tok: Token, entry: Entry) -> bool:
    if entry.ccomp_aux and not _ccomp_auxes(tok) & entry.ccomp_aux:
        return False
    if entry.clause and not _asserted_verbs(tok) & entry.clause:
        return False
    if entry.obj:
        heads, lemmas = _object_lemmas(tok, entry)
        if not lemmas & entry.obj and not _named(heads, entry.obj):
            return False
    if entry.notobj and _object_lemmas(tok, entry)[1] & entry.notobj:
        return False
    if "*" in entry.notobj and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "notobj=*": no object at all ("This demonstrates the forces" shows)
    # "a report released in Tashkent": a passive participle's object is the noun it modifies,
    # evidence against a reading ("released" is no release of prisoners here) though not for
    # one (the sanctions "imposed on" X are background, not a new act).
    participle = tok.dep_ == "acl" and tok.tag_ == "VBN"
    if entry.notobj and participle and tok.head.lemma_.lower() in entry.notobj:
        return False
    # The parser labels particles prt, advmod or prep ("stepped down", "walked out").
    if entry.prt and not any(c.lower_ == entry.prt for c in _particles(tok)):
        return False
    # The parser may hang the preposition on the object ("warned Iraq of retaliation"), or a
    # noun's on the verb that takes it ("voiced opposition to the sale").
    near = [*tok.children, *(g for o in objects(tok) for g in o.children)]
    # "handed Yousef, suspected of ..., over to U.S. agents": "to" hangs on the particle
    near += [g for c in tok.children if c.dep_ in ("prt", "advmod") for g in c.children]
    if entry.pos == "NOUN" and tok.dep_ in OBJ_DEPS:
        near += [c for c in tok.head.children if c.i > tok.i]
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "was furious at": "at" hangs on "was"
        near += [c for c in tok.head.children if c.i > tok.i]
    # "called on Tuesday for President Suharto to step down": a for-to clause's "for" counts
    if (
        entry.prep
        and not any(
            c.dep_ in PREP_DEPS and c.lower_ in entry.prep and not _temporal(c) for c in near
        )
        and not ("for" in entry.prep and _for_to_clause(tok))
    ):
        return False
    if entry.pobj:
        # As with prep, the phrase may hang on the object ("ordered the channel off the air"),
        # or on an adverbial particle ("walked away from the talks").
        pobjs = [
            p
            for c in near
            if c.dep_ in (*PREP_DEPS, "prt", "advmod")
            and (not entry.prep or c.lower_ in entry.prep)
            for p in _pobjs(c)
        ]
        if not _quantified(pobjs) & entry.pobj and not _named(pobjs, entry.pobj):
            return False
    if entry.subj and not _subject_lemmas(_subjects(tok)) & entry.subj:
        return False
    if entry.notsubj and _not_actor_lemmas(_subjects(tok)) & entry.notsubj:
        return False
    if entry.ctx and not {t.lemma_.lower() for t in tok.subtree} & entry.ctx:
        return False
    if entry.toinf:
        infs = _to_infinitives(tok)
        if not infs or (
            entry.toinf_lemmas and not {i.lemma_.lower() for i in infs} & entry.toinf_lemmas
        ):
            return False
    if entry.xcomp and not (
        _has_xcomp(tok) or (entry.type in VERBAL_TYPES and inverted_report(tok))
    ):
        return False
    if (
        entry.main
        and tok.dep_ in ADJUNCT_DEPS
        and not _nonrestrictive_relative(tok)
        and not (entry.mode == "arrest" and _trailing_participle(tok))
    ):
        return False
    if entry.subjunctive and not _subjunctive(tok):
        return False
    if entry.neg and not negation_marked(tok):
        return False
    if entry.benign and any(_hostile(c) for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        return False
    return not (entry.pred and not _pred_lemmas(tok) & entry.pred)


def _subject_lemmas(subjects: list[Token]) -> set[str]:
    """What the subjects are, for a requirement on them: their lemmas through quantities, and
    the title before a name ("Chinese Premier Zhu Rongji flew into Nairobi": premier)."""
    titles = {
        c.lemma_.lower()
        for s in subjects
        if s.pos_ == "PROPN"
        for c in s.children
        if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ != "PERSON"
    }
    return _quantified(subjects) | titles


def _not_actor_lemmas(subjects: list[Token]) -> set[str]:
    """The subjects' lemmas through quantities, and the kind word a name is given under
    ("Typhoon Haiyan killed 6,000 people": a typhoon)."""
    kinds = {
        c.lemma_.lower()
        for s in subjects
        if s.pos_ == "PROPN"
        for c in s.children
        if c.dep_ == "compound" and c.i < s.i
    }
    return _quantified(subjects) | kinds


def _subjunctive(tok: Token) -> bool:
    """The verb governs a clause with a subject of its own and a bare verb, with no modal
    ("insisted that Doha close", "wants Turkey to recognise"): what another is to do."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or any(g.tag_ == "MD" for g in c.children):
            continue
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        # A bare form, or one without -s after a singular subject ("that Qatar close").
        singular = any(g.tag_ in ("NN", "NNP") for g in subjects)
        if subjects and (c.tag_ == "VB" or (c.tag_ == "VBP" and singular)):
            return True
    return False


def _hostile(tok: Token) -> bool:
    found = lookup(tok)
    return found is not None and found.type in THREATENABLE


# Types of speech acts, whose verb may follow the clause it reports ("..., the ministry
# charged").
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AGREE", "REJECT", "SUPPORT"})
# Clauses that hang on another word: participles, purposes, relative clauses.
ADJUNCT_DEPS = frozenset({"advcl", "acl", "relcl", "pcomp", "amod", "npadvmod"})


# Named entities whose proper-noun words are part of a name, never a nominal act.
NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


_KEY_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ", "PROPN": "NOUN"}


def lookup(tok: Token) -> Entry | None:
    """The lexicon entry `tok` triggers, if any."""
    key_pos = _KEY_POS.get(tok.pos_)
    if key_pos is None:
        return None
    # Most words are no key of the lexicon at all: settle them before reading the parse
    # around them (an adjective may still stand for a verb: "Seoul relaxed restrictions").
    lemma = verb_lemma(tok) if key_pos == "VERB" else tok.lemma_.lower()
    if key_pos != "ADJ" and (lemma, key_pos) not in entries_by_key():
        return None
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "March 2001" is a month, not a march
    if tok.pos_ == "PROPN" and tok.ent_type_ in NAME_ENTITIES:
        return None  # "Amnesty International", "Relief International" are names, not acts
    if _classifier(tok):
        return None  # "aid workers", "attack helicopters", "the sanctions committee"
    if key_pos == "NOUN" and _undone(tok):
        return None  # "the government relaxed curbs": the parser's participle undoes them
    if tok.lemma_.lower() in ATTEMPTS and any(infinitival(c) for c in tok.children):
        return None  # "sought to rally Arab opposition": an attempt is coded by what it tries
    if key_pos == "ADJ" and _adjective_verb(tok) is not None:
        lemma, key_pos = str(_adjective_verb(tok)), "VERB"
    for entry in entries_by_key().get((lemma, key_pos), []):
        if matches(tok, entry):
            return entry
    return None


# Verbs of trying, whose to-infinitive is the act attempted.
ATTEMPTS = frozenset({"seek", "try", "attempt", "strive", "endeavour", "endeavor"})
# Nouns a nominal act classifies while the act stays theirs ("an aid package", "a relief
# shipment"): a light verb carries the act through them.
ACT_CONTAINERS = frozenset(
    {"package", "shipment", "consignment", "programme", "program", "convoy", "tranche", "airlift"}
    # "began impeachment proceedings", "a bombing campaign", "a civil disobedience movement"
    | {"proceeding", "campaign", "movement"}
)


# Participles that undo the restriction they modify ("relaxed curbs", "lifted sanctions").
UNDOING = frozenset({"relax", "ease", "lift", "loosen", "scrap", "rescind", "remove", "end"})


def _undone(tok: Token) -> bool:
    """A noun modified by a past participle that undoes it: the parser reads "the government
    relaxed curbs on the press" as a noun phrase, and curbs relaxed are no curbs imposed."""
    return any(
        c.dep_ == "amod"
        and (c.tag_ == "VBN" or folded_subject(c) is not None)
        and (verb_lemma(c) in UNDOING or _adjective_verb(c) in UNDOING)
        for c in tok.children
    )


def _classifier(tok: Token) -> bool:
    """A noun that only classifies the noun it modifies ("aid workers", "ceasefire agreement",
    "arrest warrant") names no act of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "compound":
        return False
    return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() not in ACT_CONTAINERS


def _adjective_verb(tok: Token) -> str | None:
    """The verb a past participle mistagged as an adjective stands for, when it takes a direct
    object as only a verb can ("Seoul relaxed restrictions", tagged ADJ): "relax"."""
    if not any(c.dep_ == "dobj" for c in tok.children) and folded_subject(tok) is None:
        return None
    if _bare_infinitive_adjective(tok) and tok.lower_ in known_verbs():
        return tok.lower_  # "pressed Beijing to free jailed dissidents"
    if not tok.lower_.endswith("ed"):
        return None
    for cut in (tok.lower_[:-1], tok.lower_[:-2], tok.lower_[:-3]):  # relaxed, eased, banned
        if cut in known_verbs():
            return cut
    return None


def _nonrestrictive_relative(tok: Token) -> bool:
    """A relative clause set off by a comma ("NATO, which on Wednesday gave the Bosnian Serbs
    ten days to pull back, ..."): it asserts an act of its own, as a main clause does."""
    if tok.dep_ != "relcl":
        return False
    rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if rel is None or rel.lower_ not in ("which", "who") or rel.i == 0:
        return False
    return tok.doc[rel.i - 1].text == ","


def _trailing_participle(tok: Token) -> bool:
    """A participle clause set off by a comma after the verb it hangs on, with no conjunction
    of its own ("..., detaining 23 people", not "after detaining" or "while arresting"): for
    arrests, an act of its own beside the main verb's, unlike the consequences other
    participles name ("blocked the bridge, stopping a convoy"; "lifted the ban, allowing
    exiles to return")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return False
    if any(c.dep_ in ("mark", "aux", "auxpass", "nsubj") for c in tok.children):
        return False
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].text == ","


def _bare_infinitive_adjective(tok: Token) -> bool:
    """An adjective after "to" with a direct object: a verb the tagger took for its adjective
    ("to free jailed dissidents")."""
    return tok.pos_ == "ADJ" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


# Phrases that make whatever their verb does the act they name ("shut their shops in
# protest", "dumped tomatoes on the streets in protest", "restarted its reactor in defiance of
# the United Nations", "circled Taiwan in a show of force"): (preposition, noun lemma).
CARRIED_PHRASES = frozenset({("in", "protest"), ("in", "defiance"), ("in", "show")})


def _prep_objects(verb: Token) -> list[Token]:
    """Objects of the prepositions a light verb-preposition pair takes ("went on strike"), and
    of the phrases any verb carries ("shut their shops in protest")."""
    lemma = verb_lemma(verb)
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and (
            (lemma, prep.lower_) in light_preps()
            or (prep.lower_, pobj.lemma_.lower()) in CARRIED_PHRASES
        )
    ]


# Pronouns and nouns that take a part of what their of-phrase names ("most of its sanctions").
PARTITIVES = frozenset({"most", "some", "all", "many", "much", "rest", "remainder", "majority"})
# An object that only measures or groups the act ("$500 million in aid", "a wave of
# attacks"): the act is the noun in its "in"/"of" phrase.
CONTAINER_PREPS = frozenset({"in", "of"})


def _carried(obj: Token, found: dict[int, Trigger]) -> Token:
    """The noun trigger a light verb's object stands for: itself, or the trigger noun in its
    in/of phrase when the object is none ("gave $500 million in economic aid")."""
    if obj.i in found:
        return obj
    for mod in obj.children:  # "announced an aid package"
        if mod.dep_ == "compound" and mod.i in found and found[mod.i].entry.pos == "NOUN":
            return mod
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in CONTAINER_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i in found and found[pobj.i].entry.pos == "NOUN":
                    return pobj
    return obj


def _inner_sanction(noun: Token) -> Token | None:
    """The sanction in "support for sanctions": supporting a sanction is sanctioning."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for pobj in prep.children:
                found = lookup(pobj)
                if pobj.dep_ == "pobj" and found is not None and found.type == "SANCTION":
                    return pobj
    return None


# Hostile acts the events stage turns into threats when their actor announces them (mirror of
# THREAT_CAMEO in events/__init__.py): a warning that holds one is coded by that act.
THREATENABLE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})


def _purpose(tok: Token) -> bool:
    """An adverbial to-infinitive: a purpose ("sent troops to help Haiti")."""
    return tok.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _content(verb: Token, found: dict[int, Trigger]) -> set[int]:
    """The triggers a named act consists of: itself, the nominal a light verb of it carries
    ("hold talks"), and its own purposes ("to lead a force to help Haiti")."""
    out = {verb.i} if verb.i in found else set()
    carriers = objects(verb) if verb_lemma(verb) in light_verbs() else []
    for obj in carriers + _prep_objects(verb):
        noun = _carried(obj, found)
        if noun.i in found and found[noun.i].entry.pos == "NOUN":
            out.add(noun.i)
    for c in verb.children:
        if _purpose(c):
            out |= _content(c, found)
    return out


ALLEGED_PREPS = frozenset({"of", "for", "with"})
# Verbs of denying, whose clause is what the actor says did not happen.
DENIALS = frozenset({"deny", "refute", "dispute"})
# Acts whose purpose clause is only intended: promises, demands, threats and refusals, and
# military moves and force ("opened fire to disperse the crowd").
INTENDING_TYPES = INFINITIVE_GOVERNORS | {"MOBILIZE", "ASSAULT"}
# What aid is given for ("to support reforms", "to help the victims", "to back the army").
AIMS_OF_AID = frozenset({"AID", "SUPPORT", "COOPERATE"})


def _prevented(
    tok: Token, found: dict[int, Trigger], preps: frozenset[str] = frozenset({"from"})
) -> list[int]:
    """Triggers in the gerund clause of a preposition: the "from" clause of a verb of stopping
    ("from entering the country"), the "of" clause of an accusation ("of torturing")."""
    return [
        t.i
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "VERB")  # a gerund
        for t in g.subtree
        if t.i in found
    ]


def _own_subject(tok: Token) -> bool:
    return any(g.dep_.startswith("nsubj") for g in tok.children)


def _in_condition(tok: Token, top: Token) -> bool:
    """`tok` lies in an "if"/"unless" clause below `top` ("... unless Damascus expelled ...")."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in cur.children
        ):
            return True
        cur = cur.head
    return False


def _warned_acts(warn: Token, found: dict[int, Trigger]) -> list[int]:
    """Triggers a warning's that-clause announces, leaving out the conditions it sets: in
    "warned Syria that it would cut the water unless Damascus expelled Ocalan" the expulsion
    is what is demanded, not the threat."""
    return [
        t.i
        for c in warn.children
        if c.dep_ == "ccomp"
        for t in c.subtree
        if t.i in found
        and t.i != warn.i
        and not _in_condition(t, c)
        and not _in_modifier(t, c)
        and _announced(found[t.i])
    ]


def _in_modifier(tok: Token, top: Token) -> bool:
    """`tok` lies in a clause that modifies a noun below `top` ("would deal ruthlessly with
    anyone taking part in demonstrations"): who is threatened, not what is threatened."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("acl", "relcl"):
            return True
        cur = cur.head
    return False


def _announced(trig: Trigger) -> bool:
    """A warned act that the stage codes: a verb, or a noun a light verb carries ("would
    launch an attack"); not a noun subject ("warned that any attack would be met with ...") nor
    what the warned party would face ("could face sanctions")."""
    if trig.entry.pos != "NOUN":
        return True
    head = trig.token.head
    if trig.token.dep_ in OBJ_DEPS:
        return verb_lemma(head) in light_verbs()
    return trig.token.dep_ == "pobj" and (verb_lemma(head.head), head.lower_) in light_preps()


def _named_by_noun(trig: Trigger, found: dict[int, Trigger]) -> set[int]:
    """ "a one-week ultimatum to reinstate Bazoum", "its offer to send troops": what a demand,
    threat, promise or refusal noun names is not an act of its own."""
    if trig.entry.type not in INFINITIVE_GOVERNORS:
        return set()
    clauses = _to_infinitives(trig.token)
    if trig.entry.type == "REQUEST":
        # "demands that he step down", "calls for him to resign": what is demanded
        clauses += demanded_clauses(trig.token)
    head = trig.token.head
    if trig.token.dep_ in OBJ_DEPS and verb_lemma(head) in light_verbs():
        # "stepped up pressure on Belarus to free prisoners": the clause hangs on the light verb
        clauses += [c for c in _to_infinitives(head) if not _own_subject(c)]
    inside = (t.i for c in clauses for t in c.subtree)
    return {i for i in inside if i in found}


# Clause relations the parser gives a demand's content ("demands that he step down" is often
# read as a relative clause).
CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl"})


def demanded_clauses(noun: Token) -> list[Token]:
    """The content clauses of a demand noun: a "that" or "for ... to" clause hung on it, or,
    where the parser hangs it on the verb of the demand's object ("dismissed opposition
    demands on Tuesday that he step down"), on that verb. A relative clause whose "that" is
    an argument ("the demands that the rebels made") is none."""

    def content(c: Token) -> bool:
        marked = any(
            g.dep_ == "mark" and g.lower_ in ("that", "for") or g.dep_ == "aux" and g.lower_ == "to"
            for g in c.children
        )
        # "demands that he step down" misread as a relative clause with "that" its object:
        # a phrasal verb with its particle has no room for one
        phrasal = any(g.dep_ == "prt" for g in c.children) and any(
            g.dep_ == "dobj" and g.lower_ == "that" for g in c.children
        )
        return c.dep_ in CONTENT_DEPS and (marked or phrasal)

    out = [c for c in noun.children if content(c)]
    if noun.dep_ in OBJ_DEPS:
        out += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i and content(c)]
    return out


def _coded_by_its_act(trig: Trigger, found: dict[int, Trigger]) -> bool:
    """ "warned it would attack": the attack, typed as the threat by the stage, codes the
    warning; a merely possible one ("warned it could take military action") leaves it to the
    warning."""
    if not (trig.entry.ccomp_aux and trig.entry.type == "THREATEN"):
        return False
    return any(
        found[i].entry.type in THREATENABLE and modality(found[i].token) != "hypothetical"
        for i in _warned_acts(trig.token, found)
    )


# Acts of yielding, and the CAMEO code of a promise of one ("express intent to yield").
YIELDING_TYPES = frozenset({"CONCEDE", "RETREAT"})
PROMISED_YIELD_CAMEO = "035"
# Verbs of promising. Agreeing to yield ("agreed to postpone the demonstration") is left to
# AGREE, as the PLOVER records code it.
PROMISES = frozenset({"promise", "pledge", "vow"})
# Political reform (CAMEO 083) promised is CAMEO 034, "express intent to institute political
# reform", which is AGREE ("pledged to restore multiparty democracy").
REFORM_CAMEO = "083"


def _promised_yield(trig: Trigger, found: dict[int, Trigger]) -> bool:
    """A promise or pledge whose to-infinitive is a concession or retreat ("promised to
    suspend its campaign of strikes", "pledged to halt their protest marches", "vowed to free
    the hostages"): the manual's promise of a future concession, CONCEDE, not AGREE, as a
    concession or retreat announced for the future is."""
    if trig.entry.type != "AGREE" or trig.entry.lemma not in PROMISES:
        return False
    clauses = [c for c in _promised_clauses(trig.token) if not _own_subject(c)]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "conj"]
    return any(
        c.i in found
        and found[c.i].entry.type in YIELDING_TYPES
        and not found[c.i].entry.cameo.startswith(REFORM_CAMEO)
        for c in clauses
    )


def _promised_clauses(tok: Token) -> list[Token]:
    """What a promise promises: a verb's to-infinitive, or a promise noun's, which the parser
    may hang on the light verb that carries the noun ("made a pledge on Sunday to pull its
    forces back")."""
    if tok.pos_ in ("VERB", "AUX"):
        return [c for c in tok.children if infinitival(c)]
    clauses = _to_infinitives(tok)
    if tok.dep_ in OBJ_DEPS and verb_lemma(tok.head) in light_verbs():
        clauses += _to_infinitives(tok.head)
    return clauses


def _protest(trig: Trigger) -> bool:
    """A protest, or a "protest" the stage types by who does it (a crowd's is a PROTEST)."""
    return trig.entry.type == "PROTEST" or trig.entry.lemma == "protest"


def _named_by_frame(trig: Trigger, found: dict[int, Trigger]) -> set[int]:
    """Acts the trigger's frame only names, as a whole."""
    tok, etype = trig.token, trig.entry.type
    named: set[int] = set()
    if etype in INFINITIVE_GOVERNORS:
        # "turned down a proposal to take the dispute to court": what a refused, accepted or
        # demanded plan proposes is not an act.
        named.update(i for c in _to_infinitives(tok) for i in _content(c, found))
    if etype == "REJECT" and trig.entry.lemma in DENIALS:
        # "denied that it had shot down the drone": what is denied is not coded as done.
        named.update(
            i for c in tok.children if c.dep_ in ("ccomp", "xcomp") for i in _content(c, found)
        )
    if etype in ("ACCUSE", "COERCE"):
        # "accused the army of torturing villagers", "arrested for collaborating with Israel":
        # what an accusation or an arrest is for is alleged, not coded as done.
        named.update(_prevented(tok, found, ALLEGED_PREPS))
    if trig.entry.mode == "investigate":
        # "an investigation into the killing of ethnic Albanians by Serbian police", "looking
        # into reports of killings by militias": what is investigated is alleged, not done.
        named.update(_investigated(tok, found))
    if etype == "PROTEST":
        # "dissidents, who are demanding freedom, began a hunger strike": a protest's topic.
        named.update(
            i
            for s in _subjects(tok)
            for r in s.children
            if r.dep_ == "relcl"
            for i in _content(r, found)
            if found[i].entry.type == "REQUEST"
        )
    return named


def _investigated(tok: Token, found: dict[int, Trigger]) -> set[int]:
    """Triggers in what an investigation looks into, its "into" phrase and the object of a
    verb of investigating ("investigated the killings"), but for accusations."""
    near = list(tok.children)
    if tok.pos_ == "NOUN" and tok.dep_ in OBJ_DEPS:  # "opened an inquiry on Monday into"
        near += [c for c in tok.head.children if c.i > tok.i]
    phrases = [p for c in near if c.dep_ == "prep" and c.lower_ == "into" for p in _pobjs(c)]
    if tok.pos_ in ("VERB", "AUX"):
        phrases += objects(tok)
    # An allegation investigated was made ("an investigation into an allegation by the LPC").
    inside = (i for p in phrases for i in _inside(p))
    return {i for i in inside if i in found and i != tok.i and found[i].entry.type != "ACCUSE"}


def _inside(tok: Token) -> list[int]:
    """`tok`'s subtree without its relative clauses ("the attack, which Western governments
    blamed on Damascus": the blaming is an act of its own)."""
    out = [tok.i]
    for c in tok.children:
        if c.dep_ != "relcl":
            out += _inside(c)
    return out


def _named_by_child(trig: Trigger, c: Token, found: dict[int, Trigger]) -> set[int]:
    """Acts one dependent of the trigger only names: its complement, purpose, topic."""
    etype = trig.entry.type
    named: set[int] = set()
    demanded = etype == "REQUEST"  # "demanded that Iraq withdraw": no act
    complement = c.dep_ in ("xcomp", "ccomp") or (etype in INFINITIVE_GOVERNORS and infinitival(c))
    if complement and (demanded or not _own_subject(c)):
        # The governing trigger codes the act, and its conjuncts ("called on Maduro to step
        # down and hand power to the winner"), with what they carry ("ready to hold talks").
        for v in [c, *(x for x in c.children if x.dep_ == "conj")]:
            if demanded or not _own_subject(v):
                named.update(_content(v, found))
    if _purpose(c) and not _own_subject(c) and etype in INTENDING_TYPES:
        # "offered its troops to help him oust Aoun", "called up militiamen to fight the
        # rebels": a purpose is intended, not done. (A visit's purpose is what the visit does:
        # "arrived in Dili to look into the killings" stays.)
        # A purpose to protest is the protest itself ("stoned police to protest against").
        named.update(i for i in _content(c, found) if not _protest(found[i]))
    if _purpose(c) and not _own_subject(c) and etype == "AID":
        # "approved a loan to Ghana to support economic reforms": what aid is for is no act of
        # its own; what those sent do stays ("an adviser was sent to investigate the strike").
        named.update(i for i in _content(c, found) if found[i].entry.type in AIMS_OF_AID)
    if etype == "PROTEST" and c.dep_ in ("advcl", "xcomp", "acl"):
        # "marched demanding the ouster of Marcos": a protest's topic is no act of its own
        # (PLOVER manual, PROTEST).
        named.update(i for i in _content(c, found) if found[i].entry.type == "REQUEST")
    if etype == "REQUEST" and c.dep_ in PREP_DEPS and c.lower_ == "for":
        # "called for the withdrawal of Syrian troops", "appealed for food aid": what is
        # asked for has not happened; nor is the act it would end or answer one of its own
        # ("called for an end to the American embargo against Cuba")
        named.update(t.i for p in _pobjs(c) for t in _asked_for(p) if t.i in found)
    if etype in ("CONCEDE", "REJECT") and c.dep_ in PREP_DEPS:
        # "gave in to union demands", "bowed to calls for": what is yielded to or refused is
        # the content of the act.
        named.update(
            p.i for p in _pobjs(c) if p.i in found and found[p.i].entry.type in ("REQUEST", "AGREE")
        )
    return named


# Nouns of ending or undoing: what a call for one asks to end is named by the call.
ENDINGS = frozenset(
    {"end", "lifting", "removal", "halt", "stop", "cessation", "suspension", "easing"}
)


def ended_acts(noun: Token) -> list[Token]:
    """The acts a noun of ending ends ("an end to the American embargo", "the lifting of
    sanctions"), or none for another noun."""
    if noun.lemma_.lower() not in ENDINGS:
        return []
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("to", "of", "on")
        for g in _pobjs(c)
    ]


def _asked_for(pobj: Token) -> list[Token]:
    """What a request's for-phrase asks for: its object and, under a noun of ending, the act
    to be ended ("an end to the American embargo")."""
    return [pobj, *ended_acts(pobj)]


def _consumed_by(trig: Trigger, found: dict[int, Trigger]) -> set[int]:
    """Triggers the verb trigger codes itself: its objects, what it stops or permits, an
    ultimatum's demand."""
    tok = trig.token
    consumed: set[int] = set()
    if "from" in trig.entry.prep and trig.entry.type in ("COERCE", "REJECT"):
        # "prevented the dissident from leaving", "barred inspectors from entering": what is
        # stopped is not an act.
        consumed.update(_prevented(tok, found))
    if trig.entry.toinf:  # "gave Belgrade 48 hours to pull out": the ultimatum's demand
        consumed.update(t.i for c in _to_infinitives(tok) for t in c.subtree if t.i in found)
    for c in tok.children:
        if infinitival(c) and c.lemma_.lower() in CAUSATIVES:
            # "refused to allow inspectors to visit": the visit is what is refused
            consumed.update(g.i for g in c.children if g.dep_ in ("ccomp", "xcomp"))
        if tok.lemma_.lower() in CAUSATIVES and c.dep_ in ("ccomp", "xcomp"):
            # "allowed peacekeepers to land": what is permitted is not an act
            consumed.add(c.i)
        if c in objects(tok) and c.i in found:
            consumed.add(c.i)
    return consumed


def _aspect_of_subject(verb: Token) -> bool:
    """A verb whose subject is the act ("talks resumed", "the summit ended", "talks took
    place in Geneva")."""
    if verb_lemma(verb) in ASPECT_SUBJECT and not objects(verb):
        return True
    return verb_lemma(verb) == "take" and [o.lemma_.lower() for o in objects(verb)] == ["place"]


# Verbs that begin or hold a fast; "fast" is a noun after them ("launched a fast outside
# parliament", "began an indefinite fast"), which the small model tags an adjective or
# adverb nearly every time, so the noun's lexicon row never sees it.
FAST_VERBS = frozenset({"launch", "begin", "start", "stage", "hold", "continue", "undertake"})
_FAST_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _joint_acts(doc: Doc) -> list[Trigger]:
    """Whatever two or more parties do "jointly" is material cooperation (CAMEO 060): "Lesotho
    and South Africa jointly opened a border post", "the warlords jointly reopened the
    seaport". Only a verb the lexicon does not code itself (the caller keeps those), with a
    subject of several conjoined parties or a plural."""
    out: list[Trigger] = []
    for i in (i for i, low in enumerate(doc_lowers(doc)) if low == "jointly"):
        tok = doc[i]
        if tok.dep_ != "advmod" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        several = any(
            any(g.dep_ == "conj" for g in s.children) or s.tag_ in ("NNS", "NNPS") for s in subjects
        )
        # "jointly launched an offensive": the act a light verb carries is coded by itself
        carried = any(lookup(o) is not None for o in objects(verb))
        if several and not carried:
            out.append(Trigger(verb, Entry("COOPERATE", None, "060", verb_lemma(verb), "VERB")))
    return out


def _misread_fasts(doc: Doc) -> list[Trigger]:
    """Hunger strikes (CAMEO 142) named by "fast" under a verb that starts or holds one: the
    word after a determiner (and at most one adjective), not before a noun or a hyphen ("a
    fast attack", "a fast-track procedure" stay adjectives)."""
    out: list[Trigger] = []
    for i in (i for i, low in enumerate(doc_lowers(doc)) if low == "fast"):
        tok = doc[i]
        if tok.pos_ not in ("ADJ", "ADV") or tok.i < 2:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text == "-" or nxt.pos_ in ("NOUN", "PROPN")):
            continue
        det = next(
            (doc[j] for j in (tok.i - 1, tok.i - 2) if doc[j].lower_ in _FAST_DETERMINERS), None
        )
        if det is None or det.i == 0:
            continue
        verb = doc[det.i - 1]
        if verb.pos_ != "VERB" or verb_lemma(verb) not in FAST_VERBS:
            continue
        entry = Entry("PROTEST", "hunger", "142", verb_lemma(verb), "VERB")
        out.append(Trigger(verb, entry))
    return out


def _light_triggers(doc: Doc, found: dict[int, Trigger], consumed: set[int]) -> list[Trigger]:
    """Nominal triggers a light verb carries ("held talks", "went on strike") and the verbs
    that reverse the noun they take ("lifted the embargo"); their nouns join `consumed`."""
    out: list[Trigger] = []
    for tok in doc_tokens(doc):
        if tok.pos_ not in ("VERB", "AUX") or tok.i in found:
            continue
        subjects = (
            [c for c in tok.children if c.dep_ == "nsubj" and c.i in found]
            if _aspect_of_subject(tok)
            else []
        )
        prep_objects = _prep_objects(tok)
        for obj in objects(tok) + prep_objects + subjects:
            # "held two days of talks", "returned to Geneva for a new round of talks"; "lifted
            # most of its sanctions": a part of the act is the act
            carrier = verb_lemma(tok) in light_verbs() or obj in prep_objects
            partitive = not carrier and obj.lemma_.lower() in PARTITIVES
            if carrier or partitive:
                obj = _carried(obj, found)
            noun = found.get(obj.i)
            if noun is None or noun.entry.pos != "NOUN":
                continue
            inner = _inner_sanction(obj) if noun.entry.type == "SUPPORT" else None
            obj_type = "SANCTION" if inner is not None else noun.entry.type
            # A subject act is carried, never reversed ("the embargo ended" lifts nothing).
            rev = None if obj in subjects else reversals().get((verb_lemma(tok), obj_type))
            if rev is None and partitive:
                continue  # only a reversal reaches through a part ("lifted most of ...")
            if rev is not None:
                entry = Entry(rev.type, rev.mode, rev.cameo, rev.verb, "VERB")
                out.append(Trigger(tok, entry, noun=obj, inner=inner))
                consumed.add(obj.i)
                if inner is not None:
                    consumed.add(inner.i)
            elif verb_lemma(tok) in light_verbs() or obj.dep_ == "pobj" or obj in subjects:
                noun.noun = obj
                noun.token = obj
                out.append(Trigger(obj, noun.entry, noun=obj))
                consumed.add(obj.i)
    return out


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every trigger in the parse after precedence; nominal triggers are all returned here and
    the stage keeps those that have an actor of their own or a light verb over them."""
    found: dict[int, Trigger] = {}
    for tok in doc_tokens(doc):
        entry = lookup(tok)
        if entry is not None:
            found[tok.i] = Trigger(tok, entry)
    consumed: set[int] = set()
    # Acts a governing trigger only names (demanded, promised, refused, a protest's topic):
    # not coded even where a light verb carries them.
    named: set[int] = set()
    out: list[Trigger] = []
    for _i, trig in sorted(found.items()):
        if trig.entry.pos == "NOUN":
            # What the promise names, before it is typed as the concession it promises.
            named |= _named_by_noun(trig, found)
            if _promised_yield(trig, found):  # "made a pledge to pull its forces back"
                trig.entry = replace(
                    trig.entry, type="CONCEDE", mode=None, cameo=PROMISED_YIELD_CAMEO
                )
            if trig.entry.mode == "investigate":  # "an investigation into the killing of"
                named |= _investigated(trig.token, found)
            continue
        if _coded_by_its_act(trig, found):
            continue
        if _promised_yield(trig, found):
            trig.entry = replace(trig.entry, type="CONCEDE", mode=None, cameo=PROMISED_YIELD_CAMEO)
        named |= _named_by_frame(trig, found)
        for c in trig.token.children:
            named |= _named_by_child(trig, c, found)
        consumed |= _consumed_by(trig, found)
        out.append(trig)
    out += _light_triggers(doc, found, consumed)
    out += [t for t in _misread_fasts(doc) + _joint_acts(doc) if t.token.i not in found]
    consumed |= named
    kept = [t for t in out if t.token.i not in named and (t.token.i not in consumed or t.nominal)]
    for i, trig in sorted(found.items()):
        # A noun that codes only under a light verb ("reached a deal") is background when it
        # stands alone ("the disarmament set out in Colombia's peace accord").
        if trig.entry.pos == "NOUN" and i not in consumed and not trig.entry.light:
            kept.append(trig)
    return sorted(kept, key=lambda t: t.token.i)
