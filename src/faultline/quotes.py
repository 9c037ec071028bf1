"""The quotes stage: direct, partial and indirect quotes with speaker, cue verb and relay.

Direct quotes are found by pairing quotation marks in the body text (paragraph-aware, so a
quote reopened at the next paragraph runs on, and a mark that never closes stops at the end
of its sentence instead of swallowing the article). Single marks (' ‘ ’) are quotation marks
only where an apostrophe cannot be: opening at a word start, closing after a word and before a
non-letter, within one paragraph. The headline is read too (its quotes have offsets into the
headline and `in: "headline"`; their speaker comes only from the headline's own attribution).
Indirect speech comes from the parse: a
cue verb's content clause, "according to X", "in a statement, X ...". A speaker is the
subject of the cue verb (active, passive, inverted), else the speaker of the quote just
before, else the previous or next sentence; pronouns go back to the nearest person. Speakers
link to actors through `record.mentions`, so better mentions give better links for free.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from faultline import quote_patterns as qp
from faultline.document import Record
from faultline.nlp import doc_lemma_lowers, doc_lowers, doc_tokens

# --------------------------------------------------------------------------- marks → spans


@dataclass
class _Quote:
    start: int
    end: int
    unclosed: bool = False
    kind: str = "direct"
    speaker: dict[str, Any] | None = None
    cue: Token | None = None
    via: str | None = None
    # Char offset of the speaker phrase, so pronouns can find the nearest earlier person.
    speaker_at: int = -1
    extra: dict[str, Any] = field(default_factory=dict)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _mark_role(body: str, pos: int) -> str:
    """ "open", "close" or "none" for the mark at `pos`, from its glyph and its neighbours."""
    ch = body[pos]
    prev = body[pos - 1] if pos > 0 else " "
    nxt = body[pos + 1] if pos + 1 < len(body) else " "
    left_open = prev.isspace() or prev in qp.OPEN_LEFT_CONTEXT
    right_open = not nxt.isspace()
    if ch in qp.OPENING_MARKS:
        # A curly opener glued to a word on the left and followed by space was typed wrong.
        return "close" if not left_open and not right_open else "open"
    if ch in qp.CLOSING_MARKS:
        return "open" if left_open and right_open else "close"
    if left_open and right_open:
        return "open"
    return "close" if not left_open else "none"


class _Sentences:
    """Sentence char bounds for bisecting offsets to their sentence (none for a headline,
    which has no parse: an unclosed mark there closes at the headline's end)."""

    def __init__(self, doc: Doc | None) -> None:
        self.spans: list[Span] = list(doc.sents) if doc is not None else []
        self.starts = [s.start_char for s in self.spans]

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def at(self, char: int) -> Span:
        return self.spans[self.index(char)]


def find_direct_spans(body: str, sents: _Sentences) -> list[_Quote]:
    """Pair the double quotation marks of `body` into quote spans (content only, no marks)."""
    pars = _paragraphs(body)
    found: list[_Quote] = []

    def unclosed(open_at: int, limit: int) -> None:
        end = min(limit, sents.at(open_at + 1).end_char) if sents.spans else limit
        while end > open_at + 1 and body[end - 1].isspace():
            end -= 1
        if end > open_at + 1:
            found.append(_Quote(open_at + 1, end, unclosed=True))

    open_at: int | None = None
    reopen_at = -1
    n_pars = 0
    pi = 0
    while pi < len(pars):
        p_start, p_end = pars[pi]
        for m in qp.MARK_RE.finditer(body, p_start, p_end):
            pos = m.start()
            if pos == reopen_at:
                continue
            role = _mark_role(body, pos)
            if open_at is None:
                if role == "open":
                    open_at, n_pars = pos, 1
            elif role == "close":
                if pos > open_at + 1:
                    found.append(_Quote(open_at + 1, pos))
                open_at = None
            elif role == "open":
                # A new opener while one is open: the first lost its closing mark.
                unclosed(open_at, pos)
                open_at, n_pars = pos, 1
        if open_at is not None:
            nxt = pars[pi + 1][0] if pi + 1 < len(pars) else None
            if (
                nxt is not None
                and body[nxt] in qp.OPENING_MARKS + qp.STRAIGHT_MARK
                and n_pars < qp.MAX_QUOTE_PARAGRAPHS
            ):
                reopen_at, n_pars = nxt, n_pars + 1
                pi += 1
                continue
            unclosed(open_at, p_end)
            open_at = None
        pi += 1
    return found


def _single_role(text: str, pos: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for the single mark at `pos` within text[lo:hi]: it opens only at
    a word start and closes only after a word and before a non-letter, so the apostrophes of
    Russia's, don't and students' union never open a quote and never close one early."""
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + 1] if pos + 1 < hi else " "
    at_word_start = prev.isspace() or prev in qp.OPEN_LEFT_CONTEXT or prev in '“"'
    can_open = at_word_start and not nxt.isspace()
    can_close = not at_word_start and not nxt.isalnum()
    return can_open, can_close


def _possessive_before_closer(text: str, pos: int, end: int) -> bool:
    """Whether the closer-shaped mark at `pos` is likelier a plural possessive ("the
    parents' choice'"): it follows an s and precedes a word, and a closer-shaped mark that
    does not follow an s comes later before `end` (the sentence's end)."""

    def possessive_shape(at: int) -> bool:
        return text[at - 1] in "sS" and text[at + 1 : at + 3].strip().isalpha()

    if not possessive_shape(pos):
        return False
    return any(
        _single_role(text, m.start(), pos, end)[1] and not possessive_shape(m.start())
        for m in qp.SINGLE_MARK_RE.finditer(text, pos + 1, end)
    )


def find_single_spans(
    text: str, lo: int, hi: int, skip: list[tuple[int, int]], sents: _Sentences
) -> list[_Quote]:
    """Pair the single quotation marks of text[lo:hi] (one paragraph or a headline), leaving
    out marks inside `skip` (double-quoted spans). An opener that never closes is taken for
    an apostrophe: single marks are never `unclosed`, and never reach past `hi`."""
    found: list[_Quote] = []
    stack: list[int] = []
    skip_until = -1
    for m in qp.SINGLE_MARK_RE.finditer(text, lo, hi):
        pos = m.start()
        if pos < skip_until or any(s <= pos < e for s, e in skip):
            continue
        can_open, can_close = _single_role(text, pos, lo, hi)
        if can_open:
            elision = qp.ELISION_RE.match(text, pos, hi)
            if elision is not None:  # rock 'n' roll, the '90s
                skip_until = elision.end()
                continue
            stack.append(pos)
        elif can_close and stack:
            end = min(hi, sents.at(pos).end_char) if sents.spans else hi
            if _possessive_before_closer(text, pos, end):
                continue
            start = stack.pop()
            if sum(c.isalpha() for c in text[start + 1 : pos]) >= qp.MIN_SINGLE_QUOTE_LETTERS:
                found.append(_Quote(start + 1, pos))
    return found


def _outermost(quotes: list[_Quote]) -> list[_Quote]:
    """Quotes in text order, without those nested in another (‘They told us “go home”’)."""
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    out: list[_Quote] = []
    for q in ordered:
        if out and q.start >= out[-1].start and q.end <= out[-1].end:
            continue
        out.append(q)
    return out


def _is_direct(body: str, q: _Quote, sents: _Sentences) -> bool:
    """Whole utterance (direct) or words embedded in the reporter's own sentence (partial)."""
    if q.unclosed:
        return True
    sent = sents.at(q.start)
    lead = body[sent.start_char : q.start - 1].strip()
    # The parser may start the sentence after an attribution ("he told reporters, “and…");
    # a lead made only of closing marks and spaces is no lead.
    if not lead.strip("”\"' ") or lead.endswith(qp.DIRECT_LEAD_ENDINGS):
        return True
    if lead.lower().endswith("that") or lead.endswith("that "):
        # said that “…” is direct only when the quote runs to the end of the sentence.
        tail = body[q.end + 1 : sent.end_char].strip()
        return body[q.end - 1] in ".?!" or not tail.strip(".?!\"”' ")
    return False


# --------------------------------------------------------------------------- speakers


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= tok.idx < e + 1 for s, e in spans)


