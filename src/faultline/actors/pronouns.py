"""Personal pronouns: whom "he" or "she" stands for, where the text leaves one reading.

"Esper arrived in Hanoi on Monday. He urged Vietnam to push back": an event coder that stops
at the pronoun codes a request by no one. This is a small rule-based resolver, not a
coreference model (none that runs offline ships with spaCy 3.8): a third-person singular
pronoun outside quotation marks takes the person named before it in its sentence or the two
before, when one person fits. What fits:

- gender, where the text gives it: a title ("Mrs", "King"), a role noun ("spokeswoman",
  "chairman") in or right before the mention, or the role the actors stage found;
- not the subject or object of the pronoun's own verb ("Putin praised him" is not Putin);
- gender the document shows: a pronoun, possessive or reflexive that only one person can
  stand for ("Grisham, by her own account") gives that person its gender for the rest;
- several distinct people fitting: the one who is the subject of the nearest sentence that
  names any of them (centering's preference for the subject), and only if exactly one is;
  otherwise the pronoun is left unresolved rather than guessed;
- a person the text names by a noun only ("the whistleblower", "a 55-year-old man"), closer
  to the pronoun than the named one, makes it unsure: left unresolved.

"It" and "they" (`resolve_body_pronouns`) as a main clause's subject stand for a state,
government, organisation or armed, official or political group only across a sentence
break, and only for the subject of the sentence before (not a description with "is"):
"Russia's Foreign Ministry issued a statement. It accused Washington ...". "It" takes a
singular subject, "they" a plural one ("The rebels released two hostages. They also freed
..."); nothing is taken when the pronoun's own sentence names such an actor before it, when
the subject before is no actor ("The statement was issued ... It said"), or for the "it" of
"it is likely that" and "it is expected that". Within a sentence these pronouns are read
by the events stage from the reporting clause ("China said it would retaliate").
Possessives ("his", "its" before a noun) are not resolved.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from faultline.actors.holders import Hit

# pronoun -> the gender it takes ("her" only as an object: as a possessive it names a thing)
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
FEMALE_WORDS = frozenset(
    {
        "mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess",
        "countess", "baroness", "empress", "sheikha", "begum", "actress", "wife", "widow",
        "mother", "daughter", "sister", "grandmother", "girl", "woman", "granddaughter",
        "niece", "aunt", "girlfriend", "first lady",
    }
)  # fmt: skip
MALE_WORDS = frozenset(
    {
        "mr", "sir", "lord", "king", "prince", "duke", "count", "baron", "emperor", "sheikh",
        "emir", "sultan", "pope", "ayatollah", "husband", "widower", "father", "son",
        "brother", "grandfather", "boy", "man", "grandson", "nephew", "uncle", "boyfriend",
    }
)  # fmt: skip
# Pronouns that show a person's gender when only that person can stand for them.
EVIDENCE_GENDER = {
    **PRONOUN_GENDER, "his": "m", "himself": "m", "hers": "f", "herself": "f",
}  # fmt: skip
# Nouns for a person that no name gives: one of them after the named candidate can be whom
# the pronoun stands for.
PERSON_NOUNS = frozenset(
    {
        "man", "woman", "boy", "girl", "person", "whistleblower", "suspect", "victim",
        "patient", "driver", "passenger", "gunman", "attacker", "teenager", "child", "student",
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
        "friend", "doctor", "lawyer", "officer", "soldier", "worker", "resident", "witness",
        "prisoner", "detainee", "informant", "leaker", "candidate", "defendant", "pilot",
        "journalist", "reporter", "official", "employee", "author", "owner", "user",
    }
)  # fmt: skip
# How many sentences before the pronoun's own are searched.
WINDOW = 2
QUOTE_OPENERS = "“«"
QUOTE_CLOSERS = "”»"


def _word_gender(word: str) -> str | None:
    low = word.lower().rstrip(".")
    if low in FEMALE_WORDS or (low.endswith("woman") and len(low) > 5):
        return "f"  # "spokeswoman", "chairwoman", "congresswoman"
    if low in MALE_WORDS or (low.endswith("man") and len(low) > 5 and low != "german"):
        return "m"  # "spokesman", "chairman"; "German" is no man
    return None


def gender_of(doc: Doc, hit: Hit, actor: dict[str, Any]) -> str | None:
    """The gender the text gives the person of a mention: its words, the two words before it,
    and its role; None when it gives none or both."""
    words = [t.text for t in doc[max(0, hit.start - 2) : hit.end]]
    words += str(actor.get("role") or "").split()
    found = {g for g in map(_word_gender, words) if g is not None}
    return found.pop() if len(found) == 1 else None


def _quoted(doc: Doc, tok: Token) -> bool:
    """Whether `tok` is inside quotation marks opened in its paragraph: a quote's "he" is the
    speaker's, read by the quotes stage."""
    text = doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    before = text[start : tok.idx]
    opened = sum(before.count(c) for c in QUOTE_OPENERS)
    closed = sum(before.count(c) for c in QUOTE_CLOSERS)
    return opened > closed or before.count('"') % 2 == 1


