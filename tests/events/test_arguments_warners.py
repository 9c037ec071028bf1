"""A warning whose act is an agentless passive ("warned that the party would be dissolved")
is the warner's threat, the warner found through the possessor of its title when the title
names no actor of its own."""

from __future__ import annotations

import pytest

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.events import events_stage
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings


def _coded_with_quotes(text: str) -> Record:
    # The quotes stage reads "warned that ..." as indirect speech: the warner must still be
    # found when it names no speaker.
    doc = load_model(Settings().model)(text)
    rec = Record(id="t", source={}, article=Article(body=text))
    actors_stage(rec, doc)
    quotes_stage(rec, doc)
    events_stage(rec, doc)
    return rec


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Uzbekistan's chief prosecutor warned that the Erk party would be banned if it "
            "kept organising rallies.",
            "UZB",
        ),
        (
            "Cuba's interior ministry warned that the dissidents would be jailed if they "
            "marched again.",
            "CUB",
        ),
    ],
)
def test_warner_of_an_agentless_threat(text: str, source: str) -> None:
    record = _coded_with_quotes(text)
    table = {a["id"]: a for a in record.actors}
    assert any(
        table[s].get("country") == source
        for e in record.events
        if e["type"] == "THREATEN"
        for s in e["source"]
    )
