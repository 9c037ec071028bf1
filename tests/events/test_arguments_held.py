"""Whom a state puts under arrest, into custody or under investigation, and dissent by cause."""

from __future__ import annotations

from tests.events.coding import coded, event_countries, first_event


def test_the_one_put_under_an_act_is_its_target() -> None:
    text = "Milan magistrates placed former Prime Minister Bettino Craxi under investigation."
    assert first_event(text, "ACCUSE")["target"] == ["person:bettino-craxi"]
    text = "Chinese police took the dissident Wei Jingsheng into custody."
    assert event_countries(text, "COERCE") == (["CHN"], ["CHN"])


def test_a_pro_democracy_leader_is_of_the_state_that_holds_her() -> None:
    text = (
        "Burma's military government placed pro-democracy leader Aung San Suu Kyi under house "
        "arrest at her lakeside home in Rangoon."
    )
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    event = next(e for e in record.events if e["type"] == "COERCE")
    held = [table[t] for t in event["target"]]
    assert [(a["kind"], a.get("country")) for a in held] == [("person", "MMR")]


def test_a_ban_on_imports_from_a_state_falls_on_that_state() -> None:
    text = "Japan lifted its ban on beef imports from the United States."
    assert event_countries(text, "CONCEDE") == (["JPN"], ["USA"])
    assert event_countries("The EU eased restrictions on flights from Turkey.", "CONCEDE")[1] == [
        "TUR"
    ]
    text = "A ban on imports from Iran was announced by India."
    assert event_countries(text, "SANCTION") == (["IND"], ["IRN"])


def test_a_from_the_parser_hangs_on_the_imposing_verb_is_still_the_origin() -> None:
    # The parser attaches "from Brazil" to "imposed", not to "imports".
    text = "China imposed a ban on beef imports from Brazil."
    assert event_countries(text, "SANCTION") == (["CHN"], ["BRA"])
    # A "from" of time on the verb names no one.
    assert event_countries("India imposed a ban on imports from Monday.", "SANCTION")[1] == []


def test_two_infinitives_sharing_an_object_share_its_target() -> None:
    record = coded(
        "Israel's defence minister threatened to seize and occupy parts of Gaza unless Hamas "
        "freed the remaining hostages."
    )
    threat = next(e for e in record.events if e["type"] == "THREATEN")
    assert threat["target"] == ["PS-GZA"], record.events
    record = coded("Russia threatened to halt and review its gas deliveries to Ukraine.")
    threat = next(e for e in record.events if e["type"] == "THREATEN")
    assert threat["target"] == ["UKR"], record.events


def test_a_suspended_membership_is_the_bodys_act_on_its_member() -> None:
    for text in (
        "Nigeria's membership of the Commonwealth was suspended at a summit in Auckland.",
        "The Arab League suspended Syria's membership.",
    ):
        suspension = first_event(text, "SANCTION")
        assert suspension["target"] in (["NGA"], ["SYR"]), text
        assert suspension["source"] in (["COMMONWEALTH"], ["LAS"]), text


def test_whom_aid_is_to_help_is_its_recipient() -> None:
    pledge = first_event(
        "The World Bank pledged $300 million in loans to help Ghana rebuild its road network.",
        "AGREE",
    )
    assert pledge["target"] == ["GHA"], pledge
    gift = first_event("Kuwait gave $300 million towards rebuilding the roads of Lebanon.", "AID")
    assert gift["target"] == ["LBN"], gift


def test_a_pledged_sums_measure_names_the_recipient() -> None:
    pledge = first_event(
        "The EU was ready to provide 40 million ecus in humanitarian assistance for the "
        "Rwandan refugees.",
        "AGREE",
    )
    assert pledge["target"] == ["group:anon:rwa-refugee"], pledge


def test_a_leader_in_a_hyphen_is_the_things_owner_a_backer_is_not() -> None:
    backing = first_event("Pakistan backed the U.S.-led campaign against terrorism.", "SUPPORT")
    assert backing["target"] == ["USA"], backing
    record = coded(
        "Bolivian coca growers' leader Evo Morales denounced the government's U.S.-backed "
        "eradication campaign in the Chapare region."
    )
    accusation = next(e for e in record.events if e["type"] == "ACCUSE")
    assert "USA" not in accusation["target"], record.events


def test_a_counterparts_name_split_off_as_a_second_subject_still_acts_with_the_first() -> None:
    record = coded(
        "Greek Prime Minister Costas Simitis and his Turkish counterpart Bulent Ecevit "
        "discussed Cyprus in a telephone conversation on Sunday."
    )
    pairs = {(e["source"][0], e["target"][0]) for e in record.events if e["type"] == "CONSULT"}
    assert ("person:costas-simitis", "person:bulent-ecevit") in pairs, record.events
