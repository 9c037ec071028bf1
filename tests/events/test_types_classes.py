"""Phrasing classes whose type turns on the object or the clause: the same verb codes as
different PLOVER types by what it acts on, and nouns that name a demand's content are no act."""

from __future__ import annotations

import pytest

from faultline.events.lexicon import verb_lemma
from faultline.events.triggers import find_triggers
from faultline.nlp import load_model
from faultline.settings import Settings


def _types(text: str) -> list[str]:
    return [t.entry.type for t in find_triggers(load_model(Settings().model)(text))]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # Leaving a treaty or a body reduces relations; leaving a territory is a retreat.
        (
            "North Korea withdrew from the Treaty on the Non-Proliferation of Nuclear Weapons.",
            "SANCTION",
        ),
        ("Syria withdrew from Lebanon.", "RETREAT"),
        ("The United States pulled out of the agreement with Iran.", "SANCTION"),
        ("Israel pulled out of Gaza.", "RETREAT"),
        # Withdrawing a bill or a demand yields (the manual: withdrawing a demand is CONCEDE).
        ("The government of Kenya withdrew the finance bill.", "CONCEDE"),
        # Tear gas is crowd control (ASSAULT crowd-control, the manual), not a chemical weapon.
        ("Police in Kenya fired tear gas at protesters.", "ASSAULT"),
        ("Syria used chemical weapons against rebels.", "ASSAULT"),
        # Banning trade is a sanction; banning a party is repression.
        ("Russia banned imports from Georgia.", "SANCTION"),
        ("Egypt banned the party of the Brotherhood.", "COERCE"),
        # Admitting one's responsibility yields; admitting inspectors grants access.
        ("Japan admitted responsibility for the attack.", "CONCEDE"),
        ("Iran admitted inspectors from the IAEA.", "RETREAT"),
        # Ending a strike is a concession; ending an occupation a retreat.
        ("Prisoners in Turkey ended their hunger strike.", "CONCEDE"),
        ("Israel ended its occupation of southern Lebanon.", "RETREAT"),
    ],
)
def test_verb_types_by_what_it_acts_on(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_a_warning_of_possible_force_is_a_threat() -> None:
    assert "THREATEN" in _types("Iran warned that it could take military action against Israel.")


def test_a_warning_of_a_possible_misfortune_is_no_threat() -> None:
    assert "THREATEN" not in _types("The IMF warned that the economy of Greece could shrink.")


def test_what_an_ultimatum_demands_is_no_act() -> None:
    text = "ECOWAS gave the junta of Niger a one-week ultimatum to reinstate President Bazoum."
    assert _types(text) == ["THREATEN"]


def test_what_an_offer_proposes_is_no_act() -> None:
    assert "CONSULT" not in _types("India rejected an offer from the United States to mediate.")


def test_a_deal_mentioned_as_background_is_no_agreement() -> None:
    text = "Russia and Ukraine swapped 95 prisoners of war each in a deal brokered by Qatar."
    assert "AGREE" not in _types(text)


def test_a_deal_reached_is_an_agreement() -> None:
    assert "AGREE" in _types("Armenia struck a deal with Azerbaijan.")


def test_a_verb_the_model_gives_a_stray_e_keeps_its_lemma() -> None:
    doc = load_model(Settings().model)("Police cordoned off the square.")
    assert verb_lemma(doc[1]) == "cordon"


def test_an_organisation_named_amnesty_is_no_amnesty() -> None:
    text = "Amnesty International said Israeli troops had tortured detainees."
    assert "CONCEDE" not in _types(text)


def test_an_amnesty_granted_is_a_concession() -> None:
    assert "CONCEDE" in _types("The king of Morocco granted an amnesty to political prisoners.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("North Korea test-fired a ballistic missile.", "MOBILIZE"),
        ("Hezbollah fired rockets at northern Israel.", "ASSAULT"),
        ("Miners in Romania staged a sit-in at the pit.", "PROTEST"),
        ("The Red Cross distributed food to refugees in Goma.", "AID"),
    ],
)
def test_tests_sit_ins_and_distributions(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_a_verb_mistagged_as_an_adjective_still_triggers() -> None:
    # The small model tags "relaxed" an adjective here, though it takes an object.
    assert "CONCEDE" in _types("Seoul relaxed restrictions on visits to the North.")


def test_a_warning_that_an_attack_would_be_met_is_the_threat() -> None:
    text = "The Iraqi leader warned that any attack would be met with a crushing response."
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Colombia handed over the drug baron to the authorities of Spain.", "COOPERATE"),
        ("The foreign ministry of Poland called in the ambassador of Germany.", "ACCUSE"),
        ("Egypt withdrew its ambassador from Israel.", "SANCTION"),
        ("The government of Burma reopened the universities.", "CONCEDE"),
        ("Iran gave assurances to the IAEA.", "AGREE"),
    ],
)
def test_more_object_classes(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_data_shared_is_cooperation_whatever_its_lemma() -> None:
    # The model lemmatises "data" as "datum".
    assert "COOPERATE" in _types("South Korea resumed sharing missile warning data with Japan.")


def test_a_predicate_reported_after_its_clause() -> None:
    text = "The fight of Yugoslavia against the rebels was a legitimate fight, Russia said."
    assert "SUPPORT" in _types(text)


def test_a_predicate_adjective_on_a_conjoined_noun() -> None:
    text = "Russia said the crackdown was an internal matter and a legitimate fight."
    assert "SUPPORT" in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Twelve hostages were set free by their captors in Lebanon.", "RETREAT"),
        ("The rebels in Colombia handed the hostages over to the Red Cross.", "RETREAT"),
        ("The junta of Nigeria handed power to a civilian government.", "CONCEDE"),
        ("The government of Kenya agreed to the demands of the opposition.", "CONCEDE"),
        ("The Bosnian Serbs turned their backs on the peace plan.", "REJECT"),
        ("France threw its weight behind the proposal of Germany.", "SUPPORT"),
        ("The government of Iraq jammed the radio broadcasts of Britain.", "COERCE"),
        ("The Serbian leader raised the prospect of military action against Kosovo.", "THREATEN"),
    ],
)
def test_idioms_and_datives(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_conjoined_demanded_acts_are_no_acts() -> None:
    text = "The opposition called on the president to step down and hand power to the winner."
    assert _types(text) == ["REQUEST"]


def test_conjoined_threatened_acts_are_no_acts() -> None:
    text = "Israel threatened to seize and occupy parts of Gaza."
    assert _types(text) == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Guerrillas in Liberia took over the radio station in Monrovia.", "COERCE"),
        ("Police in China prevented the dissident from leaving his home.", "COERCE"),
        ("The authorities of Bangladesh forced the refugees to return to Burma.", "COERCE"),
        ("The court of Turkey declared the opposition party illegal.", "COERCE"),
        ("Israel said no to the proposal of France.", "REJECT"),
        ("China voiced strong opposition to the sale of American arms to Taiwan.", "REJECT"),
        ("The king of Nepal restored parliament.", "CONCEDE"),
    ],
)
def test_coercion_refusal_and_restoration_phrasings(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_preventing_as_a_consequence_is_no_second_act() -> None:
    text = "Police sealed off the square, preventing the students from reaching it."
    assert _types(text) == ["COERCE"]


def test_what_is_prevented_is_no_act() -> None:
    text = "Police in Kenya prevented the students from marching to parliament."
    assert _types(text) == ["COERCE"]


def test_a_round_of_talks_after_a_motion_verb_is_a_meeting() -> None:
    text = "The Palestinian delegation returned to Washington for a new round of talks."
    assert "CONSULT" in _types(text)


@pytest.mark.parametrize(
    ("text", "etype", "not_type"),
    [
        # An attack on a policy or a bitter attack is verbal; an attack on a town is force.
        ("The prime minister of Britain attacked the policy of France.", "ACCUSE", "ASSAULT"),
        ("Iran launched a bitter attack on the policy of the United States.", "ACCUSE", "ASSAULT"),
        ("Rebels attacked the town of Goma.", "ASSAULT", "ACCUSE"),
        # Boycotting talks refuses to meet; boycotting an election is a protest.
        ("The rebels in Sudan boycotted the talks with the government.", "REJECT", "PROTEST"),
        ("The opposition of Kenya boycotted the election.", "PROTEST", "REJECT"),
    ],
)
def test_verbal_and_material_readings(text: str, etype: str, not_type: str) -> None:
    types = _types(text)
    assert etype in types and not_type not in types


def test_holding_someone_responsible_is_an_accusation() -> None:
    assert "ACCUSE" in _types("Israel held Syria responsible for the attack.")


def test_troops_entering_a_town_occupy_it() -> None:
    assert "COERCE" in _types("Russian troops entered the town in Georgia.")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # A protest's topic is not coded beside it (PLOVER manual, PROTEST).
        (
            "Thousands of protesters marched through Belgrade demanding the resignation of Vucic.",
            "PROTEST",
            "REQUEST",
        ),
        # What a promise names, and what it carries, is promised, not done.
        ("Iran is ready to hold direct talks with the United Arab Emirates.", "AGREE", "CONSULT"),
        ("Kenya has offered to lead a police force to help Haiti fight gangs.", "AGREE", "AID"),
        # What is yielded to is the content of the concession.
        ("The Congress of Peru yielded to the demands of the protesters.", "CONCEDE", "REQUEST"),
        # Calling a deal a model praises it; it calls for nothing.
        (
            "The African Union endorsed the deal, calling it a model for the continent.",
            "SUPPORT",
            "REQUEST",
        ),
        # Meeting a demand yields to it; it is no meeting.
        ("The government of Turkey met a key demand of the Kurds.", "CONCEDE", "CONSULT"),
    ],
)
def test_named_content_is_no_second_act(text: str, kept: str, dropped: str) -> None:
    types = _types(text)
    assert kept in types and dropped not in types, types


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # What an accusation or an arrest is for is alleged, not coded as done.
        (
            "Human Rights Watch accused the Indonesian army of torturing villagers.",
            "ACCUSE",
            "ASSAULT",
        ),
        # A released report is no release of prisoners.
        (
            "Amnesty accused Uzbekistan of abuses in a report released in Tashkent.",
            "ACCUSE",
            "RETREAT",
        ),
        # A military move's purpose is intended.
        (
            "The Sudanese government called up thousands of militiamen to fight the rebels.",
            "MOBILIZE",
            "ASSAULT",
        ),
        # What a refused proposal proposes is not done.
        (
            "Turkey turned down a Greek proposal to take the dispute to the court.",
            "REJECT",
            "ACCUSE",
        ),
    ],
)
def test_alleged_intended_and_proposed_acts(text: str, kept: str, dropped: str) -> None:
    types = _types(text)
    assert kept in types and dropped not in types, types


