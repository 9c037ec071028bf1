"""Tense: which way from publication the predicate governing a date points.

`tense_at(doc, start, end)` reads the verb that governs an expression in the parse:
"past" for what is reported as done, "future" for what is planned or scheduled, None when
the parse does not say. A headline's simple present reports the past.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faultline.nlp import doc_text
from faultline.timex import patterns as P


def _lemma(token: Token) -> str:
    """The token's lemma, with the small model's known slips put right ("hoped" is not "hop")."""
    return P.LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"could", "would"} and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # a refusal or failure reported: "could not be reached on Monday"
    if words & P.MODALS_OF_THE_PAST and "have" in words:
        return "past"  # a modal perfect looks back: "may have crossed the border on Monday"
    if words & P.FUTURE_AUX:
        return "future"
    if "to" in words or verb.dep_ == "xcomp":
        # An infinitive is planned when its head plans it ("is to discuss", "plans to
        # visit"), else it takes its head's tense ("agreed to withdraw ...").
        head = verb.head
        if head.i == verb.i:
            return "future"  # a headline's bare infinitive: "Markets to stay closed"
        if depth > 3:
            return None
        # An adjective's tense is its copula's: "was due to be released", "is likely to"
        holder = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
        head_tense = _verb_tense(holder, depth + 1)
        lemma = _lemma(head)
        if lemma in P.PLANNING_HEADS and (head_tense != "past" or _present_perfect(holder)):
            # A plan that stands now, also in the perfect: "have agreed to meet on Friday".
            return "future"
        # "was going to" and "was to" plan as "was expected to" does
        expecting = (
            lemma in P.EXPECTING_HEADS
            or (lemma == "go" and head.tag_ == "VBG")
            or (lemma == "be" and head.tag_ == "VBD")
        )
        if lemma == "expect" and head_tense == "past" and _past_perfect(holder):
            # An expectation in the past perfect is over: "economists who had expected the
            # market to stabilise by the end of the year" (a plan in it may still stand:
            # "had planned to open the store on Friday, and now will").
            return "past"
        if expecting and head_tense == "past":
            # What was expected or scheduled lies after the expecting, which may be before
            # publication or after it: "the results were due to be released on Oct. 20";
            # but a reported plan is the speaker's present one, shifted into the past
            # ("said it planned to close the plant on Monday", "said he was going to").
            return "future" if _reported(holder) else None
        if lemma in P.REQUEST_HEADS and head_tense == "past":
            # What was asked or ordered lies after the asking, before publication or after.
            return None
        purpose = verb.dep_ in ("advcl", "acl", "relcl")
        if purpose and head_tense == "past" and _present_perfect(holder):
            # A purpose lies after the act it is the purpose of, ahead of one that stands
            # now: "has identified companies for the program to run through June".
            return "future"
        return head_tense
    if any("Past" in a.morph.get("Tense", []) for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if words & {"have", "has", "'ve"}:
        # The present perfect reports a done act, but a request or plan it reports stands
        # now, so a date on it is the date asked for: "has called for a rally on Tuesday"
        # (the perfect takes no past date of its own: not "*has called on Tuesday").
        return "future" if _lemma(verb) in P.STANDING_HEADS else "past"
    if verb.tag_ == "VBN" and not auxes and _lemma(verb) in P.SCHEDULING_PARTICIPLES:
        # "the vote, scheduled for Sunday, would go ahead": the date lies after the
        # scheduling, ahead unless the clause around it is told in the past.
        above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        outer = _verb_tense(above, depth + 1) if above is not None and depth <= 3 else None
        return None if outer == "past" else "future"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # reduced relative: "the decree signed on Tuesday"
    if verb.tag_ == "VBG" and not auxes and verb.head.lower_ in P.AFTER_PREPOSITIONS:
        return "past"  # "shares are down after falling on Monday"
    if verb.tag_ == "VBG" and not auxes and depth <= 3:
        # A bare gerund has no tense of its own: "accused X of provoking it on Monday" is
        # as past as "accused".
        above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is not None:
            return _verb_tense(above, depth + 1)
    conditional = any(c.dep_ == "mark" and c.lower_ in P.CONDITIONALS for c in verb.children)
    if verb.tag_ == "VBP" and not auxes and verb.lower_ in P.PAST_LIKE_PRESENT and not conditional:
        # "The central banks cut rates on October 8": the past and the present are one
        # word, and the tagger's present is a guess; the date's own nearness decides (not
        # after "if", whose present is ahead: "if they cut rates on Tuesday").
        return None
    if verb.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "'s", "'re"}:
        # In news the present with a date is a schedule: "meets on Monday", "is planning".
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not auxes and depth <= 3:
        # A bare verb joined to another shares its tense and its plan: "hopes to certify
        # the aircraft by the end of the year, and deliver the first one in November".
        head = verb.head
        if _lemma(head) in P.PLANNING_HEADS and _verb_tense(head, depth + 1) != "past":
            return "future"
        return _verb_tense(head, depth + 1)
    return None


def _past_perfect(verb: Token) -> bool:
    return any(c.lower_ in ("had", "'d") for c in verb.children if c.dep_ == "aux")


def _present_perfect(verb: Token) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & {"have", "has", "'ve"})


def _reported(verb: Token) -> bool:
    """Whether `verb` heads a clause reported by a past verb of saying ("said it planned
    to ...")."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and _lemma(head) in P.REPORTING_HEADS
        and (head.tag_ == "VBD" or _verb_tense(head, 4) == "past")
    )


