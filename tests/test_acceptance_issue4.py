"""Issue 4 acceptance, item by item, on what `faultline analyze --json` prints for the two whole
shared seeds (not paragraph slices), plus the knowledge base through `ingest` and `actors`.

The linking rules are shown to be the reason for a country by changing only the words the rule
reads (the state blamed, the earlier unnamed holder) and watching the country follow them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from faultline.cli import app
from faultline.store import Store
from tests.conftest import REPO, SEED_000, SEED_002

runner = CliRunner()
KB = REPO / "tests" / "data" / "kb"

Doc = dict[str, Any]


def analyze(*paths: Path) -> list[Doc]:
    result = runner.invoke(app, ["analyze", *map(str, paths), "--json", "-w", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def s000(seed_outputs: dict[str, Doc]) -> Doc:
    return seed_outputs[SEED_000]


@pytest.fixture(scope="module")
def s002(seed_outputs: dict[str, Doc]) -> Doc:
    return seed_outputs[SEED_002]


def actors(doc: Doc) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in doc["actors"]}


def mentions_in(doc: Doc, phrase: str, nth: int = 0) -> list[dict[str, Any]]:
    """The mentions lying inside the `nth` occurrence of `phrase` in the body."""
    body = doc["article"]["body"]
    starts = [m.start() for m in re.finditer(re.escape(phrase), body)]
    assert len(starts) > nth, f"{phrase!r} is not in the body {nth + 1} times"
    lo, hi = starts[nth], starts[nth] + len(phrase)
    found = [m for m in doc["mentions"] if lo <= m["start"] and m["end"] <= hi]
    for m in found:
        assert body[m["start"] : m["end"]] == m["text"]
    return found


def actor_of(doc: Doc, phrase: str, kind: str, nth: int = 0) -> dict[str, Any]:
    """The one actor of `kind` that a mention inside `phrase` links to."""
    table = actors(doc)
    ids = {m["actor"] for m in mentions_in(doc, phrase, nth) if table[m["actor"]]["kind"] == kind}
    assert len(ids) == 1, (phrase, kind, ids, mentions_in(doc, phrase, nth))
    return table[ids.pop()]


def variant(tmp_path: Path, seed: Path, old: str, new: str) -> Doc:
    """The seed with one phrase changed, analysed the same way."""
    text = seed.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / seed.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    [doc] = analyze(path)
    return doc


# -- seed 000 -----------------------------------------------------------------------------


def test_000_states_and_the_eu(s000: Doc) -> None:
    found = actors(s000)
    assert {"RUS", "GEO", "CHN", "TJK", "EU", "FRA", "GBR"} <= set(found)
    for iso in ("RUS", "GEO", "CHN", "TJK", "FRA", "GBR"):
        assert found[iso]["kind"] == "state" and found[iso]["country"] == iso
    assert found["EU"]["kind"] == "igo"
    # Each is there because the body names it, not only through metadata.
    linked = {m["actor"] for m in s000["mentions"]}
    assert {"RUS", "GEO", "CHN", "TJK", "EU", "FRA"} <= linked
    assert actor_of(s000, "Tajikistan", "state")["id"] == "TJK"
    assert actor_of(s000, "plus China", "state")["id"] == "CHN"
    assert actor_of(s000, "The European Union", "igo")["id"] == "EU"
    assert actor_of(s000, "EU sanctions", "igo")["id"] == "EU"
    # GBR is named only through its Foreign Office; the state is described beside the body.
    assert actor_of(s000, "Foreign Office sources", "government")["country"] == "GBR"


@pytest.mark.parametrize("name", ["Abkhazia", "South Ossetia"])
def test_000_breakaway_regions_have_parent_georgia(s000: Doc, name: str) -> None:
    region = actor_of(s000, name, "region")
    assert region["name"] == name and region["parent"] == "GEO"
    assert "GEO" in actors(s000)


def test_000_medvedev_is_russias_president(s000: Doc) -> None:
    person = actor_of(s000, "President Dmitry Medvedev", "person")
    assert person["name"] == "Dmitry Medvedev"
    assert (person["country"], person["sector"], person["role"]) == ("RUS", "GOV", "President")
    assert "GOV" in person["sectors"] and not person.get("anonymous")
    assert {m["text"] for m in mentions_in(s000, "President Dmitry Medvedev")} >= {
        "Dmitry Medvedev"
    }


def test_000_medvedevs_country_comes_from_the_state_blamed_rule_1(
    tmp_path: Path, seeds_dir: Path
) -> None:
    # Only the state blamed for the decree changes; everything else on the page stays.
    doc = variant(
        tmp_path,
        seeds_dir / SEED_000,
        "Russia has been almost universally condemned for President Dmitry Medvedev’s",
        "France has been almost universally condemned for President Dmitry Medvedev’s",
    )
    person = actor_of(doc, "President Dmitry Medvedev", "person")
    assert (person["country"], person["role"]) == ("FRA", "President")


VERBLESS = [
    ("Condemnation of Russia over President Ivan Petrov’s decree.", "RUS"),
    ("Praise for Georgia after President Ivan Petrov’s reforms.", "GEO"),
    ("Blame on Ukraine for President Ivan Petrov’s decree.", "UKR"),
]


def test_rule_1_never_hangs_on_sentences_without_a_verb(tmp_path: Path) -> None:
    """Headline-style sentences that blame or credit a state for a title holder's act but have
    no verb: rule 1 may leave the country open, but the analysis must return and must not give
    the holder another state's country. Run in a subprocess with a generous timeout (a normal
    run takes seconds) so that an analysis that never returns fails instead of hanging."""
    lead = (
        "Leaders of the region met in the capital on Monday to discuss the closure of the "
        "river crossing, officials said after the meeting ended on Monday evening."
    )
    paths = []
    for i, (sentence, _) in enumerate(VERBLESS):
        page = tmp_path / f"verbless-{i}.txt"
        page.write_text(
            "Reactions to the decree\n\nBy A. Writer, Staff (fictional report written for a "
            f"test)\n\n{lead}\n\n{sentence}\n",
            encoding="utf-8",
        )
        paths.append(str(page))
    cmd = [sys.executable, "-m", "faultline", "analyze", *paths, "--json", "-w", "1"]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("analyze did not return on the verbless rule-1 sentences")
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(docs) == len(VERBLESS)
    for doc, (sentence, country) in zip(docs, VERBLESS, strict=True):
        person = actor_of(doc, "President Ivan Petrov", "person")
        assert person["role"] == "President", sentence
        assert person["country"] in (country, None), (sentence, person)


def test_000_french_foreign_minister_is_anonymous_fra_gov(s000: Doc) -> None:
    minister = actor_of(s000, "the French Foreign Minister", "person")
    assert minister.get("anonymous") is True
    assert (minister["country"], minister["sector"]) == ("FRA", "GOV")
    assert "minister" in minister["role"].lower()


def test_000_foreign_office_sources_are_anonymous_gbr_gov(s000: Doc) -> None:
    sources = actor_of(s000, "Foreign Office sources", "person")
    assert sources.get("anonymous") is True
    assert (sources["country"], sources["sector"]) == ("GBR", "GOV")


def test_000_the_kremlin_is_the_russian_government(s000: Doc) -> None:
    body = s000["article"]["body"]
    assert "the Kremlin" in body
    hits = [m for m in s000["mentions"] if m["text"].lower().endswith("kremlin")]
    assert len(hits) == body.count("Kremlin") and all(m["actor"] == "gov:RUS" for m in hits)
    gov = actors(s000)["gov:RUS"]
    assert (gov["kind"], gov["country"]) == ("government", "RUS")


def test_000_summit_group_has_china_and_five_members(s000: Doc) -> None:
    group = actor_of(s000, "four former Soviet republics in central Asia", "group")
    assert "CHN" in group["members"] and group["member_count"] == 5
    assert all(member in actors(s000) for member in group["members"])


# -- seed 002 -----------------------------------------------------------------------------

UN_ROLE = "ambassador to the united nations"


@pytest.mark.parametrize(
    ("name", "country", "role"),
    [
        ("Zalmay Khalilzad", "USA", UN_ROLE),
        ("Dmitry Rogozin", "RUS", "ambassador to nato"),
        ("Vitaly Churkin", "RUS", UN_ROLE),
        ("John Sawers", "GBR", UN_ROLE),
    ],
)
def test_002_ambassadors(s002: Doc, name: str, country: str, role: str) -> None:
    person = actor_of(s002, name, "person")
    assert person["name"] == name and not person.get("anonymous")
    assert person["country"] == country and person["role"].lower() == role
    assert set(person["sectors"]) >= {"GOV", "DIP"} and person["sector"] == "GOV"


def test_002_short_mentions_link_to_the_full_person(s002: Doc) -> None:
    khalilzad = actor_of(s002, "Zalmay Khalilzad", "person")["id"]
    assert actor_of(s002, "Mr. Khalilzad", "person")["id"] == khalilzad


def test_002_churkin_is_the_earlier_unnamed_russian_ambassador_rule_2(s002: Doc) -> None:
    churkin = actor_of(s002, "Vitaly Churkin", "person")["id"]
    # Paragraph 1 names no one: "the Russian ambassador the United Nations saying …".
    assert actor_of(s002, "the Russian ambassador the United Nations", "person")["id"] == churkin
    assert not [a for a in actors(s002) if a.startswith("person:anon:") and "rus-amb" in a]


def test_002_rule_2_takes_the_country_of_the_earlier_holder(
    tmp_path: Path, seeds_dir: Path
) -> None:
    old = "with the Russian ambassador the United Nations saying"
    chinese = variant(
        tmp_path, seeds_dir / SEED_002, old, "with the Chinese ambassador the United Nations saying"
    )
    assert actor_of(chinese, "Vitaly Churkin", "person")["country"] == "CHN"
    # Two unlinked holders of the title: the rule must not pick one.
    (tmp_path / "two").mkdir()
    two = variant(
        tmp_path / "two",
        seeds_dir / SEED_002,
        old,
        "with the Russian ambassador the United Nations and the Chinese ambassador the United "
        "Nations saying",
    )
    churkin = actor_of(two, "Vitaly Churkin", "person")
    assert churkin["country"] not in ("RUS", "CHN")
    holders = [
        actor_of(two, "the Russian ambassador the United Nations", "person"),
        actor_of(two, "the Chinese ambassador the United Nations", "person"),
    ]
    assert [h["country"] for h in holders] == ["RUS", "CHN"]
    assert all(h.get("anonymous") is True and h["id"] != churkin["id"] for h in holders)


def test_002_organisations_and_states(s002: Doc) -> None:
    found = actors(s002)
    assert found["NATO"]["kind"] == "igo" and found["UN"]["kind"] == "igo"
    assert found["XKX"]["kind"] == "state" and found["XKX"]["recognition"] == "partial"
    assert found["SRB"]["kind"] == "state" and "recognition" not in found["SRB"]
    assert actor_of(s002, "Kosovo’s independence", "state")["id"] == "XKX"
    assert actor_of(s002, "break from Serbia", "state")["id"] == "SRB"
    assert actor_of(s002, "member of NATO", "igo")["id"] == "NATO"
    assert actor_of(s002, "proposed by the United Nations", "igo")["id"] == "UN"


@pytest.mark.parametrize(
    ("word", "actor"), [("Moscow", "RUS"), ("Washington", "USA"), ("America", "USA")]
)
def test_002_every_occurrence_of_a_metonym_resolves(s002: Doc, word: str, actor: str) -> None:
    body = s002["article"]["body"]
    spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{word}\b", body)]
    assert spans, word
    by_span = {(m["start"], m["end"]): m["actor"] for m in s002["mentions"]}
    assert [by_span.get(span) for span in spans] == [actor] * len(spans)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Reuters reported", "Reuters"), ("told The New York Sun", "The New York Sun")],
)
def test_002_agency_and_newspaper_are_media(s002: Doc, phrase: str, name: str) -> None:
    outlet = actor_of(s002, phrase, "media")
    assert outlet["name"] == name and outlet["id"].startswith("media:")
    # Attribution to a medium is not a political act by it.
    assert not [e for e in s002["events"] if outlet["id"] in e["source"]]


# -- knowledge base -----------------------------------------------------------------------


def _sha(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def test_knowledge_base_two_medvedevs_with_provenance(tmp_path: Path, seeds_dir: Path) -> None:
    seed = seeds_dir / SEED_000
    president, namesake = KB / "president-visit.txt", KB / "namesake-historian.txt"
    # The two articles are the kind the item asks for.
    assert "Russian President Dmitry Medvedev" in president.read_text(encoding="utf-8")
    other = namesake.read_text(encoding="utf-8")
    assert "Medvedev" in other and "Dmitry Medvedev" not in other and "President" not in other
    db = tmp_path / "kb.db"
    result = runner.invoke(
        app, ["ingest", str(seed), str(president), str(namesake), "--db", str(db), "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "3 new" in result.output

    listed = runner.invoke(app, ["actors", "--kind", "person", "--format", "json", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]
    medvedevs = [r for r in rows if "medvedev" in r["name"].lower()]
    assert len(medvedevs) == 2, medvedevs
    [pres] = [r for r in medvedevs if r["name"] == "Dmitry Medvedev"]
    [hist] = [r for r in medvedevs if r is not pres]
    assert pres["id"] != hist["id"] and pres["country"] == "RUS"
    assert "president" in (pres["roles"] or "").lower()
    assert "president" not in (hist["roles"] or "").lower()
    with Store(db) as store:
        assert set(store.person_documents(pres["id"])) == {_sha(seed), _sha(president)}
        assert set(store.person_documents(hist["id"])) == {_sha(namesake)}
