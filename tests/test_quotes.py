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
    nlp: Language, body: str, mentions: list[dict[str, Any]] | None = None, actors: Any = None
) -> list[dict[str, Any]]:
    rec = Record(id="t", source={}, article=Article(body=body))
    rec.mentions = mentions or []
    rec.actors = actors or []
    quotes_stage(rec, nlp(body))
    for q in rec.quotes:
        assert body[q["start"] : q["end"]] == q["text"]
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
