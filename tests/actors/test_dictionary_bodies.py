"""The widened dictionaries of international bodies (igos.jsonl), non-governmental
organisations (ngos.jsonl), media (media.jsonl) and companies (companies.jsonl): each
resolves in a wire-copy sentence with its kind, sector, parent body or country."""

from __future__ import annotations

import pytest

from .conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "mention", "actor", "parent"),
    [
        ("UNIFIL said its peacekeepers had come under fire.", "UNIFIL", "UNIFIL", "UN"),
        ("MONUSCO helicopters attacked rebel positions.", "MONUSCO", "MONUSCO", "UN"),
        (
            "The UN Assistance Mission in Afghanistan said civilian casualties had risen.",
            "The UN Assistance Mission in Afghanistan",
            "UNAMA",
            "UN",
        ),
        ("KFOR troops separated the crowds in Mitrovica.", "KFOR", "KFOR", "NATO"),
        ("AMISOM troops fought militants near Kismayo.", "AMISOM", "AMISOM", "AU"),
        ("The ICTY sentenced the former commander to 40 years.", "ICTY", "ICTY", "UN"),
        ("ECOMOG jets bombed the port on Monday.", "ECOMOG", "ECOMOG", "ECOWAS"),
        ("The European Council agreed on new sanctions.", "The European Council", "EUCO", "EU"),
        ("The Paris Club agreed to reschedule the debt.", "The Paris Club", "PARIS-CLUB", None),
        ("The OPCW said sarin had been used in the attack.", "OPCW", "OPCW", None),
        ("SAARC leaders met in Kathmandu.", "SAARC", "SAARC", None),
    ],
)
def test_igo_resolves(run: Run, text: str, mention: str, actor: str, parent: str | None) -> None:
    found = by_text(run, text)[mention]
    assert (found["id"], found["kind"], found["sector"]) == (actor, "igo", "IGO")
    assert found.get("parent") == parent and not found.get("country")


def test_the_paris_club_is_no_mention_of_france(run: Run) -> None:
    assert "FRA" not in {a["id"] for a in run("The Paris Club wrote off the debt.").actors}


@pytest.mark.parametrize(
    ("text", "mention", "actor", "country"),
    [
        (
            "The Norwegian Refugee Council said 10,000 people had fled.",
            "The Norwegian Refugee Council",
            "org:norwegian-refugee-council",
            None,  # international: no country, seat NOR
        ),
        (
            "The Syrian Observatory for Human Rights said 30 people were killed.",
            "The Syrian Observatory for Human Rights",
            "org:sohr",
            "SYR",  # a Syrian monitor, seated in Britain
        ),
        (
            "CARE International suspended its operations.",
            "CARE International",
            "org:care-international",
            None,
        ),
        (
            "The Palestine Red Crescent said 12 people were wounded.",
            "The Palestine Red Crescent",
            "org:palestine-red-crescent",
            "PSE",
        ),
        ("SIPRI said global arms imports had risen.", "SIPRI", "org:sipri", "SWE"),
        (
            "The Carter Center sent observers to the election.",
            "The Carter Center",
            "org:carter-center",
            None,
        ),
    ],
)
def test_ngo_resolves(run: Run, text: str, mention: str, actor: str, country: str | None) -> None:
    found = by_text(run, text)[mention]
    assert (found["id"], found["kind"], found["sector"], found["country"]) == (
        actor,
        "org",
        "NGO",
        country,
    )


def test_an_international_ngo_keeps_its_seat_not_a_country(run: Run) -> None:
    rec = run("Greenpeace accused Japan of illegal whaling.")
    found = by_text(run, "Greenpeace accused Japan of illegal whaling.")["Greenpeace"]
    assert (found["country"], found["seat"]) == (None, "NLD")
    assert "NLD" not in {a["id"] for a in rec.actors}  # no state it does not name


@pytest.mark.parametrize(
    ("text", "mention", "actor", "country"),
    [
        ("State news agency SANA said the army had retaken the town.", "SANA", "media:sana", "SYR"),
        ("Press TV reported that the talks had ended.", "Press TV", "media:press-tv", "IRN"),
        (
            "The Jerusalem Post reported that the cabinet would meet.",
            "The Jerusalem Post",
            "media:jerusalem-post",
            "ISR",
        ),
        ("Kommersant said the deal was signed in secret.", "Kommersant", "media:kommersant", "RUS"),
    ],
)
def test_media_resolves(run: Run, text: str, mention: str, actor: str, country: str) -> None:
    found = by_text(run, text)[mention]
    assert (found["id"], found["kind"], found["sector"], found["country"]) == (
        actor,
        "media",
        "MED",
        country,
    )


def test_companies_resolve(run: Run) -> None:
    found = by_text(run, "Gazprom cut gas supplies to Ukraine on Thursday, Naftogaz said.")
    assert [(a["id"], a.get("sector"), a["country"]) for a in found.values()] == [
        ("org:gazprom", "BUS", "RUS"),
        ("UKR", None, "UKR"),
        ("org:naftogaz", "BUS", "UKR"),
    ]


def test_an_international_ngos_people_act_for_it(run: Run) -> None:
    rec = run(
        "Greenpeace activists chained themselves to the gates of Brazil's environment ministry."
    )
    group = next(a for a in rec.actors if a["kind"] == "group")
    assert (group["country"], group["sector"], group.get("parent")) == (
        None,
        "NGO",
        "org:greenpeace",
    )


def test_fighters_of_a_shared_acronym_are_the_armed_groups(run: Run) -> None:
    rec = run("RSF fighters looted the market in El Geneina.")
    assert "org:reporters-without-borders" not in {a["id"] for a in rec.actors}
    assert any(a.get("country") == "SDN" for a in rec.actors if a["kind"] == "group")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Red Cross officials visited the prison in Baghdad.", "NGO"),
        ("Amnesty International officials condemned the arrests.", "NGO"),
        ("A Hamas official said the talks had failed.", "REB"),
    ],
)
def test_an_organisations_officials_are_in_its_sector(run: Run, text: str, sector: str) -> None:
    # "officials" are a government's by default; an organisation's are its own
    person = next(a for a in run(text).actors if a["kind"] == "person")
    assert person["sector"] == sector


def test_officials_of_a_state_or_of_no_one_are_still_a_governments(run: Run) -> None:
    for text in ("U.S. officials said the talks had failed.", "Officials said the talks failed."):
        person = next(a for a in run(text).actors if a["kind"] == "person")
        assert person["sector"] == "GOV", text