def _in_headline(text: str, offset: int) -> bool:
    """Whether `offset` lies in a one-line paragraph without closing punctuation."""
    begin = text.rfind("\n\n", 0, offset)
    begin = 0 if begin < 0 else begin + 2
    finish = text.find("\n\n", offset)
    block = text[begin : len(text) if finish < 0 else finish].strip()
    return (
        bool(block)
        and "\n" not in block
        and len(block) <= P.HEADLINE_MAX_CHARS
        and (block[-1] not in P.SENTENCE_END)
    )


def _right_after_simple_past(span: Span) -> bool:
    """Whether a simple-past verb comes right before the date ("said on Monday it could
    ...", "announced Monday"): the date is that verb's, whatever the parser attaches it to.
    Not for a possessive ("said Monday's vote would ..."), which belongs to its noun."""
    if span.text.endswith(("'s", "’s")):
        return False
    i = span.start - 1
    if span[0].lower_ != "on" and i >= 0 and span.doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and span.doc[i].tag_ == "VBD" and span.doc[i].pos_ in ("VERB", "AUX")


def _governing_verb(doc: Doc, span: Span) -> tuple[Token | None, bool]:
    """The first verb above the expression in the parse (none when the chain is broken),
    and whether the expression sits in an "after ..." phrase on the way to it."""
    token = span.root
    after = False
    for _ in range(12):  # a head chain longer than this is a parse gone wrong
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            return _past_a_saying_after(span, token), after
        if token.head.i == token.i:
            break
        after = after or token.head.lower_ in P.AFTER_PREPOSITIONS
        token = token.head
    return None, after


def _past_a_saying_after(span: Span, verb: Token) -> Token:
    """The verb the date belongs to when the parse hangs it on a verb of saying set off
    after it ("The iPad will go on sale in nine countries on Friday, the company confirmed
    today": "go", not "confirmed"): the verb of the words reported before it, whichever
    way the parse joins the two; else `verb`."""
    if (
        verb.i < span.end
        or _lemma(verb) not in P.REPORTING_HEADS
        or not any(t.text == "," for t in span.doc[span.end : verb.i])
    ):
        return verb
    if verb.dep_ in ("advcl", "parataxis", "ccomp"):
        reported: Token | None = verb.head  # "go" <-advcl- "confirmed"
    else:
        reported = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if reported is None or reported.pos_ not in ("VERB", "AUX") or reported.i >= span.start:
        return verb
    return reported


