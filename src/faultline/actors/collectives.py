"""Collectives: unnamed bodies of people that act ("Turkish police", "rebels in Chad").

Coders that know only named actors drop "Turkish police arrested students" or turn it into
an act of the state Turkey. A collective is a noun from `collectives.tsv` heading its own
noun phrase ("separatist movements" is none: the word only modifies). Its country comes from
the phrase: the one state (or body, or region) among its left modifiers ("Turkish police",
"Iraq's army"), else a state after "of", "in" or "from" ("rebels in Chad", "soldiers from
Israel"). Two states before it ("US and British forces") stay two mentions of their own: one
collective cannot belong to both. The actor is `group:anon:<iso3>-<noun>`, kind group,
anonymous, with the noun's sectors; one per description and article, as for role holders.
Its mention runs from the phrase's first word to the noun and replaces the hits inside it.
A plural demonym placed in another state is a minority of that state (`_minority`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import Actor, gazetteer
from faultline.actors.holders import Hit
from faultline.actors.leaders import known_leader
from faultline.actors.roles import data_rows
from faultline.datelines import dateline_end
from faultline.nlp import doc_lemma_lowers, doc_lowers, doc_tokens
from faultline.parse_slips import folded_body

_RIGHT = frozenset({"of", "in", "from"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NAME_LABELS = frozenset({"ORG", "GPE", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# A noun in these relations only describes another ("separatist movements", "police
# station"); a possessor ("the government's offer") is a party of its own.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True)
class Collective:
    sectors: tuple[str, ...]
    plural_only: bool


@lru_cache(maxsize=1)
def collective_nouns() -> dict[str, Collective]:
    return {
        row[0]: Collective(tuple(row[1].split(",")), row[2].strip() == "plural")
        for row in data_rows("collectives.tsv")
    }


def _country(actor_id: str, actors: dict[str, Actor]) -> str | None:
    actor = actors.get(actor_id, {})
    if actor.get("kind") == "state":
        return actor_id
    return actor.get("country") or actor.get("parent")


def _international_ngo(actor: Actor) -> bool:
    return actor.get("sector") == "NGO" and not actor.get("country") and bool(actor.get("seat"))


def _compound_key(tok: Token) -> str | None:
    """A two-word entry the noun heads with its modifier ("rights group", "aid agency")."""
    nouns = collective_nouns()
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            key = f"{c.lower_} {tok.lemma_.lower()}"
            if key in nouns:
                return key
    return None


def _noun_key(tok: Token) -> str:
    """The collectives.tsv entry a collective noun matched."""
    compound = _compound_key(tok)
    if compound is not None:
        return compound
    lemma = tok.lemma_.lower()
    if lemma in collective_nouns():
        return lemma
    men = _singular_men(tok.lower_)
    return men if men in collective_nouns() else tok.lower_[:-1]


# Nouns whose noun modifier is whose they are: "union demands", "opposition calls".
CLAIM_NOUNS = frozenset(
    {"demand", "call", "proposal", "offer", "plan", "request", "appeal", "ultimatum", "claim"}
)


def _owner_of_a_claim(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in CLAIM_NOUNS


def _inside_name(tok: Token) -> bool:
    """Whether a later word of the same entity follows the token."""
    nxt = tok.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].tag_ == "POS":
        nxt += 1
    return nxt < len(tok.doc) and tok.doc[nxt].ent_iob_ == "I"


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """The last word of every collectives.tsv entry: a token that is none of them (as lemma,
    or as a plural "Rebels" tagged a name) is no collective, which most tokens settle here."""
    return frozenset(key.split()[-1] for key in collective_nouns())


# "Bombers" and "fighters" are also aircraft: "long-range bombers", "F-16 fighters",
# "paratroopers, warships and long-range bombers taking part".
_AIRCRAFT_WORDS = frozenset(
    {"long-range", "range", "strategic", "stealth", "heavy", "jet", "b-52", "b-1", "b-2",
     "tu-95", "tu-160", "f-16", "f-15", "f-35", "mig", "su-27", "nuclear-capable", "supersonic"}
)  # fmt: skip
_AIRCRAFT_NOUNS = frozenset(
    {"warship", "warplane", "jet", "aircraft", "plane", "helicopter", "tank", "submarine",
     "frigate", "destroyer", "missile", "drone"}
)  # fmt: skip


def _aircraft(tok: Token) -> bool:
    """Whether a "bomber" or "fighter" is a plane, by its modifiers or its conjuncts."""
    if tok.lemma_.lower() not in ("bomber", "fighter"):
        return False
    words = {c.lower_ for c in tok.subtree if c.i < tok.i}
    if any(w in _AIRCRAFT_WORDS or w.startswith(("b-", "f-", "tu-", "su-", "mig")) for w in words):
        return True
    kin = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        kin.append(tok.head)
        kin += [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i]
    return any(k.lemma_.lower() in _AIRCRAFT_NOUNS for k in kin)


def _singular_men(lower: str) -> str:
    """ "gunmen" -> "gunman": the tagger takes a capitalised irregular plural opening a
    sentence ("Gunmen in Nigeria ...") for a name, and leaves its lemma as it is."""
    return lower[:-3] + "man" if lower.endswith("men") else lower


def _folded_subject(tok: Token) -> bool:
    """A plural subject the small model folded with its verb into the object's noun phrase
    ("Protesters in Bahrain hurled stones": "Protesters" nmod and "hurled" amod of "stones");
    the events stage reads the clause back (`events.triggers.folded_subject`)."""
    after = tok.right_edge.i + 1
    if tok.dep_ != "nmod" or tok.tag_ not in _PLURAL_TAGS or after >= len(tok.doc):
        return False
    body = folded_body(tok.doc[after])
    return body is not None and body.i == tok.i


def _is_collective(tok: Token) -> Collective | None:
    """The collective a token whose lemma or plural is a head word names, or None."""
    nouns = collective_nouns()
    compound = _compound_key(tok)
    found = nouns.get(compound) if compound else nouns.get(tok.lemma_.lower())
    plural = tok.tag_ in _PLURAL_TAGS
    if found is None and tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        found = nouns.get(tok.lower_[:-1])  # "Rebels" opening a sentence, tagged a name
        plural = True
    if found is None and tok.pos_ == "PROPN" and tok.lower_.endswith("men"):
        found = nouns.get(_singular_men(tok.lower_))  # "Gunmen", "Policemen" likewise
        plural = True
    # The tagger reads a plural subject or object as a verb now and then ("that kidnappers
    # in Lebanon free ...": VBZ); its place in the parse says it is a noun.
    misread = tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in _NOMINAL_DEPS
    if misread:
        plural = True
    if found is None or (tok.pos_ not in ("NOUN", "PROPN") and not misread):
        return None
    if _aircraft(tok):
        return None
    if tok.dep_ in _MODIFIER_DEPS and not _owner_of_a_claim(tok) and not _folded_subject(tok):
        return None  # "separatist movements", "police station"
    if tok.pos_ == "PROPN" and tok.ent_type_ in _NAME_LABELS and _inside_name(tok):
        return None  # a word inside a name: "the People's Daily" ("the Lebanese Army" is one)
    if found.plural_only and not plural and not _owner_of_a_claim(tok):
        return None  # a modifier is singular: "student demands" are the students'
    return found


def _right_preps(noun: Token) -> list[Token]:
    """The noun's of/in/from phrases, and the one right after it that the parser hung on the
    verb instead ("supplied the government in Tripoli with drones", "the finance ministry in
    Athens turned down")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _RIGHT]
    if noun.i + 1 < len(noun.doc):
        nxt = noun.doc[noun.i + 1]
        if nxt.dep_ == "prep" and nxt.lower_ in _RIGHT and nxt not in preps:
            preps.append(nxt)
    # or right after the noun's own of-phrase: "victims of Hurricane Mitch in villages of
    # northern Honduras", the "in" hung on the verb
    of = [c for c in preps if c.lower_ == "of" and c.head.i == noun.i]
    after = of[-1].right_edge.i + 1 if of else len(noun.doc)
    if after < len(noun.doc):
        nxt = noun.doc[after]
        if nxt.dep_ == "prep" and nxt.lower_ == "in" and nxt.head.i != noun.i and nxt not in preps:
            preps.append(nxt)
    return preps


def _right_country(noun: Token, at: dict[int, Hit], actors: dict[str, Actor]) -> str | None:
    for prep in _right_preps(noun):
        for pobj in prep.children:
            for tok in pobj.subtree:
                hit = at.get(tok.i)
                if hit is not None and actors.get(hit.actor, {}).get("kind") in ("state", "region"):
                    return _country(hit.actor, actors)
    return None


def _right_body(noun: Token, at: dict[int, Hit], actors: dict[str, Actor]) -> str | None:
    """An IGO after "of", "from" or "at" whose people the collective are ("inspectors from
    the International Atomic Energy Agency", "prosecutors at the International Criminal
    Court"), or that names the body they come from ("investigators from the U.N. war crimes
    tribunal for the former Yugoslavia": the U.N.'s, not Yugoslavia's)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "at"):
            for pobj in prep.children:
                names = [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "nmod"))]
                for tok in names:
                    hit = at.get(tok.i)
                    if hit is not None and actors.get(hit.actor, {}).get("kind") == "igo":
                        return hit.actor
    return None


# A state's government named by a noun and the state ("the government of Sudan", "Sudan's
# government", "the authorities in Khartoum") is the gazetteer's gov:<ISO3>, the actor "the
# Sudanese government" already is: one actor however the text names it. Only bare nouns or
# these adjectives: "the provincial government of Helmand" is not the state's.
_GOVERNMENT_NOUNS = frozenset({"government", "authority"})
_NATIONAL_WORDS = frozenset(
    {
        "the",
        "its",
        "new",
        "current",
        "central",
        "national",
        "federal",
        "interim",
        "transitional",
        "military",
    }
)


def _national_government(
    noun: Token, inside: list[Hit], at: dict[int, Hit], actors: dict[str, Actor]
) -> str | None:
    if _noun_key(noun) not in _GOVERNMENT_NOUNS:
        return None
    inside_tokens = {i for h in inside for i in range(h.start, h.end)}
    modifiers = [c for c in noun.children if c.i < noun.i and c.i not in inside_tokens]
    if any(c.lower_ not in _NATIONAL_WORDS for c in modifiers):
        return None
    states = [h.actor for h in inside if actors.get(h.actor, {}).get("kind") == "state"]
    if not inside:
        for prep in _right_preps(noun):
            for pobj in prep.children:
                hit = at.get(pobj.i)
                found = actors.get(hit.actor, {}) if hit is not None else {}
                if found.get("kind") == "state":
                    states.append(found["id"])
                elif prep.lower_ == "of" and (country := _leader_country(found)):
                    # "the government of President Charles Taylor": his state's government
                    states.append(country)
    government = f"gov:{states[0]}" if len(set(states)) == 1 else None
    return government if government in actors else None


def _leader_country(actor: Actor) -> str | None:
    """The state a person leads, if the leaders table knows them as its head or minister."""
    found = known_leader(actor)
    if (
        found is None
        or found[1] != "GOV"
        or gazetteer().actors.get(found[0], {}).get("kind") != "state"
    ):
        return None
    return found[0]


def _minority(
    noun: Token, at: dict[int, Hit], actors: dict[str, Actor]
) -> tuple[Hit, Actor] | None:
    """A people named by a plural demonym and placed in another state ("ethnic Albanians in
    south Serbia", "the Albanians of southern Serbia") belong to the state they live in, with
    the people kept in `ethnic`: they are not Albania."""
    hit = at.get(noun.i)
    if hit is None or hit.end != noun.i + 1 or noun.tag_ not in _PLURAL_TAGS:
        return None
    people = actors.get(hit.actor, {})
    if people.get("kind") != "state":
        return None
    country = _right_country(noun, at, actors)
    # "ethnic Albanians" are a people wherever they live; the context may place them.
    ethnic = any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in noun.children)
    if country == hit.actor or (country is None and not ethnic):
        return None
    actor_id = f"group:anon:{(country or '').lower()}-{noun.lower_}".replace(":-", ":")
    start = noun.left_edge.i
    actor: Actor = {
        "id": actor_id,
        "name": noun.doc[start : noun.i + 1].text,
        "kind": "group",
        "country": country,
        "sector": "CVL",
        "sectors": ["CVL"],
        "ethnic": hit.actor,
        "anonymous": True,
    }
    return hit, actor


def _group(
    doc: Doc,
    start: int,
    noun: Token,
    kind: Collective,
    country: str | None,
    body: str | None,
    actors: dict[str, Actor],
) -> Actor:
    """The unnamed group `doc[start : noun.i + 1]` names, of `country` or serving `body`."""
    noun_word = _noun_key(noun).replace(" ", "-")
    owner = (country or body or "").lower().removeprefix("org:")
    actor_id = f"group:anon:{owner}-{noun_word}".replace(":-", ":")
    body_sector = actors.get(body or "", {}).get("sector", "IGO")
    sectors = list(kind.sectors) if country or body is None else [body_sector, *kind.sectors]
    group: Actor = {
        "id": actor_id,
        "name": doc[start : noun.i + 1].text,
        "kind": "group",
        "country": country,
        "sector": sectors[0],
        "sectors": sectors,
        "anonymous": True,
    }
    if body is not None and not country:
        group["parent"] = body
    bloc = next((c.lower_ for c in noun.children if c.i < noun.i and c.lower_ in BLOC_WORDS), None)
    if bloc is not None and not country:
        group["bloc"] = bloc  # "Western governments": of no one state, and placed in none
    return group


# Adjectives that make a collective a bloc of many states' people ("Western governments",
# "Arab diplomats", "foreign journalists"): the sentence's one state is not theirs.
BLOC_WORDS = frozenset(
    {"western", "arab", "african", "european", "asian", "latin", "gulf", "nordic",
     "scandinavian", "baltic", "balkan", "foreign", "international", "world"}
)  # fmt: skip


def find_collectives(
    doc: Doc, hits: list[Hit], actors: dict[str, Actor]
) -> tuple[list[Hit], list[Hit], dict[str, Actor]]:
    """(new hits, hits they replace, new actors)."""
    at = {i: h for h in hits for i in range(h.start, h.end)}
    found: list[Hit] = []
    replaced: list[Hit] = []
    new: dict[str, Actor] = {}
    tokens = doc_tokens(doc)
    lemmas = doc_lemma_lowers(doc)
    heads = _head_words()
    for i, lower in enumerate(doc_lowers(doc)):
        if i in at:  # a word of a hit: a minority's demonym or nothing
            minority = _minority(tokens[i], at, actors)
            if minority is not None:
                hit, actor = minority
                new.setdefault(actor["id"], actor)
                found.append(Hit(tokens[i].left_edge.i, hit.end, actor["id"]))
                replaced.append(hit)
            continue
        # a word whose lemma and plural are no head word is no collective (most words)
        if lemmas[i] not in heads and lower[:-1] not in heads and _singular_men(lower) not in heads:
            continue
        noun = tokens[i]
        kind = _is_collective(noun)
        if kind is None:
            continue
        # "ALGIERS (Reuters) - Youths rioted": the parser may hang the dateline on the noun
        start = max(noun.left_edge.i, dateline_end(doc, noun.i))
        inside = list(dict.fromkeys(at[i] for i in range(start, noun.i) if i in at))
        countries = {  # an IGO names whose people they are, not a country (below)
            _country(h.actor, actors)
            for h in inside
            if actors.get(h.actor, {}).get("kind") != "igo"
        } - {None}
        if len(countries) > 1 or any(
            actors.get(h.actor, {}).get("kind") == "person" for h in inside
        ):
            continue
        # "U.N. human rights investigators", "AU peacekeepers": the body's own people, who
        # serve it and have no country
        right_body = _right_body(noun, at, actors)  # "inspectors from the IAEA"
        body = (
            next((h.actor for h in inside if actors.get(h.actor, {}).get("kind") == "igo"), None)
            or right_body
            # "Greenpeace activists", "Red Cross officials": an international NGO's people,
            # who act for it (a national one gives its country above)
            or next((h.actor for h in inside if _international_ngo(actors.get(h.actor, {}))), None)
        )
        # a state after the body ("the tribunal for the former Yugoslavia") is its remit
        country = next(iter(countries), None) or (
            None if right_body else _right_country(noun, at, actors)
        )
        government = None if body else _national_government(noun, inside, at, actors)
        if government is None:
            group = _group(doc, start, noun, kind, country, body, actors)
            actor_id = new.setdefault(group["id"], group)["id"]
        else:
            actor_id = government
        # A name before the noun keeps its own mention ("Iraq's army": Iraq, then army);
        # an adjective is part of the collective's ("Turkish police").
        names = [  # an IGO keeps its mention too: "IAEA inspectors" are the IAEA's
            h
            for h in inside
            if doc[h.start].pos_ == "PROPN" or actors.get(h.actor, {}).get("kind") == "igo"
        ]
        if names:
            start = max(h.end for h in names)
            start += doc[start].tag_ == "POS"
        found.append(Hit(start, noun.i + 1, actor_id))
        replaced.extend(h for h in inside if h not in names)
    return found, replaced, new
