"""Words that look like an actor's name but name something else in their sentence: a
person's name, a company, a sea, a treaty, a US state, a town that shares a capital's name."""

from __future__ import annotations

import pytest

from faultline.actors.gazetteer import gazetteer
from faultline.actors.homonyms import other_names
from faultline.actors.roles import data_rows
from tests.actors.conftest import Run, by_text


def actors(run: Run, text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["actor"]) for m in run(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The NER swept a conjunction into a person or organisation span: the seat stays.
        (
            "The Kremlin, the White House and Downing Street replied.",
            [
                ("The Kremlin", "gov:RUS"),
                ("the White House", "gov:USA"),
                ("Downing Street", "gov:GBR"),
            ],
        ),
        (
            "The Quai d'Orsay and Whitehall issued a joint statement.",
            [("The Quai d'Orsay", "gov:FRA"), ("Whitehall", "gov:GBR")],
        ),
        (
            "Planalto said the Itamaraty would reply.",
            [("Planalto", "gov:BRA"), ("the Itamaraty", "gov:BRA")],
        ),
        # A title is no name: "the King of Jordan" holds the state.
        ("The King of Jordan met the Sultan of Oman.", [("Jordan", "JOR"), ("Oman", "OMN")]),
        # A name inside a longer person's name is none, a demonym ending one a surname.
        ("George Washington and Chad Smith were born here.", []),
        ("Comedian Dawn French met Russian President Dmitry Medvedev.", [("Russian", "RUS")]),
    ],
)
def test_names_inside_person_spans(run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, a) for t, a in actors(run, text) if not a.startswith("person:")]
    assert found == expected


def test_companies_are_business_actors(run: Run) -> None:
    """Companies of companies.jsonl are actors of their own (kind org, sector BUS), not the
    state their name holds."""
    record = run("Turkish Airlines, Air France and Saudi Aramco said flights to Doha resumed.")
    found = [(m["text"], m["actor"]) for m in record.mentions]
    assert found == [
        ("Turkish Airlines", "org:turkish-airlines"),
        ("Air France", "org:air-france"),
        ("Saudi Aramco", "org:saudi-aramco"),
        ("Doha", "QAT"),
    ]
    actors = {a["id"]: a for a in record.actors}
    assert actors["org:air-france"]["sector"] == "BUS"
    assert actors["org:air-france"]["country"] == "FRA"


_FRAMES = {
    "head": "Officials said the Qatar {word} was affected.",
    "of": "Officials spoke of the {word} of Qatar.",
    "prefix": "Officials said {word} Qatar was affected.",
    "venue": "Officials said the Doha {word} was dead.",
}


@pytest.mark.parametrize(
    ("word", "where"),
    [(w, where) for where in _FRAMES for w in sorted(getattr(other_names(), where))],
)
def test_other_name_word(run: Run, word: str, where: str) -> None:
    """Every word of other_names.tsv makes the country word or capital beside it name no
    state; the same frame without it keeps the state."""
    text = _FRAMES[where].format(word=word)
    assert "QAT" not in {a for _, a in actors(run, text)}, actors(run, text)
    plain = _FRAMES[where].replace(" {word}", "").replace(" the of", "")
    assert "QAT" in {a for _, a in actors(run, plain)}, plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya Airways resumed flights to Baghdad.", [("Baghdad", "IRQ")]),
        ("Air Canada and Air Serbia cancelled flights to Bamako.", [("Bamako", "MLI")]),
        ("The Air Canada flight and an Ethiopian Airlines jet landed.", []),
        ("Kuwait Petroleum and the Pakistan Steel Corporation bid.", []),
        ("North Korea fired missiles into the Sea of Japan.", [("North Korea", "PRK")]),
        ("A ship was hit in the South China Sea, Manila said.", [("Manila", "PHL")]),
        ("Oil spilled into the Gulf of Mexico and the Irish Sea.", []),
        ("Lake Chad is shrinking and the Niger River is low.", []),
        ("The Minsk agreements failed, like the Paris climate accord.", []),
        ("The Washington Naval Treaty and the Minsk II agreement were cited.", []),
        ("Students at the University of Georgia protested.", []),
        ("The Japan Times and The Times of India reported it.", []),
        ("China Evergrande Group and Vatican Radio were named.", []),
        (
            "Real Madrid beat Red Star Belgrade and Spartak Moscow lost in Moscow.",
            [("Moscow", "RUS")],
        ),
        ("The Russian Orthodox Church was named.", []),
        ("The Paris Olympics and the French Open drew crowds.", []),
        # An organisation's own name is kept before such a word.
        ("BBC Radio reported it.", [("BBC", "media:bbc")]),
        # The country word stays where the name's head is something else.
        ("The Russian Black Sea Fleet sailed.", [("Russian", "RUS")]),
        ("The US Air Force and the Indian Air Force flew.", [("The US", "USA"), ("Indian", "IND")]),
        (
            # a state's ministry is its government (government_nouns.txt), a bank is not
            "The Iraqi Oil Ministry and the Russian Central Bank met.",
            [("The Iraqi Oil Ministry", "gov:IRQ"), ("Russian", "RUS")],
        ),
        ("Moscow and Washington signed the treaty.", [("Moscow", "RUS"), ("Washington", "USA")]),
        ("Beijing has agreements with Hanoi.", [("Beijing", "CHN"), ("Hanoi", "VNM")]),
        (
            "A Moscow group of investors met the OSCE Minsk Group.",
            [("Moscow", "RUS"), ("OSCE", "OSCE")],
        ),
        ("The Moscow-Kyiv grain agreement held.", [("Moscow", "RUS"), ("Kyiv", "UKR")]),
    ],
)
def test_country_words_in_other_names(run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, a) for t, a in actors(run, text) if not a.startswith(("person:", "group:"))]
    assert found == expected


