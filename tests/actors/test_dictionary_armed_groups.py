"""The widened armed-group dictionary (armed_groups.jsonl): named rebel, separatist and
militia movements a news coder of 1980-2025 meets resolve to their group, with the country
they fight in and their sector, in sentences written like wire copy."""

from __future__ import annotations

import pytest

from .conftest import Run, by_text


@pytest.mark.parametrize(
    ("text", "mention", "actor", "country", "sector"),
    [
        # West Africa, the ECOMOG years
        (
            "ECOMOG troops drove NPFL fighters out of Buchanan, while ULIMO-K held the west.",
            "ULIMO-K",
            "org:ulimo",
            "LBR",
            "REB",
        ),
        (
            "Fighters of the Revolutionary United Front and the Kamajors clashed near Kenema.",
            "Kamajors",
            "org:kamajors",
            "SLE",
            "UAF",
        ),
        (
            "The AFRC junta was driven from Freetown in February.",
            "AFRC",
            "org:afrc-sierra-leone",
            "SLE",
            "REB",
        ),
        # Sudan, the Horn and the Great Lakes
        (
            "The Justice and Equality Movement said its fighters had repelled an attack.",
            "The Justice and Equality Movement",
            "org:jem",
            "SDN",
            "REB",
        ),
        (
            "SPLM-IO forces seized the town of Nasir on Sunday.",
            "SPLM-IO",
            "org:splm-io",
            "SSD",
            "REB",
        ),
        (
            "The Islamic Courts Union took control of Mogadishu in June.",
            "The Islamic Courts Union",
            "org:icu-somalia",
            "SOM",
            "REB",
        ),
        (
            "Rwandan Patriotic Front rebels advanced on Kigali.",
            "Rwandan Patriotic Front",
            "org:rpf",
            "RWA",
            "REB",
        ),
        (
            "Mai-Mai militiamen attacked a village in North Kivu.",
            "Mai-Mai",
            "org:mai-mai",
            "COD",
            "REB",
        ),
        # The Middle East
        (
            "Israeli aircraft struck a PFLP base south of Beirut, and the DFLP vowed revenge.",
            "DFLP",
            "org:dflp",
            "PSE",
            "REB",
        ),
        (
            "Kataib Hezbollah claimed the drone attack.",
            "Kataib Hezbollah",
            "org:kataib-hezbollah",
            "IRQ",
            "UAF",
        ),
        (
            "The South Lebanon Army withdrew from its positions as Israel pulled out.",
            "The South Lebanon Army",
            "org:south-lebanon-army",
            "LBN",
            "UAF",
        ),
        (
            "The Nusra Front captured Idlib on Saturday.",
            "The Nusra Front",
            "org:nusra-front",
            "SYR",
            "REB",
        ),
        ("The YPG advanced on Raqqa.", "YPG", "org:ypg", "SYR", "REB"),
        (
            "The Mujahideen-e-Khalq held a rally in Paris.",
            "Mujahideen-e-Khalq",
            "org:mek",
            "IRN",
            "REB",
        ),
        (
            "The Popular Mobilisation Forces entered Tikrit.",
            "The Popular Mobilisation Forces",
            "org:pmf",
            "IRQ",
            "UAF",
        ),
        (
            "The Islamic Resistance in Iraq claimed the drone strike.",
            "Islamic Resistance in Iraq",
            "org:islamic-resistance-in-iraq",
            "IRQ",
            "UAF",
        ),
        (
            "Fighters of the Lions' Den clashed with troops.",
            "Lions' Den",
            "org:lions-den",
            "PSE",
            "REB",
        ),
        (
            "Tigray Defense Forces retook the city.",
            "Tigray Defense Forces",
            "org:tplf",
            "ETH",
            "REB",
        ),
        # Asia
        ("Police said ULFA militants had set off the bomb.", "ULFA", "org:ulfa", "IND", "REB"),
        (
            "The Khmer Rouge shelled positions near Pailin.",
            "The Khmer Rouge",
            "org:khmer-rouge",
            "KHM",
            "REB",
        ),
        (
            "The Free Aceh Movement signed a peace accord.",
            "The Free Aceh Movement",
            "org:gam",
            "IDN",
            "REB",
        ),
        # Latin America and Europe
        ("The AUC paramilitaries killed 20 villagers.", "AUC", "org:auc", "COL", "UAF"),
        (
            "The Contras attacked a cooperative in the north.",
            "Contras",
            "org:contras",
            "NIC",
            "REB",
        ),
        (
            "The Tupac Amaru Revolutionary Movement seized the residence.",
            "The Tupac Amaru Revolutionary Movement",
            "org:mrta",
            "PER",
            "REB",
        ),
        ("The UDA and the UVF announced a ceasefire.", "UDA", "org:uda", "GBR", "REB"),
        (
            "Arkan's Tigers were accused of atrocities in Bijeljina.",
            "Arkan's Tigers",
            "org:arkans-tigers",
            "SRB",
            "UAF",
        ),
    ],
)
def test_group_resolves(
    run: Run, text: str, mention: str, actor: str, country: str, sector: str
) -> None:
    found = by_text(run, text)[mention]
    assert (found["id"], found["kind"], found["country"], found["sector"]) == (
        actor,
        "org",
        country,
        sector,
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Wire copy writes the article in lowercase ("al-Qaeda in Iraq"); a form without it
        # still finds the branch, whose name goes on past the article.
        ("Officials blamed al-Qaeda in the Arabian Peninsula for the attack.", "org:aqap"),
        ("The kidnappers handed the hostages to al-Qaida in the Islamic Maghreb.", "org:aqim"),
        ("Al-Qaeda in Iraq claimed the bombing.", "org:al-qaeda-in-iraq"),
    ],
)
def test_lowercase_article_names(run: Run, text: str, actor: str) -> None:
    assert actor in {a["id"] for a in run(text).actors}


def test_a_transnational_group_has_no_country(run: Run) -> None:
    [group] = [
        a for a in run("Officials blamed AQIM for the kidnapping.").actors if a["kind"] == "org"
    ]
    assert (group["id"], group["country"]) == ("org:aqim", None)


def test_a_group_inside_a_state_name_is_the_group(run: Run) -> None:
    # "Liberia" inside the movement's name is no mention of the state.
    found = by_text(run, "The United Liberation Movement of Liberia for Democracy took Tubmanburg.")
    assert [a["id"] for a in found.values() if a["kind"] == "state"] == []
    assert "org:ulimo" in {a["id"] for a in found.values()}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "The People's Liberation Army staged war games opposite Taiwan.",
            "The People's Liberation Army",
            "CHN",
        ),
        ("Iran's Revolutionary Guards seized a British tanker.", "Revolutionary Guards", "IRN"),
        ("The IDF struck targets in Gaza overnight.", "IDF", "ISR"),
        ("The Tatmadaw shelled villages in Karen state.", "Tatmadaw", "MMR"),
    ],
)
def test_a_states_own_forces_by_name_are_its_military(
    run: Run, text: str, mention: str, country: str
) -> None:
    actor = by_text(run, text)[mention]
    assert (actor["country"], actor["sector"]) == (country, "MIL")
