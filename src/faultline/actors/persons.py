"""Persons: named people with the role and country the text gives them, their later short
mentions, and the unnamed role holders left over.

A person's id is `person:<slug of the full name>`. Titles are found by `holders`; a holder is
linked to a name it stands next to: a title before the name ("Russian President X",
"Ambassador X"), or an apposition on either side ("the Russian ambassador to NATO, X";
"X, the British ambassador to the United Nations"), read from the parse with plain adjacency as
a fallback where the small model attaches the apposition to the wrong noun.

A titled name followed by "of" and a state ("King Hassan of Morocco") holds the title there.
Two linking rules then fill what the name's own phrase leaves open:

1. A title holder without a country who appears in a possessive or a by-phrase ("President
   X's decree", "a plan by Prime Minister X") takes the country of the sentence's state or
   government that the main verb blames or credits ("Russia has been condemned for President
   X's decree"): the one state actor that is subject or object of that verb.
2. A person introduced by a bare title ("Ambassador X said") is the earlier unnamed holder of
   the same title ("the Russian ambassador to the United Nations ... said") when exactly one
   such holder is still unlinked; the person takes its country and role, and its mention.

Later mentions ("Mr. X", a lone surname) resolve to the full name in the same article with
that surname; a bare definite title ("the ambassador", "the diplomat") to the latest holder
of that title, or failing that of its sector. Holders still unlinked become anonymous actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from faultline.actors.collectives import collective_nouns
from faultline.actors.gazetteer import ADJECTIVE, Actor, gazetteer
from faultline.actors.holders import Hit, Holder, find_holders
from faultline.actors.home import NOT_NATIONALITIES
from faultline.actors.roles import is_honorific, slug
from faultline.nlp import doc_lowers, doc_tokens

# Who the main verb blames or credits: its object, or a passive's subject. An active
# subject is the one judging ("The Kremlin defended President X's referendum": X is not
# Russia's), so it gives no country.
_ARGUMENTS = frozenset({"nsubjpass", "dobj", "dative"})
_STATE_KINDS = frozenset({"state", "government"})


@dataclass
class _Name:
    start: int  # the mention, honorific included ("Mr. X")
    end: int
    words: list[str]  # the name without honorific or title
    root: Token
    holder: Holder | None = None
    person: str = ""


def _modifies_collective(tok: Token) -> bool:
    """A word modifying a noun for a body of people ("Riot police", "Border guards")."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in collective_nouns()


# Things a model name modifies: "Patriot batteries", "Javelin missiles", "Leopard tanks".
_WEAPONS = frozenset(
    {
        "missile", "battery", "rifle", "launcher", "tank", "jet", "fighter", "drone", "rocket",
        "system", "helicopter", "submarine", "warship", "frigate", "destroyer", "howitzer",
    }
)  # fmt: skip


def _names_a_weapon(tok: Token) -> bool:
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and head.pos_ == "NOUN" and head.lemma_.lower() in _WEAPONS


# Things named for a person: "Walter Reed hospital", "the Hoa Lo prison", "John F. Kennedy
# airport", "the Bush doctrine", "Dick Clark Productions". Their name is no one acting.
_NAMED_THINGS = frozenset(
    {
        "hospital", "prison", "jail", "airport", "university", "college", "school", "academy",
        "institute", "clinic", "center", "centre", "street", "avenue", "road", "boulevard",
        "bridge", "stadium", "arena", "hall", "building", "tower", "park", "museum", "library",
        "station", "hotel", "church", "mosque", "cathedral", "temple", "square", "highway",
        "dam", "canal", "award", "prize", "trophy", "medal", "doctrine", "productions",
        "records", "studios", "entertainment", "inc", "corp", "ltd", "llc", "crossing",
        "checkpoint", "camp", "base", "port", "harbour", "harbor", "pass", "valley",
        "line", "accords", "agreement", "treaty", "pipeline",
    }
)  # fmt: skip


_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})


def _names_a_thing(ent: Span) -> bool:
    """Whether a PERSON entity is a place, body or product named for someone, or a model
    number ("Samsung 4K Smart LED TV": no name holds a digit)."""
    if any(c.isdigit() for t in ent for c in t.text):
        return True
    # "Typhoon Haiyan", "Hurricane Katrina": storms are named like people
    first = ent[0] if ent[0].lower_ in _STORMS else ent.doc[ent.start - 1] if ent.start else None
    if first is not None and first.lower_ in _STORMS:
        return True
    if ent[-1].lower_.rstrip(".") in _NAMED_THINGS:
        return True
    last = ent[-1]  # a name ends in its head word, whatever the possessive before it
    return (
        last.dep_ == "compound"
        and last.head.i >= ent.end
        and last.head.lemma_.lower().rstrip(".") in _NAMED_THINGS
    )


