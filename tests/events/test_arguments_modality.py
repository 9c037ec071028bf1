"""Arguments, negation and modality on hand-built records (actors stage only)."""

from __future__ import annotations

from typing import Any

import pytest

from faultline.actors import actors_stage
from faultline.document import Article, Record
from faultline.event_export import state_code
from faultline.events import events_stage
from faultline.nlp import load_model
from faultline.quotes import quotes_stage
from faultline.settings import Settings
from tests.events.coding import coded


def _code(text: str) -> list[dict[str, Any]]:
    return coded(text).events


def test_passive_without_agent_has_empty_source() -> None:
    [e] = _code("Russia has been condemned for the war.")
    assert (e["type"], e["source"], e["target"]) == ("ACCUSE", [], ["RUS"])


def test_passive_agent_is_source() -> None:
    [e] = _code("Russia was condemned by France.")
    assert (e["source"], e["target"]) == (["FRA"], ["RUS"])


def test_coordinated_subjects() -> None:
    [e] = _code("Russia and Serbia criticized Kosovo.")
    assert set(e["source"]) == {"RUS", "SRB"} and e["target"] == ["XKX"]


@pytest.mark.parametrize(
    ("text", "negated", "modality"),
    [
        ("France will support Mali.", False, "planned"),
        ("France plans to sanction Mali.", False, "planned"),
        ("France could sanction Mali.", False, "hypothetical"),
        ("France did not criticize Mali.", True, "asserted"),
        ("France would sanction Mali if Mali attacked Niger.", False, "conditional"),
    ],
)
def test_negation_and_modality(text: str, negated: bool, modality: str) -> None:
    events = [e for e in _code(text) if e["source"] == ["FRA"]]
    assert events, text
    assert (events[0]["negated"], events[0]["modality"]) == (negated, modality)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Trump made efforts to get Ukraine to investigate Joe Biden.", "hypothetical"),
        ("They discussed a need for Ukraine to open investigations into Burisma.", "hypothetical"),
        ("Ukraine launched investigations into Burisma.", "asserted"),
    ],
)
def test_act_tried_for_or_needed_is_not_done(text: str, modality: str) -> None:
    events = [e for e in _code(text) if e["type"] == "ACCUSE"]
    assert [e["modality"] for e in events] == [modality], events


def test_refusal_is_reject() -> None:
    [e] = _code("Turkey refused to support Greece.")
    assert (e["type"], e["negated"], e["target"]) == ("REJECT", False, ["GRC"])


def test_reported_clause_claimed_by_speaker() -> None:
    events = _code("Germany said that France will sanction Mali.")
    e = next(e for e in events if e["type"] == "SANCTION")
    assert e["reported"] and e["claimed_by"] == "DEU"


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Serbia lifted a night curfew in Montenegro.", "CONCEDE", "MNE"),
        ("Thousands of Kurds demonstrated in Turkey on Sunday.", "PROTEST", "TUR"),
        ("Police raided the offices of a newspaper in Kenya.", "COERCE", "KEN"),
    ],
)
def test_implicit_recipient_is_the_place(text: str, etype: str, target: str) -> None:
    e = next(e for e in _code(text) if e["type"] == etype)
    assert e["target"] == [target]


def test_a_meeting_place_is_no_recipient() -> None:
    e = next(e for e in _code("Iran met Iraq in Geneva.") if e["type"] == "CONSULT")
    assert "CHE" not in e["target"]


def test_own_possession_is_no_recipient() -> None:
    e = next(e for e in _code("Russia recalled its ambassador from Estonia.") if e["trigger"])
    assert (e["type"], e["source"], e["target"]) == ("SANCTION", ["RUS"], ["EST"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The rebels warned they would attack the capital unless the army withdrew.", None),
        ("Farmers in Chile said they would blockade Santiago from Monday.", "CHL"),
        ("Iran said it would expel the inspectors if it were attacked.", "IRN"),
    ],
)
def test_announced_hostile_act_is_a_threat(text: str, source: str | None) -> None:
    threats = [e for e in _code(text) if e["type"] == "THREATEN"]
    assert threats and threats[0]["reported"] and not threats[0]["negated"]
    if source:
        assert threats[0]["source"]


