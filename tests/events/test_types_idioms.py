"""Wire idioms of the CAMEO codebook's cue categories (seventh session): volunteered troops,
openness to mediation, standing up for a state, signatures put to a pact, extraditions to stand
trial, passports handed back, camps dismantled, peacekeepers admitted, curfews called off,
evidence gathered, misgivings, fasts and work stopped, businesses shut, crowds' barricades,
rampages, cities flooded with police, contingents recalled, farms taken over, migrants trucked
back, people set upon or subjected to violence, expulsions in ethnic cleansing; and the limits
that keep the same words from coding other acts."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def _events(text: str) -> list[str]:
    return [e["type"] for e in coded(text).events if not e["negated"]]


def test_volunteered_troops_or_services_are_offers() -> None:
    assert "AGREE" in _events(
        "Fiji volunteered an infantry battalion for the U.N. force in Lebanon."
    )
    assert "AGREE" in _events("Algeria volunteered its services as a go-between for Ethiopia.")
    assert "AGREE" not in _types("Students volunteered at the hospital in Nairobi.")


def test_open_to_mediation_accepts_it_and_an_open_border_does_not() -> None:
    assert "AGREE" in _types("Nicaragua said it was open to mediation by the Vatican.")
    assert "AGREE" not in _types("The border of Chad remained open to trade.")


def test_standing_up_for_a_state_and_drumming_up_support_support_it() -> None:
    assert "SUPPORT" in _events("Venezuela stood up for Cuba at the summit.")
    assert "SUPPORT" in _events("Portugal drummed up support for East Timor in Brussels.")
    assert "SUPPORT" not in _types("The delegates stood up for the anthem.")


def test_signatures_put_to_an_agreement_sign_it() -> None:
    assert "SUPPORT" in _types("Namibia and Botswana put their signatures to an agreement.")


def test_sending_a_wanted_man_to_stand_trial_extradites_him() -> None:
    text = "Argentina sent Erich Priebke, a former SS captain, to Italy to stand trial."
    assert "COOPERATE" in _events(text)
    assert "COOPERATE" not in _types("Argentina sent Erich Priebke a letter.")


def test_supplying_names_to_investigators_shares_information() -> None:
    assert "COOPERATE" in _events(
        "Morocco supplied Spanish investigators with the names of suspects."
    )


def test_a_passport_handed_back_lifts_a_travel_ban_and_archives_are_returned() -> None:
    assert "CONCEDE" in _types("Tunisian authorities handed back the passport of the campaigner.")
    assert "RETREAT" in _events("Baghdad handed Kuwait a first batch of state archives.")


def test_protesters_dismantling_their_camp_end_the_protest_but_police_do_not() -> None:
    assert "CONCEDE" in _types("Opposition supporters dismantled their tent camp in Kiev.")
    assert "CONCEDE" not in _types("Riot police dismantled the protest camp in Kiev.")


def test_admitting_peacekeepers_lets_them_in() -> None:
    text = (
        "The Congolese government admitted the first battalion of U.N. peacekeepers to Kisangani."
    )
    assert "RETREAT" in _events(text)


def test_a_curfew_called_off_is_lifted_and_talks_called_off_are_broken_off() -> None:
    types = _types("Authorities in Kyrgyzstan called off the curfew in Osh.")
    assert "CONCEDE" in types and "SANCTION" not in types
    assert "SANCTION" in _types("France called off the negotiations on trade with Algeria.")


def test_gathering_evidence_investigates_and_misgivings_disapprove() -> None:
    assert "ACCUSE" in _types("U.N. investigators began gathering evidence of atrocities.")
    assert "ACCUSE" in _events("The United States expressed misgivings over Kazakhstan's election.")


def test_rallying_partners_against_a_bid_opposes_it() -> None:
    types = _types("Greece rallied its European Union partners against Turkey's bid.")
    assert "ACCUSE" in types and "PROTEST" not in types


def test_turning_to_a_state_for_a_force_asks_for_it() -> None:
    text = "The Solomon Islands government turned to Australia for an intervention force."
    assert "REQUEST" in _events(text)


def test_fasts_refused_food_and_stopped_work_are_protests() -> None:
    assert "PROTEST" in _events("Opposition leaders in Armenia went on a fast.")
    assert "PROTEST" in _events("Kazakh opposition activists went without food in Almaty.")
    assert "PROTEST" in _events("Palestinian prisoners in Israeli jails refused food.")
    assert "PROTEST" in _events("Afghan asylum seekers in Australia stopped eating.")
    assert "PROTEST" in _events("Nigerian oil workers stopped work in Lagos.")
    assert "PROTEST" not in _types("The refinery in Nigeria stopped work after the fire.")


def test_shops_shut_to_demand_strike_and_shops_shut_at_night_do_not() -> None:
    assert "PROTEST" in _types("Traders in Kashmir closed their shops to protest the killing.")
    assert "PROTEST" not in _types("Traders in Kashmir closed their shops at night.")


def test_staying_away_from_parliament_boycotts_it() -> None:
    assert "PROTEST" in _types(
        "Guyana's opposition stayed away from parliament to press for reform."
    )


def test_crowds_choking_ports_or_throwing_up_barricades_obstruct() -> None:
    assert "PROTEST" in _types("French fishermen choked the Channel ports with their trawlers.")
    assert "PROTEST" in _types("Indigenous protesters threw up barricades on the highways.")
    types = _types("Supporters of the opposition set up roadblocks across Port-au-Prince.")
    assert "PROTEST" in types and "COERCE" not in types
    assert "COERCE" in _types("Soldiers in Kashmir set up roadblocks around the town.")


def test_going_on_the_rampage_and_running_riot_are_riots() -> None:
    assert "PROTEST" in _types("Gujjar protesters went on the rampage in Rajasthan.")
    assert "PROTEST" in _types("Opposition supporters ran riot in Maseru.")


def test_flooding_a_city_with_police_deploys_them() -> None:
    assert "MOBILIZE" in _events("Zimbabwe flooded Harare's townships with riot police.")


def test_recalling_a_peacekeeping_contingent_or_evacuating_monitors_leaves_the_mission() -> None:
    text = "India recalled its contingent from the U.N. peacekeeping force in Sierra Leone."
    assert "SANCTION" in _events(text)
    assert "SANCTION" in _types("The OSCE evacuated its ceasefire monitors from Kosovo.")


def test_taking_over_farms_seizes_them_and_ordering_people_off_the_streets_is_a_curfew() -> None:
    assert "COERCE" in _types("Zimbabwean authorities took over dozens of white-owned farms.")
    assert "COERCE" in _types("Security forces in Nepal ordered residents off the streets.")


def test_migrants_trucked_back_are_deported() -> None:
    assert "COERCE" in _events(
        "Botswana trucked hundreds of Zimbabwean migrants back across the border."
    )
    assert "COERCE" not in _types("Botswana trucked maize to the north.")


def test_soldiers_setting_up_camp_occupy_and_aid_workers_do_not() -> None:
    assert "COERCE" in _types("A dozen Moroccan soldiers set up camp on the islet of Perejil.")
    assert "COERCE" not in _types("Aid workers set up camp outside the town.")


def test_setting_upon_people_and_subjecting_them_to_violence_assault_them() -> None:
    assert "ASSAULT" in _types("Russian skinheads set upon a group of Tajik workers in Moscow.")
    assert "ASSAULT" in _types("Congolese soldiers subjected scores of women to sexual violence.")
    assert "ASSAULT" not in _types("The ministry subjected the plan to a review.")


def test_sweeping_across_a_border_in_an_offensive_invades() -> None:
    assert "ASSAULT" in _types("Rwandan troops swept across the border in a major offensive.")
    assert "ASSAULT" not in _types("The storm swept across the border into Mexico.")


def test_expulsions_in_ethnic_cleansing_are_mass_violence() -> None:
    text = "Serb police expelled thousands of Albanians from Kosovo in ethnic cleansing."
    types = _types(text)
    assert "ASSAULT" in types and "COERCE" not in types
    assert "COERCE" in _types("Ghana expelled migrants from Nigeria.")


def test_trading_machine_gun_fire_fights_rather_than_trades() -> None:
    types = _types("Zapatista rebels traded machine-gun fire with Mexican army troops.")
    assert "ASSAULT" in types and "COOPERATE" not in types
    assert "COOPERATE" in _types("Cuba traded with Venezuela.")


def test_a_rescinded_embargo_is_eased_and_a_rescinded_price_rise_conceded() -> None:
    assert "RETREAT" in _types("The OAS rescinded its trade embargo against Haiti.")
    assert "CONCEDE" in _types("Indonesia rescinded the increase in fuel prices.")
    assert "RETREAT" in _types("Washington relaxed its embargo on Vietnam.")


def test_a_titled_name_flying_in_visits_and_jets_flying_in_do_not() -> None:
    assert "CONSULT" in _events("Chinese Premier Zhu Rongji flew into Nairobi for a visit.")
    assert "CONSULT" in _types("Turkish Foreign Minister Ahmet Davutoglu flew to Tehran.")
    assert "CONSULT" not in _types("Chinese fighter jets flew into the air defence zone.")


def test_chairing_or_entering_into_negotiations_consults() -> None:
    text = "The United States chaired a round of negotiations between Israel and Syria."
    assert "CONSULT" in _events(text)
    assert "CONSULT" in _events("Israel and Syria entered into negotiations on the Golan.")


def test_letting_an_emergency_lapse_ends_it_and_a_house_arrest_relaxed_is_eased() -> None:
    assert "CONCEDE" in _events("Sri Lanka's parliament let the state of emergency lapse.")
    assert "CONCEDE" in _types("The authorities of Vietnam relaxed the house arrest of the monk.")
    assert "CONCEDE" not in _types("The government let the opposition down.")


def test_a_warning_of_lost_licences_threatens() -> None:
    text = "Venezuela's regulator warned the channels that they could lose their licences."
    assert "THREATEN" in _events(text)


def test_an_order_to_a_state_or_a_crowd_demands_and_an_order_to_a_paper_censors() -> None:
    types = _types("Argentina's interior minister ordered picketers to lift their roadblocks.")
    assert "REQUEST" in types and "CONCEDE" not in types
    assert "REQUEST" in _types("The Security Council ordered Iraq to destroy its chemical weapons.")
    types = _types("The government of Nicaragua ordered the newspaper to suspend publication.")
    assert "COERCE" in types and "REQUEST" not in types


def test_a_call_for_an_end_to_an_embargo_codes_no_embargo() -> None:
    text = "South Africa called for an end to the American embargo against Cuba."
    types = _events(text)
    assert "REQUEST" in types and "SANCTION" not in types
    assert "SANCTION" in _events("The United States imposed an embargo on Cuba.")