def _state_ids(run: Run, text: str) -> set[str]:
    return {a for _, a in actors(run, text) if not a.startswith(("person:", "group:", "place:"))}


@pytest.mark.parametrize(
    ("word", "where", "names"), [tuple(row) for row in data_rows("us_state_words.tsv")]
)
def test_us_state_word(run: Run, word: str, where: str, names: str) -> None:
    """Every word of us_state_words.tsv makes "Georgia" the US state (and, for "any",
    "Washington" too), or undoes that (unless); without it Georgia is the state GEO."""
    frames = {
        "next": "Officials said {name} {word} officials were ready.",
        "after": "Officials said the {name} {word} was ready.",
        "before": "Officials said the {word} of {name} was ready.",
    }
    if where == "unless":  # undoes "state": the country's state broadcaster or service
        text = f"Officials said Georgia state {word} reported it."
        assert "GEO" in _state_ids(run, text), text
        return
    frame = frames[where]
    ids = {"Georgia": "GEO", "Washington": "USA"}
    for name in ("Georgia", "Washington") if names.strip() == "any" else ("Georgia",):
        text = frame.format(name=name, word=word)
        assert ids[name] not in _state_ids(run, text), text
    assert "GEO" in _state_ids(run, "Officials said Georgia was ready.")


@pytest.mark.parametrize(("city", "state"), [tuple(row) for row in data_rows("us_cities.tsv")])
def test_us_city(run: Run, city: str, state: str) -> None:
    """ "<city>, Georgia" is the US state, and the city no state either ("Athens, Georgia");
    a city GeoNames knows is a town of the United States ("Atlanta")."""
    text = f"The plant in {city}, {state} will close."
    assert _state_ids(run, text) == set()
    assert all(a.endswith("-usa") for _, a in actors(run, text) if a.startswith("place:"))


