"""Synonyms of rows the lexicon had (seventh session): words of approval and disapproval
beside their fixed synonyms, and one class of forces and hardware for the verbs that deploy,
mass, station, move, position or ready them; with the limits that keep the same words from
coding non-events."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def _events(text: str) -> list[str]:
    return [e["type"] for e in coded(text).events if not e["negated"]]


def test_approval_cheers_a_lent_voice_and_patched_up_ties_support() -> None:
    assert "SUPPORT" in _events("The EU voiced its approval of the Tunisian reforms.")
    assert "SUPPORT" in _events("India cheered the election result in Bangladesh.")
    assert "SUPPORT" in _events("Turkey lent its voice to calls for an inquiry.")
    assert "SUPPORT" in _events("Egypt patched up relations with Turkey.")
    assert "SUPPORT" not in _events("The planning office gave its approval to the new road.")


def test_reviling_lampooning_and_stern_representations_disapprove() -> None:
    assert "ACCUSE" in _events("China reviled the Dalai Lama as a separatist.")
    assert "ACCUSE" in _events("Russia lampooned the British foreign secretary.")
    assert "ACCUSE" in _events("Beijing lodged stern representations with Washington.")
    assert "ACCUSE" not in _types("The lawyers made representations to the court.")


def test_criminal_proceedings_opened_against_someone_are_legal_action() -> None:
    assert "ACCUSE" in _events("Hungary opened criminal proceedings against the opposition leader.")


def test_setting_conditions_demands_them() -> None:
    assert "REQUEST" in _types("The opposition of Kenya set conditions for talks.")


def test_one_class_of_forces_for_the_verbs_that_deploy_them() -> None:
    assert "MOBILIZE" in _events("China massed warships near the Senkaku Islands.")
    assert "MOBILIZE" in _types("Russia stationed helicopters in Belarus.")
    assert "MOBILIZE" in _types("India moved warplanes to the border with Pakistan.")
    assert "MOBILIZE" in _types("Venezuela readied its jets on the border with Guyana.")
    assert "MOBILIZE" not in _types("The company moved its offices to Nairobi.")


def test_a_missile_over_another_state_is_a_show_of_force() -> None:
    types = _types("North Korea launched a ballistic missile over Japan.")
    assert "MOBILIZE" in types and "ASSAULT" not in types
    assert "ASSAULT" in _types("Hezbollah fired rockets into northern Israel.")


def test_heeded_calls_decriminalisation_and_property_given_back_yield() -> None:
    assert "CONCEDE" in _events("The Kenyan government heeded calls for electoral reform.")
    assert "CONCEDE" in _types("Russia decriminalised the unauthorised protests.")
    assert "RETREAT" in _types("The junta gave back the seized property.")
    assert "CONCEDE" not in _types("The tourists heeded the weather forecast.")


def test_captured_soldiers_handed_over_are_released() -> None:
    assert "RETREAT" in _types("The Taliban handed over the captured British soldiers.")


def test_thumbing_noses_defies_and_fighting_on_fights() -> None:
    assert "REJECT" in _events("The Bosnian Serbs thumbed their noses at the United Nations.")
    assert "ASSAULT" in _types("The rebels in Chad fought on against the army.")
    assert "THREATEN" in _events("The Tamil Tigers vowed to fight on against Sri Lanka.")


def test_tools_laid_down_strike_and_arms_laid_down_disarm() -> None:
    types = _types("Miners in Chile laid down their tools.")
    assert "PROTEST" in types and "RETREAT" not in types
    assert "RETREAT" in _types("Rebels in Colombia laid down their arms.")


def test_the_internet_switched_off_and_a_party_disbanded_are_restrictions() -> None:
    assert "COERCE" in _events("Uganda switched off the internet ahead of the election.")
    assert "COERCE" in _events("The government of Nicaragua disbanded the opposition party.")
    types = _types("The rebels in Colombia disbanded their militia.")
    assert "RETREAT" in types and "COERCE" not in types


def test_ostracism_cancelled_visas_revoked_pacts_and_downgraded_embassies_sanction() -> None:
    assert "SANCTION" in _events("Qatar was ostracised by Saudi Arabia and its allies.")
    assert "SANCTION" in _events("Australia cancelled the visas of Chinese journalists.")
    assert "SANCTION" in _events("Niger revoked its military agreements with France.")
    assert "SANCTION" in _events("Britain downgraded its embassy in Tehran.")
    assert "CONCEDE" in _types("Thailand revoked the decree on the press.")


def test_barring_foreign_firms_from_markets_sanctions_and_a_party_from_elections_restricts() -> (
    None
):
    types = _types("The United States barred Chinese firms from its markets.")
    assert "SANCTION" in types and "COERCE" not in types
    assert "COERCE" in _types("Algeria barred the Islamic party from the elections.")


def test_shelter_given_and_millions_fed_are_aid() -> None:
    assert "AID" in _events("Kuwait gave shelter to the refugees from Iraq.")
    assert "AID" in _types("The World Food Programme fed millions in Ethiopia.")


def test_strikers_halting_their_strike_concede_and_police_halting_a_march_repress() -> None:
    types = _types("The teachers' union halted its strike in Kenya.")
    assert "CONCEDE" in types and "COERCE" not in types
    types = _types("Police in Belarus halted the march of the opposition.")
    assert "COERCE" in types and "CONCEDE" not in types


def test_setting_oneself_on_fire_protests_and_setting_a_car_on_fire_does_not() -> None:
    assert "PROTEST" in _events("A Tibetan monk set himself on fire in Sichuan.")
    assert "PROTEST" in _types("A Tunisian street vendor set himself ablaze in Sidi Bouzid.")
    assert "PROTEST" not in _types("The engineers set the timer on the device.")


def test_a_delivered_rebuke_or_warning_carries_its_act_and_grilling_disapproves() -> None:
    assert "ACCUSE" in _events("Japan delivered a stinging rebuke to China.")
    assert "THREATEN" in _events("Iran delivered a stern warning to Israel.")
    assert "ACCUSE" in _types("The Kenyan parliament grilled the finance minister.")
    assert "ACCUSE" not in _types("The cooks grilled the fish on the beach.")


def test_forces_advancing_crossing_or_rolling_into_a_territory_attack_it() -> None:
    assert "ASSAULT" in _events("Russian troops advanced on Kiev.")
    assert "ASSAULT" in _events("Turkish troops crossed into northern Iraq.")
    assert "ASSAULT" in _events("Israeli tanks rolled into the Gaza Strip.")
    assert "ASSAULT" not in _types("The talks advanced towards an agreement.")
    assert "ASSAULT" not in _types("Thousands of refugees crossed into Chad.")


def test_a_broken_ceasefire_is_violated() -> None:
    types = _types("The militia broke the ceasefire in Libya.")
    assert "ASSAULT" in types and "RETREAT" not in types


def test_distancing_oneself_disapproves_and_a_tribunal_set_up_investigates() -> None:
    assert "ACCUSE" in _events("Germany distanced itself from the American plan.")
    assert "ACCUSE" in _types("The U.N. set up a tribunal to try war crimes in Rwanda.")


def test_an_extended_state_of_emergency_imposes_it_and_an_extended_hand_aids() -> None:
    assert "COERCE" in _events("Ethiopia extended the state of emergency in Tigray.")
    assert "AID" in _events("China extended a helping hand to Sri Lanka.")
    assert "COERCE" not in _types("Egypt extended the state highway to the border.")


def test_refugees_intercepted_at_sea_are_stopped_and_self_immolation_protests() -> None:
    assert "COERCE" in _events("Greece intercepted refugees off the island of Lesbos.")
    assert "PROTEST" in _events("Tibetan monks in China immolated themselves in protest.")


def test_atrocities_and_abuses_committed_or_perpetrated_are_violence() -> None:
    assert "ASSAULT" in _events("Burmese soldiers committed atrocities against the Rohingya.")
    assert "ASSAULT" in _events("Sudanese militias committed human rights abuses in Darfur.")
    assert "ASSAULT" in _events("Ethiopian troops perpetrated massacres in Tigray.")
    assert "ASSAULT" not in _types("Canada committed troops to the NATO mission in Latvia.")


def test_angry_reactions_disapprove_and_calm_ones_do_not() -> None:
    assert "ACCUSE" in _events("China reacted angrily to the American arms sale to Taiwan.")
    assert "ACCUSE" in _events("Israel reacted with fury to the U.N. resolution.")
    assert "ACCUSE" not in _types("Japan reacted calmly to the election result.")


def test_crowds_swarming_or_streaming_into_the_streets_demonstrate() -> None:
    assert "PROTEST" in _events("Thousands of protesters swarmed the streets of Manila.")
    assert "PROTEST" in _events("Demonstrators streamed into the main square of Kiev.")
    assert "PROTEST" not in _types("Refugees streamed across the border into Chad.")


def test_returned_fire_fights_and_returned_migrants_are_deported() -> None:
    assert "ASSAULT" in _events("Israeli troops returned fire on Hezbollah positions.")
    assert "COERCE" in _events("Italy returned the migrants to Libya.")
    types = _types("Russia returned Ukrainian children to their families.")
    assert "RETREAT" in types and "COERCE" not in types


def test_forces_or_diplomatic_staff_cut_are_drawn_down() -> None:
    assert "RETREAT" in _events("Britain cut its forces in Iraq.")
    assert "RETREAT" in _types("The United States cut the number of troops in Afghanistan.")
    assert "SANCTION" in _events("Russia cut its diplomatic staff in Washington.")
    assert "RETREAT" not in _types("Britain cut its spending on schools.")


def test_power_or_control_transferred_is_handed_over() -> None:
    assert "CONCEDE" in _types("The junta of Mali transferred power to a civilian government.")
    text = "The army transferred control of the province to the civilian government."
    assert "RETREAT" in _types(text)


def test_tirades_diatribes_broadsides_and_irritation_disapprove() -> None:
    assert "ACCUSE" in _events("Venezuela launched a tirade against the United States.")
    assert "ACCUSE" in _events("Iran launched a diatribe against Saudi Arabia.")
    assert "ACCUSE" in _events("Greece launched a broadside against Turkey.")
    assert "ACCUSE" in _events("Germany voiced irritation at the remarks of the Turkish president.")
    assert "ACCUSE" not in _events("The tirade of the crowd at the stadium in Lagos was loud.")