def test_hostile_act_reported_by_another_keeps_its_type() -> None:
    types = {e["type"] for e in _code("Germany said that France will sanction Mali.")}
    assert "SANCTION" in types and "THREATEN" not in types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain said Libya must hand over the suspects.", "GBR", "LBY"),
        ("France reiterated that Iran must stop enrichment.", "FRA", "IRN"),
        ("Japan stressed that China should release the crew.", "JPN", "CHN"),
    ],
)
def test_must_clause_is_a_demand(text: str, source: str, target: str) -> None:
    e = next(e for e in _code(text) if e["type"] == "REQUEST")
    assert (e["source"], e["target"]) == ([source], [target])


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Workers in Chile went on hunger strike.", "PROTEST"),
        ("Turkey put its forces on alert.", "MOBILIZE"),
    ],
)
def test_verb_preposition_light_pairs(text: str, etype: str) -> None:
    assert etype in {e["type"] for e in _code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels in Fiji said they will release the hostages.",
        # an announced retreat is a concession (the manual), not the retreat itself
        "Armenia's defence minister said his forces would withdraw their artillery from the "
        "front line.",
    ],
)
def test_yielding_announced_for_the_future_is_a_concession(text: str) -> None:
    # the manual keeps future concessions CONCEDE where the mapping makes CAMEO 035 AGREE
    e = next(e for e in _code(text))
    assert (e["type"], e["cameo"], e["mode"]) == ("CONCEDE", "035", None)


def test_cooperation_announced_for_the_future_is_a_promise() -> None:
    e = next(e for e in _code("Japan said it would send food aid to North Korea."))
    assert (e["type"], e["cameo"]) == ("AGREE", "033")


def test_withdrawing_from_a_place_targets_it() -> None:
    e = next(e for e in _code("Syria says it is willing to withdraw its troops from Lebanon."))
    assert (e["type"], e["source"], e["target"]) == ("AGREE", ["SYR"], ["LBN"])


def test_threat_targets_whoever_the_condition_names() -> None:
    text = "Russia threatened to quit the talks if the United States deployed new missiles."
    e = next(e for e in _code(text) if e["type"] == "THREATEN")
    assert (e["source"], e["target"]) == (["RUS"], ["USA"])


def test_against_inside_a_purpose_phrase_is_the_target() -> None:
    text = "Britain mobilized army reservists for a possible war against Iraq."
    e = next(e for e in _code(text) if e["type"] == "MOBILIZE")
    assert e["target"] == ["IRQ"]


@pytest.mark.parametrize(
    ("text", "target", "implied"),
    [
        ("Egyptian demonstrators rioted after Friday prayers.", ["gov:EGY"], True),
        ("Egyptian students protested against Israel.", ["ISR"], False),
        ("Egyptian students demonstrated in Libya.", ["LBY"], False),
    ],
)
def test_protest_without_recipient_is_against_the_home_government(
    text: str, target: list[str], implied: bool
) -> None:
    e = next(e for e in _code(text) if e["type"] == "PROTEST")
    assert (e["target"], e["target_implied"]) == (target, implied)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Dock workers in Chile struck on Monday.", "PROTEST"),
        ("Israeli aircraft struck targets in Lebanon.", "ASSAULT"),
        ("Students in Chile protested against the law.", "PROTEST"),
        ("Greece protested against the decision of Turkey.", "ACCUSE"),
    ],
)
def test_a_crowd_strikes_and_protests_in_the_street(text: str, etype: str) -> None:
    assert etype in {e["type"] for e in _code(text)}


def test_a_visit_targets_its_host_but_a_meeting_place_is_no_party() -> None:
    [visit] = _code("The Chinese premier arrived in Moscow for an official visit.")
    assert visit["target"] == ["RUS"]
    meeting = next(e for e in _code("Iran met Iraq in Geneva.") if e["type"] == "CONSULT")
    assert meeting["target"] == ["IRQ"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russia backs two separatist movements in Georgia. Abkhazia and South Ossetia "
            "want independence.",
            {"GE-AB", "region:south-ossetia"},
        ),
        (
            "Abkhazia wants independence. Russia backs the breakaway republic in Georgia.",
            {"GE-AB"},
        ),
        (
            "Russia backs three separatist movements in Georgia. Abkhazia and South Ossetia "
            "want independence.",
            set(),
        ),
    ],
)
def test_separatist_movements_are_the_named_breakaway_regions(text: str, target: set[str]) -> None:
    e = next(e for e in _code(text) if e["trigger"] == "backs")
    assert set(e["target"]) == target