def _phrase(head: Token, skip: Token | None = None) -> Span:
    """The noun phrase headed by `head`, without relative clauses and the cue's own clause."""
    doc = head.doc
    cut: set[int] = set()
    for child in head.subtree:
        if child is head:
            continue
        if child.dep_ in qp.SPEAKER_CUT_DEPS or (child.dep_ == "acl" and child.tag_ == "VBG"):
            cut.update(t.i for t in child.subtree)
    if skip is not None:
        cut.update(t.i for t in skip.subtree)
    keep = [t.i for t in head.subtree if t.i not in cut]
    # Only the contiguous run around the head: a cut clause in the middle ends the phrase.
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    return doc[lo : hi + 1]


def _subject(verb: Token) -> Token | None:
    """The speaker token of a cue verb: active or passive subject, or the inverted one."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    for child in verb.children:
        if child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
            return child  # "X was quoted as saying"
    if verb.lemma_ not in qp.LISTENER_CUES and verb.tag_ in ("VBD", "VBZ", "VBP"):
        for child in verb.rights:
            # "said Mr. X": the parser often files an inverted subject as an object; a
            # "saying X ..." object is the start of the content, never the speaker.
            if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and _is_personish(child):
                return child
    return None


def _speaker_token(verb: Token) -> Token | None:
    """The cue's subject, climbing from "saying"/"to say" to the verb that has one."""
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            return None
        subj = _subject(tok)
        if subj is not None:
            return subj
        if tok.dep_ in ("acl",) and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "with the ambassador saying …"
        if tok.dep_ in ("ROOT",) or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