def _predicate_tense(
    doc: Doc, span: Span, start: int, *, headline: bool = True
) -> tuple[str | None, Token | None]:
    """The tense of the verb governing `span`, with a headline's forms read as such unless
    `headline` is false; and that verb."""
    token, after = _governing_verb(doc, span)
    if token is None:
        return None, None
    verb_tense = _verb_tense(token)
    plain_present = token.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children
    )
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    headline_form = (verb_tense == "future" and plain_present) or (
        verb_tense is None and infinitive
    )
    if headline and headline_form and _in_headline(doc_text(doc), start):
        # A headline's simple present reports what happened ("Stocks tumble on Monday");
        # its future is "to" ("Markets to reopen on Monday").
        return ("future" if infinitive else "past"), token
    if after and verb_tense == "future" and plain_present and _lemma(token) in P.STATES:
        # What a present state follows is done: "shares are down after Monday's fall".
        return "past", token
    lemma = _lemma(token)
    sequence = lemma in P.SEQUENCE_VERBS and (lemma == "follow" or after)
    if verb_tense == "future" and plain_present and sequence:
        # "the move follows Monday's decision", "comes after Monday's hearing"
        return "past", token
    if verb_tense == "future" and _would_with_a_month(span, token):
        # The future of a past ("his vow that Britain would leave the EU on Oct. 31",
        # "said the trial would begin in August") lies after a saying that may be long
        # before publication: the nearest such month or day. Weekdays keep "ahead".
        return None, token
    if verb_tense == "future" and _names_a_thing_by_its_date(span):
        # "questions about Trump's July 25 call": the date names the call, which may lie
        # before publication as well as after it; the nearest such date.
        return None, token
    if verb_tense == "past" and _dates_what_is_expected(span, token):
        # "said it expected delivery in December": the speaker's present expectation;
        # unreported, after the expecting, before publication or after it.
        return ("future" if _reported(token) else None), token
    return verb_tense, token


def _dates_what_is_expected(span: Span, verb: Token) -> bool:
    """Whether `span` dates the object of a past verb of expecting ("expected delivery in
    December", "forecast a profit for 2010"), not the expecting itself; not in the past
    perfect, whose expectation is over ("had expected a profit in 2008")."""
    if _lemma(verb) not in P.EXPECTING_OBJECT_HEADS or verb.tag_ != "VBD":
        return False
    if any(c.lower_ in ("had", "'d") for c in verb.children if c.dep_ == "aux"):
        return False
    token = span.root
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ == "dobj" and token.pos_ in ("NOUN", "PROPN")


def _would_with_a_month(span: Span, verb: Token) -> bool:
    """Whether a date with a month hangs on a verb whose future is "would", outside a
    report by a past verb of saying ("his vow that Britain would leave on Oct. 31"; not
    "said the trial would begin in August", the speaker's present future)."""
    if not any(t.lower_.rstrip(".") in P.MONTHS for t in span) or _reported(verb):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def _names_a_thing_by_its_date(span: Span) -> bool:
    """Whether a date with a month stands before a noun as its modifier ("the July 25
    call", "a Nov. 5 letter", "the December debate")."""
    if not any(t.lower_.rstrip(".") in P.MONTHS for t in span):
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.i >= span.end


def _bare_participle(verb: Token) -> bool:
    """A past form with no auxiliary: in a headline, which reports the past in the present,
    a passive participle ("Airport shut until Friday"), whatever tag the parse gives it."""
    no_aux = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in ("VBN", "VBD") and no_aux


def _sets_a_later_time(verb: Token | None) -> bool:
    """Whether the act of `verb` (or of the verb whose infinitive it is) fixes a time after
    itself: "adjourned the trial until Monday", "gave both sides until Saturday to respond"."""
    if verb is None:
        return False
    lasting = ("remain", "stay")  # read by form: the parse may lemmatise them as auxiliaries
    if (verb.dep_ in ("acomp", "oprd") and verb.head.lower_.startswith(lasting)) or any(
        c.dep_ == "auxpass" and c.lower_.startswith(lasting) for c in verb.children
    ):
        return False  # "remained suspended until Tuesday": a state that lasted, no act
    if _lemma(verb) in P.DEFERRING_HEADS:
        return True
    to_infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    head = verb.head
    return to_infinitive and head.i != verb.i and _lemma(head) in P.DEFERRING_HEADS


