"""Sources a clause inherits, stative "be committed to", and named bodies placed at home."""

from __future__ import annotations

from typing import Any

from tests.events.coding import coded


def _table(text: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    record = coded(text)
    return record.events, {a["id"]: a for a in record.actors}


def test_a_participle_after_a_passive_acts_through_its_agent() -> None:
    events, actors = _table(
        # (an attack with a target named would code the killing as itself, once)
        "The camp was attacked by Burundian militiamen, killing at least 156 people."
    )
    killing = next(e for e in events if e["trigger"] == "killing")
    assert [actors[s]["country"] for s in killing["source"]] == ["BDI"]


def test_a_participle_after_an_active_verb_keeps_its_subject() -> None:
    events, actors = _table("Serbian police raided the village, killing three men.")
    killing = next(e for e in events if e["trigger"] == "killing")
    assert [actors[s].get("country") for s in killing["source"]] == ["SRB"]


def test_the_subject_of_is_committed_to_is_the_one_committed() -> None:
    events, _ = _table("The minister said Vietnam is committed to opening up the economy.")
    agree = next(e for e in events if e["type"] == "AGREE")
    assert agree["source"] == ["VNM"] and "VNM" not in agree["target"]


def test_a_real_passive_still_makes_its_subject_the_target() -> None:
    events, _ = _table("Russia has been condemned by the European Union for the decree.")
    accuse = next(e for e in events if e["type"] == "ACCUSE")
    assert "RUS" in accuse["target"] and "RUS" not in accuse["source"]


def test_a_named_body_a_state_represses_is_placed_in_that_state() -> None:
    events, actors = _table("A court in Tehran ordered the closure of the reformist daily Shargh.")
    coerce = next(e for e in events if e["type"] == "COERCE")
    [target] = coerce["target"]
    assert (actors[target]["kind"], actors[target]["country"]) == ("media", "IRN")
    assert actors[target]["country_basis"] == "context"


def test_a_named_body_in_a_sentence_of_two_countries_is_not_placed() -> None:
    events, actors = _table(
        "Russian police raided the offices of the oil company Yukos, a Swiss court said."
    )
    coerce = next(e for e in events if e["type"] == "COERCE")
    assert all(not actors[t].get("country") for t in coerce["target"])


def test_a_gathering_that_is_stopped_stands_for_those_holding_it() -> None:
    events, actors = _table(
        "Turkish police prevented the demonstration staged by students in Sivas on Monday."
    )
    coerce = next(e for e in events if e["type"] == "COERCE")
    assert [actors[t]["name"] for t in coerce["target"]] == ["students"]


def test_an_unnamed_body_drawn_from_two_states_stands_for_both() -> None:
    events, actors = _table("Negotiators from Ethiopia and Eritrea held talks in Algiers.")
    countries = {
        actors[s].get("country") or s for e in events if e["type"] == "CONSULT" for s in e["source"]
    }
    assert countries == {"ETH", "ERI"}


def test_a_candidate_is_of_the_country_of_the_title() -> None:
    events, actors = _table(
        "Venezuelan opposition candidate Edmundo Gonzalez was granted asylum by Spain and flew"
        " to Madrid on Sunday."
    )
    aid = next(e for e in events if e["type"] == "AID")
    assert aid["source"] == ["ESP"]
    assert [actors[t]["country"] for t in aid["target"]] == ["VEN"]


def test_a_joint_act_of_two_states_is_each_ones_act_towards_the_other() -> None:
    events, _ = _table("India and Bangladesh reopened a cross-border rail link closed for years.")
    pairs = {(e["source"][0], e["target"][0]) for e in events if e["type"] == "COOPERATE"}
    assert pairs == {("IND", "BGD"), ("BGD", "IND")}
    assert all(e["mutual"] for e in events if e["type"] == "COOPERATE")


def test_the_venue_of_a_joint_act_is_no_party() -> None:
    events, actors = _table(
        "Turkish and Russian troops carried out their first joint ground patrol in"
        " northeastern Syria, the Turkish Defence Ministry said."
    )
    joint = [e for e in events if e["type"] == "COOPERATE"]
    countries = {
        (actors[e["source"][0]]["country"], actors[e["target"][0]]["country"]) for e in joint
    }
    assert countries == {("TUR", "RUS"), ("RUS", "TUR")}


def test_a_meeting_with_a_named_partner_is_one_event() -> None:
    events, _ = _table("Russia and China held talks with Iran in Moscow on Monday.")
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert len(consult) == 1 and consult[0]["target"] == ["IRN"] and not consult[0]["mutual"]


def test_a_promise_told_to_a_state_is_made_to_it() -> None:
    events, _ = _table(
        "Jordan told Syria on Sunday it was ready to cooperate more closely on border issues."
    )
    agree = next(e for e in events if e["type"] == "AGREE")
    assert (agree["source"], agree["target"]) == (["JOR"], ["SYR"])


def test_one_act_told_twice_in_a_sentence_is_one_event() -> None:
    events, _ = _table(
        "Japan extended a $1.2 billion loan to the Philippines on Monday to help finance"
        " power plants on the island of Mindanao."
    )
    assert [(e["type"], e["source"], e["target"]) for e in events] == [("AID", ["JPN"], ["PHL"])]


def test_two_acts_of_one_type_on_different_targets_stay_two() -> None:
    events, _ = _table(
        "Israeli jets bombed Gaza on Monday and Israeli artillery shelled southern Lebanon."
    )
    assaults = [e for e in events if e["type"] == "ASSAULT"]
    assert len(assaults) == 2


def test_a_call_for_talks_with_a_state_is_made_of_it() -> None:
    events, _ = _table("Pakistan called for talks with India on Kashmir on Wednesday.")
    request = next(e for e in events if e["type"] == "REQUEST")
    assert request["target"] == ["IND"]


def test_a_show_of_force_near_a_territory_is_aimed_at_its_holder() -> None:
    events, actors = _table(
        "China's People's Liberation Army staged live-fire drills in waters off Taiwan."
    )
    mobilize = next(e for e in events if e["type"] == "MOBILIZE")
    assert mobilize["target"] == ["TWN"]
    events, _ = _table("Russia staged naval drills off its Pacific coast.")
    assert all(not e["target"] for e in events if e["type"] == "MOBILIZE")


def test_forces_put_on_alert_after_ships_were_seen_face_the_ships_state() -> None:
    events, _ = _table(
        "Taiwan put its forces on high alert after Chinese warships were spotted off its coast."
    )
    mobilize = next(e for e in events if e["type"] == "MOBILIZE")
    assert (mobilize["source"], mobilize["target"]) == (["TWN"], ["CHN"])


def test_whom_someone_is_handed_over_to_is_the_partner_not_the_one_handed_over() -> None:
    events, _ = _table(
        "Spain extradited two suspected members of the Basque separatist group ETA to France"
        " on Tuesday."
    )
    cooperate = next(e for e in events if e["type"] == "COOPERATE")
    assert (cooperate["source"], cooperate["target"]) == (["ESP"], ["FRA"])


def test_a_guest_invited_to_ones_own_capital_is_the_target() -> None:
    events, actors = _table(
        "Pakistan's president has invited Indian Prime Minister Atal Bihari Vajpayee to"
        " Islamabad for talks on Kashmir."
    )
    agree = next(e for e in events if e["type"] == "AGREE")
    countries = {actors[t].get("country") or t for t in agree["target"]}
    assert "IND" in countries and "PAK" not in countries


def test_what_talks_are_on_is_their_topic_not_a_party() -> None:
    events, _ = _table(
        "Russia has offered to host a new round of talks between Armenia and Azerbaijan on"
        " Nagorno-Karabakh."
    )
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert consult and all("region:nagorno-karabakh" not in e["target"] for e in consult)


def test_a_partner_the_parser_hangs_inside_the_topic_is_still_the_partner() -> None:
    events, _ = _table(
        "Pakistan's interior minister said Islamabad was willing to share intelligence on"
        " militant groups with Afghanistan."
    )
    assert any("AFG" in e["target"] for e in events if e["type"] in ("AGREE", "COOPERATE"))


def test_people_sent_to_another_state_in_an_agentless_passive_are_their_states_act() -> None:
    events, _ = _table(
        "British military advisers have been sent to Sierra Leone to train the country's new"
        " army, the Ministry of Defence said."
    )
    aid = next(e for e in events if e["trigger"] == "sent")
    assert (aid["source"], aid["target"]) == (["GBR"], ["SLE"])


def test_forces_mobilised_after_clashes_with_someone_face_them() -> None:
    events, actors = _table(
        "Armenia ordered a general mobilisation of its armed forces after clashes with"
        " Azerbaijani troops."
    )
    mobilize = next(e for e in events if e["type"] == "MOBILIZE")
    assert [actors[t]["country"] for t in mobilize["target"]] == ["AZE"]


def test_a_ruling_defied_is_its_courts() -> None:
    events, _ = _table("Poland's government defied a ruling by the European Court of Justice.")
    reject = next(e for e in events if e["type"] == "REJECT")
    assert reject["target"] == ["CJEU"]


def test_prisoners_protest_against_whoever_holds_them() -> None:
    events, _ = _table(
        "Hundreds of Palestinian prisoners in Israeli jails launched a hunger strike to protest"
        " detention without trial."
    )
    assert all(e["target"] == ["gov:ISR"] for e in events if e["type"] == "PROTEST")
    events, _ = _table("Kenyan teachers went on strike over pay.")
    assert [e["target"] for e in events if e["type"] == "PROTEST"] == [["gov:KEN"]]


def test_a_refusal_to_let_someones_aid_in_turns_them_away() -> None:
    events, _ = _table(
        "The Venezuelan government refused to let humanitarian aid sent by the United States"
        " cross the border."
    )
    reject = next(e for e in events if e["type"] == "REJECT")
    assert reject["target"] == ["USA"]


def test_whom_an_act_helps_to_act_is_its_beneficiary() -> None:
    events, _ = _table(
        "Japan pledged $500 million to help Ukraine rebuild its battered power grid."
    )
    agree = next(e for e in events if e["type"] == "AGREE")
    assert agree["target"] == ["UKR"]


def test_a_weapons_model_name_is_no_person() -> None:
    events, actors = _table(
        "Germany offered to station Patriot air defence batteries in Poland on Monday."
    )
    assert not [a for a in actors.values() if a["kind"] == "person"]
    agree = next(e for e in events if e["type"] == "AGREE")
    assert agree["target"] == ["POL"]


def test_a_law_acts_through_whoever_adopts_it() -> None:
    events, actors = _table(
        "The Serbian parliament approved a special law recognizing the opposition's victories in"
        " municipal elections."
    )
    concede = next(e for e in events if e["trigger"] == "recognizing")
    assert [actors[s]["country"] for s in concede["source"]] == ["SRB"]


def test_what_is_fired_at_someone_is_aimed_at_them() -> None:
    events, _ = _table(
        "Hamas militants lobbed mortar shells at Israeli communities near the Gaza border."
    )
    assault = next(e for e in events if e["type"] == "ASSAULT")
    assert assault["target"] == ["ISR"]


def test_the_agent_the_parser_hangs_on_the_patient_is_still_the_agent() -> None:
    events, _ = _table(
        "The expulsion of two Estonian diplomats by Moscow came a day after a similar move."
    )
    sanction = next(e for e in events if e["type"] == "SANCTION")
    assert sanction["source"] == ["RUS"]


def test_a_ministry_after_a_demonym_is_that_government() -> None:
    events, _ = _table(
        "The Greek finance ministry turned down demands by the IMF for pension cuts."
    )
    reject = next(e for e in events if e["type"] == "REJECT")
    assert (reject["source"], reject["target"]) == (["gov:GRC"], ["IMF"])


def test_a_joined_verb_shares_the_subject_of_the_verb_it_is_joined_to() -> None:
    events, actors = _table("The rebels agreed to a ceasefire and withdrew from the town.")
    retreat = next(e for e in events if e["type"] == "RETREAT")
    assert [actors[s]["sector"] for s in retreat["source"]] == ["REB"]


def test_whoever_made_a_received_call_is_its_source() -> None:
    events, actors = _table(
        "U.S. Secretary of State Antony Blinken received a telephone call from the Saudi"
        " foreign minister on Saturday."
    )
    consult = next(e for e in events if e["type"] == "CONSULT")
    assert [actors[s]["country"] for s in consult["source"]] == ["SAU"]
    assert [actors[t]["country"] for t in consult["target"]] == ["USA"]


def test_what_an_attack_did_is_the_attack_coded_once() -> None:
    text = "Israeli commandos raided a Hezbollah base in Lebanon, killing five guerrillas."
    events, _ = _table(text)
    assert [e["type"] for e in events].count("ASSAULT") == 1


def test_a_killing_after_an_attack_on_no_one_named_stays() -> None:
    events, _ = _table("Gunmen opened fire in a market, killing five Hindu pilgrims.")
    assert any(e["trigger"] == "killing" for e in events)


def test_what_a_protest_demands_is_the_protest_coded_once() -> None:
    for text in (
        "Thousands of teachers marched through Lagos demanding higher pay.",
        "Students rallied outside parliament in Dhaka to demand cheaper fees.",
    ):
        types = [e["type"] for e in _table(text)[0]]
        assert types == ["PROTEST"], (text, types)


def test_a_demand_beside_no_protest_stays() -> None:
    events, _ = _table("Nurses in Lagos went to the ministry to demand higher pay.")
    assert "REQUEST" in [e["type"] for e in events]
