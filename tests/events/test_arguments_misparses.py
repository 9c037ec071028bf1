"""Targets the parser hides: shared by conjoined nouns, misread participles, demanded acts."""

from __future__ import annotations

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.events import events_stage
from faultline.events.modality import misread_reported_act
from faultline.events.triggers import folded_subject
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings
from tests.events.coding import (
    coded,
    event_and_actors,
    first_event,
    target_countries,
    types_of,
)


def test_conjoined_measures_share_the_target_after_the_last() -> None:
    text = "The European Union imposed a visa ban and an asset freeze on Belarus's president."
    assert target_countries(text, "SANCTION") == ["BLR"]


def test_a_participle_before_a_name_is_no_verb_of_its_own() -> None:
    # The parser reads "neighbouring" as a verb whose object is Eritrea.
    text = "Ethiopia accused neighbouring Eritrea of arming Islamist militias in Somalia."
    assert target_countries(text, "ACCUSE") == ["ERI"]


def test_a_call_for_someones_release_is_aimed_at_them() -> None:
    text = "Amnesty International called for the release of jailed Chinese dissident Wei Jingsheng."
    assert target_countries(text, "REQUEST") == ["CHN"]


def test_a_call_for_a_withdrawal_is_aimed_at_the_forces_withdrawn() -> None:
    text = "Britain called for the withdrawal of Syrian troops from Lebanon."
    assert target_countries(text, "REQUEST") == ["SYR"]


def test_a_call_to_end_an_act_is_aimed_at_its_maker() -> None:
    text = "The Pope called for an end to the Israeli blockade of the Gaza Strip."
    assert target_countries(text, "REQUEST") == ["ISR"]
    text = "Brazil demanded a halt to Venezuela's military build-up on the border."
    assert target_countries(text, "REQUEST") == ["VEN"]


def test_a_rejected_draft_opposes_its_makers_not_its_topic() -> None:
    text = "Russia vetoed a British and American draft resolution on Zimbabwe in the Council."
    assert target_countries(text, "REJECT") == ["GBR", "USA"]


def test_a_declined_request_opposes_the_one_asking_not_what_is_asked_for() -> None:
    text = "The Security Council declined a request from Chad for a U.N. peacekeeping force."
    assert target_countries(text, "REJECT") == ["TCD"]


def test_a_meeting_as_subject_stands_for_those_named_on_it() -> None:
    text = (
        "European Union foreign ministers meeting in Luxembourg threatened Yugoslavia on "
        "Monday with a ban on new investment."
    )
    record = coded(text)
    threat = next(e for e in record.events if e["type"] == "THREATEN")
    assert threat["source"] == ["EU"]


def test_a_refusal_despite_someones_calls_refuses_them() -> None:
    text = "The Syrian government refused to withdraw its troops despite calls from Egypt."
    assert target_countries(text, "REJECT") == ["EGY"]


def test_a_vetoed_draft_opposes_its_drafter_not_its_forum() -> None:
    text = "Russia vetoed a French-drafted Security Council resolution on Syria."
    assert target_countries(text, "REJECT") == ["FRA"]


def test_backing_a_states_bid_backs_that_state_not_the_seat_it_bids_for() -> None:
    text = "Egypt will back Sudan's bid for a seat on the U.N. Security Council."
    assert target_countries(text, "SUPPORT") == ["SDN"]


def test_a_name_misread_as_an_adverbial_is_the_subject() -> None:
    record = coded("Turkey massed troops along its border with Syria, according to diplomats.")
    mobilize = next(e for e in record.events if e["type"] == "MOBILIZE")
    assert mobilize["source"] == ["TUR"]


def test_conjoined_passives_share_their_agent() -> None:
    text = "Opposition supporters were beaten and tear-gassed by riot police in Harare."
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    beating = next(e for e in record.events if e["type"] == "ASSAULT")
    assert [table[s].get("sector") for s in beating["source"]] == ["COP"]


def test_what_is_handed_back_goes_to_whom_it_is_handed_back_to() -> None:
    text = "Russia handed back to Germany a set of stained-glass windows taken in 1945."
    assert target_countries(text, "RETREAT") == ["DEU"]


def test_a_pledge_to_back_a_states_bid_is_made_to_that_state() -> None:
    text = "Russia pledged to back India's bid for a permanent seat on the U.N. Security Council."
    assert target_countries(text, "AGREE") == ["IND"]


