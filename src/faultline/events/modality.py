"""Negation, modality and reported speech of a trigger.

The trigger's clause chain runs from the trigger (a nominal starts at the verb that governs it)
up through the verbs it is the to-infinitive or predicate of ("is to discuss", "refused to",
"not expected to be"), stopping at a clause boundary. Markers on that chain decide:
negated ("not", "never", "no longer", "no support"), and modality, first match wins:
hypothetical for the act an "if"/"unless" clause supposes ("if attacked"), conditional (an
act that depends on such a clause), planned ("will", "is to", "plans to", "expected to"),
hypothetical ("could", "may", "would consider"), else planned for the to-infinitive of a plan
noun ("announced plans to impose"), else asserted. "would" under a reporting verb
with no condition is the future seen from the past ("confirmed it would tighten"): planned.
"""

from __future__ import annotations

from spacy.tokens import Token

REPORTING = frozenset(
    {
        "say",
        "tell",
        "add",
        "claim",
        "state",
        "announce",
        "report",
        "confirm",
        "insist",
        "argue",
        "assert",
        "declare",
        "believe",
        "quote",
        "note",
        "stress",
        "explain",
        "reiterate",
        "warn",
        "suggest",
        "indicate",
        "admit",
        "acknowledge",
        "deny",
        "write",
        "signal",
    }
)
CONDITION_MARKS = frozenset({"if", "unless", "provided"})
AFFIRMING_UNDER_NEGATION = frozenset({"hesitate"})
PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "should", "can", "would", "must"})
PLANNED_GOVERNORS = frozenset(
    {"plan", "intend", "expect", "schedule", "aim", "prepare", "set", "be", "due", "go"}
)
# A forecast is no intention: "is likely to expel", "is unlikely to sign" (not negated).
HYPOTHETICAL_GOVERNORS = frozenset(
    {"consider", "mull", "weigh", "contemplate", "debate", "likely", "unlikely"}
)
# Nouns whose to-infinitive is a scheduled act ("announced plans to impose sanctions", "its
# decision to withdraw"): the act is planned, and announcing the plan reports it.
PLAN_NOUNS = frozenset({"plan", "intention", "intent", "decision", "move", "bid", "aim"})
# Nouns whose to-infinitive is an act tried for or wanted, not one done ("efforts to get Ukraine
# to investigate", "a need for Ukraine to launch investigations"): hypothetical. Not planned: an
# effort's act is no announced intention ("froze its efforts to broker an exchange" is no
# promise to mediate).
EFFORT_NOUNS = frozenset({"effort", "attempt", "push", "drive", "quest", "campaign"})
WANT_NOUNS = frozenset({"need", "pressure", "chance", "opportunity", "right", "incentive"})
CHAIN_DEPS = frozenset({"xcomp", "acomp", "conj", "auxpass"})


def clause_head(tok: Token) -> Token:
    """The verb or predicate a nominal hangs from ("sanctions ... are not expected")."""
    while tok.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "NUM") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def chain(tok: Token) -> list[Token]:
    out = [tok]
    done = any(c.dep_ == "poss" for c in tok.children)
    if done and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Russia's withdrawal could lead to ...": an act someone did, the subject of what
        # is considered, is itself taken as given ("EU sanctions are not expected" is not).
        return out
    head = clause_head(tok)
    if head.i != tok.i:
        out.append(head)
    cur = head
    while cur.dep_ in CHAIN_DEPS and cur.head.i != cur.i and len(out) < 8:
        cur = cur.head
        out.append(cur)
    return out


def negated(tok: Token) -> bool:
    """The act is denied; a refusal the lexicon reads from the negation itself ("has not
    accepted the offer": REJECT) is no denial of the refusal."""
    if not negation_marked(tok):
        return False
    from faultline.events.triggers import lookup  # the lexicon's frame; imported late (cycle)

    entry = lookup(tok)
    return entry is None or not entry.neg