class _Speakers:
    """Builds speaker dicts and resolves pronouns against earlier persons."""

    def __init__(self, record: Record, doc: Doc) -> None:
        self.doc = doc
        self.mentions = sorted(record.mentions, key=lambda m: m["start"])
        self.kind = {a["id"]: a.get("kind") for a in record.actors}
        self.starts = [m["start"] for m in self.mentions]
        # Earlier speakers (char offset, dict), for pronoun resolution.
        self.history: list[tuple[int, dict[str, Any]]] = []

    def _mentions_in(self, start: int, end: int) -> list[dict[str, Any]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i]["start"] < end:
            if self.mentions[i]["end"] <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def actor_for(self, phrase: Span, head: Token) -> str | None:
        """The actor the phrase names: a person mention in it, else the head's own mention."""
        found = self._mentions_in(phrase.start_char, phrase.end_char)
        for m in found:
            if self.kind.get(m["actor"]) == "person":
                return str(m["actor"])
        heads = {head.i} | {
            t.i for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN"
        }
        for m in found:
            span = self.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and any(t.i in heads for t in span):
                return str(m["actor"])
        return None

    def is_media(self, phrase: Span) -> str | None:
        for m in self._mentions_in(phrase.start_char, phrase.end_char):
            if self.kind.get(m["actor"]) in qp.MEDIA_KINDS:
                return str(m["actor"])
        return None

    def _issuer(self, head: Token) -> Token | None:
        """ "A statement issued by X" / "a statement from X" → X."""
        for t in head.subtree:
            if t.lower_ in qp.ISSUER_PREPS and t.dep_ in ("agent", "prep"):
                for obj in t.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    def make(self, head: Token, cue: Token | None) -> dict[str, Any] | None:
        if head.lower_ in qp.PERSON_PRONOUNS and head.pos_ == "PRON":
            return self.resolved_pronoun(head.idx) or self.resolve_pronoun(head.idx)
        phrase = _phrase(head, skip=cue if cue is not None and cue.head.i == head.i else None)
        actor = self.actor_for(phrase, head)
        if head.lemma_.lower() in qp.STATEMENT_NOUNS:
            issuer = self._issuer(head)
            if issuer is not None:
                actor = self.actor_for(_phrase(issuer), issuer)
                # Only an actor the issuer names as a whole (a group), not a member state.
                if actor is not None and self.kind.get(actor) in ("state",):
                    actor = None
            elif self.history and any(t.lower_ in ("the", "this") for t in head.lefts):
                # "The statement … went on to say": the statement named before.
                for _, prev in reversed(self.history):
                    if any(n in prev["text"].lower() for n in qp.STATEMENT_NOUNS):
                        return prev
        speaker = {"text": phrase.text, "actor": actor}
        self.history.append((phrase.start_char, speaker))
        return speaker

    def resolved_pronoun(self, at: int) -> dict[str, Any] | None:
        """The person the actors stage resolved the pronoun at `at` to, named as its last
        naming mention before it."""
        actor = next(
            (m["actor"] for m in self.mentions if m["start"] == at and m.get("via") == "pronoun"),
            None,
        )
        named = [
            m
            for m in self.mentions
            if m["actor"] == actor and m["start"] < at and m.get("via") != "pronoun"
        ]
        return {"text": named[-1]["text"], "actor": actor} if named else None

    def resolve_pronoun(self, at: int) -> dict[str, Any] | None:
        """The nearest earlier person: a person mention, a PERSON entity or an earlier speaker."""
        best: tuple[int, dict[str, Any]] | None = None
        for pos, spk in self.history:
            if pos < at and (best is None or pos > best[0]):
                best = (pos, spk)
        for m in self.mentions:
            if (
                m["start"] < at
                and self.kind.get(m["actor"]) == "person"
                and (best is None or m["start"] > best[0])
            ):
                best = (m["start"], {"text": m["text"], "actor": m["actor"]})
        for ent in self.doc.ents:
            if (
                ent.label_ == "PERSON"
                and ent.end_char <= at
                and (best is None or ent.start_char > best[0])
            ):
                phrase = _phrase(ent.root)
                spk = {"text": phrase.text, "actor": self.actor_for(phrase, ent.root)}
                best = (ent.start_char, spk)
        return best[1] if best else None


