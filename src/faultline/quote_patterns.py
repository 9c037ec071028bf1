"""Word lists and limits for the quotes stage, kept apart from the logic (STYLE.md).

Every entry is exercised by tests/test_quotes.py; add a word here, not in quotes.py.
"""

from __future__ import annotations

import re

# Double quotation marks. Curly marks say which side they are on (mostly; captures mangle
# them), a straight mark only tells its side from the characters around it.
OPENING_MARKS = "“„‟"
CLOSING_MARKS = "”"
STRAIGHT_MARK = '"'
MARK_RE = re.compile('["“”„‟]')

# Characters after which a mark still counts as "at a word start" (an opening position).
OPEN_LEFT_CONTEXT = "([{—–-/:"

# A quote reopened at the start of each following paragraph may run on; past this many
# paragraphs it is far likelier that marks were lost, so the quote is cut off instead.
MAX_QUOTE_PARAGRAPHS = 8

# Verbs that attribute speech (lemmas). Any of them can introduce a direct quote.
CUE_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "warn", "insist", "claim", "state", "declare", "announce",
        "explain", "argue", "note", "report", "confirm", "deny", "stress", "emphasise",
        "emphasize", "predict", "promise", "vow", "pledge", "acknowledge", "admit", "assert",
        "allege", "suggest", "write", "reply", "respond", "concede", "maintain", "reiterate",
        "ask", "shout", "urge", "describe", "call", "accuse", "brand", "dismiss", "quote",
        "continue", "conclude", "remark", "comment", "recall", "caution", "complain",
        "threaten", "demand", "agree", "disagree", "observe", "tweet", "post", "indicate",
    }
)  # fmt: skip

# Cues whose content clause (ccomp, or "on"/"of"/"about" object) is reported speech.
INDIRECT_CUES: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "warn", "insist", "claim", "state", "declare", "announce",
        "explain", "argue", "note", "report", "confirm", "deny", "stress", "emphasise",
        "emphasize", "predict", "promise", "vow", "pledge", "acknowledge", "admit", "assert",
        "allege", "suggest", "write", "reply", "respond", "concede", "maintain", "reiterate",
        "caution", "complain", "threaten", "indicate", "agree",
    }
)  # fmt: skip

# Prepositions whose object is the reported content ("insisted on the need to ...").
CONTENT_PREPS: dict[str, frozenset[str]] = {
    "insist": frozenset({"on", "upon"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
}

# "told reporters": the object of these cues is the listener, never the speaker.
LISTENER_CUES: frozenset[str] = frozenset({"tell", "ask", "urge", "brief"})

# "…, X said, Reuters reported": a cue of these kinds whose subject is a media outlet marks
# the outlet as passing the quote on (`via`), not as its speaker.
RELAY_CUES: frozenset[str] = frozenset({"report", "quote", "say"})
MEDIA_KINDS: frozenset[str] = frozenset({"media", "agency", "news_agency"})

# Subject pronouns that stand for a person speaker and are resolved backwards.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})

# "A statement issued by <group> said ...": the document stands in for its issuer.
STATEMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "communique", "communiqué", "declaration", "letter", "release", "notice"}
)
ISSUER_PREPS: frozenset[str] = frozenset({"by", "from", "of"})

# "In a statement, the ministry condemned ...": a non-cue verb reporting speech.
STATEMENT_CONTEXT_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset(
    {"interview", "speech", "address", "briefing", "post", "tweet", "message"}
)

# "according to X, ...".
ACCORDING_TO = ("according", "to")

# Nouns that name a person (or people) by role; a subject headed by one can speak even when
# the model does not tag it as a person.
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "minister", "ambassador",
        "diplomat", "envoy", "officer", "general", "president", "leader", "commander",
        "mediator", "mayor", "senator", "source", "chief", "secretary", "governor",
        "adviser", "advisor", "analyst", "expert", "resident", "witness", "elder", "farmer",
        "chairman", "chairwoman", "director", "head", "representative", "negotiator",
        "prosecutor", "colonel", "captain", "lawmaker", "deputy", "premier", "councillor",
        "activist", "protester", "organiser", "organizer", "monitor", "worker", "miner",
        "journalist", "reporter", "correspondent", "aide", "man", "woman",
    }
)  # fmt: skip

# Dependents left out of a speaker's noun phrase: relative clauses ("the diplomat, who
# requested anonymity,") describe the speaker but are not its name.
SPEAKER_CUT_DEPS: frozenset[str] = frozenset({"relcl", "advcl", "parataxis"})

# Text before an opening mark, within its sentence, that still makes the quote a whole
# utterance (direct) rather than words embedded in the reporter's sentence (partial).
DIRECT_LEAD_ENDINGS = (":", ",", "—", "–")

# Share of an indirect content clause covered by a direct quote above which the clause is
# the quote itself (“…,” X said: the parse makes the quote the verb's clause).
MAX_QUOTED_SHARE = 0.5

# Single quotation marks. They double as apostrophes (Russia's, don't, '90s, rock 'n' roll,
# students' union), so a single mark opens a quote only at a word start and closes one only
# after a word and before a non-letter; an opener with no closer is an apostrophe, never an
# unclosed quote.
SINGLE_MARK_RE = re.compile("['‘’]")
# Elisions that look like a quoted word: 'n' (rock 'n' roll), '90s, 'em, 'til, 'tis.
ELISION_RE = re.compile(r"['‘’](?:n['‘’]|\d\ds\b|em\b|til\b|tis\b|cause\b)", re.IGNORECASE)
# A single-quoted span must hold at least this many letters ('n' and 'A' are not quotes).
MIN_SINGLE_QUOTE_LETTERS = 2

# Headline attributions. A headline cue is the verb as headlines write it (simple present,
# sometimes past), mapped to its lemma: "Kremlin warns of 'grave consequences'", "'We will
# not yield,' says Georgian leader".
HEADLINE_CUES: dict[str, str] = {
    "says": "say", "say": "say", "said": "say", "tells": "tell", "tell": "tell",
    "warns": "warn", "warn": "warn", "vows": "vow", "vow": "vow", "insists": "insist",
    "insist": "insist", "claims": "claim", "claim": "claim", "urges": "urge", "urge": "urge",
    "calls": "call", "call": "call", "accuses": "accuse", "accuse": "accuse",
    "denies": "deny", "deny": "deny", "pledges": "pledge", "pledge": "pledge",
    "promises": "promise", "promise": "promise", "threatens": "threaten",
    "threaten": "threaten", "admits": "admit", "admit": "admit", "describes": "describe",
    "brands": "brand", "brand": "brand", "dismisses": "dismiss", "declares": "declare",
    "announces": "announce", "stresses": "stress", "argues": "argue", "argue": "argue",
    "asks": "ask", "ask": "ask", "demands": "demand", "demand": "demand", "hails": "hail",
    "hail": "hail", "slams": "slam", "slam": "slam", "condemns": "condemn",
    "condemn": "condemn", "rejects": "reject", "reject": "reject",
}  # fmt: skip
# "‘No deal without the islands’ – Foreign Minister Hanne Dahl": a dash after a headline's
# quote names its speaker; a colon before one ("Oskar Lind: ‘…’") does too.
HEADLINE_DASHES = "–—-"
# A headline speaker is a short phrase; longer runs are the headline's own words.
MAX_HEADLINE_SPEAKER_WORDS = 6
