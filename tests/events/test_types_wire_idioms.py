"""Wire-copy phrasings found missing by development set 16: resultatives inside a name, arrests
in a trailing participle, acts done alongside another party, closures of a foreign state's
office, conditional refusals, truces kept by both sides."""

from __future__ import annotations

import pytest

from tests.events.coding import coded, event_and_actors, event_countries, types_of


def test_set_free_before_a_titled_name_is_a_release() -> None:
    # "free" is parsed as a modifier of "journalist", a compound in the object's name
    sources, targets = event_countries(
        "Kidnappers in Beirut set free British journalist John McCarthy on Thursday.", "RETREAT"
    )
    assert targets == ["GBR"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raided a village near Hebron before dawn, detaining 14 Palestinians.",
        "Riot police stormed the campus in Seoul on Friday, detaining 120 students.",
    ],
)
def test_an_arrest_in_a_trailing_participle_is_an_act(text: str) -> None:
    assert "COERCE" in types_of(text)


def test_a_consequence_in_a_trailing_participle_stays_a_consequence() -> None:
    # only arrests are asserted this way: "stopping a convoy" is what the blockade did
    text = "Villagers blocked the road near Zvornik, stopping a convoy of U.N. troops."
    assert "COERCE" not in types_of(text)


def test_whom_the_subject_joined_in_an_act_does_it_too() -> None:
    sources, _ = event_countries("Britain joined France in condemning the coup in Niger.", "ACCUSE")
    assert sources == ["GBR", "FRA"]


def test_joining_another_party_in_an_act_is_cooperation() -> None:
    sources, targets = event_countries(
        "Germany joined France in selling dollars on Monday.", "COOPERATE"
    )
    assert sources == ["DEU"] and targets == ["FRA"]


def test_a_gerund_after_by_is_the_subjects_act() -> None:
    sources, targets = event_countries(
        "Moscow responded by expelling four British diplomats.", "SANCTION"
    )
    assert sources == ["RUS"] and targets == ["GBR"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tunisia shut down the trade office of Israel in Tunis on Sunday.", "ISR"),
        ("Oman closed Israel's trade office in Muscat.", "ISR"),
    ],
)
def test_closing_a_foreign_states_office_cuts_relations(text: str, target: str) -> None:
    _, targets = event_countries(text, "SANCTION")
    assert targets == [target]


def test_closing_a_newspapers_office_stays_censorship() -> None:
    assert "SANCTION" not in types_of("Police shut down the offices of the opposition weekly.")


def test_a_refusal_held_over_another_is_a_threat() -> None:
    text = (
        "Turkey has made clear it will block NATO's new defence plans unless Sweden "
        "extradites the dissidents."
    )
    assert "THREATEN" in types_of(text) and "REJECT" not in types_of(text)


def _dyads(text: str, etype: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of each `etype` event with both sides."""
    record = coded(text)
    table = {a["id"]: a for a in record.actors}
    return {
        (table[e["source"][0]].get("country"), table[e["target"][0]].get("country"))
        for e in record.events
        if e["type"] == etype and e["source"] and e["target"]
    }


def test_a_truce_held_by_both_sides_is_each_sides_act() -> None:
    text = "Ethiopian and Eritrean troops held their fire along the border on Sunday."
    assert _dyads(text, "RETREAT") == {("ETH", "ERI"), ("ERI", "ETH")}


def test_vowing_to_avenge_is_a_threat() -> None:
    assert types_of("Hamas vowed to avenge the killing of its commander in Gaza.") == ["THREATEN"]


def test_a_pope_is_the_holy_sees() -> None:
    event, actors = event_and_actors(
        "Pope John Paul II condemned the bombing of Sarajevo on Sunday.", "ACCUSE"
    )
    assert [actors[s].get("country") for s in event["source"]] == ["VAT"]


def test_zealots_are_a_crowd_of_their_sentences_country() -> None:
    sources, _ = event_countries(
        "Hindu zealots razed a mosque in the town of Ayodhya, sparking riots across India.",
        "ASSAULT",
    )
    assert sources == ["IND"]


def test_keen_to_negotiate_is_an_offer() -> None:
    types = types_of("Argentina is keen to open talks on a fisheries accord with Britain.")
    assert "AGREE" in types and "CONSULT" not in types


def test_arms_funnelled_by_the_planeload_are_military_aid() -> None:
    _, targets = event_countries(
        "Libya funnelled two planeloads of arms to the rebels in Chad.", "AID"
    )
    assert targets == ["TCD"]


def test_diplomats_declared_persona_non_grata_are_the_target() -> None:
    # the small model reads "diplomats persona non grata" as a clause of its own
    _, targets = event_countries(
        "Britain declared two Libyan diplomats persona non grata on Friday.", "SANCTION"
    )
    assert targets == ["LBY"]


def test_leaders_who_put_their_signatures_to_a_treaty_sign_it_with_each_other() -> None:
    text = (
        "Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin put their "
        "signatures to a peace treaty in Washington."
    )
    assert _dyads(text, "SUPPORT") == {("EGY", "ISR"), ("ISR", "EGY")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Some 300 FARC rebels gave themselves up to the army of Colombia.", "RETREAT"),
        ("Syrian tanks rolled out of the Lebanese town of Zahle on Sunday.", "RETREAT"),
        ("Iran hauled the United States before the World Court.", "ACCUSE"),
        ("China branded two Canadian diplomats as spies on Monday.", "ACCUSE"),
        ("Egyptian armoured columns rumbled toward the Libyan border.", "MOBILIZE"),
        ("Nigeria packed off thousands of Ghanaian workers on Friday.", "COERCE"),
        ("Moscow sent packing three members of the British mission.", "SANCTION"),
        ("Washington held out the prospect of easing its embargo on Cuba.", "AGREE"),
        ("German police worked hand in hand with their Dutch counterparts.", "COOPERATE"),
        ("India reopened the transit points on its border with Nepal.", "RETREAT"),
    ],
)
def test_wire_idioms_of_set_17(text: str, etype: str) -> None:
    assert etype in types_of(text)


def test_refugees_who_huddle_hold_no_talks() -> None:
    assert "CONSULT" not in types_of("Kurdish refugees huddled on freezing mountainsides.")


@pytest.mark.parametrize(
    ("text", "etype", "sources", "targets"),
    [
        # whose positions are rocketed is attacked
        (
            "Israeli warplanes rocketed Hamas positions in Gaza on Monday.",
            "ASSAULT",
            ["ISR"],
            ["PSE"],
        ),
        # peacekeepers landed help the country they land in
        (
            "Nigeria landed 600 troops of the West African peacekeeping force in Monrovia.",
            "AID",
            ["NGA"],
            ["LBR"],
        ),
        # a summoned chargé d'affaires stands for his state
        (
            "Egypt's Foreign Ministry summoned the Israeli charge d'affaires on Sunday.",
            "ACCUSE",
            ["EGY"],
            ["ISR"],
        ),
        # the ministry one is summoned to summons
        (
            "The Danish charge d'affaires was summoned to the Foreign Ministry in Tehran.",
            "ACCUSE",
            ["IRN"],
            ["DNK"],
        ),
    ],
)
def test_who_acts_on_whom_in_wire_idioms(
    text: str, etype: str, sources: list[str], targets: list[str]
) -> None:
    assert event_countries(text, etype) == (sources, targets)
