"""Sources and targets of reporting verbs that the parser misreads."""

from __future__ import annotations

from tests.events.coding import coded, target_countries


def _accusations(text: str) -> list[tuple[list[str | None], list[str | None], list[str]]]:
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return [
        (
            [table[s].get("country") for s in e["source"]],
            [table[t].get("country") for t in e["target"]],
            [table[s].get("sector") for s in e["source"]],
        )
        for e in record.events
        if e["type"] == "ACCUSE"
    ]


def test_a_report_after_its_clause_is_made_by_the_noun_before_it() -> None:
    # The parser hangs "protested" on "group" as a clause of its own.
    text = (
        "Croatian authorities are failing to uphold the property rights of Croatian Serb "
        "refugees, a human rights group protested here Wednesday."
    )
    assert _accusations(text) == [([None], ["HRV"], ["NGO"])]


def test_an_inverted_report_accuses_the_subject_of_the_clause_it_reports() -> None:
    text = (
        "U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity, "
        "a human rights organization charged on Saturday."
    )
    assert _accusations(text) == [([None], ["USA"], ["NGO"])]


def test_the_reporter_is_only_what_follows_the_comma() -> None:
    # "Armenia" is the clause's focus, not a reporter.
    text = "It was Armenia, Azerbaijan's defence ministry charged on Tuesday, that began the war."
    sources = [s for s, _, _ in _accusations(text)]
    assert sources == [["AZE"]]


def test_the_person_a_request_is_about_is_no_target_beside_the_state_asked() -> None:
    text = "Peru formally asked Japan on Thursday to extradite former President Alberto Fujimori."
    assert target_countries(text, "REQUEST") == ["JPN"]


def test_the_owner_of_a_lifted_measure_is_no_target() -> None:
    text = "President Bill Clinton ended the 19-year-old U.S. trade embargo against Vietnam."
    assert target_countries(text, "RETREAT") == ["VNM"]


def test_a_domestic_act_keeps_its_own_countrys_targets() -> None:
    text = "Kenyan police fired tear gas at Kenyan opposition supporters in Nairobi."
    assert "KEN" in target_countries(text, "ASSAULT")


def test_agreeing_to_act_as_a_go_between_is_toward_both_sides() -> None:
    text = (
        "Norway agreed to act as a facilitator between the Sri Lankan government and the "
        "Tamil Tigers."
    )
    record = coded(text)
    [agree] = [e for e in record.events if e["type"] == "AGREE"]
    assert (agree["source"], sorted(agree["target"])) == (["NOR"], ["gov:LKA", "org:ltte"])


def test_forces_named_in_apposition_are_the_movers_own() -> None:
    text = (
        "Iraq has moved two Republican Guard divisions, some 20,000 troops with tanks, "
        "towards the Kuwaiti border."
    )
    assert target_countries(text, "MOBILIZE") == ["KWT"]


def test_against_on_the_light_verb_names_whom_a_nominal_act_is_aimed_at() -> None:
    text = "Hezbollah placed its guerrillas in southern Lebanon on maximum alert against Israel."
    assert target_countries(text, "MOBILIZE") == ["ISR"]


def test_troops_sent_to_or_pulled_out_of_a_mission_go_to_or_leave_its_country() -> None:
    sent = "Nigeria has sent 1,500 more troops to the ECOMOG peacekeeping force in Liberia."
    assert target_countries(sent, "AID") == ["LBR"]
    pulled = "Bangladesh pulled its troops out of the U.N. peacekeeping mission in Sierra Leone."
    assert target_countries(pulled, "SANCTION") == ["SLE"]


def test_vetoing_a_missions_extension_stays_an_act_toward_the_body() -> None:
    record = coded("China vetoed the extension of a U.N. peacekeeping mission in Macedonia.")
    [veto] = [e for e in record.events if e["type"] == "REJECT"]
    assert veto["target"] == ["UN"], record.events


def test_a_request_made_of_a_named_state_is_not_aimed_at_what_it_asks_for() -> None:
    # Mali is where the troops would go; the request is made of Germany.
    assert target_countries("France urged Germany to send troops to Mali.", "REQUEST") == ["DEU"]


def test_a_request_of_no_one_named_is_aimed_at_its_content() -> None:
    text = "Kenya called for sanctions to be imposed on Eritrea."
    assert target_countries(text, "REQUEST") == ["ERI"]


def test_a_request_made_to_a_party_is_not_aimed_at_what_it_asks_for() -> None:
    text = "Bosnia appealed to NATO for air strikes against Serb positions around Sarajevo."
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    request = next(e for e in record.events if e["type"] == "REQUEST")
    assert [table[t]["id"] for t in request["target"]] == ["NATO"]


def test_a_handover_requested_from_a_state_is_asked_of_that_state() -> None:
    text = "Spain requested the extradition of the Chilean dictator Augusto Pinochet from Britain."
    assert target_countries(text, "REQUEST") == ["GBR"]


def test_a_request_of_two_states_is_made_of_both() -> None:
    text = "Ethiopia and Eritrea were urged by the U.S. envoy to resolve their border dispute."
    assert sorted(target_countries(text, "REQUEST")) == ["ERI", "ETH"]


def test_the_reporter_after_the_clause_is_no_object_of_its_verb() -> None:
    # The parser makes "organization" a second object of "abused".
    text = (
        "U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity, "
        "a human rights organization charged on Saturday."
    )
    assert target_countries(text, "ASSAULT") == ["MEX"]
