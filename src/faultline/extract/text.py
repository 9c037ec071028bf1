"""Article extraction from plain-text captures of pages, where page clutter survives as lines.

A capture is split into blocks at blank lines and each block into units: single lines, or
the lines of one hard-wrapped paragraph joined back together. Every unit is labelled
headline, byline, timestamp, body or a kind of clutter (`text_patterns.KIND_CUES`, plus
"outlet_name") in four passes:

1. cues: what each unit says by itself: clutter cues, a timestamp, a "By …" byline, prose;
2. outlet: the outlet's name, from a proper name that recurs across clutter lines;
3. labels again, now knowing the outlet (its name on a line of its own, its voice in an
   appeal), then context: appeals spread to adjacent prose in the same voice, "Related"
   headers take the list under them, connector lines ("or") join their neighbours;
4. header: before the body, the first headline-shaped line is the headline and the lines
   after it may be bylines ("Role,Name", "Name and Name", "Name in City", …).

The body is every body unit in order, one paragraph per unit (wrapped blocks are one
paragraph); a leading ALL-CAPS dateline is taken off the first paragraph. Every other unit
goes to `Article.removed`, one entry per line, except headline, byline and timestamp lines.
All word lists, patterns and thresholds are in `text_patterns`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faultline.document import Article, Author, Removed
from faultline.extract import text_patterns as pat

_HEADER = frozenset({"headline", "byline", "timestamp"})
CLUTTER_KINDS = frozenset(pat.KIND_CUES) | {"outlet_name"}
_KIND_ORDER = {kind: i for i, kind in enumerate(pat.KIND_CUES)}


@dataclass
class _Unit:
    """One line, or the lines of one hard-wrapped paragraph, with what it says by itself."""

    lines: list[str]
    block: int
    text: str = ""
    words: int = 0
    prose: bool = False  # running English text: long enough, function words, a sentence
    sentence: bool = False  # ends like a sentence
    authors: list[Author] = field(default_factory=list)  # when a "By …" byline
    stamps: list[tuple[str, bool]] = field(default_factory=list)  # (iso, is_update)
    cues: Counter[str] = field(default_factory=Counter)  # clutter kind -> cue score


def extract_text(text: str, *, meta: Mapping[str, Any] | None = None) -> Article:
    """Return the article in the plain-text capture `text`; "" body when there is none.

    `meta` is what the container already knew (url, published, outlet, headline); it wins
    over what the capture says, and a known outlet also helps to recognise its clutter.
    """
    meta = meta or {}
    units, wrapped = _units(text)
    for unit in units:
        _describe(unit)
    outlet: str | None = meta.get("outlet") or _infer_outlet(units)
    labels = [_first_label(unit, outlet) for unit in units]
    _spread_appeals(units, labels, outlet)
    _spread_related(units, labels)
    _join_connectors(units, labels)
    headline_i = _label_header(units, labels, meta.get("headline"))
    _label_rest(units, labels)

    paragraphs = _paragraphs(units, labels, wrapped)
    dateline = None
    if paragraphs and (match := pat.DATELINE.match(paragraphs[0])):
        dateline = match.group("place").strip()
        paragraphs[0] = paragraphs[0][match.end() :].strip()
    bylines = [u for u, label in zip(units, labels, strict=True) if label == "byline"]
    return Article(
        body="\n\n".join(paragraphs),
        headline=meta.get("headline") or (units[headline_i].text if headline_i >= 0 else None),
        outlet=outlet,
        url=meta.get("url"),
        authors=_dedupe_authors(a for u in bylines for a in u.authors),
        published=meta.get("published") or _published(units, labels),
        dateline=dateline,
        removed=[
            Removed(text=line, kind=label)
            for unit, label in zip(units, labels, strict=True)
            if label in CLUTTER_KINDS
            for line in unit.lines
        ],
    )


# --- units ------------------------------------------------------------------------------


def _units(text: str) -> tuple[list[_Unit], set[int]]:
    """Units in reading order, and the indexes of blocks that are hard-wrapped prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    units: list[_Unit] = []
    wrapped: set[int] = set()
    for block_i, block in enumerate(pat.BLANK_LINES.split(text)):
        lines = [pat.WHITESPACE.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _looks_wrapped(lines):  # one paragraph cut at a fixed width: one unit
            wrapped.add(block_i)
            units.append(_Unit(lines=lines, block=block_i))
            continue
        current: list[str] = []
        for line in lines:
            if current and _continues(current[-1], line):
                current.append(line)
                wrapped.add(block_i)
                continue
            if current:
                units.append(_Unit(lines=current, block=block_i))
            current = [line]
        if current:
            units.append(_Unit(lines=current, block=block_i))
    return units, wrapped


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence `previous` broke off at a wrap."""
    if len(previous) < pat.WRAP_MIN_CHARS or pat.SENTENCE_END.search(previous):
        return False
    last_word = previous.rsplit(" ", 1)[-1].lower()
    return line[0].islower() or last_word in pat.STOPWORDS or previous[-1] in ",;-—"


def _looks_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: all but the last long and of nearly the same length.

    Two lines are too few to tell a wrap from a byline over a timestamp; `_continues`
    decides those."""
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    open_ended = any(not pat.SENTENCE_END.search(line) for line in lines[:-1])
    return min(widths) >= pat.WRAP_MIN_CHARS and max(widths) - min(widths) <= 25 and open_ended


def _describe(unit: _Unit) -> None:
    """Fill in what the unit says by itself: size, prose shape, timestamps, a "By" byline."""
    unit.text = " ".join(unit.lines)
    words = pat.WORD.findall(unit.text)
    unit.words = len(words)
    stops = sum(1 for w in words if w.lower() in pat.STOPWORDS)
    unit.sentence = bool(pat.SENTENCE_END.search(unit.text))
    unit.prose = (
        unit.words >= pat.PROSE_MIN_WORDS
        and stops >= pat.PROSE_MIN_STOP_RATIO * unit.words
        and (unit.sentence or unit.words >= pat.PROSE_UNPUNCTUATED_WORDS)
    )
    unit.cues = _cue_scores(unit)
    if unit.words <= pat.HEADLINE_MAX_WORDS:
        _read_header_line(unit)


def _read_header_line(unit: _Unit) -> None:
    """A header line: timestamps, a "By …" byline, or both joined by a separator."""
    stamps: list[tuple[str, bool]] = []
    authors: list[Author] = []
    for part in pat.HEADER_SEPARATOR.split(unit.text):
        found = _parse_byline(part, bare=False)
        if found:
            authors.extend(found)
            continue
        part_stamps = _parse_timestamp_line(part)
        if part_stamps is None:
            return  # one part is something else: not a header line at all
        stamps.extend(part_stamps)
    unit.stamps, unit.authors = stamps, authors


# --- labels -----------------------------------------------------------------------------


def _first_label(unit: _Unit, outlet: str | None) -> str | None:
    """The label a unit earns by itself; None when only its context can tell."""
    if outlet and _same(unit.text, outlet):
        return "outlet_name"
    if unit.authors:
        return "byline"
    if unit.stamps:
        return "timestamp"
    kind = _clutter_kind(unit, outlet)
    if kind:
        return kind
    if unit.prose:
        strong, _ = _appeal(unit.text, outlet)
        return "donation_appeal" if strong else "body"
    return None


def _cue_scores(unit: _Unit) -> Counter[str]:
    """Cue score per clutter kind, from the unit's text alone."""
    glued = pat.GLUE.sub("\n", unit.text)  # so that ^ also anchors each glued piece
    scores: Counter[str] = Counter()
    for kind, cues in pat.CUES.items():
        scores[kind] += sum(weight for cue, weight in cues if cue.search(glued))
    if unit.words <= pat.IMPERATIVE_MAX_WORDS:
        for piece in glued.split("\n"):
            if command := pat.IMPERATIVE.match(piece.strip()):
                scores[pat.IMPERATIVE_KINDS[command.group(1).lower()]] += 1
    return +scores  # drop zero counts


def _clutter_kind(unit: _Unit, outlet: str | None) -> str | None:
    """The clutter kind the unit's cues add up to, if they add up to enough."""
    scores = unit.cues
    if not scores:
        return None
    kind = max(scores, key=lambda k: (scores[k], -_KIND_ORDER[k]))
    total = sum(scores.values())
    if not unit.prose:
        return kind if total >= pat.LINE_MIN_SCORE else None
    plain = pat.QUOTED.sub(" ", unit.text)
    voice = bool(pat.FIRST_PLURAL.search(plain) or pat.SECOND_PERSON.search(plain))
    named = bool(outlet and _mentions(unit.text, outlet))
    return kind if total + voice + named >= pat.PROSE_MIN_SCORE else None


def _appeal(text: str, outlet: str | None) -> tuple[bool, bool]:
    """(strong, weak): whether prose speaks in the outlet's own voice about its journalism.

    Strong is enough by itself; weak only next to another appeal. Quotes are dropped first,
    since a source saying "we" is not the outlet saying it.
    """
    plain = pat.QUOTED.sub(" ", text)
    first = len(pat.FIRST_PLURAL.findall(plain))
    second = len(pat.SECOND_PERSON.findall(plain))
    lexicon = len(pat.APPEAL_LEXICON.findall(plain))
    subject = bool(outlet and re.search(pat.OUTLET_SUBJECT.format(outlet=re.escape(outlet)), plain))
    voice = first + second
    score = min(voice, 3) + min(lexicon, 3) + 2 * subject
    strong = voice >= 1 and (lexicon >= 1 or subject) and score >= pat.APPEAL_MIN_SCORE
    named = bool(outlet and _mentions(plain, outlet))
    weak = voice >= 1 and (lexicon >= 1 or subject or second >= 1 or named)
    return strong, weak


def _spread_appeals(units: list[_Unit], labels: list[str | None], outlet: str | None) -> None:
    """Prose in the outlet's voice next to an appeal is part of that appeal, and so is a short
    line in that voice that introduces one ("Before you read on")."""
    changed = True
    while changed:
        changed = False
        for i, label in enumerate(labels):
            after = labels[i + 1 : i + 2]
            around = labels[i - 1 : i] + after if label == "body" else after
            if (
                label in ("body", None)
                and "donation_appeal" in around
                and _appeal(units[i].text, outlet)[1]
            ):
                labels[i] = "donation_appeal"
                changed = True


def _spread_related(units: list[_Unit], labels: list[str | None]) -> None:
    """The title-like lines under a "Related"/"Most read" header are its list."""
    for i in range(1, len(units)):
        unit = units[i]
        if (
            labels[i] is None
            and labels[i - 1] == "related"
            and unit.words >= pat.RELATED_ITEM_MIN_WORDS
            and not unit.sentence
        ):
            labels[i] = "related"


def _join_connectors(units: list[_Unit], labels: list[str | None]) -> None:
    """A bare "or" between two clutter lines belongs to them."""
    for i, unit in enumerate(units):
        if labels[i] is not None or not pat.CONNECTOR_LINE.match(unit.text):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(units) and labels[j] in CLUTTER_KINDS:
                labels[i] = labels[j]
                break


def _label_header(units: list[_Unit], labels: list[str | None], known: str | None) -> int:
    """Label the lines before the body; return the headline's index (-1 when none).

    The headline comes before the first body unit; bylines may also follow a standfirst, so
    they are looked for up to the second body unit.
    """
    body = [i for i, label in enumerate(labels) if label == "body"]
    start = body[0] if body else len(units)
    zone = body[1] if len(body) > 1 else len(units)
    matching = [i for i in range(start) if known and _same(units[i].text, known)]
    headline = matching[0] if matching else -1
    if headline >= 0:
        labels[headline] = "headline"
    for i in range(zone):
        if labels[i] is not None:
            continue
        unit = units[i]
        if headline < 0 and i < start and _headline_shaped(unit):
            labels[i] = "headline"
            headline = i
        elif headline >= 0 and i > headline and (authors := _parse_byline(unit.text, bare=True)):
            labels[i] = "byline"
            unit.authors = authors
        elif i > start:
            continue  # inside the body: left to `_label_rest`
        elif headline >= 0 and unit.sentence and unit.words >= pat.DECK_MIN_WORDS:
            labels[i] = "body"  # a standfirst: the article's own words
        else:
            labels[i] = "navigation"  # section labels, kickers and other page furniture
    return headline


def _headline_shaped(unit: _Unit) -> bool:
    text = unit.text
    return (
        pat.HEADLINE_MIN_WORDS <= unit.words <= pat.HEADLINE_MAX_WORDS
        and len(unit.lines) == 1
        and not text.endswith((".", ":", ","))
        and any(c.islower() for c in text)
    )


def _label_rest(units: list[_Unit], labels: list[str | None]) -> None:
    """Lines still unlabelled after the header. Inside the body they are short paragraphs
    ("He declined to comment.") and crossheads; a short sentence right after the body
    ends it; anything else after the body is page furniture."""
    body = [i for i, label in enumerate(labels) if label == "body"]
    end = body[-1] if body else -1
    for i, label in enumerate(labels):
        if label is not None:
            continue
        if i < end or (i == end + 1 and end >= 0 and units[i].sentence):
            labels[i] = "body"
            end = max(end, i)
        else:
            labels[i] = "navigation"


# --- outlet -----------------------------------------------------------------------------


def _infer_outlet(units: list[_Unit]) -> str | None:
    """The outlet: a proper name recurring across clutter lines or as a masthead line."""
    first = [_first_label(unit, None) for unit in units]
    sources = {i for i, label in enumerate(first) if label in pat.OUTLET_SOURCE_KINDS}
    bonus: Counter[str] = Counter()  # evidence beyond counting lines
    for i, unit in enumerate(units):
        if i in sources:
            for name, introduced in _name_runs(unit.text):
                bonus[name] += 2 * (first[i] == "copyright") + introduced
        elif first[i] is None and _name_line(unit.text):
            bonus[unit.text] += 0
    texts = [unit.text for unit in units]
    scores: dict[str, int] = {}
    for name, extra in bonus.items():
        lines = sum(1 for t in texts if _mentions(t, name))
        in_clutter = sum(1 for i in sources if _mentions(texts[i], name))
        alone = sum(1 for t in texts if t == name)
        if extra or alone + in_clutter >= pat.OUTLET_MIN_LINES:
            scores[name] = lines + in_clutter + alone + extra
    if not scores:
        return None
    best = max(scores, key=lambda n: (scores[n], len(n)))
    # "The Daily Example" over "Daily Example" when the fuller form also recurs.
    fuller = "The " + best
    return fuller if 2 * scores.get(fuller, 0) > scores[best] else best


def _name_runs(text: str) -> Iterable[tuple[str, bool]]:
    """(name, introduced) for proper-name runs in a line that could be an outlet's name;
    introduced when the name follows "from" ("alerts from <Outlet>")."""
    for piece in pat.GLUE.sub("\n", text).split("\n"):
        for match in pat.NAME_RUN.finditer(piece):
            name = pat.CORPORATE_SUFFIX.sub("", match.group()).strip()
            name = re.sub(r"['’]s$", "", name)
            words = name.split()
            if not words or len(words) > pat.OUTLET_MAX_WORDS:
                continue
            if any(w in pat.NOT_OUTLET_WORDS for w in words):
                continue
            before = piece[: match.start()]
            if len(words) == 1 and (not before.strip() or re.search(r"[.!?:]\s*$", before)):
                continue  # a sentence's first word is capitalised anyway
            yield name, bool(pat.OUTLET_AFTER.search(before))


def _name_line(text: str) -> bool:
    """A short line of capitalised words only (a masthead: "The Daily Planet")."""
    words = text.split()
    return (
        0 < len(words) <= pat.NAME_LINE_MAX_WORDS
        and words[0][0].isupper()
        and all(w[0].isupper() or w in ("of", "and", "&", "for") for w in words)
        and not pat.SENTENCE_END.search(text)
        and not any(w in pat.NOT_OUTLET_WORDS for w in words)
    )


# --- bylines ----------------------------------------------------------------------------


def _parse_byline(text: str, *, bare: bool) -> list[Author]:
    """Authors of a byline line; [] when it is not one.

    "By …" lines are read anywhere; `bare` also allows unprefixed forms ("Role,Name",
    "Name, Role", "Name and Name", "Name in City"), which only follow a headline.
    """
    by = pat.BYLINE_BY.match(text)
    if by:
        rest = by.group("rest").strip()
    elif bare:
        rest = text.strip()
    else:
        return []
    if "," in rest:
        head, tail = (p.strip() for p in rest.rsplit(",", 1))
        for names, role in ((head, tail), (tail, head)):
            found = _names(names)
            if found and _role(role):
                return [Author(name=n, role=role) for n in found]
    in_place = pat.BYLINE_IN_PLACE.match(rest)
    if in_place and (found := _names(in_place.group("names"))):
        return [Author(name=n) for n in found]
    found = _names(rest, agencies=bool(by))
    if found and (by or len(found) > 1):
        return [Author(name=n) for n in found]
    return []


def _names(text: str, *, agencies: bool = False) -> list[str]:
    """Person names in "A", "A and B", "A, B and C"; [] unless every part is a name."""
    parts = [p for p in pat.AUTHOR_SPLIT.split(text) if p]
    if not parts:
        return []
    names = [_name(p) or (p if agencies and p in pat.AGENCIES else None) for p in parts]
    return [n for n in names if n] if all(names) else []


def _name(text: str) -> str | None:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return None
    if tokens[0].lower() in pat.NAME_PARTICLES or tokens[-1].lower() in pat.NAME_PARTICLES:
        return None
    for token in tokens:
        if token.lower() in pat.NAME_PARTICLES:
            continue
        if token in pat.NOT_NAME_WORDS or token.lower() in pat.ROLE_NOUNS:
            return None
        if not pat.NAME_TOKEN.match(token):
            return None
    return " ".join(tokens)


def _role(text: str) -> bool:
    """A job title as bylines give it: a few capitalised words ending in a role noun."""
    tokens = text.split()
    return (
        0 < len(tokens) <= 5
        and tokens[0][0].isupper()
        and any(t.lower().strip(".") in pat.ROLE_NOUNS for t in tokens)
    )


def _dedupe_authors(authors: Iterable[Author]) -> list[Author]:
    seen: dict[str, Author] = {}
    for author in authors:
        seen.setdefault(author.name, author)
    return list(seen.values())


# --- timestamps -------------------------------------------------------------------------


def _parse_timestamp_line(text: str) -> list[tuple[str, bool]] | None:
    """[(iso, is_update), …] when the line is only timestamps (and filler words), else None.

    "Published 3 March 2009, updated 4 March 2009" gives two; each piece after "updated"
    is an update.
    """
    pieces = re.split(r"(?i)(?=\b(?:last )?(?:updated|modified)\b)", text)
    stamps = []
    for piece in pieces:
        if not piece.strip(" ,;|"):
            continue
        iso = _parse_timestamp(piece)
        if iso is None:
            return None
        stamps.append((iso, bool(pat.UPDATED.search(piece))))
    return stamps or None


def _parse_timestamp(text: str) -> str | None:
    """The ISO 8601 form of a date (and time, zone) that makes up all of `text`."""
    for pattern in pat.DATE_PATTERNS:
        found = pattern.search(text)
        if found:
            break
    else:
        return None
    month = found.group("month")
    month_n = int(month) if month.isdigit() else pat.MONTHS[month[:3].lower()]
    try:
        day = date(int(found.group("year")), month_n, int(found.group("day")))
    except ValueError:
        return None
    end = found.end() + (text[found.end() : found.end() + 1] == "T")
    rest = text[: found.start()] + " " + text[end:]
    clock, rest = _parse_time(rest)
    if pat.TIMESTAMP_FILLER.sub("", rest):
        return None  # words besides the date: a sentence that mentions a date
    return day.isoformat() + clock


def _parse_time(text: str) -> tuple[str, str]:
    """("T17:03:00+01:00" or "", text without the time) for the first clock time in text."""
    for found in pat.TIME.finditer(text):
        if not (found.group("minute") or found.group("ampm")):
            continue
        hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
        ampm = (found.group("ampm") or "").lower()
        if ampm and not 1 <= hour <= 12:
            continue
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        second = int(found.group("second") or 0)
        zone = pat.ZONE.match(text, found.end())
        offset = _offset(zone) if zone else ""
        after = zone.end() if zone else found.end()
        clock = f"T{hour:02d}:{minute:02d}:{second:02d}{offset}"
        return clock, text[: found.start()] + " " + text[after:]
    return "", text


def _offset(zone: re.Match[str]) -> str:
    numeric = zone.group("offset")
    if numeric:
        digits = numeric[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{numeric[0]}{int(hours):02d}:{minutes}"
    abbr = zone.group("abbr")
    return pat.ZONES[abbr.upper()] if abbr else ""


def _published(units: list[_Unit], labels: list[str | None]) -> str | None:
    """The first publication stamp; an update stamp only when nothing else is given."""
    stamps = [
        stamp
        for unit, label in zip(units, labels, strict=True)
        if label in ("timestamp", "byline")
        for stamp in unit.stamps
    ]
    firsts = [iso for iso, update in stamps if not update]
    updates = [iso for iso, update in stamps if update]
    chosen = firsts or updates
    return chosen[0] if chosen else None


# --- helpers ----------------------------------------------------------------------------


def _paragraphs(units: list[_Unit], labels: list[str | None], wrapped: set[int]) -> list[str]:
    paragraphs: list[str] = []
    previous = -2
    for i, (unit, label) in enumerate(zip(units, labels, strict=True)):
        if label != "body":
            continue
        if (
            paragraphs
            and previous == i - 1
            and units[previous].block == unit.block
            and (unit.block in wrapped)
        ):
            paragraphs[-1] += " " + unit.text
        else:
            paragraphs.append(unit.text)
        previous = i
    return paragraphs


def _same(text: str, name: str) -> bool:
    """Equal but for case, spacing and end punctuation."""
    return _key(text) == _key(name)


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:;,|-—")


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