@pytest.mark.parametrize("noun", [row[0] for row in data_rows("settlement_nouns.txt")])
def test_settlement_noun(run: Run, noun: str) -> None:
    """A capital's name placed by a settlement noun in another state is a town there."""
    assert _state_ids(run, f"Clashes broke out in the Lebanese {noun} of Tripoli.") == {"LBN"}
    assert _state_ids(run, f"Clashes broke out in Tripoli, Lebanon's second {noun}.") == {"LBN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # US states named like a state.
        ("Farmers in Georgia and South Carolina expect a poor harvest.", set()),
        ("Alabama, Georgia and Florida braced for the storm.", set()),
        ("Georgia's governor signed the bill into law in Atlanta.", set()),
        ("Georgia Governor Ann Smith said the Georgia Senate race was close.", set()),
        ("Georgia voters elected a Democrat in Georgia's 14th congressional district.", set()),
        ("Georgia's voters in Tbilisi chose a new parliament.", {"GEO"}),
        ("The state of Georgia sued, and Washington state joined.", set()),
        ("Residents of Washington state were evacuated, and Ottawa helped.", {"CAN"}),
        # The state itself.
        (
            "Russia, Georgia and Ukraine met; Georgia's state media reported it.",
            {"RUS", "GEO", "UKR"},
        ),
        # the country's region, now resolved as ISO 3166-2 (a US state would have none)
        ("The governor of Georgia's Kakheti region resigned.", {"GEO", "GE-KA"}),
        ("Washington lawmakers criticised Tbilisi.", {"USA", "GEO"}),
        ("Georgia urged US senators to back its NATO bid.", {"GEO", "USA", "NATO"}),
        ("Moscow, Washington, and others disagreed.", {"RUS", "USA"}),
        ("Texas and Washington clashed over border policy.", {"USA"}),
        ("Wildfires spread across Idaho, Oregon and Washington.", set()),
        # Towns that share a capital's name.
        ("Clashes broke out in Tripoli, Lebanon's second city.", {"LBN"}),
        ("In Tripoli, Lebanon, two people were killed.", {"LBN"}),
        ("He grew up in Paris, Texas, and studied in Athens, Georgia.", set()),
        ("London, Ontario, is cold; Lebanon, Pennsylvania is small.", set()),
        ("He was born in the Texas town of Paris.", set()),
        ("Clashes broke out in Tripoli in northern Lebanon.", {"LBN"}),
        ("Fighting erupted near Tripoli, in Lebanon.", {"LBN"}),
        ("Protests in Tripoli in Libya continued.", {"LBY"}),
        ("Clashes in Lebanon's Tripoli killed two.", {"LBN"}),
        ("America's Kabul embassy closed.", {"USA", "AFG"}),
        ("The role of Moscow in eastern Ukraine was discussed.", {"RUS", "UKR"}),
        # Lists, clauses and a capital in its own state are no such apposition.
        (
            "Officials from Moscow, Tbilisi and Kiev met in Minsk, Belarus.",
            {"RUS", "GEO", "UKR", "BLR"},
        ),
        ("Talks with Kiev, Russia said, would resume.", {"UKR", "RUS"}),
        (
            "Talks with Kyiv, Russia-backed separatists and the OSCE resumed.",
            {"UKR", "RUS", "OSCE"},
        ),
        ("In Tripoli, Lebanon - a port city - two people died.", {"LBN"}),
        ("Moscow, Georgia's northern neighbour, said it would respond.", {"RUS", "GEO"}),
        ("Clashes broke out in Tripoli, the Libyan capital, and in Tripoli, Libya.", {"LBY"}),
        ("Russian troops entered the city of Tskhinvali.", {"region:south-ossetia"}),
    ],
)
def test_us_states_and_towns(run: Run, text: str, expected: set[str]) -> None:
    assert _state_ids(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The interview was in Russian, he said.", set()),
        ("Interest in Chinese is growing; the treaty was signed in French.", set()),
        ("The city is in Russian hands.", {"RUS"}),
        ("He was born in Russian-occupied Crimea.", {"RUS", "UA-43"}),
        ("Investment in Chinese companies rose as trust in Russians fell.", {"CHN", "RUS"}),
        # a list of languages after "in", whatever its length, with no noun after it
        ("The app offers courses in English, French, Italian and Spanish.", set()),
        ("He spoke in Russian and English to reporters.", set()),
        ("Investment in Russian and Chinese firms rose.", {"RUS", "CHN"}),
        ("Talks in Paris, French and German diplomats said, would go on.", {"FRA", "DEU"}),
    ],
)
def test_a_language_after_in(run: Run, text: str, expected: set[str]) -> None:
    assert _state_ids(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bosnian Serb leaders met Kosovo Serb leaders.", {"BA-SRP", "XKX"}),
        ("Catalan leaders and Scottish ministers met.", {"ES-CT", "GB-SCT"}),
    ],
)
def test_compound_and_regional_demonyms(run: Run, text: str, expected: set[str]) -> None:
    """A people of one state or region named with another's demonym ("Bosnian Serb") is not
    that other state (no SRB)."""
    assert _state_ids(run, text) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("LeT", "org:lashkar-e-taiba"), ("Let", None), ("LET", None), ("Itar-Tass", "media:tass")],
)
def test_short_mixed_case_acronyms_match_as_written(surface: str, expected: str | None) -> None:
    assert gazetteer().lookup(surface) == expected


def test_let_opening_a_sentence_is_no_group(run: Run) -> None:
    assert actors(run, "Let me know when the Lashkar-e-Taiba (LeT) statement comes.") == [
        ("Lashkar-e-Taiba", "org:lashkar-e-taiba"),
        ("LeT", "org:lashkar-e-taiba"),
    ]


@pytest.mark.parametrize(("city", "body"), [tuple(row) for row in data_rows("agent_seats.tsv")])
def test_agent_seat(run: Run, city: str, body: str) -> None:
    """A capital that seats an organisation is the organisation where it acts and its state
    where it is a place."""
    state = gazetteer().lookup(city)
    assert state is not None and gazetteer().actors[state]["kind"] == "state"
    assert _state_ids(run, f"{city} warned the government on Monday.") == {body.strip()}
    assert _state_ids(run, f"Leaders met in {city} on Monday.") == {state}
    assert _state_ids(run, f"A {city}-based think tank said so.") == {state}


def test_the_benin_bronzes_are_no_mention_of_benin(run: Run) -> None:
    found = by_text(run, "Germany returned 20 Benin Bronzes to Nigeria.")
    assert "BEN" not in {a["id"] for a in found.values()}, found
    assert by_text(run, "Benin protested.")["Benin"]["id"] == "BEN"
