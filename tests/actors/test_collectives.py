"""Unnamed collectives ("Turkish police", "rebels in Chad") and minorities placed in a state."""

from __future__ import annotations

import pytest

from faultline.actors.collectives import collective_nouns

from .conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("Turkish police arrested six students.", "Turkish police", "TUR", "COP"),
        ("Rebels in Chad attacked the town.", "Rebels", "TCD", "REB"),
        ("Soldiers from Israel crossed the line.", "Soldiers", "ISR", "MIL"),
        ("Iraq's army shelled the hills.", "army", "IRQ", "MIL"),
        ("Thousands of workers marched.", "workers", None, "LAB"),
        ("The Serbian parliament approved the law.", "The Serbian parliament", "SRB", "LEG"),
        ("Kenyan lawmakers rejected the budget.", "Kenyan lawmakers", "KEN", "LEG"),
        ("A human rights group protested on Wednesday.", "A human rights group", None, "NGO"),
        ("Palestinian negotiators walked out.", "Palestinian negotiators", "PSE", "GOV"),
        (
            "The main opposition parties in Togo boycotted the vote.",
            "The main opposition parties",
            "TGO",
            "OPP",
        ),
        ("An Iranian court closed the newspaper.", "An Iranian court", "IRN", "JUD"),
        ("The Greek navy was put on alert.", "The Greek navy", "GRC", "MIL"),
        ("Western aid agencies in Sudan warned of famine.", "Western aid agencies", "SDN", "NGO"),
        (
            "Opposition supporters in Togo boycotted the vote.",
            "Opposition supporters",
            "TGO",
            "CVL",
        ),
        (
            "Greece's main public sector union went on strike.",
            "main public sector union",
            "GRC",
            "LAB",
        ),
        ("Opposition groups in Bolivia called off the strike.", "Opposition groups", "BOL", "OPP"),
        ("Thousands of people marched in Prague.", "people", "CZE", "CVL"),
        # victims are people an act reaches, placed where they are, past their of-phrase
        (
            "Cuban doctors began treating victims of Hurricane Mitch in villages of Honduras.",
            "victims",
            "HND",
            "CVL",
        ),
        ("Aid reached survivors in Pakistan.", "survivors", "PAK", "CVL"),
        (
            "Bus and train drivers in Italy walked off the job.",
            "Bus and train drivers",
            "ITA",
            "LAB",
        ),
        # people who protest by what they withhold: study, trade, food
        ("Dissidents in Syria's Adra prison refused food.", "Dissidents", "SYR", "OPP"),
        ("Black pupils in Soweto boycotted classes.", "Black pupils", "ZAF", "EDU"),
        ("Shopkeepers in Macedonia shut their businesses.", "Shopkeepers", "MKD", "BUS"),
        ("Striking labourers in Chile blocked the mine.", "Striking labourers", "CHL", "LAB"),
        # an irregular plural opening a sentence, tagged a name with itself as lemma
        ("Gunmen in Nigeria mowed down 20 worshippers.", "Gunmen", "NGA", "REB"),
        ("Policemen in Kenya beat the protesters.", "Policemen", "KEN", "COP"),
        ("Armed men in Algeria held 30 workers hostage.", "Armed men", "DZA", "REB"),
    ],
)
def test_collective_gets_country_and_sector(
    run: Run, text: str, phrase: str, country: str | None, sector: str
) -> None:
    actor = by_text(run, text)[phrase]
    assert actor["kind"] == "group" and actor["anonymous"] is True
    assert (actor["country"], actor["sector"]) == (country, sector)


def test_a_name_before_the_collective_keeps_its_mention(run: Run) -> None:
    mentions = by_text(run, "Iraq's army and Turkish police moved in.")
    assert mentions["Iraq"]["id"] == "IRQ" and mentions["army"]["country"] == "IRQ"
    assert "Turkish" not in mentions and mentions["Turkish police"]["country"] == "TUR"


def test_modifier_is_no_collective(run: Run) -> None:
    mentions = by_text(run, "Russia backs the separatist movements in Georgia.")
    assert all(a["kind"] != "group" for a in mentions.values())


