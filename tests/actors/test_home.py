"""Home country from context (actors/home.py): filled only when the sentences say it."""

from __future__ import annotations

from typing import Any

import pytest

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.nlp import load_model
from faultline.settings import Settings


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(Settings().model)


def _actor(nlp: Any, text: str, name: str) -> dict[str, Any]:
    rec = Record(id="t", source={}, article=Article(body=text))
    actors_stage(rec, nlp(text))
    ids = {m["actor"] for m in rec.mentions if name in m["text"]}
    found = [a for a in rec.actors if a["id"] in ids and a.get("kind") in ("person", "group")]
    assert found, (text, rec.mentions)
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Fijian rebels said they will release Prime Minister Tomasi Vuki.", "Vuki", "FJI"),
        ("Rebels in Ivory Coast dismissed an appeal from President Alain Kone.", "Kone", "CIV"),
        (
            "Vice-President Peter Otieno resigned after pressure from the Kenyan government.",
            "Otieno",
            "KEN",
        ),
        (
            "General Marc Joseph stepped down to allow Haiti's first free elections.",
            "Joseph",
            "HTI",
        ),
        ("Egyptian police fired on demonstrators, killing one person.", "demonstrators", "EGY"),
    ],
)
def test_one_state_in_the_sentence_is_the_home(nlp, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, text, name)
    assert actor["country"] == country
    assert actor["country_basis"] == "context"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A destination or venue says where the act goes, not whose the actor is.
        ("Prime Minister Tomasi Vuki flew to Paris for talks.", "Vuki"),
        ("President Alain Kone arrived in Moscow on Monday.", "Kone"),
        # Another person's country is not this one's.
        ("President Jon Kamau met a Sudanese official on Monday.", "Kamau"),
        # Two states: no way to tell.
        ("President Jon Kamau criticised Uganda and Tanzania.", "Kamau"),
        # A later sentence naming another state makes it two.
        ("President Jon Kamau praised the Kenyan army. Kamau later criticised Uganda.", "Kamau"),
    ],
)
def test_no_home_without_one_clear_state(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, text, name)
    assert actor.get("country") is None
    assert "country_basis" not in actor


def test_a_stated_country_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, "Kenyan President Jon Kamau criticised Uganda.", "Kamau")
    assert actor["country"] == "KEN"
    assert "country_basis" not in actor


def test_a_target_place_counts_where_a_venue_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, "President Ken Mwale imposed a curfew on Lusaka.", "Mwale")
    assert actor["country"] == "ZMB"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Refugees are away from home; an unresolved demonym still says whose they are.
        ("Burundian militiamen attacked a camp of refugees.", "refugees"),
        ("Burundian militiamen attacked Korean villagers.", "villagers"),
    ],
)
def test_context_never_overrides_what_the_mention_implies(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, text, name)
    assert actor.get("country") is None, actor


def test_a_visited_capital_is_no_home(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(nlp, "Foreign Minister Ana Vatu visited Asmara on Monday.", "Vatu")
    assert actor.get("country") is None


def test_a_person_without_office_is_not_placed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russian security agents detained Wall Street Journal reporter Evan Gershkovich."
    actor = _actor(nlp, text, "Gershkovich")
    # Not Russia's national by context (his outlet may give him its own country).
    assert actor.get("country") != "RUS" and actor.get("country_basis") != "context"


def test_an_unnamed_office_holder_is_of_where_the_act_happens(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A provincial governor was assassinated in Medellin on Thursday."
    actor = _actor(nlp, text, "governor")
    assert actor["country"] == "COL" and actor["country_basis"] == "context"
    # a named one may be a visitor there
    assert (
        _actor(nlp, "Governor Ken Mwale was attacked in Medellin.", "Mwale").get("country") is None
    )


def test_a_faith_adjective_is_no_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic militants massacred more than 80 villagers near the Algerian town of Blida."
    actor = _actor(nlp, text, "militants")
    assert actor["country"] == "DZA" and actor["country_basis"] == "context"


def test_a_creed_adjective_is_no_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jihadist militants killed eight Burkinabe soldiers in the country's north."
    assert _actor(nlp, text, "militants")["country"] == "BFA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the victims' nationality says nothing of where the gunmen are, when a place does
        ("Gunmen kidnapped two German aid workers in Yemen's Marib province on Saturday.", "YEM"),
        ("Gunmen abducted two Italian engineers in the Somali capital Mogadishu.", "SOM"),
        # with no place named, the victims' country is the only context left
        ("Rebels ambushed a Nigerian army convoy on Sunday.", "NGA"),
    ],
)
def test_an_unnamed_attacker_is_placed_where_it_acts_not_by_its_victims(
    nlp: Any, text: str, country: str
) -> None:
    name = "Gunmen" if "Gunmen" in text else "Rebels"
    assert _actor(nlp, text, name).get("country") == country


def test_a_movement_named_for_a_cause_is_no_nationality(nlp: Any) -> None:
    text = "Mexican President Ernesto Zedillo promised to resume talks with the Zapatista rebels."
    assert _actor(nlp, text, "rebels").get("country") == "MEX"


def test_a_region_places_an_unnamed_group_acting_in_it(nlp: Any) -> None:
    text = "Police across Northern Ireland were put on maximum alert on Saturday."
    assert _actor(nlp, text, "Police").get("country") == "GBR"


def test_a_national_party_is_context_for_the_president_it_addresses(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(
        nlp, "The opposition Awami League called on President Abul Karim to resign.", "Karim"
    )
    assert (actor["country"], actor["country_basis"]) == ("BGD", "context")


def test_an_armed_group_is_no_context(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the Pakistani Taliban" resolves to the Taliban (AFG): armed groups cross borders
    actor = _actor(
        nlp, "Pakistani Taliban fighters killed 12 soldiers in North Waziristan.", "soldiers"
    )
    assert actor["country"] == "PAK"
