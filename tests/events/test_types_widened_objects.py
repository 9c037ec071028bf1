"""Objects a trigger row was widened to take: what a state defends is its support for the
act's maker ("defended Lukashenko's disputed referendum")."""

from __future__ import annotations

import pytest

from tests.events.coding import event_countries, first_event, types_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kremlin defended President Alexander Lukashenko's disputed referendum.", "BLR"),
        ("China defended Pakistan's crackdown in Baluchistan.", "PAK"),
        ("Russia defended the Syrian government's operation in Idlib.", "SYR"),
    ],
)
def test_defending_an_act_supports_its_maker(text: str, target: str) -> None:
    sources, targets = event_countries(text, "SUPPORT")
    assert targets == [target] and sources and target not in sources


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The abdication of the king of Cambodia surprised the country.", "RETREAT", "KHM"),
        ("The resignation of the prime minister of Italy surprised Rome.", "RETREAT", "ITA"),
        ("The visit of the president of France to Algeria ended.", "CONSULT", "FRA"),
        (
            "Ports across Australia were brought to a standstill by a walkout of wharf labourers.",
            "PROTEST",
            "AUS",
        ),
    ],
)
def test_the_of_phrase_of_a_one_party_act_names_who_acts(
    text: str, etype: str, source: str
) -> None:
    assert event_countries(text, etype)[0] == [source]


def test_the_of_phrase_of_an_act_done_to_someone_names_no_actor() -> None:
    # "the arrest of" names whom it is done to: no source from it
    text = "The arrest of the French ambassador by Iranian police angered Paris."
    assert event_countries(text, "COERCE") == (["IRN"], ["FRA"])


def test_counted_soldiers_who_occupy_seize_and_do_not_protest() -> None:
    soldiers = "A dozen Moroccan soldiers occupied an islet off the Moroccan coast."
    crowd = "Thousands of Egyptians occupied Tahrir Square."
    assert "COERCE" in types_of(soldiers) and "PROTEST" not in types_of(soldiers)
    assert "PROTEST" in types_of(crowd)


@pytest.mark.parametrize(
    "text",
    [
        "Armenian opposition deputies launched a fast outside parliament in Yerevan.",
        "Jailed activists in Turkey began an indefinite fast on Monday.",
    ],
)
def test_a_fast_begun_is_a_hunger_strike_though_tagged_an_adjective(text: str) -> None:
    assert first_event(text, "PROTEST")["mode"] == "hunger"


@pytest.mark.parametrize(
    "text", ["Israel launched a fast attack on Gaza.", "The government began a fast-track plan."]
)
def test_fast_before_a_noun_or_hyphen_stays_an_adjective(text: str) -> None:
    assert "PROTEST" not in types_of(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A convoy carrying flour and medicine from Serbia arrived in Srebrenica.", "SRB"),
        ("A convoy of the World Food Programme reached the town of Srebrenica.", "WFP"),
        ("A Russian plane carrying aid landed in Kabul.", "RUS"),
    ],
)
def test_a_convoy_brings_the_aid_of_whoever_sends_it(text: str, source: str) -> None:
    assert first_event(text, "AID")["source"] == [source]


def test_an_agentless_lifted_curfew_is_the_places_states_concession() -> None:
    text = "The night-time curfew in the Indonesian city of Ambon was lifted on Saturday."
    event = first_event(text, "CONCEDE")
    assert event["source"] == ["gov:IDN"] and event["source_implied"] is True


def test_a_background_passive_implies_no_state() -> None:
    # "two decades after it was banned": background, not the sentence's news
    text = (
        "Tunisia's interim government legalised the Ennahda party, two decades after it was banned."
    )
    assert types_of(text) == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Argentina has apologized to Brazil for the interception of a Brazilian ship.",
        "Japanese Prime Minister Tomiichi Murayama apologised to China for the war.",
        "Belgium issued an apology to Rwanda.",
    ],
)
def test_an_apology_is_a_concession_as_the_manual_codes_regret(text: str) -> None:
    assert "CONCEDE" in types_of(text) and "SUPPORT" not in types_of(text)


def test_a_relative_clause_set_off_by_commas_asserts_its_ultimatum() -> None:
    text = (
        "NATO, which on Wednesday gave the Bosnian Serbs ten days to pull their heavy guns "
        "back from Sarajevo or face air strikes, was founded in 1949."
    )
    assert types_of(text) == ["THREATEN"]  # the pull-back is what is demanded, not done


def test_what_two_parties_do_jointly_is_material_cooperation() -> None:
    text = "Lesotho and South Africa jointly opened a border post at Maseru Bridge."
    assert event_countries(text, "COOPERATE") == (["LSO"], ["ZAF"])
    # a verb the lexicon codes keeps its own type
    assert types_of("Russia and China jointly condemned the sanctions.") == ["ACCUSE"]