def test_two_states_before_a_collective_stay_two_states(run: Run) -> None:
    mentions = by_text(run, "US and British forces must ensure security.")
    assert {a["id"] for a in mentions.values()} >= {"USA", "GBR"}
    assert all(a["kind"] != "group" for a in mentions.values())


def test_singular_force_is_no_collective(run: Run) -> None:
    mentions = by_text(run, "Placing the emphasis on the use of force by Georgia failed.")
    assert all(a["kind"] != "group" for a in mentions.values())


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic Albanians in south Serbia are demanding autonomy.",
        "The Albanians of southern Serbia are demanding autonomy.",
        "Albanians in Serbia marched on Sunday.",
    ],
)
def test_minority_belongs_to_the_state_it_lives_in(run: Run, text: str) -> None:
    groups = [a for a in by_text(run, text).values() if a["kind"] == "group"]
    assert [(g["country"], g["ethnic"]) for g in groups] == [("SRB", "ALB")]


def test_every_collective_row_is_well_formed() -> None:
    for noun, entry in collective_nouns().items():
        assert noun == noun.lower() and entry.sectors and all(len(s) == 3 for s in entry.sectors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "SRB"),
        ("Ethnic Albanians marched in Macedonia.", "MKD"),
        ("Ethnic Albanians celebrated the anniversary.", None),
    ],
)
def test_ethnic_people_is_placed_where_it_acts(run: Run, text: str, country: str | None) -> None:
    groups = [a for a in by_text(run, text).values() if a["kind"] == "group"]
    assert [(g["country"], g["ethnic"]) for g in groups] == [(country, "ALB")]


def test_a_possessor_is_a_party_but_a_word_inside_a_name_is_none(run: Run) -> None:
    mentions = by_text(
        run, "Egypt's unions rejected the government's offer, the People's Daily said."
    )
    assert mentions["the government"]["country"] == "EGY"  # the possessor of "offer"
    assert not any(a.get("sector") == "CVL" for a in mentions.values())  # no "People" crowd


def test_a_name_for_a_former_state_is_that_state_not_a_collective(run: Run) -> None:
    mentions = by_text(run, "The Soviet Union collapsed. Yugoslav troops withdrew.")
    assert mentions["The Soviet Union"]["id"] == "SUN"
    assert mentions["Yugoslav troops"]["country"] == "YUG"


def test_an_igos_people_serve_it_and_have_no_country(run: Run) -> None:
    mentions = by_text(
        run, "The government in Kinshasa threatened to expel the U.N. investigators."
    )
    group = mentions["investigators"]
    assert (group["country"], group["sector"], group["parent"]) == (None, "IGO", "UN")


def test_an_igo_before_its_people_keeps_its_mention(run: Run) -> None:
    mentions = by_text(run, "IAEA inspectors returned to the plant.")
    assert mentions["IAEA"]["id"] == "IAEA"
    assert (mentions["inspectors"]["parent"], mentions["inspectors"]["country"]) == ("IAEA", None)


def test_an_igo_after_of_or_from_owns_its_people(run: Run) -> None:
    mentions = by_text(
        run, "Iran allowed inspectors from the International Atomic Energy Agency in."
    )
    assert mentions["inspectors"]["parent"] == "IAEA"


@pytest.mark.parametrize(
    ("text", "noun", "body"),
    [
        (
            "Investigators at the International Criminal Court examined claims from Kenya.",
            "Investigators",
            "ICC",
        ),
        # the state after the body is its remit, not whose its people are
        ("Monitors from the U.N. mission for Western Sahara visited Morocco.", "Monitors", "UN"),
    ],
)
def test_an_igo_at_or_named_on_the_body_owns_its_people(
    run: Run, text: str, noun: str, body: str
) -> None:
    group = by_text(run, text)[noun]
    assert (group["parent"], group["country"], group["sector"]) == (body, None, "IGO")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # a stateless people is placed where its sentence is
        (
            "Several thousand Kurds marched in Diyarbakir on Monday.",
            "Several thousand Kurds",
            "TUR",
        ),
        # the NER takes a people's name for a person; it is no person
        ("Tamil rebels attacked an army camp near Jaffna.", "Tamil rebels", "LKA"),
        # a dateline the parser hangs on the subject is no part of it
        (
            "ALGIERS (Reuters) - Youths rioted in the Algerian capital on Wednesday.",
            "Youths",
            "DZA",
        ),
    ],
)
def test_peoples_and_crowds_are_placed(run: Run, text: str, phrase: str, country: str) -> None:
    assert by_text(run, text)[phrase]["country"] == country