def _clause_mates(tok: Token) -> set[int]:
    """Token indices of the other core arguments of the pronoun's own verb."""
    verb = tok.head
    return {
        t.i
        for c in verb.children
        if c.i != tok.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent")
        for t in c.subtree
    }


def _is_subject(doc: Doc, hit: Hit) -> bool:
    span = doc[hit.start : hit.end]
    root = span.root
    # "President Putin", "Putin, the president,": the mention or the phrase it heads
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def resolve_pronouns(doc: Doc, hits: list[Hit], known: dict[str, dict[str, Any]]) -> list[Hit]:
    """A hit for each third-person singular pronoun the text resolves to one person."""
    persons = sorted(
        (h for h in hits if known.get(h.actor, {}).get("kind") == "person"),
        key=lambda h: h.start,
    )
    if not persons:
        return []
    sents: list[Span] = list(doc.sents)
    starts = {s.start: n for n, s in enumerate(sents)}
    # a person of several mentions with one stated gender has it at every mention
    by_actor: dict[str, set[str]] = {}
    for h in persons:
        if (g := gender_of(doc, h, known.get(h.actor, {}))) is not None:
            by_actor.setdefault(h.actor, set()).add(g)
    for actor, g in _shown_genders(doc, persons, by_actor, sents, starts).items():
        by_actor.setdefault(actor, set()).add(g)
    nouns = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS]
    named = {i for h in persons for i in range(h.start, h.end)}
    out: list[Hit] = []
    resolved: dict[int, str] = {}
    for tok in doc:
        want = PRONOUN_GENDER.get(tok.lower_)
        if want is None or tok.pos_ != "PRON" or tok.dep_ == "poss" or _quoted(doc, tok):
            continue
        here = starts[tok.sent.start]
        first = sents[max(0, here - WINDOW)].start
        mates = _clause_mates(tok)
        # "He thanked him": not whom a pronoun beside it on the verb stands for
        taken = {resolved[i] for i in mates if i in resolved}
        fitting = [
            h
            for h in persons
            if first <= h.start
            and h.end <= tok.i
            and not mates & set(range(h.start, h.end))
            and h.actor not in taken
            and by_actor.get(h.actor, {want}) == {want}
        ]
        choice = _choose(doc, fitting)
        if choice is not None and any(
            max(h.end for h in fitting if h.actor == choice) <= i < tok.i and i not in named
            for i in nouns
        ):
            choice = None  # "Trump ... the whistleblower ... he": which one is unsure
        if choice is not None:
            resolved[tok.i] = choice
            out.append(Hit(tok.i, tok.i + 1, choice))
    return out