def test_a_comment_clause_is_no_party() -> None:
    text = "Russia increased its support for Serbia, with the ambassador of France saying so."
    e = next(e for e in _code(text) if e["type"] == "SUPPORT")
    assert e["target"] == ["SRB"]


def test_a_counterpart_is_a_party() -> None:
    text = "The German foreign minister met his Polish counterpart in Warsaw."
    e = next(e for e in _code(text) if e["type"] == "CONSULT")
    assert e["target"] == ["person:anon:pol-counterpart"]


def test_a_headline_quote_does_not_make_body_events_reported() -> None:
    nlp = load_model(Settings().model)
    body = "On Tuesday Russia recognised the two regions of Georgia."
    rec = Record(
        id="t",
        source={},
        article=Article(body=body, headline="Kremlin warns of 'grave consequences' over Kosovo"),
    )
    doc = nlp(body)
    actors_stage(rec, doc)
    quotes_stage(rec, doc)
    assert any(q.get("in") == "headline" for q in rec.quotes)
    events_stage(rec, doc)
    e = next(e for e in rec.events if e["trigger"] == "recognised")
    assert e["reported"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure or a series carries the act in its in/of phrase.
        ("Japan gave Indonesia $500 million in economic aid.", ("AID", ["JPN"], ["IDN"])),
        ("Russia launched a wave of attacks on Ukraine.", ("ASSAULT", ["RUS"], ["UKR"])),
        ("Norway sent a shipment of aid to Sudan.", ("AID", ["NOR"], ["SDN"])),
    ],
)
def test_light_verb_object_measuring_the_act(text: str, expected: tuple[Any, ...]) -> None:
    found = {(e["type"], tuple(e["source"]), tuple(e["target"])) for e in _code(text)}
    etype, src, tgt = expected
    assert (etype, tuple(src), tuple(tgt)) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey warned Syria of military action.",  # "of" hung on the object by the parser
        "Iran warned Iraq of retaliation.",
    ],
)
def test_required_preposition_may_hang_on_the_object(text: str) -> None:
    assert "THREATEN" in {e["type"] for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("NATO tightened the blockade of Serbia.", "SRB"),  # a hostile nominal's patient
        ("Britain condemned the shelling of Sarajevo.", "BIH"),
    ],
)
def test_of_phrase_of_hostile_nominal_is_target(text: str, target: str) -> None:
    assert any(target in e["target"] for e in _code(text)), _code(text)


def test_helper_in_with_phrase_is_no_target() -> None:
    events = _code("NATO tightened the blockade of Serbia with Albania's help.")
    assert events and all("ALB" not in e["target"] for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea vowed to retaliate against Japan.",
        "Iran pledged to expel the diplomats of Britain.",
        "Serbia promised to attack the rebels in Kosovo.",
    ],
)
def test_promising_harm_is_threatening(text: str) -> None:
    types = {e["type"] for e in _code(text)}
    assert "THREATEN" in types and "AGREE" not in types, types


def test_supposed_act_is_hypothetical_and_its_subject_the_target() -> None:
    events = {
        e["trigger"]: e for e in _code("Iran said it would close the Strait of Hormuz if attacked.")
    }
    attack = events["attacked"]
    assert (attack["source"], attack["target"], attack["modality"]) == ([], ["IRN"], "hypothetical")
    assert events["close"]["modality"] == "conditional"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kosovo demanded an apology from Serbia.", "SRB"),
        ("Haiti requested assistance from Canada.", "CAN"),
    ],
)
def test_demand_is_made_of_whom_it_is_demanded_from(text: str, target: str) -> None:
    assert any(e["type"] == "REQUEST" and target in e["target"] for e in _code(text)), _code(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistan charged that Indian agents were behind the bombing.", "IND"),
        ("Amnesty International protested that Egypt was holding prisoners.", "EGY"),
    ],
)
def test_accusation_targets_whom_its_clause_is_about(text: str, target: str) -> None:
    assert any(e["type"] == "ACCUSE" and target in e["target"] for e in _code(text)), _code(text)