def test_a_collective_placed_by_the_phrase_the_parser_hung_on_the_verb(run: Run) -> None:
    # "in Tripoli" hangs on "supplied"; it still follows the noun it places.
    found = by_text(run, "Ankara has supplied the U.N.-backed government in Tripoli with drones.")
    government = next(a for t, a in found.items() if t.endswith("government"))
    assert government["country"] == "LBY", found


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("A mob beat a police informer to death in Cape Town.", "A mob", "CVL"),
        ("Angry crowds stoned police in Caracas.", "Angry crowds", "CVL"),
        ("Suspected drug traffickers killed a candidate near Bogota.", "drug traffickers", "CRM"),
        ("Somali pirates seized a tanker.", "Somali pirates", "CRM"),
    ],
)
def test_crowds_and_criminal_bands_are_collectives(
    run: Run, text: str, phrase: str, sector: str
) -> None:
    found = by_text(run, text)
    match = next((a for t, a in found.items() if t.endswith(phrase.split()[-1])), None)
    assert match is not None and match["sector"] == sector, found


@pytest.mark.parametrize(
    "text",
    [
        "Paratroopers, warships and long-range bombers took part in the manoeuvres.",
        "Two B-52 bombers flew over the Korean peninsula.",
    ],
)
def test_bombers_that_are_aircraft_are_no_collective(run: Run, text: str) -> None:
    assert not [a for a in run(text).actors if a["id"].endswith("bomber")]


def test_a_suicide_bomber_is_still_one(run: Run) -> None:
    assert any(a["id"].endswith("bomber") for a in run("A suicide bomber struck Kabul.").actors)


@pytest.mark.parametrize(
    ("text", "phrase", "government"),
    [
        ("Nigeria's government rejected the union's offer.", "government", "gov:NGA"),
        ("The government of Sudan signed a truce.", "The government", "gov:SDN"),
        ("The government in Khartoum signed a truce.", "The government", "gov:SDN"),
        ("Authorities in Sudan arrested him.", "Authorities", "gov:SDN"),
        ("The new government of Iraq took office.", "The new government", "gov:IRQ"),
    ],
)
def test_a_states_government_is_one_actor_however_it_is_named(
    run: Run, text: str, phrase: str, government: str
) -> None:
    # "the government of Sudan" is the actor "the Sudanese government" is, not a group
    found = by_text(run, text)
    assert (found[phrase]["id"], found[phrase]["kind"]) == (government, "government"), found


def test_a_government_under_a_state_is_not_the_states(run: Run) -> None:
    found = by_text(run, "The provincial government of Kandahar protested to Afghanistan.")
    government = next(a for t, a in found.items() if t.endswith("government"))
    assert government["kind"] == "group" and not government["id"].startswith("gov:")


def test_the_government_of_a_known_leader_is_his_states(run: Run) -> None:
    found = by_text(run, "The government of President Charles Taylor accused Guinea.")
    assert found["The government"]["id"] == "gov:LBR"
    found = by_text(run, "The military government of General Sani Abacha shut the paper.")
    assert found["The military government"]["id"] == "gov:NGA"
    # a person the table does not know names no state
    found = by_text(run, "The government of President Jean Kamau fell.")
    assert found["The government"]["kind"] == "group"


@pytest.mark.parametrize(
    ("text", "phrase", "bloc"),
    [
        ("Western governments condemned the coup in Niger.", "Western governments", "western"),
        ("African students marched in Paris.", "African students", "african"),
    ],
)
def test_a_bloc_of_states_people_is_placed_in_no_one_state(
    run: Run, text: str, phrase: str, bloc: str
) -> None:
    actor = by_text(run, text)[phrase]
    assert actor["country"] is None and actor["bloc"] == bloc


def test_a_regional_government_stays_its_regions(run: Run) -> None:
    mentions = by_text(run, "Madrid rejected the Basque regional government's plan.")
    assert all("bloc" not in a for a in mentions.values())