def _names(doc: Doc, hits: list[Hit], holders: list[Holder]) -> list[_Name]:
    """PERSON entities outside actor mentions, stripped of titles and honorifics the NER
    swept in, and of a trailing possessive."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    in_title = {i for h in holders for i in range(h.title.start, h.title.end)}
    names: list[_Name] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and ent[0].lower_ in NOT_NATIONALITIES:
            continue  # "Tamil rebels", "Kurdish fighters": a people, not a person
        if len(ent) == 1 and ent.start == ent.sent.start and _modifies_collective(ent[0]):
            continue  # "Riot police beat ...": a capital the sentence start gave, no name
        if len(ent) == 1 and _names_a_weapon(ent[0]):
            continue  # "Patriot air defence batteries", "Tomahawk missiles": a model, no one
        if _names_a_thing(ent):
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].tag_ == "POS":
            start += 1  # "the city's Hoa Lo": the NER may open the name with the possessive
        while start < end and (start in in_title or is_honorific(doc[start].text)):
            start += 1
        while end > start and doc[end - 1].tag_ == "POS":
            end -= 1
        if start == end:
            continue
        words = [t.text for t in doc[start:end]]
        mention_start = start - 1 if start > 0 and is_honorific(doc[start - 1].text) else start
        names.append(_Name(mention_start, end, words, doc[start:end].root))
    return names


def _next_word(doc: Doc, i: int) -> int:
    """Index of the first non-punctuation token at or after `i`."""
    while i < len(doc) and doc[i].is_punct:
        i += 1
    return i


def _appositive(doc: Doc, name: _Name, holder: Holder) -> bool:
    root, head = name.root, holder.title.root
    # The parse: one is an apposition of a word inside the other's phrase.
    if root.dep_ == "appos" and holder.start <= root.head.i < holder.end:
        return True
    if head.dep_ == "appos" and name.start <= head.head.i < name.end:
        return True
    # Adjacency: "the ... ambassador to NATO, X" / "X, the British ambassador".
    between = (
        doc[holder.end : name.start] if holder.end <= name.start else doc[name.end : holder.start]
    )
    return 0 < len(between) <= 2 and all(t.is_punct for t in between) and "," in between.text


def _link_to_holders(doc: Doc, names: list[_Name], holders: list[Holder]) -> None:
    for name in names:
        for holder in holders:
            if holder.person is not None:
                continue
            before = holder.title.end == _next_word(doc, holder.title.end) == name.start or (
                holder.title.end == name.start - 1 and is_honorific(doc[holder.title.end].text)
            )
            # An apposition needs a described holder: "the ...", "Russia's ...", not "President,";
            # and one holder, not several ("off Tamil Nadu, Indian officials said")
            described = holder.determiner or not holder.bare
            single = holder.title.root.tag_ != "NNS"
            if before or (described and single and _appositive(doc, name, holder)):
                name.holder = holder
                holder.person = "pending"
                break


def _main_verb(tok: Token) -> Token | None:
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _rule_blamed_state(
    name: _Name, hits: list[Hit], actors: dict[str, Actor], doc: Doc
) -> str | None:
    """Rule 1: the country of the state the main verb blames or credits for the act of a
    title holder named in a possessive or a by-phrase."""
    root = name.root
    if not (root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.lower_ == "by")):
        return None
    verb = _main_verb(root)
    if verb is None:
        return None
    countries = set()
    for hit in hits:
        tok = doc[hit.start : hit.end].root
        while tok.dep_ == "conj":  # "Russia and France were condemned": both are subjects
            tok = tok.head
        actor = actors.get(hit.actor, {})
        if tok.head.i == verb.i and tok.dep_ in _ARGUMENTS and actor.get("kind") in _STATE_KINDS:
            countries.add(actor["country"])
    return countries.pop() if len(countries) == 1 else None


def _rule_earlier_holder(name: _Name, holders: list[Holder]) -> Holder | None:
    """Rule 2: the one earlier unnamed holder of the same title, if exactly one."""
    if name.holder is None or not name.holder.bare:
        return None
    head = name.holder.head
    earlier = [
        h
        for h in holders
        if h.person is None and h.end <= name.start and h.head == head and not h.bare
    ]
    return earlier[0] if len(earlier) == 1 else None


def _of_state(name: _Name, hits: list[Hit], actors: dict[str, Actor], doc: Doc) -> str | None:
    """A titled name followed by "of" and a state ("King Hassan of Morocco", "President
    Mubarak of Egypt") holds the title in that state."""
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None
    hit = next((h for h in hits if h.start == name.end + 1), None)
    if hit is None or actors.get(hit.actor, {}).get("kind") != "state":
        return None
    return hit.actor


def _described_nationality(
    doc: Doc, name: _Name, hits: list[Hit], actors: dict[str, Actor]
) -> str | None:
    """The nationality a describing phrase right before an untitled name gives: "Canadian
    businessman Michael Spavor", "the French academic Fariba Adelkhah", "American
    journalist James Foley". Only a demonym of a state, directly before common nouns that
    run into the name: "the Kremlin critic X" names a relation, not a nationality."""
    i = name.start - 1
    nouns = 0
    # and through the name of the body whose role it is ("Russian Communist Party leader
    # Gennady Zyuganov")
    while (
        i >= 0
        and (doc[i].pos_ == "NOUN" or (doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "ORG"))
        and doc[i].dep_ in ("compound", "amod", "nmod")
    ):
        nouns += 1
        i -= 1
    if nouns == 0:
        return None
    # a body of one country named there, its own name holding the demonym
    body = next(
        (
            actors[h.actor]["country"]
            for h in hits
            if i <= h.start  # the demonym opening the name may stop the walk
            and h.end <= name.start
            and actors.get(h.actor, {}).get("kind") == "org"
            and actors[h.actor].get("country")
            and h.end - h.start > 1
        ),
        None,
    )
    if body is not None or i < 0:
        return body
    hit = next((h for h in hits if h.end == i + 1), None)
    actor = actors.get(hit.actor, {}) if hit is not None else {}
    if hit is None or actor.get("kind") != "state" or hit.end - hit.start != 1:
        return None
    alias = gazetteer().alias(doc[i].text)
    return hit.actor if alias is not None and alias.form == ADJECTIVE else None


def _person(name: str, holder: Holder | None, country: str | None) -> Actor:
    sectors = list(holder.sectors) if holder else []
    return {
        "id": f"person:{slug(name)}",
        "name": name,
        "kind": "person",
        "country": country or (holder.country if holder else None),
        "sector": sectors[0] if sectors else None,
        "sectors": sectors,
        "role": holder.role if holder else None,
    }


def _surname_index(names: list[_Name]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for name in names:
        if len(name.words) > 1:
            index.setdefault(name.words[-1].lower(), set()).add(" ".join(name.words))
    return index


def _back_reference(holder: Holder, earlier: list[tuple[Holder, str]]) -> str | None:
    """ "the ambassador": the latest earlier holder of that title, else of its sector."""
    for match in (
        lambda h: h.head == holder.head,
        lambda h: bool(holder.sectors) and holder.sectors[0] in h.sectors,
    ):
        for other, actor in reversed(earlier):
            if match(other):
                return actor
    return None


def resolve_persons(
    doc: Doc, hits: list[Hit], actors: dict[str, Actor]
) -> tuple[list[Hit], dict[str, Actor]]:
    """The person and role-holder mentions in `doc` beyond `hits`, and their actors."""
    holders = find_holders(doc, hits, actors)
    names = _names(doc, hits, holders)
    _link_to_holders(doc, names, holders)
    surnames = _surname_index(names)
    people: dict[str, Actor] = {}
    for name in names:
        full = " ".join(name.words)
        if len(name.words) == 1 and len(surnames.get(full.lower(), ())) == 1:
            full = next(iter(surnames[full.lower()]))
        name.person = f"person:{slug(full)}"
        holder = name.holder
        country = None
        if holder is None:
            country = _described_nationality(doc, name, hits, actors)
        if holder is not None:
            holder.person = name.person  # the title next to the name
            earlier = _rule_earlier_holder(name, holders)
            if earlier is not None:
                earlier.person = name.person
                holder = earlier
            elif holder.country is None:
                country = _of_state(name, hits, actors, doc) or _rule_blamed_state(
                    name, hits, actors, doc
                )
        known = people.get(name.person)
        if known is None or (known["role"] is None and holder is not None):
            people[name.person] = _person(full, holder, country)
    found = [Hit(n.start, n.end, n.person) for n in names]
    found += _surname_mentions(doc, hits + found, surnames)
    found += _holder_mentions(doc, hits + found, holders, people, actors)
    return found, people


def _surname_mentions(doc: Doc, hits: list[Hit], surnames: dict[str, set[str]]) -> list[Hit]:
    """Surnames the NER did not tag ("Mr. X" read as an organisation) that name a person."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    found = []
    tokens = doc_tokens(doc)
    for i, lower in enumerate(doc_lowers(doc)):
        full = surnames.get(lower)
        # The tagger may miss a surname's part of speech ("Later X left"), so a capitalised
        # token that is the surname of exactly one full name in the article is enough.
        if not full or len(full) != 1 or i in taken:
            continue
        tok = tokens[i]
        if not tok.text[:1].isupper():
            continue
        start = tok.i - 1 if tok.i > 0 and is_honorific(doc[tok.i - 1].text) else tok.i
        if start not in taken:
            found.append(Hit(start, tok.i + 1, f"person:{slug(next(iter(full)))}"))
    return found


def _holder_mentions(
    doc: Doc,
    hits: list[Hit],
    holders: list[Holder],
    people: dict[str, Actor],
    actors: dict[str, Actor],
) -> list[Hit]:
    """A mention over each title (and the plain words before it) for the person or
    anonymous holder it stands for; anonymous actors are added to `people`."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    earlier: list[tuple[Holder, str]] = []
    found: list[Hit] = []
    for holder in holders:
        actor = holder.person
        if actor is None and holder.bare and holder.determiner == "the":
            actor = _back_reference(holder, earlier)
        if actor is None:
            anon = holder.anonymous_actor(doc)
            people.setdefault(anon["id"], anon)
            actor = anon["id"]
        earlier.append((holder, actor))
        start = holder.title.start
        while start > holder.start and start - 1 not in taken:
            start -= 1
        end = holder.title.end
        if not any(i in taken for i in range(start, end)):
            found.append(Hit(start, end, actor))
            taken.update(range(start, end))
    return found