def test_a_refusal_of_what_a_state_demanded_refuses_that_state() -> None:
    text = "Eritrea refused to withdraw its troops from the town of Badme, as demanded by Ethiopia."
    assert target_countries(text, "REJECT") == ["ETH"]


def test_a_reflexive_subject_is_the_one_who_declared() -> None:
    rec = coded("Japan declared itself ready to hold joint exercises with India's navy.")
    actors = {a["id"]: a for a in rec.actors}
    [offer] = [e for e in rec.events if e["type"] == "AGREE"]
    assert [actors[s].get("country", s) for s in offer["source"]] == ["JPN"]


def test_it_in_a_report_is_the_state_that_said_so() -> None:
    # with the quotes stage, which makes the spokesman the speaker of the report
    text = (
        "Brazil said on Monday it was ready to open trade talks with Argentina, according to "
        "a foreign ministry spokesman."
    )
    doc = load_model(Settings().model)(text)
    rec = Record(id="t", source={}, article=Article(body=text))
    for stage in (actors_stage, quotes_stage, events_stage):
        stage(rec, doc)
    actors = {a["id"]: a for a in rec.actors}
    [offer] = [e for e in rec.events if e["type"] == "AGREE"]
    assert [actors[s].get("country", s) for s in offer["source"]] == ["BRA"]


def test_a_main_verb_read_as_a_participle_of_the_reported_subject_is_its_act() -> None:
    # The small model hangs "handed" on "fighters" (acl, VBN) and makes "fighters" the
    # subject of "said"; a participle with a particle and an object is no passive.
    text = (
        "About 4,000 UNITA fighters handed in their weapons at quartering areas in central "
        "Angola over the weekend, U.N. officials said."
    )
    event, table = event_and_actors(text, "RETREAT")
    assert {table[s].get("country") for s in event["source"]} == {"AGO"}
    assert event["reported"] is True
    assert table[event["claimed_by"]]["sector"] == "IGO"  # the U.N. officials, not the fighters


def test_a_real_passive_participle_is_no_misread_act() -> None:
    nlp = load_model(Settings().model)
    passive = nlp("The weapons handed in by the rebels were destroyed, Angolan officials said.")
    active = nlp("About 4,000 UNITA fighters handed in their weapons, U.N. officials said.")
    assert not any(misread_reported_act(t) for t in passive)
    assert [t.text for t in active if misread_reported_act(t)] == ["handed"]


def test_a_governments_act_folded_into_its_objects_noun_phrase_is_coded() -> None:
    # The small model reads "Indonesia's new government relaxed curbs" as one noun phrase:
    # "government" compound and "relaxed" amod of "curbs". The curbs are eased, not imposed.
    text = "Indonesia's new government relaxed curbs on the press, scrapping the licensing system."
    assert types_of(text) == ["CONCEDE"]
    event, table = event_and_actors(text, "CONCEDE")
    assert [table[s]["country"] for s in event["source"]] == ["IDN"]


def test_censorship_relaxed_by_a_folded_clause_is_no_censorship() -> None:
    text = "Sudan's government relaxed press censorship, allowing newspapers to go to print."
    assert "COERCE" not in types_of(text) and "CONCEDE" in types_of(text)


def test_a_participle_after_a_modifier_that_is_no_governing_body_is_no_folded_clause() -> None:
    nlp = load_model(Settings().model)
    doc = nlp("The newly relaxed rules and the Indonesian government's relaxed curbs stay.")
    assert not any(folded_subject(t) for t in doc)


def test_a_crowds_act_folded_into_its_objects_noun_phrase_is_coded() -> None:
    # "Protesters" nmod and "hurled" amod of "stones": the protesters riot
    text = "Protesters in Bahrain hurled stones and petrol bombs at police outside Manama."
    riot, table = event_and_actors(text, "PROTEST")
    assert [table[s]["sector"] for s in riot["source"]] == ["CVL"]
    assert [table[t]["sector"] for t in riot["target"]] == ["COP"]


def test_a_states_act_folded_into_a_sentence_without_a_main_verb_is_coded() -> None:
    # "China" compound and "test-fired" amod of "missiles", the sentence's root
    text = "China test-fired missiles into waters off Taiwan in a show of force."
    assert first_event(text, "MOBILIZE")["source"] == ["CHN"]


def test_a_states_name_modifying_a_noun_in_a_full_sentence_folds_nothing() -> None:
    nlp = load_model(Settings().model)
    # "Iran" nmod and "funded" amod of "militias", the subject of "attacked": a modifier
    assert not any(folded_subject(t) for t in nlp("The Iran funded militias attacked the town."))