def negation_marked(tok: Token) -> bool:
    """The trigger's clause chain carries "not", "never", "no longer" or a "no" determiner, or
    hangs from "without"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in tok.children
    ):
        return True  # "offered no support", "gave no details": nothing was given
    for t in chain(tok):
        if t.dep_ == "pcomp" and t.head.lower_ == "without":
            return True  # "occupied the strip without firing a shot": no shot was fired
        if t.lemma_.lower() in AFFIRMING_UNDER_NEGATION:
            continue  # "will not hesitate to use force": will use it
        for c in t.children:
            if c.dep_ == "neg" or c.lower_ == "never":
                return True
            if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                return True
    return False


def planned_by_noun(tok: Token) -> Token | None:
    """The plan noun whose to-infinitive `tok` is ("plans to impose"), if any."""
    head = clause_head(tok)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if head.dep_ in ("acl", "relcl") and infinitive and head.head.lemma_.lower() in PLAN_NOUNS:
        return head.head
    return None


def misread_reported_act(tok: Token) -> bool:
    """A clause's main verb the small model hung on its subject as a participle, with a
    reporting verb after it ("About 4,000 UNITA fighters handed in their weapons ..., U.N.
    officials said": "handed" acl/VBN of "fighters", taken for the subject of "said"). A
    passive participle takes no particle and no direct object of its own, so one that does,
    with no agent, is the noun's act, and the reporting verb reports it."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ != "nsubj" or noun.head.i < tok.i:
        return False
    if noun.head.lemma_.lower() not in REPORTING:
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"prt", "dobj"}) and not deps & {"agent", "auxpass"}


def reporting_verb(tok: Token) -> Token | None:
    """The reporting verb whose complement clause holds `tok`, if any; also the verb that
    announces a plan whose to-infinitive holds it ("announced plans to impose sanctions")."""
    cur = clause_head(tok)
    plan = planned_by_noun(tok)
    announced = plan is not None and plan.dep_ in ("dobj", "nsubjpass")
    if plan is not None and announced and plan.head.lemma_.lower() in REPORTING:
        return plan.head
    for _ in range(8):
        if cur.head.i == cur.i:
            return _trailing_report(cur, tok)
        dep, head = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis") or (dep == "conj" and head.dep_ == "ccomp"):
            lemma = head.lemma_.lower()
            if lemma in REPORTING or (
                lemma == "make" and any(c.lower_ == "clear" for c in head.children)
            ):
                return head
        if dep in ("relcl",):
            return None
        if misread_reported_act(cur):
            return head.head
        cur = head
    return None


def _trailing_report(root: Token, tok: Token) -> Token | None:
    """A reporting verb the parser hangs on the sentence it reports, after it ("Germany will
    train the fighters, the defence ministry said": "said" a conjunct of "train")."""
    for r in root.children:
        if r.dep_ not in ("conj", "parataxis") or r.i < tok.i:
            continue
        subject = any(c.dep_ == "nsubj" for c in r.children)
        own_clause = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in r.children)
        if r.lemma_.lower() in REPORTING and subject and not own_clause:
            return r
    return None


def _in_condition(links: list[Token]) -> bool:
    """The act is the condition itself ("if attacked", "if Georgia joins NATO")."""
    return any(
        t.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in t.children)
        for t in links
    )


def modality(tok: Token) -> str:
    links = chain(tok)
    if _in_condition(links):
        return "hypothetical"
    for t in links:
        for c in t.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children
            ):
                return "conditional"
    for t in links:
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if auxes & PLANNED_AUX:
            return "planned"
        if "would" in auxes and reporting_verb(tok) is not None:
            return "planned"
        if auxes & HYPOTHETICAL_AUX:
            return "hypothetical"
    for t in links[1:]:
        lemma = t.lemma_.lower()
        if lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        if lemma in PLANNED_GOVERNORS and any(c.dep_ == "xcomp" for c in t.children):
            return "planned"
    if planned_by_noun(tok) is not None:
        return "planned"
    if _aimed_by_noun(tok) is not None:
        return "hypothetical"
    return "asserted"


def _aimed_by_noun(tok: Token) -> str | None:
    """The effort or need noun (lemma) whose to-infinitive holds `tok`, through the
    infinitives between ("efforts to get Ukraine to investigate"), if any."""
    cur = clause_head(tok)
    for _ in range(4):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if not infinitive or cur.head.i == cur.i:
            return None
        head = cur.head
        if cur.dep_ in ("acl", "advcl", "relcl") and head.pos_ == "NOUN":
            lemma = head.lemma_.lower()
            return lemma if lemma in EFFORT_NOUNS | WANT_NOUNS else None
        if cur.dep_ not in ("xcomp", "ccomp"):
            return None
        cur = head
    return None
