"""The quotes stage on hand-written sentences: every form, built with the real model."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from faultline import quote_patterns as qp
from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(Settings().model)


def run(
    nlp: Language,
    body: str,
    mentions: list[dict[str, Any]] | None = None,
    actors: Any = None,
    headline: str | None = None,
) -> list[dict[str, Any]]:
    rec = Record(id="t", source={}, article=Article(body=body, headline=headline))
    rec.mentions = mentions or []
    rec.actors = actors or []
    quotes_stage(rec, nlp(body))
    for q in rec.quotes:
        text = headline if q["in"] == "headline" else body
        assert text is not None and text[q["start"] : q["end"]] == q["text"]
    return rec.quotes


def only(quotes: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [q for q in quotes if q["kind"] == kind]


def speaker(q: dict[str, Any]) -> str:
    assert q["speaker"] is not None, q
    return str(q["speaker"]["text"])


def test_curly_direct_quote_with_speaker_after(nlp: Language) -> None:
    [q] = run(nlp, "“We will not accept any change to the border,” Minister Ilse Marten said.")
    assert q["text"] == "We will not accept any change to the border,"
    assert q["kind"] == "direct" and not q["unclosed"]
    assert "Marten" in speaker(q) and q["cue"] == "say" and q["cue_text"] == "said"


def test_straight_marks_and_inverted_speaker(nlp: Language) -> None:
    [q] = run(nlp, '"We expect the talks to resume in March," said Helga Strom, the mediator.')
    assert q["text"].startswith("We expect") and "Strom" in speaker(q)


def test_split_quote_keeps_speaker(nlp: Language) -> None:
    qs = run(nlp, "“We are ready to talk,” Mr. Oristan said. “But we will not be threatened.”")
    direct = only(qs, "direct")
    assert [q["text"] for q in direct] == [
        "We are ready to talk,",
        "But we will not be threatened.",
    ]
    assert all("Oristan" in speaker(q) for q in direct)


def test_colon_and_previous_sentence_speaker(nlp: Language) -> None:
    [q] = only(
        run(nlp, "Prime Minister Leila Haddad said: “There will be no referendum.”"), "direct"
    )
    assert "Haddad" in speaker(q)
    body = "General Anton Vesely spoke on Friday. “Our troops will stay where they are.”"
    [q] = only(run(nlp, body), "direct")
    assert "Anton" in speaker(q)


def test_multi_paragraph_quote_runs_on(nlp: Language) -> None:
    body = (
        "“The government has lost the trust of the people. It must resign.\n\n"
        "“We will stay in the square until it does,” said Marek Jansky, a protest leader."
    )
    [q] = only(run(nlp, body), "direct")
    assert q["text"].endswith("until it does,") and "\n\n" in q["text"]
    assert not q["unclosed"] and "Jansky" in speaker(q)


def test_partial_quote(nlp: Language) -> None:
    [q] = run(nlp, "Senator Rosa Quill described the plan as “reckless and dangerous”.")
    assert q["kind"] == "partial" and q["text"] == "reckless and dangerous"
    assert "Quill" in speaker(q) and q["cue"] == "describe"


def test_unclosed_quote_stops_at_sentence_end(nlp: Language) -> None:
    body = (
        'The council warned that "any attempt to seize the building will be resisted. '
        "The police did not respond.\n\nLater, the crowd left."
    )
    [q] = only(run(nlp, body), "direct")
    assert q["unclosed"] and q["text"] == "any attempt to seize the building will be resisted."
    assert "council" in speaker(q)


def test_two_unclosed_straight_marks_in_one_paragraph(nlp: Language) -> None:
    body = (
        'The group insisted on "the unity of the state. The statement went on to say '
        'that "force has no prospects.'
    )
    direct = only(run(nlp, body), "direct")
    assert [q["text"] for q in direct] == ["the unity of the state.", "force has no prospects."]
    assert all(q["unclosed"] for q in direct)


@pytest.mark.parametrize(
    "body",
    ['"', "”Stray closer here.", 'He is 6\'2" tall. "', "“\n\n“\n\n“", "A ” B “ C"],
)
def test_stray_marks_never_crash_or_swallow(nlp: Language, body: str) -> None:
    for q in run(nlp, body):
        assert q["end"] - q["start"] <= len(body)


def test_stray_mark_does_not_swallow_next_paragraphs(nlp: Language) -> None:
    body = 'The "peace plan was dismissed. Talks went on.\n\nA second paragraph.\n\nA third.'
    for q in run(nlp, body):
        assert "second" not in q["text"]


def test_indirect_forms(nlp: Language) -> None:
    cases = {
        "The president said that the army would withdraw.": (
            "the army would withdraw",
            "president",
        ),
        "Jonas Reyes said the curfew would be lifted on Monday.": ("the curfew would", "Reyes"),
        "According to Colonel Imre Szabo, the rebels have lost the valley.": (
            "the rebels",
            "Szabo",
        ),
        "Mayor Dana Whitlock told reporters the city had run out of space.": (
            "the city",
            "Whitlock",
        ),
        "The delegation insisted on the right of refugees to return.": ("the right", "delegation"),
        "Aid agencies warned that food supplies would run out.": ("food supplies", "agencies"),
        "In a statement, the foreign ministry condemned the shelling.": ("condemned", "ministry"),
        "The envoy went on to say that the ceasefire was holding.": ("the ceasefire", "envoy"),
    }
    for body, (content, who) in cases.items():
        [q] = only(run(nlp, body), "indirect")
        assert q["text"].startswith(content), (body, q)
        assert who in speaker(q), (body, q)


def test_clause_between_speaker_and_cue(nlp: Language) -> None:
    body = "“The crossing will reopen,” the official, who was not authorised to speak, added."
    [q] = only(run(nlp, body), "direct")
    assert speaker(q) == "the official"


def test_pronoun_resolves_to_earlier_person(nlp: Language) -> None:
    body = "Energy Minister Sofia Brandt defended the rise. “There was no alternative,” she said."
    [q] = only(run(nlp, body), "direct")
    assert "Brandt" in speaker(q)


def test_person_mention_links_speaker_and_agency_goes_to_via(nlp: Language) -> None:
    body = "“The convoy has crossed the border,” the envoy, Ana Tomic, said, Reuters reported."
    start = body.index("Ana Tomic")
    mentions = [
        {"start": start, "end": start + 9, "text": "Ana Tomic", "actor": "person:ana-tomic"},
        {"start": body.index("Reuters"), "end": body.index("Reuters") + 7, "text": "Reuters",
         "actor": "media:reuters"},
    ]  # fmt: skip
    actors = [
        {"id": "person:ana-tomic", "kind": "person"},
        {"id": "media:reuters", "kind": "media"},
    ]
    [q] = only(run(nlp, body, mentions, actors), "direct")
    assert "Tomic" in speaker(q) and q["speaker"]["actor"] == "person:ana-tomic"
    assert q["via"] == "media:reuters"


def test_statement_issuer_is_speaker(nlp: Language) -> None:
    body = "A statement issued by the six opposition parties said that “the vote was not fair.”"
    [q] = only(run(nlp, body), "direct")
    assert speaker(q).startswith("A statement issued by the six opposition parties")


def test_passive_speaker(nlp: Language) -> None:
    body = "“Nobody will be punished,” the crowd was told by Deputy Mayor Hugo Lenz."
    [q] = only(run(nlp, body), "direct")
    assert "Lenz" in speaker(q)


def test_pattern_lists_are_lowercase_lemmas() -> None:
    for words in (qp.CUE_LEMMAS, qp.INDIRECT_CUES, qp.PERSON_ROLE_NOUNS, qp.STATEMENT_NOUNS):
        assert all(w == w.lower() and " " not in w for w in words)
    assert qp.INDIRECT_CUES.issubset(qp.CUE_LEMMAS | {"caution", "indicate"})
    assert set(qp.CONTENT_PREPS) <= qp.INDIRECT_CUES
    assert qp.LISTENER_CUES - {"brief"} <= qp.CUE_LEMMAS


# --------------------------------------------------------------------------- single quotes


@pytest.mark.parametrize(
    "body",
    [
        "Russia's envoy didn't attend the talks, and the Kremlin won't say why.",
        "Russia’s envoy didn’t attend the talks in the students’ union hall.",
        "The students' union said the plan was a return to the '90s.",
        "The band played rock 'n' roll at the embassy, as in the ’90s.",
        "He's 'em all's friend, the ministers' favourite.",
    ],
)
def test_apostrophes_are_never_quotes(nlp: Language, body: str) -> None:
    assert [q for q in run(nlp, body) if q["kind"] != "indirect"] == []


def test_single_quoted_phrase_in_body_is_partial(nlp: Language) -> None:
    for mark_open, mark_close in (("‘", "’"), ("'", "'")):
        body = (
            f"The envoy, Pieter Oss, called the proposal {mark_open}a step backwards{mark_close}."
        )
        [q] = run(nlp, body)
        assert q["kind"] == "partial" and q["text"] == "a step backwards" and q["in"] == "body"
        assert "Oss" in speaker(q) and q["cue"] == "call"


def test_single_quoted_phrase_with_apostrophe_inside(nlp: Language) -> None:
    body = "Critics called it the ‘people’s budget’, and Mr. Brandt's party agreed."
    [q] = [q for q in run(nlp, body) if q["kind"] != "indirect"]
    assert q["text"] == "people’s budget"


def test_single_quoted_utterance_in_body_is_direct(nlp: Language) -> None:
    [q] = only(run(nlp, "‘We will not yield,’ said Ana Petrova, the mayor."), "direct")
    assert q["text"] == "We will not yield," and "Petrova" in speaker(q)


def test_single_quotes_nested_in_a_double_quote_are_part_of_it(nlp: Language) -> None:
    body = "“The police told us ‘leave by Friday’, but we are staying,” said Marta Velkov."
    [q] = run(nlp, body)
    assert q["kind"] == "direct" and q["text"].startswith("The police told us ‘leave by Friday’")
    assert "Velkov" in speaker(q)


@pytest.mark.parametrize(
    "body",
    [
        "'",
        "‘‘‘ ’’’",
        "A ’ B ‘ C ' D",
        "The 'plan was dropped. Talks went on.\n\nA second paragraph.\n\nA third one.",
        "It's a 'deal', he's 'sure' and 'ready",
        "‘Unclosed at the end of the first paragraph\n\n‘and again at the second",
    ],
)
def test_unbalanced_single_marks_never_crash_or_swallow(nlp: Language, body: str) -> None:
    for q in run(nlp, body):
        assert "\n" not in q["text"] and "second" not in q["text"]
        assert not q["unclosed"] or q["kind"] == "indirect"


def test_unbalanced_single_mark_leaves_a_later_quote_intact(nlp: Language) -> None:
    body = "The 'plan was dropped.\n\nThe minister called it 'final'."
    [q] = [q for q in run(nlp, body) if q["kind"] != "indirect"]
    assert q["text"] == "final" and q["kind"] == "partial"


# --------------------------------------------------------------------------- headlines


BODY = "Talks resumed in the capital on Monday."


def headline(nlp: Language, text: str, **kw: Any) -> list[dict[str, Any]]:
    return [q for q in run(nlp, BODY, headline=text, **kw) if q["in"] == "headline"]


def test_headline_partial_with_cue_subject(nlp: Language) -> None:
    text = "Kremlin warns of 'grave consequences' over Kosovo"
    [q] = headline(nlp, text)
    assert (q["start"], q["end"]) == (text.index("grave"), text.index("' over"))
    assert q["kind"] == "partial" and q["text"] == "grave consequences"
    assert speaker(q) == "Kremlin" and (q["cue"], q["cue_text"]) == ("warn", "warns")
    assert q["speaker"]["actor"] is None and not q["unclosed"] and q["via"] is None


@pytest.mark.parametrize(
    ("text", "quote", "who", "cue"),
    [
        ("'We will not yield,' says Georgian leader", "We will not yield,", "Georgian leader",
         "say"),
        ("‘Enough is enough’, Kremlin says", "Enough is enough", "Kremlin", "say"),
        ("Defence Minister Oskar Lind: ‘We have done nothing wrong’",
         "We have done nothing wrong", "Defence Minister Oskar Lind", None),
        ("‘No deal without the islands’ – Foreign Minister Hanne Dahl",
         "No deal without the islands", "Foreign Minister Hanne Dahl", None),
        ('"We want peace" - UN envoy', "We want peace", "UN envoy", None),
    ],
)  # fmt: skip
def test_headline_attributed_clause_is_direct(
    nlp: Language, text: str, quote: str, who: str, cue: str | None
) -> None:
    [q] = headline(nlp, text)
    assert q["kind"] == "direct" and q["text"] == quote
    assert speaker(q) == who and q["cue"] == cue


def test_headline_speaker_before_says_and_a_partial(nlp: Language) -> None:
    [q] = headline(nlp, "Russia's envoy says talks are 'at a dead end'")
    assert q["kind"] == "partial" and q["text"] == "at a dead end"
    assert speaker(q) == "Russia's envoy" and q["cue_text"] == "says"


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoy reaches 'forgotten' city of Darovo",
        "Kovania crisis: 'we are ready'",
        "UN's call for 'restraint' ignored",
        "Opposition's 'people's march' draws thousands",
    ],
)
def test_headline_without_attribution_has_no_speaker(nlp: Language, text: str) -> None:
    [q] = headline(nlp, text)
    assert q["speaker"] is None and q["cue"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Don't expect a return to the '90s, analysts tell Belgrade",
        "Rock 'n' roll diplomacy: Kovania's president plays for the students' union",
        "Russia’s envoy won’t attend",
        "Minister's 'final offer rejected by unions",
        "'",
        "",
    ],
)
def test_headline_apostrophes_and_stray_marks_are_no_quotes(nlp: Language, text: str) -> None:
    assert headline(nlp, text) == []


def test_headline_unclosed_double_mark_stays_in_the_headline(nlp: Language) -> None:
    text = 'Minister hails "new era for the region'
    [q] = headline(nlp, text)
    assert q["unclosed"] and q["text"] == "new era for the region"


def test_headline_speaker_resolves_to_an_actor_the_actors_stage_found(nlp: Language) -> None:
    actors = [
        {"id": "person:oskar-lind", "name": "Oskar Lind", "kind": "person"},
        {"id": "gov:RUS", "name": "the Kremlin", "kind": "government"},
        {"id": "RUS", "name": "Russia", "kind": "state"},
        {"id": "GEO", "name": "Georgia", "kind": "state"},
    ]
    mentions = [{"start": 0, "end": 5, "text": "Talks", "actor": "RUS"}]
    cases = {
        "Defence Minister Oskar Lind: ‘We have done nothing wrong’": "person:oskar-lind",
        "Lind: ‘We have done nothing wrong’": "person:oskar-lind",
        "Kremlin warns of 'grave consequences'": "gov:RUS",
        "Russia's envoy says talks are 'at a dead end'": None,
        "'We will not yield,' says Georgian leader": None,
    }
    for text, actor in cases.items():
        [q] = headline(nlp, text, actors=actors, mentions=mentions)
        assert q["speaker"]["actor"] == actor, text


def test_headline_repeated_as_first_paragraph_is_not_counted_twice(nlp: Language) -> None:
    text = "Kremlin warns of 'grave consequences'"
    qs = run(nlp, f"{text}\n\nOfficials met on Monday.", headline=text)
    assert [(q["in"], q["text"]) for q in qs if q["kind"] != "indirect"] == [
        ("body", "grave consequences")
    ]


def test_headline_quotes_come_first_and_body_quotes_say_body(nlp: Language) -> None:
    qs = run(nlp, "“We are ready,” said Mr. Oristan.", headline="Envoy hails 'new start'")
    assert [q["in"] for q in qs] == ["headline", "body"]


def test_single_quote_and_headline_patterns() -> None:
    assert all(w == w.lower() for w in qp.HEADLINE_CUES)
    assert set(qp.HEADLINE_CUES.values()) <= qp.CUE_LEMMAS | {"hail", "slam", "condemn", "reject"}
    for elision in ("'n'", "’n’", "'90s", "’90s", "'em", "'til", "'tis", "'cause"):
        assert qp.ELISION_RE.match(elision), elision
    assert not qp.ELISION_RE.match("'never again'")
    assert qp.MIN_SINGLE_QUOTE_LETTERS >= 2 and qp.MAX_HEADLINE_SPEAKER_WORDS >= 4
    assert set(qp.HEADLINE_DASHES) == {"-", "–", "—"}


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Officials called it ‘the parents’ choice’ on Monday.", "the parents’ choice"),
        ("Leaders warned of 'grave consequences' over the farmers' protest.",
         "grave consequences"),
        ("Aid agencies spoke of 'a crisis' and of the workers' union.", "a crisis"),
    ],
)  # fmt: skip
def test_plural_possessive_inside_or_after_a_single_quote(
    nlp: Language, body: str, quote: str
) -> None:
    assert [q["text"] for q in run(nlp, body) if q["kind"] == "partial"] == [quote]