def test_a_visits_purpose_is_what_the_visit_does() -> None:
    text = "A U.N. commission arrived in Dili to look into reports of killings by militias."
    assert "ACCUSE" in _types(text)


def test_a_warning_to_do_something_is_a_threat() -> None:
    assert "THREATEN" in _types("The Kurdish rebels warned tourists to stay away from Turkey.")


def test_a_commission_of_inquiry_set_up_is_an_investigation() -> None:
    text = "The government of Kenya set up a commission of inquiry into the riots."
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("North Korea quit the talks with the United States.", "SANCTION"),
        ("The president of Peru quit.", "RETREAT"),
        ("Hamas vowed revenge for the killing of its leader.", "THREATEN"),
        ("Israel halted its air strikes on Lebanon.", "RETREAT"),
    ],
)
def test_quitting_vowing_and_halting(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_meeting_a_target_is_no_meeting() -> None:
    assert _types("The government met its deficit target.") == []


@pytest.mark.parametrize(
    ("text", "etype", "not_type"),
    [
        # The manual: a cancelled meeting or visit is a REJECT, not a SANCTION.
        ("India cancelled talks with Pakistan.", "REJECT", "SANCTION"),
        ("France called off the visit to Algeria.", "REJECT", "SANCTION"),
        # ... while cancelled loans reduce relations.
        ("Japan cancelled its loans to Myanmar.", "SANCTION", "REJECT"),
        # The manual: a hostage rescue is AID; a release by the captors a RETREAT.
        ("Police in Spain freed ten victims of trafficking.", "AID", "RETREAT"),
        ("The rebels freed two German aid workers.", "RETREAT", "AID"),
        # The manual: an arrest in absentia is a threat of arrest.
        (
            "A court in Egypt sentenced the dissident in absentia to ten years in prison.",
            "THREATEN",
            "COERCE",
        ),
    ],
)
def test_the_manuals_ambiguities(text: str, etype: str, not_type: str) -> None:
    types = _types(text)
    assert etype in types and not_type not in types, types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        # A noun that classifies another names no act of its own.
        ("The rebels freed two German aid workers.", "AID"),
        ("Russia sent attack helicopters to Syria.", "ASSAULT"),
    ],
)
def test_a_classifying_noun_is_no_act(text: str, not_type: str) -> None:
    assert not_type not in _types(text)


def test_an_aid_package_announced_is_aid() -> None:
    assert "AID" in _types("Japan announced an aid package for Indonesia.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The European Union agreed a new package of sanctions against Russia.", "SANCTION"),
        ("Hungary blocked the aid package of the European Union for Ukraine.", "REJECT"),
        ("Vietnam pulled out its last troops from Cambodia.", "RETREAT"),
    ],
)
def test_packages_vetoes_and_pullouts(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_an_order_to_leave_deports() -> None:
    doc = load_model(Settings().model)("Kenya ordered the foreign journalists to leave.")
    assert [(t.entry.type, t.entry.cameo) for t in find_triggers(doc)] == [("COERCE", "174")]
