"""The CAMEO codebook's acts in the wordings wire copy uses for them (issue #6, second pass):
lifting curbs, springing to a defence, joint launches, returns, declared ceasefires, bombs that
wreck, poison gas, protest notes, defiance, roadblocks, frozen grants; and the limits that keep
the same words from coding non-events."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def _events(text: str) -> list[str]:
    return [e["type"] for e in coded(text).events if not e["negated"]]


def test_lifting_or_ending_curbs_and_emergencies_concedes() -> None:
    assert "CONCEDE" in _types("Indonesia lifted curbs on foreign newspapers.")
    assert "CONCEDE" in _types("Egypt ended the state of emergency imposed in 1981.")


def test_springing_to_a_defence_supports_but_rushing_to_a_border_does_not() -> None:
    assert "SUPPORT" in _events("Moscow sprang to the defence of Belgrade on Monday.")
    assert "SUPPORT" not in _types("Syria rushed to the border with Jordan.")


def test_a_joint_launch_cooperates_and_a_launch_alone_does_not() -> None:
    assert "COOPERATE" in _types(
        "China and Brazil jointly launched an earth observation satellite."
    )
    assert "COOPERATE" not in _types("China launched an earth observation satellite.")


def test_a_joint_offensive_stays_an_attack() -> None:
    types = _types("Iraqi and Kurdish forces jointly launched an offensive against Mosul.")
    assert "COOPERATE" not in types and "ASSAULT" in types


def test_troops_landing_to_protect_aid_give_military_protection() -> None:
    assert "AID" in _types("French troops landed in Rwanda to protect relief convoys.")


def test_handing_something_back_to_a_state_returns_it() -> None:
    assert "RETREAT" in _types("Britain handed back to Greece a collection of ancient coins.")


def test_a_declared_ceasefire_is_a_concession_not_a_retreat() -> None:
    types = _types("The Kurdish rebels declared a unilateral ceasefire.")
    assert "CONCEDE" in types and "RETREAT" not in types


def test_reoccupying_a_town_occupies_it() -> None:
    assert "COERCE" in _types("Ethiopian troops reoccupied the border town of Zalambessa.")


def test_tearing_down_a_holy_site_destroys_it_but_a_poster_is_no_attack() -> None:
    assert "ASSAULT" in _types("A mob tore down a Hindu temple in Dhaka.")
    assert "ASSAULT" not in _types("Students tore down the posters of the ruling party.")


def test_a_bomb_that_wrecks_a_building_attacks_but_a_storm_does_not() -> None:
    assert "ASSAULT" in _types("A truck bomb wrecked the offices of the ruling party in Kabul.")
    assert "ASSAULT" not in _types("The storm wrecked dozens of houses in Dhaka.")


def test_released_poison_gas_attacks_and_released_prisoners_are_freed() -> None:
    types = _types("Militants released chlorine gas in a market in Baghdad.")
    assert "ASSAULT" in types and "RETREAT" not in types
    assert "RETREAT" in _types("Iran released ten Iraqi prisoners of war.")


def test_a_protest_note_disapproves() -> None:
    assert "ACCUSE" in _events(
        "Russia sent a protest note to Estonia over the removal of the memorial."
    )


def test_acting_in_defiance_of_a_deadline_defies_it() -> None:
    assert "REJECT" in _events(
        "North Korea restarted its reactor in defiance of the United Nations."
    )


def test_protesters_cutting_off_a_highway_obstruct_it_and_gas_cut_off_is_a_sanction() -> None:
    assert "PROTEST" in _types("Farmers cut off the main highway in Bolivia.")
    assert "COERCE" in _types("The rebels cut off the road to the capital.")
    types = _types("Russia cut off gas supplies to Ukraine.")
    assert "SANCTION" in types and "COERCE" not in types


def test_frozen_grant_aid_is_a_sanction() -> None:
    # The parser reads "grant" as the verb's object and "aid" as its own.
    assert "SANCTION" in _types("Germany froze grant aid to Indonesia.")


def test_scrapping_or_suspending_sanctions_ends_them() -> None:
    assert "RETREAT" in _types("The European Union scrapped its sanctions on Serbia.")
    types = _types("Washington suspended its sanctions on Pakistan.")
    assert "RETREAT" in types and "SANCTION" not in types


def test_the_first_of_thousands_of_peacekeepers_are_peacekeepers() -> None:
    text = "Sudan let the first of hundreds of African Union peacekeepers enter Darfur."
    assert "RETREAT" in _types(text)


def test_suspending_a_campaign_of_strikes_suspends_the_strikes() -> None:
    # The campaign only groups the strikes, which are what is suspended.
    assert "CONCEDE" in _types("The opposition suspended its campaign of general strikes.")


def test_standing_behind_a_leader_backs_him_but_a_fence_is_no_party() -> None:
    assert "SUPPORT" in _types("Cairo stood behind the president of Sudan.")
    assert "SUPPORT" not in _types("The workers stood behind the fence.")


def test_revoking_martial_law_concedes() -> None:
    assert "CONCEDE" in _types("Pakistan revoked martial law in the tribal areas.")


def test_frozen_transfers_of_revenue_are_a_sanction() -> None:
    text = "Israel froze the transfer of customs revenues to the Palestinian Authority."
    assert "SANCTION" in _types(text)


def test_a_field_hospital_sent_is_aid() -> None:
    assert "AID" in _types("Jordan sent a field hospital to Gaza.")


def test_captured_soldiers_returned_are_released() -> None:
    assert "RETREAT" in _types("Eritrea returned 30 captured soldiers to Ethiopia.")


def test_calling_off_an_offensive_halts_it_but_calling_off_talks_quits_them() -> None:
    types = _types("The army called off its offensive against the rebels.")
    assert "RETREAT" in types and "SANCTION" not in types
    assert "SANCTION" in _types("France called off the negotiations on trade with Algeria.")


def test_closing_down_a_newspaper_censors_it() -> None:
    assert "COERCE" in _types("The authorities closed down the opposition weekly.")


def test_staying_away_from_work_is_a_strike_and_from_a_party_is_not() -> None:
    assert "PROTEST" in _types("Nurses in Ghana stayed away from work for a second day.")
    assert "PROTEST" not in _types("The minister stayed away from the reception.")


def test_leaving_a_named_peacekeeping_force_withdraws_from_it() -> None:
    types = _types("Senegal withdrew its troops from the ECOMOG force.")
    assert "SANCTION" in types and "RETREAT" not in types


def test_a_conviction_is_a_sanction_by_court_order() -> None:
    # The manual's SANCTION mode "convict": found guilty or liable in a court of law.
    assert "SANCTION" in _types("A court in Cairo convicted three opposition activists.")
    assert "SANCTION" in _types("The tribunal found Serbia liable for the massacre.")


def test_accidents_that_release_gas_or_destroy_buildings_are_no_attacks() -> None:
    assert "ASSAULT" not in _types("A chemical plant released chlorine gas into the river.")
    assert "ASSAULT" not in _types("A gas explosion destroyed a block of flats in Moscow.")
    assert "ASSAULT" in _types("A rocket destroyed the police station in Kandahar.")


def test_a_flood_that_cuts_off_a_road_blockades_nothing() -> None:
    assert "COERCE" not in _types("Floods cut off the road to the capital.")


def test_lifting_the_closure_of_a_territory_eases_a_blockade() -> None:
    assert "RETREAT" in _types("The army lifted the closure of the Gaza Strip.")


def test_foreign_troops_ordered_to_leave_are_expelled() -> None:
    assert "SANCTION" in _types("Chad ordered French troops to leave the country.")


def test_hauling_in_an_ambassador_complains_and_hauling_in_dissidents_arrests() -> None:
    types = _types("China hauled in the Japanese ambassador over the textbooks.")
    assert "ACCUSE" in types and "COERCE" not in types
    assert "COERCE" in _types("Police hauled in opposition leaders for questioning.")


def test_turning_to_a_lender_for_a_bailout_asks_for_it() -> None:
    assert "REQUEST" in _types("Greece turned to the European Union for a bailout.")


def test_a_call_by_telephone_consults() -> None:
    assert "CONSULT" in _types("The president of Chile called his Argentine counterpart by phone.")


def test_swapped_intelligence_is_shared() -> None:
    assert "COOPERATE" in _types("Kenya and Uganda swapped intelligence on the rebels.")


def test_forgiven_debt_is_aid_even_when_the_model_leaves_forgave_unlemmatised() -> None:
    assert "AID" in _types("Japan forgave $2 billion of Iraq's debt.")


def test_unblocking_a_website_eases_censorship_and_a_road_is_no_concession() -> None:
    assert "CONCEDE" in _types("The government of Pakistan unblocked access to YouTube.")
    assert "CONCEDE" not in _types("Police unblocked the road.")


def test_mutilating_or_caning_people_assaults_them() -> None:
    assert "ASSAULT" in _types("Rebels mutilated villagers in Sierra Leone.")
    assert "ASSAULT" in _types("The religious police caned three men in public.")


def test_whatever_is_done_in_a_show_of_force_shows_force_but_a_talent_show_does_not() -> None:
    assert "MOBILIZE" in _events("Chinese warplanes circled Taiwan in a show of strength.")
    assert _types("The singer appeared in a show of great talent.") == []


def test_people_described_as_held_or_jailed_are_no_new_arrest() -> None:
    # A participle on a noun says what state its people are in; the act told is another.
    text = "Kurdish prisoners held in Turkish jails went on hunger strike."
    types = _types(text)
    assert "COERCE" not in types and "PROTEST" in types
    assert "COERCE" not in _types("Activists jailed in Bahrain began a hunger strike.")
    assert "COERCE" in _types("Police in Bahrain jailed three activists.")


def test_troops_described_as_patrolling_or_stationed_are_no_new_deployment() -> None:
    text = "Eritrea expelled the U.N. peacekeepers patrolling its border with Ethiopia."
    assert "MOBILIZE" not in _types(text)
    assert "MOBILIZE" in _types("Chinese warships patrolled the waters near Taiwan.")


def test_companies_that_sell_weapons_are_background_to_the_threat() -> None:
    text = "China warned it would sanction American firms that sell weapons to Taiwan."
    assert "COOPERATE" not in _types(text)
    assert "COOPERATE" in _types("France sold fighter jets to India.")


def test_troops_described_as_fighting_are_no_new_battle() -> None:
    text = "Britain offered to train Malian troops fighting Islamist militants in the north."
    assert "ASSAULT" not in _types(text)
    assert "ASSAULT" in _types("Malian troops fought the Islamist militants near Gao.")


def test_marching_captives_somewhere_is_no_protest() -> None:
    text = "Soldiers beat the villagers before marching them to an army base."
    assert "PROTEST" not in _types(text)


def test_the_time_an_expulsion_gives_is_no_separate_ultimatum() -> None:
    text = "Mali expelled the French ambassador, giving him 72 hours to leave the country."
    assert "THREATEN" not in _types(text)
    assert "THREATEN" in _types("NATO gave Serbia 48 hours to withdraw its forces.")


def test_what_aid_is_sent_for_is_no_act_but_what_those_sent_do_is() -> None:
    types = _types("Japan sent food aid to Niger to help the victims of the drought.")
    assert types.count("AID") == 1
    text = "Sweden sent military advisers to Mali to support the army against the rebels."
    assert "SUPPORT" not in _types(text)
    assert "ACCUSE" in _types("The United Nations sent experts to Syria to investigate the attack.")