def _shown_genders(
    doc: Doc,
    persons: list[Hit],
    stated: dict[str, set[str]],
    sents: list[Span],
    starts: dict[int, int],
) -> dict[str, str]:
    """Person -> the gender the document's pronouns show, from each pronoun outside quotes
    after exactly one person in its sentence (or, if none, in the sentence before) of no other
    stated gender; a person shown both is left out."""
    shown: dict[str, set[str]] = {}
    for tok in doc:
        g = EVIDENCE_GENDER.get(tok.lower_)
        if g is None or tok.pos_ != "PRON" or _quoted(doc, tok):
            continue
        # the people named before it in its sentence, else in the sentence before
        here = starts[tok.sent.start]
        near = {h.actor for h in persons if tok.sent.start <= h.start and h.end <= tok.i}
        if not near and here > 0:
            before = sents[here - 1]
            near = {h.actor for h in persons if before.start <= h.start < before.end}
        if len(near) == 1 and stated.get(next(iter(near)), {g}) == {g}:
            shown.setdefault(near.pop(), set()).add(g)
    return {a: gs.pop() for a, gs in shown.items() if len(gs) == 1 and a not in stated}


def _choose(doc: Doc, fitting: list[Hit]) -> str | None:
    if not fitting:
        return None
    if len({h.actor for h in fitting}) == 1:
        return fitting[0].actor
    # the nearest sentence naming any of them; its subject, if exactly one is
    last = doc[fitting[-1].start].sent.start
    nearest = [h for h in fitting if doc[h.start].sent.start == last]
    subjects = {h.actor for h in nearest if _is_subject(doc, h)}
    return subjects.pop() if len(subjects) == 1 else None


# Kinds of actor "it" can stand for; "they" also stands for groups of these sectors (armed
# men, police, officials, a party) placed in a country, not for "students" or "people".
BODY_KINDS = frozenset({"state", "government", "igo", "org"})
GROUP_SECTORS = frozenset({"MIL", "REB", "COP", "GOV", "OPP", "PTY", "JUD", "LEG", "DIP", "CRM"})
# Heads of an "it" that stands for nothing ("it is likely that", "it seems").
EMPTY_IT_HEADS = frozenset({"be", "seem", "appear", "become", "remain", "happen", "matter"})


def _empty_it(tok: Token) -> bool:
    head = tok.head
    if head.lemma_.lower() in EMPTY_IT_HEADS or head.lower_ in ("'s", "’s"):
        return True
    # "It is expected that ...", "it was reported that ...": the clause is the subject
    return tok.dep_ == "nsubjpass" and any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children) for c in head.children
    )


def _main_subject(sent: Span) -> Token | None:
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if len(subjects) == 1 else None


def resolve_body_pronouns(doc: Doc, hits: list[Hit], known: dict[str, dict[str, Any]]) -> list[Hit]:
    """A hit for each "it" or "they" subject of a main clause that stands for the actor
    subject of the sentence before it (see the module's note)."""
    at = {i: h for h in hits for i in range(h.start, h.end)}

    def acts(actor_id: str) -> bool:
        actor = known.get(actor_id, {})
        if actor.get("kind") in BODY_KINDS:
            return True
        # a group of no country is mostly generic ("the government" of a product page)
        return (
            actor.get("kind") == "group"
            and actor.get("sector") in GROUP_SECTORS
            and bool(actor.get("country"))
        )

    body = {i for i, h in at.items() if acts(h.actor)}
    sents = list(doc.sents)
    out: list[Hit] = []
    for n, sent in enumerate(sents[1:], start=1):
        for tok in sent:
            low = tok.lower_
            if low not in ("it", "they") or tok.pos_ != "PRON" or _quoted(doc, tok):
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != sent.root.i:
                continue  # only a main clause's subject, parallel to the one before
            if low == "it" and _empty_it(tok):
                continue
            if any(i in body for i in range(sent.start, tok.i)):
                continue  # an actor of its own sentence is nearer: left to the events stage
            if sents[n - 1].root.lemma_.lower() == "be":
                continue  # "Tokyo is Japan's capital. It serves as ...": a description
            subj = _main_subject(sents[n - 1])
            if subj is None or subj.i not in at or subj.i not in body:
                continue
            if any(c.dep_ == "conj" for c in subj.children):
                continue  # "Russia and China ...": two actors, one mention each cannot say
            plural = subj.tag_ in ("NNS", "NNPS")
            if plural != (low != "it"):
                continue  # "it" for one, "they" for many
            out.append(Hit(tok.i, tok.i + 1, at[subj.i].actor))
    return out
