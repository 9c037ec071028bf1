"""The trigger lexicon: data files under faultline/data/events, read once."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token


@dataclass(frozen=True)
class Entry:
    """One trigger: a lemma (with optional syntactic requirements) and what it codes as."""

    type: str
    mode: str | None
    cameo: str
    lemma: str
    pos: str  # VERB | NOUN | ADJ
    obj: frozenset[str] = frozenset()
    notobj: frozenset[str] = frozenset()
    prt: str | None = None
    prep: frozenset[str] = frozenset()
    # The object of one of `prep` (or of any preposition) must be one of these ("took to
    # the streets").
    pobj: frozenset[str] = frozenset()
    xcomp: bool = False
    pred: frozenset[str] = frozenset()
    # A that-clause with one of these modals ("said Libya must hand over"): a demand.
    ccomp_aux: frozenset[str] = frozenset()
    # A that-clause asserting one of these verbs as done, neither negated nor modal ("said a
    # businessman had been spying for Taipei"): what is said is the charge.
    clause: frozenset[str] = frozenset()
    # The subject (or, through a quantity, its of-phrase) is one of these ("a contingent of
    # soldiers arrived"): the act depends on who moves.
    subj: frozenset[str] = frozenset()
    # The subject is none of these ("the storm killed 12 people" is no attack).
    notsubj: frozenset[str] = frozenset()
    # One of these words occurs in the clause the trigger heads ("arrived ... as part of the
    # peacekeeping force"): the purpose or framing that types the act.
    ctx: frozenset[str] = frozenset()
    # A to-infinitive of any parse label ("gave Belgrade 48 hours to pull out"), optionally
    # headed by one of `toinf_lemmas` ("given 72 hours to leave").
    toinf: bool = False
    toinf_lemmas: frozenset[str] = frozenset()
    # The trigger heads a clause of its own, not a participle or purpose that states another
    # act's consequence ("lifted the ban, allowing exiles to return").
    main: bool = False
    # A noun that codes only as the object of a light verb ("reached a deal"), not with an actor
    # of its own ("Colombia's peace accord" is background).
    light: bool = False
    # The complement is no hostile act: "allowed Suu Kyi to travel" yields, "the law allows
    # police to detain suspects" authorises force.
    benign: bool = False
    # A clause with its own subject and a bare verb, no modal: what the actor wants another
    # to do ("insisted that Doha close the network", "wants Turkey to recognise").
    subjunctive: bool = False
    # The trigger's clause is negated and the negation is the act: a refusal ("has not
    # accepted the offer", "would not agree to the deployment"), which is not itself negated.
    neg: bool = False
    example: str = ""

    @property
    def requirements(self) -> int:
        """How many conditions the entry sets: among entries that match, most wins. `main`
        restricts where the trigger stands, not its frame, and does not count; nor does
        `notsubj`, which only says who cannot do the act (a storm kills but attacks no one),
        so that it never lifts an attack over "struck down the law"."""
        return sum(
            bool(x)
            for x in (self.obj, self.notobj, self.prt, self.prep, self.pobj, self.xcomp)
            + (self.pred, self.ccomp_aux, self.subj, self.ctx, self.toinf, self.toinf_lemmas)
            + (self.clause,)
            + (self.subjunctive, self.neg)
        )

    @property
    def specific(self) -> bool:
        return bool(
            self.obj
            or self.prt
            or self.prep
            or self.pobj
            or self.xcomp
            or self.pred
            or self.ccomp_aux
            or self.clause
            or self.subj
            or self.ctx
            or self.toinf
            or self.subjunctive
            or self.neg
        )


@dataclass(frozen=True)
class Reversal:
    """A verb that turns the nominal trigger it governs into another event type."""

    verb: str
    object_type: str
    type: str
    mode: str | None
    cameo: str
    example: str


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("faultline").joinpath("data", "events", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _parse(row: dict[str, str]) -> Entry:
    req: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in row["requires"].split(";"))):
        key, _, value = part.partition("=")
        req[key] = value or req.get(key, "")  # "toinf=leave;toinf" keeps its lemmas
    return Entry(
        type=row["type"],
        mode=row["mode"] or None,
        cameo=row["cameo"],
        lemma=row["lemma"],
        pos=row["pos"],
        obj=frozenset(filter(None, req.get("obj", "").split("|"))),
        notobj=frozenset(filter(None, req.get("notobj", "").split("|"))),
        prt=req.get("prt") or None,
        prep=frozenset(filter(None, req.get("prep", "").split("|"))),
        pobj=frozenset(filter(None, req.get("pobj", "").split("|"))),
        xcomp="xcomp" in req,
        pred=frozenset(filter(None, req.get("pred", "").split("|"))),
        ccomp_aux=frozenset(filter(None, req.get("ccomp_aux", "").split("|"))),
        clause=frozenset(filter(None, req.get("clause", "").split("|"))),
        subj=frozenset(filter(None, req.get("subj", "").split("|"))),
        notsubj=frozenset(filter(None, req.get("notsubj", "").split("|"))),
        ctx=frozenset(filter(None, req.get("ctx", "").split("|"))),
        toinf="toinf" in req,
        toinf_lemmas=frozenset(filter(None, req.get("toinf", "").split("|"))),
        main="main" in req,
        light="light" in req,
        benign="benign" in req,
        subjunctive="subjunctive" in req,
        neg="neg" in req,
        example=row["example"],
    )


@lru_cache(maxsize=1)
def all_entries() -> tuple[Entry, ...]:
    return tuple(_parse(row) for row in _rows("triggers.tsv"))


@lru_cache(maxsize=1)
def entries_by_key() -> dict[tuple[str, str], list[Entry]]:
    """(lemma, pos) -> entries, the ones with requirements first so they win when they match."""
    index: dict[tuple[str, str], list[Entry]] = {}
    for entry in all_entries():
        index.setdefault((entry.lemma, entry.pos), []).append(entry)
    for found in index.values():
        found.sort(key=lambda e: -e.requirements)  # the most specific entry first
    return index


@lru_cache(maxsize=1)
def light_rows() -> tuple[tuple[str, str], ...]:
    """(verb or "verb preposition", example sentence) rows of light_verbs.tsv."""
    text = (
        resources.files("faultline")
        .joinpath("data", "events", "light_verbs.tsv")
        .read_text("utf-8")
    )
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#")
    return tuple((cols[0].strip(), cols[1].strip()) for cols in rows)


def _light_lines() -> tuple[str, ...]:
    return tuple(verb for verb, _ in light_rows())


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs whose direct object carries the act ("hold talks")."""
    return frozenset(w for w in _light_lines() if " " not in w)