def _is_personish(tok: Token) -> bool:
    return (
        tok.ent_type_ in ("PERSON", "NORP", "ORG")
        or tok.lemma_.lower() in qp.PERSON_ROLE_NOUNS
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "DATE", "LOC"))
    )


# Every lemma the indirect-speech loop acts on (cues and statement nouns).
INDIRECT_WORDS = qp.INDIRECT_CUES | qp.STATEMENT_CONTEXT_NOUNS


def _cues_in(sent: Span, quoted: list[tuple[int, int]]) -> list[Token]:
    # the document's token and lemma lists, not `for t in sent`, which makes new Tokens
    tokens, lemmas = doc_tokens(sent.doc), doc_lemma_lowers(sent.doc)
    return [
        tokens[i]
        for i in range(sent.start, sent.end)
        if lemmas[i] in qp.CUE_LEMMAS
        and tokens[i].pos_ in ("VERB", "AUX")
        and not _inside(tokens[i], quoted)
    ]


# --------------------------------------------------------------------------- the stage


def _quote_dict(body: str, q: _Quote, where: str = "body") -> dict[str, Any]:
    return {
        "in": where,
        "start": q.start,
        "end": q.end,
        "text": body[q.start : q.end],
        "kind": q.kind,
        "unclosed": q.unclosed,
        "speaker": q.speaker,
        "cue": (q.extra.get("cue") or (q.cue.lemma_.lower() if q.cue is not None else None)),
        "cue_text": q.extra.get("cue_text") or (q.cue.text if q.cue is not None else None),
        "via": q.via,
    }


