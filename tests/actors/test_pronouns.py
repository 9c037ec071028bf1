"""Personal pronouns resolved to the one person the text leaves for them (actors/pronouns)."""

from __future__ import annotations

from tests.actors.conftest import Run


def _pronouns(run: Run, text: str) -> list[tuple[str, str]]:
    """(pronoun text, actor id) of each mention the stage resolved from a pronoun."""
    return [(m["text"], m["actor"]) for m in run(text).mentions if m.get("via") == "pronoun"]


def test_he_in_the_next_sentence_is_the_one_person_named_before(run: Run) -> None:
    text = (
        "Defense Secretary Mark Esper arrived in Hanoi on Tuesday. He urged Vietnam and "
        "others in the region to push back."
    )
    assert _pronouns(run, text) == [("He", "person:mark-esper")]


def test_of_two_people_the_subject_of_the_sentence_before_is_taken(run: Run) -> None:
    text = (
        "Russian President Vladimir Putin met French President Emmanuel Macron in Moscow. "
        "He thanked him for the visit."
    )
    # "him" cannot be whom "He" is on the same verb: the other one
    assert _pronouns(run, text) == [
        ("He", "person:vladimir-putin"),
        ("him", "person:emmanuel-macron"),
    ]


def test_a_stated_gender_picks_the_person_over_the_subject(run: Run) -> None:
    text = "Mr. Tanaka met Mrs. Okafor in Geneva on Monday. She said the talks had been useful."
    assert _pronouns(run, text) == [("She", "person:okafor")]


def test_a_pronoun_with_no_fitting_person_stays_unresolved(run: Run) -> None:
    # two people, neither the subject, no gender given: no guess
    text = (
        "The letter was signed by Maria Lopez and Daniel Ortega Ruiz. He said it would be sent "
        "on Monday."
    )
    assert _pronouns(run, text) == []
    # a spokeswoman is no "he"
    text = "Government spokeswoman Anna Berg spoke on Monday. He was not at the meeting."
    assert _pronouns(run, text) == []


def test_pronouns_in_quotes_and_possessives_are_left_alone(run: Run) -> None:
    text = '"He has lied to us," Prime Minister Jan Novak said of his rival. His aides agreed.'
    assert _pronouns(run, text) == []


def test_pronoun_mentions_come_in_text_order(run: Run) -> None:
    record = run("Foreign Minister Sergei Lavrov arrived on Monday. He met Turkish officials.")
    starts = [m["start"] for m in record.mentions]
    assert starts == sorted(starts)
    assert any(m.get("via") == "pronoun" for m in record.mentions)


def test_a_gender_the_document_shows_rules_a_person_out(run: Run) -> None:
    text = (
        "Press secretary Jane Holm said the trip was routine, and President Carl Brandt "
        "agreed. Holm, by her own account, had not been told. Brandt was at the clinic on "
        "Monday. Holm said Brandt was well, and he left the clinic on Tuesday."
    )
    # "her" can only be Holm's, so the last "he" is Brandt, not the sentence's subject
    assert _pronouns(run, text)[-1] == ("he", "person:carl-brandt")


def test_a_person_named_by_a_noun_after_the_name_makes_the_pronoun_unsure(run: Run) -> None:
    text = (
        "Senator Paul Reed called the hearing a farce. Instead, the whistleblower appeared, "
        "and he spoke for an hour."
    )
    assert _pronouns(run, text) == []


def test_it_and_they_stand_for_the_actor_subject_of_the_sentence_before(run: Run) -> None:
    text = "Russia's Foreign Ministry issued a statement on Monday. It accused Washington."
    assert _pronouns(run, text) == [("It", "gov:RUS")]
    text = "Turkish police raided the offices of a newspaper. They arrested 12 journalists."
    assert _pronouns(run, text) == [("They", "group:anon:tur-police")]


def test_it_and_they_stay_unresolved_where_they_stand_for_something_else(run: Run) -> None:
    for text in (
        # a description, not an act of the subject
        "Tokyo is the capital of Japan. It serves as the perfect starting point.",
        # the pronoun is no main subject
        "Japan has fast internet. But visitors find it expensive.",
        # an empty "it"
        "China announced new tariffs. It is likely that Russia will respond.",
        # a singular subject is no "they", a plural one no "it"
        "China announced new tariffs. They will take effect in May.",
        # people in general
        "Students look at the essay prompts. They choose a topic.",
    ):
        assert _pronouns(run, text) == [], text
