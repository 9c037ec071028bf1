"""Role holders: each title in a document with the country, sector and role the text gives it.

A holder is a title with its qualifiers read from the parse: the state or body before it as an
adjective, compound or possessive ("the Russian ambassador", "Kremlin spokesman", "Russia's
foreign minister", "Foreign Office sources"), a sector word ("a rebel spokesman"), a bare
qualifier that names no actor ("a Western official"), and a posting after it ("ambassador to
NATO"; the "to" may be missing before an IGO, as in "the Russian ambassador the United
Nations"). `persons` links holders to named persons; the rest become anonymous actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from faultline.actors.gazetteer import Actor
from faultline.actors.roles import INHERIT, role_words, slug, title_spans

# Dependencies that keep a word to the left inside the title's noun phrase.
_LEFT_DEPS = frozenset({"amod", "compound", "det", "poss", "case", "nmod", "advmod"})
_NOT_QUALIFIERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"})
_POSTING = frozenset({"to", "at"})  # "ambassador to NATO", "envoy at the UN"
_BODY_SECTOR = {"state": "GOV", "government": "GOV", "igo": "IGO", "media": "MED"}


@dataclass(frozen=True)
class Hit:
    """A mention in token offsets: `doc[start:end]` names `actor`."""

    start: int
    end: int
    actor: str


@dataclass
class Holder:
    title: Span  # the title words only ("Foreign Minister")
    start: int  # the whole phrase, determiner and posting included
    end: int
    role: str  # "ambassador to the United Nations"
    country: str | None
    sectors: tuple[str, ...]
    qualifier: str | None  # a word naming no actor ("western"), kept for the anonymous id
    body: str | None  # the actor before the title ("gov:GBR" in "Foreign Office sources")
    determiner: str | None  # "the", "a", or None for a bare title ("Ambassador X")
    posted: bool = False  # has a posting ("to NATO")
    area: str | None = None  # the subdivision the office is of ("Texas Governor": "US-TX")
    person: str | None = None  # the person id once linked
    hits: list[Hit] = field(default_factory=list)

    @property
    def head(self) -> str:
        return role_words().head(self.title.text)

    @property
    def bare(self) -> bool:
        """Nothing but the title: "Ambassador X", "the ambassador"."""
        return not (self.country or self.qualifier or self.body or self.posted)

    def anonymous_id(self) -> str:
        """`person:anon:<who>-<role>`: <who> is the country (lowercase ISO3), else the body's
        id, else the bare qualifier; <role> the slug of the role. Two holders with the same
        description in one article are one actor: "the French Foreign Minister" said twice is
        one person, which is what a reader assumes too."""
        who = (self.country or "").lower() or slug(self.body or "") or (self.qualifier or "")
        if self.area:  # "the Texas governor" and "the California governor" are two people
            who = slug(self.area)
        return "person:anon:" + "-".join(p for p in (who, slug(self.role)) if p)

    def anonymous_actor(self, doc: Doc) -> Actor:
        return {
            "id": self.anonymous_id(),
            "name": doc[self.start : self.end].text,
            "kind": "person",
            "country": self.country,
            "sector": self.sectors[0] if self.sectors else None,
            "sectors": list(self.sectors),
            "role": self.role,
            "anonymous": True,
        }


def _hit_index(hits: list[Hit]) -> dict[int, Hit]:
    return {i: h for h in hits for i in range(h.start, h.end)}


def _left(doc: Doc, title: Span, at: dict[int, Hit]) -> tuple[int, list[Hit], list[str]]:
    """Walk left from the title over its modifiers; return the phrase start, the actor hits
    and the plain words met."""
    i = title.start - 1
    hits: list[Hit] = []
    words: list[str] = []
    while i >= 0:
        tok = doc[i]
        hit = at.get(i)
        if hit is not None:
            hits.append(hit)
            i = hit.start - 1
            continue
        if tok.tag_ == "POS":  # "Russia's foreign minister": the owner is the next hit
            i -= 1
            continue
        # A date or number before a title ("On Friday Minister X") does not qualify it.
        stop = tok.ent_type_ in _NOT_QUALIFIERS or tok.is_punct
        # a modifier of the title or of a word already walked ("U.N. human rights envoy":
        # "human" qualifies "rights", which qualifies "envoy")
        inside = i < tok.head.i < title.end
        if stop or tok.dep_ not in _LEFT_DEPS or not inside:
            break
        if tok.dep_ not in ("det", "case") and tok.pos_ != "PRON":  # "its ambassador"
            words.append(tok.lower_)
        i -= 1
    return i + 1, hits, words


def _determiner(doc: Doc, start: int) -> str | None:
    tok = doc[start]
    return tok.lower_ if tok.dep_ == "det" and tok.lower_ in ("the", "a", "an") else None


def _posting(
    doc: Doc, end: int, at: dict[int, Hit], actors: dict[str, Actor], diplomatic: bool
) -> tuple[Hit | None, str]:
    """The IGO or state a holder is posted to, and the connecting word as written."""
    if end < len(doc) and doc[end].lower_ in _POSTING:
        hit = at.get(end + 1)
        if hit is not None and hit.start == end + 1:
            return hit, doc[end].lower_
    hit = at.get(end)
    # "the Russian ambassador the United Nations": a diplomat directly before an IGO is
    # posted there, the dropped "to" being a typo the reader repairs.
    if diplomatic and hit is not None and hit.start == end:
        return (hit, "to") if actors.get(hit.actor, {}).get("kind") == "igo" else (None, "")
    return None, ""


def _served(
    doc: Doc, end: int, at: dict[int, Hit], actors: dict[str, Actor]
) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(body, its country, the holder's sectors) for "for <body>" right after a title."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return None
    hit = at.get(end + 1)
    if hit is None or hit.start != end + 1:
        return None
    actor = actors.get(hit.actor, {})
    sector = _BODY_SECTOR.get(actor.get("kind", "")) or actor.get("sector")
    return hit.actor, actor.get("country"), (sector,) if sector else ()


_AREA_WORDS = frozenset({"state", "province", "region", "prefecture", "oblast", "governorate"})


def _area_of(doc: Doc, start: int, title: Span) -> tuple[Actor | None, int]:
    """The one ISO 3166-2 subdivision a title's office is of, named before it ("Texas
    Governor", "Kano State Governor") or after "of" ("the governor of California", "the
    governor of the state of Texas"), and the phrase's new end; (None, title.end) if none.
    A state or its capital would have been a hit: this only places what names no actor."""
    from faultline.actors.towns import subdivision  # towns imports Hit from here

    words = [t for t in doc[start : title.start] if t.dep_ != "det"]
    if words and words[-1].lemma_.lower() in _AREA_WORDS:
        words = words[:-1]
    if words and all(t.pos_ == "PROPN" for t in words):
        found = subdivision(" ".join(t.text for t in words))
        if found is not None:
            return found, title.end
    i = title.end
    if i + 1 < len(doc) and doc[i].lower_ == "of":
        i += 1
        state_of = [doc[k].lower_ for k in range(i, min(i + 3, len(doc)))]
        if len(state_of) == 3 and state_of[::2] == ["the", "of"] and state_of[1] in _AREA_WORDS:
            i += 3  # "of the state of Texas"
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        if j > i and (found := subdivision(doc[i:j].text)) is not None:
            return found, j
    return None, title.end


def find_holders(doc: Doc, hits: list[Hit], actors: dict[str, Actor]) -> list[Holder]:
    """Every title in `doc` with what its phrase says about the holder."""
    words = role_words()
    at = _hit_index(hits)
    holders: list[Holder] = []
    for title in title_spans(doc):
        if any(i in at for i in range(title.start, title.end)):
            continue
        sectors = words.sectors[title.text.lower()]
        start, left_hits, plain = _left(doc, title, at)
        country = body = qualifier = None
        for hit in left_hits:  # nearest first
            actor = actors.get(hit.actor, {})
            if actor.get("country") and country is None:
                country = actor["country"]
            if actor.get("kind") != "state" and body is None:
                body = hit.actor
        modifier = next((words.modifiers[w] for w in plain if w in words.modifiers), None)
        if not left_hits and plain:
            qualifier = slug(plain[-1])  # "western", "rebel": kept to tell holders apart
        if INHERIT in sectors:
            kind = actors.get(body or "", {}).get("kind") or ("state" if country else "")
            main = modifier or _BODY_SECTOR.get(kind)
            sectors = (main,) if main else ()
        elif modifier and modifier != sectors[0]:
            sectors = (modifier, *sectors)  # "a rebel general": REB first, MIL kept
        org_body = actors.get(body or "", {})
        if org_body.get("kind") == "org" and org_body.get("sector") and sectors == ("GOV",):
            # "Red Cross officials", "a Hamas official": the organisation's people, in its
            # sector (NGO, REB), not a government's
            sectors = (org_body["sector"],)
        igo_body = actors.get(body or "", {}).get("kind") == "igo"
        if igo_body and country is None and "IGO" not in sectors:
            # "the U.N. special envoy for Yemen": the IGO's envoy, of no state ("for Yemen"
            # is the mandate, not a nationality)
            sectors = ("IGO", *(s for s in sectors if s not in ("GOV", "IGO")))
        diplomatic = "DIP" in sectors
        posting, word = _posting(doc, title.end, at, actors, diplomatic)
        end, role = title.end, title.text
        if posting is not None:
            end, role = posting.end, f"{title.text} {word} {doc[posting.start : posting.end]}"
        elif title.end + 1 < len(doc) and doc[title.end].lower_ in ("of", "from"):
            # "the president of France": the state after "of" is the holder's country;
            # "a special envoy of the OAU", "officials from the European Commission": the
            # IGO after "of" or "from" is the body served.
            of = at.get(title.end + 1)
            of_kind = actors.get(of.actor, {}).get("kind") if of is not None else None
            if of is not None and of_kind == "igo" and country is None and body is None:
                body, end = of.actor, of.end
                role = f"{title.text} {doc[title.end].lower_} {doc[of.start : of.end]}"
                sectors = ("IGO", *(s for s in sectors if s not in ("GOV", "IGO")))
            elif of is not None and country is None and actors.get(of.actor, {}).get("country"):
                country, end = actors[of.actor]["country"], of.end
        elif INHERIT in words.sectors[title.text.lower()] and body is None and country is None:
            # "a spokesman for the Russian government", "a negotiator for the rebels": the
            # body spoken for, as "Kremlin spokesman" names it before the title
            served = _served(doc, title.end, at, actors)
            if served is not None:
                body, country, sectors = served
        area = None
        if not left_hits and country is None and body is None and end == title.end:
            region, end = _area_of(doc, start, title)
            if region is not None:
                country, area, qualifier = region["country"], region["id"], None
        holders.append(
            Holder(
                title=title,
                start=start,
                end=end,
                role=role,
                country=country,
                sectors=sectors,
                qualifier=qualifier,
                body=body,
                determiner=_determiner(doc, start),
                posted=posting is not None,
                area=area,
            )
        )
    return holders