class _Attributor:
    def __init__(self, record: Record, doc: Doc, sents: _Sentences, quoted: list[tuple[int, int]]):
        self.body = record.article.body
        self.doc = doc
        self.sents = sents
        self.quoted = quoted
        self.speakers = _Speakers(record, doc)
        self.pars = _paragraphs(self.body)

    def _par_of(self, char: int) -> int:
        return max(0, bisect.bisect_right([p[0] for p in self.pars], char) - 1)

    def _via(self, sent: Span, cue: Token) -> str | None:
        for other in _cues_in(sent, self.quoted):
            if other is cue or other.lemma_.lower() not in qp.RELAY_CUES:
                continue
            subj = _subject(other)
            if subj is not None:
                media = self.speakers.is_media(_phrase(subj))
                if media is not None:
                    return media
        return None

    def attribute_cue(self, q: _Quote, cue: Token, sent: Span) -> bool:
        head = _speaker_token(cue)
        if head is None:
            return False
        q.cue = cue
        q.speaker = self.speakers.make(head, cue)
        if q.speaker is not None:
            q.via = self._via(sent, cue)
            if q.via is not None and q.speaker.get("actor") == q.via:
                q.via = None
        return q.speaker is not None

    def attribute(self, q: _Quote, previous: _Quote | None) -> None:
        first = self.sents.index(q.start)
        last = self.sents.index(max(q.start, q.end - 1))
        cands: list[tuple[int, Token, Span]] = []
        for si in range(first, last + 1):
            sent = self.sents.spans[si]
            for cue in _cues_in(sent, self.quoted):
                # After the quote is the usual place ("“…,” X said"); nearer beats farther.
                dist = cue.idx - q.end if cue.idx >= q.end else (q.start - cue.idx) + 1
                cands.append((dist, cue, sent))
        for _, cue, sent in sorted(cands, key=lambda c: c[0]):
            if self.attribute_cue(q, cue, sent):
                return
        # "“…,” X said. “…”": the quote just before in the paragraph keeps its speaker.
        if (
            previous is not None
            and previous.speaker is not None
            and self._par_of(previous.start) == self._par_of(q.start)
        ):
            q.speaker, q.cue, q.via = previous.speaker, previous.cue, previous.via
            return
        par_start, par_end = self.pars[self._par_of(q.start)]
        # No cue anywhere near: the subject of the sentence around (the parser may have
        # merged "X spoke on Friday. “…”" into one), then before, then after.
        for si in (first, first - 1, last + 1):
            if not 0 <= si < len(self.sents.spans):
                continue
            sent = self.sents.spans[si]
            if sent.start_char < par_start or sent.end_char > par_end + 1:
                continue
            for cue in _cues_in(sent, self.quoted):
                if self.attribute_cue(q, cue, sent):
                    return
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or _inside(subj, self.quoted) or not _is_personish(subj):
                # A misparsed subject ("Vesely" as advmod) still shows as a person entity.
                people = [e for e in sent.ents if e.label_ == "PERSON"]
                subj = people[0].root if people else subj
            if subj is not None and not _inside(subj, self.quoted) and _is_personish(subj):
                q.speaker = self.speakers.make(subj, None)
                return