def test_guilty_of_an_act_has_the_guilty_as_source() -> None:
    events = _code(
        "Both the Philippine military and the Moro Islamic Liberation Front are guilty of "
        "violating the ceasefire agreement."
    )
    assert any(e["type"] == "ASSAULT" and "org:milf" in e["source"] for e in events), events


def test_accused_of_an_act_is_no_act() -> None:
    assert {e["type"] for e in _code("Rwanda was accused of attacking Congo.")} == {"ACCUSE"}


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Thousands of Egyptians protested against the war.", "demo"),  # a counted multitude
        ("Protesters in Thailand occupied the airport in Bangkok.", "obstruct"),
        ("Students in South Korea hurled firebombs at the police.", "riot"),
    ],
)
def test_crowd_acts_are_protests(text: str, mode: str) -> None:
    events = _code(text)
    assert any(e["type"] == "PROTEST" and e["mode"] == mode for e in events), events


def test_occupation_by_an_army_stays_coercion() -> None:
    assert "COERCE" in {e["type"] for e in _code("The army of Turkey occupied the town in Syria.")}


@pytest.mark.parametrize(
    "text",
    [
        "The Greek navy was put on alert on Friday.",
        "Thousands of riot police were deployed in Caracas.",
    ],
)
def test_passive_mobilisation_is_the_forces_own(text: str) -> None:
    events = [e for e in _code(text) if e["type"] == "MOBILIZE"]
    assert events and events[0]["source"], events


def test_finite_verb_hung_on_its_subject_has_that_subject() -> None:
    # The small model parses "threatened" as a clause of "negotiators".
    events = _code("Palestinian negotiators threatened on Tuesday to walk out of the talks.")
    assert any(e["type"] == "THREATEN" and e["source"] for e in events), events


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("India put its forces on alert along the border with Pakistan.", "MOBILIZE", "PAK"),
        ("Iraq massed troops near the Kuwaiti border.", "MOBILIZE", "KWT"),
        ("Thousands of Egyptians protested outside the U.S. embassy in Cairo.", "PROTEST", "USA"),
        ("Iranian students protested in front of the British embassy.", "PROTEST", "GBR"),
        ("The last Vietnamese troops pulled out of Cambodia.", "RETREAT", "KHM"),
        ("The United States refused to ease its embargo against Cuba.", "REJECT", "CUB"),
    ],
)
def test_recipient_from_border_embassy_and_own_objects(text: str, etype: str, target: str) -> None:
    events = _code(text)
    assert any(e["type"] == etype and target in e["target"] for e in events), events


def test_demanded_act_is_no_event_and_its_actor_the_target() -> None:
    events = _code("The Security Council demanded that Iraq withdraw its forces from Kuwait.")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert events[0]["target"] == ["IRQ"]


def _igo_targets(text: str, etype: str) -> list[str | None]:
    """The state or IGO codes of an event's targets: the U.N.'s inspectors count for the UN."""
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    event = next(e for e in record.events if e["type"] == etype)
    assert not event["negated"], event
    return sorted({state_code(t, table) for t in event["target"]}, key=str)


def test_refused_permission_targets_whom_it_concerns_and_no_visit_is_coded() -> None:
    text = "North Korea refused to allow inspectors of the United Nations to visit the site."
    assert [e["type"] for e in _code(text)] == ["REJECT"]
    assert _igo_targets(text, "REJECT") == ["UN"]


def test_gerund_after_a_preposition_has_the_clause_subject() -> None:
    events = _code(
        "The Greek foreign minister said after meeting his Turkish counterpart "
        "that talks would go on."
    )
    meeting = next(e for e in events if e["trigger"] == "meeting")
    assert meeting["source"] and meeting["target"], meeting


def test_act_that_is_the_subject_of_a_modal_is_taken_as_given() -> None:
    events = _code("Russia's withdrawal from the sanctions could lead to arms transfers.")
    withdrawal = next(e for e in events if e["trigger"] == "withdrawal")
    assert withdrawal["modality"] == "asserted" and not withdrawal["negated"]


