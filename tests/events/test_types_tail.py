"""The long tail of wire wording: phrasal verbs, rarer synonyms and the frames they need
(walking away from talks, turning to a state for a loan, acting as mediator), and the limits
that keep them from coding non-events."""

from __future__ import annotations

from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings
from tests.events.coding import coded


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


def test_walking_away_from_talks_is_a_rejection() -> None:
    # The parser hangs "from the negotiations" on the adverb "away", not on the verb.
    assert "REJECT" in _types("Hamas walked away from the negotiations with Israel.")


def test_walking_away_from_an_accident_is_no_rejection() -> None:
    assert "REJECT" not in _types("The driver walked away from the crash with minor cuts.")


def test_turning_to_a_state_for_a_loan_asks_but_turning_down_a_request_refuses() -> None:
    assert "REQUEST" in _types("Zambia turned to China for a loan.")
    types = _types("Saudi Arabia turned down an Iraqi request for an emergency loan.")
    assert "REJECT" in types and "REQUEST" not in types


def test_acting_as_mediator_consults_but_an_arms_intermediary_does_not() -> None:
    assert "CONSULT" in _types("Egypt acted as mediator between Israel and Hamas.")
    text = "Missiles were funnelled to the rebels, with Pakistan acting as the intermediary."
    assert "CONSULT" not in _types(text)


def test_curbs_the_parser_reads_as_relaxed_are_not_imposed() -> None:
    # "relaxed" parsed as an adjective on "curbs": no curbs are imposed here.
    assert "COERCE" not in _types("Indonesia's new government relaxed curbs on the press.")
    assert "COERCE" in _types("China imposed curbs on the press of Hong Kong.")


def test_an_insult_a_bill_would_punish_is_no_accusation() -> None:
    text = "Malawi dropped a bill making it a crime for newspapers to insult the president."
    assert "ACCUSE" not in [e["type"] for e in coded(text).events]


def test_custody_before_its_object_still_arrests() -> None:
    # The parser makes "custody" a modifier of the object that follows it.
    text = (
        "Religious police in Tehran took into custody 12 staff members of the British Council,"
        " among them two Iranian women, for allegedly spying."
    )
    assert "COERCE" in _types(text)


def test_bringing_leaders_together_mediates() -> None:
    # "together" hangs on the phrase after the object, not on the verb.
    text = "Norway brought the Sri Lankan government and the Tamil rebels together in Oslo."
    assert "CONSULT" in _types(text)


def test_a_strike_by_warplanes_for_nights_on_end_is_no_walkout() -> None:
    text = "Russian warplanes struck rebel positions in Idlib for the fourth night."
    types = _types(text)
    assert "ASSAULT" in types and "PROTEST" not in types
    assert "PROTEST" in _types("Workers in Chile struck for higher wages.")


def test_who_a_warning_threatens_is_not_what_it_threatens() -> None:
    # The protest names whom the government would crush, so the warning is the threat.
    text = (
        "The military government of Nigeria warned on Sunday that it would deal ruthlessly"
        " with anyone taking part in planned demonstrations in Lagos."
    )
    assert "THREATEN" in [e["type"] for e in coded(text).events]


def test_ties_frozen_long_ago_are_no_new_sanction() -> None:
    text = "Kuwait restored diplomatic ties with Jordan that were frozen in 1990."
    assert "SANCTION" not in _types(text)


def test_receiving_aid_or_a_loan_is_aid() -> None:
    # A sum with the aid in an "in" phrase on the verb ("received $2bn in aid").
    assert "AID" in _types("Nigeria received $2bn in aid from the EU.")
    assert "AID" in _types("Sri Lanka obtained a loan from India.")
    assert "AID" in _types("Ukraine received tanks from Germany.")
    assert "AID" not in _types("The hospital received a visit from the mayor.")


def test_the_giver_of_received_aid_is_its_source() -> None:
    events = coded("Nigeria received $2bn in aid from the EU.").events
    assert [(e["source"], e["target"]) for e in events if e["type"] == "AID"] == [(["EU"], ["NGA"])]


def test_a_sum_in_any_currency_names_what_it_is_in() -> None:
    text = (
        "The government of Kenya released 2 billion shillings in relief funds to flooded counties."
    )
    types = _types(text)
    assert "AID" in types and "RETREAT" not in types