def _content_span(doc: Doc, clause: Token, skip: set[int]) -> tuple[int, int] | None:
    toks = [t for t in clause.subtree if t.i not in skip]
    if not toks:
        return None
    lo, hi = toks[0].i, toks[-1].i
    while lo <= hi and (doc[lo].dep_ == "mark" or doc[lo].is_punct):
        lo += 1
    while hi >= lo and doc[hi].is_punct and doc[hi].text not in "”\"’'":
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _indirect(att: _Attributor, direct: list[_Quote]) -> list[_Quote]:
    doc, body = att.doc, att.body
    out: list[_Quote] = []

    def quoted_share(start: int, end: int) -> float:
        covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in direct)
        return covered / max(1, end - start)

    def add(
        span: tuple[int, int] | None,
        head: Token | None,
        cue: Token,
        sent: Span,
        extra: dict[str, Any] | None = None,
    ) -> None:
        if span is None or head is None or quoted_share(*span) > qp.MAX_QUOTED_SHARE:
            return
        q = _Quote(span[0], span[1], kind="indirect", cue=cue, extra=extra or {})
        q.speaker = att.speakers.make(head, cue)
        q.via = att._via(sent, cue)
        if q.speaker is not None and q.via == q.speaker.get("actor"):
            q.via = None
        out.append(q)

    tokens, lemmas, lowers = doc_tokens(doc), doc_lemma_lowers(doc), doc_lowers(doc)
    for sent in att.sents.spans:
        for i in range(sent.start, sent.end):
            lemma = lemmas[i]
            if lemma not in INDIRECT_WORDS and lowers[i] != qp.ACCORDING_TO[0]:
                continue  # most words cue nothing: skip the costlier checks below
            tok = tokens[i]
            if _inside(tok, att.quoted):
                continue
            if lemma in qp.INDIRECT_CUES and tok.pos_ in ("VERB", "AUX"):
                for child in tok.children:
                    if child.dep_ == "ccomp" and child.i > tok.i:
                        nested = child.lemma_.lower() in qp.CUE_LEMMAS and _subject(child)
                        if nested:
                            continue
                        span = _content_span(doc, child, set())
                        if span is not None and lemma not in qp.LISTENER_CUES:
                            # "saying efforts … are under way": the parse hangs the clause's
                            # subject on the cue as its object.
                            for obj in tok.children:
                                if obj.dep_ == "dobj" and tok.i < obj.i < child.i:
                                    span = (min(span[0], obj.left_edge.idx), span[1])
                        add(span, _speaker_token(tok), tok, sent)
                    elif child.dep_ == "prep" and child.lower_ in qp.CONTENT_PREPS.get(lemma, ()):
                        for obj in child.children:
                            if obj.dep_ == "pobj":
                                add(_content_span(doc, obj, set()), _speaker_token(tok), tok, sent)
            elif tok.lower_ == qp.ACCORDING_TO[0] and tok.i + 1 < len(doc):
                to = doc[tok.i + 1]
                source = next((c for c in to.children if c.dep_ == "pobj"), None)
                if to.lower_ != qp.ACCORDING_TO[1] or source is None:
                    continue
                skip = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
                root = sent.root
                add(
                    _content_span(doc, root, skip),
                    source,
                    tok,
                    sent,
                    {"cue": "according to", "cue_text": body[tok.idx : to.idx + len(to.text)]},
                )
            elif (
                tok.dep_ == "pobj"
                and tok.lemma_.lower() in qp.STATEMENT_CONTEXT_NOUNS
                and tok.head.lower_ == "in"
                and tok.head.head.pos_ == "VERB"
                and tok.head.head.lemma_.lower() not in qp.CUE_LEMMAS
            ):
                verb = tok.head.head
                subj = _subject(verb)
                if subj is None:
                    continue
                skip = {t.i for t in tok.head.subtree} | {t.i for t in subj.subtree}
                skip |= {t.i for t in verb.children if t.dep_ in ("aux", "punct")}
                toks = sorted(
                    i for i in (t.i for t in verb.subtree) if i not in skip and i >= verb.i
                )
                if toks:
                    end_tok = doc[toks[-1]]
                    while end_tok.is_punct and end_tok.i > verb.i:
                        end_tok = doc[end_tok.i - 1]
                    span = (verb.idx, end_tok.idx + len(end_tok.text))
                    add(span, subj, verb, sent, {"cue": tok.lemma_.lower(), "cue_text": tok.text})
    return out


# --------------------------------------------------------------------------- the headline


def _speaker_words(phrase: str) -> str | None:
    """A headline speaker phrase, trimmed, or None when it cannot be one (empty, too long,
    holding a mark, or a possessive such as "UN's" in "UN's call for ‘restraint’")."""
    phrase = phrase.strip(" ,.;:!?" + qp.HEADLINE_DASHES)
    words = phrase.split()
    if not words or len(words) > qp.MAX_HEADLINE_SPEAKER_WORDS:
        return None
    if qp.MARK_RE.search(phrase) or qp.SINGLE_MARK_RE.search(words[-1]):
        return None
    return phrase


def _cue_at(words: list[str]) -> int | None:
    """Index of the last headline cue among `words`, if any."""
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower().strip(",") in qp.HEADLINE_CUES:
            return i
    return None


def _headline_speaker(text: str, q: _Quote) -> tuple[str | None, str | None]:
    """(speaker phrase, cue word) from the headline's attribution: "‘…,’ says X", "‘…’ – X",
    "X: ‘…’", "X warns of ‘…’". No attribution, no speaker: none is guessed."""
    lead = text[: q.start - 1].rstrip()
    tail = text[q.end + (0 if q.unclosed else 1) :].strip().lstrip(",").strip()
    if not lead:
        if tail[:1] and tail[0] in qp.HEADLINE_DASHES:
            return _speaker_words(tail[1:]), None
        words = tail.split()
        if words and words[0].lower() in qp.HEADLINE_CUES:
            return _speaker_words(" ".join(words[1:])), words[0]  # "…, says Georgian leader"
        if words and words[-1].lower() in qp.HEADLINE_CUES:
            return _speaker_words(" ".join(words[:-1])), words[-1]  # "…, Kremlin says"
        return None, None
    if lead.endswith(":"):
        who = _speaker_words(lead[:-1].rsplit(":", 1)[-1])
        if who is not None:
            last = who.split()[-1]
            if last[:1].isupper() or last.lower() in qp.PERSON_ROLE_NOUNS:
                return who, None
        return None, None
    words = lead.rsplit(":", 1)[-1].split()
    at = _cue_at(words)
    if at is None:
        return None, None
    return _speaker_words(" ".join(words[:at])), words[at]


