"""The actors stage on sentences written for these tests and on the two shared seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultline.actors.resolve import adjective_heads
from faultline.document import Record
from tests.actors.conftest import Run

# Persons, role holders and groups have their own tests (test_persons.py); these tests look
# at the gazetteer's actors only.
_OWN = ("person:", "group:")


def pairs(record: Record) -> list[tuple[str, str]]:
    return [(m["text"], m["actor"]) for m in record.mentions if not m["actor"].startswith(_OWN)]


def ids(record: Record) -> list[str]:
    return [a["id"] for a in record.actors if not a["id"].startswith(_OWN)]


def test_government_seats_and_adjectives(run: Run) -> None:
    text = "Downing Street said the Foreign Office would summon the Russian ambassador."
    record = run(text)
    assert pairs(record) == [
        ("Downing Street", "gov:GBR"),
        ("the Foreign Office", "gov:GBR"),
        ("Russian", "RUS"),
    ]
    for m in record.mentions:
        assert text[m["start"] : m["end"]] == m["text"]
    gov = record.actors[0]
    assert gov == {
        "id": "gov:GBR",
        "name": "Government of the United Kingdom",
        "kind": "government",
        "country": "GBR",
        "sector": "GOV",
        "sectors": ["GOV"],
    }
    # The state a government belongs to is described too, after the actors mentioned.
    assert ids(record) == ["gov:GBR", "RUS", "GBR"]


def test_longest_match_wins(run: Run) -> None:
    record = run("The Russian government and the Georgian authorities blamed each other.")
    assert pairs(record) == [
        ("The Russian government", "gov:RUS"),
        ("the Georgian authorities", "gov:GEO"),
    ]


def test_blocked_phrases_and_names_inside_names(run: Run) -> None:
    record = run("Latin American leaders met George Washington's heirs in Washington.")
    assert pairs(record) == [("Washington", "USA")]


def test_common_words_are_not_states(run: Run) -> None:
    record = run("Russians and Ukrainians were evacuated; the turkey was cold on china plates.")
    assert pairs(record) == [("Russians", "RUS"), ("Ukrainians", "UKR")]


def test_capital_inside_an_organisation_name(run: Run) -> None:
    record = run("Officials at Moscow State University said the UN Security Council would meet.")
    assert pairs(record) == [("the UN Security Council", "UNSC")]
    assert {a["id"]: a for a in record.actors}["UNSC"]["parent"] == "UN"
    assert ids(record) == ["UNSC", "UN"]


def test_capitals_and_seats(run: Run) -> None:
    record = run(
        "The White House and the Elysee disagreed with Kiev and Kyiv, the State Department said."
    )
    assert pairs(record) == [
        ("The White House", "gov:USA"),
        ("the Elysee", "gov:FRA"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("the State Department", "gov:USA"),
    ]


def test_partial_states_and_regions(run: Run) -> None:
    record = run(
        "Kosovo, Taiwan and the Sahrawi Republic were discussed in Transnistria and "
        "Nagorno-Karabakh."
    )
    assert pairs(record) == [
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("the Sahrawi Republic", "ESH"),
        ("Transnistria", "MD-SN"),
        ("Nagorno-Karabakh", "region:nagorno-karabakh"),
    ]
    actors = {a["id"]: a for a in record.actors}
    assert all(actors[i]["recognition"] == "partial" for i in ("XKX", "TWN", "ESH"))
    assert actors["MD-SN"]["parent"] == "MDA"
    assert actors["region:nagorno-karabakh"]["parent"] == "AZE"
    assert {"MDA", "AZE"} <= set(actors)


def test_media(run: Run) -> None:
    record = run("The Associated Press and AFP reported that Interfax and Itar-Tass quoted Xinhua.")
    assert pairs(record) == [
        ("The Associated Press", "media:associated-press"),
        ("AFP", "media:afp"),
        ("Interfax", "media:interfax"),
        ("Itar-Tass", "media:tass"),
        ("Xinhua", "media:xinhua"),
    ]
    assert record.actors[0]["kind"] == "media"


def test_igos(run: Run) -> None:
    record = run(
        "The Shanghai Cooperation Organisation, the CIS and NATO met at the United Nations."
    )
    assert pairs(record) == [
        ("The Shanghai Cooperation Organisation", "SCO"),
        ("CIS", "CIS"),
        ("NATO", "NATO"),
        ("the United Nations", "UN"),
    ]


def test_igo_names_in_british_spelling(run: Run) -> None:
    text = "The Organisation for Security and Cooperation in Europe sent monitors."
    assert [a for _, a in pairs(run(text))] == ["OSCE"]


def test_empty_and_actorless(run: Run) -> None:
    assert pairs(run("")) == []
    record = run("Nothing here names anyone.")
    assert (record.mentions, record.actors) == ([], [])


def _paragraphs(path: Path, start: str, count: int) -> str:
    text = path.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text[text.index(start) :].split("\n\n") if p.strip()]
    return "\n\n".join(paragraphs[:count])


def test_seed_000(run: Run, seeds_dir: Path) -> None:
    body = _paragraphs(
        seeds_dir / "000_170746028200af0c.txt", "Russia was dealt a humiliating blow", 4
    )
    record = run(body)
    actors = {a["id"]: a for a in record.actors}
    assert {"RUS", "GEO", "CHN", "TJK", "EU", "FRA", "GBR"} <= set(actors)
    assert actors["GE-AB"]["parent"] == "GEO"
    assert actors["region:south-ossetia"]["parent"] == "GEO"
    assert ("the Kremlin", "gov:RUS") in pairs(record)
    assert ("Foreign Office", "gov:GBR") in pairs(record)
    assert ("French", "FRA") in pairs(record)


def test_seed_002(run: Run, seeds_dir: Path) -> None:
    body = _paragraphs(
        seeds_dir / "002_1b649318492707dd.txt", "Russia is ratcheting up its support", 9
    )
    record = run(body)
    actors = {a["id"]: a for a in record.actors}
    assert {"NATO", "UN", "XKX", "SRB", "USA", "GEO", "RUS", "media:reuters"} <= set(actors)
    assert actors["XKX"]["recognition"] == "partial"
    found = pairs(record)
    for surface, actor in [("Moscow", "RUS"), ("Washington", "USA"), ("America", "USA")]:
        assert [a for t, a in found if t == surface] and all(
            a == actor for t, a in found if t == surface
        )
    assert ("Reuters", "media:reuters") in found
    # Mentions never overlap and are in text order.
    ends = [(m["start"], m["end"]) for m in record.mentions]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


@pytest.mark.parametrize("head", sorted(adjective_heads()))
def test_a_demonym_before_a_currency_or_language_is_no_state(run: Run, head: str) -> None:
    rec = run(f"Analysts discussed the Japanese {head} on Monday.")
    assert not any(m["actor"] == "JPN" for m in rec.mentions), rec.mentions


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("The loan was paid in Swiss francs.", "Swiss", False),
        ("The Spanish-speaking press criticised Madrid.", "Spanish", False),
        ("Swiss diplomats met in Geneva.", "Swiss", True),
    ],
)
def test_currency_language_rule_keeps_the_state_elsewhere(
    run: Run, text: str, word: str, kept: bool
) -> None:
    words = {m["text"] for m in run(text).mentions}
    assert any(word in w for w in words) is kept


def test_a_state_a_thing_is_likened_to_is_no_mention(run: Run) -> None:
    assert "EGY" not in ids(run("Opposition supporters planned Egypt-style protests in Kampala."))


def test_the_hyphenated_short_name_of_bosnia(run: Run) -> None:
    assert "BIH" in ids(run("Bosnia-Herzegovina filed a genocide suit against Yugoslavia."))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Police in Kuala Lumpur met leaders of ethnic Chinese associations.", "CHN"),
        ("Estonia's parliament debated a law on ethnic Russian schools.", "RUS"),
    ],
)
def test_an_ethnicity_adjective_is_no_state(run: Run, text: str, state: str) -> None:
    assert state not in ids(run(text))


def test_an_ethnic_people_named_by_a_plural_keeps_its_mention(run: Run) -> None:
    # "ethnic Albanians" are a people the context places (collectives._minority)
    rec = run("Ethnic Albanians in south Serbia demanded autonomy.")
    people = [a for a in rec.actors if a.get("ethnic") == "ALB"]
    assert [a["country"] for a in people] == ["SRB"]


def test_congo_alone_is_the_drc_unless_the_text_names_its_neighbour(run: Run) -> None:
    rec = run("Uganda accused Congo of arming rebels, and Congolese troops massed.")
    assert dict(pairs(rec))["Congo"] == "COD"
    [troops] = [a for a in rec.actors if a["name"] == "Congolese troops"]
    assert troops["country"] == "COD"
    found = dict(pairs(run("Congo's army shelled rebel positions south of Brazzaville.")))
    assert found["Congo"] == "COG"