def test_infinitive_the_parser_detaches_is_still_what_is_threatened() -> None:
    events = _code("Nigeria's government threatened on Monday to close down newspapers.")
    assert [e["type"] for e in events] == ["THREATEN"], events


def test_called_for_someone_to_resign_is_one_request_of_that_person() -> None:
    events = _code(
        "Opposition leaders in Indonesia called on Tuesday for President Budi Santoso to step down."
    )
    assert [e["type"] for e in events] == ["REQUEST"], events
    assert any(t.startswith("person:") for t in events[0]["target"]), events


def test_purpose_after_an_object_is_not_what_is_demanded() -> None:
    events = _code(
        "Serbia demanded a meeting of the Security Council to discuss the advance of Croatia."
    )
    request = next(e for e in events if e["type"] == "REQUEST")
    assert request["target"] == ["UNSC"], request


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Washington will not ease its trade embargo on Cuba.", "CUB"),
        ("Myanmar will not allow inspectors of the United Nations into the delta.", "UN"),
        ("Iran will not hold talks with the United States.", "USA"),
    ],
)
def test_announced_non_cooperation_is_a_refusal(text: str, target: str) -> None:
    assert target in _igo_targets(text, "REJECT")


def test_past_negation_keeps_its_type() -> None:
    [e] = [e for e in _code("France did not support Mali.") if e["type"] == "SUPPORT"]
    assert e["negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Rabat will break off relations with Pretoria if South Africa recognises the "
        "republic, a Moroccan official said.",
        "Pakistani authorities warned that a curfew would be imposed on Lahore if the "
        "violence continued.",
    ],
)
def test_threat_announced_by_its_own_side(text: str) -> None:
    threats = [e for e in _code(text) if e["type"] == "THREATEN"]
    assert threats and threats[0]["source"], _code(text)


@pytest.mark.parametrize(
    ("text", "etype", "sources"),
    [
        ("Talks between Israel and Syria resumed in Washington.", "CONSULT", {"ISR", "SYR"}),
        ("A ban on imports from Burma was announced by the European Union.", "SANCTION", {"EU"}),
        ("Egypt's ambassador to Israel has been recalled.", "SANCTION", {"EGY"}),
        ("Jakarta allowed the first contingent of UN peacekeepers to land.", "RETREAT", {"IDN"}),
    ],
)
def test_sources_of_intransitive_passive_and_causative_acts(
    text: str, etype: str, sources: set[str]
) -> None:
    events = _code(text)
    # a meeting of two states' parties is one mutual event per party (events.mutual_events)
    mutual = {s for e in events if e["type"] == etype and e["mutual"] for s in e["source"]}
    single = any(e["type"] == etype and set(e["source"]) == sources for e in events)
    assert single or mutual == sources, events


def test_participle_on_a_noun_has_that_noun_as_subject() -> None:
    events = _code("Russian and Chinese warships, taking part in joint manoeuvres, sailed north.")
    assert any(e["type"] == "COOPERATE" and e["source"] for e in events), events


def test_government_placed_by_its_capital() -> None:
    text = "The government in Kinshasa threatened to expel the investigators."
    rec = coded(text)
    actors = {a["id"]: a for a in rec.actors}
    threat = next(e for e in rec.events if e["type"] == "THREATEN")
    assert [actors[s]["country"] for s in threat["source"]] == ["COD"]


def test_restrictive_participle_keeps_the_phrase_actors() -> None:
    events = _code("Baghdad confiscated the assets of all French companies operating in Iraq.")
    assert any(e["type"] == "COERCE" and "FRA" in e["target"] for e in events), events


def test_will_not_hesitate_is_no_negation_and_a_paper_is_no_source() -> None:
    events = _code(
        "Beijing will not hesitate to use force if Taiwan declares independence, "
        "the People's Daily warned on Friday."
    )
    threat = next(e for e in events if e["type"] == "THREATEN")
    assert threat["source"] == ["CHN"] and not threat["negated"], events
    assert len([e for e in events if e["type"] == "THREATEN"]) == 1, events


def test_counted_people_protesting_are_a_crowd() -> None:
    events = _code(
        "Some 5,000 Palestinians took to the streets of Nablus to protest against Israel."
    )
    assert "PROTEST" in {e["type"] for e in events} and "ACCUSE" not in {e["type"] for e in events}


