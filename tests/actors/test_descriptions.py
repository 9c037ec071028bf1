"""What a describing phrase says of an actor: a demonym before an untitled name, an IGO
before a title, a group's adjective."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import Run


def _table(run: Run, text: str) -> dict[str, dict[str, Any]]:
    record = run(text)
    actors = {a["id"]: a for a in record.actors}
    return {m["text"]: actors[m["actor"]] for m in record.mentions}


def test_a_demonym_before_a_describing_noun_gives_the_named_person_a_nationality(
    run: Run,
) -> None:
    actors = _table(run, "Chinese agents detained Canadian businessman Michael Spavor in Dandong.")
    assert actors["Michael Spavor"]["country"] == "CAN"


def test_a_relation_before_a_name_is_no_nationality(run: Run) -> None:
    actors = _table(run, "The Kremlin critic Bill Browder said he was barred from entering.")
    assert actors["Bill Browder"].get("country") is None


def test_an_igos_envoy_for_a_state_is_the_igos_not_the_states(run: Run) -> None:
    actors = _table(run, "The U.N. special envoy for Yemen met Houthi leaders in Sanaa.")
    envoy = next(a for t, a in actors.items() if "envoy" in t)
    assert (envoy["sector"], envoy.get("country")) == ("IGO", None)
    assert actors["Houthi"]["id"] == "org:houthis"


def test_a_plural_title_after_a_comma_is_no_apposition_of_the_name_before(run: Run) -> None:
    actors = _table(
        run, "Fishermen were beaten off the coast of Tamil Nadu, Indian officials said on Sunday."
    )
    assert actors["officials"]["country"] == "IND"
    assert actors["officials"].get("anonymous")


def test_workers_councils_and_opposition_leaders_are_bodies_of_people(run: Run) -> None:
    cases = {
        "Dockworkers in Chile went on strike on Monday.": ("Dockworkers", "CHL", "LAB"),
        "Air traffic controllers in France walked out.": ("controllers", "FRA", "LAB"),
        "Niger's ruling military council pledged elections.": ("council", "NER", "GOV"),
        "Opposition leaders in Kiev demanded new elections.": ("leaders", "UKR", "OPP"),
    }
    for text, (word, country, sector) in cases.items():
        actor = next(a for t, a in _table(run, text).items() if word in t)
        assert (actor["kind"], actor["country"], actor["sector"]) == ("group", country, sector)


def test_a_party_leader_of_a_named_nationality_has_it(run: Run) -> None:
    text = "Russian Communist Party leader Gennady Zyuganov condemned the decree."
    assert _table(run, text)["Gennady Zyuganov"]["country"] == "RUS"