@lru_cache(maxsize=1)
def light_preps() -> frozenset[tuple[str, str]]:
    """(verb, preposition) pairs whose prepositional object carries the act ("go on strike")."""
    return frozenset((v, p) for v, _, p in (w.partition(" ") for w in _light_lines() if " " in w))


@lru_cache(maxsize=1)
def reversals() -> dict[tuple[str, str], Reversal]:
    out: dict[tuple[str, str], Reversal] = {}
    for row in _rows("reversals.tsv"):
        rev = Reversal(
            verb=row["verb"],
            object_type=row["object_type"],
            type=row["type"],
            mode=row["mode"] or None,
            cameo=row["cameo"],
            example=row["example"],
        )
        out[(rev.verb, rev.object_type)] = rev
    return out


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """Every verb lemma the lexicon, the light verbs and the reversals name."""
    verbs = {e.lemma for e in all_entries() if e.pos == "VERB"}
    verbs.update(v.split()[0] for v in _light_lines())
    verbs.update(verb for verb, _ in reversals())
    return frozenset(verbs)


_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})
_VOWELS = frozenset("aeiou")


def _undoubled(lemma: str, low: str) -> bool:
    """`low` is `lemma` + "ed"/"ing" without the doubled final consonant that a one-syllable
    verb ending in one vowel and one consonant takes ("rap" -> "rapped", not "raped")."""
    if len(lemma) < 3:  # "e" + "e" is no verb; and the checks below index three letters
        return False
    short = sum(ch in _VOWELS for ch in lemma) == 1
    cvc = lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS
    return short and cvc and lemma[-3] not in _VOWELS and low in (lemma + "ed", lemma + "ing")


def verb_lemma(tok: Token) -> str:
    """The token's lemma, mended where the small English model cuts an "-e" verb's ending as
    if it had none ("staged" -> "stag", "waged" -> "wag") or adds one ("cordoned" ->
    "cordone"): when the mended lemma is a verb the lexicon knows and the surface form is that
    verb inflected, the verb wins."""
    lemma = tok.lemma_.lower()
    # "raped" cut to "rap": a short verb ending in one vowel and a consonant doubles it
    # ("rapped"), so the undoubled form is the "-e" verb's.
    mended = lemma + "e"
    if tok.tag_ in _INFLECTED and mended in known_verbs() and _undoubled(lemma, tok.lower_):
        return mended
    if tok.tag_ in _INFLECTED and lemma not in known_verbs():
        fixed = lemma + "e"
        low = tok.lower_
        inflected = low in (fixed + "d", fixed + "s", lemma + "ing", lemma + "ed")
        if inflected and fixed in known_verbs():
            return fixed
        # The opposite slip: an "-e" added to a verb that has none ("cordoned" -> "cordone").
        cut = lemma[:-1]
        slipped = lemma.endswith("e") and low in (cut + "ed", cut + "s", cut + "ing")
        if slipped and cut in known_verbs():
            return cut
        # ... after a doubled consonant ("unbanned" -> "unbanne" -> "unban").
        single = cut[:-1]
        if slipped and len(cut) > 3 and cut[-1] == cut[-2] and single in known_verbs():
            return single
        # ... after a "-y" turned "-ie" ("readied" -> "readie" -> "ready").
        ied = lemma.endswith("ie") and low in (lemma + "d", lemma + "s")
        if ied and lemma[:-2] + "y" in known_verbs():
            return lemma[:-2] + "y"
    if lemma == tok.lower_ and lemma.endswith("eed") and lemma[:-1] in known_verbs():
        # a past form the model left unlemmatised, often tagged present ("decreed" VBP)
        return lemma[:-1]
    return lemma