def test_expelling_a_member_from_the_party_sanctions_deporting_does_not() -> None:
    assert "SANCTION" in _types(
        "The ruling party of Zambia expelled its deputy leader from the party."
    )
    assert "SANCTION" not in _types("Ghana expelled thousands of migrants from the country.")


def test_withdrawing_from_a_mediating_role_halts_mediation_not_troops() -> None:
    text = "The bishops of Nicaragua withdrew from their role as mediators in the dialogue."
    types = _types(text)
    assert "SANCTION" in types and "RETREAT" not in types
    assert "RETREAT" in _types("Syria withdrew its troops from Lebanon.")


def test_tanks_fanning_out_mobilize() -> None:
    assert "MOBILIZE" in _types(
        "Army tanks and armoured vehicles fanned out across central Kampala."
    )


def test_what_a_denial_denies_is_not_done() -> None:
    types = _types("Turkey denied that it had shot down the drone.")
    assert "REJECT" in types and "ASSAULT" not in types
    types = _types("Azerbaijan denied violating the ceasefire.")
    assert "REJECT" in types and "ASSAULT" not in types


def test_cutting_internet_access_censors_but_cutting_costs_does_not() -> None:
    assert "COERCE" in _types("The government of Ethiopia cut internet access in Tigray.")
    assert _types("The company cut access to its offices for the holidays.") == []


def test_what_pressure_a_light_verb_carries_demands_is_not_done() -> None:
    # The to-infinitive hangs on the light verb, not on the noun it carries.
    types = _types("The European Union stepped up pressure on Belarus to free political prisoners.")
    assert "REQUEST" in types and "RETREAT" not in types


def test_pressure_no_one_applies_is_no_request() -> None:
    assert _types("The government of Kenya is under pressure from the unions.") == []


def test_idioms_of_refusal_and_reconciliation() -> None:
    assert "REJECT" in _types("Russia poured cold water on the peace plan of Ukraine.")
    assert "REJECT" not in _types("Firefighters poured water on the burning building.")
    assert "SUPPORT" in _types("Saudi Arabia and Iran buried the hatchet.")


def test_a_settlement_reached_with_a_party_agrees_but_a_settlement_built_does_not() -> None:
    assert "AGREE" in _types("Sudan reached a settlement with the rebels.")
    assert _types("Israel expanded the settlement of Maale Adumim.") == []


def test_commandos_boarding_a_ship_seize_it_but_passengers_do_not() -> None:
    assert "COERCE" in _types("Israeli commandos boarded the ships of the flotilla.")
    assert _types("Hundreds of passengers boarded the ship in Piraeus.") == []


def test_a_throw_of_support_behind_a_state_supports_it() -> None:
    assert "SUPPORT" in _types("Turkey threw its support behind Azerbaijan.")


def test_phrasal_verbs_of_refusal_and_withdrawal() -> None:
    # "from" hangs on "away", "on" on the verb after "back".
    assert "REJECT" in _types("Iran backed away from the nuclear deal.")
    types = _types("The Taliban went back on their promise to reopen schools.")
    assert "REJECT" in types and "AGREE" not in types
    assert "SANCTION" in _types("Nicaragua opted out of the Organisation of American States.")
    assert "REJECT" in _types("Iran turned back the inspectors of the IAEA.")


def test_firing_back_at_remarks_accuses_but_firing_back_at_attackers_does_not() -> None:
    assert "ACCUSE" in _types("Beijing fired back at Washington over the remarks.")
    assert "ACCUSE" not in _types("Soldiers of Mali fired back at the attackers near Gao.")


def test_a_government_backing_off_concedes_but_troops_backing_off_do_not() -> None:
    assert "CONCEDE" in _types("The government of Israel backed off the judicial overhaul.")
    assert "CONCEDE" not in _types("Russian troops backed off from the border.")


def test_predicate_adjectives_of_attitude() -> None:
    assert "REJECT" in _types("China said it was firmly opposed to the sale of arms to Taiwan.")
    assert "ACCUSE" in _types("France was critical of the decision of Mali.")
    assert "SUPPORT" in _types("Germany is supportive of the membership of Ukraine.")
    # The preposition hangs on the copula, not on the adjective.
    assert "ACCUSE" in _types("China was furious at the visit of the speaker to Taiwan.")


