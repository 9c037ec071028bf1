"""The person knowledge base: merging across documents, namesakes kept apart, enrichment."""

from __future__ import annotations

from pathlib import Path

from faultline.document import Article, Record
from faultline.store import Store
from faultline.store.knowledge import name_key


def _record(n: int, persons: list[dict], published: str | None = None) -> Record:
    body = "Body text of a fictional report. " * 3
    mentions = [
        {"start": i, "end": i + 4, "text": "Name", "actor": p["id"]} for i, p in enumerate(persons)
    ]
    return Record(
        id=f"sha256:{n:064x}",
        source={"uri": f"file:///kb{n}.txt", "format": "text"},
        article=Article(body=body, published=published),
        actors=[{"kind": "person", **p} for p in persons],
        mentions=mentions,
    )


def _person(name: str, country: str | None, role: str | None, sector: str | None) -> dict:
    slug = "person:" + name_key(name).replace(" ", "-")
    return {"id": slug, "name": name, "country": country, "role": role, "sector": sector}


def test_name_key_folds_case_accents_and_spacing() -> None:
    assert name_key("  Dmítry   MEDVEDEV ") == "dmitry medvedev"
    assert name_key("Jean-Luc Picard") == "jean luc picard"


def test_same_person_merges_and_namesakes_stay_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "kb.db") as store:
        store.save(_record(1, [_person("Ivan Petrov", "RUS", "President", "GOV")], "2009-01-02"))
        store.save(_record(2, [_person("Ivan Petrov", None, "President", None)]))
        # Same full name, another country and sector: a different man.
        store.save(_record(3, [_person("Ivan Petrov", "BGR", "goalkeeper", "BUS")]))
        persons = [a for a in store.actors(kind="person")]
        assert sorted((p["id"], p["country"]) for p in persons) == [
            ("person:ivan-petrov", "RUS"),
            ("person:ivan-petrov-2", "BGR"),
        ]
        assert len(store.person_documents("person:ivan-petrov")) == 2
        assert store.person_documents("person:ivan-petrov-2") == [f"sha256:{3:064x}"]
        roles = {p["id"]: p["roles"] for p in persons}
        assert roles == {"person:ivan-petrov": "President", "person:ivan-petrov-2": "goalkeeper"}


def test_stored_knowledge_fills_a_missing_country(tmp_path: Path) -> None:
    with Store(tmp_path / "kb.db") as store:
        store.save(_record(1, [_person("Olga Varga", "HUN", "Foreign Minister", "GOV")]))
        later = _record(2, [_person("Olga Varga", None, "Foreign Minister", None)])
        store.save(later)
        stored = store.get(later.id)
        assert stored is not None
        [actor] = stored.actors
        assert actor["country"] == "HUN" and actor["country_basis"] == "knowledge base"


def test_ambiguous_knowledge_fills_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "kb.db") as store:
        store.save(_record(1, [_person("Ana Lee", "USA", "senator", "GOV")]))
        store.save(_record(2, [_person("Ana Lee", "KOR", "singer", "BUS")]))
        later = _record(3, [_person("Ana Lee", None, None, None)])
        store.save(later)
        stored = store.get(later.id)
        assert stored is not None and stored.actors[0]["country"] is None