def _deadline_tense(verb_tense: str | None, verb: Token | None) -> str:
    """The tense of a date that ends a stretch or bounds an act ("until Monday", "by
    Friday"): the past when a past act reached it ("stayed closed until Monday", "had
    taken the airport by Monday"), else ahead ("will hold until Sunday", "were told to
    leave by Friday", "adjourned the trial until Monday")."""
    if verb_tense == "past" and not _sets_a_later_time(verb) and not _reported_state(verb):
        return "past"
    return "future"


def _reported_state(verb: Token | None) -> bool:
    """Whether `verb` is a state in the simple past reported by a past verb of saying: the
    speaker's present, shifted into the past ("said the road was closed until Friday",
    "said the airport remained shut until Monday"); not a reported event ("said the talks
    went on until Monday") nor a past perfect ("had been closed")."""
    if verb is not None and verb.dep_ in ("acomp", "oprd"):
        verb = verb.head  # "remained [shut]": the state is the linking verb's
    if verb is None or not _reported(verb):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"had", "'d"}:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive or _lemma(verb) in P.STATES


def _dates_a_happening(span: Span) -> bool:
    """Whether the expression dates a noun for something that cannot be scheduled, so is
    past whatever the clause's tense: "survivors of Tuesday's earthquake", "are
    investigating a shooting on Sunday". The parse must hang the date on the noun."""
    if _right_after_a_happening(span):
        return True
    root = span.root
    head = root.head  # the noun of "Tuesday's earthquake", or the "on" of "on Sunday"
    if head.i != root.i and head.pos_ == "ADP":
        head = head.head  # "a shooting [on [Sunday]]"
    if span.start <= head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return _lemma(head) in P.HAPPENINGS or head.lower_ in P.HAPPENINGS


def _right_after_a_happening(span: Span) -> bool:
    """Whether the date's "on" or "in" comes right after a noun for a happening ("counting
    the cost of the riots on Monday", "investigating the explosion on Sunday"): the date is
    the noun's, wherever the parse hangs it."""
    doc = span.doc
    i = span.start if span[0].lower_ in ("on", "in") else span.start - 1
    if i < 1 or doc[i].lower_ not in ("on", "in"):
        return False
    noun = doc[i - 1]
    return noun.pos_ == "NOUN" and (_lemma(noun) in P.HAPPENINGS or noun.lower_ in P.HAPPENINGS)


def _dates_a_schedule(span: Span) -> bool:
    """Whether a date with a month ("an October 15 deadline", "the deadline of March
    31") dates a noun for a time that is set (`P.SCHEDULE_NOUNS`), not done."""
    if not any(t.lower_.rstrip(".") in P.MONTHS for t in span):
        return False
    root = span.root
    head = root.head
    if head.i != root.i and head.pos_ == "ADP" and head.lower_ in ("of", "for"):
        head = head.head  # "the deadline [of [March 31]]"
    if span.start <= head.i < span.end or head.pos_ != "NOUN":
        return False
    return head.lower_ in P.SCHEDULE_NOUNS


def _a_reported_month(span: Span) -> bool:
    """Whether a bare month is the period figures are "for" ("the employment report for
    December", "sales figures for May"): a month reported on is over."""
    names = [t for t in span if t.lower_ not in ("for", "the", "month", "of")]
    if len(names) != 1 or names[0].lower_.rstrip(".") not in P.MONTHS:
        return False
    doc = span.doc
    i = span.start if span[0].lower_ == "for" else span.start - 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    noun = doc[i - 1]  # the parse may hang "for" on the verb ("will publish its report for")
    return noun.pos_ == "NOUN" and noun.lower_ in P.REPORTED_PERIOD_NOUNS


def _due_after_a_noun(span: Span) -> bool:
    """Whether the date follows a "due" that qualifies a noun, no copula's complement ("the
    election due in September", "a payment due on Friday"): the date is set, ahead of the
    clause around it (a "due" with a copula, "was due on Monday", keeps the copula's
    tense)."""
    doc = span.doc
    i = span.start if span[0].lower_ in ("in", "on", "by") else span.start - 1
    if i < 1 or doc[i].lower_ not in ("in", "on", "by"):
        return False
    due = doc[i - 1]
    return due.lower_ == "due" and due.dep_ not in ("acomp", "ROOT", "conj")