def test_adjectives_of_attitude_need_their_frame() -> None:
    assert "ACCUSE" not in _types("The sale of Iranian oil was critical to the economy of Iraq.")
    assert _types("Residents of Lagos were concerned about the weather.") == []


def test_forces_freeing_kidnapped_children_rescue_them() -> None:
    # PLOVER codes a rescue of hostages by security forces as AID.
    text = "Commandos of Nigeria freed the kidnapped schoolchildren in a raid."
    assert "AID" in _types(text)
    assert "AID" not in _types("The rebels of Colombia freed three hostages.")


def test_an_attempt_on_a_life_is_an_assassination_attempt() -> None:
    assert "ASSAULT" in _types("Militants made an attempt on the life of the prime minister.")
    assert _types("The runner made an attempt on the world record.") == []


def test_readiness_with_a_detached_infinitive_agrees() -> None:
    # The parser hangs "to resume talks" on "ready" as an adverbial clause, not a complement.
    types = _types("Hamas declared itself ready on Sunday to resume talks with Israel.")
    assert "AGREE" in types and "CONSULT" not in types


def test_exchanging_ambassadors_restores_ties_but_exchanging_fire_attacks() -> None:
    assert "SUPPORT" in _types("Israel and the United Arab Emirates exchanged ambassadors.")
    assert "SUPPORT" not in _types("Armenian and Azerbaijani troops exchanged fire.")


def test_a_sum_granted_is_aid_and_a_status_granted_a_concession() -> None:
    assert "AID" in _types("The United States granted $500 million in budget support to Ukraine.")
    types = _types("Algeria granted legal status to the Islamic Salvation Front.")
    assert "CONCEDE" in types and "AID" not in types


def test_a_preposition_on_a_distant_particle_still_frames_the_verb() -> None:
    text = (
        "Kenya handed Felicien Kabuga, wanted for his role in the genocide, over to agents of"
        " the tribunal."
    )
    assert "COOPERATE" in _types(text)


def test_trade_and_travel_bans_sanction_a_ban_on_a_party_coerces() -> None:
    types = _types("The United States imposed a visa ban on officials of Uganda.")
    assert "SANCTION" in types and "COERCE" not in types
    assert "COERCE" in _types("Turkey imposed a ban on the opposition newspaper.")


def test_stopping_funding_cuts_aid() -> None:
    types = _types("The United States stopped funding the agency in Gaza.")
    assert "SANCTION" in types and "AID" not in types


def test_leaving_a_bloc_sanctions_but_leaving_a_city_on_the_way_does_not() -> None:
    assert "SANCTION" in _types("Moldova left the Commonwealth of Independent States.")
    text = "The former president arrived in Calabar hours after leaving Monrovia."
    assert "SANCTION" not in _types(text)


def test_a_vowed_harsh_response_threatens_but_a_promised_reply_does_not() -> None:
    assert "THREATEN" in _types("North Korea vowed a merciless response to the drills.")
    assert "THREATEN" not in _types("The ministry promised a response to the letter.")


def test_countermeasures_announced_threaten() -> None:
    text = "China said it would take resolute countermeasures against the United States."
    assert "THREATEN" in [e["type"] for e in coded(text).events]


def test_proposing_that_another_act_requests_it() -> None:
    types = _types("Brazil proposed that Venezuela hold new elections.")
    assert "REQUEST" in types and "AGREE" not in types


def test_joint_bodies_and_alliances_formed_cooperate() -> None:
    assert "COOPERATE" in _types(
        "Nigeria and Chad established a joint task force against the rebels."
    )
    assert "COOPERATE" in _types("Mali, Niger and Burkina Faso formed an alliance.")
    assert "COOPERATE" not in _types("The government of Nigeria established a task force on fuel.")


def test_settling_trade_cooperates_settling_a_dispute_agrees() -> None:
    assert "COOPERATE" in _types("China and Brazil settled trade in their own currencies.")
    types = _types("Ethiopia and Eritrea settled their border dispute.")
    assert "AGREE" in types and "COOPERATE" not in types
