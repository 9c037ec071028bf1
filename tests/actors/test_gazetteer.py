"""Every entry of every actors data file resolves to its actor, and the lookup rules hold."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from faultline.actors.gazetteer import BLOCKED, clean, gazetteer

DATA = files("faultline").joinpath("data", "actors")


def _rows(name: str) -> list[list[str]]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _records(name: str) -> list[dict]:
    return [json.loads(line) for (line,) in _rows(name)]


def _aliases(name: str) -> list[tuple[str, str]]:
    return [(alias, rec["id"]) for rec in _records(name) for alias in rec["aliases"]]


@pytest.mark.parametrize(("code", "name"), _rows("state_names.tsv"))
def test_state_name(code: str, name: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(name) == code
    assert gaz.actors[code]["name"] == name


@pytest.mark.parametrize(
    ("surface", "actor"),
    _rows("country_names.tsv") + _rows("demonyms.tsv") + _rows("capitals.tsv"),
)
def test_surface_resolves(surface: str, actor: str) -> None:
    assert gazetteer().lookup(surface) == actor


@pytest.mark.parametrize(("surface", "code"), _rows("governments.tsv"))
def test_government(surface: str, code: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(surface) == f"gov:{code}"
    actor = gaz.actors[f"gov:{code}"]
    assert (actor["kind"], actor["country"], actor["sector"]) == ("government", code, "GOV")


@pytest.mark.parametrize("noun", [noun for (noun,) in _rows("government_nouns.txt")])
def test_government_noun(noun: str) -> None:
    assert gazetteer().lookup(f"the Georgian {noun}") == "gov:GEO"
    assert gazetteer().lookup(f"French {noun}") == "gov:FRA"


@pytest.mark.parametrize(("alias", "actor"), _aliases("partial_states.jsonl"))
def test_partial_state(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(alias) == actor
    assert gaz.actors[actor]["kind"] == "state"
    assert gaz.actors[actor]["recognition"] == "partial"
    assert gaz.actors[actor]["country"] == actor


@pytest.mark.parametrize(("alias", "actor"), _aliases("former_states.jsonl"))
def test_former_state(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(alias) == actor
    assert (gaz.actors[actor]["kind"], gaz.actors[actor]["former"]) == ("state", True)
    assert gaz.actors[actor]["country"] == actor


@pytest.mark.parametrize(("alias", "actor"), _aliases("regions.jsonl"))
def test_region(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(alias) == actor
    region = gaz.actors[actor]
    assert region["kind"] == "region"
    assert region["parent"] is None or gaz.actors[region["parent"]]["kind"] == "state"
    assert region["country"] == region["parent"]


@pytest.mark.parametrize(("alias", "actor"), _aliases("igos.jsonl"))
def test_igo(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(alias) == actor
    assert gaz.actors[actor]["kind"] == "igo"
    assert gaz.actors[actor]["sector"] == "IGO"


@pytest.mark.parametrize(("alias", "actor"), _aliases("media.jsonl"))
def test_media(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert actor.startswith("media:")
    assert gaz.lookup(alias) == actor
    outlet = gaz.actors[actor]
    assert (outlet["kind"], outlet["sector"]) == ("media", "MED")
    assert gaz.actors[outlet["country"]]["kind"] == "state"


@pytest.mark.parametrize(("code", "parent"), _rows("territories.tsv"))
def test_territory(code: str, parent: str) -> None:
    actor = gazetteer().actors[code]
    assert (actor["kind"], actor["parent"], actor["country"]) == ("region", parent, parent)


@pytest.mark.parametrize("phrase", [phrase for (phrase,) in _rows("blocked.txt")])
def test_blocked(phrase: str) -> None:
    gaz = gazetteer()
    alias = gaz.alias(phrase)
    assert alias is not None and alias.form == BLOCKED
    assert gaz.lookup(phrase) is None


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Russia", "RUS"),
        ("Britain", "GBR"),
        ("the UK", "GBR"),
        ("Great Britain", "GBR"),
        ("America", "USA"),
        ("the United States", "USA"),
        ("the US", "USA"),
        ("South Korea", "KOR"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Moldova", "MDA"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Laos", "LAO"),
        ("Bolivia", "BOL"),
        ("Venezuela", "VEN"),
        ("Tanzania", "TZA"),
        ("Germany", "DEU"),
        ("the Russian Federation", "RUS"),
    ],
)
def test_pycountry_names(surface: str, code: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(surface) == code
    assert gaz.actors[code]["kind"] == "state"
    assert gaz.actors[code]["country"] == code


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("US", "USA"),
        ("us", None),  # acronyms match in their own case only
        ("Us", None),
        ("WHO", "WHO"),
        ("Who", None),
        ("RUSSIA", "RUS"),  # other names match in any case with a capital initial
        ("turkey", None),
        ("china", None),
        ("Kremlin", "gov:RUS"),  # "the" is optional
        ("The Kremlin", "gov:RUS"),
        ("Kremlin\u2019s", "gov:RUS"),  # possessive, curly apostrophe
        ("Georgia's", "GEO"),
        ("Cote d\u2019Ivoire", "CIV"),
        ("Russians", "RUS"),  # plural of an adjective
        ("Serbs", "SRB"),
        ("Parises", None),
        ("", None),
    ],
)
def test_lookup_rules(surface: str, expected: str | None) -> None:
    assert gazetteer().lookup(surface) == expected


def test_clean() -> None:
    assert clean("the  Foreign\u00a0Office\u2019s") == "Foreign Office"


def test_government_names_read_naturally() -> None:
    gaz = gazetteer()
    assert gaz.actors["gov:USA"]["name"] == "Government of the United States"
    assert gaz.actors["gov:RUS"]["name"] == "Government of Russia"


def test_every_reference_is_defined() -> None:
    gaz = gazetteer()
    for actor in gaz.actors.values():
        for ref in (actor.get("parent"), actor.get("country"), *actor.get("claimants", [])):
            assert ref is None or ref in gaz.actors, actor


@pytest.mark.parametrize(("alias", "actor"), _aliases("armed_groups.jsonl"))
def test_armed_group(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert actor.startswith("org:")
    assert gaz.lookup(alias) == actor
    body = gaz.actors[actor]
    assert body["kind"] == "org" and body["sector"] in ("REB", "UAF")
    # A group fighting in one state carries it; a transnational one (al-Qaeda) none.
    assert body["country"] is None or gaz.actors[body["country"]]["kind"] == "state"


@pytest.mark.parametrize(("alias", "actor"), _aliases("state_forces.jsonl"))
def test_state_force(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert gaz.lookup(alias) == actor
    body = gaz.actors[actor]
    # a state's own military, in that state
    assert (body["kind"], body["sector"]) == ("org", "MIL")
    assert gaz.actors[body["country"]]["kind"] == "state"


@pytest.mark.parametrize(("alias", "actor"), _aliases("companies.jsonl"))
def test_company(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert actor.startswith("org:")
    assert gaz.lookup(alias) == actor
    body = gaz.actors[actor]
    assert (body["kind"], body["sector"]) == ("org", "BUS")
    assert gaz.actors[body["country"]]["kind"] == "state"


@pytest.mark.parametrize(("alias", "actor"), _aliases("ngos.jsonl"))
def test_ngo(alias: str, actor: str) -> None:
    gaz = gazetteer()
    assert actor.startswith("org:")
    assert gaz.lookup(alias) == actor
    body = gaz.actors[actor]
    assert (body["kind"], body["sector"]) == ("org", "NGO")
    # a national NGO has a country; an international one none, but a seat
    assert body["country"] is not None or body.get("seat") is not None
    for code in (body["country"], body.get("seat")):
        assert code is None or gaz.actors[code]["kind"] == "state"


def test_a_name_after_a_lowercase_arabic_article_is_matched() -> None:
    gaz = gazetteer()
    assert gaz.lookup("al-Shabaab") == gaz.lookup("Al-Shabaab") is not None
    assert gaz.lookup("al-qaeda") is None  # no capital after the article: not a name