def governing_verb_at(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the verb that governs [start, end), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(doc, span)[0] if span is not None and len(span) else None
    return verb.i if verb is not None else None


def reporting_verb_at(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the past verb of saying or expecting whose complement holds the
    verb that governs [start, end) ("In March, GM said it would close the plant in
    August": "said"), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(doc, span)[0] if span is not None and len(span) else None
    token = verb
    for _ in range(4):
        if token is None or token.head.i == token.i or token.dep_ not in ("ccomp", "xcomp"):
            return None
        token = token.head
        lemma = _lemma(token)
        past_perfect = token.tag_ == "VBN" and any(
            c.lower_ in ("had", "'d") for c in token.children if c.dep_ == "aux"
        )
        if (token.tag_ == "VBD" or past_perfect) and (
            lemma in P.REPORTING_HEADS or lemma in P.EXPECTING_OBJECT_HEADS
        ):
            return token.i
    return None


def commitment_at(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the verb of planning or asking whose infinitive [start, end)
    dates ("promised on Monday to step down on Friday": "promised"), or None. What is
    promised, agreed or asked for lies after the promising."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(doc, span)[0] if span is not None and len(span) else None
    if verb is None or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i or _lemma(head) not in P.PLANNING_HEADS | P.REQUEST_HEADS:
        return None
    return head.i


def _bounded(span: Span) -> bool:
    """Whether the expression is the object of a preposition of a deadline ("until
    Monday", "by Friday"); not the agent of a passive ("surprised by Tuesday's
    announcement") nor a possessive, which belongs to the noun after it."""
    doc = span.doc
    if span[0].lower_ in P.DEADLINE_PREPOSITIONS:
        preposition = span[0]
    elif span.start > 0 and doc[span.start - 1].lower_ in P.DEADLINE_PREPOSITIONS:
        preposition = doc[span.start - 1]
    else:
        return False
    possessive = span[-1].lower_ in ("'s", "’s") or (
        span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    )
    return preposition.dep_ != "agent" and not possessive


def _after_back(span: Span) -> bool:
    """Whether the date's preposition hangs on "back" ("back in March", "as far back as
    2004"), not on a verb with "back" ("will come back in March")."""
    doc = span.doc
    if span[0].pos_ == "ADP":
        preposition = span[0]
    elif span.start > 0 and doc[span.start - 1].pos_ in ("ADP", "SCONJ"):
        preposition = doc[span.start - 1]
    else:
        return False
    return preposition.head.lower_ == "back"


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """The tense ("past", "future" or None) of the predicate governing [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if span[0].lower_ in P.PAST_PREPOSITIONS or before in P.PAST_PREPOSITIONS:
        return "past"
    if _after_back(span):
        return "past"  # "sending video to a TV back in March"
    if _dates_a_happening(span):
        return "past"
    if _dates_a_schedule(span):
        return None
    preceding = doc_text(doc)[max(0, span.start_char - 24) : span.start_char]
    if "due" in preceding + span.text and _due_after_a_noun(span):
        return "future"
    if "for" in preceding + span.text and _a_reported_month(span):
        return "past"
    if P.AHEAD_OF.search(preceding):
        return "future"  # a date the act comes before
    if P.ENDING_BEFORE.search(preceding) or (
        span[0].lower_ in ("in", "on") and P.ENDING_BEFORE.search(preceding + span[0].text + " ")
    ):
        return None  # "the year ending in March": the nearest March
    if _bounded(span):
        # A headline's present before "until" is a state, not a past event: "Call for
        # Proposals Is Open Until July 31"; so is its bare participle: "Airport shut until
        # Friday".
        verb_tense, verb = _predicate_tense(doc, span, start, headline=False)
        if verb is not None and _bare_participle(verb) and _in_headline(doc_text(doc), start):
            return "future"
        return _deadline_tense(verb_tense, verb)
    if _right_after_simple_past(span):
        return "past"
    return _predicate_tense(doc, span, start)[0]