def _bare(name: str) -> str:
    name = name.casefold().strip()
    return name[4:] if name.startswith("the ") else name


def _headline_actor(record: Record, speaker: str) -> str | None:
    """The actor the actors stage found that the headline speaker names: one whose name or
    mention text ends the phrase ("Defence Minister Oskar Lind", "Kremlin" for a mention "the
    Kremlin"), or a person whose surname is the phrase's last word. None if none or several."""
    said = _bare(speaker)
    last = speaker.split()[-1]
    names = [(a.get("name") or "", a["id"]) for a in record.actors]
    names += [
        (m.get("text") or "", m.get("actor")) for m in record.mentions if m.get("via") != "pronoun"
    ]
    kinds = {a["id"]: a.get("kind") for a in record.actors}
    found: set[str] = set()
    for name, actor in names:
        bare = _bare(name)
        if not bare or actor is None:
            continue
        surname = kinds.get(actor) == "person" and last[:1].isupper()
        if (
            said == bare
            or said.endswith(" " + bare)
            or (surname and bare.split()[-1] == last.casefold())
        ):
            found.add(str(actor))
    return found.pop() if len(found) == 1 else None


def headline_quotes(record: Record) -> list[dict[str, Any]]:
    """Quotes in `record.article.headline`, double- or single-quoted, with offsets into the
    headline and `in: "headline"`. A headline repeated as the body's first paragraph is left
    to the body, so its quotes are not found twice."""
    text = record.article.headline or ""
    pars = _paragraphs(record.article.body)
    first = record.article.body[pars[0][0] : pars[0][1]].strip() if pars else ""
    if not text.strip() or text.strip() == first:
        return []
    double = find_direct_spans(text, _Sentences(None))
    skip = [(q.start, q.end) for q in double]
    out: list[dict[str, Any]] = []
    for lo, hi in _paragraphs(text):
        for q in _outermost(double + find_single_spans(text, lo, hi, skip, _Sentences(None))):
            if not lo <= q.start < hi:
                continue
            lead = text[lo : q.start - 1].strip()
            q.kind = "direct" if q.unclosed or not lead or lead.endswith(":") else "partial"
            who, cue = _headline_speaker(text, q)
            if who is not None:
                q.speaker = {"text": who, "actor": _headline_actor(record, who)}
                if cue is not None:
                    q.extra = {"cue": qp.HEADLINE_CUES[cue.lower()], "cue_text": cue}
            out.append(_quote_dict(text, q, "headline"))
    return out


def quotes_stage(record: Record, doc: Doc) -> None:
    """Fill `record.quotes` with direct, partial and indirect quotes: the headline's first
    (offsets into the headline, `in: "headline"`), then the body's in text order."""
    body = record.article.body
    sents = _Sentences(doc)
    double = find_direct_spans(body, sents)
    skip = [(q.start, q.end) for q in double]
    single = [
        q for lo, hi in _paragraphs(body) for q in find_single_spans(body, lo, hi, skip, sents)
    ]
    direct = _outermost(double + single)
    quoted = [(q.start, q.end) for q in direct]
    att = _Attributor(record, doc, sents, quoted)
    previous: _Quote | None = None
    for q in direct:
        q.kind = "direct" if _is_direct(body, q, sents) else "partial"
        att.attribute(q, previous)
        if q.speaker is not None:
            att.speakers.history.append((q.start, q.speaker))
        previous = q
    found = direct + _indirect(att, direct)
    found.sort(key=lambda q: (q.start, q.end))
    record.quotes = headline_quotes(record) + [_quote_dict(body, q) for q in found]