def test_decision_to_act_is_its_owners_act() -> None:
    events = _code("Tehran's decision to sever diplomatic ties with London surprised observers.")
    assert any(e["type"] == "SANCTION" and e["source"] == ["IRN"] for e in events), events


def test_passive_demand_is_not_made_of_its_subject() -> None:
    events = _code(
        "The French foreign ministry said a French academic detained in Iran should be released."
    )
    assert not any(
        t == "FRA" or t.startswith("person:anon:fra") for e in events for t in e["target"]
    )


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Rebels in Chad dismissed an appeal from the government of Niger.", "REJECT", "NER"),
        (
            "Kurds in Turkey are demanding autonomy from the Turkish government.",
            "REQUEST",
            "gov:TUR",
        ),
        ("Police in Egypt opened fire to disperse students from Sudan.", "ASSAULT", "SDN"),
    ],
)
def test_whose_appeal_from_whom_demanded_and_purpose_targets(
    text: str, etype: str, target: str
) -> None:
    events = _code(text)
    assert any(
        e["type"] == etype
        and any(
            t in (target, f"gov:{target}") or t.startswith(("group:anon:sdn", "group:anon:ner"))
            for t in e["target"]
        )
        for e in events
    ), events


def test_a_state_protests_in_a_note_a_crowd_in_the_street() -> None:
    types = {
        e["type"] for e in _code("Poland summoned the envoy of Russia to protest the incursion.")
    }
    assert "ACCUSE" in types and "PROTEST" not in types, types
    assert "PROTEST" in {e["type"] for e in _code("Thousands of students protested in Cairo.")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("North Korea walked out of the talks with the United States.", "SANCTION"),
        ("Opposition lawmakers in Georgia walked out in protest.", "PROTEST"),
    ],
)
def test_most_specific_entry_wins(text: str, etype: str) -> None:
    assert etype in {e["type"] for e in _code(text)}, _code(text)


def test_across_the_country_is_the_country_named_before() -> None:
    events = _code("Thailand's army declared martial law across the country on Tuesday.")
    law = next(e for e in events if e["type"] == "COERCE")
    assert law["target"] == ["THA"] and "THA" not in law["source"], law


def test_prosecutors_charging_someone_accuse_as_the_manual_says() -> None:
    # PLOVER ACCUSE `allege`: "sue, indict, or charge"; COERCE `arrest` is "arrest, detain".
    events = _code("Kenyan prosecutors charged an opposition lawmaker with incitement.")
    assert {e["type"] for e in events} == {"ACCUSE"}, events
    assert "ACCUSE" in {e["type"] for e in _code("Iran charged Britain with spying.")}
    arrested = _code(
        "Police in Harare arrested opposition leader Morgan Tsvangirai and charged him with"
        " treason."
    )
    assert {e["type"] for e in arrested} == {"COERCE", "ACCUSE"}, arrested


def test_vowing_that_forces_would_crush_is_a_threat() -> None:
    events = _code("The leader of Libya vowed that his forces would crush the rebels in Benghazi.")
    assert "THREATEN" in {e["type"] for e in events} and "AGREE" not in {e["type"] for e in events}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("China's navy held joint exercises with Russian warships.", "RUS"),
        ("Chinese President Li Wen spoke by telephone with Russian President Ivan Orlov.", "RUS"),
    ],
)
def test_meeting_partner_hanging_on_the_verb_or_the_medium(text: str, target: str) -> None:
    rec = coded(text)
    actors = {a["id"]: a for a in rec.actors}
    countries = {
        actors[t].get("country") or t for e in rec.events for t in e["target"] if t in actors
    }
    assert target in countries, rec.events


@pytest.mark.parametrize(
    "text",
    [
        "Iceland on Monday became the first country to recognise the independence of Lithuania.",
        # the parser makes the infinitive a relative clause here
        "Iceland on Monday became the first country to recognise Lithuania's independence, "
        "the foreign ministry said.",
    ],
)
def test_first_country_to_act_is_the_subject_of_the_copula(text: str) -> None:
    events = _code(text)
    assert any(e["type"] == "SUPPORT" and e["source"] == ["ISL"] for e in events), events
