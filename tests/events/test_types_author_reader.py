"""A page's writer and reader act in nothing: first- and second-person acts outside quotes."""

from __future__ import annotations

from tests.events.coding import coded, first_event


def test_the_writer_or_reader_of_a_page_codes_no_event() -> None:
    for text in (
        "We encourage users to test Cayenne before deploying it.",
        "You can break up three days in Tokyo like this.",
        "I use a debit card to withdraw money from Japanese ATMs.",
        "On my first visit to Kyoto, the lockers at the station were full.",
        "You may want to consult with lawyers in Japan.",
    ):
        assert coded(text).events == [], text


def test_a_quoted_we_is_its_speaker_and_a_named_actor_still_acts() -> None:
    # the quotes stage gives the speaker; `coded` runs no quotes, so the full pipeline runs here
    from faultline.actors import actors_stage
    from faultline.document import Article, Record
    from faultline.events import events_stage
    from faultline.nlp import load_model
    from faultline.quotes import quotes_stage
    from faultline.settings import Settings

    text = '"We will impose sanctions on Russia," President Joe Biden said.'
    record = Record(id="t", source={}, article=Article(body=text))
    doc = load_model(Settings().model)(text)
    actors_stage(record, doc)
    quotes_stage(record, doc)
    events_stage(record, doc)
    assert [(e["source"], e["target"]) for e in record.events] == [(["person:joe-biden"], ["RUS"])]
    # outside quotes, a named actor in the page's first person still acts
    assert first_event("Our correspondent saw Russia condemn Japan.", "ACCUSE")["source"] == ["RUS"]


def test_demonstrating_something_is_showing_it_not_a_protest() -> None:
    assert coded("This demonstrates the various forces that will act on the robot.").events == []
    assert coded("The new policy can demonstrate a company's values to Kenya.").events == []
    assert [e["type"] for e in coded("Ethnic Albanians demonstrated in Serbia.").events] == [
        "PROTEST"
    ]
